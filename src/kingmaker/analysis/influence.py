"""Patronage: whom an actor backs, commands or contains, and who stands above it.

Control runs along lasting ties, read in the direction of power:

=============  =========================  ==============
relation       control step               verb
=============  =========================  ==============
``backs``      patron -> client           backs
``leader_of``  leader -> organisation     leads
``part_of``    whole -> part (reversed)   contains
``member_of``  body -> member (reversed)  has member
=============  =========================  ==============

Each actor in a sphere is reached by a shortest chain of control steps; every step carries
the evidence of the ties behind it. Every organisation in the sphere also lists its leaders
(``leader_of`` ties into it), so that a patron's sphere shows patron -> organisation ->
commanders.

Examples
--------
>>> G = nx.MultiDiGraph()
>>> G.add_node("p", name="Patronia", kind="country")
>>> G.add_node("m", name="Hill Brigade", kind="organization")
>>> G.add_node("c", name="Omar Doe", kind="person")
>>> _ = G.add_edge("p", "m", kind="relation", type="backs", evidence={"text": "Patronia arms the Hill Brigade."})
>>> _ = G.add_edge("c", "m", kind="relation", type="leader_of", evidence={"text": "Omar Doe leads the Hill Brigade."})
>>> r = influence(G, "Patronia")
>>> [(x["name"], [s["verb"] for s in x["path"]], [ld["name"] for ld in x["leaders"]]) for x in r["below"]]
[('Hill Brigade', ['backs'], ['Omar Doe'])]
>>> [x["name"] for x in influence(G, "Omar Doe")["below"]]
['Hill Brigade']
>>> [x["name"] for x in influence(G, "Hill Brigade")["above"]]
['Omar Doe', 'Patronia']
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import networkx as nx

from kingmaker.control import sphere_sizes
from kingmaker.graph import actor_label, evidence_of, find_actor, relations
from kingmaker.knowledge.types import type_table

__all__ = ["CONTROL_STEPS", "cap_evidence", "control_graph", "influence", "rank_control", "rank_patrons",
           "sphere_sizes"]

#: relation type -> (True when the step runs source -> target, verb shown for the step)
#: (the ``control`` and ``control_verb`` columns of the type table)
CONTROL_STEPS: dict[str, tuple[bool, str]] = type_table().control_steps


def control_graph(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse the control ties of ``G`` into a simple directed graph "a controls b".

    Each edge has ``steps``: one dict per relation type behind it, with ``type``, ``verb``
    and ``evidence`` (a list, one item per supporting tie).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("unit", "army", kind="relation", type="part_of", evidence={"text": "t"})
    >>> list(control_graph(G).edges)
    [('army', 'unit')]
    """
    C = nx.DiGraph()
    C.add_nodes_from(G.nodes)
    seen: set[tuple] = set()  # (a, b, type, evidence): each evidence once per step (a set, not a list scan)
    for u, v, d in relations(G, CONTROL_STEPS):
        forward, verb = CONTROL_STEPS[d["type"]]
        a, b = (u, v) if forward else (v, u)
        if a == b:
            continue
        if not C.has_edge(a, b):
            C.add_edge(a, b, steps={})
        step = C[a][b]["steps"].setdefault(d["type"], {"type": d["type"], "verb": verb, "evidence": []})
        ev = evidence_of(d)
        try:
            key = (a, b, d["type"], frozenset(ev.items()))
        except TypeError:  # a value that cannot be hashed: compare with the list
            if ev not in step["evidence"]:
                step["evidence"].append(ev)
            continue
        if key not in seen:
            seen.add(key)
            step["evidence"].append(ev)
    return C


def _step(G: nx.MultiDiGraph, C: nx.DiGraph, a: str, b: str) -> dict[str, Any]:
    order = list(CONTROL_STEPS)
    steps = sorted(C[a][b]["steps"].values(), key=lambda s: order.index(s["type"]))
    return {"from": actor_label(G, a), "from_id": a, "to": actor_label(G, b), "to_id": b,
            "type": steps[0]["type"], "verb": " / ".join(s["verb"] for s in steps),
            "relations": [s["type"] for s in steps],
            "evidence": [e for s in steps for e in s["evidence"]]}


def _leader_index(G: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Organisation -> its leaders (``leader_of`` ties into it), each with evidence."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for u, v, d in relations(G, ("leader_of",)):
        if u == v:
            continue
        item = found.setdefault(v, {}).setdefault(u, {"id": u, "name": actor_label(G, u), "evidence": []})
        item["evidence"].append(evidence_of(d))
    return {org: sorted(items.values(), key=lambda x: (x["name"].casefold(), x["id"]))
            for org, items in found.items()}


def _bfs(G: nx.MultiDiGraph, C: nx.DiGraph, root: str, *, reverse: bool, max_depth: int | None,
         leaders: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Shortest control chains from ``root`` (downwards) or to ``root`` (upwards)."""
    nbrs = C.predecessors if reverse else C.successors
    parent: dict[str, str | None] = {root: None}
    depth = {root: 0}
    order: list[str] = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        if max_depth is not None and depth[node] >= max_depth:
            continue
        for nb in sorted(nbrs(node), key=lambda n: (actor_label(G, n).casefold(), n)):
            if nb in parent:
                continue
            parent[nb] = node
            depth[nb] = depth[node] + 1
            order.append(nb)
            queue.append(nb)
    out = []
    for node in order:
        chain = [node]
        while parent[chain[-1]] is not None:
            chain.append(parent[chain[-1]])
        # chain runs node ... root; steps always read in the direction of control
        if reverse:
            path = [_step(G, C, chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
        else:
            chain.reverse()
            path = [_step(G, C, chain[i], chain[i + 1]) for i in range(len(chain) - 1)]
        data = G.nodes[node]
        out.append({"id": node, "name": actor_label(G, node), "kind": data.get("kind"),
                    "depth": depth[node], "path": path, "leaders": leaders.get(node, [])})
    return out


def influence(G: nx.MultiDiGraph, actor: str, *, max_depth: int | None = None,
              control: nx.DiGraph | None = None) -> dict[str, Any]:
    """The sphere of an actor (whom it controls) and its patrons (who controls it).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph from :func:`kingmaker.graph.build_graph`.
    actor : str
        Actor id, name or alias.
    max_depth : int, optional
        Follow at most this many control steps.
    control : networkx.DiGraph, optional
        ``control_graph(G)`` when the caller already built it (it is built otherwise).

    Returns
    -------
    dict
        ``actor`` (id, name, kind, leaders), ``below`` (the sphere) and ``above`` (the
        patrons), each a list of ``{"id", "name", "kind", "depth", "path", "leaders"}`` in
        breadth-first order. ``path`` lists the control steps (``from``, ``to``, ``type``,
        ``verb``, ``evidence``) from ``actor`` down to the node, or from the node down to
        ``actor``.

    Raises
    ------
    kingmaker.graph.ActorNotFound
        When ``actor`` matches no actor.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("ministry", "state", kind="relation", type="part_of", evidence={"text": "a"})
    >>> _ = G.add_edge("state", "militia", kind="relation", type="backs", evidence={"text": "b"})
    >>> [(x["id"], x["depth"]) for x in influence(G, "state")["below"]]
    [('militia', 1), ('ministry', 1)]
    >>> [(s["from"], s["verb"], s["to"]) for s in influence(G, "militia")["above"][0]["path"]]
    [('state', 'backs', 'militia')]
    """
    root = find_actor(G, actor)
    C = control_graph(G) if control is None else control
    leaders = _leader_index(G)
    data = G.nodes[root]
    return {
        "actor": {"id": root, "name": actor_label(G, root), "kind": data.get("kind"),
                  "leaders": leaders.get(root, [])},
        "below": _bfs(G, C, root, reverse=False, max_depth=max_depth, leaders=leaders),
        "above": _bfs(G, C, root, reverse=True, max_depth=max_depth, leaders=leaders),
    }


def cap_evidence(result: dict[str, Any], n: int | None) -> dict[str, Any]:
    """List at most the ``n`` latest pieces of evidence (store order) of each step and each leader
    of an :func:`influence` result (in place); ``evidence_more`` says how many were left out. The
    sphere, the patrons and their steps stay whole. ``n`` 0 or ``None``: all.

    >>> r = {"actor": {"leaders": []}, "above": [], "below": [{"leaders": [], "path": [
    ...     {"evidence": [{"text": "a"}, {"text": "b"}, {"text": "c"}]}]}]}
    >>> step = cap_evidence(r, 1)["below"][0]["path"][0]
    >>> step["evidence"], step["evidence_more"]
    ([{'text': 'c'}], 2)
    """
    if not n:
        return result

    def cap(item: dict[str, Any]) -> None:
        evidence = item.get("evidence") or []
        if len(evidence) > n and "evidence_more" not in item:
            item["evidence_more"] = len(evidence) - n
            item["evidence"] = evidence[-n:]

    done: set[int] = set()  # a step shared by several paths is one dict: capped once
    for item in [result.get("actor") or {}, *result.get("below", []), *result.get("above", [])]:
        for piece in [*item.get("path", []), *item.get("leaders", [])]:
            if id(piece) not in done:
                done.add(id(piece))
                cap(piece)
    return result


def rank_control(succ: Mapping[str, Collection[str]], labels: Callable[[Iterable[str]], Mapping[str, Any]], *,
                 top: int | None = 10, spheres: Mapping[str, int] | None = None) -> list[dict[str, Any]]:
    """:func:`rank_patrons` on a control graph given as its pairs (``succ``: actor -> the actors it
    controls directly, each once), with the names and kinds of the actors read only for those it
    needs (``labels(ids)`` -> ``{id: (name, kind)}``; an actor it lacks is named by its id): the
    places that sphere and direct clients decide alone, and all those tied with the last place
    (the name breaks the tie), and their direct clients. ``spheres``: the sphere sizes when the
    caller has them (a store keeps them), of the actors that may be ranked (every actor it lacks
    ranks below the last place); ``succ`` then needs only their direct clients.

    >>> rank_control({"a": ["b"], "b": ["c"]}, lambda ids: {i: (i.upper(), None) for i in ids})[0]["clients"]
    ['B']
    >>> rank_control({"a": ["b"]}, lambda ids: {}, spheres={"a": 2})[0]["sphere"]
    2
    """
    spheres = sphere_sizes(succ) if spheres is None else spheres
    ranked = sorted((-n, -len(succ[v]), v) for v, n in spheres.items())
    if top is not None and len(ranked) > top:
        last = ranked[top - 1][:2]
        ranked = [r for r in ranked if r[:2] <= last]
    found = labels([v for _, _, v in ranked])

    def name(v: str) -> str:
        return (found.get(v) or (None,))[0] or v

    ranked.sort(key=lambda r: (r[0], r[1], name(r[2]).casefold(), r[2]))
    ranked = ranked if top is None else ranked[:top]
    clients = {v: list(succ[v]) for _, _, v in ranked}
    found = {**found, **labels({w for ws in clients.values() for w in ws} - set(found))}
    return [{"id": v, "name": name(v), "kind": (found.get(v) or (None, None))[1], "sphere": -n, "direct": -k,
             "clients": sorted(name(w) for w in clients[v])} for n, k, v in ranked]


def rank_patrons(G: nx.MultiDiGraph, *, top: int | None = 10,
                 control: nx.DiGraph | None = None) -> list[dict[str, Any]]:
    """Rank actors by the size of their sphere (actors they control, transitively).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph.
    top : int or None
        How many to return (``None``: all actors controlling at least one other).
    control : networkx.DiGraph, optional
        ``control_graph(G)`` when the caller already built it.

    Returns
    -------
    list of dict
        ``{"id", "name", "kind", "sphere", "direct", "clients"}`` by sphere size, then
        direct clients, then name; ``clients`` names the direct ones.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", kind="relation", type="backs", evidence={})
    >>> _ = G.add_edge("b", "c", kind="relation", type="backs", evidence={})
    >>> [(p["id"], p["sphere"], p["direct"]) for p in rank_patrons(G)]
    [('a', 2, 1), ('b', 1, 1)]
    """
    C = control_graph(G) if control is None else control

    def labels(ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
        return {n: (actor_label(G, n), G.nodes[n].get("kind") if n in G else None) for n in ids}

    return rank_control({n: list(C.successors(n)) for n in C.nodes}, labels, top=top)
