"""A second battery of how news states lasting ties, written from ordinary wire, analysis and profile prose
(not from any evaluation text): for each tie type, eight to twelve different wordings (active, passive,
apposition, relative clause, possessive, title before the name, participle, "X-led", "X-backed", phrasal
verbs), and wordings that must give no tie (denials, conditions, questions, a tie refused or ended, a
former alliance). Invented people, parties and militias; real states. Each case: the text, the ties it must
give, the ties it must not give (allied_with and opposes are read both ways round). Cases still failing
stay as xfail with the reason."""
from __future__ import annotations

import pytest

from test_relations_battery import _case, check_case  # the one reader of a battery case

pytestmark = pytest.mark.model


CASES = [
    _case('Tomas Vendrel, the leader of the Juniper Party, called for early elections.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('The Juniper Party is led by Tomas Vendrel, a former judge.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('Juniper Party leader Tomas Vendrel called for early elections.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('Tomas Vendrel, who chairs the Juniper Party, called for early elections.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case("Tomas Vendrel's Juniper Party won 14 seats in the election.", [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('Tomas Vendrel is a veteran politician. The Vendrel-led Juniper Party won 14 seats.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('As head of the Juniper Party, Tomas Vendrel called for early elections.', [('Tomas Vendrel', 'leader_of', 'Juniper Party')], []),
    _case('Iron Lantern Brigade commander Anika Tessaro ordered a withdrawal from the town.', [('Anika Tessaro', 'leader_of', 'Iron Lantern Brigade')], []),
    _case('Anika Tessaro commands the Iron Lantern Brigade, which controls the northern hills.', [('Anika Tessaro', 'leader_of', 'Iron Lantern Brigade')], []),
    _case("The Iron Lantern Brigade's chief, Anika Tessaro, ordered a withdrawal.", [('Anika Tessaro', 'leader_of', 'Iron Lantern Brigade')], []),
    _case('Anika Tessaro was appointed head of the Iron Lantern Brigade in March.', [('Anika Tessaro', 'leader_of', 'Iron Lantern Brigade')], []),
    _case("Uganda's president, Mira Castell, flew to Nairobi on Monday.", [('Mira Castell', 'leader_of', 'Uganda')], []),
    _case('Ugandan Prime Minister Mira Castell flew to Nairobi on Monday.', [('Mira Castell', 'leader_of', 'Uganda')], []),
    _case('Anika Tessaro, who took command of the Iron Lantern Brigade in 2020, ordered a withdrawal.', [('Anika Tessaro', 'leader_of', 'Iron Lantern Brigade')], []),
    _case('Pavel Drost, a member of the Juniper Party, resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Juniper Party lawmaker Pavel Drost resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, a Juniper Party MP, resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, who sits for the Juniper Party in parliament, resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, an Iron Lantern Brigade fighter, was captured near the bridge.', [('Pavel Drost', 'member_of', 'Iron Lantern Brigade')], []),
    _case("Pavel Drost, one of the Juniper Party's senior figures, resigned his seat.", [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, a spokesman for the Iron Lantern Brigade, said the ceasefire had collapsed.', [('Pavel Drost', 'member_of', 'Iron Lantern Brigade')], [('Pavel Drost', 'leader_of', 'Iron Lantern Brigade')]),
    _case('Pavel Drost, who represents the Juniper Party in the senate, resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case("The Juniper Party's Pavel Drost resigned his seat.", [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, a commander in the Iron Lantern Brigade, was captured near the bridge.', [('Pavel Drost', 'member_of', 'Iron Lantern Brigade')], [('Pavel Drost', 'leader_of', 'Iron Lantern Brigade')]),
    _case('Pavel Drost became a member of the Juniper Party in 2012.', [('Pavel Drost', 'member_of', 'Juniper Party')], []),
    _case('Pavel Drost, elected as a Juniper Party candidate in 2020, resigned his seat.', [('Pavel Drost', 'member_of', 'Juniper Party')], [],
          'a participle in apposition ("X, elected as a Y candidate in 2020,") is not read as the role it names'),
    _case('Ugandan Foreign Minister Pavel Drost flew to Nairobi.', [('Pavel Drost', 'member_of', 'Uganda')], []),
    _case('The Juniper Party is a member of the Northern Coalition.', [('Juniper Party', 'member_of', 'Northern Coalition')], []),
    _case('The Redcliff Battalion, the armed wing of the Ashgrove Movement, attacked the convoy.', [('Redcliff Battalion', 'part_of', 'Ashgrove Movement')], []),
    _case('The Redcliff Battalion is a unit of the Iron Lantern Brigade.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], []),
    _case('The Redcliff Battalion, part of the Iron Lantern Brigade, attacked the convoy.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], []),
    _case('The Redcliff Battalion belongs to the Iron Lantern Brigade.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], [],
          '"Y belongs to X" between two organisations gives member_of: whether X is a coalition or a parent force is not read'),
    _case('The Redcliff Battalion, which forms part of the Iron Lantern Brigade, attacked the convoy.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], []),
    _case('The Redcliff Youth, the youth wing of the Ashgrove Movement, staged a rally.', [('Redcliff Youth', 'part_of', 'Ashgrove Movement')], []),
    _case('The Redcliff Battalion, a branch of the Iron Lantern Brigade, attacked the convoy.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], []),
    _case("The Ashgrove Movement's military wing, the Redcliff Battalion, attacked the convoy.", [('Redcliff Battalion', 'part_of', 'Ashgrove Movement')], []),
    _case('The Redcliff Battalion, which answers to the Iron Lantern Brigade, attacked the convoy.', [('Redcliff Battalion', 'part_of', 'Iron Lantern Brigade')], []),
    _case('Rwanda backs the Iron Lantern Brigade.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Rwanda-backed Iron Lantern Brigade seized the airport.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Iron Lantern Brigade, which receives arms from Rwanda, seized the airport.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('Rwanda has supplied the Iron Lantern Brigade with drones and ammunition.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Iron Lantern Brigade is supported by Rwanda.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('Rwanda is the main sponsor of the Iron Lantern Brigade.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Iron Lantern Brigade, armed and trained by Rwanda, seized the airport.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('Rwanda funds the Iron Lantern Brigade, according to a UN report.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case("Rwanda, the Iron Lantern Brigade's main foreign backer, denied the report.", [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case("Rwanda's support for the Iron Lantern Brigade has angered Kenya.", [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Iron Lantern Brigade, a Rwanda-sponsored militia, seized the airport.', [('Rwanda', 'backs', 'Iron Lantern Brigade')], []),
    _case('The Juniper Party is allied with the Copper League.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Juniper Party and the Copper League formed an alliance in 2019.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Juniper Party, an ally of the Copper League, won 14 seats.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case("The Juniper Party's ally, the Copper League, won 9 seats.", [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Juniper Party has formed a coalition with the Copper League.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Juniper Party signed a cooperation pact with the Copper League.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('Rwanda and Uganda are close allies.', [('Rwanda', 'allied_with', 'Uganda')], []),
    _case('The Juniper Party teamed up with the Copper League ahead of the vote.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Juniper Party and its coalition partner, the Copper League, won a majority.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Copper League, which governs in alliance with the Juniper Party, lost two seats.', [('Juniper Party', 'allied_with', 'Copper League')], []),
    _case('The Iron Lantern Brigade fights alongside the Redcliff Battalion in the north.', [('Iron Lantern Brigade', 'allied_with', 'Redcliff Battalion')], []),
    _case('The Iron Lantern Brigade has been fighting the Redcliff Battalion since 2019.', [('Iron Lantern Brigade', 'opposes', 'Redcliff Battalion')], []),
    _case('The Juniper Party, a fierce rival of the Copper League, won 14 seats.', [('Juniper Party', 'opposes', 'Copper League')], []),
    _case("The Juniper Party's main rival, the Copper League, won 9 seats.", [('Juniper Party', 'opposes', 'Copper League')], []),
    _case('The Iron Lantern Brigade, which is at war with the Redcliff Battalion, seized the airport.', [('Iron Lantern Brigade', 'opposes', 'Redcliff Battalion')], []),
    _case('The Iron Lantern Brigade has waged an insurgency against Uganda since 2015.', [('Iron Lantern Brigade', 'opposes', 'Uganda')], []),
    _case('The anti-Rwanda Iron Lantern Brigade seized the airport.', [('Iron Lantern Brigade', 'opposes', 'Rwanda')], [],
          'the state after "anti-" is not split out of the hyphenated modifier as an actor (actor layer)'),
    _case('The Copper League is a bitter enemy of the Juniper Party.', [('Copper League', 'opposes', 'Juniper Party')], []),
    _case('Rwanda and Uganda have been locked in a border dispute for decades.', [('Rwanda', 'opposes', 'Uganda')], []),
    _case('The Iron Lantern Brigade has been locked in a standoff with the Redcliff Battalion since May.', [('Iron Lantern Brigade', 'opposes', 'Redcliff Battalion')], []),
    _case('The Iron Lantern Brigade took up arms against Uganda in 2015.', [('Iron Lantern Brigade', 'opposes', 'Uganda')], []),
    _case('The Juniper Party leads the opposition to the Copper League government.', [('Juniper Party', 'opposes', 'Copper League')], [],
          '"leads the opposition to the Y government": the opposition noun with "to" is not read'),
    _case('Rwanda has long been hostile to Uganda.', [('Rwanda', 'opposes', 'Uganda')], []),
    _case('Tomas Vendrel denied that he leads the Juniper Party.', [], [('Tomas Vendrel', 'leader_of', 'Juniper Party')]),
    _case('The Juniper Party, a former ally of the Copper League, won 14 seats.', [], [('Juniper Party', 'allied_with', 'Copper League')]),
    _case('Rwanda denies backing the Iron Lantern Brigade.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('Is Rwanda funding the Iron Lantern Brigade?', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('If Rwanda armed the Iron Lantern Brigade, Uganda would retaliate.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('The Juniper Party is not allied with the Copper League.', [], [('Juniper Party', 'allied_with', 'Copper League')]),
    _case('Pavel Drost left the Juniper Party in 2019.', [], [('Pavel Drost', 'member_of', 'Juniper Party')]),
    _case('The Juniper Party ruled out an alliance with the Copper League.', [], [('Juniper Party', 'allied_with', 'Copper League')]),
    _case('Unless Rwanda funds the Iron Lantern Brigade, the group will collapse.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('It is unclear whether Rwanda backs the Iron Lantern Brigade.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('Uganda denies that it arms the Redcliff Battalion.', [], [('Uganda', 'backs', 'Redcliff Battalion')]),
    _case('Pavel Drost was expelled from the Juniper Party last week.', [], [('Pavel Drost', 'member_of', 'Juniper Party')]),
    _case('Rwanda stopped funding the Iron Lantern Brigade in 2018.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
    _case('The Juniper Party refused to form a coalition with the Copper League.', [], [('Juniper Party', 'allied_with', 'Copper League')]),
    _case('Uganda accused Rwanda of arming the Iron Lantern Brigade, a charge Rwanda rejects.', [], [('Rwanda', 'backs', 'Iron Lantern Brigade')]),
]


@pytest.mark.parametrize("text,want,unwanted", CASES)
def test_news_wording(text, want, unwanted):
    check_case(text, want, unwanted)
