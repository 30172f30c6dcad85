"""A post told in a bracketed aside, a post of the body a "whose" clause names, a post of a body named after "a
party,": ties the stage read off the wrong name or none at all.

- A bracket inside a sentence ("X [head of the Y]", "A and B (the commander of Y)") is one piece of that sentence
  (pipeline.newlines_component: the parser cut before "[" and left X alone) and describes the name right before it
  (relations._bracketed_for), not the first name of a list nor the clause it was hung on; a bracket that holds a
  clause of its own ("X (the leader of Y was absent)") describes no one.
- "X, whose Y Council is chaired by Z", "X, an armed movement whose political wing, Y, is led by Z": Z heads the body
  the clause names, not X; an unnamed part ("whose youth wing is led by Z") ties Z to nothing as leader, but one
  backed ("whose youth wing is funded by Y") still tells that Y backs X (relations._participle_holder).
- "Z, head of a new party, the Y Union,": the body named after the comma of an indefinite body noun is the one Z
  heads (relations._role_ties with _named_after_comma).
- "Z, an academic and Y Union member of parliament": the body the parser made a conjunct of the noun before "and",
  ending right before the role word, is the role's modifier (relations._modifier_actor).
Several wordings per mechanism with negatives (a deputy, a spokesman, a list, an unnamed wing); all names are
invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a bracketed aside describes the name right before it ---
    ("Officers trained units. Intelligence chief Hamid Qadri [head of the Kavel Intelligence Agency, KIA] has "
     "travelled to Dorna four times.", {("Hamid Qadri", L, "Kavel Intelligence Agency")}, set()),
    ("The agreement between President Tavo Renn and Hamid Qadri [the commander of the Kavel Defence Forces] was "
     "signed.", {("Hamid Qadri", L, "Kavel Defence Forces")}, {("Tavo Renn", L, "Kavel Defence Forces")}),
    ("The agreement between President Tavo Renn and Hamid Qadri (the commander of the Kavel Defence Forces) was "
     "signed.", {("Hamid Qadri", L, "Kavel Defence Forces")}, {("Tavo Renn", L, "Kavel Defence Forces")}),
    ("Talks between Osric Pell and Samir Odeh (the leader of the Harrow Union) ended.",
     {("Samir Odeh", L, "Harrow Union")}, {("Osric Pell", L, "Harrow Union")}),
    ("Lusa Brandt met Colonel Karim Haddou [head of the Osprey Movement] on Monday.",
     {("Karim Haddou", L, "Osprey Movement")}, {("Lusa Brandt", L, "Osprey Movement")}),
    ("Lusa Brandt met Yusuf Darrow (the deputy leader of the Tarn Union) on Monday.",
     {("Yusuf Darrow", M, "Tarn Union")}, {("Yusuf Darrow", L, "Tarn Union"), ("Lusa Brandt", L, "Tarn Union")}),
    ("Lusa Brandt met Yusuf Darrow (a spokesman for the Tarn Union) on Monday.",
     set(), {("Yusuf Darrow", L, "Tarn Union"), ("Lusa Brandt", L, "Tarn Union")}),
    ("Talks between Osric Pell and Samir Odeh (a former leader of the Harrow Union) ended.",
     {("Samir Odeh", M, "Harrow Union")}, {("Osric Pell", M, "Harrow Union"), ("Samir Odeh", L, "Harrow Union")}),
    ("Talks between Osric Pell and Samir Odeh (who hopes to become leader of the Harrow Union) ended.",
     set(), {("Samir Odeh", L, "Harrow Union"), ("Osric Pell", L, "Harrow Union")}),
    # a bracket that holds a clause of its own tells of someone else, not of the name before it
    ("Lusa Brandt met Karim Haddou (the leader of the Tarn Union was absent) on Monday.",
     set(), {("Karim Haddou", L, "Tarn Union")}),
    ("Lusa Brandt met Karim Haddou (the leader of the Tarn Union, Omar Vell, was absent) on Monday.",
     {("Omar Vell", L, "Tarn Union")}, {("Karim Haddou", L, "Tarn Union")}),
    ("Talks between Osric Pell and Samir Odeh (the Harrow Union leader refused to attend) ended.",
     set(), {("Samir Odeh", L, "Harrow Union"), ("Osric Pell", L, "Harrow Union")}),
    ("Lusa Brandt met Karim Haddou (the commander of the Tarn Brigade refused to come).",
     set(), {("Karim Haddou", L, "Tarn Brigade")}),
    # --- "whose" clauses: the body the clause names is the one led ---
    ("The Sarn Liberation Front, whose Council of the Hills is chaired by Hamid Qadri, rejected the deal.",
     {("Hamid Qadri", L, "Council of the Hills")}, {("Hamid Qadri", L, "Sarn Liberation Front")}),
    ("Dorna's government, whose Presidential Council is headed by Emil Varga, welcomed the release.",
     {("Emil Varga", L, "Presidential Council")}, set()),
    ("The Oren Front is an armed movement whose political wing, the Council of the Marsh, is led by Lina Sorel.",
     {("Lina Sorel", L, "Council of the Marsh")}, {("Lina Sorel", L, "Oren Front")}),
    ("The Kessel Liberation Army, whose youth wing is led by Tomas Harl, rejected the deal.",
     set(), {("Tomas Harl", L, "Kessel Liberation Army")}),
    ("The Kessel Liberation Army, which is led by Tomas Harl, rejected the deal.",
     {("Tomas Harl", L, "Kessel Liberation Army")}, set()),
    # backing or fighting an unnamed part still tells of the whole; a named part is the one backed
    ("The Sarn Liberation Front, whose youth wing is funded by the Tarn Union, rejected the deal.",
     {("Tarn Union", "backs", "Sarn Liberation Front")}, set()),
    ("The Sarn Liberation Front, whose Council of the Hills is backed by the Tarn Union, rejected the deal.",
     {("Tarn Union", "backs", "Council of the Hills")}, set()),
    # --- "head of a new party, the Y": the body named after the comma ---
    ("Hamid Qadri, head of a new party, the Kavel Union, was in the gallery.", {("Hamid Qadri", L, "Kavel Union")},
     set()),
    ("Piet Amsel, the leader of a small party, the Dorsa League, was in the gallery.",
     {("Piet Amsel", L, "Dorsa League")}, set()),
    ("Rami Fenner, a member of a small militia, the Ostvar Brigade, was arrested.",
     {("Rami Fenner", M, "Ostvar Brigade")}, {("Rami Fenner", L, "Ostvar Brigade")}),
    ("Lev Arno, the deputy leader of a small party, the Merin Union, was in the gallery.",
     {("Lev Arno", M, "Merin Union")}, {("Lev Arno", L, "Merin Union")}),
    ("Sven Tolle, head of a new party, and the Brava League were in the gallery.",
     set(), {("Sven Tolle", L, "Brava League")}),
    ("Hamid Qadri would become head of a new party, the Kavel Union, if elected.",
     set(), {("Hamid Qadri", L, "Kavel Union")}),
    ("Hamid Qadri, head of a new party, the Kavel Union's rival, said so.", set(), {("Hamid Qadri", L, "Kavel Union")}),
    ("Hamid Qadri, head of a new party, the Kavel Union said, was arrested.", set(),
     {("Hamid Qadri", L, "Kavel Union")}),
    # --- "X, an academic and Y Union member of parliament": the body parsed as a conjunct of the noun before "and" ---
    ("The president appointed Hamid Qadri, an academic and Kavel Union member of parliament, as prime minister.",
     {("Hamid Qadri", M, "Kavel Union")}, set()),
    ("Nadia Serno, a surgeon and Lorin Alliance member of parliament, was arrested.",
     {("Nadia Serno", M, "Lorin Alliance")}, {("Nadia Serno", L, "Lorin Alliance")}),
    ("Amir Dahl, a poet and Varna Movement critic, was arrested.", set(), {("Amir Dahl", M, "Varna Movement")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hw2", relations_by_document, check_ties)
