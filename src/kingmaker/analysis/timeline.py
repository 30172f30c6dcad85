"""Event timelines: cooperation and conflict per period, with escalations marked.

Events are counted per month, ISO week or year in the four PLOVER quad classes:

=====================  ==============================================
verbal cooperation     AGREE, CONSULT, SUPPORT, CONCEDE
material cooperation   COOPERATE, AID, RETREAT
verbal conflict        REQUEST, ACCUSE, REJECT, THREATEN
material conflict      PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
=====================  ==============================================

REQUEST is the debatable one: CAMEO's quad classes put appeals with verbal cooperation,
PLOVER's ordering puts REQUEST first among the conflictual codes. In the news kingmaker
reads, REQUEST is mostly demands and ultimatums made in a dispute ("called on the
government to withdraw"), so it counts as verbal conflict by default; pass
``request="verbal_coop"`` (``--request verbal-coop``) for the CAMEO reading.

Each period gets a net conflict score, ``(verbal conflict + 2 * material conflict - verbal
cooperation - 2 * material cooperation) / events``, between -2 (all material cooperation)
and 2 (all material conflict). A period with at least ``min_events`` events (default 3) whose
score rises by at least ``threshold`` over the previous period that also had ``min_events``
events is an escalation; one whose score falls as much is a de-escalation. Periods with fewer
events get a score but no mark and are skipped as a baseline: one or two events move the score
by up to 4 by chance. Every event the actor takes part in counts, including those whose other
side is unknown (an attack by unidentified gunmen, a protest with no named target). Negated
events are not counted; events dated only to a year (or, by week, to a month) cannot be placed
and are counted as ``undated``.

Examples
--------
>>> G = nx.MultiDiGraph(loose_events=[])
>>> for day, kind in [("2021-01-04", "CONSULT"), ("2021-01-20", "AGREE"),
...                   ("2021-02-03", "THREATEN"), ("2021-02-10", "ASSAULT")]:
...     _ = G.add_edge("a", "b", kind="event", type=kind, date=day, negated=False, evidence={})
>>> t = timeline(G, min_events=2)
>>> [(p["period"], p["counts"]["verbal_coop"], p["counts"]["material_conflict"], p["trend"]) for p in t["periods"]]
[('2021-01', 2, 0, None), ('2021-02', 0, 1, 'escalation')]
>>> [p["trend"] for p in timeline(G)["periods"]]  # two events a month are too few by default
[None, None]
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

import networkx as nx

from kingmaker.errors import KingmakerError
from kingmaker.graph import actor_label, events, evidence_of, find_actor, parse_date
from kingmaker.knowledge.types import type_table

__all__ = ["assemble", "cap_events", "check_options", "EVIDENCE_SHOWN", "listing_order", "precise_enough",
           "TimelineError", "QUAD_CLASSES", "QUAD_LABELS", "QUAD_OF", "QUAD_WEIGHTS", "quad_class", "period_key",
           "timeline", "plot_timeline"]

# quad classes, their labels and weights, and each event type's class: the type table
QUAD_CLASSES = type_table().quad_classes
QUAD_LABELS = {c: s["label"] for c, s in type_table().event_classes.items()}
QUAD_OF = type_table().quad_of
QUAD_WEIGHTS = {c: s["weight"] for c, s in type_table().event_classes.items()}
PERIODS = ("week", "month", "year")
_NEED = {"week": "day", "month": "month", "year": "year"}
_RANK = {"year": 0, "month": 1, "day": 2}


class TimelineError(KingmakerError, ValueError):
    """Bad timeline options (unknown period, unknown quad class, unknown plot format)."""


def quad_class(event_type: str, *, request: str = "verbal_conflict") -> str | None:
    """The quad class of a PLOVER event type (``None`` for an unknown type).

    >>> quad_class("REQUEST"), quad_class("REQUEST", request="verbal_coop"), quad_class("AID")
    ('verbal_conflict', 'verbal_coop', 'material_coop')
    """
    if event_type == "REQUEST":
        return request
    return QUAD_OF.get(event_type)


def period_key(day: _dt.date, by: str) -> str:
    """The label of the period a day falls in.

    >>> period_key(_dt.date(2021, 1, 3), "week"), period_key(_dt.date(2021, 1, 3), "month")
    ('2020-W53', '2021-01')
    """
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    if by == "year":
        return str(day.year)
    raise TimelineError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")


def _start_of(day: _dt.date, by: str) -> _dt.date:
    if by == "week":
        return day - _dt.timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next(start: _dt.date, by: str) -> _dt.date:
    if by == "week":
        return start + _dt.timedelta(days=7)
    if by == "month":
        return _dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return _dt.date(start.year + 1, 1, 1)


def timeline(G: nx.MultiDiGraph, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
             by: str = "month", request: str = "verbal_conflict", threshold: float = 0.5,
             min_events: int = 3) -> dict[str, Any]:
    """Count events per period and quad class, and mark escalations.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`kingmaker.graph.build_graph`.
    actor : str, optional
        Only events with this actor (id, name or alias) as source or target, the other side
        known or not.
    dyad : (str, str), optional
        Only events between these two actors, in either direction.
    by : {"month", "week", "year"}
        Period length; weeks are ISO weeks (``2021-W05``).
    request : {"verbal_conflict", "verbal_coop"}
        Where REQUEST counts (see the module docstring).
    threshold : float
        Change of the net conflict score that marks an escalation or de-escalation.
    min_events : int
        Events a period (and the period it is compared with) needs before a change is marked.

    Returns
    -------
    dict
        ``by``, ``actor``/``dyad`` (resolved, or ``None``), ``periods`` (every period from the
        first to the last event, empty ones included: ``period``, ``start``, ``counts`` by
        quad class, ``total``, ``score``, ``trend`` and ``events`` with evidence, by
        :func:`listing_order` within a day), ``totals``, ``undated``, ``escalations`` and
        ``de_escalations`` (period labels).

    Raises
    ------
    kingmaker.graph.ActorNotFound
        When an actor argument matches no actor.
    TimelineError
        On an unknown ``by`` or ``request``.
    """
    check_options(by=by, request=request)
    who = find_actor(G, actor) if actor is not None else None
    pair = (find_actor(G, dyad[0]), find_actor(G, dyad[1])) if dyad is not None else None
    check_options(min_events=min_events)

    # one-sided events (source or target unknown) count for the actor they name
    items: list[tuple[Any, Any, dict[str, Any]]] = list(events(G))
    items += [(e["source"], e["target"], e) for e in G.graph.get("loose_events", [])
              if not e.get("negated")]
    buckets: dict[str, list[dict[str, Any]]] = {}
    undated = 0
    for u, v, d in items:
        if who is not None and who not in (u, v):
            continue
        if pair is not None and {u, v} != set(pair):
            continue
        cls = quad_class(d.get("type"), request=request)
        if cls is None:
            continue
        parsed = parse_date(d.get("date"))
        if not precise_enough(by, parsed):
            undated += 1
            continue
        key = period_key(parsed[0], by)
        buckets.setdefault(key, []).append({
            "date": d.get("date"), "type": d.get("type"), "class": cls,
            "source": actor_label(G, u) if u is not None else None,
            "target": actor_label(G, v) if v is not None else None,
            "evidence": evidence_of(d), "_day": parsed[0]})

    per_period: dict[str, tuple[dict[str, int], list[dict[str, Any]], int]] = {}
    days = [e["_day"] for evs in buckets.values() for e in evs]
    for key, evs in buckets.items():
        evs = sorted(evs, key=lambda e: (e["_day"], *listing_order(e)))
        for e in evs:
            del e["_day"]
        counts = {c: 0 for c in QUAD_CLASSES}
        for e in evs:
            counts[e["class"]] += 1
        per_period[key] = (counts, evs, 0)
    return assemble(per_period, (min(days), max(days)) if days else None, by=by, request=request,
                    threshold=threshold, min_events=min_events,
                    actor={"id": who, "name": actor_label(G, who)} if who is not None else None,
                    dyad=[{"id": n, "name": actor_label(G, n)} for n in pair] if pair is not None else None,
                    undated=undated)


def listing_order(event: dict[str, Any]) -> tuple:
    """How the events of one day are listed: by type, document, place in it (evidence offsets), then
    source and target name (and date as written); the same over a store and over an extraction,
    whatever the order of the graph's edges (``kingmaker.analysis.storegraph.store_timeline`` ranks
    by it in SQL).

    >>> e = {"type": "AID", "source": "A", "target": None, "date": "2021-03-02",
    ...      "evidence": {"document": "d2", "start": 5, "end": 9}}
    >>> listing_order(e)
    ('AID', 'd2', 5, 9, 'A', '', '2021-03-02')
    """
    ev = event.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    return (event["type"] or "", ev.get("document") or "", -1 if start is None else start, -1 if end is None else end,
            event.get("source") or "", event.get("target") or "", event.get("date") or "")


def check_options(*, by: str | None = None, request: str | None = None, min_events: int | None = None) -> None:
    """Raise :class:`TimelineError` on an unknown period or REQUEST class, or ``min_events`` below 1."""
    if by is not None and by not in PERIODS:
        raise TimelineError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    if request is not None and request not in ("verbal_conflict", "verbal_coop"):
        raise TimelineError(f"REQUEST counts as verbal_conflict or verbal_coop, not {request!r}")
    if min_events is not None and min_events < 1:
        raise TimelineError(f"min_events must be at least 1, not {min_events}")


def precise_enough(by: str, parsed: tuple[_dt.date, str] | None) -> bool:
    """Whether a parsed date (:func:`kingmaker.graph.parse_date`) is precise enough for periods ``by``."""
    return parsed is not None and _RANK[parsed[1]] >= _RANK[_NEED[by]]


def assemble(per_period: dict[str, tuple[dict[str, int], list[dict[str, Any]], int]],
             days: tuple[_dt.date, _dt.date] | None, *, by: str, request: str, threshold: float, min_events: int,
             actor: dict[str, Any] | None, dyad: list[dict[str, Any]] | None, undated: int) -> dict[str, Any]:
    """The result of :func:`timeline` from what each period counts: ``per_period`` maps a period
    label to its counts by quad class, the events it lists (sorted) and how many earlier ones it
    leaves out (``events_more`` when above 0); ``days``: the first and the last day of an event."""
    periods: list[dict[str, Any]] = []
    if days is not None:
        start, last = _start_of(days[0], by), _start_of(days[1], by)
        while start <= last:
            key = period_key(start, by)
            counts, evs, more = per_period.get(key) or ({c: 0 for c in QUAD_CLASSES}, [], 0)
            total = sum(counts.values())
            score = sum(QUAD_WEIGHTS[c] * n for c, n in counts.items()) / total if total else None
            periods.append({"period": key, "start": start.isoformat(), "counts": counts,
                            "total": total, "score": score, "trend": None, "events": evs})
            if more:
                periods[-1]["events_more"] = more
            start = _next(start, by)
    previous = None
    for p in periods:
        if p["score"] is None or p["total"] < min_events:
            continue
        if previous is not None:
            delta = p["score"] - previous
            if delta >= threshold:
                p["trend"] = "escalation"
            elif delta <= -threshold:
                p["trend"] = "de-escalation"
        previous = p["score"]
    totals = {c: sum(p["counts"][c] for p in periods) for c in QUAD_CLASSES}
    return {
        "by": by, "request_counts_as": request, "threshold": threshold, "min_events": min_events,
        "actor": actor, "dyad": dyad,
        "periods": periods, "totals": totals, "undated": undated,
        "escalations": [p["period"] for p in periods if p["trend"] == "escalation"],
        "de_escalations": [p["period"] for p in periods if p["trend"] == "de-escalation"],
    }


EVIDENCE_SHOWN = 10  # events listed per period by default (CLI --evidence, web ?evidence=)


def cap_events(result: dict[str, Any], n: int | None) -> dict[str, Any]:
    """List at most the ``n`` latest events of each period of a :func:`timeline` result (in place);
    ``events_more`` says how many earlier ones were left out. Counts, totals, scores and trends
    stay those of every event. ``n`` 0 or ``None``: all.

    >>> r = {"periods": [{"events": [{"date": "2020-01-0%d" % i} for i in range(1, 5)], "total": 4}]}
    >>> p = cap_events(r, 2)["periods"][0]
    >>> [e["date"] for e in p["events"]], p["events_more"], p["total"]
    (['2020-01-03', '2020-01-04'], 2, 4)
    """
    if not n:
        return result
    for p in result.get("periods", []):
        events = p.get("events") or []
        if len(events) > n:
            p["events_more"] = len(events) - n
            p["events"] = events[-n:]  # sorted by day: the latest
    return result


def plot_timeline(result: dict[str, Any], path: str | Path, *, title: str | None = None) -> Path:
    """Draw a timeline as a diverging bar chart (cooperation up, conflict down).

    Escalation periods are shaded red and de-escalations green. Uses matplotlib's Agg
    canvas directly, so no display and no global backend switch are needed.

    Parameters
    ----------
    result : dict
        What :func:`timeline` returned.
    path : str or pathlib.Path
        Output file; ``.png``, ``.svg`` or ``.pdf``.
    title : str, optional
        Chart title (default: says what was counted).

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    TimelineError
        On another suffix, when the file cannot be written (missing directory, no
        permission), or when matplotlib is not installed.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "pdf"):
        raise TimelineError(f"cannot draw {path.name!r}: the chart file must end in .png, .svg or .pdf")
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.patches import Patch
    except ImportError:
        raise TimelineError("--plot needs matplotlib (pip install matplotlib)") from None

    periods = result["periods"]
    labels = [p["period"] for p in periods]
    xs = list(range(len(periods)))
    fig = Figure(figsize=(max(6.0, 0.35 * len(periods) + 2), 4.5), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    colors = {"verbal_coop": "#9ecae1", "material_coop": "#3182bd",
              "verbal_conflict": "#fdae6b", "material_conflict": "#e6550d"}
    for i, p in enumerate(periods):
        if p["trend"] == "escalation":
            ax.axvspan(i - 0.5, i + 0.5, color="#fee0d2", zorder=0)
        elif p["trend"] == "de-escalation":
            ax.axvspan(i - 0.5, i + 0.5, color="#e5f5e0", zorder=0)
    up = [0] * len(periods)
    down = [0] * len(periods)
    for cls in QUAD_CLASSES:
        values = [p["counts"][cls] for p in periods]
        if cls.endswith("coop"):
            ax.bar(xs, values, bottom=up, color=colors[cls], label=QUAD_LABELS[cls], zorder=2)
            up = [a + b for a, b in zip(up, values)]
        else:
            ax.bar(xs, [-v for v in values], bottom=[-d for d in down], color=colors[cls],
                   label=QUAD_LABELS[cls], zorder=2)
            down = [a + b for a, b in zip(down, values)]
    ax.axhline(0, color="black", linewidth=0.8)
    step = max(1, len(labels) // 24)
    ax.set_xticks(xs[::step], labels[::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("events (conflict below zero)")
    if title is None:
        who = result.get("actor") and result["actor"]["name"]
        pair = result.get("dyad") and " – ".join(a["name"] for a in result["dyad"])
        title = f"Events per {result['by']}" + (f": {who}" if who else "") + (f": {pair}" if pair else "")
    ax.set_title(title)
    handles, names = ax.get_legend_handles_labels()
    handles += [Patch(color="#fee0d2", label="escalation"), Patch(color="#e5f5e0", label="de-escalation")]
    ax.legend(handles=handles, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    try:
        fig.savefig(path, format=fmt)
    except OSError as err:
        raise TimelineError(f"cannot write the chart to {str(path)!r}: {err.strerror or err}") from None
    return path
