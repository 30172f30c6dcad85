"""A bare head's title ("President X") in a story whose state already has a named holder of that post: where the
sentence that first names X also names Y, whom the text has ruling the story's state, and Y is named under no other
head's title, X holds the post in another state, not the story's (relations._meets_home_holder): "President X said he
could talk to Y", "an envoy of President X met Y", "President X telephoned Y" (also after a date: "On Tuesday President
X"); and a titled person whose own clause imposes a measure on the story's state or aims a hostile word at it
("President X imposed tariffs on Velnia", "threatened Velnia with sanctions", "accused Velnia of ...":
relations._acts_against_state) is a foreign power's, not the story state's. Where the text names X's own state
("Austrian President X", "US President X"), that qualified mention keeps X's tie. Negatives: the story state's own president under a
bare title, also with a foreign power named in his sentence ("President Y thanked the United States for its aid");
a prime minister meeting the state's president (another post of the same state); a president meeting a person who
rules nothing; the holder's successor or predecessor in the post ("Y's successor, President X": roles.yaml
succession_nouns).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). Person and
state names are invented where the gazetteer allows; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in an invented state whose president the text names with the state
OPEN = "WINDHOEK, May 3 - Namibia's parliament met on Monday. In Namibia, prices rose. "
# the state's ruler, his title told apart from the state's name
HOME = OPEN + "Namibia's leader, Anton Rell, was re-elected in May. Rell remains president despite the protests. "
HOME2 = OPEN + "Anton Rell, who has ruled Namibia since 2019, was sworn in again. Rell remains president. "
HOME3 = OPEN + "Namibia's leader, Anton Rell, spoke on Monday. Rell became president in 2019. "

CASES = [
    # --- the one who follows or preceded the story state's holder in the post holds it in the same state ---
    (OPEN + "The rebels took up arms against the government of President Anton Rell in 1996. Rell's successor, "
     "President Marek Dorn, has promised to reopen talks with the rebels.", {("Marek Dorn", L, "Namibia")}, set()),
    # --- a second president, in a sentence with the story state's president: another state's ---
    (HOME + "President Marek Dorn has said he could talk to Rell, but no meeting has taken place.",
     {("Anton Rell", L, "Namibia")}, {("Marek Dorn", L, "Namibia")}),
    (HOME2 + "Ten prisoners were freed after Ivo Sand, an envoy of President Marek Dorn, met Rell in the capital.",
     {("Anton Rell", L, "Namibia")}, {("Marek Dorn", L, "Namibia")}),
    (HOME3 + "On Tuesday President Marek Dorn telephoned Rell to warn him against holding the vote.",
     {("Anton Rell", L, "Namibia")}, {("Marek Dorn", L, "Namibia")}),
    # the holder named with the state before his name: already another state's (_post_held_by_another), kept
    (OPEN + "Namibia's president, Anton Rell, opened the session. President Marek Dorn said he could talk to Rell.",
     {("Anton Rell", L, "Namibia")}, {("Marek Dorn", L, "Namibia")}),
    # the text names X's own state elsewhere: that state's
    (HOME + "Austrian President Marek Dorn flew home on Friday. Later President Marek Dorn said he could talk to Rell.",
     {("Marek Dorn", L, "Austria")}, {("Marek Dorn", L, "Namibia")}),
    # --- a foreign power's act aimed at the story's state: its head is not the story state's ---
    (OPEN + "President Marek Dorn imposed tariffs on Namibia on Friday.",
     set(), {("Marek Dorn", L, "Namibia")}),
    (OPEN + "On Friday President Marek Dorn threatened Namibia with sanctions.",
     set(), {("Marek Dorn", L, "Namibia")}),
    (OPEN + "President Marek Dorn accused Namibia of harbouring rebels.",
     set(), {("Marek Dorn", L, "Namibia")}),
    (OPEN + "Trade Minister Ivo Sand imposed new tariffs on Namibia.",
     set(), {("Ivo Sand", "member_of", "Namibia"), ("Ivo Sand", L, "Namibia")}),
    # his own state named with his title: that state's
    (OPEN + "US President Marek Dorn imposed tariffs on Namibia on Friday.",
     {("Marek Dorn", L, "United States")}, {("Marek Dorn", L, "Namibia")}),
    # --- negatives ---
    # the story state's president criticises another state's measure on it, or urges his own state
    (OPEN + "President Anton Rell criticised US tariffs on Namibia.",
     {("Anton Rell", L, "Namibia")}, {("Anton Rell", L, "United States")}),
    (OPEN + "President Anton Rell urged Namibia to unite after the floods.",
     {("Anton Rell", L, "Namibia")}, set()),
    # the story state's own president, a foreign power named in his sentence
    (OPEN + "President Anton Rell thanked the United States for its aid.",
     {("Anton Rell", L, "Namibia")}, {("Anton Rell", L, "United States")}),
    # a prime minister meets the state's president: another post of the same state
    (HOME2 + "Prime Minister Ivo Sand met Rell on Tuesday to discuss the budget.",
     {("Ivo Sand", L, "Namibia")}, set()),
    # the story state's president under a bare title, talking to a foreign head of government
    (OPEN + "President Anton Rell said he could talk to Prime Minister Ivo Sand of Italy on Friday.",
     {("Anton Rell", L, "Namibia")}, {("Anton Rell", L, "Italy")}),
    # the person met rules nothing: the bare president stays the story state's
    (OPEN + "President Marek Dorn met the opposition leader Tomas Vey on Tuesday.",
     {("Marek Dorn", L, "Namibia")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ts4", relations_by_document, check_ties)
