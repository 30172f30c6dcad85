"""part_of and member_of told of a body's units, of a coalition's makers and of a nation's volunteers, in wordings
written for this battery: (1) "A's brigades form the largest bloc within the Y", "A's units serve inside the Y": a
body's own units (roles.yaml unit_nouns, owned by a possessive) set inside another organisation by their verb or its
object, and "A's fighters fill several brigades of the Y", "A's troops man two battalions of the Y": units of Y that
a body's men (relations.yaml body_agent_nouns) fill (word_lists.unit_filling_verbs): A is part of Y
(relations._owned_units_inside); (2) "the X coalition of the Y Party (YP) and smaller allies", "the X alliance of A
and two smaller parties": a coalition noun (roles.yaml org_nouns: coalition) named by a list after "of", however the
parser hung the list's tail (relations._plural_tail): each body listed is a member, the coalition no part of the
first; (3) "X, the Velnian volunteer unit fighting for Y", "X, a Velnian exile battalion": a unit noun narrowed by a
word for people who left their state to fight (word_lists.nationals_unit_words) names its fighters' nation, not the
state that owns it, and the fight is X's (relations._nationals_unit); (4) "Egypt, whose company X runs the port",
"Qatar said its firm X would bid": a company named right after a company noun (word_lists.state_company_nouns) that
"whose" or "its" standing for a state owns is part of that state (relations._state_company); (5) "the KNU Youth
League", "the KNU Women's Wing": a body named after a party's acronym with a word of its youth, women or wing
(word_lists.prefixed_body_nouns) is part of the party (relations._acronym_parent). Negatives: a tie told as over, a
negation, a hypothetical, an attack on another body's brigades, units fighting in a body's territory, a single
party's bloc, a state's own special unit, a body's (not a state's) volunteer unit, a body's company, a state's
company told as over. Body names are invented, states real; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P, M = "part_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a body's own units inside another body ---
    ("The Drava League's brigades form the largest bloc within the Popular Guard.",
     {("Drava League", P, "Popular Guard")}, set()),
    ("The Drava League's fighters also fill several brigades of the Popular Guard, the umbrella of militias.",
     {("Drava League", P, "Popular Guard")}, set()),
    ("The Drava League's troops man two battalions of the Popular Guard.",
     {("Drava League", P, "Popular Guard")}, set()),
    ("In the south, the Marl Movement's units serve inside the Sable Alliance.",
     {("Marl Movement", P, "Sable Alliance")}, set()),
    ("The Drava League's brigades once formed the largest bloc within the Popular Guard.", set(),
     {("Drava League", P, "Popular Guard")}),
    ("The Drava League's brigades do not serve inside the Popular Guard.", set(),
     {("Drava League", P, "Popular Guard")}),
    ("The Drava League's brigades could form a bloc within the Popular Guard, its leaders said.", set(),
     {("Drava League", P, "Popular Guard")}),
    ("The Drava League's fighters attacked two brigades of the Popular Guard.", set(),
     {("Drava League", P, "Popular Guard")}),
    ("The Drava League's units fought inside the Popular Guard's territory.", set(),
     {("Drava League", P, "Popular Guard")}),
    # --- (2) a coalition of a list of bodies ---
    ("Mara Venn, who headed the Unity coalition of the Korvan Liberal Party (KLP) and smaller allies, finished second.",
     {("Korvan Liberal Party", M, "Unity coalition")}, {("Unity coalition", P, "Korvan Liberal Party")}),
    ("The Hope alliance of the Korvan Liberal Party and two smaller parties won 40 seats.",
     {("Korvan Liberal Party", M, "Hope alliance")}, {("Hope alliance", P, "Korvan Liberal Party")}),
    ("The Unity coalition of the Korvan Liberal Party and the Green Union won 40 seats.",
     {("Korvan Liberal Party", M, "Unity coalition"), ("Green Union", M, "Unity coalition")},
     {("Unity coalition", P, "Korvan Liberal Party")}),
    ("The 12 members of the Unity bloc of the Korvan Liberal Party and several independents voted no.",
     {("Unity bloc", P, "Korvan Liberal Party")}, {("Korvan Liberal Party", M, "Unity bloc")}),
    ("The Unity bloc of the Korvan Liberal Party won 40 seats.", {("Unity bloc", P, "Korvan Liberal Party")},
     {("Korvan Liberal Party", M, "Unity bloc")}),
    # --- (3) a nation's volunteers ---
    ("A segment on the Tesk Regiment, the Ghanaian volunteer unit fighting for Togo against Burkinabe forces.",
     set(), {("Tesk Regiment", P, "Ghana"), ("Ghana", "opposes", "Burkina Faso military")}),
    ("The Orla Legion, a Kenyan exile battalion fighting against the Ugandan army, held the town.",
     {("Orla Legion", "opposes", "Uganda military")}, {("Orla Legion", P, "Kenya"), ("Kenya", "opposes", "Uganda military")}),
    # (the state's unnamed force counts as the state: relation_drops.unnamed_force_state)
    ("The Tesk Regiment, the Ghanaian special forces unit, held the town.",
     {("Tesk Regiment", P, "Ghana")}, set()),
    ("The Tesk Brigade, the Korvan Front's volunteer unit, held the town.", {("Tesk Brigade", P, "Korvan Front")},
     set()),
    # --- (5) a party's body named after the party's acronym ---
    ("The Korvan National Union (KNU) won. The KNU Youth League marched.",
     {("KNU Youth League", P, "Korvan National Union")}, set()),
    ("The Korvan National Union (KNU) won. The KNU Women's Wing marched.",
     {("KNU Women's Wing", P, "Korvan National Union")}, set()),
    ("The Korvan National Union (KNU) won. The Orla League marched.", set(),
     {("Orla League", P, "Korvan National Union")}),
    # --- (4) a state's company owned by "whose" or "its" ---
    ("Other actors include Egypt, whose company Suez Harbour Holdings operates the port of Berbera.",
     {("Suez Harbour Holdings", P, "Egypt")}, set()),
    ("Qatar said its firm Doha Harbour Holdings would bid for the port.", {("Doha Harbour Holdings", P, "Qatar")},
     set()),
    ("The Korvan Front, whose company Suez Harbour Holdings operates the port, protested.", set(),
     {("Suez Harbour Holdings", P, "Korvan Front")}),
    ("Egypt, whose company Suez Harbour Holdings once operated the port, protested.", set(),
     {("Suez Harbour Holdings", P, "Egypt")}),
    ("Egypt, whose company Suez Harbour Holdings no longer runs the port, protested.", set(),
     {("Suez Harbour Holdings", P, "Egypt")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po3", relations_by_document, check_ties)
