"""False refusals read from a status not granted so far. A negated perfect of a standing status (plover.yaml
withheld_when_perfect, events._withheld_status): "X has not recognised Y", "has never recognised the region's
independence", "had not recognised the court" tell a recognition that has not happened (a negated SUPPORT), not a
refusal (REJECT). Negatives that must stay refusals: a negated simple past ("did not recognise the result"), a
resolve about the future ("will not recognise the outcome"), a present stance ("does not recognise the
government"), an explicit refusal ("has refused to recognise"), and the negated perfect of an act that is no status
("has not accepted the offer"). Invented names; end to end with the real English pipeline; a negated event's type is
marked "!"."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_marked_by_document

pytestmark = pytest.mark.model

_V = "KORVATH, May 3 - Velnia's parliament sat on Monday. "

CASES = [
    # --- a status not granted so far: a negated recognition, no refusal ---
    (_V + "Velnia has not recognised Tarskia either and keeps close ties with Kestria.",
     {("Velnia", "SUPPORT!", "*")}, {("Velnia", "REJECT", "*")}),
    (_V + "As of this week, Kestria has not formally recognised Tarskia.",
     {("Kestria", "SUPPORT!", "*")}, {("Kestria", "REJECT", "*")}),
    (_V + "Kestria says 900 of its soldiers are based in Tarskia, although Kestria has never recognised Tarskia.",
     {("Kestria", "SUPPORT!", "*")}, {("Kestria", "REJECT", "*")}),
    (_V + "The Tarsk Front has not recognised Ana Brel, the new president, and its fighters stay in the hills.",
     set(), {("Tarsk Front", "REJECT", "Ana Brel")}),
    (_V + "Kestria had never recognised the Velnian court when the ruling came.",
     set(), {("Kestria", "REJECT", "*")}),
    # --- negatives: refusals stay REJECT ---
    (_V + "Kestria did not recognise the result of the vote in Velnia.", {("Kestria", "REJECT", None)}, set()),
    (_V + "The Tarsk Party said it will not recognise the result.", {("Tarsk Party", "REJECT", None)}, set()),
    (_V + "The Tarsk Front said in a statement that it does not recognise the government in Skarveth.",
     {("Tarsk Front", "REJECT", "*")}, set()),
    (_V + "Kestria has refused to recognise the new government in Skarveth.", {("Kestria", "REJECT", "*")}, set()),
    (_V + "The Tarsk Party has not accepted the government's offer of talks.",
     {("Tarsk Party", "REJECT", "*")}, set()),
    # --- negative: recognition granted is support ---
    (_V + "Kestria has recognised Tarskia.", {("Kestria", "SUPPORT", "*")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp10", events_marked_by_document, assert_events)
