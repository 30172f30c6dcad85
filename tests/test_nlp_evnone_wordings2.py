"""An answer to a proposal told in the object's own phrase: "rejected a ceasefire proposed by X", "accepted a truce
offered by X", "turned down a prisoner exchange put forward by X". Whoever a participle of making or offering
(plover.yaml authoring_verbs, offers) names as the proposal's agent is the one answered, whatever the noun (a truce,
an amnesty, an exchange, not only a proposal noun), so the rejection or acceptance is aimed at X, not at no one.
Negatives: a mediator's participle ("a truce brokered by X": X is no party to it), a participle of no making
("a ceasefire monitored by X"), and a proposal noun with its proposer named. Invented names; end to end with the
real English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a proposal's maker named by a participle of making or offering: the answer's target ---
    ("The Tarsk Front rejected a ceasefire proposed by the Velmar Army on Monday.",
     {("Tarsk Front", "REJECT", "Velmar Army")}, {("Tarsk Front", "REJECT", None)}),
    ("The Tarsk Front rejected an amnesty offered by the Velmar Army.",
     {("Tarsk Front", "REJECT", "Velmar Army")}, {("Tarsk Front", "REJECT", None)}),
    ("The Korvath Union accepted a truce offered by the Tarsk Front last week.",
     {("Korvath Union", "AGREE", "Tarsk Front")}, {("Korvath Union", "AGREE", None)}),
    ("The Tarsk Front turned down a prisoner exchange proposed by the Velmar Army.",
     {("Tarsk Front", "REJECT", "Velmar Army")}, {("Tarsk Front", "REJECT", None)}),
    ("The Tarsk Front rejected the ceasefire terms put forward by the Korvath Union.",
     {("Tarsk Front", "REJECT", "Korvath Union")}, {("Tarsk Front", "REJECT", None)}),
    ("The Velmar Army refused a truce presented by the Tarsk Front at the talks.",
     {("Velmar Army", "REJECT", "Tarsk Front")}, {("Velmar Army", "REJECT", None)}),
    # --- negatives: a mediator, a participle of no making, a proposal noun with its proposer ---
    ("The Tarsk Front accepted a truce brokered by the Korvath Union.",
     set(), {("Tarsk Front", "AGREE", "Korvath Union")}),
    ("The Tarsk Front rejected a ceasefire monitored by the Korvath Union.",
     set(), {("Tarsk Front", "REJECT", "Korvath Union")}),
    ("The Tarsk Front rejected the plan drawn up by the Velmar Army.",
     {("Tarsk Front", "REJECT", "Velmar Army")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eo", events_by_document, assert_events)
