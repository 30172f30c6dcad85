"""Brokers: actors that sit between others on the tie and event graph.

The multigraph is projected onto a simple undirected graph (two actors are linked when any
tie or non-negated event joins them) and ranked by exact shortest-path betweenness. For
each broker the result lists the pairs of its neighbours it connects: pairs that are not
linked themselves, so that the broker is on a shortest path between them, with the share of
those shortest paths (``1 / common neighbours``) and the evidence of both links.

networkx is the reference implementation; igraph computes the same numbers much faster on
large graphs (exact betweenness on 10,000 nodes and 100,000 edges: minutes against hours)
and is used automatically above ``IGRAPH_THRESHOLD`` nodes when installed.

Past ``APPROX_THRESHOLD`` nodes (2,000) exact betweenness grows as actors × links (a store of
10,000 synthetic documents: about 4,000 actors, 14,000 links, over a second; minutes past 10,000
actors), so ``brokers`` estimates it from ``samples`` source actors drawn with a fixed seed (Brandes' sampled
betweenness, scaled to the whole graph) and says so: ``method`` is ``"sampled"`` and
``approximate`` true (the CLI prints a note). The top brokers of a sampled run match the exact
ones closely (``tests/test_analysis_brokers.py``; timing in ``bench/bench_analysis.py``);
``exact=True`` forces the exact computation.

Examples
--------
>>> G = nx.MultiDiGraph()
>>> for a, b in [("w", "hub"), ("x", "hub"), ("y", "hub"), ("y", "z")]:
...     _ = G.add_edge(a, b, kind="relation", type="allied_with", evidence={"text": f"{a}-{b}"})
>>> r = brokers(G, top=2)
>>> [(b["id"], round(b["betweenness"], 3)) for b in r["brokers"]]
[('hub', 0.833), ('y', 0.5)]
>>> [p["pair"] for p in r["brokers"][0]["pairs"]]
[['w', 'x'], ['w', 'y'], ['x', 'y']]
"""
from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from kingmaker.graph import actor_label, evidence_of

__all__ = ["APPROX_THRESHOLD", "IGRAPH_THRESHOLD", "SAMPLES", "project", "betweenness", "brokers", "link_graph",
           "rank_brokers", "store_brokers"]

#: above this many nodes, ``backend="auto"`` uses igraph when it is installed
IGRAPH_THRESHOLD = 2000
#: above this many nodes, ``brokers`` samples betweenness (``SAMPLES`` sources) unless ``exact``
APPROX_THRESHOLD = 2_000
SAMPLES = 1000


def project(G: nx.MultiDiGraph, *, include: Iterable[str] = ("relation", "event"),
            include_negated: bool = False) -> nx.Graph:
    """Collapse the multigraph to a simple undirected graph.

    Each edge keeps ``count`` (how many ties/events join the pair), ``types`` (sorted) and
    ``evidence`` (the first supporting item). Self-loops are dropped.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", kind="event", type="ACCUSE", negated=False, evidence={})
    >>> _ = G.add_edge("b", "a", kind="relation", type="opposes", evidence={})
    >>> H = project(G)
    >>> H["a"]["b"]["count"], H["a"]["b"]["types"]
    (2, ['ACCUSE', 'opposes'])
    """
    kinds = set(include)
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for u, v, d in G.edges(data=True):
        if u == v or d.get("kind") not in kinds:
            continue
        if d.get("kind") == "event" and d.get("negated") and not include_negated:
            continue
        if H.has_edge(u, v):
            e = H[u][v]
            e["count"] += 1
            if d.get("type") not in e["types"]:
                e["types"] = sorted([*e["types"], d.get("type")])
        else:
            H.add_edge(u, v, count=1, types=[d.get("type")], evidence=evidence_of(d))
    return H


def _igraph_betweenness(H: nx.Graph, samples: int | None = None, seed: int = 0) -> dict[Any, float]:
    """Exact betweenness, or (``samples``) the estimate from that many random sources."""
    import random

    import igraph as ig

    nodes = list(H.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges], directed=False)
    n = len(nodes)
    if samples is not None and samples < n:
        sources = sorted(random.Random(seed).sample(range(n), samples))
        raw = [x * n / samples for x in g.betweenness(directed=False, sources=sources)]
    else:
        raw = g.betweenness(directed=False)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0  # networkx's normalisation
    return {node: raw[i] * scale for i, node in enumerate(nodes)}


def _sampled_betweenness(H: nx.Graph, samples: int, seed: int) -> dict[Any, float]:
    if _has_igraph():
        return _igraph_betweenness(H, samples, seed)
    return nx.betweenness_centrality(H, k=min(samples, H.number_of_nodes()), normalized=True, seed=seed)


def betweenness(H: nx.Graph, *, backend: str = "auto") -> dict[Any, float]:
    """Exact normalised betweenness of an undirected graph.

    Parameters
    ----------
    H : networkx.Graph
        Undirected simple graph (see :func:`project`).
    backend : {"auto", "networkx", "igraph"}
        ``auto`` uses igraph above ``IGRAPH_THRESHOLD`` nodes when it is installed.

    Returns
    -------
    dict
        Node -> betweenness normalised as in :func:`networkx.betweenness_centrality`.

    Raises
    ------
    ValueError
        On an unknown backend, or ``"igraph"`` when igraph is not installed.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    if backend not in ("auto", "networkx", "igraph"):
        raise ValueError(f"unknown betweenness backend {backend!r} (auto, networkx, igraph)")
    use_igraph = backend == "igraph"
    if backend == "auto" and H.number_of_nodes() > IGRAPH_THRESHOLD:
        use_igraph = _has_igraph()
    if use_igraph:
        try:
            return _igraph_betweenness(H)
        except ImportError:
            raise ValueError("the igraph backend needs python-igraph (pip install igraph)") from None
    return nx.betweenness_centrality(H, normalized=True)


def brokers(G: nx.MultiDiGraph, *, top: int = 10, pairs: int = 5,
            include: Iterable[str] = ("relation", "event"), backend: str = "auto", exact: bool = False,
            samples: int | None = None, seed: int = 0) -> dict[str, Any]:
    """Rank actors by betweenness and say which pairs each one connects.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`kingmaker.graph.build_graph`.
    top : int
        How many brokers to report (those with betweenness 0 are never reported).
    pairs : int
        How many connected pairs to list per broker (the most dependent first).
    include : iterable of {"relation", "event"}
        Which edges make the graph.
    backend : {"auto", "networkx", "igraph"}
        See :func:`betweenness`.
    exact : bool
        Exact betweenness however large the graph (past ``APPROX_THRESHOLD`` nodes it is
        otherwise estimated from ``samples`` (default ``SAMPLES``) random sources drawn with ``seed``).

    Returns
    -------
    dict
        ``nodes``, ``edges`` (of the projected graph), ``backend`` used, ``method``
        (``"exact"`` or ``"sampled"``), ``approximate``, ``samples`` (``None`` when exact) and ``brokers``: a
        list of ``{"id", "name", "kind", "betweenness", "degree", "pairs_total", "pairs"}``
        where each pair is ``{"pair": [id, id], "names": [...], "share": float,
        "evidence": [evidence of link 1, evidence of link 2]}``.
    """
    H = project(G, include=include)
    return rank_brokers(H, label=lambda n: actor_label(G, n), kind=lambda n: G.nodes[n].get("kind"),
                        evidence=lambda u, v: H[u][v]["evidence"], top=top, pairs=pairs, backend=backend,
                        exact=exact, samples=samples, seed=seed)


def link_graph(actors: Iterable[Any], links: Iterable[Any]) -> nx.Graph:
    """The projected graph of :func:`project` from aggregated links (a store's ``links()``): nodes
    ``[id, name, kind]`` (every actor), edges ``[a, b, count, types]``; no evidence on the edges (a
    result asks for the few it shows).

    Examples
    --------
    >>> H = link_graph([["a1", "Ann", "person"], ["a2", "Bo", "person"]], [["a1", "a2", 3, ["ACCUSE"]]])
    >>> H.nodes["a1"]["name"], H["a1"]["a2"]["count"]
    ('Ann', 3)
    """
    H = nx.Graph()
    for node, name, kind in actors:
        H.add_node(node, name=name, kind=kind)
    for a, b, count, types in links:
        for node in (a, b):
            if node not in H:
                H.add_node(node, name=node, kind=None)
        H.add_edge(a, b, count=count, types=list(types))
    return H


def rank_brokers(H: nx.Graph, *, label, kind, evidence, top: int = 10, pairs: int = 5, backend: str = "auto",
                 exact: bool = False, samples: int | None = None, seed: int = 0) -> dict[str, Any]:
    """:func:`brokers` on a projected graph ``H``: ``label(node)``, ``kind(node)`` and ``evidence(u,
    v)`` (of the link ``u``-``v``) are asked only for the brokers and pairs reported."""
    samples = SAMPLES if samples is None else samples
    sampled = not exact and H.number_of_nodes() > APPROX_THRESHOLD and samples < H.number_of_nodes()
    if sampled:
        scores = _sampled_betweenness(H, samples, seed)
        used = "igraph" if _has_igraph() else "networkx"
    else:
        scores = betweenness(H, backend=backend)
        used = "igraph" if backend == "igraph" or (
            backend == "auto" and H.number_of_nodes() > IGRAPH_THRESHOLD and _has_igraph()) else "networkx"
    ranked = sorted((n for n in H.nodes if scores.get(n, 0.0) > 0),
                    key=lambda n: (-scores[n], label(n).casefold(), str(n)))[:top]
    out = []
    for node in ranked:
        found, total = _connected_pairs(H, node, pairs, label, evidence)
        out.append({"id": node, "name": label(node), "kind": kind(node),
                    "betweenness": scores[node], "degree": H.degree(node),
                    "pairs_total": total, "pairs": found})
    return {"nodes": H.number_of_nodes(), "edges": H.number_of_edges(), "backend": used,
            "method": "sampled" if sampled else "exact", "approximate": sampled,
            "samples": samples if sampled else None, "brokers": out}


def _connected_pairs(H: nx.Graph, node: Any, limit: int, label, evidence,
                     max_scan: int = 20_000) -> tuple[list[dict[str, Any]], int]:
    """Pairs of ``node``'s neighbours that are not linked to each other.

    The count is exact; the listed pairs are the most dependent on ``node`` (fewest other
    common neighbours) among the first ``max_scan`` pairs examined, low-degree neighbours
    first (a hub's leaf neighbours depend on it entirely, so the scan finds them early).
    """
    nbrs = list(H[node])
    nbr_set = set(nbrs)
    # neighbour sets, so that the counts below are set intersections in C (a view of H per lookup
    # costs a Python call per neighbour: most of the time on a hub with thousands of neighbours)
    around = {a: set(H[a]) for a in nbrs}
    inner = sum(len(nbr_set & around[a]) for a in nbrs) // 2
    total = len(nbrs) * (len(nbrs) - 1) // 2 - inner
    nbrs.sort(key=lambda n: (len(around[n]), label(n).casefold(), str(n)))
    found: list[tuple[float, Any, Any]] = []  # (share, a, b); described below for the few listed
    scanned = full = 0
    for a, b in combinations(nbrs, 2):
        scanned += 1
        if scanned > max_scan:
            break
        if b in around[a]:
            continue
        small, large = (a, b) if len(around[a]) <= len(around[b]) else (b, a)
        common = len(around[small] & around[large])
        found.append((1.0 / common, a, b))
        full += common == 1
        if full >= limit:  # nothing can rank above these
            break
    found.sort(key=lambda p: -p[0])  # stable: ties keep the scan order
    return [{"pair": [a, b], "names": [label(a), label(b)], "share": share,
             "evidence": [evidence(node, a), evidence(node, b)]} for share, a, b in found[:limit]], total


def store_brokers(store, *, as_of: str | None = None, include: Iterable[str] = ("relation", "event"),
                  **options: Any) -> dict[str, Any]:
    """:func:`brokers` over a store, on the graph it aggregates in SQL (``store.links``: one row per
    linked pair, not one per item) and with the evidence of the pairs shown only
    (``store.link_evidence``); ``as_of``: an ISO day. The result also says how many undated
    documents the cut left out (``undated``)."""
    include = tuple(include)
    links = store.links(as_of=as_of, include=include)
    H = link_graph(links["actors"], links["links"])
    seen: dict[tuple[Any, Any], dict[str, Any]] = {}

    def evidence(u: Any, v: Any) -> dict[str, Any]:
        if (u, v) not in seen:
            seen[(u, v)] = store.link_evidence(u, v, as_of=as_of, include=include) or {}
        return dict(seen[(u, v)])

    result = rank_brokers(H, label=lambda n: H.nodes[n].get("name") or str(n), kind=lambda n: H.nodes[n].get("kind"),
                          evidence=evidence, **options)
    return {**result, "undated": links["undated"]}


def _has_igraph() -> bool:
    """Whether python-igraph is installed (found without importing it)."""
    return importlib.util.find_spec("igraph") is not None
