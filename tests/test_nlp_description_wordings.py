"""Definite descriptions whose noun the body's name lacks ("the mission", "the group", "the alliance"), resolved to
the body the text named before, in wordings written before changing the resolver. A body is introduced by an
apposition ("X, the Y Union force sent to Z"; "X, a militia based in Y"), by its predicate ("X is a coalition of
...") or by a name headed by a noun of the same class; a later description with a noun of that class (relations.yaml
definite_synonyms: mission/force/operation, group/militia/movement/front, alliance/coalition/bloc) refers back to it.
Precision: two fitting bodies give no answer, "the army" stays the state's, a description in another document is
not resolved.

Each item lists items that must be present and items that must be absent, over relations ("rel", source, type,
target), events ("ev", source, type, target; not negated) and facts ("fact", actor, key, value). All names are
invented; end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model


CASES = [
    # --- an apposition's force noun, then a mission noun (and the reverse) ---
    ("Troops of ORKAN, the Tessaly Union force posted to Varnel since 2021, guarded the airport. "
     "The mission's commander, General Pell Hausen, asked for more helicopters.",
     {("rel", "Pell Hausen", "leader_of", "ORKAN")},
     {("rel", "Pell Hausen", "leader_of", "Tessaly Union")}),
    ("Velmark hosts ORKAN, a regional peacekeeping mission, near its eastern border. "
     "Gunmen of the Ashen Hand shelled the force's base at Dorno overnight.",
     {("ev", "Ashen Hand", "ASSAULT", "ORKAN")}, set()),
    ("Donors renewed the budget of SENTRA, the Corvan League operation on the coast, for a year. "
     "The mission now counts 3,200 soldiers.",
     {("fact", "SENTRA", "troops", 3200)},
     {("fact", "Corvan League", "troops", 3200)}),
    # --- armed-group nouns: militia, movement, group, front ---
    ("The Orvel Patriotic Front, a militia based in the hills of Kessa, raided a village on Monday. "
     "The governor blamed the movement for the raid.",
     {("ev", None, "ACCUSE", "Orvel Patriotic Front")},
     {("ev", None, "ACCUSE", "Kessa")}),
    ("Farmers fled when the Sable Dawn, an armed movement from the south, reached Ilko. "
     "Soldiers later fought the militia outside the town.",
     {("ev", None, "ASSAULT", "Sable Dawn")}, set()),
    ("The Tavrin Liberation Army has fought the government of Moravel since 2012. "
     "On Sunday the group accused Moravel of torturing its prisoners.",
     {("ev", "Tavrin Liberation Army", "ACCUSE", "Moravel")}, set()),
    ("The Karst Resistance Army claimed the bombing. Moravel's interior minister Ado Lenz "
     "vowed to destroy the group.",
     {("ev", "Ado Lenz", "THREATEN", "Karst Resistance Army")}, set()),
    # --- coalition nouns: alliance, coalition, bloc ---
    ("The Northern Accord, a coalition of three regional parties, took 28 seats in the vote. "
     "The alliance's chairman, Roan Tilde, thanked the voters.",
     {("rel", "Roan Tilde", "leader_of", "Northern Accord")}, set()),
    ("The Blue Lantern Pact is an electoral bloc formed by five small parties. "
     "The coalition won 14 seats in the new assembly.",
     {("fact", "Blue Lantern Pact", "seats", 14)}, set()),
    ("The Blue Lantern Pact is an electoral bloc formed by five small parties in Velia. "
     "On Monday the coalition accused Velia's election board of hiding ballots.",
     {("ev", "Blue Lantern Pact", "ACCUSE", None)}, set()),
    # --- precision: two bodies of the class, a state's army, another document ---
    ("The Orvel Patriotic Front, a militia from Kessa, and the Sable Dawn, a rebel movement, both operate near Ilko. "
     "The governor blamed the group for the raid.",
     set(),
     {("ev", None, "ACCUSE", "Orvel Patriotic Front"), ("ev", None, "ACCUSE", "Sable Dawn")}),
    ("The Tavrin Liberation Army attacked a post in Moravel on Friday. "
     "The army of Moravel shelled rebel positions in response.",
     {("ev", "Moravel", "ASSAULT", None)},
     {("ev", "Tavrin Liberation Army", "ASSAULT", "Tavrin Liberation Army")}),
    ("Two foreign contingents share the Dorno valley: KORVASH, the Tessaly Union force, and VELA, a Corvan League "
     "force. The mission's commander, General Pell Hausen, asked for helicopters.",
     set(),
     {("rel", "Pell Hausen", "leader_of", "KORVASH"), ("rel", "Pell Hausen", "leader_of", "VELA")}),
    ("The Orvel Patriotic Front, a militia based in Kessa, seized two villages. A farmer told us: "
     "\"The movement took everything we had.\"",
     set(),
     {("ev", "Orvel Patriotic Front", "SEIZE", None)}),
    # --- more wordings: a predicate, a noun before the name, a name's head of the same class ---
    ("The Marrow Brigades are an insurgent movement active along the Selk river. "
     "Police in Dorno arrested the group's deputy leader, Ferro Kask, on Thursday.",
     {("rel", "Ferro Kask", "member_of", "Marrow Brigades")}, set()),
    ("Varnel's parliament extended the mandate of KESTREL, the Tessaly Union operation that trains its police. "
     "Rebels ambushed the force near Dorno on Friday.",
     {("ev", None, "ASSAULT", "KESTREL")}, set()),
    ("The Orvel Patriotic Front, a militia based in Kessa, says it has 900 fighters. "
     "The governor of Kessa accused the organisation of recruiting children.",
     {("ev", None, "ACCUSE", "Orvel Patriotic Front")}, set()),
    ("Harlow Mining reports three risks to its business. The Verrin Liberation Army, an armed group active in Tesk "
     "province, burned a supply depot in May. The Group's local subsidiary, Harlow Tesk Ltd, lost two trucks.",
     set(),
     {("rel", "Harlow Tesk Ltd", "part_of", "Verrin Liberation Army")}),
    ("The Azure Union, a separatist movement in the south, signed the truce in Dorno. The Ember Militia rejected "
     "it on Monday, and Talo Brek, the group's spokesman, called it a trap.",
     {("rel", "Talo Brek", "member_of", "Ember Militia")},
     {("rel", "Talo Brek", "member_of", "Azure Union")}),
    ("Minister Ado Lenz blamed the group for the attack on the dam.",
     set(),
     {("ev", "Ado Lenz", "ACCUSE", "Orvel Patriotic Front")}),
]

XFAIL: dict[str, str] = {
    CASES[10][0]: "two bodies of a fitting kind (a militia, a movement) before 'the group': the closest one is taken, as "
                  "for any definite_heads noun; only a match through definite_synonyms alone refuses a second candidate",
    CASES[16][0]: "'the organisation' is no noun of a definite_synonyms class, and a body the name finder typed as a "
                  "coalition is no subkind 'organisation' stands for",
}


extracted, test_wording = battery(CASES, XFAIL, "d", items_by_document, check_items)
