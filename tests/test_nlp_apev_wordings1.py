"""Blows told in a relative clause of the blow's own noun, with no author in that noun's phrase: "X struck Y's camps
in May, in an attack that killed Z", "X launched a drone strike that killed Z", "X carried out a raid which wounded
two soldiers". The noun names the blow the surrounding clause deals: hung by "in"/"during" on an assault verb, or the
object of a light verb (plover.yaml frames.light: launch, carry out, stage, mount ...), so the clause's doer dealt
what the relative clause tells (events._blow_clause_author). Negatives: a blow only spoken of ("condemned / denied the
attack that killed Z"), a blow not dealt ("did not launch the strike that ..."), an act of another kind ("was arrested
in a raid that killed ..." names no assault by anyone), a blow whose own phrase names another author ("an attack by
W that killed Z"), a clause that only tells of a blow (a denial, a charge, a wish: "denied launching", "accused of
carrying out", "hoped to stage"), a time frame that is not the blow ("during a riot that killed Z"), a light verb
that stages no blow ("launched a website that attacked Z"). Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the blow noun hung by "in" on an assault verb: the verb's doer dealt it ---
    ("The Velmar Army had struck Dawn Front figures in Tarsk in May, in an attack that killed the group's "
     "commander, Ilya Moros.",
     {("Velmar Army", "ASSAULT", "Ilya Moros")}, set()),
    ("The Korvath Union shelled the border town of Kelso on Monday in a bombardment which wounded two officers of "
     "the Tarsk Guard.",
     {("Korvath Union", "ASSAULT", "Tarsk Guard")}, set()),
    ("Dawn Front camps were bombed by the Velmar Army in an operation that killed Pavel Dorn.",
     {("Velmar Army", "ASSAULT", "Pavel Dorn")}, set()),
    ("The Korvath Union attacked the Tarsk Guard during an offensive that killed its deputy leader, Anna Reyes.",
     {("Korvath Union", "ASSAULT", "Anna Reyes")}, set()),
    # --- the blow noun the object of a light verb: the verb's doer dealt it ---
    ("The Velmar Army launched a drone strike that killed the Dawn Front's commander, Ilya Moros.",
     {("Velmar Army", "ASSAULT", "Ilya Moros")}, set()),
    ("The Korvath Union carried out a raid that killed Ilya Moros, the Dawn Front's commander.",
     {("Korvath Union", "ASSAULT", "Ilya Moros")}, set()),
    ("In March the Velmar Army staged an ambush that killed six fighters of the Tarsk Guard.",
     {("Velmar Army", "ASSAULT", "Tarsk Guard")}, set()),
    # --- negatives: a blow only spoken of, one not dealt, an act of another kind, another author ---
    ("The Velmar Army condemned the raid that killed Ilya Moros.",
     set(), {("Velmar Army", "ASSAULT", "Ilya Moros")}),
    ("The Velmar Army denied an attack that killed Ilya Moros.",
     set(), {("Velmar Army", "ASSAULT", "Ilya Moros")}),
    ("The Velmar Army did not launch the strike that killed Ilya Moros.",
     set(), {("Velmar Army", "ASSAULT", "Ilya Moros")}),
    ("The Velmar Army wants to launch an offensive that would crush the Dawn Front.",
     set(), {("Velmar Army", "ASSAULT", "Dawn Front")}),
    ("Lena Varga was arrested by the Korvath Union in a raid that killed two Dawn Front guards.",
     {("Korvath Union", "COERCE", "Lena Varga")}, {("Korvath Union", "ASSAULT", "Dawn Front")}),
    ("The Velmar Army struck Dawn Front positions in May, and an attack by the Tarsk Guard that month killed "
     "Omar Selim.",
     {("Tarsk Guard", "ASSAULT", "Omar Selim")}, {("Velmar Army", "ASSAULT", "Omar Selim")}),
    # --- more wordings: an untyped noun naming the clause's own act, a list, a non-restrictive clause, reported ---
    ("The Korvath Union shelled Kelso in a move that killed two officers of the Tarsk Guard.",
     {("Korvath Union", "ASSAULT", "Tarsk Guard")}, set()),
    ("The Velmar Army launched raids that killed Ilya Moros and Omar Selim, two Dawn Front commanders.",
     {("Velmar Army", "ASSAULT", "Ilya Moros"), ("Velmar Army", "ASSAULT", "Omar Selim")}, set()),
    ("The Velmar Army launched a strike, which killed Ilya Moros, a Dawn Front commander.",
     {("Velmar Army", "ASSAULT", "Ilya Moros")}, set()),
    ("The Tarsk Guard says the Velmar Army carried out a raid that killed Ilya Moros, a Dawn Front commander.",
     {("Velmar Army", "ASSAULT", "Ilya Moros")}, {("Tarsk Guard", "ASSAULT", "Ilya Moros")}),
    # --- negatives: a denial, a charge, a wish, a condition, a time frame that is not the blow, a light verb that
    # stages no blow ---
    ("The Velmar Army denied launching a strike that killed Ilya Moros, a Dawn Front commander.",
     set(), {("Velmar Army", "ASSAULT", "Ilya Moros")}),
    ("The Korvath Union was accused of carrying out a raid that killed Ilya Moros, a Dawn Front commander.",
     set(), {("Korvath Union", "ASSAULT", "Ilya Moros")}),
    ("The Velmar Army had hoped to stage an ambush that killed the Dawn Front's leaders.",
     set(), {("Velmar Army", "ASSAULT", "Dawn Front")}),
    ("If the Velmar Army launches a strike that kills Ilya Moros, a Dawn Front commander, the front will retaliate.",
     set(), {("Velmar Army", "ASSAULT", "Ilya Moros")}),
    ("The Korvath Union shelled Kelso during a riot that killed two officers of the Tarsk Guard.",
     set(), {("Korvath Union", "ASSAULT", "Tarsk Guard")}),
    ("The Velmar Army launched a website that attacked the Dawn Front.",
     set(), {("Velmar Army", "ASSAULT", "Dawn Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ap", events_by_document, assert_events)
