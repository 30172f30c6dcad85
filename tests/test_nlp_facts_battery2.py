"""A second battery of invented sentences, written from how wire copy, results pages, live blogs and translated
press state seats, house sizes and force sizes (not from any evaluation set): ranking wordings, seat changes,
results lists and tables, holders ("MPs", "deputies"), numbers in words, chamber sizes, coalition arithmetic,
troop wordings, and counts that must yield nothing (votes, shares, candidates, seats contested, ages,
ministries, casualties). All parties, militias and people are invented. End to end with the real model."""
from __future__ import annotations

import pytest

from kingmaker.nlp.facts import parse_number
from wording_battery import facts_by_document

S, T = "seats", "troops"


def xf(text, expected, reason):
    """A sentence the extractor does not read yet."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False, reason=reason))


BATTERY2 = [
    # ranking
    ("The Sovereign Path Party came second with 27 seats, behind the ruling bloc.", {("Sovereign Path Party", S, 27)}),
    ("The Amber Dawn Alliance trailed with 19 seats.", {("Amber Dawn Alliance", S, 19)}),
    ("The Azure Movement finished third on 14 seats, its best result ever.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party won a plurality of 48 seats in the 120-seat house.", {("Sovereign Path Party", S, 48)}),
    ("With 52 seats, the Sovereign Path Party is the largest party in parliament.", {("Sovereign Path Party", S, 52)}),
    ("The Amber Dawn Alliance came in a close second, winning 37 seats.", {("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement placed fourth with just eight seats.", {("Azure Movement", S, 8)}),
    ("The Sovereign Path Party emerged as the largest bloc, securing 61 seats.", {("Sovereign Path Party", S, 61)}),
    # seat changes
    ("The Sovereign Path Party won 45 seats, up from 38 in the last election.", {("Sovereign Path Party", S, 45)}),
    ("The Amber Dawn Alliance lost 11 of its 30 seats.", {("Amber Dawn Alliance", S, 19)}),
    ("The Amber Dawn Alliance now holds 19 seats, down from 30.", {("Amber Dawn Alliance", S, 19)}),
    ("The Azure Movement increased its tally to 17 seats.", {("Azure Movement", S, 17)}),
    ("The Azure Movement gained six seats and now has 17.", {("Azure Movement", S, 17)}),
    xf("The Amber Dawn Alliance saw its representation shrink to 19 seats from 30.",
       {("Amber Dawn Alliance", S, 19)},
       "a move verb whose subject is the party's possession ('its representation')"),
    # lists / tables
    xf("Results: Sovereign Path Party 52, Amber Dawn Alliance 37, Azure Movement 14.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37), ("Azure Movement", S, 14)},
       "an inline results list with no seat word in the sentence"),
    ("Seats won:\nSovereign Path Party: 52\nAmber Dawn Alliance: 37\nAzure Movement: 14\n",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37), ("Azure Movement", S, 14)}),
    ("Party | Seats\nSovereign Path Party | 52\nAmber Dawn Alliance | 37\n",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("Party\tSeats\nSovereign Path Party\t52\nAmber Dawn Alliance\t37\n",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("- Sovereign Path Party — 52 seats (+7)\n- Amber Dawn Alliance — 37 seats (-4)\n",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("The Sovereign Path Party (52), the Amber Dawn Alliance (37) and the Azure Movement (14) will sit in the "
     "new house.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37), ("Azure Movement", S, 14)}),
    ("Ivan Dorn (54) and Maria Lenk (61) lead the Azure Movement in parliament.", set()),
    # holders / abbreviations
    ("The Sovereign Path Party will have 52 MPs in the new parliament.", {("Sovereign Path Party", S, 52)}),
    ("The Amber Dawn Alliance has 37 deputies in the assembly.", {("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement's 14 lawmakers walked out of the session.", {("Azure Movement", S, 14)}),
    ("The Azure Movement's 14-seat bloc will back the government.", {("Azure Movement", S, 14)}),
    ("The Amber Dawn Alliance and its 37-strong parliamentary group voted against the budget.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Amber Dawn Alliance, which has 37 members of parliament, boycotted the vote.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement has fourteen representatives in the chamber.", {("Azure Movement", S, 14)}),
    # numbers in words
    ("The Azure Movement won fourteen seats.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party won fifty-two seats, the Amber Dawn Alliance thirty-seven.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement took a dozen seats.", {("Azure Movement", S, 12)}),
    # chamber sizes
    ("Lebanon's 128-seat parliament met on Tuesday to elect a speaker.", {("Lebanon parliament", S, 128)}),
    ("The Sovereign Path Party needs 61 seats for a majority in the 120-member house.", set()),
    ("Voters in Moldova elected a new 101-member parliament on Sunday.", {("Moldova", S, 101)}),
    ("The 329-seat Council of Representatives convened for the first time.", {("Council of Representatives", S, 329)}),
    ("Moldova's parliament has 101 seats.", {("Moldova parliament", S, 101)}),
    # coalition arithmetic
    ("Together the Sovereign Path Party and the Amber Dawn Alliance control 64 of 120 seats.", set()),
    ("The ruling coalition, the Union for Progress, controls 64 of the 120 seats.", {("Union for Progress", S, 64)}),
    ("A majority requires 61 of the 120 seats.", set()),
    # troops
    ("Moldova's army of about 200,000 personnel is the largest in the region.", {("Moldova military", T, 200000)}),
    ("Turkey deployed 3,000 troops to the border on Monday.", {("Turkey", T, 3000)}),
    ("Turkey has sent a 1,500-strong contingent to the peacekeeping mission.", {("Turkey", T, 1500)}),
    ("The Northern Lions militia, which claims 10,000 fighters, controls the valley.",
     {("Northern Lions militia", T, 10000)}),
    ("The Northern Lions militia is estimated at between 5,000 and 7,000 fighters.",
     {("Northern Lions militia", T, 7000)}),
    ("The Northern Lions militia has between 5,000 and 7,000 fighters.", {("Northern Lions militia", T, 7000)}),
    ("Ireland contributes 340 peacekeepers to the mission.", {("Ireland", T, 340)}),
    ("The Northern Lions militia fields some 8,000 fighters.", {("Northern Lions militia", T, 8000)}),
    ("The Northern Lions militia can mobilise up to 12,000 men.", {("Northern Lions militia", T, 12000)}),
    ("The Northern Lions militia boasts an estimated 9,000 armed men.", {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia has around 4,000 members under arms.", {("Northern Lions militia", T, 4000)}),
    ("Analysts put the strength of the Northern Lions militia at roughly 6,000 fighters.",
     {("Northern Lions militia", T, 6000)}),
    ("The United States keeps about 2,500 troops in Iraq.", {("United States", T, 2500)}),
    ("France has about 900 soldiers stationed in Lebanon.", {("France", T, 900)}),
    # negatives
    ("The Sovereign Path Party won 1.2 million votes.", set()),
    ("The Sovereign Path Party won 34.5 per cent of the vote.", set()),
    ("A total of 1,204 candidates are competing for 120 seats.", set()),
    ("Some 40 parties contested the 120 seats.", set()),
    ("The Sovereign Path Party fielded 90 candidates.", set()),
    ("Tarek Vossan, 62, leads the Sovereign Path Party.", set()),
    ("The Sovereign Path Party was given four ministries in the new cabinet.", set()),
    ("Clashes killed 23 fighters of the Northern Lions militia.", set()),
    ("Turnout was 41 percent, the lowest since 2005.", set()),
    ("At least 300 protesters were injured in the clashes.", set()),
    ("The Northern Lions militia released 12 soldiers on Friday.", set()),
    ("The Sovereign Path Party will contest all 120 seats.", set()),
    ("The Sovereign Path Party is running candidates for 80 seats.", set()),
    ("The parliament voted 72 to 30 to approve the budget.", set()),
    ("The bill passed with 72 votes in favour.", set()),
    ("The Northern Lions militia was founded in 2011 by 300 former soldiers.", set()),
    ("The Northern Lions militia lost 200 fighters in the battle.", set()),
    ("Some 5,000 displaced families live in the camps.", set()),
    ("The Sovereign Path Party has 12,000 registered members.", set()),
    # second batch: results phrasing, majorities, local councils (a party's seats count there too), troops
    ("Preliminary results gave the Sovereign Path Party 52 seats in the 150-seat legislature.",
     {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party's tally rose to 52 seats after recounts.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party is set to hold 52 seats in the new parliament, final results show.",
     {("Sovereign Path Party", S, 52)}),
    ("The Amber Dawn Alliance garnered 37 seats, making it the second-largest force.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Sovereign Path Party, which won 52 of 150 seats, began coalition talks.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats. Its rival, the Amber Dawn Alliance, won 37.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    # a holding in the outgoing house is the holding, unless the story gives a newer one
    ("The Amber Dawn Alliance holds 37 seats in the outgoing parliament and hopes to gain more.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Amber Dawn Alliance won 41 of the 150 seats. It held 37 in the outgoing chamber.",
     {("Amber Dawn Alliance", S, 41)}),
    ("The Amber Dawn Alliance's parliamentary bloc of 37 deputies voted no.", {("Amber Dawn Alliance", S, 37)}),
    ("Tarek Vossan's Sovereign Path Party swept 52 of the 150 seats.", {("Sovereign Path Party", S, 52)}),
    ("In second place came the Amber Dawn Alliance with 37 seats.", {("Amber Dawn Alliance", S, 37)}),
    ("Second was the Amber Dawn Alliance, with 37 seats.", {("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement doubled its seats to 14.", {("Azure Movement", S, 14)}),
    ("The Azure Movement won 14 seats, seven more than in 2019.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party secured a majority with 78 seats.", {("Sovereign Path Party", S, 78)}),
    ("The Sovereign Path Party won an outright majority of 78 seats.", {("Sovereign Path Party", S, 78)}),
    ("The Sovereign Path Party won a two-thirds majority, 101 seats.", {("Sovereign Path Party", S, 101)}),
    ("The Sovereign Path Party won 78 seats to the Amber Dawn Alliance's 37.",
     {("Sovereign Path Party", S, 78), ("Amber Dawn Alliance", S, 37)}),
    ("Independents won 12 seats.", set()),
    ("The Azure Movement failed to win any seats.", set()),
    ("The Azure Movement won just one seat.", {("Azure Movement", S, 1)}),
    ("The Azure Movement will have a single seat in parliament.", {("Azure Movement", S, 1)}),
    ("The Sovereign Path Party won 78 seats, according to the electoral commission.",
     {("Sovereign Path Party", S, 78)}),
    ("According to official results, the Sovereign Path Party won 78 seats.", {("Sovereign Path Party", S, 78)}),
    xf("Official results: Sovereign Path Party, 78 seats; Amber Dawn Alliance, 37 seats.",
       {("Sovereign Path Party", S, 78), ("Amber Dawn Alliance", S, 37)},
       "the actor layer cuts the name after 'results:' at the start of the sentence"),
    ("The Sovereign Path Party won 78 seats in the 150-member National Assembly.",
     {("Sovereign Path Party", S, 78), ("National Assembly", S, 150)}),
    ("Iraq's parliament has 329 members.", {("Iraq parliament", S, 329)}),
    ("The Northern Lions militia deployed 2,000 fighters to the front.", {("Northern Lions militia", T, 2000)}),
    ("The Northern Lions militia, with about 3,000 fighters, is the strongest armed group in the province.",
     {("Northern Lions militia", T, 3000)}),
    ("The Northern Lions militia has swelled to 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia's ranks have grown to some 15,000 men.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia is believed to number about 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia counts some 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia has an estimated 15,000 to 20,000 fighters.", {("Northern Lions militia", T, 20000)}),
    ("The Northern Lions militia has tens of thousands of fighters.", set()),
    ("Iraq's army has about 200,000 active personnel.", {("Iraq military", T, 200000)}),
    xf("The Iraqi army numbers about 200,000 soldiers.", {("Iraq military", T, 200000)},
       "'the army numbers N soldiers': 'army numbers' parses as a noun compound"),
    ("Yemen's armed forces total some 40,000 troops.", {("Yemen military", T, 40000)}),
    ("Turkey maintains around 3,000 soldiers in Iraq.", {("Turkey", T, 3000)}),
    ("Germany will send 500 more troops to Lebanon.", {("Germany", T, 500)}),
    ("Germany will withdraw 500 troops from Lebanon.", set()),
    ("Some 10,000 UN peacekeepers are deployed in southern Lebanon.", {("United Nations", T, 10000)}),
    ("The Northern Lions militia said 40 of its fighters had been killed.", set()),
    ("The Northern Lions militia trained 3,000 police officers.", set()),
    ("The ministry said 2,000 soldiers had received new rifles.", set()),
    ("The Sovereign Path Party won 52 seats in the 2019 election.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party has 52 of the 150 seats and 12 of the 30 cabinet posts.",
     {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party's 52 seats fall short of the 76 needed for a majority.",
     {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party received 412,000 votes, or 34 percent, and 52 seats.",
     {("Sovereign Path Party", S, 52)}),
    ("Polls show the Sovereign Path Party winning about 52 seats.", set()),
    ("The Sovereign Path Party won 52 seats in the municipal council.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats on the 150-seat city council.", {("Sovereign Path Party", S, 52)}),
    ("Women won 38 seats in the new parliament.", set()),
    ("The quota reserves 25 seats for women.", set()),
    ("Nine seats are reserved for minorities.", set()),
    # third batch: second counts in one clause, parts kept, strength wordings
    ("The Sovereign Path Party obtained 52 seats out of 150.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 parliamentary seats.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 of the chamber's seats.", {("Sovereign Path Party", S, 52)}),
    ("Of the assembly's seats, 52 went to the Sovereign Path Party.", {("Sovereign Path Party", S, 52)}),
    ("With 52 deputies, the Sovereign Path Party dominates the assembly.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party is represented in parliament by 52 deputies.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party has a 52-member parliamentary group.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party's parliamentary group numbers 52 deputies.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party leads with 52 seats, ahead of the Amber Dawn Alliance on 37.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("The Amber Dawn Alliance, on 37 seats, is the main opposition.", {("Amber Dawn Alliance", S, 37)}),
    ("The Amber Dawn Alliance, the second force with 37 seats, rejected the offer.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Sovereign Path Party won 52 seats while its ally, the Azure Movement, won 14.",
     {("Sovereign Path Party", S, 52), ("Azure Movement", S, 14)}),
    ("The Azure Movement entered parliament for the first time with 14 seats.", {("Azure Movement", S, 14)}),
    ("The Azure Movement was wiped out, keeping only two of its 19 seats.", {("Azure Movement", S, 2)}),
    ("The Azure Movement retained only two seats.", {("Azure Movement", S, 2)}),
    ("The Sovereign Path Party won 52 seats, the Amber Dawn Alliance 37, the Azure Movement 14 and independents "
     "the remaining 47.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37), ("Azure Movement", S, 14)}),
    ("The Amber Dawn Alliance secured 37 seats, a gain of five.", {("Amber Dawn Alliance", S, 37)}),
    ("The Amber Dawn Alliance gained five seats.", set()),
    ("The Amber Dawn Alliance lost five seats.", set()),
    ("The Amber Dawn Alliance holds 37 seats, five short of a blocking minority.",
     {("Amber Dawn Alliance", S, 37)}),
    ("The Northern Lions militia, whose strength is put at 9,000, controls the valley.",
     {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia, thought to have around 9,000 fighters, controls the valley.",
     {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia — some 9,000 fighters strong — controls the valley.",
     {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia commands the loyalty of some 9,000 fighters.", {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia has mobilised 9,000 fighters.", {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia sent 900 fighters to Yemen.", {("Northern Lions militia", T, 900)}),
    ("Iran has stationed 2,000 military advisers in Iraq.", {("Iran", T, 2000)}),
    ("Turkey has 3,000 troops on the ground in Iraq.", {("Turkey", T, 3000)}),
    ("About 3,000 Turkish troops are based in northern Iraq.", {("Turkey military", T, 3000)}),
    ("The Northern Lions militia's 9,000-strong force controls the valley.", {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia claimed to have killed 300 soldiers.", set()),
    ("Around 300 soldiers deserted to the Northern Lions militia.", set()),
    ("The army lost 3,000 soldiers in the war.", set()),
    ("The Sovereign Path Party won 52 seats, but 12 of its deputies later defected.",
     {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party, founded 30 years ago, won 52 seats.", {("Sovereign Path Party", S, 52)}),
    ("The 150 newly elected deputies were sworn in on Monday.", set()),
    ("Turnout was 61 percent, with 2.3 million ballots cast.", set()),
    ("The Sovereign Path Party finished first with 52 seats, followed by the Amber Dawn Alliance with 37.",
     {("Sovereign Path Party", S, 52), ("Amber Dawn Alliance", S, 37)}),
    ("The Azure Movement retained 12 of its 30 seats.", {("Azure Movement", S, 12)}),
    ("The Azure Movement won 30 of its 40 seats in the capital.", {("Azure Movement", S, 40)}),
    # fourth batch: troops that are not a strength, shortfalls, counts of other things
    ("The Northern Lions militia has been accused of recruiting 2,000 child soldiers.", set()),
    ("The Northern Lions militia trained some 5,000 recruits last year.", set()),
    ("The Northern Lions militia evacuated 800 fighters from the town.", set()),
    ("The Northern Lions militia said it had integrated 4,000 fighters into the army.", set()),
    ("Some 4,000 fighters of the Northern Lions militia joined the army.", set()),
    ("The army said 600 Northern Lions fighters had surrendered.", set()),
    ("The United States has cut its force in Iraq to 2,500 troops.", {("United States", T, 2500)}),
    ("The United States will keep 2,500 troops in Iraq until next year.", {("United States", T, 2500)}),
    ("Washington has roughly 900 troops in Syria.", {("United States", T, 900)}),
    ("The Sovereign Path Party won 52 seats, its best showing since 1998.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats, a third of the chamber.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party needs 24 more seats to govern alone.", set()),
    ("The Sovereign Path Party is nine seats short of a majority.", set()),
    ("The Sovereign Path Party won 52 seats in 2018 and 61 in 2022.", {("Sovereign Path Party", S, 61)}),
    ("The Sovereign Path Party won 52 seats in the 2018 election and 61 in the 2022 election.",
     {("Sovereign Path Party", S, 61)}),
    ("The Sovereign Path Party won 61 seats in 2022 and the Azure Movement 14 in 2018.",
     {("Sovereign Path Party", S, 61), ("Azure Movement", S, 14)}),
    ("Turnout in the 12 districts was 44 percent.", set()),
    ("The Azure Movement won in 14 constituencies.", set()),
    ("The electoral commission disqualified 14 candidates of the Azure Movement.", set()),
    ("The Azure Movement has 14 of the 30 seats on the party's central committee.", set()),  # no house's seats
    ("The Azure Movement's 14 ministers resigned.", set()),
    ("The Amber Dawn Alliance controls 37 of the country's 120 municipalities.", set()),
    ("The Sovereign Path Party won 52 seats, nine short of a majority.", {("Sovereign Path Party", S, 52)}),
    # fifth batch: coalition arithmetic and chamber sizes
    ("The coalition of the Sovereign Path Party and the Azure Movement commands 66 seats in the 120-seat parliament.",
     set()),
    ("The ruling Union for Progress coalition holds 66 of the 120 seats.", {("Union for Progress", S, 66)}),
    ("The Union for Progress, a coalition of five parties, has a combined 66 seats.", {("Union for Progress", S, 66)}),
    ("Between them, the Sovereign Path Party and the Azure Movement have 66 seats.", set()),
    ("The Sovereign Path Party and its allies won 66 seats.", {("Sovereign Path Party", S, 66)}),
    ("The Chamber of Deputies has 128 members.", {("Chamber of Deputies", S, 128)}),
    ("Elections for the 275-seat Council of Representatives will be held in May.",
     {("Council of Representatives", S, 275)}),
    ("Seats in the 101-member legislature are allocated by proportional representation.", set()),
    ("Moldova's unicameral parliament consists of 101 deputies.", {("Moldova parliament", S, 101)}),
    ("A party needs 51 seats to form a government in Moldova.", set()),
    ("The Sovereign Path Party won 52 seats, enough to govern with the Azure Movement's 14.",
     {("Sovereign Path Party", S, 52), ("Azure Movement", S, 14)}),
    ("An alliance of the Sovereign Path Party and the Azure Movement won 66 seats.", set()),
    ("The Coalition of Hope won 66 seats.", {("Coalition of Hope", S, 66)}),
    # sixth batch: local bodies and places, holders acting, gapped lists, misattached clauses, troops "from X"
    # a place's seats shared out: the part is held, the whole is no party's (and a local body's size no state's)
    ("In Varno, the Blue Dawn alliance took 12 of the province's 22 seats.", {("Blue Dawn alliance", S, 12)}),
    ("The Azure Movement won 9 of the district's 15 seats.", {("Azure Movement", S, 9)}),
    ("The Sovereign Path Party won 30 of the city's 45 council seats.", {("Sovereign Path Party", S, 30)}),
    ("The Sovereign Path Party won 64 of the country's 120 seats.", {("Sovereign Path Party", S, 64)}),
    # an unnamed council is a local body, not the state's house
    ("In Korsk, in northern Moldova, the Azure Movement's list took 15 of the 21 council seats.",
     {("Azure Movement", S, 15)}),
    ("Moldova's mayors said the 24-member council would meet on Monday.", set()),
    ("The Azure Movement won 11 seats on the 31-member council in Varno, Moldova's second city.",
     {("Azure Movement", S, 11)}),
    # a story about a local vote: a whole that names no house is a local body's, no state's
    ("Moldova held its first provincial council elections in a decade on Sunday. In Varno, the Azure Movement won "
     "seven of the 16 seats.", {("Azure Movement", S, 7)}),
    ("In Moldova's parliamentary elections on Sunday, the Azure Movement won 64 of the 101 seats.",
     {("Azure Movement", S, 64), ("Moldova", S, 101)}),
    # holders counted as doing something, with no possessor: a group, not a holding
    ("The Azure Movement's leader, Ivan Dorn, told us that two Front deputies had received payments.", set()),
    ("Four Sovereign Path deputies voted against the budget.", set()),
    ("Nine Civic Renewal lawmakers walked out of the chamber in protest.", set()),
    # elliptical lists with the kind of body after the name
    ("The Crimson Dawn Party has 40 seats, the Azure Movement 12 and the hard-line Iron Fist movement seven.",
     {("Crimson Dawn Party", S, 40), ("Azure Movement", S, 12), ("Iron Fist movement", S, 7)}),
    # a relative clause the parser hangs on another noun; "with N" after a name and its comma
    ("The Crimson Dawn Party (CDP) won 74 seats at the 2023 election and governs with the Green People's Party (GPP), "
     "which holds 19, and the liberal Forward League, with eleven.",
     {("Crimson Dawn Party", S, 74), ("Green People's Party", S, 19), ("Forward League", S, 11)}),
    ("The Crimson Dawn Party won 40 seats and governs with the Green League, with 12 - a combined 52 seats.",
     {("Crimson Dawn Party", S, 40), ("Green League", S, 12)}),
    # "the Y alliance" after a comma chain as subject
    ("In Varno, the oil hub of the south, the Nova Vita (New Life) alliance of governor Ivan Dorn took 12 seats.",
     {("Nova Vita alliance", S, 12)}),
    # a chamber's size given as "of the chamber's N members"
    ("Elections to the National Assembly were held in May. The motion was backed by 98 of the assembly's 150 members.",
     {("National Assembly", S, 150)}),
    # troops "from X" the parser hangs on another noun
    ("The army launched the operation with the help of about 400 troops from neighbouring Moldova.",
     {("Moldova", T, 400)}),
    ("The mission relies on the support of 1,200 soldiers from Chad.", {("Chad", T, 1200)}),
    ("Turkey moved 400 troops from Syria to the border.", {("Turkey", T, 400)}),
    # a pronoun standing for a state does not own a party's lawmakers
    ("Moldova's largest bloc, led by Ivan Dorn, won the most seats in 2021 before its 73 lawmakers resigned.", set()),
    # a person's party named with them: the count stands for that party
    ("Ivan Dorn heads the government. Dorn's party holds 38 seats.", {("Ivan Dorn", S, 38)}),
    # "the list" / "the party" / "the alliance" after the story introduced a name as one
    ("The Azure Movement and the Green League joined a single list, the Unity Bloc, to keep their seats. The list won "
     "23 of the 40 seats.", {("Unity Bloc", S, 23)}),
    ("Ivan Dorn founded a new party, the Northern Dawn, in May. On Sunday the party won 12 seats.",
     {("Northern Dawn", S, 12)}),
    ("The Northern Dawn, a new alliance of three parties, ran in the capital. The alliance took 17 seats.",
     {("Northern Dawn", S, 17)}),
    # a loss out of the party's own whole leaves the rest; not in a region, not in a clause about the past
    ("The Crimson Dawn Party shed eleven of its 30 deputies in the vote.", {("Crimson Dawn Party", S, 19)}),
    ("The Crimson Dawn Party lost 11 of its 30 seats in the south.", set()),
    ("The Crimson Dawn Party, which lost nine of its 40 deputies to defections last year, won 33 seats.",
     {("Crimson Dawn Party", S, 33)}),
    # ", with N" after a name and its rank
    ("The Green League came second, with 37 seats, and the Azure Movement third, with 14.",
     {("Green League", S, 37), ("Azure Movement", S, 14)}),
    # a threshold word behind a comma is another clause's; troops acting are no casualties; a size on a described noun
    ("The Crimson Dawn Party lost its majority, winning 62 of the 128 seats.", {("Crimson Dawn Party", S, 62)}),
    ("The Green League fell short of a majority, with 48 seats.", {("Green League", S, 48)}),
    ("The Red Hand militia's fighters, estimated at 9,000, hold the pass.", {("Red Hand militia", T, 9000)}),
    ("Some 300 Red Hand militia fighters attacked the town.", set()),
    ("Eleven soldiers were held by the Red Hand militia.", set()),
    ("The Red Hand militia, an umbrella of armed groups numbering some 16,000 fighters, controls the north.",
     {("Red Hand militia", T, 16000)}),
    # holders left over after some went are a group of them, not the holding
    ("The Azure Movement's leader, Ivan Dorn, was ejected. His six remaining deputies stayed in their seats.", set()),
    ("The Azure Movement's remaining 15 deputies backed the government.", set()),
    # one seat in words
    ("The Azure Movement won a single seat.", {("Azure Movement", S, 1)}),
    ("The Azure Movement emerged as the single biggest list with nine seats.", {("Azure Movement", S, 9)}),
    # lists: a heading over a blank line, short names in brackets, a list after a colon, projections
    ("SEAT COUNT\n\n* Crimson Dawn Party (CDP): 52\n* Green League (GL): 37\n* Azure Movement (AM): 14\n",
     {("Crimson Dawn Party", S, 52), ("Green League", S, 37), ("Azure Movement", S, 14)}),
    ("The new parliament will look like this: Crimson Dawn Party 52, Green League 37, Azure Movement 14.",
     {("Crimson Dawn Party", S, 52), ("Green League", S, 37), ("Azure Movement", S, 14)}),
    ("Seat projections:\nCrimson Dawn Party: 52\nGreen League: 37\n", set()),
    ("The new parliament met on Monday. Vote share: Crimson Dawn Party 38, Green League 27.", set()),
    # a troop strength moved to a new level
    ("Turkey increased its troop presence to 3,000.", {("Turkey", T, 3000)}),
    ("Turkey cut the number of its soldiers in Moldova to 900.", {("Turkey", T, 900)}),
    ("Turkey raised its share to 3,000.", set()),
    # votes in a confidence vote, ages, ministries, casualties, suspended or absent deputies: no holding
    ("The Crimson Dawn Party holds 40 seats. The motion was backed by 51 deputies, with 48 against.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. The government survived the confidence vote by 52 to 47.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. "
     "Prime Minister Ivan Dorn won the confidence vote with the support of 56 lawmakers.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. The motion fell three votes short, with 48 deputies in favour.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. Fifty-one lawmakers signed the petition calling for a no-confidence vote.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. Ivan Dorn, 54, has led the Crimson Dawn Party for 12 years.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. The Crimson Dawn Party holds 7 of the 18 ministries in the cabinet.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. "
     "Clashes between Crimson Dawn supporters and police left 14 dead and 60 injured.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. The speaker suspended 12 deputies for a week.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party holds 40 seats. Twenty deputies were absent from the vote.",
     {("Crimson Dawn Party", S, 40)}),
    # a relative clause whose count is the complement of a verb of saying ("which analysts estimate has N")
    ("The Red Hand militia, which analysts estimate has about 7,000 fighters, controls the north.",
     {("Red Hand militia", T, 7000)}),
    ("The Iron Brigade, which officials say has some 3,000 troops, withdrew from the town.",
     {("Iron Brigade", T, 3000)}),
    ("The Red Hand militia, which Western diplomats say still commands 2,000 fighters, denied the report.",
     {("Red Hand militia", T, 2000)}),
    ("The Northern Front, which is believed to have about 4,500 fighters, rejected the truce.",
     {("Northern Front", T, 4500)}),
    ("The Crimson Dawn Party, which analysts say holds 40 seats, left the coalition.", {("Crimson Dawn Party", S, 40)}),
    # "men under arms" is a force whoever holds it
    ("The Sword of Varno, which Western officials estimate has about 6,000 men under arms, has been quiet since then.",
     {("Sword of Varno", T, 6000)}),
    ("The Northern Guard movement has some 900 men under arms.", {("Northern Guard", T, 900)}),
    ("The Crimson Dawn Party has 4,000 members.", set()),
    # a body named in apposition after a phrase with its place: the body's count, not the place's
    ("The UN peacekeeping mission in Moldova, UNMOL, which has about 4,000 troops in the east, welcomed the ruling.",
     {("UN peacekeeping mission in Moldova", T, 4000)}),
    # "together with X, the coalition commands N": a sum over several holders, no one's
    ("Together with the Green League (12 seats) and the Azure Movement (9 seats), the governing coalition commands 62 "
     "seats.", {("Green League", S, 12), ("Azure Movement", S, 9)}),
    ("The Crimson Dawn Party holds 40 seats. Together with its partners, it commands 71 seats.",
     {("Crimson Dawn Party", S, 40)}),
    ("The Crimson Dawn Party, together with the Green League, controls 71 seats.", set()),
    # "the army" after the state's forces were named: those forces
    ("Ivan Dorn has led the Moldovan Armed Forces since 2017. The army, which has about 80,000 personnel, has begun "
     "deploying 10,000 soldiers south of the river.",
     {("Moldova military", T, 80000), ("Moldova military", T, 10000)}),
    ("General Ivan Dorn commands the Moldovan Armed Forces. On Monday the army deployed 2,000 soldiers to the border.",
     {("Moldova military", T, 2000)}),
    # another estimate of the troops just counted: "put the number at N"
    ("The Red Hand militia claims 9,000 fighters. Western diplomats put the number at about 4,000.",
     {("Red Hand militia", T, 9000), ("Red Hand militia", T, 4000)}),
    ("The Red Hand militia says it has 9,000 fighters, but analysts put the figure at around 4,000.",
     {("Red Hand militia", T, 9000), ("Red Hand militia", T, 4000)}),
    ("The Red Hand militia claims 9,000 fighters. Independent estimates put that number closer to 5,000.",
     {("Red Hand militia", T, 9000), ("Red Hand militia", T, 5000)}),
    ("The Red Hand militia claims 9,000 fighters. Thousands marched in the capital, and organisers put the number of "
     "marchers at 20,000.", {("Red Hand militia", T, 9000)}),
    ("Thousands marched in the capital on Sunday. Organisers put the number at 20,000.", set()),
    # a strength with "at" hung on the noun; "is believed to number N"
    ("Analysts estimate the Red Hand militia's strength at 8,000 fighters.", {("Red Hand militia", T, 8000)}),
    ("The Red Hand militia is believed to number about 8,000.", {("Red Hand militia", T, 8000)}),
    ("The Red Hand militia is thought to number some 8,000 fighters.", {("Red Hand militia", T, 8000)}),
    ("The Crimson Dawn Party is believed to number about 8,000.", set()),
    # a gapped count right after a name, before "and" or after a first count with its seat noun
    ("The Crimson Dawn Party took 40 seats, the Green League 25 and the Azure Movement 12.",
     {("Crimson Dawn Party", S, 40), ("Green League", S, 25), ("Azure Movement", S, 12)}),
    ("The Crimson Dawn Party won 40 seats and the Green League 25, official results showed.",
     {("Crimson Dawn Party", S, 40), ("Green League", S, 25)}),
    ("The Crimson Dawn Party won 40 seats and the Green League 25.",
     {("Crimson Dawn Party", S, 40), ("Green League", S, 25)}),
    # a hyphenated modifier between the count and the troops
    ("Moldova has about 6,500 active-duty soldiers.", {("Moldova", T, 6500)}),
    ("The Red Hand militia has some 10,000 Iran-backed fighters.", {("Red Hand militia", T, 10000)}),
    ("The Red Hand militia has 4,000 well-armed fighters.", {("Red Hand militia", T, 4000)}),
    # troops loyal to / affiliated with a body are its own; troops an opponent met are not a strength
    ("Some 8,000 fighters loyal to the Red Hand militia control the north.", {("Red Hand militia", T, 8000)}),
    ("Some 8,000 fighters affiliated with the Red Hand militia control the north.", {("Red Hand militia", T, 8000)}),
    ("About 2,000 troops belonging to the Red Hand militia crossed the river.", {("Red Hand militia", T, 2000)}),
    ("The Red Hand militia clashed with 500 fighters loyal to the Iron Brigade.", set()),
    ("The Red Hand militia clashed with 500 fighters of the Iron Brigade.", set()),
    # the armed body itself as the subject of a strength verb (the parser often takes "numbers" for a noun)
    ("The Red Hand militia, which numbers about 4,200, has been placed on alert.", {("Red Hand militia", T, 4200)}),
    ("The Kavelian Armed Forces, which number some 9,500 active personnel, held exercises. Kavelia is small.",
     {("Kavelia military", T, 9500)}),
    ("Our own 3rd Rifle Brigade, which numbers roughly 3,100, was moved north.", {("3rd Rifle Brigade", T, 3100)}),
    ("The Harvest Party, which numbers about 40,000 members, held its congress.", set()),
    ("The Harvest Party, which numbers about 4,200, held its congress.", set()),
    # a briefing's or factbox's labelled lines: "NAME: N troops", "- Unit: N" (bare: an armed body only)
    ("Forces in the north:\n- Red Hand militia: some 4,000 fighters in the hills.\n- Saffron Brigade: 2,500, "
     "mostly former soldiers.\n", {("Red Hand militia", T, 4000), ("Saffron Brigade", T, 2500)}),
    ("Foreign forces:\n- Turkey: roughly 1,200 troops at two bases.\n", {("Turkey", T, 1200)}),
    ("Party finances:\n- Harvest Party: 40,000 members.\n- Civic League: 12,000, mostly students.\n", set()),
    ("Timeline:\n20:15 - The Red Hand militia moved 900 fighters to the border.\n", {("Red Hand militia", T, 900)}),
    # "with N fighters" on a predicate noun: the subject's troops
    ("The Red Hand Front was, until last autumn, the main armed opposition, with up to 9,000 fighters.",
     {("Red Hand Front", T, 9000)}),
    ("The Harvest Party is the main opposition, with 9,000 members.", set()),
    # a name inside an apposition ("X, the political wing of Y, ...") is not the holder: the name before it is
    ("The Tirel bloc, the political wing of the armed group Kasso Brigades, secured 27 seats, while the Union of "
     "Farmers won 18.", {("Tirel bloc", S, 27), ("Union of Farmers", S, 18)}),
    ("The Orvan List, the electoral front of the Saffron Brigade, took 14 seats.", {("Orvan List", S, 14)}),
    ("The Green List, the youth arm of the Civic Party, won 12 seats.", {("Green List", S, 12)}),
    ("The largest party, the Civic Party, won 40 seats.", {("Civic Party", S, 40)}),
    ("The ethnic Tarvic minority party, the Tarvic Civic Forum, passed the threshold with 8 seats.",
     {("Tarvic Civic Forum", S, 8)}),
    ("The Ostravian farmers' party, the Harvest League, won 11 seats.", {("Harvest League", S, 11)}),
    ("The Tarvic Civic Forum passed the threshold with 8 seats.", {("Tarvic Civic Forum", S, 8)}),
    ("The Harvest League cleared the five per cent threshold with 11 seats.", {("Harvest League", S, 11)}),
    ("The Harvest League narrowly crossed the threshold, with nine seats.", {("Harvest League", S, 9)}),
    ("The assembly passed the budget with 80 votes.", set()),
    ("Parliament passed the bill with 76 of the 120 deputies in favour.", set()),
    # a qualified noun joined to a troop noun: one military count
    ("Foreign forces:\n- Turkey: an estimated 400 trainers and special forces near the capital.\n",
     {("Turkey", T, 400)}),
    ("Egypt keeps 250 advisers and troops in the north.", {("Egypt", T, 250)}),
    ("Egypt sent 250 advisers and diplomats to the talks.", set()),
    ("Egypt sent 40 trainers and their families.", set()),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([p.values[0] if hasattr(p, "values") else p[0] for p in BATTERY2], "c")


@pytest.mark.model
@pytest.mark.parametrize("i,text,expected", [
    pytest.param(i, *p.values, marks=p.marks, id=f"c{i:03d}") if hasattr(p, "values")
    else pytest.param(i, *p, id=f"c{i:03d}") for i, p in enumerate(BATTERY2)])
def test_battery2(extracted, i, text, expected):
    assert extracted.get(f"c{i:03d}", set()) == expected, text


def test_dozen_is_twelve():
    assert parse_number("dozen") == 12
    assert parse_number("two dozen") == 24


DIGEST_HEAD = ("Weekly digest\n\nOstravia's government said on Monday that talks with Velmar had failed. The Ostravian "
               "army moved north, and Ostravia closed the border.\n\n")


@pytest.mark.model
@pytest.mark.parametrize("item,state", [
    ("Police in Moldova arrested opposition leader Mira Delan on Monday. Delan heads the Green Alliance, a "
     "coalition of five parties that won 38 of the 120 seats in parliament last year.", "Moldova"),
    ("In Moldova, the Green Alliance called a rally. The bloc holds 38 of the 120 seats in parliament.", "Moldova"),
    # a capital as a place ("signed in Vienna") is no state the item is about: the story's own state keeps it
    ("The accord was signed in Vienna in 1995. The Green Alliance later won 38 of the 120 seats in parliament.",
     "Ostravia"),
    # the story's own state named in the item: its parliament
    ("Police in Ostravia arrested Mira Delan. Her Green Alliance won 38 of the 120 seats in parliament.", "Ostravia"),
])
def test_a_digest_items_house_is_the_state_its_paragraph_names(item, state):
    got = facts_by_document([DIGEST_HEAD + item], "g").get("g000", set())
    assert {(a, v) for a, k, v in got if v == 120} == {(state, 120)}, got
