"""The one actor lookup: what the user typed -> the actor, for the store, the graph and the web app.

Levels, first that matches wins: the id; the name as typed; an alias as typed; the name folded
(``knowledge.norm``: case, accents, apostrophes, hyphens, dots, spaces); an alias folded; a
folded part of a name or alias. Several actors at the winning level: ambiguous (the caller says
so, listing them); none at any level: the caller suggests ``close_names``.

``SQLStore.find_actor`` (CLI, analyses read from a store) and ``graph.find_actor`` (the analyses'
and the web app's graph) both call ``match_actors``; they differ only in how they word an error.

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

__all__ = ["fold", "match_actors", "close_names", "LEVELS"]

LEVELS = ("id", "name", "alias", "folded name", "folded alias", "part")
Candidate = tuple[str, str, Sequence[str]]  # (id, name, aliases)


def fold(text: str) -> str:
    """A name as the lookup compares it (``knowledge.norm``)."""
    return norm(text)


def match_actors(query: str, actors: Iterable[Candidate]) -> list[str]:
    """The ids matching ``query`` at the first level (``LEVELS``) that matches any; ``[]`` if none."""
    actors = list(actors)
    q = query.strip()
    key = fold(q)
    tests = (
        lambda i, n, al: i == q,
        lambda i, n, al: n == q,
        lambda i, n, al: q in al,
        lambda i, n, al: fold(n) == key,
        lambda i, n, al: key in {fold(a) for a in al},
        lambda i, n, al: bool(key) and any(key in fold(x) for x in [n, *al]),
    )
    for test in tests:
        hits = [i for i, n, al in actors if test(i, n, al or ())]
        if hits:
            return list(dict.fromkeys(hits))
    return []


def close_names(query: str, actors: Iterable[Candidate], n: int = 4) -> list[str]:
    """Display names (names or aliases) close to ``query``, best first, for a "did you mean"."""
    names: dict[str, str] = {}
    for _, name, aliases in actors:
        for label in [name, *(aliases or ())]:
            names.setdefault(fold(label), label)
    close = difflib.get_close_matches(fold(query), list(names), n=n, cutoff=0.6)
    return list(dict.fromkeys(names[c] for c in close))
