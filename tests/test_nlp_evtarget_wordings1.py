"""Events told with no target though the text names it, in five ways.
(1) "whose N" as the direct object of a relative clause: what the clause acts upon is the antecedent's thing ("X,
whose plan Y rejected", "X, whose independence Y recognised", "X, whose authority Y refuses to recognise"), so its
target is X, as for "X's plan"; not a relative of kin ("X, whose brother Y backed": another person), nor one on the
clause's subject ("X, whose fighters attacked Y": X acts).
(2) A blow or capture of what "its"/"their" owns ("Y is the main opposition party. X raided its offices"): no one
raids or shells its own, so the pronoun stands for the body named before other than the striker; not a thing told as
the striker's "own", an act of its own ("launched its offensive"), a weapon it works ("fired its rockets"), nor a
whole thing when a place that is no actor is named closer ("held a rally in Dorvik. X shelled its bridges").
(3) A phrasal refusal whose object is a "which" on what was just said or asked ("X called for new elections, which Y
has ruled out", "X demanded that ..., which Y has ruled out"): it answers X, as a reply does; not a denied one, nor
another verb's; a "which" on a thing told as another's ("talks on Y's plan, which Z ruled out") or on a proposal a
third party reports ("X said Y called for talks, which Z rejected") is that one's.
(4) A pejorative label on "it"/"them" standing for what was just said ("Y denied the charge and called it
baseless", "Y rejected the demands and called them blackmail"): the party of the act it is joined to, else ("X
accused Y of ... Y called it baseless") the one who charged Y; not a denied label, a label on a named actor, a third
party's label on a charge against another, nor one on the thing of a joint act told with no owner ("signed a deal
with X and called it a betrayal").
(5) "them" for the plural noun just before it when that is a body's armed men, envoys, craft or posts with a
possessive ("X withdrew its forces after Y ordered them out"): the owner (components.owned_plural); not people no
body owns, nor the subject's own.
Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event means an
event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

R, J, S, A, C = "REQUEST", "REJECT", "SUPPORT", "ASSAULT", "COERCE"

# a body named before, told as the main one of its kind, and no other body in between
_OPP = "The Tarsk Party is the main opposition group. "
_REB = "The Korvath Union is the main rebel group in the north. "

CASES = [
    # --- (1) "whose N" as the relative clause's own object: the antecedent's thing is acted upon ---
    ("Ivo Darnel, whose authority the Velmar Front refuses to recognise, declined to comment.",
     {("Velmar Front", J, "Ivo Darnel")}, {("Velmar Front", J, None)}),
    ("Ivo Darnel, whose authority the Velmar Front has refused to recognise, declined to comment.",
     {("Velmar Front", J, "Ivo Darnel")}, {("Velmar Front", J, None)}),
    ("The Tarsk Party, whose independence Tanzania recognised in 2009, held a vote.",
     {("Tanzania", S, "Tarsk Party")}, {("Tanzania", S, None)}),
    ("The Tarsk Party, whose candidate the Velmar Front backed, lost the vote.",
     {("Velmar Front", S, "Tarsk Party")}, {("Velmar Front", S, None)}),
    ("The Tarsk Party, whose proposal the Velmar Front rejected, lost the vote.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, None)}),
    # --- negatives: a relative of kin, "whose N" as the subject (acting), a wish ---
    ("Ivo Darnel, whose brother the Velmar Front backed in 2019, lost the vote.",
     set(), {("Velmar Front", S, "Ivo Darnel")}),
    ("The Tarsk Party, whose fighters attacked the Velmar Front on Monday, lost the vote.",
     {("Tarsk Party", A, "Velmar Front")}, {("Velmar Front", A, "Tarsk Party")}),
    ("The Tarsk Party, whose independence Tanzania may recognise next year, held a vote.",
     set(), {("Tanzania", S, "Tarsk Party")}),
    ("Ivo Darnel, whose wife the Velmar Front arrested, declined to comment.",
     set(), {("Velmar Front", C, "Ivo Darnel")}),
    ("Ivo Darnel, whose house the Velmar Front raided, declined to comment.",
     {("Velmar Front", C, "Ivo Darnel")}, {("Velmar Front", C, None)}),
    ("Kenya, whose troops Tanzania asked to leave, refused.", {("Tanzania", R, "Kenya")}, {("Tanzania", R, None)}),
    # --- (2) a blow or capture of what "its"/"their" owns: the other body ---
    (_OPP + "On Monday the Velmar Front attacked its offices.",
     {("Velmar Front", A, "Tarsk Party")}, {("Velmar Front", A, None)}),
    (_OPP + "On Monday the Velmar Front raided its headquarters.",
     {("Velmar Front", C, "Tarsk Party")}, {("Velmar Front", C, None)}),
    (_OPP + "On Monday the Velmar Front arrested its leaders.",
     {("Velmar Front", C, "Tarsk Party")}, {("Velmar Front", C, None)}),
    (_REB + "On Monday the Velmar Front stormed its headquarters.",
     {("Velmar Front", A, "Korvath Union")}, {("Velmar Front", A, None)}),
    (_OPP + "On Monday the Velmar Front shelled two of its positions.",
     {("Velmar Front", A, "Tarsk Party")}, {("Velmar Front", A, None)}),
    ("The Tarsk Party and the Korvath Union are the main opposition groups. On Monday the Velmar Front raided "
     "their offices.", {("Velmar Front", C, "Tarsk Party")}, {("Velmar Front", C, None)}),
    # --- negatives: its own, an act of its own, a weapon it works, a withdrawal, a denied blow ---
    (_OPP + "On Monday the Velmar Front arrested its own commanders.",
     set(), {("Velmar Front", C, "Tarsk Party")}),
    (_OPP + "On Monday the Velmar Front launched its offensive.", set(), {("Velmar Front", A, "Tarsk Party")}),
    (_OPP + "On Monday the Velmar Front fired its rockets at the town.",
     set(), {("Velmar Front", A, "Tarsk Party")}),
    (_OPP + "The Velmar Front withdrew its fighters from the town.",
     set(), {("Velmar Front", "RETREAT", "Tarsk Party")}),
    (_OPP + "On Monday the Velmar Front did not attack its offices.", set(), {("Velmar Front", A, "Tarsk Party")}),
    # a place named after the body, no actor itself, is the closer owner of a whole thing
    ("The Tarsk Party held a rally in Dorvik. On Monday the Velmar Front shelled its bridges.",
     set(), {("Velmar Front", A, "Tarsk Party")}),
    ("The Tarsk Party held a rally in Dorvik, a town near the river. The Velmar Front shelled its bridges.",
     set(), {("Velmar Front", A, "Tarsk Party")}),
    # --- (3) a phrasal refusal of what was just asked, by "which" ---
    ("The Tarsk Party called for new elections, which the Velmar Front has ruled out.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, None)}),
    ("The Tarsk Party demanded that the monarchy be restored, which the Velmar Front has ruled out.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, None)}),
    ("The Tarsk Party proposed a referendum, which the Velmar Front turned down.",
     {("Velmar Front", J, "Tarsk Party")}, set()),
    # --- negatives: a denied refusal, a verb of no refusal ---
    ("The Tarsk Party called for new elections, which the Velmar Front has not ruled out.",
     set(), {("Velmar Front", J, "Tarsk Party")}),
    ("The Tarsk Party called for new elections, which the Velmar Front backed.",
     set(), {("Velmar Front", J, "Tarsk Party")}),
    ("The Tarsk Party called for talks, which the Velmar Front said Kenya had turned down.",
     set(), {("Velmar Front", J, "Tarsk Party")}),
    # the "which" on a thing told as another's own, or on a proposal reported by a third party: that one's
    ("Kenya hosted talks on the Tarsk Party's plan, which the Velmar Front ruled out.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, "Kenya")}),
    ("Kenya hosted talks on the Tarsk Party's plan, which the Velmar Front rejected.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, "Kenya")}),
    ("Kenya said the Tarsk Party called for talks, which the Velmar Front turned down.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, "Kenya")}),
    ("Kenya reported that the Tarsk Party had proposed a truce, which the Velmar Front rejected.",
     {("Velmar Front", J, "Tarsk Party")}, {("Velmar Front", J, "Kenya")}),
    ("Kenya said Tanzania had armed the rebels, which Tanzania denied.",
     {("Tanzania", J, "Kenya")}, {("Tanzania", J, None)}),
    # --- (4) a label on "it"/"them" for what was just said: the act it is joined to, else the one who charged ---
    ("Kenya accused Tanzania of arming rebels. Tanzania denied the charge and called it baseless.",
     {("Tanzania", "ACCUSE", "Kenya")}, {("Tanzania", "ACCUSE", None)}),
    ("Kenya accused Tanzania of arming rebels. Tanzania dismissed the charge and branded it a lie.",
     {("Tanzania", "ACCUSE", "Kenya")}, {("Tanzania", "ACCUSE", None)}),
    ("The Velmar Front issued three demands to the Tarsk Party. The Tarsk Party rejected the demands and described "
     "them as blackmail.", {("Tarsk Party", "ACCUSE", "Velmar Front")}, {("Tarsk Party", "ACCUSE", None)}),
    ("Kenya accused Tanzania of arming rebels. Tanzania called it baseless.",
     {("Tanzania", "ACCUSE", "Kenya")}, {("Tanzania", "ACCUSE", None)}),
    ("The Velmar Front accused the Tarsk Party of rigging the vote. The Tarsk Party called it slander.",
     {("Tarsk Party", "ACCUSE", "Velmar Front")}, set()),
    # --- negatives: a denied label, a label on an actor named, a charge against someone else ---
    ("Kenya accused Tanzania of arming rebels. Tanzania did not call it baseless.",
     set(), {("Tanzania", "ACCUSE", "Kenya")}),
    ("Kenya accused Tanzania of arming rebels. Tanzania denied the charge and called Uganda a liar.",
     {("Tanzania", "ACCUSE", "Uganda")}, {("Tanzania", "ACCUSE", "Kenya")}),
    ("Kenya accused Uganda of arming rebels. Tanzania called it baseless.",
     set(), {("Tanzania", "ACCUSE", "Kenya")}),
    ("Kenya accused Tanzania of arming rebels. Tanzania would never call it baseless.",
     set(), {("Tanzania", "ACCUSE", "Kenya")}),
    # the thing of a joint act is the partner's only when told as its own
    ("Tanzania signed a deal with Kenya and called it a betrayal.", set(), {("Tanzania", "ACCUSE", "Kenya")}),
    ("Tanzania held talks with Kenya and called them a failure.", set(), {("Tanzania", "ACCUSE", "Kenya")}),
    ("Tanzania accepted Kenya's offer but called it an insult.",
     {("Tanzania", "ACCUSE", "Kenya")}, {("Tanzania", "ACCUSE", None)}),
    ("Tanzania rejected the offer from Kenya and called it an insult.",
     {("Tanzania", "ACCUSE", "Kenya")}, {("Tanzania", "ACCUSE", None)}),
    # --- (5) "them" for a body's own forces, envoys or posts just named with a possessive: the owner ---
    ("France withdrew its last special forces in 2023 after the Tanzanian junta ordered them out.",
     {("Tanzania", R, "France")}, {("Tanzania", R, None)}),
    ("The Tarsk Party moved its fighters to the border, and the Velmar Front attacked them on Monday.",
     {("Velmar Front", A, "Tarsk Party")}, {("Velmar Front", A, None)}),
    ("The Velmar Front withdrew its troops and the Tarsk Party praised them.",
     {("Tarsk Party", S, "Velmar Front")}, {("Tarsk Party", S, None)}),
    ("Tanzania's fighters said Kenya had attacked them.", {("Kenya", A, "Tanzania")}, {("Kenya", A, None)}),
    # --- negatives: people no body owns, the subject's own forces ---
    ("Tanzanian police detained four activists on Monday and released them on Tuesday.",
     set(), {("Tanzania police|Tanzania", "RETREAT", "Tanzania police|Tanzania")}),
    ("The Velmar Front moved its fighters to the border and ordered them to dig in.",
     set(), {("Velmar Front", R, "Velmar Front")}),
    ("Kenya deployed its soldiers, and Tanzania's envoys praised them.", set(), {("Tanzania", S, "Tanzania")}),
    ("The Velmar Front's fighters killed three villagers and Kenya condemned them.",
     set(), {("Kenya", "ACCUSE", "Velmar Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "et", events_by_document, assert_events)
