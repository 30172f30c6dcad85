"""Charges told as a noun with the charged act in a "that" clause, and a relative clause whose present verb of
charge the tagger read as a plural noun. "X repeated the charge that Y ...", "X raised allegations that Y had ...",
"a claim by X that Y ...", "X's allegation that Y ...", "the allegation, made by X, that Y ...": the author of the
charge noun (plover.yaml charge_nouns; the subject of one of authoring_verbs, a possessor, a "by" phrase or a
participle's agent) accuses the subject of the clause, or the agent of a passive one ("the allegation that the
militia is armed by Y"). "Y, which X accuses of ...", "Y, whom X accuses of ...": the verb the tagger read as a noun
("accuses" NNS) is a verb, and X's charge against Y is told. Negatives: a charge no one is said to make ("rejected
the claim that Y ..."), a charge about one's own side, a negated or advising clause, a cooperative act claimed, a
charge not repeated, a relative "that" (no content clause), charges on which someone is arrested, and a relative
clause of support. Invented names; end to end with the real English pipeline. A target of None in a wanted or
unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a charge noun made by a known author, its "that" clause naming the one charged ---
    ("The Velmar Front repeated the charge that the Tarsk Party lets foreign fighters cross the border.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("The Korvath Union raised allegations that the Tarsk Party had shelled villages near the river.",
     {("Korvath Union", "ACCUSE", "Tarsk Party")}, set()),
    ("The Velmar Front levelled the accusation that the Tarsk Party takes its orders from abroad.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("Ostrania rejected a claim by the Velmar Front that the Korvath Union had shelled the port.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    ("The Tarsk Party rejected the Velmar Front's allegation that the Korvath Union had armed the rebels.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    ("The Velmar Front's claim that the Korvath Union bombed the depot angered its rivals.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    ("The Tarsk Party denied the allegation, made by the Korvath Union, that the Velmar Front had paid the militia.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    # --- a passive clause: its agent is the one charged ---
    ("The Tarsk Party renewed its allegation that the Harun Brigade is armed by the Korvath Union.",
     {("Tarsk Party", "ACCUSE", "Korvath Union")}, {("Tarsk Party", "ACCUSE", None)}),
    # --- negatives: no author, one's own side, a negated or advising clause, a cooperative act, not repeated ---
    ("The Tarsk Party rejected the claim that the Korvath Union had armed the rebels.",
     set(), {("*", "ACCUSE", "Korvath Union")}),
    ("The Velmar Front repeated its claim that its fighters had taken the bridge.",
     set(), {("Velmar Front", "ACCUSE", "*")}),
    ("The Korvath Union repeated the claim that the Tarsk Party had not paid the militia.",
     set(), {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front made the claim that the Tarsk Party should leave the coalition.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front repeated its claim that the Tarsk Party had agreed to the talks.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front did not repeat the charge that the Tarsk Party had armed the rebels.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front repeated a charge that the Tarsk Party had dismissed.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Korvath Union arrested Dan Arlo on charges that he had plotted a coup with the Velmar Front.",
     {("Korvath Union", "COERCE", "Dan Arlo")}, {("*", "ACCUSE", "Velmar Front")}),
    # --- negatives: a condition, a participle that is no making, a passive with no agent, a neutral claim of no
    #     wrong, a forecast ---
    ("If the Velmar Front repeats the charge that the Tarsk Party shelled villages, talks will end.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The claim, denied by the Velmar Front, that the Tarsk Party had shelled villages was widely reported.",
     set(), {("Velmar Front", "ACCUSE", "*")}),
    ("The Velmar Front repeated the claim that the Tarsk Party was attacked.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front repeated the claim that the Tarsk Party was founded in 1990.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front repeated the claim that the Tarsk Party had won the election.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("Ostrania's claim that the Tarsk Party had helped refugees was welcomed.",
     set(), {("Ostrania", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front's claim that the Tarsk Party could attack the port alarmed Ostrania.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    # --- reported speech, a wrong told in a passive with its agent ---
    ("Lisa Moran said the Velmar Front repeated the charge that the Tarsk Party had shelled villages.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("The Velmar Front repeated the claim that the Tarsk Party was attacked by the Korvath Union.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    # --- a relative clause's present verb of charge read as a noun: the charge is told ---
    ("The Velmar Front, which the Tarsk Party accuses of smuggling weapons, held a rally.",
     {("Tarsk Party", "ACCUSE", "Velmar Front")}, set()),
    ("The Velmar Front, whom the Tarsk Party accuses of smuggling weapons, held a rally on Monday.",
     {("Tarsk Party", "ACCUSE", "Velmar Front")}, set()),
    ("The Velmar Front, which the Tarsk Party accused of smuggling weapons, held a rally.",
     {("Tarsk Party", "ACCUSE", "Velmar Front")}, set()),
    # --- negatives: a relative clause of support (a description), a plain plural noun ---
    ("Ostrania, which the Velmar Front praises, held a rally.", set(), {("Velmar Front", "ACCUSE", "Ostrania")}),
    ("The Velmar Front, which the Tarsk Party backs, held a rally.",
     set(), {("Tarsk Party", "SUPPORT", "Velmar Front")}),
    ("The Velmar Front dismissed the accuses and held a rally.",
     set(), {("*", "ACCUSE", "Velmar Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "er", events_by_document, assert_events_any_target)
