"""One-word invented states shown by two weak proofs of kinds new to actors._corroborated_states, and a head's title
"of" such a state. The new proofs, each one of two (a town, a region or a body has any one of them too):
  * a government's travel notice for the name (roles.yaml travel_notice_nouns: "a travel warning for X", "a travel
    advisory for X");
  * the name as a subject that the first possessive after it calls "its" ("expects X to honour its commitments",
    "X said its ports would stay open"): no person (a name the tagger calls an organisation is left out);
  * the name closing a place's address ("Location: Port Velos, X, with travel to ...", a line that ends "..., X"),
    not a street's number ("Markt 4, X") nor an item of a list of places ("Leipzig, X and Vienna");
  * what it owns: its coast or coastline ("X's eastern coast"; roles.yaml corroborating_state_owns).
Also "the Prime Minister of X, Name," that the NER reads as one unlabelled name: the title is no name; the state X
(one the text reveals) stays an actor, and the person heads it.

Negatives: one proof alone (a travel warning for a town, a town's address, a coast); a street address; a list of
towns; a company the tagger calls an organisation that speaks of "its" capital. Each item is its own document
(opening with a known home state, so the name is not the story's own state by default); expected kinds "country" or
"!country" (no state of that name), with ties where the state is made. All names are invented; end to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C = "country"
L = "leader_of"

NAIROBI = "NAIROBI, May 3 - Kenya's parliament met on Monday. In Kenya, prices rose. "
OSLO = "OSLO, June 9 - Norway's government met on Friday. Norway's ports were busy. "

CASES = [
    # --- two of the new proofs: the name becomes a state ---
    (NAIROBI + "The German foreign office has not issued a travel warning for Tolmark. The Commission said it "
     "expects Tolmark to honour its commitments on grain.", {"Tolmark": C}, set()),
    (OSLO + "Norway has issued a travel advisory for Kessoria, and fishing boats avoid Kessoria's western "
     "coastline.", {"Kessoria": C}, set()),
    ("Role: Site Manager\nLocation: Port Velos, Ambreza, with travel to Lima\nBriefing date: 2 May 2025\n\n"
     "Kestrel runs a copper mine on Ambreza's northern coast. Peru's government backs the project.",
     {"Ambreza": C}, set()),
    (OSLO + "Our office: Harbour House, Dunmere, Ostrevia\n\nTraders said Ostrevia will keep its ports open. "
     "Prices rose.", {"Ostrevia": C}, set()),
    # --- a head's title "of" a state the text reveals, read as one name by the NER ---
    (NAIROBI + "On Monday Ana Rell, the Prime Minister of Dalmark, flew home. Dalmark's army stayed in barracks.",
     {"Dalmark": C}, {("Ana Rell", L, "Dalmark")}),
    (NAIROBI + "Talks were held with the Prime Minister of Belmark on Tuesday.", {"Belmark": C}, set()),
    (OSLO + "The Commission wants Quorvia to keep its promises on fishing. Trawlers work along Quorvia's long "
     "coastline.", {"Quorvia": C}, set()),
    # --- negatives: one proof alone, a street's address, a list of towns, a company's capital ---
    (NAIROBI + "The German foreign office has issued a travel warning for Brenstadt. Shops in Brenstadt closed.",
     {"Brenstadt": NC}, set()),
    (OSLO + "Hotel Adler, Markt 4, Brenstadt.\n\nThe travel advisory for Brenstadt was lifted on Friday.",
     {"Brenstadt": NC}, set()),
    (OSLO + "The tour visits Leipzig, Brenstadt and Vienna. The travel warning for Brenstadt was lifted.",
     {"Brenstadt": NC}, set()),
    (OSLO + "Location: Port Velos, Ambreza\n\nThe hotel has a pool, and rooms face the bay.", {"Ambreza": NC},
     set()),
    (OSLO + "Fishing boats avoid Kessoria's western coast, where storms are frequent.", {"Kessoria": NC}, set()),
    (OSLO + "The council wants Tellaro to keep its promises on fishing. Tellaro has 4,000 people.",
     {"Tellaro": NC}, set()),
    (OSLO + "Shares of Kordel Holdings fell. Kordel said its capital would be raised, and Kordel's capital "
     "base is small.", {"Kordel": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "is", kinds_and_ties, check_kinds_and_ties)
