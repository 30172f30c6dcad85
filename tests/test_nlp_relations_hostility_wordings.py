"""Lasting hostility (opposes) in wordings written before reading the relation reader: fighting stated as lasting
("has fought Y since", "has been fighting Y for years", "the war between A and B", "A's long campaign against B",
"at war with", "waged war on"), rivalry and enmity ("B, A's main rival", "the rival B", "its rivalry with B",
"regards B as its enemy", "the two have been enemies", "long hostile to"), vows ("vowed to crush B"), attacks called
recurring ("near-daily strikes on B") and attacks told in two or more sentences of a document.

Negatives give no tie: a single strike (an event, not a tie), talks between two sides, a denial, a hypothetical,
fighting alongside someone, fighting for someone, opposing a bill (no actor).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). opposes is
compared without direction. All names are invented; end to end with the real English pipeline. Names are compared
without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, A, M = "opposes", "allied_with", "member_of"
SH, OG, TC = "Sable Hand Brigade", "Orun Guard", "Third Column"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- lasting fighting ---
    ("The Sable Hand Brigade has fought the Orun Guard since 2017.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has been fighting the Orun Guard for years.", {(SH, O, OG)}, set()),
    ("The war between the Sable Hand Brigade and the Orun Guard has displaced thousands of farmers.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade's long campaign against the Orun Guard has emptied the valley.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade, which is at war with the Orun Guard, recruited heavily this spring.",
     {(SH, O, OG)}, set()),
    ("Since 2016 the Sable Hand Brigade has waged war on the Orun Guard.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has spent a decade fighting the Orun Guard in the hills.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade's fight against the Orun Guard has cost it hundreds of men.", {(SH, O, OG)}, set()),
    ("Fighting between the Sable Hand Brigade and the Orun Guard has flared every summer since 2019.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade was set up in 2012 to fight the Orun Guard.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade and the Orun Guard have traded fire along the river for months.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has carried out repeated attacks on the Orun Guard since March.",
     {(SH, O, OG)}, set()),
    # --- rivalry and enmity ---
    ("The Orun Guard, the Sable Hand Brigade's main rival, controls the port.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade lost two districts to the rival Orun Guard last year.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade grew out of a tribal levy. Its rivalry with the Orun Guard dates back to 2009.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade regards the Orun Guard as its mortal enemy.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade and the Orun Guard split in 2015. The two have been enemies ever since.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has long been hostile to the Orun Guard.", {(SH, O, OG)}, set()),
    ("The Orun Guard is the Sable Hand Brigade's main enemy.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade is the main opponent of the Orun Guard in the south.", {(SH, O, OG)}, set()),
    ("Dario Kest, the commander of the Sable Hand Brigade, vowed to crush the Orun Guard.",
     {("Dario Kest", O, OG)}, set()),
    ("The Sable Hand Brigade and its foes in the Orun Guard both claim the dam.", {(SH, O, OG)}, set()),
    ("The Orun Guard refused to sit with the Sable Hand Brigade, with which it has feuded for years.",
     {(SH, O, OG)}, set()),
    ("Villagers fled the valley where the Sable Hand Brigade has fought the Orun Guard for a year.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has fought both the Orun Guard and the Third Column.", {(SH, O, OG), (SH, O, TC)},
     set()),
    ("The Sable Hand Brigade is deepening its feud with the Orun Guard.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade, long hostile to the Orun Guard, sided with the governor.", {(SH, O, OG)}, set()),
    ("Dario Kest, the Orun Guard's fiercest critic, was arrested on Monday.", {("Dario Kest", O, OG)}, set()),
    ("The Sable Hand Brigade's main opponent was the Orun Guard.", {(SH, O, OG)}, set()),
    ("Clashes between the Sable Hand Brigade and the Orun Guard have killed forty people this year.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade has clashed repeatedly with the Orun Guard since January.", {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade holds the dam. Its fighters have battled the Orun Guard for three years.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade says it will keep up its operations against the Orun Guard.", {(SH, O, OG)}, set()),
    ("Dario Kest has led the Sable Hand Brigade's insurgency against the Orun Guard since 2011.",
     {(SH, O, OG)}, set()),
    ("The Sable Hand Brigade conducts nightly raids that it says target Orun Guard depots.", {(SH, O, OG)}, set()),
    # --- repeated attacks over a document: two or more sentences of attacks between the same two bodies ---
    ("The Sable Hand Brigade shelled the Orun Guard near the dam on Monday. Three days later the Sable Hand Brigade "
     "attacked the Orun Guard again on the coast road.", {(SH, O, OG)}, set()),
    # --- negatives: no lasting tie ---
    ("The Sable Hand Brigade attacked an Orun Guard checkpoint on Tuesday.", set(), {(SH, O, OG)}),
    ("The Sable Hand Brigade and the Orun Guard held talks in the capital on Monday.", set(), {(SH, O, OG)}),
    ("The Sable Hand Brigade denied that it had ever fought the Orun Guard.", set(), {(SH, O, OG)}),
    ("If the Sable Hand Brigade fought the Orun Guard, it would lose the valley.", set(), {(SH, O, OG)}),
    ("The Sable Hand Brigade carried out a strike on the Orun Guard on Friday.", set(), {(SH, O, OG)}),
    ("The Sable Hand Brigade fought alongside the Orun Guard against the Third Column.", {(SH, O, TC)},
     {(SH, O, OG)}),
    ("The Harrow Party opposes the new water bill.", set(), {("Harrow Party", O, "water bill")}),
    ("Mediators from the Orun Guard met the Sable Hand Brigade to discuss prisoners.", set(), {(SH, O, OG)}),
]

XFAIL: dict[str, str] = {
    "Dario Kest, the commander of the Sable Hand Brigade, vowed to crush the Orun Guard.":
        "a vow of defeat ('vowed to crush / eliminate Y') is not read (tried twice: its development occurrence is a "
        "state's leader vowing to eliminate insurgents, which the reference lists the other way only; relations.yaml "
        "wished_end reads wishes and aims, not vows)",
    "The Sable Hand Brigade has spent a decade fighting the Orun Guard in the hills.":
        "no reading of 'spend <a time> fighting Y' (the gerund hangs on 'spent', whose subject the fight rule does not "
        "climb to; one development occurrence, and that one 'fighting alongside')",
    "The Sable Hand Brigade and its foes in the Orun Guard both claim the dam.":
        "no cue for a body's enemies named by 'its foes in Y' (rival_group_nouns read appositions and group phrases only)",
}


extracted, test_wording = battery(CASES, XFAIL, "h", relations_by_document, check_ties)
