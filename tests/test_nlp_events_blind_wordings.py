"""PLOVER events in wordings written before reading the events reader (so the items are not shaped by its rules):
news prose, briefs, readouts, tickers, forum posts and minutes; plain verbs, light verbs ("held talks with",
"launched an offensive against"), nouns ("the arrest of X by Y", "Y's raid on X", "talks between A and B"),
passives with and without agents, coordination, pronouns across two sentences, reported speech; and wordings that
give NO event (denials, negation, hypotheticals, plans, questions). All names are invented; end to end with the
real English pipeline. Each item lists the (source, type, target) triples that must be emitted (not negated) and
the triples that must not be emitted as happened events. Names are compared without case and a leading "the".

Decision on plans and intentions: "plans to visit", "is expected to meet", "will travel to" are not the act
itself (PLOVER's future flag); a test only asserts that the act is not emitted, not which intent type is."""
from __future__ import annotations

import pytest

from wording_battery import battery, events_by_document, norm_name

pytestmark = pytest.mark.model

V, O, M, K = "Velnia", "Ostria", "Marland", "Karvia"
BH, RB = "Black Hill Brigade", "Red Banner Militia"
AA, HP = "Azure Alliance", "Harvest Party"
RELL, KOVAR, MALO = "Tomas Rell", "Ana Kovar", "Idris Malo"
ANY = "*"  # an expected target (or source) the text leaves open: any value, None included, is accepted

CASES = [
    # --- CONSULT: verbs, light verbs, nouns, visits, calls, hosting ---
    ("Velnia's foreign minister met Ostria's foreign minister in Geneva on Monday.", {(V, "CONSULT", O)}, set()),
    ("Tomas Rell met Ana Kovar on Tuesday to discuss the border.", {(RELL, "CONSULT", KOVAR)}, set()),
    ("Tomas Rell held talks with Ana Kovar in the capital.", {(RELL, "CONSULT", KOVAR)}, set()),
    ("Tomas Rell visited Ostria on Wednesday, his first trip abroad since taking office.", {(RELL, "CONSULT", O)},
     set()),
    ("Tomas Rell arrived in Ostria on Thursday for a two-day state visit.", {(RELL, "CONSULT", O)}, set()),
    ("Ana Kovar hosted Tomas Rell at her residence.", {(KOVAR, "CONSULT", RELL)}, set()),
    ("Tomas Rell spoke by phone with Ana Kovar on Friday.", {(RELL, "CONSULT", KOVAR)}, set()),
    ("Talks between Velnia and Ostria resumed in Geneva on Monday.", {(V, "CONSULT", O)}, set()),
    ("Velnia and Ostria held a fresh round of negotiations over the disputed river.", {(V, "CONSULT", O)}, set()),
    ("Tomas Rell's visit to Ostria was seen as a sign of thawing ties.", {(RELL, "CONSULT", O)}, set()),
    ("Ana Kovar received Tomas Rell in the presidential palace.", {(KOVAR, "CONSULT", RELL)}, set()),
    ("Readout: President Tomas Rell spoke with Prime Minister Ana Kovar today.", {(RELL, "CONSULT", KOVAR)}, set()),
    ("Tomas Rell met Ana Kovar, Idris Malo and the Karvian envoy on Sunday.",
     {(RELL, "CONSULT", KOVAR), (RELL, "CONSULT", MALO)}, set()),
    ("Tomas Rell flew to Ostria on Monday. There he met Ana Kovar.", {(RELL, "CONSULT", KOVAR)}, set()),
    ("Marland mediated talks between Velnia and Ostria.", {(V, "CONSULT", O)}, set()),
    # --- AGREE ---
    ("Velnia and Ostria agreed to reopen their embassies.", {(V, "AGREE", O)}, set()),
    ("Velnia agreed with Ostria to hold joint patrols on the river.", {(V, "AGREE", O)}, set()),
    ("The Azure Alliance reached a deal with the Harvest Party to form a government.", {(AA, "AGREE", HP)}, set()),
    ("Velnia pledged to work with Ostria on flood defences.", {(V, "AGREE", O)}, set()),
    # --- SUPPORT ---
    ("Velnia praised Ostria for its handling of the crisis.", {(V, "SUPPORT", O)}, set()),
    ("The Harvest Party endorsed Tomas Rell for the presidency.", {(HP, "SUPPORT", RELL)}, set()),
    ("Tomas Rell voiced support for Ana Kovar's reform plan.", {(RELL, "SUPPORT", KOVAR)}, set()),
    ("Velnia and Ostria signed a trade accord on Tuesday.", {(V, "SUPPORT", O)}, set()),
    ("Velnia welcomed Ostria's decision to free the prisoners.", {(V, "SUPPORT", O)}, set()),
    # --- COOPERATE / AID ---
    ("Velnia and Ostria held joint military exercises near the coast.", {(V, "COOPERATE", O)}, set()),
    ("Velnia sent 200 tonnes of food aid to Ostria.", {(V, "AID", O)}, set()),
    ("Velnia provided weapons and training to the Black Hill Brigade.", {(V, "AID", BH)}, set()),
    ("Velnia pledged $50 million in humanitarian assistance to Ostria.", {(V, "AID", O)}, set()),
    ("The Black Hill Brigade received arms from Velnia last month.", {(V, "AID", BH)}, set()),
    # --- RETREAT ---
    ("The Black Hill Brigade released six Ostrian soldiers on Sunday.", {(BH, "RETREAT", O)}, set()),
    ("Velnia withdrew its troops from Ostria.", {(V, "RETREAT", O)}, set()),
    ("Velnia pulled its forces out of Ostria's border districts.", {(V, "RETREAT", O)}, set()),
    ("The Black Hill Brigade and the Red Banner Militia agreed to a ceasefire.", {(BH, "AGREE", RB)}, set()),
    ("Tomas Rell resigned as leader of the Harvest Party on Monday.", {(RELL, "RETREAT", ANY)}, set()),
    # --- REQUEST ---
    ("Velnia urged Ostria to release the detained journalists.", {(V, "REQUEST", O)}, set()),
    ("Velnia demanded that Ostria withdraw its troops from the border.", {(V, "REQUEST", O)}, set()),
    ("Velnia called on Ostria to return to the negotiating table.", {(V, "REQUEST", O)}, set()),
    ("Ana Kovar asked Velnia for emergency loans.", {(KOVAR, "REQUEST", V)}, set()),
    ("Ostria appealed to Velnia for help after the floods.", {(O, "REQUEST", V)}, set()),
    # --- ACCUSE ---
    ("Velnia accused Ostria of violating the truce.", {(V, "ACCUSE", O)}, set()),
    ("Velnia blamed Ostria for the attack on the pipeline.", {(V, "ACCUSE", O)}, set()),
    ("Tomas Rell criticised Ana Kovar over the budget cuts.", {(RELL, "ACCUSE", KOVAR)}, set()),
    ("Velnia condemned Ostria's decision to close the border.", {(V, "ACCUSE", O)}, set()),
    ("The Harvest Party sued the Azure Alliance over the ballot design.", {(HP, "ACCUSE", AA)}, set()),
    ("Velnia launched an investigation into Ostria's role in the blast.", {(V, "ACCUSE", O)}, set()),
    # --- REJECT ---
    ("Velnia rejected Ostria's proposal for a buffer zone.", {(V, "REJECT", O)}, set()),
    ("Ostria turned down Velnia's offer of talks.", {(O, "REJECT", V)}, set()),
    ("Velnia vetoed Ostria's bid to join the customs union.", {(V, "REJECT", O)}, set()),
    ("The Azure Alliance and the Harvest Party both rejected Tomas Rell's plan.",
     {(AA, "REJECT", RELL), (HP, "REJECT", RELL)}, set()),
    # --- THREATEN ---
    ("Velnia threatened Ostria with sanctions over the dam.", {(V, "THREATEN", O)}, set()),
    ("Velnia warned Ostria that it would respond with force to any incursion.", {(V, "THREATEN", O)}, set()),
    ("Velnia vowed to retaliate against Ostria for the shelling.", {(V, "THREATEN", O)},
     {(V, "ASSAULT", O)}),
    ("Velnia gave Ostria a 48-hour ultimatum to withdraw its forces.", {(V, "THREATEN", O)}, set()),
    # --- PROTEST ---
    ("Supporters of the Harvest Party protested against the Azure Alliance in the capital.",
     {(HP, "PROTEST", AA)}, set()),
    ("Thousands of Harvest Party supporters rallied outside parliament against Tomas Rell.",
     {(HP, "PROTEST", RELL)}, set()),
    # --- SANCTION ---
    ("Velnia imposed sanctions on Ostria over the border crisis.", {(V, "SANCTION", O)}, set()),
    ("Velnia expelled three Ostrian diplomats on Tuesday.", {(V, "SANCTION", O)}, set()),
    ("Velnia cut diplomatic ties with Ostria.", {(V, "SANCTION", O)}, set()),
    ("Velnia recalled its ambassador from Ostria.", {(V, "SANCTION", O)}, set()),
    # --- MOBILIZE ---
    ("Velnia deployed troops to the border with Ostria.", {(V, "MOBILIZE", O)}, set()),
    ("Velnia put its army on high alert after Ostria's missile test.", {(V, "MOBILIZE", ANY)}, set()),
    ("Velnia massed tanks along the Ostrian frontier.", {(V, "MOBILIZE", O)}, set()),
    # --- COERCE ---
    ("Ostrian police arrested Idris Malo on Saturday.", {(O, "COERCE", MALO)}, set()),
    ("The arrest of Idris Malo by Ostrian police sparked protests.", {(O, "COERCE", MALO)}, set()),
    ("Idris Malo was detained by Ostrian security forces at the airport.", {(O, "COERCE", MALO)}, set()),
    ("Ostria banned the Harvest Party on Monday.", {(O, "COERCE", HP)}, set()),
    ("Ostrian police raided the offices of the Harvest Party.", {(O, "COERCE", HP)}, set()),
    # --- ASSAULT ---
    ("Velnia shelled Ostrian positions along the river.", {(V, "ASSAULT", O)}, set()),
    ("The Black Hill Brigade attacked the Red Banner Militia near the dam.", {(BH, "ASSAULT", RB)}, set()),
    ("The Black Hill Brigade launched an offensive against the Red Banner Militia.", {(BH, "ASSAULT", RB)}, set()),
    ("Velnian jets bombed Black Hill Brigade bases overnight.", {(V, "ASSAULT", BH)}, set()),
    ("The Red Banner Militia was attacked by the Black Hill Brigade on Sunday.", {(BH, "ASSAULT", RB)}, set()),
    ("The Black Hill Brigade's raid on a Red Banner Militia outpost killed four.", {(BH, "ASSAULT", RB)}, set()),
    ("The Black Hill Brigade killed two Red Banner Militia commanders in an ambush.", {(BH, "ASSAULT", RB)},
     set()),
    ("The Black Hill Brigade abducted Idris Malo on his way to work.", {(BH, "ASSAULT", MALO)}, set()),
    ("A drone strike by Velnia hit a Black Hill Brigade convoy.", {(V, "ASSAULT", BH)}, set()),
    ("Ostria said Velnia had shelled its border villages.", {(V, "ASSAULT", O)}, set()),
    ("The Black Hill Brigade stormed the town on Monday. It then attacked the Red Banner Militia.",
     {(BH, "ASSAULT", RB)}, set()),
    ("BREAKING: Velnia strikes Black Hill Brigade positions", {(V, "ASSAULT", BH)}, set()),
    # --- nothing happened: denials, negation, hypotheticals, plans, questions ---
    ("Velnia denied attacking Ostria.", set(), {(V, "ASSAULT", O)}),
    ("The Black Hill Brigade denied that it had attacked the Red Banner Militia.", set(), {(BH, "ASSAULT", RB)}),
    ("Tomas Rell did not meet Ana Kovar during the summit.", set(), {(RELL, "CONSULT", KOVAR)}),
    ("Velnia did not attend the talks with Ostria.", set(), {(V, "CONSULT", O)}),
    ("Velnia has never imposed sanctions on Ostria.", set(), {(V, "SANCTION", O)}),
    ("Velnia would retaliate against Ostria if attacked.", set(), {(V, "ASSAULT", O)}),
    ("If Ostria attacks, Velnia will impose sanctions on it.", set(), {(V, "SANCTION", O), (O, "ASSAULT", V)}),
    ("Tomas Rell plans to visit Ostria next month.", set(), {(RELL, "CONSULT", O)}),
    ("Tomas Rell is expected to meet Ana Kovar next week.", set(), {(RELL, "CONSULT", KOVAR)}),
    ("Will Velnia impose sanctions on Ostria?", set(), {(V, "SANCTION", O)}),
    ("Velnia refused to meet Ostria's envoy.", set(), {(V, "CONSULT", O)}),
    ("Velnia failed to reach an agreement with Ostria.", set(), {(V, "AGREE", O)}),
    ("Velnia rejected claims that it had arrested Idris Malo.", set(), {(V, "COERCE", MALO)}),
]

_TEXT = [text for text, _, _ in CASES]
UNPROVED_PLACE = "a place name one sentence does not prove a state (visited, arrived in, aid sent to, withdrew or recalled from, a strike by, held joint exercises or a round of talks with) stays a place (actors.document_states): no actor"
GIVEN_NAME_DROPPED = "the NER leaves the given name 'Ana' out of 'Ana Kovar' (entity 'Kovar', an organisation): another actor's name"
ADJECTIVE_ONLY_STATE = "a state named only by its adjective ('Ostrian police', 'Velnian jets', 'Ostrian diplomats', 'the Ostrian frontier', 'six Ostrian soldiers') with no name of the state in the text gives no state actor, or a body of its own ('Ostria police', 'Ostria military')"
NOUN_IN_PERCEPTION = "an event noun with its owner inside a perception frame ('X's visit to Y was seen as ...') is no event"
SIGNED_PACT_AGREE = "a pact both sides sign is coded AGREE between them (plover.yaml signing), not SUPPORT"
RAID_THAT_KILLS = "a raid on a group that kills is coded COERCE (raid), the killing ASSAULT without its owner's source"

XFAIL: dict[str, str] = {
    _TEXT[3]: UNPROVED_PLACE,
    _TEXT[4]: UNPROVED_PLACE,
    _TEXT[8]: UNPROVED_PLACE,
    _TEXT[9]: NOUN_IN_PERCEPTION,
    _TEXT[18]: UNPROVED_PLACE,
    _TEXT[22]: SIGNED_PACT_AGREE,
    _TEXT[24]: UNPROVED_PLACE,
    _TEXT[25]: UNPROVED_PLACE,
    _TEXT[27]: UNPROVED_PLACE,
    _TEXT[28]: UNPROVED_PLACE,
    _TEXT[29]: ADJECTIVE_ONLY_STATE,
    _TEXT[30]: UNPROVED_PLACE,
    _TEXT[37]: GIVEN_NAME_DROPPED,
    _TEXT[41]: GIVEN_NAME_DROPPED,
    _TEXT[56]: ADJECTIVE_ONLY_STATE,
    _TEXT[61]: ADJECTIVE_ONLY_STATE,
    _TEXT[62]: ADJECTIVE_ONLY_STATE,
    _TEXT[63]: ADJECTIVE_ONLY_STATE,
    _TEXT[64]: ADJECTIVE_ONLY_STATE,
    _TEXT[66]: ADJECTIVE_ONLY_STATE,
    _TEXT[70]: ADJECTIVE_ONLY_STATE,
    _TEXT[72]: RAID_THAT_KILLS,
    _TEXT[75]: UNPROVED_PLACE,
}


def _triples(items):
    return {(norm_name(s), t, norm_name(o)) for s, t, o in items}


def _found(want, got):
    return any(all(w == ANY or w == g for w, g in zip(want, triple)) for triple in got)


def _check(text: str, present: set, absent: set, got: set) -> None:
    missing = {w for w in _triples(present) if not _found(w, got)}
    assert not missing and not (_triples(absent) & got), (text, sorted(got, key=str))


extracted, test_wording = battery(CASES, XFAIL, "e", events_by_document, _check)
