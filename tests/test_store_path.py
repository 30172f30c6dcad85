"""The shortest chain of ties over a store (``/api/path``): the search reads the neighbours of the
actors it reaches (``Store.tie_neighbours``, a skip scan of the kept ties per pair and date) and
finds the very path ``nx.shortest_path`` finds on the whole tie graph of ``Store.links``, with and
without an as-of cut, through rejections and merges, on SQLite and PostgreSQL."""
from __future__ import annotations

import itertools

import networkx as nx
from test_store_helpers import doc

from kingmaker.analysis.storegraph import _tie_path, store_connection

TYPES = ["leader_of", "member_of", "backs", "allied_with", "opposes"]


def lattice():
    """Invented actors on a ring with chords (many shortest paths of the same length), dated over
    two years; a pair tied in many documents (a hub); one tie and one event only (events are no
    ties); an actor tied to itself."""
    names = [f"Oskvar Node {c}" for c in "ABCDEFGHIJKL"]
    docs = []
    n = len(names)
    pairs = [(i, (i + 1) % n) for i in range(n)] + [(i, (i + 5) % n) for i in range(0, n, 3)]
    for k, (i, j) in enumerate(pairs):
        docs.append(doc(f"r{k}", f"{names[i]} and {names[j]}.", [(names[i], "organization"), (names[j], "organization")],
                        relations=[("L1", TYPES[k % len(TYPES)], "L2")], date=f"{2019 + k % 2}-{k % 12 + 1:02d}-03"))
    for k in range(6):  # a hub: the same pair in many documents, some undated
        docs.append(doc(f"h{k}", f"{names[0]} and {names[6]}.", [(names[0], "organization"), (names[6], "organization")],
                        relations=[("L1", "backs", "L2")], date=None if k % 3 == 0 else f"2021-0{k + 1}-01"))
    docs.append(doc("e1", f"{names[2]} met {names[9]}.", [(names[2], "organization"), (names[9], "organization")],
                    events=[("L1", "CONSULT", "L2")], date="2019-05-05"))
    docs.append(doc("s1", f"{names[3]} and Brelith Guard.", [(names[3], "organization"), ("Brelith Guard", "organization")],
                    relations=[("L1", "allied_with", "L2"), ("L2", "backs", "L2")], date="2019-07-07"))
    docs.append(doc("x1", "Tarnow Circle and Vell Assembly.", [("Tarnow Circle", "organization"),
                                                                 ("Vell Assembly", "organization")],
                    relations=[("L1", "opposes", "L2")], date="2020-02-02"))
    return docs


def whole_graph_path(store, a, b, day):
    H = nx.Graph()
    H.add_nodes_from([a, b])
    H.add_edges_from((x, y) for x, y, _, _ in store.links(as_of=day, include=("relation",))["links"])
    try:
        return nx.shortest_path(H, a, b)
    except nx.NetworkXNoPath:
        return []


def same_paths(store):
    ids = [a["id"] for a in store._all_actors()]
    for day in (None, "2019-12-31", "2020-06-30", "2021-12-31", "2018-01-01"):
        for a, b in itertools.product(ids, ids):
            assert _tie_path(store, a, b, day) == whole_graph_path(store, a, b, day), (a, b, day)


def test_the_local_search_finds_the_whole_graph_path(new_store):
    store = new_store()
    for d in lattice():
        store.add(d)
    same_paths(store)
    near = store.tie_neighbours([store.find_actor("Oskvar Node A")["id"]])
    assert [store.find_actor(i)["name"] for i in next(iter(near.values()))] == sorted(
        ["Oskvar Node B", "Oskvar Node L", "Oskvar Node F", "Oskvar Node G"],
        key=lambda n: store.find_actor(n)["id"])
    store.reject(next(r["id"] for r in store.relations() if r["type"] == "backs"))  # a tie rejected
    store.merge("Oskvar Node C", "Oskvar Node I")  # two actors made one: their ties join
    same_paths(store)
    found = store_connection(store, "Oskvar Node A", "Oskvar Node H")
    ids = [s["ties"][0]["source"] for s in found["steps"]]
    assert found["steps"] and len(found["steps"]) == len(whole_graph_path(
        store, store.find_actor("Oskvar Node A")["id"], store.find_actor("Oskvar Node H")["id"], None)) - 1, ids


def test_a_store_without_kept_ties_searches_the_whole_graph(new_store):
    store = new_store()
    for d in lattice():
        store.add(d)
    a, b = store.find_actor("Oskvar Node A")["id"], store.find_actor("Oskvar Node E")["id"]
    expected = _tie_path(store, a, b, None)
    store._set_meta("counted", "0")  # as a read-only store from before schema 10 reads
    assert store.tie_neighbours([a]) is None and _tie_path(store, a, b, None) is None
    found = store_connection(store, "Oskvar Node A", "Oskvar Node E")
    assert len(found["steps"]) == len(expected) - 1
