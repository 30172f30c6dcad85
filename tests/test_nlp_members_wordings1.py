"""Events whose doer or target is named by its men: an armed body's fighters driven from a place or dislodged, its
camps raided, and men counted before "of" whose tie names their body. An armed body or its men driven "from" a place,
or "out of" it with the particle the parser hangs on the object ("drove X fighters out of the valley",
events._hung_particles), dislodged by force ("tried to dislodge militants of X"), or whose camp or post is raided
("raided a separatist camp") is attacked (plover.yaml ASSAULT); "scores of fighters belonging to X", "dozens of
gunmen linked to X": the count's men are X's (events._counted_men, roles.yaml harmed_count_nouns). Negatives: a
negation, a plan, men driven to a place, a blockade dislodged, offices or a protest camp raided, former fighters
joining another body, fighters trained by another; men driven "from" one place "to" another (a ride:
plover.yaml conveying_verbs), a party driven or dislodged from office, the presidency or power or routed in an
election (political_contest_words, events._contest_told), a police raid on a rebel camp (a COERCE raid:
police_raids, law_enforcers), men "not" or "no longer" linked to a body (no one's). All names are invented; end
to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each

pytestmark = pytest.mark.model

A = "ASSAULT"
T = "Tamboro Front"
V = "Vesk Brigades"
K = "Korva military"
P = "Kavel Party"
F = "Popular Liberation Front"

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- an armed body's men driven from a place, with "from" or "out of" ---
    ("The Korvan army drove Tamboro Front fighters from two valleys in August.", {(K, A, T)}, set()),
    ("The Korvan army drove Tamboro Front fighters out of two valleys in August.", {(K, A, T)}, set()),
    ("Fighters of the Vesk Brigades chased the Tamboro Front militants from the market town.", {(V, A, T)}, set()),
    ("In March the Vesk Brigades drove the rebels of the Tamboro Front out of the border villages.", {(V, A, T)},
     set()),
    # --- dislodged by force ---
    ("Vesk Brigades fighters tried to dislodge militants of the Tamboro Front from the schools they held.",
     {(V, A, T)}, set()),
    ("Last week the Vesk Brigades dislodged Tamboro Front gunmen from the hilltop.", {(V, A, T)}, set()),
    # --- a raid on an armed body's camp or post ---
    ("Soldiers of the Vesk Brigades raided a separatist camp near the lake.", {(V, A, None)}, {(V, "COERCE", None)}),
    ("Fighters of the Vesk Brigades raided rebel positions of the Tamboro Front at dawn.", {(V, A, T)}, set()),
    # --- men counted before "of", their body named by a tie ---
    ("Korvan troops killed dozens of fighters linked to the Tamboro Front.", {(K, A, T)}, set()),
    ("The Vesk Brigades ambushed scores of gunmen affiliated with the Tamboro Front.", {(V, A, T)}, set()),
    # --- negatives: negation, plan, men driven to a place, a blockade, a threat, former fighters, training ---
    ("The Korvan army did not drive Tamboro Front fighters from the valleys.", set(), {(K, A, T)}),
    ("The Korvan army plans to drive Tamboro Front fighters from the valleys next year.", set(), {(K, A, T)}),
    ("The Vesk Brigades could not dislodge militants of the Tamboro Front from the schools.", set(), {(V, A, T)}),
    ("Vesk Brigades trucks drove wounded Tamboro Front fighters to the hospital.", set(), {(V, A, T)}),
    ("The Tamboro Front said the Korvan police dislodged a blockade of the road by striking miners.", set(),
     {(K, A, T), ("Korva", A, T)}),
    ("The Vesk Brigades did not raid the separatist camp near the lake.", set(), {(V, A, None)}),
    ("The Korvan army raided the offices of the Tamboro Front and seized computers.", set(),
     {(K, A, T), ("Korva", A, T)}),
    ("Members of the Vesk Brigades raided a protest camp near the lake.", set(), {(V, A, None)}),
    ("Dozens of former fighters of the Tamboro Front joined the Vesk Brigades in May.", set(),
     {(T, A, V), (V, A, T)}),
    ("Scores of fighters who left the Tamboro Front were trained by the Vesk Brigades.", set(),
     {(V, A, T), (T, A, V)}),
    ("Dozens of fighters linked to the Tamboro Front were trained by the Vesk Brigades.", set(), {(V, A, T)}),
    # --- review mends: a ride from one place to another, a seat of power lost, a police raid ---
    ("Korvan army trucks drove Vesk Brigades soldiers from the barracks to the front line.", set(),
     {(K, A, V), ("Korva", A, V)}),
    ("Korvan buses drove hundreds of Tamboro Front fighters from Lomar to the northern province under the deal.",
     set(), {("Korva", A, T), (K, A, T)}),
    ("The Vesk Brigades chased Tamboro Front fighters from Lomar to the river.", {(V, A, T)}, set()),
    ("The Kavel Party drove the Popular Liberation Front from office.", set(), {(P, A, F)}),
    ("The Kavel Party dislodged the Popular Liberation Front from the presidency.", set(), {(P, A, F)}),
    ("The Kavel Party dislodged the Popular Liberation Front from power after two decades.", set(), {(P, A, F)}),
    ("The Kavel Party routed the Vesk Movement in the parliamentary election.", set(),
     {(P, A, "Vesk Movement")}),
    ("The Vesk Brigades drove Tamboro Front fighters from the power station.", {(V, A, T)}, set()),
    ("Korvan police raided a Tamboro Front rebel camp near Lomar and arrested five men.",
     {("Korvan", "COERCE", T)}, {("Korvan", A, T)}),
    ("Korvan police officers raided a Tamboro Front rebel camp near Lomar.", {("Korvan", "COERCE", T)},
     {("Korvan", A, T)}),
    ("Korvan troops raided a Tamboro Front rebel camp near Lomar.", {(K, A, T)}, set()),
    ("Korvan police opened fire on Tamboro Front fighters.", {("Korvan", A, T)}, set()),
    # --- review mends: men denied a tie name no body ---
    ("The Vesk Brigades killed dozens of fighters not linked to the Tamboro Front.", set(), {(V, A, T)}),
    ("The Vesk Brigades killed fighters no longer linked to the Tamboro Front.", set(), {(V, A, T)}),
]


XFAIL: dict[str, str] = {}


extracted, test_events_named_by_members = battery(CASES, XFAIL, "members_", events_each, check_found)
