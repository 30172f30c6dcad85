"""(1) A refused partnership told by the partner's lead (relations._partnership_led_by, _refused_partnership): "X will
not join a coalition led by Y", "X would never enter a government headed by Y": a refusal, negated for the future,
to join the partnership Y leads opposes Y. Negatives: a past refusal ("did not join the coalition led by Y in
2019"), joining it.

(2) An armed body's attack on a state's craft or posts named by a bare "navy" / "naval" (relations._attacked_force,
relations.yaml force_asset_modifiers), the asset noun possibly a compound before the object ("attacked a navy patrol
boat", "shelled a naval base"), or told in a clause of time (relations._armed_attack: "a curfew was declared after
fighters of X attacked an army checkpoint"): the body opposes the article's state. Negatives: an owner before the
word ("a rebel naval base"), a negated attack, a boat of no force ("a fishing boat"), an attack under "if" or
"unless".

(3) A foreign state training the men of "the army" (relations._foreign_force_owner: the possessor a definite common
noun, read as "the army" is read): "Turkey trains the army's officers" backs the state whose army it is. Negative:
the state's own instructors.

Invented names, real states for the article's state; end to end with the real English pipeline. Each case has its own
names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"
B = "backs"

NA = "WINDHOEK, May 3 - Namibia's parliament met on Monday. Namibia is calm. "
LV = "RIGA, May 3 - Latvia's parliament met on Monday. Latvia is calm. "
CY = "NICOSIA, May 3 - Cyprus's parliament met on Monday. Cyprus is calm. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) refusing to join a partnership led by Y ---
    (NA + "The Kudu Party will not join a coalition led by the Sunrise Party.", {("Kudu Party", O, "Sunrise Party")},
     set()),
    (LV + "The Amber Party would never enter a government headed by the Linden Union.",
     {("Amber Party", O, "Linden Union")}, set()),
    (CY + "The Olive Party did not join the coalition led by the Harbour Union in 2019.", set(),
     {("Olive Party", O, "Harbour Union")}),
    (NA + "The Eland Party joined a coalition led by the Marula Union.", set(), {("Eland Party", O, "Marula Union")}),
    # --- (2) an attack on a navy boat or a naval base ---
    (NA + "Fighters of the Shoreline Liberation Front attacked a navy patrol boat off Dalu on 19 November, killing four "
     "sailors.", {("Shoreline Liberation Front", O, "Namibia")}, set()),
    (LV + "The Amber Brigade shelled a naval base near Liepaja.", {("Amber Brigade", O, "Latvia")}, set()),
    (CY + "The Cedar Brigade shelled a rebel naval base near Paphos.", set(), {("Cedar Brigade", O, "Cyprus")}),
    (NA + "The Kudu Brigade did not attack the navy patrol near Dalu.", set(), {("Kudu Brigade", O, "Namibia")}),
    (LV + "The Linden Brigade attacked a fishing boat near Liepaja.", set(), {("Linden Brigade", O, "Latvia")}),
    # --- (2b) the attack told in a clause of time ("after", "when") ---
    (CY + "A curfew was declared after fighters of the Myrtle Front attacked an army checkpoint near Paphos.",
     {("Myrtle Front", O, "Cyprus")}, set()),
    (NA + "Four sailors died when the Acacia Front shelled a naval base near Dalu.", {("Acacia Front", O, "Namibia")},
     set()),
    (LV + "The Birch Front will be crushed if its fighters attack an army checkpoint.", set(),
     {("Birch Front", O, "Latvia")}),
    (CY + "The army will not respond unless the Carob Front attacks an army checkpoint.", set(),
     {("Carob Front", O, "Cyprus")}),
    # --- (3) a foreign state training the army's men ---
    (NA + "Turkey trains the army's officers.", {("Turkey", B, "Namibia")}, set()),
    (CY + "Egypt, which trains the new army's officers, wants the militias disbanded.", {("Egypt", B, "Cyprus")},
     set()),
    (LV + "Latvian instructors train the army's officers.", set(), {("Latvia", B, "Latvia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ob5", relations_by_document, check_ties)
