"""The counts the store keeps (schema 6) stay equal to the counts of the list queries through
ingest, replacement, removal, curation, rejections and undo (SQLite and PostgreSQL)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from test_store_helpers import (
    corpus,
    doc,
    raw_connection,
    undo_schema_8,
    undo_schema_10,
    undo_schema_11,
    undo_schema_13,
    undo_schema_15,
    undo_schema_16,
    undo_schema_17,
)

from kingmaker.store import open_store


def live_counts(store) -> dict[str, tuple[int, int]]:
    """Ties and events per actor as the list queries count them (the as-of path: counted live)."""
    return {a["id"]: (a["relations"], a["events"]) for a in store.actors(as_of="2999-12-31")}


def kept_counts(store) -> dict[str, tuple[int, int]]:
    return {a["id"]: (a["relations"], a["events"]) for a in store.actors()}


def kept_facts(store) -> dict[str, int]:
    return {r["id"]: r["n_facts"] for r in store._conn.execute("SELECT id, n_facts FROM actors")}


def live_facts(store) -> dict[str, int]:
    out = {r[0]: 0 for r in store._conn.execute("SELECT id FROM actors")}
    for f in store.facts():
        out[f["actor"]] += 1
    return out


def kept_edges(store) -> list[tuple]:
    """The map's edges per document the store keeps (schema 8)."""
    return sorted((*r[:6], int(r[6]), round(float(r[7]), 6)) for r in
                  store._conn.execute("SELECT doc_id, day, kind, type, s, t, n, top FROM edge_items"))


def live_edges(store) -> list[tuple]:
    """The same grouped from the items."""
    sql, params = store._edge_query()
    return sorted((*r[:6], int(r[6]), round(float(r[7]), 6)) for r in store._conn.execute(sql, params))


def kept_degrees(store) -> dict[str, tuple[int, int]]:
    """Each actor's degree in the actor graph (ties and events; ties) the store keeps (schema 8)."""
    return {r[0]: (int(r[1]), int(r[2])) for r in store._conn.execute("SELECT id, n_links, n_tie_links FROM actors")
            if r[1] or r[2]}


def live_degrees(store) -> dict[str, tuple[int, int]]:
    """The same summed from the links of the actor graph."""
    out: dict[str, list[int]] = {}
    for i, include in enumerate((("relation", "event"), ("relation",))):
        for a, b, n, _ in store.links(include=include, include_negated=True)["links"]:
            for end in (a, b):
                out.setdefault(end, [0, 0])[i] += n
    return {k: tuple(v) for k, v in out.items()}


def kept_days(store) -> tuple[list[tuple], list[tuple]]:
    """The timeline's counts the store keeps (schema 9): per document, and summed over the store."""
    per_doc = sorted((*r[:4], int(r[4])) for r in
                     store._conn.execute("SELECT doc_id, doc_day, own_day, type, n FROM day_items"))
    whole = sorted((*r[:3], int(r[3])) for r in store._conn.execute("SELECT doc_day, own_day, type, n FROM event_days"))
    return per_doc, whole


def live_days(store) -> tuple[list[tuple], list[tuple]]:
    """The same counted from the events (not negated, not rejected) and their documents' dates."""
    per_doc: dict[tuple, int] = {}
    rejected = set(store.rejected())
    for e in store._conn.execute("SELECT e.id, e.doc_id, d.date, e.date, e.type FROM events e "
                                 "JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0"):
        if e[0] not in rejected:
            key = (e[1], e[2] or "", e[3] or "", e[4])
            per_doc[key] = per_doc.get(key, 0) + 1
    whole: dict[tuple, int] = {}
    for (_, *key), n in per_doc.items():
        whole[tuple(key)] = whole.get(tuple(key), 0) + n
    return sorted((*k, n) for k, n in per_doc.items()), sorted((*k, n) for k, n in whole.items())


DAY_GROUPS = {"conflict": ["ACCUSE", "THREATEN"], "cooperation": ["CONSULT", "SUPPORT"]}


def check_day_counts(store) -> None:
    """The whole-store timeline counted from the kept counts is the one counted from the events, and
    the pairs of actors ties join (``influence --top``) read from the kept map edges are the ones
    grouped from the ties."""
    ties = ["backs", "leader_of", "allied_with", "opposes"]
    for as_of in (None, "2020-02-10", "2020-03", "2999"):
        kept = store.event_day_counts(DAY_GROUPS, as_of=as_of)
        kept_pairs = store.tie_pairs(types=ties, as_of=as_of)  # (from the map's edges kept per document)
        store._counted = lambda: False  # the live count, from the events and ties
        try:
            live = store.event_day_counts(DAY_GROUPS, as_of=as_of)
            live_pairs = store.tie_pairs(types=ties, as_of=as_of)
        finally:
            del store._counted
        assert sorted(kept, key=repr) == sorted(live, key=repr)
        assert kept_pairs == live_pairs


def kept_actor_days(store) -> tuple[list[tuple], list[tuple]]:
    """Each actor's timeline counts the store keeps (schema 10): per document, and summed."""
    per_doc = sorted((*r[:5], int(r[5])) for r in store._conn.execute(
        "SELECT doc_id, actor_id, doc_day, own_day, type, n FROM actor_day_items"))
    whole = sorted((*r[:4], int(r[4])) for r in store._conn.execute(
        "SELECT actor_id, doc_day, own_day, type, n FROM actor_event_days"))
    return per_doc, whole


def live_actor_days(store) -> tuple[list[tuple], list[tuple]]:
    """The same counted here from the events (not negated, not rejected), the members of their ends
    (an event once per actor, whichever of its ends it is) and their documents' dates."""
    members = {(r[0], r[1]): r[2] for r in store._conn.execute("SELECT doc_id, local_id, actor_id FROM actor_members")}
    rejected = set(store.rejected())
    per_doc: dict[tuple, int] = {}
    for e in store._conn.execute("SELECT e.id, e.doc_id, d.date, e.date, e.type, e.source, e.target FROM events e "
                                 "JOIN documents d ON d.id = e.doc_id WHERE e.negated = 0"):
        if e[0] in rejected:
            continue
        for actor in {members.get((e[1], end)) for end in (e[5], e[6])} - {None}:
            key = (e[1], actor, e[2] or "", e[3] or "", e[4])
            per_doc[key] = per_doc.get(key, 0) + 1
    whole: dict[tuple, int] = {}
    for (_, *key), n in per_doc.items():
        whole[tuple(key)] = whole.get(tuple(key), 0) + n
    return sorted((*k, n) for k, n in per_doc.items()), sorted((*k, n) for k, n in whole.items())


def kept_tie_days(store) -> list[tuple]:
    """The documents with a tie per type, pair and date the store keeps (schema 10)."""
    return sorted((*r[:4], int(r[4])) for r in store._conn.execute("SELECT type, s, t, day, n FROM tie_days"))


def live_tie_days(store) -> list[tuple]:
    """The same counted from the ties (a document once per type and pair, symmetric types in id order)."""
    from kingmaker.model import SYMMETRIC_RELATIONS

    docs: dict[tuple, set] = {}
    for r in store.relations():
        a, b = r["source"], r["target"]
        if r["type"] in SYMMETRIC_RELATIONS and b < a:
            a, b = b, a
        docs.setdefault((r["type"], a, b, r["date"] or ""), set()).add(r["document"])
    return sorted((*k, len(v)) for k, v in docs.items())


def kept_tie_firsts(store) -> list[tuple]:
    """Each pair a tie type joins, with the first day the as-of cut reads in its dates (schema 13)."""
    return sorted(tuple(r) for r in store._conn.execute("SELECT type, s, t, first FROM tie_firsts"))


def live_tie_firsts(store) -> list[tuple]:
    """The same from the documents per pair and date the store keeps (schema 10)."""
    def kept(day: str) -> str:
        return day + "-01-01" if len(day) == 4 else day + "-01" if len(day) == 7 else day[:10]

    days: dict[tuple, list[str]] = {}
    for type_, s, t, day, _ in kept_tie_days(store):
        days.setdefault((type_, s, t), []).extend([kept(day)] if day else [])
    return sorted((*k, min(v, default="")) for k, v in days.items())


def check_tie_pairs(store) -> None:
    """The pairs of some tie types within an as-of cut read from the kept pairs (schema 13) are those
    grouped from the ties."""
    for types in (["backs", "leader_of", "member_of", "part_of"], ["opposes", "allied_with"]):
        for as_of in (None, "2020-01-05", "2020-02-10", "2020-03-01", "2999-12-31"):
            kept = store.tie_pairs(types=types, as_of=as_of)
            store._counted = lambda: False
            try:
                assert store.tie_pairs(types=types, as_of=as_of) == kept
            finally:
                del store._counted


def kept_spheres(store) -> list[tuple]:
    """Each actor's control sphere and direct clients in the whole store the store keeps (schema 16)."""
    return sorted((r[0], int(r[1]), int(r[2])) for r in
                  store._conn.execute("SELECT actor_id, sphere, direct FROM control_spheres"))


def live_spheres(store) -> list[tuple]:
    """The same counted here on a graph of the control pairs grouped from the ties."""
    import networkx as nx

    from kingmaker.analysis.influence import CONTROL_STEPS

    store._counted = lambda: False
    try:
        pairs = store.tie_pairs(types=sorted(CONTROL_STEPS))
    finally:
        del store._counted
    C = nx.DiGraph((a, b) if CONTROL_STEPS[type_][0] else (b, a) for type_, a, b in pairs if a != b)
    return sorted((v, len(nx.descendants(C, v)), C.out_degree(v)) for v in C if C.out_degree(v))


def kept_first_days(store) -> list[tuple]:
    """Each actor's first day and its documents' (schema 16)."""
    return sorted((r[0], r[1]) for r in store._conn.execute("SELECT id, first_day FROM actors")) + \
        sorted(tuple(r) for r in store._conn.execute("SELECT actor_id, doc_id, day FROM actor_documents"))


def live_first_days(store) -> list[tuple]:
    """The same from the actors' members and the dates of their documents now."""
    def kept(day: str | None) -> str | None:
        return None if not day else day + "-01-01" if len(day) == 4 else day + "-01" if len(day) == 7 else day[:10]

    docs = {(r[0], r[1]): kept(r[2]) for r in store._conn.execute(
        "SELECT DISTINCT m.actor_id, d.id, d.date FROM actor_members m JOIN documents d ON d.id = m.doc_id")}
    first = {a: min((day for (b, _), day in docs.items() if b == a and day), default=None)
             for a, in store._conn.execute("SELECT id FROM actors")}
    return sorted(first.items()) + sorted((a, d, day) for (a, d), day in docs.items())


def check_actors_of_cuts(store) -> None:
    """The actors of an as-of cut read by their kept first day (schema 16) are those named in a
    document of the cut (a test of each actor's members, as before)."""
    for as_of in ("2020-01-04", "2020-01-05", "2020-02-10", "2020-03-31", "2020-06", "2999-12-31"):
        day = as_of + "-30" if len(as_of) == 7 else as_of
        live = sorted(r[0] for r in store._conn.execute(
            "SELECT a.id FROM actors a WHERE EXISTS (SELECT 1 FROM actor_members m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.actor_id = a.id AND d.date IS NOT NULL AND d.date <> '' AND (CASE WHEN length(d.date) = 4 THEN "
            "d.date || '-01-01' WHEN length(d.date) = 7 THEN d.date || '-01' ELSE substr(d.date, 1, 10) END) <= ?)",
            (day,)))
        assert sorted(a["id"] for a in store.actors(as_of=day)) == live
        assert store.count("actors", as_of=day) == len(live)


def check_top_patrons(store) -> None:
    """The patrons ranked from the kept spheres (schema 16: read by that bound within a cut) are those
    ranked on every control pair, at each number of places and cut."""
    from kingmaker.analysis.storegraph import store_influence

    for as_of in (None, "2020-01-05", "2020-02-10", "2020-04-30", "2999-12-31"):
        for top in (1, 2, 3, 10):
            kept = store_influence(store, top=top, as_of=as_of)["top"]
            store.kept_spheres = lambda **_: None
            try:
                assert store_influence(store, top=top, as_of=as_of)["top"] == kept
            finally:
                del store.kept_spheres


def check_actor_counts(store) -> None:
    """Each actor's timeline and its ties' counts per pair (``analyze influence``) read from the kept
    counts are those counted from the events and ties."""
    ids = [r[0] for r in store._conn.execute("SELECT id FROM actors")]
    ties = ["backs", "leader_of", "allied_with", "part_of"]
    for as_of in (None, "2020-02-10", "2020-03", "2999"):
        kept = {a: store.event_day_counts(DAY_GROUPS, actor_id=a, as_of=as_of) for a in ids}
        kept_ties = store.ties_of(ids, types=ties, as_of=as_of, last=1)
        store._counted = lambda: False  # the live count, from the events and ties
        try:
            live = {a: store.event_day_counts(DAY_GROUPS, actor_id=a, as_of=as_of) for a in ids}
            live_ties = store.ties_of(ids, types=ties, as_of=as_of, last=1)
        finally:
            del store._counted
        assert {a: sorted(v, key=repr) for a, v in kept.items()} == {a: sorted(v, key=repr) for a, v in live.items()}
        assert kept_ties == live_ties


def kept_fact_docs(store) -> list[tuple]:
    """The documents with facts per key the store keeps (schema 11)."""
    return sorted((*r[:4], int(r[4]), int(r[5])) for r in store._conn.execute(
        "SELECT doc_id, key, day, sort_day, several, n FROM fact_docs"))


def live_fact_docs(store) -> list[tuple]:
    """The same counted here from the facts the list gives (duplicates and rejections left out)."""
    from kingmaker.graph import date_key

    per_doc: dict[tuple, list] = {}
    for f in store.facts():
        per_doc.setdefault((f["document"], f["key"], f["date"] or ""), []).append(f["actor"])
    return sorted((d, k, day, date_key(day), int(len(set(on)) >= 2), len(on)) for (d, k, day), on in per_doc.items())


def check_fact_docs(store) -> None:
    """The kept documents with facts are those counted from the facts, and the latest with seat
    figures read from them is the one ranked from the facts."""
    assert kept_fact_docs(store) == live_fact_docs(store)
    for as_of in (None, "2020-02-10", "2020-06-01", "2020-06-15", "2999"):
        kept = store.latest_fact_document("seats", as_of=as_of)
        store._counted = lambda: False
        try:
            assert store.latest_fact_document("seats", as_of=as_of) == kept
        finally:
            del store._counted


def kept_late_events(store) -> list[tuple]:
    """The documents with events dated after them the store keeps (schema 11)."""
    return sorted((r[0], r[1], int(r[2])) for r in store._conn.execute("SELECT doc_id, own_day, n FROM late_events"))


def live_late_events(store) -> list[tuple]:
    """The same found here: each event (negated or not) whose own date is after its document's."""
    from kingmaker.graph import date_key

    late: dict[tuple, int] = {}
    for e in store._conn.execute("SELECT e.doc_id, e.date, d.date FROM events e JOIN documents d ON d.id = e.doc_id"):
        if e[1] and e[2] and date_key(e[1]) > date_key(e[2]):
            late[(e[0], e[1])] = late.get((e[0], e[1]), 0) + 1
    return sorted((*k, n) for k, n in late.items())


def kept_link_years(store) -> list[tuple]:
    """Each actor's degree per year of its documents' dates the store keeps (schema 11)."""
    return sorted((*r[:3], int(r[3])) for r in
                  store._conn.execute("SELECT actor_id, year, what, n FROM actor_link_years"))


def _live_link_periods(store, period) -> list[tuple]:
    """Each actor's degree per period summed here from each document's share and the document's date now
    (``period`` maps a date, possibly empty, to its period's key)."""
    totals: dict[tuple, int] = {}
    for actor, date, links, tie_links in store._conn.execute(
            "SELECT a.actor_id, d.date, a.links, a.tie_links FROM actor_items a JOIN documents d ON d.id = a.doc_id"):
        for what, n in (("links", links), ("tie_links", tie_links)):
            if n:
                key = (actor, period(date or ""), what)
                totals[key] = totals.get(key, 0) + n
    return sorted((*k, n) for k, n in totals.items())


def live_link_years(store) -> list[tuple]:
    """The kept years summed here from each document's share and the document's date now."""
    return _live_link_periods(store, lambda date: date[:4])


def kept_link_months(store) -> list[tuple]:
    """Each actor's degree per month of the first day its documents' dates denote (schema 15)."""
    return sorted((*r[:3], int(r[3])) for r in
                  store._conn.execute("SELECT actor_id, month, what, n FROM actor_link_months"))


def live_link_months(store) -> list[tuple]:
    """The kept months summed here from each document's share and the first day its date denotes now."""
    return _live_link_periods(store, lambda date: "" if not date else f"{date}-01" if len(date) == 4 else date[:7])


def check_degrees_of_cuts(store) -> None:
    """The degrees of an as-of cut summed from the kept years and months and the documents of the
    cut's month are those counted from the ties and events of the cut (cuts in January, on a month's
    first and last day, within a month, given as a month or a year)."""
    for as_of in ("2020-01-20", "2020-02-10", "2020-03-01", "2020-04-30", "2020-05-01", "2020-06-01",
                  "2020-06", "2020", "2021", "2999-12-31"):
        for include in (("relation", "event"), ("relation",)):
            kept = store.actor_degrees(as_of=as_of, include=include, include_negated=True)
            store._counted = lambda: False
            try:
                assert store.actor_degrees(as_of=as_of, include=include, include_negated=True) == kept
            finally:
                del store._counted


def _month_keys(doc_day: str, own_day: str) -> tuple[str, str]:
    """The keys of schema 17's sums per month, written out here: the month (year, '' none) of the
    event's date, and the month of the later of the first days the two dates denote ('!', '': a date
    not written YYYY[-MM[-DD]])."""
    import re

    from kingmaker.graph import parse_date

    def regular(x: str) -> bool:
        return not x or (re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", x) is not None and parse_date(x) is not None)

    if not (regular(doc_day) and regular(own_day)):
        return "!", ""
    first = {4: "-01-01", 7: "-01"}
    last = max(x + first.get(len(x), "") for x in (doc_day, own_day) if x) if doc_day else ""
    return (own_day or doc_day)[:7], last[:7]


def kept_months(store) -> list[tuple]:
    """The timeline's sums per month the store keeps (schema 17), the whole store's and each actor's."""
    return sorted((None, *r[:3], int(r[3])) for r in store._conn.execute(
        "SELECT month, last_month, type, n FROM event_months")) + \
        sorted(tuple(r[:4]) + (int(r[4]),) for r in store._conn.execute(
            "SELECT actor_id, month, last_month, type, n FROM actor_event_months"))


def live_months(store) -> list[tuple]:
    """The same summed here from the events counted per date (:func:`live_days`, :func:`live_actor_days`)."""
    whole: dict[tuple, int] = {}
    for doc_day, own_day, type_, n in live_days(store)[1]:
        key = (None, *_month_keys(doc_day, own_day), type_)
        whole[key] = whole.get(key, 0) + n
    actors: dict[tuple, int] = {}
    for actor, doc_day, own_day, type_, n in live_actor_days(store)[1]:
        key = (actor, *_month_keys(doc_day, own_day), type_)
        actors[key] = actors.get(key, 0) + n
    return sorted((*k, n) for k, n in whole.items() if n) + sorted((*k, n) for k, n in actors.items() if n)


def check_month_counts(store) -> None:
    """The timeline counted per period from the sums per month (and the cut's month by date) is the
    one counted by date, the whole store's and each actor's, with and without a cut."""
    from kingmaker.analysis.timeline import period_key, precise_enough
    from kingmaker.graph import parse_date

    def per_period(rows, by):
        out: dict[str, dict[str, int]] = {}
        for date, counts in rows:
            parsed = parse_date(date)
            key = period_key(parsed[0], by) if precise_enough(by, parsed) else "undated"
            for group, n in counts.items():
                out.setdefault(key, {}).setdefault(group, 0)
                out[key][group] += n
        return out

    ids = [None, *(r[0] for r in store._conn.execute("SELECT id FROM actors"))]
    for as_of in (None, "2020-01-31", "2020-02-10", "2020-02-11", "2020-03-01", "2020-05-31", "2999-12-31"):
        for who in ids:
            kept = store.event_month_counts(DAY_GROUPS, actor_id=who, as_of=as_of)
            if kept is None:  # only where a date is written otherwise than YYYY[-MM[-DD]]
                assert any(r[0] == who and r[1] == "!" for r in kept_months(store))
                continue
            live = store.event_day_counts(DAY_GROUPS, actor_id=who, as_of=as_of)
            for by in ("month", "year"):
                assert per_period(kept, by) == per_period(live, by)


def kept_edge_pairs(store) -> list[tuple]:
    """Each pair of actors the map's edges join, once per kind, with its first kept day (schema 17)."""
    return sorted(tuple(r) for r in store._conn.execute("SELECT kind, s, t, first FROM edge_pairs"))


def live_edge_pairs(store) -> list[tuple]:
    """The same from the map's edges kept per document now (the least first day of their dated documents)."""
    first: dict[tuple, str] = {}
    for kind, s, t, day in store._conn.execute("SELECT kind, s, t, day FROM edge_items"):
        kept = (day + "-01-01" if len(day) == 4 else day + "-01" if len(day) == 7 else day[:10]) if day else ""
        old = first.get((kind, s, t))
        first[(kind, s, t)] = kept if old is None or (kept and (not old or kept < old)) else old
    return sorted((*k, v) for k, v in first.items())


def check(store) -> None:
    assert store._counted()
    assert kept_edge_pairs(store) == live_edge_pairs(store)
    assert kept_months(store) == live_months(store)
    check_month_counts(store)
    check_fact_docs(store)
    assert kept_late_events(store) == live_late_events(store)
    assert kept_link_years(store) == live_link_years(store)
    assert kept_link_months(store) == live_link_months(store)
    check_degrees_of_cuts(store)
    assert kept_days(store) == live_days(store)
    assert kept_actor_days(store) == live_actor_days(store)
    assert kept_tie_days(store) == live_tie_days(store)
    assert kept_tie_firsts(store) == live_tie_firsts(store)
    check_tie_pairs(store)
    assert kept_spheres(store) == live_spheres(store)
    check_top_patrons(store)
    assert kept_first_days(store) == live_first_days(store)
    check_actors_of_cuts(store)
    check_day_counts(store)
    check_actor_counts(store)
    assert kept_counts(store) == live_counts(store)
    assert kept_facts(store) == live_facts(store)
    assert kept_edges(store) == live_edges(store)
    assert kept_degrees(store) == live_degrees(store)


def more_docs():
    """Duplicate ties in one document (one counts), a self-tie after a merge, and a rival."""
    return [
        doc("d4", "Jan Oren leads the Civic Bloc. Oren heads the Civic Bloc. Jan Oren met Smith.",
            [("Jan Oren", "person"), ("Civic Bloc", "organization"), ("Smith", "person")],
            relations=[("L1", "leader_of", "L2"), ("L1", "leader_of", "L2")],
            events=[("L1", "CONSULT", "L3")], facts=[("L2", "seats", 12)], date="2020-04-02"),
        doc("d5", "The Civic Bloc and the Unity Party are allied. The Civic Movement backs the Civic Bloc.",
            [("Civic Bloc", "organization"), ("Unity Party", "organization"), ("Civic Movement", "organization")],
            relations=[("L1", "allied_with", "L2"), ("L3", "backs", "L1"), ("L3", "backs", "L2")],
            events=[("L3", "SUPPORT", "L1")], date="2020-05-01"),
    ]


def test_counts_follow_every_write(new_db):
    with open_store(new_db()) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
            check(store)
        store.merge("Civic Bloc", "Civic Movement", force=True)  # a tie inside one actor: counted by no one
        check(store)
        store.undo()
        check(store)
        store.merge("Unity Party", "Civic Bloc")
        check(store)
        store.unmerge("Civic Bloc")
        check(store)
        store.add_alias("Jan Oren", "Smith")  # members move between actors
        check(store)
        store.split("Jan Oren", "Smith")
        check(store)
        tie = store.relations(type="backs")[0]["id"]
        store.reject(tie)
        check(store)
        store.reject(tie, undo=True)
        check(store)
        store.reject(tie)
        store.undo()
        check(store)
        store.reject_actor("Freedonia")
        check(store)
        store.reject_actor("Freedonia", undo=True)
        check(store)
        changed = corpus()[1]
        store.add(replace(changed, relations=[], document=replace(changed.document, text=changed.document.text + " ")))
        check(store)
        store.remove("d3")
        check(store)
        store.set_document_date("d2", "2020-03")  # the events dated by their document move with it
        check(store)
        store.set_document_date("d2", None)  # undated (the as-of count of live_counts would leave it out)
        assert kept_days(store) == live_days(store)
        assert kept_actor_days(store) == live_actor_days(store)
        assert kept_tie_days(store) == live_tie_days(store)
        check_day_counts(store)
        check_actor_counts(store)
        store.set_document_date("d2", "2020-02-11")
        check(store)
        store.resolve(full=True)
        check(store)


def test_counts_of_a_batch_resolved_later(new_db):
    with open_store(new_db()) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d, resolve=False)
        store.resolve()
        check(store)
        assert dict(kept_counts(store))[store.find_actor("Civic Bloc")["id"]] == (3, 1)  # the leader_of twice in d4 counts once


def test_a_store_from_before_the_counts_gets_them(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in corpus():
            store.add(d)
        expected = kept_counts(store)
    conn = raw_connection(path)
    conn.execute("UPDATE actors SET n_relations = 0, n_events = 0")
    conn.execute("UPDATE meta SET value = '0' WHERE key = 'counted'")
    conn.close()
    with open_store(path, readonly=True) as reader:  # nothing kept: counted from the items
        assert not reader._counted() and kept_counts(reader) == expected
    with open_store(path) as store:  # a writer counts them once
        assert store._counted() and kept_counts(store) == expected


def test_a_store_from_before_the_kept_map_edges_and_degrees_gets_them(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        expected = kept_edges(store)
        assert expected and expected == live_edges(store)
    conn = raw_connection(path)  # as schema 7 left it
    undo_schema_8(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 7")
    conn.close()
    with open_store(path) as store:  # upgraded and counted once
        assert store._counted() and kept_edges(store) == expected
        assert kept_days(store) == live_days(store) and kept_days(store)[1]
        assert kept_degrees(store) == live_degrees(store) and kept_degrees(store)
        ids = [a["id"] for a in store.actors()]
        assert store.map_edges(ids)


def test_a_store_from_before_the_kept_actor_timelines_gets_them(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        expected = kept_actor_days(store), kept_tie_days(store)
        assert expected[0][1] and expected[1] and expected == (live_actor_days(store), live_tie_days(store))
    conn = raw_connection(path)  # as schema 9 left it
    undo_schema_10(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 9")
    conn.close()
    with open_store(path) as store:  # upgraded and counted once
        assert store._counted() and (kept_actor_days(store), kept_tie_days(store)) == expected
        check(store)


def seat_docs():
    """Seat figures: two parties in one document (a figure stated twice counts once), an earlier one
    dated to the month, an undated one, and a later one on one party only."""
    return [
        doc("s1", "The Civic Bloc won 30 seats and the Unity Party 20. The Civic Bloc won 30 seats.",
            [("Civic Bloc", "organization"), ("Unity Party", "organization")],
            facts=[("L1", "seats", 30), ("L2", "seats", 20), ("L1", "seats", 30)], date="2020-06-02"),
        doc("s2", "The Reform Front won 9 seats and the Civic Bloc 31. The Front will accuse the Bloc in July.",
            [("Reform Front", "organization"), ("Civic Bloc", "organization")],
            facts=[("L1", "seats", 9), ("L2", "seats", 31)], events=[("L1", "ACCUSE", "L2", "2020-07-15")],
            date="2020-06"),
        doc("s3", "The Reform Front won 12 seats and the Unity Party 8.",
            [("Reform Front", "organization"), ("Unity Party", "organization")],
            facts=[("L1", "seats", 12), ("L2", "seats", 8)]),
        doc("s4", "The Civic Bloc now holds 33 seats.", [("Civic Bloc", "organization")],
            facts=[("L1", "seats", 33)], date="2020-09-01"),
    ]


def test_the_latest_document_with_seat_figures_is_kept(new_db):
    with open_store(new_db()) as store:
        for d in [*corpus(), *seat_docs()]:
            store.add(d)
            check(store)
        assert store.latest_fact_document("seats") == "s1"  # figures on two parties, then the latest
        assert store.latest_fact_document("seats", as_of="2020-06-01") == "s2"  # "2020-06": from June 1st
        assert store.latest_fact_document("seats", as_of="2020-05-31") == "d1"  # none on two: the latest
        assert store.latest_fact_document("seats", as_of="2019-12-31") is None
        assert ("s1", "seats", "2020-06-02", "2020-06-02", 1, 2) in kept_fact_docs(store)
        store.merge("Civic Bloc", "Unity Party", force=True)  # s1's figures now on one actor
        check(store)
        assert store.latest_fact_document("seats") == "s2"
        store.undo()
        check(store)
        assert store.latest_fact_document("seats") == "s1"
        second = next(f["id"] for f in store.facts(actor="Unity Party") if f["document"] == "s1")
        store.reject(second)  # s1's second party taken out
        check(store)
        assert store.latest_fact_document("seats") == "s2"
        store.undo()
        assert kept_late_events(store) == [("s2", "2020-07-15", 1)]  # an event dated after its document
        store.set_document_date("s2", "2020-08-01")  # no longer
        check(store)
        assert kept_late_events(store) == []
        store.set_document_date("s2", "2020-06")
        store.set_document_date("s3", "2020-12-01")
        check(store)
        assert store.latest_fact_document("seats") == "s3"
        store.remove("s3")
        check(store)
        store.resolve(full=True)
        check(store)
        assert store.latest_fact_document("seats") == "s1"


def test_a_store_from_before_the_kept_fact_and_late_event_documents_gets_them(new_db):
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *seat_docs()]:
            store.add(d)
        expected = kept_fact_docs(store), kept_late_events(store), kept_link_years(store)
        assert len(expected[0]) == 5 and expected[1] and expected[2]
        assert expected == (live_fact_docs(store), live_late_events(store), live_link_years(store))
    conn = raw_connection(path)  # as schema 10 left it
    undo_schema_11(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 10")
    conn.close()
    with open_store(path) as store:  # upgraded and counted once
        assert store._counted() and (kept_fact_docs(store), kept_late_events(store), kept_link_years(store)) == expected
        check(store)


def test_a_store_from_before_the_kept_tie_pairs_gets_them(new_db):
    """Schema 13 fills the pairs per tie type from the documents per pair and date a store of schema 12
    keeps, without counting the store again."""
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        store.set_document_date("d3", None)  # a pair of undated documents only: in no cut
        expected = kept_tie_firsts(store)
        assert expected == live_tie_firsts(store) and any(first == "" for *_, first in expected)
    conn = raw_connection(path)  # as schema 12 left it
    undo_schema_13(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '12' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 12")
    conn.close()
    with open_store(path) as store:  # upgraded
        assert store._counted() and kept_tie_firsts(store) == expected
        check_tie_pairs(store)
        store.set_document_date("d3", "2020-03-01")  # then kept through writes
        assert kept_tie_firsts(store) == live_tie_firsts(store) != expected
        check(store)


def test_a_store_from_before_the_kept_months_gets_them(new_db):
    """Schema 15 counts a store of schema 14 again when it opens: each actor's degree per month, then
    the degrees of a cut within a month."""
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        expected = kept_link_months(store)
        assert expected == live_link_months(store) and len({month for _, month, *_ in expected}) > 2
    conn = raw_connection(path)  # as schema 14 left it
    undo_schema_15(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '14' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 14")
    conn.close()
    with open_store(path) as store:  # upgraded and counted once
        assert store._counted() and kept_link_months(store) == expected
        check(store)


def test_a_store_from_before_the_kept_spheres_gets_them(new_db):
    """Schema 16 fills each actor's control sphere when a store of schema 15 opens, without counting
    the store again; then the writes keep them."""
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        expected, days = kept_spheres(store), kept_first_days(store)
        assert expected == live_spheres(store) and len(expected) >= 3 and days == live_first_days(store)
    conn = raw_connection(path)  # as schema 15 left it
    undo_schema_16(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '15' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 15")
    conn.close()
    with open_store(path) as store:  # upgraded, the spheres filled
        assert store._counted() and kept_spheres(store) == expected and kept_first_days(store) == days
        check_top_patrons(store)
        store.add(doc("d6", "The Unity Party backs the Reform Front.",  # then kept through writes: a
                      [("Unity Party", "organization"), ("Reform Front", "organization")],  # chain under two
                      relations=[("L1", "backs", "L2")], date="2020-06-01"))
        grown = dict((v, n) for v, n, _ in kept_spheres(store))
        assert kept_spheres(store) == live_spheres(store) != expected
        assert grown[store.find_actor("Freedonia")["id"]] == grown[store.find_actor("Civic Movement")["id"]] - 1 == 2
        check(store)


@pytest.mark.parametrize("cap", [0, 1, 5])
def test_document_lists_capped(new_db, cap):
    with open_store(new_db()) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        whole = {a["id"]: a["documents"] for a in store.actors()}
        for a in store.actors(documents=cap):
            assert a["n_documents"] == len(whole[a["id"]])
            assert a["documents"] == (whole[a["id"]][-cap:] if cap else [])  # the latest, in store order


def test_cli_actors_list_the_latest_documents(new_db):
    import json

    from test_store_helpers import run, store_with

    db = store_with(new_db, [*corpus(), *more_docs()])
    rows = json.loads(run("actors", "--db", db, "--documents", "1", "--format", "json").stdout)
    smith = next(a for a in rows if a["name"] == "John Smith")
    assert smith["documents"] == ["d4"] and smith["n_documents"] == 3  # d1, d2, d4: the latest listed
    whole = json.loads(run("actors", "--db", db, "--format", "json").stdout)  # default: 20 per actor
    assert next(a for a in whole if a["name"] == "John Smith")["documents"] == ["d1", "d2", "d4"]
    table = run("actors", "--db", db, "--documents", "0").stdout
    assert "John Smith" in table and " 3 " in table  # the Docs column counts them all


def test_profile_shows_the_latest_documents_with_totals(new_db):
    with open_store(new_db()) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        whole = store.actor("Unity Party")
        assert "totals" not in whole and [d["id"] for d in whole["documents"]] == ["d1", "d3", "d5"]
        page = store.actor("Unity Party", limit=2)
        assert [d["id"] for d in page["documents"]] == ["d3", "d5"]  # the latest two, in store order
        assert {r["document"] for r in page["ties_out"] + page["ties_in"]} <= {"d3", "d5"}
        assert not page["facts"] and [f["value"] for f in whole["facts"]] == [40]  # d1's fact is left out
        assert page["totals"] == {"documents": 3, "ties": len(whole["ties_out"]) + len(whole["ties_in"]),
                                  "events": len(whole["events"]), "facts": 1}
        early = store.actor("Unity Party", limit=10, as_of="2020-03-31")  # the as-of cut, counted
        assert [d["id"] for d in early["documents"]] == ["d1", "d3"] and early["totals"]["documents"] == 2
        assert early["totals"]["ties"] == 3 and early["totals"]["facts"] == 1


def test_cli_and_web_profiles_are_capped_alike(new_db):
    import json

    from starlette.testclient import TestClient
    from test_store_helpers import run, store_with

    from kingmaker.web.app import create_app

    db = store_with(new_db, [*corpus(), *more_docs()])
    res = run("actor", "Unity Party", "--db", db, "--limit", "1", "--format", "json")
    p = json.loads(res.stdout)
    assert [d["id"] for d in p["documents"]] == ["d5"] and p["totals"]["documents"] == 3
    assert "the latest 1 of 3 documents" in res.stderr and "--limit 0 for all" in res.stderr
    assert not run("actor", "Unity Party", "--db", db, "--limit", "0").stderr  # all: nothing left out
    with open_store(db, readonly=True) as store:
        client = TestClient(create_app(store, refresh_seconds=0), base_url="http://127.0.0.1")
        api = client.get(f"/api/actors/{p['id']}", params={"limit": 1}).json()
        assert [d["id"] for d in api["documents"]] == ["d5"] and api["totals"] == p["totals"]
        assert api["degree"] == p["totals"]["ties"] + p["totals"]["events"]
        page = client.get(f"/actors/{p['id']}", params={"limit": 1}).text
        assert "The latest 1 of 3 documents" in page and "3 document(s)" in page
        assert "The latest" not in client.get(f"/actors/{p['id']}").text


def test_the_latest_document_with_seat_figures_whatever_its_date_is_written_as(new_db):
    # dates the as-of cut reads in the index (ISO, also with a time) and others (a leading space: the
    # cut's own condition reads it as written, the ranking by the day it denotes)
    odd = [doc(d, "The Civic Bloc won 30 seats and the Unity Party 20.",
               [("Civic Bloc", "organization"), ("Unity Party", "organization")],
               facts=[("L1", "seats", 30), ("L2", "seats", 20)], date=date)
           for d, date in (("o1", "2020-06-02T10:00"), ("o2", " 2020-07-01"), ("o3", "2020-05"), ("o4", "2021"))]
    with open_store(new_db()) as store:
        for d in [*corpus(), *odd]:
            store.add(d)
        check(store)
        regular = {r[0]: r[1] for r in store._conn.execute("SELECT doc_id, regular FROM fact_docs")}
        assert regular == {"d1": 1, "o1": 1, "o2": 0, "o3": 1, "o4": 1}
        for as_of in (None, "2020-04-30", "2020-05-31", "2020-06-02", "2020-06-30", "2020-12-31", "2021-01-01"):
            kept = store.latest_fact_document("seats", as_of=as_of)
            store._counted = lambda: False
            try:
                assert store.latest_fact_document("seats", as_of=as_of) == kept
            finally:
                del store._counted
        assert store.latest_fact_document("seats") == "o4"
        # " 2020-07-01" is in every cut (as written, before any digit), and ranked by the day it denotes
        assert store.latest_fact_document("seats", as_of="2020-06-30") == "o2"
        store.set_document_date("o2", "2020-07-01")
        check(store)
        assert store.latest_fact_document("seats", as_of="2020-06-30") == "o1"
        assert store.latest_fact_document("seats", as_of="2020-05-31") == "o3"


def test_a_store_from_before_the_sums_per_month_gets_them(new_db):
    """Schema 17 fills the timeline's sums per month when a store of schema 16 opens, without counting
    the store again (SQLite and PostgreSQL); then the writes keep them."""
    path = new_db()
    with open_store(path) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        expected = kept_months(store)
        assert expected == live_months(store) and len(expected) >= 6
    conn = raw_connection(path)  # as schema 16 left it
    undo_schema_17(conn)
    pg = path.startswith("postgresql://")
    conn.execute("UPDATE meta SET value = '16' WHERE key = 'schema_version'" if pg else "PRAGMA user_version = 16")
    conn.close()
    with open_store(path) as store:  # upgraded, the sums filled
        assert store._monthly() and kept_months(store) == expected
        assert kept_edge_pairs(store) == live_edge_pairs(store) and kept_edge_pairs(store)
        store.add(doc("d6", "Freedonia accused the Civic Bloc.", [("Freedonia", "country"), ("Civic Bloc", "organization")],
                      events=[("L1", "ACCUSE", "L2", "2020-05-30")], date="2020-06-01"))
        assert kept_months(store) == live_months(store) != expected
        check(store)


def test_sums_per_month_follow_curation(new_db):
    """Merges, rejections, undo and a document dated again move the sums per month as they move the
    sums per date; a date written otherwise than YYYY[-MM[-DD]] is kept apart ('!'), and the months
    are then not read for that timeline."""
    with open_store(new_db()) as store:
        for d in [*corpus(), *more_docs()]:
            store.add(d)
        store.merge("Unity Party", "Reform Front", force=True)
        check(store)
        event = next(e for e in store.events() if e["type"] == "ACCUSE")
        store.reject(event["id"])
        check(store)
        store.undo()
        store.undo()
        check(store)
        store.add(doc("d7", "Sylvania threatened the Civic Bloc.", [("Sylvania", "country"), ("Civic Bloc", "organization")],
                      events=[("L1", "THREATEN", "L2")], date="2020-02-30"))  # (no such day)
        assert kept_months(store) == live_months(store)
        assert ("!", "", "THREATEN") in {r[1:4] for r in kept_months(store)}
        assert store.event_month_counts(DAY_GROUPS) is None
        civic = store.find_actor("Reform Front")["id"]  # (an actor without that date: its months are read)
        assert store.event_month_counts(DAY_GROUPS, actor_id=civic) is not None
