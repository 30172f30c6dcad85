"""The analyst's store on the command line: ingest, query, curate, export.

Every command opens the store at ``--db`` (env ``KINGMAKER_DB``, default ``kingmaker.db``),
makes one call on it (``kingmaker.store``) and prints the answer: a rich table by default,
``--format json`` (a list for actors, relations, events, documents) or ``--format csv``.
"""
from __future__ import annotations

import csv
import itertools
import sys
import time
from pathlib import Path
from typing import Any

import click

from kingmaker.commands import echo_json as _echo_json  # noqa: F401 - the commands' one JSON writer
from kingmaker.commands import engine_options, lexicon_option, resolve_engine, time_limit_option, user_errors
from kingmaker.errors import printable
from kingmaker.model import ACTOR_KINDS, EVENT_TYPES, FACT_KEYS, RELATION_TYPES
from kingmaker.store.base import PROFILE_DOCUMENTS

DEFAULT_DB = "kingmaker.db"

__all__ = ["register"]


# ----------------------------------------------------------------------------- shared pieces


def db_option(f):
    return click.option("--db", default=DEFAULT_DB, envvar="KINGMAKER_DB", show_default=True,
                        metavar="PATH|URL",
                        help="The store: an SQLite file, or a postgresql://user@host:port/dbname URL. "
                             "Env: KINGMAKER_DB.")(f)


def format_option(choices=("table", "json", "csv")):
    def decorate(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default="table", show_default=True,
                            help="table: readable; json: a list of objects; csv: one row per item.")(f)
    return decorate


DEFAULT_LIMIT = 100


def page_options(f):
    """``--limit``/``--offset`` for a list command (the store pages in SQL)."""
    f = click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
                     help="Skip this many rows first (the next page).")(f)
    return click.option("--limit", type=click.IntRange(0), default=DEFAULT_LIMIT, show_default=True,
                        help="Show at most this many rows (0: all).")(f)


# Lists whose total is one cheap count (a table of actors or documents); the item lists are not
# counted when rows are left out (a count is a pass over every matching item: it grows with the store)
COUNTED_LISTS = ("actors", "documents")


def fetch_page(store, what: str, limit: int, offset: int, **filters: Any) -> tuple[list[dict[str, Any]], int | None]:
    """One page of ``store.<what>(**filters)`` and the total number of rows: ``None`` when rows are
    left out after the page and the list is not one of ``COUNTED_LISTS`` (one row more is read to
    know)."""
    rows = getattr(store, what)(**filters, limit=limit + 1 if limit else None, offset=offset)
    if limit and len(rows) > limit:
        rows = rows[:limit]
        total = store.count(what, **filters) if what in COUNTED_LISTS else None
    else:
        total = offset + len(rows) if rows or not offset else store.count(what, **filters)
    return rows, total


def _more_note(total: int | None, limit: int, offset: int, shown: int) -> str | None:
    """The stderr line on the rows a page left out (``total`` ``None``: some, not counted)."""
    if total is None:
        return f"… more: --offset {offset + shown} for the next page, --limit 0 for all"
    more = total - offset - shown
    if more <= 0:
        return None
    return (f"… {more} more (of {total}): --offset {offset + shown} for the next page, --limit 0 for all")


def list_title(label: str, total: int | None, offset: int, shown: int) -> str:
    """A table's title: ``Ties (24)``, or ``Ties (1–100, more follow)`` when the total is not counted."""
    if total is not None:
        return f"{label} ({total})"
    return f"{label} ({offset + 1}–{offset + shown}, more follow)"


def _open(db: str, *, write: bool = False, create: bool = False):
    from kingmaker.store import open_store

    return open_store(db, readonly=not write, create=create)


def _console():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _esc(value: Any) -> str:
    from rich.markup import escape

    return escape("" if value is None else str(value))


def _short(text: str | None, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def evidence_snippet(text: str | None, *focus: object, width: int = 80) -> str:
    """An evidence sentence for a table cell, centred on ``focus`` (trigger, names, value)."""
    from kingmaker.export.summary import snippet

    return snippet(text, focus, width)


def _echo_csv(rows: list[dict[str, Any]], fields: list[str]) -> None:
    from kingmaker.export.csv import cell

    writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell(row.get(k)) for k in fields})


def _table(title: str, columns: list[str], rows: list[list[Any]], caption: str | None = None) -> None:
    from rich.table import Table

    table = Table(title=title, caption=caption)
    for col in columns:
        table.add_column(col, overflow="fold", no_wrap=col in ("ID", "Date", "Docs", "Ties", "Events"))
    for row in rows:
        table.add_row(*(_esc(v) for v in row))
    _console().print(table)


def _emit(rows: list[dict[str, Any]], fmt: str, fields: list[str], title: str, columns: list[str],
          table_rows, empty: str, more: str | None = None) -> None:
    """Print ``rows``; ``more`` (rows left out by ``--limit``) goes to stderr after them, so that
    JSON and CSV stay whole documents."""
    _print_rows(rows, fmt, fields, title, columns, table_rows, empty)
    if more:
        click.echo(more, err=True)


def _print_rows(rows, fmt, fields, title, columns, table_rows, empty) -> None:
    if fmt == "json":
        _echo_json(rows)
    elif fmt == "csv":
        _echo_csv(rows, fields)
    elif not rows:
        click.echo(empty)
    else:
        _table(title, columns, [table_rows(r) for r in rows])


def _who(name: str | None) -> str:
    return name or "?"


# ----------------------------------------------------------------------------- ingest


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes for the spaCy pipeline.")
@click.option("--force", is_flag=True, help="Re-extract unchanged documents too (after a model upgrade).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--model", envvar="KINGMAKER_MODEL", default=None,
              help="spaCy pipeline to load. Env: KINGMAKER_MODEL.")
@click.option("--max-bytes", type=int, envvar="KINGMAKER_MAX_BYTES", default=None,
              help="Skip (and report) files larger than this.")
@click.option("--dictionary", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              envvar="KINGMAKER_DICTIONARY",
              help="User actor dictionary (YAML: name, kind, aliases), imported into the store first "
                   "(as `kingmaker dictionary import`). Env: KINGMAKER_DICTIONARY.")
@click.option("--dates", "dates_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              metavar="FILE.csv", help="Document dates (CSV with id,date columns); they win over the dates "
                                        "found in the documents, in later ingests too.")
@time_limit_option
@engine_options
@lexicon_option
@user_errors
def ingest(paths, db, workers, force, progress, model, max_bytes, dictionary, dates_file, time_limit,
           engine, scheduler):
    """Extract PATHS (files or directories) and add them to the store.

    Each document is stored in its own transaction: a document seen before with the same
    content is skipped, a changed one replaces its old items, and a run that was interrupted
    can simply be started again. Actors are resolved across the whole store, and your merges,
    aliases, renames, splits and rejections are applied again afterwards.
    """
    from kingmaker import api
    from kingmaker.cli import Problems
    from kingmaker.store.ingest import ingest as run_ingest

    from kingmaker.ingest.dates import read_document_dates

    problems = Problems()
    dates = read_document_dates(dates_file) if dates_file else None
    engine = resolve_engine(engine, scheduler)
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    read = {"n": 0}

    def counted(stream):
        for doc in stream:
            read["n"] += 1
            yield doc

    # a stream: each file is read when its turn comes (read -> extract -> store), so memory does not
    # grow with the batch; a file that cannot be read is reported and the batch goes on
    docs = counted(api.read_documents(paths, on_error=problems.input_error, on_warning=problems.input_warning,
                                      **kwargs))
    store = _open(db, write=True, create=True)
    if dictionary:
        click.echo(f"{store.import_dictionary(dictionary)} dictionary entries imported from {dictionary}", err=True)
    show = progress if progress is not None else sys.stderr.isatty()
    bar = None
    state: dict[str, Any] = {}

    def extract(todo):
        todo = iter(todo)
        first = next(todo, None)  # nothing new or changed: the pipeline is not even loaded
        if first is None:
            return iter(())
        nlp = api.load_nlp(model) if engine == "local" else None  # dask: loaded on the workers
        return api.iter_doc_extractions(itertools.chain([first], todo), nlp, workers=workers,
                                        on_error=problems.doc_error, time_limit=time_limit, engine=engine,
                                        scheduler=scheduler, model=model)

    def on_start(n: int | None) -> None:  # None: a stream, its length known at the end
        nonlocal bar
        if show and n != 0:
            from rich.console import Console
            from rich.progress import Progress

            from kingmaker.export.summary import progress_columns

            bar = Progress(*progress_columns(), console=Console(stderr=True), transient=True)
            bar.start()
            state["task"] = bar.add_task("ingesting", total=n)

    def on_document(doc_id: str, status: str) -> None:
        if bar is not None:
            bar.advance(state["task"])

    started = time.monotonic()
    try:
        summary = run_ingest(store, docs, extract, force=force, on_start=on_start, on_document=on_document,
                             dates=dates, on_notice=problems.notice)
    finally:
        if bar is not None:
            bar.stop()
    stats = store.stats()
    store.close()
    took = time.monotonic() - started
    parts = [f"{summary.new} new", f"{summary.changed} changed", f"{summary.unchanged} unchanged"]
    if summary.reextracted:
        parts.append(f"{summary.reextracted} re-extracted")
    parts.append(f"{summary.failed} failed")
    click.echo(f"{printable(db)}: {', '.join(parts)} ({took:.1f} s)")
    click.echo(f"store: {stats['documents']} documents · {stats['actors']} actors · {stats['relations']} ties · "
               f"{stats['events']} events · {stats['facts']} facts")
    if not read["n"] and not problems.count:
        return
    if not read["n"]:
        click.secho("kingmaker: no document could be read", fg="red", err=True)
        sys.exit(2)
    if problems.count:
        click.secho(f"kingmaker: {problems.count} problem(s)", fg="yellow", err=True)
        sys.exit(1)


# ----------------------------------------------------------------------------- queries

ACTOR_FIELDS = ["id", "name", "kind", "subkind", "aliases", "documents", "n_documents", "mentions", "relations",
                "events", "curated"]
DEFAULT_DOCUMENTS = 20  # document ids listed per actor in `actors` (the latest; n_documents counts them all)
RELATION_FIELDS = ["id", "source", "source_name", "type", "target", "target_name", "document", "date", "confidence",
                   "start", "end", "evidence"]
EVENT_FIELDS = ["id", "date", "source", "source_name", "type", "negated", "target", "target_name", "document",
                "event_date", "trigger", "confidence", "start", "end", "evidence"]
DOCUMENT_FIELDS = ["id", "date", "title", "path", "url", "chars", "actors", "relations", "events", "facts", "hash",
                   "ingested_at"]


@click.command()
@db_option
@click.option("--kind", type=click.Choice(ACTOR_KINDS), help="Only actors of this kind.")
@click.option("--search", metavar="TEXT", help="Only actors with TEXT in their name or an alias.")
@click.option("--documents", "n_docs", type=click.IntRange(0), default=DEFAULT_DOCUMENTS, show_default=True,
              metavar="N", help="List at most N document ids per actor, the latest (n_documents counts them all).")
@page_options
@format_option()
@user_errors
def actors(db, kind, search, n_docs, limit, offset, fmt):
    """List actors: id, name, kind, aliases and how often they appear."""
    with _open(db) as store:
        rows, total = fetch_page(store, "actors", limit, offset, kind=kind, search=search, documents=n_docs)
    _emit(rows, fmt, ACTOR_FIELDS, f"Actors ({total})",
          ["ID", "Name", "Kind", "Subkind", "Aliases", "Docs", "Ties", "Events"],
          lambda a: [a["id"], a["name"] + (" ✎" if a["curated"] else ""), a["kind"], a["subkind"] or "",
                     _short(", ".join(a["aliases"]), 60), a["n_documents"], a["relations"], a["events"]],
          "No actor matches." if (kind or search) else "The store has no actors yet: run `kingmaker ingest PATH`.",
          _more_note(total, limit, offset, len(rows)))


@click.command()
@click.argument("name")
@db_option
@click.option("--limit", type=click.IntRange(0), default=PROFILE_DOCUMENTS, show_default=True,
              help="Show the latest N documents that name the actor and their ties, events and facts "
                   "(0: all); the totals say how many there are in all.")
@format_option(("table", "json"))
@user_errors
def actor(name, db, limit, fmt):
    """Profile of one actor (NAME, alias or id): ties in and out, events by date, facts, documents.

    Every item is shown with its evidence sentence and document. A profile shows the latest
    --limit documents naming the actor and their items, with the totals.
    """
    with _open(db) as store:
        p = store.actor(name, limit=limit or None)
    totals = p.get("totals")
    note = None
    if totals and totals["documents"] > len(p["documents"]):
        note = (f"… the latest {len(p['documents'])} of {totals['documents']} documents and their items "
                f"({totals['ties']} ties, {totals['events']} events, {totals['facts']} facts in all): "
                "--limit 0 for all")
    if fmt == "json":
        _echo_json(p)
        if note:
            click.echo(note, err=True)
        return
    con = _console()
    title = f"[bold]{_esc(p['name'])}[/] ({p['id']}, {p['kind']}" + (f", {_esc(p['subkind'])}" if p["subkind"] else "")
    con.print(title + ")" + (" [dim]✎ curated[/]" if p["curated"] else ""))
    if p["aliases"]:
        con.print(f"Also: {_esc(', '.join(p['aliases']))}")

    def evid(item: dict[str, Any]) -> str:
        focus = (item.get("trigger"), item.get("value"), item.get("source_name"), item.get("target_name"))
        text = evidence_snippet(item["evidence"], *focus, width=110)
        return f"    [dim]“{_esc(text)}” ({_esc(item['document'])})[/]"

    for label, key, other in (("Ties out", "ties_out", "target_name"), ("Ties in", "ties_in", "source_name")):
        if p[key]:
            con.print(f"\n[bold]{label}[/]")
            for r in p[key]:
                arrow = f"{r['type']} → {_esc(r['target_name'])}" if key == "ties_out" else \
                    f"{_esc(r['source_name'])} → {r['type']}"
                con.print(f"  {arrow}  [dim]{r['id']}[/]")
                con.print(evid(r))
    if p["events"]:
        con.print("\n[bold]Events[/]")
        for e in p["events"]:
            what = ("not " if e["negated"] else "") + e["type"]
            con.print(f"  {e['date'] or 'undated'}  {_esc(_who(e['source_name']))} {what} "
                      f"{_esc(_who(e['target_name']))}  [dim]{e['id']}[/]")
            con.print(evid(e))
    if p["facts"]:
        con.print("\n[bold]Facts[/]")
        for f in p["facts"]:
            con.print(f"  {f['key']}: {f['value']}  [dim]{f['id']}[/]")
            con.print(evid(f))
    con.print("\n[bold]Documents[/]")
    for d in p["documents"]:
        con.print(f"  {_esc(d['id'])}  {d['date'] or ''}  {_esc(d['title'] or d['path'] or '')}")
    if note:
        click.echo(note, err=True)


@click.command()
@db_option
@click.option("--type", "type_", type=click.Choice(RELATION_TYPES), help="Only ties of this type.")
@click.option("--actor", metavar="ACTOR", help="Only ties of this actor (name, alias or id).")
@page_options
@format_option()
@user_errors
def relations(db, type_, actor, limit, offset, fmt):
    """List lasting ties (leader_of, member_of, part_of, backs, allied_with, opposes) with evidence."""
    with _open(db) as store:
        rows, total = fetch_page(store, "relations", limit, offset, type=type_, actor=actor)
    _emit(rows, fmt, RELATION_FIELDS, list_title("Ties", total, offset, len(rows)), ["ID", "Source", "Type", "Target", "Document", "Evidence"],
          lambda r: [r["id"], r["source_name"], r["type"], r["target_name"], r["document"],
                     evidence_snippet(r["evidence"], r["source_name"], r["target_name"])],
          "No tie matches.", _more_note(total, limit, offset, len(rows)))


@click.command()
@db_option
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False), help="Only this PLOVER type.")
@click.option("--actor", metavar="ACTOR", help="Only events with this actor as source or target.")
@click.option("--since", metavar="DATE", help="Only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE (YYYY-MM: to the end of that month).")
@page_options
@format_option()
@user_errors
def events(db, type_, actor, since, until, limit, offset, fmt):
    """List PLOVER events by document order, with date (the event's, else its document's) and evidence."""
    with _open(db) as store:
        rows, total = fetch_page(store, "events", limit, offset, type=type_.upper() if type_ else None,
                                 actor=actor, since=since, until=until)
    _emit(rows, fmt, EVENT_FIELDS, list_title("Events", total, offset, len(rows)),
          ["ID", "Date", "Source", "Type", "Target", "Document", "Evidence"],
          lambda e: [e["id"], e["date"] or "", _who(e["source_name"]), ("not " if e["negated"] else "") + e["type"],
                     _who(e["target_name"]), e["document"],
                     evidence_snippet(e["evidence"], e["trigger"], e["source_name"], e["target_name"], width=70)],
          "No event matches.", _more_note(total, limit, offset, len(rows)))


@click.command()
@db_option
@page_options
@format_option()
@user_errors
def documents(db, limit, offset, fmt):
    """List stored documents with what was extracted from each."""
    with _open(db) as store:
        rows, total = fetch_page(store, "documents", limit, offset)
    _emit(rows, fmt, DOCUMENT_FIELDS, f"Documents ({total})",
          ["ID", "Date", "Title", "Actors", "Ties", "Events", "Facts"],
          lambda d: [d["id"], d["date"] or "", _short(d["title"] or d["path"] or "", 50), d["actors"], d["relations"],
                     d["events"], d["facts"]],
          "The store has no documents yet: run `kingmaker ingest PATH`.", _more_note(total, limit, offset, len(rows)))


# ----------------------------------------------------------------------------- curation


def _done(message: str, a: dict[str, Any]) -> None:
    aliases = f" (also: {', '.join(a['aliases'])})" if a["aliases"] else ""
    click.echo(f"{message}: {a['id']} {a['name']}{aliases}")


@click.command()
@click.argument("actor_a", metavar="A")
@click.argument("actor_b", metavar="B")
@click.option("--force", is_flag=True, help="Merge actors of different kinds (A's kind wins).")
@db_option
@user_errors
def merge(actor_a, actor_b, force, db):
    """Make B part of A (A's name and kind win); lasts across later ingests."""
    with _open(db, write=True) as store:
        _done("merged", store.merge(actor_a, actor_b, force=force))


@click.group()
def alias():
    """Add names to actors (kept across ingests)."""


@alias.command("add")
@click.argument("actor_name", metavar="ACTOR")
@click.argument("name")
@db_option
@user_errors
def alias_add(actor_name, name, db):
    """NAME also means ACTOR from now on (in every document, present and future)."""
    with _open(db, write=True) as store:
        _done("alias added", store.add_alias(actor_name, name))


@click.command()
@click.argument("actor_name", metavar="ACTOR")
@click.argument("new_name", metavar="NEW")
@db_option
@user_errors
def rename(actor_name, new_name, db):
    """Give ACTOR the canonical name NEW (the old name stays an alias)."""
    with _open(db, write=True) as store:
        _done("renamed", store.rename(actor_name, new_name))


@click.command()
@click.argument("actor_name", metavar="ACTOR")
@click.argument("alias_name", metavar="ALIAS")
@db_option
@user_errors
def split(actor_name, alias_name, db):
    """Detach ALIAS from ACTOR into an actor of its own (documents naming it alone follow)."""
    with _open(db, write=True) as store:
        _done("split off", store.split(actor_name, alias_name))


@click.command()
@click.argument("ids", nargs=-1, metavar="ID...")
@click.option("--undo", is_flag=True, help="Take the rejection back.")
@click.option("--list", "list_", is_flag=True, help="List rejected ids.")
@db_option
@user_errors
def reject(ids, undo, list_, db):
    """Hide wrong relations, events or facts by id (see `kingmaker relations`); lasts across ingests."""
    if list_:
        with _open(db) as store:
            for item in store.rejected():
                click.echo(item)
        return
    if not ids:
        raise click.UsageError("give the id of a relation, event or fact (or --list)")
    with _open(db, write=True) as store:
        for item in ids:
            r = store.reject(item, undo=undo)
            click.echo(f"{'restored' if undo else 'rejected'} {r['kind']} {r['id']}")


@click.group()
def dictionary():
    """Your actor decisions as a user dictionary file (YAML: name, kind, subkind, aliases)."""


@dictionary.command("export")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True, path_type=str),
              help="File to write (default: stdout).")
@db_option
@user_errors
def dictionary_export(output, db):
    """Write merges, aliases, renames and splits as a dictionary usable by `extract --dictionary`."""
    import yaml

    with _open(db) as store:
        entries = store.user_dictionary()
    clean = [{k: v for k, v in e.items() if not (k == "subkind" and v is None)} for e in entries]
    text = "# kingmaker user dictionary: every name of an entry is one actor called `name`\n" + \
        (yaml.safe_dump(clean, allow_unicode=True, sort_keys=False) if clean else "[]\n")
    if output == "-":
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise click.ClickException(f"{output}: cannot write ({err.strerror or err})") from None
    click.echo(f"{len(entries)} entries written to {output}", err=True)


@dictionary.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@user_errors
def dictionary_import(path, db):
    """Apply a user dictionary (YAML list of name, kind, subkind?, aliases) to the store."""
    with _open(db, write=True, create=True) as store:
        n = store.import_dictionary(path)
    click.echo(f"{n} entries imported from {path}")


# ----------------------------------------------------------------------------- export


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "jsonl", "json", "ftm"]),
              help="Output format (default: from the file name's suffix).")
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(allow_dash=True, path_type=str),
              help="File to write ('-': stdout); a directory for csv.")
@click.option("--as-of", "as_of", metavar="DATE",
              help="Only documents dated up to DATE (YYYY-MM-DD; YYYY-MM: to the end of that month).")
@click.option("--since", metavar="DATE", help="Only items dated on or after DATE (an event's date, else its "
                                               "document's).")
@click.option("--until", metavar="DATE", help="Only items dated on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              type=click.Choice([*RELATION_TYPES, *EVENT_TYPES, *FACT_KEYS], case_sensitive=False),
              help="Only ties, events or facts of this type (repeat for more).")
@click.option("--actor", metavar="ACTOR", help="Only items with this actor (name, alias or id).")
@db_option
@user_errors
def export_cmd(fmt, output, as_of, since, until, types, actor, db):
    """Export the store: graphml/gexf (graph tools), csv (a directory of tables), json (the
    extraction contract), jsonl, or ftm (FollowTheMoney entities; needs kingmaker[ftm]).

    --as-of, --since, --until, --type and --actor keep part of it, as the analyses do."""
    from kingmaker.commands.analyze import report_undated
    from kingmaker.export import export, format_for_path, select_snapshot

    fmt = fmt or (format_for_path(output) if output != "-" else None)
    if fmt is None:
        raise click.UsageError("give --format (graphml, gexf, csv, jsonl, json, ftm); it cannot be told "
                               f"from {output!r}")
    if fmt == "csv" and output == "-":
        raise click.UsageError("csv export writes a directory of tables: give -o DIRECTORY")
    with _open(db) as store:
        snap = store.snapshot(with_text=fmt == "ftm")
        actor_id = store.find_actor(actor, documents=False)["id"] if actor else None
    if as_of or since or until or types or actor_id:
        snap, undated = select_snapshot(snap, as_of=as_of, since=since, until=until, types=types or None,
                                        actor=actor_id)
        report_undated(undated)
    counts = export(snap, fmt, output)
    if output != "-":
        click.echo(f"{fmt} written to {output}: {counts['actors']} actors, {counts['relations']} ties, "
                   f"{counts['events']} events, {counts['facts']} facts", err=True)


COMMANDS = [ingest, actors, actor, relations, events, documents, merge, alias, rename, split, reject, dictionary,
            export_cmd]


def register(cli: click.Group) -> None:
    """Add the store commands to the main command group."""
    for command in COMMANDS:
        cli.add_command(command)
