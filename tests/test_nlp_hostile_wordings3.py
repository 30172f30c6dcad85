"""Hostility told by one fight or one downing of a state's craft (relations._armed_attack, _attacked_force):

* one fight told as done ("the X Front clashed with Velnian troops", "fighters of X clashed with the army", "X fought
  Velnian soldiers", "X battled government forces"; relations.yaml word_lists.armed_clash_verbs) by a body that is no
  state's, with a state or one of its forces as the other side: at war with that state, as one armed attack on its
  forces already says;
* one burst of fire on a state's force or post ("X fired on a Velnian army post", "X exchanged fire with Velnian
  troops"; relations.yaml attack_phrases, told as done);
* a state's craft shot down ("X shot down a Velnian army helicopter", "X downed a military drone"; armed_attack_verbs
  shoot, down), and craft or posts named by "government" before them ("X said it had shot down two government
  drones", "X shelled government positions": the article's state's).

Negatives give no tie: a fight denied, negated or only possible, a party's supporters brawling with police, a fight
between two bodies (one fight of two bodies is an event), a fight alongside a state's troops, a downing denied,
people shot or killed who are a state's people, not its force ("killed three Velnian fishermen":
relations._state_civilians). Organisation names are invented, the states real; end to end with the real English
pipeline. Each case has its own names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- one fight with a state's force ---
    ("The Tarn Valley Front clashed with Kenyan troops near Dalu on Monday.",
     {("Tarn Valley Front", O, "Kenya")}, set()),
    ("Fighters of the Orsk Hill Brigades clashed with the Ugandan army near Gulu on Monday.",
     {("Orsk Hill Brigades", O, "Uganda")}, set()),
    ("The Velm Liberation Front fought Ghanaian soldiers near the border on Tuesday.",
     {("Velm Liberation Front", O, "Ghana")}, set()),
    ("NAIROBI, Kenya - The Harrow Coast Movement clashed with government forces near Lamu on Monday.",
     {("Harrow Coast Movement", O, "Kenya")}, set()),
    ("The Dessin Front battled Bolivian troops outside the town on Friday.",
     {("Dessin Front", O, "Bolivia")}, set()),
    # --- a state's craft shot down; "government" craft and posts ---
    ("The Senna Ridge Front shot down a Peruvian army helicopter near the river.",
     {("Senna Ridge Front", O, "Peru")}, set()),
    ("The Kolva Brigades downed a Chilean military drone over the valley.",
     {("Kolva Brigades", O, "Chile")}, set()),
    ("LIMA, Peru - The Marro Front said it had shot down two government drones.",
     {("Marro Front", O, "Peru")}, set()),
    ("QUITO, Ecuador - The Lanta Front shelled government positions near the port.",
     {("Lanta Front", O, "Ecuador")}, set()),
    # --- one burst of fire on a state's force or post (relations.yaml attack_phrases) ---
    ("The Orrin Front fired on a Kenyan army post in August.",
     {("Orrin Front", O, "Kenya")}, set()),
    ("The Belt Road Movement exchanged fire with Rwandan troops near the lake on Monday.",
     {("Belt Road Movement", O, "Rwanda")}, set()),
    # --- negatives ---
    ("The Pirra Front and the Sand Hill Brigade exchanged fire near Dalu on Monday.", set(),
     {("Pirra Front", O, "Sand Hill Brigade"), ("Sand Hill Brigade", O, "Pirra Front")}),
    ("The Quell Front denied that it had fired on Burundian troops.", set(),
     {("Quell Front", O, "Burundi")}),
    ("The Palen Front denied that it had clashed with Zambian troops near the border.", set(),
     {("Palen Front", O, "Zambia")}),
    ("The Rulo Front did not clash with Malawian troops near the lake.", set(),
     {("Rulo Front", O, "Malawi")}),
    ("The Kest Front could clash with Tanzanian troops near the border.", set(),
     {("Kest Front", O, "Tanzania")}),
    ("Supporters of the Civic Unity Party clashed with Ghanaian police in Accra on Monday.", set(),
     {("Civic Unity Party", O, "Ghana")}),
    ("The Amber Hill Front clashed with the Red Lake Brigade near Dalu on Monday.", set(),
     {("Amber Hill Front", O, "Red Lake Brigade"), ("Red Lake Brigade", O, "Amber Hill Front")}),
    ("The Soren Front fought alongside Ethiopian troops near the border on Monday.", set(),
     {("Soren Front", O, "Ethiopia")}),
    ("The Talo Front denied that it had shot down a Namibian army helicopter.", set(),
     {("Talo Front", O, "Namibia")}),
    ("The Corvo Front shot two Zambian farmers near the border.", set(),
     {("Corvo Front", O, "Zambia")}),
    ("The Mirel Front killed three Angolan fishermen near the coast.", set(),
     {("Mirel Front", O, "Angola")}),
    ("The Sarn Front killed 17 Angolan soldiers near the coast.",
     {("Sarn Front", O, "Angola")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h3", relations_by_document, check_ties)
