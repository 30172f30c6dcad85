"""Seat counts of holders named as another body's, written before changing the reader from documents of this probe:
all of a party's deputies joined to another body's act by a preposition ("X governs with the 9 deputies of Y", "a
motion backed by the 40 MPs of Y", "X relies on the nine lawmakers of Y") are Y's seats, never the clause subject's;
holders of another body a verb acts on ("X met the 6 deputies of Y", "X won over the 6 deputies of Y") are nobody's
seats (before: the subject's). A whole told first with "its" ("The vote redrew the National Assembly. Of its 193
seats, X took 37, Y 20"), "its" standing for the house the sentence before names last in the paragraph, is that house's
size. Negatives give nothing or only the subject's own count: holders of no named body, a
house's members (its size), a count the clause negates, a count with no "the" (some of them); "its" after a
paragraph break, after a party named last, or before a sharing clause that names a place. The parties are
invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"
P = "Malawi's parliament sat on Tuesday. "

CASES = [
    # --- all of a party's holders joined to another body's act: that party's seats ---
    (P + "The Chisomo Renewal Party governs with the 9 deputies of the Lilongwe Greens.",
     {("Lilongwe Greens", S, 9)}),
    (P + "The Chisomo Renewal Party, with 58 seats, governs together with the 11 lawmakers of the Shire Farmers Union.",
     {("Chisomo Renewal Party", S, 58), ("Shire Farmers Union", S, 11)}),
    (P + "The Chisomo Renewal Party formed a coalition with the nine MPs of the Lilongwe Greens.",
     {("Lilongwe Greens", S, 9)}),
    (P + "The budget was backed by the 40 deputies of the Mzuzu Labour Front.", {("Mzuzu Labour Front", S, 40)}),
    (P + "The Chisomo Renewal Party relies on the 7 legislators of the Lilongwe Greens to pass its budget.",
     {("Lilongwe Greens", S, 7)}),
    (P + "The Chisomo Renewal Party holds 58 of the 193 seats and governs alongside the 12 deputies of the Mzuzu "
         "Labour Front, a farmers' party.",
     {("Chisomo Renewal Party", S, 58), ("Mzuzu Labour Front", S, 12), ("Malawi parliament", S, 193)}),
    # --- another body's holders a verb acts on: nobody's seats ---
    (P + "The Chisomo Renewal Party won over the 6 deputies of the Lilongwe Greens.", set()),
    (P + "The Chisomo Renewal Party courted the 14 lawmakers of the Mzuzu Labour Front all week.", set()),
    # --- negatives ---
    (P + "The Chisomo Renewal Party met the 6 deputies of the Lilongwe Greens.", set()),
    (P + "The Chisomo Renewal Party governs with 58 deputies.", {("Chisomo Renewal Party", S, 58)}),
    (P + "The Chisomo Renewal Party did not win over the 6 deputies of the Lilongwe Greens.", set()),
    (P + "The Chisomo Renewal Party governs with the 193 members of the National Assembly.",
     {("National Assembly", S, 193)}),
    (P + "The Chisomo Renewal Party expelled the 14 deputies of the party.", set()),
    (P + "The Chisomo Renewal Party governs with six deputies of the Lilongwe Greens.", set()),
]

H = "LILONGWE - Malawi held elections on Tuesday. "

CASES += [
    # --- a whole told first with "its", the house named last in the sentence before ---
    (H + "The vote redrew the National Assembly. Of its 193 seats, the Chisomo Renewal Party took 37, the Shire "
         "Farmers Union 20.",
     {("National Assembly", S, 193), ("Chisomo Renewal Party", S, 37), ("Shire Farmers Union", S, 20)}),
    (H + "The snap poll reshaped the National Assembly. Of its 193 seats, the Chisomo Renewal Party won 37, the Shire "
         "Farmers Union 20, the Lilongwe Greens 11 and the Mzuzu Labour Front 10.",
     {("National Assembly", S, 193), ("Chisomo Renewal Party", S, 37), ("Shire Farmers Union", S, 20),
      ("Lilongwe Greens", S, 11), ("Mzuzu Labour Front", S, 10)}),
    (H + "The National Council, the upper house, was not renewed. The snap vote redrew the National Assembly. Of its "
         "193 seats, the Chisomo Renewal Party won 90.",
     {("National Assembly", S, 193), ("Chisomo Renewal Party", S, 90)}),
    # --- negatives: another paragraph, a place in the sharing clause ---
    (H + "The vote redrew the National Assembly.\n\nOf its 193 seats, the Chisomo Renewal Party took 37.",
     {("Chisomo Renewal Party", S, 37)}),
    (H + "The vote redrew the National Assembly. Of its 193 seats, the Chisomo Renewal Party took 37 in the south.",
     {("Chisomo Renewal Party", S, 37)}),
]

XFAIL: dict[str, str] = {}

extracted, test_wording = battery(CASES, XFAIL, "p", facts_by_document, assert_facts)
