"""Every store command through click's CliRunner, on a store built from hand-made extractions."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_store_helpers import corpus, run, store_with

from kingmaker.cli import cli
from kingmaker.store import open_store


@pytest.fixture
def db(new_db):
    """A store file, or a PostgreSQL database URL (every test here runs on both, see conftest.py)."""
    return store_with(new_db, corpus())



def test_actors_table_json_csv(db):
    out = run("actors", "--db", db).output
    assert "John Smith" in out and "Unity Party" in out
    data = json.loads(run("actors", "--db", db, "--format", "json").output)
    assert isinstance(data, list) and data[0]["name"] == "John Smith" and data[0]["aliases"] == ["Smith"]
    rows = list(csv.DictReader(io.StringIO(run("actors", "--db", db, "--format", "csv").output)))
    assert rows[0]["documents"] == "d1; d2"
    people = json.loads(run("actors", "--db", db, "--kind", "person", "--format", "json").output)
    assert {a["name"] for a in people} == {"John Smith", "Ann Jones"}
    found = json.loads(run("actors", "--db", db, "--search", "front", "--format", "json").output)
    assert [a["name"] for a in found] == ["Reform Front"]


def test_kingmaker_db_env(db):
    result = CliRunner().invoke(cli, ["actors", "--format", "json"], env={"KINGMAKER_DB": db})
    assert result.exit_code == 0 and len(json.loads(result.output)) == 6


def test_actor_profile(db):
    out = run("actor", "Smith", "--db", db).output
    assert "John Smith" in out and "leader_of → Unity Party" in out and "ACCUSE" in out
    assert "John Smith leads the Unity Party" in out  # evidence
    data = json.loads(run("actor", "a2", "--db", db, "--format", "json").output)
    assert data["name"] == "Unity Party" and {r["type"] for r in data["ties_in"]} == {"leader_of", "backs", "opposes"}


def test_relations_and_events(db):
    rels = json.loads(run("relations", "--db", db, "--type", "backs", "--format", "json").output)
    assert [(r["source_name"], r["target_name"]) for r in rels] == [("Freedonia", "Unity Party")]
    rels = json.loads(run("relations", "--db", db, "--actor", "Reform Front", "--format", "json").output)
    assert {r["type"] for r in rels} == {"leader_of", "opposes"}
    out = run("relations", "--db", db).output
    assert "Ties (4)" in out
    evs = json.loads(run("events", "--db", db, "--since", "2020-02-11", "--format", "json").output)
    assert [e["type"] for e in evs] == ["CONSULT", "THREATEN"]
    evs = json.loads(run("events", "--db", db, "--type", "accuse", "--actor", "Jones", "--format", "json").output)
    assert len(evs) == 1 and evs[0]["date"] == "2020-02-10"
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").output)))
    assert len(rows) == 3 and rows[0]["evidence"]


def test_documents(db):
    data = json.loads(run("documents", "--db", db, "--format", "json").output)
    assert [d["id"] for d in data] == ["d1", "d2", "d3"] and data[0]["title"] == "Unity"
    assert "Meeting" in run("documents", "--db", db).output


def test_curation_commands(db):
    assert "merged: a5 Reform Front" in run("merge", "Reform Front", "Ann Jones", "--force", "--db", db).output
    assert "alias added" in run("alias", "add", "Freedonia", "Republic of Freedonia", "--db", db).output
    assert "renamed: a3 Freedonian Republic" in run("rename", "Freedonia", "Freedonian Republic", "--db", db).output
    assert "split off: " in run("split", "John Smith", "Smith", "--db", db).output
    rid = json.loads(run("relations", "--db", db, "--type", "opposes", "--format", "json").output)[0]["id"]
    assert f"rejected relation {rid}" in run("reject", rid, "--db", db).output
    assert run("reject", "--list", "--db", db).output.split() == [rid]
    assert json.loads(run("relations", "--db", db, "--type", "opposes", "--format", "json").output) == []
    names = {a["name"] for a in json.loads(run("actors", "--db", db, "--format", "json").output)}
    assert names == {"John Smith", "Smith", "Unity Party", "Freedonian Republic", "Reform Front", "Sylvania"}
    assert f"restored relation {rid}" in run("reject", rid, "--undo", "--db", db).output


def test_dictionary_export_import(db, new_db, tmp_path):
    import yaml

    run("merge", "Reform Front", "Ann Jones", "--force", "--db", db)
    text = run("dictionary", "export", "--db", db).output
    assert yaml.safe_load(text) == [{"name": "Reform Front", "kind": "organization", "aliases": ["Ann Jones"]}]
    path = tmp_path / "dict.yaml"
    run("dictionary", "export", "-o", path, "--db", db)
    other = new_db()
    with open_store(other) as store:
        for d in corpus():
            store.add(d)
    assert "1 entries imported" in run("dictionary", "import", path, "--db", other).output
    names = {a["name"] for a in json.loads(run("actors", "--db", other, "--format", "json").output)}
    assert "Ann Jones" not in names


def test_export_command(db, tmp_path):
    import networkx as nx

    run("export", "--format", "graphml", "-o", tmp_path / "g.graphml", "--db", db)
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 6
    run("export", "-o", tmp_path / "g.gexf", "--db", db)  # format from the suffix
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_edges() == 7
    run("export", "--format", "csv", "-o", tmp_path / "tables", "--db", db)
    assert (tmp_path / "tables" / "facts.csv").exists()
    data = json.loads(run("export", "--format", "json", "--db", db).output)
    assert data["kingmaker_format"] == 1 and len(data["actors"]) == 6
    lines = run("export", "--format", "jsonl", "--db", db).output.splitlines()
    assert json.loads(lines[0])["record"] == "document"
    bad = run("export", "-o", tmp_path / "out.txt", "--db", db, ok=False)
    assert bad.exit_code == 2 and "give --format" in bad.output


@pytest.mark.parametrize("args, message", [
    (["actor", "Nobody"], "no actor matches 'Nobody'"),
    (["actor", "Unity Partey"], "did you mean Unity Party"),
    (["merge", "Smith", "John Smith"], "already one actor"),
    (["reject", "r000"], "no relation, event or fact with id 'r000'"),
    (["split", "Unity Party", "Smith"], "not an alias"),
    (["events", "--since", "March"], "expected YYYY"),
])
def test_user_errors_are_one_line(db, args, message):
    result = run(*args, "--db", db, ok=False)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_missing_store_is_a_clear_error(tmp_path):
    result = run("actors", "--db", tmp_path / "none.db", ok=False)
    assert result.exit_code == 1 and "no store at" in result.output and "kingmaker ingest" in result.output
    assert not (tmp_path / "none.db").exists()


def test_empty_server_database_is_a_clear_error(pg_server):
    url = pg_server.new_database()
    result = run("actors", "--db", url, ok=False)
    assert result.exit_code == 1 and "no store at" in result.output and "kingmaker ingest" in result.output
    result = CliRunner().invoke(cli, ["analyze", "brokers", "--format", "json"], env={"KINGMAKER_DB": url})
    assert result.exit_code == 1 and "no store at" in result.output


def test_analyses_read_a_server_store(db, store_backend):
    result = CliRunner().invoke(cli, ["analyze", "influence", "Freedonia", "--format", "json"],
                                env={"KINGMAKER_DB": db})
    assert result.exit_code == 0, result.output
    assert "Unity Party" in result.output


@pytest.mark.model
def test_ingest_command_twice_gives_identical_actors(tmp_path, tmp_corpus, new_db):
    root = tmp_corpus({"a.txt": "Ahmed Karimi, the leader of the Unity Party, met Prime Minister John Smith.",
                       "b.txt": "Smith accused the Reform Front of corruption. Karimi agreed.",
                       "bad.txt": b"\xff\xfe\x00bad"})
    db = new_db()
    first = run("ingest", root, "--db", db, "--no-progress", ok=False)
    assert "new" in first.output
    actors = run("actors", "--db", db, "--format", "json").output
    second = run("ingest", root, "--db", db, "--no-progress", ok=False)
    assert "0 new, 0 changed" in second.output
    assert run("actors", "--db", db, "--format", "json").output == actors
    assert len(json.loads(actors)) >= 3


@pytest.mark.model
def test_ingest_of_unchanged_files_never_loads_the_pipeline(tmp_corpus, new_db, monkeypatch):
    from kingmaker import api

    root = tmp_corpus({"a.txt": "Ahmed Karimi, the leader of the Unity Party, met Prime Minister John Smith."})
    db = new_db()
    assert "1 new" in run("ingest", root, "--db", db, "--no-progress").output
    monkeypatch.setattr(api, "load_nlp", lambda model=None: pytest.fail("the pipeline was loaded"))
    assert "0 new, 0 changed, 1 unchanged" in run("ingest", root, "--db", db, "--no-progress").output
