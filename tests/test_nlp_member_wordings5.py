"""member_of ties of a run inside a coalition and of a post in a state's ministry, written for this battery with
invented names:

- a verb of running or campaigning "in" / "within" a body (relations.yaml preposition_verbs, word_lists
  coalition_seat_verbs): "X ran in the Unity Coalition", "X campaigned within the Y Alliance": X is a member, only when
  the body is a coalition (subkind coalition, a name with a coalition word, or a coalition noun that names it: "in a
  coalition called Y", "an alliance known as Y", relations._called_body);
- the companions named beside the subject ("alongside", "together with"; relations._seat_companions): people too
  for these verbs when the subject is a person ("X had campaigned alongside the opposition leader Y in a coalition
  called Z": Y ran in Z as well; not a person beside a party),
  where a person beside a seat of sitting or serving stays company.

- a role "of" / "for" / "at" a state's executive body named by the state's possessive (roles.yaml state_executive,
  relations._possessed_ministry_state): "X, the spokeswoman of Sarvenia's defence ministry", "an official at
  Sarvenia's interior ministry": X serves the state; not a stance ("a critic of Sarvenia's ministry"), no role
  ("a lawyer for"), nor the head of a state's government (a head's post, not read here).

- a state or body named a "contributor" to a mission or body (relations.yaml contribution_nouns): "X, the largest
  troop contributor to the Y Mission", "The largest contributor to Y is X", "Y's biggest contributor, X": X is one
  of Y's members; not a person (a donor), not once or until a year;
- states whose governments made a coalition (relations._whose_rulers): "A, B and C, whose military governments
  formed the Y Alliance": each state is a member; not a plan, a body of the coalition, no coalition, a person's act.

- two possessed titles joined by "and", each before its name (relations._nearer_conjoined_role): "Sarvenia's foreign
  minister A and Ostravia's defence minister B met": B is Ostravia's, not Sarvenia's (the parser hangs B on the
  first title).

- a "from" phrase the parser hangs on the first noun of an apposition, after a conjoined member's role
  (relations._body_after_conjoined_role): "X, a tribal figure and member of parliament from the Y Party": X is a
  member of Y; not a place, not a former seat, not when the first noun is a post of its own ("the commander and ...").

- an envoy named in apposition to the object of a verb of sending (relations.yaml envoy_sending_verbs,
  relations._sent_envoy): "the Lake Union has sent an envoy, X, to talk to all sides", "Sarvenia dispatched a special
  envoy, X": X is a member of the sender; not denied, not supposed, not another's envoy ("sent Ostravia's envoy, X,
  home").

- a body named before "coalition" / "alliance" and "of" other bodies (relations.yaml member_coalition_nouns): "the
  Unity Front coalition of the Dawn Party and smaller allies": the Dawn Party is a member of the Unity Front, not the
  Front a part of the party; "the X bloc of the Y Party" stays the party's own bloc.

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
    # --- a contributor to a mission ---
    (LAKE + "Sarvenia, the largest troop contributor to the Lake Mission, sent 900 more soldiers.",
     {("Sarvenia", M, "Lake Mission")}, set()),
    (LAKE + "The largest contributor to the Lake Mission is now Ostravia, officials said.",
     {("Ostravia", M, "Lake Mission")}, set()),
    (LAKE + "The Lake Mission's biggest contributor, Borvania, sent more troops.",
     {("Borvania", M, "Lake Mission")}, set()),
    # negatives: a person's gift, a contribution over
    (LAKE + "Marek Tosk, a major contributor to the Dawn Party, was arrested in Sarvenia.",
     set(), {("Marek Tosk", M, "Dawn Party")}),
    (LAKE + "Sarvenia, once the largest contributor to the Lake Mission, withdrew its troops.",
     set(), {("Sarvenia", M, "Lake Mission")}),
    (LAKE + "Ostravia was the largest contributor to the Lake Mission until 2020.",
     set(), {("Ostravia", M, "Lake Mission")}),
    # --- states whose governments formed a coalition ---
    (LAKE + "Officials discussed the departure of Sarvenia, Ostravia and Borvania, whose military governments formed "
     "the Lake Alliance and left the Union in 2025.",
     {("Sarvenia", M, "Lake Alliance"), ("Ostravia", M, "Lake Alliance"), ("Borvania", M, "Lake Alliance")}, set()),
    (LAKE + "Officials discussed Sarvenia and Borvania, whose juntas set up the River Bloc in 2024.",
     {("Sarvenia", M, "River Bloc"), ("Borvania", M, "River Bloc")}, {("Ostravia", M, "River Bloc")}),
    # negatives: a plan, a coalition's organ, no coalition, a person's act
    (LAKE + "Officials discussed Sarvenia and Ostravia, whose governments plan to form the Delta Alliance.",
     set(), {("Sarvenia", M, "Delta Alliance"), ("Ostravia", M, "Delta Alliance")}),
    (LAKE + "Officials discussed Sarvenia and Ostravia, whose juntas formed the Lake Commission.",
     set(), {("Sarvenia", M, "Lake Commission"), ("Ostravia", M, "Lake Commission")}),
    (LAKE + "Officials met Borvania and Ostravia, whose presidents founded the Hill Alliance.",
     set(), {("Borvania", M, "Hill Alliance"), ("Ostravia", M, "Hill Alliance")}),
    # --- two possessed titles joined by "and" ---
    (LAKE + "Sarvenia's foreign minister Lena Varga and Ostravia's defence minister Marek Tosk met on Monday.",
     {("Lena Varga", M, "Sarvenia"), ("Marek Tosk", M, "Ostravia")},
     {("Marek Tosk", M, "Sarvenia"), ("Lena Varga", M, "Ostravia")}),
    (LAKE + "Borvania's interior minister Ivo Brand and Sarvenia's finance minister Petra Lind signed the accord.",
     {("Ivo Brand", M, "Borvania"), ("Petra Lind", M, "Sarvenia")}, {("Petra Lind", M, "Borvania")}),
    # --- a body hung on the first noun of an apposition after a member's role ---
    ("The governor appointed Ardo Velsk, a tribal figure and member of parliament from the Dawn Party, to the post.",
     {("Ardo Velsk", M, "Dawn Party")}, set()),
    ("Kai Morrow, a businessman and member of parliament from the Unity Movement, spoke at the rally.",
     {("Kai Morrow", M, "Unity Movement")}, set()),
    # negatives: a seat left; the first noun a post of its own
    ("Nils Aavik, a tribal figure and former member of parliament from the Green Movement, spoke.",
     set(), {("Nils Aavik", M, "Green Movement")}),
    ("Tove Rask, the commander and member of parliament from the Hill Movement, spoke.",
     set(), {("Tove Rask", M, "Hill Movement")}),
    # --- an envoy a body or a state sends ---
    ("The Lake Union has sent an envoy, the former minister Ardo Velsk, to talk to all sides.",
     {("Ardo Velsk", M, "Lake Union")}, set()),
    (LAKE + "Sarvenia dispatched a special envoy, Lena Varga, to the talks in the capital.",
     {("Lena Varga", M, "Sarvenia")}, set()),
    # negatives: denied, supposed, another's envoy
    ("The Coast League has not sent an envoy, Mira Sand, to the talks.",
     set(), {("Mira Sand", M, "Coast League")}),
    ("The River Council may send an envoy, Olle Dahl, to the talks.",
     set(), {("Olle Dahl", M, "River Council")}),
    (LAKE + "Sarvenia sent Ostravia's envoy, Petra Vik, home after the row.",
     {("Petra Vik", M, "Ostravia")}, {("Petra Vik", M, "Sarvenia")}),
    # --- a coalition "of" bodies named after its name ---
    ("Mirel Tann, who headed the Unity Front coalition of the Dawn Party and smaller allies, finished second.",
     {("Dawn Party", M, "Unity Front")}, {("Unity Front", "part_of", "Dawn Party")}),
    ("The Cedar alliance of the Green League and the Farmers' Union won 30 seats.",
     {("Green League", M, "Cedar alliance"), ("Farmers' Union", M, "Cedar alliance")},
     {("Cedar alliance", "part_of", "Green League")}),
    # negative: a party's own bloc
    ("The Ash bloc of the Harbour Party won 12 seats.",
     {("Ash bloc", "part_of", "Harbour Party")}, {("Harbour Party", M, "Ash bloc")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "mw5", relations_by_document, check_ties)
