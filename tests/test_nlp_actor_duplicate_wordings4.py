"""A body named "Name (ACR) noun", its lower-case group noun after the bracketed acronym, is one actor with the
acronym and with the name before the bracket.

- "the wider Civic Harbour Power (CHP) alliance it dominates ... a CHP member of parliament": the mention runs past
  the bracket to the group noun; the acronym inside, and every use of it, is the body's, and so is the name without
  the noun (actors._acronym_before_noun).

Negatives: an acronym in brackets that does not spell the name before it stays a name of its own; an acronym a body
named before has already defined stays that body's.

Each case: the text, the groups of names that must be one actor's, and pairs of names that must be two actors. All
names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import actor_groups_each, battery, check_actor_groups

pytestmark = pytest.mark.model

CASES = [
    ("In Sardonia, Tomas Verrin, the leader of the Kestral Vimukti Sangha (KVS) and of the wider Civic Harbour "
     "People's Power (CHPP) alliance it dominates, won the presidency. The CHPP won 150 of the 225 seats.",
     [{"Civic Harbour People's Power alliance", "CHPP"}], []),
    ("In Sardonia, the Kestral Vimukti Sangha (KVS) leads the Civic People's Dawn (CPD) alliance. The CPD won 150 "
     "seats in November.", [{"Civic People's Dawn alliance", "CPD"}], []),
    ("Velmora's ruling Green Valley League (GVL) coalition lost its majority in May. The GVL had held 80 seats.",
     [{"Green Valley League coalition", "GVL", "Green Valley League"}], []),
    # --- negatives ---
    ("In Sardonia, the Centre Democrats (CD) quit the cabinet. The Civic Dawn (CD) alliance stayed. The CD said "
     "its ministers would resign.", [], [("Centre Democrats", "Civic Dawn alliance")]),
    ("In Sardonia, the Kestral Vimukti Sangha (KVS) leads the Harbour Unity (ZRT) alliance. The ZRT won 150 seats.",
     [], [("Harbour Unity alliance", "ZRT")]),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "d4", actor_groups_each, check_actor_groups)
