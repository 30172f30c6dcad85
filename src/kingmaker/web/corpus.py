"""The data behind the pages: a source (store or extraction) read into a :class:`Corpus` cut at a
date, cached for a few seconds (the map's view of it is :mod:`kingmaker.web.mapview`). The as-of cut is
:func:`kingmaker.graph.select`, actor lookup :func:`kingmaker.graph.find_actor`: the CLI's own."""
from __future__ import annotations

import datetime as _dt
import math
import os
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import networkx as nx
from starlette.exceptions import HTTPException

from kingmaker.errors import KingmakerError
from kingmaker.graph import ActorNotFound, Selection, build_graph, find_actor, first_days, select
from kingmaker.model import Document, Extraction, Fact, Relation
from kingmaker.web.security import shown

__all__ = ["ExtractionSource", "Corpus", "Cache", "document_dict", "filter_actors",
           "documents_of", "document_items", "as_of_text"]


class ExtractionSource:
    """A read-only source over an extraction (the JSON contract, or an :class:`Extraction`).

    Documents keep their text when the extraction has it (``extract_documents`` output);
    the JSON contract carries no text, so the document view then shows evidence only.
    """

    editable = False

    def __init__(self, extraction: Extraction | Mapping[str, Any]):
        if isinstance(extraction, Mapping):
            extraction = Extraction.from_dict(dict(extraction))
        self._extraction = extraction

    def to_extraction(self) -> Extraction:
        return self._extraction

    def document(self, doc_id: str) -> dict[str, Any] | None:
        for doc in self._extraction.documents:
            if doc.id == doc_id:
                return {**doc.to_dict(), "text": doc.text or None}
        return None


def document_dict(found: Any) -> dict[str, Any] | None:
    """What a store's ``document(id)`` gave, as a dict with ``text`` (``None`` when unknown)."""
    if found is None:
        return None
    if isinstance(found, Document):
        return {**found.to_dict(), "text": found.text or None}
    if isinstance(found, Mapping):
        d = dict(found)
        d["text"] = d.get("text") or None
        return d
    return None


@dataclass
class Corpus:
    """One extraction cut at a date, indexed for the pages (items get ids ``r3``, ``e7``, ``f2``)."""

    extraction: Extraction
    as_of: _dt.date | None
    documents: dict[str, Document] = field(default_factory=dict)
    actors: dict[str, Any] = field(default_factory=dict)
    relations: list[tuple[str, Any]] = field(default_factory=list)
    events: list[tuple[str, Any]] = field(default_factory=list)
    facts: list[tuple[str, Any]] = field(default_factory=list)
    all_dates: list[str] = field(default_factory=list)
    undated: int = 0  # documents the as-of cut left out for having no date
    ids: tuple[list[str], list[str], list[str]] | None = None
    relation_at: dict[int, str] = field(default_factory=dict)  # position in the extraction -> item id
    event_at: dict[int, str] = field(default_factory=dict)

    @classmethod
    def build(cls, extraction: Extraction, as_of: _dt.date | None = None,
              ids: tuple[list[str], list[str], list[str]] | None = None) -> Corpus:
        """Index ``extraction`` as of a day; ``ids`` are the store's item ids (relations,
        events, facts, aligned with the lists), else ids are ``r0``, ``e0``, ``f0``..."""
        c = cls(extraction, as_of, ids=ids)
        rel_ids, ev_ids, fact_ids = ids or ([], [], [])

        def ident(prefix: str, known: list[str], i: int) -> str:
            return known[i] if i < len(known) and known[i] else f"{prefix}{i}"

        sel = select(extraction, as_of=as_of)  # the one as-of cut, shared with the CLI
        c.undated = sel.undated
        c.all_dates = first_days(d.date for d in extraction.documents)
        c.documents = {doc.id: doc for doc in extraction.documents if doc.id in sel.documents}
        c.actors = {a.id: a for a in extraction.actors if a.id in sel.actors}
        c.relation_at = {i: ident("r", rel_ids, i) for i in sel.relations}
        c.event_at = {i: ident("e", ev_ids, i) for i in sel.events}
        c.relations = [(c.relation_at[i], extraction.relations[i]) for i in sel.relations]
        c.events = [(c.event_at[i], extraction.events[i]) for i in sel.events]
        c.facts = [(ident("f", fact_ids, i), extraction.facts[i]) for i in sel.facts]
        # Actors that only appear in kept items (no documents list) stay visible.
        by_id = {a.id: a for a in extraction.actors}
        for _, item in [*c.relations, *c.events]:
            for aid in (item.source, item.target):
                if aid and aid not in c.actors and aid in by_id:
                    c.actors[aid] = by_id[aid]
        for _, f in c.facts:
            if f.actor not in c.actors and f.actor in by_id:
                c.actors[f.actor] = by_id[f.actor]
        return c

    # -- helpers

    def selected(self, **filters: Any) -> Selection:
        """This cut narrowed by :func:`kingmaker.graph.select` (``types``, ``actor``, ``since``,
        ``until``): the same filter as the CLI's lists and exports."""
        return select(self.extraction, as_of=self.as_of, **filters)
    def name(self, actor_id: str | None) -> str | None:
        if actor_id is None:
            return None
        a = self.actors.get(actor_id)
        if a is None:
            a = next((x for x in self.extraction.actors if x.id == actor_id), None)
        return a.name if a is not None else actor_id

    def doc_date(self, doc_id: str) -> str | None:
        doc = self.documents.get(doc_id)
        return doc.date if doc else None

    def item(self, item_id: str, obj: Any) -> dict[str, Any]:
        """A relation, event or fact as a JSON-ready dict with names and evidence."""
        ev = obj.evidence
        d: dict[str, Any] = {"id": item_id, "document": ev.document, "evidence": ev.text,
                             "start": ev.start, "end": ev.end,
                             "confidence": round(float(obj.confidence), 3)}
        doc = self.documents.get(ev.document)
        d["document_title"] = doc.title if doc else None
        if isinstance(obj, Fact):
            d.update(kind="fact", type=obj.key, key=obj.key, value=obj.value, actor=obj.actor,
                     actor_name=self.name(obj.actor), date=self.doc_date(ev.document))
            return d
        d.update(type=obj.type, source=obj.source, target=obj.target,
                 source_name=self.name(obj.source), target_name=self.name(obj.target))
        if isinstance(obj, Relation):
            d.update(kind="relation", date=self.doc_date(ev.document), negated=False)
        else:
            d.update(kind="event", date=obj.date or self.doc_date(ev.document), negated=bool(obj.negated),
                     trigger=obj.trigger)
        return d

    def degree(self) -> Counter:
        # links to others, as the map counts them (a self-tie or an act on oneself links no one)
        deg: Counter = Counter()
        for _, r in self.relations:
            if r.source != r.target:
                deg[r.source] += 1
                deg[r.target] += 1
        for _, e in self.events:
            if e.source and e.target and e.source != e.target:
                deg[e.source] += 1
                deg[e.target] += 1
        return deg

    def actor_dict(self, actor: Any, degree: Counter | None = None) -> dict[str, Any]:
        d = actor.to_dict()
        if degree is not None:
            d["degree"] = degree.get(actor.id, 0)
        return d

    @cached_property
    def G(self) -> nx.MultiDiGraph:
        """The one graph (:func:`kingmaker.graph.build_graph`) of this cut, with the store's item ids."""
        ids = (self.ids[0], self.ids[1]) if self.ids and self.ids[0] is not None else None
        if ids is not None and (len(ids[0]) != len(self.extraction.relations)
                                or len(ids[1]) != len(self.extraction.events)):
            ids = None
        return build_graph(self.extraction, as_of=self.as_of, ids=ids)

    def find(self, key: str) -> Any:
        """An actor by id, name or alias (:func:`kingmaker.graph.find_actor`, as the CLI); 404 otherwise."""
        by_id = self.actors.get(key)
        if by_id is not None:
            return by_id
        try:
            found = find_actor(self.G, key)
        except ActorNotFound as err:  # request input quoted only in part
            raise HTTPException(404, str(err).replace(repr(key), shown(key))) from None
        actor = self.actors.get(found) or next((a for a in self.extraction.actors if a.id == found), None)
        if actor is None:
            raise HTTPException(404, f"unknown actor {shown(key)}")
        return actor

    @cached_property
    def by_item_id(self) -> dict[str, Any]:
        return {i: x for i, x in [*self.relations, *self.events, *self.facts]}

    def profile(self, actor: Any) -> dict[str, Any]:
        aid = actor.id
        out, inn, evs = [], [], []
        for rid, r in self.relations:
            if r.source == aid:
                out.append(self.item(rid, r))
            if r.target == aid and (r.source != aid):
                inn.append(self.item(rid, r))
        for eid, e in self.events:
            if aid in (e.source, e.target):
                it = self.item(eid, e)
                it["role"] = "source" if e.source == aid else "target"
                evs.append(it)
        facts = [self.item(fid, f) for fid, f in self.facts if f.actor == aid]
        order = lambda it: (it["date"] or "", it["document"], it["start"], it["id"])  # noqa: E731
        evs.sort(key=order)
        facts.sort(key=order)
        docs = []
        seen = set()
        ids = [d for d in actor.documents if d in self.documents or self.as_of is None]
        for it in [*out, *inn, *evs, *facts]:
            ids.append(it["document"])
        for doc_id in ids:
            if doc_id in seen:
                continue
            seen.add(doc_id)
            doc = self.documents.get(doc_id)
            if doc is None and self.as_of is not None:
                continue
            docs.append({"id": doc_id, "title": doc.title if doc else None,
                         "date": doc.date if doc else None})
        docs.sort(key=lambda d: (d["date"] or "", d["id"]))
        return {**actor.to_dict(), "degree": len(out) + len(inn) + len(evs),
                "ties_out": out, "ties_in": inn, "events": evs, "facts": facts, "documents": docs}


def natural(actor_id: str) -> tuple:
    digits = "".join(ch for ch in actor_id if ch.isdigit())
    return (actor_id.rstrip("0123456789"), int(digits) if digits and actor_id.endswith(digits) else -1,
            actor_id)


class Cache:
    """The source's extraction, re-read at most every ``ttl`` seconds (an ingest may be running), and
    only when the store's files changed since (reading a 100,000-tie store takes seconds)."""

    def __init__(self, source: Any, ttl: float):
        self.source, self.ttl = source, ttl
        self._lock = threading.Lock()
        self._at = -math.inf
        self._stamp: tuple | None = None
        self._extraction: Extraction | None = None
        self._ids: tuple[list[str], list[str], list[str]] | None = None
        self._corpora: dict[Any, Corpus] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._at = -math.inf
            self._stamp = None

    def stamp(self) -> tuple | None:
        """Size and modification time of the store's file and its write-ahead log (``None`` when the
        source is no file: then it is re-read every ``ttl`` seconds)."""
        path = getattr(self.source, "path", None)
        if not isinstance(path, (str, os.PathLike)) or str(path) == ":memory:" or not os.path.isfile(path):
            return None
        out = []
        for name in (os.fspath(path), os.fspath(path) + "-wal"):
            try:
                st = os.stat(name)
                out.append((st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(None)
        return tuple(out)

    def corpus(self, as_of: _dt.date | None) -> Corpus:
        with self._lock:
            now = time.monotonic()
            if self._extraction is not None and now - self._at > self.ttl:
                stamp = self.stamp()
                if stamp is not None and stamp == self._stamp:  # nothing written since: keep it
                    self._at = now
            if self._extraction is None or now - self._at > self.ttl:
                self._stamp = self.stamp()
                ids = None
                try:
                    snapshot = getattr(self.source, "snapshot", None)
                    if callable(snapshot):  # the store: its own item ids (for reject)
                        snap = snapshot()
                        extraction = snap.extraction
                        ids = (list(snap.relation_ids), list(snap.event_ids), list(snap.fact_ids))
                    else:
                        extraction = self.source.to_extraction()
                except KingmakerError as err:
                    raise HTTPException(500, f"cannot read the store: {err}") from None
                if isinstance(extraction, Mapping):
                    extraction = Extraction.from_dict(dict(extraction))
                self._extraction, self._ids, self._at, self._corpora = extraction, ids, now, {}
            if as_of not in self._corpora:
                if len(self._corpora) > 32:
                    self._corpora.clear()
                self._corpora[as_of] = Corpus.build(self._extraction, as_of, self._ids)
            return self._corpora[as_of]


def as_of_text(corpus: Corpus) -> str | None:
    return corpus.as_of.isoformat() if corpus.as_of else None


def filter_actors(corpus: Corpus, q: str | None, kind: str | None) -> list[Any]:
    actors = list(corpus.actors.values())
    if kind:
        actors = [a for a in actors if a.kind == kind]
    if q:
        low = q.casefold()
        actors = [a for a in actors if any(low in n.casefold() for n in a.names())]
    return sorted(actors, key=lambda a: (a.name.casefold(), a.id))


def documents_of(corpus: Corpus) -> list[dict[str, Any]]:
    counts: Counter = Counter()
    for _, it in [*corpus.relations, *corpus.events, *corpus.facts]:
        counts[it.evidence.document] += 1
    actors: Counter = Counter()
    for a in corpus.actors.values():
        for d in a.documents:
            actors[d] += 1
    docs = [{**d.to_dict(), "items": counts.get(d.id, 0), "actors": actors.get(d.id, 0)}
            for d in corpus.documents.values()]
    return sorted(docs, key=lambda d: (d["date"] or "", d["id"]))


def document_items(corpus: Corpus, doc_id: str) -> list[dict[str, Any]]:
    items = [corpus.item(i, x) for i, x in [*corpus.relations, *corpus.events, *corpus.facts]
             if x.evidence.document == doc_id]
    return sorted(items, key=lambda it: (it["start"], it["end"], it["id"]))



def corpus_for(request) -> Corpus:
    """The corpus cut at the request's ``as_of`` (from the app's cache)."""
    from kingmaker.web.params import cutoff_date

    return request.app.state.cache.corpus(cutoff_date(request.query_params.get("as_of")))


def document_of(source: Any, doc_id: str, corpus: Corpus) -> dict[str, Any] | None:
    """A document with its text when the source has it (``text`` is ``None`` otherwise)."""
    getter = getattr(source, "document", None)
    found = None
    if getter is not None:
        try:
            found = document_dict(getter(doc_id))
        except (LookupError, KingmakerError):
            found = None
    if found is None:
        doc = next((d for d in corpus.extraction.documents if d.id == doc_id), None)
        if doc is not None:
            found = {**doc.to_dict(), "text": doc.text or None}
    return found


def requested_document(request, corpus: Corpus) -> tuple[str, dict[str, Any]]:
    """The document named in the path, or a 404."""
    from kingmaker.web.security import shown

    doc_id = request.path_params["doc_id"]
    doc = document_of(request.app.state.source, doc_id, corpus)
    if doc is None:
        raise HTTPException(404, f"no document {shown(doc_id)}")
    return doc_id, doc
