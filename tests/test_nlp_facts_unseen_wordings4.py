"""Seat and troop counts as different document styles state them, written before reading the facts reader: results
tables with their columns in several orders, "N seats" / "N-seat" / "N of the M seats" / "took N" / "holds N
mandates" / "a bloc of N deputies" / "N MPs", bullet lists, "key: value" fields, a count in brackets after a name or
before it, spelled-out numbers, "some 3,000 soldiers", "a 1,500-strong contingent", "troops numbering N", "deployed N
personnel", counts in a heading, a pronoun owner ("its 40 seats"), a change ("rose from 12 to 19 seats": the new
count) and counts inside a quoted speech; and negatives that state no strength or holding (votes, percentages,
years, casualties, prisoners, refugees, money, people killed, the seats of a stadium, a target not met). All names
(the states Varmora, Trastia and Oskland, their parties and forces) are invented; end to end with the real English
pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
ALP = "Amber Lantern Party"
UFR = "Union for Pellam"
GCA = "Green Cedar Alliance"
PLF = "People's Lowland Front"
VSF = "Varmoran Stabilisation Force"
NRB = "Northern Ridge Brigades"
SCM = "Silver Coast Movement"

CASES = [
    # --- results tables, headers in several orders ---
    ("Varmora election 2031: final results\nParty | Seats | Votes\nAmber Lantern Party | 48 | 1,203,400\n"
     "Union for Pellam | 31 | 880,120",
     {(ALP, S, 48), (UFR, S, 31)}),
    ("Results of the Varmoran general election\nSeats | Party\n52 | Green Cedar Alliance\n27 | Union for Pellam",
     {(GCA, S, 52), (UFR, S, 27)}),
    ("Chamber results (Varmora)\nParty\tVote share\tSeats\nAmber Lantern Party\t38.2%\t61\n"
     "People's Lowland Front\t12.5%\t19",
     {(ALP, S, 61), (PLF, S, 19)}),
    ("Trastian assembly: outcome\nParty, votes, seats won\nSilver Coast Movement, 402,118, 22\n"
     "Green Cedar Alliance, 310,004, 17",
     {(SCM, S, 22), (GCA, S, 17)}),
    ("Lanzo city council vote\nSeats\tList\n11\tAmber Lantern Party\n6\tSilver Coast Movement",
     {(ALP, S, 11), (SCM, S, 6)}),
    ("Forces in the north\nFighters | Group\nabout 2,500 | Northern Ridge Brigades\n900 | Silver Coast Movement",
     {(NRB, T, 2500), (SCM, T, 900)}),
    ("Seats | Votes\n40 | 20,000\n30 | 15,000", set()),
    # --- prose seat wordings ---
    ("The Amber Lantern Party won 44 seats in the Varmoran parliament on Sunday.", {(ALP, S, 44)}),
    ("With 44 seats, the Amber Lantern Party now leads every other group in the Varmoran parliament.", {(ALP, S, 44)}),
    ("The Union for Pellam, a 29-seat party, said it would join no coalition.", {(UFR, S, 29)}),
    ("The Green Cedar Alliance took 36 of the assembly's 140 seats in Trastia.", {(GCA, S, 36), ("Trastia", S, 140)}),
    ("In the Trastian vote the Green Cedar Alliance took 36, well short of a majority.", {(GCA, S, 36)}),
    ("The Silver Coast Movement holds 14 mandates in the regional council of Oskland.", {(SCM, S, 14)}),
    ("The People's Lowland Front has a bloc of 23 deputies in the Varmoran parliament.", {(PLF, S, 23)}),
    ("The Union for Pellam now has 31 MPs after two defections.", {(UFR, S, 31)}),
    ("The Union for Pellam's 31 MPs walked out before the budget vote.", {(UFR, S, 31)}),
    ("The Amber Lantern Party secured forty-two seats, its officials said.", {(ALP, S, 42)}),
    ("The Silver Coast Movement emerged with nine seats in the new chamber.", {(SCM, S, 9)}),
    ("The Green Cedar Alliance controls 58 seats in the 150-member Trastian assembly.", {(GCA, S, 58)}),
    ("The Amber Lantern Party captured a majority of 63 seats in the Varmoran parliament.", {(ALP, S, 63)}),
    ("The Amber Lantern Party, which controls 63 seats in parliament, rejected the budget.", {(ALP, S, 63)}),
    ("Varmora's ruling Amber Lantern Party retained 50 seats in the vote.", {(ALP, S, 50)}),
    ("The Amber Lantern Party ended up with 50 seats in the Varmoran parliament.", {(ALP, S, 50)}),
    # --- a change: the new count ---
    ("The Union for Pellam rose from 12 to 19 seats in the Varmoran parliament.", {(UFR, S, 19)}),
    ("The People's Lowland Front fell from 30 seats to 21 in the Trastian assembly.", {(PLF, S, 21)}),
    ("The Green Cedar Alliance increased its seats to 40, up from 33.", {(GCA, S, 40)}),
    ("The Silver Coast Movement doubled its tally to 18 seats in the regional council.", {(SCM, S, 18)}),
    # --- pronoun owner ---
    ("The Union for Pellam was founded by teachers in 2012. Its 31 seats make it the third force in parliament.",
     {(UFR, S, 31)}),
    ("The Amber Lantern Party lost ground in the cities. It still won 47 seats in the Varmoran parliament.",
     {(ALP, S, 47)}),
    ("The Green Cedar Alliance campaigned on forests, and it won 22 seats in the Trastian assembly.",
     {(GCA, S, 22)}),
    # --- bullets and key: value fields ---
    ("Parliament at a glance:\n- Amber Lantern Party: 48 seats\n- Union for Pellam: 31 seats\n"
     "- Silver Coast Movement: 9 seats",
     {(ALP, S, 48), (UFR, S, 31), (SCM, S, 9)}),
    ("New chamber:\n* Green Cedar Alliance - 52 seats\n* People's Lowland Front - 19 seats",
     {(GCA, S, 52), (PLF, S, 19)}),
    ("Green Cedar Alliance\nLeader: Irina Vostal\nFounded: 2009\nSeats: 52\nIdeology: green conservatism",
     {(GCA, S, 52)}),
    ("Varmoran Stabilisation Force\nCommander: General Petra Kand\nStrength: 4,200 troops\nHeadquarters: Lanzo",
     {(VSF, T, 4200)}),
    ("Northern Ridge Brigades\nLeader: Ormo Talik\nFighters: about 2,500\nArea: the northern hills",
     {(NRB, T, 2500)}),
    # --- counts in brackets ---
    ("Seat shares in the new Varmoran parliament: Amber Lantern Party (48), Union for Pellam (31), Silver Coast "
     "Movement (9).",
     {(ALP, S, 48), (UFR, S, 31), (SCM, S, 9)}),
    ("The coalition joins the Green Cedar Alliance (52 seats) and the People's Lowland Front (19 seats).",
     {(GCA, S, 52), (PLF, S, 19)}),
    ("Forces in the district: the Northern Ridge Brigades (about 2,500 fighters) and the Varmoran army (some "
     "6,000 soldiers).",
     {(NRB, T, 2500), ("Varmora", T, 6000)}),
    # --- counts before the name ---
    ("52 seats: Green Cedar Alliance\n19 seats: People's Lowland Front", {(GCA, S, 52), (PLF, S, 19)}),
    ("Some 2,500 fighters of the Northern Ridge Brigades hold the pass.", {(NRB, T, 2500)}),
    ("Around 900 soldiers from Oskland joined the mission last week.", {("Oskland", T, 900)}),
    # --- troop wordings ---
    ("Oskland has some 3,000 soldiers deployed in southern Varmora.", {("Oskland", T, 3000)}),
    ("Trastia sent a 1,500-strong contingent to the Varmoran border.", {("Trastia", T, 1500)}),
    ("The Northern Ridge Brigades have troops numbering about 4,000, according to analysts.", {(NRB, T, 4000)}),
    ("Oskland deployed 850 personnel to the Varmoran Stabilisation Force in April.", {("Oskland", T, 850)}),
    ("Trastia now has 2,000 boots on the ground in northern Varmora.", {("Trastia", T, 2000)}),
    ("The Varmoran Stabilisation Force numbers 6,500 troops.", {(VSF, T, 6500)}),
    ("The Varmoran Stabilisation Force has a strength of 6,500 uniformed personnel.", {(VSF, T, 6500)}),
    ("The Northern Ridge Brigades field an estimated 3,200 fighters.", {(NRB, T, 3200)}),
    ("The Northern Ridge Brigades command roughly 3,200 gunmen in the hills.", {(NRB, T, 3200)}),
    ("The Silver Coast Movement's armed wing counts about seven hundred fighters.", {(SCM, T, 700)}),
    ("Trastia contributes 1,100 troops to the Varmoran Stabilisation Force.", {("Trastia", T, 1100)}),
    ("Oskland will send an additional 400 soldiers to Varmora next month.", {("Oskland", T, 400)}),
    ("The Oskland army has massed 12,000 troops near the Trastian frontier.", {("Oskland", T, 12000)}),
    ("The Northern Ridge Brigades, estimated at 3,000 fighters, attacked the depot.", {(NRB, T, 3000)}),
    ("The Northern Ridge Brigades, a force of some 3,000 men, control the valley.", {(NRB, T, 3000)}),
    ("The Northern Ridge Brigades are thought to have between 2,000 and 3,000 fighters.", {(NRB, T, 3000)}),
    ("Trastia's 1,100 troops in Varmora will stay until spring.", {("Trastia", T, 1100)}),
    ("The Varmoran Stabilisation Force was set up in 2028. Its 6,500 troops guard the capital.", {(VSF, T, 6500)}),
    ("Oskland raised its contingent from 600 to 900 soldiers.", {("Oskland", T, 900)}),
    ("The Varmoran Stabilisation Force grew to 7,000 troops this year.", {(VSF, T, 7000)}),
    # --- more wordings of the causes fixed: "numbering" after a kept noun, a labelled field, "from N to M" ---
    ("The Northern Ridge Brigades have fighters numbering 4,000.", {(NRB, T, 4000)}),
    ("Oskland has soldiers numbering some 1,200 in the south.", {("Oskland", T, 1200)}),
    ("Varmoran Stabilisation Force\nCommander: Petra Kand\nTroops: 4,200\nBase: Lanzo", {(VSF, T, 4200)}),
    ("Oskland cut its force from 900 to 400 soldiers.", {("Oskland", T, 400)}),
    ("The Northern Ridge Brigades grew from 500 to 3,000 fighters in two years.", {(NRB, T, 3000)}),
    ("Trastia increased its presence in Varmora from 1,200 to 2,000 troops last year.", {("Trastia", T, 2000)}),
    # --- a bare count after "of" on a force noun ---
    ("The mission includes a Ghanaian battalion of about 700 that guards the airport.", {("Ghana", T, 700)}),
    ("Oskland keeps an army of some 5,000 in the hills.", {("Oskland", T, 5000)}),
    ("The Northern Ridge Brigades, a militia of about 900, hold the pass.", {(NRB, T, 900)}),
    ("Trastia sent a contingent of 450 to the mission.", {("Trastia", T, 450)}),
    # --- a count in a heading ---
    ("Oskland to send 800 troops to Varmora\nThe government of Oskland approved the plan on Monday.",
     {("Oskland", T, 800)}),
    ("AMBER LANTERN PARTY WINS 48 SEATS\nThe vote count ended late on Sunday.", {(ALP, S, 48)}),
    ("Green Cedar Alliance takes 52 seats in Trastian vote\nTurnout was high in the cities.", {(GCA, S, 52)}),
    # --- a quoted speech ---
    ('"We have 2,500 fighters ready to defend the hills," said Ormo Talik, leader of the Northern Ridge Brigades.',
     {(NRB, T, 2500)}),
    ('"Our party won 44 seats, and we will form the government," said a spokesman for the Amber Lantern Party.',
     {(ALP, S, 44)}),
    ('Oskland\'s defence minister said: "We will deploy 1,200 troops to Varmora before winter."',
     {("Oskland", T, 1200)}),
    # --- negatives: no fact ---
    ("The Amber Lantern Party won 1,203,400 votes in the Varmoran election.", set()),
    ("The Amber Lantern Party won 38 percent of the vote.", set()),
    ("The Union for Pellam has governed Varmora since 2019.", set()),
    ("The Union for Pellam was founded in 2012 and entered parliament in 2016.", set()),
    ("Fighting between the Northern Ridge Brigades and the Varmoran army killed 240 people last month.", set()),
    ("The Northern Ridge Brigades lost 120 fighters in the battle for the pass.", set()),
    ("The Northern Ridge Brigades hold 35 prisoners, among them soldiers of Oskland.", set()),
    ("The Varmoran army captured 60 fighters of the Northern Ridge Brigades.", set()),
    ("Some 40,000 refugees have fled the fighting into Trastia.", set()),
    ("Oskland pledged 300 million dollars to the Varmoran Stabilisation Force.", set()),
    ("The Amber Lantern Party held its rally at the Lanzo stadium, which seats 40,000.", set()),
    ("The new stadium in Lanzo has 25,000 seats.", set()),
    ("The Varmoran Stabilisation Force had hoped to reach 10,000 troops but never did.", set()),
    ("The Varmoran Stabilisation Force failed to meet its target of 10,000 troops.", set()),
    ("The Varmoran army said 18 soldiers were wounded in the ambush.", set()),
    ("The Amber Lantern Party must reach 71 seats to govern alone in the 140-seat chamber.", set()),
    ("Oskland's army has 14 helicopters and 200 tanks.", set()),
    ("The Northern Ridge Brigades released 45 hostages on Friday.", set()),
    ("The Union for Pellam has 80,000 members across Varmora.", set()),
    ("Oskland recruited 3,000 doctors for the Varmoran hospitals.", set()),
    ("Trastia is hoping to send 600 soldiers to Varmora.", set()),
    ("The Varmoran army lost a battalion of 600 in the winter.", set()),
    ("The rebels ambushed a convoy of 40 near Lanzo.", set()),
    ("Oskland had hoped to field 5,000 troops by the summer.", set()),
    ("The Amber Lantern Party won 44 percent of the seats up for election.", set()),
    ("The Amber Lantern Party was 12 seats short of a majority.", set()),
    # negatives found in review: "from N to M" after a verb that is no change of one's own strength
    ("The Republic of Trastia captured from 60 to 90 fighters.", set()),
    ("Trastia's shelling killed from 60 to 90 fighters.", set()),
    ("Trastia reduced the Northern Ridge Brigades from 2,000 to 900 fighters.", {(NRB, T, 900)}),
]

XFAIL: dict[str, str] = {
    "Trastia reduced the Northern Ridge Brigades from 2,000 to 900 fighters.":
        "a count changed on the object's body ('reduced Y from N to M fighters') is not read as Y's; the subject "
        "no longer takes it",
    "Trastian assembly: outcome\nParty, votes, seats won\nSilver Coast Movement, 402,118, 22\n"
    "Green Cedar Alliance, 310,004, 17":
        "a table whose cells are cut by commas (no '|', tab or double space) is read as prose; its second row's "
        "bare count after a vote count has no holder",
    "In the Trastian vote the Green Cedar Alliance took 36, well short of a majority.":
        "a bare count after a win verb with no seat noun anywhere in the text is not read as seats",
    "Trastia now has 2,000 boots on the ground in northern Varmora.":
        "the idiom 'boots on the ground' is not a troop noun (a 'boots' cue alone would take goods for troops)",
    "Trastia increased its presence in Varmora from 1,200 to 2,000 troops last year.":
        "a place between the moved noun and 'from N to M troops' leaves the count hung on the place, not the verb",
    "AMBER LANTERN PARTY WINS 48 SEATS\nThe vote count ended late on Sunday.":
        "a headline in capitals: the party's name in capitals is not read as a name when the text never writes "
        "it in mixed case",
}


extracted, test_wording = battery(CASES, XFAIL, "w", facts_by_document, assert_facts)
