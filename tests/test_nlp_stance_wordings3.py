"""Hostility and backing ties in wordings of unseen styles: a war "between the government of President X and the Y"
that the parser reads as one side ("the government of [X and the Y]"), a group that "defends" or "protects" someone
"against" a foe (also when it "claims to" do so after a passive first verb, or with "against" hung on the object),
a state's sovereignty, unity or territorial integrity supported (by a verb or by a body's "its support for"), and arms
given with the receiver before them ("gave Y's army vehicles", "sold the Yn air force a batch of helicopters").

Negatives give no tie: a one-off attack, talks between the two sides, an attack condemned, a denied supply, a body's
unity or a state's stability supported, a record defended against critics, goods that are no aid, arms sent back,
a person's one-off endorsement ("announced his support for"); a body's "its support" under a verb that does
not state or give it ("condemned its support for"), a standing or a choice defended ("its title", "the ruling",
"his seat"), a foe named only as the owner of charges or criticism, arms given back or owned by the force, a list
that is no aid, a war or feud said not to be.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). opposes is
compared without direction. All names are invented; end to end with the real English pipeline. Names are compared
without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, B = "opposes", "backs"
TE, VE, OB, TLF, DF = "Tessaly", "Velkor", "Orun Brigade", "Tessaly Liberation Front", "Dovin Front"
BRISEL, KHA = "Anton Brisel", "Kessin Hill Army"
POOR = "The Republic of Velkor is a poor state. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a war between two sides, the second joined to the first side's owner by the parser ---
    ("Velkor has been torn for years by a war between the regime of Anton Brisel and the Kessin Hill Army (KHA), "
     "which holds the hills.", {(KHA, O, BRISEL)}, set()),
    # --- defending someone against a foe ---
    ("The Orun Brigade defends the Dovin minority against the Tessaly Liberation Front.", {(OB, O, TLF)}, set()),
    ("The Orun Brigade says it protects the valley's farmers against the Tessaly Liberation Front.",
     {(OB, O, TLF)}, set()),
    ("The Orun Brigade was founded by Radim Oster and claims to protect the river villages against the Tessaly "
     "Liberation Front.", {(OB, O, TLF)}, set()),
    # --- a state's sovereignty or integrity backed ---
    ("The Kingdom of Tessaly supports the territorial integrity of the Republic of Velkor.", {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly repeated its backing for the territorial integrity of the Republic of Velkor.",
     {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly reaffirmed its support for the Republic of Velkor.", {(TE, B, VE)}, set()),
    # --- arms given, the receiver before them ---
    (POOR + "The Kingdom of Tessaly gave Velkor's army forty armoured vehicles in March.", {(TE, B, VE)}, set()),
    (POOR + "The Kingdom of Tessaly sold the Velkoran air force a batch of attack helicopters last year.",
     {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly sent the Dovin Front a shipment of rifles.", {(TE, B, DF)}, set()),
    # --- negatives: no tie ---
    ("The Orun Brigade attacked a Tessaly Liberation Front checkpoint on Tuesday.", set(), {(OB, O, TLF)}),
    ("Talks between the government of President Anton Brisel and the Kessin Hill Army (KHA) resumed in the "
     "capital on Monday.", set(), {(BRISEL, O, KHA)}),
    ("The Kingdom of Tessaly condemned an attack on the Republic of Velkor.", set(), {(TE, O, VE)}),
    ("The Kingdom of Tessaly denied arming the Dovin Front.", set(), {(TE, B, DF)}),
    ("The Kingdom of Tessaly denies that it has supplied drones to the Dovin Front.", set(), {(TE, B, DF)}),
    ("Tobin Vail supports the unity of the Harrow Party.", set(), {("Tobin Vail", B, "Harrow Party")}),
    ("The Kingdom of Tessaly supports the stability of the Republic of Velkor.", set(), {(TE, B, VE)}),
    ("The Kingdom of Tessaly's relations with the Republic of Velkor have cooled over its support for the Dovin "
     "Front.", set(), {(VE, B, DF)}),
    ("The Orun Brigade defended its record against criticism from the Harrow Party.", set(),
     {(OB, O, "Harrow Party")}),
    ("Tobin Vail defended the Harrow Party against accusations of fraud.", set(), {("Tobin Vail", O, "Harrow Party")}),
    ("Tobin Vail withdrew from the race and announced his support for Anton Brisel.", set(),
     {("Tobin Vail", B, BRISEL)}),
    (POOR + "The Kingdom of Tessaly sent back Velkor's army rifles.", set(), {(TE, B, VE)}),
    ("The Kingdom of Tessaly sold the Republic of Velkor two ferries and a squadron of fishing boats.", set(),
     {(TE, B, VE)}),
    # --- mended: "its support" under a verb that does not state it, what is defended, the receiver of arms ---
    ("The Kingdom of Tessaly voiced its support for the Republic of Velkor.", {(TE, B, VE)}, set()),
    ("The Kingdom of Tessaly has pledged its support to the Dovin Front.", {(TE, B, DF)}, set()),
    ("The Kingdom of Tessaly arms the Dovin Front. The Republic of Velkor has long condemned its support for the "
     "Dovin Front.", set(), {(VE, B, DF)}),
    ("The Kingdom of Tessaly arms the Dovin Front. The Republic of Velkor questioned its support for the Dovin "
     "Front.", set(), {(VE, B, DF)}),
    ("The Orun Brigade defended its record against the Harrow Party's criticism.", set(), {(OB, O, "Harrow Party")}),
    ("The Orun Brigade defended the ruling against the Harrow Party.", set(), {(OB, O, "Harrow Party")}),
    ("The Republic of Velkor defended its title against the Kingdom of Tessaly in the final.", set(), {(VE, O, TE)}),
    ("Tobin Vail defended his seat against the Harrow Party.", set(), {("Tobin Vail", O, "Harrow Party")}),
    ("Tobin Vail defended Anton Brisel against the Harrow Party's charges.", set(),
     {("Tobin Vail", O, "Harrow Party")}),
    ("The Orun Brigade defends the herders against the Tessaly Liberation Front's fighters.", {(OB, O, TLF)}, set()),
    ("The Orun Brigade defended the town against the Tessaly Liberation Front.", {(OB, O, TLF)}, set()),
    (POOR + "The Kingdom of Tessaly sold Velkor's air force two helicopters.", {(TE, B, VE)}, set()),
    (POOR + "The Dovin Front gave Velkor's army rifles back.", set(), {(DF, B, VE)}),
    (POOR + "The Kingdom of Tessaly sold Velkor's army's rifles.", set(), {(TE, B, VE)}),
    ("The Kingdom of Tessaly sent the Dovin Front a list of the rifles it must hand in.", set(), {(TE, B, DF)}),
    ("The Kingdom of Tessaly sold the Dovin Front a consignment of rifles.", {(TE, B, DF)}, set()),
    ("There was never a war between the government of Anton Brisel and the Kessin Hill Army.", set(),
     {(KHA, O, BRISEL)}),
    ("There was no feud between the Kessin Hill Army and the Dovin Front.", set(), {(KHA, O, DF)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sw", relations_by_document, check_ties)
