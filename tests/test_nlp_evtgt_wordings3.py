"""PLOVER answers (REJECT, AGREE) emitted with no target though the text names who made what is answered (a third
battery of event targets, written before changing the event reader):

(1) an act noun taken up after the act was told by its verb ("X went on television to offer talks ... Y turned down
the offer", "X proposed a prisoner exchange ... Y accepted the proposal"): the verb's subject made it, when no event
of that act carries it (plover.yaml act_noun_verbs gives a verb of another lemma than its noun: "proposal" from
"propose").
(2) a proposal noun whose premodifier is a bare "government" ("rejected a government amnesty offer", "accepted a
government offer of talks") in a story set in one state: the article's state made it.
(3) a capitalised title as a possessor ("accused the President's allies of fraud", "criticised the President's
decision", "the King's advisers"): the one person the article named with that title before, as "the President" is
as a subject or an object (components.event_mention_of).
(4) a refusal to deal with a bare plural label for armed men ("would never negotiate with \"terrorists\"", "would not
negotiate with bandits who ...", "refused to talk to armed gangs"): the one armed group the story names there.

Negatives: a denied offer ("X did not offer any truce ... Y rejected the offer"); the answering side's own offer
("X offered a truce ... X withdrew the offer"); an offer whose modifier names no actor ("a ceasefire offer"); a
"government" that another word qualifies ("a rebel government offer"); a denied answer stays negated; a title the
article gave no one ("the President's" after only a prime minister, or after no head of state at all); a label in
an offer to talk, not a refusal; a plural that is no label ("farmers"); two armed groups named; none named.

Events are compared with their negation: a negated event's type carries a trailing "!". Same other conventions as
tests/test_nlp_events_blind_wordings2.py ("A|B" either name, "*" any end). Real states, invented parties and people;
end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_marked_by_document

pytestmark = pytest.mark.model

F = "Harrow Front"

# a story set in one state (a title line naming it, its president, its army and its capital): its home state
_HOME = ("Turkey: Front answers Ankara. Turkey's President Ivo Marek met Turkish army chiefs in Ankara on Monday. ")

# a story in which one person holds a capitalised title (the format field)
_TITLED = ("VELMIRA, May 3 - Tolvania's {} Ivo Marek and his Unity Party won the vote. The opposition leader Ana Brell "
           "spoke on Monday. ")
B, M = "Ana Brell", "Ivo Marek"

# a story of a state at war with one armed group
_WAR = ("KINSALA, Oct 3 - Velnia's army fought the rebel Harrow Front (HF) near the border on Monday, and the Front "
        "shelled two villages. ")

# (text, events that must be present, events that must be absent); "!": the event is negated
CASES = [
    # --- (1) the act told by its verb, taken up by its noun ---
    ("Lebanon went on television in May to offer talks to anyone who laid down arms. The Harrow Front turned down "
     "the offer.",
     {(F, "REJECT", "Lebanon")}, set()),
    ("Turkey proposed a prisoner exchange on Monday. The Harrow Front accepted the proposal a week later.",
     {(F, "AGREE", "Turkey")}, set()),
    # negatives: a denied offer; the answering side's own offer
    ("Lebanon did not offer any truce in May. The Harrow Front rejected the offer.",
     set(), {(F, "REJECT", "Lebanon")}),
    ("Lebanon offered a truce in May. Lebanon later withdrew the offer.",
     set(), {("Lebanon", "RETREAT", "Lebanon"), ("Lebanon", "REJECT", "Lebanon")}),
    # --- (2) a bare "government" before the proposal noun ---
    (_HOME + "The Harrow Front rejected a government amnesty offer in 2025.",
     {(F, "REJECT", "Turkey")}, set()),
    (_HOME + "The Harrow Front accepted a government offer of talks.",
     {(F, "AGREE", "Turkey")}, set()),
    # negatives: no actor named by the modifier; another word on "government"; a denied answer
    (_HOME + "The Harrow Front rejected a ceasefire offer.",
     set(), {(F, "REJECT", "Turkey|Ivo Marek")}),
    (_HOME + "The Harrow Front rejected a rebel government offer.",
     set(), {(F, "REJECT", "Turkey|Ivo Marek")}),
    (_HOME + "The Harrow Front did not reject a government amnesty offer.",
     {(F, "REJECT!", "Turkey")}, {(F, "REJECT", "Turkey")}),
    # --- (3) a capitalised title as a possessor ---
    (_TITLED.format("President") + "Brell accused the President's allies of fraud.",
     {(B, "ACCUSE", M)}, set()),
    (_TITLED.format("President") + "Brell criticised the President's decision to close the port.",
     {(B, "ACCUSE", M)}, set()),
    ("KASRO, June 9 - King Omar Vell of Dastria opened parliament on Monday. The opposition leader Ana Brell spoke "
     "later. Brell accused the King's advisers of hiding the accounts.",
     {(B, "ACCUSE", "Omar Vell")}, set()),
    # negatives: a title given to no one; a denied charge stays negated
    (_TITLED.format("Prime Minister") + "Brell criticised the President's decision to close the port.",
     set(), {(B, "ACCUSE", M)}),
    ("VELMIRA, May 3 - The opposition leader Ana Brell spoke on Monday. Brell accused the President's allies of fraud.",
     set(), {(B, "ACCUSE", "Tolvania")}),
    (_TITLED.format("President") + "Brell did not criticise the President's decision to close the port.",
     {(B, "ACCUSE!", M)}, {(B, "ACCUSE", M)}),
    # --- (4) a refusal to deal with a bare plural label for armed men ---
    (_WAR + 'The defence minister, General Omar Vell, said he would never negotiate with "terrorists".',
     {("Omar Vell", "REJECT", F)}, set()),
    (_WAR + "Velnia said it would not negotiate with bandits who take orders from abroad.",
     {("Velnia", "REJECT", F)}, set()),
    (_WAR + "Velnia refused to talk to armed gangs.",
     {("Velnia", "REJECT", F)}, set()),
    # negatives: an offer to talk; no label; two armed groups; none
    (_WAR + "Velnia said it would negotiate with terrorists.",
     set(), {("Velnia", "REJECT", F)}),
    (_WAR + "Velnia said it would not negotiate with farmers.",
     set(), {("Velnia", "REJECT", F)}),
    ("KINSALA, Oct 3 - Velnia's army fought the rebel Harrow Front (HF) and the rebel Sable Brigades near the border. "
     "Velnia said it would not negotiate with terrorists.",
     set(), {("Velnia", "REJECT", F), ("Velnia", "REJECT", "Sable Brigades")}),
    ("KINSALA, Oct 3 - Velnia's parliament met on Monday. Velnia said it would not negotiate with terrorists.",
     {("Velnia", "REJECT", "*")}, {("Velnia", "REJECT", "Velnia parliament")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "evtgt3_", events_marked_by_document, check_events)
