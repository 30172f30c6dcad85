"""A regional or international body's officer named by the body's short form set before a post's title: "the AU
envoy, X", "X, an AU envoy", "the AU envoy, former Velnian president X": a known body's short form that
the NER tags as a people (NORP) before a title word is the body whose post the title names, so X is a member of it
(actors._known_body_before_title), as "the AU's envoy, X" and "the UN envoy, X" already were. Negatives: another
person's post ("the AU envoy's driver, X"), an envoy only planned, the body named beside no title ("the AU
troops"), a list where the name belongs to the second title only, a people's adjective that is no known body.
All persons and the home state are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M = "member_of"
AU = "African Union"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("ORVANE, May 3 - Kalvar's parliament met on Monday. Polls opened across Kalvar on Sunday and Kalvar's "
        "electoral commission said turnout was high. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    (HOME + "The AU envoy, Ilvane Marsavu, urged calm.", {("Ilvane Marsavu", M, AU)}, set()),
    (HOME + "Ilvane Marsavu, the AU envoy, arrived in Orvane on Friday.", {("Ilvane Marsavu", M, AU)}, set()),
    (HOME + "Ilvane Marsavu, an AU envoy, urged calm.", {("Ilvane Marsavu", M, AU)}, set()),
    (HOME + "On Tuesday the AU envoy, Ilvane Marsavu, met the prime minister.", {("Ilvane Marsavu", M, AU)}, set()),
    (HOME + "The AU envoy, former Velnian president Tobin Marendu, met the cabinet.",
     {("Tobin Marendu", M, AU)}, set()),
    (HOME + "The talks stalled. The AU envoy, Ilvane Marsavu, left Orvane on Sunday.",
     {("Ilvane Marsavu", M, AU)}, set()),
    # negatives
    (HOME + "The AU envoy's driver, Ilvane Marsavu, urged calm.", set(), {("Ilvane Marsavu", M, AU)}),
    (HOME + "The AU may send an envoy; Ilvane Marsavu urged calm.", set(), {("Ilvane Marsavu", M, AU)}),
    (HOME + "The AU troops left. Ilvane Marsavu urged calm.", set(), {("Ilvane Marsavu", M, AU)}),
    (HOME + "The AU envoy and the UN envoy, Ilvane Marsavu, met.", {("Ilvane Marsavu", M, "United Nations")},
     {("Ilvane Marsavu", M, AU)}),
    (HOME + "The Basotho envoy, Ilvane Marsavu, urged calm.", set(), {("Ilvane Marsavu", M, AU)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "pb", relations_by_document, check_ties)
