"""Events told with no target, where the sentence says whom the act is aimed at or says no act of that type was done:
a rejection conjoined to a charge its own subject makes is aimed at the one charged ("rejected the figures and
accused X of ..."; not a denial, which answers whoever made the charge); riot-control means fired or used on people
are coercion, no armed attack ("fired tear gas at X's supporters"); "fired back, saying ..." is a retort in words,
no blow; "has not yet approved X" is a decision still pending, no refusal; "declined to give a figure", "declined to
be interviewed" keep words from the press and reject no one. Negatives: a denial conjoined to a charge, a rejection
with no charge beside it, real fire, a refusal of a party's offer, and acts that must stay target-less ("gunmen
attacked a checkpoint", "thousands protested"). Invented names; end to end with the real English pipeline. A target
of None in a wanted event means the event is there with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a rejection joined to its subject's charge: aimed at the one charged ---
    ("The Pellmar Front rejected the official figures and accused the Tolvresk Electoral Board of altering tally "
     "sheets.", {("Pellmar Front", "REJECT", "Tolvresk Electoral Board")}, set()),
    ("The Ostrevan Union rejected the new clause on Monday and accused the Pellmar Front of drafting it in secret.",
     {("Ostrevan Union", "REJECT", "Pellmar Front")}, set()),
    ("The Pellmar Front accused the Ostrevan Union of fraud and rejected the count.",
     {("Pellmar Front", "REJECT", "Ostrevan Union")}, set()),
    ("Senator Ilka Marovane dismissed the report and accused the Ostrevan Union of lying.",
     {("Ilka Marovane", "REJECT", "Ostrevan Union")}, set()),
    # a denial, or a rejection of the charge itself, answers the accuser, not the one it then accuses
    ("The Pellmar Front denied killing prisoners and accused the Ostrevan Union of spreading lies.",
     {("Pellmar Front", "ACCUSE", "Ostrevan Union")}, {("Pellmar Front", "REJECT", "Ostrevan Union")}),
    ("The Pellmar Front rejected the charge and accused the Ostrevan Union of spreading lies.",
     {("Pellmar Front", "ACCUSE", "Ostrevan Union")}, {("Pellmar Front", "REJECT", "Ostrevan Union")}),
    # no charge beside it: the rejection keeps no target
    ("The Pellmar Front rejected the results and called for a recount.",
     {("Pellmar Front", "REJECT", None)}, set()),
    # --- riot-control means: coercion, no assault ---
    ("Officers of the Tolvresk police fired tear gas at supporters of the Pellmar Front.",
     {("Tolvresk police|Tolvresk", "COERCE", "Pellmar Front")}, {("*", "ASSAULT", "*")}),
    ("Riot police used water cannon on members of the Ostrevan Union.",
     {("*", "COERCE", "Ostrevan Union")}, {("*", "ASSAULT", "*")}),
    ("The Tolvresk army fired rubber bullets at members of the Ostrevan Union.",
     {("Tolvresk|Tolvresk army", "COERCE", "Ostrevan Union")}, {("*", "ASSAULT", "*")}),
    ("The Tolvresk army fired tear gas to disperse the crowd.", set(), {("*", "ASSAULT", "*")}),
    # real fire stays an attack
    ("The Tolvresk army fired rockets at positions of the Pellmar Front.",
     {("Tolvresk|Tolvresk army", "ASSAULT", "Pellmar Front")}, {("*", "COERCE", "*")}),
    ("Gunmen fired on a checkpoint of the Tolvresk army.", {("*", "ASSAULT", "Tolvresk|Tolvresk army")}, set()),
    # --- a retort in words, no blow ---
    ("The office of Senator Ilka Marovane fired back, saying the claims were false.", set(), {("*", "ASSAULT", "*")}),
    ("The Pellmar Front hit back, calling the report a smear.", set(), {("*", "ASSAULT", "*")}),
    ("Members of the Pellmar Front fired back across the border.", {("Pellmar Front", "ASSAULT", None)}, set()),
    ("The Pellmar Front fired back at the Tolvresk army, killing two soldiers.",
     {("Pellmar Front", "ASSAULT", "Tolvresk|Tolvresk army")}, set()),
    # --- a decision still pending: no refusal ---
    ("The Dessov Development Fund has not yet approved the grant for the Pellmar Front.",
     set(), {("*", "REJECT", "*")}),
    ("The Ostrevan Union has not yet accepted the offer of the Pellmar Front.", set(), {("*", "REJECT", "*")}),
    ("The Ostrevan Union did not accept the offer of the Pellmar Front.",
     {("Ostrevan Union", "REJECT", "Pellmar Front")}, set()),
    ("The Tolvresk parliament has not approved the deal with the Pellmar Front.",
     {("Tolvresk parliament|Tolvresk", "REJECT", "Pellmar Front")}, set()),
    # --- information or an interview kept from the press: no rejection of any party ---
    ("Arvo Tessin of the Pellmar Front declined to give a figure.", set(), {("*", "REJECT", "*")}),
    ("Arvo Tessin of the Pellmar Front declined to be interviewed for this article.", set(), {("*", "REJECT", "*")}),
    ("The Tolvresk defence minister refused to publish the list of targets.", set(), {("*", "REJECT", "*")}),
    ("Arvo Tessin of the Pellmar Front declined to give details of the deal.", set(), {("*", "REJECT", "*")}),
    ("The Ostrevan Union refused to unload the ship.", {("Ostrevan Union", "REJECT", None)}, set()),
    ("The Ostrevan Union declined the invitation of the Pellmar Front.",
     {("Ostrevan Union", "REJECT", "Pellmar Front")}, set()),
    # --- acts that stay target-less: no one named is acted upon ---
    ("Gunmen attacked a checkpoint near Dessov on Sunday.", set(), {("*", "ASSAULT", "*")}),
    ("Thousands protested in Dessov on Sunday.", set(), {("*", "PROTEST", "*")}),
    # --- found in review: refusals and return fire that stay events; a rejected thing that names its own party ---
    ("The Dorvik Front declined to sign the document.", {("Dorvik Front", "REJECT", None)}, set()),
    ("Gunmen of the Dorvik Front attacked a Velnian army checkpoint. Velnian troops fired back, saying they had come "
     "under heavy fire.", {("Velnia military", "ASSAULT", None)}, set()),
    ("The Dorvik Front rejected the truce, which Karvonia had drafted, and accused the Pell Brigade of breaking it.",
     set(), {("Dorvik Front", "REJECT", "Pell Brigade")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "nt", events_by_document, assert_events_any_target)
