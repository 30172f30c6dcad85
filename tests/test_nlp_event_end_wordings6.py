"""PLOVER events whose other end is told inside the judgement's own words or by an act noun the lexicon left unread
(a sixth battery, written before changing the event reader):

(1) a pejorative label that names the doer of the labelled act on its own head, by a state adjective, a compound or
a possessive ('called the explosions "a criminal Ruritanian aggression"', "described the blasts as Ruritanian
aggression", "called the raids an act of Ruritanian aggression", "called the strikes Ruritania's terrorism"): the
charge is aimed at that doer, when the labelled act names none of its own.
(2) a condemnation or label of "the closure" after a state closed its border or airspace: aimed at the state that
closed it (plover.yaml judged_acts), as "the arrest" after an arrest is, also where the closing is told in another's
report ("X has closed the crossing, says our guide": plover.yaml made_by_verbs); so is calling it "unfriendly"
(plover.yaml pejoratives, as "hostile").
(3) a request told by its owned noun and turned down with a particle ("Y turned down X's request for ...", "Y turned
X's request down"): X asked Y (plover.yaml answering_verbs), as "Y rejected X's request" tells.
(4) a demand to free a person, or a condemnation of the person's detention, where the story tells the person is in
the law's hands only by a noun ("has been in prison since his arrest in March", "in custody since May", "condemned
X's detention") and names no captor: made to the article's state (plover.yaml custody_nouns), as for an agentless
"X was arrested".

Negatives: an actor inside a phrase of the label ("a crime against the Ruritanian people", "a surrender to
Ruritania") or on the labelled act's own victim ("the strike on Ruritanian soldiers") is not charged; a denied label
charges no one; a closure no actor made ("snow forced the closure of the pass") is aimed at no one; a request only
mentioned ("any request from X") or turned down in an agentless passive is aimed at no one; a captive taken by
armed men, held abroad ("since his arrest in Iran"), not arrested, or one of two persons named is held by no state of
the story's.

Events are compared with their negation: a negated event's type carries a trailing "!". Same other conventions as
tests/test_nlp_events_blind_wordings2.py ("A|B" either name, "*" any end). Real states as the ones charged or asked,
invented parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

F = "Harrow Front"
E = "European Union"

# a story set in one state (a dateline, its parliament and ports): its home state
_HOME = "TESSALY CITY, May 3 - Tessaly's parliament approved the budget on Monday. Tessaly's ports are busy. "

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) the label names the doer ---
    ('Prime Minister Ivo Marek of Lebanon called the explosions "a criminal Israeli aggression".',
     {("Ivo Marek", "ACCUSE", "Israel")}, set()),
    ("Lebanon described the blasts in the south as Syrian aggression.",
     {("Lebanon", "ACCUSE", "Syria")}, set()),
    ("The Harrow Front called the raids on its camps an act of Turkish aggression.",
     {(F, "ACCUSE", "Turkey")}, set()),
    ("Lebanon called the strikes Israel's terrorism.",
     {("Lebanon", "ACCUSE", "Israel")}, set()),
    # negatives: an actor inside a phrase of the label, or the act's victim; a denied label
    ("Lebanon called the strike a crime against the Syrian people.",
     set(), {("Lebanon", "ACCUSE", "Syria")}),
    ("Lebanon called the deal a surrender to Syria.",
     set(), {("Lebanon", "ACCUSE", "Syria")}),
    ("Lebanon called the strike on Israeli soldiers an aggression.",
     set(), {("Lebanon", "ACCUSE", "Israel|Israel military")}),
    ("Lebanon did not call the blasts an Israeli aggression.",
     set(), {("Lebanon", "ACCUSE", "Israel")}),
    # --- (2) the closure judged ---
    ("Lithuania closed its border crossings with Belarus on Monday. Minsk condemned the closure.",
     {("Belarus", "ACCUSE", "Lithuania")}, set()),
    ("Lithuania closed its border crossings with Belarus on Monday. Minsk called the closure a provocation.",
     {("Belarus", "ACCUSE", "Lithuania")}, set()),
    ("Kenya closed its airspace to Ugandan flights in May. Uganda criticised the closure.",
     {("Uganda", "ACCUSE", "Kenya")}, set()),
    ("Thailand closed the Mae Sai crossing to Laotian traders in May. Laos protested, calling the closure unfriendly.",
     {("Laos", "ACCUSE", "Thailand")}, set()),
    ("Thailand has closed the Mae Sai crossing to everyone but refugees, says Ivo, our guide. Laos protested, calling "
     "the closure unfriendly.",
     {("Laos", "ACCUSE", "Thailand")}, set()),
    # negatives: a closure no actor made; "unfriendly" said of no act or actor
    ("Lithuania's parliament met on Monday. Heavy snow closed the pass. Belarus condemned the closure.",
     set(), {("Belarus", "ACCUSE", "Lithuania|Lithuania parliament")}),
    ("Laos described the weather in the mountains as unfriendly.",
     set(), {("Laos", "ACCUSE", "*")}),
    ("Lithuania's parliament met on Monday. Heavy snow forced the closure of the pass. Belarus condemned the closure.",
     set(), {("Belarus", "ACCUSE", "Lithuania|Lithuania parliament")}),
    # --- (3) a request turned down ---
    ("The Collective Security Treaty Organization has turned down Armenia's request for peacekeepers, saying the "
     "conflict is an internal matter.",
     {("Armenia", "REQUEST", "Collective Security Treaty Organization")}, set()),
    ("The Harrow Front turned down Poland's call for a ceasefire.",
     {("Poland", "REQUEST", F)}, set()),
    ("The Harrow Front turned Poland's request down.",
     {("Poland", "REQUEST", F)}, set()),
    # negatives: a request only mentioned; an agentless passive
    ("The Harrow Front turned down any request from Poland.",
     set(), {("Poland", "REQUEST", "*")}),
    ("Poland's request for talks was turned down.",
     set(), {("Poland", "REQUEST", F)}),
    # --- (4) a captive held by the law, no captor named ---
    (_HOME + "Opposition leader Ivo Marek has been in prison since his arrest in March for insulting the state. The "
     "European Union has called for his release three times.",
     {(E, "REQUEST", "Tessaly")}, set()),
    (_HOME + "The European Union condemned Ivo Marek's detention and asked for his release.",
     {(E, "ACCUSE", "Tessaly"), (E, "REQUEST", "Tessaly")}, set()),
    (_HOME + "The journalist Ana Sorel has been in custody since May. Amnesty International demanded her release.",
     {("Amnesty International", "REQUEST", "Tessaly")}, set()),
    # negatives: armed men took the captive; held abroad; not arrested; two persons named
    (_HOME + "Gunmen seized the aid worker Ivo Marek in the north. The European Union called for his release.",
     set(), {(E, "REQUEST", "Tessaly")}),
    (_HOME + "Rebels of the Lantern Front took Ivo Marek in March; he has been in custody since. The European Union "
     "called for his release.",
     set(), {(E, "REQUEST", "Tessaly")}),
    (_HOME + "Ivo Marek, a Tessalian engineer, has been in prison since his arrest in Iran in March. The European "
     "Union called for his release.",
     set(), {(E, "REQUEST", "Tessaly")}),
    (_HOME + "Opposition leader Ivo Marek was not arrested. The European Union called for his release.",
     set(), {(E, "REQUEST", "Tessaly")}),
    (_HOME + "Ivo Marek met Ana Sorel in prison. The European Union called for his release.",
     set(), {(E, "REQUEST", "Tessaly")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "e6_", events_marked_by_document, check_events)
