"""Actors of non-news documents told by a party's or movement's own phrase, where the tagger misreads invented names:
(1) "the X Y of P Q": a body's coined name, or one ending in a group noun, then "of" and its leader's name, which
the NER tags with the leader as one person ("The Grey Otter of Vera Tesk said"), as a place or a body ending in "of", as
a work's title after a closed quotation, or leaves untagged: the body's name and the leader's are cut apart
(actors), and the leader leads the body (not a place's or a building's name, not a quoted title, not a unit named by
a plural); (2) "Kell's Amber Wake": a name of two words after the possessive of a person the text names in full is a
body (his party), not a second person (not a state's possessive, not a person set off by commas after the
possessive's noun). Several wordings per mechanism with negatives; all names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state (its dateline, its parliament), so that it has a home state
HOME = "VOSSEL, May 3 - Quelmora's parliament met on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "the X Y of P Q": the body's name and its leader's cut apart ---
    (HOME + "The Radiant Dawn of Pavo Drenik has accused the government of fraud.",
     {("Pavo Drenik", L, "Radiant Dawn")}, set()),
    (HOME + "The Grey Otter of Vera Tesk has accused the government of fraud.",
     {("Vera Tesk", L, "Grey Otter")}, set()),
    (HOME + "The Grey Otter of Mira Tesk said it would boycott the vote.",
     {("Mira Tesk", L, "Grey Otter")}, set()),
    (HOME + "The Northern Wind of Pavo Drenik said it would boycott the vote.",
     {("Pavo Drenik", L, "Northern Wind")}, set()),
    (HOME + 'Dask said that "the choice belongs to the voters alone." The Quelmoran Forces of Ivo Marten praised '
            'Dask and urged him to go further.',
     {("Ivo Marten", L, "Quelmoran Forces")}, set()),
    (HOME + 'Critics praised "The Quiet Years of Ana Vell", a film by Ivo Dask.', set(),
     {("Ana Vell", L, "Quiet Years")}),
    (HOME + "The Old Town of Vera Tesk was shelled by the army.", set(), {("Vera Tesk", L, "Old Town")}),
    (HOME + "The Foreign Minister of Quelmora, Vera Tesk, has accused the opposition of fraud.", set(),
     {("Vera Tesk", L, "Foreign Minister")}),
    # --- (2) "Kell's Amber Wake": a body named after its leader's possessive ---
    (HOME + "Opposition leader Marta Kell spoke first. Kell's Amber Wake has rejected the budget.",
     {("Marta Kell", L, "Amber Wake")}, set()),
    (HOME + "Prime Minister Aldo Halvorn spoke first. The government, led by Halvorn's Harbour Concord, has 61 of "
            "the 120 seats in parliament.",
     {("Aldo Halvorn", L, "Harbour Concord")}, set()),
    (HOME + "Senator Ines Valdar opened the debate. Valdar's Bright Meadow voted against the bill.",
     {("Ines Valdar", "member_of", "Bright Meadow")}, set()),  # (a senator of the body: a member)
    (HOME + "Opposition leader Marta Kell spoke first. Kell's deputy, Ivo Brenn, has rejected the budget.", set(),
     {("Marta Kell", L, "Ivo Brenn"), ("Ivo Brenn", L, "Marta Kell")}),
    (HOME + "Marta Kell spoke first. Ivo Brenn spoke next. Brenn's Amber Wake has rejected the budget.",
     {("Ivo Brenn", L, "Amber Wake")}, {("Marta Kell", L, "Amber Wake")}),
    (HOME + "Ivo Brenn spoke first. Quelmora's Tomas Verhal has rejected the budget.", set(),
     {("Ivo Brenn", L, "Tomas Verhal")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p3", relations_by_document, check_ties)
