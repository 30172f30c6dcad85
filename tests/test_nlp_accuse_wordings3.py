"""Charges (ACCUSE) told in a relative clause whose object is the relative pronoun and whose subject is a personal
pronoun: "X shelled Y, which it accuses of sheltering deserters", "X still holds Y's staff, whom they accuse of
spying". The pronoun never stands for the antecedent (Y, the one the clause is about): read as Y, it is the
subject of the clause Y belongs to, X (events._object_relative_subject); and such a clause tells another actor's act
on the noun, news and no description of the noun's own doings, for "it" as for "he", "she" and "they"
(events._other_actor_s_clause); the relative may be the object of the clause's complement ("which it refuses to
recognise"), but never when the verb has another object ("which it accuses Z of arming", "whom he denies accusing
of ...": events._relative_object_of). Negatives: a clause whose subject is the relative itself (the noun's own act:
"Y, which accuses X of ..."), a denied charge, praise, a lasting stance ("which it backs"), a named third party
("which Z accuses": Z's charge, unchanged). Invented names; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- "which it accuses": the pronoun is the main clause's subject, the antecedent the one accused ---
    ("The Velmar Front shelled the Tarsk Brigade, which it accuses of sheltering deserters.",
     {("Velmar Front", "ACCUSE", "Tarsk Brigade")}, {("Tarsk Brigade", "ACCUSE", "*")}),
    ("The Korvath Union still holds three engineers of the Ostrian Mining Company, whom it accuses of spying for "
     "Velnia.", {("Korvath Union", "ACCUSE", "Ostrian Mining Company")}, set()),
    ("In a statement the Dolan Army says its fighters only attacked the Sarn Brigade, which it accuses of working "
     "with the police.", {("Dolan Army", "ACCUSE", "Sarn Brigade")}, {("Sarn Brigade", "ACCUSE", "*")}),
    ("The Velmar Front raided a camp of the Tarsk Brigade, which it blames for the ambush on the convoy.",
     {("Velmar Front", "ACCUSE", "Tarsk Brigade")}, set()),
    ("The Harun Movement expelled the Ostrian Relief Agency, which it accuses of helping the rebels.",
     {("Harun Movement", "ACCUSE", "Ostrian Relief Agency")}, set()),
    ("The Velmar Front seized a hospital, which it accuses the Tarsk Brigade of using as a base.",
     {("Velmar Front", "ACCUSE", "Tarsk Brigade")}, set()),
    # --- the relative the object of the clause's complement: the pronoun is still the main clause's subject ---
    ("The Velmar Front shelled the Tarsk Brigade, which it refuses to recognise.",
     {("Velmar Front", "REJECT", "Tarsk Brigade")}, {("Tarsk Brigade", "REJECT", "*")}),
    ("The Korvath Union attacked the Tarsk Brigade, which it threatened to destroy.",
     {("Korvath Union", "THREATEN", "Tarsk Brigade")}, {("Tarsk Brigade", "THREATEN", "*")}),
    ("The Velmar Front shelled the Tarsk Brigade, which it wants to accuse of sheltering deserters.",
     set(), {("Tarsk Brigade", "ACCUSE", "*")}),
    # --- a passive main clause: the pronoun is its subject, the one acted upon, and the charge is its own ---
    ("The Tarsk Brigade was shelled by the Velmar Front, which it accuses of sheltering deserters.",
     {("Tarsk Brigade", "ACCUSE", "Velmar Front")}, {("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
    # --- negatives: the relative is no object of the verb when it has another (the one charged, the act denied) ---
    ("The Velmar Front shelled the Tarsk Brigade, which it accuses the Korvath Union of arming.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
    ("Arno Kessel met Ilan Dov, whom he accuses the Korvath Union of arming.",
     set(), {("Arno Kessel", "ACCUSE", "Ilan Dov")}),
    ("The Velmar Front shelled the Tarsk Brigade, which it denies accusing of sheltering deserters.",
     set(), {("Velmar Front", "REJECT", "Tarsk Brigade"), ("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
    ("Arno Kessel met Ilan Dov, whom he denies accusing of sheltering deserters.",
     set(), {("Arno Kessel", "REJECT", "Ilan Dov")}),
    # --- negatives: the noun's own charge, a denied charge, praise, a lasting stance, a named third party ---
    ("The Velmar Front attacked the Tarsk Brigade, which accuses it of smuggling.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
    ("The Velmar Front attacked the Tarsk Brigade, which it does not accuse of any crime.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
    ("The Velmar Front met the Tarsk Party, which it praised for its courage.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front met the Tarsk Party, which it backs.", set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Korvath Union met the Tarsk Brigade, which it no longer backs.",
     set(), {("Korvath Union", "SUPPORT", "Tarsk Brigade")}),
    ("The Korvath Union met the Tarsk Brigade, which it may sanction if the talks fail.",
     set(), {("Korvath Union", "SANCTION", "Tarsk Brigade")}),
    ("The Velmar Front attacked the Tarsk Brigade, which Korvath accuses of smuggling.",
     {("Korvath", "ACCUSE", "Tarsk Brigade")}, {("Velmar Front", "ACCUSE", "Tarsk Brigade")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ac3", events_by_document, check_events)
