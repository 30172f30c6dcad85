"""A state named by its long style ("the Federal Republic of Velmoria", "the Islamic Republic of Karst", "the Federal
Democratic Republic of Osk", "the Republic of Türkiye"): a word of roles.yaml country_appositives after only words of
relations.yaml state_style_words, then "of" and a state's name, is that state, one actor with its short name, not an
organisation of its own.

Negatives: a body whose name holds such words but is no state's style ("the Velmoria Federal Republic Party", "the
Federation of Velmorian Workers", "the Democratic Union of Velmoria", "the Republic of Letters Society"): no state
from it.

Each item is its own document. ``states``: the states it must give (exactly); ``orgs``: organisation names that must
be actors; ``absent``: names no actor may have. All invented but the one known state; end to end with the real
English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, extract_each

pytestmark = pytest.mark.model

# (text, states, organisations that must be there, names no actor may have)
CASES = [
    ("Delegation: The Federal Republic of Velmoria\n\nVelmoria shares a long border with its neighbour and hosts "
     "many refugees.", {"Velmoria"}, set(), {"Federal Republic of Velmoria"}),
    ("The Federal Republic of Velmoria said on Monday that it would close the border. Velmoria hosts 200,000 "
     "refugees.", {"Velmoria"}, set(), {"Federal Republic of Velmoria"}),
    ("The Islamic Republic of Karstavia said on Monday that it would close the border. Karstavia denies arming the "
     "rebels.", {"Karstavia"}, set(), {"Islamic Republic of Karstavia"}),
    ("The Federal Democratic Republic of Oskavia protested to the envoy. Oskavia recalled its ambassador.",
     {"Oskavia"}, set(), {"Federal Democratic Republic of Oskavia"}),
    ("At the invitation of the Republic of Türkiye, the two delegations met in a hotel on the coast.",
     {"Turkey"}, set(), {"Republic of Türkiye"}),
    ("The People's Republic of Dravonia sent two ships to the reef. Dravonia says the reef is its own.",
     {"Dravonia"}, set(), {"People's Republic of Dravonia"}),
    # --- negatives ---
    ("The Velmoria Federal Republic Party said on Monday that it would boycott the vote.", set(),
     {"Velmoria Federal Republic Party"}, set()),
    ("The Federation of Velmorian Workers said on Monday that it would strike.", set(),
     {"Federation of Velmorian Workers"}, set()),
    ("Velmoria's president called a vote on Sunday. The Democratic Union of Velmoria said it would boycott it.",
     {"Velmoria"}, {"Democratic Union of Velmoria"}, set()),
    ("The Republic of Letters Society met in Velmoria's capital on Sunday to award its prize.", {"Velmoria"},
     set(), {"Letters"}),
    # --- two states: each its own ---
    ("The Federal Republic of Velmoria accused the Islamic Republic of Karstavia of shelling its border posts.",
     {"Velmoria", "Karstavia"}, set(), {"Federal Republic of Velmoria", "Islamic Republic of Karstavia"}),
]

XFAIL: dict[str, str] = {}


def _kinds(ex, names) -> tuple[set, set, set]:
    """One text's (state names, organisation names, all names)."""
    return ({a.name for a in ex.actors if a.kind == "country"},
            {a.name for a in ex.actors if a.kind == "organization"}, {a.name for a in ex.actors})


def _check(text: str, states: set, orgs: set, absent: set, got: tuple[set, set, set]) -> None:
    got_states, got_orgs, names = got
    assert got_states == states and orgs <= got_orgs and not (names & absent), (text, got_states, got_orgs)


extracted, test_wording = battery(CASES, XFAIL, "d", partial(extract_each, items=_kinds), _check)
