"""Seat and troop counts whose holder is told around a phrase set off by commas or a pronoun: a later conjunct's name
before a participle's phrase ("... and Y, competing for the first time, took 41"), a body described between commas
with 'only' or an approximator before its count ("..., and Z (ZP), the vehicle of A, B and C, only 3"), "her party"
of a person the document ties to one party, "their" of a plural subject that names no actor (not a body named in a
clause hung on it), and "whose strength" of a body named before the comma when the parser hung the clause on another
noun; a bracketed seat count closing a heading over a results list ("STATE OF PARTIES (72 seats):"), items of a list set
apart by slashes ("A 44 / B 31"), and the total that closes a seat list ("- total 101"): the house's size. Invented
names, real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

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
    # --- a bracketed count of seats closing a heading over a results list: the house's size ---
    ("Ghana held elections in May.\nSTATE OF PARTIES (72 seats): Labour Alliance (LA) 38; People's Party (PP) 21; "
     "Green Movement (GM) 9.", {("Ghana", S, 72), ("Labour Alliance", S, 38), ("People's Party", S, 21),
                                ("Green Movement", S, 9)}),
    ("Ghana held elections in May.\nSeats in the National Council after the elections of October 2024 (151 in all):\n"
     "- Popular Party: 80\n- Patriotic Union: 12",
     {("National Council", S, 151), ("Popular Party", S, 80), ("Patriotic Union", S, 12)}),
    ("Ghana held elections in May.\nThe chamber after the vote (160 seats)\n- Popular Party: 80\n- Patriotic Union: 12",
     {("Ghana", S, 160), ("Popular Party", S, 80), ("Patriotic Union", S, 12)}),
    # (negatives: a party's own result as a heading; a bracket inside prose; a count of votes)
    ("Ghana held elections in May.\nLabour Alliance (72 seats):\n- leader: Kofi Asante\n- founded: 1992",
     {("Labour Alliance", S, 72)}),
    ("Ghana held elections in May. The chamber (160 seats) will meet on Monday to elect a speaker.", set()),
    ("Ghana held elections in May.\nVotes cast in the capital (72,000 in all):\n- Popular Party: 40,000",
     set()),
    # --- items of a list set apart by slashes; the total that closes a seat list is the house's size ---
    ("Ghana held elections in May. SEATS: Civic Union 44 / Homeland Front 31 / Social Democrats 14 / Green League 12 - "
     "total 101", {("Civic Union", S, 44), ("Homeland Front", S, 31), ("Social Democrats", S, 14),
                   ("Green League", S, 12), ("Ghana", S, 101)}),
    ("Ghana held elections in May.\nSeats after the count:\n- Popular Party: 71\n- Patriotic Union: 38\n- Total: 120 "
     "(majority line at 61)", {("Popular Party", S, 71), ("Patriotic Union", S, 38), ("Ghana", S, 120)}),
    ('Ghana held elections in May. CAPTION (on screen): "SEATS: Civic Union 44 / Homeland Front 31 / Green League 12 '
     '- total 87"', {("Civic Union", S, 44), ("Homeland Front", S, 31), ("Green League", S, 12), ("Ghana", S, 87)}),
    # (negatives: a total in prose sums some; a bloc's total; votes)
    ("Ghana held elections in May. The Civic Union won 44 seats, the Homeland Front 31 and the Green League 12, a total "
     "of 87.", {("Civic Union", S, 44), ("Homeland Front", S, 31), ("Green League", S, 12)}),
    ("Ghana held elections in May. Seats of the governing coalition: Civic Union 44 / Homeland Front 31 - total 75",
     {("Civic Union", S, 44), ("Homeland Front", S, 31)}),
    ("Ghana held elections in May. Votes: Civic Union 44,000 / Homeland Front 31,000 - total 75,000", set()),
    ("Ghana held elections in May. Seats declared so far: Civic Union 44 / Homeland Front 31 - total 75 (counting "
     "continues)", {("Civic Union", S, 44), ("Homeland Front", S, 31)}),
    # --- a bare count parsed as the modifier of the next item's name after 'and' is the object of the verb before ---
    ("The Green Union holds 88 seats after last year's election; the Azure Movement has 41 and the Farmers' Party, "
     "which votes with the government, 14.",
     {("Green Union", S, 88), ("Azure Movement", S, 41), ("Farmers' Party", S, 14)}),
    ("The Green Union won 60 seats; the Azure Movement holds 22 and the Civic Rally, which sits in opposition, 9.",
     {("Green Union", S, 60), ("Azure Movement", S, 22), ("Civic Rally", S, 9)}),
    ("The Green Union won 60 seats; the Azure Movement thanked 41 and the Farmers' Party, which votes with the "
     "government, welcomed 14.", {("Green Union", S, 60)}),
    # (negatives of the probes: a wish, a negation, a question)
    ("The Lunar Party won 52 seats and the Amber League, hoping to win 30, took none.", {("Lunar Party", S, 52)}),
    ("The Lunar Party did not win 52 seats, and the Amber League, competing for the first time, did not take 19.",
     set()),
    ("Did the People's Front, the vehicle of the Marlo brothers, win only 3?", set()),
    ("Anna Kelo of the Union for Progress spoke on Monday. Her party wants 31 seats in the next parliament.", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "w", facts_by_document, assert_facts_force_apart)
