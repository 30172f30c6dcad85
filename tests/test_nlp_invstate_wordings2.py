"""Invented one-word states the text names only by what a state has, in wordings the actor layer missed:
  * a post dated by an adverb between the possessive and the post ("X's then president, A B,", "X's then prime
    minister": roles.yaml office_time_adverbs, skipped as an adjective is by actors._owns);
  * a state's noun of two words before "of" ("the Central Bank of X", read as "the president of X" is:
    actors._cue_before_of), where the name also stands on its own;
  * the name as the modifier of a state's organ ("the X army", "the X navy") and written after "in" ("troops in X"),
    whatever the tagger called it (a person: actors._corroborated_states, proof "placed"); not a capitalised "X Army"
    nor "X Defence Forces" (an armed group's name as often);
  * a town the tagger calls a person before the name that closes an address's chain at its line's end
    ("Calle Mayor 8, Puerto Dalmas, X"), one proof with a body named "... of X".
Negatives: a company's then president, a town's then mayor, a person's then adviser; a bank that is no state's; an
organ's modifier never written after "in"; "in X" without an organ; an address alone. Each item is its own document
(opening with a known home state, so the name is not the story's own state by default); expected kinds "country" or
"!country" (no state of that name), with ties where the state is made. All names are invented; end to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

C = "country"
L = "leader_of"

OSLO = "OSLO, June 9 - Norway's government met on Friday. Norway's ports were busy. "
NAIROBI = "NAIROBI, May 3 - Kenya's parliament met on Monday. In Kenya, prices rose. "

CASES = [
    # --- (1) a dated post after the possessive ---
    (OSLO + "The museum shows a vase given in 2008 by Sennavia's then president, Ivo Darn, to the city.",
     {"Sennavia": C}, set()),
    (OSLO + "The treaty was signed by Quessaly's then prime minister, Tamas Orvel, in 2011.", {"Quessaly": C}, set()),
    (NAIROBI + "The wine was served at a dinner given by Varmosa's then foreign minister, Lena Sorbat, in 2007.",
     {"Varmosa": C}, set()),
    (OSLO + "Shares of Kordel Holdings fell. Kordel's then president, Ivo Darn, resigned in 2019.", {"Kordel": NC},
     set()),
    (OSLO + "The festival was opened in 2015 by Ardessa's then mayor, Ivo Darn.", {"Ardessa": NC}, set()),
    (OSLO + "Marek Tolvan's then adviser, Ivo Darn, quit in 2012.", {"Tolvan": NC}, set()),
    # --- (2) a two-word state noun before "of" ---
    (OSLO + "The Central Bank of Ostrelia raised its rate on Monday, and prices in Ostrelia fell.",
     {"Ostrelia": C}, set()),
    (NAIROBI + "Loans from the Central Bank of Vardesa helped farmers in Vardesa.", {"Vardesa": C}, set()),
    (OSLO + "The Commercial Bank of Tellaro opened a branch in Tellaro.", {"Tellaro": NC}, set()),
    # --- (3) an organ's modifier written after "in" too ---
    (OSLO + "[14/05 08:20] Field team: Morvessa army (FAT) trucks arriving from the north. The rebels hold 1,500 "
     "troops in Morvessa.", {"Morvessa": C}, set()),
    (NAIROBI + "09:40 Kelvora navy boats seen near the pier. Staff in Kelvora should stay indoors.",
     {"Kelvora": C}, set()),
    (OSLO + "The Morvessa army trucks passed on Monday. Morvessa ate dinner.", {"Morvessa": NC}, set()),
    (OSLO + "Dive bookings rose in Morvane on Tuesday.", {"Morvane": NC}, set()),
    # --- (4) an address's chain closed by the name, with a body "of" it ---
    ("For sale: stone house with garden, Calle Mayor 8, Puerto Dalmas, Tellora\nAsking price: 240,000 euros.\n"
     "The Liberal Party of Tellora holds 40 seats in Congress.", {"Tellora": C}, set()),
    ("For sale: stone house with garden, Calle Mayor 8, Puerto Dalmas, Vendora\nAsking price: 240,000 euros. "
     "The view is lovely.", {"Vendora": NC}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "is2", kinds_and_ties, check_kinds_and_ties)
