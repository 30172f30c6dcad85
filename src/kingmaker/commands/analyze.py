"""``kingmaker analyze``: coalition arithmetic, patronage, brokers, timelines and changes.

Every subcommand reads an extraction (``--input FILE.json``, else the store at ``--db``),
builds the actor graph once (``--as-of`` keeps documents up to a date), makes one library
call and prints a rich table, or the result as JSON with ``--format json``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kingmaker.commands import echo_json as _echo_json
from kingmaker.commands import user_errors
from kingmaker.errors import DatabaseError, KingmakerError, TimeLimitError

DEFAULT_DB = "kingmaker.db"


# ----------------------------------------------------------------------------- loading


def _read_extraction_file(path: str) -> dict[str, Any]:
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise click.ClickException(f"{path}: cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise click.ClickException(f"{path}: not UTF-8 text; expected the JSON from "
                                   "`kingmaker extract --format json`") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise click.ClickException(f"{path}:{err.lineno}: not valid JSON ({err.msg}); expected the "
                                   "output of `kingmaker extract --format json`") from None
    if not isinstance(data, dict) or "actors" not in data:
        raise click.ClickException(f"{path}: not a kingmaker extraction (no 'actors' list); expected "
                                   "the output of `kingmaker extract --format json`")
    version = data.get("kingmaker_format")
    if version is not None and version != 1:
        raise click.ClickException(f"{path}: kingmaker_format {version} is not supported (this "
                                   "version reads format 1)")
    return data


def _no_store_file(db: str) -> bool:
    """``db`` names a store file that is not there (not ``:memory:``, not a server URL with "://")."""
    return db != ":memory:" and "://" not in db and not Path(db).exists()


def _open_analysis_store(db: str):
    """The store at ``db`` for an analysis (a clear error when there is none)."""
    try:
        from kingmaker.store import open_store
    except ImportError:
        raise click.ClickException(
            "the store is not available in this installation (kingmaker.store.open_store is "
            "missing); pass --input FILE.json, the output of `kingmaker extract --format json`"
        ) from None
    if _no_store_file(db):
        raise click.ClickException(f"no store at {db}: pass --input FILE.json, or point --db "
                                   "(or KINGMAKER_DB) at a kingmaker database")
    try:
        return open_store(db, create=False)  # a database without a store: no store
    except KingmakerError as err:
        raise click.ClickException(f"{db}: {err}") from None


def _extraction_from_store(db: str):
    store = _open_analysis_store(db)
    try:
        if not hasattr(store, "snapshot"):
            return store.to_extraction(), None
        snap = store.snapshot()  # the store's item ids go on the edges (for --drop-tie)
    except KingmakerError as err:
        raise click.ClickException(f"{db}: {err}") from None
    return snap.extraction, (list(snap.relation_ids), list(snap.event_ids))


def load_graph(input_path: str | None, db: str, as_of: str | None, *, optional: bool = False):
    """The graph of the extraction in ``input_path``, else of the store at ``db``.

    With ``optional``, return ``None`` instead of failing when neither is there.
    """
    if input_path is None and optional and _no_store_file(db):
        return None
    return load_graphs(input_path, db, [as_of])[0]


def load_graphs(input_path: str | None, db: str, dates: list[str | None]) -> list:
    """The graphs of one extraction as of each date (the source is read once)."""
    from kingmaker.graph import build_graph

    ids = None
    if input_path is not None:
        source = _read_extraction_file(input_path)
    else:
        source, ids = _extraction_from_store(db)
    try:
        if len(dates) > 1 and isinstance(source, dict):
            from kingmaker.model import Extraction

            source = Extraction.from_dict(source)
        graphs = [build_graph(source, as_of=d, ids=ids) for d in dates]
    except KingmakerError as err:
        raise click.ClickException(str(err)) from None
    report_undated(max(G.graph.get("undated_left_out", 0) for G in graphs))
    return graphs


def over_store(input_path: str | None, db: str, run, *, whole_on_error: bool = False) -> dict[str, Any] | None:
    """``run(store)`` over the store at ``db`` when no ``--input`` is given and the store reads its
    items in SQL (an analysis of :mod:`kingmaker.analysis.storegraph`); ``None`` otherwise. The
    undated documents the as-of cut left out are reported (``undated_documents``).
    ``whole_on_error``: ``None`` too when ``run`` fails, so that the caller runs the analysis on the
    whole graph, whose error message (naming what there is) is the one shown."""
    if input_path is not None:
        return None
    store = _open_analysis_store(db)
    if not hasattr(store, "actor_labels"):  # a store without SQL reads: the whole-extraction path
        if hasattr(store, "close"):
            store.close()
        return None
    with store:
        try:
            result = run(store)
        except KingmakerError as err:
            if whole_on_error and not isinstance(err, (DatabaseError, TimeLimitError)):
                return None  # (a failing database or a time limit is said, not answered the slow way)
            raise click.ClickException(str(err)) from None
    report_undated(result.pop("undated_documents", 0))
    return result


def report_undated(count: int) -> None:
    """Say on stderr how many documents a date filter left out for having no date."""
    if count:
        click.secho(f"kingmaker: left out {count} undated document(s); give them a date with "
                    "`kingmaker document ID --date YYYY-MM-DD`", fg="yellow", err=True)


def source_options(f):
    """Options shared by every analysis: where the extraction comes from, cut-off, format."""
    f = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                     show_default=True, help="table: readable; json: the full result with evidence.")(f)
    f = click.option("--as-of", "as_of", metavar="DATE",
                     help="Only documents dated up to DATE (YYYY-MM-DD; YYYY-MM means to the end "
                          "of that month). Undated documents are left out.")(f)
    f = click.option("--db", default=DEFAULT_DB, envvar="KINGMAKER_DB", show_default=True,
                     help="Store to read when --input is not given. Env: KINGMAKER_DB.")(f)
    f = click.option("-i", "--input", "input_path", metavar="FILE.json",
                     type=click.Path(dir_okay=False, allow_dash=True),
                     help="Extraction JSON from `kingmaker extract --format json` ('-': stdin).")(f)
    return f




def _console():
    from rich.console import Console

    return Console(highlight=False)


def _ev(evidence: dict[str, Any] | None, *focus: object, width: int = 110) -> str:
    """One evidence item as a short line: quoted text (centred on ``focus``), then document and date."""
    from kingmaker.export.summary import snippet

    if not evidence:
        return ""
    text = snippet(str(evidence.get("text") or ""), focus, width)
    where = ", ".join(str(x) for x in (evidence.get("document"), evidence.get("date")) if x)
    return f"“{text}”" + (f" ({where})" if where else "")


def _esc(text: Any) -> str:
    from rich.markup import escape

    return escape(str(text))


# --------------------------------------------------------------------------- the group


@click.group()
def analyze() -> None:
    """Analyse the actor graph: coalition arithmetic, patronage, brokers, timelines, changes.

    Each analysis reads an extraction (--input FILE.json, else the store at --db), keeps the
    documents up to --as-of, and prints a table or --format json.
    """


@analyze.command("coalition")
@source_options
@click.option("--seats", "seats_text", metavar="'A=91,B=89,...'",
              help="Seats given inline instead of read from 'seats' facts.")
@click.option("--quota", type=click.IntRange(min=1),
              help="Seats needed to win (default: majority of --size or of the legislature found).")
@click.option("--size", type=click.IntRange(min=1),
              help="Size of the legislature; seats held by no listed party are 'unattributed'.")
@click.option("--others", type=click.Choice(["independents", "bloc", "exclude"]), default="independents",
              show_default=True,
              help="Unattributed seats: independent one-seat members, one 'Others' party, or left out.")
@click.option("--legislature", metavar="NAME",
              help="Use the results that give this legislature's (or country's) size.")
@click.option("--document", metavar="ID", help="Use the seat figures of this document.")
@click.option("--respect-opposition", is_flag=True,
              help="Search feasible coalitions (no parties, or their leaders, linked by 'opposes') "
                   "among all of them, not only the listed ones.")
@click.option("--max-coalitions", type=click.IntRange(min=1), default=200, show_default=True,
              help="List at most this many coalitions.")
@click.option("--without", "without", multiple=True, metavar="PARTY",
              help="What if PARTY joins no coalition (quota unchanged)? Repeatable.")
@click.option("--with", "merge", multiple=True, metavar="'A+B'",
              help="What if A and B act as one bloc? Repeatable.")
@click.option("--drop-tie", "drop_ties", multiple=True, metavar="ID",
              help="What if the tie ID (see `kingmaker relations`) were not there? Repeatable.")
@user_errors
def coalition_cmd(input_path, db, as_of, fmt, seats_text, quota, size, others, legislature, document,
                  respect_opposition, max_coalitions, without, merge, drop_ties):
    """Seats, quota, Banzhaf and Shapley-Shubik power, minimal winning coalitions.

    Seats come from the 'seats' facts of one document (the latest with results, or
    --document / --legislature / --as-of), or from --seats. Indices are exact up to
    documented limits, sampled (with a standard error) beyond. --without, --with and
    --drop-tie recompute everything for a scenario, shown beside the baseline.

    \b
    Example:
      kingmaker analyze coalition --seats "Blue=91,Red=89,Green=70" --size 325
      kingmaker analyze coalition --seats "Blue=91,Red=89,Green=70" --without Red --with "Blue+Green"
    """
    from kingmaker.analysis.coalition import coalition, parse_seats

    seats = parse_seats(seats_text) if seats_text else None
    groups = []
    for text in merge:
        group = [p.strip() for p in text.split("+") if p.strip()]
        if len(group) < 2:
            raise click.UsageError(f"--with {text!r}: name two or more parties joined by '+', e.g. 'A+B'")
        groups.append(group)
    options = dict(seats=seats, quota=quota, size=size, document=document, legislature=legislature,
                   respect_opposition=respect_opposition, max_coalitions=max_coalitions, others=others,
                   without=without, merge=groups, drop_ties=drop_ties)
    result = None
    no_store = seats is not None and _no_store_file(db)
    if not drop_ties and not no_store:
        from kingmaker.analysis.storegraph import store_coalition

        # over a store: the seat figures, and the ties of the parties and their leaders, read in SQL
        # (--drop-tie edits the whole graph: that path; so does an error, to name what there is)
        result = over_store(input_path, db, lambda store: store_coalition(store, as_of=as_of, **options),
                            whole_on_error=True)
    if result is None:
        G = load_graph(input_path, db, as_of, optional=seats is not None and not drop_ties)
        result = coalition(G, **options)
    for line in result["warnings"]:
        click.echo(f"warning: {line}", err=True)
    if fmt == "json":
        _echo_json(result)
        return
    _print_coalition(result)


def _members(c: dict[str, Any], r: dict[str, Any]) -> str:
    parts = list(c["members"])
    if c.get("independents"):
        parts.append(f"{c['independents']} of {r['independents']['seats']} unattributed")
    return " + ".join(parts)


def _power_table(r: dict[str, Any], title: str):
    from rich.table import Table

    sampled = r.get("samples") is not None
    table = Table(title=title, caption=None if not sampled else
                  f"{r['method']} ({r['samples']} samples; ± is one standard error)")
    for col in ("Party", "Seats", "Share", "Banzhaf", "Shapley-Shubik"):
        table.add_column(col, justify="left" if col == "Party" else "right")

    def fmt(p: dict[str, Any], key: str) -> str:
        se = p.get(f"{key}_se")
        return f"{p[key]:.4f}" + (f" ±{se:.4f}" if se else "")

    for p in r["parties"]:
        table.add_row(_esc(p["name"]), str(p["seats"]), f"{p['share']:.1%}", fmt(p, "banzhaf"), fmt(p, "shapley"))
    ind = r.get("independents")
    if ind:
        table.add_row(f"[dim]{ind['seats']} unattributed (independents)[/]", str(ind["seats"]),
                      f"{ind['share']:.1%}",
                      f"{ind['banzhaf']:.4f} [dim](each {ind['banzhaf_each']:.4f})[/]",
                      f"{ind['shapley']:.4f} [dim](each {ind['shapley_each']:.4f})[/]")
    return table


def _coalition_table(r: dict[str, Any], title: str):
    from rich.table import Table

    n = r["minimal_winning_count"]
    title = f"{title} ({'uncounted' if n is None else n})"
    if r["opposition_respected"]:
        title += f", {len(r['feasible'] or [])} feasible without opposed pairs"
    ct = Table(title=title)
    for col in ("#", "Members", "Seats", "Feasible", "Allies"):
        ct.add_column(col, justify="right" if col in ("#", "Seats") else "left")
    for i, c in enumerate(r["coalitions"], 1):
        feasible = "yes" if c["feasible"] else "no: " + "; ".join(" – ".join(p) for p in c["opposed_pairs"])
        allies = "★ " + "; ".join(" + ".join(p) for p in c["allied_pairs"]) if c["with_allies"] else ""
        ct.add_row(str(i), _esc(_members(c, r)), str(c["seats"]), _esc(feasible), _esc(allies))
    return ct


def _print_coalition(r: dict[str, Any]) -> None:
    con = _console()
    src = r["source"]
    head = f"Quota [bold]{r['quota']}[/] ({_esc(src.get('quota_from', ''))}) of {r['total_seats']} seats"
    if src.get("document"):
        head += f"; results from {_esc(src['document'])}" + (f" ({src['date']})" if src.get("date") else "")
    if src.get("legislature"):
        head += f"; legislature: {_esc(src['legislature'])}"
    if src.get("unattributed"):
        head += f"; {src['unattributed']} seats unattributed (--others {src['others']})"
    con.print(head)
    if src.get("nested_dropped"):
        con.print(f"[dim]counted inside their bloc: {_esc(', '.join(src['nested_dropped']))}[/]")
    con.print(_power_table(r, "Voting power"))
    evidence = [(p["name"], p.get("evidence")) for p in r["parties"] if p.get("evidence")]
    if src.get("evidence"):
        evidence.append((src["legislature"], src["evidence"]))
    for name, ev in evidence:
        con.print(f"  [dim]{_esc(name)}: {_esc(_ev(ev, name))}[/]")

    n = r["minimal_winning_count"]
    if r["coalitions"]:
        con.print(_coalition_table(r, "Minimal winning coalitions"))
    if r["minimal_winning"] is None:
        con.print(f"{'Uncounted' if n is None else n} minimal winning coalitions: too many to list "
                  "(raise --max-coalitions)")
    if r["opposition_respected"] and r.get("feasible_truncated"):
        con.print("feasible coalitions: too many to list (raise --max-coalitions)")
    for kind, label in (("opposes", "opposed"), ("allied_with", "allied")):
        for tie in r["ties"][kind]:
            con.print(f"{label}: {_esc(' – '.join(tie['pair']))}")
            for ev in tie["evidence"][:3]:
                con.print(f"  [dim]{_esc(ev['source'])} {ev['type']} {_esc(ev['target'])}: "
                          f"{_esc(_ev(ev, ev['source'], ev['target']))}[/]")
    if r.get("what_if"):
        _print_what_if(con, r)


def _print_what_if(con, base: dict[str, Any]) -> None:
    from rich.table import Table

    w = base["what_if"]
    r = w["result"]
    what = [f"without {p}" for p in w["without"]] + [f"{b} as one bloc" for b in w["merged"]] + \
        [f"without tie {t}" for t in w["dropped_ties"]]
    con.print(f"\n[bold]What if[/] {_esc('; '.join(what))}:")
    table = Table(title="Voting power: baseline → what if")
    for col in ("Party", "Seats", "Banzhaf", "Shapley-Shubik"):
        table.add_column(col, justify="left" if col == "Party" else "right")
    before = {p["name"]: p for p in base["parties"]}
    rows = [(p["name"], before.get(p["name"]), p) for p in r["parties"]]
    rows += [(name, p, None) for name, p in before.items() if name not in {x["name"] for x in r["parties"]}]
    for name, old, new in rows:
        def cell(key: str) -> str:
            a = "—" if old is None else f"{old[key]:.4f}"
            b = "—" if new is None else f"{new[key]:.4f}"
            return f"{a} → {b}"
        seats = "—" if new is None else str(new["seats"])
        table.add_row(_esc(name), seats, cell("banzhaf"), cell("shapley"))
    if r.get("independents"):
        a, b = base["independents"], r["independents"]
        table.add_row("[dim]unattributed (independents)[/]", str(b["seats"]),
                      f"{a['banzhaf']:.4f} → {b['banzhaf']:.4f}", f"{a['shapley']:.4f} → {b['shapley']:.4f}")
    con.print(table)
    mw, mw0 = r["minimal_winning_count"], base["minimal_winning_count"]
    fe, fe0 = r["feasible"], base["feasible"]
    con.print(f"minimal winning coalitions: {mw0} → {mw}; feasible: "
              f"{'?' if fe0 is None else len(fe0)} → {'?' if fe is None else len(fe)}")
    if r["coalitions"]:
        con.print(_coalition_table(r, "What if: minimal winning coalitions"))


@analyze.command("influence")
@source_options
@click.argument("actor", required=False)
@click.option("--top", type=click.IntRange(min=1), metavar="N",
              help="Rank the N actors with the largest spheres instead of (or besides) ACTOR.")
@click.option("--depth", type=click.IntRange(min=1), help="Follow at most this many steps.")
@click.option("--evidence", "evidence", type=click.IntRange(min=0), default=10, show_default=True, metavar="N",
              help="List the N latest pieces of evidence per step and leader (evidence_more counts the "
                   "rest); 0: all.")
@user_errors
def influence_cmd(input_path, db, as_of, fmt, actor, top, depth, evidence):
    """Whom ACTOR backs, leads or contains (directly and transitively), and who is above it.

    Control follows backs (patron to client), leader_of (leader to organisation), part_of and
    member_of (the whole contains its parts and members). Each step shows its evidence.
    """
    from kingmaker.analysis.influence import cap_evidence, influence, rank_patrons

    if actor is None and top is None:
        raise click.UsageError("give an ACTOR, or --top N to rank patrons by sphere size")
    from kingmaker.analysis.storegraph import store_influence

    # over a store: only the control ties, read in SQL with the as-of cut
    result = over_store(input_path, db, lambda store: store_influence(store, actor=actor, top=top, as_of=as_of,
                                                                      max_depth=depth, evidence=evidence))
    if result is None:
        G = load_graph(input_path, db, as_of)
        result = {}
        if actor is not None:
            result = influence(G, actor, max_depth=depth)
        if top is not None:
            result["top"] = rank_patrons(G, top=top)
    if actor is not None:
        cap_evidence(result, evidence)
    if fmt == "json":
        _echo_json(result)
        return
    con = _console()
    if actor is not None:
        _print_influence(con, result)
    if top is not None:
        from rich.table import Table

        table = Table(title=f"Patrons by sphere size (top {top})")
        for col in ("#", "Actor", "Kind", "Sphere", "Direct", "Direct clients"):
            table.add_column(col, justify="right" if col in ("#", "Sphere", "Direct") else "left")
        for i, p in enumerate(result["top"], 1):
            clients = ", ".join(p["clients"][:6]) + (" …" if len(p["clients"]) > 6 else "")
            table.add_row(str(i), _esc(p["name"]), p["kind"] or "", str(p["sphere"]), str(p["direct"]),
                          _esc(clients))
        con.print(table)


def _print_influence(con, r: dict[str, Any]) -> None:
    from rich.tree import Tree

    root = r["actor"]

    def label(item: dict[str, Any], step: dict[str, Any] | None) -> str:
        text = f"[bold]{_esc(item['name'])}[/]" + (f" [dim]({item['kind']})[/]" if item.get("kind") else "")
        if step is not None:
            text = f"[cyan]{_esc(step['verb'])}[/] → " + text
        if item.get("leaders"):
            text += " — led by " + ", ".join(_esc(ld["name"]) for ld in item["leaders"])
        return text

    tree = Tree(label(root, None) + f"  [dim]sphere: {len(r['below'])}[/]")
    nodes = {root["id"]: tree}
    for item in r["below"]:
        step = item["path"][-1]
        branch = nodes[step["from_id"]].add(label(item, step))
        for ev in step["evidence"][:2]:
            branch.add(f"[dim]{_esc(_ev(ev))}[/]")
        for ld in item["leaders"]:
            for ev in ld["evidence"][:1]:
                branch.add(f"[dim]led by {_esc(ld['name'])}: {_esc(_ev(ev, ld['name']))}[/]")
        nodes[item["id"]] = branch
    con.print(tree)
    if r["above"]:
        con.print(f"Above {_esc(root['name'])}:")
        for item in r["above"]:
            chain = _esc(item["path"][0]["from"]) + "".join(
                f" [cyan]{_esc(s['verb'])}[/] → {_esc(s['to'])}" for s in item["path"])
            con.print(f"  {chain}")
            for s in item["path"]:
                for ev in s["evidence"][:1]:
                    con.print(f"    [dim]{_esc(s['from'])} {_esc(s['verb'])} {_esc(s['to'])}: "
                              f"{_esc(_ev(ev, s['from'], s['to']))}[/]")
    else:
        con.print(f"No one stands above {_esc(root['name'])} in the graph.")
    if root.get("leaders"):
        for ld in root["leaders"]:
            con.print(f"Led by {_esc(ld['name'])}: [dim]{_esc(_ev(ld['evidence'][0], ld['name']))}[/]")


@analyze.command("brokers")
@source_options
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many brokers to list.")
@click.option("--pairs", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many connected pairs to show per broker.")
@click.option("--only", type=click.Choice(["all", "relations", "events"]), default="all",
              show_default=True, help="Build the graph from ties, events, or both.")
@click.option("--backend", type=click.Choice(["auto", "networkx", "igraph"]), default="auto",
              show_default=True, help="Betweenness implementation (auto: igraph on large graphs).")
@click.option("--exact", is_flag=True,
              help="Exact betweenness on any graph (past 2,000 actors it is otherwise sampled).")
@user_errors
def brokers_cmd(input_path, db, as_of, fmt, top, pairs, only, backend, exact):
    """Actors on the shortest paths between others (betweenness), and whom they join.

    Betweenness is exact up to 2,000 actors; past that it is estimated from 1,000 sampled
    source actors (the output says so; --exact to compute it all).
    """
    from kingmaker.analysis.brokers import brokers, store_brokers
    from kingmaker.graph import last_day_of

    include = {"all": ("relation", "event"), "relations": ("relation",), "events": ("event",)}[only]

    def over(store):  # over a store: the graph aggregated in SQL (one row per linked pair), evidence as shown
        day = last_day_of(as_of)
        result = store_brokers(store, as_of=day.isoformat() if day else None, include=include, top=top,
                               pairs=pairs, backend=backend, exact=exact)
        result["undated_documents"] = result.pop("undated")
        return result

    try:
        result = over_store(input_path, db, over)
        if result is None:
            result = brokers(load_graph(input_path, db, as_of), top=top, pairs=pairs, include=include,
                             backend=backend, exact=exact)
    except ValueError as err:
        raise click.ClickException(str(err)) from None
    if fmt == "json":
        _echo_json(result)
        return
    from rich.table import Table

    con = _console()
    table = Table(title=f"Brokers ({result['nodes']} actors, {result['edges']} links, {result['backend']})")
    for col in ("#", "Broker", "Betweenness", "Degree", "Connects"):
        table.add_column(col, justify="right" if col in ("#", "Betweenness", "Degree") else "left")
    for i, b in enumerate(result["brokers"], 1):
        joined = "\n".join(f"{_esc(' ⇄ '.join(p['names']))} ({p['share']:.0%})" for p in b["pairs"])
        if b["pairs_total"] > len(b["pairs"]):
            joined += f"\n… {b['pairs_total'] - len(b['pairs'])} more pairs"
        table.add_row(str(i), _esc(b["name"]), f"{b['betweenness']:.4f}", str(b["degree"]), joined)
    con.print(table)
    if result["approximate"]:
        con.print(f"[dim]Betweenness sampled from {result['samples']:,} of {result['nodes']:,} actors "
                  "(approximate; --exact to compute it all).[/]")
    if not result["brokers"]:
        con.print("No broker: no actor lies between two others.")
    for b in result["brokers"]:
        if b["pairs"]:
            p = b["pairs"][0]
            con.print(f"[bold]{_esc(b['name'])}[/] joins {_esc(' and '.join(p['names']))}:")
            for name, ev in zip(p["names"], p["evidence"]):
                con.print(f"  [dim]with {_esc(name)}: {_esc(_ev(ev, name, b['name']))}[/]")


@analyze.command("timeline")
@source_options
@click.option("--actor", metavar="ACTOR", help="Only events with this actor.")
@click.option("--dyad", nargs=2, metavar="A B", help="Only events between A and B.")
@click.option("--by", type=click.Choice(["month", "week", "year"]), default="month", show_default=True)
@click.option("--request", type=click.Choice(["verbal-conflict", "verbal-coop"]), default="verbal-conflict",
              show_default=True, help="Quad class of REQUEST events (PLOVER vs CAMEO reading).")
@click.option("--threshold", type=click.FloatRange(min=0), default=0.5, show_default=True,
              help="Change in net conflict score that marks an escalation.")
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Events a period, and the period it is compared with, need before a change is marked.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also draw the timeline to FILE (.png, .svg or .pdf).")
@click.option("--evidence", "evidence", type=click.IntRange(min=0), default=10, show_default=True, metavar="N",
              help="List the N latest events per period (events_more counts the rest; the counts are of "
                   "all); 0: all.")
@user_errors
def timeline_cmd(input_path, db, as_of, fmt, actor, dyad, by, request, threshold, min_events, plot, evidence):
    """Events per period in four quad classes, with escalations and de-escalations marked.

    Verbal cooperation: AGREE CONSULT SUPPORT CONCEDE. Material cooperation: COOPERATE AID
    RETREAT. Verbal conflict: REQUEST ACCUSE REJECT THREATEN. Material conflict: PROTEST
    SANCTION MOBILIZE COERCE ASSAULT. Negated events are not counted; events whose other
    side is unknown count for the actor they name. A change of the net conflict score of at
    least --threshold is marked when both periods have at least --min-events events.
    """
    from kingmaker.analysis.timeline import QUAD_CLASSES, cap_events, plot_timeline, timeline

    from kingmaker.analysis.storegraph import store_timeline

    options = dict(by=by, request=request.replace("-", "_"), threshold=threshold, min_events=min_events)
    # over a store: only the events counted (the actor's or the pair's), read in SQL with the as-of cut
    result = over_store(input_path, db, lambda store: store_timeline(
        store, as_of=as_of, actor=actor, dyad=tuple(dyad) if dyad else None, evidence=evidence, **options))
    if result is None:
        G = load_graph(input_path, db, as_of)
        result = timeline(G, actor=actor, dyad=tuple(dyad) if dyad else None, **options)
    cap_events(result, evidence)
    if plot is not None:
        plot_timeline(result, plot)
        click.echo(f"chart written to {plot}", err=True)
    if fmt == "json":
        _echo_json(result)
        return
    from rich.table import Table

    con = _console()
    what = ""
    if result["actor"]:
        what = f": {result['actor']['name']}"
    if result["dyad"]:
        what = ": " + " – ".join(a["name"] for a in result["dyad"])
    table = Table(title=f"Events per {by}{_esc(what)}",
                  caption="V/M: verbal/material; coop/conf: cooperation/conflict; "
                          "score: net conflict, -2 to +2")
    for col in ("Period", "V-coop", "M-coop", "V-conf", "M-conf", "Total", "Score", "Trend"):
        table.add_column(col, justify="left" if col in ("Period", "Trend") else "right",
                         no_wrap=col in ("Period", "Trend"))
    for p in result["periods"]:
        trend = {"escalation": "[red]▲ escalation[/]", "de-escalation": "[green]▼ de-escalation[/]"}.get(
            p["trend"], "")
        score = "" if p["score"] is None else f"{p['score']:+.2f}"
        table.add_row(p["period"], *(str(p["counts"][c]) for c in QUAD_CLASSES), str(p["total"]),
                      score, trend)
    con.print(table)
    if not result["periods"]:
        con.print("No dated events match.")
    if result["undated"]:
        con.print(f"[dim]{result['undated']} event(s) without a date precise enough for --by {by}[/]")
    for p in result["periods"]:
        if p["trend"]:
            con.print(f"{p['period']} {p['trend']}:")
            shown = [e for e in p["events"] if e["class"].endswith("conflict")] if p["trend"] == "escalation" \
                else [e for e in p["events"] if e["class"].endswith("coop")]
            for e in (shown or p["events"])[:3]:
                con.print(f"  [dim]{_esc(e['source'] or '?')} {e['type']} {_esc(e['target'] or '?')}: "
                          f"{_esc(_ev(e['evidence'], e['source'], e['target']))}[/]")


@analyze.command("changes")
@click.option("--from", "since", required=True, metavar="DATE", help="The earlier date (YYYY-MM-DD or YYYY-MM).")
@click.option("--to", "until", required=True, metavar="DATE", help="The later date.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors to list for sphere and broker moves.")
@click.option("--exact", is_flag=True,
              help="Exact betweenness for the broker ranks on any graph (past 2,000 actors it is otherwise sampled).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable; json: the full result with evidence.")
@click.option("--db", default=DEFAULT_DB, envvar="KINGMAKER_DB", show_default=True,
              help="Store to read when --input is not given. Env: KINGMAKER_DB.")
@click.option("-i", "--input", "input_path", metavar="FILE.json", type=click.Path(dir_okay=False, allow_dash=True),
              help="Extraction JSON from `kingmaker extract --format json` ('-': stdin).")
@user_errors
def changes_cmd(since, until, top, exact, fmt, db, input_path):
    """What changed between two dates: ties that appeared or ended, spheres and broker ranks.

    Each state is the graph as of the date (documents dated up to it, as --as-of). A tie
    ended when a later report contradicts it (allied_with or backs, then opposes; or the
    reverse). Every item shows its evidence. Broker ranks use exact betweenness up to 2,000
    actors; past that it is estimated from 1,000 sampled actors (said in the output; --exact
    to compute it all).

    \b
    Example:
      kingmaker analyze changes --input out/examples.json --from 2024-01 --to 2024-06
    """
    from kingmaker.analysis.changes import changes
    from kingmaker.analysis.storegraph import store_changes

    # over a store: the ties as pairs grouped in SQL, read whole where shown (an error: the whole graphs)
    result = over_store(input_path, db, lambda store: store_changes(store, since, until, top=top, exact=exact),
                        whole_on_error=True)
    if result is None:
        before, after = load_graphs(input_path, db, [since, until])
        result = changes(before, after, top=top, exact=exact)
    if fmt == "json":
        _echo_json(result)
        return
    _print_changes(result)


def _print_changes(r: dict[str, Any]) -> None:
    con = _console()
    con.print(f"Changes from [bold]{r['from']}[/] to [bold]{r['to']}[/]")

    def tie_line(t: dict[str, Any]) -> str:
        return f"{_esc(t['source'])} [cyan]{t['type']}[/] {_esc(t['target'])}"

    con.print(f"\n[bold]Ties that appeared[/] ({len(r['appeared'])})")
    for t in r["appeared"]:
        con.print(f"  + {tie_line(t)} [dim]{_esc(t['id'] or '')} {_esc(_ev(t['evidence']))}[/]")
    con.print(f"\n[bold]Ties that ended[/] ({len(r['ended'])})")
    for t in r["ended"]:
        e = t["ended_by"]
        con.print(f"  − {tie_line(t)}, ended by {tie_line(e)} [dim]{_esc(e['id'] or '')} {_esc(_ev(e['evidence']))}[/]")
    con.print("\n[bold]Spheres that moved most[/]")
    for s in r["spheres"]:
        what = []
        if s["gained"]:
            what.append("gained " + ", ".join(s["gained"][:6]) + (" …" if len(s["gained"]) > 6 else ""))
        if s["lost"]:
            what.append("lost " + ", ".join(s["lost"][:6]) + (" …" if len(s["lost"]) > 6 else ""))
        con.print(f"  {_esc(s['name'])}: {s['before']} → {s['after']} ({s['change']:+d}); {_esc('; '.join(what))}")
        for t in s["evidence"][:2]:
            con.print(f"    [dim]{_esc(t['source'])} {t['type']} {_esc(t['target'])}: {_esc(_ev(t['evidence']))}[/]")
    if not r["spheres"]:
        con.print("  none")
    con.print("\n[bold]Broker ranks that moved most[/] (rank by betweenness; – : not a broker)")
    for b in r["brokers"]:
        rb = "–" if b["rank_before"] is None else f"#{b['rank_before']}"
        ra = "–" if b["rank_after"] is None else f"#{b['rank_after']}"
        con.print(f"  {_esc(b['name'])}: {rb} → {ra}")
        for t in b["evidence"][:2]:
            con.print(f"    [dim]{_esc(t['source'])} {t['type']} {_esc(t['target'])}: {_esc(_ev(t['evidence']))}[/]")
    if not r["brokers"]:
        con.print("  none")
    sampled = [(side, m) for side, m in (r.get("brokers_method") or {}).items() if m["approximate"]]
    for side, m in sampled:
        con.print(f"[dim]Betweenness {side} sampled from {m['samples']:,} of {m['nodes']:,} actors "
                  "(approximate; --exact to compute it all).[/]")


def register(cli: click.Group) -> None:
    """Add ``kingmaker analyze`` to the main command group."""
    cli.add_command(analyze)
