"""GEXF export (Gephi): one edge per (source, target, kind, type), weighted, dated.

Gephi reads an edge's ``start``/``end`` as time, so the GEXF graph is built apart from the
GraphML one (:func:`gexf_graph`):

* parallel items of one type between two actors are merged into one edge with ``weight`` and
  ``count`` (how many items), ``ids`` (the item ids, for ``kingmaker reject ID``),
  ``documents`` and the first ``evidence`` sentence; character offsets travel as
  ``evidence_offsets`` (``document:start-end`` of each item), never as ``start``/``end``;
* time intervals come from dates: an event edge lasts from the first to the last day its
  events are dated to (``2021-03`` covers the month); a tie (``leader_of``...) starts on the
  first date it is reported and has no end (ties last). Undated items give no interval;
  a graph with at least one dated edge is written with ``mode="dynamic"`` and
  ``timeformat="date"``, so Gephi's timeline slider works.

The item's type (``leader_of``, ``CONSULT``...) is the edge ``label`` and ``item_type``
(GEXF keeps ``type`` for the edge's direction).

>>> from kingmaker.model import Actor, Document, Event, Evidence, Extraction
>>> ex = Extraction(documents=[Document("d1", "", date="2021-03-02"), Document("d2", "", date="2021-05")],
...                 actors=[Actor("a1", "Alpha", "organization"), Actor("a2", "Beta", "organization")],
...                 events=[Event("a1", "ASSAULT", "a2", Evidence("d1", 0, 9, "A hit B.")),
...                         Event("a1", "ASSAULT", "a2", Evidence("d2", 4, 20, "A hit B again."))])
>>> H = gexf_graph(ex)
>>> [(d["weight"], d["ids"], d["start"], d["end"], d["evidence_offsets"]) for _, _, d in H.edges(data=True)]
[(2, 'e1; e2', '2021-03-02', '2021-05-31', 'd1:0-9; d2:4-20')]
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import networkx as nx

from kingmaker.graph import parse_date

__all__ = ["gexf_graph", "write_gexf"]


def _interval(date: str | None) -> tuple[_dt.date, _dt.date] | None:
    parsed = parse_date(date)
    if parsed is None:
        return None
    day, precision = parsed
    if precision == "day":
        return day, day
    if precision == "month":
        nxt = _dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return day, nxt - _dt.timedelta(days=1)
    return day, _dt.date(day.year, 12, 31)


def gexf_graph(source: Any) -> nx.MultiDiGraph:
    """The graph written to GEXF: parallel items merged, dates as time (see the module doc)."""
    from kingmaker.export.graphml import export_graph

    G = export_graph(source)
    H = nx.MultiDiGraph(name="kingmaker")
    H.add_nodes_from(G.nodes(data=True))
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for u, v, data in G.edges(data=True):
        key = (u, v, data.get("kind"), data.get("type"), bool(data.get("negated", False)))
        groups.setdefault(key, []).append(data)
    dynamic = False
    for (u, v, kind, item_type, negated), items in groups.items():
        first = items[0]
        attrs: dict[str, Any] = {
            "id": first["id"], "label": item_type, "item_type": item_type, "kind": kind,
            "weight": len(items), "count": len(items),
            "ids": "; ".join(str(d["id"]) for d in items),
            "documents": "; ".join(dict.fromkeys(str(d["document"]) for d in items if d.get("document"))),
            "evidence": first.get("evidence"),
            "evidence_offsets": "; ".join(f"{d.get('document')}:{d.get('start')}-{d.get('end')}" for d in items),
            "confidence": max(float(d.get("confidence") or 0.0) for d in items),
        }
        if kind == "event":
            attrs["negated"] = negated
        spans = [s for s in (_interval(d.get("date")) for d in items) if s is not None]
        if spans:
            dynamic = True
            attrs["start"] = min(s[0] for s in spans).isoformat()
            if kind == "event":
                attrs["end"] = max(s[1] for s in spans).isoformat()
            attrs["first_date"] = attrs["start"]
            attrs["last_date"] = max(s[1] for s in spans).isoformat()
        H.add_edge(u, v, key=first["id"], **{k: x for k, x in attrs.items() if x is not None})
    if dynamic:
        H.graph["mode"] = "dynamic"
    return H


def write_gexf(source: Any, path: str | Path) -> None:
    from kingmaker.export.graphml import write_networkx

    write_networkx(nx.write_gexf, gexf_graph(source), path)
