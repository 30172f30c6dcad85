"""leader_of / member_of between a person and a party, militia or other body, told in wordings the reader missed:
a participle set off after a bracketed acronym and hung by the parser on the noun of the act the body does ("a
raid by the X Front (XF), led by Y"); a participle conjoined to a named body after its lower-case description
("the X Guard, a clan force allied to Z and led by Y"); a portfolio's noun between the body's name and the role
("X Movement foreign policy adviser Y"); a party's several-word short form, its head noun left off, before a
role noun ("Y, a Bright X stalwart"); a photo caption's position mark before "of"; a post told through a verb of
regarding ("X, whom officials described as Y's spokesman"); a list line "Name - role, Body". Several wordings per
mechanism with negatives (the body the act is aimed at or held with, a participle that is no leading, a word that
is no role, another body's veteran, a denial, a journalist "of" a newspaper). All names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a participle after "(ACRONYM)," hung on the noun of the act the bracketed body does ---
    ("For two years the hill farms have suffered raids by the Tarsen Liberation Front (TLF), led by Ivo Brack.",
     {("Ivo Brack", L, "Tarsen Liberation Front")}, set()),
    ("Voters were intimidated in a drive by the Sorrel Vigil League (SVL), headed by Colonel Brannoc Vey, before "
     "the count.", {("Brannoc Vey", L, "Sorrel Vigil League")}, set()),
    ("Talks with the Harbour Front (HF), led by the Qatari envoy Omar Sallit, resumed on Monday.",
     set(), {("Omar Sallit", L, "Harbour Front")}),
    ("Police raided the offices of the Harbour Front (HF), led by Inspector Omar Sallit, on Monday.",
     set(), {("Omar Sallit", L, "Harbour Front")}),
    # --- a participle conjoined to the named body after its description ---
    ("The Osk Brigade, a unit raised in the mining towns and commanded by Colonel Dmitar Omen, guards the valley.",
     {("Dmitar Omen", L, "Osk Brigade")}, set()),
    ("The Verran Guard, a tribal force allied to the governor and led by Sheikh Amir Talow, blocked the road.",
     {("Amir Talow", L, "Verran Guard")}, set()),
    ("The Osk Brigade, a unit raised in the mining towns and praised by Colonel Dmitar Omen, guards the valley.",
     set(), {("Dmitar Omen", L, "Osk Brigade")}),
    ("The Verran Guard, a tribal force allied to the governor and not led by Sheikh Amir Talow, blocked the road.",
     set(), {("Amir Talow", L, "Verran Guard")}),
    # --- a portfolio's noun between the body's name and the role before the name ---
    ("The Tolvan Movement opposes the treaty. Tolvan Movement foreign policy adviser Erik Sande said so on Monday.",
     {("Erik Sande", M, "Tolvan Movement")}, set()),
    ("The Tolvan Movement opposes the treaty. Tolvan Movement foreign policy critic Erik Sande said so on Monday.",
     set(), {("Erik Sande", M, "Tolvan Movement"), ("Erik Sande", L, "Tolvan Movement")}),
    # --- a party's short form (its name without the head noun) before a role noun in an apposition ---
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern veteran, said the budget would pass.",
     {("Rena Kost", M, "Bright Lantern Party")}, set()),
    ("The Open Orchard Party won 12 seats. Jarek Pohl, an Open Orchard member, chairs the budget committee.",
     {("Jarek Pohl", M, "Open Orchard Party")}, set()),
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern official, said the budget would pass.",
     {("Rena Kost", M, "Bright Lantern Party")}, set()),
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern stalwart and a friend of the mayor since "
     "school, said the budget would pass.", {("Rena Kost", M, "Bright Lantern Party")}, set()),
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern critic, said the budget would fail.",
     set(), {("Rena Kost", M, "Bright Lantern Party")}),
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern voter, said the budget would fail.",
     set(), {("Rena Kost", M, "Bright Lantern Party")}),
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern expert at the university, said the budget "
     "would fail.", set(), {("Rena Kost", M, "Bright Lantern Party")}),
    ("The Bright Lantern Party won the vote. Rena Kost, who is not a Bright Lantern member, said the budget would "
     "pass.", set(), {("Rena Kost", M, "Bright Lantern Party")}),
    ("The Bright Lantern Party won the vote. Rena Kost, a Harbour Front veteran, said the budget would pass.",
     set(), {("Rena Kost", M, "Bright Lantern Party")}),
    ("Ilse Varn of the Tolvan Herald newspaper reported that the Tolvan Union had split.",
     set(), {("Ilse Varn", M, "Tolvan Union"), ("Ilse Varn", L, "Tolvan Union")}),
    # --- a photo caption's position mark between the name and its "of" (relations.yaml photo_position_marks); a
    # bloc named before its noun in lower case ---
    ("VELMARSK - Sabra Quillon (L) of the United Lantern Party speaks to supporters in the square on Sunday.",
     {("Sabra Quillon", M, "United Lantern Party")}, set()),
    ("Pesk Varo (R) of the Osmar Union shakes hands with Omar Sallit (L) of the Harbour Front on Sunday.",
     {("Pesk Varo", M, "Osmar Union"), ("Omar Sallit", M, "Harbour Front")}, set()),
    ("VELMARSK - Party leader Lidia Morsk (C) of the Marel Charter bloc speaks to supporters in the square on Sunday.",
     {("Lidia Morsk", L, "Marel Charter bloc")}, set()),
    ("VELMARSK - Edda Voll (L) of the Tolvan Herald newspaper interviews a voter in the square on Sunday.",
     set(), {("Edda Voll", M, "Tolvan Herald")}),
    ("VELMARSK - Dara Veck (R), a critic of the Harbour Front, speaks to reporters in the square on Sunday.",
     set(), {("Dara Veck", M, "Harbour Front")}),
    # --- a post told through a verb of regarding: "as" hung on the agent, or a relative object holds it ---
    ("Perrin Holdt, described by officials as the Ostra League's treasurer, was arrested.",
     {("Perrin Holdt", M, "Ostra League")}, set()),
    ("Sela Marn, whom officials described as the Ostra League's spokeswoman, was arrested.",
     {("Sela Marn", M, "Ostra League")}, set()),
    ("The Ostra League lost its couriers this spring: police detained a dozen of them, among them Perrin Holdt, "
     "whom the minister described as the league's treasurer.", {("Perrin Holdt", M, "Ostra League")}, set()),
    ("Perrin Holdt, whom officials did not describe as the Ostra League's spokesman, was arrested.",
     set(), {("Perrin Holdt", M, "Ostra League")}),
    ("Perrin Holdt, described by officials as an expert on the Ostra League, was arrested.",
     set(), {("Perrin Holdt", M, "Ostra League")}),
    ("Perrin Holdt, whom the Ostra League described as a traitor, was arrested.",
     set(), {("Perrin Holdt", M, "Ostra League"), ("Ostra League", M, "Ostra League")}),
    # --- a list line "Name - role, Body": a dash after the name, which may end the parser's sentence ---
    ("Key figures:\n- Omar Telli - leader, Vanguard Movement\n- Rena Kost \u2013 spokeswoman, Bright Lantern Party",
     {("Omar Telli", L, "Vanguard Movement"), ("Rena Kost", M, "Bright Lantern Party")}, set()),
    ("Key figures:\n- Omar Telli - leader, Vanguard Movement\n- Ivo Dern - critic, Bright Lantern Party",
     {("Omar Telli", L, "Vanguard Movement")}, {("Ivo Dern", M, "Bright Lantern Party")}),
    ("VOLSK - Omar Telli, Vanguard Movement leader, said on Monday the count was rigged.",
     {("Omar Telli", L, "Vanguard Movement")}, set()),
    # --- a name hyphen-joined to a word before the body's lower-case noun: the body is no member's of that name ---
    ("Perrin Holdt of the anti-Ostra League bloc said the count was rigged.",
     set(), {("Perrin Holdt", M, "Ostra League")}),
    ("Perrin Holdt of the pro-Ostra League camp said the count was rigged.",
     set(), {("Perrin Holdt", M, "Ostra League")}),
    # --- the short form before "deputy" (the name finder may take it for a person's name) ---
    ("The Bright Lantern Party won the vote. Rena Kost, a Bright Lantern deputy, said the budget would pass.",
     {("Rena Kost", M, "Bright Lantern Party")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ol1", relations_by_document, check_ties)
