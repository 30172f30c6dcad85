"""Whom the opposition opposes: a party called the opposition ("the opposition X", "X, the main opposition party",
"X, the largest opposition bloc") or a person titled leader of the opposition ("opposition leader X") stands against
the party in power: when the text names one person ruling the article's state and the one political body that
person leads or belongs to, that body (relations._governing_party), rather than the state itself. The state still
when no one or several people are named ruling it, when the ruler's party is not told, or when the ruler's only
body is the state's own force; the ruling party when the text calls one so ("the ruling Y"). Several wordings with
negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

O = "opposes"

# a story set in one state (a dateline, its name repeated, its parliament)
STATE = ("KORVA, Ostravia - Polls opened across Ostravia on Sunday. The Republic of Ostravia elects a new "
         "parliament. ")
# its president named, with the party he leads
HOME = STATE + "President Amon Tesh of Ostravia, who leads the Unity Party, cast his vote in Korva. "
MEMBER = STATE + "President Amon Tesh of Ostravia, a member of the Unity Party, cast his vote in Korva. "
# its president named, no party told
BARE = STATE + "President Amon Tesh of Ostravia cast his vote in Korva. "
# its president named with the army he commands (no party)
ARMY = STATE + "President Amon Tesh of Ostravia, who commands the Ostravian Army, cast his vote in Korva. "
# two heads named: a president and a prime minister of the Unity Party
TWO = STATE + "President Amon Tesh of Ostravia and Prime Minister Lea Vos of the Unity Party cast their votes. "


def _vs(x: str, y: str) -> set:
    return {(x, O, y)}


# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an opposition party: it opposes the ruler's party, not the state ---
    (HOME + "The opposition Civic Union, led by Ivo Rand, boycotted the vote.",
     _vs("Civic Union", "Unity Party"), _vs("Civic Union", "Ostravia")),
    (HOME + "The Civic Union, the main opposition party, boycotted the vote.",
     _vs("Civic Union", "Unity Party"), _vs("Civic Union", "Ostravia")),
    (HOME + "The Green Path, the largest opposition bloc in parliament, called for a recount.",
     _vs("Green Path", "Unity Party"), _vs("Green Path", "Ostravia")),
    (MEMBER + "The Civic Union, the main opposition party, boycotted the vote.",
     _vs("Civic Union", "Unity Party"), _vs("Civic Union", "Ostravia")),
    # --- a person titled opposition leader ---
    (HOME + "Opposition leader Ivo Rand boycotted the vote.",
     _vs("Ivo Rand", "Unity Party"), _vs("Ivo Rand", "Ostravia")),
    (HOME + "Police detained opposition leader Mira Salo outside her home.",
     _vs("Mira Salo", "Unity Party"), _vs("Mira Salo", "Ostravia")),
    # --- the ruler's party not told, or his only body the state's army: the state, as before ---
    (BARE + "The opposition Civic Union boycotted the vote.",
     _vs("Civic Union", "Ostravia"), set()),
    (ARMY + "The opposition Civic Union boycotted the vote.",
     _vs("Civic Union", "Ostravia"), set()),
    # --- a past tie: the president left the party ---
    (STATE + "President Amon Tesh of Ostravia, who quit the Unity Party in 2019, cast his vote. The opposition "
     "Civic Union boycotted the vote.", _vs("Civic Union", "Ostravia"), _vs("Civic Union", "Unity Party")),
    # --- two heads named: not the party of one of them ---
    (TWO + "The opposition Civic Union boycotted the vote.",
     _vs("Civic Union", "Ostravia"), _vs("Civic Union", "Unity Party")),
    # --- a ruling party named: it is whom the opposition opposes ---
    (HOME + "The opposition Civic Union trailed the ruling Dawn Party by ten points.",
     _vs("Civic Union", "Dawn Party"), _vs("Civic Union", "Unity Party") | _vs("Civic Union", "Ostravia")),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ob", relations_by_document, check_ties)
