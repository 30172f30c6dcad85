"""A third party's act "between" a pair phrase: "Z brokered talks between the two governments", "Z offered to
mediate between the two neighbours", "Z hosted a meeting between both sides", "Z offered to host talks between the
two countries": an act still aimed at no one whose "between" phrase (on its verb, on its object, or on the object of
the clause it offers) names the two parties told before is aimed at each of them (events._between_pair). The pair is
the two of a group phrase, else the last two named together, else the two ends of the last act told between two
others, else the last two states named a few sentences back (events._pair_named); the sides of a brokered meeting
are then "the two sides" a later "They signed ..." takes up (events._sides_of), not the broker.

Negatives: a negated mediation, a pair of which the broker is one ("A and B are allies. A brokered talks between the
two governments"), a host who is one of the two, a state named in a phrase describing the broker ("Z, backed by W,
..."), a pair phrase with no two parties named before. Invented people with real states; end to end with the real
English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# a dispute between two states told before the act "between" them
DISPUTE = ("LILONGWE - Malawi's parliament met on Monday. Malawi's president, Ivo Dask, accused Zambia of shelling "
           "border villages, and Zambia denied it. ")
BLAME = ("HARARE - Zimbabwe's parliament met on Monday. Botswana blamed Namibia for the closure of the crossing; "
         "Namibia rejected the charge. ")
PAIR = {("Kenya", "CONSULT|AGREE", "Malawi"), ("Kenya", "CONSULT|AGREE", "Zambia")}

# (text, events that must be present, events that must be absent)
CASES = [
    # --- the act's "between" phrase on its verb, its object, or the object of the clause it offers ---
    (DISPUTE + "Kenya brokered talks between the two governments in May.", PAIR, set()),
    (DISPUTE + "Kenya offered to mediate between the two neighbours.", PAIR, set()),
    (DISPUTE + "Kenya hosted a meeting between both sides on Friday.", PAIR, set()),
    (DISPUTE + "Kenya has offered to host talks between the two countries.", PAIR, set()),
    (BLAME + "In 2023 Angola brokered talks between the two governments in Luanda.",
     {("Angola", "CONSULT", "Botswana"), ("Angola", "CONSULT", "Namibia")}, set()),
    (BLAME + "The talks stalled in June. Angola offered on Friday to mediate between the two countries.",
     {("Angola", "CONSULT|AGREE", "Botswana"), ("Angola", "CONSULT|AGREE", "Namibia")}, set()),
    # --- a state named in a phrase describing the broker is no side ---
    (DISPUTE + "Kenya, backed by Ghana, brokered talks between the two governments.", PAIR,
     {("Kenya", "CONSULT|AGREE", "Ghana")}),
    # --- the sides of a brokered meeting are the pair a later "they" takes up, not the broker ---
    (BLAME + "In 2023 Angola brokered talks between the two governments, and they signed a water accord.",
     {("Botswana", "AGREE~", "Namibia")}, {("Angola", "AGREE~", "Botswana|Namibia")}),
    (BLAME + "Angola hosted a meeting between the two governments. They agreed to reopen the crossing.",
     {("Botswana", "AGREE~", "Namibia")}, {("Angola", "AGREE~", "Botswana|Namibia")}),
    (BLAME + "In 2023 Angola brokered talks between the two governments in Luanda, and they signed a water accord.",
     {("Angola", "CONSULT", "Botswana"), ("Botswana", "AGREE~", "Namibia")}, set()),
    # --- negatives: a denied mediation; a broker or host that is one of the pair; no pair told before ---
    (DISPUTE + "Kenya did not mediate between the two neighbours.", set(),
     {("Kenya", "CONSULT|AGREE", "Malawi"), ("Kenya", "CONSULT|AGREE", "Zambia")}),
    ("LILONGWE - Malawi's parliament met on Monday. Kenya and Zambia are close allies. Kenya brokered talks between "
     "the two governments.", set(), {("Kenya", "CONSULT", "Zambia"), ("Kenya", "CONSULT", "Malawi")}),
    (DISPUTE + "Zambia hosted talks between the two governments.", set(),
     {("Zambia", "CONSULT", "Zambia"), ("Zambia", "CONSULT", "Malawi")}),
    ("LILONGWE - Malawi's parliament met on Monday. Kenya brokered talks between the two governments.", set(),
     {("Kenya", "CONSULT", "Malawi")}),
]

XFAIL: dict[str, str] = {
    BLAME + "In 2023 Angola brokered talks between the two governments in Luanda, and they signed a water accord.":
        "the place after the pair phrase is read as the brokered talks' other end at first (dropped later), so the "
        "act is not aimed at no one when the pair is read, and \"they\" is then read as that place",
}


extracted, test_wording = battery(CASES, XFAIL, "pb20", events_by_document, check_events)
