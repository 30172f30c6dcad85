"""A town's head is no post of the state: "Nairobi Mayor X", "Lima's mayor Y", "the alliance led by Dakar mayor Z": a
title of a town's head (relations.yaml word_lists.local_head_titles: mayor ...) glued to a capital's name, or after
its possessive, which the text reads as the capital's state, ties the holder to no state (relations._town_head_title),
as "the mayor of Nairobi, X" does not. Negatives: a state's own posts before or after such a capital ("Kenyan Foreign
Minister X", "Peru's President Y", "the Nairobi-based envoy ..."), still tied to the state.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

CASES = [
    # --- a capital's mayor: no tie to the state ---
    ("Nairobi Mayor Johnson Sakor, whom many protesters wanted, said he would not take the job. Kenya's army stayed "
     "in its barracks.",
     set(), {("Johnson Sakor", M, "Kenya"), ("Johnson Sakor", L, "Kenya")}),
    ("Rosa Quispel led with 41 percent, ahead of Lima's mayor Dario Vellan, an independent. Peru votes again in May.",
     set(), {("Dario Vellan", M, "Peru"), ("Dario Vellan", L, "Peru")}),
    ("The alliance led by Dakar mayor Kofi Dansa won 3 seats in Senegal.",
     set(), {("Kofi Dansa", M, "Senegal"), ("Kofi Dansa", L, "Senegal")}),
    ("Lima Deputy Mayor Ines Caldor said the city was calm. Peru's army stayed in its barracks.",
     set(), {("Ines Caldor", M, "Peru")}),
    # --- a state's own posts, next to a capital's name or not, are still the state's ---
    ("Kenyan Foreign Minister Joe Kamak said nothing about the talks in Nairobi.",
     {("Joe Kamak", M, "Kenya")}, set()),
    ("Peru's President Rosa Quispel said the mayor of Lima would be consulted.",
     {("Rosa Quispel", L, "Peru")}, set()),
    ("Ghana's foreign minister, Yaw Kessing, a former mayor of Accra, said the talks would go on.",
     {("Yaw Kessing", M, "Ghana")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ts2", relations_by_document, check_ties)
