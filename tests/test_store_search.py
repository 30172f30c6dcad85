"""Full-text search kept in step with ingest, and the SQL views any SQL tool can read; on SQLite (FTS5)
and on PostgreSQL (tsvector), see conftest.py."""
from __future__ import annotations

import pytest
from test_store_helpers import corpus, doc, raw_connection

from kingmaker.errors import StoreError
from kingmaker.store import open_store
from kingmaker.store.schema import migrations

RAID = ("Early news. Rockets attacked the harbour base at dawn. Officials of the Sea Guard denied it.")


def raid(text: str = RAID, date: str = "2024-02-03"):
    return doc("d4", text, [("Sea Guard", "organization")], date=date, title="Harbour raid")


@pytest.fixture
def store(fresh_store):
    for d in corpus():
        fresh_store.add(d)
    fresh_store.add(raid())
    return fresh_store


def test_search_finds_stemmed_words_with_the_sentence_highlighted(store):
    [hit] = store.search("rocket attack")
    assert (hit["document"], hit["date"], hit["title"]) == ("d4", "2024-02-03", "Harbour raid")
    assert RAID[hit["start"]:hit["end"]] == "Rockets attacked the harbour base at dawn."
    assert [hit["snippet"][a:b] for a, b in hit["marks"]] == ["Rockets", "attacked"]


def test_search_evidence_sentence_and_phrases(store):
    [hit] = store.search("accused")
    assert hit["evidence"] and hit["document"] == "d2" and (hit["start"], hit["end"]) == (0, 61)
    assert [h["document"] for h in store.search('"Unity Party"')] == ["d1", "d3"]
    assert store.search('"Party Unity"') == []
    assert [h["document"] for h in store.search("al-Guard OR Sea-Guard")] == []  # no syntax error
    assert store.search("Sea-Guard")[0]["document"] == "d4"


def test_search_operators_mean_the_same_on_both_backends(store):
    def found(query):
        return sorted(h["document"] for h in store.search(query))

    assert found("Freedonia NOT Sylvania") == ["d1"]
    assert found("Freedon*") == ["d1", "d3"]
    assert found('"Unity Party" OR harbour') == ["d1", "d3", "d4"]
    assert found("(rocket OR drones) AND harbour") == ["d4"]
    assert found("harbour OR Freedonia NOT Sylvania") == ["d1", "d4"]  # NOT binds tighter than OR
    assert found("(harbour") == ["d4"]  # no FTS5 syntax: plain words
    assert found("(rocket OR drones) harbour") == []  # FTS5 wants an operator next to a group: plain words


def test_search_dates_and_limit(store):
    assert sorted(h["document"] for h in store.search("Freedonia")) == ["d1", "d3"]
    assert [h["document"] for h in store.search("Freedonia", since="2020-02")] == ["d3"]
    assert [h["document"] for h in store.search("Freedonia", until="2020-01")] == ["d1"]
    assert len(store.search("Freedonia", limit=1)) == 1
    with pytest.raises(StoreError, match="expected YYYY"):
        store.search("Freedonia", since="January")
    with pytest.raises(StoreError, match="give words"):
        store.search("  ")


def test_search_follows_reingest_and_removal(store):
    store.add(raid("Drones struck the harbour base. The Sea Guard was silent."))  # changed document
    assert store.search("rocket") == [] and store.search("drones")[0]["document"] == "d4"
    store.remove("d4")
    assert store.search("drones") == [] and store.search("harbour") == []


def test_old_store_gets_the_index_and_views(new_db, store_backend):
    path = new_db()
    conn = raw_connection(path)
    if store_backend == "sqlite":
        conn.executescript(migrations("sqlite")[0])
        conn.execute("PRAGMA user_version = 1")
    else:
        conn.execute(migrations("postgresql")[0])
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO documents (id, seq, title, hash, text, ingested_at) "
                 "VALUES ('old1', 1, 'Old news', 'h', 'Rockets hit the old port.', '2020')")
    conn.close()
    with open_store(path) as s:
        assert s.search("rocket")[0]["document"] == "old1"
    conn = raw_connection(path)
    assert conn.execute("SELECT id, title FROM documents_v").fetchall() == [("old1", "Old news")]


def test_views_with_plain_sql(new_db):
    path = new_db()
    with open_store(path) as s:
        for d in corpus():
            s.add(d)
        s.reject(s.relations(type="opposes")[0]["id"])
        s.reject_actor("Sylvania")
    conn = raw_connection(path)

    def rows(sql):
        return conn.execute(sql).fetchall()

    assert ("Freedonia", "backs", "Unity Party", "d1", "Unity", "2020-01-05") in rows(
        "SELECT source, type, target, document, title, date FROM ties_v")
    assert rows("SELECT COUNT(*) FROM ties_v WHERE type = 'opposes'") == [(0,)]  # rejected
    assert rows("SELECT evidence FROM ties_v WHERE type = 'backs'") == [(corpus()[0].document.text,)]
    assert rows("SELECT date, source, type, target FROM events_v ORDER BY date") == [
        ("2020-02-10", "Ann Jones", "ACCUSE", "John Smith"), ("2020-02-11", "John Smith", "CONSULT", "Ann Jones"),
        ("2020-03-01", None, "THREATEN", "Freedonia")]
    assert rows("SELECT actor, key, value, document, confidence FROM facts_v") == [
        ("Unity Party", "seats", 40, "d1", 0.9)]
    assert rows("SELECT name, kind, aliases, documents FROM actors_v WHERE name = 'John Smith'") == [
        ("John Smith", "person", "Smith", 2)]
    assert "Sylvania" not in {r[0] for r in rows("SELECT name FROM actors_v")}
    assert rows("SELECT id, title, date, relations, events, facts FROM documents_v") == [
        ("d1", "Unity", "2020-01-05", 2, 0, 1), ("d2", "Meeting", "2020-02-11", 1, 2, 0),
        ("d3", None, "2020-03-01", 0, 1, 0)]


def test_long_sentences_are_cut_around_the_match(store):
    long = "Word " * 200 + "the zeppelin landed " + "again " * 200 + "."
    store.add(doc("d5", long, [("Sea Guard", "organization")]))
    [hit] = store.search("zeppelin")
    assert len(hit["snippet"]) <= 302 and hit["snippet"].startswith("…") and hit["snippet"].endswith("…")
    assert [hit["snippet"][a:b] for a, b in hit["marks"]] == ["zeppelin"]
    assert (hit["start"], hit["end"]) == (0, len(long))
