"""A head of state or government's state when the text names it another way than a title before the name: "X won
the presidency of Velnia", "X has held Velnia's presidency since 2021" (chief_office_nouns with chief_office_verbs,
the office owned by a state: that state's, not the article's); "On 7 December 2024 former president X of the Y
League won the presidency" (a fronted date the parser ran on into the name took the verb's subject:
events._dated_subject with names); "Velnia joined in. Bombers struck the depots. President X called it a success" (a
sentence that names no state and no person, its subject no actor, carries on the state the sentence before it is
about: relations._introducing_state). Several wordings per mechanism with negatives (negation, a wish, a lost
office, a body's office, the office as a body acted on, an office left again, a past perfect tenure, a second clause
whose subject the parser hung on the first; a sentence between that names the story's state, a person or a title,
or tells no act done, a new paragraph, two sentences between); all names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

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
    ("Amon Tesh won the presidency of Velnia's football federation.", set(), VEL),
    ("Amon Tesh has held Velnia's presidency of the Council since January.", set(), VEL),
    ("If Amon Tesh wins the presidency of Velnia, the talks will end.", set(), VEL),
    ("Amon Tesh never won the presidency of Velnia.", set(), VEL),
    ("Amon Tesh is expected to win the presidency of Velnia.", set(), VEL),
    ("Amon Tesh won the presidency of Velnia, Rila Dovan said.", VEL, set()),
    ("Rila Dovan congratulated Amon Tesh, who won the presidency of Velnia in May.", VEL, set()),
    ("Amon Tesh congratulated Rila Dovan, who won the presidency of Velnia in May.",
     {("Rila Dovan", L, "Velnia")}, VEL),
    ("The presidency of Velnia, held since 2019 by Amon Tesh, is a weak office.", VEL, set()),
    ("The presidency of Velnia, held until 2010 by Amon Tesh, was a weak office.", set(), VEL),
    # won, then left again ("but lost it", "and stepped down": _office_left_after), not "quit the party"
    ("Amon Tesh won the presidency of Velnia in 2001 but lost it in 2006.", set(), VEL),
    ("Amon Tesh won the presidency of Velnia in 1990 and stepped down in 1995.", set(), VEL),
    ("Amon Tesh won the presidency of Velnia in 2001 and quit the party in 2006.", VEL, set()),
    ("Amon Tesh won the presidency of Velnia in 1990 and never lost it.", VEL, set()),
    ("Amon Tesh won the presidency of Velnia before he was ousted in 2006.", set(), VEL),
    ("Amon Tesh, who won the presidency of Velnia in 2019, resigned on Monday.", set(), VEL),
    ("Amon Tesh, who won the presidency of Velnia in 2019, resigned from the party on Monday.", VEL, set()),
    ("Amon Tesh won the presidency of Velnia after Rila Dovan resigned.", VEL, set()),
    ("Amon Tesh has held the presidency of Velnia since Rila Dovan was ousted in 2019.", VEL, set()),
    # the office as a body the verb acts on, not one won or held
    ("Amon Tesh holds the presidency of Velnia responsible for the crisis.", set(), VEL),
    ("Amon Tesh took the presidency of Velnia to court.", set(), VEL),
    ("Amon Tesh kept the presidency of Velnia waiting for an hour.", set(), VEL),
    ("Amon Tesh won the presidency of Velnia over to his side.", set(), VEL),
    ("Amon Tesh took over the presidency of Velnia in 2019.", VEL, set()),
    ("Amon Tesh won the presidency of Velnia to become its first woman leader.", VEL, set()),
    ("Amon Tesh has held the presidency of Velnia since 2019 to the dismay of the army.", VEL, set()),
    (HOME + "Amon Tesh won the presidency in 2001 but lost it in 2006.", set(), TIE),
    # a past perfect state verb: held before, not now
    ("Amon Tesh won the presidency of Velnia after Rila Dovan had held the presidency of Kalvar for ten years.", VEL,
     {("Rila Dovan", L, "Kalvar")}),
    # "X won ... and Y won ...": the parser hung Y on the first clause's noun; the second verb is not X's
    ("Amon Tesh won the presidency of Velnia and Rila Dovan won the presidency of Kalvar.", VEL,
     {("Amon Tesh", L, "Kalvar")}),
    # --- a fronted date that swallowed the subject: "On 7 May 2024 former premier X won the presidency" ---
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League won the presidency with about 56 "
     "percent of the vote.", TIE, set()),
    (HOME + "On 3 March 2021 former premier Amon Tesh won the presidency in a landslide.", TIE, set()),
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League lost the presidency.", set(), TIE),
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League did not win the presidency.", set(),
     TIE),
    (HOME + "On 7 December 2024 supporters of Amon Tesh won the presidency of the council.", set(), TIE),
    (HOME + "On 7 December 2024 former president Amon Tesh of the Green League won the presidency of Velnia.", VEL,
     TIE),
    # --- "Velnia joined in. Bombers struck X. President Y said": a sentence naming no one carries the one before ---
    (WAR + "On Monday Velnia joined in. Bombers struck the fuel depots near the port. President Amon Tesh called "
     "the raids a success.", VEL, KAL),
    (WAR + "Velnia entered the war on 2 June. Its jets hit the fuel depots overnight. Prime Minister Amon Tesh "
     "said the strikes would go on.", VEL, KAL),
    (WAR + "On Monday Velnia joined in. The depots were struck by bombers overnight. President Amon Tesh called the "
     "raids a success.", VEL, KAL),
    (WAR + "Velnia joined in. Bombers, drones and jets struck the depots. President Amon Tesh called the raids a "
     "success.", VEL, KAL),
    (WAR + "Velnia joined in. Bombers that took off at dawn struck the depots. President Amon Tesh called the raids "
     "a success.", VEL, KAL),
    (WAR + "Velnia joined in. Bombers struck the depots. President Amon Tesh of Kalvar called the raids a crime.",
     KAL, VEL),
    (WAR + "Velnia joined in. Bombers struck the depots. Rila Dovan, the foreign minister, said the strikes would go "
     "on.", {("Rila Dovan", M, "Velnia")}, {("Rila Dovan", M, "Kalvar")}),
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
    (WAR + "On Monday Velnia joined in. The United Nations condemned the raids. President Amon Tesh called the "
     "raids a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Kalvarese troops crossed the river at dawn. President Amon Tesh called the "
     "raids a success.", set(), VEL),
    # the sentence between tells no act done (hypothetical, negated) or names a person by title only
    (WAR + "Velnia may join in. Bombers could strike the depots next week. President Amon Tesh called the threat "
     "empty.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Bombers did not strike the depots. President Amon Tesh called the delay a "
     "success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. The president fled the capital at dawn. President Amon Tesh called the raids "
     "a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. We drove to the palace at dawn. President Amon Tesh called the raids a "
     "success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Bombers struck the depots at Dorn.\n\nPresident Amon Tesh called the raids "
     "a success.", set(), VEL),
    (WAR + "On Monday Velnia joined in. Bombers struck the depots at Dorn. The fires burned for days. President "
     "Amon Tesh called the raids a success.", set(), VEL),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "aq", relations_by_document, check_ties)
