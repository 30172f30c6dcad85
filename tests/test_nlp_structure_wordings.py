"""Ties between bodies: a body's agency, force or mission named in a loose apposition, and an offshoot of a body
whose name the tagger took for a person's. Several wordings per mechanism, written before changing the reader; all
names are invented; end to end with the real English pipeline.

- "X, the Pelagian Union agency that ...": a body noun (word_lists prefixed_body_nouns) whose modifier is an
  organisation, after a comma the parser did not hang on the name (relations._loose_body_apposition);
- "X, the Crimson League's franchise in ...", "X, a Crimson League affiliate": a name in apposition to an offshoot
  noun (roles.yaml offshoot_nouns) is an organisation, whatever the NER made of it, and so part of its owner;
- "the army's X brigade", "the interior ministry's X": a named body a bare state institution owns (relations.yaml
  state_unit_owners) is part of the article's state's army named in full, else of the state (relations._state_unit);
- precision: a mission sent to a state is no part of that state, a rebel army named after a state is not its organ,
  a state's demonym before "force" in a loose apposition gives no tie, and a body is never part of itself.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

P = "part_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a body's agency, force or mission in a loose apposition, owned by an organisation ---
    ("Families in the camps now queue outside KORVA, the Pelagian Union agency in charge of tracing the missing.",
     {("KORVA", P, "Pelagian Union")}, set()),
    ("Dozens of orphans were sent back to school by TERRAID, the Northern League programme that feeds the camps.",
     {("TERRAID", P, "Northern League")}, set()),
    ("Talks stalled after ministers of Vask complained about SELMIS, the Northern League mission whose mandate ends "
     "in May.", {("SELMIS", P, "Northern League")}, set()),
    ("Two officers of DELMIS, the Pelagian Union force on the border since March, asked for helicopters.",
     {("DELMIS", P, "Pelagian Union")}, set()),
    ("The lorries were turned over to KORVA, a Pelagian Union agency for displaced families.",
     {("KORVA", P, "Pelagian Union")}, set()),
    # --- an offshoot of a body, its name shaped like a person's ---
    ("Villagers fled when al-Murabitun, the Crimson League's franchise along the coast, shelled the port.",
     {("al-Murabitun", P, "Crimson League")}, set()),
    ("The army lost a post to Jund al-Tawhid wal-Hijra, the marsh affiliate of the Crimson League.",
     {("Jund al-Tawhid wal-Hijra", P, "Crimson League")}, set()),
    ("Since June al-Hadidiyya, a Crimson League offshoot in the desert, has mined three roads.",
     {("al-Hadidiyya", P, "Crimson League")}, set()),
    ("Residents blame Katibat Yusuf Ibn Nasir, the Crimson League's branch in the south, for the kidnappings.",
     {("Katibat Yusuf Ibn Nasir", P, "Crimson League")}, set()),
    # --- a named unit owned by a state institution named by its bare noun, in a story set in one state ---
    ("VASK, Ostria (Wire) - Ostria's government has asked its neighbours for drones. Instructors from Dalvania "
     "have spent a year with the army's Kestrel commando brigade near the border.", {("Kestrel", P, "Ostria")}, set()),
    ("VASK, Ostria (Wire) - The Ostrian National Defence Force has about 20,000 soldiers. Half of the army's 4th "
     "Division went over to the rebels in May, Ostria's government says.",
     {("4th Division", P, "Ostrian National Defence Force")}, {("4th Division", P, "Ostria")}),
    ("VASK, Ostria (Wire) - Ostria's president, Tomas Berg, ordered a crackdown in the capital. The interior "
     "ministry's Hawk Battalion detained twelve men in Orn last week, the Ostrian government said.",
     {("Hawk Battalion", P, "Ostria")}, set()),
    ("VASK, Ostria (Wire) - Ostrian officials say the Tarsk Liberation Army still holds the eastern hills. The rebel "
     "army's Tenth Column shelled Orn on Friday, Ostria's government said.",
     set(), {("Tenth Column", P, "Ostria"), ("Tarsk Liberation Army", P, "Ostria")}),
    # --- states in a bloc ---
    ("The Republic of Tarsk joined the Republic of Vask and the Kingdom of Dalvania in the Coastal Pact last year, "
     "ending a decade of neutrality.",
     {("Tarsk", "member_of", "Coastal Pact"), ("Vask", "member_of", "Coastal Pact")}, set()),
    ("Fishing quotas split the Coastal Pact states Vask, Dalvania and Tarsk, whose presidents met in the Republic of "
     "Orn.", {("Vask", "member_of", "Coastal Pact"), ("Tarsk", "member_of", "Coastal Pact")}, set()),
    # --- precision ---
    ("Delegates met DELMIS, the Pelagian Union mission in Dalvania, to discuss the curfew in Vask.",
     {("DELMIS", P, "Pelagian Union")}, {("DELMIS", P, "Dalvania")}),
    ("Dalvania's government has never controlled the Dalvanian Liberation Army, a rebel force led by Kemal Ost.",
     set(), {("Dalvanian Liberation Army", P, "Dalvania")}),
    ("Ships from Tarsk were stopped by the Coastal Brotherhood, the Tarskan rebel force that holds the islands.",
     set(), {("Coastal Brotherhood", P, "Tarsk")}),
    ("Envoys of the Pelagian Union, the Pelagian Union body that sets tariffs, met in Vask.",
     set(), {("Pelagian Union", P, "Pelagian Union")}),
    # the body noun after the comma is the subject of a report, not an apposition to the name before it
    ("Drones struck the Tesk Brigade, the Varro League mission said late on Friday.",
     set(), {("Tesk Brigade", P, "Varro League")}),
    # a relation noun ("partners", "foes") after the name: the name is the institution's partner, not its unit
    ("VASK, Ostria (Wire) - Ostria's cabinet met on Monday. Drones struck the army's Harrow Guard partners south of "
     "the river.", set(), {("Harrow Guard", P, "Ostria")}),
]

XFAIL: dict[str, str] = {
    "Fishing quotas split the Coastal Pact states Vask, Dalvania and Tarsk, whose presidents met in the Republic of "
    "Orn.": "relations: a bloc's name modifying 'states' or 'countries' before a list of states (the bloc's members "
    "named in apposition to the plural) gives no member_of tie; the invented states are places here unless the text "
    "proves them states",
}


extracted, test_wording = battery(CASES, XFAIL, "st", relations_by_document, check_ties)
