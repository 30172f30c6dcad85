"""PLOVER events that no rule produced (a recall battery, written before the fix): armed acts told by verbs of
defeat and expulsion ("overran the outpost", "routed the militia", "drove X out of"; "took over the checkpoints"
left open), a prefixed irregular past the lemmatizer leaves as it is: "retook"), and the ending of a pact with a named party
("ended its defence pact with X", "scrapped its accord with Y": the halt of an agreement is a sanction). Negatives:
the same verbs used of time, travel or a post taken over, and a deal made ("cut a deal with X").

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end, a type ending in "~" compared without direction. Real states and invented parties, militias and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

MALI = "Mali|Mali military|Malian army"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- defeat and expulsion: overrun, rout, drive / chase out, take over a post, retake ---
    ("Fighters of the Sable Hand overran a Malian army outpost near the river on Thursday.",
     {("Sable Hand", "ASSAULT", MALI)}, set()),
    ("By nightfall the Ironwood Militia had overrun the garrison of the Chadian army at Bol.",
     {("Ironwood Militia", "ASSAULT", "Chad|Chad military|Chadian army")}, set()),
    ("Two bases of the Nigerien army were overrun by the Sable Hand last spring.",
     {("Sable Hand", "ASSAULT", "Niger|Niger military|Nigerien army")}, set()),
    ("The Kenyan army routed the Ember Front in the hills east of the lake.",
     {("Kenya|Kenya military|Kenyan army", "ASSAULT", "Ember Front")}, set()),
    ("Troops of Benin drove the Ironwood Militia out of three villages in March.",
     {("Benin|Benin military", "ASSAULT", "Ironwood Militia")}, set()),
    ("Gunmen of the Ember Front chased the Ugandan police out of the market town.",
     {("Ember Front", "ASSAULT", "Uganda|Uganda police|Ugandan police")}, set()),
    ("The Sable Hand retook the border post from the Malian army after a week of heavy fighting.",
     {("Sable Hand", "ASSAULT|COERCE", MALI)}, set()),
    ("Units of the Ember Front took over two checkpoints of the Ugandan army on the main road.",
     {("Ember Front", "COERCE|ASSAULT", "Uganda|Uganda military|Ugandan army")}, set()),
    # negatives: a post taken over, a meeting run over time, a drive to the airport
    ("General Rami Osei took over the Ghanaian army in June.",
     set(), {("Rami Osei", "COERCE", "*"), ("Rami Osei", "ASSAULT", "*")}),
    ("Hana Ruto took over the Ember Front after its founder died.",
     set(), {("Hana Ruto", "COERCE", "*"), ("Hana Ruto", "ASSAULT", "*")}),
    ("The congress of the Ember Front overran by two hours.",
     set(), {("Ember Front", "ASSAULT", "*")}),
    ("The Kenyan delegation drove out to the airport on Monday.",
     set(), {("Kenya", "ASSAULT", "*")}),
    # negatives: a win at the polls, a party pushed out of a cabinet or a parliament
    ("The Harbour Alliance routed the Ember Front in the March election, taking 52 of 90 seats.",
     set(), {("Harbour Alliance", "ASSAULT", "*")}),
    ("Voters in Gabon overran the old ruling party at the ballot box, and the Harbour Alliance won a majority.",
     set(), {("*", "ASSAULT", "*")}),
    ("The Copper League pushed the Ember Front out of the coalition cabinet after a quarrel over taxes.",
     set(), {("Copper League", "ASSAULT", "*")}),
    ("In June the Sable Hand was driven out of the Kenyan parliament by the Copper League.",
     set(), {("Copper League", "ASSAULT", "*")}),
    # --- a pact with a named party ended: a sanction on that party ---
    ("Gabon ended its defence pact with Portugal in November.",
     {("Gabon", "SANCTION", "Portugal")}, set()),
    ("Peru scrapped its fishing agreement with Ecuador last week.",
     {("Peru", "SANCTION", "Ecuador")}, set()),
    ("Mali terminated the 2015 accord with the Sable Hand on Friday.",
     {("Mali", "SANCTION", "Sable Hand")}, set()),
    ("Kenya suspended its security treaty with Uganda pending a review.",
     {("Kenya", "SANCTION", "Uganda")}, set()),
    # negatives: a pact signed, a deal cut (made), a pact renewed
    ("Ghana signed a trade pact with Togo.", set(), {("Ghana", "SANCTION", "Togo")}),
    ("Peru cut a deal with Ecuador over the fishing grounds.", set(), {("Peru", "SANCTION", "Ecuador")}),
    ("Kenya renewed its security treaty with Uganda for five years.", set(), {("Kenya", "SANCTION", "Uganda")}),
    # --- left open (see XFAIL) ---
    ("The detention of Ana Weru by the Ugandan police - the president's own force - set off a week of protests.",
     {("Uganda|Uganda police|Ugandan police", "COERCE", "Ana Weru")}, set()),
    ("The last Portuguese soldiers left Gabon in January.", {("Portugal|Portugal military", "RETREAT", "Gabon")},
     set()),
    ("Kenyan mediators brought the Ember Front and the government of Uganda to the table.",
     {("Kenya", "CONSULT~", "Ember Front")}, set()),
]

XFAIL: dict[str, str] = {
    "Units of the Ember Front took over two checkpoints of the Ugandan army on the main road.":
        "'take over' a post is no COERCE phrase: tried and dropped (no hit gained over the 34 sets, two false ones: a "
        "post taken over in an agreed handover, and one whose taker the resolver lost)",
    "The detention of Ana Weru by the Ugandan police - the president's own force - set off a week of protests.":
        "an event noun's by-agent followed by a dashed apposition: the parser hangs the apposition so that the "
        "agent phrase no longer reaches the noun",
    "The last Portuguese soldiers left Gabon in January.":
        "departure: 'leave' is no RETREAT trigger (troops leaving a state, unlike 'left for talks', is not told "
        "apart from travel by any rule)",
    "Kenyan mediators brought the Ember Front and the government of Uganda to the table.":
        "mediation idiom: 'bring X to the table' is no CONSULT phrase",
}


extracted, test_wording = battery(CASES, XFAIL, "r", events_by_document, check_events)
