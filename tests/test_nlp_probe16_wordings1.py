"""First-person wordings of speeches, letters and quotes: (1) "my party, the X Front" / "My party has opposed Y":
the person speaking ("I", "me", "my" of a quotation attributed to a named speaker, of a transcript's labelled
turn, or of a document's own voice under "Speech by NAME" or above a signature) belongs to the body he calls "my
party" (relations/ ``PhraseResolver.first_person``); a leader's tie the text states elsewhere stays; "his party"
of a quoted speaker is not the speaker's own; a quote with no named speaker, or a pronoun speaker, names no one.
(2) a speech's header in Title Case ("Address by President X of Y to the Z Forum", "Remarks by X at the Y
Summit"): the line opens with a voice opener (relations.yaml voice_openers), so its capitalised words are the
speaker's name, not a headline's verbs run into names (actors.py ``_headline_line``); a body named only after
"to"/"at"/"before" there is the audience or the venue, not the body the speaker's "we" stands for
(layout.py ``_audience``). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

M, L = "member_of", "leader_of"
HOME = "MORONI, March 4 - The Comoros opposition met on Monday in the Comoros. "
BODY = "\n\nFriends, we are a small nation. I met Prime Minister Ewaro Taliavu of the Marshall Islands yesterday."

# (text, items that must be present, items that must be absent)
CASES = [
    # --- (1) "my party, the X": the speaker of the quotation, turn or document belongs to it ---
    (HOME + '"My party, the Mwezi Renewal Party, will boycott the vote," said Halidou Oulemba.',
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party")}, set()),
    (HOME + 'Halidou Oulemba told reporters: "My party, the Mwezi Renewal Party, will boycott the vote."',
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party")}, set()),
    (HOME + '"I joined my party, the Islands Union Front, in 2009," Sitti Karimba said on Monday.',
     {("rel", "Sitti Karimba", M, "Islands Union Front")}, set()),
    ("Speech by Kepirau Dowiyogo, President of Nauru\n\nFriends, my party, the Nauru Unity Alliance, has backed "
     "this programme from the start.",
     {("rel", "Kepirau Dowiyogo", M, "Nauru Unity Alliance")}, set()),
    ("Sir, - As a councillor for twelve years, I must answer your report. My party, the Lakeshore Progressive Front, "
     "has never taken money from the mining firms.\n\nYours faithfully,\nGrace Chalunda\nLusenje",
     {("rel", "Grace Chalunda", M, "Lakeshore Progressive Front")}, set()),
    # (a person's own "my party" read through a tie told before: the party's stance is the party's)
    (HOME + 'Halidou Oulemba is a senator of the Mwezi Renewal Party. "My party has always opposed the Convention '
     'for Stability," Oulemba said.',
     {("rel", "Mwezi Renewal Party", "opposes", "Convention for Stability")}, set()),
    # --- negatives ---
    # (a leader stays a leader: no extra member's tie)
    (HOME + 'Halidou Oulemba leads the Mwezi Renewal Party. "My party, the Mwezi Renewal Party, will boycott the '
     'vote," Oulemba said.', {("rel", "Halidou Oulemba", L, "Mwezi Renewal Party")},
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party")}),
    # (another's party: "his party" in a quote is the one talked about, not the speaker)
    (HOME + '"His party, the Mwezi Renewal Party, will boycott the vote," said Halidou Oulemba.', set(),
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party"), ("rel", "Halidou Oulemba", L, "Mwezi Renewal Party")}),
    # (no named speaker: a pronoun, or none)
    (HOME + '"My party, the Mwezi Renewal Party, will boycott the vote," he said.', set(),
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party")}),
    (HOME + 'Halidou Oulemba spoke first. A banner read: "My party, the Mwezi Renewal Party, will win."', set(),
     {("rel", "Halidou Oulemba", M, "Mwezi Renewal Party")}),
    # ("my country, X": no membership of a state from the possessive)
    (HOME + '"My country, the Comoros, will not bow," said Halidou Oulemba.', set(),
     {("rel", "Halidou Oulemba", M, "Comoros")}),
    # --- (1b) "I" as the subject of a tie: the speaker, read the same way ---
    (HOME + '"I have always backed Ansoufane Bakiri," said Halidou Oulemba.',
     {("rel", "Halidou Oulemba", "backs", "Ansoufane Bakiri")}, set()),
    (HOME + '"I lead the Mwezi Renewal Party and I oppose President Tamsiro," Halidou Oulemba said.',
     {("rel", "Halidou Oulemba", L, "Mwezi Renewal Party"), ("rel", "Halidou Oulemba", "opposes", "Tamsiro")},
     set()),
    ("Speech by Halidou Oulemba, senator\n\nFriends, I founded the Mwezi Renewal Party in 2010. Today I oppose "
     "President Tamsiro.", {("rel", "Halidou Oulemba", L, "Mwezi Renewal Party"),
                            ("rel", "Halidou Oulemba", "opposes", "Tamsiro")}, set()),
    # ('"...," she said': the person "she" stands for; "I am a member of Y")
    (HOME + 'Halidou Oulemba spoke first. "I have always backed Ansoufane Bakiri," he said.',
     {("rel", "Halidou Oulemba", "backs", "Ansoufane Bakiri")}, set()),
    ("TBILISI, May 3 - Georgia's parliament met on Monday in Georgia. \"I am a member of the Tamsi Party,\" said "
     "Nino Berulava.", {("rel", "Nino Berulava", M, "Tamsi Party")}, set()),
    ("TBILISI, May 3 - Georgia's parliament met on Monday in Georgia. Nino Berulava spoke on Monday. \"I am a "
     "member of the Tamsi Party,\" she said.", {("rel", "Nino Berulava", M, "Tamsi Party")}, set()),
    # (no named speaker, or a denied or ended stance: no tie)
    ("TBILISI, May 3 - Georgia's parliament met on Monday in Georgia. \"I am no longer a member of the Tamsi "
     "Party,\" said Nino Berulava.", set(), {("rel", "Nino Berulava", M, "Tamsi Party")}),
    ("TBILISI, May 3 - Georgia's parliament met on Monday in Georgia. Nino Berulava spoke. The Tamsi Party's "
     "statement read: \"I am a member of the Orvani League.\"", set(), {("rel", "Nino Berulava", M, "Orvani League")}),
    (HOME + 'Halidou Oulemba spoke to the Mwezi Renewal Party. "I have always backed Ansoufane Bakiri," they said.',
     set(), {("rel", "Halidou Oulemba", "backs", "Ansoufane Bakiri")}),
    (HOME + '"I have never backed Ansoufane Bakiri," said Halidou Oulemba.', set(),
     {("rel", "Halidou Oulemba", "backs", "Ansoufane Bakiri")}),
    (HOME + '"I no longer oppose President Tamsiro," said Halidou Oulemba.', set(),
     {("rel", "Halidou Oulemba", "opposes", "Tamsiro")}),
    # (a narrator's aside: "X, I should explain, led Y" is X's tie, not the narrator's)
    ("From \"Nights in the Capital\", the memoirs of Halidou Oulemba\n\nTamsiro, I should explain to younger "
     "readers, led the Islands Union Front.", set(), {("rel", "Halidou Oulemba", L, "Islands Union Front")}),
    # --- (2) a speech's header in Title Case names its speaker ---
    ("Address by President Kepirau Dowiyogo of Nauru to the Pacific Ocean Forum, Yaren, 12 May 2026" + BODY,
     {("rel", "Kepirau Dowiyogo", L, "Nauru"), ("ev", "Kepirau Dowiyogo", "CONSULT", "Ewaro Taliavu")}, set()),
    ("Address by President Kepirau Dowiyogo to the Pacific Ocean Forum" + BODY,
     {("ev", "Kepirau Dowiyogo", "CONSULT", "Ewaro Taliavu")}, set()),
    ("Remarks by Kepirau Dowiyogo at the Pacific Ocean Forum in the Capital" + BODY,
     {("ev", "Kepirau Dowiyogo", "CONSULT", "Ewaro Taliavu")}, set()),
    # (the venue after "to"/"at" is no body the speaker's "we" stands for)
    ("Address by President Kepirau Dowiyogo of Nauru to the Pacific Ocean Forum, Yaren, 12 May 2026\n\nFriends, we "
     "condemn the dredging fleets of Ostrevo.", set(), {("ev", "Pacific Ocean Forum", "ACCUSE", None)}),
    # (a Title Case headline that is no speech's header still reads as a headline)
    ("Assembly Renews Ostrevan Mandate for Two Years as Delegates Deplore Attack on Envoys\n\nThe Assembly voted on "
     "Monday.", set(), {("rel", "Renews Ostrevan Mandate", M, "Assembly")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p16", items_by_document, check_items)
