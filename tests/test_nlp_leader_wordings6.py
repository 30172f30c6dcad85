"""leader_of told by wordings that named no leader before (a battery written before changing the reader):

- "Ostria, which under President X recognised the claim", "Under Prime Minister X, Ostria has left the pact",
  "Ostria, under President X, signed": a state acting "under" a person named with a head's state title
  (relations.yaml implied_state_titles, a leader_of one) has that person at its head (``relations._state_under_leader``),
  also where the story's own state is another; not a former or a deputy's title ("under former President X",
  "under Vice President X"), not another state's title ("under President X of Y", "under Farran President X"), not a
  bare rank ("under General X"), nor a wish, a denial, a condition or a passive ("Ostria was admitted under
  President X"), nor an "under" after the verb ("placed its troops under President X", "left the pact under
  President X in 1990"), a time told as over ("then under", "had left", "President X, who was ousted"), a list of
  states, or a report the parser hung the phrase on ("Under President X, Y said, Z left");
- "chaired by Y's cousin, the former senator X", "led by his deputy, the lawyer X": a passive agent that is a common
  noun with a person set beside it in apposition is that person (``relations._agent_apposition_person``), not the
  owner its possessive names; not a tie told as over ("was once chaired by"), nor a denied
  one, nor a conditional one, nor a person denied or told dead beside the noun ("his deputy, not the lawyer X",
  "the late senator X"), nor one set after a clause on the noun ("the man who beat his deputy, the lawyer
  X").

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# a story set in one state (its dateline, its name repeated, its institutions): the state of a bare title
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a state acting under a head's title: the titled person leads that state ---
    (HOME + "The text was drafted by the Republic of Ostria, which under President Amon Tesh recognised Kalvar's "
     "claim in 2020.", {("Amon Tesh", L, "Ostria")}, {("Amon Tesh", L, "Kalvar")}),
    (HOME + "The Republic of Dravia, under President Belo Marek, signed the accord with Kalvar.",
     {("Belo Marek", L, "Dravia")}, {("Belo Marek", L, "Kalvar")}),
    (HOME + "Under Prime Minister Ciro Vantes, the Republic of Sorvia has recognised Kalvar's claim.",
     {("Ciro Vantes", L, "Sorvia")}, {("Ciro Vantes", L, "Kalvar")}),
    (HOME + "Under interim President Dagan Holt, the Republic of Tesmar recognised Kalvar's claim.",
     {("Dagan Holt", L, "Tesmar")}, set()),
    (HOME + "The Kingdom of Ulvar, which under King Edrin Sal left the pact in 2019, backs Kalvar.",
     {("Edrin Sal", L, "Ulvar")}, set()),
    # negatives: a former or deputy's title, a bare rank, a passive, a denial, a wish
    (HOME + "Under former President Faro Quist, the Republic of Merna recognised Kalvar's claim.",
     set(), {("Faro Quist", L, "Merna")}),
    (HOME + "Under Vice President Galen Roe, the Republic of Pavia recognised Kalvar's claim.",
     set(), {("Galen Roe", L, "Pavia")}),
    (HOME + "The Republic of Vostra, under General Hale Imre, recognised Kalvar's claim.",
     set(), {("Hale Imre", L, "Vostra")}),
    (HOME + "The Republic of Zelna was admitted to the bloc under President Ivo Pratt.",
     set(), {("Ivo Pratt", L, "Zelna")}),
    (HOME + "The Republic of Arvia, which under President Jory Lund did not recognise Kalvar's claim, objected.",
     set(), {("Jory Lund", L, "Arvia")}),
    (HOME + "Under President Kasim Oder, the Republic of Berla would recognise Kalvar's claim.",
     set(), {("Kasim Oder", L, "Berla")}),
    (HOME + "Under acting President Lamar Osk, the Republic of Corvia signed and ratified the accord with Kalvar.",
     {("Lamar Osk", L, "Corvia")}, set()),
    (HOME + "Under President Mako Terl, the Republic of Dessia said it would leave the pact with Kalvar.",
     {("Mako Terl", L, "Dessia")}, set()),
    # negatives: another state's title ("of Y", a nation's adjective), an "under" after the verb (where the object
    # is put, or the date of a told act), a condition, a time told as over, a list of states, a report hung on
    (HOME + "Under President Nemo Vask of the Republic of Farra, the Republic of Gessia signed the accord.",
     set(), {("Nemo Vask", L, "Gessia")}),
    (HOME + "Under Farran President Orlo Tamm, the Republic of Hessia signed the accord.",
     set(), {("Orlo Tamm", L, "Hessia")}),
    ("Portugal placed its troops under President Pell Varo.", set(), {("Pell Varo", L, "Portugal")}),
    (HOME + "The Republic of Jassia hopes to leave the pact under President Quen Dall.",
     set(), {("Quen Dall", L, "Jassia")}),
    (HOME + "The Republic of Korvia left the pact under President Rhee Sandor in 1990.",
     set(), {("Rhee Sandor", L, "Korvia")}),
    (HOME + "If the Republic of Lessia, under President Sol Barin, left the pact, Kalvar would follow.",
     set(), {("Sol Barin", L, "Lessia")}),
    (HOME + "Under President Tavi Morn, who was ousted in 2015, the Republic of Mossia left the pact.",
     set(), {("Tavi Morn", L, "Mossia")}),
    ("Chile, then under President Ulf Carran, signed the accord.", set(), {("Ulf Carran", L, "Chile")}),
    ("Norway, which under President Vim Sarto had left the pact, rejoined it under President Xan Orley.",
     set(), {("Vim Sarto", L, "Norway")}),
    (HOME + "The Republic of Pessia and the Republic of Quorra, under President Wes Hallam, signed the accord.",
     set(), {("Wes Hallam", L, "Pessia"), ("Wes Hallam", L, "Quorra")}),
    (HOME + "Under President Yul Brask, the Republic of Rassia said, the Republic of Sorra left the pact.",
     set(), {("Yul Brask", L, "Rassia")}),
    # --- a passive leader given as a described person: "chaired by Y's cousin, the former senator X" ---
    ("The Harvest Movement is chaired by Mirel's cousin, the former senator Lorin Vasko.",
     {("Lorin Vasko", L, "Harvest Movement")}, {("Mirel", L, "Harvest Movement")}),
    ("The Tide Front, led by his deputy, the lawyer Maro Pellin, held a rally on Sunday.",
     {("Maro Pellin", L, "Tide Front")}, set()),
    ("The Cedar League is headed by the Front's treasurer, Nils Oban.",
     {("Nils Oban", L, "Cedar League")}, set()),
    ("The Stone Council is run by Tarek's brother-in-law, the businessman Odo Farrel.",
     {("Odo Farrel", L, "Stone Council")}, {("Tarek", L, "Stone Council")}),
    # negatives: a tie told as over, a denied one, a dead or denied person beside the noun, a condition
    ("The Oat Party is led by his deputy, the late senator Cass Umber.",
     set(), {("Cass Umber", L, "Oat Party")}),
    ("The Flax Front is led by his deputy, not the lawyer Dino Peral.",
     set(), {("Dino Peral", L, "Flax Front")}),
    ("If the Hemp League were led by his cousin, the senator Egon Rusk, it would win.",
     set(), {("Egon Rusk", L, "Hemp League")}),
    ("The Jute Party is led by the man who beat his deputy, the lawyer Fenn Arrow.",
     set(), {("Fenn Arrow", L, "Jute Party")}),
    ("The Grain Union was once chaired by Perin's cousin, the former senator Quill Amsel.",
     set(), {("Quill Amsel", L, "Grain Union")}),
    ("The Salt Movement is not led by Ravel's cousin, the senator Sava Ivel.",
     set(), {("Sava Ivel", L, "Salt Movement")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "lw6", relations_by_document, check_ties)
