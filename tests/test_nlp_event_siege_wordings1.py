"""A siege laid by armed men is an attack (ASSAULT, as "came under siege" already was), in wordings written for this
battery (invented names, own wording):

- "besieged" with an armed body or a place as its object (the object words of "overrun": "besieged the rebels'
  camp", "are besieging the town of X", "the garrison was besieged by X");
- "laid siege to X".

Negatives give no attack: the other senses of "besiege" (crowded by reporters, fans or requests: an object that is
no armed body and no place of war), a siege denied or only threatened, the adjective of a place with no one named.

Same conventions as the second events battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*"
any end. Real states and invented armed groups; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from test_nlp_events_blind_wordings import events_by_document
from test_nlp_events_blind_wordings2 import check_events
from wording_battery import battery_params

pytestmark = pytest.mark.model

GHANA = "Ghana|Ghana military|Ghanaian army"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- a siege laid on an armed body's ground or a town ---
    ("The Ghanaian army besieged the Harvest Brigades camp for five weeks before the talks.",
     {(GHANA, "ASSAULT", "Harvest Brigades")}, set()),
    ("The Ghanaian army laid siege to the Harvest Brigades stronghold in March.",
     {(GHANA, "ASSAULT", "Harvest Brigades")}, set()),
    ("The Harvest Brigades are besieging the town of Kelmo with help from local militias.",
     {("Harvest Brigades", "ASSAULT", "*")}, set()),
    ("Fighters of the Copper Hills Front besieged the army garrison at Dunmore for a month.",
     {("Copper Hills Front", "ASSAULT", "*")}, set()),
    ("The Harvest Brigades' main base was besieged by the Ghanaian army for three weeks.",
     {(GHANA, "ASSAULT", "Harvest Brigades")}, set()),
    # an armed body named as the object itself (its head word is one of the object words)
    ("The Ghanaian army besieged the Harvest Brigades near the river.",
     {(GHANA, "ASSAULT", "Harvest Brigades")}, set()),
    # --- other senses: no attack ---
    ("The Ghanaian foreign minister was besieged by reporters after the vote.",
     set(), {("*", "ASSAULT", "*")}),
    ("The Ghanaian embassy has been besieged with visa requests since the floods.",
     set(), {("*", "ASSAULT", "*")}),
    ("Fans besieged the Ghanaian team's hotel after the final.",
     set(), {("*", "ASSAULT", "*")}),
    ("Shoppers laid siege to the new mall in Accra on its opening day.",
     set(), {("*", "ASSAULT", "*")}),
    # --- a siege denied or only threatened ---
    ("The Harvest Brigades did not besiege the town of Kelmo, the Ghanaian army said.",
     set(), {("Harvest Brigades", "ASSAULT", "*")}),
    ("Ghana warned that the Harvest Brigades could besiege the capital within weeks.",
     set(), {("Harvest Brigades", "ASSAULT", "*")}),
    # the adjective of a place, with no one named laying the siege
    ("Food prices in the besieged town of Kelmo have tripled, Ghanaian officials said.",
     set(), {("*", "ASSAULT", "*")}),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return events_by_document([text for text, _, _ in CASES], "sg1")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "sg1"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"sg1{i:03d}", set())
    check_events(text, present, absent, got)
