"""Answers to a protest, a complaint, a threat or a warning told before (probe10, news-style MENA documents): a
diplomatic protest or formal complaint lodged with Y is an accusation, a warning or threat a THREATEN act, and "Y
rejected the protest", "Y dismissed the complaint", "Y brushed aside the warning", "Y shrugged off the threat" answer
whoever made it (plover.yaml answered_acts: the answering side's REJECT takes that author as target). An event noun
with its agent and its target, "a raid by X on Y", "an attack by X against Y", where the parser hangs "on Y" on the
agent rather than on the noun: Y is the target all the same; "security forces" with such a phrase on them are still
the article's state's. A protest, complaint, warning or threat answers only an act told by its own word (plover.yaml
word_named_answers), never another accusation made to Y. Negatives: a street protest is no act made to the one who
rejects it, a denied answer stays negated, "on" a place or a day names no target. Invented names; end to end with the real English pipeline. A
target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a protest or complaint lodged with Y, then answered by Y ---
    ("The Velmar Front lodged a protest with the Tarsk Party over the arrests. The Tarsk Party rejected the protest.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front filed a formal complaint against the Tarsk Party on Tuesday. The Tarsk Party dismissed the "
     "complaint.", {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front delivered a strong protest to the Tarsk Party. A day later the Tarsk Party rejected the "
     "protest as baseless.", {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    # --- a threat or warning made to Y, then brushed off by Y ---
    ("The Velmar Front threatened to cut off the Tarsk Party's funding. The Tarsk Party dismissed the threat.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front warned the Tarsk Party against joining the cabinet. The Tarsk Party brushed aside the "
     "warning.", {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front issued a warning to the Tarsk Party on Sunday. The Tarsk Party shrugged off the warning.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    # --- "a raid by X on Y": "on Y" hung on the agent ---
    ("Police reported a raid by the Tarsk Front on the Korvath Union.", {("Tarsk Front", "COERCE", "Korvath Union")},
     set()),
    ("A raid by the Tarsk Front on the Korvath Union left two dead.", {("Tarsk Front", "COERCE", "Korvath Union")},
     set()),
    ("The attack by the Tarsk Front against the Korvath Union drew wide condemnation.",
     {("Tarsk Front", "ASSAULT", "Korvath Union")}, set()),
    ("Witnesses described an assault by Velmar Front fighters on the Korvath Union's headquarters.",
     {("Velmar Front", "ASSAULT", "Korvath Union")}, set()),
    ("NOUAKCHOTT, May 3 - Mauritania's cabinet met. A raid by security forces on the Korvath Union left two dead.",
     {("Mauritania", "COERCE", "Korvath Union")}, set()),
    # --- negatives ---
    # ("on" a place or a day: no target)
    ("A raid by the Tarsk Front on the border post left two dead. The Korvath Union said nothing.",
     set(), {("Tarsk Front", "COERCE", "Korvath Union")}),
    ("An attack by the Tarsk Front on Monday killed a guard of the Korvath Union.",
     set(), {("Tarsk Front", "ASSAULT", "Tarsk Front")}),
    # (a street protest: no act made to the one who rejects it)
    ("Students held a protest outside the offices of the Korvath Union. The Tarsk Party rejected the protest.",
     set(), {("Tarsk Party", "REJECT", "Korvath Union")}),
    # (a protest or warning answers only an act told by its own word, not another accusation made to Y)
    ("The Korvath Union accused the Tarsk Party of fraud. Students marched in the capital. The Tarsk Party rejected "
     "the protest.", set(), {("Tarsk Party", "REJECT", "Korvath Union")}),
    ("The Korvath Union accused the Tarsk Party of lying. The Tarsk Party dismissed the warning.",
     set(), {("Tarsk Party", "REJECT", "Korvath Union")}),
    # (a denied answer stays negated)
    ("The Velmar Front lodged a protest with the Tarsk Party over the arrests. The Tarsk Party did not reject the "
     "protest.", set(), {("Tarsk Party", "REJECT", "Velmar Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pt", events_by_document, assert_events)
