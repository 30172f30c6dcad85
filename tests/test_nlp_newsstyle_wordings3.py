"""A radio or TV transcript's speaker cue in capitals (probe documents of the thirty-fourth session, second round):
"TARQUEL: We have asked the United Nations to send observers." -- one word in capitals opening a line before a
colon, which the text writes in prose as the last word of a full name ("With me is Rurik Tarquel, the deputy defence
minister"), is that person (actors._caps_speaker_cues; the NER reads no name in capitals), so that the line's "we"
acts through the speaker; not a script's, a title's or a role's word ("HOST:", "MINISTER:"), nor a word no full name
in prose ends in; and a count or a part of what a first-person possessive owns ("attacked two of our border
posts", "shelled one of our bases") strikes the speaker's side as "our border posts" does
(events._first_person_part_of). Several wordings with negatives; all persons are invented; end to end with the real English
pipeline. The speaker-cue rule was dropped at integration: on two development transcripts it moved the speaker's "we"
to the person or the person's party where the gold has the state (one event found, seven false ones); its positives
are strict xfails, its negatives still guard.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

INTRO = "HOST (Anneke Polder): With me is Rurik Tarquel, Chad's deputy defence minister. Minister, what happened?\n\n"

CHAD = "Rurik Tarquel is Chad's defence minister.\n\n"

# (text, items that must be present, items that must be absent)
CASES = [
    (INTRO + "TARQUEL: We have asked the United Nations to send observers.\n\nPOLDER: Thank you.",
     {("ev", "Rurik Tarquel", "REQUEST", "United Nations")}, set()),
    (INTRO + "TARQUEL: Yes. We asked the United Nations for observers on Monday.\n\nPOLDER: Thank you.",
     {("ev", "Rurik Tarquel", "REQUEST", "United Nations")}, set()),
    (INTRO + "POLDER: And the border?\n\nTARQUEL: We have asked the European Union to monitor it.",
     {("ev", "Rurik Tarquel", "REQUEST", "European Union")}, set()),
    ("HOST (Anneke Polder): Good morning. Rurik Tarquel spoke earlier.\n\n"
     "MINISTER: We have asked the United Nations to send observers.", set(),
     {("ev", "Rurik Tarquel", "REQUEST", "United Nations")}),
    ("HOST (Anneke Polder): Good morning.\n\nVESKO: We have asked the United Nations to send observers.", set(),
     {("ev", "Vesko", "REQUEST", "United Nations")}),
    (INTRO + "TARQUEL: We have not asked the United Nations for anything.", set(),
     {("ev", "Rurik Tarquel", "REQUEST", "United Nations")}),
    # --- "two of our border posts": the speaker's side is struck ---
    (CHAD + "Rurik Tarquel: The rebels attacked two of our border posts.", {("ev", None, "ASSAULT", "Chad")},
     set()),
    (CHAD + "Rurik Tarquel: The rebels shelled one of our bases last night.", {("ev", None, "ASSAULT", "Chad")},
     set()),
    (CHAD + "Rurik Tarquel: The rebels attacked several of our positions near the river.",
     {("ev", None, "ASSAULT", "Chad")}, set()),
    (CHAD + "Rurik Tarquel: The rebels attacked two of their own posts by mistake.", set(),
     {("ev", None, "ASSAULT", "Chad")}),
    (CHAD + "Rurik Tarquel: The rebels attacked two of Niger's border posts.", {("ev", None, "ASSAULT", "Niger")},
     {("ev", None, "ASSAULT", "Chad")}),
]

_CUE = ("dropped: a capitals speaker cue read as the person sent the line's 'we' to the person or party, not the "
        "state the gold of two development transcripts holds")
XFAIL: dict[str, str] = {text: _CUE for text, *_ in CASES[:3]}


extracted, test_wording = battery(CASES, XFAIL, "nc", items_by_document, check_items)
