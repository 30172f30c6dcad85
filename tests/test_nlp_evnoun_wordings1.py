"""Events told only by a noun: an act noun after a background preposition whose actor is its possessor, and an act
noun whose performer is named by a participle's agent. "Following X's attack on Y, ...", "amid X's blockade of Y",
"after X's expulsion of Y's envoys" state an act done, as "after the attack on Y by X" does (plover.yaml
past_background); "the raid carried out by X on Y", "an attack staged by X against Y", "the sanctions imposed by X on
Y" name the one acted upon in the participle's phrase, and a light verb the lemmatiser misreads ("staged" -> "stag")
is read from its surface form (EventLexicon.verb_key). Negatives: a noun with no actor named, a possible or planned
act, an act denied, a question, a setting not in the past ("before X's attack on Y"), a noun naming a body ("X's
Attack Brigade"), an alleged or threatened act, a participle negated ("never carried out by X"), one the act was done
for ("on behalf of Y", "on orders from Y"). Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a possessor's act noun after a past background preposition ---
    ("Following the Velmar Front's attack on the Tarsk Party, the talks collapsed.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, set()),
    ("Amid the Velmar Front's blockade of the Tarsk Party, prices rose sharply.",
     {("Velmar Front", "COERCE|ASSAULT", "Tarsk Party")}, set()),
    ("After the Korvath Union's expulsion of Tarsk Party envoys, the Velmar Front protested.",
     {("Korvath Union", "SANCTION|COERCE", "Tarsk Party")}, set()),
    ("Since the Drelian Guard's blockade of the Ostrava Movement, fuel has been scarce.",
     {("Drelian Guard", "ASSAULT|COERCE", "Ostrava Movement")}, set()),
    ("After the Drelian Guard's arrest of Ostrava Movement leaders, the Korvath Union protested.",
     {("Drelian Guard", "COERCE", "Ostrava Movement")}, set()),
    ("Following the Drelian Guard's invasion of Ostravia, the Korvath Union recalled its envoy.",
     {("Drelian Guard", "ASSAULT", "Ostravia")}, set()),
    ("Following the Korvath Union's raid on the Velmar Front, both sides mobilised.",
     {("Korvath Union", "ASSAULT|COERCE", "Velmar Front")}, set()),
    # --- the one acted upon named by a performing participle's phrase ---
    ("The raid carried out by Korvath Union forces on the Tarsk Party killed five.",
     {("Korvath Union", "COERCE|ASSAULT", "Tarsk Party")}, set()),
    ("An attack staged by the Korvath Union against the Tarsk Party killed five.",
     {("Korvath Union", "ASSAULT", "Tarsk Party")}, set()),
    ("The sanctions imposed by the Korvath Union on the Tarsk Party took effect on Monday.",
     {("Korvath Union", "SANCTION", "Tarsk Party")}, set()),
    ("A raid staged by the Drelian Guard on the Ostrava Movement left nine dead.",
     {("Drelian Guard", "ASSAULT|COERCE", "Ostrava Movement")}, set()),
    # --- negatives: no actor, a possible or planned act, a denial, a question, a setting ahead, a body ---
    ("Following a possible attack on the Tarsk Party, the talks collapsed.",
     set(), {("*", "ASSAULT", "Tarsk Party")}),
    ("Following the attack on the Tarsk Party, the talks collapsed.",
     set(), {("Velmar Front|Korvath Union", "ASSAULT", "*")}),
    ("After the Velmar Front's plans for an expulsion of Tarsk Party envoys, the talks collapsed.",
     set(), {("Velmar Front", "SANCTION|COERCE", "Tarsk Party")}),
    ("Following the Velmar Front's denial of any attack on the Tarsk Party, the talks resumed.",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("Did the Velmar Front's attack on the Tarsk Party end the talks?",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("Before the Velmar Front's attack on the Tarsk Party, the talks will resume.",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("After the Velmar Front's Attack Brigade entered the town, the Tarsk Party fled.",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("An attack planned by the Velmar Front against the Tarsk Party was foiled.",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    # --- an act only said to be, or not made, after a past background mark (plover.yaml unmade_visit_words) ---
    ("Following the Velmar Front's alleged attack on the Tarsk Party, the talks collapsed.",
     set(), {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("After the Velmar Front's threatened blockade of the Tarsk Party, prices rose.",
     set(), {("Velmar Front", "COERCE|ASSAULT", "Tarsk Party")}),
    ("Following the Velmar Front's planned invasion of Ostravia, the Korvath Union recalled its envoy.",
     set(), {("Velmar Front", "ASSAULT", "Ostravia")}),
    # --- a negated participle; the one the act was done for, or on whose orders, is not acted upon ---
    ("The raid that was never carried out by the Korvath Union on the Tarsk Party worried Ostravia.",
     set(), {("Korvath Union", "COERCE|ASSAULT", "*")}),
    ("The attack carried out by the Korvath Union on behalf of the Tarsk Party killed five.",
     set(), {("Korvath Union", "ASSAULT", "Tarsk Party")}),
    ("The raid carried out by Korvath Union forces on orders from the Tarsk Party killed five.",
     set(), {("Korvath Union", "COERCE|ASSAULT", "Tarsk Party")}),
    ("The attack was carried out on the orders of the Tarsk Party by the Korvath Union.",
     set(), {("Korvath Union", "ASSAULT", "Tarsk Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "en", events_by_document, assert_events)
