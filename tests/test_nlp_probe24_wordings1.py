"""PLOVER events in a body's own proceedings (minutes, resolutions, members' bulletins): a bare collective noun of
the body's sitting or membership as the doer ("The committee condemned the arrest", "Members resolved to ask X to
...", "the meeting urged X to ...") stands for the one organisation the document's title block names (plover.yaml
proceedings_nouns, assembly_nouns; nlp/events.py _proceedings_body). Negatives: a news story with no proceedings
title, a title block naming two bodies, a noun with a modifier of its own ("the election committee", "two
members"), a noun inside quotes. Invented states, bodies and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

_UNION = "Harlow Dockworkers Union - Branch Minutes\nDate: 3 May 2026\nPresent: 14 members.\n\n"
_TRADERS = "Tarnby Traders Association (Orlen) - Members' Bulletin No. 4\n\n"
_TWO = "Joint minutes of the Harlow Dockworkers Union and the Tarnby Traders Association\n\n"
_U, _T = "Harlow Dockworkers Union", "Tarnby Traders Association"

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a bare collective noun in a body's own proceedings is that body ---
    (_UNION + "Item 2. The committee condemned the arrest of Tomas Brell by the Velnian police.",
     {(_U, "ACCUSE", "*")}, set()),
    (_UNION + "Item 3. Members resolved to ask the government of Velnia to release the two organisers.",
     {(_U, "REQUEST", "Velnia")}, set()),
    (_UNION + "Item 4. The meeting urged the government of Velnia to lift the ban on the strike.",
     {(_U, "REQUEST", "Velnia")}, set()),
    (_TRADERS + "1. The committee welcomes the decision of Ostravia to reopen the border crossing.",
     {(_T, "SUPPORT", "Ostravia")}, set()),
    (_TRADERS + "2. Members voted to petition the government of Velnia to scrap the new fuel levy.",
     {(_T, "REQUEST", "Velnia")}, set()),
    # --- negatives: no proceedings title; two bodies in the title; a modified noun; a quoted one ---
    ("VESKAR, May 3 - The Harlow Dockworkers Union met on Monday in Velnia. Later the committee condemned the arrest "
     "of Tomas Brell by the Velnian police.", set(), {(_U, "ACCUSE", "*")}),
    (_TWO + "The committee condemned the arrest of Tomas Brell by the Velnian police.", set(),
     {(_U, "ACCUSE", "*"), (_T, "ACCUSE", "*")}),
    (_UNION + "The election committee urged Velnia to postpone the vote.", set(), {(_U, "REQUEST", "*")}),
    (_UNION + "Two members asked Velnia to release the organisers.", set(), {(_U, "REQUEST", "*")}),
    (_UNION + 'The chair read a letter from Velnia\'s labour office: "The committee will ask Ostravia to help."',
     set(), {(_U, "REQUEST", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p24", events_by_document, check_events)
