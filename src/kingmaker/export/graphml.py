"""Graph exports share one graph: ``export_graph(source)`` -> ``networkx.MultiDiGraph``.

Nodes are actor ids (``label``/``name``, ``kind``, ``subkind``, ``aliases``, ``documents``,
``mentions``); edges are keyed by item id and carry ``kind`` (relation/event), ``type``,
``document``, ``date``, ``confidence``, ``evidence``, ``start``, ``end`` (events also
``negated`` and ``trigger``). Events without a known source and target are not edges.
GraphML and GEXF take scalars only: lists are joined with ``"; "`` and missing values left out.

>>> from kingmaker.model import Actor, Evidence, Extraction, Relation
>>> ex = Extraction(actors=[Actor("a1", "Jane Roe", "person", aliases=["Roe", "J. Roe"]),
...                         Actor("a2", "Alpha Party", "organization")],
...                 relations=[Relation("a1", "leader_of", "a2", Evidence("d1", 0, 16, "Roe leads Alpha."))])
>>> G = export_graph(ex)
>>> G.nodes["a1"]["aliases"], list(G.edges(keys=True))
('Roe; J. Roe', [('a1', 'a2', 'r1')])
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["export_graph", "write_graphml"]


def _scalars(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple, set)):
            v = "; ".join(str(x) for x in v)
        out[k] = v
    return out


def export_graph(source: Any) -> nx.MultiDiGraph:
    from kingmaker.export import tables

    rows = tables(source)
    G = nx.MultiDiGraph(name="kingmaker", document_count=len(rows["documents"]))
    for a in rows["actors"]:
        G.add_node(a["id"], **_scalars({"label": a["name"], **{k: v for k, v in a.items() if k != "id"}}))
    for kind, table in (("relation", "relations"), ("event", "events")):
        for r in rows[table]:
            if r["source"] is None or r["target"] is None:
                continue
            attrs = {k: v for k, v in r.items() if k not in ("source", "target", "source_name", "target_name")}
            G.add_edge(r["source"], r["target"], key=r["id"],
                       **_scalars({"kind": kind, "label": r["type"], **attrs}))
    return G


def write_networkx(writer: Any, G: nx.Graph, path: str | Path) -> None:
    """Write ``G`` with a networkx XML writer (``nx.write_graphml``, ``nx.write_gexf``) to ``path`` ("-" is stdout);
    a file that cannot be written is an :class:`~kingmaker.export.ExportError` naming it."""
    from kingmaker.export import ExportError

    target = "/dev/stdout" if str(path) == "-" else path
    try:
        writer(G, target, encoding="utf-8", prettyprint=True)
    except OSError as err:
        raise ExportError(f"{path}: cannot write ({err.strerror or err})") from None


def write_graphml(source: Any, path: str | Path) -> None:
    write_networkx(nx.write_graphml, export_graph(source), path)
