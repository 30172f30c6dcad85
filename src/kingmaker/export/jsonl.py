"""JSONL export: one JSON object per line, ``record`` saying what it is.

Documents first, then actors, relations, events and facts; fields as in ``tables()``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kingmaker.export import _open_text, tables

__all__ = ["write_jsonl"]

_RECORDS = (("documents", "document"), ("actors", "actor"), ("relations", "relation"), ("events", "event"),
            ("facts", "fact"))


def write_jsonl(source: Any, path: str | Path) -> None:
    rows = tables(source)
    with _open_text(path) as fh:
        for table, record in _RECORDS:
            for row in rows[table]:
                fh.write(json.dumps({"record": record, **row}, ensure_ascii=False) + "\n")
