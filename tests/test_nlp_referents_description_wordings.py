"""Definite descriptions and possessives resolved to their body, in wordings written before reading the resolver
(so the items are not shaped by its rules). Each text names one or more bodies, then refers back with a description
("the peacekeeping force", "the lower house", "the movement", "the commander", "its rivalry with X"). The body a
description names must fit the head noun's kind (a force noun: an armed body or a mission; a house noun: a
legislature; a party noun: a party; a movement noun: a movement), and the most recent fitting body named in the
text wins over a more salient one that does not fit; a body named only inside another body's name is no candidate.

Each item lists items that must be present and items that must be absent, over relations ("rel", source, type,
target), events ("ev", source, type, target; not negated) and facts ("fact", actor, key, value). All names are
invented; end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- force nouns: a mission or armed body named before, not the organisation that sent it ---
    ("The Concord of Nations sent the Tarsen Stabilisation Mission to the northern provinces in 2019. "
     "On Friday the peacekeeping force came under fire from the Grey Wolf Militia near Odrin.",
     {("ev", "Grey Wolf Militia", "ASSAULT", "Tarsen Stabilisation Mission")},
     {("ev", "Grey Wolf Militia", "ASSAULT", "Concord of Nations")}),
    ("The Tarsen Stabilisation Mission, set up by the Concord of Nations, now counts 4,000 soldiers. "
     "The force patrols the buffer zone.",
     {("fact", "Tarsen Stabilisation Mission", "troops", 4000)},
     {("fact", "Concord of Nations", "troops", 4000)}),
    ("Velnia asked the Concord of Nations for help last spring, and the Tarsen Stabilisation Mission arrived in June. "
     "The peacekeepers were attacked by the Grey Wolf Militia on Sunday.",
     {("ev", "Grey Wolf Militia", "ASSAULT", "Tarsen Stabilisation Mission")},
     {("ev", "Grey Wolf Militia", "ASSAULT", "Concord of Nations")}),
    ("The Grey Wolf Militia controls the hills east of Odrin. The armed group attacked a police post in the town on "
     "Monday, local officials said.",
     {("ev", "Grey Wolf Militia", "ASSAULT", None)}, set()),
    # --- house nouns: the article's own legislature, not a foreign state named in passing ---
    ("Ostria's parliament, the National Assembly of Ostria, will vote on the treaty with Marland next week. "
     "The lower house has 150 seats.",
     {("fact", "Ostria", "seats", 150)},
     {("fact", "Marland", "total_seats", 150)}),
    ("The Ostrian Chamber of Deputies passed the budget on Tuesday after a row with Marland over tariffs. "
     "The Harvest Party holds 40 seats in the chamber.",
     {("fact", "Harvest Party", "seats", 40)},
     {("fact", "Marland", "seats", 40)}),
    # --- party nouns ---
    ("Tomas Varga founded the Harvest Party in 2004 with help from the Velnian Farmers' Union. "
     "Today the party holds 32 seats.",
     {("fact", "Harvest Party", "seats", 32)},
     {("fact", "Velnian Farmers' Union", "seats", 32)}),
    ("The Harvest Party won 32 seats in Velnia's election, the electoral commission said. "
     "The party's leader, Tomas Varga, claimed victory.",
     {("rel", "Tomas Varga", "leader_of", "Harvest Party")},
     {("rel", "Tomas Varga", "leader_of", "Velnia")}),
    # --- possessives: "its" and "their" pick the body that fits ---
    ("The Harvest Party has governed Velnia since 2015. Its rivalry with the Azure Alliance dates back decades.",
     {("rel", "Harvest Party", "opposes", "Azure Alliance")},
     {("rel", "Velnia", "opposes", "Azure Alliance")}),
    ("The Azure Alliance, backed by the Velnian Farmers' Union, lost ground in the vote. "
     "Its long rivalry with the Harvest Party shaped the campaign.",
     {("rel", "Azure Alliance", "opposes", "Harvest Party")},
     {("rel", "Velnian Farmers' Union", "opposes", "Harvest Party")}),
    # --- movement nouns: not a body named in passing ---
    ("The Green Dawn Movement staged rallies across Velnia on Saturday, days after the Concord of Nations criticised "
     "the government. The movement's leader, Ilse Darrow, called for new elections.",
     {("rel", "Ilse Darrow", "leader_of", "Green Dawn Movement")},
     {("rel", "Ilse Darrow", "leader_of", "Concord of Nations")}),
    # --- a commander with no named body: no one, or the armed body named before ---
    ("The Red Banner Brigade seized the airport at dawn. The commander of the brigade, Kiro Belan, said the city "
     "would fall within days.",
     {("rel", "Kiro Belan", "leader_of", "Red Banner Brigade")}, set()),
    ("Fighters of the Red Banner Brigade took the bridge, and Velnia's army withdrew. The brigade's commander, "
     "Kiro Belan, posted a video from the river bank.",
     {("rel", "Kiro Belan", "leader_of", "Red Banner Brigade")},
     {("rel", "Kiro Belan", "leader_of", "Velnia")}),
    # --- a body inside another's name is no candidate ---
    ("The Velnia Liberation Front attacked an army convoy on Monday. The rebel group said it had killed twelve "
     "soldiers.",
     {("ev", "Velnia Liberation Front", "ASSAULT", None)},
     {("ev", "Velnia", "ASSAULT", None)}),
    ("The Ostria Peace Mission reported new fighting on Tuesday. The mission said the Grey Wolf Militia had shelled "
     "two villages.",
     {("ev", "Grey Wolf Militia", "ASSAULT", None)},
     {("ev", "Ostria", "ASSAULT", None)}),
    # --- a more recent body that does not fit the noun loses to an earlier one that does ---
    ("The Tarsen Stabilisation Mission has patrolled the border since 2019, a mandate the Concord of Nations renewed "
     "on Monday. On Tuesday the peacekeeping force was attacked by the Grey Wolf Militia.",
     {("ev", "Grey Wolf Militia", "ASSAULT", "Tarsen Stabilisation Mission")},
     {("ev", "Grey Wolf Militia", "ASSAULT", "Concord of Nations")}),
    ("The Azure Alliance held its congress in Marland's capital on Sunday. Its bitter rivalry with the Harvest Party "
     "dominated the speeches.",
     {("rel", "Azure Alliance", "opposes", "Harvest Party")},
     {("rel", "Marland", "opposes", "Harvest Party")}),
    ("The Red Banner Brigade has fought Velnia's army for a decade. Its commander, Kiro Belan, rarely appears in "
     "public.",
     {("rel", "Kiro Belan", "leader_of", "Red Banner Brigade")},
     {("rel", "Kiro Belan", "leader_of", "Velnia")}),
    ("The Green Dawn Movement marched on the capital on Saturday, joined by members of the Harvest Party. "
     "The movement's founder, Ilse Darrow, addressed the crowd.",
     {("rel", "Ilse Darrow", "leader_of", "Green Dawn Movement")},
     {("rel", "Ilse Darrow", "leader_of", "Harvest Party")}),
    ("Velnia accused the Grey Wolf Militia of shelling Odrin. The militia attacked a border post on Monday.",
     {("ev", "Grey Wolf Militia", "ASSAULT", None)},
     {("ev", "Velnia", "ASSAULT", None)}),
    ("The Ostrian Union Party heads the ruling coalition alongside the Harvest Party. The party's chairman, Petar "
     "Lusk, defended the budget.",
     {("rel", "Petar Lusk", "leader_of", "Ostrian Union Party")}, set()),
    ("The Tarsen Stabilisation Mission has kept the two armies apart since 2019. In March the Council of the "
     "Sarmatic Union extended the peacekeeping force, some 6,000 strong, for another year.",
     {("fact", "Tarsen Stabilisation Mission", "troops", 6000)},
     {("fact", "Council of the Sarmatic Union", "troops", 6000), ("fact", "Sarmatic Union", "troops", 6000)}),
    ("The Sarmatic Union runs the Tarsen Stabilisation Mission. On Monday the Sarmatic Union said the peacekeeping "
     "force had been shelled by the Grey Wolf Militia.",
     {("ev", "Grey Wolf Militia", "ASSAULT", "Tarsen Stabilisation Mission")},
     {("ev", "Grey Wolf Militia", "ASSAULT", "Sarmatic Union")}),
    ("The Marland foreign ministry advises its citizens against all travel to Ostria. Ostria held elections in May; "
     "the Harvest Party won 90 of the lower house's 150 seats. Marland urged calm.",
     {("fact", "Harvest Party", "seats", 90)},
     {("fact", "Marland", "seats", 150)}),
    # --- a force noun is not an armed gang or militia ("the force" of a police story is the police) ---
    ("The Night Crows Brigade controls the port district. The police chief has named Aron Pike, who until now ran the "
     "force's drugs unit, as her deputy.",
     set(), {("rel", "Aron Pike", "member_of", "Night Crows Brigade")}),
    # --- "X's A and its B": the possessive in a noun joined to one X owns is X's ---
    ("Observers said the vote showed the Harvest Party's warming ties with the Azure Alliance, the bloc that runs the "
     "capital, and its rivalry with the Iron Front, which has never governed.",
     {("rel", "Harvest Party", "opposes", "Iron Front")},
     {("rel", "Azure Alliance", "opposes", "Iron Front")}),
    ("The Green Dawn Movement's alliance with the Harvest Party and its feud with the Iron Front shaped the campaign.",
     {("rel", "Green Dawn Movement", "opposes", "Iron Front")},
     {("rel", "Harvest Party", "opposes", "Iron Front")}),
    ("Commentators said the deal reflected the Iron Front's growing closeness to the Azure Alliance, the bloc that "
     "runs the capital, and its long rivalry with the Harvest Party.",
     {("rel", "Iron Front", "opposes", "Harvest Party")},
     {("rel", "Azure Alliance", "opposes", "Harvest Party")}),
]

XFAIL: dict[str, str] = {
    CASES[2][0]: "a plural force noun ('the peacekeepers') is read back only to a non-state armed group "
                 "(armed_class_plurals), not to a body named as a mission",
    CASES[20][0]: "two parties of a fitting kind: the resolver takes the closer one named, not the subject the passage "
                  "is about",
    CASES[23][0]: "an invented state named only as a place ('travel to Ostria', 'Ostria held elections') is no state "
                  "actor, so 'the lower house' goes to the story's home state, the writer's (facts._chamber)",
}


extracted, test_wording = battery(CASES, XFAIL, "d", items_by_document, check_items)
