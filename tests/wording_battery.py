"""What the wording batteries (tests/test_nlp_*_wordings*.py) share: one test id per case ("<prefix>000", ...), a
strict xfail with its cause for each case text named in the battery's XFAIL table (``battery_params``), and the
module-scoped extraction with the parametrised test that checks each case against it (``battery``)."""
from __future__ import annotations

from collections.abc import Callable

import pytest


def battery_params(cases: list[tuple], xfail: dict[str, str], prefix: str) -> list:
    """``pytest.param(i)`` for each case (its text first), strict xfail where ``xfail`` names the text."""
    return [pytest.param(i, id=f"{prefix}{i:03d}", marks=pytest.mark.xfail(strict=True, reason=xfail[case[0]]))
            if case[0] in xfail else pytest.param(i, id=f"{prefix}{i:03d}") for i, case in enumerate(cases)]


def battery(cases: list[tuple], xfail: dict[str, str], prefix: str, extract: Callable, check: Callable,
            empty: Callable = set) -> tuple:
    """The fixture ``extracted`` and the test ``test_wording`` of a battery, for its module to bind under those names:
    ``extracted, test_wording = battery(CASES, XFAIL, "r", relations_by_document, check_ties)``.

    ``extract(texts, prefix)`` runs once per module over every case's text (its first item), each text the document
    ``<prefix>000``, ...; it returns {document: what it gave} (a document that gave nothing: ``empty()``) or a list,
    one entry per case. Case ``i`` (``battery_params``: its id, its strict xfail) passes when
    ``check(*case, got)`` does, ``got`` what its document gave.
    """
    @pytest.fixture(scope="module")
    def extracted():
        return extract([case[0] for case in cases], prefix)

    @pytest.mark.parametrize("i", battery_params(cases, xfail, prefix))
    def test_wording(extracted, i):
        got = extracted[i] if isinstance(extracted, list) else extracted.get(f"{prefix}{i:03d}", empty())
        check(*cases[i], got)

    return extracted, test_wording


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
