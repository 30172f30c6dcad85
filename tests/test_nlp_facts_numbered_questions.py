"""A numbered list of questions (a quiz, an exam) asks counts; the next item's number after a "how many" question is
no elliptical answer (a count question, then the next numbered item). An answer on its own line still counts."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _facts(text: str) -> set[tuple[str, str, float]]:
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="nq", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names[f.actor], f.key, float(f.value)) for f in ex.facts}


@pytest.mark.parametrize("text", [
    "Homework, week 3\n\n7. Name the largest party in the chamber.\n8. How many seats does the Velnian Congress "
    "Party hold today?\n9. Explain why the army armed a militia.\n",
    "Review questions\n\n4) How many fighters does the Iron Banner Movement have?\n5) Who pays them?\n",
])
def test_next_item_number_is_no_answer(text):
    assert _facts(text) == set()


def test_answer_after_question_still_read():
    got = _facts("Q: How many seats did the Velnian Congress Party win?\nA: 40.\n")
    assert ("Velnian Congress Party", "seats", 40.0) in got
