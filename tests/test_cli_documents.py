"""`kingmaker document ID [--date]`, `kingmaker facts`, `ingest --dates/--dictionary`, centred evidence."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_store_helpers import corpus, doc

from kingmaker.cli import cli
from kingmaker.export.summary import snippet
from kingmaker.store import open_store
from kingmaker.store.ingest import ingest


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    with open_store(path) as store:
        for d in corpus():
            store.add(d)
    return str(path)


def run(*args, ok=True):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_document_shows_title_date_path_and_counts(db):
    out = " ".join(run("document", "d1", "--db", db).output.split())
    assert "Unity (d1)" in out and "2020-01-05" in out and "d1.txt" in out
    assert "3 actors · 2 ties · 0 events · 1 facts" in out
    data = json.loads(run("document", "d2", "--db", db, "--format", "json").output)
    assert (data["title"], data["date"], data["relations"], data["events"]) == ("Meeting", "2020-02-11", 1, 2)


def test_document_unknown_id_is_one_line(db):
    result = run("document", "d9", "--db", db, ok=False)
    assert result.exit_code == 1 and "no document 'd9'" in result.output and "Traceback" not in result.output


def test_document_date_is_set_and_kept_by_later_ingests(db):
    result = run("document", "d3", "--date", "9 January 2021", "--db", db)
    assert "date set to 2021-01-09" in result.output
    rows = {d["id"]: d for d in json.loads(run("documents", "--db", db, "--format", "json").output)}
    assert rows["d3"]["date"] == "2021-01-09"
    threat = json.loads(run("events", "--db", db, "--type", "threaten", "--format", "json").output)
    assert threat[0]["date"] == "2021-01-09"  # an undated event takes its document's date
    # The same files ingested again: the user's date wins over the reader's, nothing is re-extracted.
    results = {d.document.id: d for d in corpus()}
    calls: list[str] = []

    def extract(todo):
        for d in todo:
            calls.append(d.id)
            results[d.id].document = d
            yield results[d.id]

    with open_store(db) as store:
        summary = ingest(store, [r.document for r in corpus()], extract)
        assert (summary.unchanged, calls) == (3, [])
        assert {d["id"]: d["date"] for d in store.documents()}["d3"] == "2021-01-09"
    assert "date removed" in run("document", "d3", "--date", "none", "--db", db).output


def test_document_bad_date_is_a_usage_error(db):
    result = run("document", "d1", "--date", "soon", "--db", db, ok=False)
    assert result.exit_code == 2 and "not a date" in result.output


def test_ingest_dates_win_before_extraction(tmp_path):
    store = open_store(":memory:")
    seen: dict[str, str | None] = {}

    def extract(todo):
        for d in todo:
            seen[d.id] = d.date
            yield doc(d.id, d.text, [("Vell Union", "organization")], date=d.date, title=d.title)

    docs = [r.document for r in corpus()]
    ingest(store, docs, extract, dates={"d1": "2019-12-31"})
    assert seen["d1"] == "2019-12-31" and seen["d2"] == "2020-02-11"
    assert store.document_dates() == {"d1": "2019-12-31"}
    # a later run without dates keeps the user's date: nothing changed
    assert ingest(store, docs, extract).unchanged == 3


def test_read_document_dates_csv(tmp_path):
    from kingmaker.errors import InputError
    from kingmaker.ingest.dates import read_document_dates

    good = tmp_path / "dates.csv"
    good.write_text("id,date\nd1,2024-01-09\nd2,9 March 2023\n\n", encoding="utf-8")
    assert read_document_dates(good) == {"d1": "2024-01-09", "d2": "2023-03-09"}
    bad = tmp_path / "bad.csv"
    bad.write_text("id,date\nd1,2024-01-09\nd2,someday\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv:3: .*'someday'"):
        read_document_dates(bad)
    nohead = tmp_path / "nohead.csv"
    nohead.write_text("d1,2024-01-09\n", encoding="utf-8")
    with pytest.raises(InputError, match="id,date"):
        read_document_dates(nohead)


def test_facts_command_lists_and_filters(db, tmp_path):
    with open_store(db) as store:
        store.add(doc("d4", "Freedonia deployed 5,000 troops. The Reform Front won 12 seats.",
                      [("Freedonia", "country"), ("Reform Front", "organization")],
                      facts=[("L1", "troops", 5000), ("L2", "seats", 12)]))
    out = run("facts", "--db", db).output
    assert "Facts (3)" in out and "Unity Party" in out and "Freedonia" in out
    data = json.loads(run("facts", "--db", db, "--format", "json").output)
    assert {(f["actor_name"], f["key"], f["value"], f["document"]) for f in data} == {
        ("Unity Party", "seats", 40, "d1"), ("Freedonia", "troops", 5000, "d4"), ("Reform Front", "seats", 12, "d4")}
    assert data[0]["evidence"].startswith("John Smith leads")
    seats = json.loads(run("facts", "--db", db, "--key", "seats", "--format", "json").output)
    assert {f["actor_name"] for f in seats} == {"Unity Party", "Reform Front"}
    front = list(csv.DictReader(io.StringIO(run("facts", "--db", db, "--actor", "Reform Front", "--format",
                                                "csv").output)))
    assert [(r["key"], r["value"]) for r in front] == [("seats", "12")]
    assert "no actor matches" in run("facts", "--db", db, "--actor", "Nobody Atall", ok=False).output


# ----------------------------------------------------------------------------- evidence snippets

LONG = ("Late on Sunday, after a week of talks in the capital that diplomats described as tense and often "
        "interrupted by walkouts, the Vell Union attacked the Ardent Party headquarters near the old harbour "
        "and the river, witnesses said.")


def test_snippet_is_centred_on_the_trigger_not_cut_at_the_start():
    s = snippet(LONG, ["attacked", "Vell Union", "Ardent Party"], width=80)
    assert "Vell Union attacked the Ardent Party" in s
    assert s.startswith("…") and len(s) <= 80
    assert LONG[:80] not in s  # the old cut kept only the first 80 characters
    assert snippet(LONG, [], width=80).startswith("Late on Sunday")


def test_events_table_shows_the_trigger(tmp_path):
    path = tmp_path / "k.db"
    with open_store(path) as store:
        store.add(doc("d1", LONG, [("Vell Union", "organization"), ("Ardent Party", "organization")],
                      events=[("L1", "ASSAULT", "L2")], date="2021-01-01"))
    result = CliRunner().invoke(cli, ["events", "--db", str(path)], env={"COLUMNS": "250"})
    assert "the Vell Union attacked the Ardent Party headquarters…" in result.output, result.output
    profile = run("actor", "Vell Union", "--db", path).output
    assert "Vell Union attacked the Ardent Party headquarters" in " ".join(profile.split())


def test_rename_to_the_same_name_says_nothing_changed(db):
    result = run("rename", "Smith", "John Smith", "--db", db, ok=False)
    assert result.exit_code == 1 and "already named 'John Smith'; nothing changed" in result.output
    assert "renamed: a1 John Smith Jr" in run("rename", "Smith", "John Smith Jr", "--db", db).output


@pytest.mark.model
def test_ingest_command_dates_and_dictionary(tmp_path, tmp_corpus):
    root = tmp_corpus({"vote.txt": "Ardent Party wins\n\nPhoto: Voters in Tarsin, January 5, 2019.\n\n"
                                   "The Ardent Party, led by Mara Quist, won 40 seats. The AP backs Quist.\n"})
    (tmp_path / "dates.csv").write_text("id,date\nvote,2024-02-01\n", encoding="utf-8")
    (tmp_path / "dict.yaml").write_text("- name: Ardent Party\n  kind: organization\n  aliases: [AP]\n",
                                        encoding="utf-8")
    db = tmp_path / "k.db"
    result = run("ingest", root, "--db", db, "--no-progress", "--dates", tmp_path / "dates.csv",
                 "--dictionary", tmp_path / "dict.yaml")
    assert "1 dictionary entries imported" in result.output
    doc = json.loads(run("document", "vote", "--db", db, "--format", "json").output)
    assert doc["date"] == "2024-02-01" and doc["title"] == "Ardent Party wins"
    party = json.loads(run("actor", "AP", "--db", db, "--format", "json").output)
    assert party["name"] == "Ardent Party" and party["curated"]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,date\nvote,later\n", encoding="utf-8")
    result = run("ingest", root, "--db", db, "--dates", bad, ok=False)
    assert result.exit_code == 1 and "bad.csv:2" in result.output and "Traceback" not in result.output
