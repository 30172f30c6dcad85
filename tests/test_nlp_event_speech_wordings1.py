"""Verbal acts the event reader missed entirely, in wordings written for this battery (invented names, own wording):

- a label that names a vote or a decision a wrong done by its makers (plover.yaml wrong_labels: "called the vote a
  fraud", "called the ruling a coup", "called the expulsion political persecution") is a charge (ACCUSE) against
  whoever voted or decided, kept when the text names no maker; it is no rejection of a proposal, as another
  pejorative on a demand still is ("called the demand unacceptable");
- scorn poured on another or on another's acts (plover.yaml ACCUSE verbs: "mocked", "ridiculed", "derided",
  "vilified") is a charge; scorn denied is none;
- an act ranked by an ordinal with no noun to carry it ("X was the first to congratulate Y", "X was among the first
  to congratulate Y", "X was among the first countries to recognise Y": nlp/events.py ``_ordinal_copula``) is done
  by the copula's subject, no plan or purpose ("X is to congratulate Y" stays a plan);
- a contact or courtesy told in the simple past after the pluperfect of an adverbial clause ("X conceded before the
  commission had declared any result, and telephoned Y": nlp/events.py ``_past_after_pluperfect_clause``) is the
  main subject's, not the clause subject's; a blow or an arrest so told stays in the clause ("after the troops had
  shelled the village and stormed the offices").

Real states and invented parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a vote or decision labelled a wrong: a charge against its makers, or against no one named ---
    ("Ghana's parliament voted on Monday to remove President Kofi Asante. Asante called the vote a coup.",
     {("Kofi Asante", "ACCUSE", "*")}, {("Kofi Asante", "REJECT", "*")}),
    ("The Ghanaian Senate expelled the opposition senator Kwame Ofori on Tuesday; he called the vote political "
     "persecution.", {("Kwame Ofori", "ACCUSE", "*")}, {("Kwame Ofori", "REJECT", "*")}),
    ("The opposition Lantern Party of Ghana called the vote a fraud and urged a boycott.",
     {("Lantern Party", "ACCUSE", None)}, {("Lantern Party", "REJECT", "*")}),
    ("Togo's government raised fuel prices on Monday. The Copper Union called the decision a betrayal of the poor.",
     {("Copper Union", "ACCUSE", "Togo")}, {("Copper Union", "REJECT", "*")}),
    ("Chile's Supreme Court struck down the amendment. The Dawn Movement described the ruling as a judicial coup.",
     {("Dawn Movement", "ACCUSE", "*")}, {("Dawn Movement", "REJECT", "*")}),
    # another pejorative on a demand still rejects it
    ("The Lantern Party of Ghana called the demand unacceptable.", {("Lantern Party", "REJECT", "*")},
     {("Lantern Party", "ACCUSE", "*")}),
    # the label refused or denied: no charge told as done
    ("The Copper Union of Togo did not call the vote a fraud.", set(), {("Copper Union", "ACCUSE", "*")}),
    # --- scorn is a charge ---
    ("The Harvest Brigades mocked the government of Ghana.", {("Harvest Brigades", "ACCUSE", "Ghana")}, set()),
    ("Ghana's president ridiculed Togo's claims about the border.", {("Ghana", "ACCUSE", "Togo")}, set()),
    ("The Iron Front derided the Ghanaian army as a paper tiger.",
     {("Iron Front", "ACCUSE", "Ghana|Ghana military")}, set()),
    ("Peru's foreign minister vilified Chile in a speech to the Congress.", {("Peru", "ACCUSE", "Chile")}, set()),
    # scorn denied: no charge told as done
    ("Peru did not mock Chile.", set(), {("Peru", "ACCUSE", "Chile")}),
    # --- an act ranked by an ordinal, no noun carrying it ---
    ("Ghana's President Kofi Mensah was the first to congratulate Togo's President Edem Kodjo.",
     {("Kofi Mensah", "SUPPORT", "Edem Kodjo")}, set()),
    ("Ghana's President Kofi Mensah was among the first to congratulate Togo's President Edem Kodjo.",
     {("Kofi Mensah", "SUPPORT", "Edem Kodjo")}, set()),
    ("Peru's President Rosa Quispe was among the first leaders to congratulate Chile's President Tomas Vial.",
     {("Rosa Quispe", "SUPPORT", "Tomas Vial")}, set()),
    ("Ghana was among the first countries to recognise the new government of Togo.",
     {("Ghana", "SUPPORT", "Togo")}, set()),
    # a plan, a readiness, a ranking denied: no act told as done
    ("Ghana's President Kofi Mensah is to congratulate Togo's President Edem Kodjo.", set(),
     {("Kofi Mensah", "SUPPORT", "*")}),
    ("Ghana was not among the first to congratulate Togo's President Edem Kodjo.", set(),
     {("Ghana", "SUPPORT", "*")}),
    ("Ghana will be the first to congratulate Togo's President Edem Kodjo if he wins.", set(),
     {("Ghana", "SUPPORT", "*")}),
    # --- a contact after the pluperfect of an adverbial clause: the main subject's ---
    ("ACCRA, Dec 9 - The Lantern Party's candidate, Ama Boateng, conceded the next morning, before the Electoral "
     "Commission had declared any result, and telephoned Kwesi Darko to congratulate him.",
     {("Ama Boateng", "CONSULT|SUPPORT", "Kwesi Darko")}, {("Electoral Commission", "*", "*")}),
    ("LIMA, Dec 9 - Rosa Quispe conceded before the electoral board had finished counting the ballots and phoned "
     "Tomas Vial to congratulate him.",
     {("Rosa Quispe", "CONSULT|SUPPORT", "Tomas Vial")}, set()),
    # a blow or an arrest after the pluperfect stays the clause subject's
    ("ACCRA, Dec 9 - Ama Boateng resigned after Ghanaian troops had shelled the village and stormed the Lantern "
     "Party offices.", set(), {("Ama Boateng", "ASSAULT", "*")}),
    ("ACCRA, Dec 9 - Ama Boateng left the hall before the Ghanaian police had arrested the protesters and charged "
     "Kwesi Darko.", set(), {("Ama Boateng", "ACCUSE", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sp1", events_by_document, assert_events_any_target)
