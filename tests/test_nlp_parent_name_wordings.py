"""part_of ties stated by a name, a modifier or a description rather than by a verb, in wordings written for this
battery: the parent's name inside the body's name ("the United Nations X Mission (ACR)", "the Ostrian Y Command"),
a state's demonym or possessive before a unit of its armed forces ("the Velnian Frontier Corps", its people "of"
a corps after the state's demonym, a corps run by the state's ministry), an organisation's unit named
after a possessive ("the Front's Ember Wing") and apposed descriptions ("X's youth wing, the Y", "the Y, the X's
armed wing", "the Y, X's branch in the south").

Negatives give no tie: an opposition or a party named with a demonym, a state's demonym before a rebel group, a
state's instructors training another state's army. All names are invented; end to end with the real English
pipeline."""
from __future__ import annotations

import pytest

from wording_battery import P, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

V = "Velnia's army is small. "
CASES = [
    # --- the parent's name inside the body's name ---
    ("The United Nations Transition Mission in Korvath (UNTMK) counts 4,000 troops. The UN itself pays for them.",
     {("United Nations Transition Mission in Korvath", P, "United Nations")}, set()),
    ("The UN Assistance Mission for Korvath (UNAMK) opened an office. The UN said the office would stay.",
     {("UN Assistance Mission for Korvath", P, "United Nations")}, set()),
    ("Ostria's army is small. The Ostrian Southern Command moved two brigades to the coast.",
     {("Ostrian Southern Command", P, "Ostria")}, set()),
    ("Kasmar's army is small. The Kasmari Rapid Corps took the airport.", {("Kasmari Rapid Corps", P, "Kasmar")},
     set()),
    ("The African Union Monitoring Mission in Ostria (AUMMO) withdrew. The African Union gave no reason.",
     {("African Union Monitoring Mission in Ostria", P, "African Union")}, set()),
    # --- a state's demonym before a unit of its armed forces ---
    (V + "The Velnian Frontier Corps patrols the border with Ostria.",
     {("Velnian Frontier Corps", P, "Velnia")}, set()),
    (V + "The port has seen a steady flow of Velnian trainers of the Granite Corps since the spring.",
     {("Granite Corps", P, "Velnia")}, set()),
    (V + "Velnians of the Thorn Corps now guard the mines.", {("Thorn Corps", P, "Velnia")}, set()),
    (V + "Staff of the Velnian Lantern Corps run the airfield.", {("Velnian Lantern Corps", P, "Velnia")}, set()),
    # --- run by a state's ministry; possessive units ---
    (V + "Guarding the mines is the Ash Corps, which is run by Velnia's defence ministry.",
     {("Ash Corps", P, "Velnia")}, set()),
    (V + "Our patrol ran into men of Flint Corps, run by Velnia's interior ministry, near the mines.",
     {("Flint Corps", P, "Velnia")}, set()),
    ("The Iron Front's youth wing, the Ember Guard, marched through the capital.",
     {("Ember Guard", P, "Iron Front")}, set()),
    ("The Ember Guard, the Iron Front's armed wing, marched through the capital.",
     {("Ember Guard", P, "Iron Front")}, set()),
    ("The Iron Front fields candidates through its electoral arm, the Dawn List. The Dawn List won nine seats.",
     {("Dawn List", P, "Iron Front")}, set()),
    ("The Hollow Cells, the Iron Front's branch in the south, claimed the attack.",
     {("Hollow Cells", P, "Iron Front")}, set()),
    ("The Iron Front's core, the Cobalt Brigade, has 3,000 fighters.",
     {("Cobalt Brigade", P, "Iron Front")}, set()),
    ("The Marrow Brigade, the core of the Dusk Alliance, has 3,000 fighters.",
     {("Marrow Brigade", P, "Dusk Alliance")}, set()),
    ("The Iron Front is a global network. The raid was the work of the League for the Defence of Faith (LDF), the "
     "Iron Front's western branch, and not of the army.", {("League for the Defence of Faith", P, "Iron Front")},
     set()),
    ("The Iron Front is a global network. Troops were ambushed by the Union for the Faith and the Poor (UFP), the "
     "Iron Front's Balkan branch, and not by bandits.", {("Union for the Faith and the Poor", P, "Iron Front")}, set()),
    ("The Saffron Movement runs schools. The movement's electoral arm, the Tide List, took 12 seats.",
     {("Tide List", P, "Saffron Movement")}, set()),
    ("The Hazel Battalion, a militia run by the Iron Front, guards the mines.", {("Hazel Battalion", P, "Iron Front")},
     {("Iron Front", "member_of", "Hazel Battalion")}),
    (V + "The Pine Corps, which is run by the Velnian interior ministry, patrols the dam.",
     {("Pine Corps", P, "Velnia")}, set()),
    ("The UN Security Council met on Monday. It sent a monitoring force of 3,000 troops, the UN Mission in Korvath "
     "(UNMIKO), to watch the border.", {("UN Mission", P, "United Nations")}, set()),
    ("The Harbour League won the vote. The Harbour League's political list, the Loyal Dawn List, has nine seats.",
     {("Loyal Dawn List", P, "Harbour League")}, set()),
    ("The Harbour League won the vote. The Loyal Tide List, the electoral list of the Harbour League, has nine seats.",
     {("Loyal Tide List", P, "Harbour League")}, set()),
    # --- not read yet (strict xfails) ---
    (V + "The Velnian Revolutionary Guards shelled the port.", {("Velnian Revolutionary Guards", P, "Velnia")}, set()),
    ("The Iron Front is a network. The Ember Wing of the Iron Front's Sable Guard trains its recruits.",
     {("Ember Wing", P, "Sable Guard")}, set()),
    # --- negatives ---
    ("The Iron Front is a network. The Ember Council said the ambush was the work of the group, the Iron Front's "
     "affiliate in the east.", set(), {("Ember Council", P, "Iron Front")}),
    (V + "The Velnian opposition marched on Sunday; the Harvest Party led the march.", set(),
     {("Harvest Party", P, "Velnia")}),
    (V + "The Velnian Harvest Party won the vote.", set(), {("Velnian Harvest Party", P, "Velnia"),
                                                            ("Harvest Party", P, "Velnia")}),
    (V + "The Velnian rebel group Ember Front attacked an army post.", set(), {("Ember Front", P, "Velnia")}),
    (V + "Ostria's army is larger. Velnian instructors train the Ostrian army's Falcon Brigade.", set(),
     {("Falcon Brigade", P, "Velnia")}),
    (V + "Ostria's army is larger. Velnian advisers of the Ostrian Guard Corps left on Friday.", set(),
     {("Ostrian Guard Corps", P, "Velnia")}),
    (V + "Velnian members of the Crescent Movement were arrested.", set(), {("Crescent Movement", P, "Velnia")}),
    ("The Harbour League is on the Union's list of banned groups, the Iron Front said.", set(),
     {("Harbour League", P, "Iron Front"), ("Iron Front", P, "Harbour League")}),
    ("The Larch Brigade, a militia run by Tomas Reyl, guards the mines.", {("Tomas Reyl", "leader_of", "Larch Brigade")},
     {("Larch Brigade", P, "Tomas Reyl")}),
    (V + "The Velnian People's Liberation Corps attacked a border post.", set(),
     {("Velnian People's Liberation Corps", P, "Velnia")}),
]

XFAIL: dict[str, str] = {
    V + "The Velnian Revolutionary Guards shelled the port.":
        "'revolutionary' is a rebel word of relations.yaml rebel_name_words, so a state's guard so named is not read "
        "as the state's (it keeps 'the Ostravian People's Revolutionary Army' apart)",
    "The Iron Front is a network. The Ember Wing of the Iron Front's Sable Guard trains its recruits.":
        "a unit 'of' a possessed body ('X of Y's Z') is read only when the name after 'of' is the whole",
}


extracted, test_wording = battery(CASES, XFAIL, "pn", relations_by_document, check_ties)
