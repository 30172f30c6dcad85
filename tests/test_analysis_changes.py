"""What changed between two dates: ties appeared and ended, spheres and broker ranks moved."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kingmaker.analysis.changes import ChangesError, changes
from kingmaker.cli import cli
from kingmaker.graph import build_graph


def _rel(source, type_, target, doc, text):
    return {"source": source, "type": type_, "target": target, "document": doc, "evidence": text,
            "start": 0, "end": len(text)}


def extraction():
    actors = [{"id": a, "name": n, "kind": "organization"} for a, n in
              [("p", "Patron"), ("c1", "Client One"), ("c2", "Client Two"), ("x", "Rival"), ("h", "Hub"),
               ("l", "Left"), ("r", "Right")]]
    return {
        "documents": [{"id": "d1", "date": "2020-01-10"}, {"id": "d2", "date": "2020-04-02"},
                      {"id": "d3", "date": "2020-09-15"}],
        "actors": actors,
        "relations": [
            _rel("p", "backs", "c1", "d1", "Patron backs Client One."),
            _rel("x", "allied_with", "p", "d1", "Rival and Patron allied."),
            _rel("p", "backs", "c2", "d2", "Patron now backs Client Two."),
            _rel("p", "opposes", "x", "d3", "Patron broke with Rival."),
            _rel("l", "allied_with", "h", "d3", "Left joined Hub."),
            _rel("h", "allied_with", "r", "d3", "Hub joined Right."),
        ],
        "events": [], "facts": []}


def test_ties_that_appeared_and_ended_with_evidence():
    data = extraction()
    r = changes(build_graph(data, as_of="2020-02"), build_graph(data, as_of="2020-12-31"))
    assert (r["from"], r["to"]) == ("2020-02-29", "2020-12-31")
    appeared = [(t["source"], t["type"], t["target"], t["evidence"]["document"]) for t in r["appeared"]]
    assert appeared[0] == ("Patron", "backs", "Client Two", "d2")
    assert ("Patron", "opposes", "Rival", "d3") in appeared
    assert len(appeared) == 4
    assert all(t["id"] for t in r["appeared"])
    [ended] = r["ended"]
    assert ended["type"] == "allied_with" and {ended["source"], ended["target"]} == {"Patron", "Rival"}
    assert ended["ended_by"]["evidence"]["text"] == "Patron broke with Rival."


def test_spheres_and_brokers_that_moved():
    data = extraction()
    r = changes(build_graph(data, as_of="2020-02"), build_graph(data, as_of="2020-12-31"))
    top = r["spheres"][0]
    assert (top["name"], top["before"], top["after"], top["gained"]) == ("Patron", 1, 2, ["Client Two"])
    assert top["evidence"][0]["evidence"]["text"] == "Patron now backs Client Two."
    hub = next(b for b in r["brokers"] if b["name"] == "Hub")
    assert hub["rank_before"] is None and hub["rank_after"] is not None and hub["change"] > 0
    assert {t["evidence"]["text"] for t in hub["evidence"]} == {"Left joined Hub.", "Hub joined Right."}


def test_nothing_changes_between_equal_dates():
    data = extraction()
    G = build_graph(data, as_of="2020-05-01")
    r = changes(G, build_graph(data, as_of="2020-05-01"))
    assert r["appeared"] == r["ended"] == r["spheres"] == r["brokers"] == []
    with pytest.raises(ChangesError, match="after"):
        changes(build_graph(data, as_of="2020-06-01"), G)


def test_cli_changes(tmp_path):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(extraction()), encoding="utf-8")
    out = CliRunner().invoke(cli, ["analyze", "changes", "-i", str(path), "--from", "2020-02", "--to", "2020-12",
                                   "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["ended"][0]["ended_by"]["type"] == "opposes"
    table = CliRunner().invoke(cli, ["analyze", "changes", "-i", str(path), "--from", "2020-02", "--to", "2020-12"],
                               env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Ties that ended (1)" in table.output and "Patron: 1 → 2 (+1)" in table.output
    bad = CliRunner().invoke(cli, ["analyze", "changes", "-i", str(path), "--from", "2020-12", "--to", "2020-02"])
    assert bad.exit_code == 1 and bad.output.strip().startswith("Error:") and "after" in bad.output
    bad = CliRunner().invoke(cli, ["analyze", "changes", "-i", str(path), "--from", "soon", "--to", "2020-02"])
    assert bad.exit_code == 1 and "not a date" in bad.output
