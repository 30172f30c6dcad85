"""A person a news story goes on writing of by a description instead of the name: (1) a bare lower-case title as
the subject of its clause, "Colonel X seized the palace. The colonel now chairs Y" (the one person the article put
that title before: PhraseResolver.subject_title); (2) a label with a word that would describe a body anew, "X, the
former finance minister, ... The former minister now heads Y" (the person given that label before, whose words it
holds: PhraseResolver.labelled_group); (3) an age, "X took the oath on Monday. The 54-year-old has long been a member
of Y" (the person given that age, else the one the sentence before is about: PhraseResolver.aged_person). Negatives:
two people with the title, a title in object position, another person named before the age
in its own sentence, an age given to another person, a denial. (5) a title told as past ("the former colonel",
"the retired admiral": word_lists.former_title_words) as the subject of its clause, with no label given before, is the
person the sentence before is about (PhraseResolver.former_holder); not a present title ("the finance minister"), one
with an "of" phrase, nor where a person is named before it in its sentence or the sentence before is about two. (4) "the ruling party", "the governing coalition" never
stands for a body the text described as in opposition ("X, an opposition party led by Y", "the opposition X":
PhraseResolver.definite); "the party" still does. All names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"
# a story set in one state, so that it has a home state
HOME = "OSTELIA - Ostelia's parliament met on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "Colonel X ... The colonel now chairs Y" ---
    (HOME + "Colonel Tarvos Hennig seized the radio station in May. The colonel now chairs the Thistle Vanguard.",
     {("Tarvos Hennig", L, "Thistle Vanguard")}, set()),
    (HOME + "General Belmira Okonde retired from the army in 2021. The general now heads the Copper Party.",
     {("Belmira Okonde", L, "Copper Party")}, set()),
    (HOME + "Governor Dovic Sarne opened the session. The governor has been a member of the Orchard Coalition since "
     "2015.", {("Dovic Sarne", M, "Orchard Coalition")}, set()),
    (HOME + "General Belmira Okonde retired in 2021. General Tarvos Hennig spoke on Monday. The general now heads the "
     "Copper Party.", set(), {("Belmira Okonde", L, "Copper Party"), ("Tarvos Hennig", L, "Copper Party")}),
    (HOME + "General Belmira Okonde retired in 2021. The Copper Party, which has no seats, is led by the general's "
     "nephew, Dovic Sarne.", {("Dovic Sarne", L, "Copper Party")}, {("Belmira Okonde", L, "Copper Party")}),
    (HOME + "Colonel Tarvos Hennig seized the radio station. The colonel never joined the Thistle Vanguard.", set(),
     {("Tarvos Hennig", M, "Thistle Vanguard")}),
    # --- (2) "X, the former finance minister, ... The former minister now heads Y" ---
    (HOME + "Yselde Quorrin, the former finance minister, spoke on Monday. The former minister now heads the "
     "Saltmarsh League.", {("Yselde Quorrin", L, "Saltmarsh League")}, set()),
    (HOME + "Orin Kasz, a former army officer, was arrested in June. The former officer is a member of the Thistle "
     "Vanguard.", {("Orin Kasz", M, "Thistle Vanguard")}, set()),
    (HOME + "Yselde Quorrin spoke on Monday. The former minister now heads the Saltmarsh League.",
     {("Yselde Quorrin", L, "Saltmarsh League")}, set()),
    (HOME + "Yselde Quorrin, the former finance minister, spoke on Monday. The other minister now heads the Saltmarsh League.",
     set(), {("Yselde Quorrin", L, "Saltmarsh League")}),
    # --- (3) "X took the oath on Monday. The 54-year-old has long been a member of Y" ---
    (HOME + "Tarvos Hennig spoke on Monday. The 54-year-old now leads the Orchard Coalition.",
     {("Tarvos Hennig", L, "Orchard Coalition")}, set()),
    (HOME + "When Belmira Okonde took the oath on Monday, few were surprised. The 61-year-old has long been a member "
     "of the Copper Party.", {("Belmira Okonde", M, "Copper Party")}, set()),
    (HOME + "Dovic Sarne, 47, met Yselde Quorrin on Monday. The 47-year-old is a member of the Saltmarsh League.",
     {("Dovic Sarne", M, "Saltmarsh League")}, {("Yselde Quorrin", M, "Saltmarsh League")}),
    (HOME + "Dovic Sarne met Yselde Quorrin, 47, on Monday. The 47-year-old is a member of the Saltmarsh League.",
     {("Yselde Quorrin", M, "Saltmarsh League")}, {("Dovic Sarne", M, "Saltmarsh League")}),
    (HOME + "Orin Kasz and Yselde Quorrin were seen on Monday. The 39-year-old is a member of the Thistle Vanguard.", set(),
     {("Orin Kasz", M, "Thistle Vanguard"), ("Yselde Quorrin", M, "Thistle Vanguard")}),
    (HOME + "Tarvos Hennig spoke on Monday. The 54-year-old denied that he had joined the Orchard Coalition.", set(),
     {("Tarvos Hennig", M, "Orchard Coalition")}),
    # --- (5) "X was dismissed. The former colonel founded Y": a title told as past, the person just written of ---
    (HOME + "Tarvos Hennig was dismissed from the army in 2022. The former colonel founded the Thistle Vanguard a "
     "year later.", {("Tarvos Hennig", L, "Thistle Vanguard")}, set()),
    (HOME + "For most of her career, Yselde Quorrin was the quiet technocrat of the cabinet. That changed this week, "
     "when the former finance minister was elected leader of the Saltmarsh League.",
     {("Yselde Quorrin", L, "Saltmarsh League")}, set()),
    (HOME + "Orin Kasz was dismissed from the navy in 2022. The retired admiral is now a member of the Copper Party.",
     {("Orin Kasz", M, "Copper Party")}, set()),
    (HOME + "Tarvos Hennig was dismissed from the army in 2022. The finance minister now leads the Thistle Vanguard.",
     set(), {("Tarvos Hennig", L, "Thistle Vanguard")}),
    (HOME + "Tarvos Hennig met Dovic Sarne in 2022. The former minister of defence now leads the Thistle Vanguard.",
     set(), {("Tarvos Hennig", L, "Thistle Vanguard"), ("Dovic Sarne", L, "Thistle Vanguard")}),
    (HOME + "Tarvos Hennig was dismissed. After meeting Dovic Sarne, the former colonel founded the Thistle Vanguard.",
     set(), {("Tarvos Hennig", L, "Thistle Vanguard"), ("Dovic Sarne", L, "Thistle Vanguard")}),
    (HOME + "Tarvos Hennig and Dovic Sarne were dismissed. The former colonel founded the Thistle Vanguard.", set(),
     {("Tarvos Hennig", L, "Thistle Vanguard"), ("Dovic Sarne", L, "Thistle Vanguard")}),
    (HOME + "Tarvos Hennig was dismissed in 2022. The former colonel denied that he had joined the Thistle Vanguard.",
     set(), {("Tarvos Hennig", M, "Thistle Vanguard")}),
    # --- (4) "the ruling party", "the governing coalition" is no body the text described as in opposition ---
    (HOME + "The Copper Union, an opposition party led by Yselde Quorrin, said the minister was unfit. Quorrin broke with the "
     "ruling party in 2016.", {("Yselde Quorrin", L, "Copper Union")}, {("Yselde Quorrin", "opposes", "Copper Union")}),
    (HOME + "The Orchard Coalition, an opposition alliance of six parties, walked out. Orin Kasz, a member of the "
     "governing coalition, said the walkout was a stunt.", set(), {("Orin Kasz", M, "Orchard Coalition")}),
    (HOME + "The Saltmarsh League, an opposition party, won 12 seats. Dovic Sarne, who chairs the ruling party, met "
     "reporters.", set(), {("Dovic Sarne", L, "Saltmarsh League")}),
    (HOME + "The opposition Saltmarsh League won 12 seats. Dovic Sarne, who chairs the ruling party, met reporters.",
     set(), {("Dovic Sarne", L, "Saltmarsh League")}),
    (HOME + "The Copper Party won 40 seats. Yselde Quorrin, who leads the ruling party, met reporters.",
     {("Yselde Quorrin", L, "Copper Party")}, set()),
    (HOME + "The Saltmarsh League, an opposition party, won 12 seats. Dovic Sarne, who chairs the party, met reporters.",
     {("Dovic Sarne", L, "Saltmarsh League")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p32", relations_by_document, check_ties)
