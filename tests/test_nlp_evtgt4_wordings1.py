"""Reactions whose object is a definite noun naming an act the story has already told, aimed at whoever did it:
(1) a protest (PROTEST) of a told blow or act of force, as a condemnation is: "X seized Y's trucks ... Z protested
the seizure", "X detained N ... Z protested the arrest" (events._condemned_acts, now for protests too), and the
blow noun's own author when its phrase names one: "Z protested the detention of N by X" (events._blow_author);
(2) "the seizure" as a noun of force (COERCE, plover.yaml), so "Z condemned the seizure" takes up "X seized ...";
(3) a welcome (SUPPORT) of a yielding act told before: "X withdrew its fighters ... Z welcomed the withdrawal",
"X freed the fishermen ... Z welcomed the release (of the fishermen)" (events._welcomed_acts, plover.yaml
welcomed_act_types).
Negatives: a protest with no object, a welcome of a truce signed (an agreement, not a yielding act), a welcome of
an act whose noun names its own parties, a welcome of a thing no act of the story names. Invented names; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- (1) a protest of a told act: aimed at its author ---
    ("The Velmar Army seized two trucks of the Tarsk Union on Monday. The Tarsk Union protested the seizure on "
     "Tuesday.", {("Tarsk Union", "PROTEST", "Velmar Army")}, set()),
    ("The Velmar Army detained Oren Kasp, a leader of the Tarsk Union, on Monday. The Harun Movement protested the "
     "arrest in a statement.", {("Harun Movement", "PROTEST", "Velmar Army")}, set()),
    ("The Harun Movement protested the detention of Oren Kasp by the Velmar Army.",
     {("Harun Movement", "PROTEST", "Velmar Army")}, set()),
    ("The Velmar Army raided the offices of the Tarsk Union on Monday. The Harun Movement protested outside the "
     "ministry on Tuesday.", set(), {("Harun Movement", "PROTEST", "Velmar Army")}),
    # --- (2) "the seizure": a noun of force ---
    ("The Velmar Army seized the radio station of the Tarsk Union on Monday. The Harun Movement condemned the "
     "seizure.", {("Harun Movement", "ACCUSE", "Velmar Army")}, set()),
    # --- (3) a welcome of a yielding act told before: aimed at the one who yielded ---
    ("The Velmar Army withdrew its fighters from the Tarsk valley on Monday. The Harun Movement welcomed the "
     "withdrawal.", {("Harun Movement", "SUPPORT", "Velmar Army")}, set()),
    ("The Velmar Army freed eleven fishermen of the Tarsk Union on Friday. The Harun Movement welcomed the release "
     "on Saturday.", {("Harun Movement", "SUPPORT", "Velmar Army")}, set()),
    ("The Velmar Army freed eleven fishermen of the Tarsk Union on Friday. The Harun Movement welcomed the release "
     "of the fishermen.", {("Harun Movement", "SUPPORT", "Velmar Army")}, set()),
    ("The Velmar Army and the Tarsk Union signed a truce on Monday. The Harun Movement welcomed the truce.",
     set(), {("Harun Movement", "SUPPORT", "Velmar Army")}),
    ("The Velmar Army freed eleven fishermen of the Tarsk Union on Friday. The Harun Movement welcomed the release "
     "of Oren Kasp by the Ostrian Guard.", set(), {("Harun Movement", "SUPPORT", "Velmar Army")}),
    ("The Velmar Army withdrew its fighters from the Tarsk valley on Monday. The Harun Movement welcomed the "
     "report.", set(), {("Harun Movement", "SUPPORT", "Velmar Army")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "eg4", events_by_document, check_events)
