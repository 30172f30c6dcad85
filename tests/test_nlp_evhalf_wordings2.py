"""A body's officers named by its short name are that body's: "Guard officers detained X" where the Morvel Guard was
named before, as "Front fighters" are the Front's (relations.yaml body_agent_nouns, PhraseResolver.definite), where
the event had no source. Negatives: a short name two bodies share, a negated detention, officers of a body named by
no short name of one. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_event_notarget_wordings import assert_events
from test_nlp_events_blind_wordings import events_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

CASES = [
    # --- a body's officers named by its short name ---
    ("The Morvel Guard answers to President Tomas Ivel. On Monday Guard officers detained Dara Quin at his home.",
     {("Morvel Guard", "COERCE", "Dara Quin")}, set()),
    ("The Hasvik Front holds the valley. Front officers arrested Mara Tellen, a member of the Free Dawn Party.",
     {("Hasvik Front", "COERCE", "Mara Tellen")}, set()),
    ("The Hasvik Front holds the valley. On Friday Front officers seized the offices of the Free Dawn Party.",
     {("Hasvik Front", "COERCE", "Free Dawn Party")}, set()),
    # --- negatives: a short name two bodies share, a negation, another body's officers ---
    ("The Morvel Guard and the Norsk Guard patrol the border. On Monday Guard officers detained Dara Quin at his "
     "home.", set(), {("Morvel Guard|Norsk Guard", "COERCE", "Dara Quin")}),
    ("The Morvel Guard answers to President Tomas Ivel. Guard officers did not detain Dara Quin.",
     set(), {("Morvel Guard", "COERCE", "Dara Quin")}),
    ("The Hasvik Front holds the valley. Army officers arrested Mara Tellen, a member of the Free Dawn Party.",
     set(), {("Hasvik Front", "COERCE", "Mara Tellen")}),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return events_by_document([text for text, _, _ in CASES], "ei")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "ei"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"ei{i:03d}", set())
    assert_events(text, present, absent, got)
