"""False events from a verb whose reading needs a party the clause does not give. A departure with no one known
leaving (plover.yaml departure_verbs and polarity.departure_types, event_drops._departure): "the election left X
with 26 seats", "that left two parties for the run-off", "shall be deemed to have left the coalition" is no
withdrawal from X. People sent are no aid (plover.yaml envoy_bodies, events._sends_a_person): "sent a mediation
team", "sent a mission", a role of two words ("its secretary general"), a relative pronoun on a person ("X, whom
he sent to Rome as ambassador"). A verb of talk whose object is the matter talked of (plover.yaml topic_verbs,
events._talk_partner, event_drops._talked_of): an actor named inside the matter is no party to the talk
("discussed the upcoming summit of X", "discussed the Y party's proposal with Z": Z). One person clashing with
another, no armed body on either side, quarrels (events._persons_clash: "X has also clashed with his own vice
president"). A journey to a place on a private errand (plover.yaml private_errands, events._private_journey:
"travelled to X for medical treatment") or with someone carried there ("had flown him to X") is no visit. The one
on whose advice an act is done is no one acted upon (plover.yaml behest_nouns: "ordered the strike on the
recommendation of X", "opened fire on the advice of X"). Negatives that must stay events: a party that leaves
another, goods sent, a talk with someone named by "with" or by a coordinated subject. Invented names; end to end
with the real English pipeline. A target of None in a wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a departure with no one known leaving: no withdrawal ---
    ("The 2022 election left the Velnian Front with 26 of the 55 seats.", set(), {("*", "RETREAT", "Velnian Front")}),
    ("That left two parties for the run-off: the Velnian Front and the Tarsk Party.",
     set(), {("*", "RETREAT", "Velnian Front"), ("*", "RETREAT", "Tarsk Party")}),
    ("A party that votes against the Government in a confidence motion shall be deemed to have left the Korvath "
     "Coalition.", set(), {("*", "RETREAT", "Korvath Coalition")}),
    ("Three deputies from the north quit Ivo Tarskan's Tarsk Party on Wednesday.",
     set(), {("*", "RETREAT", "Ivo Tarskan|Tarsk Party")}),
    # --- negatives: a party that leaves another withdraws ---
    ("The Tarsk Party left the Korvath Coalition in 2022.", {("Tarsk Party", "RETREAT", "Korvath Coalition")}, set()),
    ("Ivo Tarskan quit the Velnian Front after the vote.", {("Ivo Tarskan", "RETREAT", "Velnian Front")}, set()),
    # --- people sent: no aid ---
    ("The Velnian Union sent a mediation team to Kenya last week.", set(), {("Velnian Union", "AID", "*")}),
    ("The Tarsk Council sent a mission to Kenya, and its envoy has met both sides.",
     set(), {("Tarsk Council", "AID", "*")}),
    ("The Velnian Union sent its secretary general to Kenya last week.", set(), {("Velnian Union", "AID", "*")}),
    ("The Korvath Union sent elders to Ivo Tarskan.", set(), {("Korvath Union", "AID", "*")}),
    ("Tomas Berg has also clashed with his own deputy, Ivo Tarskan, whom he sent to Rome as ambassador.",
     set(), {("Tomas Berg", "AID", "Ivo Tarskan")}),
    # --- negatives: goods sent are aid ---
    ("The Velnian Union sent weapons to the Tarsk Front.", {("Velnian Union", "AID", "Tarsk Front")}, set()),
    ("The Velnian Union sent fuel and medicine to the Tarsk Front.", {("Velnian Union", "AID", "Tarsk Front")}, set()),
    # --- an actor inside the matter talked of: no party to the talk ---
    ("Tomas Berg and Ivo Tarskan also discussed the upcoming summit of the Northern Compact.",
     set(), {("*", "CONSULT", "Northern Compact")}),
    ("Tomas Berg discussed the Tarsk Party's proposal with Ivo Tarskan.",
     {("Tomas Berg", "CONSULT", "Ivo Tarskan")}, {("Tomas Berg", "CONSULT", "Tarsk Party")}),
    ("Tomas Berg discussed the budget of the Northern Compact.", set(), {("Tomas Berg", "CONSULT", "*")}),
    # --- negatives: the one talked with named by "with" or by the subject ---
    ("Tomas Berg discussed the pipeline with Ivo Tarskan in July.", {("Tomas Berg", "CONSULT", "Ivo Tarskan")}, set()),
    ("Tomas Berg and Ivo Tarskan discussed the Northern Compact's budget.",
     {("Tomas Berg", "CONSULT", "Ivo Tarskan")}, {("*", "CONSULT", "Northern Compact")}),
    # --- one person clashing with another: a quarrel, no blow (events._persons_clash) ---
    ("Tomas Berg has also clashed with his own vice president, Ivo Tarskan.",
     set(), {("Tomas Berg", "ASSAULT", "Ivo Tarskan")}),
    ("Tomas Berg clashed with Marek Oldan at a cabinet meeting.", set(), {("Tomas Berg", "ASSAULT", "Marek Oldan")}),
    # --- negatives: armed men on a side stay a fight ---
    ("Tomas Berg's guards clashed with Ivo Tarskan's bodyguards near the palace.",
     {("Tomas Berg", "ASSAULT", "Ivo Tarskan")}, set()),
    ("Colonel Tomas Berg clashed with the Tarsk Party's guard in the port.",
     {("Tomas Berg", "ASSAULT", "Tarsk Party")}, set()),
    # --- a journey on a private errand, or someone carried there: no visit (events._private_journey) ---
    ("Ivo Tarskan travelled to Kenya for medical treatment in January.", set(), {("Ivo Tarskan", "CONSULT", "Kenya")}),
    ("Tomas Berg flew to Kenya for surgery last week.", set(), {("Tomas Berg", "CONSULT", "Kenya")}),
    ("Marek Oldan said Ivo Tarskan had kidnapped him and flown him to Kenya against his will.",
     set(), {("Ivo Tarskan", "CONSULT", "Kenya")}),
    # --- negatives: a journey for talks, a bare journey stay visits ---
    ("Ivo Tarskan travelled to Kenya for talks with President Tomas Berg.",
     {("Ivo Tarskan", "CONSULT", "Tomas Berg")}, set()),
    ("Ivo Tarskan flew to Kenya on Monday.", {("Ivo Tarskan", "CONSULT", "Kenya")}, set()),
    # --- the one whose advice an act follows: no one struck (plover.yaml behest_nouns) ---
    ("Tomas Berg's office said he had ordered the strike on the recommendation of the defence minister, Ivo Tarskan.",
     set(), {("*", "ASSAULT", "Ivo Tarskan")}),
    ("The Velnian Guard opened fire on the advice of Marek Oldan.", set(), {("*", "ASSAULT", "Marek Oldan")}),
    # --- negative: the one struck named beside the advice ---
    ("The Velnian Front shelled the Tarsk Party's positions on the advice of Marek Oldan.",
     {("Velnian Front", "ASSAULT", "Tarsk Party")}, {("*", "ASSAULT", "Marek Oldan")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp8", events_by_document, assert_events)
