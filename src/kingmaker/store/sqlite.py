"""The store on one SQLite file (stdlib ``sqlite3``), in WAL mode so readers work during ingest.

The logic and its SQL live in ``sql.py`` (shared with PostgreSQL); this module opens the file
and supplies SQLite's hooks: ``BEGIN IMMEDIATE`` (SQLite's one writer), its error messages and
full-text search with FTS5 (``documents_fts``, English Porter stemming).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from kingmaker.errors import DatabaseError, StoreError
from kingmaker.store.sql import _MARK_OFF, _MARK_ON, SQLStore

__all__ = ["SQLiteStore"]


def _fts_words(query: str) -> str:
    """``query`` as plain words, each quoted (so that ``al-Azzawi`` or ``U.S.`` are no FTS5 syntax)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in query.split())


class SQLiteStore(SQLStore):
    """See the module docstring. Open with ``kingmaker.store.open_store``."""

    dialect = "sqlite"
    _seek_each_edge = True  # (a query is a call in the process: the map's edges' first documents one by one)
    _driver_errors = (sqlite3.DatabaseError,)

    def __init__(self, path: str | Path = ":memory:", *, readonly: bool = False, create: bool = True):
        self.path = str(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        memory = self.path == ":memory:"
        if not memory:
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"{self.path}: is a directory; --db needs a file name (e.g. "
                                 f"{p / 'kingmaker.db'})")
            if not p.exists():
                if readonly or not create:
                    raise StoreError(f"no store at {self.path}: run `kingmaker ingest PATH...` first, "
                                     "or point --db (or KINGMAKER_DB) at a kingmaker database")
                if not p.parent.exists():
                    raise StoreError(f"{self.path}: folder {p.parent} does not exist")
        try:
            if readonly and not memory:
                uri = "file:" + Path(self.path).resolve().as_posix() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False,
                                       isolation_level=None)
            else:
                conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False,
                                       isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot open the store ({err})") from None
        conn.row_factory = sqlite3.Row
        self._conn = conn
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            # 8 MB of pages: the indexes resolution looks up stay read; a bigger cache only grows the
            # memory of a long ingest with the store (the OS caches the file too)
            conn.execute("PRAGMA cache_size = -8000")
            if not memory and not readonly:
                if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as err:
            conn.close()
            raise StoreError(f"{self.path}: not a kingmaker store ({err})") from None
        try:
            self._open_schema()
        except BaseException:
            conn.close()
            raise

    # ------------------------------------------------------------------ dialect hooks

    def _store_error(self, err: BaseException) -> StoreError:
        if not isinstance(err, sqlite3.OperationalError):
            return DatabaseError(f"{self.path}: the store is damaged or not a kingmaker store ({err})")
        text = str(err)
        if "locked" in text or "busy" in text:
            return DatabaseError(f"{self.path}: the store is busy (another kingmaker is writing to it); "
                              "try again in a moment")
        if "readonly" in text:
            return DatabaseError(f"{self.path}: the store is read-only here ({text})")
        return DatabaseError(f"{self.path}: {text}")

    def _in_transaction(self) -> bool:
        return self._conn.in_transaction

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")  # takes SQLite's write lock now (busy_timeout waits)

    def _part_where(self, cond: str, pattern: str, key: str) -> tuple[str, list[Any]]:
        """The ``part`` level through ``actor_names_tri`` (schema 12's FTS5 trigram index: the names
        holding the query's trigrams, in order) where it exists and the query has three characters
        or more (fewer make no trigram: the scan); the LIKE still decides, so the rows are those of
        the scan."""
        if len(key) < 3 or not self._has_trigram():
            return cond, [pattern]
        return (f"n.num IN (SELECT rowid FROM actor_names_tri WHERE actor_names_tri MATCH ?) AND {cond}",
                ['"' + key.replace('"', '""') + '"', pattern])

    def _has_trigram(self) -> bool:
        """Whether this store keeps ``actor_names_tri`` (an SQLite without the trigram tokenizer
        made the store without it)."""
        if getattr(self, "_trigram", None) is None:
            self._trigram = self._conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                               "name = 'actor_names_tri'").fetchone() is not None
        return self._trigram

    def _fts_rows(self, query: str, where: list[str], params: list[Any], limit: int) -> list[Any]:
        on, off = f"char({ord(_MARK_ON)})", f"char({ord(_MARK_OFF)})"
        sql = (f"SELECT d.id, d.title, d.date, d.text, highlight(documents_fts, 1, {on}, {off}) AS marked, "
               f"highlight(documents_fts, 0, {on}, {off}) AS marked_title FROM documents_fts "
               "JOIN documents d ON d.seq = documents_fts.rowid WHERE " + " AND ".join(["documents_fts MATCH ?",
                                                                                       *where]) +
               " ORDER BY bm25(documents_fts, 5.0, 1.0), d.seq LIMIT ?")
        for q in (query, _fts_words(query)):  # FTS5 syntax, else plain words
            try:
                return self._conn.execute(sql, (q, *params, limit)).fetchall()
            except sqlite3.OperationalError as err:
                problem = str(err)
        raise StoreError(f"cannot search for {query!r} ({problem})")
