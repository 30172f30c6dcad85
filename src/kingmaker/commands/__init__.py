"""Command modules of the ``kingmaker`` CLI; each exposes ``register(cli)``. Shared helpers live here."""
from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import click

from kingmaker.errors import KingmakerError

__all__ = ["echo_json", "json_chunks", "user_errors", "time_limit_option"]


def time_limit_option(f):
    """``--time-limit`` of extract and ingest (one pathological document never hangs a batch)."""
    from kingmaker.api import DEFAULT_TIME_LIMIT

    return click.option("--time-limit", type=click.FloatRange(min=0), envvar="KINGMAKER_TIME_LIMIT",
                        default=DEFAULT_TIME_LIMIT, show_default=True,
                        help="Seconds a document may take per 100,000 characters (at least this much); "
                             "a slower one is reported and skipped. 0: no limit. Env: KINGMAKER_TIME_LIMIT.")(f)


def lexicon_option(f):
    """``--lexicon FILE`` of extract and ingest: user cue and trigger words over the built-in ones."""

    def use(ctx, param, value):
        if value:
            from kingmaker.errors import KingmakerError
            from kingmaker.knowledge.lexicons import set_lexicons

            try:
                set_lexicons(value)
            except KingmakerError as err:
                raise click.BadParameter(str(err), ctx=ctx, param=param) from None
        return value

    return click.option("--lexicon", "lexicons", multiple=True, expose_value=False, callback=use,
                        type=click.Path(exists=True, dir_okay=False), metavar="FILE",
                        help="Your own cue and trigger words (YAML: relations, roles, facts, plover... "
                             "sections) merged over the built-in ones; repeatable. Env: KINGMAKER_LEXICON "
                             "(paths joined by ':').")(f)


def user_errors(f):
    """Library errors (unknown actor, bad seats, busy store...) become one-line messages, exit code 1."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except KingmakerError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


def engine_options(f):
    """``--engine local|dask`` and ``--scheduler ADDRESS`` (shared by extract and ingest)."""
    f = click.option("--scheduler", metavar="ADDRESS", envvar="KINGMAKER_SCHEDULER", default=None,
                     help="Dask scheduler to extract on (tcp://host:8786; implies --engine dask). Without it "
                          "--engine dask starts a local cluster of --workers processes. Env: KINGMAKER_SCHEDULER.")(f)
    return click.option("--engine", type=click.Choice(["local", "dask"]), default=None,
                        help="local: this machine (--workers processes); dask: a Dask cluster, needs "
                             "kingmaker[dask]. [default: local, dask with --scheduler]")(f)


def resolve_engine(engine: str | None, scheduler: str | None) -> str:
    """The engine to use: as given (``--engine local`` wins over KINGMAKER_SCHEDULER), else dask when a
    scheduler is named, else local."""
    return engine or ("dask" if scheduler else "local")


def json_chunks(data: Any, depth: int = 0) -> Iterator[str]:
    """``data`` as JSON, written as it goes: a list (or a list in a dict) one item a line, each
    item by the C encoder (``json.dumps`` with ``indent`` runs the Python one: seconds for a big
    profile); what is not a list or a dict on one line."""
    pad = " " * (depth + 1)
    if isinstance(data, dict) and data and depth == 0:
        yield "{\n"
        for i, (k, v) in enumerate(data.items()):
            yield f"{',' if i else ''}\n{pad}" if i else pad
            yield json.dumps(str(k), ensure_ascii=False) + ": "
            yield from json_chunks(v, depth + 1)
        yield "\n}"
    elif isinstance(data, (list, tuple)) and data:
        yield "[\n"
        for i, item in enumerate(data):
            yield (",\n" if i else "") + pad + json.dumps(item, ensure_ascii=False, default=str)
        yield "\n" + " " * depth + "]"
    else:
        yield json.dumps(data, ensure_ascii=False, default=str)


def echo_json(data: Any) -> None:
    """Print ``data`` as JSON (streamed; see ``json_chunks``); what is not JSON (a date) as its text."""
    for chunk in json_chunks(data):
        click.echo(chunk, nl=False)
    click.echo()
