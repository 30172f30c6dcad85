"""Seat and troop counts whose owner is not the clause's subject, written before changing the reader: a body that
another's result puts at a rank holds the count after the rank ("knocking Y down to third place on 19"), and advisers or
trainers a state or an armed body sends are its troops ("dispatched some 150 trainers"), not experts a ministry or a
charity sends; and "which" after a person and a body names the body ("President X and his Y Party, which holds 88
seats"). All names (the states Dravia and Quenmark, parties, forces) are invented; end to end with the real
English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
HF = "Harbour Front"
CDP = "Copper Dawn Party"
GL = "Green Lantern League"

CASES = [
    # --- a body put at a rank holds the count after it ---
    ("The Harbour Front won 51 seats and knocked the Copper Dawn Party down into third place on 19.",
     {(HF, S, 51), (CDP, S, 19)}),
    ("The Harbour Front took 47 seats, leaving the Green Lantern League in third place with 17.",
     {(HF, S, 47), (GL, S, 17)}),
    ("The Harbour Front finished first with 61 seats, relegating the Copper Dawn Party to second place with 40.",
     {(HF, S, 61), (CDP, S, 40)}),
    ("The Harbour Front took 44 seats and pushed the Green Lantern League into second place with 30.",
     {(HF, S, 44), (GL, S, 30)}),
    ("A late surge gave the Harbour Front 38 seats, knocking the Green Lantern League into fourth position on 11.",
     {(HF, S, 38), (GL, S, 11)}),
    # (no rank after the object: the count after "with" stays the subject's)
    ("The Harbour Front beat the Copper Dawn Party in the capital, finishing with 29 seats.",
     {(HF, S, 29)}),
    # --- advisers or trainers sent by a state or an armed body are its troops ---
    ("The Tarn Valley Militia runs two camps in the north and, diplomats say, dispatched roughly 240 trainers in May.",
     {("Tarn Valley Militia", T, 240)}),
    ("France sent 60 instructors to the military academy in Quenmark.",
     {("France", T, 60)}),
    ("The Crimson Hill Militia dispatched some 90 trainers to its allies in the south.",
     {("Crimson Hill Militia", T, 90)}),
    # (a ministry's experts and a charity's staff are no troops)
    ("The health ministry of France sent 120 experts to the flooded provinces.",
     set()),
    ("Velnia deployed 300 advisers to Tarsia. The Velnian Health Ministry sent 40 instructors to its hospitals.",
     {("Velnia", T, 300)}),
    ("The Quenmark Relief Society dispatched 80 staff to the camps.",
     set()),
    # --- "which" is no person: the body named before the clause holds the count ---
    ("Country file: Republic of Dravia. Prepared for the board, third quarter. Dravia has been run since 2019 by "
     "President Oren Maddis and his Copper Dawn Party (CDP), which controls 77 seats in the 130-member National "
     "Assembly.",
     {("Copper Dawn Party", S, 77), ("National Assembly", S, 130)}),
    ("Voters blame President Oren Maddis and his Copper Dawn Party, which controls 64 seats, for the crisis.",
     {("Copper Dawn Party", S, 64)}),
    ("Dravian politics turn on Prime Minister Ilse Varga and her Harbour Front, which has 57 deputies.",
     {("Harbour Front", S, 57)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "r", facts_by_document, assert_facts)
