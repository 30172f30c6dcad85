"""Troop counts in wordings the earlier batteries leave out, written before changing the reader: a contribution told
with a bare count after a state's troops ("A has 1,100 troops there; B contributes 450"), a force unit moved with an
article and its men in apposition ("deployed a fresh brigade, about 2,500 troops, north"), a contingent cut "from N
to M troops" (the parser hanging "to" on "from"), the strength of a body named as a force ("the X Peace Mission,
whose strength is 6,200"), a count in a clause the parser hung as the complement of a negated second clause
after a semicolon, and members of a house an act is aimed at ("put visa bans on four members of the X Council"), who
are no one's seats. Negatives give nothing: money contributed, a count given to a fund, an attacked unit, a body of
no force name, a count a clause itself negates. The bodies are invented; states are real; end to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

pytestmark = pytest.mark.model

T = "troops"

CASES = [
    # --- a contribution told with a bare count after troops kept or sent ---
    ("The biggest contributor to the force is Ghana, which has 1,100 troops in the valley; Zambia contributes 450.",
     {("Ghana", T, 1100), ("Zambia", T, 450)}),
    ("Ghana keeps 1,100 soldiers in the valley, and Zambia contributes 450.", {("Ghana", T, 1100), ("Zambia", T, 450)}),
    ("Ghana has 1,100 troops in the valley; Zambia contributes 450 to the mission.",
     {("Ghana", T, 1100), ("Zambia", T, 450)}),
    ("Ghana has 1,100 troops in the valley; Zambia contributes 450 million dollars.", {("Ghana", T, 1100)}),
    ("Ghana sent 1,100 troops to the valley; Zambia contributes 450 each year to the relief fund.",
     {("Ghana", T, 1100)}),
    ("Ghana sent 1,100 troops to the valley; Zambia contributes 450 to the relief fund.", {("Ghana", T, 1100)}),
    ("Ghana has 1,100 troops in the valley; Zambia contributes 450 to the Oskvard Harvest Party.", {("Ghana", T, 1100)}),
    ("Ghana has 1,100 troops in the valley; Zambia contributes 450 to the Velkaro Aid Society.", {("Ghana", T, 1100)}),
    # --- a unit moved with an article, its men in apposition ---
    ("The Malian army deployed an additional brigade, about 2,500 troops, to the northern plateau.",
     {("Mali military", T, 2500)}),
    ("Chad sent a battalion, some 800 soldiers, to the lake region last week.", {("Chad", T, 800)}),
    ("The Malian army attacked a brigade, about 2,500 troops, on the northern plateau.", set()),
    # --- a contingent cut from one count to another ---
    ("Ghana cut its contingent from about 1,700 to some 1,050 troops, which stay along the buffer line.",
     {("Ghana", T, 1050)}),
    ("Zambia reduced its battalion from 900 to 640 soldiers after the truce.", {("Zambia", T, 640)}),
    ("Ghana cut the Orrin Front from 2,000 to 900 fighters in a year of raids.", set()),
    # --- the strength of a body named as a force ---
    ("The Veltra Peace Mission, whose strength is 6,200, patrols the buffer zone.", {("Veltra Peace Mission", T, 6200)}),
    ("The Corran Protection Force, whose total strength is 3,400, guards the dam.",
     {("Corran Protection Force", T, 3400)}),
    ("The Veltra Trade Office, whose strength is 6,200, handles exports.", set()),
    # --- a clause the parser hung on a negated clause after a semicolon ---
    ("The Ostrel Mission has some 4,800 peacekeepers in the country; its mandate does not cover offensive operations.",
     {("Ostrel Mission", T, 4800)}),
    ("Ghana has some 1,300 troops in the valley; it does not plan to send more.", {("Ghana", T, 1300)}),
    ("Ghana has not sent 1,300 troops to the valley; its ministers say so.", set()),
    # --- members an act is aimed at hold no seats ---
    ("Chile put visa bans on four members of the Tarvo Council last week.", set()),
    ("Chile imposed sanctions on 12 members of the Orvel Assembly.", set()),
    ("The Tarn Party has 40 members of parliament.", {("Tarn Party", "seats", 40)}),
]

XFAIL: dict[str, str] = {
    "Ghana cut the Orrin Front from 2,000 to 900 fighters in a year of raids.": "a false reading older than this "
    "battery: the count after 'to', parsed with 'from' on the verb, is given to the subject that cut another body",
}


extracted, test_wording = battery(CASES, XFAIL, "t", facts_by_document, assert_facts_force_apart)
