"""A person's name cut short around a quoted nickname or a second surname: (1) 'Given "Nick" Surname' where the NER
tagged the given name alone (or no piece) and left the nickname and the surname untagged, so that the given name
stood alone as a person and the surname was lost ("... including Rodolfo "Kiko" Tan and Ana Ruiz"); (2) a double
surname whose second half is a town's name, tagged a place by the NER and cut off the person ("Mateo Loria |
Toledo, the magnate, ..."). Negatives: a quoted word between a body's name and a noun ('the Senate "Reform" Bill'),
a quoted word that is what a person said ('Ines said "Never" Tuesday'), a person then a place after "in" or a
comma, a common word before the quote ('Victor "Vic" ...' left as the NER made it is no test here). All people are
invented; end to end with the real English pipeline.

Each item: (text, actors that must be found as (name, alias or None), names that must not be found as
(name, kind): no actor of that kind (any kind for None) so named)."""
from __future__ import annotations

import pytest

from wording_battery import actors_by_document, battery

pytestmark = pytest.mark.model

CASES = [
    # --- 'Given "Nick" Surname': the given name tagged alone, the nickname and the surname untagged ---
    ('The senators include Rodolfo "Kiko" Tan and Ana Ruiz.',
     {("Rodolfo Tan", None)}, {("Rodolfo", None), ("Tan", None), ("Kiko", None)}),
    ('Candidates backed by the mayor won, including Lorenzo "Boy" Ong and Pedro "Pete" Lacson.',
     {("Pedro Lacson", None), ("Lorenzo Ong", None)}, {("Pedro", None), ("Lacson", None)}),
    ('The winners included Estela "Tess" Cabral, a former actress.',
     {("Estela Cabral", None)}, {("Estela", None), ("Cabral", None), ("Tess", None)}),
    ('Three allies won, including Gerardo "Bing" Sy and Marco "Tolo" dela Vega, the former general.',
     {("Gerardo Sy", None)}, {("Gerardo", None)}),
    ('Mirela "Mimi" Vasko won the seat.', {("Mirela Vasko", None)}, {("Mirela", None)}),
    # --- a party's name in French, Spanish or Portuguese linked by "pour", "para", "por": one name, not two bodies,
    # the second opened by the language's article ("para" + "el Cambio") ---
    ("The Rassemblement pour la Renaissance won 40 seats.",
     {("Rassemblement pour la Renaissance", None)}, {("Rassemblement", None), ("Renaissance", None)}),
    ("Alianza para el Cambio, led by Rosa Quispe, won 12 seats.",
     {("Alianza para el Cambio", None)}, {("Alianza", None), ("el Cambio", None)}),
    ("Partido de la Esperanza, led by Rosa Quispe, won 12 seats.", {("Partido de la Esperanza", None)}, set()),
    ("He thanked the President of El Salvador and the Partido Verde.", {("El Salvador", None)},
     {("Partido Verde El Salvador", None)}),
    # negatives: a quoted word that is no nickname
    ('The Senate "Reform" Bill passed and Ana Ruiz left.', set(), {('Senate "Reform" Bill', None), ("Senate Bill", None)}),
    ('Ines Varo said "Never" Tuesday.', {("Ines Varo", None)}, {("Ines Varo Tuesday", None)}),
    ('The mayor backed the Harbour "Green" Plan on Monday.', set(), {("Harbour Plan", "person")}),
    # --- a double surname whose second half the NER tagged a place ---
    ("Mateo Loria Toledo, the magnate, endorsed Ruben Ostan.", {("Mateo Loria Toledo", None)}, {("Toledo", None)}),
    ("Bruno Loria Toledo, the magnate, endorsed Ruben Ostan.", {("Bruno Loria Toledo", None)}, {("Toledo", None)}),
    # negatives: a person then a place, apart
    ("Mateo Loria visited Sevilla on Monday.", {("Mateo Loria", None)}, {("Mateo Loria Sevilla", None)}),
    ("Voters in Toledo backed Lucia Ferro.", {("Lucia Ferro", None)}, {("Lucia Ferro Toledo", None)}),
    ("Mateo Loria, Toledo's mayor, endorsed Ruben Ostan.", {("Mateo Loria", None)}, {("Mateo Loria Toledo", None)}),
]

XFAIL: dict[str, str] = {}


def _check(text: str, present: set, absent: set, actors: list) -> None:
    missing = [(n, al) for n, al in present
               if not any(name == n and (al is None or al in aliases) for name, _, aliases in actors)]
    wrong = [(n, k) for n, k in absent
             if any(name == n and k in (None, kind) for name, kind, aliases in actors)]
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", actors)


extracted, test_wording = battery(CASES, XFAIL, "nm", actors_by_document, _check, empty=list)
