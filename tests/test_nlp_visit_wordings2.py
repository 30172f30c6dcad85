"""An event noun that did not come about: the subject of a negated "take place" (plover.yaml happening_phrases), read
as a negated verb with no object is ("the raids never occurred", ``_denied_happening``): "X's visit to Y never took
place", "the talks between A and B did not take place" tell no CONSULT. Negatives: the same told as having taken
place, a plain visit, a meeting that went ahead. Invented names; end to end with the real English pipeline (negated
events are left out of the extracted sets; the negatives name other actors, as one run merges a negated and a plain
event of the same actors)."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- did not take place: no event ---
    ("Ivo Brandt's visit to Tarsia never took place.", set(), {("Ivo Brandt", "CONSULT", "Tarsia")}),
    ("The talks between Tarsia and Ostria did not take place.", set(), {("Tarsia", "CONSULT~", "Ostria")}),
    ("A meeting between Ivo Brandt and Aldo Mirek did not take place, his office said.",
     set(), {("Ivo Brandt", "CONSULT~", "Aldo Mirek")}),
    ("Lena Korvo's trip to Tarsia has not taken place.", set(), {("Lena Korvo", "CONSULT", "Tarsia")}),
    # --- negatives: it took place, a plain visit, a meeting that went ahead ---
    ("Piet Zandor's visit to Tarsia took place in May.", {("Piet Zandor", "CONSULT", "Tarsia")}, set()),
    ("The talks between the Velmar Front and the Korvath Union took place in Geneva.",
     {("Velmar Front", "CONSULT~", "Korvath Union")}, set()),
    ("Marta Velin visited Tarsia in May.", {("Marta Velin", "CONSULT", "Tarsia")}, set()),
    ("A meeting between Jonas Kell and Rina Dost went ahead on Monday.",
     {("Jonas Kell", "CONSULT~", "Rina Dost")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "vt", events_by_document, assert_events)
