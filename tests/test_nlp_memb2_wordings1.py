"""Parts of a whole told by the whole's name around them: a mission or force an organisation leads ("X, the
Northern Pact-led mission", "the Union-led force X"; relations.yaml hyphen_modifiers "led" before a noun of
of_phrases read as part_of) is a body the organisation sends, part of it, not an alliance the organisation is a
member of; a state's force named "<state force's name> of <state>" ("the Armed Forces of Dalmor", "the National
Police of the Republic of Dalmor"; relations.yaml state_force_names, no rebel word before "of") is part of that
state. Several wordings per mechanism with negatives (a state-led or organisation-led coalition, a rebel army named
after the state, a force another state backs, a force not named after a state); all names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P, M = "part_of", "member_of"

PACT = "The Northern Pact (NP) is a regional body of nine states. "
DALMOR = " Dalmor's president spoke on Monday. Dalmor is a poor country."

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an organisation-led mission or force is part of the organisation ---
    (PACT + "Valor Guard, the Northern Pact-led mission, kept 4,000 troops in Dalmor.",
     {("Valor Guard", P, "Northern Pact")}, {("Northern Pact", M, "Valor Guard")}),
    (PACT + "Valor Guard, the NP-led force, brought in reserve units in March.",
     {("Valor Guard", P, "Northern Pact")}, {("Northern Pact", M, "Valor Guard")}),
    (PACT + "In March Valor Guard, a Northern Pact-led force, brought in reserve units.",
     {("Valor Guard", P, "Northern Pact")}, {("Northern Pact", M, "Valor Guard")}),
    # a coalition an organisation leads: the organisation is its leading member, the coalition no part of it
    (PACT + "The Iron Shield, the Northern Pact-led coalition, struck the port.",
     set(), {("Iron Shield", P, "Northern Pact")}),
    (PACT + "The Iron Shield, an NP-led alliance of militias, took the town.",
     set(), {("Iron Shield", P, "Northern Pact")}),
    # a tie told as over, a question
    (PACT + "Iron Watch, the formerly NP-led force, is now under Dalmor's command.",
     set(), {("Iron Watch", P, "Northern Pact"), ("Northern Pact", M, "Iron Watch")}),
    (PACT + "Is Sentry Line, the NP-led mission, still in Dalmor?",
     set(), {("Sentry Line", P, "Northern Pact"), ("Northern Pact", M, "Sentry Line")}),
    # --- "the Armed Forces of <state>": part of that state ---
    ("The Armed Forces of Dalmor (FAD) shelled the village." + DALMOR,
     {("Armed Forces of Dalmor", P, "Dalmor")}, set()),
    ("The National Police of Dalmor arrested two men in the port." + DALMOR,
     {("National Police of Dalmor", P, "Dalmor")}, set()),
    ("Soldiers of the Royal Armed Forces of Velmar guarded the palace. Velmar's king spoke on Monday. Velmar is a "
     "poor country.", {("Royal Armed Forces of Velmar", P, "Velmar")}, set()),
    ("The Defence Forces of Dalmor (DFD) withdrew from the valley." + DALMOR,
     {("Defence Forces of Dalmor", P, "Dalmor")}, set()),
    # a rebel army named after the state is no part of it
    ("The Liberation Army of Dalmor (LAD) shelled the village." + DALMOR,
     set(), {("Liberation Army of Dalmor", P, "Dalmor")}),
    ("The Popular Army of Dalmor ambushed a convoy." + DALMOR,
     set(), {("Popular Army of Dalmor", P, "Dalmor")}),
    ("The Former Armed Forces of Korvan (ex-FAK), a rebel group, attacked the town. Korvan's president spoke on "
     "Monday. Korvan is a poor country.", set(), {("Armed Forces of Korvan", P, "Korvan")}),
    # a force named after no state of the text, or a body that is no force
    ("The Armed Forces Committee of Dalmor met on Friday." + DALMOR,
     set(), {("Armed Forces Committee of Dalmor", P, "Dalmor")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mb", relations_by_document, check_ties)
