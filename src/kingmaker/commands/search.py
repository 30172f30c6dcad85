"""``kingmaker search``: full-text search over the stored documents (``Store.search``)."""
from __future__ import annotations

import click

from kingmaker.commands import user_errors
from kingmaker.commands.store import _console, _echo_csv, _echo_json, _esc, _open, db_option, format_option

__all__ = ["register"]

SEARCH_FIELDS = ["document", "date", "title", "start", "end", "evidence", "snippet"]


def marked(snippet: str, marks: list[list[int]]) -> str:
    """The snippet as rich markup, matches in bold."""
    out, at = [], 0
    for a, b in marks:
        out += [_esc(snippet[at:a]), "[bold reverse]", _esc(snippet[a:b]), "[/]"]
        at = b
    out.append(_esc(snippet[at:]))
    return "".join(out)


@click.command()
@click.argument("query")
@click.option("--since", metavar="DATE", help="Only documents dated on or after DATE (YYYY, YYYY-MM, YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Only documents dated on or before DATE.")
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True, help="Most hits to show.")
@db_option
@format_option()
@user_errors
def search(query, since, until, limit, db, fmt):
    """Search the stored documents: words (all must occur, any ending: "attack" finds "attacked"),
    a "quoted phrase", or OR / NOT / prefix*. Hits show the document, its date and the sentence."""
    with _open(db) as store:
        hits = store.search(query, since=since, until=until, limit=limit)
    if fmt == "json":
        _echo_json(hits)
    elif fmt == "csv":
        _echo_csv(hits, SEARCH_FIELDS)
    elif not hits:
        click.echo(f"No document matches {query!r}.")
    else:
        con = _console()
        for h in hits:
            where = f" [dim]{h['start']}-{h['end']}[/]" if h["start"] is not None else " [dim](title)[/]"
            con.print(f"[bold]{_esc(h['document'])}[/]  {h['date'] or 'undated'}  {_esc(h['title'] or '')}{where}")
            con.print(f"    {marked(h['snippet'], h['marks'])}")


def register(cli: click.Group) -> None:
    cli.add_command(search)
