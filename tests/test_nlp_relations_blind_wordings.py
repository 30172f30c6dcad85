"""Lasting ties (leader_of, member_of, part_of, backs, allied_with, opposes) in wordings written before reading the
relation reader (so the items are not shaped by its rules): news prose, briefs, profiles, wiki openings, forum-ish
lines, minutes and tickers; titles and appositions, "X-led", "under X's leadership", "X's Y"; membership ("a Y
lawmaker", "sits for", "of the Y party", "joined", "Y's X", "(Y)"); structure ("armed wing", "unit of", "answers to");
backing ("bankrolled", "proxy", "-aligned", "armed by", "on X's payroll", "patron"); alliances ("pact", "joint list",
"ran together", "partner in government"); hostility ("sworn enemies", "rival", "feud", "has battled", "at war with",
"in opposition to").

Negatives give no tie: a single meeting or deal (an event, not a lasting tie), a denial, a hypothetical, a quoted
accusation, a refused or failed alliance, and an ENDED tie ("left", "was expelled from", "former leader"): the format
asks for current lasting ties, so a tie the text says is over is not listed.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). allied_with is
symmetric; opposes is compared without direction here when the text states it mutually ("X and Y are rivals"), and
the items that state it one way list it one way. All names are invented; end to end with the real English pipeline.
Names are compared without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import A, B, L, M, O, P, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- leaders: titles, appositions, relative clauses ---
    ("Tomas Varga, the leader of the Harvest Party, spoke on Monday.", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("The Harvest Party's chief, Tomas Varga, rejected the budget.", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Tomas Varga, who has led the Harvest Party since 2019, called for calm.",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    ("The Harvest Party's founder and leader, Tomas Varga, addressed supporters in the square.",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Under Tomas Varga's leadership, the Harvest Party doubled its vote.",
     {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Harvest Party leader Tomas Varga criticised the plan.", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Tomas Varga heads the Harvest Party.", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("Petar Lusk chairs the Iron Front.", {("Petar Lusk", L, "Iron Front")}, set()),
    ("The Red Banner Militia, commanded by Kiro Belan, seized the bridge.",
     {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Kiro Belan, commander of the Red Banner Militia, dismissed the report.",
     {("Kiro Belan", L, "Red Banner Militia")}, set()),
    ("Elin Marsh, Velnia's prime minister, met reporters in the capital.", {("Elin Marsh", L, "Velnia")}, set()),
    ("The President of Velnia, Elin Marsh, arrived on Tuesday.", {("Elin Marsh", L, "Velnia")}, set()),
    ("Elin Marsh was elected president of Velnia in 2021.", {("Elin Marsh", L, "Velnia")}, set()),
    ("The Black Hill Brigade is led by Rafi Odum.", {("Rafi Odum", L, "Black Hill Brigade")}, set()),
    ("Rafi Odum took over as head of the Black Hill Brigade last year.",
     {("Rafi Odum", L, "Black Hill Brigade")}, set()),
    ("The Black Hill Brigade, the militia loyal to Rafi Odum, holds the valley.",
     {("Rafi Odum", L, "Black Hill Brigade")}, set()),
    ("Mara Feld, secretary-general of the People's Union, signed the letter.",
     {("Mara Feld", L, "People's Union")}, set()),
    ("Jonah Pell, the Coastal League's longtime chairman, announced his candidacy.",
     {("Jonah Pell", L, "Coastal League")}, set()),
    ("The Coastal League named Jonah Pell as its new leader.", {("Jonah Pell", L, "Coastal League")}, set()),
    ("Petar Lusk (born 1970) is an Ostrian politician and the leader of the Iron Front.",
     {("Petar Lusk", L, "Iron Front")}, set()),
    ("IRON FRONT LEADER PETAR LUSK ARRESTED IN DAWN RAID", {("Petar Lusk", L, "Iron Front")}, set()),
    ("Rafi Odum's Black Hill Brigade has grown to several thousand fighters.",
     {("Rafi Odum", L, "Black Hill Brigade")}, set()),
    ("The Varga-led Harvest Party won the most votes.", {("Tomas Varga", L, "Harvest Party")}, set()),
    ("People's Union boss Mara Feld said the talks were over.", {("Mara Feld", L, "People's Union")}, set()),
    # --- membership of people ---
    ("Harvest Party lawmaker Ilse Dorn voted against the bill.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Ilse Dorn, a Harvest Party lawmaker, voted against the bill.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Ilse Dorn sits for the Harvest Party in the Grand Assembly.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Ilse Dorn, of the Harvest Party, tabled the motion.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Ilse Dorn joined the Harvest Party in 2015.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("The Harvest Party's Ilse Dorn tabled the motion.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Ilse Dorn is a senior member of the Harvest Party.", {("Ilse Dorn", M, "Harvest Party")}, set()),
    ("Soren Halk, a spokesman for the Iron Front, denied the report.", {("Soren Halk", M, "Iron Front")}, set()),
    ("Soren Halk, Velnia's ambassador to Ostria, was summoned on Friday.", {("Soren Halk", M, "Velnia")}, set()),
    ("Dev Rannoch, Velnia's defence minister, visited the border.", {("Dev Rannoch", M, "Velnia")}, set()),
    ("Coastal League MP Jonah Pell asked a question.", {("Jonah Pell", M, "Coastal League")}, set()),
    ("Jonah Pell (Coastal League) asked about the harbour tender.", {("Jonah Pell", M, "Coastal League")}, set()),
    ("Ana Quell, a deputy for the Unity Bloc, walked out.", {("Ana Quell", M, "Unity Bloc")}, set()),
    ("Ana Quell was elected on the Unity Bloc ticket in 2020.", {("Ana Quell", M, "Unity Bloc")}, set()),
    # --- membership of organizations ---
    ("The Harvest Party is a member of the Northern Accord coalition.",
     {("Harvest Party", M, "Northern Accord")}, set()),
    ("The Northern Accord, which groups the Harvest Party and the Coastal League, won the vote.",
     {("Harvest Party", M, "Northern Accord"), ("Coastal League", M, "Northern Accord")}, set()),
    ("The Coastal League belongs to the Unity Bloc.", {("Coastal League", M, "Unity Bloc")}, set()),
    ("The Harvest Party, the Coastal League and the Miners League formed the Northern Accord in 2018.",
     {("Harvest Party", M, "Northern Accord"), ("Coastal League", M, "Northern Accord"),
      ("Miners League", M, "Northern Accord")}, set()),
    # --- structure ---
    ("The Iron Guard, the Iron Front's armed wing, attacked a checkpoint.", {("Iron Guard", P, "Iron Front")}, set()),
    ("The Iron Guard is the armed wing of the Iron Front.", {("Iron Guard", P, "Iron Front")}, set()),
    ("The Falcon Battalion answers to the Iron Front.", {("Falcon Battalion", P, "Iron Front")}, set()),
    ("The Harvest Party's youth wing, the Young Harvesters, staged a march.",
     {("Young Harvesters", P, "Harvest Party")}, set()),
    ("The Red Banner Militia operates as a branch of the People's Union.",
     {("Red Banner Militia", P, "People's Union")}, set()),
    ("The Falcon Battalion, a unit of the Iron Front, shelled the town.",
     {("Falcon Battalion", P, "Iron Front")}, set()),
    # --- backing ---
    ("The Black Hill Brigade is bankrolled by Kardon.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("Kardon-backed Black Hill Brigade fighters seized the town.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Black Hill Brigade, widely seen as Kardon's proxy, seized the town.",
     {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Kardon-aligned Black Hill Brigade seized the town.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Black Hill Brigade is armed by Kardon.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("Kardon arms and trains the Black Hill Brigade.", {("Kardon", B, "Black Hill Brigade")}, set()),
    ("The Red Banner Militia has been on Kardon's payroll for years.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("Kardon funds the Red Banner Militia.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("The Red Banner Militia receives weapons and money from Kardon.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("Kardon is the main sponsor of the Red Banner Militia.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("Kardon has long supported the Red Banner Militia.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("Ostria is the main patron of the Red Banner Militia.", {("Ostria", B, "Red Banner Militia")}, set()),
    ("The Red Banner Militia, a Kardon proxy, shelled the port.", {("Kardon", B, "Red Banner Militia")}, set()),
    ("Kardon-sponsored Red Banner Militia fighters shelled the port.", {("Kardon", B, "Red Banner Militia")}, set()),
    # --- alliances ---
    ("The Harvest Party and the Coastal League signed a pact to govern together.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party and the Coastal League ran on a joint list.", {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party ran together with the Coastal League in the 2020 election.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("The Coastal League, the Harvest Party's partner in government, threatened to quit.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party is allied with the Coastal League.", {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party's ally, the Coastal League, backed the bill.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("Velnia and Ostria are close allies.", {("Velnia", A, "Ostria")}, set()),
    ("The Harvest Party formed a coalition with the Coastal League.", {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party and the Coastal League have been allies since 2018.",
     {("Harvest Party", A, "Coastal League")}, set()),
    ("The Harvest Party teamed up with the Coastal League ahead of the vote.",
     {("Harvest Party", A, "Coastal League")}, set()),
    # --- hostility ---
    ("The Iron Front and the People's Union are sworn enemies.", {("Iron Front", O, "People's Union")}, set()),
    ("The Iron Front's rival, the People's Union, won the seat.", {("Iron Front", O, "People's Union")}, set()),
    ("The feud between the Iron Front and the People's Union deepened.",
     {("Iron Front", O, "People's Union")}, set()),
    ("The Red Banner Militia has battled the Black Hill Brigade for control of the valley.",
     {("Red Banner Militia", O, "Black Hill Brigade")}, set()),
    ("Velnia has been at war with Kardon since 2014.", {("Velnia", O, "Kardon")}, set()),
    ("The Coastal League sits in opposition to the Harvest Party.", {("Coastal League", O, "Harvest Party")}, set()),
    ("Tomas Varga is a fierce critic of Elin Marsh.", {("Tomas Varga", O, "Elin Marsh")}, set()),
    ("The Black Hill Brigade is fighting the Red Banner Militia in the hills.",
     {("Black Hill Brigade", O, "Red Banner Militia")}, set()),
    ("Kardon and Velnia remain bitter rivals.", {("Kardon", O, "Velnia")}, set()),
    ("The Iron Front, a longtime foe of the People's Union, called a strike.",
     {("Iron Front", O, "People's Union")}, set()),
    ("The Iron Front's arch-rival, the People's Union, called a strike.",
     {("Iron Front", O, "People's Union")}, set()),
    # --- negatives: no lasting tie ---
    ("Tomas Varga met Mara Feld in the capital on Monday.", set(),
     {("Tomas Varga", A, "Mara Feld"), ("Tomas Varga", M, "Mara Feld"), ("Mara Feld", M, "Tomas Varga")}),
    ("Ilse Dorn denies any link to the Iron Front.", set(), {("Ilse Dorn", M, "Iron Front")}),
    ("Ilse Dorn left the Harvest Party in 2019.", set(), {("Ilse Dorn", M, "Harvest Party")}),
    ("If the Harvest Party joined the Northern Accord, it would lose votes.", set(),
     {("Harvest Party", M, "Northern Accord")}),
    ("Kardon denies funding the Red Banner Militia.", set(), {("Kardon", B, "Red Banner Militia")}),
    ("\"The Black Hill Brigade is Kardon's puppet,\" a rival commander claimed.", set(),
     {("Kardon", B, "Black Hill Brigade")}),
    ("The Harvest Party ruled out any alliance with the Coastal League.", set(),
     {("Harvest Party", A, "Coastal League")}),
    ("Talks on an alliance between the Harvest Party and the Coastal League collapsed.", set(),
     {("Harvest Party", A, "Coastal League")}),
    ("Tomas Varga may run for leader of the Harvest Party next year.", set(), {("Tomas Varga", L, "Harvest Party")}),
    ("Velnia and Ostria signed a trade deal on Tuesday.", set(), {("Velnia", A, "Ostria")}),
    ("Mara Feld was expelled from the People's Union in March.", set(), {("Mara Feld", M, "People's Union")}),
    ("Tomas Varga, the former leader of the Harvest Party, wrote a memoir.", set(),
     {("Tomas Varga", L, "Harvest Party")}),
    ("Kardon has never armed the Black Hill Brigade, its foreign minister said.", set(),
     {("Kardon", B, "Black Hill Brigade")}),
    ("Opposition figures accuse Ilse Dorn of secretly working for the Iron Front.", set(),
     {("Ilse Dorn", M, "Iron Front")}),
]

PERSON = "actors layer: the tagger misses an invented person's name in this sentence, or keeps only the surname"
XFAIL: dict[str, str] = {
    "IRON FRONT LEADER PETAR LUSK ARRESTED IN DAWN RAID": "actors layer: no names are tagged in an all-capitals line",
    "The Varga-led Harvest Party won the most votes.":
        "actors layer: a bare surname before '-led' is tagged an organisation, so the tie reads as a member body's",
    "Ana Quell was elected on the Unity Bloc ticket in 2020.": PERSON,
    "The Harvest Party is a member of the Northern Accord coalition.":
        "actors layer: the name takes the generic noun after it ('Northern Accord coalition')",
    "The Northern Accord, which groups the Harvest Party and the Coastal League, won the vote.":
        "membership verbs need a coalition word in the subject's name (word_lists.coalition_words); 'accord' is not "
        "one (it would take in peace accords)",
    "The Harvest Party, the Coastal League and the Miners League formed the Northern Accord in 2018.":
        "actors layer: the formed body is tagged a person, so no founding members are read",
    "The Kardon-aligned Black Hill Brigade seized the town.":
        "'X-aligned' is read as allied_with by design (hyphen_modifiers; the references accept backs or allied_with)",
    "Tomas Varga, the former leader of the Harvest Party, wrote a memoir.":
        "a former leader still gets leader_of (the references list a former post as optional, so it costs nothing)",
}


extracted, test_wording = battery(CASES, XFAIL, "r", relations_by_document, check_ties)
