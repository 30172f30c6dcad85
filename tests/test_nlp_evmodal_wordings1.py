"""Cooperative acts offered on a condition set by their own object: a planned act of support, talks or joining
(``would``/``will``, cooperative, not refused) aimed at a party that does not exist yet, "any coalition that kept the
law", "anyone who lays down his weapons", "every candidate who signs the pledge", "any cabinet formed by X" (a free
relative, plover.yaml conditional_subjects, or a noun under a determiner of conditional_determiners narrowed by a
clause of its own: events._conditional_object), is an offer on a condition, as "would send observers if both sides
signed" already was, and no agreement. Negatives: the same offer to a named party (a relative clause that only
describes it), a refusal ("will not back any government that includes X": REJECT), a threat to any who cross the
speaker ("would expel any member who ..."), and a past act on such an object (done, no condition). Invented names;
end to end with the real English pipeline. A target of None in a wanted event means an event with no target; a "*"
matches any party."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

_ANY_AGREE = {("*", "AGREE|SUPPORT", "*"), ("*", "AGREE|SUPPORT", None)}

CASES = [
    # --- a cooperative act offered to whoever meets a condition: no event ---
    ("Dorin Vask said the Tarsk Party would support any coalition that kept the language law.", set(), _ANY_AGREE),
    ("The Korvath Union said it would back every candidate who signs the pledge.", set(), _ANY_AGREE),
    ("Dorin Vask said the Tarsk Party would join any cabinet formed by the Velmar Front.", set(), _ANY_AGREE),
    ("The Velmar Front would endorse any deal that guarantees the vote, its spokesman said.", set(), _ANY_AGREE),
    ("The Tarsk Party said it would cooperate with any government that respects the minority.", set(), _ANY_AGREE),
    ("The Tarsk Party said it would negotiate with any group that renounces violence.", set(), _ANY_AGREE),
    # --- negatives: a named party, a refusal, a threat, a past act ---
    ("Dorin Vask said the Tarsk Party would support the Velmar Front in the vote.",
     {("Tarsk Party", "AGREE", "Velmar Front")}, set()),
    ("The Tarsk Party said it would support the Velmar Front, which kept the language law.",
     {("Tarsk Party", "AGREE", "Velmar Front")}, set()),
    ("The Tarsk Party said it would not back any government that includes the Velmar Front.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Korvath Union said it would expel any member who negotiated with the Velmar Front.",
     {("Korvath Union", "THREATEN", None)}, set()),
    ("The Tarsk Party backed every motion that the Velmar Front tabled last year.",
     {("Tarsk Party", "SUPPORT", None)}, set()),
    # --- found in review: a circumstance of an act on a named party, ones there already are, a thing sent ---
    ("The Tarsk Party said it would send observers to any vote that the Velmar Front organises.",
     {("Tarsk Party", "AGREE", None)}, set()),
    ("Dorin Vask said the Tarsk Party would back the Velmar Front in every vote that matters.",
     {("Tarsk Party", "AGREE", "Velmar Front")}, set()),
    ("The Velmar Front said it would free every prisoner that the army had handed over.",
     {("Velmar Front", "AGREE", None)}, set()),
    ("Vask said the Tarsk Party would hold talks with the Velmar Front on any issue that divides them.",
     {("Tarsk Party", "AGREE", "Velmar Front")}, set()),
    ("The Korvath Union said on Monday it would meet the Velmar Front leaders who signed the truce.",
     {("Korvath Union", "AGREE", "Velmar Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em", events_by_document, assert_events)
