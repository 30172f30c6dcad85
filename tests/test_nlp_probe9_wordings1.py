"""An act told before a semicolon, then a pledge or a plan (plover.yaml frames: intent) after it: "X visited Y on
12 May; Z pledged 40 million euros", "X met Y's envoy; Z promised to help". The parser reads the clause before the
semicolon as the complement of the pledging verb after it; it is a sentence of its own: its act is kept (not
swallowed as what was promised) and its parties are not the pledge's (the pledge names no one: no target taken from
the clause before). Negatives: a pledge whose own complement names its party, a visit that is denied, a pledge told
before the semicolon, a reporting verb after it. Several wordings; all names invented; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# a document set in one state, so that the home state is clear
HOME = ("Velnia's prime minister is Dora Kest. Velnia's parliament met on Monday in the Velnian capital. ")

CASES = [
    # --- the act before the semicolon is kept ---
    (HOME + "Kest visited Ostravia on 12 May; the Marsh League pledged 40 million euros in assistance.",
     {("Dora Kest", "CONSULT", "Ostravia")}, {("Marsh League", "AGREE", "Ostravia")}),
    (HOME + "Kest met Ostravia's president on Friday; Norland promised fuel to Velnia.",
     {("Dora Kest", "CONSULT", "Ostravia"), ("Norland", "AID", "Velnia")}, set()),
    (HOME + "Kest held talks with Ostravia's president in March; Norland promised 5 million dollars in aid.",
     {("Dora Kest", "CONSULT", "Ostravia")}, {("Norland", "AGREE", "Ostravia")}),
    (HOME + "Ostravia expelled two Velnian diplomats last week; Norland offered to mediate.",
     {("Ostravia", "SANCTION", "Velnia")}, set()),
    (HOME + "Kest travelled to Ostravia on 3 June; the Marsh League plans to open an office there.",
     {("Dora Kest", "CONSULT", "Ostravia")}, {("Marsh League", "AGREE", "Ostravia")}),
    # --- negatives: the pledge's own complement names its party; a denied visit; a report ---
    (HOME + "Norland pledged that its monitors would stand with Velnia.",
     {("Norland", "AGREE", "Velnia")}, set()),
    (HOME + "Kest visited Ostravia; Norland promised that its monitors would stand with Velnia.",
     {("Dora Kest", "CONSULT", "Ostravia"), ("Norland", "AGREE", "Velnia")}, {("Norland", "AGREE", "Ostravia")}),
    (HOME + "Norland pledged fuel to Velnia; Kest thanked the donors.",
     {("Norland", "AID", "Velnia")}, set()),    # --- (2) goods or a sum pledged to no one named: no agreement (AGREE) with no one ---
    (HOME + "The Marsh League pledged 40 million euros in assistance.", set(), {("Marsh League", "AGREE", None)}),
    (HOME + "Norland has promised fuel and tents.", set(), {("Norland", "AGREE", None)}),
    (HOME + "At the donors' meeting, Norland offered 5 million dollars.", set(), {("Norland", "AGREE", None)}),
    # negatives: the goods' receiver named; a pledge of support or of an act; a promise of no goods
    (HOME + "Norland pledged fuel to Velnia.", {("Norland", "AID", "Velnia")}, set()),
    (HOME + "Norland pledged support.", {("Norland", "SUPPORT", None)}, set()),
    (HOME + "Norland promised elections.", {("Norland", "AGREE", None)}, set()),
    (HOME + "Norland's envoy Ivo Brask visited the Velnian capital and promised faster funding from Norland.",
     {("Ivo Brask|Norland", "AGREE|AID", "*")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p9", events_by_document, assert_events)
