"""False ties on unseen text, two wordings. (1) Backing an act done to someone is no backing of them: "X backed the
impeachment of Y", "X supports the ouster of Y", "its support for the removal of Y" (relations.yaml act_nouns, now
with the nouns of an act against a post or a person's freedom: impeachment, ouster, removal, arrest ...); backing Y
"in the vote", "Y's candidacy" or "its support for Y" stay ties. (2) A state has one head-of-state post: a story whose
titles fall back on its home state ties the first person it names with a bare "President X" (no state, no qualifying
word: relations._bare_head_title) to that state, and a second "President Y" told later is another state's, not the
story's (relations._implied_state_ties); a first holder named in a dated sentence ("In 2004 ... under President X")
may be a past one and keeps no post from the later one, nor does a "Vice President X". (3) "Its" opening the
sentence after one whose subject made a body ("In 2024 the Council created the Iron Guard, a militia of 3,000 men.
Its commander, X, ..."): the body made, the object, not the maker (relations.yaml forming_verbs;
_Ctx._made_body); not when the making is denied or to come, nor after another verb. (4) "the air force", "the coast
guard": a definite noun whose lower-case word before it makes the name of a kind of state institution (roles.yaml
state_institutions) refers back only to a body named with those words (_Ctx._service_phrase, _named_service), not
to any body of the military kind named closer ("the Torvan Army, a rebel group ... Dessaria, which supplies the air
force with jets": no backing of the rebels). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"
L = "leader_of"
# a dateline and first lines that set the story in one state (PhraseResolver.home_state)
H = ("TARSK, Varnia, May 3 - Varnian police arrested ten students in Tarsk on Monday. The Varnian parliament met on "
     "Tuesday. ")

LISTED = H + "Troops will arrive under an agreement signed by President Ilse Marovic and President Odran Keshet."

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) backing an act done to someone: no backing of them ---
    ("Senator Talia Voskuijl backed the impeachment of President Oren Madrigal, her former mentor, last week.",
     set(), {("Talia Voskuijl", B, "Oren Madrigal")}),
    ("The Verdant League supported the ouster of Prime Minister Kasimir Delvane.",
     set(), {("Verdant League", B, "Kasimir Delvane")}),
    ("The Verdant League supported the removal of Kasimir Delvane from office.",
     set(), {("Verdant League", B, "Kasimir Delvane")}),
    ("The Solmaran Workers' Front backed the arrest of General Ivo Strand, the army chief.",
     set(), {("Solmaran Workers' Front", B, "Ivo Strand")}),
    ("The Verdant League reaffirmed its support for the removal of Kasimir Delvane.",
     set(), {("Verdant League", B, "Kasimir Delvane")}),
    # negatives: Y backed as a person, or Y's own bid
    ("The Verdant League supported Prime Minister Kasimir Delvane in the vote.",
     {("Verdant League", B, "Kasimir Delvane")}, set()),
    ("The Verdant League backed the candidacy of Kasimir Delvane.",
     {("Verdant League", B, "Kasimir Delvane")}, set()),
    ("The Verdant League reaffirmed its support for Kasimir Delvane.",
     {("Verdant League", B, "Kasimir Delvane")}, set()),
    # --- (2) a second bare "President" is not the story's state's ---
    (H + "The cabinet met under President Ilse Marovic on Monday. President Odran Keshet, who has made ties with "
     "Varnian clerics a priority, is said to have accepted the plan.",
     {("Ilse Marovic", L, "Varnia")}, {("Odran Keshet", L, "Varnia")}),
    (H + "The cabinet met under President Ilse Marovic on Monday. Later President Odran Keshet called the plan fair.",
     {("Ilse Marovic", L, "Varnia")}, {("Odran Keshet", L, "Varnia")}),
    (H + "The deal was approved by Prime Minister Ilse Marovic on Monday. Prime Minister Odran Keshet, who visited "
     "Tarsk, welcomed it.",
     {("Ilse Marovic", L, "Varnia")}, {("Odran Keshet", L, "Varnia")}),
    # negatives: a dated first holder, a vice president, one president alone
    (H + "In 2004 the party joined a coalition under President Ilse Marovic. President Odran Keshet now says the "
     "students will be freed.",
     {("Odran Keshet", L, "Varnia")}, set()),
    (H + "Vice President Ilse Marovic spoke on Monday. President Odran Keshet said the students would be freed.",
     {("Odran Keshet", L, "Varnia")}, {("Ilse Marovic", L, "Varnia")}),
    (H + "President Odran Keshet said the students would be freed.", {("Odran Keshet", L, "Varnia")}, set()),
    # --- (3) "X created the Y. Its commander, Z": Y's ---
    ("In 2024 the Kessan Council created the Iron Guard, a militia of 3,000 men. Its commander, Arlo Venn, reports "
     "to the council's chairman.", {("Arlo Venn", L, "Iron Guard")}, {("Arlo Venn", L, "Kessan Council")}),
    ("In 2024 the Kessan Council set up the Iron Guard. Its commander, Arlo Venn, reports to the council.",
     {("Arlo Venn", L, "Iron Guard")}, {("Arlo Venn", L, "Kessan Council")}),
    ("Last year the Kessan Council founded the Iron Guard, a volunteer militia. Its chief, Arlo Venn, denies abuses.",
     {("Arlo Venn", L, "Iron Guard")}, {("Arlo Venn", L, "Kessan Council")}),
    # negatives: a making denied or to come, another verb, no body made
    ("The Kessan Council did not create the Iron Guard. Its chairman, Arlo Venn, says so.",
     {("Arlo Venn", L, "Kessan Council")}, {("Arlo Venn", L, "Iron Guard")}),
    ("The Kessan Council may create the Iron Guard next year. Its chairman, Arlo Venn, said so.",
     {("Arlo Venn", L, "Kessan Council")}, {("Arlo Venn", L, "Iron Guard")}),
    ("The Kessan Council praised the Iron Guard, a militia of 3,000 men. Its chairman, Arlo Venn, spoke on Monday.",
     {("Arlo Venn", L, "Kessan Council")}, {("Arlo Venn", L, "Iron Guard")}),
    ("The Kessan Council met on Monday. Its chairman, Arlo Venn, spoke first.",
     {("Arlo Venn", L, "Kessan Council")}, set()),
    # --- (4) "the air force": a body named so, not any military body named closer ---
    ("The Kessan junta holds the towns. The Torvan Army, a rebel group, holds the hills. Dessaria, which supplies the "
     "air force with fighter jets, sent observers to the vote.", set(), {("Dessaria", B, "Torvan Army")}),
    ("The Kessan Presidential Guard protects the palace. Pelmar sent advisers, and Dessaria sold the air force eight "
     "helicopters last year.", set(), {("Dessaria", B, "Kessan Presidential Guard")}),
    ("The Torvan Army, a rebel group, holds the coast. Dessaria has supplied the coast guard with six patrol boats.",
     set(), {("Dessaria", B, "Torvan Army")}),
    # negative: the air force named before is the one meant
    ("The Kessan Air Force bombed the hills. The Torvan Army, a rebel group, holds them. Dessaria, which supplies the "
     "air force with fighter jets, sent observers.", {("Dessaria", B, "Kessan Air Force")}, {("Dessaria", B, "Torvan Army")}),
    # two presidents named together in one list: no order tells which is the story's state's
    (LISTED,
     {("Ilse Marovic", L, "Varnia")}, {("Odran Keshet", L, "Varnia")}),
]

XFAIL: dict[str, str] = {
    LISTED: "two bare presidents in one list: both take the story's state (no order tells them apart)",
}


extracted, test_wording = battery(CASES, XFAIL, "rp4", relations_by_document, check_ties)
