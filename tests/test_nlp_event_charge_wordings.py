"""The one accused when the charge of "accused X of Y" is hung by the parser on the object X instead of the verb:
a bare description the resolver reads on its own ("the government", "the security forces", "the navy", "the interior
ministry", "the rebels") is read the same with the charge after it, whatever the charge's form (a bare noun: "of
torture"; a noun after "a"/"an": "of a cover-up"; a gerund: "of shelling villages"). Negatives: an "of" phrase naming
the object's owner ("the leader of a rival faction", "the security forces of a mining company", "the navy of a
neighbouring state"), a description with no antecedent, a story of no one state, a denied accusation. Invented names
and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

C = "ACCUSE"
W = "Orvane Rights Watch"

# a story set in one state (a dateline, its parliament and army): its home state
_HOME = ("TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. The Tessalian army patrols the "
         "port, and Tessaly's ports are busy. ")
# a rebel group labelled so before
_REBELS = "The Kessel Liberation Front, a rebel group, seized two towns in the north last year. "
# two states named alike, none the story's own
_TWO = ("Korvania and Velnia traded accusations over the border dam on Monday. Korvania recalled its envoy, and Velnia "
        "closed two crossings. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- the charge hung on the object: a bare noun ---
    (_HOME + "The Orvane Rights Watch accused the government of torture.", {(W, C, "Tessaly")}, set()),
    (_HOME + "The Orvane Rights Watch accused the security forces of abuses in detention.", {(W, C, "Tessaly")}, set()),
    (_HOME + "The Orvane Rights Watch has accused the navy of piracy.", {(W, C, "Tessaly")}, set()),
    (_HOME + "The Orvane Rights Watch accused the interior ministry of negligence.", {(W, C, "Tessaly")}, set()),
    (_HOME + "On Friday the Orvane Rights Watch accused the government delegation of bad faith.",
     {(W, C, "Tessaly")}, set()),
    # --- a noun after "a"/"an" ---
    (_HOME + "The Orvane Rights Watch accused the government of a cover-up.", {(W, C, "Tessaly")}, set()),
    (_HOME + "The Orvane Rights Watch accused the security forces of an assault on the press.",
     {(W, C, "Tessaly")}, set()),
    # --- a gerund ---
    (_HOME + "The Orvane Rights Watch accused the police of killing protesters.", {(W, C, "Tessaly")}, set()),
    # --- a group labelled before ---
    (_REBELS + "Pell Ostrand accused the rebels of extortion.", {("Pell Ostrand", C, "Kessel Liberation Front")}, set()),
    (_REBELS + "Pell Ostrand accused the rebels of a massacre.", {("Pell Ostrand", C, "Kessel Liberation Front")}, set()),
    # --- an owner, not a charge: nobody the description names ---
    (_HOME + "The Orvane Rights Watch accused the security forces of a mining company of abuses.", set(),
     {(W, C, "Tessaly")}),
    (_HOME + "Pell Ostrand accused the leader of a rival faction of fraud.", set(), {("Pell Ostrand", C, "Tessaly")}),
    (_HOME + "The Orvane Rights Watch accused the navy of a neighbouring state of piracy.", set(), {(W, C, "Tessaly")}),
    (_HOME + "Pell Ostrand accused the president of the club of fraud.", set(), {("Pell Ostrand", C, "Tessaly")}),
    # --- no antecedent, no story's state, a denied charge ---
    ("Pell Ostrand accused the rebels of extortion.", set(), {("Pell Ostrand", C, "Kessel Liberation Front")}),
    (_HOME + "The Orvane Rights Watch did not accuse the government of torture.", set(), {(W, C, "Tessaly")}),
]


XFAIL: dict[str, str] = {}


extracted, test_the_one_accused_past_a_misattached_charge = battery(
    CASES, XFAIL, "evcharge_", events_each, check_found)


def test_two_states_no_government_guessed():
    # a story of two states named alike: "the government" with its charge is read as it is without one
    plain, charged = events_each([_TWO + "The Orvane Rights Watch accused the government.",
                                  _TWO + "The Orvane Rights Watch accused the government of torture."], "t")
    assert {t for s, ty, t in plain if ty == C} == {t for s, ty, t in charged if ty == C}, (plain, charged)
