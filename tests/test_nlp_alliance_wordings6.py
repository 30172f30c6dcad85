"""(1) A list of partners broken by an aside (relations._conjunct_past_clause): "governs with A, led by X, and B"
(B hung on the leader X, a name of another kind), "governs with two smaller partners, A, led by X, and B" (the first
name an apposition of a common noun, the aside hung on either word). Negative: a second leader of A, not a partner.

(2) A partnership reached "through" or "via" a pact (relations._partnership_route, word_lists.
partnership_route_preps): "A has governed through a shifting pact with B", "A came to power via an alliance with B
and C". Negatives: a truce pact, a hypothetical, a past one ("until 2019", "once").

(3) "jointly with" as "together with" (relations._joint_objects, word_lists.jointly_adverbs): "A, running jointly
with B, won 11 seats". Negatives: a refusal, a condition.

(4) An unnamed coalition listed by its relative clause and headed by someone (relations._headed_coalition): "X
became prime minister at the head of a coalition that included A and B", "X heads a government that includes A":
the leader (his one party when the text has one) is allied with each member. Negatives: a refusal to back "any
government that includes A", a possible coalition, a past one.

(5) A list of partners set off by semicolons (relations._semicolon_items): "assembled a coalition with A of X, the
former vice-president; B (BB); and three small parties". Negative: a semicolon before a clause of its own.

Invented names, real states for the article's state; end to end with the real English pipeline. Each case has its own
names: a tie repeated in two documents of one run is reported once.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

A = "allied_with"
O = "opposes"

LV = "RIGA, May 3 - Latvia's parliament met on Monday. In Latvia, "
NA = "WINDHOEK, May 3 - Namibia's parliament met on Monday. In Namibia, "
CY = "NICOSIA, May 3 - Cyprus's parliament met on Monday. In Cyprus, "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a list broken by an aside ---
    (LV + "Prime Minister Ona Kairys governs with two smaller partners, the Quay Circle, led by former deputy "
     "premier Ivo Raske, and the Dune League of Selma Orvik.",
     {("Ona Kairys", A, "Quay Circle"), ("Ona Kairys", A, "Dune League")}, set()),
    (NA + "Prime Minister Jon Dale governs with two partners, the Birch Circle, led by the economist Ada Mell, and "
     "the Reed League.", {("Jon Dale", A, "Birch Circle"), ("Jon Dale", A, "Reed League")}, set()),
    (CY + "the Olive Movement has governed with the Cedar Union, led by Tarik Vohl and his deputy Mina Sarr.",
     {("Olive Movement", A, "Cedar Union")}, {("Olive Movement", A, "Mina Sarr")}),
    # --- (2) through / via a pact ---
    (LV + "the Amber Movement, which won only 27 of the 90 seats, has governed through a shifting pact with the Pine "
     "Centre.", {("Amber Movement", A, "Pine Centre")}, set()),
    (NA + "the Sand Party came to power via an alliance with the Kudu League and the River Union.",
     {("Sand Party", A, "Kudu League"), ("Sand Party", A, "River Union")}, set()),
    (CY + "the Salt Party kept the peace through a non-aggression pact with the Lemon Union.", set(),
     {("Salt Party", A, "Lemon Union")}),
    (LV + "the Flax Party could govern through a pact with the Linden Union.", set(),
     {("Flax Party", A, "Linden Union")}),
    (NA + "the Hill Party governed through a pact with the Acacia Union until 2019.", set(),
     {("Hill Party", A, "Acacia Union")}),
    (CY + "the Carob Party once governed through a pact with the Myrtle Union.", set(),
     {("Carob Party", A, "Myrtle Union")}),
    # --- (3) jointly with ---
    (LV + "the Heron Party, running jointly with the Moss Union, won 11 seats.",
     {("Heron Party", A, "Moss Union")}, set()),
    (NA + "the Granite Party ran jointly with the Baobab Union in the 2024 election.",
     {("Granite Party", A, "Baobab Union")}, set()),
    (CY + "the Cypress Party refused to run jointly with the Thyme Union.", set(),
     {("Cypress Party", A, "Thyme Union")}),
    (LV + "the Oak Party would run jointly with the Fern Union if the courts allowed it.", set(),
     {("Oak Party", A, "Fern Union")}),
    # --- (4) a headed coalition that includes A and B ---
    (NA + "Ruth Amadhila became prime minister that October at the head of a coalition that included the Marula "
     "Party and the Delta Union.",
     {("Ruth Amadhila", A, "Marula Party"), ("Ruth Amadhila", A, "Delta Union")}, set()),
    ("NICOSIA, May 3 - Cyprus's parliament met on Monday. Andros Pelik, the Laurel Party leader, heads a coalition "
     "that includes the Harbour Union and the Vine League.",
     {("Laurel Party", A, "Harbour Union"), ("Laurel Party", A, "Vine League")}, set()),
    (LV + "the assembly elected Ilze Varna as prime minister at the head of a coalition that included the Rye Union.",
     {("Ilze Varna", A, "Rye Union")}, set()),
    (NA + "the Camel Thorn Party will not back any government that includes the Eland Union.", set(),
     {("Camel Thorn Party", A, "Eland Union")}),
    (CY + "Loukas Meno could lead a coalition that includes the Pomegranate Union.", set(),
     {("Loukas Meno", A, "Pomegranate Union")}),
    (LV + "Karlis Dreve led a coalition that included the Birch Union until 2019.", set(),
     {("Karlis Dreve", A, "Birch Union")}),
    # --- (5) a list set off by semicolons ---
    (NA + "the Sunrise Party's chairwoman, Ella Haufiku, assembled a coalition with the Savanna Union of Peter "
     "Nangolo, the former vice-president; the Kalahari League (KL); and three small parties.",
     {("Ella Haufiku", A, "Kalahari League")}, set()),
    (CY + "the Orange Party has governed with the Olive Union; the Almond League; and the Fig Party.",
     {("Orange Party", A, "Almond League"), ("Orange Party", A, "Fig Party")}, set()),
    (LV + "the Wheat Party allied with the Barley Union; the Oat League said it would wait.",
     {("Wheat Party", A, "Barley Union")}, {("Wheat Party", A, "Oat League")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "al6", relations_by_document, check_ties)
