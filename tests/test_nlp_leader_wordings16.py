"""A foreign head named by a bare title in a story about another state: (1) where only the text's frame gives the
bare title a state (a section's or a memo's heading, the sentence before), the signs that the titled person is
another state's are read against that state as against the story's own: "President X has said Ostravia should take
back the Kalvar terminal" (the reported clause has another state as its subject), "Kalvar's president, Y, answered"
(the post the heading's state would give X is held by another); (2) "Y, an envoy of President X, met Z", "President
X's envoy held talks with Z": X's envoy meets the person the text has leading the story's state (under any title), so
X holds no post there (not an envoy who meets rebels, nor a meeting denied or to come); (3) "the would-be
president, X", "Would-be President X", "the one-time president, X": a title qualified by a hyphenated word of
relations.yaml not_current_titles (split at its hyphen by the tokenizer) is no post held now. Negatives: the heading's
state keeps a bare president who says nothing of another state, where the state's holder of that title is not
named. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a memo whose subject line and sections name its state, in which another state is named as often
MEMO = ("Subject: Q2 update: Kalvar hub, port transits\n\n"
        "Quick round-up. The Kalvar hub keeps working and buyers in the Republic of Ostravia are still ordering from "
        "Kalvar.\n\n"
        "1. The port noise\n"
        "Since March, President Tom Harlan has repeatedly said {said}. {reply}, has answered every time the same "
        "way: the port is not for sale.\n\n"
        "2. Tariffs\n"
        "Ostravia raised its tariff on goods from Kalvar. Kalvar said it would appeal. Our Ostravia orders are "
        "unchanged.")
HARLAN = {("Tom Harlan", L, "Kalvar")}

# a story set in one state (its dateline, its name repeated, its institutions) with its prime minister named
HOME = ("KALVAR CITY, May 3 - Kalvar's parliament met on Monday. Polls opened across Kalvar and Kalvar's electoral "
        "commission said turnout was high in Kalvar. Prime Minister Ana Kuvale said the vote would go ahead. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a heading's state: the reported clause names another state, or the post is another's ---
    (MEMO.format(said="Ostravia should take back the Kalvar terminal, complaining about delays",
                 reply="Kalvar's prime minister, Ana Kuvale"), set(), HARLAN),
    (MEMO.format(said="Ostravia must get the Kalvar terminal back, complaining about fees",
                 reply="Kalvar's prime minister, Ana Kuvale"), set(), HARLAN),
    (MEMO.format(said="the terminal should cut its fees, complaining about delays",
                 reply="Kalvar's president, Ana Kuvale"), set(), HARLAN),
    (MEMO.format(said="the terminal should cut its fees, complaining about delays",
                 reply="Kalvar's prime minister, Ana Kuvale"), HARLAN, set()),
    (MEMO.format(said="Kalvar should keep the terminal, complaining about delays",
                 reply="Kalvar's prime minister, Ana Kuvale"), HARLAN, set()),
    # --- (2) X's envoy meets the story state's leader ---
    (HOME + "Fifty prisoners were freed after Jon Kell, an envoy of President Tom Harlan, met Kuvale.", set(),
     HARLAN | {("Jon Kell", M, "Kalvar")}),
    (HOME + "President Tom Harlan's envoy held talks with Kuvale on the release of the prisoners.", set(), HARLAN),
    (HOME + "Fifty prisoners were freed after Jon Kell, an envoy of President Tom Harlan, met the rebels in the "
     "north.", HARLAN, set()),
    (HOME + "Jon Kell, an envoy of President Tom Harlan, did not meet Kuvale.", HARLAN, set()),
    (HOME + "Jon Kell, an envoy of President Tom Harlan, may meet Kuvale next week.", HARLAN, set()),
    # --- (3) a hyphenated qualifier of a title not held now ---
    (HOME + "The would-be president, Tom Harlan, said he would win.", set(), HARLAN),
    (HOME + "Would-be President Tom Harlan said he would win.", set(), HARLAN),
    (HOME + "Tom Harlan, the would-be prime minister, said he would win.", set(), HARLAN),
    (HOME + "The one-time president, Tom Harlan, said he would win.", set(), HARLAN),
    (HOME + "The president, Tom Harlan, said he would win.", HARLAN, set()),
    (HOME + "The self-made president, Tom Harlan, said he would win.", HARLAN, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l16", relations_by_document, check_ties)
