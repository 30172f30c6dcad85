"""Negation and modality of PLOVER events: acts a text schedules or answers (a battery written from invented news
documents before changing the event reader):

(1) an act told through "be due to" ("was due to meet Y", "had been due to attack X", "is due to visit Z") is an act
to come, as "is set to" and "is scheduled to" tell one, never an act done: a meeting or a visit so scheduled is no
event (a schedule, as "will meet Y" is), a hostile act so scheduled is a threat, no attack. The parser hangs "due" on
"be" as its complement, where "set" takes "be" as its auxiliary.
(2) a reprisal ("retaliated against X's posts") is an armed attack; promised on a condition ("said it would
retaliate if X struck again") it is a threat aimed at the one who would strike.
(3) a threat aimed at a named actor stays news when told in the perfect of a clause describing the one who threatens
("X, which had threatened to attack Y, met Z") or as lasting ("X has threatened Y for months"), as a charge or a
demand so told does.

Negatives: "due to" meaning "because of" ("met Y on Monday, due to the crisis") keeps the act done; a reprisal told
by its means ("retaliated by expelling two diplomats", "hit back by cutting aid") is the means' act, no attack; a
denied reprisal ("has not retaliated") is negated; a right to retaliate is no act.

Events are compared with their negation: a negated event's type carries a trailing "!". Same other conventions as
tests/test_nlp_events_blind_wordings2.py ("A|B" either name, "*" any end). Real states, invented parties and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

BZ = "BELMOPAN, May 3 - Belize's parliament met on Monday. "
KM = "MORONI, May 3 - Comoros's parliament met on Monday. President Faridi Msaidje leads Comoros. "
TJ = "DUSHANBE, May 3 - Tajikistan's parliament met on Monday. "
ES = "MBABANE, May 3 - Eswatini's parliament met on Monday. Prime Minister Sipho Dlanvumbe leads Eswatini. "
V = "Vakhsh Sentinels"
L = "Lubombo Front"
D = "Sipho Dlanvumbe"
M = "Faridi Msaidje"

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) "be due to": an act to come ---
    (KM + "The French ambassador was due to meet Msaidje on Monday.",
     set(), {("France", "CONSULT", M), ("France", "AGREE", M)}),
    (KM + "France's envoy had been due to meet Msaidje in Moroni, but the talks were put off.",
     set(), {("France", "CONSULT", M)}),
    (BZ + "Guatemala's foreign minister is due to visit Belize next week.",
     set(), {("Guatemala", "CONSULT", "Belize"), ("Guatemala", "AGREE", "Belize")}),
    (KM + "The French navy was due to shell the rebel camps of the Mohéli Vanguard on Monday.",
     {("France|France military|France navy", "THREATEN", "*")}, {("France|France military|France navy", "ASSAULT", "*")}),
    (TJ + "The Vakhsh Sentinels are due to attack Tajik army posts near Kulob, the ministry said.",
     {(V, "THREATEN", "*")}, {(V, "ASSAULT", "*")}),
    # negatives: "due to" as "because of"; the act is done
    (KM + "The French ambassador met Msaidje on Monday, due to the crisis on the island.",
     {("France", "CONSULT", M)}, set()),
    (BZ + "Belize's coast guard detained four Guatemalan fishermen on Sunday, due to the new patrol rules.",
     {("Belize|Belize coast guard", "COERCE", "Guatemala")}, set()),
    (BZ + "Guatemala's foreign minister visited Belize last week.",
     {("Guatemala", "CONSULT", "Belize")}, set()),
    # --- (2) reprisals ---
    (TJ + "The Vakhsh Sentinels said they would retaliate if the army attacked their camps again.",
     {(V, "THREATEN", "Tajikistan|Tajikistan military")}, {(V, "ASSAULT", "*")}),
    (TJ + "The Vakhsh Sentinels retaliated against army posts near Kulob on Sunday.",
     {(V, "ASSAULT", "Tajikistan|Tajikistan military")}, set()),
    (BZ + "Belize warned that it would retaliate unless Guatemala withdrew its patrols.",
     {("Belize", "THREATEN", "Guatemala")}, {("Belize", "ASSAULT", "*")}),
    # negatives: told by its means; denied; a right
    (TJ + "Kyrgyzstan retaliated by expelling two Tajik diplomats.",
     set(), {("Kyrgyzstan", "ASSAULT", "*")}),
    (BZ + "Guatemala hit back by cutting fuel sales to Belize.",
     set(), {("Guatemala", "ASSAULT", "*")}),
    (TJ + "The Vakhsh Sentinels have not retaliated.",
     set(), {(V, "ASSAULT", "*")}),
    (TJ + "The Vakhsh Sentinels have the right to retaliate, their leader said.",
     set(), {(V, "ASSAULT", "*"), (V, "ASSAULT!", "*")}),
    # --- (3) threats told in the perfect of a describing clause, or as lasting ---
    (ES + "The Lubombo Front, which had threatened to attack Mozambique, met Dlanvumbe on Monday.",
     {(L, "THREATEN", "Mozambique"), (L, "CONSULT", D)}, set()),
    (ES + "Mozambique, which has repeatedly threatened the Lubombo Front, sent envoys to Mbabane on Friday.",
     {("Mozambique", "THREATEN", L)}, set()),
    (ES + "The Lubombo Front has threatened Mozambique for months, a police report said.",
     {(L, "THREATEN", "Mozambique")}, set()),
    # negatives: at no one named; the present of a description; denied
    (ES + "The Lubombo Front, which had threatened to strike, met Dlanvumbe on Monday.",
     {(L, "CONSULT", D)}, {(L, "THREATEN", "*")}),
    (ES + "Mozambique, which threatens the Lubombo Front, met Dlanvumbe on Monday.",
     {("Mozambique", "CONSULT", D)}, {("Mozambique", "THREATEN", L)}),
    (ES + "The Lubombo Front, which has never threatened Mozambique, met Dlanvumbe on Monday.",
     {(L, "CONSULT", D)}, {(L, "THREATEN", "Mozambique")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p19_", events_marked_by_document, check_events)
