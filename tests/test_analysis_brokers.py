"""Brokers: betweenness on the projected graph and the pairs each broker joins."""
from __future__ import annotations

import importlib
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


def _scale_free_multigraph(n: int, seed: int = 3) -> nx.MultiDiGraph:
    H = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.MultiDiGraph()
    for u, v in H.edges:
        G.add_edge(f"n{u}", f"n{v}", kind="relation", type="allied_with", evidence={"text": f"{u}-{v}"})
    return G


def test_large_graphs_sample_betweenness_and_say_so(monkeypatch):
    mod = importlib.import_module("kingmaker.analysis.brokers")  # the package shadows it

    G = _scale_free_multigraph(3000)
    monkeypatch.setattr(mod, "APPROX_THRESHOLD", 5000)  # 3,000 nodes: under the threshold
    exact = brokers(G, top=10, pairs=1)
    assert (exact["method"], exact["approximate"], exact["samples"]) == ("exact", False, None)
    monkeypatch.setattr(mod, "APPROX_THRESHOLD", 2500)  # 3,000 nodes: past the threshold
    fast = brokers(G, top=10, pairs=1, samples=300)
    assert (fast["method"], fast["approximate"], fast["samples"]) == ("sampled", True, 300)
    top_exact = [b["id"] for b in exact["brokers"]]
    top_fast = [b["id"] for b in fast["brokers"]]
    # 10% of the sources: the same two first, the same top four, nine of the top ten, scores within 20%
    assert top_fast[:2] == top_exact[:2] and set(top_fast[:4]) == set(top_exact[:4])
    assert len(set(top_fast) & set(top_exact)) >= 9
    for b in fast["brokers"][:5]:
        ref = next(e["betweenness"] for e in exact["brokers"] if e["id"] == b["id"])
        assert abs(b["betweenness"] - ref) <= 0.2 * ref
    assert brokers(G, top=3, pairs=1, exact=True)["method"] == "exact"


def test_cli_notes_sampled_brokers(tmp_path, monkeypatch):
    import json as _json

    from click.testing import CliRunner

    mod = importlib.import_module("kingmaker.analysis.brokers")  # the package shadows it
    from kingmaker.cli import cli

    G = _scale_free_multigraph(400)
    ex = {"kingmaker_format": 1, "documents": [{"id": "d1", "path": None, "title": None, "date": None}],
          "actors": [{"id": n, "name": n, "kind": "organization", "aliases": [], "documents": ["d1"]} for n in G],
          "relations": [{"source": u, "type": "allied_with", "target": v, "document": "d1", "evidence": "x",
                         "start": 0, "end": 1, "confidence": 0.5} for u, v in G.edges()],
          "events": [], "facts": []}
    path = tmp_path / "big.json"
    path.write_text(_json.dumps(ex))
    monkeypatch.setattr(mod, "APPROX_THRESHOLD", 300)
    monkeypatch.setattr(mod, "SAMPLES", 100)
    out = CliRunner().invoke(cli, ["analyze", "brokers", "-i", str(path)], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "sampled from 100 of 400 actors (approximate; --exact" in out.output
    out = CliRunner().invoke(cli, ["analyze", "brokers", "-i", str(path), "--exact"], catch_exceptions=False)
    assert out.exit_code == 0 and "sampled" not in out.output
