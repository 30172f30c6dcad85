"""`analyze timeline` and `analyze influence` over a store count and walk in SQL and read only what
they show; on a crowded store of invented actors (many events a day of one type, one-sided and
negated events, events dated apart from their document, merges, as-of cuts) they give what the
reference computation on the graph of the whole snapshot gives (SQLite and PostgreSQL)."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest
from test_store_helpers import doc

from kingmaker.analysis.storegraph import store_graph, store_timeline
from kingmaker.analysis.timeline import cap_events, timeline
from kingmaker.graph import build_graph
from kingmaker.store import open_store

NAMES = [("Arvel Front", "organization"), ("Bosk Union", "organization"), ("Cadmir League", "organization"),
         ("Dovren Council", "organization"), ("Eskarland", "country"), ("Ilen Varo", "person"),
         ("Mora Tesk", "person"), ("Quillan Guard", "organization")]
TYPES = ["ACCUSE", "ASSAULT", "CONSULT", "AGREE", "REQUEST", "AID", "THREATEN"]


def crowded_docs(n: int = 40, seed: int = 7):
    """Documents on few days, each with several events of few types between invented actors."""
    rng = random.Random(seed)
    days = ["2020-11-03", "2020-11-03", "2020-11-17", "2020-12-01", "2021-01-04", "2021-01-04", "2021-02",
            "2021", None]
    docs = []
    for i in range(n):
        actors = rng.sample(NAMES, 4)
        local = [f"L{k + 1}" for k in range(len(actors))]
        events = []
        for _ in range(rng.randrange(3, 8)):
            s = rng.choice([*local, None])
            t = rng.choice([*local, None, s])  # sometimes the source itself: one-sided
            own = rng.choice([None, None, None, "2020-11-03", "2021-01", "2021-01-04"])
            events.append((s, rng.choice(TYPES[:4] if rng.random() < 0.7 else TYPES), t, *([own] if own else [])))
        d = doc(f"c{i:02d}", f"Crowded report {i} on {', '.join(a for a, _ in actors)}.", actors,
                relations=[(local[0], "backs", local[1]), (local[2], "leader_of", local[3])],
                events=events, date=rng.choice(days))
        for k in range(len(d.events)):
            if rng.random() < 0.1:
                d.events[k] = replace(d.events[k], negated=True)
        docs.append(d)
    return docs


def _whole(store, as_of):
    snap = store.snapshot()
    return build_graph(snap.extraction, as_of=as_of, ids=(snap.relation_ids, snap.event_ids))


def reference_timeline(store, *, as_of, actor=None, dyad=None, **options):
    """The timeline as the store gave it before it counted in SQL: every event of the actor (or
    pair) read into a graph of them (``store_graph``), then :func:`timeline` on it."""
    who = store.find_actor(actor, documents=False)["id"] if actor is not None else None
    pair = tuple(store.find_actor(x, documents=False)["id"] for x in dyad) if dyad is not None else None
    first, second = (pair if pair is not None else (who, None))
    G = store_graph(store, as_of=as_of, events=True, actor=first, with_actor=second,
                    nodes=[x for x in (who, *(pair or ())) if x])
    return timeline(G, actor=who, dyad=pair, **options)


def _same(store, as_of, who, by, shown):
    """The store's timeline is the one of the graph of the whole snapshot and of the graph of the
    store's events alone (events of one day listed in one order, whatever the graph's edge order)."""
    G = _whole(store, as_of)
    want = cap_events(timeline(G, by=by, min_events=2, **who), shown)
    got = store_timeline(store, as_of=as_of, by=by, min_events=2, evidence=shown, **who)
    assert got.pop("undated_documents") == G.graph["undated_left_out"]
    assert got == want
    assert cap_events(reference_timeline(store, as_of=as_of, by=by, min_events=2, **who), shown) == want
    return want


@pytest.fixture
def crowded(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in crowded_docs():
            store.add(d)
    return path


@pytest.mark.parametrize("shown", [None, 1, 2, 5])
@pytest.mark.parametrize("who", [{}, {"actor": "Arvel Front"}, {"dyad": ("Bosk Union", "Cadmir League")},
                                 {"dyad": ("Eskarland", "Eskarland")}])
def test_timeline_with_evidence_caps_matches_the_graph(crowded, who, shown):
    with open_store(crowded) as store:
        for as_of in (None, "2021-01-04"):
            for by in ("month", "week", "year"):
                want = _same(store, as_of, who, by, shown)
                if not who and shown and by == "month":  # the cap bites: a period lists fewer than it counts
                    assert any(p.get("events_more") for p in want["periods"])


def test_timeline_after_merges_and_undo_matches_the_graph(crowded):
    with open_store(crowded) as store:
        store.merge("Bosk Union", "Cadmir League", force=True)
        for shown in (None, 2):
            _same(store, None, {}, "month", shown)
            _same(store, None, {"actor": "Bosk Union"}, "week", shown)
        store.undo()
        _same(store, None, {"dyad": ("Bosk Union", "Cadmir League")}, "month", 3)


def test_timeline_reads_only_the_events_it_lists(crowded):
    """The events read whole are those listed (and ties of their day), not every event counted."""
    with open_store(crowded) as store:
        read = []
        real = store.dated_events
        store.dated_events = lambda *a, **kw: read.extend(found := real(*a, **kw)) or found
        result = store_timeline(store, evidence=1)
        listed = sum(len(p["events"]) for p in result["periods"])
        counted = sum(p["total"] for p in result["periods"])
        assert listed <= len(read) < counted / 3


@pytest.mark.parametrize("depth", [None, 1, 2])
def test_influence_walk_matches_the_whole_graph(crowded, depth):
    from kingmaker.analysis.influence import influence, rank_patrons
    from kingmaker.analysis.storegraph import store_influence

    with open_store(crowded) as store:
        for as_of in (None, "2020-12"):
            G = _whole(store, as_of)
            for name, _ in NAMES:
                got = store_influence(store, actor=name, top=4, as_of=as_of, max_depth=depth)
                assert got.pop("undated_documents") == G.graph["undated_left_out"]
                assert got == {**influence(G, name, max_depth=depth), "top": rank_patrons(G, top=4)}
        assert any(len(x["path"]) > 1 for name, _ in NAMES for x in store_influence(store, actor=name)["below"])


def test_influence_walk_reads_only_the_reached_actors(crowded):
    from kingmaker.analysis.storegraph import store_influence

    with open_store(crowded) as store:
        store.merge("Ilen Varo", "Mora Tesk")
        G = _whole(store, None)
        from kingmaker.analysis.influence import influence

        asked = []
        real = store.ties_of
        store.ties_of = lambda ids, **kw: asked.append(set(ids)) or real(ids, **kw)
        got = store_influence(store, actor="Ilen Varo", max_depth=1)
        got.pop("undated_documents")
        assert got == influence(G, "Ilen Varo", max_depth=1)
        assert len(asked) == 2 and asked[0] == {got["actor"]["id"]}
        assert asked[1] == {x["id"] for x in got["below"] + got["above"]} - asked[0]


@pytest.mark.parametrize("shown", [1, 2])
def test_influence_with_evidence_caps_matches_the_whole_graph(new_db, shown):
    """Only the latest ties of each type and pair are read whole; the caps say how many are left out."""
    from kingmaker.analysis.influence import cap_evidence, influence
    from kingmaker.analysis.storegraph import store_influence

    path = new_db()
    with open_store(path) as store:
        for d in crowded_docs(60, seed=3):
            store.add(d)
        for as_of in (None, "2020-12"):
            G = _whole(store, as_of)
            for name, _ in NAMES:
                got = store_influence(store, actor=name, as_of=as_of, evidence=shown)
                got.pop("undated_documents")
                assert got == cap_evidence(influence(G, name), shown)
        capped = store_influence(store, actor="Arvel Front", evidence=1)
        assert any(s.get("evidence_more") for x in capped["below"] + capped["above"] for s in x["path"]) or \
            any(ld.get("evidence_more") for x in capped["below"] for ld in x["leaders"])


def test_ties_of_a_pair_in_given_documents_read_those_documents_only(crowded):
    """The latest ties of a pair (``influence --evidence``) are read from the documents given, not
    checked against a list of every document that names the other actor (which grows with the
    store); the rows are those of the pair in those documents."""
    with open_store(crowded) as store:
        a, b = (store.find_actor(n, documents=False)["id"] for n in ("Arvel Front", "Bosk Union"))
        ties = store.ties_between(a, b)
        docs = sorted({t["document"] for t in ties})[:2]
        assert docs
        sql, params = store._relation_query(actor_id=a, with_id=b, doc_id=docs)
        assert "FROM actor_members WHERE actor_id" not in sql
        got = sorted(r["id"] for r in store._conn.execute(sql, params))
        assert got == sorted(t["id"] for t in ties if t["document"] in docs)
        sql, _ = store._relation_query(actor_id=a, with_id=b)  # no documents given: those naming both
        assert "FROM actor_members WHERE actor_id" in sql


def _index_names(location: str) -> set[str]:
    from test_store_helpers import raw_connection

    conn = raw_connection(location)
    if location.startswith("postgresql://"):
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    else:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    return names


def test_an_actors_listed_events_are_read_from_its_own_documents_of_the_dates(crowded):
    """The documents an actor's timeline reads its listed events from are found in the index of
    schema 14 on the actor's kept events per document and date: exactly the documents with an event
    of the actor (not negated, not rejected) whose date (its own, else its document's) is listed,
    not every document of those dates (which another actor's events fill)."""
    assert "actor_day_items_actor" in _index_names(crowded)
    with open_store(crowded) as store:
        store.reject(next(e["id"] for e in store.events(actor="Arvel Front") if not e["negated"]))
        dates = sorted({e["date"] for e in store.events() if e["date"]})
        for name, _ in NAMES:
            who = store.find_actor(name, documents=False)["id"]
            mine = [e for e in store.events(actor=who) if not e["negated"]]
            for some in (dates, dates[::2], dates[-1:]):
                assert store._actor_day_docs(who, some) == {e["document"] for e in mine if e["date"] in some}
        others = {d["id"] for d in store.documents(limit=None)} - {e["document"] for e in store.events(actor="Arvel Front")}
        assert others  # documents of the listed dates with no event of the actor: not read
        want = cap_events(reference_timeline(store, as_of=None, actor="Arvel Front"), 2)
        read = []
        real = store._event_query
        store._event_query = lambda **kw: read.append(kw.get("doc_id")) or real(**kw)
        assert store_timeline(store, actor="Arvel Front", evidence=2) == {**want, "undated_documents": 0}
        assert read and all(docs and not set(docs) & others for docs in read)


def test_a_store_from_before_the_actor_date_index_gets_it(new_db):
    """Schema 14 adds the index to a store of schema 13 (SQLite and PostgreSQL); the actor's timeline
    is the same before and after."""
    from test_store_helpers import raw_connection, undo_schema_14

    path = new_db()
    with open_store(path) as store:
        for d in crowded_docs(20, seed=5):
            store.add(d)
        before = {n: store_timeline(store, actor=n, as_of="2021-01-04", evidence=2) for n, _ in NAMES}
    conn = raw_connection(path)  # as schema 13 left it
    undo_schema_14(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '13' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 13")
    conn.close()
    assert "actor_day_items_actor" not in _index_names(path)
    with open_store(path) as store:  # upgraded
        assert store._counted()
        assert {n: store_timeline(store, actor=n, as_of="2021-01-04", evidence=2) for n, _ in NAMES} == before
    assert "actor_day_items_actor" in _index_names(path)


@pytest.mark.parametrize("by", ["month", "week"])
def test_an_actors_listed_events_come_from_the_documents_of_the_listed_ones_only(crowded, by):
    """Of each listed date, only the documents of its events still wanted (the period's cap less
    those of its later days, by type and document) are read: every document read has a listed
    event of the actor; the timeline is the reference one."""
    with open_store(crowded) as store:
        for name in ("Arvel Front", "Bosk Union", "Eskarland"):
            for shown in (1, 2):
                want = cap_events(reference_timeline(store, as_of=None, actor=name, by=by), shown)
                read = []
                real = store._event_query
                store._event_query = lambda **kw: read.append(kw.get("doc_id")) or real(**kw)
                try:
                    got = store_timeline(store, actor=name, by=by, evidence=shown)
                finally:
                    store._event_query = real
                assert got == {**want, "undated_documents": 0}
                listed = {e["evidence"]["document"] for p in got["periods"] for e in p["events"]}
                assert listed and {d for docs in read for d in docs} == listed


@pytest.mark.parametrize("first_rows", [2, -100])
def test_timeline_by_month_or_year_reads_the_sums_per_month(crowded, first_rows):
    """By month or year (the whole store's or one actor's), the counts come from the sums per month
    (schema 17; the cut's month by date), never from a row per date, and the dates listed from each
    period's latest dates read newest first (``first_rows`` -100: a date at a time, read again with
    more): the timeline of the graph of the whole snapshot, cut on a month's first, last or middle day."""
    with open_store(crowded) as store:
        store._LATEST_ROWS = first_rows

        def by_date(*a, **kw):
            raise AssertionError("counted by date")

        for as_of in (None, "2020-11-30", "2020-12-01", "2021-01-03", "2021-01-04", "2021-01-31", "2021-02-28"):
            G = _whole(store, as_of)
            for who in ({}, {"actor": "Arvel Front"}, {"actor": "Eskarland"}):
                for by in ("month", "year"):
                    for shown in (None, 1, 2, 5):
                        want = cap_events(timeline(G, by=by, min_events=2, **who), shown)
                        store.event_day_counts = by_date
                        try:
                            got = store_timeline(store, as_of=as_of, by=by, min_events=2, evidence=shown, **who)
                        finally:
                            del store.event_day_counts
                        assert got.pop("undated_documents") == G.graph["undated_left_out"]
                        assert got == want


def test_whole_store_listed_events_come_from_the_documents_of_the_listed_ones_only(crowded):
    """The whole store's listed events are read from the documents of each date's first events (the
    period's cap less those of its later days, by type and document: schema 17's index on each
    document's events by date), not from every document of the dates listed."""
    with open_store(crowded) as store:
        for by in ("month", "year"):
            for shown in (1, 2):
                want = cap_events(timeline(_whole(store, None), by=by), shown)
                read = []
                real = store._event_query
                store._event_query = lambda **kw: read.append(kw.get("doc_id")) or real(**kw)
                try:
                    got = store_timeline(store, by=by, evidence=shown)
                finally:
                    store._event_query = real
                assert got == {**want, "undated_documents": 0}
                listed = {e["evidence"]["document"] for p in got["periods"] for e in p["events"]}
                assert listed and {d for docs in read for d in docs} == listed


def test_a_date_written_otherwise_is_counted_by_date(new_db):
    """A date the sums per month cannot place (no such day) sends the timeline back to the counts per
    date, with the same answer as the graph's."""
    path = new_db()
    with open_store(path) as store:
        for d in crowded_docs(20, seed=11):
            store.add(d)
        store.add(doc("odd", "Arvel Front accused Bosk Union.", [("Arvel Front", "organization"),
                                                                  ("Bosk Union", "organization")],
                      events=[("L1", "ACCUSE", "L2", "2021-02-30")], date="2021-03-01"))
        assert store.event_month_counts({"x": ["ACCUSE"]}) is None
        for who in ({}, {"actor": "Arvel Front"}):
            for as_of in (None, "2021-03-01"):
                _same(store, as_of, who, "month", 2)
