"""Stance and structure ties (backs, opposes, allied_with, part_of, member_of) in wordings written before reading the
relation reader: a state backing a force through money, arms, training or salaries (also said of a pronoun in the
next sentence, or in the passive); factions fighting each other over several sentences ("clashes between A and B",
"A's offensive against B", "the two old rivals"); coalitions and their members ("A, B and C, which make up X", "X's
member groups include A and B", list items); a branch or affiliate of an organisation ("X's southern branch"), a
unit of an armed force ("the army's Falcon Brigade"), a UN or AU mission, a state's own company or service.

Negatives give no tie: a denial, an ended tie, a truce, a single court case. Each item lists ties that must be
present and ties that must be absent. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import A, B, M, O, P, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- backing: money, arms, training, salaries ---
    ("Kardon pays the salaries of the Red Banner Militia.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("For years Kardon has paid the Black Hill Brigade's salaries.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Sable Guard is armed and financed by Kardon.", {("Kardon", B, "Sable Guard")}, set()),
    ("The Red Banner Militia is supplied and directed by Kardon.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("The Black Hill Brigade controls the valley. Kardon supplies its weapons and pays its fighters.",
     {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Sable Guard holds the port. Kardon arms it and trains its officers.", {("Kardon", B, "Sable Guard")}, set()),
    ("Kardon sends money to the Iron Front every month.", {("Kardon", B, "Iron Front")}, set()),
    ("Kardonian instructors have trained the Sable Guard since 2019, Kardon's defence ministry said.",
     {("Kardon", B, "Sable Guard")}, set()),
    ("Velnia's army is small. The Sable Guard holds the port. Velnia arms and pays it.",
     {("Velnia", B, "Sable Guard")}, set()),
    ("Velnia's army is small. Velnia, whose officers train the Sable Guard, called for calm.",
     {("Velnia", B, "Sable Guard")}, set()),
    ("Velnia's army is small. The Sable Guard holds the port. Velnia's advisers train its units.",
     {("Velnia", B, "Sable Guard")}, set()),
    ("Velnia's army is small. The Sable Guard, supplied and directed by Velnia, took the port.",
     {("Velnia", B, "Sable Guard")}, {("Velnia", "leader_of", "Sable Guard")}),
    ("Kardon funds the Iron Front's schools and clinics.", {("Kardon", B, "Iron Front")}, set()),
    # --- hostility over sentences ---
    ("The Harvest Party and the Coastal League are old rivals.", {("Harvest Party", O, "Coastal League")}, set()),
    ("Clashes between the Sable Guard and the Red Banner Militia killed nine people on Sunday. "
     "Fighting between the two groups has continued since March.", {("Sable Guard", O, "Red Banner Militia")}, set()),
    ("The Sable Guard's offensive against the Red Banner Militia entered its third week.",
     {("Sable Guard", O, "Red Banner Militia")}, set()),
    ("Petar Lusk, a vocal critic of the Iron Front, spoke on Monday.", {("Petar Lusk", O, "Iron Front")},
     set()),
    ("The Iron Front is a bitter rival of the Harvest Party.", {("Iron Front", O, "Harvest Party")}, set()),
    ("The Sable Guard and the Red Banner Militia have been fighting each other for control of the valley since 2020.",
     {("Sable Guard", O, "Red Banner Militia")}, set()),
    ("The Harvest Party and the Coastal League both claimed victory on Sunday. The two longtime rivals refuse to "
     "talk.", {("Harvest Party", O, "Coastal League")}, set()),
    ("The Sable Guard and the Red Banner Militia signed a truce. Both long-time enemies blamed the army for the delay.",
     {("Sable Guard", O, "Red Banner Militia")}, set()),
    ("The Harvest Party and the Coastal League met on Monday. The two allies agreed to share the ministries.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("The Red Banner Militia has waged an insurgency against Velnia since 2018, when Velnia's army left the hills.",
     {("Red Banner Militia", O, "Velnia")}, set()),
    # --- structure: branches, units, missions ---
    ("The Black Hill Brigade is the Iron Front's northern branch.", {("Black Hill Brigade", P, "Iron Front")}, set()),
    ("The Ember Cells, the Iron Front's affiliate in the south, claimed the attack.",
     {("Ember Cells", P, "Iron Front")}, set()),
    ("The Velnian Army's Falcon Brigade retook the town.", {("Falcon Brigade", P, "Velnian Army")}, set()),
    # (a state's unnamed army counts as the state: relation_drops.unnamed_force_state)
    ("Velnia's army is small. The army's Falcon Brigade retook the town.", {("Falcon Brigade", P, "Velnia")},
     set()),
    ("The Coastal Guard belongs to the interior ministry of Velnia.", {("Coastal Guard", P, "Velnia")}, set()),
    ("The Harvest Party belongs to the Northern Alliance.", {("Harvest Party", M, "Northern Alliance")},
     {("Harvest Party", P, "Northern Alliance")}),
    ("The United Nations Observer Mission in Velnia said the road was open.",
     {("United Nations Observer Mission in Velnia", P, "United Nations")}, set()),
    ("The African Union Transition Mission in Ostria lost two soldiers.",
     {("African Union Transition Mission in Ostria", P, "African Union")}, set()),
    # --- coalitions and members ---
    ("The Harvest Party, the Coastal League and the Miners League, which make up the Northern Alliance, won the vote.",
     {("Harvest Party", M, "Northern Alliance"), ("Coastal League", M, "Northern Alliance"),
      ("Miners League", M, "Northern Alliance")}, set()),
    ("The Northern Alliance's member groups include the Sable Guard and the Red Banner Militia.",
     {("Sable Guard", M, "Northern Alliance"), ("Red Banner Militia", M, "Northern Alliance")}, set()),
    ("The Dawn Coalition brings together the Harvest Party and the Coastal League.",
     {("Harvest Party", M, "Dawn Coalition"), ("Coastal League", M, "Dawn Coalition")}, set()),
    ("The Northern Alliance has three members:\n- the Sable Guard\n- the Red Banner Militia\n- the Ember Cells\n",
     {("Sable Guard", M, "Northern Alliance"), ("Ember Cells", M, "Northern Alliance")}, set()),
    ("The Sable Guard joined the Red Banner Militia and the Ember Cells in the Northern Alliance.",
     {("Sable Guard", M, "Northern Alliance"), ("Red Banner Militia", M, "Northern Alliance"),
      ("Ember Cells", M, "Northern Alliance")}, {("Sable Guard", M, "Red Banner Militia")}),
    ("The Northern Alliance fought two rivals last year:\n- the Sable Guard\n- the Red Banner Militia\n", set(),
     {("Sable Guard", M, "Northern Alliance")}),
    # --- alliance ---
    ("The Sable Guard fights alongside the Velnian Army in the north.", {("Sable Guard", A, "Velnian Army")}, set()),
    ("The Coastal League said it would stand with the Harvest Party.", {("Coastal League", A, "Harvest Party")},
     set()),
    # --- negatives ---
    ("Kardon denied paying the Red Banner Militia.", set(), {("Kardon", B, "Red Banner Militia")}),
    ("Kardon funded the Sable Guard until 2019, when it cut off all support.", set(), {("Kardon", B, "Sable Guard")}),
    ("The Sable Guard and the Red Banner Militia agreed a ceasefire on Friday.", set(),
     {("Sable Guard", A, "Red Banner Militia")}),
    ("Velnia's army is small. Velnia paid the Iron Front compensation for the damage.", set(),
     {("Velnia", B, "Iron Front")}),
    ("Velnia's army is small. The Harvest Party paid tribute to Velnia's president.", set(),
     {("Harvest Party", B, "Velnia")}),
]

XFAIL: dict[str, str] = {
    "The United Nations Observer Mission in Velnia said the road was open.":
        "actors layer: the parent body named only inside the mission's name is no actor of its own",
    "The African Union Transition Mission in Ostria lost two soldiers.":
        "actors layer: the parent body named only inside the mission's name is no actor of its own",
    "The Coastal League said it would stand with the Harvest Party.":
        "no cue for 'stand with' as an alliance (a stance said in the future or reported)",
}


extracted, test_wording = battery(CASES, XFAIL, "s", relations_by_document, check_ties)
