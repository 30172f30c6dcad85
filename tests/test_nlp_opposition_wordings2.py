"""Whom the opposition opposes in a document whose state is not known (a notice, a programme note, a travel update
that names its own state no more often than a foreign one: no home state), told in wordings written before the rule
they test (nlp/relations/ _ruling_party, _governing_subject):

* the party in power told by a governing verb (relations.yaml word_lists.governing_verbs) of which it is the subject,
  told now: "X governs with Y and Z", "X, which won 48 seats, governs with Y", "X won 48 seats and governs with Y",
  "X governs alone"; the opposition party ("the main opposition party, W,", "W, now in opposition,", "the opposition
  W") opposes X, as it opposes a party called "the ruling X";
* in a document whose state is known, a party said to go into opposition (word_lists.opposition_entry_verbs: "X went
  into opposition", "A fell to 19 seats and went into opposition, as did X of Y, the outgoing prime minister")
  opposes the state even when its leader is the outgoing ruler (whose party was once the ruling one, not now);
* a person described as the opposition's leader or candidate (relations.yaml word_lists.opposition_person_nouns, an
  opposition word on it) in apposition or as a predicate ("X, now the main opposition leader,", "the main opposition
  candidate, X of Y,", "X is the main opposition candidate") opposes the party of the state's one named ruler, as
  one titled "opposition leader X" (relations._described_opposition_person).

Negatives give no tie: a hypothetical or past status of the outgoing ruler's party ("could go into opposition",
"was in opposition until 2019"); a former or past opposition leader ("X, a former opposition leader,", "X was once the
opposition candidate"), a possible one ("X could be the opposition candidate"), another's aide ("X, the opposition
leader's spokesman,"); a rule told as over ("X governed with Y until 2023"), a hypothetical ("X would govern with Y
if it won"), a negated one ("X does not govern alone"), two parties said to govern together (no one party in power),
and never the partner named after "with". All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"
CU, GL, FP, TO, OS = "Civic Union", "Green League", "Farmers' Party", "True Ostravia", "Ostravia"
# a notice with no dateline that names its own state and a foreign one equally often: no home state
NOHOME = ("CHOIR TOUR NOTES - UPDATE 4\nIssued 17 October by the tour office\n\n"
          "The Ostravian government blamed Velnia for the drones. Velnia denied any role, and Ostravia asked Velnia "
          "for talks.\n")
# the opposition party of the negatives
MAIN = " The main opposition party, True Ostravia, with 39 seats, is led by Per Olsen."

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- the party in power told by "governs" ---
    (NOHOME + "The Civic Union, which won 48 of the 151 seats last year, governs with the Green League and the small "
              "Farmers' Party; together they hold 79." + MAIN,
     {(TO, O, CU)}, {(TO, O, GL), (TO, O, FP)}),
    (NOHOME + "The Civic Union won 48 seats last year and governs with the Green League. The Farmers' Party, now in "
              "opposition, has called for new talks.",
     {(FP, O, CU)}, {(FP, O, GL)}),
    (NOHOME + "The Civic Union governs alone, with 80 of the 151 seats. The Farmers' Party, the largest opposition "
              "party, has called for new talks.",
     {(FP, O, CU)}, set()),
    (NOHOME + "The Civic Union, which governs with the Green League, holds 60 seats. The opposition Farmers' Party "
              "called for new talks.",
     {(FP, O, CU)}, {(FP, O, GL)}),
    # --- negatives: over, hypothetical, negated, two rulers ---
    (NOHOME + "The Civic Union governed with the Green League until 2023." + MAIN, set(), {(TO, O, CU), (TO, O, GL)}),
    (NOHOME + "The Civic Union would govern with the Green League if it won the vote." + MAIN, set(),
     {(TO, O, CU), (TO, O, GL)}),
    (NOHOME + "The Civic Union does not govern alone, and it holds 60 seats." + MAIN, set(), {(TO, O, CU)}),
    (NOHOME + "The Civic Union and the Green League govern together." + MAIN, set(), {(TO, O, CU), (TO, O, GL)}),
]

# a story set in Ostravia, whose prime minister is named, and a party led by the outgoing prime minister
OUT = ("KORVA, May 3 - Ostravia's parliament met on Monday. Ostravia's electoral commission said turnout was high in "
       "Ostravia. Amon Tesh is prime minister again. His party, the Unity Party, won 31 of the 65 seats. ")
CASES += [
    # --- a party going into opposition, its leader the outgoing ruler ---
    (OUT + "The Harvest Front fell to 19 seats and went into opposition, as did the Green League of Selma Orvik, the "
           "outgoing prime minister.",
     {(GL, O, OS)}, set()),
    (OUT + "The Green League, led by Selma Orvik, the outgoing prime minister, went into opposition.",
     {(GL, O, OS)}, set()),
    (OUT + "The Green League of Selma Orvik, the outgoing prime minister, could go into opposition.", set(),
     {(GL, O, OS), (GL, O, "Unity Party")}),
    (OUT + "The Green League of Selma Orvik, the outgoing prime minister, was in opposition until 2019.", set(),
     {(GL, O, OS), (GL, O, "Unity Party")}),
]

# a story set in Ostravia whose president leads the Unity Party
PRES = ("KORVA, May 3 - Ostravia's parliament met on Monday. President Amon Tesh, who leads the Unity Party, is running "
        "for a third term. ")
IV = "Ilan Varosi"
CASES += [
    # --- a person described as the opposition's leader or candidate ---
    (PRES + "Ilan Varosi, now the main opposition leader, accuses Tesh of breaking his promise.",
     {(IV, O, "Unity Party")}, set()),
    (PRES + "The court ruled that the main opposition candidate, Ilan Varosi of the Renewal Party (RP), could not stand.",
     {(IV, O, "Unity Party")}, set()),
    (PRES + "Ilan Varosi is the main opposition candidate, and his rallies are large.",
     {(IV, O, "Unity Party")}, set()),
    (PRES + "Ilan Varosi, a former opposition leader, accuses Tesh of breaking his promise.", set(),
     {(IV, O, "Unity Party"), (IV, O, OS)}),
    (PRES + "Ilan Varosi was once the main opposition candidate.", set(), {(IV, O, "Unity Party"), (IV, O, OS)}),
    (PRES + "Ilan Varosi could be the opposition candidate.", set(), {(IV, O, "Unity Party"), (IV, O, OS)}),
    (PRES + "Ilan Varosi, the opposition leader's spokesman, spoke on Monday.", set(),
     {(IV, O, "Unity Party"), (IV, O, OS)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "op2", relations_by_document, check_ties)
