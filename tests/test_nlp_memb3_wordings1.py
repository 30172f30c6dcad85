"""Members of a bloc named with its makers, and a party's youth body.

"A, B and C formed the X" (the parser hangs B as A's apposition and C as B's conjunct: relations._listed_names reads
the whole list, as the conjuncts of "A and B"; "the juntas of A, B and C formed X": the states they rule): each maker of a coalition is its member, and each of several named
subjects of a stance verb holds the stance ("A, B and C fund Y"). "A and B formed their own X": the name its makers
formed is no body the pronoun's antecedent owns (no backing, no part of a body they left). "Y, the X's youth league",
"Y, the youth organisation of X", "X said its youth league, Y, ...": Y is part of X (relations.yaml of_phrases), as a
youth wing. Negatives: negation, a wish, a possibility, a list with a description, a youth league of no named body,
a tie told as over in the apposition ("Y, formerly X's youth league", "Y, once an ally of X": relations._role_ties).
All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
P = "part_of"
B = "backs"

HOME = "Ostravia's president and the Kelmar Republic's government spoke. Tolvan's army spoke. Velnia spoke. "
LIST = HOME + "Ostravia, the Kelmar Republic and Tolvan "
PACT = {("Ostravia", M, "Northern Alliance"), ("Tolvan", M, "Northern Alliance")}
PARTIES = "The UPA, the PLC and the FDG are parties of Velnia. The UPA, the PLC and the FDG "
FRONT = {("UPA", M, "Common Front"), ("PLC", M, "Common Front"), ("FDG", M, "Common Front")}
YOUTH = {("Young Lions", P, "Civic Union")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "A, B and C formed the X": every maker of a bloc is its member ---
    (LIST + "formed the Northern Alliance in 2023.", PACT, set()),
    (LIST + "have left the Western Union and formed their own Northern Alliance.", PACT,
     {("Northern Alliance", P, "Western Union")}),
    (LIST + "founded the Northern Alliance in 2023 to coordinate their armies.", PACT, set()),
    (PARTIES + "have formed their own Common Front.", FRONT, {("Common Front", P, "FDG")}),
    # "the juntas of A, B and C formed X": the states they rule (word_lists.ruling_nouns)
    (HOME + "The juntas of Ostravia, Velnia and Tolvan formed the Northern Alliance.", PACT, set()),
    (HOME + "The military governments of Ostravia and Tolvan founded the Northern Alliance in 2024.", PACT, set()),
    (HOME + "The juntas of Ostravia and Tolvan did not form the Northern Alliance.", set(), PACT),
    (HOME + "The juntas of Ostravia and Tolvan want to form a Northern Alliance.", set(), PACT),
    # the same list as the subject of a stance verb
    (PARTIES + "fund the Sahel Guard.", {("UPA", B, "Sahel Guard"), ("PLC", B, "Sahel Guard"),
                                        ("FDG", B, "Sahel Guard")}, set()),
    # negatives: negation, a wish, a possibility, an apposition that describes, a bloc left
    (LIST + "did not form the Northern Alliance.", set(), PACT),
    (LIST + "want to form a Northern Alliance.", set(), PACT),
    (LIST + "could form the Northern Alliance next year.", set(), PACT),
    (PARTIES + "would never fund the Sahel Guard.", set(), {("PLC", B, "Sahel Guard")}),
    (HOME + "Ostravia, Tolvan's old ally, formed the Northern Alliance with the Kelmar Republic.", set(),
     {("Tolvan", M, "Northern Alliance")}),
    (LIST + "left the Northern Alliance in 2024.", set(), PACT),
    # --- "Y, the X's youth league": part of the party ---
    ("The Young Lions, the Civic Union's youth league, marched on Friday.", YOUTH, set()),
    ("The Young Lions, the youth organisation of the Civic Union, marched on Friday.", YOUTH, set()),
    ("The Civic Union said its youth league, the Young Lions, would march on Friday.", YOUTH, set()),
    ("The Young Lions, the youth organization of the Civic Union, attacked the marchers.", YOUTH, set()),
    # negatives: a youth league of no named body, a denial
    ("The Civic Union met on Monday. The Young Lions, the country's largest youth league, marched on Friday.",
     set(), YOUTH),
    ("The Young Lions are not the Civic Union's youth league, the court said.", set(), YOUTH),
    # a tie told as over in the apposition ("formerly", "once": relations.yaml former_copula_adverbs)
    ("The Young Lions, formerly the Civic Union's youth league, marched on Friday.", set(), YOUTH),
    ("The Young Lions, once the youth wing of the Civic Union, marched on Friday.", set(), YOUTH),
    ("The Labour Front, once an ally of the Civic Union, marched on Friday.", set(),
     {("Labour Front", "allied_with", "Civic Union")}),
    ("The Young Lions, which wants to become the Civic Union's youth league, marched.", set(), YOUTH),
    ("The Civic Union denied that the Young Lions were its youth league.", set(), YOUTH),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mb3", relations_by_document, check_ties)
