"""Ties of hostility, alliance, membership and backing told by wordings the relation rules missed: "A turned on B", "A
and B turned against each other" (relations.yaml rupture_verbs: a "verb particle" key whose particle takes the other
side itself as its object; not "A turned B against C", where the body named as the object is the one turned, nor "A
turned on B's radio"); "A broke with them" (a body named before it in its sentence, no plural noun there), "A at
first backed the coup, then broke with B" (a rupture's plural pronoun object read back to a body, not the subject; a
subject shared past "then" where the parser left a loose clause); "A's coalition with B", "its alliance with B and C"
(relations._owned_alliance: an owned alliance noun with its partners after "with"; not a former, collapsed, fallen
apart, quit, denied or planned one, one said to be over or only supposed, nor a mere prospect); "A has a pact with B"
(partnership_nouns; not a non-aggression pact, nor "no pact"; a state's own institution ratifying one binds its
state); "A joined the Y alliance alongside B and C" (a join's companions join too, not in a joint act "in opposing
X": word_lists.seat_companion_verbs); "Y has been funded, armed and trained by X", "Y, a militia paid, armed and
trained by X" (a list of three participles sharing the last one's agent, whatever the parser made of the first two).
Several wordings per mechanism with negatives (negation, a wish, a past tie, another body); all names are invented;
end to end with the real English pipeline. Each case has its own names: a tie repeated in two documents of one run is
reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, A, M, B = "opposes", "allied_with", "member_of", "backs"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "turned on B", "turned against each other" ---
    ("The Harun Party turned on the Dorva Front in October.",
     {("Harun Party", O, "Dorva Front")}, set()),
    ("Amon Tesh turned on the Velk Union after the vote.",
     {("Amon Tesh", O, "Velk Union")}, set()),
    ("The Sarn Brigade fought the army in 2021 before the Sarn Brigade and the Orel Guard turned on each other.",
     {("Sarn Brigade", O, "Orel Guard")}, set()),
    ("The Tavi Movement and the Brel Front turned against each other in 2019.",
     {("Tavi Movement", O, "Brel Front")}, set()),
    ("The Kesh Party did not turn on the Lom Union.", set(), {("Kesh Party", O, "Lom Union")}),
    ("The Pesk Party may turn on the Dran Union.", set(), {("Pesk Party", O, "Dran Union")}),
    ("The Gorv Party turned to the Tilm Union for help.", set(), {("Gorv Party", O, "Tilm Union")}),
    ("The Tolm Party turned on the Varsk Front's radio station to hear the news.", set(),
     {("Tolm Party", O, "Varsk Front")}),
    ("The Marn Party turned the Qesh Union against Ilo Varn.", set(),
     {("Marn Party", O, "Ilo Varn"), ("Marn Party", O, "Qesh Union")}),
    # --- "broke with": a pronoun for the other side, a subject shared past "then" ---
    ("The Zerin Union at first supported the coup, then broke with the Kolm Council when it extended the transition.",
     {("Zerin Union", O, "Kolm Council")}, set()),
    ("The Yast Front, once allied with the Peld Front, broke with them in 2020 and is now the larger group.",
     {("Yast Front", O, "Peld Front")}, set()),
    ("The Sella Brigade armed the Dask Union for years, but the Dask Union broke with them in 2020.",
     {("Dask Union", O, "Sella Brigade")}, set()),
    ("Amon Desk led the Harun Union for a decade. Nira Solt praised Tova Brin. His deputy, Ilo Marv, broke with him.",
     set(), {("Ilo Marv", O, "Nira Solt"), ("Ilo Marv", O, "Tova Brin")}),
    ("The Quen Front, once allied with the Rask Front, never broke with them.", set(), {("Quen Front", O, "Rask Front")}),
    ("The Vorn Union at first supported the coup, then refused to break with the Lisk Council.", set(),
     {("Vorn Union", O, "Lisk Council")}),
    # ("them" read back only to a body named before it in its sentence, with no plural noun there to stand for)
    ("The ministers met leaders of the Halden Front. The Brask Front broke with them in 2020.", set(),
     {("Brask Front", O, "Halden Front")}),
    ("Voters trusted the Ferro Front in 2010. The Lisel Front later broke with them.", set(),
     {("Lisel Front", O, "Ferro Front")}),
    ("The Cavo Front praised the founders of the Ternel Front but broke with them over tactics.", set(),
     {("Cavo Front", O, "Ternel Front")}),
    # --- "A's coalition with B", "its alliance with B and C" ---
    ("The Ruvo Party's coalition with the Selt Union has governed the country since 2019.",
     {("Ruvo Party", A, "Selt Union")}, set()),
    ("Ana Brisk defended the Lavo Party's present coalition with the Kemt Union.",
     {("Lavo Party", A, "Kemt Union")}, {("Ana Brisk", A, "Kemt Union")}),
    ("The Wesk Party's alliance with the Hurn Union and the Green Torva League held in the vote.",
     {("Wesk Party", A, "Hurn Union"), ("Wesk Party", A, "Green Torva League")}, set()),
    ("The Pavo Party's coalition with the Nest Union collapsed in May.", set(), {("Pavo Party", A, "Nest Union")}),
    ("The Zorn Party quit its coalition with the Ulm Union.", set(), {("Zorn Party", A, "Ulm Union")}),
    ("The Fenn Party's former alliance with the Jast Union ended in 2010.", set(), {("Fenn Party", A, "Jast Union")}),
    ("Talks on the Corv Party's alliance with the Ibe Union stalled.", set(), {("Corv Party", A, "Ibe Union")}),
    ("The end of the Dusk Party's coalition with the Yarl Union came in May.", set(),
     {("Dusk Party", A, "Yarl Union")}),
    ("The Wyrd Party's planned coalition with the Osel Union was announced on Monday.", set(),
     {("Wyrd Party", A, "Osel Union")}),
    ("The Bexa Party's proposed alliance with the Cind Union divided its members.", set(),
     {("Bexa Party", A, "Cind Union")}),
    ("The Rolm Party's coalition with the Usk Union, which collapsed in 2019, had lasted four years.", set(),
     {("Rolm Party", A, "Usk Union")}),
    ("The Gesk Party's alliance with the Horm Union, which has held since 2019, passed the budget.",
     {("Gesk Party", A, "Horm Union")}, set()),
    ("The Hame Party's coalition with the Jorv Union fell apart in 2016.", set(), {("Hame Party", A, "Jorv Union")}),
    ("If the Nolt Party's coalition with the Pires Union holds, the budget will pass.", set(),
     {("Nolt Party", A, "Pires Union")}),
    ("Ana Velk said the Sarto Party's coalition with the Mede Union was over.", set(),
     {("Sarto Party", A, "Mede Union")}),
    ("The Quill Party denied its alliance with the Rosk Union.", set(), {("Quill Party", A, "Rosk Union")}),
    ("The Dask Party won six seats after contesting in an electoral alliance with the Firn Union.",
     {("Dask Party", A, "Firn Union")}, set()),
    ("The Teva Party has been in coalition with the Ulan Union since 2019, and its coalition with the Brae Union is "
     "older.", {("Teva Party", A, "Ulan Union"), ("Teva Party", A, "Brae Union")}, {("Ulan Union", A, "Brae Union")}),
    # --- "has a pact with B" ---
    ("The Orsk Party has a pact with the Mirel Union.", {("Orsk Party", A, "Mirel Union")}, set()),
    ("The Tarsk Party has no pact with the Gavel Union.", set(), {("Tarsk Party", A, "Gavel Union")}),
    ("The Brisk Party has a non-aggression pact with the Holt Union.", set(), {("Brisk Party", A, "Holt Union")}),
    ("Norvia holds elections in May. Norvia's parliament ratified a defence pact with Russia by 88 votes to 12.",
     {("Norvia", A, "Russia")}, {("Norvia parliament", A, "Russia")}),
    ("Chile's parliament rejected a defence pact with Peru.", set(), {("Chile", O, "Peru")}),
    # --- "joined the Y alliance alongside B and C" ---
    ("The Vell Party joined the Northern Resk Alliance alongside the Pard Union and the Kolm League.",
     {("Vell Party", M, "Northern Resk Alliance"), ("Pard Union", M, "Northern Resk Alliance"),
      ("Kolm League", M, "Northern Resk Alliance")}, set()),
    ("The Jorn Party joined the Sable Alliance in 2019 alongside the Tusk Union.",
     {("Tusk Union", M, "Sable Alliance")}, set()),
    ("The Lark Party did not join the Ember Alliance alongside the Ness Union.", set(),
     {("Ness Union", M, "Ember Alliance")}),
    ("The Dorn Party joined the Asper League alongside the Colm Union in opposing the bill.", set(),
     {("Colm Union", M, "Asper League")}),
    # --- "funded, armed and trained by X" ---
    ("The Sol Legion has been paid, armed and trained by Russia.", {("Russia", B, "Sol Legion")}, set()),
    ("The Dar Legion has been funded, armed and trained by Egypt, officials said.",
     {("Egypt", B, "Dar Legion")}, set()),
    ("The Gor Legion, a militia funded, armed and trained by Iran, seized two villages.",
     {("Iran", B, "Gor Legion")}, set()),
    ("The Mor Legion has not been funded, armed or trained by Turkey.", set(), {("Turkey", B, "Mor Legion")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hw", relations_by_document, check_ties)
