"""Descriptions as an event's party, through the one resolver (components.event_mention_of,
relations.PhraseResolver): "the cleric (himself)" is the one person labelled so before, as a title or in
apposition; "Front leaders" (a body's short name + a people noun) is that body. Invented names."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document


def events(text: str) -> set[tuple]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target)) for e in ex.events if not e.negated}


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # the label as a title before the name, then "the cleric" as a subject
    ("Sunni cleric Omar Haddal called for a boycott on Friday. On Monday the cleric accused Marek Tolvan of fraud.",
     ("Omar Haddal", "ACCUSE", "Marek Tolvan")),
    # "the cleric himself": an intensifier still refers back
    ("Sunni cleric Omar Haddal stayed in Karsa. Marek Tolvan met his aides, though the cleric himself "
     "accused Tolvan of lying.", ("Omar Haddal", "ACCUSE", "Marek Tolvan")),
    # the label in apposition
    ("Lina Varo, a veteran general, spoke on Monday. The general accused Marek Tolvan of treason.",
     ("Lina Varo", "ACCUSE", "Marek Tolvan")),
    # as a target
    ("Sunni cleric Omar Haddal called for a boycott on Friday. Marek Tolvan accused the cleric of inciting violence.",
     ("Marek Tolvan", "ACCUSE", "Omar Haddal")),
])
def test_a_label_is_the_one_person_given_it_before(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_a_label_two_persons_share_stays_unresolved():
    found = events("Sunni cleric Omar Haddal and Shia cleric Jafar Nouri met on Friday. "
                   "On Monday the cleric accused Marek Tolvan of fraud.")
    assert not any(e[0] in ("Omar Haddal", "Jafar Nouri") and e[1] == "ACCUSE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The Patriotic Resistance Front won twelve seats. Front leaders have urged Marek Tolvan to resign.",
     ("Patriotic Resistance Front", "REQUEST", "Marek Tolvan")),
    ("The Karsan Coordination Council won twelve seats in May. Council officials accused Marek Tolvan of fraud.",
     ("Karsan Coordination Council", "ACCUSE", "Marek Tolvan")),
    ("The Vardan Liberation Front took the town in May. Marek Tolvan accused Front fighters of looting.",
     ("Marek Tolvan", "ACCUSE", "Vardan Liberation Front")),
])
def test_a_short_name_with_a_people_noun_is_the_body(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Anna Morrit leads the Voice of Justice Coalition. Voice of Justice lawmakers accused Tomas Vendrel this month "
     "of using state resources.", ("Voice of Justice Coalition", "ACCUSE", "Tomas Vendrel")),
    ("Anna Morrit heads the Path of Dignity Movement. Path of Dignity legislators accused Tomas Vendrel of lying.",
     ("Path of Dignity Movement", "ACCUSE", "Tomas Vendrel")),
    ("The Banner of Unity Alliance won 40 seats in May. Banner of Unity lawmakers accused Tomas Vendrel of fraud "
     "on Monday.", ("Banner of Unity Alliance", "ACCUSE", "Tomas Vendrel")),
])
def test_a_body_s_name_cut_short_with_a_people_noun_is_the_body(text, event):
    # several words opening the one body's name before "lawmakers", "officials": that body
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_a_short_name_two_bodies_share_is_no_body():
    found = events("The Patriotic Front and the Popular Front won twelve seats each. "
                   "Front leaders have urged Marek Tolvan to resign.")
    assert not any(e[1] == "REQUEST" and e[0] in ("Patriotic Front", "Popular Front") for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # "the region" as an object, a subject: the regional authority named before
    ("The Northern Regional Government of Karsa halted exports in May. Finance Minister Marek Tolvan "
     "blamed the region for the delay.", ("Marek Tolvan", "ACCUSE", "Northern Regional Government of Karsa")),
    ("The Northern Regional Government of Karsa halted exports in May. On Monday the region accused "
     "Marek Tolvan of lying.", ("Northern Regional Government of Karsa", "ACCUSE", "Marek Tolvan")),
])
def test_the_region_is_the_regional_authority_named_before(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_the_region_as_a_place_or_without_a_regional_name_is_no_party():
    found = events("The Northern Regional Government of Karsa halted exports in May. Marek Tolvan "
                   "accused rebels in the region of looting.")
    assert not any(e[2] == "Northern Regional Government of Karsa" for e in found if e[0] == "Marek Tolvan"), found
    found = events("Karsa halted exports in May. Finance Minister Marek Tolvan blamed the region for the delay.")
    assert ("Marek Tolvan", "ACCUSE", "Karsa") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("phrase", ["the federal finance ministry", "the central interior ministry",
                                    "the federal cabinet"])
def test_a_federal_state_body_is_the_article_state(phrase):
    text = ("KARSA CITY, Karsa - Karsa's parliament met in Karsa on Monday. Marek Tolvan, the governor of the "
            f"northern province, accused {phrase} of delaying transfers.")
    found = events(text)
    assert ("Marek Tolvan", "ACCUSE", "Karsa") in found, found


@pytest.mark.model
def test_a_ministry_without_federal_or_with_a_name_is_not_the_state_by_this_rule():
    text = ("KARSA CITY, Karsa - Karsa's parliament met in Karsa on Monday. Marek Tolvan, the governor of the "
            "northern province, accused the federal ministry of Varnia of delaying transfers.")
    assert ("Marek Tolvan", "ACCUSE", "Karsa") not in events(text)


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a label with lower-case words before it, given as a title or in apposition
    ("Army chief Ruben Ortega met reporters on Monday. The Crimson Dawn Party refused to back the army chief.",
     ("Crimson Dawn Party", "REJECT", "Ruben Ortega")),
    ("Ilan Marsk, a veteran politician, spoke on Monday. The veteran politician accused Marek Tolvan of fraud.",
     ("Ilan Marsk", "ACCUSE", "Marek Tolvan")),
])
def test_a_label_with_its_words_is_the_one_person_given_it(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # other words than the label was given with, a contrast, or two persons so labelled
    "Police chief Ruben Ortega met reporters on Monday. The army chief accused Marek Tolvan of fraud.",
    "Army chief Ruben Ortega met reporters on Monday. The new army chief accused Marek Tolvan of fraud.",
    "Army chief Ruben Ortega met army chief Ilan Marsk on Monday. The army chief accused Marek Tolvan of fraud.",
])
def test_a_label_with_other_words_or_two_holders_stays_unresolved(text):
    found = events(text)
    assert not any(e[0] in ("Ruben Ortega", "Ilan Marsk") and e[1] == "ACCUSE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Mira Kessel won the vote in March. Ilan Marsk stepped up his attacks on Kessel, accusing her government "
     "of corruption.", ("Ilan Marsk", "ACCUSE", "Mira Kessel")),
    ("Mira Kessel won the vote in March. Ilan Marsk attacked Kessel on Monday, accusing her cabinet of lying.",
     ("Ilan Marsk", "ACCUSE", "Mira Kessel")),
])
def test_her_government_under_a_participle_is_her(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_the_participle_subject_own_body_names_no_second_party():
    found = events("Mira Kessel won the vote in March. She spoke on Monday, accusing her rivals of lying.")
    assert ("Mira Kessel", "ACCUSE", "Mira Kessel") not in found, found


@pytest.mark.model
def test_her_government_with_a_described_subject_is_her():
    found = events("Ms Mira Kessel won the vote in March. The Varnian ambassador, Mr Ilan Marsk, spoke on Monday, "
                   "accusing her government of corruption.")
    assert ("Ilan Marsk", "ACCUSE", "Mira Kessel") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a possessive pronoun: the person's state
    ("Selma Kessin, the prime minister of Ostravia, visited Lusana on Monday. The European Union threatened to cut "
     "aid to her government.", ("European Union", "THREATEN", "Ostravia")),
    ("Tomas Vendrel is the president of Karvel. Russia signed a defence agreement with his government in 2024.",
     ("Russia", "AGREE", "Karvel")),
    # a named possessor
    ("Tomas Vendrel, the president of Karvel, faces elections in May. The United States praised Vendrel's "
     "administration for the reforms.", ("United States", "SUPPORT", "Karvel")),
])
def test_a_persons_government_is_the_state_the_person_leads(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_the_government_of_a_person_tied_to_no_state_is_no_state():
    found = events("Tomas Vendrel visited Lusana on Monday. The European Union threatened to cut aid to his government.")
    assert ("European Union", "THREATEN", None) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a title conjoined before the name: one person
    ("Security forces loyal to Tomas Vendrel arrested his cousin and former deputy Milan Osk on Friday. Vendrel "
     "accused his cousin of plotting a coup.", ("Tomas Vendrel", "ACCUSE", "Milan Osk")),
    ("Security forces loyal to Tomas Vendrel arrested his cousin and former deputy Milan Osk on Friday. Osk accused "
     "his cousin of betrayal.", ("Milan Osk", "ACCUSE", "Tomas Vendrel")),
    # "Y, a nephew of X", and its converse
    ("Milan Osk, a nephew of President Tomas Vendrel, was arrested on Monday. Vendrel accused his nephew of treason.",
     ("Tomas Vendrel", "ACCUSE", "Milan Osk")),
    ("Milan Osk, a nephew of President Tomas Vendrel, was arrested on Monday. Osk accused his uncle of betraying the "
     "revolution.", ("Milan Osk", "ACCUSE", "Tomas Vendrel")),
    # the relation in apposition
    ("Tomas Vendrel stepped down as leader of the Harnow Party in March. His successor, Milan Osk, was elected in May. "
     "Vendrel congratulated his successor.", ("Tomas Vendrel", "SUPPORT", "Milan Osk")),
    ("Tomas Vendrel's deputy, Milan Osk, resigned. Selma Kessin's deputy, Ivo Brandl, resigned. Vendrel praised his "
     "deputy.", ("Tomas Vendrel", "SUPPORT", "Milan Osk")),
])
def test_a_persons_relative_is_the_one_person_the_text_names_so(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_a_relative_the_text_does_not_name_is_no_one():
    found = events("Tomas Vendrel accused his cousin of plotting a coup.")
    assert ("Tomas Vendrel", "ACCUSE", None) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("The provincial council elected Milan Osk as governor on Monday. Tomas Vendrel accused the governor of buying "
     "votes.", ("Tomas Vendrel", "ACCUSE", "Milan Osk")),
    ("Parliament elected Milan Osk as speaker in May. On Friday Tomas Vendrel met the speaker in Lusana.",
     ("Tomas Vendrel", "CONSULT", "Milan Osk")),
    ("Milan Osk was elected chairman of the Harnow Party in March. Tomas Vendrel congratulated the chairman on "
     "Sunday.", ("Tomas Vendrel", "SUPPORT", "Milan Osk")),
])
def test_a_bare_title_is_the_one_person_given_that_office(text, event):
    found = events(text)
    assert event in found, found


@pytest.mark.model
def test_a_bare_title_given_to_two_persons_is_no_one():
    found = events("The northern council elected Milan Osk as governor on Monday. The southern council elected Ivo "
                   "Brandl as governor on Tuesday. Tomas Vendrel accused the governor of buying votes.")
    assert ("Tomas Vendrel", "ACCUSE", None) in found, found
