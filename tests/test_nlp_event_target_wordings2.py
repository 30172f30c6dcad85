"""Two causes of events emitted with no target though the text gives one. (1) Who a demand is made of when the demand is a that-clause ("demanded that Y resign"): the clause's own active
subject, a named actor other than the one demanding, whatever the clause's verb (one with no act of its own,
"yield", "disband", "step down", too; a clause-final verb the tagger reads as a noun as well). Negatives: a
passive clause (those freed are not asked), a question, an assertion in the past, the demander's own people, and
events that stay target-less. (2) Who an offer is made to when it names no one: in a story about one state, a
foreign state's or international body's offer ("has offered credit", "has pledged to fund ...") is made to that state;
not the home state's own offer, a promise, an offer naming its own parties, a passive one, or one in a story of no
one state, nor an offer to mediate or host talks
or to help both sides, one made to someone named (an actor or not), one answering another party's appeal in the
sentence before, one about the giver's own affairs, a hypothetical or a denied one. (3) Who an amount given in some form goes to: "pledged $3
billion in support for X" names X in the form's own phrase. Invented names and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

R = "REQUEST"

# a story about one state (named far more often than any other) with no state named close before the demand
_STORY = ("Tanzania expelled two foreign reporters on Monday. Tanzania has closed four newspapers this year and says "
          "more closures will follow. Tanzania denies any crackdown, and Tanzania's allies agree. Kenya said it was "
          "watching. Editors gathered outside the closed offices on Tuesday and read the banned articles aloud. "
          "Several reporters were held overnight. Their families waited outside the station until dawn. ")

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")
A = "AGREE"
K = "Korvania"

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- the that-clause's subject is the one asked ---
    ("Pavel Orsk demanded that Tanzania yield.", {("Pavel Orsk", R, "Tanzania")}, set()),
    ("Pavel Orsk demanded that the Kelvan Front disband.", {("Pavel Orsk", R, "Kelvan Front")}, set()),
    ("Pavel Orsk insists that the Kelvan Front step down.", {("Pavel Orsk", R, "Kelvan Front")}, set()),
    ("Pavel Orsk asked that Tanzania should withdraw.", {("Pavel Orsk", R, "Tanzania")}, set()),
    ("The Karvel Press Union demanded on Friday that the Tessaline Council resign at once.",
     {("Karvel Press Union", R, "Tessaline Council")}, set()),
    ("Ilse Varnok, the leader of the Amber League, urged that the Kelvan Front return to the talks.",
     {("Ilse Varnok", R, "Kelvan Front")}, set()),
    (_STORY + "The Karvel Press Union demands that the government stand down.",
     {("Karvel Press Union", R, "Tanzania")}, set()),
    # --- nobody asked, or not the one the clause names ---
    ("The ministry asked that calm be restored.", set(), {("ministry", R, None)}),
    ("Pavel Orsk asked whether Tanzania would withdraw.", set(), {("Pavel Orsk", R, "Tanzania")}),
    ("Pavel Orsk said that Tanzania would withdraw.", set(), {("Pavel Orsk", R, "Tanzania")}),
    ("Pavel Orsk insisted that the Kelvan Front had never attacked.", set(), {("Pavel Orsk", R, "Kelvan Front")}),
    ("The Kelvan Front demanded that its fighters be paid.", set(), {("Kelvan Front", R, "Kelvan Front")}),
    ("Pavel Orsk demanded that prisoners held by the Kelvan Front be freed.", set(),
     {("Pavel Orsk", R, "Kelvan Front")}),
    ("Thousands protested in the capital on Sunday.", set(), {("Pavel Orsk", R, "Tanzania")}),
    # --- an offer with no recipient named, by a foreign power in a story of one state: made to that state ---
    (_HOME + "The Kingdom of Korvania has offered 3 billion euros in credit.", {(K, A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania has pledged to cover the cost of the new clinics.", {(K, A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania offered to fund a new railway.", {(K, A, "Tessaly")}, set()),
    (_HOME + "The European Union has offered legal advisers.", {("European Union", A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania has offered surveyors for the dams.", {(K, A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania, which trains the navy, has offered to send surveyors to check the dams.",
     {(K, A, "Tessaly")}, set()),
    # --- not the home state's own offer, a promise, an offer naming its parties, a passive, no home state ---
    (_HOME + "Tessaly has offered to send surveyors to the border.", set(), {("Tessaly", A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has promised to respond.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to mediate between the Amber Front and the Brass League.",
     {(K, A, "Amber Front")}, {(K, A, "Tessaly")}),
    (_HOME + "Loans were offered by the Kingdom of Korvania.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to mediate.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to host talks.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania offered mediation on 20 June.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania offered to host the next round.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to guarantee any settlement.", set(), {(K, A, "Tessaly")}),
    # --- mended: an offer made to someone else, answering another's appeal, about the giver's own affairs, a
    # third party's part, a hypothetical or a denied one: not to the home state ---
    (_HOME + "The Kingdom of Korvania has offered shelter to the fleeing villagers.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered the exiles shelter.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered the exiles free shelter.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered its own growers cheap credit.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The United Nations has offered a new post to its envoy.", set(), {("United Nations", A, "Tessaly")}),
    (_HOME + "The Amber Council appealed for help with the fires on Tuesday. The Kingdom of Korvania has offered "
     "firefighters.", set(), {(K, A, "Tessaly")}),
    (_HOME + "Ilse Varnok, the leader of the Amber League, asked for food aid. The European Union has offered 20 "
     "tonnes of rice.", set(), {("European Union", A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has pledged to halve its own emissions.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to cover part of the school costs through its aid fund.",
     {(K, A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania has offered to send its engineers.", {(K, A, "Tessaly")}, set()),
    (_HOME + "The Kingdom of Korvania has offered to evacuate its citizens.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered its good offices.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has offered to help both sides reach a settlement.", set(),
     {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania offered to act as an intermediary.", set(), {(K, A, "Tessaly")}),
    (_HOME + "If the count is fair, the Kingdom of Korvania would offer loans.", set(), {(K, A, "Tessaly")}),
    (_HOME + "The Kingdom of Korvania has not offered any loans.", set(), {(K, A, "Tessaly")}),
    # --- a clause of a belief about the past ("must have known") asks nothing ---
    ("Pavel Orsk insisted that the Kelvan Front must have known.", set(), {("Pavel Orsk", R, "Kelvan Front")}),
    ("Pavel Orsk argued that the Kelvan Front should have resigned.", set(), {("Pavel Orsk", R, "Kelvan Front")}),
    # --- an amount given in some form ("in support", "in credit"): the one that form's own phrase names ---
    ("The Kingdom of Korvania pledged $3 billion in support for the Amber Council.",
     {(K, "SUPPORT", "Amber Council")}, set()),
    ("The Kingdom of Korvania offered 500 million euros in credit to the Amber Council.",
     {(K, A, "Amber Council")}, set()),
    ("The Kingdom of Korvania pledged $3 billion in support for reconstruction.", set(),
     {(K, "SUPPORT", "Amber Council")}),
    ("The Kingdom of Korvania and the Republic of Tessaly met in May. The Kingdom of Korvania has offered 3 billion "
     "euros in credit.", set(), {(K, A, "Tessaly")}),
]


XFAIL: dict[str, str] = {
    _STORY + "The Karvel Press Union demands that the government stand down.":
        "components.nearest_government reads 'the government' only as an object or owner, not as a clause subject",
    _HOME + "The Kingdom of Korvania has offered the exiles shelter.":
        "the parser reads the first object of the double object as a compound of the second (no dative to see)",
}


extracted, test_the_target_the_text_gives = battery(CASES, XFAIL, "evtarget2_", events_each, check_found)


def test_no_target_where_no_actor_is_told_to_act():
    # the demands above whose clause names no actor stay without one asked
    found, = events_each(["The ministry asked that calm be restored. Thousands protested in the capital on Sunday."],
                         "t")
    assert not any(t == R and tg is not None for s, t, tg in found), found
