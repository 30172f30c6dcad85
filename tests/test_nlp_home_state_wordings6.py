"""The story's home state (``PhraseResolver.home_state``) and the state a bare house belongs to (nlp.actors
``_bare_legislatures``: "Parliament", "Congress" with no state named) when the text names a foreign power often only
as the owner of a diplomatic mission or as the story state's neighbour:

- a state named as the owner of an embassy or a consulate ("the Velnian embassy", "Velnia's embassy", "the embassy of
  Velnia": relations.yaml diplomatic_mission_nouns, ``nlp.actors.mission_owner``) is a foreign power where the story is
  set: that mention is no evidence of the story's state, neither for the bare titles ("President X") nor for the
  bare house ("the president of Parliament, X");
- a state the text calls the neighbour ("troops from neighbouring Velnia") is no owner of the bare house, as it is no
  home state: those mentions do not count for it (the house is the story state's if it is named enough);
- who meddles in a state or in its affairs ("accused President X of interfering in Ostravia's internal affairs", "X's
  interference in Ostravia", "X denied meddling in Ostravia": relations.yaml meddling_words, state_affairs_nouns) holds
  no post of that state; the one other state the sentence names is his (not the accuser's).

Negatives: a state that meddles (not the president), a president who will not meddle in the courts, nor in his
state's judiciary, courts or elections (maybe his own), one who condemns, stops or denies another's meddling, the
accuser's state (no state of the meddler's), a story about the owner of an embassy whose host is named, the story's
state once called a neighbour, a mission located in a state ("the Ostravian embassy in Velnia": the host keeps its
count), a story naming its own state too little to have a home (no state for a bare title), a former president, a
foreign president named with his state, a house named with its state's possessive. Each item lists ties that must be present and ties that
must be absent (other ties may be emitted). All names of people, places and bodies are invented, besides a few real
states; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# a reading list about Ostravia whose neighbour is named as often, most times as the owner of an embassy
_FLED = ("Week 4 reading list\n\nOstravia has had five presidents since 2015. Parliament removed its leader in May. "
         "She fled to {m1} in Port Arvo. Her aide sought refuge in {m2} too, and {m3} refused to hand them over. "
         "Velnia said it acted lawfully. Protests spread across Ostravia, and the Ostravian government imposed a "
         "curfew. Trade unions in Ostravia called a strike.\n\nQuestions\n{tail}")
_EMB = ("the Velnian embassy", "the Velnian embassy", "Velnia's embassy")
_OF = ("the embassy of Velnia", "the embassy of Velnia", "Velnia's embassy")
_CONS = ("the Velnian consulate", "Velnia's consulate", "the consulate of Velnia")
_MONK = "President Dara Monk denied any plot."
_FELL = "Why was Tarin Fell, the president of Parliament, sworn in as head of state?"


def _fled(missions: tuple, tail: str) -> str:
    return _FLED.format(m1=missions[0], m2=missions[1], m3=missions[2], tail=tail)


# a real state's story whose neighbour is named for its embassy
_REAL = ("Week 9 reading list\n\nChile has had a stormy year. Congress censured its leader in March. He fled to "
         "{m} in the capital, and {m} refused to hand him over. Argentina said it acted lawfully. Protests spread "
         "across Chile, and the Chilean government imposed a curfew.\n\nNotes\n{tail}")

# the story state's neighbour named as often as the story state, and a bare house
_NEAR = ("Notes for the week\n\nOstravia held a snap vote on Sunday. Troops from {n} Velnia massed on the river, and "
         "refugees from {n} Velnia crossed the bridge. Traders said prices in {n} Velnia had doubled, and the army of "
         "{n} Velnia stayed on alert. {house} met on Monday. The {low} elected a speaker, and the {low} passed a "
         "budget. Voters across Ostravia waited for the count, and the Ostravian government said the vote was calm."
         "\n\n{tail}")

# a story with a home state, for the meddler's title
_HOME = ("Week 4 reading list\n\nOstravia has had five presidents since 2015. Protests spread across Ostravia, and the "
         "Ostravian government imposed a curfew. ")
_DARN_O, _DARN_V = ("Iso Darn", L, "Ostravia"), ("Iso Darn", L, "Velnia")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an embassy's or a consulate's owner is no evidence of the story's state ---
    (_fled(_EMB, _MONK), {("Dara Monk", L, "Ostravia")}, {("Dara Monk", L, "Velnia")}),
    (_fled(_OF, _MONK), {("Dara Monk", L, "Ostravia")}, {("Dara Monk", L, "Velnia")}),
    (_fled(_EMB, _FELL), {("Tarin Fell", L, "Ostravia parliament")}, {("Tarin Fell", L, "Velnia parliament")}),
    (_fled(_OF, _FELL), {("Tarin Fell", L, "Ostravia parliament")}, {("Tarin Fell", L, "Velnia parliament")}),
    (_fled(_CONS, _FELL), set(), {("Tarin Fell", L, "Velnia parliament")}),
    (_REAL.format(m="the Argentine embassy", tail="Later, President Ivo Sarn denied any plot."),
     {("Ivo Sarn", L, "Chile")}, {("Ivo Sarn", L, "Argentina")}),
    (_REAL.format(m="Argentina's embassy", tail="Later, President Ivo Sarn denied any plot."),
     {("Ivo Sarn", L, "Chile")}, {("Ivo Sarn", L, "Argentina")}),
    # negatives: a former president; the foreign state's president named with it; a story about the host state
    (_fled(_EMB, "Former president Dara Monk denied any plot."), set(),
     {("Dara Monk", L, "Ostravia"), ("Dara Monk", L, "Velnia")}),
    (_fled(_EMB, "Velnia's president, Iso Darn, defended the decision."),
     {("Iso Darn", L, "Velnia")}, {("Iso Darn", L, "Ostravia")}),
    ("Velnia votes\n\nVelnia held a snap vote on Sunday. Crowds gathered outside the Ostravian embassy in Velnia, and "
     "the Ostravian embassy closed. Voters across Velnia waited for the count, and the Velnian government said the "
     "vote was calm. President Dara Monk denied any fraud.", {("Dara Monk", L, "Velnia")}, {("Dara Monk", L, "Ostravia")}),
    # negative: the story's state is the mission's owner, its host named ("its embassy in Velnia")
    ("Ostravia closes embassy\n\nOstravia closed its embassy in Velnia on Monday. The Ostravian embassy in Velnia had "
     "been attacked twice, and the Ostravian embassy staff left Velnia by road. Ostravia's embassy in Velnia will stay "
     "shut, officials said. Velnia called the move hasty. President Dara Monk said the staff were safe.",
     {("Dara Monk", L, "Ostravia")}, {("Dara Monk", L, "Velnia")}),
    # negative: the story names its own state once and in passing: no home state for a bare title
    ("Notes\n\nA woman fled to the Velnian embassy in Port Arvo on Monday, and the Velnian embassy refused to hand "
     "her over. Velnia's embassy said it acted lawfully. She had lived in Ostravia. President Dara Monk denied any "
     "plot.", set(), {("Dara Monk", L, "Velnia")}),
    # --- a neighbour owns no bare house ---
    (_NEAR.format(n="neighbouring", house="Parliament", low="parliament",
                  tail="The speaker of parliament, Tarin Fell, said the count was fair."),
     set(), {("Tarin Fell", L, "Velnia parliament")}),
    (_NEAR.format(n="neighboring", house="The legislature", low="legislature",
                  tail="The speaker of the legislature, Tarin Fell, said the count was fair."),
     set(), {("Tarin Fell", L, "Velnia parliament")}),
    (_NEAR.format(n="neighbouring", house="Parliament", low="parliament", tail="President Dara Monk denied any fraud."),
     {("Dara Monk", L, "Ostravia")}, {("Dara Monk", L, "Velnia")}),
    # negative: the story's state called a neighbour once (from the neighbour's side) keeps its other mentions
    ("Notes\n\nOstravia held a snap vote on Sunday, and voters across Ostravia waited for the count. Refugees from "
     "Velnia fled into neighbouring Ostravia. Parliament met on Monday. The parliament elected a speaker. Ostravia's "
     "army stayed on alert. The speaker of parliament, Tarin Fell, said the count was fair.",
     {("Tarin Fell", L, "Ostravia parliament")}, {("Tarin Fell", L, "Velnia parliament")}),
    # --- who meddles in a state's affairs holds no post of it (relations.yaml meddling_words) ---
    (_fled(_EMB, "The government broke off relations with Velnia, accusing President Iso Darn of interfering in "
                 "Ostravia's internal affairs."), {_DARN_V}, {_DARN_O}),
    (_HOME + "The Ostravian government condemned President Iso Darn's interference in Ostravia's internal affairs.",
     set(), {_DARN_O}),
    (_HOME + "President Iso Darn denied meddling in Ostravia.", set(), {_DARN_O}),
    (_HOME + "Ostravia expelled two Velnian diplomats after President Iso Darn was accused of meddling in Ostravia's "
             "internal affairs.", set(), {_DARN_O}),
    # the accuser's state is not the meddler's ("the one other state the sentence names" is not the accuser's)
    (_HOME + "Kavel's foreign minister accused President Iso Darn of interfering in Ostravia.", set(),
     {_DARN_O, ("Iso Darn", L, "Kavel")}),
    # negatives: a state meddles, not the president; a president who will not meddle in the courts
    (_HOME + "President Iso Darn warned Velnia against interfering in Ostravia.", {_DARN_O}, {_DARN_V}),
    (_HOME + "President Iso Darn accused Velnia of meddling in Ostravia's elections.", {_DARN_O}, {_DARN_V}),
    (_HOME + "President Iso Darn said he would never interfere in the courts.", {_DARN_O}, set()),
    # negatives: a state's own courts, judiciary or elections may be meddled in by its own president (only the
    # state itself or its "affairs": relations.yaml state_affairs_nouns)
    (_HOME + "President Iso Darn was accused of interfering in Ostravia's judiciary.", {_DARN_O}, set()),
    (_HOME + "President Iso Darn refused to interfere in Ostravia's courts.", {_DARN_O}, set()),
    (_HOME + "The opposition accused President Iso Darn of interfering in Ostravia's elections.", {_DARN_O}, set()),
    # negatives: who condemns, stops or denies another's meddling is not the meddler
    (_HOME + "President Iso Darn vowed to stop Velnian interference in Ostravia.", {_DARN_O}, set()),
    (_HOME + "President Iso Darn condemned interference in Ostravia's internal affairs.", {_DARN_O}, set()),
    (_HOME + "President Iso Darn denied interference in Ostravia's internal affairs by Velnia.", {_DARN_O}, set()),
    # negative: the house named with the neighbour's possessive is the neighbour's
    (_NEAR.format(n="neighbouring", house="Velnia's parliament", low="parliament",
                  tail="The speaker of Velnia's parliament, Tarin Fell, said the count was fair."),
     set(), {("Tarin Fell", L, "Ostravia parliament")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs6", relations_by_document, check_ties)
