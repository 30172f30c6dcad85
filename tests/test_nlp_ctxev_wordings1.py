"""An "it" that is the subject of a relative clause on people a state's adjective only calls by their nationality ("the
two Velnian nurses it seized") stands for the sentence's main subject, a single body named before it ("The Front ...
still holds the two Velnian nurses it seized"), not for that closer state, which the document names elsewhere (a
context the same sentence alone lacks, so it read right alone and wrong in its document). Each document opens with a
sentence naming the state, then the sentence with the pronoun. Negatives: the state itself as main subject ("Velnia
... the Velnian dissidents it arrested"), a plural main subject (no "it"), a pronoun outside a relative clause, and
a relative clause on a singular act ("the Velnian offensive, which it launched"). Invented names; end to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- "it" in a relative clause on people named by a state's adjective: the main subject ---
    ("Morvania's parliament passed a budget on Monday. The Selvan Front has freed four soldiers but has not freed "
     "the two Morvanian nurses it seized in May.",
     {("Selvan Front", "COERCE|ASSAULT", "*")}, {("Morvania", "COERCE|ASSAULT", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front still holds the Morvanian engineers that it "
     "kidnapped last year.",
     {("Selvan Front", "COERCE|ASSAULT", "*")}, {("Morvania", "COERCE|ASSAULT", "*")}),
    ("Dravia's cabinet resigned on Tuesday. The Ormet Brigade released eleven soldiers, but not the Dravian "
     "journalists it abducted in June.",
     {("Ormet Brigade", "COERCE|ASSAULT", "*")}, {("Dravia", "COERCE|ASSAULT", "*")}),
    ("Dravia's cabinet resigned last week. The Ormet Brigade is still holding the three Dravian aid workers it "
     "detained at a checkpoint in March.",
     {("Ormet Brigade", "COERCE|ASSAULT", "*")}, {("Dravia", "COERCE|ASSAULT", "*")}),
    ("Kestria's president gave a speech on Sunday. The Tavor Movement has not freed the Kestrian pilots it abducted "
     "in April.",
     {("Tavor Movement", "COERCE|ASSAULT", "*")}, {("Kestria", "COERCE|ASSAULT", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Kessa Front, which controls the valley, is still "
     "holding the Morvanian doctors it kidnapped in 2023.",
     {("Kessa Front", "COERCE|ASSAULT", "*")}, {("Morvania", "COERCE|ASSAULT", "*")}),
    # --- negatives: the state is the main subject, or the subject of the clause that holds the people ---
    ("Morvania's parliament passed a budget on Monday. The Selvan Front's ally, the Kessa Union, holds the Morvanian "
     "nurses it seized.",
     {("Kessa Union", "COERCE|ASSAULT", "*")}, {("Morvania", "COERCE|ASSAULT", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front wants Morvania to release the Morvanian "
     "dissidents it arrested in May.",
     {("Morvania", "COERCE", "*")}, {("Selvan Front", "COERCE", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front hopes Morvania will free the Morvanian "
     "prisoners it holds.", set(), {("Selvan Front", "COERCE", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front accused Morvania of torturing the Morvanian "
     "dissidents it arrested in May.",
     {("Morvania", "COERCE", "*")}, {("Selvan Front", "COERCE", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front denied that it seized the Morvanian nurses.",
     set(), {("Selvan Front", "COERCE", "*")}),
    ("Morvania's parliament passed a budget on Monday. The Selvan Front says Morvania still holds the Morvanian "
     "dissidents it arrested in May.",
     {("Morvania", "COERCE", "*")}, {("Selvan Front", "COERCE", "*")}),
    ("Morvania's parliament passed a budget on Monday. Morvania has executed nine people this year, including the "
     "Morvanian dissidents it arrested in May.",
     {("Morvania", "COERCE|ASSAULT", "*")}, set()),
    ("Kestria's president gave a speech on Sunday. Kestria's army arrested the Kestrian protesters that it blamed for "
     "the riot.",
     {("Kestria|Kestria military|Kestria army", "COERCE", "*")}, {("Tavor Movement", "COERCE", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "cx", events_by_document, assert_events)
