"""PLOVER events whose sentence held no event at all (a recall battery, written before the fix). Classes:
help told as lasting or as a description of the giver ("X has trained Y's police since 2020", "Z leaned on X, which
has shipped drones to Y"; the simple present "X, which pays for Y's fuel" left open); a listing for a stated cause
("designated X for abuses": a sanction); the verb of a siege and a handshake as a meeting (both tried and left
open); a pact signed under its own name by two parties ("X and Y signed the Lorn Accord": the parties agree with
each other, the accord is no party). Negatives: a lasting stance (backing since), help to no one named, a siege by
reporters, a handshake of players, a candidate or a port designated for a use.

Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*" any
end, a type ending in "~" compared without direction. Real states and invented parties, militias and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

GHANA_ARMY = "Ghana|Ghana military|Ghanaian army"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- help told as lasting: perfect with "since" / "for years" ---
    ("Portugal has trained the special units of the Ghanaian army since 2019.",
     {("Portugal", "AID", GHANA_ARMY)}, set()),
    ("For three years Qatar has paid the wages of the Copper Guard, a militia in the delta.",
     {("Qatar", "AID", "Copper Guard")}, set()),
    ("Egypt has supplied the Tamarisk Brigade with rifles and fuel for years, two of its officers say.",
     {("Egypt", "AID", "Tamarisk Brigade")}, set()),
    # --- help told in a clause describing the giver ---
    ("The Copper Guard gets its money from Qatar, which pays for its fuel and its trucks.",
     {("Qatar", "AID", "Copper Guard")}, set()),
    ("Morocco, which finances the Tamarisk Brigade, declined to comment on the raid.",
     {("Morocco", "AID", "Tamarisk Brigade")}, set()),
    ("Kenya relies on Portugal, which has shipped weapons and ammunition to the Kenyan army since the floods.",
     {("Portugal", "AID", "Kenya|Kenya military|Kenyan army")}, set()),
    ("The Ember Front thanked Egypt, which has lent the movement's leaders two aircraft.",
     {("Egypt", "AID", "Ember Front")}, set()),
    # negatives: a lasting stance stays a tie, help to no one named stays silent
    ("Portugal has backed the Harbour Alliance since its founding congress.",
     set(), {("Portugal", "SUPPORT", "Harbour Alliance")}),
    ("Qatar, which funds schools and clinics across the region, opened a new office.",
     set(), {("Qatar", "AID", "*")}),
    ("Morocco has trained engineers for decades.",
     set(), {("Morocco", "AID", "*")}),
    # --- the verb of a siege ---
    ("In May the Ghanaian army besieged the Tamarisk Brigade in its hill stronghold for eleven days.",
     {(GHANA_ARMY, "COERCE|ASSAULT", "Tamarisk Brigade")}, set()),
    ("Fighters of the Ember Front are besieging a Kenyan army base near the lake.",
     {("Ember Front", "COERCE|ASSAULT", "Kenya|Kenya military|Kenyan army")}, set()),
    # negatives: besieged by reporters, by questions
    ("After the vote the Harbour Alliance leader Mira Osei was besieged by reporters.",
     set(), {("*", "COERCE", "*"), ("*", "ASSAULT", "*")}),
    ("The minister of Gabon, besieged with questions, left the room early.",
     set(), {("*", "COERCE", "*"), ("*", "ASSAULT", "*")}),
    # --- a handshake: a meeting ---
    ("The Egyptian envoy shook hands with Mira Osei of the Harbour Alliance at the airport.",
     {("Egypt", "CONSULT", "Mira Osei|Harbour Alliance")}, set()),
    ("Mira Osei shakes hands with the president of Ghana before the talks.",
     {("Mira Osei", "CONSULT", "Ghana")}, set()),
    # negatives: a handshake between players, a shaken cabinet
    ("Supporters shook hands with the players after the final.",
     set(), {("*", "CONSULT", "*")}),
    ("The scandal shook the Harbour Alliance to its core.",
     set(), {("*", "CONSULT", "*")}),
    # --- a listing for a stated cause: a sanction ---
    ("Canada designated the Copper Guard for abuses against civilians in the delta.",
     {("Canada", "SANCTION", "Copper Guard")}, set()),
    ("Last week Britain designated Ola Dunn of the Ember Front for funding attacks on ferries.",
     {("Britain|United Kingdom", "SANCTION", "Ola Dunn")}, set()),
    # negatives: a candidate named for a post, ports set aside for a use
    ("The Harbour Alliance designated Mira Osei as its candidate for the presidency.",
     set(), {("*", "SANCTION", "*")}),
    ("Gabon designated two ports for the delivery of grain from Kenya.",
     set(), {("*", "SANCTION", "*")}),
    # --- a pact signed under its own name by two parties ---
    ("Gabon and the Ember Front signed the Lorn Accord in a hotel in Geneva.",
     {("Gabon|Ember Front", "AGREE~", "Gabon|Ember Front")}, set()),
    ("Kenya and Uganda inked the Tessel Water Treaty on Monday, ending a long quarrel.",
     {("Kenya|Uganda", "AGREE~", "Kenya|Uganda")}, set()),
]

XFAIL: dict[str, str] = {
    "Morocco, which finances the Tamarisk Brigade, declined to comment on the raid.":
        "help told in the simple present in a clause describing the giver stays a description: tried and dropped (5 "
        "of 14 new events right over the 35 development sets)",
    "In May the Ghanaian army besieged the Tamarisk Brigade in its hill stronghold for eleven days.":
        "'besiege' is no trigger: tried and dropped (its two hits over the 35 sets were both false: a siege of a "
        "place by a body named only as a place's forces, a quoted figure of speech)",
    "Fighters of the Ember Front are besieging a Kenyan army base near the lake.":
        "'besiege' is no trigger (see the case above)",
    "The Egyptian envoy shook hands with Mira Osei of the Harbour Alliance at the airport.":
        "a handshake is no meeting phrase: tried and dropped (three hits over the 35 sets, none right: a photo "
        "caption, a handshake with nobody named, a handshake in a courtyard)",
    "Mira Osei shakes hands with the president of Ghana before the talks.":
        "a handshake is no meeting phrase (see the case above)",
    "The Copper Guard gets its money from Qatar, which pays for its fuel and its trucks.":
        "a possessive inside the giver's own relative clause ('its fuel') is read as the giver's, not the militia's "
        "(with the militia named there the help is found)",
}


extracted, test_wording = battery(CASES, XFAIL, "q", events_by_document, check_events)
