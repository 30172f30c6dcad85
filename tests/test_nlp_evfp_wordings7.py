"""The organiser of a protest protests, in either voice: "call" or "organise" with a protest noun (plover.yaml PROTEST
"call|organise|organize protest|march|rally|strike|..."): "the march was called by X" is X's protest, no request
of anyone; "X has organised ... the meeting of protest" is no meeting (CONSULT). A verb of labelling that labels the protest instead
(events._label_not_call: a label after the object, "called the protests 'an internal matter'", or the protest word
only a modifier, "called the strikes murder") is no protest. Negatives: a call for a march stays a request, a strike
called off stays a concession, labels stay no protest. Invented names; end to end with the real English pipeline. A
target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the one who called or organised the protest protests ---
    ("The march was called by the opposition Velnian Front and by students' unions.",
     {("Velnian Front", "PROTEST", None)}, {("Velnian Front", "REQUEST", None)}),
    ("The protests were called by the Tarsk Party, whose leader was detained.",
     {("Tarsk Party", "PROTEST", None)}, {("Tarsk Party", "REQUEST", None)}),
    ("The strike had been called by the Korvath Dockers' Union.", {("Korvath Dockers' Union", "PROTEST", None)}, set()),
    ("The Velnian Front has organised in the centre of the capital the meeting of protest with about 3,000 people.",
     {("Velnian Front", "PROTEST", None)}, {("Velnian Front", "CONSULT", None)}),
    # --- negatives: a call for a march, a strike called off, a label ---
    ("The Velnian Front called for a march on parliament.", {("Velnian Front", "REQUEST", None)},
     {("Velnian Front", "PROTEST", None)}),
    ("The Velnian Front called off the strike.", {("Velnian Front", "CONCEDE", None)}, {("Velnian Front", "PROTEST", None)}),
    ('The Tarsk Party called the protests "an internal matter".', set(), {("Tarsk Party", "PROTEST", None)}),
    ('The Korvath Union calls the protests "an attempted coup".', set(), {("Korvath Union", "PROTEST", None)}),
    ("The Velnian Front called a general strike for Monday.", {("Velnian Front", "PROTEST", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp7", events_by_document, assert_events)
