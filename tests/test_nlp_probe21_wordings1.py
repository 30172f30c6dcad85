"""Events told in passing as the object of a relative clause with no relative word, the way non-news documents give
the background of a delay or a price ("the 2024 sanctions the Union imposed on X", "following the export ban Y
imposed on Z", "the accord X signed with Y"): the noun the clause follows is the object of its verb
(events._contact_object_clause), and the verb the tagger reads as a participle though it has a subject of its own
("imposed" tagged VBN) is a simple past, no present description (events._past_misread_participle). A blockade or
siege placed or put on someone is coercion (plover.yaml COERCE "place|put blockade|siege|curfew >on"), and the
adjectives of small states that countryinfo lacks name their state ("Comorian ships", "Surinamese police").

Negatives: a negated or hypothetical clause, a noun no entry reads ("the fees X imposed on Y"), a clause whose
verb has an object of its own, a reduced passive with no subject.

Same conventions as tests/test_nlp_event_sanction_wordings1.py: "A|B" either name, "*" any end. Real states and
invented people and parties; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    ("Lot 9 prices reflect the 2024 sanctions the European Union imposed on the Tembwe Front.",
     {("European Union", "SANCTION", "Tembwe Front")}, set()),
    ("Parcels go by road now, following the export ban Kenya imposed on Uganda in March.",
     {("Kenya", "COERCE", "Uganda")}, set()),
    ("Freight rates still follow the accord Ghana signed with Togo in 2019.",
     {("Ghana", "AGREE", "Togo")}, set()),
    ("Our order book suffered from the sanctions Canada placed on Orlanne Kisu, the Vessaro Union's treasurer.",
     {("Canada", "SANCTION", "Orlanne Kisu")}, set()),
    ("The harvest was delayed by the fuel blockade that Ethiopia placed on Eritrea last year.",
     {("Ethiopia", "COERCE", "Eritrea")}, set()),
    ("Tanzania put a blockade on the Vessaro Union's port in May.",
     {("Tanzania", "COERCE", "Vessaro Union")}, set()),
    # the adjective of a small state countryinfo lacks (knowledge/data/countries.yaml aliases): its state acts or is
    # acted upon
    ("Madagascar placed a fuel blockade on Comorian ships in 2024.", {("Madagascar", "COERCE", "Comoros")}, set()),
    ("PARAMARIBO, May 3 - Surinamese police detained Dalmo Marquine, a Vessaro Union organiser, in May.",
     {("Suriname|Suriname police", "COERCE", "Dalmo Marquine")}, set()),
    ("Maldivian coastguards seized an Indian trawler last week.", {("Maldives|Maldives coast guard", "COERCE", "*")},
     set()),
    # negatives
    ("Buyers asked about the sanctions Kenya did not impose on Uganda.", set(), {("Kenya", "SANCTION|COERCE", "Uganda")}),
    ("Traders fear the sanctions Kenya would impose on Uganda if the talks fail.", set(),
     {("Kenya", "SANCTION", "Uganda")}),
    ("Prices reflect the fees the Vessaro Union imposed on Uganda's truckers.", set(),
     {("Vessaro Union", "SANCTION|COERCE", "*")}),
    ("Prices rose in the week Kenya praised Uganda.", set(), {("Kenya", "SANCTION|COERCE", "*")}),
    ("Prices reflect the sanctions imposed on Dalmo Marquine.", set(), {("*", "SANCTION", "Orlanne Kisu")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pr21", events_by_document, check_events)
