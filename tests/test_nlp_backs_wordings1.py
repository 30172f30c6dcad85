"""Five causes of missed backing and hostility ties over the development sets. (1) A fight for a prize held ("A fought B
for control of the pass", "A and B fought for control of the town") is a contest, lasting whatever the tense
(relations.yaml word_lists.contest_nouns); coordinated subjects said to fight together or side by side
(word_lists.together_words) are one side, not foes of each other. (2) A hostility noun whose "between" phrase the parser
hung on the verb the noun is the subject of ("clashes erupted between A and B", "fighting was reported between A and
B") names both sides, as "the fighting between A and B" does; not under a negated or unreal verb. (3) "Y is backed by A
and by B": a repeated "by" joined to the participle's agent names a second agent. (4) "A has stood behind B" backs B
when a state or organisation stands there (preposition_verbs stand, body_backer_verbs); a person standing behind
another is only where they stood. (5) A fight (a hostility noun as the subject) that "pitted A against B" sets A
against B (relations.yaml pitting_verbs); not an election, a fight to come, a negation. Invented names and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found_one_of, relations_each

pytestmark = pytest.mark.model

B, O = "backs", "opposes"
D, T = "Dalmia", "Tessaly"
_D, _T = "The Republic of Dalmia", "the Republic of Tessaly"
F, E = "Korvat Front", "Emsk Brigade"
P = "Tessaly Unity Party"


def _pair(a: str, b: str) -> set[tuple]:
    """Both directions of an opposes tie (either may be the one extracted; the test asks for one of them)."""
    return {(a, O, b), (b, O, a)}


# (text, relations of which at least one of each group must be present, relations that must be absent); a group is a
# set of alternatives, a relation is (source, type, target)
CASES = [
    # --- (1) a fight for control ---
    (f"The {F} fought the {E} for control of the pass.", [{(F, O, E)}], set()),
    (f"The {F} battled the {E} for dominance of the port.", [{(F, O, E)}], set()),
    (f"The {F} and the {E} fought for control of the town.", [_pair(F, E)], set()),
    (f"In the north, the {F} fought the {E} for control of the smuggling routes, according to local officials.",
     [{(F, O, E)}], set()),
    # near misses: one battle, a fight side by side, a fight not yet fought
    (f"The {F} fought the {E} on Tuesday.", [], _pair(F, E)),
    (f"The {F} and the {E} fought side by side for control of the town.", [], _pair(F, E)),
    (f"The {F} and the {E} have fought together for years.", [], _pair(F, E)),
    (f"The {F} and the {E} fought together for control of the valley.", [], _pair(F, E)),
    (f"The {F} would fight the {E} for control of the pass if the truce failed.", [], _pair(F, E)),
    (f"The {F} did not fight the {E} for control of the pass.", [], _pair(F, E)),
    (f"The {F} fought for control of the pass.", [], set()),
    # --- (2) "between" on the verb of a hostility noun ---
    (f"Clashes erupted between the {F} and the {E} near the border.", [_pair(F, E)], set()),
    (f"Fighting was reported between the {F} and the {E} in the north.", [_pair(F, E)], set()),
    (f"Heavy fighting broke out between the {F} and the {E} last week.", [_pair(F, E)], set()),
    # negated, unreal: no tie
    (f"No fighting was reported between the {F} and the {E} in the north.", [], _pair(F, E)),
    (f"Clashes could erupt between the {F} and the {E} if the talks fail.", [], _pair(F, E)),
    (f"Clashes did not erupt between the {F} and the {E} after the vote.", [], _pair(F, E)),
    # near miss: a talk between the sides is no fight
    (f"Talks were held between the {F} and the {E} in the capital.", [], _pair(F, E)),
    # --- (3) a second agent ---
    (f"The {F} is backed by the Republic of Dalmia and by the {P}.", [{(D, B, F)}, {(P, B, F)}], set()),
    (f"The {F} is funded by the Republic of Dalmia and by the {P}.", [{(D, B, F)}, {(P, B, F)}], set()),
    (f"The {F} is backed by the Republic of Dalmia and not by the {P}.", [{(D, B, F)}], {(P, B, F)}),
    # --- (4) "stand behind" ---
    (f"{_D} has stood behind the {F} since 2019.", [{(D, B, F)}], set()),
    (f"{_D} had stood behind General Orlo Vantrep since 2022, sending drones and officers.",
     [{(D, B, "Orlo Vantrep")}], set()),
    (f"The {P} stands firmly behind the {F}.", [{(P, B, F)}], set()),
    # a person's place, a condition, a negation, a stop: no tie
    ("General Orlo Vantrep stood behind President Lusa Kessler at the parade.", [],
     {("Orlo Vantrep", B, "Lusa Kessler")}),
    (f"{_D} would stand behind the {F} if it disarmed.", [], {(D, B, F)}),
    (f"{_D} did not stand behind the {F}.", [], {(D, B, F)}),
    (f"{_D} no longer stands behind the {F}.", [], {(D, B, F)}),
    # --- (5) a fight pitting one side against another ---
    (f"The clashes pitted the {F} against the {E}, a grouping of hill clans.", [{(F, O, E)}], set()),
    (f"{_D} fought a war between 2016 and 2023 that pitted the {P} against the {F}.", [{(P, O, F)}], set()),
    (f"The feud pits the {F} and the {P} against the {E}.", [{(F, O, E)}, {(P, O, E)}], set()),
    # a contest that is no fight, a fight to come, a negation: no tie
    (f"The election pitted the {F} against the {E}.", [], _pair(F, E)),
    (f"The fighting could pit the {F} against the {E}.", [], _pair(F, E)),
    (f"The war never pitted the {F} against the {E}.", [], _pair(F, E)),
]


XFAIL: dict[str, str] = {}


extracted, test_backs_hostility_wordings = battery(CASES, XFAIL, "backs1_", relations_each, check_found_one_of)
