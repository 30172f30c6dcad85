"""Invented states and the words that name them, read as one state (nlp/actors.py):
  * an adjective in "-ic" of a state the text names (`_ic_ish_forms`: "Tulmar ... a Tulmaric police station",
    "Bellacoric troops" beside "Bellacor"), as English makes "Icelandic" of Iceland;
  * an adjective in "-ish" of a state whose name ends in "-land", the "-land" dropped ("Skarvland ... the Skarvish
    government"), as English makes "Polish" of Poland;
  * a state's style after its adjective (`_styled_adjective_state`: "the Teskarian Republic" beside "Teskaria",
    "the Ombarese Republic" beside "Ombaru"), the same state as its name, as "the Republic of X" is;
  * a neighbour word before a name with the line's end between them (`_after_neighbour_word`: a text wrapped at a
    fixed width, "trained by neighbouring" ending a line and "Vessaland" opening the next) proves a state as on one line;
  * a form of government called by a copula or in apposition (roles.yaml regime_nouns, `_called_country`: "Pellvora
    is a parliamentary democracy", "Ostrelia, a young democracy,");
  * a text wrapped at a fixed width (nlp/pipeline.py `unwrap_lines`, the text the tagger reads): a party's, a person's
    or a militia's name broken across two lines is one name ("the Delmaric\nSocial Democrats").
Negatives: a firm's name and an adjective in "-ic" of it (no state, nothing joined); a real state whose "-land"
name would give an English word ("Finland" and "Finish"); a style of a state made of its style words ("the Islamic
Republic") joined to no invented state; a province after a wrapped neighbour word; a person who is "a democracy
activist" or "a democracy campaigner" (a compound's first word); a wrapped text's field lines ("Group leader: X")
after its last paragraph stay lines of their own. All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

C = "country"
OSLO = "OSLO, June 9 - Norway's government met on Friday. "

# (6) texts wrapped at a fixed width, a name broken across two lines
W_PARTY = (
    "Briefing for members. President Harald Brennholt governs with the support of\n"
    "a small party, and the count took more than a week. The main opposition party, the Delmaric\n"
    "Social Democrats, walked out of the chamber on Monday. Their leader, the former judge Vera\n"
    "Holmqvist, said that the vote was rigged, and the government rejected the claim and said that\n"
    "the count was fair, and observers from the region agreed with it when they reported to the\n"
    "assembly on Friday, and the speaker said the chamber would sit again in the first week of\n"
    "the new year, when the budget is due, and that all parties would be invited to take part in\n"
    "the talks.")
W_MILITIA = (
    "Members should note the following before they travel to the north of the country this\n"
    "winter, because on Sunday morning the armed group that calls itself the Taskovel Liberation\n"
    "Army, a militia armed and funded by the government of Ulvarith, attacked a police post near the\n"
    "border and killed four officers, and the government said that it would close the border and\n"
    "that more troops would be sent to the region, and the embassy advised against all travel to\n"
    "the border districts until further notice, and members who are already there should leave\n"
    "as soon as they can.")
W_FIELDS = (
    "Contacts for the trip are on the list below, and each of them can be reached by phone at\n"
    "any time of the day, and the leaders will carry a satellite phone at all times during the\n"
    "trip, and parents can call the office at any time, and the office will pass on messages to\n"
    "the group, and the group will reply as soon as it can, which may take a day or two at the\n"
    "most.\n"
    "Group leader: Marta Ilvesk\n"
    "Deputy leader: Ansel Brookmere\n")

# (text, {name: kind the actor must have}, {names one actor must bear}, {names no one actor may bear together})
CASES = [
    # --- (1) "-ic" of a named state ---
    (OSLO + "Tulmar closed its border on Monday. A Tulmaric police station was attacked and six officers died.",
     {"Tulmar": C}, {("Tulmar", "Tulmaric")}, set()),
    (OSLO + "The government of Bellacor said Bellacoric troops would stay in the valley until spring.",
     {"Bellacor": C}, {("Bellacor", "Bellacoric")}, set()),
    (OSLO + "President Ana Velk of Grinmar flew to Oslo. Grinmaric officials said the talks went well.",
     {"Grinmar": C}, {("Grinmar", "Grinmaric")}, set()),
    (OSLO + "Veltron Systems opened a plant in Bergen. Veltronic devices were shown to buyers.",
     {"Veltronic": NONE}, set(), {("Veltron Systems", "Veltronic")}),
    # --- (2) "-ish" of a state named in "-land" ---
    (OSLO + "The Skarvish government expelled two diplomats. Skarvland said it would not back down.",
     {"Skarvland": C}, {("Skarvland", "Skarvish")}, set()),
    (OSLO + "The Durnish army shelled the border villages overnight. Durnland's president, Ivo Hask, denied it.",
     {"Durnland": C}, {("Durnland", "Durnish")}, set()),
    ("HELSINKI, May 2 - Finland's parliament met on Tuesday. Finish the budget first, the speaker told Finland's MPs.",
     {"Finland": C}, set(), {("Finland", "Finish")}),
    # --- (3) a state's style after its adjective ---
    (OSLO + "Rebels attacked a town in the Teskarian Republic. President Ivo Marn of the Republic of Teskaria "
    "condemned the attack.", {"Teskaria": C}, {("Teskaria", "Teskarian Republic")}, set()),
    (OSLO + "The Ombarese Republic sent a delegation to the talks. The government of Ombaru said it hoped for a deal.",
     {"Ombaru": C}, {("Ombaru", "Ombarese Republic")}, set()),
    (OSLO + "The Quendari Republic recalled its envoy. Quendar's foreign minister, Sami Orell, said talks were over.",
     {"Quendar": C}, {("Quendar", "Quendari Republic")}, set()),
    (OSLO + "The government of Ombaru met envoys of the Islamic Republic on Monday.",
     {"Ombaru": C}, set(), {("Ombaru", "Islamic Republic")}),
    # --- (4) a neighbour word at a line's end ---
    ("Rebels of the Tide Brigades, an armed group trained and supplied by neighbouring\nVessaland, attacked a coast "
    "guard vessel in October. Officials said four sailors were wounded.", {"Vessaland": C}, set(), set()),
    ("Troops of neighbouring\nMarvessa crossed the river on Monday, the army said. Marvessa denied it.",
     {"Marvessa": C}, set(), set()),
    ("Floods hit the neighbouring\nTovra province on Monday. Tovra province lost its main bridge.",
     {"Tovra": NONE}, set(), set()),
    # --- (5) a form of government called by a copula or in apposition ---
    ("Pellvora is a parliamentary democracy with a 90-seat National Assembly. Prime Minister Olek Dunmar, who leads "
    "the Civic Front, governs with 48 seats.", {"Pellvora": C}, set(), set()),
    ("Operating context: Ostrelia, a young democracy, held its second election in May. President Imre Dassel conceded "
    "defeat to the Labour League.", {"Ostrelia": C}, set(), set()),
    ("Country profile. Kessandra is a multiparty democracy of two million people. Its president, Tomas Ivel, was "
    "elected in 2023.", {"Kessandra": C}, set(), set()),
    (OSLO + "Marta Velsen is a democracy activist from Bergen. Velsen said the vote was unfair.",
     {"Marta Velsen": "person"}, set(), set()),
    (OSLO + "Ilse Dorvak, a democracy campaigner, was arrested on Monday. Police released Dorvak later.",
     {"Ilse Dorvak": "person"}, set(), set()),
    # --- (6) a text wrapped at a fixed width: a name broken across two lines is one name ---
    (W_PARTY, {"Delmaric Social Democrats": "organization", "Vera Holmqvist": "person", "Social Democrats": NONE,
               "Vera": NONE}, set(), set()),
    (W_MILITIA, {"Taskovel Liberation Army": "organization", "Ulvarith": C}, set(), set()),
    (W_FIELDS, {"Marta Ilvesk": "person", "Ansel Brookmere": "person"}, set(), set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ivs4", extract_actors, check_actors)
