"""leader_of / member_of between a person and a party, militia or other body, told in wordings the reader missed:
a participle set off after a bracketed acronym and hung by the parser on the noun of the act the body wages ("a
campaign by the X Army (XA), led by Y"); a participle conjoined to a named body after its lower-case description
("the X Brigade, a militia loyal to Z and commanded by Y"); a portfolio's noun between the body's name and the role
("X Union foreign policy spokesman Y"); a party's several-word short form, its head noun left off, before a role
noun ("Y, a Civic X veteran"). Several wordings per mechanism with negatives (the body the act is aimed at or held
with, a participle that is no leading, a word that is no role, two bodies sharing the short form, another body's
veteran, a denial); a photo caption's position mark before "of"; a post told through a verb of regarding ("X,
whom officials described as Y's spokesman"); a list line "Name - role, Body". All names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from test_nlp_relations_blind_wordings import check_ties, relations_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a participle after "(ACRONYM)," hung on the noun of the act the bracketed body wages ---
    ("Since 2023 the government has faced a campaign by the Tarsen Liberation Army (TLA), led by Ivo Brack.",
     {("Ivo Brack", L, "Tarsen Liberation Army")}, set()),
    ("Voters were intimidated in a drive by the Marsh Defence League (MDL), headed by Colonel Ossian Vey, before "
     "the count.", {("Ossian Vey", L, "Marsh Defence League")}, set()),
    ("Talks with the Harbour Front (HF), led by the Qatari envoy Omar Sallit, resumed on Monday.",
     set(), {("Omar Sallit", L, "Harbour Front")}),
    ("Police raided the offices of the Harbour Front (HF), led by Inspector Omar Sallit, on Monday.",
     set(), {("Omar Sallit", L, "Harbour Front")}),
    # --- a participle conjoined to the named body after its description ---
    ("The Osk Brigade, a militia loyal to the merchants and commanded by Colonel Faris Omen, held the bridge.",
     {("Faris Omen", L, "Osk Brigade")}, set()),
    ("The Verran Guard, a tribal force allied to the governor and led by Sheikh Amir Talow, blocked the road.",
     {("Amir Talow", L, "Verran Guard")}, set()),
    ("The Osk Brigade, a militia hostile to the merchants and praised by Colonel Faris Omen, held the bridge.",
     set(), {("Faris Omen", L, "Osk Brigade")}),
    ("The Verran Guard, a tribal force allied to the governor and not led by Sheikh Amir Talow, blocked the road.",
     set(), {("Amir Talow", L, "Verran Guard")}),
    # --- a portfolio's noun between the body's name and the role before the name ---
    ("The Tolvan Union said the vote was fair. Tolvan Union foreign policy spokesman Erik Sande said the count "
     "was clean.", {("Erik Sande", M, "Tolvan Union")}, set()),
    ("The Tolvan Union said the vote was fair. Tolvan Union foreign policy critic Erik Sande said the count was "
     "rigged.", set(), {("Erik Sande", M, "Tolvan Union"), ("Erik Sande", L, "Tolvan Union")}),
    # --- a party's short form (its name without the head noun) before a role noun in an apposition ---
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern veteran, said the budget would pass.",
     {("Rena Kost", M, "Civic Lantern Party")}, set()),
    ("The Free Orchard Party has 12 seats. The parties support the election of Jarek Pohl, a Free Orchard member, "
     "to that office.", {("Jarek Pohl", M, "Free Orchard Party")}, set()),
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern official, said the budget would pass.",
     {("Rena Kost", M, "Civic Lantern Party")}, set()),
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern veteran and Varsk's closest ally in cabinet, "
     "said the budget would pass.", {("Rena Kost", M, "Civic Lantern Party")}, set()),
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern critic, said the budget would fail.",
     set(), {("Rena Kost", M, "Civic Lantern Party")}),
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern voter, said the budget would fail.",
     set(), {("Rena Kost", M, "Civic Lantern Party")}),
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern expert at the university, said the budget "
     "would fail.", set(), {("Rena Kost", M, "Civic Lantern Party")}),
    ("The Civic Lantern Party won the vote. Rena Kost, who is not a Civic Lantern member, said the budget would "
     "pass.", set(), {("Rena Kost", M, "Civic Lantern Party")}),
    ("The Civic Lantern Party won the vote. Rena Kost, a Harbour Front veteran, said the budget would pass.",
     set(), {("Rena Kost", M, "Civic Lantern Party")}),
    ("The Civic Lantern Party and the Civic Lantern Youth marched. Rena Kost, a Civic Lantern veteran, said the "
     "budget would pass.", set(), {("Rena Kost", M, "Civic Lantern Party"), ("Rena Kost", M, "Civic Lantern Youth")}),
    ("Ilse Varn of the Tolvan Herald newspaper reported that the Tolvan Union had split.",
     set(), {("Ilse Varn", M, "Tolvan Union"), ("Ilse Varn", L, "Tolvan Union")}),
    # --- a photo caption's position mark between the name and its "of" (relations.yaml photo_position_marks); a
    # bloc named before its noun in lower case ---
    ("KORTAVI - Nino Vardeli (L) of the United Lantern Party addresses supporters on Sunday.",
     {("Nino Vardeli", M, "United Lantern Party")}, set()),
    ("Pesk Varo (R) of the Osmar Union shakes hands with Omar Sallit (L) of the Harbour Front on Sunday.",
     {("Pesk Varo", M, "Osmar Union"), ("Omar Sallit", M, "Harbour Front")}, set()),
    ("KORTAVI - Opposition leader Lidia Morsk (C) of the Marel Accord bloc addresses supporters on Sunday.",
     {("Lidia Morsk", L, "Marel Accord")}, set()),
    ("KORTAVI - Edda Voll (L) of the Tolvan Herald newspaper interviews a voter on Sunday.",
     set(), {("Edda Voll", M, "Tolvan Herald")}),
    ("KORTAVI - Dara Veck (R), a critic of the Harbour Front, speaks to reporters on Sunday.",
     set(), {("Dara Veck", M, "Harbour Front")}),
    # --- a post told through a verb of regarding: "as" hung on the agent, or a relative object holds it ---
    ("Abdi Jeel, described by officials as the Ostra League's chief fundraiser, was arrested.",
     {("Abdi Jeel", M, "Ostra League")}, set()),
    ("Sela Marn, whom officials described as the Ostra League's spokeswoman, was arrested.",
     {("Sela Marn", M, "Ostra League")}, set()),
    ("Police arrested 41 suspected Ostra League collaborators, including Abdi Jeel, whom the minister described "
     "as the group's chief fundraiser.", {("Abdi Jeel", M, "Ostra League")}, set()),
    ("Abdi Jeel, whom officials did not describe as the Ostra League's spokesman, was arrested.",
     set(), {("Abdi Jeel", M, "Ostra League")}),
    ("Abdi Jeel, described by officials as an expert on the Ostra League, was arrested.",
     set(), {("Abdi Jeel", M, "Ostra League")}),
    ("Abdi Jeel, whom the Ostra League described as a traitor, was arrested.",
     set(), {("Abdi Jeel", M, "Ostra League"), ("Ostra League", M, "Ostra League")}),
    # --- a list line "Name - role, Body": a dash after the name, which may end the parser's sentence ---
    ("Key figures:\n- Omar Telli - leader, Vanguard Movement\n- Rena Kost \u2013 spokeswoman, Civic Lantern Party",
     {("Omar Telli", L, "Vanguard Movement"), ("Rena Kost", M, "Civic Lantern Party")}, set()),
    ("Key figures:\n- Omar Telli - leader, Vanguard Movement\n- Ivo Dern - critic, Civic Lantern Party",
     {("Omar Telli", L, "Vanguard Movement")}, {("Ivo Dern", M, "Civic Lantern Party")}),
    ("VOLSK - Omar Telli, Vanguard Movement leader, said on Monday the count was rigged.",
     {("Omar Telli", L, "Vanguard Movement")}, set()),
    # --- left for later: the short form read as a person's name by the name finder before "deputy" ---
    ("The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern deputy, said the budget would pass.",
     {("Rena Kost", M, "Civic Lantern Party")}, set()),
]

XFAIL: dict[str, str] = {
    "The Civic Lantern Party won the vote. Rena Kost, a Civic Lantern deputy, said the budget would pass.":
        "actors: the short form before 'deputy' is taken for a person's name, so no body is named before the role",
}


@pytest.fixture(scope="module")
def extracted():
    return relations_by_document([text for text, _, _ in CASES], "ol1")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "ol1"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"ol1{i:03d}", set())
    check_ties(text, present, absent, got)
