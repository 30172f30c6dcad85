"""PLOVER events in wordings written before reading the event reader (a third battery): meetings stated in readouts
and diaries ("held talks with", "received", "hosted", "met separately with", "a call between"), aid (a state's
funding, salaries, weapons or equipment for an armed force), accusations and demands in reported speech, coercion
stated as a noun ("the detention of X by the gendarmerie"), retreats and agreements with a coordinated subject, and
acts whose actor is a group's leader or spokesman named in the sentence before.

Negatives give no (non-negated) event: a meeting that was called off, aid that was only requested, an arrest that
was denied. Same conventions as the second battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name,
"*" any end, a type ending in "~" compared without direction. Real states and invented parties, militias and
people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- meetings in readouts and diaries ---
    ("The Foreign Minister of Peru held talks with his Chilean counterpart in Lima on Wednesday.",
     {("Peru", "CONSULT~", "Chile")}, set()),
    ("President Ilse Marwin of the Coastal Union received the ambassador of Norway at her office.",
     {("Coastal Union|Ilse Marwin", "CONSULT~", "Norway")}, set()),
    ("Ghana hosted a delegation of the Senegalese government for two days of consultations.",
     {("Ghana", "CONSULT~", "Senegal")}, set()),
    ("The Kenyan envoy met separately with the Lakeside Alliance and with officials of Uganda.",
     {("Kenya", "CONSULT~", "Lakeside Alliance"), ("Kenya", "CONSULT~", "Uganda")}, set()),
    ("A phone call between the leaders of Vietnam and Laos focused on the river dams.",
     {("Vietnam", "CONSULT~", "Laos")}, set()),
    ("Thursday: Prime Minister of Estonia meets the Latvian defence minister in Tallinn.",
     {("Estonia", "CONSULT~", "Latvia")}, set()),
    ("Tunisia's foreign minister spoke by telephone with his Algerian counterpart about the border crossings.",
     {("Tunisia", "CONSULT~", "Algeria")}, set()),
    ("Ecuador welcomed a visiting delegation of the Dawn Reform Party on Monday.",
     {("Ecuador", "CONSULT~", "Dawn Reform Party")}, set()),
    # --- aid: funding, salaries, equipment for an armed force ---
    ("Qatar pays the salaries of the Southern Guard's fighters.", {("Qatar", "AID", "Southern Guard")}, set()),
    ("The Granite Brigade is funded by Oman, according to a United Nations panel.",
     {("Oman", "AID", "Granite Brigade")}, set()),
    ("Kuwait supplied armoured vehicles and radios to the Northern Shield militia.",
     {("Kuwait", "AID", "Northern Shield|Northern Shield militia")}, set()),
    ("Funding from Bahrain allowed the Valley Front to buy new weapons.", {("Bahrain", "AID", "Valley Front")}, set()),
    ("Jordan has provided training and equipment to the Highland Army.", {("Jordan", "AID", "Highland Army")}, set()),
    # --- accusations and demands in reported speech ---
    ("Uruguay said the Blue Coast Movement had violated the truce.", {("Uruguay", "ACCUSE", "Blue Coast Movement")}, set()),
    ("Mali's government said the Sand Wind Brigade was responsible for the massacre.",
     {("Mali", "ACCUSE", "Sand Wind Brigade")}, set()),
    ("The Freedom Hills Party said Bolivia must release its detained members.",
     {("Freedom Hills Party", "REQUEST|DEMAND|ACCUSE", "Bolivia")}, set()),
    ("Chad insisted that the Lake Front withdraw its fighters from the islands.",
     {("Chad", "REQUEST|DEMAND", "Lake Front")}, set()),
    # --- coercion stated as nouns ---
    ("The detention of Omar Telvani by the Moroccan gendarmerie was condemned by his lawyers.",
     {("Morocco|Morocco gendarmerie|Moroccan gendarmerie", "COERCE", "Omar Telvani")}, set()),
    ("The arrests of several Green Dawn Party activists by Kenyan police sparked protests.",
     {("Kenya|Kenya police", "COERCE", "Green Dawn Party")}, set()),
    ("Following the expulsion of Belgian journalists by Rwanda, Brussels recalled its ambassador.",
     {("Rwanda", "COERCE|SANCTION", "Belgium")}, set()),
    # --- retreats and agreements with a coordinated subject ---
    ("Armenia and Azerbaijan pulled their troops back from the ridge.",
     {("Armenia", "RETREAT", "*"), ("Azerbaijan", "RETREAT", "*")}, set()),
    ("The Silver Lake Front and the government of Niger signed a ceasefire on Friday.",
     {("Silver Lake Front", "AGREE|RETREAT~", "Niger")}, set()),
    ("Both Nepal and Bhutan agreed to reopen the border crossing.", {("Nepal", "AGREE~", "Bhutan")}, set()),
    ("The Dawn Reform Party and the Coastal Union agreed on a joint list for the election.",
     {("Dawn Reform Party", "AGREE|COOPERATE~", "Coastal Union")}, set()),
    # --- actor a group's leader or spokesman named in the sentence before ---
    ("The Red Cliff Brigade is led by Tarek Osmani. Osmani accused Sudan of bombing a market.",
     {("Red Cliff Brigade|Tarek Osmani", "ACCUSE", "Sudan")}, set()),
    ("Lena Okafor speaks for the Unity Forward Party. On Monday she met the president of Togo.",
     {("Unity Forward Party|Lena Okafor", "CONSULT~", "Togo")}, set()),
    ("A spokesman for the Ember Front, Yusuf Darme, said on Tuesday. Darme demanded that Libya free the prisoners.",
     {("Ember Front|Yusuf Darme", "REQUEST|DEMAND", "Libya")}, set()),
    # --- negatives ---
    ("A planned meeting between Peru and Bolivia was called off at the last minute.",
     set(), {("Peru", "CONSULT~", "Bolivia")}),
    ("The Valley Front asked Bahrain for weapons, but none arrived.", set(), {("Bahrain", "AID", "Valley Front")}),
    ("Kenya denied arresting members of the Green Dawn Party.", set(), {("Kenya", "COERCE", "Green Dawn Party")}),
    # --- the reported charge is off by default (plover.yaml charged_when_reported; tests/test_nlp_events.py turns it on)
    ("Investigators of the African Union reported that the Sand Wind Brigade receives rifles and fuel from Niger.",
     set(), {("African Union", "ACCUSE", "Niger")}),
]

XFAIL: dict[str, str] = {
    "Uruguay said the Blue Coast Movement had violated the truce.":
        "convention measured: a reported attack is the news's sourcing more often than a charge (plover.yaml "
        "charged_when_reported holds at most aid: reported attacks and arrests coded 3 right to 6 wrong over the 32 sets)",
    "Funding from Bahrain allowed the Valley Front to buy new weapons.":
        "aid as a subject noun: 'funding from X' heading a clause is no AID noun read with its 'from' source; the "
        "causative 'allowed' is read as CONCEDE instead",
    "Armenia and Azerbaijan pulled their troops back from the ridge.":
        "coordinated subject: 'their' (the subjects' own troops) is read as the other conjunct, so A RETREAT B "
        "instead of each one retreating with no target",
}


extracted, test_wording = battery(CASES, XFAIL, "w", events_by_document, check_events)
