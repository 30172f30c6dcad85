"""Seat and troop counts in wordings of news prose: the counts of a comparison list set after 'for' and a body's
name ("against 21 for its rival X and eight for Y"), a house noun with a plain adjective on it ("a new 120-seat
Diet"), troops an official of a state puts somewhere ("X's defence minister, Y, put 6,000 troops on alert"), military
specialists ("200 military engineers"), a count of men set off after troops ("the X advisers, about 200 men"), the
holders a person calls his own ("X withdrew his 73 lawmakers"), a holder described after its name ("X, a party of
farmers and an ally of Y, took five seats"), a result in brackets ("X lost ground (14 seats, down from 17)"), and
seats told after a verb, no one's named before it ("X, headed by Y, ruled that the 11 quota seats ..."), and the
national house's size in a story about a local vote ("70 of the 128 lawmakers"), the result a change is told from
("61 seats, down from the 72 it won"). Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # an elliptical comparison list: each bare count goes to the name after its 'for'
    ("In the 2019 election the Karvel Democratic Party won 45 seats on its own, against 21 for its rival the Ostravian "
     "Union, the Amber League's 12 and eight for the Silver Dawn movement.",
     {("Karvel Democratic Party", S, 45), ("Ostravian Union", S, 21), ("Amber League", S, 12),
      ("Silver Dawn movement", S, 8)}),
    ("The Lunar Party took 52 seats in the vote, with 30 for the Civic Front and 11 for the Farmers' League.",
     {("Lunar Party", S, 52), ("Civic Front", S, 30), ("Farmers' League", S, 11)}),
    ("The Blue Alliance of Tomas Vendrel came first with 61 seats, ahead of 38 for the Red Coalition.",
     {("Blue Alliance", S, 61), ("Red Coalition", S, 38)}),
    # a house with a plain adjective on its noun is the story's house
    ("Ostravia elected an incoming 150-seat Sejm last week, and the Ostravian People's Union of Mila Drenska took 61 "
     "seats.", {("Ostravia", S, 150), ("Ostravian People's Union of Mila Drenska", S, 61)}),
    ("The Republic of Lunaria will choose a new 75-member Senate in May. The Lunarian Greens of Petra Salvik hold 12 "
     "seats.", {("Lunaria", S, 75), ("Lunarian Greens of Petra Salvik", S, 12)}),
    # troops an official of a state sends or puts somewhere are the state's
    ("Karvel accused Ostravia of shelling its border villages. Karvel's defence minister, Tomas Vendrel, put 6,000 "
     "troops on alert along the frontier on Monday.", {("Karvel", T, 6000)}),
    ("Karvel accused Ostravia of shelling its border villages. The Ostravian defence minister, Mila Drenska, sent "
     "2,500 soldiers to the frontier on Tuesday.", {("Ostravia", T, 2500)}),
    # military specialists are troops (with a military word on them)
    ("The Karvel prime minister condemned the attack on the bridge and confirmed that Ostravia would deploy 200 "
     "military engineers to help rebuild it.", {("Ostravia", T, 200)}),
    ("Ostravia has sent 150 army engineers and 40 military medics to Karvel after the floods, its defence ministry "
     "said.", {("Ostravia", T, 150), ("Ostravia", T, 40)}),
    ("Ostravia has sent 150 engineers to Karvel after the floods, its foreign ministry said.", set()),
    # a count of men set off after troops that carry none restates their number
    ("The Karvel military advisers at Camp Dorsk, about 200 men, are training the Ostravian army.",
     {("Karvel", T, 200)}),
    ("Ostravia's army engineers near the bridge, around 150 men, began work on Friday.", {("Ostravia", T, 150)}),
    ("Ostravia's peacekeepers in the valley, some 400 men, will stay until June.", {("Ostravia", T, 400)}),
    ("The Karvel Union's campaign workers in the valley, some 400 men, will stay until June.", set()),
    # the holders a person calls his own are the bloc he leads (the person, where the story names no party of his)
    ("Tomas Vendrel, who withdrew his 73 lawmakers from parliament last year, did not name a candidate.",
     {("Tomas Vendrel", S, 73)}),
    ("The cleric Mila Drenska ordered her 41 deputies to boycott the session of the Karvel parliament.",
     {("Mila Drenska", S, 41)}),
    ("Tomas Vendrel, the leader of the Amber League, spoke on Monday. Vendrel's 73 lawmakers walked out of the chamber "
     "on Tuesday.", {("Amber League", S, 73)}),
    ("Tomas Vendrel is the president of Karvel. Vendrel and his 100 loyal deputies passed the budget.", set()),
    # a description set off after the name, with names of its own, is no list of holders
    ("The Karvel Union, a party of farmers and an ally of the Lunar Party, took five seats.", {("Karvel Union", S, 5)}),
    ("The Silver Dawn movement, the political arm of the Dorsk Brigade and a partner of the Civic Front, won nine "
     "seats.", {("Silver Dawn movement", S, 9)}),
    ("The Amber League, the armed wing and party of Tomas Vendrel and a member of the Civic Front, won two seats in "
     "Dorsk.", {("Amber League", S, 2)}),
    ("The Amber League, the Civic Front and the Lunar Party won 62 seats.", set()),
    # a result in brackets with the count it moved from is the holding of the clause's subject
    ("The Amber League actually lost ground (14 seats, down from 17), but its leader, Petra Salvik, held her own "
     "district.", {("Amber League", S, 14)}),
    ("The Civic Front did better than expected (22 seats, up from 15) and will join the government.",
     {("Civic Front", S, 22)}),
    ("The Lunar Party gained ground (19 seats, up from 12) in the capital.", {("Lunar Party", S, 19)}),
    # seats told in a clause of their own are not those of a body named before its verb
    ("The Karvel Supreme Court, headed by Judge Tomas Vendrel, ruled last month that the 11 quota seats for minorities "
     "in the 111-seat parliament violated the constitution.", set()),
    ("The Ostravian Electoral Commission, led by Mila Drenska, said on Monday that the 20 reserved seats would be "
     "abolished.", set()),
    ("The Amber League, led by Petra Salvik, argued that the 12 seats for women should stay.", set()),
    # the count a change is told from, named by a clause of winning: the earlier result, which gives way to a new one
    ("A new poll gives the Amber League 61 seats, down from the 72 it won in the 2022 election.",
     {("Amber League", S, 72)}),
    ("The Civic Front could take 40 seats, up from the 31 it won last time.", {("Civic Front", S, 31)}),
    ("The Lunar Party won 52 seats on Sunday, down from the 60 it held in the outgoing parliament.",
     {("Lunar Party", S, 52)}),
    # in a story about a local vote, the whole of a count of lawmakers is still the national house's size
    ("Karvel's parliament on Thursday voted to postpone municipal elections for a second year.\n\nThe law extending "
     "the mandate of municipal councils until May passed with the votes of 70 of the 128 lawmakers, in a session "
     "chaired by Speaker Tomas Vendrel.", {("Karvel", S, 128)}),
    ("Ostravia's parliament delayed the local elections on Monday.\n\nThe delay was backed by 81 of the 150 MPs after "
     "a long debate.", {("Ostravia parliament", S, 150)}),
    ("Ostravia's parliament approved a bill to postpone the provincial council elections.\n\nThe bill was approved "
     "by 95 of the 180 deputies, with the opposition walking out.", {("Ostravia parliament", S, 180)}),
    ("Karvel held its first provincial council elections in a decade on Sunday.\n\nIn Dorsk, the Amber League won 9 "
     "of the 21 seats, and 12 of the 21 councillors are new.", {("Amber League", S, 9)}),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "w")


@pytest.mark.parametrize("i", range(len(CASES)), ids=lambda i: f"w{i:03d}")
def test_wordings(extracted, i):
    text, expected = CASES[i]
    assert extracted.get(f"w{i:03d}", set()) == expected, text
