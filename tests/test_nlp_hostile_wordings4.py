"""One armed attack on a state's forces by an armed body that is a military only by its noun (relations._armed_attack,
_state_like_body), read as a body at war with that state as a "Front" or "Brigades" already was:

* an army named as rebels are (relations.yaml rebel_name_words): "Fighters of the X Liberation Army killed 17 soldiers
  of the Y Army", "the X People's Army ambushed a Y army convoy", "the X Revolutionary Army shot down a Y helicopter";
* a "Guard" or an "Army" that is no state's force (no state's institution, no part of a state): "the X Guard attacked an
  army post", "the X Army stormed an army base".

Negatives give no tie: a state's own army attacking another state's post (a state's strike, read by other rules: one
whose state its name or its owner names, "Iran's Islamic Revolutionary Guard Corps", "the Chinese People's Liberation
Army", though their names hold rebel words), an
attack denied, threatened or only feared, people killed who are a state's people, not its force, and one clash (an
event, not a tie). Organisation names are invented, the states real; end to end with the real English pipeline. Each
case has its own names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an army named as rebels are ---
    ("LIMA, Peru - Fighters of the Marro Liberation Army killed 17 soldiers of the Peruvian Army on Monday.",
     {("Marro Liberation Army", O, "Peru")}, set()),
    ("The Sarn People's Army ambushed a Chilean army convoy near the border.",
     {("Sarn People's Army", O, "Chile")}, set()),
    ("The Orvan Revolutionary Army shot down a Zambian army helicopter.",
     {("Orvan Revolutionary Army", O, "Zambia")}, set()),
    # --- a "Guard" or an "Army" that is no state's force ---
    ("QUITO, Ecuador - The Kolva Guard attacked an army post in the highlands.",
     {("Kolva Guard", O, "Ecuador")}, set()),
    ("The Hollin Guard has shelled Bolivian army positions near the river.",
     {("Hollin Guard", O, "Bolivia")}, set()),
    ("ACCRA, Ghana - The Tessaro Army stormed an army base in the north on Friday, the ministry said.",
     {("Tessaro Army", O, "Ghana")}, set()),
    # --- negatives ---
    ("BOGOTA, Colombia - The Peruvian Army attacked a Colombian army post on the border.", set(),
     {("Peru", O, "Colombia")}),
    ("Iran's Islamic Revolutionary Guard Corps shelled Iraqi army positions.", set(),
     {("Islamic Revolutionary Guard Corps", O, "Iraq")}),
    ("The Chinese People's Liberation Army attacked a Taiwanese army post.", set(),
     {("Chinese People's Liberation Army", O, "Taiwan")}),
    ("The Kesh Guard denied that it had attacked a Namibian army post.", set(),
     {("Kesh Guard", O, "Namibia")}),
    ("The Tamo Guard said it might attack Malawian army posts if the talks failed.", set(),
     {("Tamo Guard", O, "Malawi")}),
    ("The Velo Liberation Army killed three Kenyan fishermen near the lake.", set(),
     {("Velo Liberation Army", O, "Kenya")}),
    ("The Ruma Guard clashed with Ugandan troops near Dalu on Monday.", set(),
     {("Ruma Guard", O, "Uganda")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h4", relations_by_document, check_ties)
