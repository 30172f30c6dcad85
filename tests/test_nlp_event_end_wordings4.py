"""PLOVER events whose doer is lost past a reporter set off by commas (a fourth battery, written before changing the
event reader): (1) "X met Y, his office said, but did not meet Z": a second verb made finite by its own auxiliary
("did not", "will not", "could not"), joined to the reporting verb whose clause comes first, is done by the first
clause's subject, not by the reporter's owner ("his" office: whoever was named last) nor by the first clause's object.
Negatives: the first clause's object never becomes the doer of the second act; an act one could not do is no
refusal. (2) "The opposition Civic Forum, the coalition led by X, walked out and accused Y": a common noun before a
name, split off it by the parser as a subject of its own, is the name's modifier; the name does the act (not a
negated act, not the person the description names); so is a fronted noun with a name in apposition ("The rebel
Harrow Front, the group led by X, accused Y": the Front, not the description set off after it, nor X). (3) "dismissed the parliament as a rubber stamp": a removal verb
with an "as" phrase naming no post judges its object, no one is removed from office ("dismissed General X as army
chief", "dismissed General X" still are).

Events are compared with their negation: a negated event's type carries a trailing "!" ("CONSULT!"). Same other
conventions as tests/test_nlp_event_end_wordings3.py. Invented states and people; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

# two invented states and their leaders, each named as an actor before the sentence under test
_TWO = ("President Aldo Kerremans of Tessary flew to Morvane on Sunday. Caius Orlen is the prime minister of Morvane. "
        "Ivo Dask leads the opposition in Morvane. ")
_AFTER = " Orlen and Dask have quarrelled for years."

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) a second verb with its own auxiliary after ", REPORTER said, but": the first clause's subject ---
    (_TWO + "Kerremans met Orlen on Monday, his office said, but did not meet Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen"), ("Aldo Kerremans", "CONSULT!", "Ivo Dask")},
     {("Caius Orlen", "CONSULT!", "*")}),
    (_TWO + "Kerremans met Orlen on Monday, officials said, but will not meet Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen"), ("Aldo Kerremans", "REJECT", "Ivo Dask")},
     {("Caius Orlen", "CONSULT!|REJECT", "*")}),
    (_TWO + "Kerremans visited Orlen on Monday, his aides said, but did not visit Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT!", "Ivo Dask")},
     {("Caius Orlen", "CONSULT!", "*")}),
    (_TWO + "Kerremans met Orlen on Monday, his spokesman said, but would not meet Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen"), ("Aldo Kerremans", "REJECT", "Ivo Dask")},
     {("Caius Orlen", "CONSULT!|REJECT", "*")}),
    (_TWO + "Kerremans did not meet Orlen on Monday, his aides said, but did meet Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Ivo Dask")},
     {("Caius Orlen", "CONSULT", "*")}),
    (_TWO + "Kerremans praised Orlen on Monday, her office said, but did not praise Dask." + _AFTER,
     {("Aldo Kerremans", "SUPPORT", "Caius Orlen")},
     {("Caius Orlen", "SUPPORT!|SUPPORT", "*")}),
    # --- negatives: no second act of the first clause's object, nor one read from an infinitive; an act one
    # could not do is no refusal ---
    (_TWO + "Kerremans met Orlen on Monday, his spokesman said, but could not meet Dask." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen")},
     {("Caius Orlen", "CONSULT!|CONSULT|REJECT", "Ivo Dask"), ("Aldo Kerremans", "REJECT", "Ivo Dask")}),
    (_TWO + "Kerremans met Orlen on Monday, his office said, and Dask refused to meet him." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen")},
     {("Caius Orlen", "CONSULT!|REJECT", "*")}),
    (_TWO + "Kerremans met Orlen on Monday and did not meet Dask, his office said." + _AFTER,
     {("Aldo Kerremans", "CONSULT", "Caius Orlen"), ("Aldo Kerremans", "CONSULT!", "Ivo Dask")},
     {("Caius Orlen", "CONSULT!", "*")}),
]

_STATES = "Tessary and Morvane are neighbours. "

CASES += [
    # --- (2) a common noun split off the name it modifies: the name's body acts ---
    (_STATES + "The opposition Civic Forum, the coalition led by Ivo Dask, walked out of parliament and accused "
     "Morvane of fraud.",
     {("Civic Forum", "ACCUSE", "Morvane")}, {("Ivo Dask", "ACCUSE", "*")}),
    (_STATES + "The exiled opposition Civic Forum, the coalition led by Ivo Dask, walked out of parliament and "
     "accused Morvane of fraud.",
     {("Civic Forum", "ACCUSE", "Morvane")}, {("Ivo Dask", "ACCUSE", "*")}),
    (_STATES + "The opposition Civic Forum, a coalition of six parties, boycotted the vote and urged Morvane to free "
     "its leaders.",
     {("Civic Forum", "REQUEST", "Morvane")}, set()),
    (_STATES + "The opposition Civic Forum, the coalition led by Ivo Dask, did not accuse Morvane of fraud.",
     {("Civic Forum", "ACCUSE!", "Morvane")}, {("Civic Forum", "ACCUSE", "Morvane")}),
    # a fronted noun with a name in apposition is the subject, not a fronted phrase; the description after it is not
    (_STATES + "The rebel Harrow Front, the group led by Ivo Dask, accused Morvane of shelling villages.",
     {("Harrow Front", "ACCUSE", "Morvane")}, {("Ivo Dask", "ACCUSE", "*")}),
    (_STATES + "The rebel Harrow Front, the group led by Ivo Dask, boycotted the talks and accused Morvane of "
     "shelling villages.",
     {("Harrow Front", "ACCUSE", "Morvane")}, {("Ivo Dask", "ACCUSE|PROTEST", "*")}),
    (_STATES + "Speaking for the rebels, their commander Ivo Dask accused Morvane of shelling villages.",
     {("Ivo Dask", "ACCUSE", "Morvane")}, set()),
    # --- (3) "dismissed X as <no post>": a judgement, no removal ---
    (_STATES + "President Ivo Dask of Morvane dismissed the parliament as a rubber stamp.",
     {("Ivo Dask", "REJECT", "*")}, {("Ivo Dask", "SANCTION", "*")}),
    (_STATES + "President Ivo Dask of Morvane dismissed the electoral commission as a puppet of the opposition.",
     set(), {("Ivo Dask", "SANCTION", "*")}),
    (_STATES + "President Ivo Dask of Morvane dismissed General Olli Varga as army chief on Monday.",
     {("Ivo Dask", "SANCTION", "Olli Varga")}, set()),
    (_STATES + "President Ivo Dask of Morvane dismissed General Olli Varga on Monday.",
     {("Ivo Dask", "SANCTION", "Olli Varga")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n", events_marked_by_document, check_events)
