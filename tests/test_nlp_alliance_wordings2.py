"""Allies told in the second half of a joined phrase. (1) "A formed a government with B, which won 14 seats, and with
C": a second "with" joined to the first names a partner too (relations._partnership). (2) "A, which won 12 seats and is
close to B": a tie adjective (relations.yaml adjective_phrases) on a copula joined to a first verb takes that verb's
subject, a relative pronoun's antecedent included. (3) "X, chairman of the Y Union and President Z's junior partner,
...": a possessed tie noun (of_phrases) joined by "and" after a first apposition is a second apposition of the person
(relations._joined_apposition). Negatives: a refusal, a negation, "no longer", a former partner, a list of two
people. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A, O = "allied_with", "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "with B, ..., and with C" ---
    ("Kovic formed a government with the Green Union, which had won 14 seats, and with the Karst Movement, the party "
     "of Dorsk's mayor.", {("Kovic", A, "Green Union"), ("Kovic", A, "Karst Movement")}, set()),
    ("The Velan Party governs in a coalition with the Farmers' Union and with the Karst Movement.",
     {("Velan Party", A, "Farmers' Union"), ("Velan Party", A, "Karst Movement")}, set()),
    ("The Velan Party formed a government with the Greens and ruled out any deal with the Karst Movement.",
     {("Velan Party", A, "Greens")}, {("Velan Party", A, "Karst Movement")}),
    ("The Velan Party refused to form a government with the Greens or with the Karst Movement.", set(),
     {("Velan Party", A, "Greens"), ("Velan Party", A, "Karst Movement")}),
    # --- (2) "A, which won 12 seats and is close to B" ---
    ("The Highland Democratic Party, which won 12 seats and is close to the Karst National Council, walked out.",
     {("Highland Democratic Party", A, "Karst National Council")}, set()),
    ("The Highland Democratic Party won 12 seats and is close to the Karst National Council.",
     {("Highland Democratic Party", A, "Karst National Council")}, set()),
    ("The Tarn Brigade, which holds the north and is allied to the Velan Front, rejected the deal.",
     {("Tarn Brigade", A, "Velan Front")}, set()),
    ("The Highland Democratic Party won 12 seats but is no longer close to the Karst National Council.", set(),
     {("Highland Democratic Party", A, "Karst National Council")}),
    ("The Highland Democratic Party, which won 12 seats and is not close to the Karst National Council, walked out.",
     set(), {("Highland Democratic Party", A, "Karst National Council")}),
    # --- (3) "X, chairman of the Y Union and President Z's junior partner, ..." ---
    ("Devran Bolat, chairman of the Nationalist Union (NU) and President Karel Kolev's junior partner, opened the door "
     "in October.", {("Devran Bolat", A, "Karel Kolev")}, set()),
    ("Devran Bolat, leader of the Farmers' Union and Prime Minister Karel Kolev's closest ally, resigned on Friday.",
     {("Devran Bolat", A, "Karel Kolev")}, set()),
    ("Devran Bolat, chairman of the Nationalist Union and Karel Kolev's former partner, spoke.", set(),
     {("Devran Bolat", A, "Karel Kolev")}),
    ("Devran Bolat and Karel Kolev's ally, Mira Len, met on Friday.", set(), {("Devran Bolat", A, "Karel Kolev")}),
]

XFAIL: dict[str, str] = {
    "Devran Bolat, leader of the Farmers' Union and Prime Minister Karel Kolev's closest ally, resigned on Friday.":
        "the parser hangs the second noun under the first apposition's 'of' (a second object of 'leader of'), not on "
        "the person",
}


extracted, test_wording = battery(CASES, XFAIL, "al2", relations_by_document, check_ties)
