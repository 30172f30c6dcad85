"""leader_of for the head of a state's armed forces told by a bare title in a story about one state ("the army
chief, General X"): named by no actor for the state's military, the commander's post heads the state's forces, as
"Ostravia's army chief, X" does (relations.yaml force_titles); a chief of staff ("X, the chief of defence staff",
relations.yaml force_staff_titles), a deputy's, a former holder's or any other post of the state stays membership or
nothing. Several wordings, written before changing the reader, with
negatives; all names are invented; end to end with the real English pipeline, each text a story set in one state.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"
# a story set in one invented state (named often enough, with its institutions, to be the story's home state)
STORY = ("Strikes spread in Thessmark\n\nThe government of Thessmark raised fuel prices on Monday. Unions in Thessmark "
         "called a strike, and Thessmark's parliament met in emergency session. ")
S = "Thessmark"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a force title naming no state, the state's military named by no actor: heads the state's forces ---
    (STORY + "The army chief, General Anselm Quirrey, promised to keep the soldiers in barracks.",
     {("Anselm Quirrey", L, S)}, set()),
    (STORY + "Field Marshal Corwen Halst, the army chief, inspected the border posts on Friday.",
     {("Corwen Halst", L, S)}, set()),
    (STORY + "Army chief General Milo Farrant warned the unions against blocking the ports.",
     {("Milo Farrant", L, S)}, set()),
    (STORY + "The unions were received by army chief Lieutenant General Tam Orrick, who promised to keep troops away.",
     {("Tam Orrick", L, S)}, set()),
    # --- a chief of staff heads the military's staff, not the forces: a member of the state ---
    (STORY + "General Tobin Valmark, the chief of defence staff, said the soldiers would keep out of "
     "politics.", {("Tobin Valmark", M, S)}, {("Tobin Valmark", L, S)}),
    (STORY + "The chief of the general staff, Lieutenant General Hadrin Osk, said the barracks would stay shut.",
     {("Hadrin Osk", M, S)}, {("Hadrin Osk", L, S)}),
    (STORY + "The army chief of staff, General Hadrin Osk, said the barracks would stay shut.",
     {("Hadrin Osk", M, S)}, {("Hadrin Osk", L, S)}),
    # --- the state's military named: its head leads it, not the state ---
    (STORY + "The Thessmark army has stayed in barracks. The army chief, General Anselm Quirrey, promised to keep the "
     "soldiers in barracks.", {("Anselm Quirrey", L, "Thessmark military")}, {("Anselm Quirrey", L, S)}),
    # --- negatives: a deputy, a former holder, another post of the state, an officer of no rank in the title ---
    (STORY + "The deputy army chief, General Pavo Rendt, promised to keep the soldiers in barracks.",
     set(), {("Pavo Rendt", L, S)}),
    (STORY + "The deputy chief of the general staff, General Pavo Rendt, toured the ports.",
     set(), {("Pavo Rendt", L, S)}),
    (STORY + "The former army chief, General Pavo Rendt, promised to keep the soldiers in barracks.",
     set(), {("Pavo Rendt", L, S)}),
    (STORY + "Interior Minister Pavo Rendt said the police would clear the roads.",
     {("Pavo Rendt", M, S)}, {("Pavo Rendt", L, S)}),
    (STORY + "A retired army officer, Colonel Pavo Rendt, said the troops were restless.",
     set(), {("Pavo Rendt", L, S)}),
    (STORY + "The army spokesman, Colonel Pavo Rendt, said the troops would stay in barracks.",
     set(), {("Pavo Rendt", L, S)}),
    # --- found in review: a retired chief heads nothing ---
    (STORY + "The retired army chief, General Anselm Quirrey, said the strikes would end.", set(),
     {("Anselm Quirrey", L, S)}),
    # --- left (strict xfail): a bare "chief of staff" whose holder's rank alone says it is the army's ---
    (STORY + "Posts said the chief of staff, General Ansel Drovic, had been detained last week.",
     {("Ansel Drovic", M, S)}, set()),
]

XFAIL: dict[str, str] = {
    STORY + "The unions were received by army chief Lieutenant General Tam Orrick, who promised to keep troops away.":
        "reader: a rank of two words between the post and the name ('army chief Lieutenant General X') leaves the "
        "post unread (no tie at all)",
    STORY + "Posts said the chief of staff, General Ansel Drovic, had been detained last week.":
        "reader: a bare 'chief of staff' is no state title (a president's staff has one too); only the holder's "
        "military rank would say it is the army's staff chief, a member of the state",
}


extracted, test_wording = battery(CASES, XFAIL, "l3", relations_by_document, check_ties)
