"""The party a pledge or a deployment is for, named only inside its complement: a promise or offer (plover.yaml offers,
complement_pledges) whose infinitive or that-clause, or a mobilisation whose purpose infinitive, names one other
actor as the object of a party preposition (complement_party_preps), else as an object or a modifier of one:
"offered to absorb 4,000 X fighters", "pledged that its deputies would stand with X", "promised that its soil would
never be used against X's security", "sent troops to fight for X", "will deploy engineers to help rebuild Xian
posts": X is the target, where the event had none ("to keep X in the coalition with Y": Y). Negatives: a subject of
the complement (the pledger's own side), a possessive pronoun, a place the act happens in, a body a force is sent to
train (an aid to it), a front it reinforces, a negated deployment, a wish (no pledge), a pledge told of another
body, a denied complement ("pledged not to campaign alongside X"; but "would never be used against X" is for X),
"against" in a pledge's act that is not denied, the owner of what a pledge is for ("elections for X's leadership"),
a passive whose source is not read. Invented names; end to end with the real English pipeline. A target of None in
a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a deployment whose purpose names the party it is for ---
    ("The Drunmoor Union has sent about 3,000 fighters to fight for the Quorvel Front in the north.",
     {("Drunmoor Union", "MOBILIZE", "Quorvel Front")}, {("Drunmoor Union", "MOBILIZE", None)}),
    ("The Drunmoor Union deployed two battalions to fight alongside the Pellith Party near the border.",
     {("Drunmoor Union", "MOBILIZE", "Pellith Party")}, {("Drunmoor Union", "MOBILIZE", None)}),
    ("Ostria will deploy 200 military engineers to help rebuild the Quorvel Front's border posts.",
     {("Ostria", "MOBILIZE", "Quorvel Front")}, {("Ostria", "MOBILIZE", None)}),
    # --- a pledge whose complement names the party ---
    ("In a speech on Sunday, Tomas Ivel pledged that the Hasvik Front would stand with the Free Dawn Party in every "
     "vote.", {("Tomas Ivel", "AGREE|SUPPORT", "Free Dawn Party")}, {("Tomas Ivel", "AGREE|SUPPORT", None)}),
    ("Mara Tellen promised that Norvalian territory would never be used against the Drunmoor Union's security.",
     {("Mara Tellen", "AGREE", "Drunmoor Union")}, {("Mara Tellen", "AGREE", None)}),
    ("President Dara Quin offered to absorb 4,000 Hasvik Front fighters into the army.",
     {("Dara Quin", "AGREE", "Hasvik Front")}, {("Dara Quin", "AGREE", None)}),
    ("The Pellith Party pledged to campaign alongside the Quorvel Front in the north.",
     {("Pellith Party", "AGREE", "Quorvel Front")}, {("Pellith Party", "AGREE", None)}),
    ("The Drunmoor Union has promised to rebuild the Pellith Party's offices in the capital.",
     {("Drunmoor Union", "AGREE", "Pellith Party")}, {("Drunmoor Union", "AGREE", None)}),
    ("The new chairwoman of the Pellith Party, Ana Sorel, pledged to keep the party in the governing coalition with "
     "the Hasvik Union.", {("Ana Sorel|Pellith Party", "AGREE", "Hasvik Union")},
     {("Ana Sorel|Pellith Party", "AGREE", "Pellith Party")}),
    # --- negatives: the complement's own subject, a pronoun, a place, a negation, a wish, another body ---
    ("Tomas Ivel pledged that the Free Dawn Party would win the vote.",
     set(), {("Tomas Ivel", "AGREE|SUPPORT", "Free Dawn Party")}),
    ("The Quorvel Front lost its offices in the fire. The Pellith Party promised to rebuild their offices.",
     set(), {("Pellith Party", "AGREE", "Quorvel Front")}),
    ("The Drunmoor Union has sent about 3,000 fighters to fight in the north, the Quorvel Front said.",
     set(), {("Drunmoor Union", "MOBILIZE", "Quorvel Front")}),
    ("The Quorvel Front pledged to hold talks in the Pellith Party's headquarters next year.",
     set(), {("Quorvel Front", "AGREE", "Pellith Party")}),
    ("The Drunmoor Union will send 400 officers to train and support the Pellith Police Force and its Rapid "
     "Response Unit.", set(), {("Drunmoor Union", "MOBILIZE", "Rapid Response Unit|Pellith Police Force")}),
    ("The Drunmoor Union sent two battalions to reinforce the Tovrin front overnight.",
     set(), {("Drunmoor Union", "MOBILIZE", "Tovrin|Tovrin front")}),
    ("The Drunmoor Union did not send fighters to fight for the Quorvel Front.",
     set(), {("Drunmoor Union", "MOBILIZE", "Quorvel Front")}),
    ("The Pellith Party hopes to campaign alongside the Quorvel Front.",
     set(), {("Pellith Party", "AGREE", "Quorvel Front")}),
    ("The Pellith Party said the Drunmoor Union had promised to fight for the Quorvel Front.",
     set(), {("Pellith Party", "AGREE", "Quorvel Front")}),
    # --- a deployment against the party is aimed at it; a list, a relative clause and reported speech keep it ---
    ("The Drunmoor Union sent troops to fight against the Quorvel Front.",
     {("Drunmoor Union", "MOBILIZE", "Quorvel Front")}, {("Drunmoor Union", "MOBILIZE", None)}),
    ("Tomas Ivel pledged to campaign alongside the Free Dawn Party and the Hasvik Front.",
     {("Tomas Ivel", "AGREE", "Free Dawn Party"), ("Tomas Ivel", "AGREE", "Hasvik Front")}, set()),
    ("Tomas Ivel, who pledged to campaign alongside the Free Dawn Party, resigned.",
     {("Tomas Ivel", "AGREE", "Free Dawn Party")}, set()),
    ("The Hasvik Front said Tomas Ivel had promised to campaign alongside the Free Dawn Party.",
     {("Tomas Ivel", "AGREE", "Free Dawn Party")}, {("Hasvik Front", "AGREE", "Free Dawn Party")}),
    # --- negatives: a denied complement, "against" in a pledge, the owner of what it is for, a passive whose
    # source is not read ---
    ("Tomas Ivel pledged not to campaign alongside the Free Dawn Party.",
     set(), {("Tomas Ivel", "AGREE", "Free Dawn Party")}),
    ("Tomas Ivel pledged that the Hasvik Front would never stand with the Free Dawn Party.",
     set(), {("Tomas Ivel", "AGREE|SUPPORT", "Free Dawn Party")}),
    ("Tomas Ivel pledged that his troops would fight against the Free Dawn Party.",
     set(), {("Tomas Ivel", "AGREE", "Free Dawn Party")}),
    ("Tomas Ivel promised to hold elections for the Free Dawn Party's leadership.",
     set(), {("Tomas Ivel", "AGREE", "Free Dawn Party")}),
    ("Troops were sent by Ostria to fight against the Quorvel Front.",
     set(), {("*", "MOBILIZE", "Quorvel Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eh", events_by_document, assert_events)
