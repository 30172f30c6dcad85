"""A refusal whose party turned down is the one the refused thing would go to: "refused to issue X a visa",
"declined to grant X a seat", "refused to grant a visa to X", "declined to sell arms to X" (the indirect object of the
refused complement, or the "to" phrase of a giving verb there, relations.yaml giving_verbs: events._refused_party).
Before, only the complement's direct object named the party ("refused to join X"), and these refusals were left with
no target. Negatives: a thing refused to no one named ("refused to issue a visa", "refused to hand over the
weapons"), a refusal denied ("did not refuse"), a possible or wished refusal ("may refuse", "urged Y to refuse"),
a question, a place after "to" ("refused to send troops to the border"), and a plain grant (no refusal). Invented
names; end to end with the real English pipeline. A target of None in a wanted or unwanted event means an event with
no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the indirect object of the refused complement: the party turned down ---
    ("Ostrania refused to issue Anton Mirel a visa after the vote.",
     {("Ostrania", "REJECT", "Anton Mirel")}, {("Ostrania", "REJECT", None)}),
    ("The Velmar Front declined to grant the Korvath Union a seat at the talks.",
     {("Velmar Front", "REJECT", "Korvath Union")}, {("Velmar Front", "REJECT", None)}),
    ("Ostrania has refused to give the Tarsk Party a permit for the march.",
     {("Ostrania", "REJECT", "Tarsk Party")}, {("Ostrania", "REJECT", None)}),
    ("The Korvath Union said on Monday that Ostrania had refused to offer Anton Mirel a safe passage.",
     {("Ostrania", "REJECT", "Anton Mirel")}, {("Ostrania", "REJECT", None)}),
    # --- the "to" phrase of a giving verb in the refused complement ---
    ("Ostrania refused to grant a visa to Anton Mirel.",
     {("Ostrania", "REJECT", "Anton Mirel")}, {("Ostrania", "REJECT", None)}),
    ("The Tarsk Party declined to grant a licence to the Velmar Front.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, {("Tarsk Party", "REJECT", None)}),
    ("The Tarsk Party refused to sell its shares to the Velmar Front.",
     {("Tarsk Party", "REJECT", "Velmar Front")}, {("Tarsk Party", "REJECT", None)}),
    # --- negatives: no party named, a denied, possible or wished refusal, a question, a place, no refusal ---
    ("Ostrania refused to issue a visa.", {("Ostrania", "REJECT", None)}, set()),
    ("Ostrania refused to hand over the weapons.", {("Ostrania", "REJECT", None)}, set()),
    ("Ostrania did not refuse to issue Anton Mirel a visa.", set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Ostrania may refuse to issue Anton Mirel a visa.", set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("The Korvath Union urged Ostrania to refuse to issue Anton Mirel a visa.",
     set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Will Ostrania refuse to issue Anton Mirel a visa?", set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Ostrania refused to send troops to the border.", {("Ostrania", "REJECT", None)}, set()),
    ("Ostrania agreed to issue Anton Mirel a visa.", set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Ostrania never refused to issue Anton Mirel a visa, officials said.",
     set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Ostrania hopes to refuse to grant a licence to the Velmar Front next year.",
     set(), {("Ostrania", "REJECT", "Velmar Front")}),
    ("Did Ostrania refuse to grant a visa to Anton Mirel?", set(), {("Ostrania", "REJECT", "Anton Mirel")}),
    ("Ostrania refused to sell oil to anyone.", {("Ostrania", "REJECT", None)}, set()),
    ("Ostrania refused to issue visas, permits and licences.", {("Ostrania", "REJECT", None)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hv", events_by_document, assert_events)
