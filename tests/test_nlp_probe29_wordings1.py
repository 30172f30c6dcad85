"""Two parties, the first a plural name with no "'s" of its own, the second an owner: "The Oskaris and Kalvar's
government signed a truce", which the parser reads as one joint owner ("[The Oskaris and Kalvar]'s government").
The plural name is the first of two coordinated parties and only "Kalvar's" owns the noun (pipeline
``_split_joint_possessor``), so that "the government's negotiator, X" later is
Kalvar's. Negatives: an owned noun marked as shared ("joint commission"), a name with its own "'s". All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
D = "TALVIK, June 2 - "

# (text, ties that must be present, ties that must be absent)
CASES = [
    (D + "The Oskaris and Kalvar's government signed a truce on Friday. The text was read out by the government's "
     "negotiator, Mira Pellet.", {("Mira Pellet", M, "Kalvar")}, {("Mira Pellet", M, "Oskaris")}),
    # negatives: a shared noun, an owner with its own "'s"
    (D + "The Tarvanis and Kalvar's joint commission met on Monday. The commission's chair, Ilan Dorsk, spoke.",
     set(), {("Ilan Dorsk", M, "Kalvar")}),
    (D + "The Oskaris' government agreed on Monday to free 300 detainees. The deal was signed by the government's "
     "envoy, Pavo Renn.", set(), {("Pavo Renn", M, "Kalvar")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p29", relations_by_document, check_ties)
