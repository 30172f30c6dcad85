"""A state leading an organisation's unit leads the unit, not the organisation: "the NATO battlegroup in X, led by
France", "the EU naval mission, led by Greece", "the Tarvic Union's training mission, led by Italy" (a lower-case
unit or mission noun with no name of its own, narrowed by the organisation's name; relations._state_led_unit, and
_mission_owner skipped for a state's lead). Negatives: a body with a name of its own led by a state (its leader),
a coalition a state leads, a person heading an organisation's observer mission (its leader, as before). All
names are invented or real states; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state, so that the ties below are not read as the home state's
H = "KELDA, May 3 - Kelda protested on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a state leads the organisation's unit ---
    (H + "The NATO battlegroup in Kelda, led by France, is unchanged.", set(), {("France", L, "NATO")}),
    (H + "The EU naval mission, led by Greece, escorts ships.", set(), {("Greece", L, "European Union")}),
    (H + "The Tarvic Union's training mission, led by Italy, trains the army.", set(), {("Italy", L, "Tarvic Union")}),
    # --- negatives: a named body a state leads; a person heading an organisation's mission ---
    (H + "The Multinational Battlegroup, led by Germany, is unchanged.",
     {("Germany", L, "Multinational Battlegroup")}, set()),
    (H + "Kenya leads the Multinational Security Mission, which Washington funds.",
     {("Kenya", L, "Multinational Security Mission")}, set()),
    (H + "The observer mission of the African Union, led by Amara Tesfaye, arrived on Monday.",
     {("Amara Tesfaye", L, "African Union")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l13", relations_by_document, check_ties)
