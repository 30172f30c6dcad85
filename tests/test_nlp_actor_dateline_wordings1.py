"""A person's name the NER leaves untagged at the head of a story: a wire dateline whose place opens with a word of
two letters ("LA PAZ -", "EL FASHER, Sudan -") is set apart like any other, and the subject of a post named after
"as" ("X was sworn in as president", "X served as defence minister") and a name after a deputy's title ("Deputy
Foreign Minister X") is a person, so the story's first name and its
ties are not lost when the NER misses them. Negatives: a body registered or designated "as" a body's noun, a single
capitalised word that is no dateline, a heading in capitals. All names are invented; end to end with the real
English pipeline. Also: who leads a state's or a body's delegation or team serves it and leads no state;
the person a verb's object names does what its infinitive says ("X appointed Y to lead Z": Y leads Z), but not
what it is only asked, urged, invited or promised to do ("X asked Y to lead Z": no tie).
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, check_ties, kinds_by_document, relations_by_document

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
KINDS = [
    ("BAGHDAD - Amon Tesh was sworn in as president of Bolivia on Monday.", {"Amon Tesh": P}, {}),
    ("BAGHDAD (Reuters) - Kessa Varin of the Unity Party was sworn in as president of Chile.",
     {"Kessa Varin": P, "Unity Party": O}, {}),
    ("LA PAZ - Amon Tesh was sworn in as president of Bolivia on Monday.", {"Amon Tesh": P}, {"Amon Tesh": O}),
    ("EL FASHER, Sudan - Dera Olin served as defence minister until March.", {"Dera Olin": P}, {}),
    ("Orvel Dant was appointed as interior minister in a reshuffle on Tuesday.", {"Orvel Dant": P}, {}),
    ("Mira Kostal took office as prime minister after the vote.", {"Mira Kostal": P}, {}),
    # a body's noun after "as": a body, never a person
    ("Velor Amit Union was registered as a political party on Monday.", {}, {"Velor Amit Union": P}),
    # a deputy's or vice's rank before a title of two words, the name left untagged
    ("Deputy Foreign Minister Ivo Dask said on Monday that the talks had failed.", {"Ivo Dask": P}, {}),
    ("Vice Defence Minister Lara Venn met the envoy in the capital.", {"Lara Venn": P}, {}),
    # a body's name with a possessive plural, no title before it: no person
    ("One deputy each came from the MHP and the pro-Velnian Peoples' Equality and Democracy Party (DEM Party).",
     {}, {"Peoples' Equality": P}),
    ("The Tovar Guard was designated as a terrorist organisation by the council.", {}, {"Tovar Guard": P}),
    # a role a body holds too after "as" (a member, an ally): no person
    ("Karvel Vosk Mining was listed as a member of the consortium.", {}, {"Karvel Vosk Mining": P}),
    ("The Ostrak Kessa served as a member of the panel.", {}, {"Ostrak Kessa": P}),
    # a heading opening with an abbreviation of two letters is no dateline: the body's name stays
    ("UN OFFICIALS - Lara Venn met Ivo Dask in Lima.", {"United Nations": O}, {}),
]

# (text, ties that must be present, ties that must be absent)
TIES = [
    ("LA PAZ (Reuters) - Amon Tesh of the Green Union Party (GUP) was sworn in as president of Bolivia on 8 November "
     "2025.", {("Amon Tesh", "member_of", "Green Union Party"), ("Amon Tesh", "leader_of", "Bolivia")}, set()),
    ("BAGHDAD - Amon Tesh was sworn in as president of Bolivia.", {("Amon Tesh", "leader_of", "Bolivia")}, set()),
    ("EL FASHER, Sudan - Dera Olin was sworn in as president of Chad on Friday.",
     {("Dera Olin", "leader_of", "Chad")}, set()),
    ("BAGHDAD - Amon Tesh was not sworn in as president of Bolivia.", set(), {("Amon Tesh", "leader_of", "Bolivia")}),
    # who leads a state's or a body's delegation serves it, and leads no state
    ("Deputy Foreign Minister Ivo Dask led the Chilean delegation at the inauguration.",
     {("Ivo Dask", "member_of", "Chile")}, {("Ivo Dask", "leader_of", "Chile")}),
    ("Ivo Dask led the Unity Party's delegation to the talks.", {("Ivo Dask", "member_of", "Unity Party")},
     {("Ivo Dask", "leader_of", "Unity Party")}),
    ("Ivo Dask heads the Peruvian negotiating team in Geneva.", {("Ivo Dask", "member_of", "Peru")},
     {("Ivo Dask", "leader_of", "Peru")}),
    ("Ivo Dask leads the Chilean government.", {("Ivo Dask", "leader_of", "Chile")}, set()),
    # the person a verb's object names does what the infinitive says ("appointed Y to lead"), not the verb's subject
    ("Chile was represented by Ivo Dask, whom President Lara Venn appointed last week to head the Chilean delegation.",
     {("Ivo Dask", "member_of", "Chile")}, set()),
    ("Ivo Dask appointed Lara Venn to lead the Unity Party.", {("Lara Venn", "leader_of", "Unity Party")},
     {("Ivo Dask", "leader_of", "Unity Party")}),
    ("The envoys met Ivo Dask, the former ambassador whom Lara Venn appointed last month to lead Chile's civilian "
     "delegation.", {("Ivo Dask", "member_of", "Chile")}, {("Lara Venn", "member_of", "Chile")}),
    ("Ivo Dask agreed to lead the Unity Party.", {("Ivo Dask", "leader_of", "Unity Party")}, set()),
    ("Ivo Dask chose Lara Venn to represent Chile.", {("Lara Venn", "member_of", "Chile")},
     {("Ivo Dask", "member_of", "Chile")}),
    # only asked, urged, invited or promised: no tie for either side
    ("Ivo Dask asked Lara Venn to lead the Unity Party.", set(),
     {("Lara Venn", "leader_of", "Unity Party"), ("Ivo Dask", "leader_of", "Unity Party")}),
    ("Ivo Dask urged Lara Venn to support the Unity Party.", set(),
     {("Lara Venn", "backs", "Unity Party"), ("Ivo Dask", "backs", "Unity Party")}),
    ("Ivo Dask invited Lara Venn to join the Unity Party.", set(),
     {("Lara Venn", "member_of", "Unity Party"), ("Ivo Dask", "member_of", "Unity Party")}),
    ("Ivo Dask promised Lara Venn to lead the Unity Party.", set(), {("Lara Venn", "leader_of", "Unity Party")}),
    ("Ivo Dask, whom Lara Venn asked to lead the Unity Party, declined.", set(),
     {("Ivo Dask", "leader_of", "Unity Party"), ("Lara Venn", "leader_of", "Unity Party")}),
    # a delegation not led, or one sent to a state: no tie to that state
    ("Ivo Dask did not lead the Chilean delegation.", set(),
     {("Ivo Dask", "member_of", "Chile"), ("Ivo Dask", "leader_of", "Chile")}),
    ("Ivo Dask led a delegation to Chile.", set(), {("Ivo Dask", "member_of", "Chile"), ("Ivo Dask", "leader_of", "Chile")}),
]

XFAIL: dict[str, str] = {}


kinds, test_kind = battery(KINDS, XFAIL, "dk", kinds_by_document, check_named_kinds, empty=dict, fixture="kinds")
ties, test_tie = battery(TIES, XFAIL, "dt", relations_by_document, check_ties, fixture="ties")
