"""States that some or no other states recognise but news treats as states (countries.yaml aliases: Kosovo,
Somaliland, Abkhazia, South Ossetia, Transnistria, Northern Cyprus; countryinfo has no record of them), their
capitals and demonyms standing for them; and a joint act of two coordinated sides whose object only names a state
in a compound modifier ("A and B agreed to settle the X border dispute"), which the two sides do with each other, not
with X (events._coordinated_hits). Negatives: a joint act aimed at a proposal owned by X ("agreed to the X
proposal"), a deal named by X ("signed the X deal"), a single subject. Other names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the capitals and names of partly recognised states act as those states ---
    ("Pristina rejected the demand from Serbia on Monday.", {("Kosovo", "REJECT", "*")}, set()),
    ("Hargeisa accused Mogadishu of blocking aid to the port.", {("Somaliland", "ACCUSE", "Somalia")}, set()),
    ("Sukhumi accused Tbilisi of provoking the clashes.", {("Abkhazia", "ACCUSE", "*")}, set()),
    ("Tiraspol accused Chisinau of blocking the checkpoints.", {("Transnistria", "ACCUSE", "Moldova")}, set()),
    ("The Kosovar government condemned the arrest of its officers by Serbia.", {("Kosovo", "ACCUSE", "Serbia")}, set()),
    # --- "A and B agreed to settle the X dispute": A with B ---
    ("Kessia and Dorvania agreed to settle the Kosovo port dispute.", {("Kessia", "AGREE", "Dorvania")},
     {("Kessia", "AGREE", "Kosovo"), ("Dorvania", "AGREE", "Kosovo")}),
    ("Kessia and Dorvania agreed to end the Sudan border dispute.", {("Kessia", "AGREE", "Dorvania")},
     {("Kessia", "AGREE", "Sudan"), ("Dorvania", "AGREE", "Sudan")}),
    ("Kessia and Dorvania have agreed to resolve the Somaliland port row through talks.",
     {("Kessia", "AGREE", "Dorvania")}, {("Kessia", "AGREE", "Somaliland"), ("Dorvania", "AGREE", "Somaliland")}),
    # --- negatives: the thing agreed to is the state's own; one side alone ---
    ("Kessia and Dorvania agreed to the Sudan proposal.", {("Kessia", "AGREE", "Sudan")}, set()),
    ("Kessia and Dorvania signed the Iran deal.", {("Kessia", "AGREE", "Iran")}, set()),
    ("Kessia agreed to settle the Sudan border dispute.", set(), {("Kessia", "AGREE", "Dorvania")}),
    ("Kessia and Dorvania agreed to fund the Sudan army.", set(), {("Kessia", "AGREE", "Dorvania")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ps", events_by_document, assert_events)
