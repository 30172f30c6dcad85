"""Seat counts in news wordings written before changing the readers (probe33): a party named like a house ("the
Torvel Coastal Congress", "a party called the Soliva Islanders' Congress") that wins seats is a party in the house, not
the house, so a bare "parliament" and its size are not given to it (actors._seat_contestants); a party said to be or
to have become a group of seats ("was reduced to a six-seat bloc", "shrank to a five-seat rump", "is now a nine-seat
bloc") holds them (facts._group_become); and a house known by its bare noun ("the Senate") beside a house named by a
name of its own ("the Chamber of Deputies") keeps its own size, not the state's (facts._second_house,
actors._bare_legislatures). Negatives give nothing: a group of seats a poll foresees, one denied, one in the past, a
lead of seats over a rival, a slate of candidates, seats a Congress only could win; a house named Congress stays a
house; a lone Senate is the state's.
Parties and people are invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"
VU = "PORT VILA, March 4 - Vanuatu's election results were confirmed on Tuesday. "
BZ = "BELMOPAN, Nov 20 - Belize voted on Wednesday. "
DO = "SANTO DOMINGO, May 20 - The Dominican Republic voted on Sunday. "
PY = "ASUNCION, May 2 - Paraguay voted on Sunday. "

CASES = [
    # --- a party named like a house that wins seats is no house ---
    (VU + "The Moka Party won 21 of the 54 seats in parliament, and the Torvel Coastal Congress took four.",
     {("Moka Party", S, 21), ("Vanuatu", S, 54), ("Torvel Coastal Congress", S, 4)}),
    (VU + "The Torvel Island Congress, led by Abel Ferro, won nine seats. Parliament has 54 seats.",
     {("Torvel Island Congress", S, 9), ("Vanuatu", S, 54)}),
    (VU + "The Moka Party and the Soliva Harbour Congress won 30 and 12 seats respectively in the 52-seat parliament.",
     {("Moka Party", S, 30), ("Soliva Harbour Congress", S, 12), ("Vanuatu parliament", S, 52)}),
    (VU + "Its armed wing has a political arm, a party called the Soliva Islanders' Congress. The last parliament, "
     "which had 52 seats, gave the Moka Party 30.", {("Vanuatu parliament", S, 52), ("Moka Party", S, 30)}),
    (VU + "The Torvel Coastal Congress could win four seats, a poll says.", set()),
    (PY + "The Moka Party holds 37 of the 84 seats in the National Congress.",
     {("Moka Party", S, 37), ("National Congress", S, 84)}),
    # --- a party said to be, or to have become, a group of seats ---
    (BZ + "The opposition Vessim Front was reduced to a six-seat bloc.", {("Vessim Front", S, 6)}),
    (BZ + "The Vessim Front shrank to a five-seat rump.", {("Vessim Front", S, 5)}),
    (BZ + "The vote cut the Vessim Front to a seven-seat bloc.", {("Vessim Front", S, 7)}),
    (BZ + "The Vessim Front is now a nine-seat bloc in the House.", {("Vessim Front", S, 9)}),
    (BZ + "The Vessim Front became a 12-seat bloc after two defections.", {("Vessim Front", S, 12)}),
    (BZ + "The Vessim Front could be reduced to a six-seat rump, a poll suggests.", set()),
    (BZ + "The Vessim Front did not become a six-seat bloc.", set()),
    (BZ + "The Vessim Front was a six-seat bloc until 2019.", set()),
    (BZ + "The Vessim Front has a four-seat lead over the Talmo Party.", set()),
    (BZ + "The Vessim Front's list is a 40-seat slate of candidates.", set()),
    # --- a house known by its bare noun beside a house with a name of its own ---
    (DO + "The Kelo Party won 29 of the 32 seats in the Senate and 146 of the 190 in the Chamber of Deputies.",
     {("Senate", S, 32), ("Kelo Party", S, 29), ("Chamber of Deputies", S, 190), ("Kelo Party", S, 146)}),
    (PY + "The Moka Party took 46 of the 84 seats in the Chamber of Deputies and 19 of the 41 in the Senate.",
     {("Chamber of Deputies", S, 84), ("Moka Party", S, 46), ("Senate", S, 41), ("Moka Party", S, 19)}),
    (DO + "The Kelo Party and its allies won majorities in the 36-seat Senate and the 170-seat Chamber of Deputies.",
     {("Senate", S, 36), ("Chamber of Deputies", S, 170)}),
    (PY + "The Moka Party took 23 of the 45 seats in the Senate.", {("Paraguay", S, 45), ("Moka Party", S, 23)}),
    (DO + "The Kelo Party now controls the 32-seat Senate.", {("Dominican Republic parliament", S, 32)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p", facts_by_document, assert_facts)
