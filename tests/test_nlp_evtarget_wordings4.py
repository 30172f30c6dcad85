"""Who "the ministry" is as the one an event acts upon. A bare "the ministry" / "the Ministry" (no field, no owner) as
an object ("urged the ministry to pay the arrears", "accused the Ministry of hiding the figures") was no actor, so the
event had no target. It is the state whose ministry the text named last ("Zambia's foreign ministry ... urged the
ministry"), or whose minister ("met Zambia's Finance Minister X and urged the ministry"), else the article's state
(components.event_mention_of: bare_ministry). Negatives: a negated request (emitted as negated only), a story of no one
state with no ministry named (no target guessed), an owner ("the ministry's audit": not read so). Invented people and
bodies; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

R, C = "REQUEST", "ACCUSE"

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- the home state's ministry ---
    (_HOME + "The Chamber of Commerce urged the Ministry to pay the arrears.",
     {("Chamber of Commerce", R, "Tessaly")}, {("Chamber of Commerce", R, None)}),
    (_HOME + "The Amber League accused the ministry of hiding the figures.",
     {("Amber League", C, "Tessaly")}, {("Amber League", C, None)}),
    (_HOME + "The Amber League urged the ministry to free the detainees.", {("Amber League", R, "Tessaly")}, set()),
    # --- another state's ministry or minister named just before ---
    (_HOME + "Zambia's foreign ministry summoned the Tessalian envoy. The Amber League later urged the ministry to "
             "apologise.", {("Amber League", R, "Zambia")}, {("Amber League", R, "Tessaly")}),
    (_HOME + "The Amber League met Zambia's Finance Minister Ivo Brandt and urged the ministry to pay the arrears.",
     {("Amber League", R, "Zambia")}, {("Amber League", R, "Tessaly")}),
    # --- negatives: a negated request, no state of the story's own, an owner ---
    (_HOME + "The Amber League has not urged the ministry to pay the arrears.", set(),
     {("Amber League", R, "Tessaly")}),
    ("Zambia and Malawi held talks in Lilongwe. Kenya and Zambia met too. The Amber League urged the ministry to pay "
     "the arrears.", set(), {("Amber League", R, "Zambia"), ("Amber League", R, "Malawi"), ("Amber League", R, "Kenya")}),
    (_HOME + "The Amber League criticised the ministry's audit of the port.", set(), {("Amber League", C, "Tessaly")}),
]


XFAIL: dict[str, str] = {}


extracted, test_the_ministry_acted_upon = battery(CASES, XFAIL, "evtarget4_", events_each, check_found)
