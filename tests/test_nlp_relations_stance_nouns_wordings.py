"""Ties stated by a NOUN of stance or a description rather than a verb, in wordings written before reading the
relation reader: a possessive stance noun ("A's rival/ally/patron/foe", "its ally B"), a stance noun in apposition
("B, A's closest ally"), as a predicate ("A is B's main patron", "B's chief opponent was A"), a rival "inside" or
"within" a body (which makes the rival a member of it), a body "set up with help from" a backer, a state that
"regards" or "designates" a group as terrorists, and two states whose relations "broke down" or who "recalled their
ambassadors".

Negatives give no tie: a former ally, rivals no more, a rival bid, rival protests. Each item lists ties that must be
present and ties that must be absent. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import A, B, M, O, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

# two invented states made states by their armies (the actors layer types them so)
V = "Velnia's army is small. Ostria's army is large. "

CASES = [
    # --- possessive stance noun: "A's rival/ally/patron/client/foe" ---
    ("The Tarn Movement and its ally, the Granite Party, left the chamber before the count.",
     {("Tarn Movement", A, "Granite Party")}, set()),
    ("Velnia's army is small. The Sable Guard and its long-standing patron Velnia signed a deal on Monday.",
     {("Velnia", B, "Sable Guard")}, set()),
    ("The Sable Guard attacked the convoys of its foe, the Red Banner Militia, near the dam.",
     {("Sable Guard", O, "Red Banner Militia")}, set()),
    # --- apposition: "B, A's rival" ---
    ("The Granite Party, the Tarn Movement's closest ally, abstained on the bill.",
     {("Granite Party", A, "Tarn Movement")}, set()),
    ("Ilvo Marek, the prime minister's bitterest foe, said the budget was a fraud.",
     set(), set()),
    ("Ostria, the main backer of the Sable Guard, denied sending weapons.", {("Ostria", B, "Sable Guard")}, set()),
    ("Petra Salo, Anton Derik's niece and longtime rival, lost her seat in the spring vote.",
     {("Petra Salo", O, "Anton Derik")}, set()),
    # --- predicate: "A is B's rival", "B's rival is A" ---
    ("Ostria is the Sable Guard's chief patron, diplomats say.", {("Ostria", B, "Sable Guard")}, set()),
    ("The Harbour Party and the Granite Party remain the Iron Front's main backers.",
     {("Harbour Party", B, "Iron Front"), ("Granite Party", B, "Iron Front")}, set()),
    ("Apart from the army, the Iron Front's main enemy is the Sable Guard, a militia of the hill towns.",
     {("Sable Guard", O, "Iron Front")}, set()),
    ("The Red Banner Militia holds the hills. Apart from the Sable Guard, their fiercest enemy is the Iron Front.",
     {("Iron Front", O, "Red Banner Militia")}, {("Iron Front", O, "Sable Guard")}),
    ("The Red Banner Militia holds the hills. Beyond the Sable Guard, their oldest rival remains the Iron Front.",
     {("Iron Front", O, "Red Banner Militia")}, {("Iron Front", O, "Sable Guard")}),
    ("In those years the Harvest Party's strongest opponent was the Coastal League.",
     {("Coastal League", O, "Harvest Party")}, set()),
    # (from the owner's side the rivalry is mutual; this harness reads opposes either way, the measurement checks both)
    ("The Tarn Movement was founded in 2008. During its first decade, its fiercest opponent was the Granite Party.",
     {("Tarn Movement", O, "Granite Party"), ("Granite Party", O, "Tarn Movement")}, set()),
    ("The Harvest Party and the Coastal League, rivals for two decades, both lost seats.",
     {("Harvest Party", O, "Coastal League")}, set()),
    # --- a rival inside or within a body ---
    ("Insiders have described Dorvan Pell for years as Mira Tasko's most serious rival inside the Unity Bloc.",
     {("Dorvan Pell", O, "Mira Tasko"), ("Dorvan Pell", M, "Unity Bloc")}, set()),
    ("Jorin Vale, Mira Tasko's fiercest rival within the Unity Bloc, voted against the plan.",
     {("Jorin Vale", O, "Mira Tasko"), ("Jorin Vale", M, "Unity Bloc")}, set()),
    ("Mira Tasko leads the Unity Bloc. Her strongest rival inside the bloc, Jorin Vale, wants the leadership.",
     {("Jorin Vale", O, "Mira Tasko")}, set()),
    ("Dorvan Pell runs the Harbour Party. Reporters have long described him as Mira Tasko's most dangerous "
     "rival within the Unity Bloc.",
     {("Dorvan Pell", O, "Mira Tasko"), ("Dorvan Pell", M, "Unity Bloc")}, set()),
    ("Jorin Vale, a rival of Mira Tasko in the north, opened an office in the port.", {("Jorin Vale", O, "Mira Tasko")},
     set()),
    # --- a rift only asked for, threatened or past; a rival that was so once ---
    ("Velnia has pressed Ostria for weeks to sever relations with Tarnia.", set(), {("Velnia", O, "Tarnia")}),
    ("Velnia has threatened to break off ties with Ostria unless the dam is reopened.", set(),
     {("Velnia", O, "Ostria")}),
    ("Velnia demanded that Ostria cut relations with Tarnia at once.", set(),
     {("Velnia", O, "Tarnia"), ("Ostria", O, "Tarnia")}),
    ("The Harvest Party's fiercest foe was once the Coastal League, before the two merged.", set(),
     {("Coastal League", O, "Harvest Party"), ("Harvest Party", O, "Coastal League")}),
    # --- set up / founded with help from ---
    ("Ostria's army is small. The Sable Guard, a militia formed with help from Ostria, holds the valley.",
     {("Ostria", B, "Sable Guard")}, set()),
    ("Ostria's navy is tiny. The Ashen Front was set up in 2019 with help from Ostria, diplomats say.",
     {("Ostria", B, "Ashen Front")}, set()),
    ("The Iron Front, built up since 2016 with support from the Kardon Workers' Party, holds the pass.",
     {("Kardon Workers' Party", B, "Iron Front")}, set()),
    ("Founded with the help of the Kardon Workers' Party, the Iron Front grew quickly.",
     {("Kardon Workers' Party", B, "Iron Front")}, set()),
    # --- regards / designates as terrorist ---
    ("Karvel regards the Ashen Front as a terrorist group and refuses to talk to it.",
     {("Karvel", O, "Ashen Front")}, set()),
    ("In 2019 Velnia designated the Iron Front a terrorist organisation.", {("Velnia", O, "Iron Front")}, set()),
    ("The Sable Guard, which Ostria lists as a terrorist group, raided a checkpoint.",
     {("Ostria", O, "Sable Guard")}, set()),
    # --- states falling out ---
    (V + "Velnia and Ostria recalled their ambassadors after the border shooting.", {("Velnia", O, "Ostria")}, set()),
    (V + "Relations between Velnia and Ostria broke down last spring over the dam.", {("Velnia", O, "Ostria")}, set()),
    (V + "Velnia's relations with Ostria collapsed after the shooting, and both capitals expelled diplomats.",
     {("Velnia", O, "Ostria")}, set()),
    (V + "Velnia blames Ostria for the floods; relations broke down in May.", {("Velnia", O, "Ostria")},
     set()),
    (V + "Velnia recalled its ambassador from Ostria on Monday.", {("Velnia", O, "Ostria")}, set()),
    (V + "Velnia severed diplomatic relations with Ostria in April.", {("Velnia", O, "Ostria")}, set()),
    # --- negatives ---
    ("The Granite Party, a former ally of the Tarn Movement, joined the opposition benches.", set(),
     {("Granite Party", A, "Tarn Movement")}),
    ("The Harvest Party and the Coastal League, rivals no more, signed a pact on Tuesday.", set(),
     {("Harvest Party", O, "Coastal League")}),
    ("The Coastal League backed a rival bid by the Harvest Party for the harbour contract.", set(),
     {("Coastal League", O, "Harvest Party")}),
    ("Supporters of the Harvest Party held rival protests outside the Coastal League's offices.", set(),
     {("Harvest Party", A, "Coastal League")}),
    (V + "Velnia and Ostria restored relations and sent back their ambassadors in June.", set(),
     {("Velnia", O, "Ostria")}),
    ("Ostria's army is small. Ostria was once the Sable Guard's patron, but it cut off all funds in 2015.", set(),
     {("Ostria", B, "Sable Guard")}),
    (V + "Velnia has not cut ties with Ostria.", set(), {("Velnia", O, "Ostria")}),
    (V + "Velnia warned that relations with Ostria could break down.", set(), {("Velnia", O, "Ostria")}),
    ("Jorin Vale, Mira Tasko's rival within the Unity Bloc, spoke first.", set(), {("Jorin Vale", O, "Unity Bloc")}),
]

XFAIL: dict[str, str] = {
    "The Harvest Party and the Coastal League, rivals for two decades, both lost seats.":
        "parser: the plural apposition 'rivals' is read as a verb (ccomp), so no noun states the tie",
}


extracted, test_wording = battery(CASES, XFAIL, "n", relations_by_document, check_ties)
