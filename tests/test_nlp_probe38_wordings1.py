"""Ties in conflict wire news: (1) a giver read through a fallback chain ("the Front, which receives funding from
exiled businessman X", "the brigade, which gets weapons from X"): the relation rules' "a or b" between actor
indices passed over the text's first actor (index 0, often the first person named), so a tie to it was lost or
read off a stand-in (relations._first_actor); (2) a party's place on the political spectrum written with a hyphen
before its coined name, and a two-word name in the Romance order: "the right-wing Alianza Liberal of X", "the
far-left Nueva Senda of Y", "the centre-right Civic Beacon of Z" name the party and its leader, two actors
(relations.yaml spectrum_modifiers, actors._coined_name_before). Negatives: a denied, refused or hypothetical
receipt, aid "no" money, a modifier that is no place on the spectrum. All names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"
L = "leader_of"

# a story set in one state, so that it has a home state
HOME = "MORONI, May 3 - The Comoros parliament met on Monday. "
QHOME = "LIMA, May 3 - Quelvia's parliament met on Monday. In Quelvia, "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # (1) the giver is the text's first person (actor 0)
    (HOME + "The Tassara Front, which receives funding from exiled businessman Ousseni Baradjou, attacked a police "
     "post.", {("Ousseni Baradjou", B, "Tassara Front")}, set()),
    (HOME + "The Mlimani Brigade, which gets weapons from arms dealer Idrissa Kolmane, clashed with gendarmes.",
     {("Idrissa Kolmane", B, "Mlimani Brigade")}, set()),
    (HOME + "The Ngazi Guard, which obtains money and fuel from the tycoon Salim Oudjeri, has grown quickly.",
     {("Salim Oudjeri", B, "Ngazi Guard")}, set()),
    # negatives: denied, none received, refused
    (HOME + "The Tassara Front denied receiving funding from businessman Ousseni Baradjou.",
     set(), {("Ousseni Baradjou", B, "Tassara Front")}),
    (HOME + "The Tassara Front receives no money from businessman Ousseni Baradjou, its leader said.",
     set(), {("Ousseni Baradjou", B, "Tassara Front")}),
    (HOME + "The Tassara Front would never accept money from businessman Ousseni Baradjou, a spokesman said.",
     set(), {("Ousseni Baradjou", B, "Tassara Front")}),
    # (2) a hyphened place on the spectrum before a coined name, or a Romance-order name, then its leader
    (QHOME + "the right-wing Alianza Liberal of Tomas Qerrin, with 30 seats, backs the plan.",
     {("Tomas Qerrin", L, "Alianza Liberal")}, set()),
    (QHOME + "the far-left Nueva Senda of Ilse Varrow won 12 seats.",
     {("Ilse Varrow", L, "Nueva Senda")}, set()),
    (QHOME + "the centre-right Civic Beacon of Anders Kolbe won 12 seats.",
     {("Anders Kolbe", L, "Civic Beacon")}, set()),
    (QHOME + "the Frente Unido of Marta Qelos won 12 seats on Sunday.",
     {("Marta Qelos", L, "Frente Unido")}, set()),
    # negatives: a hyphened word that is no place on the spectrum; a state, not a party
    (QHOME + "the so-called Civic Beacon of Anders Kolbe won 12 seats.",
     set(), {("Anders Kolbe", L, "Civic Beacon")}),
    (QHOME + "the self-proclaimed Republic of North Vesdra held a vote.",
     set(), {("North Vesdra", L, "Republic")}),
]


XFAIL: dict[str, str] = {
    QHOME + "the Frente Unido of Marta Qelos won 12 seats on Sunday.":
        "the NER tags \"The Frente Unido\" as a person and \"Marta Qelos\" as a body: no person's name to lead it",
}


extracted, test_wording = battery(CASES, XFAIL, "p38_", relations_by_document, check_ties)
