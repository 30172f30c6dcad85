"""Seat counts in wordings the earlier batteries leave out, written from what unseen documents needed: a win or a holding
told in the past perfect in the story's own main clause ("X had won 26 seats in the 2023 election", "In 2019 X had
secured 62 seats", also before a semicolon the parser hangs on the next clause), the result the story reports; a holder
that holds or controls a part "of its" whole ("X controls the Assembly with 61 of its 130 seats", "X had held 88 of its
150 seats"): the part is the holder's, the whole nobody's here (read since when a house is named before "its", as in
tests/test_nlp_facts_wordings13.py; strict xfails where none is); a head of government who founded or launched a party and, in
the same clause chain, won seats ("Prime Minister X founded the Y Party ... and won 47 seats"): the party's seats.
Negatives: a past perfect marked as earlier ("five years ago", "in the previous parliament"), a condition ("if X had
won"), a hope ("had hoped to win"), a holding that gave way ("had held 40 seats before"), votes not seats, a projected
holding of a part "of its" whole, a projection after founding ("could win"), a party joined (not founded), and a head of
government's loyal deputies in another sentence. The bodies and people are invented; states are real; end to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"

CASES = [
    # --- a past perfect win or holding in the main clause: the result told ---
    ("The Lake Unity Party had won 26 seats in the 2023 election; without the rebels it was left with 22.",
     {("Lake Unity Party", S, 26), ("Lake Unity Party", S, 22)}),
    ("The Coastal Front had taken 41 seats in the March vote, and its leader became prime minister.",
     {("Coastal Front", S, 41)}),
    ("In 2019 the Lake Unity Party had secured 62 seats.", {("Lake Unity Party", S, 62)}),
    ("The Hill Alliance had held 88 of its 150 seats.", {("Hill Alliance", S, 88)}),
    # --- a past perfect that is not the result told ---
    ("The Lake Unity Party had won 26 seats five years ago.", set()),
    ("If the Lake Unity Party had won 26 seats, it would govern alone.", set()),
    ("The Lake Unity Party had won 26 seats in the previous parliament.", set()),
    ("The Lake Unity Party had hoped to win 26 seats.", set()),
    ("The Lake Unity Party had held 40 seats before.", set()),
    ("The Lake Unity Party had won 20 percent of the vote.", set()),
    ("The Lake Unity Party, which had won 31 seats in 2019, took only 12 this time.", {("Lake Unity Party", S, 12)}),
    # --- a part held "of its" whole: the part is the holder's ---
    ("The Civic Party still controls the Assembly with 61 of its 130 seats and the support of the small Farmers' "
     "Union.", {("Civic Party", S, 61)}),
    ("The Civic Party holds 20 of its 45 seats.", {("Civic Party", S, 20)}),
    ("The Civic Party kept 12 of its 40 seats.", {("Civic Party", S, 12)}),
    ("A poll says the Civic Party could hold 20 of its 45 seats.", set()),
    # --- a head of government who founded the party that won ---
    ("WINDHOEK, May 3 - Namibia's Prime Minister Tom Pelo founded the Mountain Renewal Party a year before the 2021 "
     "vote and won 47 seats in the National Assembly.", {("Mountain Renewal Party", S, 47)}),
    ("WINDHOEK, May 3 - Namibia's President Ana Veli launched the Civic Dawn Party in 2021 and took 41 seats in the 2022 "
     "election.", {("Civic Dawn Party", S, 41)}),
    ("WINDHOEK, May 3 - Namibia's Prime Minister Tom Pelo founded the Mountain Renewal Party in 2021 and could win 41 "
     "seats in the next election.", set()),
    ("WINDHOEK, May 3 - Namibia's Prime Minister Tom Pelo joined the Mountain Renewal Party in 2021 and has 100 loyal "
     "deputies.", set()),
    ("WINDHOEK, May 3 - Namibia's Prime Minister Tom Pelo founded the Mountain Renewal Party in 2021. He has 100 loyal "
     "deputies.", set()),
]

_OF_ITS = ("a part held 'of its' whole with no house named before 'its' in the sentence or the one before: which body "
           "'its' names is not told (facts._its_house reads only a house named before it, "
           "test_nlp_facts_wordings13.py); the general reading lost a count on set-az at integration")
XFAIL: dict[str, str] = {
    "The Hill Alliance had held 88 of its 150 seats.": _OF_ITS,
    "The Civic Party holds 20 of its 45 seats.": _OF_ITS,
}


extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts)
