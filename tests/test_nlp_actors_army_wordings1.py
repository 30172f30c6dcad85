"""A state's army named in full after its state ("the Royal Velorian Army", "the Royal Kastani Armed Forces") and the
same state's forces named by its adjective or possessive ("Velorian troops", "the Velorian army", "Kastan's army")
are one actor in a text that names only that one such army: the state's words and a force noun that is the whole
military (not its navy nor its police) and otherwise only relations.yaml state_army_style_words ("Royal",
"Imperial", "Federal", "National", "Arab").

Negatives: a name with a rebel word ("the Free Velorian Army", "the Velorian People's Army"), a navy, another state's
army, a body the text calls a rebel or a client force, two such armies of one state named (which one is not said), a
company or a stadium named after an army: each stays apart from the state's troops.

Each item is its own document. ``one``: names that must all belong to one actor; ``apart``: pairs of names that must
belong to two actors (each present). All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import actor_names_each, battery, battery_params, check_ties, relations_by_document

pytestmark = pytest.mark.model

# (text, names of one actor, pairs of names on two actors[, names no actor may have])
CASES = [
    # --- the full name and the state's troops: one army ---
    ("The Royal Velorian Army said on Monday that its units had retaken the ridge. Velorian troops crossed the river "
     "at dawn, and two soldiers died.", {"Royal Velorian Army", "Velorian troops"}, []),
    ("Kastani soldiers fired on the crowd, witnesses said. The Royal Kastani Armed Forces denied it in a statement on "
     "Tuesday.", {"Royal Kastani Armed Forces", "Kastani soldiers"}, []),
    ("The Imperial Tolvan Army moved two brigades to the frontier of Tolva. Tolvan troops had shelled the border "
     "posts a week earlier, according to the monitors.", {"Imperial Tolvan Army", "Tolvan troops"}, []),
    ("Marvia's president flew home on Sunday. The Royal Marvian Armed Forces (RMAF) took the airport, Marvian troops "
     "then entered the old town, and the RMAF said it had lost four men.",
     {"Royal Marvian Armed Forces", "Marvian troops"}, []),
    ("Dremia's army closed the road on Friday. A spokesman for the Royal Dremian Army said the closure was "
     "temporary.", {"Royal Dremian Army", "Dremia's army"}, []),
    ("The Federal Ostrian Army said its units had left the town. Ostrian soldiers were seen on the road north, and "
     "Ostria's defence minister, Pal Venner, praised them.", {"Federal Ostrian Army", "Ostrian soldiers"}, []),
    # --- negatives: another army, a branch, a rebel word, a client, two armies, a company ---
    ("Velorian troops shelled the village on Monday. The Free Velorian Army said it lost two fighters.",
     set(), [("Free Velorian Army", "Velorian troops")]),
    ("Velorian troops shelled the village on Monday. The Velorian People's Army said it lost two fighters.",
     set(), [("Velorian People's Army", "Velorian troops")]),
    ("Velorian troops shelled the village on Monday. The Royal Velorian Navy said it sank a boat off the cape.",
     set(), [("Royal Velorian Navy", "Velorian troops")]),
    ("Velorian troops shelled the village near the border. The Royal Kessan Army said it had withdrawn, and "
     "Kessa's president met Velora's president.", set(), [("Royal Kessan Army", "Velorian troops")]),
    ("Velorian troops shelled the village. The Royal Velorian Army and the Velorian National Army both claimed the "
     "hill on Tuesday.", set(), [("Royal Velorian Army", "Velorian National Army")]),
    ("Velorian troops shelled the village on Monday. Rebel factions of the Royal Velorian Army, backed by Kessa, "
     "seized the airport.", set(), [("Royal Velorian Army", "Velorian troops")]),
    ("Velorian troops shelled the village on Monday. Royal Velorian Army Surplus Ltd said it had sold no rifles to "
     "the rebels.", set(), [("Royal Velorian Army Surplus Ltd", "Velorian troops")]),
    ("Velorian troops shelled the village on Monday. Fans filled the Royal Velorian Army Stadium for the final.",
     set(), [("Royal Velorian Army Stadium", "Velorian troops")]),
    ("Velorian troops shelled the village on Monday. The Royal Velorian Army, disbanded in 1990 after the coup, was "
     "never rebuilt.", set(), [("Royal Velorian Army", "Velorian troops")]),
    # --- reported speech: still the one army ---
    ("Velorian troops crossed the river, Kessa said on Monday. Kessa's president said the Royal Velorian Army had not "
     "denied it.", {"Royal Velorian Army", "Velorian troops"}, []),
]

# a state's gendarmerie named by the state's adjective or possessive (roles.yaml state_institutions): a body of its
# own ("Velnia gendarmerie"), apart from the state and its army; its men harmed stay the state's loss
GENDARMERIE_CASES = [
    ("The Quorvanian gendarmerie arrested two journalists on Monday in the capital of Quorvania.",
     {"Quorvania gendarmerie"}, []),
    ("Quorvanian gendarmes fired on the crowd in the capital of Quorvania, and Quorvanian troops later closed the road.",
     {"Quorvania gendarmerie"}, [("Quorvania gendarmerie", "Quorvania military")]),
    ("Gunmen killed four Quorvanian gendarmes near the border of Quorvania on Sunday.", set(), [], {"Quorvania gendarmerie"}),
]
CASES += GENDARMERIE_CASES

XFAIL: dict[str, str] = {
    "Velorian troops shelled the village on Monday. The Royal Velorian Army, disbanded in 1990 after the coup, was "
    "never rebuilt.":
        "an army the text says is disbanded or former is still read as the state's one army: no tense or "
        "dissolution is read from its description",
}


@pytest.fixture(scope="module")
def extracted():
    return actor_names_each([case[0] for case in CASES], "d")


def _holder(groups: list[set[str]], name: str) -> int | None:
    return next((k for k, g in enumerate(groups) if name in g), None)


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "d"))
def test_wording(extracted, i):
    text, one, apart, *absent = CASES[i]
    groups = extracted[i]
    for name in (absent[0] if absent else ()):
        assert _holder(groups, name) is None, (text, name, groups)
    if one:
        holders = {_holder(groups, n) for n in one}
        assert len(holders) == 1 and None not in holders, (text, groups)
    for a, b in apart:
        ha, hb = _holder(groups, a), _holder(groups, b)
        assert ha is not None and hb is not None and ha != hb, (text, a, b, groups)


# a state force's men (relations.yaml counted_force_nouns, the mention being the force) who join or defect to a body
# go over as people: no member_of from the state's force (nlp.relations _force_men); a body or a person that defects
# still joins
M = "member_of"
TIE_CASES = [
    ("Quorvanian gendarmes who defected to the Harvel Front attacked a checkpoint in Quorvania.",
     set(), {("Quorvania gendarmerie", M, "Harvel Front")}),
    ("Quorvanian gendarmes defected to the Harvel Front in Quorvania on Monday.",
     set(), {("Quorvania gendarmerie", M, "Harvel Front")}),
    ("Quorvanian soldiers who defected to the Harvel Front attacked a checkpoint in Quorvania.",
     set(), {("Quorvania military", M, "Harvel Front")}),
    ("The Osk Ridge Brigade, which defected to the Harvel Front in 2019, attacked a checkpoint in Quorvania.",
     {("Osk Ridge Brigade", M, "Harvel Front")}, set()),
    ("Brannic Toll, who defected to the Harvel Front in 2019, spoke in Quorvania on Monday.",
     {("Brannic Toll", M, "Harvel Front")}, set()),
]


extracted_ties, test_force_men_ties = battery(TIE_CASES, {}, "dt", relations_by_document, check_ties,
                                              fixture="extracted_ties")
