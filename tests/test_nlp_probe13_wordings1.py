"""A stance (backing, alliance) told as over by its own clause: (1) a closed span of years on the verb of the tie
("A backed B between 2012 and 2016", "B, which was funded by A from 2012 to 2016"; relations._closed_years), not an
open one ("since 2016"); (2) a tie followed by "but" and a verb of its undoing sharing the clause ("A had backed B in
2020 but ended that arrangement", "A funded B but stopped in 2022"; relations._undone_after_but), not a denied
undoing ("but never broke with it"); (3) a tie said by an adjective after "be" ("allied with") with "once" or
"until" (relations._lasting_tie_over), not one told now; (4) the same in a passive ("Y, which was funded by X until
2019"). A measured "two years earlier" only dates an act ("had sworn loyalty to Y two years earlier": relations.
_dated_act). Posts and memberships told as ended keep their tie (the references list them as optional:
test_nlp_relations_blind_wordings2), guarded here too. Several wordings per mechanism with negatives; all names are
invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, B, A = "leader_of", "member_of", "backs", "allied_with"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a closed span of years ---
    (HOME + "The Cedar Union backed the Harvest Front between 2012 and 2016.", set(),
     {("Cedar Union", B, "Harvest Front")}),
    (HOME + "The Harvest Front, which was funded by the Cedar Union from 2012 to 2016, won four seats.", set(),
     {("Cedar Union", B, "Harvest Front")}),
    (HOME + "The Cedar Union has backed the Harvest Front since 2016.",
     {("Cedar Union", B, "Harvest Front")}, set()),
    # a post or a membership told as ended keeps its tie (optional in the references)
    (HOME + "Selma Orvik, who chaired the Green Reef League from 2009 until 2014, now runs a farm.",
     {("Selma Orvik", L, "Green Reef League")}, set()),
    (HOME + "Dario Lemmek, who has led the Harvest Front since 2015, spoke at the rally.",
     {("Dario Lemmek", L, "Harvest Front")}, set()),
    (HOME + "The Ksour Band, a group that had sworn loyalty to the Sahel Front in 2019, stormed the depot.",
     {("Ksour Band", M, "Sahel Front")}, set()),
    # --- (2) "but" and a verb of undoing ---
    (HOME + "The Cedar Union had backed the Harvest Front in 2020 but ended that arrangement last year.", set(),
     {("Cedar Union", B, "Harvest Front")}),
    (HOME + "The Cedar Union funded the Harvest Front for a decade but stopped in 2022.", set(),
     {("Cedar Union", B, "Harvest Front")}),
    (HOME + "The Cedar Union backed the Harvest Front in 2020 but never broke with the Reform Bloc.",
     {("Cedar Union", B, "Harvest Front")}, set()),
    # --- (3) an adjective of a tie told as over ---
    (HOME + "The Harvest Front was once allied with the Reform Bloc, but the two broke with each other in 2019.",
     set(), {("Harvest Front", A, "Reform Bloc")}),
    (HOME + "The Harvest Front, which was allied with the Reform Bloc until 2016, won four seats.", set(),
     {("Harvest Front", A, "Reform Bloc")}),
    (HOME + "The Harvest Front, which is allied with the Reform Bloc, won four seats.",
     {("Harvest Front", A, "Reform Bloc")}, set()),
    (HOME + "The Harvest Front has been allied with the Reform Bloc since 2016.",
     {("Harvest Front", A, "Reform Bloc")}, set()),
    # --- (4) a passive told as over ---
    (HOME + "The Harvest Front, which was funded by the Cedar Union until 2019, won four seats.", set(),
     {("Cedar Union", B, "Harvest Front")}),
    (HOME + "The Harvest Front, which has been funded by the Cedar Union since 2019, won four seats.",
     {("Cedar Union", B, "Harvest Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p13", relations_by_document, check_ties)
