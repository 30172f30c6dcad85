"""The store's logic in SQL that SQLite and PostgreSQL both run: ``SQLStore``.

``SQLiteStore`` (``sqlite.py``) and ``PostgresStore`` (``postgres.py``) only open the connection
and supply the few dialect hooks: how a write transaction starts (one writer at a time), how
driver errors read, and full-text search (SQLite FTS5, PostgreSQL ``tsvector``). Queries use
``?`` placeholders; the PostgreSQL connection translates them.

How the layers fit (see ``schema.py``): each document's machine output is stored as extracted,
with document-local actors. Actor resolution (``kingmaker.nlp.resolve``) is a fold over documents
in store order, with the user dictionary on top: a new document's local actors are resolved by
lookups in the resolution index the store keeps (``store/resolution.py``), and only the actors it
touches are rewritten in ``actors`` and ``actor_members``. A replaced or removed document and a
curation step take apart only the actors they touch (and those that may meet them) and fold their
local actors again, in store order (``_refold``: the same fold, so the result is what a rebuild from
all documents gives). Items are joined to global actors through ``actor_members`` when read, and
rejected items are left out.

Global actor ids (``a1``, ``a2``...) stay stable across re-resolution: a resolved actor takes the
id its earliest member (first ingested document, first actor in it) had before, else the id most
of its members had, else a new number. Item ids are content hashes (``ids.py``).
"""
from __future__ import annotations

import abc
import contextlib
import datetime as _dt
import difflib
import functools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kingmaker.errors import KingmakerError, StoreError
from kingmaker.knowledge import norm
from kingmaker.model import (
    SYMMETRIC_RELATIONS,
    Actor,
    DocExtraction,
    Document,
    Event,
    Evidence,
    Extraction,
    Fact,
    Mention,
    Relation,
)
from kingmaker.store import curation
from kingmaker.store.base import Snapshot, Store
from kingmaker.store.ids import ITEM_PREFIXES, content_hash, item_id
from kingmaker.store.schema import migrate

__all__ = ["SQLStore"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _guard(method):
    """Hold the store's lock; turn driver errors into one-line ``StoreError``s."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            self._reconnect_if_lost()
            try:
                return method(self, *args, **kwargs)
            except self._driver_errors as err:
                raise self._store_error(err) from None

    return wrapper


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


_MARK_ON, _MARK_OFF = "\x02", "\x03"
_SENTENCE_END = re.compile(r"[.!?][\"')\]»”’]*\s+|\n\s*")
_SNIPPET_CHARS = 300


def _unmark(marked: str, start: int, end: int) -> tuple[str, list[list[int]]]:
    """The text between ``start`` and ``end`` (offsets without markers) of highlighted text, and
    the marked spans in it; cut to about ``_SNIPPET_CHARS`` around the first mark."""
    out: list[str] = []
    marks: list[list[int]] = []
    i, opened = 0, None
    for ch in marked:
        if ch == _MARK_ON:
            opened = max(i, start) - start
            continue
        if ch == _MARK_OFF:
            if opened is not None and start <= i <= end:
                marks.append([opened, min(i, end) - start])
            opened = None
            continue
        if start <= i < end:
            out.append(ch)
        i += 1
    text = "".join(out)
    if len(text) > _SNIPPET_CHARS:
        first = marks[0][0] if marks else 0
        cut = max(0, min(first - _SNIPPET_CHARS // 3, len(text) - _SNIPPET_CHARS))
        more = cut + _SNIPPET_CHARS < len(text)
        text = ("…" if cut else "") + text[cut:cut + _SNIPPET_CHARS] + ("…" if more else "")
        shift = cut - (1 if cut else 0)
        marks = [[a - shift, b - shift] for a, b in marks if a >= cut and b <= cut + _SNIPPET_CHARS]
    return text, marks


def _kept_day(day: str) -> str:
    """The first day a possibly partial ISO date denotes, as :meth:`SQLStore._kept_date` reads it in SQL."""
    return day + "-01-01" if len(day) == 4 else day + "-01" if len(day) == 7 else day[:10]


def _month_keys(doc_day: str, own_day: str) -> tuple[str, str]:
    """The keys of an event's count in the timeline's sums per month (schema 17) from its document's
    date and its own (as written, ``''``: none): the month of its date (its own, else its
    document's: ``YYYY-MM``; ``YYYY`` for a year; ``''`` none; ``'!'`` when either date is written
    otherwise than a valid ``YYYY[-MM[-DD]]``), and the month of the later of the two first days they
    denote, the day an as-of cut compares (``''``: an undated document, in no cut).

    >>> _month_keys("2021-03-04", ""), _month_keys("2021-03-04", "2021-02"), _month_keys("", "2021")
    (('2021-03', '2021-03'), ('2021-02', '2021-03'), ('2021', ''))
    """
    from kingmaker.graph import parse_date

    if any(x and (not _DATE.match(x) or parse_date(x) is None) for x in (doc_day, own_day)):
        return "!", ""
    day = own_day or doc_day
    last = max(_kept_day(doc_day), _kept_day(own_day) if own_day else "") if doc_day else ""
    return day[:7], last[:7]


def _check_date(option: str, value: str | None) -> None:
    if value is not None and not _DATE.match(value):
        raise StoreError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")


@contextlib.contextmanager
def _resolution_errors() -> Iterator[None]:
    """Cross-document resolution is another module: any error it raises becomes a ``StoreError`` (the
    caller's write transaction then rolls back, so no half-resolved store is left)."""
    try:
        yield
    except KingmakerError:
        raise
    except Exception as err:  # noqa: BLE001 - resolution is another module: never leave a half store
        raise StoreError(f"actor resolution failed ({type(err).__name__}: {err})") from None


class SQLStore(Store):
    """See the module docstring. A subclass opens ``self._conn`` (``execute``, ``executemany``; rows
    readable by index and by column name) and then calls ``_open_schema``."""

    dialect = ""
    readonly = False
    _driver_errors: tuple[type[BaseException], ...] = ()

    def _open_schema(self) -> None:
        """Create or upgrade the schema; finish an ingest that stopped before resolving."""
        migrate(self._conn, self.path, readonly=self.readonly, dialect=self.dialect)
        if not self.readonly and (self._meta("dirty") == "1"  # an ingest stopped before resolving
                                  or self._meta("folded") == "-1"):  # no resolution index yet (older store)
            self.resolve()
        if not self.readonly and self._meta("counted") != "1":  # a store from before schema 6
            with self._lock, self._write():
                self._refresh_counts()
        if not self.readonly and self._meta("named") != "1":  # a store from before schema 7
            with self._lock, self._write():
                self._refresh_names()
        if not self.readonly and self._counted() and self._meta("sphered") != "1":  # from before schema 16
            with self._lock, self._write():
                self._write_spheres()
        if not self.readonly and self._counted() and self._meta("monthly") != "1":  # from before schema 17
            with self._lock, self._write():
                self._write_months()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------ dialect hooks

    def _reconnect_if_lost(self) -> None:
        """Open the connection again if the server closed it (a server database)."""

    @abc.abstractmethod
    def _store_error(self, err: BaseException) -> StoreError:
        """A driver error as one line for the user."""

    @abc.abstractmethod
    def _in_transaction(self) -> bool: ...

    @abc.abstractmethod
    def _begin_write(self) -> None:
        """Open a write transaction holding the store's one writer lock (waits for another writer)."""

    @abc.abstractmethod
    def _fts_rows(self, query: str, where: list[str], params: list[Any], limit: int) -> list[Any]:
        """Documents matching ``query``, best first (``where``/``params``: more conditions on ``d``):
        rows with ``id``, ``title``, ``date``, ``text`` and ``marked``/``marked_title`` (the text and
        title with every match between ``_MARK_ON`` and ``_MARK_OFF``)."""

    # ------------------------------------------------------------------ internals

    @contextlib.contextmanager
    def _write(self) -> Iterator[Any]:
        """One write transaction (nested calls join the outer one)."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        conn = self._conn
        if self._in_transaction():
            yield conn
            return
        self._begin_write()
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def _log(self, action: str, *, undo: dict[str, Any] | None = None, **args: Any) -> None:
        """Keep one curation step in the decision log, with the state ``undo`` restores."""
        self._conn.execute("INSERT INTO decisions (at, action, args, undo) VALUES (?, ?, ?, ?)",
                           (_now(), action, json.dumps(args, ensure_ascii=False),
                            None if undo is None else json.dumps(undo, ensure_ascii=False)))

    # ------------------------------------------------------------------ ingest

    @_guard
    def document_status(self, doc: Document) -> str:
        row = self._conn.execute("SELECT hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row is None:
            return "new"
        return "unchanged" if row[0] == content_hash(doc) else "changed"

    @_guard
    def add(self, result: DocExtraction, *, resolve: bool = True, force: bool = False) -> str:
        doc = result.document
        digest = content_hash(doc)
        with self._write() as conn:
            row = conn.execute("SELECT seq, hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if row is not None and row["hash"] == digest and not force:
                return "unchanged"
            status = "new" if row is None else ("unchanged" if row["hash"] == digest else "changed")
            if row is None:
                seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
                conn.execute("INSERT INTO documents (id, seq, path, url, title, date, hash, text, ingested_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             (doc.id, seq, doc.path, doc.url, doc.title, doc.date, digest, doc.text, _now()))
            else:
                # the old version's actors: their clusters are folded again (below) unless the
                # document was not folded yet or the index is to be rebuilt anyway
                folded = int(self._meta("folded") or -1)
                refold = 0 <= row["seq"] <= folded
                touched = [r[0] for r in conn.execute("SELECT DISTINCT gi FROM resolve_members WHERE doc_id = ?",
                                                      (doc.id,))] if refold else []
                # the old version's actor ids, by name, so that re-extraction keeps them
                carry = {(r[0], norm(r[1])): r[2] for r in conn.execute(
                    "SELECT la.kind, la.name, am.actor_id FROM local_actors la JOIN actor_members am "
                    "ON am.doc_id = la.doc_id AND am.local_id = la.local_id WHERE la.doc_id = ?", (doc.id,))}
                self._delete_items(doc.id)
                conn.execute("UPDATE documents SET path = ?, url = ?, title = ?, date = ?, hash = ?, text = ?, "
                             "ingested_at = ? WHERE id = ?",
                             (doc.path, doc.url, doc.title, doc.date, digest, doc.text, _now(), doc.id))
                self._redate_actor_documents(doc.id)
            self._insert_items(result)
            if row is not None:
                conn.executemany("INSERT INTO actor_members (doc_id, local_id, actor_id) VALUES (?, ?, ?) "
                                 "ON CONFLICT DO NOTHING",
                                 [(doc.id, a.id, carry[(a.kind, norm(a.name))]) for a in result.actors
                                  if (a.kind, norm(a.name)) in carry])
                if refold and resolve:  # a document replaced in its place: the actors it touched are folded again
                    self._refold(sorted(touched), [], whole=doc.id)
                elif refold:  # not now (many documents replaced: one rebuild is cheaper than a refold each)
                    self._set_meta("folded", "-1")
            self._set_meta("dirty", "1")
            if resolve:
                self._catch_up()
        return status

    def _delete_items(self, doc_id: str) -> None:
        for table in ("relations", "events", "facts", "mentions", "evidence", "local_actors", "actor_members"):
            self._conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self._refresh_counts([doc_id])  # its share of the counts goes with its items

    def _insert_items(self, result: DocExtraction) -> None:
        conn = self._conn
        doc_id = result.document.id
        names: dict[str, str] = {}
        for ord_, a in enumerate(result.actors):
            if a.id in names:
                continue
            names[a.id] = a.name
            conn.execute("INSERT INTO local_actors (doc_id, local_id, ord, name, kind, subkind, aliases, mentions) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (doc_id, a.id, ord_, a.name, a.kind, a.subkind, json.dumps(list(a.aliases), ensure_ascii=False),
                          a.mentions))
        conn.executemany("INSERT INTO mentions (doc_id, local_id, start, \"end\", text) VALUES (?, ?, ?, ?, ?)",
                         [(doc_id, m.actor, m.start, m.end, m.text) for m in result.mentions if m.actor in names])

        def evidence(ev: Evidence) -> int:
            conn.execute("INSERT INTO evidence (doc_id, start, \"end\", sentence) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING",
                         (doc_id, ev.start, ev.end, ev.text))
            return conn.execute("SELECT id FROM evidence WHERE doc_id = ? AND start = ? AND \"end\" = ?",
                                (doc_id, ev.start, ev.end)).fetchone()[0]

        used: set[str] = set()

        def unique(iid: str) -> str:
            n, out = 1, iid
            while out in used:  # the same statement twice in one document
                n += 1
                out = f"{iid}-{n}"
            used.add(out)
            return out

        for ord_, r in enumerate(result.relations):
            if r.source not in names or r.target not in names:
                continue
            ev = r.evidence
            iid = unique(item_id("r", doc_id, ev.start, ev.end, r.type, names[r.source], names[r.target]))
            conn.execute("INSERT INTO relations (id, doc_id, ord, source, type, target, evidence_id, confidence) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (iid, doc_id, ord_, r.source, r.type, r.target, evidence(ev), r.confidence))
        for ord_, e in enumerate(result.events):
            s = e.source if e.source in names else None
            t = e.target if e.target in names else None
            ev = e.evidence
            iid = unique(item_id("e", doc_id, ev.start, ev.end, e.type, names.get(s, ""), names.get(t, ""),
                                 e.trigger or "", int(e.negated)))
            conn.execute("INSERT INTO events (id, doc_id, ord, source, type, target, date, negated, trigger, "
                         "evidence_id, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (iid, doc_id, ord_, s, e.type, t, e.date, int(bool(e.negated)), e.trigger, evidence(ev),
                          e.confidence))
        for ord_, f in enumerate(result.facts):
            if f.actor not in names:
                continue
            ev = f.evidence
            iid = unique(item_id("f", doc_id, ev.start, ev.end, f.key, names[f.actor], f.value))
            conn.execute("INSERT INTO facts (id, doc_id, ord, actor, key, value, evidence_id, confidence) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (iid, doc_id, ord_, f.actor, f.key, int(f.value), evidence(ev), f.confidence))

    @_guard
    def remove(self, doc_id: str) -> None:
        with self._write() as conn:
            row = conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise StoreError(f"no document {doc_id!r} in {self.path} (see `kingmaker documents`)")
            folded = int(self._meta("folded") or -1)
            touched = [r[0] for r in conn.execute("SELECT DISTINCT gi FROM resolve_members WHERE doc_id = ?",
                                                  (doc_id,))] if 0 <= row[0] <= folded else []
            self._delete_items(doc_id)
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            if touched:  # the actors it touched are folded again without it
                self._refold(sorted(touched), [])
            self._catch_up()

    @_guard
    def resolve(self, *, full: bool = False) -> None:
        with self._write():
            if full:
                self._resolve()
            else:
                self._catch_up()

    def _user_entries(self) -> list[dict[str, Any]]:
        return [{"name": r["name"], "kind": r["kind"], "subkind": r["subkind"], "aliases": json.loads(r["aliases"]),
                 **({"rejected": True} if r["rejected"] else {})}
                for r in self._conn.execute("SELECT * FROM user_actors ORDER BY id")]

    def _save_entries(self, entries: list[dict[str, Any]]) -> None:
        self._conn.execute("DELETE FROM user_actors")
        self._conn.executemany(
            "INSERT INTO user_actors (id, name, kind, subkind, aliases, rejected) VALUES (?, ?, ?, ?, ?, ?)",
            [(i + 1, e["name"], e["kind"], e.get("subkind"), json.dumps(e.get("aliases", []), ensure_ascii=False),
              int(bool(e.get("rejected")))) for i, e in enumerate(entries)])

    def _local_docs(self, after: int = 0) -> Iterator[tuple[int, str, list[Actor]]]:
        """``(seq, doc id, local actors in order)`` of the documents after ``seq``, in store order."""
        doc: tuple[int, str] | None = None
        actors: list[Actor] = []
        for r in self._conn.execute("SELECT a.*, d.seq FROM local_actors a JOIN documents d ON d.id = a.doc_id "
                                    "WHERE d.seq > ? ORDER BY d.seq, a.ord", (after,)):
            if doc is None or doc[1] != r["doc_id"]:
                if doc is not None:
                    yield (*doc, actors)
                doc, actors = (r["seq"], r["doc_id"]), []
            actors.append(Actor(r["local_id"], r["name"], r["kind"], r["subkind"], json.loads(r["aliases"]),
                                [r["doc_id"]], r["mentions"]))
        if doc is not None:
            yield (*doc, actors)

    def _catch_up(self) -> None:
        """Resolve the documents added since the last resolution (inside a write transaction): by
        lookups in the resolution index, or by a rebuild when the index is out of date."""
        if int(self._meta("folded") or -1) < 0:
            self._resolve()
        else:
            self._fold_new()

    def _fold(self, index, after: int) -> tuple[dict[int, list[tuple[str, str]]], dict[tuple[str, str], tuple]]:
        """Fold the documents after ``after`` into ``index``: ``({actor: members}, {member: rank})``."""
        from kingmaker.nlp.resolve import fold_document

        members: dict[int, list[tuple[str, str]]] = defaultdict(list)
        rank: dict[tuple[str, str], tuple[int, int]] = {}
        with _resolution_errors():
            for seq, doc_id, actors in self._local_docs(after):
                for ord_, a in enumerate(actors):
                    rank.setdefault((doc_id, a.id), (seq, ord_))
                for lid, gi in fold_document(index, doc_id, actors).items():
                    members[gi].append((doc_id, lid))
        for keys in members.values():
            keys.sort(key=rank.get)
        return members, rank

    def _actor_row(self, actor_id: str, g, pinned: set[str]) -> tuple:
        return (actor_id, int(actor_id[1:]), g.name, g.kind, g.subkind, json.dumps(g.aliases(), ensure_ascii=False),
                len(g.documents), g.mentions, int(norm(g.name) in pinned))

    _ACTOR_UPSERT = ("INSERT INTO actors (id, num, name, kind, subkind, aliases, n_documents, mentions, curated) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                     "kind = excluded.kind, subkind = excluded.subkind, aliases = excluded.aliases, "
                     "n_documents = excluded.n_documents, mentions = excluded.mentions, curated = excluded.curated")

    def _add_actor_documents(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Append ``(actor id, document id)`` rows to ``actor_documents`` (with the document's seq and
        the first day its date denotes), and keep those actors' first day."""
        pairs = list(pairs)
        self._conn.executemany("INSERT INTO actor_documents (actor_id, doc_id, seq, day) SELECT ?, id, seq, "
                               f"CASE WHEN date IS NOT NULL AND date <> '' THEN {self._kept_date('date')} END "
                               "FROM documents WHERE id = ? ON CONFLICT DO NOTHING", pairs)
        self._write_first_days({a for a, _ in pairs})

    def _set_actor_documents(self, actors: dict[str, list[str]]) -> None:
        """Replace the document lists of these actors (id -> document ids) in ``actor_documents``."""
        self._conn.executemany("DELETE FROM actor_documents WHERE actor_id = ?", [(a,) for a in actors])
        self._add_actor_documents((a, d) for a, docs in actors.items() for d in docs)
        self._write_first_days(a for a, docs in actors.items() if not docs)

    def _write_first_days(self, actor_ids: Iterable[str]) -> None:
        """Keep the first day of these actors (``actors.first_day``, schema 16: the least first day
        their documents' dates denote; NULL: none dated), one index seek each (``actor_documents_day``)."""
        self._conn.executemany("UPDATE actors SET first_day = (SELECT MIN(x.day) FROM actor_documents x WHERE "
                               "x.actor_id = actors.id) WHERE id = ?", [(a,) for a in sorted(set(actor_ids))])

    def _redate_actor_documents(self, doc_id: str) -> None:
        """A document's date changed: its rows of ``actor_documents`` take the first day it denotes now,
        and its actors' first days are kept."""
        self._conn.execute(f"UPDATE actor_documents SET day = (SELECT CASE WHEN d.date IS NOT NULL AND d.date <> '' "
                           f"THEN {self._kept_date('d.date')} END FROM documents d WHERE d.id = ?) WHERE doc_id = ?",
                           (doc_id, doc_id))
        self._write_first_days(r[0] for r in self._conn.execute(
            "SELECT actor_id FROM actor_documents WHERE doc_id = ?", (doc_id,)).fetchall())

    def _documents_of(self, actor_ids: list[str] | None = None) -> dict[str, list[str]]:
        """The documents of these actors (all actors: ``None``), in store order: the one reader of
        ``actor_documents``."""
        out: dict[str, list[str]] = defaultdict(list)
        if actor_ids is None:
            rows = self._conn.execute("SELECT actor_id, doc_id FROM actor_documents ORDER BY actor_id, seq")
        else:
            rows = self._select_in("SELECT actor_id, doc_id, seq FROM actor_documents WHERE actor_id IN ({})",
                                   sorted(set(actor_ids)), rows=True)
            rows = sorted(rows, key=lambda r: (r[0], r[2]))
        for r in rows:
            out[r[0]].append(r[1])
        return out

    def _resolve(self, prefer: str | None = None) -> None:
        """Rebuild the resolution index, ``actors`` and ``actor_members`` from all documents (inside a
        write transaction).

        ``prefer``: an actor id that a cluster holding it keeps (the merge target's id).
        """
        from kingmaker.nlp.resolve import KeyIndex, seed_index
        from kingmaker.store.resolution import state_json

        conn = self._conn
        entries = self._user_entries()
        index = KeyIndex()
        seed_index(index, entries)
        members, rank = self._fold(index, 0)

        previous = {(r[0], r[1]): r[2] for r in conn.execute("SELECT doc_id, local_id, actor_id FROM actor_members")}
        next_num = int(self._meta("next_actor") or 1)
        pinned = {norm(e["name"]) for e in entries}
        rejected = {norm(e["name"]) for e in entries if e.get("rejected")}
        taken: set[str] = set()
        ids: dict[int, str] = {}
        rows, member_rows = [], []
        for gi in sorted(members, key=lambda gi: rank[members[gi][0]]):
            g = index.actors[gi]
            if norm(g.name) in rejected:  # `kingmaker reject-actor`: no actor, no members, no items
                continue
            keys = members[gi]
            new_id, next_num = _kept_id(keys, previous, taken, prefer, next_num)
            taken.add(new_id)
            ids[gi] = new_id
            rows.append(self._actor_row(new_id, g, pinned))
            member_rows.extend((d, lid, new_id) for d, lid in keys)
        conn.execute("DELETE FROM actors")
        conn.execute("DELETE FROM actor_members")
        conn.execute("DELETE FROM actor_documents")
        conn.executemany("INSERT INTO actors (id, num, name, kind, subkind, aliases, n_documents, mentions, curated) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._add_actor_documents((actor_id, d) for gi, actor_id in ids.items() for d in index.actors[gi].documents)
        conn.executemany("INSERT INTO actor_members (doc_id, local_id, actor_id) VALUES (?, ?, ?)", member_rows)
        self._refresh_names()
        for table in ("resolve_actors", "resolve_names", "resolve_lookup", "resolve_members"):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany("INSERT INTO resolve_members (doc_id, local_id, gi) VALUES (?, ?, ?)",
                         [(d, lid, gi) for gi, keys in members.items() for d, lid in keys])
        conn.executemany("INSERT INTO resolve_actors (gi, actor_id, state) VALUES (?, ?, ?)",
                         [(gi, ids.get(gi), state_json(g, ids.get(gi))) for gi, g in enumerate(index.actors)])
        names, lookup = index.keys()
        conn.executemany("INSERT INTO resolve_names (key, gi) VALUES (?, ?)", names)
        conn.executemany("INSERT INTO resolve_lookup (key, gi) VALUES (?, ?)", lookup)
        self._set_meta("next_actor", str(next_num))
        self._set_meta("folded", str(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]))
        self._set_meta("dirty", "0")
        self._refresh_counts()

    def _fold_new(self) -> None:
        """Resolve the documents after the 'folded' mark by lookups in the resolution index and write
        only the actors they touch (inside a write transaction)."""
        conn = self._conn
        after = int(self._meta("folded") or 0)
        last = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM documents").fetchone()[0]
        if last > after:
            from kingmaker.store.resolution import StoreIndex

            index = StoreIndex(conn, self._documents_of, all_documents=False)
            members, rank = self._fold(index, after)
            entries = self._user_entries()
            pinned = {norm(e["name"]) for e in entries}
            rejected = {norm(e["name"]) for e in entries if e.get("rejected")}
            next_num = int(self._meta("next_actor") or 1)
            first = {gi: rank[keys[0]] for gi, keys in members.items()}
            rows, grown, member_rows = [], [], []
            replaced: dict[str, list[str]] = {}
            appended: list[tuple[str, str]] = []
            left: list[str] = []  # actors removed with all their members (their documents' counts change)
            for gi in sorted(index.touched, key=lambda gi: (first.get(gi, (0, 0)), gi)):
                g, actor_id = index.actor(gi), index.actor_ids.get(gi)
                if gi in index.added_only and (norm(g.name) in rejected or not g.documents):
                    index.actor(gi).documents = self._documents_of([actor_id])[actor_id] + g.documents  # the whole list
                    index.added_only.discard(gi)
                if norm(g.name) in rejected:
                    if actor_id is not None:  # its name became a rejected one: it leaves with its members
                        left.append(actor_id)
                        conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
                        conn.execute("DELETE FROM actor_members WHERE actor_id = ?", (actor_id,))
                        conn.execute("DELETE FROM actor_documents WHERE actor_id = ?", (actor_id,))
                        index.actor_ids[gi] = None
                    continue
                if actor_id is None:
                    actor_id = index.actor_ids[gi] = f"a{next_num}"
                    next_num += 1
                row = self._actor_row(actor_id, g, pinned)
                if gi in index.added_only:  # its new documents are appended rows of actor_documents
                    grown.append((*row[2:6], row[7], row[8], row[6], actor_id))
                    appended.extend((actor_id, d) for d in g.documents)
                else:
                    rows.append(row)
                    replaced[actor_id] = list(g.documents)
                member_rows.extend((d, lid, actor_id) for d, lid in members.get(gi, []))
            conn.executemany(self._ACTOR_UPSERT, rows)
            conn.executemany("UPDATE actors SET name = ?, kind = ?, subkind = ?, aliases = ?, mentions = ?, "
                             "curated = ?, n_documents = n_documents + ? WHERE id = ?", grown)
            self._refresh_names([*(r[0] for r in rows), *(g[-1] for g in grown), *left])
            self._set_actor_documents(replaced)
            self._add_actor_documents(appended)
            conn.executemany("INSERT INTO actor_members (doc_id, local_id, actor_id) VALUES (?, ?, ?) "
                             "ON CONFLICT (doc_id, local_id) DO UPDATE SET actor_id = excluded.actor_id", member_rows)
            conn.executemany("INSERT INTO resolve_members (doc_id, local_id, gi) VALUES (?, ?, ?) "
                             "ON CONFLICT (doc_id, local_id) DO UPDATE SET gi = excluded.gi",
                             [(d, lid, gi) for gi, keys in members.items() for d, lid in keys])
            index.write()
            self._set_meta("next_actor", str(next_num))
            self._refresh_counts(self._counted_docs(left), seqs=(after + 1, last + 1))
        self._set_meta("folded", str(last))
        self._set_meta("dirty", "0")

    def _re_resolve(self, before: list[dict[str, Any]], prefer: str | None = None) -> None:
        """Resolution after the user dictionary changed from ``before`` to what ``user_actors`` holds
        now (inside a write transaction): only the actors that the changed entries' names reach are
        taken apart and their local actors folded again; the rest of the store stays as it is."""
        if int(self._meta("folded") or -1) < 0 or self._meta("dirty") == "1":
            self._resolve(prefer=prefer)
            return
        after = self._user_entries()

        def dump(e: dict[str, Any]) -> str:
            return json.dumps(e, sort_keys=True, ensure_ascii=False)

        old_set, new_set = {dump(e) for e in before}, {dump(e) for e in after}
        changed = [e for e in before if dump(e) not in new_set] + [e for e in after if dump(e) not in old_set]
        if not changed:
            return
        names = sorted({"m:" + norm(n) for e in changed for n in [e["name"], *e["aliases"]]})
        touched = sorted(self._select_in("SELECT DISTINCT gi FROM resolve_lookup WHERE key IN ({})", names))
        self._refold(touched, [e for e in after if dump(e) not in old_set], prefer=prefer)

    def _refold(self, touched: list[int], new_entries: list[dict[str, Any]], *, whole: str | None = None,
                prefer: str | None = None) -> None:
        """Take the actors ``touched`` (resolution index numbers) apart and fold their local actors
        again, document by document in store order, with the user dictionary's ``new_entries`` (and
        the entries those actors were) seeded first; ``whole``: a document (replaced in its place)
        all of whose local actors are folded too. The rest of the index and of ``actors`` stays as
        it is (inside a write transaction; the index must be current up to the documents folded)."""
        from kingmaker.nlp.resolve import GlobalActor, KeyIndex, fold_document, may_meet, seed_index
        from kingmaker.store.resolution import StoreIndex

        conn = self._conn
        after = self._user_entries()
        # with the actors that may meet them (or the whole document's actors) in the fold: those
        # were (or are now) their candidates, and folded in store order again with them they find
        # what a rebuild would give them ("Tolvan" stays apart when two Tolvans are known by then)
        def states(gis: list[int]) -> dict[int, GlobalActor]:
            out = {}
            for r in self._select_in("SELECT gi, state FROM resolve_actors WHERE gi IN ({})", gis, rows=True):
                state = json.loads(r["state"])
                state.setdefault("documents", [])
                out[r["gi"]] = GlobalActor.from_state(state)
            return out

        mine = list(states(touched).values())
        keys = self._select_in("SELECT DISTINCT key FROM resolve_lookup WHERE gi IN ({})", touched)
        with _resolution_errors():
            if whole is not None:
                scratch = KeyIndex()
                fold_document(scratch, whole, self._local_actors([whole]).get(whole, []))
                keys.extend(k for k, _ in scratch.keys()[1])
                mine.extend(scratch.actors)
            near = sorted(set(self._select_in("SELECT DISTINCT gi FROM resolve_lookup WHERE key IN ({})",
                                              sorted(set(keys)))) - set(touched))
            touched = sorted(set(touched) | {gi for gi, g in states(near).items()
                                             if any(may_meet(m, g) for m in mine)})
        old_ids, seeded = {}, set()
        for r in self._select_in("SELECT gi, actor_id, state FROM resolve_actors WHERE gi IN ({})", touched, rows=True):
            old_ids[r["gi"]] = r["actor_id"]
            state = json.loads(r["state"])
            if state.get("seed"):
                seeded.add((norm(state["pinned"]), state["kind"]))
        members = self._select_in("SELECT doc_id, local_id FROM resolve_members WHERE gi IN ({})", touched, rows=True)
        members = [(r[0], r[1]) for r in members]
        # take the touched actors out of the index; their exact names go to the next actor that has them
        lost = self._select_in("SELECT key FROM resolve_names WHERE gi IN ({})", touched)
        for table in ("resolve_actors", "resolve_lookup", "resolve_members", "resolve_names"):
            self._select_in(f"DELETE FROM {table} WHERE gi IN ({{}})", touched, fetch=False)
        for key in lost:
            row = conn.execute("SELECT MIN(gi) FROM resolve_lookup WHERE key = ?", ("m:" + key[2:],)).fetchone()
            if row[0] is not None:
                conn.execute("INSERT INTO resolve_names (key, gi) VALUES (?, ?)", (key, row[0]))
        index = StoreIndex(conn, self._documents_of)
        seeds = [e for e in after if e in new_entries or (norm(e["name"]), e["kind"]) in seeded]
        seed_index(index, seeds)
        for gi in list(index.touched):
            index.claim(gi)  # the dictionary's names win, as when it is seeded first
        # fold the touched actors' local actors again, document by document in store order
        wanted = set(members)
        docs = sorted({d for d, _ in members} | ({whole} if whole is not None else set()))
        seqs: dict[str, int] = {}
        by_doc = self._local_actors(docs, seqs)
        new_members: dict[int, list[tuple[str, str]]] = defaultdict(list)
        rank: dict[tuple[str, str], tuple[int, int]] = {}
        with _resolution_errors():
            for doc_id in sorted(by_doc, key=seqs.get):
                every = by_doc[doc_id]
                for ord_, a in enumerate(every):
                    rank.setdefault((doc_id, a.id), (seqs[doc_id], ord_))
                mine = every if doc_id == whole else [a for a in every if (doc_id, a.id) in wanted]
                for lid, gi in fold_document(index, doc_id, mine, every).items():
                    new_members[gi].append((doc_id, lid))
        for keys in new_members.values():
            keys.sort(key=rank.get)
        # documents joined late go in store order
        order = {r[0]: r[1] for r in self._select_in(
            "SELECT id, seq FROM documents WHERE id IN ({})",
            sorted({d for gi in index.touched for d in index.actor(gi).documents}), rows=True)}
        for gi in index.touched:  # (a document folded again may be in the list already, anywhere in it)
            index.actor(gi).documents = sorted(set(index.actor(gi).documents), key=order.get)

        previous = {(r[0], r[1]): r[2] for r in self._select_in(
            "SELECT doc_id, local_id, actor_id FROM actor_members WHERE doc_id IN ({})", docs, rows=True)
            if (r[0], r[1]) in wanted or r[0] == whole}
        pinned = {norm(e["name"]) for e in after}
        rejected = {norm(e["name"]) for e in after if e.get("rejected")}
        gone = {i for i in old_ids.values() if i is not None}
        taken = {r[0] for r in conn.execute("SELECT id FROM actors")} - gone
        next_num = int(self._meta("next_actor") or 1)
        rows, member_rows, row_gis = [], [], []
        left: list[str] = []  # actors removed with all their members
        for gi in sorted(index.touched, key=lambda gi: (rank[new_members[gi][0]] if new_members.get(gi) else (0, 0), gi)):
            g, actor_id = index.actor(gi), index.actor_ids.get(gi)
            keys = new_members.get(gi, [])
            if norm(g.name) in rejected:
                if actor_id is not None:
                    left.append(actor_id)
                    conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
                    conn.execute("DELETE FROM actor_members WHERE actor_id = ?", (actor_id,))
                    conn.execute("DELETE FROM actor_documents WHERE actor_id = ?", (actor_id,))
                    taken.discard(actor_id)
                    index.actor_ids[gi] = None
                continue
            if actor_id is None:
                if not keys:
                    continue  # a dictionary entry no document names
                actor_id, next_num = _kept_id(keys, previous, taken, prefer, next_num)
                index.actor_ids[gi] = actor_id
            taken.add(actor_id)
            rows.append(self._actor_row(actor_id, g, pinned))
            row_gis.append(gi)
            member_rows.extend((d, lid, actor_id) for d, lid in keys)
        for actor_id in gone - taken:
            conn.execute("DELETE FROM actors WHERE id = ?", (actor_id,))
            conn.execute("DELETE FROM actor_documents WHERE actor_id = ?", (actor_id,))
        conn.executemany("DELETE FROM actor_members WHERE doc_id = ? AND local_id = ?", members)
        if whole is not None:  # (the replaced document's actor ids carried by name: ``previous`` has them)
            conn.execute("DELETE FROM actor_members WHERE doc_id = ?", (whole,))
        conn.executemany(self._ACTOR_UPSERT, rows)
        self._refresh_names([*(r[0] for r in rows), *left, *(gone - taken)])
        self._set_actor_documents({row[0]: list(index.actor(gi).documents) for gi, row in zip(row_gis, rows)})
        conn.executemany("INSERT INTO actor_members (doc_id, local_id, actor_id) VALUES (?, ?, ?)", member_rows)
        conn.executemany("INSERT INTO resolve_members (doc_id, local_id, gi) VALUES (?, ?, ?)",
                         [(d, lid, gi) for gi, keys in new_members.items() for d, lid in keys])
        index.write()
        self._set_meta("next_actor", str(next_num))
        self._refresh_counts(sorted({*docs, *self._counted_docs([*left, *(gone - taken)])}))

    # Maintained counts (schema 6): ``actor_items`` holds each document's share of each actor's
    # ties, events and facts, counted by the list queries themselves (duplicate rule, rejections,
    # self-ties), and ``actors.n_relations``/``n_events``/``n_facts`` their sums. A share depends only
    # on its document's items, members and rejections, so every write refreshes the documents it
    # touched (a resolution step: the documents it folded or took apart; a rejection: the item's
    # document) and a rebuild counts everything again. Reads use them without an as-of cut.

    def _item_shares(self, **filters: Any) -> tuple[dict[tuple[str, str], list[int]], Counter]:
        """``{(document, actor): [ties, events, facts, links, tie links]}`` of the items these list
        filters keep, and their links: ``{(document, a, b, type, kind): n}`` (``a < b``; kind
        ``relation``, ``event`` or ``negated``; no self-links); an actor's links (its degree in the
        actor graph of :meth:`links`, negated events included) and tie links (of its ties only) are the
        counts of the links it is an end of (schema 8)."""
        conn = self._conn
        shares: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * 5)
        links: Counter = Counter()
        sql, params = self._relation_query(count=True, **filters)
        for d, type_, a, b in conn.execute(f"SELECT doc_id, type, a, b FROM ({sql}) r", params):
            shares[(d, a)][0] += 1
            shares[(d, b)][0] += 1
            links[(d, *sorted((a, b)), type_, "relation")] += 1
        sql, params = self._event_query(**filters, light=True)
        for d, type_, negated, s, t in conn.execute(f"SELECT doc_id, type, negated, s, t FROM ({sql}) e", params):
            if s is not None:
                shares[(d, s)][1] += 1
            if t is not None and t != s:
                shares[(d, t)][1] += 1
                if s is not None:
                    links[(d, *sorted((s, t)), type_, "negated" if negated else "event")] += 1
        sql, params = self._fact_query(**filters, light=True)
        for d, a in conn.execute(f"SELECT doc_id, a FROM ({sql}) f", params):
            shares[(d, a)][2] += 1
        for (d, a, b, _, kind), n in links.items():
            for end in (a, b):
                shares[(d, end)][3] += n
                if kind == "relation":
                    shares[(d, end)][4] += n
        return shares, links

    def _counted_docs(self, actor_ids: Iterable[str]) -> list[str]:
        """The documents that hold a share of these actors' counts."""
        return sorted(set(self._select_in("SELECT DISTINCT doc_id FROM actor_items WHERE actor_id IN ({})",
                                          sorted(set(actor_ids)))))

    def _refresh_counts(self, doc_ids: Iterable[str] | None = None, *,
                        seqs: tuple[int, int] | None = None) -> None:
        """Count again the shares of these documents (and those ingested ``seqs[0]`` to ``seqs[1] - 1``)
        and move the actors' sums by the difference; no argument: count the whole store again
        (inside a write transaction)."""
        conn = self._conn
        if doc_ids is None and seqs is None:
            conn.execute("DELETE FROM actor_items")
            conn.execute("DELETE FROM link_items")
            conn.execute("DELETE FROM edge_items")
            conn.execute("UPDATE actors SET n_relations = 0, n_events = 0, n_facts = 0, n_links = 0, n_tie_links = 0")
            self._write_shares(*self._item_shares(), {})
            self._write_edges()
            self._write_edge_pairs()
            conn.execute("DELETE FROM tie_days")
            conn.execute(f"INSERT INTO tie_days (type, s, t, day, n) {self._TIE_DAYS.format('1 = 1')}")
            self._write_tie_firsts()
            self._write_days()
            conn.execute("DELETE FROM fact_docs")
            self._write_fact_docs()
            conn.execute("DELETE FROM late_events")
            self._write_late_events()
            for table, (columns, query) in self._LINK_PERIODS.items():
                conn.execute(f"DELETE FROM {table}")
                for what in ("links", "tie_links"):
                    conn.execute(f"INSERT INTO {table} ({', '.join(columns)}, n) " + query.format(what, "1 = 1"))
            self._set_meta("counted", "1")
            return
        delta: dict[str, list[int]] = defaultdict(lambda: [0] * 5)
        parts: list[dict[str, Any]] = [{"doc_id": list(part)} for part in _chunks(sorted(set(doc_ids or ())), 400)]
        if seqs is not None and seqs[0] < seqs[1]:
            parts.append({"seqs": seqs})
        for filters in parts:
            if "doc_id" in filters:
                where, params = "doc_id IN ({})".format(", ".join("?" * len(filters["doc_id"]))), filters["doc_id"]
            else:
                where, params = "doc_id IN (SELECT id FROM documents WHERE seq >= ? AND seq < ?)", list(seqs)
            for r in conn.execute(f"SELECT actor_id, relations, events, facts, links, tie_links FROM actor_items "
                                  f"WHERE {where}", params):
                d = delta[r[0]]
                for i in range(5):
                    d[i] -= r[i + 1]
            periods: dict[str, Counter] = {table: Counter() for table in self._LINK_PERIODS}
            for table, (_, query) in self._LINK_PERIODS.items():
                for what in ("links", "tie_links"):
                    self._tally(periods[table], query.format(what, "{}"), where, params, -1)
            conn.execute(f"DELETE FROM actor_items WHERE {where}", params)
            conn.execute(f"DELETE FROM link_items WHERE {where}", params)
            ties: Counter = Counter()
            self._tally(ties, self._TIE_DAYS, where, params, -1)
            pairs = self._edge_pair_keys(where, params)
            conn.execute(f"DELETE FROM edge_items WHERE {where}", params)
            self._write_shares(*self._item_shares(**filters), delta)
            for table, (columns, query) in self._LINK_PERIODS.items():
                for what in ("links", "tie_links"):
                    self._tally(periods[table], query.format(what, "{}"), where, params, 1)
                self._move(table, columns, periods[table])
            self._write_edges(**filters)
            self._write_edge_pairs(pairs | self._edge_pair_keys(where, params))
            self._tally(ties, self._TIE_DAYS, where, params, 1)
            self._move("tie_days", ("type", "s", "t", "day"), ties)
            self._write_tie_firsts({key[:3] for key, n in ties.items() if n})
            self._write_days(where, params)
            conn.execute(f"DELETE FROM fact_docs WHERE {where}", params)
            self._write_fact_docs(**filters)
            conn.execute(f"DELETE FROM late_events WHERE {where}", params)
            self._write_late_events(where, params)

    # each actor's degree (``what``: links, or tie_links) per year of its documents' dates (schema 11:
    # ``actor_link_years``) and per month of the first day they denote (schema 15:
    # ``actor_link_months``; undated: ''), from the shares of the documents ``{1}`` picks (a condition
    # on ``doc_id``): per table, its key columns and its rows
    _LINK_PERIODS = {
        "actor_link_years": (("actor_id", "year", "what"),
                             "SELECT actor_id, substr(day, 1, 4) AS year, '{0}' AS what, SUM({0}) FROM actor_items "
                             "WHERE {0} > 0 AND {1} GROUP BY actor_id, substr(day, 1, 4)"),
        "actor_link_months": (("actor_id", "month", "what"),
                              "SELECT actor_id, m, '{0}' AS what, SUM({0}) FROM (SELECT actor_id, {0}, CASE WHEN "
                              "day = '' THEN '' WHEN length(day) = 4 THEN day || '-01' ELSE substr(day, 1, 7) END "
                              "AS m FROM actor_items WHERE {0} > 0 AND {1}) x GROUP BY actor_id, m"),
    }

    # The timeline's counts (schema 9): ``day_items`` holds each document's events (not negated, not
    # rejected: what :meth:`event_day_counts` counts) per own date and type, with the document's
    # date; ``event_days`` their sums over the store, moved by the difference when documents are
    # counted again. Schema 10: the same per actor (``actor_day_items``, ``actor_event_days``), and
    # the documents with a tie per type, pair and document date (``tie_days``, from ``edge_items``).

    # each kept per-document table: (its sums, the columns they are summed over, the rows of the
    # documents ``{}`` picks: a condition on ``e.doc_id``)
    _DAY_TABLES = {
        "day_items": ("event_days", ("doc_day", "own_day", "type"),
                      "SELECT e.doc_id, COALESCE(d.date, '') AS doc_day, COALESCE(e.date, '') AS own_day, e.type, "
                      "COUNT(*) FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0 AND "
                      "e.id NOT IN (SELECT item_id FROM rejections) AND {} GROUP BY e.doc_id, COALESCE(d.date, ''), "
                      "COALESCE(e.date, ''), e.type"),
        # an actor's events (source or target; an event once, whichever of its ends are the actor),
        # from its documents' members, as event_day_counts counts them
        "actor_day_items": ("actor_event_days", ("actor_id", "doc_day", "own_day", "type"),
                            "SELECT e.doc_id, x.actor_id, COALESCE(d.date, '') AS doc_day, COALESCE(e.date, '') AS "
                            "own_day, e.type, COUNT(DISTINCT e.id) FROM events e JOIN documents d ON d.id = e.doc_id "
                            "JOIN actor_members x ON x.doc_id = e.doc_id AND (x.local_id = e.source OR "
                            "x.local_id = e.target) WHERE e.negated = 0 AND e.id NOT IN (SELECT item_id FROM "
                            "rejections) AND {} GROUP BY e.doc_id, x.actor_id, COALESCE(d.date, ''), "
                            "COALESCE(e.date, ''), e.type"),
    }
    # the documents with a tie per type, pair and document date (``{}``: a condition on ``doc_id``)
    _TIE_DAYS = ("SELECT type, s, t, day, COUNT(*) FROM edge_items WHERE kind = 'relation' AND {} "
                 "GROUP BY type, s, t, day")

    def _write_tie_firsts(self, pairs: Iterable[tuple[str, str, str]] | None = None) -> None:
        """Write again the kept first day of these tie types and pairs (``(type, s, t)``; ``None``: all,
        inside a write transaction) from ``tie_days`` (schema 13: ``tie_firsts``); a pair ``tie_days``
        no longer has goes."""
        keys = self._write_firsts("tie_firsts", ("type", "s", "t"), "tie_days", pairs)
        if keys is None or keys:
            self._write_spheres(keys)

    def _write_firsts(self, table: str, key: tuple[str, str, str], source: str,
                      pairs: Iterable[tuple[str, str, str]] | None) -> list[tuple[str, str, str]] | None:
        """Write again ``table``'s kept first day (the earliest kept date of ``source``'s ``day``) of
        these ``key`` values (``None``: all, inside a write transaction); a key ``source`` no longer
        has goes. Returns the keys written, sorted (``None`` for all)."""
        cols = ", ".join(key)
        body = (f"SELECT {cols}, COALESCE(MIN(CASE WHEN day <> '' THEN {self._kept_date('day')} END), '') "
                f"FROM {source} WHERE {{}} GROUP BY {cols}")
        insert = f"INSERT INTO {table} ({cols}, first) "
        if pairs is None:
            self._conn.execute(f"DELETE FROM {table}")
            self._conn.execute(insert + body.format("1 = 1"))
            return None
        keys = sorted(pairs)
        if keys:
            where = " AND ".join(f"{c} = ?" for c in key)
            self._conn.executemany(f"DELETE FROM {table} WHERE {where}", keys)
            self._conn.executemany(insert + body.format(where), keys)
        return keys

    # The control spheres (schema 16): each actor's sphere in the whole store (how many actors it
    # controls, transitively: :func:`kingmaker.control.sphere_sizes`) and its direct clients, kept in
    # ``control_spheres`` from the control pairs of ``tie_firsts`` (a control type read in the
    # direction of power: ``backs`` and ``leader_of`` source -> target, ``part_of`` and ``member_of``
    # target -> source); a write moves the spheres of the actors above the pairs it changes.

    @staticmethod
    def _control_steps() -> dict[str, bool]:
        """``{type: True when control runs source -> target}`` (the type table's control steps)."""
        from kingmaker.knowledge.types import type_table

        return {type_: forward for type_, (forward, _) in type_table().control_steps.items()}

    def _control_links(self, ids: Iterable[str], *, up: bool = False,
                       as_of: str | None = None) -> dict[str, dict[str, None]]:
        """``{actor: {client: None}}``: the actors each of ``ids`` controls directly (``up``: those that
        control it directly) by the kept control pairs within the as-of cut (``tie_firsts``: a pair with
        a dated document up to the day), each once, itself left out; an index seek per type and actor
        (the key of ``tie_firsts`` by source, ``tie_firsts_target`` by target)."""
        out: dict[str, dict[str, None]] = {}
        cut, extra = "", []
        if as_of:
            _check_date("as_of", as_of)
            cut, extra = " AND first <> '' AND first <= ?", [as_of]
        for type_, forward in sorted(self._control_steps().items()):
            mine, other = ("s", "t") if forward != up else ("t", "s")
            for part in _chunks(sorted(set(ids)), 400):
                for r in self._conn.execute(f"SELECT {mine}, {other} FROM tie_firsts WHERE type = ? AND {mine} IN "
                                            f"({', '.join('?' * len(part))}){cut}", [type_, *part, *extra]):
                    if r[0] != r[1]:
                        out.setdefault(r[0], {})[r[1]] = None
        return out

    def _control_reach(self, roots: Iterable[str], *, as_of: str | None = None,
                       succ: dict[str, dict[str, None]] | None = None) -> dict[str, dict[str, None]]:
        """``{actor: its direct clients}`` for ``roots`` and every actor they control, transitively,
        within the as-of cut (an actor that controls none: none), read a level at a time: closed under
        clients, so :func:`kingmaker.control.sphere_sizes` on it is exact for each of them. ``succ``: a
        reach read before (of other roots, in the same cut), extended in place."""
        succ = {} if succ is None else succ
        frontier = sorted(set(roots) - succ.keys())
        while frontier:
            found = self._control_links(frontier, as_of=as_of)
            for v in frontier:
                succ[v] = found.get(v, {})
            frontier = sorted({w for v in frontier for w in succ[v]} - succ.keys())
        return succ

    def _write_spheres(self, pairs: Iterable[tuple[str, str, str]] | None = None) -> None:
        """Write again the kept control spheres (``control_spheres``, schema 16) that these changed pairs
        of ``tie_firsts`` (``(type, s, t)``; ``None``: all, inside a write transaction) may move: those
        of each changed control pair's controller and of every actor above it (a sphere is the union
        of its clients' spheres and themselves), counted on the reach of those actors; an actor that
        no longer controls one loses its row."""
        from kingmaker.control import sphere_sizes

        steps = self._control_steps()
        if pairs is None:
            succ: dict[str, dict[str, None]] = {}
            for r in self._conn.execute(f"SELECT type, s, t FROM tie_firsts WHERE type IN "
                                        f"({', '.join('?' * len(steps))})", sorted(steps)):
                u, v = (r[1], r[2]) if steps[r[0]] else (r[2], r[1])
                if u != v:
                    succ.setdefault(u, {})[v] = None
            self._conn.execute("DELETE FROM control_spheres")
            moved = None
        else:
            heads = {s if steps[type_] else t for type_, s, t in pairs if type_ in steps}
            if not heads:
                return
            moved, frontier = set(heads), sorted(heads)
            while frontier:  # the actors above them
                found = self._control_links(frontier, up=True)
                frontier = sorted({w for v in frontier for w in found.get(v, ())} - moved)
                moved.update(frontier)
            succ = self._control_reach(moved)
            self._select_in("DELETE FROM control_spheres WHERE actor_id IN ({})", sorted(moved), fetch=False)
        self._conn.executemany("INSERT INTO control_spheres (actor_id, sphere, direct) VALUES (?, ?, ?)",
                               sorted((v, n, len(succ[v])) for v, n in sphere_sizes(succ).items()
                                      if moved is None or v in moved))
        if pairs is None:
            self._set_meta("sphered", "1")

    def _write_days(self, where: str | None = None, params: list[Any] | None = None) -> None:
        """Count again the events of the documents ``where`` picks (SQL on ``doc_id``; ``None``: the
        whole store, inside a write transaction) into ``day_items`` and ``actor_day_items``, and move
        their sums per date, and per month (schema 17), by the difference."""
        conn = self._conn
        for table, (sums, keys, body) in self._DAY_TABLES.items():
            columns = ", ".join(keys)
            if where is None:
                conn.execute(f"DELETE FROM {table}")
                conn.execute(f"DELETE FROM {sums}")
                conn.execute(f"INSERT INTO {table} (doc_id, {columns}, n) " + body.format("1 = 1"))
                conn.execute(f"INSERT INTO {sums} ({columns}, n) SELECT {columns}, SUM(n) FROM {table} "
                             f"GROUP BY {columns}")
                continue
            delta: Counter = Counter()
            old = f"SELECT {columns}, n FROM {table} WHERE {{}}"
            self._tally(delta, old, where, params, -1)
            conn.execute(f"DELETE FROM {table} WHERE {where}", list(params or []))
            conn.execute(f"INSERT INTO {table} (doc_id, {columns}, n) " + body.format(f"e.{where}"), list(params or []))
            self._tally(delta, old, where, params, 1)
            self._move(sums, keys, delta)
            months, lead = self._MONTH_TABLES[sums]
            self._move(months, (*lead, "month", "last_month", "type"), self._by_month(delta, len(lead)))
        if where is None:
            self._write_months()

    # the timeline's sums per date kept per month too (schema 17): per sums table, its table per month
    # and the key columns before the dates
    _MONTH_TABLES = {"event_days": ("event_months", ()), "actor_event_days": ("actor_event_months", ("actor_id",))}

    @staticmethod
    def _by_month(delta: Counter, lead: int) -> Counter:
        """Counts keyed ``(*lead, doc_day, own_day, type)`` summed per ``(*lead, month, last_month, type)``
        (:func:`_month_keys`)."""
        out: Counter = Counter()
        for key, n in delta.items():
            out[(*key[:lead], *_month_keys(key[lead], key[lead + 1]), key[lead + 2])] += n
        return out

    def _write_months(self) -> None:
        """Write again the timeline's sums per month (schema 17: ``event_months``, ``actor_event_months``)
        from the sums per date, inside a write transaction; meta ``monthly``: ``1``."""
        for sums, (months, lead) in self._MONTH_TABLES.items():
            columns = (*lead, "doc_day", "own_day", "type")
            counts = self._by_month(Counter({tuple(r[:-1]): int(r[-1]) for r in self._conn.execute(
                f"SELECT {', '.join(columns)}, n FROM {sums}")}), len(lead))
            self._conn.execute(f"DELETE FROM {months}")
            keys = (*lead, "month", "last_month", "type")
            self._conn.executemany(f"INSERT INTO {months} ({', '.join(keys)}, n) VALUES "
                                   f"({', '.join('?' * len(keys))}, ?)", [(*k, n) for k, n in sorted(counts.items()) if n])
        self._set_meta("monthly", "1")

    def _tally(self, delta: Counter, sql: str, where: str, params: list[Any] | None, sign: int) -> None:
        """Add to ``delta`` the rows (keys, then a count) of ``sql`` for the documents ``where``
        picks, times ``sign``."""
        for r in self._conn.execute(sql.format(where), list(params or [])):
            delta[tuple(r[:-1])] += sign * int(r[-1])

    def _move(self, sums: str, keys: tuple[str, ...], delta: Counter) -> None:
        """Move the kept sums ``sums`` (a count ``n`` per ``keys``) by ``delta``; a sum that comes
        to 0 goes."""
        moved = [(*key, n) for key, n in sorted(delta.items()) if n]
        columns, marks = ", ".join(keys), ", ".join("?" * len(keys))
        self._conn.executemany(f"INSERT INTO {sums} ({columns}, n) VALUES ({marks}, ?) ON CONFLICT ({columns}) "
                               f"DO UPDATE SET n = {sums}.n + excluded.n", moved)
        self._conn.executemany(f"DELETE FROM {sums} WHERE " + " AND ".join(f"{k} = ?" for k in keys) + " AND n = 0",
                               [key for *key, n in moved if n < 0])

    # The documents with facts per key (schema 11): ``fact_docs`` holds each document's facts of each
    # key as :meth:`latest_fact_document` ranks them, counted again with the other counts.

    def _fact_doc_rows(self, **filters: Any) -> list[tuple[str, str, str, str, int, int]]:
        """``(document, key, date as written ('': none), its date_key, on two actors or more, facts)``
        per document and key of the facts these list filters keep (the duplicate rule: one per actor,
        key and value)."""
        from kingmaker.graph import date_key

        sql, params = self._fact_query(**filters, light=True)
        return [(d, key, day or "", date_key(day), int(actors >= 2), int(n)) for d, key, day, n, actors in
                self._conn.execute("SELECT f.doc_id, f.key, d.date, COUNT(*), COUNT(DISTINCT f.a) FROM (" + sql +
                                   ") f JOIN documents d ON d.id = f.doc_id GROUP BY f.doc_id, f.key, d.date", params)]

    def _write_late_events(self, where: str | None = None, params: list[Any] | None = None) -> None:
        """Insert the documents (``where``: a condition on ``doc_id``) with events whose own date is
        after the document's (schema 11): the only ones whose events an as-of cut can leave out for
        their own date."""
        self._conn.execute("INSERT INTO late_events (doc_id, own_day, n) SELECT e.doc_id, e.date, COUNT(*) FROM "
                           "events e JOIN documents d ON d.id = e.doc_id WHERE e.date IS NOT NULL AND e.date <> '' AND "
                           f"d.date IS NOT NULL AND d.date <> '' AND {self._kept_date('e.date')} > "
                           f"{self._kept_date('d.date')} AND {'e.' + where if where else '1 = 1'} GROUP BY e.doc_id, e.date",
                           list(params or []))

    def _write_fact_docs(self, **filters: Any) -> None:
        """Insert the rows of :meth:`_fact_doc_rows` of the documents of these filters, each marked
        ``regular`` when its date_key is the day :meth:`_kept_date` reads in its date (an ISO date:
        the as-of cut compares it in the index)."""
        self._conn.executemany("INSERT INTO fact_docs (doc_id, key, day, sort_day, regular, several, n) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)",
                               [(d, k, day, key, int(key == _kept_day(day) != ""), several, n)
                                for d, k, day, key, several, n in self._fact_doc_rows(**filters)])

    def _edge_pair_keys(self, where: str, params: list[Any]) -> set[tuple[str, str, str]]:
        """``(kind, s, t)`` of the map's edges of the documents ``where`` picks (a condition on ``doc_id``)."""
        return {(r[0], r[1], r[2]) for r in self._conn.execute(
            f"SELECT DISTINCT kind, s, t FROM edge_items WHERE {where}", list(params))}

    def _write_edge_pairs(self, pairs: Iterable[tuple[str, str, str]] | None = None) -> None:
        """Write again the kept pairs of the map's edges (schema 17: ``edge_pairs``, each pair once per
        kind with the first day the as-of cut reads in its documents' dates) of these ``(kind, s, t)``
        (``None``: all, inside a write transaction) from ``edge_items``; a pair it no longer has goes."""
        self._write_firsts("edge_pairs", ("kind", "s", "t"), "edge_items", pairs)

    def _write_edges(self, **filters: Any) -> None:
        """Insert the map's edges (:meth:`_edge_query`) of the documents of these filters."""
        sql, params = self._edge_query(**filters)
        self._conn.execute(f"INSERT INTO edge_items (doc_id, day, kind, type, s, t, n, top) {sql}", params)

    def _edge_query(self, **filters: Any) -> tuple[str, list[Any]]:
        """Each document's ties and events grouped as the map draws them, from the items: rows
        ``doc_id``, ``day`` (its date as written, ``''``: none), ``kind``, ``type``, ``s``, ``t``, ``n``
        (how many), ``top`` (the highest confidence), one per document and tie type and pair (a
        symmetric type: in id order) or event type and ordered pair (negated events too); no self-links, no event without both ends.
        ``filters``: those of the list queries (``doc_id``, ``seqs``, ``as_of``)."""
        sym = sorted(SYMMETRIC_RELATIONS) or [""]
        swap = f"(type IN ({', '.join('?' * len(sym))}) AND t < s)"
        rel, rel_params = self._relation_query(narrow=True, **filters)
        ev, ev_params = self._event_query(narrow=True, **filters)
        return (f"SELECT doc_id, day, 'relation' AS kind, type, ga AS s, gb AS t, COUNT(*) AS n, "
                "MAX(confidence) AS top FROM (SELECT y.doc_id, COALESCE(y.date, '') AS day, y.type, y.confidence, "
                f"CASE WHEN {swap} THEN t ELSE s END AS ga, CASE WHEN {swap} THEN s ELSE t END AS gb "
                f"FROM ({rel}) y) z GROUP BY doc_id, day, type, ga, gb "
                "UNION ALL SELECT doc_id, COALESCE(doc_date, '') AS day, 'event' AS kind, type, s, t, COUNT(*) AS n, "
                f"MAX(confidence) AS top FROM ({ev}) e WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t "
                "GROUP BY doc_id, COALESCE(doc_date, ''), type, s, t",
                [*sym, *sym, *rel_params, *ev_params])

    def _write_shares(self, shares: dict[tuple[str, str], list[int]], links: Counter,
                      delta: dict[str, list[int]]) -> None:
        """Insert these shares and links and add the shares (with ``delta``: the shares they replace,
        negative) to the actors' sums."""
        days = {r[0]: r[1] or "" for r in self._select_in("SELECT id, date FROM documents WHERE id IN ({})",
                                                            sorted({d for d, _ in shares}), rows=True)}
        self._conn.executemany("INSERT INTO actor_items (doc_id, actor_id, relations, events, facts, links, "
                               "tie_links, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(d, a, *n, days.get(d, "")) for (d, a), n in shares.items()])
        self._conn.executemany("INSERT INTO link_items (doc_id, a, b, type, kind, n) VALUES (?, ?, ?, ?, ?, ?)",
                               [(*key, n) for key, n in links.items()])
        for (_, a), n in shares.items():
            total = delta.setdefault(a, [0] * 5)
            for i in range(5):
                total[i] += n[i]
        self._conn.executemany("UPDATE actors SET n_relations = n_relations + ?, n_events = n_events + ?, "
                               "n_facts = n_facts + ?, n_links = n_links + ?, n_tie_links = n_tie_links + ? "
                               "WHERE id = ?",
                               [(*n, a) for a, n in delta.items() if any(n)])
        delta.clear()

    def _item_docs(self, item_ids: list[str]) -> list[str]:
        """The documents of these relation, event and fact ids."""
        out: set[str] = set()
        for prefix, table in ITEM_PREFIXES.items():
            out.update(self._select_in(f"SELECT doc_id FROM {table} WHERE id IN ({{}})",
                                       [i for i in item_ids if i[:1] == prefix]))
        return sorted(out)

    # The actor lookup (schema 7): ``actor_names`` holds each actor's name and aliases, as written
    # and folded (``kingmaker.lookup.fold``), refreshed for the actors a write rewrites or removes.

    def _refresh_names(self, actor_ids: Iterable[str] | None = None) -> None:
        """Write again the ``actor_names`` rows of these actors (gone ones lose theirs); no argument:
        of every actor (inside a write transaction)."""
        from kingmaker.lookup import fold

        conn = self._conn
        if actor_ids is None:
            conn.execute("DELETE FROM actor_names")
            rows = list(conn.execute("SELECT id, name, aliases FROM actors"))
        else:
            ids = sorted(set(actor_ids))
            if not ids:
                return
            self._select_in("DELETE FROM actor_names WHERE actor_id IN ({})", ids, fetch=False)
            rows = self._select_in("SELECT id, name, aliases FROM actors WHERE id IN ({})", ids, rows=True)
        out: set[tuple[str, int, str, str]] = set()
        for actor_id, name, aliases in rows:
            out.add((actor_id, 0, name, fold(name)))
            out.update((actor_id, 1, a, fold(a)) for a in json.loads(aliases))
        conn.executemany("INSERT INTO actor_names (actor_id, alias, label, folded) VALUES (?, ?, ?, ?)", sorted(out))
        if actor_ids is None:
            self._set_meta("named", "1")

    def _named(self) -> bool:
        """Whether ``actor_names`` is filled (a read-only store may not be, before a writer opens it)."""
        return self._meta("named") == "1"

    # one level of the lookup (``kingmaker.lookup.LEVELS``): the condition on ``actor_names`` n
    _LEVEL_SQL = {"name": "n.label = ? AND n.alias = 0", "alias": "n.label = ? AND n.alias = 1",
                  "folded name": "n.folded = ? AND n.alias = 0", "folded alias": "n.folded = ? AND n.alias = 1",
                  "part": "n.folded LIKE ? ESCAPE '\\'"}

    @staticmethod
    def _level_value(level: str, query: str) -> str | None:
        """The value ``_LEVEL_SQL[level]`` compares with (``None``: the level matches nothing)."""
        from kingmaker.lookup import fold

        q = query.strip()
        if level in ("id", "name", "alias"):
            return q
        key = fold(q)
        if level != "part":
            return key
        if not key:
            return None
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def _level_where(self, level: str, query: str) -> tuple[str, list[Any]]:
        """The condition on ``actors a`` that keeps the actors ``query`` matches at ``level``: by
        index; ``part`` (a substring of a folded name) too where a trigram index is kept (schema
        12) and the folded query has three characters or more, else a scan of ``actor_names``."""
        value = self._level_value(level, query)
        if value is None:
            return "1 = 0", []
        if level == "id":
            return "a.id = ?", [value]
        cond, params = self._LEVEL_SQL[level], [value]
        if level == "part":
            from kingmaker.lookup import fold

            cond, params = self._part_where(cond, value, fold(query.strip()))
        return f"a.id IN (SELECT n.actor_id FROM actor_names n WHERE {cond})", params

    def _part_where(self, cond: str, pattern: str, key: str) -> tuple[str, list[Any]]:
        """Dialect hook: the ``part`` condition on ``actor_names n`` for the LIKE ``pattern`` (of the
        folded query ``key``)
        (PostgreSQL's trigram index serves the LIKE as it is; SQLite's needs a MATCH first)."""
        return cond, [pattern]

    @_guard
    def lookup_actors(self, query: str, *, levels: Iterable[str] | None = None,
                      limit: int | None = None) -> tuple[str | None, list[str]]:
        """The one actor lookup (``kingmaker.lookup``) in SQL: ``(level, ids in store order)`` at the
        first of ``levels`` (default: all of ``LEVELS``) that matches any actor, ``(None, [])`` if none.

        id, name, alias, folded name and folded alias are index lookups (``actors`` primary key,
        ``actor_names_label``, ``actor_names_folded``); ``part`` (the folded query inside a folded
        name or alias) is a ``LIKE '%...%'``, served by the trigram index of schema 12 where there
        is one and the query has three characters or more, else a scan of ``actor_names``. A
        store whose ``actor_names`` is not filled yet (read-only, before schema 7 was filled) runs
        the same levels in Python (``lookup.level_hits``)."""
        from kingmaker.lookup import LEVELS, level_hits

        candidates = None
        for level in levels or LEVELS:
            if not self._named():
                if candidates is None:
                    candidates = [(a["id"], a["name"], a["aliases"]) for a in self._all_actors()]
                ids = level_hits(level, query, candidates)
                ids = ids if limit is None else ids[:limit]
            else:
                cond, params = self._level_where(level, query)
                sql, params = self._page(f"SELECT a.id FROM actors a WHERE {cond} ORDER BY a.num", params, limit, 0)
                ids = [r[0] for r in self._conn.execute(sql, params)]
            if ids:
                return level, ids
        return None, []

    def _counted(self) -> bool:
        """Whether the maintained counts are there (a read-only store from before schema 6 has none)."""
        return self._meta("counted") == "1"

    def _local_actors(self, docs: list[str], seqs: dict[str, int] | None = None) -> dict[str, list[Actor]]:
        """The local actors of these documents, in order (``seqs``: filled with their seqs)."""
        by_doc: dict[str, list[tuple[int, Actor]]] = defaultdict(list)
        for r in self._select_in("SELECT a.*, d.seq FROM local_actors a JOIN documents d ON d.id = a.doc_id "
                                 "WHERE a.doc_id IN ({})", docs, rows=True):
            if seqs is not None:
                seqs[r["doc_id"]] = r["seq"]
            by_doc[r["doc_id"]].append((r["ord"], Actor(r["local_id"], r["name"], r["kind"], r["subkind"],
                                                        json.loads(r["aliases"]), [r["doc_id"]], r["mentions"])))
        return {d: [a for _, a in sorted(actors, key=lambda x: x[0])] for d, actors in by_doc.items()}

    def _select_in(self, sql: str, values: list[Any], *, rows: bool = False, fetch: bool = True) -> list[Any]:
        """Run ``sql`` whose ``IN ({})`` takes ``values``, in chunks; the rows (``rows``) or first column."""
        out: list[Any] = []
        for i in range(0, len(values), 400):
            part = values[i:i + 400]
            cur = self._conn.execute(sql.format(", ".join("?" * len(part))), part)
            if fetch:
                out.extend(cur.fetchall() if rows else (r[0] for r in cur.fetchall()))
        return out

    # ------------------------------------------------------------------ reading

    @staticmethod
    def _actor_dict(r: Any, documents: list[str] | None = None) -> dict[str, Any]:
        """An ``actors`` row as a dict; ``documents``: its document ids (see ``_with_documents``)."""
        return {"id": r["id"], "name": r["name"], "kind": r["kind"], "subkind": r["subkind"],
                "aliases": json.loads(r["aliases"]), "documents": documents if documents is not None else [],
                "mentions": r["mentions"], "curated": bool(r["curated"])}

    def _with_documents(self, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Fill in the ``documents`` of these actor dicts (in one query)."""
        docs = self._documents_of([a["id"] for a in actors] if len(actors) <= 2000 else None)
        for a in actors:
            a["documents"] = docs.get(a["id"], [])
        return actors

    def _latest_documents(self, actors: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
        """Fill in the ``documents`` of these actor dicts: the latest ``n`` of each, in store order
        (index ``actor_documents_seq``: a query of ``n`` rows per actor)."""
        for a in actors:
            rows = self._conn.execute("SELECT doc_id FROM actor_documents WHERE actor_id = ? ORDER BY seq DESC "
                                      "LIMIT ?", (a["id"], max(0, n))).fetchall()
            a["documents"] = [r[0] for r in reversed(rows)]
        return actors

    def _all_actors(self, *, documents: bool = False) -> list[dict[str, Any]]:
        """All actors in ingest order; their document lists (one more query) only with ``documents``."""
        out = [self._actor_dict(r) for r in self._conn.execute("SELECT * FROM actors ORDER BY num")]
        return self._with_documents(out) if documents else out

    def _names(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT id, name FROM actors")}

    # Each list is one SQL query: filters, the duplicate rule (one tie per pair, type and document;
    # one fact per actor, key, value and document), ordering (ingest order) and paging all run in
    # the database, on the indexes of schema 3.

    @staticmethod
    def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, max(0, int(limit)), max(0, int(offset))]
        elif offset:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, 2**62, max(0, int(offset))]
        return sql, params

    # Keyset paging (``after``: the id of the last row of the previous page): the next page starts
    # after that row's place in the list order (ingest order: document ``seq``, item ``ord``; actors
    # ``num``), found by its primary key, so a page costs the same wherever it is in the list.

    def _position(self, table: str, row_id: str) -> tuple[int, int]:
        """``(seq, ord)`` of the item ``row_id`` of ``table`` (``documents``: ``(seq, 0)``)."""
        if table == "documents":
            row = self._conn.execute("SELECT seq, 0 FROM documents WHERE id = ?", (row_id,)).fetchone()
        else:
            row = self._conn.execute(f"SELECT d.seq, x.ord FROM {table} x JOIN documents d ON d.id = x.doc_id "
                                     "WHERE x.id = ?", (row_id,)).fetchone()
        if row is None:
            raise StoreError(f"cursor {row_id!r}: no such row any more (start again from the first page)")
        return int(row[0]), int(row[1])

    @staticmethod
    def _kept_date(column: str) -> str:
        """SQL: the first day a possibly partial ISO date in ``column`` denotes (``2010`` ->
        ``2010-01-01``), as :func:`kingmaker.graph.parse_date` reads it; compared with an as-of day."""
        return (f"(CASE WHEN length({column}) = 4 THEN {column} || '-01-01' WHEN length({column}) = 7 "
                f"THEN {column} || '-01' ELSE substr({column}, 1, 10) END)")

    def _as_of_where(self, as_of: str | None, where: list[str], params: list[Any], *,
                     own_date: str | None = None, column: str = "d.date") -> None:
        """The as-of cut of :func:`kingmaker.graph.select`: documents dated up to ``as_of`` (an ISO
        day; undated ones left out; ``column``: the document date, or the copy of it a kept-count table
        holds) and, for events, no own date after it."""
        if not as_of:
            return
        _check_date("as_of", as_of)
        where.append(f"{column} IS NOT NULL AND {column} <> '' AND {self._kept_date(column)} <= ?")
        params.append(as_of)
        if own_date is not None:
            where.append(f"({own_date} IS NULL OR {own_date} = '' OR {self._kept_date(own_date)} <= ?)")
            params.append(as_of)

    @staticmethod
    def _types_where(column: str, value: Any, where: list[str], params: list[Any]) -> None:
        """``column`` is ``value`` (one type) or one of ``value`` (a collection of types)."""
        if value is None:
            return
        values = [value] if isinstance(value, str) else sorted(value)
        where.append(f"{column} IN ({', '.join('?' * len(values))})" if values else "1 = 0")
        params.extend(values)

    @staticmethod
    def _by_seq(column: str, seqs: tuple[int, int] | None) -> str:
        """``column`` as a filter on one stretch of documents (``seqs``): as an expression, so that the
        database reads the stretch's documents by ``seq`` instead of every item of a type by its index
        (which a keyset page would then sort: a pass that grows with the store)."""
        return column if seqs is None else f"({column} || '')"

    @staticmethod
    def _seqs_where(seqs: tuple[int, int] | None, where: list[str], params: list[Any]) -> None:
        """Only the documents ingested ``seqs[0]`` to ``seqs[1] - 1`` (one stretch of a keyset page)."""
        if seqs is not None:
            where.append("d.seq >= ? AND d.seq < ?")
            params += list(seqs)

    def _in_order(self, query, table: str, order: str, limit: int | None, offset: int,
                  filters: dict[str, Any]) -> list[Any]:
        """One page of ``query(**filters)`` rows in ingest order. A keyset page (a ``limit``, no
        ``offset``) reads the documents from the cursor's on in growing stretches of ``seq`` until the
        page is full: it costs about its own size, wherever it is in the list."""
        if limit is None or offset:
            sql, params = query(**filters)
            sql, params = self._page(sql + order, params, limit, offset)
            return list(self._conn.execute(sql, params))
        low, high = self._conn.execute("SELECT MIN(seq), MAX(seq) FROM documents").fetchone()
        if low is None:
            return []
        start = self._position(table, filters["after"])[0] if filters.get("after") else low
        out: list[Any] = []
        span = 64
        while start <= high and len(out) < limit:
            sql, params = query(**filters, seqs=(start, start + span))
            sql, params = self._page(sql + order, params, limit - len(out), 0)
            out += self._conn.execute(sql, params).fetchall()
            start += span
            span *= 4
        return out

    @staticmethod
    def _actor_where(actor_id: Any, where: list[str], params: list[Any], doc_column: str,
                     docs_given: bool = False) -> None:
        """Items with this actor (or one of these actors: a collection of ids) as source or target;
        only the documents that name them are read (the index on ``actor_members.actor_id``), unless
        the documents are given (``docs_given``: a few, read by their ids)."""
        if actor_id is None:
            return
        ids = [actor_id] if isinstance(actor_id, str) else list(actor_id)
        marks = ", ".join("?" * len(ids)) or "NULL"
        if not docs_given:
            where.append(f"{doc_column} IN (SELECT doc_id FROM actor_members WHERE actor_id IN ({marks}))")
            params += ids
        where.append(f"(ms.actor_id IN ({marks}) OR mt.actor_id IN ({marks}))")
        params += [*ids, *ids]

    def _relation_query(self, *, type: str | None = None, actor_id: str | None = None,
                        doc_id: str | None = None, as_of: str | None = None,
                        after: str | None = None, seqs: tuple[int, int] | None = None,
                        count: bool = False, with_id: str | None = None,
                        narrow: bool = False, dated_after: str | None = None) -> tuple[str, list[Any]]:
        """The ties with these filters; ``count``: only one row per tie kept (what ``count`` counts:
        no evidence, names or window function to compute); ``with_id``: only those between
        ``actor_id`` and this actor; ``narrow``: without the names, sentence and end (what orders
        and groups them, to sort without the text); ``dated_after`` (an ISO day): only those of the
        documents dated after that day."""
        where, params = ["ms.actor_id <> mt.actor_id", "r.id NOT IN (SELECT item_id FROM rejections)"], []
        self._types_where(self._by_seq("r.type", seqs), type, where, params)
        self._actor_where(actor_id, where, params, "r.doc_id", docs_given=doc_id is not None)
        if with_id is not None:
            if doc_id is None:  # (the documents naming it; given documents are read by their ids instead,
                # not against a list of every document that names it, which grows with the store)
                where.append("r.doc_id IN (SELECT doc_id FROM actor_members WHERE actor_id = ?)")
                params.append(with_id)
            where.append("(ms.actor_id = ? OR mt.actor_id = ?)")
            params += [with_id, with_id]
        self._as_of_where(as_of, where, params)
        if dated_after:
            _check_date("dated_after", dated_after)
            where.append(f"d.date IS NOT NULL AND d.date <> '' AND {self._kept_date('d.date')} > ?")
            params.append(dated_after)
        key = self._position("relations", after) if after else None
        if key is not None:  # whole documents from the cursor's on (the duplicate rule stays within one)
            where.append("d.seq >= ?")
            params.append(key[0])
        self._seqs_where(seqs, where, params)
        self._types_where("r.doc_id", doc_id, where, params)
        sym = sorted(SYMMETRIC_RELATIONS) or [""]
        marks = ", ".join("?" * len(sym))
        swap = f"(r.type IN ({marks}) AND mt.actor_id < ms.actor_id)"
        if count:  # the duplicate rule as DISTINCT: one tie per document, type and (ordered) pair
            return (f"SELECT DISTINCT r.doc_id, r.type, CASE WHEN {swap} THEN mt.actor_id ELSE ms.actor_id END AS a, "
                    f"CASE WHEN {swap} THEN ms.actor_id ELSE mt.actor_id END AS b "
                    "FROM relations r JOIN documents d ON d.id = r.doc_id "
                    "JOIN actor_members ms ON ms.doc_id = r.doc_id AND ms.local_id = r.source "
                    "JOIN actor_members mt ON mt.doc_id = r.doc_id AND mt.local_id = r.target "
                    "WHERE " + " AND ".join(where)), [*sym, *sym, *params]
        text = "" if narrow else "sa.name AS s_name, ta.name AS t_name, ev.end, ev.sentence, "
        names = "" if narrow else ("LEFT JOIN actors sa ON sa.id = ms.actor_id "
                                   "LEFT JOIN actors ta ON ta.id = mt.actor_id ")
        sql = ("SELECT * FROM (SELECT r.id, r.doc_id, r.type, r.confidence, ms.actor_id AS s, mt.actor_id AS t, "
               f"{text}ev.start, d.date, d.seq, r.ord, "
               f"ROW_NUMBER() OVER (PARTITION BY r.doc_id, r.type, CASE WHEN {swap} THEN mt.actor_id "
               f"ELSE ms.actor_id END, CASE WHEN {swap} THEN ms.actor_id ELSE mt.actor_id END "
               "ORDER BY r.ord) AS dup "
               "FROM relations r JOIN documents d ON d.id = r.doc_id JOIN evidence ev ON ev.id = r.evidence_id "
               "JOIN actor_members ms ON ms.doc_id = r.doc_id AND ms.local_id = r.source "
               "JOIN actor_members mt ON mt.doc_id = r.doc_id AND mt.local_id = r.target "
               f"{names}WHERE " + " AND ".join(where) + ") x WHERE dup = 1")
        params = [*sym, *sym, *params]
        if key is not None:
            sql += " AND (seq > ? OR (seq = ? AND ord > ?))"
            params += [key[0], key[0], key[1]]
        return sql, params

    def _relation_rows(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        rows = self._in_order(self._relation_query, "relations", " ORDER BY seq, ord", limit, offset, filters)
        return [self._tie_dict(r) for r in rows]

    @staticmethod
    def _tie_dict(r: Any) -> dict[str, Any]:
        """A tie row of :meth:`_relation_query` as the lists give it."""
        return {"id": r["id"], "source": r["s"], "source_name": r["s_name"], "type": r["type"], "target": r["t"],
                "target_name": r["t_name"], "document": r["doc_id"], "date": r["date"],
                "evidence": r["sentence"], "start": r["start"], "end": r["end"],
                "confidence": round(r["confidence"], 3)}

    def _event_query(self, *, type: str | None = None, actor_id: str | None = None, doc_id: str | None = None,
                     since: str | None = None, until: str | None = None, as_of: str | None = None,
                     with_id: str | None = None, after: str | None = None,
                     seqs: tuple[int, int] | None = None, light: bool = False,
                     narrow: bool = False, dated_after: str | None = None) -> tuple[str, list[Any]]:
        """The events with these filters; ``light``: only ``doc_id``, ``type``, ``negated``, ``s``, ``t``
        and ``date`` (the event's own, else its document's; no evidence or names to join: for counting);
        ``narrow``: without the names, sentence, end, trigger and own date (what orders and groups them,
        to sort without the text); ``dated_after`` (an ISO day): only the events of the documents dated
        up to that day whose own date is after it (those that the as-of cut of that day leaves out for
        their own date)."""
        where, params = ["e.id NOT IN (SELECT item_id FROM rejections)"], []
        if dated_after:
            self._as_of_where(dated_after, where, params)
            where.append(f"e.date IS NOT NULL AND e.date <> '' AND {self._kept_date('e.date')} > ?")
            params.append(dated_after)
            if self._counted():  # (their documents are among those the store keeps as having such events)
                where.append("e.doc_id IN (SELECT doc_id FROM late_events)")
        self._types_where(self._by_seq("e.type", seqs), type, where, params)
        self._actor_where(actor_id, where, params, "e.doc_id", docs_given=doc_id is not None)
        if with_id is not None:  # between ``actor_id`` and this actor, either way
            where.append("(ms.actor_id = ? OR mt.actor_id = ?)")
            params += [with_id, with_id]
        self._as_of_where(as_of, where, params, own_date="e.date")
        if after:
            seq, ord_ = self._position("events", after)
            where.append("(d.seq > ? OR (d.seq = ? AND e.ord > ?))")
            params += [seq, seq, ord_]
        self._seqs_where(seqs, where, params)
        self._types_where("e.doc_id", doc_id, where, params)
        date = "COALESCE(NULLIF(e.date, ''), d.date)"
        for value, op in ((since, ">="), (until, "<=")):
            if value:
                where.append(f"{date} IS NOT NULL AND {date} <> '' AND substr({date}, 1, ?) {op} ?")
                params += [len(value), value]
        if light:
            return (f"SELECT e.doc_id, e.type, e.negated, ms.actor_id AS s, mt.actor_id AS t, {date} AS date "
                    "FROM events e JOIN documents d ON d.id = e.doc_id "
                    "LEFT JOIN actor_members ms ON ms.doc_id = e.doc_id AND ms.local_id = e.source "
                    "LEFT JOIN actor_members mt ON mt.doc_id = e.doc_id AND mt.local_id = e.target "
                    "WHERE " + " AND ".join(where)), params
        if narrow:
            return ("SELECT e.id, e.doc_id, e.type, e.confidence, e.negated, ms.actor_id AS s, mt.actor_id AS t, "
                    "ev.start, d.date AS doc_date, d.seq, e.ord "
                    "FROM events e JOIN documents d ON d.id = e.doc_id JOIN evidence ev ON ev.id = e.evidence_id "
                    "LEFT JOIN actor_members ms ON ms.doc_id = e.doc_id AND ms.local_id = e.source "
                    "LEFT JOIN actor_members mt ON mt.doc_id = e.doc_id AND mt.local_id = e.target "
                    "WHERE " + " AND ".join(where)), params
        sql = ("SELECT e.id, e.doc_id, e.type, e.confidence, e.date AS event_date, e.negated, e.trigger, "
               "ms.actor_id AS s, mt.actor_id AS t, sa.name AS s_name, ta.name AS t_name, "
               "ev.start, ev.end, ev.sentence, d.date AS doc_date, d.seq, e.ord "
               "FROM events e JOIN documents d ON d.id = e.doc_id JOIN evidence ev ON ev.id = e.evidence_id "
               "LEFT JOIN actor_members ms ON ms.doc_id = e.doc_id AND ms.local_id = e.source "
               "LEFT JOIN actor_members mt ON mt.doc_id = e.doc_id AND mt.local_id = e.target "
               "LEFT JOIN actors sa ON sa.id = ms.actor_id LEFT JOIN actors ta ON ta.id = mt.actor_id "
               "WHERE " + " AND ".join(where))
        return sql, params

    def _event_rows(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        return [self._event_dict(r)
                for r in self._in_order(self._event_query, "events", " ORDER BY d.seq, e.ord", limit, offset, filters)]

    @staticmethod
    def _event_dict(r: Any) -> dict[str, Any]:
        """An event row of :meth:`_event_query` as the lists give it (an event of an actor with
        itself has no target)."""
        s, t, t_name = r["s"], r["t"], r["t_name"]
        if s is not None and s == t:
            t = t_name = None
        return {"id": r["id"], "source": s, "source_name": r["s_name"], "type": r["type"], "target": t,
                "target_name": t_name, "document": r["doc_id"],
                "date": r["event_date"] or r["doc_date"], "event_date": r["event_date"],
                "negated": bool(r["negated"]), "trigger": r["trigger"], "evidence": r["sentence"],
                "start": r["start"], "end": r["end"], "confidence": round(r["confidence"], 3)}

    def _fact_query(self, *, key: str | None = None, actor_id: str | None = None,
                    doc_id: str | None = None, as_of: str | None = None,
                    after: str | None = None, seqs: tuple[int, int] | None = None,
                    light: bool = False) -> tuple[str, list[Any]]:
        """The facts with these filters; ``light``: one row per fact kept (``doc_id``, ``a``: the
        duplicate rule as DISTINCT, no evidence or names to join: for counting)."""
        where, params = ["f.id NOT IN (SELECT item_id FROM rejections)"], []
        self._types_where(self._by_seq("f.key", seqs), key, where, params)
        if actor_id is not None:
            where.append("m.actor_id = ?")
            params.append(actor_id)
        self._types_where("f.doc_id", doc_id, where, params)
        self._as_of_where(as_of, where, params)
        fkey = self._position("facts", after) if after else None
        if fkey is not None:
            where.append("d.seq >= ?")
            params.append(fkey[0])
        self._seqs_where(seqs, where, params)
        if light and fkey is None:
            return ("SELECT DISTINCT f.doc_id, m.actor_id AS a, f.key, f.value FROM facts f "
                    "JOIN documents d ON d.id = f.doc_id JOIN actor_members m ON m.doc_id = f.doc_id "
                    "AND m.local_id = f.actor WHERE " + " AND ".join(where)), params
        sql = ("SELECT * FROM (SELECT f.id, f.doc_id, f.key, f.value, f.confidence, m.actor_id AS a, "
               "aa.name AS a_name, ev.start, ev.end, ev.sentence, d.date, d.seq, f.ord, "
               "ROW_NUMBER() OVER (PARTITION BY f.doc_id, m.actor_id, f.key, f.value ORDER BY f.ord) AS dup "
               "FROM facts f JOIN documents d ON d.id = f.doc_id JOIN evidence ev ON ev.id = f.evidence_id "
               "JOIN actor_members m ON m.doc_id = f.doc_id AND m.local_id = f.actor "
               "LEFT JOIN actors aa ON aa.id = m.actor_id "
               "WHERE " + " AND ".join(where) + ") x WHERE dup = 1")
        if fkey is not None:
            sql += " AND (seq > ? OR (seq = ? AND ord > ?))"
            params = [*params, fkey[0], fkey[0], fkey[1]]
        return sql, params

    def _fact_rows(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        rows = self._in_order(self._fact_query, "facts", " ORDER BY seq, ord", limit, offset, filters)
        return [{"id": r["id"], "actor": r["a"], "actor_name": r["a_name"], "key": r["key"],
                 "value": r["value"], "document": r["doc_id"], "date": r["date"], "evidence": r["sentence"],
                 "start": r["start"], "end": r["end"], "confidence": round(r["confidence"], 3)}
                for r in rows]

    def _count(self, query: tuple[str, list[Any]]) -> int:
        sql, params = query
        return self._conn.execute(f"SELECT COUNT(*) FROM ({sql}) c", params).fetchone()[0]

    @_guard
    def count(self, what: str, **filters: Any) -> int:
        """How many rows ``what`` (``actors``, ``relations``, ``events``, ``facts``, ``documents``)
        returns with these filters (the same keywords, without ``limit``/``offset``): one SQL count."""
        if what == "documents":
            return self._count(self._document_query(as_of=filters.get("as_of")))
        if what == "actors":
            if filters.get("search") and not self._named():
                return len(self._matching_actors(filters["search"], filters.get("kind"), filters.get("as_of")))
            return self._count(self._actor_query(kind=filters.get("kind"), as_of=filters.get("as_of"),
                                                 search=filters.get("search")))
        if what not in ("relations", "events", "facts"):
            raise StoreError(f"cannot count {what!r}")
        for name, column in (("actor", "actor_id"), ("with_", "with_id")):
            who = filters.pop(name, None)
            if who:
                filters[column] = self.find_actor(who, documents=False)["id"]
        if what == "events":
            _check_date("--since", filters.get("since"))
            _check_date("--until", filters.get("until"))
        if what == "relations":
            return self._count(self._relation_query(**filters, count=True))
        query = {"events": self._event_query, "facts": self._fact_query}[what]
        return self._count(query(**filters))

    @_guard
    def stats(self) -> dict[str, int]:
        one = lambda sql: self._conn.execute(sql).fetchone()[0]
        return {"documents": one("SELECT COUNT(*) FROM documents"), "actors": one("SELECT COUNT(*) FROM actors"),
                "relations": self._count(self._relation_query(count=True)), "events": self._count(self._event_query()),
                "facts": self._count(self._fact_query()), "rejected": one("SELECT COUNT(*) FROM rejections"),
                "curated": one("SELECT COUNT(*) FROM user_actors")}

    def _actor_query(self, *, kind: str | None = None, as_of: str | None = None,
                     after: str | None = None, search: str | None = None) -> tuple[str, list[Any]]:
        """The actors (``a``) of kind ``kind``, named in a document kept by the as-of cut, after the
        actor ``after`` (keyset: ``num``), whose name or an alias holds ``search`` (the ``part``
        level of the lookup, in SQL once ``actor_names`` is filled; else ``_matching_actors``
        filters in Python)."""
        where, params = [], []
        if search and self._named():
            cond, values = self._level_where("part", search)
            if values:  # (a search that folds to nothing keeps every actor, as in Python)
                where.append(cond)
                params.extend(values)
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if as_of:  # named in a document of the cut: its first day up to the day (schema 16, index actors_first_day)
            _check_date("as_of", as_of)
            where.append("a.first_day <= ?")
            params.append(as_of)
        if after:
            row = self._conn.execute("SELECT num FROM actors WHERE id = ?", (after,)).fetchone()
            if row is None:
                raise StoreError(f"cursor {after!r}: no such actor any more (start again from the first page)")
            where.append("a.num > ?")
            params.append(row[0])
        return "SELECT a.* FROM actors a" + (" WHERE " + " AND ".join(where) if where else ""), params

    def _matching_actors(self, search: str | None, kind: str | None, as_of: str | None,
                         query: tuple[str, list[Any]] | None = None) -> list[dict[str, Any]]:
        """The actors of ``query`` (default: of this kind, as of this day, holding ``search``) whose
        name or an alias holds ``search``: filtered in SQL by ``_actor_query`` once ``actor_names``
        is filled, else here (``lookup.level_hits``, level ``part``)."""
        from kingmaker.lookup import level_hits

        sql, params = query or self._actor_query(kind=kind, as_of=as_of, search=search)
        out = [{**self._actor_dict(r), "n_documents": r["n_documents"], "_counts": self._kept_counts(r)}
               for r in self._conn.execute(sql, params)]
        if search and not self._named():
            keep = set(level_hits("part", search, [(a["id"], a["name"], a["aliases"]) for a in out]))
            if norm(search):
                out = [a for a in out if a["id"] in keep]
        return out

    @staticmethod
    def _kept_counts(r: Any) -> tuple[int, int] | None:
        """An ``actors`` row's maintained numbers of ties and events (schema 6)."""
        try:
            return r["n_relations"], r["n_events"]
        except (IndexError, KeyError):
            return None

    @_guard
    def actors(self, *, kind: str | None = None, search: str | None = None, limit: int | None = None,
               offset: int = 0, as_of: str | None = None, after: str | None = None,
               order: str = "num", documents: int | None = None) -> list[dict[str, Any]]:
        """Actors in ingest order (``num``), with their numbers of ties and events (as of ``as_of``:
        an ISO day, the cut of :func:`kingmaker.graph.select`); ``after``: keyset paging (the id of
        the last actor of the previous page). ``order``: ``num``, ``name`` (folded) or ``documents``
        (the most present first: most documents, then mentions, then name). ``documents``: list at
        most this many document ids per actor (the latest, in store order) and give their number
        in ``n_documents`` (a hub's list runs to thousands); ``None``: all, no ``n_documents``.

        Without ``as_of`` the numbers are the counts the store keeps (schema 6): a page costs its
        own size; with it they are counted for the page's actors."""
        if order not in ("num", "name", "documents"):
            raise StoreError(f"order {order!r}: expected num, name or documents")
        actor_sql, params = self._actor_query(kind=kind, as_of=as_of, after=after, search=search)
        presence = lambda a: (-a["n_documents"], -(a["mentions"] or 0))  # noqa: E731
        searched_in_sql = not search or self._named()
        if order == "documents" and searched_in_sql and limit is not None:
            # the page in SQL (index actors_documents), then the rows that tie with its last one,
            # so that the name order within a tie is the same as over the whole list
            sql = f"SELECT a.* FROM ({actor_sql}) a ORDER BY a.n_documents DESC, a.mentions DESC"
            out = []
            for r in self._conn.execute(sql, params):
                a = {**self._actor_dict(r), "n_documents": r["n_documents"], "_counts": self._kept_counts(r)}
                if len(out) >= offset + limit and presence(a) != presence(out[-1]):
                    break
                out.append(a)
            in_python = True
        else:
            sql = f"SELECT a.* FROM ({actor_sql}) a ORDER BY a.num"
            in_python = not searched_in_sql or order != "num"
            if not in_python:
                sql, params = self._page(sql, params, limit, offset)
            out = self._matching_actors(search, None, None, (sql, params))
        if order == "name":
            out.sort(key=lambda a: (norm(a["name"]), a["id"]))
        elif order == "documents":
            out.sort(key=lambda a: (*presence(a), norm(a["name"]), a["id"]))
        if in_python:
            out = out[offset:] if limit is None else out[offset:offset + limit]
        kept = {a["id"]: a.pop("_counts") for a in out}
        for a in out:
            n = a.pop("n_documents", None)
            if documents is not None:
                a["n_documents"] = n
        if documents is None:
            self._with_documents(out)
        else:
            self._latest_documents(out, documents)
        if as_of is None and self._counted() and all(c is not None for c in kept.values()):
            return [{**a, "relations": kept[a["id"]][0], "events": kept[a["id"]][1]} for a in out]
        # a page's counts come from that page's actors' items only; a long list's from one pass
        ids = [a["id"] for a in out] if len(out) <= 500 else None
        rel_sql, rel_params = self._relation_query(as_of=as_of, actor_id=ids, count=True)
        ev_sql, ev_params = self._event_query(as_of=as_of, actor_id=ids, light=True)
        # one pass over each list (a union of its source and target sides would run the query twice)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for s, t in self._conn.execute(f"SELECT a, b FROM ({rel_sql}) r", rel_params):
            counts[s][0] += 1
            counts[t][0] += 1
        for s, t in self._conn.execute(f"SELECT s, t FROM ({ev_sql}) e", ev_params):
            if s is not None:
                counts[s][1] += 1
            if t is not None and t != s:
                counts[t][1] += 1
        return [{**a, "relations": counts[a["id"]][0], "events": counts[a["id"]][1]} if a["id"] in counts
                else {**a, "relations": 0, "events": 0} for a in out]

    @_guard
    def find_actor(self, query: str, *, documents: bool = True) -> dict[str, Any]:
        """See ``kingmaker.lookup`` (the one actor lookup), run in SQL by ``lookup_actors``.
        ``documents``: fill in the actor's document ids (all of them: a hub's run to thousands)."""
        from kingmaker.lookup import close_names

        fill = self._with_documents if documents else (lambda actors: actors)
        q = query.strip()
        _, ids = self.lookup_actors(q, limit=9)  # a tenth would not be listed
        hits = [self._actor_dict(r) for r in self._select_in("SELECT * FROM actors WHERE id IN ({})", ids, rows=True)]
        hits.sort(key=lambda a: ids.index(a["id"]))
        if len(hits) == 1:
            return fill(hits)[0]
        if len(hits) > 1:
            many = len(self.lookup_actors(q)[1]) if len(hits) > 8 else len(hits)
            listed = "; ".join(f"{a['id']} {a['name']} ({a['kind']})" for a in hits[:8])
            more = f" and {many - 8} more" if many > 8 else ""
            raise StoreError(f"{query!r} matches {many} actors: {listed}{more}; give the id or the full name")
        if self._named():  # the names alone (no actor rows) for the "did you mean"
            names = [(r[0], r[1], ()) for r in self._conn.execute("SELECT n.actor_id, n.label FROM actor_names n JOIN actors a ON a.id = n.actor_id ORDER BY a.num, n.alias")]
        else:
            names = [(a["id"], a["name"], a["aliases"]) for a in self._all_actors()]
        close = close_names(q, names)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see `kingmaker actors`)"
        raise StoreError(f"no actor matches {query!r}{hint}")

    @_guard
    def actor(self, query: str, *, limit: int | None = None, as_of: str | None = None) -> dict[str, Any]:
        """Profile: the actor, its documents, ties out and in, events by date and facts.

        ``limit``: only the latest ``limit`` documents that name it (store order) and their items, so
        that a hub's profile costs its page, not its thousands of documents; ``totals`` then says how
        many documents, ties, events and facts it has in all (the counts the store keeps; counted
        with ``as_of``). ``as_of``: the cut of :func:`kingmaker.graph.select` (documents dated up to
        that ISO day, no event dated after it).
        """
        a = self.find_actor(query, documents=limit is None and as_of is None)
        aid = a["id"]
        if limit is None and as_of is None:
            shown = list(a["documents"])
        else:
            where, params = ["x.actor_id = ?"], [aid]
            self._as_of_where(as_of, where, params)
            sql = ("SELECT x.doc_id FROM actor_documents x JOIN documents d ON d.id = x.doc_id WHERE "
                   + " AND ".join(where) + " ORDER BY x.seq DESC")
            sql, params = self._page(sql, params, limit, 0)
            shown = [r[0] for r in reversed(self._conn.execute(sql, params).fetchall())]
        docs = {r["id"]: dict(r) for r in self._select_in(
            "SELECT d.id, d.title, d.date, d.path FROM documents d WHERE d.id IN ({})", shown, rows=True)}
        within = None if limit is None else shown  # the items of the documents shown
        events = self._event_rows(actor_id=aid, doc_id=within, as_of=as_of)
        events.sort(key=lambda e: (e["date"] is None, e["date"] or ""))
        ties = self._relation_rows(actor_id=aid, doc_id=within, as_of=as_of)
        out = {**a,
               "documents": [{k: docs[d][k] for k in ("id", "title", "date", "path")} for d in shown if d in docs],
               "ties_out": [r for r in ties if r["source"] == aid],
               "ties_in": [r for r in ties if r["target"] == aid],
               "events": events,
               "facts": self._fact_rows(actor_id=aid, doc_id=within, as_of=as_of)}
        if limit is not None:
            out["totals"] = self._actor_totals(aid, as_of)
        return out

    def _actor_totals(self, aid: str, as_of: str | None) -> dict[str, int]:
        """How many documents, ties, events and facts the actor has (as of ``as_of``)."""
        if as_of is None and self._counted():
            r = self._conn.execute("SELECT n_documents, n_relations, n_events, n_facts FROM actors WHERE id = ?",
                                   (aid,)).fetchone()
            return {"documents": r[0], "ties": r[1], "events": r[2], "facts": r[3]}
        where, params = ["x.actor_id = ?"], [aid]
        self._as_of_where(as_of, where, params)
        n_docs = self._conn.execute("SELECT COUNT(*) FROM actor_documents x JOIN documents d ON d.id = x.doc_id "
                                    "WHERE " + " AND ".join(where), params).fetchone()[0]
        return {"documents": n_docs,
                "ties": self._count(self._relation_query(actor_id=aid, as_of=as_of, count=True)),
                "events": self._count(self._event_query(actor_id=aid, as_of=as_of)),
                "facts": self._count(self._fact_query(actor_id=aid, as_of=as_of))}

    # The analyses over a whole store read the actor graph in aggregate: one row per pair of actors
    # and type (GROUP BY in the database), the evidence of a link only when a result shows it.

    def _link_queries(self, as_of: str | None, include: Iterable[str], include_negated: bool, *,
                      raw: bool = False) -> list[tuple[str, list[Any]]]:
        """The queries of the links of :meth:`links`: rows ``x, y, type, n`` (``x < y``; a pair and type
        may come in several rows, to be summed): the links the store keeps without an as-of cut,
        else counted from the ties and events of the cut. ``raw``: the rows of the links the store
        keeps as they are, to be summed by the caller (some may count less than nothing: the events
        the cut leaves out for their own later date)."""
        order = "CASE WHEN {0} < {1} THEN {0} ELSE {1} END AS x, CASE WHEN {0} < {1} THEN {1} ELSE {0} END AS y"
        queries = []
        kinds = [k for k, wanted in (("relation", "relation" in include), ("event", "event" in include),
                                     ("negated", "event" in include and include_negated)) if wanted]
        marks = ", ".join("?" * len(kinds))
        if as_of is None and self._counted():  # the links the store keeps (index link_items_pair)
            if kinds:
                queries.append((f"SELECT a AS x, b AS y, type, n FROM link_items WHERE kind IN ({marks})" if raw else
                                f"SELECT a AS x, b AS y, type, SUM(n) AS n FROM link_items WHERE kind IN ({marks}) "
                                "GROUP BY a, b, type", kinds))
        elif self._counted():
            # the links the store keeps of the documents of the cut, less the events of those documents
            # that the cut leaves out for their own later date (few: read one by one)
            if kinds:
                where, params = [], []
                self._as_of_where(as_of, where, params)
                parts = [(f"SELECT l.a AS x, l.b AS y, l.type, l.n FROM link_items l WHERE l.kind IN ({marks}) "
                          f"AND l.doc_id IN (SELECT d.id FROM documents d WHERE {' AND '.join(where)})",
                          [*kinds, *params])]
                if "event" in include:
                    sql, params = self._event_query(dated_after=as_of, light=True)
                    negated = "" if include_negated else " AND negated = 0"
                    parts.append((f"SELECT {order.format('s', 't')}, type, -1 AS n FROM ({sql}) e "
                                  f"WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t{negated}", params))
                if raw:
                    queries += parts
                else:
                    union = " UNION ALL ".join(q for q, _ in parts)
                    queries.append((f"SELECT x, y, type, SUM(n) AS n FROM ({union}) u GROUP BY x, y, type "
                                    "HAVING SUM(n) > 0", [v for _, ps in parts for v in ps]))
        else:  # counted here (the as-of cut reads document and event dates)
            if "relation" in include:
                sql, params = self._relation_query(as_of=as_of, count=True)
                queries.append((f"SELECT {order.format('a', 'b')}, type, COUNT(*) AS n FROM ({sql}) r "
                                "GROUP BY 1, 2, 3", params))
            if "event" in include:
                sql, params = self._event_query(as_of=as_of, light=True)
                negated = "" if include_negated else " AND negated = 0"
                queries.append((f"SELECT {order.format('s', 't')}, type, COUNT(*) AS n FROM ({sql}) e "
                                f"WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t{negated} GROUP BY 1, 2, 3", params))
        return queries

    def _pairs_cte(self, as_of: str | None, include: Iterable[str], include_negated: bool, *,
                   pairs: bool = False) -> tuple[str, list[Any]]:
        """``WITH p(x, y, n) AS (...)``: the links of :meth:`links` as one table for the queries that
        follow: rows to be summed (a pair may come in several, some counting less than nothing), or
        (``pairs``) one per linked pair."""
        queries = self._link_queries(as_of, include, include_negated, raw=True)
        if not queries:
            return "WITH p(x, y, n) AS (SELECT a, b, n FROM link_items WHERE 1 = 0) ", []
        body = " UNION ALL ".join(f"SELECT x, y, n FROM ({sql}) q{i}" for i, (sql, _) in enumerate(queries))
        if pairs:
            body = f"SELECT x, y, SUM(n) FROM ({body}) r GROUP BY x, y HAVING SUM(n) > 0"
        return f"WITH p(x, y, n) AS ({body}) ", [v for _, params in queries for v in params]

    @_guard
    def actor_degrees(self, *, as_of: str | None = None, include: Iterable[str] = ("relation", "event"),
                      include_negated: bool = False, top: int | None = None,
                      by_mentions: bool = True, count_all: bool = True) -> dict[str, Any]:
        """Each actor's degree in the actor graph of :meth:`links` (the sum of the counts of its
        links), summed in SQL: ``total`` (how many actors have a link) and ``degrees`` (``{id:
        [degree, mentions]}``): of every linked actor, or (``top``) of the ``top`` first by degree then
        mentions (``by_mentions``; else by degree alone), with all those tied with the last (the caller
        breaks the tie). The degrees the store keeps (schema 8: ``actors.n_links``, ``n_tie_links``)
        when they are those asked (no as-of cut; ties and events with the negated ones, or ties).
        ``count_all`` false, with ``top`` and an as-of cut: the ``top`` first are found without
        summing every actor's degree (:meth:`_top_cut_degrees`), and ``total`` counts the linked
        actors read (at least ``top`` when the cut has that many; all of them when it has fewer)."""
        include = tuple(include)
        column = {(("relation", "event"), True): "n_links", (("relation",), True): "n_tie_links",
                  (("relation",), False): "n_tie_links"}.get((include, include_negated))
        if as_of is not None and column and top is not None and top > 0 and not count_all and self._counted():
            return self._top_cut_degrees(as_of, column, top, by_mentions)
        if as_of is None and column and self._counted():  # (index actors_links / actors_tie_links)
            total = self._conn.execute(f"SELECT COUNT(*) FROM actors WHERE {column} > 0").fetchone()[0]
            sql, params = f"SELECT id, {column}, mentions FROM actors WHERE {column} > 0", []
            if top is not None:
                last = self._conn.execute(f"{sql} ORDER BY {column} DESC, mentions DESC LIMIT 1 OFFSET ?",
                                          [max(0, min(top, total) - 1)]).fetchone()
                if last is not None and by_mentions:
                    sql += f" AND ({column} > ? OR ({column} = ? AND mentions >= ?))"
                    params = [last[1], last[1], last[2]]
                elif last is not None:
                    sql += f" AND {column} >= ?"
                    params = [last[1]]
            return {"total": int(total), "degrees": {r[0]: [int(r[1]), int(r[2])]
                                                     for r in self._conn.execute(sql, params)}}
        if column and self._counted():
            body, params = self._cut_degree_body(as_of, column)
            head = f"WITH d AS (SELECT u, SUM(n) AS deg FROM ({body}) s GROUP BY u HAVING SUM(n) > 0) "
        else:
            cte, params = self._pairs_cte(as_of, include, include_negated)
            head = (f"{cte}, d AS (SELECT u, SUM(n) AS deg FROM (SELECT x AS u, n FROM p UNION ALL SELECT y, n FROM p) "
                    "s GROUP BY u HAVING SUM(n) > 0) ")
        then = ", COALESCE(a.mentions, 0) DESC" if by_mentions else ""
        sql = (f"{head}SELECT u, deg, m, total FROM (SELECT d.u, d.deg, COALESCE(a.mentions, 0) AS m, "
               f"COUNT(*) OVER () AS total, RANK() OVER (ORDER BY d.deg DESC{then}) AS rk "
               "FROM d LEFT JOIN actors a ON a.id = d.u) r")
        if top is not None:
            sql += " WHERE rk <= ?"
            params = [*params, top]
        rows = self._conn.execute(sql, params).fetchall()
        total = int(rows[0][3]) if rows else 0
        return {"total": total, "degrees": {r[0]: [int(r[1]), int(r[2])] for r in rows}}

    DEGREE_BATCH = 64  # at least this many actors read a batch by :meth:`_top_cut_degrees`

    def _cut_degree_body(self, as_of: str, column: str, *, years: bool = True, year: bool = True,
                         ids: list[str] | None = None) -> tuple[str, list[Any]]:
        """Rows ``u, n`` to be summed per actor into its degree (``column``: ``n_links`` or
        ``n_tie_links``) within the as-of cut: the degrees kept per document (actor_items) of the
        documents of the cut, less the events the cut leaves out for their own later date (each of
        their two ends). Schema 11: ``years``, the years before the cut's summed per actor (of the
        actors ``ids`` when given), and (schema 15) the months of its year before its month;
        ``year``, the documents of the cut's month and the events left out."""
        share = {"n_links": "links", "n_tie_links": "tie_links"}[column]
        cut = as_of[:4]
        month = as_of[:7] if len(as_of) >= 7 else f"{cut}-01"
        parts, params = [], []
        if years:
            among = "" if ids is None else f" AND actor_id IN ({', '.join('?' * len(ids)) or 'NULL'})"
            parts.append(f"SELECT actor_id AS u, n FROM actor_link_years WHERE what = ? AND year <> '' AND year < ?{among}")
            params += [share, cut, *(ids or [])]
            parts.append(f"SELECT actor_id AS u, n FROM actor_link_months WHERE what = ? AND month >= ? "
                         f"AND month < ?{among}")
            params += [share, f"{cut}-01", month, *(ids or [])]
        if year:
            # the documents whose date denotes a first day in the cut's month (a date of the year
            # alone denotes its January: read from the year on in January, from the month on after)
            where = ["d.date >= ?", "substr(d.date, 1, 4) = ?", f"{self._kept_date('d.date')} >= ?"]
            more = [cut if month.endswith("-01") else month, cut, f"{month}-01"]
            self._as_of_where(as_of, where, more)
            parts.append(f"SELECT actor_id AS u, {share} AS n FROM actor_items WHERE {share} > 0 AND doc_id IN "
                         f"(SELECT d.id FROM documents d WHERE {' AND '.join(where)})")
            params += more
            if column == "n_links":
                sql, more = self._event_query(dated_after=as_of, light=True)
                ends = f"FROM ({sql}) e WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t"
                parts += [f"SELECT s, -1 {ends}", f"SELECT t, -1 {ends}"]
                params += [*more, *more]
        return " UNION ALL ".join(parts), params

    def _top_cut_degrees(self, as_of: str, column: str, top: int, by_mentions: bool) -> dict[str, Any]:
        """:meth:`actor_degrees` of the ``top`` first actors within an as-of cut, without summing every
        actor's degree over the years before the cut's: an actor's degree in a cut is at most its
        degree in the whole store (``column`` of ``actors``, index ``actors_links``/``actors_tie_links``:
        a cut keeps some of its documents, and the events it leaves out only take away), so the share
        of the cut's month is summed once, then the actors are read by that bound, the most linked
        first, a batch at a time (every actor of a bound at once), their years and months before the
        cut's added, until the highest bound not read is below the ``top``-th degree found: no actor left can
        reach the ``top`` first or tie with the last. ``total``: the linked actors read."""
        conn = self._conn
        body, params = self._cut_degree_body(as_of, column, years=False)
        recent = {r[0]: int(r[1]) for r in conn.execute(f"SELECT u, SUM(n) FROM ({body}) s GROUP BY u", params)}
        found: dict[str, list[int]] = {}
        upper: int | None = None  # the actors bounded below this are not read yet (None: none read)
        batch = max(2 * top, self.DEGREE_BATCH)
        while True:
            cond, values = (f"{column} > 0", []) if upper is None else (f"{column} > 0 AND {column} < ?", [upper])
            row = conn.execute(f"SELECT {column} FROM actors WHERE {cond} ORDER BY {column} DESC LIMIT 1 OFFSET ?",
                               [*values, batch - 1]).fetchone()
            low = int(row[0]) if row is not None else 1
            read = {r[0]: int(r[1]) for r in conn.execute(
                f"SELECT id, mentions FROM actors WHERE {cond} AND {column} >= ?", [*values, low])}
            if not read:
                break
            before: dict[str, int] = {}
            for part in _chunks(sorted(read), 400):
                body, params = self._cut_degree_body(as_of, column, year=False, ids=part)
                before.update((r[0], int(r[1])) for r in conn.execute(
                    f"SELECT u, SUM(n) FROM ({body}) s GROUP BY u", params))
            for u, mentions in read.items():
                degree = before.get(u, 0) + recent.get(u, 0)
                if degree > 0:
                    found[u] = [degree, mentions]
            upper = low
            rest = conn.execute(f"SELECT MAX({column}) FROM actors WHERE {column} > 0 AND {column} < ?",
                                [upper]).fetchone()[0]
            degrees = sorted((d[0] for d in found.values()), reverse=True)
            if rest is None or (len(degrees) >= top and int(rest) < degrees[top - 1]):
                break

        def key(u: str) -> tuple[int, ...]:
            return (-found[u][0], -found[u][1]) if by_mentions else (-found[u][0],)

        ranked, kept, previous, rank = sorted(found, key=key), {}, None, 0
        for i, u in enumerate(ranked):  # RANK() as in SQL: a place shared by equals, the next after them
            if key(u) != previous:
                rank, previous = i + 1, key(u)
            if rank > top:
                break
            kept[u] = found[u]
        return {"total": len(found), "degrees": kept}

    @_guard
    def actor_neighbours(self, ids: Iterable[str], *, as_of: str | None = None,
                         include: Iterable[str] = ("relation", "event"), include_negated: bool = False,
                         outside: Iterable[str] | None = None) -> dict[str, Any]:
        """The neighbours of these actors in the actor graph of :meth:`links`, in SQL: without
        ``outside``, ``{"neighbours": [ids]}`` (the actors linked to one of them, sorted); with it,
        ``{"counts": {id: n}}`` (how many of its neighbours are not among ``outside``, for each of
        them that has some)."""
        wanted = sorted(set(ids))
        include = tuple(include)
        cut = self._kept_edge_cut(as_of) if include_negated else None
        if cut is not None:  # the pairs of the map's edges the store keeps (with the first day, in an index)
            first = ("first <> '' AND first <= ?", [as_of]) if as_of else ("", [])
            return self._edge_neighbours(wanted, [k for k in ("relation", "event") if k in include], first, outside)
        cte, params = self._pairs_cte(as_of, include, include_negated, pairs=True)
        if outside is None:
            found: set[str] = set()
            for i in range(0, len(wanted), 400):
                part = wanted[i:i + 400]
                marks = ", ".join("?" * len(part))
                found.update(r[0] for r in self._conn.execute(
                    f"{cte}SELECT y FROM p WHERE x IN ({marks}) UNION SELECT x FROM p WHERE y IN ({marks})",
                    [*params, *part, *part]))
            return {"neighbours": sorted(found)}
        kept = sorted(set(outside))
        if not wanted:
            return {"counts": {}}
        marks, kept_marks = ", ".join("?" * len(wanted)), ", ".join("?" * len(kept)) or "NULL"
        sql = (f"{cte}, e AS (SELECT x AS u, y AS v FROM p WHERE x IN ({marks}) UNION SELECT y, x FROM p "
               f"WHERE y IN ({marks})) SELECT u, COUNT(*) FROM e WHERE v NOT IN ({kept_marks}) GROUP BY u")
        return {"counts": {r[0]: int(r[1]) for r in self._conn.execute(sql, [*params, *wanted, *wanted, *kept])}}

    def _edge_neighbours(self, wanted: list[str], kinds: list[str], cut: tuple[str, list[Any]],
                         outside: Iterable[str] | None) -> dict[str, Any]:
        """:meth:`actor_neighbours` (negated events included) from the pairs of the map's edges the
        store keeps (``edge_pairs``, schema 17: a pair linked in the cut is a pair with an edge of one
        of these ``kinds`` in a document of the cut, its first kept day up to the cut's; ``cut``: that
        condition on ``first``), each actor's pairs read from the indexes on their source and target
        (``edge_pairs_source``, ``edge_pairs_target``), the day compared in them: a row per pair, not
        per document."""
        if not kinds or not wanted:
            return {"neighbours": []} if outside is None else {"counts": {}}
        cond = f"kind IN ({', '.join('?' * len(kinds))})" + (f" AND {cut[0]}" if cut[0] else "")

        def pairs(part: list[str]) -> tuple[str, list[Any]]:
            marks = ", ".join("?" * len(part))
            return (f"SELECT s AS u, t AS v FROM edge_pairs WHERE s IN ({marks}) AND {cond} UNION "
                    f"SELECT t, s FROM edge_pairs WHERE t IN ({marks}) AND {cond}",
                    [*part, *kinds, *cut[1], *part, *kinds, *cut[1]])

        if outside is None:
            found: set[str] = set()
            for part in _chunks(wanted, 400):
                sql, params = pairs(part)
                found.update(r[0] for r in self._conn.execute(f"SELECT DISTINCT v FROM ({sql}) e", params))
            return {"neighbours": sorted(found)}
        kept = sorted(set(outside))
        sql, params = pairs(wanted)
        kept_marks = ", ".join("?" * len(kept)) or "NULL"
        return {"counts": {r[0]: int(r[1]) for r in self._conn.execute(
            f"SELECT u, COUNT(*) FROM ({sql}) e WHERE v NOT IN ({kept_marks}) GROUP BY u", [*params, *kept])}}

    @_guard
    def link_pairs(self, *, as_of: str | None = None, include: Iterable[str] = ("relation", "event"),
                   include_negated: bool = False) -> dict[str, Any]:
        """The actor graph of :meth:`links` without the counts and types of its links: ``actors``
        (``[id, name]``, every actor, in ingest order) and ``pairs`` (``(a, b)``, ``a < b``, sorted),
        the links summed per pair in SQL (what betweenness reads: which pairs, not how often)."""
        cte, params = self._pairs_cte(as_of, tuple(include), include_negated, pairs=True)
        if as_of:
            _check_date("as_of", as_of)
        return {"actors": [[r[0], r[1]] for r in self._conn.execute("SELECT id, name FROM actors ORDER BY num")],
                "pairs": sorted((r[0], r[1]) for r in self._conn.execute(f"{cte}SELECT x, y FROM p", params))}

    @_guard
    def links(self, *, as_of: str | None = None, include: Iterable[str] = ("relation", "event"),
              include_negated: bool = False) -> dict[str, Any]:
        """The actor graph as :func:`kingmaker.analysis.brokers.project` makes it of
        :func:`kingmaker.graph.build_graph`, aggregated in SQL: ``actors`` (``[id, name, kind]``, every
        actor, in ingest order), ``links`` (``[a, b, count, types]`` per pair of actors that ties or
        events join, ``a < b``, sorted; no self-links; negated events only with ``include_negated``)
        and ``undated`` (documents the as-of cut left out for having no date)."""
        conn = self._conn
        pairs: dict[tuple[str, str], list[Any]] = {}
        for sql, params in self._link_queries(as_of, include, include_negated):
            for x, y, type_, n in conn.execute(sql, params):
                link = pairs.setdefault((x, y), [0, set()])
                link[0] += int(n)  # (PostgreSQL sums are decimals)
                link[1].add(type_)
        undated = 0
        if as_of:
            _check_date("as_of", as_of)
            undated = self.undated_documents()
        return {"actors": [[r[0], r[1], r[2]] for r in conn.execute("SELECT id, name, kind FROM actors ORDER BY num")],
                "links": [[x, y, n, sorted(types)] for (x, y), (n, types) in sorted(pairs.items())],
                "undated": undated}

    # The timeline over a store (``kingmaker.analysis.storegraph.store_timeline``): the events it
    # counts grouped by date and type in SQL, then only the events it lists read whole.

    @_guard
    def event_day_counts(self, groups: dict[str, Iterable[str]], *, actor_id: str | None = None,
                         with_id: str | None = None,
                         as_of: str | None = None) -> list[tuple[str | None, dict[str, int]]]:
        """``(date, {group: n})``: the events not negated within the as-of cut (``as_of``: an ISO day),
        of the actor ``actor_id`` (source or target; between it and ``with_id`` when given, either
        way), counted per date (the event's own, else its document's, as written) and group of types
        (``groups``: name -> event types; other types are not counted). Every event (no actor) when the
        store keeps its counts: from ``event_days`` (schema 9), a row per date and type, not per event
        (an event dated by a document whose date is ``''`` comes as ``None``: undated either way); one
        actor's (no ``with_id``): from ``actor_event_days`` (schema 10), a row per date and type."""
        names = list(groups)
        sums, marks = [], []
        for name in names:
            kinds = sorted(set(groups[name]))
            sums.append(f"SUM(CASE WHEN type IN ({', '.join('?' * len(kinds))}) THEN {{weight}} ELSE 0 END)"
                        if kinds else "0")
            marks += kinds
        where, params = ["e.negated = 0", "e.id NOT IN (SELECT item_id FROM rejections)"], []
        weight = "1"
        if (actor_id is None or isinstance(actor_id, str) and with_id is None) and self._counted():
            # the counts kept per date and type (every event: schema 9's event_days), or per actor, date and
            # type (one actor's: schema 10's actor_event_days)
            table, columns, where, weight = "event_days", "", [], "n"
            if actor_id is not None:
                table, columns, where = "actor_event_days", "actor_id, ", ["d.actor_id = ?"]
                params.append(actor_id)
            self._as_of_where(as_of, where, params, own_date="d.own_day")
            sql = ("SELECT CASE WHEN d.own_day <> '' THEN d.own_day ELSE NULLIF(d.date, '') END AS date, d.type, "
                   f"d.n FROM (SELECT {columns}doc_day AS date, own_day, type, n FROM {table}) d WHERE " +
                   (" AND ".join(where) or "1 = 1"))
        elif actor_id is None:  # every event: no actor to join
            self._as_of_where(as_of, where, params, own_date="e.date")
            sql = ("SELECT COALESCE(NULLIF(e.date, ''), d.date) AS date, e.type FROM events e "
                   "JOIN documents d ON d.id = e.doc_id WHERE " + " AND ".join(where))
        elif with_id is None:  # one actor's: from its documents' members (index actor_members_actor), once each
            ids = [actor_id] if isinstance(actor_id, str) else sorted(set(actor_id))
            where.insert(0, f"x.actor_id IN ({', '.join('?' * len(ids)) or 'NULL'})")
            params += ids
            self._as_of_where(as_of, where, params, own_date="e.date")
            sql = ("SELECT DISTINCT e.id, COALESCE(NULLIF(e.date, ''), d.date) AS date, e.type FROM actor_members x "
                   "JOIN events e ON e.doc_id = x.doc_id AND (e.source = x.local_id OR e.target = x.local_id) "
                   "JOIN documents d ON d.id = e.doc_id WHERE " + " AND ".join(where))
        else:
            sql, params = self._event_query(actor_id=actor_id, with_id=with_id, as_of=as_of, light=True)
            sql = f"SELECT date, type FROM ({sql}) x WHERE negated = 0"
        out = []
        sums = [x.format(weight=weight) for x in sums]
        for r in self._conn.execute(f"SELECT date, {', '.join(sums) or '0'} FROM ({sql}) e GROUP BY date",
                                    [*marks, *params]):
            counts = {name: int(n) for name, n in zip(names, r[1:]) if n}
            if counts:
                out.append((r[0], counts))
        return out

    _LATEST_ROWS = 2  # dates of a period read first, besides as many as the events it lists

    def _monthly(self) -> bool:
        """Whether the timeline's sums per month are there (schema 17; a read-only store from before has none)."""
        return self._counted() and self._meta("monthly") == "1"

    def _month_sums(self, actor_id: str | None) -> tuple[str, str, str, list[Any]] | None:
        """The kept sums per month and per date of the whole store's timeline or an actor's, with the
        condition on the actor and its parameters; ``None``: no sums per month kept, or one of the
        counted events is dated otherwise than ``YYYY[-MM[-DD]]`` (read by date then)."""
        if not (actor_id is None or isinstance(actor_id, str)) or not self._monthly():
            return None
        months, days, lead, params = "event_months", "event_days", "", []
        if actor_id is not None:
            months, days, lead, params = "actor_event_months", "actor_event_days", "actor_id = ? AND ", [actor_id]
        if self._conn.execute(f"SELECT 1 FROM {months} WHERE {lead}month = '!' LIMIT 1", params).fetchone():
            return None
        return months, days, lead, params

    @_guard
    def event_month_counts(self, groups: dict[str, Iterable[str]], *, actor_id: str | None = None,
                           as_of: str | None = None) -> list[tuple[str | None, dict[str, int]]] | None:
        """:meth:`event_day_counts` (no ``with_id``) by month where the store keeps the sums per month
        (schema 17): ``(date, {group: n})``, ``date`` a month (``YYYY-MM``), a year (``YYYY``) or
        ``None`` (undated) for the events whose later date (own or document's) is before the cut's
        month (all of them without a cut: a row per month and type, whatever the dates), and a date as
        written for those of the cut's month (``as_of``: an ISO day), read from the sums per date by
        an index range on each of the two dates. ``None``: no sums per month, or a date written
        otherwise than ``YYYY[-MM[-DD]]`` among the events counted (count them by date then)."""
        kept = self._month_sums(actor_id)
        if kept is None or (as_of and len(as_of) != 10):
            return None
        months, days, lead, first = kept
        _check_date("as_of", as_of)
        of: dict[str, list[str]] = defaultdict(list)
        for name, kinds in groups.items():
            for kind in set(kinds):
                of[kind].append(name)
        types = sorted(of)
        counts: dict[str | None, Counter] = defaultdict(Counter)

        def add(date: str | None, type_: str, n: Any) -> None:
            for name in of[type_]:
                counts[date][name] += int(n)

        cut, params = [], []
        self._types_where("type", types, cut, params)
        if as_of:
            cut.append("last_month <> '' AND last_month < ?")
            params.append(as_of[:7])
        for month, type_, n in self._conn.execute(f"SELECT month, type, SUM(n) FROM {months} WHERE {lead}"
                                                  f"{' AND '.join(cut)} GROUP BY month, type", [*first, *params]):
            add(month or None, type_, n)
        if as_of:  # the cut's month by date: the events with either date in it, within the cut
            month = as_of[:7]
            rows: dict[tuple[str, str, str], int] = {}
            for column in ("doc_day", "own_day"):
                spans = [(f"{column} >= ? AND {column} < ?", [month, month + "~"])]
                if month.endswith("-01"):  # (a year alone denotes its January)
                    spans.append((f"{column} = ?", [month[:4]]))
                for span, values in spans:
                    where, params = [span], [*values]
                    self._types_where("type", types, where, params)
                    self._as_of_where(as_of, where, params, own_date="own_day", column="doc_day")
                    for doc_day, own_day, type_, n in self._conn.execute(
                            f"SELECT doc_day, own_day, type, n FROM {days} WHERE {lead}" + " AND ".join(where),
                            [*first, *params]):
                        rows[(doc_day, own_day, type_)] = int(n)
            for (doc_day, own_day, type_), n in rows.items():
                add(own_day or doc_day or None, type_, n)
        return [(date, dict(c)) for date, c in counts.items() if any(c.values())]

    @_guard
    def latest_event_dates(self, periods: Iterable[str], shown: int, *, types: Iterable[str],
                           actor_id: str | None = None, as_of: str | None = None) -> dict[str, int] | None:
        """Of each period (a month ``YYYY-MM`` or a year ``YYYY``), the dates as written whose events
        a timeline lists: the period's latest days (the first day a date denotes), newest first, until
        ``shown`` events (not negated, of these ``types``, of the actor, within the as-of cut) are in,
        each date with the events still wanted then (``shown`` less those of the period's later days).
        Read from the kept sums per date (schema 17: index ``event_days_own``, the event's own date
        then the document's), summed per date in the index's order, newest first, a few dates a period
        at a time: the work follows the dates listed, not those counted. ``None``: as :meth:`event_month_counts`."""
        from kingmaker.graph import parse_date

        kept = self._month_sums(actor_id)
        if kept is None:
            return None
        _, days, lead, first = kept
        cut, cut_params = [], []
        self._types_where("type", set(types), cut, cut_params)
        self._as_of_where(as_of, cut, cut_params, own_date="own_day", column="doc_day")
        # the events dated in the period by their own date, then those dated by their document's
        # (index ``event_days_own``: own date, document's date), each newest first
        sqls = [f"SELECT {column}, SUM(n) FROM {days} WHERE {lead}{span} AND {' AND '.join(cut)} GROUP BY {column} "
                f"ORDER BY {column} DESC LIMIT ?" for column, span in (("own_day", "own_day >= ? AND own_day < ?"),
                                                ("doc_day", "own_day = '' AND doc_day >= ? AND doc_day < ?"))]
        wanted: dict[str, int] = {}
        for period in sorted(set(periods)):
            limit = max(1, shown + self._LATEST_ROWS)  # (dates: each has an event at least)
            while True:
                by_day: dict[Any, list] = {}  # day -> [events, {dates as written}]
                floor = None  # the latest day whose dates may not all be read
                for sql in sqls:
                    got = self._conn.execute(sql, [*first, period, period + "~", *cut_params, limit]).fetchall()
                    for date, n in got:
                        item = by_day.setdefault(parse_date(date)[0], [0, {}])
                        item[0] += int(n)
                        item[1][date] = None
                    if len(got) == limit:
                        edge = parse_date(got[-1][0])[0]
                        floor = edge if floor is None else max(floor, edge)
                found, seen = {}, 0
                for d in sorted(by_day, reverse=True):
                    if (floor is not None and d <= floor) or seen >= shown:
                        break
                    found.update(dict.fromkeys(by_day[d][1], shown - seen))
                    seen += by_day[d][0]
                if floor is None or seen >= shown:
                    wanted.update(found)
                    break
                limit *= 4
        return wanted

    @_guard
    def dated_events(self, dates: Iterable[str | None] | None, *, types: Iterable[str],
                     actor_id: str | None = None, with_id: str | None = None, as_of: str | None = None,
                     per_date: int | dict[str, int] | None = None) -> list[dict[str, Any]]:
        """The events not negated, of these ``types``, dated on one of ``dates`` (as
        :meth:`event_day_counts` gives them; ``None``: any date), with the filters of
        :meth:`event_day_counts`: rows as :meth:`events` gives them, with ``seq`` and ``ord`` (store
        order). ``per_date``: of each date, only the events ranked within the first ``per_date`` by
        type, document and evidence offsets, descending (ties all kept: a superset of the latest
        ``per_date`` by :func:`kingmaker.analysis.timeline.listing_order`); a dict: a number per date
        as written (of one actor's events, no ``with_id``, the store keeps the counts that find the
        documents of those first events: only those documents are read)."""
        types = sorted(set(types))
        if not types:
            return []
        day = "COALESCE(NULLIF(z.event_date, ''), z.doc_date)"
        # (the type as an expression: the documents of the dates are read, not every event of the types)
        where = [f"z.negated = 0 AND (z.type || '') IN ({', '.join('?' * len(types))})"]
        params = list(types)
        rank, tail = "", []
        if per_date is not None:
            rank = (f", RANK() OVER (PARTITION BY {day} ORDER BY z.type DESC, z.doc_id DESC, z.start DESC, "
                    "z.end DESC) AS k")
            tail = [max(per_date.values(), default=0) if isinstance(per_date, dict) else per_date]

        def run(cond: str, values: list[Any], docs: list[str] | None = None) -> list[Any]:
            sql, first = self._event_query(actor_id=actor_id, with_id=with_id, as_of=as_of, doc_id=docs)
            query = f"SELECT * FROM (SELECT z.*{rank} FROM ({sql}) z WHERE {' AND '.join([*where, cond])}) q" + \
                (" WHERE k <= ?" if per_date is not None else "")
            return self._conn.execute(query, [*first, *params, *values, *tail]).fetchall()

        rows: list[Any] = []
        if dates is None:
            return [{**self._event_dict(r), "seq": r["seq"], "ord": r["ord"]} for r in run("1 = 1", [])]
        # the documents of these dates, or with events of them (indexes documents_date, events_date), a
        # few hundred at a time (a date ranked within each stretch: a superset of its first ``per_date``)
        wanted = sorted({x for x in dates if x is not None})
        docs: set[str] = set()
        # the actor's own documents of those dates (schema 14), or every event's (schema 17)
        own = self._counted() and (actor_id is not None or self._monthly())
        if own:  # (one actor's or every event: only the documents of the first ``per_date`` of each date)
            caps = None if per_date is None or not (actor_id is None or isinstance(actor_id, str)) or \
                with_id is not None else per_date if isinstance(per_date, dict) else dict.fromkeys(wanted, per_date)
            docs = self._actor_day_docs(actor_id, wanted, types=types, as_of=as_of, caps=caps)
        else:
            for sql in ("SELECT id FROM documents WHERE date IN ({})", "SELECT doc_id FROM events WHERE date IN ({})"):
                docs.update(self._select_in(sql, wanted))
        if actor_id is not None and not own:  # of those, the documents naming the actor
            ids = [actor_id] if isinstance(actor_id, str) else sorted(set(actor_id))
            named: set[str] = set()
            for part in _chunks(sorted(docs), 400):
                named.update(r[0] for r in self._conn.execute(
                    f"SELECT DISTINCT doc_id FROM actor_members WHERE doc_id IN ({', '.join('?' * len(part))}) "
                    f"AND actor_id IN ({', '.join('?' * len(ids)) or 'NULL'})", [*part, *ids]))
            docs = named
        docs_list, keep = sorted(docs), set(wanted)
        for i in range(0, len(docs_list), 400):  # (the rank is per date: other dates' events change no rank)
            rows += [r for r in run("1 = 1", [], docs_list[i:i + 400])
                     if (r["event_date"] or r["doc_date"]) in keep and
                     (not isinstance(per_date, dict) or r["k"] <= per_date.get(r["event_date"] or r["doc_date"], 0))]
        return [{**self._event_dict(r), "seq": r["seq"], "ord": r["ord"]} for r in rows]

    def _actor_day_docs(self, actor_id: str | Iterable[str] | None, dates: list[str], *,
                        types: Iterable[str] | None = None, as_of: str | None = None,
                        caps: dict[str, int] | None = None) -> set[str]:
        """The documents with an event (not negated, not rejected; of these ``types``; within the as-of
        cut) of the actor (or one of these actors; ``None``: any event) dated on one of ``dates`` (as
        written: the event's own date, else its document's), from the counts the store keeps per
        document, actor and date (``actor_day_items``, index ``actor_day_items_actor`` of schema 14: a
        seek per actor and date; every event's: ``day_items``, index ``day_items_day`` of schema 17),
        not from every document of those dates. ``caps`` (one actor, or none: date -> n): of each
        date, only the documents of its first ``n`` events by type and document, descending (the
        order :meth:`dated_events` ranks them in), whole type-and-document groups."""
        ids = [None] if actor_id is None else [actor_id] if isinstance(actor_id, str) else sorted(set(actor_id))
        table, lead = ("day_items", "") if actor_id is None else ("actor_day_items", "actor_id = ? AND ")
        where, params = [], []
        self._types_where("type", None if types is None else sorted(set(types)), where, params)
        self._as_of_where(as_of, where, params, own_date="own_day", column="doc_day")
        cut = "".join(f" AND {c}" for c in where)
        groups: dict[str, dict[tuple[str, str], int]] = {}
        for who in ids:
            for sql in (f"SELECT own_day, type, doc_id, n FROM {table} WHERE {lead}own_day IN ({{}})",
                        f"SELECT doc_day, type, doc_id, n FROM {table} WHERE {lead}own_day = '' AND doc_day IN ({{}})"):
                for i in range(0, len(dates), 400):
                    part = dates[i:i + 400]
                    for day, type_, doc_id, n in self._conn.execute(
                            sql.format(", ".join("?" * len(part))) + cut, [*([who] if lead else []), *part, *params]):
                        group = groups.setdefault(day, {})
                        group[(type_, doc_id)] = group.get((type_, doc_id), 0) + int(n)
        docs: set[str] = set()
        for day, group in groups.items():
            cap, seen = (caps or {}).get(day), 0
            for (_, doc_id), n in sorted(group.items(), reverse=True):
                if cap is not None and seen >= cap:
                    break
                docs.add(doc_id)
                seen += n
        return docs

    # Patronage over a store (``kingmaker.analysis.storegraph.store_influence``): the ties of the
    # actors a walk reaches, and the pairs of actors the ties of some types join (no evidence).

    @_guard
    def ties_of(self, ids: Iterable[str], *, types: Iterable[str] | None = None, as_of: str | None = None,
                last: int | None = None) -> list[dict[str, Any]]:
        """The ties (rows as :meth:`relations` gives them, in store order) of these ``types`` with one
        of these actors (ids) as source or target, within the as-of cut (``as_of``: an ISO day); a tie
        between two of them once. ``last``: only the latest ``last`` ties of each type and pair, each
        row with ``count``, how many the pair has of its type: the ties are counted per pair in SQL
        (from the counts the store keeps per type, pair and date, ``tie_days``; else over the actors'
        documents, index ``actor_members_actor``), and the latest read from the documents naming
        both, newest first (index ``actor_documents_seq``)."""
        wanted = sorted(set(ids))
        kept = None if types is None else sorted(set(types))
        if last is None:
            out, seen = [], set()
            for i in range(0, len(wanted), 400):
                for r in self._relation_rows(type=kept, actor_id=wanted[i:i + 400], as_of=as_of):
                    if r["id"] not in seen and (kept is None or r["type"] in kept):
                        seen.add(r["id"])
                        out.append(r)
            return out
        counts: dict[tuple[str, str, str], int] = {}
        sym = sorted(SYMMETRIC_RELATIONS) or [""]
        swap = f"(r.type IN ({', '.join('?' * len(sym))}) AND mt.actor_id < ms.actor_id)"
        for i in range(0, len(wanted), 400):
            chunk = wanted[i:i + 400]
            if self._counted():  # the documents per type, pair and date the store keeps (schema 10)
                for end in ("s", "t"):
                    where = ["{} IN ({})".format(end, ", ".join("?" * len(chunk)))]
                    params = list(chunk)
                    self._types_where("type", kept, where, params)
                    self._as_of_where(as_of, where, params, column="day")
                    for type_, a, b, n in self._conn.execute(
                            "SELECT type, s, t, SUM(n) FROM tie_days WHERE " + " AND ".join(where) +
                            " GROUP BY type, s, t", params):
                        counts[(type_, a, b)] = int(n)
                continue
            where = ["x.actor_id IN ({})".format(", ".join("?" * len(chunk))),
                     "(r.source = x.local_id OR r.target = x.local_id)", "ms.actor_id <> mt.actor_id",
                     "r.id NOT IN (SELECT item_id FROM rejections)"]
            params: list[Any] = list(chunk)
            if kept is not None:  # (as an expression: the actors' documents are read, not the type index)
                where.append(f"(r.type || '') IN ({', '.join('?' * len(kept))})" if kept else "1 = 0")
                params += kept
            self._as_of_where(as_of, where, params)
            sql = (f"SELECT r.type, CASE WHEN {swap} THEN mt.actor_id ELSE ms.actor_id END, CASE WHEN {swap} THEN "
                   "ms.actor_id ELSE mt.actor_id END, COUNT(DISTINCT r.doc_id) FROM actor_members x "
                   "JOIN relations r ON r.doc_id = x.doc_id JOIN documents d ON d.id = r.doc_id "
                   "JOIN actor_members ms ON ms.doc_id = r.doc_id AND ms.local_id = r.source "
                   "JOIN actor_members mt ON mt.doc_id = r.doc_id AND mt.local_id = r.target "
                   "WHERE " + " AND ".join(where) + " GROUP BY 1, 2, 3")
            for type_, a, b, n in self._conn.execute(sql, [*sym, *sym, *params]):
                counts[(type_, a, b)] = int(n)
        # the latest ties of each pair: from the documents naming both, newest first, a few at a time
        pairs: dict[tuple[str, str], dict[tuple[str, str, str], int]] = {}
        for (type_, a, b), n in counts.items():
            pairs.setdefault(tuple(sorted((a, b))), {})[(type_, a, b)] = min(last, n)
        sizes = {r[0]: r[1] for r in self._select_in("SELECT id, n_documents FROM actors WHERE id IN ({})",
                                                      sorted({x for pair in pairs for x in pair}), rows=True)}
        found: list[tuple[int, int, dict[str, Any]]] = []
        cut: list[str] = []
        cut_params: list[Any] = []
        self._as_of_where(as_of, cut, cut_params)  # (the documents of the cut only: none read in vain)
        in_cut = "".join(f" AND {c}" for c in cut)
        for (a, b), need in sorted(pairs.items()):
            few, many = sorted((a, b), key=lambda x: (sizes.get(x, 0), x))
            got: dict[tuple[str, str, str], int] = dict.fromkeys(need, 0)
            before, step = None, 16
            while any(got[k] < need[k] for k in need):
                docs = self._conn.execute(
                    "SELECT x.doc_id, x.seq FROM actor_documents x JOIN actor_documents y ON y.doc_id = x.doc_id "
                    "AND y.actor_id = ?" + (" JOIN documents d ON d.id = x.doc_id" if cut else "") +
                    " WHERE x.actor_id = ?" + in_cut + ("" if before is None else " AND x.seq < ?") +
                    " ORDER BY x.seq DESC LIMIT ?",
                    [many, few, *cut_params, *([] if before is None else [before]), step]).fetchall()
                if not docs:
                    break
                before, step = docs[-1][1], step * 4
                sql, params = self._relation_query(actor_id=a, with_id=b, as_of=as_of, doc_id=[r[0] for r in docs])
                for r in sorted(self._conn.execute(sql, params).fetchall(), key=lambda r: (-r["seq"], -r["ord"])):
                    key = next((k for k in ((r["type"], r["s"], r["t"]), (r["type"], r["t"], r["s"])) if k in need),
                               None)
                    if key is not None and got[key] < need[key]:
                        got[key] += 1
                        found.append((r["seq"], r["ord"], {**self._tie_dict(r), "count": counts[key]}))
        return [row for _, _, row in sorted(found, key=lambda x: (x[0], x[1]))]

    @_guard
    def tie_pairs(self, *, types: Iterable[str], as_of: str | None = None, among: Iterable[str] | None = None,
                  targets: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
        """``(type, source, target)``: each pair of actors a tie of these ``types`` joins within the
        as-of cut, once (grouped in SQL; symmetric types in id order). When the store keeps its counts,
        from the documents it keeps per type, pair and date (``tie_days``, schema 10: the map's edges
        per document, ``edge_items``, summed per date), without joining the ties to their actors.
        ``among``: only the pairs of two of these actors (ids); ``targets``: only those whose target
        is one of these."""
        among = None if among is None else sorted(set(among))
        targets = None if targets is None else sorted(set(targets))
        if (among is not None and not among) or (targets is not None and not targets):
            return []
        if self._counted():  # a row per type and pair (schema 13: tie_firsts, index tie_firsts_first)
            where, params = [], []
            self._types_where("type", sorted(set(types)), where, params)
            for column, ids in (("s", among), ("t", among), ("t", targets)):
                if ids is not None:
                    self._types_where(column, ids, where, params)
            if as_of:
                _check_date("as_of", as_of)
                where.append("first <> '' AND first <= ?")  # (a pair with a dated document up to the day)
                params.append(as_of)
            return [(r[0], r[1], r[2]) for r in self._conn.execute(
                "SELECT type, s, t FROM tie_firsts WHERE " + (" AND ".join(where) or "1 = 1") +
                " ORDER BY type, s, t", params)]
        sql, params = self._relation_query(type=sorted(set(types)), as_of=as_of, count=True,
                                           actor_id=among if among is not None else targets)
        return [(r[0], r[1], r[2]) for r in self._conn.execute(
            f"SELECT DISTINCT type, a, b FROM ({sql}) r ORDER BY type, a, b", params)
                if (among is None or (r[1] in among and r[2] in among)) and (targets is None or r[2] in targets)]

    @_guard
    def kept_spheres(self, *, limit: int | None = None, offset: int = 0,
                     least: tuple[int, int] | None = None) -> list[tuple[str, int, int]] | None:
        """``(actor, sphere, direct)``: the control spheres in the whole store the store keeps (schema 16:
        ``control_spheres``, index ``control_spheres_rank``), the largest first (then the most direct
        clients, then the id), ``limit`` of them after ``offset``; ``least``: only those ranked at
        ``(sphere, direct)`` or above. ``None``: the store keeps none (a read-only store from before)."""
        if not (self._counted() and self._meta("sphered") == "1"):
            return None
        where, params = "", []
        if least is not None:
            where, params = " WHERE sphere > ? OR (sphere = ? AND direct >= ?)", [least[0], *least]
        page = "" if limit is None else " LIMIT ? OFFSET ?"
        return [(r[0], int(r[1]), int(r[2])) for r in self._conn.execute(
            "SELECT actor_id, sphere, direct FROM control_spheres" + where +
            " ORDER BY sphere DESC, direct DESC, actor_id" + page, [*params, *([limit, offset] if page else [])])]

    @_guard
    def control_reach(self, roots: Iterable[str], *, as_of: str | None = None,
                      succ: dict[str, dict[str, None]] | None = None) -> dict[str, dict[str, None]]:
        """``{actor: {client: None}}`` for ``roots`` and every actor they control, transitively, within
        the as-of cut, by the kept control pairs (schema 13's ``tie_firsts``; a level at a time, an index
        seek per type and actor); ``succ``: a reach read before in the same cut, extended in place."""
        return self._control_reach(roots, as_of=as_of, succ=succ)

    @_guard
    def control_clients(self, ids: Iterable[str]) -> dict[str, dict[str, None]]:
        """``{actor: {client: None}}``: the actors each of ``ids`` controls directly in the whole store
        (those that control none are left out)."""
        return self._control_links(ids)

    @_guard
    def actor_ranks(self, ids: Iterable[str]) -> dict[str, int]:
        """``{id: place}`` of these actors in store order (the order of :meth:`actors`, and of the nodes of
        a graph built from a snapshot)."""
        return {r[0]: int(r[1]) for r in self._select_in("SELECT id, num FROM actors WHERE id IN ({})",
                                                          sorted(set(ids)), rows=True)}

    # The coalition analysis over a store (``kingmaker.analysis.storegraph.StoreCoalitionReads``): the
    # document with seat figures to read (kept per document and key: ``fact_docs``), then its facts.

    @_guard
    def latest_fact_document(self, key: str, *, as_of: str | None = None) -> str | None:
        """The document whose facts of ``key`` the coalition reads when none is named: of the documents
        with such facts within the as-of cut, those with them on two actors or more when there are
        any, the latest (:func:`kingmaker.graph.date_key` of its date), then the one with most facts,
        then the largest id; ``None``: no such document. One indexed read of the kept ``fact_docs``
        (the same rows counted from the facts when the store keeps no counts)."""
        if not self._counted():
            rows = self._fact_doc_rows(key=key, as_of=as_of)
            return max(rows, key=lambda r: (r[4], r[3], r[5], r[0]))[0] if rows else None
        # the latest of each part (index fact_docs_latest): regular dates cut in the index, the others
        # (not an ISO date as written, or undated) by the cut's own condition; with and without two actors
        found = []
        for regular in (1, 0):
            for several in (1, 0):
                where, params = ["key = ?", "regular = ?", "several = ?"], [key, regular, several]
                if regular and as_of:
                    _check_date("as_of", as_of)
                    where.append("sort_day <= ?")
                    params.append(as_of)
                else:
                    self._as_of_where(as_of, where, params, column="day")
                found += self._conn.execute("SELECT several, sort_day, n, doc_id FROM fact_docs WHERE " +
                                            " AND ".join(where) + " ORDER BY sort_day DESC, n DESC, doc_id DESC "
                                            "LIMIT 1", params).fetchall()
        return max((tuple(r) for r in found), key=lambda r: (r[0], r[1], int(r[2]), r[3]))[3] if found else None

    @_guard
    def fact_documents(self, key: str, *, actor: str, as_of: str | None = None) -> list[tuple[str, str, int]]:
        """``(document, date_key of its date, facts)``: each document with a fact of ``key`` on ``actor``
        (an id) within the as-of cut, and how many facts of ``key`` it has (the duplicate rule applied:
        one per actor, key and value)."""
        inner, params = self._fact_query(key=key, actor_id=actor, as_of=as_of, light=True)
        docs = sorted({r[0] for r in self._conn.execute(f"SELECT DISTINCT doc_id FROM ({inner}) a", params)})
        return [(r[0], r[3], r[5]) for part in _chunks(docs, 400)
                for r in self._fact_doc_rows(key=key, as_of=as_of, doc_id=part)]

    @_guard
    def document_facts(self, doc_id: str, *, key: str | None = None, as_of: str | None = None) -> list[dict[str, Any]]:
        """The facts (rows as :meth:`facts` gives them, in store order) of one document, of ``key``."""
        return self._fact_rows(key=key, doc_id=[doc_id], as_of=as_of)

    @_guard
    def actor_labels(self, ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        """``{id: (name, kind)}`` of these actors (those the store has), read by their ids."""
        wanted = sorted(set(ids))
        return {r[0]: (r[1], r[2]) for r in self._select_in("SELECT id, name, kind FROM actors WHERE id IN ({})",
                                                              wanted, rows=True)}

    @_guard
    def document_heads(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``{id: {"title", "date"}}`` of these documents (those the store has), read by their ids."""
        return {r[0]: {"title": r[1], "date": r[2]} for r in self._select_in(
            "SELECT id, title, date FROM documents WHERE id IN ({})", sorted(set(ids)), rows=True)}

    @_guard
    def map_actors(self, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """The actors with these ids (``None``: all, without aliases or subkind: the light columns
        the map ranks by), each ``id``, ``name``, ``kind``, ``mentions`` (and ``subkind``,
        ``aliases`` when ids are given)."""
        if ids is None:
            return [{"id": r[0], "name": r[1], "kind": r[2], "mentions": r[3]}
                    for r in self._conn.execute("SELECT id, name, kind, mentions FROM actors")]
        return [{"id": r["id"], "name": r["name"], "kind": r["kind"], "subkind": r["subkind"],
                 "aliases": json.loads(r["aliases"]), "mentions": r["mentions"]}
                for r in self._select_in("SELECT * FROM actors WHERE id IN ({})", sorted(set(ids)), rows=True)]

    # one query per edge for its first documents (an index search each) where a query is a call in the
    # process (SQLite); a server database reads them in one window query instead (a round trip each)
    _seek_each_edge = False

    def _kept_edge_cut(self, as_of: str | None) -> tuple[str, list[Any]] | None:
        """The condition (SQL on ``day``, and its parameters; ``""``: none) that picks the rows of
        :meth:`_edge_query` of the as-of cut from the edges the store keeps, when they are those
        rows: the store keeps them and no document of the cut has an event the cut leaves out for
        its own later date; else ``None``."""
        if not self._counted():
            return None
        if as_of is None:
            return "", []
        if self._late_documents(as_of):
            return None
        return f"day <> '' AND {self._kept_date('day')} <= ?", [as_of]  # (index edge_items_pair holds day)

    def _late_documents(self, as_of: str) -> list[str]:
        """The documents of the as-of cut with an event the cut leaves out for its own later date."""
        sql, params = self._event_query(dated_after=as_of, light=True)
        return sorted({r[0] for r in self._conn.execute(f"SELECT DISTINCT doc_id FROM ({sql}) e", params)})

    def _edge_rows(self, as_of: str | None) -> tuple[str, list[Any]]:
        """The rows of :meth:`_edge_query` of the documents of the as-of cut: those the store keeps
        (``edge_items``, cut on the document date each keeps), but grouped from the items for the
        documents with an event the cut leaves out for its own later date (few; all of them when the
        store keeps none)."""
        kept = "SELECT doc_id, day, kind, type, s, t, n, top FROM edge_items"
        cut = self._kept_edge_cut(as_of)
        if cut is not None:
            return (f"{kept} WHERE {cut[0]}" if cut[0] else kept), cut[1]
        if not self._counted():
            return self._edge_query(as_of=as_of)
        dirty = self._late_documents(as_of)
        if len(dirty) > 400:
            return self._edge_query(as_of=as_of)
        kept += f" WHERE day <> '' AND {self._kept_date('day')} <= ?"
        live, more = self._edge_query(as_of=as_of, doc_id=dirty)
        return (f"{kept} AND doc_id NOT IN ({', '.join('?' * len(dirty))}) UNION ALL {live}",
                [as_of, *dirty, *more])

    @_guard
    def map_edges(self, ids: Iterable[str], *, as_of: str | None = None, events: bool = True,
                  per_edge: int = 3, items: bool = True, docs: bool = True) -> list[dict[str, Any]]:
        """The ties and (``events``) events whose two ends are both among these actors, grouped as
        the map draws them: one group per tie type and pair (symmetric types in id order) or event
        type and (ordered) pair, each ``kind``, ``type``, ``source``, ``target``, ``count``,
        ``confidence`` (the highest) and its first ``per_edge`` ``items`` (rows as :meth:`relations`
        and :meth:`events` give them, with ``kind``; by document date, document, offset). Grouped and
        counted in SQL from the edges the store keeps per document (``edge_items``); then only the
        items shown are read, from their documents. ``items=False``: the groups carry the first
        ``per_edge`` documents of each instead (``docs``), and :meth:`map_edge_items` reads their
        items (for the groups a caller keeps); ``docs=False`` as well: neither, and
        :meth:`map_edge_items` reads the first documents of the groups it is given too (a summary map
        keeps the strongest edges only: the others' documents are not sought). ``as_of``: an ISO day."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        kinds = ["relation", "event"] if events else ["relation"]
        rows, params = self._edge_rows(as_of)
        # (the index on s, then t compared: not one index search per pair of actors)
        where = f"r.kind IN ({', '.join('?' * len(kinds))}) AND r.s IN ({marks}) AND (r.t || '') IN ({marks})"
        args = [*params, *kinds, *wanted, *wanted]
        groups: dict[tuple, dict[str, Any]] = {}
        for kind, type_, s, t, n, top in self._conn.execute(
                f"SELECT kind, type, s, t, SUM(n), MAX(top) FROM ({rows}) r WHERE {where} GROUP BY kind, type, s, t",
                args):
            groups[(kind, type_, s, t)] = {"kind": kind, "type": type_, "source": s, "target": t, "count": int(n),
                                           "confidence": float(top)}
        if docs or items:
            self._first_edge_docs(groups, as_of, per_edge)
        found = list(groups.values())
        return self.map_edge_items(found, as_of=as_of, per_edge=per_edge) if items else found

    def _first_edge_docs(self, groups: dict[tuple, dict[str, Any]], as_of: str | None, per_edge: int) -> None:
        """Give each group of :meth:`map_edges` (keyed ``(kind, type, source, target)``) its first
        ``per_edge`` documents within the as-of cut (``docs``; by date as written, then id)."""
        for g in groups.values():
            g["docs"] = []
        if not groups:
            return
        cut = self._kept_edge_cut(as_of) if self._seek_each_edge else None
        if cut is not None:  # each edge's first documents: an index search each (edge_items_pair's order)
            first = ("SELECT doc_id FROM edge_items WHERE s = ? AND t = ? AND kind = ? AND type = ?" +
                     (f" AND {cut[0]}" if cut[0] else "") + " ORDER BY day, doc_id LIMIT ?")
            for (kind, type_, s, t), g in groups.items():
                g["docs"] = [r[0] for r in self._conn.execute(first, [s, t, kind, type_, *cut[1], per_edge])]
            return
        rows, params = self._edge_rows(as_of)
        ids, kinds = sorted({x for key in groups for x in key[2:]}), sorted({key[0] for key in groups})
        marks = ", ".join("?" * len(ids))
        where = f"r.kind IN ({', '.join('?' * len(kinds))}) AND r.s IN ({marks}) AND (r.t || '') IN ({marks})"
        for kind, type_, s, t, doc in self._conn.execute(
                "SELECT kind, type, s, t, doc_id FROM (SELECT r.kind, r.type, r.s, r.t, r.doc_id, ROW_NUMBER() "
                "OVER (PARTITION BY r.s, r.t, r.kind, r.type ORDER BY r.day, r.doc_id) AS k "  # the index's order
                f"FROM ({rows}) r WHERE {where}) q WHERE k <= ? ORDER BY k",
                [*params, *kinds, *ids, *ids, per_edge]):
            if (kind, type_, s, t) in groups:
                groups[(kind, type_, s, t)]["docs"].append(doc)

    @_guard
    def map_edge_items(self, groups: list[dict[str, Any]], *, as_of: str | None = None,
                       per_edge: int = 3) -> list[dict[str, Any]]:
        """Read the items of these groups of :meth:`map_edges` (``items=False``, the same ``as_of``):
        each group's first ``per_edge`` ``items``, read from its ``docs`` only (sought first for the
        groups without them: ``docs=False``)."""
        bare = {(g["kind"], g["type"], g["source"], g["target"]): g for g in groups if "docs" not in g}
        self._first_edge_docs(bare, as_of, per_edge)
        rows: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for kind, read, cut in (("relation", self._relation_rows, {}), ("event", self._event_rows, {"as_of": as_of})):
            docs = sorted({d for g in groups if g["kind"] == kind for d in g["docs"]})
            for part in _chunks(docs, 400):
                for row in read(doc_id=part, **cut):  # in store order
                    rows[(kind, row["document"])].append(row)
        for g in groups:
            found = []
            for doc in g.pop("docs"):  # by document date, then id
                here = []
                for r in rows[(g["kind"], doc)]:
                    s, t = r["source"], r["target"]
                    if g["kind"] == "relation" and r["type"] in SYMMETRIC_RELATIONS and t < s:
                        s, t = t, s
                    if r["type"] == g["type"] and (s, t) == (g["source"], g["target"]):
                        here.append({**r, "kind": "relation", "negated": False} if g["kind"] == "relation"
                                    else {**r, "kind": "event"})
                found += sorted(here, key=lambda r: r["start"])  # then in store order
            g["items"] = found[:per_edge]
        return groups

    @_guard
    def tie_neighbours(self, ids: Iterable[str], *, as_of: str | None = None) -> dict[str, list[str]] | None:
        """The actors each of ``ids`` shares a tie with, in id order (the pairs of :meth:`links` with
        ``include=("relation",)``, within the as-of cut: an ISO day), read from the documents the store
        keeps per tie type, pair and date (``tie_days``, indexes ``tie_days_source`` and
        ``tie_days_target``) by a skip scan: one index seek per type and pair an actor has (the next
        after the last found), not a row per document, so a hub costs its pairs, not its documents;
        ``None`` where the store keeps no such counts (a read-only store from before schema 10)."""
        if not self._counted():
            return None
        where: list[str] = []
        cut: list[Any] = []
        self._as_of_where(as_of, where, cut, column="day")
        within = "".join(f" AND {w}" for w in where)
        out: dict[str, set[str]] = {}
        for actor in sorted(set(ids)):
            found = out.setdefault(actor, set())
            for mine, other in (("s", "t"), ("t", "s")):
                sql = (f"SELECT type, {other} FROM tie_days WHERE {mine} = ? AND (type, {other}) > (?, ?)"
                       f"{within} ORDER BY type, {other} LIMIT 1")
                first = (f"SELECT type, {other} FROM tie_days WHERE {mine} = ?{within} ORDER BY type, {other} LIMIT 1",
                         [actor, *cut])
                row = self._conn.execute(*first).fetchone()
                while row is not None:
                    last = (row[0], row[1])
                    if last[1] != actor:
                        found.add(last[1])
                    row = self._conn.execute(sql, [actor, *last, *cut]).fetchone()
        return {i: sorted(n) for i, n in out.items()}

    @_guard
    def ties_between(self, a: str, b: str, *, as_of: str | None = None,
                     positions: bool = False) -> list[dict[str, Any]]:
        """The ties (rows as :meth:`relations` gives them) between the actors ``a`` and ``b`` (ids),
        either way; ``as_of``: an ISO day; ``positions``: each row with ``position``, its place in
        store order (``(document seq, item ord)``), to order ties of several pairs."""
        if not positions:
            return self._relation_rows(actor_id=a, with_id=b, as_of=as_of)
        rows = self._in_order(self._relation_query, "relations", " ORDER BY seq, ord", None, 0,
                              dict(actor_id=a, with_id=b, as_of=as_of))
        return [{**self._tie_dict(r), "position": (int(r["seq"]), int(r["ord"]))} for r in rows]

    @_guard
    def map_page_data(self, *, as_of: str | None = None, limit: int | None = None) -> dict[str, Any]:
        """What the map page lists beside the map, cut at ``as_of`` (an ISO day): ``actors`` (``id``,
        ``name``, ``kind``, ``aliases``, ``mentions``: those named in a document of the cut, the most
        linked first, then by name) and ``degree`` (``{id: the sum of the counts of its links}``, as
        :meth:`links` with negated events: of the actors listed), ``documents`` (``id``, ``title``,
        ``date`` of the cut, by date then id), ``n_actors`` and ``n_documents`` (how many the cut has),
        ``event_types`` (sorted) and ``undated`` (documents the cut left out for having no date).
        ``limit``: only the first ``limit`` actors and documents are read (ranked in SQL)."""
        n_actors = self._count(self._actor_query(as_of=as_of))
        found = self.actor_degrees(as_of=as_of, include_negated=True, top=limit, by_mentions=False, count_all=False)
        degree = {k: v[0] for k, v in found["degrees"].items()}
        if limit is None or found["total"] < min(limit, n_actors):  # unlinked actors listed too: all of them
            actor_sql, params = self._actor_query(as_of=as_of)
            ids = [r[0] for r in self._conn.execute(f"SELECT a.id FROM ({actor_sql}) a", params)]
        else:
            ids = list(degree)
        actors = self.map_actors(ids)
        actors.sort(key=lambda a: (-degree.get(a["id"], 0), a["name"].casefold()))
        actors = actors[:limit] if limit is not None else actors
        degree = {a["id"]: degree[a["id"]] for a in actors if a["id"] in degree}
        where, params = [], []
        self._as_of_where(as_of, where, params)
        sql = "SELECT d.id, d.title, d.date FROM documents d" + (" WHERE " + " AND ".join(where) if where else "")
        n_documents = self._conn.execute(f"SELECT COUNT(*) FROM ({sql}) c", params).fetchone()[0]
        documents = self._first_documents(as_of, limit)
        where, params = ["e.id NOT IN (SELECT item_id FROM rejections)"], []  # the types alone: no actor to join
        self._as_of_where(as_of, where, params, own_date="e.date")
        # each type the store has, read by a skip scan of index events_type (a seek per type, not a
        # pass over every event), if one event of it is kept
        types = sorted(r[0] for r in self._conn.execute(
            "WITH RECURSIVE k(type) AS (SELECT MIN(type) FROM events UNION ALL SELECT (SELECT MIN(e.type) FROM "
            "events e WHERE e.type > k.type) FROM k WHERE k.type IS NOT NULL) SELECT k.type FROM k WHERE k.type "
            "IS NOT NULL AND EXISTS (SELECT 1 FROM events e JOIN documents d ON d.id = e.doc_id WHERE "
            f"e.type = k.type AND {' AND '.join(where)})", params))
        return {"actors": actors, "degree": degree, "n_actors": n_actors, "documents": documents,
                "n_documents": n_documents, "event_types": types, "undated": self.undated_documents() if as_of else 0}

    def _first_documents(self, as_of: str | None, limit: int | None) -> list[dict[str, Any]]:
        """The first ``limit`` documents of the as-of cut by date as written (undated first) then id
        (``id``, ``title``, ``date``): the undated ones by id (none in a cut), then the dated ones in
        the order of index ``documents_date_id``, each read only until the page is full, not every
        document sorted."""
        where, params = ["d.date IS NOT NULL", "d.date <> ''"], []
        self._as_of_where(as_of, where, params)
        parts = [("SELECT d.id, d.title, d.date FROM documents d WHERE " + " AND ".join(where) +
                  " ORDER BY d.date, d.id", params)]
        if not as_of:
            parts.insert(0, ("SELECT d.id, d.title, d.date FROM documents d WHERE d.date IS NULL OR d.date = '' "
                             "ORDER BY d.id", []))
        out: list[dict[str, Any]] = []
        for sql, values in parts:
            room = None if limit is None else limit - len(out)
            if room is not None and room <= 0:
                break
            sql, values = self._page(sql, values, room, 0)
            out += [{"id": r[0], "title": r[1], "date": r[2]} for r in self._conn.execute(sql, values)]
        return out

    @_guard
    def document_day_list(self) -> list[str]:
        """The distinct dates of the documents, as written (the map's date slider parses them)."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT date FROM documents WHERE date IS NOT NULL "
                                                 "AND date <> ''")]

    @_guard
    def undated_documents(self) -> int:
        """How many documents have no date (what an as-of cut leaves out for that)."""
        return self._conn.execute("SELECT COUNT(*) FROM documents WHERE date IS NULL OR date = ''").fetchone()[0]

    @_guard
    def link_evidence(self, a: str, b: str, *, as_of: str | None = None,
                      include: Iterable[str] = ("relation", "event"),
                      include_negated: bool = False) -> dict[str, Any] | None:
        """The evidence of the link between ``a`` and ``b`` (actor ids) of :meth:`links` (``document``,
        ``date``, ``text``, ``start``, ``end``): in the first document naming both that links them
        (store order), its first tie, else its first event; ``None`` when nothing links them."""
        def evidence(r: Any, date: str | None) -> dict[str, Any]:
            return {"document": r["doc_id"], "date": date, "text": r["sentence"], "start": r["start"],
                    "end": r["end"]}

        # the documents naming both, in store order, a few at a time (index actor_documents_seq): the
        # first link is usually in the first of them, whatever the size of the store
        found, last, step = None, -1, 8
        while found is None:
            rows = self._conn.execute(
                "SELECT x.doc_id, x.seq FROM actor_documents x JOIN actor_documents y ON y.doc_id = x.doc_id "
                "AND y.actor_id = ? WHERE x.actor_id = ? AND x.seq > ? ORDER BY x.seq LIMIT ?",
                (b, a, last, step)).fetchall()
            if not rows:
                break
            docs, last, step = [r[0] for r in rows], rows[-1][1], step * 4
            if "relation" in include:
                sql, params = self._relation_query(actor_id=a, with_id=b, as_of=as_of, doc_id=docs)
                row = self._conn.execute(sql + " ORDER BY seq, ord LIMIT 1", params).fetchone()
                if row is not None:
                    found = evidence(row, row["date"])
                    break
            if "event" in include:
                sql, params = self._event_query(actor_id=a, with_id=b, as_of=as_of, doc_id=docs)
                negated = "" if include_negated else " AND e.negated = 0"
                row = self._conn.execute(sql + f" AND ms.actor_id <> mt.actor_id{negated} ORDER BY d.seq, e.ord "
                                         "LIMIT 1", params).fetchone()
                if row is not None:
                    found = evidence(row, row["event_date"] or row["doc_date"])
        return found

    # The lists below take ``as_of`` (an ISO day: the as-of cut of :func:`kingmaker.graph.select`)
    # and ``after`` (keyset paging: the id of the last row of the previous page), besides
    # ``limit``/``offset``; ``type`` and ``key`` may be one value or a collection of them.

    @_guard
    def relations(self, *, type: str | None = None, actor: str | None = None, limit: int | None = None,
                  offset: int = 0, as_of: str | None = None, after: str | None = None,
                  dated_after: str | None = None) -> list[dict[str, Any]]:
        """Ties in ingest order; ``dated_after`` (an ISO day): only those of the documents dated after it."""
        aid = self.find_actor(actor, documents=False)["id"] if actor else None
        return self._relation_rows(type=type, actor_id=aid, limit=limit, offset=offset, as_of=as_of, after=after,
                                   dated_after=dated_after)

    @_guard
    def events(self, *, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None, offset: int = 0, as_of: str | None = None,
               with_: str | None = None, after: str | None = None) -> list[dict[str, Any]]:
        """Events in ingest order; ``with_``: only those between ``actor`` and this actor."""
        _check_date("--since", since)
        _check_date("--until", until)
        aid = self.find_actor(actor, documents=False)["id"] if actor else None
        wid = self.find_actor(with_, documents=False)["id"] if with_ else None
        return self._event_rows(type=type, actor_id=aid, since=since, until=until, limit=limit, offset=offset,
                                as_of=as_of, with_id=wid, after=after)

    @_guard
    def facts(self, *, key: str | None = None, actor: str | None = None, limit: int | None = None,
              offset: int = 0, as_of: str | None = None, after: str | None = None) -> list[dict[str, Any]]:
        aid = self.find_actor(actor, documents=False)["id"] if actor else None
        return self._fact_rows(key=key, actor_id=aid, limit=limit, offset=offset, as_of=as_of, after=after)

    def _document_query(self, *, as_of: str | None = None, after: str | None = None) -> tuple[str, list[Any]]:
        where, params = [], []
        self._as_of_where(as_of, where, params)
        if after:
            where.append("d.seq > ?")
            params.append(self._position("documents", after)[0])
        return ("SELECT d.id, d.path, d.url, d.title, d.date, d.hash, d.ingested_at, d.seq, LENGTH(d.text) AS chars "
                "FROM documents d" + (" WHERE " + " AND ".join(where) if where else "")), params

    @_guard
    def documents(self, *, limit: int | None = None, offset: int = 0, as_of: str | None = None,
                  after: str | None = None) -> list[dict[str, Any]]:
        sql, params = self._document_query(as_of=as_of, after=after)
        sql, params = self._page(sql + " ORDER BY d.seq", params, limit, offset)
        rows = self._conn.execute(sql, params).fetchall()
        counts: dict[str, Counter] = defaultdict(Counter)
        if rows:
            ids = [r["id"] for r in rows]
            marks = ", ".join("?" * len(ids))
            for table, (q, qp) in (("relations", self._relation_query()), ("events", self._event_query()),
                                   ("facts", self._fact_query())):
                col = "doc_id"
                for r in self._conn.execute(f"SELECT {col}, COUNT(*) FROM ({q}) c WHERE {col} IN ({marks}) "
                                            f"GROUP BY {col}", [*qp, *ids]):
                    counts[r[0]][table] = r[1]
            for r in self._conn.execute("SELECT doc_id, COUNT(DISTINCT actor_id) FROM actor_members "
                                        f"WHERE doc_id IN ({marks}) GROUP BY doc_id", ids):
                counts[r[0]]["actors"] = r[1]
        return [{"id": r["id"], "path": r["path"], "url": r["url"], "title": r["title"], "date": r["date"],
                 "hash": r["hash"], "ingested_at": r["ingested_at"], "chars": r["chars"],
                 **{k: counts[r["id"]][k] for k in ("actors", "relations", "events", "facts")}}
                for r in rows]

    @_guard
    def document(self, doc_id: str) -> dict[str, Any]:
        row = self._conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            ids = [r[0] for r in self._conn.execute("SELECT id FROM documents")]
            close = difflib.get_close_matches(doc_id, ids, n=3)
            raise StoreError(f"no document {doc_id!r}" + (f"; did you mean {', '.join(close)}?" if close else
                                                          " (see `kingmaker documents`)"))
        names = self._names()
        mentions = [{"start": r["start"], "end": r["end"], "text": r["text"], "actor": r["actor_id"],
                     "actor_name": names.get(r["actor_id"])}
                    for r in self._conn.execute(
                        "SELECT m.start, m.end, m.text, am.actor_id FROM mentions m JOIN actor_members am "
                        "ON am.doc_id = m.doc_id AND am.local_id = m.local_id WHERE m.doc_id = ? ORDER BY m.start",
                        (doc_id,))]
        return {"id": row["id"], "path": row["path"], "url": row["url"], "title": row["title"], "date": row["date"],
                "hash": row["hash"], "ingested_at": row["ingested_at"], "text": row["text"], "mentions": mentions,
                "relations": self._relation_rows(doc_id=doc_id),
                "events": self._event_rows(doc_id=doc_id),
                "facts": self._fact_rows(doc_id=doc_id)}

    @_guard
    def search(self, query: str, *, since: str | None = None, until: str | None = None,
               limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search (English stemming) over document titles and texts.

        ``query`` is words (all must occur), a "quoted phrase", ``OR``, ``NOT`` and ``prefix*``;
        anything else is read as plain words. Hits are documents, best first, each with the sentence
        of its first match: ``start``/``end`` in the text, ``snippet`` and ``marks`` (the matched
        spans in the snippet). ``since``/``until`` compare the document date like ``events``.
        """
        _check_date("--since", since)
        _check_date("--until", until)
        if not query.strip():
            raise StoreError("give words to search for")
        if limit < 1:
            raise StoreError(f"--limit {limit}: give a positive number")
        where, params = [], []
        if since:
            where.append("d.date IS NOT NULL AND substr(d.date, 1, ?) >= ?")
            params += [len(since), since]
        if until:
            where.append("d.date IS NOT NULL AND substr(d.date, 1, ?) <= ?")
            params += [len(until), until]
        rows = self._fts_rows(query, where, params, limit)
        hits = []
        for r in rows:
            marked = r["marked"] or ""
            at = marked.find(_MARK_ON)
            hit = {"document": r["id"], "title": r["title"], "date": r["date"], "start": None, "end": None,
                   "evidence": False}
            if at >= 0:
                start, end = self._sentence_span(r["id"], r["text"], at)
                hit["start"], hit["end"] = start, end
                hit["evidence"] = self._conn.execute(
                    "SELECT 1 FROM evidence WHERE doc_id = ? AND start = ? AND \"end\" = ?",
                    (r["id"], start, end)).fetchone() is not None
                hit["snippet"], hit["marks"] = _unmark(marked, start, end)
            else:  # the title matched
                hit["snippet"], hit["marks"] = _unmark(r["marked_title"] or "", 0, len(r["title"] or ""))
            hits.append(hit)
        return hits

    def _sentence_span(self, doc_id: str, text: str, pos: int) -> tuple[int, int]:
        """The evidence sentence holding ``pos`` (the shortest), else the sentence around it."""
        row = self._conn.execute('SELECT start, "end" FROM evidence WHERE doc_id = ? AND start <= ? AND "end" > ? '
                                 'ORDER BY "end" - start LIMIT 1', (doc_id, pos, pos)).fetchone()
        if row is not None:
            return row[0], row[1]
        start = 0
        for m in _SENTENCE_END.finditer(text, 0, pos):
            start = m.end()
        m = _SENTENCE_END.search(text, pos)
        end = m.start() + len(m.group().rstrip()) if m else len(text)
        while start < end and text[start].isspace():
            start += 1
        return start, max(end, pos + 1)

    @_guard
    def set_document_date(self, doc_id: str, date: str | None) -> dict[str, Any]:
        _check_date("--date", date)
        row = self._conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            self.document(doc_id)  # raises, naming close ids
        doc = Document(row["id"], row["text"], title=row["title"], date=date or None, url=row["url"])
        with self._write() as conn:
            # The hash covers the date, so that the next ingest (which applies the same date)
            # finds the document unchanged.
            conn.execute("UPDATE documents SET date = ?, hash = ? WHERE id = ?", (doc.date, content_hash(doc), doc_id))
            self._redate_actor_documents(doc_id)
            self._set_document_dates({doc_id: date})
            self._refresh_counts([doc_id])  # the counts kept per document date (map edges, timeline)
        return next(d for d in self.documents() if d["id"] == doc_id)

    def _set_document_dates(self, dates: dict[str, str | None]) -> None:
        """Record the user's document dates (in ``meta``, keys ``date:ID``; ``None`` forgets one)."""
        for doc_id, date in dates.items():
            if date:
                self._set_meta(f"date:{doc_id}", date)
            else:
                self._conn.execute("DELETE FROM meta WHERE key = ?", (f"date:{doc_id}",))

    @_guard
    def document_dates(self) -> dict[str, str]:
        return {r[0][5:]: r[1] for r in self._conn.execute("SELECT key, value FROM meta WHERE key LIKE 'date:%'")}

    @_guard
    def remember_document_dates(self, dates: dict[str, str]) -> None:
        """Record dates the user gave for documents (``ingest --dates``), before they are stored."""
        for date in dates.values():
            _check_date("--dates", date)
        with self._write():
            self._set_document_dates(dict(dates))

    @_guard
    def snapshot(self, *, with_text: bool = False) -> Snapshot:
        conn = self._conn
        docs = [Document(id=r["id"], text=r["text"] if with_text else "", path=r["path"], title=r["title"],
                         date=r["date"], url=r["url"])
                for r in conn.execute("SELECT * FROM documents ORDER BY seq")]
        actors = [Actor(id=a["id"], name=a["name"], kind=a["kind"], subkind=a["subkind"], aliases=a["aliases"],
                        documents=a["documents"], mentions=a["mentions"]) for a in self._all_actors(documents=True)]
        ex = Extraction(documents=docs, actors=actors)

        def ev(r: dict[str, Any]) -> Evidence:
            return Evidence(r["document"], r["start"], r["end"], r["evidence"])

        rels, evs, facts = self._relation_rows(), self._event_rows(), self._fact_rows()
        ex.relations = [Relation(r["source"], r["type"], r["target"], ev(r), r["confidence"]) for r in rels]
        ex.events = [Event(e["source"], e["type"], e["target"], ev(e), e["event_date"], e["negated"],
                           e["confidence"], e["trigger"]) for e in evs]
        ex.facts = [Fact(f["actor"], f["key"], f["value"], ev(f), f["confidence"]) for f in facts]
        ex.mentions = [Mention(r["start"], r["end"], r["text"], r["actor_id"]) for r in conn.execute(
            "SELECT m.start, m.end, m.text, am.actor_id FROM mentions m JOIN documents d ON d.id = m.doc_id "
            "JOIN actor_members am ON am.doc_id = m.doc_id AND am.local_id = m.local_id ORDER BY d.seq, m.start")]
        ex.local_map = {(r[0], r[1]): r[2] for r in conn.execute("SELECT doc_id, local_id, actor_id FROM actor_members")}
        return Snapshot(ex, [r["id"] for r in rels], [e["id"] for e in evs], [f["id"] for f in facts])

    # ------------------------------------------------------------------ the user's decisions
    #
    # Every step edits the user dictionary (``user_actors``) or the rejections, re-resolves, and is
    # kept in ``decisions`` with the state that ``undo`` restores. The CLI and the web app call
    # these same methods.

    def _curate(self, action: str, edit, args: dict[str, Any], expect: str | None,
                prefer: str | None = None, check=None, ids: dict[str, list] | None = None,
                ) -> dict[str, Any] | None:
        """Apply ``edit(entries) -> entries``, re-resolve, log, and return the actor named ``expect``.

        ``check(entries_before)`` may inspect the result (and raise to roll everything back);
        ``ids`` (``{actor id: [[doc, local id], ...]}``) gives members back the id they had.
        """
        with self._write():
            before = self._user_entries()
            self._save_entries(edit(before))
            undo: dict[str, Any] = {"entries": before}
            if action == "merge":  # an undo or unmerge gives the merged actor its id back
                undo["ids"] = self._members_of(args["merged_id"])
            self._log(action, undo=undo, **args)
            self._restore_ids(ids)
            self._re_resolve(before, prefer=prefer)
            self._refresh_counts(d for keys in (ids or {}).values() for d, _ in keys)  # members given back
            if check is not None:
                check(before)
            if expect is None:
                return None
            for a in self._all_actors():
                if norm(a["name"]) == norm(expect):
                    return self._with_documents([a])[0]
            raise StoreError(f"{action}: no actor is named {expect!r} afterwards (no document names it on its "
                             "own); nothing was changed")

    def _members_of(self, actor_id: str) -> dict[str, list]:
        return {actor_id: [[r[0], r[1]] for r in self._conn.execute(
            "SELECT doc_id, local_id FROM actor_members WHERE actor_id = ?", (actor_id,))]}

    def _restore_ids(self, ids: dict[str, list] | None) -> None:
        """Point these members at their former actor id again (resolution then keeps it)."""
        for actor_id, keys in (ids or {}).items():
            self._conn.executemany("UPDATE actor_members SET actor_id = ? WHERE doc_id = ? AND local_id = ?",
                                   [(actor_id, d, lid) for d, lid in keys])

    def _active_decisions(self, action: str) -> list[Any]:
        return list(self._conn.execute("SELECT * FROM decisions WHERE action = ? AND undone_at IS NULL "
                                       "ORDER BY id DESC", (action,)))

    def _merged_ids(self, name: str) -> dict[str, list] | None:
        """The former id (and members) of the actor called ``name`` that the latest merge took in."""
        for row in self._active_decisions("merge"):
            if norm(json.loads(row["args"])["merged"]) == norm(name):
                return json.loads(row["undo"] or "{}").get("ids")
        return None

    def _detach(self, actor: dict[str, Any], name: str, origin: dict[str, Any] | None):
        """The edit that splits ``name`` off ``actor``; when a merge brought it in, ``actor`` also
        gets back the subkind it had before that merge (the merge lent it the merged one's)."""
        before = None
        for row in self._active_decisions("merge"):
            args = json.loads(row["args"])
            if norm(args["merged"]) == norm(name) and "into_subkind" in args:
                before = args["into_subkind"]
                break

        def edit(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
            out = curation.split(entries, actor, name, origin=origin)
            i = curation.find_entry(out, actor)
            if origin is not None and i is not None and before != out[i].get("subkind") \
                    and out[i].get("subkind") == origin.get("subkind"):
                out[i]["subkind"] = before
            return out

        return edit

    def _origin(self, actor: dict[str, Any], name: str) -> dict[str, Any] | None:
        """What ``name`` (now a name of ``actor``) was before it joined it: the merged actor's snapshot
        from the latest merge that brought it in, else its kind as the documents read it."""
        key = norm(name)
        for row in self._active_decisions("merge"):
            snap = json.loads(row["args"]).get("merged_actor")
            if not snap:
                continue
            if norm(snap["name"]) == key:
                return snap
            if key in {norm(n) for n in snap.get("aliases", [])}:
                return {"name": name, "kind": snap["kind"], "subkind": snap.get("subkind"), "aliases": []}
        kinds: Counter = Counter()
        subkinds: Counter = Counter()
        for r in self._conn.execute(
                "SELECT la.name, la.kind, la.subkind, la.aliases FROM local_actors la JOIN actor_members am "
                "ON am.doc_id = la.doc_id AND am.local_id = la.local_id WHERE am.actor_id = ?", (actor["id"],)):
            if key in {norm(n) for n in [r["name"], *json.loads(r["aliases"])]}:
                kinds[r["kind"]] += 1
                if r["subkind"]:
                    subkinds[r["subkind"]] += 1
        if not kinds:
            return None
        kind = kinds.most_common(1)[0][0]
        return {"name": name, "kind": kind, "subkind": subkinds.most_common(1)[0][0] if subkinds else None,
                "aliases": []}

    @_guard
    def merge(self, a: str, b: str, *, force: bool = False) -> dict[str, Any]:
        A, B = self.find_actor(a), self.find_actor(b)
        if A["id"] == B["id"]:
            raise StoreError(f"{a!r} and {b!r} are already one actor ({A['id']} {A['name']})")
        if A["kind"] != B["kind"] and not force:
            an = {"organization": "an organization"}
            raise StoreError(f"{A['name']!r} is {an.get(A['kind'], 'a ' + A['kind'])} and {B['name']!r} "
                             f"{an.get(B['kind'], 'a ' + B['kind'])}: merging makes both one {A['kind']}; "
                             "add --force to merge anyway")
        return self._curate("merge", lambda es: curation.merge(es, A, B),
                            {"into": A["name"], "merged": B["name"], "merged_id": B["id"],
                             "merged_actor": curation.snapshot(B), "into_subkind": A.get("subkind")},
                            A["name"], prefer=A["id"])

    @_guard
    def unmerge(self, merged: str) -> dict[str, Any]:
        """Undo one earlier merge: ``merged`` is the merged actor's name or the step number (``kingmaker
        log``). It comes back with its kind, subkind and names; later steps stay."""
        rows = self._active_decisions("merge")
        q = merged.strip().lstrip("#")
        if q.isdigit():
            row = next((r for r in rows if r["id"] == int(q)), None)
        else:
            row = next((r for r in rows if norm(json.loads(r["args"])["merged"]) == norm(q)), None)
        if row is None:
            raise StoreError(f"no merge of {merged!r} in the decision log (see `kingmaker log`)")
        args = json.loads(row["args"])
        snap = args.get("merged_actor") or {"name": args["merged"], "kind": None, "aliases": []}
        owner = next((a for a in self._all_actors() if norm(a["name"]) != norm(snap["name"])
                      and norm(snap["name"]) in {norm(n) for n in a["aliases"]}), None)
        if owner is None:
            raise StoreError(f"{snap['name']!r} is not part of another actor any more (already split or unmerged)")
        if snap.get("kind") is None:  # a merge logged by an older kingmaker
            snap = self._origin(owner, snap["name"]) or {**snap, "kind": owner["kind"]}
        return self._curate("unmerge", self._detach(owner, snap["name"], snap),
                            {"actor": owner["name"], "merged": snap["name"], "of_step": row["id"]}, snap["name"],
                            ids=json.loads(row["undo"] or "{}").get("ids"))

    @_guard
    def add_alias(self, actor: str, alias: str) -> dict[str, Any]:
        A = self.find_actor(actor)
        return self._curate("alias", lambda es: curation.add_alias(es, A, alias),
                            {"actor": A["name"], "alias": alias}, A["name"])

    @_guard
    def remove_alias(self, actor: str, alias: str) -> dict[str, Any]:
        """``alias`` no longer names ``actor``; documents that call someone by it alone get an actor of
        their own (of the kind they read)."""
        A = self.find_actor(actor)
        curation.remove_alias([], A, alias)  # the argument checks, before anything changes
        origin = self._origin(A, alias)

        def still_there() -> bool:
            return any(a["id"] == A["id"] and norm(alias) in {norm(n) for n in a["aliases"]}
                       for a in self._all_actors())

        def check(before: list[dict[str, Any]]) -> None:
            if not still_there():
                return
            # documents name someone by it on their own: that someone becomes its own actor
            self._save_entries(curation.split(before, A, alias, origin=origin))
            self._resolve()
            if still_there():
                raise StoreError(f"{alias!r} cannot leave {A['name']!r}: the documents give it as another name "
                                 f"of {A['name']!r} itself; reject the items that are wrong instead")

        return self._curate("alias-remove", lambda es: curation.remove_alias(es, A, alias),
                            {"actor": A["name"], "alias": alias}, None, prefer=A["id"], check=check) \
            or self.find_actor(A["id"])

    @_guard
    def set_kind(self, actor: str, kind: str) -> dict[str, Any]:
        from kingmaker.model import ACTOR_KINDS

        if kind not in ACTOR_KINDS:
            raise StoreError(f"kind {kind!r}: expected one of {', '.join(ACTOR_KINDS)}")
        A = self.find_actor(actor)
        if A["kind"] == kind:
            raise StoreError(f"{A['name']!r} is already a {kind}")
        return self._curate("kind", lambda es: curation.set_kind(es, A, kind),
                            {"actor": A["name"], "kind": kind, "was": A["kind"]}, A["name"], prefer=A["id"])

    @_guard
    def rename(self, actor: str, new_name: str) -> dict[str, Any]:
        A = self.find_actor(actor)
        if new_name.strip() == A["name"]:
            raise StoreError(f"{A['id']} is already named {A['name']!r}; nothing changed (to make another "
                             "actor part of it, use `kingmaker merge`)")
        for other in self._all_actors():
            if other["id"] != A["id"] and norm(new_name) in {norm(n) for n in [other["name"], *other["aliases"]]}:
                raise StoreError(f"{new_name!r} already names {other['id']} {other['name']}; use "
                                 f"`kingmaker merge {A['name']!r} {other['name']!r}` to make them one actor")
        return self._curate("rename", lambda es: curation.rename(es, A, new_name),
                            {"actor": A["name"], "name": new_name}, new_name)

    @_guard
    def split(self, actor: str, alias: str) -> dict[str, Any]:
        A = self.find_actor(actor)
        origin = self._origin(A, alias)
        return self._curate("split", self._detach(A, alias, origin),
                            {"actor": A["name"], "alias": alias}, alias, ids=self._merged_ids(alias))

    @_guard
    def reject_actor(self, actor: str, *, undo: bool = False) -> dict[str, Any]:
        """Leave an actor that is no actor (a misread name) out, with its ties, facts and event roles,
        across later ingests; ``undo`` takes it back (``actor`` is then its name)."""
        if undo:
            self._curate("unreject-actor", lambda es: curation.unreject_actor(es, actor), {"actor": actor}, None)
            return {"name": actor, "rejected": False}
        A = self.find_actor(actor)
        self._curate("reject-actor", lambda es: curation.reject_actor(es, A),
                     {"actor": A["name"], "id": A["id"], "kind": A["kind"]}, None)
        return {"id": A["id"], "name": A["name"], "kind": A["kind"], "rejected": True}

    @_guard
    def reject(self, item_id: str, *, undo: bool = False) -> dict[str, Any]:
        item_id = item_id.strip()
        table = ITEM_PREFIXES.get(item_id[:1])
        row = None if table is None else \
            self._conn.execute(f"SELECT doc_id FROM {table} WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise StoreError(f"no relation, event or fact with id {item_id!r} (ids are listed by "
                             "`kingmaker relations` and `kingmaker events`)")
        with self._write() as conn:
            done = conn.execute("SELECT 1 FROM rejections WHERE item_id = ?", (item_id,)).fetchone() is not None
            if undo:
                if not done:
                    raise StoreError(f"{item_id} is not rejected")
                conn.execute("DELETE FROM rejections WHERE item_id = ?", (item_id,))
                self._log("unreject", undo={"reject": [item_id]}, id=item_id)
            else:
                if not done:
                    conn.execute("INSERT INTO rejections (item_id, created_at) VALUES (?, ?)", (item_id, _now()))
                self._log("reject", undo={"unreject": [] if done else [item_id]}, id=item_id)
            self._refresh_counts([row[0]])
        return {"id": item_id, "kind": table[:-1], "rejected": not undo}

    @_guard
    def rejected(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT item_id FROM rejections ORDER BY created_at, item_id")]

    @_guard
    def user_dictionary(self) -> list[dict[str, Any]]:
        """The user dictionary (rejected actors are left out: a dictionary names actors)."""
        return [e for e in self._user_entries() if not e.get("rejected")]

    @_guard
    def import_dictionary(self, source: str | Path | list[dict]) -> int:
        from kingmaker.knowledge import load_dictionary

        new = load_dictionary(source)
        with self._write():
            before = self._user_entries()
            self._save_entries(curation.import_entries(before, new))
            self._log("import", undo={"entries": before},
                      source=str(source) if not isinstance(source, list) else "<list>", entries=len(new))
            self._re_resolve(before)
        return len(new)

    @staticmethod
    def _decision_dict(r: Any) -> dict[str, Any]:
        return {"step": r["id"], "at": r["at"], "action": r["action"], **json.loads(r["args"]),
                "undone": r["undone_at"] is not None}

    @_guard
    def decisions(self) -> list[dict[str, Any]]:
        """The log of the user's decisions, oldest first (``undone``: taken back by ``undo``)."""
        return [self._decision_dict(r) for r in self._conn.execute("SELECT * FROM decisions ORDER BY id")]

    @_guard
    def undo(self) -> dict[str, Any]:
        """Take back the latest curation step not yet undone; returns that step."""
        with self._write() as conn:
            row = conn.execute("SELECT * FROM decisions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1").fetchone()
            if row is None:
                raise StoreError("nothing to undo: the decision log has no step left (see `kingmaker log`)")
            if row["undo"] is None:
                raise StoreError(f"step {row['id']} ({row['action']}, {row['at']}) was made by an older kingmaker "
                                 "and cannot be undone")
            state = json.loads(row["undo"])
            if "entries" in state:
                before = self._user_entries()
                self._save_entries(state["entries"])
                self._restore_ids(state.get("ids"))
                self._re_resolve(before)
            for iid in state.get("unreject", []):
                conn.execute("DELETE FROM rejections WHERE item_id = ?", (iid,))
            for iid in state.get("reject", []):
                conn.execute("INSERT INTO rejections (item_id, created_at) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING", (iid, _now()))
            self._refresh_counts(self._item_docs([*state.get("unreject", []), *state.get("reject", [])]))
            conn.execute("UPDATE decisions SET undone_at = ? WHERE id = ?", (_now(), row["id"]))
            return self._decision_dict(conn.execute("SELECT * FROM decisions WHERE id = ?", (row["id"],)).fetchone())


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _kept_id(keys: list, previous: dict, taken: set, prefer: str | None, next_num: int) -> tuple[str, int]:
    """The id an actor keeps across re-resolution (a full rebuild and an incremental step alike): the
    merge target's (``prefer``) when it holds one of its keys, else its founding member's, else the id
    most of its members had, else a new one. Returns the id and the next free number."""
    founder = previous.get(keys[0])
    if prefer is not None and prefer not in taken and any(previous.get(k) == prefer for k in keys):
        return prefer, next_num
    if founder is not None and founder not in taken:
        return founder, next_num
    votes = Counter(previous[k] for k in keys if k in previous and previous[k] not in taken)
    if votes:
        return min(votes, key=lambda i: (-votes[i], int(i[1:]))), next_num
    return f"a{next_num}", next_num + 1
