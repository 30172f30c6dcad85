"""False events from a trigger word in its non-political sense. "Beat" is a blow (ASSAULT: "beat two organisers")
and the win of a race: told with a vote, a round, a race or a share of the vote on the verb or its object
(plover.yaml defeat_verbs and political_contest_words, events._contest_told) it is a contest, no attack: "beat X in
the run-off" (a word the tokenizer split at its hyphen read whole, "run-off" as "runoff"), "beat the incumbent in
the second round", "beat Y with 54 percent". Negatives that must stay attacks: a beating at a checkpoint, in a
village, at a march, with batons; a beating told in a sentence that names an election elsewhere (the contest word must
be on the verb or its object). A preposition of attribution is no argument of the act (plover.yaml
attribution_preps): "according" (lemma "accord") beside "struck a market" makes no "strike an accord" (AGREE), nor
"attacked an army post, ..., according to the ministry" a verbal "attack on an accord" (ACCUSE);
"struck a deal, according to two diplomats" stays an agreement. Invented names; end to end with the real English pipeline. A target of None in a
wanted or unwanted event means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- a race won: no attack ---
    ("Tomas Velnik beat Arvid Korsa in the run-off on 18 May.",
     set(), {("Tomas Velnik", "ASSAULT", "Arvid Korsa"), ("Tomas Velnik", "ASSAULT", None)}),
    ("In the presidential run-off of April 2024 Mira Dalvek beat Ivan Hostra, a former foreign minister.",
     set(), {("Mira Dalvek", "ASSAULT", "Ivan Hostra"), ("Mira Dalvek", "ASSAULT", None)}),
    ("She beat the incumbent, Stevo Narkov, in the second round.",
     set(), {("*", "ASSAULT", "Stevo Narkov")}),
    ("Tomas Velnik beat Arvid Korsa with about 54 percent.",
     set(), {("Tomas Velnik", "ASSAULT", "Arvid Korsa"), ("Tomas Velnik", "ASSAULT", None)}),
    ("The Velnian Front beat the Tarsk Party in the mayoral race.",
     set(), {("Velnian Front", "ASSAULT", "Tarsk Party")}),
    ("The Velnian Front's candidate beat the Tarsk Party in the run-off, taking 52 percent of the vote.",
     set(), {("Velnian Front", "ASSAULT", "Tarsk Party")}),
    # --- negatives: a beating stays an attack ---
    ("Militia fighters beat two Velnian Front organisers in a village near the pass.",
     {("*", "ASSAULT", "Velnian Front")}, set()),
    ("The Velnian Guard beat three members of the Tarsk Party at the checkpoint.",
     {("Velnian Guard", "ASSAULT", "Tarsk Party")}, set()),
    ("Before the run-off, the Velnian Guard beat three members of the Tarsk Party with batons.",
     {("Velnian Guard", "ASSAULT", "Tarsk Party")}, set()),
    ("The Velnian Guard detained and beat four Tarsk Party volunteers during the election campaign.",
     {("Velnian Guard", "ASSAULT", "Tarsk Party")}, set()),
    # --- "according to" beside a blow: no accord struck ---
    ("In response, the Velnian Armed Forces shelled Front positions around the town and, according to residents, "
     "struck a market in the village, killing 14 civilians.", set(), {("Velnian Armed Forces", "AGREE", None)}),
    ("The Tarsk Army, according to local officials, struck a school near the border.",
     set(), {("Tarsk Army", "AGREE", None)}),
    ("Last Tuesday the Korvath Brigades attacked an army post outside Kessa, killing eleven soldiers, according to "
     "the defence ministry.", {("Korvath Brigades", "ASSAULT", None)}, {("Korvath Brigades", "ACCUSE", None)}),
    # --- negatives: an accord struck, told with its source ---
    ("According to two diplomats, the Velnian Front struck a deal with the Tarsk Party on Monday.",
     {("Velnian Front", "AGREE", "Tarsk Party")}, set()),
    ("The Velnian Front, according to its spokesman, struck an accord with the Tarsk Party.",
     {("Velnian Front", "AGREE", "Tarsk Party")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evfp1", events_by_document, assert_events)
