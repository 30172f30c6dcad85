"""Troop and seat counts in two wordings unseen documents needed: (1) a count told in a gerund after "by" on an active
verb, the means its subject acted by ("The government responded by deploying about 800 troops", "X reacted by moving
1,500 fighters"): the subject's (facts._means_gerund; not a refusal or threat in the gerund, not a passive's "by":
"X was weakened by losing 1,500 fighters"); (2) a house's size told before the story names any vote: a later "next
year's municipal elections" does not make the count a local body's (facts._local_story), while a story that first
names its provincial council elections still reads "7 of the 16 seats" as the council's. The bodies and people are
invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = "WINDHOEK, May 3 - Namibia's parliament met on Monday. In Namibia, the vote was calm. "

CASES = [
    # --- (1) a gerund after "by": the means the subject acted by ---
    (HOME + "The government responded by deploying about 800 troops to the island.", {("Namibia", T, 800)}),
    (HOME + "The Orrin Front reacted by moving some 1,500 fighters to the ridge.", {("Orrin Front", T, 1500)}),
    (HOME + "The government of President Ana Dorel responded by sending about 800 marines and police to the island.",
     {("Namibia", T, 800)}),
    (HOME + "The government responded by refusing to send 800 troops to the island.", set()),
    (HOME + "The government responded by threatening to send 800 troops to the island.", set()),
    (HOME + "The Orrin Front was weakened by losing 1,500 fighters.", set()),
    # --- (2) a house's size told before any vote is named ---
    (HOME + "At home, Ana Veli's Ak Tash party, which controls 71 of the 100 seats in the Assembly, backed a "
     "resolution. Its leader wants next year's municipal elections postponed.",
     {("Namibia", S, 100), ("Ak Tash party", S, 71)}),
    (HOME + "The first provincial council elections were held on Sunday. Ana Veli's Ak Tash party won 7 of the 16 "
     "seats.", {("Ak Tash party", S, 7)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts)
