"""Aid told as ended is no backing (relations._giving): "X stopped sending weapons to Y", "X has ceased supplying arms
to Y" (the giving verb a gerund under a verb of word_lists.ending_verbs), "X no longer sends weapons to Y". Guards: aid
still given ("X sends weapons to Y", "X continued sending weapons to Y") is backing. Invented names; end to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"
HD = {("Hungary", B, "Dolman Front")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("Hungary stopped sending weapons to the Dolman Front after the election.", set(), HD),
    ("Hungary has stopped supplying arms to the Dolman Front.", set(), HD),
    ("Hungary ceased providing money to the Dolman Front in 2020.", set(), HD),
    ("Hungary no longer sends weapons to the Dolman Front.", set(), HD),
    ("Hungary halted sending drones to the Dolman Front last year.", set(), HD),
    ("Hungary sends weapons to the Dolman Front.", HD, set()),
    ("Hungary continued sending weapons to the Dolman Front despite the embargo.", HD, set()),
    ("Hungary has supplied arms to the Dolman Front since 2019.", HD, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "b5", relations_by_document, check_ties)
