"""A fifth battery of seat and troop counts in document styles the earlier batteries leave out, written before
reading the facts reader: a results paragraph mixing vote shares and seats, lists ending in "respectively", counts in
brackets with "seats" said once, "X, with N seats, ..." set off in a clause, seat changes ("up N to M", "gained N to
reach M", "a gain of N"), a named coalition's combined seats, headlines in title case, interview answers, translated
press ("the formation obtained N mandates", "curules", "legislators"), markdown tables with a change column,
infobox and key-value lines, troops "estimated at", "a force of", "some N-strong", "deployed N more, bringing the
total to M", a militia's strength in a profile and spelled-out numbers; and negatives that state no holding or
strength (votes, turnout, polls and projections, the seats of another body, casualties, prisoners, budgets, years,
constituencies, candidates, thresholds, changes with no total, withdrawals, denials and plans). The state Tovenia,
its parties and the armed bodies are invented; the states that send troops are real ones (an unknown state name may be
tagged as a person, which is no matter of the facts reader). End to end with the real English pipeline; names are
compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
BHP = "Blue Heron Party"
IOM = "Iron Orchard Movement"
SHP = "Social Harbour Party"
MFD = "Movement for Dalren"
DC = "Dawn Coalition"
FALCON = "Red Falcon Brigades"
EAF = "Eastern Ash Front"
TSM = "Tovenia Support Mission"

CASES = [
    # --- a results paragraph: shares and seats mixed ---
    ("The Blue Heron Party won 34.2 percent of the vote and 58 seats, while the Iron Orchard Movement took 21.7 "
     "percent and 35 seats.",
     {(BHP, S, 58), (IOM, S, 35)}),
    ("With 41% of the vote, the Blue Heron Party secured 63 seats in the Tovenian parliament.", {(BHP, S, 63)}),
    ("The Social Harbour Party polled 8.9% and won 12 seats; the Movement for Dalren, on 6.1%, won 7.",
     {(SHP, S, 12), (MFD, S, 7)}),
    ("The Iron Orchard Movement, which took 21.7% of the vote, will have 35 seats in the new parliament.",
     {(IOM, S, 35)}),
    # --- "respectively" ---
    ("The Blue Heron Party and the Iron Orchard Movement won 58 and 35 seats respectively.",
     {(BHP, S, 58), (IOM, S, 35)}),
    ("The Blue Heron Party, the Iron Orchard Movement and the Social Harbour Party took 58, 35 and 12 seats, "
     "respectively.",
     {(BHP, S, 58), (IOM, S, 35), (SHP, S, 12)}),
    ("Uruguay and Paraguay have 2,300 and 900 troops in Tovenia, respectively.",
     {("Uruguay", T, 2300), ("Paraguay", T, 900)}),
    # --- counts in brackets, the unit said once ---
    ("The new chamber: Blue Heron Party (58 seats), Iron Orchard Movement (35), Social Harbour Party (12).",
     {(BHP, S, 58), (IOM, S, 35), (SHP, S, 12)}),
    ("The opposition is split between the Iron Orchard Movement (35 seats) and the Movement for Dalren (7).",
     {(IOM, S, 35), (MFD, S, 7)}),
    ("Troops in the mission come from Uruguay (2,300 soldiers), Paraguay (900) and Tovenia itself (4,000).",
     {("Uruguay", T, 2300), ("Paraguay", T, 900), ("Tovenia", T, 4000)}),
    # --- "X, with N seats, ..." set off in a clause ---
    ("The Social Harbour Party, with 12 seats, will hold the balance of power in the Tovenian parliament.",
     {(SHP, S, 12)}),
    ("The Iron Orchard Movement, now with 35 seats, becomes the main opposition.", {(IOM, S, 35)}),
    ("The Red Falcon Brigades, with some 3,000 fighters, remain the strongest armed group in the east.",
     {(FALCON, T, 3000)}),
    ("Even with only 7 seats, the Movement for Dalren could decide who governs Tovenia.", {(MFD, S, 7)}),
    # --- seat changes: the new count ---
    ("The Blue Heron Party was up six to 58 seats.", {(BHP, S, 58)}),
    ("The Iron Orchard Movement gained nine seats to reach 35.", {(IOM, S, 35)}),
    ("The Social Harbour Party dropped four seats to 12 in the Tovenian parliament.", {(SHP, S, 12)}),
    ("The Blue Heron Party climbed to 58 seats, a gain of six.", {(BHP, S, 58)}),
    ("The Iron Orchard Movement now holds 35 seats, nine more than in 2027.", {(IOM, S, 35)}),
    ("The Social Harbour Party slipped to 12 seats from 16.", {(SHP, S, 12)}),
    ("The Movement for Dalren added three seats, taking its total to 7.", {(MFD, S, 7)}),
    ("The Blue Heron Party increased its representation to 58 seats.", {(BHP, S, 58)}),
    # --- a named coalition's combined seats ---
    ("The Dawn Coalition, made up of the Blue Heron Party and the Social Harbour Party, holds 70 seats in total.",
     {(DC, S, 70)}),
    ("The Dawn Coalition has a combined 70 seats in the Tovenian parliament.", {(DC, S, 70)}),
    ("The Dawn Coalition's 70 seats give it a narrow majority.", {(DC, S, 70)}),
    # --- headlines in title case ---
    ("Blue Heron Party Wins 58 Seats in Tovenian Election\nCounting ended on Monday morning.", {(BHP, S, 58)}),
    ("Iron Orchard Movement Takes 35 Seats, Becomes Main Opposition\nThe party's leader thanked voters.",
     {(IOM, S, 35)}),
    ("Uruguay to Deploy 1,200 More Troops to Tovenia\nThe cabinet approved the plan on Tuesday.",
     {("Uruguay", T, 1200)}),
    ("Election result: 58 seats for Blue Heron Party\nThe party will form the next government.",
     {(BHP, S, 58)}),
    # --- interview answers ---
    ("Q: How many seats does the Blue Heron Party hold now?\nA: We hold 58 seats, the most in our history.",
     {(BHP, S, 58)}),
    ("Interview with Lenna Varos, leader of the Social Harbour Party.\nQ: What did you win?\nA: We won 12 seats, "
     "which makes us the kingmaker.",
     {(SHP, S, 12)}),
    ("Q: How strong are the Red Falcon Brigades today?\nA: They have about 3,000 fighters, most of them in the "
     "eastern hills.",
     {(FALCON, T, 3000)}),
    # --- translated press ---
    ("The Blue Heron Party celebrated on Sunday night. The formation obtained 58 mandates in the legislative "
     "elections.",
     {(BHP, S, 58)}),
    ("The Iron Orchard Movement obtained 35 deputies in the legislative elections.", {(IOM, S, 35)}),
    ("The Blue Heron Party won 58 curules in the chamber of deputies.", {(BHP, S, 58)}),
    ("The Blue Heron Party will have 58 legislators in the new assembly.", {(BHP, S, 58)}),
    ("The Social Harbour Party achieved 12 parliamentary seats, according to the electoral council.",
     {(SHP, S, 12)}),
    ("The Iron Orchard Movement will count on 35 parliamentarians in the next legislature.", {(IOM, S, 35)}),
    ("The formation of Lenna Varos, the Social Harbour Party, obtained 12 seats of deputies.", {(SHP, S, 12)}),
    ("The Red Falcon Brigades have some 3,000 combatants in the eastern provinces.", {(FALCON, T, 3000)}),
    ("Uruguay maintains a contingent of 2,300 effectives in Tovenia.", {("Uruguay", T, 2300)}),
    # --- markdown and fixed tables with a change column ---
    ("| Party | Votes | % | Seats | +/- |\n|---|---|---|---|---|\n| Blue Heron Party | 1,204,332 | 34.2 | 58 | +6 |\n"
     "| Iron Orchard Movement | 764,118 | 21.7 | 35 | -4 |",
     {(BHP, S, 58), (IOM, S, 35)}),
    ("Party | Seats | Change\nBlue Heron Party | 58 | +6\nSocial Harbour Party | 12 | -4",
     {(BHP, S, 58), (SHP, S, 12)}),
    ("Blue Heron Party: 58 (+6)\nIron Orchard Movement: 35 (-4)\nSocial Harbour Party: 12 (-4)\n"
     "Seats in the new Tovenian parliament, with changes.",
     {(BHP, S, 58), (IOM, S, 35), (SHP, S, 12)}),
    ("Seats won:\nBlue Heron Party — 58\nIron Orchard Movement — 35\nMovement for Dalren — 7",
     {(BHP, S, 58), (IOM, S, 35), (MFD, S, 7)}),
    # --- infobox and key-value lines ---
    ("Blue Heron Party\nLeader: Arvo Kessin\nFounded: 2011\nSeats in parliament: 58 / 150\nColours: blue",
     {(BHP, S, 58)}),
    ("Party name: Iron Orchard Movement\nChairman: Dovan Retz\nParliament seats: 35\nPosition: centre-left",
     {(IOM, S, 35)}),
    ("Red Falcon Brigades\nActive: 2027–present\nSize: 3,000–4,000 fighters\nArea of operations: eastern Tovenia",
     {(FALCON, T, 4000)}),
    ("Eastern Ash Front\nLeader: Hollis Vantrup\nEstimated strength: 1,500\nAllies: Red Falcon Brigades",
     {(EAF, T, 1500)}),
    ("Tovenia Support Mission\nEstablished: 2029\nAuthorised strength: 9,000 troops\nHead of mission: Ilse Varn",
     {(TSM, T, 9000)}),
    # --- troops "estimated at" ---
    ("The strength of the Red Falcon Brigades is estimated at 3,500 fighters.", {(FALCON, T, 3500)}),
    ("The Eastern Ash Front's fighters are estimated at around 1,500.", {(EAF, T, 1500)}),
    ("Uruguay's troops in Tovenia are estimated at 2,300.", {("Uruguay", T, 2300)}),
    ("Analysts estimate the Red Falcon Brigades at about 3,500 fighters.", {(FALCON, T, 3500)}),
    # --- "a force of" ---
    ("Uruguay sent a force of 1,800 soldiers to Tovenia.", {("Uruguay", T, 1800)}),
    ("Paraguay maintains a force of about 900 troops in the north of Tovenia.", {("Paraguay", T, 900)}),
    ("The Red Falcon Brigades have built a force of 3,000 fighters since 2027.", {(FALCON, T, 3000)}),
    # --- "N-strong" ---
    ("The some 3,000-strong Red Falcon Brigades attacked the depot at dawn.", {(FALCON, T, 3000)}),
    ("The Red Falcon Brigades, some 3,000 strong, control the eastern hills.", {(FALCON, T, 3000)}),
    ("The Eastern Ash Front is about 1,500 strong, according to the army.", {(EAF, T, 1500)}),
    ("Uruguay's 2,300-strong contingent guards the airport in Tovenia.", {("Uruguay", T, 2300)}),
    ("The 58-strong Blue Heron Party group will vote for the budget.", {(BHP, S, 58)}),
    # --- more deployed, bringing the total to M ---
    ("Uruguay deployed 500 more troops, bringing its total in Tovenia to 2,300.", {("Uruguay", T, 2300)}),
    ("Paraguay sent another 300 soldiers last week, raising its contingent in Tovenia to 1,200.",
     {("Paraguay", T, 1200)}),
    ("With the new arrivals, Uruguay now has 2,300 troops in Tovenia.", {("Uruguay", T, 2300)}),
    ("Uruguay's deployment in Tovenia has reached 2,300 troops.", {("Uruguay", T, 2300)}),
    ("Uruguay's contingent now totals 2,300 soldiers.", {("Uruguay", T, 2300)}),
    ("Uruguay's contribution to the mission stands at 2,300 troops.", {("Uruguay", T, 2300)}),
    # --- a militia's strength in a profile ---
    ("Founded in 2027, the Red Falcon Brigades grew quickly and today number about 3,000 fighters, most of them "
     "former soldiers.",
     {(FALCON, T, 3000)}),
    ("The Eastern Ash Front is a militia of roughly 1,500 men based in the hill country of Tovenia.",
     {(EAF, T, 1500)}),
    ("The Eastern Ash Front has grown to some 1,500 fighters.", {(EAF, T, 1500)}),
    ("The ranks of the Red Falcon Brigades have swelled to 3,000.", {(FALCON, T, 3000)}),
    ("The Red Falcon Brigades can field up to 4,000 fighters.", {(FALCON, T, 4000)}),
    ("The Red Falcon Brigades can muster about 4,000 armed men.", {(FALCON, T, 4000)}),
    ("The Eastern Ash Front boasts 1,500 fighters, most of them volunteers.", {(EAF, T, 1500)}),
    # --- spelled-out numbers ---
    ("The Blue Heron Party won fifty-eight seats.", {(BHP, S, 58)}),
    ("The Movement for Dalren won seven seats in the Tovenian parliament.", {(MFD, S, 7)}),
    ("Uruguay has two thousand troops in Tovenia.", {("Uruguay", T, 2000)}),
    ("The Red Falcon Brigades have some three thousand fighters.", {(FALCON, T, 3000)}),
    ("The Social Harbour Party won a dozen seats.", {(SHP, S, 12)}),
    ("Uruguay has 2.3 thousand troops in Tovenia.", {("Uruguay", T, 2300)}),
    ("Uruguay has 12 thousand troops along the Paraguay border.", {("Uruguay", T, 12000)}),
    # --- other verbs and owners ---
    ("The final count gives the Blue Heron Party 58 seats.", {(BHP, S, 58)}),
    ("Official results gave the Iron Orchard Movement 35 seats.", {(IOM, S, 35)}),
    ("58 seats went to the Blue Heron Party, 35 to the Iron Orchard Movement.",
     {(BHP, S, 58), (IOM, S, 35)}),
    ("Fifty-eight seats were won by the Blue Heron Party.", {(BHP, S, 58)}),
    ("The Blue Heron Party will occupy 58 seats in the new chamber.", {(BHP, S, 58)}),
    ("The Blue Heron Party's tally of 58 seats is its best ever.", {(BHP, S, 58)}),
    ("The Blue Heron Party's parliamentary group numbers 58 deputies.", {(BHP, S, 58)}),
    ("The Blue Heron Party is the biggest group in parliament, with 58 seats.", {(BHP, S, 58)}),
    ("The Blue Heron Party (BHP) was formed in 2011. The BHP won 58 seats on Sunday.", {(BHP, S, 58)}),
    ("Uruguay has stationed 2,300 troops in Tovenia since 2029.", {("Uruguay", T, 2300)}),
    ("Uruguay keeps a garrison of 2,300 in Tovenia.", {("Uruguay", T, 2300)}),
    ("Uruguay has committed 2,300 troops to the Tovenia Support Mission.", {("Uruguay", T, 2300)}),
    ("Uruguay airlifted 1,200 paratroopers to Tovenia on Friday.", {("Uruguay", T, 1200)}),
    ("The Tovenia Support Mission, which has 9,000 peacekeepers, patrols the border.", {(TSM, T, 9000)}),
    ("The 9,000 peacekeepers of the Tovenia Support Mission patrol the border.", {(TSM, T, 9000)}),
    ("Uruguay maintains around 2,300 military personnel in Tovenia.", {("Uruguay", T, 2300)}),
    # --- more wordings of the causes fixed: field labels, strength fields, ranges, N-strong, totals, denials of
    # reports, a house's plan, seats on a body that is no house, 'up N to M', a group's own count, 'put X at N', 'N of
    # them come from A', 'respectively' after names in apposition ---
    ("Iron Orchard Movement\nChairman: Dovan Retz\nAssembly seats: 35\nPosition: centre-left", {(IOM, S, 35)}),
    ("Social Harbour Party\nLeader: Lenna Varos\nSeats in the chamber: 12 / 150\nColours: green", {(SHP, S, 12)}),
    ("Blue Heron Party\nLeader: Arvo Kessin\nSeats contested: 150\nColours: blue", set()),
    ("Blue Heron Party\nLeader: Arvo Kessin\nSeats needed for a majority: 76\nColours: blue", set()),
    ("Tovenia Support Mission\nHead of mission: Ilse Varn\nStrength: about 9,000\nBase: the capital", {(TSM, T, 9000)}),
    ("Blue Heron Party\nLeader: Arvo Kessin\nStrength: 1,500\nColours: blue", set()),
    ("The Red Falcon Brigades have 3,000–4,000 fighters in the hills.", {(FALCON, T, 4000)}),
    ("The Red Falcon Brigades fought in the hills from 2027–2031.", set()),
    ("The 3,000-strong Red Falcon Brigades control the eastern hills.", {(FALCON, T, 3000)}),
    ("Uruguay sent 400 extra soldiers, taking its contingent to 1,600.", {("Uruguay", T, 1600)}),
    ("Paraguay dismissed claims that it keeps 900 soldiers in Tovenia.", set()),
    ("Uruguay confirmed reports that it has 2,000 troops in Tovenia.", {("Uruguay", T, 2000)}),
    ("The Tovenian senate discussed a 900-troop mission on Monday.", set()),
    ("The breakaway Stone Ridge Council, headed by former spokesman Orin Vask, has about 2,500 fighters.",
     {("Stone Ridge Council", T, 2500)}),  # a body named "... Council" that is no state's house
    ("The Iron Orchard Movement holds three seats on the electoral commission.", set()),
    ("The Blue Heron Party won 14 seats on the city council.", {(BHP, S, 14)}),
    ("The Social Harbour Party was down four to 12 seats.", {(SHP, S, 12)}),
    ("The Iron Orchard Movement's parliamentary faction numbers 35 deputies.", {(IOM, S, 35)}),
    ("Diplomats put the Red Falcon Brigades at 3,500 fighters.", {(FALCON, T, 3500)}),
    ("The Tovenia Support Mission will have 3,000 soldiers. About 1,000 of them will come from Uruguay.",
     {(TSM, T, 3000), ("Uruguay", T, 1000)}),
    ("Some 3,000 refugees crossed the border. About 1,000 of them come from Paraguay.", set()),
    ("The Iron Orchard Movement, the Social Harbour Party and the Movement for Dalren won 35, 12 "
     "and 7 seats respectively.",
     {(IOM, S, 35), (SHP, S, 12), (MFD, S, 7)}),
    # --- negatives: no holding and no strength ---
    ("Turnout reached 64 percent, with 3.1 million voters casting ballots.", set()),
    ("The Blue Heron Party's vote rose by 120,000 compared with the last election.", set()),
    ("The Blue Heron Party received 1,204,332 votes, or 34.2 percent.", set()),
    ("A poll published on Friday gives the Blue Heron Party 60 seats.", set()),
    ("Exit polls project 58 seats for the Blue Heron Party.", set()),
    ("With 98% counted, the Blue Heron Party is projected to win 58 seats.", set()),
    ("The Blue Heron Party is expected to win around 60 seats on Sunday.", set()),
    ("The Blue Heron Party hopes to win 70 seats in the next election.", set()),
    ("The Blue Heron Party has two seats on the board of the state broadcaster.", set()),
    ("Tovenia holds one of the ten rotating seats on the regional security council.", set()),
    ("Uruguay lost 45 soldiers in Tovenia last year.", set()),
    ("The clashes left 30 fighters of the Red Falcon Brigades dead.", set()),
    ("The Red Falcon Brigades freed 200 captured soldiers on Thursday.", set()),
    ("Uruguay is holding 300 fighters of the Eastern Ash Front in detention.", set()),
    ("Uruguay's defence budget rose to 4.2 billion dollars.", set()),
    ("The Tovenia Support Mission costs 600 million dollars a year.", set()),
    ("The Blue Heron Party has ruled Tovenia since 2019.", set()),
    ("In 2031 the Blue Heron Party returned to power after 12 years in opposition.", set()),
    ("The Blue Heron Party fielded candidates in all 150 constituencies.", set()),
    ("The vote for the Tovenian parliament takes place in 42 constituencies.", set()),
    ("The Blue Heron Party fielded 150 candidates.", set()),
    ("The Blue Heron Party needs 76 seats for a majority.", set()),
    ("A majority in the Tovenian parliament requires 76 seats.", set()),
    ("The Blue Heron Party is five seats short of a majority.", set()),
    ("The Blue Heron Party lost six seats.", set()),
    ("The Iron Orchard Movement gained nine seats.", set()),
    ("Uruguay plans to cut its army by 5,000 troops.", set()),
    ("Uruguay withdrew 500 troops from Tovenia last month.", set()),
    ("The Red Falcon Brigades recruited 400 new fighters last month.", set()),
    ("Uruguay trained 2,000 soldiers of the Tovenian army last year.", set()),
    ("About 3,000 people attended the Blue Heron Party's rally in the capital.", set()),
    ("The Red Falcon Brigades attacked the town with 40 vehicles.", set()),
    ("Uruguay's army has 12 divisions and 300 tanks.", set()),
    ("Uruguay's parliament rejected a plan to send 1,200 troops to Tovenia.", set()),
    ("Uruguay denied reports that it has 2,000 troops in Tovenia.", set()),
    ("The leader of the Red Falcon Brigades is 58 years old.", set()),
    ("Uruguay evacuated 1,500 civilians from the Tovenian capital.", set()),
    ("The Social Harbour Party ranks 12th among the 40 parties that ran.", set()),
    ("The Blue Heron Party lost 120,000 votes and three percentage points.", set()),
    ("The Tovenian parliament will debate a 1,200-troop deployment next week.", set()),
]

XFAIL: dict[str, str] = {
    "Troops in the mission come from Uruguay (2,300 soldiers), Paraguay (900) and Tovenia itself (4,000).":
        "bare counts in brackets after the later names of a list whose first item alone carries the troop noun are "
        "not read (only the first, with its noun)",
    "Even with only 7 seats, the Movement for Dalren could decide who governs Tovenia.":
        "a modal on the main verb ('could decide') is taken for a projection of the count set off before it",
    "Uruguay to Deploy 1,200 More Troops to Tovenia\nThe cabinet approved the plan on Tuesday.":
        "actors: a state named only in a headline in title case is not found",
    "Q: How many seats does the Blue Heron Party hold now?\nA: We hold 58 seats, the most in our history.":
        "'we' in an answer is not resolved to the body the question names",
    "Interview with Lenna Varos, leader of the Social Harbour Party.\nQ: What did you win?\nA: We won 12 seats, "
    "which makes us the kingmaker.":
        "'we' in an answer is not resolved to the body of the person the interview is with",
    "The Blue Heron Party celebrated on Sunday night. The formation obtained 58 mandates in the legislative "
    "elections.":
        "resolver: 'the formation' (a party, in translated press) is no definite head; adding it would also take "
        "military formations for parties",
    "Blue Heron Party: 58 (+6)\nIron Orchard Movement: 35 (-4)\nSocial Harbour Party: 12 (-4)\n"
    "Seats in the new Tovenian parliament, with changes.":
        "a list of 'Name: N (+M)' lines whose seat noun comes only in a line after the list gives its bare counts no "
        "seat context",
    "The Eastern Ash Front is about 1,500 strong, according to the army.":
        "actors: a body named '... Front' is typed a coalition, and 'X is N strong' is troops only for an armed body",
    "Founded in 2027, the Red Falcon Brigades grew quickly and today number about 3,000 fighters, most of them "
    "former soldiers.":
        "parser: 'today number' after 'and' is read as a noun compound, so the verb of the count has no subject",
    "The Red Falcon Brigades recruited 400 new fighters last month.":
        "fighters a body recruited ('400 new fighters') are read as its strength: a count of new members is an "
        "increase, not a size",
}


extracted, test_wording = battery(CASES, XFAIL, "u", facts_by_document, assert_facts)
