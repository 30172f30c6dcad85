"""Actors in news wording (a battery written before the fixes, invented names and wordings).

Causes: (1) a party named in its own language, its group head first ("Frente", "Alianza", "Movimiento", "Fuerza":
roles.yaml org_nouns and translated_heads), then "of" and a person's name, is the party and its leader: the party
stays one body, the person after "of" is a person who leads it ("the right-wing Alianza Cívica of Ana Tocor"; the
tagger takes both names for people or both for bodies); "Fuerza" heads such a name too; (2) the titles of monarchs
and royals other than king, queen, prince and emir ("Emperor", "Grand Duke", "Grand Duchess", "Crown Princess",
"Princess", "Duke") and the head of government's "Premier" are stripped from the name, and the monarch's titles
make the holder the leader of the state named before them ("Japan's Emperor X"); (3) a body's acronym the tagger
read as a common noun and the NER left untagged ("the far-right VOLNA doubled its seats") is a body; (4) "the
president of Ostrava, Ilse Marnok," tagged as one name is the post's place and its holder; (5) a state's name the
NER left untagged before a possessive and a post only a state has, or a head of state's post and its holder after
a comma ("KASTEL, May 3 - Torvenia's president, Oriane Tessaleu, said"), is a state.
Negatives: the head alone before "of" ("the Partido of X") makes no leader; a person "of" a party stays the
party's member, not its body; a royal who is not the monarch ("Crown Princess X") leads nothing; a former title
holder leads nothing; English words and listed non-actors in capitals ("NOTE:", "GDP", "USD", "CEO") are no
actors; an acronym that opens a longer name the text writes too is that name's; a portfolio before the comma
("the Minister of Labour, X,") is no place; a person's possessive on a post ("Tessaleu's labour minister") makes no
state.

Each item is its own document: ({name: kind} wanted, {names that must not be actors}, {ties wanted}, {ties that
must not be}). End to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, kinds_and_ties, norm_name, tie

pytestmark = pytest.mark.model

C, O, P = "country", "organization", "person"
L, M = "leader_of", "member_of"

CASES = [
    # --- (1) a party named in its language, then "of" and its leader ---
    ("LIMA, May 3 - Peru's congress met on Monday. The leftist Frente Verde Sur of Rosa Quilcahua won 9 seats.",
     {"Frente Verde Sur": O, "Rosa Quilcahua": P}, set(), {("Rosa Quilcahua", L, "Frente Verde Sur")}, set()),
    ("LIMA, May 3 - Peru's congress met on Monday. The right-wing Alianza Ciudadana of Esteban Tocor, with 47 "
     "seats, sides with the growers.",
     {"Alianza Ciudadana": O, "Esteban Tocor": P}, {"Alianza Ciudadana of Esteban Tocor"},
     {("Esteban Tocor", L, "Alianza Ciudadana")}, set()),
    ("LIMA, May 3 - Peru's congress met on Monday. The Movimiento Tierra Libre of Ana Tocor Huillca won 12 seats.",
     {"Movimiento Tierra Libre": O, "Ana Tocor Huillca": P}, {"Movimiento Tierra Libre of Ana Tocor Huillca"},
     {("Ana Tocor Huillca", L, "Movimiento Tierra Libre")}, set()),
    ("LIMA, May 3 - Peru's congress met on Monday. The right-wing Fuerza Andina of Ernesto Quilcahua sided with the "
     "farmers.",
     {"Fuerza Andina": O, "Ernesto Quilcahua": P}, set(), {("Ernesto Quilcahua", L, "Fuerza Andina")}, set()),
    ("LIMA, May 3 - Peru's congress met on Monday. The right-wing Fuerza Andina, led by Ernesto Quilcahua, sided "
     "with the farmers.",
     {"Fuerza Andina": O, "Ernesto Quilcahua": P}, set(), {("Ernesto Quilcahua", L, "Fuerza Andina")}, set()),
    # negatives: a person of the party is its member; the head alone before "of" names no party
    ("LIMA, May 3 - Peru's congress met on Monday. Rosa Quilcahua of the Frente Verde Sur voted against the law.",
     {"Frente Verde Sur": O, "Rosa Quilcahua": P}, set(), {("Rosa Quilcahua", M, "Frente Verde Sur")},
     {("Rosa Quilcahua", L, "Frente Verde Sur")}),
    ("LIMA, May 3 - Peru's congress met on Monday. Ernesto Quilcahua, a deputy of Fuerza Andina, left the chamber.",
     {"Fuerza Andina": O, "Ernesto Quilcahua": P}, set(), {("Ernesto Quilcahua", M, "Fuerza Andina")},
     {("Ernesto Quilcahua", L, "Fuerza Andina")}),
    # --- (2) monarchs' and royals' titles, and "Premier" ---
    ("TOKYO, May 3 - Japan's parliament met on Monday. Japan's Emperor Haruki Sone received the new cabinet.",
     {"Haruki Sone": P}, {"Emperor Haruki Sone"}, {("Haruki Sone", L, "Japan")}, set()),
    ("VADUZ, May 3 - Liechtenstein's Grand Duke Albrecht Vennel met the Speaker on Monday.",
     {"Albrecht Vennel": P}, {"Duke Albrecht Vennel", "Grand Duke", "Grand Duke Albrecht Vennel"},
     {("Albrecht Vennel", L, "Liechtenstein")}, set()),
    ("TOKYO, May 3 - Japan's parliament met on Monday. Premier Taro Ikeda won a vote of confidence.",
     {"Taro Ikeda": P}, {"Premier Taro Ikeda"}, {("Taro Ikeda", L, "Japan")}, set()),
    ("VADUZ, May 3 - Liechtenstein's parliament met on Monday. Grand Duchess Marit Alvik and Crown Princess Lira "
     "Alvik opened the session.",
     {"Marit Alvik": P, "Lira Alvik": P}, {"Crown", "Princess Lira Alvik", "Grand Duchess Marit Alvik"}, set(),
     {("Lira Alvik", L, "Liechtenstein")}),
    ("NUKU'ALOFA, May 3 - Tonga's parliament met on Monday. Princess Mele Fale attended. Duke Tavo Fale opposed "
     "the bill.",
     {"Mele Fale": P, "Tavo Fale": P}, {"Princess Mele Fale", "Duke Tavo Fale"}, set(),
     {("Mele Fale", L, "Tonga"), ("Tavo Fale", L, "Tonga")}),
    ("TOKYO, May 3 - Japan's parliament met on Monday. Former Premier Taro Ikeda criticised the budget.",
     {"Taro Ikeda": P}, {"Premier Taro Ikeda", "Former Premier Taro Ikeda"}, set(), {("Taro Ikeda", L, "Japan")}),
    # --- (3) an untagged acronym read as a common noun ---
    ("NICOSIA, May 3 - Cyprus's parliament met on Monday. The far-right VOLNA doubled to 8 seats, level with SVENA.",
     {"VOLNA": O, "SVENA": O}, set(), set(), set()),
    ("NICOSIA, May 3 - Cyprus's parliament met on Monday. The far-right VOLNA of Andreas Kostaki doubled to 8 "
     "seats.",
     {"VOLNA": O, "Andreas Kostaki": P}, set(), {("Andreas Kostaki", L, "VOLNA")}, set()),
    # negatives: English words, listed non-actors and titles in capitals; an acronym opening a longer name
    ("NICOSIA, May 3 - Cyprus's parliament met on Monday. NOTE: the count is provisional. The GDP grew by 2 per "
     "cent, and the CEO of the port was paid in USD.",
     {}, {"NOTE", "GDP", "CEO", "USD"}, set(), set()),
    ("SARAJEVO, May 3 - Bosnia's parliament met on Monday. KRADO Tessin, the EU-led force, brought in reserves. "
     "Later KRADO said nothing had happened.",
     {"KRADO Tessin": O}, set(), set(), set()),
]

CASES += [
    # --- (4) "the president of X, Name," that the NER tags as one name; (5) "X's president, Name," after a dateline,
    # the state's name left untagged ---
    ("The president of Torvenia, Oriane Tessaleu, heads the Ember League. Tessaleu accused foreign interests of "
     "funding the strike. Torvenia's army was put on alert.",
     {"Oriane Tessaleu": P, "Torvenia": C}, {"Torvenia, Oriane Tessaleu"}, {("Oriane Tessaleu", L, "Torvenia")}, set()),
    ("The prime minister of Ostrava, Ilse Marnok, resigned on Monday.",
     {"Ilse Marnok": P}, {"Ostrava, Ilse Marnok"}, set(), set()),
    ("KASTEL, May 3 - Torvenia's president, Oriane Tessaleu, heads the Ember League. Tessaleu accused foreign "
     "interests of funding the strike.",
     {"Oriane Tessaleu": P, "Torvenia": C}, {"Torvenia, Oriane Tessaleu"}, {("Oriane Tessaleu", L, "Torvenia")},
     set()),
    ("KASTEL, May 3 - Torvenia's prime minister, Oriane Tessaleu, heads the Ember League.",
     {"Oriane Tessaleu": P, "Torvenia": C}, set(), {("Oriane Tessaleu", L, "Torvenia")}, set()),
    # negatives: a portfolio before the comma; a person's possessive on a post
    ("The Minister of Labour, Samuel Odhiwo, resigned on Monday.",
     {"Samuel Odhiwo": P}, {"Labour", "Labour, Samuel Odhiwo"}, set(), set()),
    ("KASTEL, May 3 - Oriane Tessaleu heads the Ember League. Ebrand, once Tessaleu's labour minister, broke "
     "with her.",
     {"Tessaleu": P}, set(), set(), set()),
]

XFAIL: dict[str, str] = {}


def _check(text: str, want: dict, absent: set, ties: set, no_ties: set, got: tuple[dict, set]) -> None:
    kinds, got_ties = got
    wrong = {name: kinds.get(norm_name(name)) for name, kind in want.items() if kinds.get(norm_name(name)) != kind}
    present = {name for name in absent if norm_name(name) in kinds}
    missing = {tie(*t) for t in ties} - got_ties
    false = {tie(*t) for t in no_ties} & got_ties
    assert not wrong and not present and not missing and not false, \
        (text, "wrong kinds", wrong, "unwanted actors", present, "missing ties", missing, "false ties", false,
         "got", kinds, got_ties)


extracted, test_wording = battery(CASES, XFAIL, "pk", partial(kinds_and_ties, aliases=True), _check)
