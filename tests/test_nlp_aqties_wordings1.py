"""A head of state or government's state when the text names it another way than a title before the name: "X won
the presidency of Velnia", "X has held Velnia's presidency since 2021" (chief_office_nouns with chief_office_verbs,
the office owned by a state: that state's, not the article's); "On 7 December 2024 former president X of the Y
League won the presidency" (a fronted date the parser ran on into the name took the verb's subject:
events._dated_subject with names); "Velnia joined in. Bombers struck the depots. President X called it a success" (a
sentence that names no state and no person, its subject no actor, carries on the state the sentence before it is
about: relations._introducing_state). Several wordings per mechanism with negatives (negation, a wish, a lost
office, a body's office, a sentence between that names the story's state or a person, a new paragraph, two
sentences between); all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from test_nlp_relations_blind_wordings import check_ties, relations_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# a story set in Kalvar, so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. Amon Tesh spoke on Monday. ")
TIE = {("Amon Tesh", L, "Kalvar")}
# a story set in Kalvar that names a second state, Velnia, once (by its government)
WAR = ("Kalvar at war. Rockets hit Kalvar on Sunday. Kalvar's defence ministry and Kalvar's parliament said the "
       "damage in Kalvar was heavy. Velnia's government condemned the attack. ")
VEL = {("Amon Tesh", L, "Velnia")}
KAL = {("Amon Tesh", L, "Kalvar")}
# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "won the presidency of S", "S's presidency": the office is that state's ---
    ("Amon Tesh won the presidency of Velnia in 2019.", VEL, set()),
    ("In 2019 Amon Tesh won the presidency of Velnia with 54 percent of the vote.", VEL, set()),
    ("Amon Tesh has held Velnia's presidency since 2021.", VEL, set()),
    ("Amon Tesh assumed the presidency of Velnia in March.", VEL, set()),
    (WAR + "Amon Tesh won the presidency of Velnia in 2019.", VEL, KAL),
    ("Amon Tesh did not win the presidency of Velnia.", set(), VEL),
    ("Amon Tesh hopes to win the presidency of Velnia.", set(), VEL),
    ("Amon Tesh lost the presidency of Velnia in 2019.", set(), VEL),
    ("Amon Tesh held the presidency of Velnia from 2001 to 2005.", set(), VEL),
    ("Amon Tesh won the presidency of the Velnian Bar Council.", set(), VEL),
    # --- a fronted date that swallowed the subject: "On 7 May 2024 former premier X won the presidency" ---
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League won the presidency with about 56 "
     "percent of the vote.", TIE, set()),
    (HOME + "On 3 March 2021 former premier Amon Tesh won the presidency in a landslide.", TIE, set()),
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League lost the presidency.", set(), TIE),
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League did not win the presidency.", set(),
     TIE),
    # --- "Velnia joined in. Bombers struck X. President Y said": a sentence naming no one carries the one before ---
    (WAR + "On Monday Velnia joined in. Bombers struck the fuel depots near the port. President Amon Tesh called "
     "the raids a success.", VEL, KAL),
    (WAR + "Velnia entered the war on 2 June. Its jets hit the fuel depots overnight. Prime Minister Amon Tesh "
     "said the strikes would go on.", VEL, KAL),
    (WAR + "Velnia sent warships to the strait. The ships arrived at dawn. Defence Minister Amon Tesh said they "
     "would stay.", {("Amon Tesh", M, "Velnia")}, {("Amon Tesh", M, "Kalvar")}),
    # negatives: the sentence between names the story's own state, or a person, or is a new paragraph
    (WAR + "On Monday Velnia joined in. Kalvar's army struck the depots at Dorn. President Amon Tesh called the "
     "raids a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Rila Dovan said the depots at Dorn were hit. President Amon Tesh called "
     "the raids a success.", set(), VEL),
    (WAR + "Velnia had warned against the raid. The debate was long. President Amon Tesh called the raids a "
     "success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. The junta has not opened talks with the rebels. President Amon Tesh called "
     "the raids a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. We drove to the palace at dawn. President Amon Tesh called the raids a "
     "success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Bombers struck the depots at Dorn.\n\nPresident Amon Tesh called the raids "
     "a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Bombers struck the depots at Dorn. The fires burned for days. President "
     "Amon Tesh called the raids a success.", set(), VEL),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return relations_by_document([text for text, _, _ in CASES], "aq")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "aq"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"aq{i:03d}", set())
    check_ties(text, present, absent, got)
