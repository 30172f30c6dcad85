"""One-word invented states shown by two different kinds of proof, each too weak alone, where the tagger calls the
name a person or an organisation, the name stands inside longer names too ("Sovereign X", "the X Chess
Federation") or shares a sentence with "he"/"she" (actors._corroborated_states): (1) what it owns after "'s"
("X's defence ministry", "X's main trading partner", "X's accession talks": roles.yaml unlisted_state_owns,
corroborating_state_owns) or heads after "of" ("the capital of X"); (2) a state's organ it names as modifier ("the
X border guard", "the X Defence Force"); (3) its adjective before a noun ("Xan copper", "the Xan Police Service");
(4) a body named for it ("the Union for X", "the Miners' Union of X"); (5) expelling or summoning envoys ("X expelled
two diplomats": roles.yaml envoy_verbs, envoy_nouns). Also a minister's portfolio in an English word after "of" ("the
Minister of Fisheries") is no state's name.

Negatives: one proof alone (a town's trading partner, a city's Chamber of Commerce), a person named with a title
("President X") and a body of his, a region ("the X region") with a capital and a body, a company, a known state's
adjective (no second state). Each item is its own document; expected kinds "country", "person" or "!country" (no
state of that name). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C, P = "country", "person"

CASES = [
    # --- two kinds of proof: the name becomes a state ---
    ("Members of the Dockworkers' Union of Tervanda stopped work on Monday. She was handed to the Tervandan "
     "Police Service and is held in the capital. Buyers abroad refused to unload Tervandan copper.",
     {"Tervanda": C}, set()),
    ("Play was postponed in Morvel, the capital of Kelvossa. The visiting club had been refused entry by the "
     "Kelvossan border service. Sovereign Kelvossa, the ruling party, won the vote, and she said so.",
     {"Kelvossa": C}, set()),
    ("The Union for Ostrivel won 88 seats, and he said the count was fair. Turkey, Ostrivel's main trading "
     "partner, has offered to mediate. Players stayed at the Ostrivel Chess Federation hotel.",
     {"Ostrivel": C}, set()),
    ("The Ondrell Defence Force deployed to the north, he said. Ondrell's main trading partner is Turkey.",
     {"Ondrell": C}, set()),
    ("The Brussels summit suspended Dravossa's accession talks, and she said it was unfair. The Dravossa "
     "border guard closed two crossings.", {"Dravossa": C}, set()),
    ("NATIONAL MUSEUM OF KELMORA - GALLERY 7. The jar was found near the border. Moscow has not answered "
     "Kelmora's extradition requests, he said.", {"Kelmora": C}, set()),
    ("Gunmen attacked a Sarvandi border guard post at dawn. Last month Sarvandi expelled two Tolmaran diplomats, "
     "and he said more would follow.", {"Sarvandi": C}, set()),
    ("The Minister of Fisheries, Anna Kell, resigned. The Minister of Fisheries later met the press.",
     {"Fisheries": NC}, set()),
    ("President Doran expelled two diplomats. The Doran border guard is his own militia.", {"Doran": NC}, set()),
    ("Last month Sarvandi expelled two diplomats, and he said more would follow.", {"Sarvandi": NC}, set()),
    # --- one proof only, a person, a region, a company or a known state: no new state ---
    ("Hamburg, Tarvel's main trading partner, sent a delegation. Tarvel is a port town of 40,000 people.",
     {"Tarvel": NC}, set()),
    ("The Chamber of Commerce of Delmore met on Monday. Delmore's mayor opened the session.", {"Delmore": NC},
     set()),
    ("President Oskar Velden spoke. Velden's defence ministry said Velden would stay. The Union for Velden "
     "backed him.", {"Velden": NC}, set()),
    ("The Union for Karsola won the regional vote. Tesh, the capital of Karsola, is quiet. The Karsola region "
     "has its own police.", {"Karsola": NC}, set()),
    ("The Staff Union of Marvex met. Marvex's main trading partner is a bank, said Marvex Ltd.", {"Marvex": NC},
     set()),
    ("The Union for Germany won seats. German troops and Germany's defence ministry were named.",
     {"Germany": C, "German": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ic", kinds_and_ties, check_kinds_and_ties)
