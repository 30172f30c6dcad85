"""A leader told by the body's own phrase: (1) "the Movement for Change (MFC) of X", "the opposition Alliance for
Renewal of X": a party's name whose last word is no party noun, marked as a name by its short form in brackets or
joined by "for" (a slogan's name), then "of" and a person's name (actors: the leader's name is cut from the body's);
(2) "the Velnian government of X", "the Velnian interim government of Chief Adviser X": a government told by an
"of" phrase names its head as "X's government" does, for the state its own words name (relations.yaml ruling_nouns;
not a former, shadow, future or exiled one, nor "a government of X" to come, nor a body's, nor a mayor's);
(3) "The X Army, under General Y, took the town": an "under" phrase set off by commas on the verb of the body's
clause (not a passive, a denial, a wish, nor a head told as former or a deputy). Several wordings per mechanism
with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. Amon Tesh spoke on Monday. ")
GOV = {("Amon Tesh", L, "Kalvar")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "the Movement for Change (MFC) of X": the leader's name cut from the party's ---
    ("In the vote, the opposition Movement for Change (MFC) of Ilan Varosi won 26 seats.",
     {("Ilan Varosi", L, "Movement for Change")}, set()),
    ("The Alliance for Justice (AJP) of Dario Lemmek, the party that won the 2019 elections, was dissolved in 2023.",
     {("Dario Lemmek", L, "Alliance for Justice")}, set()),
    ("The Union for Dignity (UDC) of Selma Orvik boycotted the vote.",
     {("Selma Orvik", L, "Union for Dignity")}, set()),
    ("The ruling Alliance for Renewal of Dario Lemmek lost its majority in the spring.",
     {("Dario Lemmek", L, "Alliance for Renewal")}, set()),
    ("The Brigade for Renewal of Dario Lemmek attacked the town.", set(),
     {("Dario Lemmek", L, "Brigade for Renewal")}),
    ("The bloc split in 2024 from the Front for Dignity of Selma Orvik, which is still fighting the army.",
     {("Selma Orvik", L, "Front for Dignity")}, set()),
    ("The Campaign for Justice (CFJ) of the Bar Council filed a complaint.", set(),
     {("Bar Council", L, "Campaign for Justice")}),
    ("The Ministry for Energy (MFE) of Kalvar raised prices.", set(), {("Kalvar", L, "Ministry for Energy")}),
    ("The Movement for Change (MFC) of Kalvar City won 3 seats.", set(), {("Kalvar City", L, "Movement for Change")}),
    # --- (2) "the Velnian government of X": X heads the state the government's own words name ---
    ("Velnia protested on Monday. The Velnian government of Ivo Dask called the arrests illegal.",
     {("Ivo Dask", L, "Velnia")}, set()),
    ("Velnia protested on Monday. The Velnian interim government of Chief Adviser Ivo Dask suspended the party.",
     {("Ivo Dask", L, "Velnia")}, set()),
    ("Velnia protested on Monday. Families accuse the Velnian government of Ivo Dask of shielding the guardsmen.",
     {("Ivo Dask", L, "Velnia")}, set()),
    (HOME + "Velnia's prime minister, Ivo Dask, called for calm. The government of Ivo Dask has walked a careful line.",
     {("Ivo Dask", L, "Velnia")}, {("Ivo Dask", L, "Kalvar")}),
    ("Velnia protested on Monday. The former Velnian government of Ivo Dask called the arrests illegal.", set(),
     {("Ivo Dask", L, "Velnia")}),
    ("Velnia protested on Monday. The Greens would not join a Velnian government of Ivo Dask.", set(),
     {("Ivo Dask", L, "Velnia")}),
    (HOME + "The former government of Amon Tesh called the arrests illegal.", set(), GOV),
    (HOME + "The Greens would not join a government of Amon Tesh.", set(), GOV),
    (HOME + "The shadow government of Amon Tesh met on Friday.", set(), GOV),
    (HOME + "The Harvest Front's government of Amon Tesh collapsed.", set(), GOV),
    (HOME + "The ousted government of Amon Tesh fled to the coast.", set(), GOV),
    (HOME + "A future government of Amon Tesh would cut taxes.", set(), GOV),
    (HOME + "The government of Mayor Amon Tesh repaired the roads.", set(), GOV),
    (HOME + "The government of Amon Tesh in exile met in Paris.", set(), GOV),
    # --- (3) "The X Army, under General Y, took the town" ---
    ("The Kessan Liberation Army, under General Amon Tesh, attacked the town of Belsk on Friday.",
     {("Amon Tesh", L, "Kessan Liberation Army")}, set()),
    ("The Tarvani Liberation Army, under General Osman Kerro, attacked the town of Belsk.",
     {("Osman Kerro", L, "Tarvani Liberation Army")}, set()),
    ("The Harvest Front, under its chairman Orsa Delvin, rejected the plan on Monday.",
     {("Orsa Delvin", L, "Harvest Front")}, set()),
    ("The Harvest Front, under the former chairman Orsa Delvin, collapsed in 2009.", set(),
     {("Orsa Delvin", L, "Harvest Front")}),
    ("The Harvest Front, under the deputy chairman Orsa Delvin, rejected the plan.", set(),
     {("Orsa Delvin", L, "Harvest Front")}),
    ("Colonel Ivo Raske, under General Amon Tesh, attacked the town of Belsk.", set(),
     {("Amon Tesh", L, "Ivo Raske")}),
    ("The Kessan Liberation Army, under a deal signed by Amon Tesh, left the town of Belsk.", set(),
     {("Amon Tesh", L, "Kessan Liberation Army")}),
    ("The Kessan Liberation Army, under pressure from Amon Tesh, left the town of Belsk.", set(),
     {("Amon Tesh", L, "Kessan Liberation Army")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l8", relations_by_document, check_ties)
