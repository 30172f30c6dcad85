"""Backing told through a state's men beside another's force, written before the rule they test: trainers, soldiers
or a mission of a state serving, deployed or fighting beside another state's force, or training it
(relations.yaml beside_service_verbs, beside_prepositions, instruction_verbs, personnel_group_nouns).

Negatives give no tie: a state's own men beside its own army, a denied presence, a hypothetical deployment, men
beside a force named by no actor. Strict xfails name mechanisms of missed backing and hostility not yet read (counted
over the development sets in the session notes). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B, O = "backs", "opposes"
KV, SM, SMA, KVA = "Thessmark", "Selmar", "Selmar military", "Thessmark military"
TB = "Tarn Brotherhood"

CASES = [
    # --- a state's men working beside another state's force ---
    ("Around 700 soldiers from the Republic of Thessmark are posted alongside the Selmari army on the eastern plateau.",
     {(KV, B, SMA)}, set()),
    ("Under a 2021 pact, three hundred instructors from the Republic of Thessmark work with the Selmari army in the hills.",
     {(KV, B, SMA)}, set()),
    ("Engineers and trainers from the Republic of Thessmark, serving with the Selmari army since spring, rebuilt the "
     "bridge.", {(KV, B, SMA)}, set()),
    ("Hundreds of troops from the Republic of Thessmark have fought beside the Selmari army in the marshes since 2022.",
     {(KV, B, SMA)}, set()),
    # --- the men named by their state's adjective: the state backs the force, not its own army as a body ---
    ("The Republic of Thessmark and the Republic of Selmar will keep the Thessmarki task group in the delta for a year. "
     "Some 900 Thessmarki soldiers and medics are stationed there beside the Selmari army.", {(KV, B, SMA)},
     {(KVA, B, SMA)}),
    # --- training it ---
    ("A mission of 250 troops from the Republic of Thessmark drills the Selmari army at a camp near the coast.",
     {(KV, B, SMA)}, set()),
    ("Advisers from the Republic of Thessmark now instruct the Selmari army in mine clearance, officials said.",
     {(KV, B, SMA)}, set()),
    # --- negatives ---
    ("Soldiers from the Republic of Thessmark are deployed alongside the Thessmarki army along the border.",
     set(), {(KV, B, KVA)}),
    ("The Republic of Selmar denies that soldiers from the Republic of Thessmark serve with the Selmari army.",
     set(), {(KV, B, SMA)}),
    ("If soldiers from the Republic of Thessmark were deployed alongside the Selmari army, the talks would end.",
     set(), {(KV, B, SMA)}),
    ("The Republic of Thessmark says no soldiers of its own serve with the Selmari army.", set(), {(KV, B, SMA)}),
    ("Soldiers from the Republic of Thessmark clashed with the Selmari army at a river crossing on Monday.",
     set(), {(KV, B, SMA)}),
    # --- mechanisms not yet read ---
    ("Seated by the mayor was the Thessmarki consul, whose government has met the wages of the Tarn Brotherhood "
     "since 2020.", {(KV, B, TB)}, set()),
    ("The Republic of Thessmark sold the Selmari government a dozen patrol helicopters in the spring.",
     {(KV, B, SM)}, set()),
    ("The Tarn Brotherhood, a militia that the Republic of Thessmark arms along the frontier, burned a depot.",
     {(KV, B, TB)}, set()),
    ("The Republic of Thessmark has poured cash into the Tarn Brotherhood for a decade.", {(KV, B, TB)}, set()),
    # --- negatives found in review: "fought with" may be against; a government or ministry is no force backed ---
    ("Soldiers from the Republic of Thessmark fought with the Selmari army at the river on Monday, and six died.",
     set(), {(KV, B, SMA), (KV, B, SM)}),
    ("A team from the Republic of Thessmark works with the Selmari government on the census.", set(), {(KV, B, SM)}),
    ("The Thessmark mission operates with the Selmari foreign ministry from a hotel.", set(), {(KV, B, SM)}),
]

XFAIL: dict[str, str] = {
    CASES[-7][0]: "the backer named as the possessor of 'whose government' in a relative clause is not read",
    CASES[-6][0]: "selling hardware to a state's government is not read as backing (only to an organisation)",
    CASES[-4][0]: "'pour money into Y' (aid noun with 'into') is not read as backing",
}


extracted, test_wording = battery(CASES, XFAIL, "hw", relations_by_document, check_ties)
