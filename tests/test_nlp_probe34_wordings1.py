"""News wordings that provoke false events (a generality probe on invented news stories about seldom-covered states):

(1) a readiness to do a cooperative act only on a condition ("stood ready to send monitors if both sides asked"):
    an offer on terms, no AGREE (plover.yaml conditioned_pledges; events._conditioned_pledge), as "would send
    observers if both sides signed" already was none; negatives: the readiness told outright, a promise verb on any
    condition, the promiser's own rise included ("has promised to sign the accord if she wins": a campaign's promise
    is still a pledge), a pledge or offer on another's condition (kept, as before), a hostile plan so conditioned (a
    threat), a concessive "even if";
(2) a planned act in what onlookers say (plover.yaml modals.onlookers: "analysts say X would cut aid to Y if ...",
    "diplomats said X will veto ...", "observers warned that X would send troops"): their forecast, no threat or
    plan of X's (events._onlooker_forecast); negatives: X's own envoy or a named side's official says it, an
    onlooker tells a past act;
(3) (a rule reading a state's dissenters as no act of the state, "Suriname's opposition accused X", was merged and
    taken out: the PLOVER gold standard and the PETRARCH-2 sentences, which code "Xian rebels" and "X's opposition"
    with the state, lost 0.011 macro-F1 and 0.033 recall); guards kept: the state's own government, a rebel body's
    fighters, a named opposition leader.

"A|B" either name, "*" any actor or none. Real states, invented people and parties; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

VU = "PORT VILA, May 3 - "
SR = "PARAMARIBO, May 3 - "

# (text, events that must be present, events that must be absent)
CASES = [
    # --- (1) a readiness on a condition: no AGREE; a promise on one stays a pledge ---
    (VU + "Vanuatu's opposition leader Marit Oldane has promised to sign the accord with Fiji if she wins the election.",
     {("Marit Oldane", "AGREE", "Fiji")}, set()),
    (VU + "Fiji said it stood ready to send monitors to Vanuatu if both sides asked.",
     set(), {("Fiji", "AGREE", "*")}),
    (VU + "Tonga's foreign minister, Ovid Kestani, said Tonga stood ready to send election observers to the border commission "
     "if both sides asked.",
     set(), {("Tonga", "AGREE", "*")}),
    (VU + "Marit Oldane pledged that, if elected, she would restore ties with Fiji.",
     {("Marit Oldane", "AGREE", "Fiji")}, set()),
    (VU + "Fiji is willing to resume talks with Vanuatu unless the vote is delayed.",
     set(), {("Fiji", "AGREE", "*")}),
    (VU + "Marit Oldane, who is running for president, promised to reopen the border with Fiji if she is elected.",
     {("Marit Oldane", "AGREE", "Fiji")}, set()),
    # negatives: an outright promise, a pledge on another's condition, a conditioned threat, a concessive "even if"
    (VU + "Tonga offered to host talks between Vanuatu and the Lagoon Democratic Party if a ceasefire held.",
     {("Tonga", "AGREE", "Vanuatu|Lagoon Democratic Party")}, set()),
    (VU + "Vanuatu has offered Ovid Kestani amnesty if he lays down his arms, an offer his aides rejected.",
     {("Vanuatu", "AGREE", "Ovid Kestani")}, set()),
    (VU + "Tonga pledged to fund the Vanuatu police if the reform went ahead.",
     {("Tonga", "AGREE", "*")}, set()),
    (VU + "Tonga stood ready to send election observers to Vanuatu.",
     {("Tonga", "AGREE", "Vanuatu")}, set()),
    (VU + "Marit Oldane promised to sign the accord with Fiji.",
     {("Marit Oldane", "AGREE", "Fiji")}, set()),
    (VU + "Marit Oldane pledged that she would restore ties with Fiji.",
     {("Marit Oldane", "AGREE", "Fiji")}, set()),
    (VU + "Marit Oldane vowed to strike back at Fiji if attacked.",
     {("Marit Oldane", "THREATEN", "Fiji")}, set()),
    (VU + "Fiji promised to send monitors to Vanuatu even if the vote is delayed.",
     {("Fiji", "AGREE|MOBILIZE", "Vanuatu")}, set()),
    # --- (2) onlookers' forecasts: no act of the state forecast ---
    (VU + "Analysts say Fiji would cut aid to Vanuatu if the vote is delayed.",
     set(), {("Fiji", "THREATEN|SANCTION", "*")}),
    (VU + "Talks stalled last year, and analysts say Fiji would suspend aid to Vanuatu if the inquiry fails.",
     set(), {("Fiji", "THREATEN|SANCTION", "*")}),
    (VU + "Diplomats said Fiji would veto the motion against Vanuatu.",
     set(), {("Fiji", "REJECT", "*")}),
    (VU + "Western diplomats say Fiji will attack the Reef Brigade within weeks.",
     set(), {("Fiji", "THREATEN|ASSAULT", "*")}),
    (VU + "Observers warned that Tonga would send troops to Vanuatu.",
     set(), {("Tonga", "MOBILIZE|THREATEN", "*")}),
    # negatives: the state's own speakers, an onlooker telling a done act
    (VU + "Fiji said it would cut aid to Vanuatu if the vote is delayed.",
     {("Fiji", "THREATEN", "Vanuatu")}, set()),
    (VU + "Fiji's envoy said Fiji would retaliate against Vanuatu.",
     {("Fiji", "THREATEN", "Vanuatu")}, set()),
    (VU + "A Fijian diplomat said Fiji would veto the motion against Vanuatu.",
     {("Fiji", "REJECT", "*")}, set()),
    (VU + "Analysts said Fiji has sent troops to Vanuatu.",
     {("Fiji", "MOBILIZE", "Vanuatu")}, set()),
    # --- guards: the state's own government, a rebel body's fighters, a named opposition leader ---
    (SR + "Guyana's government accused President Hilan Besko of fraud on Monday.",
     {("Guyana", "ACCUSE", "Hilan Besko")}, set()),
    (SR + "Rebels of the Maroon Liberation Front attacked Suriname on Monday.",
     {("Maroon Liberation Front", "ASSAULT", "Suriname")}, set()),
    (SR + "Suriname's opposition leader, Sefa Lumatu, accused President Hilan Besko of fraud on Monday.",
     {("Sefa Lumatu", "ACCUSE", "Hilan Besko")}, set()),
]

XFAIL = {
}


extracted, test_wording = battery(CASES, XFAIL, "p34", events_by_document, check_events)
