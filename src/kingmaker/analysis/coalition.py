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
    "CoalitionError", "SeatTable", "power_indices", "power_game", "banzhaf", "shapley_shubik",
    "count_minimal_winning", "minimal_winning_coalitions", "parse_seats", "majority_quota",
    "seat_table", "party_ties", "analyze_coalition", "coalition", "GraphReads",
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

# Limits: every array is sized from numbers checked against these first.
MAX_SEATS = 10**15          # a party's seats, the chamber size, the quota
MAX_PLAYERS = 5_000         # parties plus unattributed seats modelled as independent members
EXACT_CELLS = 4_000_000     # (players + 1) x quota table of the exact Shapley-Shubik count
EXACT_WORK = 300_000_000    # element operations allowed to the exact Shapley-Shubik count
EXACT_SUMS = 5_000_000      # length of the seat-total table of the exact Banzhaf count
MC_SAMPLES = 20_000         # Monte Carlo samples (fewer for very many players), see _monte_carlo
MC_WORK = 20_000_000        # samples x players allowed to the Monte Carlo estimate


def _game(seats: Mapping[str, int], quota: int, independents: int = 0) -> tuple[list[str], list[int], int]:
    if not seats and not independents:
        raise CoalitionError("no parties: give seats (e.g. --seats 'A=40,B=35,C=25')")
    names = list(seats)
    weights = []
    for name in names:
        w = seats[name]
        if isinstance(w, bool) or not isinstance(w, (int, np.integer)) or w < 0:
            raise CoalitionError(f"seats of {name!r} must be a whole number >= 0, got {w!r}")
        if w > MAX_SEATS:
            raise CoalitionError(f"seats of {name!r}: {w} is more than the {MAX_SEATS:.0e} seats "
                                 "kingmaker computes with")
        weights.append(int(w))
    if isinstance(quota, bool) or not isinstance(quota, (int, np.integer)):
        raise CoalitionError(f"the quota must be a whole number, got {quota!r}")
    quota = int(quota)
    if len(names) + independents > MAX_PLAYERS:
        raise CoalitionError(f"{len(names) + independents} players is more than the {MAX_PLAYERS} "
                             "kingmaker computes power for")
    total = sum(weights) + independents
    if quota < 1 or quota > total:
        raise CoalitionError(f"quota {quota} is unreachable: it must be between 1 and the "
                             f"{total} seats listed")
    return names, weights, quota


@dataclass
class _Power:
    """Indices of each weight class (every member of a class has the same power)."""

    banzhaf: list[float]
    shapley: list[float]
    swings: list[int | None]
    method: str
    samples: int | None = None
    banzhaf_se: list[float] | None = None
    shapley_se: list[float] | None = None


def _remove_sums(f: np.ndarray, w: int, scale: int) -> np.ndarray:
    """Undo one factor ``(1 + x^w) / scale`` of a seat-total table: ``g = scale*f - g shifted by w``.

    The recurrence runs along each residue class modulo ``w``; an alternating cumulative sum
    does it in one vectorised step (partial sums stay as small as the entries).
    """
    q = len(f)
    m = -(-q // w)
    padded = np.zeros(m * w, dtype=f.dtype)
    padded[:q] = f * scale if scale != 1 else f
    blocks = padded.reshape(m, w)
    signs = np.where(np.arange(m) % 2 == 0, 1, -1).astype(f.dtype)[:, None]
    g = (np.cumsum(blocks * signs, axis=0) * signs).reshape(-1)[:q]
    return np.maximum(g, 0) if f.dtype.kind == "f" else g


def _exact_banzhaf(groups: list[tuple[int, int]], q: int, n: int) -> tuple[list[float], list[int | None]]:
    """Swing probability of one member of each class, from one table of seat totals below ``q``."""
    exact = n <= 62  # int64 counts up to 2^62; beyond, probabilities in float64
    f = np.zeros(q, dtype=np.int64 if exact else np.float64)
    f[0] = 1
    for w, m in groups:
        for _ in range(m):
            if exact:
                if w == 0:
                    f *= 2  # with and without the seatless player
                elif w < q:
                    f[w:] += f[: q - w]
            elif w == 0:
                pass
            elif w < q:
                f[w:] += f[: q - w]
                f *= 0.5
            else:
                f *= 0.5
    probs, swings = [], []
    for w, _ in groups:
        if w == 0:
            probs.append(0.0)
            swings.append(0 if exact else None)
            continue
        if w >= q:
            g = f if exact else f * 2
        else:
            g = _remove_sums(f, w, 1 if exact else 2)
        s = g[max(0, q - w):].sum()
        if exact:
            swings.append(int(s))
            probs.append(int(s) / 2 ** (n - 1))
        else:
            swings.append(None)
            probs.append(float(s))
    return probs, swings


def _size_table(groups: list[tuple[int, int]], q: int, rows: int, exact: bool) -> np.ndarray:
    """``F[k, c]``: coalitions with ``k <= rows`` members and ``c < q`` seats."""
    F = np.zeros((rows + 1, q), dtype=np.int64 if exact else np.float64)
    F[0, 0] = 1
    for w, m in groups:
        for _ in range(m):
            if w == 0:
                F[1:] += F[:-1]
            elif w < q:
                F[1:, w:] += F[:-1, : q - w]
    return F


def _swings_by_size(F: np.ndarray, w: int) -> np.ndarray:
    """Swing coalitions of the others by size, once one player of weight ``w`` is removed."""
    rows, q = F.shape
    if w >= q:
        G = F
    else:
        # F = G * (1 + y x^w)  =>  G[k] = F[k] - G[k-1] shifted by w
        G = np.empty_like(F)
        G[0] = F[0]
        for k in range(1, rows):
            G[k] = F[k]
            G[k, w:] -= G[k - 1, : q - w]
    out = G[:, max(0, q - w):].sum(axis=1)
    return out if F.dtype.kind != "f" else np.maximum(out, 0)


def _exact_shapley(groups: list[tuple[int, int]], q: int, qd: int, n: int) -> list[float]:
    """Shapley-Shubik index of one member of each class.

    Swing coalitions of size ``k <= n/2`` are counted in the game, those of size ``k > n/2``
    as their complements (size ``n-1-k``) in the dual game ``[T-q+1; w]``: both tables stop
    at half the players, and in floating point (past 62 players) every count is taken where
    it is large, so rounding stays relative.
    """
    exact = n <= 62
    half = (n - 1) // 2 + 1
    F = _size_table(groups, q, half, exact)
    Fd = _size_table(groups, qd, half, exact)
    if exact:
        coef = [Fraction(math.factorial(k) * math.factorial(n - 1 - k), math.factorial(n)) for k in range(n)]
    else:
        coef = [1.0 / (n * float(math.comb(n - 1, k))) for k in range(n)]
    out = []
    for w, _ in groups:
        if w == 0:
            out.append(0.0)
            continue
        low, high = _swings_by_size(F, w), _swings_by_size(Fd, w)
        per_size = [low[k] if k < half else high[n - 1 - k] for k in range(n)]
        if exact:
            out.append(float(sum(c * int(s) for c, s in zip(coef, per_size))))
        else:
            out.append(float(sum(c * float(s) for c, s in zip(coef, per_size))))
    return out


def _monte_carlo(groups: list[tuple[int, int]], q: int, n: int, *, seed: int = 0,
                 samples: int | None = None) -> tuple[list[float], list[float], list[float], list[float], int]:
    """Sampled swing probabilities and Shapley-Shubik indices, with their standard errors.

    Banzhaf: random coalitions (each player in with probability 1/2); Shapley-Shubik: random
    orderings (the pivot is the player that brings the running total to the quota). Estimates
    are averaged over the members of a class.
    """
    rng = np.random.default_rng(seed)
    weights = np.repeat(np.array([w for w, _ in groups], dtype=np.int64), [m for _, m in groups])
    cls = np.repeat(np.arange(len(groups)), [m for _, m in groups])
    sizes = np.array([m for _, m in groups], dtype=np.float64)
    if samples is None:
        samples = max(1_000, min(MC_SAMPLES, MC_WORK // max(n, 1)))
    batch = max(1, min(samples, 2_000_000 // max(n, 1)))
    swing_hits = np.zeros(len(groups))
    pivot_hits = np.zeros(len(groups))
    done = 0
    while done < samples:
        b = min(batch, samples - done)
        inside = rng.random((b, n)) < 0.5
        totals = (inside * weights).sum(axis=1)
        without = totals[:, None] - inside * weights
        hit = (without < q) & (without + weights >= q)
        swing_hits += np.bincount(cls, weights=hit.sum(axis=0), minlength=len(groups))
        order = np.argsort(rng.random((b, n)), axis=1)
        running = np.cumsum(weights[order], axis=1)
        pivot = order[np.arange(b), np.argmax(running >= q, axis=1)]
        pivot_hits += np.bincount(cls[pivot], minlength=len(groups))
        done += b
    per_trial = done * sizes  # every member of a class is tried in every sample
    beta = swing_hits / per_trial
    ss = pivot_hits / per_trial
    # members of a class are tried on the same samples: count one trial per sample (conservative)
    beta_se = np.sqrt(beta * (1 - beta) / done)
    ss_se = np.sqrt(ss * (1 - ss) / done)
    return list(beta), list(beta_se), list(ss), list(ss_se), done


def _enumerate(groups: list[tuple[int, int]], q: int, n: int) -> tuple[list[float], list[int], list[float]]:
    """Swing probability, swing count and Shapley-Shubik index by listing all ``2^n`` coalitions
    (a few players with seat numbers too large for a table)."""
    weights = np.repeat(np.array([w for w, _ in groups], dtype=np.int64), [m for _, m in groups])
    first = np.cumsum([0] + [m for _, m in groups])[:-1]
    masks = np.arange(1 << n, dtype=np.int64)
    bits = (masks[:, None] >> np.arange(n)) & 1
    totals = bits @ weights
    sizes = bits.sum(axis=1)
    coef = np.array([Fraction(math.factorial(k) * math.factorial(n - 1 - k), math.factorial(n))
                     for k in range(n)], dtype=object)
    probs, swings, shap = [], [], []
    for i in first:
        w = int(weights[i])
        swing = (bits[:, i] == 0) & (totals < q) & (totals + w >= q)
        s = int(swing.sum())
        swings.append(s)
        probs.append(s / 2 ** (n - 1))
        by_size = np.bincount(sizes[swing], minlength=n)[:n]
        shap.append(float(sum(c * int(x) for c, x in zip(coef, by_size))))
    return probs, swings, shap


def _power(groups: list[tuple[int, int]], quota: int, *, method: str = "auto", seed: int = 0,
           samples: int | None = None) -> _Power:
    """Power of one member of each weight class ``(seats, how many players)``."""
    n = sum(m for _, m in groups)
    positive = [w for w, m in groups if w > 0 and m > 0]
    g = reduce(math.gcd, positive) if positive else 1
    red = [(w // g, m) for w, m in groups]
    q1 = -(-quota // g)  # [q; w] and [ceil(q/g); w/g] are the same game
    total = sum(w * m for w, m in red)
    # the dual game [T - q + 1; w] has the same swings (complements of the swing coalitions)
    qd = total - q1 + 1
    q = min(q1, qd)
    merged: dict[int, int] = {}
    for w, m in red:
        merged[w] = merged.get(w, 0) + m
    classes = sorted(merged.items(), key=lambda x: -x[0])
    index = {w: i for i, (w, _) in enumerate(classes)}
    distinct = len(classes)

    cells = ((n - 1) // 2 + 2) * (total + 1)  # the two half tables of _exact_shapley
    shapley_ok = n <= 1000 and cells <= EXACT_CELLS and cells * (n + 2 * distinct) <= EXACT_WORK
    banzhaf_ok = q <= EXACT_SUMS and q * (n + distinct) <= EXACT_WORK
    if method == "exact" and not (shapley_ok and banzhaf_ok):
        raise CoalitionError("the game is too large for an exact count; use the default method")
    if method == "auto" and shapley_ok and banzhaf_ok or method == "exact":
        probs, swings = _exact_banzhaf(classes, q, n)
        shap = _exact_shapley(classes, q1, qd, n)
        total_p = sum(p * m for p, (_, m) in zip(probs, classes))
        banz = [p / total_p if total_p else 0.0 for p in probs]
        pick = [index[w] for w, _ in red]
        return _Power([banz[i] for i in pick], [shap[i] for i in pick], [swings[i] for i in pick],
                      "exact" if n <= 62 else "exact (floating point)")
    pick = [index[w] for w, _ in red]
    if n <= 16 and method == "auto":
        probs, swings, shap = _enumerate(classes, q1, n)
        total_p = sum(p * m for p, (_, m) in zip(probs, classes))
        banz = [p / total_p if total_p else 0.0 for p in probs]
        return _Power([banz[i] for i in pick], [shap[i] for i in pick], [swings[i] for i in pick], "exact")
    beta, beta_se, ss, ss_se, done = _monte_carlo(classes, q, n, seed=seed, samples=samples)
    banzhaf_exact = banzhaf_ok and method == "auto"
    if banzhaf_exact:  # the exact Banzhaf count is still cheap
        beta, swings_cls = _exact_banzhaf(classes, q, n)
        beta_se = [0.0] * len(classes)
    else:
        swings_cls = [None] * len(classes)
    total_p = sum(p * m for p, (_, m) in zip(beta, classes))
    banz = [float(p / total_p) if total_p else 0.0 for p in beta]
    banz_se = [float(s / total_p) if total_p else 0.0 for s in beta_se]
    ss, ss_se = [float(x) for x in ss], [float(x) for x in ss_se]
    return _Power([banz[i] for i in pick], [ss[i] for i in pick], [swings_cls[i] for i in pick],
                  "exact Banzhaf, sampled Shapley-Shubik" if banzhaf_exact else "sampled", done,
                  [banz_se[i] for i in pick], [ss_se[i] for i in pick])


def power_game(seats: Mapping[str, int], quota: int, *, independents: int = 0, seed: int = 0,
               samples: int | None = None, method: str = "auto") -> dict[str, Any]:
    """Power indices of named parties plus ``independents`` one-seat members.

    Unattributed seats are usually held by many small parties and independents who vote
    separately: modelled as one-seat players they get the power of one seat each, where one
    "Others" bloc would be a pivotal giant.

    Returns
    -------
    dict
        ``parties`` (as :func:`power_indices`), ``independent`` (the indices of *one*
        independent member, or ``None``), ``method`` (``"exact"``, ``"exact (floating
        point)"`` past 62 players: absolute error below 1e-9; ``"exact Banzhaf, sampled
        Shapley-Shubik"`` or ``"sampled"`` past the limits), ``samples`` and, when sampled,
        a standard error ``banzhaf_se``/``shapley_se`` per party.

    Examples
    --------
    >>> r = power_game({"A": 40, "B": 30}, 51, independents=30)
    >>> round(r["parties"]["A"]["shapley"], 4), round(30 * r["independent"]["shapley"], 4)
    (0.4446, 0.4335)
    """
    names, weights, quota = _game(seats, quota, independents)
    groups = [(w, 1) for w in weights] + ([(1, independents)] if independents else [])
    if method not in ("auto", "exact", "sample"):
        raise CoalitionError(f"method must be auto, exact or sample, not {method!r}")
    p = _power(groups, quota, seed=seed, samples=samples, method=method)
    parties: dict[str, dict[str, Any]] = {}
    for i, name in enumerate(names):
        parties[name] = {"banzhaf": p.banzhaf[i], "shapley": p.shapley[i], "swings": p.swings[i]}
        if p.samples is not None:
            parties[name]["banzhaf_se"] = p.banzhaf_se[i]
            parties[name]["shapley_se"] = p.shapley_se[i]
    independent = None
    if independents:
        j = len(names)
        independent = {"banzhaf": p.banzhaf[j], "shapley": p.shapley[j], "swings": p.swings[j]}
        if p.samples is not None:
            independent["banzhaf_se"] = p.banzhaf_se[j]
            independent["shapley_se"] = p.shapley_se[j]
    return {"parties": parties, "independent": independent, "method": p.method, "samples": p.samples}


def power_indices(seats: Mapping[str, int], quota: int) -> dict[str, dict[str, Any]]:
    """Normalised Banzhaf and Shapley-Shubik indices of a weighted voting game.

    Exact up to the documented limits (:data:`EXACT_CELLS`, :data:`EXACT_WORK`): weights are
    divided by their greatest common divisor, the quota is replaced by the dual game's when
    that is smaller, and one forward counting pass (coalitions by size and seat total below
    the quota) is followed by one removal per distinct weight, so memory is linear in the
    seats. Past the limits the indices are sampled (see :func:`power_game`).

    Parameters
    ----------
    seats : mapping of str to int
        Seats of each party (order is kept in the result).
    quota : int
        Seats a coalition needs to win.

    Returns
    -------
    dict
        ``{party: {"banzhaf": float, "shapley": float, "swings": int | None}}``; ``swings`` is
        the raw Banzhaf count (coalitions of the others that the party turns into winners),
        given when it is counted exactly in integers (up to 62 parties).

    Raises
    ------
    CoalitionError
        When a seat count is negative or too large, or the quota cannot be reached.

    Examples
    --------
    >>> r = power_indices({"A": 4, "B": 3, "C": 2, "D": 1}, 6)
    >>> {p: round(v["shapley"], 4) for p, v in r.items()}
    {'A': 0.4167, 'B': 0.25, 'C': 0.25, 'D': 0.0833}
    >>> {p: v["swings"] for p, v in r.items()}
    {'A': 5, 'B': 3, 'C': 3, 'D': 1}
    """
    return power_game(seats, quota)["parties"]


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

SEARCH_STEPS = 2_000_000  # coalitions looked at while listing, at most
COUNT_WORK = 50_000_000   # big-integer additions allowed to count minimal winning coalitions


def _by_weight(seats: Mapping[str, int]) -> list[tuple[str, int]]:
    # heaviest first, ties by name: the last member added is always the lightest
    return sorted(((n, int(w)) for n, w in seats.items()), key=lambda x: (-x[1], x[0]))


def count_minimal_winning(seats: Mapping[str, int], quota: int, *, independents: int = 0) -> int | None:
    """Count minimal winning coalitions without listing them (``O(n q)``).

    A winning coalition is minimal when it loses as soon as any member leaves, i.e. when it
    loses without its lightest member. With ``independents`` one-seat members, a set of
    parties short of the quota by ``j <= independents`` seats is counted once (it needs
    exactly ``j`` independents, whichever they are). ``None`` when counting would take more
    than :data:`COUNT_WORK` additions (quota after dividing by the common divisor, times parties).

    Examples
    --------
    >>> count_minimal_winning({"A": 50, "B": 49, "C": 1}, 51)
    2
    >>> count_minimal_winning({"A": 50, "B": 40}, 51, independents=10)  # A+B, A+1 (B lacks 11)
    2
    """
    _, weights, quota = _game(seats, quota, independents)
    positive = [w for w in weights if w > 0] + ([1] if independents else [])
    g = reduce(math.gcd, positive) if positive else 1
    q = -(-quota // g)
    pool = independents  # g == 1 whenever there are independents
    order = sorted((w // g for w in weights if w > 0), reverse=True)
    if q > EXACT_SUMS or q * (len(order) + 1) > COUNT_WORK:
        return None
    P = np.zeros(q, dtype=object)  # P[c]: subsets of the heavier players with c seats
    P[0] = 1
    count = 0
    for w in order:
        count += int(P[max(0, q - w):].sum())
        if w < q:
            P[w:] = P[w:] + P[: q - w]
    if pool:
        count += int(P[max(0, q - pool):].sum())
    return count


def _minimal_winning(seats: Mapping[str, int], quota: int, *, independents: int = 0,
                     exclude_pairs: Iterable[tuple[str, str]] = (),
                     limit: int | None = 10_000) -> list[tuple[list[str], int]]:
    """``(parties, independents needed)`` of each minimal winning coalition (see the public one)."""
    _, _, quota = _game(seats, quota, independents)
    order = [(n, w) for n, w in _by_weight(seats) if w > 0]
    banned: dict[str, set[str]] = {n: set() for n, _ in order}
    for a, b in exclude_pairs:
        if a in banned and b in banned:
            banned[a].add(b)
            banned[b].add(a)
    suffix = [independents] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + order[i][1]
    found: list[tuple[list[str], int]] = []
    steps = 0

    def record(members: list[str], need: int) -> None:
        found.append((members, need))
        if limit is not None and len(found) > limit:
            raise CoalitionError(f"more than {limit} minimal winning coalitions; "
                                 "raise the limit (--max-coalitions) to list them")

    def extend(start: int, chosen: list[str], total: int) -> None:
        nonlocal steps
        for j in range(start, len(order)):
            if total + suffix[j] < quota:
                return  # even all the rest cannot win
            steps += 1
            if steps > SEARCH_STEPS:
                raise CoalitionError(f"more than {SEARCH_STEPS} coalitions to search to list the "
                                     "minimal winning ones; the indices are still given")
            name, w = order[j]
            if banned[name].intersection(chosen):
                continue
            if total + w >= quota:
                # losing before, and `name` is the lightest member: minimal
                record([*chosen, name], 0)
            else:
                if total + w + independents >= quota:
                    record([*chosen, name], quota - total - w)
                extend(j + 1, [*chosen, name], total + w)

    if 0 < quota <= independents:
        record([], quota)
    extend(0, [], 0)
    rank = {n: i for i, (n, _) in enumerate(order)}
    found.sort(key=lambda c: (sum(seats[m] for m in c[0]) + c[1], len(c[0]) + c[1],
                              [rank[m] for m in c[0]]))
    return found


def minimal_winning_coalitions(seats: Mapping[str, int], quota: int, *,
                               exclude_pairs: Iterable[tuple[str, str]] = (),
                               limit: int | None = 10_000, independents: int = 0) -> list[list[str]]:
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
    independents : int
        One-seat members besides the parties; a coalition lists its parties only and is
        completed by as many independents as it lacks (at most this many).

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
    >>> minimal_winning_coalitions({"A": 3, "B": 2}, 4, independents=1)  # A + 1, B + ... too short
    [['A'], ['A', 'B']]
    """
    return [m for m, _ in _minimal_winning(seats, quota, independents=independents,
                                           exclude_pairs=exclude_pairs, limit=limit)]


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

OTHERS_MODELS = ("independents", "bloc", "exclude")
WARN_UNATTRIBUTED = 0.25  # warn when more than this share of the chamber belongs to no party


def analyze_coalition(seats: Mapping[str, int], quota: int, *,
                      opposed: Mapping[tuple[str, str], list] | Iterable[tuple[str, str]] = (),
                      allied: Mapping[tuple[str, str], list] | Iterable[tuple[str, str]] = (),
                      respect_opposition: bool = False, max_coalitions: int = 200,
                      independents: int = 0, seed: int = 0) -> dict[str, Any]:
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
        When true, ``feasible`` is searched among all minimal winning coalitions without an
        opposed pair (it may find some beyond ``max_coalitions``); otherwise it keeps the
        listed ones without an opposed pair. Each listed coalition's ``feasible`` is always
        false when it joins an opposed pair.
    max_coalitions : int
        List at most this many coalitions; beyond, ``minimal_winning`` is ``None`` and only
        ``minimal_winning_count`` is given.
    independents : int
        Seats held by no listed party, each an independent one-seat member.
    seed : int
        Seed of the sampling used past the exact limits.

    Returns
    -------
    dict
        ``quota``, ``total_seats``, ``parties`` (``name``, ``seats``, ``share``, ``banzhaf``,
        ``shapley``), ``independents`` (``None``, or their seats and indices: ``banzhaf`` and
        ``shapley`` of all of them together, ``*_each`` of one), ``method``, ``samples``,
        ``minimal_winning``, ``minimal_winning_count``, ``feasible`` and ``coalitions`` (each
        listed coalition with ``members``, ``independents`` needed, ``seats``, ``feasible``,
        ``opposed_pairs``, ``allied_pairs`` and ``with_allies``).

    Examples
    --------
    >>> r = analyze_coalition({"A": 3, "B": 2, "C": 2}, 4, opposed=[("A", "B")],
    ...                       allied=[("B", "C")], respect_opposition=True)
    >>> r["minimal_winning"], r["feasible"]
    ([['B', 'C'], ['A', 'B'], ['A', 'C']], [['B', 'C'], ['A', 'C']])
    >>> [c["members"] for c in r["coalitions"] if c["with_allies"]]
    [['B', 'C']]
    >>> r = analyze_coalition({"A": 50, "B": 40}, 51, independents=10)
    >>> [(c["members"], c["independents"]) for c in r["coalitions"]]
    [(['A'], 1), (['A', 'B'], 0)]
    """
    names, weights, quota = _game(seats, quota, independents)
    total = sum(weights) + independents
    game = power_game(seats, quota, independents=independents, seed=seed)
    opposed_map = _pairs(opposed)
    allied_map = _pairs(allied)
    parties = []
    for n, w in zip(names, weights):
        p = game["parties"][n]
        parties.append({"name": n, "seats": w, "share": w / total if total else 0.0,
                        "banzhaf": p["banzhaf"], "shapley": p["shapley"],
                        **{k: p[k] for k in ("banzhaf_se", "shapley_se") if k in p}})
    parties.sort(key=lambda p: (-p["seats"], p["name"]))
    result: dict[str, Any] = {"quota": quota, "total_seats": total, "parties": parties,
                              "method": game["method"], "samples": game["samples"],
                              "opposition_respected": bool(respect_opposition)}
    ind = game["independent"]
    result["independents"] = None if not independents else {
        "seats": independents, "share": independents / total,
        "banzhaf": ind["banzhaf"] * independents, "shapley": ind["shapley"] * independents,
        "banzhaf_each": ind["banzhaf"], "shapley_each": ind["shapley"]}
    count = count_minimal_winning(seats, quota, independents=independents)
    result["minimal_winning_count"] = count
    listed = None
    if count is None or count <= max_coalitions:
        try:
            listed = _minimal_winning(seats, quota, independents=independents, limit=max_coalitions)
        except CoalitionError:
            listed = None
    result["minimal_winning"] = None if listed is None else [m for m, _ in listed]

    def joins_opponents(members: list[str]) -> bool:
        return any(set(p) <= set(members) for p in opposed_map)

    feasible = None
    if respect_opposition and opposed_map:
        try:
            feasible = _minimal_winning(seats, quota, independents=independents,
                                        exclude_pairs=list(opposed_map), limit=max_coalitions)
        except CoalitionError:
            feasible = None
    elif listed is not None:
        feasible = [c for c in listed if not joins_opponents(c[0])]
    result["feasible"] = None if feasible is None else [m for m, _ in feasible]
    result["feasible_truncated"] = feasible is None

    coalitions = []
    for members, need in (listed if listed is not None else feasible or []):
        inside = set(members)
        opp = [list(p) for p in opposed_map if set(p) <= inside]
        ally = [list(p) for p in allied_map if set(p) <= inside]
        coalitions.append({
            "members": members, "independents": need, "seats": sum(seats[m] for m in members) + need,
            "feasible": not opp, "opposed_pairs": sorted(opp), "allied_pairs": sorted(ally),
            "with_allies": bool(ally),
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


class GraphReads:
    """What :func:`coalition` reads of the actor graph, from a whole graph (``build_graph``'s): the
    seat table, an actor named, and the ties between parties. A store reads the same in SQL
    (:class:`kingmaker.analysis.storegraph.StoreCoalitionReads`)."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G

    def seat_table(self, *, document: str | None = None, legislature: str | None = None) -> SeatTable:
        return seat_table(self.G, document=document, legislature=legislature)

    def find(self, name: str) -> str | None:
        """The actor ``name`` names, ``None`` when none or several do."""
        try:
            return find_actor(self.G, name)
        except ActorNotFound:
            return None

    def party_ties(self, parties: Mapping[str, str]) -> dict[str, dict[tuple[str, str], list]]:
        return party_ties(self.G, parties)


def _party_named(seats: Mapping[str, int], name: str, option: str, reads: Any = None,
                 actors: Mapping[str, str] | None = None) -> str:
    """The party a what-if option names: its name as listed, any case, or an alias of its actor."""
    if name in seats:
        return name
    hits = [p for p in seats if p.casefold() == name.strip().casefold()]
    if len(hits) != 1 and reads is not None and actors:
        node = reads.find(name)
        hits = [p for p, a in actors.items() if a == node and p in seats]
    if len(hits) == 1:
        return hits[0]
    raise CoalitionError(f"{option} {name!r}: no such party; parties: {', '.join(seats)}")


def coalition(G: nx.MultiDiGraph | None, *, seats: Mapping[str, int] | None = None,
              quota: int | None = None, size: int | None = None, document: str | None = None,
              legislature: str | None = None, respect_opposition: bool = False,
              max_coalitions: int = 200, others: str = "independents",
              without: Iterable[str] = (), merge: Iterable[Iterable[str]] = (),
              drop_ties: Iterable[str] = ()) -> dict[str, Any]:
    """The coalition analysis of the CLI: seats from the graph (or given), quota, coalitions.

    Parameters
    ----------
    G : networkx.MultiDiGraph or None
        The graph; may be ``None`` when ``seats`` is given (then no opposition is known); or what
        reads the same of a store (:class:`kingmaker.analysis.storegraph.StoreCoalitionReads`).
    seats : mapping of str to int, optional
        Seats given by the user; party names are matched to actors of ``G`` for ties.
    quota : int, optional
        Seats needed to win; default the majority of ``size``, else of the legislature size
        found in the text, else of the seats listed.
    size : int, optional
        Size of the legislature; seats held by no listed party are "unattributed".
    document, legislature : str, optional
        Which results to read from the graph (see :func:`seat_table`).
    respect_opposition : bool
        Search feasible coalitions among all of them (see :func:`analyze_coalition`).
    max_coalitions : int
        List at most this many coalitions.
    others : {"independents", "bloc", "exclude"}
        How unattributed seats vote: each as an independent one-seat member (default; they
        are never a coalition member, coalitions say how many they need), as one "Others"
        party, or not at all (the quota stays that of the whole chamber).
    without : iterable of str
        What if these parties join no coalition (their seats still count in the chamber, so
        the quota does not move)?
    merge : iterable of iterables of str
        What if each group of parties acts as one bloc (named ``A+B``)?
    drop_ties : iterable of str
        What if these ties (edge ids, as in ``kingmaker relations``) were not there?

    Returns
    -------
    dict
        :func:`analyze_coalition`'s result plus ``source`` (document, date, legislature,
        size, quota_from, unattributed, others), ``warnings`` and each party's ``evidence``;
        with a what-if option, ``what_if`` holds the scenario (``without``, ``merged``,
        ``dropped_ties`` and its own ``result``), the main result being the baseline.

    Examples
    --------
    >>> r = coalition(None, seats={"Blue": 40, "Red": 35}, size=100)
    >>> r["quota"], [(p["name"], p["seats"]) for p in r["parties"]], r["independents"]["seats"]
    (51, [('Blue', 40), ('Red', 35)], 25)
    >>> [(c["members"], c["independents"]) for c in r["coalitions"]]
    [(['Blue'], 11), (['Red'], 16), (['Blue', 'Red'], 0)]
    >>> r = coalition(None, seats={"Blue": 40, "Red": 35}, size=100, others="bloc")
    >>> r["minimal_winning"]
    [['Red', 'Others'], ['Blue', 'Others'], ['Blue', 'Red']]
    """
    if others not in OTHERS_MODELS:
        raise CoalitionError(f"--others must be one of {', '.join(OTHERS_MODELS)}, not {others!r}")
    evidence: dict[str, dict[str, Any]] = {}
    source: dict[str, Any] = {"document": None, "date": None, "legislature": None, "size": None}
    actors: dict[str, str] = {}
    if size is not None and not 1 <= int(size) <= MAX_SEATS:
        raise CoalitionError(f"--size {size} is outside 1 to {MAX_SEATS:.0e} seats")
    if quota is not None and not 1 <= int(quota) <= MAX_SEATS:
        raise CoalitionError(f"--quota {quota} is outside 1 to {MAX_SEATS:.0e} seats")
    reads = None if G is None else G if hasattr(G, "party_ties") else GraphReads(G)
    if seats is None:
        if reads is None:
            raise CoalitionError("no seats: give --seats or an extraction with 'seats' facts")
        table = reads.seat_table(document=document, legislature=legislature)
        seats = dict(table.seats)
        actors = dict(table.actors)
        evidence = dict(table.evidence)
        source.update(document=table.document, date=table.date, legislature=table.legislature,
                      size=table.size, nested_dropped=table.dropped)
        if size is None and table.size is not None:
            size = table.size
    else:
        seats = dict(seats)
        if reads is not None:
            for name in seats:
                node = reads.find(name)
                if node is not None:  # (else a bloc the text does not name: no ties known)
                    actors[name] = node
    for name, w in seats.items():
        if isinstance(w, (int, np.integer)) and w > MAX_SEATS:
            raise CoalitionError(f"seats of {name!r}: {w} is more than the {MAX_SEATS:.0e} seats "
                                 "kingmaker computes with")
    warnings: list[str] = []
    unattributed = 0
    if size is not None:
        source["size"] = int(size)
        listed = sum(seats.values())
        if listed > size:
            raise CoalitionError(f"the parties hold {listed} seats but the legislature has {size}; "
                                 "check --size (or pass --quota alone)")
        unattributed = int(size) - listed
    source["unattributed"] = unattributed
    source["others"] = others
    if unattributed and others == "independents" and unattributed + len(seats) > MAX_PLAYERS:
        raise CoalitionError(f"{unattributed} unattributed seats are too many to model as independent "
                             f"members (at most {MAX_PLAYERS - len(seats)} here); pass --others bloc "
                             "or --others exclude")
    if unattributed and size and unattributed > WARN_UNATTRIBUTED * size:
        how = {"independents": f"counted as {unattributed} independent one-seat members",
               "bloc": f"counted as one '{OTHERS}' bloc", "exclude": "left out of every coalition"}[others]
        warnings.append(f"{unattributed} of {size} seats ({unattributed / size:.0%}) belong to no listed "
                        f"party: {how} (--others independents|bloc|exclude); the indices depend on it")
    if quota is not None:
        source["quota_from"] = "--quota"
    elif size is not None:
        quota = majority_quota(size)
        source["quota_from"] = f"majority of {size} seats"
    else:
        quota = majority_quota(sum(seats.values()))
        source["quota_from"] = f"majority of the {sum(seats.values())} seats listed"
    game_seats = dict(seats)
    independents = 0
    if unattributed:
        if others == "bloc":
            game_seats[OTHERS] = game_seats.get(OTHERS, 0) + unattributed
        elif others == "independents":
            independents = unattributed
    if quota > sum(game_seats.values()) + independents:
        raise CoalitionError(f"quota {quota} is unreachable: the parties in the game hold "
                             f"{sum(game_seats.values()) + independents} seats"
                             + (" (unattributed seats are excluded)" if others == "exclude" else ""))

    def ties_of(source, names_to_actors):
        if source is None or not names_to_actors:
            return {"opposes": {}, "allied_with": {}}
        return source.party_ties(names_to_actors)

    ties = ties_of(reads, actors)
    result = analyze_coalition(game_seats, quota, opposed=ties["opposes"], allied=ties["allied_with"],
                               respect_opposition=respect_opposition, max_coalitions=max_coalitions,
                               independents=independents)
    for party in result["parties"]:
        party["actor"] = actors.get(party["name"])
        party["evidence"] = evidence.get(party["name"])
    result["source"] = source
    result["warnings"] = warnings
    if source.get("legislature") in evidence:
        source["evidence"] = evidence[source["legislature"]]

    without = [_party_named(game_seats, p, "--without", reads, actors) for p in without]
    groups = [[_party_named(game_seats, p, "--with", reads, actors) for p in group] for group in merge]
    drop_ties = [str(t) for t in drop_ties]
    if not (without or groups or drop_ties):
        return result
    scenario_reads = reads
    if drop_ties:
        if reads is None:
            raise CoalitionError("--drop-tie needs an extraction or a store (the ties come from the text)")
        if not isinstance(reads, GraphReads):
            raise CoalitionError("--drop-tie needs the whole graph (build_graph's), not a store's reads")
        G = reads.G
        known = {d.get("id") for _, _, d in G.edges(data=True)}
        missing = [t for t in drop_ties if t not in known]
        if missing:
            raise CoalitionError(f"--drop-tie {missing[0]!r}: no tie with this id (see `kingmaker relations`)")
        scenario_graph = G.copy()
        scenario_reads = GraphReads(scenario_graph)
        scenario_graph.remove_edges_from([(u, v, k) for u, v, k, d in G.edges(keys=True, data=True)
                                          if d.get("id") in set(drop_ties)])
    bloc_of = {p: p for p in game_seats}
    for group in groups:
        if len(group) < 2 or len(set(group)) < len(group):
            raise CoalitionError(f"--with {'+'.join(group)!r}: name two or more different parties")
        name = "+".join(group)
        for p in group:
            if bloc_of[p] != p:
                raise CoalitionError(f"--with: {p!r} is in two blocs")
            bloc_of[p] = name
    scenario_seats: dict[str, int] = {}
    for p, w in game_seats.items():
        if p in without:
            continue
        scenario_seats[bloc_of[p]] = scenario_seats.get(bloc_of[p], 0) + w
    if not scenario_seats:
        raise CoalitionError("--without leaves no party")
    if quota > sum(scenario_seats.values()) + independents:
        raise CoalitionError(f"without {', '.join(without)} no coalition reaches the quota {quota}")
    s_ties = ties_of(scenario_reads, actors)
    renamed: dict[str, dict[tuple[str, str], list]] = {"opposes": {}, "allied_with": {}}
    for kind, pairs in s_ties.items():
        for (a, b), ev in pairs.items():
            if a in without or b in without or bloc_of.get(a, a) == bloc_of.get(b, b):
                continue
            x, y = bloc_of.get(a, a), bloc_of.get(b, b)
            renamed[kind].setdefault((x, y) if x < y else (y, x), []).extend(ev)
    scenario = analyze_coalition(scenario_seats, quota, opposed=renamed["opposes"],
                                 allied=renamed["allied_with"], respect_opposition=respect_opposition,
                                 max_coalitions=max_coalitions, independents=independents)
    result["what_if"] = {"without": without, "merged": ["+".join(g) for g in groups],
                         "dropped_ties": drop_ties, "result": scenario}
    return result
