"""PLOVER events whose end is a definite act noun's author told elsewhere (a third battery, written before changing the
event reader): a judgement of "the findings", "the announcement", "the approval" with no event behind it is aimed at
the subject of the clause whose verb the noun is made from ("the panel found that ...", "X announced ..."); a
condemnation of "the raids" or "the strikes" takes up a blow told with another verb ("jets bombed ..."); and a
condemnation of an act the story gives no author is aimed at the one the same speaker blames in a clause joined to it
("condemned the blasts and blamed X"); a judged noun made from an act's own verb ("the designation" after "designated")
takes up that act however far back; a reaction set off by ", which" as its object takes up what the main clause's
subject did or said ("X issued a statement ..., which Z condemned"). Negatives: no maker where the clause is a question or names none, no target
where the joined clause praises instead of blaming.

Same conventions as tests/test_nlp_events_blind_wordings2.py: "A|B" either name, "*" any end, a type ending in "~"
compared without direction. Invented states, parties and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# two invented states, each named as an actor before the sentences under test
_TWO = ("Relations between Tessary and Morvane have soured. Tessary's defence minister, Ulla Brandvik, and "
        "Morvane's president, Caius Orlen, have traded threats for a month. ")

# many sentences that tell no act, to put an act far back in the story
_FILLER = " ".join(f"In the town of Harlo{i} the weather stayed cold and the market opened late." for i in range(40)) + " "

# (text, events that must be present, events that must be absent[, (source, type) pairs that must not be left aimed
# at no one])
CASES = [
    # --- a noun made from a verb: the verb's subject made it ---
    (_TWO + "The Harrow Verification Panel found that Morvane had moved artillery to the border. Morvane rejected "
     "the findings within hours.",
     {("Morvane", "REJECT", "Harrow Verification Panel")}, set()),
    (_TWO + "The Harrow Verification Panel concluded in its third report that Tessary's drones had crossed the line. "
     "Tessary dismissed the findings on the drone flights as one-sided.",
     {("Tessary", "REJECT", "Harrow Verification Panel")}, set()),
    (_TWO + "Morvane announced a night curfew along the river on Tuesday. Tessary criticised the announcement as "
     "provocative.",
     {("Tessary", "ACCUSE", "Morvane")}, set()),
    # --- a blow's noun takes up a blow told with another verb ---
    (_TWO + "Morvane's air force bombed three fuel depots near the frontier at dawn. Tessary called the raids an "
     "act of aggression.",
     {("Tessary", "ACCUSE", "Morvane")}, set()),
    (_TWO + "Tessary shelled the hills above Korlo for a second night. Morvane denounced the raids and recalled "
     "its envoy.",
     {("Morvane", "ACCUSE", "Tessary")}, set()),
    # --- the act's author given by the speaker's own blame in a joined clause ---
    (_TWO + "Two explosions tore through the market in Korlo on Friday. Tessary condemned the explosions as "
     "terrorism and blamed Morvane.",
     {("Tessary", "ACCUSE", "Morvane")}, set(), {("Tessary", "ACCUSE")}),
    (_TWO + "A pipeline near the coast was blown up overnight. Morvane denounced the sabotage and accused Tessary "
     "of ordering it.",
     {("Morvane", "ACCUSE", "Tessary")}, set(), {("Morvane", "ACCUSE")}),
    # --- an act named by its own verb's word, taken up many paragraphs later ---
    (_TWO + "Tessary designated the Velt Brigade a terrorist organisation on Monday. " + _FILLER
     + "Morvane condemned the designation as meddling in its affairs.",
     {("Morvane", "ACCUSE", "Tessary")}, set(), {("Morvane", "ACCUSE")}),
    # --- a reaction set off by ", which" takes up what the main clause's subject did or said ---
    (_TWO + "The Velt Brigade put out a statement warning Morvane's prosecutors, which the Morvane Bar Council "
     "condemned.",
     {("Morvane Bar Council|Bar Council", "ACCUSE", "Velt Brigade")}, {("*", "ACCUSE", "Morvane")}),
    (_TWO + "Late on Friday the Velt Brigade posted a letter that mocked the courts, which Tessary condemned.",
     {("Tessary", "ACCUSE", "Velt Brigade")}, set()),
    (_TWO + "The Velt Brigade aired a recording on Sunday, which Morvane denounced as incitement.",
     {("Morvane", "ACCUSE", "Velt Brigade")}, set()),
    # --- negatives: no maker a reader would accept ---
    (_TWO + "Did the Harrow Verification Panel find that Morvane had moved artillery? Tessary rejected the findings.",
     set(), {("Tessary", "REJECT", "Harrow Verification Panel")}),
    (_TWO + "Two explosions tore through the market in Korlo on Friday. Tessary condemned the explosions and "
     "praised the rescue workers of the Korlo Red Cross.",
     set(), {("Tessary", "ACCUSE", "Korlo Red Cross"), ("Tessary", "ACCUSE", "Morvane")}),
    (_TWO + "Tessary praised the Velt Brigade, which Morvane condemned.",
     set(), {("Morvane", "ACCUSE", "Tessary")}),
    # a verb of finding with a reflexive or pronoun object finds no facts: "found itself ...", "found it hard to ..."
    (_TWO + "The Harrow Verification Panel found itself shut out of the border zone all week. Tessary rejected the "
     "findings on Sunday.",
     set(), {("Tessary", "REJECT", "Harrow Verification Panel")}),
    (_TWO + "The Harrow Verification Panel found it hard to reach the villages near the river. Morvane dismissed "
     "the findings as biased.",
     set(), {("Morvane", "REJECT", "Harrow Verification Panel")}),
    # ", which" after a reported clause: the judgement is of the reported act, not of the one who reported it
    (_TWO + "Morvane told reporters that the Velt Brigade had burned a customs post outside Korlo, which Tessary "
     "condemned.",
     set(), {("Tessary", "ACCUSE", "Morvane")}),
    (_TWO + "The Tessary navy reported that the Velt Brigade had seized two grain barges on the river, which the "
     "Korlo Red Cross denounced.",
     set(), {("Korlo Red Cross|Red Cross", "ACCUSE", "Tessary military|Tessary navy|Tessary")}),
]

XFAIL: dict[str, str] = {}


def _check(text: str, present: set, absent: set, *unaimed_and_got) -> None:
    """``check_events``; a case's fourth item: (source, type) pairs no event may leave aimed at no one."""
    *unaimed, got = unaimed_and_got
    check_events(text, present, absent, got)
    for source, typ in (unaimed[0] if unaimed else ()):
        assert (source.lower(), typ, None) not in got, (text, "left aimed at no one", source, typ, got)


extracted, test_wording = battery(CASES, XFAIL, "w", events_by_document, _check)


# a condemnation set against a charge ("but also accused X of ..."): X is charged with something else, and the act
# condemned keeps no author
_CONTRAST = (_TWO + "Two explosions tore through the market in Korlo on Friday. Tessary condemned the explosions but "
             "also accused Morvane of closing the border to the wounded.")


def test_contrasted_charge_is_not_the_condemned_act_s_author():
    got = events_by_document([_CONTRAST], "c").get("c000", set())
    assert ("tessary", "ACCUSE", None) in got, got


# a condemnation joined by "and" to a charge of something else ("accused X of hiding ...", "of bullying ..."): X is
# charged with that, not named the author of what is condemned; the condemnation keeps no end and the charge its own
_OTHER_CHARGE = [
    _TWO + "Two explosions tore through the market in Korlo on Friday. Tessary condemned the explosions and accused "
    "Morvane of hiding the number of wounded.",
    _TWO + "A court in Korlo sentenced three Tessary sailors on Monday. Tessary condemned the sentences and accused "
    "Morvane of bullying its neighbours.",
]


@pytest.mark.parametrize("i", range(len(_OTHER_CHARGE)))
def test_charge_of_another_thing_is_not_the_condemned_act_s_author(i):
    got = events_by_document([_OTHER_CHARGE[i]], "o").get("o000", set())
    assert ("tessary", "ACCUSE", None) in got, got
    assert ("tessary", "ACCUSE", "morvane") in got, got
