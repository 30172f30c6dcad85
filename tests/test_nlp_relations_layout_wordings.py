"""Lasting ties stated by layout rather than by a sentence, in wordings written before reading the readers of
layout (a blind battery): bullet items with "-", "*" and "•", numbered items, cast lists "Name, role, Party",
tables with a post, commander or backer column, colon labels and glossaries ("X: the armed wing of Y"), bracketed
roles ("Name (Party)", "(Cdr: Name)"), captions, and a quiz's question and answer lines.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted), compared as in
tests/test_nlp_relations_blind_wordings.py. All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, P, B, A, O = "leader_of", "member_of", "part_of", "backs", "allied_with", "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- bullets: cast lists "Name, role, Party" and "Name - description" ---
    ("Who is who in the dispute:\n- Tomas Varga, chairman, Harvest Party\n- Ilse Dorn, lawmaker, Coastal League\n",
     {("Tomas Varga", L, "Harvest Party"), ("Ilse Dorn", M, "Coastal League")}, set()),
    ("The main players:\n* Petar Lusk - chairman of the Iron Front\n* Kiro Belan - commander of the Red Banner Militia\n",
     {("Petar Lusk", L, "Iron Front"), ("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Key people\n\u2022 Rafi Odum: commander, Black Hill Brigade\n\u2022 Mara Feld: secretary-general, People's Union\n",
     {("Rafi Odum", L, "Black Hill Brigade"), ("Mara Feld", L, "People's Union")}, set()),
    ("Faces to watch:\n- Jonah Pell (Coastal League), the party's floor leader\n- Ana Quell (Unity Bloc)\n",
     {("Jonah Pell", M, "Coastal League"), ("Ana Quell", M, "Unity Bloc")}, set()),
    # --- numbered items ---
    ("Those named in the report:\n1. Rafi Odum, commander of the Black Hill Brigade.\n"
     "2. Mara Feld, secretary-general of the People's Union.\n",
     {("Rafi Odum", L, "Black Hill Brigade"), ("Mara Feld", L, "People's Union")}, set()),
    ("Armed groups in the north\n1) Black Hill Brigade - led by Rafi Odum; armed wing of the Iron Front.\n"
     "2) Red Banner Militia - led by Kiro Belan.\n",
     {("Rafi Odum", L, "Black Hill Brigade"), ("Black Hill Brigade", P, "Iron Front"),
      ("Kiro Belan", L, "Red Banner Militia")}, set()),
    # --- tables ---
    ("The new cabinet\n\n| Name | Post | Party |\n|---|---|---|\n| Tomas Varga | Chairman | Harvest Party |\n"
     "| Ilse Dorn | Deputy chair | Harvest Party |\n| Jonah Pell | Whip | Coastal League |\n",
     {("Tomas Varga", L, "Harvest Party"), ("Ilse Dorn", M, "Harvest Party"), ("Jonah Pell", M, "Coastal League")},
     set()),
    ("Armed groups\n\n| Group | Commander | Fighters | Main backer |\n|---|---|---|---|\n"
     "| Red Banner Militia | Kiro Belan | 2,000 | Ostria |\n| Black Hill Brigade | Rafi Odum | 900 | none |\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Rafi Odum", L, "Black Hill Brigade"),
      ("Ostria", B, "Red Banner Militia")}, set()),
    ("Armed groups\n\n| Group | Commander | Fighters | Backed by |\n|---|---|---|---|\n"
     "| Red Banner Militia | Kiro Belan | 2,000 | Iron Front |\n| Black Hill Brigade | Cdr. Rafi Odum | 900 | - |\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Rafi Odum", L, "Black Hill Brigade"),
      ("Iron Front", B, "Red Banner Militia")}, set()),
    ("Forces in the north\n\n| Formation | Commander | Main area |\n|---|---|---|\n"
     "| Velnian Army | Gen. Anton Riel | nationwide |\n| - 4th Division | Col. Lena Sorvik | north |\n",
     {("Anton Riel", L, "Velnian Army"), ("Lena Sorvik", L, "4th Division"), ("4th Division", P, "Velnian Army")},
     set()),
    ("Group\tLeader\tAllied with\nIron Front\tPetar Lusk\tHarvest Party\nCoastal League\tJonah Pell\t-\n",
     {("Petar Lusk", L, "Iron Front"), ("Jonah Pell", L, "Coastal League"), ("Iron Front", A, "Harvest Party")},
     set()),
    # --- colon labels and glossaries ---
    ("Glossary\nRed Banner Militia: the armed wing of the Iron Front.\n"
     "Northern Accord: a coalition of the Harvest Party and the Coastal League.\n",
     {("Red Banner Militia", P, "Iron Front"), ("Harvest Party", M, "Northern Accord"),
      ("Coastal League", M, "Northern Accord")}, set()),
    ("Leader of the Iron Front: Petar Lusk\nLeader of the Harvest Party: Tomas Varga\n",
     {("Petar Lusk", L, "Iron Front"), ("Tomas Varga", L, "Harvest Party")}, set()),
    ("Iron Front\nLeader: Petar Lusk\nArmed wing: Red Banner Militia\nBacked by: Ostria\n",
     {("Petar Lusk", L, "Iron Front"), ("Red Banner Militia", P, "Iron Front"), ("Ostria", B, "Iron Front")}, set()),
    ("Iron Front\nLeader: Petar Lusk\nArmed wing: Red Banner Militia\nFounded: 2009\n",
     {("Petar Lusk", L, "Iron Front"), ("Red Banner Militia", P, "Iron Front")}, set()),
    ("- Northern Accord: members Harvest Party, Coastal League. Seats: 40.\n",
     {("Harvest Party", M, "Northern Accord"), ("Coastal League", M, "Northern Accord")}, set()),
    # --- bracketed roles ---
    ("Order of battle\n- 4th Division (Cdr: Col. Anton Riel) - part of the Velnian Army\n"
     "- 7th Brigade (Cdr: Maj. Lena Sorvik) - part of the 4th Division\n",
     {("Anton Riel", L, "4th Division"), ("4th Division", P, "Velnian Army"), ("Lena Sorvik", L, "7th Brigade")},
     set()),
    ("Present: Ilse Dorn (Chair, Harvest Party); Jonah Pell (Coastal League); Ana Quell (Unity Bloc).\n",
     {("Ilse Dorn", M, "Harvest Party"), ("Jonah Pell", M, "Coastal League"), ("Ana Quell", M, "Unity Bloc")}, set()),
    ("Speakers: Tomas Varga (leader, Harvest Party) and Petar Lusk (chairman, Iron Front).\n",
     {("Tomas Varga", L, "Harvest Party"), ("Petar Lusk", L, "Iron Front")}, set()),
    # --- minutes: a committee named in the heading, its chair in a label or in brackets ---
    ("Grand Assembly of Velnia - Standing Committee on Trade and Industry\nMinutes of the hearing of 4 May\n\n"
     "Chair: Ilse Marren (Harvest Party). Members present: 9 of 11.\n\n1. Welcome. The Chair welcomed the witnesses.\n",
     {("Ilse Marren", L, "Standing Committee on Trade and Industry"), ("Ilse Marren", M, "Harvest Party")}, set()),
    ("Grand Assembly of Velnia - Standing Committee on Trade and Industry\nMinutes of the hearing of 4 May\n\n"
     "Present: Hon. Ilse Marren (Chair, Harvest Party); Hon. Jonah Pell (Coastal League).\n",
     {("Ilse Marren", L, "Standing Committee on Trade and Industry"), ("Ilse Marren", M, "Harvest Party"),
      ("Jonah Pell", M, "Coastal League")}, {("Ilse Marren", L, "Harvest Party")}),
    # --- captions ---
    ("[CAPTION: Mara Feld - Secretary-General, People's Union]\nThe union has called a strike for Monday.\n",
     {("Mara Feld", L, "People's Union")}, set()),
    ("Pictured: Kiro Belan, commander of the Red Banner Militia, at a rally in 2023.\n",
     {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Photo: Jonah Pell, Coastal League lawmaker, outside parliament.\n",
     {("Jonah Pell", M, "Coastal League")}, set()),
    # --- quiz questions and answers ---
    ("Q3. Who leads the Harvest Party?\nA: Tomas Varga.\n", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Q4. Which militia did the minister blame for the attack?\nANSWER: The Red Banner Militia.\n"
     "Note: commanded by Kiro Belan since 2020; Ostria arms it.\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Ostria", B, "Red Banner Militia")}, set()),
    ("Q7. Name the chairman of the Iron Front.\nA7. Petar Lusk.\n", {("Petar Lusk", L, "Iron Front")}, set()),
    # the backer named first in the document (actor 0) is a backer too
    ("France trains the northern militias.\n\n| Group | Fighters | Main backer |\n|---|---|---|\n"
     "| Red Band Militia | 900 | France |\n", {("France", B, "Red Band Militia")}, set()),
    # --- negatives: a list names people and bodies side by side without a tie ---
    ("Sanctioned this week:\n- Red Banner Militia\n- Iron Front\n- Kiro Belan\n", set(),
     {("Red Banner Militia", A, "Iron Front"), ("Kiro Belan", L, "Iron Front"), ("Kiro Belan", M, "Iron Front")}),
    ("| Party | Seats |\n|---|---|\n| Harvest Party | 40 |\n| Coastal League | 33 |\n", set(),
     {("Harvest Party", A, "Coastal League"), ("Harvest Party", O, "Coastal League")}),
    ("Former leaders\n- Tomas Varga, chairman of the Harvest Party until 2019\n", set(),
     {("Tomas Varga", L, "Harvest Party")}),
]

STATE = "actors layer: a one-word invented state named in no other way (a table cell, a label's value) is no actor"
XFAIL: dict[str, str] = {
    "Former leaders\n- Tomas Varga, chairman of the Harvest Party until 2019\n":
        "a post ended ('until 2019', under a 'Former leaders' heading) is read as held now",
    "Who is who in the dispute:\n- Tomas Varga, chairman, Harvest Party\n- Ilse Dorn, lawmaker, Coastal League\n":
        "actors layer: the second name of the list is tagged an organisation (the tagger reads 'Dorn' as a conjunction)",
    "Armed groups in the north\n1) Black Hill Brigade - led by Rafi Odum; armed wing of the Iron Front.\n"
    "2) Red Banner Militia - led by Kiro Belan.\n":
        "a second description after a semicolon in a numbered item is not read as the head's",
    "The new cabinet\n\n| Name | Post | Party |\n|---|---|---|\n| Tomas Varga | Chairman | Harvest Party |\n"
    "| Ilse Dorn | Deputy chair | Harvest Party |\n| Jonah Pell | Whip | Coastal League |\n":
        "a table whose rows are persons (a post and a party column) has no reader; tables are read by their body rows",
    "Armed groups\n\n| Group | Commander | Fighters | Main backer |\n|---|---|---|---|\n"
    "| Red Banner Militia | Kiro Belan | 2,000 | Ostria |\n| Black Hill Brigade | Rafi Odum | 900 | none |\n": STATE,
    "Group\tLeader\tAllied with\nIron Front\tPetar Lusk\tHarvest Party\nCoastal League\tJonah Pell\t-\n":
        "a tab-separated table's first row is not read as a leader's (its name cell); no 'allied with' column reader",
    "Glossary\nRed Banner Militia: the armed wing of the Iron Front.\n"
    "Northern Accord: a coalition of the Harvest Party and the Coastal League.\n":
        "'a coalition of A and B' as a description makes A and B allies, not members of the head",
    "Iron Front\nLeader: Petar Lusk\nArmed wing: Red Banner Militia\nBacked by: Ostria\n": STATE,
    "- Northern Accord: members Harvest Party, Coastal League. Seats: 40.\n":
        "an inline 'members A, B' after a colon in one item is not read (the profile reader needs a 'Members:' field)",
    "Speakers: Tomas Varga (leader, Harvest Party) and Petar Lusk (chairman, Iron Front).\n":
        "a post before a party in brackets may be the meeting's ('Chair, Party' in minutes), so only membership is read",
    "[CAPTION: Mara Feld - Secretary-General, People's Union]\nThe union has called a strike for Monday.\n":
        "a single caption after a bracketed label is no entry (entries come in a series; the label opens the line)",
    "Q7. Name the chairman of the Iron Front.\nA7. Petar Lusk.\n":
        "an imperative question ('Name the chairman of X') has no question word for the answer to fill",
}


extracted, test_layout_wording = battery(CASES, XFAIL, "y", relations_by_document, check_ties)
