"""Target-less events read off a gerund that is the subject of its own clause, opened by a subordinator the parser
took for a preposition with the gerund its complement: "as fighting with X rages", "a year after fighting there
left 200 dead", "amid heavy shelling". The fighting is no act of the main clause's subject (a parliament voting, a
council meeting), so no event of that subject with no target. Negatives: a participle of the main clause's subject
with an object ("after fighting the Y for a week, X withdrew"), a participle whose clause goes on to a verb with a
subject of its own, the gerund as a plain subject naming its two sides, and an act of the main clause's subject
beside it. Invented names; end to end with the real English pipeline. A target of None in a wanted or unwanted event
means an event with no target; a "*" source matches any source."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the gerund subject of a clause after "as"/"after"/"amid": no act of the main clause's subject ---
    ("Valdoria's parliament voted on Friday to extend the term of the army chief by one year as fighting with "
     "Korvath rages along the border.",
     set(), {("*", "ASSAULT", None)}),
    ("The Senate of Ostrava will vote on Thursday on a peace accord with the Merin region, a year after fighting "
     "there left more than 200 people dead.",
     set(), {("*", "ASSAULT", None)}),
    ("The Velmar Council postponed the election as shelling around the capital intensifies.",
     set(), {("*", "ASSAULT", None)}),
    ("The Tarsk Assembly adjourned for a week after fighting near the airport killed nine civilians.",
     set(), {("*", "ASSAULT", None)}),
    ("The Korvath Senate approved the budget amid heavy fighting in the north.",
     set(), {("*", "ASSAULT", None)}),
    # --- negatives: a participle of the main clause's subject with an object, the plain subject gerund, an act ---
    ("After fighting the Tarsk Party for a week, the Velmar Front withdrew from the town.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, set()),
    ("Fighting between the Velmar Front and the Tarsk Party erupted on Monday.",
     {("Velmar Front", "ASSAULT~", "Tarsk Party")}, set()),
    ("The Velmar Front attacked the Tarsk Party on Monday as fighting spread to the capital.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, set()),
    ("The Velmar Front shelled the Tarsk Party's positions after fighting broke out near the dam.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "en", events_by_document, assert_events)
