"""A ban on someone's entry or travel is a sanction on them (plover.yaml SANCTION "impose|place|put|slap
entry|travel|visa >on"): "imposed national entry bans on X", "placed a travel ban on Y", "put visa bans on Z".
A ban imposed inside a country on an activity ("a ban on rallies") stays coercion, and restrictions on travel with no
one named as their target are no event between actors.

Same conventions as the second events battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*"
any end. Real states and invented people and parties; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    ("Norway and Finland imposed national entry bans on Ludo Marrec last spring.",
     {("Norway", "SANCTION", "Ludo Marrec"), ("Finland", "SANCTION", "Ludo Marrec")},
     {("Norway", "COERCE", "Ludo Marrec")}),
    ("The European Union imposed a travel ban on Ludo Marrec in March.",
     {("European Union", "SANCTION", "Ludo Marrec")}, set()),
    ("Canada placed a travel ban on the Ostrel Front's leader, Ines Parvo, after the raid.",
     {("Canada", "SANCTION", "Ines Parvo")}, set()),
    ("Chile put visa bans on Ines Parvo, the speaker of the Tarvo Council, in June.",
     {("Chile", "SANCTION", "Ines Parvo")}, set()),
    ("The Senegalese government imposed a ban on rallies by the Lumen Party.", set(),
     {("Senegal|Senegalese government", "SANCTION", "*")}),
    ("Peru imposed travel restrictions on its own citizens during the epidemic.", set(),
     {("Peru", "SANCTION", "*")}),
    ("Norway did not impose an entry ban on Ludo Marrec.", set(), {("Norway", "SANCTION", "Ludo Marrec")}),
    # a travel warning or an entry fee is no ban: no sanction
    ("Norway placed a travel advisory on Ludo Marrec's home province of Tarvo.", set(), {("Norway", "SANCTION", "*")}),
    ("Norway put a travel warning on Ludo Marrec.", set(), {("Norway", "SANCTION", "*")}),
    ("Norway placed an entry fee on Ludo Marrec.", set(), {("Norway", "SANCTION", "*")}),
    ("Norway imposed visa restrictions on Ludo Marrec.", {("Norway", "SANCTION", "Ludo Marrec")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sn1", events_by_document, check_events)
