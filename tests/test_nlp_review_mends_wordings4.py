"""Review mends of the headgov rules (a head of state told by a predicate or a possessive): wordings near theirs
that must not tie a person to the article's state, with a few that still must. "X's government" is no rule of the
state when in exile or only proposed, a town's, a school's or a province's (relations.yaml unheld_government_words),
a ruling noun in another sense ("X's training regime", ruling_other_senses; "X's administration of the fund",
ruling_act_nouns), or the government of a person titled as a town's head ("Mayor X", local_head_titles); a governor's ("Governor X's
administration", province_titles) makes the governor a member of the state, not its ruler.
"X won / held the presidency" and "X holds the post of president" are no state's chief office when the office is a
body's ("the party presidency", "the presidency of the football federation", "the post of president at the central
bank"), only aimed at, failed or refused ("X vowed / failed / refused to take ..."), conditional ("if X wins ..."),
or ended ("X held the presidency from 2001 to 2005", "held until 2022 by X", "X previously held the post of
president": a state verb in the simple past, office_state_verbs). All names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state, so that it has a home state
HOME = ("Dornia votes. Polls opened across Dornia on Sunday. Dornia's electoral commission and Dornia's parliament "
        "said turnout was high in Dornia. Pell Varun spoke on Monday. ")

TIE = {("Pell Varun", L, "Dornia")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "X's government" / "the X government" ---
    (HOME + "Pell Varun's government-in-exile met abroad.", set(), TIE),
    (HOME + "Pell Varun's exiled cabinet met on Friday.", set(), TIE),
    (HOME + "Pell Varun's proposed cabinet was rejected by parliament.", set(), TIE),
    (HOME + "Pell Varun's hypothetical government would cut taxes, a rival said.", set(), TIE),
    (HOME + "Pell Varun's municipal government built a bridge.", set(), TIE),
    (HOME + "Pell Varun's student government organised the rally.", set(), TIE),
    (HOME + "Pell Varun's university administration raised fees.", set(), TIE),
    (HOME + "Pell Varun's training regime includes a daily run.", set(), TIE),
    (HOME + "Pell Varun's administration of the relief fund was criticised by auditors.", set(), TIE),
    (HOME + "Mayor Pell Varun's administration built a bridge.", set(), TIE),
    (HOME + "Governor Pell Varun said Varun's administration would build roads in the province.",
     {("Pell Varun", "member_of", "Dornia")}, TIE),
    (HOME + "Pell Varun's would-be cabinet met in secret.", set(), TIE),
    (HOME + "Pell Varun's self-styled government met in a hotel.", set(), TIE),
    (HOME + "Pell Varun's minority government survived a vote.", TIE, set()),
    (HOME + "Pell Varun's long-serving government faced a strike.", TIE, set()),
    (HOME + "Critics of the Varun government's budget marched.", TIE, set()),
    # --- "X won / has held the presidency" ---
    (HOME + "Pell Varun won the presidency of the football federation.", set(), TIE),
    (HOME + "Pell Varun has held the party presidency since 2019.", set(), TIE),
    (HOME + "Pell Varun holds the rotating presidency of the regional bloc.", set(), TIE),
    (HOME + "Pell Varun won the premiership with Tarn Rovers in 2010.", set(), TIE),
    (HOME + "Pell Varun vowed to take the presidency.", set(), TIE),
    (HOME + "Pell Varun failed to win the presidency.", set(), TIE),
    (HOME + "If Pell Varun wins the presidency, taxes will rise.", set(), TIE),
    (HOME + "Pell Varun held the presidency from 2001 to 2005.", set(), TIE),
    (HOME + "The presidency, held until 2022 by Pell Varun, passed to a rival.", set(), TIE),
    (HOME + "Pell Varun won the presidency in a landslide in 2019.", TIE, set()),
    (HOME + "Pell Varun assumed the interim presidency in May.", TIE, set()),
    (HOME + "Pell Varun won the presidency of the republic in 2019.", TIE, set()),
    # --- "X holds the post of president" ---
    (HOME + "Pell Varun held the post of prime minister from 2001 to 2005.", set(), TIE),
    (HOME + "Pell Varun previously held the post of president.", set(), TIE),
    (HOME + "Pell Varun refused to take the post of prime minister.", set(), TIE),
    (HOME + "Pell Varun holds the post of president at the central bank.", set(), TIE),
    (HOME + "Pell Varun holds the post of president in the football league.", set(), TIE),
    (HOME + "Pell Varun has occupied the position of prime minister since 2019.", TIE, set()),
    (HOME + "Pell Varun holds the office of president for the third time.", TIE, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rd", relations_by_document, check_ties)
