"""Control spheres on the pairs of a control graph, without a graph library: how many actors each
actor controls, transitively. Pure functions shared by the store (which keeps each actor's sphere in
the whole store, schema 16) and the influence analysis (:mod:`kingmaker.analysis.influence`, which
ranks patrons by it).
"""
from __future__ import annotations

from collections.abc import Collection, Mapping

__all__ = ["sphere_sizes"]


def sphere_sizes(succ: Mapping[str, Collection[str]]) -> dict[str, int]:
    """How many actors each actor of a control graph reaches (``succ``: actor -> the actors it
    controls directly, each once), itself not counted (the other members of a cycle it is on are),
    for each actor that controls one: one pass over the pairs, a strongly connected component at a
    time in Tarjan's order (a component after all those it reaches), each component's reach the
    union of its successors' (the actors of a cycle share one); an actor that controls none (most
    of them) is only counted, never walked.

    >>> sorted(sphere_sizes({"a": ["b"], "b": ["c", "a"], "c": [], "d": ["c"]}).items())
    [('a', 2), ('b', 2), ('d', 1)]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    reach: dict[str, set[str]] = {}
    sizes: dict[str, int] = {}
    for root in succ:
        if root in index or not succ[root]:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succ[root]))]
        while work:
            v, nbrs = work[-1]
            for w in nbrs:
                if not succ.get(w):  # (controls none: on no cycle)
                    continue
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(succ[w])))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    u = work[-1][0]
                    low[u] = min(low[u], low[v])
                if low[v] != index[v]:
                    continue
                members = [stack.pop()]
                while members[-1] != v:
                    members.append(stack.pop())
                on_stack.difference_update(members)
                cycle = len(members) > 1
                acc: set[str] = set(members) if cycle else set()
                for m in members:  # (every component it reaches is done: its reach is closed)
                    for w in succ[m]:
                        if w not in acc:
                            acc.add(w)
                            if w in reach:
                                acc |= reach[w]
                n = len(acc) - cycle
                for m in members:
                    reach[m] = acc
                    sizes[m] = n
    return sizes
