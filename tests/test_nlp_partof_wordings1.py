"""part_of told by a chain of command, and three wordings read backwards or as a part: the largest mechanisms of
the missed and spurious part_of ties over the development sets that a sentence states whole. A body that "reports
to" or is "attached to" a state's ministry, office or head is part of that state (word_lists.chain_verbs); a
company's subsidiary named by a state's word is no part of the state (same_body_modifiers); a part noun narrowed by a
patron's noun ("its own proxy force") is backed, not a part (relations._patron_modifier); a state's army named by
its state's word alone stays the state's when another state supports it (relations._plain_state_force). Several
wordings per mechanism with negatives (a single telling, a modal, a negation, a company, another state); all names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P = "part_of"
B = "backs"
# a dateline and a first line that set the story in one state (PhraseResolver.home_state)
H = "OSTMERE, Velnia, May 3 (Wire) - Velnian police detained ten students in Ostmere on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a chain of command: "reports to", "attached to" a state's ministry, office or head ---
    (H + "The Thornwick Guard, a paramilitary force of 3,000 men, reports to the interior ministry.",
     {("Thornwick Guard", P, "Velnia")}, set()),
    (H + "The Thornwick Guard is a paramilitary formation of about 3,000 men that reports to the interior ministry.",
     {("Thornwick Guard", P, "Velnia")}, set()),
    (H + "The Heron Directorate, which reports directly to the president, runs the border posts.",
     {("Heron Directorate", P, "Velnia")}, set()),
    (H + "The Quillon Bureau, which reports to the President's office, hosted the talks.",
     {("Quillon Bureau", P, "Velnia")}, set()),
    (H + "The Thornwick Guard is formally attached to the interior ministry.",
     {("Thornwick Guard", P, "Velnia")}, set()),
    (H + "The militias were folded into the Heron Directorate, a body attached to the interior ministry.",
     {("Heron Directorate", P, "Velnia")}, set()),
    # --- negatives: a single telling, a modal, a negation, a company, a mission's monitors, another sense ---
    (H + "The Heron Directorate reported to the interior ministry that the border was calm.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Heron Directorate will report to the president next week on the riots.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Heron Directorate does not report to the interior ministry, its director said.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Tessel Consultancy reports to the Orvane Mining Company on security matters.",
     set(), {("Tessel Consultancy", P, "Orvane Mining Company"), ("Tessel Consultancy", P, "Velnia")}),
    (H + "Monitors of the Cordel Mission reported the shooting to the interior ministry.",
     set(), {("Cordel Mission", P, "Velnia")}),
    (H + "The Heron Directorate said great importance is attached to the president's visit.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Heron Directorate used to report to the interior ministry.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Heron Directorate, which until 2020 had reported to the interior ministry, is now independent.",
     set(), {("Heron Directorate", P, "Velnia")}),
    (H + "The Heron Directorate no longer reports to the interior ministry.",
     set(), {("Heron Directorate", P, "Velnia")}),
    # --- another state named: its own ministry ---
    (H + "Across the border, the Thornwick Guard reports to the Dravian interior ministry.",
     {("Thornwick Guard", P, "Dravia")}, {("Thornwick Guard", P, "Velnia")}),
    # --- a company's subsidiary named by a state's word: no part of the state ---
    ("Velnia and Dravia signed a trade deal. Rebels abducted four employees of the Group's Velnian subsidiary, "
     "Tessal Mining, in July.", set(), {("Tessal Mining", P, "Velnia")}),
    ("Velnia and Dravia signed a trade deal. Brennor Holdings plc said its Dravian subsidiary, Tessal Mining, had "
     "resumed output.", {("Tessal Mining", P, "Brennor Holdings plc")}, {("Tessal Mining", P, "Dravia")}),
    # --- a part noun narrowed by a patron's noun: backed, not a part ---
    ("Velnia and Dravia signed a deal. Velnia responded by deploying its own proxy force, the Granite Rampart Forces, "
     "which now number 20,000 men.", {("Velnia", B, "Granite Rampart Forces")},
     {("Granite Rampart Forces", P, "Velnia")}),
    ("Velnia and Dravia signed a deal. Velnia responded by deploying its own force, the Granite Rampart Forces, "
     "which now number 20,000 men.", {("Granite Rampart Forces", P, "Velnia")}, set()),
    # --- a state's army named by its state's word: the state's, even when another state supports it (the plain
    # army is the state itself: no part_of its own state either, relation_drops._plain_organ_of_state) ---
    ("Velnia and Dravia signed a deal. Velnia said it would continue to support the Dravian army against the "
     "rebels.", {("Velnia", B, "Dravia military")},
     {("Dravia military", P, "Velnia"), ("Dravia military", P, "Dravia")}),
    ("Belgian-backed factions of the Dravian National Army clashed with the Crimson Front near the dam.",
     set(), {("Dravian National Army", P, "Dravia")}),
    ("Velnia and Dravia signed a deal. Dravian troops in Velnia guard the airport.",
     set(), {("Dravia military", P, "Velnia")}),
    ("Velnia and Dravia signed a deal. Velnia has long backed the Dravian army, which it trains and arms.",
     {("Velnia", B, "Dravia military")}, {("Dravia military", P, "Velnia"), ("Dravia military", P, "Dravia")}),
    ("Velnia and Dravia signed a deal. In the east, the Dravian National Army (DNA), led by the rebel general Osko "
     "Varn, is backed by Velnia.", {("Velnia", B, "Dravia military")}, {("Dravia military", P, "Dravia")}),
    # --- review rm2: a chain only wanted, a partner or rival word before a name, a past or patron's part noun ---
    (H + "Velnia's parliament wants the Thornwick Guard to report to the interior ministry.",
     set(), {("Thornwick Guard", P, "Velnia")}),
    (H + "The Thornwick Guard continues to report to the interior ministry.",
     {("Thornwick Guard", P, "Velnia")}, set()),
    ("Nenad Voll, leader of the Tarn Party's junior partner Oskar Union, chaired the session.",
     {("Oskar Union", "allied_with", "Tarn Party")}, {("Oskar Union", P, "Tarn Party")}),
    ("Nenad Voll, leader of the Tarn Party's rival Oskar Union, chaired the session.",
     set(), {("Oskar Union", P, "Tarn Party")}),
    ("Nenad Voll, leader of the Tarn Party's youth wing Oskar Union, chaired the session.",
     {("Oskar Union", P, "Tarn Party")}, set()),
    ("Oskar Union is the Tarn Party's proxy force, Ostravia said.",
     {("Tarn Party", B, "Oskar Union")}, {("Ostravia", P, "Tarn Party"), ("Oskar Union", P, "Tarn Party")}),
    ("Oskar Union is the Tarn Party's armed wing, Ostravia said.",
     {("Oskar Union", P, "Tarn Party")}, {("Ostravia", P, "Tarn Party")}),
    ("The Tarn Front's former armed wing, the Oskar Brigade, disbanded in May.",
     set(), {("Oskar Brigade", P, "Tarn Front")}),
    ("The Tarn Front's former proxy force, the Oskar Brigade, disbanded in May.",
     set(), {("Oskar Brigade", P, "Tarn Front")}),
    ("The Tarn Front's armed wing, the Oskar Brigade, shelled a village in May.",
     {("Oskar Brigade", P, "Tarn Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po1", relations_by_document, check_ties)
