"""Concessions told as other acts. An apology is a verbal concession to the one wronged (plover.yaml CONCEDE
"apologise"), no praise (SUPPORT): "apologised to the Senate for the first account"; an apology to a country's
people (population_acts) is no act toward the state. A contest's loser giving way is a concession, not an agreement: "accept" or "acknowledge" with a result, an outcome
or a defeat (plover.yaml CONCEDE "accept|acknowledge result|outcome|defeat") is CONCEDE, not the plain "accept" of
AGREE ("accepted the offer"). Negatives: a refusal to accept the result and an outcome never accepted stay refusals
(REJECT, refused_when_negated); an offer or an invitation accepted stays an agreement. Invented names; end to end with
the real English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a result, an outcome or a defeat accepted: a concession ---
    ("Marek Oldan accepted the result.", {("Marek Oldan", "CONCEDE", None)}, {("Marek Oldan", "AGREE", None)}),
    ("The Tarsk Party acknowledged defeat on Monday night.",
     {("Tarsk Party", "CONCEDE", None)}, {("Tarsk Party", "AGREE", None)}),
    ("After the recount the Velnian Front accepted the outcome of the vote.",
     {("Velnian Front", "CONCEDE", None)}, {("Velnian Front", "AGREE", None)}),
    # --- an apology: a concession to the one wronged ---
    ("The police chief, Tovi Arkum, apologised to the Velnian Senate for the police's first account.",
     {("Tovi Arkum", "CONCEDE", "Velnian Senate")}, {("Tovi Arkum", "SUPPORT", "Velnian Senate")}),
    ("The Korvath Union's chairman, Ivo Tarskan, apologised on video.",
     {("Ivo Tarskan", "CONCEDE", None)}, {("Ivo Tarskan", "SUPPORT", None)}),
    # --- negatives: thanks stay support; an apology to a country's people is no act toward the state ---
    ("The Korvath Union thanked the Velnian Senate for its help.",
     {("Korvath Union", "SUPPORT", "Velnian Senate")}, set()),
    ("Tomas Berg said: I apologise to the Peruvian people.", set(), {("Tomas Berg", "CONCEDE|SUPPORT", "Peru")}),
    # --- negatives: a refusal stays one, an offer accepted stays an agreement ---
    ("The Velnian Front has never accepted the outcome.", {("Velnian Front", "REJECT", None)}, set()),
    ("Ivo Tarskan refused to accept the result.", {("Ivo Tarskan", "REJECT", None)}, set()),
    ("The Velnian Front accepted the offer of the Tarsk Party.",
     {("Velnian Front", "AGREE", "Tarsk Party")}, {("Velnian Front", "CONCEDE", "Tarsk Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp5", events_by_document, assert_events)
