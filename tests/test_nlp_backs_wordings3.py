"""Backing told by an object relative clause the small parser misreads (relations._misparsed_backing,
_ruler_before_run, _object_relative_antecedent, _contact_relative). (1) "Y, which X arms, ...": the present backing verb
taken for a plural noun ("X arms") after "which" and a comma: X backs the name before the comma. (2) "a militia that the
(Velnian) government / junta arms and pays": a government noun (word_lists.ruling_nouns) as the clause's subject, the
state its adjective names, else the state whose government was named last or the article's; also when the clause ends
right before the main verb ("the militia that X arms attacked the town"). (3) "Y, the militia the junta created and
armed in 2023": a relative clause with no pronoun, its subject parsed as an apposition and its verb as a participle
clause. (4) "X arms Y under the 1979 act": a run of such verbs right before a state's name (not one owning what
follows: "X arms Y's rebels"). (5) "Y receives money through X's intelligence service": aid received through a
state or a state's body (relations._receiving). Negatives: negation, "no longer", a wish, a denial, a noun ("the government arms depot"), a passive, a
question. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"
# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")
K, D = "Kalvar", "Velnia"
G = "Koro Guards"
HOME_D = HOME + "The Republic of Velnia sent observers. "
KG, DG = {(K, B, G)}, {(D, B, G)}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "Y, which X arms, ..." ---
    (HOME_D + "The Koro Guards, which Velnia arms, attacked the town.", DG, set()),
    (HOME_D + "The Koro Guards, which Velnia arms and pays, attacked the town.", DG, set()),
    (HOME_D + "The Koro Guards, which Velnia funds and trains, seized the bridge on Monday.", DG, set()),
    (HOME_D + "The Koro Guards, which Velnia no longer arms, attacked the town.", set(), DG),
    (HOME_D + "The Koro Guards, which Velnia denies it arms, attacked the town.", set(), DG),
    (HOME_D + "The Koro Guards, which Velnia wants to arm, attacked the town.", set(), DG),
    # --- (2) the government or junta as the clause's subject; a clause ending before the main verb ---
    (HOME_D + "The Koro Guards, which the Velnian government arms, attacked the town.", DG, set()),
    (HOME_D + "The Koro Guards militia that Velnia arms attacked the town.", DG, set()),
    (HOME + "The Koro Guards, a militia that the junta arms in the north, has started to fight the rebels.", KG, set()),
    (HOME + "The army is backed by the Koro Guards, local militias that the government arms and pays.", KG, set()),
    (HOME + "The Koro Guards that the government arms attacked the town.", KG, set()),
    (HOME + "The Koro Guards, which the government arms, attacked the town.", KG, set()),
    (HOME + "The Koro Guards seized the government arms depot.", set(), KG),
    (HOME + "The Koro Guards said the government arms were old.", set(), KG),
    (HOME + "Does the government arm the Koro Guards?", set(), KG),
    (HOME + "The Koro Guards bought the arms that the government sold.", set(), KG),
    (HOME + "The Koro Guards, which the government no longer arms, attacked the town.", set(), KG),
    # --- (3) "Y, the militia the junta created and armed" ---
    (HOME + "The Koro Guards, the militia the junta created and armed in 2023, accuse the army.", KG, set()),
    (HOME + "The report quotes a commander of the Koro Guards, the militia the government armed in 2023, who accuses "
     "the army.", KG, set()),
    (HOME_D + "The Koro Guards, a militia Velnia created and armed in 2023, accuse the army.", DG, set()),
    (HOME_D + "The Koro Guards, a militia armed by the rebels in 2023, accuse Velnia.", set(), DG),
    (HOME + "The Koro Guards, the militia the junta disbanded in 2023, accuse the army.", set(), KG),
    (HOME_D + "The Koro Guards, a militia Velnia never armed, accuse the army.", set(), DG),
    # --- (4) a misparsed run of backing verbs right before a state's name ---
    (HOME_D + "Velnia arms Kalvar under the 1979 defence act, and the texts often quote its replies.", {(D, B, K)},
     set()),
    (HOME_D + "Officials said Velnia arms and funds Kalvar.", {(D, B, K)}, set()),
    (HOME_D + "Velnia arms Kalvar's rebels, officials say.", set(), {(D, B, K)}),
    (HOME_D + "Velnia no longer arms Kalvar.", set(), {(D, B, K)}),
    (HOME_D + "Velnia's arms reach Kalvar.", set(), {(D, B, K)}),
    (HOME_D + "Velnia denies that it arms Kalvar.", set(), {(D, B, K)}),
    # --- (5) aid received through a state's body ---
    (HOME_D + "The Koro Guards receive money through Velnia's intelligence service.", DG, set()),
    (HOME_D + "The Koro Guards obtained fuel and weapons through a front company of Velnia's intelligence service.", DG, set()),
    (HOME_D + "The Koro Guards did not receive weapons through Velnia's intelligence service.", set(), DG),
    (HOME_D + "The Koro Guards received aid through the Red Cross, Velnia said.", set(), DG),
    (HOME_D + "The Koro Guards received weapons through the port of Velnia.", set(), DG),
    # --- self-review: more wordings that state no backing (a modal, hearsay, another verb, an ended tie, a noun,
    # a question, a wish, a former government, an enemy's foes, a place) ---
    (HOME_D + "The Koro Guards, which Velnia may arm, attacked the town.", set(), DG),
    (HOME_D + "The Koro Guards, which rebels say Velnia arms, attacked the town.", set(), DG),
    (HOME + "The Koro Guards, the militia the junta banned in 2023, attacked the town.", set(), KG),
    (HOME_D + "The Koro Guards, which Velnia stopped arming in 2019, attacked the town.", set(), DG),
    (HOME_D + "Velnia arms sales to Kalvar rose last year.", set(), {(D, B, K)}),
    (HOME_D + "Velnia arms Kalvar? Hardly.", set(), {(D, B, K)}),
    (HOME + "The Koro Guards, which the former government armed, attacked the town.", set(), KG),
    (HOME_D + "Kalvar arms Velnia's enemies, the Koro Guards said.", set(), {(K, B, D)}),
    (HOME_D + "The Koro Guards, which the Velnian government hopes to arm, attacked the town.", set(), DG),
    (HOME_D + "The Koro Guards, the militia the Velnian army fought in 2023, attacked the town.", set(), DG),
    (HOME_D + "Velnia arms, funds and trains nobody, its minister said of the Koro Guards.", set(), DG),
    (HOME_D + "The Koro Guards received weapons through the Velnian border.", set(), DG),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "bk3", relations_by_document, check_ties)
