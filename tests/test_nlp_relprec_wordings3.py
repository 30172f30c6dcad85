"""False ties on unseen text: a foreign visitor made a member of the story's home state. A title naming no state
("Foreign Minister X") goes to the article's state unless the text shows the holder is not of it; a visit told as a
noun with its agent in a by-phrase ("during a visit to Varnia by Foreign Minister X", "the trip to Varnia by Deputy
Prime Minister X") shows a visitor there, as "X visited Varnia" and "X's visit to Varnia" already did
(relations._title_state_evidence, word_lists.visit_nouns). Negatives: the by-phrase of another noun or of a visit by
someone else, a visit to another state, a home minister named beside the visitor. All names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
L = "leader_of"
# a dateline and first lines that set the story in one state (PhraseResolver.home_state)
H = ("TARSK, Varnia, May 3 - Varnian police arrested ten students in Tarsk on Monday. The Varnian parliament met on "
     "Tuesday. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a visit noun's by-phrase: the agent is a visitor, not of the visited state ---
    (H + "In September Dessa listed the Red Hand as a terrorist group during a visit to Varnia by Foreign Minister "
     "Oskar Lenn, who praised President Ilse Marn as a partner.",
     {("Ilse Marn", L, "Varnia")}, {("Oskar Lenn", M, "Varnia")}),
    (H + "The trip to Varnia by Foreign Minister Oskar Lenn was the first since 2019.",
     set(), {("Oskar Lenn", M, "Varnia")}),
    (H + "Talks on the border were held during a two-day visit to Varnia in May by Deputy Prime Minister Oskar Lenn.",
     set(), {("Oskar Lenn", M, "Varnia")}),
    (H + "A visit to Varnia by Defence Minister Oskar Lenn last week ended without a deal.",
     set(), {("Oskar Lenn", M, "Varnia")}),
    (H + "A planned visit to Varnia by Foreign Minister Oskar Lenn was not cancelled, and Defence Minister Ivo Brandt "
     "said the arrests were lawful.", {("Ivo Brandt", M, "Varnia")}, {("Oskar Lenn", M, "Varnia")}),
    # --- negatives: the title stays the home state's ---
    (H + "Interior Minister Oskar Lenn said the arrests were lawful.", {("Oskar Lenn", M, "Varnia")}, set()),
    (H + "Interior Minister Oskar Lenn was criticised over a visit to Varnia by rebels last week.",
     {("Oskar Lenn", M, "Varnia")}, set()),
    (H + "A visit to Dessa by Interior Minister Oskar Lenn was cancelled.", {("Oskar Lenn", M, "Varnia")}, set()),
    (H + "Interior Minister Oskar Lenn was praised by Dessa during a visit to the border.",
     {("Oskar Lenn", M, "Varnia")}, set()),
    (H + "Interior Minister Oskar Lenn said a visit to Varnia by Dessan monitors would not be allowed.",
     {("Oskar Lenn", M, "Varnia")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rp3", relations_by_document, check_ties)
