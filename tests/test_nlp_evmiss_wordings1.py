"""Sanctions told with wordings the event stage did not read, so that no event of the type came at all: a measure put
in force by a verb that is no light verb yet ("adopted sanctions against X", "unveiled new sanctions on Y",
"introduced an embargo on Z": frames.light in plover.yaml), an entry ban told with the verb ("barred X from entering
the country", "X was banned from entry": SANCTION's "bar|ban ... from enter|entry", where a ban at home, "barred X
from the rally", stays COERCE), a designation for graft ("designated X as corrupt", the adjective the parser hangs on
"as"; "designated X as prime minister" stays an appointment) and a ban on entry or travel told as a noun ("the
entry ban on X remains in force", "a travel ban on Y": SANCTION nouns). Negatives: a denial, a refusal, a threat or a
plan to do it, a request that another do it, a question, a ban at home, an appointment, a ban on rallies, a ban
lifted. Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event
means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a sanction put in force by a verb of adoption ---
    ("The European Union adopted sanctions against the Velmar Front in March.",
     {("European Union", "SANCTION", "Velmar Front")}, set()),
    ("Britain unveiled new sanctions on the Tarsk Party on Tuesday.",
     {("United Kingdom", "SANCTION", "Tarsk Party")}, set()),
    ("The Korvath Union introduced an arms embargo on the Velmar Front last year.",
     {("Korvath Union", "SANCTION", "Velmar Front")}, set()),
    ("Canada enacted sanctions against the Tarsk Party after the vote.",
     {("Canada", "SANCTION", "Tarsk Party")}, set()),
    # --- an entry ban told with the verb ---
    ("Canada barred members of the Velmar Front from entering the country.",
     {("Canada", "SANCTION", "Velmar Front")}, {("Canada", "COERCE", "Velmar Front")}),
    ("The United States banned the Tarsk Party's leaders from entering its territory in 2022.",
     {("United States", "SANCTION", "Tarsk Party")}, set()),
    ("Leaders of the Velmar Front were barred from entry into the European Union.",
     {("*", "SANCTION", "Velmar Front")}, set()),
    # --- a designation for graft ---
    ("The United States designated the Tarsk Party's treasurer as corrupt, citing bribery.",
     {("United States", "SANCTION", "Tarsk Party")}, {("United States", "SUPPORT", "Tarsk Party")}),
    # --- a ban on entry or travel told as a noun ---
    ("The German entry ban on the Velmar Front's commanders remains in force.",
     {("Germany", "SANCTION", "Velmar Front")}, set()),
    ("A travel ban on leaders of the Tarsk Party was extended on Monday.",
     {("*", "SANCTION", "Tarsk Party")}, set()),
    # --- negatives: a denial, a refusal, a threat, a plan, a request, a question ---
    ("The European Union did not adopt sanctions against the Velmar Front.",
     set(), {("European Union", "SANCTION", "Velmar Front")}),
    ("The European Union refused to adopt sanctions against the Velmar Front.",
     {("European Union", "REJECT", "*")}, {("European Union", "SANCTION", "Velmar Front")}),
    ("The European Union threatened to adopt sanctions against the Velmar Front.",
     {("European Union", "THREATEN", "Velmar Front")}, {("European Union", "SANCTION", "Velmar Front")}),
    ("The European Union plans to unveil sanctions against the Velmar Front next month.",
     set(), {("European Union", "SANCTION", "Velmar Front")}),
    ("The Tarsk Party urged the European Union to adopt sanctions against the Velmar Front.",
     {("Tarsk Party", "REQUEST", "European Union")}, {("European Union", "SANCTION", "Velmar Front")}),
    ("Will the European Union adopt sanctions against the Velmar Front?",
     set(), {("European Union", "SANCTION", "Velmar Front")}),
    ("Canada has never barred members of the Velmar Front from entering the country.",
     set(), {("Canada", "SANCTION", "Velmar Front")}),
    # --- negatives: a ban at home, an appointment, a ban on rallies, a ban lifted ---
    ("The police barred members of the Velmar Front from the rally.",
     set(), {("*", "SANCTION", "Velmar Front")}),
    ("The president designated the Tarsk Party's leader as prime minister.",
     set(), {("*", "SANCTION", "Tarsk Party")}),
    ("The ban on rallies by the Velmar Front was extended.",
     set(), {("*", "SANCTION", "Velmar Front")}),
    ("Canada lifted the travel ban on leaders of the Tarsk Party.",
     set(), {("Canada", "SANCTION", "Tarsk Party")}),
    ("The Velmar Front adopted a resolution against the Tarsk Party's budget.",
     set(), {("Velmar Front", "SANCTION", "Tarsk Party")}),
    # --- negatives found in self-review: an expectation, a question, a denial, a charge of it, a wish ---
    ("The European Union is expected to adopt sanctions against the Velmar Front next week.",
     set(), {("European Union", "SANCTION", "Velmar Front")}),
    ("Did Canada bar members of the Velmar Front from entering the country?",
     set(), {("Canada", "SANCTION", "Velmar Front")}),
    ("Canada denied that it had barred members of the Velmar Front from entering the country.",
     set(), {("Canada", "SANCTION", "Velmar Front")}),
    ("The Velmar Front accused Canada of barring its leaders from entering the country.",
     {("Velmar Front", "ACCUSE", "Canada")}, {("Canada", "SANCTION", "Velmar Front")}),
    ("The Korvath Union wants the European Union to unveil sanctions against the Tarsk Party.",
     set(), {("European Union", "SANCTION", "Tarsk Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em", events_by_document, assert_events)
