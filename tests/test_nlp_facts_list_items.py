"""A list item that labels a body and describes it before its count ("- X (XP): ruling party; 88 of 140 seats"):
the count is the labelled body's (invented sentences, real English pipeline)."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document

pytestmark = pytest.mark.model

CASES = [
    ("KEY PLAYERS\n- Civic Renewal Party (CRP): ruling party of President Ana Velko; 88 of 140 seats in the "
     "National Assembly.\n- Tarsk Front: banned.", ("Civic Renewal Party", "seats", 88)),
    ("Parties\n- Farmers' League: junior partner in the coalition, some 21 seats.\n- Tarsk Front: banned.",
     ("Farmers' League", "seats", 21)),
    ("Armed groups\n- Kesh People's Army (KPA): ethnic insurgency, est. 3,500 fighters. Leader: Hamid Pelmor.",
     ("Kesh People's Army", "troops", 3500)),
    ("Armed groups\n* Black Hills Brigade: pro-government militia based in Kolvar; about 7,000 fighters.",
     ("Black Hills Brigade", "troops", 7000)),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "l")


@pytest.mark.parametrize("i", range(len(CASES)))
def test_a_list_items_count_is_its_labelled_bodys(extracted, i):
    assert CASES[i][1] in extracted.get(f"l{i:03d}", set()), extracted.get(f"l{i:03d}")


def test_a_count_told_in_a_clause_of_its_own_action_is_not_the_labels():
    got = facts_by_document(["Incidents\n- Tarsk Front: ambushed a convoy near Kolvar, killing 4 soldiers."], "k")
    assert not any(name == "Tarsk Front" for name, _, _ in got.get("k000", set())), got
