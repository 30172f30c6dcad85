"""Object pronouns ("arrested him", "threatened her") as an event's party, through the one resolver
(components.event_mention_of, relations.PhraseResolver.pronoun_actor); invented names, real English pipeline."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document


def events(text: str) -> set[tuple]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events}


@pytest.mark.parametrize("text, target", [
    ("Tovan Greel returned to Sarel on Monday. Police arrested him at the airport.", "Tovan Greel"),
    ("Mira Kessel won the vote in March. The Red Hand militia threatened her on Sunday.", "Mira Kessel"),
    ("Tovan Greel fled the capital in May. The government issued an arrest warrant for him.", "Tovan Greel"),
    ("Tovan Greel led the talks in March. Ilan Marsk criticised him on Monday.", "Tovan Greel"),
    ("Mira Kessel spoke in Sarel. The Red Hand militia abducted her on Sunday.", "Mira Kessel"),
])
def test_an_object_pronoun_is_the_one_person_named_before(text, target):
    assert any(e[2] == target for e in events(text))


@pytest.mark.parametrize("text, typ", [
    # two persons it could be, an interviewer's "we"
    ("Tovan Greel met Ilan Marsk in March. Police arrested him at the airport.", "COERCE"),
    ("Mira Kessel gave a speech. We spoke to her on Monday.", "CONSULT"),
    ("Mira Kessel met Ilan Marsk in March. The Red Hand militia abducted her on Sunday.", "COERCE"),
])
def test_an_object_pronoun_with_no_single_fitting_person_names_no_one(text, typ):
    assert not any(e[1] == typ and e[2] is not None for e in events(text))


@pytest.mark.parametrize("text", [
    "The Red Hand militia seized the port of Sarel in May. Iran trained and armed them from 2017.",
    "The Red Hand militia seized the port of Sarel in May. Iran armed them and paid their fighters.",
])
def test_them_is_the_group_named_before(text):
    assert ("Iran", "AID", "Red Hand militia") in events(text)


@pytest.mark.parametrize("text", [
    # a plural noun that is no actor comes between: "them" are those people, not the group
    "The Red Hand militia seized the port of Sarel in May, and the local tribes that supported them fled.",
    # ("the fighters" would now be the one armed group named before: relations.yaml armed_class_plurals)
    "The Red Hand militia seized the port of Sarel in May. Iran urged the crews to let the ships pass "
    "and warned them against new attacks.",
])
def test_them_after_a_plural_noun_names_no_group(text):
    assert not any(e[2] == "Red Hand militia" for e in events(text))


@pytest.mark.parametrize("text, target", [
    # "its"/"their" on the subject of a reported clause: the speaking body's own, not a closer name
    ("The Karvel Front, the alliance of Ostravia-aligned parties that has been Vendrel's main rival, called for "
     "dialogue and said its offices had been attacked.", "Karvel Front"),
    ("The Karvel Front, an Ostravia-backed party, said its offices had been attacked.", "Karvel Front"),
    ("The Dunmere Party, a rival of Ostravia, said their headquarters had been raided.", "Dunmere Party"),
])
def test_a_possessive_on_a_reported_subject_is_the_speaking_bodys(text, target):
    got = events(text)
    assert any(e[2] == target for e in got) and not any(e[2] == "Ostravia" for e in got), got


def _pronoun_readings(nlp, text: str, word: str) -> list[str | None]:
    from kingmaker.nlp.components import referents

    doc = nlp(text)
    res = referents(doc)
    found = [res.pronoun_actor(t) for t in doc if t.lower_ == word]
    return [doc._.km_actors[a].name if a is not None else None for a in found]


@pytest.mark.parametrize("text", [
    # a person the sentence before speaks of by title or role, with no name, is who "he" most likely is: a name
    # further back is a guess, and the pronoun stays unread
    "President Tomas Ravel of Ostavia met reporters on Monday. I telephoned the Karvelian foreign minister late "
    "that night. He heard me out and promised to reply.",
    "President Tomas Ravel of Ostavia met reporters on Monday. Our delegation then met a spokesman for the "
    "Karvelian cabinet. He promised an answer within a week.",
])
def test_he_after_an_unnamed_titled_person_is_no_one_named_further_back(nlp, text):
    assert _pronoun_readings(nlp, text, "he") == [None]


def test_he_after_a_named_person_is_still_that_person(nlp):
    text = ("I telephoned the Karvelian foreign minister, Ilan Marsk, late that night. He heard me out "
            "and promised to reply.")
    assert _pronoun_readings(nlp, text, "he") == ["Ilan Marsk"]
