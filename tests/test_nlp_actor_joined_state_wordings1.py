"""States whose name joins two names with "and" ("Trinidad and Tobago", "Saint Vincent and the Grenadines"): the NER
may tag the two halves as two names, or one half with the word after it ("Tobago's prime minister"); the whole name
the gazetteer lists is one state (nlp/actors.py `_joined_state_names`), and the short forms news uses for it
(countries.yaml aliases: "Bosnia", "Trinidad") are the same state. Negatives: two states or two places joined by
"and" stay two, and an invented "A and B" name stays as the other rules read it. Real states, invented people;
end to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, kinds_by_document

pytestmark = pytest.mark.model

C = "country"

# (text, {name: kind the actor must have}, names no actor may bear as its own name)
CASES = [
    ("Trinidad and Tobago's prime minister, Lena Dorsey, backed the naval patrols.",
     {"Trinidad and Tobago": C}, {"Tobago", "Trinidad"}),
    ("At the vote, Antigua and Barbuda sided with the majority, and so did Grenada.",
     {"Antigua and Barbuda": C, "Grenada": C}, {"Antigua", "Barbuda"}),
    ("Bosnia and Herzegovina held local elections in October, the commission said.",
     {"Bosnia and Herzegovina": C}, {"Bosnia", "Herzegovina"}),
    ("The envoy said Bosnia's sovereignty was not in question, and Bosnia's courts would rule.",
     {"Bosnia and Herzegovina": C}, {"Bosnia"}),
    ("Trinidad's foreign minister, Ana Reyes, met her Venezuelan counterpart in Caracas.",
     {"Trinidad and Tobago": C, "Venezuela": C}, {"Trinidad"}),
    ("The Saint Vincent and the Grenadines delegation walked out of the summit.",
     {"Saint Vincent and the Grenadines": C}, {"Saint Vincent", "Grenadines"}),
    ("St Kitts and Nevis abstained, while Dominica voted against the motion.",
     {"Saint Kitts and Nevis": C, "Dominica": C}, {"Nevis"}),
    ("Serbia and Croatia signed a border protocol on Monday.", {"Serbia": C, "Croatia": C},
     {"Serbia and Croatia"}),
]

XFAIL: dict[str, str] = {}


def _check(text: str, want: dict[str, str], absent: set[str], got: dict[str, str]) -> None:
    wrong = {n: got.get(n) for n, k in want.items() if got.get(n) != k}
    wrong |= {n: got.get(n) for n in absent if n in got}
    assert not wrong, (text, wrong, got)


extracted, test_wording = battery(CASES, XFAIL, "js", partial(kinds_by_document, aliases=False), _check, empty=dict)
