"""Patronage trees: spheres, patrons, evidence, ranking."""
from __future__ import annotations

import networkx as nx
import pytest
from test_analysis_graph import sample_extraction

from kingmaker.analysis.influence import control_graph, influence, rank_patrons
from kingmaker.graph import ActorNotFound, build_graph


@pytest.fixture
def G():
    return build_graph(sample_extraction())


def test_patron_organisation_commander_chain(G):
    r = influence(G, "Sylvania")
    below = {x["name"]: x for x in r["below"]}
    assert list(below) == ["Red Front", "Ridge Brigade", "North Wing"]
    brigade = below["Ridge Brigade"]
    assert brigade["depth"] == 1
    assert [(s["from"], s["verb"], s["to"]) for s in brigade["path"]] == [("Sylvania", "backs", "Ridge Brigade")]
    assert brigade["path"][0]["evidence"][0]["text"] == "the Sylvanian-funded Ridge Brigade"
    assert [(ld["name"], ld["evidence"][0]["text"]) for ld in brigade["leaders"]] == [
        ("Dario Mast", "Ridge Brigade commander Dario Mast")]
    wing = below["North Wing"]
    assert [(s["from"], s["verb"], s["to"]) for s in wing["path"]] == [
        ("Sylvania", "backs", "Ridge Brigade"), ("Ridge Brigade", "contains", "North Wing")]
    assert wing["path"][1]["evidence"][0]["document"] == "d3"
    assert [ld["name"] for ld in wing["leaders"]] == ["Pia Lorn"]
    assert r["above"] == []


def test_above_chains_read_downwards(G):
    r = influence(G, "North Wing")
    above = {x["name"]: x for x in r["above"]}
    assert set(above) == {"Ridge Brigade", "Pia Lorn", "Sylvania", "Dario Mast"}
    chain = above["Sylvania"]["path"]
    assert [(s["from"], s["to"]) for s in chain] == [("Sylvania", "Ridge Brigade"), ("Ridge Brigade", "North Wing")]
    assert r["actor"]["leaders"][0]["name"] == "Pia Lorn"


def test_leader_commands_and_membership_contains():
    G = nx.MultiDiGraph()
    G.add_edge("p", "org", kind="relation", type="leader_of", evidence={"text": "p leads org"})
    G.add_edge("m", "org", kind="relation", type="member_of", evidence={"text": "m is in org"})
    G.add_edge("org", "bloc", kind="relation", type="member_of", evidence={"text": "org joined bloc"})
    G.add_edge("p", "org", kind="relation", type="backs", evidence={"text": "p funds org"})
    G.add_edge("org", "x", kind="event", type="ASSAULT", evidence={})  # events are not control
    r = influence(G, "bloc")
    assert [(x["id"], x["depth"]) for x in r["below"]] == [("org", 1), ("m", 2)]
    step = influence(G, "p")["below"][0]["path"][0]
    assert step["verb"] == "backs / leads" and len(step["evidence"]) == 2
    assert [x["id"] for x in influence(G, "p", max_depth=1)["below"]] == ["org"]


def test_cycles_terminate():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", kind="relation", type="backs", evidence={})
    G.add_edge("b", "a", kind="relation", type="backs", evidence={})
    r = influence(G, "a")
    assert [x["id"] for x in r["below"]] == ["b"] and [x["id"] for x in r["above"]] == ["b"]
    assert [(p["id"], p["sphere"]) for p in rank_patrons(G)] == [("a", 1), ("b", 1)]


def test_rank_patrons(G):
    top = rank_patrons(G, top=3)
    assert top[0]["name"] == "Sylvania" and top[0]["sphere"] == 3 and top[0]["direct"] == 2
    assert top[0]["clients"] == ["Red Front", "Ridge Brigade"]
    spheres = [p["sphere"] for p in rank_patrons(G, top=None)]
    assert spheres == sorted(spheres, reverse=True)


def test_control_graph_does_not_mutate(G):
    before = G.number_of_edges()
    C = control_graph(G)
    assert G.number_of_edges() == before
    assert C.has_edge("a10", "a11") and not C.has_edge("a11", "a10")


def test_unknown_actor(G):
    with pytest.raises(ActorNotFound, match="did you mean: Sylvania"):
        influence(G, "Sylvanya")


@pytest.mark.parametrize("seed", range(6))
def test_rank_patrons_spheres_are_the_descendants(seed):
    """Spheres through cycles (components of several actors, reached from outside and inside) and
    the direct clients equal a plain count of what each actor reaches, whatever ``top`` cuts."""
    import random

    rng = random.Random(seed)
    names = [f"Actor {c}{i}" for i, c in enumerate("QWERTYUIOPASDFGHJKLZ")]
    G = nx.MultiDiGraph()
    for n in names:
        G.add_node(n, name=n.upper() if rng.random() < 0.3 else n, kind="organization")
    for _ in range(30):
        a, b = rng.sample(names, 2)
        G.add_edge(a, b, kind="relation", type="backs", evidence={"text": f"{a} backs {b}"})
    C = control_graph(G)
    ranked = rank_patrons(G, top=None)
    expected = {n: len(nx.descendants(C, n)) for n in C.nodes if nx.descendants(C, n)}
    assert {p["id"]: p["sphere"] for p in ranked} == expected
    assert any(len(c) > 1 for c in nx.strongly_connected_components(C))  # cycles in play
    for p in ranked:
        assert p["direct"] == C.out_degree(p["id"])
        assert p["clients"] == sorted(G.nodes[n]["name"] for n in C.successors(p["id"]))
    assert [p["id"] for p in ranked] == sorted(expected, key=lambda n: (-expected[n], -C.out_degree(n),
                                                                        G.nodes[n]["name"].casefold(), n))
    assert rank_patrons(G, top=3) == ranked[:3]


@pytest.mark.parametrize("seed", range(4))
def test_rank_control_reads_names_only_for_the_places_shown(seed):
    """The ranking on a control graph given as its pairs is rank_patrons', and names are read only for
    the places that sphere and direct clients decide, those tied with the last, and their clients."""
    import random

    from kingmaker.analysis.influence import rank_control, sphere_sizes

    rng = random.Random(seed)
    names = [f"Karvel Unit {i}" for i in range(40)]
    G = nx.MultiDiGraph()
    for n in names:
        G.add_node(n, name=n.lower() if rng.random() < 0.5 else n, kind="organization")
    for _ in range(45):
        a, b = rng.sample(names, 2)
        G.add_edge(a, b, kind="relation", type="backs", evidence={"text": f"{a} backs {b}"})
    C = control_graph(G)
    succ = {n: list(C.successors(n)) for n in C.nodes}
    assert sphere_sizes(succ) == {n: len(nx.descendants(C, n)) for n in C.nodes if C.out_degree(n)}
    asked: list[str] = []

    def labels(ids):
        ids = list(ids)
        asked.extend(ids)
        return {n: (G.nodes[n]["name"], "organization") for n in ids}

    for top in (1, 3, None):
        asked.clear()
        ranked = rank_control(succ, labels, top=top)
        assert ranked == rank_patrons(G, top=top)
        if top is not None:
            last = (ranked[-1]["sphere"], ranked[-1]["direct"])
            needed = {n for n in C.nodes if C.out_degree(n) and
                      (len(nx.descendants(C, n)), C.out_degree(n)) >= last}
            assert set(asked) <= needed | {w for p in ranked for w in C.successors(p["id"])}
