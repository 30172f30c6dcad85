"""Hard-wrapped prose (a plain-text notice's or memo's paragraphs cut at a fixed width): the line break inside a
sentence is read as a space by the tagger (``pipeline.unwrap_lines``), so that a name cut by the wrap is whole: (1) a
line ending in a name's first capitalised word after a word in lower case ("the exiled Harbour" / "Union Party,
chaired by X"; "the Velnian Democratic" / "Alliance of X"), in a paragraph of full lines; (2) a line ending in an
article, preposition or conjunction ("... the Union of the" / "Lower Vale"), in a paragraph of any length. Negatives:
a list's lines are never joined; a line opening with a field's "Label:" is its own; a tie told as past stays out.
(3) An event's doer told by a common noun and the name its participle gives it: "an armed band calling itself X
attacked ...", "a faction known as X", "a militia called X" (relations.yaml self_naming_verbs); not a noun with no
a threat or a denial by the named group.
All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, check_ties, events_by_document, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
HOME = "Kalvar voted in May and Kalvar's parliament met in June. "
TAIL = ("\nthe fishermen had been released in July after the courts reviewed their cases one by one in the capital, "
        "the\nboard noted.\n")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a name's first capitalised word ends the line ---
    (HOME + "There is no legal opposition in Kalvar; the exiled Harbour\nUnion Party, chaired by Teodor Vask, accused "
     "the government of jailing fishermen. The ministry denied it and said" + TAIL,
     {("Teodor Vask", L, "Harbour Union Party")}, {("Teodor Vask", L, "Union Party")}),
    (HOME + "Since the spring the Kalvar government has leaned on the Granite\nLeague, led by Mara Venn, for its "
     "majority. The League won nine seats. Its members sit on three committees and\nits leader has asked for the "
     "transport portfolio in any reshuffle that the prime minister plans after the summer.\n",
     {("Mara Venn", L, "Granite League")}, set()),
    (HOME + "The largest opposition group is the Velnian Democratic\nAlliance of Petra Ulm. It won twelve seats, two "
     "more than in the last vote, and has asked for a recount in the\nnorthern districts, where its observers say "
     "the ballot boxes were opened before the count began on Sunday.\n",
     {("Petra Ulm", L, "Velnian Democratic Alliance")}, set()),
    ("Kalvar voted in May and Kalvar's parliament met in June. The protest was called by the Orchard\nGrowers' "
     "Union, whose chairman Bram Teller spoke at the rally. The police in Kalvar said the march was\npeaceful "
     "and that the roads into the centre were reopened by the evening, after the tractors had left\nthe square.\n",
     {("Bram Teller", L, "Orchard Growers' Union")}, set()),
    # --- negatives: a list's lines, a field label, a past tie ---
    (HOME + "The board reviewed the parties that took part in the vote.\n- the coalition partner, the Harbour\n"
     "- Union Party of Teodor Vask, which lost seats\n",
     set(), {("Teodor Vask", L, "Harbour Union Party")}),
    (HOME + "The board reviewed the parties that took part in the Harbour\nUnion: Teodor Vask chairs the Union Party. "
     "Its members sit on three committees and they meet on Mondays in\nthe capital, where the party has its offices "
     "near the river and the old market hall of the city.\n",
     set(), {("Teodor Vask", L, "Harbour Union Party")}),
    (HOME + "There is no legal opposition in Kalvar; the exiled Harbour\nUnion Party, formerly chaired by Teodor Vask, "
     "accused the government of jailing fishermen. The ministry denied it and said" + TAIL,
     set(), {("Teodor Vask", L, "Harbour Union Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p8w", relations_by_document, check_ties)


# --- (3) "an armed band calling itself X attacked ...": the doer is X ---
PLACE = "TARSO, May 3 - The Ostravian parliament met on Monday. The mood in Ostravia is tense. "
NAMED = [
    (PLACE + "An armed band calling itself the Valley Sons attacked a police post near the port.",
     {("Valley Sons", "ASSAULT", "*")}, set()),
    (PLACE + "A militia known as the Valley Sons attacked a police post near the port.",
     {("Valley Sons", "ASSAULT", "*")}, set()),
    (PLACE + "A faction called the Valley Sons attacked the army on Sunday.",
     {("Valley Sons", "ASSAULT", "*")}, set()),
    (PLACE + "A group calling itself the Valley Sons accused the government of torture.",
     {("Valley Sons", "ACCUSE", "Ostravia")}, set()),
    (PLACE + "A little-known group styling itself the Valley Sons claimed a rocket attack on the airport.",
     {("Valley Sons", "ASSAULT", "*")}, set()),
    # negatives: a threat, a denial
    (PLACE + "A group calling itself the Valley Sons threatened to attack the port.",
     set(), {("Valley Sons", "ASSAULT", "*")}),
    (PLACE + "A group calling itself the Valley Sons denied that it had attacked the police post.",
     set(), {("Valley Sons", "ASSAULT", "*")}),
    (PLACE + "A group calling itself the Valley Sons did not attack the police post, the police said.",
     set(), {("Valley Sons", "ASSAULT", "*")}),
]

NAMED_XFAIL: dict[str, str] = {
    NAMED[4][0]: "'a little-known group styling itself X claimed ...' is parsed with the participle as the sentence's"
                 " verb: the group is no subject the doer is read from",
}


named_events, test_self_named_doer = battery(NAMED, NAMED_XFAIL, "p8n", events_by_document, check_events,
                                             fixture="named_events")
