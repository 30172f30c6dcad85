"""part_of dropped for a state's plain organ: "Velnian troops", "the Velnian army", "Velnia's police", "Velnian
intelligence", "the Velnian navy", "the Velnian parliament" (an ``inst:`` actor named only by its state's word and a
lower-case generic noun) is the state itself as the registries count it, so no part_of its own state is emitted
(relation_drops._plain_organ_of_state); the organ stays an actor, with its events and its other ties (a commander
who leads it). Negatives: a force with a name of its own keeps its part_of (a capitalised "the Velnian Army", "the
Velnian Navy", "the Velnian Armed Forces", "the Velnian Defence Force (VDF)"), and a plain army keeps its leader.
All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P, L = "part_of", "leader_of"

# a story set in one state (its dateline and its name), so that the organs' state is a listed actor
H = "VELNA, May 3 - Velnia protested on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a plain organ: no part_of its own state ---
    (H + "Velnia's police detained four activists in the capital.", set(), {("Velnia police", P, "Velnia")}),
    (H + "Velnian intelligence says the group has 800 fighters.", set(), {("Velnia intelligence", P, "Velnia")}),
    (H + "The Velnian navy seized a ship off the coast.", set(), {("Velnia navy", P, "Velnia")}),
    (H + "Velnian troops fired on protesters, and the Velnian parliament condemned the shooting.", set(),
     {("Velnia military", P, "Velnia"), ("Velnia parliament", P, "Velnia")}),
    (H + "Velnia says Ostravia armed the rebels. Ostravian troops crossed the border on Sunday.", set(),
     {("Ostravia military", P, "Ostravia")}),
    # --- negatives: a force with a name of its own stays part of its state ---
    (H + "The Velnian Defence Force (VDF) shelled rebel positions.", {("Velnian Defence Force", P, "Velnia")}, set()),
    (H + "The Velnian Army shelled rebel positions near Tarsk.", {("Velnia military", P, "Velnia")}, set()),
    (H + "The Velnian Navy seized a ship off the coast.", {("Velnia navy", P, "Velnia")}, set()),
    # --- negatives: the plain organ keeps its other ties ---
    (H + "General Ivo Dask, the commander of the Velnian army, resigned.", {("Ivo Dask", L, "Velnia military")},
     {("Velnia military", P, "Velnia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po4", relations_by_document, check_ties)
