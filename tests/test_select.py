"""One filter (graph.select) for the analyses' --as-of and export --as-of/--since/--until/--type/--actor."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_store_helpers import corpus, doc

from kingmaker.cli import cli
from kingmaker.errors import InputError
from kingmaker.graph import build_graph, select
from kingmaker.store import open_store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    with open_store(path) as store:
        for d in corpus():
            store.add(d)
        store.add(doc("d4", "Sylvania backs the Reform Front.", [("Sylvania", "country"),
                                                                  ("Reform Front", "organization")],
                      relations=[("L1", "backs", "L2")]))  # undated
    return str(path)


def export(db, tmp_path, *args):
    out = tmp_path / "x.json"
    result = CliRunner().invoke(cli, ["export", "--db", db, "-o", str(out), *args])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8")), result


def test_export_as_of_leaves_out_later_and_undated_documents_and_says_so(db, tmp_path):
    data, result = export(db, tmp_path, "--as-of", "2020-02")
    assert [d["id"] for d in data["documents"]] == ["d1", "d2"]
    assert {r["document"] for r in data["relations"]} == {"d1", "d2"}
    assert "left out 1 undated document" in result.output
    assert "Sylvania" not in {a["name"] for a in data["actors"]}  # only in d3 and d4


def test_export_since_until_type_actor(db, tmp_path):
    data, _ = export(db, tmp_path, "--since", "2020-02", "--until", "2020-02-10")
    assert [(e["type"], e["date"]) for e in data["events"]] == [("ACCUSE", "2020-02-10")]  # its own date
    assert data["relations"] == [] and [d["id"] for d in data["documents"]] == ["d2"]
    data, _ = export(db, tmp_path, "--type", "backs", "--type", "THREATEN")
    assert sorted(r["type"] for r in data["relations"]) == ["backs", "backs"]
    assert [e["type"] for e in data["events"]] == ["THREATEN"] and data["facts"] == []
    data, _ = export(db, tmp_path, "--actor", "Reform Front")
    names = {a["id"]: a["name"] for a in data["actors"]}
    assert all("Reform Front" in (names[r["source"]], names[r["target"]]) for r in data["relations"])
    assert len(data["relations"]) == 3 and data["events"] == []


def test_export_filters_keep_store_ids(db, tmp_path):
    out = tmp_path / "tables"
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "csv", "-o", str(out), "--type", "backs"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        backs = {r["id"] for r in store.relations(type="backs")}
    rows = (out / "relations.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert {row.split(",")[0] for row in rows} == backs


def test_analyses_as_of_report_undated_documents(db):
    result = CliRunner().invoke(cli, ["analyze", "brokers", "--db", db, "--as-of", "2021"])
    assert result.exit_code == 0, result.output
    assert "left out 1 undated document(s)" in result.output
    quiet = CliRunner().invoke(cli, ["analyze", "brokers", "--db", db])
    assert "undated" not in quiet.output


def test_build_graph_and_select_agree(db):
    with open_store(db) as store:
        ex = store.to_extraction()
    sel = select(ex, as_of="2020-02-28")
    G = build_graph(ex, as_of="2020-02-28")
    assert set(G.graph["documents"]) == sel.documents == {"d1", "d2"}
    assert G.graph["undated_left_out"] == sel.undated == 1
    assert G.number_of_edges() + len(G.graph["loose_events"]) == len(sel.relations) + len(sel.events)
    with pytest.raises(InputError, match="--since"):
        select(ex, since="soon")


def test_web_as_of_uses_the_same_cut_and_reports_undated(db):
    from starlette.testclient import TestClient

    from kingmaker.web import create_app

    with open_store(db) as store:
        client = TestClient(create_app(store), base_url="http://127.0.0.1")
        g = client.get("/api/graph", params={"as_of": "2020-02"}).json()
        assert g["undated_left_out"] == 1
        docs = {item["document"] for e in g["edges"] for item in e["items"]}
        assert docs == {"d1", "d2"}
        page = client.get("/map", params={"as_of": "2020-02"}).text
        assert "1 undated left out" in page
