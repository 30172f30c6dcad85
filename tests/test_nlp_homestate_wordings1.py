"""The article's own state named by its parties: an invented polity the text names on its own only as a place ("polls
closed across X", "prices rose in X") and otherwise inside the names of two different bodies that seek votes ("the X
Democratic Movement", "the National Party of X", "the Popular Front of X": roles.yaml org_nouns of a subkind in
PARTY_SUBKINDS, opening with the name or ending in "of" it) is a state, the story's own: a bare "President Y" or "Prime
Minister Y" holds office there, not in a foreign state named in passing ("Kenyan observers"). Negatives: one party's
name only, the name never met on its own, a known region ("the Patriotic Union of Kurdistan"), a person's name ("X,
who founded the X Labour Party"), a town the text places in another state, a former office. All names are invented;
end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- two party names and the name met on its own as a place: the story's state ---
    ("Polls closed across Veshna on Sunday. The Veshna Democratic Movement claimed victory over the National Party "
     "of Veshna. Prime Minister Oro Lind conceded defeat. Kenyan observers said the count was orderly.",
     {("Oro Lind", L, "Veshna")}, {("Oro Lind", L, "Kenya")}),
    ("The Popular Front of Kelvaria and the Kelvaria Freedom Party boycotted the election. Soldiers patrolled the "
     "streets in Kelvaria. President Dan Orel said the vote was peaceful. An Egyptian envoy arrived on Monday.",
     {("Dan Orel", L, "Kelvaria")}, {("Dan Orel", L, "Egypt")}),
    ("Ostmarra Socialist Party leaders and the Liberal Alliance of Ostmarra met on Friday. Prices rose sharply in "
     "Ostmarra this year. President Tavi Ront promised reforms. A Turkish firm won the port contract.",
     {("Tavi Ront", L, "Ostmarra")}, {("Tavi Ront", L, "Turkey")}),
    ("The Torvessa Labour Party won 40 seats on Sunday. Turnout in Torvessa was high, officials said. The Green "
     "Movement of Torvessa came second. President Ama Koff congratulated the winners. A Brazilian observer praised "
     "the vote.", {("Ama Koff", L, "Torvessa")}, {("Ama Koff", L, "Brazil")}),
    # --- negatives ---
    # (one party's name only: the name may be a province's)
    ("The Veshna Democratic Movement claimed victory on Sunday. Polls closed across Veshna at six. Prime Minister "
     "Oro Lind conceded defeat. Kenyan observers said the count was orderly.", set(), {("Oro Lind", L, "Veshna")}),
    # (the name never met on its own)
    ("The Veshna Democratic Movement and the National Party of Veshna held rallies abroad. Prime Minister Oro Lind "
     "conceded defeat. Kenyan observers said the count was orderly.", set(), {("Oro Lind", L, "Veshna")}),
    # (a known region)
    ("The Kurdistan Democratic Party and the Patriotic Union of Kurdistan held talks in Kurdistan. Prime Minister "
     "Oro Lind attended. Kenyan observers praised the talks.", set(), {("Oro Lind", L, "Kurdistan")}),
    # (a person's name)
    ("Ari Velden, who founded the Velden Labour Party and the Freedom Movement of Velden, spoke in Port Sal. Velden "
     "said he would stand. President Oro Lind did not attend.", set(), {("Oro Lind", L, "Velden")}),
    # (a town the text places in another state)
    ("Members of the Harrow Green Party and the Liberal Party of Harrow met in the town of Harrow, in Kenya. Prime "
     "Minister Oro Lind attended.", set(), {("Oro Lind", L, "Harrow")}),
    # (a former office)
    ("Polls closed across Veshna on Sunday. The Veshna Democratic Movement claimed victory over the National Party "
     "of Veshna. Former Prime Minister Oro Lind voted early. Kenyan observers said the count was orderly.",
     set(), {("Oro Lind", L, "Veshna")}),
    # (an adjective the party names share, met on its own at a sentence's start or before a noun)
    ("The Democratic Labour Party and the Democratic Alliance Party held rallies. Democratic reforms stalled. Voters "
     "backed a Democratic candidate. Prime Minister Oro Lind conceded defeat.", set(),
     {("Oro Lind", L, "Democratic")}),
    # (the founder's surname, met on its own only as a person at a sentence's start)
    ("The Karsten Labour Party and the Karsten Reform Party split in 2004. Karsten founded the first in 1950. Prime "
     "Minister Oro Lind attended the congress.", set(), {("Oro Lind", L, "Karsten")}),
    # (a city the text places in another state, in an apposition or after "the capital")
    ("The Tarvel Labour Party and the Freedom Front of Tarvel won seats. Officials said Tarvel, a port city in Kenya, "
     "was calm. Prime Minister Oro Lind praised the police.", set(), {("Oro Lind", L, "Tarvel")}),
    ("The Tarvel Labour Party and the Freedom Front of Tarvel won seats in Kenya. Rents rose in the capital Tarvel. "
     "Prime Minister Oro Lind promised relief.", set(), {("Oro Lind", L, "Tarvel")}),
    # (a language listed with a demonym)
    ("The Norvish Labour Party and the Norvish Green Party met. Speeches were given in Norvish and French. Prime "
     "Minister Oro Lind spoke.", set(), {("Oro Lind", L, "Norvish")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs", relations_by_document, check_ties)
