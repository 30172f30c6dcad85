"""Seat and troop counts on wordings the development sets showed the reader missing or misreading on unseen text,
written before changing the reader and sorted by the mechanism behind them: a count whose owner is a description
standing for a body named before ("the mission's approved ceiling", "the party's deputies", "the alliance"); a list
laid out number first ("N - troops that X moved"); a bare "the army" next to a non-state group whose name ends in
"Army"; counts of people acted on ("detained twelve members of that brigade") that are no strength; owners said in
the first person or by a demonym. All names (the states Dravia and Quenmark, parties, forces) are invented; end to
end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document
from test_nlp_facts_blind_wordings2 import _norm
from wording_battery import battery_params

pytestmark = pytest.mark.model

S, T = "seats", "troops"
DRM = "Dravian Relief Mission"
OPF = "Ostal Protection Force"
CDP = "Copper Dawn Party"
LAN = "Lanterns of Ostal"
RHM = "Red Hollow Militia"

CASES = [
    # --- the owner is a description standing for a body named before ---
    ("Officials of the Dravian Relief Mission (DRM) met donors on Monday. The mission's approved ceiling is roughly "
     "6,400 uniformed personnel.",
     {(DRM, T, 6400)}),
    ("The Ostal Protection Force arrived in March. The force's size is put at some 3,100 troops, a diplomat said.",
     {(OPF, T, 3100)}),
    ("The Lanterns of Ostal have fought the government since 2019. The group's strength is estimated at 1,200 "
     "fighters.",
     {(LAN, T, 1200)}),
    ("The Copper Dawn Party was founded in 2011 by miners. The party's 23 deputies walked out of the chamber on "
     "Friday.",
     {(CDP, S, 23)}),
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
    ("In numbers:\n1,200 - fighters the Lanterns of Ostal can put in the field, by their own count.\n"
     "4 - towns they hold.",
     {(LAN, T, 1200)}),
    ("In numbers:\n450 - people detained by the Ostal Protection Force during the raids.\n"
     "12 - villages searched.",
     set()),
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
    # --- counts of people acted on are no strength ---
    ("The Red Hollow Militia operates in the north. The police questioned twelve members of that militia on "
     "Monday.",
     set()),
    ("The Red Hollow Militia operates in the north. Soldiers arrested 40 members of the militia near the border.",
     set()),
    ("Investigators have interviewed 15 fighters of the Red Hollow Militia about the attack.", set()),
    ("The Red Hollow Militia has some 900 members in the north.", {(RHM, T, 900)}),
    # --- owners in the first person or by a demonym ---
    ("Statement of the Dravian defence ministry.\nOur armed forces today number about 8,000 soldiers.",
     {("Dravia", T, 8000)}),
    ("About 1,500 Quenmarki soldiers operate inside Dravia alongside the rebels, the report says.",
     {("Quenmark", T, 1500)}),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "u")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "u"))
def test_wording(extracted, i):
    text, expected = CASES[i]
    got = {(_norm(a), k, v) for a, k, v in extracted.get(f"u{i:03d}", set())}
    assert got == {(_norm(a), k, v) for a, k, v in expected}, text
