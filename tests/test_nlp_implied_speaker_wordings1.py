"""A transcript's speaker labels with the speaker's post ("Name, Chief Executive Officer: Thank you ..."): the
speaker is a person (``actors._speaker_label``, read by ``actors._is_dateline``: the words between the comma and the colon are all a title's, so the
line opens with no dateline's place and region); the surname label of a later turn ("Name: ...") is the same
person. The post in the label ties the speaker to the one company the first line names, its name ending in a legal form
("Quenmore Mining plc -- Results Call": ``relations._speaker_posts``; a chief executive, a chairman or a president
leads it, a financial officer is a member); not a hearing's or a briefing's body, and not where the first line names
no company (a name ending in a legal form is a name, also in a Title Case headline: ``actors._title_case_headline``).
Negatives: a dateline with its region before a colon or a dash stays a place, not a person ("PORT SAREN,
Tesmarra: ..."), and an analyst's firm after "Analyst," is no person; a label naming another firm or a post no
longer held ties no one to the call's company, and a speaker's words after the colon are not said of the speaker.

Each item lists the people that must be found (kind person, the full name) and names that must NOT be a person.
Every text is its own document; all names are invented; end to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, check_ties, name_kinds_by_document, norm_name, relations_by_document

pytestmark = pytest.mark.model

CALL = ("Quenmore Mining plc -- Second Quarter Results Call\n\nOperator: Good morning and welcome to the call. All "
        "lines are muted.\n\n")

# (text, people, names that are not people)
CASES = [
    (CALL + "Orrin Hask, Chief Executive Officer: Thank you, operator. Output rose 12 per cent in the quarter.\n\n"
     "Lise Tarnow, Chief Financial Officer: Thanks, Orrin. Net debt fell to 400 million dollars.\n\n"
     "Hask: We expect to restart the northern pit in March.", {"Orrin Hask", "Lise Tarnow"}, set()),
    (CALL + "Tomasz Wrenn, President and Chief Operating Officer: Good morning. The smelter ran at full capacity.\n\n"
     "Analyst, Orlow Bank: What about the strike?\n\nWrenn: It ended on Friday.",
     {"Tomasz Wrenn"}, {"Orlow Bank"}),
    ("Hearing of the Standing Committee on Ports\n\nChair: The committee will come to order.\n\n"
     "Amara Quist, Deputy Minister: Thank you, Chair. The harbour dues will rise in May.\n\n"
     "Quist: I can send the figures to the committee.", {"Amara Quist"}, set()),
    ("Press briefing, 4 May\n\nIlse Drammen, Spokeswoman: Good afternoon. The minister will travel on Friday.\n\n"
     "Q: Where to?\n\nDrammen: To the northern ports.", {"Ilse Drammen"}, set()),
    ("PORT SAREN, Tesmarra: Fishing boats stayed in harbour on Monday as the storm closed the bay.",
     set(), {"Port Saren"}),
]

XFAIL: dict[str, str] = {}

L, M = "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
TIE_CASES = [
    (CALL + "Orrin Hask, Chief Executive Officer: Thank you, operator. Output rose 12 per cent in the quarter.\n\n"
     "Lise Tarnow, Chief Financial Officer: Thanks, Orrin. Net debt fell to 400 million dollars.\n\n"
     "Hask: We expect to restart the northern pit in March.",
     {("Orrin Hask", L, "Quenmore Mining plc"), ("Lise Tarnow", M, "Quenmore Mining plc")},
     {("Lise Tarnow", L, "Quenmore Mining plc")}),
    ("Quenmore Mining plc -- Third Quarter Results Conference Call\n\nOperator: Good morning and welcome to the "
     "call.\n\nOrrin Hask, Chief Executive Officer: Thank you. Output rose 12 per cent.",
     {("Orrin Hask", L, "Quenmore Mining plc")}, set()),
    ("Sorrel Shipping Ltd -- Shareholders' Meeting, 12 June\n\nJuno Falk, Chairman: Welcome to the meeting. The board "
     "proposes a dividend of 4 cents.\n\nEdda Prill, Treasurer: The first resolution is the accounts.",
     {("Juno Falk", L, "Sorrel Shipping Ltd"), ("Edda Prill", M, "Sorrel Shipping Ltd")}, set()),
    (CALL + "Tomasz Wrenn, President and Chief Operating Officer: Good morning. The smelter ran at full capacity.\n\n"
     "Analyst, Orlow Bank: What about the strike?\n\nWrenn: It ended on Friday.",
     {("Tomasz Wrenn", L, "Quenmore Mining plc")}, set()),
    ("Hearing of the Standing Committee on Ports\n\nChair: The committee will come to order.\n\n"
     "Amara Quist, Deputy Minister: Thank you, Chair. The harbour dues will rise in May.",
     set(), {("Amara Quist", M, "Standing Committee on Ports"), ("Amara Quist", L, "Standing Committee on Ports")}),
    ("Quarterly results call\n\nOrrin Hask, Chief Executive Officer: Thank you. Quenmore Mining plc raised output by "
     "12 per cent, and Kellen Freight Ltd carried all of it.",
     set(), {("Orrin Hask", L, "Kellen Freight Ltd")}),
    # a caller's label naming another firm after the post is no post in the call's company
    (CALL + "Orrin Hask, Chief Executive Officer: Thank you.\n\nMara Quill, Managing Director at Dorvan Capital: "
     "Thanks for taking my question.\n\nWen Tolliver, Chief Executive Officer of Tovrin Holdings: One more.",
     {("Orrin Hask", L, "Quenmore Mining plc")},
     {("Mara Quill", L, "Quenmore Mining plc"), ("Wen Tolliver", L, "Quenmore Mining plc")}),
    (CALL + "Orrin Hask, Chief Executive Officer: Thank you.\n\nLise Tarnow, Former Chief Executive Officer: Thanks.",
     {("Orrin Hask", L, "Quenmore Mining plc")},
     {("Lise Tarnow", L, "Quenmore Mining plc"), ("Lise Tarnow", M, "Quenmore Mining plc")}),
    # a speaker's words after the label's colon are not said of the speaker
    ("Daniel Orsk: we will win this time.\nMaria Velten: backed by Ostravia, as always.\n", set(),
     {("Ostravia", "backs", "Maria Velten")}),
    ("Peter Volmarsen: we will win.\nAnna Korvel: supported by the Kessel Guard, of course.\n", set(),
     {("Kessel Guard", "backs", "Anna Korvel")}),
]


def _check(text: str, people: set, not_people: set, got: set) -> None:
    persons = {n for n, k in got if k == "person"}
    missing = {norm_name(p) for p in people} - persons
    wrong = {norm_name(p) for p in not_people} & persons
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "actors", sorted(got))


extracted, test_speaker_wording = battery(CASES, XFAIL, "sp", partial(name_kinds_by_document, aliases=False), _check)
extracted_ties, test_speaker_post_wording = battery(TIE_CASES, XFAIL, "spt", relations_by_document, check_ties,
                                                    fixture="extracted_ties")
