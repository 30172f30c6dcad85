"""Short references across sentences. (1) "Velnia's interior ministry accused A. It also accused B": the subject
"it" of the next sentence stands for the state whose body (roles.yaml state_body_nouns: ministry, army, government
...) that sentence was about, named as its possessive owner, not for the closest name in its object (A); (2) the same
for the seat of "the foreign ministry in Velnia" and for an organisation owning the body ("the Velmar Front's
council"); (3) "The movement, which is armed by X, according to Y, named Z. It has ...": the sentence's main verb
misread as part of a relative clause on its subject, with the participle tagged an adjective: "it" is the body the
described subject stands for, not a name inside the description (X); (4) "X accused the Y Party of ...; Z, who leads
the Y Party, rejected the accusation": the rejection answers the charge made to the side Z leads, not a closer charge
by another. Negatives: a person's post ("Velnia's interior minister, X, ..."), whose "it" is not the state; a
possessive "its" ("Its commander denied ...": left to the rest of the resolver). Several wordings per mechanism; all
names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- (1) "X's ministry accused A. It also accused B": X ---
    ("Velnia's interior ministry accused the Tarsk Brigade of smuggling arms. It also accused the Skarveth Union of "
     "funding the militia.", {("Velnia", "ACCUSE", "Skarveth Union")}, {("Tarsk Brigade", "ACCUSE", "Skarveth Union")}),
    ("Ostria's defence ministry condemned the Harun Movement on Friday. It later threatened the Sarn Brigade with "
     "air strikes.", {("Ostria", "THREATEN", "Sarn Brigade")}, {("Harun Movement", "THREATEN", "Sarn Brigade")}),
    ("Ostria's army shelled positions of the Harun Movement near the river. It then attacked the Sarn Brigade in the "
     "hills.", {("Ostria|Ostria military", "ASSAULT", "Sarn Brigade")}, {("Harun Movement", "ASSAULT", "Sarn Brigade")}),
    ("Kalvar's government blamed the Dolan Front for the blast on Tuesday. It also accused the Merin Party of "
     "hiding the bombers.", {("Kalvar", "ACCUSE", "Merin Party")}, {("Dolan Front", "ACCUSE", "Merin Party")}),
    # --- (2) "the foreign ministry in X", "the Front's council" ---
    ("VELNA, May 3 - Velnia's parliament met on Monday. The foreign ministry in Velnia criticised the Tarsk Brigade. It also accused the Skarveth Union of lying.",
     {("Velnia", "ACCUSE", "Skarveth Union")}, {("Tarsk Brigade", "ACCUSE", "Skarveth Union")}),
    ("The Velmar Front's council accused the Tarsk Brigade of treason. It also accused the Skarveth Union of theft.",
     {("Velmar Front", "ACCUSE", "Skarveth Union")}, {("Tarsk Brigade", "ACCUSE", "Skarveth Union")}),
    # --- (3) "The movement, which is armed by X, according to Y, named Z. It ...": the described body ---
    ("The Harun Movement has fired rockets at Ostria since 2021. The movement, which is armed and trained by Kalvar's "
     "Revolutionary Guards, according to Dolan officials, named Amon Tesh as its acting head. It has threatened the "
     "Sarn Brigade with reprisals.", {("Harun Movement", "THREATEN", "Sarn Brigade")},
     {("Revolutionary Guards", "THREATEN", "Sarn Brigade"), ("Kalvar", "THREATEN", "Sarn Brigade")}),
    ("The Sarn Brigade holds the port of Velsk. The brigade, which is funded and equipped by the Skarveth Union, "
     "according to diplomats, chose Ivo Dask as its commander. It has accused the Tarsk Front of sabotage.",
     {("Sarn Brigade", "ACCUSE", "Tarsk Front")}, {("Skarveth Union", "ACCUSE", "Tarsk Front")}),
    # --- (4) "X accused the Y Party of ...; Z, who leads the Y Party, rejected the accusation": X, not a closer charge ---
    ("Velnia's interior ministry accused the Tarsk Brigade of raiding a post. It also accused the Merin Party of "
     "funding the brigade. The Tarsk Brigade blamed smugglers for the raid. Ivo Dask, who leads the Merin Party, "
     "rejected the accusation as a smear.", {("Ivo Dask", "REJECT", "Velnia")}, {("Ivo Dask", "REJECT", "Tarsk Brigade")}),
    ("The Skarveth Union accused the Dolan Front of hiding weapons. The Sarn Brigade accused no one. Amon Tesh, the "
     "leader of the Dolan Front, dismissed the charge.", {("Amon Tesh", "REJECT", "Skarveth Union")},
     {("Amon Tesh", "REJECT", "Sarn Brigade")}),
    # --- negatives ---
    ("Velnia's interior minister, Ivo Dask, accused the Tarsk Brigade of smuggling. It denied the charge.",
     set(), {("Velnia", "REJECT", "*"), ("Ivo Dask", "REJECT", "*")}),
    ("Velnia's interior ministry accused the Tarsk Brigade of smuggling. Its commander denied the charge.",
     set(), {("Velnia", "REJECT", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pr2", events_by_document, check_events)
