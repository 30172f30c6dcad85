"""The timeline and coalition analyses as the pages and the API call them (request -> arguments)."""
from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request

from kingmaker.knowledge.types import type_table
from kingmaker.web.corpus import Corpus, corpus_for
from kingmaker.web.params import int_param as _int
from kingmaker.web.params import truthy as _truthy

__all__ = ["timeline_of", "coalition_off_loop", "COALITION_MAX_PARTIES", "COALITION_MAX_QUERY", "COALITION_SECONDS"]


def timeline_of(request: Request) -> dict[str, Any]:
    """The timeline of the request's ``actor`` (and ``with``: one dyad), ``by``, ``min_events`` and
    ``as_of``, listing the ``evidence`` latest events per period (default ``EVIDENCE_SHOWN``; 0: all). Over a store only the events counted are read, in SQL
    (:func:`kingmaker.analysis.storegraph.store_timeline`); over an extraction, from its graph."""
    from kingmaker.analysis.timeline import (
        EVIDENCE_SHOWN,
        QUAD_CLASSES,
        QUAD_LABELS,
        cap_events,
        timeline,
    )
    from kingmaker.errors import KingmakerError
    from kingmaker.graph import build_graph
    from kingmaker.web.lists import store_of
    from kingmaker.web.params import cutoff_date

    q = request.query_params
    by = q.get("by") or "month"
    min_events = max(1, min(_int(q.get("min_events"), "min_events", 3), 10_000))
    shown = max(0, _int(q.get("evidence"), "evidence", EVIDENCE_SHOWN))  # events listed per period; 0: all
    who = q.get("actor") or None
    # one dyad: the events between two actors, either way
    dyad = (q["actor"], q["with"]) if q.get("actor") and q.get("with") else None
    store = store_of(request)
    try:
        if store is not None and hasattr(store, "actor_labels"):
            from kingmaker.analysis.storegraph import store_timeline

            cut = cutoff_date(q.get("as_of"))
            result = store_timeline(store, as_of=cut, by=by, actor=None if dyad else who, dyad=dyad,
                                    min_events=min_events, evidence=shown)
            result.pop("undated_documents")  # the same keys as over an extraction
        else:
            corpus = corpus_for(request)
            G = build_graph(corpus.extraction, as_of=corpus.as_of)
            result = timeline(G, by=by, actor=None if dyad else who, dyad=dyad, min_events=min_events)
    except KingmakerError as err:  # an unknown period or actor (TimelineError, ActorNotFound, StoreError)
        raise HTTPException(400, str(err)) from None
    cap_events(result, shown)
    colours = type_table().colours()
    result["classes"] = [{"key": c, "label": QUAD_LABELS[c], "colour": colours[c]} for c in QUAD_CLASSES]
    return result


# Bounds of a coalition request: the arithmetic itself is bounded (kingmaker.analysis.coalition
# limits); these keep one request from holding a worker or the event loop.
COALITION_MAX_PARTIES = 200
COALITION_MAX_QUERY = 16_384   # bytes of query string (or body) accepted
COALITION_SECONDS = 10.0       # time budget of one computation


async def coalition_off_loop(request: Request) -> tuple[dict[str, Any] | None, str | None, int]:
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
        merge = [[p.strip() for p in text.split("+") if p.strip()] for text in q.getlist("with") if text.strip()]
        result = coalition(G, seats=seats, quota=numbers["quota"], size=numbers["size"],
                           document=q.get("document") or None, others=others,
                           respect_opposition=_truthy(q.get("respect_opposition")), max_coalitions=200,
                           without=[p for p in q.getlist("without") if p.strip()], merge=merge,
                           drop_ties=[t for t in q.getlist("drop_tie") if t.strip()])
    except (CoalitionError, ActorNotFound) as err:
        return None, str(err), 400
    return result, None, 200

