"""A person's name the NER tags as an organisation, told by its place in the sentence: in apposition to a person's
title ("whose speaker, Nadia Orvan,", "the country's chancellor, Ivo Dask,": roles.yaml titles, as well as the
leader's and member's roles), or after a body's noun and "of" or "under" ("the party of Marta Velisco Aran", "a
faction under Tovar Dinel": organizations.yaml org nouns, then a person-shaped name). Negatives keep a place or a
body after "of" ("the militia of Kessa Valley", "the party of European Choice") and a body in apposition to a
body's noun, or a body's name as the only apposition. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, kinds_by_document

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
CASES = [
    # --- a name in apposition to a person's title: the holder, a person ---
    ("The assembly in Kessa, whose speaker, Nadia Orvan, is his closest ally, met on Monday.",
     {"Nadia Orvan": P}, {"Nadia Orvan": O}),
    ("The chamber's speaker, Lidan Morvet, adjourned the session.",
     {"Lidan Morvet": P}, {"Lidan Morvet": O}),
    ("Kalvar's chancellor, Orsa Velnik, rejected the budget on Friday.",
     {"Orsa Velnik": P}, {"Orsa Velnik": O}),
    # a body's noun before the comma: the name is the body's
    ("A Velnian company, Tavro Quillen Osk, said the mine would close.",
     {}, {"Tavro Quillen Osk": P}),
    # a body named in a second apposition, after a role "of" a body, is that body, not the person
    ("The Kessa Front did not respond, but Orhan Delvik, a senior commander of its armed wing, the Kessa Defence "
     "Forces, said his fighters would resist.", {"Orhan Delvik": P}, {"Orhan Delvik": O}),
    ("Ivan Morel, a deputy leader of the party's youth branch, the Young Greens Union, resigned on Monday.",
     {"Ivan Morel": P}, {"Ivan Morel": O}),
    ("Orhan Delvik, the Kessa Defence Forces, said his fighters would resist.",
     {}, {"Orhan Delvik": P}),
    # --- a body's noun, then "of" or "under" and a person's name: the person the body is told by ---
    ("The Unity Bloc, the party of Marta Velisco Aran, was dissolved in 2023.",
     {"Marta Velisco Aran": P}, {"Marta Velisco Aran": O}),
    ("Two armed groups signed, the militia of Sembo Dakari and the Kessa Front.",
     {"Sembo Dakari": P}, {"Sembo Dakari": O}),
    ("The Kessa Front's faction under Tovar Dinel overran a camp in September.",
     {"Tovar Dinel": P}, {"Tovar Dinel": O}),
    ("The movement of Ilsa Brondt boycotted the vote.",
     {"Ilsa Brondt": P}, {"Ilsa Brondt": O}),
    # a place or a body after "of": no person
    ("The militia of Kessa Valley attacked the convoy.",
     {}, {"Kessa Valley": P}),
    ("The party of European Choice won four seats.",
     {}, {"European Choice": P}),
    ("The rebels operate under Sharia Law in the north.",
     {}, {"Sharia Law": P}),
    ("The faction under Kessa Command refused to disarm.", {}, {"Kessa Command": P}),
    ("A movement of Young Farmers marched on the capital.", {}, {"Young Farmers": P}),
    ("The militia of Red Hand attacked the town.", {}, {"Red Hand": P}),
    ("The group of Shield Partners bought the mine.", {}, {"Shield Partners": P}),
    # a body's name in apposition to a title: the body's noun in it keeps it a body
    ("Its chairman, Dorvan Group, did not comment.", {}, {"Dorvan Group": P}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po", kinds_by_document, check_named_kinds, empty=dict)
