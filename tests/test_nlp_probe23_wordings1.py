"""Events told inside interview answers: (1) a turn labelled with the speaker's name as the text gives it elsewhere
("Nkambule: The police arrested forty of our members", "Lwazi Nkambule: They raided our office"), the label's words being
no mention of their own: "our", "us", "we" in the turn stand for the body the named speaker leads or belongs to, and
"I" for the speaker; a person's "we" with no body known is no one (not the person), and a label that is no one's
name ("Q:", "Note:") or that two persons' surnames share names no one; (2) arson on another's buildings, craft or
land ("burned our fields", "torched two patrol boats of X") is an armed attack, not one's own weapons burned, tyres
at a protest or ballots. Several wordings per mechanism with negatives; all names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# an interview's introduction in one state: the speaker and the party the speaker leads or belongs to
INTRO = ("PORT VILA, June 2 - Lwazi Nkambule leads the Harlow Reform League (HRL), an opposition party in Vanuatu."
         "\n\nQ: What happened this year?\n")
MEMBER = ("PORT VILA, June 2 - Dessa Quill is a member of the Harlow Reform League (HRL), an opposition party in "
          "Vanuatu.\n\nQ: What happened this year?\n")
NOBODY = ("PORT VILA, June 2 - Dessa Quill is a farmer in Vanuatu.\n\nQ: What happened this year?\n")
HRL = "Harlow Reform League"

CASES = [
    # --- (1) a turn labelled with the speaker's surname or full name: "our"/"us" the speaker's body ---
    (INTRO + "Nkambule: The police arrested forty of our members in March.\n",
     {("*", "COERCE", HRL)}, set()),
    (INTRO + "Lwazi Nkambule: Soldiers attacked our rallies in the north twice.\n",
     {("*", "ASSAULT", HRL)}, set()),
    (INTRO + "Nkambule: The Quorrin Guard has attacked our offices for years.\n",
     {("Quorrin Guard", "ASSAULT", HRL)}, {("Quorrin Guard", "ASSAULT", "Lwazi Nkambule")}),
    (INTRO + "Nkambule: The Quorrin Guard threatened us before the vote.\n",
     {("Quorrin Guard", "THREATEN", HRL)}, set()),
    (MEMBER + "Quill: The Quorrin Guard beat two of our candidates on the coast.\n",
     {("Quorrin Guard", "ASSAULT", HRL)}, {("Quorrin Guard", "ASSAULT", "Dessa Quill")}),
    (INTRO + "Nkambule: I condemned the Quorrin Guard in a letter.\n",
     {("Lwazi Nkambule", "ACCUSE", "Quorrin Guard")}, set()),
    # negatives: a speaker tied to no body: "we" is no one (not the person); "Q:" names no one; two persons
    # sharing the label's surname; the act denied
    (NOBODY + "Quill: We thank the Quorrin Guard for its help.\n",
     set(), {("Dessa Quill", "SUPPORT", "Quorrin Guard")}),
    (INTRO + "Q: Did the Quorrin Guard attack your offices?\nNkambule: No. The Quorrin Guard never attacked our "
     "offices.\n", set(), {("Quorrin Guard", "ASSAULT", HRL)}),
    ("PORT VILA, June 2 - Ivo Marrak leads the Harlow Reform League (HRL) in Vanuatu. His cousin Tama Marrak runs a "
     "shop.\n\nQ: What happened?\nMarrak: We welcomed the Quorrin Guard to our town.\n",
     set(), {("Ivo Marrak", "SUPPORT", "Quorrin Guard"), ("Tama Marrak", "SUPPORT", "Quorrin Guard")}),
    # --- (2) arson on another's buildings, craft or land ---
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. In Vanuatu, the Quorrin Guard burned the fields of the "
     "Harlow Reform League.", {("Quorrin Guard", "ASSAULT", HRL)}, set()),
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. In Vanuatu, the Quorrin Guard torched the offices of the "
     "Harlow Reform League on Friday.", {("Quorrin Guard", "ASSAULT", HRL)}, set()),
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. The Quorrin Guard set fire to a car belonging to Ivo "
     "Marrak, who leads the Harlow Reform League.", {("Quorrin Guard", "ASSAULT|COERCE", "Ivo Marrak|" + HRL)}, set()),
    (INTRO + "Nkambule: The Quorrin Guard burned our homes in the hills.\n",
     {("Quorrin Guard", "ASSAULT", HRL)}, set()),
    # negatives: one's own weapons burned, tyres at a protest, the act denied
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. Fighters of the Quorrin Guard burned their rifles in a "
     "cave near the coast.", set(), {("Quorrin Guard", "ASSAULT", "*")}),
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. Supporters of the Harlow Reform League burned tyres "
     "outside the parliament.", set(), {(HRL, "ASSAULT", "*"), ("*", "ASSAULT", HRL)}),
    ("PORT VILA, June 2 - Vanuatu held a vote on Sunday. The Quorrin Guard did not burn the offices of the Harlow "
     "Reform League.", set(), {("Quorrin Guard", "ASSAULT", HRL)}),
]

XFAIL: dict[str, str] = {
    CASES[2][0]: "'has attacked our offices for years': the habitual perfect with 'for years' gives no event",
    CASES[11][0]: "'set fire to a car belonging to X' is COERCE's 'set fire' with no owner read through 'belonging to'",
}

extracted, test_wording = battery(CASES, XFAIL, "pa", events_by_document, assert_events)
