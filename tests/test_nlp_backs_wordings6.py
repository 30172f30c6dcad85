"""(1) Backing told by a backing noun a state's adjective qualifies (relations._backing_for, _demonym_owner):
"Iranian support for the Front has grown", "Chad denounced Velnian support for X", "accusations of Velnian support for
X", "X leans on Emirati funding for Y" (relations.yaml backing_nouns, with "for", "of" or "to" naming the one backed):
the state the adjective names backs it, as "Iran's support for the Front" says.

(2) "Velnia's government has received security assistance from X", "Velnia's junta receives weapons from X"
(relations._receiving): a ruling noun (word_lists.ruling_nouns) owned by a state's name receives for that state.

Negatives: "no" support, support denied, support one fights on without, support wished for an act and not a body
("called for Velnian support for the ceasefire"), a noun of no backing ("Velnian criticism of X"); aid refused, not
received, or only possible. Organisation names are invented, the states real; end to end with the real English
pipeline. Each case has its own names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("Egyptian support for the Tarn Front has grown since 2020.",
     {("Egypt", B, "Tarn Front")}, set()),
    ("Chad denounced Sudanese support for the Narro Front.",
     {("Sudan", B, "Narro Front")}, set()),
    ("Chad cited accusations of Libyan support for the Kell Front.",
     {("Libya", B, "Kell Front")}, set()),
    ("The Pell Council leans on Emirati funding for the Pell Coast Guard.",
     {("United Arab Emirates", B, "Pell Coast Guard")}, set()),
    ("Iranian backing for the Ossan Brigades is an open secret.",
     {("Iran", B, "Ossan Brigades")}, set()),
    ("Kenya protested against Ugandan military support for the Ruvo Movement.",
     {("Uganda", B, "Ruvo Movement")}, set()),
    # --- (2) aid received by a state's government named by the state's possessive ---
    ("The Board notes that Benin's government has received security assistance from Togo.",
     {("Togo", B, "Benin")}, set()),
    ("Peru's junta receives weapons from Bolivia.",
     {("Bolivia", B, "Peru")}, set()),
    # --- negatives ---
    ("Chile's government has refused assistance from Argentina.", set(),
     {("Argentina", B, "Chile")}),
    ("Gabon's government has not received any money from Cameroon.", set(),
     {("Cameroon", B, "Gabon")}),
    ("Mali's government would receive weapons from Niger.", set(),
     {("Niger", B, "Mali")}),
    ("Algeria denies any Algerian support for the Vorn Front.", set(),
     {("Algeria", B, "Vorn Front")}),
    ("The Sarn Front fought on without Nigerian support for its fighters.", set(),
     {("Nigeria", B, "Sarn Front")}),
    ("There is no Ghanaian support for the Dask Front.", set(),
     {("Ghana", B, "Dask Front")}),
    ("Chad called for Egyptian support for the ceasefire with the Mell Front.", set(),
     {("Egypt", B, "Mell Front")}),
    ("Kenyan criticism of the Tollo Front has grown.", set(),
     {("Kenya", B, "Tollo Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "b6", relations_by_document, check_ties)
