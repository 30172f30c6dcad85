"""Political backing of a head of government, in wordings written before reading the relation reader, several per
mechanism:

- a government named by its holder ("the premier's cabinet", "X's administration": word_lists.ruling_nouns with a
  possessor) as the one that came to power with a body's support or that rests, leans or relies on a body: the
  body backs the holder;
- a body that formed a holder's government, in the active voice ("Y formed X's cabinet", "since it formed X's
  government"): the body backs the holder (the passive "X's cabinet, formed by Y" was read before);
- a party or alliance that nominated a person who holds the top office ("the alliance that nominated Premier X",
  "the bloc that nominated him" of a titled premier; word_lists.nominating_verbs): the body backs the person (a
  candidacy for an office only sought is no lasting tie);
- a state's men stationed in another state by its consent: "X keeps soldiers in Y under a defence pact", "Z marines
  are stationed in Y at the invitation of its government", "X flew troops to Y's capital at the government's
  request" (word_lists.stationing_verbs, host_consent_nouns, basing_accord_nouns, stationed_men_nouns): the sender
  backs the host;
- still open (strict xfail, each with its cause): a post owed to a body, support said to keep someone in office,
  reliance on a body's deputies, men a participle describes whose demonym reads as a force.

Negatives give no backing: backing withdrawn, reliance ended, the backing of a non-actor ("the courts"), a refused
or a negated nomination or formation, a president (a person) nominating a premier, a candidacy only, troops withdrawn, ships sold
under an agreement, troops kept under an accord whose aim is told (to bring them home), a deployment only offered. All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import B, battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

V = "Velnia's army is small. "

CASES = [
    # --- a government named by its holder ---
    ("Prime Minister Oren Vasko's government, which took office with the support of the Unity Bloc, raised fuel "
     "prices.", {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("President Lida Marsh's cabinet rests on the Harvest Party and two small liberal groups.",
     {("Harvest Party", B, "Lida Marsh")}, set()),
    ("Chancellor Oren Vasko's administration leans on the Unity Bloc for every vote.",
     {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("Tomas Gerl's government relies on the Harvest Party, the largest group in the chamber.",
     {("Harvest Party", B, "Tomas Gerl")}, set()),
    # --- a body that formed a holder's government (active voice) ---
    ("The Unity Bloc formed Oren Vasko's cabinet in 2020 after the election.",
     {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("The Harvest Party, which formed Prime Minister Lida Marsh's government last spring, lost two seats.",
     {("Harvest Party", B, "Lida Marsh")}, set()),
    ("The Unity Bloc met on Sunday. Back in 2020 it built Prime Minister Oren Vasko's cabinet from scratch.",
     {("Unity Bloc", B, "Oren Vasko")}, set()),
    # --- a body that nominated a person for the top office ---
    ("The Unity Bloc, a rural grouping which nominated Prime Minister Oren Vasko for a second term, split over farm "
     "tariffs.", {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("The Harvest Party nominated President Lida Marsh again in March for a second term.",
     {("Harvest Party", B, "Lida Marsh")}, set()),
    ("Prime Minister Lida Marsh thanked the Harvest Party, which had nominated her after the vote.",
     {("Harvest Party", B, "Lida Marsh")}, set()),
    # --- a state's men stationed in another state by its consent ---
    (V + "Some 400 Brazilian marines are stationed in Velnia at the invitation of its government.",
     {("Brazil", B, "Velnia")}, set()),
    (V + "At the request of the Velnian government, Portugal deployed 300 troops to the capital.",
     {("Portugal", B, "Velnia")}, set()),
    (V + "Brazil keeps 600 soldiers in Velnia under a 2018 defence pact.", {("Brazil", B, "Velnia")}, set()),
    (V + "Portugal flew 200 soldiers to Velnia's capital at the government's request.",
     {("Portugal", B, "Velnia")}, set()),
    # --- still open ---
    (V + "The 900 Chilean troops posted near the port under a two-way accord will stay on.",
     {("Chile", B, "Velnia")}, set()),
    ("Prime Minister Oren Vasko owes his post to the Unity Bloc.", {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("The Unity Bloc's support keeps Prime Minister Oren Vasko in office.", {("Unity Bloc", B, "Oren Vasko")}, set()),
    ("Prime Minister Oren Vasko's coalition depends on the Unity Bloc's deputies for its majority.",
     {("Unity Bloc", B, "Oren Vasko")}, set()),
    # --- no backing ---
    ("The Unity Bloc withdrew its backing for Prime Minister Oren Vasko in May.",
     set(), {("Unity Bloc", B, "Oren Vasko")}),
    ("Prime Minister Oren Vasko no longer depends on the Unity Bloc.", set(), {("Unity Bloc", B, "Oren Vasko")}),
    ("The Unity Bloc said Prime Minister Oren Vasko's reform passed with the backing of the courts.",
     set(), {("Unity Bloc", B, "Oren Vasko")}),
    ("The Harvest Party refused to nominate Lida Marsh for a second term.", set(), {("Harvest Party", B, "Lida Marsh")}),
    ("The Unity Bloc would never form Oren Vasko's government, its leader said.",
     set(), {("Unity Bloc", B, "Oren Vasko")}),
    ("President Lida Marsh nominated Tomas Gerl as prime minister on Friday.", set(), {("Lida Marsh", B, "Tomas Gerl")}),
    ("The Harvest Party nominated Lida Marsh for the premiership in March.", set(), {("Harvest Party", B, "Lida Marsh")}),
    (V + "Portugal withdrew its 300 troops from Velnia under the 2018 accord.", set(), {("Portugal", B, "Velnia")}),
    (V + "Portugal sold Velnia two frigates under a 2018 agreement.", set(), {("Portugal", B, "Velnia")}),
    (V + "Brazil keeps 600 soldiers in Velnia under an accord to bring them home by 2027.",
     set(), {("Brazil", B, "Velnia")}),
    (V + "Portugal would send troops to Velnia at its request, the minister said.",
     set(), {("Portugal", B, "Velnia")}),
]

XFAIL: dict[str, str] = {
    "Prime Minister Oren Vasko owes his post to the Unity Bloc.":
        "'owe ... to' (a post owed to a body) is no backing cue",
    "The Unity Bloc's support keeps Prime Minister Oren Vasko in office.":
        "a backing noun as the subject of 'keep ... in office': the backing noun reader wants 'with', 'under' or 'for'",
    "Prime Minister Oren Vasko's coalition depends on the Unity Bloc's deputies for its majority.":
        "reliance on a body's people (its deputies): the reliance reader wants the body named itself; the parser "
        "also hangs the holder's coalition on the bloc (a stray leader_of)",
    V + "The 900 Chilean troops posted near the port under a two-way accord will stay on.":
        "the demonym of men the participle describes is read as the sender's force, whose state is not yet known "
        "when the stationing is read",
}


extracted, test_wording = battery(CASES, XFAIL, "p", relations_by_document, check_ties)
