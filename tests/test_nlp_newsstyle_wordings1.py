"""Ties in news styles the development sets hardly hold (probe documents of the thirty-fifth session, second round):
(1) an encyclopedia's lead, "X is a Velnian politician who has served as President of Y since 2018", "X is a lawyer
who became chairman of Y": a "who" clause on the predicate noun of "be" is said of the copula's subject, a person
(relations._copula_subject_person; not "X is the son of a man who led Y", nor a negated or hypothetical post);
(2) a profile's list of party posts, "Honorary chairman of the NUP (2018-present)": the adjective opening the line
before a lower-case post and "of" is no person's name (actors._post_of_line), so that "He" after it stays the
profile's subject; (3) "four X deputies defected to Y", "two X lawmakers joined Y": the people go over, not the
party they came from (relations._people_of reads "-ies" plurals; _stance reads the joining verbs), while "the X
Party joined Y" still makes X a member; (4) an obituary's heading "Name, 1938-2026", "Name (1938 - 2026)": a life's
span of years is no dateline, so the name stays a person's (actors._is_dateline); (5) a round-up's paragraphs
labelled by a state, "Chad: President X ordered ...", "Niger: Foreign Minister Y met ...": a bare title in such a
paragraph is that state's post (relations._labelled_paragraph_state; not a city's label). Several wordings per
mechanism with negatives; all persons and parties are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, O = "leader_of", "member_of", "opposes"

POSTS = ("Tomas Sabiri is a Brastovian politician. He is a member of the National Union Party (NUP).\n\n"
         "Party posts\n\nSecretary-general of the NUP (2003-2009)\nChairman of the NUP (2009-2018)\n")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "X is a politician who has served as president of Y": the copula's subject holds the post ---
    ("Jonas Merk (born 12 April 1961 in Temblor) is a Brastovian politician who has served as President of "
     "Brastovia since 2018.", {("Jonas Merk", L, "Brastovia")}, set()),
    ("Jonas Merk is a politician who has served as Prime Minister of Brastovia since 2018.",
     {("Jonas Merk", L, "Brastovia")}, set()),
    ("Jonas Merk is a lawyer who became chairman of the Unity Party in 2018.", {("Jonas Merk", L, "Unity Party")},
     set()),
    ("Lena Varga was a Drosnian diplomat who served as President of Drosnia from 1990 to 1995.",
     {("Lena Varga", L, "Drosnia")}, set()),
    ("Lena Varga is a former officer who commands the Ashkir Brigades.", {("Lena Varga", L, "Ashkir Brigades")},
     set()),
    ("Jonas Merk is the son of a general who was President of Drosnia.", set(), {("Jonas Merk", L, "Drosnia")}),
    ("Jonas Merk is a close friend of the man who leads the Unity Party.", set(),
     {("Jonas Merk", L, "Unity Party")}),
    ("Jonas Merk is a Drosnian politician who is not a member of the Unity Party.", set(),
     {("Jonas Merk", M, "Unity Party")}),
    ("Jonas Merk is a Drosnian politician who would become President of Drosnia if the vote were held today.",
     set(), {("Jonas Merk", L, "Drosnia")}),
    # --- (2) "Honorary chairman of the NUP (2018-present)": a post's adjective opening a line, no person ---
    (POSTS + "Honorary chairman of the NUP (2018-present)\n\nHe broke with Karl Dessen in 2010.",
     {("Tomas Sabiri", O, "Karl Dessen")}, {("Honorary", O, "Karl Dessen")}),
    (POSTS + "Honorary president of the NUP (2018-present)\n\nHe broke with Karl Dessen in 2010.",
     {("Tomas Sabiri", O, "Karl Dessen")}, {("Honorary", O, "Karl Dessen")}),
    ("Party posts\n\nHonorary chairman of the Unity Party (2018-present)\n\nHe broke with Karl Dessen in 2010.",
     set(), {("Honorary", O, "Karl Dessen")}),
    ("- Open Door spokeswoman Lina Sorr denied the report.\n- Karl Dessen, the leader of the Unity Party, agreed.",
     {("Karl Dessen", L, "Unity Party")}, set()),
    # --- (3) "four X deputies defected to Y": the people went over, not X ---
    ("Four NUP deputies defected to the Civic Alliance in March, leaving the party with 84 seats.", set(),
     {("NUP", M, "Civic Alliance")}),
    ("Two Unity Party lawmakers joined the Civic Bloc last week.", set(), {("Unity Party", M, "Civic Bloc")}),
    ("Three Unity Party deputies joined the Civic Bloc on Monday.", set(), {("Unity Party", M, "Civic Bloc")}),
    ("Unity Party lawmakers who joined the Civic Bloc were expelled.", set(), {("Unity Party", M, "Civic Bloc")}),
    ("The Unity Party joined the Civic Bloc last week.", {("Unity Party", M, "Civic Bloc")}, set()),
    ("The Unity Party defected to the Civic Bloc in March.", {("Unity Party", M, "Civic Bloc")}, set()),
    # --- (4) "Name, 1938-2026": a life's span in a heading is no dateline ---
    ("Edvard Huvala, 1938-2026\n\nEdvard Huvala founded the Reform Party, which he led until 2020.",
     {("Edvard Huvala", L, "Reform Party")}, set()),
    ("Edvard Huvala (1938-2026)\n\nEdvard Huvala founded the Reform Party, which he led until 2020.",
     {("Edvard Huvala", L, "Reform Party")}, set()),
    ("Edvard Huvala, 1938 - 2026\n\nEdvard Huvala founded the Reform Party, which he led until 2020.",
     {("Edvard Huvala", L, "Reform Party")}, set()),
    ("Edvard Huvala, 1938-2026, has died\n\nEdvard Huvala, who chaired the Reform Party from 1992 to 2001, died on "
     "Sunday.", {("Edvard Huvala", L, "Reform Party")}, set()),
    ("TEMBLOR, 12 May 2024 - Edvard Huvala founded the Reform Party, which he led until 2020.",
     {("Edvard Huvala", L, "Reform Party")}, set()),
    # --- (5) "Chad: President X ordered ...": a round-up's state label gives a bare title its state ---
    ("THE WEEK IN THE REGION\n\nChad: President Tomas Sabiri ordered more troops to the south.\n\n"
     "Niger: Foreign Minister Jonas Aldrin met his Turkish counterpart in Ankara.",
     {("Tomas Sabiri", L, "Chad"), ("Jonas Aldrin", M, "Niger")},
     {("Tomas Sabiri", L, "Niger"), ("Jonas Aldrin", M, "Chad")}),
    ("THE WEEK\n\nMali: The cabinet met on Monday. Defence Minister Lina Holt denied the charge.\n\n"
     "Chad: Rebels attacked a convoy near the border.", {("Lina Holt", M, "Mali")}, {("Lina Holt", M, "Chad")}),
    ("THE WEEK\n\nChad: Rebels attacked a convoy near the border.\n\nNiamey: Prime Minister Lina Holt met the "
     "envoy of Mali.", set(), {("Lina Holt", L, "Chad")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ns", relations_by_document, check_ties)
