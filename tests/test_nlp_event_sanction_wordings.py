"""Sanctions, judgments and withdrawals told in the passive or with a particle (a battery written for the events2
round): an agentless judgment acts on its subject ("X was sentenced to prison", "... to five years in prison"; only a
stance participle's "to" phrase makes its subject the one who acts: "X is opposed to Y"), "as were Y" repeats a
passive act on Y, an agentless judgment is no act of a state whose sanctions the text told before (plover.yaml
judicial_verbs), ground handed back to the one named after "to" hung on "back" (plover.yaml particle_heads, "hand
back >to"), a body's activities, registration or licence suspended or frozen by another (SANCTION on the owner), a
vote said to be rigged or stolen (the speaker's ACCUSE against the one named as rigging it, or no one).

Negatives give no event: a body that suspends its own activities, a referee suspending a match, a prison term handed
down (no handover), someone deported or invited or returning (acted upon, or travel), a denial, a refusal in the future
(REJECT, no handover), a passive whose subject the reader takes as the actor ("was expelled from Y, as was Z"), a
fraud told in the writer's own words, denied, foretold or of no vote ("stole the ballot boxes", "stolen its ideas",
"the results of the survey", "the match result").

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end (None included).
Real states and invented parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

PERU = "Peru|Peruvian police|Peru police|Peruvian government"
MALI = "Mali|Malian army|Mali military"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- an agentless judgment acts on its subject ---
    ("Anna Drozd, the leader of the Quarrow Party, was sentenced to five years in prison in March.",
     {("*", "SANCTION", "Anna Drozd")}, {("Anna Drozd", "*", "*")}),
    ("Piet Tessin was sentenced to prison in 2025 for insulting the president.",
     {("*", "SANCTION", "Piet Tessin")}, {("Piet Tessin", "*", "*")}),
    ("The Quarrow Party said Anna Drozd had been sentenced to prison.", {("*", "SANCTION", "Anna Drozd")}, set()),
    ("The former leader of the Quarrow Party, Anna Drozd, was sentenced to prison in 2019.",
     {("*", "SANCTION", "Anna Drozd")}, set()),
    # --- "as were Y": the passive act repeated on Y ---
    ("Anna Drozd was sentenced to prison in May, as were two leaders of the Quarrow Party.",
     {("*", "SANCTION", "Anna Drozd"), ("*", "SANCTION", "Quarrow Party")}, set()),
    ("Anna Drozd was arrested by Peruvian police on Monday, as was Piet Tessin.",
     {(PERU, "COERCE", "Anna Drozd"), (PERU, "COERCE", "Piet Tessin")}, {("Anna Drozd", "*", "Piet Tessin")}),
    # --- an agentless judgment is no earlier sanctioning state's act ---
    ("Peru sanctioned the Vorn Front in 2024. Anna Drozd, a Chilean lawyer, was convicted in absentia in 2025.",
     {("Peru", "SANCTION", "Vorn Front"), ("*", "SANCTION", "Anna Drozd")}, {("Peru", "SANCTION", "Anna Drozd")}),
    ("The United States imposed sanctions on the Vorn Front in March. Three months later, Piet Tessin was sentenced "
     "to life in prison.",
     {("*", "SANCTION", "Piet Tessin")}, {("United States", "SANCTION", "Piet Tessin")}),
    # --- ground handed back: the "to" hung on "back" ---
    ("The Vorn Front handed the mining town of Ostrava back to the Malian army after talks.",
     {("Vorn Front", "RETREAT", MALI)}, set()),
    ("The Vorn Front handed the checkpoint back to the Malian army.", {("Vorn Front", "RETREAT", MALI)}, set()),
    # --- a body's activities, registration or licence suspended by another ---
    ("The government of Peru suspended all the activities of the Quarrow Party in May.",
     {(PERU, "SANCTION", "Quarrow Party")}, set()),
    ("Peru froze the registration of the Quarrow Party.", {(PERU, "SANCTION", "Quarrow Party")}, set()),
    ("Peru suspended the Quarrow Party's licence.", {(PERU, "SANCTION", "Quarrow Party")}, set()),
    ("The Quarrow Party, which Anna Drozd leads, was barred from the election after the government of Peru suspended "
     "all its activities.", {(PERU, "SANCTION", "Quarrow Party")}, set()),
    # --- vote fraud in a speaker's words is the speaker's charge (plover.yaml fraud_verbs, fraud_objects) ---
    ("The Quarrow Party said the election had been rigged.", {("Quarrow Party", "ACCUSE", "*")}, set()),
    ("The Quarrow Party claimed the vote was stolen by the ruling Halberd Front.",
     {("Quarrow Party", "ACCUSE", "Halberd Front")}, set()),
    ("Anna Drozd said the Halberd Front had rigged the count.", {("Anna Drozd", "ACCUSE", "Halberd Front")}, set()),
    # --- troops moved, in a speaker's words: the troops' own side moves them ---
    ("The Minister reported that 2,300 Malian troops had been moved to the northern sector since August.",
     {(MALI, "MOBILIZE", "*")}, {("*", "MOBILIZE", MALI)}),
    ("The Peruvian minister said 4,000 troops had been moved to the border.", {(PERU, "MOBILIZE", "*")}, set()),
    # --- negatives ---
    ("The Halberd Front rigged the election.", set(), {("*", "ACCUSE", "*")}),
    ("The Quarrow Party said the election had not been rigged.", set(), {("*", "ACCUSE", "*")}),
    ("The Quarrow Party denied that the election had been rigged.", set(), {("*", "ACCUSE", "*")}),
    ("Anna Drozd said there was no evidence that the vote was rigged.", set(), {("*", "ACCUSE", "*")}),
    ("The Quarrow Party said thieves had stolen the ballot boxes.", set(), {("*", "ACCUSE", "*")}),
    ("The Quarrow Party said the Halberd Front had stolen its ideas.", set(), {("*", "ACCUSE", "*")}),
    ("The Quarrow Party said the election would be rigged.", set(), {("*", "ACCUSE", "*")}),
    # a count of something other than a vote: no fraud charge (plover.yaml fraud_count_objects)
    ("Anna Drozd said the results of the survey had been manipulated by the Halberd Front.", set(),
     {("*", "ACCUSE", "*")}),
    ("The Quarrow Party said the match result had been manipulated.", set(), {("*", "ACCUSE", "*")}),
    ("Anna Drozd said the election results had been falsified by the Halberd Front.",
     {("Anna Drozd", "ACCUSE", "Halberd Front")}, set()),
    ("The Quarrow Party suspended its activities after the vote.", set(), {("*", "SANCTION", "*")}),
    ("Piet Tessin suspended his political activity in January.", set(), {("*", "SANCTION", "*")}),
    ("The referee suspended the match after a brawl.", set(), {("*", "SANCTION", "*")}),
    ("A court in the capital handed a prison term to Anna Drozd.", set(), {("*", "RETREAT", "*")}),
    ("The Quarrow Party is opposed to the new constitution.", set(), {("Quarrow Party", "*", "*")}),
    ("Anna Drozd was deported to Peru.", set(), {("Anna Drozd", "*", "*")}),
    ("The Quarrow Party was invited to the talks in Lima.", set(), {("Quarrow Party", "REQUEST", "*")}),
    ("Anna Drozd returned to Peru in May.", set(), {("*", "RETREAT", "*")}),
    ("Anna Drozd was not sentenced to prison.", set(), {("*", "SANCTION", "*")}),
    ("Peru will never hand the province back to Bolivia.", set(), {("*", "RETREAT", "*")}),
    ("The Vorn Front did not hand the town back to the Malian army.", set(), {("*", "RETREAT", "*")}),
    ("The Vorn Front was expelled from the coalition, as was the Quarrow Party.", set(),
     {("Vorn Front", "*", "Quarrow Party")}),
]

XFAIL: dict[str, str] = {
    "The former leader of the Quarrow Party, Anna Drozd, was sentenced to prison in 2019.":
        "target: the subject 'the former leader of X, Y' is read as X, not as the person set off in apposition",
    "The Quarrow Party, which Anna Drozd leads, was barred from the election after the government of Peru suspended "
    "all its activities.":
        "target: the possessive 'its' on the object is not resolved to the body named at the head of the sentence",
}


extracted, test_wording = battery(CASES, XFAIL, "sa", events_by_document, check_events)
