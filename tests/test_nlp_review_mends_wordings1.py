"""False readings of the new hostility and backing rules (tests/test_nlp_backs_wordings1.py) on wordings near theirs.
(1) A fight for control is a contest only for a prize of arms: "fought for control of parliament", "... of the
budget" or "vied for control of the market" is politics or business (relations.yaml word_lists.unarmed_prizes). (2) Sides fighting "as allies" (word_lists
one_camp_nouns) or that "joined forces and fought" (a preposition_verbs key tying allied_with, coordinated with the
fight) are one side. (3) "A fought with B against C": with a foe named after "against", B is a companion. (4) A fight,
a pitting or a backing told with "once" or "formerly" (relations.yaml former_copula_adverbs) is over, for the second
"by" agent too. (5) "Clashes are expected between A and B": a fight only foreseen names no sides
(word_lists.expectation_verbs). (6) "A stands behind B in the polls": a place in a ranking (word_lists.ranking_nouns),
no backing. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found_one_of, relations_each

pytestmark = pytest.mark.model

B, O = "backs", "opposes"
D = "Dalmia"
F, E = "Korvat Front", "Emsk Brigade"
P, Q = "Tessaly Unity Party", "Dalmian Labour Party"


def _pair(a: str, b: str) -> set[tuple]:
    """Both directions of an opposes tie."""
    return {(a, O, b), (b, O, a)}


# (text, groups of which one relation each must be present, relations that must be absent)
CASES = [
    # --- (1) a political prize is no contest of arms ---
    (f"The {P} and the {Q} fought for control of parliament.", [], _pair(P, Q)),
    (f"The {F} and the {E} fought for control of the budget in the assembly.", [], _pair(F, E)),
    (f"The {F} and the {E} battled for dominance of the council.", [], _pair(F, E)),
    ("The Tarsk Gas Company and the Dessa Oil Group vied for control of the market.", [],
     _pair("Tarsk Gas Company", "Dessa Oil Group")),
    ("The Tarsk Gas Company fought the Dessa Oil Group for control of the telecoms sector.", [],
     _pair("Tarsk Gas Company", "Dessa Oil Group")),
    (f"The {F} and the {E} fought for control of the market district.", [_pair(F, E)], set()),
    (f"The {F} and the {E} fought for control of the town.", [_pair(F, E)], set()),
    (f"The {F} fought the {E} for control of the harbour.", [{(F, O, E)}], set()),
    # --- (2) one camp ---
    (f"The {F} and the {E} fought as allies for control of the pass.", [], _pair(F, E)),
    (f"The {F} and the {E} fought as partners for control of the valley.", [], _pair(F, E)),
    (f"The {F} and the {E} joined forces and fought for control of the town.", [], _pair(F, E)),
    (f"The {F} and the {E} teamed up and fought for control of the river crossings.", [], _pair(F, E)),
    # --- (3) a companion after "with" when a foe is named after "against" ---
    (f"The {F} fought with the {E} for control of the pass against the {P}.", [], _pair(F, E)),
    (f"The {F} has fought with the {E} against the {P} since 2019.", [{(F, O, P)}], _pair(F, E)),
    (f"The {F} has fought with the {E} since 2019.", [{(F, O, E)}], set()),
    # --- (4) told as over ---
    (f"The {F} and the {E} once fought for control of the pass, but are now allies.", [], _pair(F, E)),
    (f"The {F} once fought the {E} for years.", [], _pair(F, E)),
    (f"The conflict once pitted the {F} against the {E}, but the two are now allies.", [], _pair(F, E)),
    (f"The war pitted the {F} against the {E}.", [{(F, O, E)}], set()),
    (f"The {F} was formerly backed by the Republic of {D} and by the {P}.", [], {(D, B, F), (P, B, F)}),
    (f"The {F} is backed by the Republic of {D} and by the {P}.", [{(D, B, F)}, {(P, B, F)}], set()),
    # --- (5) a fight only foreseen ---
    (f"Clashes are expected between the {F} and the {E}.", [], _pair(F, E)),
    (f"Fighting was feared between the {F} and the {E} after the vote.", [], _pair(F, E)),
    (f"Clashes were predicted between the {F} and the {E} in the north.", [], _pair(F, E)),
    (f"Clashes erupted between the {F} and the {E} in the north.", [_pair(F, E)], set()),
    # --- (6) a place in a ranking ---
    (f"The {F} stands behind the {E} in the polls.", [], {(F, B, E)}),
    (f"The {P} stood behind the {Q} in the rankings with 12 percent.", [], {(P, B, Q)}),
    (f"The {P} stands firmly behind the {F} in its war.", [{(P, B, F)}], set()),
]


XFAIL: dict[str, str] = {}


extracted, test_review_mend_wordings = battery(CASES, XFAIL, "rm1_", relations_each, check_found_one_of)
