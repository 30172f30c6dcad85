"""Labels the event stage did not read, so that the verdict gave no event at all: a label verb (plover.yaml
labelling) whose object and label the parser read as a verbless clause of their own ("branded X's decision illegal":
the decision the subject of "illegal"), whose adjective after "as" the parser hung on the preposition ("described X's
plan as unrealistic", "characterised X's move as hostile"), or whose adjective after the object it made an adverb of
the verb ("branded X's claims baseless"). A pejorative label so given is read like "called X's decision illegal":
a charge against X, or the rejection of X's proposal. Negatives: a label of praise or a neutral one, a label denied,
a label on an actor's words that are no verdict. Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the object and its label read as a verbless clause ---
    ("The Velmar Front branded the Tarsk Party's election victory illegitimate.",
     {("Velmar Front", "ACCUSE|REJECT", "Tarsk Party")}, set()),
    ("The Korvath Union branded the Tarsk Party's decision illegal on Friday.",
     {("Korvath Union", "ACCUSE|REJECT", "Tarsk Party")}, set()),
    # --- an adjective after "as" hung on the preposition ---
    ("The Velmar Front described the Tarsk Party's plan as unrealistic.",
     {("Velmar Front", "REJECT|ACCUSE", "Tarsk Party")}, set()),
    ("The Korvath Union characterised the Velmar Front's move as hostile.",
     {("Korvath Union", "ACCUSE|REJECT", "Velmar Front")}, set()),
    ("In a statement, the Tarsk Party described the Velmar Front's offer as unacceptable.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    # --- an adjective after the object made an adverb ---
    ("The Velmar Front branded the Tarsk Party's claims baseless.",
     {("Velmar Front", "ACCUSE|REJECT", "Tarsk Party")}, set()),
    # --- negatives: praise, a neutral label, a label denied ---
    ("The Velmar Front described the Tarsk Party's plan as realistic.",
     set(), {("Velmar Front", "ACCUSE|REJECT", "Tarsk Party")}),
    ("The Velmar Front called the Tarsk Party's leader honest.",
     set(), {("Velmar Front", "ACCUSE|REJECT", "Tarsk Party")}),
    ("The Korvath Union branded the Velmar Front's demands reasonable.",
     set(), {("Korvath Union", "ACCUSE|REJECT", "Velmar Front")}),
    ("The Korvath Union described the Velmar Front's proposal as important.",
     set(), {("Korvath Union", "ACCUSE|REJECT", "Velmar Front")}),
    ("The Korvath Union did not call the Velmar Front's decision illegal.",
     set(), {("Korvath Union", "ACCUSE|REJECT", "Velmar Front")}),
    ("The Velmar Front described the Tarsk Party's position as close to its own.",
     set(), {("Velmar Front", "ACCUSE|REJECT", "Tarsk Party")}),
    # --- negatives found in self-review: a label on one's own act, on rumours of no one, praise of another's win ---
    ("The Velmar Front described its own decision as unavoidable.", set(), {("Velmar Front", "ACCUSE|REJECT", "*")}),
    ("The Tarsk Party's spokesman branded the rumours baseless.", set(), {("*", "ACCUSE", "*")}),
    ("The Velmar Front's leader described the Tarsk Party's victory as deserved.",
     set(), {("*", "ACCUSE|REJECT", "Tarsk Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "el", events_by_document, assert_events)
