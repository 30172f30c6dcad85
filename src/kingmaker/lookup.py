"""The one actor lookup: what the user typed -> the actor, for the store, the graph and the web app.

Levels, first that matches wins: the id; the name as typed; an alias as typed; the name folded
(``knowledge.norm``: case, accents, apostrophes, hyphens, dots, spaces); an alias folded; a
folded part of a name or alias. Several actors at the winning level: ambiguous (the caller says
so, listing them); none at any level: the caller suggests ``close_names``.

``SQLStore.find_actor`` (CLI, analyses read from a store) runs these levels in SQL
(``SQLStore.lookup_actors``, on the folded names of ``actor_names``); ``graph.find_actor`` (the
analyses' and the web app's graph) calls ``match_actors``; they differ only in how they word an
error. The name search of a list (``kingmaker actors --search``, ``/api/actors?q=``) is the
``part`` level alone.

>>> actors = [("a1", "Unión Cívica", ["UC"]), ("a2", "Civic Front", [])]
>>> match_actors("union civica", actors), match_actors("uc", actors), match_actors("civic", actors)
(['a1'], ['a1'], ['a1', 'a2'])
>>> close_names("Civic Frnt", actors)
['Civic Front']
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from kingmaker.knowledge import norm

__all__ = ["fold", "level_hits", "match_actors", "close_names", "LEVELS"]

LEVELS = ("id", "name", "alias", "folded name", "folded alias", "part")
Candidate = tuple[str, str, Sequence[str]]  # (id, name, aliases)


def fold(text: str) -> str:
    """A name as the lookup compares it (``knowledge.norm``)."""
    return norm(text)


def level_hits(level: str, query: str, actors: Iterable[Candidate]) -> list[str]:
    """The ids of ``actors`` that ``query`` matches at one level of ``LEVELS`` (in their order).

    The store runs the same levels in SQL (``SQLStore.lookup_actors`` on ``actor_names``); this is
    the reference (graphs without a store, and a store whose name index is not filled yet)."""
    q = query.strip()
    key = fold(q)
    tests = {
        "id": lambda i, n, al: i == q,
        "name": lambda i, n, al: n == q,
        "alias": lambda i, n, al: q in al,
        "folded name": lambda i, n, al: fold(n) == key,
        "folded alias": lambda i, n, al: key in {fold(a) for a in al},
        "part": lambda i, n, al: bool(key) and any(key in fold(x) for x in [n, *al]),
    }
    test = tests[level]
    return list(dict.fromkeys(i for i, n, al in actors if test(i, n, al or ())))


def match_actors(query: str, actors: Iterable[Candidate]) -> list[str]:
    """The ids matching ``query`` at the first level (``LEVELS``) that matches any; ``[]`` if none."""
    actors = list(actors)
    for level in LEVELS:
        hits = level_hits(level, query, actors)
        if hits:
            return hits
    return []


def close_names(query: str, actors: Iterable[Candidate], n: int = 4) -> list[str]:
    """Display names (names or aliases) close to ``query``, best first, for a "did you mean"."""
    names: dict[str, str] = {}
    for _, name, aliases in actors:
        for label in [name, *(aliases or ())]:
            names.setdefault(fold(label), label)
    close = difflib.get_close_matches(fold(query), list(names), n=n, cutoff=0.6)
    return list(dict.fromkeys(names[c] for c in close))
