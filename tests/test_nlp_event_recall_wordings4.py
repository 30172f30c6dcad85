"""PLOVER events that no rule produced (a recall battery, written before the fix): help told by the goods handed
over ("gave the Ember Front diesel and lorries", "flew in shells for X", "pledged cash to Y", "sold X two radar
batteries": one word class of arms, relief goods, sums and craft shared by every verb of handing over,
plover.yaml word_classes), a designation whose "for" phrase names an armed act ("designated X for attacks on
Y": designation_cause_types), and a ministry name several states share written after one state's name ("the United
Kingdom Treasury": that state). Negatives: the same verbs with no goods (a deadline given, a flight taken, goods
sold to villagers), a denied or planned act, a post designated for a use.

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end, a type ending in "~" compared without direction. Real states and invented parties, militias and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

GABON_ARMY = "Gabon|Gabon military|Gabonese army"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- goods handed over: give, send, deliver, sell, fly in, smuggle, pledge ---
    ("Benin has given the Ember Front diesel and lorries since the spring.",
     {("Benin", "AID", "Ember Front")}, set()),
    ("Last winter Ghana quietly gave the Ironwood Militia rations and tents for its camps.",
     {("Ghana", "AID", "Ironwood Militia")}, set()),
    ("Portugal flew in shells and rifles for the Gabonese army during the siege.",
     {("Portugal", "AID", GABON_ARMY)}, set()),
    ("Togo flew medicine to the Ember Front's field hospitals twice a month.",
     {("Togo", "AID", "Ember Front")}, set()),
    ("Algeria sent a mobile radar battery to Gabon in the autumn.",
     {("Algeria", "AID", "Gabon")}, set()),
    ("Turkey delivered a consignment of body armour and ammunition to the Gabonese army on Friday.",
     {("Turkey", "AID", GABON_ARMY)}, set()),
    ("The Copper League smuggled rifles to the Ember Front across the lagoon.",
     {("Copper League", "AID", "Ember Front")}, set()),
    ("The Harbour Workers' Union pledged cash to the Copper League's strikers.",
     {("Harbour Workers' Union", "AID", "Copper League")}, set()),
    ("Belgium pledged forty trucks of grain to the Gabonese government last week.",
     {("Belgium", "AID", "Gabon")}, set()),
    ("The Ember Front receives diesel and cash from Benin, according to the report.",
     {("Benin", "AID", "Ember Front")}, set()),
    # negatives: no goods handed (a deadline, a trip, an envoy), goods sold to no actor, a denied or planned gift
    ("Ghana gave the Ironwood Militia a deadline of ten days to leave the port.",
     set(), {("Ghana", "AID", "*")}),
    ("Portugal's foreign minister flew in from Lisbon to see the Gabonese army chief.",
     set(), {("Portugal", "AID", "*"), ("*", "AID", "*")}),
    ("Belgium sent its deputy foreign minister to Gabon on Tuesday.",
     set(), {("Belgium", "AID", "Gabon")}),
    ("Traders from Togo sold diesel to villagers near the border.",
     set(), {("*", "AID", "*")}),
    ("Benin denied that it had given the Ember Front diesel or lorries.",
     set(), {("Benin", "AID", "Ember Front")}),
    ("Benin has never flown in arms for the Ember Front.",
     set(), {("Benin", "AID", "Ember Front")}),
    # --- a designation for armed acts ---
    ("The Ember Front was designated by Canada in 2022 for attacks on oil tankers.",
     {("Canada", "SANCTION", "Ember Front")}, set()),
    ("Australia designated the Ironwood Militia in May for the shelling of three towns.",
     {("Australia", "SANCTION", "Ironwood Militia")}, set()),
    ("Canada designated the Sable Hand last year for bombings of two crowded markets.",
     {("Canada", "SANCTION", "Sable Hand")}, set()),
    # a ministry name several states share, after the name of one of them, is that state (countries.yaml
    # shared_institution_names): "the United Kingdom Treasury" acts for the United Kingdom
    ("Last year the United Kingdom Treasury froze the bank accounts of the Ember Front.",
     {("United Kingdom", "SANCTION", "Ember Front")}, set()),
    ("In March the New Zealand Treasury imposed sanctions on the Sable Hand and two of its commanders.",
     {("New Zealand", "SANCTION", "Sable Hand")}, set()),
    # negatives: a place or a post designated for a use
    ("Gabon designated the old airfield for aid flights of the Copper League.",
     set(), {("Gabon", "SANCTION", "*")}),
    ("The Copper League designated Hana Ruto for the post of treasurer.",
     set(), {("Copper League", "SANCTION", "*")}),
    # negatives found in review: a task given ("for the assault on Y"), credit given or received as praise
    ("The Velnian army designated General Arvo Tann for the assault on Dussel.",
     set(), {("*", "SANCTION", "*")}),
    ("The Republic of Velnia gave Ostria credit for the ceasefire.", set(), {("*", "AID", "*")}),
    ("Ostria received credit from Velnia for the truce.", set(), {("*", "AID", "*")}),
]

# strict: each names why it still fails
XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "w4", events_by_document, check_events)
