"""Invented one-word states in wordings the actor layer typed wrongly or missed:
  * the name owning a state's house by its own name ("X's Congress voted", "X's Senate", "X's National Assembly",
    "X's legislature": roles.yaml unlisted_state_owns, actors._unlisted_states), whatever the tagger called it;
  * the name right after a date's month ("On 29 August X's army ...": the month, tagged a date, glues no name to it:
    actors._date_word);
  * the name seated at a meeting of states ("the representative of X", "Delegation of X": roles.yaml delegate_nouns,
    actors._seated_states) beside a state world knowledge holds so seated, or beside two other such names.
Negatives: a person's house ("Marek Tolvan's congress"), a known region's senate; a firm's single representative, two
firms' representatives at a board; a month before a person's name. Each item is its own document (opening with a
known home state where the name is not to be the story's own state by default); expected kinds "country" or
"!country" (no state of that name). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C = "country"

OSLO = "OSLO, June 9 - Norway's government met on Friday. Norway's ports were busy. "
UN = "NEW YORK, May 3 - The Security Council met on Monday to discuss the border. "

CASES = [
    # --- (1) a state's house by its own name after the possessive ---
    ("Last week Belvanne's Senate voted to dismiss Prime Minister Hal Vickery. Vickery called the vote a coup.",
     {"Belvanne": C}, set()),
    ("Last week Drossland's National Assembly voted to dismiss Prime Minister Hal Vickery. Vickery called the vote "
     "a coup.", {"Drossland": C}, set()),
    (OSLO + "In a late vote Tarnivo's Senate rejected the treaty with Norway.",
     {"Tarnivo": C}, set()),
    (OSLO + "Marek Tolvan's congress of supporters met in a hotel.", {"Tolvan": NC}, set()),
    # --- (2) a date's month before the name ---
    ("On 29 August Korvelle's Congress voted 58 to 31 to suspend President Mara Oskiva. Oskiva called the vote a coup.",
     {"Korvelle": C}, set()),
    ("On 3 May Tesmoria's army crossed the border, officials said. Colonel Ivo Dremmel commands the force.",
     {"Tesmoria": C}, set()),
    (OSLO + "On 3 May Dana Pelvik's party congress chose a new leader.", {"Pelvik": NC}, set()),
    # --- (3) a seat at a meeting of states ---
    (UN + "The representative of Tesmoria rejected what he called unfounded allegations. The representative of Kenya "
     "called on Tesmoria to use its influence.", {"Tesmoria": C}, set()),
    (UN + "The permanent representative of Ulvessa said her government would cooperate. The representative of the "
     "United States welcomed the statement.", {"Ulvessa": C}, set()),
    ("LAKESIDE WATER FORUM\nList of Delegations\n\nDelegation of Norway\n  Head of delegation: Ola Berg\n\n"
     "Delegation of Marvosk\n  Head of delegation: Ilse Darrow\n\nThe forum met on Tuesday.", {"Marvosk": C}, set()),
    (OSLO + "The board met on Monday. The representative of Brantwell said the plant would close.",
     {"Brantwell": NC}, set()),
    (OSLO + "The board met on Monday. The representative of Brantwell and the representative of Dovermill "
     "agreed on the price.", {"Brantwell": NC, "Dovermill": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ivs3", kinds_and_ties, check_kinds_and_ties)
