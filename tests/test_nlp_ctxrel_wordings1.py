"""A person's body named by its initials only, once the text has spelled the initials out: "the Valley Defence
Forces (VDF) ... the VDF of Piet Jorran" ties Piet Jorran to the body as its leader, as "the Valley Defence Forces
of Piet Jorran" already did (the "of" rule of a named organisation also takes a name in capitals; the two
capitalised words after "the VDF of" are a person, not the place the tagger often takes them for). Found alone,
such a sentence gave the tie; after the sentence that spells the initials out it was lost. Negatives: a place, a
decade, the body before "of" not named by initials, another body's person. All names are invented; end to end with
the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

VDF = "The Valley Defence Forces (VDF) took Oskel in October.\n\n"
MLF = "Fighters of the Marsh Liberation Front (MLF) crossed the river in May.\n\n"
JORRAN = {("Piet Jorran", L, "Valley Defence Forces")}
KESSEL = {("Oren Kessel", L, "Marsh Liberation Front")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    (VDF + "The army has been at war with the VDF of Piet Jorran since April.", JORRAN, set()),
    (VDF + "The VDF of Piet Jorran took Oskel in October.", JORRAN, set()),
    (VDF + "Since April the army has fought the VDF of Piet Jorran in the hills.", JORRAN, set()),
    (MLF + "Villagers fled as the MLF of Oren Kessel shelled the town.", KESSEL, set()),
    (MLF + "Talks with the MLF of Oren Kessel resumed on Friday.", KESSEL, set()),
    # negatives: no person after "of", or the person is another body's
    (VDF + "The VDF of North Kessar took Oskel in October.", set(), JORRAN),
    (VDF + "The VDF of the 1990s was led by Piet Jorran's uncle.", set(), JORRAN),
    (MLF + "The MLF accused the government of Oren Kessel of fraud.", set(), KESSEL),
    # self-review probes (another body's, a question, reported speech, a place after "of")
    (VDF + "The UN of Piet Jorran is a joke, said Ana Sol.", set(), JORRAN),
    (VDF + "Is this the VDF of Piet Jorran?", set(), JORRAN),
    (VDF + "The VDF of Ostravia shelled Oskel.", set(), JORRAN),
    (VDF + "The VDF of Camp Dunmore shelled Oskel.", set(), JORRAN),
    # a deputy of the newly tied leader: of the body he leads, not of one "there" (the council just named)
    (VDF + "The army fights the VDF of Piet Jorran. His deputy, Ivo Dask, spoke on Friday.",
     JORRAN | {("Ivo Dask", "member_of", "Valley Defence Forces")}, set()),
    (VDF + "The army fights the VDF of Piet Jorran. Jorran heads the council of the Union Alliance. His deputy there "
     "is Ivo Dask.", JORRAN, {("Ivo Dask", "member_of", "Valley Defence Forces")}),
    # false readings the "of" rule already gives for a spelled-out name ("the Valley Defence Forces of X ..."):
    # the initials inherit them
    (VDF + "The VDF of Piet Jorran never existed; Jorran leads nothing.", set(), JORRAN),
    (VDF + "Jorran hopes one day to build the VDF of Piet Jorran.", set(), JORRAN),
    (VDF + "The VDF of Piet Jorran was dissolved in 1998 and he left it.", set(), JORRAN),
    (VDF + "The VDF of Piet Jorran's brother shelled Oskel.", set(), JORRAN),
]

_OF_RULE = "the organisation's 'of' rule reads no negation, wish, past or possessed noun (as for a spelled-out name)"
XFAIL: dict[str, str] = {CASES[i][0]: _OF_RULE for i in range(-4, 0)}


extracted, test_wording = battery(CASES, XFAIL, "cx", relations_by_document, check_ties)
