"""Ties read in the party sections of non-news briefings (an exchange programme's safety sheet, a permit bulletin, a
supplier's risk memo): (1) "X, whose secretary-general is Y": a title the parser splits at its hyphen ("secretary -
general", "general" hung on "secretary") is read whole, so the party's secretary-general leads it rather than being
one more member (not a deputy's title); (2) "The second force, the X Union, leads the opposition": a name set off by
commas after the common noun that is the verb's subject ("The runner-up, X, ... went into opposition") shares that
noun's verb, so the opposition status is read for the name (not in the past tense, a hypothetical or a stance on
the opposition). Several wordings per mechanism with negatives; all names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, O = "leader_of", "member_of", "opposes"

# a document set in one state with a ruling party, so that the opposition has a side
HOME = ("Country: Marvolia. Polls closed across Marvolia on Sunday. Marvolia's parliament met in Marvolia on Monday. "
        "The ruling Harvest Crown Party won 44 seats. ")
OPP = ("Liberal Plains Union", O, "Harvest Crown Party")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "whose secretary-general is Y" ---
    ("The Democratic Lamp, whose secretary-general is Ilona Vessa, holds 41 seats.",
     {("Ilona Vessa", L, "Democratic Lamp")}, {("Ilona Vessa", M, "Democratic Lamp")}),
    ("The Civic Torch Party, whose secretary-general is Aurel Vasko, called for fresh elections.",
     {("Aurel Vasko", L, "Civic Torch Party")}, set()),
    ("The Civic Torch Party, whose director-general is Aurel Vasko, called for fresh elections.", set(),
     {("Aurel Vasko", M, "Civic Torch Party")}),
    ("The Harbour Alliance, whose secretary-general, Nadim Oruel, boycotted the session, won seats.",
     {("Nadim Oruel", L, "Harbour Alliance")}, set()),
    ("The Democratic Lamp, whose deputy secretary-general is Ilona Vessa, holds 41 seats.", set(),
     {("Ilona Vessa", L, "Democratic Lamp")}),
    ("The Democratic Lamp, whose deputy leader is Ilona Vessa, holds 41 seats.", set(),
     {("Ilona Vessa", L, "Democratic Lamp")}),
    # --- (2) "The second force, the X Union, leads the opposition" ---
    (HOME + "The second force, the Liberal Plains Union, leads the opposition.", {OPP}, set()),
    (HOME + "The runner-up, the Liberal Plains Union of Ines Marlo, took 29 seats and went into opposition.",
     {OPP, ("Ines Marlo", L, "Liberal Plains Union")}, set()),
    (HOME + "The largest minority group, the Liberal Plains Union, is now in opposition.", {OPP}, set()),
    (HOME + "The second force, the Liberal Plains Union, would lead the opposition if it lost the vote.", set(), {OPP}),
    (HOME + "The second force, the Liberal Plains Union, led the opposition until 2019.", set(), {OPP}),
    (HOME + "The junior partner, the Liberal Plains Union, criticised the opposition.", set(), {OPP}),
    (HOME + "The second force, the Liberal Plains Union, does not lead the opposition.", set(), {OPP}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p11", relations_by_document, check_ties)
