"""'A and B (b), a militia of N men': one body described, the name right before the description, though the
parser hangs it on the first of the pair (invented sentences, real English pipeline)."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

CASES = [
    ("The government relied on the army's 9th Corps and the Eagle Guard (Liwa al-Nasr), a militia of some 6,000 men "
     "recruited locally.", ("Eagle Guard", "troops", 6000)),
    ("The Fourth Division and the Hawk Brigades (Liwa al-Suqur), a militia of some 6,000 fighters, hold the north.",
     ("Hawk Brigades", "troops", 6000)),
    ("Kesh and the Tarsk Front, a militia of 5,000 fighters, signed the truce.", ("Tarsk Front", "troops", 5000)),
    ("The Republican Guard and the Lion Battalions (Liwa al-Asad), a militia of about 4,000 men, guard the dam.",
     ("Lion Battalions", "troops", 4000)),
    ("The 3rd Armoured Brigade and the Sons of Dorna (SoD), a force of 2,500 fighters, retook the town.",
     ("Sons of Dorna", "troops", 2500)),
    ("The army's 2nd Corps and the Volunteer Legion, a force of 3,000 men, held the pass.",
     ("Volunteer Legion", "troops", 3000)),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "p")


@pytest.mark.parametrize("i", range(len(CASES)))
def test_the_description_is_the_nearer_names(extracted, i):
    assert CASES[i][1] in extracted.get(f"p{i:03d}", set()), extracted.get(f"p{i:03d}")
