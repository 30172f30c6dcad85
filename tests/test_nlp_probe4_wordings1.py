"""Probe wordings from news styles (wire reports, results stories, analyses) about invented states: (1) a body's
capitalised name right before "under" and an invented leader's name the tagger reads as nothing or as a body ("the
Sarnesk Union under Aksel Vindrup won 12 seats", "the opposition Alliance for Civic Change under Mira Otonde-Vask"):
the name after "under" is a person's, the body's leader (actors._named_body_under_person; not a time of a passive,
"banned under President X", nor pressure from someone); (2) a charge's participle the tagger reads as an adjective
on the charge ("X rejected the results and alleged fraud", "X refused to concede and alleged irregularities", "The
Y Front alleged irregularities at ..."): X's charge (plover.yaml charge_participles, charge_participle_objects; not
"investigated the bribery and alleged fraud", "the alleged fraud", "alleged members of"); (3) a removal verb done to
a post's holder named only by the post ("dismissed the army chief", "sacked his finance minister"): no rejection
(a claim dismissed stays one); (4) a bulleted results line "- Name: 31 seats (+4)": the name is a body's (actors.
_results_row, _seats_row_tail; not "- Majority: 91 seats", nor a sentence after the count). Several wordings per mechanism with negatives; all names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import (battery, check_events, check_named_kinds, check_ties, events_by_document,
                             kinds_by_document, relations_by_document)

pytestmark = pytest.mark.model

L = "leader_of"

# (text, ties that must be present, ties that must be absent)
TIE_CASES = [
    # --- (1) "the X Union under Aksel Vindrup": the leader ---
    ("The Sarnesk Union under Aksel Vindrup won 12 seats in the chamber.",
     {("Aksel Vindrup", L, "Sarnesk Union")}, set()),
    ("The largest opposition group, the Pellvik Labour Circle under Nadeshi Karsh, has offered to back a "
     "no-confidence motion.", {("Nadeshi Karsh", L, "Pellvik Labour Circle")}, set()),
    ("In parliament, where the Quorvath Congress holds 112 of the 150 seats, the opposition Alliance for Civic Change "
     "under Mira Otonde-Vask has accused the government of hiding the figures.",
     {("Mira Otonde-Vask", L, "Alliance for Civic Change")}, set()),
    ("The ruling Harbour Compact under Brisa Oyelaro won 40 seats.",
     {("Brisa Oyelaro", L, "Harbour Compact")}, set()),
    ("The Sarnesk Union was banned under President Aksel Vindrup in 1998.", set(),
     {("Aksel Vindrup", L, "Sarnesk Union")}),
    ("The Harvest League, under pressure from Ostap Venrik, quit the talks.", set(),
     {("Ostap Venrik", L, "Harvest League")}),
]

# (text, events that must be present, events that must be absent)
EVENT_CASES = [
    # --- (2) "rejected the results and alleged fraud": the subject's charge ---
    ("Iveta Korrin rejected the results and alleged fraud in three districts.",
     {("Iveta Korrin", "ACCUSE", "*")}, set()),
    ("The Quorvath Front refused to concede for days and alleged irregularities at the polls.",
     {("Quorvath Front", "ACCUSE", "*")}, set()),
    ("Osric Dallan, who lost in 2019, disputed the count and alleged manipulation of the tally sheets.",
     {("Osric Dallan", "ACCUSE", "*")}, set()),
    ("The Lanthorn Party alleged irregularities at several polling stations.",
     {("Lanthorn Party", "ACCUSE", "*")}, set()),
    ("The alleged fraud in three districts angered Iveta Korrin.", set(), {("*", "ACCUSE", "*")}),
    ("The court heard the witnesses and alleged victims of the scheme on Monday.", set(), {("*", "ACCUSE", "*")}),
    # --- (3) a post's holder removed: no rejection ---
    ("Ado Mersk dismissed the army chief on Tuesday and ordered troops north.", set(),
     {("Ado Mersk", "REJECT", "*")}),
    ("On Friday Ado Mersk sacked his finance minister.", set(), {("Ado Mersk", "REJECT", "*")}),
    ("Ado Mersk dismissed the charge as slander.", {("Ado Mersk", "REJECT", "*")}, set()),
]

# (text, {name: kind it must have}, {name: kind it must not have})
KIND_CASES = [
    # --- (4) "- Name: 31 seats": a results list's party ---
    ("Final results (Chamber of Sarnesk, 120 seats)\n- Kelpmoor Alliance: 52 seats (+6)\n- Forward Sarnesk: 31 seats\n"
     "- Others: 9 seats\n", {"Forward Sarnesk": "organization"}, {}),
    ("RESULTS\n- Sovereign Quorvath: 31 seats (-2)\n- Kelpmoor Alliance: 44 seats\n",
     {"Sovereign Quorvath": "organization"}, {}),
    ("How the seats fell:\n- Ysella Varnow: 12 seats\n", {}, {"Ysella Varnow": "person"}),
    ("Seat count\n- Majority: 61 seats\n- Kelpmoor Alliance: 44 seats\n", {}, {"Majority": "organization"}),
]

XFAIL: dict[str, str] = {}

extracted, test_probe4_ties = battery(TIE_CASES, XFAIL, "probe4t_", relations_by_document, check_ties)
extracted_events, test_probe4_events = battery(EVENT_CASES, XFAIL, "probe4e_", events_by_document, check_events,
                                               fixture="extracted_events")
extracted_kinds, test_probe4_kinds = battery(KIND_CASES, XFAIL, "probe4k_", kinds_by_document, check_named_kinds,
                                             empty=dict, fixture="extracted_kinds")
