"""Curation on the store: kinds kept through merge and split, unmerge, alias remove, kind,
reject-actor, the decision log and undo; every decision lasts across later ingests.
Every test runs on SQLite and on PostgreSQL (conftest.py)."""
from __future__ import annotations

import pytest
from test_store_helpers import corpus, doc

from kingmaker.errors import StoreError
from kingmaker.model import Actor


@pytest.fixture
def store(fresh_store):
    s = fresh_store
    for d in corpus():
        s.add(d)
    party = doc("d4", "The Popular Union (PU) backs Ann Jones.", [("Popular Union", "organization"),
                                                                  ("Ann Jones", "person")],
                relations=[("L1", "backs", "L2")])
    party.actors[0] = Actor("L1", "Popular Union", "organization", "party", ["PU"], ["d4"], 2)
    s.add(party)
    return s


def names(store):
    return {a["name"]: a for a in store.actors()}


def test_merge_of_different_kinds_needs_force(store):
    with pytest.raises(StoreError, match="'Ann Jones' is a person and 'Popular Union' an organization.*--force"):
        store.merge("Ann Jones", "Popular Union")
    assert "Popular Union" in names(store) and store.decisions() == []


def test_split_restores_the_merged_actors_kind_and_aliases(store):
    merged = store.merge("Ann Jones", "Popular Union", force=True)
    assert merged["kind"] == "person" and {"Popular Union", "PU"} <= set(merged["aliases"])
    back = store.split("Ann Jones", "Popular Union")
    assert (back["kind"], back["subkind"], back["aliases"]) == ("organization", "party", ["PU"])
    assert "PU" not in names(store)["Ann Jones"]["aliases"]
    entry = next(e for e in store.user_dictionary() if e["name"] == "Popular Union")
    assert (entry["kind"], entry["aliases"]) == ("organization", ["PU"])
    store.add(doc("d5", "Popular Union won.", [("Popular Union", "organization")]))  # lasts
    assert names(store)["Popular Union"]["documents"] == ["d4", "d5"]


def test_split_gives_the_merge_target_its_own_subkind_back(fresh_store):
    s = fresh_store
    militia = doc("m1", "The Coast Guards and the Sea Wolves.", [("Coast Guards", "organization"),
                                                                 ("Sea Wolves", "organization")])
    militia.actors[1] = Actor("L2", "Sea Wolves", "organization", "armed_group", [], ["m1"], 1)
    s.add(militia)
    assert s.merge("Coast Guards", "Sea Wolves")["subkind"] == "armed_group"  # lent by the merged one
    s.split("Coast Guards", "Sea Wolves")
    assert {a["name"]: a["subkind"] for a in s.actors()} == {"Coast Guards": None, "Sea Wolves": "armed_group"}


def test_split_of_a_machine_alias_takes_the_kind_the_documents_read(store):
    # no merge in the log (e.g. a store curated by an older kingmaker): the documents decide
    store.merge("Ann Jones", "Popular Union", force=True)
    drop = {"sqlite": "json_remove(args, '$.merged_actor')", "postgresql": "(args::jsonb - 'merged_actor')::text"}
    store._conn.execute(f"UPDATE decisions SET args = {drop[store.dialect]}")
    assert store.split("Ann Jones", "Popular Union")["kind"] == "organization"


def test_unmerge_takes_back_one_earlier_merge_and_keeps_later_steps(store):
    union_id = store.find_actor("Popular Union")["id"]
    store.merge("Ann Jones", "Popular Union", force=True)
    store.merge("Unity Party", "Reform Front")
    store.add_alias("Ann Jones", "Madam Jones")
    back = store.unmerge("Popular Union")
    assert (back["id"], back["kind"], back["aliases"]) == (union_id, "organization", ["PU"])
    actors = names(store)
    assert "Madam Jones" in actors["Ann Jones"]["aliases"] and "Reform Front" in actors["Unity Party"]["aliases"]
    assert "Popular Union" not in actors["Ann Jones"]["aliases"]
    store.add(doc("d5", "Ann Jones of the Popular Union spoke.", [("Ann Jones", "person"),
                                                                  ("Popular Union", "organization")]))
    assert names(store)["Popular Union"]["documents"] == ["d4", "d5"]  # the unmerge lasts
    step = next(d["step"] for d in store.decisions() if d["action"] == "merge" and d["merged"] == "Reform Front")
    assert store.unmerge(str(step))["name"] == "Reform Front"
    with pytest.raises(StoreError, match="not part of another actor"):
        store.unmerge("Popular Union")
    with pytest.raises(StoreError, match="no merge of 'Sylvania'"):
        store.unmerge("Sylvania")


def test_log_and_undo(store):
    before = store.actors()
    store.merge("Unity Party", "Reform Front")
    store.rename("John Smith", "Johnny Smith")
    rid = store.relations(type="backs")[0]["id"]
    store.reject(rid)
    log = store.decisions()
    assert [d["action"] for d in log] == ["merge", "rename", "reject"] and not any(d["undone"] for d in log)
    assert store.undo()["action"] == "reject" and rid in {r["id"] for r in store.relations()}
    assert store.undo()["action"] == "rename" and "John Smith" in names(store)
    assert store.undo()["action"] == "merge"
    assert store.actors() == before and store.user_dictionary() == []
    assert [d["undone"] for d in store.decisions()] == [True, True, True]
    with pytest.raises(StoreError, match="nothing to undo"):
        store.undo()


def test_kind_lasts_across_ingests(store):
    a = store.set_kind("Sylvania", "organization")
    assert a["kind"] == "organization" and a["curated"]
    store.add(doc("d5", "Sylvania mobilised.", [("Sylvania", "country")]))
    assert names(store)["Sylvania"]["kind"] == "organization"
    assert names(store)["Sylvania"]["documents"] == ["d3", "d5"]
    assert store.user_dictionary()[0]["kind"] == "organization"
    with pytest.raises(StoreError, match="already a organization|already an organization|already a"):
        store.set_kind("Sylvania", "organization")
    with pytest.raises(StoreError, match="expected one of"):
        store.set_kind("Sylvania", "planet")


def test_reject_actor_hides_it_and_its_items_across_ingests(store):
    assert any(r["source_name"] == "Freedonia" for r in store.relations())
    r = store.reject_actor("Freedonia")
    assert r["rejected"] and "Freedonia" not in names(store)
    assert not any("Freedonia" in (x["source_name"], x["target_name"]) for x in store.relations())
    store.add(doc("d5", "Freedonia backs the Unity Party.", [("Freedonia", "country"), ("Unity Party", "organization")],
                  relations=[("L1", "backs", "L2")]))
    assert "Freedonia" not in names(store)
    assert [r["source_name"] for r in store.relations(type="backs")] == ["Popular Union"]
    assert store.user_dictionary() == []  # a rejected actor is not exported as an actor
    store.reject_actor("Freedonia", undo=True)
    assert names(store)["Freedonia"]["documents"] == ["d1", "d3", "d5"]
    assert [r["source_name"] for r in store.relations(type="backs")] == ["Freedonia", "Popular Union", "Freedonia"]


def test_alias_remove(store):
    store.add_alias("Freedonia", "the Republic")
    assert store.remove_alias("Freedonia", "the Republic")["aliases"] == []
    # a name the machine joined: documents naming it alone get an actor of their own, and it lasts
    smith = store.remove_alias("John Smith", "Smith")
    assert smith["name"] == "John Smith" and smith["aliases"] == [] and smith["documents"] == ["d1"]
    assert names(store)["Smith"]["kind"] == "person"
    store.add(doc("d5", "Smith spoke.", [("Smith", "person")]))
    assert names(store)["Smith"]["documents"] == ["d2", "d5"]
    with pytest.raises(StoreError, match="not an alias"):
        store.remove_alias("John Smith", "Smith")
    assert [d["action"] for d in store.decisions()][-2:] == ["alias-remove", "alias-remove"]


def test_decisions_survive_reextraction(store):
    store.merge("Ann Jones", "Popular Union", force=True)
    store.set_kind("Sylvania", "organization")
    store.reject_actor("Freedonia")
    for d in corpus():
        store.add(d, force=True)
    actors = names(store)
    assert "Popular Union" in actors["Ann Jones"]["aliases"] and actors["Sylvania"]["kind"] == "organization"
    assert "Freedonia" not in actors
