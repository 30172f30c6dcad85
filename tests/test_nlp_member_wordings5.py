"""member_of ties of a run inside a coalition and of a post in a state's ministry, written for this battery with
invented names:

- a verb of running or campaigning "in" / "within" a body (relations.yaml preposition_verbs, word_lists
  coalition_seat_verbs): "X ran in the Unity Coalition", "X campaigned within the Y Alliance": X is a member, only when
  the body is a coalition (subkind coalition, a name with a coalition word, or a coalition noun that names it: "in a
  coalition called Y", "an alliance known as Y", relations._called_body);
- the companions named beside the subject ("alongside", "together with"; relations._seat_companions): people too
  for these verbs ("X had campaigned alongside the opposition leader Y in a coalition called Z": Y ran in Z as well),
  where a person beside a seat of sitting or serving stays company.

- a role "of" / "for" / "at" a state's executive body named by the state's possessive (roles.yaml state_executive,
  relations._possessed_ministry_state): "X, the spokeswoman of Sarvenia's defence ministry", "an official at
  Sarvenia's interior ministry": X serves the state; not a stance ("a critic of Sarvenia's ministry"), no role
  ("a lawyer for"), nor the head of a state's government (a head's post, not read here).

Negatives: a place or a state ("campaigned in Ostravia alongside Y"), a party's primary, a run told as over ("until
2019"), a supposed or denied one ("may run", "never campaigned"), a body that is no coalition ("the Dawn Party").
"""
import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
# three states the reader knows as states
LAKE = "The Republic of Sarvenia, the Republic of Ostravia and the Republic of Borvania share the lake. "

CASES = [
    # --- a run inside a coalition, with its companions ---
    ("Mirel Tann had campaigned alongside the opposition leader Ardo Velsk in a coalition called Unity Pact.",
     {("Mirel Tann", M, "Unity Pact"), ("Ardo Velsk", M, "Unity Pact")}, set()),
    ("Mirel Tann campaigned alongside Ardo Velsk in an alliance known as the Harbour Front.",
     {("Mirel Tann", M, "Harbour Front"), ("Ardo Velsk", M, "Harbour Front")}, set()),
    ("Mirel Tann ran in the Unity Coalition alongside Ardo Velsk and the Green League.",
     {("Mirel Tann", M, "Unity Coalition"), ("Ardo Velsk", M, "Unity Coalition"),
      ("Green League", M, "Unity Coalition")}, set()),
    ("Mirel Tann campaigned in the Unity Coalition last year.",
     {("Mirel Tann", M, "Unity Coalition")}, set()),
    ("The Dawn Party campaigned within the Lakeside Alliance together with the Green League.",
     {("Dawn Party", M, "Lakeside Alliance"), ("Green League", M, "Lakeside Alliance")}, set()),
    # --- negatives ---
    ("Mirel Tann campaigned in the north alongside Ardo Velsk of the Dawn Party.",
     set(), {("Mirel Tann", M, "Dawn Party")}),
    ("Mirel Tann ran in the Dawn Party's primary against Ardo Velsk.",
     set(), {("Mirel Tann", M, "Dawn Party")}),
    ("Mirel Tann campaigned alongside Ardo Velsk in the Unity Coalition until 2019.",
     set(), {("Mirel Tann", M, "Unity Coalition"), ("Ardo Velsk", M, "Unity Coalition")}),
    ("Mirel Tann may run in the Unity Coalition alongside Ardo Velsk next year.",
     set(), {("Mirel Tann", M, "Unity Coalition"), ("Ardo Velsk", M, "Unity Coalition")}),
    ("Mirel Tann never campaigned in the Unity Coalition.",
     set(), {("Mirel Tann", M, "Unity Coalition")}),
    ("Mirel Tann sat in the Unity Coalition's assembly alongside Ardo Velsk, a journalist.",
     set(), {("Ardo Velsk", M, "Unity Coalition")}),
    # --- a post in a state's ministry named by the state's possessive ---
    (LAKE + "Lena Varga, the spokeswoman of Sarvenia's defence ministry, accused Borvania of shelling the port.",
     {("Lena Varga", M, "Sarvenia")}, {("Lena Varga", M, "Borvania")}),
    (LAKE + "Lena Varga, an official at Ostravia's interior ministry, denied the report.",
     {("Lena Varga", M, "Ostravia")}, set()),
    (LAKE + "Lena Varga, a spokesman for Borvania's foreign ministry, said talks would resume.",
     {("Lena Varga", M, "Borvania")}, set()),
    (LAKE + "Lena Varga, the head of Sarvenia's energy ministry, signed the deal.",
     {("Lena Varga", M, "Sarvenia")}, set()),
    # negatives: a stance, no role, another person's post
    (LAKE + "Lena Varga, a critic of Sarvenia's defence ministry, spoke at the rally.",
     set(), {("Lena Varga", M, "Sarvenia")}),
    (LAKE + "Lena Varga, a lawyer for Ostravia's government, filed the appeal.",
     set(), {("Lena Varga", M, "Ostravia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw5", relations_by_document, check_ties)
