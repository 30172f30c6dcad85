"""Ingest: extract the documents a store does not have yet (or has in another version) and store them.

Each document is stored in its own transaction, so a run that is killed leaves every document
either fully stored or absent; running the same command again finishes the job and gives the
same store as a clean run. Unchanged documents (same content hash) are not even extracted.

The extractor is passed in (``extract(docs) -> iterable of DocExtraction``) so that the store
does not depend on spaCy: the CLI hands in ``kingmaker.api.iter_doc_extractions``; tests hand
in small fakes.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from kingmaker.model import DocExtraction, Document
from kingmaker.store.base import Store

__all__ = ["IngestSummary", "ingest"]

# Stored documents are resolved (folded into the store's resolution index) in batches of this
# many, and the rest at the end of the run. A batch costs lookups for its own documents only
# (never a pass over the store), so its time and memory do not grow with the store; batching
# saves rewriting the same busy actors after every document. Readers see a document's actors at
# most this many documents late.
RESOLVE_BATCH = 100
# A document replaced by a changed version is resolved at once (the actors it touched are folded
# again, ``Store.add``), up to this many in a run; past it the run is a bulk re-extraction (``--force``
# after a model upgrade) and resolves once at the end, one rebuild instead of a refold per document.
REFOLD_LIMIT = 50


@dataclass
class IngestSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failed: int = 0
    failed_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def ingest(store: Store, docs: Iterable[Document],
           extract: Callable[[list[Document]], Iterable[DocExtraction]], *, force: bool = False,
           on_start: Callable[[int | None], None] | None = None,
           on_document: Callable[[str, str], None] | None = None,
           dates: Mapping[str, str] | None = None,
           on_notice: Callable[[str], None] | None = None) -> IngestSummary:
    """Store the extraction of every new or changed document of ``docs``.

    ``docs`` may be a stream (a generator reading files): it is consumed lazily, each document read,
    extracted and stored in turn, so memory does not grow with the batch (the extractor holds at
    most its own window). ``force`` re-extracts unchanged documents too (e.g. after upgrading the
    model). ``on_start(n)`` is called with the number of documents to extract (``None`` for a
    stream: not known before the end); ``on_document(id, status)`` after each one is stored. Documents the extractor does not return count as failed (the
    extractor reports why). ``dates`` (document id -> ISO date) are the user's document dates:
    they are remembered by the store and, like dates set before, win over the dates the readers
    found (before extraction, so that "on Sunday" resolves against them). A file whose
    name-derived id is taken in the store by another file (``a/index.txt``, then ``b/index.txt``)
    is stored under a path-derived id, and ``on_notice`` says so: a stored article is never
    replaced by a different one silently.
    """
    summary = IngestSummary()
    if dates:
        store.remember_document_dates(dict(dates))
    user_dates = store.document_dates()
    stored: dict[str, str | None] | None = None  # the store's document ids and paths, read at the first document

    def planned(doc: Document) -> Document | None:
        """``doc`` as it is to be extracted (its own id, the user's date), or ``None`` when unchanged."""
        nonlocal stored
        if stored is None:
            stored = {d["id"]: d.get("path") for d in store.documents()}
        doc = own_id(store, doc, stored, on_notice)
        if user_dates.get(doc.id, doc.date) != doc.date:
            doc = replace(doc, date=user_dates[doc.id])
        if store.document_status(doc) == "unchanged" and not force:
            summary.unchanged += 1
            return None
        return doc

    # ids handed to the extractor and not stored yet (ids only: documents are not kept); what is
    # left at the end failed. Memory follows the extractor's window, not the run.
    outstanding: dict[str, None] = {}

    def todo_of(source: Iterable[Document]) -> Iterator[Document]:
        for doc in source:
            doc = planned(doc)
            if doc is not None:
                outstanding[doc.id] = None
                yield doc

    if isinstance(docs, Collection):  # already in memory: the progress bar gets its total
        todo: Iterable[Document] = list(todo_of(docs))
        if on_start is not None:
            on_start(len(todo))
        if not todo:
            return summary
    else:  # a stream (files read one by one): read, extract and store each document in turn
        todo = todo_of(docs)
        if on_start is not None:
            on_start(None)
    pending = 0  # stored documents not resolved yet
    replaced = 0  # documents that were in the store already
    try:
        for result in extract(todo):
            pending += 1
            if store.document_status(result.document) != "new":
                replaced += 1
                resolve = replaced <= REFOLD_LIMIT
            else:
                resolve = pending >= RESOLVE_BATCH and replaced <= REFOLD_LIMIT
            status = store.add(result, resolve=resolve, force=force)
            if resolve:
                pending = 0
            outstanding.pop(result.document.id, None)
            if status == "unchanged":
                summary.reextracted += 1
            else:
                setattr(summary, status, getattr(summary, status) + 1)
            if on_document is not None:
                on_document(result.document.id, status)
    finally:
        if pending:
            store.resolve()
    summary.failed_ids = list(outstanding)
    summary.failed = len(summary.failed_ids)
    return summary


def own_id(store: Store, doc: Document, stored: dict[str, str | None],
           on_notice: Callable[[str], None] | None = None) -> Document:
    """``doc``, or ``doc`` under a path-derived id (``index~1a2b3c4d``) when its file-name id belongs
    in the store to a different file with different content."""
    other = stored.get(doc.id)
    if (other is None or not doc.path or other == doc.path or Path(doc.path).stem != doc.id
            or store.document_status(doc) == "unchanged" or _same_file(other, doc.path)):
        return doc
    new_id = f"{doc.id}~{hashlib.sha256(os.path.abspath(doc.path).encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"
    if on_notice is not None:
        on_notice(f"{doc.path}: document id {doc.id!r} is taken in the store by {other}; "
                  f"this file's document is {new_id!r} (both kept)")
    return replace(doc, id=new_id)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
