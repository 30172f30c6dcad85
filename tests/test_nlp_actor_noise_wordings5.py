"""Texts of law, a wiki's markup and a document's furniture are no actors.

A name ending in a statute's word (roles.yaml statute_heads: "the VDF Law", "BILL: Harbour Levy Bill") is a text of
law, and so are the word alone as a tracker's field label in capitals ("BILL:") and the parts of a law's name cut at
its bracketed amendment ("the Public Order (Amendment) Bill": neither "Public Order" nor "Bill"). Negatives: a body
with "of" or a group's noun in its name ("the Faculty of Law of Dorra University", "the Law Society of Velmoria"), a
person whose surname is the word ("the actor Jude Law") and a body that opens with it ("the Bill Kessa Foundation")
stay.

A wiki's shortcut to a page of its rules (two words in capitals glued by a colon: "per WP:NPOV", "see MOS:DATE"), a
letter's postscript ("P.S."), a video's chapter ("Outro"), a wiki's "Infobox" and a newsletter's numbered issue
("Issue 112": roles.yaml division_words) are no actors. Negative: an acronym in capitals that a bracket spells out as
a party ("the WP (Workers' Party)") stays.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a text of law ---
    ("BILL: Harbour Forfeiture Bill\nStatus: second reading. The Velmoria People's Party backs it.",
     {"Bill": NONE, "Harbour Forfeiture Bill": NONE, "Velmoria People's Party": O}),
    ("BILL: Amendment to the VDF Law (armed forces)\nStatus: passed. The Velmor Front opposed it.",
     {"VDF Law": NONE, "Velmor Front": O}),
    ("The march protested against the Public Order (Amendment) Bill, which the Velmor Front had tabled.",
     {"Public Order": NONE, "Bill": NONE, "Velmor Front": O}),
    ("Deputies of the Kessa Union voted against the Harbour Levy (Second Amendment) Bill on Tuesday.",
     {"Harbour Levy": NONE, "Bill": NONE}),
    # --- negatives: a body with "of" or a group's noun, a person's surname ---
    ("The Faculty of Law of Dorra University condemned the ruling on Monday.",
     {"Faculty of Law of Dorra University": O}),
    ("The Law Society of Velmoria and the Bill Kessa Foundation condemned the ruling.",
     {"Law Society of Velmoria": O, "Bill Kessa Foundation": O}),
    ("The actor Jude Law and the Velmor Front met on Monday.", {"Jude Law": P, "Velmor Front": O}),
    # --- a wiki's shortcut, a postscript, a chapter, an infobox, an issue ---
    ("Reverted the word \"collapse\" per WP:NPOV. The Velmor Party won 12 seats.",
     {"WP": NONE, "NPOV": NONE, "Velmor Party": O}),
    ("P.S. Gifts made before 31 December will be matched by the Kessa Foundation.",
     {"P.S": NONE, "P.S.": NONE, "Kessa Foundation": O}),
    ("31:00 Outro and corrections\nThe Velmor Front spokesman spoke at 12:00.", {"Outro": NONE}),
    ("Monthly newsletter of the Dorra Beekeepers' Association - Issue 112, November 2025",
     {"Issue": NONE, "Dorra Beekeepers' Association": O}),
    ("== Infobox: seat totals for the Velmor Party ==", {"Infobox": NONE, "Velmor Party": O}),
    # --- negative: an acronym a bracket spells out ---
    ("The WP (Workers' Party) won 9 seats in Velmoria. The WP said it would join the coalition.", {"WP": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n5", actor_kinds, check_kinds)
