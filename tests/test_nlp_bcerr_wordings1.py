"""A pact signed on a visit, its partner left unnamed: the host (``events._visited_signing_partner``). "X visited Y
and signed a fisheries agreement", "X paid a state visit to Y and signed three agreements" (plover.yaml signing_verbs,
pact_nouns): the pact's other side is the state visited, as "X signed an agreement with Y" tells. Negatives: a
signing denied or still to come, a pact that names its own partner, another signer in the second clause, a thing
signed that is no pact. Invented names; end to end with the real English pipeline (negated events are left out of
the extracted sets; the negatives name other actors, as one run merges a negated and a plain event of the same
actors)."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

A = "AGREE"

CASES = [
    # --- a visit, then a pact with no partner named: the host ---
    ("Keltsar's foreign minister, Anja Pernau, visited Ombrel in May and signed a fisheries agreement.",
     {("Anja Pernau", A, "Ombrel")}, set()),
    ("Keltsar's president, Orlin Saveth, paid a state visit to Ombrel in June and signed three agreements on roads.",
     {("Orlin Saveth", A, "Ombrel")}, set()),
    ("Lusvik's trade minister, Bela Ostrik, visited Ombrel last week and signed a memorandum on ports.",
     {("Bela Ostrik", A, "Ombrel")}, set()),
    # --- negatives: denied, still to come, its own partner, another signer, no pact ---
    ("Lusvik's president, Teo Gravin, visited Ombrel in March but did not sign a trade agreement.",
     set(), {("Teo Gravin", A, "Ombrel")}),
    ("Keltsar's defence minister, Ivo Sarnek, visited Ombrel and will sign a security pact next year.",
     set(), {("Ivo Sarnek", A, "Ombrel")}),
    ("Lusvik's finance minister, Kasia Velde, visited Ombrel and signed a loan agreement with Keltsar.",
     {("Kasia Velde", A, "Keltsar")}, {("Kasia Velde", A, "Ombrel")}),
    ("Keltsar's labour minister, Dara Moltke, visited Ombrel, and Lusvik's envoy signed a trade agreement.",
     set(), {("Dara Moltke", A, "Ombrel")}),
    ("Lusvik's culture minister, Elin Haraszt, visited Ombrel and signed the visitors' book.",
     set(), {("Elin Haraszt", A, "Ombrel")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "bce", events_by_document, assert_events)
