"""One armed attack by a body that is no state's on a state's forces, told by wordings the attack rule missed
(relations._armed_attack, _attacked_force):

* a state's craft shot down: "X shot down a Velnian army helicopter", "X downed a Velnian military drone"
  (relations.yaml word_lists.armed_attack_verbs shoot, down);
* craft or posts named by "government" before them: "X said it had shot down two government drones", "X shelled
  government positions" (the article's state's, as "army" before them names the article's state's army).

Negatives give no tie: a downing denied; people shot or killed who are a state's people, not its force ("killed three
Velnian fishermen": relations._state_civilians); and, as the project reads them, one fight or one burst of fire (an
event, not a tie: "X clashed with Velnian troops", "X fired on a Velnian army post"). Organisation names are invented,
the states real; end to end with the real English pipeline. Each case has its own names: a tie repeated in two
documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a state's craft shot down; "government" craft and posts ---
    ("The Senna Ridge Front shot down a Peruvian army helicopter near the river.",
     {("Senna Ridge Front", O, "Peru")}, set()),
    ("The Kolva Brigades downed a Chilean military drone over the valley.",
     {("Kolva Brigades", O, "Chile")}, set()),
    ("LIMA, Peru - The Marro Front said it had shot down two government drones.",
     {("Marro Front", O, "Peru")}, set()),
    ("QUITO, Ecuador - The Lanta Front shelled government positions near the port.",
     {("Lanta Front", O, "Ecuador")}, set()),
    ("The Sarn Front killed 17 Angolan soldiers near the coast.",
     {("Sarn Front", O, "Angola")}, set()),
    # --- negatives ---
    ("The Talo Front denied that it had shot down a Namibian army helicopter.", set(),
     {("Talo Front", O, "Namibia")}),
    ("The Corvo Front shot two Zambian farmers near the border.", set(),
     {("Corvo Front", O, "Zambia")}),
    ("The Mirel Front killed three Angolan fishermen near the coast.", set(),
     {("Mirel Front", O, "Angola")}),
    ("The Tarn Valley Front clashed with Kenyan troops near Dalu on Monday.", set(),
     {("Tarn Valley Front", O, "Kenya")}),
    ("The Orrin Front fired on a Ugandan army post in August.", set(),
     {("Orrin Front", O, "Uganda")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h3", relations_by_document, check_ties)
