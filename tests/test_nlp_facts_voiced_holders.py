"""Whose seats a count is when the holder is named only indirectly: a leader's name cut from a participle's "by"
phrase and parsed as a second subject ("the X party headed by the banker P won nine": the party's), a parenthetical
relative clause of knowing or saying that the parser takes for the main clause ("X, which everyone knows is Y's
list, won 14": X's), a digest item's bare "parliament" (the one state its paragraph names, in a digest of several
states), a first-person receiver or holder in a text with its own voice ("the voters gave us 27": the issuing
party's; a speech "given by" a party's chairwoman: "we won 31"), and a house followed by a member's party acronym
("member of the National Chamber (RDM)": the acronym stays the party's; the house keeps its own size), a party
named "Unity of <state>" set off after "his party,", and troops counted by "its forces, roughly 700 of whom are
stationed on Y". Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

S = "seats"

CASES = [
    # the leader's name, cut from "headed by", parsed as the verb's nearer subject: the body holds
    ("The Civic Union emerged from the vote as the largest list with 31 of the 150 seats. The Valley alliance of "
     "Omar al-Tikrawi took 20, and the Dignity party headed by the businessman Salim al-Harbawi won nine, according "
     "to the final figures.",
     {("Civic Union", S, 31), ("Valley alliance", S, 20), ("Dignity party", S, 9)}),
    # a parenthetical "which everyone knows is ..." taken for the main clause
    ("At the spring poll the Reed Citizens' List, which most voters know is the Guild's front, won 14 of the 90 "
     "seats.", {("Reed Citizens' List", S, 14)}),
    # a digest of several states: "parliament" in an item is the house of the state its paragraph names
    ("THE WEEK IN THE EAST\n\n1. VARNESIA: BUDGET PASSES\n\nLawmakers in Varnesia passed the budget on Monday. "
     "Finance Minister Orla Brenn of Varnesia called it a victory for Varnesia.\n\n2. KAZAKHSTAN: A RIVAL JAILED\n\n"
     "Police in Kazakhstan detained opposition leader Mira Kovan on Monday. Kovan heads the Dawnlight Bloc, a "
     "coalition of four parties that won 41 of the 130 seats in parliament last year.",
     {("Kazakhstan", S, 130), ("Dawnlight Bloc", S, 41)}),
    # a party's own programme: "us" is the party, not the voters who gave the seats
    ("PARTY OF THE GREEN VALLEY\nElection Programme 2027 (published by the Party)\n\n1. Our record\n\nIn the last "
     "poll the electorate gave us 27 of the 140 seats in the National Chamber, while the ruling Crown Union "
     "kept its majority with 74 seats.",
     {("Party Of The Green Valley", S, 27), ("National Chamber", S, 140), ("Crown Union", S, 74)}),
    # a speech "given by" a party's chairwoman: her "we" is the party
    ("Text of the speech delivered by Irena Volk, leader of the Lantern Party, to its congress in Dravo, 4 May "
     "2026.\n\nComrades,\n\nFive years ago we were a club of students. At the 2025 vote we won 22 of the 110 seats "
     "in the National Chamber.",
     {("Lantern Party", S, 22), ("National Chamber", S, 110)}),
    # a member's party acronym after the house she sits in: the house is not the party
    ("We demand that the police free Aldo Fenwick, president of the Marovian Democratic Rally (RDM), held since "
     "Friday.\n\nThe Rally holds 38 of the 113 seats in the National Assembly.\n\nThe undersigned:\n1. Petra Losk, "
     "member of the National Assembly (RDM)",
     {("Marovian Democratic Rally", S, 38), ("National Assembly", S, 113)}),
    # a party's name with a state's name in it, set off after "his party,": one name, not "Unity" and the state
    ("Tolmaria's strongman is Kamil Dorsan. His party, Unity of Tolmaria, holds 84 of the 120 seats in the "
     "Chamber of Elders.", {("Unity of Tolmaria", S, 84), ("Chamber of Elders", S, 120)}),
    # a count opening a relative clause set off after a troop noun: the troops kept there, the noun's owner's
    ("Norway trains the Kelvar garrison. Its forces, roughly 700 of whom are stationed on the airbase, rotate each "
     "spring.", {("Norway", "troops", 700)}),
    ("Ostravia has not said how many of its soldiers, some 900 of which are based near Pelm, will stay.",
     {("Ostravia", "troops", 900)}),
    # (not a part of troops already counted, nor men killed)
    ("The Velnan army lost many soldiers, 300 of whom were killed near Pelm.", set()),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "v")


@pytest.mark.parametrize("i", range(len(CASES)), ids=lambda i: f"v{i:03d}")
def test_voiced_holders(extracted, i):
    text, expected = CASES[i]
    assert extracted.get(f"v{i:03d}", set()) == expected, text
