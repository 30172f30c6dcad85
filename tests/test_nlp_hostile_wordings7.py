"""Hostility told by a noun owned by "whose", and told as over (relations._hostile_noun):

* "X, whose rivalry with Y split the party", "X, whose war against Y has lasted a decade", "X, whose feud with Y
  began in 2019": the owner is the name the relative clause is said of (relations._relative_antecedent), as "X's
  rivalry with Y" is X's;
* a hostility noun as the subject of a verb that tells it over (relations.yaml hostility_end_verbs): "X's rivalry with
  Y ended in 2010", "X, whose dispute with Y was settled in 2015", "the war between A and B ended in 2019" give no tie
  (a hostility not said to have ended still does: "the feud between A and B has not ended", nor one that ends
  something else: "the coalition against X ended its training mission").

All names are invented; end to end with the real English pipeline. Each case has its own names.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "whose" owns the hostility noun ---
    ("Mario Benitez, whose rivalry with Horacio Carvallo split the party, left office in 2023.",
     {("Mario Benitez", O, "Horacio Carvallo")}, set()),
    ("The Kolva Front, whose war against the Sarn Brigades has lasted a decade, seized the port.",
     {("Kolva Front", O, "Sarn Brigades")}, set()),
    ("Ana Lorca, whose feud with Pedro Ibarra began in 2019, resigned on Monday.",
     {("Ana Lorca", O, "Pedro Ibarra")}, set()),
    ("The feud between Rosa Delmar and Ivo Santel has not ended.",
     {("Rosa Delmar", O, "Ivo Santel")}, set()),
    ("The Peruvian-led coalition against the Harro Front ended its training mission in May.",
     {("Peruvian-led coalition", O, "Harro Front")}, set()),
    # --- negatives: a hostility told over ---
    ("Luis Vidal, whose rivalry with Jorge Sena ended in 2010, praised him on Monday.", set(),
     {("Luis Vidal", O, "Jorge Sena")}),
    ("The Tesso Union, whose dispute with the Marra Party was settled in 2015, now governs with it.", set(),
     {("Tesso Union", O, "Marra Party")}),
    ("Nora Kessel's rivalry with Emil Dorn ended in 2012.", set(),
     {("Nora Kessel", O, "Emil Dorn")}),
    ("The war between the Dalo Front and the Ressa Brigades ended in 2019.", set(),
     {("Dalo Front", O, "Ressa Brigades"), ("Ressa Brigades", O, "Dalo Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h7", relations_by_document, check_ties)
