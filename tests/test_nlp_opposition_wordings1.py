"""A party's status as the opposition, told in wordings written before the rules they test (nlp/relations/
_opposition_parties):

* a verb of going into or being the opposition shared by "and" with an earlier verb of the same subject ("X lost
  half its deputies and moved into opposition": _shared_verbs), and repeated by "as did Y" for another party;
* the opposition led ("X, with 40 deputies, heads the opposition", "X leads the opposition benches":
  _leads_opposition, relations.yaml opposition_leading_verbs);
* the name as the predicate of an opposition noun ("The biggest opposition party is X": _opposition_subject_attr);
* an aside "X, now in opposition," / "X, in opposition since 2021," (_opposition_aside);
* such a party in an article whose state names no ruler: it opposes that state, when its sentence names no other
  state (_home_sentence); a party later said to win power is not the opposition; a party called "once the ruling
  party" is not whom the opposition opposes (_ruling_party).

Negatives give no tie: a hypothetical ("could go into opposition", "would ... and go into opposition"), a past lead
("led the opposition until 2019"), "the opposition to a law" (a stance on a policy), another subject's verb after
"and", a status told as over ("once in opposition"), another state's opposition. The party opposes the ruler's
party when the text tells it, else the state. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"
CU, GP, UP, OS = "Civic Union", "Green League", "Unity Party", "Ostravia"
# the article's state, its president and his party
HOME = "KORVA, May 3 - Ostravia's parliament met on Monday. President Amon Tesh of Ostravia, who leads the Unity " \
       "Party, opened the session. "
# the article's state, no one named ruling it
BARE = "KORVA, May 3 - Ostravia's parliament met on Monday. In Ostravia, the budget passed by two votes. "


def _vs(x: str, y: str) -> set:
    return {(x, O, y)}


def _none(x: str) -> set:
    return _vs(x, UP) | _vs(x, OS)


CASES = [
    # --- a verb shared by "and", a verb repeated by "as did" ---
    (HOME + "The Civic Union lost half its deputies and moved into opposition.", _vs(CU, UP), set()),
    (HOME + "The Civic Union went into opposition after the vote, as did the Green League.", _vs(GP, UP), set()),
    (HOME + "The Civic Union won 40 seats and the Green League went into opposition.", _vs(GP, UP), _none(CU)),
    (HOME + "The Civic Union would lose seats and go into opposition.", set(), _none(CU)),
    (HOME + "The Civic Union could go into opposition if the talks fail.", set(), _none(CU)),
    # --- the opposition led ---
    (HOME + "The Civic Union, with 40 deputies, heads the opposition.", _vs(CU, UP), set()),
    (HOME + "The Civic Union leads the opposition benches in the new chamber.", _vs(CU, UP), set()),
    (HOME + "The Civic Union led the opposition until 2019, when it joined the cabinet.", set(), _none(CU)),
    (HOME + "The Civic Union leads the opposition to the new mining law.", set(), _none(CU)),
    # --- the name as the predicate of an opposition noun ---
    (HOME + "The biggest opposition party is the Civic Union, which holds 31 seats.", _vs(CU, UP), set()),
    (HOME + "The main opposition force remains the Civic Union of Ivo Rand.", _vs(CU, UP), set()),
    (HOME + "The largest opposition party in Chile is the Civic Union.", set(), _none(CU)),
    # --- an aside ---
    (HOME + "The Civic Union, now in opposition, voted against the budget.", _vs(CU, UP), set()),
    (HOME + "The Civic Union, in opposition since 2021, called for a recount.", _vs(CU, UP), set()),
    (HOME + "The Civic Union, once in opposition, now sits in the cabinet.", set(), _none(CU)),
    # --- no ruler named: the state, unless the sentence names another ---
    (BARE + "The Civic Union, now in opposition, walked out of the chamber.", _vs(CU, OS), set()),
    (BARE + "The Civic Union lost ten seats and went into opposition.", _vs(CU, OS), set()),
    (BARE + "In Chile, the Civic Union went into opposition.", set(), _none(CU)),
    # --- a party that later wins power; a party once ruling ---
    (BARE + "In the 2016 election the Civic Union took 20 seats and went into opposition. The Civic Union won the "
     "snap election of 2022 and has governed since.", set(), _none(CU)),
    (HOME + "The Civic Union heads the opposition, and the Harbour League, once the ruling party, backs it.",
     _vs(CU, UP), _vs(CU, "Harbour League")),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "op", relations_by_document, check_ties)
