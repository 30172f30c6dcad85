"""member_of ties of four wordings the development sets missed, written for this battery with invented names:

- a body that suspends or takes back one of its own (relations.yaml suspension_verbs, relations._suspended_member):
  "the Dawn Party suspended A and B over their remarks", "A was suspended from / by the Dawn Party", "the party
  reinstated A", "the Lake Alliance suspended Sarvenia after the coup": the named object (or passive subject) is a
  member of the body; not a threat or a plan ("threatened to suspend A"), a negation, a conditional, an expulsion (a
  past tie), a suspended thing ("suspended A's membership", "its talks with B"), a firm's staff or a person's act;
- a coalition built around named bodies (word_lists.forming_verbs with "around", relations._built_around): "the
  Unity Alliance, the bloc built around the Dawn Party", "the Front, formed around A and B in 2019", "the Pact was
  built around A": they are its members; not a plan ("to be built around A"), a negation, an idea ("built around
  opposition to A") or a body that is no coalition ("the campaign, built around A");
- a body's noun as the attribute of a copula with "in" a coalition (relations._role_ties): "X is the largest party in
  the Y coalition", "X, which has 45 seats, is a party in the Unity Alliance"; not once, not in parliament or a house
  of no coalition name ("the largest group in the Diet"), not "outside" it, not denied or supposed;
- a count "of" a plural role whose body is its modifier, with the names after a comma (relations._counted_of_body):
  "two of the eight Dawn Party deputies, A and B, abstained"; not when the comma gives something else.

Strict xfails name the cause of what is not read yet."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
# two states the reader knows as states
LAKE = "The Republic of Sarvenia and the Republic of Ostravia share the lake. "
VARGA = {("Lena Varga", M, "Dawn Party")}
BOTH = {("Lena Varga", M, "Dawn Party"), ("Marco Delin", M, "Dawn Party")}

CASES = [
    # --- a body suspends or takes back one of its own ---
    ("The Dawn Party suspended Lena Varga and Marco Delin over their remarks.", BOTH, set()),
    ("The parties punished members whose remarks had angered the crowds: the Dawn Party suspended Lena Varga, and the "
     "Labour Front suspended Pavo Sunt.", VARGA | {("Pavo Sunt", M, "Labour Front")},
     {("Lena Varga", M, "Labour Front")}),
    ("Lena Varga was suspended from the Dawn Party in March.", VARGA, set()),
    ("Lena Varga, who was suspended from the Dawn Party in March, spoke to reporters.", VARGA, set()),
    ("Lena Varga was suspended by the Dawn Party.", VARGA, set()),
    ("The Dawn Party has reinstated Lena Varga.", VARGA, set()),
    (LAKE + "The Lake Alliance suspended Sarvenia and Ostravia after the coups.",
     {("Sarvenia", M, "Lake Alliance"), ("Ostravia", M, "Lake Alliance")}, set()),
    ("The Unity Alliance suspended the Dawn Party over the vote.", {("Dawn Party", M, "Unity Alliance")}, set()),
    # negatives: a threat, a negation, a conditional, an expulsion, a suspended thing, a firm, a person's act
    ("The Dawn Party threatened to suspend Lena Varga.", set(), VARGA),
    ("The Dawn Party did not suspend Lena Varga.", set(), VARGA),
    ("The Dawn Party would suspend Lena Varga if she ran.", set(), VARGA),
    ("The Dawn Party expelled Lena Varga in February.", set(), VARGA),
    ("The Dawn Party suspended Lena Varga's membership.", set(), VARGA),
    ("The Dawn Party suspended its talks with the Labour Front.", set(), {("Labour Front", M, "Dawn Party")}),
    (LAKE + "The Lake Alliance suspended Sarvenia's accession talks.", set(), {("Sarvenia", M, "Lake Alliance")}),
    ("The Vanta Mining Company suspended Lena Varga, its chief engineer.", set(),
     {("Lena Varga", M, "Vanta Mining Company")}),
    # --- a coalition built around named bodies ---
    ("The Green Front fell to 18 seats, the same as the Unity Alliance, the bloc built around the Dawn Party.",
     {("Dawn Party", M, "Unity Alliance")}, set()),
    ("The Unity Alliance, formed around the Dawn Party and the Labour Front in 2019, won the vote.",
     {("Dawn Party", M, "Unity Alliance"), ("Labour Front", M, "Unity Alliance")}, set()),
    ("The Unity Alliance was built around the Dawn Party.", {("Dawn Party", M, "Unity Alliance")}, set()),
    # negatives: a plan, a negation, an idea, no coalition
    ("The Unity Alliance, to be built around the Dawn Party, will run in May.", set(),
     {("Dawn Party", M, "Unity Alliance")}),
    ("The Unity Alliance was not built around the Dawn Party.", set(), {("Dawn Party", M, "Unity Alliance")}),
    ("The Unity Alliance, built around opposition to the Dawn Party, won the vote.", set(),
     {("Dawn Party", M, "Unity Alliance")}),
    ("The campaign, built around the Dawn Party, won the vote.", set(), {("Dawn Party", M, "campaign")}),
    # --- "X is the largest party in the Y coalition" ---
    ("The Dawn Party, which has about 45 seats in the 120-member assembly, is the largest party in the Unity "
     "Alliance.", {("Dawn Party", M, "Unity Alliance")}, set()),
    ("The Dawn Party is the largest party in the Unity Alliance coalition.", {("Dawn Party", M, "Unity Alliance")},
     set()),
    ("The Dawn Party is a party in the Unity Alliance.", {("Dawn Party", M, "Unity Alliance")}, set()),
    # negatives: once, denied, supposed, outside it
    ("The Dawn Party was once the largest party in the Unity Alliance.", set(), {("Dawn Party", M, "Unity Alliance")}),
    ("The Dawn Party is not a party in the Unity Alliance.", set(), {("Dawn Party", M, "Unity Alliance")}),
    ("The Dawn Party would be the largest party in the Unity Alliance.", set(), {("Dawn Party", M, "Unity Alliance")}),
    ("The Dawn Party is the largest party outside the Unity Alliance.", set(), {("Dawn Party", M, "Unity Alliance")}),
    ("The Marovian Diet has 120 seats. The Dawn Party took 34 seats and is now the largest group in the Diet.", set(),
     {("Dawn Party", M, "Marovian Diet")}),
    # --- a count of a body's plural role, the names after a comma ---
    ("Two of the eight Dawn Party deputies, Lena Varga and Marco Delin, abstained.", BOTH, set()),
    ("Two of the Dawn Party deputies, Lena Varga and Marco Delin, abstained on the budget.", BOTH, set()),
    # negatives: the comma gives someone else's allies; the name is the speaker
    ("Two of the eight Dawn Party deputies, Lena Varga's allies, abstained.", set(), VARGA),
    ("Two of the eight Dawn Party deputies abstained, Lena Varga said.", set(), VARGA),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw3", relations_by_document, check_ties)
