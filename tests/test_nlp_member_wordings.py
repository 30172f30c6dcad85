"""member_of / part_of / allied_with ties stated by the wordings that unseen articles miss most, written for this
battery with invented names:

- a body's members listed after "includes" / "comprises" where the body is named as a framework, pact, council,
  platform or forum rather than an alliance (relations.yaml word_lists.membership_body_words), also when the
  relative clause hangs on the last word of a long apposition ("an umbrella of parties, most of them ...");
- a body that "operates under" or "was placed under" another (relations.yaml preposition_verbs);
- descriptions already read: "X, a <Party> senator", "X, the Y's political arm", "an alliance of A and B".

Negatives: "includes" with no member body ("a clause", "representatives of"), "under" a mandate or under pressure.
Strict xfails name the cause of what is not read yet."""
from __future__ import annotations

import pytest

from wording_battery import M, P, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- members listed after "includes" / "comprises": a body named as a framework, pact, council ---
    ("The Harmony Pact includes the Velnian Farmers Party, the Harbour League and the Unity Front.",
     {("Velnian Farmers Party", M, "Harmony Pact"), ("Harbour League", M, "Harmony Pact"),
      ("Unity Front", M, "Harmony Pact")}, set()),
    ("Talks stalled because the Tolan Council, which includes the Velnian Farmers Party and the Ostrian Labour "
     "Party, refused to sign.",
     {("Velnian Farmers Party", M, "Tolan Council"), ("Ostrian Labour Party", M, "Tolan Council")}, set()),
    ("The Marsh Framework, a grouping of southern movements, comprises the Reed Party and the Delta League.",
     {("Reed Party", M, "Marsh Framework"), ("Delta League", M, "Marsh Framework")}, set()),
    ("Power rests with the Marsh Framework, an umbrella of rural movements, most of them close to Ostria, which "
     "includes the Reed Party and the Delta League.",
     {("Reed Party", M, "Marsh Framework"), ("Delta League", M, "Marsh Framework")}, set()),
    ("Power rests with the Marsh Framework, an umbrella of rural movements, several of them funded by Ostria, "
     "which includes the Reed Party and the Delta League.",
     {("Reed Party", M, "Marsh Framework"), ("Delta League", M, "Marsh Framework")}, set()),
    ("Since March the Civic Platform has included the Reed Party and the Delta League.",
     {("Reed Party", M, "Civic Platform"), ("Delta League", M, "Civic Platform")}, set()),
    # negatives: no member bodies after the verb
    ("The Harmony Pact includes a clause on fishing rights for the Delta League.", set(),
     {("Delta League", M, "Harmony Pact")}),
    ("The Tolan Council includes representatives of the Reed Party.", set(),
     {("Reed Party", M, "Tolan Council")}),
    # --- "operates under", "was placed under" a body ---
    ("The Black Lance battalion operates under the Velnian Ministry of Defence.",
     {("Black Lance battalion", P, "Velnian Ministry of Defence")}, set()),
    ("The Harbour Task Force, operating under the Tolan Basin Authority, cleared three islands in May.",
     {("Harbour Task Force", P, "Tolan Basin Authority")}, set()),
    ("The Harbour Task Force, equipped by Karvel and placed under the Tolan Basin Authority in 2021, cleared the islands.",
     {("Harbour Task Force", P, "Tolan Basin Authority")}, set()),
    ("Although the Grey Brigade was formally placed under the Ostrian Ministry of the Interior in 2021, its "
     "officers still take orders from the palace.",
     {("Grey Brigade", P, "Ostrian Ministry of the Interior")}, set()),
    ("Last week the Lakeshore Guard was placed under the direct command of the Velnian Army.",
     {("Lakeshore Guard", P, "Velnian Army")}, set()),
    # negatives: under a mandate, under pressure, under sanctions
    ("The Harbour Task Force operates under a mandate granted by the Tolan Basin Authority.", set(),
     {("Harbour Task Force", P, "Tolan Basin Authority")}),
    ("The Reed Party was placed under sanctions by the Delta League in 2020.", set(),
     {("Reed Party", P, "Delta League")}),
    # --- descriptions already read (kept as guards) ---
    ("The bill was opposed by Pavel Rusk, a Unity Front senator from the hills.",
     {("Pavel Rusk", M, "Unity Front")}, set()),
    ("The Union of the Coast, the Ravel Front's political arm, won nine seats.",
     {("Union of the Coast", P, "Ravel Front")}, set()),
    ("The Sorn Front is represented in parliament by its political wing, the Sorn Party.",
     {("Sorn Party", P, "Sorn Front")}, set()),
    ("The Sorn Front keeps a seat at the cabinet table through its political wing, the Sorn Party.",
     {("Sorn Party", P, "Sorn Front")}, set()),
    ("The Tolan Bloc, an alliance of the Green League and the Farmers Union, won the poll.",
     {("Green League", M, "Tolan Bloc"), ("Farmers Union", M, "Tolan Bloc")}, set()),
    # --- not read yet ---
    ("The Lakeside Mission is made up of troops from Velnia, Ostria and Karvel.",
     {("Velnia", M, "Lakeside Mission"), ("Ostria", M, "Lakeside Mission")}, set()),
    ("The Steel Council counts the Miners Union and the Rail Guild among its members.",
     {("Miners Union", M, "Steel Council"), ("Rail Guild", M, "Steel Council")}, set()),
    ("Two of the nine Harbour League deputies, Ivo Sarn and Mila Dorne, abstained on the budget.",
     {("Ivo Sarn", M, "Harbour League"), ("Mila Dorne", M, "Harbour League")}, set()),
]

XFAIL: dict[str, str] = {
    "The Lakeside Mission is made up of troops from Velnia, Ostria and Karvel.":
        "actors layer: 'Ostria', named only in this sentence, is not found as an actor (the men 'from' the states "
        "are followed to them: relations._membership)",
    "Power rests with the Marsh Framework, an umbrella of rural movements, most of them close to Ostria, which "
    "includes the Reed Party and the Delta League.":
        "the parser hangs 'close to Ostria' on the main verb, so the relative clause is cut off from the chain of "
        "appositions that leads back to the Framework",
}


extracted, test_wording = battery(CASES, XFAIL, "mw", relations_by_document, check_ties)
