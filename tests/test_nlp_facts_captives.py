"""Soldiers counted as captives or dead after 'the detention / release / kidnapping / killing of' are no strength
(invented sentences, real English pipeline)."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

TEXTS = [
    "Guterres condemned the continued detention of 59 UN personnel by the rebels.",
    "Aid workers welcomed the release of 40 Kesh soldiers held since March.",
    "The arrest of 30 Tarsk Front fighters angered the group.",
    "The kidnapping of 14 Kesh soldiers near the border shocked the capital.",
    "The killing of 20 Tarsk Front fighters in the raid was confirmed on Monday.",
]


def test_captives_and_dead_are_no_strength():
    got = facts_by_document(TEXTS, "c")
    assert not any(key == "troops" for facts in got.values() for _, key, _ in facts), got


def test_a_force_of_n_is_still_a_strength():
    got = facts_by_document(["The Tarsk Front, a force of 7,000 fighters, took the town."], "s")
    assert ("Tarsk Front", "troops", 7000) in got.get("s000", set())
