"""Events lost or mistyped by a misread word of their sentence.

(1) The month "May" read as a modal: "On 6 May the X Navy boarded and seized a boat" (the parser hangs "May" on
the verb as its auxiliary, and the act reads as one that only may happen, coded as a threat): a capitalised "May"
not opening its sentence, after a day's number or a preposition or before a number, is the date's noun
(pipeline._month_not_modal), so the act is told as done. Negatives: the modal "may" in lower case after a date
("On 6 May Uganda may attack Kenya") or before "in May" keeps the act a possibility (no event as done).

(2) A bare answer read as aimed at itself: "X invited President Y to its congress; Y declined" (the answer's
target read as "President Y", its own source under a longer name): an answer is never aimed at its own author,
so it answers the one who asked (events._bare_answer_to_itself, then the request's maker). Negatives: an answer
with a complement of its own ("declined to comment") answers no one; a refusal denied stays denied.

Invented persons and parties (real states only as the acts' ends); end to end with the real English pipeline. A
type ending in "!" is a negated event."""
from __future__ import annotations

import pytest

from wording_battery import assert_events_any_target, battery, events_marked_by_document

pytestmark = pytest.mark.model

_HOME = "NAIROBI, May 3 - Kenya's parliament met on Monday. In Kenya, turnout was high. "
_LINE = "NAIROBI, May 3 - Kenya's parliament met on Monday. In Kenya, turnout was high.\n"

CASES = [
    # --- (1) "May" after a day's number, read as a modal ---
    (_LINE + "On 6 May the Kenya Navy boarded and seized a fishing boat from Uganda.",
     {("Kenya Navy", "COERCE", "Uganda")}, {("Kenya Navy", "THREATEN", "*")}),
    (_LINE + "On 6 May the Kenya Coast Guard boarded and detained two Ugandan fishing boats.",
     {("Kenya Coast Guard", "COERCE", "Uganda")}, {("Kenya Coast Guard", "THREATEN", "*")}),
    # negatives: the modal in lower case, after a date or before one
    (_LINE + "On 6 May Uganda may attack Kenya.", set(), {("Uganda", "ASSAULT", "Kenya")}),
    (_LINE + "Uganda may attack Kenya in May.", set(), {("Uganda", "ASSAULT", "Kenya")}),
    # --- (2) a bare answer read as aimed at itself ---
    (_HOME + "The Harvest Front invited President Ivo Dask to its congress; Dask declined.",
     {("Ivo Dask", "REJECT", "Harvest Front")}, {("Ivo Dask", "REJECT", "Ivo Dask")}),
    (_HOME + "The Civic Union invited Prime Minister Tove Askland to its rally; Askland refused.",
     {("Tove Askland", "REJECT", "Civic Union")}, set()),
    # negatives: an answer with its own complement, a refusal denied
    (_HOME + "The Harvest Front invited President Ivo Dask to its congress; Dask declined to comment.", set(),
     {("Ivo Dask", "REJECT", "*")}),
    (_HOME + "The Harvest Front invited President Ivo Dask to its congress. Dask has not declined.", set(),
     {("Ivo Dask", "REJECT", "Harvest Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em8", events_marked_by_document, assert_events_any_target)
