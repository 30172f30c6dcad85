"""Seat counts held "of its" whole where "its" is the house named before it (facts._its_house): a holding verb's
subject holds a part "of its" whole, and the nearest body named before "its" other than that subject is a house, in
the sentence or in the one before it in the paragraph ("The Assembly reopened. X dominates it, holding 44 of its 79
seats", "X commands the Congress with 70 of its 120 seats", "The Senate was suspended. X had held 33 of its 60
seats"): the part is the holder's, the whole the house's size. Negatives: "its" naming the party a person's seat is in
("X, whose leader Y holds one of its four seats"), a place's share ("12 of its 40 seats in the capital"), a holding
that gave way ("had held 33 of its 60 seats before": the house's size stands, no holding), a projection, a denial,
and a loss ("lost 12 of its 40 seats": the party's own whole). The bodies and people are invented; end to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"

CASES = [
    # --- "its" whole: the house named before it ---
    ("The Lakeside Assembly reopened on Monday. The Tarn Party dominates it, holding 44 of its 79 seats.",
     {("Lakeside Assembly", S, 79), ("Tarn Party", S, 44)}),
    ("The Orvan Senate was suspended in March. The Green League had held 33 of its 60 seats.",
     {("Orvan Senate", S, 60), ("Green League", S, 33)}),
    ("The People's Front commands the Velmar Congress with 70 of its 120 seats.",
     {("Velmar Congress", S, 120), ("People's Front", S, 70)}),
    # --- "its" naming another body, or a whole that is no house's ---
    ("The Velmar Congress met on Monday. The small Green League, whose leader Ana Veli holds one of its four seats, "
     "called for talks.", {("Green League", S, 4)}),
    ("The Velmar Congress met on Monday. The Green League holds 12 of its 40 seats in the capital.",
     {("Green League", S, 40)}),
    ("The Velmar Congress met on Monday. The Green League lost 12 of its 40 seats.", {("Green League", S, 28)}),
    # --- a holding not told as one ---
    ("The Velmar Congress met on Monday. The Green League had held 33 of its 60 seats before.",
     {("Velmar Congress", S, 60)}),
    ("The Velmar Congress met on Monday. A poll says the Green League could control 33 of its 60 seats.", set()),
    ("The Velmar Congress met on Monday. The Green League did not hold 33 of its 60 seats.", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts)
