"""A numbered division's label is no actor wherever it stands in a line: a capitalised word of roles.yaml
division_words right before its number ("09:30-11:00 Panel 1: ...", "according to the Panel 2 paper", "attending
Courtroom 1", "- Route 6 (A - B): suspended", "Prior knowledge: Lesson 6", "[Verse 2]") refers to a part of a
programme, a building, a timetable or a text. Negatives: a unit named by a word that is no division's label and its
number ("Unit 8200", "Task Force 88"), a label with no number after it ("the UN Panel of Experts"), and a longer name
that opens with the label and its number ("the Route 66 Riders") stay actors. Each case names the actors it must hold
(with their kind) and false ones (NONE). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    ("Prior knowledge: Lesson 6 (ceasefires and third-party mediation). Pupils read the Velmar Front manifesto for "
     "Lesson 8.", {"Velmar Front": O, "Lesson": NONE}),
    ("Sailings:\n- Route 6 (Port Amsel - Tarvo Reef): suspended.\n- Route 9 (Velna City - Sarpo): normal service.\n"
     "The Velmar Front blamed the navy.", {"Velmar Front": O, "Route": NONE}),
    ("09:30 Registration and coffee\n\n09:30-11:00 Panel 1: The junta and its partners\nDana Kost (Velmar University)"
     "\n\n11:30-13:00 Panel 2: Armed groups and militias\nThe Kessa Brigade financed the Guard's vehicles, according "
     "to the Panel 2 paper.", {"Kessa Brigade": O, "Panel": NONE}),
    ("Chorus repeats.\n\n[Verse 2]\nThe singer mocks the Kessa Brigade and its chief, Amon Tesh.",
     {"Kessa Brigade": O, "Amon Tesh": P, "Verse 2": NONE, "Verse": NONE}),
    ("(c) Members of the public attending Courtroom 1 will be searched. The Kessa Brigade trial opens on Monday.",
     {"Courtroom": NONE, "Courtroom 1": NONE}),
    ("He was called to Room 4 by Dana Kost.", {"Dana Kost": P, "Room": NONE, "Room 4": NONE}),
    ("Velmoria reopened Route 9 after the Kessa Brigade withdrew.", {"Kessa Brigade": O, "Route": NONE}),
    ("See Notice 12 from the Velmar Front.", {"Velmar Front": O, "Notice": NONE}),
    # --- negatives: no division's label, no number, a longer name ---
    ("Task Force 88 raided a compound held by the Kessa Brigade on Monday.", {"Kessa Brigade": O, "Task Force": O}),
    ("The UN Panel of Experts said the Kessa Brigade sold rifles to the Velmar Front.",
     {"Kessa Brigade": O, "Velmar Front": O}),
    ("The Kessa Brigade's Route 7 Riders did not attack the convoy.", {"Kessa Brigade": O}),
    ("The Route 66 Riders, a biker gang, clashed with police in Port Amsel.", {"Route 66 Riders": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "dv", actor_kinds, check_kinds)
