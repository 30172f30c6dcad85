"""PLOVER events the text says did not happen (or only offered), in wordings the negation reader missed (a second
negation battery, written before changing the event reader):

(1) a negated verb of an attempt or an initiative over the act's infinitive: "has not moved to expel X", "did not
manage to sign a deal with Y", "never dared to attack Z", "did not bother to consult W" (the act, negated; "moved
to expel X", "managed to sign" tell it done);
(2) a verb joined to one whose subject says no one did it shares that subject: "no member was detained or
questioned", "nobody attacked or threatened X" (both denied; a clause with its own subject after "but" is not, nor a verb past
the close of a quotation);
(3) an offer of a deployment is an offer (AGREE) to the one it would help, not a mobilisation: "X offered to send
patrol boats, but no vessel has arrived" ("pledged to deploy troops" stays a mobilisation announced);
(4) an inability over the act's infinitive: "was unable to reach an agreement with X" (negated; "was able to" is
done);
(5) "is yet to" is no act scheduled ("is to sign"), but one not done so far: "X is yet to sign the accord with Y"
(negated, no refusal), as "has yet to sign" is.

Events are compared with their negation: a negated event's type carries a trailing "!"; "*" any end. Invented
states, parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

HOME = "DARVEL CITY, May 3 - Darvel's parliament met on Monday. "
COAST = "SORVIK, May 3 - Talvia's coast guard lost two boats to pirates this month. In Talvia, fishermen are afraid. "

CASES = [
    # --- (1) a negated attempt or initiative ---
    (HOME + "Prime Minister Oren Matsu has not moved to expel Ilse Varga from the party.",
     {("Oren Matsu", "SANCTION!", "Ilse Varga")}, {("Oren Matsu", "SANCTION", "Ilse Varga")}),
    (HOME + "The Velmar Front did not manage to sign a deal with the Ardo Brigade.",
     {("Velmar Front", "AGREE!", "Ardo Brigade")}, {("Velmar Front", "AGREE", "Ardo Brigade")}),
    (HOME + "The Velmar Front never dared to attack the Ardo Brigade.",
     {("Velmar Front", "ASSAULT!", "Ardo Brigade")}, {("Velmar Front", "ASSAULT", "Ardo Brigade")}),
    (HOME + "Oren Matsu did not bother to consult Ilse Varga.",
     set(), {("Oren Matsu", "CONSULT", "Ilse Varga")}),
    # negatives: the initiative told as done; a second act after "but"
    (HOME + "Oren Matsu moved to expel Ilse Varga from the party.",
     {("Oren Matsu", "SANCTION", "Ilse Varga")}, set()),
    (HOME + "The Velmar Front managed to sign a deal with the Ardo Brigade.",
     {("Velmar Front", "AGREE", "Ardo Brigade")}, set()),
    (HOME + "Oren Matsu did not manage to meet Ilse Varga, but he met Tomas Brek.",
     {("Oren Matsu", "CONSULT", "Tomas Brek")}, {("Oren Matsu", "CONSULT", "Ilse Varga")}),
    # --- (2) a no-one subject shared by joined verbs ---
    (HOME + "No member of the Velmar Front was detained or questioned by the police.",
     set(), {("*", "COERCE", "Velmar Front"), ("*", "ACCUSE", "Velmar Front")}),
    (HOME + "Nobody attacked or threatened the Velmar Front.",
     set(), {("*", "ASSAULT", "Velmar Front"), ("*", "THREATEN", "Velmar Front")}),
    # negatives: a clause of its own after "but"; a subject that names who did it
    (HOME + "No member of the Velmar Front was detained, but the army shelled the Ardo Brigade.",
     {("*", "ASSAULT", "Ardo Brigade")}, {("*", "COERCE", "Velmar Front")}),
    (HOME + "Talvia's police arrested two members of the Velmar Front and questioned them.",
     {("*", "COERCE", "Velmar Front")}, set()),
    # negative: a verb past the close of a quotation whose subject is no one (the parser may join the two)
    (HOME + "The Velmar Front's chairman, Oren Matsu, said on Thursday that \"no unit of the Front had anything to "
     "do with\" the attack and offered to help the Ardo Brigade.",
     {("Oren Matsu", "AGREE", "Ardo Brigade")}, set()),
    # --- (3) an offer of a deployment ---
    (COAST + "The Republic of Kestra, which has a defence pact with Talvia, offered to send patrol boats, but no "
     "Kestran vessel has arrived yet.",
     {("Kestra", "AGREE", "Talvia")}, {("Kestra", "MOBILIZE", "*")}),
    (HOME + "The Velmar Front offered to send fighters to help the Ardo Brigade.",
     set(), {("Velmar Front", "MOBILIZE", "*")}),
    # negatives: a deployment pledged, or made
    (HOME + "Kestra pledged to deploy troops to Darvel.",
     {("Kestra", "MOBILIZE", "*")}, set()),
    (HOME + "Kestra deployed troops to Darvel.",
     {("Kestra", "MOBILIZE", "*")}, set()),
    # --- (4) an inability ---
    (HOME + "The Velmar Front was unable to reach an agreement with the Ardo Brigade.",
     {("Velmar Front", "AGREE!", "Ardo Brigade")}, {("Velmar Front", "AGREE", "Ardo Brigade")}),
    (HOME + "The Velmar Front was unable to attack the Ardo Brigade.",
     set(), {("Velmar Front", "ASSAULT", "Ardo Brigade")}),
    # negative: able to
    (HOME + "The Velmar Front was able to reach an agreement with the Ardo Brigade.",
     {("Velmar Front", "AGREE", "Ardo Brigade")}, set()),
    # --- (5) "is yet to" ---
    (HOME + "The Velmar Front is yet to sign the accord with the Ardo Brigade.",
     {("Velmar Front", "AGREE!", "Ardo Brigade")}, {("Velmar Front", "REJECT", "Ardo Brigade")}),
    (HOME + "The Velmar Front is yet to attack the Ardo Brigade.",
     {("Velmar Front", "ASSAULT!", "Ardo Brigade")}, {("Velmar Front", "ASSAULT", "Ardo Brigade")}),
    # negatives: "has yet to"; a hostile act scheduled with "be to" stays a threat
    (HOME + "The Velmar Front has yet to sign the accord with the Ardo Brigade.",
     {("Velmar Front", "AGREE!", "Ardo Brigade")}, {("Velmar Front", "REJECT", "Ardo Brigade")}),
    (HOME + "The Velmar Front is to attack the Ardo Brigade on Friday, its commander said.",
     {("Velmar Front", "THREATEN", "Ardo Brigade")}, set()),
]

XFAIL: dict[str, str] = {}

extracted, test_wording = battery(CASES, XFAIL, "ng2_", events_marked_by_document, check_events)
