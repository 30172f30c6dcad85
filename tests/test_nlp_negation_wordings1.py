"""PLOVER events the text says did not happen, in wordings the negation reader missed (a first negation battery,
written before changing the event reader):

(1) a name among coordinated ones set off by a "not" of its own: "met A but not B", "A, and not B, attacked Z"
(the act on or by B is negated; "not only A but also B" keeps both);
(2) a negative phrase fronted before an inverted auxiliary: "Nor did X negotiate with Y", "Neither did X meet Y",
"At no time has X attacked Y" (not "No sooner had X signed ...", whose act is done);
(3) "neither ... nor" on the names, subject or object: "Neither A nor B attacked Z", "met neither A nor B";
(4) a clause the parser hangs on the verb right after a claim's noun: "takes note of the allegation by X that Y
has supplied weapons to Z" (not asserted);
(5) a quiz's statement to judge after a label: "Q8. TRUE OR FALSE: X has recognised Y" (asked, not told);
(6) "never again", and a "far from" gerund: "would never again take up arms", "Far from attacking X, Y withdrew";
(7) an act that the next sentence of the paragraph says never was: "A paper reported that X had met Y. The
presidency said no such meeting took place" (negated; not "No such meeting had taken place since 2019").

Events are compared with their negation: a negated event's type carries a trailing "!"; "*" any end. Invented
states, parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- (1) a coordinated name with its own "not" ---
    ("Darvel's foreign minister, Oren Matsu, visiting Torvane last week, met Ilse Varga but not Tomas Brek.",
     {("Oren Matsu", "CONSULT", "Ilse Varga")}, {("Oren Matsu", "CONSULT", "Tomas Brek")}),
    ("The Drovish army shelled the Volna Front but not the Ardo Brigade.",
     {("*", "ASSAULT", "Volna Front")}, {("*", "ASSAULT", "Ardo Brigade")}),
    ("The Ardo Brigade and not the Velmar Front attacked the Drovish army.",
     {("Ardo Brigade", "ASSAULT", "*")}, {("Velmar Front", "ASSAULT", "*")}),
    # negatives: "not only ... but also", a "not" after the first name
    ("The Drovish army attacked not only the Volna Front but also the Ardo Brigade.",
     {("*", "ASSAULT", "Volna Front"), ("*", "ASSAULT", "Ardo Brigade")}, set()),
    ("The Drovish army attacked the Volna Front, not the Ardo Brigade.",
     {("*", "ASSAULT", "Volna Front")}, set()),
    # --- (2) a fronted negative, the auxiliary before the subject ---
    ("Nor, let me say plainly, did the government of Kestra ever negotiate with the Amber Dusk Front, whatever "
     "rumours say.",
     set(), {("*", "CONSULT", "Amber Dusk Front")}),
    ("Neither did the army attack the Volna Front.",
     set(), {("*", "ASSAULT", "Volna Front")}),
    ("At no time has the Velmar Front attacked the Ardo Brigade.",
     {("Velmar Front", "ASSAULT!", "Ardo Brigade")}, {("Velmar Front", "ASSAULT", "Ardo Brigade")}),
    # negatives: an inverted clause whose act is done
    ("No sooner had the Velmar Front signed a truce with the Ardo Brigade than fighting resumed.",
     {("Velmar Front", "AGREE", "Ardo Brigade")}, set()),
    # --- (3) "neither ... nor" on the names ---
    ("Neither the Velmar Front nor the Ardo Brigade attacked the Drovish army.",
     set(), {("Velmar Front", "ASSAULT", "*"), ("Ardo Brigade", "ASSAULT", "*")}),
    ("The Drovish army met neither the Velmar Front nor the Ardo Brigade.",
     set(), {("*", "CONSULT", "Velmar Front"), ("*", "CONSULT", "Ardo Brigade")}),
    # negative: both named, both did it
    ("Both the Velmar Front and the Ardo Brigade attacked the Drovish army.",
     {("Velmar Front", "ASSAULT", "*"), ("Ardo Brigade", "ASSAULT", "*")}, set()),
    # --- (4) a claim's noun right before a "that" clause hung on the verb ---
    ("The council takes note of the allegation by the Government of Velmar that the Government of Kestra has "
     "supplied weapons to the Ardo Front.",
     set(), {("*", "AID", "Ardo Front")}),
    # negative: a report the council makes its own
    ("The council took note of the report and said that Kestra had supplied weapons to the Ardo Front.",
     {("Kestra", "AID", "Ardo Front")}, set()),
    # --- (5) a quiz's statement to judge ---
    ("QUIZ NIGHT\nQ8. TRUE OR FALSE: Russia has formally recognised the Velmar Front.\nANSWER: FALSE.",
     set(), {("Russia", "SUPPORT", "*")}),
    ("QUIZ NIGHT\n3) Fact or fiction: Kestra armed the Velmar Front in 2020.\nAnswer: fiction.",
     set(), {("Kestra", "AID", "*")}),
    # negative: a note's label tells
    ("QUIZ NIGHT\nNote: Kestra armed the Velmar Front in 2020.",
     {("Kestra", "AID", "Velmar Front")}, set()),
    # --- (6) "never again", "far from" ---
    ("Pemberu said during the campaign that the Karst Party would \"never again take up arms against the Velmar "
     "state\".",
     set(), {("Karst Party", "MOBILIZE", "*")}),
    ("Far from attacking the Karst Front, the Velmar army withdrew.",
     set(), {("*", "ASSAULT", "Karst Front")}),
    # negatives: a repeat told as done; "far from" a place
    ("The Karst Front attacked the Velmar army again on Monday.",
     {("Karst Front", "ASSAULT", "*")}, set()),
    ("Far from the capital, the Velmar army attacked the Karst Front.",
     {("*", "ASSAULT", "Karst Front")}, set()),
    # --- (7) the next sentence says no such act took place ---
    ("A pro-government newspaper reported that President Sela Marn had met Oskar Vell, the leader of the Karst "
     "Front, in Doha. The presidency said no such meeting took place.",
     {("Sela Marn", "CONSULT!", "Oskar Vell")}, {("Sela Marn", "CONSULT", "Oskar Vell")}),
    # negatives: a comparison with the past; a refutation of another kind of act
    ("The Karst Front met the Velmar government in Doha on Monday. No such meeting had taken place since 2019.",
     {("Karst Front", "CONSULT", "*")}, {("Karst Front", "CONSULT!", "*")}),
    ("A pro-government newspaper reported that President Sela Marn had met Oskar Vell, the leader of the Karst "
     "Front, in Doha. The army said no such attack took place.",
     {("Sela Marn", "CONSULT", "Oskar Vell")}, {("Sela Marn", "CONSULT!", "Oskar Vell")}),
]

XFAIL: dict[str, str] = {}

extracted, test_wording = battery(CASES, XFAIL, "ng1_", events_marked_by_document, check_events)
