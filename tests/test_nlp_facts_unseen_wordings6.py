"""A sixth battery of seat and troop counts in document shapes the earlier batteries leave out, written as whole short
documents before reading the facts reader: a results box with dotted leaders and changes, a projection beside the
final count, a house's composition after defections, coalition arithmetic, a caption, questions and answers, a fact
sheet, an interview in the first person, a list of contingents, battalions, a force sized in a relative clause, counts
told before their holder across a dash, counts in square brackets and with footnote marks ("[48 seats]", "won 11
seats.²", "seats[3]"), a pronoun holder; and documents whose numbers are no fact: seats a party is expected to win,
a majority's threshold, the holding of a past parliament ("In 2019 it had 40"), votes, casualties and the members
of a party. The states Dalvoria, Kessel and Orvel, the parties and the armed bodies are invented (the states that
send troops are real ones); end to end with the real English pipeline. Names are compared without case and a leading
"the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
AP, SU, CP, GF, HL, SF = "Alder Party", "Saltmarsh Union", "Copperleaf Party", "Granary Front", "Heron League", \
    "Stone Farmers"

CASES = [
    # --- footnote marks and square brackets ---
    ("The new Chamber of Orvel, elected on 9 June, is more fragmented than any before it. The Copperleaf Party "
     "[48 seats] remains the largest group, followed by the Granary Front [40] and the Heron League [19].\u00b9 The "
     "Stone Farmers won 11 seats.\u00b2\n\u00b9 Figures from the electoral commission's final report.\n\u00b2 In 2021 "
     "the Stone Farmers had 15 seats.\nObservers described the vote as orderly.",
     {(CP, S, 48), (GF, S, 40), (HL, S, 19), (SF, S, 11)}),
    ("The Stone Farmers won 11 seats[3] and the Heron League won 19 seats.[4][5]", {(SF, S, 11), (HL, S, 19)}),
    ("The Stone Farmers won 11 seats,\u00b9 and the Heron League won 19.", {(SF, S, 11), (HL, S, 19)}),
    ("The Stone Farmers won 11 seats.\u00b2 The Heron League won 19 seats.\u00b3", {(SF, S, 11), (HL, S, 19)}),
    # --- a list of contingents with thousands separators ---
    ("Contingents deployed to the Lower Taral stabilisation mission, as of 1 June:\nContingents: Ghana 800, Nepal "
     "1,200, Uruguay 450, Ireland 310.\nPolice units: 640 officers from four countries.\nA further 500 from Bangladesh "
     "are due in August. Donors have pledged $80 million to cover the mission's costs.",
     {("Ghana", T, 800), ("Nepal", T, 1200), ("Uruguay", T, 450), ("Ireland", T, 310)}),
    ("Troop contributors: Ghana 1,800, Nepal 1,200, Uruguay 2,450.",
     {("Ghana", T, 1800), ("Nepal", T, 1200), ("Uruguay", T, 2450)}),
    ("Battalions on the line: Ghana 1,100, Nepal 950, Togo 400.",
     {("Ghana", T, 1100), ("Nepal", T, 950), ("Togo", T, 400)}),
    # --- counts told first, across a dash ---
    ("Key numbers from the vote:\n52 \u2014 seats won by the Granary Front, up from 38.\n47 \u2014 seats won by the "
     "Copperleaf Party.\n76 \u2014 seats needed for a majority.\nThe Granary Front's leader said she would begin "
     "coalition talks on Monday.",
     {(GF, S, 52), (CP, S, 47)}),
    # --- a holding after defections: the one now ---
    ("After a month of defections, the parliament of Dalvoria looks very different from the one voters chose in "
     "March. The Alder Party, which won 58 seats, now holds 52 seats after six deputies left to sit as independents. "
     "The Saltmarsh Union has grown to 44 with the arrival of three of them. In 2019, the Alder Party had 40 seats.",
     {(AP, S, 52), (SU, S, 44)}),
    ("The Saltmarsh Union, which won 41 seats, now has 45.", {(SU, S, 45)}),
    # --- a results box ---
    ("RESULTS BOX \u2014 Dalvorian general election, final count\nTurnout: 64.2 per cent.\nAlder Party ......... 58 "
     "seats (up 9)\nSaltmarsh Union ..... 41 seats (down 6)\nOthers .............. 4 seats\nThe Assembly of Dalvoria "
     "has 120 seats; 61 are needed for a majority. The Alder Party polled 1,204,000 votes.",
     {(AP, S, 58), (SU, S, 41), ("Assembly of Dalvoria", S, 120)}),
    # --- a projection beside the final count ---
    ("Exit polls projected the Alder Party to win between 62 and 66 seats, above the 61 needed to govern alone. The "
     "final result was less kind: the Alder Party ended with 59 seats, two short of a majority. The Saltmarsh Union, "
     "projected at 35, finished with 40.",
     {(AP, S, 59), (SU, S, 40)}),
    # --- coalition arithmetic ---
    ("Coalition arithmetic in the 150-seat Chamber of Orvel is unforgiving. The Copperleaf Party has 48 seats and "
     "the Heron League 19; together they hold 67, nine short of the 76 needed for a majority. Bringing in the Stone "
     "Farmers, with 11 seats, would give the three parties 78. The Granary Front holds 52 seats.",
     {(CP, S, 48), (HL, S, 19), (SF, S, 11), (GF, S, 52), ("Chamber of Orvel", S, 150)}),
    # --- questions and answers, a fact sheet, a relative clause, battalions ---
    ("Q: Are foreign troops stationed in Kessel?\nA: Yes. About 600 soldiers from Norway are based at the northern "
     "airfield under a training agreement.\nQ: How many people died in last year's floods?\nA: Officials counted 212 "
     "deaths.",
     {("Norway", T, 600)}),
    ("The Sable River Militia, which numbers 3,000 men, has withdrawn from the town of Corrin. A rival group, the "
     "Highland Watch, whose strength is put at 1,800 fighters, moved into the outskirts the next day. At least 35 "
     "people had been killed in the fighting.",
     {("Sable River Militia", T, 3000), ("Highland Watch", T, 1800)}),
    ("Dalvoria placed its Third Corps, some 10,000 strong, on alert.", {("Third Corps", T, 10000)}),
    # --- a pronoun holder ---
    ("The Quill Movement was founded eighteen months ago by a group of teachers. It won 12 seats in Sunday's "
     "election, all of them in the south. The Alder Party, meanwhile, won 47 seats.",
     {("Quill Movement", S, 12), (AP, S, 47)}),
    # --- numbers that are no fact ---
    ("With a week to go before the election, the governing Beacon Bloc is expected to win about 55 seats, according "
     "to the latest survey, well short of the 61 needed for a majority. The Granary Front could take as many as 40, "
     "pollsters say. In the last parliament, elected in 2019, the Beacon Bloc had 70 seats.",
     set()),
    ("In 2021, the Stone Farmers held 15 seats.", set()),
    ("The Heron League received 412,000 votes, or 18.4 per cent, in the regional election. The Copperleaf Party "
     "polled 390,000 votes. Seat allocations have not yet been published.",
     set()),
    ("At least 340 soldiers of the Dalvorian army have been killed and some 1,100 wounded since the offensive began. "
     "The Thornbeck Militia said it had captured 85 soldiers. The ministry said 14 militia commanders had been "
     "arrested.",
     set()),
    ("The Tideline Party has more than 85,000 registered members, up from 60,000 two years ago. The congress elected "
     "a 45-member central committee. The congress was attended by 1,400 delegates.",
     set()),
    ("Results by share: Alder Party 41,5; Saltmarsh Union 30,2; Quill Movement 9,8.", set()),
    # --- shapes still read wrong (strict xfails below) ---
    ("Photo caption: Supporters of the Heron League celebrate in Port Vessel on Monday night. The party won 23 seats, "
     "its best result since it was founded.",
     {(HL, S, 23)}),
    ('The leader of the Heron League spoke about the result. "We won 31 seats, which is more than anyone predicted," '
     "she said.",
     {(HL, S, 31)}),
    ("Kessel increased its force in the northern mission by 250 soldiers last month, bringing the total to 1,450.",
     {("Kessel", T, 1450)}),
    ("Profile: the Iron Crest Front\nFounded: 2017\nStrength: 2,500 to 3,000 fighters\nArea: the western hills",
     {("Iron Crest Front", T, 3000)}),
    ("BREAKING | ORVEL VOTE: Copperleaf Party 48 seats, Granary Front 40 | Turnout 67% | Stone Farmers hold 11, "
     "down 4 | Next: coalition talks",
     {(CP, S, 48), (GF, S, 40), (SF, S, 11)}),
    ("Key numbers from the vote:\n19 \u2014 the Heron League's total, its lowest ever.", {(HL, S, 19)}),
]

XFAIL = {
    CASES[-4][0]: "'bringing the total to N' with 'the' (not 'its') has no possessor to own the total",
    CASES[-3][0]: "a 'Strength:' field under a 'Profile:' heading is not owned by the body the heading names",
    CASES[-2][0]: "a count after 'hold' in a pipe-separated ticker with a change after it is not read",
    CASES[-1][0]: "a bare count before a dash whose restatement is 'X's total' is not read as X's seats",
}


extracted, test_wording = battery(CASES, XFAIL, "u", facts_by_document, assert_facts)
