"""Hostility (opposes) and backing (backs, allied_with) told in words, written before reading the rules they test:
a fight given its span ("fought B until the accord", "battled B throughout the war") or its start ("has begun to
fight B"), a plural object that lists its names ("is fighting two groups: B and C"), a body wished gone ("wants B
disbanded", "whose chiefs want B crushed", "is trying to topple B"), backing by a participle of protection or
endorsement ("guarded by B", "endorsed by B", "sheltered by B").

Negatives give no tie: one battle on one day, a fight that was never begun, a wish denied, one's own body disbanded,
a war on a thing ("its war on smuggling"), "anti-graft" and "pro-reform" (no actor), a rivalry denied, a fight
until a clock time or through a count of hours, a fight begun at an hour, a state body winding up its own organ or
legislature, a person guarded by a group's men (a captive as often as a protege).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). opposes is
compared without direction. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, B = "opposes", "backs"
GR, LT, KC = "Grey Reed Legion", "Lantern Militia", "Kovar Column"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a fight told with its span: lasting, whatever the tense ---
    ("The Grey Reed Legion fought the Lantern Militia along the coast until the 2016 armistice.",
     {(GR, O, LT)}, set()),
    ("In the lowlands the Grey Reed Legion battled the Lantern Militia throughout the civil war.",
     {(GR, O, LT)}, set()),
    ("The Grey Reed Legion fought the Lantern Militia till the spring of 2011, then turned on the Kovar Column.",
     {(GR, O, LT)}, set()),
    # --- a fight begun ---
    ("Last winter the Grey Reed Legion began fighting the Lantern Militia for the salt road.", {(GR, O, LT)}, set()),
    ("The Grey Reed Legion has now started to fight the Lantern Militia on its own.", {(GR, O, LT)}, set()),
    # --- a plural object that lists its names ---
    ("The Grey Reed Legion is fighting two rival outfits: the Lantern Militia and the Kovar Column.",
     {(GR, O, LT), (GR, O, KC)}, set()),
    # --- a body wished gone ---
    ("The Grey Reed Legion wants the Lantern Militia disarmed before any vote.", {(GR, O, LT)}, set()),
    ("Nobody doubts that the Grey Reed Legion, whose chiefs want the Lantern Militia crushed, will fight on.",
     {(GR, O, LT)}, set()),
    ("The Grey Reed Legion is trying to topple Governor Ivo Dask before the harvest.", {(GR, O, "Ivo Dask")}, set()),
    ("For a decade the Grey Reed Legion has sought to drive out the Lantern Militia from the delta.",
     {(GR, O, LT)}, set()),
    # --- backing by protection or endorsement ---
    ("Mara Vell, guarded by the Lantern Militia and endorsed by the Kovar Column, was sworn in as mayor.",
     {(KC, B, "Mara Vell")}, {(LT, B, "Mara Vell")}),  # (a guarded person may be a captive: see the negatives)
    ("The Harbour Council, guarded by the Lantern Militia since 2019, meets in the old fort.",
     {(LT, B, "Harbour Council")}, set()),
    ("Grey Reed Legion fighters are sheltered by the Kovar Column on the far bank, herders say.",
     {(KC, B, GR)}, set()),
    ("The Grey Reed Legion, protected since 2020 by the Kovar Column, holds the ford.", {(KC, B, GR)}, set()),
    # --- negatives ---
    ("The Grey Reed Legion fought the Lantern Militia near the ford on Tuesday.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion fought the Lantern Militia until its rifles jammed on Sunday.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion has never begun to fight the Lantern Militia, its chief insists.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion does not want the Lantern Militia disbanded.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion plans to disband its own militia, the Lantern Militia, next year.", set(),
     {(GR, O, LT)}),
    ("The Grey Reed Legion's war on smuggling has emptied the Lantern Militia's markets.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion backs an anti-graft drive and a pro-reform slate.", set(), set()),
    ("The Grey Reed Legion denies any rivalry with the Lantern Militia.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion would not want the Lantern Militia dissolved.", set(), {(GR, O, LT)}),
    # a clock time or a count of hours is one battle's length, not a lasting span
    ("The Grey Reed Legion fought the Lantern Militia until 3 a.m. on Friday.", set(), {(GR, O, LT)}),
    ("The Grey Reed Legion battled the Lantern Militia throughout a nine-hour clash near the ford.", set(),
     {(GR, O, LT)}),
    # a fight begun at an hour or on a day, over by the next: one battle
    ("The Grey Reed Legion started fighting the Lantern Militia at dusk on Friday, and the guns fell silent by "
     "midnight.", set(), {(GR, O, LT)}),
    # a government's own organ or its legislature wound up: an act of governing, not hostility
    ("Chancellor Tavo Rinn aims to dissolve the Orrin Parliament before the budget and hold a snap vote.", set(),
     {("Tavo Rinn", O, "Orrin Parliament")}),
    ("The Transport Ministry plans to disband the Rail Safety Agency by next year, officials say.", set(),
     {("Transport Ministry", O, "Rail Safety Agency")}),
    # a person held by a group's armed men: a captive, not a protege
    ("Reporter Ilsa Morn, guarded by Lantern Militia gunmen, read a statement in a filmed clip.", set(),
     {(LT, B, "Ilsa Morn")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hb", relations_by_document, check_ties)
