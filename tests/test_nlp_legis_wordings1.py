"""A legislature's chair: the person who presides over a chamber leads it (gold: a speaker or a chamber's president
is leader_of the chamber, a deputy speaker a member of it). Three mechanisms: a chamber named with its state after
"of" ("the National Assembly of Velmora", "the Senate of the Republic") is a chamber's name, so the bare "Speaker X"
of the one legislature a text names chairs it (relations._chamber_name, read by relations._document_chamber); a
chamber's word glued before a chamber's post ("House Speaker X", "Senate President Y": relations.yaml chamber_words,
chamber_chair_titles; relations._glued_chamber_chair) names the chamber the text names with that word; and a chamber's
post given by a vote or taken over ("the deputies elected X as Speaker", "X was elected Speaker", "the Assembly, which
elected X as its president", "X was replaced as Senate President by Y": relations._elected_chamber_chairs), "its"
on such a post standing for the body that gives it, not for a party named nearer ("which elected X of the Y Party as
its president": relations._appointer_its).
Negatives: a post to come, denied or supposed; the state's presidency a parliament gives ("parliament elected X
president"); a party's post ("the party elected X as its president", "speaker of
the party", "Party President X"); a chamber word naming no chamber the text names ("House Speaker X" in a story
naming only a Senate); a chamber of commerce. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"
D = "ORVAN, Velmora (Wire) - "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a chamber named with its state after "of": the one legislature of a bare "Speaker X" ---
    (D + "The National Assembly of Velmora passed the budget on Tuesday. Speaker Tarin Holm is expected to table "
     "the electoral bill next week.", {("Tarin Holm", L, "National Assembly of Velmora")}, set()),
    (D + "The National Assembly of Velmora met on Monday. Speaker Tarin Holm adjourned the sitting after a brawl.",
     {("Tarin Holm", L, "National Assembly of Velmora")}, set()),
    (D + "The Senate of the Republic rejected the treaty. Speaker Ruta Lenz said the vote was final.",
     {("Ruta Lenz", L, "Senate of the Republic")}, set()),
    (D + "The Velmora Chamber of Commerce of Orvan met on Monday. Speaker Tarin Holm praised the exporters.",
     set(), {("Tarin Holm", L, "Velmora Chamber of Commerce of Orvan")}),
    # --- a chamber's word glued before a chamber's post ---
    (D + "The Velmoran House of Representatives met on Monday. House Speaker Tarin Holm resigned.",
     {("Tarin Holm", L, "Velmoran House of Representatives")}, set()),
    (D + "The Velmoran Senate and the Velmoran House of Representatives met on Monday. House Speaker Tarin Holm "
     "resigned and Senate President Ilmar Vask stayed.",
     {("Tarin Holm", L, "Velmoran House of Representatives"), ("Ilmar Vask", L, "Velmoran Senate")},
     {("Tarin Holm", L, "Velmoran Senate"), ("Ilmar Vask", L, "Velmoran House of Representatives")}),
    (D + "The Velmoran Senate voted 14-9 to reject the budget. Senate President Ilmar Vask called the vote a "
     "disgrace.", {("Ilmar Vask", L, "Velmoran Senate")}, set()),
    (D + "The Velmoran National Assembly met on Monday. Assembly Deputy Speaker Tarin Holm resigned.",
     set(), {("Tarin Holm", L, "Velmora parliament"), ("Tarin Holm", L, "Velmoran National Assembly")}),
    (D + "The Velmoran Senate met on Monday. House Speaker Tarin Holm resigned.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran House of Representatives met on Monday. The Senate, then led by Ilmar Vask, adjourned. "
     "Senate President Tarin Holm resigned.", set(), {("Tarin Holm", L, "Velmoran House of Representatives")}),
    (D + "The Velmoran Senate met on Monday. Party President Tarin Holm resigned.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Orvan Chamber of Commerce met on Monday. Chamber President Tarin Holm resigned.",
     set(), {("Tarin Holm", L, "Orvan Chamber of Commerce")}),
    # --- a chamber's post given by a vote or taken over ---
    (D + "Velmora's National Assembly met on Tuesday. The deputies elected Tarin Holm, a loyalist of the Dawn "
     "Alliance, as Speaker with 71 votes.", {("Tarin Holm", L, "National Assembly")}, set()),
    (D + "The Velmoran House of Representatives met on Monday. Tarin Holm was elected Speaker in his place.",
     {("Tarin Holm", L, "Velmoran House of Representatives")}, set()),
    (D + "The Velmoran Senate met on Monday. Ilmar Vask was replaced as Senate President by Tarin Holm in September.",
     {("Tarin Holm", L, "Velmoran Senate")}, set()),
    (D + "The Velmoran Senate met on Monday. Tarin Holm replaced Ilmar Vask as Senate President in September.",
     {("Tarin Holm", L, "Velmoran Senate")}, set()),
    (D + "The Velmoran Senate met on Monday. The senators chose Tarin Holm as Senate President.",
     {("Tarin Holm", L, "Velmoran Senate")}, set()),
    (D + "The opposition controls the 151-seat National Assembly, which elected Tarin Holm of the Dawn Party as its "
     "president.", {("Tarin Holm", L, "National Assembly"), ("Tarin Holm", M, "Dawn Party")},
     {("Tarin Holm", L, "Dawn Party")}),
    (D + "The Velmoran Senate, which chose Ilmar Vask of the Harbour League as its chairman, met on Monday.",
     {("Ilmar Vask", L, "Velmoran Senate")}, {("Ilmar Vask", L, "Harbour League")}),
    (D + "The Dawn Party said Tarin Holm would lead its campaign. The Youth League elected Ilmar Vask as its chairman.",
     {("Ilmar Vask", L, "Youth League")}, {("Ilmar Vask", L, "Dawn Party")}),
    (D + "Velmora's parliament on Thursday elected army chief Tarin Holm president, ending a long vacancy.",
     set(), {("Tarin Holm", L, "Velmora parliament")}),
    (D + "The Velmoran National Assembly elected Tarin Holm as the country's president on Thursday.",
     set(), {("Tarin Holm", L, "Velmoran National Assembly"), ("Tarin Holm", L, "Velmora parliament")}),
    (D + "The Velmoran Senate met on Monday. The senators will elect Tarin Holm as Senate President next week.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. The senators did not elect Tarin Holm as Senate President.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. The senators would elect Tarin Holm as Speaker only if the coalition "
     "held.", set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. The senators may have elected Tarin Holm as Speaker.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. The Dawn Party elected Tarin Holm as its president.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. The Dawn Party elected Tarin Holm as president.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Velmoran Senate met on Monday. Tarin Holm was elected speaker of the Dawn Party.",
     set(), {("Tarin Holm", L, "Velmoran Senate")}),
    (D + "The Dawn Party met on Monday. Its speaker, Tarin Holm, said the party would vote against the budget.",
     set(), {("Tarin Holm", L, "Dawn Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "lg1", relations_by_document, check_ties)
