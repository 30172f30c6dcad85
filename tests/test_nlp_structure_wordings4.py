"""Ties of structure between bodies: (1) "X wants the province to become independent and has an armed wing, Y": a
finite verb the parser conjoined to an infinitive takes the subject of the verb above (relations._clause_subject,
_to_infinitive), so the wing is X's, not the infinitive's subject's; (2) "A and B registered an electoral alliance,
the Y", "... an alliance called Y": registering is forming (word_lists.forming_verbs), and the makers of a named
alliance are members of it (relations._formed_named_alliance); (3) "Its neighbours, A, B and C, have left Z and formed
Y", "Three parties, A, B and C, formed Y": the bodies or states a common-noun subject lists are the members of the
body the verb forms (relations._named_subject_list); (4) "A remains in the Union", "B stayed in the alliance": a
state staying in an organisation, a body staying in a coalition, is a member of it (relations._stayed_in); (5)
"State company X", "the state mining company X", "the Norwegian state firm X", "its state-owned X Corporation": a
state's own company named right after a title without a comma, or after "its" standing for a state, is part of the
state the title names ("Norwegian"), else of the article's state (relations._state_owned_title, _its_state_owned).
Negatives: negation, a wish or a plan, a condition, a tie told as over ("no longer"), a party in a commission (no
coalition), troops in an area, a list where only one body fits, a state company's rival, a private company.
Organisation names and the home state are invented; the other states are real; end to end with the real English
pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P = "part_of"
M = "member_of"

# a story set in one state (its name repeated, its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. Amon Tesh spoke on Monday. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a finite verb conjoined to an infinitive: the subject of the verb above ---
    ("The Tarvo Liberation Front wants the province to become independent and has an armed wing, the Red Hawks.",
     {("Red Hawks", P, "Tarvo Liberation Front")}, set()),
    ("The Dalen People's Movement (DPM), a party led by Iro Vask, wants the valley to break away and keeps a youth "
     "wing, the Young Guard, which marched on Friday.",
     {("Young Guard", P, "Dalen People's Movement")}, set()),
    ("The Orvan Islamic Council wants the army to leave the north and has a political wing, the Justice Party.",
     {("Justice Party", P, "Orvan Islamic Council")}, set()),
    ("The Tarvo Liberation Front wants the Dalen Movement to become a party and has an armed wing, the Red Hawks.",
     {("Red Hawks", P, "Tarvo Liberation Front")}, {("Red Hawks", P, "Dalen Movement")}),
    ("The Tarvo Liberation Front wants the province to become independent and has a rival, the Red Hawks.",
     set(), {("Red Hawks", P, "Tarvo Liberation Front")}),
    # --- (2) a registered alliance, named: its makers are its members ---
    ("The Unity Party and the Labour Front registered an electoral alliance, the Civic Pact, on 10 May.",
     {("Unity Party", M, "Civic Pact"), ("Labour Front", M, "Civic Pact")}, set()),
    ("The Green League and the Farmers' Union registered an alliance called the Rural Bloc ahead of the vote.",
     {("Green League", M, "Rural Bloc"), ("Farmers' Union", M, "Rural Bloc")}, set()),
    ("The Unity Party and the Labour Front did not register an electoral alliance, the Civic Pact.",
     set(), {("Unity Party", M, "Civic Pact"), ("Labour Front", M, "Civic Pact")}),
    ("The Unity Party and the Labour Front plan to register an electoral alliance, the Civic Pact, next year.",
     set(), {("Unity Party", M, "Civic Pact"), ("Labour Front", M, "Civic Pact")}),
    # --- (3) a common-noun subject listing the makers ---
    ("Its neighbours to the north, Norway, Chile and Peru, have left the Coastal Union and formed their own "
     "Alliance of Highland States.",
     {("Norway", M, "Alliance of Highland States"), ("Chile", M, "Alliance of Highland States"),
      ("Peru", M, "Alliance of Highland States")}, set()),
    ("Three parties, the Unity Party, the Labour Front and the Green League, left the government and formed the "
     "Civic Alliance in May.",
     {("Unity Party", M, "Civic Alliance"), ("Labour Front", M, "Civic Alliance"),
      ("Green League", M, "Civic Alliance")}, set()),
    ("Its neighbours, Norway and Chile, want to form an Alliance of Highland States.",
     set(), {("Norway", M, "Alliance of Highland States"), ("Chile", M, "Alliance of Highland States")}),
    ("Its neighbours, Norway and Chile, have left the Coastal Union.",
     set(), {("Norway", M, "Coastal Union"), ("Chile", M, "Coastal Union")}),
    # --- (4) staying in an organisation ---
    ("Uruguay did not join the new bloc and remains in the Coastal Union.",
     {("Uruguay", M, "Coastal Union")}, set()),
    ("Estonia stays in the Northern Compact despite the dispute.",
     {("Estonia", M, "Northern Compact")}, set()),
    ("The Unity Party stayed in the Civic Alliance when the Labour Front walked out.",
     {("Unity Party", M, "Civic Alliance")}, {("Labour Front", M, "Civic Alliance")}),
    ("Uruguay no longer remains in the Coastal Union.", set(), {("Uruguay", M, "Coastal Union")}),
    ("Uruguay did not remain in the Coastal Union after the coup.", set(), {("Uruguay", M, "Coastal Union")}),
    ("Uruguay wants to stay in the Coastal Union.", set(), {("Uruguay", M, "Coastal Union")}),
    ("If Estonia stays in the Northern Compact, trade will grow.", set(), {("Estonia", M, "Northern Compact")}),
    ("The Unity Party remains in the Harbour Commission.", set(), {("Unity Party", M, "Harbour Commission")}),
    # --- (5) a state's own company told by a title or by "its" ---
    (HOME + "State company Ostra Lithium (OSL) signed contracts with Delmar Mining.",
     {("Ostra Lithium", P, "Kalvar")}, {("Delmar Mining", P, "Kalvar")}),
    (HOME + "The state mining company Kolvex, which holds a 20% interest in the mine, has requested a larger stake.",
     {("Kolvex", P, "Kalvar")}, set()),
    (HOME + "The Norwegian state firm Fjordvek won the tender.",
     {("Fjordvek", P, "Norway")}, {("Fjordvek", P, "Kalvar")}),
    (HOME + "The Norwegian state firm, Tromvek, won the tender.",
     {("Tromvek", P, "Norway")}, {("Tromvek", P, "Kalvar")}),
    ("Norway is the largest creditor; its state-owned Bergal Corporation is building the highway over the pass.",
     {("Bergal Corporation", P, "Norway")}, set()),
    (HOME + "The state company's rival Saltrek won the tender.", set(), {("Saltrek", P, "Kalvar")}),
    (HOME + "The private mining company Dorvex won the tender.", set(), {("Dorvex", P, "Kalvar")}),
    ("Norway is the largest creditor; its private Hallvik Corporation is building the highway.",
     set(), {("Hallvik Corporation", P, "Norway")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "st4", relations_by_document, check_ties)
