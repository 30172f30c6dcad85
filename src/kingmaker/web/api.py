"""The JSON API (every list sorted deterministically; ``as_of`` keeps documents dated up to that day)."""
from __future__ import annotations

import io
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kingmaker.errors import KingmakerError
from kingmaker.web.analyses import coalition_off_loop, timeline_of
from kingmaker.web import mapview
from kingmaker.web.corpus import (
    Corpus,
    as_of_text,
    corpus_for,
    document_items,
    documents_of,
    filter_actors,
    requested_document,
)
from kingmaker.web.lists import (
    find_in_store,
    list_row,
    store_actors,
    store_document,
    store_documents,
    store_of,
    store_page,
    store_profile,
)
from kingmaker.web.params import cutoff_date, cutoff_start, float_param, int_param, page, split_param, truthy
from kingmaker.web.security import shown
from kingmaker.web.views import run_search

__all__ = ["actors", "actor", "graph", "graph_graphml", "edge", "path", "relations", "events", "documents",
           "document", "timeline", "coalition", "search"]


async def actors(request: Request) -> Response:
    if store_of(request) is not None:  # SQL, one page
        return JSONResponse(await run_in_threadpool(store_actors, request))
    corpus = corpus_for(request)
    deg = corpus.degree()
    found = filter_actors(corpus, request.query_params.get("q"), request.query_params.get("kind"))
    if request.query_params.get("limit"):
        # search as you type: the most connected matches first
        found = sorted(found, key=lambda a: (-deg.get(a.id, 0), a.name.casefold(), a.id))
    paged = page(request.query_params, found, "actors")
    paged["actors"] = [list_row(corpus.actor_dict(a, deg)) for a in paged["actors"]]
    return JSONResponse({"as_of": as_of_text(corpus), **paged})


def as_of_iso(request: Request) -> str | None:
    cutoff = cutoff_date(request.query_params.get("as_of"))
    return cutoff.isoformat() if cutoff else None


async def actor(request: Request) -> Response:
    if store_of(request) is not None:  # that actor's rows only (SQL)
        profile = await run_in_threadpool(store_profile, request, request.path_params["actor_id"])
        return JSONResponse({"as_of": as_of_iso(request), **profile})
    corpus = corpus_for(request)
    found = corpus.find(request.path_params["actor_id"])
    return JSONResponse({"as_of": as_of_text(corpus), **corpus.profile(found)})


def map_view(request: Request, corpus: Corpus) -> dict[str, Any]:
    """``/api/graph`` and its exports: the filtered (and, past ``limit`` actors, summarised) view."""
    q = request.query_params
    limit = int_param(q.get("limit"), "limit", mapview.MAX_MAP_NODES)
    focus = corpus.find(q["focus"]).id if q.get("focus") and truthy(q.get("ego"), True) else None
    event_types = split_param(q.get("event_types"))
    return mapview.view(corpus, types=split_param(q.get("types")), kinds=split_param(q.get("kinds")),
                        with_events=truthy(q.get("events"), True),
                        event_types={t.upper() for t in event_types} if event_types is not None else None,
                        isolated=truthy(q.get("isolated"), False),
                        max_nodes=max(1, min(limit or mapview.MAX_MAP_NODES, 5000)),
                        min_confidence=float_param(q.get("min_confidence"), "min_confidence", 0.0),
                        document=q.get("document") or None, focus=focus,
                        depth=max(1, min(int_param(q.get("depth"), "depth", 1) or 1, 3)))


def store_map_view(request: Request) -> dict[str, Any] | None:
    """``/api/graph`` read from the store (:func:`kingmaker.web.mapview.store_view`: the links in
    aggregate, then the items among the actors sent) when the source is a store and no item filter
    (types, kinds, event types, confidence, document, isolated actors) is asked; else ``None``."""
    store = store_of(request)
    q = request.query_params
    filters = ("types", "kinds", "event_types", "min_confidence", "document")
    if store is None or not hasattr(store, "map_edges") or any(q.get(k) for k in filters) \
            or truthy(q.get("isolated"), False):
        return None
    limit = int_param(q.get("limit"), "limit", mapview.MAX_MAP_NODES)
    focus = None
    if q.get("focus") and truthy(q.get("ego"), True):
        try:
            focus = store.find_actor(q["focus"], documents=False)["id"]
        except KingmakerError as err:  # request input quoted only in part
            raise HTTPException(404, str(err).replace(repr(q["focus"]), shown(q["focus"]))) from None
    return mapview.store_view(store, as_of=as_of_iso(request), with_events=truthy(q.get("events"), True),
                              max_nodes=max(1, min(limit or mapview.MAX_MAP_NODES, 5000)), focus=focus,
                              depth=max(1, min(int_param(q.get("depth"), "depth", 1) or 1, 3)))


async def graph(request: Request) -> Response:
    # grouping a big store takes a second: in a worker thread, so other requests go on meanwhile
    def answer() -> dict[str, Any]:
        found = store_map_view(request)
        return found if found is not None else map_view(request, corpus_for(request))

    return JSONResponse(await run_in_threadpool(answer))


async def graph_graphml(request: Request) -> Response:
    """The map's current view (the same parameters as ``/api/graph``) as GraphML (``export/graphml.py``)."""
    import networkx as nx

    from kingmaker.export.graphml import export_graph

    def write() -> bytes:
        corpus = corpus_for(request)
        out = io.BytesIO()
        nx.write_graphml(export_graph(mapview.view_snapshot(corpus, map_view(request, corpus))), out,
                         encoding="utf-8", prettyprint=True)
        return out.getvalue()

    body = await run_in_threadpool(write)
    return Response(body, media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="kingmaker-map.graphml"'})


async def edge(request: Request) -> Response:
    """``/api/edge?kind=relation|event&type=&source=&target=``: every item behind one map edge."""
    q = request.query_params
    missing = [k for k in ("kind", "type", "source", "target") if not q.get(k)]
    if missing or q["kind"] not in ("relation", "event"):
        raise HTTPException(400, "give kind (relation or event), type, source and target")
    store = store_of(request)
    if store is not None and hasattr(store, "ties_between"):  # the items between the two actors only (SQL)
        try:
            items = await run_in_threadpool(mapview.store_edge_items, store, q["kind"], q["type"], q["source"],
                                            q["target"], as_of=as_of_iso(request))
        except KingmakerError as err:  # an actor id the store does not have
            raise HTTPException(404, shown(str(err))) from None
        return JSONResponse({"as_of": as_of_iso(request), "items": items})
    corpus = corpus_for(request)
    items = mapview.edge_items(corpus, q["kind"], q["type"], q["source"], q["target"])
    return JSONResponse({"as_of": as_of_text(corpus), "items": items})


async def path(request: Request) -> Response:
    """``/api/path?from=A&to=B``: how A is connected to B (shortest chain of ties, with evidence)."""
    from kingmaker.web.explore import connection

    q = request.query_params
    if not q.get("from") or not q.get("to"):
        raise HTTPException(400, "give two actors: ?from=A&to=B (ids, names or aliases)")
    types = split_param(q.get("types"))
    min_confidence = float_param(q.get("min_confidence"), "min_confidence", 0.0)
    store = store_of(request)
    try:
        if store is not None and hasattr(store, "ties_between"):  # the ties only, read in SQL with the as-of cut
            from kingmaker.analysis.storegraph import store_connection

            found = await run_in_threadpool(store_connection, store, q["from"], q["to"], types=types,
                                            min_confidence=min_confidence, as_of=as_of_iso(request))
            return JSONResponse({"as_of": as_of_iso(request), **found})
        corpus = corpus_for(request)
        found = connection(corpus.G, q["from"], q["to"], types=types, min_confidence=min_confidence,
                           documents=corpus.documents)
    except KingmakerError as err:  # no such actor (ActorNotFound, StoreError); input quoted only in part
        raise HTTPException(404, str(err).replace(repr(q["from"]), shown(q["from"]))
                            .replace(repr(q["to"]), shown(q["to"]))) from None
    return JSONResponse({"as_of": as_of_text(corpus), **found})


async def relations(request: Request) -> Response:
    q = request.query_params
    types = split_param(q.get("type"))
    if (store := store_of(request)) is not None:  # SQL, one page
        def one_page() -> dict:
            who = find_in_store(store, q["actor"]) if q.get("actor") else None
            found = store_page(request, "relations", type={t.casefold() for t in types} if types else None,
                               actor=who)
            for it in found["relations"]:
                it.update(kind="relation", negated=False)
            return {"as_of": as_of_iso(request), **found}
        return JSONResponse(await run_in_threadpool(one_page))
    corpus = corpus_for(request)
    who = corpus.find(q["actor"]).id if q.get("actor") else None
    sel = corpus.selected(types=types, actor=who)
    items = [corpus.item(corpus.relation_at[i], corpus.extraction.relations[i]) for i in sel.relations]
    return JSONResponse({"as_of": as_of_text(corpus), **page(q, items, "relations")})


async def events(request: Request) -> Response:
    q = request.query_params
    types = split_param(q.get("type"))
    if types:
        types = {t.upper() for t in types}
    if (store := store_of(request)) is not None:  # SQL, one page
        def one_page() -> dict:
            cutoff_start(q.get("since")), cutoff_date(q.get("until"))  # a bad date: a 400 naming it
            who = find_in_store(store, q["actor"]) if q.get("actor") else None
            other = find_in_store(store, q["with"]) if q.get("with") else None
            found = store_page(request, "events", type=types, actor=who, with_=other,
                               since=q.get("since") or None, until=q.get("until") or None)
            for it in found["events"]:
                it["kind"] = "event"
            return {"as_of": as_of_iso(request), **found}
        return JSONResponse(await run_in_threadpool(one_page))
    corpus = corpus_for(request)
    who = corpus.find(q["actor"]).id if q.get("actor") else None
    other = corpus.find(q["with"]).id if q.get("with") else None
    cutoff_start(q.get("since")), cutoff_date(q.get("until"))  # a bad date is a 400 naming the parameter
    sel = corpus.selected(types=types, actor=who, since=q.get("since") or None, until=q.get("until") or None)
    items = [corpus.item(corpus.event_at[i], e) for i, e in ((i, corpus.extraction.events[i]) for i in sel.events)
             if other is None or {e.source, e.target} == {who, other}]
    items.sort(key=lambda it: (it["date"] or "", it["document"], it["start"], it["id"]))
    return JSONResponse({"as_of": as_of_text(corpus), **page(q, items, "events")})


async def documents(request: Request) -> Response:
    if store_of(request) is not None:  # SQL, one page
        return JSONResponse(await run_in_threadpool(store_documents, request))
    corpus = corpus_for(request)
    return JSONResponse({"as_of": as_of_text(corpus),
                         **page(request.query_params, documents_of(corpus), "documents")})


async def document(request: Request) -> Response:
    if store_of(request) is not None:  # that document's rows only (SQL)
        _, doc, items = await run_in_threadpool(store_document, request)
        return JSONResponse({**doc, "items": items})
    corpus = corpus_for(request)
    doc_id, doc = requested_document(request, corpus)
    return JSONResponse({**doc, "items": document_items(corpus, doc_id)})


async def timeline(request: Request) -> Response:
    return JSONResponse(timeline_of(request))


async def coalition(request: Request) -> Response:
    result, error, status = await coalition_off_loop(request)
    if error:
        raise HTTPException(status, error)
    return JSONResponse(result)


async def search(request: Request) -> Response:
    hits, error = run_search(request)
    if error:
        raise HTTPException(400, error)
    return JSONResponse({"query": request.query_params.get("q") or "", "hits": hits})
