"""Ties of a person to the body they lead or belong to, in wordings the parser tends to misread (a blind battery written
before reading the relation reader's code for them): a description set off by commas after a body's name whose
participle names the leader ("the Y, a farmers' bloc headed by X, ..."), where the parser reads the
description as a clause of its own or hangs the participle on the members of a collective noun ("the grouping of
rural militias led by X"); and a bare head-of-state title met at the end of a journey in talks held "with" that person
("flew to <capital> for talks with President X"): the visited state's. Negatives: the leader of a body named inside
the description, or of the members of a noun that is no collective, does not lead the body before the comma; a
companion on a journey ("flew to <capital> with President X") is not the visited state's head.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a set-off description read as a clause of its own ("X, the N chaired by Y, verb ...") ---
    ("Deputies close to the Velnar Unity Union, the anti-government platform chaired by Odo Tarnek Sarvik, "
     "have pledged to quit.", {("Odo Tarnek Sarvik", L, "Velnar Unity Union")}, set()),
    ("Farmers loyal to the Harrow League, the rural bloc headed by the economist Pella Quist, blocked the roads.",
     {("Pella Quist", L, "Harrow League")}, set()),
    ("Officials from the Tamsin Accord, a loose coalition chaired by the cleric Joram Fenn, have refused to sign.",
     {("Joram Fenn", L, "Tamsin Accord")}, set()),
    # --- the participle hung on the members of a collective noun ("the grouping of militias led by Y") ---
    ("Ferry crews dread the Northern Levies, a port-funded league of mostly tribal militias run by Mira al-Kodane.",
     {("Mira al-Kodane", L, "Northern Levies")}, set()),
    ("Ostravia leans on the Coastal Compact, the loose alliance of mostly fishing unions led by Teodor al-Bask.",
     {("Teodor al-Bask", L, "Coastal Compact")}, set()),
    ("Voters in the south backed the Meadow Front, a federation of small farming parties headed by Rina Oskar.",
     {("Rina Oskar", L, "Meadow Front")}, set()),
    ("The Salt Road Brigade, a force of some 600 fighters commanded by Ivo Rasmen, holds the pass.",
     {("Ivo Rasmen", L, "Salt Road Brigade")}, set()),
    # --- negatives: the person leads what the phrase names, not the body before the comma ---
    ("Ostravia, the main patron of the militias led by Pim Halder, denied the report.",
     set(), {("Pim Halder", L, "Ostravia")}),
    ("The Harvest Party, the junior partner of the Dorn Alliance chaired by Mara Dunst, quit the cabinet.",
     {("Mara Dunst", L, "Dorn Alliance")}, {("Mara Dunst", L, "Harvest Party")}),
    ("The Harvest Party stayed away; the session was chaired by Mara Dunst.",
     set(), {("Mara Dunst", L, "Harvest Party")}),
    # --- a bare title met at the end of a journey, in talks held "with" the titled person: the visited state's ---
    ("The envoy Arno Velk flew to Accra on Monday for talks with President Kofi Denteh about the border.",
     {("Kofi Denteh", L, "Ghana")}, {("Arno Velk", L, "Ghana")}),
    ("Foreign Minister Lise Marn went to Nairobi last week to confer with President Daudi Kerere on the ceasefire.",
     {("Daudi Kerere", L, "Kenya")}, {("Lise Marn", L, "Kenya"), ("Lise Marn", M, "Kenya")}),
    ("Oren Skaal, a trade envoy, travelled to Lusaka to negotiate with President Mwila Chanda over copper prices.",
     {("Mwila Chanda", L, "Zambia")}, set()),
    ("President Ivo Tarrant flew to Accra for consultations with President Kofi Denteh.",
     {("Kofi Denteh", L, "Ghana")}, {("Ivo Tarrant", L, "Ghana")}),
    # --- negatives: a companion on the journey is not the visited state's ---
    ("Lise Marn flew to Nairobi with Prime Minister Tomas Evering on Friday.",
     set(), {("Tomas Evering", L, "Kenya")}),
    ("Lise Marn flew to Nairobi on Friday and later discussed the harvest with President Ivo Tarrant at home.",
     set(), {("Ivo Tarrant", L, "Kenya")}),
    # --- not fixed here (strict xfail with the cause) ---
    ("Nobody expects much from the pact between President Arno Velk and Pim Rask [the commander of the Ostravian "
     "Liberation Army].", {("Pim Rask", L, "Ostravian Liberation Army")}, set()),
    ("Marova's regional leader, Tomas Evering, hosted elders in Porta.", {("Tomas Evering", L, "Marova")}, set()),
    ("The House of Elders, the upper chamber of 90 seats, returns from recess on Monday. Speaker Davor Kesh is expected "
     "to table the land bill.", {("Davor Kesh", L, "House of Elders")}, set()),
]

XFAIL = {
    CASES[8][0]: "the parser hangs the participle on the relational noun ('the junior partner of Y chaired by X'), "
                 "so the body before the comma takes the leader",
    CASES[-3][0]: "a name followed by a square-bracketed editorial apposition ('X [the commander of Y]') is not read "
                  "as an apposition, and the name is lost to the actors layer",
    CASES[-2][0]: "a one-word place before 'regional leader' is typed a person, so the possessive title ties nothing",
    CASES[-1][0]: "a chamber named 'House of <noun>' with no legislature word is not read as a legislature, so "
                  "'Speaker X' finds no house",
}


extracted, test_wording = battery(CASES, XFAIL, "p", relations_by_document, check_ties)
