"""The analysts' web app: ``create_app(source)`` returns a Starlette application.

``source`` is the store (``kingmaker.store.open_store(path)``) or an :class:`ExtractionSource`
wrapping an extraction (``kingmaker serve --input out.json``). The app reads
``source.to_extraction()`` and, for the document view, ``source.document(id)``; nothing else is
required. Curation (merge, alias, reject) calls the store's own methods and is refused (403)
unless the app was created with ``allow_edits=True``.

Pages (HTML, Jinja2 with autoescape; every name and every article text is escaped):

=======================  ===============================================================
``/`` , ``/map``         the power map (SVG), filters, actor list, ``?as_of=YYYY-MM-DD``
``/actors``              searchable actor list (``?q=``, ``?kind=``)
``/actors/{id}``         profile: aliases, ties out/in, events, facts, documents, evidence
``/documents``           documents with dates and counts
``/documents/{id}``      the text with ``?start=&end=`` highlighted, and its items
``/timeline``            events per month by quad class (plotly chart + table)
``/coalition``           seat calculator (editable seats; minimal winning coalitions)
=======================  ===============================================================

JSON API (every list is sorted deterministically; ``as_of`` keeps documents dated up to
that day, ``YYYY-MM`` meaning the end of the month):

* ``GET /api/actors?q=&kind=&as_of=`` -> ``{"actors": [{id, name, kind, subkind, aliases,
  documents, degree}]}``
* ``GET /api/actors/{id}?as_of=`` -> the actor with ``ties_out``, ``ties_in``, ``events``,
  ``facts`` and ``documents``; each item has ``id``, ``type``, ``document``, ``date``,
  ``evidence``, ``start``, ``end``, ``confidence`` and the other actor's ``id``/``name``.
* ``GET /api/graph?as_of=&types=&kinds=&events=0|1&isolated=0|1`` -> ``{"nodes": [{id, name,
  kind, degree, x, y}], "edges": [{id, source, target, kind, type, count, items: [evidence...]}],
  "dates": [...], "as_of", "width", "height"}``; ``x``/``y`` are SVG units of a seeded layout.
* ``GET /api/relations?type=&actor=&as_of=``, ``GET /api/events?type=&actor=&since=&until=&as_of=``
* ``GET /api/documents`` and ``GET /api/documents/{id}`` (``text`` is ``null`` when the source
  has no text, e.g. an extraction JSON).
* ``GET /api/timeline?by=month|week|year&actor=&as_of=`` -> :func:`kingmaker.analysis.timeline.timeline`
* ``GET /api/coalition?party=A&seats=40&party=B&seats=35&quota=&size=&others=&respect_opposition=1``
  (what if: ``&without=A&with=B%2BC&drop_tie=ID``)
  (no parties: the seats facts of the latest results) -> :func:`kingmaker.analysis.coalition.coalition`
* ``POST /api/curation/merge`` ``{"keep": id, "merge": id}``, ``POST /api/curation/alias``
  ``{"actor": id, "alias": name}``, ``POST /api/curation/reject`` ``{"id": item id}``: 403 unless
  edits are allowed; JSON bodies only, same-origin only.

Errors are JSON ``{"error": message}`` (API) or an HTML page, with 400/403/404/501.
"""
from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import logging
import math
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kingmaker.errors import KingmakerError, printable
from kingmaker.graph import parse_date
from kingmaker.knowledge.types import type_table
from kingmaker.model import (
    ACTOR_KINDS,
    RELATION_TYPES,
    SYMMETRIC_RELATIONS,
    Document,
    Extraction,
    Fact,
    Relation,
)

__all__ = ["create_app", "ExtractionSource", "LOOPBACK_HOSTS", "CSP"]

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# Scripts only from this app (no inline script, no eval); plotly sets inline styles.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
MAX_MAP_NODES = 400


# ------------------------------------------------------------------------------ sources


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


def _document_dict(found: Any) -> dict[str, Any] | None:
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


# ------------------------------------------------------------------------------- corpus


def cutoff_date(as_of: str | None) -> _dt.date | None:
    """The last day kept for ``as_of`` (``YYYY-MM`` -> end of month, ``YYYY`` -> end of year).

    >>> cutoff_date("2010-02"), cutoff_date(None)
    (datetime.date(2010, 2, 28), None)
    """
    if not as_of:
        return None
    parsed = parse_date(as_of)
    if parsed is None:
        raise HTTPException(400, f"as_of: not a date: {shown(as_of)} (use YYYY-MM-DD)")
    day, precision = parsed
    if precision == "month":
        return _dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - _dt.timedelta(days=1)
    if precision == "year":
        return _dt.date(day.year, 12, 31)
    return day


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

    @classmethod
    def build(cls, extraction: Extraction, as_of: _dt.date | None = None,
              ids: tuple[list[str], list[str], list[str]] | None = None) -> Corpus:
        """Index ``extraction`` as of a day; ``ids`` are the store's item ids (relations,
        events, facts, aligned with the lists), else ids are ``r0``, ``e0``, ``f0``..."""
        c = cls(extraction, as_of)
        rel_ids, ev_ids, fact_ids = ids or ([], [], [])

        def ident(prefix: str, known: list[str], i: int) -> str:
            return known[i] if i < len(known) and known[i] else f"{prefix}{i}"

        from kingmaker.graph import select

        sel = select(extraction, as_of=as_of)  # the one as-of cut, shared with the CLI
        c.undated = sel.undated
        c.all_dates = sorted({p[0].isoformat() for p in map(parse_date, (d.date for d in extraction.documents)) if p})
        c.documents = {doc.id: doc for doc in extraction.documents if doc.id in sel.documents}
        c.actors = {a.id: a for a in extraction.actors if a.id in sel.actors}
        c.relations = [(ident("r", rel_ids, i), extraction.relations[i]) for i in sel.relations]
        c.events = [(ident("e", ev_ids, i), extraction.events[i]) for i in sel.events]
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
        deg: Counter = Counter()
        for _, r in self.relations:
            deg[r.source] += 1
            deg[r.target] += 1
        for _, e in self.events:
            if e.source and e.target:
                deg[e.source] += 1
                deg[e.target] += 1
        return deg

    def actor_dict(self, actor: Any, degree: Counter | None = None) -> dict[str, Any]:
        d = actor.to_dict()
        if degree is not None:
            d["degree"] = degree.get(actor.id, 0)
        return d

    def find(self, key: str) -> Any:
        """An actor by id, else by exact (case-insensitive) name or alias; 404 otherwise."""
        if key in self.actors:
            return self.actors[key]
        for a in self.extraction.actors:
            if a.id == key:
                return a
        low = key.casefold()
        hits = [a for a in self.extraction.actors if any(n.casefold() == low for n in a.names())]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise HTTPException(404, f"actor {shown(key)} is ambiguous: "
                                     + ", ".join(f"{a.name} ({a.id})" for a in hits))
        raise HTTPException(404, f"no actor {shown(key)}")

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

    def graph(self, *, types: set[str] | None, kinds: set[str] | None, with_events: bool,
              isolated: bool, max_nodes: int = MAX_MAP_NODES) -> dict[str, Any]:
        def shown(aid: str | None) -> bool:
            a = self.actors.get(aid) if aid else None
            return a is not None and (kinds is None or a.kind in kinds)

        groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
        for rid, r in self.relations:
            if (types is None or r.type in types) and shown(r.source) and shown(r.target):
                s, t = r.source, r.target
                if r.type in SYMMETRIC_RELATIONS and t < s:
                    s, t = t, s
                groups[("relation", r.type, s, t)].append(self.item(rid, r))
        if with_events:
            for eid, e in self.events:
                if e.source and e.target and shown(e.source) and shown(e.target) and e.source != e.target:
                    if types is None or e.type in types or "events" in types:
                        groups[("event", e.type, e.source, e.target)].append(self.item(eid, e))
        edges = []
        for (kind, typ, s, t), items in groups.items():
            if s == t:
                continue
            items.sort(key=lambda it: (it["date"] or "", it["document"], it["start"]))
            edges.append({"id": items[0]["id"], "source": s, "target": t, "kind": kind, "type": typ,
                          "directed": not (kind == "relation" and typ in SYMMETRIC_RELATIONS),
                          "negated": all(it.get("negated") for it in items),
                          "count": len(items), "items": items})
        edges.sort(key=lambda e: (e["kind"] != "relation", e["type"], e["source"], e["target"]))
        degree: Counter = Counter()
        for e in edges:
            degree[e["source"]] += e["count"]
            degree[e["target"]] += e["count"]
        nodes = [a for a in self.actors.values() if kinds is None or a.kind in kinds]
        if not isolated:
            nodes = [a for a in nodes if degree.get(a.id)]
        truncated = 0
        if len(nodes) > max_nodes:
            nodes.sort(key=lambda a: (-degree.get(a.id, 0), -a.mentions, a.id))
            truncated = len(nodes) - max_nodes
            nodes = nodes[:max_nodes]
        keep = {a.id for a in nodes}
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
        layout = _layout([a.id for a in nodes], [(e["source"], e["target"]) for e in edges])
        pos = layout["pos"]
        node_list = [{"id": a.id, "name": a.name, "kind": a.kind, "subkind": a.subkind,
                      "aliases": list(a.aliases), "degree": degree.get(a.id, 0),
                      "x": round(pos[a.id][0], 1), "y": round(pos[a.id][1], 1)}
                     for a in sorted(nodes, key=lambda a: _natural(a.id))]
        return {"as_of": self.as_of.isoformat() if self.as_of else None, "dates": self.all_dates,
                "undated_left_out": self.undated, "width": layout["width"], "height": layout["height"],
                "nodes": node_list, "edges": edges, "truncated": truncated,
                "relation_types": list(RELATION_TYPES), "kinds": list(ACTOR_KINDS)}


def _natural(actor_id: str) -> tuple:
    digits = "".join(ch for ch in actor_id if ch.isdigit())
    return (actor_id.rstrip("0123456789"), int(digits) if digits and actor_id.endswith(digits) else -1,
            actor_id)


EDGE_PX = 110  # typical tie length on the map, in SVG units
LABEL_PX = 130  # room kept right of a node for its name


def _layout(nodes: list[str], edges: list[tuple[str, str]]) -> dict[str, Any]:
    """Positions in SVG units: each connected group laid out by a seeded spring layout scaled so
    that a typical tie is ``EDGE_PX`` long, the groups packed in rows (largest first), and the
    unconnected actors in a grid below. Deterministic for a given graph.

    Returns ``{"pos": {node: (x, y)}, "width": w, "height": h}``.
    """
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
    groups = sorted((sorted(c, key=_natural) for c in nx.connected_components(G) if len(c) > 1),
                    key=lambda c: (-len(c), _natural(c[0])))
    alone = sorted((n for n in nodes if not G.degree(n)), key=_natural)
    boxes = []  # (positions relative to the box's top-left, width, height)
    for members in groups:
        H = G.subgraph(members)
        if len(members) == 2:
            # one above the other, so the names (drawn to the right) never cross the tie
            raw = {members[0]: (0.0, 0.0), members[1]: (0.0, 0.7)}
        else:
            raw = nx.spring_layout(H, seed=7, k=1.6 / math.sqrt(len(members)), iterations=150)
            raw = {n: (float(x), float(y)) for n, (x, y) in raw.items()}
        xs = [x for x, _ in raw.values()]
        ys = [y for _, y in raw.values()]
        if len(members) <= 6 and max(xs) - min(xs) > max(ys) - min(ys):
            # stand small wide groups upright: the names, drawn to the right, then stay clear
            raw = {n: (y, x) for n, (x, y) in raw.items()}
        lengths = sorted(math.dist(raw[u], raw[v]) for u, v in H.edges())
        scale = EDGE_PX / max(lengths[len(lengths) // 2], 1e-9)
        xs = [x for x, _ in raw.values()]
        ys = [y for _, y in raw.values()]
        x0, y0 = min(xs), min(ys)
        rel = {n: ((x - x0) * scale, (y - y0) * scale) for n, (x, y) in raw.items()}
        w = max(x for x, _ in rel.values()) + LABEL_PX
        h = max(y for _, y in rel.values()) + 30
        boxes.append((rel, w, h))
    area = sum(w * h for _, w, h in boxes) + len(alone) * 150 * 34
    row_limit = max(900.0, math.sqrt(area * 1.6), max((w for _, w, _ in boxes), default=0))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for rel, w, h in boxes:
        if x > 0 and x + w > row_limit:
            x, y, row_h = 0.0, y + row_h + 30, 0.0
        for n, (px, py) in rel.items():
            pos[n] = (x + px, y + py + 10)
        x += w + 30
        row_h = max(row_h, h)
    width = max([row_limit] + [px + LABEL_PX for px, _ in pos.values()])
    top = y + row_h + (40 if boxes else 0)
    per_row = max(1, int(width // 150))
    for i, n in enumerate(alone):
        r, c = divmod(i, per_row)
        pos[n] = (c * 150.0, top + r * 34.0)
    height = max([py for _, py in pos.values()] + [0.0]) + 20
    return {"pos": pos, "width": round(width, 1), "height": round(height, 1)}


# ---------------------------------------------------------------------------- the app


class _Cache:
    """The source's extraction, re-read at most every ``ttl`` seconds (an ingest may be running)."""

    def __init__(self, source: Any, ttl: float):
        self.source, self.ttl = source, ttl
        self._lock = threading.Lock()
        self._at = -math.inf
        self._extraction: Extraction | None = None
        self._ids: tuple[list[str], list[str], list[str]] | None = None
        self._corpora: dict[Any, Corpus] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._at = -math.inf

    def corpus(self, as_of: _dt.date | None) -> Corpus:
        with self._lock:
            now = time.monotonic()
            if self._extraction is None or now - self._at > self.ttl:
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


def _plotly_js() -> Path | None:
    try:
        path = resources.files("plotly") / "package_data" / "plotly.min.js"
    except ModuleNotFoundError:
        return None
    path = Path(str(path))
    return path if path.is_file() else None


def _split(value: str | None) -> set[str] | None:
    if value is None:
        return None
    parts = {p.strip() for p in value.split(",") if p.strip()}
    return parts


def _int(value: str | None, name: str, default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not a whole number: {shown(value)}") from None


def _truthy(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.lower() not in ("0", "false", "no", "off", "")


def create_app(source: Any, *, allow_edits: bool = False, allowed_hosts: list[str] | None = None,
               refresh_seconds: float = 3.0, title: str = "kingmaker") -> Starlette:
    """The web app over ``source`` (a store, or :class:`ExtractionSource`).

    Parameters
    ----------
    source : object
        Anything with ``to_extraction()``; ``document(id)`` is used when present (for text).
        An :class:`Extraction` or the JSON contract dict is wrapped in :class:`ExtractionSource`.
    allow_edits : bool
        Enable the curation endpoints (otherwise they answer 403).
    allowed_hosts : list of str, optional
        ``Host`` header names accepted (defends against DNS rebinding), with or without a port;
        IPv6 addresses plain or bracketed. Default: the loopback names. ``["*"]`` accepts any.
    refresh_seconds : float
        How long the extraction read from the source is reused.
    """
    if isinstance(source, (Extraction, Mapping)):
        source = ExtractionSource(source)
    cache = _Cache(source, refresh_seconds)
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    templates = Jinja2Templates(env=env)
    env.globals.update(app_title=title, allow_edits=allow_edits, relation_types=RELATION_TYPES,
                       actor_kinds=ACTOR_KINDS)
    plotly_path = _plotly_js()

    def corpus_for(request: Request) -> Corpus:
        return cache.corpus(cutoff_date(request.query_params.get("as_of")))

    def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
        context.setdefault("as_of", request.query_params.get("as_of") or "")
        context.setdefault("nav", name.split(".")[0])
        return templates.TemplateResponse(request, name, context, status_code=status)

    def requested_document(request: Request, corpus: Corpus) -> tuple[str, dict[str, Any]]:
        """The document named in the path, or a 404."""
        doc_id = request.path_params["doc_id"]
        doc = document_of(doc_id, corpus)
        if doc is None:
            raise HTTPException(404, f"no document {shown(doc_id)}")
        return doc_id, doc

    def document_of(doc_id: str, corpus: Corpus) -> dict[str, Any] | None:
        getter: Callable | None = getattr(source, "document", None)
        found = None
        if getter is not None:
            try:
                found = _document_dict(getter(doc_id))
            except (KeyError, LookupError):
                found = None
            except KingmakerError:
                found = None
        if found is None:
            doc = next((d for d in corpus.extraction.documents if d.id == doc_id), None)
            if doc is not None:
                found = {**doc.to_dict(), "text": doc.text or None}
        return found

    # ---- pages
    async def map_page(request: Request) -> Response:
        corpus = corpus_for(request)
        deg = corpus.degree()
        actors = sorted(corpus.actors.values(), key=lambda a: (-deg.get(a.id, 0), a.name.casefold()))
        return page(request, "map.html", {"actors": actors, "degree": deg, "dates": corpus.all_dates,
                                          "n_docs": len(corpus.documents), "undated": corpus.undated})

    async def actors_page(request: Request) -> Response:
        corpus = corpus_for(request)
        actors = _filter_actors(corpus, request.query_params.get("q"), request.query_params.get("kind"))
        deg = corpus.degree()
        return page(request, "actors.html", {"actors": actors, "degree": deg,
                                             "q": request.query_params.get("q") or "",
                                             "kind": request.query_params.get("kind") or ""})

    async def actor_page(request: Request) -> Response:
        corpus = corpus_for(request)
        actor = corpus.find(request.path_params["actor_id"])
        if actor.id != request.path_params["actor_id"]:
            return RedirectResponse(f"/actors/{actor.id}", status_code=307)
        return page(request, "actor.html", {"p": corpus.profile(actor), "nav": "actors",
                                            "others": sorted(corpus.actors.values(),
                                                             key=lambda a: a.name.casefold())})

    async def documents_page(request: Request) -> Response:
        corpus = corpus_for(request)
        return page(request, "documents.html", {"documents": _documents(corpus)})

    async def document_page(request: Request) -> Response:
        corpus = corpus_for(request)
        doc_id, doc = requested_document(request, corpus)
        start = _int(request.query_params.get("start"), "start")
        end = _int(request.query_params.get("end"), "end")
        text = doc.get("text")
        parts = None
        if text is not None:
            if start is not None and end is not None and 0 <= start < end <= len(text):
                parts = (text[:start], text[start:end], text[end:])
            else:
                parts = (text, "", "")
        items = _document_items(corpus, doc_id)
        highlight = None
        if start is not None and end is not None:
            highlight = next((it["evidence"] for it in items
                              if it["start"] == start and it["end"] == end), None)
        return page(request, "document.html", {"doc": doc, "parts": parts, "items": items,
                                               "start": start, "end": end, "highlight": highlight,
                                               "nav": "documents"})

    async def timeline_page(request: Request) -> Response:
        corpus = corpus_for(request)
        result = _timeline(corpus, request)
        return page(request, "timeline.html", {"t": result, "by": result.get("by", "month"),
                                               "actor": request.query_params.get("actor") or ""})

    async def coalition_page(request: Request) -> Response:
        result, error, status = await _coalition_off_loop(corpus_for, request)
        q = request.query_params
        return page(request, "coalition.html", {"c": result, "error": error,
                                                "respect": _truthy(q.get("respect_opposition")),
                                                "others": q.get("others") or "independents",
                                                "size": q.get("size") or (result or {}).get("source", {}).get("size") or ""},
                    status=status)

    # ---- API
    async def api_actors(request: Request) -> Response:
        corpus = corpus_for(request)
        deg = corpus.degree()
        actors = _filter_actors(corpus, request.query_params.get("q"), request.query_params.get("kind"))
        return JSONResponse({"as_of": _as_of(corpus), "actors": [corpus.actor_dict(a, deg) for a in actors]})

    async def api_actor(request: Request) -> Response:
        corpus = corpus_for(request)
        actor = corpus.find(request.path_params["actor_id"])
        return JSONResponse({"as_of": _as_of(corpus), **corpus.profile(actor)})

    async def api_graph(request: Request) -> Response:
        corpus = corpus_for(request)
        q = request.query_params
        types = _split(q.get("types"))
        kinds = _split(q.get("kinds"))
        limit = _int(q.get("limit"), "limit", MAX_MAP_NODES)
        return JSONResponse(corpus.graph(types=types, kinds=kinds, with_events=_truthy(q.get("events"), True),
                                         isolated=_truthy(q.get("isolated"), True),
                                         max_nodes=max(1, min(limit or MAX_MAP_NODES, 5000))))

    async def api_relations(request: Request) -> Response:
        corpus = corpus_for(request)
        q = request.query_params
        types = _split(q.get("type"))
        who = corpus.find(q["actor"]).id if q.get("actor") else None
        items = [corpus.item(rid, r) for rid, r in corpus.relations
                 if (types is None or r.type in types) and (who is None or who in (r.source, r.target))]
        return JSONResponse({"as_of": _as_of(corpus), "relations": items})

    async def api_events(request: Request) -> Response:
        corpus = corpus_for(request)
        q = request.query_params
        types = _split(q.get("type"))
        if types:
            types = {t.upper() for t in types}
        who = corpus.find(q["actor"]).id if q.get("actor") else None
        since, until = cutoff_start(q.get("since")), cutoff_date(q.get("until"))
        items = []
        for eid, e in corpus.events:
            if types is not None and e.type not in types:
                continue
            if who is not None and who not in (e.source, e.target):
                continue
            it = corpus.item(eid, e)
            parsed = parse_date(it["date"])
            if (since or until) and parsed is None:
                continue
            if since and parsed[0] < since or until and parsed[0] > until:
                continue
            items.append(it)
        items.sort(key=lambda it: (it["date"] or "", it["document"], it["start"], it["id"]))
        return JSONResponse({"as_of": _as_of(corpus), "events": items})

    async def api_documents(request: Request) -> Response:
        corpus = corpus_for(request)
        return JSONResponse({"as_of": _as_of(corpus), "documents": _documents(corpus)})

    async def api_document(request: Request) -> Response:
        corpus = corpus_for(request)
        doc_id, doc = requested_document(request, corpus)
        return JSONResponse({**doc, "items": _document_items(corpus, doc_id)})

    async def api_timeline(request: Request) -> Response:
        return JSONResponse(_timeline(corpus_for(request), request))

    async def api_coalition(request: Request) -> Response:
        result, error, status = await _coalition_off_loop(corpus_for, request)
        if error:
            raise HTTPException(status, error)
        return JSONResponse(result)

    # ---- search (the store's full-text index)
    def run_search(request: Request) -> tuple[list[dict[str, Any]], str | None]:
        q = request.query_params
        search = getattr(source, "search", None)
        if not (q.get("q") or "").strip():
            return [], None
        if not callable(search):
            return [], "search needs a store: serve one with `kingmaker serve --db FILE`"
        try:
            return search(q["q"], since=q.get("since") or None, until=q.get("until") or None,
                          limit=max(1, min(_int(q.get("limit"), "limit", 50) or 50, 1000))), None
        except KingmakerError as err:
            return [], str(err)

    async def search_page(request: Request) -> Response:
        hits, error = run_search(request)
        q = request.query_params
        return page(request, "search.html", {"hits": hits, "error": error, "query": q.get("q") or "",
                                             "since": q.get("since") or "", "until": q.get("until") or ""})

    async def api_search(request: Request) -> Response:
        hits, error = run_search(request)
        if error:
            raise HTTPException(400, error)
        return JSONResponse({"query": request.query_params.get("q") or "", "hits": hits})

    # ---- curation
    async def curation(request: Request) -> Response:
        action = request.path_params["action"]
        if action not in CURATION_CALLS:
            raise HTTPException(404, f"no curation action {shown(action)}")
        if not allow_edits:
            raise HTTPException(403, "edits are disabled: restart with `kingmaker serve --allow-edits`")
        _same_origin(request)
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            raise HTTPException(415, "send a JSON body (Content-Type: application/json)")
        try:
            body = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise HTTPException(400, "the body is not valid JSON") from None
        if not isinstance(body, dict):
            raise HTTPException(400, "the body must be a JSON object")
        names, call = CURATION_CALLS[action]
        method = next((getattr(source, n) for n in names if callable(getattr(source, n, None))), None)
        if method is None:
            raise HTTPException(501, f"this source cannot {action} (serve a store with --db to curate)")
        try:
            result = call(method, body)
        except KingmakerError as err:
            raise HTTPException(400, str(err)) from None
        cache.invalidate()
        return JSONResponse({"ok": True, "action": action,
                             "result": result if isinstance(result, (str, int, dict, list)) else None})

    async def plotly(request: Request) -> Response:
        if plotly_path is None:
            raise HTTPException(404, "plotly is not installed")
        return FileResponse(plotly_path, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    async def types_css(request: Request) -> Response:
        # one colour per tie type and quad class, from the type table (knowledge/data/types.yaml)
        colours = type_table().colours()
        body = ":root {\n" + "".join(f"  --{k}: {v};\n" for k, v in colours.items()) + "}\n"
        return Response(body, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})

    async def root(request: Request) -> Response:
        return await map_page(request)

    # ---- errors
    async def http_error(request: Request, exc: HTTPException) -> Response:
        # the message may quote request input: never more than MAX_ERROR_CHARS of it
        message = str(exc.detail)
        if len(message) > MAX_ERROR_CHARS:
            message = message[:MAX_ERROR_CHARS] + "…"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=exc.status_code)
        return page(request, "error.html", {"status": exc.status_code, "message": message, "nav": "",
                                            "as_of": ""}, status=exc.status_code)

    routes = [
        Route("/", root),
        Route("/map", map_page),
        Route("/actors", actors_page),
        Route("/actors/{actor_id:path}", actor_page),
        Route("/documents", documents_page),
        Route("/documents/{doc_id:path}", document_page),
        Route("/timeline", timeline_page),
        Route("/coalition", coalition_page),
        Route("/api/actors", api_actors),
        Route("/api/actors/{actor_id:path}", api_actor),
        Route("/api/graph", api_graph),
        Route("/api/relations", api_relations),
        Route("/api/events", api_events),
        Route("/api/documents", api_documents),
        Route("/api/documents/{doc_id:path}", api_document),
        Route("/api/timeline", api_timeline),
        Route("/api/coalition", api_coalition),
        Route("/search", search_page),
        Route("/api/search", api_search),
        Route("/api/curation/{action}", curation, methods=["POST"]),
        Route("/static/vendor/plotly.min.js", plotly),
        Route("/static/types.css", types_css),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    hosts = list(allowed_hosts) if allowed_hosts is not None else list(LOOPBACK_HOSTS)
    middleware = [  # outermost first: every response, errors included, gets the security headers
        Middleware(_SecurityHeaders),
        Middleware(_HostCheck, allowed_hosts=hosts),
        Middleware(GZipMiddleware, minimum_size=2048),
    ]
    app = Starlette(routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: http_error})
    app.state.source = source
    app.state.allow_edits = allow_edits
    return app


class _SecurityHeaders:
    """Adds CSP and friends to every response (pure ASGI, so streaming responses pass through).

    It is the outermost middleware: refusals (bad Host) carry the headers too, and an unexpected
    error becomes a plain 500 with them (logged, never shown to the client).
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _SECURITY_NAMES]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            logging.getLogger("kingmaker.web").exception("error serving %s", printable(scope.get("path", "")))
            if started:
                raise
            await PlainTextResponse("Internal server error", status_code=500)(scope, receive, send_with_headers)


SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY")]
_SECURITY_NAMES = {k for k, _ in SECURITY_HEADERS}


class _HostCheck:
    """Only requests naming an allowed host are served (DNS rebinding); others get a 400 that does not
    repeat the header."""

    def __init__(self, app, allowed_hosts: list[str]):
        self.app = app
        self.any = "*" in allowed_hosts
        self.allowed = {normalise_host(h) for h in allowed_hosts if h != "*"}

    async def __call__(self, scope, receive, send):
        if not self.any and scope["type"] in ("http", "websocket"):
            host = host_of(Headers(scope=scope).get("host"))
            if host is None or host not in self.allowed:
                await PlainTextResponse("Invalid host header", status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def normalise_host(name: str) -> str:
    """A host name as compared: lower case, no brackets or final dot, IPv6 in its short form."""
    name = name.strip().lower().rstrip(".")
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        return name


_HOST_PORT = re.compile(r"(?:\[(?P<v6>[0-9a-fA-F:.]+)\]|(?P<name>[^\[\]:/@\s]+))(?::(?P<port>[0-9]{1,5}))?")


def host_of(header: str | None) -> str | None:
    """The host named by a ``Host`` header (``name``, ``name:port``, ``[v6]``, ``[v6]:port``), normalised;
    ``None`` when it is missing or malformed."""
    if not header:
        return None
    m = _HOST_PORT.fullmatch(header.strip())
    if m is None:
        return None
    if m["v6"] is not None:
        try:
            ipaddress.IPv6Address(m["v6"])
        except ValueError:
            return None
    return normalise_host(m["v6"] or m["name"])


MAX_ERROR_CHARS = 300
MAX_ECHO_CHARS = 60


def shown(value: Any) -> str:
    """Request input quoted in an error message: ``repr``, cut to MAX_ECHO_CHARS characters."""
    text = repr(value)
    return text if len(text) <= MAX_ECHO_CHARS else text[:MAX_ECHO_CHARS] + "…"


def _same_origin(request: Request) -> None:
    """Refuse cross-site writes: an ``Origin`` header must name this very host."""
    origin = request.headers.get("origin")
    if origin is None:  # not sent by browsers for same-origin fetches in some cases
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "cross-origin edits are refused")


def _merge(method: Callable, body: dict[str, Any]) -> Any:
    if body.get("force") is True:  # actors of different kinds
        return method(_need(body, "keep"), _need(body, "merge"), force=True)
    return method(_need(body, "keep"), _need(body, "merge"))


# POST /api/curation/ACTION: the store methods it calls (the same as the CLI's) and how, from the JSON body
CURATION_CALLS: dict[str, tuple[tuple[str, ...], Callable[[Callable, dict[str, Any]], Any]]] = {
    "merge": (("merge", "merge_actors"), _merge),
    "alias": (("add_alias", "alias_add", "alias"), lambda m, b: m(_need(b, "actor"), _need(b, "alias"))),
    "reject": (("reject", "reject_item"), lambda m, b: m(_need(b, "id"))),
    "alias-remove": (("remove_alias",), lambda m, b: m(_need(b, "actor"), _need(b, "alias"))),
    "kind": (("set_kind",), lambda m, b: m(_need(b, "actor"), _need(b, "kind"))),
    "reject-actor": (("reject_actor",), lambda m, b: m(_need(b, "actor"), undo=b.get("undo") is True)),
    "unmerge": (("unmerge",), lambda m, b: m(_need(b, "merged"))),
    "undo": (("undo",), lambda m, b: m()),
}


def _need(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise HTTPException(400, f"missing {key!r} (a non-empty string)")
    return value.strip()


def cutoff_start(value: str | None) -> _dt.date | None:
    if not value:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise HTTPException(400, f"since: not a date: {shown(value)} (use YYYY-MM-DD)")
    return parsed[0]


def _as_of(corpus: Corpus) -> str | None:
    return corpus.as_of.isoformat() if corpus.as_of else None


def _filter_actors(corpus: Corpus, q: str | None, kind: str | None) -> list[Any]:
    actors = list(corpus.actors.values())
    if kind:
        actors = [a for a in actors if a.kind == kind]
    if q:
        low = q.casefold()
        actors = [a for a in actors if any(low in n.casefold() for n in a.names())]
    return sorted(actors, key=lambda a: (a.name.casefold(), a.id))


def _documents(corpus: Corpus) -> list[dict[str, Any]]:
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


def _document_items(corpus: Corpus, doc_id: str) -> list[dict[str, Any]]:
    items = [corpus.item(i, x) for i, x in [*corpus.relations, *corpus.events, *corpus.facts]
             if x.evidence.document == doc_id]
    return sorted(items, key=lambda it: (it["start"], it["end"], it["id"]))


def _timeline(corpus: Corpus, request: Request) -> dict[str, Any]:
    from kingmaker.analysis.timeline import (
        QUAD_CLASSES,
        QUAD_LABELS,
        TimelineError,
        timeline,
    )
    from kingmaker.graph import ActorNotFound, build_graph

    q = request.query_params
    by = q.get("by") or "month"
    G = build_graph(corpus.extraction, as_of=corpus.as_of)
    min_events = _int(q.get("min_events"), "min_events", 3)
    try:
        result = timeline(G, by=by, actor=q.get("actor") or None, min_events=max(1, min(min_events, 10_000)))
    except (TimelineError, ActorNotFound) as err:
        raise HTTPException(400, str(err)) from None
    colours = type_table().colours()
    result["classes"] = [{"key": c, "label": QUAD_LABELS[c], "colour": colours[c]} for c in QUAD_CLASSES]
    return result


# Bounds of a coalition request: the arithmetic itself is bounded (kingmaker.analysis.coalition
# limits); these keep one request from holding a worker or the event loop.
COALITION_MAX_PARTIES = 200
COALITION_MAX_QUERY = 16_384   # bytes of query string (or body) accepted
COALITION_SECONDS = 10.0       # time budget of one computation


async def _coalition_off_loop(corpus_for, request: Request) -> tuple[dict[str, Any] | None, str | None, int]:
    """Check the request's size, then run the analysis in a worker thread with a time budget."""
    import anyio

    length = request.headers.get("content-length") or "0"
    if len(request.url.query.encode()) > COALITION_MAX_QUERY or not length.isdigit() \
            or int(length) > COALITION_MAX_QUERY:
        return None, f"request too large (at most {COALITION_MAX_QUERY} bytes of parameters)", 413
    corpus = corpus_for(request)
    try:
        with anyio.fail_after(COALITION_SECONDS):
            return await anyio.to_thread.run_sync(_coalition, corpus, request, abandon_on_cancel=True)
    except TimeoutError:
        return None, f"the computation took longer than {COALITION_SECONDS:.0f} s; list fewer parties", 503


def _coalition(corpus: Corpus, request: Request) -> tuple[dict[str, Any] | None, str | None, int]:
    """The coalition analysis for the page/API; ``(result, error message, HTTP status)``."""
    from kingmaker.analysis.coalition import MAX_SEATS, CoalitionError, coalition
    from kingmaker.graph import ActorNotFound, build_graph

    q = request.query_params
    parties = q.getlist("party")
    values = q.getlist("seats")
    seats = None
    if len(parties) > COALITION_MAX_PARTIES:
        return None, f"too many parties: {len(parties)} (at most {COALITION_MAX_PARTIES})", 413
    if parties:
        if len(parties) != len(values):
            return None, "give one seats value per party", 400
        seats = {}
        for name, value in zip(parties, values, strict=True):
            name = name.strip()
            if not name:
                continue
            value = value.strip()
            if not value.isdigit() or len(value) > 16:
                return None, f"seats of {name!r}: {value[:20]!r} is not a whole number up to {MAX_SEATS:.0e}", 400
            n = int(value)
            if n > MAX_SEATS:
                return None, f"seats of {name!r}: more than {MAX_SEATS:.0e}", 413
            seats[name] = seats.get(name, 0) + n
        if not seats:
            return None, "no party has a name", 400
    numbers = {}
    for key in ("quota", "size"):
        value = (q.get(key) or "").strip()
        if not value:
            numbers[key] = None
        elif not value.isdigit() or len(value) > 16 or int(value) > MAX_SEATS:
            return None, f"{key}: {value[:20]!r} is not a whole number up to {MAX_SEATS:.0e}", 400
        else:
            numbers[key] = int(value)
    others = q.get("others") or "independents"
    G = build_graph(corpus.extraction, as_of=corpus.as_of)
    try:
        merge = [[p.strip() for p in text.split("+") if p.strip()] for text in q.getlist("with")]
        result = coalition(G, seats=seats, quota=numbers["quota"], size=numbers["size"],
                           document=q.get("document") or None, others=others,
                           respect_opposition=_truthy(q.get("respect_opposition")), max_coalitions=200,
                           without=q.getlist("without"), merge=merge, drop_ties=q.getlist("drop_tie"))
    except (CoalitionError, ActorNotFound) as err:
        return None, str(err), 400
    return result, None, 200
