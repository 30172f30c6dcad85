"""Help given in long reads and analyses whose recipient is told only by the story or by the thing given:
(1) "X funded radios and trucks for Y's army", "financed new radios for the Y police", "funds training for Y's
armed forces": the one helped is named in the given thing's own "for" phrase (AID's target prepositions hung on the
object, not the verb), not when that phrase is an act ("weapons for the offensive against Y": Y is struck);
(2) "The United States donated two patrol boats last spring", "the European Union announced EUR 4 million in
humanitarian aid", "Taiwan has repeatedly funded clinics in the south" with no recipient named, in a story about one
state: help by a foreign power went to that state (not the home state's own help, a denied, negated or hypothetical
act, help handed to someone who is no actor, the giver's own, nor bodies that need not be the state's: "has long
funded militias"). Several wordings per mechanism with negatives; all names are invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# a story set in one state (the home state of the rules in (2))
HOME = ("TEGUCIGALPA, May 3 - Honduras's parliament met on Monday. In Honduras, prices rose again this spring. ")

# (text, events that must be present, events that must be absent)
CASES = [
    # --- (1) the one helped named in the thing's own "for" phrase ---
    ("Norway has funded radios and trucks for the Honduran army since 2023.",
     {("Norway", "AID", "Honduras military")}, set()),
    ("Japan financed new radios for the Honduran police in 2022.",
     {("Japan", "AID", "*")}, {("Japan", "AID", None)}),
    ("Norway funds training for the Ravel Defence Guard and the Ravel Police Service, two units of Honduras.",
     {("Norway", "AID", "Ravel Defence Guard")}, set()),
    ("Norway paid for weapons for the offensive against the Ravel Front.", set(),
     {("Norway", "AID", "Ravel Front")}),
    ("Norway funded a documentary about the Ravel Front.", set(), {("Norway", "AID", "Ravel Front")}),
    # --- (2) help by a foreign power with no recipient named, in a story about one state ---
    (HOME + "The United States donated two patrol boats last spring.",
     {("United States", "AID", "Honduras")}, set()),
    (HOME + "The European Union announced EUR 4 million in emergency aid on 9 March.",
     {("European Union", "AID", "Honduras")}, set()),
    (HOME + "Taiwan has repeatedly funded clinics in the south.", {("Taiwan", "AID", "Honduras")}, set()),
    (HOME + "Japan is financing a new railway corridor along the coast.", {("Japan", "AID", "Honduras")}, set()),
    (HOME + "Japan has not funded the railway.", set(), {("Japan", "AID", "Honduras")}),
    (HOME + "Japan would fund the railway if the government asked.", set(), {("Japan", "AID", "Honduras")}),
    (HOME + "Opposition figures say Nicaragua has long funded militias in the east.", set(),
     {("Nicaragua", "AID", "Honduras")}),
    (HOME + "Japan funded its own navy's new frigates.", set(), {("Japan", "AID", "Honduras")}),
    (HOME + "Japan donated the boats to a fishing cooperative.", set(), {("Japan", "AID", "Honduras")}),
    (HOME + "Nicaragua denies supplying weapons.", set(), {("Nicaragua", "AID", "Honduras")}),
    (HOME + "Honduras funded two new clinics in the south.", set(), {("Honduras", "AID", "Honduras")}),
    (HOME + "Japan's ambassador sent a card and a bouquet.", set(), {("Japan", "AID", "Honduras")}),
    (HOME + "Nicaragua says it only sent food for needy families.", set(), {("Nicaragua", "AID", "Honduras")}),
    (HOME + "Nicaragua has stood behind the Ravel Front since 2022, sending drones and advisers.",
     {("Nicaragua", "AID", "Ravel Front")}, {("Nicaragua", "AID", "Honduras")}),
    (HOME + "Critics say Qatar is funding it.", set(), {("Qatar", "AID", "Honduras")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p17", events_by_document, assert_events)
