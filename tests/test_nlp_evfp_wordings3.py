"""A death told by the wounds it came of: the subject of "died" (plover.yaml victim_verbs) is the victim of the act
named in a participle on the wounds ("died of wounds sustained in Turkish drone strikes", "died from injuries
suffered in Russian shelling", events._victim_hit), so the attack's author is the source, no longer an attack by no
one. Negatives: wounds of no attack ("sustained in a car crash") keep the bare death with no author; a natural
death ("died of a heart attack") is no event. Invented names for the victims; end to end with the real English
pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the attack named on the wounds: its author strikes the dead ---
    ("Velnian Front commander Ivo Tarskan died of wounds sustained in a Turkish drone strike last week.",
     {("Turkey", "ASSAULT", "Ivo Tarskan")}, set()),
    ("Ivo Tarskan died from injuries suffered in Russian shelling.", {("Russia", "ASSAULT", "Ivo Tarskan")}, set()),
    ("Ivo Tarskan, a Velnian Front commander, died of wounds sustained in Israeli strikes.",
     {("Israel", "ASSAULT", "Ivo Tarskan")}, set()),
    # --- negatives: wounds of no attack, a natural death ---
    ("Ivo Tarskan died in hospital of wounds sustained in a car crash.",
     set(), {("Turkey|Russia|Israel", "ASSAULT", "Ivo Tarskan")}),
    ("Ivo Tarskan died of a heart attack.", set(), {("*", "ASSAULT", "Ivo Tarskan")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp3", events_by_document, assert_events)
