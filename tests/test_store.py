"""The store on hand-built extractions: ingest, resolution, queries, curation, files.

Every test taking ``fresh_store``, ``store``, ``new_store`` or ``new_db`` runs on SQLite and on
PostgreSQL (see conftest.py)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest
from test_store_helpers import corpus, doc, raw_connection

from kingmaker.errors import StoreError
from kingmaker.schema import validate_extraction
from kingmaker.store import open_store
from kingmaker.store.schema import SCHEMA_VERSION


@pytest.fixture
def store(fresh_store):
    for d in corpus():
        fresh_store.add(d)
    return fresh_store


def names(store):
    return {a["name"]: a for a in store.actors()}


def test_add_reports_status_and_counts(fresh_store):
    d1, d2, d3 = corpus()
    assert fresh_store.add(d1) == "new"
    assert fresh_store.add(d1) == "unchanged"
    assert fresh_store.add(d2) == "new"
    assert fresh_store.add(d3) == "new"
    assert fresh_store.stats() == {"documents": 3, "actors": 6, "relations": 4, "events": 3, "facts": 1,
                                   "rejected": 0, "curated": 0}


def test_actor_resolution_spans_the_store(store):
    actors = names(store)
    smith = actors["John Smith"]
    assert smith["aliases"] == ["Smith"] and smith["documents"] == ["d1", "d2"]
    assert "Smith" not in actors
    assert actors["Freedonia"]["documents"] == ["d1", "d3"]


def test_queries_carry_evidence(store):
    rel = store.relations(type="backs")[0]
    assert (rel["source_name"], rel["type"], rel["target_name"]) == ("Freedonia", "backs", "Unity Party")
    assert rel["evidence"].startswith("John Smith leads") and (rel["start"], rel["document"]) == (0, "d1")
    assert [r["type"] for r in store.relations(actor="Smith")] == ["leader_of"]
    ev = store.events(type="ACCUSE")[0]
    assert (ev["source_name"], ev["target_name"], ev["date"], ev["event_date"]) == \
        ("Ann Jones", "John Smith", "2020-02-10", "2020-02-10")
    consult = store.events(type="CONSULT")[0]
    assert consult["date"] == "2020-02-11" and consult["event_date"] is None  # the document's date
    assert store.facts()[0]["value"] == 40


def test_events_since_until(store):
    assert [e["type"] for e in store.events(since="2020-02-11")] == ["CONSULT", "THREATEN"]
    assert [e["type"] for e in store.events(until="2020-02")] == ["CONSULT", "ACCUSE"]
    assert [e["type"] for e in store.events(since="2020-03", until="2020")] == ["THREATEN"]
    with pytest.raises(StoreError, match="--since 'March': expected YYYY"):
        store.events(since="March")


def test_actor_profile(store):
    p = store.actor("john smith")
    assert [r["type"] for r in p["ties_out"]] == ["leader_of"]
    assert [e["type"] for e in p["events"]] == ["ACCUSE", "CONSULT"]  # by date
    assert [d["id"] for d in p["documents"]] == ["d1", "d2"]
    party = store.actor("Unity Party")
    assert {r["type"] for r in party["ties_in"]} == {"leader_of", "backs", "opposes"}
    assert party["facts"][0]["evidence"]


def test_find_actor_errors_name_close_matches(store):
    with pytest.raises(StoreError, match="did you mean Unity Party"):
        store.find_actor("Unity Partey")
    with pytest.raises(StoreError, match="matches 2 actors"):
        store.find_actor("ia")  # Freedonia, Sylvania
    assert store.find_actor("a1")["name"] == "John Smith"


def test_documents_and_document(store):
    docs = store.documents()
    assert [d["id"] for d in docs] == ["d1", "d2", "d3"]
    assert (docs[0]["relations"], docs[0]["facts"], docs[0]["actors"]) == (2, 1, 3)
    d = store.document("d2")
    assert d["text"].startswith("Smith met")
    m = d["mentions"][0]
    assert d["text"][m["start"]:m["end"]] == "Smith" and m["actor_name"] == "John Smith"
    with pytest.raises(StoreError, match="no document 'd9'"):
        store.document("d9")


def test_changed_document_replaces_its_items(store):
    before = {r["id"] for r in store.relations()}
    store.add(doc("d3", "The Reform Front backs the Unity Party.",
                  [("Reform Front", "organization"), ("Unity Party", "organization")],
                  relations=[("L1", "backs", "L2")], date="2020-03-01"))
    types = sorted(r["type"] for r in store.relations())
    assert types == ["backs", "backs", "leader_of", "leader_of"]
    assert "Sylvania" not in names(store)
    assert {r["id"] for r in store.relations()} - before  # a new item, a new id
    assert [d["id"] for d in store.documents()] == ["d1", "d2", "d3"]  # keeps its place


def test_ids_are_stable(store, new_store):
    ids = {a["name"]: a["id"] for a in store.actors()}
    rel_ids = [r["id"] for r in store.relations()]
    store.add(doc("d4", "Jones leads the Reform Front.", [("Jones", "person"), ("Reform Front", "organization")],
                  relations=[("L1", "leader_of", "L2")]))
    assert {a["name"]: a["id"] for a in store.actors()} == ids
    assert [r["id"] for r in store.relations()][:4] == rel_ids
    other = new_store()
    for d in corpus():
        other.add(d)
    assert [r["id"] for r in other.relations()] == rel_ids  # content hashes, not counters
    assert [(a["id"], a["name"]) for a in other.actors()] == [(a["id"], a["name"]) for a in store.actors()]


def test_ingest_twice_gives_identical_actors(store):
    before = json.dumps(store.actors())
    for d in corpus():
        assert store.add(d) == "unchanged"
    assert json.dumps(store.actors()) == before


def test_to_extraction_is_the_contract(store):
    data = store.to_extraction().to_dict()
    validate_extraction(data)
    assert [a["name"] for a in data["actors"]][:2] == ["John Smith", "Unity Party"]
    assert len(data["relations"]) == 4 and len(data["events"]) == 3
    snap = store.snapshot()
    assert snap.relation_ids == [r["id"] for r in store.relations()]
    assert snap.extraction.local_map[("d2", "L1")] == "a1"


# ---------------------------------------------------------------- curation


def test_merge_survives_new_documents_and_reextraction(store):
    merged = store.merge("Reform Front", "Ann Jones", force=True)
    assert merged["curated"] and "Ann Jones" in merged["aliases"]
    assert "Ann Jones" not in names(store)
    store.add(doc("d4", "Ann Jones spoke.", [("Ann Jones", "person")]))
    for d in corpus():  # re-extraction of everything
        store.add(d, force=True)
    actors = names(store)
    assert "Ann Jones" not in actors and actors["Reform Front"]["documents"] == ["d2", "d3", "d4"]
    assert store.user_dictionary() == [{"name": "Reform Front", "kind": "organization", "subkind": None,
                                        "aliases": ["Ann Jones"]}]


def test_merge_keeps_the_first_actors_id(store):
    a = store.find_actor("Reform Front")["id"]
    assert store.merge("Reform Front", "Ann Jones", force=True)["id"] == a
    with pytest.raises(StoreError, match="already one actor"):
        store.merge("Reform Front", "Ann Jones", force=True)


def test_alias_add_pulls_later_documents_in(store):
    store.add_alias("Freedonia", "Republic of Freedonia")
    store.add(doc("d4", "The Republic of Freedonia backs Sylvania.",
                  [("Republic of Freedonia", "country"), ("Sylvania", "country")], relations=[("L1", "backs", "L2")]))
    f = names(store)["Freedonia"]
    assert "Republic of Freedonia" in f["aliases"] and "d4" in f["documents"]
    assert "Republic of Freedonia" not in names(store)


def test_rename_lasts_and_keeps_old_name(store):
    renamed = store.rename("Smith", "Johnny Smith")
    assert renamed["name"] == "Johnny Smith" and "John Smith" in renamed["aliases"]
    store.add(doc("d4", "John Smith resigned.", [("John Smith", "person")]))
    assert names(store)["Johnny Smith"]["documents"] == ["d1", "d2", "d4"]
    with pytest.raises(StoreError, match="already names"):
        store.rename("Johnny Smith", "Unity Party")


def test_split_detaches_an_alias(store):
    a = store.split("John Smith", "Smith")
    assert a["name"] == "Smith" and a["documents"] == ["d2"]
    actors = names(store)
    assert actors["John Smith"]["aliases"] == [] and actors["John Smith"]["documents"] == ["d1"]
    store.add(doc("d4", "Smith again.", [("Smith", "person")]))  # lasts
    assert names(store)["Smith"]["documents"] == ["d2", "d4"]
    with pytest.raises(StoreError, match="own name"):
        store.split("Smith", "Smith")
    with pytest.raises(StoreError, match="not an alias"):
        store.split("Unity Party", "Smith")


def test_reject_hides_an_item_across_reingest(store):
    rid = store.relations(type="opposes")[0]["id"]
    assert store.reject(rid) == {"id": rid, "kind": "relation", "rejected": True}
    assert store.relations(type="opposes") == []
    store.add(corpus()[2], force=True)
    assert store.relations(type="opposes") == [] and store.rejected() == [rid]
    assert len(store.to_extraction().relations) == 3
    store.reject(rid, undo=True)
    assert len(store.relations(type="opposes")) == 1
    eid = store.events()[0]["id"]
    store.reject(eid)
    assert eid not in {e["id"] for e in store.events()}
    with pytest.raises(StoreError, match="no relation, event or fact with id 'r123'"):
        store.reject("r123")
    with pytest.raises(StoreError, match="is not rejected"):
        store.reject(rid, undo=True)


def test_dictionary_export_import_roundtrip(store, new_store, tmp_path):
    import yaml

    store.merge("Reform Front", "Ann Jones", force=True)
    store.rename("Freedonia", "Republic of Freedonia")
    entries = store.user_dictionary()
    path = tmp_path / "dict.yaml"
    path.write_text(yaml.safe_dump(entries), encoding="utf-8")
    other = new_store()
    for d in corpus():
        other.add(d)
    assert other.import_dictionary(path) == 2
    assert [a["name"] for a in other.actors()] == [a["name"] for a in store.actors()]
    bad = tmp_path / "bad.yaml"
    bad.write_text("- kind: person\n", encoding="utf-8")
    with pytest.raises(Exception, match="needs a 'name'"):
        other.import_dictionary(bad)


def test_curation_never_leaves_half_a_change(store):
    with pytest.raises(StoreError):
        store.merge("Nobody", "Smith")
    assert store.user_dictionary() == [] and len(store.actors()) == 6


def test_remove_document(store):
    store.remove("d3")
    assert "Sylvania" not in names(store) and len(store.relations()) == 3
    with pytest.raises(StoreError, match="no document"):
        store.remove("d3")


# ---------------------------------------------------------------- the file


def test_file_store_uses_wal_and_schema_version(tmp_path):
    path = tmp_path / "k.db"
    with open_store(path) as store:
        store.add(corpus()[0])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    with open_store(path, readonly=True) as store:
        assert store.stats()["documents"] == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add(corpus()[1])


def test_open_errors_are_one_line(tmp_path):
    with pytest.raises(StoreError, match="no store at .*run `kingmaker ingest"):
        open_store(tmp_path / "missing.db", readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "k.db")
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all, just text" * 100)
    with pytest.raises(StoreError, match="not a kingmaker store"):
        open_store(junk)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE people (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a kingmaker store .*people"):
        open_store(other)
    newer = tmp_path / "newer.db"
    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer kingmaker"):
        open_store(newer)


def test_server_store_keeps_its_schema_version_and_opens_read_only(pg_server):
    url = pg_server.new_database()
    with open_store(url) as store:
        store.add(corpus()[0])
    conn = raw_connection(url)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    conn.close()
    with open_store(url, readonly=True) as store:
        assert store.stats()["documents"] == 1
        with pytest.raises(StoreError, match="read-only"):
            store.add(corpus()[1])
        assert store.stats()["documents"] == 1


def test_server_open_errors_are_one_line(pg_server):
    with pytest.raises(StoreError, match="no store at .*run `kingmaker ingest"):
        open_store(pg_server.new_database(), readonly=True)
    with pytest.raises(StoreError, match="no_such_db: cannot connect to the database"):
        open_store(pg_server.url("no_such_db"))
    with pytest.raises(StoreError, match=r"^postgresql://reader:\*\*\*@127.0.0.1:1/x: cannot connect"):
        open_store("postgresql://reader:secret@127.0.0.1:1/x")  # the password is never shown
    other = pg_server.new_database()
    conn = raw_connection(other)
    conn.execute("CREATE TABLE people (x int)")
    conn.close()
    with pytest.raises(StoreError, match="not a kingmaker store .*people"):
        open_store(other)
    newer = pg_server.new_database()
    open_store(newer).close()
    conn = raw_connection(newer)
    conn.execute(f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")
    conn.close()
    with pytest.raises(StoreError, match="newer kingmaker"):
        open_store(newer)


def test_server_writer_that_waits_too_long_is_told_the_store_is_busy(pg_server):
    from kingmaker.store.schema import PG_WRITE_LOCK

    url = pg_server.new_database()
    with open_store(url) as store:
        store.add(corpus()[0])
        other = raw_connection(url)
        other.execute("BEGIN")
        other.execute(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")  # another writer's transaction
        store._conn.execute("SET lock_timeout = '300ms'")  # 30 s by default
        with pytest.raises(StoreError, match="the store is busy"):
            store.add(corpus()[1])
        assert store.stats()["documents"] == 1  # reading never waits
        other.execute("COMMIT")
        store.add(corpus()[1])
        assert store.stats()["documents"] == 2
        other.close()


def test_server_store_reconnects_after_losing_its_connection(pg_server):
    url = pg_server.new_database()
    with open_store(url) as store:
        store.add(corpus()[0])
        pid = store._conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        admin = raw_connection(pg_server.url("postgres"))
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))  # as a server restart would
        admin.close()
        with pytest.raises(StoreError, match="connection"):
            store.stats()
        assert store.stats()["documents"] == 1  # the next call connects again
        store.add(corpus()[1])
        assert store.stats()["documents"] == 2


def test_server_store_without_psycopg_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"needs psycopg: pip install 'kingmaker\[postgres\]'"):
        open_store("postgresql://someone@db.example/kingmaker")


WRITER = """
import sys, time
sys.path.insert(0, sys.argv[2])
from kingmaker.store import open_store
from test_store_helpers import corpus
store = open_store(sys.argv[1])
with store._write():
    for d in corpus()[1:]:
        store.add(d)
    print("writing", flush=True)
    time.sleep(1.5)
print("done", flush=True)
"""


def test_readers_work_while_another_process_writes(new_db):
    path = new_db()
    with open_store(path) as store:
        store.add(corpus()[0])
    tests_dir = str(__import__("pathlib").Path(__file__).parent)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), tests_dir], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"  # the writer holds its transaction open
        started = time.monotonic()
        with open_store(path, readonly=True) as reader:
            assert reader.stats()["documents"] == 1  # the last committed state, at once
            assert [a["name"] for a in reader.actors()] == ["John Smith", "Unity Party", "Freedonia"]
        assert time.monotonic() - started < 1.5
        assert writer.stdout.readline().strip() == "done"
    finally:
        writer.wait(timeout=30)
    with open_store(path, readonly=True) as reader:
        assert reader.stats()["documents"] == 3


def test_a_second_writer_waits_for_the_first(new_db):
    path = new_db()
    with open_store(path) as store:
        store.add(corpus()[0])
    tests_dir = str(__import__("pathlib").Path(__file__).parent)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), tests_dir], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert writer.stdout.readline().strip() == "writing"
        with open_store(path) as second:
            second.add(doc("d9", "Ann Jones spoke.", [("Ann Jones", "person")]))  # waits, then writes
            assert writer.poll() is not None or writer.stdout.readline().strip() == "done"
            assert second.stats()["documents"] == 4
            assert names(second)["Ann Jones"]["documents"] == ["d2", "d9"]
    finally:
        writer.wait(timeout=30)


def test_unresolved_documents_are_resolved_on_next_open(new_db):
    path = new_db()
    with open_store(path) as store:
        store.add(corpus()[0])
        store.add(corpus()[1], resolve=False)  # as a throttled ingest that was killed would leave it
    with open_store(path, readonly=True) as reader:  # readers never write
        assert "Ann Jones" not in {a["name"] for a in reader.actors()}
    with open_store(path) as store:
        assert "Ann Jones" in {a["name"] for a in store.actors()}
