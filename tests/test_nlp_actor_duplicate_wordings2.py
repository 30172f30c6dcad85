"""One body written two ways gives one actor. A body named by two acronyms joined by a hyphen ("the PDLK-RDA") whose
first part the text also uses alone ("the PDLK said") is that body: the part is its short form
(actors._hyphened_acronym_heads). A one-word name in another language with its acronym in brackets ("the
Kelmintang (KMT)": the name's first letter opens the acronym and its other letters come in the word in order) has the
acronym as its alias, as a name of several words does ("the Velmor Union (VU)").

Negatives: two bodies joined by a hyphen, each also named alone ("the VU-KF bloc" of "the Velmor Union (VU)" and
"the Kessa Front (KF)"), stay apart from either; an acronym in brackets whose first letter is not the one-word name's
("the Sarnavi (KDF)") is no alias of it; a faction's letters after its party's acronym ("the KDLM-IO" of "the KDLM")
make another body.

Each case: the text, the groups of names that must be one actor's, and pairs of names that must be two actors. All
names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import actor_groups_each, battery, check_actor_groups

pytestmark = pytest.mark.model

CASES = [
    # --- an acronym of two parts joined by a hyphen, its first part used alone ---
    ("Ana Vell, leader of the PDLK-RDA, said on Monday that the party would boycott the vote. The PDLK has 40 "
     "seats.", [{"PDLK-RDA", "PDLK"}], []),
    ("The opposition PDLK-RDA boycotted the vote. Ana Vell of the PDLK said the count was rigged.",
     [{"PDLK-RDA", "PDLK"}], []),
    # --- a one-word name and its acronym in brackets ---
    ("The ruling nationalist party, the Kelmintang (KMT), won 52 seats. The KMT said it would block the budget.",
     [{"Kelmintang", "KMT"}], []),
    ("The Dorvakhor (DVK) militia attacked the town on Monday. The DVK denied it.", [{"Dorvakhor", "DVK"}], []),
    # --- negatives ---
    ("The Velmor Union (VU) and the Kessa Front (KF) signed the pact. The VU-KF bloc won the vote.",
     [{"Velmor Union", "VU"}, {"Kessa Front", "KF"}], [("VU-KF", "VU"), ("VU-KF", "KF")]),
    ("The Sarnavi (KDF) militia attacked the town on Monday. The KDF denied it.", [], [("Sarnavi", "KDF")]),
    ("Ana Vell leads the KDLM-IO, which split from the KDLM in 2013. The KDLM holds 300 seats.", [],
     [("KDLM-IO", "KDLM")]),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "d2", actor_groups_each, check_actor_groups)
