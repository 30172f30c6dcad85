"""A list item that labels a body and describes it before its count ("- X (XP): ruling party; 88 of 140 seats"):
the count is the labelled body's (invented sentences, real English pipeline)."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

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
    # "approx." is an approximator like "about"
    ("Armed forces\n\n- Marvel Border Corps: approx. 9,500 troops\n- Tesk Legion: estimated 2,000 fighters; "
     "commander Ivo Kresh",
     ("Marvel Border Corps", "troops", 9500)),
    # "63 of 120 seats in the Sejm": the house named by "the" (a bare house noun) has the total
    ("Who governs\n\n- Velnian Revival Party: 52 of 103 seats in the Diet\n- Civic Union: 40 seats\n",
     ("Diet", "seats", 103)),
    ("The Velnian Revival Party has 63 of 120 seats in the Diet; the Civic Union has 40.",
     ("Diet", "seats", 120)),
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


# a list item that names a party in its first sentence and gives its fields as sentences of their own; a sum of
# counts after "=" is nobody's holding
INLINE = [
    ("RESULTS BY PARTY\n- Karvel Unity Party (KUP). Leader: Mira Dostal. Seats won: 38 (previous: 32, change: +6). "
     "Vote share: 39.8%.\n- Independents and others. Seats won: 6.", {("Karvel Unity Party", "seats", 38)}),
    ("Results\n- Ostravian Labour Front. Chair: Tomas Vendrel. Seats: 21. Votes: 120,400.",
     {("Ostravian Labour Front", "seats", 21)}),
    ("Parties\n- Dunmere Green League (DGL); leader: Anton Lisk; seats won: 14; vote share: 12%.",
     {("Dunmere Green League", "seats", 14)}),
    ("The Karvel Unity Party won 38 seats and the Ostravian Labour Front 11.\n"
     "Scenario 1: KUP (38) + OLF (11) = 49 seats. Status: rejected.",
     {("Karvel Unity Party", "seats", 38), ("Ostravian Labour Front", "seats", 11)}),
]


@pytest.fixture(scope="module")
def inline():
    return facts_by_document([text for text, _ in INLINE], "f")


@pytest.mark.parametrize("i", range(len(INLINE)))
def test_a_list_items_fields_in_sentences_are_its_named_partys(inline, i):
    assert inline.get(f"f{i:03d}", set()) == INLINE[i][1], INLINE[i][0]
