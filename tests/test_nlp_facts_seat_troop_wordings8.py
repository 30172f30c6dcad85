"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: a forces
list whose item describes its unit's commander before the colon, troops a force needs, asks for or wants (no
strength), seats that "belong to" a party, a person's "her party's 24 deputies", a party's members in a story about
a house and its seats ("X's 32 members", "X, with 88 members,"), "brought in six seats", and a house noun set off after a body's name ("X, the 81-member appointed legislature").
Negatives give nothing: a union's members, a party's mass membership, members of a party's executive. The states,
parties and armed bodies are invented; end to end with the real English pipeline. Names are compared without case
and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
CP, GF, HL, HA = "Copperleaf Party", "Granary Front", "Heron League", "Harlan Army"

CASES = [
    # --- a forces list: the item's label describes the unit's commander before the colon ---
    ("Northern player (Harlan Army):\n- 12th Brigade, commanded by Colonel Pavel Orkan, the general's cousin: 4,000 "
     "troops, 25 tanks.\n- 3rd Rifle Battalion: 700 men.",
     {("12th Brigade", T, 4000), ("3rd Rifle Battalion", T, 700)}),
    ("Northern player (Harlan Army):\n- 5th Mountain Regiment, led by Major Ida Venn, a veteran of the siege: 2,200 "
     "soldiers.\n- 2nd Rifle Battalion, under Captain Ole Brun, the colonel's brother: 650 men.",
     {("5th Mountain Regiment", T, 2200), ("2nd Rifle Battalion", T, 650)}),
    # --- troops needed, asked for or wanted: no strength ---
    ("General Ivo Marten, chief of the Harlan Army, warned that the army needed some twelve thousand more soldiers.",
     set()),
    ("The Harlan Army needs 5,000 more troops, its chief said.", set()),
    ("The Harlan Army would need 4,000 troops to hold the valley.", set()),
    ("The Harlan Army asked for 3,000 soldiers.", set()),
    ("The Harlan Army requested 2,000 extra soldiers from its allies.", set()),
    ("The Harlan Army wants 5,000 fighters by spring.", set()),
    ("The Harlan Army has 9,000 soldiers.", {(HA, T, 9000)}),
    ("With some 7,000 fighters, the Harlan Army seeks to retake the town.", {(HA, T, 7000)}),
    ("The Harlan Army deployed 3,000 more soldiers to the border.", {(HA, T, 3000)}),
    # --- seats that belong to a party ---
    ("The Senate of Dalvoria, which has 150 seats of which 82 belong to the Copperleaf Party, voted to dissolve the "
     "cabinet.", {("Dalvoria", S, 150), (CP, S, 82)}),
    ("Of the 150 seats, 82 belong to the Copperleaf Party.", {(CP, S, 82)}),
    ("Readers should note that the crisis began early: on 2 May the House of Wardens, which has 150 seats of which "
     "82 belong to Orlan's Saltmarsh Bloc, voted to strip Varn's government of its budget.",
     {("House of Wardens", S, 150), ("Saltmarsh Bloc", S, 82)}),
    ("Of the 3,000 members of the union, 200 belong to the Copperleaf Party.", set()),
    # (a share of other people that belong to a party or went to a body is no seat count, in a story of seats too)
    ("The Orvel Assembly has 150 seats. Of the 40 ministers, 12 belong to the Copperleaf Party.",
     {("Orvel Assembly", S, 150)}),
    ("The Orvel Assembly has 150 seats. Of the 900 delegates at the congress, 120 belong to the Granary Front.",
     {("Orvel Assembly", S, 150)}),
    ("The Orvel Assembly has 150 seats. Of the 5,000 recruits, 800 went to the Harlan Army.",
     {("Orvel Assembly", S, 150)}),
    # --- a person's party's holders ---
    ("Copperleaf Party chairwoman Ada Lorne said that her party's 24 deputies would sit in opposition.",
     {(CP, S, 24)}),
    ("Tomas Orlan, who leads the Granary Front, said his party's 31 lawmakers would vote no.", {(GF, S, 31)}),
    ("Ada Lorne said her party's 4,000 members would march on Friday.", set()),
    # (a person's party's fighters are the party's, not the person's troops)
    ("Milo Dravic said his party's 5,000 fighters would lay down arms.", set()),
    ("Olek Varn said his party's 2,000 fighters would lay down arms.", set()),
    ("Ida Venn said that her party's 3,000 fighters would lay down arms.", set()),
    # --- a party's members in a story about a house and its seats ---
    ("The budget debate in the Chamber of Orvel opened on Monday; the Heron League, with 20 seats, stayed away. "
     "The Copperleaf Party's thirty-two members filled the front benches.", {(HL, S, 20), (CP, S, 32)}),
    ("The Chamber of Orvel met on Monday; the Heron League, with 20 seats, stayed away. Likmar, the ruling party, "
     "sat on the left. Likmar's 41 members applauded the speaker.", {(HL, S, 20), ("Likmar", S, 41)}),
    ("The Copperleaf Party won 40 seats in the Assembly. The Copperleaf Party's 3,000 members marched in the "
     "capital.", {(CP, S, 40)}),
    ("The Copperleaf Party won 40 seats in the Assembly. The Dock Workers' Union's 300 members marched outside.",
     {(CP, S, 40)}),
    ("The Copperleaf Party won 40 seats in the Assembly. The Copperleaf Party's 12 members of the executive "
     "resigned.", {(CP, S, 40)}),
    ("The Copperleaf Party's 32 members marched to the square.", set()),
    # (more members than the house has seats are a membership: "the Assembly has 150 seats ... X's 300 members")
    ("The Orvel Assembly has 150 seats. The Copperleaf Party's 300 members marched to the square.",
     {("Orvel Assembly", S, 150)}),
    ("The Orvel Assembly has 150 seats. The Granary Front, with 400 members, held a rally.",
     {("Orvel Assembly", S, 150)}),
    ("The vote in the Chamber of Orvel is close. Her decision leaves the Copperleaf Party, with 88 members, eleven "
     "votes short of a majority in the 210-seat house.", {(CP, S, 88), ("Chamber of Orvel", S, 210)}),
    ("The Copperleaf Party won 40 seats in the Assembly. The Heron League, with 3,000 members, marched outside.",
     {(CP, S, 40)}),
    ("The Copperleaf Party won 40 seats in the Assembly. The Dock Workers' Union, with 300 members, marched "
     "outside.", {(CP, S, 40)}),
    # --- a phrasal verb of winning ---
    ("The Heron League, a small partner inside the alliance, brought in six seats.", {(HL, S, 6)}),
    ("The Harlan Army brought in 3,000 troops from the north.", {(HA, T, 3000)}),
    # --- a house a relative clause of the seats hangs on ---
    ("In May the Chamber of Delegates of Dalvoria, where the Copperleaf Party holds some 236 of 429 seats, adopted "
     "the budget. The Kessel Senate disagreed.", {("Chamber of Delegates", S, 429), (CP, S, 236)}),
    ("In May the Chamber of Delegates, where the Copperleaf Party holds some 236 of 429 seats, adopted the budget. "
     "The Senate of Kessel and the Orvel Assembly disagreed.", {("Chamber of Delegates", S, 429), (CP, S, 236)}),
    ("In the town of Varnholm, where the Copperleaf Party holds 20 of 45 council seats, the mayor resigned.",
     {(CP, S, 20)}),
    # --- a house noun set off after a body's name ---
    ("Olek Varn, president of the Transitional Unity Council, the 81-member appointed legislature, voted in "
     "Dalvoria.", {("Transitional Unity Council", S, 81)}),
    ("The Velmoran Assembly, the 120-seat house, met on Monday.", {("Velmoran Assembly", S, 120)}),
    ("The Granary Front, the largest group in the 120-seat parliament, walked out.", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "s", facts_by_document, assert_facts)
