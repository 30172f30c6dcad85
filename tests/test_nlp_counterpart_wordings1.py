"""Diplomatic and opposition posts told with a state's possessive or an "of" phrase: (1) "Velnia's opposition leader,
X", "X, Velnia's main opposition leader,": a leader's title with an opposition word leads the state's opposition,
so X opposes the state and does not lead it (relations._for_state; not a former one); (2) "met Velnia's envoy to the
Gulf, X, on Friday": a posted role (word_lists.posted_roles) whose "to" / "in" / "at" place is no actor, with the
name after it set off by commas: X holds the post (relations._unnamed_posting, actors._place_apposition) and is the
one met (events._posting_apposition), not the state; (3) "the deputy foreign minister of Velnia, X, arrived": a
name set off by commas right after a role, "of" and a state is the post's holder, whatever kind the NER gave it
(actors._named_after_state_post; not a name said by someone, nor a list). Several wordings per mechanism with
negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, check_ties, events_by_document, relations_by_document

pytestmark = pytest.mark.model

L, M, O = "leader_of", "member_of", "opposes"

# a story with a clear home state (its dateline, its name repeated, one of its institutions)
HOME = "ORSK, May 4 - Kalvar's parliament met on Monday. In Kalvar, the session was short. Velnia and Kalvar signed a pact. "
# a story set in Velnia, for its opposition
VHOME = "VELSK, May 4 - Velnia's parliament met on Monday. In Velnia, the session was short. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "Velnia's opposition leader, X": X opposes Velnia, leads no state ---
    (VHOME + "Velnia's opposition leader, Ruta Kesselm, called for a fresh vote.",
     {("Ruta Kesselm", O, "Velnia")}, {("Ruta Kesselm", L, "Velnia")}),
    (VHOME + "Police in Velnia held Ruta Kesselm, Velnia's opposition leader, for a night.",
     {("Ruta Kesselm", O, "Velnia")}, {("Ruta Kesselm", L, "Velnia")}),
    (VHOME + "Velnia's main opposition leader, Ruta Kesselm, stayed away from the count.",
     {("Ruta Kesselm", O, "Velnia")}, {("Ruta Kesselm", L, "Velnia")}),
    (VHOME + "Velnia's opposition leader Ruta Kesselm stayed away from the count.",
     {("Ruta Kesselm", O, "Velnia")}, {("Ruta Kesselm", L, "Velnia")}),
    (VHOME + "Velnia's leader, Ruta Kesselm, asked for calm.",
     {("Ruta Kesselm", L, "Velnia")}, {("Ruta Kesselm", O, "Velnia")}),
    (VHOME + "Velnia's former opposition leader, Ruta Kesselm, now runs a bakery.",
     set(), {("Ruta Kesselm", L, "Velnia"), ("Ruta Kesselm", O, "Velnia")}),
    # --- (2) "Velnia's envoy to the Gulf, X": X serves Velnia ---
    (HOME + "Kalvar's president, Ivo Dask, met Velnia's envoy to the Gulf, Osk Tamber, on Friday.",
     {("Osk Tamber", M, "Velnia")}, {("Osk Tamber", M, "Kalvar")}),
    (HOME + "Kalvar's premier, Ivo Dask, received Velnia's ambassador to the region, Osk Tamber, in the morning.",
     {("Osk Tamber", M, "Velnia")}, {("Osk Tamber", M, "Kalvar")}),
    (HOME + "Ivo Dask later saw Velnia's representative to the summit, Osk Tamber-Vey, for an hour.",
     {("Osk Tamber-Vey", M, "Velnia")}, set()),
    (HOME + "Velnia sent a convoy to the region, Osk Tamber said on Friday.", set(), {("Osk Tamber", M, "Velnia")}),
    (HOME + "Velnia's trucks drove to the border, Osk Tamber said.", set(), {("Osk Tamber", M, "Velnia")}),
    # --- (3) "the deputy foreign minister of Velnia, X,": X holds the post ---
    (HOME + "The minister of Velnia, Ramona Eskivel, flew home on Tuesday.",
     {("Ramona Eskivel", M, "Velnia")}, set()),
    (HOME + "Trade goes through the south of Velnia, Ramona Eskivel said.", set(), {("Ramona Eskivel", M, "Velnia")}),
]

XFAIL: dict[str, str] = {
    HOME + "Ivo Dask later saw Velnia's representative to the summit, Osk Tamber-Vey, for an hour.":
        "the NER tags the hyphened name an organisation here, and the parser hangs it on the verb",
}

extracted, test_wording = battery(CASES, XFAIL, "cp", relations_by_document, check_ties)

# (text, events that must be present, events that must be absent): the one met is the envoy named after the posting
EVENT_CASES = [
    (HOME + "Kalvar's president, Ivo Dask, met Velnia's envoy to the Gulf, Osk Tamber, on Friday.",
     {("Ivo Dask", "CONSULT", "Osk Tamber")}, {("Ivo Dask", "CONSULT", "Velnia")}),
    (HOME + "Kalvar's president, Ivo Dask, met Velnia's ambassador to the region, Osk Tamber-Vey, on Friday.",
     {("Ivo Dask", "CONSULT", "Osk Tamber-Vey")}, {("Ivo Dask", "CONSULT", "Velnia")}),
    (HOME + "Kalvar's president, Ivo Dask, hosted Velnia's envoy at the summit, Osk Tamber, on Friday.",
     {("Ivo Dask", "CONSULT", "Osk Tamber")}, {("Ivo Dask", "CONSULT", "Velnia")}),
    (HOME + "Kalvar's president, Ivo Dask, met the envoys in Orsk, the capital of Velnia, on Friday.",
     set(), {("Ivo Dask", "CONSULT", "Orsk"), ("Ivo Dask", "CONSULT", "Velnia")}),
]

EVENT_XFAIL: dict[str, str] = {
    HOME + "Ivo Dask later saw Velnia's representative to the summit, Osk Tamber-Vey, for an hour.":
        "the NER tags the hyphened name an organisation here, and the parser hangs it on the verb",
}

extracted_events, test_event_wording = battery(EVENT_CASES, EVENT_XFAIL, "cpe", events_by_document, check_events,
                                               fixture="extracted_events")
