"""Troop counts that did not (yet) happen, told through a force noun: a force, contingent, brigade or mission "of N
troops" that is the object of a verb of intention, need or asking ("plans a force of 300 men", "proposed a
contingent of 500 soldiers", "needs a force of 300 men", "requested a brigade of 2,000 troops") is wanted, not held,
like the bare count under those verbs ("wants 5,000 fighters", facts.yaml intent_verbs, threshold_words,
request_verbs). The development gold counts a commitment or an act told in the future ("agreed to send", "will
deploy") and leaves out an intention ("plans to raise the number to 10,000"); the same force held, sent, kept, led,
fielded or pledged stays, and so does the clause's own force under an intention ("wants its force of 300 men home").
A condition opened by its auxiliary before
its subject ("Should X win 40 seats, ...", "Had X sent 500 troops, ...", events._inverted_condition) is not asserted,
like one opened by "if". Negatives: negation, a plan to send, a statement with "had"/"should" in it. The states and places are invented; end to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

pytestmark = pytest.mark.model

T = "troops"
Z = "Zarvia"
S = "seats"
B = "Blue Unity Party"
# a sentence stating seats before the one read (a story about seats), with its own holding
H = "The Green League holds 30 seats in the Morland parliament. "
HELD = ("Green League", S, 30)

CASES = [
    # --- a force of N men wanted: intention, proposal, deliberation, need, request ---
    ("The Republic of Zarvia plans a force of 300 men to guard the Oskel pass.", set()),
    ("The Republic of Zarvia wants a force of 300 men to guard the Oskel pass.", set()),
    ("Zarvia proposed a force of 500 troops for Morland.", set()),
    ("The Republic of Zarvia proposed a contingent of 500 soldiers for the Morland mission.", set()),
    ("The Republic of Zarvia is weighing a contingent of 400 soldiers for Morland.", set()),
    ("The Republic of Zarvia seeks a force of 600 troops for the Morland mission.", set()),
    ("The Republic of Zarvia discussed a mission of 1,000 peacekeepers with Morland.", set()),
    ("The Republic of Zarvia needs a force of 300 men to guard the Oskel pass.", set()),
    ("The Republic of Zarvia requested a brigade of 2,000 troops from its allies.", set()),
    ("The Republic of Zarvia asked for a battalion of 700 soldiers from its allies.", set()),
    # --- the bare count under the same frames (already read so) ---
    ("The Republic of Zarvia plans to send a force of 300 men to Morland.", set()),
    ("The Republic of Zarvia offered to deploy 500 troops to Morland.", set()),
    ("The Republic of Zarvia is considering sending 500 troops to Morland.", set()),
    ("The Republic of Zarvia did not send a force of 300 men to Morland.", set()),
    ("The Republic of Zarvia refused to send 500 troops to Morland.", set()),
    # --- a force held, sent, kept, led, fielded, pledged or promised: it stays ---
    ("The Republic of Zarvia has a force of 300 men guarding the Oskel pass.", {(Z, T, 300)}),
    ("The Republic of Zarvia sent a force of 300 men to guard the Oskel pass.", {(Z, T, 300)}),
    ("The Republic of Zarvia deployed a contingent of 500 soldiers to the Morland mission.", {(Z, T, 500)}),
    ("The Republic of Zarvia keeps a garrison of 800 troops in Morland.", {(Z, T, 800)}),
    ("The Republic of Zarvia leads a force of 300 men in Morland.", {(Z, T, 300)}),
    ("The Republic of Zarvia fields an army of 9,000 soldiers.", {(Z, T, 9000)}),
    ("The Republic of Zarvia has pledged a force of 300 men to guard the Oskel pass.", {(Z, T, 300)}),
    ("The Republic of Zarvia agreed to send a force of 300 men to Morland.", {(Z, T, 300)}),
    ("The Republic of Zarvia will send a force of 300 men to Morland.", {(Z, T, 300)}),
    ("The Republic of Zarvia now has 300 troops in Morland.", {(Z, T, 300)}),
    # --- its own force under an intention: held ---
    ("The Republic of Zarvia wants its force of 300 men home by May.", {(Z, T, 300)}),
    # --- a condition opened by its auxiliary before the subject ("Should X win 40 seats, ..."): not asserted ---
    (H + "Should the Blue Unity Party win 40 seats, it will govern alone.", {HELD}),
    (H + "Should the Blue Unity Party take 40 seats, it will govern alone.", {HELD}),
    (H + "Had the Blue Unity Party won 40 seats, it would have governed alone.", {HELD}),
    (H + "If the Blue Unity Party wins 40 seats, it will govern alone.", {HELD}),
    (H + "Should Zarvia send 500 troops to Morland, the talks will fail.", {HELD}),
    (H + "Had Zarvia sent 500 troops, the town would not have fallen.", {HELD}),
    # ... the same auxiliaries in a statement, or a condition elsewhere in the text: the count stands
    (H + "After the Blue Unity Party won 40 seats, it governed alone.", {HELD, (B, S, 40)}),
    (H + "Should the talks fail, Zarvia says, the Blue Unity Party still won 40 seats.", {HELD, (B, S, 40)}),
    (H + "Zarvia had sent 500 troops to Morland before the truce.", {HELD, (Z, T, 500)}),
    (H + "The Blue Unity Party won 40 seats, and should it keep them, it will govern alone.", {HELD, (B, S, 40)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "t", facts_by_document, assert_facts_force_apart)
