"""Codes and abbreviations of business and technical documents read as actors.

(1) One capital letter and one digit ("Q4", "C3", "T1") is a quarter's, a question's, a section's or a form's code,
no body (actors._letter_digit_code). Negative: such a code before a body's noun or its members' plural ("the K9
rebels") names an armed group and stays.

(2) A name holding a plus sign ("BB+", "LPTx+R") is a rating's, a vaccine's or a product's code (actors._plus_code).

(3) A company's legal form alone ("LTD" of "MARSKELL TOOLING CO., LTD."), cut off its company's name by the comma, is
no actor (actors._legal_form_alone; roles.yaml company_suffixes). Negative: the same letters as a body's short name
with no comma before ("The PLC met on Monday") stay.

(4) An acronym in capitals that world knowledge does not know, never spelled out, each of whose mentions only
modifies a common noun after it ("RXT power modules", "direct VAR customers", "ETD reliability", "automotive KQP
requirements") in a sentence naming no state and no known body, is a product's, a standard's or a trade's
abbreviation, no actor (actors._idle_acronym). Negatives: an acronym that acts ("the KPU announced"), that is spelled
out ("the Kessa People's Union (KPU)"), that heads a body's noun, its members or a post ("KPU rebels", "the KPU militia", "KPF
chairman Tomas Brell"),
or that stands in a sentence naming a state ("KPU patrol boats off Pellanor").

(5) A contact line's label ("| Tel. +394 20 555 077 |": roles.yaml not_actors) is no person.

(6) A public event's name ending in its noun ("the Spring Fair", "the Lakeside Marathon", "the Harbour Gala": roles.yaml
occasion_heads) is an occasion, no body.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- (1) a letter and a digit ---
    ("Handling and trucking rates stay unchanged for Q3. The Kessa Union called a strike at the port.",
     {"Q3": NONE, "Kessa Union": O}),
    # --- negative: a code before a body's members ---
    ("Fighting broke out when K7 rebels attacked the town of Varno on Sunday.",
     {"K7": O}),
    # --- (2) a plus sign ---
    ("Harrow Ratings upgraded Pellanor to 'BB+' with a positive outlook. The upgrade reflects stronger "
     "reserves.",
     {"BB+": NONE}),
    ("Pets need the KV+2 vaccine before boarding. The Kessa Union runs the kennel.",
     {"KV+2": NONE, "Kessa Union": O}),
    ("Dogs must have had the LPTx+R booster within 12 months. The Kessa Union runs the kennel.",
     {"LPTx+R": NONE, "Kessa Union": O}),
    # --- (3) a legal form alone ---
    ("MARSKELL TOOLING CO., LTD. - Customer Letter\nThe Kessa Union called a strike at our plant.",
     {"LTD": NONE, "Kessa Union": O}),
    # --- negative: the letters of a legal form as a body's short name ---
    ("The PLC met on Monday. Later the PLC rejected the plan.",
     {"PLC": O}),
    # --- (4) an acronym that never acts ---
    ("Product family: RXT power modules, 85% of plan. The Kessa Union called a strike at the plant.",
     {"RXT": NONE, "Kessa Union": O}),
    ("To: Authorised distributors and direct VAR customers\nThe Kessa Union called a strike at the plant.",
     {"VAR": NONE, "Kessa Union": O}),
    ("Two freight trains daily, ETD reliability about 70%. The Velmor Front blocked the line on Monday.",
     {"ETD": NONE, "Velmor Front": O}),
    ("Customers with automotive KQP requirements should contact their manager. The Kessa Union called a strike.",
     {"KQP": NONE, "Kessa Union": O}),
    # --- negatives: an acronym that acts, is spelled out, heads its members or stands in a political sentence ---
    ("The KPU announced a boycott of the vote on Monday.",
     {"KPU": O}),
    ("The Kessa People's Union (KPU) called a strike. KPU stewards met the minister.",
     {"Kessa People's Union": O}),
    ("Clashes followed when KPU fighters fired on the convoy near Varno.",
     {"KPU": O}),
    ("The militias answer to the Kessa People's Front. KPF chairman Tomas Brell did not attend the meeting on Monday.",
     {"KPF": O, "Tomas Brell": P}),
    ("VARNO, May 3 - Pellanor's parliament met on Monday. The Pellanoran navy said KPU patrol boats had entered "
     "Pellanor's waters off the cape.",
     {"KPU": O, "Pellanor": C}),
    # --- (5) a contact line's label ---
    ("Kessa Animal Clinic\nHarbour Road 18, Sarvel | Tel. +394 20 555 077 | Out of hours +394 61 555 314\n\n"
     "The Kessa Union called a strike at the port.",
     {"Tel": NONE, "Kessa Union": O}),
    # --- (6) a public event's name ---
    ("Every year the Spring Fair collects funds for a partner school in Pellanor. The Kessa Union runs the stalls.",
     {"Spring Fair": NONE, "Kessa Union": O}),
    ("Runners in the Lakeside Marathon must collect bibs on Friday. The Velmor Front has called a protest on the route.",
     {"Lakeside Marathon": NONE, "Velmor Front": O}),
    ("The Harbour Gala will go ahead. The Kessa Union called a strike.",
     {"Harbour Gala": NONE, "Kessa Union": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n10", actor_kinds, check_kinds)
