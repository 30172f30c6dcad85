"""Short tallies and sizes the way reports write them: one count for several names ("A and B won three each"), a local
council's size ("Nine of the council's 21 members"), a national house named "X of Y" ("the Council's 95 seats"),
advisers a state keeps somewhere, and troops a minister reports as redeployed ("She told reporters that ...").
Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # one count for several names: a bare count with "each", after a full tally
    ("The Karvel Union won five seats; the Pellna Front and the Greens Alliance won three each.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 3), ("Greens Alliance", S, 3)}),
    ("The Karvel Union took five seats, followed by the Pellna Front and the Greens Alliance, with three seats each.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 3), ("Greens Alliance", S, 3)}),
    ("The Karvel Union won five seats in the council. The Pellna Front and the Greens Alliance each won three.",
     {("Karvel Union", S, 5), ("Pellna Front", S, 3), ("Greens Alliance", S, 3)}),
    # a local council named after its place, then its size through "the council"
    ("Voters in the province of Quarran went to the polls in December. Quarran's provincial council on Tuesday "
     "elected Tomas Vendrel as governor. Nine of the council's 21 members voted for Vendrel.",
     {("Quarran provincial council", S, 21)}),
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
    ("Ostravia's defence minister, Tomas Vendrel, met the press on Monday. She told reporters that some 1,800 "
     "troops had been moved to the north.", {("Ostravia", T, 1800)}),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "t")


@pytest.mark.parametrize("i", range(len(CASES)), ids=lambda i: f"t{i:03d}")
def test_tallies_and_sizes(extracted, i):
    text, expected = CASES[i]
    assert extracted.get(f"t{i:03d}", set()) == expected, text
