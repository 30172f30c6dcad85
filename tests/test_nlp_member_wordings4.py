"""member_of ties of a second role the parser hangs on a name and of a contrast with a denied membership, and two kinds
of state tie the development sets gave wrongly, written for this battery with invented names:

- "X, a senior aide to Y and a member of his Z Movement": the second role noun, with its own article, is made a
  conjunct of the person named as the first role's object (relations._role_after_named_object): it is X's role, so X
  is a member of Z; not when the conjunct is no role ("an adviser to Y and his wife") or the phrase is no apposition
  ("the letter went to Y and a member of Z");
- a state's adjective before a role that only tells where the person comes from (relations.yaml
  word_lists.origin_only_roles): "X, an Ostravian activist", "the Ostravian activist X", "the Ostravian cleric X" tie X
  to no state; a post does ("an Ostravian official", "the Ostravian diplomat X", "Ostravian Foreign Minister X");
- a body's role named by its modifier, "in" a state ("a Dawn Party official in Sarvenia, X"): where the post is, no
  post of that state (as "Iran's ambassador in Baghdad"); a state's own post "in" it still is one ("a senior
  official in Sarvenia");
- a contrast with a denied membership (relations._unlike_members): "Unlike A and B, C has not joined the Y Alliance",
  "Unlike A, C is not a member of Y": A and B are members of Y; not when the clause tells a membership ("Unlike A, C
  has joined Y": A is none), a supposed one ("would not join"), one ended ("is no longer a member") or another act
  ("has not attacked Y").

Strict xfails name the cause of what is not read yet."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
# three states the reader knows as states
LAKE = "The Republic of Sarvenia, the Republic of Ostravia and the Republic of Borvania share the lake. "

CASES = [
    # --- a second role hung on the first role's object (the positive, a parse the model gives only for some
    # names, is read on a hand-built parse below) ---
    # negatives: no role after "and"; no apposition at all
    ("Lena Varga, an adviser to Tomas Halder and his wife, met the president.", set(),
     {("Lena Varga", M, "Tomas Halder")}),
    ("The letter went to Tomas Halder and a member of the Labour Front.", set(), {("Tomas Halder", M, "Labour Front")}),
    # --- a state's adjective that only tells where the person is from ---
    (LAKE + "Sarvenian police deported the Ostravian activist Lena Varga.", set(), {("Lena Varga", M, "Ostravia")}),
    (LAKE + "Lena Varga, an Ostravian activist, was deported.", set(), {("Lena Varga", M, "Ostravia")}),
    (LAKE + "The Ostravian cleric Lena Varga preached in Sarvenia.", set(), {("Lena Varga", M, "Ostravia")}),
    # a post of the state still ties
    (LAKE + "Lena Varga, an Ostravian official, was deported.", {("Lena Varga", M, "Ostravia")}, set()),
    (LAKE + "Sarvenian police deported the Ostravian diplomat Lena Varga.", {("Lena Varga", M, "Ostravia")}, set()),
    (LAKE + "Ostravian Foreign Minister Lena Varga spoke.", {("Lena Varga", M, "Ostravia")}, set()),
    # --- a body's official "in" a state ---
    (LAKE + "A Dawn Party official in Sarvenia, Lena Varga, said the party was not concerned.",
     {("Lena Varga", M, "Dawn Party")}, {("Lena Varga", M, "Sarvenia")}),
    (LAKE + "Lena Varga, a senior official in Sarvenia, was deported.", {("Lena Varga", M, "Sarvenia")}, set()),
    # --- a contrast with a denied membership ---
    (LAKE + "Unlike Sarvenia and Ostravia, Borvania has not joined the Lake Alliance.",
     {("Sarvenia", M, "Lake Alliance"), ("Ostravia", M, "Lake Alliance")}, {("Borvania", M, "Lake Alliance")}),
    (LAKE + "Unlike Sarvenia, Borvania is not a member of the Lake Alliance.", {("Sarvenia", M, "Lake Alliance")},
     {("Borvania", M, "Lake Alliance")}),
    ("Unlike Lena Varga, Marco Delin has not joined the Dawn Party.", {("Lena Varga", M, "Dawn Party")},
     {("Marco Delin", M, "Dawn Party")}),
    # negatives: a membership told, a supposed one, one ended, another act
    (LAKE + "Unlike Sarvenia, Borvania has joined the Lake Alliance.", {("Borvania", M, "Lake Alliance")},
     {("Sarvenia", M, "Lake Alliance")}),
    (LAKE + "Unlike Sarvenia, Borvania would not join the Lake Alliance.", set(), {("Sarvenia", M, "Lake Alliance")}),
    (LAKE + "Unlike Sarvenia, Borvania is no longer a member of the Lake Alliance.", set(),
     {("Sarvenia", M, "Lake Alliance")}),
    (LAKE + "Unlike Sarvenia, Borvania has not attacked the Lake Alliance.", set(), {("Sarvenia", M, "Lake Alliance")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw4", relations_by_document, check_ties)


def _aide_and_member(second: str, second_pos: str, second_tag: str) -> set:
    """"Omar Salim, a senior aide to Karimi and <a/his> <second> of the Nour Movement, spoke." parsed as the model
    sometimes does: the second noun a conjunct of "Karimi", not of "aide"."""
    from test_nlp_relations import built, ties

    doc = built([("Omar", 1, "compound", "PROPN", "NNP"), ("Salim", 16, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("a", 5, "det", "DET", "DT"), ("senior", 5, "amod", "ADJ", "JJ"),
                 ("aide", 1, "appos", "NOUN", "NN"), ("to", 5, "prep", "ADP", "IN"),
                 ("Karimi", 6, "pobj", "PROPN", "NNP"), ("and", 7, "cc", "CCONJ", "CC"),
                 ("a", 10, "det", "DET", "DT"), (second, 7, "conj", second_pos, second_tag),
                 ("of", 10, "prep", "ADP", "IN"), ("the", 14, "det", "DET", "DT"),
                 ("Nour", 14, "compound", "PROPN", "NNP"), ("Movement", 11, "pobj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("spoke", 16, "ROOT", "VERB", "VBD"), (".", 16, "punct", "PUNCT", ".")],
                {(0, 2): ("Omar Salim", "person"), (7, 8): ("Karimi", "person"), (13, 15): ("Nour Movement", "organization")})
    return ties(doc)


def test_a_second_role_hung_on_the_first_roles_object_is_the_appositions():
    assert ("Omar Salim", M, "Nour Movement") in _aide_and_member("member", "NOUN", "NN")


def test_a_second_noun_of_no_role_hung_on_the_object_ties_nothing():
    assert ("Omar Salim", M, "Nour Movement") not in _aide_and_member("friend", "NOUN", "NN")
