"""The store interface: what the CLI, the analyses and the web app may ask of a store.

``kingmaker.store.sql.SQLStore`` implements it once, in SQL that both ``SQLiteStore`` (one SQLite
file) and ``PostgresStore`` (a PostgreSQL database) run. Every query returns plain dicts (JSON-ready); items carry
their evidence (document, start, end, sentence).
"""
from __future__ import annotations

import abc
from pathlib import Path
from typing import Any, Self

from kingmaker.model import DocExtraction, Document, Extraction

__all__ = ["PROFILE_DOCUMENTS", "Snapshot", "Store"]

#: an actor's profile (``kingmaker actor``, the web app's profile) shows the latest this many documents
#: that name it and their items, with the totals; asked for, all of them
PROFILE_DOCUMENTS = 50


class Snapshot:
    """The whole store as the contract, with the store's item ids aligned to its lists."""

    def __init__(self, extraction: Extraction, relation_ids: list[str], event_ids: list[str],
                 fact_ids: list[str]):
        self.extraction = extraction
        self.relation_ids = relation_ids
        self.event_ids = event_ids
        self.fact_ids = fact_ids


class Store(abc.ABC):
    """A corpus of documents, their machine extractions, resolved actors and the user's decisions."""

    path: str

    # -- lifecycle
    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest
    @abc.abstractmethod
    def document_status(self, doc: Document) -> str:
        """``"new"``, ``"changed"`` (same id, other content) or ``"unchanged"``."""

    @abc.abstractmethod
    def add(self, result: DocExtraction, *, resolve: bool = True, force: bool = False) -> str:
        """Store one document's extraction in one transaction (replacing an older version);
        returns its status before the call. ``resolve`` re-runs actor resolution in the same
        transaction; ``force`` replaces an unchanged document too (re-extraction)."""

    @abc.abstractmethod
    def remove(self, doc_id: str) -> None:
        """Forget a document and everything extracted from it."""

    @abc.abstractmethod
    def resolve(self, *, full: bool = False) -> None:
        """Resolve the documents added without resolution (``add(resolve=False)``); ``full``: rebuild
        global actors from all documents and the user's decisions."""

    # -- queries
    @abc.abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abc.abstractmethod
    def actors(self, *, kind: str | None = None, search: str | None = None, limit: int | None = None,
               offset: int = 0, as_of: str | None = None, after: str | None = None, order: str = "num",
               documents: int | None = None) -> list[dict[str, Any]]:
        """A page of actors (``after``: the keyset cursor of the last row of the page before; ``order``
        ``num`` or ``name``; ``documents``: how many document ids each row lists; ``as_of``: counts cut
        at that date, as :func:`kingmaker.graph.select` cuts)."""

    @abc.abstractmethod
    def count(self, what: str, **filters: Any) -> int:
        """How many rows the list ``what`` (``actors``, ``relations``, ``events``, ``facts``,
        ``documents``) has with these filters; the lists take ``limit`` and ``offset`` (paged in SQL)."""

    @abc.abstractmethod
    def find_actor(self, query: str, *, documents: bool = True) -> dict[str, Any]:
        """The actor with this id, name or alias (else a unique partial match); ``StoreError``
        names close matches when none or several fit. ``documents=False``: without its document ids."""

    @abc.abstractmethod
    def actor(self, query: str, *, limit: int | None = None, as_of: str | None = None) -> dict[str, Any]:
        """Profile: the actor, ties out and in, events by date, facts and documents, with evidence;
        ``limit``: the latest ``limit`` documents naming it and their items, with ``totals``."""

    @abc.abstractmethod
    def relations(self, *, type: str | None = None, actor: str | None = None, limit: int | None = None,
                  offset: int = 0, as_of: str | None = None, after: str | None = None) -> list[dict[str, Any]]:
        """A page of ties (``after``: keyset cursor; ``as_of``: the cut of
        :func:`kingmaker.graph.select`, documents dated up to it)."""

    @abc.abstractmethod
    def events(self, *, type: str | None = None, actor: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None, offset: int = 0, as_of: str | None = None,
               with_: str | None = None, after: str | None = None) -> list[dict[str, Any]]:
        """A page of events (``with_``: only those between ``actor`` and this other actor; ``after``:
        keyset cursor; ``as_of``: the cut of :func:`kingmaker.graph.select`, documents dated up to it)."""

    @abc.abstractmethod
    def facts(self, *, key: str | None = None, actor: str | None = None, limit: int | None = None,
              offset: int = 0, as_of: str | None = None, after: str | None = None) -> list[dict[str, Any]]:
        """A page of facts (``after``: keyset cursor; ``as_of``: the cut of
        :func:`kingmaker.graph.select`, documents dated up to it)."""

    @abc.abstractmethod
    def documents(self, *, limit: int | None = None, offset: int = 0, as_of: str | None = None,
                  after: str | None = None) -> list[dict[str, Any]]:
        """A page of documents in ingest order (``after``: keyset cursor; ``as_of``: the cut of
        :func:`kingmaker.graph.select`, documents dated up to it)."""

    @abc.abstractmethod
    def document(self, doc_id: str) -> dict[str, Any]:
        """One document with its text, mentions and items (offsets into the text)."""

    @abc.abstractmethod
    def search(self, query: str, *, since: str | None = None, until: str | None = None,
               limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over document titles and texts: documents, best first, each with the
        sentence of its first match (``start``, ``end``, ``snippet``, ``marks``)."""

    @abc.abstractmethod
    def set_document_date(self, doc_id: str, date: str | None) -> dict[str, Any]:
        """Set (``None``: forget) the user's date of a stored document; it wins over the date found
        by the readers in this and every later ingest. Returns the document row."""

    @abc.abstractmethod
    def document_dates(self) -> dict[str, str]:
        """The dates the user set, by document id (also for documents not stored yet)."""

    @abc.abstractmethod
    def remember_document_dates(self, dates: dict[str, str]) -> None:
        """Record the user's dates for documents by id (``ingest --dates``), stored or not yet."""

    @abc.abstractmethod
    def snapshot(self, *, with_text: bool = False) -> Snapshot:
        """The whole store as an ``Extraction`` plus item ids (document texts when asked)."""

    def to_extraction(self) -> Extraction:
        """The whole store as the extraction contract (``Extraction.to_dict()``)."""
        return self.snapshot().extraction

    # -- the user's decisions (one API for the CLI and the web app; every step is logged and undoable)
    @abc.abstractmethod
    def merge(self, a: str, b: str, *, force: bool = False) -> dict[str, Any]:
        """``b`` becomes part of ``a``; actors of different kinds need ``force``."""

    @abc.abstractmethod
    def unmerge(self, merged: str) -> dict[str, Any]:
        """Undo one earlier merge (the merged actor's name or the step number)."""

    @abc.abstractmethod
    def remove_alias(self, actor: str, alias: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def set_kind(self, actor: str, kind: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def reject_actor(self, actor: str, *, undo: bool = False) -> dict[str, Any]: ...

    @abc.abstractmethod
    def decisions(self) -> list[dict[str, Any]]:
        """The decision log, oldest first."""

    @abc.abstractmethod
    def undo(self) -> dict[str, Any]:
        """Take back the latest step not yet undone."""

    @abc.abstractmethod
    def add_alias(self, actor: str, alias: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def rename(self, actor: str, new_name: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def split(self, actor: str, alias: str) -> dict[str, Any]: ...

    @abc.abstractmethod
    def reject(self, item_id: str, *, undo: bool = False) -> dict[str, Any]: ...

    @abc.abstractmethod
    def rejected(self) -> list[str]: ...

    @abc.abstractmethod
    def user_dictionary(self) -> list[dict[str, Any]]: ...

    @abc.abstractmethod
    def import_dictionary(self, source: str | Path | list[dict]) -> int: ...
