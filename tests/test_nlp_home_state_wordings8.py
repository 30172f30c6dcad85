"""The story's own state is not outcounted by a heading the tagger took for a state: a name counted as a state that is
one English common word in the plural, which the gazetteer lists as no state ("the Volunteers", a militia's short
name, read as a state in "the army shelled a Volunteers post"), is dropped from the states ``home_state`` counts
(relations._Ctx._common_word_states), like a region or a neighbour; so a little-known state named as often is no
longer left undecided against it, and its bare titles ("President X") are its own. Negatives: no bare title (a
former president), and a listed world power named more often than the little-known state still keeps the story
from it.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All state,
person and company names but Russia, Turkey and Iran are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

CASES = [
    # --- a plural common word counted as a state no longer outcounts the little-known state the story is set in ---
    ((
     'Skyway Air - Customer Support\n'
     'Chat transcript, 20 October\n'
     '\n'
     'Customer: Is my flight to Korvessa still on?\n'
     'Agent: Flights to Korvessa are suspended until Friday, after fighting near the airport.\n'
     'Customer: Who is fighting?\n'
     'Agent: Our notes say the Volunteers backed President Eldar Rusov for years. On 16 October the army '
     'shelled a Volunteers post near the airport. The government accuses Turkey of arming the Volunteers '
     'with rifles, and Turkey denies it. The Volunteers want a new cabinet.\n'
     'Customer: Is Russia involved?\n'
     'Agent: Russia has urged calm. The opposition leader says her party has no link to the Volunteers. '
     "Korvessa's army says the road will reopen soon. Russia has offered to mediate, and Turkey has sent an "
     'envoy. Russia and Turkey both have embassies in Korvessa.'),
     {("Eldar Rusov", L, "Korvessa")}, set()),
    ((
     'Blue Crane Airlines - Customer Support\n'
     'Chat transcript, 20 October\n'
     '\n'
     'Customer: Is my flight to Ostrenia still on?\n'
     'Agent: Flights to Ostrenia are suspended until Friday, after fighting near the airport.\n'
     'Customer: Who is fighting?\n'
     'Agent: Our notes say the Volunteers backed President Mara Velt for years. On 16 October the army '
     'shelled a Volunteers post near the airport. The government accuses Turkey of arming the Volunteers '
     'with rifles, and Turkey denies it. The Volunteers want a new cabinet.\n'
     'Customer: Is Iran involved?\n'
     'Agent: Iran has urged calm. The opposition leader says her party has no link to the Volunteers. '
     "Ostrenia's army says the road will reopen soon. Iran has offered to mediate, and Turkey has sent an "
     'envoy. Iran and Turkey both have embassies in Ostrenia.'),
     {("Mara Velt", L, "Ostrenia")}, set()),
    # --- negatives ---
    # no bare title: no post
    ((
     'Skyway Air - Customer Support\n'
     'Chat transcript, 20 October\n'
     '\n'
     'Customer: Is my flight to Korvessa still on?\n'
     'Agent: Flights to Korvessa are suspended until Friday, after fighting near the airport.\n'
     'Customer: Who is fighting?\n'
     'Agent: Our notes say the Volunteers backed the former president, Eldar Rusov, for years. On 16 October '
     'the army shelled a Volunteers post near the airport. The government accuses Turkey of arming the '
     'Volunteers with rifles, and Turkey denies it. The Volunteers want a new cabinet.\n'
     'Customer: Is Russia involved?\n'
     'Agent: Russia has urged calm. The opposition leader says her party has no link to the Volunteers. '
     "Korvessa's army says the road will reopen soon. Russia has offered to mediate, and Turkey has sent an "
     'envoy. Russia and Turkey both have embassies in Korvessa.'),
     set(), {("Eldar Rusov", L, "Korvessa")}),
    # a listed state named more often than the little-known one: no home state for the bare title
    ((
     'Skyway Air - Customer Support\n'
     'Chat transcript, 20 October\n'
     '\n'
     'Customer: Is my flight to Korvessa still on?\n'
     'Agent: Flights to Korvessa are suspended until Friday, after fighting near the airport.\n'
     'Customer: Who is fighting?\n'
     'Agent: Our notes say the Volunteers backed President Eldar Rusov for years. On 16 October the army '
     'shelled a Volunteers post near the airport. The government accuses Turkey of arming the Volunteers '
     'with rifles, and Turkey denies it. The Volunteers want a new cabinet.\n'
     'Customer: Is Russia involved?\n'
     'Agent: Russia has urged calm. Russia keeps a base near the airport, Russia sells the fuel and Russia '
     'trains the pilots; Russia is the main partner. The opposition leader says her party has no link to the '
     "Volunteers. Korvessa's army says the road will reopen soon. Russia has offered to mediate, and Turkey "
     'has sent an envoy. Russia and Turkey both have embassies in Korvessa.'),
     set(), {("Eldar Rusov", L, "Korvessa")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs8", relations_by_document, check_ties)
