"""A battery of how news writes lasting ties (relations), written from the wordings wire agencies, local
press, results pages and briefs use, not from any evaluation text: leadership in every position,
membership, parts and wings, backing, alliances, hostility, and wordings that state no tie (denied,
ended, refused). Invented parties, militias and people; real states. Each case: the text, the ties it
must give, the ties it must not give (allied_with and opposes are read both ways round)."""
from __future__ import annotations

import pytest

from kingmaker.api import extract_documents
from kingmaker.model import Document

SYMMETRIC = {"allied_with", "opposes"}


def ties(text: str) -> set[tuple[str, str, str]]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    out = set()
    for r in ex.relations:
        t = (names[r.source], r.type, names[r.target])
        out.add(t)
        if r.type in SYMMETRIC:
            out.add((t[2], t[1], t[0]))
    return out


def _case(text, want, unwanted, xfail=None):
    marks = [pytest.mark.xfail(strict=False, reason=xfail)] if xfail else []
    return pytest.param(text, want, unwanted, marks=marks)


CASES = [
    _case("The Harvest Party's leader, Darek Vonn, rejected the budget.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Darek Vonn, who heads the Harvest Party, rejected the budget.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Darek Vonn, the Harvest Party chief, rejected the budget.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Harvest Party chairman Darek Vonn rejected the budget on Tuesday.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Darek Vonn took over the Harvest Party in 2019 after a bitter contest.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("Under Darek Vonn's leadership, the Harvest Party doubled its vote.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('The Harvest Party, headed by Darek Vonn, won 12 seats.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("Darek Vonn, the Harvest Party's founder, addressed supporters in the capital.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('The Harvest Party leader, Darek Vonn, said he would not resign.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('The Harvest Party, led by Darek Vonn since 2015, won 12 seats.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("The Saffron Brigade's commander, Omar Qadil, was killed in a drone strike.", [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Omar Qadil, commander of the Saffron Brigade, denied the charges.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Omar Qadil, secretary-general of the Saffron Brigade, gave a televised speech.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Omar Qadil founded the Saffron Brigade in 2014.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Saffron Brigade head Omar Qadil said the group would keep its weapons.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Omar Qadil has led the Saffron Brigade since 2016.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Omar Qadil was elected leader of the Saffron Brigade last year.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case("The Saffron Brigade's spokesman, Omar Qadil, declined to comment.", [('Omar Qadil', 'member_of', 'Saffron Brigade')], [('Omar Qadil', 'leader_of', 'Saffron Brigade')]),
    _case('Lina Sorel, a Harvest Party lawmaker, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, an MP for the Harvest Party, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel of the Harvest Party called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel (Harvest Party) called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, who was elected on the Harvest Party list, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel defected to the Harvest Party in March.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, a deputy from the Harvest Party, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Harvest Party deputy Lina Sorel called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, a senior member of the Harvest Party, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel joined the Harvest Party in 2018.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, a Saffron Brigade fighter, was arrested at the checkpoint.', [('Lina Sorel', 'member_of', 'Saffron Brigade')], []),
    _case("The Kestrel Battalion, the Harvest Party's armed wing, seized the port.", [('Kestrel Battalion', 'part_of', 'Harvest Party')], []),
    _case("The Kestrel Battalion, the Harvest Front's southern command, seized the port.", [('Kestrel Battalion', 'part_of', 'Harvest Front')], []),
    _case('The Harvest Front, a splinter group formed in 2021 by Lina Sorel, seized the port.', [('Lina Sorel', 'leader_of', 'Harvest Front')], []),
    _case('The Kestrel Battalion, a faction of the Saffron Brigade, seized the port.', [('Kestrel Battalion', 'part_of', 'Saffron Brigade')], []),
    _case('The Kestrel Battalion, an offshoot of the Saffron Brigade, seized the port.', [('Kestrel Battalion', 'part_of', 'Saffron Brigade')], []),
    _case('The Kestrel Battalion, one of the militias in the Unity Front umbrella, seized the port.', [('Kestrel Battalion', 'part_of', 'Unity Front')], []),
    _case('The Kestrel Battalion operates under the Unity Front umbrella.', [('Kestrel Battalion', 'part_of', 'Unity Front')], []),
    _case('The Kestrel Battalion, which is part of the Unity Front, seized the port.', [('Kestrel Battalion', 'part_of', 'Unity Front')], []),
    _case('The Kestrel Battalion broke away from the Saffron Brigade in 2020.', [], [('Kestrel Battalion', 'part_of', 'Saffron Brigade')]),
    _case('The Iranian-backed Saffron Brigade fired rockets at the base.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade, which is backed by Iran, fired rockets at the base.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade fights with support from Iran.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade has received weapons from Iran for years.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade, bankrolled by Iran, controls the crossing.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade and its patron Iran deny the accusations.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case("Iran's proxy, the Saffron Brigade, controls the crossing.", [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade is aligned with Iran.', [('Saffron Brigade', 'allied_with', 'Iran')], []),
    _case('Iran arms and funds the Saffron Brigade.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade relies on Iranian money and weapons.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade is funded by Turkey.', [('Turkey', 'backs', 'Saffron Brigade')], []),
    _case('The Turkish-funded Saffron Brigade withdrew from the town.', [('Turkey', 'backs', 'Saffron Brigade')], []),
    _case('The Harvest Party is allied with the Green Dawn Movement.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case('The Harvest Party joined forces with the Green Dawn Movement ahead of the vote.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case('The Harvest Party signed a pact with the Green Dawn Movement on Sunday.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case('The Harvest Party-Green Dawn Movement alliance won a majority.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case('A coalition of the Harvest Party, the Green Dawn Movement and the Civic League won a majority.', [('Harvest Party', 'allied_with', 'Green Dawn Movement'), ('Green Dawn Movement', 'allied_with', 'Civic League')], []),
    _case('The Harvest Party and its ally the Green Dawn Movement won a majority.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case('The Harvest Party formed an alliance with the Green Dawn Movement.', [('Harvest Party', 'allied_with', 'Green Dawn Movement')], []),
    _case("The Harvest Party's rival, the Green Dawn Movement, won 20 seats.", [('Harvest Party', 'opposes', 'Green Dawn Movement')], []),
    _case('The Saffron Brigade has been at war with the Kestrel Battalion since 2017.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade has been fighting against the Kestrel Battalion for years.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade and the Kestrel Battalion have clashed repeatedly.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade and the Kestrel Battalion, longtime foes, clashed again on Monday.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade, a sworn enemy of the Kestrel Battalion, shelled the town.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Harvest Party opposes the Green Dawn Movement.', [('Harvest Party', 'opposes', 'Green Dawn Movement')], []),
    _case('The Saffron Brigade is fighting the government of Iraq.', [('Saffron Brigade', 'opposes', 'Iraq')], []),
    _case('Rival factions, the Saffron Brigade and the Kestrel Battalion, clashed again.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade denied receiving weapons from Iran.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('The Saffron Brigade denies any links to Iran.', [], [('Saffron Brigade', 'allied_with', 'Iran')]),
    _case('The Harvest Party broke with the Green Dawn Movement in 2021.', [('Harvest Party', 'opposes', 'Green Dawn Movement')], [('Harvest Party', 'allied_with', 'Green Dawn Movement')]),
    _case('Iran is not backing the Saffron Brigade, officials said.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('If elected, Lina Sorel would lead the Harvest Party into coalition talks.', [], []),
    _case('The Harvest Party refused to ally with the Green Dawn Movement.', [], [('Harvest Party', 'allied_with', 'Green Dawn Movement')]),
    _case('Lina Sorel left the Harvest Party in 2020.', [], [('Lina Sorel', 'member_of', 'Harvest Party')]),
    _case('Iran has never armed the Saffron Brigade, its foreign minister said.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('Lina Sorel, a former Harvest Party lawmaker, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    _case('Iran stopped funding the Saffron Brigade in 2019.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('The Kestrel Battalion operates under the umbrella of the Unity Front.', [('Kestrel Battalion', 'part_of', 'Unity Front')], []),
    _case('Darek Vonn, who is a senior member of the Harvest Party, spoke to reporters.', [('Darek Vonn', 'member_of', 'Harvest Party')], [('Darek Vonn', 'leader_of', 'Harvest Party')]),
    _case('The Saffron Brigade and the Kestrel Battalion have fought for years.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade and the Kestrel Battalion clashed on Monday.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    _case('The Saffron Brigade and the Kestrel Battalion may clash repeatedly, analysts warned.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    _case('The Harvest Party and the Civic League, allies since 2019, won a majority.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('The Harvest Party and the Civic League, former allies, traded insults.', [], [('Harvest Party', 'allied_with', 'Civic League')]),
    _case('Darek Vonn took the helm of the Harvest Party in 2019.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("The Saffron Brigade took over the Kestrel Battalion's positions.", [], [('Saffron Brigade', 'member_of', 'Kestrel Battalion'), ('Saffron Brigade', 'leader_of', 'Kestrel Battalion')]),
    _case('Darek Vonn ran on the Harvest Party ticket in 2018.', [('Darek Vonn', 'member_of', 'Harvest Party')], []),
    _case("Darek Vonn ran on the Harvest Party's record in government.", [], [('Darek Vonn', 'member_of', 'Harvest Party')]),
    _case('The Saffron Brigade receives Iranian weapons and cash.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade relies on weapons from Iran.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade denied that it relies on Iranian money.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('Iraq is battling the Saffron Brigade in the north.', [('Iraq', 'opposes', 'Saffron Brigade')], []),
    _case('The Saffron Brigade was fighting the Kestrel Battalion when the storm hit.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    _case('The Saffron Brigade is not fighting the Kestrel Battalion, its leaders insist.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    _case("The Harvest Party's Lina Sorel called for a recount.", [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, a Harvest Party candidate, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('The Saffron Brigade is backed by both Iran and Syria.', [('Iran', 'backs', 'Saffron Brigade'), ('Syria', 'backs', 'Saffron Brigade')], []),
    _case('The Saffron Brigade and its foreign backers, Iran and Russia, rejected the plan.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case("The Saffron Brigade, Iran's closest ally in the region, rejected the plan.", [('Saffron Brigade', 'allied_with', 'Iran')], []),
    _case('The Saffron Brigade, which Iran has armed since 2014, rejected the plan.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('Founder and leader Darek Vonn said the Harvest Party would not join the government.', [('Darek Vonn', 'leader_of', 'Harvest Party')], [], '"Founder and leader X" (stacked titles before a name) gives no leadership yet'),
    _case('The Harvest Party was co-founded by Darek Vonn in 2009.', [('Darek Vonn', 'leader_of', 'Harvest Party')], [], '"co-founded by" is split by the parser (co / - / founded)'),
    _case("Vonn's Harvest Party won 14 seats. Darek Vonn said he was pleased.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('The pro-Iranian Saffron Brigade fired rockets.', [('Iran', 'backs', 'Saffron Brigade')], [], '"pro-Iranian" (a pro- adjective) makes no state actor yet'),
    _case('The Iran-aligned Saffron Brigade fired rockets.', [('Saffron Brigade', 'allied_with', 'Iran')], []),
    _case('Iran denied arming the Saffron Brigade.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case("The Saffron Brigade, long seen as Iran's strongest proxy, fired rockets.", [('Iran', 'backs', 'Saffron Brigade')], [], '"long seen as Iran\'s strongest proxy" (a role after "seen as") is not read yet'),
    _case("Darek Vonn, the Harvest Party's secretary general, said he would run.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Darek Vonn, a close ally of Omar Qadil, said he would run.', [('Darek Vonn', 'allied_with', 'Omar Qadil')], []),
    _case('The Kestrel Battalion, brigades 45 and 46 of the Unity Front, seized the port.', [('Kestrel Battalion', 'part_of', 'Unity Front')], [], '"brigades 45 and 46 of Y" (numbered units in apposition) are not read yet'),
    _case('The Harvest Party and the Civic League are bitter rivals.', [('Harvest Party', 'opposes', 'Civic League')], []),
    _case('The Saffron Brigade has sworn to fight the Kestrel Battalion until its defeat.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Harvest Party entered a coalition with the Civic League in 2020.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('The Harvest Party teamed up with the Civic League before the vote.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('Harvest Party founder and leader Darek Vonn said he would not join the government.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Harvest Party spokesman and lawmaker Darek Vonn spoke to reporters.', [('Darek Vonn', 'member_of', 'Harvest Party')], [('Darek Vonn', 'leader_of', 'Harvest Party')]),
    _case('The Saffron Brigade vowed to fight the Kestrel Battalion.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Saffron Brigade has not vowed to fight the Kestrel Battalion.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    # plural possessives and appositions the parser splits ("co-chair, X," as a modifier of the name)
    _case("The Saffron Brigades' commander Omar Qadil was killed in a drone strike.", [('Omar Qadil', 'leader_of', 'Saffron Brigades')], []),
    _case("The Harvest Party won 12 seats. The Harvest Party's co-chair, Darek Vonn, said he would not resign.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("After meeting the president, Darek Vonn said the Harvest Party would not resign.", [], [('Darek Vonn', 'leader_of', 'Harvest Party')]),
    # a truce is made between the sides of a war
    _case('A ceasefire between Iraq and the Saffron Brigade, brokered by Qatar, collapsed on Sunday.', [('Saffron Brigade', 'opposes', 'Iraq')], [('Qatar', 'opposes', 'Saffron Brigade')]),
    _case('The Saffron Brigade signed a truce with the Kestrel Battalion in 2019.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The truce between the Saffron Brigade and the Kestrel Battalion has held since April.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('Qatar brokered a truce with the Saffron Brigade last year.', [], [('Qatar', 'opposes', 'Saffron Brigade')]),
    # a seat on an organisation's governing body
    _case("Lina Sorel, a member of the Harvest Party's presidium, called for a recount.", [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel, a member of the central committee of the Harvest Party, called for a recount.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case("Lina Sorel, head of the Harvest Party's political bureau, called for a recount.", [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    # a person launching or setting up a named body
    _case('In June Darek Vonn launched a political party, the Harvest Party.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('Darek Vonn set up the Saffron Brigade in 2012.', [('Darek Vonn', 'leader_of', 'Saffron Brigade')], []),
    _case("Darek Vonn launched the Harvest Party's election campaign on Monday.", [], [('Darek Vonn', 'leader_of', 'Harvest Party')]),
    _case('Iran set up the Saffron Front in 2012.', [], [('Iran', 'member_of', 'Saffron Front'), ('Iran', 'leader_of', 'Saffron Front')]),
    # defence agreements are pacts
    _case('Kenya signed a ten-year defence cooperation agreement with Somalia on Thursday.', [('Kenya', 'allied_with', 'Somalia')], []),
    _case('Kenya and Somalia signed a security agreement in 2019.', [('Kenya', 'allied_with', 'Somalia')], []),
    _case('Kenya signed a trade agreement with Somalia on Thursday.', [], [('Kenya', 'allied_with', 'Somalia')]),
    # lining up behind someone
    _case('The Harvest Party rallied behind Darek Vonn in the runoff.', [('Harvest Party', 'backs', 'Darek Vonn')], []),
    _case('The Civic League threw its weight behind Darek Vonn.', [('Civic League', 'backs', 'Darek Vonn')], []),
    _case('The Harvest Party and the Civic League joined the Green Dawn Movement behind the Unity Alliance list.', [('Harvest Party', 'backs', 'Unity Alliance'), ('Civic League', 'backs', 'Unity Alliance')], [('Harvest Party', 'member_of', 'Green Dawn Movement')]),
    _case('The Harvest Party fell behind the Civic League in the polls.', [], [('Harvest Party', 'backs', 'Civic League')]),
    _case('The Harvest Party refused to rally behind Darek Vonn.', [], [('Harvest Party', 'backs', 'Darek Vonn')]),
    # "Its" after a sentence with no actor as its subject: the actor highest in that sentence's tree
    _case('Both sides are nominally part of the Unity Council, the body that has governed the south since Egypt engineered the departure of the former president in 2022. Its chairman, Rashad al-Farid, called on all sides to withdraw.', [('Rashad al-Farid', 'leader_of', 'Unity Council')], [('Rashad al-Farid', 'member_of', 'Egypt'), ('Rashad al-Farid', 'leader_of', 'Egypt')]),
    # governing with someone (coalition partners), even with "governs" tagged a noun
    _case('The Social Democratic Union governs with the Agrarian League and the Forward Movement.', [('Social Democratic Union', 'allied_with', 'Agrarian League'), ('Social Democratic Union', 'allied_with', 'Forward Movement')], []),
    _case('The Social Democratic Union governs in coalition with the Agrarian League.', [('Social Democratic Union', 'allied_with', 'Agrarian League')], []),
    _case('The Harvest Party has shared power with the Civic League since 2019.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('The Harvest Party, which governs with the Civic League, won 12 seats.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('The Harvest Party refused to govern with the Civic League.', [], [('Harvest Party', 'allied_with', 'Civic League')]),
    _case("Frigates of the European Union's Corvus naval mission escort the convoys. The European Union's naval mission, whose three frigates escort ships, condemned the attack. Its commander, Nikos Pavlas, said more ships were needed.", [('Nikos Pavlas', 'leader_of', 'Corvus naval mission')], [('Nikos Pavlas', 'leader_of', 'European Union')]),
    # holding ground is no tie
    _case("The Saffron Brigade, which controls most of Iraq's western desert, fired rockets.", [], [('Saffron Brigade', 'backs', 'Iraq')]),
    _case('Iran controls the Saffron Brigade.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('Darek Vonn led the revolt. His fellow rebels, the Saffron Brigade, voted for the motion.', [], [('Darek Vonn', 'leader_of', 'Saffron Brigade')]),
    _case('Darek Vonn built an army. His militia, the Saffron Brigade, holds the port.', [('Darek Vonn', 'leader_of', 'Saffron Brigade')], []),
    # a described group refers back past the names inside its own phrase
    _case('The Saffron Brigade is fighting Iraq. The al-Qaeda-linked group overran the town on Sunday.', [('Saffron Brigade', 'allied_with', 'Al Qaeda')], []),
    _case('The Saffron Brigade holds the port. The Iranian-backed group fired rockets on Sunday.', [('Iran', 'backs', 'Saffron Brigade')], []),
    # the opposition opposes whoever rules the article's state
    _case("BAGHDAD, May 3 - Prime Minister Darek Vonn survived a confidence vote in Iraq's parliament on Thursday. The opposition Civic League tabled the motion.", [('Civic League', 'opposes', 'Iraq')], []),
    _case("BAGHDAD, May 3 - Prime Minister Darek Vonn survived a confidence vote in Iraq's parliament on Thursday. The Civic League, the main opposition party, tabled the motion.", [('Civic League', 'opposes', 'Iraq')], []),
    _case("BAGHDAD, May 3 - Prime Minister Darek Vonn survived a confidence vote in Iraq's parliament on Thursday. Venezuela's opposition Civic League praised the vote.", [], [('Civic League', 'opposes', 'Iraq')]),
    _case("BAGHDAD, May 3 - Prime Minister Darek Vonn survived a confidence vote in Iraq's parliament on Thursday. Darek Vonn, who leads the Civic League, once led the opposition Civic League into exile.", [], [('Civic League', 'opposes', 'Iraq')]),
    # a role stated in the second verb of a relative clause or sentence
    _case('The Unity Council met on Monday. Darek Vonn, who leads the Harvest Front and is also a vice-chairman of the council, did not attend.', [('Darek Vonn', 'leader_of', 'Harvest Front'), ('Darek Vonn', 'member_of', 'Unity Council')], [('Darek Vonn', 'leader_of', 'Unity Council')]),
    _case('Darek Vonn founded the Harvest Front in 2010 and became leader of the Unity Council in 2015.', [('Darek Vonn', 'leader_of', 'Harvest Front'), ('Darek Vonn', 'leader_of', 'Unity Council')], []),
    # talks held in a third capital: the venue's dateline does not set the story there
    _case('Sudan government, rebels trade blame as Doha talks resume\n\nDOHA, Nov 4 (AFP) - Sudan\'s government and the Saffron Brigade accused each other on Wednesday of breaking a ceasefire, hours before a new round of talks opened in the Qatari capital.\n\nDefence Minister Omar Qadil rejected the accusation and said the government remained committed to the truce.\n\nQatar\'s emir, who is hosting the talks in Doha, urged both sides to show restraint.', [('Omar Qadil', 'member_of', 'Sudan')], [('Omar Qadil', 'member_of', 'Qatar')]),
    # a seat on a governing body; donations; ties named as ended ("no longer")
    _case("The Harvest Party lost. Lina Sorel, who lost the leadership race, remains on the party's presidium.", [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Lina Sorel sits on the central committee of the Harvest Party.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case("Lina Sorel no longer sits on the Harvest Party's board.", [], [('Lina Sorel', 'member_of', 'Harvest Party')]),
    _case('Viktor Sobol, a businessman, has donated to the Harvest Party, according to party filings.', [('Viktor Sobol', 'backs', 'Harvest Party')], []),
    _case('Iran no longer backs the Saffron Brigade.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    _case('Lina Sorel is no longer a member of the Harvest Party.', [], [('Lina Sorel', 'member_of', 'Harvest Party')]),
    # "has for years VERBed" parsed with "has" as the main verb
    _case('Iran has for years funded the Saffron Brigade.', [('Iran', 'backs', 'Saffron Brigade')], []),
    _case('Turkey has for years bombed positions of the Saffron Brigade in the mountains.', [('Turkey', 'opposes', 'Saffron Brigade')], []),
    _case('Iran has not for years funded the Saffron Brigade.', [], [('Iran', 'backs', 'Saffron Brigade')]),
    # "fighting / clashes between A and B": the two sides of a conflict ("talks between A and B" are none)
    _case('A ceasefire last November ended more than a year of fighting between the Saffron Brigade and Israel.', [('Saffron Brigade', 'opposes', 'Israel')], []),
    _case('Clashes between the Saffron Brigade and the Kestrel Battalion killed 12 people on Monday.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('Talks between the Saffron Brigade and the Kestrel Battalion resumed on Monday.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    _case('Two rival groups, the Saffron Brigade and the Kestrel Battalion, clashed again.', [('Saffron Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The allied parties, the Harvest Party and the Civic League, won a majority.', [('Harvest Party', 'allied_with', 'Civic League')], []),
    _case('Rival factions attacked the Saffron Brigade and the Kestrel Battalion.', [], [('Saffron Brigade', 'opposes', 'Kestrel Battalion')]),
    # coordinated foes of one fighting verb
    _case('For most of the past decade the Falcon Brigade fought both the government and the jihadists of the Islamic Army of Korvia.', [('Falcon Brigade', 'opposes', 'Islamic Army of Korvia')], []),
    _case('The Falcon Brigade has fought the Saffron Brigade and the Kestrel Battalion since 2014.', [('Falcon Brigade', 'opposes', 'Saffron Brigade'), ('Falcon Brigade', 'opposes', 'Kestrel Battalion')], []),
    _case('The Kestrel Battalion is one of the largest groups in the Unity Front.', [('Kestrel Battalion', 'part_of', 'Unity Front')], []),
    _case('The Kestrel Battalion, one of the militias in Iraq, seized the port.', [], [('Kestrel Battalion', 'part_of', 'Iraq')]),
    # a role said of X as commonly held ("regarded as", "seen as"), not when denied
    _case("The Saffron Brigade is widely regarded as Iran's closest ally.", [('Saffron Brigade', 'allied_with', 'Iran')], []),
    _case('Darek Vonn is seen as the leader of the Harvest Party.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case("The Saffron Brigade is not regarded as Iran's proxy.", [], [('Iran', 'backs', 'Saffron Brigade')]),
    # "the X Movement faction of Y": Y leads the organisation named before the noun
    _case('The Unity Force includes the Harvest Liberation Movement faction of Darek Vonn, the governor of the north.', [('Darek Vonn', 'leader_of', 'Harvest Liberation Movement')], []),
    _case('The Harvest Liberation Movement faction of parliament met Darek Vonn.', [], [('Darek Vonn', 'leader_of', 'Harvest Liberation Movement')]),
    # coordinated subjects of a role, and "its" after a coordinated subject
    _case('The Kestrel Battalion and the Saffron Brigade are both part of the Unity Front, an umbrella of armed groups formed in 2014. Several of its factions, including the Falcon Brigade, are funded by Iran.', [('Kestrel Battalion', 'part_of', 'Unity Front'), ('Saffron Brigade', 'part_of', 'Unity Front'), ('Falcon Brigade', 'part_of', 'Unity Front'), ('Iran', 'backs', 'Falcon Brigade')], [('Falcon Brigade', 'part_of', 'Kestrel Battalion')]),
    _case('Lina Sorel and Darek Vonn are members of the Harvest Party.', [('Lina Sorel', 'member_of', 'Harvest Party'), ('Darek Vonn', 'member_of', 'Harvest Party')], []),
    # "under a defence agreement signed with B"
    _case('Kenya keeps troops in Somalia under a defence pact signed with Somalia in 2019.', [('Kenya', 'allied_with', 'Somalia')], []),
    _case('Kenya keeps troops in Somalia under a trade agreement signed with Somalia.', [], [('Kenya', 'allied_with', 'Somalia')]),
    # a name the actor layer knows only by its bracketed acronym
    _case('Darek Vonn, leader of the junior coalition partner Faith and Progress (FPR), met the president.', [('Darek Vonn', 'leader_of', 'Faith and Progress')], []),
    # the leader of the founders leads what they founded
    _case('The rebels, led by former finance minister Lina Sorel, have formed a new group, the Harvest Front, and say they will not return.', [('Lina Sorel', 'leader_of', 'Harvest Front')], []),
    _case('Dissident deputies led by Lina Sorel set up the Harvest Front in March.', [('Lina Sorel', 'leader_of', 'Harvest Front')], []),
    _case('The rebels, backed by Lina Sorel, have formed a new group, the Harvest Front.', [], [('Lina Sorel', 'leader_of', 'Harvest Front')]),
    # a coordinator / representative "for" a place serves the body, not the place
    _case('The United Nations special coordinator for Iraq, Lina Sorel, welcomed the vote.', [('Lina Sorel', 'member_of', 'United Nations')], [('Lina Sorel', 'member_of', 'Iraq')]),
    _case("The European Union's special representative for Yemen, Lina Sorel, welcomed the vote.", [('Lina Sorel', 'member_of', 'European Union')], [('Lina Sorel', 'member_of', 'Yemen')]),
    # a state-owned body is part of the state
    _case("China's state-owned Harbour Works Group won the contract.", [('Harbour Works Group', 'part_of', 'China')], []),
    _case("China's Harbour Works Group won the contract.", [], [('Harbour Works Group', 'part_of', 'China')]),
    # the named examples of a body's member states
    _case('We thank the African Union and its member states, including Kenya and Ghana, for their help.', [('Kenya', 'member_of', 'African Union'), ('Ghana', 'member_of', 'African Union')], []),
    # holding a body's chief office
    _case('Lina Sorel took the leadership of the Harvest Party in 2019.', [('Lina Sorel', 'leader_of', 'Harvest Party')], []),
    _case("The Harvest Party met on Monday. Lina Sorel, who holds the party's chairmanship, spoke first.", [('Lina Sorel', 'leader_of', 'Harvest Party')], []),
    _case('Lina Sorel did not take the leadership of the Harvest Party.', [], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    _case("Cabinet talks stall in Baghdad as blocs fight over the finance ministry\n\nBAGHDAD, March 4 - Talks to form Iraq's next government stalled on Monday. Foreign Minister Lina Sorel said the blocs would meet again.", [('Lina Sorel', 'member_of', 'Iraq')], []),
    # the object of an electing/appointing verb holds the post ("elected X as its chairwoman"), not its subject
    _case("The Harvest Party held its congress on Sunday. Delegates elected Lina Sorel as the party's new chairwoman.", [('Lina Sorel', 'leader_of', 'Harvest Party')], []),
    _case('The Saffron Brigade has chosen Omar Qadil as its new commander.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('The Harvest Party named Lina Sorel its leader in March.', [('Lina Sorel', 'leader_of', 'Harvest Party')], []),
    _case('The Harvest Party appointed Lina Sorel its spokeswoman.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    _case("Peru's parliament on Thursday elected army commander Darek Vonn as the country's president.", [('Darek Vonn', 'leader_of', 'Peru')], [('Darek Vonn', 'leader_of', 'Peru parliament')]),
    # "whose" before a title and a name: the title says the tie
    _case('The Harvest Party, whose leader Darek Vonn resigned in May, lost ten seats.', [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    _case('The Saffron Brigade, whose spokesman Omar Qadil denied the report, holds the port.', [('Omar Qadil', 'member_of', 'Saffron Brigade')], [('Omar Qadil', 'leader_of', 'Saffron Brigade')]),
    _case('The Harvest Party, whose deputy leader Lina Sorel quit on Monday, lost ten seats.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    # a body's head noun as the first word of a title ("Commission spokeswoman X", "Front commander X")
    _case('The Independent Election Commission of Peru said turnout was low. Commission spokeswoman Lina Sorel said 7,000 candidates were running.', [('Lina Sorel', 'member_of', 'Independent Election Commission')], []),
    _case('The Patriotic Resistance Front attacked a convoy. Later, Front commander Omar Qadil said the fighting would go on.', [('Omar Qadil', 'leader_of', 'Patriotic Resistance Front')], []),
    # "X's group": the one body X was said to lead
    _case("Omar Qadil, leader of the powerful Saffron Brigade, spoke on Friday. Qadil's group, which is backed by Iran, won 16 seats.", [('Iran', 'backs', 'Saffron Brigade')], []),
    _case("Darek Vonn has led the Harvest Party since 2015. Vonn's party, which is funded by Russia, lost ten seats.", [('Russia', 'backs', 'Harvest Party')], []),
    _case("Omar Qadil, a member of the Saffron Brigade, spoke on Friday. Qadil's group, which is backed by Iran, won 16 seats.", [], [('Iran', 'backs', 'Saffron Brigade')]),
    # a trial's presiding judge holds a post of the state the story is set in
    _case("KAMPALA, May 3 - Uganda's High Court opened the trial of militia leader Omar Qadil on Monday. Presiding judge Justice Mary Okot warned the gallery.", [('Mary Okot', 'member_of', 'Uganda')], []),
    _case('KAMPALA, May 3 - Uganda\'s High Court opened the trial on Monday. Presiding Judge Mary Okot adjourned the case.', [('Mary Okot', 'member_of', 'Uganda')], []),
    # coordinated roles after a copula: the of-phrase hangs on the last one
    _case('Omar Qadil, 47, is the founder and commander of the Saffron Brigade.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    _case('Lina Sorel is a lawmaker and spokeswoman of the Harvest Party.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    _case('Omar Qadil became the founder and commander of the Saffron Brigade in 2019.', [('Omar Qadil', 'leader_of', 'Saffron Brigade')], []),
    # a relative clause whose object is the antecedent, past a describing noun
    _case('The Harvest Front, a militia that Iran supports, controls the north.', [('Iran', 'backs', 'Harvest Front')], []),
    _case('Their main rival is the Harvest Front, a Kurdish-led force that controls the north-east and that Qatar supports.', [('Qatar', 'backs', 'Harvest Front')], []),
    _case('The Harvest Front, a force that holds the east and that fights the army, lost ground.', [], []),
    # folded / integrated / absorbed / merged into a body: part of it (with an object, the object is the part)
    _case('In 2021 the Saffron Brigade was folded into the National Guard, a reserve force.', [('Saffron Brigade', 'part_of', 'National Guard')], []),
    _case('The government integrated the Saffron Brigade into the Peruvian Army last year.', [('Saffron Brigade', 'part_of', 'Peru military')], []),
    _case('The Saffron Brigade, which was absorbed into the Harvest Front in 2020, still holds the port.', [('Saffron Brigade', 'part_of', 'Harvest Front')], []),
    _case('The Saffron Brigade merged into the Harvest Front in 2020.', [('Saffron Brigade', 'part_of', 'Harvest Front')], []),
    _case('The Saffron Brigade refused to be integrated into the National Guard.', [], [('Saffron Brigade', 'part_of', 'National Guard')]),
    _case('The government plans to integrate the Saffron Brigade into the National Guard.', [], [('Saffron Brigade', 'part_of', 'National Guard')]),
    # a body made for a fight opposes its enemy for good
    _case('The Saffron Brigade is a tribal militia formed in 2016 to fight the Islamic State group in the desert.', [('Saffron Brigade', 'opposes', 'Islamic State')], []),
    _case('The Saffron Brigade was set up to fight the Harvest Front.', [('Saffron Brigade', 'opposes', 'Harvest Front')], []),
    _case('The Saffron Brigade, a force created in 2014 to fight against the Harvest Front, holds the port.', [('Saffron Brigade', 'opposes', 'Harvest Front')], []),
    _case('The Saffron Brigade was formed in 2014. It wants to fight the Harvest Front.', [], [('Saffron Brigade', 'opposes', 'Harvest Front')]),
    # kept / brought into a coalition with others: the object is the partner
    _case('The new leader pledged to keep the Harvest Party in the governing coalition with the Unity Party and the Greens.', [('Harvest Party', 'allied_with', 'Unity Party'), ('Harvest Party', 'allied_with', 'Greens')], []),
    _case('The president brought the Harvest Party into a coalition with the Unity Party in 2021.', [('Harvest Party', 'allied_with', 'Unity Party')], []),
    _case('The president refused to keep the Harvest Party in the coalition with the Unity Party.', [], [('Harvest Party', 'allied_with', 'Unity Party')]),
    # sister parties; "a pillar of" an alliance
    _case('The Harvest Party and its sister party, the Dutch Harvest Union, signed a statement.', [('Dutch Harvest Union', 'allied_with', 'Harvest Party')], [('Dutch Harvest Union', 'part_of', 'Harvest Party')]),
    _case('The Saffron Brigade won 16 seats and is a pillar of the Harvest Alliance.', [('Saffron Brigade', 'member_of', 'Harvest Alliance')], []),
    # a press release's list of new officers, one "Title: Name" a line
    _case("""The Harvest Party held its congress in Lima on Sunday. Delegates thanked the outgoing leader for his service to the party.

The congress also elected the following officials:

Chairwoman: Lina Sorel
First Deputy Chair: Darek Vonn, mayor of Tolvi
Deputy Chair: Omar Qadil
Treasurer: Mara Pell
""", [('Lina Sorel', 'leader_of', 'Harvest Party'), ('Darek Vonn', 'member_of', 'Harvest Party'), ('Omar Qadil', 'member_of', 'Harvest Party'), ('Mara Pell', 'member_of', 'Harvest Party')], [('Darek Vonn', 'leader_of', 'Harvest Party')]),
    _case("""The Harvest Party held its congress in Lima on Sunday.

Guests: Lina Sorel
""", [], [('Lina Sorel', 'member_of', 'Harvest Party'), ('Lina Sorel', 'leader_of', 'Harvest Party')]),
    # a governor heads the body he governs (a central bank); of a state he is only a member
    _case('The Central Bank of Marvia (CBM), whose governor Tomas Rell has run it since 2022, revoked the licences.', [('Tomas Rell', 'leader_of', 'Central Bank of Marvia')], []),
    _case('Tomas Rell, governor of the Central Bank of Marvia, resigned.', [('Tomas Rell', 'leader_of', 'Central Bank of Marvia')], []),
    _case("Iraq's central bank governor, Tomas Rell, resigned.", [], [('Tomas Rell', 'leader_of', 'Iraq')]),
    # "the government of the X Council, headed by Y": Y leads the council (the government does not stand for Y)
    _case('The government of the Presidential Unity Council (PUC), headed by Darek Vonn, at first refused to back down.', [('Darek Vonn', 'leader_of', 'Presidential Unity Council')], []),
    # "X, who speaks for Y": a spokesman of Y
    _case('Lina Sorel, a former lecturer who speaks for the Saffron Brigade, denied the report.', [('Lina Sorel', 'member_of', 'Saffron Brigade')], []),
    _case('Lina Sorel said she could not speak for the Saffron Brigade.', [], [('Lina Sorel', 'member_of', 'Saffron Brigade')]),
    _case('Lina Sorel does not speak for the Saffron Brigade.', [], [('Lina Sorel', 'member_of', 'Saffron Brigade')]),
    # "the cleric": the one person labelled so before, as a title or in apposition
    _case('Shiite cleric Omar Qadil boycotted the vote. Former prime minister Darek Vonn, head of the Harvest Coalition and a long-time foe of the cleric, spoke.', [('Darek Vonn', 'opposes', 'Omar Qadil')], []),
    _case('Omar Qadil, a Shiite cleric, boycotted the vote. Darek Vonn, a long-time foe of the cleric, spoke.', [('Darek Vonn', 'opposes', 'Omar Qadil')], []),
    _case('Shiite cleric Omar Qadil and Shiite cleric Ali Rahim boycotted the vote. Darek Vonn, a long-time foe of the cleric, spoke.', [], [('Darek Vonn', 'opposes', 'Omar Qadil'), ('Darek Vonn', 'opposes', 'Ali Rahim')]),
    # a Speaker heads the legislature (not the state); a deputy speaker is a member of it
    _case("LIMA, May 3 - Peru's parliament elected a president on Thursday. Speaker Omar Qadil announced the result.", [('Omar Qadil', 'leader_of', 'Peru parliament')], [('Omar Qadil', 'member_of', 'Peru'), ('Omar Qadil', 'leader_of', 'Peru')]),
    _case("LIMA, May 3 - Peru's parliament met on Monday. Deputy Speaker Omar Qadil opened the session.", [('Omar Qadil', 'member_of', 'Peru parliament')], [('Omar Qadil', 'leader_of', 'Peru parliament')]),
    _case('LIMA, May 3 - Lawmakers in Peru met on Monday. Speaker Omar Qadil opened the session.', [], [('Omar Qadil', 'member_of', 'Peru'), ('Omar Qadil', 'leader_of', 'Peru')]),
    # the role as the subject of a copula, the name in apposition to the complement
    _case('The Saffron Brigade is commanded by Darek Vonn. His deputy is his nephew, Omar Qadil, who runs the eastern sector.', [('Omar Qadil', 'member_of', 'Saffron Brigade')], [('Omar Qadil', 'leader_of', 'Saffron Brigade')]),
    _case("The Saffron Brigade is commanded by Darek Vonn. The group's spokesman is his nephew, Omar Qadil.", [('Omar Qadil', 'member_of', 'Saffron Brigade')], []),
    # a head of government's spokesman serves the state (across a quote)
    _case('BAGHDAD, May 3 - Iraqi Prime Minister Darek Vonn met the delegation. Vonn\'s office said talks would continue next week. "The door is open," his spokesman Omar Qadil said.', [('Omar Qadil', 'member_of', 'Iraq')], []),
    _case('Darek Vonn, leader of the Harvest Party, spoke on Monday. His spokesman Omar Qadil later denied the report.', [], [('Omar Qadil', 'member_of', 'Iraq')]),
    # a minister's portfolio before the title; the state of a coordinated clause's subject
    _case("LIMA, May 3 - Peru's cabinet met on Monday. Health Minister Lina Sorel said the clinics would reopen.", [('Lina Sorel', 'member_of', 'Peru')], []),
    _case("LIMA, May 3 - Peru's cabinet met on Monday. Former Health Minister Lina Sorel said the clinics would reopen.", [], [('Lina Sorel', 'member_of', 'Peru')]),
    _case('BAGHDAD, May 3 - Iraq failed to agree with Kurdistan on oil exports. Turkey has since said it is ready to reopen the line, and Energy Minister Omar Qadil discussed the issue with his Iraqi counterpart by telephone.', [('Omar Qadil', 'member_of', 'Turkey')], [('Omar Qadil', 'member_of', 'Iraq')]),
    _case('BAGHDAD, May 3 - Iraq failed to agree with Kurdistan on oil exports. Iraq rejected the offer, and Prime Minister Omar Qadil said talks would go on.', [('Omar Qadil', 'leader_of', 'Iraq')], []),
    # ties kept in a second clause with no subject of its own; an apposition parsed as a second subject
    _case("Its long-time rival, the Unity Party (UP) led by Darek Vonn, has taken a softer line and kept close ties with the Shi'ite parties of the ruling Harvest Alliance.", [('Unity Party', 'allied_with', 'Harvest Alliance')], []),
    _case('The Unity Party won ten seats and has kept close ties with the Harvest Alliance.', [('Unity Party', 'allied_with', 'Harvest Alliance')], []),
    _case('Darek Vonn, who leads the Unity Party, has tried to keep good relations with the Harvest Alliance.', [], [('Darek Vonn', 'allied_with', 'Harvest Alliance')]),
    # a role held outside the state "in" it says where the person is, not a post of the state
    _case("Iraq's parliament met on Monday. Grand Ayatollah Omar Qadil, the most senior Shiite cleric in Iraq, has not commented.", [], [('Omar Qadil', 'member_of', 'Iraq')]),
    _case("Iraq's parliament met on Monday. Lina Sorel, a senior official in Iraq, said the talks failed.", [('Lina Sorel', 'member_of', 'Iraq')], []),
    # "the Front's commander, a man called X": the name the describing noun gives
    _case("The Harvest Front's commander, a man called Omar Qadil, has been to Russia twice.", [('Omar Qadil', 'leader_of', 'Harvest Front')], []),
    _case('The Harvest Front said its commander, a man named Omar Qadil, had been arrested.', [('Omar Qadil', 'leader_of', 'Harvest Front')], []),
    _case("The Harvest Front's spokesman, a man called Omar Qadil, denied it.", [('Omar Qadil', 'member_of', 'Harvest Front')], [('Omar Qadil', 'leader_of', 'Harvest Front')]),
    # "Y's envoy to Z, X, and French envoy W": each name with its own post
    _case("The vote followed intense diplomacy. Saudi Arabia's envoy to Peru, Prince Omar Qadil, and French envoy Darek Vonn had both visited Lima in the preceding days.", [('Omar Qadil', 'member_of', 'Saudi Arabia'), ('Darek Vonn', 'member_of', 'France')], [('Darek Vonn', 'member_of', 'Saudi Arabia')]),
    _case("Saudi Arabia's envoy to Peru, Omar Qadil, and French envoy Darek Vonn visited Lima.", [('Omar Qadil', 'member_of', 'Saudi Arabia'), ('Darek Vonn', 'member_of', 'France')], [('Darek Vonn', 'member_of', 'Saudi Arabia')]),
    _case("The Harvest Party's chairman, Deputy Prime Minister Darek Vonn, voted with the government.", [('Darek Vonn', 'leader_of', 'Harvest Party')], []),
    # a hyphenated title split by the parser keeps its modifier ("the Harvest Party vice-president")
    _case('The Harvest Party vice-president, Lina Sorel, addressed the delegates.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    _case('Lina Sorel, the Harvest Party vice-chairman, addressed the delegates.', [('Lina Sorel', 'member_of', 'Harvest Party')], [('Lina Sorel', 'leader_of', 'Harvest Party')]),
    # "governs" taken for a plural noun after "and": the verb of the clause it continues
    _case('The Harvest Union (HU) won 74 seats at the 2023 election and governs with the Unity Party (UP), which holds 19.', [('Harvest Union', 'allied_with', 'Unity Party')], []),
    _case('The Harvest Union won 74 seats in the elections and talks with the Unity Party stalled.', [], [('Harvest Union', 'allied_with', 'Unity Party')]),
    # "at the head of" a body or a list leads it
    _case('Prime Minister Lina Sorel, who is running at the head of her own list, the Harvest Coalition, has kept good relations with the cleric.', [('Lina Sorel', 'leader_of', 'Harvest Coalition')], []),
    _case('Darek Vonn, at the head of the Harvest Front since 2019, rejected the talks.', [('Darek Vonn', 'leader_of', 'Harvest Front')], []),
    _case('Lina Sorel marched at the head of the crowd, the Harvest Front following behind.', [], [('Lina Sorel', 'leader_of', 'Harvest Front')]),
    # the same label on two lines ("Deputy Chair:" twice), a line with a post after the name before it
    _case("""The Harvest Party held its congress in Lima on Sunday. Delegates thanked the outgoing leader for his service to the party.

The congress also elected the following officials:

Chairwoman: Lina Sorel
Deputy Chair: Omar Qadil, Member of the Assembly
Deputy Chair: Mara Pell
Treasurer: Ali Rahim
""", [('Omar Qadil', 'member_of', 'Harvest Party'), ('Mara Pell', 'member_of', 'Harvest Party'), ('Ali Rahim', 'member_of', 'Harvest Party')], []),
    # patronage nouns besides patron/sponsor: supplier, financier, funder
    _case("Russia remains the Saffron Brigade's main arms supplier.", [('Russia', 'backs', 'Saffron Brigade')], []),
    _case('Marko Velt, a long-standing financier of the Harvest Party, was arrested on Monday.', [('Marko Velt', 'backs', 'Harvest Party')], []),
    _case("Turkey, the Saffron Brigade's chief funder, denied the report.", [('Turkey', 'backs', 'Saffron Brigade')], []),
    # a dispute with / between states is lasting hostility
    _case("Kavelia has a long-running border dispute with Tolvania. Kavelia's president Ivo Marek met Tolvania's president Ana Sel.", [('Kavelia', 'opposes', 'Tolvania')], []),
    _case("The dispute between Kavelia and Tolvania over the dam has lasted a decade. Kavelia's president Ivo Marek met Tolvania's president Ana Sel.", [('Kavelia', 'opposes', 'Tolvania')], []),
    _case("Kavelia, which has a border dispute with Tolvania, summoned the ambassador. Kavelia's president Ivo Marek met Tolvania's president Ana Sel.", [('Kavelia', 'opposes', 'Tolvania')], []),
    # a parliamentary record or results list: "Mr X (Party, Constituency)"
    _case('Mr Peter Kolan (Unity Party, Eastwick North) asked the minister about the border.', [('Peter Kolan', 'member_of', 'Unity Party')], []),
    _case('Mrs Lina Sorel (Harvest Party; Westford) asked about the cables.', [('Lina Sorel', 'member_of', 'Harvest Party')], []),
    _case('Mr Peter Kolan (Unity Party, Harvest Party) asked the minister.', [], [('Peter Kolan', 'member_of', 'Harvest Party')]),
    # a digest's items under headings naming their state: a bare title is the heading's state's, not the state the
    # whole text names most
    _case("THE WEEKLY DIGEST\n\n1. KAVELIA: A BUDGET ROW\n\nKavelia's government lost its majority on Tuesday. "
          "Prime Minister Ilse Varn said she would seek a confidence vote.\n\n2. TOLVANIA: TALKS\n\nThe Tolvanian "
          "army and the rebels signed a truce. The sticking point is revenue, which President Hana Obi has refused "
          "to share.\n\n3. MORAVAN: NEW TROOPS\n\nRussia deployed troops to Moravan. Moravan's defence ministry "
          "confirmed it. Moravan's leaders welcomed it. Moravan is poor. Moravan is cold.\n",
          [('Ilse Varn', 'leader_of', 'Kavelia'), ('Hana Obi', 'leader_of', 'Tolvania')],
          [('Ilse Varn', 'leader_of', 'Moravan'), ('Hana Obi', 'leader_of', 'Moravan')]),
    # "members of X include A and B" (the owner in an of-phrase, as "X's members include A and B")
    _case('Members of the Unity Council include Omar Qadil and Lina Sorel.', [('Omar Qadil', 'member_of', 'Unity Council'), ('Lina Sorel', 'member_of', 'Unity Council')], []),
    _case("The Unity Council's members include Omar Qadil and Lina Sorel.", [('Omar Qadil', 'member_of', 'Unity Council'), ('Lina Sorel', 'member_of', 'Unity Council')], []),
    # a body named after another organisation's acronym: "the UN Observer Mission in X", "the OSCE Parliamentary Assembly"
    _case('The UN Observer Mission in Karvania has 180 observers. The UN said the mission would stay.', [('UN Observer Mission in Karvania', 'part_of', 'United Nations')], []),
    _case('The OSCE Parliamentary Assembly sent observers. The OSCE said the vote was free.', [('Parliamentary Assembly', 'part_of', 'Organization for Security and Co-operation in Europe')], []),
    # the UN's organs act as the UN (one actor, as a ministry acts as its state): no tie from a body to itself
    _case('The UN Security Council met on Monday. The UN said the talks would resume.', [], [('UN Security Council', 'part_of', 'United Nations'), ('United Nations', 'part_of', 'United Nations')]),
    # a sum of aid as the object of a giving verb: "X approved $N in assistance for Y"
    _case('The United States approved $230 million in assistance for the Saffron Brigade this week.', [('United States', 'backs', 'Saffron Brigade')], []),
    _case('Qatar has pledged $50 million in aid to the Saffron Brigade.', [('Qatar', 'backs', 'Saffron Brigade')], []),
    _case('Qatar has not pledged $50 million in aid to the Saffron Brigade.', [], [('Qatar', 'backs', 'Saffron Brigade')]),
    # a forum's head noun before a title: "Forum leader X" (as "Front commander X")
    _case('The Tarvan Civic Forum won 8 seats. Forum leader Edin Halili said the partnership would continue.', [('Edin Halili', 'leader_of', 'Tarvan Civic Forum')], []),
    # a live blog's entry headed by another state's envoy is still set in the blog's state
    _case("Live: border crisis\n\n20:15 - Chinese envoy arrives\n\nChina's envoy met President Asan Belek, "
          "Temiria's press service said. Temiria and Oralia are neighbours.\n\n19:00 - Troops move\n\nTemiria "
          "moved troops. Temiria's army is on alert. Temiria closed the border.\n",
          [], [('Asan Belek', 'leader_of', 'China')]),
    # a named body described as made of the organisations listed: each is a member of it
    _case('The Southern Front is an alliance of the Harvest Party, the Green Dawn Movement and the Workers League.', [('Harvest Party', 'member_of', 'Southern Front'), ('Workers League', 'member_of', 'Southern Front'), ('Harvest Party', 'allied_with', 'Workers League')], []),
    _case('The Unity Platform, a coalition of the Harvest Party and the Green Dawn Movement, won 12 seats.', [('Harvest Party', 'member_of', 'Unity Platform'), ('Green Dawn Movement', 'member_of', 'Unity Platform')], []),
    _case('The Joint Monitoring Mission (JMM) is a joint undertaking of the Baltic Peace Institute, the Nordic Observers Network and the Harbour Legal Centre.', [('Baltic Peace Institute', 'member_of', 'Joint Monitoring Mission'), ('Harbour Legal Centre', 'member_of', 'Joint Monitoring Mission')], []),
    _case('The Ridge Observer Group is a joint initiative of the Harbour Legal Centre and the Nordic Observers Network.', [('Harbour Legal Centre', 'member_of', 'Ridge Observer Group'), ('Nordic Observers Network', 'member_of', 'Ridge Observer Group')], []),
    _case('The Ridge Observer Group is not a joint initiative of the Harbour Legal Centre and the Nordic Observers Network.', [], [('Harbour Legal Centre', 'member_of', 'Ridge Observer Group')]),
    _case('The Ridge Observer Group is a project of the Harbour Legal Centre.', [], [('Harbour Legal Centre', 'member_of', 'Ridge Observer Group')]),
    # a parliamentary record's speaker labels: the party in brackets, with a constituency or after a post
    _case("Mr Piet Varo (Farmers' Alliance, Northport): The Minister is too timid. Will she resign?", [('Piet Varo', 'member_of', "Farmers' Alliance")], []),
    _case("Mrs Edda Holm (Harvest Party): Will the Minister give way?", [('Edda Holm', 'member_of', 'Harvest Party')], []),
    _case("Mr Piet Varo (Leader of the Opposition; Farmers' Alliance) asked the Prime Minister about the budget.", [('Piet Varo', 'member_of', "Farmers' Alliance")], []),
    _case("Mr Piet Varo (aged 61; a critic of the Farmers' Alliance) asked the Prime Minister about the budget.", [], [('Piet Varo', 'member_of', "Farmers' Alliance")]),
    # "headed by TITLE X" inside a dashed aside, where the parser gives "by" no object
    _case('Four ministers - two from the Harvest Party and two from its ally, the Dawn Movement headed by Parliament Speaker Edo Marn - walked out before the vote.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case('The Dawn Movement, headed by Parliament Speaker Edo Marn, walked out before the vote.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case('Four Unity ministers - two from the Harvest Party and two from its ally, the Dawn Movement headed by Parliament Speaker Edo Marn - walked out before the vote in protest.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case('The Dawn Movement, headed by a council of elders, walked out before the vote.', [], [('Dawn Movement', 'leader_of', 'Dawn Movement')]),
    # "Its members include X and Y": people or bodies listed as a body's members
    _case('The Ridge Council was formed in 2021. Its members include Tam Rusko, the nephew of the late president, and Ilan Voro, the governor of Kessa.', [('Tam Rusko', 'member_of', 'Ridge Council'), ('Ilan Voro', 'member_of', 'Ridge Council')], []),
    _case('The Ridge Council was formed in 2021. Its members include the Harvest Party and the Dawn Movement.', [('Harvest Party', 'member_of', 'Ridge Council'), ('Dawn Movement', 'member_of', 'Ridge Council')], []),
    _case('The Ridge Council was formed in 2021. Its members do not include Tam Rusko.', [], [('Tam Rusko', 'member_of', 'Ridge Council')]),
    # "Y, of which X is a member": the role the relative clause names
    _case('NATO, of which Ostravia has been a member since 2017, did not change its posture.', [('Ostravia', 'member_of', 'NATO')], []),
    _case('The Harvest Party, of which Edo Marn is a member, won 12 seats.', [('Edo Marn', 'member_of', 'Harvest Party')], []),
    _case('The Harvest Party, of which Edo Marn is the leader, won 12 seats.', [('Edo Marn', 'leader_of', 'Harvest Party')], []),
    _case('The Northern Alliance, of which the Harvest Party is part, won 12 seats.', [('Harvest Party', 'part_of', 'Northern Alliance')], []),
    _case('NATO, of which Ostravia is not a member, did not change its posture.', [], [('Ostravia', 'member_of', 'NATO')]),
    # "the X youth wing, Y": the wing named after the comma, whatever noun the parser hangs it on
    _case('The Harvest Party youth wing, the Green Brigades, held a rally.', [('Green Brigades', 'part_of', 'Harvest Party')], []),
    _case('Observers saw members of the Harvest Party youth wing, the Green Brigades, at polling stations.', [('Green Brigades', 'part_of', 'Harvest Party')], []),
    _case('Police detained two members of the Harvest Party armed wing, the Green Brigades, on Monday.', [('Green Brigades', 'part_of', 'Harvest Party')], []),
    _case('Leaders of the Harvest Party youth wing, the Green Brigades and the Dawn Movement met on Monday.', [], [('Green Brigades', 'part_of', 'Harvest Party')]),
    # "named X, DESCRIPTION, as its leader": an apposition between the appointee and the post
    _case('The Dawn Movement named Edo Marn, a veteran commander, as its new leader.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case('The Harvest Party appointed Edo Marn, a former mayor, as its spokesman on Monday.', [('Edo Marn', 'member_of', 'Harvest Party')], [('Edo Marn', 'leader_of', 'Harvest Party')]),
    _case('The Dawn Movement did not name Edo Marn, a veteran commander, as its new leader.', [], [('Edo Marn', 'leader_of', 'Dawn Movement')]),
    # "head of its government" said of a movement that runs one: it leads the movement's administration
    _case('The Dawn Movement named Edo Marn as acting head of its government.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case('The Dawn Movement named Edo Marn, the first deputy prime minister, as acting head of its government.', [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case("Edo Marn is the head of the Dawn Movement's government.", [('Edo Marn', 'leader_of', 'Dawn Movement')], []),
    _case("Edo Marn, a critic of the Dawn Movement's government, was arrested.", [], [('Edo Marn', 'leader_of', 'Dawn Movement'), ('Edo Marn', 'member_of', 'Dawn Movement')]),
    # "A and B, two X-backed factions": the plural apposition describes every name of the list
    _case("The army's components include the Red Brigade and the Blue Legion, two Kavel-backed factions that Ostravia designates as terrorist groups.", [('Kavel', 'backs', 'Red Brigade'), ('Kavel', 'backs', 'Blue Legion')], []),
    _case('The Red Brigade, led by Omar Tal, and the Blue Legion, two Kavel-backed groups, clashed.', [('Kavel', 'backs', 'Red Brigade'), ('Kavel', 'backs', 'Blue Legion')], []),
    _case('The Red Brigade and the Blue Legion, a Kavel-backed faction, clashed on Monday.', [('Kavel', 'backs', 'Blue Legion')], [('Kavel', 'backs', 'Red Brigade')]),
    # "its A and B units": the names listed between a possessive and a unit noun are units of the possessor
    _case('The Kelvish Liberation Front deployed its Tiger Brigade and Falcon Battalion units to the north.', [('Tiger Brigade', 'part_of', 'Kelvish Liberation Front'), ('Falcon Battalion', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Southern Movement deployed its Coastal Shield, Hawk Legion and Sand Lions Brigades units along the coast.', [('Coastal Shield', 'part_of', 'Southern Movement'), ('Hawk Legion', 'part_of', 'Southern Movement'), ('Sand Lions Brigades', 'part_of', 'Southern Movement')], []),
    _case('The Southern Movement, which controls the port and has 20,000 fighters in its Coastal Shield and Sand Lions Brigades units according to a UN panel, has long complained.', [('Sand Lions Brigades', 'part_of', 'Southern Movement')], []),
    _case('The Kelvish Liberation Front fought the Tiger Brigade and Falcon Battalion units near the pass.', [], [('Tiger Brigade', 'part_of', 'Kelvish Liberation Front'), ('Falcon Battalion', 'part_of', 'Kelvish Liberation Front')]),
    # "the Union's naval mission Y", "the UN peacekeeping force, Y": a mission or force the owner sends is part of it
    _case("The African Union's naval mission Seaguard said traffic was low.", [('Seaguard', 'part_of', 'African Union')], []),
    _case("Seaguard, the African Union's naval mission, escorts ships.", [('Seaguard', 'part_of', 'African Union')], []),
    _case('Seaguard, the naval mission of the African Union, escorts ships.', [('Seaguard', 'part_of', 'African Union')], []),
    _case('The ceasefire is monitored by a committee including France and the United Nations peacekeeping force, UNAMOS.', [('UNAMOS', 'part_of', 'United Nations')], []),
    _case('The Red Legion, the main fighting force of the Kelvish Liberation Front, attacked.', [('Red Legion', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Red Legion, a force of 3,000 men, attacked the Kelvish Liberation Front.', [], [('Red Legion', 'part_of', 'Kelvish Liberation Front')]),
    # "X fields a political arm, Y", "X has an ally, Y": a relational noun as the object of a verb of having
    _case('The Kelvish Liberation Front also fields a political arm, the Renewal Party, which holds nine seats.', [('Renewal Party', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Kelvish Liberation Front maintains an armed wing, the Red Legion.', [('Red Legion', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Kelvish Liberation Front has a youth wing called the Red Sparks.', [('Red Sparks', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Renewal Party has a powerful ally, the Kelvish Liberation Front.', [('Renewal Party', 'allied_with', 'Kelvish Liberation Front')], []),
    _case('The Kelvish Liberation Front does not have an armed wing, the Red Legion says.', [], [('Red Legion', 'part_of', 'Kelvish Liberation Front')]),
    # "the Bloc, an umbrella of parties, most with ties to X, which includes A, B and C": the relative clause hung
    # on the end of the coalition's own appositions is still said of the coalition
    _case('The candidate is named by the largest bloc - in practice the Unity Bloc, an umbrella of northern parties, most of them with ties to Kavel, which includes the Green Party, the Labour Front and the Farmers Union.', [('Green Party', 'member_of', 'Unity Bloc'), ('Labour Front', 'member_of', 'Unity Bloc'), ('Farmers Union', 'member_of', 'Unity Bloc')], [('Green Party', 'member_of', 'Kavel')]),
    _case('The Unity Bloc won seats in the north of Kavel, which includes the Green Party.', [], [('Green Party', 'member_of', 'Unity Bloc')]),
    # "A and B signed a truce": the coordinated subjects of a truce, a war or a feud are its two sides
    _case('The Kelvish Liberation Front and the Dawn Movement agreed a ceasefire on Monday.', [('Kelvish Liberation Front', 'opposes', 'Dawn Movement')], []),
    _case('Fighting has displaced thousands in Ostravia. The Ostravian government and the rebel Shoreline Liberation Movement signed a 90-day truce in Kavel on Saturday.', [('Shoreline Liberation Movement', 'opposes', 'Ostravia')], []),
    _case('The Kelvish Liberation Front and the Dawn Movement did not sign a truce.', [], [('Kelvish Liberation Front', 'opposes', 'Dawn Movement')]),
    _case('The Kelvish Liberation Front and the Dawn Movement welcomed the ceasefire.', [], [('Kelvish Liberation Front', 'opposes', 'Dawn Movement')]),
    _case('The Kelvish Liberation Front and the Dawn Movement brokered a truce.', [], [('Kelvish Liberation Front', 'opposes', 'Dawn Movement')]),
    # "A ran on a joint list with B", "A and B stood on a common ticket": partners at the polls
    _case('The Dawn Movement, which ran on a joint list with the Harvest Party in the north, won eight seats.', [('Dawn Movement', 'allied_with', 'Harvest Party')], []),
    _case('The Dawn Movement and the Harvest Party stood on a common ticket in the capital.', [('Dawn Movement', 'allied_with', 'Harvest Party')], []),
    _case('The Dawn Movement formed a joint list with the Harvest Party.', [('Dawn Movement', 'allied_with', 'Harvest Party')], []),
    _case('The Dawn Movement refused to run on a joint list with the Harvest Party.', [], [('Dawn Movement', 'allied_with', 'Harvest Party')]),
    _case('The Dawn Movement ran on its own list against the Harvest Party.', [], [('Dawn Movement', 'allied_with', 'Harvest Party')]),
    # "X, a coalition of militias that fought alongside Y": a clause on the members is said of the whole
    _case('The Dawn Movement emerged in 2019 from a split in the Ridge Front, a coalition of tribal militias that fought alongside the Kelvish Liberation Front against the state.', [('Ridge Front', 'allied_with', 'Kelvish Liberation Front')], [('Dawn Movement', 'allied_with', 'Kelvish Liberation Front')]),
    _case('The Ridge Front, the leader of a group that fought alongside the Kelvish Liberation Front, spoke.', [], [('Ridge Front', 'allied_with', 'Kelvish Liberation Front')]),
    # "It formed a government with the support of X": a pronoun subject is the one backed
    _case('The Unity Bloc won the snap election with 104 seats. It formed a government with the support of the Harvest Alliance, which took 15 seats.', [('Harvest Alliance', 'backs', 'Unity Bloc')], []),
    _case('Omar Tal led the Unity Bloc to victory. He formed a government with the backing of the Harvest Alliance.', [('Harvest Alliance', 'backs', 'Omar Tal')], [('Harvest Alliance', 'backs', 'Harvest Alliance')]),
    # "Y, the EU naval mission": a part noun in apposition to a name, its owner named as a modifier
    _case('Seaguard, the EU naval mission, escorts ships.', [('Seaguard', 'part_of', 'European Union')], []),
    _case('The Red Legion, a rival armed wing, attacked the Dawn Movement.', [], [('Red Legion', 'part_of', 'Dawn Movement')]),
    # "X and its member states, in particular A and B": the examples of a possessed relational noun
    _case('We thank the Ridge Union and its members, in particular Kenya and Ghana, for their sacrifice.', [('Kenya', 'member_of', 'Ridge Union'), ('Ghana', 'member_of', 'Ridge Union')], []),
    _case('The Ridge Union and its member states, notably Kenya and Ghana, sent troops.', [('Kenya', 'member_of', 'Ridge Union'), ('Ghana', 'member_of', 'Ridge Union')], []),
    _case('The Ridge Union and its member states, such as Kenya, Ghana and Togo, sent troops.', [('Togo', 'member_of', 'Ridge Union')], []),
    _case('The Ridge Union and its members sent troops, including Kenya.', [], [('Kenya', 'member_of', 'Ridge Union')]),
    # a state leads the coalition or mission it heads ("the Kenyan-led force", "led by Kenya"); an organisation
    # leading an alliance is its leading member
    _case('The Northern Battlegroup, which is led by Germany, numbers 1,600 troops.', [('Germany', 'leader_of', 'Northern Battlegroup')], [('Germany', 'member_of', 'Northern Battlegroup')]),
    _case('The Kenyan-led Ridge Mission struck the town.', [('Kenya', 'leader_of', 'Ridge Mission')], [('Kenya', 'member_of', 'Ridge Mission')]),
    _case('The Unity Alliance, led by the Dawn Movement, won the vote.', [('Dawn Movement', 'member_of', 'Unity Alliance')], [('Dawn Movement', 'leader_of', 'Unity Alliance')]),
    # "the Front's closeness to X, ..., and its rivalry with Y": the pronoun on a conjunct is the named possessor's
    _case("Analysts said the outcome reflected the Dawn Movement's growing closeness to the Unity Alliance, the alliance of parties that dominates the federal government, and its rivalry with the Harvest Party.", [('Dawn Movement', 'opposes', 'Harvest Party')], [('Unity Alliance', 'opposes', 'Harvest Party')]),
    _case('The Unity Alliance met the Dawn Movement. Its rival, the Harvest Party, stayed away.', [], [('Dawn Movement', 'opposes', 'Harvest Party')]),
    # "the group", "the force" refer back to the body the text called so ("X, an armed group", "the UN force, X")
    _case("The Red Brigades, an armed group in the north, attacked a police post on Monday.\n\nOmar Tal has led the Red Brigades since 2019. He previously served as a commander in the Hill Committees. Ana Berg is the head of the group's military wing, the Martyr Regiment.", [('Martyr Regiment', 'part_of', 'Red Brigades')], [('Martyr Regiment', 'part_of', 'Hill Committees')]),
    _case("Ostravia's army is weak. The ceasefire is monitored by the United Nations peacekeeping force, UNAMOS, and the Radwan Force stayed away. A UNAMOS spokesman said the force would keep supporting the Ostravian army.", [('UNAMOS', 'backs', 'Ostravia military')], [('Radwan Force', 'backs', 'Ostravia military')]),
    _case("The Red Brigades, a militia in the hills, were banned. The Hill Front, a rival militia, fought them. Russia has armed the militia for years.", [("Russia", "backs", "Red Brigades")], [("Russia", "backs", "Hill Front")]),
    # "A and B regard each other as enemies": a view both sides hold
    _case('The Dawn Movement and the Harvest Party regard each other as enemies.', [('Dawn Movement', 'opposes', 'Harvest Party')], []),
    _case('The Dawn Movement and the Harvest Party now see one another as rivals.', [('Dawn Movement', 'opposes', 'Harvest Party')], []),
    _case('The Dawn Movement and the Harvest Party regard each other as partners.', [('Dawn Movement', 'allied_with', 'Harvest Party')], [('Dawn Movement', 'opposes', 'Harvest Party')]),
    _case('The Dawn Movement and the Harvest Party do not regard each other as enemies.', [], [('Dawn Movement', 'opposes', 'Harvest Party')]),
    # "a joint undertaking of A (AA), B and C (CC)", "an alliance of A (AA), B (BB) and C": bracketed acronyms
    # break the parser's list; every name listed is still a member
    _case('The Joint Observation Mission (JOM) is a joint undertaking of the Ridge Union Office for Elections (RUOE), the Ridge Union Parliamentary Assembly and the Parliamentary Assembly of the Council of Europe (PACE). The mission deployed 312 observers.', [('Ridge Union Office for Elections', 'member_of', 'Joint Observation Mission'), ('Ridge Union Parliamentary Assembly', 'member_of', 'Joint Observation Mission'), ('Parliamentary Assembly of the Council of Europe', 'member_of', 'Joint Observation Mission')], []),
    _case('The Unity Accord is an alliance of the Dawn Movement (DM), the Harvest Party (HP) and the Ridge Front, and it won.', [('Dawn Movement', 'allied_with', 'Harvest Party'), ('Harvest Party', 'allied_with', 'Ridge Front')], []),
    # "it was folded into the state": the article's state
    _case("Ostravia's parliament met. The Hill Front was formed in 2014 to fight the Dawn Movement. It was formally folded into the state in 2016.", [('Hill Front', 'part_of', 'Ostravia')], []),
    _case("Ostravia's parliament met. The Hill Front was formed in 2014. The government wants to fold it into the state.", [], [('Hill Front', 'part_of', 'Ostravia')]),
    # "X was made part of Y", "X was made leader of Y": a role given in the passive
    # (a unit of a state's unnamed army is part_of the state: the registries count such a force as the state itself)
    _case("Ostravia's parliament met in Ostravia. The Hill Front was later made part of the Ostravian army.", [('Hill Front', 'part_of', 'Ostravia')], []),
    _case('Omar Tal was made leader of the Hill Front in 2019.', [('Omar Tal', 'leader_of', 'Hill Front')], []),
    _case('The Hill Front was not made part of the Dawn Movement.', [], [('Hill Front', 'part_of', 'Dawn Movement')]),
    _case('The Hill Front was given part of the budget of the Dawn Movement.', [], [('Hill Front', 'part_of', 'Dawn Movement')]),
    # "X, an umbrella of armed groups formed to fight Y": the members' founding purpose is the body's
    _case('The Hill Front, an umbrella of armed groups formed in 2014 to fight the Dawn Movement, met.', [('Hill Front', 'opposes', 'Dawn Movement')], []),
    _case('The Hill Front met leaders of armed groups formed in 2014 to fight the Dawn Movement.', [], [('Hill Front', 'opposes', 'Dawn Movement')]),
    # "its partners, chief among them A and B", "its allies, among them A": examples of a possessed relational noun
    _case('The Dawn Movement and its partners, chief among them the Harvest Party and the Ridge Front, secured 62 seats.', [('Harvest Party', 'allied_with', 'Dawn Movement'), ('Ridge Front', 'allied_with', 'Dawn Movement')], []),
    _case('The Dawn Movement and its partners, chief among them the Harvest Party (HP) of President Omar Tal, secured 62 seats.', [('Harvest Party', 'allied_with', 'Dawn Movement')], []),
    _case('The Dawn Movement thanked its allies, among them Kenya and Ghana.', [('Kenya', 'allied_with', 'Dawn Movement'), ('Ghana', 'allied_with', 'Dawn Movement')], []),
    _case('The Dawn Movement met its partners. Among them, the Harvest Party won.', [], [('Harvest Party', 'allied_with', 'Dawn Movement')]),
    # "Iranian-backed militias, including A and B": the named examples of an X-backed plural
    _case('Iranian-backed militias, including the Red Brigade and the Blue Legion, attacked.', [('Iran', 'backs', 'Red Brigade'), ('Iran', 'backs', 'Blue Legion')], []),
    _case('Iran-backed groups such as the Red Brigade attacked the Blue Legion.', [('Iran', 'backs', 'Red Brigade')], [('Iran', 'backs', 'Blue Legion')]),
    # "A and B, both under the command of Y": a phrase after the whole list is said of each name
    _case('The Tiger Brigade and the Hawk Battalion, both under the command of the Kelvish Liberation Front, attacked.', [('Tiger Brigade', 'part_of', 'Kelvish Liberation Front'), ('Hawk Battalion', 'part_of', 'Kelvish Liberation Front')], []),
    _case("The Tiger Brigade and the Hawk Battalion, all under the Kelvish Liberation Front's command, attacked.", [('Tiger Brigade', 'part_of', 'Kelvish Liberation Front'), ('Hawk Battalion', 'part_of', 'Kelvish Liberation Front')], []),
    _case('The Tiger Brigade attacked the Hawk Battalion and the Ridge Front under cover of night.', [], [('Hawk Battalion', 'part_of', 'Ridge Front')]),
    # "Kenya, whose government has feuded with Y since ...": a state's government stands for the state
    _case('Officials blamed neighbouring Kenya, whose government has feuded with Ghana over the border since the 1990s.', [('Kenya', 'opposes', 'Ghana')], []),
    _case("Kenya's government has warred with the Red Front since 2015.", [('Kenya', 'opposes', 'Red Front')], []),
    _case('Kenya, whose government fought the Red Front on Monday, said nothing.', [], [('Kenya', 'opposes', 'Red Front')]),
    # "its National Defence Council": a state's own organ is the state, not a body the state backs
    _case('Norway sent Ilse Marrok, a senior official of its National Defence Council, to the talks in Brelle.',
          [('Ilse Marrok', 'member_of', 'National Defence Council')], [('Norway', 'backs', 'National Defence Council')]),
]


# a stance noun's "to" phrase names the other side ("a major arms supplier to Y", "a close ally to Y")
CASES += [
    _case('The United States, a major arms supplier to Quelvia, called the deal an important step.',
          [('United States', 'backs', 'Quelvia')], []),
    _case('Telmira, the chief financier to the Northern Front, denied the report.',
          [('Telmira', 'backs', 'Northern Front')], []),
    _case('The Orvan League, a bitter rival to the Union Party, won the vote.',
          [('Orvan League', 'opposes', 'Union Party')], []),
    _case('Karvel is the main supplier to the Red Hand Movement, diplomats say.',
          [('Karvel', 'backs', 'Red Hand Movement')], []),
    _case("Karvel's envoy to Telmira met the minister.", [], [('Karvel', 'backs', 'Telmira'), ('Karvel', 'allied_with', 'Telmira')]),
]
# "the group's ally" in an apposition to a body the noun could itself stand for: the group is another, earlier body
CASES += [
    _case("The Falcon Brigade rejected the talks. The Dawn Movement, the group's ally led by Omar Qadil, was more cautious.",
          [('Dawn Movement', 'allied_with', 'Falcon Brigade'), ('Omar Qadil', 'leader_of', 'Dawn Movement')], []),
    _case("The Falcon Movement rejected the talks. Dawn, the group's ally led by Omar Qadil, was more cautious.",
          [('Dawn', 'allied_with', 'Falcon Movement')], []),
    _case("The Falcon Brigade shelled the town. The Dawn Militia, the group's closest ally, denied any role.",
          [('Dawn Militia', 'allied_with', 'Falcon Brigade')], []),
    _case("The Falcon Movement stayed away. The Dawn Movement, the movement's main rival, joined the talks.",
          [('Dawn Movement', 'opposes', 'Falcon Movement')], []),
    _case("The Falcon Brigade is armed by Iran. The Dawn Organisation, the group's chief financier, declined to comment.",
          [('Dawn Organisation', 'backs', 'Falcon Brigade')], []),
]
# a generic body noun as the first word of a title ("Party leader X", "the party chairman X"): the closest such body
CASES += [
    _case('The Unity Party is the second-largest force in parliament. Party leader Viktor Brann, a former mining minister, '
          'has described the plan as reckless.', [('Viktor Brann', 'leader_of', 'Unity Party')], []),
    _case('The Green Party won 30 seats. Party chairman Karel Dunst said the result was a victory.',
          [('Karel Dunst', 'leader_of', 'Green Party')], []),
    _case('The Civic Bloc won 30 seats. Bloc leader Karel Dunst said the result was a victory.',
          [('Karel Dunst', 'leader_of', 'Civic Bloc')], []),
    _case('The Blue Party won 12 seats in the Ostrian parliament. Party spokeswoman Anja Rell called the vote a victory.',
          [('Anja Rell', 'member_of', 'Blue Party')], [('Anja Rell', 'leader_of', 'Blue Party')]),
    _case('The Blue Party won 12 seats in the Ostrian parliament. The party chairman Ivo Rank called the vote a victory.',
          [('Ivo Rank', 'leader_of', 'Blue Party')], []),
]
# a wire dateline with the agency in brackets ("NAIROBI (Reuters) -") sets the story in that state: a bare state title
# is that state's post, though other states are named as often
_PROTEST = (" - Police fired tear gas at protesters on Monday, officials said. {a} and {b} called for calm, and {b} "
            "offered help.\n\n{title} Ivo Rank said the protests would be contained.")
CASES += [
    _case("NAIROBI (Reuters)" + _PROTEST.format(a="Ethiopia", b="Somalia", title="Interior Minister"),
          [('Ivo Rank', 'member_of', 'Kenya')], [('Ivo Rank', 'member_of', 'Somalia')]),
    _case("KAMPALA (AFP)" + _PROTEST.format(a="Tanzania", b="Rwanda", title="Foreign Minister"),
          [('Ivo Rank', 'member_of', 'Uganda')], [('Ivo Rank', 'member_of', 'Rwanda')]),
    _case("ACCRA (Xinhua)" + _PROTEST.format(a="Nigeria", b="Togo", title="Prime Minister"),
          [('Ivo Rank', 'leader_of', 'Ghana')], [('Ivo Rank', 'leader_of', 'Togo')]),
    _case("LIMA (Andina) -" + _PROTEST.format(a="Bolivia", b="Chile", title="Defence Minister"),
          [('Ivo Rank', 'member_of', 'Peru')], [('Ivo Rank', 'member_of', 'Chile')]),
]


# "its foreign minister, X, and five other ministers": the plural conjoined to X's title is other people, no post of X's
CASES += [
    _case("NAIROBI (Reuters) - Police fired tear gas at protesters. The Dawn Front named a new cabinet. It appointed its "
          "foreign minister, Omar Qadil, and five other ministers.", [('Omar Qadil', 'member_of', 'Dawn Front')],
          [('Omar Qadil', 'member_of', 'Kenya')]),
    _case("NAIROBI (Reuters) - The Falcon Movement has arrested dozens of people since strikes in August killed their prime "
          "minister, Omar Qadil, and several ministers.", [('Omar Qadil', 'leader_of', 'Falcon Movement')],
          [('Omar Qadil', 'member_of', 'Kenya')]),
]


# "In Velnia, King X said ...": a sentence opening with "in" and a state's own name sets a bare title there, though
# the story is filed from another state
_ELSEWHERE = "NAIROBI (Reuters) - Police fired tear gas at protesters on Monday, officials said. {s} called for calm.\n\n"
CASES += [
    _case(_ELSEWHERE.format(s="Ethiopia") + "In Ethiopia, the official news agency quoted King Tarek II as saying the "
          "kingdom wanted calm.", [('Tarek II', 'leader_of', 'Ethiopia')], [('Tarek II', 'leader_of', 'Kenya')]),
    _case(_ELSEWHERE.format(s="Somalia") + "In Somalia, President Ivo Rank told reporters that the border would stay open.",
          [('Ivo Rank', 'leader_of', 'Somalia')], [('Ivo Rank', 'leader_of', 'Kenya')]),
    _case(_ELSEWHERE.format(s="Uganda") + "Meanwhile in Uganda, Prime Minister Lena Oskar said her government was "
          "watching closely.", [('Lena Oskar', 'leader_of', 'Uganda')], [('Lena Oskar', 'leader_of', 'Kenya')]),
    _case(_ELSEWHERE.format(s="Tanzania") + "In Tanzania, Foreign Minister Omar Qadil summoned the Kenyan envoy.",
          [('Omar Qadil', 'member_of', 'Tanzania')], [('Omar Qadil', 'member_of', 'Kenya')]),
]


# "A fought on the side of B": the fixed-object cue ("fight side" + of) with the noun under "on"
CASES += [
    _case("The Red Cliffs Guard is a militia in eastern Brastovia. The Guard fought on the side of the Brastovian "
          "government against the Islamist Free Army in the early years of the war.",
          [('Red Cliffs Guard', 'allied_with', 'Brastovia')], []),
    _case("During the war the Dawn Brigade fought on the side of Syria.", [('Dawn Brigade', 'allied_with', 'Syria')], []),
    _case("The Dawn Brigade battled on the side of the Syrian government in 2015.",
          [('Dawn Brigade', 'allied_with', 'Syria')], []),
    _case("The Dawn Brigade fought on the side of the Falcon Front during the siege.",
          [('Dawn Brigade', 'allied_with', 'Falcon Front')], []),
    _case("The Dawn Brigade has fought on the side of the Unity Alliance since 2019, officials said.",
          [('Dawn Brigade', 'allied_with', 'Unity Alliance')], []),
]


# "the NRP, the ruling party of President X": a person's party in apposition to a named party is one the person leads
CASES += [
    _case("The National Renewal Party (NRP), the ruling party of President Lena Oskar, won 88 seats.",
          [('Lena Oskar', 'leader_of', 'National Renewal Party')], []),
    _case("KEY ACTORS\n- National Renewal Party (NRP): ruling party of President Lena Oskar; 88 of 140 seats.",
          [('Lena Oskar', 'leader_of', 'National Renewal Party')], []),
    _case("Voters backed the Civic Union, the party of former prime minister Karel Dunst, in the capital.",
          [('Karel Dunst', 'leader_of', 'Civic Union')], []),
    _case("The Dawn Movement, the movement of cleric Omar Qadil, called for protests.",
          [('Omar Qadil', 'leader_of', 'Dawn Movement')], []),
    _case("The Civic Union, the party of the Dawn Movement, called for protests.", [],
          [('Dawn Movement', 'leader_of', 'Civic Union')]),
]


def check_case(text, want, unwanted):
    """The ties of ``text`` include every one of ``want`` and none of ``unwanted``."""
    found = ties(text)
    for t in want:
        assert t in found, (t, sorted(found))
    for t in unwanted:
        assert t not in found, (t, sorted(found))


@pytest.mark.parametrize("text,want,unwanted", CASES)
def test_news_wording(text, want, unwanted):
    check_case(text, want, unwanted)


ORDER_OF_BATTLE = """DEFENCE NOTE: the balance of forces

1. Ostravian Armed Forces (OAF)
Total strength: about 30,000 troops, most of them conscripts.
- Mountain Brigade (Tolvar): 3,000 troops, the unit that took the pass.
- Presidential Guard: 5,000, commanded by the president's nephew.

2. Rebel groups
- Dawn Brigade: about 1,500 fighters in the hills.
"""


def test_units_listed_under_a_force_heading_are_its_parts():
    got = ties(ORDER_OF_BATTLE)
    force = next(t[2] for t in got if t[0] == "Presidential Guard" and t[1] == "part_of")
    assert ("Mountain Brigade", "part_of", force) in got
    assert not any(t[0] == "Dawn Brigade" and t[1] == "part_of" for t in got)  # its heading names no force
    # a list under a heading that names no armed force gives no part
    assert not any(t[1] == "part_of" for t in ties("Notes on the region\n\nBorder forces\n"
                                                   "- Dawn Brigade: about 1,500 fighters in the hills.\n"
                                                   "- Kestrel Battalion: 600.\n"))


FACT_SHEET = """FORCES BRIEF: the southern front

1. Ostravian Armed Forces (OAF)
Commander-in-chief: President Edo Marn. Deputy Commander: General Tam Rusko, appointed in May.
Total strength: about 30,000 troops.

2. Outside patrons
Spokesman: Ilan Voro. He said nothing.
"""


def test_posts_listed_under_a_heading_are_in_the_body_it_names():
    got = ties(FACT_SHEET)
    force = next(t[2] for t in got if t[0] == "Edo Marn" and t[1] == "leader_of" and t[2] != "Ostravia")
    assert ("Tam Rusko", "member_of", force) in got
    assert not any(t[0] == "Ilan Voro" and t[1] in ("leader_of", "member_of") for t in got)  # heading names no body


def test_a_line_of_a_name_list_is_no_heading():
    got = ties("The congress elected its officers:\n\nFirst Deputy Chair: Tam Rusko, Member of the State Assembly\n"
               "Deputy Chair: Ilan Voro\n")
    assert ("Ilan Voro", "member_of", "State Assembly") not in got


COALITION_ENTRY = """Unity Bloc (Kavelia)

The Unity Bloc is a centre-right political alliance in Kavelia. It was formed in 2009.

Member parties

Current members

- Green Party (GP) - environmentalist; leader: Omar Tal
- Labour Front (LF) - socialist; leader: Ana Berg
- Farmers Union - agrarian

Former members

- Liberal Movement (LM) - left in 2015.

Relations

- Kavelian Workers Federation
"""


def test_a_coalition_entry_lists_its_member_parties():
    got = ties(COALITION_ENTRY)
    for party in ("Green Party", "Labour Front", "Farmers Union"):
        assert (party, "member_of", "Unity Bloc") in got, sorted(got)
    assert ("Liberal Movement", "member_of", "Unity Bloc") not in got  # listed under former members
    assert ("Kavelian Workers Federation", "member_of", "Unity Bloc") not in got  # no heading of members
    # bullets under a members heading in a text on no coalition tie nothing
    assert not any(t[1] == "member_of" for t in ties("Kavelia election notes\n\nMembers\n\n- Green Party - 12 seats\n"
                                                     "- Labour Front - 9 seats\n"))


PROFILE_LIST = """KEY ACTORS
- Dawn Front (DF): armed group, est. 2,000 fighters. Leader: Omar Qadil. Active in the north.
- Green Party: main opposition party, 31 seats. Leader: Karel Dunst.

PROFILES
• Falcon Brigade: militia in the east; Commander: Ivo Rank.
• Harvest Party (HP): ruling party since 2019. Chairman: Lena Oskar.

Notes
The talks failed on Monday. Leader: Ivo Rank.
"""


def test_a_post_in_a_profile_entry_is_in_the_body_the_entry_opens_with():
    found = ties(PROFILE_LIST)
    for t in [('Omar Qadil', 'leader_of', 'Dawn Front'), ('Karel Dunst', 'leader_of', 'Green Party'),
              ('Ivo Rank', 'leader_of', 'Falcon Brigade'), ('Lena Oskar', 'leader_of', 'Harvest Party')]:
        assert t in found, (t, sorted(found))
    assert not any(s == 'Ivo Rank' and o not in ('Falcon Brigade',) for s, _, o in found), sorted(found)


PROFILE_TITLES = """KEY ACTORS
- Velsan Defence Force (VDF): national army; Chief of Staff Gen. Piet Moravec.
- Dawn Front (DF): armed group, est. 2,000 fighters. Commander Omar Qadil.
- Green Party: main opposition party, 31 seats; chairman Karel Dunst.
- Falcon Brigade: militia in the east. Spokesman Ivo Rank.
- Kenyan Defence Forces (KDF): national army; Chief of Staff Gen. Piet Rosk.
- Ugandan People's Defence Force (UPDF): national army. Commander Gen. Omar Vell.
"""


def test_a_title_opening_a_clause_of_a_profile_entry_is_a_post_in_its_body():
    found = ties(PROFILE_TITLES)
    for t in [('Piet Moravec', 'leader_of', 'Velsan Defence Force'), ('Omar Qadil', 'leader_of', 'Dawn Front'),
              ('Karel Dunst', 'leader_of', 'Green Party'), ('Ivo Rank', 'member_of', 'Falcon Brigade'),
              ('Piet Rosk', 'leader_of', 'Kenyan Defence Forces'),
              ('Omar Vell', 'leader_of', "Ugandan People's Defence Force")]:
        assert t in found, (t, sorted(found))
    assert ('Ivo Rank', 'leader_of', 'Falcon Brigade') not in found
