"""graph.py: the extraction -> MultiDiGraph builder, date cut-off and actor lookup.

``sample_extraction()`` is an invented corpus (fictional countries, parties and people) that
the other analysis tests reuse.
"""
from __future__ import annotations

import pytest

from kingmaker.errors import InputError
from kingmaker.graph import ActorNotFound, build_graph, find_actor, parse_date
from kingmaker.model import Extraction


def _rel(source, type_, target, doc, text, start=0):
    return {"source": source, "type": type_, "target": target, "document": doc, "evidence": text,
            "start": start, "end": start + len(text), "confidence": 0.8}


def _event(source, type_, target, doc, text, date=None, negated=False):
    return {"source": source, "type": type_, "target": target, "document": doc, "date": date,
            "negated": negated, "evidence": text, "start": 0, "end": len(text), "confidence": 0.7}


def _fact(actor, value, doc, text):
    return {"actor": actor, "key": "seats", "value": value, "document": doc, "evidence": text,
            "start": 0, "end": len(text)}


def sample_extraction() -> dict:
    """A small invented corpus in the extraction contract (kingmaker_format 1)."""
    actors = [
        ("a1", "Freedonia", "country", None, []),
        ("a2", "Freedonian Assembly", "organization", "legislature", ["the Assembly"]),
        ("a3", "Blue Alliance", "organization", "party", ["Blues"]),
        ("a4", "Red Front", "organization", "party", []),
        ("a5", "Green Union", "organization", "party", []),
        ("a6", "Harbor Party", "organization", "party", []),
        ("a7", "Ana Vell", "person", None, ["Vell"]),
        ("a8", "Tomas Krey", "person", None, ["Krey"]),
        ("a9", "Sylvania", "country", None, ["Sylvanian government"]),
        ("a10", "Ridge Brigade", "organization", "armed_group", []),
        ("a11", "North Wing", "organization", "armed_group", []),
        ("a12", "Dario Mast", "person", None, ["Mast"]),
        ("a13", "Pia Lorn", "person", None, []),
        ("a14", "Harbor Youth", "organization", None, []),
    ]
    return {
        "kingmaker_format": 1,
        "documents": [
            {"id": "d1", "path": "d1.txt", "title": "Results", "date": "2021-01-10"},
            {"id": "d2", "path": "d2.txt", "title": "Talks", "date": "2021-02-15"},
            {"id": "d3", "path": "d3.txt", "title": "Clashes", "date": "2021-03-20"},
            {"id": "d4", "path": "d4.txt", "title": "Undated", "date": None},
            {"id": "d5", "path": "d5.txt", "title": "Recount", "date": "2021-04-02"},
        ],
        "actors": [{"id": i, "name": n, "kind": k, "subkind": s, "aliases": al, "documents": ["d1"]}
                   for i, n, k, s, al in actors],
        "relations": [
            _rel("a7", "leader_of", "a3", "d1", "Ana Vell, who leads the Blue Alliance,"),
            _rel("a8", "leader_of", "a4", "d1", "Red Front chief Tomas Krey"),
            _rel("a7", "opposes", "a8", "d2", "Vell has vowed never to serve under Krey."),
            _rel("a5", "allied_with", "a4", "d2", "the Green Union, a long-time partner of the Red Front"),
            _rel("a9", "backs", "a10", "d2", "the Sylvanian-funded Ridge Brigade"),
            _rel("a12", "leader_of", "a10", "d2", "Ridge Brigade commander Dario Mast"),
            _rel("a11", "part_of", "a10", "d3", "the North Wing of the Ridge Brigade"),
            _rel("a13", "leader_of", "a11", "d3", "Pia Lorn, who commands the North Wing"),
            _rel("a9", "backs", "a4", "d3", "Sylvania's support for the Red Front"),
            _rel("a14", "part_of", "a6", "d1", "Harbor Youth, the youth wing of the Harbor Party"),
            _rel("a3", "opposes", "a10", "d4", "The Blue Alliance condemned the Ridge Brigade."),
        ],
        "events": [
            _event("a3", "CONSULT", "a5", "d1", "Blue and Green leaders met on Monday."),
            _event("a4", "AGREE", "a5", "d1", "Red and Green agreed on a joint list."),
            _event("a7", "CONSULT", "a8", "d2", "Vell and Krey held talks."),
            _event("a8", "AGREE", "a7", "d2", "Krey agreed to a ceasefire with Vell.", date="2021-02-14"),
            _event("a3", "ACCUSE", "a4", "d3", "The Blue Alliance accused the Red Front of fraud."),
            _event("a10", "ASSAULT", "a3", "d3", "Ridge Brigade fighters attacked a Blue office."),
            _event("a8", "THREATEN", "a7", "d3", "Krey threatened Vell."),
            _event("a9", "AID", "a10", "d3", "Sylvania sent arms to the brigade.", negated=True),
            _event(None, "PROTEST", "a1", "d3", "Thousands protested in the capital."),
            _event("a4", "REJECT", "a3", "d4", "Red rejected the Blue offer."),
            _event("a7", "SUPPORT", "a5", "d5", "Vell praised the Green Union."),
        ],
        "facts": [
            _fact("a2", 200, "d1", "the 200-seat Freedonian Assembly"),
            _fact("a3", 70, "d1", "the Blue Alliance won 70 seats"),
            _fact("a4", 60, "d1", "the Red Front took 60 seats"),
            _fact("a5", 40, "d1", "the Green Union won 40 seats"),
            _fact("a6", 20, "d1", "the Harbor Party 20"),
            _fact("a14", 5, "d1", "five of them Harbor Youth members"),
            _fact("a3", 72, "d5", "after the recount the Blue Alliance has 72 seats"),
            _fact("a4", 58, "d5", "and the Red Front 58"),
            _fact("a2", 200, "d5", "in the 200-seat Assembly"),
        ],
    }


@pytest.fixture
def G():
    return build_graph(sample_extraction())


def test_nodes_and_edges_carry_contract_fields(G):
    assert G.nodes["a3"]["name"] == "Blue Alliance"
    assert G.nodes["a3"]["aliases"] == ["Blues"]
    rels = [(u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == "relation"]
    evs = [(u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == "event"]
    assert len(rels) == 11
    assert len(evs) == 10  # the PROTEST without a source is a loose event
    u, v, d = next(e for e in rels if e[2]["type"] == "backs" and e[1] == "a10")
    assert (u, d["document"], d["date"]) == ("a9", "d2", "2021-02-15")
    assert d["evidence"] == {"document": "d2", "date": "2021-02-15", "text": "the Sylvanian-funded Ridge Brigade",
                             "start": 0, "end": 34}


def test_event_date_prefers_its_own_date(G):
    dates = {d["evidence"]["text"][:20]: d["date"] for _, _, d in G.edges(data=True) if d["type"] == "AGREE"}
    assert dates["Krey agreed to a cea"] == "2021-02-14"
    assert dates["Red and Green agreed"] == "2021-01-10"


def test_loose_events_facts_and_documents_on_graph(G):
    assert [e["type"] for e in G.graph["loose_events"]] == ["PROTEST"]
    assert len(G.graph["facts"]) == 9
    assert G.graph["documents"]["d3"]["date"] == "2021-03-20"
    assert G.graph["as_of"] is None


def test_accepts_extraction_objects():
    G = build_graph(Extraction.from_dict(sample_extraction()))
    assert G.number_of_nodes() == 14


def test_as_of_drops_later_and_undated_documents():
    G = build_graph(sample_extraction(), as_of="2021-02-15")
    docs = {d["document"] for _, _, d in G.edges(data=True)}
    assert docs == {"d1", "d2"}
    assert set(G.graph["documents"]) == {"d1", "d2"}
    assert G.number_of_nodes() == 14  # actors stay resolvable
    assert build_graph(sample_extraction(), as_of="2021-02").graph["as_of"] == "2021-02-28"
    # an event dated after the cut-off is dropped even when its document is kept
    data = sample_extraction()
    data["events"].append(_event("a3", "AGREE", "a4", "d1", "They will sign on 1 March.", date="2021-03-01"))
    G = build_graph(data, as_of="2021-02-15")
    assert "They will sign on 1 March." not in {d["evidence"]["text"] for _, _, d in G.edges(data=True)}
    assert any(d["date"] == "2021-03-01" for _, _, d in build_graph(data).edges(data=True))


def test_bad_input_errors():
    with pytest.raises(InputError, match="not a date"):
        build_graph(sample_extraction(), as_of="last spring")
    with pytest.raises(InputError, match="not a kingmaker extraction"):
        build_graph({"foo": 1})
    bad = sample_extraction()
    del bad["relations"][0]["type"]
    with pytest.raises(InputError, match="malformed"):
        build_graph(bad)


def test_unknown_endpoints_become_nodes():
    data = sample_extraction()
    data["relations"].append(_rel("a3", "backs", "zz", "d1", "x"))
    G = build_graph(data)
    assert G.nodes["zz"]["name"] == "zz"


@pytest.mark.parametrize("query, expected", [
    ("Blue Alliance", "a3"), ("blue alliance", "a3"), ("BLUES", "a3"), ("a3", "a3"),
    ("the assembly", "a2"), ("Blue-Alliance", "a3"), ("  ana   vell ", "a7"),
])
def test_find_actor(G, query, expected):
    assert find_actor(G, query) == expected


def test_find_actor_unknown_lists_close_matches(G):
    with pytest.raises(ActorNotFound, match=r"unknown actor 'Blue Aliance'; did you mean: Blue Alliance"):
        find_actor(G, "Blue Aliance")
    assert find_actor(G, "ridge") == "a10"  # a unique part of a name, as the store's lookup
    with pytest.raises(ActorNotFound, match="14 actors"):
        find_actor(G, "Zzyzx")


def test_find_actor_ambiguous(G):
    G.nodes["a4"]["aliases"] = ["Blues"]
    with pytest.raises(ActorNotFound, match=r"ambiguous: Blue Alliance \(a3\), Red Front \(a4\)"):
        find_actor(G, "blues")


def test_parse_date():
    assert parse_date("2021-02-03T10:00:00")[1] == "day"
    assert parse_date("2021-13-01") is None
    assert parse_date(None) is None
