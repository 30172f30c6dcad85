"""Timeline and influence outputs list a bounded amount of evidence (``--evidence N``, the web
timeline's ``?evidence=``), the latest first kept, with the count of the rest; totals stay exact."""
from __future__ import annotations

import json

from test_store_helpers import corpus, doc, run, store_with


def backed_again(n: int):
    """``n`` more documents in which Freedonia backs the Unity Party and the two consult."""
    return [doc(f"b{i}", f"Freedonia backs the Unity Party, report {i}.",
                [("Freedonia", "country"), ("Unity Party", "organization")],
                relations=[("L1", "backs", "L2")], events=[("L1", "CONSULT", "L2", f"2020-02-{i + 12:02d}")],
                date=f"2020-02-{i + 12:02d}") for i in range(n)]


def test_timeline_lists_the_latest_events_per_period(new_db):
    db = store_with(new_db, [*corpus(), *backed_again(4)])
    whole = json.loads(run("analyze", "timeline", "--db", db, "--evidence", "0", "--format", "json").stdout)
    capped = json.loads(run("analyze", "timeline", "--db", db, "--evidence", "2", "--format", "json").stdout)
    assert capped["totals"] == whole["totals"]
    for full, cut in zip(whole["periods"], capped["periods"]):
        assert (cut["total"], cut["counts"], cut["score"], cut["trend"]) == (
            full["total"], full["counts"], full["score"], full["trend"])
        assert cut["events"] == full["events"][-2:]
        assert cut.get("events_more", 0) == max(0, len(full["events"]) - 2)
    february = next(p for p in capped["periods"] if p["period"] == "2020-02")
    assert february["total"] == 6 and len(february["events"]) == 2 and february["events_more"] == 4
    assert [e["date"] for e in february["events"]] == ["2020-02-14", "2020-02-15"]  # the latest
    default = json.loads(run("analyze", "timeline", "--db", db, "--format", "json").stdout)
    assert default == whole  # six events a month: under the default of ten


def test_influence_lists_the_latest_evidence_per_step(new_db):
    db = store_with(new_db, [*corpus(), *backed_again(4)])
    whole = json.loads(run("analyze", "influence", "Freedonia", "--db", db, "--evidence", "0",
                           "--format", "json").stdout)
    capped = json.loads(run("analyze", "influence", "Freedonia", "--db", db, "--evidence", "1",
                            "--format", "json").stdout)
    assert [x["id"] for x in capped["below"]] == [x["id"] for x in whole["below"]]
    step = next(x for x in whole["below"] if x["name"] == "Unity Party")["path"][0]
    cut = next(x for x in capped["below"] if x["name"] == "Unity Party")["path"][0]
    assert len(step["evidence"]) == 5 and "evidence_more" not in step
    assert cut["evidence"] == step["evidence"][-1:] and cut["evidence_more"] == 4
    table = run("analyze", "influence", "Freedonia", "--db", db, "--evidence", "1").stdout
    assert "Unity Party" in table


def test_web_timeline_caps_its_events(new_db):
    from starlette.testclient import TestClient

    from kingmaker.store import open_store
    from kingmaker.web.app import create_app

    db = store_with(new_db, [*corpus(), *backed_again(12)])
    with open_store(db, readonly=True) as store:
        client = TestClient(create_app(store, refresh_seconds=0), base_url="http://127.0.0.1")
        got = client.get("/api/timeline").json()
        february = next(p for p in got["periods"] if p["period"] == "2020-02")
        assert february["total"] == 14 and len(february["events"]) == 10 and february["events_more"] == 4
        every = client.get("/api/timeline", params={"evidence": 0}).json()
        assert len(next(p for p in every["periods"] if p["period"] == "2020-02")["events"]) == 14
        page = client.get("/timeline").text
        assert "and 4 earlier event(s)" in page
