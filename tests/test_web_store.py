"""The web app over a real (hand-filled) store: the search page and the curation endpoints that
call the store's curation API."""
from __future__ import annotations

import html

import pytest
from starlette.testclient import TestClient
from test_store_helpers import corpus

from kingmaker.store import open_store
from kingmaker.web.app import create_app


@pytest.fixture
def store(fresh_store):
    """The app on each store backend (SQLite and PostgreSQL, see conftest.py)."""
    for d in corpus():
        fresh_store.add(d)
    return fresh_store


def client_for(source, **kw):
    return TestClient(create_app(source, refresh_seconds=0, **kw), base_url="http://127.0.0.1")


def test_search_page_links_to_the_highlighted_sentence(store):
    client = client_for(store)
    page = client.get("/search", params={"q": "accused", "since": "2020-02"}).text
    assert "<mark>accused</mark>" in page and 'href="/documents/d2?start=0&amp;end=61#hl"' in page
    doc = client.get("/documents/d2", params={"start": 0, "end": 61}).text
    assert '<mark id="hl">Smith met Ann Jones' in doc
    hits = client.get("/api/search", params={"q": "Freedonia"}).json()["hits"]
    assert sorted(h["document"] for h in hits) == ["d1", "d3"]
    early = client.get("/api/search", params={"q": "Freedonia", "until": "2020-01"}).json()["hits"]
    assert [h["document"] for h in early] == ["d1"]
    r = client.get("/api/search", params={"q": "x", "since": "May"})
    assert r.status_code == 400 and "expected YYYY" in r.json()["error"]
    assert 'class="hits"' not in client.get("/search").text  # no query, no list


def test_search_page_escapes_the_query_and_needs_a_store(store):
    page = client_for(store).get("/search", params={"q": "<script>x</script>"}).text
    assert "<script>x</script>" not in page and html.escape("<script>x</script>") in page
    plain = client_for(store.to_extraction()).get("/search", params={"q": "Smith"}).text
    assert "search needs a store" in plain


def test_curation_endpoints_call_the_store(store):
    client = client_for(store, allow_edits=True)

    def post(action, **body):
        r = client.post(f"/api/curation/{action}", json=body)
        assert r.status_code == 200, r.text
        return r.json()["result"]

    r = client.post("/api/curation/merge", json={"keep": "John Smith", "merge": "Unity Party"})
    assert r.status_code == 400 and "--force" in r.json()["error"]
    post("merge", keep="John Smith", merge="Unity Party", force=True)
    assert post("unmerge", merged="Unity Party")["kind"] == "organization"
    assert post("alias-remove", actor="John Smith", alias="Smith")["aliases"] == []
    assert post("kind", actor="Sylvania", kind="organization")["kind"] == "organization"
    assert post("reject-actor", actor="Freedonia")["rejected"] is True
    assert "Freedonia" not in {a["name"] for a in client.get("/api/actors").json()["actors"]}
    assert post("undo")["action"] == "reject-actor"
    assert "Freedonia" in {a["name"] for a in client.get("/api/actors").json()["actors"]}
    assert [d["action"] for d in store.decisions()] == ["merge", "unmerge", "alias-remove", "kind", "reject-actor"]
    assert client.post("/api/curation/kind", json={"actor": "Sylvania"}).status_code == 400


def test_new_curation_endpoints_are_off_without_allow_edits(store):
    client = client_for(store)
    for action in ("alias-remove", "kind", "reject-actor", "unmerge", "undo"):
        assert client.post(f"/api/curation/{action}", json={}).status_code == 403
    assert store.decisions() == []


def test_actor_page_offers_the_new_curation_forms_only_with_edits(store):
    page = client_for(store, allow_edits=True).get("/actors/a1").text
    for form in ("alias-remove-form", "kind-form", "reject-actor-form", "undo-form", "rename-form", "split-form",
                 "merge-form", "merge-confirm"):
        assert f'id="{form}"' in page
    assert '<option value="Smith">Smith</option>' in page
    assert 'id="kind-form"' not in client_for(store).get("/actors/a1").text


def test_rename_split_and_reject_a_fact_through_the_web_are_logged_and_undone(store):
    client = client_for(store, allow_edits=True)

    def post(action, **body):
        r = client.post(f"/api/curation/{action}", json=body)
        assert r.status_code == 200, r.text
        return r.json()["result"]

    post("rename", actor="John Smith", name="John Q. Smith")
    assert client.get("/api/actors/John Q. Smith").json()["aliases"] == ["John Smith", "Smith"]
    post("split", actor="John Q. Smith", alias="Smith")
    assert client.get("/api/actors/Smith").json()["name"] == "Smith"
    assert [d["action"] for d in store.decisions()][-2:] == ["rename", "split"]
    assert post("undo")["action"] == "split"
    assert "Smith" in client.get("/api/actors/John Q. Smith").json()["aliases"]
    fact = next(f for a in client.get("/api/actors").json()["actors"]
                for f in client.get(f"/api/actors/{a['id']}").json()["facts"])
    post("reject", id=fact["id"])
    assert store.rejected() == [fact["id"]]
    r = client.post("/api/curation/rename", json={"actor": "John Q. Smith"})
    assert r.status_code == 400 and "name" in r.json()["error"]


def test_a_file_store_is_reread_only_when_it_changed(tmp_path):
    path = tmp_path / "k.db"
    with open_store(path) as s:
        for d in corpus():
            s.add(d)
        reads = []
        real = s.snapshot
        s.snapshot = lambda **kw: reads.append(1) or real(**kw)
        client = client_for(s)  # refresh_seconds=0: would re-read at every request
        assert client.get("/api/graph").status_code == 200  # the map's first view: SQL, no snapshot
        assert not reads
        filtered = {"types": "leader_of,backs"}  # a filtered map still reads the cached snapshot
        assert client.get("/api/graph", params=filtered).status_code == 200
        client.get("/api/graph", params=filtered)
        client.get("/api/actors")  # a list: SQL, no snapshot at all
        assert len(reads) == 1  # nothing written: the first read is kept
        with open_store(path) as other:  # another process (the CLI) curates
            other.add_alias("John Smith", "J. S.")
        names = [n for a in client.get("/api/actors").json()["actors"] for n in [a["name"], *a["aliases"]]]
        assert "J. S." in names and len(reads) == 1
        client.get("/api/graph", params=filtered)
        assert len(reads) == 2
