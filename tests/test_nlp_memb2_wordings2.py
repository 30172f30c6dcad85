"""Companions of a first clause carried into a seat: "A left X alongside B and C, and joined Y", "A left X together
with B, and it now sits in Y alongside them" (a clause of leaving or sitting, relations.yaml departure_verbs or
seat_companion_verbs, coordinated with the clause of the seat in Y): B and C move with A and are members of Y too.
Negatives: the second clause with a subject of its own, a seat refused or only wished, a seat taken alone, a first
clause of another act ("fought the rebels alongside B"). All names are invented; end to end with the real English
pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"

HOME = "Dalmor's president and Ostra's government spoke. Korvan's army spoke. "
BOTH = {("Dalmor", M, "Northern Pact"), ("Ostra", M, "Northern Pact")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    (HOME + "Korvan left the Western Union in 2025 alongside Dalmor and Ostra, and joined the Northern Pact (NP).",
     BOTH | {("Korvan", M, "Northern Pact")}, set()),
    (HOME + "Korvan left the Western Union in January together with Dalmor and Ostra, and it now sits in the "
     "Northern Pact (NP) alongside them.", BOTH, set()),
    (HOME + "Korvan quit the Western Union along with Dalmor and Ostra, and then joined the Northern Pact (NP).",
     BOTH, set()),
    (HOME + "Korvan withdrew from the Western Union alongside Dalmor and Ostra and joined the Northern Pact (NP).",
     BOTH, set()),
    # negatives
    (HOME + "Korvan left the Western Union alongside Dalmor and Ostra, but did not join the Northern Pact (NP).",
     set(), BOTH),
    (HOME + "Korvan left the Western Union alongside Dalmor and Ostra, and wants to join the Northern Pact (NP).",
     set(), BOTH),
    (HOME + "Korvan left the Western Union alongside Dalmor and Ostra, and joined the Northern Pact (NP) alone.",
     set(), BOTH),
    (HOME + "Did Korvan leave the Western Union alongside Dalmor and Ostra, and join the Northern Pact (NP)?",
     set(), BOTH),
    (HOME + "Officials said Korvan would leave the Western Union alongside Dalmor and Ostra, and join the Northern "
     "Pact (NP).", set(), BOTH),
    (HOME + "Korvan left the Western Union alongside Dalmor and Ostra, and later joined the Northern Pact (NP) on its "
     "own.", set(), BOTH),
    (HOME + "Korvan fought the rebels alongside Dalmor and Ostra, and joined the Northern Pact (NP).",
     set(), BOTH),
    (HOME + "Korvan left the Western Union alongside Dalmor and Ostra, and Velmar joined the Northern Pact (NP).",
     set(), BOTH),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mc", relations_by_document, check_ties)
