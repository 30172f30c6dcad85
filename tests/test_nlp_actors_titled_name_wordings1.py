"""A title word that opens a body's name is a word of the name, not a person's title: "the Justice and Unity
Party", "the Justice and Equality Movement" (the title joined by "and" to the name's next word), "the Justice Party"
(nothing but the group noun left after it) keep the word (knowledge.strip_titles); a title before a person's name
("Justice Amon Tesh", "Chief Justice Dana Kost") is still stripped, and a body named after a title and a name stays
whole as before; a state's organ named by a title word ("the Justice Ministry") is left as before. Each case names the actors it must hold (with their kind) and false ones (NONE). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    ("The Justice and Unity Party claims 40 seats in the Velmar assembly.", {"Justice and Unity Party": O}),
    ("Background: the president's Justice and Renewal Party, founded last year, claims 40 seats.",
     {"Justice and Renewal Party": O}),
    ("The Justice and Dignity Movement attacked the garrison at Kessa on Monday.", {"Justice and Dignity Movement": O}),
    ("The Justice Party won 40 seats in Velmar on Sunday.", {"Justice Party": O}),
    ("Amon Tesh's Justice and Progress Front walked out of the talks.", {"Justice and Progress Front": O}),
    ("Justice and Unity Party leader Dana Kost did not attend the talks.",
     {"Justice and Unity Party": O, "Dana Kost": P}),
    ("The Justice and Unity Party, which Dana Kost founded, wants to join the Velmar coalition.",
     {"Justice and Unity Party": O, "Dana Kost": P}),
    # --- negatives: a title before a person's name is stripped ---
    ("Minister and Party secretary Amon Tesh spoke in Kessa.", {"Amon Tesh": P, "Minister and Party": NONE}),
    ("The Justice Ministry and the Justice Party clashed over the budget.",
     {"Justice Party": O, "Justice Ministry": NONE}),
    ("Justice Amon Tesh read the verdict in the Kessa case.", {"Amon Tesh": P, "Justice Amon Tesh": NONE}),
    ("Chief Justice Dana Kost swore in the new cabinet.", {"Dana Kost": P, "Chief Justice Dana Kost": NONE}),
    ("President Dana Kost met the Velmar Front on Monday.", {"Dana Kost": P, "Velmar Front": O}),
    ("Velmar's Justice Ministry said the Kessa Front trial would open on Monday.", {"Justice Ministry": NONE}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "tn", actor_kinds, check_kinds)
