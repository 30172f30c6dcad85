"""The analyses over a store, on the part of the graph they read, selected in SQL.

:func:`kingmaker.graph.build_graph` over a store's whole snapshot reads every document, actor,
tie, event and fact into Python. An analysis that reads only some items (the timeline: events,
of one actor or pair when asked; patronage: the control ties) asks the store for those, with
the as-of cut in SQL (``Store.relations`` / ``Store.events`` with ``as_of``: the cut of
:func:`kingmaker.graph.select`), and builds a graph of them alone, edge for edge as
``build_graph`` would (same ids, dates, evidence), with the names and kinds of the actors on
them (``Store.actor_labels``). The analysis function itself is the one that runs on a whole
graph, so the result is the same (``tests/test_store_analyses.py`` compares both paths).

Two analyses go further and read only what they show: the timeline counts per date and quad class
in SQL and reads whole only the events it lists (``--evidence``); influence walks from its actor a
level at a time, reading the control ties of the actors it reaches (the latest ``--evidence`` of
each type and pair whole, the rest counted), and ranks patrons (``--top``) on the pairs of actors
the control ties join, grouped in SQL (``tests/test_store_timeline_scale.py`` compares them with
the graph of the whole snapshot on a crowded store).

Coalition and changes build no graph of the store either: coalition reads the latest document with
seat figures from the counts the store keeps per document (one indexed read), that document's facts,
and the ties of the parties and their leaders (:class:`StoreCoalitionReads`); changes reads the ties
of each date as the pairs they join, the control and linked pairs, and whole only the ties and
events it shows (:func:`store_changes`; ``tests/test_store_coalition_changes.py`` compares both with
the whole graphs, JSON byte for byte).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kingmaker.graph import last_day_of

__all__ = ["store_graph", "store_timeline", "store_influence", "store_connection", "StoreCoalitionReads",
           "store_coalition", "store_changes"]


def _day(as_of: Any) -> str | None:
    day = last_day_of(as_of)
    return day.isoformat() if day else None


def _evidence(row: dict[str, Any], date: str | None) -> dict[str, Any]:
    return {"document": row["document"], "date": date, "text": row["evidence"], "start": row["start"],
            "end": row["end"]}


def _edge(row: dict[str, Any], kind: str = "relation") -> dict[str, Any]:
    """The data of the edge of a tie row of the store (``kind="event"``: of an event row), as
    :func:`kingmaker.graph.build_graph` gives it: a tie is never negated."""
    return dict(id=row["id"], kind=kind, type=row["type"], document=row["document"], date=row["date"],
                negated=row["negated"] if kind == "event" else False, confidence=row["confidence"],
                evidence=_evidence(row, row["date"]))


def store_graph(store, *, as_of: Any = None, relation_types: Iterable[str] | None = None,
                events: bool = False, actor: str | None = None, with_actor: str | None = None,
                nodes: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The graph of :func:`kingmaker.graph.build_graph` restricted to some items of a store.

    ``relation_types``: the ties of these types (``None``: no ties); ``events``: the events, of
    ``actor`` (an actor id) when given, between ``actor`` and ``with_actor`` when both are;
    ``nodes``: actor ids to have in the graph even without an edge. ``G.graph`` has
    ``loose_events``, ``as_of``, ``undated_left_out`` (documents the cut left out for having no
    date), empty ``facts`` and ``documents``.
    """
    day = _day(as_of)
    types = sorted(set(relation_types)) if relation_types is not None else []
    ties = store.relations(type=types, as_of=day) if types else []
    acts = store.events(actor=actor, with_=with_actor if actor else None, as_of=day) if events else []
    return _graph_of(store, ties, acts, nodes, day)


def _graph_of(store, ties: Iterable[dict[str, Any]], acts: Iterable[dict[str, Any]], nodes: Iterable[str],
              day: str | None) -> nx.MultiDiGraph:
    """The graph of these tie and event rows (a store's), as ``build_graph`` makes it."""
    G = nx.MultiDiGraph(documents={}, facts=[], loose_events=[], as_of=day,
                        undated_left_out=store.undated_documents() if day else 0)
    edges = [(r["source"], r["target"], _edge(r)) for r in ties]
    edges += [(e["source"], e["target"], _edge(e, "event")) for e in acts]
    wanted = {n for n in nodes if n is not None}
    wanted |= {x for u, v, _ in edges for x in (u, v) if x is not None}
    labels = store.actor_labels(wanted)
    for node in sorted(wanted):
        name, kind = labels.get(node, (node, None))
        G.add_node(node, name=name, kind=kind, subkind=None, aliases=[], documents=[])
    for u, v, d in edges:
        if d["kind"] == "event" and (u is None or v is None):
            G.graph["loose_events"].append({"source": u, "target": v, **d})
        else:
            G.add_edge(u, v, **d)
    return G


def store_timeline(store, *, as_of: Any = None, actor: str | None = None,
                   dyad: tuple[str, str] | None = None, evidence: int | None = None,
                   **options: Any) -> dict[str, Any]:
    """:func:`kingmaker.analysis.timeline.timeline` over a store, then
    :func:`~kingmaker.analysis.timeline.cap_events` (``evidence``: the events listed per period;
    ``None`` or 0: all). The counts come from SQL, grouped by date and type (what the timeline counts:
    the actor's or the pair's events when given); only the events listed are read whole, so the
    cost follows the periods shown rather than the store. The result also has ``undated_documents``
    (what the as-of cut left out for having no date).

    By month or year (one actor's or every event), the counts come from the sums the store keeps per
    month (``Store.event_month_counts``, schema 17: a row per month and type, the cut's month by
    date), and the dates whose events a period lists from its latest dates read newest first
    (``Store.latest_event_dates``), so neither reads a row per date of the store.

    The events listed are ranked in SQL per date by :func:`~kingmaker.analysis.timeline.listing_order`
    (type, document, place in it): only those that can be among the latest of their period are read."""
    from kingmaker.analysis.timeline import (
        QUAD_CLASSES,
        QUAD_OF,
        assemble,
        check_options,
        listing_order,
        period_key,
        precise_enough,
        quad_class,
    )
    from kingmaker.graph import parse_date

    who = store.find_actor(actor, documents=False)["id"] if actor is not None else None
    pair = tuple(store.find_actor(x, documents=False)["id"] for x in dyad) if dyad is not None else None
    by, request = options.get("by", "month"), options.get("request", "verbal_conflict")
    threshold, min_events = options.get("threshold", 0.5), options.get("min_events", 3)
    day = _day(as_of)
    check_options(by=by, request=request, min_events=min_events)
    first, second = (pair if pair is not None else (who, None))
    filters = dict(actor_id=first, with_id=second, as_of=day)
    types = [t for t in ("REQUEST", *QUAD_OF) if quad_class(t, request=request) is not None]
    classes = {c: [t for t in types if quad_class(t, request=request) == c] for c in QUAD_CLASSES}
    # by month or year, one actor's or every event: the sums the store keeps per month (schema 17)
    monthly = pair is None and by != "week" and hasattr(store, "event_month_counts")
    rows = store.event_month_counts(classes, actor_id=who, as_of=day) if monthly else None
    monthly = rows is not None
    if rows is None:  # (an actor paired with itself: no event joins two sides that are one actor)
        rows = store.event_day_counts(classes, **filters) if pair is None or pair[0] != pair[1] else []

    undated = 0
    per_day: dict[Any, list] = {}  # day (by month: a month's first, for the sums per month) -> [events, {dates}]
    counts: dict[str, dict[str, int]] = {}
    for date, by_class in rows:
        n = sum(by_class.values())
        parsed = parse_date(date)
        if not precise_enough(by, parsed):
            undated += n
            continue
        period = counts.setdefault(period_key(parsed[0], by), {c: 0 for c in QUAD_CLASSES})
        for cls, k in by_class.items():
            period[cls] += k
        item = per_day.setdefault(parsed[0], [0, set()])
        item[0] += n
        item[1].add(date)

    # the days whose events a period lists: its latest, until ``evidence`` events are in; of each, the
    # events still wanted (the period's ``evidence`` less those of its later days)
    shown = evidence or None
    wanted: dict[str, int] | None = None
    if shown is not None and monthly:  # each period's latest dates, read newest first
        wanted = store.latest_event_dates(counts, shown, types=types, actor_id=who, as_of=day)
    elif shown is not None:
        wanted, seen = {}, {}
        for d in sorted(per_day, reverse=True):
            key = period_key(d, by)
            if seen.get(key, 0) < shown:
                wanted.update(dict.fromkeys(per_day[d][1], shown - seen.get(key, 0)))
                seen[key] = seen.get(key, 0) + per_day[d][0]
    found = store.dated_events(wanted, types=types, per_date=wanted, **filters) if per_day else []
    found = [(parsed[0], e) for e in found
             if (pair is None or {e["source"], e["target"]} == set(pair))
             and precise_enough(by, parsed := parse_date(e["date"]))]

    labels = store.actor_labels({x for _, e in found for x in (e["source"], e["target"]) if x is not None} |
                                {x for x in (who, *(pair or ())) if x is not None})

    def label(node: str) -> str:
        return labels.get(node, (node, None))[0] or node

    listed: dict[str, list[tuple[tuple, dict[str, Any]]]] = {}
    for d, e in found:
        u, v = e["source"], e["target"]
        item = {"date": e["date"], "type": e["type"], "class": quad_class(e["type"], request=request),
                "source": label(u) if u is not None else None, "target": label(v) if v is not None else None,
                "evidence": _evidence(e, e["date"])}
        listed.setdefault(period_key(d, by), []).append(((d, *listing_order(item)), item))
    per_period = {}
    for key, n in counts.items():
        evs = [x for _, x in sorted(listed.get(key, []), key=lambda x: x[0])]
        total = sum(n.values())
        if shown is not None and total > shown:
            per_period[key] = (n, evs[-shown:], total - shown)
        else:
            per_period[key] = (n, evs, 0)
    days = (min(per_day), max(per_day)) if per_day else None
    result = assemble(per_period, days, by=by, request=request, threshold=threshold, min_events=min_events,
                      actor={"id": who, "name": label(who)} if who is not None else None,
                      dyad=[{"id": n, "name": label(n)} for n in pair] if pair is not None else None,
                      undated=undated)
    return {**result, "undated_documents": store.undated_documents() if day else 0}


def store_influence(store, *, actor: str | None = None, top: int | None = None, as_of: Any = None,
                    max_depth: int | None = None, evidence: int | None = None) -> dict[str, Any]:
    """:func:`kingmaker.analysis.influence.influence` (``actor``) and ``rank_patrons`` (``top``)
    over a store, on the control ties (``backs``, ``leader_of``, ``part_of``, ``member_of``: the
    type table's control steps). ``actor``: the walk reads, level by level, the ties of the actors it
    reaches (up to ``max_depth`` steps, and the leaders of the last), not the whole store; ``top``:
    the sphere sizes come from the pairs of actors the control ties join, without evidence
    (``Store.tie_pairs``: a row per type and pair), ranked without a graph
    (:func:`~kingmaker.analysis.influence.rank_control`: names read only for the places shown and
    those tied with the last). ``evidence``: then :func:`~kingmaker.analysis.influence.cap_evidence`
    (only the latest ``evidence`` ties of each type and pair are read whole). ``top`` goes in ``result["top"]``; the
    result also has ``undated_documents``."""
    from kingmaker.analysis.influence import CONTROL_STEPS, influence

    day = _day(as_of)
    types = sorted({*CONTROL_STEPS, "leader_of"})
    root = store.find_actor(actor, documents=False)["id"] if actor is not None else None
    result: dict[str, Any] = {}
    if root is not None:
        counts: dict[tuple[str, str, str], int] = {}
        G = _sphere_graph(store, root, types=types, day=day, max_depth=max_depth, last=evidence or None,
                          counts=counts)
        result = influence(G, root, max_depth=max_depth)
        if evidence:
            _cap_counted(result, evidence, counts)
    if top is not None:
        result["top"] = _top_patrons(store, top, day, types)
    return {**result, "undated_documents": store.undated_documents() if day else 0}


def _top_patrons(store, top: int, day: str | None, types: list[str]) -> list[dict[str, Any]]:
    """:func:`~kingmaker.analysis.influence.rank_patrons` over a store, names read for the places shown.

    Where the store keeps each actor's sphere in the whole store (``Store.kept_spheres``, schema 16),
    the work follows the answer: without a cut, the top places and those tied with the last are read
    from the kept spheres, with their direct clients; within an as-of cut, a cut's sphere is at most
    the whole store's (its ties are some of them), so the actors are read by that bound, the largest
    first, a batch at a time, each batch's reach within the cut walked (closed under clients: its
    spheres are exact), until the highest bound left is below the last place found. Else: every
    control pair (``Store.tie_pairs``: a row per type and pair) and one pass over them."""
    from kingmaker.analysis.influence import CONTROL_STEPS, rank_control
    from kingmaker.control import sphere_sizes

    kept = store.kept_spheres(limit=top) if hasattr(store, "kept_spheres") else None
    if kept is None:
        succ: dict[str, dict[str, None]] = {}
        for type_, a, b in store.tie_pairs(types=types, as_of=day):
            if a != b:
                u, v = (a, b) if CONTROL_STEPS[type_][0] else (b, a)
                succ.setdefault(u, {})[v] = None
        return rank_control(succ, store.actor_labels, top=top)
    if day is None:
        if len(kept) == top:  # and every actor tied with the last place
            kept = store.kept_spheres(least=kept[-1][1:])
        return rank_control(store.control_clients([v for v, _, _ in kept]), store.actor_labels, top=top,
                            spheres={v: n for v, n, _ in kept})
    reach: dict[str, dict[str, None]] = {}
    done, batch = 0, 4 * top  # (a cut's spheres are smaller: more actors than places come first)
    kept = store.kept_spheres(limit=batch)
    while True:
        store.control_reach([v for v, _, _ in kept], as_of=day, succ=reach)
        done += len(kept)
        spheres = sphere_sizes(reach)
        if len(kept) < batch:
            break  # every actor that controls one was read
        found = sorted(spheres.values(), reverse=True)
        if len(found) >= top and kept[-1][1] < found[top - 1]:
            break  # no actor left can reach the last place
        batch *= 2
        kept = store.kept_spheres(limit=batch, offset=done)
    return rank_control(reach, store.actor_labels, top=top, spheres=spheres)


def _cap_counted(result: dict[str, Any], n: int, counts: dict[tuple[str, str, str], int]) -> None:
    """:func:`~kingmaker.analysis.influence.cap_evidence` of an influence result built on the latest
    ``n`` ties of each type and pair (``counts``: how many each has): ``evidence_more`` from the counts."""
    from kingmaker.analysis.influence import CONTROL_STEPS

    def cap(item: dict[str, Any], total: int) -> None:
        if total > n:
            item["evidence"] = item["evidence"][-n:]
            item["evidence_more"] = total - n

    for item in [result["actor"], *result["below"], *result["above"]]:
        for step in item.get("path", []):
            a, b = step["from_id"], step["to_id"]
            cap(step, sum(counts.get((t, a, b) if CONTROL_STEPS[t][0] else (t, b, a), 0) for t in step["relations"]))
        org = item["id"]
        for leader in item.get("leaders", []):
            cap(leader, counts.get(("leader_of", leader["id"], org), 0))


def _sphere_graph(store, root: str, *, types: list[str], day: str | None, max_depth: int | None,
                  last: int | None = None, counts: dict | None = None) -> nx.MultiDiGraph:
    """The graph of the control ties of every actor a walk from ``root`` reaches, down (whom it
    controls) and up (who controls it), read a level at a time: all the ties of each actor the walk
    takes (its steps, and the leaders it shows), so :func:`~kingmaker.analysis.influence.influence`
    on it gives what it gives on the whole store; the walk stops ``max_depth`` steps out (the ties of
    the last level are read: their leaders are shown)."""
    from kingmaker.analysis.influence import CONTROL_STEPS

    ties: list[dict[str, Any]] = []
    seen: set[str] = set()
    succ: dict[str, set[str]] = {}
    pred: dict[str, set[str]] = {}
    fetched: set[str] = set()
    down, up = {root}, {root}
    frontier_down, frontier_up = {root}, {root}
    level = 0
    while frontier_down or frontier_up:
        todo = (frontier_down | frontier_up) - fetched
        fetched |= todo
        for t in store.ties_of(todo, types=types, as_of=day, last=last) if todo else []:
            if t["id"] in seen:
                continue
            seen.add(t["id"])
            if counts is not None and "count" in t:
                counts[(t["type"], t["source"], t["target"])] = t.pop("count")
            ties.append(t)
            forward, _ = CONTROL_STEPS[t["type"]]
            a, b = (t["source"], t["target"]) if forward else (t["target"], t["source"])
            if a != b:
                succ.setdefault(a, set()).add(b)
                pred.setdefault(b, set()).add(a)
        if max_depth is not None and level >= max_depth:
            break
        frontier_down = {b for a in frontier_down for b in succ.get(a, ())} - down
        frontier_up = {a for b in frontier_up for a in pred.get(b, ())} - up
        down |= frontier_down
        up |= frontier_up
        level += 1
    return _graph_of(store, ties, [], [root], day)


def _tie_path(store, source: str, target: str, day: str | None) -> list[str] | None:
    """The shortest chain of ties from ``source`` to ``target`` (``[]``: none) that ``nx.shortest_path``
    finds on the tie graph of ``Store.links`` (its bidirectional search, whose neighbours come in id
    order there: the links are sorted pairs), with the neighbours of each level read from the store
    (``Store.tie_neighbours``), so the search reads only the actors it reaches; ``None`` where the
    store keeps no links."""
    if source == target:
        return [source]
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    forward, reverse = [source], [target]
    meet = None
    while forward and reverse and meet is None:
        ahead = len(forward) <= len(reverse)
        level = forward if ahead else reverse
        mine, theirs = (pred, succ) if ahead else (succ, pred)
        adjacent = store.tie_neighbours(level, as_of=day)
        if adjacent is None:
            return None
        fringe: list[str] = []
        for v in level:
            for w in adjacent[v]:
                if w not in mine:
                    fringe.append(w)
                    mine[w] = v
                if w in theirs:
                    meet = w
                    break
            if meet is not None:
                break
        if ahead:
            forward = fringe
        else:
            reverse = fringe
    if meet is None:
        return []
    path, w = [], meet
    while w is not None:
        path.append(w)
        w = pred[w]
    path.reverse()
    w = succ[path[-1]]
    while w is not None:
        path.append(w)
        w = succ[w]
    return path


def store_connection(store, a: str, b: str, *, types: set[str] | None = None, min_confidence: float = 0.0,
                     as_of: Any = None) -> dict[str, Any]:
    """:func:`kingmaker.web.explore.connection` (the shortest chain of ties from ``a`` to ``b``) over
    a store: without ``types`` or ``min_confidence``, the path is found on the linked pairs, read
    level by level from the actors it reaches (``_tie_path``; a store without kept ties: the whole
    graph of ``Store.links``), and only the ties of its steps are read; with them, the ties (of ``types``);
    then the titles of the documents of the steps shown."""
    from kingmaker.model import RELATION_TYPES
    from kingmaker.web.explore import connection

    ends = [store.find_actor(x, documents=False)["id"] for x in (a, b)]
    if types is None and not min_confidence:
        # the path on the tie graph (the linked pairs), then the ties of its steps only (of several
        # shortest paths, the one found may differ from the whole graph's of the item level)
        day = _day(as_of)
        path = _tie_path(store, ends[0], ends[1], day)
        if path is None:  # a store that keeps no links: the whole tie graph
            H = nx.Graph()
            H.add_nodes_from(ends)
            H.add_edges_from((x, y) for x, y, _, _ in store.links(as_of=day, include=("relation",))["links"])
            try:
                path = nx.shortest_path(H, ends[0], ends[1])
            except nx.NetworkXNoPath:
                path = []
        ties = [t for u, v in zip(path, path[1:]) for t in store.ties_between(u, v, as_of=day)]
        G = _graph_of(store, ties, [], ends, day)
    else:
        G = store_graph(store, as_of=as_of, relation_types=RELATION_TYPES if types is None else types, nodes=ends)
    found = connection(G, ends[0], ends[1], types=types, min_confidence=min_confidence)
    ties = [t for step in found["steps"] for t in step["ties"]]
    heads = store.document_heads(t["document"] for t in ties if t["document"])
    for t in ties:
        t["document_title"] = heads.get(t["document"], {}).get("title")
    return found


class StoreCoalitionReads:
    """What :func:`kingmaker.analysis.coalition.coalition` reads of the actor graph
    (:class:`~kingmaker.analysis.coalition.GraphReads`), read in SQL from a store within an as-of cut:
    the seat table from one document's ``seats`` facts (the document chosen in the store's kept
    counts of facts per document: ``Store.latest_fact_document``), and the ties between the parties and their
    leaders. Each is handed to the graph code (``seat_table``, ``party_ties``) on a graph of those
    items alone, built as ``build_graph`` builds the whole one (the same nodes, data and edge order
    where the result depends on it), so the result is the same."""

    def __init__(self, store, as_of: Any = None) -> None:
        self.store = store
        self.day = _day(as_of)

    def find(self, name: str) -> str | None:
        from kingmaker.errors import KingmakerError

        try:
            return self.store.find_actor(name, documents=False)["id"]
        except KingmakerError:
            return None

    def _document(self, legislature: str | None) -> str:
        """The document ``seat_table`` reads without ``document``: the latest with a seats fact on the
        legislature, else the latest with seat figures on two actors or more (else any); ties to the
        one with most figures, then the largest id (``Store.latest_fact_document``: kept per document)."""
        from kingmaker.analysis.coalition import CoalitionError

        store, day = self.store, self.day
        if legislature is not None:
            docs = store.fact_documents("seats", as_of=day, actor=store.find_actor(legislature, documents=False)["id"])
            if not docs:
                raise CoalitionError("no document with seat figures")  # (the whole graph says why)
            return max(docs, key=lambda r: (r[1], r[2], r[0]))[0]
        doc = store.latest_fact_document("seats", as_of=day)
        if doc is None:
            raise CoalitionError("no 'seats' facts in the input; pass --seats 'A=40,B=35,...'")
        return doc

    def seat_table(self, *, document: str | None = None, legislature: str | None = None):
        from kingmaker.analysis.coalition import seat_table

        store, day = self.store, self.day
        doc = document if document is not None else self._document(legislature)
        facts = store.document_facts(doc, key="seats", as_of=day)
        holders = sorted({f["actor"] for f in facts})
        G = nx.MultiDiGraph(documents={}, facts=[], loose_events=[], as_of=day, undated_left_out=0)
        found = {a["id"]: a for a in store.map_actors(holders)}
        for node in holders:
            a = found.get(node, {})
            G.add_node(node, name=a.get("name", node), kind=a.get("kind"), subkind=a.get("subkind"),
                       aliases=list(a.get("aliases") or []), documents=[])
        for f in facts:
            G.graph["facts"].append({"actor": f["actor"], "key": f["key"], "value": f["value"],
                                     "document": f["document"], "date": f["date"],
                                     "confidence": f["confidence"], "evidence": _evidence(f, f["date"])})
        for type_, u, v in store.tie_pairs(types=["member_of", "part_of"], as_of=day, among=holders):
            G.add_edge(u, v, kind="relation", type=type_)  # (nested blocs: which pairs, not which ties)
        legislature_id = None if legislature is None else store.find_actor(legislature, documents=False)["id"]
        return seat_table(G, document=doc, legislature=legislature_id)

    def party_ties(self, parties):
        """:func:`~kingmaker.analysis.coalition.party_ties` on the ties among the parties and their
        leaders: the leaders from the ``leader_of`` pairs into the parties (grouped in SQL), then the
        ties of the pairs of them that ``opposes`` or ``allied_with`` join, in the order the whole
        graph walks its edges (actors in store order; from each, its neighbours in the order of its
        first tie to them; then its ties in store order): the order of the evidence listed."""
        from kingmaker.analysis.coalition import party_ties

        store, day = self.store, self.day
        members = set(parties.values())
        leading = store.tie_pairs(types=["leader_of"], as_of=day, targets=members)
        speakers = members | {u for _, u, _ in leading}
        pairs = sorted({tuple(sorted((u, v))) for _, u, v in
                        store.tie_pairs(types=["opposes", "allied_with"], as_of=day, among=speakers)})
        rows = [r for a, b in pairs for r in store.ties_between(a, b, as_of=day, positions=True)]
        first: dict[tuple[str, str], tuple[int, int]] = {}
        for r in rows:
            key = (r["source"], r["target"])
            first[key] = min(first.get(key, r["position"]), r["position"])
        rows.sort(key=lambda r: (first[(r["source"], r["target"])], r["position"]))
        rows += [{"source": u, "target": v, "type": t, "id": None, "document": None, "date": None,
                  "evidence": None, "start": None, "end": None, "confidence": None} for t, u, v in leading]
        nodes = speakers | {x for r in rows for x in (r["source"], r["target"])}
        ranks = store.actor_ranks(nodes)
        labels = store.actor_labels(nodes)
        G = nx.MultiDiGraph()
        for node in sorted(nodes, key=lambda n: (ranks.get(n, len(ranks)), n)):
            name, kind = labels.get(node, (node, None))
            G.add_node(node, name=name, kind=kind, subkind=None, aliases=[], documents=[])
        for r in rows:
            G.add_edge(r["source"], r["target"], **_edge(r))
        return party_ties(G, parties)


def store_coalition(store, *, as_of: Any = None, **options: Any) -> dict[str, Any]:
    """:func:`kingmaker.analysis.coalition.coalition` over a store (:class:`StoreCoalitionReads`; not
    ``drop_ties``, which needs the whole graph); the result also has ``undated_documents``."""
    from kingmaker.analysis.coalition import coalition

    reads = StoreCoalitionReads(store, as_of)
    result = coalition(reads, **options)
    return {**result, "undated_documents": store.undated_documents() if reads.day else 0}


def store_changes(store, since: Any, until: Any, *, top: int = 10, exact: bool = False) -> dict[str, Any]:
    """:func:`kingmaker.analysis.changes.changes` over a store, between the graphs as of ``since`` and
    ``until``, without either graph: the ties of each as the pairs they join (``Store.tie_pairs``,
    grouped in SQL), the ties read whole only where a result shows them (those of the documents dated
    between the two days, and every tie of the pairs that a tie and its contradiction join), the
    spheres from the control pairs, the broker ranks from the linked pairs (``Store.link_pairs``), and the
    events of the actors whose rank moved that are listed (the ranks sampled past ``APPROX_THRESHOLD``
    actors unless ``exact``: :func:`~kingmaker.analysis.changes.broker_method`). The result also has
    ``undated_documents``."""
    from kingmaker.analysis.changes import (
        CONTRADICTS,
        broker_method,
        broker_ranks,
        check_dates,
        compare,
        spheres_of,
        tie_key,
    )
    from kingmaker.analysis.influence import CONTROL_STEPS
    from kingmaker.graph import date_key
    from kingmaker.model import RELATION_TYPES

    start, end = _day(since), _day(until)
    check_dates(start, end)
    everything = sorted(RELATION_TYPES)

    def keys(day: str) -> dict[tuple[str, str, str], list]:
        return {tie_key(a, t, b): [] for t, a, b in store.tie_pairs(types=everything, as_of=day)}

    def grouped(rows) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for r in rows:
            out.setdefault(tie_key(r["source"], r["type"], r["target"]), []).append(_edge(r))
        for items in out.values():
            items.sort(key=lambda d: (date_key(d.get("date")), str(d.get("id"))))
        return out

    ties_before = keys(start)
    # the ties of the documents between the two days: every item of a tie that appeared
    ties_after = grouped(store.relations(as_of=end, dated_after=start))
    # the pairs that a tie and its contradiction join by the later day: all their ties
    kinds: dict[frozenset, set[str]] = {}
    for t, a, b in store.tie_pairs(types=sorted(CONTRADICTS), as_of=end):
        kinds.setdefault(frozenset((a, b)), set()).add(t)
    contested = [tuple(sorted(p)) for p, ts in kinds.items() if len(p) == 2
                 and any(CONTRADICTS[t] & ts for t in ts)]
    for a, b in sorted(contested):
        for key in [k for k in ties_after if {k[0], k[2]} == {a, b}]:
            del ties_after[key]
        ties_after.update(grouped(store.ties_between(a, b, as_of=end)))

    def control(day: str) -> nx.DiGraph:
        C = nx.DiGraph()
        C.add_edges_from((a, b) if CONTROL_STEPS[t][0] else (b, a)
                         for t, a, b in store.tie_pairs(types=sorted(CONTROL_STEPS), as_of=day) if a != b)
        return C

    spheres_before, spheres_after = spheres_of(control(start)), spheres_of(control(end))
    named: dict[str, str] = {}
    methods: list[dict[str, Any]] = []

    def ranks(day: str) -> dict[str, int]:
        # the linked pairs (summed in SQL: betweenness reads which pairs, not their counts), on every
        # actor, as ``brokers.link_graph`` makes the graph of ``Store.links``
        links = store.link_pairs(as_of=day)
        H = nx.Graph()
        for node, name in links["actors"]:
            H.add_node(node)
            named[node] = name or node
        H.add_edges_from(links["pairs"])
        methods.append(broker_method(H.number_of_nodes(), exact=exact))
        return broker_ranks(H, lambda n: named.get(n) or str(n), exact=exact)

    ranks_before, ranks_after = ranks(start), ranks(end)

    def label(n: str) -> str:
        return named.get(n) or n

    def events_out(n: str, need: int) -> list[dict[str, Any]]:
        """The whole graph's order of the events from ``n``: its neighbours in the order of its first
        edge to them (its ties first, then its events, each in store order), then each one's events."""
        if need <= 0:
            return []
        rels = store.relations(actor=n, as_of=end)
        evs = [e for e in store.events(actor=n, as_of=end) if e["source"] == n and e["target"] is not None]
        first: dict[str, tuple[int, int]] = {}
        for i, r in enumerate(rels):
            if r["source"] == n:
                first.setdefault(r["target"], (0, i))
        for i, e in enumerate(evs):
            first.setdefault(e["target"], (1, i))
        shown = sorted((i for i, e in enumerate(evs) if date_key(e["date"]) > start),
                       key=lambda i: (first[evs[i]["target"]], i))[:need]
        return [{"id": e["id"], "source": label(e["source"]), "type": e["type"], "target": label(e["target"]),
                 "date": e["date"], "evidence": _evidence(e, e["date"])} for e in (evs[i] for i in shown)]

    result = compare(start, end, ties_before=ties_before, ties_after=ties_after, spheres_before=spheres_before,
                     spheres_after=spheres_after, ranks_before=ranks_before, ranks_after=ranks_after, label=label,
                     events_out=events_out, methods=(methods[0], methods[1]), top=top)
    return {**result, "undated_documents": store.undated_documents()}
