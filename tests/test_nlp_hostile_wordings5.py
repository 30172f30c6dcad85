"""An armed body's attack on a police force's posts, read as on the article's state's forces (relations._attacked_force,
_police_post, _state_last_named; relations.yaml police_words, police_asset_nouns):

* a police or gendarmerie post named by a bare lower-case word before it: "X attacked police stations in the north",
  "X stormed a gendarmerie post", "X fighters attacked the police station at Y": the article's state's, when that state
  is the one named last before (a notice from abroad about an attack elsewhere names that other state last);
* attacks kept up on such posts ("X has attacked police posts since December", relations._hostility: a lasting attack
  on a state's posts opposes that state).

Negatives give no tie: a notice dated in one state about an attack in another, an attack denied or only threatened,
and a station that is no police post ("a radio station"). Organisation names are invented, the states real; end to
end with the real English pipeline. Each case has its own names: a tie repeated in two documents of one run is
reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- police and gendarmerie posts: the article's state's ---
    ("BOGOTA, Colombia - In March fighters of the Kolva Front attacked the police station at Nakoro and killed three "
     "officers.", {("Kolva Front", O, "Colombia")}, set()),
    ("NAIROBI, Kenya - The Sarn Front crossed the border twice last year and attacked police stations in the north.",
     {("Sarn Front", O, "Kenya")}, set()),
    ("DAKAR, Senegal - The Tovo Brigades stormed a gendarmerie post near the river on Friday.",
     {("Tovo Brigades", O, "Senegal")}, set()),
    # --- attacks kept up on a state's posts ---
    ("LIMA, Peru - The Marro Front has attacked police posts and ferries on the lake since December.",
     {("Marro Front", O, "Peru")}, set()),
    ("QUITO, Ecuador - The Lenna Front has attacked army posts in the highlands since 2021.",
     {("Lenna Front", O, "Ecuador")}, set()),
    # --- negatives ---
    ("WASHINGTON - The Treasury designated the Dessa Brigades, an armed group in Zambia. Zambian officials say the "
     "group has 4,000 fighters. In January, fighters of the Dessa Brigades attacked a police station in the port.",
     set(), {("Dessa Brigades", O, "United States")}),
    ("ACCRA, Ghana - The Vanta Front denied that it had attacked a police station in the capital.", set(),
     {("Vanta Front", O, "Ghana")}),
    ("HARARE, Zimbabwe - The Rolo Front attacked a radio station in the capital.", set(),
     {("Rolo Front", O, "Zimbabwe")}),
    ("MAPUTO, Mozambique - The Kesto Front said it might attack police stations if the talks failed.", set(),
     {("Kesto Front", O, "Mozambique")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h5", relations_by_document, check_ties)
