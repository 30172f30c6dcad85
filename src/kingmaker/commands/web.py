"""``kingmaker serve``: the local web app for analysts (map, profiles, timeline, coalition).

Serves the store (``--db``) or an extraction JSON (``--input``); binds 127.0.0.1 unless told
otherwise, and is read-only unless ``--allow-edits``.
"""
from __future__ import annotations

import errno
import socket
from pathlib import Path

import click

from kingmaker.errors import KingmakerError, printable

DEFAULT_DB = "kingmaker.db"


def _source(db: str, input_path: str | None):
    if input_path is not None:
        from kingmaker.commands.analyze import _read_extraction_file
        from kingmaker.web.app import ExtractionSource

        return ExtractionSource(_read_extraction_file(input_path))
    try:
        from kingmaker.store import open_store
    except ImportError:
        raise click.ClickException(
            "the store is not available in this installation (kingmaker.store.open_store is "
            "missing); serve an extraction instead: kingmaker serve --input out.json") from None
    if db != ":memory:" and "://" not in db and not Path(db).exists():  # "://": a server
        raise click.ClickException(f"no store at {db}: run `kingmaker ingest PATH --db {db}` first, "
                                   "or serve an extraction with --input out.json")
    try:
        return open_store(db, create=False)  # a database without a store: no store
    except KingmakerError as err:
        raise click.ClickException(f"{db}: {err}") from None


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``, or one clear line saying why there is none.

    ``serve`` binds once to check, then lets uvicorn bind again: on Linux a port another
    process listens on cannot be bound, even with ``SO_REUSEADDR``.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise click.ClickException(f"cannot serve on {host}:{port}: unknown address ({err.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
        sock.set_inheritable(True)
    except OSError as err:
        sock.close()
        if err.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} on {host} is already in use; stop the other server "
                                       "or pick another with --port") from None
        raise click.ClickException(f"cannot serve on {host}:{port}: {err.strerror or err}") from None
    return sock


def register(cli: click.Group) -> None:
    @cli.command()
    @click.option("--db", default=DEFAULT_DB, envvar="KINGMAKER_DB", show_default=True,
                  help="The store to serve. Env: KINGMAKER_DB.")
    @click.option("--input", "input_path", type=click.Path(dir_okay=False, allow_dash=False),
                  help="Serve an extraction JSON (`kingmaker extract --format json`) instead of a "
                       "store; read-only, and document texts are not available.")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Address to bind. Anything but loopback exposes the corpus to the network.")
    @click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
    @click.option("--allow-edits", is_flag=True,
                  help="Enable curation in the UI and API (merge, alias, reject); off by default.")
    @click.option("--allowed-host", "allowed_host", multiple=True, metavar="NAME",
                  help="A name clients use to reach the server (repeatable). Requests whose Host header "
                       "names anything but these, the --host address and the loopback names are refused "
                       "(DNS rebinding).")
    def serve(db, input_path, host, port, allow_edits, allowed_host):
        """Open the local web app: the power map, actor profiles with evidence, timeline, coalitions.

        Example: `kingmaker serve --db kingmaker.db`, then open http://127.0.0.1:8765/.
        All scripts and styles are served by the app itself (it works offline).
        """
        import uvicorn

        from kingmaker.web.app import LOOPBACK_HOSTS, create_app, normalise_host

        for name in allowed_host:
            if not name.strip() or any(c in name for c in "*/@ \t"):
                raise click.ClickException(f"--allowed-host {name!r}: give a host name or address "
                                           "(no port, no wildcard)")
        if allow_edits and input_path is not None:
            raise click.ClickException("--allow-edits needs a store (--db); an extraction JSON "
                                       "cannot be curated")
        source = _source(db, input_path)
        loopback = normalise_host(host) in {normalise_host(h) for h in LOOPBACK_HOSTS}
        if not loopback:
            bar = "!" * 72
            click.secho(bar, fg="red", bold=True, err=True)
            click.secho(f"WARNING: binding {host}:{port} makes the corpus readable by anyone who can "
                        "reach this machine.\nThere is no login. Article texts and names are served "
                        "to every client.", fg="red", bold=True, err=True)
            if allow_edits:
                click.secho("--allow-edits is on: anyone on the network can merge, alias and reject.",
                            fg="red", bold=True, err=True)
            click.secho(bar, fg="red", bold=True, err=True)
        hosts = [*LOOPBACK_HOSTS, host, *allowed_host]
        if not loopback and not allowed_host:
            click.echo("kingmaker: only requests for the loopback names and the bound address are "
                       "served; add --allowed-host NAME for each name clients use", err=True)
        app = create_app(source, allow_edits=allow_edits, allowed_hosts=hosts)
        shown = f"[{host}]" if ":" in host else host
        what = input_path or db
        mode = "edits allowed" if allow_edits else "read-only"
        bind_socket(host, port).close()  # a busy port fails here, before "serving at"
        click.echo(f"kingmaker: serving {printable(what)} ({mode}) at http://{shown}:{port}/  (Ctrl-C to stop)",
                   err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
