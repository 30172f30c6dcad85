"""A person's name lost before any tie is looked for: (1) a gazetteer place whose name opens with an article or
particle ("La Vega", "El Oro") that the NER tagged as a person took the bare surname the text's person shares with
it ("Marta Vega Ruiz ... Vega said ... roads into La Vega"), and the person kept none of his mentions; (2) the
first of two surnames, when short ("Ros" for "Pablo Ros Medina"), was not read as that person's; (3) a full name
the NER left untagged ("Ivo Sal Medrano of the Harvest Party was sworn in ...") was dropped though its surname,
tagged alone, names a person again and again. Negatives: a person whose surname is such a place's name ("Minister
Ivo La Vega"), two people sharing a short name, a place named in a text with no such person. All people are
invented; end to end with the real English pipeline.

Each item: (text, actors that must be found as (name, alias or None), names that must not be found as
(name, kind): no actor of that kind (any kind for None) so named, and no person with a "person" name as alias)."""
from __future__ import annotations

import pytest

from wording_battery import actors_by_document, battery

pytestmark = pytest.mark.model

CASES = [
    # --- a particle place the NER tagged as a person does not take the person's surname ---
    ("Marta Vega Ruiz of the Civic Union was sworn in as president of Caldonia on Monday. Vega promised to cut fuel "
     "prices. Protesters blocked the roads into La Vega in June, and Vega sent the police.",
     {("Marta Vega Ruiz", "Vega")}, {("La Vega", "person"), ("Vega", None)}),
    ("Analyst: Pia Lenz, La Vega / London. Marta Vega Ruiz leads the Civic Union. Vega has said she will review "
     "both mining contracts.",
     {("Marta Vega Ruiz", "Vega")}, {("La Vega", "person"), ("Vega", None)}),
    ("Farmers from La Rioja marched on the capital. Senator Tomas Rioja Benn said the march was peaceful. Rioja "
     "met the farmers on Friday.",
     {("Tomas Rioja Benn", "Rioja")}, {("La Rioja", "person"), ("Rioja", None)}),
    # --- the first of two surnames, short, stands for its person ---
    ("Pablo Ros Medina was elected governor of Caldonia on Sunday. Ros thanked his voters. Ros will take office "
     "in May.",
     {("Pablo Ros Medina", "Ros")}, {("Ros", None)}),
    ("Elena Gil Castro was elected mayor on Sunday. Gil thanked her voters and said Gil would govern for all.",
     {("Elena Gil Castro", "Gil")}, {("Gil", None)}),
    ("Ana Gil Serrano leads the Harvest Party. Gil said the party would join no coalition. Critics of Gil say "
     "the party is split.",
     {("Ana Gil Serrano", "Gil")}, {("Gil", None)}),
    # --- an untagged full name is its surname's person ---
    ("1. Politics\n\nIvo Sal Medrano of the Harvest Party (HP) was sworn in as president on 8 May 2025, ending two "
     "decades of rule by the Civic Union. Sal beat former president Jon Arvel in the run-off. Sal has said he will "
     "review both contracts. Sal also promised to restore ties with Caldonia.",
     {("Ivo Sal Medrano", "Sal")}, {("Sal", None)}),
    ("Politics\n\nLucia Beltran Osorio of the Civic Union (CU) was sworn in as president on 8 May 2025. Beltran "
     "beat Jon Arvel in the run-off. Beltran has said she will review the contracts.",
     {("Lucia Beltran Osorio", "Beltran")}, {("Beltran", None)}),
    # --- negatives: never a person merged with a place, nor two people ---
    ("Minister Ivo La Vega arrived on Monday. La Vega said the talks would resume.",
     {("Ivo La Vega", None)}, set()),
    ("Ana Sol Prieto leads the Harvest Party. Sol Duran leads the Green Dawn. Ana Sol Prieto and Sol Duran met "
     "on Friday.",
     {("Ana Sol Prieto", None), ("Sol Duran", None)}, set()),
    ("Floods cut the roads into La Vega and El Oro on Monday. The army sent trucks to La Vega.",
     set(), {("La Vega", "person"), ("El Oro", "person")}),
]

XFAIL: dict[str, str] = {}


def _check(text: str, present: set, absent: set, actors: list) -> None:
    missing = [(n, al) for n, al in present
               if not any(name == n and (al is None or al in aliases) for name, _, aliases in actors)]
    wrong = [(n, k) for n, k in absent
             if any((name == n and k in (None, kind)) or (k == kind == "person" and n in aliases)
                    for name, kind, aliases in actors)]
    assert not missing and not wrong, (text, "missing", missing, "wrong", wrong, "got", actors)


extracted, test_wording = battery(CASES, XFAIL, "an", actors_by_document, _check, empty=list)
