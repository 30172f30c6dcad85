"""The map's view of a corpus: the filtered items grouped into one edge per type and pair, the ego
view, the summary of big stores (the most connected actors, the strongest links), communities and
organisations for grouping, and the items behind an edge or a whole view (for the exports)."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from kingmaker.model import ACTOR_KINDS, RELATION_TYPES, SYMMETRIC_RELATIONS, Extraction
from kingmaker.web.corpus import Corpus, natural

__all__ = ["view", "store_view", "view_snapshot", "edge_items", "store_edge_items", "MAX_MAP_NODES", "MAP_LISTED",
           "EDGES_PER_NODE", "MAX_EDGE_ITEMS", "SUMMARY_EDGE_ITEMS"]

MAX_MAP_NODES = 250      # actors sent for one map (``limit``); the rest are summarised (``truncated``, ``hidden``)
MAP_LISTED = 200         # actors (the most connected) and documents the map page lists; search reaches the rest
EDGES_PER_NODE = 3       # at most this many edges per actor sent: the strongest (``edges_left_out``)
MAX_EDGE_ITEMS = 3       # evidence items sent per map edge (``count`` says how many; /api/edge gives all)
SUMMARY_EDGE_ITEMS = 1   # the same on a map cut to its most connected actors (a click reads the rest)
# ties that make an actor part of an organisation (the map's "group by organisation")
MEMBERSHIP = ("member_of", "leader_of", "part_of")


def _reach(neighbours: dict, focus: str, depth: int) -> set[str]:
    """The actors within ``depth`` steps (1 to 3) of ``focus`` over ``neighbours``, ``focus`` included.

    >>> sorted(_reach({"a": {"b"}, "b": {"a", "c"}, "c": {"b"}}, "a", 1))
    ['a', 'b']
    """
    ring = {focus}
    reach = {focus}
    for _ in range(max(1, min(depth, 3))):
        ring = {n for r in ring for n in neighbours.get(r, ())} - reach
        reach |= ring
    return reach

def grouped(corpus: Corpus, types, kinds, with_events, event_types, min_confidence, document):
    """The filtered items grouped into map edges, with each actor's degree and neighbours; kept
    for the last few filter settings (a big store takes a second or two to group)."""
    key = (types, kinds, with_events, event_types, min_confidence, document)
    cache = corpus.__dict__.setdefault("_grouped_cache", {})
    if key in cache:
        return cache[key]
    actors = corpus.actors
    wanted = {aid for aid, a in actors.items() if kinds is None or a.kind in kinds}
    groups: dict[tuple, list[tuple[str, Any]]] = defaultdict(list)
    for rid, r in corpus.relations:
        s, t, typ = r.source, r.target, r.type
        if s == t or s not in wanted or t not in wanted or (types is not None and typ not in types) \
                or r.confidence < min_confidence or (document is not None and r.evidence.document != document):
            continue
        if t < s and typ in SYMMETRIC_RELATIONS:
            s, t = t, s
        groups[("relation", typ, s, t)].append((rid, r))
    if with_events:
        for eid, e in corpus.events:
            s, t = e.source, e.target
            if s == t or s not in wanted or t not in wanted or (event_types is not None and e.type not in event_types) \
                    or e.confidence < min_confidence or (document is not None and e.evidence.document != document):
                continue
            groups[("event", e.type, s, t)].append((eid, e))
    degree: Counter = Counter()
    neighbours: dict[str, set[str]] = defaultdict(set)
    for (_, _, s, t), items in groups.items():
        degree[s] += len(items)
        degree[t] += len(items)
        neighbours[s].add(t)
        neighbours[t].add(s)
    if len(cache) >= 8:
        cache.pop(next(iter(cache)))
    cache[key] = (groups, degree, neighbours)
    return cache[key]

def view(corpus: Corpus, *, types: set[str] | None = None, kinds: set[str] | None = None, with_events: bool = True,
          event_types: set[str] | None = None, isolated: bool = False, max_nodes: int = MAX_MAP_NODES,
          min_confidence: float = 0.0, document: str | None = None, focus: str | None = None,
          depth: int = 1) -> dict[str, Any]:
    """The map's view: actors and ties (one edge per type and pair, with its evidence items).

    Filters: tie ``types``, ``event_types`` (PLOVER codes), actor ``kinds``, ``min_confidence``, one
    ``document``; ``focus`` with ``depth`` keeps an actor and its neighbours up to ``depth`` steps.
    Past ``max_nodes`` actors only the most connected are sent (``truncated`` says how many
    were left out, each node's ``hidden`` how many of its neighbours), each edge with the first of
    its items only (``count`` says how many: ``/api/edge`` gives them all). Nodes carry ``community``
    (Louvain, seeded) and ``organisation`` (the actor it is a member, leader or part of) for grouping.
    """
    groups, degree, neighbours = grouped(corpus, 
        frozenset(types) if types is not None else None, frozenset(kinds) if kinds is not None else None,
        with_events, frozenset(event_types) if event_types is not None else None, min_confidence, document)
    nodes = [a for a in corpus.actors.values() if kinds is None or a.kind in kinds]
    if document is not None:
        nodes = [a for a in nodes if document in a.documents or a.id in degree]
    if focus is not None:
        reach = _reach(neighbours, focus, depth)
        nodes = [a for a in nodes if a.id in reach]
    elif not isolated:
        nodes = [a for a in nodes if degree.get(a.id)]
    truncated = 0
    if len(nodes) > max_nodes:
        nodes.sort(key=lambda a: (a.id != focus, -degree.get(a.id, 0), -a.mentions, a.id))
        truncated = len(nodes) - max_nodes
        nodes = nodes[:max_nodes]
    keep = {a.id for a in nodes}
    edges = []
    between = [(k, items) for k, items in groups.items() if k[2] in keep and k[3] in keep]
    edges_left_out = max(0, len(between) - EDGES_PER_NODE * len(keep))
    if edges_left_out:  # a summary: the ties with the most evidence, relations before events
        between.sort(key=lambda ki: (-len(ki[1]), ki[0][0] != "relation", ki[0]))
        between = between[:EDGES_PER_NODE * len(keep)]
    for (kind, typ, s, t), items in between:
        items.sort(key=lambda it: (corpus.doc_date(it[1].evidence.document) or "", it[1].evidence.document,
                                   it[1].evidence.start))
        shown_items = [corpus.item(i, x) for i, x in items[:SUMMARY_EDGE_ITEMS if truncated else MAX_EDGE_ITEMS]]
        edges.append({"id": shown_items[0]["id"], "source": s, "target": t, "kind": kind, "type": typ,
                      "directed": not (kind == "relation" and typ in SYMMETRIC_RELATIONS),
                      "negated": all(it.get("negated") for it in shown_items),
                      "confidence": round(max(float(x.confidence) for _, x in items), 3),
                      "count": len(items), "items": shown_items})
    edges.sort(key=lambda e: (e["kind"] != "relation", e["type"], e["source"], e["target"]))
    groups_of = _groups(keep, edges)
    node_list = [{"id": a.id, "name": a.name, "kind": a.kind, "subkind": a.subkind,
                  "aliases": list(a.aliases), "degree": degree.get(a.id, 0),
                  "hidden": len(neighbours.get(a.id, set()) - keep), **groups_of.get(a.id, {})}
                 for a in sorted(nodes, key=lambda a: natural(a.id))]
    return {"as_of": corpus.as_of.isoformat() if corpus.as_of else None, "dates": corpus.all_dates,
            "undated_left_out": corpus.undated, "nodes": node_list, "edges": edges, "truncated": truncated,
            "edges_left_out": edges_left_out,
            "focus": focus, "depth": depth if focus else None,
            "relation_types": list(RELATION_TYPES), "kinds": list(ACTOR_KINDS)}

def view_snapshot(corpus: Corpus, view: dict[str, Any]):
    """The actors and items of a map view as a store snapshot (item ids kept), for the exports."""
    from kingmaker.store.base import Snapshot

    shown_ids = {a["id"] for a in view["nodes"]}
    wanted = {(e["kind"], e["type"], e["source"], e["target"]) for e in view["edges"]}
    rel_ids = [i for i, _ in _items_of(corpus.relations, "relation", wanted)]
    ev_ids = [i for i, _ in _items_of(corpus.events, "event", wanted)]
    items = corpus.by_item_id
    ex = Extraction(documents=list(corpus.documents.values()),
                    actors=[a for a in corpus.actors.values() if a.id in shown_ids],
                    relations=[items[i] for i in rel_ids], events=[items[i] for i in ev_ids])
    return Snapshot(ex, rel_ids, ev_ids, [])

def edge_items(corpus: Corpus, kind: str, type_: str, source: str, target: str) -> list[dict[str, Any]]:
    """Every item behind one map edge (the map sends at most MAX_EDGE_ITEMS of them)."""
    pool = corpus.relations if kind == "relation" else corpus.events
    found = _items_of(pool, kind, {(kind, type_, source, target)})
    found.sort(key=lambda it: (corpus.doc_date(it[1].evidence.document) or "", it[1].evidence.document,
                               it[1].evidence.start))
    return [corpus.item(i, x) for i, x in found]

def _items_of(pool: list[tuple[str, Any]], kind: str, edges: set[tuple]) -> list[tuple[str, Any]]:
    out = []
    for i, x in pool:
        s, t = x.source, x.target
        if kind == "relation" and x.type in SYMMETRIC_RELATIONS and t < s:
            s, t = t, s
        if (kind, x.type, s, t) in edges:
            out.append((i, x))
    return out


def _groups(keep: set[str], edges: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``community`` (Louvain on the shown ties, seeded: stable) and ``organisation`` of each actor."""
    H = nx.Graph()
    H.add_nodes_from(sorted(keep))  # in one order whatever the set's (Louvain follows the order of the nodes)
    orgs: dict[str, Counter] = defaultdict(Counter)
    for e in edges:
        w = H.get_edge_data(e["source"], e["target"], {}).get("weight", 0)
        H.add_edge(e["source"], e["target"], weight=w + e["count"])
        if e["kind"] == "relation" and e["type"] in MEMBERSHIP:
            orgs[e["source"]][e["target"]] += e["count"]
    out: dict[str, dict[str, Any]] = {}
    if H.number_of_edges():
        communities = nx.community.louvain_communities(H, weight="weight", seed=7)
        communities = sorted((sorted(c) for c in communities), key=lambda c: (-len(c), c[0]))
        for i, members in enumerate(communities):
            for n in members:
                out.setdefault(n, {})["community"] = i if len(members) > 1 else None
    for n, counts in orgs.items():
        out.setdefault(n, {})["organisation"] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return out


def store_view(store, *, as_of: str | None = None, with_events: bool = True, max_nodes: int = MAX_MAP_NODES,
               focus: str | None = None, depth: int = 1) -> dict[str, Any]:
    """:func:`view` over a store with no item filters (the map's first view, and its ego views),
    asking the store only for what the map shows, each step in SQL: the ``max_nodes`` most
    connected actors (``Store.actor_degrees``: the links summed per actor, ranked), or the focus and
    its neighbours (``Store.actor_neighbours``, ring by ring); how many neighbours of each are left
    out; then the map's edges among them, grouped and counted (``Store.map_edges``), and the evidence
    of the few items each edge sent shows (``Store.map_edge_items``). ``as_of``: an ISO day;
    ``focus``: an actor id. The same result as ``view`` on the store's corpus
    (``tests/test_store_analyses.py``)."""
    from kingmaker.graph import first_days

    include = ("relation", "event") if with_events else ("relation",)
    links = {"as_of": as_of, "include": include, "include_negated": True}
    if focus is not None:
        degrees = store.actor_degrees(**links)["degrees"]
        reach, ring = {focus}, {focus}
        for _ in range(max(1, min(depth, 3))):
            ring = set(store.actor_neighbours(ring, **links)["neighbours"]) - reach if ring else set()
            reach |= ring
        candidates = sorted(reach)
        if as_of and focus not in degrees and not store.actor(focus, limit=1, as_of=as_of)["totals"]["documents"]:
            candidates.remove(focus)  # named in no document of the cut: not on the map (as over a corpus)
        total = len(candidates)
    else:
        found = store.actor_degrees(**links, top=max_nodes)
        degrees, total = found["degrees"], found["total"]
        candidates = list(degrees)
    truncated = 0
    if total > max_nodes:
        candidates.sort(key=lambda n: (n != focus, -degrees.get(n, [0])[0], -degrees.get(n, [0, 0])[1], n))
        truncated = total - max_nodes
        candidates = candidates[:max_nodes]
    actors = {a["id"]: a for a in store.map_actors(candidates)}
    keep = {n for n in candidates if n in actors}
    hidden = store.actor_neighbours(keep, **links, outside=keep)["counts"]
    per_edge = SUMMARY_EDGE_ITEMS if truncated else MAX_EDGE_ITEMS
    # (the groups only: the first documents of the edges kept are sought with their items)
    between = store.map_edges(keep, as_of=as_of, events=with_events, items=False, docs=False, per_edge=per_edge)
    edges_left_out = max(0, len(between) - EDGES_PER_NODE * len(keep))
    if edges_left_out:  # a summary: the ties with the most evidence, relations before events
        between.sort(key=lambda g: (-g["count"], g["kind"] != "relation", (g["kind"], g["type"], g["source"],
                                                                           g["target"])))
        between = between[:EDGES_PER_NODE * len(keep)]
    between = store.map_edge_items(between, as_of=as_of, per_edge=per_edge)
    heads = store.document_heads({it["document"] for g in between for it in g["items"]})
    edges = []
    for g in between:
        shown_items = [_store_item(it, heads) for it in g["items"]]
        edges.append({"id": shown_items[0]["id"], "source": g["source"], "target": g["target"], "kind": g["kind"],
                      "type": g["type"], "directed": not (g["kind"] == "relation" and g["type"] in SYMMETRIC_RELATIONS),
                      "negated": all(it.get("negated") for it in shown_items),
                      "confidence": round(g["confidence"], 3), "count": g["count"], "items": shown_items})
    edges.sort(key=lambda e: (e["kind"] != "relation", e["type"], e["source"], e["target"]))
    groups_of = _groups(keep, edges)
    node_list = [{"id": n, "name": actors[n]["name"], "kind": actors[n]["kind"], "subkind": actors[n]["subkind"],
                  "aliases": list(actors[n]["aliases"]), "degree": degrees.get(n, [0])[0],
                  "hidden": hidden.get(n, 0), **groups_of.get(n, {})}
                 for n in sorted(keep, key=natural)]
    dates = first_days(store.document_day_list())
    return {"as_of": as_of, "dates": dates, "undated_left_out": store.undated_documents() if as_of else 0,
            "nodes": node_list, "edges": edges, "truncated": truncated, "edges_left_out": edges_left_out,
            "focus": focus, "depth": depth if focus else None,
            "relation_types": list(RELATION_TYPES), "kinds": list(ACTOR_KINDS)}


def _store_item(row: dict[str, Any], heads: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A store's tie or event row as :meth:`kingmaker.web.corpus.Corpus.item` gives it."""
    d = {"id": row["id"], "document": row["document"], "evidence": row["evidence"], "start": row["start"],
         "end": row["end"], "confidence": round(float(row["confidence"]), 3),
         "document_title": heads.get(row["document"], {}).get("title"), "type": row["type"],
         "source": row["source"], "target": row["target"], "source_name": row["source_name"],
         "target_name": row["target_name"], "kind": row["kind"], "date": row["date"],
         "negated": bool(row["negated"])}
    if row["kind"] == "event":
        d["trigger"] = row["trigger"]
    return d


def store_edge_items(store, kind: str, type_: str, source: str, target: str, *,
                     as_of: str | None = None) -> list[dict[str, Any]]:
    """:func:`edge_items` over a store: only the ties or events between the two actors are read
    (``Store.ties_between`` / ``Store.events``); ``as_of``: an ISO day."""
    if kind == "relation":
        rows = [{**r, "kind": "relation", "negated": False} for r in store.ties_between(source, target, as_of=as_of)]
    else:
        rows = [{**e, "kind": "event"} for e in store.events(actor=source, with_=target, as_of=as_of)]
    found = []
    for r in rows:
        s, t = r["source"], r["target"]
        if kind == "relation" and r["type"] in SYMMETRIC_RELATIONS and t < s:
            s, t = t, s
        if r["type"] == type_ and (s, t) == (source, target):
            found.append(r)
    heads = store.document_heads({r["document"] for r in found})
    found.sort(key=lambda r: (heads.get(r["document"], {}).get("date") or "", r["document"], r["start"]))
    return [_store_item(r, heads) for r in found]
