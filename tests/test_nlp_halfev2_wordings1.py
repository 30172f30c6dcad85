"""Events with one end missing where no second party is named anywhere and the act is none without one (the
gold never counts such an event): cooperation with no known partner ("is cooperating with investigators",
"coordinated its campaign through regional offices", "collaborated with foreign journalists": plover.yaml
polarity.needs_target) and a concession by no one named ("concessions were made to X": polarity.needs_source) are no
ties between actors. Negatives: cooperation with a named partner, a refusal to cooperate with a named party, a
concession by a named side, a partner named in a "with" phrase after the verb's object. Invented names; end to end
with the real English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- cooperation with no known partner: no event ---
    ("The Velmar Front said it is cooperating with investigators.", set(), {("Velmar Front", "COOPERATE", None)}),
    ("The Tarsk Party has coordinated its campaign through regional offices.",
     set(), {("Tarsk Party", "COOPERATE", None)}),
    ("Korvath has cooperated closely on border security, its foreign minister said.",
     set(), {("Korvath", "COOPERATE", None)}),
    ("The Tarsk Party collaborated with foreign journalists on the report.",
     set(), {("Tarsk Party", "COOPERATE", None)}),
    ("Korvath said it would cooperate fully on the inquiry.", set(), {("Korvath", "COOPERATE", None)}),
    ("The Velmar Front has worked closely with aid agencies in the north.",
     set(), {("Velmar Front", "COOPERATE", None)}),
    # negatives: a named partner, a refusal to cooperate with a named party
    ("The Velmar Front is cooperating with the Tarsk Party on voter registration.",
     {("Velmar Front", "COOPERATE", "Tarsk Party")}, set()),
    ("The Velmar Front refused to cooperate with the Tarsk Party.", {("Velmar Front", "REJECT", "Tarsk Party")}, set()),
    ("The Velmar Front said it is cooperating with the Tarsk Party on the inquiry.",
     {("Velmar Front", "COOPERATE", "Tarsk Party")}, set()),
    # --- a concession by no one named: no event ---
    ("Concessions were made to the Tarsk Party on the budget.", set(), {("*", "CONCEDE", "Tarsk Party")}),
    ("Big concessions were made to the Velmar Front in the final draft.", set(), {("*", "CONCEDE", "Velmar Front")}),
    # negative: a concession by a named side stays
    ("Korvath conceded the northern districts after the talks.", {("Korvath", "CONCEDE", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hf", events_by_document, assert_events)
