"""A third battery of seat and troop counts, written before reading the facts reader, for the causes of the counts
missed on the article sets scored last: tables whose count column is one of several (strength, commander, area),
their indented sub-unit rows, answer sheets and field lines ("Seats: 90."), counts whose unit is said before or
not at all ("holds 27 of the Chamber's 95", "won 18." after seats were named), counts in brackets after a
contributor, units of troops the reader may not know (instructors, engineers, reservists, deputies), and the owner
of a count (a relative clause's antecedent, "troops of the X", a definite description of a mission or a house,
"N of them"). All names (the states Varnesia and Korlend, parties, missions, groups) are invented; end to end with
the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
SL, HF, AM = "Silver Lantern Party", "Harbour Front", "Amber Road"
VA = "Varnesian Army"
BR = "Black Reed Brigades"

CASES = [
    # --- layout: tables with several columns, sub-unit rows, fields, answer sheets ---
    ("| Unit | Commander | Strength | Area |\n|---|---|---|---|\n| Varnesian Army (VA) | Gen. Ilo Parsk | 21,000 | "
     "nationwide |\n| Black Reed Brigades | Col. Ammar Tisk | 3,400 | north |",
     {(VA, T, 21000), (BR, T, 3400)}),
    ("Formation | Leader | Est. strength | Backer\nVarnesian Army | Gen. Ilo Parsk | 21,000 | Korlend\n"
     "Black Reed Brigades | Col. Ammar Tisk | 3,400 | none",
     {(VA, T, 21000), (BR, T, 3400)}),
    ("| Force | Commander | Approx. troops |\n|---|---|---|\n| Varnesian Army | Gen. Ilo Parsk | 21,000 |\n"
     "| - 2nd Mountain Division | Brig. Gen. Oren Valt | 5,200 |",
     {(VA, T, 21000), ("2nd Mountain Division", T, 5200)}),
    ("| Party | Leader | Seats | Change |\n|---|---|---|---|\n| Silver Lantern Party | Mira Kost | 44 | +5 |\n"
     "| Harbour Front | Teo Brandt | 29 | -2 |",
     {(SL, S, 44), (HF, S, 29)}),
    ("Legislature: Varnesian Senate (unicameral). Seats: 80. Majority: 41.",
     {("Varnesian Senate", S, 80)}),
    ("- Harbour Front (HF). Leader: Teo Brandt. Seats won: 29 (previous: 31). Vote share: 20.4%.",
     {(HF, S, 29)}),
    ("Q3. Which party won 44 of the 80 seats in the Varnesian Senate?\nANSWER: The Silver Lantern Party.",
     {(SL, S, 44), ("Varnesian Senate", S, 80)}),
    ("Q4. The Harbour Front won 29 seats in which chamber?\nANSWER: The Varnesian Senate.",
     {(HF, S, 29)}),
    # --- wording of the count: unit said before, elliptic, partitive, in brackets ---
    ("Of the Senate's 80 seats, the Silver Lantern Party holds 44 and the Harbour Front 29.",
     {(SL, S, 44), (HF, S, 29)}),
    ("Those who count seats know that the Silver Lantern Party holds 44 of the Senate's 80.",
     {(SL, S, 44)}),
    ("The Silver Lantern Party won 44 seats, the Harbour Front 29, and Amber Road 7.",
     {(SL, S, 44), (HF, S, 29), (AM, S, 7)}),
    ("The Silver Lantern Party took 44 seats. The Harbour Front, led by Teo Brandt, won 29.",
     {(SL, S, 44), (HF, S, 29)}),
    ("The Harbour Front won 29 seats; Amber Road, a small partner inside the Front, brought in five of those seats.",
     {(HF, S, 29), (AM, S, 5)}),
    ("The mission has 9,000 uniformed personnel. Korlend sends the biggest contingent (some 1,800), "
     "followed by Ostreva (700), Brazil and Peru.",
     {("Korlend", T, 1800), ("Ostreva", T, 700)}),
    ("Troops by contributor: Korlend provides about 1,800; Ostreva 700.",
     {("Korlend", T, 1800), ("Ostreva", T, 700)}),
    # --- units of troops ---
    ("Some 450 Korlendi instructors of the Iron Gate Legion are deployed at two bases.",
     {("Iron Gate Legion", T, 450)}),
    ("Korlend would send 200 military engineers to rebuild the bridges.", {("Korlend", T, 200)}),
    ("The Varnesian Army called up roughly 3,000 reservists on Monday.", {(VA, T, 3000)}),
    ("The Harbour Front, whose militia guards the port, has 29 deputies.", {(HF, S, 29)}),
    ("The Black Reed Brigades counted some 1,400 armed men in four companies.",
     {(BR, T, 1400)}),
    # --- the owner of the count ---
    ("The UN Mission in Varnesia (UNMIV), which still deploys some 9,000 uniformed personnel in the south, was "
     "invited to the talks.",
     {("UN Mission in Varnesia", T, 9000)}),
    ("The Iron Gate Legion, which fields about 2,000 fighters, denied the report.", {("Iron Gate Legion", T, 2000)}),
    ("We thank the 600 Korlendi and Ostrevan troops of the Northern Training Mission.",
     {("Northern Training Mission", T, 600)}),
    ("UNMIV's mandate expires in June. The UN Security Council extended the peacekeeping force, around 9,000 strong, "
     "for a last time.\nThe UN Mission in Varnesia (UNMIV) patrols the south.",
     {("UN Mission in Varnesia", T, 9000)}),
    ("The men of the Iron Gate Corps took over from the Korlendi advisers: some 650 of them are stationed near the port.",
     {("Iron Gate Corps", T, 650)}),
    ("The Iron Gate Corps arrived in May. Some 650 of them are stationed near the port.",
     {("Iron Gate Corps", T, 650)}),
    ("The Harbour Front swept the north. About 20 of them are based in the capital.", set()),
    ("The Korlendi defence ministry said in May that the Black Reed Brigades had about 3,500 men.",
     {(BR, T, 3500)}),
    # --- more wordings of the causes fixed after the first run ---
    ("Seats are what matter here, and the River League controls 12 of the Chamber's 90.",
     {("River League", S, 12), ("Chamber", S, 90)}),
    ("Ostreva sends the biggest battalion (about 900), followed by Peru (450) and Chile (120).",
     {("Ostreva", T, 900), ("Peru", T, 450), ("Chile", T, 120)}),
    ("Which town did Peru send 2,000 troops to last week?", {("Peru", T, 2000)}),
    ("Did Peru send 2,000 troops to the border?", set()),
    ("How many of the 2,000 troops did Peru send?", set()),
    ("About 300 Chilean officers of the Black Reed Brigades were arrested in May.", set()),
    ("About 300 Chilean advisers of the Black Reed Brigades are stationed at the port.", {(BR, T, 300)}),
    ("The Black Reed Brigades hold the hills. The Korlendi defence ministry said in May that the group had about "
     "3,500 men.", {(BR, T, 3500)}),
    ("The Black Reed Brigades hold the hills. The militia has about 3,500 fighters.", {(BR, T, 3500)}),
    ("The Black Reed Brigades and the Iron Gate Militia hold the hills. The group has about 3,500 fighters.", set()),
    # --- numbers that are no fact ---
    ("Korlend wants 2,000 more seats in its stadium.", set()),
    ("| Party | Votes | Share |\n|---|---|---|\n| Silver Lantern Party | 412,000 | 44% |", set()),
    ("Q5. How many soldiers died in the flood? (nearest ten)\nANSWER: 40.", set()),
]

XFAIL: dict[str, str] = {
    "- Harbour Front (HF). Leader: Teo Brandt. Seats won: 29 (previous: 31). Vote share: 20.4%.":
        "an entry line's inline fields after its name ('Leader: X. Seats won: 29') are not read as the entry's",
    "The Harbour Front won 29 seats; Amber Road, a small partner inside the Front, brought in five of those seats.":
        "actors layer: 'Amber Road' is read as a place; and 'N of those seats' after another count is not read",
    "Troops by contributor: Korlend provides about 1,800; Ostreva 700.":
        "a labelled list whose items carry a verb ('X provides about 1,800; Y 700') is not read as the list",
    "We thank the 600 Korlendi and Ostrevan troops of the Northern Training Mission.":
        "parser: coordinated demonyms before the troops are read as the object's head, not modifiers of 'troops'",
}


extracted, test_wording = battery(CASES, XFAIL, "w", facts_by_document, assert_facts)
