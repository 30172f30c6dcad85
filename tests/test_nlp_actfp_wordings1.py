"""Spurious actors from a web page's furniture and from two bodies read as one. A word after a page's separator ("·",
"•", ">" of a breadcrumb, "©") opens a segment as a word after "|" does: a common word capitalised only there ("12
comments · Jump to recipe", "Prep: 10 minutes · Cook: 40 minutes", "Labels: bug", "Home > Recipes > Grandmother's
soup") is no actor; a person's or a body's name after the separator stays. A common noun left alone after its owner's
possessive ("the Attorney General's Office", "the Ombudsman's Office") is no actor; a body's unit ("the Unity
Party's Youth Wing") stays. A full name of two or three words the tagger reads as a body is a person's where a
person of the text bears its last word ("from Ernesto Varga Quispe to his son Luis Varga Quispe"). Two bodies the
tagger joined by "and" ("the Karvel Front and Tessa Rising", "the Unity Coalition and the Green Dawn Movement")
are two actors where the text names one of them on its own elsewhere, or where "and the" opens the second after a
first ending in a group's noun; a name holding "and" that the text never names apart ("Freedom and Solidarity", "the Party of Labour and
Justice") stays whole. Each case names the actors it must hold (with their kind) and false ones (NONE).
All names are invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a page's separators open a segment: a common word capitalised only there is no actor ---
    ("By Lina Orr · 7 min read · Skip to method\n\nMy aunt cooked this soup in Velmoria every winter.",
     {"Skip": NONE, "Lina Orr": P}),
    ("Lentil soup (serves 4)\nPrep: 10 minutes · Cook: 40 minutes · Rest: 5 minutes\n\n"
     "1. Cook the onions slowly until soft.", {"Cook": NONE}),
    ("Open · opened 2 days ago by tarn-dev · Labels: bug, results, needs-source · Milestone: v1.2\n\n"
     "The seat totals for the Kessa Unity Party are wrong.", {"Labels": NONE, "Kessa Unity Party": O}),
    ("Home > Recipes > Soups > Grandmother's lentil soup from Kessa\n\nMy grandmother never measured anything.",
     {"Grandmother": NONE}),
    ("Page 4 of 9 · © Assessments council, all rights reserved\n\nThe Velmoria Labour Party won the vote in 2024.",
     {"Assessments": NONE}),
    # --- negatives: a name after the separator stays ---
    ("Posted 3 May 2026 · 12 comments · Dana Kost, the leader of the Kessa Unity Party, replied on Monday.",
     {"Dana Kost": P, "Kessa Unity Party": O}),
    ("News > Politics > Kessa Unity Party wins 40 seats in the Velmoria election", {"Kessa Unity Party": O}),
    # --- a common noun left after its owner's possessive ("the Attorney General's Office") is no actor ---
    ("The Attorney General's Office, led by Ana Velt, charged Dorin Kass with fraud on Monday.",
     {"Office": NONE, "Ana Velt": P, "Dorin Kass": P}),
    ("According to the Ombudsman's Office, two reporters were detained in Velmoria.", {"Office": NONE}),
    # (a wish, a past tie, a negation: the leftover noun is still no actor)
    ("Ana Velt hopes to head the Chief Prosecutor's Office next year.", {"Office": NONE, "Ana Velt": P}),
    ("Dorin Kass, who once ran the Governor's Bureau, resigned in 2019.", {"Bureau": NONE}),
    ("In 2024 the coalition voted to abolish the Special Prosecutor's Office.", {"Office": NONE}),
    ("The Registrar General's Bureau published the roll of voters on Monday.", {"Bureau": NONE}),
    # --- negatives: a state's own service, a body's own unit ---
    ("Two clerks were jailed in Kessa for passing files to Israel's Mossad.", {"Mossad": O}),
    ("Yesterday Israel's Mossad denied the report.", {"Mossad": O}),
    ("The UN's Secretariat rejected the request on Monday.", {"Secretariat": O}),
    ("The Army's Rangers raided the village near Kessa.", {"Rangers": O}),
    ("The Velmoria Unity Party's Youth Wing staged a rally in Kessa. The Youth Wing marched on Monday.",
     {"Velmoria Unity Party": O}),
    # --- a full name the tagger reads as a body, whose surname a person of the text bears, is a person ---
    ("Records show the estate passed from Ernesto Varga Quispe to his son Luis Varga Quispe in 1998.",
     {"Ernesto Varga Quispe": P, "Luis Varga Quispe": P}),
    # --- negatives: a body named after a family keeps its group noun ---
    ("Luis Varga Quispe chairs the board. The Varga Quispe Foundation paid for the campaign.",
     {"Luis Varga Quispe": P, "Varga Quispe Foundation": O}),
    # --- two bodies joined by "and" ---
    ("The Karvel Front won 30 seats in March. In June the ministry banned both the Karvel Front and Tessa Rising.",
     {"Karvel Front": O, "Tessa Rising": O, "Karvel Front and Tessa Rising": NONE}),
    ("Tessa Rising held a rally on Sunday. The government banned the Karvel Front and Tessa Rising in June.",
     {"Karvel Front": O, "Karvel Front and Tessa Rising": NONE}),
    ("Ovan Bloc took 30 seats. The party congress later suspended both Ovan Bloc and the Brisk Movement.",
     {"Ovan Bloc": O, "Brisk Movement": O, "Ovan Bloc and the Brisk Movement": NONE}),
    ("The Velmorian Unity Coalition and the Green Dawn Movement won four seats each.",
     {"Velmorian Unity Coalition": O, "Green Dawn Movement": O,
      "Velmorian Unity Coalition and the Green Dawn Movement": NONE}),
    ("The United States designated the Kessa Harbour Cartel and Red Tide Syndicate as terrorist groups. "
     "The Kessa Harbour Cartel denied it.",
     {"Kessa Harbour Cartel": O, "Kessa Harbour Cartel and Red Tide Syndicate": NONE}),
    # --- negatives: one name holding "and", never named apart ---
    ("Frente del Pueblo held a rally. The court later banned the Frente del Pueblo and Kessa Rising in June.",
     {"Frente del Pueblo": O, "Frente del Pueblo and Kessa Rising": NONE}),
    ("Kessa Steel reported a loss. Kessa Steel and Mining Company cut 300 jobs.", {"Mining Company": NONE}),
    ("Velmoria Timber announced a loss. The ministry fined Velmoria Timber and Paper Company in March.",
     {"Paper Company": NONE}),
    ("Freedom and Solidarity won 11 seats on Sunday and joined the opposition.", {"Freedom and Solidarity": O}),
    ("The Ministry of Justice opened a case. The Party of Labour and Justice won 11 seats.", {"Justice": NONE}),
    ("The Relief Director met the governor on Monday. A statement from the Office of the Regional and Relief "
     "Director followed on Tuesday.", {"Office of the Regional": NONE}),
    ("The Organisation for Peace and Cooperation in Kessa sent 40 observers to the vote.",
     {"Cooperation in Kessa": NONE, "Peace": NONE}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "fp", actor_kinds, check_kinds)
