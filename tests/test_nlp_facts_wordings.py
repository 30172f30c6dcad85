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

from wording_battery import battery, check_equal, facts_by_document

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
    # the members of a party's group in the house: a breakdown by party with "(N members)" after each name, and
    # "the N members of the X bloc" (not a body's membership: "the Teachers' Union (40,000 members)")
    ("RECORD OF DIVISION\nBreakdown by party\nLunar Party (58 members): for 55, against 3.\nCivic Front (31 members): "
     "against 31.\n\nThe bill passed, as the Lunar Party holds 58 of the 120 seats.",
     {("Lunar Party", S, 58), ("Civic Front", S, 31)}),
    ("The budget passed with 61 votes. Among those against it were the 19 members of the Velan Front bloc, which won "
     "seats for the first time in May.", {("Velan Front", S, 19)}),
    ("The Karvel Teachers' Union (40,000 members) backed the strike, and the Lunar Party, which holds 12 seats, "
     "joined it.", {("Lunar Party", S, 12)}),
    ("Parliament voted on the budget bill. The 19 members of the Velan Front bloc voted against it.",
     {("Velan Front", S, 19)}),
    # seat counts in varied news wordings: a ranking, an ellipsis, the seats won by X, a part of the house's whole
    ("In the final count the Velan Front came first with 44 seats, the Amber League second with 31 and the Dorsk "
     "Greens third with 12.", {("Velan Front", S, 44), ("Amber League", S, 31), ("Dorsk Greens", S, 12)}),
    ("The Velan Front won 40 seats, the Amber League 33 and the Dorsk Greens 9 in the new parliament.",
     {("Velan Front", S, 40), ("Amber League", S, 33), ("Dorsk Greens", S, 9)}),
    ("The Lunar Party won 40, the Civic Front 33, in a vote for the 120-seat assembly.",
     {("Lunar Party", S, 40), ("Civic Front", S, 33)}),
    ("The 27 seats won by the Amber League leave it well short of a majority in parliament.",
     {("Amber League", S, 27)}),
    ("The Ostravian Union, which holds 61 of the 150 seats in parliament, backed the budget.",
     {("Ostravian Union", S, 61)}),
    ("The Amber League, second with 31 seats, refused to join the government.", {("Amber League", S, 31)}),
    # troop counts: a force of some N fighters; men a body fields are under arms whatever its kind
    ("The Red Hand militia, a force of some 3,000 fighters, controls the northern hills.",
     {("Red Hand militia", T, 3000)}),
    ("The Silver Dawn movement fields about 5,000 men in the eastern provinces, according to diplomats.",
     {("Silver Dawn movement", T, 5000)}),
    # the troops named by the last word of the one armed body's name ("the Guard"), not by the host
    ("The Tessaly Guard is the elite force of Ostravia. About 3,000 Guard troops were deployed around the palace.",
     {("Tessaly Guard", T, 3000)}),
    ("The Velsk Brigade and the Dorsk Brigade hold the hills. About 3,000 Brigade troops were deployed.", set()),
    # a count with 'from' and a state after a troops count: that state's share of the troops
    ("About 900 troops from NATO allies are stationed in Karvel, among them some 250 from Portugal.",
     {("NATO", T, 900), ("Portugal", T, 250)}),
    # troops 'with' a base: the base's owner's, named on it (not the host's)
    ("Ostravia hosts a Turkish base with about 1,500 troops near its capital.", {("Turkey", T, 1500)}),
    # a count after two names joined by 'and', a scenario's count, a part of the seats with an adjective: no one's
    ("The Lunar Party and the Civic Front (64 seats) will govern together in parliament.", set()),
    ("Two outcomes are possible in parliament: a Lunar Party-Civic Front coalition (64 seats) or a repeat election.",
     set()),
    ("The new parliament: the Zorva Party (40 seats) and the Velan Front (30 seats) will sit together.",
     {("Zorva Party", S, 40), ("Velan Front", S, 30)}),
    ("The Dorsk Greens and the Velan Front, the two farmers' parties, hold all 14 of the rural seats in parliament.",
     set()),
    ("Voters in Kenya go to the polls on Sunday. All 150 seats in the National Assembly are up for election.",
     {("National Assembly", S, 150)}),
    # ... but a bare count after a second name (its short name in brackets) is that name's, as in any elliptical list
    ("The Velan Front (VF) took seven seats and the Amber League (Zlata liga) six.",
     {("Velan Front", S, 7), ("Amber League", S, 6)}),
    # a part of a part named on its own noun: "19 of them X seats" are X's
    ("The Lantern Union is a party. The coalition holds 74 of the 140 seats in the National Assembly, 19 of them "
     "Lantern Union seats, so the party's exit would cost Marek Olvin his majority.",
     {("National Assembly", S, 140), ("Lantern Union", S, 19)}),
    # a house approving a deployment: the state's troops, not the house's
    ("Karvel's parliament approved the deployment of up to 600 troops to the northern border on "
     "Wednesday.", {("Karvel", T, 600)}),
    # a profile's fields: a subjectless deployment is the entity's; "Seats: N of M in the House" sizes the house
    ("REFERENCE DOSSIER\n\n---\nName: Dorvan Home Guard\nType: State force\nLeader: General Tamas Orv\n"
     "Notes: Deployed 2,000 troops to Velsk district after the January clashes.\n\n---\nName: Lantern Party\n"
     "Type: Political party\nLeader: Anton Mirel\nSeats: 19 of 210 in the Dorvan People's Assembly (2024 "
     "election)\nNotes: Rules alone.",
     {("Dorvan Home Guard", T, 2000), ("Lantern Party", S, 19), ("Dorvan People's Assembly", S, 210)}),
    # "The Government, which says it has sent N soldiers": "it" is the government (the story's state), never the
    # rebel body the sentence before is about
    ("Dostrava: Northern Flooding and Clashes\n\nThe Dostravan Armed Forces and the Velmar Freedom Brigades (VFB) "
     "clashed again near the dam in Dostrava. The VFB, a rebel movement led by Oren Talbi, raided the town of Karsk on "
     "Monday. The Government, which says it has sent about 2,000 soldiers to the north, ordered an evacuation.",
     {("Dostrava", T, 2000)}),
    # a time's possessive on the election ("in Sunday's election") is no place's house: the whole is the state's
    ("Dostravia's parliament met on Monday. Ilan Vesk leads the Unity Coalition, which took 31 of the 240 seats in "
     "Sunday's election.", {("Dostravia parliament", S, 240), ("Unity Coalition", S, 31)}),
]


extracted, test_wordings = battery(CASES, {}, "w", facts_by_document, check_equal)
