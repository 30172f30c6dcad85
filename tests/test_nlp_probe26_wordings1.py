"""Ties told in the loaded wording of op-eds and columns: (1) "the ruling Y, propped up by X", "Y is propped up by
X": a body or ruler kept standing by another is backed by it (relations.yaml passive_participles "prop"; not negated
nor told as over); (2) "Y, a puppet of X", "Y is a puppet of X": X backs Y (of_phrases "puppet"; not "A calls Y a
puppet of X", another's label, nor "no puppet", nor "A says Y is a puppet of X", a charge reported:
word_lists.smear_tie_nouns, relations._reported_smear); (3) "Y depends on the votes of X", "Y relies on X's deputies
for its majority": a body's votes, seats or members relied on (word_lists.reliance_share_nouns) tell that it backs Y
(relations._relied_on_share; not negated, hypothetical, told as over or ended "until"). Several wordings per
mechanism with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"

# a story set in one state, so that the bodies below are read as its own
HOME = "TEVRA CITY, May 3 - Tevra's parliament met on Monday. In Tevra, "

CASES = [
    # --- (1) "propped up by X" ---
    (HOME + "the ruling Teluga Alliance, propped up by the Varsk Guard, won the vote again.",
     {("Varsk Guard", B, "Teluga Alliance")}, set()),
    (HOME + "the Teluga Alliance is propped up by the Varsk Guard and a few wealthy donors.",
     {("Varsk Guard", B, "Teluga Alliance")}, set()),
    (HOME + "the Orrin Party, propped up by the Kesset League since 2020, controls the council.",
     {("Kesset League", B, "Orrin Party")}, set()),
    (HOME + "the Teluga Alliance is not propped up by the Varsk Guard, whatever its critics say.", set(),
     {("Varsk Guard", B, "Teluga Alliance")}),
    (HOME + "the Teluga Alliance was once propped up by the Varsk Guard.", set(),
     {("Varsk Guard", B, "Teluga Alliance")}),
    # --- (2) "a puppet of X" ---
    (HOME + "the Orrin Party is a puppet of the Kesset League.", {("Kesset League", B, "Orrin Party")}, set()),
    (HOME + "the Orrin Party, a puppet of the Kesset League, took the northern seats.",
     {("Kesset League", B, "Orrin Party")}, set()),
    (HOME + "the Brolan Front calls the Orrin Party a puppet of the Kesset League.", set(),
     {("Kesset League", B, "Orrin Party")}),
    (HOME + "the Orrin Party is no puppet of the Kesset League.", set(), {("Kesset League", B, "Orrin Party")}),
    (HOME + "the Brolan Front says the Orrin Party is a puppet of the Kesset League.", set(),
     {("Kesset League", B, "Orrin Party")}),
    (HOME + "the Brolan Front claimed that the Orrin Party was a puppet of the Kesset League.", set(),
     {("Kesset League", B, "Orrin Party")}),
    # --- (3) "depends on the votes of X" ---
    (HOME + "the Teluga Alliance depends on the votes of the Orrin Party to pass its budget.",
     {("Orrin Party", B, "Teluga Alliance")}, set()),
    (HOME + "the Teluga Alliance relies on the Orrin Party's deputies for its majority.",
     {("Orrin Party", B, "Teluga Alliance")}, set()),
    (HOME + "Prime Minister Oskel Vantomme counts on the deputies of the Kesset League in every vote.",
     {("Kesset League", B, "Oskel Vantomme")}, set()),
    (HOME + "the Teluga Alliance, which depends on the seats of the Brolan Front, lost a vote on Friday.",
     {("Brolan Front", B, "Teluga Alliance")}, set()),
    (HOME + "the Teluga Alliance no longer depends on the votes of the Orrin Party.", set(),
     {("Orrin Party", B, "Teluga Alliance")}),
    (HOME + "the Teluga Alliance would depend on the votes of the Orrin Party if it lost the by-election.", set(),
     {("Orrin Party", B, "Teluga Alliance")}),
    (HOME + "the Teluga Alliance does not rely on the votes of the Orrin Party.", set(),
     {("Orrin Party", B, "Teluga Alliance")}),
    (HOME + "the Teluga Alliance relied on the votes of the Orrin Party until 2019.", set(),
     {("Orrin Party", B, "Teluga Alliance")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p26", relations_by_document, check_ties)
