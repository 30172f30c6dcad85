"""member_of ties of three wordings the development sets missed, written for this battery with invented names:

- an envoy a leader sends (roles.yaml envoy_nouns): "X, President Y's special envoy to Z", "his envoy, X",
  "the personal envoy of President Y", "his emissary X": X serves the state Y leads, as an adviser does
  (service_roles); an envoy "to" a person is sent to that person, and a body's envoy is no state's;
- a relative's preposition phrase: "the Y Confederation, to which X belongs", "the Front, in which X sits": the tie of
  the preposition verb (preposition_verbs) goes to the noun the relative stands for;
- a composition verb over men "from" states: "the force comprises 5,000 troops from A, B and C" (stationed_men_nouns):
  the states are its members; not men from places that are no actors;
- "the Platform counts A and B among its members" (counted_among_verbs, counted_among_nouns): A and B are members of
  the possessor; not "among its rivals", not when denied, not people counted among a party's candidates.

Strict xfails name the cause of what is not read yet."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
# a state the reader knows as one, and its leader
VELL = ("Dorin Vell has been president of the Republic of Sarvenia since 2018, and the Sarvenian government under "
        "President Vell has few friends abroad. ")

LAKE = "The Republic of Sarvenia, the Republic of Ostravia and the Republic of Borvania share the lake. "

CASES = [
    # --- an envoy a leader sends serves the leader's state ---
    (VELL + "Last week Pavel Krin, President Dorin Vell's special envoy to the lake states, told journalists that "
     "no deal was near.",
     {("Pavel Krin", M, "Sarvenia")}, set()),
    (VELL + "To calm the eastern valleys, Vell has dispatched his envoy, Pavel Krin, with a promise of new roads.",
     {("Pavel Krin", M, "Sarvenia")}, set()),
    (VELL + "Pavel Krin, the personal envoy of President Vell, reached the harbour town on Friday night.",
     {("Pavel Krin", M, "Sarvenia")}, set()),
    (VELL + "The rebels received his emissary Pavel Krin in a tent outside the mining camp.",
     {("Pavel Krin", M, "Sarvenia")}, set()),
    (VELL + "Talks in the border town were led by Pavel Krin, Vell's envoy for the northern provinces.",
     {("Pavel Krin", M, "Sarvenia")}, set()),
    # negatives: a body's envoy; an envoy sent to the leader
    (VELL + "Pavel Krin, the United Nations envoy to Sarvenia, met President Vell on Friday.",
     {("Pavel Krin", M, "United Nations")}, {("Pavel Krin", M, "Sarvenia")}),
    # --- a relative's preposition phrase ---
    ("The Global Workers' Confederation, to which the Marsh Labour Federation belongs, has written to the minister.",
     {("Marsh Labour Federation", M, "Global Workers' Confederation")}, set()),
    ("Voters punished the Lantern Front, in which the Reed Party sits, at the local elections.",
     {("Reed Party", M, "Lantern Front")}, set()),
    # negative: a relative phrase about a congress the party sent delegates to
    ("Ilse Marn spoke at the Lantern Front congress, to which the Reed Party sent forty delegates.", set(),
     {("Reed Party", M, "Lantern Front")}),
    # --- counted among its members ---
    ("Ilse Marn chairs the Labour Platform, a grouping of twenty unions that counts the Dockers Guild among its "
     "members.",
     {("Dockers Guild", M, "Labour Platform")}, set()),
    ("The Lantern Front numbers the Reed Party and the Harvest League among its founders.",
     {("Reed Party", M, "Lantern Front"), ("Harvest League", M, "Lantern Front")}, set()),
    ("The Northern Pact still counts the Korvan Defence Army among its members, its spokesman said.",
     {("Korvan Defence Army", M, "Northern Pact")}, set()),
    # negatives: denied, a rival, people among a party's candidates
    ("The Lantern Front no longer counts the Reed Party among its members.", set(),
     {("Reed Party", M, "Lantern Front")}),
    ("The Lantern Front counts the Reed Party among its fiercest rivals.", set(),
     {("Reed Party", M, "Lantern Front")}),
    # --- men "from" states after a composition verb ---
    (LAKE + "The Reed Shield Force currently comprises about 5,000 personnel from Sarvenia, Ostravia and Borvania.",
     {("Sarvenia", M, "Reed Shield Force"), ("Ostravia", M, "Reed Shield Force"),
      ("Borvania", M, "Reed Shield Force")}, set()),
    (LAKE + "Since spring the Lakeside Mission has consisted of soldiers from Ostravia and Borvania.",
     {("Ostravia", M, "Lakeside Mission"), ("Borvania", M, "Lakeside Mission")}, set()),
    # negatives: men from places that are no actors; a clause about whom they fought
    (LAKE + "The Reed Shield Force comprises soldiers from three valleys and medics from Ostravia's capital.", set(),
     {("Ostravia", M, "Reed Shield Force")}),
    (LAKE + "The Reed Shield Force comprises three brigades that fought Sarvenia and Ostravia.", set(),
     {("Sarvenia", M, "Reed Shield Force"), ("Ostravia", M, "Reed Shield Force")}),
    # negative: counted among its former members
    ("The Quellan Alliance counts the Morrel Party among its former members.", set(),
     {("Morrel Party", M, "Quellan Alliance")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw2", relations_by_document, check_ties)
