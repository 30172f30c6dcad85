"""The store's lists page in SQL (``limit``/``offset``, ``count``), with the indexes of schema 3,
and the CLI and the web API page the same way. Store tests run on SQLite and PostgreSQL."""
from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient
from test_store_helpers import corpus, doc, raw_connection, run, store_with

from kingmaker.store import open_store
from kingmaker.web.app import create_app


def big_corpus(n: int = 12):
    """``n`` documents; each names two parties, one tie twice (symmetric, both ways), an event
    and a fact twice (the duplicate rule keeps one of each)."""
    out = []
    for i in range(n):
        a, b = f"Party {i}", f"Party {i + 1}"
        out.append(doc(f"p{i:02d}", f"{a} allied with {b}. {a} won seats.",
                       [(a, "organization"), (b, "organization")],
                       relations=[("L1", "allied_with", "L2"), ("L2", "allied_with", "L1"), ("L1", "opposes", "L2")],
                       events=[("L1", "CONSULT", "L2", f"2021-{i % 12 + 1:02d}-01")],
                       facts=[("L1", "seats", 10 + i), ("L1", "seats", 10 + i)],
                       date=f"2021-{i % 12 + 1:02d}-02"))
    return out


@pytest.fixture
def store(fresh_store):
    for d in big_corpus():
        fresh_store.add(d)
    return fresh_store


LISTS = [("relations", {}), ("relations", {"type": "opposes"}), ("relations", {"actor": "Party 3"}),
         ("events", {}), ("events", {"since": "2021-03", "until": "2021-06"}), ("events", {"actor": "Party 5"}),
         ("facts", {}), ("facts", {"key": "seats", "actor": "Party 2"}), ("documents", {}),
         ("actors", {}), ("actors", {"kind": "organization"}), ("actors", {"search": "party 1"})]


@pytest.mark.parametrize(("what", "filters"), LISTS)
def test_pages_are_slices_of_the_whole_list(store, what, filters):
    whole = getattr(store, what)(**filters)
    assert whole and store.count(what, **filters) == len(whole)
    for limit, offset in ((1, 0), (3, 2), (5, len(whole) - 2), (4, len(whole) + 3)):
        assert getattr(store, what)(**filters, limit=limit, offset=offset) == whole[offset:offset + limit]
    assert getattr(store, what)(**filters, offset=2) == whole[2:]


KEYED = [("relations", {}), ("relations", {"type": ["opposes", "allied_with"]}), ("events", {"actor": "Party 5"}),
         ("events", {}), ("facts", {}), ("documents", {}), ("actors", {"kind": "organization"}),
         ("actors", {"search": "party 1"})]


@pytest.mark.parametrize(("what", "filters"), KEYED)
def test_keyset_pages_walk_the_whole_list(store, what, filters):
    whole = getattr(store, what)(**filters)
    got, after, pages = [], None, 0
    while True:
        page = getattr(store, what)(**filters, limit=5, after=after)
        got += page
        pages += 1
        if len(page) < 5:
            break
        after = page[-1]["id"]  # the cursor: the last row of the page
    assert got == whole and pages == len(whole) // 5 + 1


def test_a_cursor_that_is_gone_is_one_clear_error(store):
    from kingmaker.errors import StoreError

    with pytest.raises(StoreError, match="cursor"):
        store.relations(after="r-none")


def test_as_of_in_sql_is_the_cut_of_graph_select(store):
    from kingmaker.graph import select

    # an event dated after its document, and an undated document
    store.add(doc("late", "Party 1 threatened Party 2.", [("Party 1", "organization"), ("Party 2", "organization")],
                  relations=[("L1", "opposes", "L2")], events=[("L1", "THREATEN", "L2", "2021-09-09")],
                  facts=[("L2", "seats", 7)], date="2021-04"))
    store.add(doc("nodate", "Party 20 backs Party 21.", [("Party 20", "organization"), ("Party 21", "organization")],
                  relations=[("L1", "backs", "L2")]))
    snap = store.snapshot()
    for day in ("2021-03-31", "2021-04-30", "2021-08-31", "2021-12-31"):
        sel = select(snap.extraction, as_of=day)
        assert [r["id"] for r in store.relations(as_of=day)] == [snap.relation_ids[i] for i in sel.relations]
        assert [e["id"] for e in store.events(as_of=day)] == [snap.event_ids[i] for i in sel.events]
        assert [f["id"] for f in store.facts(as_of=day)] == [snap.fact_ids[i] for i in sel.facts]
        assert {d["id"] for d in store.documents(as_of=day)} == sel.documents
        assert {a["id"] for a in store.actors(as_of=day)} == sel.actors
        assert store.count("relations", as_of=day) == len(sel.relations)
        assert store.count("documents", as_of=day) == len(sel.documents)
    assert "nodate" not in {d["id"] for d in store.documents(as_of="2030")}
    between = store.events(actor="Party 1", with_="Party 2")
    assert between and all({e["source_name"], e["target_name"]} == {"Party 1", "Party 2"} for e in between)


def test_duplicate_rule_and_counts_in_sql(store):
    assert store.stats()["relations"] == 24 and store.stats()["facts"] == 12  # one allied_with, one opposes per doc
    party1 = next(a for a in store.actors() if a["name"] == "Party 1")
    assert (party1["relations"], party1["events"]) == (4, 2)
    assert [d["relations"] for d in store.documents(limit=2)] == [2, 2]
    assert [e["date"] for e in store.events(since="2021-11")] == ["2021-11-01", "2021-12-01"]


def test_schema_3_indexes_the_list_filters(new_db):
    location = new_db()
    open_store(location).close()
    conn = raw_connection(location)
    if location.startswith("postgresql://"):
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    else:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        plan = " ".join(str(r[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM relations WHERE type = 'backs'"))
        assert "relations_type" in plan
    conn.close()
    assert {"relations_type", "events_type", "events_date", "facts_key", "documents_date", "actors_kind"} <= names


@pytest.fixture
def db(new_db):
    return store_with(new_db, big_corpus())



def test_cli_lists_are_capped_with_a_line_on_what_is_left(db):
    out = run("relations", "--db", db, "--limit", "5")
    # the item lists are not counted past a page (a count reads every matching item): "more"
    assert "Ties (1–5, more follow)" in out.stdout and out.stdout.count("p0") == 5
    assert "… more: --offset 5 for the next page, --limit 0 for all" in out.stderr
    last = run("relations", "--db", db, "--limit", "5", "--offset", "20")
    assert "Ties (24)" in last.stdout and not last.stderr  # the last page: the total is known
    page = json.loads(run("relations", "--db", db, "--limit", "5", "--offset", "20", "--format", "json").stdout)
    whole = json.loads(run("relations", "--db", db, "--limit", "0", "--format", "json").stdout)
    assert len(whole) == 24 and page == whole[20:25]
    assert not run("relations", "--db", db, "--limit", "0").stderr
    for command in ("actors", "events", "facts", "documents"):
        res = run(command, "--db", db, "--limit", "2", "--format", "csv")
        assert len(res.stdout.strip().splitlines()) == 3
        assert ("more (of" if command in ("actors", "documents") else "… more: --offset 2") in res.stderr


def test_cli_default_limit_is_100(new_db):
    path = new_db()
    with open_store(path) as s:
        for d in big_corpus(60):
            s.add(d)
    res = run("relations", "--db", path, "--format", "json")
    assert len(json.loads(res.stdout)) == 100 and "… more: --offset 100" in res.stderr


def test_web_api_pages_its_lists(fresh_store):
    for d in corpus():
        fresh_store.add(d)
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    for path, key, total in (("/api/relations", "relations", 4), ("/api/events", "events", 3),
                             ("/api/documents", "documents", 3), ("/api/actors", "actors", 6)):
        whole = client.get(path).json()
        assert whole["total"] == total and len(whole[key]) == total and whole["next"] is None
        first = client.get(path, params={"limit": 2}).json()
        rest = client.get(path, params={"limit": 2, "cursor": first["next"]}).json()
        assert first["next"] and not first["next"].isdigit()  # an opaque keyset cursor
        assert len(first[key]) == 2 and len(rest[key]) == min(2, total - 2)
        assert first["total"] == total and rest["total"] is None  # counted on the first page only
        assert first[key] + rest[key] == whole[key][:4]
        by_offset = client.get(path, params={"limit": 2, "offset": 1}).json()  # still read, for older clients
        assert by_offset[key] == whole[key][1:3] and by_offset["next"] == ("3" if total > 3 else None)
        assert client.get(path, params={"limit": 2, "cursor": "1"}).json()[key] == whole[key][1:3]
    bad = client.get("/api/relations", params={"cursor": "x"})
    assert bad.status_code == 400 and "cursor" in bad.json()["error"]


def test_web_lists_over_a_store_run_in_sql_with_the_cli_filters(fresh_store, monkeypatch):
    for d in big_corpus():
        fresh_store.add(d)
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    # the lists never read the whole store into memory
    monkeypatch.setattr(type(fresh_store), "snapshot", lambda self, **kw: pytest.fail("a snapshot was read"))
    for path, key, params, expected in (
            ("/api/relations", "relations", {"type": "opposes", "actor": "Party 3"},
             fresh_store.relations(type="opposes", actor="Party 3")),
            ("/api/events", "events", {"since": "2021-03", "until": "2021-06"},
             fresh_store.events(since="2021-03", until="2021-06")),
            ("/api/events", "events", {"actor": "Party 3", "with": "Party 4"},
             fresh_store.events(actor="Party 3", with_="Party 4")),
            ("/api/relations", "relations", {"as_of": "2021-03"}, fresh_store.relations(as_of="2021-03-31")),
            ("/api/documents", "documents", {"as_of": "2021-02"}, fresh_store.documents(as_of="2021-02-28")),
            ("/api/actors", "actors", {"kind": "organization"}, fresh_store.actors(kind="organization"))):
        got, cursor = [], None
        while True:
            body = client.get(path, params={**params, "limit": 3, **({"cursor": cursor} if cursor else {})}).json()
            got += body[key]
            cursor = body["next"]
            if cursor is None:
                break
        assert [x["id"] for x in got] == [x["id"] for x in expected] and expected, (path, params)
    row = client.get("/api/actors", params={"limit": 1}).json()["actors"][0]
    whole = fresh_store.actors(limit=1)[0]
    assert "documents" not in row and row["n_documents"] == len(whole["documents"])  # counted, not listed
    assert row["degree"] == whole["relations"] + whole["events"] > 0
    missing = client.get("/api/relations", params={"actor": "Nobody Atall"})
    assert missing.status_code == 404
    assert client.get("/api/events", params={"since": "soon"}).status_code == 400


def test_the_actors_and_documents_pages_show_one_page_and_link_the_next(fresh_store):
    import html
    import re

    for d in big_corpus():
        fresh_store.add(d)
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    for path, total in (("/actors", fresh_store.count("actors")), ("/documents", fresh_store.count("documents"))):
        seen, url, pages = [], f"{path}?limit=5", 0
        while url:
            body = client.get(url).text
            pages += 1
            seen += re.findall(rf'href="{path}/([^"?]+)"', body)
            more = re.search(r'<a class="button" href="([^"]+)" rel="next">', body)
            url = html.unescape(more.group(1)) if more else None
        assert len(seen) == len(set(seen)) == total and pages == -(-total // 5)
    assert "(13)" in client.get("/actors?limit=5").text  # the total, counted once


def test_keyset_pages_read_the_store_in_stretches_and_miss_nothing(fresh_store):
    # more documents than the first stretch (64), and a filter that only the later ones match
    for d in big_corpus(150):
        fresh_store.add(d, resolve=False)
    fresh_store.resolve()
    for what, filters in (("relations", {}), ("relations", {"actor": "Party 140"}), ("events", {"type": "CONSULT"}),
                          ("facts", {"actor": "Party 100"}), ("events", {"actor": "Party 3"})):
        whole = getattr(fresh_store, what)(**filters)
        got, after = [], None
        while True:
            page = getattr(fresh_store, what)(**filters, limit=7, after=after)
            got += page
            if len(page) < 7:
                break
            after = page[-1]["id"]
        assert whole and got == whole, (what, filters)
        assert getattr(fresh_store, what)(**filters, limit=3) == whole[:3]


def test_actor_search_orders_and_pages_before_counting(store):
    by_name = store.actors(search="party", order="name")
    assert [a["name"] for a in by_name] == sorted((a["name"] for a in by_name), key=str.casefold)
    present = store.actors(search="party", order="documents", limit=3)
    assert [len(a["documents"]) for a in present] == sorted((len(a["documents"]) for a in by_name), reverse=True)[:3]
    assert all("relations" in a and "events" in a for a in present)
    assert store.count("actors", search="party 1") == len(store.actors(search="party 1"))
    client = TestClient(create_app(store, refresh_seconds=0), base_url="http://127.0.0.1")
    typed = client.get("/api/actors", params={"q": "party", "limit": 3}).json()
    assert [a["id"] for a in typed["actors"]] == [a["id"] for a in present] and typed["next"] == "3"
    assert typed["total"] == len(by_name)
    more = client.get("/api/actors", params={"q": "party", "limit": 3, "cursor": typed["next"]}).json()
    assert [a["id"] for a in more["actors"]] == [a["id"] for a in store.actors(search="party", order="documents")][3:6]


def test_a_document_over_a_store_reads_that_document_only(fresh_store, monkeypatch):
    for d in corpus():
        fresh_store.add(d)
    from kingmaker.web.app import ExtractionSource

    memory = TestClient(create_app(ExtractionSource(fresh_store.snapshot().extraction)), base_url="http://127.0.0.1")
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    monkeypatch.setattr(type(fresh_store), "snapshot", lambda self, **kw: pytest.fail("a snapshot was read"))

    def shape(items):
        return [(it["kind"], it["type"], it["start"], it["end"], it.get("source_name") or it.get("actor_name"))
                for it in items]

    for doc_id, params in (("d2", {}), ("d1", {}), ("d2", {"as_of": "2020-01"}), ("d2", {"as_of": "2020-02-10"})):
        got = client.get(f"/api/documents/{doc_id}", params=params).json()
        want = memory.get(f"/api/documents/{doc_id}", params=params).json()
        assert sorted(shape(got["items"])) == sorted(shape(want["items"])), (doc_id, params)
        assert got["text"] and got["title"] == want["title"]
    page = client.get("/documents/d2", params={"start": 0, "end": 61}).text
    assert '<mark id="hl">Smith met Ann Jones' in page and "ACCUSE" in page
    assert client.get("/documents/nothing-here").status_code == 404
    assert client.get("/api/documents/nothing-here").status_code == 404


def test_an_actor_profile_over_a_store_reads_that_actor_only(fresh_store, monkeypatch):
    for d in corpus():
        fresh_store.add(d)
    from kingmaker.web.app import ExtractionSource

    memory = TestClient(create_app(ExtractionSource(fresh_store.snapshot().extraction)), base_url="http://127.0.0.1")
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    monkeypatch.setattr(type(fresh_store), "snapshot", lambda self, **kw: pytest.fail("a snapshot was read"))

    def shape(p):
        return {part: sorted((it["type"], it["start"], it.get("source_name") or it.get("actor_name"),
                              it.get("target_name"), it.get("role")) for it in p[part])
                for part in ("ties_out", "ties_in", "events", "facts")} | {
            "documents": [d["id"] for d in p["documents"]], "degree": p["degree"], "name": p["name"]}

    for name in ("John Smith", "Unity Party", "Ann Jones", "Freedonia"):
        aid = fresh_store.find_actor(name)["id"]
        for params in ({}, {"as_of": "2020-01"}, {"as_of": "2020-02-10"}):
            got = client.get(f"/api/actors/{aid}", params=params).json()
            want = memory.get(f"/api/actors/{aid}", params=params).json()
            assert shape(got) == shape(want), (name, params)
    smith = fresh_store.find_actor("John Smith")["id"]
    r = client.get("/actors/John Smith", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/actors/{smith}"
    assert "Unity Party" in client.get(f"/actors/{smith}").text
    assert client.get("/api/actors/Nobody Atall").status_code == 404
def test_tie_counts_keep_the_duplicate_rule(new_store):
    """count, stats and the actors list count one tie per document, type and pair (either way round
    for a symmetric type), as the list shows them."""
    from collections import Counter

    store = new_store()
    people = [("Brena Vask", "person"), ("Osk Front", "organization"), ("Teral Union", "organization")]
    store.add(doc("t1", "Brena Vask leads the Osk Front; the Osk Front and the Teral Union are allies and rivals.",
                  people, relations=[("L1", "leader_of", "L2"), ("L1", "leader_of", "L2"), ("L2", "allied_with", "L3"),
                                     ("L3", "allied_with", "L2"), ("L3", "opposes", "L2"), ("L2", "opposes", "L3")]))
    store.add(doc("t2", "Brena Vask leads the Osk Front.", people[:2], relations=[("L1", "leader_of", "L2")]))
    ties = store.relations()
    assert [(r["document"], r["type"]) for r in ties] == [("t1", "leader_of"), ("t1", "allied_with"),
                                                          ("t1", "opposes"), ("t1", "opposes"), ("t2", "leader_of")]
    assert store.count("relations") == store.stats()["relations"] == len(ties)
    assert store.count("relations", type="allied_with") == 1
    assert store.count("relations", actor="Teral Union") == 3
    per_actor = Counter(x for r in ties for x in (r["source"], r["target"]))
    for listed in (store.actors(), store.actors(limit=2), store.actors(limit=1, offset=2)):
        assert listed and all(a["relations"] == per_actor[a["id"]] for a in listed)
