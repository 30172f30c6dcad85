"""Missed sanction and mobilisation events of four causes. (1) A verb in the simple past that the parser hangs on the
gerund of a charge is the speaker's second act: "accused X of plotting a coup and expelled Y's envoy" (a finite verb
is no second "-ing" of the charge; events._past_after_gerund); not a charge that goes on ("of having armed X and
trained Y", "and of having expelled ..."). (2) A clause closed by a semicolon before a label put on a thing a noun
names ("X expelled Y; she called the vote political persecution") is a sentence of its own, not the label's object;
a label on "it" ("...; Y called it a lie") still takes the clause. (3) The target prepositions of the entry a
frame's complement matched ("voted to suspend cooperation with X": ">with") name the one the act is aimed at; not
an act voted down nor one that may come. (4) Words of plover.yaml: a joint programme suspended with another
("suspended a police training programme with X"), marines, police or a contingent sent, men moved into a place by a
commander, reserves brought in (trainers sent stay help, AID), a resignation handed in or tendered (RETREAT). (5) A noun the tokenizer split at its hyphen is
the entry's word ("staged a sit-in", "declared a cease-fire"; events._arg_words). Invented names and wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

SAN, MOB, ACC, AID = "SANCTION", "MOBILIZE", "ACCUSE", "AID"
H = "VELNIA - Velnia's parliament met on Monday. "

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- (1) a past verb after the gerund of a charge ---
    ("Aurel Dask, the president of Velnia, accused the opposition of plotting a coup and expelled a Ghanaian diplomat.",
     {("Aurel Dask", SAN, "Ghana"), ("Aurel Dask", ACC, None)}, set()),
    (H + "Velnia accused Varnosh of having armed the rebels and trained their fighters.",
     {("Velnia", ACC, "Varnosh")}, {("Varnosh", AID, None), ("Velnia", AID, None)}),
    (H + "Velnia accused Varnosh of plotting a coup and of having expelled a Velnian diplomat.",
     {("Velnia", ACC, "Varnosh")}, {("Velnia", SAN, "Velnia"), ("Varnosh", SAN, "Velnia")}),
    # --- (2) a clause before a semicolon and a label on a thing a noun names ---
    (H + "In February the Velnian Senate expelled Ana Ruiz, the opposition senator; she called the vote political "
         "persecution.", {("Velnian Senate", SAN, "Ana Ruiz")}, set()),
    (H + "The Velnian Senate did not expel Ana Ruiz, the opposition senator; she called the motion a farce.", set(),
     {("Velnian Senate", SAN, "Ana Ruiz")}),
    (H + "Varnosh sent weapons to the Velnian army; Velnia called it a lie.", set(),
     {("Varnosh", AID, "Velnia military"), ("Varnosh", AID, "Velnia")}),
    # --- (3) the complement entry's own target prepositions ---
    (H + "Velnia's parliament voted to suspend cooperation with Varnosh.",
     {("Velnia parliament", SAN, "Varnosh")}, set()),
    (H + "The Velnian parliament voted on Friday to suspend all cooperation with the Ostral Union.",
     {("Velnia parliament", SAN, "Ostral Union")}, set()),
    (H + "The Velnian parliament voted against a motion to suspend cooperation with Varnosh.", set(),
     {("Velnia parliament", SAN, "Varnosh")}),
    (H + "The Velnian parliament may vote to suspend cooperation with Varnosh.", set(),
     {("Velnia parliament", SAN, "Varnosh")}),
    # --- (4) words: a joint programme suspended, forces sent, moved or brought in ---
    (H + "The United States suspended a police training programme with Velnia in May.",
     {("United States", SAN, "Velnia")}, set()),
    (H + "Varnosh suspended its joint training programme with the Velnian army after the coup.",
     {("Varnosh", SAN, "Velnia military")}, set()),
    (H + "Varnosh has not suspended its training programme with the Velnian army.", set(),
     {("Varnosh", SAN, "Velnia military")}),
    (H + "Varnosh suspended its vaccination programme in May.", set(), {("Varnosh", SAN, None)}),
    (H + "The Velnian government responded by sending about 800 marines and police to the island.",
     {("Velnia", MOB, None)}, {("Velnia", AID, None)}),
    (H + "The Velnian government sent a police contingent to the northern border.", {("Velnia", MOB, None)}, set()),
    (H + "Kenya sent a small police team to Velnia in May.", {("Kenya", MOB, "Velnia")}, set()),
    # (people sent to teach another's forces are help, no deployment)
    (H + "Kenya sent police trainers to Velnia in May.", {("Kenya", AID, "Velnia")}, {("Kenya", MOB, "Velnia")}),
    (H + "The 4th Division of the Velnian army has moved about four thousand men into the hills since January.",
     {("4th Division", MOB, None)}, set()),
    (H + "The Velnian army moved the wounded men to a hospital.", set(), {("Velnia military", MOB, None)}),
    (H + "The Ostral Union force brought in reserve units in March as a precaution.", {("Ostral Union", MOB, None)},
     set()),
    (H + "The company brought in new staff in March.", set(), {("Velnia", MOB, None)}),
    # a resignation handed over is a withdrawal; refused or demanded, none
    (H + "Interior Minister Ana Ruiz tendered her resignation to President Ivo Dask on Friday.",
     {("Ana Ruiz", "RETREAT", None)}, set()),
    (H + "Interior Minister Ana Ruiz handed in her resignation at a news conference.", {("Ana Ruiz", "RETREAT", None)},
     set()),
    (H + "Interior Minister Ana Ruiz refused to submit her resignation.", set(), {("Ana Ruiz", "RETREAT", None)}),
    (H + "The Freedom Party demanded that Interior Minister Ana Ruiz hand in her resignation.", set(),
     {("Ana Ruiz", "RETREAT", None)}),
    # --- (5) a noun the tokenizer split at its hyphen is the entry's word ---
    (H + "The Velnian Teachers Union staged a sit-in outside the education ministry on Friday.",
     {("Velnian Teachers Union", "PROTEST", None)}, set()),
    (H + "The Velnian Teachers Union held a sit-in outside the ministry.",
     {("Velnian Teachers Union", "PROTEST", None)}, set()),
    (H + "The Velnian Liberation Front declared a cease-fire on Monday.",
     {("Velnian Liberation Front", "RETREAT", None)}, set()),
    (H + "The Velnian Liberation Front did not declare a cease-fire.", set(),
     {("Velnian Liberation Front", "RETREAT", None)}),
    (H + "The Velnian Teachers Union sat in the front row.", set(), {("Velnian Teachers Union", "PROTEST", None)}),
]


XFAIL: dict[str, str] = {}


extracted, test_recall_wordings6 = battery(CASES, XFAIL, "evrec6_", events_each, check_found)
