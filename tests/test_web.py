"""The web app in-process (Starlette's TestClient): every route, escaping, read-only, offline."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from kingmaker.errors import StoreError
from kingmaker.model import Actor, Document, Event, Evidence, Extraction, Fact, Relation
from kingmaker.web.app import CSP, ExtractionSource, create_app

STATIC = Path(__file__).resolve().parents[1] / "src" / "kingmaker" / "web" / "static"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"

# Invented actors; offsets are computed from the texts so the evidence spans are exact.
TEXTS = {
    "d1": ("Harbor talks open", "2021-03-02",
           "PORTO, March 2 - Jana Veltri, the leader of the Blue Harbor Party, met Tomas Brandt of "
           "the Red Ridge Front on Monday. The Blue Harbor Party won 40 seats in the 100-seat "
           "National Assembly. The Red Ridge Front won 35 seats and the Green Valley List 25."),
    "d2": ("Ridge militia strikes", "2021-05-10",
           "Valoria backs the Red Ridge Front. Fighters of the Red Ridge Front attacked offices of "
           "the Blue Harbor Party on Sunday. The Green Valley List opposes the Red Ridge Front."),
    "xss": (f"Payload {SCRIPT} headline", "2021-06-01",
            f"The group {SCRIPT} said that {IMG} was its chief. Nothing else happened."),
}

ACTORS = [
    ("a1", "Jana Veltri", "person", ["Veltri"], ["d1"]),
    ("a2", "Blue Harbor Party", "organization", ["BHP"], ["d1", "d2"]),
    ("a3", "Tomas Brandt", "person", [], ["d1"]),
    ("a4", "Red Ridge Front", "organization", [], ["d1", "d2"]),
    ("a5", "Green Valley List", "organization", [], ["d1", "d2"]),
    ("a6", "National Assembly", "organization", [], ["d1"]),
    ("a7", "Valoria", "country", [], ["d2"]),
    ("a8", SCRIPT, "organization", [], ["xss"]),
    ("a9", IMG, "person", [IMG + " alias"], ["xss"]),
]


def _ev(doc: str, sentence: str) -> Evidence:
    text = TEXTS[doc][2]
    start = text.index(sentence)
    return Evidence(doc, start, start + len(sentence), sentence)


def build_extraction() -> Extraction:
    """A tiny corpus with ties, events, seat facts and hostile names and text."""
    s1 = "Jana Veltri, the leader of the Blue Harbor Party, met Tomas Brandt of the Red Ridge Front on Monday."
    s2 = "The Blue Harbor Party won 40 seats in the 100-seat National Assembly."
    s3 = "The Red Ridge Front won 35 seats and the Green Valley List 25."
    s4 = "Valoria backs the Red Ridge Front."
    s5 = "Fighters of the Red Ridge Front attacked offices of the Blue Harbor Party on Sunday."
    s6 = "The Green Valley List opposes the Red Ridge Front."
    s7 = f"The group {SCRIPT} said that {IMG} was its chief."
    return Extraction(
        documents=[Document(id=k, text=v[2], title=v[0], date=v[1], path=f"{k}.txt") for k, v in TEXTS.items()],
        actors=[Actor(id=i, name=n, kind=k, aliases=al, documents=docs, mentions=2)
                for i, n, k, al, docs in ACTORS],
        relations=[
            Relation("a1", "leader_of", "a2", _ev("d1", s1), 0.8),
            Relation("a7", "backs", "a4", _ev("d2", s4), 0.8),
            Relation("a5", "opposes", "a4", _ev("d2", s6), 0.7),
            Relation("a9", "leader_of", "a8", _ev("xss", s7), 0.6),
        ],
        events=[
            Event("a1", "CONSULT", "a3", _ev("d1", s1), date="2021-03-01", confidence=0.7),
            Event("a4", "ASSAULT", "a2", _ev("d2", s5), date="2021-05-09", confidence=0.7),
            Event("a9", "ACCUSE", "a8", _ev("xss", s7), date=None, negated=True),
        ],
        facts=[
            Fact("a2", "seats", 40, _ev("d1", s2)),
            Fact("a6", "seats", 100, _ev("d1", s2)),
            Fact("a4", "seats", 35, _ev("d1", s3)),
            Fact("a5", "seats", 25, _ev("d1", s3)),
        ],
    )


class FakeStore:
    """What the web app needs of a store: the extraction, documents, and curation calls."""

    def __init__(self, extraction: Extraction):
        self.extraction = extraction
        self.calls: list[tuple[str, ...]] = []

    def to_extraction(self) -> Extraction:
        return self.extraction

    def document(self, doc_id: str) -> dict[str, Any]:
        doc = next((d for d in self.extraction.documents if d.id == doc_id), None)
        if doc is None:
            raise StoreError(f"no document {doc_id!r}")
        return {**doc.to_dict(), "text": doc.text}

    def merge(self, a: str, b: str) -> dict[str, Any]:
        self.calls.append(("merge", a, b))
        return {"actor": a}

    def add_alias(self, actor: str, alias: str) -> dict[str, Any]:
        self.calls.append(("alias", actor, alias))
        return {"actor": actor}

    def reject(self, item_id: str) -> dict[str, Any]:
        self.calls.append(("reject", item_id))
        return {"rejected": item_id}


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(FakeStore(build_extraction())), base_url="http://127.0.0.1")


PAGES = ["/", "/map", "/map?as_of=2021-04-01", "/actors", "/actors?q=harbor&kind=organization",
         "/actors/a1", "/actors/a8", "/actors/a9", "/documents", "/documents/d1",
         "/documents/d1?start=16&end=40", "/documents/xss", "/timeline", "/timeline?by=year&actor=a4",
         "/coalition", "/coalition?party=A&seats=40&party=B&seats=35&party=C&seats=25"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_with_strict_headers(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<title>" in r.text and "kingmaker" in r.text


API = ["/api/actors", "/api/actors/a2", "/api/graph", "/api/graph?as_of=2021-04", "/api/relations",
       "/api/events", "/api/documents", "/api/documents/d1", "/api/timeline", "/api/coalition"]


@pytest.mark.parametrize("url", API)
def test_every_api_route_answers_json(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    assert isinstance(r.json(), dict)


def test_api_actors_lists_and_filters(client):
    names = [a["name"] for a in client.get("/api/actors").json()["actors"]]
    assert names[:3] == [IMG, SCRIPT, "Blue Harbor Party"]  # sorted by name, casefolded
    hits = client.get("/api/actors", params={"q": "bhp"}).json()["actors"]
    assert [a["id"] for a in hits] == ["a2"]  # aliases are searched
    people = client.get("/api/actors", params={"kind": "person"}).json()["actors"]
    assert {a["kind"] for a in people} == {"person"}


def test_api_actor_profile_carries_evidence_and_offsets(client):
    p = client.get("/api/actors/a4").json()
    assert p["name"] == "Red Ridge Front"
    assert [(t["type"], t["source_name"]) for t in p["ties_in"]] == [("backs", "Valoria"),
                                                                     ("opposes", "Green Valley List")]
    ev = p["events"][0]
    assert (ev["type"], ev["role"], ev["target_name"], ev["date"]) == ("ASSAULT", "source",
                                                                        "Blue Harbor Party", "2021-05-09")
    assert TEXTS["d2"][2][ev["start"]:ev["end"]] == ev["evidence"]
    assert [f["value"] for f in p["facts"]] == [35]
    assert [d["id"] for d in p["documents"]] == ["d1", "d2"]
    # by name or alias too; unknown actors are a 404 with a JSON error
    assert client.get("/api/actors/BHP").json()["id"] == "a2"
    r = client.get("/api/actors/Nobody")
    assert r.status_code == 404 and "Nobody" in r.json()["error"]


def test_api_graph_edges_carry_evidence_and_as_of_cuts(client):
    g = client.get("/api/graph", params={"isolated": "1"}).json()
    assert {n["id"] for n in g["nodes"]} == {a[0] for a in ACTORS}
    # unconnected actors are hidden by default (a6 has no tie or event)
    assert "a6" not in {n["id"] for n in client.get("/api/graph").json()["nodes"]}
    edges = {(e["source"], e["type"], e["target"]) for e in g["edges"]}
    assert ("a7", "backs", "a4") in edges and ("a4", "ASSAULT", "a2") in edges
    backs = next(e for e in g["edges"] if e["type"] == "backs")
    assert backs["items"][0]["evidence"] == "Valoria backs the Red Ridge Front."
    assert g["dates"] == ["2021-03-02", "2021-05-10", "2021-06-01"]
    assert "x" not in g["nodes"][0]  # the browser lays the map out (vis-network)
    # as of April 2021 only d1 counts: Valoria (d2 only) and the d2 ties are gone
    early = client.get("/api/graph", params={"as_of": "2021-04-01"}).json()
    assert "a7" not in {n["id"] for n in early["nodes"]}
    assert {e["type"] for e in early["edges"]} == {"leader_of", "CONSULT"}
    # filters: tie types, actor kinds, events off
    only = client.get("/api/graph", params={"types": "backs", "events": "0"}).json()
    assert {e["type"] for e in only["edges"]} == {"backs"}
    people = client.get("/api/graph", params={"kinds": "person"}).json()
    assert {n["id"] for n in people["nodes"]} == {"a1", "a3"}
    assert client.get("/api/graph", params={"as_of": "soon"}).status_code == 400


def test_api_events_filters(client):
    all_events = client.get("/api/events").json()["events"]
    assert [e["type"] for e in all_events] == ["CONSULT", "ASSAULT", "ACCUSE"]  # by date (else the document's)
    assert [e["type"] for e in client.get("/api/events?type=assault").json()["events"]] == ["ASSAULT"]
    assert [e["type"] for e in client.get("/api/events?since=2021-04-01").json()["events"]] == ["ASSAULT", "ACCUSE"]
    assert [e["type"] for e in client.get("/api/events?until=2021-03").json()["events"]] == ["CONSULT"]
    assert [e["type"] for e in client.get("/api/events?actor=Jana Veltri").json()["events"]] == ["CONSULT"]


def test_api_documents_and_document(client):
    docs = client.get("/api/documents").json()["documents"]
    assert [d["id"] for d in docs] == ["d1", "d2", "xss"]
    d = client.get("/api/documents/d2").json()
    assert d["text"] == TEXTS["d2"][2]
    assert {it["kind"] for it in d["items"]} == {"relation", "event"}
    assert client.get("/api/documents/none").status_code == 404


def test_api_timeline_counts_months_by_quad_class(client):
    t = client.get("/api/timeline?min_events=1").json()
    assert [p["period"] for p in t["periods"]] == ["2021-03", "2021-04", "2021-05"]
    assert t["periods"][0]["counts"]["verbal_coop"] == 1
    assert t["periods"][2]["counts"]["material_conflict"] == 1
    assert t["escalations"] == ["2021-05"]
    assert client.get("/api/timeline?by=fortnight").status_code == 400


def test_api_coalition_from_facts_and_from_edited_seats(client):
    c = client.get("/api/coalition").json()
    assert c["quota"] == 51 and c["source"]["legislature"] == "National Assembly"
    assert [(p["name"], p["seats"]) for p in c["parties"]] == [
        ("Blue Harbor Party", 40), ("Red Ridge Front", 35), ("Green Valley List", 25)]
    assert sorted(map(sorted, c["minimal_winning"])) == [
        ["Blue Harbor Party", "Green Valley List"], ["Blue Harbor Party", "Red Ridge Front"],
        ["Green Valley List", "Red Ridge Front"]]
    # the Green Valley List opposes the Red Ridge Front: that coalition is not feasible
    c = client.get("/api/coalition", params={"respect_opposition": "1"}).json()
    assert ["Green Valley List", "Red Ridge Front"] not in [sorted(x) for x in c["feasible"]]
    edited = client.get("/api/coalition", params=[("party", "Blue Harbor Party"), ("seats", "60"),
                                                  ("party", "Red Ridge Front"), ("seats", "35"),
                                                  ("party", "Green Valley List"), ("seats", "25")]).json()
    assert edited["quota"] == 61 and edited["minimal_winning"] == [
        ["Blue Harbor Party", "Green Valley List"], ["Blue Harbor Party", "Red Ridge Front"]]
    bad = client.get("/api/coalition", params=[("party", "A"), ("seats", "many")])
    assert bad.status_code == 400 and "whole number" in bad.json()["error"]


def test_document_view_highlights_the_evidence_span(client):
    p = client.get("/api/actors/a2").json()
    tie = p["ties_in"][0]
    r = client.get(f"/documents/{tie['document']}", params={"start": tie["start"], "end": tie["end"]})
    assert f'<mark id="hl">{html.escape(tie["evidence"], quote=False)}</mark>' in r.text
    # the profile links there
    profile = client.get("/actors/a2").text
    assert f'/documents/d1?start={tie["start"]}&amp;end={tie["end"]}#hl' in profile
    # offsets out of range: the text, no highlight, no error
    r = client.get("/documents/d1", params={"start": 5, "end": 10_000})
    assert r.status_code == 200 and '<mark id="hl">' not in r.text


def test_extraction_json_source_shows_evidence_without_text():
    data = build_extraction().to_dict()  # the JSON contract carries no texts
    client = TestClient(create_app(ExtractionSource(data)), base_url="http://127.0.0.1")
    tie = client.get("/api/actors/a2").json()["ties_in"][0]
    r = client.get("/documents/d1", params={"start": tie["start"], "end": tie["end"]})
    assert "not stored" in r.text
    assert f"<mark>{html.escape(tie['evidence'], quote=False)}</mark>" in r.text
    assert client.get("/api/documents/d1").json()["text"] is None


@pytest.mark.parametrize("url", PAGES)
def test_hostile_names_and_text_come_back_escaped(client, url):
    body = client.get(url).text
    for payload in (SCRIPT, IMG):
        assert payload not in body
    assert "<img" not in body and "onerror=alert" not in body.replace("onerror=alert(1)&gt;", "")
    assert body.count("<script") == body.count('<script src="/static/')


@pytest.mark.parametrize("url", ["/actors/a8", "/actors/a9", "/documents/xss", "/map", "/actors"])
def test_hostile_payloads_are_shown_as_text(client, url):
    body = client.get(url).text
    assert html.escape(SCRIPT) in body or html.escape(SCRIPT, quote=False) in body
    if url != "/actors/a8":
        assert "&lt;img src=x onerror=alert(1)&gt;" in body


def test_edits_are_refused_without_allow_edits(client):
    for action, body in [("merge", {"keep": "a2", "merge": "a5"}), ("alias", {"actor": "a2", "alias": "Harbor"}),
                         ("reject", {"id": "r0"})]:
        r = client.post(f"/api/curation/{action}", json=body)
        assert r.status_code == 403 and "--allow-edits" in r.json()["error"]
    assert client.get("/api/curation/merge").status_code == 405
    assert "Curation" not in client.get("/actors/a2").text


def test_edits_with_allow_edits_reach_the_store():
    store = FakeStore(build_extraction())
    client = TestClient(create_app(store, allow_edits=True), base_url="http://127.0.0.1")
    assert "Curation" in client.get("/actors/a2").text
    assert client.post("/api/curation/merge", json={"keep": "a2", "merge": "a5"}).json()["ok"]
    assert client.post("/api/curation/alias", json={"actor": "a2", "alias": "Harbor"}).status_code == 200
    assert client.post("/api/curation/reject", json={"id": "r1"}).status_code == 200
    assert store.calls == [("merge", "a2", "a5"), ("alias", "a2", "Harbor"), ("reject", "r1")]
    # a cross-site form post or a foreign Origin is refused; a missing field is a 400
    r = client.post("/api/curation/alias", data={"actor": "a2", "alias": "x"})
    assert r.status_code == 415
    r = client.post("/api/curation/alias", json={"actor": "a2", "alias": "x"},
                    headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    assert client.post("/api/curation/alias", json={"actor": "a2"}).status_code == 400
    assert len(store.calls) == 3
    # a source that cannot curate says so
    ro = TestClient(create_app(build_extraction(), allow_edits=True), base_url="http://127.0.0.1")
    assert ro.post("/api/curation/merge", json={"keep": "a2", "merge": "a5"}).status_code == 501


def test_foreign_host_header_is_refused(client):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the corpus
    assert client.get("/api/actors", headers={"Host": "evil.example"}).status_code == 400
    assert client.get("/api/actors", headers={"Host": "localhost:8765"}).status_code == 200


def test_unknown_pages_are_404_pages(client):
    r = client.get("/actors/nobody-at-all")
    assert r.status_code == 404 and "unknown actor" in r.text
    assert client.get("/documents/missing").status_code == 404
    assert client.get("/nowhere").status_code == 404


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "data", "poster", "srcset") and value:
                self.urls.append(value)


def test_pages_load_nothing_from_other_hosts(client):
    seen = set()
    for url in PAGES:
        parser = _Links()
        parser.feed(client.get(url).text)
        for link in parser.urls:
            assert not re.match(r"^\s*(https?:)?//", link), f"{url} links to {link}"
            seen.add(link)
    # every local script and stylesheet the pages name is served
    for link in sorted(x for x in seen if x.startswith("/static/")):
        assert client.get(link).status_code == 200, link
    assert "/static/vendor/plotly.min.js" in seen and "/static/vendor/vis-network.min.js" in seen


def test_own_static_files_name_no_external_url():
    for path in STATIC.glob("*"):
        text = path.read_text(encoding="utf-8").replace("http://www.w3.org/2000/svg", "")
        assert not re.search(r"https?://", text), path.name
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "eval(" not in text


def test_serve_command_binds_loopback_and_warns_elsewhere(monkeypatch, tmp_path):
    import uvicorn

    from kingmaker.cli import cli

    import socket

    import kingmaker.commands.web as serve_cmd

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.setattr(serve_cmd, "bind_socket", lambda host, port: socket.socket())  # the port may be busy here
    path = tmp_path / "x.json"
    import json

    path.write_text(json.dumps(build_extraction().to_dict()), encoding="utf-8")
    r = CliRunner().invoke(cli, ["serve", "--input", str(path)])
    assert r.exit_code == 0, r.output
    assert calls[-1][1]["host"] == "127.0.0.1" and calls[-1][1]["port"] == 8765
    assert "WARNING" not in r.output and "read-only" in r.output
    r = CliRunner().invoke(cli, ["serve", "--input", str(path), "--host", "0.0.0.0", "--port", "9000"])
    assert r.exit_code == 0 and calls[-1][1]["host"] == "0.0.0.0"
    assert "WARNING: binding 0.0.0.0:9000" in r.output
    r = CliRunner().invoke(cli, ["serve", "--input", str(path), "--allow-edits"])
    assert r.exit_code != 0 and "needs a store" in r.output
    r = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code != 0 and len(calls) == 2


# ------------------------------------------------------------------ a real store, real extraction


@pytest.fixture(scope="module")
def ingested_store():
    """The three test articles ingested into an in-memory store by the real pipeline."""
    from kingmaker import api
    from kingmaker.store import open_store
    from kingmaker.store.ingest import ingest

    nlp = api.load_nlp()
    store = open_store(":memory:")
    docs = [Document(id=k, text=v[2], title=v[0], date=v[1], path=f"{k}.txt") for k, v in TEXTS.items()]
    ingest(store, docs, lambda todo: api.iter_doc_extractions(todo, nlp))
    return store


@pytest.mark.model
def test_real_store_pages_escape_and_highlight(ingested_store):
    client = TestClient(create_app(ingested_store), base_url="http://127.0.0.1")
    for url in PAGES[:4] + ["/documents", "/documents/xss", "/timeline", "/coalition"]:
        body = client.get(url).text
        assert SCRIPT not in body and IMG not in body, url
    doc = client.get("/documents/xss").text
    assert html.escape(SCRIPT, quote=False) in doc and "&lt;img src=x onerror=alert(1)&gt;" in doc
    rels = client.get("/api/relations").json()["relations"]
    assert rels, "the pipeline found no tie in the test articles"
    tie = rels[0]
    assert TEXTS[tie["document"]][2][tie["start"]:tie["end"]] == tie["evidence"]
    page = client.get(f"/documents/{tie['document']}", params={"start": tie["start"], "end": tie["end"]})
    assert f'<mark id="hl">{html.escape(tie["evidence"], quote=False)}</mark>' in page.text
    assert client.post("/api/curation/reject", json={"id": tie["id"]}).status_code == 403


@pytest.mark.model
def test_real_store_curation_with_allow_edits(ingested_store):
    client = TestClient(create_app(ingested_store, allow_edits=True, refresh_seconds=0),
                        base_url="http://127.0.0.1")
    actor = client.get("/api/actors", params={"q": "Blue Harbor"}).json()["actors"][0]
    r = client.post("/api/curation/alias", json={"actor": actor["id"], "alias": "the Harbor bloc"})
    assert r.status_code == 200, r.text
    after = client.get(f"/api/actors/{r.json()['result']['id']}").json()
    assert "the Harbor bloc" in after["aliases"]
    rel = client.get("/api/relations").json()["relations"][0]
    assert client.post("/api/curation/reject", json={"id": rel["id"]}).status_code == 200
    assert rel["id"] not in {x["id"] for x in client.get("/api/relations").json()["relations"]}
    r = client.post("/api/curation/reject", json={"id": "r000000000000"})
    assert r.status_code == 400 and "no relation" in r.json()["error"]
