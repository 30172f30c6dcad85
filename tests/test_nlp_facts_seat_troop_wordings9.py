"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: an adverb on
the modifier of a count ("the 300 directly elected seats"), a description whose participle the parser takes for the
clause's verb ("X, a militia raised to guard the dams, has grown to 12,000 fighters"), troops named by a foreign
state's adjective ("7,000 Ostlandic soldiers in the country": the state's), a body called by the last word of its name
("the Volunteers"), a second holder's share told with "another" or "a further" and a verb of holding, a count closing a
list after a body set off by a description, and advisers a state's adjective names beside an armed body.
Negatives give nothing: a gain, a past holding, a hypothetical, a casualty count, a negation, people who are no troops,
a short name with no body named before it. The states, parties and armed bodies are invented; end to end with the real English
pipeline. Names are compared without case and a leading "the", and (unlike the earlier batteries) a state's force
("Velmora military") is not taken for the state itself."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # --- an adverb on the count's modifier ---
    ("The Varnel Nationalist Party won 212 of the 300 directly elected seats in the Sangsad.",
     {("Varnel Nationalist Party", S, 212), ("Sangsad", S, 300)}),
    ("The Harrow League holds 41 of the 120 directly elected seats in the Orvel Assembly.",
     {("Harrow League", S, 41), ("Orvel Assembly", S, 120)}),
    ("The Quellmark Militia has grown to 2,000 newly trained fighters.", {("Quellmark Militia", T, 2000)}),
    ("Only 12 of the 300 directly elected seats in the Dalmar Sabor were contested by women.",
     {("Dalmar Sabor", S, 300)}),
    ("The Tessaly Union lost 20 of its 61 directly elected seats.", {("Tessaly Union", S, 41)}),
    # --- a description's participle parsed as the clause's verb ---
    ("Since 2022 the Kestrel Volunteers, a civilian militia raised to fight bandits in Orvania's three northern "
     "regions, have grown to an estimated 12,000 armed men.", {("Kestrel Volunteers", T, 12000)}),
    ("Since 2022 the Wardens of the Sorrel Marches (WSM), a militia raised to guard the dams, have grown to some "
     "8,000 fighters.", {("Wardens of the Sorrel Marches", T, 8000)}),
    ("The Brask Front, a militia founded by farmers in the hills, now numbers some 3,000 fighters.",
     {("Brask Front", T, 3000)}),
    ("The Ommel Guard, a militia raised to guard the dams, has killed 300 soldiers.", set()),
    ("The Pellan Rangers, a militia raised to guard the dams, have not grown to 12,000 fighters.", set()),
    ("The Lindqvar Party, a party founded by farmers, has a membership of 40,000.", set()),
    # --- troops named by a foreign state's adjective: the state's ---
    ("A UN panel said that the Brask Front is supplied by the neighbouring Republic of Velmora, and that about "
     "1,500 Velmoran soldiers operate alongside it inside Orvania. Velmora denies this.", {("Velmora", T, 1500)}),
    ("The war in Tarvenia began in 2014. Tarvenia's president asked for help, and by 2016 there were about 7,000 "
     "Sarkovian troops in Tarvenia. Tarvenia's army had only 4,000 men.",
     {("Sarkovia", T, 7000), ("Tarvenia military", T, 4000)}),
    ("The Velmoran army has 9,000 soldiers, a Tarvenian report said.", {("Velmora military", T, 9000)}),
    ("Velmora's border guards shot dead 30 Orvanian soldiers near Kessa, Tarvenia said.", set()),
    ("Some 7,000 Velmoran tourists visited Tarvenia last year.", set()),
    ("Tarvenia said there were never 7,000 Velmoran soldiers on its soil.", set()),
    # --- a body called by the last word of its name ---
    ("Dravo Kessel founded the Harrow Ridge Volunteers in 2019. In the spring of 2024 the Volunteers numbered "
     "approximately 1,400 fighters.", {("Harrow Ridge Volunteers", T, 1400)}),
    ("Mira Olsk founded the Saltmere Valley Sentinels in 2018. By 2023 the Sentinels had grown to some 2,600 "
     "fighters.", {("Saltmere Valley Sentinels", T, 2600)}),
    ("In the spring of 2024 the Lancers numbered approximately 1,400 fighters.", set()),
    ("Teo Brannic founded the Gorran Ridge Fusiliers in 2019. In the spring of 2024 the Fusiliers killed 40 "
     "soldiers.", set()),
    ("Ilse Tamm chairs the Quarry Accord Party. The Accord has 3,000 members.", set()),
    # --- a second holder's share with "another" or "a further" and a verb of holding ---
    ("The Harbour Compact holds 31 seats, and the Dawn Roster holds another nine.",
     {("Harbour Compact", S, 31), ("Dawn Roster", S, 9)}),
    ("Kessel's Lantern Party holds 112 of the 190 seats in the Chamber of Orvel, with its partner, the Green Pact, "
     "holding a further 14.", {("Lantern Party", S, 112), ("Chamber of Orvel", S, 190), ("Green Pact", S, 14)}),
    ("The Ivory Bloc controls 50 seats, and the Copper Circle controls a further 12.",
     {("Ivory Bloc", S, 50), ("Copper Circle", S, 12)}),
    ("The Marsh Union won 31 seats, and the Reed List won another nine.", {("Marsh Union", S, 31)}),
    ("The Gull Alliance holds 31 seats; the Tern List gained a further nine.", {("Gull Alliance", S, 31)}),
    ("The Birch Front held 31 seats, and the Alder List held another nine.", {("Birch Front", S, 31)}),
    ("The Heath Union holds 31 seats, and the Moor List could win another nine.", {("Heath Union", S, 31)}),
    # --- a bare count closing a list after a body set off by a description ---
    ("The Harbour Covenant received 19 seats, the Dusk Roster 16, the Fennel Pact 14 and the Ivory Circle, the party "
     "of the former prime minister Olek Varn, 12.", {("Harbour Covenant", S, 19), ("Dusk Roster", S, 16),
                                                      ("Fennel Pact", S, 14), ("Ivory Circle", S, 12)}),
    ("The Saffron League won 40 seats, and the Thistle Roster, a party of farmers, 12.",
     {("Saffron League", S, 40), ("Thistle Roster", S, 12)}),
    ("The Cobalt League won 40 seats. The Ember Circle, the party of Olek Varn, 62, came second.",
     {("Cobalt League", S, 40)}),
    ("The Garnet League won 40 seats in the election, the best result since 1990, 12 more than in 2019.",
     {("Garnet League", S, 40)}),
    # --- advisers named by a state's adjective, beside an armed body: the state's troops ---
    ("Orvania's army, about 18,000 strong, is supported by some 250 French advisers.",
     {("Orvania military", T, 18000), ("France", T, 250)}),
    ("Some 300 Turkish instructors train the Kelvarian army, officials said.", {("Turkey", T, 300)}),
    ("Dalmora's finance ministry is supported by some 250 French advisers.", set()),
    ("Sarrow's army was never supported by 250 French advisers.", set()),
    ("Tessmark's army is supported by some 250 French economists.", set()),
    ("Some 250 French advisers helped Brennia's government draft the budget.", set()),
    ("The Brask Miners' Union is supported by 250 Turkish advisers.", set()),
]

XFAIL: dict[str, str] = {}


def _name(name: str) -> str:
    name = name.lower().strip()
    return name[4:] if name.startswith("the ") else name


def assert_facts(text: str, expected: set, got: set) -> None:
    """The facts a document gave are those expected, names compared by ``_name`` (a force is not its state)."""
    assert {(_name(a), k, v) for a, k, v in got} == {(_name(a), k, v) for a, k, v in expected}, text


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "t")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "t"))
def test_wording(extracted, i):
    text, expected = CASES[i]
    assert_facts(text, expected, extracted.get(f"t{i:03d}", set()))
