"""Allies told by a joint act with "then" before its verb (relations._told_as_past): "A and B then joined forces to
elect the Speaker", "A and B then teamed up before the vote": "then" before the verb is the next step of a story,
not a tie told as over, so the bodies listed as the subject ally with each other (relations._joint_action).
Negatives: "then" after the verb ("A and B governed together then, but split"), "once", a joint act undone by a
coordinated verb of rupture, a negation. Invented names; end to end with the real English pipeline. Each case has its
own names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A = "allied_with"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("In the 2021 election the Harbour Party won 31 seats; the Harbour Party and the Unity List then joined forces "
     "to elect the Speaker.", {("Harbour Party", A, "Unity List")}, set()),
    ("The Civic Renewal Party and the Green Farmers' League then joined forces in parliament.",
     {("Civic Renewal Party", A, "Green Farmers' League")}, set()),
    ("The Coastal Democrats and the Workers' Alliance then teamed up before the vote.",
     {("Coastal Democrats", A, "Workers' Alliance")}, set()),
    # --- negatives ---
    ("The Hill People's Party and the Liberal Forum governed together then, but split in 2019.", set(),
     {("Hill People's Party", A, "Liberal Forum")}),
    ("The Union of the North and the Reform List once governed together.", set(),
     {("Union of the North", A, "Reform List")}),
    ("The Dawn Movement and the Popular Bloc then joined forces in 2015 but split in 2018.", set(),
     {("Dawn Movement", A, "Popular Bloc")}),
    ("The Rural Party and the Justice League did not then join forces.", set(),
     {("Rural Party", A, "Justice League")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "a4", relations_by_document, check_ties)
