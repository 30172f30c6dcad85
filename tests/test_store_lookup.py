"""The one actor lookup in SQL (schema 7, ``actor_names``): the same answers as the Python
reference (``kingmaker.lookup``) on SQLite and PostgreSQL, kept through every curation step, and
filled for a store from schema 6."""
from __future__ import annotations

import json

import pytest
from test_store_helpers import corpus, doc, raw_connection, undo_schema_8

from kingmaker.errors import StoreError
from kingmaker.lookup import LEVELS, fold, level_hits, match_actors
from kingmaker.store import open_store


def accented():
    return [
        doc("d4", "Unión Cívica and Jan O'Dell-Varo met. The Civic Union_Front split.",
            [("Unión Cívica", "organization"), ("Jan O'Dell-Varo", "person"), ("Civic Union_Front", "organization")],
            relations=[("L2", "leader_of", "L1")], date="2020-04-01"),
        doc("d5", "Marta 100% Reyes joined the Unión Cívica.",
            [("Marta 100% Reyes", "person"), ("Unión Cívica", "organization")],
            relations=[("L1", "member_of", "L2")], date="2020-05-01"),
    ]


QUERIES = ["a1", "a3", "Unity Party", "unity party", "UNIÓN CÍVICA", "union civica", "Unión Cívica", "civ",
           "o'dell varo", "O’Dell-Varo", "smith", "Smith", "union", "100%", "%", "_", "union_front", "UF",
           "Bloc of the Union", "bloc of the union", "nobody at all", "", "  Freedonia  ", "e"]


def candidates(store):
    return [(a["id"], a["name"], a["aliases"]) for a in store._all_actors()]


def expected_names(store) -> set[tuple]:
    out = set()
    for actor_id, name, aliases in candidates(store):
        out.add((actor_id, 0, name, fold(name)))
        out.update((actor_id, 1, a, fold(a)) for a in aliases)
    return out


def kept_names(store) -> set[tuple]:
    return {tuple(r) for r in store._conn.execute("SELECT actor_id, alias, label, folded FROM actor_names")}


def same_as_python(store) -> None:
    assert store._named()
    assert kept_names(store) == expected_names(store)
    actors = candidates(store)
    for q in QUERIES:
        assert store.lookup_actors(q)[1] == match_actors(q, actors), q
        part = level_hits("part", q, actors) if fold(q) else [a[0] for a in actors]
        assert [a["id"] for a in store.actors(search=q)] == part, q
        assert store.count("actors", search=q) == len(part), q
        assert [a["id"] for a in store.actors(search=q, limit=1, offset=1)] == part[1:2], q


def test_lookup_levels_match_the_python_reference(new_store):
    store = new_store()
    for d in [*corpus(), *accented()]:
        store.add(d)
    store.add_alias("Unión Cívica", "UC")
    store.add_alias("Unity Party", "Bloc of the Union")
    same_as_python(store)
    actors = candidates(store)
    for q in QUERIES:  # each level on its own, as the reference runs it
        for level in LEVELS:
            assert store.lookup_actors(q, levels=[level])[1] == level_hits(level, q, actors), (q, level)
    assert store.lookup_actors("bloc of the union")[0] == "folded alias"
    assert store.lookup_actors("civ", limit=1)[1] == match_actors("civ", actors)[:1]
    assert store.find_actor("union civica")["name"] == "Unión Cívica"
    with pytest.raises(StoreError, match="matches 3 actors"):
        store.find_actor("union")
    with pytest.raises(StoreError, match="did you mean Unity Party"):
        store.find_actor("Unity Partyy")


def test_the_names_follow_every_write(new_store):
    store = new_store()
    for d in [*corpus(), *accented()]:
        store.add(d)
        same_as_python(store)
    steps = [
        lambda: store.merge("Unity Party", "Reform Front"),
        lambda: store.undo(),
        lambda: store.add_alias("Jan O'Dell-Varo", "Ann Jones"),  # members move between actors
        lambda: store.rename("Unión Cívica", "Civic Union Party"),
        lambda: store.split("Jan O'Dell-Varo", "Ann Jones"),
        lambda: store.undo(),
        lambda: store.reject_actor("Freedonia"),
        lambda: store.reject_actor("Freedonia", undo=True),
        lambda: store.remove("d5"),
        lambda: store.resolve(full=True),
    ]
    for step in steps:
        step()
        same_as_python(store)
    assert store.find_actor("civic union party")["id"] == store.find_actor("Civic Union Party")["id"]


def test_a_store_from_schema_6_gets_its_names(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *accented()]:
            store.add(d)
        store.add_alias("Unión Cívica", "UC")
        before = kept_names(store)
    pg = path.startswith("postgresql://")
    conn = raw_connection(path)
    undo_schema_8(conn)
    conn.execute("DROP TABLE actor_names")
    conn.execute("DELETE FROM meta WHERE key = 'named'")
    conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 6")
    conn.close()
    with pytest.raises(StoreError, match="schema 6 needs an upgrade"):
        open_store(path, readonly=True)
    with open_store(path) as store:  # a writer upgrades and fills the names once
        assert kept_names(store) == before
        same_as_python(store)
        assert store.find_actor("uc")["name"] == "Unión Cívica"


def test_a_reader_without_names_falls_back_to_python(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *accented()]:
            store.add(d)
    conn = raw_connection(path)
    conn.execute("DELETE FROM actor_names")
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'named'")
    conn.close()
    with open_store(path, readonly=True) as reader:
        assert not reader._named()
        actors = candidates(reader)
        for q in QUERIES:
            assert reader.lookup_actors(q)[1] == match_actors(q, actors), q
            part = level_hits("part", q, actors) if fold(q) else [a[0] for a in actors]
            assert [a["id"] for a in reader.actors(search=q)] == part, q
            assert reader.count("actors", search=q) == len(part), q


def test_cli_and_web_search_use_the_store_lookup(new_db):
    from starlette.testclient import TestClient
    from test_store_helpers import run, store_with

    from kingmaker.web.app import create_app

    db = store_with(new_db, [*corpus(), *accented()])
    rows = json.loads(run("actors", "--db", db, "--search", "UNION civ", "--format", "json").stdout)
    assert [a["name"] for a in rows] == ["Unión Cívica"]
    with open_store(db, readonly=True) as store:
        client = TestClient(create_app(store, refresh_seconds=0), base_url="http://127.0.0.1")
        got = client.get("/api/actors", params={"q": "unión"}).json()
        names = {a["name"] for a in (got["actors"] if isinstance(got, dict) else got)}
        assert names == {"Unión Cívica", "Civic Union_Front"}


def tricky():
    """Invented names for the trigram index: accents, apostrophes, quotes, case, LIKE's wildcards."""
    return [
        doc("t1", "Zoë D'Arcy-Vélez met the \"Free\" Mørk Alliance.",
            [("Zoë D'Arcy-Vélez", "person"), ("\"Free\" Mørk Alliance", "organization")],
            relations=[("L1", "member_of", "L2")], date="2021-01-01"),
        doc("t2", "ARCY Holdings and the Vel Front 50%_Bloc met.",
            [("ARCY Holdings", "organization"), ("Vel Front 50%_Bloc", "organization")],
            relations=[("L1", "allied_with", "L2")], date="2021-02-01"),
    ]


TRICKY = ["arc", "ARCY", "d'arcy", "D’Arcy", "arcy-vel", "vélez", "velez", "zoe", "zoë", "\"free\"", "free\"",
          "mørk", "mork", "50%_", "%_b", "0%", "ve", "z", "ë", "'", "\"", "vel front 50", "alliance x", "lliance",
          "a l", " vel ", "\\", "a\\b"]


def test_part_level_through_the_trigram_index_gives_the_scan_answers(new_store):
    store = new_store()
    for d in [*corpus(), *accented(), *tricky()]:
        store.add(d)
    store.add_alias("Zoë D'Arcy-Vélez", "Zed \"the Arc\" Vélez")
    actors = candidates(store)
    for q in QUERIES + TRICKY:
        part = level_hits("part", q, actors) if fold(q) else [a[0] for a in actors]
        assert store.lookup_actors(q, levels=["part"])[1] == level_hits("part", q, actors), q
        assert [a["id"] for a in store.actors(search=q)] == part, q
        assert store.count("actors", search=q) == len(part), q
    if store.dialect == "sqlite":  # a query of 3 characters or more reads the index, a shorter one scans
        assert store._has_trigram()
        for q, indexed in (("arcy", True), ("d'arcy-vel", True), ("ve", False), ("z", False)):
            cond, params = store._level_where("part", q)
            plan = " ".join(r[3] for r in store._conn.execute(
                f"EXPLAIN QUERY PLAN SELECT a.id FROM actors a WHERE {cond}", params))
            assert ("actor_names_tri" in plan) == indexed, (q, plan)
    elif store._conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").fetchone():
        assert store._conn.execute("SELECT 1 FROM pg_indexes WHERE indexname = 'actor_names_trigram'").fetchone()


def test_the_trigram_index_follows_every_write(new_store):
    store = new_store()
    for d in [*corpus(), *tricky()]:
        store.add(d)
    store.add_alias("ARCY Holdings", "Quillon Trust")
    assert store.lookup_actors("quillon", levels=["part"])[1] == [store.find_actor("ARCY Holdings")["id"]]
    store.rename("ARCY Holdings", "Brannoch Holdings")
    store.remove("d1")
    store.remove_alias("Brannoch Holdings", "Quillon Trust")
    actors = candidates(store)
    for q in ["quillon", "brannoch", "arcy", "holdings", "unity", "alliance"]:
        assert store.lookup_actors(q, levels=["part"])[1] == level_hits("part", q, actors), q
    assert store.lookup_actors("quillon", levels=["part"])[1] == []
    if store.dialect == "sqlite":  # the index holds exactly the kept names (else an error)
        store._conn.execute("INSERT INTO actor_names_tri (actor_names_tri) VALUES ('integrity-check')")


def test_an_sqlite_without_the_trigram_tokenizer_keeps_the_scan(tmp_path, monkeypatch):
    from kingmaker.store import schema

    monkeypatch.setitem(schema.OPTIONAL, 12, {"sqlite": "CREATE VIRTUAL TABLE actor_names_tri USING "
                                                        "fts5(folded, tokenize='no_such_tokenizer');"})
    path = str(tmp_path / "old.db")
    with open_store(path) as store:
        for d in [*corpus(), *tricky()]:
            store.add(d)
        assert not store._has_trigram()
        actors = candidates(store)
        for q in TRICKY:
            assert store.lookup_actors(q, levels=["part"])[1] == level_hits("part", q, actors), q
    conn = raw_connection(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'actor_names_tri%'").fetchall()
