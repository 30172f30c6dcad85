"""A count after a comma behind a verb's object describes that object when the subject holds no seats (invented
sentences, real English pipeline)."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

CASES = [
    ("Marek Dolan built the Sovereign Front into the largest bloc, with 37 seats.",
     ("Sovereign Front", "seats", 37), "Marek Dolan"),
    ("The Iron Legion also courted the Civic Union Party, the second-largest force in parliament, with 34 of the "
     "120 seats.", ("Civic Union Party", "seats", 34), "Iron Legion"),
    ("President Ana Velko turned the National Renewal Party into a machine, with 88 seats in the assembly.",
     ("National Renewal Party", "seats", 88), "Ana Velko"),
    ("The Black Hills Brigade financed the Farmers' League, the main rural party, with 21 seats.",
     ("Farmers' League", "seats", 21), "Black Hills Brigade"),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _, _ in CASES], "o")


@pytest.mark.parametrize("i", range(len(CASES)))
def test_the_count_is_the_described_partys(extracted, i):
    _, want, subject = CASES[i]
    got = extracted.get(f"o{i:03d}", set())
    assert want in got, got
    assert not any(name == subject for name, _, _ in got), got


def test_a_winner_keeps_its_own_count():
    got = facts_by_document(["The Free Party beat the Labour Union in the election, with 40 seats."], "w")
    assert ("Free Party", "seats", 40) in got.get("w000", set())
