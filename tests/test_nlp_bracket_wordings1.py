"""A person's party given in brackets after the name, the way wires, results pages and parliamentary records
write it: "X (Harvest Party, HP)" with the party's own acronym after its name, "X (HP)" with an acronym the text
gives another body's name ("the Harvest Party (HP)": the person stays a person, not the acronym's owner), "X (HP,
Eastmarch)", "X (Harvest Party leader)", "X (leader, HP)" and "Opposition leader X (Harvest Party)" (a leader's
title before the name, alone or after a noun naming the body itself: same_body_modifiers). member_of, leader_of
where the title is the party's leader. Negatives: a post no longer held ("former chair"), a deputy's post, a state's
office, an age or a place in the bracket, a list of bodies, a body named in another bracket. All names are invented;
end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
UFR = "The Union for Renewal (UFR) won 40 seats on Sunday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- the party's own acronym after its name in the bracket ---
    ("Teodor Vask (Union for Renewal, UFR) spoke on Monday.", {("Teodor Vask", M, "Union for Renewal")}, set()),
    ("The vote was won by Sara Lind (Civic Harbour League, CHL) on Sunday.",
     {("Sara Lind", M, "Civic Harbour League")}, set()),
    # --- an acronym alone, another body's short name the text gives ---
    (UFR + "Anna Belk (UFR) spoke on Monday.", {("Anna Belk", M, "Union for Renewal")}, set()),
    (UFR + "On Monday, the deputy Ivo Rask (UFR) said the vote was fair.",
     {("Ivo Rask", M, "Union for Renewal")}, set()),
    (UFR + "Mirek Dolan (UFR, Eastmarch) asked the first question.", {("Mirek Dolan", M, "Union for Renewal")},
     set()),
    ("The Union for Renewal (UFR) and the Civic Pact (CP) won seats. Lena Morr (UFR) and Piet Daal (CP) spoke.",
     {("Lena Morr", M, "Union for Renewal"), ("Piet Daal", M, "Civic Pact")},
     {("Lena Morr", M, "Civic Pact"), ("Piet Daal", M, "Union for Renewal")}),
    # --- a leader's post in the bracket, before or after the party ---
    ("Olek Strand (leader, Union for Renewal) spoke on Monday.", {("Olek Strand", L, "Union for Renewal")}, set()),
    (UFR + "Tomas Brandt (UFR leader) spoke on Monday.", {("Tomas Brandt", L, "Union for Renewal")}, set()),
    (UFR + "Rolf Amsel (chairman, UFR) spoke on Monday.", {("Rolf Amsel", L, "Union for Renewal")}, set()),
    ("Kasia Renn (deputy leader, Union for Renewal) spoke on Monday.", {("Kasia Renn", M, "Union for Renewal")},
     {("Kasia Renn", L, "Union for Renewal")}),
    ("Bruno Falk (former chair, Union for Renewal) spoke on Monday.", set(),
     {("Bruno Falk", L, "Union for Renewal"), ("Bruno Falk", M, "Union for Renewal")}),
    # --- a leader's title before the name ---
    ("Opposition leader Clara Wende (Union for Change, UFC) called for a ceasefire.",
     {("Clara Wende", L, "Union for Change")}, set()),
    ("On Monday, party leader Jonas Evert (Union for Change) called for talks.",
     {("Jonas Evert", L, "Union for Change")}, set()),
    ("Deputy leader Marta Olin (Union for Change) called for talks.", {("Marta Olin", M, "Union for Change")},
     {("Marta Olin", L, "Union for Change")}),
    ("Defence Minister Agnes Varga (Union for Change) called for talks.", {("Agnes Varga", M, "Union for Change")},
     {("Agnes Varga", L, "Union for Change")}),
    ("The former leader Elsa Kroon (Union for Change) called for talks.", set(),
     {("Elsa Kroon", L, "Union for Change")}),
    ("State leader Pia Wern (Union for Change) spoke on Monday.", set(), {("Pia Wern", L, "Union for Change")}),
    ("Youth leader Sofie Brekke (Union for Change) spoke on Monday.", set(),
     {("Sofie Brekke", L, "Union for Change")}),
    (UFR + "Would-be leader Arne Pihl (UFR) spoke on Monday.", set(), {("Arne Pihl", L, "Union for Renewal")}),
    (UFR + "Senate leader Bo Krans (UFR) spoke on Monday.", set(), {("Bo Krans", L, "Union for Renewal")}),
    # --- no party of hers in the bracket: a past tie, a rival, a state's office ---
    ("Aron Teller (formerly of the Union for Change) spoke on Monday.", set(),
     {("Aron Teller", M, "Union for Change"), ("Aron Teller", L, "Union for Change")}),
    ("Beata Quist (ex-Union for Change) spoke on Monday.", set(), {("Beata Quist", M, "Union for Change")}),
    (UFR + "Gustav Nyl (an outspoken critic of the UFR) spoke on Monday.", set(),
     {("Gustav Nyl", M, "Union for Renewal"), ("Gustav Nyl", L, "Union for Renewal")}),
    (UFR + "Karl Mett (Minister of Finance, UFR) spoke on Monday.", set(), {("Karl Mett", L, "Union for Renewal")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "bk", relations_by_document, check_ties)
