"""Seat counts in wordings the earlier batteries leave out, written before changing the reader: a holding out of "its"
whole where "its" stands for the house named before it, not for the holder ("X controls the Assembly with 61 of its 130
seats", "The Assembly met. X holds 20 of its 45 seats"): the whole is the house's size, the part the holder's; a
specific house noun ("in Congress", "in the Senate") that cannot stand for the story's one named house of another head
("the X Chamber of Estate Agents"), though a house named in another language ("Congreso Nacional") is "the Congress";
one count to each of coordinated names with an aside in brackets after it, which the parser hangs the count on ("A and
B won 4 each (1 mark for any two)"). Negatives: "its" that is the holder's own whole ("kept 12 of its 40 seats", "lost
11 of its 30"), a holding a poll projects or a clause denies (also "could win 3 each (...)"), and a generic house noun
("in parliament"), which still stands for any house. The bodies are invented; states are real; end to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"

CASES = [
    # --- "its" whole: the house named before it ---
    ("The Civic Renewal Party still controls the Orvan Assembly with 61 of its 130 seats and the support of the small "
     "Farmers' Union.", {("Orvan Assembly", S, 130), ("Civic Renewal Party", S, 61)}),
    ("The Orvan Assembly met on Monday. The Tarn Party holds 20 of its 45 seats.",
     {("Orvan Assembly", S, 45), ("Tarn Party", S, 20)}),
    ("The Orvan Assembly was dissolved in May. The Tarn Party, led by Ana Veli, held 88 of its 150 seats until then.",
     {("Orvan Assembly", S, 150), ("Tarn Party", S, 88)}),
    ("The Velmar Congress reopened after the recess, and the Harbour League controls it with 52 of its 90 seats.",
     {("Velmar Congress", S, 90), ("Harbour League", S, 52)}),
    # --- "its" whole: the holder's own ---
    ("The Tarn Party kept 12 of its 40 seats in the Orvan Assembly.", {("Tarn Party", S, 12)}),
    ("The Tarn Party lost 11 of its 30 seats in the Orvan Assembly.", {("Tarn Party", S, 19)}),
    # --- not told as a holding ---
    ("The Orvan Assembly meets in May. A poll says the Tarn Party could hold 20 of its 45 seats.", set()),
    ("The Orvan Assembly meets in May. The Tarn Party does not hold 20 of its 45 seats, despite its claims.", set()),
    # --- a specific house noun and the story's one named house ---
    ("The Tarn Party holds 71 of the 130 seats in Congress. Casas Realty is a registered member of the Orvan Chamber "
     "of Estate Agents.", {("Tarn Party", S, 71)}),
    ("The Tarn Party holds 21 of the 60 seats in the Senate. Casas Realty is a registered member of the Orvan Chamber "
     "of Estate Agents.", {("Tarn Party", S, 21)}),
    ("The Orvan National Assembly met on Monday. The Tarn Party holds 71 of the 130 seats in parliament.",
     {("Orvan National Assembly", S, 130), ("Tarn Party", S, 71)}),
    ("The Orvan National Assembly met on Monday. The Tarn Party holds 71 of the 130 seats in the Assembly.",
     {("Orvan National Assembly", S, 130), ("Tarn Party", S, 71)}),
    ("The Tarn Party holds 71 of the 130 seats in Congress, the legislature of Chad. The Ndjamena Chamber of Commerce "
     "welcomed the result.", {("Chad", S, 130), ("Tarn Party", S, 71)}),
    ("The Congreso Nacional of Orvania met on Monday. The Tarn Party, which obtained 58 of the 120 seats in the "
     "Congress, lost its majority.", {("Congreso Nacional of Orvania", S, 120), ("Tarn Party", S, 58)}),
    # --- one count to each of coordinated names, an aside in brackets after it ---
    ("The Tarn Party took 8 seats; the Orvel Front and the Green List won 4 each (1 mark for any two of these).",
     {("Tarn Party", S, 8), ("Orvel Front", S, 4), ("Green List", S, 4)}),
    ("The Tarn Party took 8 seats; the Orvel Front and the Green List won 3 each (2 of them in the north).",
     {("Tarn Party", S, 8), ("Orvel Front", S, 3), ("Green List", S, 3)}),
    ("The Tarn Party took 8 seats. The Orvel Front and the Green List could win 3 each (2 polls agree).",
     {("Tarn Party", S, 8)}),
]

# The reading of "its" as the house named before it was dropped at integration (Dec 7, thirty-fourth session) and read
# again (facts._its_house) with the antecedent told apart: "its" names the nearest body before it other than the clause's
# own subject, and only a holding organisation's part is read ("X, whose leader holds one of its four seats": the party's).
XFAIL: dict[str, str] = {}

extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts)
