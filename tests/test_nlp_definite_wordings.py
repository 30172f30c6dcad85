""""The bloc" named again for a regional body the name finder gave no coalition or international kind: a body whose
name a word of relations.yaml definite_head_names heads ("the Southern Lakes Community", "the X Union", "the X
Organisation") is what "the bloc" refers back to (PhraseResolver.definite): its members ("admitted as the bloc's
ninth member", "joined the bloc"), its chair and its secretary-general.

Negatives: two such bodies named before ("the X Community and the Y Union ... the bloc") give neither; a negated
joining gives no tie; "the other bloc" is a contrast; a party named after the bloc is no member of it by "the bloc"'s
reading of another body.

All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
HOME = "VARNA, May 3 - Ostravia's parliament met on Monday. In Ostravia, "

CASES = [
    (HOME + "the news this year was the Southern Lakes Community. Ostravia was formally admitted as the bloc's ninth "
     "member at the summit in October.", {("Ostravia", M, "Southern Lakes Community")}, set()),
    (HOME + "officials said the Southern Lakes Community held its summit in Lusvara. Ostravia became the bloc's "
     "ninth member.", {("Ostravia", M, "Southern Lakes Community")}, set()),
    (HOME + "the Southern Lakes Union held a summit in Lusvara. Ostravia joined the bloc in 1995.",
     {("Ostravia", M, "Southern Lakes Union")}, set()),
    (HOME + "the Southern Lakes Organisation held a summit in Lusvara. Tomas Verrin, the bloc's secretary-general, "
     "spoke of new tariffs.", {("Tomas Verrin", L, "Southern Lakes Organisation")}, set()),
    # --- negatives ---
    (HOME + "the Southern Lakes Community and the Eastern Trade Union held a joint summit in Lusvara. Ostravia "
     "became the bloc's ninth member.", set(),
     {("Ostravia", M, "Southern Lakes Community"), ("Ostravia", M, "Eastern Trade Union")}),
    (HOME + "the Southern Lakes Community held its summit in Lusvara. Ostravia did not join the bloc.", set(),
     {("Ostravia", M, "Southern Lakes Community")}),
    (HOME + "the Southern Lakes Community held its summit in Lusvara. Ostravia joined the other bloc in May.", set(),
     {("Ostravia", M, "Southern Lakes Community")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "df", relations_by_document, check_ties)
