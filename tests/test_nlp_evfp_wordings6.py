"""A passive the parser misreads when the tokenizer splits a prefixed participle at its hyphen: "X was re-elected"
("was", "re", "-", "elected": the participle read as the copula's complement, events._split_prefixed_participle).
The copula's subject is the one elected, not the doer: an election with no one named electing is no act between
actors (SUPPORT needs a source); the agent, when told, elects ("was re-elected by the Assembly"). Negatives: an
active election keeps its elector; a re-election with support told keeps its backer. Invented names; end to end with
the real English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the one re-elected is no source ---
    ("Tomas Velnik was re-elected last year.", set(), {("Tomas Velnik", "SUPPORT", None)}),
    ("President Marek Oldan, a former army chief, was re-elected on 29 June 2024 with about 56 per cent of the vote.",
     set(), {("Marek Oldan", "SUPPORT", None)}),
    ("Ivo Tarskan, the Velnian Front's founder, was re-elected in 2021.", set(), {("Ivo Tarskan", "SUPPORT", None)}),
    # --- negatives: the agent or a backer elects ---
    ("Marek Oldan was re-elected by the Velnian Assembly in May.", {("Velnian Assembly", "SUPPORT", "*")}, set()),
    ("Marek Oldan was re-elected with the support of the Velnian Front.", {("Velnian Front", "SUPPORT", "*")}, set()),
    ("The Korvath Assembly elected Ivo Tarskan as speaker.", {("Korvath Assembly", "SUPPORT", "Ivo Tarskan")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp6", events_by_document, assert_events)
