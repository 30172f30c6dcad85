"""The HTML pages (Jinja2, autoescaped): map, actors, profile, documents, timeline, coalition, search."""
from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kingmaker.web.analyses import coalition_off_loop, timeline_of
from kingmaker.web.corpus import corpus_for, document_items, documents_of, filter_actors, requested_document
from kingmaker.web.lists import list_row, store_actors, store_document, store_documents, store_of, store_profile
from kingmaker.web.mapview import MAP_LISTED, MAX_MAP_NODES
from kingmaker.web.params import int_param, page as page_of, truthy

__all__ = ["page", "map_page", "actors_page", "actor_page", "documents_page", "document_page",
           "timeline_page", "coalition_page", "search_page", "run_search"]


def page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    context.setdefault("as_of", request.query_params.get("as_of") or "")
    context.setdefault("nav", name.split(".")[0])
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def store_map_page(request: Request, store) -> dict[str, Any]:
    """The map page's lists read from the store (``Store.map_page_data``: the first ``MAP_LISTED``
    actors and documents, ranked in SQL): the same page as over the store's corpus, without reading
    every item, actor or document."""
    from kingmaker.graph import first_days
    from kingmaker.web.params import cutoff_date

    cut = cutoff_date(request.query_params.get("as_of"))
    data = store.map_page_data(as_of=cut.isoformat() if cut else None, limit=MAP_LISTED)
    dates = first_days(store.document_day_list())
    return {"actors": data["actors"], "n_actors": data["n_actors"], "degree": data["degree"], "dates": dates,
            "n_docs": data["n_documents"], "undated": data["undated"], "event_types": data["event_types"],
            "documents": data["documents"], "max_nodes": MAX_MAP_NODES}


async def map_page(request: Request) -> Response:
    store = store_of(request)
    if store is not None and hasattr(store, "map_page_data"):  # the lists in SQL, no snapshot
        return page(request, "map.html", await run_in_threadpool(store_map_page, request, store))
    corpus = corpus_for(request)
    deg = corpus.degree()
    actors = sorted(corpus.actors.values(), key=lambda a: (-deg.get(a.id, 0), a.name.casefold()))
    # the list beside the map: the most connected first, at most MAP_LISTED (search reaches the rest)
    event_types = sorted({e.type for _, e in corpus.events})
    return page(request, "map.html", {"actors": actors[:MAP_LISTED], "n_actors": len(actors), "degree": deg,
                                      "dates": corpus.all_dates, "n_docs": len(corpus.documents),
                                      "undated": corpus.undated, "event_types": event_types,
                                      "documents": sorted(corpus.documents.values(),
                                                          key=lambda d: (d.date or "", d.id))[:MAP_LISTED],
                                      "max_nodes": MAX_MAP_NODES})


def more_url(request: Request, found: dict[str, Any]) -> str | None:
    """The link to the list's next page (the same filters, the page's ``next`` cursor)."""
    if not found.get("next"):
        return None
    url = request.url.remove_query_params("offset").include_query_params(cursor=found["next"])
    return f"{url.path}?{url.query}"


async def actors_page(request: Request) -> Response:
    """One page of actors (a store's in SQL); the next page on demand."""
    q = request.query_params
    if store_of(request) is not None:
        found = await run_in_threadpool(store_actors, request)
    else:
        corpus = corpus_for(request)
        deg = corpus.degree()
        found = page_of(q, filter_actors(corpus, q.get("q"), q.get("kind")), "actors")
        found["actors"] = [list_row(corpus.actor_dict(a, deg)) for a in found["actors"]]
    return page(request, "actors.html", {"actors": found["actors"], "total": found["total"],
                                         "more": more_url(request, found),
                                         "q": q.get("q") or "", "kind": q.get("kind") or ""})


async def actor_page(request: Request) -> Response:
    key = request.path_params["actor_id"]
    if store_of(request) is not None:  # that actor's rows only (SQL)
        profile = await run_in_threadpool(store_profile, request, key)
        if profile["id"] != key:
            return RedirectResponse(f"/actors/{profile['id']}", status_code=307)
        return page(request, "actor.html", {"p": profile, "nav": "actors"})
    corpus = corpus_for(request)
    actor = corpus.find(key)
    if actor.id != key:
        return RedirectResponse(f"/actors/{actor.id}", status_code=307)
    return page(request, "actor.html", {"p": corpus.profile(actor), "nav": "actors"})


async def documents_page(request: Request) -> Response:
    """One page of documents (a store's in SQL); the next page on demand."""
    if store_of(request) is not None:
        found = await run_in_threadpool(store_documents, request)
    else:
        found = page_of(request.query_params, documents_of(corpus_for(request)), "documents")
    return page(request, "documents.html", {"documents": found["documents"], "total": found["total"],
                                            "more": more_url(request, found)})


async def document_page(request: Request) -> Response:
    if store_of(request) is not None:  # that document's rows only (SQL)
        doc_id, doc, items = await run_in_threadpool(store_document, request)
    else:
        corpus = corpus_for(request)
        doc_id, doc = requested_document(request, corpus)
        items = document_items(corpus, doc_id)
    start = int_param(request.query_params.get("start"), "start")
    end = int_param(request.query_params.get("end"), "end")
    text = doc.get("text")
    parts = None
    if text is not None:
        if start is not None and end is not None and 0 <= start < end <= len(text):
            parts = (text[:start], text[start:end], text[end:])
        else:
            parts = (text, "", "")
    highlight = None
    if start is not None and end is not None:
        highlight = next((it["evidence"] for it in items if it["start"] == start and it["end"] == end), None)
    return page(request, "document.html", {"doc": doc, "parts": parts, "items": items, "start": start,
                                           "end": end, "highlight": highlight, "nav": "documents"})


async def timeline_page(request: Request) -> Response:
    result = timeline_of(request)
    return page(request, "timeline.html", {"t": result, "by": result.get("by", "month"),
                                           "actor": request.query_params.get("actor") or "",
                                           "other": request.query_params.get("with") or ""})


async def coalition_page(request: Request) -> Response:
    result, error, status = await coalition_off_loop(request)
    corpus = corpus_for(request)
    with_seats = {f.evidence.document for _, f in corpus.facts if f.key == "seats"}
    results_docs = sorted((d for d in corpus.documents.values() if d.id in with_seats),
                          key=lambda d: (d.date or "", d.id), reverse=True)
    q = request.query_params
    size = q.get("size") or (result or {}).get("source", {}).get("size") or ""
    return page(request, "coalition.html", {"c": result, "error": error, "results_docs": results_docs,
                                            "document": q.get("document") or "",
                                            "what_if": {k: q.get(k) or "" for k in ("without", "with", "drop_tie")},
                                            "respect": truthy(q.get("respect_opposition")),
                                            "others": q.get("others") or "independents", "size": size},
                status=status)


def run_search(request: Request) -> tuple[list[dict[str, Any]], str | None]:
    """The store's full-text index (``source.search``), as the CLI's ``kingmaker search``."""
    from kingmaker.errors import KingmakerError

    q = request.query_params
    search = getattr(request.app.state.source, "search", None)
    if not (q.get("q") or "").strip():
        return [], None
    if not callable(search):
        return [], "search needs a store: serve one with `kingmaker serve --db FILE`"
    try:
        return search(q["q"], since=q.get("since") or None, until=q.get("until") or None,
                      limit=max(1, min(int_param(q.get("limit"), "limit", 50) or 50, 1000))), None
    except KingmakerError as err:
        return [], str(err)


async def search_page(request: Request) -> Response:
    hits, error = run_search(request)
    q = request.query_params
    return page(request, "search.html", {"hits": hits, "error": error, "query": q.get("q") or "",
                                         "since": q.get("since") or "", "until": q.get("until") or ""})
