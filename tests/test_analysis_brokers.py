"""Brokers: betweenness on the projected graph and the pairs each broker joins."""
from __future__ import annotations

import random

import networkx as nx
import pytest
from test_analysis_graph import sample_extraction

from kingmaker.analysis.brokers import betweenness, brokers, project
from kingmaker.graph import build_graph


def _edge(G, a, b, kind="relation", type_="allied_with", negated=False):
    G.add_edge(a, b, kind=kind, type=type_, negated=negated, evidence={"text": f"{a} {type_} {b}"})


def test_bridge_between_two_groups():
    G = nx.MultiDiGraph()
    for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "m"), ("m", "x")]:
        _edge(G, a, b)
    r = brokers(G, top=3)
    assert r["brokers"][0]["id"] == "m"
    m = r["brokers"][0]
    assert m["pairs"] == [{"pair": ["c", "x"], "names": ["c", "x"], "share": 1.0,
                           "evidence": [{"text": "c allied_with m"}, {"text": "m allied_with x"}]}]
    assert m["pairs_total"] == 1
    assert {b["id"] for b in r["brokers"]} == {"m", "c", "x"}
    assert r["backend"] == "networkx"


def test_share_counts_alternative_paths():
    G = nx.MultiDiGraph()
    for a, b in [("u", "h1"), ("h1", "v"), ("u", "h2"), ("h2", "v"), ("h1", "w")]:
        _edge(G, a, b)
    h1 = next(b for b in brokers(G)["brokers"] if b["id"] == "h1")
    shares = {tuple(p["pair"]): p["share"] for p in h1["pairs"]}
    assert shares[("w", "u")] == 1.0 and shares[("u", "v")] == 0.5
    assert h1["pairs_total"] == 3


def test_negated_events_and_only_filters():
    G = nx.MultiDiGraph()
    _edge(G, "a", "b")
    _edge(G, "b", "c", kind="event", type_="CONSULT")
    _edge(G, "c", "d", kind="event", type_="ASSAULT", negated=True)
    assert set(project(G).edges) == {("a", "b"), ("b", "c")}
    assert set(project(G, include=("relation",)).edges) == {("a", "b")}
    assert [b["id"] for b in brokers(G)["brokers"]] == ["b"]
    assert brokers(G, include=("event",))["brokers"] == []


def test_sample_corpus():
    G = build_graph(sample_extraction())
    r = brokers(G, top=5)
    assert r["nodes"] == 14
    names = [b["name"] for b in r["brokers"]]
    assert "Ridge Brigade" in names
    for b in r["brokers"]:
        for p in b["pairs"]:
            assert len(p["evidence"]) == 2 and all(e.get("text") for e in p["evidence"])


def test_igraph_backend_matches_networkx():
    pytest.importorskip("igraph")
    rng = random.Random(5)
    H = nx.gnm_random_graph(120, 300, seed=rng.randint(0, 10**6))
    H.add_node(999)  # an isolated node
    ref = betweenness(H, backend="networkx")
    fast = betweenness(H, backend="igraph")
    assert set(ref) == set(fast)
    for node in ref:
        assert fast[node] == pytest.approx(ref[node], abs=1e-9)


def test_unknown_backend():
    with pytest.raises(ValueError, match="unknown betweenness backend"):
        betweenness(nx.path_graph(3), backend="gpu")


def test_does_not_mutate():
    G = build_graph(sample_extraction())
    before = (G.number_of_nodes(), G.number_of_edges())
    brokers(G)
    assert (G.number_of_nodes(), G.number_of_edges()) == before
