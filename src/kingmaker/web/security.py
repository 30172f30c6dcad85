"""What the server refuses and the headers it always sends: Host checks (DNS rebinding), the strict
Content-Security-Policy, same-origin edits, and request input quoted only in part."""
from __future__ import annotations

import ipaddress
import logging
import re
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse

from kingmaker.errors import printable

__all__ = ["CSP", "LOOPBACK_HOSTS", "SecurityHeaders", "HostCheck", "normalise_host", "host_of", "shown",
           "same_origin", "MAX_ERROR_CHARS"]

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# Scripts only from this app (no inline script, no eval); plotly and vis-network set inline styles.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
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


class HostCheck:
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


def same_origin(request: Request) -> None:
    """Refuse cross-site writes: an ``Origin`` header must name this very host."""
    origin = request.headers.get("origin")
    if origin is None:  # not sent by browsers for same-origin fetches in some cases
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, "cross-origin edits are refused")

