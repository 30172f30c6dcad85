"""Troop and seat counts in two wordings unseen documents needed: (1) a count told in a gerund after "by" on an active
verb, the means its subject acted by ("The government responded by deploying about 800 troops", "X reacted by moving
1,500 fighters"): the subject's (facts._means_gerund; not a refusal or threat in the gerund, not a passive's "by":
"X was weakened by losing 1,500 fighters"); (2) a house's size told before the story names any vote: a later "next
year's municipal elections" does not make the count a local body's (facts._local_story), while a story that first
names its provincial council elections still reads "7 of the 16 seats" as the council's; (3) a subject negated as a whole ("Neither X nor Y kept a single seat", "Neither party
won more than 12 seats": no one's count; facts.yaml negation_words); (4) a list item hard-wrapped under its own text
with a hanging indent ("* ... won the election easily: it" / "  holds 44 of the 79 seats"): the indented line goes on
the item's sentence (pipeline._hanging_lines; not a sub-list's short rows, "  Unity Front 44"). The bodies and people
are invented; states are real; end to end with the real English pipeline."""
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
    # --- (3) a subject negated as a whole ---
    (HOME + "The Unity Front won 40 seats. Neither the Green Party nor the Lantern Party kept a single seat.",
     {("Unity Front", S, 40)}),
    (HOME + "The Unity Front won 40 seats. Neither party won more than 12 seats.", {("Unity Front", S, 40)}),
    (HOME + "The Unity Front won 40 seats. Neither the Green Party nor the Lantern Party won seats, but the Growers' "
     "League took 3.", {("Unity Front", S, 40), ("Growers' League", S, 3)}),
    # --- (4) a list item's hanging indent ---
    ("Background notes\n\n* Who runs the country. Namibia's Unity Front has governed since 2013 and won the 2022 "
     "general election easily: it\n  holds 44 of the 79 seats in the National Assembly, and the Green Party holds "
     "35.\n* Who else matters. The churches are influential.",
     {("National Assembly", S, 79), ("Unity Front", S, 44), ("Green Party", S, 35)}),
    ("Background notes\n\n* Who runs the country. Namibia's Unity Front has governed since 2013; in the 2022 general "
     "election it won\n  the most seats. Its leader is Ana Veli.\n* Party strengths in the National Assembly are as "
     "follows, counted after the 2022 general election:\n  Unity Front 44\n  Green Party 35",
     {("Unity Front", S, 44), ("Green Party", S, 35)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts)
