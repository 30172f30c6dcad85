"""Hostility told as the aim of a fight: "X is fighting to overthrow President Y", "X says he is fighting to bring
down Y", "X struggled to defeat Y", "X battles to oust Y" (relations.yaml wished_end aim_verbs: a verb of fighting
with an infinitive of wished_end gone_verbs) -> X opposes Y, as "X seeks to topple Y" does. Negatives: a negated
fight, a fight to defend someone, a fight to disband one's own body; all names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("The Kessel Militia is fighting to overthrow President Amon Tesh.", {("Kessel Militia", O, "Amon Tesh")}, set()),
    ("Amon Reis, who deserted in 2022, says he is fighting to bring down President Erbol Tash.",
     {("Amon Reis", O, "Erbol Tash")}, set()),
    ("The Kessel Militia struggled to defeat the Dorva Front.", {("Kessel Militia", O, "Dorva Front")},
     set()),
    ("The Varan Brigade has battled to oust the Dorva Council since 2019.", {("Varan Brigade", O, "Dorva Council")},
     set()),
    ("The Kessel Militia struggled to defeat the Dorva Front and the Varan Brigade.",
     {("Kessel Militia", O, "Dorva Front"), ("Kessel Militia", O, "Varan Brigade")}, set()),
    # reported: the one said to fight, not the speaker
    ("The Kessel Militia said the Dorva Front was fighting to overthrow President Amon Tesh.",
     {("Dorva Front", O, "Amon Tesh")}, {("Kessel Militia", O, "Amon Tesh")}),
    # --- negatives: a fight to keep someone from being toppled, "never", a fight on no body ---
    ("The Kessel Militia is fighting to stop the Dorva Front from overthrowing President Amon Tesh.", set(),
     {("Kessel Militia", O, "Amon Tesh")}),
    ("The Kessel Militia never fought to overthrow President Amon Tesh.", set(), {("Kessel Militia", O, "Amon Tesh")}),
    ("The Kessel Militia is not fighting to overthrow President Amon Tesh.", set(),
     {("Kessel Militia", O, "Amon Tesh")}),
    ("The Kessel Militia fought to defend the Dorva Council.", set(), {("Kessel Militia", O, "Dorva Council")}),
    ("The Dorva Council is fighting to disband its own militia, the Kessel Guard.", set(),
     {("Dorva Council", O, "Kessel Guard")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "of", relations_by_document, check_ties)
