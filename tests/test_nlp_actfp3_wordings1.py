"""Spurious actors of a document's layout and cut known names. A code in capitals that the text writes only inside
square brackets, where its markup lines open with a bracket (a broadcast script's "[ITEM 2 -- CAM 2 / VT 1'40\"]",
an audio guide's "[TRACK 3 - ...]", a draft's reviewer tags "[C-ED: ...]"), or in a direction in capitals in round
brackets beside them ("(ON CAM)"), is no body; a body's acronym written in the running lines too, an editor's
insertion in a quotation, or a known body stay actors. An English common word or verb form in capitals written only
once and never spelled out as an acronym (a sign's "DROWNING: ACCIDENTAL", a status "PASSED", a caption's
"CAPTION/OVERLAY") is no body; an acronym spelled out, a speaker's cue or a word the text writes as a name elsewhere
stays. Everyday abbreviations of things ("an ID card", "a guest WC", "an SMS warning", "an IP editor": roles.yaml
not_actors) are no bodies. A known name with a comma inside ("the Foreign, Commonwealth and Development Office") cut
at the comma is joined again, so that its tail is no actor of its own. Each case: (text, {name: kind or NONE}, pairs
of names that must be one actor, pairs that must not). All names are invented but the known ones; end to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- a markup code written only in line-opening square brackets (and a direction in capitals) ---
    ("[SEGMENT 3 -- FLOODS -- CAM 2 / VT 0'55\"]\nANCHOR (ON CAM): Floods hit the Vessar valley overnight and "
     "hundreds of families fled their homes.\n[VT ROLLS -- GVs OF FLOODED HOMES, RESCUERS]\n[END VT]",
     {"CAM": NONE, "VT": NONE, "RESCUERS": NONE}, set(), set()),
    ("[CUE 4 \u2014 The Old Customs House, Marren Square]\nHere the dock workers held their first strike in 1921.\n"
     "[CUE 5 \u2014 The Harbour Steps]\nWalk down to the water.", {"CUE": NONE}, set(), set()),
    ("Draft saved at 22:10. Comments in brackets marked [R-ED] (editor) and [R-LAW] (legal).\n"
     "[R-ED: too strong, cut it.]\nThe minister thanked the teachers for their patience.\n[R-LAW: check the figure.]",
     {"R-ED": NONE, "R-LAW": NONE, "ED": NONE}, set(), set()),
    # --- negatives: an acronym of the running lines, an editor's insertion, a known body ---
    ("[UPDATE 14:05]\nThe Kessan Liberation Front (KLF) said it had taken the town. KLF fighters entered at dawn.",
     {"KLF": O}, {("KLF", "Kessan Liberation Front")}, set()),
    ("[SOT: Dana Orvel, KDU spokeswoman]\nThe KDU rejected the budget plan on Monday, its leaders said.",
     {"KDU": O}, set(), set()),
    ("\"They [the VLF] attacked us at night,\" a farmer said. The VLF denied any attack on the village.",
     {"VLF": O}, set(), set()),
    ("[VT: NATO jets over the base]\nThe pilots landed safely after the exercise.", {"NATO": O}, set(), set()),
    # --- an English word in capitals written once, never spelled out ---
    ("On the shore, a spokesman in sunglasses points at a sign reading \"DROWNING: ACCIDENTAL\".",
     {"DROWNING": NONE}, set(), set()),
    ("Motion 14 on fishing quotas, tabled by the Kessan Greens.\nStatus: PASSED, 3 May 2025.",
     {"PASSED": NONE}, set(), set()),
    ("CAPTION/OVERLAY (on screen): turnout figures by province.\nThe count went on into the night.",
     {"OVERLAY": NONE}, set(), set()),
    ("A protester held up a placard that read \"SILENCED\" outside the court in Marren.",
     {"SILENCED": NONE}, set(), set()),
    # --- negatives: an acronym spelled out, a speaker's cue, a name in Title Case elsewhere ---
    ("The Alliance for Resistance and Change (ARCH) won four seats. ARCH leaders celebrated in the capital.",
     {"ARCH": O}, {("ARCH", "Alliance for Resistance and Change")}, set()),
    ("Our guest is the mayor, Mira Tarn.\nTARN: We will not accept this plan.", {"Mira Tarn": P}, set(), set()),
    ("[UPDATE 2] The Velmar Defence League (VDL) denied the attack.\nVDL spokesman Aron Tesk spoke to reporters.",
     {"Velmar Defence League": O}, {("VDL", "Velmar Defence League")}, set()),
    ("Did the HARVEST group attack the village? Nobody knows.", {"HARVEST": O}, set(), set()),
    ("The UNITY coalition won four seats, and UNITY leaders celebrated.", {"UNITY": O}, set(), set()),
    ("The PROTECTORS militia attacked the village of Marren on Monday.", {"PROTECTORS": O}, set(), set()),
    ("UNICEF said on Monday that children in the Vessar camps needed food.", {"UNICEF": O}, set(), set()),
    # --- everyday abbreviations of things ---
    ("Viewings by appointment only. Please bring an ID card and a copy of the booking.", {"ID": NONE}, set(), set()),
    ("An IP editor keeps reverting the article about the Velmar Front.", {"IP": NONE}, set(), set()),
    ("The flat has two bedrooms, a guest WC and a terrace.", {"WC": NONE}, set(), set()),
    ("Residents received an SMS warning at dawn, and the evacuation began.", {"SMS": NONE}, set(), set()),
    # --- a known name with a comma inside, cut at the comma ---
    ("The United Kingdom's Foreign, Commonwealth and Development Office has raised the case with the Kessan "
     "government.", {"Commonwealth and Development Office": NONE, "United Kingdom": C}, set(), set()),
    ("The UK has not followed the sanctions. Its Foreign, Commonwealth and Development Office told us that it had "
     "not decided.", {"Commonwealth and Development Office": NONE, "United Kingdom": C}, set(), set()),
    ("Britain's Foreign, Commonwealth and Development Office summoned the envoy of Kessa, Mira Tarn, on Monday, "
     "and the Velmar Defence League protested.",
     {"Commonwealth and Development Office": NONE, "Mira Tarn": P, "Velmar Defence League": O}, set(), set()),
    # --- negative: a list with a comma is no known name ---
    ("Ministers from Velmar, Kessa and Tarvo met the Development Office staff in Marren.",
     {"Kessa and Tarvo": NONE}, set(), set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "afp3", extract_actors, check_actors)
