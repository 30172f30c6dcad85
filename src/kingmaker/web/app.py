"""The analysts' web app: ``create_app(source)`` returns a Starlette application.

``source`` is the store (``kingmaker.store.open_store(path)``) or an :class:`ExtractionSource`
wrapping an extraction (``kingmaker serve --input out.json``). The app reads ``source.snapshot()``
(or ``source.to_extraction()``) and, for the document view, ``source.document(id)``. Curation calls
the store's own methods and is refused (403) unless the app was created with ``allow_edits=True``.

The modules, one concept each:

===============  ====================================================================================
``app``          ``create_app``: the routes, the vendored scripts (plotly.js, vis-network), errors
``security``     Host checks, the Content-Security-Policy and friends, same-origin edits
``params``       query-string parameters (dates, numbers, lists)
``corpus``       the source read into a :class:`~kingmaker.web.corpus.Corpus` cut at a date, cached
``mapview``      the map's view (filters, ego view, summary of big stores, communities, exports)
``explore``      how is A connected to B (networkx on the one graph)
``views``        the HTML pages
``api``          the JSON API (and the map's GraphML export)
``analyses``     timeline and coalition as the pages call them
``curation``     ``POST /api/curation/ACTION`` over the store's curation API
===============  ====================================================================================

Pages: ``/`` and ``/map`` (the power map), ``/actors``, ``/actors/{id}``, ``/documents``,
``/documents/{id}`` (``?start=&end=`` highlighted), ``/timeline``, ``/coalition``, ``/search``.

JSON API: ``/api/actors?q=&kind=&limit=``, ``/api/actors/{id}``, ``/api/graph`` (``types``,
``event_types``, ``kinds``, ``events=0|1``, ``isolated=0|1``, ``min_confidence``, ``document``,
``focus`` + ``depth`` (ego view), ``limit``), ``/api/graph.graphml`` (the same view as GraphML),
``/api/edge?kind=&type=&source=&target=`` (every item of a map edge),
``/api/path?from=A&to=B``, ``/api/relations``, ``/api/events?type=&actor=&with=&since=&until=``,
``/api/documents``, ``/api/documents/{id}``, ``/api/timeline``, ``/api/coalition``, ``/api/search``;
every one accepts ``as_of``. Errors are JSON ``{"error": message}`` (API) or an HTML page.
"""
from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from kingmaker.knowledge.types import type_table
from kingmaker.model import ACTOR_KINDS, RELATION_TYPES, Extraction
from kingmaker.web import api, views
from kingmaker.web.corpus import Cache, ExtractionSource
from kingmaker.web.curation import curation
from kingmaker.web.security import (
    CSP,
    LOOPBACK_HOSTS,
    MAX_ERROR_CHARS,
    HostCheck,
    SecurityHeaders,
    host_of,
    normalise_host,
)

__all__ = ["create_app", "ExtractionSource", "LOOPBACK_HOSTS", "CSP", "normalise_host", "host_of"]

HERE = Path(__file__).resolve().parent

# Scripts that come inside pinned Python packages, served by the app (never a CDN):
# (package, path inside it, media type, what to install when it is missing)
VENDOR = {
    "plotly.min.js": ("plotly", "package_data/plotly.min.js", "text/javascript", "plotly"),
    "vis-network.min.js": ("pyvis", "lib/vis-9.1.2/vis-network.min.js", "text/javascript", "pyvis==0.3.2"),
    "vis-network.min.css": ("pyvis", "lib/vis-9.1.2/vis-network.css", "text/css", "pyvis==0.3.2"),
}


def vendor_file(name: str) -> Path | None:
    """The file of a vendored script, or ``None`` when its package is not installed."""
    package, inside, _, _ = VENDOR[name]
    try:
        path = Path(str(resources.files(package) / inside))
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


async def vendor(request: Request) -> Response:
    name = request.path_params["name"]
    if name not in VENDOR:
        raise HTTPException(404, "no such vendored file")
    path = vendor_file(name)
    if path is None:
        raise HTTPException(404, f"{name} comes with the Python package {VENDOR[name][3]!r}, which is not "
                                 f"installed: pip install {VENDOR[name][3]}")
    return FileResponse(path, media_type=VENDOR[name][2], headers={"Cache-Control": "public, max-age=86400"})


async def types_css(request: Request) -> Response:
    # one colour per tie type and quad class, from the type table (knowledge/data/types.yaml)
    colours = type_table().colours()
    body = ":root {\n" + "".join(f"  --{k}: {v};\n" for k, v in colours.items()) + "}\n"
    return Response(body, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})


async def http_error(request: Request, exc: HTTPException) -> Response:
    # the message may quote request input: never more than MAX_ERROR_CHARS of it
    message = str(exc.detail)
    if len(message) > MAX_ERROR_CHARS:
        message = message[:MAX_ERROR_CHARS] + "…"
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=exc.status_code)
    return views.page(request, "error.html", {"status": exc.status_code, "message": message, "nav": "",
                                              "as_of": ""}, status=exc.status_code)


ROUTES = [
    Route("/", views.map_page),
    Route("/map", views.map_page),
    Route("/actors", views.actors_page),
    Route("/actors/{actor_id:path}", views.actor_page),
    Route("/documents", views.documents_page),
    Route("/documents/{doc_id:path}", views.document_page),
    Route("/timeline", views.timeline_page),
    Route("/coalition", views.coalition_page),
    Route("/search", views.search_page),
    Route("/api/actors", api.actors),
    Route("/api/actors/{actor_id:path}", api.actor),
    Route("/api/graph", api.graph),
    Route("/api/graph.graphml", api.graph_graphml),
    Route("/api/edge", api.edge),
    Route("/api/path", api.path),
    Route("/api/relations", api.relations),
    Route("/api/events", api.events),
    Route("/api/documents", api.documents),
    Route("/api/documents/{doc_id:path}", api.document),
    Route("/api/timeline", api.timeline),
    Route("/api/coalition", api.coalition),
    Route("/api/search", api.search),
    Route("/api/curation/{action}", curation, methods=["POST"]),
    Route("/static/vendor/{name}", vendor),
    Route("/static/types.css", types_css),
    Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
]


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
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(app_title=title, allow_edits=allow_edits, relation_types=RELATION_TYPES,
                       actor_kinds=ACTOR_KINDS)
    hosts = list(allowed_hosts) if allowed_hosts is not None else list(LOOPBACK_HOSTS)
    middleware = [  # outermost first: every response, errors included, gets the security headers
        Middleware(SecurityHeaders),
        Middleware(HostCheck, allowed_hosts=hosts),
        Middleware(GZipMiddleware, minimum_size=2048),
    ]
    app = Starlette(routes=ROUTES, middleware=middleware, exception_handlers={HTTPException: http_error})
    app.state.source = source
    app.state.allow_edits = allow_edits
    app.state.cache = Cache(source, refresh_seconds)
    app.state.templates = Jinja2Templates(env=env)
    return app
