"""Curation beyond merge/alias add/rename/split/reject: alias remove, kind, reject-actor, unmerge,
and the decision log (``kingmaker log``, ``kingmaker undo``).

Each command opens the store and makes one call of the curation API (``Store.remove_alias``,
``set_kind``, ``reject_actor``, ``unmerge``, ``decisions``, ``undo``), the same the web app uses.
"""
from __future__ import annotations

from typing import Any

import click

from kingmaker.commands import user_errors
from kingmaker.commands.store import _done, _emit, _open, _short, alias, db_option, format_option
from kingmaker.model import ACTOR_KINDS

__all__ = ["register"]


@alias.command("remove")
@click.argument("actor_name", metavar="ACTOR")
@click.argument("name")
@db_option
@user_errors
def alias_remove(actor_name, name, db):
    """NAME no longer means ACTOR; documents naming someone by it alone get an actor of their own."""
    with _open(db, write=True) as store:
        _done("alias removed", store.remove_alias(actor_name, name))


@click.command()
@click.argument("actor_name", metavar="ACTOR")
@click.argument("kind", type=click.Choice(ACTOR_KINDS))
@db_option
@user_errors
def kind(actor_name, kind, db):
    """Make ACTOR a person, organization or country (kept across ingests)."""
    with _open(db, write=True) as store:
        a = store.set_kind(actor_name, kind)
    click.echo(f"kind set: {a['id']} {a['name']} → {a['kind']}")


@click.command("reject-actor")
@click.argument("actor_name", metavar="ACTOR")
@click.option("--undo", is_flag=True, help="Take the rejection back (give the actor's name).")
@db_option
@user_errors
def reject_actor(actor_name, undo, db):
    """ACTOR is no actor (a misread name): hide it, its ties and facts, across later ingests."""
    with _open(db, write=True) as store:
        r = store.reject_actor(actor_name, undo=undo)
    click.echo(f"restored actor {r['name']}" if undo else f"rejected actor {r['id']} {r['name']}")


@click.command()
@click.argument("merged", metavar="NAME|STEP")
@db_option
@user_errors
def unmerge(merged, db):
    """Undo one earlier merge: NAME is the actor that was merged (or the step number from
    `kingmaker log`); it comes back with its own kind and names, later steps stay."""
    with _open(db, write=True) as store:
        _done("unmerged", store.unmerge(merged))


def describe(step: dict[str, Any]) -> str:
    """One line for a step of the decision log."""
    a = step.get("actor")
    what = {
        "merge": lambda: f"{step.get('merged')} → {step.get('into')}",
        "unmerge": lambda: f"{step.get('merged')} out of {a} (step {step.get('of_step')})",
        "alias": lambda: f"{step.get('alias')} → {a}",
        "alias-remove": lambda: f"{step.get('alias')} ✗ {a}",
        "rename": lambda: f"{a} → {step.get('name')}",
        "split": lambda: f"{step.get('alias')} out of {a}",
        "kind": lambda: f"{a}: {step.get('was')} → {step.get('kind')}",
        "reject-actor": lambda: f"{a}",
        "unreject-actor": lambda: f"{a}",
        "reject": lambda: f"{step.get('id')}",
        "unreject": lambda: f"{step.get('id')}",
        "import": lambda: f"{step.get('entries')} entries from {step.get('source')}",
    }.get(step["action"])
    return what() if what else ", ".join(f"{k}={v}" for k, v in step.items()
                                         if k not in ("step", "at", "action", "undone"))


@click.command("log")
@db_option
@format_option()
@user_errors
def log(db, fmt):
    """The decision log: every curation step, oldest first (undone steps are marked)."""
    with _open(db) as store:
        steps = store.decisions()
    rows = [{**s, "what": describe(s)} for s in steps]
    _emit(rows, fmt, ["step", "at", "action", "what", "undone"], f"Decisions ({len(rows)})",
          ["Step", "When", "Action", "What", "Undone"],
          lambda s: [s["step"], s["at"][:16].replace("T", " "), s["action"], _short(s["what"], 70),
                     "undone" if s["undone"] else ""],
          "No decision yet: merge, alias, rename, split, kind, reject... are logged here.")


@click.command()
@db_option
@user_errors
def undo(db):
    """Take back the latest curation step (see `kingmaker log`); run again to go further back."""
    with _open(db, write=True) as store:
        step = store.undo()
    click.echo(f"undone: step {step['step']} {step['action']} {describe(step)}")


COMMANDS = [kind, reject_actor, unmerge, log, undo]


def register(cli: click.Group) -> None:
    """Add the curation commands (``alias remove`` joins the ``alias`` group on import)."""
    for command in COMMANDS:
        cli.add_command(command)
