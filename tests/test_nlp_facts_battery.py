"""A broad battery of invented sentences stating seat results, house sizes and force sizes the ways news
reports do (wire copy, results in prose, live blogs, analysis, translated press), plus sentences that must
yield nothing: cabinet posts, vote shares, ages, dates, casualties, polls and projections, withdrawals.
All names are invented or generic; end to end with the real model, extracted in one run."""
from __future__ import annotations

import pytest

S, T = "seats", "troops"

BATTERY = [
    # ranking
    ("The Crimson Dawn Party came first with 44 seats, official results showed.", {("Crimson Dawn Party", S, 44)}),
    ("The Labour Union followed with 31 seats, while the Green League took third place with 12.",
     {("Labour Union", S, 31), ("Green League", S, 12)}),
    ("The Crimson Dawn Party emerged as the clear winner with 58 seats.", {("Crimson Dawn Party", S, 58)}),
    ("The Labour Union finished a distant second on 12 seats.", {("Labour Union", S, 12)}),
    ("The Crimson Dawn Party won 58 seats. The Labour Union finished a distant second on 12.",
     {("Crimson Dawn Party", S, 58), ("Labour Union", S, 12)}),
    ("The Iron Front took third place with nine seats in the new parliament.", {("Iron Front", S, 9)}),
    ("The Crimson Dawn Party topped the poll with 44 seats.", {("Crimson Dawn Party", S, 44)}),
    ("The Crimson Dawn Party was the biggest winner, taking 44 seats.", {("Crimson Dawn Party", S, 44)}),
    ("The Labour Union was second with 31 seats.", {("Labour Union", S, 31)}),
    ("The Labour Union ended up with 31 seats.", {("Labour Union", S, 31)}),
    # ellipsis
    ("The Crimson Dawn Party won 40 seats, the Labour Union 33 and the Green League took nine.",
     {("Crimson Dawn Party", S, 40), ("Labour Union", S, 33), ("Green League", S, 9)}),
    ("The Iron Front won 12 seats and the Farmers Union eight.", {("Iron Front", S, 12), ("Farmers Union", S, 8)}),
    ("The Crimson Dawn Party captured 40 seats, against 33 for the Labour Union.",
     {("Crimson Dawn Party", S, 40), ("Labour Union", S, 33)}),
    # the N seats won by X ; X, who got N
    ("The 23 seats won by the Iron Front make it the third force.", {("Iron Front", S, 23)}),
    ("Party leader Marek Tolvan, whose Iron Front got 23 seats, refused to comment.", {("Iron Front", S, 23)}),
    ("The Iron Front, which got 23 seats, will join the coalition.", {("Iron Front", S, 23)}),
    ("The Crimson Dawn Party won the most seats - 23 - but fell short of a majority.", {("Crimson Dawn Party", S, 23)}),
    ("The Crimson Dawn Party won the most seats (23).", {("Crimson Dawn Party", S, 23)}),
    # part of whole
    ("The Crimson Dawn Party won 81 of the 150 seats in the National Assembly.",
     {("Crimson Dawn Party", S, 81), ("National Assembly", S, 150)}),
    ("Voters in Moldova gave the Crimson Dawn Party 81 of the 150 seats in parliament.",
     {("Crimson Dawn Party", S, 81), ("Moldova", S, 150)}),
    ("In Moldova, the Crimson Dawn Party won 81 of parliament's 150 seats.",
     {("Crimson Dawn Party", S, 81), ("Moldova", S, 150)}),
    ("The Crimson Dawn Party won 81 out of 150 seats in the Moldovan parliament.",
     {("Crimson Dawn Party", S, 81), ("Moldova parliament", S, 150)}),
    # bloc / with
    ("The Iron Front's 14-seat bloc holds the balance of power.", {("Iron Front", S, 14)}),
    ("The Iron Front, with 22 seats, holds the balance of power.", {("Iron Front", S, 22)}),
    ("The Crimson Dawn Party took 31 per cent and 44 seats.", {("Crimson Dawn Party", S, 44)}),
    ("The Crimson Dawn Party took 31 percent of the vote and 44 seats.", {("Crimson Dawn Party", S, 44)}),
    ("The Crimson Dawn Party, with 31% of the vote, won 44 seats.", {("Crimson Dawn Party", S, 44)}),
    # apposition
    ("The Crimson Dawn Party, the ruling party, won 81 seats.", {("Crimson Dawn Party", S, 81)}),
    ("The Crimson Dawn Party, led by Marek Tolvan, won 81 seats.", {("Crimson Dawn Party", S, 81)}),
    ("The Crimson Dawn Party of Prime Minister Marek Tolvan won 81 seats.", {("Crimson Dawn Party", S, 81)}),
    ("The Labour Union, the main opposition force since 2015, secured 33 seats.", {("Labour Union", S, 33)}),
    # tables in prose
    ("SEAT DISTRIBUTION\nCrimson Dawn Party 42\nLabour Union 31\nGreen League 9\n",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 9)}),
    # words
    ("The Crimson Dawn Party won forty-two seats and the Labour Union thirty-one.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Green League won nine seats.", {("Green League", S, 9)}),
    # lost / gained
    ("The Labour Union lost 5 of its 20 seats.", {("Labour Union", S, 15)}),  # what is left is held
    ("The Labour Union won 15 seats, down from 20.", {("Labour Union", S, 15)}),
    ("The Labour Union saw its tally fall to 15 seats.", {("Labour Union", S, 15)}),
    ("The Labour Union will have 15 seats in the new assembly.", {("Labour Union", S, 15)}),
    ("The Labour Union now holds 15 seats.", {("Labour Union", S, 15)}),
    ("The Labour Union has 15 lawmakers in the 150-seat parliament of Moldova.",
     {("Labour Union", S, 15), ("Moldova", S, 150)}),
    ("The Farmers Union won 17 seats in its first contest, while the Iron Front, which represents the hill "
     "villages, held its 11 seats.", {("Farmers Union", S, 17), ("Iron Front", S, 11)}),
    # chamber sizes
    ("Moldova's parliament has 150 seats.", {("Moldova parliament", S, 150)}),
    ("The National Assembly has 150 members.", {("National Assembly", S, 150)}),
    ("Voters in Moldova elected the 150 members of the National Assembly.", {("National Assembly", S, 150)}),
    ("Moldovans voted for a 150-seat parliament on Sunday.", {("Moldova", S, 150)}),
    ("A majority in the 150-member chamber requires 76 seats.", set()),
    # regional vs national
    ("The Crimson Dawn Party won 30 of the 60 seats in the regional council of Varna Province.",
     {("Crimson Dawn Party", S, 30)}),
    ("In the provincial assembly election, the Iron Front took 20 seats.", {("Iron Front", S, 20)}),
    # troops
    ("Moldova has deployed around 6,000 soldiers along the border.", {("Moldova", T, 6000)}),
    ("France sent a force of 3,000 troops to the island.", {("France", T, 3000)}),
    ("Some 2,500 French troops remain in Moldova.", {("France military", T, 2500)}),
    ("France has 900 personnel in the country.", {("France", T, 900)}),
    ("France has about 900 military personnel stationed in Moldova.", {("France", T, 900)}),
    ("The Red Hand militia fields an estimated 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia, which has about 7,000 fighters, controls the north.", {("Red Hand militia", T, 7000)}),
    ("France has roughly 2,500 troops in Moldova.", {("France", T, 2500)}),
    ("France stationed 4,000 troops in the region.", {("France", T, 4000)}),
    ("There are about 4,000 French soldiers in the region.", {("France military", T, 4000)}),
    ("France's 4,000-strong contingent will stay until spring.", {("France", T, 4000)}),
    ("France sent 1,200 more troops to Moldova.", {("France", T, 1200)}),
    ("France will withdraw 1,200 troops from Moldova.", set()),
    # negatives
    ("The Crimson Dawn Party will hold 12 ministries in the new cabinet.", set()),
    ("The Crimson Dawn Party received 44 percent of the vote.", set()),
    ("Marek Tolvan, 64, leads the Crimson Dawn Party.", set()),
    ("The election was held on 12 March, and the Crimson Dawn Party won.", set()),
    ("Clashes killed 40 fighters of the Red Hand militia.", set()),
    ("In all, 150 seats are up for grabs in Sunday's election.", set()),
    ("A poll gives the Crimson Dawn Party 44 seats.", set()),
    ("Projections suggest the Crimson Dawn Party could win 44 seats.", set()),
    ("The Crimson Dawn Party is expected to win about 44 seats.", set()),
    ("Some 3,000 candidates from 40 parties are competing for the 150 seats.", set()),
    ("The Crimson Dawn Party was given five cabinet posts, including the interior ministry.", set()),
    ("France lost 40 soldiers in the ambush.", set()),
    ("The Crimson Dawn Party was founded 12 years ago and has 4,000 members.", set()),
    ("14:32 - Official: the Crimson Dawn Party has won 44 seats, the electoral commission says.",
     {("Crimson Dawn Party", S, 44)}),
    ("UPDATE: Labour Union secures 31 seats in the new assembly.", {("Labour Union", S, 31)}),
    ("According to the electoral commission, the Green League obtained 12 seats.", {("Green League", S, 12)}),
    ("The Green League won 12 seats, according to exit polls.", set()),
    ("The Crimson Dawn Party could lose up to 10 seats, analysts say.", set()),
    ("The list headed by Marek Tolvan won 20 seats, making the Iron Front the third force.", set()),
    ("With 44 of the 150 seats, the Crimson Dawn Party will need partners.", {("Crimson Dawn Party", S, 44)}),
    ("The Iron Front increased its representation to 23 seats.", {("Iron Front", S, 23)}),
    ("The Iron Front doubled its seats to 23.", {("Iron Front", S, 23)}),
    ("The Iron Front gained 11 seats, bringing its total to 23.", {("Iron Front", S, 23)}),
    ("The Labour Union has 33 deputies in parliament.", {("Labour Union", S, 33)}),
    ("Turkey has about 3,000 troops in northern Moldova.", {("Turkey", T, 3000)}),
    ("Turkey keeps roughly 3,000 soldiers at three bases in the north.", {("Turkey", T, 3000)}),
    ("Turkey will send another 500 soldiers next month.", {("Turkey", T, 500)}),
    ("Turkey pulled out 500 soldiers last month.", set()),
    ("The Red Hand militia, estimated at 7,000 fighters, controls the north.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia claims to have up to 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("Nearly 1,000 Turkish soldiers are stationed in Moldova.", {("Turkey military", T, 1000)}),
    ("The Crimson Dawn Party has 4,000 members and 12 offices.", set()),
    ("Some 400 soldiers were killed in the fighting.", set()),
    ("The Crimson Dawn Party won 91 seats in the 325-member parliament of Moldova.",
     {("Crimson Dawn Party", S, 91), ("Moldova", S, 325)}),
    # (a house named with its size is the state's parliament: actors._bare_legislatures)
    ("The Crimson Dawn Party has 40 seats in Moldova's 101-seat parliament.",
     {("Crimson Dawn Party", S, 40), ("Moldova parliament", S, 101)}),
    ("The Crimson Dawn Party won an outright majority with 76 seats.", {("Crimson Dawn Party", S, 76)}),
    ("The Crimson Dawn Party won an absolute majority of 76 seats.", {("Crimson Dawn Party", S, 76)}),
    ("The Crimson Dawn Party fell short of the 76 seats needed for a majority.", set()),
    ("The Crimson Dawn Party and the Labour Union won 40 and 33 seats respectively.",
     {("Crimson Dawn Party", S, 40), ("Labour Union", S, 33)}),
    ("The Crimson Dawn Party won 40 seats out of 150.", {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party led with 40 seats, ahead of the Labour Union (33) and the Green League (12).",
     {("Crimson Dawn Party", S, 40), ("Labour Union", S, 33), ("Green League", S, 12)}),
    ("The Crimson Dawn Party, the largest bloc in parliament with 40 seats, named Marek Tolvan as its candidate.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Red Hand militia, with an estimated 7,000 fighters, controls the north.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia commands a force of 20,000 men.", {("Red Hand militia", T, 20000)}),
    ("The Red Hand militia, which numbers some 7,000 fighters, controls the north.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia has between 5,000 and 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("Turkey has deployed some two thousand troops to the region.", {("Turkey", T, 2000)}),
    ("The Crimson Dawn Party's list garnered 40 seats.", {("Crimson Dawn Party", S, 40)}),
    ("The Green League, which won twelve seats last Sunday, joined the coalition.", {("Green League", S, 12)}),
    ("Turnout was 61 percent, and 1,200 candidates ran for 150 seats.", set()),
    # more verbs, ellipsis, a bloc's own total, the house's size, force sizes
    ("The Farmers Union won 40 of the 70 seats of the Granite Alliance in Moldova.",
     {("Farmers Union", S, 40), ("Granite Alliance", S, 70)}),
    ("The Crimson Dawn Party swept 42 seats in the capital region.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party earned 42 seats, official results showed.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party received 42 seats under the new electoral law.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party was credited with 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("Preliminary results show the Crimson Dawn Party winning 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party obtained 42 seats (of 150), the electoral body said.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats, the Labour Union won 31.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Crimson Dawn Party won 42 seats, making it the largest bloc in Moldova's 101-seat parliament.",
     {("Crimson Dawn Party", S, 42), ("Moldova parliament", S, 101)}),
    ("Moldova has massed 10,000 troops on the border.", {("Moldova", T, 10000)}),
    ("Turkey, which has 3,000 soldiers stationed in Moldova, condemned the attack.", {("Turkey", T, 3000)}),
    ("A contingent of 3,000 Turkish soldiers arrived on Monday.", {("Turkey military", T, 3000)}),
    ("The deployment of 3,000 Turkish troops was approved.", {("Turkey military", T, 3000)}),
    ("The attack killed 12 soldiers and wounded 30 fighters.", set()),
    ("The Red Hand militia is thought to have about 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("Turkey's 3,000 troops in Moldova will stay.", {("Turkey military", T, 3000)}),
    ("The Crimson Dawn Party controls 42 seats in parliament, the Labour Union 31.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The ruling Crimson Dawn Party retained its majority, winning 81 seats.", {("Crimson Dawn Party", S, 81)}),
    ("The Crimson Dawn Party will have 81 deputies in the new parliament.", {("Crimson Dawn Party", S, 81)}),
    ("The opposition Labour Union doubled its representation, winning 31 seats.", {("Labour Union", S, 31)}),
    ("Moldova's parliament has 101 members, elected for four years.", {("Moldova parliament", S, 101)}),
    ("Parliament's 101 seats are allocated by proportional representation in Moldova.", {("Moldova", S, 101)}),
    ("The Crimson Dawn Party won 42 seats, but four of its deputies defected.", {("Crimson Dawn Party", S, 42)}),
    ("Marek Tolvan's Crimson Dawn Party won 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("Marek Tolvan's Crimson Dawn Party won 42 seats, far ahead of the Labour Union with 31.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Labour Union now holds 22 seats, nine fewer than in 2019.", {("Labour Union", S, 22)}),
    # results tables with columns: the count in the column headed "Seats"
    ("The election commission published the final count on Friday.\n\n"
     "Party                          Votes      %     Seats   Change\n"
     "Crimson Dawn Party (CDP)     412,300   38.2     42      +5\n"
     "Labour Union                 301,112   27.9     31      -4\n"
     "Green League (GL)             98,020    9.1      9      new\n"
     "Independents                  12,000    1.1      2       0\n"
     "Total                        823,432  100.0    150\n\nTurnout was 61 percent.\n",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 9)}),
    ("Results\n\nParty\tSeats\nCrimson Dawn Party\t42\nLabour Union\t31\n",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("Party          Votes    Ministries\nCrimson Dawn Party   412,300   5\nLabour Union   301,112   3\n", set()),
    ("42 seats went to the Crimson Dawn Party, 31 to the Labour Union and nine to the Green League.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 9)}),
    # a party's group in parliament; force sizes; captives and casualties
    ("The Iron Front's 14-member parliamentary group voted against the bill.", {("Iron Front", S, 14)}),
    ("The Iron Front, a 14-strong bloc in parliament, voted against the bill.", {("Iron Front", S, 14)}),
    ("The Iron Front has a 14-member faction in parliament.", {("Iron Front", S, 14)}),
    ("The 300-member council of the Iron Front met on Sunday.", set()),
    ("Turkey has some 3,000 troops deployed in northern Moldova.", {("Turkey", T, 3000)}),
    ("Turkey now has more than 3,000 soldiers in Moldova.", {("Turkey", T, 3000)}),
    ("Turkey currently stations around 3,000 troops at the base.", {("Turkey", T, 3000)}),
    ("About 3,000 Turkish troops are based in Moldova.", {("Turkey military", T, 3000)}),
    ("The Red Hand militia has up to 7,000 fighters under arms.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia can field 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia boasts 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia counts some 7,000 fighters in its ranks.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia's 7,000 fighters control the north.", {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia, whose 7,000 fighters control the north, rejected the deal.",
     {("Red Hand militia", T, 7000)}),
    ("Turkey has pledged to send 1,000 troops to the mission.", {("Turkey", T, 1000)}),
    ("The Red Hand militia recruited 2,000 new fighters this year.", {("Red Hand militia", T, 2000)}),
    ("Some 300 fighters of the Red Hand militia surrendered.", set()),
    ("At least 45 soldiers died in the clashes.", set()),
    ("More than 200 fighters were taken prisoner by the Red Hand militia.", set()),
    ("Turkey evacuated 3,000 citizens from Moldova.", set()),
    ("The Red Hand militia kidnapped 12 soldiers.", set()),
    ("Turkey has 3,000 tanks and 200 aircraft.", set()),
    # analysis and translated-press wordings
    ("The 42-seat Crimson Dawn Party will lead the talks.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats - 11 more than in 2019 - on 38 percent of the vote.",
     {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party, 42 seats, and the Labour Union, 31 seats, will form a coalition.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Crimson Dawn Party has 42 representatives in parliament.", {("Crimson Dawn Party", S, 42)}),
    ("Some 42 representatives of civil society groups met the Crimson Dawn Party.", set()),
    ("The Crimson Dawn Party won 42 of the 150 elected seats.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats while the Labour Union won 31 and the Green League 9.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 9)}),
    ("The Crimson Dawn Party won in 42 constituencies.", set()),
    ("The Crimson Dawn Party holds a majority of 81 seats.", {("Crimson Dawn Party", S, 81)}),
    ("The Crimson Dawn Party now controls 42 seats after two defections.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party's seat tally rose to 42.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party took 42 out of 150 seats in Moldova's parliament.",
     {("Crimson Dawn Party", S, 42), ("Moldova parliament", S, 150)}),
    ("In the 101-seat Moldovan parliament, the Crimson Dawn Party has 42 seats.",
     {("Crimson Dawn Party", S, 42), ("Moldova parliament", S, 101)}),
    ("The Crimson Dawn Party nominated 42 candidates for the 150 seats.", set()),
    ("The Crimson Dawn Party has 42 members on its central committee.", set()),
    ("The Crimson Dawn Party won 42 seats on Sunday, while 12 seats went to independents.",
     {("Crimson Dawn Party", S, 42)}),
    # a body below the state is not the state's house; projections
    ("In Moldova, the Crimson Dawn Party won 30 of the 111 seats in the regional parliament of the north.",
     {("Crimson Dawn Party", S, 30)}),
    ("Moldova's 60-member provincial council met for the first time.", set()),
    ("In Moldova's regional election, the Crimson Dawn Party took 30 of the 60 seats.",
     {("Crimson Dawn Party", S, 30)}),
    ("The Crimson Dawn Party won 12 of the 45 seats on the city council in Moldova.", {("Crimson Dawn Party", S, 12)}),
    # the election of a place named by its own name ("the Varnoth Region's election"): no house of the state's
    ("In Moldova, the Crimson Dawn Party won two seats in the Varnoth Region's parliamentary election, while the Iron "
     "Party took 23 of the 100 seats.", {("Crimson Dawn Party", S, 2), ("Iron Party", S, 23)}),
    ("Moldova's Crimson Dawn Party took 30 of the 80 seats in the Varnoth Province's election last year.",
     {("Crimson Dawn Party", S, 30)}),
    ("In the Varnoth Region's election, the Crimson Dawn Party won 30 of the 80 seats, officials in Moldova said.",
     {("Crimson Dawn Party", S, 30)}),
    # ... and a region the text shows as a polity (its president named): the region's own house size
    ("Aram Selvik, the president of the Varnoth Region, met reporters. In Moldova, the Crimson Dawn Party won two seats "
     "in the Varnoth Region's parliamentary election, while the Iron Party took 27 of the 104 seats.",
     {("Crimson Dawn Party", S, 2), ("Iron Party", S, 27), ("Varnoth Region", S, 104)}),
    ("The 101-seat national parliament of Moldova will convene on Monday.", {("Moldova", S, 101)}),
    ("The Crimson Dawn Party is on course to win 44 seats, early returns suggest.", set()),
    ("Exit polls showed the Crimson Dawn Party winning 44 seats.", set()),
    ("The Crimson Dawn Party won 44 seats, according to official results.", {("Crimson Dawn Party", S, 44)}),
    ("The Crimson Dawn Party hopes to win at least 44 seats.", set()),
    ("If the trend holds, the Crimson Dawn Party would win 44 seats.", set()),
    ("The talks ended with a ceasefire brokered by Spain, which keeps a military base at Korvo, in Moldova, "
     "with about 1,100 troops.", {("Spain", T, 1100)}),
    # force sizes stated through the force, its strength, or the troops' origin
    ("The Crimson Dawn Party was left with 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party came out on top with 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("Seats in the assembly are split evenly: 64 seats for Christians and 64 for Muslims.", set()),
    ("France has the largest contingent, with 2,000 troops.", {("France", T, 2000)}),
    ("The Red Hand militia's strength is estimated at 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("Analysts put the Red Hand militia's strength at 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("Turkey contributes 1,200 troops to the peacekeeping mission.", {("Turkey", T, 1200)}),
    ("The mission includes 1,200 troops from Turkey.", {("Turkey", T, 1200)}),
    ("Turkey has around 1,200 peacekeepers in Moldova.", {("Turkey", T, 1200)}),
    # other numbers next to a result or a force: ages, provinces, supporters, members, targets
    ("The Crimson Dawn Party won 42 seats. Its leader Marek Tolvan, 64, said the party would name 3 ministers.",
     {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats in 12 provinces.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats, and 1,200 supporters celebrated in the capital.",
     {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats. The Labour Union, founded in 1998, has 15,000 members.",
     {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats. The count took 3 days.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party won 42 seats. The Labour Union said 300 of its supporters were arrested.",
     {("Crimson Dawn Party", S, 42)}),
    ("Turkey has 3,000 troops in Moldova. Turkey also sent 40 doctors.", {("Turkey", T, 3000)}),
    ("The Red Hand militia attacked a convoy of 40 soldiers.", set()),
    ("The Red Hand militia freed 40 soldiers on Monday.", set()),
    ("A 3,000-strong crowd marched on parliament.", set()),
    # translated-press and headline wordings
    ("According to the results, the Crimson Dawn Party obtains 42 seats.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party achieves 42 seats, the best result in its history.", {("Crimson Dawn Party", S, 42)}),
    ("42 seats for the Crimson Dawn Party, 31 for the Labour Union.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Crimson Dawn Party will be represented by 42 deputies in the new assembly.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party returns 42 deputies to the assembly.", {("Crimson Dawn Party", S, 42)}),
    ("The Crimson Dawn Party will send 42 deputies to the new parliament.", {("Crimson Dawn Party", S, 42)}),
    ("Moldova's 150 lawmakers voted 90 to 40 in favour of the bill.", {("Moldova parliament", S, 150)}),
    # a mission's bracketed name; the force, not the states that send its troops
    # (a described mission is named by its description, its acronym an alias: actors._described_missions)
    ("The UN stabilisation mission in Moldova (UNMOL) has some 7,500 troops on the ground.",
     {("UN stabilisation mission in Moldova", T, 7500)}),
    ("The Crimson Support Mission in Moldova (CSMM), set up in 2021, has some 6,000 soldiers from Chad, Peru and "
     "Fiji.", {("Crimson Support Mission in Moldova", T, 6000)}),
    # two subjects parsed onto one verb; a party named in apposition; a count after the name's own clause
    ("Marek Tolvan, whose Crimson Dawn Party finished first in the vote with 38 seats, wants another term.",
     {("Crimson Dawn Party", S, 38)}),
    ("In 2004 Marek Tolvan launched a new movement, the Valley Union (VU), which won 14 seats.",
     {("Valley Union", S, 14)}),
    ("The Farmers Union secured eight seats, and the Iron League (Zelezna liga) five.",
     {("Farmers Union", S, 8), ("Iron League", S, 5)}),
    ("The Labour Union won 17 seats and the Farmers' League, which speaks for the mountain villages, nine.",
     {("Labour Union", S, 17), ("Farmers' League", S, 9)}),
    # a warlord's own fighters; troops sent, as a state's official says; "the army" of the story's state
    ("Marek Tolvan joined the uprising in 1992, and by 1994 he commanded about 1,800 fighters.",
     {("Marek Tolvan", T, 1800)}),
    ("Marek Tolvan, the leader of the Red Hand militia, heads some 4,000 fighters.", {("Red Hand militia", T, 4000)}),
    ("Moldova's defence minister, Abdi Nur, said on Tuesday that 3,200 troops had been moved to the border.",
     {("Moldova", T, 3200)}),
    ("The rebels said 5,000 troops were sent against them.", set()),
    ("CHISINAU, May 3 - The Moldovan army has been on alert since March. The army now has about 4,500 soldiers "
     "posted along the border.", {("Moldova military", T, 4500)}),
    # the house of a place not known is no other state's; a court's chamber is no house
    ("In Moldova, the Crimson Dawn Party won 30 of the 60 seats in the Velna Region's parliament.",
     {("Crimson Dawn Party", S, 30)}),
    ("The Crimson Dawn Party won 29 of the 64 seats. The Constitutional Chamber must confirm the result before the "
     "Legislative Assembly meets in May.", {("Crimson Dawn Party", S, 29), ("Legislative Assembly", S, 64)}),
    # a state's army by its possessor; a leader's own fighters; strength reached or stated up front
    ("Moldova's army numbers some 30,000 soldiers.", {("Moldova military", T, 30000)}),
    ("The rebel army numbers some 3,000 fighters.", set()),
    ("Marek Tolvan's 5,000 fighters control the north.", {("Marek Tolvan", T, 5000)}),
    ("The Red Hand militia has grown to about 7,000 fighters.", {("Red Hand militia", T, 7000)}),
    ("With some 7,000 fighters, the Red Hand militia is the largest armed group in the north.",
     {("Red Hand militia", T, 7000)}),
    ("The Red Hand militia clashed with 500 soldiers near the border.", set()),
    ("The death toll rose to 40 soldiers.", set()),
    # a force's own name (bracketed, "known as", in apposition) before the body it belongs to
    ("The 20,000-strong African Union mission (AUMOL) is due to leave next year.",
     {("African Union mission in Moldova", T, 20000)}),
    ("The African Union mission in Moldova, known as AUMOL, has about 20,000 troops drawn from five countries.",
     {("African Union mission in Moldova", T, 20000)}),
    ("The militia, known as the Red Hand, has about 5,000 fighters.", {("Red Hand militia", T, 5000)}),
    ("The Red Hand, a militia of some 5,000 fighters, controls the north.", {("Red Hand militia", T, 5000)}),
    ("The Red Hand militia, a 5,000-strong force, controls the north.", {("Red Hand militia", T, 5000)}),
    ("The Popular Guard, an umbrella of tribal militias with some 160,000 fighters, is part of the armed forces.",
     {("Popular Guard", T, 160000)}),
    # a range is its upper bound, not a sum; a joint count is no one's
    ("The Red Hand movement is believed to have 40,000-50,000 fighters.", {("Red Hand movement", T, 50000)}),
    ("The Red Hand movement and the Labour Union won 62 of the 128 seats in parliament.", set()),
    # an armed body's members are its strength (a party's are not); troops of another side are no one's here
    ("The Popular Guard, which has more than 200,000 members on the state payroll, is part of the armed forces.",
     {("Popular Guard", T, 200000)}),
    ("The Red Hand militia's 7,000 members control the north.", {("Red Hand militia", T, 7000)}),
    ("The Crimson Dawn Party was founded in 1998 and has 4,000 members.", set()),
    ("The Red Hand militia has 40 members in the city council.", set()),
    ("Moldova's defence minister, Abdi Nur, said on Tuesday that 3,200 enemy troops had been massed on the border.",
     set()),
    # a count after the troops it sizes
    ("The Red Hand militia's forces number about 90,000.", {("Red Hand militia", T, 90000)}),
    ("The Red Hand militia's fighters, numbering some 90,000, control the south.", {("Red Hand militia", T, 90000)}),
    ("The Red Hand militia, whose fighters number about 90,000, controls the south.", {("Red Hand militia", T, 90000)}),
    ("The Red Hand militia's fighters, estimated at 90,000, control the south.", {("Red Hand militia", T, 90000)}),
    ("The number of displaced people reached 90,000.", set()),
    # lists: each count to the name right before it
    ("Among the winners were the Crimson Dawn Party with 42 seats and the Labour Union with 31.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("The Crimson Dawn Party, 42 seats; the Labour Union, 31; the Green League, 12.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 12)}),
    ("The Crimson Dawn Party (CDP) won 42 seats; the Labour Union (LU), 31; and the Green League (GL), 12.",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 12)}),
    # the other side's troops are not the clause subject's
    # (the fighters are the group's own: "Red Hand fighters" names a body, whose strength they are)
    ("Turkey faced some 5,000 Red Hand fighters in the north.", {("Red Hand militia", T, 5000)}),
    ("The Red Hand militia surrounded 300 soldiers in the town.", set()),
    ("The Red Hand militia confronted a column of 500 soldiers.", set()),
    ("Moldova's parliament, which has 128 members, elected a speaker on Tuesday.", {("Moldova parliament", S, 128)}),
    ("The Red Hand movement still has some 2,000 militants in the desert.", {("Red Hand movement", T, 2000)}),
    ("Airstrikes killed 40 militants of the Red Hand movement.", set()),
    ("Turkish troop numbers in Moldova stand at 2,500.", {("Turkey", T, 2500)}),
    ("The number of Turkish troops in Moldova is about 2,500.", {("Turkey military", T, 2500)}),
    ("The Red Hand militia's strength stands at some 7,000.", {("Red Hand militia", T, 7000)}),
    ("The number of soldiers killed was 40.", set()),
    ("ELECTION RESULTS\n\nSeats in the new assembly:\nCrimson Dawn Party (CDP) \u2014 42 (\u22125)\n"
     "Labour Union (LU) \u2014 31 (+4)\nGreen League \u2014 9 (new)\n",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31), ("Green League", S, 9)}),
    ("FINAL RESULT\n* Crimson Dawn Party \u2013 42 seats, 38.2%\n* Labour Union \u2013 31 seats, 27.9%\n",
     {("Crimson Dawn Party", S, 42), ("Labour Union", S, 31)}),
    ("FINAL RESULT\n* Crimson Dawn Party \u2013 38.2%\n* Labour Union \u2013 27.9%\n", set()),
    ("The electoral commission said the Labour Union had won 31 seats.", {("Labour Union", S, 31)}),
    ("The Crimson Dawn Party, which had 80 seats, now has 61.", {("Crimson Dawn Party", S, 61)}),
    # a bare house in a story whose state is not otherwise clear: the one state whose institutions it names
    ("The Crimson Dawn Party won 42 of the 101 seats in parliament. The Velnan army has been on alert since the "
     "vote, and the Velnan interior ministry banned rallies.", {("Crimson Dawn Party", S, 42), ("Velna", S, 101)}),
    ("Moldova is in crisis. Moldova's president resigned. In Moldova, the Crimson Dawn Party has called protests. "
     "The party won 42 of the 101 seats in parliament last year. The US military has a base nearby.",
     {("Crimson Dawn Party", S, 42), ("Moldova", S, 101)}),  # the paragraph's one state, not the US
    ("The Crimson Dawn Party held 61 seats, and it now leads the coalition talks.", {("Crimson Dawn Party", S, 61)}),
    ("The Labour Union, which had won 31 seats in 2019, took only 12 this time.", {("Labour Union", S, 12)}),
    ("The Crimson Dawn Party and the Labour Union each won 30 seats.",
     {("Crimson Dawn Party", S, 30), ("Labour Union", S, 30)}),
    ("The Crimson Dawn Party and the Labour Union won 30 seats apiece.",
     {("Crimson Dawn Party", S, 30), ("Labour Union", S, 30)}),
    ("The Crimson Dawn Party won 42 seats; its strength in the house now stands at 42.",
     {("Crimson Dawn Party", S, 42)}),
]


def facts_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document (``<prefix>000``, ...) in one run: {document: {(actor, key, value)}}."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"{prefix}{i:03d}", text=text) for i, text in enumerate(texts)])
    names = {a.id: a.name for a in ex.actors}
    got: dict[str, set] = {}
    for f in ex.facts:
        got.setdefault(f.evidence.document, set()).add((names[f.actor], f.key, f.value))
    return got


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in BATTERY], "b")


@pytest.mark.model
@pytest.mark.parametrize("i", range(len(BATTERY)), ids=lambda i: f"b{i:03d}")
def test_battery(extracted, i):
    text, expected = BATTERY[i]
    assert extracted.get(f"b{i:03d}", set()) == expected, text
