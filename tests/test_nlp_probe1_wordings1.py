"""Ties that generality probes (short non-news documents about invented states) showed missing: (1) a named unit
told as part of a state's armed forces named only by the state's word and a lower-case noun ("the Heron Brigade, a
unit of the Velnian army", "the Eastern Command, part of the Velnian armed forces", "an arm of Velnia's military"):
the unit is part of the state, as the registries count such an unnamed force as the state itself
(relation_drops.unnamed_force_state; not a force with a name of its own, "the Velnian Armed Forces", nor a person
serving in the army, nor a foe of the army); (2) "X falls / comes under the defence ministry": a body's chain of
command (relations.yaml preposition_verbs fall, come under; chain_verbs: to a state's own body only, not "came under
fire from Y", "fell under the influence of Y", nor a denial); (3) "the X Corps, a unit of Velnia's defence ministry":
a unit noun's "of" a state's executive body named by the state's possessive makes a body part of that state
(relations._role_ties with _possessed_ministry_state; not a unit told as former, nor a stance noun, "a critic of"). Several wordings per mechanism with negatives; all names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P = "part_of"

# a story set in one state, so that it has a home state
HOME = "Velnia votes. Polls opened across Velnia on Sunday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a unit of the state's unnamed armed force is part of the state ---
    (HOME + "The Heron Brigade, a unit of the Velnian army, guarded the ballot boxes.",
     {("Heron Brigade", P, "Velnia")}, set()),
    (HOME + "The Eastern Command, part of the Velnian armed forces, moved 900 troops north.",
     {("Eastern Command", P, "Velnia")}, set()),
    (HOME + "The Rapid Response Force, an arm of the Velnian military, sealed the border.",
     {("Rapid Response Force", P, "Velnia")}, set()),
    (HOME + "The Lark Battalion belongs to the Velnian armed forces and guards the capital.",
     {("Lark Battalion", P, "Velnia")}, set()),
    (HOME + "The Osprey Regiment, a unit of the Ostrian army, crossed into Velnia on Friday.",
     {("Osprey Regiment", P, "Ostria")}, {("Osprey Regiment", P, "Velnia")}),
    (HOME + "The Kite Brigade, a unit of the Velnian Armed Forces, guarded the ballot boxes.",
     {("Kite Brigade", P, "Velnia military")}, {("Kite Brigade", P, "Velnia")}),
    (HOME + "Colonel Anna Rask, an officer of the Velnian army, guarded the ballot boxes.", set(),
     {("Anna Rask", P, "Velnia")}),
    (HOME + "The Kesh Legion, which fought the Velnian army for a decade, laid down its arms.", set(),
     {("Kesh Legion", P, "Velnia")}),
    # --- (2) "X falls / comes under the defence ministry": its chain of command ---
    (HOME + "The Falcon Guard falls under the Velnian defence ministry.", {("Falcon Guard", P, "Velnia")}, set()),
    (HOME + "The coast guard comes under the Velnian Ministry of Transport, and the Marsh Guard comes under the "
            "Velnian Ministry of Defence.", {("Marsh Guard", P, "Velnia")}, set()),
    (HOME + "The Tern Guard, which falls under the interior ministry, patrols the capital.",
     {("Tern Guard", P, "Velnia")}, set()),
    (HOME + "The Plover Guard came under fire from the Kesh Legion near the border.", set(),
     {("Plover Guard", P, "Kesh Legion")}),
    (HOME + "The Wren Guard fell under the influence of the Kesh Legion.", set(),
     {("Wren Guard", P, "Kesh Legion")}),
    (HOME + "The Stork Guard does not fall under the Velnian defence ministry.", set(),
     {("Stork Guard", P, "Velnia")}),
    (HOME + "The Stone Guard falls under the Ostrian defence ministry.", {("Stone Guard", P, "Ostria")},
     {("Stone Guard", P, "Velnia")}),
    (HOME + "The Border Police, which comes under the Velnian interior ministry, closed the crossing.",
     {("Border Police", P, "Velnia")}, set()),
    # --- (3) "X, a unit of Velnia's defence ministry": a body inside a state's ministry named by the state's possessive ---
    (HOME + "The Velnian cabinet met. The Owl Corps, a unit of Ostria's defence ministry, arrived in April.",
     {("Owl Corps", P, "Ostria")}, {("Owl Corps", P, "Velnia")}),
    (HOME + "The Velnian cabinet met. The Crane Corps, an elite unit of Velnia's interior ministry, guarded the polls.",
     {("Crane Corps", P, "Velnia")}, set()),
    (HOME + "The Velnian cabinet met. The Gull Corps, a branch of Ostria's foreign ministry, runs the visa office.",
     {("Gull Corps", P, "Ostria")}, set()),
    (HOME + "The Velnian cabinet met. The Swift Corps, formerly a unit of Ostria's defence ministry, arrived in April.",
     set(), {("Swift Corps", P, "Ostria")}),
    (HOME + "The Velnian cabinet met. The Lapwing Front, a critic of Ostria's defence ministry, marched in April.",
     set(), {("Lapwing Front", P, "Ostria")}),
]

XFAIL: dict[str, str] = {
    CASES[10][0]: "a bare 'interior ministry' in a relative clause of 'falls under' is not read as the home state's",
}


extracted, test_wording = battery(CASES, XFAIL, "pb1", relations_by_document, check_ties)
