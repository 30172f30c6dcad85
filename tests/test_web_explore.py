"""Exploring the map through the API: ego view, A-to-B path with evidence, filters, GraphML of the view,
the summary of big maps, and the vendored graph library."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from starlette.testclient import TestClient
from test_web import FakeStore, build_extraction

from kingmaker.web.app import create_app, vendor_file


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(FakeStore(build_extraction())), base_url="http://127.0.0.1")


def ids(view: dict) -> set[str]:
    return {n["id"] for n in view["nodes"]}


def test_ego_view_keeps_an_actor_and_its_neighbours_to_the_depth_asked(client):
    one = client.get("/api/graph", params={"focus": "a7", "depth": "1"}).json()
    assert ids(one) == {"a7", "a4"} and one["focus"] == "a7"
    two = client.get("/api/graph", params={"focus": "Valoria", "depth": "2"}).json()  # by name too
    assert ids(two) == {"a7", "a4", "a5", "a2"}
    assert client.get("/api/graph", params={"focus": "Nobody"}).status_code == 404


def test_path_between_two_actors_gives_each_step_with_its_evidence(client):
    r = client.get("/api/path", params={"from": "Valoria", "to": "a5"}).json()
    assert r["path"] == ["a7", "a4", "a5"]
    assert [(s["source_name"], s["target_name"]) for s in r["steps"]] == [("Valoria", "Red Ridge Front"),
                                                                          ("Red Ridge Front", "Green Valley List")]
    first, second = (s["ties"][0] for s in r["steps"])
    assert (first["type"], first["evidence"]) == ("backs", "Valoria backs the Red Ridge Front.")
    assert second["type"] == "opposes" and second["document"] == "d2" and second["start"] < second["end"]
    # no chain of ties: an empty path; unknown actors: 404; missing ends: 400
    assert client.get("/api/path", params={"from": "a7", "to": "a3"}).json()["path"] == []
    assert client.get("/api/path", params={"from": "a7", "to": "Nobody"}).status_code == 404
    assert client.get("/api/path", params={"from": "a7"}).status_code == 400


def test_filters_confidence_document_and_event_types(client):
    strong = client.get("/api/graph", params={"min_confidence": "0.75", "events": "0"}).json()
    assert {e["type"] for e in strong["edges"]} == {"leader_of", "backs"}
    d1 = client.get("/api/graph", params={"document": "d1"}).json()
    assert {e["type"] for e in d1["edges"]} == {"leader_of", "CONSULT"}
    only = client.get("/api/graph", params={"event_types": "assault", "types": ""}).json()
    assert {e["type"] for e in only["edges"]} == {"ASSAULT"}
    assert client.get("/api/graph", params={"min_confidence": "high"}).status_code == 400


def test_graphml_export_is_the_filtered_view(client):
    r = client.get("/api/graph.graphml", params={"types": "backs,opposes", "events": "0"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(r.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {n.get("id") for n in root.iterfind(".//g:node", ns)}
    edges = [(e.get("source"), e.get("target")) for e in root.iterfind(".//g:edge", ns)]
    assert nodes == {"a7", "a4", "a5"} and sorted(edges) == [("a5", "a4"), ("a7", "a4")]


def test_big_maps_are_summarised_with_the_most_connected_first(client):
    g = client.get("/api/graph", params={"limit": "1"}).json()
    assert ids(g) == {"a4"} and g["truncated"] == 7  # the most connected (3 ties and events)
    assert g["nodes"][0]["hidden"] == 3  # its neighbours left out, to expand on demand
    full = client.get("/api/graph").json()
    communities = {n["id"]: n.get("community") for n in full["nodes"]}
    assert communities["a9"] == communities["a8"] != communities["a4"]
    assert {n["id"]: n.get("organisation") for n in full["nodes"]}["a1"] == "a2"  # leader_of


def test_search_as_you_type_gives_the_most_connected_matches_first(client):
    found = client.get("/api/actors", params={"q": "v", "limit": "2"}).json()["actors"]
    assert [a["id"] for a in found] == ["a1", "a5"]  # 2 links, then by name


def test_vis_network_is_served_from_the_pyvis_package(client, monkeypatch):
    if vendor_file("vis-network.min.js") is None:
        pytest.skip("pyvis is not installed")
    r = client.get("/static/vendor/vis-network.min.js")
    assert r.status_code == 200 and "vis" in r.text[:5000] and r.headers["content-type"].startswith("text/javascript")
    assert client.get("/static/vendor/vis-network.min.css").status_code == 200
    assert client.get("/static/vendor/other.js").status_code == 404
    import kingmaker.web.app as web

    monkeypatch.setitem(web.VENDOR, "vis-network.min.js", ("no_such_package_km", "x.js", "text/javascript",
                                                          "pyvis==0.3.2"))
    r = client.get("/static/vendor/vis-network.min.js")
    assert r.status_code == 404 and "pip install pyvis==0.3.2" in r.text


def test_an_edge_gives_all_its_items_on_demand(client):
    r = client.get("/api/edge", params={"kind": "relation", "type": "backs", "source": "a7", "target": "a4"}).json()
    assert [it["evidence"] for it in r["items"]] == ["Valoria backs the Red Ridge Front."]
    assert client.get("/api/edge", params={"kind": "tie"}).status_code == 400


def test_timeline_of_one_dyad(client):
    t = client.get("/api/timeline", params={"actor": "Red Ridge Front", "with": "a2", "min_events": "1"}).json()
    assert [a["id"] for a in t["dyad"]] == ["a4", "a2"]
    assert [e["type"] for p in t["periods"] for e in p["events"]] == ["ASSAULT"]
    page = client.get("/timeline", params={"actor": "a4", "with": "a2"}).text
    assert "Red Ridge Front</a> vs <a" in page and 'id="p-2021-05"' in page and 'href="#p-2021-05"' in page
