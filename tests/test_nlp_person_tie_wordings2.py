"""Ties of a person named in the style of formal documents (letters to a council, communiqués, order papers):
an honorific of formal address before the name and before any title ("H.E. President X", "His Excellency X",
"Her Excellency Prime Minister X", "the Rt. Hon. X", "Most Rev. X"; roles.yaml honorifics) is no part of the
person's name and no owner of the title; a signature block whose name line opens with a sign-off or an
honorific ("(Signed) X", "Most Rev. X") over a post line, and a post line whose first post names no body (a see,
a town's office) before a role set between commas right before the body ("Bishop of Korr, Secretary, Y").
Negatives: a person met by the honoured one ("H.E. X met the President of Y") holds no post of Y; a former post
in a signature ties nothing; "the X delegation" received by an honoured person is no post of X. A capitalised
state title with no article set off after a name ("X, Prime Minister, received ...") is the story state's post
(not "X, a president", nor a former one, nor a title followed by the body it is held in). A paper's header
field opening its line "Delegation: <state>" makes the paper's "our" that state (not "<body> delegation: <names>"
lines of minutes); a field counts only opening its line, a line's phrases are tried in turn, and fields naming
several bodies give no "our". A bare one-word honorific ("Majesty", "Rev") is stripped only before a title or
after a possessive, never from a body's name; a later post in a signature follows a post of no body, never a
person's name nor a former post; a formal title followed by a conjoined body, or put in the past, is no state post.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an honorific of address before a title: the title is read as if the honorific were not there ---
    ("H.E. President Kofi Denteh told reporters that Ghana would keep its northern border open.",
     {("Kofi Denteh", L, "Ghana")}, set()),
    ("His Excellency President Kofi Denteh said on Friday that Ghana would defend its fishermen.",
     {("Kofi Denteh", L, "Ghana")}, set()),
    ("Her Excellency Prime Minister Lise Marn of Norway opened the summit in Oslo.", {("Lise Marn", L, "Norway")},
     set()),
    ("The summit in Oslo was opened by His Excellency Prime Minister Arne Tovdal of Norway.",
     {("Arne Tovdal", L, "Norway")}, set()),
    # --- an honorific before a name in apposition: the name is the person's without it ---
    ("The Zambian President, H.E. Mwila Chanda, opened the copper fair in Lusaka on Monday.",
     {("Mwila Chanda", L, "Zambia")}, set()),
    ("The Harbour Party welcomed the Rt. Hon. Tomas Evering, its leader, back from Oslo.",
     {("Tomas Evering", L, "Harbour Party")}, set()),
    ("The Most Rev. Kofi Denteh, chairman of the Velnar Growers League, led the march.",
     {("Kofi Denteh", L, "Velnar Growers League")}, set()),
    ("H.E. Dr. Lise Marn, a senior official of the Velnar Growers League, read the statement.",
     {("Lise Marn", M, "Velnar Growers League")}, set()),
    # --- a capitalised state title with no article in apposition after a name (a formal document's style) ---
    ("Ghana hosted the talks in Accra. Kofi Denteh, Prime Minister, received both delegations.",
     {("Kofi Denteh", L, "Ghana")}, set()),
    ("Ghana hosted the talks in Accra. His Excellency Kofi Denteh, Prime Minister and Minister of Foreign Affairs, "
     "received both delegations.", {("Kofi Denteh", L, "Ghana")}, set()),
    ("Norway hosted the summit. Lise Marn, President of the Republic, opened the session on Monday.",
     {("Lise Marn", L, "Norway")}, set()),
    ("Ghana hosted the talks in Accra. Kofi Denteh, Minister of Defence, received both delegations.",
     {("Kofi Denteh", M, "Ghana")}, {("Kofi Denteh", L, "Ghana")}),
    ("Ghana hosted the talks in Accra. Kofi Denteh, a president, received both delegations.", set(),
     {("Kofi Denteh", L, "Ghana")}),
    ("Ghana hosted the talks in Accra. Kofi Denteh, former President, received both delegations.", set(),
     {("Kofi Denteh", L, "Ghana")}),
    ("Ghana hosted the talks in Accra. Kofi Denteh, President, Harbour Growers League, received both delegations.",
     {("Kofi Denteh", L, "Harbour Growers League")}, {("Kofi Denteh", L, "Ghana")}),
    # --- a signature block: a sign-off or an honorific opening the name's line; a later post before the body ---
    ("The mission thanked the farmers of the valley for their patience.\n\n(Signed) Kofi Denteh\n"
     "Ambassador, Permanent Representative of Ghana to the United Nations", {("Kofi Denteh", M, "Ghana")}, set()),
    ("The bishops ended their meeting in Porta on Friday.\n\nMost Rev. Daudi Kerere\n"
     "Archbishop of Porta, President, HBC", {("Daudi Kerere", L, "HBC")}, set()),
    ("The bishops ended their meeting in Porta on Friday.\n\nMost Rev. Daudi Kerere\nArchbishop of Porta, President, "
     "HBC\n\nMost Rev. Ignatius Ofor\nBishop of Korr, Secretary, HBC",
     {("Daudi Kerere", L, "HBC"), ("Ignatius Ofor", M, "HBC")}, {("Ignatius Ofor", L, "HBC")}),
    ("The Harbour Growers League ended its meeting in Porta on Friday.\n\nDaudi Kerere\n"
     "Mayor of Porta, Treasurer, Harbour Growers League", {("Daudi Kerere", M, "Harbour Growers League")}, set()),
    # --- a title at the start of a line after a heading line: no honorific between (the line break is none) ---
    ("GHANA RADIO - PLANNER\n\n08:30 - ACCRA - BUDGET\nPrime Minister Tomas Evering opens the budget session. "
     "Ghana's debt is on the agenda.\n\n10:00 - ACCRA - POLICE\nInterior Minister Lise Marn tours the border post.",
     {("Tomas Evering", L, "Ghana"), ("Lise Marn", M, "Ghana")}, set()),
    # --- a paper's header field naming its delegation: the paper's "our" is that state ---
    ("POSITION PAPER\nForum: Regional Water Forum\nDelegation: The Republic of Ghana\n\nWe support a shared "
     "river authority. Our foreign minister, Dr. Lise Marn, will present the plan to the forum next week.", {("Lise Marn", M, "Ghana")}, set()),
    # --- negatives ---
    ("MINUTES OF THE TALKS\nHarbour delegation: Dr. Lise Marn\nGhana delegation: Kofi Denteh\n\n"
     "Our foreign minister, Dr. Lise Marn, will present the plan to the forum next week.", set(), {("Lise Marn", M, "Ghana")}),
    ("The Kenyan delegation was received by H.E. Daudi Kerere, who met the President of Kenya last week.",
     set(), {("Daudi Kerere", L, "Kenya")}),
    ("H.E. Kofi Denteh met the President of Zambia in Lusaka on Monday.", set(), {("Kofi Denteh", L, "Zambia")}),
    ("The bishops ended their meeting in Porta on Friday.\n\nMost Rev. Daudi Kerere\n"
     "Former Bishop of Porta, HBC", set(), {("Daudi Kerere", L, "HBC"), ("Daudi Kerere", M, "HBC")}),
    ("The Harbour Growers League ended its meeting in Porta on Friday.\n\nDaudi Kerere\n"
     "Former Mayor of Porta, Harbour Growers League", set(), {("Daudi Kerere", L, "Harbour Growers League")}),
    # --- an honorific before the title with no final dot, or a bare form before a title ---
    ("The Zambian President, H.E Mwila Chanda, opened the copper fair in Lusaka on Monday.",
     {("Mwila Chanda", L, "Zambia")}, set()),
    ("The Reverend Orlan Tavesh, chairman of the Dunmere Rowing Federation, opened the regatta.",
     {("Orlan Tavesh", L, "Dunmere Rowing Federation")}, set()),
    ("Her Excellency Lise Marn, a senior official of the Velnar Weavers Union, read the statement.",
     {("Lise Marn", M, "Velnar Weavers Union")}, set()),
    # --- a body named after a formal title as a conjunct: the body's post, not the story state's ---
    ("Ghana hosted the talks in Accra. Lise Marn, President, Velnar Weavers Union, also attended.",
     {("Lise Marn", L, "Velnar Weavers Union")}, {("Lise Marn", L, "Ghana")}),
    ("Ghana hosted the talks in Accra. Tomas Evering, President, Dunmere Rowing Federation, attended.",
     set(), {("Tomas Evering", L, "Ghana")}),
    # --- a formal title put in the past ---
    ("Ghana hosted the talks in Accra. Kofi Denteh, President until last year, received both delegations.", set(),
     {("Kofi Denteh", L, "Ghana")}),
    ("Ghana hosted the talks in Accra. Kofi Denteh, then Prime Minister, received both delegations.", set(),
     {("Kofi Denteh", L, "Ghana")}),
    # --- a later post only after a post of no body; never another signer's line, nor a former post ---
    ("The growers met the minister on Friday. Tomas Evering and Lise Marn signed the appeal.\n\nTomas Evering\n"
     "Lise Marn, Chairman, Harbour Growers League", {("Lise Marn", L, "Harbour Growers League")},
     {("Tomas Evering", L, "Harbour Growers League")}),
    ("The growers met on Friday.\nPresent at the meeting:\nTomas Evering\nLise Marn, President, Harbour Growers "
     "League", set(), {("Tomas Evering", L, "Harbour Growers League")}),
    ("The bishops ended their meeting in Porta on Friday.\n\nMost Rev. Ignatius Ofor\nBishop of Velm, Former "
     "President, HBC", set(), {("Ignatius Ofor", L, "HBC")}),
    ("The bishops ended their meeting in Porta on Friday.\n\nMost Rev. Ignatius Ofor\nBishop of Velm, Past "
     "President, HBC", set(), {("Ignatius Ofor", L, "HBC")}),
    # --- header fields: only opening their line, a line's phrases in turn, no voice for several bodies ---
    ("WORKING PAPER\nSubmitted by the Republic of Ghana\n\nWe support a shared river authority. Our foreign "
     "minister, Dr. Lise Marn, will present the plan to the forum next week.", {("Lise Marn", M, "Ghana")}, set()),
    ("LETTER\nSubmitted by: Tomas Evering, on behalf of the Velnar Weavers Union\n\nWe need clean water. Our "
     "chairman, Tomas Evering, will present the plan.", {("Tomas Evering", L, "Velnar Weavers Union")}, set()),
    ("COMMITTEE REPORT\nOn the motion submitted by Togo\n\nWe recommend that the motion be rejected. Our chair, "
     "Lise Marn, will present the report.", set(), {("Lise Marn", M, "Togo"), ("Lise Marn", L, "Togo")}),
    ("MINUTES OF THE RIVER TALKS\nDelegation: Ghana\nDelegation: Togo\n\nWe agreed to meet again. Our foreign "
     "minister, Dr. Lise Marn, will present the plan.", set(), {("Lise Marn", M, "Ghana"), ("Lise Marn", M, "Togo")}),
    ("DRAFT RESOLUTION\nSubmitted by: Ghana, Togo and Benin\n\nWe call for a shared river authority. Our foreign "
     "minister, Dr. Lise Marn, will present the plan.", set(), {("Lise Marn", M, "Ghana")}),
    # --- not fixed here (strict xfail with the cause) ---
    ("The elders were received in Dunmere by the Emir, His Eminence Tomas Evering, President-General of the Velnar "
     "Council of Elders.", {("Tomas Evering", L, "Velnar Council of Elders")}, set()),
    # (a body named with a plural possessive keeps its acronym as its alias; its own acronym, so that the batteries'
    # one run links no other case's "HBC" to it)
    ("The Korr Bishops' Conference (KBC) ended its meeting in Porta on Friday.\n\nRt. Rev. Daudi Kerere\n"
     "Bishop of Porta, Secretary, KBC", {("Daudi Kerere", M, "Korr Bishops' Conference")},
     {("Daudi Kerere", L, "Korr Bishops' Conference")}),
]

XFAIL = {
    CASES[-2][0]: "an invented two-word name after 'the Emir,' and an honorific is not found as a person "
                  "by the actors layer",
}


# an honorific of address comes off a person's name; a bare one-word form only before a title or after a
# possessive, and none off a body's name (roles.yaml bare_honorifics, honorific_openers)
NAMES = [
    ("H.E Mwila Chanda", "Mwila Chanda"),
    ("Your Highness Tovan Serel", "Tovan Serel"),
    ("Excellency President Arno Velk", "Arno Velk"),
    ("Rev. Dr. Pim Rask", "Pim Rask"),
    ("His Eminence Pim Rask", "Pim Rask"),
    ("Holiness Revival Church of Tarvel", "Holiness Revival Church of Tarvel"),
    ("Eminence Holdings", "Eminence Holdings"),
    ("H.M. Customs", "H.M. Customs"),
    ("Excellency Motors Group", "Excellency Motors Group"),
    ("His Holiness Relief Group", "His Holiness Relief Group"),
    ("Rev Halloway", "Rev Halloway"),
    ("Majesty Orlan", "Majesty Orlan"),
]


@pytest.mark.parametrize("name, stripped", NAMES)
def test_honorific_stripped(name, stripped):
    from kingmaker.knowledge import knowledge

    assert knowledge().strip_titles(name) == stripped


extracted, test_wording = battery(CASES, XFAIL, "h", relations_by_document, check_ties)
