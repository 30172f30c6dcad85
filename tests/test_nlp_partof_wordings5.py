"""part_of dropped for a state's plain organ named with more than one word besides the state's
(relation_drops.plain_organ_state, relation_drops._plain_organ_text): a state's name of two or three words ("South
Ostravia") or its demonym, then at most three lower-case generic words ("South Ostravia's parliament", "Velnian special
forces", "Velnian security forces", "Velnian military intelligence") is the state itself
as the registries count it, so no part_of its own state is emitted; the organ stays an actor with its other ties.

Negatives: a force with a name of its own keeps its part_of (capitals after the state's word: "the Velnian National
Guard", "the Velnian Defence Force"), and a plain organ keeps its leader. All names are invented; end to end
with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P, L = "part_of", "leader_of"

# a story set in one state (its dateline and its name), so that the organs' state is a listed actor
H = "VELNA, May 3 - Velnia protested on Monday. "
S = "OSTRA, May 3 - South Ostravia protested on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a plain organ of several lower-case words: no part_of its own state ---
    (H + "Velnian special forces raided a farm outside the capital.", set(),
     {("Velnia military", P, "Velnia")}),
    (H + "Velnian military intelligence puts the group's strength at about 800.", set(),
     {("Velnia intelligence", P, "Velnia")}),
    (H + "Velnian security forces arrested two of the smuggler's associates.", set(),
     {("Velnia military", P, "Velnia")}),
    # --- a state's name of two words ---
    (S + "South Ostravia's parliament condemned the strike.", set(),
     {("South Ostravia parliament", P, "South Ostravia")}),
    # --- negatives: a force with a name of its own stays part of its state ---
    (H + "The Velnian National Guard raided a farm outside the capital.",
     {("Velnian National Guard", P, "Velnia")}, set()),
    (H + "The Velnian Defence Force (VDF) shelled rebel positions.", {("Velnian Defence Force", P, "Velnia")}, set()),
    # --- negatives: the plain organ keeps its other ties ---
    (H + "General Ivo Dask, the commander of the Velnian special forces, resigned.",
     {("Ivo Dask", L, "Velnia military")}, {("Velnia military", P, "Velnia")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "po5", relations_by_document, check_ties)
