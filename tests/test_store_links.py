"""`analyze brokers` over a store: the graph aggregated in SQL (``Store.links``) gives what the graph
built from the whole snapshot gives (SQLite and PostgreSQL)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_store_helpers import corpus, doc, run, store_with

from kingmaker.analysis.brokers import brokers, project, store_brokers
from kingmaker.graph import build_graph
from kingmaker.store import open_store


def chain_docs():
    """A chain of invented actors around a hub, with a tie twice in one document and a negated event."""
    docs = [
        doc("c1", "Tarn Velo met Osk Brae. Osk Brae met Ilma Frost.",
            [("Tarn Velo", "person"), ("Osk Brae", "person"), ("Ilma Frost", "person")],
            events=[("L1", "CONSULT", "L2"), ("L2", "CONSULT", "L3")], date="2021-05-01"),
        doc("c2", "The Amber League backs Osk Brae. Osk Brae did not accuse Ilma Frost.",
            [("Amber League", "organization"), ("Osk Brae", "person"), ("Ilma Frost", "person")],
            relations=[("L1", "backs", "L2"), ("L1", "backs", "L2")], events=[("L2", "ACCUSE", "L3")],
            date="2022-01-01"),
        doc("c3", "Ilma Frost leads the Amber League.", [("Ilma Frost", "person"), ("Amber League", "organization")],
            relations=[("L1", "leader_of", "L2")]),
    ]
    docs[1].events[0] = replace(docs[1].events[0], negated=True)
    return docs


def ranking(result):
    return [(b["id"], round(b["betweenness"], 9), b["degree"], b["pairs_total"], [p["pair"] for p in b["pairs"]])
            for b in result["brokers"]]


@pytest.mark.parametrize("include", [("relation", "event"), ("relation",), ("event",)])
@pytest.mark.parametrize("as_of", [None, "2021-12-31"])
def test_store_brokers_match_the_snapshot_graph(new_db, include, as_of):
    path = store_with(new_db, [*corpus(), *chain_docs()])
    with open_store(path) as store:
        snap = store.snapshot()
        G = build_graph(snap.extraction, as_of=as_of, ids=(snap.relation_ids, snap.event_ids))
        whole = brokers(G, include=include, pairs=5)
        aggregated = store_brokers(store, as_of=as_of, include=include, pairs=5)
        assert (aggregated["nodes"], aggregated["edges"]) == (whole["nodes"], whole["edges"])
        assert ranking(aggregated) == ranking(whole)
        assert aggregated["undated"] == (1 if as_of else 0)  # c3 has no date
        for b in aggregated["brokers"]:
            for p in b["pairs"]:
                for other, ev in zip(p["pair"], p["evidence"]):
                    assert ev["document"] and ev["text"]  # the evidence of a link that is there


def test_links_are_aggregated_pairs(new_db):
    path = store_with(new_db, chain_docs())
    with open_store(path) as store:
        ids = {a["name"]: a["id"] for a in store.actors()}
        links = store.links()
        pair = sorted([ids["Amber League"], ids["Osk Brae"]])
        assert [*pair, 1, ["backs"]] in links["links"]  # the tie twice in one document: one tie
        frost = sorted([ids["Osk Brae"], ids["Ilma Frost"]])
        assert [*frost, 1, ["CONSULT"]] in links["links"]  # the negated ACCUSE is left out
        assert [*frost, 2, ["ACCUSE", "CONSULT"]] in store.links(include_negated=True)["links"]
        assert len(links["actors"]) == 4 and links["undated"] == 0
        ev = store.link_evidence(ids["Ilma Frost"], ids["Amber League"])
        assert ev["document"] == "c3" and ev["text"].startswith("Ilma Frost leads")
        assert store.link_evidence(ids["Tarn Velo"], ids["Amber League"]) is None


@pytest.mark.parametrize("as_of", [None, "2021-12-31", "2022-06-30"])
@pytest.mark.parametrize("include", [("relation", "event"), ("relation",), ("event",)])
def test_link_pairs_are_the_pairs_of_the_links(new_db, as_of, include):
    """``Store.link_pairs`` (what ``analyze changes`` ranks brokers on): the pairs of ``Store.links``,
    summed in SQL, on every actor; an event dated after the cut in a document of the cut links nobody."""
    late = doc("c4", "Tarn Velo will meet Ilma Frost.", [("Tarn Velo", "person"), ("Ilma Frost", "person")],
               events=[("L1", "CONSULT", "L2", "2022-03-01")], date="2021-11-02")
    path = store_with(new_db, [*chain_docs(), late])
    with open_store(path) as store:
        links = store.links(as_of=as_of, include=include)
        got = store.link_pairs(as_of=as_of, include=include)
        assert got["pairs"] == [(a, b) for a, b, _, _ in links["links"]]
        assert got["actors"] == [[x, name] for x, name, _ in links["actors"]]
        ids = {a["name"]: a["id"] for a in store.actors()}
    velo_frost = tuple(sorted([ids["Tarn Velo"], ids["Ilma Frost"]]))
    assert (velo_frost in got["pairs"]) == ("event" in include and as_of != "2021-12-31")


def test_cli_brokers_over_a_store(new_db):
    path = store_with(new_db, [*corpus(), *chain_docs()])
    data = json.loads(run("analyze", "brokers", "--db", path, "--format", "json").stdout)
    assert "Osk Brae" in [b["name"] for b in data["brokers"]] and data["method"] == "exact" and "undated" not in data
    out = run("analyze", "brokers", "--db", path, "--as-of", "2021")
    assert "left out 1 undated document(s)" in out.stderr and "Osk Brae" in out.stdout


def test_kept_links_follow_writes(new_db):
    """The links the store keeps (schema 6) equal the links counted from the items, after curation."""
    with open_store(new_db()) as store:
        for d in [*corpus(), *chain_docs()]:
            store.add(d)

        def same():
            G = build_graph(store.snapshot().extraction)
            for include in (("relation", "event"), ("relation",), ("event",)):
                for negated in (False, True):
                    kept = store.links(include=include, include_negated=negated)
                    H = project(G, include=include, include_negated=negated)
                    assert kept["links"] == sorted([*sorted((u, v)), d["count"], d["types"]]
                                                   for u, v, d in H.edges(data=True))

        same()
        store.merge("Osk Brae", "Tarn Velo")  # their CONSULT becomes a self-link: no link
        same()
        store.reject(store.relations(type="leader_of")[0]["id"])
        same()
        store.undo()
        store.undo()
        same()
        store.remove("c2")
        same()
