"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: a part of a
holder's own men told with a possessive pronoun ("about 1,800 of its soldiers are based there"), a part of a force's
troops given a state by its demonym ("some 4,200 troops, of whom about 850 are Ghanaian", "some 750 of them Ghanaian
police officers"), the men a subject puts into an operation or a force it mounts, leads or joins ("launched an
operation in the valley with 1,200 troops", "will lead the force, with 800 troops", "launched what the ministry
called a security operation ... with 1,200 troops"), and seats won "on" what carried them ("won 12 seats on the votes
of the hill districts", "on a platform of land reform"), which the reader took for places on a body that is no house;
a building named by house nouns alone ("the Parliament House"), which the reader took for the story's house and gave
its size; a list line "- X (party of Y): 39", whose bracket and colon the tokenizer keeps as one token; a win told in the
past perfect in a relative clause of a story told in the past ("formed a government with Y, which had won 14 seats"),
read as an earlier holding and dropped (it now gives way to another count of the same holder only); a holding reached by a verb of movement the list
lacked ("collapsed to 18 seats", "has dwindled to about 900 fighters"); a second part of a whole whose seat noun
is left out, in another house ("49 of the 130 seats in the Chamber and 16 of the 36 in the Senate"); seats a
participle keeps for a group ("9 of the 10 seats reserved for minorities"), whose number was read as the house's
size. Negatives
give nothing: a part the verb negates, kills or withdraws, a part of another noun ("12 of its deputies"), an opponent
met or a town attacked "with" men, an operation criticised or not launched, seats on a board. The bodies are
invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

T = "troops"
S = "seats"

CASES = [
    # --- a part of the holder's own men, told with a possessive pronoun ---
    ("Ghana has deployed 1,800 of its soldiers to the valley.", {("Ghana", T, 1800)}),
    ("Ghana says about 1,800 of its soldiers are based there.", {("Ghana", T, 1800)}),
    ("Zambia said 900 of its troops would stay in the buffer zone until May.", {("Zambia", T, 900)}),
    ("The Orrin Front says 2,000 of its fighters hold the ridge.", {("Orrin Front", T, 2000)}),
    ("Ghana keeps about 900 of its troops in the north and the rest in the capital.", {("Ghana", T, 900)}),
    ("Ghana has not deployed 1,800 of its soldiers to the valley.", set()),
    ("Ghana says 12 of its soldiers were killed in the ambush.", set()),
    ("Ghana withdrew 600 of its soldiers from the valley last year.", set()),
    ("The Tarn Party says 12 of its deputies will vote against the bill.", set()),
    ("The rebels captured 40 of its soldiers near the border, Ghana said.", set()),
    # --- a part of a force's troops given a state by its demonym or "from" ---
    ("The Velora Stabilisation Mission has some 4,200 troops in the country, of whom about 850 are Ghanaian.",
     {("Velora Stabilisation Mission", T, 4200), ("Ghana", T, 850)}),
    ("The Velora Stabilisation Mission has some 4,200 troops in the country, of whom about 850 are from Ghana.",
     {("Velora Stabilisation Mission", T, 4200), ("Ghana", T, 850)}),
    ("At its peak the Velora Support Mission numbered about 1,000 personnel, some 750 of them Ghanaian police "
     "officers, with smaller contingents from Chad.", {("Velora Support Mission", T, 1000), ("Ghana", T, 750)}),
    ("Ghana has 4,200 troops in the valley, of whom 850 are veterans of the Chad campaign.", {("Ghana", T, 4200)}),
    ("The Velora Stabilisation Mission has some 4,200 troops in the country, of whom about 850 are wounded.", set()),
    # --- the men a subject puts into an operation or force it mounts, leads or joins ---
    ("The Ghanaian army launched an operation in the valley with 1,200 troops.", {("Ghana", T, 1200)}),
    ("In September the Zambian army mounted a security operation in the delta with 2,400 soldiers.",
     {("Zambia", T, 2400)}),
    ("Ghana will lead the force, with 800 troops.", {("Ghana", T, 800)}),
    ("Ghana joined the mission with 600 soldiers.", {("Ghana", T, 600)}),
    ("In May the Zambian army launched what the defence ministry called a \"clearing operation\" in the delta with "
     "2,000 soldiers.", {("Zambia", T, 2000)}),
    ("The Ghanaian army launched what it called an offensive in the hills with 1,500 troops.", {("Ghana", T, 1500)}),
    ("The Orrin Front mocked what Ghana called an offensive with 1,500 troops.", set()),
    ("Ghana clashed with 500 fighters of the Orrin Front.", set()),
    ("The Ghanaian army attacked the town with 300 troops.", set()),
    ("Ghana did not launch the operation with 1,200 troops.", set()),
    ("Ghana criticised the operation with 1,200 troops.", set()),
    # --- seats won on what carried them ---
    ("The Tarn Party, which won 12 seats on the votes of the hill districts, walked out.", {("Tarn Party", S, 12)}),
    ("The Velkan Farmers' Union, which won 9 seats on the votes of the south and is close to the Tarn Party, "
     "abstained.", {("Velkan Farmers' Union", S, 9)}),
    ("The Tarn Party won 40 seats on a platform of land reform.", {("Tarn Party", S, 40)}),
    ("The Tarn Party has two seats on the board of the state broadcaster.", set()),
    # --- a list line whose name has a bracketed note, the bracket and colon one token, the line run on from the one
    # before it (a note after a semicolon) ---
    ("Seats in the Grand Council after the vote:\n- Tarn Party: 70\n- Orsk Union: 12; it votes with the Tarn Party on "
     "everything\n- Dawn Party (party of outgoing President Ivo Darak): 39",
     {("Tarn Party", S, 70), ("Orsk Union", S, 12), ("Dawn Party", S, 39)}),
    ("Seats in the Grand Council:\n- Tarn Party: 70; it has governed since 2019\n- Dawn Party (led by the former judge "
     "Ana Vel): 17", {("Tarn Party", S, 70), ("Dawn Party", S, 17)}),
    ("Share of the vote in the poll:\n- Tarn Party: 41%; it leads in the north\n- Dawn Party (party of Ivo Darak): 39%",
     set()),
    ("Founding years:\n- Tarn Party: 1990; it was banned in 1994\n- Dawn Party (party of President Ivo Darak): 1999",
     set()),
    # --- a win told in the past perfect in a relative clause of a story told in the past ---
    ("The Tarn Party formed a government with Velka, which had won 14 seats, and with the Orsk Union, which won 6.",
     {("Velka", S, 14), ("Orsk Union", S, 6)}),
    ("Ivo Darak led the Tarn Party, the party that had won 61 of the 180 seats in the National Council that spring.",
     {("Tarn Party", S, 61), ("National Council", S, 180)}),
    ("The Labour Union, which had won 31 seats in 2019, took only 12 this time.", {("Labour Union", S, 12)}),
    ("The Tarn Party says it will govern with Velka, which had won 14 seats.", set()),
    ("The electoral commission said the Mirel bloc had won 14 seats earlier, but it now holds 11.",
     {("Mirel bloc", S, 11)}),
    # --- a holding reached by a verb of movement the list lacked ---
    ("The Tarn Party, which had led governments since 2017, collapsed to 18 seats.", {("Tarn Party", S, 18)}),
    ("The Orrin Front has dwindled to about 900 fighters.", {("Orrin Front", T, 900)}),
    ("The Tarn Party recovered to 40 seats in the spring vote.", {("Tarn Party", S, 40)}),
    ("Support for the Tarn Party collapsed to 18 percent.", set()),
    # --- a second part of a whole whose seat noun is left out, in another house ---
    # (the Senate beside the Chamber of Deputies is a house of its own, its size its own, not the state's: probe33)
    ("In Ghana the Tarn Party holds 49 of the 130 seats in the Chamber of Deputies and 16 of the 36 in the Senate.",
     {("Chamber of Deputies", S, 130), ("Senate", S, 36), ("Tarn Party", S, 49), ("Tarn Party", S, 16)}),
    ("The Tarn Party won 49 of the 130 seats in the Chamber of Deputies and the Dawn Party 16 of the 36 in the "
     "Senate.", {("Chamber of Deputies", S, 130), ("Senate", S, 36), ("Tarn Party", S, 49), ("Dawn Party", S, 16)}),
    ("The Tarn Party holds 49 of the 130 seats in the Chamber of Deputies and 16 of the 36 in the north.",
     {("Chamber of Deputies", S, 130), ("Tarn Party", S, 49)}),
    # --- seats a participle keeps for a group are a part of the house, not its size ---
    ("In Ghana, the Orsk List won 9 of the 10 seats reserved for minorities, and the Tarn Party 48 of the 120 seats.",
     {("Ghana", S, 120), ("Orsk List", S, 9), ("Tarn Party", S, 48)}),
    ("In Ghana, the Orsk List won 20 of the 30 seats set aside for women.", {("Orsk List", S, 20)}),
    ("In Ghana, the Tarn Party won 80 of the 150 seats contested.", {("Ghana", S, 150), ("Tarn Party", S, 80)}),
    ("In Ghana, the Tarn Party won 80 of the 150 seats elected for five years.",
     {("Ghana", S, 150), ("Tarn Party", S, 80)}),
    # --- a building named by house nouns alone is no house ---
    ("A stamp shows the Parliament House in Velora. In the 2024 election in Ghana the Tarn Party won 21 of the 48 "
     "seats.", {("Ghana", S, 48), ("Tarn Party", S, 21)}),
    ("A stamp shows the Parliament House in Velora. The Tarn Party won 21 of the 48 seats and formed a government with "
     "the Dawn Party (8 seats).", {("Tarn Party", S, 21), ("Dawn Party", S, 8)}),
    ("The National Assembly of Ghana has 275 seats. The Tarn Party won 140 of the 275 seats in the National Assembly.",
     {("National Assembly of Ghana", S, 275), ("Tarn Party", S, 140)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "w11_", facts_by_document, assert_facts)
