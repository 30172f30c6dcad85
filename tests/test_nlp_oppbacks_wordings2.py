"""Backing, alliance and hostility told by a relational noun that a state's adjective qualifies, owned by a
possessive: "the army and its Russian allies", "the Front's Iranian backers", "Kessel's Turkish patrons", "the
Guard, whose Emirati paymasters ...", "its Iranian enemies" (relations.yaml of_phrases: backs, allied_with,
opposes; relations._demonym_owned_tie): the state the adjective names holds the tie to the owner. Negatives: a past
or would-be tie ("its former Iranian backers"), "no" ("it has no Iranian backers"), a reverse noun whose adjective
only says where its members come from ("Iran's Iraqi proxies"), a noun of no tie ("its Iranian commander"), a
pronoun after "and" whose antecedent (the first conjunct) names no one ("the bandits and their Iranian sponsors"); all
names of bodies are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

B, A, O = "backs", "allied_with", "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- backers, patrons, sponsors, paymasters ---
    ("The Dorva Front retook the town with the help of its Iranian backers.", {("Iran", B, "Dorva Front")}, set()),
    ("The Dorva Front's Iranian sponsors sent drones to the coast.", {("Iran", B, "Dorva Front")}, set()),
    ("Officials say the Kessel Guard's Turkish patrons pay its salaries.", {("Turkey", B, "Kessel Guard")}, set()),
    ("The Dorva Front, whose Iranian patrons supply its drones, retook the town.", {("Iran", B, "Dorva Front")},
     set()),
    # --- allies ---
    ("The Velmor Army and its Russian allies retook the town.", {("Velmor Army", A, "Russia")}, set()),
    ("The Dorva Front and its Iranian and Syrian allies retook the town.",
     {("Dorva Front", A, "Iran"), ("Dorva Front", A, "Syria")}, set()),
    # --- enemies ---
    ("The Dorva Front fought its Iranian enemies near the border.", {("Dorva Front", O, "Iran")}, set()),
    # --- negatives: a past or would-be tie, "no", a reverse noun, a noun of no tie ---
    ("The Dorva Front retook the town with its former Iranian backers.", set(), {("Iran", B, "Dorva Front")}),
    ("The Dorva Front's would-be Turkish patrons stayed away.", set(), {("Turkey", B, "Dorva Front")}),
    ("The Dorva Front has no Iranian backers.", set(), {("Iran", B, "Dorva Front")}),
    ("The Kessel Guard's Iraqi proxies fired rockets.", set(), {("Iraq", B, "Kessel Guard"), ("Kessel Guard", B, "Iraq")}),
    ("The Dorva Front's Iranian commander was killed.", set(), {("Iran", B, "Dorva Front")}),
    # --- negatives: private people of that land (a follower noun), a state adjective not next to the noun (the
    # noun's nearer modifier names the allies: "opposition", "Kurdish") ---
    ("The Dorva Front's Iranian supporters cheered in the streets of Tehran.", set(), {("Iran", B, "Dorva Front")}),
    ("The Dorva Front's Syrian opposition allies met on Sunday.", set(), {("Syria", A, "Dorva Front"),
                                                                         ("Dorva Front", A, "Syria")}),
    ("The Dorva Front's Iranian Kurdish allies advanced.", set(), {("Iran", A, "Dorva Front"),
                                                                  ("Dorva Front", A, "Iran")}),
    # --- "their" after a list: each listed body ---
    ("The Dorva Front, the Kessel Guard and their Iranian backers met in a villa.",
     {("Iran", B, "Dorva Front"), ("Iran", B, "Kessel Guard")}, set()),
    # --- a pronoun owner after "and": the first conjunct, not a body named before ---
    ("Ostravia warned Kessel on Monday. \"The bandits and their Iranian sponsors will find no refuge.\"", set(),
     {("Iran", B, "Kessel"), ("Iran", B, "Ostravia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "od", relations_by_document, check_ties)
