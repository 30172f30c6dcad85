"""Where a body's long name ends (a battery written before the fixes, invented names and wordings).

- A name the tagger cuts before its last words ("of", "for" or "and", then capitalised words) where an acronym in
  brackets closes the whole, even an acronym from another language that spells neither part: one body, named
  whole; the head alone is no actor (actors._join_before_acronym). Not where the acronym is the tail's own.
- A body's name in capitals ending in a posted body's noun ("Mission", "Office": roles.yaml posted_body_nouns),
  then "in" and a place, is named with the place (actors._join_posted_places); the head alone is no actor. Not a
  name in lower case, nor a place after other words, nor a people, a place glued by a hyphen to the next word
  ("in Tesh-held districts") or a body's name a noun goes on after ("in Orvel Red Cross clinics").
- A name whose words a small particle glued by hyphens joins ("Mir-e Tabari", "Jonbesh-e-Millat": roles.yaml
  hyphen_name_particles) is one name, not two the tagger cut at the particle (actors._join_hyphen_particles); not
  an English word after a hyphen ("Kurdish-led").
- A name whose first word the tagger took for a people's adjective ("Democratic | Hope of X (DHX)") opens with it
  when the acronym after the name spells it only with that word (actors._extend_back_to_capital).

Each item is its own document. Expected: {name: kind} where the name is an actor's name or alias and kind one of
"organization", "country", "person", or NONE (no actor of that name or alias at all). End to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

ORG, C, P = "organization", "country", "person"

CASES = [
    # --- a name cut before its last words, closed by an acronym from another language ---
    ("Gunmen from the Brotherhood for the Victory of Islam and Christians (JNVC) raided a depot near the border "
     "on Sunday.", {"Brotherhood for the Victory of Islam and Christians": ORG, "Brotherhood for the Victory": NONE,
                    "JNVC": ORG}),
    ("Villagers blamed the Front for the Liberation of Druze and Arabs (FLDAK) for the blockade of the valley road.",
     {"Front for the Liberation of Druze and Arabs": ORG, "Front for the Liberation": NONE}),
    ("Its soldiers joined the Orvanian Union Support and Recovery Mission (ORUSREM) last year and guard the "
     "port.", {"Orvanian Union Support and Recovery Mission": ORG, "Orvanian Union Support": NONE}),
    ("Delegates of the Tarvish Union Monitoring and Verification Team (TUMVET) reached the capital late on Monday.",
     {"Tarvish Union Monitoring and Verification Team": ORG, "Tarvish Union Monitoring": NONE}),
    # the acronym spells the tail alone: two names
    ("Fighting broke out between the Karvel Front and the Ostravian Defence Army (ODA) on Tuesday.",
     {"Karvel Front": ORG, "ODA": ORG}),
    # --- a posted body's name with the place it is posted to ---
    ("The Relief Mission in Dravona welcomed the new round of talks in a short statement.",
     {"Relief Mission in Dravona": ORG, "Relief Mission": NONE}),
    ("Ministers thanked the Orvanian Union Monitoring Mission in Tesh for its weekly reports on the ceasefire.",
     {"Orvanian Union Monitoring Mission in Tesh": ORG, "Orvanian Union Monitoring Mission": NONE}),
    ("Officers of the Joint Stabilisation Mission in the Republic of Dorsa patrolled the market after the riot.",
     {"Joint Stabilisation Mission in the Republic of Dorsa": ORG, "Joint Stabilisation Mission": NONE}),
    ("A spokesman for the Regional Liaison Office in Kalvaria denied that the convoy had been stopped.",
     {"Regional Liaison Office in Kalvaria": ORG, "Regional Liaison Office": NONE}),
    # not a people, a place glued by a hyphen to the next word, nor a body's name that a noun goes on
    ("Medics from the Monitoring Mission in Dravish villages counted the wounded after the storm.",
     {"Monitoring Mission in Dravish": NONE}),
    ("Staff of the Relief Mission in Tesh-held districts say food runs out within a week.",
     {"Relief Mission in Tesh": NONE}),
    ("Nurses of the Relief Mission in Orvel Red Cross clinics treated forty people overnight.",
     {"Relief Mission in Orvel Red Cross": NONE, "Relief Mission in Orvel": NONE}),
    # a place after other words stays a place of its own
    ("The Relief Mission opened a clinic in Dravona last week, its director said.", {"Relief Mission": ORG}),
    # --- a first word taken for a people's adjective ---
    ("In the chamber the opposition Democratic Hope of Marvena (DHM) voted against the budget.",
     {"Democratic Hope of Marvena": ORG, "Hope of Marvena": NONE, "DHM": ORG}),
    ("Among the smaller groups, the Democratic Dawn of Tarsia (DDT) has four deputies.",
     {"Democratic Dawn of Tarsia": ORG, "Dawn of Tarsia": NONE}),
    ("The governing Democratic Future of Selvia (DFS) lost two seats in the spring by-elections.",
     {"Democratic Future of Selvia": ORG, "Future of Selvia": NONE}),
    ("Deputies of the Socialist Renewal of Tarsia (SRT) walked out of the chamber on Monday.",
     {"Socialist Renewal of Tarsia": ORG, "SRT": ORG}),
    ("The Velmar Liberal Party (LP) joined the cabinet after weeks of talks.", {"LP": ORG}),
    # --- particles glued by hyphens inside one name ---
    ("The envoy in Velorin, Hossein Mir-e Tabari, praised the coalition for its discipline.",
     {"Hossein Mir-e Tabari": P, "Hossein Mir-e": NONE, "Tabari": NONE}),
    ("Yesterday the governor met Farid Dast-e Kohan, who heads the provincial council, and two elders.",
     {"Farid Dast-e Kohan": P, "Farid Dast-e": NONE}),
    ("The Marvan Tahrik-e-Azadi, a religious party, accused the governor of rigging the count.",
     {"Marvan Tahrik-e-Azadi": ORG, "Marvan Tahrik": NONE, "Azadi": NONE}),
    ("Gunmen of Tehreek-e-Navid Sorani ambushed a police patrol near the ferry.",
     {"Tehreek-e-Navid Sorani": ORG, "Navid Sorani": NONE}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "sp", actor_kinds, check_kinds)
