"""Store commands about documents and facts: ``kingmaker document ID``, ``kingmaker facts``.

Like the other store commands, each opens the store at ``--db``, makes one call on it and
prints a table, or ``--format json`` (``csv`` for lists).
"""
from __future__ import annotations

from typing import Any

import click

from kingmaker.commands import user_errors
from kingmaker.commands.store import (_console, _emit, _esc, _more_note, _open, db_option, fetch_page,
                                      format_option, list_title, page_options)
from kingmaker.model import FACT_KEYS

__all__ = ["register"]

FACT_FIELDS = ["id", "actor", "actor_name", "key", "value", "document", "date", "confidence", "start", "end",
               "evidence"]


@click.command()
@click.argument("doc_id", metavar="ID")
@click.option("--date", "date", metavar="DATE",
              help="Set the document's date (YYYY-MM-DD; 'none' removes it). It wins over the date the "
                   "readers find, in later ingests too.")
@db_option
@format_option(("table", "json"))
@user_errors
def document(doc_id, date, db, fmt):
    """Show one stored document (title, date, path, what was extracted), or set its date.

    Events without a date of their own take the document's date, so `--as-of` and the
    timelines follow a date set here. Run `kingmaker ingest --force` on the file to resolve
    relative event dates ("on Sunday") against it too.
    """
    from kingmaker.ingest.dates import normalise_date

    if date is not None:
        clear = date.strip().lower() in ("", "none")
        iso = None if clear else normalise_date(date)
        if iso is None and not clear:
            raise click.BadParameter(f"{date!r} is not a date (use YYYY-MM-DD)", param_hint="--date")
        with _open(db, write=True) as store:
            row = store.set_document_date(doc_id, iso)
        click.echo(f"{row['id']}: date {'removed' if clear else 'set to ' + iso}", err=True)
    else:
        with _open(db) as store:
            store.document(doc_id)  # an unknown id fails here, naming close ids
            row = next(d for d in store.documents() if d["id"] == doc_id)
    if fmt == "json":
        from kingmaker.commands.store import _echo_json

        _echo_json(row)
        return
    _print_document(row)


def _print_document(d: dict[str, Any]) -> None:
    con = _console()
    con.print(f"[bold]{_esc(d['title'] or d['id'])}[/] ({_esc(d['id'])})")
    for label, value in (("date", d["date"] or "undated"), ("path", d["path"]), ("url", d["url"]),
                         ("characters", d["chars"]), ("ingested", d["ingested_at"])):
        if value is not None:
            con.print(f"  {label:<11}{_esc(value)}")
    con.print(f"  {d['actors']} actors · {d['relations']} ties · {d['events']} events · {d['facts']} facts")


@click.command()
@db_option
@click.option("--actor", metavar="ACTOR", help="Only facts about this actor (name, alias or id).")
@click.option("--key", type=click.Choice(FACT_KEYS), help="Only facts of this key.")
@page_options
@format_option()
@user_errors
def facts(db, actor, key, limit, offset, fmt):
    """List numeric facts (seats won, troops) with actor, value, document and evidence."""
    from kingmaker.commands.store import evidence_snippet

    with _open(db) as store:
        rows, total = fetch_page(store, "facts", limit, offset, key=key, actor=actor)
    _emit(rows, fmt, FACT_FIELDS, list_title("Facts", total, offset, len(rows)), ["ID", "Actor", "Key", "Value", "Document", "Evidence"],
          lambda f: [f["id"], f["actor_name"] or f["actor"], f["key"], f["value"], f["document"],
                     evidence_snippet(f["evidence"], f"{f['value']:,}", f["value"], f["actor_name"])],
          "No fact matches.", _more_note(total, limit, offset, len(rows)))


def register(cli: click.Group) -> None:
    """Add ``document`` and ``facts`` to the main command group."""
    cli.add_command(document)
    cli.add_command(facts)
