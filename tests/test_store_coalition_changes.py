"""`analyze coalition` and `analyze changes` over a store read what they need in SQL
(``kingmaker.analysis.storegraph``) and give what the graph of the whole snapshot gives, JSON byte
for byte (SQLite and PostgreSQL). Invented parties, leaders and chambers."""
from __future__ import annotations

import json

import pytest
from test_store_analyses import patronage_docs
from test_store_helpers import corpus, doc, run, store_with

from kingmaker.analysis.coalition import coalition
from kingmaker.analysis.storegraph import store_coalition
from kingmaker.errors import KingmakerError
from kingmaker.graph import build_graph
from kingmaker.store import open_store

PARTIES = [("Azure League", "organization"), ("Crimson Bloc", "organization"), ("Verdant Union", "organization"),
           ("National Chamber", "organization")]


def coalition_docs():
    """Two results of one chamber (a nested party in the second), an undated result, a same-day one
    with fewer figures, leaders, and oppositions and alliances between parties and leaders, said in
    several documents (the evidence listed in the whole graph's order)."""
    return [
        doc("c1", "Azure League 40, Crimson Bloc 35, Verdant Union 20 of the 100-seat National Chamber. "
                  "Tor Belvane leads the Azure League and attacked the Crimson Bloc.",
            [*PARTIES, ("Tor Belvane", "person")],
            relations=[("L5", "leader_of", "L1"), ("L5", "opposes", "L2"), ("L3", "allied_with", "L1"),
                       ("L2", "opposes", "L1"), ("L5", "backs", "L3")],
            facts=[("L1", "seats", 40), ("L2", "seats", 35), ("L3", "seats", 20), ("L4", "seats", 100),
                   ("L1", "seats", 41), ("L1", "seats", 40)], date="2022-03-01"),
        doc("c2", "Ossa Quill leads the Crimson Bloc, allied with the Verdant Union. The Copper Circle sits in the "
                  "Crimson Bloc. Azure League 42, Crimson Bloc 30, Verdant Union 25, Copper Circle 3.",
            [*PARTIES, ("Ossa Quill", "person"), ("Copper Circle", "organization")],
            relations=[("L5", "leader_of", "L2"), ("L5", "allied_with", "L3"), ("L1", "opposes", "L3"),
                       ("L6", "member_of", "L2"), ("L2", "opposes", "L1"), ("L5", "opposes", "L1")],
            facts=[("L1", "seats", 42), ("L2", "seats", 30), ("L3", "seats", 25), ("L6", "seats", 3),
                   ("L4", "seats", 100)], date="2022-05-01"),
        doc("c3", "Azure League 10, Crimson Bloc 20.", PARTIES[:2], facts=[("L1", "seats", 10), ("L2", "seats", 20)]),
        doc("c4", "Azure League 44, Verdant Union 19.", [PARTIES[0], PARTIES[2]],
            relations=[("L2", "opposes", "L1")], facts=[("L1", "seats", 44), ("L2", "seats", 19)], date="2022-05"),
        doc("c5", "Tor Belvane met the Verdant Union. The Verdant Union opposes Tor Belvane.",
            [("Tor Belvane", "person"), ("Verdant Union", "organization")],
            relations=[("L2", "opposes", "L1"), ("L1", "allied_with", "L2")], date="2022-04-10"),
    ]


def _whole(store, as_of):
    snap = store.snapshot()
    return build_graph(snap.extraction, as_of=as_of, ids=(snap.relation_ids, snap.event_ids))


def _same(got, want):
    assert json.dumps(got, ensure_ascii=False) == json.dumps(want, ensure_ascii=False)


COALITION_OPTIONS = [{}, {"legislature": "National Chamber"}, {"document": "c1"}, {"document": "c3"},
                     {"respect_opposition": True, "others": "bloc"},
                     {"without": ["Verdant Union"], "merge": [["Azure League", "crimson bloc"]]},
                     {"seats": {"Azure League": 40, "Crimson Bloc": 35, "Others": 25}, "size": 120},
                     {"seats": {"Tor Belvane": 40, "Ossa Quill": 35}}]


@pytest.mark.parametrize("as_of", [None, "2022-04", "2022-05-01", "2023"])
@pytest.mark.parametrize("options", COALITION_OPTIONS)
def test_store_coalition_matches_the_snapshot_graph(new_db, as_of, options):
    path = store_with(new_db, [*corpus(), *patronage_docs(), *coalition_docs()])
    with open_store(path) as store:
        G = _whole(store, as_of)
        try:
            want = coalition(G, **options)
        except KingmakerError:  # (the CLI then runs the whole graph for its message)
            with pytest.raises(KingmakerError):
                store_coalition(store, as_of=as_of, **options)
            assert options.get("document") == "c3" and as_of
            return
        got = store_coalition(store, as_of=as_of, **options)
        assert got.pop("undated_documents") == G.graph["undated_left_out"]
        _same(got, want)
        assert want["parties"]


def test_store_coalition_reads_no_snapshot(new_db):
    path = store_with(new_db, [*corpus(), *coalition_docs()])
    with open_store(path) as store:
        store.snapshot = lambda **kw: pytest.fail("the store path read a snapshot")
        r = store_coalition(store, legislature="National Chamber")
        assert r["source"]["document"] == "c2" and r["source"]["nested_dropped"] == ["Copper Circle"]
        assert r["ties"]["opposes"] and r["ties"]["allied_with"]


@pytest.mark.parametrize("args", [[], ["--as-of", "2022-04"], ["--document", "c1", "--respect-opposition"],
                                  ["--legislature", "national chamber", "--without", "Tor Belvane"],
                                  ["--drop-tie", "ID"], ["--document", "nowhere"], ["--legislature", "Nobody Here"],
                                  ["--without", "Nobody Here"]])
def test_cli_coalition_over_a_store_matches_the_input_json(new_db, tmp_path, monkeypatch, args):
    from kingmaker.store.sql import SQLStore

    path = store_with(new_db, [*corpus(), *coalition_docs()])
    with open_store(path) as store:
        exported = tmp_path / "all.json"
        exported.write_text(json.dumps(store.snapshot().extraction.to_dict()))
        tie = next(r["id"] for r in store.relations(type="opposes"))
    plain = run("analyze", "coalition", "--input", str(exported), "--format", "json",
                *[a for a in args if a != "--drop-tie" and a != "ID"], ok=False)
    args = [tie if a == "ID" else a for a in args]
    reads = []
    real = SQLStore.snapshot
    monkeypatch.setattr(SQLStore, "snapshot", lambda self, **kw: reads.append(1) or real(self, **kw))
    over_db = run("analyze", "coalition", "--db", path, "--format", "json", *args, ok=False)
    assert over_db.exit_code == plain.exit_code
    if "--drop-tie" in args:  # the whole graph, without the tie
        assert reads and over_db.exit_code == 0 and json.loads(over_db.stdout)["what_if"]["dropped_ties"] == [tie]
        return
    assert over_db.output == plain.output  # (an error: the whole graph's message, naming what there is)
    assert bool(reads) == bool(plain.exit_code)


def changes_docs():
    """Alliances that turn to opposition and back, patrons gaining clients, and events around them."""
    return [
        doc("h1", "The Morrow Pact and the Ilsen Guard allied. The Ilsen Guard backs the Pell Company.",
            [("Morrow Pact", "organization"), ("Ilsen Guard", "organization"), ("Pell Company", "organization")],
            relations=[("L1", "allied_with", "L2"), ("L2", "backs", "L3")],
            events=[("L1", "CONSULT", "L2"), ("L2", "AID", "L3")], date="2021-01-10"),
        doc("h2", "The Ilsen Guard turned on the Morrow Pact, which now backs the Pell Company.",
            [("Morrow Pact", "organization"), ("Ilsen Guard", "organization"), ("Pell Company", "organization"),
             ("Dara Venn", "person")],
            relations=[("L2", "opposes", "L1"), ("L1", "backs", "L3"), ("L4", "leader_of", "L1")],
            events=[("L1", "ACCUSE", "L2"), ("L1", "AID", "L3", "2021-07-20"), ("L4", "CONSULT", "L3"),
                    ("L1", "THREATEN", "L4")], date="2021-07-03"),
        doc("h3", "The Morrow Pact and the Ilsen Guard allied again. Dara Venn met the Kesh Brigade.",
            [("Morrow Pact", "organization"), ("Ilsen Guard", "organization"), ("Dara Venn", "person"),
             ("Kesh Brigade", "organization")],
            relations=[("L2", "allied_with", "L1"), ("L3", "member_of", "L4")],
            events=[("L3", "CONSULT", "L4"), ("L1", "COOPERATE", "L2")], date="2022-02-02"),
        doc("h4", "The Pell Company backs the Kesh Brigade.", [("Pell Company", "organization"),
                                                              ("Kesh Brigade", "organization")],
            relations=[("L1", "backs", "L2")], events=[("L1", "AID", "L2")]),
    ]


def _changes_store(new_db):
    return store_with(new_db, [*corpus(), *patronage_docs(), *coalition_docs(), *changes_docs()])


WINDOWS = [("2020-02", "2022-12"), ("2021-05", "2021-12-31"), ("2021-03", "2022-03"), ("2019", "2023"),
           ("2021-07-03", "2021-07-03"), ("2022-04-10", "2022-05")]


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("top", [10, 2])
def test_store_changes_matches_the_snapshot_graphs(new_db, window, top):
    from kingmaker.analysis.changes import changes
    from kingmaker.analysis.storegraph import store_changes

    with open_store(_changes_store(new_db)) as store:
        before, after = (_whole(store, d) for d in window)
        want = changes(before, after, top=top)
        real = store.snapshot
        store.snapshot = lambda **kw: pytest.fail("the store path read a snapshot")
        got = store_changes(store, *window, top=top)
        store.snapshot = real
        assert got.pop("undated_documents") == after.graph["undated_left_out"]
        _same(got, want)
        assert (want["appeared"] and want["brokers"]) or window[0] == window[1]


def test_store_changes_lists_what_moved(new_db):
    from kingmaker.analysis.storegraph import store_changes

    with open_store(_changes_store(new_db)) as store:
        r = store_changes(store, "2021-08", "2022-03")
        assert [(t["type"], t["ended_by"]["type"], t["ended_by"]["date"]) for t in r["ended"]] == [
            ("opposes", "allied_with", "2022-02-02")]
        r = store_changes(store, "2021-05", "2022-03")
        assert any(s["name"] == "Morrow Pact" and "Pell Company" in s["gained"] for s in r["spheres"])
        assert any(e["type"] == "COOPERATE" for b in r["brokers"] for e in b["evidence"])


def test_store_changes_samples_the_broker_ranks_past_the_threshold_and_says_so(new_db, monkeypatch):
    """Past ``APPROX_THRESHOLD`` actors the betweenness of each side is sampled (a fixed draw from the
    actors in id order): the store path and the whole graphs draw the same sources, so the results
    stay the same byte for byte; ``brokers_method`` and the table say so; ``--exact`` computes it all."""
    import importlib

    from kingmaker.analysis.storegraph import store_changes

    changes_module = importlib.import_module("kingmaker.analysis.changes")  # (the package names a function so)
    monkeypatch.setattr(changes_module, "APPROX_THRESHOLD", 3)
    monkeypatch.setattr(changes_module, "SAMPLES", 4)
    path = _changes_store(new_db)
    window = ("2021-03", "2022-03")
    with open_store(path) as store:
        before, after = (_whole(store, d) for d in window)
        want = changes_module.changes(before, after)
        got = store_changes(store, *window)
        got.pop("undated_documents")
        _same(got, want)
        assert got["approximate"] and got["brokers_method"]["after"]["method"] == "sampled"
        assert got["brokers_method"]["after"]["samples"] == 4 and got["brokers_method"]["after"]["nodes"] > 4
        exact = store_changes(store, *window, exact=True)
        assert not exact["approximate"] and exact["brokers_method"]["before"] == {
            "nodes": got["brokers_method"]["before"]["nodes"], "method": "exact", "approximate": False,
            "samples": None}
    table = run("analyze", "changes", "--db", path, "--from", window[0], "--to", window[1])
    assert "sampled from 4 of" in " ".join(table.output.split())
    assert "sampled" not in run("analyze", "changes", "--db", path, "--from", window[0], "--to", window[1],
                                "--exact").output


@pytest.mark.parametrize("args", [["--from", "2021-03", "--to", "2022-03"], ["--from", "2022", "--to", "2021"],
                                  ["--from", "soon", "--to", "2021"]])
def test_cli_changes_over_a_store_matches_the_input_json(new_db, tmp_path, monkeypatch, args):
    from kingmaker.store.sql import SQLStore

    path = _changes_store(new_db)
    with open_store(path) as store:
        exported = tmp_path / "all.json"
        exported.write_text(json.dumps(store.snapshot().extraction.to_dict()))
    plain = run("analyze", "changes", "--input", str(exported), "--format", "json", *args, ok=False)
    reads = []
    real = SQLStore.snapshot
    monkeypatch.setattr(SQLStore, "snapshot", lambda self, **kw: reads.append(1) or real(self, **kw))
    over_db = run("analyze", "changes", "--db", path, "--format", "json", *args, ok=False)
    assert over_db.exit_code == plain.exit_code and bool(reads) == bool(plain.exit_code)
    if plain.exit_code:
        assert over_db.output == plain.output
        return
    got, want = json.loads(over_db.stdout), json.loads(plain.stdout)
    # the store's item ids (the extraction numbers its own): the same ties otherwise

    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "id" or not isinstance(v, str) or "_" in v}
        return [strip(v) for v in x] if isinstance(x, list) else x
    assert strip(got) == strip(want) and got["appeared"]


def test_a_failing_database_is_said_not_answered_the_whole_graph_way(tmp_path):
    """over_store falls back to the whole graph (whose message names what exists) for a request the store
    path refuses, never for a database error or a time limit, which would hide the failure behind the
    slow path."""
    import click

    from kingmaker.commands.analyze import over_store
    from kingmaker.errors import DatabaseError, TimeLimitError

    db = str(tmp_path / "k.db")
    open_store(db).close()

    def refuse(store):
        raise KingmakerError("no legislature called 'Nobody Here'")

    assert over_store(None, db, refuse, whole_on_error=True) is None
    for err in (DatabaseError("k.db: disk I/O error"), TimeLimitError(5.0)):
        def fail(store, err=err):
            raise err
        with pytest.raises(click.ClickException):
            over_store(None, db, fail, whole_on_error=True)
    with pytest.raises(click.ClickException):
        over_store(None, db, refuse)
