"""Review of the legislature chair rules (tests/test_nlp_legis_wordings1.py): wordings near them that must not give
a chamber's chair, and a few that must. A state after another thing is no chamber's name ("the Chamber of Commerce
of Velmora", "the Assembly of Bishops of Velmora": relations._chamber_name, _bare_state_name), while a chamber whose
name itself holds "of" is ("the Chamber of Deputies of Velmora"); a chamber's word glued before a post no longer
held gives no chair ("Former Senate President X": relations._glued_chamber_chair); a chamber's post given by another
body or its members is not the chamber's ("the club's members elected X as speaker", "the Dawn Party nominated X as
Speaker": relations._legislators_give), by the chamber's members it is ("the Dawn Party's senators", "lawmakers",
"members of the Senate"); a post given in a condition is none ("if the senators elected X as Senate President":
the copula/"as" path of relations._find_relations reads _conditional), unless it is one on a post going on ("if X
remains a member of Y": relations.yaml continuing_role_verbs). All names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
S = "Velmoran Senate"
D = "ORVAN, Velmora (Wire) - "
DS = D + "The Velmoran Senate met on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a state after another thing is no chamber's name ---
    (D + "The Chamber of Commerce of Velmora met on Monday. Speaker Tarin Holm praised the exporters.",
     set(), {("Tarin Holm", L, "Chamber of Commerce of Velmora")}),
    (D + "The Assembly of Bishops of Velmora met on Monday. Speaker Tarin Holm praised the faithful.",
     set(), {("Tarin Holm", L, "Assembly of Bishops of Velmora")}),
    (D + "The Chamber of Deputies of Velmora met on Monday. Speaker Tarin Holm adjourned the sitting.",
     {("Tarin Holm", L, "Chamber of Deputies of Velmora")}, set()),
    (D + "The National Assembly of the Republic of Velmora met on Monday. Speaker Tarin Holm adjourned the sitting.",
     {("Tarin Holm", L, "National Assembly of the Republic of Velmora")}, set()),
    # --- a glued chamber post no longer held ---
    (DS + "Former Senate President Tarin Holm resigned from the party.", set(), {("Tarin Holm", L, S)}),
    (DS + "Acting Senate President Tarin Holm said the vote was final.", {("Tarin Holm", L, S)}, set()),
    # --- a chamber's post given by another body or its members ---
    (DS + "The club's members elected Tarin Holm as speaker.", set(), {("Tarin Holm", L, S)}),
    (DS + "Members of the chess club elected Tarin Holm as speaker.", set(), {("Tarin Holm", L, S)}),
    (DS + "The Dawn Party nominated Tarin Holm as Speaker.", set(), {("Tarin Holm", L, S)}),
    (DS + "The Harbour League appointed Tarin Holm as Speaker.", set(), {("Tarin Holm", L, S)}),
    (DS + "Tarin Holm was elected Speaker by the club's members.", set(), {("Tarin Holm", L, S)}),
    (DS + "Tarin Holm was elected speaker of the students' union.", set(), {("Tarin Holm", L, S)}),
    (DS + "Members of the Senate elected Tarin Holm as Speaker.", {("Tarin Holm", L, S)}, set()),
    (DS + "The Dawn Party's senators elected Tarin Holm as Speaker.", {("Tarin Holm", L, S)}, set()),
    (DS + "Tarin Holm was elected Speaker by the senators.", {("Tarin Holm", L, S)}, set()),
    (D + "The Velmoran House of Representatives met on Monday. Lawmakers elected Tarin Holm as Speaker on Tuesday.",
     {("Tarin Holm", L, "Velmoran House of Representatives")}, set()),
    # --- a post given in a condition ---
    (DS + "If the senators elected Tarin Holm as Senate President, the coalition would collapse.",
     set(), {("Tarin Holm", L, S)}),
    (DS + "If the senators elect Tarin Holm as Senate President, the coalition will collapse.",
     set(), {("Tarin Holm", L, S)}),
    (DS + "Unless the senators elected Tarin Holm as Speaker, the coalition would collapse.",
     set(), {("Tarin Holm", L, S)}),
    (DS + "If Tarin Holm is a member of the Dawn Party, the coalition will hold.",
     set(), {("Tarin Holm", "member_of", "Dawn Party")}),
    (DS + "Tarin Holm is a member of the Dawn Party.", {("Tarin Holm", "member_of", "Dawn Party")}, set()),
    # a condition on a post going on presupposes it (relations.yaml continuing_role_verbs)
    (DS + "If Tarin Holm remains a member of the Dawn Party, the coalition will hold.",
     {("Tarin Holm", "member_of", "Dawn Party")}, set()),
    (D + "The market resolves Yes if Tarin Holm ceases to be the President of Velmora. If Holm formally remains "
     "president but the army rules, it resolves No.", {("Tarin Holm", L, "Velmora")}, set()),
    # --- other near wordings that must stay silent ---
    (DS + "Tarin Holm hopes to be elected Speaker next year.", set(), {("Tarin Holm", L, S)}),
    (DS + "The Speaker's office said Tarin Holm would attend.", set(), {("Tarin Holm", L, S)}),
    (D + "The Velmoran House of Representatives and the Dravian House of Commons met on Monday. House Speaker "
     "Tarin Holm resigned.", set(), {("Tarin Holm", L, "Velmoran House of Representatives"),
                                     ("Tarin Holm", L, "Dravian House of Commons")}),
    (D + "The Velmoran Senate and the Dravian Senate met on Monday. Senate President Tarin Holm spoke.",
     set(), {("Tarin Holm", L, S), ("Tarin Holm", L, "Dravian Senate")}),
    (DS + "The Velmora Football Federation elected Tarin Holm as its president.",
     {("Tarin Holm", L, "Velmora Football Federation")}, {("Tarin Holm", L, S)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rm6", relations_by_document, check_ties)
