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
  appeared around the actor. As in ``analyze brokers``, a graph of more than ``APPROX_THRESHOLD``
  actors (2,000) has its betweenness estimated from ``SAMPLES`` (1,000) source actors drawn with a
  fixed seed from the actors in id order (so the same graph draws the same sources however it was
  built), unless ``exact``; ``brokers_method`` says how each side was ranked (``method``,
  ``approximate``, ``samples``, ``nodes``) and ``approximate`` whether either was sampled.

Examples
--------
>>> from kingmaker.graph import build_graph
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

from kingmaker.analysis.brokers import APPROX_THRESHOLD, SAMPLES, _sampled_betweenness, betweenness, project
from kingmaker.analysis.influence import CONTROL_STEPS, control_graph
from kingmaker.errors import KingmakerError
from kingmaker.graph import actor_label, date_key, evidence_of, relations
from kingmaker.model import SYMMETRIC_RELATIONS

__all__ = ["ChangesError", "broker_method", "broker_ranks", "changes", "check_dates", "compare", "spheres_of", "tie_key"]

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


def _tie_dict(label, key: tuple[str, str, str], d: Mapping[str, Any]) -> dict[str, Any]:
    u, t, v = key
    return {"id": d.get("id"), "source": label(u), "source_id": u, "type": t,
            "target": label(v), "target_id": v, "date": d.get("date"), "evidence": evidence_of(d)}


def _spheres(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    return spheres_of(control_graph(G))


def spheres_of(C: nx.DiGraph) -> dict[str, set[str]]:
    """Each controlling actor's sphere (the actors it controls, transitively) in a control graph."""
    return {n: nx.descendants(C, n) for n in C.nodes if C.out_degree(n)}


def broker_method(nodes: int, *, exact: bool = False, samples: int | None = None) -> dict[str, Any]:
    """How :func:`broker_ranks` ranks a graph of ``nodes`` actors: exact up to ``APPROX_THRESHOLD``
    actors (or with ``exact``), else sampled from ``samples`` (default ``SAMPLES``) sources.

    >>> broker_method(50)["method"], broker_method(5000)["method"], broker_method(5000, exact=True)["method"]
    ('exact', 'sampled', 'exact')
    """
    samples = SAMPLES if samples is None else samples
    sampled = not exact and nodes > APPROX_THRESHOLD and samples < nodes
    return {"nodes": nodes, "method": "sampled" if sampled else "exact", "approximate": sampled,
            "samples": samples if sampled else None}


def broker_ranks(H: nx.Graph, label, *, exact: bool = False, samples: int | None = None,
                 seed: int = 0) -> dict[str, int]:
    """Each actor's rank by betweenness (1: the highest; actors with none are unranked) in a projected
    graph (``brokers.project``'s, or ``brokers.link_graph``'s of a store). The betweenness is computed
    on a copy with the edges in one order (each pair in id order, sorted), so that equal scores come
    out equal however the graph was built, and ties go by name. Past ``APPROX_THRESHOLD`` actors
    (unless ``exact``; :func:`broker_method`) it is sampled from ``samples`` sources drawn with
    ``seed`` from the actors in id order (the copy's), so both ways of building a graph draw the same."""
    how = broker_method(H.number_of_nodes(), exact=exact, samples=samples)
    canonical = nx.Graph()
    canonical.add_nodes_from(sorted(H.nodes, key=str) if how["approximate"] else H.nodes)
    canonical.add_edges_from(sorted(tuple(sorted((u, v), key=str)) for u, v in H.edges() if u != v))
    scores = _sampled_betweenness(canonical, how["samples"], seed) if how["approximate"] else betweenness(canonical)
    ranked = sorted((n for n in canonical.nodes if scores.get(n, 0.0) > 0),
                    key=lambda n: (-scores[n], label(n).casefold(), str(n)))
    return {n: i + 1 for i, n in enumerate(ranked)}


def check_dates(start: str | None, end: str | None) -> None:
    if not start or not end:
        raise ChangesError("both graphs need an as-of date: --from DATE --to DATE")
    if start > end:
        raise ChangesError(f"--from {start} is after --to {end}")


def changes(before: nx.MultiDiGraph, after: nx.MultiDiGraph, *, top: int = 10, exact: bool = False) -> dict[str, Any]:
    """Compare the graph as of one date with the graph as of a later one.

    Parameters
    ----------
    before, after : networkx.MultiDiGraph
        Graphs of one extraction built with ``as_of`` the two dates
        (:func:`kingmaker.graph.build_graph`).
    top : int
        How many actors to list for sphere and broker moves.
    exact : bool
        Exact betweenness however large the graphs (past ``APPROX_THRESHOLD`` actors it is
        otherwise sampled: :func:`broker_method`).

    Returns
    -------
    dict
        ``from``, ``to``, ``appeared`` and ``ended`` (ties with ``id``, names, ``type``,
        ``date``, ``evidence``; ended ones with ``ended_by``), ``spheres`` (``name``,
        ``before``, ``after``, ``change``, ``gained``, ``lost``, ``evidence``) and ``brokers``
        (``name``, ``rank_before``, ``rank_after`` (``None``: unranked), ``change``,
        ``evidence``), ``brokers_method`` (``before``, ``after``: :func:`broker_method`) and
        ``approximate`` (either side sampled).

    Raises
    ------
    ChangesError
        When a graph has no cut-off date, or the first is later than the second.
    """
    start, end = before.graph.get("as_of"), after.graph.get("as_of")
    check_dates(start, end)

    def label(n: str) -> str:
        return actor_label(after, n)

    def events_out(n: str, need: int) -> list[dict[str, Any]]:
        return [{"id": d.get("id"), "source": actor_label(after, u), "type": d["type"],
                 "target": actor_label(after, v), "date": d.get("date"), "evidence": evidence_of(d)}
                for u, v, d in after.edges(n, data=True) if d.get("kind") == "event"
                and date_key(d.get("date")) > start][:need]

    H_before, H_after = project(before), project(after)
    return compare(start, end, ties_before=_ties(before), ties_after=_ties(after), spheres_before=_spheres(before),
                   spheres_after=_spheres(after), ranks_before=broker_ranks(H_before, label, exact=exact),
                   ranks_after=broker_ranks(H_after, label, exact=exact), label=label, events_out=events_out, top=top,
                   methods=(broker_method(H_before.number_of_nodes(), exact=exact),
                            broker_method(H_after.number_of_nodes(), exact=exact)))


def compare(start: str, end: str, *, ties_before: Mapping[tuple[str, str, str], list[dict[str, Any]]],
            ties_after: Mapping[tuple[str, str, str], list[dict[str, Any]]], spheres_before: dict[str, set[str]],
            spheres_after: dict[str, set[str]], ranks_before: dict[str, int], ranks_after: dict[str, int],
            label, events_out, methods: tuple[dict[str, Any], dict[str, Any]], top: int = 10) -> dict[str, Any]:
    """:func:`changes` on what it reads of the two graphs: the ties of each (``tie_key`` -> items sorted
    by date then id; of ``ties_after``, at least every tie not in ``ties_before``, and every tie of
    the pairs that a tie and its contradiction join), the spheres and broker ranks of each,
    ``label(id)`` and ``events_out(id, n)`` (the first ``n`` events from the actor in the later graph
    dated after ``start``, in the graph's order, as evidence items); ``methods``: how the ranks of
    each were computed (:func:`broker_method`)."""
    appeared = []
    for key, items in ties_after.items():
        if key not in ties_before:
            appeared.append(_tie_dict(label, key, items[0]))
    appeared.sort(key=lambda t: (date_key(t["date"]), t["source"], t["type"], t["target"], t["source_id"],
                                 t["target_id"]))

    ended = []
    by_pair: dict[frozenset, list[tuple[tuple[str, str, str], dict[str, Any]]]] = {}
    for key, items in ties_after.items():
        for d in items:
            by_pair.setdefault(frozenset((key[0], key[2])), []).append((key, d))
    for key, items in ties_before.items():
        if key[1] not in CONTRADICTS:
            continue
        pair = by_pair.get(frozenset((key[0], key[2])), ())
        if not any(k[1] in CONTRADICTS[key[1]] for k, _ in pair):
            continue
        last = max(date_key(d.get("date")) for d in ties_after.get(key, items))
        later = [(k, d) for k, d in pair
                 if k[1] in CONTRADICTS[key[1]] and date_key(d.get("date")) > last
                 and date_key(d.get("date")) > start]
        if later:
            k, d = min(later, key=lambda x: (date_key(x[1].get("date")), str(x[1].get("id"))))
            item = _tie_dict(label, key, ties_after.get(key, items)[-1])
            item["ended_by"] = _tie_dict(label, k, d)
            ended.append(item)
    ended.sort(key=lambda t: (date_key(t["ended_by"]["date"]), t["source"], t["type"], t["target"], t["source_id"],
                              t["target_id"]))

    appeared_by_actor: dict[str, list[dict[str, Any]]] = {}
    for t in appeared:
        for n in (t["source_id"], t["target_id"]):
            appeared_by_actor.setdefault(n, []).append(t)

    spheres = []
    for n in set(spheres_before) | set(spheres_after):
        a, b = spheres_before.get(n, set()), spheres_after.get(n, set())
        if len(a) == len(b) and a == b:
            continue
        gained, lost = sorted(b - a), sorted(a - b)
        evidence = [t for t in appeared_by_actor.get(n, []) if t["type"] in CONTROL_STEPS]
        spheres.append({"id": n, "name": label(n), "before": len(a), "after": len(b),
                        "change": len(b) - len(a), "gained": [label(x) for x in gained],
                        "lost": [label(x) for x in lost], "evidence": evidence[:5]})
    spheres.sort(key=lambda s: (-abs(s["change"]), -s["after"], s["name"].casefold(), s["id"]))

    unranked = max(len(ranks_before), len(ranks_after)) + 1
    movers = []
    for n in set(ranks_before) | set(ranks_after):
        rb, ra = ranks_before.get(n), ranks_after.get(n)
        if rb == ra:
            continue
        change = (rb or unranked) - (ra or unranked)  # positive: moved up
        movers.append({"id": n, "name": label(n), "rank_before": rb, "rank_after": ra, "change": change})
    movers.sort(key=lambda m: (-abs(m["change"]), m["rank_after"] or unranked, m["name"].casefold(), m["id"]))
    movers = movers[:top]
    for m in movers:  # the evidence of those listed
        evidence = appeared_by_actor.get(m["id"], [])[:5]
        m["evidence"] = evidence + (events_out(m["id"], 5 - len(evidence)) if len(evidence) < 5 else [])
    return {"from": start, "to": end, "appeared": appeared, "ended": ended,
            "spheres": spheres[:top], "brokers": movers,
            "brokers_method": {"before": methods[0], "after": methods[1]},
            "approximate": methods[0]["approximate"] or methods[1]["approximate"]}
