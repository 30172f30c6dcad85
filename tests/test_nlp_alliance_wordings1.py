"""Partners told by joining and by voting. (1) "A chose to join B and C in a coalition", "A joined B in government in
2019": an unnamed partnership (relations.yaml partnership_nouns) after "in" makes the bodies joined A's allies, not
bodies A is a member of (relations._joined_in_partnership); a named alliance after "in" still makes members.
(2) "X, which always votes with the government", "X, whose deputies have voted with the government on every bill":
a party voting with the government backs the article's state; "X votes with the ruling Y Party" allies X with Y
(relations._votes_with; relations.yaml voting_with_verbs, habitual_words). Negatives: a refusal, a negation, a
hypothetical, a condition, one past vote. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A, B, M = "allied_with", "backs", "member_of"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")
FK = {("Farmers' Party", B, "Kalvar")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "A joined B and C in a coalition" ---
    ("The Velan Union chose to join the People's Alliance and the Karst Party in a coalition.",
     {("Velan Union", A, "People's Alliance"), ("Velan Union", A, "Karst Party")},
     {("Velan Union", M, "People's Alliance"), ("Velan Union", M, "Karst Party")}),
    ("The Velan Union joined the Karst Party in government in 2019.",
     {("Velan Union", A, "Karst Party")}, {("Velan Union", M, "Karst Party")}),
    ("The Velan Union joined the Karst Party in a coalition that elected Dara Venn prime minister.",
     {("Velan Union", A, "Karst Party")}, {("Velan Union", M, "Karst Party")}),
    ("The Greens have joined the Lantern Party in the Unity Alliance.",
     {("Greens", M, "Unity Alliance"), ("Greens", A, "Lantern Party")}, set()),
    ("The Velan Union joined the Karst Alliance in 2019.", {("Velan Union", M, "Karst Alliance")}, set()),
    ("The Velan Union refused to join the Karst Party in a coalition.", set(),
     {("Velan Union", A, "Karst Party"), ("Velan Union", M, "Karst Party")}),
    ("The Velan Union will not join the Karst Party in government.", set(),
     {("Velan Union", A, "Karst Party"), ("Velan Union", M, "Karst Party")}),
    ("If the Velan Union joined the Karst Party in a coalition, it would win.", set(),
     {("Velan Union", A, "Karst Party"), ("Velan Union", M, "Karst Party")}),
    ("The Velan Union could join the Karst Party in a coalition after the vote.", set(),
     {("Velan Union", A, "Karst Party"), ("Velan Union", M, "Karst Party")}),
    # --- (2) "X, which always votes with the government" ---
    (HOME + "The Velan Party won 47 of the 63 seats; the Farmers' Party, which always votes with the government, won 9.",
     FK, set()),
    (HOME + "The Velan Party holds 88 seats; the Farmers' Party, which votes with the government, holds 14.", FK, set()),
    (HOME + "The Velan Party depends on the Farmers' Party, whose deputies have voted with the government on every "
            "major bill since 2020.", FK, set()),
    ("The Farmers' Party votes with the ruling Velan Party on every bill.",
     {("Farmers' Party", A, "Velan Party")}, set()),
    (HOME + "The Farmers' Party voted with the government on Tuesday.", set(), FK),
    (HOME + "The Farmers' Party never votes with the government.", set(), FK),
    (HOME + "The Farmers' Party would vote with the government if the budget passed.", set(), FK),
    (HOME + "The Farmers' Party refuses to vote with the government.", set(), FK),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "al1", relations_by_document, check_ties)
