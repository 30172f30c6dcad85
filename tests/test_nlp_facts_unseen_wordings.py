"""Seat and troop counts on wordings the development sets showed the reader missing or misreading on unseen text,
written before changing the reader and sorted by the mechanism behind them: a count whose owner is a description
standing for a body named before ("the mission's approved ceiling", "the party's deputies", "the alliance"); a list
laid out number first ("N - troops that X moved"); a bare "the army" next to a non-state group whose name ends in
"Army"; counts of people acted on ("detained twelve members of that brigade") that are no strength; owners said in
the first person or by a demonym. All names (the states Dravia and Quenmark, parties, forces) are invented; end to
end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
DRM = "Dravian Relief Mission"
OPF = "Ostal Protection Force"
CDP = "Copper Dawn Party"
LAN = "Ostal Lantern Brigades"
RHM = "Red Hollow Militia"

CASES = [
    # --- the owner is a description standing for a body named before ---
    ("Officials of the Dravian Relief Mission (DRM) met donors on Monday. The mission's approved ceiling is roughly "
     "6,400 uniformed personnel.",
     {(DRM, T, 6400)}),
    ("The Ostal Protection Force arrived in March. The force's size is put at some 3,100 troops, a diplomat said.",
     {(OPF, T, 3100)}),
    ("The Ostal Lantern Brigades have fought the government since 2019. The group's strength is estimated at 1,200 "
     "fighters.",
     {(LAN, T, 1200)}),
    ("The Copper Dawn Party was founded in 2011 by miners. The party's 23 deputies walked out of the chamber on "
     "Friday.",
     {(CDP, S, 23)}),
    ("Officials of the Dravian Relief Mission met donors in Varn. Under its new mandate the mission's ceiling stands "
     "near 6,400 uniformed personnel; Quenmark says it can spare a unit of about 900 soldiers.",
     {(DRM, T, 6400), ("Quenmark", T, 900)}),
    ("The Ostal Protection Force patrols the valley. The force's strength now stands near 2,000 soldiers.",
     {(OPF, T, 2000)}),
    ("The Ostal Protection Force took over the crossings last spring; the mission's headcount now sits at about "
     "2,700 soldiers.",
     {(OPF, T, 2700)}),
    # --- a list laid out number first ---
    ("Key figures:\n3,400 - troops, approximately, that the Ostal Protection Force moved to the eastern border in May.\n"
     "9 - days the siege lasted.",
     {(OPF, T, 3400)}),
    ("Key figures:\n17 - seats in the Dravian Senate won by the Copper Dawn Party, its best result so far.\n"
     "60 - percent turnout.",
     {(CDP, S, 17)}),
    ("In numbers:\n1,200 - fighters the Ostal Lantern Brigades can put in the field, by their own count.\n"
     "4 - towns they hold.",
     {(LAN, T, 1200)}),
    ("In numbers:\n450 - people detained by the Ostal Protection Force during the raids.\n"
     "12 - villages searched.",
     set()),
    ("Figures at a glance:\n5,000 - soldiers the Dravian Army has stationed along the river.\n"
     "3 - bridges closed.",
     {("Dravian Army", T, 5000)}),
    ("Figures at a glance:\n14 - Senate seats held by the Copper Dawn Party after the spring vote.\n"
     "2 - ministers it lost.",
     {(CDP, S, 14)}),
    ("Figures at a glance:\n300 - troops that the Red Hollow Militia killed in the ambush.\n"
     "5 - trucks burned.",
     set()),
    ("Some 2,200 troops that Dravia deployed last winter remain near the lake.", {("Dravia", T, 2200)}),
    ("The 2,200 soldiers whom the Ostal Protection Force keeps at the lake will stay until June.",
     {(OPF, T, 2200)}),
    # --- a bare "the army" beside a non-state group named "... Army" ---
    ("Dravia's army chief, General Oleg Marn, accused Quenmark of arming the Ostal Liberation Army, a separatist "
     "group. The army says it has sent about 4,000 more soldiers to the frontier.",
     {("Dravia", T, 4000)}),
    ("The Free Hills Army ambushed a convoy on Tuesday. Dravia's defence minister, Sava Kuric, said the army had "
     "deployed 2,500 extra troops to the hills.",
     {("Dravia", T, 2500)}),
    ("Dravia blames the Free Hills Army for the bombing. According to the army, some 1,800 soldiers now guard the "
     "pipeline.",
     {("Dravia", T, 1800)}),
    ("The Ostal Liberation Army claimed the raid. Dravia's interior minister said the army had positioned 3,000 "
     "soldiers along the canal.",
     {("Dravia", T, 3000)}),
    ("The Free Hills Army was founded in 2015 by deserters. The army has about 3,000 fighters.",
     {("Free Hills Army", T, 3000)}),
    # --- counts of people acted on are no strength ---
    ("The Red Hollow Militia operates in the north. The police questioned twelve members of that militia on "
     "Monday.",
     set()),
    ("The Red Hollow Militia operates in the north. Soldiers arrested 40 members of the militia near the border.",
     set()),
    ("Investigators have interviewed 15 fighters of the Red Hollow Militia about the attack.", set()),
    ("Prosecutors charged 25 officers of the Ostal Protection Force with desertion.", set()),
    ("A military court sentenced 18 fighters of the Red Hollow Militia to prison on Thursday.", set()),
    ("Quenmark expelled 60 soldiers of the Red Hollow Militia last week.", set()),
    ("The Red Hollow Militia has some 900 members in the north.", {(RHM, T, 900)}),
    # (a call-up and a duty given are no act on the people: the count stays a strength)
    ("The Ostal Protection Force summoned 1,400 reservists from the valley towns on Sunday.", {(OPF, T, 1400)}),
    ("The Ostal Protection Force keeps 900 soldiers charged with escorting aid convoys along the canal.",
     {(OPF, T, 900)}),
    ("Prosecutors in Varn named 30 fighters of the Red Hollow Militia charged with murdering two farmers.", set()),
    # --- "another N": a second holder's share, not a gain ---
    ("The Copper Dawn Party holds 31 seats in the Senate; the Harbour Front has another nine.",
     {(CDP, S, 31), ("Harbour Front", S, 9)}),
    ("The Copper Dawn Party won 31 seats in May and picked up another nine in the autumn by-elections.",
     {(CDP, S, 31)}),
    ("The Copper Dawn Party holds 31 of the Senate's 90, and the Harbour Front holds another nine.",
     {(CDP, S, 31), ("Harbour Front", S, 9)}),
    # --- not fixed: a past perfect told in a narrative, a description by an adjective ---
    ("Marta Vell led the Copper Dawn Party, which had taken 23 seats in the Senate that year.", {(CDP, S, 23)}),
    ("The Copper Dawn Party campaigned on border pride. In the end the nationalists secured 17 deputies.",
     {(CDP, S, 17)}),
    # --- owners in the first person or by a demonym ---
    ("RECORDING OF A RADIO EXCHANGE\n[Editor's note: Speaker A is Rami Tessel, commander of the Ostal Lantern "
     "Brigades. Speaker B is an aide.]\n\nA: Are you there? The money has not arrived. I have 2,100 fighters on the "
     "southern line and they want their pay.\n\nB: It will come next week.",
     {(LAN, T, 2100)}),
    ("Transcript of a call between Rami Tessel, commander of the Ostal Lantern Brigades, and an official in Varn.\n\n"
     "TESSEL: Nothing has been paid. My 2,100 fighters hold the southern line for now.\n\nOFFICIAL: Be patient.",
     {(LAN, T, 2100)}),
    ("Transcript of a call between Rami Tessel, commander of the Ostal Lantern Brigades, and an official in Varn.\n\n"
     "OFFICIAL: I have 40 guards at the ministry and no more.\n\nTESSEL: Then send them.",
     set()),
    ("Statement of the Dravian defence ministry.\nOur armed forces today number about 8,000 soldiers.",
     {("Dravia", T, 8000)}),
    ("About 1,500 Quenmarki soldiers operate inside Dravia alongside the rebels, the report says.",
     {("Quenmark", T, 1500)}),
]

XFAIL: dict[str, str] = {
    "In numbers:\n1,200 - fighters the Ostal Lantern Brigades can put in the field, by their own count.\n"
    "4 - towns they hold.":
        "parser: a relative clause with no 'that' after a number-first item is read as the main clause, the name "
        "as an apposition of the fighters",
    "Dravia blames the Free Hills Army for the bombing. According to the army, some 1,800 soldiers now guard the "
    "pipeline.":
        "an 'according to' source does not give its owner to troops that are the subject of another verb",
    "The Copper Dawn Party holds 31 of the Senate's 90, and the Harbour Front holds another nine.":
        "a bare count after 'another' in a second clause of the sentence is not read as the second holder's",
    "The Copper Dawn Party campaigned on border pride. In the end the nationalists secured 17 deputies.":
        "resolver: a plural adjective used as a noun ('the nationalists') is not resolved to the party described so",
    "Statement of the Dravian defence ministry.\nOur armed forces today number about 8,000 soldiers.":
        "'our' in a body's own statement is not resolved to the state the body serves",
}


extracted, test_wording = battery(CASES, XFAIL, "u", facts_by_document, assert_facts)
