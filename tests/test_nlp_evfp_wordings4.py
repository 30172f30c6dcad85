"""False events from a document's own notes and from acts on no one. A bare verb that opens a bracket
(events._bracketed_instruction) is a note to the reader or a marker's instruction, no act: 'Velnian Front (accept
"VF")', "(see annex 3)". A verb whose object names no one (plover.yaml no_one_objects: "applauded nobody") and a verb
of clapping with nothing praised (clapping_verbs: "the deputies applauded on cue", "applauded for a full minute")
act on no one (events._nothing_acted_on); so does a phrase of support whose only word is its preposition with no
one after it ("officers standing by while the beatings took place", events._bare_target_prep). Negatives that must stay events: an act told before a bracketed note,
inside a bracket with its own subject, applause of a decision or of a party for something, applause when another
acts. Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event
means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a marker's note in brackets: no act ---
    ('Tarsk People\'s Party (accept "TPP" or "the People\'s Party").',
     set(), {("Tarsk People's Party", "AGREE|REJECT", None)}),
    ('Velnian Democratic Union (accept "VDU").', set(), {("Velnian Democratic Union", "AGREE|REJECT", None)}),
    # --- acts on no one: no event ---
    ("The Velnian Front's deputies sat three rows back and applauded nobody.",
     set(), {("Velnian Front", "SUPPORT", None)}),
    ("The Velnian Front's deputies applauded on cue.", set(), {("Velnian Front", "SUPPORT", None)}),
    ("The Tarsk Party's members rose and applauded for a full minute.", set(), {("Tarsk Party", "SUPPORT", None)}),
    ("Video evidence shows Velnian Guard officers standing by while the beatings took place.",
     set(), {("Velnian Guard", "SUPPORT", None)}),
    ("Korvath Union officers stood by as the crowd burned the market.", set(), {("Korvath Union", "SUPPORT", None)}),
    # --- negatives: acts told around a bracket, applause of something or someone, support of someone named ---
    ("The Velnian Front stood by the Tarsk Party throughout the row.",
     {("Velnian Front", "SUPPORT", "Tarsk Party")}, set()),
    ("The Velnian Front said it stood with the Tarsk Party.", {("Velnian Front", "SUPPORT", "Tarsk Party")}, set()),
    ("The Velnian Front attacked the Tarsk Party (see annex 3).", {("Velnian Front", "ASSAULT", "Tarsk Party")}, set()),
    ("The Velnian Front (which the Tarsk Party attacked in May) lost the vote.",
     {("Tarsk Party", "ASSAULT", "Velnian Front")}, set()),
    ("The Velnian Front applauded the Tarsk Party for its courage.",
     {("Velnian Front", "SUPPORT", "Tarsk Party")}, set()),
    ("The Velnian Front applauded the decision of the Tarsk Party.",
     {("Velnian Front", "SUPPORT", "Tarsk Party")}, set()),
    ("The Velnian Front applauded when the Tarsk Party withdrew its troops.",
     {("Velnian Front", "SUPPORT", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp4", events_by_document, assert_events)
