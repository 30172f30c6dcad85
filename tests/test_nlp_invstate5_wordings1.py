"""Actor kinds of places and invented states in documents that never name the state in a header (nlp/actors.py):
  * a place named by its shape (`_shaped_place`, roles.yaml place_suffixes, place_openers): two or three capitalised
    words ending in a compass point or a landform ("boats from Tervik North", "near the Olvasa Narrows", "the Marden
    Heights") or opening with "Upper"/"Lower" ("the council of Lower Brenna") is no actor, whatever the NER called it;
  * a one-word town the NER took for a person that the text only ever writes as where something happens ("a gala in
    Ravigny", "concerts in Ostel, Ravigny and Dunmore") is a place, as such a name taken for a body already was;
  * a state acting on another by an addressing verb or noun (`_addressed_state`: "Qarvenia accused Meluria of ...",
    "Qarvenia imposed sanctions on Meluria", and now a bargain struck "with" it, roles.yaml pact_nouns: "Qarvenia
    signed a trade deal with Meluria") proves both states even where the NER tagged that use of the acting
    state's name as a person or left it untagged (a one-word name standing alone, a place elsewhere in the text);
  * a name whose verb has "its" own ambassador, embassy, border or airspace as object (`_own_state_object`, roles.yaml
    own_state_objects: "Meluria recalled its ambassador", "Tarsk has reopened its airspace") is a state.
Negatives: a person whose surname is a compass word and whom the text names by it alone ("Ivo West ... West said"), a
titled one ("Mr Tomas North"), a party ("the Upper Valley Alliance"), a breakaway republic so styled ("the Republic of
Upper Vesk"); a person used as a subject too; a firm a state strikes a deal with, a port a ministry strikes one with; a
firm acting on "its" office; a firm accused by a state. All names are invented; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

C = "country"
P = "person"
O = "organization"
HOME = "TEMBRIK, May 3 - Qarvenia's parliament met on Monday. In Qarvenia, the budget passed. "

# (text, {name: kind the actor must have}, {names one actor must bear}, {names no one actor may bear together})
CASES = [
    # --- (1) a place by its shape: a compass point, a landform, "Upper"/"Lower" ---
    (HOME + "Fishing boats from Tervik North returned to port after the navy lifted its ban. President Ivo Marn "
     "visited Tervik North in July.", {"Tervik North": NONE}, set(), set()),
    (HOME + "Roads in Vashel South were closed by floods, and the government sent troops to Vashel South.",
     {"Vashel South": NONE}, set(), set()),
    (HOME + "A patrol boat was fired on near the Olvasa Narrows on Friday.", {"Olvasa Narrows": NONE}, set(), set()),
    (HOME + "Rebels shelled the villages of the Marden Heights overnight, the army said.",
     {"Marden Heights": NONE}, set(), set()),
    (HOME + "Tourists returned to Kesta Bay this summer after the curfew was lifted.", {"Kesta Bay": NONE}, set(),
     set()),
    (HOME + "The banker Ivo West met the finance minister on Monday. West said the talks went well.",
     {"Ivo West": P}, set(), set()),
    (HOME + "Mr Tomas North, a lawyer, was arrested on Monday.", {"Tomas North": P}, set(), set()),
    (HOME + "The Upper Valley Alliance won four seats in the assembly.", {"Upper Valley Alliance": O}, set(), set()),
    (HOME + "Rebels hold the hills of the Republic of Upper Vesk, a breakaway state. Upper Vesk denied it on Monday.",
     {"Upper Vesk": C}, set(), set()),
    # --- (2) a one-word town the NER took for a person, only ever where something happens ---
    (HOME + "The orchestra plays in Port Vellar, Ravigny and the old mining town of Kesmoor. The two presidents will "
     "attend our gala in Ravigny together.", {"Ravigny": NONE}, set(), set()),
    (HOME + "The minister Ada Ravell flew home on Monday. Ravell said the vote would go ahead.", {"Ada Ravell": P},
     set(), set()),
    # --- (3) a state acting on another, the acting state's name tagged as a person or left untagged here ---
    (HOME + "Qarvenia accused Meluria of arming the rebels.", {"Meluria": C, "Qarvenia": C}, set(), set()),
    (HOME + "Qarvenia warned Meluria against moving troops to the frontier.", {"Meluria": C}, set(), set()),
    (HOME + "Qarvenia imposed sanctions on Meluria on Friday.", {"Meluria": C}, set(), set()),
    (HOME + "Qarvenia accused Velkor Mining of polluting the river.", {"Velkor Mining": O}, set(), set()),
    (HOME + "Qarvenia signed a trade deal with Meluria on Friday.", {"Meluria": C}, set(), set()),
    (HOME + "Qarvenia reached an agreement with Meluria over the river.", {"Meluria": C}, set(), set()),
    (HOME + "Qarvenia signed a mining deal with Velkor Resources.", {"Velkor Resources": O}, set(), set()),
    (HOME + "The ministry signed a deal with Halvensee port.", {"Halvensee": NONE}, set(), set()),
    # --- (4) "its" own ambassador, embassy, border or airspace ---
    (HOME + "Meluria recalled its ambassador on Tuesday.", {"Meluria": C}, set(), set()),
    (HOME + "Meluria closed its border with Qarvenia after the attack.", {"Meluria": C}, set(), set()),
    (HOME + "Tarsk has reopened its airspace to civilian flights.", {"Tarsk": C}, set(), set()),
    (HOME + "The Velkor Group closed its office in Tembrik.", {"Velkor Group": O}, set(), set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ivs5", extract_actors, check_actors)
