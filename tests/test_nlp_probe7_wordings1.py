"""Ties and seat counts that generality probes (news stories about real contested states with invented parties,
militias and people) showed missing: (1) "X holds 14 seats and its ally, the Y Union, holds 3": a noun that is no name
("its ally", "his partner") hung by the parser on the clause before, with a name set off after it right up to the
verb: the name holds the count, not the first clause's subject (facts._apposed_name); (2) "X, an alliance composed of
A and B", "X is a coalition made up of A and B", "X, a bloc grouping A, B and C": a participle of composition on a
noun of a body made of others (relations.yaml collective_nouns) that describes a named body (relations.
_described_whole; "compose" joins composition_verbs); not a noun of another kind ("a district made up of"), nor an
alliance the clause does not name; (3) "X, a coalition of ethnic armies and the Y Government": one named member
beside a plural of unnamed ones is a member of the named whole, also when the parser hangs it on the coalition noun
(no pair of allies); (4) "Y, which is armed and financed by neighbouring Z", "Y is armed and paid by neighbouring
Z": a participle joined by "and" to a passive (its first word often tagged an adjective) shares its "by" agent, and
"by neighbouring Z" read as a gerund still names Z (relations._passive_conjunct, _neighbour_object); not a tie told
as over ("was formerly armed and paid by Z": relations._former_participles); (5) "Y, a militia commanded by X,
which is armed by Z": "which" hung on the agent X is said of the body the participle describes, never of the
person; (6) "A has formed a bloc with B", "A sits in a bloc with B": "bloc" joins relations.yaml partnership_nouns
(not a bloc left or refused); (7) "X, whose prime minister, Y," reads the title with its words before the noun (a
deputy's or a minister's post is a member's), and "X (XP), whose leader Y was jailed" finds X past its bracketed
short name; (8) "some 1,200 Ostlandic instructors are deployed in the country": advisers or trainers named by a
state's adjective and told as deployed are its troops (facts._state_aides; not a denial, nor teachers). Several
wordings per mechanism with negatives; all names are invented; end to end with the real English
pipeline. Items are relations ("rel", source, type, target) and facts ("fact", holder, key, value)."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

# a story set in one state, so that it has a home state
HOME = "DORVAL, May 3 - Kessaria's parliament met on Monday. In Kessaria, the army patrolled the capital. "


def r(s, t, o):
    return ("rel", s, t, o)


def f(a, v, k="seats"):
    return ("fact", a, k, v)


L, M, B, A = "leader_of", "member_of", "backs", "allied_with"

CASES = [
    # --- (1) "X holds 14 seats and its ally, the Y Union, holds 3" ---
    (HOME + "The Citizen Front holds 14 seats and its ally, the Farmers' Union, holds 3.",
     {f("Citizen Front", 14), f("Farmers' Union", 3)}, {f("Citizen Front", 3)}),
    (HOME + "The Marsh Alliance of Ivo Dask won 22 seats. His party holds 22 seats and its partner, the small Heron "
            "Party, holds 5.",
     {f("Marsh Alliance", 22), f("Heron Party", 5)}, {f("Marsh Alliance", 5)}),
    (HOME + "The Velder Bloc holds 31 seats and its ally, the Ashen League (AL), holds seven.",
     {f("Velder Bloc", 31), f("Ashen League", 7)}, {f("Velder Bloc", 7)}),
    (HOME + "The Citizen Front holds 14 seats and its founder, Marta Oskel, holds 3 ministries.",
     {f("Citizen Front", 14)}, {f("Citizen Front", 3), f("Marta Oskel", 3)}),
    # --- (2) "X, an alliance composed of A and B": a participle of composition on a described body ---
    (HOME + "The Forum for Renewal, an alliance composed of the Unity Party and the Tarn Green Party, is led by "
            "Faadi Worsa.",
     {r("Unity Party", M, "Forum for Renewal"), r("Tarn Green Party", M, "Forum for Renewal")}, set()),
    (HOME + "The Civic Pact is a coalition made up of the Harbour Party and the Lark Movement.",
     {r("Harbour Party", M, "Civic Pact"), r("Lark Movement", M, "Civic Pact")}, set()),
    (HOME + "The Coastal Accord, an alliance consisting of the Harbour Party and the Lark Movement, met on Friday.",
     {r("Harbour Party", M, "Coastal Accord"), r("Lark Movement", M, "Coastal Accord")}, set()),
    (HOME + "The Dorva Pact, a bloc grouping Kenya, Uganda and Tanzania, expressed support for Kessaria.",
     {r("Kenya", M, "Dorva Pact"), r("Uganda", M, "Dorva Pact"), r("Tanzania", M, "Dorva Pact")}, set()),
    (HOME + "The Sahel Compact, a bloc grouping the Pell Party and the Rusk Movement, boycotted the vote.",
     {r("Pell Party", M, "Sahel Compact"), r("Rusk Movement", M, "Sahel Compact")}, set()),
    (HOME + "The Rell Commons, a district made up of the Harbour Party and the Lark Movement, voted on Friday.", set(),
     {r("Harbour Party", M, "Rell Commons"), r("Lark Movement", M, "Rell Commons")}),
    (HOME + "The Civic Pact rejected an alliance composed of the Harbour Party and the Lark Movement.", set(),
     {r("Harbour Party", M, "Civic Pact"), r("Lark Movement", M, "Civic Pact")}),
    # --- (3) one named member beside a plural of unnamed ones ---
    (HOME + "The Spring Accord, a coalition of ethnic armies and the National Salvation Government, met on Monday.",
     {r("National Salvation Government", M, "Spring Accord")}, set()),
    # (a state glued to a modifier by a hyphen is no member: "of Kenya-aligned armed groups")
    (HOME + "The Harbour Accord, the alliance of Kenya-aligned armed groups that has fought the army since 2020, met "
            "on Monday.", set(), {r("Kenya", M, "Harbour Accord")}),
    (HOME + "In 2021 the group joined the Kalo Alliance, a coalition of ethnic armies and the exiled Unity "
            "Government (UG).",
     {r("Unity Government", M, "Kalo Alliance")}, set()),
    (HOME + "The Tarn Front is a coalition of small parties and the Orvan Movement.",
     {r("Orvan Movement", M, "Tarn Front")}, set()),
    # --- (4) coordinated passives: "which is armed and financed by neighbouring Z" ---
    (HOME + "The Harvo Brigades, which is armed and financed by neighbouring Kenya, took the town.",
     {r("Kenya", B, "Harvo Brigades")}, set()),
    (HOME + "The Ostra Brigades is armed and financed by neighbouring Burundi.",
     {r("Burundi", B, "Ostra Brigades")}, set()),
    (HOME + "The Kivo Rifles are armed and financed by neighbouring Malawi.",
     {r("Malawi", B, "Kivo Rifles")}, set()),
    (HOME + "The Marsh Rifles are armed by neighbouring Ethiopia according to diplomats.",
     {r("Ethiopia", B, "Marsh Rifles")}, set()),
    (HOME + "The Brill Legion, which was once armed and financed by neighbouring Kenya, took the town.", set(),
     {r("Kenya", B, "Brill Legion")}),
    (HOME + "The Tesso Legion was formerly armed and paid by neighbouring Uganda.", set(),
     {r("Uganda", B, "Tesso Legion")}),
    # --- (5) "which" after the agent of a participle on a body noun ---
    (HOME + "The Harvo Brigades, a militia commanded by Colonel Aadan Roble, which is armed by Kenya, took the town.",
     {r("Kenya", B, "Harvo Brigades")}, {r("Kenya", B, "Aadan Roble")}),
    (HOME + "The Karo Guard, a force led by General Isak Venn, which is financed by neighbouring Rwanda, took "
            "the port.",
     {r("Rwanda", B, "Karo Guard")}, {r("Rwanda", B, "Isak Venn")}),
    (HOME + "The Harvo Brigades are commanded by Colonel Aadan Roble, who is backed by Kenya.",
     {r("Kenya", B, "Aadan Roble")}, {r("Kenya", B, "Harvo Brigades")}),
    (HOME + "THE KESSA VALLEY GUARD\nA clan militia commanded by Colonel Idris Walde, which is armed and financed by "
            "neighbouring Kenya.", set(), {r("Kenya", B, "Idris Walde")}),
    # --- (6) "A has formed a bloc with B": a bloc is a partnership noun ---
    (HOME + "The Dawn Party has formed a bloc with the Green Union.", {r("Dawn Party", A, "Green Union")}, set()),
    (HOME + "The Civic Daybreak party formed a bloc with the Free Horizon movement in May.",
     {r("Civic Daybreak party", A, "Free Horizon movement")}, set()),
    (HOME + "The Tarn Party sits in a bloc with the Moss Union in parliament.", {r("Tarn Party", A, "Moss Union")},
     set()),
    (HOME + "The Vell Party left its bloc with the Rusk Union in 2019.", set(), {r("Vell Party", A, "Rusk Union")}),
    (HOME + "The Orsk Party would never form a bloc with the Fenn Union.", set(), {r("Orsk Party", A, "Fenn Union")}),
    # --- (7) "X, whose prime minister, Y,": the title's words; "X (XP), whose leader Y was jailed" ---
    (HOME + "The National Salvation Government (NSG), whose prime minister, Nan Khin Sabai, called him a father, met.",
     {r("Nan Khin Sabai", L, "National Salvation Government")}, set()),
    (HOME + "The Shan Exile Cabinet, whose prime minister, Sai Hkam Leng, resigned, met.",
     {r("Sai Hkam Leng", L, "Shan Exile Cabinet")}, set()),
    (HOME + "The Karen Council, whose deputy prime minister, Ivo Dask, spoke, met on Friday.", set(),
     {r("Ivo Dask", L, "Karen Council")}),
    (HOME + "The Tavoy Council, whose defence minister, Pell Osric, spoke, met on Friday.", set(),
     {r("Pell Osric", L, "Tavoy Council")}),
    (HOME + "The Union for Progress and Change (UPC), whose leader Zephirin Kambou was jailed in March, has called "
            "for talks.", {r("Zephirin Kambou", L, "Union for Progress and Change")}, set()),
    (HOME + "The Union for Renewal (UPR), whose leader Ousmane Tiendre was arrested in May, has called for talks.",
     {r("Ousmane Tiendre", L, "Union for Renewal")}, set()),
    # --- (8) "some 1,200 Russian instructors are deployed in the country": a state's aides told as deployed ---
    (HOME + "Some 1,200 Russian instructors are deployed in the country, according to diplomats.",
     {f("Russia", 1200, "troops")}, set()),
    (HOME + "About 300 Turkish trainers were sent to Kessaria in May.", {f("Turkey", 300, "troops")}, set()),
    (HOME + "Roughly 90 Egyptian advisers have been stationed at the northern air base since 2023.",
     {f("Egypt", 90, "troops")}, set()),
    (HOME + "About 300 Turkish trainers were not deployed to Kessaria.", set(), {f("Turkey", 300, "troops")}),
    (HOME + "Some 1,200 Russian teachers are deployed in the country.", set(), {f("Russia", 1200, "troops")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p7", items_by_document, check_items)
