"""A head of state's or government's title with "of" and the state, then the holder's name set off by commas ("The
Prime Minister of Dalmark, Ana Rell, flew home"), which the parser reads as a second object of the title's "of"
beside the state (relations._post_of_place_before_name): the name holds the post of the state, invented or real;
real states' wordings kept as guards: a state's possessive with a lower-case title, "the president of X, Y",
"Y, the president of X", an adjective before the title.
The other positives are guards: the same wording parsed right, and the wordings of real states and of a one-word
title that were read already. Negatives: another person's post ("the president of X's ruling party, Y"), a sports body's president ("the president
of the X Football Federation, Y"), a past holder ("the former Prime Minister of X, Y": no leader_of), a relative
("the wife of B, A": no post), and a list of names after the state.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). Person and
state names are invented where the gazetteer allows; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in a real state: the invented state of the title is another
OPEN = "WINDHOEK, May 3 - Namibia's parliament met on Monday. In Namibia, lawmakers debated a budget. "

CASES = [
    # --- the title's "of" phrase, then the holder's name between commas ---
    (OPEN + "The Prime Minister of Dalmark, Ana Rell, flew home on Sunday.", {("Ana Rell", L, "Dalmark")}, set()),
    # the same wording the parser reads right (the name its apposition): guards
    (OPEN + "Talks resumed after the Prime Minister of Vostrel, Ivo Sarn, arrived in the capital.",
     {("Ivo Sarn", L, "Vostrel")}, set()),
    (OPEN + "On Friday the Prime Minister of Korvania, Bela Tusk, said the border would stay open.",
     {("Bela Tusk", L, "Korvania")}, set()),
    # real states, already read
    ("Namibia's president, Ana Rell, said the talks would go on.", {("Ana Rell", L, "Namibia")}, set()),
    ("The president of Namibia, Ana Rell, said the talks would go on.", {("Ana Rell", L, "Namibia")}, set()),
    ("Ana Rell, the president of Namibia, said the talks would go on.", {("Ana Rell", L, "Namibia")}, set()),
    ("Namibian President Ana Rell said the talks would go on.", {("Ana Rell", L, "Namibia")}, set()),
    ("Namibia's prime minister Ana Rell said the talks would go on.", {("Ana Rell", L, "Namibia")}, set()),
    (OPEN + "The President of Dalmark, Ana Rell, flew home on Sunday.", {("Ana Rell", L, "Dalmark")}, set()),
    (OPEN + "Ana Rell, the Prime Minister of Dalmark, flew home on Sunday.", {("Ana Rell", L, "Dalmark")}, set()),
    # --- negatives ---
    # a past holder: no longer the head
    (OPEN + "The former Prime Minister of Dalmark, Ana Rell, flew home on Sunday.",
     set(), {("Ana Rell", L, "Dalmark")}),
    # another person's post: the party's, not the state's
    (OPEN + "The president of Dalmark's ruling party, Ana Rell, flew home on Sunday.",
     set(), {("Ana Rell", L, "Dalmark")}),
    # a sports body's president
    (OPEN + "The president of the Dalmark Football Federation, Ana Rell, flew home on Sunday.",
     set(), {("Ana Rell", L, "Dalmark")}),
    # a relative is no post
    (OPEN + "She met the wife of Bo Tem, Ana Rell, on Sunday.", set(), {("Ana Rell", L, "Bo Tem")}),
    # a list of names after the state: no one of them named as the holder
    (OPEN + "The envoys of Dalmark, Ana Rell and Ivo Sarn, flew home on Sunday.",
     set(), {("Ana Rell", L, "Dalmark"), ("Ivo Sarn", L, "Dalmark")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ts5", relations_by_document, check_ties)
