"""A state the text names only as the modifier of one of its organs, in lower case: "the X army", "the X government",
"the X president", "the X parliament", "a X govt spokesman", "the X defence ministry" (roles.yaml
modifier_state_heads). X is a state actor of its own, not only a word of its organ's name, and its organ is tied to
it. Negatives: an English common word ("the Labour government", "the Interim government"), a person's surname ("the
Dask government", also where the text names Dask as a person), a province the text calls one, a longer capitalised
name ("the X Army Command", "X Holdings"), a hyphened word ("X army-backed"), an armed group ("the X army, a rebel
force"), the adjective of a name written apart ("Keshite" with "Kesh"), what a city or a province has too (police,
authorities), a provincial or regional government. All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery_params

pytestmark = pytest.mark.model

# (text, names that must be state actors, names that must not be state actors)
CASES = [
    # --- the name opens one of a state's organs, even once ---
    ("The Vorrel army shelled the town of Makin on Monday.", {"Vorrel"}, set()),
    ("A spokesman said the Tamsk government would not resign.", {"Tamsk"}, set()),
    ("The Ulbrevo president flew to Geneva on Tuesday.", {"Ulbrevo"}, set()),
    ("The Karvost parliament voted to extend the curfew by a month.", {"Karvost"}, set()),
    ("Tanks of the Nemdal armed forces entered the valley at dawn.", {"Nemdal"}, set()),
    ("The Orbesk defence ministry denied the report on Friday.", {"Orbesk"}, set()),
    ("Fighting in Palvonu killed nine people. The Palvonu govt blamed the rebels.", {"Palvonu"}, set()),
    ("The Rostagu navy seized a tanker off the coast.", {"Rostagu"}, set()),
    ("Olem Darsk, who commands the Sivrany army, said the offensive would go on.", {"Sivrany"}, set()),
    ("The Chamber of Commerce of Drelmont said exports fell. The Drelmont government raised tariffs.", {"Drelmont"}, set()),
    ("Critics say the Quarnel junta has jailed forty journalists since May.", {"Quarnel"}, set()),
    # --- not a state: a common word, a person's name, a local place, a longer name ---
    ("The Labour government fell in May.", set(), {"Labour"}),
    ("The Interim government promised elections next year.", set(), {"Interim"}),
    ("The Dask government fell on Friday. Dask said he would stay on.", set(), {"Dask"}),
    ("Marek Dask said the Dask government would not fall.", set(), {"Dask"}),
    ("Mr Dask said on Monday that the Dask government was united.", set(), {"Dask"}),
    ("The Kessa government raised taxes, the second rise in Kessa province this year.", set(), {"Kessa"}),
    ("The Kessa provincial government raised taxes.", set(), {"Kessa"}),
    ("The Kessa police arrested four men.", set(), {"Kessa"}),
    ("Kessa authorities closed the market.", set(), {"Kessa"}),
    ("Fighters of the Dorvan Liberation Army attacked a convoy.", set(), {"Dorvan"}),
    ("The Bardo army, a rebel force, took the town.", set(), {"Bardo"}),
    ("Residents of Narvo city say the Narvo government ignored them.", set(), {"Narvo"}),
    ("The Keshite navy seized a boat off Kesh. Kesh denied it.", set(), {"Keshite"}),
    ("Narvo Holdings said the Narvo president of the board resigned.", set(), {"Narvo"}),
    ("The Dask government, led by Prime Minister Ivo Dask, fell.", set(), {"Dask"}),
    ("The Liberation army and the Popular army clashed.", set(), {"Liberation", "Popular"}),
]

XFAIL: dict[str, str] = {}


def _states_by_document(texts: list[str], prefix: str) -> dict[str, set]:
    """Extract each text as its own document in one run: {document: {names of its country actors}}."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"{prefix}{i:03d}", text=text) for i, text in enumerate(texts)])
    got: dict[str, set] = {}
    for a in ex.actors:
        if a.kind == "country":
            for d in a.documents:
                got.setdefault(d, set()).add(a.name)
    return got


@pytest.fixture(scope="module")
def extracted():
    return _states_by_document([text for text, _, _ in CASES], "hs")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "hs"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"hs{i:03d}", set())
    assert present <= got and not absent & got, (text, "got", got)
