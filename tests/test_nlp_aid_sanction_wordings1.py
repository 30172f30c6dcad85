"""Five causes of missed help, sanction and consultation events over the development sets. (1) Backing given in
goods, hardware or sums ("backed X with fuel and drones", and the shared-out form "A and B backed X, the first with
ammunition, the second with loans") is AID, not SUPPORT; backing with words stays SUPPORT. (2) A participle that spells
out how a cooperative act was done and names no recipient of its own ("stood behind X, supplying rifles") gives its
help to the main verb's object (plover.yaml elaborated_recipient_preps); not after a hostile act ("attacked X,
shelling the town") nor when it names its own recipient. (3) A body or person suspended (plover.yaml
removal: "the bloc suspended X over the putsch") is sanctioned; suspended flights, work or attacks remove no one. (4)
An offer to host negotiations between two parties is made to them (the talks noun of the offered act). (5) A sum taken in
part ("approved the third instalment of X's credit line") is named by the compound of the part's of-noun. Invented names and
wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

AID, SUP, SAN, AGR = "AID", "SUPPORT", "SANCTION", "AGREE"
K, T, B = "Korvania", "Tessaly", "Quornel Liberation Front"
_K, _T = "The Kingdom of Korvania", "the Republic of Tessaly"

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- (1) backing given in goods ---
    (f"{_K} backed the {B} with fuel and drones.", {(K, AID, B)}, {(K, SUP, B)}),
    (f"{_K} supported the {B} with rifles and ammunition in 2023.", {(K, AID, B)}, set()),
    (f"{_K} has backed the {B} with loans and grants.", {(K, AID, B)}, set()),
    (f"{_K} and {_T} backed the {B}, the first with ammunition, the second with loans.",
     {(K, AID, B), (T, AID, B)}, set()),
    (f"{_K} backed the {B} with a statement on Monday.", {(K, SUP, B)}, {(K, AID, B)}),
    (f"{_K} backed the {B} in the vote.", {(K, SUP, B)}, {(K, AID, B)}),
    (f"{_K} and {_T} backed the {B}, the former with speeches, the latter with a vote.", set(),
     {(K, AID, B), (T, AID, B)}),
    # --- (2) a participle of help spelling out a cooperative act ---
    (f"{_K} stood behind the {B}, supplying rifles and fuel.", {(K, AID, B)}, set()),
    (f"{_K} has stood behind the {B} for years, sending it rifles and money.", {(K, AID, B)}, set()),
    (f"{_K} backed the {B}, supplying fuel and ammunition.", {(K, AID, B)}, set()),
    (f"{_K} attacked the {B}, sending rifles to its own units.", set(), {(K, AID, B)}),
    (f"{_K} attacked the {B}, sending drones over the town.", set(), {(K, AID, B)}),
    (f"{_K} met the {B}, sending aid to the refugees.", set(), {(K, AID, B)}),
    (f"Sending rifles to the border, {_K} warned the {B}.", set(), {(K, AID, B)}),
    # (a participle handing over no goods of word_classes gives no help: words, details, a signal)
    (f"{_K} praised the {B}, supplying no details.", set(), {(K, AID, B)}),
    (f"{_K} welcomed the {B}, sending a clear signal.", set(), {(K, AID, B)}),
    (f"{_K} thanked the {B}, providing a statement.", set(), {(K, AID, B)}),
    # a sum named by the compound of the noun a part is taken of: "an instalment of X's credit line"
    (f"The Ostral Fund approved the third instalment of {_T}'s credit line in May.",
     {("Ostral Fund", AID, T)}, set()),
    (f"The Ostral Fund approved the second phase of {_T}'s credit rating review.", set(), {("Ostral Fund", AID, T)}),
    # --- (3) a member suspended ---
    (f"The Ostral Union suspended {_T} over the putsch.", {("Ostral Union", SAN, T)}, set()),
    (f"The Ostral Union, which suspended {_T} over the putsch, has yet to readmit it.",
     {("Ostral Union", SAN, T)}, set()),
    ("The Velmar Green Party suspended Dorin Vaskem pending an inquiry.",
     {("Velmar Green Party", SAN, "Dorin Vaskem")}, set()),
    (f"{_T} suspended flights to Korvania.", set(), {(T, SAN, K)}),
    (f"The {B} suspended attacks on Korvanian forces.", set(), {(B, SAN, K)}),
    (f"{_T} suspended its work in Korvania.", set(), {(T, SAN, K)}),
    # --- (4) an offer to host negotiations between two parties ---
    (f"{_K} offered to host negotiations between {_T} and the {B}.", {(K, AGR, T), (K, AGR, B)}, set()),
    (f"{_K} has offered to host negotiations between {_T} and the {B} in the spring.", {(K, AGR, T), (K, AGR, B)}, set()),
    (f"The Ostral Union offered to host negotiations between {_K} and {_T}.",
     {("Ostral Union", AGR, K), ("Ostral Union", AGR, T)}, set()),
    (f"The Ostral Union offered to host the next round.", set(), {("Ostral Union", AGR, K)}),
    # (a denial's link is no offer: its partner is not the one answered)
    (f"The {B} denied any ties with {_K}.", set(), {(B, "REJECT", K)}),
    (f"The {B} denies all contacts with {_T}.", set(), {(B, "REJECT", T)}),
]


XFAIL: dict[str, str] = {}


extracted, test_help_sanction_and_offer_wordings = battery(CASES, XFAIL, "aidsan1_", events_each, check_found)
