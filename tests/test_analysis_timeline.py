"""Timelines: quad-class counts per period, escalation marks, filters and charts."""
from __future__ import annotations

import networkx as nx
import pytest
from test_analysis_graph import sample_extraction

from kingmaker.analysis.timeline import QUAD_OF, TimelineError, plot_timeline, quad_class, timeline
from kingmaker.graph import ActorNotFound, build_graph
from kingmaker.model import EVENT_TYPES


@pytest.fixture
def G():
    return build_graph(sample_extraction())


def test_every_plover_type_has_one_class():
    assert set(QUAD_OF) == set(EVENT_TYPES)
    assert quad_class("REQUEST") == "verbal_conflict"
    assert quad_class("REQUEST", request="verbal_coop") == "verbal_coop"
    assert quad_class("DANCE") is None


def test_monthly_counts_and_escalation(G):
    t = timeline(G, min_events=1)
    rows = {p["period"]: p for p in t["periods"]}
    assert list(rows) == ["2021-01", "2021-02", "2021-03", "2021-04"]
    assert rows["2021-01"]["counts"] == {"verbal_coop": 2, "material_coop": 0, "verbal_conflict": 0,
                                         "material_conflict": 0}
    # March: ACCUSE, THREATEN, ASSAULT, and the sourceless PROTEST (the negated AID is not counted)
    assert rows["2021-03"]["counts"] == {"verbal_coop": 0, "material_coop": 0, "verbal_conflict": 2,
                                         "material_conflict": 2}
    assert rows["2021-03"]["score"] == pytest.approx(1.5)
    assert rows["2021-03"]["trend"] == "escalation"
    assert rows["2021-04"]["trend"] == "de-escalation"
    assert t["escalations"] == ["2021-03"] and t["de_escalations"] == ["2021-04"]
    assert t["undated"] == 1  # the REJECT in the undated document
    assert t["totals"]["material_conflict"] == 2
    ev = next(e for e in rows["2021-03"]["events"] if e["type"] == "ASSAULT")
    assert ev["source"] == "Ridge Brigade" and ev["evidence"]["document"] == "d3"


def test_empty_periods_are_listed():
    G = nx.MultiDiGraph(loose_events=[])
    G.add_edge("a", "b", kind="event", type="AGREE", date="2021-01-05", negated=False, evidence={})
    G.add_edge("a", "b", kind="event", type="ASSAULT", date="2021-04-05", negated=False, evidence={})
    t = timeline(G, min_events=1)
    assert [p["period"] for p in t["periods"]] == ["2021-01", "2021-02", "2021-03", "2021-04"]
    assert [p["score"] for p in t["periods"]] == [-1.0, None, None, 2.0]
    assert t["periods"][3]["trend"] == "escalation"  # compared with the last period that had events
    weeks = timeline(G, by="week")["periods"]
    assert weeks[0]["period"] == "2021-W01" and weeks[0]["start"] == "2021-01-04"
    assert len(weeks) == 14
    assert [p["period"] for p in timeline(G, by="year")["periods"]] == ["2021"]


def test_actor_and_dyad_filters(G):
    krey = timeline(G, actor="krey")
    assert krey["actor"] == {"id": "a8", "name": "Tomas Krey"}
    assert sum(p["total"] for p in krey["periods"]) == 3
    dyad = timeline(G, dyad=("Vell", "Tomas Krey"), min_events=1)
    assert [(p["period"], p["total"]) for p in dyad["periods"]] == [("2021-02", 2), ("2021-03", 1)]
    assert dyad["periods"][1]["trend"] == "escalation"
    assert [a["name"] for a in dyad["dyad"]] == ["Ana Vell", "Tomas Krey"]
    with pytest.raises(ActorNotFound):
        timeline(G, actor="Nobody Known")


def test_request_reading_and_precision():
    G = nx.MultiDiGraph(loose_events=[])
    G.add_edge("a", "b", kind="event", type="REQUEST", date="2021-05-02", negated=False, evidence={})
    G.add_edge("a", "b", kind="event", type="CONSULT", date="2021-05", negated=False, evidence={})
    G.add_edge("a", "b", kind="event", type="CONSULT", date="2021", negated=False, evidence={})
    t = timeline(G)
    assert t["periods"][0]["counts"]["verbal_conflict"] == 1 and t["undated"] == 1
    t = timeline(G, request="verbal_coop")
    assert t["periods"][0]["counts"]["verbal_coop"] == 2
    assert timeline(G, by="week")["undated"] == 2  # a month is too coarse for a week
    with pytest.raises(TimelineError, match="unknown period"):
        timeline(G, by="day")
    with pytest.raises(TimelineError, match="REQUEST"):
        timeline(G, request="material_coop")


def test_as_of(G):
    cut = build_graph(sample_extraction(), as_of="2021-02-28")
    assert [p["period"] for p in timeline(cut)["periods"]] == ["2021-01", "2021-02"]


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_plot(G, tmp_path, suffix, magic):
    pytest.importorskip("matplotlib")
    out = plot_timeline(timeline(G), tmp_path / f"chart{suffix}")
    assert out.read_bytes().startswith(magic)


def test_plot_rejects_unknown_format(G, tmp_path):
    with pytest.raises(TimelineError, match=r"\.png, \.svg or \.pdf"):
        plot_timeline(timeline(G), tmp_path / "chart.gif")


def test_actor_timeline_counts_one_sided_events():
    G = nx.MultiDiGraph(loose_events=[
        {"source": None, "target": "a", "type": "ASSAULT", "date": "2021-02-03", "negated": False, "evidence": {}},
        {"source": "a", "target": None, "type": "PROTEST", "date": "2021-02-04", "negated": False, "evidence": {}},
        {"source": "b", "target": None, "type": "PROTEST", "date": "2021-02-05", "negated": False, "evidence": {}},
        {"source": None, "target": "a", "type": "ASSAULT", "date": "2021-02-06", "negated": True, "evidence": {}},
    ])
    G.add_node("a", name="Alpha")
    G.add_node("b", name="Beta")
    G.add_edge("a", "b", kind="event", type="CONSULT", date="2021-01-05", negated=False, evidence={})
    t = timeline(G, actor="Alpha")
    assert [(p["period"], p["total"]) for p in t["periods"]] == [("2021-01", 1), ("2021-02", 2)]
    feb = t["periods"][1]["events"]
    assert {(e["source"], e["type"], e["target"]) for e in feb} == {(None, "ASSAULT", "Alpha"), ("Alpha", "PROTEST", None)}
    # a dyad needs both sides known
    assert sum(p["total"] for p in timeline(G, dyad=("Alpha", "Beta"))["periods"]) == 1


def test_a_change_needs_enough_events():
    G = nx.MultiDiGraph(loose_events=[])
    for day, kind in [("2021-01-04", "CONSULT"), ("2021-01-11", "AGREE"), ("2021-01-18", "AID"),
                      ("2021-02-01", "ASSAULT"),  # one event: a score of 2, but no mark
                      ("2021-03-01", "THREATEN"), ("2021-03-08", "ASSAULT"), ("2021-03-09", "ACCUSE")]:
        G.add_edge("a", "b", kind="event", type=kind, date=day, negated=False, evidence={})
    t = timeline(G)
    assert t["min_events"] == 3
    assert [(p["period"], p["trend"]) for p in t["periods"]] == [
        ("2021-01", None), ("2021-02", None), ("2021-03", "escalation")]  # March compared with January
    assert timeline(G, min_events=1)["escalations"] == ["2021-02"]
    with pytest.raises(TimelineError, match="min_events"):
        timeline(G, min_events=0)
