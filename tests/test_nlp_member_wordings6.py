"""member_of ties of a state admitted to a bloc named by a definite noun, written for this battery with invented
states:

- a noun of membership after a preposition of relations.yaml member_prepositions ("as a member of", "as the
  bloc's newest member"; relations._member_preposition) whose "of" object or possessor is a definite noun
  ("the bloc", "the alliance") rather than a name: the body that noun stands for (relations._member_whole, by
  relations.yaml definite_heads, where "bloc" and "alliance" now also stand for a body the reader knows as an
  alliance or an international organisation): "NATO met. X was admitted as the alliance's newest member", "The
  Council of Europe met. X was formally admitted as the bloc's ninth member": X is a member.

Negatives: a hope ("hopes to be admitted"), a resignation ("resigned as a member of the alliance"), a denial
("was never admitted"), a former member, a guest of the bloc.

- a verb of leading (heads, runs) whose object is a ministry of relations.yaml portfolio_nouns that resolves to a
  state (relations._stance; the tie itself from relations._portfolio): "X heads the economy ministry", "X has headed
  the transport ministry since May": X is a minister, a member of the state, not its ruler; "X heads the
  government" still rules it.

Negatives: a post no longer held, a post only expected ("may soon head"), a party led (leader_of stays).
"""
import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
# three states the reader knows as states
LAKE = "The Republic of Sarvenia, the Republic of Ostravia and the Republic of Borvania share the lake. "
COE = LAKE + "The Council of Europe met in Sarvenia. "
NATO = LAKE + "NATO met in Brussels. "
HOME = "VARNA, May 3 - The Republic of Ostravia's parliament met on Monday. "
L = "leader_of"

CASES = [
    # --- a member of a bloc named by a definite noun ---
    (COE + "Ostravia was formally admitted as the bloc's ninth member in October.",
     {("Ostravia", M, "Council of Europe")}, set()),
    (LAKE + "The Southern African Development Community met in Sarvenia. Borvania was admitted as a member of the "
     "bloc last year.",
     {("Borvania", M, "Southern African Development Community")}, set()),
    (NATO + "Ostravia was admitted as the alliance's newest member in 2020.",
     {("Ostravia", M, "NATO")}, set()),
    (LAKE + "The Eurasian Economic Union met in Sarvenia. Borvania sat at the table as a full member of the bloc.",
     {("Borvania", M, "Eurasian Economic Union")}, set()),
    # --- negatives: a hope, a resignation, a denial, a former member, a guest ---
    (COE + "Ostravia hopes to be admitted as a member of the bloc next year.",
     set(), {("Ostravia", M, "Council of Europe")}),
    (NATO + "Ostravia resigned as a member of the alliance in 2019.",
     set(), {("Ostravia", M, "NATO")}),
    (COE + "Ostravia was never admitted as a member of the bloc.",
     set(), {("Ostravia", M, "Council of Europe")}),
    (NATO + "Ostravia attended as a former member of the alliance.",
     set(), {("Ostravia", M, "NATO")}),
    (COE + "Ostravia's army chief Ivo Brand attended the talks as a guest of the bloc.",
     set(), {("Ostravia", M, "Council of Europe"), ("Ivo Brand", M, "Council of Europe")}),
    # --- a ministry headed: a member of the state, not its ruler ---
    (HOME + "Gabriel Odor, an economist with ties to business, heads the economy ministry.",
     {("Gabriel Odor", M, "Ostravia")}, {("Gabriel Odor", L, "Ostravia")}),
    (HOME + "Petra Lind has headed the transport ministry since May.",
     {("Petra Lind", M, "Ostravia")}, {("Petra Lind", L, "Ostravia")}),
    # --- negatives: the government still ruled, a post left or only expected, a party led ---
    (HOME + "Gabriel Odor heads the government.",
     {("Gabriel Odor", L, "Ostravia")}, {("Gabriel Odor", M, "Ostravia")}),
    (HOME + "Gabriel Odor no longer heads the economy ministry.",
     set(), {("Gabriel Odor", M, "Ostravia"), ("Gabriel Odor", L, "Ostravia")}),
    (HOME + "Gabriel Odor may soon head the economy ministry.",
     set(), {("Gabriel Odor", M, "Ostravia"), ("Gabriel Odor", L, "Ostravia")}),
    (HOME + "Gabriel Odor heads the Dawn Party.",
     {("Gabriel Odor", L, "Dawn Party")}, {("Gabriel Odor", L, "Ostravia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw6", relations_by_document, check_ties)
