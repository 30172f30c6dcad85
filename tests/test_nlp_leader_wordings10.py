"""A leader told by a second post or a person's own body (a battery written before changing the reader):

(1) "X, the mayor of Pell and leader of the Y Front", "X, an adviser on trade and head of the Y League": a second
post the parser hangs as a conjunct of the first post's prepositional object, with the second post's own "of" hung
there too, is a post of the one described (``relations._second_posts``); not a deputy's or a member's post, nor a
second person's post in a list; the same after a copula ("X is the adviser on energy and head of Y");
(2) "President X and his People's Y Congress", "X said his People's Y Front would ...": a pronoun the parser hung on
the possessive word inside a body's name ("People's") belongs to the name (``relations._past_name_possessive``), and
a person titled as a deputy owns "his Y Party" as a member (``relations._owned_by_person``), as "deputy chairman X's
Y Party" already did;
(3) "President X, whose party, the Y Front, holds a majority", "General X, whose militia, the Y Brigade, holds the
port": a body noun owned by "whose" and named in apposition is the antecedent's body, as "X's party, the Y Front"
is (``relations._whose``); a body's own militia so named is a part of it, not led by a person;
(4) "President X, whose Y Movement (YM) holds 49 seats": the body the parser hangs on the name as its apposition,
owned by "whose", is no description of the name, nor are the seats the clause's body holds the name's (the parser
takes the name for the subject of "holds"), so neither votes that the name is a body's (``actors._votes``);
(5) "Y, a company he owns", "X, who owns Y", "X owns the Y company", "Y, owned by the businessman X": a person who
owns a body heads it (relations.yaml verb_relations and passive_participles "own", a person's tie only:
personal_tie_verbs); not denied, not another person's ("owned by the brother of X"), nor a body's holding.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a second post hung on the first post's object ---
    ("Dara Velkan, the minister for roads and leader of the Reed Party, resigned on Monday.",
     {("Dara Velkan", L, "Reed Party")}, set()),
    ("Lars Vemmel, the minister of culture and leader of the Ember Party, resigned.",
     {("Lars Vemmel", L, "Ember Party")}, set()),
    ("Ilsa Brenkova, the adviser on trade and head of the Copper League, was seated in the gallery.",
     {("Ilsa Brenkova", L, "Copper League")}, set()),
    ("Tavi Morrow, now an adviser on farming and head of a new party, the Lantern Union, was seated in the gallery.",
     {("Tavi Morrow", L, "Lantern Union")}, set()),
    ("Kemal Ruzdi, the spokesman for the farmers and chairman of the Rye Union, spoke on the radio.",
     {("Kemal Ruzdi", L, "Rye Union")}, set()),
    ("Anja Pekkala, a veteran of the war and commander of the Granite Brigade, was arrested.",
     {("Anja Pekkala", L, "Granite Brigade")}, set()),
    ("Pello Danker, the envoy to Kessmora and chairman of the Granite Party, flew home.",
     {("Pello Danker", L, "Granite Party")}, set()),
    ("Mira Scholt, the mayor of Avenfeld and deputy leader of the Meadow Party, met the envoy.",
     set(), {("Mira Scholt", L, "Meadow Party")}),
    ("Bram Ossen, the mayor of Kettering and a member of the Salt Coalition, met the envoy.",
     set(), {("Bram Ossen", L, "Salt Coalition")}),
    ("Lia Varsek, the mayor of Trell, and Omar Dunne, leader of the Iron Movement, met the envoy.",
     {("Omar Dunne", L, "Iron Movement")}, {("Lia Varsek", L, "Iron Movement")}),
    ("Mirek Hollan is the adviser on energy and head of the Cobalt League.",
     {("Mirek Hollan", L, "Cobalt League")}, set()),
    ("Piet Amsel is the minister for ports and deputy leader of the Granary Party.",
     set(), {("Piet Amsel", L, "Granary Party")}),
    # --- (2) "his People's Y Congress": the pronoun on the name's own possessive word ---
    ("Kassovia has been governed since 2019 by President Tarek Ombassa and his People's Civic Congress (PCC).",
     {("Tarek Ombassa", L, "People's Civic Congress")}, set()),
    ("Since 2009 Vellmar has been ruled by President Ruslan Okarov and his Workers' Congress.",
     {("Ruslan Okarov", L, "Workers' Congress")}, set()),
    ("Jonas Freel said his People's Congress would join the talks.",
     {("Jonas Freel", L, "People's Congress")}, set()),
    ("The vote was won by deputy chairman Aldo Pressen and his People's Grain Party.",
     {("Aldo Pressen", M, "People's Grain Party")}, {("Aldo Pressen", L, "People's Grain Party")}),
    ("The vote was won by deputy chairman Hugo Vantle and his Orchard Party.",
     {("Hugo Vantle", M, "Orchard Party")}, {("Hugo Vantle", L, "Orchard Party")}),
    # --- (3) "X, whose party, the Y Front, ...": the body noun owned by "whose" and named in apposition ---
    ("President Tomas Rellin, whose party, the Dawn Front, holds a majority, asked for the cut.",
     {("Tomas Rellin", L, "Dawn Front")}, set()),
    ("The Assembly was cut to 60 seats at the request of President Nayla Bukar, whose party, New Ideas Movement, "
     "had held a supermajority since 2021.",
     {("Nayla Bukar", L, "New Ideas Movement")}, set()),
    ("General Omar Toskin, whose militia, the Oak Brigade, holds the port, refused to leave.",
     {("Omar Toskin", L, "Oak Brigade")}, set()),
    ("The Veltan Front, whose militia, the Ash Brigade, holds the port, refused to leave.",
     {("Ash Brigade", "part_of", "Veltan Front")}, set()),
    ("Sara Quell praised the Ember Front, whose militia, the Thorn Brigade, holds the port.",
     set(), {("Sara Quell", L, "Thorn Brigade")}),
    # --- (4) "President X, whose Y Movement (YM) holds 49 seats": the relative's body is no description of X ---
    ("President Sofia Varno, whose Broad Workers' Movement (MTA) holds 49 of the 108 seats in Congress, "
     "praised the ruling.",
     {("Sofia Varno", L, "Broad Workers' Movement")}, {("Broad Workers' Movement", "part_of", "Sofia Varno")}),
    ("Governor Maria Olvan, whose Broad Miners' Movement (MMA) holds 12 of the 40 seats in the council, backed the "
     "plan.",
     {("Maria Olvan", L, "Broad Miners' Movement")}, set()),
    ("The Velt Union, whose Youth Movement holds rallies every week, said it would fight.",
     {("Youth Movement", "part_of", "Velt Union")}, set()),
    # --- (5) a person's company: "Y, a company he owns", "X, who owns Y", "Y, owned by businessman X" ---
    ("Karim Ossadi has moved money for the group through Blue Palm Trading LLC, a company he owns.",
     {("Karim Ossadi", L, "Blue Palm Trading LLC")}, set()),
    ("The businessman Samir Dawdi, who owns Kessa Power Networks, was arrested in June.",
     {("Samir Dawdi", L, "Kessa Power Networks")}, set()),
    ("Ulla Brandt owns the Nordvik Salt Company and sits on its board.",
     {("Ulla Brandt", L, "Nordvik Salt Company")}, set()),
    ("The Velt Daily, owned by the businessman Rami Koskel, was openly partisan.",
     {("Rami Koskel", L, "Velt Daily")}, set()),
    ("Tomas Grell does not own Lakeside Cement Holdings, his lawyer said.",
     set(), {("Tomas Grell", L, "Lakeside Cement Holdings")}),
    ("A trading firm owned by the brother of Hadi Marrak, Sunrise Freight LLC, won the tender.",
     set(), {("Hadi Marrak", L, "Sunrise Freight LLC")}),
    ("The Harrow Front owns Ridge Quarry Company, the report said.",
     set(), {("Harrow Front", L, "Ridge Quarry Company")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l10", relations_by_document, check_ties)
