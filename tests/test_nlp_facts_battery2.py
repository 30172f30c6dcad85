"""A second battery of invented sentences, written from how wire copy, results pages, live blogs and translated
press state seats, house sizes and force sizes (not from any evaluation set): ranking wordings, seat changes,
results lists and tables, holders ("MPs", "deputies"), numbers in words, chamber sizes, coalition arithmetic,
troop wordings, and counts that must yield nothing (votes, shares, candidates, seats contested, ages,
ministries, casualties). All parties, militias and people are invented. End to end with the real model."""
from __future__ import annotations

import pytest

from kingmaker.nlp.facts import parse_number

S, T = "seats", "troops"


def xf(text, expected, reason):
    """A sentence the extractor does not read yet."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False, reason=reason))


BATTERY2 = [
    # ranking
    ("The Sovereign Path Party came second with 27 seats, behind the ruling bloc.", {("Sovereign Path Party", S, 27)}),
    ("The Civic Renewal Alliance trailed with 19 seats.", {("Civic Renewal Alliance", S, 19)}),
    ("The Azure Movement finished third on 14 seats, its best result ever.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party won a plurality of 48 seats in the 120-seat house.", {("Sovereign Path Party", S, 48)}),
    ("With 52 seats, the Sovereign Path Party is the largest party in parliament.", {("Sovereign Path Party", S, 52)}),
    ("The Civic Renewal Alliance came in a close second, winning 37 seats.", {("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement placed fourth with just eight seats.", {("Azure Movement", S, 8)}),
    ("The Sovereign Path Party emerged as the largest bloc, securing 61 seats.", {("Sovereign Path Party", S, 61)}),
    # seat changes
    ("The Sovereign Path Party won 45 seats, up from 38 in the last election.", {("Sovereign Path Party", S, 45)}),
    xf("The Civic Renewal Alliance lost 11 of its 30 seats.", {("Civic Renewal Alliance", S, 19)},
       "a holding left after a loss ('lost N of its M seats') is not computed"),
    ("The Civic Renewal Alliance now holds 19 seats, down from 30.", {("Civic Renewal Alliance", S, 19)}),
    ("The Azure Movement increased its tally to 17 seats.", {("Azure Movement", S, 17)}),
    ("The Azure Movement gained six seats and now has 17.", {("Azure Movement", S, 17)}),
    xf("The Civic Renewal Alliance saw its representation shrink to 19 seats from 30.", {("Civic Renewal Alliance", S, 19)},
       "a move verb whose subject is the party's possession ('its representation')"),
    # lists / tables
    xf("Results: Sovereign Path Party 52, Civic Renewal Alliance 37, Azure Movement 14.",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37), ("Azure Movement", S, 14)},
       "an inline results list with no seat word in the sentence"),
    ("Seats won:\nSovereign Path Party: 52\nCivic Renewal Alliance: 37\nAzure Movement: 14\n",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37), ("Azure Movement", S, 14)}),
    xf("Party | Seats\nSovereign Path Party | 52\nCivic Renewal Alliance | 37\n",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)},
       "pipe tables: the actor layer finds no names in '|' rows"),
    ("Party\tSeats\nSovereign Path Party\t52\nCivic Renewal Alliance\t37\n",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    ("- Sovereign Path Party — 52 seats (+7)\n- Civic Renewal Alliance — 37 seats (-4)\n",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    xf("The Sovereign Path Party (52), the Civic Renewal Alliance (37) and the Azure Movement (14) will sit in the new house.",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37), ("Azure Movement", S, 14)},
       "parenthesised counts after names with no seat word in the sentence"),
    # holders / abbreviations
    ("The Sovereign Path Party will have 52 MPs in the new parliament.", {("Sovereign Path Party", S, 52)}),
    ("The Civic Renewal Alliance has 37 deputies in the assembly.", {("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement's 14 lawmakers walked out of the session.", {("Azure Movement", S, 14)}),
    ("The Azure Movement's 14-seat bloc will back the government.", {("Azure Movement", S, 14)}),
    ("The Civic Renewal Alliance and its 37-strong parliamentary group voted against the budget.",
     {("Civic Renewal Alliance", S, 37)}),
    ("The Civic Renewal Alliance, which has 37 members of parliament, boycotted the vote.", {("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement has fourteen representatives in the chamber.", {("Azure Movement", S, 14)}),
    # numbers in words
    ("The Azure Movement won fourteen seats.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party won fifty-two seats, the Civic Renewal Alliance thirty-seven.",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement took a dozen seats.", {("Azure Movement", S, 12)}),
    # chamber sizes
    ("Lebanon's 128-seat parliament met on Tuesday to elect a speaker.", {("Lebanon", S, 128)}),
    ("The Sovereign Path Party needs 61 seats for a majority in the 120-member house.", set()),
    ("Voters in Moldova elected a new 101-member parliament on Sunday.", {("Moldova", S, 101)}),
    ("The 329-seat Council of Representatives convened for the first time.", {("Council of Representatives", S, 329)}),
    ("Moldova's parliament has 101 seats.", {("Moldova parliament", S, 101)}),
    # coalition arithmetic
    ("Together the Sovereign Path Party and the Civic Renewal Alliance control 64 of 120 seats.", set()),
    ("The ruling coalition, the Union for Progress, controls 64 of the 120 seats.", {("Union for Progress", S, 64)}),
    ("A majority requires 61 of the 120 seats.", set()),
    # troops
    ("Moldova's army of about 200,000 personnel is the largest in the region.", {("Moldova", T, 200000)}),
    ("Turkey deployed 3,000 troops to the border on Monday.", {("Turkey", T, 3000)}),
    ("Turkey has sent a 1,500-strong contingent to the peacekeeping mission.", {("Turkey", T, 1500)}),
    ("The Northern Lions militia, which claims 10,000 fighters, controls the valley.", {("Northern Lions militia", T, 10000)}),
    ("The Northern Lions militia is estimated at between 5,000 and 7,000 fighters.", {("Northern Lions militia", T, 7000)}),
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
    ("Preliminary results gave the Sovereign Path Party 52 seats in the 150-seat legislature.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party's tally rose to 52 seats after recounts.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party is set to hold 52 seats in the new parliament, final results show.", {("Sovereign Path Party", S, 52)}),
    ("The Civic Renewal Alliance garnered 37 seats, making it the second-largest force.", {("Civic Renewal Alliance", S, 37)}),
    ("The Sovereign Path Party, which won 52 of 150 seats, began coalition talks.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats. Its rival, the Civic Renewal Alliance, won 37.", {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    ("The Civic Renewal Alliance holds 37 seats in the outgoing parliament and hopes to gain more.", set()),
    ("The Civic Renewal Alliance's parliamentary bloc of 37 deputies voted no.", {("Civic Renewal Alliance", S, 37)}),
    ("Tarek Vossan's Sovereign Path Party swept 52 of the 150 seats.", {("Sovereign Path Party", S, 52)}),
    ("In second place came the Civic Renewal Alliance with 37 seats.", {("Civic Renewal Alliance", S, 37)}),
    ("Second was the Civic Renewal Alliance, with 37 seats.", {("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement doubled its seats to 14.", {("Azure Movement", S, 14)}),
    ("The Azure Movement won 14 seats, seven more than in 2019.", {("Azure Movement", S, 14)}),
    ("The Sovereign Path Party secured a majority with 78 seats.", {("Sovereign Path Party", S, 78)}),
    ("The Sovereign Path Party won an outright majority of 78 seats.", {("Sovereign Path Party", S, 78)}),
    xf("The Sovereign Path Party won a two-thirds majority, 101 seats.", {("Sovereign Path Party", S, 101)},
       "a count in apposition to 'majority' (a threshold word) is not read as the holding"),
    ("The Sovereign Path Party won 78 seats to the Civic Renewal Alliance's 37.", {("Sovereign Path Party", S, 78), ("Civic Renewal Alliance", S, 37)}),
    ("Independents won 12 seats.", set()),
    ("The Azure Movement failed to win any seats.", set()),
    ("The Azure Movement won just one seat.", {("Azure Movement", S, 1)}),
    xf("The Azure Movement will have a single seat in parliament.", {("Azure Movement", S, 1)},
       "'a single seat' is not a number phrase"),
    ("The Sovereign Path Party won 78 seats, according to the electoral commission.", {("Sovereign Path Party", S, 78)}),
    ("According to official results, the Sovereign Path Party won 78 seats.", {("Sovereign Path Party", S, 78)}),
    xf("Official results: Sovereign Path Party, 78 seats; Civic Renewal Alliance, 37 seats.", {("Sovereign Path Party", S, 78), ("Civic Renewal Alliance", S, 37)},
       "the actor layer cuts the name after 'results:' at the start of the sentence"),
    ("The Sovereign Path Party won 78 seats in the 150-member National Assembly.", {("Sovereign Path Party", S, 78), ("National Assembly", S, 150)}),
    ("Iraq's parliament has 329 members.", {("Iraq parliament", S, 329)}),
    ("The Northern Lions militia deployed 2,000 fighters to the front.", {("Northern Lions militia", T, 2000)}),
    ("The Northern Lions militia, with about 3,000 fighters, is the strongest armed group in the province.", {("Northern Lions militia", T, 3000)}),
    ("The Northern Lions militia has swelled to 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia's ranks have grown to some 15,000 men.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia is believed to number about 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia counts some 15,000 fighters.", {("Northern Lions militia", T, 15000)}),
    ("The Northern Lions militia has an estimated 15,000 to 20,000 fighters.", {("Northern Lions militia", T, 20000)}),
    ("The Northern Lions militia has tens of thousands of fighters.", set()),
    ("Iraq's army has about 200,000 active personnel.", {("Iraq", T, 200000)}),
    xf("The Iraqi army numbers about 200,000 soldiers.", {("Iraq military", T, 200000)},
       "'the army numbers N soldiers': 'army numbers' parses as a noun compound"),
    ("Yemen's armed forces total some 40,000 troops.", {("Yemen", T, 40000)}),
    ("Turkey maintains around 3,000 soldiers in Iraq.", {("Turkey", T, 3000)}),
    ("Germany will send 500 more troops to Lebanon.", {("Germany", T, 500)}),
    ("Germany will withdraw 500 troops from Lebanon.", set()),
    ("Some 10,000 UN peacekeepers are deployed in southern Lebanon.", {("United Nations", T, 10000)}),
    ("The Northern Lions militia said 40 of its fighters had been killed.", set()),
    ("The Northern Lions militia trained 3,000 police officers.", set()),
    ("The ministry said 2,000 soldiers had received new rifles.", set()),
    ("The Sovereign Path Party won 52 seats in the 2019 election.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party has 52 of the 150 seats and 12 of the 30 cabinet posts.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party's 52 seats fall short of the 76 needed for a majority.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party received 412,000 votes, or 34 percent, and 52 seats.", {("Sovereign Path Party", S, 52)}),
    ("Polls show the Sovereign Path Party winning about 52 seats.", set()),
    ("The Sovereign Path Party won 52 seats in the municipal council.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats on the 150-seat city council.", {("Sovereign Path Party", S, 52)}),
    ("Women won 38 seats in the new parliament.", set()),
    ("The quota reserves 25 seats for women.", set()),
    ("Nine seats are reserved for minorities.", set()),
    # third batch: second counts in one clause, parts kept, strength wordings
    ("The Sovereign Path Party obtained 52 seats out of 150.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 parliamentary seats.", {("Sovereign Path Party", S, 52)}),
    xf("The Sovereign Path Party won 52 of the chamber's seats.", {("Sovereign Path Party", S, 52)},
       "'N of the chamber's seats' (a possessive house with no size) is not read"),
    ("With 52 deputies, the Sovereign Path Party dominates the assembly.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party is represented in parliament by 52 deputies.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party has a 52-member parliamentary group.", {("Sovereign Path Party", S, 52)}),
    xf("The Sovereign Path Party's parliamentary group numbers 52 deputies.", {("Sovereign Path Party", S, 52)},
       "'its group numbers N deputies' (strength verb with a holder object) is not read"),
    ("The Sovereign Path Party leads with 52 seats, ahead of the Civic Renewal Alliance on 37.", {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    ("The Civic Renewal Alliance, on 37 seats, is the main opposition.", {("Civic Renewal Alliance", S, 37)}),
    ("The Civic Renewal Alliance, the second force with 37 seats, rejected the offer.", {("Civic Renewal Alliance", S, 37)}),
    ("The Sovereign Path Party won 52 seats while its ally, the Azure Movement, won 14.", {("Sovereign Path Party", S, 52), ("Azure Movement", S, 14)}),
    ("The Azure Movement entered parliament for the first time with 14 seats.", {("Azure Movement", S, 14)}),
    ("The Azure Movement was wiped out, keeping only two of its 19 seats.", {("Azure Movement", S, 2)}),
    ("The Azure Movement retained only two seats.", {("Azure Movement", S, 2)}),
    ("The Sovereign Path Party won 52 seats, the Civic Renewal Alliance 37, the Azure Movement 14 and independents the remaining 47.", {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37), ("Azure Movement", S, 14)}),
    ("The Civic Renewal Alliance secured 37 seats, a gain of five.", {("Civic Renewal Alliance", S, 37)}),
    ("The Civic Renewal Alliance gained five seats.", set()),
    ("The Civic Renewal Alliance lost five seats.", set()),
    ("The Civic Renewal Alliance holds 37 seats, five short of a blocking minority.", {("Civic Renewal Alliance", S, 37)}),
    xf("The Northern Lions militia, whose strength is put at 9,000, controls the valley.", {("Northern Lions militia", T, 9000)},
       "'whose strength is put at N' (no troop noun) is not read"),
    ("The Northern Lions militia, thought to have around 9,000 fighters, controls the valley.", {("Northern Lions militia", T, 9000)}),
    ("The Northern Lions militia — some 9,000 fighters strong — controls the valley.", {("Northern Lions militia", T, 9000)}),
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
    ("The Sovereign Path Party won 52 seats, but 12 of its deputies later defected.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party, founded 30 years ago, won 52 seats.", {("Sovereign Path Party", S, 52)}),
    ("The 150 newly elected deputies were sworn in on Monday.", set()),
    ("Turnout was 61 percent, with 2.3 million ballots cast.", set()),
    ("The Sovereign Path Party finished first with 52 seats, followed by the Civic Renewal Alliance with 37.",
     {("Sovereign Path Party", S, 52), ("Civic Renewal Alliance", S, 37)}),
    ("The Azure Movement retained 12 of its 30 seats.", {("Azure Movement", S, 12)}),
    ("The Azure Movement won 30 of its 40 seats in the capital.", {("Azure Movement", S, 40)}),
    # fourth batch: troops that are not a strength, shortfalls, counts of other things
    ("The Northern Lions militia has been accused of recruiting 2,000 child soldiers.", set()),
    xf("The Northern Lions militia trained some 5,000 recruits last year.", set(),
       "troops trained (for someone else) read as the trainer's strength"),
    ("The Northern Lions militia evacuated 800 fighters from the town.", set()),
    xf("The Northern Lions militia said it had integrated 4,000 fighters into the army.", set(),
       "fighters handed over to another force read as a strength"),
    xf("Some 4,000 fighters of the Northern Lions militia joined the army.", set(),
       "fighters who leave to join another force read as a strength"),
    ("The army said 600 Northern Lions fighters had surrendered.", set()),
    ("The United States has cut its force in Iraq to 2,500 troops.", {("United States", T, 2500)}),
    ("The United States will keep 2,500 troops in Iraq until next year.", {("United States", T, 2500)}),
    ("Washington has roughly 900 troops in Syria.", {("United States", T, 900)}),
    ("The Sovereign Path Party won 52 seats, its best showing since 1998.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party won 52 seats, a third of the chamber.", {("Sovereign Path Party", S, 52)}),
    ("The Sovereign Path Party needs 24 more seats to govern alone.", set()),
    ("The Sovereign Path Party is nine seats short of a majority.", set()),
    xf("The Sovereign Path Party won 52 seats in 2018 and 61 in 2022.", {("Sovereign Path Party", S, 61)},
       "an earlier result marked only by its year is kept beside the latest"),
    ("Turnout in the 12 districts was 44 percent.", set()),
    ("The Azure Movement won in 14 constituencies.", set()),
    ("The electoral commission disqualified 14 candidates of the Azure Movement.", set()),
    xf("The Azure Movement has 14 of the 30 seats on the party's central committee.", set(),
       "seats on a party organ are read as parliamentary seats"),
    ("The Azure Movement's 14 ministers resigned.", set()),
    ("The Civic Renewal Alliance controls 37 of the country's 120 municipalities.", set()),
    ("The Sovereign Path Party won 52 seats, nine short of a majority.", {("Sovereign Path Party", S, 52)}),
]


@pytest.fixture(scope="module")
def extracted():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    docs = [Document(id=f"c{i:03d}", text=(p.values[0] if hasattr(p, "values") else p[0]))
            for i, p in enumerate(BATTERY2)]
    ex = extract_documents(docs)
    names = {a.id: a.name for a in ex.actors}
    got: dict[str, set] = {}
    for f in ex.facts:
        got.setdefault(f.evidence.document, set()).add((names[f.actor], f.key, f.value))
    return got


@pytest.mark.model
@pytest.mark.parametrize("i,text,expected", [
    pytest.param(i, *p.values, marks=p.marks, id=f"c{i:03d}") if hasattr(p, "values")
    else pytest.param(i, *p, id=f"c{i:03d}") for i, p in enumerate(BATTERY2)])
def test_battery2(extracted, i, text, expected):
    assert extracted.get(f"c{i:03d}", set()) == expected, text


def test_dozen_is_twelve():
    assert parse_number("dozen") == 12
    assert parse_number("two dozen") == 24
