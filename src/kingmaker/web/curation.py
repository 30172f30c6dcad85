"""``POST /api/curation/ACTION``: the store's curation API (the CLI's own methods, logged and undoable).

Refused (403) unless the app was created with ``allow_edits=True``; JSON bodies only, same origin only.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from kingmaker.errors import KingmakerError
from kingmaker.web.security import same_origin, shown

__all__ = ["CURATION_CALLS", "curation"]


def _need(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise HTTPException(400, f"missing {key!r} (a non-empty string)")
    return value.strip()


def _merge(method: Callable, body: dict[str, Any]) -> Any:
    if body.get("force") is True:  # actors of different kinds
        return method(_need(body, "keep"), _need(body, "merge"), force=True)
    return method(_need(body, "keep"), _need(body, "merge"))


# ACTION: the store methods it calls (the same as the CLI's) and how, from the JSON body
CURATION_CALLS: dict[str, tuple[tuple[str, ...], Callable[[Callable, dict[str, Any]], Any]]] = {
    "merge": (("merge", "merge_actors"), _merge),
    "alias": (("add_alias", "alias_add", "alias"), lambda m, b: m(_need(b, "actor"), _need(b, "alias"))),
    "reject": (("reject", "reject_item"), lambda m, b: m(_need(b, "id"))),
    "alias-remove": (("remove_alias",), lambda m, b: m(_need(b, "actor"), _need(b, "alias"))),
    "rename": (("rename",), lambda m, b: m(_need(b, "actor"), _need(b, "name"))),
    "split": (("split",), lambda m, b: m(_need(b, "actor"), _need(b, "alias"))),
    "kind": (("set_kind",), lambda m, b: m(_need(b, "actor"), _need(b, "kind"))),
    "reject-actor": (("reject_actor",), lambda m, b: m(_need(b, "actor"), undo=b.get("undo") is True)),
    "unmerge": (("unmerge",), lambda m, b: m(_need(b, "merged"))),
    "undo": (("undo",), lambda m, b: m()),
}


async def curation(request: Request) -> Response:
    action = request.path_params["action"]
    if action not in CURATION_CALLS:
        raise HTTPException(404, f"no curation action {shown(action)}")
    if not request.app.state.allow_edits:
        raise HTTPException(403, "edits are disabled: restart with `kingmaker serve --allow-edits`")
    same_origin(request)
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise HTTPException(415, "send a JSON body (Content-Type: application/json)")
    try:
        body = json.loads(await request.body())
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise HTTPException(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, "the body must be a JSON object")
    names, call = CURATION_CALLS[action]
    source = request.app.state.source
    method = next((getattr(source, n) for n in names if callable(getattr(source, n, None))), None)
    if method is None:
        raise HTTPException(501, f"this source cannot {action} (serve a store with --db to curate)")
    try:
        result = call(method, body)
    except KingmakerError as err:
        raise HTTPException(400, str(err)) from None
    request.app.state.cache.invalidate()
    return JSONResponse({"ok": True, "action": action,
                         "result": result if isinstance(result, (str, int, dict, list)) else None})
