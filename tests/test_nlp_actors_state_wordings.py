"""Invented states named in only one or two ways (written before reading the rules that find states): a possessor of a
state's organ ("X's army", "X's foreign minister"), coordination with a known or another invented state, after "war
with" / "border with" / "ambassador to" / "embassy of", "X-backed" before an armed group, the source of arms or money,
"its" referring back, "Dor, the capital of X"; one-word and two-word names of many shapes.

Negatives stay what they are: a person named by surname only, a company, a town, a person coordinated with a state.

Each item is extracted as its own document (names repeat across items). Expected kinds: "country" (the actor exists
and is a state), "person", or "!country" (no state of that name; it may be absent or another kind). Ties (backs,
opposes) must be present where listed. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NC, battery, check_kinds_and_ties, kinds_and_ties

pytestmark = pytest.mark.model

B, O, A = "backs", "opposes", "allied_with"
C, P = "country", "person"

# (text, {name: expected kind}, ties that must be present)
CASES = [
    # --- a state's organ owned by the name ---
    ("Marova's army crossed the river at dawn.", {"Marova": C}, set()),
    ("Kesh's foreign minister flew to Paris on Monday.", {"Kesh": C}, set()),
    ("Durnholm's parliament voted to leave the customs union.", {"Durnholm": C}, set()),
    ("Kesh's prime minister and Marova's defence chief met in Geneva.", {"Kesh": C, "Marova": C}, set()),
    ("Tallin Vor's air force grounded its jets after the crash.", {"Tallin Vor": C}, set()),
    # --- coordination with a known state or another invented state ---
    ("France and Durnholm signed a defence pact on Friday.", {"Durnholm": C}, set()),
    ("Talvia and Germany agreed to expand trade.", {"Talvia": C}, set()),
    ("Iceland and Brenhold issued a joint statement on fishing rights.", {"Brenhold": C}, set()),
    ("Marova, Kesh and Poland signed the accord in Warsaw.", {"Marova": C, "Kesh": C}, set()),
    ("Marova and Kesh remain bitter enemies. Marova's army shelled the border last week.",
     {"Marova": C, "Kesh": C}, {("Marova", O, "Kesh")}),
    ("Kesh and Marova recalled their ambassadors after the incident.", {"Kesh": C, "Marova": C}, set()),
    # --- after a state's noun ---
    ("Durnholm has been at war with Kesh since 2011.", {"Durnholm": C, "Kesh": C}, {("Durnholm", O, "Kesh")}),
    ("Soldiers patrolled the border with Marova through the night.", {"Marova": C}, set()),
    ("Jan Pollack, the ambassador to Durnholm, was recalled on Tuesday.", {"Durnholm": C, "Jan Pollack": P}, set()),
    ("Protesters gathered outside the embassy of Kesh on Sunday.", {"Kesh": C}, set()),
    ("Rebels shelled Dor, the capital of Marova, overnight.", {"Marova": C, "Dor": NC}, set()),
    ("In Ulmar, the capital of Tessary, crowds celebrated the result.", {"Tessary": C, "Ulmar": NC}, set()),
    ("Velmark recalled its ambassador from Kesh.", {"Velmark": C}, set()),
    # --- backing an armed group ---
    ("Marova-backed fighters of the Grey Wolf Front captured the airport.", {"Marova": C},
     {("Marova", B, "Grey Wolf Front")}),
    ("Durnholm-backed Sable Hand militiamen stormed the village.", {"Durnholm": C}, set()),
    ("The Sable Hand militia gets its rifles and money from Durnholm.", {"Durnholm": C},
     {("Durnholm", B, "Sable Hand")}),
    ("The Grey Wolf Front, which is armed by Kesh, denies any role in the attack.", {"Kesh": C},
     {("Kesh", B, "Grey Wolf Front")}),
    ("Ostmark is the main sponsor of the Grey Wolf Front, according to the report.", {"Ostmark": C},
     {("Ostmark", B, "Grey Wolf Front")}),
    # --- "its" / "their" back to the name ---
    ("Ostmark said its troops would stay until spring.", {"Ostmark": C}, set()),
    ("Tallin Vor closed its airspace to foreign airlines on Friday.", {"Tallin Vor": C}, set()),
    ("Sarvosk has doubled its defence budget and expanded its navy.", {"Sarvosk": C}, set()),
    ("Gorvath sent 500 troops to the border on Monday.", {"Gorvath": C}, set()),
    # a subject that kills or captures soldiers is proved no state by that (it moves no forces)
    ("Velnia killed 20 soldiers in an ambush near the pass.", {"Velnia": NC}, set()),
    ("Kesh, Durnholm's northern neighbour, closed its border crossings.", {"Kesh": C}, set()),
    ("Troops from Kesh and Durnholm crossed the border on Tuesday.", {"Kesh": C, "Durnholm": C}, set()),
    # --- acts on another state's envoys ---
    ("Kesh expelled Durnholm's ambassador on Friday.", {"Kesh": C, "Durnholm": C}, set()),
    ("Kesh has recalled its envoy from Durnholm.", {"Kesh": C}, set()),
    # --- document-level: one strong mention types the bare ones ---
    ("Kesh denied the report. Kesh's interior ministry called it a fabrication.", {"Kesh": C}, set()),
    ("Brenhold will host the summit. Germany and Brenhold are close partners.", {"Brenhold": C}, set()),
    # --- negatives ---
    ("Haldane said the talks had failed.", {"Haldane": NC}, set()),
    ("Borsk signed a contract to supply the army with boots.", {"Borsk": NC}, set()),
    ("Fighting in Kesh killed six people on Sunday.", {"Kesh": NC}, set()),
    ("Haldane and France disagreed over the plan. Haldane said he would return next week.", {"Haldane": NC}, set()),
    ("Marek Haldane met Kesh's foreign minister. Haldane said he was hopeful.",
     {"Marek Haldane": P, "Kesh": C, "Haldane": NC}, set()),
    ("Vostrel's speech angered the crowd outside the court.", {"Vostrel": NC}, set()),
    ("Talmer, the mayor of Kesh, resigned on Monday.", {"Talmer": NC, "Kesh": NC}, set()),
    ("Kessler-backed candidates won most seats in the council.", {"Kessler": NC}, set()),
    ("Orlov said his government would not back down.", {"Orlov": NC}, set()),
    ("Fighting spread from Kesh to Dor, the capital of Marova.", {"Kesh": NC, "Marova": C}, set()),
    ("Borsk and Halvane Motors announced a merger on Tuesday.", {"Borsk": NC}, set()),
    ("Reed's army of volunteers cleaned the beach.", {"Reed": NC}, set()),
    ("Aid workers were detained in Cairo and Velmor last month.", {"Velmor": NC}, set()),
    ("Halvor said its workers would strike on Monday.", {"Halvor": NC}, set()),
    ("Talmer summoned the ambassador on Friday. Talmer said he was angry.", {"Talmer": NC}, set()),
    ("Senator Voss said its army of lawyers would fight the ruling.", {"Voss": NC}, set()),
]

TWO_WORDS = "a two-word name the tagger calls a person is proved a state only by what no person owns (roles.yaml " \
    "sovereign_cues) or after a state's noun and 'of'/'to'; the one-word evidence (_unlisted_states) is not read for it"
BACKING = "the source of arms or money ('gets its rifles from X', 'armed by X', 'the main sponsor of X') proves no " \
    "state: a person or a party funds and arms a group too"
XFAIL: dict[str, str] = {
    "Tallin Vor's air force grounded its jets after the crash.": TWO_WORDS,
    "Tallin Vor closed its airspace to foreign airlines on Friday.": TWO_WORDS,
    "The Sable Hand militia gets its rifles and money from Durnholm.": BACKING,
    "The Grey Wolf Front, which is armed by Kesh, denies any role in the attack.": BACKING,
    "Ostmark is the main sponsor of the Grey Wolf Front, according to the report.": BACKING,
    "Sarvosk has doubled its defence budget and expanded its navy.":
        "a name the tagger calls an organisation is no state by 'its' (a company has a budget, and 'its navy' is "
        "the second possessive after the name)",
    "Marova-backed fighters of the Grey Wolf Front captured the airport.":
        "relations: 'X-backed fighters of Y' ties X to the fighters, not to the group named after 'of'",
}


extracted, test_wording = battery(CASES, XFAIL, "s", kinds_and_ties, check_kinds_and_ties)
