"""Exploring the one graph (:func:`kingmaker.graph.build_graph`) with networkx: how is A connected to B?"""
from __future__ import annotations

from typing import Any

import networkx as nx

from kingmaker.graph import actor_label, find_actor, relations

__all__ = ["connection"]


def connection(G: nx.MultiDiGraph, a: str, b: str, *, types: set[str] | None = None,
               min_confidence: float = 0.0, documents: dict[str, Any] | None = None) -> dict[str, Any]:
    """The shortest chain of ties (either direction) from actor ``a`` to actor ``b``, with the evidence
    of each step. ``a`` and ``b`` are ids, names or aliases (:func:`kingmaker.graph.find_actor`).

    Returns ``{"source", "target", "path": [ids], "steps": [{source, target, source_name,
    target_name, ties: [items]}]}``; ``path`` is empty when no chain of ties joins them.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, name=n.upper())
    >>> ev = {"document": "d1", "text": "A backs B.", "start": 0, "end": 10, "date": None}
    >>> G.add_edge("a", "b", id="r1", kind="relation", type="backs", confidence=0.9, evidence=ev)
    0
    >>> G.add_edge("c", "b", id="r2", kind="relation", type="opposes", confidence=0.9, evidence=ev)
    0
    >>> found = connection(G, "A", "c")
    >>> found["path"], [t["type"] for s in found["steps"] for t in s["ties"]]
    (['a', 'b', 'c'], ['backs', 'opposes'])
    """
    source, target = find_actor(G, a), find_actor(G, b)
    H = nx.Graph()
    H.add_nodes_from((source, target))
    for u, v, d in relations(G, types):
        if u != v and float(d.get("confidence", 1.0)) >= min_confidence:
            H.add_edge(u, v)
    try:
        path = nx.shortest_path(H, source, target)
    except nx.NetworkXNoPath:
        path = []
    steps = []
    for u, v in zip(path, path[1:]):
        ties = [_item(G, x, y, d, documents) for x, y in ((u, v), (v, u))
                for d in (G.get_edge_data(x, y) or {}).values()
                if d.get("kind") == "relation" and (types is None or d.get("type") in types)
                and float(d.get("confidence", 1.0)) >= min_confidence]
        ties.sort(key=lambda it: (-it["confidence"], it["date"] or "", it["id"]))
        steps.append({"source": u, "target": v, "source_name": actor_label(G, u),
                      "target_name": actor_label(G, v), "ties": ties})
    return {"source": {"id": source, "name": actor_label(G, source)},
            "target": {"id": target, "name": actor_label(G, target)}, "path": path, "steps": steps}


def _item(G: nx.MultiDiGraph, u: str, v: str, d: dict[str, Any], documents: dict[str, Any] | None) -> dict[str, Any]:
    ev = d.get("evidence") or {}
    doc = (documents or {}).get(ev.get("document"))
    return {"id": d.get("id"), "kind": "relation", "type": d.get("type"), "source": u, "target": v,
            "source_name": actor_label(G, u), "target_name": actor_label(G, v), "document": ev.get("document"),
            "document_title": getattr(doc, "title", None), "evidence": ev.get("text"), "start": ev.get("start"),
            "end": ev.get("end"), "date": ev.get("date"), "confidence": round(float(d.get("confidence", 1.0)), 3)}
