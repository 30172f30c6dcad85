"""(1) A relative clause on a party the parser hung on a word before it (relations._name_before_relative): in a
gapped list of seat counts, "Y has 41 and the B Party, which votes with the government, 14", the clause was hung on
"41"; a "which" right after a comma is said of the organisation named right before the comma, so the party voting with
the government backs the article's state, or is allied with the ruling party it votes with (relations._votes_with).
Negatives: a vote told once in the past, a negated vote.

(2) A person governing with parties (relations._party_governed_through, relations.yaml party_governing_verbs): "He
governs with two smaller partners, A and B": the alliance is that of the one party the text has him leading, not the
man's own. Negatives: a past coalition, a hypothetical one.

Invented names, real states for the article's state; end to end with the real English pipeline. Each case has its own
names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A = "allied_with"
B = "backs"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("RIGA, May 3 - Latvia's parliament met on Monday. Harbour Union holds 88 of the 100 seats; Reform Front has 41 "
     "and the Rural Party, which votes with the government, 14.", {("Rural Party", B, "Latvia")}, set()),
    ("WINDHOEK, May 3 - Namibia's parliament met on Monday. Prime Minister Ona Kairys founded the Sunrise Party in 2020 "
     "and won 40 of the 79 seats. She governs with two smaller partners, the Island Union and the Green Farmers.",
     {("Sunrise Party", A, "Island Union"), ("Sunrise Party", A, "Green Farmers")},
     {("Ona Kairys", A, "Island Union")}),
    ("NICOSIA, May 3 - Cyprus's parliament met on Monday. Premier Jon Dale leads the Olive Movement. He governs "
     "with two partners, the Quay Circle and the Dune League.",
     {("Olive Movement", A, "Quay Circle"), ("Olive Movement", A, "Dune League")}, {("Jon Dale", A, "Quay Circle")}),
    # --- negatives ---
    ("RIGA, May 4 - Latvia's parliament met on Monday. Dawn Union holds 88 of the 100 seats; Valley Front has 41 and "
     "the Lake Party, which voted with the government on Tuesday, 14.", set(), {("Lake Party", B, "Latvia")}),
    ("VILNIUS, May 4 - Lithuania's parliament met on Monday. North Union holds 88 of the 100 seats; Bay Front has 41 and "
     "the Forest Party, which never votes with the government, 14.", set(), {("Forest Party", B, "Lithuania")}),
    ("WINDHOEK, May 4 - Namibia's parliament met on Monday. Prime Minister Eda Varn founded the Star Party in 2018. She "
     "governed with the Rock Union until 2021.", set(),
     {("Star Party", A, "Rock Union"), ("Eda Varn", A, "Rock Union")}),
    ("NICOSIA, May 4 - Cyprus's parliament met on Monday. Premier Ari Holm founded the Cedar Party in 2019. He could "
     "govern with the Bridge List after the vote.", set(),
     {("Cedar Party", A, "Bridge List"), ("Ari Holm", A, "Bridge List")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "a5", relations_by_document, check_ties)
