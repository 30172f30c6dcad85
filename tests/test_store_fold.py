"""Resolution as a fold with a key index: successive adds give what a rebuild from scratch gives,
and a new document is resolved by lookups, not by a pass over the store (issue 13)."""
from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from test_store_helpers import doc

from kingmaker.nlp.names import org_name_match, org_probe_keys, person_key, person_keys_match, person_probe_key
from kingmaker.nlp.resolve import link_documents
from kingmaker.store import open_store

ORGS = ["Qowwat brigades", "Quwwat Force", "SDF", "Syrian Democratic Forces", "Republican Guards",
        "Republican Guard Corps", "Amal", "Amal party", "Jaysh al-Tahrir", "Tahrir Army", "Velmar Front",
        "Velmar Front party", "Supreme Council of Orvania", "Islamic Supreme Council of Orvania",
        "Dawn Guard", "Dawn Guards", "the Karsk brigades", "Karsk Movement", "KLM", "Karsk Liberation Movement",
        "al-Sahil Front", "Sahil Front", "Crimson Dawn Party", "Crimson Dawn", "Tolvani Unity List",
        "Unity List", "Marsh Arabs Council", "National Assembly", "Brethren", "Brethrens", "Ostra Corps",
        "Ostra"]
PERSONS = ["Omar al-Haddad", "Haddad", "Mustafa Haddad", "Moustafa Haddad", "Ali Hussein", "Husain",
           "Salem bin Harith", "Harith", "Marek Tolvan", "Tolvan", "Tolvann", "Ida Brask", "Ida Brasko"]


def test_the_probe_keys_find_every_name_that_can_match():
    """The index never misses a candidate: names that match share a lookup key."""
    for a, b in itertools.product(ORGS, repeat=2):
        if org_name_match(a, b):
            assert org_probe_keys(a) & org_probe_keys(b), (a, b)
    for a, b in itertools.product(PERSONS, repeat=2):
        ka, kb = person_key(a), person_key(b)
        if person_keys_match(ka, kb):
            assert person_probe_key(ka) == person_probe_key(kb), (a, b)


def invented() -> list:
    """Documents whose resolution depends on what came before: surnames, acronyms, variants."""
    return [
        doc("f1", "Marek Tolvan leads the Karsk Liberation Movement in Orvania.",
            [("Marek Tolvan", "person"), ("Karsk Liberation Movement", "organization"), ("Orvania", "country")],
            relations=[("L1", "leader_of", "L2")]),
        doc("f2", "Tolvan said the KLM would fight. Orvania agreed.",
            [("Tolvan", "person"), ("KLM", "organization"), ("Orvania", "country")],
            events=[("L2", "FIGHT", "L3")]),
        doc("f3", "Ida Brask and Tolvan met the Velmar Front.",
            [("Ida Brask", "person"), ("Tolvan", "person"), ("Velmar Front", "organization")]),
        doc("f4", "Petra Tolvan joined the Velmar Front party. Brask objected.",
            [("Petra Tolvan", "person"), ("Velmar Front party", "organization"), ("Brask", "person")],
            relations=[("L1", "member_of", "L2")]),
        doc("f5", "Tolvan spoke for the Quwwat Force and the Qowwat brigades.",
            [("Tolvan", "person"), ("Quwwat Force", "organization"), ("Qowwat brigades", "organization")]),
        doc("f6", "The National Assembly of Sylvania met.",
            [("National Assembly", "organization"), ("Sylvania", "country")]),
        doc("f7", "The National Assembly of Orvania met. Orvania voted.",
            [("National Assembly", "organization"), ("Orvania", "country")]),
    ]


def actors_of(store) -> list[tuple]:
    return [(a["id"], a["name"], a["kind"], a["subkind"], tuple(a["aliases"]), tuple(a["documents"]), a["mentions"])
            for a in store.actors()]


def snapshot(store) -> tuple:
    ex = store.snapshot().extraction
    return actors_of(store), sorted(ex.local_map.items())


def test_successive_adds_equal_a_rebuild_and_the_batch(new_store):
    docs = invented()
    one = new_store()
    for d in docs:
        one.add(d)
    rebuilt = new_store()
    for d in docs:
        rebuilt.add(d, resolve=False)
    rebuilt.resolve(full=True)
    assert snapshot(one) == snapshot(rebuilt)
    batch = link_documents(docs)
    assert [(a.id, a.name, a.kind, tuple(a.documents)) for a in batch.actors] == \
        [(i, n, k, d) for i, n, k, _, _, d, _ in actors_of(one)]
    assert sorted(batch.local_map.items()) == snapshot(one)[1]
    # and the fold keeps its rules: a bare surname that fits two full names stays apart
    names = {a[1]: a for a in actors_of(one)}
    assert names["Marek Tolvan"][5] == ("f1", "f2", "f3")  # "Tolvan" before another Tolvan appeared
    assert names["Petra Tolvan"][5] == ("f4",)
    assert "Tolvan" in names and names["Tolvan"][5] == ("f5",)  # by then "Tolvan" fits two people
    assert len([a for a in actors_of(one) if a[1] == "National Assembly"]) == 2  # two states' assemblies


def test_adding_a_document_looks_up_and_does_not_rebuild(new_store, monkeypatch):
    from kingmaker.store.sql import SQLStore

    store = new_store()
    docs = invented()
    store.add(docs[0])

    def no_rebuild(self, prefer=None):
        raise AssertionError("add rebuilt the whole resolution")

    monkeypatch.setattr(SQLStore, "_resolve", no_rebuild)
    for d in docs[1:]:
        store.add(d)
    monkeypatch.undo()
    before = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == before


def test_a_changed_or_removed_document_rebuilds_to_what_adds_give(new_store):
    docs = invented()
    store = new_store()
    for d in docs:
        store.add(d)
    changed = doc("f2", "Tolvan said the Velmar Front would fight.",
                  [("Tolvan", "person"), ("Velmar Front", "organization")])
    store.add(changed)
    store.remove("f6")
    fresh = new_store()
    for d in [docs[0], changed, *docs[2:5], docs[6]]:
        fresh.add(d)
    assert sorted(a[1:] for a in actors_of(store)) == sorted(a[1:] for a in actors_of(fresh))
    store.add(doc("f8", "Tolvan again.", [("Tolvan", "person")]))  # the index is current again
    fresh.add(doc("f8", "Tolvan again.", [("Tolvan", "person")]))
    assert sorted(a[1:] for a in actors_of(store)) == sorted(a[1:] for a in actors_of(fresh))


def test_curation_survives_new_documents(new_store):
    store = new_store()
    docs = invented()
    for d in docs[:4]:
        store.add(d)
    store.merge("Ida Brask", "Petra Tolvan")
    store.add(docs[4])
    store.add(doc("f9", "Petra Tolvan spoke.", [("Petra Tolvan", "person")]))
    ida = store.find_actor("Ida Brask")
    assert "f9" in ida["documents"] and "Petra Tolvan" in ida["aliases"]
    before = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == before


def _texts(folders: list[Path]) -> list[Path]:
    return [f for f in folders if f.is_dir()]


@pytest.mark.model
def test_real_extractions_fold_like_a_rebuild(nlp, examples_dir, tmp_path):
    """Seeds, examples and dev2 (when ../shared is there): adds, a rebuild and the batch agree."""
    from kingmaker import api

    shared = Path(__file__).resolve().parents[2] / "shared"
    folders = _texts([shared / "seeds", examples_dir, shared / "eval" / "dev2" / "texts"])
    docs = list(api.read_documents(folders))
    results = list(api.iter_doc_extractions(docs, nlp))
    with open_store(str(tmp_path / "adds.db")) as one, open_store(str(tmp_path / "rebuilt.db")) as rebuilt:
        for r in results:
            one.add(r)
            rebuilt.add(r, resolve=False)
        rebuilt.resolve(full=True)
        assert snapshot(one) == snapshot(rebuilt)
        batch = link_documents(results)
        assert [(a.id, a.name, a.kind, tuple(a.documents)) for a in batch.actors] == \
            [(i, n, k, d) for i, n, k, _, _, d, _ in actors_of(one)]


def test_a_lone_word_read_as_a_person_before_joins_the_state_it_names(new_store):
    """Order does not decide: "Zarvinia" read as a person in an earlier document is the state a later
    one names, as when the state comes first."""
    person_first = [doc("z1", "Zarvinia said no.", [("Zarvinia", "person")]),
                    doc("z2", "Zarvinia and Orvania signed.", [("Zarvinia", "country"), ("Orvania", "country")])]
    state_first = [person_first[1], doc("z1", "Zarvinia said no.", [("Zarvinia", "person")])]
    for docs in (person_first, state_first):
        store = new_store()
        for d in docs:
            store.add(d)
        zs = [a for a in actors_of(store) if a[1] == "Zarvinia"]
        assert [(a[2], sorted(a[5])) for a in zs] == [("country", ["z1", "z2"])]
        assert [(a.name, a.kind) for a in link_documents(docs).actors if a.name == "Zarvinia"] == \
            [("Zarvinia", "country")]


def test_curation_steps_re_resolve_only_what_they_touch_and_agree_with_a_rebuild(new_store, monkeypatch):
    from kingmaker.store.sql import SQLStore

    store = new_store()
    for d in invented():
        store.add(d)

    def no_rebuild(self, prefer=None):
        raise AssertionError("a curation step rebuilt the whole resolution")

    steps = [lambda s: s.merge("Ida Brask", "Petra Tolvan"), lambda s: s.rename("KLM", "Karsk Front"),
             lambda s: s.add_alias("Velmar Front", "the Velmarists"), lambda s: s.reject_actor("Quwwat Force"),
             lambda s: s.unmerge("Petra Tolvan"), lambda s: s.set_kind("Velmar Front", "person"),
             lambda s: s.undo(), lambda s: s.reject_actor("Quwwat Force", undo=True), lambda s: s.undo()]
    for step in steps:
        monkeypatch.setattr(SQLStore, "_resolve", no_rebuild)
        step(store)
        monkeypatch.undo()
        before = snapshot(store)
        store.resolve(full=True)
        assert snapshot(store) == before
    store.add(doc("f9", "Petra Tolvan and the KLM.", [("Petra Tolvan", "person"), ("KLM", "organization")]))
    before = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == before


def as_schema_4(location: str) -> None:
    """Take a store (SQLite file or PostgreSQL URL) back to schema 4: an actor's documents a JSON
    list in ``actors``."""
    import json
    import re

    from test_store_helpers import raw_connection, undo_schema_8

    from kingmaker.store.schema import migrations

    pg = location.startswith("postgresql://")
    conn = raw_connection(location)
    docs: dict[str, list[str]] = {}
    for actor_id, doc_id in conn.execute("SELECT actor_id, doc_id FROM actor_documents ORDER BY actor_id, seq"
                                         ).fetchall():
        docs.setdefault(actor_id, []).append(doc_id)
    undo_schema_8(conn)  # schema 8 first
    conn.execute("DROP TABLE actor_names")  # then 7
    conn.execute("DELETE FROM meta WHERE key = 'named'")
    for table in ("actor_items", "link_items"):  # then schema 6
        conn.execute(f"DROP TABLE {table}")
    for column in ("n_relations", "n_events", "n_facts"):
        conn.execute(f"ALTER TABLE actors DROP COLUMN {column}")
    conn.execute("DELETE FROM meta WHERE key = 'counted'")
    conn.execute("DROP VIEW actors_v")
    conn.execute("DROP INDEX actors_documents")
    conn.execute("ALTER TABLE actors DROP COLUMN n_documents")
    conn.execute("ALTER TABLE actors ADD COLUMN documents TEXT NOT NULL DEFAULT '[]'")
    mark = "%s" if pg else "?"
    for actor_id, ids in docs.items():
        conn.execute(f"UPDATE actors SET documents = {mark} WHERE id = {mark}", (json.dumps(ids), actor_id))
    conn.execute("DROP TABLE actor_documents")
    view = migrations("postgresql" if pg else "sqlite")[1]
    conn.execute(re.search(r"CREATE VIEW actors_v AS.*?ORDER BY a\.num;", view, re.S).group(0))
    conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 4")
    conn.close()


def test_a_store_from_before_the_actor_documents_table_gets_it_and_keeps_its_ids(new_db):
    from test_store_helpers import raw_connection

    location = new_db()
    with open_store(location) as store:
        for d in invented()[:5]:
            store.add(d)
        store.merge("Ida Brask", "Petra Tolvan")
        before = actors_of(store)
    as_schema_4(location)
    conn = raw_connection(location)
    assert conn.execute("SELECT documents FROM actors WHERE name = 'Marek Tolvan'").fetchall() == [
        ('["f1", "f2", "f3"]',)]
    conn.close()
    with open_store(location) as store:
        assert actors_of(store) == before
        store.add(invented()[5])
        store.add(doc("f9", "Tolvan and Ida Brask met.", [("Marek Tolvan", "person"), ("Ida Brask", "person")]))
        grown = snapshot(store)
        assert "f9" in store.find_actor("Ida Brask")["documents"]
        store.resolve(full=True)
        assert snapshot(store) == grown
    conn = raw_connection(location)
    counted = dict(conn.execute("SELECT id, n_documents FROM actors").fetchall())
    assert counted == dict(conn.execute("SELECT actor_id, COUNT(*) FROM actor_documents GROUP BY actor_id").fetchall())
    ida = conn.execute("SELECT id FROM actors WHERE name = 'Ida Brask'").fetchone()[0]
    assert dict(conn.execute("SELECT name, documents FROM actors_v").fetchall())["Ida Brask"] == counted[ida] > 1
    assert conn.execute("SELECT COUNT(*) FROM actors WHERE id = 'a1'").fetchone()[0] == 1
    conn.close()


def test_a_new_document_appends_rows_and_rewrites_no_list(new_store):
    """An actor that gains a document gets one more row in actor_documents; its count follows."""
    store = new_store()
    docs = invented()
    for d in docs:
        store.add(d)
    orvania = store.find_actor("Orvania")
    store.add(doc("f8", "Orvania and Sylvania signed.", [("Orvania", "country"), ("Sylvania", "country")]))
    after = store.find_actor("Orvania")
    assert after["id"] == orvania["id"] and after["documents"] == [*orvania["documents"], "f8"]
    page = store.actors(order="documents", limit=1)
    assert page[0]["id"] == orvania["id"] and page[0]["documents"] == after["documents"]
    # the page in SQL gives what ordering the whole list gives
    every = store.actors(order="documents")
    for limit, offset in ((2, 0), (3, 2), (4, 5), (50, 0)):
        assert store.actors(order="documents", limit=limit, offset=offset) == every[offset:offset + limit]


def test_a_store_from_before_the_index_gets_it_and_keeps_its_ids(tmp_path):
    import sqlite3

    path = str(tmp_path / "old.db")
    with open_store(path) as store:
        for d in invented()[:5]:
            store.add(d)
        store.merge("Ida Brask", "Petra Tolvan")
        before = actors_of(store)
    as_schema_4(path)
    conn = sqlite3.connect(path, isolation_level=None)  # as schema 3 left it: no resolution index
    for table in ("resolve_actors", "resolve_names", "resolve_lookup", "resolve_members"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM meta WHERE key = 'folded'")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with open_store(path) as store:
        assert actors_of(store) == before
        store.add(invented()[5])
        grown = snapshot(store)
        store.resolve(full=True)
        assert snapshot(store) == grown


def _no_rebuild(monkeypatch):
    from kingmaker.store.sql import SQLStore

    def no_rebuild(self, prefer=None):
        raise AssertionError("the whole resolution was rebuilt")

    monkeypatch.setattr(SQLStore, "_resolve", no_rebuild)


@pytest.mark.parametrize("replacement", [
    # a bare surname now, where two Tolvans are known later: what a rebuild gives, not a later cluster
    doc("f2", "Tolvan said the Velmar Front would fight.", [("Tolvan", "person"), ("Velmar Front", "organization")]),
    # a full name a later document has (f4's Petra Tolvan joins this document's, as in a rebuild)
    doc("f2", "Petra Tolvan and the KLM.", [("Petra Tolvan", "person"), ("KLM", "organization")]),
    # no actors at all any more
    doc("f2", "Nothing to say.", []),
    # the same actors in another order, and a new one
    doc("f2", "Orvania and the KLM; Tolvan; Ida Brask.",
        [("Orvania", "country"), ("KLM", "organization"), ("Tolvan", "person"), ("Ida Brask", "person")]),
])
def test_a_replaced_document_refolds_only_what_it_touched_and_equals_a_rebuild(new_store, monkeypatch, replacement):
    docs = invented()
    store = new_store()
    for d in docs:
        store.add(d)
    _no_rebuild(monkeypatch)
    store.add(replacement)
    monkeypatch.undo()
    refolded = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == refolded
    fresh = new_store()
    for d in [docs[0], replacement, *docs[2:]]:
        fresh.add(d)
    assert sorted(a[1:] for a in actors_of(store)) == sorted(a[1:] for a in actors_of(fresh))


def test_a_removed_document_refolds_only_what_it_touched(new_store, monkeypatch):
    docs = invented()
    store = new_store()
    for d in docs:
        store.add(d)
    store.merge("Ida Brask", "Petra Tolvan")
    _no_rebuild(monkeypatch)
    store.remove("f1")  # Marek Tolvan's first document: "Tolvan" in f2 and f3 now has no full name before it
    monkeypatch.undo()
    refolded = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == refolded
    assert "f1" not in {d for a in actors_of(store) for d in a[5]}


def test_a_replaced_document_not_resolved_yet_is_folded_in_its_place(new_store):
    docs = invented()
    store = new_store()
    for d in docs[:3]:
        store.add(d)
    for d in docs[3:]:
        store.add(d, resolve=False)
    replacement = doc("f5", "Petra Tolvan spoke.", [("Petra Tolvan", "person")])
    store.add(replacement, resolve=False)
    store.resolve()
    incremental = snapshot(store)
    store.resolve(full=True)
    assert snapshot(store) == incremental
    assert store.find_actor("Petra Tolvan")["documents"] == ["f4", "f5"]


def test_may_meet_says_which_actors_a_refold_folds_together():
    from collections import Counter

    from kingmaker.nlp.resolve import GlobalActor, may_meet

    def person(*names):
        return GlobalActor("person", names=Counter(names), keys={"p:" + person_key(n) for n in names})

    def org(*names):
        return GlobalActor("organization", names=Counter(names))

    assert may_meet(person("Marek Tolvan", "Tolvan"), person("Petra Tolvan"))  # "Tolvan" fits both
    assert not may_meet(person("Marek Tolvan"), person("Petra Tolvan"))
    assert not may_meet(person("Ida Brask"), person("Marek Tolvan"))
    assert may_meet(org("Karsk Liberation Movement"), org("KLM"))
    assert not may_meet(org("Velmar Front"), org("Velmar League"))  # one stem, another kind of body
    assert not may_meet(org("Velmar Front"), org("Ostra Corps"))
    assert may_meet(GlobalActor("country", names=Counter(["Zarvinia"])), person("Zarvinia"))


@pytest.mark.model
def test_real_documents_replaced_and_removed_refold_like_a_rebuild(nlp, examples_dir, tmp_path):
    """Seeds, examples and dev2 (when ../shared is there): documents replaced by a shorter version
    (and one removed) in the full store give what a rebuild from all documents gives."""
    from dataclasses import replace as with_

    from kingmaker import api

    shared = Path(__file__).resolve().parents[2] / "shared"
    folders = _texts([shared / "seeds", examples_dir, shared / "eval" / "dev2" / "texts"])
    docs = list(api.read_documents(folders))
    results = list(api.iter_doc_extractions(docs, nlp))
    picks = sorted({len(results) // 4, len(results) // 2, len(results) - 2, 0})
    changed = [with_(results[i].document, text=results[i].document.text[: len(results[i].document.text) // 2])
               for i in picks]
    with open_store(str(tmp_path / "s.db")) as store:
        for r in results:
            store.add(r)
        for r in api.iter_doc_extractions(changed, nlp):
            store.add(r)
        store.remove(results[len(results) // 3].document.id)
        refolded = snapshot(store)
        store.resolve(full=True)
        assert snapshot(store) == refolded


@pytest.mark.parametrize("step", ["add", "replace"])
def test_a_resolution_failure_is_a_store_error_and_leaves_the_store_as_it_was(new_store, monkeypatch, step):
    import kingmaker.nlp.resolve as resolve
    from kingmaker.errors import StoreError

    docs = invented()
    store = new_store()
    for d in docs[:3]:
        store.add(d)
    before = snapshot(store)

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(resolve, "fold_document", broken)
    new = docs[3] if step == "add" else doc("f2", "Tolvan said the Velmar Front would fight.",
                                            [("Tolvan", "person"), ("Velmar Front", "organization")])
    with pytest.raises(StoreError, match="actor resolution failed \\(ValueError: boom\\)"):
        store.add(new)
    monkeypatch.undo()
    assert snapshot(store) == before
