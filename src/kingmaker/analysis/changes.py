"""What changed between two dates: ties that appeared or ended, spheres and brokers that moved.

Both states are the graph as of a date (:func:`kingmaker.graph.build_graph` with ``as_of``:
documents dated up to that day), so "as of" means the same here as in every analysis.

* A tie (``source``, ``type``, ``target``; ``allied_with`` without direction) **appeared**
  when it is in the later graph and not in the earlier one; its evidence is its first report
  after the earlier date.
* A tie **ended** when a later report contradicts it: ``allied_with`` or ``backs`` followed
  by ``opposes`` between the same two actors (either direction), or ``opposes`` followed by
  ``allied_with``/``backs``, the contradicting report dated after the tie's last report and
  up to the later date. Its evidence is the contradicting report.
* **Spheres**: the number of actors each actor controls (``backs``, ``leader_of``, ``part_of``,
  ``member_of``, transitively, as :func:`kingmaker.analysis.influence.rank_patrons`), the
  largest moves first, with the clients gained or lost and the ties that explain them.
* **Brokers**: each actor's rank by betweenness (:func:`kingmaker.analysis.brokers.brokers`;
  actors with none are unranked), the largest moves first, with the ties and events that
  appeared around the actor.

Examples
--------
>>> data = {"documents": [{"id": "d1", "date": "2020-01-01"}, {"id": "d2", "date": "2020-06-01"}],
...         "actors": [{"id": "a", "name": "A", "kind": "organization"},
...                    {"id": "b", "name": "B", "kind": "organization"}],
...         "relations": [
...             {"source": "a", "type": "allied_with", "target": "b", "document": "d1",
...              "evidence": "A and B allied.", "start": 0, "end": 15},
...             {"source": "b", "type": "opposes", "target": "a", "document": "d2",
...              "evidence": "B turned on A.", "start": 0, "end": 14}]}
>>> r = changes(build_graph(data, as_of="2020-03-01"), build_graph(data, as_of="2020-12-31"))
>>> [(t["source"], t["type"], t["target"]) for t in r["appeared"]]
[('B', 'opposes', 'A')]
>>> [(t["type"], t["ended_by"]["type"]) for t in r["ended"]]
[('allied_with', 'opposes')]
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from kingmaker.analysis.brokers import betweenness, project
from kingmaker.analysis.influence import CONTROL_STEPS, control_graph
from kingmaker.errors import KingmakerError
from kingmaker.graph import build_graph  # noqa: F401  (the doctests build graphs)
from kingmaker.graph import actor_label, date_key, evidence_of, relations
from kingmaker.model import SYMMETRIC_RELATIONS

__all__ = ["ChangesError", "changes", "tie_key"]

# a later tie of one of these types between the same two actors ends the earlier one
CONTRADICTS = {"allied_with": {"opposes"}, "backs": {"opposes"}, "opposes": {"allied_with", "backs"}}


class ChangesError(KingmakerError, ValueError):
    """Bad dates (the earlier one after the later one)."""


def tie_key(u: str, type_: str, v: str) -> tuple[str, str, str]:
    """The identity of a tie: symmetric types have no direction.

    >>> tie_key("b", "allied_with", "a"), tie_key("b", "backs", "a")
    (('a', 'allied_with', 'b'), ('b', 'backs', 'a'))
    """
    if type_ in SYMMETRIC_RELATIONS and v < u:
        u, v = v, u
    return (u, type_, v)


def _ties(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, d in relations(G):
        out.setdefault(tie_key(u, d["type"], v), []).append(d)
    for items in out.values():
        items.sort(key=lambda d: (date_key(d.get("date")), str(d.get("id"))))
    return out


def _tie_dict(G: nx.MultiDiGraph, key: tuple[str, str, str], d: Mapping[str, Any]) -> dict[str, Any]:
    u, t, v = key
    return {"id": d.get("id"), "source": actor_label(G, u), "source_id": u, "type": t,
            "target": actor_label(G, v), "target_id": v, "date": d.get("date"), "evidence": evidence_of(d)}


def _spheres(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    C = control_graph(G)
    return {n: nx.descendants(C, n) for n in C.nodes if C.out_degree(n)}


def _broker_ranks(G: nx.MultiDiGraph) -> dict[str, int]:
    H = project(G)
    scores = betweenness(H)
    ranked = sorted((n for n in H.nodes if scores.get(n, 0.0) > 0),
                    key=lambda n: (-scores[n], actor_label(G, n).casefold(), str(n)))
    return {n: i + 1 for i, n in enumerate(ranked)}


def changes(before: nx.MultiDiGraph, after: nx.MultiDiGraph, *, top: int = 10) -> dict[str, Any]:
    """Compare the graph as of one date with the graph as of a later one.

    Parameters
    ----------
    before, after : networkx.MultiDiGraph
        Graphs of one extraction built with ``as_of`` the two dates
        (:func:`kingmaker.graph.build_graph`).
    top : int
        How many actors to list for sphere and broker moves.

    Returns
    -------
    dict
        ``from``, ``to``, ``appeared`` and ``ended`` (ties with ``id``, names, ``type``,
        ``date``, ``evidence``; ended ones with ``ended_by``), ``spheres`` (``name``,
        ``before``, ``after``, ``change``, ``gained``, ``lost``, ``evidence``) and ``brokers``
        (``name``, ``rank_before``, ``rank_after`` (``None``: unranked), ``change``,
        ``evidence``).

    Raises
    ------
    ChangesError
        When a graph has no cut-off date, or the first is later than the second.
    """
    start, end = before.graph.get("as_of"), after.graph.get("as_of")
    if not start or not end:
        raise ChangesError("both graphs need an as-of date: --from DATE --to DATE")
    if start > end:
        raise ChangesError(f"--from {start} is after --to {end}")
    ties_before, ties_after = _ties(before), _ties(after)

    appeared = []
    for key, items in ties_after.items():
        if key not in ties_before:
            appeared.append(_tie_dict(after, key, items[0]))
    appeared.sort(key=lambda t: (date_key(t["date"]), t["source"], t["type"], t["target"]))

    ended = []
    by_pair: dict[frozenset, list[tuple[tuple[str, str, str], dict[str, Any]]]] = {}
    for key, items in ties_after.items():
        for d in items:
            by_pair.setdefault(frozenset((key[0], key[2])), []).append((key, d))
    for key, items in ties_before.items():
        if key[1] not in CONTRADICTS:
            continue
        last = max(date_key(d.get("date")) for d in ties_after.get(key, items))
        later = [(k, d) for k, d in by_pair.get(frozenset((key[0], key[2])), ())
                 if k[1] in CONTRADICTS[key[1]] and date_key(d.get("date")) > last
                 and date_key(d.get("date")) > start]
        if later:
            k, d = min(later, key=lambda x: (date_key(x[1].get("date")), str(x[1].get("id"))))
            item = _tie_dict(before, key, ties_after.get(key, items)[-1])
            item["ended_by"] = _tie_dict(after, k, d)
            ended.append(item)
    ended.sort(key=lambda t: (date_key(t["ended_by"]["date"]), t["source"], t["type"], t["target"]))

    appeared_by_actor: dict[str, list[dict[str, Any]]] = {}
    for t in appeared:
        for n in (t["source_id"], t["target_id"]):
            appeared_by_actor.setdefault(n, []).append(t)

    sp_before, sp_after = _spheres(before), _spheres(after)
    spheres = []
    for n in set(sp_before) | set(sp_after):
        a, b = sp_before.get(n, set()), sp_after.get(n, set())
        if len(a) == len(b) and a == b:
            continue
        gained, lost = sorted(b - a), sorted(a - b)
        evidence = [t for t in appeared_by_actor.get(n, []) if t["type"] in CONTROL_STEPS]
        spheres.append({"id": n, "name": actor_label(after, n), "before": len(a), "after": len(b),
                        "change": len(b) - len(a), "gained": [actor_label(after, x) for x in gained],
                        "lost": [actor_label(after, x) for x in lost], "evidence": evidence[:5]})
    spheres.sort(key=lambda s: (-abs(s["change"]), -s["after"], s["name"].casefold()))

    rk_before, rk_after = _broker_ranks(before), _broker_ranks(after)
    unranked = max(len(rk_before), len(rk_after)) + 1
    movers = []
    for n in set(rk_before) | set(rk_after):
        rb, ra = rk_before.get(n), rk_after.get(n)
        if rb == ra:
            continue
        change = (rb or unranked) - (ra or unranked)  # positive: moved up
        evidence = appeared_by_actor.get(n, [])[:5]
        evidence += [{"id": d.get("id"), "source": actor_label(after, u), "type": d["type"],
                      "target": actor_label(after, v), "date": d.get("date"), "evidence": evidence_of(d)}
                     for u, v, d in after.edges(n, data=True) if d.get("kind") == "event"
                     and date_key(d.get("date")) > start][: max(0, 5 - len(evidence))]
        movers.append({"id": n, "name": actor_label(after, n), "rank_before": rb, "rank_after": ra,
                       "change": change, "evidence": evidence})
    movers.sort(key=lambda m: (-abs(m["change"]), m["rank_after"] or unranked, m["name"].casefold()))
    return {"from": start, "to": end, "appeared": appeared, "ended": ended,
            "spheres": spheres[:top], "brokers": movers[:top]}
