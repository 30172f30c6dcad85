"""CSV export: a directory of ``actors.csv``, ``relations.csv``, ``events.csv``, ``facts.csv``
and ``documents.csv`` (UTF-8, header row, lists joined with ``"; "``)."""
from __future__ import annotations

import csv as _csv
from pathlib import Path
from typing import Any

__all__ = ["TABLES", "cell", "write_csv"]

TABLES = ("actors", "relations", "events", "facts", "documents")


def cell(value: Any) -> Any:
    """A CSV cell: lists joined with "; ", None as empty, booleans as true/false."""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(source: Any, path: str | Path) -> list[Path]:
    from kingmaker.export import ExportError, tables

    out = Path(path)
    if str(path) == "-":
        raise ExportError("csv export writes a directory of tables; give -o DIRECTORY")
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: exists and is not a directory; csv export writes a directory of tables")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(f"{out}: cannot create the directory ({err.strerror or err})") from None
    rows = tables(source)
    written = []
    for name in TABLES:
        target = out / f"{name}.csv"
        fields = list(rows[name][0]) if rows[name] else _EMPTY_HEADERS[name]
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                writer = _csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                for row in rows[name]:
                    writer.writerow({k: cell(v) for k, v in row.items()})
        except OSError as err:
            raise ExportError(f"{target}: cannot write ({err.strerror or err})") from None
        written.append(target)
    return written


def _headers() -> dict[str, list[str]]:
    from kingmaker.export import tables
    from kingmaker.model import (
        Actor,
        Document,
        Event,
        Evidence,
        Extraction,
        Fact,
        Relation,
    )

    ev = Evidence("d", 0, 0, "")
    ex = Extraction(documents=[Document("d", "")], actors=[Actor("a1", "x", "person")],
                    relations=[Relation("a1", "backs", "a1", ev)], events=[Event(None, "AID", None, ev)],
                    facts=[Fact("a1", "seats", 0, ev)])
    return {k: list(v[0]) for k, v in tables(ex).items()}


class _LazyHeaders(dict):
    def __missing__(self, key):
        self.update(_headers())
        return dict.__getitem__(self, key)


_EMPTY_HEADERS = _LazyHeaders()
