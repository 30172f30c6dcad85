"""False requests from a verb of asking in a sense that asks nothing of anyone named. A defendant's plea in court
(plover.yaml plea_verbs and plea_words, events._court_plea): "pleaded guilty", "pleaded not guilty", "pleads
innocent" is no request. Leave sought for oneself (leave_asking_verbs, events._leave_asked): "ask", "request" or
"beg" with an infinitive of the asker's own and no one asked ("the observers have asked to attend", "asked to see
the minister", "asked to be excused from travelling") is no demand of anyone. Negatives that must stay requests: a
plea with someone ("pleaded with X to spare the village"), an addressee named ("asked X to attend", "asked the court
to annul the results"), a request for something ("asked for a ceasefire"), a request to see a named actor
(audience_verbs: "asked to see X" is asked of X). Invented names; end to end with the real
English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a plea in court: no request ---
    ("At the last hearing Marek Oldan pleaded not guilty.", set(), {("Marek Oldan", "REQUEST", None)}),
    ("Marek Oldan, the Velnian Front commander, pleaded guilty in July and is cooperating with prosecutors.",
     set(), {("Marek Oldan", "REQUEST", None)}),
    ("Ivo Tarskan, a son of the Velnian Front's founder, pleaded guilty in Korvath in March and awaits sentencing.",
     set(), {("Ivo Tarskan", "REQUEST", None)}),
    ("The Velnian Front's treasurer, Ivo Tarskan, pleads innocent.", set(), {("Ivo Tarskan", "REQUEST", None)}),
    # --- leave sought for oneself: no request ---
    ("Observers from the Velnian Union have asked to attend.", set(), {("Velnian Union", "REQUEST", None)}),
    ("The Velnian Front has asked to see the Minister.", set(), {("Velnian Front", "REQUEST", None)}),
    ("The Tarsk Sporting Club asked to be excused from travelling.", set(), {("Tarsk Sporting Club", "REQUEST", None)}),
    ("Delegates of the Korvath Union requested to address the assembly.", set(), {("Korvath Union", "REQUEST", None)}),
    # --- negatives: a plea with someone, an addressee named, a request for something ---
    ("The Velnian Front pleaded with the Tarsk Army to spare the village.",
     {("Velnian Front", "REQUEST", "Tarsk Army")}, set()),
    ("The Velnian Front asked the Tarsk Party to attend.", {("Velnian Front", "REQUEST", "Tarsk Party")}, set()),
    ("The Velnian Front asked the Tarsk Party to withdraw its fighters.",
     {("Velnian Front", "REQUEST", "Tarsk Party")}, set()),
    ("The Velnian Front asked for a ceasefire.", {("Velnian Front", "REQUEST", None)}, set()),
    ("The Velnian Front has asked to see Marek Oldan.", {("Velnian Front", "REQUEST", "Marek Oldan")}, set()),
    ("The Velnian Front asked the court to annul the results.", {("Velnian Front", "REQUEST", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp2", events_by_document, assert_events)
