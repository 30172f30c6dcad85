"""A fourth battery, written from ordinary news prose rather than from development misses: for each fact key
(seats a party won, a legislature's own size, a state's troops, an armed group's fighters) a dozen different
wordings a wire report, analysis or profile uses (active, passive, apposition, relative clause, possessive, noun
phrase, participle, parenthetical, reported speech, "X-led", "pro-X", phrasal verbs), plus sentences that must
give none: negation, conditions, questions, denials and refusals, hopes and polls, ages, troops withdrawn (but for all
of them: "withdrew its 3,000 troops"), losses.
All parties, militias, people and most states are invented. End to end with the real model, in one run."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

S, T = "seats", "troops"
OPP, TRM, BLB = "Orsolan People's Party", "Tervan Renewal Movement", "Brass Lantern Brigade"
KA = "Karvel Assembly"


def xf(text, expected, reason):
    """A wording still missed: kept in the battery as an expected failure with its cause."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=False, reason=reason))


BATTERY4 = [
    # seats won by a party
    ("The Orsolan People's Party won 47 seats in Sunday's election, the electoral commission said.", {(OPP, S, 47)}),
    ("Forty-seven seats went to the Orsolan People's Party.", {(OPP, S, 47)}),
    ("Of the seats at stake, 47 were won by the Orsolan People's Party.", {(OPP, S, 47)}),
    ("The Orsolan People's Party, which secured 47 seats, will lead the coalition talks.", {(OPP, S, 47)}),
    ("The Orsolan People's Party's 47 seats make it the largest group in the Karvel Assembly.", {(OPP, S, 47)}),
    ("The Orsolan People's Party's haul of 47 seats was its best result since 1990.", {(OPP, S, 47)}),
    ("Having won 47 seats, the Orsolan People's Party began talks with smaller groups.", {(OPP, S, 47)}),
    ("The Orsolan People's Party (47 seats) and the Tervan Renewal Movement (22 seats) agreed to govern together.",
     {(OPP, S, 47), (TRM, S, 22)}),
    ("Sunday's vote gave the Orsolan People's Party 47 seats.", {(OPP, S, 47)}),
    ("The Vendrel-led Orsolan People's Party won 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party raised its tally to 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party, winner of 47 seats, is expected to form the next government.", {(OPP, S, 47)}),
    ("The Orsolan People's Party is the largest party with 47 lawmakers.", {(OPP, S, 47)}),
    ("Tomas Vendrel's Orsolan People's Party took 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party picked up 47 seats, official results showed.", {(OPP, S, 47)}),
    ("The Orsolan People's Party now controls 47 seats in the Karvel Assembly.", {(OPP, S, 47)}),
    ("Forty-seven seats were won by the Orsolan People's Party.", {(OPP, S, 47)}),
    ("The Tervan Renewal Movement racked up 22 seats in the north.", {(TRM, S, 22)}),
    ("The Tervan Renewal Movement scooped up 22 seats, more than doubling its share.", {(TRM, S, 22)}),
    # legislature size
    ("The Karvel Assembly is composed of 120 deputies elected by proportional representation.", {(KA, S, 120)}),
    ("The Karvel Assembly, which is made up of 120 members, sits in the capital.", {(KA, S, 120)}),
    ("The 120-seat Karvel Assembly will hold its first session on Monday.", {(KA, S, 120)}),
    ("The Karvel Assembly, which has 120 seats, is elected every four years.", {(KA, S, 120)}),
    ("The Karvel Assembly is made up of 120 deputies.", {(KA, S, 120)}),
    ("The Karvel Assembly consists of 120 members elected for four years.", {(KA, S, 120)}),
    ("The Karvel Assembly comprises 120 lawmakers.", {(KA, S, 120)}),
    ("Voters will fill all 120 seats in the Karvel Assembly.", {(KA, S, 120)}),
    ("Of the 120 seats in the Karvel Assembly, the Orsolan People's Party won 47.", {(KA, S, 120), (OPP, S, 47)}),
    ("The Orsolan People's Party won 47 of the Karvel Assembly's 120 seats.", {(KA, S, 120), (OPP, S, 47)}),
    ("The Karvel Assembly has a total of 120 seats.", {(KA, S, 120)}),
    ("The Karvel Assembly, a 120-member chamber, approved the budget.", {(KA, S, 120)}),
    ("Lawmakers in the 120-member Karvel Assembly approved the budget.", {(KA, S, 120)}),
    # troops of a state
    ("Kenya has deployed 3,000 troops to Ostravia.", {("Kenya", T, 3000)}),
    ("Some 3,000 Kenyan troops are stationed in Ostravia.", {("Kenya military", T, 3000)}),
    ("Kenya, which has 3,000 soldiers in Ostravia, called for a ceasefire.", {("Kenya", T, 3000)}),
    ("Kenya sent 3,000 troops to Ostravia last year.", {("Kenya", T, 3000)}),
    ("Kenya contributes 3,000 troops to the peacekeeping mission in Ostravia.", {("Kenya", T, 3000)}),
    ("About 3,000 troops from Kenya are serving in Ostravia.", {("Kenya", T, 3000)}),
    ("Kenya keeps 3,000 soldiers in Ostravia, according to the defence ministry.", {("Kenya", T, 3000)}),
    ("Kenya's 3,000 troops in Ostravia will stay until next year, the minister said.", {("Kenya military", T, 3000)}),
    ("Kenya has committed 3,000 troops to the mission.", {("Kenya", T, 3000)}),
    # fighters of an armed group
    ("The Brass Lantern Brigade, a militia of some 4,000 fighters, seized the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade has about 4,000 fighters.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade's 4,000 fighters control the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade, estimated to number 4,000 fighters, controls the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade numbers about 4,000 men under arms.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade, which boasts some 4,000 fighters, controls the port.", {(BLB, T, 4000)}),
    ("The pro-government Brass Lantern Brigade fields 4,000 fighters.", {(BLB, T, 4000)}),
    ("The Vendrel-led Brass Lantern Brigade has 4,000 fighters.", {(BLB, T, 4000)}),
    ("The 4,000-strong Brass Lantern Brigade controls the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade can muster 4,000 fighters, analysts say.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade is thought to have 4,000 fighters.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade claims to have 4,000 fighters.", {(BLB, T, 4000)}),
    # negatives
    ("Kenya ruled out sending 3,000 troops to Ostravia.", set()),
    ("It is unclear whether the Orsolan People's Party won 47 seats.", set()),
    ("The Orsolan People's Party has never held 47 seats.", set()),
    ("Unless the Brass Lantern Brigade recruits 4,000 fighters, it cannot hold the port.", set()),
    ("Kenya declined to deploy 3,000 troops to Ostravia.", set()),
    ("The Orsolan People's Party hopes to win 47 seats.", set()),
    ("If the Orsolan People's Party wins 47 seats, it will govern alone.", set()),
    ("Did the Orsolan People's Party win 47 seats?", set()),
    ("Polls suggest the Orsolan People's Party could win 47 seats.", set()),
    ("The Orsolan People's Party needs 47 seats to govern alone.", set()),
    ("Tomas Vendrel, 47, leads the Orsolan People's Party.", set()),
    ("Kenya denied sending 3,000 troops to Ostravia.", set()),
    ("Kenya refused to send 3,000 troops to Ostravia.", set()),
    ("Kenya has never deployed 3,000 troops to Ostravia.", set()),
    # all of a state's troops withdrawn ("its 3,000 troops") were its strength there, as "the withdrawal of its 3,000
    # troops" is; a part withdrawn ("500 of its troops") is none
    ("Kenya withdrew its 3,000 troops from Ostravia.", {("Kenya", "troops", 3000)}),
    ("The Brass Lantern Brigade lost 400 fighters in the battle.", set()),
    ("Kenya did not send 3,000 troops to Ostravia, the ministry said.", set()),
    ("The Orsolan People's Party did not win 47 seats, contrary to earlier reports.", set()),
    # more wordings of each key, and counts not (yet) held
    ("The Orsolan People's Party emerged from the vote with 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party, the biggest party with 47 seats, named Tomas Vendrel as its candidate.",
     {(OPP, S, 47)}),
    ("The Orsolan People's Party will have 47 lawmakers in the new assembly.", {(OPP, S, 47)}),
    ("With 47 seats, the Orsolan People's Party is the largest bloc.", {(OPP, S, 47)}),
    ("The Orsolan People's Party's 47-strong parliamentary group met on Monday.", {(OPP, S, 47)}),
    ("The Orsolan People's Party claimed 47 seats, the commission announced.", {(OPP, S, 47)}),
    ("The party of Tomas Vendrel, the Orsolan People's Party, won 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party finished with 47 seats, well ahead of the Tervan Renewal Movement on 22.",
     {(OPP, S, 47), (TRM, S, 22)}),
    ("The Karvel Assembly's 120 lawmakers voted on the budget.", {(KA, S, 120)}),
    ("Elections to the 120-member Karvel Assembly were held on Sunday.", {(KA, S, 120)}),
    ("The Karvel Assembly, with its 120 seats, meets twice a year.", {(KA, S, 120)}),
    ("The Karvel Assembly has 120 elected members.", {(KA, S, 120)}),
    ("Kenya, which has about 3,000 peacekeepers in Ostravia, called for calm.", {("Kenya", T, 3000)}),
    ("Kenya has stationed 3,000 soldiers along the border with Ostravia.", {("Kenya", T, 3000)}),
    ("Kenya deployed a 3,000-strong force to Ostravia.", {("Kenya", T, 3000)}),
    ("The Brass Lantern Brigade, whose fighters number about 4,000, controls the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade, with an estimated 4,000 fighters, controls the port.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade, with some 4,000 men under arms, dominates the hills.", {(BLB, T, 4000)}),
    ("Norway, with some 9,000 soldiers, has the region's largest army.", {("Norway", T, 9000)}),
    ("The Brass Lantern Brigade clashed with 400 soldiers near the port.", set()),
    ("The Brass Lantern Brigade has grown to 4,000 fighters.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade is believed to command about 4,000 fighters.", {(BLB, T, 4000)}),
    ("Analysts estimate the Brass Lantern Brigade's strength at 4,000 fighters.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade, a 4,000-strong militia, controls the port.", {(BLB, T, 4000)}),
    xf("Kenya once had 3,000 troops in Ostravia.", set(),
       "'once' (a past holding) is not read as past for troops"),
    ("The Orsolan People's Party won 47 seats in 1998 but was wiped out in 2003.", {(OPP, S, 47)}),
    ("Kenya is considering sending 3,000 troops to Ostravia.", set()),
    ("Kenya has offered to send 3,000 troops to Ostravia.", set()),
    ("Critics say the Brass Lantern Brigade exaggerates when it claims 4,000 fighters.", {(BLB, T, 4000)}),
    ("Kenya wants to deploy 3,000 troops to Ostravia.", set()),
    ("The Orsolan People's Party failed to win 47 seats.", set()),
    ("The Orsolan People's Party would have won 47 seats under the old rules.", set()),
    # wordings of profiles and analyses
    ("The Orsolan People's Party holds a plurality of 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party became the largest party, winning 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party's seat count rose to 47.", {(OPP, S, 47)}),
    ("The Orsolan People's Party secured a majority with 61 seats.", {(OPP, S, 61)}),
    ("The Orsolan People's Party, which has 47 members in the Karvel Assembly, backed the bill.", {(OPP, S, 47)}),
    ("In the 2021 election, the Orsolan People's Party won 47 seats.", {(OPP, S, 47)}),
    xf("The Orsolan People's Party's parliamentary group has 47 members.", {(OPP, S, 47)},
       "the actor layer shortens a name before a second possessive ('X Party's group')"),
    ("The Tervan Renewal Movement's caucus has 22 members.", {(TRM, S, 22)}),
    ("The Brass Lantern Party, whose faction has 15 members, abstained.", {("Brass Lantern Party", S, 15)}),
    ("The Tervan Renewal Movement has 4,000 members.", set()),
    ("The Orsolan People's Party doubled its seats to 47.", {(OPP, S, 47)}),
    ("The Orsolan People's Party has 47 MPs.", {(OPP, S, 47)}),
    ("Kenya has about 3,000 troops deployed in Ostravia.", {("Kenya", T, 3000)}),
    ("Kenya maintains a force of 3,000 troops in Ostravia.", {("Kenya", T, 3000)}),
    ("The Brass Lantern Brigade's strength is estimated at 4,000 fighters.", {(BLB, T, 4000)}),
    ("Kenya, one of the largest contributors with 3,000 troops, chairs the mission.", {("Kenya", T, 3000)}),
    ("Norway, the biggest contributor with 2,000 soldiers, chairs the mission.", {("Norway", T, 2000)}),
    ("Kenya is one of the largest contributors, with 3,000 troops.", {("Kenya", T, 3000)}),
    ("The Brass Lantern Brigade has swelled to some 4,000 fighters.", {(BLB, T, 4000)}),
    ("Kenyan troops, numbering about 3,000, patrol the border.", {("Kenya military", T, 3000)}),
    ("The Brass Lantern Brigade is a 4,000-strong militia.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade is a militia of about 4,000 fighters.", {(BLB, T, 4000)}),
    ("Norway remains a force of 3,000 soldiers in the region.", {("Norway", T, 3000)}),
    ("The Brass Lantern Brigade is a 4,000-member militia.", {(BLB, T, 4000)}),
    ("Tomas Vendrel commands the 4,000-strong Brass Lantern Brigade.", {(BLB, T, 4000)}),
    ("The Brass Lantern Brigade boasts a fighting force of 4,000.", {(BLB, T, 4000)}),
    ("The Karvel Assembly has 120 seats, of which 61 are needed for a majority.", {(KA, S, 120)}),
    ("The Karvel Assembly's 120 seats are filled by proportional representation.", {(KA, S, 120)}),
    ("There are 120 seats in the Karvel Assembly.", {(KA, S, 120)}),
    ("The Orsolan People's Party says it could have won 47 seats.", set()),
    ("Kenya is expected to deploy 3,000 troops to Ostravia.", set()),
    ("Norway is expected to send 2,000 soldiers to the mission next year.", set()),
    ("Tomas Vendrel, who served 47 days as premier, resigned.", set()),
    ("Vendrel's victory restores the Orsolan People's Party to 47 seats.", {(OPP, S, 47)}),
    ("The by-election win brings the Orsolan People's Party to 47 seats in the Karvel Assembly.", {(OPP, S, 47)}),
    ("Two defections cut the Orsolan People's Party to 47 seats.", {(OPP, S, 47)}),
    ("The Orsolan People's Party won 47 percent of the vote.", set()),
    ("Kenya denied that it had 3,000 troops in Ostravia.", set()),
    ("Kenya has yet to deploy the 3,000 troops it promised.", set()),
    ("Norway is yet to send 2,000 soldiers to Ostravia.", set()),
    ("The Orsolan People's Party has yet to win 40 seats in any election.", set()),
    # a house's whole named with "the": in a question, as the object of "a majority of"
    ("How many of the 120 seats in the Karvel Assembly did the Orsolan People's Party win?", {(KA, S, 120)}),
    ("The Karvel Assembly, where no bloc holds a majority of the 120 seats, failed to elect a speaker.",
     {(KA, S, 120)}),
    ("The court ruled that the 11 quota seats for minorities in the Karvel Assembly were unlawful.", set()),
]


@pytest.fixture(scope="module")
def extracted():
    texts = [b.values[0] if hasattr(b, "values") else b[0] for b in BATTERY4]
    return facts_by_document(texts, "w")


@pytest.mark.model
@pytest.mark.parametrize("i,text,expected", [
    pytest.param(i, *(b.values if hasattr(b, "values") else b), marks=getattr(b, "marks", ()), id=f"w{i:03d}")
    for i, b in enumerate(BATTERY4)])
def test_battery4(extracted, i, text, expected):
    assert extracted.get(f"w{i:03d}", set()) == expected, text
