"""A bare title met at the end of a journey: (1) "travelled to Velnia, where he was received by Prime Minister X",
"flew to Velnia, where she held talks with President Y", "visited Velnia, where he met Defence Minister Z": a "where"
clause on the place a journey goes to (relations.yaml visitor_verbs, journey_verbs), whose verb receives the
traveller (guest_host_verbs, the titled person its agent), meets the titled person (visit_meeting_verbs) or holds talks
with them (visit_talk_words), makes the title the visited state's, not the story's own state; (2) "arrived in Velnia
and met President X", "arrived in the Velnian capital and met President X": the meeting joined by "and" to the
journey's verb, one subject for both (a state's adjective before visit_capital_nouns names its capital). Not the
traveller's own title, a title the text gives another state, a meeting with its own subject, nor a meeting denied.
Several wordings per mechanism with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a story set in one state (its name repeated, one of its institutions), so that it has a home state; Velnia is named
# as a state by its army
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. Velnia's army massed troops on the border. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "travelled to Velnia, where he was received by Prime Minister X" ---
    (HOME + "Amon Tesh travelled to Velnia, where he was received by Prime Minister Ivo Dask.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    (HOME + "Amon Tesh travelled to Velnia on Monday, where he was welcomed by President Ivo Dask.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    (HOME + "Amon Tesh flew to Velnia, where he held talks with President Ivo Dask.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    (HOME + "Last year Amon Tesh visited Velnia, where he met Defence Minister Ivo Dask.",
     {("Ivo Dask", M, "Velnia")}, {("Ivo Dask", M, "Kalvar")}),
    (HOME + "Amon Tesh travelled to Kenya, where he was received by Prime Minister Ivo Dask.",
     {("Ivo Dask", L, "Kenya")}, {("Ivo Dask", L, "Kalvar")}),
    # --- (2) "arrived in Velnia and met President X" ---
    (HOME + "The envoy Amon Tesh arrived in the Velnian capital and met President Ivo Dask, the press service says.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    (HOME + "The envoy Amon Tesh arrived in Velnia on Friday and met Prime Minister Ivo Dask.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    (HOME + "The envoy Amon Tesh arrived in the Kenyan capital and met President Ivo Dask on Monday.",
     {("Ivo Dask", L, "Kenya")}, {("Ivo Dask", L, "Kalvar")}),
    # --- negatives ---
    # the traveller's own title: the story's state's
    (HOME + "President Ivo Dask travelled to Velnia, where he was received by crowds.",
     {("Ivo Dask", L, "Kalvar")}, {("Ivo Dask", L, "Velnia")}),
    # a title the text gives another state
    (HOME + "Amon Tesh travelled to Velnia, where he was received by Kalvar's ambassador, Ivo Dask.",
     set(), {("Ivo Dask", M, "Velnia"), ("Ivo Dask", L, "Velnia")}),
    # the meeting has a subject of its own: no meeting of the traveller's
    (HOME + "Amon Tesh arrived in Velnia and President Ivo Dask met the opposition at home.",
     set(), {("Ivo Dask", L, "Velnia")}),
    # a meeting denied
    (HOME + "Amon Tesh flew to Velnia, where he did not meet President Ivo Dask.",
     set(), {("Ivo Dask", L, "Velnia")}),
    # a "where" clause on a place no journey goes to
    (HOME + "Amon Tesh was born in Velnia, where he met President Ivo Dask at school.",
     set(), {("Ivo Dask", L, "Velnia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l9", relations_by_document, check_ties)
