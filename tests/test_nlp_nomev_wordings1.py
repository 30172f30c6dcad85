"""Events told by a noun whose two sides are named around it rather than by a verb: a pact between named sides as the
of-object of a noun of making it (plover.yaml signing_nouns: "since the signing of a protocol between A and B", "the
ratification of the treaty between A and B": A AGREE B), and an event noun of a paired type (plover.yaml
paired_types) modified by a hyphened pair of named sides ("the A-B talks ended", "a A-B pact took effect": A with B),
and a hostile act's noun with its doer in a by-phrase and no one named as its target ("the blockade of the port by
X": X COERCE). Negatives: a pact only talked of or ended ("talks on a protocol between A and B", "the collapse of the
accord between A and B", "withdrew from the treaty between A and B"), a denied or planned meeting, a hyphened pair on
a thing that is no event ("the A-B border"), a hostile act whose hyphened pair are its joint doers ("A-B strikes on
C"), a blockade denied, only planned or only called for. Invented names for the parties (real states for the sides a
reader must know as states); end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

P = "REYKJAVIK, May 3 - Iceland's parliament held a session on Monday. "

CASES = [
    # --- a pact between named sides, the of-object of a noun of making it ---
    (P + "Since the signing of a water protocol between Iceland and Paraguay in January, trade has grown.",
     {("Iceland", "AGREE~", "Paraguay")}, set()),
    (P + "The signing of the border treaty between Iceland and Paraguay took place in Melk.",
     {("Iceland", "AGREE~", "Paraguay")}, set()),
    (P + "Prices fell after the ratification of the trade accord between Iceland and Paraguay.",
     {("Iceland", "AGREE~", "Paraguay")}, set()),
    (P + "Observers attended the signing of a fisheries agreement between Paraguay and the Tavian Fishing Union.",
     {("Paraguay", "AGREE~", "Tavian Fishing Union")}, set()),
    # --- a hyphened pair of named sides on an event noun of a paired type ---
    (P + "The Iceland-Paraguay talks ended on Friday without a statement.",
     {("Iceland", "CONSULT~", "Paraguay")}, set()),
    (P + "Paraguay-Iceland talks open in Melk", {("Iceland", "CONSULT~", "Paraguay")}, set()),
    (P + "Officials said the Iceland-Paraguay summit in Melk was cordial.",
     {("Iceland", "CONSULT~", "Paraguay")}, set()),
    # --- a hostile act's noun with its doer in a by-phrase, aimed at no one named ---
    (P + "The blockade of the harbour by the Morvel Dockers' Union raised fuel prices.",
     {("Morvel Dockers' Union", "COERCE", None)}, set()),
    (P + "The shelling of the hills by the Frelsi Brigade lasted all night.",
     {("Frelsi Brigade", "ASSAULT", None)}, set()),
    # --- negatives ---
    # a blockade denied, only planned, or not the doer's
    (P + "The Morvel Dockers' Union denied any blockade of the harbour by its members.",
     set(), {("Morvel Dockers' Union", "COERCE", None)}),
    (P + "A planned blockade of the harbour by the Morvel Dockers' Union was called off.",
     set(), {("Morvel Dockers' Union", "COERCE", None)}),
    (P + "The Farmers' Defence League called for a boycott of the vote by its members.",
     set(), {("Farmers' Defence League", "PROTEST", None)}),
    # a pact only talked of, ended or left
    (P + "Talks on a water protocol between Iceland and Paraguay stalled in March.",
     set(), {("Iceland", "AGREE~", "Paraguay")}),
    (P + "The collapse of the border accord between Iceland and Paraguay surprised no one.",
     set(), {("Iceland", "AGREE~", "Paraguay")}),
    (P + "Paraguay withdrew from the treaty between Iceland and Paraguay.", set(), {("Iceland", "AGREE~", "Paraguay")}),
    # a meeting denied or only planned
    (P + "The Iceland-Paraguay talks have not taken place.", set(), {("Iceland", "CONSULT~", "Paraguay")}),
    (P + "Iceland called for Iceland-Paraguay talks next year.", set(), {("Iceland", "CONSULT~", "Paraguay")}),
    # a hyphened pair on a thing, no event
    (P + "The Iceland-Paraguay border was quiet on Sunday.", set(), {("Iceland", "CONSULT~", "Paraguay")}),
    # joint doers of a hostile act, not its two sides
    (P + "Iceland-Paraguay strikes on Chile continued overnight.", set(), {("Iceland", "ASSAULT~", "Paraguay")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "nm", events_by_document, assert_events)
