"""An actor's kind from its context (second battery): a body that wins seats through an apposition ("the movement's
electoral arm, X, took 27 seats") or through a participle or a second verb of the same subject ("X came first,
taking three seats"), read for a name the NER took for a nationality too; and "founded by A and B, which ...": the
relative clause after the second of two coordinated names after "by" or "of" is the earlier noun's, so B stays a
person. Several wordings per mechanism with negatives (one seat a person holds, a prize a person wins, seats not
won, a person's own "which"-less clause). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, kinds_by_document

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
CASES = [
    # --- seats won through an apposition or a participle: a party or a list ---
    ("The movement's electoral arm, Sodrani, took 27 seats.", {"Sodrani": O}, {}),
    ("The party's youth list, Vorakel, won nine seats in the spring vote.", {"Vorakel": O}, {}),
    ("The left-leaning Tabrayan came first in the party-list vote, taking three seats.", {"Tabrayan": O}, {}),
    ("Kelvoran finished second in the capital, winning twelve seats.", {"Kelvoran": O}, {}),
    ("Marisol ran in the north and won four seats.", {"Marisol": O}, {}),
    # negatives: a person's prize, a single seat, seats lost or not won
    ("Ivo Darren came first in the race, taking three gold medals.", {"Ivo Darren": P}, {}),
    ("Anya Perlik came first in her district, taking the seat from the governor.", {"Anya Perlik": P}, {}),
    ("The party's chairman, Tomas Velkin, said it would take 20 seats.", {"Tomas Velkin": P}, {}),
    ("Rana Oskel lost her seat after the recount.", {"Rana Oskel": P}, {}),
    # a person's role in the apposition: the candidate or leader wins seats for the body, and stays a person
    ("The bloc's candidate, Ivo Darren, won 40 seats for it.", {"Ivo Darren": P}, {}),
    ("The party's leader, Tomas Velkin, won 20 seats for it.", {"Tomas Velkin": P}, {}),
    ("Anya Perlik hopes to win three seats for her party.", {"Anya Perlik": P}, {}),
    ("Lida Varnay said the bloc would take 30 seats.", {"Lida Varnay": P}, {}),
    ("Oren Castel came second and took the silver.", {"Oren Castel": P}, {}),
    ("The deputy, Maris Tolan, won a seat in May.", {"Maris Tolan": P}, {}),
    # a list of names the parser reads as appositions: no apposition's noun, each name keeps its own kind
    ("Candidates Ivo Darren, Mara Tell and Osk Vane won seats in the city council.", {"Mara Tell": P}, {}),
    ("Ivo Darren said he would win 12 seats for the bloc.", {"Ivo Darren": P}, {}),
    ("The party's founder, Lev Orsan, came first, taking 30 seats.", {"Lev Orsan": P}, {}),
    # --- "founded by A and B, which ...": the clause is the body's, not B's ---
    ("I am a member of Tovari, a party founded by Ilan Dursak and Peto Marvin, which ran in the election.",
     {"Peto Marvin": P, "Ilan Dursak": P, "Tovari": O}, {}),
    ("She joined Velmar, a movement led by Oren Castel and Lida Varnay, which won no seats.",
     {"Lida Varnay": P, "Oren Castel": P}, {}),
    ("The fund was set up by the heirs of Ivo Strand and Marek Dolan, which angered the council.",
     {"Marek Dolan": P}, {}),
    ("The club founded by Ilan Dursak and Peto Marvin, which closed in 2010, reopened.",
     {"Peto Marvin": P, "Ilan Dursak": P}, {}),
    # negatives: a body that stands on its own before "which" is still a body
    ("The Harvest Front, which won four seats, joined the talks.", {"Harvest Front": O}, {}),
    # a list of bodies after "with", closed by "which": the last body keeps the clause (only "by" lists persons)
    ("It is a pact with Ivan Dorel's Alianza Vell and Rafa Loma's Renovar Sela, which shaped the laws.",
     {"Renovar Sela": O}, {}),
]

XFAIL = {
    "The fund was set up by the heirs of Ivo Strand and Marek Dolan, which angered the council.":
        "the NER labels the second name an organisation, and a two-word name's shape (0.8) does not outweigh that label "
        "(1.0); no 'which' vote is cast here any more",
}


extracted, test_wording = battery(CASES, XFAIL, "k2", kinds_by_document, check_named_kinds, empty=dict)
