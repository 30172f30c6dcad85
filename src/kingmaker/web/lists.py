"""The lists of the API and the pages (actors, relations, events, documents), one page at a time.

Over a store they run as the store's own SQL list queries (``kingmaker.store.sql``: the CLI's
lists, with their filters and the as-of cut of :func:`kingmaker.graph.select`), paged by keyset: the
``next`` cursor names the last row of the page, and the next page starts after it in the list's
order (ingest order), so every page costs about the same however deep it is and nothing reads the
whole store. Over an extraction (a read-only JSON file) they page the in-memory corpus.

A page is ``{what: [...], "total": n, "next": cursor or None}``; ``total`` is counted on the first
page only (a cursor's page gives ``null``: counting is a pass over the whole list). ``limit`` (default
``DEFAULT_PAGE``, at most ``MAX_PAGE``), ``cursor`` (``next`` of the previous page) and, for
compatibility, ``offset`` (a plain row number; a numeric cursor reads the same way).
"""
from __future__ import annotations

import base64
import binascii
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request

from kingmaker.errors import KingmakerError
from kingmaker.store.base import Store
from kingmaker.web.params import DEFAULT_PAGE, MAX_PAGE, PROFILE_DOCUMENTS, cutoff_date, int_param
from kingmaker.web.security import shown

__all__ = ["store_of", "store_page", "store_actors", "store_documents", "store_document", "store_profile",
           "list_row", "find_in_store", "encode_cursor",
           "decode_cursor", "page_limit"]

_PREFIX = "k1:"


def store_of(request: Request) -> Store | None:
    """The app's source when it is a store (lists then run in SQL), else ``None``."""
    source = request.app.state.source
    return source if isinstance(source, Store) else None


def encode_cursor(row_id: str) -> str:
    """An opaque cursor for "after the row ``row_id``"."""
    return base64.urlsafe_b64encode((_PREFIX + row_id).encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> str:
    """The row id inside a cursor of :func:`encode_cursor`; anything else is a 400."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        text = ""
    if not text.startswith(_PREFIX) or len(text) == len(_PREFIX):
        raise HTTPException(400, f"cursor: not a cursor of this list: {shown(cursor)} "
                                 "(give the next value of the previous page)")
    return text[len(_PREFIX):]


def page_limit(query, default: int = DEFAULT_PAGE) -> int:
    limit = int_param(query.get("limit"), "limit", default)
    return max(1, min(limit if limit is not None else default, MAX_PAGE))


def _position(query) -> tuple[str | None, int]:
    """``(after, offset)`` of the request: a keyset cursor, else a row number (``offset``, or a
    numeric cursor as older clients send)."""
    cursor = query.get("cursor") or ""
    if cursor and not cursor.isdigit():
        return decode_cursor(cursor), 0
    start = int_param(cursor or query.get("offset"), "cursor" if cursor else "offset", 0) or 0
    if start < 0:
        raise HTTPException(400, "cursor: give the next value of the previous page")
    return None, start


def find_in_store(store: Store, key: str) -> str:
    """The id of the actor ``key`` names (:mod:`kingmaker.lookup`, as the CLI); 404 otherwise."""
    try:
        return store.find_actor(key, documents=False)["id"]
    except KingmakerError as err:  # request input quoted only in part
        raise HTTPException(404, str(err).replace(repr(key), shown(key))) from None


def store_page(request: Request, what: str, *, default_limit: int = DEFAULT_PAGE, **filters: Any) -> dict[str, Any]:
    """One page of the store's list ``what`` with these filters (the store's own keywords), cut at
    the request's ``as_of``."""
    store = store_of(request)
    assert store is not None
    q = request.query_params
    limit = page_limit(q, default_limit)
    after, offset = _position(q)
    as_of = cutoff_date(q.get("as_of"))
    if as_of is not None:
        filters["as_of"] = as_of.isoformat()
    try:
        rows = getattr(store, what)(**filters, limit=limit + 1, offset=offset, after=after)
        total = None if after else store.count(what, **filters)
    except KingmakerError as err:
        raise HTTPException(400, str(err)) from None
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        nxt = None
    elif after is None and offset:  # paging by row number: the next row number
        nxt = str(offset + limit)
    else:
        nxt = encode_cursor(rows[-1]["id"])
    return {what: rows, "total": total, "next": nxt}


def store_actors(request: Request, default_limit: int = DEFAULT_PAGE) -> dict[str, Any]:
    """``/api/actors`` over a store: the store's actor list (ingest order, keyset pages), each with
    its ``degree`` (ties and events); with ``q`` (search as you type, a name or alias part) the
    matches, by name, or the most connected first when a ``limit`` is given."""

    store = store_of(request)
    assert store is not None
    q = request.query_params
    search, kind = q.get("q") or None, q.get("kind") or None
    if search:  # paged by row number (the order is not the store's)
        as_of = cutoff_date(q.get("as_of"))
        limit, (_, offset) = page_limit(q), _position(q)
        try:
            rows = store.actors(search=search, kind=kind, as_of=as_of.isoformat() if as_of else None,
                                order="documents" if q.get("limit") else "name", limit=limit + 1, offset=offset,
                                documents=0)
            total = None if offset else store.count("actors", search=search, kind=kind,
                                                    as_of=as_of.isoformat() if as_of else None)
        except KingmakerError as err:
            raise HTTPException(400, str(err)) from None
        found = {"actors": rows[:limit], "total": total,
                 "next": str(offset + limit) if len(rows) > limit else None}
        for a in found["actors"]:
            a["degree"] = a["relations"] + a["events"]
    else:
        found = store_page(request, "actors", default_limit=default_limit, kind=kind, documents=0)
        for a in found["actors"]:
            a["degree"] = a["relations"] + a["events"]
    found["actors"] = [list_row(a) for a in found["actors"]]
    as_of = cutoff_date(q.get("as_of"))
    return {"as_of": as_of.isoformat() if as_of else None, **found}


def list_row(actor: dict[str, Any]) -> dict[str, Any]:
    """An actor as a list shows it: its documents counted (``n_documents``), not listed (a hub's list
    runs to thousands; the profile ``/api/actors/ID`` has them)."""
    out = {k: v for k, v in actor.items() if k != "documents"}
    if "n_documents" not in actor:  # (the store counts them: ``actors(documents=0)``)
        out["n_documents"] = len(actor.get("documents") or ())
    return out


def store_documents(request: Request, default_limit: int = DEFAULT_PAGE) -> dict[str, Any]:
    """``/api/documents`` over a store: one page of the store's documents (ingest order), each with
    its numbers of actors and ``items`` (ties, events and facts)."""
    found = store_page(request, "documents", default_limit=default_limit)
    for d in found["documents"]:
        d["items"] = d["relations"] + d["events"] + d["facts"]
    as_of = cutoff_date(request.query_params.get("as_of"))
    return {"as_of": as_of.isoformat() if as_of else None, **found}


def store_document(request: Request) -> tuple[str, dict[str, Any], list[dict[str, Any]]]:
    """The document named in the path, read from the store with its items (SQL, that document only;
    ``as_of``: none when the document is dated after the day or undated, no event dated after it);
    a 404 when the store has no such document."""
    from kingmaker.graph import parse_date

    store = store_of(request)
    assert store is not None
    doc_id = request.path_params["doc_id"]
    try:
        doc = dict(store.document(doc_id))
    except KingmakerError:
        raise HTTPException(404, f"no document {shown(doc_id)}") from None
    doc["text"] = doc.get("text") or None
    title = doc.get("title")
    items = [{**r, "kind": "relation", "negated": False, "document_title": title} for r in doc.get("relations", [])]
    items += [{**e, "kind": "event", "document_title": title} for e in doc.get("events", [])]
    items += [{**f, "kind": "fact", "type": f["key"], "document_title": title} for f in doc.get("facts", [])]
    cut = cutoff_date(request.query_params.get("as_of"))
    if cut is not None:  # the as-of cut of graph.select
        dated = parse_date(doc.get("date"))
        if dated is None or dated[0] > cut:
            items = []
        items = [it for it in items if not (it["kind"] == "event" and it.get("event_date")
                                            and (parse_date(it["event_date"]) or (cut,))[0] > cut)]
    items.sort(key=lambda it: (it["start"], it["end"], it["id"]))
    return doc_id, doc, items


def store_profile(request: Request, key: str) -> dict[str, Any]:
    """An actor's profile read from the store (``Store.actor``: that actor's rows only, in SQL), in
    the shape of :meth:`kingmaker.web.corpus.Corpus.profile`, cut at the request's ``as_of`` (the
    cut of :func:`kingmaker.graph.select`, in SQL); a 404 naming close matches when no actor fits
    ``key``. As the CLI's ``actor NAME``: the latest ``limit`` documents naming the actor (default
    ``PROFILE_DOCUMENTS``, ``limit=0``: all) and their items, with ``totals`` (documents, ties,
    events, facts in all)."""
    store = store_of(request)
    assert store is not None
    limit = int_param(request.query_params.get("limit"), "limit", PROFILE_DOCUMENTS)
    cut = cutoff_date(request.query_params.get("as_of"))
    try:
        p = store.actor(key, limit=max(0, limit or 0) or None, as_of=cut.isoformat() if cut else None)
    except KingmakerError as err:  # request input quoted only in part
        raise HTTPException(404, str(err).replace(repr(key), shown(key))) from None
    titles = {d["id"]: d.get("title") for d in p["documents"]}

    def items(rows: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
        out = []
        for r in rows:
            it = {**r, "kind": kind, "document_title": titles.get(r["document"])}
            if kind == "relation":
                it["negated"] = False
            elif kind == "event":
                it["role"] = "source" if r["source"] == p["id"] else "target"
            else:
                it["type"] = r["key"]
            out.append(it)
        return out

    def order(it: dict[str, Any]) -> tuple:
        return (it["date"] or "", it["document"], it["start"], it["id"])

    out, inn = items(p["ties_out"], "relation"), items(p["ties_in"], "relation")
    events, facts = sorted(items(p["events"], "event"), key=order), sorted(items(p["facts"], "fact"), key=order)
    docs = sorted(({"id": d["id"], "title": d.get("title"), "date": d.get("date")} for d in p["documents"]),
                  key=lambda d: (d["date"] or "", d["id"]))
    totals = p.get("totals")
    degree = totals["ties"] + totals["events"] if totals else len(out) + len(inn) + len(events)
    return {**p, "degree": degree, "ties_out": out, "ties_in": inn, "events": events, "facts": facts,
            "documents": docs}
