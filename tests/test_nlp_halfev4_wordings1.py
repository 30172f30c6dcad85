"""Half events whose missing end the text gives by a common noun or inside a complement.

A state's prosecutors act in its name as its police do, as the subject of an act of the law (relations.yaml
home_prosecutor_nouns, home_prosecutor_acts): "prosecutors charged X", "the prosecution accuses X of ...", "the state
prosecutor issued a warrant for X" are the article's state's charge or arrest, when the story clearly has one state of
its own (PhraseResolver.home_state). Negatives: "a prosecutor" (no article), another state's prosecutors ("Velnian
prosecutors"), an international court's prosecutor, a charge denied, a question or a condition, a story with no state
of its own, what prosecutors say, ask or oppose ("the prosecution alleges that ...", "summoned X", "opposes bail"),
prosecutors acted upon ("referred to prosecutors", "accused the prosecution of ..."), a charge on no one named.

A pledge whose complement hands something over names its recipient there (plover.yaml complement_pledges,
events._promised_recipient, as for an offer): "agreed to pay X six million dollars", "agreed to hand the prisoners
over to X". Negatives: a complement denied ("agreed not to pay X"), a refusal, a wish, a trip ("agreed to go to X").

An answer to "both" offers, invitations or charges (plover.yaml answered_acts, events._answered_noun) takes them up as
"the offer" does: "Y rejected both offers" answers the one who made them to Y. Negatives: no offer told before, an
answer denied, a possible one, a question.
Invented names; end to end with the real English pipeline. A target of None means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# a story clearly set in one state (its dateline and its parliament)
_HOME = ("OSTRAVIA: OPPOSITION LEADER HELD\nVELGRAD, Ostravia, May 3 - Ostravia's parliament met on Monday. "
         "Marek Dolan, who leads the opposition Dorun Front, was arrested in Velgrad, the capital of Ostravia, in March. ")
_DOLAN = "Marek Dolan"
_O = "Ostravia"

CASES = [
    # --- the state's prosecutors: the article's state's charge or arrest ---
    (_HOME + "Prosecutors accuse Dolan of treason.", {(_O, "ACCUSE", _DOLAN)}, set()),
    (_HOME + "The prosecution accuses Dolan of paying the rebels.", {(_O, "ACCUSE", _DOLAN)}, set()),
    (_HOME + "On Friday prosecutors charged Dolan with incitement.", {(_O, "ACCUSE", _DOLAN)},
     set()),
    (_HOME + "The state prosecutor issued a warrant for the arrest of his deputy, Ivo Brenk.",
     {(_O, "COERCE", "Ivo Brenk")}, set()),
    (_HOME + "On Tuesday public prosecutors detained his deputy, Ivo Brenk, for questioning.",
     {(_O, "COERCE", "Ivo Brenk")}, set()),
    # --- negatives: no article, another state's prosecutors, an international court's, denied, wished, no home ---
    (_HOME + "A prosecutor accused Dolan of lying to the court.", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Velnia has offered Dolan asylum. Velnian prosecutors accuse Dolan of fraud.", set(),
     {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "The ICC prosecutor accused Dolan of war crimes.", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Prosecutors did not charge Dolan.", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Will prosecutors charge Dolan with treason?", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Prosecutors could charge Dolan with treason if he returns.", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "The prosecution alleges that his deputy, Ivo Brenk, ordered the police to withdraw.", set(),
     {(_O, "ACCUSE|REQUEST", "*")}),
    (_HOME + "Prosecutors summoned Dolan for questioning on Thursday.", set(), {(_O, "REQUEST", _DOLAN)}),
    (_HOME + "The prosecution opposes bail for Dolan.", set(), {(_O, "REJECT", "*")}),
    (_HOME + "Dolan's lawyer has accused the prosecution of acting on orders from the president.", set(),
     {("*", "ACCUSE", _O)}),
    (_HOME + "Two customs officers were referred to prosecutors on Friday.", set(), {("*", "ACCUSE", _O)}),
    (_HOME + "Prosecutors declined to charge Dolan.", set(), {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Dolan said prosecutors had accused him of fraud in 2009, a case long closed.", set(),
     {(_O, "ACCUSE", _DOLAN)}),
    (_HOME + "Days later the archbishop of Velgrad was also detained, and prosecutors have charged him with treason.",
     set(), {(_O, "ACCUSE", None)}),
    ("Ostravia and Velnia signed a border treaty in 2019. Marek Dolan, a trader, was arrested in May. Prosecutors "
     "accuse Dolan of smuggling.", set(), {(_O, "ACCUSE", _DOLAN), ("Velnia", "ACCUSE", _DOLAN)}),
    # --- a pledge that hands something over: its recipient ---
    ("Velnia agreed to pay Ostravia six million dollars to hold the prisoners.", {("Velnia", "AGREE", _O)},
     {("Velnia", "AGREE", None)}),
    ("Velnia agreed to give Ostravia two patrol boats.", {("Velnia", "AGREE", _O)}, {("Velnia", "AGREE", None)}),
    ("The Dorun Front agreed to hand the captured soldiers over to the Kavel Union.",
     {("Dorun Front", "AGREE", "Kavel Union")}, {("Dorun Front", "AGREE", None)}),
    ("Under the deal Velnia agreed to return the seized trawlers to Ostravia.", {("Velnia", "AGREE", _O)},
     {("Velnia", "AGREE", None)}),
    # --- negatives: a complement denied, a refusal, a wish, a trip, a thing for no one ---
    ("Velnia agreed not to pay Ostravia any compensation.", set(), {("Velnia", "AGREE", _O)}),
    ("Velnia refused to pay Ostravia.", set(), {("Velnia", "AGREE", _O)}),
    ("Velnia wants to give Ostravia two patrol boats.", set(), {("Velnia", "AGREE", _O)}),
    ("Velnia agreed to go to Ostravia for talks.", set(), {("Velnia", "AGREE", _O)}),
    ("Asked whether Velnia had agreed to pay Ostravia, the minister declined to comment.", set(),
     {("Velnia", "AGREE", _O)}),
    ("Velnia agreed to pay six million dollars into a fund for the flood victims.", set(), {("Velnia", "AGREE", _O)}),
]

# two proposals, offers or charges just made to the one answering, taken up by "both"
_OFFERS = ("Kenya offered the Dorun Front a seat in the cabinet in March, and in May it offered the Front an "
           "amnesty. ")

CASES += [
    # --- "both" + an answered act noun: the one who made them (as "the offer") ---
    (_OFFERS + "The Dorun Front rejected both offers.", {("Dorun Front", "REJECT", "Kenya")},
     {("Dorun Front", "REJECT", None)}),
    ("Kenya invited the Dorun Front to talks in Nairobi in March and to a summit in Mombasa in May. The Dorun Front "
     "accepted both invitations.", {("Dorun Front", "AGREE", "Kenya")}, {("Dorun Front", "AGREE", None)}),
    # --- negatives: none made before, an answer denied, a possible answer, a question ---
    ("Kenya said it would talk to anyone. The Dorun Front rejected both offers.", set(),
     {("Dorun Front", "REJECT", "Kenya")}),
    (_OFFERS + "The Dorun Front did not reject both offers.", set(), {("Dorun Front", "REJECT", "Kenya")}),
    (_OFFERS + "The Dorun Front may reject both offers.", set(), {("Dorun Front", "REJECT", "Kenya")}),
    (_OFFERS + "Did the Dorun Front reject both offers?", set(), {("Dorun Front", "REJECT", "Kenya")}),
    ("Kenya offered Uganda a loan and two ships. Both offers were rejected, the Dorun Front said.", set(),
     {("Dorun Front", "REJECT", "Kenya")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hf", events_by_document, assert_events)
