"""Who an answer to a charge is aimed at when the charge and the answer share one sentence. "X accused Accra of
arming the rebels; Ghana rejected the accusation": the target read from the answered noun ("the accusation") was the
one the charge names, which is the answering side itself under another name (a capital for its state), so the
answer was left with no target. An answer is never aimed at its own author: it goes to the charge's maker
(events._answers_itself, _answered_proposals). Positives: a capital in the charge and the state's name in the answer
(and the other way round), several answered nouns (accusation, charge, allegation) and verbs (rejected, dismissed).
Negatives: a negated answer (no answer emitted as made), a rejection by a party the charge does not name (never its
own target), a rejection with its own named party (left as it was). Invented people and bodies, real states and
capitals (a capital must be known to stand for its state); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

R = "REJECT"

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- the charge names the answering side by its capital, the answer by its name (or the other way round) ---
    (_HOME + "Ivo Brandt, the Amber League's leader, accused Accra of arming the rebels; Ghana rejected the "
             "accusation.", {("Ghana", R, "Ivo Brandt")}, {("Ghana", R, "Ghana")}),
    (_HOME + "The Amber League accuses neighbouring Ghana of sheltering its commanders; Accra rejects the charge.",
     {("Ghana", R, "Amber League")}, {("Ghana", R, "Ghana")}),
    (_HOME + "Tessaly's foreign ministry accused Lusaka of shelling border villages; Zambia dismissed the "
             "allegation as absurd.", {("Zambia", R, "Tessaly")}, {("Zambia", R, "Zambia")}),
    # --- guards: the same answer in the next sentence or clause, as read before ---
    (_HOME + "The Amber League accused Nairobi of lying; Kenya has denied the charge.",
     {("Kenya", R, "Amber League")}, set()),
    (_HOME + "The Amber League accused Nairobi of lying, and Kenya rejected the accusation on Tuesday.",
     {("Kenya", R, "Amber League")}, set()),
    # --- negatives: a negated answer, an answer by a party not charged, an answer with its own party ---
    (_HOME + "The Amber League accused Nairobi of lying; Kenya has not rejected the accusation.", set(),
     {("Kenya", R, "Amber League"), ("Kenya", R, "Kenya")}),
    (_HOME + "The Amber League accused Nairobi of lying; Ghana rejected the accusation.", set(),
     {("Ghana", R, "Ghana")}),
    (_HOME + "The Amber League accused Nairobi of lying; Kenya rejected the Amber League's demand for talks.",
     {("Kenya", R, "Amber League")}, {("Kenya", R, "Kenya")}),
]


XFAIL: dict[str, str] = {}


extracted, test_the_answer_goes_to_the_charge_maker = battery(CASES, XFAIL, "evtarget2b_", events_each, check_found)
