"""A fifth battery: the numbers that decide power in every style news uses to state them, written fresh (not from
development misses): results tables and lists, change wording (up from, gained N to, fell to, doubled), ranking and
ellipsis, headlines and captions, seats named by other nouns (MPs, mandates, a N-strong bloc), contested and official
counts, the size of the legislature, and troops (a force of N, a N-strong brigade, men under arms); plus counts that
are none of these (vote shares, changes, majority thresholds, cabinet posts, casualties, dates, projections).
All parties, militias, people and houses are invented. End to end with the real model, in one run."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

S, T = "seats", "troops"
MUP, BCF, CGL = "Merrow Unity Party", "Brenna Civic Front", "Corlan Green League"
KA, AH = "Karvel Assembly", "Ashen Hawks"
TV = "Tomas Vendrel"


def xf(text, expected, reason):
    """A wording still missed: kept in the battery as an expected failure with its cause."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False, reason=reason))


THREE = {(MUP, S, 34), (BCF, S, 29), (CGL, S, 12)}

BATTERY5 = [
    # results tables and lists
    ("Seats in the new Karvel Assembly:\nMerrow Unity Party — 34\nBrenna Civic Front — 29\nCorlan Green League — 12\n",
     THREE),
    ("Seat tally after the count:\nMerrow Unity Party: 34 seats (+5)\nBrenna Civic Front: 29 seats (-3)\n"
     "Corlan Green League: 12 seats (+1)\n", THREE),
    ("Final seat count: Merrow Unity Party 34, Brenna Civic Front 29, Corlan Green League 12.", THREE),
    ("The official results:\n\n| Party | Votes (%) | Seats |\n|---|---|---|\n| Merrow Unity Party | 38.2 | 34 |\n"
     "| Brenna Civic Front | 30.1 | 29 |\n| Corlan Green League | 11.4 | 12 |\n", THREE),
    ("How the seats were shared:\n1. Merrow Unity Party (34 seats)\n2. Brenna Civic Front (29 seats)\n"
     "3. Corlan Green League (12 seats)\n", THREE),
    ("Results at a glance:\n- Merrow Unity Party: 34 seats\n- Brenna Civic Front: 29 seats\n"
     "- Corlan Green League: 12 seats\n", THREE),
    # change wording
    ("The Merrow Unity Party won 34 seats, up from 29 in the last election.", {(MUP, S, 34)}),
    ("The Merrow Unity Party gained five seats to 34.", {(MUP, S, 34)}),
    ("The Brenna Civic Front lost six seats, ending with 22.", {(BCF, S, 22)}),
    ("The Brenna Civic Front fell to 22 seats.", {(BCF, S, 22)}),
    ("The Merrow Unity Party's seat tally rose to 34.", {(MUP, S, 34)}),
    ("The Corlan Green League doubled its seats to 18.", {(CGL, S, 18)}),
    ("The Brenna Civic Front slipped from 29 seats to 22.", {(BCF, S, 22)}),
    ("The Merrow Unity Party added five seats, for a total of 34.", {(MUP, S, 34)}),
    ("The Brenna Civic Front's representation shrank from 29 to 22 seats.", {(BCF, S, 22)}),
    ("The Merrow Unity Party now has 34 seats, five more than before.", {(MUP, S, 34)}),
    # ranking and ellipsis
    ("The Merrow Unity Party came first with 34 seats, followed by the Brenna Civic Front with 29 and the Corlan "
     "Green League (12).", THREE),
    ("The Merrow Unity Party won 34 seats. The Brenna Civic Front took 29 and the Corlan Green League 12.", THREE),
    ("Second place went to the Brenna Civic Front, with 29 seats.", {(BCF, S, 29)}),
    ("The Brenna Civic Front was runner-up on 29 seats.", {(BCF, S, 29)}),
    # headlines and captions
    ("Merrow Unity Party wins 34 of 120 seats in Karvel Assembly\n\nThe party will lead the talks.",
     {(MUP, S, 34), (KA, S, 120)}),
    ("Supporters of the Merrow Unity Party, which won 34 seats, celebrate in the capital on Monday.", {(MUP, S, 34)}),
    ("Brenna Civic Front slumps to 22 seats\n\nThe party blamed low turnout.", {(BCF, S, 22)}),
    # seats named by other nouns
    ("The Merrow Unity Party's 34-strong bloc will back the budget.", {(MUP, S, 34)}),
    ("The Merrow Unity Party will have 34 MPs in the new Karvel Assembly.", {(MUP, S, 34)}),
    ("The Merrow Unity Party said its 34 deputies would boycott the session.", {(MUP, S, 34)}),
    ("The Merrow Unity Party secured 34 mandates.", {(MUP, S, 34)}),
    ("The Merrow Unity Party returned 34 members to the Karvel Assembly.", {(MUP, S, 34)}),
    ("Thirty-four Merrow Unity Party deputies were elected on Sunday.", {(MUP, S, 34)}),
    # contested and official counts
    ("The Brenna Civic Front says it won 31 seats, not the 14 it was awarded.", {(BCF, S, 14)}),
    ("The Brenna Civic Front was officially awarded 14 seats, though it claims to have won 31.", {(BCF, S, 14)}),
    # projections are no result
    ("The Merrow Unity Party is projected to win 34 seats.", set()),
    ("Exit polls put the Merrow Unity Party on 34 seats.", set()),
    # the size of the legislature
    ("Elections for the 120-seat Karvel Assembly are due in May.", {(KA, S, 120)}),
    ("The Karvel Assembly met on Monday. The Merrow Unity Party holds 34 of the chamber's 120 seats.",
     {(KA, S, 120), (MUP, S, 34)}),
    ("A majority in the Karvel Assembly, which has 120 seats, requires 61.", {(KA, S, 120)}),
    # troops
    ("Some 3,000 fighters of the Ashen Hawks hold the valley.", {(AH, T, 3000)}),
    ("Kenya sent a force of 2,000 soldiers to the border.", {("Kenya", T, 2000)}),
    ("Kenya's army deployed 500 troops to the border town.", {("Kenya military", T, 500)}),
    ("Kenya's 1,200-strong brigade remains in the border region.", {("Kenya", T, 1200)}),
    ("Tomas Vendrel, a warlord, has about 10,000 men under arms.", {(TV, T, 10000)}),
    ("A Kenyan contingent of 850 soldiers arrived in the capital on Monday.", {("Kenya", T, 850)}),
    ("Kenya has boosted its troop presence in the region to 3,000.", {("Kenya", T, 3000)}),
    ("Around 2,000 Kenyan soldiers are now in the region, up from 1,200 last year.", {("Kenya military", T, 2000)}),
    ("The Ashen Hawks count roughly 3,000 fighters in their ranks.", {(AH, T, 3000)}),
    # counts that are no seats or troops, and counts that belong to the party they are stated for
    ("The Merrow Unity Party took 34% and the Brenna Civic Front 29%.", set()),
    ("The Merrow Unity Party won 34 seats (+5).", {(MUP, S, 34)}),
    ("A majority requires 61 seats in the 120-seat Karvel Assembly.", {(KA, S, 120)}),
    ("The Merrow Unity Party was given five cabinet posts.", set()),
    ("At least 34 soldiers were killed in the attack on the Ashen Hawks.", set()),
    ("The Brenna Civic Front, a rival of the Merrow Unity Party, won 29 seats.", {(BCF, S, 29)}),
    ("The Merrow Unity Party won on 12 March, the Karvel Assembly said.", set()),
    # more wordings of a change and its result
    ("The Corlan Green League dropped two seats to 12.", {(CGL, S, 12)}),
    ("The Brenna Civic Front shed three seats to 26, its worst result in decades.", {(BCF, S, 26)}),
    ("The Merrow Unity Party won nine more seats, for a total of 34.", {(MUP, S, 34)}),
    ("The Corlan Green League picked up four seats to reach 12.", {(CGL, S, 12)}),
    ("The Merrow Unity Party's caucus grew from 29 to 34 seats.", {(MUP, S, 34)}),
    ("The Merrow Unity Party increased its seat count by five, to 34.", {(MUP, S, 34)}),
    ("The Brenna Civic Front dropped to 22 seats from 28.", {(BCF, S, 22)}),
    ("The Merrow Unity Party more than doubled its representation, to 34 seats.", {(MUP, S, 34)}),
    ("The Corlan Green League's seats tripled to 12.", {(CGL, S, 12)}),
    ("The Brenna Civic Front was left with 22 seats.", {(BCF, S, 22)}),
    ("The Merrow Unity Party, which added five seats, now has 34.", {(MUP, S, 34)}),
    ("The Merrow Unity Party gained ground, rising to 34 seats.", {(MUP, S, 34)}),
    xf("The Brenna Civic Front saw its representation drop from 29 to 22 seats.", {(BCF, S, 22)},
       "'drop' after 'saw its representation' is parsed as a noun"),
    xf("The Brenna Civic Front held on to 22 seats.", {(BCF, S, 22)}, "'hold on to N seats' is not read"),
    # seats awarded, and a party's own report against the awarded count
    ("The Brenna Civic Front was given 14 seats under the new formula.", {(BCF, S, 14)}),
    ("The Corlan Green League was allotted 12 seats by the electoral board.", {(CGL, S, 12)}),
    ("The Brenna Civic Front rejected the 14 seats it was allocated.", {(BCF, S, 14)}),
    ("The Brenna Civic Front insists it won 31 seats, not the 14 it was awarded.", {(BCF, S, 14)}),
    ("The Brenna Civic Front claims it won 31 seats; the commission awarded it 14.", {(BCF, S, 14)}),
    ("The Brenna Civic Front was awarded a bonus of 14 seats.", set()),
    # holders named by their party; mandates
    ("Twelve Corlan Green League lawmakers were returned to the Karvel Assembly.", {(CGL, S, 12)}),
    ("34 Merrow Unity Party MPs were elected to the Karvel Assembly.", {(MUP, S, 34)}),
    ("The Merrow Unity Party's 34 mandates make it the largest group.", {(MUP, S, 34)}),
    ("The Merrow Unity Party won 34 of the 120 mandates.", {(MUP, S, 34)}),
    # a count set off as 'N strong'
    ("The Merrow Unity Party's bloc, now 34 strong, backed the bill.", {(MUP, S, 34)}),
    ("The Merrow Unity Party's group in the Karvel Assembly, 34 strong, walked out.", {(MUP, S, 34)}),
    ("The Brass Lantern Brigade, some 3,000 strong, retreated to the hills.", {("Brass Lantern Brigade", T, 3000)}),
    ("Kenya's contingent, about 2,400 strong, arrived on Monday.", {("Kenya", T, 2400)}),
    # more lists, headlines, sizes and troops
    ("Merrow Unity Party 34 seats, Brenna Civic Front 29, Corlan Green League 12 \u2014 official results.", THREE),
    ("Seats won: Merrow Unity Party 34 (+5); Brenna Civic Front 29 (-3); Corlan Green League 12 (+1).", THREE),
    ("Party | Seats\n--- | ---\nMerrow Unity Party | 34\nBrenna Civic Front | 29\n", {(MUP, S, 34), (BCF, S, 29)}),
    ("In the 120-seat Karvel Assembly, the Merrow Unity Party holds 34.", {(KA, S, 120), (MUP, S, 34)}),
    ("The Merrow Unity Party has 34 of the Karvel Assembly's 120 seats, the Brenna Civic Front 29.",
     {(MUP, S, 34), (KA, S, 120), (BCF, S, 29)}),
    ("The Merrow Unity Party finished top on 34 seats; the Brenna Civic Front was second on 29.",
     {(MUP, S, 34), (BCF, S, 29)}),
    ("Merrow Unity Party takes 34 seats as rivals slump\n\nThe vote was calm.", {(MUP, S, 34)}),
    ("LIVE: Brenna Civic Front on course for 29 seats", set()),
    ("The Merrow Unity Party now has 34 deputies in the 120-member Karvel Assembly.", {(MUP, S, 34), (KA, S, 120)}),
    ("With 34 lawmakers, the Merrow Unity Party is the largest group in the Karvel Assembly.", {(MUP, S, 34)}),
    ("The Karvel Assembly counts 120 deputies.", {(KA, S, 120)}),
    ("The Karvel Assembly will grow from 100 to 120 seats at the next election.", {(KA, S, 120)}),
    ("The Karvel Assembly, whose 120 members are elected for five years, met on Monday.", {(KA, S, 120)}),
    ("Kenya has about 10,000 troops stationed abroad.", {("Kenya", T, 10000)}),
    ("Kenya's contingent in the region now stands at 2,400 troops.", {("Kenya", T, 2400)}),
    ("The Ashen Hawks field an army of some 3,000 fighters.", {(AH, T, 3000)}),
    ("Kenya keeps a garrison of 1,500 soldiers on the island.", {("Kenya", T, 1500)}),
    ("Tomas Vendrel leads a militia of 3,000 men.", {(TV, T, 3000)}),
    # no holdings: gaps, changes, comparisons, thresholds, posts, casualties
    ("The Brenna Civic Front trailed in second with 29 seats, five behind the Merrow Unity Party.", {(BCF, S, 29)}),
    ("The Merrow Unity Party won 34 seats, three ahead of the Brenna Civic Front.", {(MUP, S, 34)}),
    ("The Brenna Civic Front, down six seats, blamed the weather.", set()),
    ("The Merrow Unity Party, up five seats, is the largest party.", set()),
    ("The Merrow Unity Party won another five seats.", set()),
    ("The Merrow Unity Party won 34 seats to 29 for the Brenna Civic Front.", {(MUP, S, 34)}),
    ("The Brenna Civic Front lost seven seats to the Merrow Unity Party.", set()),
    ("The Merrow Unity Party needs five more seats to reach 61.", set()),
    ("Twelve Merrow Unity Party deputies voted against the bill.", set()),
    ("Tomas Vendrel served two mandates as president of Kenya.", set()),
    ("The Merrow Unity Party won 34 seats, while 61 are needed for a majority.", {(MUP, S, 34)}),
    ("The coalition of the Merrow Unity Party and the Corlan Green League commands 46 seats.", set()),
    ("The Merrow Unity Party holds three of the 15 cabinet posts.", set()),
    ("The Merrow Unity Party won 34.2 percent and 34 seats.", {(MUP, S, 34)}),
    ("Kenya lost 300 soldiers in the offensive.", set()),
    ("Kenya withdrew 500 of its 2,000 troops from the region.", {("Kenya", T, 2000)}),
    # a name set off by commas before its verb; a holding told in the past in a relative clause; projection labels
    ("The Merrow Unity Party won 64 seats and the Brenna Civic Front, which had 35, fell to 29.",
     {(MUP, S, 64), (BCF, S, 29)}),
    ("The Merrow Unity Party took 64 seats and the Brenna Civic Front, its main rival, slipped to 29.",
     {(MUP, S, 64), (BCF, S, 29)}),
    ("The Merrow Unity Party gained six seats and the Corlan Green League, a newcomer, won 12.", {(CGL, S, 12)}),
    ("The Merrow Unity Party won 64 seats and the Brenna Civic Front, led by Tomas Vendrel, took 29.",
     {(MUP, S, 64), (BCF, S, 29)}),
    ("The Brenna Civic Front, which had 35 seats, backed the bill.", {(BCF, S, 35)}),
    ("Exit poll forecast: Merrow Unity Party 64, Brenna Civic Front 29, Corlan Green League 12.", set()),
    ("Seat projection: Merrow Unity Party 64, Brenna Civic Front 29.", set()),
    ("Latest survey: Merrow Unity Party 64, Brenna Civic Front 29.", set()),
    ("Official results: Merrow Unity Party 64, Brenna Civic Front 29 seats.", {(MUP, S, 64), (BCF, S, 29)}),
    # more styles that were read before this battery (kept so that they stay read)
    ("The Merrow Unity Party secured a majority with 64 of 120 seats.", {(MUP, S, 64)}),
    ("The Merrow Unity Party's share of seats rose to 64 from 58.", {(MUP, S, 64)}),
    ("The Brenna Civic Front's 29 seats leave it well short of a majority.", {(BCF, S, 29)}),
    ("The Merrow Unity Party came out on top, winning 64 seats.", {(MUP, S, 64)}),
    ("In second place was the Brenna Civic Front with 29 seats.", {(BCF, S, 29)}),
    ("The Brenna Civic Front gained 29 seats.", set()),
    ("Merrow Unity Party wins majority with 64 seats\n\nCelebrations began.", {(MUP, S, 64)}),
    ("The Brenna Civic Front, with 29 MPs, leads the opposition.", {(BCF, S, 29)}),
    ("Voters handed the Merrow Unity Party 64 seats.", {(MUP, S, 64)}),
    ("The Merrow Unity Party is the largest party, with 64 seats, ahead of the Brenna Civic Front (29) and the "
     "Corlan Green League (12).", {(MUP, S, 64), (BCF, S, 29), (CGL, S, 12)}),
    ("Of the 120 seats, 64 went to the Merrow Unity Party, 29 to the Brenna Civic Front and 12 to the Corlan Green "
     "League.", {(MUP, S, 64), (BCF, S, 29), (CGL, S, 12)}),
    ("The Karvel Assembly's 120 members elect the president.", {(KA, S, 120)}),
    ("The Merrow Unity Party (64 seats) will govern with the Corlan Green League (12 seats).",
     {(MUP, S, 64), (CGL, S, 12)}),
    ("The Brenna Civic Front dropped to 29 seats from 35, while the Merrow Unity Party climbed to 64.",
     {(MUP, S, 64), (BCF, S, 29)}),
    ("Kenya maintains a 3,000-strong contingent in the region.", {("Kenya", T, 3000)}),
    ("Some 3,000 Kenyan peacekeepers serve in the region.", {("Kenya", T, 3000)}),
    ("Kenya is the largest contributor, with 3,000 troops.", {("Kenya", T, 3000)}),
    ("Kenya doubled its contingent to 3,000 soldiers.", {("Kenya", T, 3000)}),
    ("Kenya has increased the number of its troops in the region to 3,000.", {("Kenya", T, 3000)}),
    ("The Ashen Hawks, an armed group with about 3,000 fighters, attacked the town.", {(AH, T, 3000)}),
    ("The fighting killed 3,000 soldiers.", set()),
    ("The Merrow Unity Party won by 64 votes.", set()),
    ("The Merrow Unity Party needs 61 seats for a majority.", set()),
    ("The Merrow Unity Party's 64 seats and the Corlan Green League's 12 give the coalition 76.",
     {(MUP, S, 64), (CGL, S, 12)}),
    ("The Karvel Assembly, with 120 members, is elected every four years.", {(KA, S, 120)}),
    # a bare count of troops in a parallel clause; pronouns and descriptions across sentences
    ("Kenya sent 3,000 troops; Norway sent 1,200.", {("Kenya", T, 3000), ("Norway", T, 1200)}),
    ("Kenya, which has 3,000 troops in the region, and Norway, which has 1,200, signed the pact.",
     {("Kenya", T, 3000), ("Norway", T, 1200)}),
    ("Kenya has 3,000 soldiers in the region, while Norway has about 1,200.", {("Kenya", T, 3000), ("Norway", T, 1200)}),
    ("Kenya deployed 3,000 troops and Norway deployed 1,200.", {("Kenya", T, 3000), ("Norway", T, 1200)}),
    ("Kenya deployed 3,000 troops in March and lost 1,200 in the fighting.", {("Kenya", T, 3000)}),
    ("Kenya sent 3,000 troops and Norway sent 12 helicopters.", {("Kenya", T, 3000)}),
    ("The Merrow Unity Party led the count on Monday. It won 64 seats, the commission said.", {(MUP, S, 64)}),
    ("Tomas Vendrel founded the Merrow Unity Party in 2010. The party won 64 seats on Sunday.", {(MUP, S, 64)}),
    ("The Merrow Unity Party won 64 seats. Its ally, the Corlan Green League, took 12.", {(MUP, S, 64), (CGL, S, 12)}),
    ("Tomas Vendrel's party, the Brenna Civic Front, won 29 seats.", {(BCF, S, 29)}),
    ("The Merrow Unity Party \u2014 which has governed since 2010 \u2014 won 64 seats.", {(MUP, S, 64)}),
    ("Both the Merrow Unity Party (64) and the Brenna Civic Front (29) claimed victory in the 120-seat Karvel "
     "Assembly.", {(MUP, S, 64), (BCF, S, 29), (KA, S, 120)}),
    ("The Brass Lantern Brigade was founded in 2015. Its fighters, numbering about 4,000, hold the port.",
     {("Brass Lantern Brigade", T, 4000)}),
    xf("The Merrow Unity Party and the Brenna Civic Front dominated. The former took 64 seats, the latter 29.",
       {(MUP, S, 64), (BCF, S, 29)}, "'the former' / 'the latter' are not resolved"),
    ("The Brass Lantern Brigade has grown rapidly. The militia now has about 4,000 fighters.",
     {("Brass Lantern Brigade", T, 4000)}),
    # a house's size by 'whose' and 'with'; a possessed count with its noun left out
    ("The Karvel Assembly, whose 120 deputies serve five-year terms, met on Monday.", {(KA, S, 120)}),
    ("A new Karvel Assembly with 120 members will sit in May.", {(KA, S, 120)}),
    ("The Karvel Assembly passed the law, with 64 members in favour.", set()),
    ("The Karvel Assembly, whose 64 members from the ruling party backed the bill, adjourned.", set()),
    ("The Karvel Assembly, with 64 members present, approved the budget.", set()),
    ("The Merrow Unity Party's 64 seats plus the Corlan Green League's 12 make a majority.",
     {(MUP, S, 64), (CGL, S, 12)}),
    ("The Merrow Unity Party's 64 seats were won in 2019, the year of the Corlan Green League's 12th congress.",
     {(MUP, S, 64)}),
    # margins, reports and look-alikes of the new readings
    ("The Merrow Unity Party's lead grew to 34 seats over the Brenna Civic Front.", set()),
    ("The Merrow Unity Party's margin over the Brenna Civic Front widened to 12 seats.", set()),
    ("The Merrow Unity Party's tally grew to 34 seats.", {(MUP, S, 34)}),
    ("The Brenna Civic Front says it won 31 seats; the commission says it won 14.", {(BCF, S, 14)}),
    ("The Brenna Civic Front says it won 31 seats.", {(BCF, S, 31)}),
    ("The Corlan Green League lost two seats to the Merrow Unity Party, ending with 12.", {(CGL, S, 12)}),
    ("The Karvel Assembly was given 120 days to approve the budget.", set()),
    ("The Merrow Unity Party was given three ministries in the new cabinet.", set()),
    ("The Merrow Unity Party was awarded 14 medals at the ceremony.", set()),
    ("Five Merrow Unity Party deputies were arrested on Monday.", set()),
    ("Kenya's team, 30 strong, arrived for the games.", set()),
    ("The delegation from the Merrow Unity Party, 40 strong, met the minister.", set()),
    ("Kenya sent 3,000 troops; Norway sent 1,200 tonnes of aid.", {("Kenya", T, 3000)}),
    ("The Merrow Unity Party gained five seats to the south of the capital.", set()),
    ("Kenya lost 300 soldiers to the ambush and 200 to disease.", set()),
    # a person's own force
    ("General Tomas Vendrel commands a force of 3,000 fighters.", {(TV, T, 3000)}),
    ("Tomas Vendrel has some 4,000 men in arms.", {(TV, T, 4000)}),
    ("Tomas Vendrel has 3,000 supporters.", set()),
    ("Tomas Vendrel leads a party of 3,000 members.", set()),
    # lists with '=', totals that went to a body, tallies standing at a count, other seat nouns
    ("Seat distribution: Merrow Unity Party = 34, Brenna Civic Front = 29.", {(MUP, S, 34), (BCF, S, 29)}),
    ("A total of 64 seats went to the Merrow Unity Party.", {(MUP, S, 64)}),
    ("The Merrow Unity Party's seat count stands at 64.", {(MUP, S, 64)}),
    ("The Merrow Unity Party's tally stood at 64 seats after the recount.", {(MUP, S, 64)}),
    ("The Merrow Unity Party will fill 34 of the 120 seats.", {(MUP, S, 34)}),
    ("The Brenna Civic Front holds 29 places in the 120-seat Karvel Assembly.", {(BCF, S, 29), (KA, S, 120)}),
    ("Voters will fill all 120 seats in the Karvel Assembly.", {(KA, S, 120)}),
    ("The Merrow Unity Party's turnout stands at 64 percent.", set()),
    ("The Merrow Unity Party will have 34 representatives in the Karvel Assembly.", {(MUP, S, 34)}),
    ("The new assembly's seats: Merrow Unity Party (34), Brenna Civic Front (29), Corlan Green League (12).", THREE),
    ("The Merrow Unity Party took 31.2% (34 seats), the Brenna Civic Front 27.5% (29 seats).",
     {(MUP, S, 34), (BCF, S, 29)}),
    ("The Merrow Unity Party won 34 seats; the Brenna Civic Front, 29; the Corlan Green League, 12.", THREE),
    ("Seats in the Karvel Assembly (120): Merrow Unity Party 34, Brenna Civic Front 29, Corlan Green League 12.",
     THREE),
    ("The Brenna Civic Front will sit in opposition with its 29 seats.", {(BCF, S, 29)}),
    ("Thirty-four of the Merrow Unity Party's candidates were elected.", {(MUP, S, 34)}),
    ("Only 12 of the Corlan Green League's nominees were returned to the Karvel Assembly.", {(CGL, S, 12)}),
    ("If 34 of the Merrow Unity Party's candidates are elected, it will govern.", set()),
    ("Five of the Merrow Unity Party's candidates were arrested.", set()),
    ("34 Merrow Unity Party candidates were elected.", {(MUP, S, 34)}),
    ("Only 12 Corlan Green League candidates were returned to the Karvel Assembly.", {(CGL, S, 12)}),
    ("The Merrow Unity Party fielded 34 candidates.", set()),
    ("Five Merrow Unity Party candidates were arrested.", set()),
    ("The Merrow Unity Party had 34 candidates disqualified.", set()),
    ("Seats:\nMerrow Unity Party ........ 34\nBrenna Civic Front ........ 29\n", {(MUP, S, 34), (BCF, S, 29)}),
    ("SEATS\nMerrow Unity Party \u2026 34\nBrenna Civic Front \u2026 29\n", {(MUP, S, 34), (BCF, S, 29)}),
    ("Votes:\nMerrow Unity Party ........ 34,000\nBrenna Civic Front ........ 29,000\n", set()),
    ("The Merrow Unity Party won 34 seats. Its leader spoke to supporters. Turnout was 61.", {(MUP, S, 34)}),
    xf("Kenyan troops in the region number about 3,000.", {("Kenya", T, 3000)},
       "'number' after 'troops in the region' is not read as the strength verb"),
    # a label line with no number before a results line is no dot-leader entry: no seat context carried over
    ("The Karvel Assembly has 120 seats.\n\nVote count: Merrow Unity Party 41, Brenna Civic Front 30.\n", {(KA, S, 120)}),
]


@pytest.fixture(scope="module")
def extracted():
    texts = [b.values[0] if hasattr(b, "values") else b[0] for b in BATTERY5]
    return facts_by_document(texts, "v")


@pytest.mark.model
@pytest.mark.parametrize("i,text,expected", [
    pytest.param(i, *(b.values if hasattr(b, "values") else b), marks=getattr(b, "marks", ()), id=f"v{i:03d}")
    for i, b in enumerate(BATTERY5)])
def test_battery5(extracted, i, text, expected):
    assert extracted.get(f"v{i:03d}", set()) == expected, text
