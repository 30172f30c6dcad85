"""Who a blow told with a result adjective lands on: "shot dead the police chief of X, Commander Y". The parser reads
the adjective right after the verb as its complement ("dead" as oprd, acomp or advcl) and hangs the verb's own object
on it, so the blow had no object and no target; the object after the adjective is the verb's
(events._resultative_objects, read by _target for hostile acts). Positives: a role with an "of" place and a name set
off after it, a bare role with its name set off, a title before the name. Negatives: a negated blow (emitted as
negated only), a person found dead (no blow by the group named near), a result adjective after the object ("left
... badly hurt": read as before). Invented names and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

S = "ASSAULT"

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- the object hung on the result adjective is the one struck ---
    (_HOME + "In June, gunmen from the Grey Lantern shot dead the police chief of Verin, Commander Ivo Brandt, "
             "outside his home.", {("Grey Lantern", S, "Ivo Brandt")}, {("Grey Lantern", S, None)}),
    (_HOME + "On Monday the Grey Lantern shot dead the deputy mayor of Verin, Ivo Brandt.",
     {("Grey Lantern", S, "Ivo Brandt")}, {("Grey Lantern", S, None)}),
    (_HOME + "Last week militiamen of the Grey Lantern shot dead the district judge, Anna Korsa, in her car.",
     {("Grey Lantern", S, "Anna Korsa")}, {("Grey Lantern", S, None)}),
    # --- negatives: a negated blow, a body found dead, a result after the object ---
    (_HOME + "The Grey Lantern has not shot dead the mayor of Verin, Ivo Brandt, as rumours claimed.", set(),
     {("Grey Lantern", S, "Ivo Brandt")}),
    (_HOME + "The mayor of Verin, Ivo Brandt, was found dead near the Grey Lantern's camp.", set(),
     {("Grey Lantern", S, "Ivo Brandt")}),
    (_HOME + "The Grey Lantern left the mayor of Verin, Ivo Brandt, badly hurt.", set(),
     {("Grey Lantern", S, "Verin")}),
]


XFAIL: dict[str, str] = {}


extracted, test_the_object_after_the_result_is_struck = battery(CASES, XFAIL, "evtarget3_", events_each, check_found)
