"""The SQLite schema of a kingmaker store, as numbered migrations (``PRAGMA user_version``).

Three layers live in one file, each in its own tables:

* machine output, one row set per document, replaced as a whole when the document changes:
  ``documents``, ``local_actors`` (document-local actors ``L1``...), ``mentions``, ``evidence``,
  ``relations``, ``events``, ``facts`` (items point at local actors);
* resolution, rebuilt from the machine output and the user's decisions after every change:
  ``actors`` (global actors with stable ids) and ``actor_members`` (local actor -> actor);
* the user's decisions, never touched by ingest: ``user_actors`` (the user dictionary: merges,
  aliases, renames and splits), ``rejections`` (rejected item ids) and ``decisions`` (a log).

A migration is appended, never edited: a store made by an older kingmaker is upgraded in place.
"""
from __future__ import annotations

import sqlite3

from kingmaker.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "schema_version"]

MIGRATIONS: list[str] = [
    # 1: first schema
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,          -- ingest order; kept when a document is replaced
        path TEXT,
        url TEXT,
        title TEXT,
        date TEXT,
        hash TEXT NOT NULL,                   -- sha256 of text, title, date and url
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE local_actors (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list
        mentions INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        UNIQUE (doc_id, start, end)
    );
    CREATE TABLE relations (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        source TEXT NOT NULL,                 -- local actor id
        type TEXT NOT NULL,
        target TEXT NOT NULL,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX relations_doc ON relations(doc_id);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        source TEXT,
        type TEXT NOT NULL,
        target TEXT,
        date TEXT,
        negated INTEGER NOT NULL DEFAULT 0,
        trigger TEXT,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE facts (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        actor TEXT NOT NULL,
        key TEXT NOT NULL,
        value INTEGER NOT NULL,
        evidence_id INTEGER NOT NULL REFERENCES evidence(id),
        confidence REAL NOT NULL
    );
    CREATE INDEX facts_doc ON facts(doc_id);
    CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        num INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        documents TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0,
        curated INTEGER NOT NULL DEFAULT 0    -- named by a user dictionary entry
    );
    CREATE TABLE actor_members (
        doc_id TEXT NOT NULL,
        local_id TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        PRIMARY KEY (doc_id, local_id)
    );
    CREATE INDEX actor_members_actor ON actor_members(actor_id);
    CREATE TABLE user_actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        subkind TEXT,
        aliases TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE rejections (
        item_id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
    );
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        args TEXT NOT NULL                    -- JSON
    );
    INSERT INTO meta (key, value) VALUES ('next_actor', '1'), ('dirty', '0');
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def migrate(conn: sqlite3.Connection, where: str, *, readonly: bool = False) -> int:
    """Bring the schema to ``SCHEMA_VERSION``; returns the version found.

    Raises ``StoreError`` for a file that is not a kingmaker store, one written by a newer
    kingmaker, or an old store opened read-only.
    """
    try:
        version = schema_version(conn)
        tables = _tables(conn)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{where}: not a kingmaker store ({err})") from None
    if version > SCHEMA_VERSION:
        raise StoreError(f"{where}: made by a newer kingmaker (schema {version}, this one knows "
                         f"{SCHEMA_VERSION}); upgrade kingmaker")
    if version == 0 and tables:
        raise StoreError(f"{where}: not a kingmaker store (an SQLite file with tables "
                         f"{', '.join(sorted(tables)[:5])}); choose another --db")
    if version == SCHEMA_VERSION:
        return version
    if readonly:
        raise StoreError(f"{where}: schema {version} needs an upgrade to {SCHEMA_VERSION}; run any "
                         "writing command (e.g. `kingmaker ingest`) once")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in _statements(MIGRATIONS[number - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        code = line.split("--", 1)[0]
        buf += code + "\n" if "--" in line and "'" not in code else line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
