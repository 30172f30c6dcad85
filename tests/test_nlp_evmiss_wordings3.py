"""Troops sent by a verb of sending in haste or anew, which the event stage did not read, so that no mobilisation
came at all: "dispatched 500 troops to X", "rushed reinforcements to the border", "poured troops into Y",
"redeployed two brigades to Z" (plover.yaml MOBILIZE "dispatch|rush|pour|redeploy" with a troop noun; the place or
state sent to after "to", "into" or "near"). Negatives: a threat to do it, a denial, a report that it did not happen
(emitted negated), a question, a request that another do it, goods or money sent the same way. Invented names; end
to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    ("Kenya dispatched 500 troops to Somalia on Monday.", {("Kenya", "MOBILIZE", "Somalia")}, set()),
    ("The Velmar Front rushed reinforcements to the Tarsk Party's border posts.",
     {("Velmar Front", "MOBILIZE", "*")}, set()),
    ("Rwanda poured troops into Burundi during the crisis.", {("Rwanda", "MOBILIZE", "Burundi")}, set()),
    ("Russia redeployed two brigades to Belarus last spring.", {("Russia", "MOBILIZE", "Belarus")}, set()),
    ("The Korvath Union has dispatched a battalion of gendarmes to the north.",
     {("Korvath Union", "MOBILIZE", "*")}, set()),
    # --- negatives: a threat, a denial, a report it did not happen, a question, a request, goods and money ---
    ("Kenya threatened to dispatch troops to Somalia.",
     {("Kenya", "THREATEN", "Somalia")}, {("Kenya", "MOBILIZE", "Somalia")}),
    ("Kenya denied that it had dispatched troops to Somalia.", set(), {("Kenya", "MOBILIZE", "*")}),
    ("Kenya did not dispatch troops to Somalia.", set(), {("Kenya", "MOBILIZE", "*")}),
    ("Will Kenya dispatch troops to Somalia?", set(), {("Kenya", "MOBILIZE", "*")}),
    ("Somalia asked Kenya to dispatch troops to the border.",
     {("Somalia", "REQUEST", "Kenya")}, {("Kenya", "MOBILIZE", "*")}),
    ("The Velmar Front rushed food and tents to the border.", set(), {("Velmar Front", "MOBILIZE", "*")}),
    ("The Korvath Union poured money into the Tarsk Party's campaign.", set(), {("Korvath Union", "MOBILIZE", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eb", events_by_document, assert_events)
