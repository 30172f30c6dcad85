"""An act in an "until", "once" or "before" clause told in the past tense of reported speech, hung on an act yet to
come ("said it would keep fighting until X withdrew", "would release the hostages once X released its fighters"),
on an infinitive ("urged the speaker to postpone the vote until X reached a deal") or on a verb that governs one
("refused to sign until X withdrew"), is a condition not yet met: no event (the present-tense "until they
receive" is handled already). Negatives: the same marks after a past act, whose clause tells what happened ("fought
on until X withdrew in 2019", "kept its fighters in the hills until X withdrew"), and the main act itself. Invented
names; end to end with the real English pipeline. A target of None in a wanted or unwanted event means an event
with no target; a "*" target also matches an event with a target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a condition of an act yet to come, told in the past: no event ---
    ("The Tarsk Front said it would keep fighting until the Velmar Army withdrew from the valley.",
     {("Tarsk Front", "THREATEN", None)}, {("Velmar Army", "RETREAT", "*")}),
    ("The Tarsk Front said it would release the hostages once the Velmar Army released its fighters.",
     set(), {("Velmar Army", "RETREAT", "*")}),
    ("Arno Vess urged the speaker to postpone the vote until the Tarsk Front reached a deal with the Velmar Party.",
     set(), {("Tarsk Front", "AGREE", "*")}),
    ("The Tarsk Front refused to sign the accord until the Velmar Army withdrew its troops.",
     {("Tarsk Front", "REJECT", None)}, {("Velmar Army", "RETREAT", "*")}),
    ("The Korvath Union said it would not lift the blockade before the Velmar Army released the detainees.",
     set(), {("Velmar Army", "RETREAT", "*")}),
    # --- negatives: the clause after a past act tells what happened ---
    ("The Tarsk Front fought on until the Velmar Army withdrew from the valley in 2019.",
     {("Velmar Army", "RETREAT", None)}, set()),
    ("The Tarsk Front kept its fighters in the hills until the Velmar Army withdrew its troops in 2019.",
     {("Velmar Army", "RETREAT", None)}, set()),
    # --- negatives: the clause under an infinitive of a verb that is no plan, wish, demand or refusal ---
    ("The Tarsk Front continued to shell the town until the Velmar Army attacked it in May.",
     {("Velmar Army", "ASSAULT", None)}, set()),
    ("The Tarsk Front began to shell the valley before the Velmar Army attacked its camps in 2019.",
     {("Velmar Army", "ASSAULT", "Tarsk Front")}, set()),
    ("The Tarsk Front managed to hold the town until the Velmar Army stormed it in March.",
     {("Velmar Army", "ASSAULT", None)}, set()),
    # --- a plan or a demand all the same ---
    ("The Tarsk Front vowed to fight on until the Velmar Army withdrew from the valley.",
     set(), {("Velmar Army", "RETREAT", "*")}),
    ("The Tarsk Front asked the Korvath Union to mediate once the Velmar Army withdrew.",
     {("Tarsk Front", "REQUEST", "Korvath Union")}, {("Velmar Army", "RETREAT", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eu", events_by_document, assert_events_any_target)
