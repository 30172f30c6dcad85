"""Conflict wire wordings (probe39): (1) "Y sent troops at the request of X", "at X's request", "at the behest of X":
the phrase names who asked, so it is no object of Y's act ("send ... request" is no demand of Y's) and X asked Y for
the act (X REQUEST Y, beside Y's act; plover.yaml asking_behest_nouns; not an invitation, an act not done, or a
phrase that is no asker's: "at the border", "on a request form"); (2) "X and Y swapped prisoners in a deal brokered
by Z, even as both sides traded blame": "both sides" after a mediation told by its noun ("a deal brokered by Z",
"talks mediated by Z") are the two it brought together, not the mediator and the last one named; (3) "released six aid
workers", "released the aid staff": a phrase word ("release aid": AID) met only as the work of the people set free
(plover.yaml people_heads) leaves the verb its own reading (RETREAT). Several wordings
with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# a story set in one state, so that "the government" has a home state
HOME = ("KOSTMAR CITY, May 4 - Dravenia's police raided a market town on Monday, Dravenian officials said. Sorvelia's "
        "foreign ministry condemned the raid. Mirvana's president said he was concerned. ")

# (text, events that must be present, events that must be absent)
CASES = [
    # --- (1) the asker of an act: "at the request of X", "at X's request" ---
    (HOME + "Sorvelia sent 300 police officers to the island last month at the request of the Dravenian government.",
     {("Dravenia", "REQUEST", "Sorvelia"), ("Sorvelia", "MOBILIZE|AID", "*")}, {("Sorvelia", "REQUEST", "*")}),
    (HOME + "Sorvelia flew in 120 soldiers and two helicopters at the government's request.",
     {("Dravenia", "REQUEST", "Sorvelia")}, {("Sorvelia", "REQUEST", "*")}),
    (HOME + "Mirvana froze the accounts of two Dravenian traders at the behest of Sorvelia.",
     {("Sorvelia", "REQUEST", "Mirvana"), ("Mirvana", "SANCTION", "*")}, set()),
    (HOME + "At the request of Sorvelia, Mirvana deployed 400 troops along the Dravenian frontier.",
     {("Sorvelia", "REQUEST", "Mirvana")}, {("Mirvana", "REQUEST", "*")}),
    (HOME + "Mirvana has stationed 200 marines on the island at Dravenia's request since 2022.",
     {("Dravenia", "REQUEST", "Mirvana")}, {("Mirvana", "REQUEST", "*")}),
    # --- negatives: an act not done asks no one; an invitation is no such request; no asker named; a request
    # that is the object of the act ("sent a request") stays the sender's ---
    (HOME + "Sorvelia did not send troops at Dravenia's request.", set(),
     {("Dravenia", "REQUEST", "Sorvelia"), ("Sorvelia", "REQUEST", "*")}),
    (HOME + "Mirvana sent a delegation to the talks at the invitation of Sorvelia.", set(),
     {("Sorvelia", "REQUEST", "Mirvana")}),
    (HOME + "Sorvelia sent 300 police officers to the border at the request of its own interior minister.", set(),
     {("Sorvelia", "REQUEST", "*")}),
    (HOME + "The treaty allows Sorvelia to station up to 300 police officers on the island at the request of Dravenia.",
     set(), {("Dravenia", "REQUEST", "Sorvelia")}),
    (HOME + "Sorvelia sent a formal request to Mirvana for the extradition of the traders.",
     {("Sorvelia", "REQUEST", "*")}, {("Mirvana", "REQUEST", "*")}),
    (HOME + "Sorvelia sent 300 troops to the border on a request of no one in particular.", set(),
     {("Sorvelia", "REQUEST", "*")}),
]

_WAR = ("TELMARA, June 2 - Tamberic rebels attacked an army post in Dravenia, the Dravenian army said. Sorvelia's "
        "foreign minister arrived in the capital on Sunday. ")
CASES += [
    # --- (2) "both sides" after a mediation told by its noun: the two it brought together ---
    (_WAR + "Dravenia's government and the Tamberic Front completed an exchange of 80 prisoners, in a deal brokered "
     "by Sorvelia, even as both sides traded blame for a mortar strike on a market.",
     {("Dravenia", "ACCUSE", "Tamberic Front"), ("Tamberic Front", "ACCUSE", "Dravenia")},
     {("Sorvelia", "ACCUSE", "*"), ("*", "ACCUSE", "Sorvelia")}),
    (_WAR + "Dravenia and the Tamberic Front released 40 detainees each under a truce facilitated by Sorvelia, but "
     "both sides accused each other of holding back others.",
     {("Dravenia", "ACCUSE", "Tamberic Front"), ("Tamberic Front", "ACCUSE", "Dravenia")},
     {("Sorvelia", "ACCUSE", "*"), ("*", "ACCUSE", "Sorvelia")}),
    # (negatives: the mediator's own pair, a deal between it and one side, stays; no mediation, no pair made up)
    (_WAR + "Sorvelia signed a deal with the Tamberic Front on Monday, and both sides accused Dravenia of stalling.",
     {("Sorvelia", "ACCUSE", "Dravenia")}, {("Sorvelia", "ACCUSE", "Tamberic Front")}),
]

CASES += [
    # --- (3) people set free, named by their work ---
    (_WAR + "The Tamberic Front released six aid workers on Tuesday after three weeks in captivity.",
     {("Tamberic Front", "RETREAT", "*")}, {("Tamberic Front", "AID", "*")}),
    (_WAR + "The Tamberic Front released the aid staff it had seized near Oresk.",
     {("Tamberic Front", "RETREAT", "*")}, {("*", "AID", "*")}),
    (_WAR + "The Tamberic Front on Monday released four aid volunteers and two UN engineers.",
     {("Tamberic Front", "RETREAT", "*")}, {("Tamberic Front", "AID", "*")}),
    # (negatives: aid itself released is help; a release denied stays denied)
    (_WAR + "Sorvelia released 20 million euros in aid to Dravenia.", {("Sorvelia", "AID", "Dravenia")},
     {("Sorvelia", "RETREAT", "*")}),
    (_WAR + "The Tamberic Front has not released the six aid workers.", set(),
     {("Tamberic Front", "RETREAT", "*"), ("Tamberic Front", "AID", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p39a", events_by_document, check_events)
