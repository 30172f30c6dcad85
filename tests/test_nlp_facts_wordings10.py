"""Seat and troop counts whose holder is told around a phrase set off by commas or a pronoun: a later conjunct's name
before a participle's phrase ("... and Y, competing for the first time, took 41"), a body described between commas
with 'only' or an approximator before its count ("..., and Z (ZP), the vehicle of A, B and C, only 3"), "her party"
of a person the document ties to one party, "their" of a plural subject that names no actor (not a body named in a
clause hung on it), and "whose strength" of a body named before the comma when the parser hung the clause on another
noun. Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document
from test_nlp_facts_seat_troop_wordings9 import assert_facts
from wording_battery import battery_params

pytestmark = pytest.mark.model

S, T = "seats", "troops"
CASES = [
    # --- a participle's phrase set off after the name of a later conjunct: that name is the subject ---
    ("Of the 180 seats in the National Assembly, the Karvel Union won 97 and the Azure Movement, competing for the first "
     "time, took 41.", {("National Assembly", S, 180), ("Karvel Union", S, 97), ("Azure Movement", S, 41)}),
    ("The Karvel Union won 70 seats and the Silver Front, standing alone this time, took 22.",
     {("Karvel Union", S, 70), ("Silver Front", S, 22)}),
    ("The Lunar Party won 52 seats and the Amber League, founded only last year, took 19.",
     {("Lunar Party", S, 52), ("Amber League", S, 19)}),
    ("The Lunar Party won 52 seats and the Amber League, backing the government, won 19.",
     {("Lunar Party", S, 52), ("Amber League", S, 19)}),
    # (negatives: no count after the set-off verb; a verb of losing, no holding)
    ("The Lunar Party won 52 seats and the Amber League, standing alone this time, won none.",
     {("Lunar Party", S, 52)}),
    ("The Lunar Party won 52 seats and the Amber League, campaigning for a boycott, refused to take part.",
     {("Lunar Party", S, 52)}),
    # --- a body described between commas, then 'only' or an approximator before its count ---
    ("The Liberty Party took 8 seats, the New Front 5, and the People's Front, the vehicle of the Marlo brothers, only 3.",
     {("Liberty Party", S, 8), ("New Front", S, 5), ("People's Front", S, 3)}),
    ("The Civic Union took 40 seats, the Farmers' League 12 and the Green Rally, a party of young teachers, just 4.",
     {("Civic Union", S, 40), ("Farmers' League", S, 12), ("Green Rally", S, 4)}),
    ("The Civic Union took 40 seats, the Farmers' League 12 and the Orvel Greens (OG), the party of the mayor, about 4.",
     {("Civic Union", S, 40), ("Farmers' League", S, 12), ("Orvel Greens", S, 4)}),
    ("The Liberty Party took 8 seats, the New Front 5, and the Borlavia People's Front (BPF), the vehicle of Tomas "
     "Marlo, Ivo Marlo and Petar Marlo, only 3.",
     {("Liberty Party", S, 8), ("New Front", S, 5), ("Borlavia People's Front", S, 3)}),
    # (negatives: a person's age set off by commas; no list of counts before)
    ("The Civic Union took 40 seats, and its leader, Tomas Vendrel, only 58, wants to lead a cabinet.",
     {("Civic Union", S, 40)}),
    ("The People's Front, the vehicle of the Marlo brothers, only 3 years old, has no seats yet.", set()),
    # --- "her party" of a person the document ties to a party ---
    ("Anna Kelo of the Union for Progress spoke on Monday. Her party has 31 seats in the National Assembly.",
     {("Union for Progress", S, 31)}),
    ("Opposition leader Anna Kelo (Union for Progress) called for talks. Her party has 31 of the 150 seats in the "
     "National Assembly.", {("Union for Progress", S, 31), ("National Assembly", S, 150)}),
    ("Tomas Vendrel, a member of the Green Rally, resigned on Monday. His party won 12 seats in March.",
     {("Green Rally", S, 12)}),
    # (negatives: another body's seats; a wish)
    ("Anna Kelo of the Union for Progress spoke on Monday. Her party hopes to win 31 seats in the National Assembly.",
     set()),
    ("Anna Kelo of the Union for Progress spoke on Monday. The Farmers' League has 31 seats in the National Assembly.",
     {("Farmers' League", S, 31)}),
    # --- "their" of a plural subject naming no actor is not a body named in a clause hung on that subject ---
    ("The three juntas, who quit the Western Union in January, say their joint force of 5,000 soldiers will deploy soon.",
     set()),
    ("The rebels, who left the Karvel Front last year, say their army of 3,000 fighters is ready.", set()),
    ("The Karvel Front, which the rebels left last year, says its army of 3,000 fighters is ready.",
     {("Karvel Front", T, 3000)}),
    ("The Western Union says its members, who met the rebels on Monday, will send their 5,000 soldiers soon.",
     {("Western Union", T, 5000)}),
    # --- "whose strength" of a body named before the comma, the clause parsed onto another noun ---
    ("Egypt has 1,200 troops in the African Union Mission in Borlavia (AUMIB), whose total strength is 4,500.",
     {("Egypt", T, 1200), ("African Union Mission in Borlavia", T, 4500)}),
    ("Ghana has 800 soldiers in the Corran Protection Force, whose strength is 3,400.",
     {("Ghana", T, 800), ("Corran Protection Force", T, 3400)}),
    ("Ghana has 800 soldiers in the Corran Protection Force, whose budget is 3,400 dollars.", {("Ghana", T, 800)}),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "w")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "w"))
def test_wording(extracted, i):
    text, expected = CASES[i]
    assert_facts(text, expected, extracted.get(f"w{i:03d}", set()))
