"""GEXF export (Gephi): the graph of ``graphml.export_graph`` written by networkx.

The item's type (``leader_of``, ``CONSULT``...) is the edge ``label`` and ``item_type``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["write_gexf"]


def write_gexf(source: Any, path: str | Path) -> None:
    from kingmaker.export import ExportError
    from kingmaker.export.graphml import export_graph

    G = export_graph(source)
    for _, _, data in G.edges(data=True):
        # GEXF keeps "type" for the edge's direction; the item's type goes under its own name
        data["item_type"] = data.pop("type")
    target = "/dev/stdout" if str(path) == "-" else path
    try:
        nx.write_gexf(G, target, encoding="utf-8", prettyprint=True)
    except OSError as err:
        raise ExportError(f"{path}: cannot write ({err.strerror or err})") from None
