"""Leadership ties (leader_of) in wordings written before reading the relation reader (a blind battery): list lines
("Name - role, Body"), key-value and table layouts (order-of-battle annexes, "Commander: Name"), a role stated in one
sentence and the name in the next, title chains ("the Body's military chief, Name"), demonym titles ("Ostrian
President Name"), quiz answers, forum and travel-advice prose, and leader words outside the common set (emir,
strongman, warlord, helms, spearheads). Negatives: a foreign minister is not the leader of the state he serves or
visits, a deputy is not the leader, a leader is not tied to the body he merely met.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline. Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- demonym and state titles ---
    ("Ostrian President Halvard Brenn flew to the summit on Sunday.", {("Halvard Brenn", L, "Ostria")}, set()),
    ("The talks were opened by Velnia's Prime Minister, Dagny Soltu, in the capital.",
     {("Dagny Soltu", L, "Velnia")}, set()),
    ("Halvard Brenn, who has ruled Ostria since 2011, ignored the appeal.", {("Halvard Brenn", L, "Ostria")}, set()),
    ("Ostria is ruled by Halvard Brenn, a former air force general.", {("Halvard Brenn", L, "Ostria")}, set()),
    ("Ostria's military ruler, General Halvard Brenn, extended the curfew.", {("Halvard Brenn", L, "Ostria")}, set()),
    ("The emir of Qarland, Sheikh Nadir bin Faleh, hosted the two delegations.",
     {("Nadir bin Faleh", L, "Qarland")}, set()),
    # --- a foreign minister or a deputy is not the leader ---
    ("Ostrian Foreign Minister Kasia Lind met President Halvard Brenn in the capital.",
     {("Halvard Brenn", L, "Ostria")}, {("Kasia Lind", L, "Ostria")}),
    ("Kasia Lind, the deputy leader of the Harvest Party, resigned.", set(), {("Kasia Lind", L, "Harvest Party")}),
    ("Velnian envoy Oren Skaal met Halvard Brenn, the leader of the Iron Front, in Tarsk.",
     {("Halvard Brenn", L, "Iron Front")}, {("Oren Skaal", L, "Iron Front"), ("Halvard Brenn", L, "Velnia")}),
    # --- title chains and role words ---
    ("The Iron Front's military chief, Kiro Belan, denied the claim.", {("Kiro Belan", L, "Iron Front")}, set()),
    ("Kiro Belan, the warlord who commands the Red Banner Militia, refused to disarm.",
     {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Rafi Odum, the strongman of the Black Hill Brigade, kept silent.",
     {("Rafi Odum", L, "Black Hill Brigade")}, set()),
    ("Mara Feld helms the People's Union.", {("Mara Feld", L, "People's Union")}, set()),
    ("Mara Feld, who spearheads the People's Union, called a strike.", {("Mara Feld", L, "People's Union")}, set()),
    ("The Coastal League, headed by Jonah Pell, walked out of the talks.", {("Jonah Pell", L, "Coastal League")},
     set()),
    ("Jonah Pell became chairman of the Coastal League in 2018.", {("Jonah Pell", L, "Coastal League")}, set()),
    ("The Coastal League's founder, Jonah Pell, still runs the party.", {("Jonah Pell", L, "Coastal League")}, set()),
    ("Jonah Pell is the Coastal League's president.", {("Jonah Pell", L, "Coastal League")}, set()),
    # --- role in one sentence, name in the next ---
    ("The Red Banner Militia has a new commander. Kiro Belan took over in May after the old one died.",
     {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Who leads the Harvest Party now? Tomas Varga, since the spring congress.",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    # --- list lines and key-value layouts ---
    ("Key figures:\n- Tomas Varga \u2014 leader of the Harvest Party\n- Mara Feld \u2014 chair of the People's Union\n",
     {("Tomas Varga", L, "Harvest Party"), ("Mara Feld", L, "People's Union")}, set()),
    ("Who is who\nTomas Varga: leader, Harvest Party\nKiro Belan: commander, Red Banner Militia\n",
     {("Tomas Varga", L, "Harvest Party"), ("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Annex B. Armed groups\nRed Banner Militia\nCommander: Kiro Belan\nStrength: about 900 fighters\n\n"
     "Black Hill Brigade\nCommander: Rafi Odum\nStrength: about 400 fighters\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Rafi Odum", L, "Black Hill Brigade")},
     {("Kiro Belan", L, "Black Hill Brigade"), ("Rafi Odum", L, "Red Banner Militia")}),
    ("| Unit | Commander | Area |\n|---|---|---|\n| Red Banner Militia | Kiro Belan | north |\n"
     "| Black Hill Brigade | Rafi Odum | south |\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Rafi Odum", L, "Black Hill Brigade")},
     {("Kiro Belan", L, "Black Hill Brigade"), ("Rafi Odum", L, "Red Banner Militia")}),
    # --- quiz answers, forum, travel advice ---
    ("Round 3, question 4: Who leads the Iron Front? Answer: Petar Lusk.", {("Petar Lusk", L, "Iron Front")}, set()),
    ("Q7. Name the leader of the Harvest Party. A: Tomas Varga (one point).",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    ("re: the junta\n> posted by kestrel99\nhonestly the junta chief Halvard Brenn runs the Council for National "
     "Renewal like his own shop", {("Halvard Brenn", L, "Council for National Renewal")}, set()),
    ("Ostria is governed by the Council for National Renewal, a military body led by General Halvard Brenn. "
     "Avoid all travel to the border areas.", {("Halvard Brenn", L, "Council for National Renewal")}, set()),
    ("Dagny Soltu, who seized power in a 2021 coup, leads Velnia's transitional government.",
     {("Dagny Soltu", L, "Velnia")}, set()),
    ("| Force | Commander | Est. strength | Area |\n|---|---|---|---|\n| Red Banner Militia | Brig. Gen. Kiro Belan | "
     "about 2,000 | north |\n| Black Hill Brigade | Cdr. Rafi Odum | 600 | south |\n",
     {("Kiro Belan", L, "Red Banner Militia"), ("Rafi Odum", L, "Black Hill Brigade")},
     {("Kiro Belan", L, "Black Hill Brigade"), ("Rafi Odum", L, "Red Banner Militia")}),
    # --- capitalised titles in apposition, chairs of a house ---
    ("Tomas Varga, Speaker of the Grand Assembly, opened the session.", {("Tomas Varga", L, "Grand Assembly")}, set()),
    ("The bride's father is Tomas Varga, Speaker of the Grand Assembly and chairman of the Harvest Party.",
     {("Tomas Varga", L, "Grand Assembly"), ("Tomas Varga", L, "Harvest Party")}, set()),
    ("Mara Dunst, Secretary-General of the People's Union, opened the congress.",
     {("Mara Dunst", L, "People's Union")}, set()),
    ("Mara Dunst, Director-General of the Coastal League, declined to comment.",
     {("Mara Dunst", L, "Coastal League")}, set()),
    ("Mara Dunst, Vice-President of the People's Union, opened the congress.", {("Mara Dunst", M, "People's Union")},
     {("Mara Dunst", L, "People's Union")}),
    # --- a bare state title said of the subject ---
    ("Velnia is in crisis. Dagny Soltu, who serves as acting president, closed the borders of Velnia. Velnia's army "
     "is on alert.", {("Dagny Soltu", L, "Velnia")}, set()),
    ("Velnia is in crisis. Dagny Soltu was sworn in as president in 2021. Velnia's army is on alert.",
     {("Dagny Soltu", L, "Velnia")}, set()),
    ("Velnia is in crisis. Dagny Soltu wants to become president one day. Velnia's army is on alert.", set(),
     {("Dagny Soltu", L, "Velnia")}),
    ("Velnia is in crisis. Dagny Soltu is a president of a chess club in Velnia. Velnia's army is on alert.", set(),
     {("Dagny Soltu", L, "Velnia")}),
    ("Velnia is in crisis. Dagny Soltu shall be appointed as premier. Velnia's army is on alert.", set(),
     {("Dagny Soltu", L, "Velnia")}),
    # --- a body named by its short name, a force named after its commander ---
    ("The Northern Watch is active in the hills. The Watch's commander, Corin Vale, says the group is local.",
     {("Corin Vale", L, "Northern Watch")}, set()),
    ("Tomas Varga, whose Velnian Guards have 17 of the 140 seats, accused the army of moving slowly.",
     {("Tomas Varga", L, "Velnian Guards")}, set()),
    # --- a subjectless note after an answer line ---
    ("Q4. Which armed group controls the northern hills?\nANSWER: The Red Banner Militia.\nNote: commanded by Kiro "
     "Belan, a former teacher. Kardon arms it.\n", {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Which party won the election?\nThe Harvest Party, by a wide margin.\nLed by Tomas Varga since 2019.\n",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    ("The Harvest Party and the Iron Front won seats.\nNote: led by Tomas Varga since 2019.\n", set(),
     {("Tomas Varga", L, "Harvest Party"), ("Tomas Varga", L, "Iron Front")}),
    # --- apposition with a leader role and two bodies ---
    ("Rafi Odum, commander of the Black Hill Brigade and a member of the Iron Front, spoke first.",
     {("Rafi Odum", L, "Black Hill Brigade")}, {("Rafi Odum", L, "Iron Front")}),
    ("Tomas Varga, a founder of the Harvest Party, now leads the Unity Bloc.",
     {("Tomas Varga", L, "Unity Bloc")}, set()),
]

STATE = "actors layer: a one-word invented state named in no other way is not tagged (no country to lead)"
XFAIL: dict[str, str] = {
    "Ostrian President Halvard Brenn flew to the summit on Sunday.": STATE,
    "Halvard Brenn, who has ruled Ostria since 2011, ignored the appeal.": STATE,
    "Ostria is ruled by Halvard Brenn, a former air force general.": STATE,
    "Ostrian Foreign Minister Kasia Lind met President Halvard Brenn in the capital.": STATE,
    "Ostria's military ruler, General Halvard Brenn, extended the curfew.":
        "'military ruler' is read as the head of the state's military, which the rule makes up ('Ostria military'), "
        "not of the state",
    "The Red Banner Militia has a new commander. Kiro Belan took over in May after the old one died.":
        "a post named in one sentence and its holder in the next ('has a new commander. X took over') is not joined",
    "Who leads the Harvest Party now? Tomas Varga, since the spring congress.":
        "a question and its answer are not read as one statement (quiz and interview layouts)",
    "Round 3, question 4: Who leads the Iron Front? Answer: Petar Lusk.":
        "a question and its answer are not read as one statement (quiz and interview layouts)",
    "Q7. Name the leader of the Harvest Party. A: Tomas Varga (one point).":
        "a question and its answer are not read as one statement (quiz and interview layouts)",
    "Key figures:\n- Tomas Varga \u2014 leader of the Harvest Party\n- Mara Feld \u2014 chair of the People's Union\n":
        "list lines 'Name \u2014 role of Y': the second line's name is lost to the actors layer",
}


extracted, test_wording = battery(CASES, XFAIL, "l", relations_by_document, check_ties)
