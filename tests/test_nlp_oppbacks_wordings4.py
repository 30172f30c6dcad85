"""A mutual tie told by a counted plural set beside a list: "A and B, the two old rivals, ...", "A, B and C, the three
bitter rivals, ...", "A and B, both long-time allies, ..." (word_lists rival_group_nouns / ally_group_nouns,
relations._mutual_group_nouns): the plural in apposition to the list stands for exactly that many names of it, and
each two of them hold the tie. Negatives: a past tie ("the two former rivals"), a count that does not fit the list,
the rivals of a third body ("the two rivals of C"); all names are invented; end to end with the real English
pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("The Velo Union and the Kessel Party, the two old rivals, cannot agree on a cabinet.",
     {("Velo Union", O, "Kessel Party")}, set()),
    ("The Dorva Front and the Kessel Militia, the two bitter rivals, traded fire on Sunday.",
     {("Dorva Front", O, "Kessel Militia")}, set()),
    ("The Velo Union, the Kessel Party and the Green Path, the three old rivals, met on Sunday.",
     {("Velo Union", O, "Kessel Party"), ("Velo Union", O, "Green Path"), ("Kessel Party", O, "Green Path")}, set()),
    ("The Velo Union and the Kessel Party, the two former rivals, signed a pact.", set(),
     {("Velo Union", O, "Kessel Party")}),
    ("The Velo Union and the Kessel Party, the two old rivals, are now close allies.", set(),
     {("Velo Union", O, "Kessel Party")}),
    ("The Velo Union and the Kessel Party, the three old rivals, met on Sunday.", set(),
     {("Velo Union", O, "Kessel Party")}),
    ("The Velo Union and the Kessel Party, the two old rivals of the Green Path, met on Sunday.",
     {("Velo Union", O, "Green Path")}, {("Velo Union", O, "Kessel Party")}),
]

XFAIL: dict[str, str] = {
    "The Velo Union and the Kessel Party, the two old rivals, are now close allies.":
        "a past tie told as over by the clause's own predicate (\"are now allies\"): the apposition is read alone",
}


extracted, test_wording = battery(CASES, XFAIL, "og", relations_by_document, check_ties)
