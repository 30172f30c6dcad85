"""An invented state named only by its adjective gives one state, named by the name English derives the adjective
from ("the Brastoran army" -> Brastora), whatever the tagger called the adjective (a place, a nationality, an
organisation or a person), and the same state where the text writes the name too ("Brastora ... the Brastoran
army"); never a state named by the adjective itself ("Brastoran") nor an organisation "Brastoran army" standing
for it.

Negatives: a state whose own name ends like an adjective and that the text writes as a noun ("talks in Harvan")
keeps its name; a surname before a noun ("the Dolvan faction" of Oren Dolvan) and a person the text names as one
("Mr Pelkan") give no state; a real state's adjective gives the real state.

Bare ministries in a story with no state of its own ("the Ministry of Finance ... the Foreign Ministry", no state
named with them and none the story is set in) are one state's: one actor, the one met most, not one per ministry.
Negatives: a ministry named with a second state's adjective ("the Dastovian Foreign Ministry") stays its own; a
real organisation that is no organ ("the Red Crescent Society") and a town ("Vossendal") are no ministry.

Each item is its own document. ``want``: the names of the states it must give (exactly); ``absent``: names no actor
may have. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, extract_each

pytestmark = pytest.mark.model

CASES = [
    # --- the adjective alone, before a state body ---
    ("Forces in the district: the Northern Ridge Brigades (about 2,500 fighters) and the Brastoran army "
     "(some 6,000 soldiers).", {"Brastora"}, {"Brastoran", "Brastoran army"}),
    ("Forces in the district: the Northern Ridge Brigades (about 2,500 fighters) and the Quelmoran army "
     "(some 6,000 soldiers).", {"Quelmora"}, {"Quelmoran", "Quelmoran army"}),
    ("Forces in the district: the Northern Ridge Brigades (about 2,500 fighters) and the Tirmoran army "
     "(some 6,000 soldiers).", {"Tirmora"}, {"Tirmoran", "Tirmoran army"}),
    ("The Pelsharan army shelled the valley on Monday, villagers said.", {"Pelshara"}, {"Pelsharan"}),
    ("The Dastovian parliament voted on Tuesday to extend the emergency.", {"Dastovia"}, {"Dastovian"}),
    ("On Friday the Korbanan army withdrew two battalions from the ridge.", {"Korbana"}, {"Korbanan"}),
    ("Witnesses said the Selvoran army had closed the road to the port.", {"Selvora"}, {"Selvoran"}),
    # --- the name written too: the same one state ---
    ("Fighting spread across Tirmora on Sunday. The Tirmoran army shelled the valley.", {"Tirmora"}, {"Tirmoran"}),
    ("Brastora has closed its border. Forces in the district: the Brastoran army (some 6,000 soldiers).",
     {"Brastora"}, {"Brastoran"}),
    # --- negatives ---
    ("Harvan's president spoke on Monday. The Harvan army shelled the valley.", {"Harvan"}, {"Harva"}),
    ("The Harvan government fell on Monday. Harvan's army took over.", {"Harvan"}, {"Harva"}),
    ("Oren Dolvan leads the rebels. The Dolvan faction seized the road on Monday.", set(), {"Dolva"}),
    ("Mr Pelkan said he would resign. The Pelkan faction dispersed.", set(), {"Pelka"}),
    ("Oren Pelkan said he would resign. The Pelkan army of volunteers dispersed.", set(), {"Pelka"}),
    ("The Iranian army held drills near the strait on Monday.", {"Iran"}, {"Irania"}),
]

XFAIL: dict[str, str] = {
    "Oren Pelkan said he would resign. The Pelkan army of volunteers dispersed.":
        "a surname before a state force's noun ('the Pelkan army') is read as a state's name when the tagger calls "
        "the full name an organisation: no person's full name then tells the word is a surname",
}


def _states_and_names(ex, names) -> tuple[set, set]:
    return {a.name for a in ex.actors if a.kind == "country"}, {a.name for a in ex.actors}


def _check(text: str, want: set, absent: set, got: tuple[set, set]) -> None:
    states, names = got
    assert states == want and not (names & absent), (text, "states", states, "names", names)


extracted, test_wording = battery(CASES, XFAIL, "d", partial(extract_each, items=_states_and_names), _check)


# (text, the ministry actors wanted, the other names wanted)
MINISTRY_CASES = [
    ("The Ministry of Finance has suspended the port surcharge. The Foreign Ministry received a complaint. The "
     "Ministry of Interior did not comment.", 1, set()),
    ("The Defence Ministry denied the report. The Interior Ministry later confirmed that two officers had been "
     "arrested.", 1, set()),
    ("Traders say the Ministry of Trade has not answered their letter. The Ministry of Energy blamed the drought for "
     "the shortages.", 1, set()),
    ("The Ministry of Health reported forty new cases on Monday, and the Ministry of Education closed the schools.",
     1, set()),
    # --- negatives ---
    ("The Ministry of Finance has suspended the surcharge. The Dastovian Foreign Ministry protested on Monday.",
     2, {"Dastovian Foreign Ministry"}),
    ("The Ministry of Finance has suspended the surcharge. The Foreign Ministry said it had received a protest. The "
     "Red Crescent Society sent two lorries of flour.", 1, {"Red Crescent Society"}),
    ("The Ministry of Finance opened an office in Vossendal on Monday. The Foreign Ministry said the port of Vossendal was "
     "calm.", 1, set()),
    # found in review: one ministry acting on another is two bodies
    ("The Interior Ministry accused the Foreign Ministry of leaking the memo. The Foreign Ministry denied it.", 2,
     set()),
]

MINISTRY_XFAIL: dict[str, str] = {}


def _kinds(ex, names) -> dict[str, str]:
    return {a.name: a.kind for a in ex.actors}


def _check_ministries(text: str, n: int, others: set, got: dict[str, str]) -> None:
    held = [name for name in got if "Ministry" in name]
    assert len(held) == n and others <= set(got) and "Vossendal" not in got \
        and not any(kind == "country" for kind in got.values()), (text, got)


ministries, test_ministry_wording = battery(MINISTRY_CASES, MINISTRY_XFAIL, "m", partial(extract_each, items=_kinds),
                                            _check_ministries, fixture="ministries")
