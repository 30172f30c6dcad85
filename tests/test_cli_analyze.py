"""`kingmaker analyze ...` through click's CliRunner."""
from __future__ import annotations

import json
import sys
import types

import pytest
from click.testing import CliRunner
from test_analysis_graph import sample_extraction

from kingmaker.cli import cli
from kingmaker.model import Extraction


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "extraction.json"
    path.write_text(json.dumps(sample_extraction()), encoding="utf-8")
    return str(path)


def run(runner, *args, **kwargs):
    return runner.invoke(cli, ["analyze", *args], catch_exceptions=False, **kwargs)


def test_help_lists_subcommands(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for sub in ("coalition", "influence", "brokers", "timeline"):
        assert sub in result.output
    for sub in ("coalition", "influence", "brokers", "timeline"):
        assert "--as-of" in run(runner, sub, "--help").output


def test_coalition_json_from_facts(runner, sample):
    result = run(runner, "coalition", "-i", sample, "--as-of", "2021-03-31", "--format", "json",
                 "--respect-opposition")
    assert result.exit_code == 0, result.output
    assert "left out 1 undated document(s)" in result.stderr  # the sample has one undated document
    data = json.loads(result.stdout)
    assert data["quota"] == 101
    # the 10 seats no party holds are independent members, never a party of their own
    assert "Others" not in [p["name"] for p in data["parties"]]
    assert data["independents"]["seats"] == 10 and data["source"]["others"] == "independents"
    assert {"name", "seats", "banzhaf", "shapley"} <= set(data["parties"][0])
    assert ["Blue Alliance", "Red Front"] in data["minimal_winning"]
    assert ["Blue Alliance", "Red Front"] not in data["feasible"]


def test_coalition_inline_seats_table(runner, tmp_path):
    result = run(runner, "coalition", "--seats", "Iraqiya=91,State of Law=89,INA=70,Kurds=57,Others=18",
                 "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 0, result.output
    assert "Quota 163" in result.output
    assert "Shapley" in result.output and "0.3000" in result.output
    assert "Minimal winning coalitions (7)" in result.output


def test_coalition_inline_json_matches_reference(runner, tmp_path):
    result = run(runner, "coalition", "--seats", "A=91,B=89,C=70,D=57,E=18", "--size", "325",
                 "--format", "json", "--db", str(tmp_path / "none.db"))
    data = json.loads(result.output)
    assert data["quota"] == 163
    assert [round(p["banzhaf"], 6) for p in data["parties"]] == [0.285714, 0.285714, 0.142857, 0.142857, 0.142857]
    assert len(data["minimal_winning"]) == 7


def test_coalition_table_with_opposition(runner, sample):
    result = run(runner, "coalition", "-i", sample, "--document", "d1", "--respect-opposition",
                 env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "results from d1" in out and "Freedonian Assembly" in out
    assert "Vell has vowed never to serve under Krey." in out
    assert "★" in out and "no: Blue Alliance – Red Front" in out


@pytest.mark.parametrize("args, message", [
    (["--seats", "A=1,B"], "NAME=SEATS"),
    (["--seats", "A=10,B=5", "--quota", "40"], "unreachable"),
    (["--document", "d2"], "has no 'seats' facts"),
])
def test_coalition_errors(runner, sample, args, message):
    result = run(runner, "coalition", "-i", sample, *args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_influence_tree_with_evidence(runner, sample):
    result = run(runner, "influence", "sylvania", "-i", sample)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Ridge Brigade" in out and "led by Dario Mast" in out and "North Wing" in out
    assert "the Sylvanian-funded Ridge Brigade" in out


def test_influence_json_and_top(runner, sample):
    result = run(runner, "influence", "North Wing", "--top", "2", "-i", sample, "--format", "json")
    data = json.loads(result.output)
    assert {x["name"] for x in data["above"]} == {"Ridge Brigade", "Pia Lorn", "Sylvania", "Dario Mast"}
    assert [p["name"] for p in data["top"]][0] == "Sylvania"
    table = run(runner, "influence", "--top", "3", "-i", sample)
    assert "Patrons by sphere size" in table.output and "Sylvania" in table.output


def test_influence_needs_actor_or_top(runner, sample):
    result = run(runner, "influence", "-i", sample)
    assert result.exit_code == 2 and "give an ACTOR" in result.output


def test_unknown_actor_suggests(runner, sample):
    result = run(runner, "influence", "Sylvanya", "-i", sample)
    assert result.exit_code == 1
    assert "unknown actor 'Sylvanya'; did you mean: Sylvania" in result.output


def test_brokers(runner, sample):
    data = json.loads(run(runner, "brokers", "-i", sample, "--format", "json").output)
    assert data["brokers"] and data["brokers"][0]["pairs"]
    table = run(runner, "brokers", "-i", sample, "--only", "relations")
    assert table.exit_code == 0 and "Brokers" in table.output and "⇄" in table.output


def test_timeline_json_plot_and_filters(runner, sample, tmp_path):
    chart = tmp_path / "t.png"
    result = run(runner, "timeline", "-i", sample, "--format", "json", "--plot", str(chart), "--min-events", "1")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["escalations"] == ["2021-03"]
    assert chart.read_bytes().startswith(b"\x89PNG")
    dyad = json.loads(run(runner, "timeline", "-i", sample, "--dyad", "Vell", "Krey", "--format", "json").output)
    assert sum(p["total"] for p in dyad["periods"]) == 3
    table = run(runner, "timeline", "-i", sample, "--actor", "Blue Alliance", "--by", "week", "--min-events", "1")
    assert table.exit_code == 0 and "escalation" in table.output


def test_as_of_validation(runner, sample):
    result = run(runner, "timeline", "-i", sample, "--as-of", "yesterday")
    assert result.exit_code == 1 and "not a date" in result.output


def test_bad_input_files(runner, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run(runner, "brokers", "-i", str(bad))
    assert result.exit_code == 1 and "bad.json:1: not valid JSON" in result.output
    other = tmp_path / "other.json"
    other.write_text("[1, 2]", encoding="utf-8")
    assert "not a kingmaker extraction" in run(runner, "brokers", "-i", str(other)).output
    assert "cannot read" in run(runner, "brokers", "-i", str(tmp_path / "missing.json")).output


def test_reads_stdin(runner):
    result = run(runner, "brokers", "-i", "-", "--format", "json", input=json.dumps(sample_extraction()))
    assert json.loads(result.output)["nodes"] == 14


def test_store_used_when_no_input(runner, tmp_path, monkeypatch):
    db = tmp_path / "k.db"
    db.write_bytes(b"")
    opened = []

    class FakeStore:
        def to_extraction(self):
            return Extraction.from_dict(sample_extraction())

    def open_store(path, **options):
        opened.append(path)
        return FakeStore()

    fake = types.ModuleType("kingmaker.store")
    fake.open_store = open_store
    monkeypatch.setitem(sys.modules, "kingmaker.store", fake)
    monkeypatch.setenv("KINGMAKER_DB", str(db))
    result = run(runner, "influence", "Sylvania", "--format", "json")
    assert result.exit_code == 0, result.output
    assert opened and set(opened) == {str(db)}  # (asked first whether it reads in SQL, then read whole)
    assert json.loads(result.output)["actor"]["name"] == "Sylvania"


def test_store_missing_is_a_clear_error(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "kingmaker.store", types.ModuleType("kingmaker.store"))
    result = run(runner, "brokers", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert "store is not available" in result.output and "--input" in result.output


def test_store_file_missing(runner, tmp_path, monkeypatch):
    fake = types.ModuleType("kingmaker.store")
    fake.open_store = lambda path: pytest.fail("must not open a missing store")
    monkeypatch.setitem(sys.modules, "kingmaker.store", fake)
    result = run(runner, "brokers", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 1 and "no store at" in result.output
