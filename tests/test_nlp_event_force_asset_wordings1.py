"""A state force's post, patrol or base named by a bare lower-case word for a force other than the army
("ambushed a naval patrol", "shelled a navy base"; relations.yaml force_asset_modifiers) is the state force of that
kind named before, else the article's state, as "an army checkpoint" is the army's. Negatives: a story of no one
state, a state or owner named before the word ("a Velnian naval base", "its own naval patrol"), a denied attack, a
post that is only a place. A police post stays unread (strict xfail). Invented names and wordings; end to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

A = "ASSAULT"
F = "Lantern Front"

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    (_HOME + "The Lantern Front ambushed a naval patrol off the coast, killing six sailors.", {(F, A, "Tessaly")}, set()),
    (_HOME + "Fighters of the Lantern Front shelled a naval base on Friday.", {(F, A, "Tessaly")}, set()),
    (_HOME + "In March the Lantern Front attacked two naval patrols near the border.", {(F, A, "Tessaly")}, set()),
    (_HOME + "The Lantern Front shelled a navy base on the island.", {(F, A, "Tessaly")}, set()),
    # --- no story's state; a state or owner named before the word; a denied attack; a place only ---
    ("The Lantern Front ambushed a naval patrol off the coast.", set(), {(F, A, "Tessaly")}),
    (_HOME + "The Lantern Front shelled a Velnian naval base on the island.", set(), {(F, A, "Tessaly")}),
    (_HOME + "The Lantern Front attacked its own naval patrol.", set(), {(F, A, "Tessaly")}),
    (_HOME + "The Lantern Front did not attack the naval base.", set(), {(F, A, "Tessaly")}),
    (_HOME + "Leaders of the Lantern Front met near a naval base.", set(), {(F, "CONSULT", "Tessaly")}),
    # --- a police post: left unread (xfail below) ---
    (_HOME + "The Lantern Front attacked a police station in the north.", {(F, A, "Tessaly")}, set()),
]


XFAIL: dict[str, str] = {
    _HOME + "The Lantern Front attacked a police station in the north.":
        "relations.yaml force_asset_modifiers leaves out 'police': a police post is as often a local one in a state "
        "other than the article's (tried: a foreign government's notice about another state's police station gave "
        "the attack to the notice's state)",
}


extracted, test_the_state_of_a_force_asset = battery(CASES, XFAIL, "evforce_", events_each, check_found)
