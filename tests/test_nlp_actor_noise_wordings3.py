"""Words glued to a name, and names cut in two. A plural's possessive inside a group's name whose group noun stands before "of" ("the Dockers' Union of Velmoria",
"the Weavers' Guild of Kessa") is one name, as "the Tanners' Union" is, not two bodies ("Dockers" and "Union of
Velmoria"). Negatives: a body's own unit named after the body ("the Crimson Guards' Falcon Unit of Kessa": two
bodies), a lower-case plural ("the rebels' Council of Elders") and a state's possessive ("Velmoria's Union of
Journalists") stay as they were. Letters of a seat or an honour after a person's full name ("Dana Kost MP",
roles.yaml postnominal_letters) are no part of the name. A clause's own verb that opens a sentence or a bracket
("(Printed at the direction of X)", "Elect Amber Meadow!") is no word of a name; a name that opens with a verb's form
and is no clause's verb ("the Unite Velmoria party") stays whole. Each case names the actors it must hold (with their kind) and false ones (NONE).
All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    ("The walkout was joined by the Glassblowers' Union of Velmoria, whose members left the kilns at noon.",
     {"Glassblowers' Union of Velmoria": O, "Glassblowers": NONE, "Union of Velmoria": NONE}),
    ("On Monday the Weavers' Guild of Kessa called its members out of the mills.",
     {"Weavers' Guild of Kessa": O, "Weavers": NONE, "Guild of Kessa": NONE}),
    ("The Dockers' Union of Port Amsel said the strike would go on until Friday.",
     {"Dockers' Union of Port Amsel": O, "Dockers": NONE}),
    ("The Teachers' Federation of Velmoria rejected the offer on Tuesday.",
     {"Teachers' Federation of Velmoria": O, "Teachers": NONE}),
    # --- negatives ---
    ("The Crimson Guards' Falcon Unit of Kessa attacked the post on Monday.", {"Crimson Guards": O}),
    ("The Tanners' Union called a strike on Monday.", {"Tanners' Union": O}),
    # --- letters of a seat or an honour after a person's name (roles.yaml postnominal_letters) ---
    ("Dana Kost MP said on Monday that the bill would pass.", {"Dana Kost": P, "Dana Kost MP": NONE}),
    ("The motion was moved by Dana Kost MP and seconded by Lars Vell MEP.",
     {"Dana Kost": P, "Lars Vell": P, "Lars Vell MEP": NONE}),
    ("The court heard Iva Rand QC for the defence on Tuesday, and Iva Rand said the witness had lied.",
     {"Iva Rand": P, "Iva Rand QC": NONE}),
    # --- the clause's own verb opening a sentence or a bracket is no word of a name ---
    ("(Printed at the direction of the Chief Whip, Tavi Manu MP)",
     {"Printed": NONE, "Tavi Manu": P, "Tavi Manu MP": NONE}),
    ("Elect Amber Meadow! [applause]", {"Elect Amber Meadow": NONE}),
    # --- negatives: a name that opens with a verb's form and is no clause's verb ---
    ("The Unite Velmoria party won the vote on Sunday.", {"Unite Velmoria party": O}),
    ("Forward Velmoria, the opposition party, won 12 seats on Sunday.", {"Forward Velmoria": O}),
]

XFAIL: dict[str, str] = {
    "On Monday the Weavers' Guild of Kessa called its members out of the mills.":
        "the tagger gives the name no organisation span at all (only 'Kessa', as a person): nothing to keep whole",
    "The Dockers' Union of Port Amsel said the strike would go on until Friday.":
        "a place of two words after 'of' is cut from a body's name before the possessive is read ('Dockers' Union')",
    "Elect Amber Meadow! [applause]":
        "the tagger reads the imperative as a proper noun compounded with the name (no root verb opens the clause)",
}


extracted, test_wording = battery(CASES, XFAIL, "n3", actor_kinds, check_kinds)
