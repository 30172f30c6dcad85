"""The analyst's store: documents, extractions, resolved actors and the user's decisions.

``open_store(path)`` is the one entry point; it returns a ``Store`` (see ``base.py``):
``SQLiteStore`` on one file (or ``":memory:"``), or ``PostgresStore`` for a
``postgresql://user@host:port/dbname`` URL (a server database for teams). Both run the same SQL
(``sql.py``) and schema (``schema.py``).

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

__all__ = ["DEFAULT_DB", "Snapshot", "Store", "default_db", "is_server_url", "open_store"]

DEFAULT_DB = "kingmaker.db"


def default_db() -> str:
    """``$KINGMAKER_DB``, else ``kingmaker.db`` in the working directory."""
    return os.environ.get("KINGMAKER_DB") or DEFAULT_DB


def is_server_url(path: str | Path | None) -> bool:
    """``postgresql://...`` (or ``postgres://...``): a server database rather than a file."""
    from kingmaker.store.postgres import is_postgres_url

    return is_postgres_url(path)


def open_store(path: str | Path | None = None, *, readonly: bool = False, create: bool = True) -> Store:
    """Open (and create or upgrade, unless ``readonly``) the store at ``path``.

    ``path`` is a file name, ``":memory:"`` or a ``postgresql://`` URL; ``None`` means
    ``default_db()``. With ``create=False`` (or ``readonly``) a missing file (or a database without
    a store) is a ``StoreError`` instead of a new store.
    """
    path = default_db() if path is None else path
    if is_server_url(path):
        from kingmaker.store.postgres import PostgresStore

        return PostgresStore(str(path), readonly=readonly, create=create)
    from kingmaker.store.sqlite import SQLiteStore

    return SQLiteStore(path, readonly=readonly, create=create)
