"""Command modules of the ``kingmaker`` CLI; each exposes ``register(cli)``. Shared helpers live here."""
from __future__ import annotations

import functools

import click

from kingmaker.errors import KingmakerError

__all__ = ["user_errors", "time_limit_option"]


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
