"""The coalition analysis on the development seeds in ../shared (skipped when absent).

Nothing about the seeds is written here: the game is read from the extraction, and the
indices are checked against the `powerindex` package on the same game with every
unattributed seat a one-seat player.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kingmaker.cli import cli

pytestmark = [pytest.mark.shared, pytest.mark.model]


@pytest.fixture(scope="module")
def seeds_coalition(shared_dir, tmp_path_factory):
    files = sorted((shared_dir / "seeds").glob("*.txt"))
    if not files:
        pytest.skip("no seeds")
    out = tmp_path_factory.mktemp("seeds") / "seeds.json"
    result = CliRunner().invoke(cli, ["extract", *map(str, files), "--format", "json", "-o", str(out),
                                      "--no-progress"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["analyze", "coalition", "-i", str(out), "--format", "json"])
    if result.exit_code != 0 and "no 'seats' facts" in result.output:
        pytest.skip("the seeds give no seat figures")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_unattributed_seats_are_independents_and_indices_match_powerindex(seeds_coalition):
    px = pytest.importorskip("powerindex")
    r = seeds_coalition
    assert r["source"]["others"] == "independents"
    assert "Others" not in [p["name"] for p in r["parties"]]
    assert all("Others" not in c["members"] for c in r["coalitions"])
    m = r["independents"]["seats"] if r["independents"] else 0
    game = px.Game(r["quota"], [p["seats"] for p in r["parties"]] + [1] * m)
    game.calc()
    k = len(r["parties"])
    assert [p["banzhaf"] for p in r["parties"]] == pytest.approx(game.banzhaf[:k], abs=1e-12)
    assert [p["shapley"] for p in r["parties"]] == pytest.approx(game.shapley_shubik[:k], abs=1e-12)
    if m:
        assert r["independents"]["shapley"] == pytest.approx(sum(game.shapley_shubik[k:]), abs=1e-12)


def test_no_coalition_joining_opponents_is_feasible(seeds_coalition):
    opposed = [set(t["pair"]) for t in seeds_coalition["ties"]["opposes"]]
    for c in seeds_coalition["coalitions"]:
        joins = any(pair <= set(c["members"]) for pair in opposed)
        assert c["feasible"] is not joins
