"""member_of and part_of ties told by a preposition before a noun of membership or a unit's name, written for this
battery with invented names:

- "as a member of Y" hung on a verb (relations.yaml member_prepositions, counted_among_nouns): "A entered the race as
  a member of the Front", "A, as a member of the Front, backs the bill", "A was admitted as a member of the Pact",
  "the Pact admitted A as a member of the bloc": the verb's named object, else its subject, is a member of Y; the
  names "together with" the subject are members too;
- "A is among the members of the Pact", "A was among the founders of the Front", "A is among the Alliance's
  founding members";
- a plural noun of members owned by a body (counted_among_nouns, or after a member_headings word: "member states"):
  "A is one of the Alliance's member states", "A, one of the Alliance's founding members", "the Alliance's member
  states, A and B": each is a member;
- "the Y Force of the Z Corps", "the Y Force of Ostravia's Z Corps": a force or corps (roles.yaml unit_nouns) named
  with "of" and a body is a unit of that body (the body a state owns, after the state's possessive);
- "fighters of X, the armed wing of Y": a wing the parser hangs on the plural before X is said of X;
- "X also fields a political arm, Y", "X has kept an armed wing, Y" (relations.yaml word_lists.owning_verbs): Y is part
  of X; not a wing only planned, nor a faction X fights;
- negatives: a verb of leaving or keeping out (membership_exit_verbs: "resigned as a member", "was expelled as a
  member", "the Pact rejected A as a member"), a denied or only wished entry ("applied to join", "hopes to sit as a
  member"), "a member of the public", a body that is no organisation.

Strict xfails name the cause of what is not read yet."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, P = "member_of", "part_of"
# two states the reader knows as states
LAKE = "The Republic of Ostravia and the Republic of Sarvenia share the lake. "

CASES = [
    # --- "as a member of Y" on a verb: its subject ---
    ("The Reed Party entered the election as a member of the Lantern Front.",
     {("Reed Party", M, "Lantern Front")}, set()),
    ("The Reed Party, as a member of the Lantern Front, backs the water bill.",
     {("Reed Party", M, "Lantern Front")}, set()),
    ("The Reed Party enters this election as a member of the Lantern Front, together with the Harvest League and "
     "the Dockers Guild.",
     {("Reed Party", M, "Lantern Front"), ("Harvest League", M, "Lantern Front"),
      ("Dockers Guild", M, "Lantern Front")}, set()),
    ("Ostravia was admitted as a member of the Northern Pact in 2019.",
     {("Ostravia", M, "Northern Pact")}, set()),
    ("Pavel Krin still sits in the assembly as a member of the Reed Party.",
     {("Pavel Krin", M, "Reed Party")}, set()),
    ("Ilse Marn spoke for the Lantern Front as a founding member of the Harvest League.",
     {("Ilse Marn", M, "Harvest League")}, set()),
    # --- the object of the verb ---
    ("The Lantern Front welcomed the Dockers Guild as a member of the alliance's council, the Lantern Council.",
     {("Dockers Guild", M, "Lantern Council")}, set()),
    # --- "among the members of Y" ---
    ("Ostravia is among the members of the Northern Pact.",
     {("Ostravia", M, "Northern Pact")}, set()),
    ("The Harvest League was among the founders of the Lantern Front in 2011.",
     {("Harvest League", M, "Lantern Front")}, set()),
    ("Ostravia is among the Coastal Alliance's founding members.",
     {("Ostravia", M, "Coastal Alliance")}, set()),
    # --- a plural noun of members owned by a body (_member_noun): "one of" it, or names in apposition ---
    (LAKE + "Ostravia is one of the Coastal Alliance's member states.",
     {("Ostravia", M, "Coastal Alliance")}, set()),
    (LAKE + "Ostravia, one of the Coastal Alliance's founding members, sent troops.",
     {("Ostravia", M, "Coastal Alliance")}, set()),
    (LAKE + "Sarvenia, which is one of the Coastal Alliance's member states, closed the border.",
     {("Sarvenia", M, "Coastal Alliance")}, set()),
    (LAKE + "The Coastal Alliance's member states, Ostravia and Sarvenia, sent troops.",
     {("Ostravia", M, "Coastal Alliance"), ("Sarvenia", M, "Coastal Alliance")}, set()),
    (LAKE + "Ostravia, one of the Coastal Alliance's signatories, sent troops.",
     {("Ostravia", M, "Coastal Alliance")}, set()),
    # negatives: denied, hypothetical, no noun of members
    (LAKE + "Ostravia is not one of the Coastal Alliance's member states.", set(),
     {("Ostravia", M, "Coastal Alliance")}),
    (LAKE + "Ostravia would be one of the Coastal Alliance's member states if the vote passed.", set(),
     {("Ostravia", M, "Coastal Alliance")}),
    (LAKE + "Ostravia is one of the Coastal Alliance's fiercest critics.", set(),
     {("Ostravia", M, "Coastal Alliance")}),
    # --- a force or corps named with "of" and the body it is a unit of (roles.yaml unit_nouns) ---
    ("The Velka Force of the Ostravian Sentinel Corps supplies the missiles.",
     {("Velka Force", P, "Ostravian Sentinel Corps")}, set()),
    ("The Reed Brigade has received weapons through the Velka Force of the Ostravian Sentinel Corps.",
     {("Velka Force", P, "Ostravian Sentinel Corps")}, set()),
    (LAKE + "Monitors say the Velka Force of Ostravia's Sentinel Corps supplies the missiles.",
     {("Velka Force", P, "Sentinel Corps")}, set()),
    # negatives: a party "of" its leader; a force of so many men
    ("The Reed Party of Pavel Krin won the vote.", set(), {("Reed Party", P, "Pavel Krin")}),
    ("The Velka Force of 2,000 men crossed into the valley held by the Reed Brigade.", set(),
     {("Velka Force", P, "Reed Brigade")}),
    # --- a wing in apposition to the name after "fighters of" (the parser hangs it on the plural) ---
    ("Fighters of the Reedwater Lancers, the armed wing of the Velka Front, attacked a police post.",
     {("Reedwater Lancers", P, "Velka Front")}, set()),
    ("On Sunday supporters of the Reedwater Party, the political wing of the Velka Front, marched on the square.",
     {("Reedwater Party", P, "Velka Front")}, set()),
    # negatives: two names before the apposition; a description that is no wing
    ("Fighters of the Reedwater Lancers and the Harvest League, the armed wing of the Velka Front, attacked a post.", set(),
     {("Reedwater Lancers", P, "Velka Front")}),
    ("Fighters of the Reedwater Lancers, the best-paid men in the valley of the Velka Front, attacked a post.", set(),
     {("Reedwater Lancers", P, "Velka Front")}),
    # --- a wing a body keeps, named after the comma (relations.yaml word_lists.owning_verbs) ---
    ("The Velka Front attacked a police post. It also fields a political arm, the Reedwater Party, which holds "
     "nine seats.",
     {("Reedwater Party", P, "Velka Front")}, set()),
    ("The Velka Front has kept an armed wing, the Reedwater Lancers, since 2019.",
     {("Reedwater Lancers", P, "Velka Front")}, set()),
    # negatives: a wing only planned; a verb of fighting; no name after the comma
    ("Under the deal the Velka Front would keep an armed wing, the Reedwater Lancers, for two years.", set(),
     {("Reedwater Lancers", P, "Velka Front")}),
    ("The Velka Front fought a rival faction, the Reedwater Lancers, for the valley.", set(),
     {("Reedwater Lancers", P, "Velka Front")}),
    # --- negatives: leaving, being put out or kept out ---
    ("Pavel Krin resigned as a member of the Reed Party on Monday.", set(),
     {("Pavel Krin", M, "Reed Party")}),
    ("Pavel Krin was expelled as a member of the Reed Party after the vote.", set(),
     {("Pavel Krin", M, "Reed Party")}),
    ("The Northern Pact rejected Ostravia as a member of the bloc, and Ostravia turned to the Southern Compact.",
     set(), {("Ostravia", M, "Northern Pact")}),
    ("Pavel Krin stepped down as a member of the Lantern Front's council.", set(),
     {("Pavel Krin", M, "Lantern Front")}),
    # negatives: denied, wished, planned
    ("The Reed Party did not enter the election as a member of the Lantern Front.", set(),
     {("Reed Party", M, "Lantern Front")}),
    ("Ostravia hopes to sit as a member of the Northern Pact by 2030.", set(),
     {("Ostravia", M, "Northern Pact")}),
    ("The Reed Party would campaign as a member of the Lantern Front if the Front dropped its land policy.", set(),
     {("Reed Party", M, "Lantern Front")}),
    # negatives: the public; a noun that is no membership
    ("Pavel Krin, who filmed the attack as a member of the public, gave the video to the Reed Party.", set(),
     {("Pavel Krin", M, "Reed Party")}),
    ("Pavel Krin attended the congress as a guest of the Lantern Front.", set(),
     {("Pavel Krin", M, "Lantern Front")}),
    ("Ostravia is among the critics of the Northern Pact.", set(),
     {("Ostravia", M, "Northern Pact")}),
    # --- found in review: the phrase before the verb is the subject's; a person named as object; "among" only
    # after being counted; a past membership; a seat lost ---
    ("The Tide Party, as a member of the Northern Alliance, condemned the Blue Front.",
     {("Tide Party", M, "Northern Alliance")}, {("Blue Front", M, "Northern Alliance")}),
    ("The Tide Party nominated a retired judge as a member of the Velmar Commission.", set(),
     {("Tide Party", M, "Velmar Commission")}),
    ("The Tide Party campaigned among the members of the Northern Alliance.", set(),
     {("Tide Party", M, "Northern Alliance")}),
    ("The Tide Party was once among the founding members of the Northern Alliance, which it left in 2015.", set(),
     {("Tide Party", M, "Northern Alliance")}),
    ("The Tide Party lost its seat as a member of the Northern Alliance.", set(),
     {("Tide Party", M, "Northern Alliance")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sw3", relations_by_document, check_ties)
