"""A charge answered in a trailing apposition with no relative word, in the present ("X accused Y of Z, a charge Y
denies", "..., an accusation Y denies"): the clause is the answering actor's act on the charge (like "the town,
which X has besieged"), not a description of the charge, so Y's denial is told and answers X. And a motion defeated
in a vote ("voted down X's motion", "voted down the motion of X"): a rejection of the one who tabled it (plover.yaml REJECT
"vote down"). Negatives: a denial not made ("does not deny"), a possible one ("may deny"), a bare relative clause on
another noun ("the seats Y lost"), a vote down not made, and a vote down of a thing no actor owns. Invented names;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a charge denied in the present, in a trailing apposition with no relative word ---
    ("The Velmar Front accused the Tarsk Party of fraud, a charge the Tarsk Party denies.",
     {("Velmar Front", "ACCUSE", "Tarsk Party"), ("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front has accused the Korvath Union of arming the rebels, a charge the Korvath Union denies.",
     {("Velmar Front", "ACCUSE", "Korvath Union"), ("Korvath Union", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front accused the Tarsk Party of fraud, the charge the party denies.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    # --- the charge against the denier's own body: no one answered is read from the charged act ---
    ("She argues that the Korvath Union's intelligence service gave the Velmar Front weapons through the 2000s, a "
     "charge the Korvath Union has always rejected.", {("Korvath Union", "REJECT", None)}, set()),
    # --- negatives: the past (already told), a denial not made, a possible one, another noun's clause ---
    ("The Velmar Front accused the Tarsk Party of fraud, a charge the Tarsk Party denied.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Velmar Front accused the Tarsk Party of fraud, a charge the Tarsk Party may deny.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Tarsk Party", "REJECT", "*")}),
    ("The Velmar Front holds the seats the Tarsk Party lost.", set(), {("Tarsk Party", "*", "*")}),
    ("The Velmar Front accused the Tarsk Party of fraud, a charge the Tarsk Party would deny.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Tarsk Party", "REJECT", "*")}),
    ("The Velmar Front accused the Tarsk Party of fraud, a charge Ostrania supports.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Ostrania", "REJECT", "*")}),
    # --- another who denies: a third party answers the accuser ---
    ("Ostrania accused the Tarsk Party of fraud, a charge the Velmar Front denies.",
     {("Velmar Front", "REJECT", "Ostrania")}, set()),
    # --- a motion or bill voted down: the one who tabled it is rejected ---
    ("The Tarsk Party voted down the Velmar Front's motion.", {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Tarsk Party voted down the motion of the Velmar Front by 80 votes to 40.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    # --- negatives: no vote down, a bill no actor owns ---
    ("The Tarsk Party did not vote down the Velmar Front's motion.", set(), {("Tarsk Party", "REJECT", "Velmar Front")}),
    ("Lawmakers of the Tarsk Party voted down the budget bill.", set(), {("Tarsk Party", "REJECT", "*")}),
    ("The Tarsk Party hopes to vote down the Velmar Front's motion.", set(), {("Tarsk Party", "REJECT", "Velmar Front")}),
    ("The Tarsk Party voted down the road to the Velmar Front's office.", set(), {("Tarsk Party", "REJECT", "*")}),
    # --- a passive ---
    ("The Velmar Front's motion was voted down by the Tarsk Party.", {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "es", events_by_document, assert_events_any_target)
