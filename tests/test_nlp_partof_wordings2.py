"""A rebel force named after a state is not that state's army.

"The Korvanian Liberation Army attacked government positions": a force noun ("Army") after the state's adjective
with a rebel word between them (relations.yaml rebel_name_words: "Liberation", "Revolutionary", "People's") names
a body of its own, not the state's institution, so it is no part of the state the text names. Negatives: "the
Korvanian National Army", "the Korvanian Army" (a style word or none) stay the state's forces, part of it.

All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

PO = "part_of"

CASES = [
    ("Korvania is in crisis. The Korvanian Liberation Army attacked government positions near Lumo.", set(),
     {("Korvanian Liberation Army", PO, "Korvania")}),
    ("Korvania is in crisis. The Korvanian Revolutionary Army seized Lumo on Tuesday.", set(),
     {("Korvanian Revolutionary Army", PO, "Korvania")}),
    ("Tesmar is in crisis. Fighters of the Tesmari People's Army ambushed a convoy near Durra.", set(),
     {("Tesmari People's Army", PO, "Tesmar")}),
    ("Briefing: Situation in Korvania\n   The Korvanian Liberation Army, led by Sabin Torrez, attacked government "
     "positions near Lumo on 12 May.", {("Sabin Torrez", "leader_of", "Korvanian Liberation Army")},
     {("Korvanian Liberation Army", PO, "Korvania")}),
    # --- negatives: the state's own army ---
    ("Korvania is in crisis. The Korvanian National Army attacked rebel positions near Lumo.",
     {("Korvania military", PO, "Korvania")}, set()),
    ("Korvania is in crisis. The Korvanian Army attacked rebel positions near Lumo.",
     {("Korvania military", PO, "Korvania")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po2", relations_by_document, check_ties)
