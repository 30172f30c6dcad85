"""Changing sides in local politics: (1) "A left the X Party for the Y Union", "A quit X for Y", "A has left our party
for the Y Party": a verb of leaving whose object names the body left (or is "our / his party") and whose "for" phrase
names another body makes the subject a member of the body joined (relations.yaml body_switching, relations
_switched_body), and the two names stay two actors (the "for" joining a slogan's name, "the Movement for Change", does
not join two names that each end in a body's noun: actors._named_body_after_for); (2) "A switched from the X Party to
the Y Front", "A crossed the floor to the Y Party": a verb of moving with a "from" and a "to" body, and "cross the
floor to" (preposition_verbs); (3) "Governor X ... opposes the governor", "Mayor Y ... backs the mayor": a bare
lower-case title of a region's or town's head stands for the one person named with it before (relations.yaml
bare_local_titles), as "the president" does. Negatives: negation, a threat or a forecast ("threatened to quit X for Y", "is expected
to cross the floor"), a place left for another ("left Velnor for Tarsk"), a room left for a building, a people's
members ("three X councillors ..."), a slogan's name that keeps its "for"; two governors named, a
denied or former one, the governor of another place. All names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
O = "opposes"
B = "backs"

# a story set in one state, so that it has a home state
HOME = "Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission said turnout was high. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "A left the X Party for the Y Union" ---
    (HOME + "Councillor Ivo Dask left the Green Dawn Party for the Kalvar Labour Union on Monday.",
     {("Ivo Dask", M, "Kalvar Labour Union")}, {("Ivo Dask", M, "Green Dawn Party for the Kalvar Labour Union")}),
    (HOME + "Mayor Orla Benn of the Tessa Town Council said she had quit the Harbour Renewal Party for the Civic "
            "Orchard Party.",
     {("Orla Benn", M, "Civic Orchard Party")}, set()),
    (HOME + "Assembly member Nia Rell has left our party for the Civic Unity Party. We wish her well.",
     {("Nia Rell", M, "Civic Unity Party")}, set()),
    (HOME + "The Farmers League left the Kalvar Unity Alliance for the Civic Bloc in March.",
     {("Farmers League", M, "Civic Bloc")}, set()),
    (HOME + "Ivo Dask abandoned the Green Dawn Party for the Kalvar Labour Union after the budget vote.",
     {("Ivo Dask", M, "Kalvar Labour Union")}, set()),
    (HOME + "Ivo Dask did not leave the Green Dawn Party for the Kalvar Labour Union.", set(),
     {("Ivo Dask", M, "Kalvar Labour Union")}),
    (HOME + "Ivo Dask threatened to quit the Green Dawn Party for the Kalvar Labour Union.", set(),
     {("Ivo Dask", M, "Kalvar Labour Union")}),
    (HOME + "Nia Rell left the party for a job in the Civic Unity Party office.", set(),
     {("Nia Rell", M, "Civic Unity Party")}),
    (HOME + "Nia Rell left the meeting for the Civic Unity Party headquarters.", set(),
     {("Nia Rell", M, "Civic Unity Party")}),
    (HOME + "The Movement for the Liberation of Ostra met in Tarsk on Monday.", set(),
     {("Movement", M, "Liberation of Ostra")}),
    # --- (2) "A switched from the X Party to the Y Front", "A crossed the floor to the Y Party" ---
    (HOME + "Ivo Dask switched from the Green Dawn Party to the Kalvar Labour Union.",
     {("Ivo Dask", M, "Kalvar Labour Union")}, set()),
    (HOME + "Orla Benn, a councillor, crossed the floor to the Civic Orchard Party.",
     {("Orla Benn", M, "Civic Orchard Party")}, set()),
    (HOME + "Pavel Strom, formerly of the Harbour Renewal Party, crossed the floor to the Civic Orchard Party, "
            "saying that his ward needed a friend in the mayor's office.",
     {("Pavel Strom", M, "Civic Orchard Party")}, set()),
    (HOME + "Orla Benn did not cross the floor to the Civic Orchard Party.", set(),
     {("Orla Benn", M, "Civic Orchard Party")}),
    (HOME + "Orla Benn is expected to cross the floor to the Civic Orchard Party.", set(),
     {("Orla Benn", M, "Civic Orchard Party")}),
    (HOME + "Orla Benn threatened to defect to the Civic Orchard Party.", set(),
     {("Orla Benn", M, "Civic Orchard Party")}),
    (HOME + "Ivo Dask moved from the finance ministry to the Kalvar Labour Union office.", set(),
     {("Ivo Dask", M, "Kalvar Labour Union")}),
    # --- (3) "the governor", "the mayor": the one person so titled before ---
    (HOME + "Governor Tavo Renk was elected in May. The Civic Unity Party remains in opposition to the governor.",
     {("Civic Unity Party", O, "Tavo Renk")}, set()),
    (HOME + "Mayor Pia Varn took office in June. The Harbour Party has opposed the mayor since her election.",
     {("Harbour Party", O, "Pia Varn")}, set()),
    (HOME + "Governor Tavo Renk took office in June. The Farmers League, which backs the governor, won four seats.",
     {("Farmers League", B, "Tavo Renk")}, set()),
    (HOME + "Governor Tavo Renk took office in June. The Farmers League does not oppose the governor.", set(),
     {("Farmers League", O, "Tavo Renk")}),
    (HOME + "Governor Tavo Renk and Governor Sela Mott met on Friday. The Farmers League opposes the governor.",
     set(), {("Farmers League", O, "Tavo Renk"), ("Farmers League", O, "Sela Mott")}),
    (HOME + "Governor Tavo Renk took office. The Farmers League backed the former governor.", set(),
     {("Farmers League", B, "Tavo Renk")}),
    (HOME + "Governor Tavo Renk took office. The Farmers League opposes the governor of Tarsk province.", set(),
     {("Farmers League", O, "Tavo Renk")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p18", relations_by_document, check_ties)
