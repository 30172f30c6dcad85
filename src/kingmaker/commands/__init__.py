"""Command modules of the ``kingmaker`` CLI; each exposes ``register(cli)``. Shared helpers live here."""
from __future__ import annotations

import functools

import click

from kingmaker.errors import KingmakerError

__all__ = ["user_errors"]


def user_errors(f):
    """Library errors (unknown actor, bad seats, busy store...) become one-line messages, exit code 1."""

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except KingmakerError as err:
            raise click.ClickException(str(err)) from None

    return wrapper
