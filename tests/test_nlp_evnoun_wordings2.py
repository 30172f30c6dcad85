"""A reaction to an act told by its noun ("condemned the coup", "criticised the annulment") is aimed at the one who
did the act: the subject of the latest clause before it whose verb the noun is made from (plover.yaml made_by_verbs,
an entry "verb object" asking for that object too: "seized power", "staged a coup"; not a clause asked, denied, wished
or only planned), or the name hyphened to a participle of leading on the noun ("the X-led coup": plover.yaml
leading_participles). Negatives: an act with no known doer, an act only threatened, wished, denied or asked about, a
verb of the noun with another object ("seized the town"), a backer rather than a doer ("the X-backed coup"), the
reacting actor itself as doer, a denied reaction. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

U = "Union of Tavia"

CASES = [
    # --- the act told before by the verb the noun is made from ---
    ("General Kessa Dravo seized power in Velnia in March. The Union of Tavia condemned the coup.",
     {(U, "ACCUSE", "Kessa Dravo")}, set()),
    ("The Velnian army staged a coup on Friday. The Union of Tavia condemned the coup.",
     {(U, "ACCUSE", "Velnia military")}, set()),
    ("The Velnian army overthrew President Ana Brisk in May. Two days later the Union of Tavia denounced the putsch.",
     {(U, "ACCUSE", "Velnia military")}, set()),
    ("The Zorvan army toppled the government of Velnia in June. The Union of Tavia condemned the coup of June 2025.",
     {(U, "ACCUSE", "Zorva military")}, set()),
    ("The Velnian Supreme Court annulled the election. The Union of Tavia criticised the annulment.",
     {(U, "ACCUSE", "Velnian Supreme Court")}, set()),
    # --- the doer hyphened to "led" on the noun ---
    ("The Union of Tavia condemned the Zorvan-led coup in Velnia.", {(U, "ACCUSE", "Zorva")}, set()),
    # --- negatives ---
    # an act with no known doer
    ("Power was seized in Velnia in March. The Union of Tavia condemned the coup.", set(), {(U, "ACCUSE", "Velnia")}),
    # only wished, threatened, denied or asked about: no coup made yet
    ("The Velnian army may seize power soon. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("The Velnian army threatened to seize power. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("The Velnian army did not seize power. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("Will the Velnian army seize power? The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("The Velnian Supreme Court may annul the election. The Union of Tavia criticised the annulment.",
     set(), {(U, "ACCUSE", "Velnian Supreme Court")}),
    ("The Velnian Supreme Court refused to annul the election. The Union of Tavia criticised the annulment.",
     set(), {(U, "ACCUSE", "Velnian Supreme Court")}),
    ("Officials said the Velnian army might seize power. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("The Velnian army wants to seize power. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("If the Velnian army seizes power, the Union of Tavia will condemn the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    ("The Tavian Workers' Party urged the Velnian Supreme Court to annul the election. The Union of Tavia "
     "criticised the annulment.", set(), {(U, "ACCUSE", "Velnian Supreme Court")}),
    # a passive with no agent: no doer known
    ("The Velnian Supreme Court was asked to annul the election. The Union of Tavia criticised the annulment.",
     set(), {(U, "ACCUSE", "Velnian Supreme Court")}),
    # another act's noun: no link
    ("The Velnian Supreme Court annulled the contract. The Union of Tavia praised the dissolution.",
     set(), {(U, "SUPPORT", "Velnian Supreme Court")}),
    # the noun's verb with another object: no coup
    ("The Velnian army seized the town of Melk. The Union of Tavia condemned the coup.",
     set(), {(U, "ACCUSE", "Velnia military")}),
    # a backer, not the doer
    ("The Union of Tavia condemned the Zorvan-backed coup.", set(), {(U, "ACCUSE", "Zorva")}),
    # the reacting actor itself
    ("Zorva welcomed the Zorvan-led talks.", set(), {("Zorva", "SUPPORT", "Zorva")}),
    ("The Velnian army staged a coup on Friday. The Velnian army praised the coup.",
     set(), {("Velnia military", "SUPPORT", "Velnia military")}),
    ("The Velnian Supreme Court annulled the election. The Velnian Supreme Court defended the annulment.",
     set(), {("Velnian Supreme Court", "SUPPORT", "Velnian Supreme Court")}),
    # a denied reaction (negated events are not counted)
    ("The Zorvan army seized power in Velnia. The Union of Tavia did not condemn the coup.",
     set(), {(U, "ACCUSE", "Zorva military")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ej", events_by_document, assert_events)
