"""Events stated by a noun with the sides in a "between" phrase, and acts whose target sits in a preposition the
lexicon did not read, in wordings written for this battery (invented names, own wording):

- a gerund the tagger leaves a verb though it is the noun of a fight ("Fighting between X and Y flared up"):
  the fight between the two sides;
- the "between" phrase hung on a place after the verb ("fighting went on in the south between X and Y");
- a pact noun (plover.yaml pact_nouns) with a "between" phrase: the sides' agreement ("the accord between X
  and Y");
- troops stationed in or at a state: the state is the target of the deployment;
- a border closed to a state: the state is the target.

Negatives: a gerund with an object of its own stays a verb ("Fighting the fire between X and Y took ..."), a fight
that did not break out is none; a pact left, ended, stopped or talked of is no agreement; a pact noun with
no "between" phrase names no sides ("the agreement collapsed"), nor one that is the agent of a passive ("shielded
by the treaty between X and Y").

Each item lists events that must be present and events that must be absent among the NON-negated events (other
events may be emitted), compared as in the second events battery ("A|B" either name, "*" any end). End to end with
the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

_SHELLING = "Shelling between the Kenyan army and the Coastal Liberation Front resumed before sunrise."

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a fight told by its gerund, the sides in "between" ---
    ("Fighting between the Iron Front and the Red Banner Militia flared up overnight around the salt mines.",
     {("Iron Front", "ASSAULT~", "Red Banner Militia")}, set()),
    ("Heavy fighting between the Ghanaian army and the Harvest Brigades broke out again near the river crossing.",
     {("Ghana|Ghana military", "ASSAULT~", "Harvest Brigades")}, set()),
    ("Heavy fighting went on in the eastern hills between the Kenyan army and the Coastal Liberation Front.",
     {("Kenya|Kenya military", "ASSAULT~", "Coastal Liberation Front")}, set()),
    # the tagger may read a gerund opening the sentence as an adverbial clause and lose the sides' names
    (_SHELLING,
     {("Kenya|Kenya military", "ASSAULT~", "Coastal Liberation Front")}, set()),
    # a gerund with an object of its own is a verb: no fight between the names
    ("Fighting the blaze between Ghana and Togo took the fire crews three days, a spokesman admitted.",
     set(), {("Ghana|Togo", "ASSAULT", "Ghana|Togo")}),
    # a fight that did not break out is no fight
    ("Fighting between the Iron Front and the Red Banner Militia never broke out, the mayor insisted.",
     set(), {("Iron Front|Red Banner Militia", "ASSAULT", "*")}),
    ("Clashes between Ghana and the Harvest Brigades did not erupt after all, to the relief of traders.",
     set(), {("Ghana|Ghana military|Harvest Brigades", "ASSAULT", "*")}),
    # --- a pact between named sides: their agreement ---
    ("Few diplomats still believe in the two-year-old accord between Ghana and the Harvest Brigades.",
     {("Ghana", "AGREE~", "Harvest Brigades")}, set()),
    ("The May agreement between Chile and Peru reopened the fishing grounds to both fleets.",
     {("Chile", "AGREE~", "Peru")}, set()),
    ("Under the pact between the Iron Front and the Red Banner Militia, each side keeps its own valley.",
     {("Iron Front", "AGREE~", "Red Banner Militia")}, set()),
    # a pact as the agent of a passive is a standing instrument, no act told
    ("Foreign fishing firms are shielded by the old maritime treaty between Chile and Peru.", set(),
     {("Chile", "AGREE~", "Peru")}),
    # a pact left, ended, stopped or only talked of is no agreement made
    ("Peru walked out of the 2009 fisheries accord between Chile and Peru last spring.", set(),
     {("Chile|Peru", "AGREE", "Chile|Peru")}),
    ("The grazing pact between Ghana and Togo lapsed quietly at the end of the dry season.", set(),
     {("Ghana|Togo", "AGREE", "Ghana|Togo")}),
    ("Togo scrapped the border protocol between Ghana and Togo in a televised address.", set(),
     {("Ghana|Togo", "AGREE", "Ghana|Togo")}),
    ("Negotiations over a fresh treaty between Chile and Peru ran aground in Lima.", set(),
     {("Chile|Peru", "AGREE", "Chile|Peru")}),
    # a pact named with no sides is no agreement between anyone
    ("The agreement collapsed within a week, and Ghana blamed the weather.", set(), {("Ghana", "AGREE", "*")}),
    # --- troops stationed in a state: the state is the target ---
    ("Under a defence treaty, Nigeria stationed 900 soldiers in Niger in 2022.",
     {("Nigeria", "MOBILIZE", "Niger")}, set()),
    ("Kenya has stationed two infantry battalions at bases in Somalia since the spring.",
     {("Kenya", "MOBILIZE", "*")}, set()),
    # --- a border closed to a state: the state is the target ---
    ("Chad closed its border to Sudan on Friday, saying smugglers had crossed it.",
     {("Chad", "COERCE|SANCTION", "Sudan")}, set()),
    ("Algeria shut its frontier to Morocco after the row over the pipeline.",
     {("Algeria", "COERCE|SANCTION", "Morocco")}, set()),
]

XFAIL: dict[str, str] = {
    _SHELLING: "the parser labels the opening gerund an adverbial clause (no subject noun) and tags none of the "
               "sides' names as entities",
}


extracted, test_wording = battery(CASES, XFAIL, "n", events_by_document, check_events)
