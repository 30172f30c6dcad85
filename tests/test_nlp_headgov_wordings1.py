"""A head of state or government told by a predicate or a possessive, not by a title before the name: "the X
cabinet", "X's government" (a government named for its head: relations.yaml ruling_nouns; not a former, shadow,
future or regional one, unheld_government_words, nor "a X government" to come, nor one of a person titled in
opposition); "X won the presidency", "X has held the premiership since 2019", "the presidency, held since 2022 by
X" (chief_office_nouns with chief_office_verbs, no body owning the office); "X also holds the post of acting
president" (post_nouns, a leader's title of implied_state_titles after "of"). Each ties X to the article's state
(its home state). Several wordings per mechanism with negatives (negation, a wish, a lost office, a body's office, a
deputy's post, an opposition leader's or a regional government); all names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. Amon Tesh spoke on Monday. ")

TIE = {("Amon Tesh", L, "Kalvar")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "the X cabinet", "X's government": X heads the article's state (not a shadow, regional or future one) ---
    (HOME + "Critics of the Tesh cabinet marched on Friday.", TIE, set()),
    (HOME + "Workers at the Tesh government's ports went on strike.", TIE, set()),
    (HOME + "The former Tesh government fell in 2009.", set(), TIE),
    (HOME + "Amon Tesh's regional cabinet controls the ports.", set(), TIE),
    (HOME + "Amon Tesh's shadow cabinet met on Friday.", set(), TIE),
    (HOME + "The Greens would not join a Tesh government.", set(), TIE),
    (HOME + "The opposition leader, Amon Tesh, presented Tesh's shadow cabinet.", set(), TIE),
    (HOME + "Opposition leader Amon Tesh said Tesh's government would cut taxes.", set(), TIE),
    # --- "won / held the presidency", "the presidency, held since 2022 by X" ---
    (HOME + "Tesh won the presidency in 2019.", TIE, set()),
    (HOME + "Amon Tesh has held the presidency since 2019.", TIE, set()),
    (HOME + "Amon Tesh assumed the premiership in May.", TIE, set()),
    (HOME + "The presidency, held since 2022 by Tesh, is at stake.", TIE, set()),
    (HOME + "Amon Tesh hopes to win the presidency.", set(), TIE),
    (HOME + "Amon Tesh lost the presidency in 2019.", set(), TIE),
    (HOME + "Amon Tesh did not win the presidency.", set(), TIE),
    (HOME + "Amon Tesh won the presidency of the Bar Council.", set(), TIE),
    # --- "holds the post of acting president" ---
    (HOME + "General Amon Tesh also holds the post of acting president.", TIE, set()),
    (HOME + "The Order Council, the military body that has ruled Kalvar since 2021, is led by General Amon Tesh, who "
     "also holds the post of president.", TIE, set()),
    (HOME + "Amon Tesh took the office of prime minister in May.", TIE, set()),
    (HOME + "Amon Tesh hopes to take the post of president.", set(), TIE),
    (HOME + "Amon Tesh holds the post of president of the Bar Council.", set(), TIE),
    (HOME + "Amon Tesh holds the post of deputy president.", set(), TIE),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hg", relations_by_document, check_ties)
