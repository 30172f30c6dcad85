"""One-word invented states proved a state once in a document and named bare elsewhere in it (a blind battery,
written before reading the rules that find states): the proof is a demonym ("Kardonian troops"), "the X government",
"X's army", "X's president", or "in X" where X has a capital; the bare use is a subject, a passive agent, a table
cell, a label's value, "Police in X", "visited X". Every other use of the name must then be the state too.

Negatives: a person's surname stays a person though the document also names a state (a surname never becomes a
state), a town stays no state.

Each item is its own document. Expected kinds: "country", "person", or "!country" (no state of that name). Ties
(backs, opposes) must be present where listed. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

B, O = "backs", "opposes"
C, P = "country", "person"

CASES = [
    # --- a demonym proves the name ---
    ("Kardonian troops crossed the border on Monday. Kardon arms the Red Banner Militia.",
     {"Kardon": C}, {("Kardon", B, "Red Banner Militia")}),
    ("Velnian jets struck a depot overnight. The Black Hill Brigade is backed by Velnia.",
     {"Velnia": C}, {("Velnia", B, "Black Hill Brigade")}),
    ("Ostrian police broke up the march. Ostria accused the Iron Front of planning the riot.",
     {"Ostria": C}, set()),
    ("Dravosi officials denied the report on Tuesday. Dravos has long funded the Sable Hand.",
     {"Dravos": C}, {("Dravos", B, "Sable Hand")}),
    # --- "the X government" ---
    ("The Marvel government denied the claim. Police in Marvel arrested forty protesters on Friday.",
     {"Marvel": C}, set()),
    ("The Tesska government sent aid to the region.\n\nIron Front\nLeader: Petar Lusk\nBacked by: Tesska\n",
     {"Tesska": C}, {("Tesska", B, "Iron Front")}),
    # --- a possessive organ or office ---
    ("Velmar's president spoke in the capital on Monday. The Grey Wolf Front is armed and paid by Velmar.",
     {"Velmar": C}, {("Velmar", B, "Grey Wolf Front")}),
    ("Drevna's army crossed the river at dawn.\n\n| Group | Leader | Main backer |\n| --- | --- | --- |\n| Red Banner Militia | Kiro Belan | Drevna |\n",
     {"Drevna": C}, {("Drevna", B, "Red Banner Militia")}),
    ("Orsena's defence minister resigned on Sunday. Orsena backs the Sable Hand, diplomats say.",
     {"Orsena": C}, {("Orsena", B, "Sable Hand")}),
    # --- a place with a capital city ---
    ("Talvik, the capital of Brenmark, was calm. Brenmark opposes the Iron Front.",
     {"Brenmark": C}, {("Brenmark", O, "Iron Front")}),
    ("Protests spread in Sorvane on Monday. Sorvane's capital, Edrik, was quiet. Sorvane supports the Iron Front.",
     {"Sorvane": C}, {("Sorvane", B, "Iron Front")}),
    # --- more proofs and bare uses ---
    ("The Korvani army shelled the valley. Talks between Korvan and the Iron Front collapsed on Friday.",
     {"Korvan": C}, set()),
    ("Lessa's foreign minister denied the report.\n\nBacked by: Lessa\nLeader: Petar Lusk\n",
     {"Lessa": C}, set()),
    ("Vandorese soldiers patrolled the border. Vandor has armed the Red Banner Militia since 2019.",
     {"Vandor": C}, {("Vandor", B, "Red Banner Militia")}),
    ("The Ostrian navy seized a tanker. Police in Ostria said the crew was safe.", {"Ostria": C}, set()),
    ("Tarnic officials met on Monday. Tarnia denied arming the Iron Front.", {"Tarnia": C}, set()),
    ("The Belvan government fell. Belva's army took over, and Belva now backs the Sable Hand.",
     {"Belva": C}, {("Belva", B, "Sable Hand")}),
    ("Kesh's president, Ivo Ramm, met rebels. Ramm said Kesh would not arm the Sable Hand.",
     {"Kesh": C, "Ivo Ramm": P}, set()),
    ("Velmar's army massed on the border. Velmar's president called it a drill.", {"Velmar": C}, set()),
    # --- a name in "-e" and its adjective ---
    ("Talks in Sorvane collapsed on Monday. The Sorvanian army later attacked the Iron Front.", {"Sorvane": C}, set()),
    ("Exiles from Tarvene met in Geneva. They accused the Tarvenan government of torture.", {"Tarvene": C}, set()),
    # --- negatives: surnames and towns ---
    ("Ostrian President Ivo Marten spoke on Monday. Marten backs the Grey Wolf Front.",
     {"Ivo Marten": P, "Marten": NC}, set()),
    ("Kardonian troops entered Halsby. Police in Halsby said the town was quiet.",
     {"Halsby": NC}, set()),
    ("Anna Kessel leads the Velnian opposition. Kessel's party won twelve seats.",
     {"Anna Kessel": P, "Kessel": NC}, set()),
]

PRESIDENT = "a one-word name the tagger calls an organisation before \"'s president\" and a person elsewhere is no " \
    "state by its president (a company has a president too: roles.yaml company_owns)"
XFAIL: dict[str, str] = {
    "Velnian jets struck a depot overnight. The Black Hill Brigade is backed by Velnia.":
        "'jets' is no state body (_state_bodies): an airline has jets too; a demonym before it proves nothing",
    "Velmar's president spoke in the capital on Monday. The Grey Wolf Front is armed and paid by Velmar.": PRESIDENT,
    "Kesh's president, Ivo Ramm, met rebels. Ramm said Kesh would not arm the Sable Hand.": PRESIDENT,
    "Tarnic officials met on Monday. Tarnia denied arming the Iron Front.":
        "the demonym suffix '-ic' of a name in '-ia' is not derived (demonym_suffixes)",
}


extracted, test_wording = battery(CASES, XFAIL, "v", kinds_and_ties, check_kinds_and_ties)
