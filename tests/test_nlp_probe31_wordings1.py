"""(1) A leader's exit asked for with a possessive pronoun (quote-heavy news: a wire report, a press conference): "X
accused the minister Y of lying and called for his resignation", "Y survived the vote, but X demanded her
resignation", "the party pressed the president for his resignation". "his"/"her" on an exit noun (relations.yaml
wished_end exit_words) that a demand verb (wished_end demand_verbs) takes as its object, or as the object of its
"for"/"on", stands for a person other than the one who asks (components.event_mention_of, demanded_exit_owner): the
demand is aimed at Y, not left without a target. Negatives: one's own exit offered or handed in (no demand verb), a
negated demand, a release asked for (still the captor's act: the state that holds her), a pronoun with no other person
of its gender named before. (2) A vote "for" a body marked as chosen afresh (plover.yaml elected_marks: "a",
"new"): "Orvandans vote next month for a new Orvandan Diet" is that body's election, no SUPPORT of it
(event_drops._voted_in); negatives: a vote for a named party or for a body's own measure stays support. (3) A
deliberating body (plover.yaml session_bodies) that meets or convenes with no one named sits in session: "Orvanda's
parliament met on Monday" is no CONSULT (event_drops._sitting); negatives: the body meeting a named party, a party
meeting the body. (4) "the ministry" as the one who acts, after a state's ministry was named ("Orvanda's foreign
ministry said ... In a statement, the ministry accused Y of ..."): that state (components.bare_ministry with
``subject``); negatives: no ministry named before (no state by default), a ministry's own noun ("the ministry's
statement"). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- "called for his resignation": the person the pronoun stands for, not the one asking ---
    ("Opposition leader Tomas Hengari accused Interior Minister Petrus Mbango of lying and called for his "
     "resignation.",
     {("Tomas Hengari", "REQUEST", "Petrus Mbango")}, set()),
    ("Petrus Mbango survived a confidence vote on Tuesday. Opposition leader Tomas Hengari demanded his resignation.",
     {("Tomas Hengari", "REQUEST", "Petrus Mbango")}, set()),
    ("Justice Minister Selma Kaveri lost the vote on the budget. The Oshana Workers League called for her "
     "resignation on Wednesday.",
     {("Oshana Workers League", "REQUEST", "Selma Kaveri")}, set()),
    ("Finance Minister Selma Kaveri admitted the error on Monday, and opposition leader Tomas Hengari urged her "
     "resignation.",
     {("Tomas Hengari", "REQUEST", "Selma Kaveri")}, set()),
    ('"He has lied to parliament," Tomas Hengari told reporters of the minister Petrus Mbango, and he called for '
     "his resignation.",
     {("Tomas Hengari", "REQUEST", "Petrus Mbango")}, set()),
    # --- negatives ---
    # one's own exit offered: no demand, nobody asked
    ("Petrus Mbango survived a confidence vote on Tuesday. Opposition leader Tomas Hengari offered his resignation.",
     set(), {("Tomas Hengari", "REQUEST", "Petrus Mbango")}),
    ("Petrus Mbango survived a confidence vote on Tuesday. Tomas Hengari handed in his resignation on Friday.",
     set(), {("Tomas Hengari", "REQUEST", "Petrus Mbango")}),
    # a demand not made
    ("Petrus Mbango survived a confidence vote on Tuesday. Opposition leader Tomas Hengari did not call for his "
     "resignation.",
     set(), {("Tomas Hengari", "REQUEST", "Petrus Mbango")}),
    # no other man named before: the pronoun stays unread (not the woman the text marks as one)
    ("Justice Minister Selma Kaveri lost the vote. She said she would stay. Opposition leader Tomas Hengari called "
     "for his resignation.",
     set(), {("Tomas Hengari", "REQUEST", "Selma Kaveri")}),
    # --- (2) a vote for a body chosen afresh: an election, no support ---
    ("Orvandans voted in March for a new Orvandan Moot.",
     set(), {("*", "SUPPORT", "Orvandan Moot")}),
    ("Orvandans went to the polls. Orvandans voted in March for a new Orvandan Diet.",
     set(), {("*", "SUPPORT", "Orvandan Diet")}),
    ("Orvandans voted in March for a new parliament, the Orvandan Diet.",
     set(), {("*", "SUPPORT", "Orvandan Diet")}),
    # negatives: a side voted for is backed
    ("Orvandans voted in March for the Lakeside Growers Guild.",
     {("*", "SUPPORT", "Lakeside Growers Guild")}, set()),
    ("In parliament, the Lakeside Growers Guild voted for the Orvanda Lantern Party's budget.",
     {("Lakeside Growers Guild", "SUPPORT", "Orvanda Lantern Party")}, set()),
    # --- (3) a body in session: no consultation ---
    ("Orvandans went to the polls in May. Orvanda's parliament met on Monday for the first time after the vote.",
     set(), {("*", "CONSULT", "*")}),
    ("Orvandans went to the polls in May. Orvanda's cabinet has met just once since the floods.",
     set(), {("*", "CONSULT", "*")}),
    ("Orvandans went to the polls in May. Orvanda's parliament meets again on Tuesday to debate the budget.",
     set(), {("*", "CONSULT", "*")}),
    # negatives: a party met
    ("Orvandans went to the polls in May. Orvanda's parliament met the leaders of the Lakeside Growers Guild.",
     {("*", "CONSULT", "Lakeside Growers Guild")}, set()),
    ("The Lakeside Growers Guild met with Orvanda's parliament on Tuesday.",
     {("Lakeside Growers Guild", "CONSULT", "*")}, set()),
    # --- (4) "the ministry" acting: the state whose ministry was named ---
    ("Orvanda's foreign ministry said two of its envoys were held at the border. In a statement, the ministry "
     "accused the Lantern Brigade of kidnapping them.",
     {("Orvanda", "ACCUSE", "Lantern Brigade")}, set()),
    ("The Orvandan foreign ministry said the border post had been shelled overnight. The ministry later demanded "
     "that Kessary withdraw its troops from the hills.",
     {("Orvanda|Orvandan", "REQUEST", "Kessary")}, set()),
    # negatives: no ministry named before
    ("Orvandans went to the polls in May. The ministry accused the Lantern Brigade of kidnapping two envoys.",
     set(), {("Orvanda|Orvandan|Orvandans", "ACCUSE", "Lantern Brigade")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pr31", events_by_document, check_events)
