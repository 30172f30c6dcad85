"""PLOVER events whose other end is an act told just before, taken up by a pronoun or told after a label (a seventh
battery, written before changing the event reader):

(1) a judgement (ACCUSE, REJECT, SUPPORT) whose object is a bare "it" or "this" standing for no actor ("Y condemned
it", "Y criticised this", "Y welcomed this") is aimed at the author of the act just told (the one actor the story's
own clauses in the sentence before, or in its own sentence before it, name as doing an act), as "Y condemned the
move" is.
(2) a clause set after a label and a colon in a log or a memo ("[18/10 10:10] INFO: X offered ...", "ALERT: X
closed ..."), which the parser hangs on the label, is the story's own clause: the act it tells is one a later "the
offer" or "the move" takes up.

Negatives: "it" for something no actor did ("Heavy rain fell ... Y welcomed it"); a denied judgement stays negated
and aimed at no one; an act only wished or possible ("X may shell ..."); "it" after someone's words about an act ("X
called the raid a crime, and Y condemned it": not X's); two acts of two authors before "it"; a label on "it" ("Y
called it a provocation": another battery's); a denied act, or an act no actor did, after a label.

Events are compared with their negation: a negated event's type carries a trailing "!". Same other conventions as
tests/test_nlp_events_blind_wordings2.py ("A|B" either name, "*" any end). Real states, invented parties and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

F = "Harrow Front"
E = "European Union"

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) "it" / "this" for the act just told ---
    ("The Harrow Front shelled the port of Vask on Friday. Lebanon condemned it.",
     {("Lebanon", "ACCUSE", F)}, set()),
    ("Lithuania closed its border crossings with Belarus on Monday. Minsk sharply criticised this.",
     {("Belarus", "ACCUSE", "Lithuania")}, set()),
    ("The Harrow Front released two hostages on Sunday. Turkey welcomed this.",
     {("Turkey", "SUPPORT", F)}, set()),
    ("Turkey banned the Harrow Front in May. The Front denounced it.",
     {(F, "ACCUSE", "Turkey")}, set()),
    ("Poland lifted its ban on Ukrainian grain in June. Ukraine welcomed it.",
     {("Ukraine", "SUPPORT", "Poland")}, set()),
    # negatives: nothing an actor did; denied; only possible; words about the act; two authors; a label on "it"
    ("Turkey's parliament met on Monday. Heavy rain fell on the capital on Friday. The Harrow Front welcomed it.",
     set(), {(F, "SUPPORT", "Turkey|Turkey parliament")}),
    ("The Harrow Front shelled the port of Vask on Friday. Lebanon did not condemn it.",
     {("Lebanon", "ACCUSE!", "*")}, {("Lebanon", "ACCUSE", F), ("Lebanon", "ACCUSE!", F)}),
    ("The Harrow Front may shell the port of Vask. Lebanon condemned it.",
     set(), {("Lebanon", "ACCUSE", F)}),
    ("Lebanon called the raid on Vask a crime, and the European Union condemned it.",
     set(), {(E, "ACCUSE", "Lebanon")}),
    ("The Harrow Front shelled Vask, and Turkey bombed the village of Kars. Lebanon condemned it.",
     set(), {("Lebanon", "ACCUSE", F), ("Lebanon", "ACCUSE", "Turkey")}),
    # --- (2) a clause after a label and a colon ---
    ("[18/10 10:10] INFO: Turkey's President Ivo Marek offered to host talks between Syria and the Harrow Front. "
     "Syria said it would not negotiate. The Harrow Front welcomed the offer.",
     {(F, "SUPPORT", "Ivo Marek|Turkey")}, set()),
    ("[03/05 08:40] ALERT: Lithuania closed its border crossings with Belarus. Minsk condemned the move.",
     {("Belarus", "ACCUSE", "Lithuania")}, set()),
    # negatives: the act after the label denied; the label alone
    ("UPDATE: Lithuania did not close its border crossings with Belarus. Minsk condemned the move.",
     set(), {("Belarus", "ACCUSE", "Lithuania")}),
    ("UPDATE: Lithuania's parliament met on Monday. Heavy snow closed the border crossings. Minsk condemned the move.",
     set(), {("Belarus", "ACCUSE", "Lithuania|Lithuania parliament")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "e7_", events_marked_by_document, check_events)
