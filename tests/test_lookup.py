"""One actor lookup (``kingmaker.lookup``): the store (CLI, analyses on a store) and the graph
(analyses, web app) give the same actor for the same words, level by level."""
from __future__ import annotations

import pytest
from test_store_helpers import doc

from kingmaker.errors import StoreError
from kingmaker.graph import ActorNotFound, build_graph, find_actor


@pytest.fixture
def store(fresh_store):
    fresh_store.add(doc("u1", "Unión Cívica met Ana Ruiz and the Civic Front.",
                        [("Unión Cívica", "organization"), ("Ana Ruiz", "person"), ("Civic Front", "organization")],
                        relations=[("L1", "opposes", "L3")]))
    fresh_store.add_alias("Unión Cívica", "U.C.")
    return fresh_store


@pytest.mark.parametrize(("query", "name"), [
    ("Unión Cívica", "Unión Cívica"),   # the name as typed
    ("union civica", "Unión Cívica"),   # folded: accents and case
    ("U.C.", "Unión Cívica"),           # an alias as typed
    ("uc", "Unión Cívica"),             # an alias folded (case, dots)
    ("ANA RUIZ", "Ana Ruiz"),           # a name folded
    ("cívica", "Unión Cívica"),         # a unique part
])
def test_store_and_graph_find_the_same_actor(store, query, name):
    found = store.find_actor(query)
    assert found["name"] == name
    assert find_actor(build_graph(store.to_extraction()), query) == found["id"]


def test_both_say_ambiguous_and_suggest_alike(store):
    G = build_graph(store.to_extraction())
    with pytest.raises(StoreError, match="matches 2 actors"):
        store.find_actor("civ")
    with pytest.raises(ActorNotFound, match="ambiguous"):
        find_actor(G, "civ")
    with pytest.raises(StoreError, match="did you mean Civic Front"):
        store.find_actor("Civic Frnt")
    with pytest.raises(ActorNotFound, match="did you mean: Civic Front"):
        find_actor(G, "Civic Frnt")
