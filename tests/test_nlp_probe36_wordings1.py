"""Events that analysis and op-ed pieces recall as nouns or through a pair phrase (written from a probe of four
news-style long reads, before changing the event reader):

- "recalled its high commissioner": an envoy (between some states a high commissioner) called home is a sanction on
  the state it left, as "recalled its ambassador" is (plover.yaml SANCTION "recall", home_recall_nouns); negatives: a
  recall denied, a new envoy named;
- "the expulsion of the Ostrelian ambassador by X", "the arrest of the Ostrelian ambassador by X": the parser hangs
  the by-phrase on the common noun (the ambassador) whose own modifier names the one acted upon; the
  by-phrase still names the act's agent (events._described_patient); negative: an act denied ("no expulsion ...
  took place");
- "the arrest of X was ordered by Y": a command in the passive whose subject is the act ordered is Y's own act, as
  "Y ordered the arrest of X" (events._ordered_act), not a request of X; negatives: "an inquiry was ordered by Y"
  (a demand that others inquire), "X was ordered by Y to leave" (a request of X);
- "the two governments recalled their ambassadors", "both capitals recalled their ambassadors": a pair's envoys
  called home, each from the other (events._own_envoys_recalled), the pair being the two states just told together
  or, failing that, the two states of the last act told between states (events._quarrel_before); negatives:
  envoys recalled from a third state, a recall denied, a quarrel between two persons (no two governments named).

Same conventions as tests/test_nlp_event_doer_wordings1.py: "A|B" either name, "*" any end. Invented states and
people (with real neighbours); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = "PORT ALSEN, May 3 - Tarvensia's parliament is in recess. In Tarvensia, the budget is late. "

T, O = "Tarvensia", "Ostrelia"
DRAVETH, VENSTRUP = "Kasimir Draveth", "Orla Venstrup"

# (text, events that must be present, events that must be absent)
CASES = [
    # --- (1) a high commissioner recalled ---
    (HOME + "Ostrelia recalled its high commissioner for consultations on Friday.", {(O, "SANCTION", T)}, set()),
    (HOME + "After the vote, Ostrelia recalled its high commissioner from Tarvensia.", {(O, "SANCTION", T)}, set()),
    (HOME + "Ostrelia has recalled its high commissioner, its foreign ministry said.", {(O, "SANCTION", T)}, set()),
    (HOME + "Ostrelia did not recall its high commissioner.", set(), {(O, "SANCTION", T)}),
    (HOME + "Ostrelia named a new high commissioner to Tarvensia.", set(), {(O, "SANCTION", T)}),
    # --- (2) the by-phrase hung on the described patient ---
    (HOME + "The expulsion of the Ostrelian ambassador by Tarvensia followed in June.", {(T, "SANCTION", O)}, set()),
    (HOME + "After the expulsion of the Ostrelian ambassador by President Kasimir Draveth, Ostrelia closed its "
     "embassy.", {(DRAVETH, "SANCTION", O)}, set()),
    (HOME + "Ostrelia is angry. The arrest of the Ostrelian ambassador by Tarvensia came days later.",
     {(T, "COERCE", O)}, set()),
    (HOME + "No expulsion of the Ostrelian ambassador by Tarvensia took place.", set(), {(T, "SANCTION", O)}),
    # --- (3) an act ordered, told in the passive ---
    (HOME + "The arrest of Orla Venstrup was ordered by President Kasimir Draveth in June.",
     {(DRAVETH, "COERCE", VENSTRUP)}, {(DRAVETH, "REQUEST", VENSTRUP)}),
    (HOME + "The detention of the opposition leader Orla Venstrup had been ordered by Kasimir Draveth.",
     {(DRAVETH, "COERCE", VENSTRUP)}, {(DRAVETH, "REQUEST", VENSTRUP)}),
    (HOME + "The release of Orla Venstrup was ordered by Kasimir Draveth on Friday.",
     {(DRAVETH, "RETREAT", VENSTRUP)}, {(DRAVETH, "REQUEST", VENSTRUP)}),
    (HOME + "An inquiry into the killings was ordered by Kasimir Draveth.", set(),
     {(DRAVETH, "COERCE|ASSAULT|ACCUSE|SANCTION", "*")}),
    (HOME + "Orla Venstrup was ordered by Kasimir Draveth to leave the chamber.", set(),
     {(DRAVETH, "COERCE|SANCTION", VENSTRUP)}),
    (HOME + "The arrest of Orla Venstrup was not ordered by Kasimir Draveth.", set(),
     {(DRAVETH, "COERCE", VENSTRUP)}),
    # --- (4) a pair's envoys recalled, each from the other ---
    (HOME + "Tarvensia and Ostrelia held talks in March. The two governments later recalled their ambassadors.",
     {(T, "SANCTION", O), (O, "SANCTION", T)}, set()),
    (HOME + "Tarvensia accused Ostrelia of arming the militia; Ostrelia rejected the charge, and the two governments have "
     "recalled their ambassadors.", {(T, "SANCTION", O), (O, "SANCTION", T)}, set()),
    (HOME + "Kenya accuses Uganda of harbouring the gunmen; relations collapsed in April and both capitals "
     "recalled their ambassadors.", {("Kenya", "SANCTION", "Uganda"), ("Uganda", "SANCTION", "Kenya")}, set()),
    (HOME + "Tarvensia and Ostrelia held talks in March. Both governments recalled their ambassadors from Kenya.",
     {(T, "SANCTION", "Kenya")}, {(T, "SANCTION", O), (O, "SANCTION", T)}),
    (HOME + "Tarvensia and Ostrelia held talks in March. The two governments did not recall their ambassadors.",
     set(), {(T, "SANCTION", O), (O, "SANCTION", T)}),
    (HOME + "Kasimir Draveth accused Orla Venstrup of lying; she denied it, and the two governments recalled their "
     "ambassadors.", set(), {(DRAVETH, "SANCTION", VENSTRUP), (VENSTRUP, "SANCTION", DRAVETH)}),
]

XFAIL: dict[str, str] = {}

extracted, test_wording = battery(CASES, XFAIL, "p", events_by_document, check_events)
