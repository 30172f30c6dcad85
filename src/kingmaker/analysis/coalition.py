"""Coalition arithmetic: who is pivotal in a weighted vote, and which coalitions can govern.

The game is ``[quota; w1, ..., wn]``: a coalition wins when its seats reach the quota.
Power indices are exact: a dynamic programme over (coalition size, seat total) counts, for
every party, the coalitions of the others it turns from losing into winning ("swings"), in
``O(n^2 q)`` integer operations instead of ``2^n`` enumerations.

* normalised Banzhaf index: swings of a party / swings of all parties;
* Shapley-Shubik index: ``sum_k swings_k * k! (n-1-k)! / n!`` where ``swings_k`` counts the
  swing coalitions with ``k`` members (the share of orderings in which the party is pivotal).

Examples
--------
>>> idx = power_indices({"A": 50, "B": 49, "C": 1}, 51)
>>> [(p, round(v["banzhaf"], 3), round(v["shapley"], 3)) for p, v in idx.items()]
[('A', 0.6, 0.667), ('B', 0.2, 0.167), ('C', 0.2, 0.167)]
>>> minimal_winning_coalitions({"A": 50, "B": 49, "C": 1}, 51)
[['A', 'C'], ['A', 'B']]
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import reduce
from typing import Any

import networkx as nx
import numpy as np

from kingmaker.errors import KingmakerError
from kingmaker.graph import ActorNotFound, actor_label, date_key, evidence_of, find_actor, relations

__all__ = [
    "CoalitionError", "SeatTable", "power_indices", "banzhaf", "shapley_shubik",
    "count_minimal_winning", "minimal_winning_coalitions", "parse_seats", "majority_quota",
    "seat_table", "party_ties", "analyze_coalition", "coalition",
]

OTHERS = "Others"
# Words that name a legislature (a seats fact on such an actor is the chamber's size).
_LEGISLATURE_WORDS = re.compile(
    r"\b(parliament|parliamentary|assembly|congress|senate|legislature|legislative|knesset|duma|"
    r"majlis|majles|bundestag|house of|council of representatives|chamber of|national council)\b",
    re.IGNORECASE)


class CoalitionError(KingmakerError, ValueError):
    """The seats or quota do not make a game (negative seats, unreachable quota, ...)."""


# --------------------------------------------------------------------------- power indices


def _game(seats: Mapping[str, int], quota: int) -> tuple[list[str], list[int], int]:
    if not seats:
        raise CoalitionError("no parties: give seats (e.g. --seats 'A=40,B=35,C=25')")
    names = list(seats)
    weights = []
    for name in names:
        w = seats[name]
        if isinstance(w, bool) or not isinstance(w, (int, np.integer)) or w < 0:
            raise CoalitionError(f"seats of {name!r} must be a whole number >= 0, got {w!r}")
        weights.append(int(w))
    quota = int(quota)
    total = sum(weights)
    if quota < 1 or quota > total:
        raise CoalitionError(f"quota {quota} is unreachable: it must be between 1 and the "
                             f"{total} seats listed")
    return names, weights, quota


def _swings_by_size(weights: list[int], quota: int) -> list[list[int]]:
    """For each player, the number of swing coalitions of the others, by coalition size."""
    n = len(weights)
    positive = [w for w in weights if w > 0]
    g = reduce(math.gcd, positive) if positive else 1
    if g > 1:  # [q; w] and [ceil(q/g); w/g] are the same game
        weights = [w // g for w in weights]
        quota = -(-quota // g)
    q = quota
    # counts reach 2^n: int64 is exact up to n = 62, Python integers beyond
    dtype = np.int64 if n <= 62 else object
    # F[k, c]: coalitions of all players with k members and c seats, for c < q only
    F = np.zeros((n + 1, q), dtype=dtype)
    F[0, 0] = 1
    for w in weights:
        if w >= q:
            continue  # every coalition with this player wins: none is counted below q
        if w == 0:
            F[1:, :] = F[1:, :] + F[:-1, :]
        else:
            F[1:, w:] = F[1:, w:] + F[:-1, : q - w]
    out: list[list[int]] = []
    for w in weights:
        if w == 0:  # a dummy never swings
            out.append([0] * n)
            continue
        if w >= q:
            G = F
        else:
            # remove the player again: F = G * (1 + y x^w)  =>  G[k] = F[k] - G[k-1] shifted by w
            G = F.copy()
            for k in range(1, n + 1):
                G[k, w:] -= G[k - 1, : q - w]
        lo = max(0, q - w)
        per_size = G[:n, lo:q].sum(axis=1)
        out.append([int(x) for x in per_size])
    return out


def power_indices(seats: Mapping[str, int], quota: int) -> dict[str, dict[str, float | int]]:
    """Exact normalised Banzhaf and Shapley-Shubik indices of a weighted voting game.

    Parameters
    ----------
    seats : mapping of str to int
        Seats of each party (order is kept in the result).
    quota : int
        Seats a coalition needs to win.

    Returns
    -------
    dict
        ``{party: {"banzhaf": float, "shapley": float, "swings": int}}``; ``swings`` is the
        raw Banzhaf count (coalitions of the others that the party turns into winners).

    Raises
    ------
    CoalitionError
        When a seat count is negative or the quota cannot be reached.

    Examples
    --------
    >>> r = power_indices({"A": 4, "B": 3, "C": 2, "D": 1}, 6)
    >>> {p: round(v["shapley"], 4) for p, v in r.items()}
    {'A': 0.4167, 'B': 0.25, 'C': 0.25, 'D': 0.0833}
    >>> {p: v["swings"] for p, v in r.items()}
    {'A': 5, 'B': 3, 'C': 3, 'D': 1}
    """
    names, weights, quota = _game(seats, quota)
    n = len(names)
    by_size = _swings_by_size(weights, quota)
    swings = [sum(s) for s in by_size]
    total_swings = sum(swings)
    n_fact = math.factorial(n)
    coef = [math.factorial(k) * math.factorial(n - 1 - k) for k in range(n)]
    result: dict[str, dict[str, float | int]] = {}
    for name, per_size, sw in zip(names, by_size, swings):
        shapley = Fraction(sum(c * s for c, s in zip(coef, per_size)), n_fact)
        result[name] = {
            "banzhaf": float(Fraction(sw, total_swings)) if total_swings else 0.0,
            "shapley": float(shapley),
            "swings": sw,
        }
    return result


def banzhaf(seats: Mapping[str, int], quota: int) -> dict[str, float]:
    """Normalised Banzhaf index of each party (sums to 1).

    Examples
    --------
    >>> banzhaf({"A": 2, "B": 1, "C": 1}, 3)
    {'A': 0.6, 'B': 0.2, 'C': 0.2}
    """
    return {p: v["banzhaf"] for p, v in power_indices(seats, quota).items()}


def shapley_shubik(seats: Mapping[str, int], quota: int) -> dict[str, float]:
    """Shapley-Shubik index of each party (sums to 1).

    Examples
    --------
    >>> {p: round(v, 4) for p, v in shapley_shubik({"A": 2, "B": 1, "C": 1}, 3).items()}
    {'A': 0.6667, 'B': 0.1667, 'C': 0.1667}
    """
    return {p: v["shapley"] for p, v in power_indices(seats, quota).items()}


# --------------------------------------------------------------------- winning coalitions


def _by_weight(seats: Mapping[str, int]) -> list[tuple[str, int]]:
    # heaviest first, ties by name: the last member added is always the lightest
    return sorted(((n, int(w)) for n, w in seats.items()), key=lambda x: (-x[1], x[0]))


def count_minimal_winning(seats: Mapping[str, int], quota: int) -> int:
    """Count minimal winning coalitions without listing them (``O(n q)``).

    A winning coalition is minimal when it loses as soon as any member leaves, i.e. when it
    loses without its lightest member.

    Examples
    --------
    >>> count_minimal_winning({"A": 50, "B": 49, "C": 1}, 51)
    2
    """
    _, _, quota = _game(seats, quota)
    order = _by_weight(seats)
    P = np.zeros(quota, dtype=object)  # P[c]: subsets of the heavier players with c seats
    P[0] = 1
    count = 0
    for _, w in order:
        if w == 0:
            continue
        count += int(P[max(0, quota - w):].sum())
        if w < quota:
            P[w:] = P[w:] + P[: quota - w]
    return count


def minimal_winning_coalitions(seats: Mapping[str, int], quota: int, *,
                               exclude_pairs: Iterable[tuple[str, str]] = (),
                               limit: int | None = 10_000) -> list[list[str]]:
    """List the minimal winning coalitions, optionally without some pairs together.

    Parameters
    ----------
    seats : mapping of str to int
        Seats of each party.
    quota : int
        Seats needed to win.
    exclude_pairs : iterable of (str, str), optional
        Pairs that may not sit in one coalition (e.g. parties that oppose each other).
        A winning coalition with no such pair always contains a minimal one with none, so
        filtering minimal coalitions is the same as searching only compatible ones.
    limit : int or None
        Raise :class:`CoalitionError` rather than list more than this many.

    Returns
    -------
    list of list of str
        Members heaviest first; coalitions sorted by seat total, then size, then names.

    Examples
    --------
    >>> minimal_winning_coalitions({"A": 3, "B": 2, "C": 2}, 4)
    [['B', 'C'], ['A', 'B'], ['A', 'C']]
    >>> minimal_winning_coalitions({"A": 3, "B": 2, "C": 2}, 4, exclude_pairs=[("A", "B")])
    [['B', 'C'], ['A', 'C']]
    """
    _, _, quota = _game(seats, quota)
    order = [(n, w) for n, w in _by_weight(seats) if w > 0]
    banned: dict[str, set[str]] = {n: set() for n, _ in order}
    for a, b in exclude_pairs:
        if a in banned and b in banned:
            banned[a].add(b)
            banned[b].add(a)
    suffix = [0] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + order[i][1]
    found: list[list[str]] = []

    def extend(start: int, chosen: list[str], total: int) -> None:
        for j in range(start, len(order)):
            if total + suffix[j] < quota:
                return  # even all the rest cannot win
            name, w = order[j]
            if banned[name].intersection(chosen):
                continue
            if total + w >= quota:
                # losing before, and `name` is the lightest member: minimal
                found.append([*chosen, name])
                if limit is not None and len(found) > limit:
                    raise CoalitionError(f"more than {limit} minimal winning coalitions; "
                                         "raise the limit (--max-coalitions) to list them")
            else:
                extend(j + 1, [*chosen, name], total + w)

    extend(0, [], 0)
    rank = {n: i for i, (n, _) in enumerate(order)}
    found.sort(key=lambda c: (sum(seats[m] for m in c), len(c), [rank[m] for m in c]))
    return found


# ------------------------------------------------------------------------------- inputs


def parse_seats(text: str) -> dict[str, int]:
    """Parse ``"Name=91,Other Name=89"`` into an ordered mapping.

    Raises
    ------
    CoalitionError
        On an entry without ``=``, a count that is not a whole number, or a repeated name.

    Examples
    --------
    >>> parse_seats("Blue Bloc=40, Red=35,Green = 25")
    {'Blue Bloc': 40, 'Red': 35, 'Green': 25}
    """
    seats: dict[str, int] = {}
    for i, part in enumerate(p for p in text.split(",") if p.strip()):
        name, sep, value = part.rpartition("=")
        name, value = name.strip(), value.strip()
        if not sep or not name:
            raise CoalitionError(f"--seats entry {i + 1} {part.strip()!r} is not NAME=SEATS "
                                 "(example: --seats 'Blue=40,Red=35')")
        if not re.fullmatch(r"\d+", value):
            raise CoalitionError(f"--seats entry {name!r}: {value!r} is not a whole number of seats")
        if name in seats:
            raise CoalitionError(f"--seats names {name!r} twice")
        seats[name] = int(value)
    if not seats:
        raise CoalitionError("--seats is empty (example: --seats 'Blue=40,Red=35')")
    return seats


def majority_quota(size: int) -> int:
    """Seats needed for an absolute majority of a chamber of ``size`` seats.

    >>> majority_quota(325), majority_quota(100)
    (163, 51)
    """
    return int(size) // 2 + 1


@dataclass
class SeatTable:
    """Seats read from the graph's ``seats`` facts (one document's results).

    Attributes
    ----------
    seats : dict
        Party display name -> seats.
    actors : dict
        Party display name -> node id.
    size : int or None
        The legislature's size when a ``seats`` fact on the legislature was found.
    legislature : str or None
        Display name of the actor carrying the size.
    document, date : str or None
        Where the figures come from.
    evidence : dict
        Party (and legislature) display name -> evidence dict of its ``seats`` fact.
    dropped : list of str
        Seat holders left out because they sit inside another seat holder (their seats are
        already counted in the bloc's).
    """

    seats: dict[str, int]
    actors: dict[str, str]
    size: int | None = None
    legislature: str | None = None
    document: str | None = None
    date: str | None = None
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)


def _is_legislature(G: nx.MultiDiGraph, node: str) -> bool:
    data = G.nodes[node] if node in G else {}
    if data.get("kind") == "country":
        return True
    words = " ".join([data.get("name") or "", data.get("subkind") or "", *(data.get("aliases") or [])])
    return bool(_LEGISLATURE_WORDS.search(words))


def seat_table(G: nx.MultiDiGraph, *, document: str | None = None,
               legislature: str | None = None) -> SeatTable:
    """Read one set of election results from the ``seats`` facts of the graph.

    The results come from one document: ``document`` when given; else the latest document
    with a ``seats`` fact on ``legislature`` (an actor name or id); else the latest dated
    document with at least two ``seats`` facts (ties: the one with most facts). Build the
    graph with ``as_of`` to pick results as of a date.

    A ``seats`` fact on a country or on an actor named like a legislature (parliament,
    assembly, council of representatives...) that is at least the sum of the other figures
    is the size of the chamber, not a party. A seat holder that is ``member_of``/``part_of``
    another seat holder is dropped (its seats are inside the bloc's).

    Raises
    ------
    CoalitionError
        When no document has seat figures, or the one asked for has none.

    Examples
    --------
    >>> G = nx.MultiDiGraph(facts=[])
    >>> G.add_node("p1", name="Blue", kind="organization")
    >>> G.add_node("p2", name="Red", kind="organization")
    >>> G.add_node("h", name="National Assembly", kind="organization")
    >>> for a, v in [("p1", 40), ("p2", 35), ("h", 100)]:
    ...     G.graph["facts"].append({"actor": a, "key": "seats", "value": v, "document": "d1",
    ...                              "date": "2020-01-01", "evidence": {"text": "..."}})
    >>> t = seat_table(G)
    >>> t.seats, t.size, t.legislature
    ({'Blue': 40, 'Red': 35}, 100, 'National Assembly')
    """
    facts = [f for f in G.graph.get("facts", []) if f.get("key") == "seats"]
    if not facts:
        raise CoalitionError("no 'seats' facts in the input; pass --seats 'A=40,B=35,...'")
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for f in facts:
        by_doc.setdefault(f["document"], []).append(f)
    if document is not None:
        if document not in by_doc:
            known = ", ".join(sorted(by_doc)[:10])
            raise CoalitionError(f"document {document!r} has no 'seats' facts; documents with "
                                 f"seat figures: {known}")
        doc = document
    elif legislature is not None:
        node = find_actor(G, legislature)
        docs = sorted({f["document"] for f in facts if f["actor"] == node},
                      key=lambda d: (date_key(by_doc[d][0].get("date")), len(by_doc[d]), d))
        if not docs:
            raise CoalitionError(f"no 'seats' fact gives the size of {actor_label(G, node)!r}; "
                                 "pass --size N or --quota N instead")
        doc = docs[-1]
    else:
        candidates = [d for d, fs in by_doc.items() if len({f["actor"] for f in fs}) >= 2] or list(by_doc)
        doc = max(candidates, key=lambda d: (date_key(by_doc[d][0].get("date")), len(by_doc[d]), d))

    # one figure per actor: the most frequent in the document, ties to the first stated
    per_actor: dict[str, list[dict[str, Any]]] = {}
    for f in by_doc[doc]:
        per_actor.setdefault(f["actor"], []).append(f)
    chosen: dict[str, dict[str, Any]] = {}
    for actor, fs in per_actor.items():
        counts = Counter(int(f["value"]) for f in fs)
        best = max(counts.values())
        chosen[actor] = next(f for f in fs if counts[int(f["value"])] == best)

    total = sum(int(f["value"]) for f in chosen.values())
    size_node = None
    if legislature is not None:
        size_node = find_actor(G, legislature)
        if size_node not in chosen:
            raise CoalitionError(f"document {doc!r} gives no size for {actor_label(G, size_node)!r}")
    else:
        cands = [a for a, f in chosen.items()
                 if _is_legislature(G, a) and 2 * int(f["value"]) >= total]  # >= sum of the others
        if cands:
            size_node = max(cands, key=lambda a: int(chosen[a]["value"]))
    parties = {a: f for a, f in chosen.items() if a != size_node}

    # nested blocs: drop a holder contained in another holder
    dropped = []
    for u, v, _ in relations(G, ("member_of", "part_of")):
        if u in parties and v in parties and u != v:
            dropped.append(u)
    dropped = sorted(set(dropped))
    for u in dropped:
        parties.pop(u, None)
    if not parties:
        raise CoalitionError(f"document {doc!r} has a chamber size but no party seat figures; "
                             "pass --seats")

    labels = _unique_labels(G, list(parties))
    table = SeatTable(
        seats={labels[a]: int(f["value"]) for a, f in sorted(parties.items(), key=lambda x: -int(x[1]["value"]))},
        actors={labels[a]: a for a in parties}, document=doc, date=by_doc[doc][0].get("date"),
        evidence={labels[a]: evidence_of(f) for a, f in parties.items()},
        dropped=[actor_label(G, a) for a in dropped])
    if size_node is not None:
        table.size = int(chosen[size_node]["value"])
        table.legislature = actor_label(G, size_node)
        table.evidence[table.legislature] = evidence_of(chosen[size_node])
    return table


def _unique_labels(G: nx.MultiDiGraph, nodes: list[str]) -> dict[str, str]:
    labels = {n: actor_label(G, n) for n in nodes}
    counts = Counter(labels.values())
    return {n: (f"{lab} ({n})" if counts[lab] > 1 else lab) for n, lab in labels.items()}


def party_ties(G: nx.MultiDiGraph, parties: Mapping[str, str]) -> dict[str, dict[tuple[str, str], list]]:
    """Opposition and alliance ties between parties, with evidence.

    A party speaks through itself and through its leaders (``leader_of``): two parties are
    opposed when the parties or their leaders are linked by ``opposes`` (either direction),
    and allied likewise by ``allied_with``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph.
    parties : mapping of str to str
        Party display name -> node id.

    Returns
    -------
    dict
        ``{"opposes": {(a, b): [evidence...]}, "allied_with": {...}}`` with ``a < b`` names.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("x", "p2", kind="relation", type="leader_of", evidence={"text": "X leads Red"})
    0
    >>> G.add_edge("p1", "x", kind="relation", type="opposes", evidence={"text": "Blue attacks X"})
    0
    >>> sorted(party_ties(G, {"Blue": "p1", "Red": "p2"})["opposes"])
    [('Blue', 'Red')]
    """
    speaks_for: dict[str, set[str]] = {}  # node -> party names it speaks for
    for name, node in parties.items():
        speaks_for.setdefault(node, set()).add(name)
    for u, v, _ in relations(G, ("leader_of",)):
        for name in [n for n, node in parties.items() if node == v]:
            speaks_for.setdefault(u, set()).add(name)
    ties: dict[str, dict[tuple[str, str], list]] = {"opposes": {}, "allied_with": {}}
    for u, v, d in relations(G, ("opposes", "allied_with")):
        for a in speaks_for.get(u, ()):
            for b in speaks_for.get(v, ()):
                if a != b:
                    pair = (a, b) if a < b else (b, a)
                    item = {"source": actor_label(G, u), "type": d["type"], "target": actor_label(G, v),
                            **evidence_of(d)}
                    ties[d["type"]].setdefault(pair, []).append(item)
    return ties


# ------------------------------------------------------------------------------ analysis


def analyze_coalition(seats: Mapping[str, int], quota: int, *,
                      opposed: Mapping[tuple[str, str], list] | Iterable[tuple[str, str]] = (),
                      allied: Mapping[tuple[str, str], list] | Iterable[tuple[str, str]] = (),
                      respect_opposition: bool = False, max_coalitions: int = 200) -> dict[str, Any]:
    """Power indices and coalitions of one game, as a JSON-ready dict.

    Parameters
    ----------
    seats : mapping of str to int
        Seats of each party.
    quota : int
        Seats needed to win.
    opposed, allied : iterable of (str, str) or mapping of pair to evidence list
        Pairs of parties linked by ``opposes`` / ``allied_with``.
    respect_opposition : bool
        When true, ``feasible`` keeps only coalitions with no opposed pair; otherwise every
        minimal winning coalition is feasible.
    max_coalitions : int
        List at most this many coalitions; beyond, ``minimal_winning`` is ``None`` and only
        ``minimal_winning_count`` is given.

    Returns
    -------
    dict
        ``quota``, ``total_seats``, ``parties`` (``name``, ``seats``, ``share``, ``banzhaf``,
        ``shapley``), ``minimal_winning``, ``minimal_winning_count``, ``feasible`` and
        ``coalitions`` (each listed coalition with ``seats``, ``feasible``, ``opposed_pairs``,
        ``allied_pairs`` and ``with_allies``).

    Examples
    --------
    >>> r = analyze_coalition({"A": 3, "B": 2, "C": 2}, 4, opposed=[("A", "B")],
    ...                       allied=[("B", "C")], respect_opposition=True)
    >>> r["minimal_winning"], r["feasible"]
    ([['B', 'C'], ['A', 'B'], ['A', 'C']], [['B', 'C'], ['A', 'C']])
    >>> [c["members"] for c in r["coalitions"] if c["with_allies"]]
    [['B', 'C']]
    """
    names, weights, quota = _game(seats, quota)
    total = sum(weights)
    indices = power_indices(seats, quota)
    opposed_map = _pairs(opposed)
    allied_map = _pairs(allied)
    parties = [{"name": n, "seats": w, "share": w / total if total else 0.0,
                "banzhaf": indices[n]["banzhaf"], "shapley": indices[n]["shapley"]}
               for n, w in zip(names, weights)]
    parties.sort(key=lambda p: (-p["seats"], p["name"]))
    count = count_minimal_winning(seats, quota)
    result: dict[str, Any] = {"quota": quota, "total_seats": total, "parties": parties,
                              "minimal_winning_count": count,
                              "opposition_respected": bool(respect_opposition)}
    listed = None
    if count <= max_coalitions:
        listed = minimal_winning_coalitions(seats, quota, limit=None)
    result["minimal_winning"] = listed

    feasible = None
    truncated = False
    if respect_opposition and opposed_map:
        try:
            feasible = minimal_winning_coalitions(seats, quota, exclude_pairs=list(opposed_map),
                                                  limit=max_coalitions)
        except CoalitionError:
            truncated = True
    else:
        feasible = listed
        truncated = listed is None
    result["feasible"] = feasible
    result["feasible_truncated"] = truncated

    coalitions = []
    feasible_set = {tuple(c) for c in feasible or []}
    for members in (listed if listed is not None else feasible or []):
        inside = set(members)
        opp = [list(p) for p in opposed_map if set(p) <= inside]
        ally = [list(p) for p in allied_map if set(p) <= inside]
        coalitions.append({
            "members": members, "seats": sum(seats[m] for m in members),
            "feasible": tuple(members) in feasible_set,
            "opposed_pairs": sorted(opp), "allied_pairs": sorted(ally), "with_allies": bool(ally),
        })
    result["coalitions"] = coalitions
    result["ties"] = {
        "opposes": [{"pair": list(p), "evidence": ev} for p, ev in sorted(opposed_map.items())],
        "allied_with": [{"pair": list(p), "evidence": ev} for p, ev in sorted(allied_map.items())],
    }
    return result


def _pairs(pairs) -> dict[tuple[str, str], list]:
    items = pairs.items() if isinstance(pairs, Mapping) else ((p, []) for p in pairs)
    out: dict[tuple[str, str], list] = {}
    for (a, b), ev in items:
        if a != b:
            out.setdefault((a, b) if a < b else (b, a), []).extend(ev)
    return out


def coalition(G: nx.MultiDiGraph | None, *, seats: Mapping[str, int] | None = None,
              quota: int | None = None, size: int | None = None, document: str | None = None,
              legislature: str | None = None, respect_opposition: bool = False,
              max_coalitions: int = 200) -> dict[str, Any]:
    """The coalition analysis of the CLI: seats from the graph (or given), quota, coalitions.

    Parameters
    ----------
    G : networkx.MultiDiGraph or None
        The graph; may be ``None`` when ``seats`` is given (then no opposition is known).
    seats : mapping of str to int, optional
        Seats given by the user; party names are matched to actors of ``G`` for ties.
    quota : int, optional
        Seats needed to win; default the majority of ``size``, else of the legislature size
        found in the text, else of the seats listed.
    size : int, optional
        Size of the legislature; seats not held by a listed party become an "Others" bloc.
    document, legislature : str, optional
        Which results to read from the graph (see :func:`seat_table`).
    respect_opposition : bool
        Exclude coalitions that join parties linked by ``opposes``.
    max_coalitions : int
        List at most this many coalitions.

    Returns
    -------
    dict
        :func:`analyze_coalition`'s result plus ``source`` (document, date, legislature,
        size, quota_from, others) and each party's ``evidence``.

    Examples
    --------
    >>> r = coalition(None, seats={"Blue": 40, "Red": 35}, size=100)
    >>> r["quota"], [(p["name"], p["seats"]) for p in r["parties"]]
    (51, [('Blue', 40), ('Red', 35), ('Others', 25)])
    >>> r["minimal_winning"]
    [['Red', 'Others'], ['Blue', 'Others'], ['Blue', 'Red']]
    """
    evidence: dict[str, dict[str, Any]] = {}
    source: dict[str, Any] = {"document": None, "date": None, "legislature": None, "size": None}
    actors: dict[str, str] = {}
    if seats is None:
        if G is None:
            raise CoalitionError("no seats: give --seats or an extraction with 'seats' facts")
        table = seat_table(G, document=document, legislature=legislature)
        seats = dict(table.seats)
        actors = dict(table.actors)
        evidence = dict(table.evidence)
        source.update(document=table.document, date=table.date, legislature=table.legislature,
                      size=table.size, nested_dropped=table.dropped)
        if size is None and table.size is not None:
            size = table.size
    else:
        seats = dict(seats)
        if G is not None:
            for name in seats:
                try:
                    actors[name] = find_actor(G, name)
                except ActorNotFound:
                    pass  # a bloc the text does not name: no ties known
    if size is not None:
        source["size"] = int(size)
        listed = sum(seats.values())
        if listed > size:
            raise CoalitionError(f"the parties hold {listed} seats but the legislature has {size}; "
                                 "check --size (or pass --quota alone)")
        if listed < size:
            seats[OTHERS] = seats.get(OTHERS, 0) + (int(size) - listed)
            source["others"] = int(size) - listed
    if quota is not None:
        source["quota_from"] = "--quota"
    elif size is not None:
        quota = majority_quota(size)
        source["quota_from"] = f"majority of {size} seats"
    else:
        quota = majority_quota(sum(seats.values()))
        source["quota_from"] = f"majority of the {sum(seats.values())} seats listed"
    ties = party_ties(G, actors) if G is not None and actors else {"opposes": {}, "allied_with": {}}
    result = analyze_coalition(seats, quota, opposed=ties["opposes"], allied=ties["allied_with"],
                               respect_opposition=respect_opposition, max_coalitions=max_coalitions)
    for party in result["parties"]:
        party["actor"] = actors.get(party["name"])
        party["evidence"] = evidence.get(party["name"])
    result["source"] = source
    if source.get("legislature") in evidence:
        source["evidence"] = evidence[source["legislature"]]
    return result
