"""Withdrawals told as a step back from an undertaking: (1) "backed out of the accord", "backed away from its
support for X": "back" with the particle "out" or "away" is a withdrawal (RETREAT, plover.yaml), no backing (the bare
"back" of SUPPORT); (2) "pulled out of talks with Y", "withdrew from the negotiations with Y", "backed out of the deal
with Y", "pulled out of a planned summit with Y": a withdrawal from talks, a meeting, a pact or a joint undertaking
(a noun of CONSULT, AGREE or COOPERATE, plover.yaml pact_nouns and left_joint_nouns) is aimed at the one partner named
after the noun's "with" (events._partner_of_occasion_left; gold reads "neither side has withdrawn from the talks" as a
RETREAT on the other side). Negatives: a plain backing ("backed X in the vote"), "backed down" (a concession), a
denied withdrawal (negated), a race left (no partner), a withdrawal "with" a manner or companion, not a partner, a
noun that is no joint undertaking ("withdrew from the district with its fighters"); two partners in a
coordination are each left. Invented names; end to end with the real English pipeline. A target of None in a wanted event means an
event with no target; a "*" matches any party; a type marked "!" is a negated event."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_marked_by_document

pytestmark = pytest.mark.model

_SUPPORT = {("*", "SUPPORT", "*"), ("*", "SUPPORT", None)}
_RETREAT_ANY = {("*", "RETREAT", "*")}

CASES = [
    # --- (1) "backed out of", "backed away from": a withdrawal, no backing ---
    ("The Dervan Party backed out of the accord on Tuesday, its leader Orla Mennic said.",
     {("Dervan Party", "RETREAT", None)}, _SUPPORT),
    ("Orla Mennic backed away from her support for the Selmo League after the riots.",
     {("Orla Mennic", "RETREAT", None)}, _SUPPORT),
    ("The Skarveth Union has backed away from the budget deal, two of its deputies said.",
     {("Skarveth Union", "RETREAT", None)}, _SUPPORT),
    ("Late on Friday the Selmo League backed out of the reform pact.",
     {("Selmo League", "RETREAT", None)}, _SUPPORT),
    # --- (2) the partner of the talks or deal left ---
    ("The Dervan Party pulled out of talks with the Selmo League on Monday.",
     {("Dervan Party", "RETREAT", "Selmo League")}, set()),
    ("The Skarveth Union withdrew from the negotiations with the Selmo League, citing the arrests.",
     {("Skarveth Union", "RETREAT", "Selmo League")}, set()),
    ("The Dervan Party backed out of the deal with the Selmo League.",
     {("Dervan Party", "RETREAT", "Selmo League")}, _SUPPORT),
    ("Orla Mennic pulled out of a planned summit with the Skarveth Union.",
     {("Orla Mennic", "RETREAT", "Skarveth Union")}, set()),
    ("The Selmo League withdrew from its alliance with the Dervan Party in March.",
     {("Selmo League", "RETREAT", "Dervan Party")}, set()),
    ("The Skarveth Union said it had pulled out of the agreement with the Dervan Party.",
     {("Skarveth Union", "RETREAT", "Dervan Party")}, set()),
    # --- negatives: a backing, a concession, a denial, a race, a manner, a place, two partners ---
    ("The Dervan Party backed the Selmo League in the vote on Tuesday.",
     {("Dervan Party", "SUPPORT", "Selmo League")}, _RETREAT_ANY | {("*", "RETREAT", None)}),
    ("The Dervan Party backed down after a week of strikes.", set(), _SUPPORT),
    ("The Skarveth Union has not withdrawn from talks with the Selmo League.",
     {("Skarveth Union", "RETREAT!", "Selmo League")}, {("*", "RETREAT", "*"), ("*", "RETREAT", None)}),
    # (a wanted event of no target: a target given to it would fail the case)
    ("Orla Mennic pulled out of the race with little warning.", {("Orla Mennic", "RETREAT", None)}, set()),
    ("The Dervan Party withdrew from the district with its fighters.", {("Dervan Party", "RETREAT", None)}, set()),
    ("The Dervan Party pulled out of talks with the Selmo League and the Skarveth Union.",
     {("Dervan Party", "RETREAT", "Selmo League"), ("Dervan Party", "RETREAT", "Skarveth Union")}, _SUPPORT),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw", events_marked_by_document, assert_events)
