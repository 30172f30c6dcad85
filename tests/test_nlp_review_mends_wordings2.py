"""Review mends of the rules for events with an end missing (tests/test_nlp_evprec_wordings1.py): wordings near
theirs that those rules misread. A signed pact's other side is looked for down the pact's own phrase of prepositions
(and through a clause of its making, plover.yaml pact_making_verbs), not inside a clause that tells what the pact
does ("an accord that cut its ties with Y": no pact with Y). "it" is the one told (addressee_pronouns_when_told)
only when told to do something (an active to-infinitive or a told_to_preps phrase), not the thing asked for
("demanded it", "requested it in writing", "asked it to be repealed"); told so in a clause a body reports, it is
that body ("X said Y had asked it to join"). "me" inside a quotation is the quoted person, "us" the person's body
even when named after the quotation. Invented names; end to end with the real English pipeline. A target of None in
a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a "with" inside a clause that tells what the pact does names no signer ---
    ("The Velmar Front signed an accord that cut its ties with the Tarsk Party.",
     set(), {("Velmar Front", "AGREE|SUPPORT", "Tarsk Party")}),
    ("The Velmar Front signed a treaty banning trade with the Tarsk Party.",
     set(), {("Velmar Front", "AGREE|SUPPORT", "Tarsk Party")}),
    ("The Velmar Front signed an agreement to end its cooperation with the Tarsk Party.",
     set(), {("Velmar Front", "AGREE|SUPPORT", "Tarsk Party")}),
    ("The Velmar Front signed a pact that bars any alliance with the Tarsk Party.",
     set(), {("Velmar Front", "AGREE|SUPPORT", "Tarsk Party")}),
    ("The Velmar Front signed a memorandum aimed at curbing contacts with the Tarsk Party.",
     set(), {("Velmar Front", "AGREE|SUPPORT", "Tarsk Party")}),
    # --- the other side down the pact's phrase, or in a clause of its making ---
    ("The Velmar Front signed the accord, which it had negotiated with the Tarsk Party for two years.",
     {("Velmar Front", "AGREE", "Tarsk Party")}, set()),
    ("The Velmar Front signed a memorandum on cooperation with the Tarsk Party.",
     {("Velmar Front", "AGREE", "Tarsk Party")}, set()),
    ("The Velmar Front signed a pact on security at talks with the Tarsk Party.",
     {("Velmar Front", "AGREE", "Tarsk Party")}, set()),
    # --- "it" the thing asked for: the request with no target stays ---
    ("The Velmar Front demanded a recount. The Tarsk Party also demanded it.",
     {("Tarsk Party", "REQUEST", None)}, set()),
    ("The Velmar Front rejected the plan, but the Tarsk Party requested it on Monday.",
     {("Tarsk Party", "REQUEST", None)}, set()),
    ("The Velmar Front urged restraint, and the Tarsk Party urged it too.", {("Tarsk Party", "REQUEST", None)}, set()),
    ("The Velmar Front requested it in writing.", {("Velmar Front", "REQUEST", None)}, set()),
    ("Velmar's parliament passed the bill and the Tarsk Party asked it to be repealed.",
     {("Tarsk Party", "REQUEST", None)}, set()),
    ("The Velmar Front urged it to be done quickly.", {("Velmar Front", "REQUEST", None)}, set()),
    # --- "it" told to do something in a clause a body reports: that body ---
    ("The Tarsk Party said the Velmar Front had asked it to join the government.",
     {("Velmar Front", "REQUEST", "Tarsk Party")}, set()),
    ("The Korvath Union said the Velmar Front had ordered it to withdraw its troops.",
     {("Velmar Front", "REQUEST", "Korvath Union")}, set()),
    # --- negatives: "it" outside reported speech, or told by another after the report ---
    ("The Korvath Union met on Monday. The Tarsk Party set up a committee and ordered it to report by June.",
     set(), {("Tarsk Party", "REQUEST", "Korvath Union")}),
    ("The Tarsk Party said it had asked the Velmar Front to leave, but the Korvath Union urged it to stay.",
     {("Tarsk Party", "REQUEST", "Velmar Front")}, {("Korvath Union", "REQUEST", "Tarsk Party")}),
    # --- "me" and "us" in a quotation: the quoted person, the person's body ---
    ('"The Velmar Front asked me to stay on as mediator," Mirek Hallo said.',
     {("Velmar Front", "REQUEST", "Mirek Hallo")}, set()),
    ('"The Tarsk Party has urged us to join the coalition," said Mirek Hallo, leader of the Velmar Front.',
     {("Tarsk Party", "REQUEST", "Velmar Front")}, set()),
    ('"The Velmar Front asked us to join," said Mirek Hallo.', set(), {("Velmar Front", "REQUEST", "Mirek Hallo")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rb", events_by_document, assert_events)
