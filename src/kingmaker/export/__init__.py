"""Exports of a store (or any extraction): graph files, tables, the contract JSON, JSONL, FtM.

``export(source, fmt, path)`` writes ``source`` (a ``Store``, a ``Snapshot`` or an
``Extraction``) in one of ``FORMATS``. Every format carries each item's id (the store's, so
that ``kingmaker reject ID`` works from an export; positional ``r1``... for a plain
extraction), its document and its evidence sentence with offsets.

* ``graphml``, ``gexf``: a directed multigraph (networkx writers): actors are nodes, ties and
  events with both ends known are edges; lists (aliases, documents) are joined with ``"; "``.
* ``csv``: a directory of ``actors.csv``, ``relations.csv``, ``events.csv``, ``facts.csv``,
  ``documents.csv``.
* ``json``: the extraction contract (``kingmaker_format: 1``).
* ``jsonl``: one record per line, ``{"record": "actor" | "relation" | ..., ...}``.
* ``ftm``: FollowTheMoney entities, one JSON object per line (needs ``kingmaker[ftm]``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from kingmaker.errors import KingmakerError
from kingmaker.model import Extraction
from kingmaker.store.base import Snapshot

__all__ = ["FORMATS", "ExportError", "as_snapshot", "export", "format_for_path", "select_snapshot", "tables"]

FORMATS = ("graphml", "gexf", "csv", "jsonl", "json", "ftm")
_SUFFIXES = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
             ".ftm": "ftm"}


class ExportError(KingmakerError):
    """An export cannot be written (bad path, missing optional package)."""


def format_for_path(path: str | Path) -> str | None:
    """The format a file name implies (``out.gexf`` -> ``gexf``), else ``None``."""
    name = str(path).lower()
    if name.endswith(".ftm.json"):
        return "ftm"
    return _SUFFIXES.get(Path(name).suffix)


def as_snapshot(source: Any) -> Snapshot:
    if isinstance(source, Snapshot):
        return source
    if isinstance(source, Extraction):
        return Snapshot(source, [f"r{i + 1}" for i in range(len(source.relations))],
                        [f"e{i + 1}" for i in range(len(source.events))],
                        [f"f{i + 1}" for i in range(len(source.facts))])
    if hasattr(source, "snapshot"):
        return source.snapshot()
    raise TypeError(f"cannot export {type(source).__name__}: expected a Store, Snapshot or Extraction")


def select_snapshot(source: Any, **filters: Any) -> tuple[Snapshot, int]:
    """The part of ``source`` that :func:`kingmaker.graph.select` keeps (``as_of``, ``since``, ``until``,
    ``types``, ``actor`` id), with item ids still aligned; and how many undated documents it left out."""
    from kingmaker.graph import select

    snap = as_snapshot(source)
    ex = snap.extraction
    sel = select(ex, **filters)
    docs = [d for d in ex.documents if d.id in sel.documents]
    kept = Extraction(
        documents=docs, actors=[a for a in ex.actors if a.id in sel.actors],
        relations=[ex.relations[i] for i in sel.relations], events=[ex.events[i] for i in sel.events],
        facts=[ex.facts[i] for i in sel.facts],
        mentions=[m for m in ex.mentions if m.actor in sel.actors],
        local_map={k: v for k, v in ex.local_map.items() if k[0] in sel.documents and v in sel.actors})
    return Snapshot(kept, [snap.relation_ids[i] for i in sel.relations], [snap.event_ids[i] for i in sel.events],
                    [snap.fact_ids[i] for i in sel.facts]), sel.undated


def tables(source: Any) -> dict[str, list[dict[str, Any]]]:
    """Flat rows for actors, relations, events, facts and documents (lists stay lists)."""
    snap = as_snapshot(source)
    ex = snap.extraction
    names = {a.id: a.name for a in ex.actors}
    dates = {d.id: d.date for d in ex.documents}
    return {
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "subkind": a.subkind, "aliases": list(a.aliases),
                    "documents": list(a.documents), "mentions": a.mentions} for a in ex.actors],
        "relations": [{"id": rid, "source": r.source, "source_name": names.get(r.source), "type": r.type,
                       "target": r.target, "target_name": names.get(r.target), "document": r.evidence.document,
                       "date": dates.get(r.evidence.document), "confidence": round(r.confidence, 3),
                       "start": r.evidence.start, "end": r.evidence.end, "evidence": r.evidence.text}
                      for rid, r in zip(snap.relation_ids, ex.relations)],
        "events": [{"id": eid, "source": e.source, "source_name": names.get(e.source), "type": e.type,
                    "target": e.target, "target_name": names.get(e.target), "document": e.evidence.document,
                    "date": e.date or dates.get(e.evidence.document), "event_date": e.date, "negated": e.negated,
                    "trigger": e.trigger, "confidence": round(e.confidence, 3), "start": e.evidence.start,
                    "end": e.evidence.end, "evidence": e.evidence.text}
                   for eid, e in zip(snap.event_ids, ex.events)],
        "facts": [{"id": fid, "actor": f.actor, "actor_name": names.get(f.actor), "key": f.key, "value": f.value,
                   "document": f.evidence.document, "date": dates.get(f.evidence.document),
                   "confidence": round(f.confidence, 3), "start": f.evidence.start, "end": f.evidence.end,
                   "evidence": f.evidence.text}
                  for fid, f in zip(snap.fact_ids, ex.facts)],
        "documents": [{"id": d.id, "path": d.path, "url": d.url, "title": d.title, "date": d.date}
                      for d in ex.documents],
    }


def _open_text(path: str | Path):
    if str(path) == "-":
        return _Unclosed(sys.stdout)
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as err:
        raise ExportError(f"{path}: cannot write ({err.strerror or err})") from None


class _Unclosed:
    """stdout as a context manager that is not closed on exit."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc):
        self.stream.flush()


def write_json(source: Any, path: str | Path) -> None:
    """The extraction contract (``kingmaker_format: 1``)."""
    data = as_snapshot(source).extraction.to_dict()
    with _open_text(path) as fh:
        _dump_lines(data, fh)


def _dump_lines(data: dict[str, Any], fh) -> None:
    """``data`` as JSON with one top-level key a line and each element of a top-level list on a
    line of its own, each encoded in one call of the C encoder (an indented ``json.dump`` runs the
    pure-Python encoder: most of an export's time on a big store)."""
    fh.write("{")
    for i, (key, value) in enumerate(data.items()):
        fh.write(("," if i else "") + "\n " + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, list) and value:
            fh.write("[")
            for j, item in enumerate(value):
                fh.write(("," if j else "") + "\n  " + json.dumps(item, ensure_ascii=False))
            fh.write("\n ]")
        else:
            fh.write(json.dumps(value, ensure_ascii=False))
    fh.write("\n}\n")


def export(source: Any, fmt: str, path: str | Path) -> dict[str, int]:
    """Write ``source`` as ``fmt`` to ``path`` (``"-"``: stdout, for text formats); returns counts."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    snap = as_snapshot(source)
    if fmt == "json":
        write_json(snap, path)
    elif fmt == "jsonl":
        from kingmaker.export.jsonl import write_jsonl
        write_jsonl(snap, path)
    elif fmt == "csv":
        from kingmaker.export.csv import write_csv
        write_csv(snap, path)
    elif fmt == "graphml":
        from kingmaker.export.graphml import write_graphml
        write_graphml(snap, path)
    elif fmt == "gexf":
        from kingmaker.export.gexf import write_gexf
        write_gexf(snap, path)
    else:
        from kingmaker.export.ftm import write_ftm
        write_ftm(snap, path)
    ex = snap.extraction
    return {"documents": len(ex.documents), "actors": len(ex.actors), "relations": len(ex.relations),
            "events": len(ex.events), "facts": len(ex.facts)}
