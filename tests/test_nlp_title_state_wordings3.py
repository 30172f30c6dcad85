"""A bare head's title ("President X", "Prime Minister X") in a story about another state goes to the state whose
adjective opens the name of the party X leads ("President X, who leads the ruling Nigerian Progress Party":
relations._led_party_state), also where the text names a second state from whose name English would derive the same
adjective ("Niger" + "-ian"): the adjective the gazetteer gives a state it knows ("Nigerian": Nigeria) is that
state's alone, so the title is no longer left to the story's own state. Negatives: the other state's own adjective
("Nigerien": Niger's), a leader named with no title, a former president (no bare title).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). Person and
party names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in an invented state (its name repeated, its institutions), so that bare titles have a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday, and Kalvar's electoral commission said turnout was high "
        "in Kalvar. Kalvar's parliament met on Monday. ")

CASES = [
    # --- the party's adjective is the gazetteer's for one state, though another state's name derives it too ---
    (HOME + "Talks with Niger on the border have stalled. President Ivo Marten, who leads the ruling Nigerian Progress "
     "Party, denied the report. Officials in Abuja said Nigeria had sent no reply.",
     {("Ivo Marten", L, "Nigeria")}, {("Ivo Marten", L, "Kalvar"), ("Ivo Marten", L, "Niger")}),
    (HOME + "Trade with Niger fell last year. President Ivo Marten, who heads the Nigerian People's Party, ordered a "
     "review. Nigeria said it would answer soon.",
     {("Ivo Marten", L, "Nigeria")}, {("Ivo Marten", L, "Kalvar"), ("Ivo Marten", L, "Niger")}),
    (HOME + "Niger reopened its border in March. The bill was drafted by President Ivo Marten, who founded the "
     "Nigerian Labour Front in 2009. Nigeria has not commented.",
     {("Ivo Marten", L, "Nigeria")}, {("Ivo Marten", L, "Kalvar"), ("Ivo Marten", L, "Niger")}),
    (HOME + "Herders from Niger crossed the river. Prime Minister Ivo Marten, who chairs the Nigerian Farmers' Party, "
     "called for calm. Nigeria closed two crossings.",
     {("Ivo Marten", L, "Nigeria")}, {("Ivo Marten", L, "Kalvar"), ("Ivo Marten", L, "Niger")}),
    # --- negatives ---
    # the other state's own adjective: that state's
    (HOME + "Troops from Niger crossed the border. President Ivo Marten, who heads the Nigerien Renewal Party, ordered "
     "a review. Nigeria said it would mediate.",
     {("Ivo Marten", L, "Niger")}, {("Ivo Marten", L, "Nigeria"), ("Ivo Marten", L, "Kalvar")}),
    # no title: no state's post
    (HOME + "Niger and Nigeria signed a trade pact. The Nigerian Labour Front, led by Ivo Marten, welcomed it.",
     set(), {("Ivo Marten", L, "Nigeria"), ("Ivo Marten", L, "Niger"), ("Ivo Marten", L, "Kalvar")}),
    # a former president: no bare title, no state's post
    (HOME + "Niger reopened its border in March. Former President Ivo Marten, who leads the Nigerian Progress Party, "
     "denied the report. Nigeria has not commented.",
     set(), {("Ivo Marten", L, "Nigeria"), ("Ivo Marten", L, "Niger"), ("Ivo Marten", L, "Kalvar")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ts3", relations_by_document, check_ties)
