"""Definite descriptions ("the bloc", "the alliance", "the coalition") refer back through the one resolver
(relations.PhraseResolver.definite, relations.yaml definite_heads); invented names, real English pipeline."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.knowledge import knowledge
from kingmaker.model import Document


def rels(text: str) -> set[tuple[str, str, str]]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}


def test_definite_heads_are_data_with_known_subkinds():
    heads = knowledge().relations["definite_heads"]
    subkinds = {v for kinds in heads.values() for v in kinds}
    assert heads["bloc"] == ["coalition"] and heads["party"] == ["party"]
    assert None in heads["militia"] and "party" not in heads["militia"]  # "the militia" is never a party
    assert subkinds <= {None, "armed_group", "movement", "party", "coalition", "organization"}


@pytest.mark.parametrize("text, tie", [
    ("The Dawn Coalition won 40 seats in March. Ilan Marsk, a senior official of the bloc, met reporters.",
     ("Ilan Marsk", "member_of", "Dawn Coalition")),
    ("The Dawn Coalition won 40 seats in March. Ilan Marsk, a member of the bloc, met reporters.",
     ("Ilan Marsk", "member_of", "Dawn Coalition")),
    ("The Dawn Coalition won 40 seats in March. The bloc's leader, Ilan Marsk, met reporters.",
     ("Ilan Marsk", "leader_of", "Dawn Coalition")),
    ("The Dawn Coalition won 40 seats in March. Ilan Marsk, who leads the alliance, met reporters.",
     ("Ilan Marsk", "leader_of", "Dawn Coalition")),
    ("The Northern Alliance won 40 seats in March. Ilan Marsk, a senior official of the coalition, met reporters.",
     ("Ilan Marsk", "member_of", "Northern Alliance")),
    ("The Dawn Coalition won 40 seats in March. Tovan Greel, a spokesman for the bloc, said it would boycott "
     "the session.", ("Tovan Greel", "member_of", "Dawn Coalition")),
    ("The Green List won 40 seats in March. Ilan Marsk, who heads the bloc, met reporters.",
     ("Ilan Marsk", "leader_of", "Green List")),
])
def test_a_coalition_head_refers_back_to_the_coalition_named_before(text, tie):
    assert tie in rels(text)


@pytest.mark.parametrize("text", [
    # no body of the right kind before: an armed group is no bloc
    "The Red Hand militia shelled a town in March. Ilan Marsk, a senior official of the bloc, met reporters.",
    "The Red Hand militia shelled a town in March. Tovan Greel, who leads the alliance, met reporters.",
    # a contrast, a plural, a bloc of states, a phrase naming its own body or described anew
    "The Dawn Coalition won 40 seats in March. Ilan Marsk, a senior official of the other bloc, met reporters.",
    "The Dawn Coalition won 40 seats in March. Ilan Marsk, who leads one of the blocs, met reporters.",
    "The Dawn Coalition won 40 seats in March. Ilan Marsk, a senior official of the largest bloc, met reporters.",
    "The Dawn Coalition won 40 seats in March. Ilan Marsk, a senior official of the regional bloc, met reporters.",
    "The Dawn Coalition won 40 seats in March. Ilan Marsk, who leads the alliance that won the vote in the north, "
    "met reporters.",
])
def test_no_fitting_antecedent_gives_no_tie(text):
    assert not {r for r in rels(text) if r[2] == "Dawn Coalition" or r[0] == "Red Hand militia"
                or r[2] == "Red Hand militia"}


def test_a_name_the_noun_heads_wins_over_a_closer_body_of_that_kind():
    found = rels("The Dawn Alliance won 40 seats in March. The Vanto Front held a rally. Ilan Marsk, a senior "
                 "official of the alliance, met reporters.")
    assert ("Ilan Marsk", "member_of", "Dawn Alliance") in found
    assert not any(r[2] == "Vanto Front" for r in found)


def test_a_describing_modifier_still_lets_a_name_the_noun_heads_fit():
    # "the ruling party" is the Dawn Party named before; "the ruling bloc" is no coalition merely of that kind
    assert ("Ilan Marsk", "leader_of", "Dawn Party") in rels(
        "The Dawn Party won 40 seats. Ilan Marsk, who leads the ruling party, met reporters.")
    assert not rels("The Dawn Coalition won 40 seats in March. Ilan Marsk, who leads the ruling bloc, met reporters.")


def test_the_party_after_deputies_left_it_is_still_the_party():
    assert ("Ilan Marsk", "member_of", "Dawn Party") in rels(
        "Twelve deputies left the Dawn Party on Monday. Ilan Marsk, a senior official of the party, condemned them.")
