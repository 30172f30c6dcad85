"""The analyst's store: documents, extractions, resolved actors and the user's decisions.

``open_store(path)`` is the one entry point; it returns a ``Store`` (see ``base.py``). Today
that is ``SQLiteStore`` on one file (or ``":memory:"``); a server database would plug in here.

>>> store = open_store(":memory:")
>>> store.stats()["documents"]
0
>>> store.to_extraction().to_dict()["kingmaker_format"]
1
"""
from __future__ import annotations

import os
from pathlib import Path

from kingmaker.store.base import Snapshot, Store

__all__ = ["DEFAULT_DB", "Snapshot", "Store", "default_db", "open_store"]

DEFAULT_DB = "kingmaker.db"


def default_db() -> str:
    """``$KINGMAKER_DB``, else ``kingmaker.db`` in the working directory."""
    return os.environ.get("KINGMAKER_DB") or DEFAULT_DB


def open_store(path: str | Path | None = None, *, readonly: bool = False, create: bool = True) -> Store:
    """Open (and create or upgrade, unless ``readonly``) the store at ``path``.

    ``path`` is a file name or ``":memory:"``; ``None`` means ``default_db()``. With
    ``create=False`` (or ``readonly``) a missing file is a ``StoreError`` instead of a new store.
    """
    from kingmaker.store.sqlite import SQLiteStore

    return SQLiteStore(default_db() if path is None else path, readonly=readonly, create=create)
