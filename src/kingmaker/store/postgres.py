"""The store on a PostgreSQL server (``--db postgresql://user@host:port/dbname``), for teams.

The logic and its SQL live in ``sql.py`` (shared with SQLite); this module connects with
``psycopg`` (``pip install 'kingmaker[postgres]'``) and supplies PostgreSQL's hooks:

* one writer at a time, as in SQLite: every write transaction first takes a transaction-level
  advisory lock (``pg_advisory_xact_lock``), waiting up to 30 s (``lock_timeout``) for another
  writer; readers never wait (MVCC);
* ``?`` placeholders become psycopg's ``%s``; rows read by index and by column name;
* full-text search over ``documents_fts`` (a weighted English ``tsvector`` per document, kept by a
  trigger): the query syntax is the one the SQLite store accepts (FTS5's words, "phrases", ``OR``,
  ``NOT``, ``prefix*``, parentheses), translated to a ``tsquery``; ``ts_headline`` marks the matches.
"""
from __future__ import annotations

import functools
import re
import threading
from typing import Any

from kingmaker.errors import DatabaseError, StoreError
from kingmaker.store.schema import PG_WRITE_LOCK, _tables, schema_version
from kingmaker.store.sql import _MARK_OFF, _MARK_ON, SQLStore

__all__ = ["PostgresStore", "is_postgres_url"]

_URL = re.compile(r"^postgres(ql)?://", re.IGNORECASE)


def is_postgres_url(path: object) -> bool:
    """``postgresql://...`` (or ``postgres://...``): a server database, not a file name."""
    return isinstance(path, str) and bool(_URL.match(path))


def _redact(url: str) -> str:
    """The URL without its password (it is shown in messages)."""
    return re.sub(r"(://[^:/@?]*:)[^@/?]*@", r"\1***@", url)


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [type(err).__name__])[0]


@functools.lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled); no SQL here has ``?`` in text."""
    return sql.replace("%", "%%").replace("?", "%s")


def _no_nul(params: tuple | list) -> tuple | list:
    """PostgreSQL text cannot hold NUL: it is stored as U+FFFD (one character too, so offsets hold)."""
    if any(isinstance(p, str) and "\x00" in p for p in params):
        return [p.replace("\x00", "\ufffd") if isinstance(p, str) else p for p in params]
    return params


class _Row:
    """A result row read by index or by column name, like ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: tuple, index: dict[str, int]):
        self._values = values
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key]] if isinstance(key, str) else self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):
    index = {c.name: i for i, c in enumerate(cursor.description or ())}
    return lambda values: _Row(values, index)


class _Connection:
    """The few calls the shared code makes (``execute``, ``executemany``, ``close``) on psycopg."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql: str, params: tuple | list | None = None):
        cur = self.raw.cursor(row_factory=_row_factory)
        if params is None:  # no parameters: sent as is, several statements allowed (migrations)
            cur.execute(sql)
        else:
            cur.execute(_pg_sql(sql), _no_nul(params))
        return cur

    def executemany(self, sql: str, rows) -> None:
        rows = [_no_nul(r) for r in rows]
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)

    def close(self) -> None:
        self.raw.close()


# FTS5 query syntax -> tsquery text. A bareword is what FTS5 accepts unquoted; anything else is
# read as plain words (as the SQLite store does when FTS5 reports a syntax error).
_TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
_BAREWORD = re.compile(r"[\w\x1a]+")


def _quote(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _phrase(text: str) -> str:
    words = [w for w in re.split(r"[^\w]+", text) if w]
    if not words:
        raise ValueError("an empty phrase")
    return "(" + " <-> ".join(_quote(w) for w in words) + ")"


def _tsquery(query: str) -> str:
    """``query`` in FTS5 syntax as ``to_tsquery`` text; ``ValueError`` when it is not FTS5 syntax."""
    if query.count('"') % 2:
        raise ValueError("an unclosed quote")
    out: list[str] = []
    operand_next, depth, after_group = True, 0, False
    for m in _TOKEN.finditer(query):
        phrase, opening, closing, word = m.groups()
        if word in ("AND", "OR", "NOT"):
            if operand_next:
                raise ValueError(f"{word} without a word before it")
            out.append({"AND": "&", "OR": "|", "NOT": "& !"}[word])
            operand_next, after_group = True, False
        elif closing:
            if operand_next or not depth:
                raise ValueError("unbalanced parentheses")
            out.append(")")
            depth -= 1
            after_group = True
        elif opening:
            if not operand_next:  # FTS5 joins words without an operator, never a group
                raise ValueError("a group needs AND, OR or NOT before it")
            out.append("(")
            depth += 1
        else:
            if after_group:
                raise ValueError("a group needs AND, OR or NOT after it")
            if not operand_next:
                out.append("&")
            if phrase is not None:
                out.append(_phrase(phrase))
            elif word.endswith("*") and _BAREWORD.fullmatch(word[:-1]):
                out.append(_quote(word[:-1]) + ":*")
            elif _BAREWORD.fullmatch(word):
                out.append(_quote(word))
            else:
                raise ValueError(f"{word!r} is no bareword")
            operand_next = False
    if operand_next or depth:
        raise ValueError("an incomplete query")
    return " ".join(out)


def _plain_words(query: str) -> str:
    """Every word must occur (each word as a phrase of its parts: ``Sea-Guard``, ``U.S.``)."""
    return " & ".join(_phrase(w) for w in query.split() if re.search(r"\w", w)) or "''"


_HEADLINE = f"'StartSel=' || chr({ord(_MARK_ON)}) || ', StopSel=' || chr({ord(_MARK_OFF)}) || ', HighlightAll=true'"


class PostgresStore(SQLStore):
    """See the module docstring. Open with ``kingmaker.store.open_store("postgresql://...")``."""

    dialect = "postgresql"

    def __init__(self, url: str, *, readonly: bool = False, create: bool = True):
        try:
            import psycopg
        except ImportError:
            raise StoreError("a postgresql:// store needs psycopg: pip install 'kingmaker[postgres]'") from None
        self._psycopg = psycopg
        self._driver_errors = (psycopg.Error,)
        self.path = _redact(url)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._url = url
        self._conn = self._connect()
        raw = self._conn.raw
        try:
            if (readonly or not create) and schema_version(self._conn, self.dialect) == 0 \
                    and not _tables(self._conn, self.dialect):
                raise StoreError(f"no store at {self.path}: run `kingmaker ingest PATH... --db URL` first, "
                                 "or point --db (or KINGMAKER_DB) at a kingmaker database")
            self._open_schema()
        except psycopg.Error as err:
            raw.close()
            raise self._store_error(err) from None
        except BaseException:
            raw.close()
            raise

    def _connect(self) -> _Connection:
        psycopg = self._psycopg
        try:
            raw = psycopg.connect(self._url, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            raise StoreError(f"{self.path}: cannot connect to the database ({_first_line(err)})") from None
        except Exception as err:  # noqa: BLE001 - a malformed URL raises plain errors
            raise StoreError(f"{self.path}: not a database URL ({err})") from None
        conn = _Connection(raw)
        try:
            conn.execute("SET lock_timeout = '30s'")  # waiting for another writer
            if self.readonly:
                conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as err:
            raw.close()
            raise self._store_error(err) from None
        return conn

    # ------------------------------------------------------------------ dialect hooks

    def _reconnect_if_lost(self) -> None:
        # a server restart closes the connection: the call that met it failed, the next one reconnects
        if self._conn.raw.closed:
            self._conn = self._connect()

    def _store_error(self, err: BaseException) -> StoreError:
        errors = self._psycopg.errors
        if isinstance(err, errors.LockNotAvailable):
            return DatabaseError(f"{self.path}: the store is busy (another kingmaker is writing to it); "
                              "try again in a moment")
        if isinstance(err, errors.ReadOnlySqlTransaction):
            return DatabaseError(f"{self.path}: the store is read-only here ({_first_line(err)})")
        if isinstance(err, self._psycopg.OperationalError):
            return DatabaseError(f"{self.path}: the database connection failed ({_first_line(err)})")
        return DatabaseError(f"{self.path}: {_first_line(err)}")

    def _in_transaction(self) -> bool:
        return self._conn.raw.info.transaction_status != self._psycopg.pq.TransactionStatus.IDLE

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN")
        try:
            self._conn.execute(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def _fts_rows(self, query: str, where: list[str], params: list[Any], limit: int) -> list[Any]:
        sql = ("SELECT d.id, d.title, d.date, d.text, "
               f"ts_headline('english', d.text, hit.q, {_HEADLINE}) AS marked, "
               f"ts_headline('english', coalesce(d.title, ''), hit.q, {_HEADLINE}) AS marked_title "
               "FROM (SELECT f.rowid, ts_rank(f.fts, q.q) AS rank, q.q "
               "      FROM (SELECT to_tsquery('english', ?) AS q) q, documents_fts f "
               "      JOIN documents d ON d.seq = f.rowid WHERE " + " AND ".join(["f.fts @@ q.q", *where]) +
               "      ORDER BY rank DESC, d.seq LIMIT ?) hit "
               "JOIN documents d ON d.seq = hit.rowid ORDER BY hit.rank DESC, d.seq")
        try:
            texts = [_tsquery(query)]
        except ValueError:
            texts = []
        texts.append(_plain_words(query))
        for text in texts:  # FTS5 syntax, else plain words
            try:
                return self._conn.execute(sql, (text, *params, limit)).fetchall()
            except self._psycopg.errors.SyntaxError as err:  # to_tsquery refused the text
                problem = _first_line(err)
        raise StoreError(f"cannot search for {query!r} ({problem})")
