"""Who is acted upon when an event's object is "the government" / "the authorities" with no state named close before
(components.event_mention_of: nearest_government, then dominant_state): the state the story names far more often
than any other; nobody where its states are named about as often, or where the clause's own subject is that state.
Invented names and wordings; real English pipeline."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

pytestmark = pytest.mark.model


def events(text: str) -> set[tuple]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names.get(e.source), e.type, names.get(e.target), e.negated) for e in ex.events}


# stories about one state that never say where they happen (PhraseResolver.home_state finds none), with the appeal
# several sentences after any state is named
_PRESS = ("Tanzania expelled two foreign reporters on Monday. Tanzania has closed four newspapers this year and says "
          "more closures will follow. Tanzania denies any crackdown, and Tanzania's allies agree. Kenya said it was "
          "watching. Editors gathered "
          "outside the closed offices on Tuesday and read the banned articles aloud. Several reporters were held "
          "overnight. Their families waited outside the station until dawn. ")
_ENVOY = ("Tanzania expelled two Kenyan reporters on Monday. Tanzania's decision drew protests, and Tanzania's envoy "
          "to the African Union defended it. Tanzania rarely explains itself. Kenya said it was watching. Editors "
          "gathered outside the closed offices "
          "on Tuesday and read the banned articles aloud. Several reporters were held overnight. Their families waited "
          "outside the station until dawn. ")
_TALKS = ("The talks between Tanzania and the Sable Front resumed in Nairobi on Monday. Tanzania's negotiators arrived "
          "late, and Tanzania's chief envoy, Marek Osse, left early. Tanzania has fought the Front since 2019. The "
          "Front's delegates walked the hotel gardens for an hour. Mediators then drafted a short text. No one signed "
          "it. ")


@pytest.mark.parametrize("story, tail, source, typ", [
    (_PRESS, "The Karvel Press Union urged the authorities to free the reporters.", "Karvel Press Union", "REQUEST"),
    (_PRESS, "The Karvel Press Union called on the government to reopen the newspapers.", "Karvel Press Union",
     "REQUEST"),
    (_ENVOY, "The Karvel Press Union urged the authorities to free the reporters.", "Karvel Press Union", "REQUEST"),
    (_TALKS, "The Karvel Church Council urged the government to return to the table.", "Karvel Church Council",
     "REQUEST"),
])
def test_the_government_acted_upon_is_the_state_the_story_names_most(story, tail, source, typ):
    found = events(story + tail)
    assert (source, typ, "Tanzania", False) in found, found


# states named about as often: no choosing between them
_EVEN = ("Tanzania expelled two foreign reporters on Monday, and Kenya did the same. Tanzania has closed four "
         "newspapers this year and Kenya has closed three. Editors gathered outside the closed offices on Tuesday and "
         "read the banned articles aloud. Several reporters were held overnight. Their families waited outside the "
         "station until dawn. ")


@pytest.mark.parametrize("tail", [
    "The Karvel Press Union called on the government to reopen the newspapers.",
    "The Karvel Press Union urged the authorities to free the reporters.",
])
def test_the_government_is_no_state_when_the_states_are_named_evenly(tail):
    found = events(_EVEN + tail)
    assert not any(s == "Karvel Press Union" and tg in ("Tanzania", "Kenya") for s, t, tg, neg in found), found


def test_a_foreign_power_named_a_few_times_is_not_the_government_joined():
    # a story about a state it barely names: a foreign power named three times is not what "the government" is
    found = events("Sarvel's parliament elected a new speaker on Monday. Egypt welcomed the vote, and Egypt's envoy "
                   "called it a step forward. Critics say Egypt chose the speaker. Turkey said nothing. The Amber Party "
                   "held three ministries and agreed to join the government in March.")
    assert not any(s == "Amber Party" and tg == "Egypt" for s, t, tg, neg in found), found


def test_the_government_is_not_the_subjects_own_state():
    # the story's own state speaking: the government it calls on is another's
    found = events(_PRESS + "Tanzania later called on the government to expel the remaining reporters.")
    assert not any(s == "Tanzania" and tg == "Tanzania" for s, t, tg, neg in found), found


# the state is named far back, its leader close before the appeal (components.nearest_government: the one state of a
# person named in the look-back, outside the appeal's own sentence)
_LEADER = ("Kenya and Uganda met in Arusha last month. Tanzania's president, Hamisi Ruvu, attended the summit. The talks "
           "dealt with fishing rights on the lake. Both delegations left without a statement. Ten days later Ruvu "
           "closed the border crossing at Namanga without warning. Traders were stranded for a week. ")


@pytest.mark.parametrize("tail", [
    "The Karvel Traders' Council urged the government to reopen the crossing.",
    "The Karvel Traders' Council called on the authorities to compensate them.",
])
def test_the_government_is_the_state_of_the_leader_named_just_before(tail):
    found = events(_LEADER + tail)
    assert ("Karvel Traders' Council", "REQUEST", "Tanzania", False) in found, found


def test_a_person_merely_from_a_state_gives_no_government():
    found = events("Kenya and Uganda met in Arusha last month. Hamisi Ruvu, a trader from Tanzania, attended the "
                   "summit. The talks dealt with fishing rights on the lake. Both delegations left without a "
                   "statement. Ten days later Ruvu closed his shops at Namanga without warning. Traders were stranded "
                   "for a week. The Karvel Traders' Council urged the government to reopen the crossing.")
    assert not any(s == "Karvel Traders' Council" and t == "REQUEST" and tg is not None
                   for s, t, tg, neg in found), found


def test_the_government_urged_by_its_own_minister_is_not_named_for_his_state():
    """Found in review: a minister of the one state named close before urges "the government": his own state's
    government is not the one meant (the subject speaks for the state), so no target is given."""
    found = events("Arvo Tann, Velnia's foreign minister, flew to Dussel last week. Tann arrived in Dussel on Monday. "
                   "He urged the government to free the prisoners.")
    assert not any(e[1] == "REQUEST" and e[2] == "Velnia" for e in found), found
