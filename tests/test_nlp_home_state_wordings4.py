"""The state a titled person serves (``relations._implied_state_ties`` and the delegation reader), a battery written
before the fixes:

- a legislature's chair named by a title that names the chamber ("Parliament Speaker X") in a story naming no actor
  for that chamber leads no state (the state no longer stands in for the chamber: over the 50 development sets the
  references name no such tie to the state in six texts and one only: relations._implied_state_ties);
- a titled speaker whose second reported clause, joined by "and that", has another state as its subject speaks for
  that state, not the story's ("President X said he would not comment, and that Norway had not intervened");
- "Home Minister X" is a minister's portfolio title like "Interior Minister X": a member of the article's state;
- a state's delegation "was headed by X" in a main clause: X serves the state (a member of it), leads no state, and
  "President Y", whose aide X is, is the delegation's state's president, not the story's;
- "A's junta leader, X, and B's, Y": the possessor whose noun is left out ("and B's,") is Y's, not A's
  (``relations._elliptic_possessor``).

Negatives: the home state itself in the reported clause, a deputy speaker, a former minister, an army (no
delegation) led by a general. Each item lists ties that must be present and ties that must be absent (other ties
may be emitted). All names of people and bodies are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

_HOME = ("ORVAL, May 3 - Velnia's cabinet met on Tuesday to discuss the drought in the south of Velnia. Farmers "
         "across Velnia have lost much of the harvest, and Velnian officials said aid would arrive within a week. "
         "The Velnian army has sent water trucks to the worst-hit districts. ")

CASES = [
    # --- "Parliament Speaker X", no chamber named: no tie to the state ---
    (_HOME + "The Marren Movement of Parliament Speaker Odo Tarvel asked for a recount of the flood relief money.",
     set(), {("Odo Tarvel", L, "Velnia")}),
    (_HOME + "Parliament Speaker Odo Tarvel, who heads the Marren Movement, wants the canal tax repealed.",
     set(), {("Odo Tarvel", L, "Velnia")}),
    (_HOME + "Odo Tarvel, the speaker of parliament and head of the Marren Movement, kept quiet about the canal tax.",
     set(), {("Odo Tarvel", L, "Velnia")}),
    (_HOME + "Two cousins of Parliament Speaker Odo Tarvel own the bakery chain that won the bread contract.",
     set(), {("Odo Tarvel", L, "Velnia")}),
    (_HOME + "Deputy Parliament Speaker Odo Tarvel said the wells would be repaired.",
     set(), {("Odo Tarvel", L, "Velnia")}),
    (_HOME + "On Monday Parliament Speaker Ivo Sarnen was sworn in as prime minister.",
     {("Ivo Sarnen", L, "Velnia")}, set()),
    # --- a second reported clause about another state ---
    (_HOME + "President Ilse Vorn toured the south. President Kasimo Dorsan said the grain was a gift, and that "
     "Portugal expected nothing in return from Velnia.",
     {("Ilse Vorn", L, "Velnia")}, {("Kasimo Dorsan", L, "Velnia")}),
    (_HOME + "President Ilse Vorn toured the south. Prime Minister Kasimo Dorsan told reporters that the talks had "
     "failed and that Norway would recall its envoy.",
     {("Ilse Vorn", L, "Velnia")}, {("Kasimo Dorsan", L, "Velnia")}),
    (_HOME + "President Ilse Vorn said she would not comment on the aid, and that Velnia would rebuild the wells.",
     {("Ilse Vorn", L, "Velnia")}, set()),
    # --- "Home Minister X": a portfolio title ---
    (_HOME + "Home Minister Karel Dunst banned the sale of bottled water above the set price.",
     {("Karel Dunst", M, "Velnia")}, set()),
    (_HOME + "On Monday Home Minister Karel Dunst ordered the police to keep the roads open.",
     {("Karel Dunst", M, "Velnia")}, set()),
    (_HOME + "Internal Affairs Minister Karel Dunst ordered the police to keep the roads open.",
     {("Karel Dunst", M, "Velnia")}, set()),
    (_HOME + "Former Home Minister Karel Dunst criticised the plan.",
     set(), {("Karel Dunst", L, "Velnia")}),
    # --- a state's delegation "was headed by" a person ---
    (_HOME + "The Ghanaian delegation was headed by Efua Lant, a senior aide to President Kofi Adabra.",
     {("Efua Lant", M, "Ghana"), ("Kofi Adabra", L, "Ghana")},
     {("Efua Lant", L, "Ghana"), ("Kofi Adabra", L, "Velnia")}),
    (_HOME + "The Kenyan delegation was led by Amos Kerich, a veteran diplomat.",
     {("Amos Kerich", M, "Kenya")}, {("Amos Kerich", L, "Kenya")}),
    (_HOME + "The Ghanaian team was led by Efua Lant.",
     {("Efua Lant", M, "Ghana")}, {("Efua Lant", L, "Ghana")}),
    (_HOME + "The Ghanaian army was led by General Efua Lant.",
     set(), {("Efua Lant", M, "Ghana"), ("Efua Lant", L, "Velnia")}),
    # --- a possessor whose noun is left out: "A's junta leader, X, and B's, Y" ---
    (_HOME + "NOTE: He means Finland's junta leader, General Assimo Varta, and Norway's, General Abdulkarim "
     "Tessani.",
     {("Assimo Varta", L, "Finland"), ("Abdulkarim Tessani", L, "Norway")}, {("Abdulkarim Tessani", L, "Finland")}),
    (_HOME + "He means Chad's junta leader, General Assimo Varta, and Sudan's, General Abdulkarim Tessani.",
     {("Assimo Varta", L, "Chad"), ("Abdulkarim Tessani", L, "Sudan")}, {("Abdulkarim Tessani", L, "Chad")}),
    (_HOME + "He thanked Chad's junta leader, General Assimo Varta, and Sudan's envoy, General Abdulkarim Tessani.",
     {("Assimo Varta", L, "Chad")}, {("Abdulkarim Tessani", L, "Chad"), ("Abdulkarim Tessani", L, "Sudan")}),
    (_HOME + "He means Finland's president, Assimo Varta, and Norway's foreign minister, Abdulkarim Tessani.",
     {("Assimo Varta", L, "Finland"), ("Abdulkarim Tessani", M, "Norway")},
     {("Assimo Varta", M, "Norway"), ("Abdulkarim Tessani", L, "Finland")}),
]

XFAIL: dict[str, str] = {
    CASES[-1][0]: "relations: a second role's possessor in 'A's president, X, and B's foreign minister, Y' is also "
                  "given to X (a member of B); not the elliptic possessor, which names no noun",
}


extracted, test_wording = battery(CASES, XFAIL, "hw", relations_by_document, check_ties)
