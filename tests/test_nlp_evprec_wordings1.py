"""Events with an end missing that are no act on no one: a pact signed by one side with no other side found, and a
request told to a pronoun that names no known actor. A pact binds two sides at least (plover.yaml signing_verbs and
pact_nouns): its other side is named inside the pact's own phrase ("signed a memorandum on grain exports with Y",
pact_partner_preps) or was missed, and "X signed a memorandum on border security" is then no agreement of X with no
one. A request told to "it", "him", "her", "me" or "us" (polarity.addressed_types, addressee_pronouns) is asked of
someone the text names elsewhere, or of the narrator, not of no one. Negatives: pacts with both sides named, a
refusal to sign, an agreement to do something (no pact signed), requests to a named party, calls on the many
("urged people to stay home", "urged all parties ..."), a plural pronoun that stands for named parties, and a
request of no pronoun ("called for an inquiry"). Invented names; end to end with the real English pipeline. A target
of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a pact signed by one side, the other side not found: no event ---
    ("The Velmar Front signed a memorandum on border security on Monday.",
     set(), {("Velmar Front", "AGREE|SUPPORT", None)}),
    ("The Tarsk Party signed a power-sharing pact in 2019, two years after the war.",
     set(), {("Tarsk Party", "AGREE|SUPPORT", None)}),
    ("The Korvath Union signed the treaty in Geneva last week.",
     set(), {("Korvath Union", "AGREE|SUPPORT", None)}),
    ("The Velmar Front inked a water-sharing accord in June, its spokesman said.",
     set(), {("Velmar Front", "AGREE|SUPPORT", None)}),
    # --- the other side named inside the pact's own phrase: the pact's target ---
    ("The Velmar Front signed a memorandum of understanding on grain exports with the Korvath Union on Monday.",
     {("Velmar Front", "AGREE", "Korvath Union")}, {("Velmar Front", "AGREE", None)}),
    # --- negatives: both sides named, a refusal to sign, an agreement to act (no pact signed) ---
    ("The Velmar Front signed a memorandum on border security with the Tarsk Party.",
     {("Velmar Front", "AGREE", "Tarsk Party")}, set()),
    ("The Velmar Front and the Tarsk Party signed a memorandum on energy transit in June.",
     {("Velmar Front", "AGREE~", "Tarsk Party")}, set()),
    ("The Velmar Front refused to sign the accord.", {("Velmar Front", "REJECT", None)}, set()),
    ("Under the accord the Velmar Front agreed to disarm.", {("Velmar Front", "AGREE", None)}, set()),
    # --- a request told to a pronoun that names no known actor: no event ---
    ("The Council of Ostrania renewed the Velmar Mission for a last time, ordering it to leave by the end of 2026.",
     set(), {("Council of Ostrania|Ostrania", "REQUEST", None)}),
    ('"Officers of the Velmar Guard told me to go home," she said.', set(), {("Velmar Guard", "REQUEST", None)}),
    ("The Tarsk Party welcomed the move and invited it to talks on a joint motion of no confidence.",
     set(), {("Tarsk Party", "REQUEST", None)}),
    ("The Velmar Front asked her to withdraw the complaint.", set(), {("Velmar Front", "REQUEST", None)}),
    ("The Velmar Front pressed him to resign before the vote.", set(), {("Velmar Front", "REQUEST", None)}),
    # --- negatives: a named party asked, calls on the many, a plural pronoun for named parties, no pronoun ---
    ("The Velmar Front asked the Tarsk Party to leave the coalition.",
     {("Velmar Front", "REQUEST", "Tarsk Party")}, set()),
    ("The Velmar Front urged people to stay home.", {("Velmar Front", "REQUEST", None)}, set()),
    ("The Velmar Front urged all parties to show restraint.", {("Velmar Front", "REQUEST", None)}, set()),
    ("The Velmar Front and the Tarsk Party traded fire on Monday, and the Korvath Union urged them to show "
     "restraint.", {("Korvath Union", "REQUEST", "Velmar Front")}, set()),
    ("The Velmar Front called for an inquiry into the killings.", {("Velmar Front", "REQUEST", None)}, set()),
    ("The Velmar Front ordered its fighters to hold their positions.", {("Velmar Front", "REQUEST", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ep", events_by_document, assert_events)
