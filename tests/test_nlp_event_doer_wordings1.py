"""PLOVER events whose doer or type a possessive or a joined verb decides (written before changing the event reader):

- a party or movement owned by a person ("his party called the arrest revenge", "her movement condemned the
  attack", "Solen's party walked out") acts as the one body the text ties that person to (leader or member), not
  as the person; negatives: a person tied to no body, or to two, stays the doer; "his new party" (an adjective
  that may tell another body) stays his;
- a verb joined to a modal's bare verb in a tense of its own ("said he would not take the post and endorsed X
  instead") is told as done and should keep its own type (SUPPORT), not a planned act's (AGREE/THREATEN): left as
  strict xfails (breaking the modal there also broke a refusal told as "would never negotiate ... and sent no one
  to the meeting", read as REJECT only through the shared modal); negatives: a bare joined verb ("would take the
  post and support X") stays planned;
- a "not" the parser hangs on the preposition of a copula's predicate ('the weapons were "not for negotiation"')
  denies the act (no talks); negative: the same copula without it stays an act;
- "call" with a bare object labels or convenes it ("called the raids murder", "called the talks"): no request (nor
  the object's act); "called on X to ...", "called X to demand ..." still ask;
- a planned act of help that names neither what nor to whom ("does not plan to send more") is no agreement.

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end. Invented states,
parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

_LED = "Ilvar Tosk leads the Brannic Harvest Party. "
_MEMBER = "Petra Solen, a deputy of the Orvane Farmers Party, spoke in the chamber. "

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a person's party or movement is the body that acts ---
    (_LED + "Police detained Tosk on Monday; his party called the arrest revenge and boycotted two sittings of "
     "parliament in protest.",
     {("Brannic Harvest Party", "PROTEST", "*")}, {("Ilvar Tosk", "PROTEST", "*")}),
    (_LED + "Tosk said his party would not join any cabinet led by the Harrow Union.",
     {("Brannic Harvest Party", "REJECT", "*")}, {("Ilvar Tosk", "REJECT", "*")}),
    (_LED + "Tosk's party condemned the bombing of the Harrow Union's offices.",
     {("Brannic Harvest Party", "ACCUSE", "*")}, {("Ilvar Tosk", "ACCUSE", "*")}),
    (_MEMBER + "Solen said her party had asked the Harrow Union for the finance ministry.",
     {("Orvane Farmers Party", "REQUEST", "Harrow Union")}, {("Petra Solen", "REQUEST", "Harrow Union")}),
    ("Dario Venst heads the Kessel Lantern Circle Movement. Venst said his movement condemned the attack on the Harrow "
     "Union and had no contact with the gunmen.",
     {("Kessel Lantern Circle Movement", "ACCUSE", "*")}, {("Dario Venst", "ACCUSE", "*")}),
    # --- negatives: no single body of the person's, or another body told by an adjective ---
    ("Teodor Quillan spoke on Monday. Quillan said his party had asked the Harrow Union for the finance ministry.",
     {("Teodor Quillan", "REQUEST", "Harrow Union")}, set()),
    (_LED + "Tosk said his new party had asked the Harrow Union for the finance ministry.",
     {("Ilvar Tosk", "REQUEST", "Harrow Union")}, {("Brannic Harvest Party", "REQUEST", "Harrow Union")}),
    ("Ilvar Tosk leads the Brannic Harvest Party and the Kessel Tillers Party. Tosk said his party had asked the "
     "Harrow Union for the finance ministry.",
     {("Ilvar Tosk", "REQUEST", "Harrow Union")},
     {("Brannic Harvest Party", "REQUEST", "Harrow Union"), ("Kessel Tillers Party", "REQUEST", "Harrow Union")}),
    # a person's party told only after the act is not looked ahead for
    ("Dario Venst spoke on Monday. Venst said his party had asked the Harrow Union for the finance ministry. Venst "
     "leads the Kessel Tillers Party.",
     set(), {("Kessel Tillers Party", "REQUEST", "Harrow Union")}),
    # a state's party is no person's: the state stays the doer
    ("Velnia's ruling party condemned the bombing of the Harrow Union's offices.",
     set(), {("Brannic Harvest Party", "ACCUSE", "*")}),
    # a "not" the parser hangs on a copula's predicate preposition (quoted) still denies it: no talks by the party
    (_LED + 'Tosk said his party\'s weapons were "not for negotiation" with the Harrow Union.',
     set(), {("Brannic Harvest Party", "CONSULT", "*"), ("Ilvar Tosk", "CONSULT", "*")}),
    (_LED + 'Tosk said his party\'s deputies were "not in talks" with the Harrow Union.',
     set(), {("Brannic Harvest Party", "CONSULT", "*"), ("Ilvar Tosk", "CONSULT", "*")}),
    (_LED + "Tosk said his party's deputies were in talks with the Harrow Union.",
     {("Brannic Harvest Party", "CONSULT", "Harrow Union")}, set()),
    # --- a verb joined to a modal's bare verb in a tense of its own is told as done ---
    ("Karel Dunsk, the mayor of Ostrava Nova, said he would not take the post and endorsed Lena Orsavic instead.",
     {("Karel Dunsk", "SUPPORT", "Lena Orsavic")}, {("Karel Dunsk", "AGREE", "Lena Orsavic")}),
    ("Karel Dunsk, the mayor of Ostrava Nova, said he would stay out of the race and praised Lena Orsavic.",
     {("Karel Dunsk", "SUPPORT", "Lena Orsavic")}, {("Karel Dunsk", "AGREE", "Lena Orsavic")}),
    # --- negatives: a bare joined verb shares the modal; a negated modal still denies the joined bare verb ---
    ("Karel Dunsk, the mayor of Ostrava Nova, said he would take the post and support Lena Orsavic.",
     {("Karel Dunsk", "AGREE", "Lena Orsavic")}, {("Karel Dunsk", "SUPPORT", "Lena Orsavic")}),
    ("Karel Dunsk, the mayor of Ostrava Nova, said he would not take the post or endorse Lena Orsavic.",
     set(), {("Karel Dunsk", "SUPPORT", "Lena Orsavic"), ("Karel Dunsk", "AGREE", "Lena Orsavic")}),
    # --- "call" asks only through "for", "on ... to" or a clause (plover.yaml asked_by_phrase): a bare object is
    # labelled or convened, nothing asked for (the label parsed into the object's noun, an adverb after it) ---
    ("Velnia's president called the raids on the Harrow Union's offices murder.",
     set(), {("Velnia", "REQUEST", "*"), ("Velnia", "ASSAULT", "*")}),
    ("The Brannic president called the shelling genocide.",
     set(), {("*", "REQUEST", "*"), ("*", "ASSAULT", "*")}),
    ("The Brannic president called the attack cowardly.",
     set(), {("*", "REQUEST", "*"), ("*", "ASSAULT", "*")}),
    ("Velnia called the talks.", set(), {("Velnia", "REQUEST", "*")}),
    # (positives: a demand after "on ... to", a phone call's clause; a convened strike)
    ("Velnia called on Ostravia to withdraw its troops.", {("Velnia", "REQUEST", "Ostravia")}, set()),
    ("Velnia called Ostravia to demand an apology.", {("Velnia", "REQUEST", "Ostravia")}, set()),
    ("Velnia called Ostravia's raid a crime.", {("Velnia", "ACCUSE", "Ostravia")}, {("Velnia", "REQUEST", "*")}),
    # --- a planned act of help with neither what nor to whom named ("plans to send more") is no agreement ---
    ("Velnia has 900 troops there; it does not plan to send more.", set(), {("Velnia", "AGREE", "*")}),
    ("Velnia plans to send some.", set(), {("Velnia", "AGREE", "*")}),
    ("Velnia plans to send them to Ostravia.", {("Velnia", "AGREE", "Ostravia")}, set()),
    ("Velnia promised to send Ostravia more.", {("Velnia", "AGREE", "Ostravia")}, set()),
]

_OWN_TENSE = ("events._modal: a past or present conjunct of a modal's bare verb still shares the modal (read as a "
              "plan: AGREE); not broken there, as 'would never negotiate ... and sent no one to the meeting' is a "
              "refusal read only through the shared modal")
XFAIL: dict[str, str] = {
    "Karel Dunsk, the mayor of Ostrava Nova, said he would not take the post and endorsed Lena Orsavic instead.": _OWN_TENSE,
    "Karel Dunsk, the mayor of Ostrava Nova, said he would stay out of the race and praised Lena Orsavic.": _OWN_TENSE,
}


extracted, test_wording = battery(CASES, XFAIL, "d", events_by_document, check_events)
