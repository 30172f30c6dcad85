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


# a story about one state, told at length, then a foreign body's appeal some sentences later
_TOLVIA = ("Tolvia's parliament passed the new press law on Monday. Tolvia's president signed it the same night, and "
           "Tolvia's police closed two newspapers within hours. Critics say Tolvia now has the strictest media rules in "
           "the region. Kenya's foreign ministry made no comment. Editors gathered outside the closed offices on "
           "Tuesday and read the banned articles aloud to passers-by. Several reporters were held overnight. ")


@pytest.mark.parametrize("tail, source, typ", [
    ("The Karvel Press Union urged the authorities to free the reporters.", "Karvel Press Union", "REQUEST"),
    ("The Karvel Press Union called on the government to repeal the law.", "Karvel Press Union", "REQUEST"),
    ("In a letter, the Karvel Press Union appealed to the authorities to reopen both newspapers.",
     "Karvel Press Union", "REQUEST"),
    ("The Karvel Press Union accused the government of silencing the press.", "Karvel Press Union", "ACCUSE"),
])
def test_the_government_acted_upon_is_the_state_the_story_is_about(tail, source, typ):
    found = events(_TOLVIA + tail)
    assert (source, typ, "Tolvia", False) in found, found


# states named about as often: no choosing between them
_EVEN = ("Tolvia and Kenya signed a river accord on Monday. Tolvia's engineers will build the dam and Kenya's will "
         "run the locks. Critics in Tolvia and in Kenya say the deal favours the builders. Farmers downstream held "
         "a meeting on Tuesday and sent a petition to the regional council. Police broke up a second meeting on "
         "Wednesday. The organisers vowed to return with tractors. Several of them were held overnight. ")


@pytest.mark.parametrize("tail", [
    "The Karvel Farmers' League urged the authorities to free them.",
    "The Karvel Farmers' League called on the government to publish the plans.",
])
def test_the_government_is_no_state_when_the_states_are_named_evenly(tail):
    found = events(_EVEN + tail)
    assert not any(s == "Karvel Farmers' League" and tg in ("Tolvia", "Kenya") for s, t, tg, neg in found), found


def test_the_government_is_not_the_subjects_own_state():
    # the story's state speaking: "the government" it calls on is no act upon itself
    found = events(_TOLVIA + "Tolvia's information minister later called on the government of the region to act.")
    assert not any(t == "REQUEST" and tg == "Tolvia" for s, t, tg, neg in found), found


def test_a_foreign_government_named_close_before_is_the_one_meant():
    # the nearest state named before is taken first (nearest_government), not the story's main state
    found = events(_TOLVIA + "Kenya then expelled a Tolvian trade envoy. The Karvel Press Union urged the government "
                   "in a statement to reverse the expulsion.")
    assert not any(s == "Karvel Press Union" and t == "REQUEST" and tg == "Tolvia" for s, t, tg, neg in found), found
