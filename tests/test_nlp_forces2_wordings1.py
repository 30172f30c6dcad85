"""A state's police named by a bare common phrase at the head of a sentence: "Riot police broke up ...", "Secret
police seized ...", "Plainclothes police held ..." (relations.yaml home_security_nouns; the first word is capitalised
only because it opens the sentence, and the tagger often reads it as a name) are the article's state's, as the same
phrase in lower case inside a sentence already is; so are "plainclothes" and "traffic" police; so is a one-word force noun ("Gendarmes", "Police") that the tagger reads as a name because it opens a
sentence or a list entry; and a small state's adjective that world knowledge lacked ("the Comorian army") names
that state, not a made-up one; a bare "the army" in a story of one state that names only another state's army
("the Velnian army") is still the article's state's as the doer of its clause (not as a companion: "fought alongside the army").
Negatives: a story of no one state, a police named after another state ("Velnian police"), a
police the phrase gives to rebels or a tribe, a denied act (marked negated, so not a plain act). Invented names and
wordings; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, events_each, relations_each

pytestmark = pytest.mark.model

C = "COERCE"
P = "Saffron Dawn Party"
V = "Teodor Vell"

# a story set in one state (a dateline, its parliament): its home state
_HOME = ("MARROSK CITY, June 9 - Marrosk's parliament sat late on Tuesday. Marrosk's cabinet and Marrosk's courts "
         "were busy. ")

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    (_HOME + "Riot police broke up a sit-in held by the Saffron Dawn Party outside the court.",
     {("Marrosk", C, P)}, set()),
    (_HOME + "Riot police fired tear gas at followers of the Saffron Dawn Party near the bridge.",
     {("Marrosk", C, P)}, set()),
    (_HOME + "Secret police seized Teodor Vell, chairman of the Saffron Dawn Party, at dawn.",
     {("Marrosk", C, V)}, set()),
    (_HOME + "Plainclothes police detained Teodor Vell, chairman of the Saffron Dawn Party, at a cafe.",
     {("Marrosk", C, V)}, set()),
    (_HOME + "Traffic police stopped and arrested Teodor Vell, chairman of the Saffron Dawn Party, on the ring road.",
     {("Marrosk", C, V)}, set()),
    # --- a one-word force noun opening a sentence or a list entry, tagged as a name ---
    (_HOME + "Gendarmes fired tear gas at followers of the Saffron Dawn Party outside the court.",
     {("Marrosk", C, P)}, set()),
    ("Country: Marrosk\nRe: the week in Marrosk\n\n- Police arrested Teodor Vell, chairman of the Saffron Dawn Party, "
     "in the port; he denies the charges.\n- Marrosk's parliament sat late.", {("Marrosk", C, V)}, set()),
    ("Gendarmes fired tear gas at followers of the Saffron Dawn Party outside the court.", set(),
     {("Marrosk", C, P)}),
    # --- a bare "the army" where only another state's army is named (by that state), later ---
    (_HOME + "The army shelled two villages held by the Copper Hill Militia. Velnian troops were later sent to "
             "the far side of the border.", {("Marrosk", "ASSAULT", "Copper Hill Militia")}, set()),
    (_HOME + "On Friday the army raided the offices of the Saffron Dawn Party. The Velnian army said it was not "
             "involved.", {("Marrosk", C, P)}, set()),
    (_HOME + "The army shelled two villages held by the Copper Hill Militia. The Marroskan army later denied it.",
     set(), {("Velnia", "ASSAULT", "Copper Hill Militia")}),
    ("The army shelled two villages held by the Copper Hill Militia. Velnian troops were later sent to the border.",
     set(), {("Velnia", "ASSAULT", "Copper Hill Militia"), ("Velnia military", "ASSAULT", "Copper Hill Militia")}),
    # --- a small state's adjective (countries.yaml aliases): its own force, no made-up state beside it ---
    ("MORONI, June 9 - The Comorian army detained four organisers of the Saffron Dawn Party on Friday, the party said.",
     {("Comoros military", C, P)}, {("Comoria military", C, P)}),
    ("DJIBOUTI, June 9 - Djiboutian gendarmes detained Teodor Vell, chairman of the Saffron Dawn Party, at the port.",
     {("Djibouti gendarmerie", C, V)}, {("Djiboutia gendarmerie", C, V)}),
    # --- no story's state; another state's police; a rebel or tribal police ---
    ("Riot police broke up a sit-in held by the Saffron Dawn Party outside the court.", set(),
     {("Marrosk", C, P)}),
    (_HOME + "Velnian police arrested Teodor Vell, chairman of the Saffron Dawn Party, at the border.", set(),
     {("Marrosk", C, V)}),
    (_HOME + "Rebel police arrested Teodor Vell, chairman of the Saffron Dawn Party, in the hills.", set(),
     {("Marrosk", C, V)}),
    (_HOME + "Riot police did not detain Teodor Vell, chairman of the Saffron Dawn Party, at the march.", set(),
     {("Marrosk", C, V)}),
    (_HOME + "Tribal police detained Teodor Vell, chairman of the Saffron Dawn Party, in the valley.", set(),
     {("Marrosk", C, V)}),
]


XFAIL: dict[str, str] = {}


extracted, test_a_bare_police_opening_a_sentence = battery(CASES, XFAIL, "forces2_", events_each, check_found)


# ties: a bare "the army" as a companion stays unread where another state's army is named (ties as extracted)
TIE_CASES = [
    (_HOME + "The Copper Hill Militia, which until last spring fought alongside the army, has switched sides. The "
             "Velnian army closed its border.", set(), {("Copper Hill Militia", "allied_with", "Marrosk")}),
    (_HOME + "The Copper Hill Militia fought alongside the army in the spring. The Velnian army closed its border.",
     set(), {("Copper Hill Militia", "allied_with", "Velnia military")}),
]

extracted_ties, test_a_bare_army_as_a_companion = battery(TIE_CASES, {}, "forces2t_", relations_each, check_found)
