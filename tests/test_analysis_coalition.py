"""Coalition arithmetic: exact power indices, minimal winning coalitions, seats from facts."""
from __future__ import annotations

import math
import random
import time
from fractions import Fraction
from itertools import combinations

import numpy as np
import pytest
from coalition_reference import brute_force
from test_analysis_graph import sample_extraction

from kingmaker.analysis.coalition import (
    CoalitionError,
    analyze_coalition,
    coalition,
    count_minimal_winning,
    minimal_winning_coalitions,
    parse_seats,
    power_indices,
    seat_table,
)
from kingmaker.graph import build_graph

GAME = {"P1": 91, "P2": 89, "P3": 70, "P4": 57, "P5": 18}  # the [163; 91, 89, 70, 57, 18] game


# ---------------------------------------------------------------- independent references


def forward_dp(weights: list[int], quota: int) -> tuple[list[float], list[float]]:
    """A second exact method: per player, a fresh DP over the others (no deconvolution)."""
    n = len(weights)
    swings = []
    shapley = []
    total_w = sum(weights)
    for i in range(n):
        table = [[0] * (total_w + 1) for _ in range(n)]  # table[k][c], Python ints
        table[0][0] = 1
        for j, w in enumerate(weights):
            if j == i:
                continue
            for k in range(n - 1, 0, -1):
                row, prev = table[k], table[k - 1]
                for c in range(total_w, w - 1, -1):
                    if prev[c - w]:
                        row[c] += prev[c - w]
        lo = max(0, quota - weights[i])
        per_size = [sum(table[k][lo:quota]) for k in range(n)]
        swings.append(sum(per_size))
        shapley.append(sum(Fraction(math.factorial(k) * math.factorial(n - 1 - k) * per_size[k], math.factorial(n))
                           for k in range(n)))
    s = sum(swings)
    return [x / s for x in swings], [float(x) for x in shapley]


def brute_minimal_winning(seats: dict[str, int], quota: int) -> set[frozenset[str]]:
    names = list(seats)
    out = set()
    for r in range(1, len(names) + 1):
        for combo in combinations(names, r):
            total = sum(seats[m] for m in combo)
            if total >= quota and all(total - seats[m] < quota for m in combo):
                out.add(frozenset(combo))
    return out


# ------------------------------------------------------------------------- power indices


def test_reference_game_matches_brute_force():
    result = power_indices(GAME, 163)
    banz, shap, _ = brute_force(list(GAME.values()), 163)
    for (name, got), b, s in zip(result.items(), banz, shap):
        assert got["banzhaf"] == pytest.approx(float(b), abs=1e-9)
        assert got["shapley"] == pytest.approx(float(s), abs=1e-9)
    assert result["P1"]["banzhaf"] == pytest.approx(2 / 7)
    assert result["P5"]["shapley"] == pytest.approx(2 / 15)


@pytest.mark.parametrize("seed", range(8))
def test_random_small_games_match_brute_force(seed):
    rng = random.Random(seed)
    n = rng.randint(1, 10)
    weights = [rng.choice([0, 1, 2, 3, 5, 8, 13, 40, 100]) for _ in range(n)]
    if sum(weights) == 0:
        weights[0] = 1
    quota = rng.randint(1, sum(weights))
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    result = power_indices(seats, quota)
    banz, shap, _ = brute_force(weights, quota)
    for i, name in enumerate(seats):
        assert result[name]["banzhaf"] == pytest.approx(float(banz[i]), abs=1e-9)
        assert result[name]["shapley"] == pytest.approx(float(shap[i]), abs=1e-9)
    assert brute_minimal_winning(seats, quota) == {frozenset(c) for c in minimal_winning_coalitions(seats, quota)}
    assert count_minimal_winning(seats, quota) == len(brute_minimal_winning(seats, quota))


@pytest.mark.parametrize("seed", range(2))
def test_random_40_party_games_match_independent_dp(seed):
    rng = random.Random(100 + seed)
    weights = [rng.randint(0, 12) for _ in range(40)]
    quota = sum(weights) // 2 + 1
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    result = power_indices(seats, quota)
    banz, shap = forward_dp(weights, quota)
    for i, name in enumerate(seats):
        assert result[name]["banzhaf"] == pytest.approx(banz[i], abs=1e-6)
        assert result[name]["shapley"] == pytest.approx(shap[i], abs=1e-6)
    assert sum(v["shapley"] for v in result.values()) == pytest.approx(1.0, abs=1e-12)


def test_random_40_party_game_matches_powerindex():
    px = pytest.importorskip("powerindex")
    rng = random.Random(7)
    weights = [rng.randint(1, 30) for _ in range(40)]
    quota = sum(weights) // 2 + 1
    ours = power_indices({f"p{i}": w for i, w in enumerate(weights)}, quota)
    game = px.Game(quota, weights)
    game.calc()
    assert [v["banzhaf"] for v in ours.values()] == pytest.approx(game.banzhaf, abs=1e-6)
    assert [v["shapley"] for v in ours.values()] == pytest.approx(game.shapley_shubik, abs=1e-6)


def test_large_game_uses_exact_big_integers_and_is_fast():
    rng = random.Random(3)
    weights = [rng.randint(1, 19) for _ in range(100)]
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    start = time.perf_counter()
    result = power_indices(seats, 501)
    assert time.perf_counter() - start < 3.0  # well under a second on a free core
    assert sum(v["shapley"] for v in result.values()) == pytest.approx(1.0, abs=1e-12)
    assert sum(v["banzhaf"] for v in result.values()) == pytest.approx(1.0, abs=1e-12)
    # equal weights, equal power
    by_weight = {}
    for name, w in seats.items():
        by_weight.setdefault(w, set()).add(round(result[name]["shapley"], 12))
    assert all(len(v) == 1 for v in by_weight.values())


def test_dictator_dummy_and_gcd():
    r = power_indices({"Big": 60, "Small": 10, "Null": 0}, 51)
    assert (r["Big"]["banzhaf"], r["Big"]["shapley"]) == (1.0, 1.0)
    assert r["Small"]["shapley"] == 0.0 and r["Null"]["banzhaf"] == 0.0
    # scaling weights and quota together changes nothing
    a = power_indices({"A": 4, "B": 3, "C": 2}, 5)
    b = power_indices({"A": 40, "B": 30, "C": 20}, 41)
    assert a == b


@pytest.mark.parametrize("seats, quota, message", [
    ({"A": 3, "B": 2}, 6, "unreachable"),
    ({"A": 3, "B": 2}, 0, "unreachable"),
    ({"A": -1, "B": 2}, 1, "whole number"),
    ({"A": 1.5, "B": 2}, 1, "whole number"),
    ({}, 1, "no parties"),
])
def test_bad_games(seats, quota, message):
    with pytest.raises(CoalitionError, match=message):
        power_indices(seats, quota)


# -------------------------------------------------------------------------- coalitions


def test_minimal_winning_of_reference_game():
    got = minimal_winning_coalitions(GAME, 163)
    assert {frozenset(c) for c in got} == brute_minimal_winning(GAME, 163)
    assert got[0] == ["P2", "P4", "P5"]  # the smallest seat total first
    assert [sum(GAME[m] for m in c) for c in got] == sorted(sum(GAME[m] for m in c) for c in got)


def test_exclusion_and_limit():
    seats = {"A": 3, "B": 2, "C": 2, "D": 1}
    allowed = minimal_winning_coalitions(seats, 5, exclude_pairs=[("A", "B"), ("C", "X")])
    assert all(not {"A", "B"} <= set(c) for c in allowed)
    assert {frozenset(c) for c in allowed} == {
        c for c in brute_minimal_winning(seats, 5) if not {"A", "B"} <= c}
    with pytest.raises(CoalitionError, match="more than 1 minimal"):
        minimal_winning_coalitions(seats, 5, limit=1)


def test_count_without_listing_many():
    seats = {f"p{i}": 1 for i in range(30)}
    assert count_minimal_winning(seats, 16) == math.comb(30, 16)
    r = analyze_coalition(seats, 16, max_coalitions=50)
    assert r["minimal_winning"] is None and r["minimal_winning_count"] == math.comb(30, 16)
    assert r["feasible"] is None and r["feasible_truncated"]


def test_analyze_coalition_opposition_and_allies():
    r = analyze_coalition(GAME, 163, opposed=[("P1", "P2")], allied=[("P3", "P4")],
                          respect_opposition=True)
    assert set(r) >= {"quota", "parties", "minimal_winning", "feasible"}
    assert r["quota"] == 163
    assert [p["name"] for p in r["parties"]] == ["P1", "P2", "P3", "P4", "P5"]
    assert ["P1", "P2"] in r["minimal_winning"] and ["P1", "P2"] not in r["feasible"]
    assert len(r["feasible"]) == len(r["minimal_winning"]) - 1
    marked = [c["members"] for c in r["coalitions"] if c["with_allies"]]
    assert marked and all({"P3", "P4"} <= set(m) for m in marked)
    blocked = next(c for c in r["coalitions"] if c["members"] == ["P1", "P2"])
    assert blocked["feasible"] is False and blocked["opposed_pairs"] == [["P1", "P2"]]
    # without the flag the listed coalitions that join opponents are still not feasible
    r2 = analyze_coalition(GAME, 163, opposed=[("P1", "P2")])
    assert r2["feasible"] == [c for c in r2["minimal_winning"] if c != ["P1", "P2"]]
    assert next(c for c in r2["coalitions"] if c["members"] == ["P1", "P2"])["feasible"] is False


def test_parse_seats():
    assert parse_seats("Grand Coalition=91, Rule of Law=89,X=0") == {"Grand Coalition": 91, "Rule of Law": 89, "X": 0}
    for bad, msg in [("A=1,B", "NAME=SEATS"), ("A=x", "whole number"), ("A=1,A=2", "twice"), (" , ", "empty"),
                     ("A=-3", "whole number")]:
        with pytest.raises(CoalitionError, match=msg):
            parse_seats(bad)


# ------------------------------------------------------------------ seats from the graph


def test_seat_table_picks_latest_results_and_detects_chamber_size():
    G = build_graph(sample_extraction())
    t = seat_table(G)
    assert t.document == "d5"  # the recount is the latest document with seat figures
    assert t.seats == {"Blue Alliance": 72, "Red Front": 58}
    assert (t.size, t.legislature) == (200, "Freedonian Assembly")


def test_seat_table_by_document_drops_nested_holders():
    G = build_graph(sample_extraction())
    t = seat_table(G, document="d1")
    assert t.seats == {"Blue Alliance": 70, "Red Front": 60, "Green Union": 40, "Harbor Party": 20}
    assert t.dropped == ["Harbor Youth"]  # part_of the Harbor Party, already inside its 20
    assert t.evidence["Red Front"]["text"] == "the Red Front took 60 seats"
    with pytest.raises(CoalitionError, match="documents with seat figures: d1, d5"):
        seat_table(G, document="d2")


def test_coalition_from_graph_with_as_of_and_opposition():
    G = build_graph(sample_extraction(), as_of="2021-03-31")
    r = coalition(G, respect_opposition=True)
    assert r["source"]["document"] == "d1"
    assert r["quota"] == 101 and r["source"]["quota_from"] == "majority of 200 seats"
    assert {p["name"]: p["seats"] for p in r["parties"]} == {
        "Blue Alliance": 70, "Red Front": 60, "Green Union": 40, "Harbor Party": 20}
    assert r["independents"]["seats"] == 10
    # Vell (leads Blue) opposes Krey (leads Red): the two parties cannot govern together
    tie = r["ties"]["opposes"][0]
    assert tie["pair"] == ["Blue Alliance", "Red Front"]
    assert tie["evidence"][0]["text"] == "Vell has vowed never to serve under Krey."
    assert ["Blue Alliance", "Red Front"] in r["minimal_winning"]
    assert all(not {"Blue Alliance", "Red Front"} <= set(c) for c in r["feasible"])
    allied = [c for c in r["coalitions"] if c["with_allies"]]
    assert allied and all(c["allied_pairs"] == [["Green Union", "Red Front"]] for c in allied)
    blue = next(p for p in r["parties"] if p["name"] == "Blue Alliance")
    assert blue["actor"] == "a3" and blue["evidence"]["document"] == "d1"


def test_coalition_inline_seats_size_quota():
    r = coalition(None, seats={"A": 40, "B": 35}, size=100, quota=60, others="bloc")
    assert r["quota"] == 60 and r["parties"][-1] == {**r["parties"][-1], "name": "Others", "seats": 25}
    with pytest.raises(CoalitionError, match="hold 75 seats but the legislature has 50"):
        coalition(None, seats={"A": 40, "B": 35}, size=50)
    r = coalition(None, seats={"A": 40, "B": 35})
    assert r["quota"] == 38 and "seats listed" in r["source"]["quota_from"]
    # inline names are matched to actors for ties
    G = build_graph(sample_extraction())
    r = coalition(G, seats={"blues": 50, "Red Front": 45, "Independents": 5}, respect_opposition=True)
    assert r["ties"]["opposes"][0]["pair"] == ["Red Front", "blues"]
    assert ["Red Front", "blues"] not in [sorted(c) for c in r["feasible"]]


def test_no_seat_facts():
    data = sample_extraction()
    data["facts"] = []
    with pytest.raises(CoalitionError, match="no 'seats' facts"):
        coalition(build_graph(data))


def test_int64_and_object_paths_agree():
    # 62 players use int64 counts, 63 switch to Python integers: both must agree with the DP
    for n in (62, 63):
        weights = [1 + (i % 5) for i in range(n)]
        quota = sum(weights) // 2 + 1
        r = power_indices({f"p{i}": w for i, w in enumerate(weights)}, quota)
        assert sum(v["shapley"] for v in r.values()) == pytest.approx(1.0, abs=1e-12)
        assert np.isclose(r["p0"]["shapley"], r["p5"]["shapley"])


def test_seat_table_by_legislature():
    G = build_graph(sample_extraction())
    t = seat_table(G, legislature="the assembly")
    assert (t.document, t.size, t.legislature) == ("d5", 200, "Freedonian Assembly")
    t = seat_table(build_graph(sample_extraction(), as_of="2021-02-01"), legislature="Freedonian Assembly")
    assert t.document == "d1"
    with pytest.raises(CoalitionError, match="no 'seats' fact gives the size of 'Sylvania'"):
        seat_table(G, legislature="Sylvania")
