"""(1) A stance role given by a verb of regarding to the noun a relative clause is said of (relations._regarded_as):
"Zambia, which the Front counts as its closest ally", "Malawi, whom the Movement regards as its main patron": the
relative pronoun is the object, its antecedent holds the role towards the subject; "count ... as" is a verb of
regarding (relations.yaml regarding_verbs), as "regard", "see" and "view" are.

(2) Backing told by a backing noun with several givers after "of" or "from" (relations.yaml backing_nouns): "governs
with the support of A and B", "was set up with help from A and B": each giver backs the clause's subject, not the
first one only.

(3) "X fights for Y" (relations.yaml preposition_verbs, body_backer_verbs): a state or organisation fighting for a
named side backs it ("the X Regiment, a volunteer unit fighting for Ukraine", "has fought for Syria since 2013").

(4) "A and B back X" (nlp/pipeline.py, relations.yaml adverb_verbs): the plural present "back", parsed as an adverb
or a preposition after a list of names, is the verb: each name backs X.

(5) A joint security activity kept up as a practice (relations._joint_security_work, relations.yaml
joint_activity_nouns and joint_activity_verbs): "A and B have conducted joint patrols since July", "X's forces conduct
joint patrols with Y", "X has since stepped up joint maritime surveillance with Y": the sides are allies (a state's own force standing for
its state).

(6) "X stands by Y" (relations.yaml preposition_verbs "stand by", "by" parsed as a preposition or an agent): a state
or body standing by a side backs it; a person only when it is kept up ("has stood by Y since 2014", "has always
stood by Y").

(7) "Y, a Saudi-backed force loyal to X" (relations.yaml hyphen_modifiers): the state backs Y, the named body the
noun describes, not X whom its loyalty names.

(8) A word of quantity as the object of a backing verb (relations._partitive_whole, word_lists partitive_words):
"X backs several of Y's parties", "X funds two of the Front's brigades": X backs the body after "of".

(9) Backing told as over is no backing (relations.told_as_over, read by _stance and by to_model.aid_backing): "X used
to fund Y", "X, which once armed Y", "X backed Y until 2019", "X formerly funded Y".

Negatives: a regard negated or only possible, "counts on" (no role), "counts as the largest party"; "without the
support of A and B"; a goal fought for ("fights for control of Y", "for the release of Y", "for independence"), a fight
told as past ("fought for Y until 2019", "in the 1990s"), a person fighting (a member, not a backer), a fight
refused ("would never fight for Y"); "do not back X", "would back X if", "went back to" (an adverb); one joint exercise held last week, joint drills to come, joint patrols no
longer conducted, denied, or only conditional; a person who "stood by Y at the parade" (a place), a stand no longer
kept or ended ("had stood by Y until 2019"). Organisation names are invented, the states real; end to end with the real English
pipeline. Each case has its own names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A = "allied_with"
B = "backs"
O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) the relative pronoun as the one regarded ---
    ("Zambia, which the Tarn Front counts as its closest ally, sent police trainers in 2022.",
     {("Zambia", A, "Tarn Front")}, set()),
    ("Malawi, which the Orvel Movement regards as its main ally, closed the border.",
     {("Malawi", A, "Orvel Movement")}, set()),
    ("Namibia, which the Sunda League sees as its closest partner, opened a consulate.",
     {("Namibia", A, "Sunda League")}, set()),
    ("Nepal counts India as its closest ally.",
     {("India", A, "Nepal")}, set()),
    # --- (2) several givers of one backing noun ---
    ("The Amber Party governs with the support of the Liberal Union and the Green Front.",
     {("Liberal Union", B, "Amber Party"), ("Green Front", B, "Amber Party")}, set()),
    ("The Nemo Council was set up with help from Qatar and Turkey.",
     {("Qatar", B, "Nemo Council"), ("Turkey", B, "Nemo Council")}, set()),
    ("The Corra Force was deployed with funding and vehicles from the United States and Canada.",
     {("United States", B, "Corra Force"), ("Canada", B, "Corra Force")}, set()),
    ("The Sarn League took office with the backing of the Lurr Party, the army and Iran.",
     {("Lurr Party", B, "Sarn League"), ("Iran", B, "Sarn League")}, set()),
    # --- (3) fighting for a side ---
    ("The Vell Regiment, a volunteer unit fighting for Ukraine, was praised.",
     {("Vell Regiment", B, "Ukraine")}, set()),
    ("A report on the Morr Regiment, the Polish volunteer unit fighting for Ukraine.",
     {("Morr Regiment", B, "Ukraine")}, {("Poland", B, "Ukraine")}),
    ("The Kalder Legion is fighting for Ukraine against Russian forces.",
     {("Kalder Legion", B, "Ukraine")}, set()),
    ("The Nemo Brigades have fought for Syria since 2013.",
     {("Nemo Brigades", B, "Syria")}, set()),
    ("The Osk Militia fights for the government of Mali.",
     {("Osk Militia", B, "Mali")}, set()),
    # --- (4) the plural present "back" read as an adverb ---
    ("The Halvor Front and the Ostrel Movement back Maria Lopez.",
     {("Halvor Front", B, "Maria Lopez"), ("Ostrel Movement", B, "Maria Lopez")}, set()),
    ("Iran and Syria back the Hamlet Brigades, which control the port.",
     {("Iran", B, "Hamlet Brigades"), ("Syria", B, "Hamlet Brigades")}, set()),
    ("The Brenn Party and its ally, the Cosa Movement, back Elena Varga for president.",
     {("Brenn Party", B, "Elena Varga"), ("Cosa Movement", B, "Elena Varga")}, set()),
    # --- (5) joint security work ---
    ("Chile and Peru have conducted joint patrols since July 2025.",
     {("Chile", A, "Peru")}, set()),
    ("Under the code, Gabon and the Federal Republic of Cameroon have conducted joint naval patrols since 2024.",
     {("Gabon", A, "Cameroon")}, set()),
    ("Senegal conducts joint border patrols with the Gambian army.",
     {("Senegal", A, "Gambia")}, set()),
    ("The United States has since stepped up joint maritime surveillance with the Belize Defence Force.",
     {("United States", A, "Belize")}, set()),
    # --- (6) standing by a side ---
    ("Ivo Karst has stood by President Nicolas Marden since 2014.",
     {("Ivo Karst", B, "Nicolas Marden")}, set()),
    ("Marko Ivic has always stood by Nina Petrova.",
     {("Marko Ivic", B, "Nina Petrova")}, set()),
    ("Iran stands by the Harun Brigades.",
     {("Iran", B, "Harun Brigades")}, set()),
    # --- (7) a backed force loyal to someone ---
    ("The camps went to the Kessar Guard, a Saudi-backed force loyal to President Omar Halabi.",
     {("Saudi Arabia", B, "Kessar Guard")}, {("Saudi Arabia", B, "Omar Halabi")}),
    ("The Lomar Brigade, an Emirati-backed militia loyal to General Fadi Nasr, took the port.",
     {("United Arab Emirates", B, "Lomar Brigade")}, {("United Arab Emirates", B, "Fadi Nasr")}),
    # --- (8) several of a body's parts ---
    ("Iran backs several of the Bakhtar Alliance's parties.",
     {("Iran", B, "Bakhtar Alliance")}, set()),
    ("Qatar funds two of the Sorrel Front's brigades.",
     {("Qatar", B, "Sorrel Front")}, set()),
    # --- negatives ---
    ("The Dunmore Party and the Sorel Union do not back Pedro Alves.", set(),
     {("Dunmore Party", B, "Pedro Alves"), ("Sorel Union", B, "Pedro Alves")}),
    ("The Nemo Party and the Kell Union would back Rosa Diaz if she ran.", set(),
     {("Nemo Party", B, "Rosa Diaz"), ("Kell Union", B, "Rosa Diaz")}),
    ("Fighters of the Tamar Brigades went back to the camps of the Lesk Army.", set(),
     {("Tamar Brigades", B, "Lesk Army")}),
    ("Angola, which the Pell Front no longer regards as an ally, sent trainers.", set(),
     {("Angola", A, "Pell Front")}),
    ("Ghana, which the Dask Front would regard as an ally if it sent weapons, closed the border.", set(),
     {("Ghana", A, "Dask Front")}),
    ("The Rovan Party counts as the largest party.", set(), set()),
    ("The Pellan Front fought on without the support of Egypt and Sudan.", set(),
     {("Egypt", B, "Pellan Front"), ("Sudan", B, "Pellan Front")}),
    ("The Ossan Brigade fights for control of Gao.", set(),
     {("Ossan Brigade", B, "Gao")}),
    ("The Rull Militia fights for the release of Ivan Teshko.", set(),
     {("Rull Militia", B, "Ivan Teshko")}),
    ("The Sarn Legion fought for Libya until 2019.", set(),
     {("Sarn Legion", B, "Libya")}),
    ("The Tovar Front fought for the Pell Army in the 1990s.", set(),
     {("Tovar Front", B, "Pell Army")}),
    ("Ivan Marsh fights for the Kell Militia.", set(),
     {("Ivan Marsh", B, "Kell Militia")}),
    ("The Lurr Movement would never fight for Chad.", set(),
     {("Lurr Movement", B, "Chad")}),
    ("Ivo Rask stood by President Ana Marden at the parade.", set(),
     {("Ivo Rask", B, "Ana Marden")}),
    ("The Ossan Party no longer stands by President Lena Voss.", set(),
     {("Ossan Party", B, "Lena Voss")}),
    ("Nina Vos had stood by Ivo Sten until 2019.", set(),
     {("Nina Vos", B, "Ivo Sten")}),
    ("Russia backs none of the Varan Union's candidates.", set(),
     {("Russia", B, "Varan Union")}),
    # --- (9) backing told as over ---
    ("Qatar used to bankroll the Serra Party.", set(),
     {("Qatar", B, "Serra Party")}),
    ("Turkey, which once armed the Tamar Militia, now fights it.", set(),
     {("Turkey", B, "Tamar Militia")}),
    ("Egypt backed the Velmar Brigades until 2019.", set(),
     {("Egypt", B, "Velmar Brigades")}),
    ("Sudan formerly funded the Oskar Front.", set(),
     {("Sudan", B, "Oskar Front")}),
    ("Kenya and Uganda held a joint exercise last week.", set(),
     {("Kenya", A, "Uganda")}),
    ("Benin and Togo will hold joint drills next spring.", set(),
     {("Benin", A, "Togo")}),
    ("Chad and Niger no longer conduct joint patrols.", set(),
     {("Chad", A, "Niger")}),
    ("Mali denies that it conducts joint operations with the Sahel Front.", set(),
     {("Mali", A, "Sahel Front")}),
    ("Egypt and Sudan would conduct joint patrols if the talks succeed.", set(),
     {("Egypt", A, "Sudan")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "b7", relations_by_document, check_ties)
