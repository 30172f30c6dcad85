"""False events from a verb read in its political sense where the clause gives another. A verb of setting free whose
object is a sum (plover.yaml word_classes.aid_money, events._freed_sum) pays money out, no captive is freed and no
ground given up: "has continued to release pre-accession funds", "declared a disaster, freeing emergency funds",
"released new tranches" are no RETREAT. A walk-out from the governing side is a departure (plover.yaml RETREAT
"walk|storm out of government|coalition|cabinet|alliance|bloc|executive"), no street protest: "walked out of the
coalition"; the body only a modifier of the noun left is a sitting left (events._left_body_only_modifier: "walked out
of the cabinet session" stays a protest or a refusal, no departure). A state's protest at no one known (plover.yaml
polarity.state_needs_target, event_drops.kept_events) is no tie: "X summoned Y's ambassador and protested" (the
summons tells the reproach of Y), "the foreign ministry protested privately". An accident is no one's act
(plover.yaml natural_death: "died in a military plane crash"), nor is an appeal in court a request (plover.yaml
court_appeal_verbs, events._court_appeal: "said he would appeal", "will appeal the verdict"). Negatives that must
stay events: captives released or freed, a sum released to a named actor (aid), a walk-out of a session or talks, a
party's protest with no target, a state's protest aimed at a named state, its people's protest ("Bolivian teachers
marched": event_drops._people_of_state), a death in custody, an appeal to someone or
for calm. Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event
means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a sum released or freed: money paid out, no RETREAT ---
    ("The Velnian Union has continued to release pre-accession funds.", set(), {("Velnian Union", "RETREAT", "*")}),
    ("Ivo Tarskan's cabinet declared a national state of disaster over unemployment, freeing emergency funds for two "
     "years.", set(), {("*", "RETREAT", "*")}),
    ("The Korvath Fund completed further reviews and released new tranches.",
     set(), {("Korvath Fund", "RETREAT", "*")}),
    ("The Velnian Union released 40 million euros of frozen budget support last week.",
     set(), {("Velnian Union", "RETREAT", "*")}),
    # --- negatives: captives set free, a sum released to someone ---
    ("The Velnian Front released four soldiers it had held since March.", {("Velnian Front", "RETREAT", None)}, set()),
    ("The Tarsk Party freed two hostages on Sunday.", {("Tarsk Party", "RETREAT", None)}, set()),
    ("The Velnian Union released 200 million euros to the Korvath Front.", {("Velnian Union", "AID", "Korvath Front")},
     {("Velnian Union", "RETREAT", "*")}),
    # --- a walk-out from the governing side: a departure, no protest ---
    ("The Tarsk Party walked out of the coalition over a fisheries deal with Kessaria.",
     {("Tarsk Party", "RETREAT", "*")}, {("Tarsk Party", "PROTEST", "*")}),
    ("The seven belong to the Dalmar Alliance, whose members walked out of the government this week.",
     {("Dalmar Alliance", "RETREAT", "*")}, {("Dalmar Alliance", "PROTEST", "*")}),
    ("The Velnian Front, its junior partner, stormed out of the cabinet in May.",
     {("Velnian Front", "RETREAT", "*")}, {("Velnian Front", "PROTEST", "*")}),
    # --- negatives: a sitting or talks left is no departure ---
    ("Ministers from the Tarsk Party and its ally the Velnian Front walked out of the cabinet session.",
     set(), {("Tarsk Party", "RETREAT", "*"), ("Velnian Front", "RETREAT", "*")}),
    ("The Tarsk Party walked out before the vote.",
     {("Tarsk Party", "PROTEST", None)}, {("Tarsk Party", "RETREAT", "*")}),
    ("The Velnian Front delegation walked out of the talks in Geneva.", set(), {("Velnian Front", "RETREAT", "*")}),
    # --- a state's protest at no one known: no event ---
    ("Kessaria's Foreign Ministry summoned Velmora's ambassador and protested.",
     {("Kessaria", "ACCUSE", "Velmora")}, {("Kessaria", "PROTEST", None)}),
    ("Kessaria summoned the ambassador of Velmora on Tuesday and protested.",
     {("Kessaria", "ACCUSE", "Velmora")}, {("Kessaria", "PROTEST", None)}),
    ("Kessaria's foreign ministry protested privately, calling the closure unfriendly.",
     set(), {("Kessaria", "PROTEST", None)}),
    ("The government of Kessaria protested and accused the sponsors of rewriting history.",
     set(), {("Kessaria", "PROTEST", None)}),
    # --- negatives: a state's protest at a named state, a party's protest, its people's protest ---
    ("Thousands of Bolivian teachers marched through the capital on Monday.", {("Bolivia", "PROTEST", None)}, set()),
    ("Thousands of Bolivians demonstrated outside the parliament on Monday.", {("Bolivia", "PROTEST", None)}, set()),
    ("Kessaria's foreign ministry protested and summoned Velmora's ambassador.",
     {("Kessaria", "PROTEST", "Velmora")}, set()),
    ("The Velnian Front protested outside parliament on Friday.", {("Velnian Front", "PROTEST", None)}, set()),
    # --- an accident: no one's act ---
    ("Saul Kerevan, then vice-president, died in a military plane crash in the forest in June last year.",
     set(), {("*", "ASSAULT", "Saul Kerevan")}),
    ("Ivo Tarskan died in a road accident last year.", set(), {("*", "ASSAULT", "Ivo Tarskan")}),
    # --- negatives: a death in custody, a death in a strike ---
    ("Ivo Tarskan died in custody in June.", {("*", "ASSAULT", "Ivo Tarskan")}, set()),
    ("Ivo Tarskan died in an air strike by the Velnian Front.", {("Velnian Front", "ASSAULT", "Ivo Tarskan")}, set()),
    # --- an appeal in court: no request of anyone ---
    ("The lawyers of Ivo Tarskan's family told a radio station they would appeal.", set(), {("*", "REQUEST", "*")}),
    ("Marek Oldan called the trial a political persecution and said he would appeal.",
     set(), {("Marek Oldan", "REQUEST", "*")}),
    ("The Velnian Front said it would appeal the verdict.", set(), {("Velnian Front", "REQUEST", "*")}),
    ("Marek Oldan appealed against the sentence in May.", set(), {("Marek Oldan", "REQUEST", "*")}),
    # --- negatives: an appeal to someone, or for something, asks ---
    ("The Velnian Front appealed to the Tarsk Party to reconsider.",
     {("Velnian Front", "REQUEST", "Tarsk Party")}, set()),
    ("Ivo Tarskan appealed for calm after the clashes.", {("Ivo Tarskan", "REQUEST", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eventfp1", events_by_document, assert_events)
