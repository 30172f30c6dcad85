"""The curation, log/undo and search commands through click's CliRunner."""
from __future__ import annotations

import json

import pytest
from test_store_helpers import corpus, run, store_with



@pytest.fixture
def db(new_db):
    """A store file, or a PostgreSQL database URL (every test here runs on both, see conftest.py)."""
    return store_with(new_db, corpus())



def actors(db):
    return {a["name"]: a for a in json.loads(run("actors", "--db", db, "--format", "json").output)}


def test_merge_split_keeps_kinds_and_dictionary_export(db):
    import yaml

    out = run("merge", "John Smith", "Unity Party", "--db", db, ok=False)
    assert out.exit_code == 1 and "--force" in out.output and len(out.output.strip().splitlines()) == 1
    run("merge", "John Smith", "Unity Party", "--force", "--db", db)
    assert "split off: a2 Unity Party" in run("split", "John Smith", "Unity Party", "--db", db).output
    assert actors(db)["Unity Party"]["kind"] == "organization"
    exported = yaml.safe_load(run("dictionary", "export", "--db", db).output)
    assert {e["name"]: e["kind"] for e in exported} == {"John Smith": "person", "Unity Party": "organization"}


def test_curation_commands_log_and_undo(db):
    run("merge", "John Smith", "Unity Party", "--force", "--db", db)
    assert "unmerged: a2 Unity Party" in run("unmerge", "Unity Party", "--db", db).output
    assert "alias removed: a1 John Smith" in run("alias", "remove", "John Smith", "Smith", "--db", db).output
    assert "kind set: a6 Sylvania → organization" in run("kind", "Sylvania", "organization", "--db", db).output
    assert "rejected actor a3 Freedonia" in run("reject-actor", "Freedonia", "--db", db).output
    assert "Freedonia" not in actors(db) and "Smith" in actors(db)
    log = json.loads(run("log", "--db", db, "--format", "json").output)
    assert [s["action"] for s in log] == ["merge", "unmerge", "alias-remove", "kind", "reject-actor"]
    assert "merge" in run("log", "--db", db).output
    assert "undone: step 5 reject-actor Freedonia" in run("undo", "--db", db).output
    assert "Freedonia" in actors(db)
    assert "undone: step 4 kind" in run("undo", "--db", db).output
    assert actors(db)["Sylvania"]["kind"] == "country"
    assert json.loads(run("log", "--db", db, "--format", "json").output)[-1]["undone"] is True


@pytest.mark.parametrize("args, message", [
    (["alias", "remove", "John Smith", "Nobody"], "not an alias"),
    (["unmerge", "Sylvania"], "no merge of 'Sylvania'"),
    (["reject-actor", "Nobody"], "no actor matches"),
    (["reject-actor", "Nobody", "--undo"], "no rejected actor is called 'Nobody'"),
    (["undo"], "nothing to undo"),
    (["search", "x", "--since", "May"], "expected YYYY"),
])
def test_user_errors_are_one_line(db, args, message):
    result = run(*args, "--db", db, ok=False)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_search_command(db):
    out = run("search", "accused", "--db", db).output
    assert out.startswith("d2  2020-02-11  Meeting") and "Jones accused Smith." in out
    hits = json.loads(run("search", "Freedonia", "--since", "2020-02", "--format", "json", "--db", db).output)
    assert [h["document"] for h in hits] == ["d3"]
    assert len(json.loads(run("search", "Party", "--limit", "1", "--format", "json", "--db", db).output)) == 1
    assert "No document matches" in run("search", "zeppelin", "--db", db).output
    assert run("search", "Smith", "--format", "csv", "--db", db).output.startswith("document,date,title")
