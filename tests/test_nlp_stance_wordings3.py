"""Hostility and backing ties in wordings of unseen styles: a war "between the government of President X and the Y"
that the parser reads as one side ("the government of [X and the Y]"), a group that "defends" or "protects" someone
"against" a foe (also when it "claims to" do so after a passive first verb, or with "against" hung on the object),
a state's sovereignty, unity or territorial integrity supported (by a verb or by "its support for"), and arms given
with the receiver before them ("gave Y's army helicopters", "sold the Yn air force a squadron of drones").

Negatives give no tie: a one-off attack, talks between the two sides, an attack condemned, a denied supply, a body's
unity or a state's stability supported, a record defended against critics, goods that are no aid.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). opposes is
compared without direction. All names are invented; end to end with the real English pipeline. Names are compared
without case and a leading "the"."""
from __future__ import annotations

import pytest

from test_nlp_relations_blind_wordings import check_ties, relations_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

O, B = "opposes", "backs"
TE, VE, OB, TLF, DF = "Tessaly", "Velkor", "Orun Brigade", "Tessaly Liberation Front", "Dovin Front"
BRISEL, DLA = "Anton Brisel", "Dovin Liberation Army"
POOR = "The Republic of Velkor is a poor state. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a war between two sides, the second joined to the first side's owner by the parser ---
    ("For two years Velkor has been split by a conflict between the government of President Anton Brisel and the "
     "Dovin Liberation Army (DLA), a rebel force in the hills.", {(BRISEL, O, DLA)}, set()),
    # --- defending someone against a foe ---
    ("The Orun Brigade defends the Dovin minority against the Tessaly Liberation Front.", {(OB, O, TLF)}, set()),
    ("The Orun Brigade says it protects the valley's farmers against the Tessaly Liberation Front.",
     {(OB, O, TLF)}, set()),
    ("The Orun Brigade is led by Radim Oster and claims to defend the Dovin minority against the government of "
     "President Anton Brisel.", {(OB, O, BRISEL)}, set()),
    # --- a state's sovereignty or integrity backed ---
    ("The Kingdom of Tessaly firmly supports the sovereignty and territorial integrity of the Republic of Velkor.",
     {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly reaffirms its support for the unity and sovereignty of the Republic of Velkor.",
     {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly reaffirmed its support for the Republic of Velkor.", {(TE, B, VE)}, set()),
    # --- arms given, the receiver before them ---
    (POOR + "The Kingdom of Tessaly has given Velkor's army 14 helicopters since 2022.",
     {(TE, B, "Velkor military")}, set()),
    (POOR + "The Kingdom of Tessaly sold the Velkoran air force a squadron of armed drones in 2024.",
     {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly sent the Dovin Front a shipment of rifles.", {(TE, B, DF)}, set()),
    # --- negatives: no tie ---
    ("The Orun Brigade attacked a Tessaly Liberation Front checkpoint on Tuesday.", set(), {(OB, O, TLF)}),
    ("Talks between the government of President Anton Brisel and the Dovin Liberation Army (DLA) resumed in the "
     "capital on Monday.", set(), {(BRISEL, O, DLA)}),
    ("The Kingdom of Tessaly condemned an attack on the Republic of Velkor.", set(), {(TE, O, VE)}),
    ("The Kingdom of Tessaly denied arming the Dovin Front.", set(), {(TE, B, DF)}),
    ("The Kingdom of Tessaly denies that it has supplied drones to the Dovin Front.", set(), {(TE, B, DF)}),
    ("Marek Dunn supports the unity of the Harrow Party.", set(), {("Marek Dunn", B, "Harrow Party")}),
    ("The Kingdom of Tessaly supports the stability of the Republic of Velkor.", set(), {(TE, B, VE)}),
    ("The Kingdom of Tessaly's relations with the Republic of Velkor have cooled over its support for the Dovin "
     "Front.", set(), {(VE, B, DF)}),
    ("The Orun Brigade defended its record against criticism from the Harrow Party.", set(),
     {(OB, O, "Harrow Party")}),
    ("Marek Dunn defended the Harrow Party against accusations of fraud.", set(), {("Marek Dunn", O, "Harrow Party")}),
    ("The Kingdom of Tessaly sold the Republic of Velkor two ferries and a squadron of fishing boats.", set(),
     {(TE, B, VE)}),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return relations_by_document([text for text, _, _ in CASES], "sw")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "sw"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"sw{i:03d}", set())
    check_ties(text, present, absent, got)
