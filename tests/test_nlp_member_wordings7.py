"""member_of ties of a state or body told through its membership, written for this battery with invented names:

- a possessed noun of membership (relations.yaml membership_nouns; relations._possessed_membership): "X's membership
  of the Pact is unaffected", "X used its membership of the Pact to ...", "X has always valued its Pact membership", "the
  country's membership of the Pact and the Union" (the article's state, where the sentence names no other): X is a
  member of the organisation after "of" or "in", or named before the noun.

Negatives: a membership blocked, lapsed, only to come ("future membership"), asked for, a former one, one the verb
denies, a noun heading another ("membership talks"), a person's membership.

- an object pronoun of a verb with "as a member of Y" (relations._member_preposition): "R, which keeps a base in X
  and counts it as a member of the Pact": the state the pronoun stands for is the member, never the subject R.

- a request to join (relations.yaml aspiration_verbs now also apply, ask, request, petition, lobby): "X applied to
  join the Pact", "X asked to join the coalition": no membership yet; "X joined the Pact" still is one.

- a party run inside an alliance (relations.yaml preposition_verbs run / campaign now also "inside"): "X ran inside the
  Y Alliance": a member of it; not one told as past ("campaigned inside the Y Alliance until 2019").
"""
import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
HOME = "VARNA, May 3 - The Republic of Ostravia's parliament met on Monday. "
PACT = "Southern Defence Pact"

CASES = [
    # --- a possessed membership ---
    (HOME + "Ostravia's membership of the Southern Defence Pact is unaffected, of course.",
     {("Ostravia", M, PACT)}, set()),
    (HOME + "Ostravia used its membership of the Southern Defence Pact to press its neighbours.",
     {("Ostravia", M, PACT)}, set()),
    (HOME + "Ostravia has always valued its Southern Defence Pact membership.",
     {("Ostravia", M, PACT)}, set()),
    (HOME + "The author stresses the country's membership of the Southern Defence Pact and the Grain Union.",
     {("Ostravia", M, PACT), ("Ostravia", M, "Grain Union")}, set()),
    (HOME + "The Kafue Front's membership of the Northern Alliance gives it ten ministers.",
     {("Kafue Front", M, "Northern Alliance")}, set()),
    # --- negatives: blocked, lapsed, to come, asked for, former, denied, another noun's head, a person's ---
    (HOME + "The Republic of Borvania blocked Ostravia's membership of the Southern Defence Pact.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "Ostravia's membership of the Southern Defence Pact lapsed in 2019.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "Ostravia's future membership of the Southern Defence Pact was discussed on Monday.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "Ostravia seeks to restore its membership of the Southern Defence Pact.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "Ostravia's former membership of the Southern Defence Pact still colours its politics.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "Ostravia's membership of the Southern Defence Pact was never ratified.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "A key condition of Ostravia's membership talks with the Southern Defence Pact is judicial reform.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "The court ended Ivo Brand's membership of the Kafue Front in November.",
     set(), {("Ivo Brand", M, "Kafue Front")}),
    # --- an object pronoun counted as a member ---
    (HOME + "The Republic of Borvania, which keeps a base in Ostravia and counts it as a member of the Southern "
     "Defence Pact, called for calm.",
     {("Ostravia", M, PACT)}, {("Borvania", M, PACT)}),
    (HOME + "The Republic of Borvania, which borders Ostravia and counts it as a member of the Grain Union, "
     "sent envoys.",
     {("Ostravia", M, "Grain Union")}, {("Borvania", M, "Grain Union")}),
    # --- a request to join is no membership ---
    (HOME + "Ostravia has applied to join the Southern Defence Pact.",
     set(), {("Ostravia", M, PACT)}),
    (HOME + "The Kafue Front asked to join the Northern Alliance last year.",
     set(), {("Kafue Front", M, "Northern Alliance")}),
    (HOME + "The Kafue Front applied to join the Northern Alliance in March.",
     set(), {("Kafue Front", M, "Northern Alliance")}),
    (HOME + "Ostravia joined the Southern Defence Pact in 2019.",
     {("Ostravia", M, PACT)}, set()),
    # --- a party run inside an alliance ---
    (HOME + "The Democratic Union, still led by Ivo Brand, ran inside an \"Alliance for a Great Ostravia\" and won 50 "
     "seats.",
     {("Democratic Union", M, "Alliance for a Great Ostravia")}, set()),
    (HOME + "The Democratic Union ran inside the Alliance for Change and finished second.",
     {("Democratic Union", M, "Alliance for Change")}, set()),
    (HOME + "The Democratic Union campaigned inside the Alliance for Change until 2019.",
     set(), {("Democratic Union", M, "Alliance for Change")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw7", relations_by_document, check_ties)
