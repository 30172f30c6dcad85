"""Short tallies and sizes the way reports write them: one count for several names ("A and B won two each"), a local
council's size ("Eight of the council's 15 members"), a national house named "X of Y" ("the Council's 151 seats"),
advisers a state keeps somewhere, and troops a minister reports as redeployed ("He told the committee that ...").
Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # one count for several names: a bare count with "each", after a full tally
    ("The Karvel Union won five seats; the Pellna Front and the Greens Alliance won two each.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 2), ("Greens Alliance", S, 2)}),
    ("The Karvel Union took five seats, followed by the Pellna Front and the Greens Alliance, with two seats each.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 2), ("Greens Alliance", S, 2)}),
    ("The Karvel Union won five seats in the council. The Pellna Front and the Greens Alliance each won two.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 2), ("Greens Alliance", S, 2)}),
    # a local council named after its place, then its size through "the council"
    ("Voters in the province of Quarran went to the polls in December. Quarran's provincial council on Tuesday "
     "elected Tomas Vendrel as governor. Eight of the council's 15 members backed Vendrel.",
     {("Quarran provincial council", S, 15)}),
    ("The Dorsk city council met on Monday. The council has 21 members.", {("Dorsk city council", S, 21)}),
    # advisers a state keeps somewhere are its troops (not aid workers)
    ("Ostravia's army is small. France, which maintains some 250 instructors in Ostravia, offered help.",
     {("France", T, 250)}),
    ("The Ostravian government said on Monday that it would not extend the mandate. Ostravia keeps 400 trainers at "
     "the Brenmoor air base.", {("Ostravia", T, 400)}),
    ("Ostravia's army is small. France, which maintains some 250 aid workers in Ostravia, offered help.", set()),
    # entries labelled by a name and a spaced dash, as by a colon
    ("THE PARTIES\n\nFarmers' Beacon Party - 14 seats. Led by Tomas Vendrel; rural, conservative.\n\n"
     "Pellna List - 6 seats. Political front of the Dorsk Brigade.",
     {("Farmers' Beacon Party", S, 14), ("Pellna List", S, 6)}),
    ("Armed groups\n\nDorsk Brigade - About 4,000 fighters in the hills, led by Joris Halvek.\n\nPellna Front - Banned.",
     {("Dorsk Brigade", T, 4000)}),
    # a minister's troops, reported through a pronoun
    ("Ostravia's defence minister, Tomas Vendrel, met the committee on Monday. He told the committee that about "
     "2,400 troops had been redeployed to the east.", {("Ostravia", T, 2400)}),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "t")


@pytest.mark.parametrize("i", range(len(CASES)), ids=lambda i: f"t{i:03d}")
def test_tallies_and_sizes(extracted, i):
    text, expected = CASES[i]
    assert extracted.get(f"t{i:03d}", set()) == expected, text
