"""Allies told by an unnamed coalition's parties (relations._unnamed_coalition_list): "Her coalition is A, B and the
four MPs of C", "the ruling coalition is made up of A and B", "the governing coalition comprises A and B", "X's
majority is A plus B": an unnamed partnership (relations.yaml coalition_list_nouns) told by its parties after a
present "be", a membership verb or a phrase of coalition_list_phrases makes every two of them allies. Negatives: a
past or former coalition, a hypothetical one, a single body, a named alliance's members (members, handled
elsewhere). Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A = "allied_with"
UL = {("Unity Movement", A, "Labour Party")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("Her coalition is the Unity Movement, the Northern Caucus and the four MPs of the Labour Party.",
     {("Unity Movement", A, "Northern Caucus"), ("Unity Movement", A, "Labour Party"),
      ("Northern Caucus", A, "Labour Party")}, set()),
    ("The ruling coalition is made up of the Unity Movement, the Northern Caucus and the Labour Party.",
     {("Unity Movement", A, "Northern Caucus"), ("Northern Caucus", A, "Labour Party")}, set()),
    ("The governing coalition comprises the Unity Movement and the Labour Party.", UL, set()),
    ("Prime Minister Idris Kalvan's majority is the Hearth Party plus the Ahrar Bloc plus a couple of independents.",
     {("Hearth Party", A, "Ahrar Bloc")}, set()),
    ("The opposition alliance consists of the Unity Movement and the Labour Party, with 40 seats between them.",
     UL, set()),
    ("Kalvar's parliament met on Monday. Her coalition is the Unity Movement, Dara Venn's caucus and the Labour Party.",
     UL, {("Unity Movement", A, "Kalvar parliament")}),
    # --- negatives ---
    ("The previous coalition was the Unity Movement and the Labour Party.", set(), UL),
    ("The coalition was the Unity Movement and the Labour Party until the 2019 split.", set(), UL),
    ("The new coalition could be the Unity Movement and the Labour Party.", set(), UL),
    ("The largest bloc is the Unity Movement, with 40 seats; the Labour Party has 12.", set(), UL),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "al3", relations_by_document, check_ties)
