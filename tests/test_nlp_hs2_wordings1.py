"""Where a letter is sent from and whose mission it names are not what it is about (PhraseResolver.home_state):
(1) a letter or a memo (a field naming its addressee or its matter, "To: ...", "Re: ...", "Attn: ...", or a
salutation "Dear ...") whose letterhead is followed by a line that is only a place and a state ("Durban, South
Africa") is written there: that state is neither the text's dateline state nor its header's subject, so a bare "the
prime minister, X" in a letter about another state is not given to the sender's state
(relations.PhraseResolver._sender_address); (2) "the Indian High Commission", "India's High Commission in Suva": a
Commonwealth state's embassy, named by two words, marks its state as a foreign power where the story is set, as "the
Indian embassy" does (relations.yaml diplomatic_mission_nouns, nlp.actors.mission_noun_length). Negatives: a notice
with the same address line and no addressee field, a real dateline, a letter whose writer's state is also the
story's (named in its own prose again and again), a state's high commission abroad in a story about that state, and
a title the text gives its state outright. States are real; people, firms and parties are invented; end to end with
the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, relations_each

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

CASES = [
    # --- (1) a letter sent from one state about another: no titles for the sender's state ---
    ("Harvick Freight Services Ltd\nDurban, South Africa\n\nTo: our drivers on the northern route\nRe: border "
     "delays\n\nDear drivers,\n\nSouth Africa is still our base, but this letter is about the crossings into "
     "Mozambique.\n\nThe prime minister, Ivo Dask, has closed two crossings for a week. Please plan longer trips.\n",
     set(), {("Ivo Dask", L, "South Africa")}),
    ("Tamsel Mining Group\nPerth, Australia\n\nAttn: site managers\n\nAustralia's regulator has not changed its "
     "rules, and Australia will keep its export levy. Our crews in Papua New Guinea should carry their papers. The "
     "interior minister, Sela Brunn, ordered checks on all foreign crews last week.\n",
     set(), {("Sela Brunn", M, "Australia")}),
    ("Orvane Travel Partners\nLisbon, Portugal\n\nDear guests,\n\nPortugal remains our home and Portugal's airports "
     "are calm. Our tours in Cape Verde go ahead as planned. President Amon Tesh has declared a curfew in the "
     "capital, so evening walks are cancelled.\n",
     set(), {("Amon Tesh", L, "Portugal")}),
    ("Kelbridge Insurance\nOslo, Norway\n\nRe: cover for staff abroad\n\nNorway's own market is unchanged, and "
     "Norway's offices stay open. Our staff in Malawi should stay indoors this week. The opposition leader, Dario "
     "Lemmek, was arrested on Friday, and the president, Amon Tesh, banned rallies.\n",
     set(), {("Amon Tesh", L, "Norway")}),
    # --- (2) "the Indian High Commission": a foreign power's mission where the story is set ---
    ("The Indian High Commission said on Friday that it was monitoring the unrest. India's High Commission asked "
     "Indian nationals to avoid the capital. The police in Malawi detained the opposition leader, Dario Lemmek, and "
     "the president, Amon Tesh, dissolved the cabinet.\n",
     set(), {("Amon Tesh", L, "India"), ("Dario Lemmek", L, "India")}),
    ("The Australian High Commission issued a travel warning. Australia's High Commission also closed its consular "
     "section, and Australia's foreign minister, Sela Brunn, said staff were safe. The prime minister, Ivo Dask, "
     "imposed a curfew in Tonga.\n",
     {("Sela Brunn", M, "Australia")}, {("Ivo Dask", L, "Australia")}),
    # --- negatives: the same layouts where the state is what the text is about ---
    ("Harvick Freight Services Ltd\nDurban, South Africa\n\nNotice of road closures\n\nThe prime minister, Ivo Dask, "
     "has closed two roads in South Africa for a week. South Africa's transport ministry says the work will end in "
     "June.\n",
     {("Ivo Dask", L, "South Africa")}, set()),
    ("Tamsel Mining Group\nPerth, Australia\n\nTo: all staff\n\nAustralia's parliament passed the mining bill on "
     "Monday. In Australia, the prime minister, Ivo Dask, said the mines would stay open.\n",
     {("Ivo Dask", L, "Australia")}, set()),
    ("Kelbridge Insurance\nOslo, Norway\n\nRe: cover for staff abroad\n\nNorway's market is unchanged. In Malawi, "
     "Malawi's president, Amon Tesh, banned rallies.\n",
     {("Amon Tesh", L, "Malawi")}, {("Amon Tesh", L, "Norway")}),
    ("Malawi's High Commission in London said on Monday that voting had been calm. In Malawi, Malawi's parliament "
     "met on Tuesday, and the president, Amon Tesh, thanked the observers. Malawi's electoral commission will publish "
     "the results on Friday.\n",
     {("Amon Tesh", L, "Malawi")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs2w1", relations_each, check_found)
