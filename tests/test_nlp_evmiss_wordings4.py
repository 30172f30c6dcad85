"""Whole events missed for want of a trigger: a body left that is named by its name, an impeachment, a legislature
dissolved; and acts only tried or needed.

A body named by its name as the object of a verb reads as the word of its kind (plover.yaml named_bodies): a state
that leaves or quits an international body ("left the Commonwealth of Independent States", "has quit OPEC") breaks
with it (SANCTION "leave|quit|exit international"); a person or party that leaves a movement or a party named by its
name defects from it (RETREAT "leave ... party|movement"). A legislature that impeaches someone removes them by a
vote (SANCTION "impeach", the noun "impeachment" with its "of" phrase the one acted upon); a legislature dissolved
is coerced (COERCE "dissolve ... parliament|assembly|senate|congress"). An act after "will try to" is planned as
after "will" (plover.yaml attempt_frames: THREATEN), one after "is needed to" is no act (need_frames). Negatives:
negation, a wish or a plan, a question, a place or a meeting left, a state left, a body left by no one named, an
impeachment survived, an impeachment vote named only as a modifier. Invented names (real international bodies that
no development text names); end to end with the real English pipeline. A target of None in a wanted or unwanted
event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a state leaves an international body named by its name: a break with it ---
    ("The Republic of Velnia left the Commonwealth of Independent States in 2024.",
     {("Velnia|Republic of Velnia", "SANCTION", "Commonwealth of Independent States")}, set()),
    ("The Republic of Velnia has left OPEC, its oil minister said on Monday.",
     {("Velnia|Republic of Velnia", "SANCTION", "OPEC")}, set()),
    ("The Republic of Velnia and the Republic of Korvath left the Association of Southeast Asian Nations in May.",
     {("Velnia|Republic of Velnia", "SANCTION", "Association of Southeast Asian Nations"),
      ("Korvath|Republic of Korvath", "SANCTION", "Association of Southeast Asian Nations")}, set()),
    ("In March the Republic of Velnia quit the Organisation of Islamic Cooperation.",
     {("Velnia|Republic of Velnia", "SANCTION", "Organisation of Islamic Cooperation")}, set()),
    # --- a person or a party leaves a movement or party named by its name: a defection ---
    ("Arvo Tessin left the Velmar Movement in November after a dispute with its leader.",
     {("Arvo Tessin", "RETREAT", "Velmar Movement")}, set()),
    ("The Tarsk Party left the Velmar Movement in March, two years after the split.",
     {("Tarsk Party", "RETREAT", "Velmar Movement")}, set()),
    # --- an impeachment by a legislature ---
    ("The Velnian parliament impeached President Arvo Tessin on Monday by 91 votes to 40.",
     {("Velnia parliament|Velnia", "SANCTION", "Arvo Tessin")}, set()),
    ("President Arvo Tessin was impeached by the Velnian parliament in May.",
     {("Velnia parliament|Velnia", "SANCTION", "Arvo Tessin")}, set()),
    ("The Constitutional Court upheld the Velnian parliament's impeachment of Arvo Tessin on Friday.",
     {("Velnia parliament|Velnia", "SANCTION", "Arvo Tessin")}, set()),
    # --- a legislature dissolved by another: coercion ---
    ("Arvo Tessin signed a decree dissolving the National Assembly of Velnia.",
     {("Arvo Tessin", "COERCE", "National Assembly of Velnia")}, set()),
    ("The Velmar Front seized the capital and dissolved the Tarsk Congress.",
     {("Velmar Front", "COERCE", "Tarsk Congress")}, set()),
    # --- an act tried with a modal: a plan, as the act with the modal; an act only needed: none ---
    ("The Tarsk Party has said it will try to impeach President Arvo Tessin if the Velmar Front wins.",
     {("Tarsk Party", "THREATEN", "Arvo Tessin")}, {("*", "SANCTION", "Arvo Tessin")}),
    ("The Tarsk Party would attempt to expel Arvo Tessin from parliament.",
     {("Tarsk Party", "THREATEN", "Arvo Tessin")}, {("*", "SANCTION", "Arvo Tessin")}),
    ("The Tarsk Party will not try to impeach President Arvo Tessin.", set(), {("*", "SANCTION|THREATEN", "*")}),
    ("But a majority of 44 is needed to pass the budget and to impeach President Arvo Tessin.", set(),
     {("*", "SANCTION", "Arvo Tessin")}),
    # --- negatives: a body left by no one named ---
    ("The three juntas, who quit OPEC in January, say their joint force will deploy soon.", set(),
     {("*", "SANCTION", "OPEC")}),
    # --- negatives: negation, a wish, a plan, a question ---
    ("The Republic of Velnia has not left OPEC.", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Republic of Velnia wants to leave OPEC.", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Republic of Velnia may leave OPEC next year.", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("Will the Republic of Velnia leave OPEC?", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Velnian parliament did not impeach President Arvo Tessin.", set(), {("*", "SANCTION", "Arvo Tessin")}),
    ("The Velnian parliament may impeach President Arvo Tessin next year.", set(),
     {("*", "SANCTION", "Arvo Tessin")}),
    # --- negatives: a meeting, a place or a state left; an impeachment survived or only named ---
    ("The Velnian delegation left the OPEC summit early.", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Velnian oil minister left the OPEC meeting in Geneva at noon.", set(),
     {("*", "SANCTION|RETREAT", "OPEC")}),
    ("Arvo Tessin left the Republic of Velnia for Paris in May.", set(),
     {("Arvo Tessin", "SANCTION|RETREAT", "*")}),
    ("President Arvo Tessin survived an impeachment vote in May.", set(), {("*", "SANCTION", "*")}),
    ("Arvo Tessin, who survived two impeachment motions, resigned in June.", set(), {("*", "SANCTION", "*")}),
    # --- found in review: a hope, a leaving considered, an impeachment voted down or failed, another body's people ---
    ("Arvo Tessin hopes the Republic of Velnia will leave OPEC.", set(), {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Republic of Velnia considered leaving OPEC but decided to stay.", set(),
     {("*", "SANCTION|RETREAT", "OPEC")}),
    ("The Velnian parliament voted against impeaching Arvo Tessin.", set(), {("*", "SANCTION", "Arvo Tessin")}),
    ("A motion to impeach Arvo Tessin failed in the Velnian parliament on Monday.", set(),
     {("*", "SANCTION", "Arvo Tessin")}),
    ("The Velmar Movement's leaders left the Republic of Velnia in 2019.", set(),
     {("*", "SANCTION|RETREAT", "*")}),
    # --- found in scoring: a body joined or formed, a body left by a move, a generic parliament dissolved ---
    ("The Republic of Velnia, which joined OPEC and the Association of Southeast Asian Nations in 2004, has received "
     "aid since.", set(), {("*", "AGREE", "OPEC"), ("*", "AGREE", "Association of Southeast Asian Nations")}),
    ("Arvo Tessin broke with the Tarsk Party and formed the rival Velmar Movement.", set(),
     {("Arvo Tessin", "AGREE", None)}),
    ("Parliament voted to postpone the vote, a move that left the Velmar Movement and the Tarsk Party outside the "
     "chamber.", set(), {("*", "RETREAT", "*")}),
    ("The talks were moved to Geneva, a move that left OPEC outside the process.", set(),
     {("*", "SANCTION|RETREAT", "OPEC")}),
    ("Two years after President Arvo Tessin dissolved parliament, the Republic of Velnia held elections.", set(),
     {("Arvo Tessin", "COERCE", None)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em4", events_by_document, assert_events)
