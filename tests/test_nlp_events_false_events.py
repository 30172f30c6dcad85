"""False events: wordings that must NOT give the event a reader could wrongly take from them, each written for a
cause of false events counted over the development sets (invented names and wordings, end to end with the real
English pipeline).

- A "who" clause on a description of a person ("X, a retired customs clerk who fled in 2011", "Y, a farmers'
  envoy who sat in on the talks") introduces the person; with no one acted upon it is no act of the story,
  and the body a word of the description names ("navy", "union") never acts in it. A "who" clause aimed at a named
  actor stays an event, of the person the description stands in apposition to.
- "Strikes that it says target X": the clause on the strikes, whose teller the parser takes for the subject of
  "target"; the strikes' author acts, never the place named just before.
- A study, a report or a committee that examines or inspects X charges no one (no ACCUSE).

Each item lists events that must be present and events that must be absent among the non-negated events (others may
be emitted); an end written "A|B" accepts either name, "*" any actor or none; a type ending in "~" is compared
without direction."""
from __future__ import annotations

import pytest

from wording_battery import check_events, norm_name

pytestmark = pytest.mark.model

CASES = [
    # --- a "who" clause introducing a person ---
    ("The Tessar Guard is led by Marek Dvoran, a former officer of the Velnian navy who defected in 2018.",
     set(), {("*", "RETREAT", "*")}),
    ("The Tarsk Defence Front was set up in 2020. Its commander, Colonel Ivo Renzak, is a former Morvan Army officer "
     "who defected in 2019.", set(), {("Morvan Army", "RETREAT", "*"), ("Ivo Renzak", "RETREAT", "*")}),
    ("Pavel Orun, a Harbour Front envoy who sat in on the two rounds, said the front wanted guarantees.",
     set(), {("Harbour Front", "CONSULT", "*"), ("Pavel Orun", "CONSULT", "*")}),
    ("Kerem Basak, a Harbour Front envoy who met Tomas Brandt in Ostra on Monday, urged restraint.",
     {("Kerem Basak", "CONSULT~", "Tomas Brandt")}, {("Harbour Front", "CONSULT~", "Tomas Brandt")}),
    # --- "strikes that it says target X" ---
    ("Dorva has pulled back from most towns but kept troops on four hills inside Morvan land and carries "
     "out near-daily drone strikes that it says target Velan Front members.",
     {("Dorva", "ASSAULT", "Velan Front")}, {("Morva", "ASSAULT", "*")}),
    ("Dorva, which still holds two ridges inside southern Morva, carries out weekly raids it says target the Velan "
     "Front.", {("Dorva", "ASSAULT", "Velan Front")}, {("Morva", "ASSAULT", "*")}),
    # --- examining is no charge ---
    ("This paper examines the rise of the Velan Front in the southern hills since 2015.",
     set(), {("*", "ACCUSE", "Velan Front")}),
    ("The Velnian parliament's defence committee inspected the Tessar Guard's barracks on Friday.",
     set(), {("*", "ACCUSE", "Tessar Guard")}),
]


@pytest.fixture(scope="module")
def extracted():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=f"f{i:03d}", text=text) for i, (text, _, _) in enumerate(CASES)])
    names = {a.id: a.name for a in ex.actors}
    got: dict[str, set] = {}
    for e in ex.events:
        if not e.negated:
            got.setdefault(e.evidence.document, set()).add(
                (norm_name(names.get(e.source)), e.type, norm_name(names.get(e.target))))
    return got


@pytest.mark.parametrize("i", [pytest.param(i, id=f"f{i:03d}") for i in range(len(CASES))])
def test_false_event_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"f{i:03d}", set())
    check_events(text, present, absent, got)
