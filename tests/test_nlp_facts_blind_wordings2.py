"""A second battery of seat and troop counts written before reading the facts reader: results tables in pipes and
tabs, dotted leaders, "N seats: Party" lines, bullet lists, a house's composition line, headlines in title case,
before/after counts, a coalition's total beside its members', contributor lists and tables of troops, foreign
owners named by their adjective or "from X", number words and rounded numbers, fighters claimed; and numbers that
are no fact (votes, percentages, polls and projections, casualties, captives, money, years, candidates, a seat's
number, a majority's threshold). All parties, houses and the one state Ostreva are invented; end to end with the
real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
UM, CP, RL, GF = "Union of Meadows", "Copper Party", "River League", "Greens of Ferrow"

CASES = [
    # --- results tables and lists ---
    ("Party | Seats\nUnion of Meadows | 41\nCopper Party | 28\nRiver League | 11",
     {(UM, S, 41), (CP, S, 28), (RL, S, 11)}),
    ("Party\tSeats\tChange\nUnion of Meadows\t41\t+6\nCopper Party\t28\t-3",
     {(UM, S, 41), (CP, S, 28)}),
    ("Seats in the new Chamber of Delegates:\nUnion of Meadows ..... 41\nCopper Party ....... 28\nRiver League ........ 11",
     {(UM, S, 41), (CP, S, 28), (RL, S, 11)}),
    ("How the seats fell:\n41 seats: Union of Meadows\n28 seats: Copper Party\n11 seats: River League",
     {(UM, S, 41), (CP, S, 28), (RL, S, 11)}),
    ("Final seat count:\n* Union of Meadows: 41 seats\n* Copper Party: 28 seats\n* River League: 11 seats",
     {(UM, S, 41), (CP, S, 28), (RL, S, 11)}),
    ("Final seat count:\n• Union of Meadows – 41\n• Copper Party – 28\n• River League – 11",
     {(UM, S, 41), (CP, S, 28), (RL, S, 11)}),
    ("The 120-member Chamber of Delegates: Union of Meadows 40, Copper Party 33, River League 21.",
     {("Chamber of Delegates", S, 120), (UM, S, 40), (CP, S, 33), (RL, S, 21)}),
    ("The new Chamber of Delegates (120 seats) breaks down as follows: Union of Meadows 40, Copper Party 33, "
     "River League 21.",
     {("Chamber of Delegates", S, 120), (UM, S, 40), (CP, S, 33), (RL, S, 21)}),
    ("The vote split the Chamber of Delegates between the Copper Party (45), the River League (21) and the Greens of "
     "Ferrow (12).",
     {(CP, S, 45), (RL, S, 21), (GF, S, 12)}),
    ("Seats won, by party: Copper Party 45; River League 21; Greens of Ferrow 12.",
     {(CP, S, 45), (RL, S, 21), (GF, S, 12)}),
    # --- headlines ---
    ("Union of Meadows Wins 52 of 150 Seats in Chamber of Delegates",
     {(UM, S, 52), ("Chamber of Delegates", S, 150)}),
    ("Copper Party Takes 45 Seats, River League 21", {(CP, S, 45), (RL, S, 21)}),
    ("Copper Party tops poll with 45 seats", {(CP, S, 45)}),
    ("River League Secures 28 Seats in Chamber of Delegates", {(RL, S, 28)}),
    ("Brazil Sends 2,000 Troops to Border Region", {("Brazil", T, 2000)}),
    ("Red Ash Movement Loses 300 Fighters in Valley Battle", set()),
    # --- before / after ---
    ("The Copper Party rose from 12 to 19 seats.", {(CP, S, 19)}),
    ("The Copper Party doubled its seats to 44.", {(CP, S, 44)}),
    ("The River League lost seven of its 20 seats and now holds 13.", {(RL, S, 13)}),
    ("The Greens of Ferrow gained five seats to finish with 17.", {(GF, S, 17)}),
    # --- holdings in prose ---
    ("The Copper Party finished second on 27 seats.", {(CP, S, 27)}),
    ("The Copper Party's parliamentary group numbers 22 deputies.", {(CP, S, 22)}),
    ("The River League returned 14 members to the Chamber of Delegates.", {(RL, S, 14)}),
    ("The River League has 14 MPs in the 120-seat Chamber of Delegates.", {(RL, S, 14), ("Chamber of Delegates", S, 120)}),
    ("The Copper Party took thirty-one seats and the River League nineteen.", {(CP, S, 31), (RL, S, 19)}),
    ("The ruling Bridge Accord holds 78 seats: the Copper Party has 45, the River League 21 and the Greens of "
     "Ferrow 12.",
     {("Bridge Accord", S, 78), (CP, S, 45), (RL, S, 21), (GF, S, 12)}),
    ("Together the three parties of the Bridge Accord hold 78 of the 150 seats.", {("Bridge Accord", S, 78)}),
    # --- troops, foreign owners, contributors ---
    ("Ostreva has kept soldiers there since 2019: some 2,500 Ostrevan troops guard the pass.",
     {("Ostreva", T, 2500)}),
    ("A 900-strong contingent from Bangladesh joined the mission in May.", {("Bangladesh", T, 900)}),
    ("Nearly 3,000 French soldiers remain deployed in the region.", {("France", T, 3000)}),
    ("Two dozen Canadian special forces soldiers are based at the airfield.", {("Canada", T, 24)}),
    ("Brazil pledged 800 troops to the stabilisation force.", {("Brazil", T, 800)}),
    ("Germany will contribute up to 1,100 soldiers, the defence ministry said.", {("Germany", T, 1100)}),
    ("The Netherlands currently has 350 personnel deployed with the mission.", {("Netherlands", T, 350)}),
    ("Germany, which has 1,300 troops in the country, will withdraw 500 of them.", {("Germany", T, 1300)}),
    ("Troop contributors:\nItaly: 1,200 troops\nSpain: 650 troops\nPortugal: 180 troops",
     {("Italy", T, 1200), ("Spain", T, 650), ("Portugal", T, 180)}),
    ("Contributor | Troops\nPakistan | 1,450\nNepal | 1,100", {("Pakistan", T, 1450), ("Nepal", T, 1100)}),
    ("Troop contributors as of March: Ghana 870, Senegal 640, Togo 310.",
     {("Ghana", T, 870), ("Senegal", T, 640), ("Togo", T, 310)}),
    ("The Red Ash Movement claims 4,000 fighters under arms.", {("Red Ash Movement", T, 4000)}),
    ("The Red Ash Movement says it can field up to 6,000 men.", {("Red Ash Movement", T, 6000)}),
    ("Analysts put the strength of the Red Ash Movement at about 1,500 fighters.", {("Red Ash Movement", T, 1500)}),
    # --- more wordings of the causes fixed after the first run ---
    ("Seat count\n38 seats - Union of Meadows\n27 seats - River League", {(UM, S, 38), (RL, S, 27)}),
    ("The Union of Meadows won 38 seats: River League came second.", {(UM, S, 38)}),
    ("New Chamber of Delegates, 90 members: Union of Meadows 38, River League 27, Copper Party 9.",
     {("Chamber of Delegates", S, 90), (UM, S, 38), (RL, S, 27), (CP, S, 9)}),
    ("The River League's caucus numbers 27 lawmakers.", {(RL, S, 27)}),
    ("Seats (change): Union of Meadows 41 (+6), River League 28 (-3), Azure Alliance 9 (-1)",
     {(UM, S, 41), (RL, S, 28), ("Azure Alliance", S, 9)}),
    ("The Union of Meadows took 31 seats and the River League nineteen.", {(UM, S, 31), (RL, S, 19)}),
    ("Peacekeepers by country: Ghana 870; Senegal 640", {("Ghana", T, 870), ("Senegal", T, 640)}),
    ("Soldiers killed since January: Ghana 12, Senegal 30.", set()),
    ("Ostreva sent up to 1,200 Ostrevan soldiers to the frontier.", {("Ostreva", T, 1200)}),
    ("About 300 French special forces troops were flown in.", {("France", T, 300)}),
    # --- numbers that are no fact ---
    ("The Copper Party received 412,000 votes, or 31 percent.", set()),
    ("A poll gives the Copper Party between 40 and 45 seats.", set()),
    ("Projections suggest the River League could win up to 30 seats.", set()),
    ("Clashes killed 35 soldiers and wounded 60 fighters of the Red Ash Movement.", set()),
    ("A Copper Party candidate won seat 14 in the northern district.", set()),
    ("The Copper Party spent 12 million on its campaign in 2021.", set()),
    ("Party | Votes | %\nCopper Party | 412,300 | 31.2\nRiver League | 198,000 | 15.0", set()),
    ("About 2,000 troops were killed or wounded in the offensive.", set()),
    ("The Copper Party is the largest of the 12 parties in the Chamber of Delegates.", set()),
]

TAGGER = "actors layer: the invented name is no mention here ('Copper' tagged a common noun; 'Greens of Ferrow' " \
    "with no entity and no party word), though the same name is found in other sentences"
XFAIL = {
    "Final seat count:\n* Union of Meadows: 41 seats\n* Copper Party: 28 seats\n* River League: 11 seats": TAGGER,
    "Seats won, by party: Copper Party 45; River League 21; Greens of Ferrow 12.": TAGGER,
    "The Greens of Ferrow gained five seats to finish with 17.": TAGGER,
    "The vote split the Chamber of Delegates between the Copper Party (45), the River League (21) and the Greens of "
    "Ferrow (12).":
        "bracketed bare counts are seats only in a line with no vote or share word ('vote' here is the election)",
    "Together the three parties of the Bridge Accord hold 78 of the 150 seats.":
        "a count with 'together' is a sum, no one's (the references credit a coalition's sum only sometimes)",
    "Two dozen Canadian special forces soldiers are based at the airfield.":
        "parser: after 'dozen' the demonym is read as a conjunct of the number, not a modifier of the soldiers",
    "New Chamber of Delegates, 90 members: Union of Meadows 38, River League 27, Copper Party 9.":
        "a house's size set off after its name ('X, 90 members:') is not read",
}


extracted, test_wording = battery(CASES, XFAIL, "x", facts_by_document, assert_facts)
