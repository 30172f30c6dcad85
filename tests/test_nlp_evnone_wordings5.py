"""The subject "who" of a passive relative on a description set off after a person's name is that person, not the
body a word of the description names: "X, the Y rebel who was removed from the chairmanship after refusing to back
the bill" (X refused; the act of the participle is the passive subject's), "X, the Y commander who was arrested
after attacking Z" (X attacked Z). The same reading the active relative already had ("X, the Y rebel who refused
..."). Negatives: the active relative, a "which" on a body's description, a name of its own the parser hangs on
another name ("..., back Y leader Z, whom X refuses to endorse": Z).
Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event means an
event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a passive relative's "who" on a person's description: the person ---
    ("Arno Vess, the Tarsk Party rebel who was removed from the chairmanship after refusing to back the bill, sat "
     "three rows back.",
     {("Arno Vess", "REJECT", None)}, {("Tarsk Party", "REJECT", None)}),
    ("Dovan Pell, the Velmar Front commander who was arrested after attacking the Korvath Union's convoy, appeared "
     "in court.",
     {("Dovan Pell", "ASSAULT", "Korvath Union")}, {("Velmar Front", "ASSAULT", "Korvath Union")}),
    ("Ilva Renko, the Korvath Union delegate who was expelled after refusing to sign the statement, left the hall.",
     {("Ilva Renko", "REJECT", None)}, {("Korvath Union", "REJECT", None)}),
    # --- negatives: the active relative, a "which" on a body's description ---
    ("Arno Vess, a Tarsk Party deputy who attacked the Velmar Front last week, sat three rows back.",
     {("Arno Vess", "ASSAULT", "Velmar Front")}, set()),
    ("The Velmar Front, the armed wing of the Tarsk Party, which was banned after attacking the Korvath Union, "
     "denied the charge.",
     {("Velmar Front", "REJECT", None)}, set()),
    # --- a name of its own the parser hangs on another name: still that name ---
    ("The Tarsk Party and its ally, led by parliament speaker Hadi Sarrouf, back Velmar Movement leader Tomas Vell, "
     "whom Arno Bessil refuses to endorse.",
     {("Arno Bessil", "REJECT", "Tomas Vell")}, {("Arno Bessil", "REJECT", "Hadi Sarrouf")}),
    # --- the description set off after an object's name: that name ---
    ("Arno Vess met Ilva Renko, the Tarsk Party envoy who was expelled after refusing to sign.",
     {("Ilva Renko", "REJECT", None)}, {("Tarsk Party", "REJECT", None)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ew", events_by_document, assert_events)
