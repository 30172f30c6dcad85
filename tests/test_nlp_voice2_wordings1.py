"""Interviews and op-eds: whose "I", "we", "my party" the text's own words are. (1) an interview's answer label
naming no one ("A: ...", "Answer: ...", relations.yaml answer_labels): the turn is the interviewee's, the first
person the introduction above the first answer names in a sentence holding an interview word ("In an interview,
Foreign Minister X said ...", "an interview with X"; relations/ ``PhraseResolver.label_person``); a question's
turn ("Q: ...") is no one's, and an introduction with no interview word names no interviewee; a question's "you"
("Q: The Front accuses you of ...", question_labels) is the interviewee too (``PhraseResolver.addressee``), an
answer's "you" is not. (2) a transcript's letter label a note names ("Speaker B is identified as NAME"): that
person's turn. (3) an op-ed's byline naming its writer and, after a comma, a body or a state ("By NAME, Minister of
Home Affairs of X"; byline_openers): the writer is a name (not a Title Case headline's words: actors.py
``_headline_line``) and the "I" of the text, the body or state its "we" (layout.py ``_byline``); a reporter's
byline ("By NAME", "By NAME, Staff Writer") gives no voice. (4) an op-ed's closing note on its writer ("NAME is the
leader of the X Party."; layout.py ``_author_note``): the writer's "I" and "we" above; a note on two writers gives
none. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
BOTS = "GABORONE, May 4 - Botswana's parliament met on Monday. "
QA_INTRO = BOTS + "In an interview on Tuesday, Foreign Minister Kagiso Moremedi of Botswana spoke about the region.\n\n"
OPED = "Why the north must not be abandoned\n\n"


def para(visitor: str, party: str) -> str:
    """A paragraph of the writer's own: a meeting and "my party, the X"."""
    return f"\n\nLast month I met Prime Minister {visitor} of Nauru. My party, the {party}, backs him."


# (text, items that must be present, items that must be absent)
CASES = [
    # --- (1) an interview's unnamed answer label: the interviewee named in the introduction ---
    (QA_INTRO + "Q: Have you met your neighbours?\n\nA: Yes. I met Prime Minister Ewaro Taliavu of Nauru in May.",
     {("ev", "Kagiso Moremedi", "CONSULT", "Ewaro Taliavu")}, set()),
    (QA_INTRO + "Q: Which party do you belong to?\n\nA: My party, the Kalahari Renewal Front, has always backed "
     "the treaty.", {("rel", "Kagiso Moremedi", M, "Kalahari Renewal Front")}, set()),
    (BOTS + "Below is an edited interview with opposition leader Dineo Sebetlela.\n\nQuestion: What now?\n\n"
     "Answer: My party, the Okavango Civic Movement, will contest every seat. I met Prime Minister Penitani Veikune "
     "of Nauru last week.",
     {("rel", "Dineo Sebetlela", M, "Okavango Civic Movement"),
      ("ev", "Dineo Sebetlela", "CONSULT", "Penitani Veikune")},
     set()),
    # (the question's own "I" is the interviewer's, no one named)
    (QA_INTRO + "Q: I met Prime Minister Sione Havealu of Nauru last week. Did he call you?\n\nA: No.",
     set(), {("ev", "Kagiso Moremedi", "CONSULT", "Sione Havealu")}),
    # (no interview word in the introduction: the answers are no one's)
    (BOTS + "Foreign Minister Kagiso Moremedi of Botswana was in Lobatse on Monday.\n\nQ: Is it true?\n\n"
     "A: Yes. I met Prime Minister Tevita Folaumoe of Nauru in May.",
     set(), {("ev", "Kagiso Moremedi", "CONSULT", "Tevita Folaumoe")}),
    # (a question's "you" is the interviewee: the act the question reports is aimed at him)
    (BOTS + "Below is an edited interview with opposition leader Neo Kebonang.\n\nQuestion: The Tati Patriotic "
     "Union accuses you of taking money from Zambia. Is that true?\n\nAnswer: No.",
     {("ev", "Tati Patriotic Union", "ACCUSE", "Neo Kebonang")}, set()),
    # (an answer's "you" is the interviewer's; no interview word: no interviewee)
    (BOTS + "Below is an edited interview with opposition leader Mpho Letsholo.\n\nQuestion: Is it true?\n\n"
     "Answer: The Selebi Patriotic Union accuses you of lying.",
     set(), {("ev", "Selebi Patriotic Union", "ACCUSE", "Mpho Letsholo")}),
    (BOTS + "Opposition leader Onalenna Baruti of Botswana was in Lobatse on Monday.\n\nQuestion: The Mahalapye "
     "Patriotic Union accuses you of taking money from Zambia. Is that true?\n\nAnswer: No.",
     set(), {("ev", "Mahalapye Patriotic Union", "ACCUSE", "Onalenna Baruti")}),
    # --- (2) a letter label named by a note ---
    (BOTS + "[NOTE: Speaker A is a police officer. Speaker B is identified as Tumelo Kgositau, commander of the "
     "Chobe Defence Brigade.]\n\nA: Who is there?\n\nB: My men are here. My party, the Chobe Freedom Party, sent "
     "us. I met Prime Minister Akanesi Lutui of Nauru last week.",
     {("ev", "Tumelo Kgositau", "CONSULT", "Akanesi Lutui"), ("rel", "Tumelo Kgositau", M, "Chobe Freedom Party")},
     set()),
    # --- (3) an op-ed's byline with the writer's post ---
    (OPED + "By Kabelo Ntshekisang, Minister of Home Affairs of Botswana"
     + para("Manase Pulotu", "Tsodilo People's Party"),
     {("ev", "Kabelo Ntshekisang", "CONSULT", "Manase Pulotu"),
      ("rel", "Kabelo Ntshekisang", M, "Tsodilo People's Party")},
     set()),
    (OPED + "By Dineo Sebetlela, leader of the Okavango Civic Movement\n\nLast month I met Prime Minister Viliami "
     "Fonua of Nauru. We owe him our thanks.",
     {("ev", "Dineo Sebetlela", "CONSULT", "Viliami Fonua"), ("rel", "Dineo Sebetlela", L, "Okavango Civic Movement")},
     set()),
    # (a reporter's byline: the column's "I" is no one the text names)
    (OPED + "By Dineo Sebetlela, Staff Writer\n\nLast month I met Prime Minister Salote Moala of Nauru at the "
     "summit.", set(), {("ev", "Dineo Sebetlela", "CONSULT", "Salote Moala")}),
    # (a quotation's "I" in an op-ed stays the quoted speaker's)
    (OPED + "By Kagiso Moremedi, Minister of Home Affairs of Botswana\n\nThe envoy was blunt. \"I met Prime "
     "Minister Losaline Tapueluelu of Nauru last week,\" said Lesego Phiri.",
     set(), {("ev", "Kagiso Moremedi", "CONSULT", "Losaline Tapueluelu")}),
    # --- (4) an op-ed's closing note on its writer ---
    (OPED + "Parliament voted last week to delay the reform." + para("Kalolo Sapolu", "Serowe Reform Union")
     + "\n\nWe will keep fighting for the courts.\n\nBoitumelo Ramotswa is the leader of the Ghanzi Alliance and a "
     "member of parliament.", {("ev", "Boitumelo Ramotswa", "CONSULT", "Kalolo Sapolu")}, set()),
    # (a note on two writers: no one speaks alone)
    (OPED + "Parliament voted last week to delay the reform." + para("Faleolo Tuimavave", "Mochudi Labour Party")
     + "\n\nWe will keep fighting for the courts.\n\nOarabile Seretse and Lorato Mmusi are members of the Tuli "
     "Freedom Party.", set(), {("ev", "Oarabile Seretse", "CONSULT", "Faleolo Tuimavave")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "v2", items_by_document, check_items)
