"""Seat and troop counts in wordings written before reading the facts reader (so the items are not shaped by its
rules): news prose, results lists and pipe tables, parliament websites, think-tank briefs, military annexes, quiz
sheets, forum posts and tickers; holders named as deputies, MPs, lawmakers, members or representatives; "N-seat",
"the N-member assembly", "out of N", rankings, percentages beside seats, first-person owners, foreign troops, "some
/ about / more than N", "N,000", "N thousand", number words, capitals; and numbers that are no fact (casualties,
votes, shares alone, years, phone numbers, cabinet posts, money, projections, captives). All names are invented;
end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # --- seats won / held, plain prose ---
    ("The Azure Alliance won 47 seats in Sunday's election.", {("Azure Alliance", S, 47)}),
    ("The Azure Alliance now holds 47 seats in the Grand Assembly.", {("Azure Alliance", S, 47)}),
    ("The Azure Alliance lost 12 seats, falling to 35.", {("Azure Alliance", S, 35)}),
    ("The Azure Alliance won 40 seats, up from 31 four years ago.", {("Azure Alliance", S, 40)}),
    ("The Harvest Party won 33 seats, down eight on the last vote.", {("Harvest Party", S, 33)}),
    ("The Harvest Party doubled its tally to 33 seats.", {("Harvest Party", S, 33)}),
    ("The Harvest Party retained 33 seats despite a late swing.", {("Harvest Party", S, 33)}),
    ("The Harvest Party held on to all 33 of its seats.", {("Harvest Party", S, 33)}),
    ("The Harvest Party's seat count rose from 25 to 33.", {("Harvest Party", S, 33)}),
    ("The Azure Alliance won 40 seats in the 2019 election.", {("Azure Alliance", S, 40)}),
    ("The Miners League won twelve seats.", {("Miners League", S, 12)}),
    ("The Miners League secured a dozen seats in the upper house.", {("Miners League", S, 12)}),
    ("The Harvest Party did well in the north. It won 33 seats.", {("Harvest Party", S, 33)}),
    # --- "N-seat", N deputies / MPs / lawmakers / members / representatives ---
    ("The 24-seat Harvest Party will be the kingmaker.", {("Harvest Party", S, 24)}),
    ("The Harvest Party's 24 deputies walked out of the chamber.", {("Harvest Party", S, 24)}),
    ("The Harvest Party has 24 MPs in the Grand Assembly.", {("Harvest Party", S, 24)}),
    ("With 18 lawmakers, the Harvest Party is the third-largest group.", {("Harvest Party", S, 18)}),
    ("The Harvest Party's parliamentary group counts 18 members.", {("Harvest Party", S, 18)}),
    ("The Harvest Party will have 33 representatives in the new Grand Assembly.", {("Harvest Party", S, 33)}),
    ("The Harvest Party, the second-largest faction with 33 deputies, abstained.", {("Harvest Party", S, 33)}),
    ("Of the Harvest Party's 33 MPs, five voted against the bill.", {("Harvest Party", S, 33)}),
    ("Azure Alliance lawmakers, who number 40, boycotted the session.", {("Azure Alliance", S, 40)}),
    ("The Azure Alliance emerged with a 40-seat plurality.", {("Azure Alliance", S, 40)}),
    ("The Harvest Party's 33-strong parliamentary group met on Monday.", {("Harvest Party", S, 33)}),
    # --- house sizes, "out of N" ---
    ("The Harvest Party has 24 MPs in the 200-member Grand Assembly.",
     {("Harvest Party", S, 24), ("Grand Assembly", S, 200)}),
    ("The Grand Assembly has 120 members.", {("Grand Assembly", S, 120)}),
    ("Elections to the 120-seat Grand Assembly are due in May.", {("Grand Assembly", S, 120)}),
    ("The Harvest Party won 18 out of 120 seats in the Grand Assembly.",
     {("Harvest Party", S, 18), ("Grand Assembly", S, 120)}),
    ("The ruling Azure Alliance, which controls 66 of the 124 seats in the Grand Assembly, passed the budget.",
     {("Azure Alliance", S, 66), ("Grand Assembly", S, 124)}),
    ("The Azure Alliance holds a majority with 64 seats in the 120-member Grand Assembly.",
     {("Azure Alliance", S, 64), ("Grand Assembly", S, 120)}),
    ("Of the Grand Assembly's 120 seats, the Azure Alliance won 40.",
     {("Azure Alliance", S, 40), ("Grand Assembly", S, 120)}),
    ("The Azure Alliance won 40 of the 120 seats, or a third of the chamber.", {("Azure Alliance", S, 40)}),
    # --- rankings, lists in prose ---
    ("The Harvest Party came in second, with 31 seats, behind the Azure Alliance's 40.",
     {("Harvest Party", S, 31), ("Azure Alliance", S, 40)}),
    ("The Azure Alliance was the largest party with 40 seats, ahead of the Harvest Party (31) and the Miners League"
     " (9).",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 31), ("Miners League", S, 9)}),
    ("Placing second, the Harvest Party secured 33 seats.", {("Harvest Party", S, 33)}),
    ("Final tally: Azure Alliance 40, Harvest Party 33, Miners League 9.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("The Azure Alliance (40 seats) and the Harvest Party (33 seats) are expected to form a coalition.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("The Azure Alliance took 38.2% of the vote, which translated into 40 seats.", {("Azure Alliance", S, 40)}),
    ("The Azure Alliance (38.2%, 40 seats) edged out the Harvest Party (30.1%, 33 seats).",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("The Azure Alliance won 40 seats; its ally, the Harvest Party, won 33.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    # --- tables, bullets, results pages ---
    ("Results\n\n| Party | Seats |\n|---|---|\n| Azure Alliance | 40 |\n| Harvest Party | 33 |\n"
     "| Miners League | 9 |\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("| Party | Votes (%) | Seats |\n|---|---|---|\n| Azure Alliance | 38.2 | 40 |\n| Harvest Party | 30.1 | 33 |\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("Seats in the new parliament:\n- Azure Alliance: 40\n- Harvest Party: 33\n- Miners League: 9\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("Election results\nAzure Alliance - 40 seats (38.2%)\nHarvest Party - 33 seats (30.1%)\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("Party              Seats\nAzure Alliance     40\nHarvest Party      33\nMiners League       9\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("Seats won:\n1. Azure Alliance - 40\n2. Harvest Party - 33\n3. Miners League - 9\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("Composition of the Grand Assembly\nAzure Alliance: 40 members\nHarvest Party: 33 members\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    # --- tickers, capitals, quiz, forum ---
    ("BREAKING: Azure Alliance 40 seats, Harvest Party 33 - electoral commission",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("AZURE ALLIANCE WINS 40 SEATS IN GRAND ASSEMBLY VOTE", {("Azure Alliance", S, 40)}),
    ("Q: How many seats did the Azure Alliance win? A: 40.", {("Azure Alliance", S, 40)}),
    ("Honestly the Harvest Party only got 33 seats while the Azure Alliance got 40, what a joke.",
     {("Harvest Party", S, 33), ("Azure Alliance", S, 40)}),
    # --- troops: armed groups ---
    ("The Black Hill Brigade has about 3,000 fighters.", {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade, a militia of some 3,000 men, controls the pass.", {("Black Hill Brigade", T, 3000)}),
    ("The 3,000-strong Black Hill Brigade controls the pass.", {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade fields 3,000 fighters and 40 armoured vehicles.", {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade can muster up to 5,000 fighters.", {("Black Hill Brigade", T, 5000)}),
    ("The Black Hill Brigade's 3,000 fighters hold the northern ridge.", {("Black Hill Brigade", T, 3000)}),
    ("An estimated 3,000 fighters belong to the Black Hill Brigade.", {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade, whose ranks have swelled to 3,000 fighters, took the town.",
     {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade grew from 500 fighters in 2019 to 3,000 today.", {("Black Hill Brigade", T, 3000)}),
    ("The Red Banner Militia is believed to have 10 thousand fighters.", {("Red Banner Militia", T, 10000)}),
    ("The Red Banner Militia numbers more than 4,500 fighters.", {("Red Banner Militia", T, 4500)}),
    ("The Red Banner Militia has nearly two thousand armed men.", {("Red Banner Militia", T, 2000)}),
    ("The Red Banner Militia, with roughly 4,500 gunmen, is the largest armed group in the valley.",
     {("Red Banner Militia", T, 4500)}),
    ("The Black Hill Brigade controls the valley. Its fighters, numbering roughly 3,000, are well armed.",
     {("Black Hill Brigade", T, 3000)}),
    # --- first-person owners ---
    ('"We have 3,000 fighters ready," said Tomas Irrel, commander of the Black Hill Brigade.',
     {("Black Hill Brigade", T, 3000)}),
    ('"Our brigade numbers 800 men," a spokesman for the Black Hill Brigade said.', {("Black Hill Brigade", T, 800)}),
    ('A Red Banner Militia commander told reporters: "We have more than 4,500 fighters in the valley."',
     {("Red Banner Militia", T, 4500)}),
    # --- troops: states, foreign contingents ---
    ("Velnia has deployed 2,000 soldiers to the border.", {("Velnia", T, 2000)}),
    ("A 600-strong contingent from Velnia arrived in the capital.", {("Velnia", T, 600)}),
    ("Velnia sent 1,500 peacekeepers to the region last year.", {("Velnia", T, 1500)}),
    ("Velnia maintains a garrison of 4,000 troops in Port Arlo.", {("Velnia", T, 4000)}),
    ("Velnia keeps some 1,000 troops in Ostria.", {("Velnia", T, 1000)}),
    ("Velnia has about 2,000 troops in the country.", {("Velnia", T, 2000)}),
    ("VELNIA DEPLOYS 2,000 TROOPS TO BORDER", {("Velnia", T, 2000)}),
    ("Three thousand troops from Velnia crossed the border on Tuesday.", {("Velnia", T, 3000)}),
    # --- troops: tables and lists ---
    ("Armed groups in the province:\n- Black Hill Brigade: about 3,000 fighters\n"
     "- Red Banner Militia: some 4,500 fighters\n",
     {("Black Hill Brigade", T, 3000), ("Red Banner Militia", T, 4500)}),
    ("The Black Hill Brigade (est. 3,000 fighters) and the Red Banner Militia (est. 4,500 fighters) share the valley.",
     {("Black Hill Brigade", T, 3000), ("Red Banner Militia", T, 4500)}),
    ("Annex B. Forces present\n\n| Group | Fighters |\n|---|---|\n| Black Hill Brigade | 3,000 |\n"
     "| Red Banner Militia | 4,500 |\n",
     {("Black Hill Brigade", T, 3000), ("Red Banner Militia", T, 4500)}),
    # --- states named as states elsewhere in the story (the same wordings as above) ---
    ("The government of Velnia confirmed the move. Velnia has deployed 2,000 soldiers to the border.",
     {("Velnia", T, 2000)}),
    ("Velnia's foreign ministry said a 600-strong contingent from Velnia arrived in the capital.",
     {("Velnia", T, 600)}),
    ("The government of Velnia said that Velnia sent 1,500 peacekeepers to the region last year.",
     {("Velnia", T, 1500)}),
    ("Velnia's defence ministry says Velnia maintains a garrison of 4,000 troops in Port Arlo.", {("Velnia", T, 4000)}),
    ("The government of Velnia admits that Velnia keeps some 1,000 troops in Ostria.", {("Velnia", T, 1000)}),
    # --- more wordings of the causes fixed after the first run ---
    ('"We won 40 seats," said Ana Morel, leader of the Azure Alliance.', {("Azure Alliance", S, 40)}),
    ('"We have 3,000 fighters," said a spokesman for the Black Hill Brigade.', {("Black Hill Brigade", T, 3000)}),
    ('The Black Hill Brigade said in a statement: "We have 3,000 fighters."', {("Black Hill Brigade", T, 3000)}),
    ('"They have 3,000 fighters," said Tomas Irrel, commander of the Black Hill Brigade.', set()),
    ("The Harvest Party held on to 33 seats.", {("Harvest Party", S, 33)}),
    ("The Harvest Party held onto 33 seats.", {("Harvest Party", S, 33)}),
    ("The Harvest Party's vote share rose from 25 to 33 percent.", set()),
    ("The Harvest Party's lawmakers number 40.", {("Harvest Party", S, 40)}),
    ("The protesters outside the Harvest Party's office number 4,000.", set()),
    ("The Harvest Party's seat tally climbed from 25 to 33 yesterday.", {("Harvest Party", S, 33)}),
    ("The Red Banner Militia has swollen from 800 gunmen last year to 4,500 this spring.",
     {("Red Banner Militia", T, 4500)}),
    ("Parties in the Grand Assembly\n- Azure Alliance: 40 members\n- Harvest Party: 33 members\n",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("Union membership\nMetal Workers Union: 40,000 members\nTeachers Union: 33,000 members\n", set()),
    # --- a second batch, written after the first run (no reader code read for them) ---
    ("The Azure Alliance's bench in the Grand Assembly has 40 seats.", {("Azure Alliance", S, 40)}),
    ("40 seats for the Azure Alliance, 33 for the Harvest Party, nine for the Miners League: the count is final.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("The Azure Alliance is the biggest bloc in the Grand Assembly, with 44 of its 130 members.",
     {("Azure Alliance", S, 44), ("Grand Assembly", S, 130)}),
    ("The Harvest Party went from 25 seats to 33.", {("Harvest Party", S, 33)}),
    ("The Harvest Party (33 MPs) will stay in opposition.", {("Harvest Party", S, 33)}),
    ("The Harvest Party, which sends 33 members to the Grand Assembly, will stay in opposition.",
     {("Harvest Party", S, 33)}),
    ("The Harvest Party sent 33 members to the congress of the union.", set()),
    ("Holding 33 seats, the Harvest Party will stay in opposition.", {("Harvest Party", S, 33)}),
    ("The Harvest Party's 33-member caucus met on Monday.", {("Harvest Party", S, 33)}),
    ("Seats: Azure Alliance 40 | Harvest Party 33 | Miners League 9",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("The Harvest Party came second. Its 33 deputies will sit in opposition.", {("Harvest Party", S, 33)}),
    ("The Azure Alliance secured 40 seats and the Harvest Party 33, with the Miners League trailing on nine.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("The Black Hill Brigade, numbering around 3,000, took the town.", {("Black Hill Brigade", T, 3000)}),
    ("The Black Hill Brigade is thought to command around 3,000 fighters.", {("Black Hill Brigade", T, 3000)}),
    ("Some 3,000 Black Hill Brigade fighters are deployed in the valley.", {("Black Hill Brigade", T, 3000)}),
    ("The Red Banner Militia's strength is put at 4,500 fighters.", {("Red Banner Militia", T, 4500)}),
    ("Black Hill Brigade: approx. 3,000 fighters", {("Black Hill Brigade", T, 3000)}),
    ("The Azure Alliance's 40-point lead in the polls worries its rivals.", set()),
    ("The Harvest Party was founded by 33 delegates in 1990.", set()),
    ("The Black Hill Brigade lost 300 fighters in the battle.", set()),
    # --- a third batch (sums, houses, forces) ---
    ("Together, the Azure Alliance (40) and the Harvest Party (33) control 73 of the 120 seats.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("The Azure Alliance (40 seats) and the Harvest Party (33 seats) together control 73 seats.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("Together with the Harvest Party, the Azure Alliance controls 73 seats.", set()),
    ("The Grand Assembly is made up of 120 deputies elected for four years.", {("Grand Assembly", S, 120)}),
    ("The Azure Alliance dominates the Grand Assembly with 64 seats.", {("Azure Alliance", S, 64)}),
    ("The Black Hill Brigade maintains a standing force of 3,000 men.", {("Black Hill Brigade", T, 3000)}),
    ("The Red Banner Militia has mobilised 4,500 fighters for the offensive.", {("Red Banner Militia", T, 4500)}),
    ("The Harvest Party lost eight seats but kept 33.", {("Harvest Party", S, 33)}),
    ("The Azure Alliance finished with 40 seats, the Harvest Party with 33.",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    # --- a fourth batch, for the causes fixed in the eleventh session: tables of forces, a share turned into seats,
    # a question's elliptical answer, a labelled line of counts cut by bars or dots ---
    ("Armed groups (estimates)\n\n| Group | Strength |\n|---|---|\n| Grey Wolf Legion | about 1,200 |\n"
     "| Dawn Guard | 700 |\n",
     {("Grey Wolf Legion", T, 1200), ("Dawn Guard", T, 700)}),
    ("Force             Troops (est.)\nGrey Wolf Legion  1,200\nDawn Guard        est. 700\n",
     {("Grey Wolf Legion", T, 1200), ("Dawn Guard", T, 700)}),
    ("| # | Militia | Commander | Fighters |\n|---|---|---|---|\n| 1 | Grey Wolf Legion | Ivo Rask | 1,200 |\n"
     "| 2 | Dawn Guard | Lea Marn | 700 |\n| | Total | | 1,900 |\n",
     {("Grey Wolf Legion", T, 1200), ("Dawn Guard", T, 700)}),
    ("| Armed group | Personnel | Founded |\n|---|---|---|\n| Grey Wolf Legion | ~1,200 | 2016 |\n"
     "| Dawn Guard | 700+ | 2019 |\n",
     {("Grey Wolf Legion", T, 1200), ("Dawn Guard", T, 700)}),
    ("| Group | Fighters |\n|---|---|\n| Grey Wolf Legion | 1,000-1,500 |\n| Dawn Guard | unknown |\n", set()),
    ("| Group | Founded |\n|---|---|\n| Grey Wolf Legion | 2016 |\n| Dawn Guard | 2019 |\n", set()),
    ("The Harvest Party won 31 percent, which yielded 28 seats in the Grand Assembly.", {("Harvest Party", S, 28)}),
    ("The Harvest Party's 31 percent share converted into 28 seats.", {("Harvest Party", S, 28)}),
    ("The Harvest Party polled 31 percent of the vote, translating into 28 seats.", {("Harvest Party", S, 28)}),
    ("The Harvest Party's 31 percent of the vote translated into 28 seats under the new rules.",
     {("Harvest Party", S, 28)}),
    ("Turnout reached 64 percent, which translated into two million ballots.", set()),
    ("INTERVIEWER: How many fighters does the Grey Wolf Brigade have?\nCOMMANDER: About 1,200.",
     {("Grey Wolf Brigade", T, 1200)}),
    ("How many deputies will the Harvest Party send to the Grand Assembly? Thirty-three.", {("Harvest Party", S, 33)}),
    ("Q: How many seats does the Miners League hold?\nA: Nine seats.", {("Miners League", S, 9)}),
    ("Q: How many soldiers did the Grey Wolf Legion lose? A: 300.", set()),
    ("How many seats does the Azure Alliance need to govern alone? 61.", set()),
    ("How many votes did the Azure Alliance get? 40,000.", set()),
    ("Deputies elected: Azure Alliance: 40 | Harvest Party: 33 | Miners League: 9",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33), ("Miners League", S, 9)}),
    ("New chamber \u00b7 Seats: Azure Alliance 40 \u00b7 Harvest Party 33",
     {("Azure Alliance", S, 40), ("Harvest Party", S, 33)}),
    ("Vote share: Azure Alliance 38 | Harvest Party 31 | Miners League 9", set()),
    ("Seat projection: Azure Alliance 40 | Harvest Party 33 | Miners League 9", set()),
    # --- numbers that are no fact ---
    ("At least 45 fighters of the Black Hill Brigade were killed in the clashes.", set()),
    ("The Black Hill Brigade killed 12 soldiers in an ambush on Tuesday.", set()),
    ("The Red Banner Militia captured 300 government soldiers.", set()),
    ("The Black Hill Brigade released 40 prisoners on Friday.", set()),
    ("The Black Hill Brigade demanded a ransom of 2 million dollars.", set()),
    ("The Azure Alliance received 1,204,331 votes.", set()),
    ("The Azure Alliance polled 38.2 percent.", set()),
    ("The Azure Alliance holds 12 of the 20 cabinet posts.", set()),
    ("The Azure Alliance will run seven ministries in the new cabinet.", set()),
    ("For more information call the Harvest Party office on 555 0142.", set()),
    ("Turnout was 64 percent, and 2.1 million ballots were cast.", set()),
    ("The Harvest Party needs 61 seats to govern alone.", set()),
    ("The Harvest Party fielded 120 candidates across 14 districts.", set()),
    ("The Harvest Party is projected to win 35 seats, according to exit polls.", set()),
    ("The Azure Alliance gained nine seats.", set()),
    ("About 20,000 people protested against the Azure Alliance in 2023.", set()),
    ("The Azure Alliance celebrated its 40th anniversary in 2024.", set()),
    ("The Black Hill Brigade was founded in 2011 by 12 former officers.", set()),
]


ACTORS = "actors layer: a one-word invented state named in no other way is tagged a person or nothing (the same " \
    "wording with a known state, or this one named as a state elsewhere in the story, gives the fact)"
XFAIL = {
    "The Azure Alliance emerged with a 40-seat plurality.":
        "'N-seat majority/plurality' is not read as a holding ('an 80-seat majority' is often a margin)",
    "Final tally: Azure Alliance 40, Harvest Party 33, Miners League 9.":
        "bare counts under a results label are seats only where the story names seats (a tally alone may be votes)",
    "AZURE ALLIANCE WINS 40 SEATS IN GRAND ASSEMBLY VOTE":
        "actors layer: names in an all-capital headline are not read as mentions",
    "The Azure Alliance is the biggest bloc in the Grand Assembly, with 44 of its 130 members.":
        "'with N of its M members': the part of a house's members after a group's name is not read",
    "Together, the Azure Alliance (40) and the Harvest Party (33) control 73 of the 120 seats.":
        "parser: 'control' read as a noun in apposition; the sum goes to the name nearest the count",
    "The Azure Alliance (40 seats) and the Harvest Party (33 seats) together control 73 seats.":
        "a sum over names with 'together' goes to one name (a rule making it no one's lost two development items "
        "where the references credit such a sum, and was dropped)",
    "VELNIA DEPLOYS 2,000 TROOPS TO BORDER": ACTORS,
}


extracted, test_wording = battery(CASES, XFAIL, "w", facts_by_document, assert_facts_force_apart)
