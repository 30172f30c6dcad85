"""Lasting hostility told in wordings the relation rules missed, written before the rules they test:

* one armed attack by a body that is no state's on a state's forces or posts: "Fighters of the X Front attacked an
  army checkpoint", "the X Brigades stormed an army base", "X killed 17 soldiers of the Y army" (the
  state whose force it is), "X said its fighters
  had ambushed an army convoy", "X stormed an army base, the ministry said" (relations._armed_attack, _attacked_force; word_lists.attack_verbs and
  armed_attack_verbs; the men of a body named in an "of" phrase: "Fighters of X");
* a fight told in the simple present of a main clause: "the X Front fights the Y Brotherhood in the hills", "X holds
  the north and fights Y" (relations._present_fight);
* the other side named by its men: "A has clashed repeatedly with units linked to B", "A has fought troops aligned
  with B" (PhraseResolver.described_owner: the parser's participle on a plural force noun, word_lists.loyal_words;
  not "X, a militia allied to Y", which describes X);
* an intervention against a side: "A and B intervened together in 2015 against the X Army" (preposition_verbs
  intervene).

Negatives give no tie: a state's own strike on a body's camps, an attack on another body, an attack only feared or
denied, one blamed on the body by another ("accused X of attacking"), one a speaker did not tell or only fears,
civilians killed, a
negated or questioned present fight, a fight reported by a speaker, an intervention on a side's behalf. All names are
invented; end to end with the real English pipeline. Each case has its own names: a tie repeated in two documents of
one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an armed body's attack on a state's forces ---
    ("MONTEVIDEO - Fighters of the Zerekh Liberation Front attacked an army checkpoint on the east bank.",
     {("Zerekh Liberation Front", O, "Uruguay")}, set()),
    ("SANTIAGO - The Morrow Brigades stormed an army base near Arica on Friday, the Chilean defence ministry said.",
     {("Morrow Brigades", O, "Chile")}, set()),
    ("LIMA - Fighters of the Quenka Front killed 17 soldiers of the Peruvian army near Cusco.",
     {("Quenka Front", O, "Peru")}, set()),
    ("ASUNCION - The Tavor Legion said its fighters had ambushed an army convoy near the border of Paraguay.",
     {("Tavor Legion", O, "Paraguay")}, set()),
    ("LA PAZ - The Ondra Brigades shelled a Bolivian convoy near Oruro on Monday.",
     {("Ondra Brigades", O, "Bolivia")}, set()),
    # negatives: a state's own strike, another body, a feared, denied, blamed or reported attack, civilians
    ("QUITO - Ecuadorian jets bombed camps of the Selva Brigades on Tuesday.", set(),
     {("Selva Brigades", O, "Ecuador"), ("Ecuador", O, "Selva Brigades")}),
    ("CARACAS - The Llano Brigades attacked the Tessel Front near Maracay.", set(),
     {("Llano Brigades", O, "Venezuela")}),
    ("BOGOTA - Colombia fears the Cauca Legion could attack an army base in the south.", set(),
     {("Cauca Legion", O, "Colombia")}),
    ("PANAMA CITY - The Darien Brigades denied that they attacked an army checkpoint near Yaviza.", set(),
     {("Darien Brigades", O, "Panama")}),
    ("SAN JOSE - The army of Costa Rica accused the Nicoya Front of attacking an army checkpoint.", set(),
     {("Nicoya Front", O, "Costa Rica")}),
    ("MANAGUA - The Orvan Union said that the Masaya Brigades had ambushed a Nicaraguan convoy.",
     {("Masaya Brigades", O, "Nicaragua")}, set()),
    ("SAN SALVADOR - The Orvan Union did not say that the Lempa Brigades had ambushed a Salvadoran convoy.", set(),
     {("Lempa Brigades", O, "El Salvador")}),
    ("MEXICO CITY - The Orvan Union fears that the Yaqui Brigades will ambush a Mexican convoy.", set(),
     {("Yaqui Brigades", O, "Mexico")}),
    ("TEGUCIGALPA - The Copan Brigades have killed civilians in the valley of Honduras since 2019.", set(),
     {("Copan Brigades", O, "Honduras")}),
    # --- a fight in the simple present ---
    ("The Tessel Front fights the Dorva Brotherhood in the hills.",
     {("Tessel Front", O, "Dorva Brotherhood")}, set()),
    ("The Harl Front fights both the Venn Party and the Kesh Brotherhood.",
     {("Harl Front", O, "Venn Party"), ("Harl Front", O, "Kesh Brotherhood")}, set()),
    ("The Amber Legion holds the north and fights the Oskel Brotherhood along the river.",
     {("Amber Legion", O, "Oskel Brotherhood")}, set()),
    # negatives: negated, questioned, reported
    ("The Marl Front does not fight the Tovin Brotherhood.", set(), {("Marl Front", O, "Tovin Brotherhood")}),
    ("The Pell Front never fights the Sarn Brotherhood.", set(), {("Pell Front", O, "Sarn Brotherhood")}),
    ("Does the Rhee Front fight the Ulm Brotherhood?", set(), {("Rhee Front", O, "Ulm Brotherhood")}),
    ("Karl Venn says the Brask Front fights the Odel Brotherhood.", set(), {("Brask Front", O, "Odel Brotherhood")}),
    # --- the other side named by its men: "units linked to Y", "troops aligned with Y" ---
    ("Forces loyal to the Ossel Council have clashed repeatedly with units linked to the Dravo Party.",
     {("Ossel Council", O, "Dravo Party")}, set()),
    ("The Harl Council has fought troops aligned with the Venn Alliance since 2020.",
     {("Harl Council", O, "Venn Alliance")}, set()),
    ("The Kiro Council clashed with units linked to the Samo Party on Monday.", set(),
     {("Kiro Council", O, "Samo Party")}),
    ("The Pesk Front, a militia allied to the Tallen Movement, has fought the Urso League since 2018.",
     {("Pesk Front", O, "Urso League"), ("Pesk Front", "allied_with", "Tallen Movement")},
     {("Tallen Movement", O, "Urso League")}),
    # --- an intervention against a side ---
    ("Uruguay and Argentina intervened together in 2015 against the Tessel Army.",
     {("Uruguay", O, "Tessel Army"), ("Argentina", O, "Tessel Army")}, set()),
    ("Chile intervened militarily against the Varn Liberation Army in 2019.",
     {("Chile", O, "Varn Liberation Army")}, set()),
    ("Peru intervened on behalf of the Kolla Army in 2015.", set(), {("Peru", O, "Kolla Army")}),
    ("Brazil did not intervene against the Amaru Army.", set(), {("Brazil", O, "Amaru Army")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h2", relations_by_document, check_ties)
