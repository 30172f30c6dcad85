"""`analyze timeline` and `analyze influence` over a store read only their items in SQL
(``kingmaker.analysis.storegraph``) and give what the graph of the whole snapshot gives (SQLite
and PostgreSQL)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_store_helpers import corpus, doc, run, store_with

from kingmaker.analysis.influence import influence, rank_patrons
from kingmaker.analysis.storegraph import store_graph, store_influence, store_timeline
from kingmaker.analysis.timeline import timeline
from kingmaker.graph import build_graph, parse_date
from kingmaker.store import open_store


def patronage_docs():
    """Invented actors: a patron, its client brigade and commander, a one-sided and a negated event,
    an event dated after its document, an undated document."""
    docs = [
        doc("p1", "Varnland backs the Kesh Brigade. Odo Mirr leads the Kesh Brigade. Gunmen attacked Varnland.",
            [("Varnland", "country"), ("Kesh Brigade", "organization"), ("Odo Mirr", "person")],
            relations=[("L1", "backs", "L2"), ("L3", "leader_of", "L2"), ("L1", "backs", "L2")],
            events=[("L2", "ASSAULT", "L1"), (None, "ASSAULT", "L1"), ("L1", "THREATEN", "L2")], date="2021-04-02"),
        doc("p2", "The Kesh Brigade is part of the Tolm Front. Varnland aided the Tolm Front.",
            [("Kesh Brigade", "organization"), ("Tolm Front", "organization"), ("Varnland", "country")],
            relations=[("L1", "part_of", "L2"), ("L3", "opposes", "L2")],
            events=[("L3", "AID", "L2"), ("L3", "CONSULT", "L1", "2021-09-03")], date="2021-06-20"),
        doc("p3", "Odo Mirr met the Tolm Front.", [("Odo Mirr", "person"), ("Tolm Front", "organization")],
            relations=[("L2", "backs", "L1")], events=[("L1", "CONSULT", "L2")]),
    ]
    docs[0].events[2] = replace(docs[0].events[2], negated=True)
    return docs


def _whole(store, as_of):
    snap = store.snapshot()
    return build_graph(snap.extraction, as_of=as_of, ids=(snap.relation_ids, snap.event_ids))


AS_OF = [None, "2021-08-31", "2021-05"]


@pytest.mark.parametrize("as_of", AS_OF)
@pytest.mark.parametrize("who", [{}, {"actor": "Varnland"}, {"actor": "tolm"}, {"dyad": ("Varnland", "Tolm Front")}])
@pytest.mark.parametrize("by", ["month", "week"])
def test_store_timeline_matches_the_snapshot_graph(new_db, as_of, who, by):
    path = store_with(new_db, [*corpus(), *patronage_docs()])
    with open_store(path) as store:
        G = _whole(store, as_of)
        whole = timeline(G, by=by, min_events=1, **who)
        got = store_timeline(store, as_of=as_of, by=by, min_events=1, **who)
        assert got.pop("undated_documents") == G.graph["undated_left_out"]
        assert got == whole
        assert whole["periods"] or as_of == "2021-05"


@pytest.mark.parametrize("as_of", AS_OF)
@pytest.mark.parametrize("actor", ["Varnland", "Odo Mirr", "Tolm Front", "Sylvania", "Smith"])
def test_store_influence_matches_the_snapshot_graph(new_db, as_of, actor):
    path = store_with(new_db, [*corpus(), *patronage_docs()])
    with open_store(path) as store:
        G = _whole(store, as_of)
        got = store_influence(store, actor=actor, top=5, as_of=as_of)
        whole = {**influence(G, actor), "top": rank_patrons(G, top=5)}
        assert got.pop("undated_documents") == G.graph["undated_left_out"]
        assert got == whole


def sphere_docs():
    """Invented patrons whose spheres in a cut differ from the whole store's: one that gains most of
    its clients after mid-2022 (a chain under it), five with one client each, a leader and the party
    he is a member of (a cycle of two), an undated document."""
    docs = [doc("q1", "Karvel backs the Velk Legion. Ostravia backs the Sorn Guard.",
                [("Karvel", "country"), ("Velk Legion", "organization"), ("Ostravia", "country"),
                 ("Sorn Guard", "organization")], relations=[("L1", "backs", "L2"), ("L3", "backs", "L4")],
                date="2022-01-10"),
            doc("q2", "Tomas Vendrel leads the Haldo Party. Tomas Vendrel is a member of the Haldo Party.",
                [("Tomas Vendrel", "person"), ("Haldo Party", "organization")],
                relations=[("L1", "leader_of", "L2"), ("L1", "member_of", "L2")], date="2022-02-03"),
            doc("q3", "Karvel backs the Miro Battalion. The Miro Battalion backs the Pell Guard. The Dask "
                      "Column is part of the Pell Guard.",
                [("Karvel", "country"), ("Miro Battalion", "organization"), ("Pell Guard", "organization"),
                 ("Dask Column", "organization")],
                relations=[("L1", "backs", "L2"), ("L2", "backs", "L3"), ("L4", "part_of", "L3")], date="2022-09-14"),
            doc("q4", "Ostravia backs the Yarro Front.", [("Ostravia", "country"), ("Yarro Front", "organization")],
                relations=[("L1", "backs", "L2")])]
    for i, (patron, client) in enumerate([("Brellia", "Ozzet Militia"), ("Tarnos", "Feld Brigade"),
                                          ("Quellin", "Quarn Guard"), ("Zoravia", "Grell Legion"),
                                          ("Pendria", "Risk Battalion")]):
        docs.append(doc(f"q{5 + i}", f"{patron} backs the {client}.", [(patron, "country"), (client, "organization")],
                        relations=[("L1", "backs", "L2")], date=f"2022-0{1 + i}-20"))
    return docs


@pytest.mark.parametrize("as_of", [None, "2022-01-31", "2022-06-30", "2022-12-31", "2021"])
@pytest.mark.parametrize("top", [1, 2, 3, 4, 12])
def test_top_patrons_from_the_kept_spheres_match_the_snapshot_graph(new_db, as_of, top):
    """``influence --top`` over a store that keeps each actor's sphere (schema 16): the places read by
    that bound are those ranked on the snapshot's graph, names breaking the ties at the last place."""
    path = store_with(new_db, sphere_docs())
    with open_store(path) as store:
        assert store.kept_spheres(limit=1)[0][1:] == (4, 2)  # Karvel: Velk, Miro, Pell, Dask (2 directly)
        got = store_influence(store, top=top, as_of=as_of)["top"]
        assert got == rank_patrons(_whole(store, as_of), top=top)


def test_top_patrons_in_a_cut_read_the_actors_by_their_bound(new_db):
    """Within a cut, the actors are read by their sphere in the whole store, the largest first, until
    none left can reach the last place: the first place in a late cut reads a batch, not the eleven
    actors that control one; without a cut nothing is walked."""
    path = store_with(new_db, sphere_docs())
    with open_store(path) as store:
        roots: list[str] = []
        walk = store.control_reach
        store.control_reach = lambda ids, **kw: (roots.extend(ids), walk(ids, **kw))[1]
        assert [p["name"] for p in store_influence(store, top=1, as_of="2022-12-31")["top"]] == ["Karvel"]
        assert 0 < len(roots) < len(store.kept_spheres()) == 11
        roots.clear()
        assert [p["sphere"] for p in store_influence(store, top=3)["top"]] == [4, 2, 2]
        assert roots == []


def test_store_graph_reads_only_what_is_asked(new_db):
    path = store_with(new_db, [*corpus(), *patronage_docs()])
    with open_store(path) as store:
        ids = {a["name"]: a["id"] for a in store.actors()}
        G = store_graph(store, relation_types=["backs"])
        assert {d["type"] for _, _, d in G.edges(data=True)} == {"backs"}
        assert ids["Sylvania"] not in G  # in no backs tie
        G = store_graph(store, events=True, actor=ids["Tolm Front"], nodes=[ids["Sylvania"]])
        assert ids["Sylvania"] in G and G.nodes[ids["Tolm Front"]]["name"] == "Tolm Front"
        assert all(ids["Tolm Front"] in (u, v) for u, v in G.edges())
        assert G.graph["undated_left_out"] == 0
        assert store_graph(store, as_of="2021").graph["undated_left_out"] == 1


def test_cli_timeline_and_influence_over_a_store(new_db):
    path = store_with(new_db, [*corpus(), *patronage_docs()])
    data = json.loads(run("analyze", "timeline", "--db", path, "--actor", "Varnland", "--format", "json").stdout)
    assert data["actor"]["name"] == "Varnland" and data["totals"]["material_conflict"] == 2
    assert "undated_documents" not in data
    out = run("analyze", "timeline", "--db", path, "--as-of", "2021-12")
    assert "left out 1 undated document(s)" in out.stderr and "2021-04" in out.stdout
    data = json.loads(run("analyze", "influence", "Varnland", "--db", path, "--top", "10", "--format", "json").stdout)
    assert [x["name"] for x in data["below"]] == ["Kesh Brigade"] and "Varnland" in [p["name"] for p in data["top"]]
    out = run("analyze", "influence", "Nobody Here", "--db", path, ok=False)
    assert out.exit_code != 0 and "no actor matches" in out.output


@pytest.mark.parametrize("params", [{}, {"actor": "Varnland"}, {"actor": "Varnland", "with": "Tolm Front"},
                                    {"as_of": "2021-05-31", "by": "week", "min_events": "1"}])
def test_web_timeline_over_a_store_matches_the_extraction(fresh_store, params):
    from starlette.testclient import TestClient

    from kingmaker.web.app import create_app

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    snap = fresh_store.snapshot()
    over_store = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    over_graph = TestClient(create_app(snap.extraction, refresh_seconds=0), base_url="http://127.0.0.1")
    got, want = (c.get("/api/timeline", params=params) for c in (over_store, over_graph))
    assert got.status_code == want.status_code == 200
    assert got.json() == want.json() and got.json()["periods"]
    assert over_store.get("/api/timeline", params={"actor": "Nobody Here"}).status_code == 400
    assert "Varnland" in over_store.get("/timeline", params=params).text or not params.get("actor")


@pytest.mark.parametrize("ends", [("Freedonia", "Odo Mirr"), ("John Smith", "Reform Front"), ("Sylvania", "Varnland")])
def test_web_path_over_a_store_matches_the_extraction(fresh_store, ends):
    from starlette.testclient import TestClient

    from kingmaker.web.app import create_app

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    snap = fresh_store.snapshot()
    over_store = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    over_graph = TestClient(create_app(snap.extraction, refresh_seconds=0), base_url="http://127.0.0.1")
    for params in ({"from": ends[0], "to": ends[1]}, {"from": ends[0], "to": ends[1], "types": "backs,leader_of"},
                   {"from": ends[0], "to": ends[1], "as_of": "2021-05"}):
        got, want = (c.get("/api/path", params=params).json() for c in (over_store, over_graph))
        want_ids = [[t["id"] for t in s["ties"]] for s in want["steps"]]
        assert got["path"] == want["path"] and got["source"] == want["source"] and got["target"] == want["target"]
        # the store's item ids (the extraction numbers its own): the same ties otherwise
        strip = lambda found: [[{k: v for k, v in t.items() if k != "id"} for t in s["ties"]]  # noqa: E731
                               for s in found["steps"]]
        assert strip(got) == strip(want) and len(want_ids) == len(got["steps"])
    assert over_store.get("/api/path", params={"from": "Nobody Here", "to": "Varnland"}).status_code == 404


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021-08-31"])
@pytest.mark.parametrize("options", [{}, {"max_nodes": 3}, {"with_events": False}, {"focus": "Tolm Front"},
                                     {"focus": "Varnland", "depth": 2, "max_nodes": 2}])
def test_store_map_view_matches_the_corpus_view(fresh_store, as_of, options):
    import datetime as dt

    from kingmaker.web import mapview
    from kingmaker.web.corpus import Corpus

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    snap = fresh_store.snapshot()
    cut = dt.date.fromisoformat(as_of) if as_of else None
    whole = Corpus.build(snap.extraction, cut, (snap.relation_ids, snap.event_ids, snap.fact_ids))
    options = dict(options)
    if "focus" in options:
        options["focus"] = fresh_store.find_actor(options["focus"])["id"]
    want = mapview.view(whole, **options)
    got = mapview.store_view(fresh_store, as_of=as_of, **options)
    assert got == want
    assert want["nodes"] or (as_of and options.get("focus"))


def test_web_graph_over_a_store_reads_the_store(fresh_store):
    from starlette.testclient import TestClient

    from kingmaker.web.app import create_app

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    plain = TestClient(create_app(fresh_store.snapshot().extraction, refresh_seconds=0), base_url="http://127.0.0.1")
    got = client.get("/api/graph", params={"limit": 4, "focus": "Varnland"}).json()
    want = plain.get("/api/graph", params={"limit": 4, "focus": "Varnland"}).json()
    assert [n["id"] for n in got["nodes"]] == [n["id"] for n in want["nodes"]] and got["truncated"] == want["truncated"]
    assert client.get("/api/graph", params={"focus": "Nobody Here"}).status_code == 404
    # an item filter takes the corpus path: the same answer
    assert client.get("/api/graph", params={"types": "backs"}).json()["edges"]


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2020-02"])
def test_map_page_over_a_store_matches_the_extraction(fresh_store, as_of):
    from starlette.testclient import TestClient

    from kingmaker.web.app import create_app

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    over_store = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    over_graph = TestClient(create_app(fresh_store.snapshot().extraction, refresh_seconds=0),
                            base_url="http://127.0.0.1")
    params = {"as_of": as_of} if as_of else {}
    reads = []
    real = fresh_store.snapshot
    fresh_store.snapshot = lambda **kw: reads.append(1) or real(**kw)
    got = over_store.get("/", params=params)
    assert got.status_code == 200 and not reads  # the map page reads no snapshot of the store
    want = over_graph.get("/", params=params)
    assert got.text == want.text and ("Varnland" in got.text) == (as_of != "2020-02")


@pytest.mark.parametrize("as_of", [None, "2021-05-31"])
def test_store_edge_items_match_the_corpus(fresh_store, as_of):
    import datetime as dt

    from kingmaker.web import mapview
    from kingmaker.web.corpus import Corpus

    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    snap = fresh_store.snapshot()
    cut = dt.date.fromisoformat(as_of) if as_of else None
    whole = Corpus.build(snap.extraction, cut, (snap.relation_ids, snap.event_ids, snap.fact_ids))
    edges = mapview.view(whole)["edges"]
    assert edges
    for e in edges:
        want = mapview.edge_items(whole, e["kind"], e["type"], e["source"], e["target"])
        got = mapview.store_edge_items(fresh_store, e["kind"], e["type"], e["source"], e["target"], as_of=as_of)
        assert got == want and len(got) == e["count"]


def _links_reference(store, as_of, include):
    """Degrees and neighbours as ``Store.links`` (every pair, read into Python) gives them."""
    degree, neighbours = {}, {}
    for a, b, count, _ in store.links(as_of=as_of, include=include, include_negated=True)["links"]:
        for x, y in ((a, b), (b, a)):
            degree[x] = degree.get(x, 0) + count
            neighbours.setdefault(x, set()).add(y)
    return degree, neighbours


@pytest.mark.parametrize("as_of", ["2021-08-31", "2021-06-20", "2020-02", "2021-09-03"])
@pytest.mark.parametrize("include", [("relation", "event"), ("event",)])
@pytest.mark.parametrize("negated", [False, True])
def test_links_of_an_as_of_cut_from_the_kept_links_match_those_counted_from_the_items(fresh_store, as_of, include,
                                                                                     negated):
    # p2 is dated 2021-06-20 and has an event of its own date 2021-09-03: in the documents of some
    # cuts, left out by them
    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    kept = fresh_store.links(as_of=as_of, include=include, include_negated=negated)
    fresh_store._counted = lambda: False  # counted from the ties and events themselves
    counted = fresh_store.links(as_of=as_of, include=include, include_negated=negated)
    assert kept == counted
    assert kept["links"] or as_of == "2020-02"


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021-08-31"])
@pytest.mark.parametrize("include", [("relation", "event"), ("relation",)])
@pytest.mark.parametrize("counted", [True, False])
def test_actor_degrees_and_neighbours_in_sql_match_the_links(fresh_store, as_of, include, counted):
    later = doc("p5", "Osk Vale will meet the Hollin Circle in the autumn.",  # linked only after 2021-08-31
                [("Osk Vale", "person"), ("Hollin Circle", "organization")], events=[("L1", "CONSULT", "L2",
                                                                                     "2021-09-30")],
                date="2021-06-01")
    for d in [*corpus(), *patronage_docs(), later]:
        fresh_store.add(d)
    if not counted:
        fresh_store._counted = lambda: False  # summed from the ties and events themselves
    degree, neighbours = _links_reference(fresh_store, as_of, include)
    assert all(degree.values())
    links = {"as_of": as_of, "include": include, "include_negated": True}
    found = fresh_store.actor_degrees(**links)
    assert found["total"] == len(degree) and {k: v[0] for k, v in found["degrees"].items()} == degree
    mentions = {a["id"]: a["mentions"] or 0 for a in fresh_store.map_actors()}
    assert all(v[1] == mentions[k] for k, v in found["degrees"].items())
    ranked = sorted(degree, key=lambda n: (-degree[n], -mentions[n], n))
    for top in (1, 2, 3, len(degree) + 5):
        got = fresh_store.actor_degrees(**links, top=top)
        assert got["total"] == len(degree)
        # the first ``top`` by degree then mentions, and every actor tied with the last of them
        assert set(ranked[:top]) <= set(got["degrees"])
        last = ranked[min(top, len(ranked)) - 1]
        assert all((degree[n], mentions[n]) >= (degree[last], mentions[last]) for n in got["degrees"])
    some = ranked[:2]
    assert fresh_store.actor_neighbours(some, **links)["neighbours"] == sorted(set().union(*(neighbours[n]
                                                                                            for n in some)))
    counts = fresh_store.actor_neighbours(some, **links, outside=some)["counts"]
    assert counts == {n: len(neighbours[n] - set(some)) for n in some if neighbours[n] - set(some)}
    assert fresh_store.actor_neighbours([], **links)["neighbours"] == []


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021-08-31"])
def test_map_edges_read_the_items_of_the_kept_groups_only(fresh_store, as_of):
    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    ids = [a["id"] for a in fresh_store.actors()]
    whole = fresh_store.map_edges(ids, as_of=as_of, per_edge=2)
    groups = fresh_store.map_edges(ids, as_of=as_of, per_edge=2, items=False)
    assert all("items" not in g and 1 <= len(g["docs"]) <= 2 for g in groups)
    kept = sorted(groups, key=lambda g: -g["count"])[:2]
    reads = []
    real = fresh_store._relation_rows
    fresh_store._relation_rows = lambda **kw: reads.append(kw) or real(**kw)
    filled = fresh_store.map_edge_items(kept, as_of=as_of, per_edge=2)
    key = lambda g: (g["kind"], g["type"], g["source"], g["target"])  # noqa: E731
    assert sorted(filled, key=key) == sorted([g for g in whole if key(g) in {key(k) for k in kept}], key=key)
    assert all(set(r) == {"doc_id"} for r in reads)  # only the documents of those items
    fresh_store._counted = lambda: False  # a store that keeps no edges: grouped from the items
    assert sorted(fresh_store.map_edges(ids, as_of=as_of, per_edge=2), key=key) == sorted(whole, key=key)


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021-08-31"])
@pytest.mark.parametrize("seek", [True, False])
def test_map_edges_without_documents_seek_those_of_the_kept_groups_only(fresh_store, as_of, seek):
    """``map_edges(docs=False)`` groups and counts only; ``map_edge_items`` then seeks the first
    documents of the groups it is given (a summary map's strongest edges), not of every group found:
    the same items as the groups read whole (an index search per edge, or a server's window query)."""
    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    fresh_store._seek_each_edge = seek
    ids = [a["id"] for a in fresh_store.actors()]
    whole = fresh_store.map_edges(ids, as_of=as_of, per_edge=2)
    groups = fresh_store.map_edges(ids, as_of=as_of, per_edge=2, items=False, docs=False)
    assert groups and all("docs" not in g and "items" not in g for g in groups)
    kept = sorted(groups, key=lambda g: (-g["count"], g["kind"], g["type"], g["source"], g["target"]))[:2]
    sought = []
    real = fresh_store._first_edge_docs
    fresh_store._first_edge_docs = lambda found, *a: sought.append(set(found)) or real(found, *a)
    filled = fresh_store.map_edge_items(kept, as_of=as_of, per_edge=2)
    key = lambda g: (g["kind"], g["type"], g["source"], g["target"])  # noqa: E731
    assert sought == [{key(g) for g in kept}]
    assert sorted(filled, key=key) == sorted([g for g in whole if key(g) in {key(k) for k in kept}], key=key)


def test_a_summary_map_sends_one_item_per_edge_and_a_whole_map_up_to_three(fresh_store):
    from starlette.testclient import TestClient

    from kingmaker.web import mapview
    from kingmaker.web.app import create_app

    again = doc("p4", "The Ravel Guard shelled Pimland, day after day.",  # the busiest pair
                [("Ravel Guard", "organization"), ("Pimland", "country")],
                events=[("L1", "ASSAULT", "L2")] * 8, date="2021-07-01")
    for d in [*corpus(), *patronage_docs(), again]:
        fresh_store.add(d)
    fresh_store.links = lambda **kw: pytest.fail("the map read every link into Python")
    client = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    whole = client.get("/api/graph").json()
    assert not whole["truncated"] and max(len(e["items"]) for e in whole["edges"]) > 1
    assert all(len(e["items"]) == min(e["count"], mapview.MAX_EDGE_ITEMS) for e in whole["edges"])
    summary = client.get("/api/graph", params={"limit": 3}).json()
    assert summary["truncated"] == len(whole["nodes"]) - 3 and len(summary["nodes"]) == 3
    assert all(len(e["items"]) == mapview.SUMMARY_EDGE_ITEMS for e in summary["edges"])
    busy = max(summary["edges"], key=lambda e: e["count"])
    assert busy["count"] > 1  # the rest one click away
    more = client.get("/api/edge", params={k: busy[k] for k in ("kind", "type", "source", "target")}).json()
    assert len(more["items"]) == busy["count"] and more["items"][0] == busy["items"][0]


@pytest.mark.parametrize("as_of", [None, "2021-05-31"])
def test_the_map_page_embeds_only_the_actors_and_documents_it_lists(fresh_store, monkeypatch, as_of):
    from starlette.testclient import TestClient

    from kingmaker.web import views
    from kingmaker.web.app import create_app

    monkeypatch.setattr(views, "MAP_LISTED", 3)
    for d in [*corpus(), *patronage_docs()]:
        fresh_store.add(d)
    over_graph = TestClient(create_app(fresh_store.snapshot().extraction, refresh_seconds=0),
                            base_url="http://127.0.0.1")
    fresh_store.links = lambda **kw: pytest.fail("the map page read every link into Python")
    over_store = TestClient(create_app(fresh_store, refresh_seconds=0), base_url="http://127.0.0.1")
    params = {"as_of": as_of} if as_of else {}
    got, want = (c.get("/", params=params).text for c in (over_store, over_graph))
    assert got == want
    assert got.count("<li data-id=") == 3 and "the first 3 listed" in got
    assert "the first 3 of" in got  # documents


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021-06-20", "2021-08-31"])
def test_map_edges_first_documents_one_search_per_edge_match_the_window_query(fresh_store, as_of):
    # SQLite reads each edge's first documents by an index search per edge, a server database in one
    # window query: the same documents in the same order (a cut with a document whose event is dated
    # after it takes the window query's path on both)
    later = doc("p6", "The Hollin Circle backs Osk Vale again.", [("Hollin Circle", "organization"),
                                                                   ("Osk Vale", "person")],
                relations=[("L1", "backs", "L2")], date="2021-07-01")
    for d in [*corpus(), *patronage_docs(), later, replace(later, document=replace(later.document, id="p7",
                                                                                        date="2021-05-02"))]:
        fresh_store.add(d)
    ids = [a["id"] for a in fresh_store.actors()]
    for per_edge in (1, 2):
        seek = type(fresh_store)._seek_each_edge
        by_edge = fresh_store.map_edges(ids, as_of=as_of, per_edge=per_edge, items=False)
        fresh_store._seek_each_edge = not seek
        try:
            by_window = fresh_store.map_edges(ids, as_of=as_of, per_edge=per_edge, items=False)
        finally:
            del fresh_store._seek_each_edge
        assert by_edge == by_window and by_edge
        assert any(len(g["docs"]) == per_edge for g in by_edge) or as_of in ("2021-05-31", "2021-06-20")


@pytest.mark.parametrize("as_of", [None, "2021-05-31", "2021"])
def test_map_page_documents_and_event_types_are_read_from_indexes_in_the_listed_order(fresh_store, as_of):
    """The map page's documents (undated first, then by date as written, then id; the first ``limit``)
    come from two indexed reads that stop when the page is full, and the event types from a skip scan
    of the type index: the same lists as sorting every document and event."""
    people = [("Tomas Vendrel", "person"), ("Karvel", "country"), ("Ostravia", "country")]
    dates = [None, "2021-03", "", "2021-03-02", "2020", "2021-07-04", None, "2021-03"]
    types = ["ACCUSE", "AID", "CONSULT", "AID", "THREATEN", "COERCE", "ACCUSE", "CONSULT"]
    for i, (day, kind) in enumerate(zip(dates, types)):
        fresh_store.add(doc(f"m{7 - i}", "Tomas Vendrel met Karvel. Ostravia watched.", people,
                            events=[("L1", kind, "L2")], date=day))
    listed = sorted(fresh_store.documents(limit=None), key=lambda d: (d["date"] or "", d["id"]))
    cut = [d for d in listed if as_of is None or (parse_date(d["date"]) and parse_date(d["date"])[0].isoformat()
                                                  <= ("2021-12-31" if as_of == "2021" else as_of))]
    day = {"2021": "2021-12-31"}.get(as_of, as_of)
    for limit in (1, 2, 3, 5, 8, None):
        got = fresh_store.map_page_data(as_of=day, limit=limit)
        assert [d["id"] for d in got["documents"]] == [d["id"] for d in cut][:limit]
        assert got["n_documents"] == len(cut)
    kept = {e["type"] for e in fresh_store.events(as_of=day, limit=None)}
    assert fresh_store.map_page_data(as_of=day, limit=3)["event_types"] == sorted(kept)


@pytest.mark.parametrize("as_of", ["2021-05-31", "2021-06-20", "2021-12-31", "2020-02"])
@pytest.mark.parametrize("batch", [1, 64])
def test_the_top_degrees_of_a_cut_read_by_their_bound_are_those_of_every_actor(fresh_store, monkeypatch, as_of,
                                                                                batch):
    """The map page's most linked actors of an as-of cut (``actor_degrees(count_all=False)``) are read
    by the bound of their degree in the whole store, the most linked first, until no actor left can
    reach the places or tie with the last: the same places, ties included, as summing every actor's
    degree in the cut; ``total`` is exact when the cut has fewer linked actors than places."""
    monkeypatch.setattr(type(fresh_store), "DEGREE_BATCH", batch)  # 1: a batch of twice the places, several read
    late = doc("p8", "Tomas Vendrel will meet Karvel.", [("Tomas Vendrel", "person"), ("Karvel", "country")],
               events=[("L1", "CONSULT", "L2", "2021-09-01")], date="2021-06-01")
    for d in [*corpus(), *patronage_docs(), late]:
        fresh_store.add(d)
    for top in (1, 2, 3, 5, 50):
        for options in ({"include_negated": True}, {"include": ("relation",)}):
            for by_mentions in (False, True):
                every = fresh_store.actor_degrees(as_of=as_of, top=top, by_mentions=by_mentions, **options)
                read = fresh_store.actor_degrees(as_of=as_of, top=top, by_mentions=by_mentions, count_all=False,
                                                 **options)
                assert read["degrees"] == every["degrees"]
                assert read["total"] == every["total"] or read["total"] >= top
