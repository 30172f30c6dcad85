"""The parametrisation shared by the wording batteries (tests/test_nlp_*_wordings*.py): one test id per case
("<prefix>000", ...), a strict xfail with its cause for each case text named in the battery's XFAIL table."""
from __future__ import annotations

import pytest


def battery_params(cases: list[tuple], xfail: dict[str, str], prefix: str) -> list:
    """``pytest.param(i)`` for each case (its text first), strict xfail where ``xfail`` names the text."""
    return [pytest.param(i, id=f"{prefix}{i:03d}", marks=pytest.mark.xfail(strict=True, reason=xfail[case[0]]))
            if case[0] in xfail else pytest.param(i, id=f"{prefix}{i:03d}") for i, case in enumerate(cases)]


NONE = "none"  # (an actor battery's kind for a name that must be no actor)


def extract_actors(texts: list[str], prefix: str) -> list[list[tuple[str, tuple[str, ...], str]]]:
    """Each text extracted on its own: its actors as (name, aliases, kind)."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    return [[(a.name, tuple(a.aliases), a.kind) for a in
             extract_documents([Document(id=f"{prefix}{i:03d}", text=text)]).actors] for i, text in enumerate(texts)]


def check_actors(text: str, actors: list[tuple[str, tuple[str, ...], str]], want: dict[str, str],
                 joined: set[tuple[str, str]], apart: set[tuple[str, str]]) -> None:
    """Assert an actor battery's case: each name in ``want`` an actor of that kind (``NONE``: no actor), each pair in
    ``joined`` one actor, each pair in ``apart`` not one actor (names and aliases matched in lower case)."""
    kinds: dict[str, str] = {}
    owner: dict[str, int] = {}
    for k, (name, aliases, kind) in enumerate(actors):
        for n in (name, *aliases):
            kinds.setdefault(n.lower(), kind)
            owner.setdefault(n.lower(), k)
    wrong = {n: kinds.get(n.lower()) for n, k in want.items()
             if (k == NONE and n.lower() in kinds) or (k != NONE and kinds.get(n.lower()) != k)}
    assert not wrong, (text, "wrong", wrong, "got", actors)
    for a, b in joined:
        assert a.lower() in owner and owner.get(a.lower()) == owner.get(b.lower()), (text, "not joined", a, b, actors)
    for a, b in apart:
        assert owner.get(a.lower()) is None or owner.get(a.lower()) != owner.get(b.lower()), \
            (text, "joined", a, b, actors)
