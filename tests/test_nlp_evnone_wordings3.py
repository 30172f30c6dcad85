"""An act told in a "for" gerund hung on a verb with a party as object is the object's, not the subject's: "X
impeached him for refusing to appoint judges", "X punished Y for refusing to disarm" (the one punished, praised or
blamed for the act did it). With the object a pronoun naming no known actor the act has no known doer, so no
target-less refusal of the subject. Negatives: no party as object ("won praise for refusing"), no object
("apologised for refusing ..."), a passive whose subject does the act. Invented names; end to end with the real
English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the object does the "for" gerund's act ---
    ("The Velmar Party impeached him on 27 December for refusing to appoint three judges.",
     set(), {("Velmar Party", "REJECT", None)}),
    ("The Velmar Party punished the Tarsk Front for refusing to disarm.",
     {("Tarsk Front", "REJECT", None)}, {("Velmar Party", "REJECT", None)}),
    ("The Tarsk Front arrested her for refusing to pay the levy.",
     set(), {("Tarsk Front", "REJECT", None)}),
    ("The Korvath Union suspended them for refusing to vote with the government.",
     set(), {("Korvath Union", "REJECT", None)}),
    # --- negatives: no party as object, no object, a passive ---
    ("The Velmar Party won praise for refusing to join the strike.",
     {("Velmar Party", "REJECT", None)}, set()),
    ("The Velmar Party expelled Arno Vess for refusing to vote with the government.",
     {("Velmar Party", "SANCTION", "Arno Vess")}, {("Velmar Party", "REJECT", None)}),
    ("The Velmar Party was criticised for refusing to meet the Tarsk Front.",
     set(), {("Tarsk Front", "REJECT", None)}),
    # --- the object a means used for the act, not its doer ---
    ("The Velmar Party used Ostrava for attacking the Tarsk Front.",
     {("Velmar Party", "ASSAULT", "Tarsk Front")}, {("Ostrava", "ASSAULT", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ef", events_by_document, assert_events)
