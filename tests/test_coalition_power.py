"""Coalition arithmetic at scale: unattributed seats, bounded computation, what-if, properties."""
from __future__ import annotations

import time
from itertools import combinations

import pytest
from hypothesis import given, settings
from coalition_reference import brute_force
from hypothesis import strategies as st

from kingmaker.analysis.coalition import (
    EXACT_CELLS,
    MAX_SEATS,
    CoalitionError,
    analyze_coalition,
    coalition,
    count_minimal_winning,
    minimal_winning_coalitions,
    power_game,
    power_indices,
)


games = st.lists(st.integers(0, 40), min_size=1, max_size=9).filter(lambda w: sum(w) > 0).flatmap(
    lambda w: st.tuples(st.just(w), st.integers(1, sum(w))))


@settings(max_examples=150, deadline=None)
@given(games)
def test_indices_agree_with_brute_force_and_basic_properties(game):
    weights, quota = game
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    got = power_indices(seats, quota)
    banz, shap, swings = brute_force(weights, quota)
    for i, name in enumerate(seats):
        assert got[name]["banzhaf"] == pytest.approx(float(banz[i]), abs=1e-12)
        assert got[name]["shapley"] == pytest.approx(float(shap[i]), abs=1e-12)
        assert got[name]["swings"] == swings[i]
        if swings[i] == 0:  # a dummy has no power at all
            assert got[name]["banzhaf"] == 0.0 and got[name]["shapley"] == 0.0
    assert sum(v["shapley"] for v in got.values()) == pytest.approx(1.0, abs=1e-12)
    assert sum(v["banzhaf"] for v in got.values()) == pytest.approx(1.0, abs=1e-12)
    # equal seats, equal power
    for a, b in combinations(seats, 2):
        if seats[a] == seats[b]:
            assert got[a] == got[b]


@settings(max_examples=60, deadline=None)
@given(games, st.integers(2, 10**9))
def test_scaling_weights_and_quota_changes_nothing(game, factor):
    weights, quota = game
    a = power_indices({f"p{i}": w for i, w in enumerate(weights)}, quota)
    b = power_indices({f"p{i}": w * factor for i, w in enumerate(weights)}, quota * factor)
    for name in a:
        assert b[name]["banzhaf"] == pytest.approx(a[name]["banzhaf"], abs=1e-12)
        assert b[name]["shapley"] == pytest.approx(a[name]["shapley"], abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 30), min_size=1, max_size=6), st.integers(0, 8), st.data())
def test_independents_are_one_seat_players(blocs, m, data):
    total = sum(blocs) + m
    quota = data.draw(st.integers(1, total))
    seats = {f"p{i}": w for i, w in enumerate(blocs)}
    r = power_game(seats, quota, independents=m)
    banz, shap, _ = brute_force(blocs + [1] * m, quota)
    for i, name in enumerate(seats):
        assert r["parties"][name]["shapley"] == pytest.approx(float(shap[i]), abs=1e-12)
        assert r["parties"][name]["banzhaf"] == pytest.approx(float(banz[i]), abs=1e-12)
    if m:
        assert r["independent"]["shapley"] == pytest.approx(float(shap[-1]), abs=1e-12)
    # minimal winning coalitions: one entry per set of parties, however many independents it needs
    full = {**seats, **{f"i{j}": 1 for j in range(m)}}
    classes = set()
    for size in range(1, len(full) + 1):
        for combo in combinations(full, size):
            s = sum(full[x] for x in combo)
            if s >= quota and all(s - full[x] < quota for x in combo):
                classes.add(frozenset(x for x in combo if x.startswith("p")))
    listed = minimal_winning_coalitions(seats, quota, independents=m)
    assert {frozenset(c) for c in listed} == classes and len(listed) == len(classes)
    assert count_minimal_winning(seats, quota, independents=m) == len(classes)


def test_float_path_past_62_players_matches_exact_integers():
    # 70 players: counts pass 2^62, so floating point is used; the dual and half tables keep it exact
    weights = [1 + (i * 7) % 11 for i in range(70)]
    quota = sum(weights) * 2 // 3
    r = power_game({f"p{i}": w for i, w in enumerate(weights)}, quota)
    assert r["method"] == "exact (floating point)"
    from test_analysis_coalition import forward_dp
    banz, shap = forward_dp(weights, quota)
    for i in range(70):
        assert r["parties"][f"p{i}"]["shapley"] == pytest.approx(shap[i], abs=1e-9)
        assert r["parties"][f"p{i}"]["banzhaf"] == pytest.approx(banz[i], abs=1e-9)


def test_reference_game_with_independents_matches_powerindex():
    px = pytest.importorskip("powerindex")
    blocs = [91, 89, 70, 57]
    r = power_game({f"b{i}": w for i, w in enumerate(blocs)}, 163, independents=18)
    game = px.Game(163, blocs + [1] * 18)
    game.calc()
    assert [r["parties"][f"b{i}"]["banzhaf"] for i in range(4)] == pytest.approx(game.banzhaf[:4], abs=1e-12)
    assert [r["parties"][f"b{i}"]["shapley"] for i in range(4)] == pytest.approx(game.shapley_shubik[:4], abs=1e-12)
    assert 18 * r["independent"]["shapley"] == pytest.approx(sum(game.shapley_shubik[4:]), abs=1e-12)


# ------------------------------------------------------------------------ unattributed seats


def test_unattributed_seats_are_not_one_giant_player():
    seats = {"A": 27, "B": 19, "C": 8}  # 54 of 128 seats attributed
    bloc = coalition(None, seats=seats, size=128, others="bloc")
    others = next(p for p in bloc["parties"] if p["name"] == "Others")
    assert others["banzhaf"] == 1.0  # the bloc model: 74 seats dictate
    r = coalition(None, seats=seats, size=128)
    assert r["source"]["others"] == "independents" and r["independents"]["seats"] == 74
    assert "Others" not in [p["name"] for p in r["parties"]]
    assert all("Others" not in c["members"] for c in r["coalitions"])
    assert r["independents"]["shapley_each"] < r["parties"][-1]["shapley"]  # one seat < 8 seats
    assert r["parties"][0]["banzhaf"] > 0.1
    assert r["warnings"] and "74 of 128 seats" in r["warnings"][0]
    # a coalition of parties says how many unattributed seats it still needs
    c = next(c for c in r["coalitions"] if c["members"] == ["A", "B", "C"])
    assert c["independents"] == 65 - 54 and c["seats"] == 65
    ex = coalition(None, seats=seats, size=128, others="exclude", quota=40)
    assert ex["independents"] is None and ex["total_seats"] == 54
    with pytest.raises(CoalitionError, match="unreachable"):
        coalition(None, seats=seats, size=128, others="exclude")


def test_small_unattributed_share_gives_no_warning():
    assert coalition(None, seats={"A": 40, "B": 35}, size=100)["warnings"] == []


def test_feasible_never_yes_for_an_opposed_pair():
    r = analyze_coalition({"A": 3, "B": 2, "C": 2}, 4, opposed=[("A", "B")])
    flags = {tuple(c["members"]): c["feasible"] for c in r["coalitions"]}
    assert flags == {("B", "C"): True, ("A", "B"): False, ("A", "C"): True}


# ------------------------------------------------------------------------------ bounds


def test_200_parties_2000_seats_exact_and_fast():
    weights = [1 + (i * 37) % 19 for i in range(200)]
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    start = time.perf_counter()
    r = power_game(seats, sum(weights) // 2 + 1)
    assert time.perf_counter() - start < 5.0  # ~0.1 s on a free core
    assert r["method"].startswith("exact")
    assert sum(v["shapley"] for v in r["parties"].values()) == pytest.approx(1.0, abs=1e-9)


def test_huge_games_are_answered_quickly():
    start = time.perf_counter()
    r = power_indices({"A": 10**12, "B": 1}, 10**12 // 2 + 1)  # two players: listed exactly
    assert r["A"]["shapley"] == 1.0 and r["B"]["banzhaf"] == 0.0
    weights = [(i * 7919 % 1000 + 1) * 499 for i in range(200)]  # ~100,000 seats
    g = power_game({f"p{i}": w for i, w in enumerate(weights)}, sum(weights) // 2 + 1)
    assert g["samples"] and all(v["shapley_se"] < 0.01 for v in g["parties"].values())
    big = [10**12 + i * 7 for i in range(30)]
    g = power_game({f"p{i}": w for i, w in enumerate(big)}, sum(big) // 2 + 1)
    assert g["method"] == "sampled"
    assert sum(v["shapley"] for v in g["parties"].values()) == pytest.approx(1.0)
    assert time.perf_counter() - start < 20


def test_sampling_agrees_with_the_exact_count():
    weights = [1 + (i * 13) % 17 for i in range(24)]
    seats = {f"p{i}": w for i, w in enumerate(weights)}
    quota = sum(weights) // 2 + 1
    exact = power_game(seats, quota)
    sampled = power_game(seats, quota, method="sample", samples=20_000, seed=1)
    assert sampled["method"] == "sampled" and sampled["samples"] == 20_000
    for name, v in sampled["parties"].items():
        for key in ("banzhaf", "shapley"):
            assert abs(v[key] - exact["parties"][name][key]) <= 5 * v[f"{key}_se"] + 1e-3


@pytest.mark.parametrize("kwargs, message", [
    ({"seats": {"A": MAX_SEATS + 1, "B": 1}}, "more than"),
    ({"seats": {"A": 40, "B": 35}, "size": 10**12}, "too many to model as independent"),
    ({"seats": {"A": 40, "B": 35}, "size": MAX_SEATS + 1}, "outside"),
])
def test_unchecked_numbers_are_refused(kwargs, message):
    with pytest.raises(CoalitionError, match=message):
        coalition(None, **kwargs)


def test_size_past_limit_works_as_a_bloc():
    r = coalition(None, seats={"A": 40, "B": 35}, size=10**12, others="bloc")
    assert next(p for p in r["parties"] if p["name"] == "Others")["banzhaf"] == 1.0


def test_exact_table_limit_is_respected():
    # a game whose exact table would pass the cell limit is sampled, not allocated
    n = 100
    weights = [EXACT_CELLS // 40 + i for i in range(n)]
    g = power_game({f"p{i}": w for i, w in enumerate(weights)}, sum(weights) // 2 + 1)
    assert g["samples"] is not None


# ------------------------------------------------------------------------------- what if


def test_what_if_without_and_merge():
    r = coalition(None, seats={"A": 40, "B": 35, "C": 25}, without=["c"], merge=[["A", "B"]])
    w = r["what_if"]
    assert w["without"] == ["C"] and w["merged"] == ["A+B"]
    assert [p["name"] for p in w["result"]["parties"]] == ["A+B"]
    assert w["result"]["parties"][0]["shapley"] == 1.0
    assert r["quota"] == w["result"]["quota"] == 51  # the quota does not move
    assert [p["name"] for p in r["parties"]] == ["A", "B", "C"]  # the baseline is kept
    with pytest.raises(CoalitionError, match="no such party"):
        coalition(None, seats={"A": 40, "B": 35}, without=["Z"])
    with pytest.raises(CoalitionError, match="no coalition reaches"):
        coalition(None, seats={"A": 40, "B": 35, "C": 25}, without=["A", "B"])


def test_what_if_drop_tie_restores_feasibility():
    from test_analysis_graph import sample_extraction

    from kingmaker.graph import build_graph, relations

    G = build_graph(sample_extraction(), as_of="2021-03-31")
    tie = next(d["id"] for _, _, d in relations(G, ("opposes",)))
    r = coalition(G, respect_opposition=True, drop_ties=[tie])
    pair = ["Blue Alliance", "Red Front"]
    assert pair not in r["feasible"]
    assert pair in r["what_if"]["result"]["feasible"]
    with pytest.raises(CoalitionError, match="no tie with this id"):
        coalition(G, drop_ties=["r999"])


def test_coalitions_past_the_counting_bound_are_still_listed():
    seats = {"A": 10**9 + 1, "B": 10**9, "C": 3}
    quota = 10**9 + 2
    assert count_minimal_winning(seats, quota) is None  # too large to count by seat totals
    r = analyze_coalition(seats, quota)
    assert r["minimal_winning_count"] is None
    assert {frozenset(c) for c in r["minimal_winning"]} == {frozenset("AB"), frozenset("AC"), frozenset("BC")}
