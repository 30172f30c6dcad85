"""Exports read back: networkx for GraphML/GEXF, csv, the contract JSON, JSONL, FollowTheMoney."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from test_store_helpers import corpus

from kingmaker.export import ExportError, export, format_for_path, tables
from kingmaker.model import Extraction
from kingmaker.schema import validate_extraction
from kingmaker.store import open_store


@pytest.fixture
def store():
    s = open_store(":memory:")
    for d in corpus():
        s.add(d)
    return s


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml)])
def test_graph_exports_hold_every_actor_and_tie(store, tmp_path, fmt, reader):
    path = tmp_path / f"g.{fmt}"
    export(store, fmt, path)
    G = reader(path, force_multigraph=True) if fmt == "graphml" else reader(path)
    assert set(G.nodes) == {a["id"] for a in store.actors()}
    assert G.nodes["a1"]["label"] == "John Smith" and G.nodes["a1"]["aliases"] == "Smith"
    edges = {d["id"]: (u, v, d) for u, v, d in G.edges(data=True)}
    for r in store.relations():
        u, v, d = edges[r["id"]]
        assert (u, v, d["kind"], d["label"], d["document"]) == (r["source"], r["target"], "relation", r["type"],
                                                                r["document"])
        assert d["evidence"] == r["evidence"] and d["start"] == r["start"]
    events = [e for e in store.events() if e["source"] and e["target"]]
    assert len(edges) == len(store.relations()) + len(events)


def test_gexf_merges_parallel_items_and_dates_them_for_gephi(store, tmp_path):
    path = tmp_path / "g.gexf"
    export(store, "gexf", path)
    xml = path.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in xml and 'timeformat="date"' in xml
    G = nx.read_gexf(path)
    assert set(G.nodes) == {a["id"] for a in store.actors()}
    assert G.nodes["a1"]["label"] == "John Smith"
    items = {r["id"]: r for r in store.relations()}
    items.update({e["id"]: e for e in store.events() if e["source"] and e["target"]})
    seen = []
    for u, v, d in G.edges(data=True):
        ids = d["ids"].split("; ")
        seen += ids
        assert d["weight"] == d["count"] == len(ids)
        for i in ids:  # every merged item has the edge's ends and type
            assert (items[i]["source"], items[i]["target"], items[i]["type"]) == (u, v, d["item_type"])
        offsets = d["evidence_offsets"].split("; ")
        assert offsets == [f"{items[i]['document']}:{items[i]['start']}-{items[i]['end']}" for i in ids]
        # time is dates, never character offsets
        assert d["start"] == min(items[i]["date"] for i in ids)[:10]
        if d["kind"] == "event":
            assert d["end"] >= d["start"]
        else:
            assert "end" not in d  # a tie lasts
    assert sorted(seen) == sorted(items)
    assert len(G.edges) < len(items) or all(G.edges[e]["count"] == 1 for e in G.edges)


def test_gexf_merges_repeated_events(tmp_path):
    from kingmaker.model import Actor, Document, Event, Evidence

    ex = Extraction(documents=[Document("d1", "", date="2021-03-02"), Document("d2", "", date="2021-05")],
                    actors=[Actor("a1", "Alpha", "organization"), Actor("a2", "Beta", "organization")],
                    events=[Event("a1", "ASSAULT", "a2", Evidence("d1", 0, 9, "A hit B.")),
                            Event("a1", "ASSAULT", "a2", Evidence("d2", 4, 20, "A hit B again.")),
                            Event("a1", "CONSULT", "a2", Evidence("d2", 30, 40, "A met B."))])
    export(ex, "gexf", tmp_path / "g.gexf")
    G = nx.read_gexf(tmp_path / "g.gexf")
    edges = {d["item_type"]: d for _, _, d in G.edges(data=True)}
    assert edges["ASSAULT"]["weight"] == 2 and edges["ASSAULT"]["ids"] == "e1; e2"
    assert (edges["ASSAULT"]["start"], edges["ASSAULT"]["end"]) == ("2021-03-02", "2021-05-31")
    assert edges["CONSULT"]["weight"] == 1 and edges["CONSULT"]["evidence_offsets"] == "d2:30-40"


def test_graphml_joins_list_attributes(store, tmp_path):
    store.merge("John Smith", "Ann Jones")
    export(store, "graphml", tmp_path / "g.graphml")
    G = nx.read_graphml(tmp_path / "g.graphml")
    assert set(G.nodes["a1"]["aliases"].split("; ")) == {"Smith", "Ann Jones"}
    assert G.nodes["a1"]["documents"] == "d1; d2"


def test_csv_directory(store, tmp_path):
    export(store, "csv", tmp_path / "out")
    read = {n: list(csv.DictReader((tmp_path / "out" / f"{n}.csv").read_text(encoding="utf-8").splitlines()))
            for n in ("actors", "relations", "events", "facts", "documents")}
    assert len(read["actors"]) == 6 and read["actors"][0]["aliases"] == "Smith"
    assert {r["id"] for r in read["relations"]} == {r["id"] for r in store.relations()}
    assert read["events"][0]["negated"] == "false" and read["facts"][0]["value"] == "40"
    assert read["documents"][2]["date"] == "2020-03-01"
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="not a directory"):
        export(store, "csv", tmp_path / "file")


def test_csv_of_an_empty_store_has_headers(tmp_path):
    export(open_store(":memory:"), "csv", tmp_path / "out")
    assert (tmp_path / "out" / "relations.csv").read_text().startswith("id,source,source_name,type")


def test_json_is_the_contract(store, tmp_path):
    export(store, "json", tmp_path / "x.json")
    data = json.loads((tmp_path / "x.json").read_text())
    validate_extraction(data)
    back = Extraction.from_dict(data)
    assert len(back.actors) == 6 and len(back.relations) == 4 and len(back.facts) == 1
    assert data == store.snapshot().extraction.to_dict()
    # one top-level key a line, each item of a list on a line of its own
    lines = (tmp_path / "x.json").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line.strip().rstrip(",")) for line in lines if line.startswith("  {")] == \
        [item for value in data.values() if isinstance(value, list) for item in value]
    assert json.loads((tmp_path / "x.json").read_text()) == data


def test_json_export_of_an_empty_store(tmp_path):
    with open_store(":memory:") as empty:
        export(empty, "json", tmp_path / "e.json")
        assert json.loads((tmp_path / "e.json").read_text()) == empty.snapshot().extraction.to_dict()


def test_jsonl_records(store, tmp_path):
    export(store, "jsonl", tmp_path / "x.jsonl")
    records = [json.loads(line) for line in (tmp_path / "x.jsonl").read_text().splitlines()]
    kinds = [r["record"] for r in records]
    assert kinds.count("actor") == 6 and kinds.count("relation") == 4 and kinds.count("event") == 3
    assert kinds.index("document") < kinds.index("actor") < kinds.index("relation")


def test_exports_of_a_plain_extraction_number_items():
    ex = Extraction.from_dict(open_store(":memory:").to_extraction().to_dict())
    assert tables(ex)["relations"] == []
    s = open_store(":memory:")
    for d in corpus():
        s.add(d)
    rows = tables(Extraction.from_dict(s.to_extraction().to_dict()))
    assert [r["id"] for r in rows["relations"]] == ["r1", "r2", "r3", "r4"]


def test_format_for_path():
    assert [format_for_path(p) for p in ("a.graphml", "a.GEXF", "a.ftm.json", "a.json", "a.txt")] == \
        ["graphml", "gexf", "ftm", "json", None]
    with pytest.raises(ExportError, match="unknown export format"):
        export(Extraction(), "xml", "x.xml")


def test_ftm_entities(store, tmp_path):
    pytest.importorskip("followthemoney", reason="optional extra kingmaker[ftm]")
    from followthemoney import model

    export(store.snapshot(with_text=True), "ftm", tmp_path / "x.ftm.json")
    entities = [json.loads(line) for line in (tmp_path / "x.ftm.json").read_text().splitlines()]
    by_schema: dict[str, list] = {}
    for e in entities:
        model.get_proxy(e)  # valid FtM
        by_schema.setdefault(e["schema"], []).append(e)
    assert len(by_schema["Article"]) == 3 and by_schema["Article"][0]["properties"]["bodyText"]
    assert {e["properties"]["name"][0] for e in by_schema["Person"]} == {"John Smith", "Ann Jones"}
    assert len(by_schema["PublicBody"]) == 2  # the countries
    assert len(by_schema["Directorship"]) == 2 and len(by_schema["UnknownLink"]) == 2
    assert len(by_schema["Event"]) == 3
    d = by_schema["Directorship"][0]["properties"]
    assert d["director"] == ["kingmaker-actor-a1"] and d["proof"] == ["kingmaker-doc-d1"] and d["summary"]


def test_ftm_missing_is_a_clear_error(store, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "followthemoney", None)
    with pytest.raises(ExportError, match=r"pip install 'kingmaker\[ftm\]'"):
        export(store, "ftm", tmp_path / "x.ftm.json")
