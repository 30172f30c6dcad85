"""The resolution index in a store's tables: ``StoreIndex``.

``kingmaker.nlp.resolve`` resolves actors by folding documents, in order, into a key index
(``KeyIndex``). The store keeps that index in ``resolve_actors`` (each actor's state),
``resolve_names`` (exact-name keys) and ``resolve_lookup`` (lookup keys), so a new document is
folded in by the same code with lookups in these tables, reading only the actors its names can be.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from kingmaker.nlp.resolve import GlobalActor, KeyIndex

__all__ = ["StoreIndex", "state_json"]

_CHUNK = 400  # keys per query (older SQLite allows 999 parameters)


def state_json(g: GlobalActor, actor_id: str | None) -> str:
    """What ``resolve_actors.state`` keeps of ``g``: its documents only when it has no row in ``actors``
    (``actor_documents`` lists them)."""
    state = g.to_state()
    if actor_id is not None:
        del state["documents"]
    return json.dumps(state, ensure_ascii=False)


class StoreIndex(KeyIndex):
    """A ``KeyIndex`` over a store connection (inside its write transaction): lookups read the
    tables, the actors read are kept in memory, and ``write`` stores those touched and the new keys."""

    def __init__(self, conn: Any, documents_of: Callable[[list[str]], dict[str, list[str]]], *,
                 all_documents: bool = True) -> None:
        """``documents_of``: the store's reader of actors' documents (``{id: document ids}``);
        ``all_documents``: read the document lists of the actors that change; without it their
        ``documents`` hold only the documents folded in now (``added_only``), for the caller to
        append to what ``actor_documents`` lists."""
        super().__init__()
        self._documents_of = documents_of
        self._all_documents = all_documents
        self.added_only: set[int] = set()
        self._conn = conn
        self._loaded: dict[int, GlobalActor] = {}
        self.actor_ids: dict[int, str | None] = {}  # actor -> its id in ``actors``
        self.touched: set[int] = set()
        self._claimed: dict[str, int] = {}
        self._without_documents: set[int] = set()
        self._next = conn.execute("SELECT COALESCE(MAX(gi), -1) + 1 FROM resolve_actors").fetchone()[0]

    def actor(self, gi: int) -> GlobalActor:
        g = self._loaded.get(gi)
        if g is None:
            self._load([gi])
            g = self._loaded[gi]
        return g

    def _load(self, gis: list[int]) -> None:
        """Read these actors' states (not their document lists: ``_put`` reads those of the actors
        that change; most actors read are candidates that do not fit)."""
        gis = sorted(set(gis) - self._loaded.keys())
        for i in range(0, len(gis), _CHUNK):
            part = gis[i:i + _CHUNK]
            for row in self._conn.execute("SELECT gi, actor_id, state FROM resolve_actors "
                                          f"WHERE gi IN ({', '.join('?' * len(part))})", part):
                state = json.loads(row["state"])
                if "documents" not in state:
                    state["documents"] = []
                    self._without_documents.add(row["gi"])
                self._loaded[row["gi"]] = GlobalActor.from_state(state)
                self.actor_ids[row["gi"]] = row["actor_id"]

    def exact(self, key: str) -> int | None:
        if key in self._claimed:
            return self._claimed[key]
        row = self._conn.execute("SELECT gi FROM resolve_names WHERE key = ?", (key,)).fetchone()
        return row[0] if row is not None else super().exact(key)

    def claim(self, gi: int) -> None:
        """Actor ``gi``'s exact names find it, whoever had them (a user dictionary entry's)."""
        for k in self.actor(gi).keys:
            if k.startswith("n:"):
                self._claimed[k] = gi

    def candidates(self, keys: Iterable[str]) -> set[int]:
        keys = sorted(set(keys))
        out = super().candidates(keys)
        for i in range(0, len(keys), _CHUNK):
            part = keys[i:i + _CHUNK]
            out.update(r[0] for r in self._conn.execute(
                f"SELECT gi FROM resolve_lookup WHERE key IN ({', '.join('?' * len(part))})", part))
        self._load(list(out))  # in one query: the caller reads them all
        return out

    def _new(self, g: GlobalActor) -> int:
        gi, self._next = self._next, self._next + 1
        self._loaded[gi] = g
        self.actor_ids[gi] = None
        return gi

    def _put(self, gi: int, names: list[str], lookup: set[str]) -> None:
        if gi in self._without_documents:  # it changes: its documents come from its actors row
            self._without_documents.discard(gi)
            if self._all_documents:
                actor_id = self.actor_ids[gi]
                self._loaded[gi].documents = self._documents_of([actor_id]).get(actor_id, []) if actor_id else []
            else:
                self.added_only.add(gi)
        self.touched.add(gi)
        super()._put(gi, names, lookup)

    def write(self) -> None:
        """Store the actors touched (with their ids in ``actor_ids``) and the keys added."""
        self._conn.executemany(
            "INSERT INTO resolve_actors (gi, actor_id, state) VALUES (?, ?, ?) "
            "ON CONFLICT (gi) DO UPDATE SET actor_id = excluded.actor_id, state = excluded.state",
            [(gi, self.actor_ids.get(gi), state_json(self._loaded[gi], self.actor_ids.get(gi)))
             for gi in sorted(self.touched)])
        names, lookup = self.keys()
        self._conn.executemany("INSERT INTO resolve_names (key, gi) VALUES (?, ?) ON CONFLICT DO NOTHING", names)
        self._conn.executemany("INSERT INTO resolve_names (key, gi) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET gi = excluded.gi", list(self._claimed.items()))
        self._conn.executemany("INSERT INTO resolve_lookup (key, gi) VALUES (?, ?) ON CONFLICT DO NOTHING", lookup)
