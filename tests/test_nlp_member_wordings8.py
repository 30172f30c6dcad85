"""member_of ties of a person or a state told by a party's or a bloc's name before a role word, written for this
battery with invented names:

- a party's name modifying a post that heads another named thing after "of" (relations._post_of_other): "X, the
  Harvest Party governor of Kelmar", "- X: the Civic Front governor of Dovra Province", "the Harvest Party chair of the
  Dovra City Council": the post heads the place or body after "of"; the party only says whose member holds it
  (member_of, not leader_of). Negatives: the party's own post ("the Harvest Party leader"), another person's post in
  the same sentence.

- the capital letters of a seat after a party's name (actors._seat_letters_after_body): "X, a Harvest Party MP,", "X, a
  Civic Front MP for the north,": the letters are the role, no word of the party's name, so the party is read as the
  seat holder's; so is its plural before the names the parser leaves loose ("guards held two Harvest Party MPs, X
  and Y, overnight": each name, relations._plural_role_before_names). Negatives: another person named beside the
  member; a person's own name followed by the letters ("the Hon. X MP") still names only the person; "two MPs, X and
  Y" names no party.

- allies named by a known alliance or international body (relations._bloc_allies): "X turned to its NATO allies",
  "X and its African Union partners": X is a member of it. Negatives: a party whose name only sounds like a bloc
  ("its Civic Front allies"), former allies, allies named by a state ("its Ostravian allies").

- a plural role word with a party's name before it, as a title before a list of names
  (relations._plural_title_names): "Harvest Party deputies X and Y resigned", "police detained Civic Front lawmakers X
  and Y": each name is a member. Negatives: a plural that is no role ("Harvest Party rivals X and Y"), a role with no
  body before it.

- "elected for" a party (relations.yaml preposition_verbs elect "for"): "X, elected for the Harvest Party in 2021,":
  the party whose seat X won. Negatives: a denial, a hope to be elected.

- a military rank after a state's adjective, with an article (relations._state_officer): "X, an Ostravian colonel,",
  "led by an Ostravian general, X": an officer of that state (as "Ostravian Colonel X" is read). Negatives: a rank of
  something else ("the Ostravian captain of the tanker": the state only his origin), a rank with no state.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
L = "leader_of"
HOME = "DOVRA, May 3 - Kelmaria's parliament met on Monday. The Harvest Party and the Civic Front won seats. "

ABROAD = "DOVRA, May 3 - Kelmaria's parliament met on Monday. Ostravia sent troops to Kelmaria on Friday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a party's name before a post of a place or body named after "of" ---
    (HOME + "Tomas Rell, the Harvest Party governor of Kelmar Province, opened the fair.",
     {("Tomas Rell", M, "Harvest Party")}, {("Tomas Rell", L, "Harvest Party")}),
    (HOME + "Names to know:\n- Ana Vesk: the Civic Front governor of Dovra Province.\n"
     "- Ilse Marn: the Harvest Party governor of Kelmar Province.",
     {("Ana Vesk", M, "Civic Front"), ("Ilse Marn", M, "Harvest Party")},
     {("Ana Vesk", L, "Civic Front"), ("Ilse Marn", L, "Harvest Party")}),
    (HOME + "Ilse Marn, the Civic Front chair of the Dovra City Council, resigned on Friday.",
     {("Ilse Marn", M, "Civic Front")}, {("Ilse Marn", L, "Civic Front")}),
    (HOME + "Tomas Rell, the Harvest Party leader, opened the fair.",
     {("Tomas Rell", L, "Harvest Party")}, set()),
    (HOME + "Tomas Rell met Ana Vesk, the Civic Front governor of Dovra Province, on Friday.",
     {("Ana Vesk", M, "Civic Front")}, {("Tomas Rell", M, "Civic Front"), ("Tomas Rell", L, "Civic Front")}),
    # --- the letters of a seat after a party's name ---
    (HOME + "Tomas Rell, a Harvest Party MP, said the count was rigged.",
     {("Tomas Rell", M, "Harvest Party")}, set()),
    (HOME + "Ana Vesk, a Civic Front MP for Dovra North, voted against the budget.",
     {("Ana Vesk", M, "Civic Front")}, set()),
    (HOME + "Ilse Marn, a Harvest Party MP since 2019, wrote to the commission.",
     {("Ilse Marn", M, "Harvest Party")}, set()),
    (HOME + "Tomas Rell thanked Ana Vesk, a Civic Front MP, for her support.",
     {("Ana Vesk", M, "Civic Front")}, {("Tomas Rell", M, "Civic Front")}),
    (HOME + "The Hon. Ana Vesk MP tabled the bill on Friday.",
     set(), {("Ana Vesk", M, "Civic Front"), ("Ana Vesk", M, "Harvest Party")}),
    (HOME + "Guards briefly held two Harvest Party MPs, Tomas Rell and Ilse Marn, after a fight at the gate.",
     {("Tomas Rell", M, "Harvest Party"), ("Ilse Marn", M, "Harvest Party")}, set()),
    (HOME + "Police detained two Harvest Party MPs, Tomas Rell and Ilse Marn, at the rally.",
     {("Tomas Rell", M, "Harvest Party"), ("Ilse Marn", M, "Harvest Party")}, set()),
    (HOME + "Guards briefly held two MPs, Tomas Rell and Ilse Marn, after a fight at the gate.",
     set(), {("Tomas Rell", M, "Harvest Party"), ("Ilse Marn", M, "Civic Front")}),
    # --- allies named by a known alliance or international body: the possessor is a member too ---
    (HOME + "Kelmaria turned to its NATO allies for help with its air defences.",
     {("Kelmaria", M, "NATO")}, set()),
    (HOME + "Kelmaria and its African Union partners met in Dovra on Friday.",
     {("Kelmaria", M, "African Union")}, set()),
    (HOME + "The Harvest Party and its Civic Front allies walked out of the chamber.",
     set(), {("Harvest Party", M, "Civic Front")}),
    (HOME + "Kelmaria's former NATO allies criticised the vote.",
     set(), {("Kelmaria", M, "NATO")}),
    (HOME + "Kelmaria and its Ostravian allies met in Dovra on Friday.",
     set(), {("Kelmaria", M, "Ostravia")}),
    # --- a military rank after a state's adjective, with an article: an officer of that state ---
    # --- a plural role word with a party's name before it, as a title before a list of names ---
    (HOME + "Harvest Party deputies Tomas Rell and Ana Vesk resigned on Friday.",
     {("Tomas Rell", M, "Harvest Party"), ("Ana Vesk", M, "Harvest Party")}, set()),
    (HOME + "Police detained Civic Front lawmakers Tomas Rell and Ilse Marn on Friday.",
     {("Tomas Rell", M, "Civic Front"), ("Ilse Marn", M, "Civic Front")}, set()),
    (HOME + "The Harvest Party expelled deputies Tomas Rell and Ana Vesk on Friday.",
     set(), {("Tomas Rell", M, "Civic Front"), ("Ana Vesk", M, "Civic Front")}),
    (HOME + "Harvest Party rivals Tomas Rell and Ana Vesk met on Friday.",
     set(), {("Tomas Rell", M, "Harvest Party"), ("Ana Vesk", M, "Harvest Party")}),
    # --- "elected for" a party: the party whose seat was won ---
    (HOME + "Tomas Rell, elected for the Harvest Party in 2021, resigned on Friday.",
     {("Tomas Rell", M, "Harvest Party")}, set()),
    (HOME + "Ana Vesk was elected for the Civic Front in Dovra North.",
     {("Ana Vesk", M, "Civic Front")}, set()),
    (HOME + "Tomas Rell was not elected for the Harvest Party.",
     set(), {("Tomas Rell", M, "Harvest Party")}),
    (HOME + "Ana Vesk hopes to be elected for the Civic Front next year.",
     set(), {("Ana Vesk", M, "Civic Front")}),
    # --- a military rank after a state's adjective, with an article: an officer of that state ---
    (ABROAD + "Piet Valdo, an Ostravian colonel, retook the port road.",
     {("Piet Valdo", M, "Ostravia")}, set()),
    (ABROAD + "The mission is led by an Ostravian general, Piet Valdo.",
     {("Piet Valdo", M, "Ostravia")}, set()),
    (ABROAD + "Piet Valdo, a Kelmarian admiral, inspected the port.",
     {("Piet Valdo", M, "Kelmaria")}, {("Piet Valdo", M, "Ostravia")}),
    (ABROAD + "Piet Valdo, the Ostravian captain of the tanker, was detained.",
     set(), {("Piet Valdo", M, "Ostravia")}),
    (ABROAD + "Piet Valdo, a retired colonel, retook the port road.",
     set(), {("Piet Valdo", M, "Ostravia"), ("Piet Valdo", M, "Kelmaria")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "m8", relations_by_document, check_ties)
