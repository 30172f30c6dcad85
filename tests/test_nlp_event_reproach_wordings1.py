"""Reproaches the event reader missed, in wordings written for this battery (invented names, own wording):

- worry voiced at another's act is a charge (ACCUSE): "voiced concern about X's crackdown", "raised its concerns over
  the arrest with X", "expressed alarm at X's attacks" (plover.yaml ACCUSE entry on word_classes.worry); worry at
  nothing a known actor did ("expressed concern about the floods", "for the safety of the hostages") is none
  (nlp/event_drops.py);
- a label that names an act as a wrong of its own ("described the arrest as intimidation", "described the raid as a
  massacre", "called the expulsion unilateral": plover.yaml wrong_labels) charges whoever did the act, as a
  condemnation of it does, even when the act is a deal or a decision ("called the pact a surrender": a charge
  against its maker, where another pejorative on a demand rejects it); a label that is no verdict ("a tragedy", "a
  masterpiece") charges no one, nor does a wrong named on a thing no known actor made ("described the tax rules as
  a theft"), and "called on X to surrender" stays a demand.

Same conventions as the second events battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*"
any end. Real states and invented parties, militias and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

GHANA_POLICE = "Ghana|Ghana police|Ghanaian police"
# (text, events that must be present, events that must be absent)
CASES = [
    # --- worry voiced at a known actor's act ---
    ("Ghana voiced concern about Togo's crackdown on the press.", {("Ghana", "ACCUSE", "Togo")}, set()),
    ("Chile raised its concerns over the arrests with the Peruvian president on Monday.",
     {("Chile", "ACCUSE", "Peru")}, set()),
    ("Ghana expressed alarm at the Harvest Brigades' attacks on civilians.",
     {("Ghana", "ACCUSE", "Harvest Brigades")}, set()),
    ("Norway has expressed grave concern about Sweden's decision to close the border crossing.",
     {("Norway", "ACCUSE", "Sweden")}, set()),
    # worry at nothing a known actor did: no charge
    ("Ghana expressed concern about the floods in the north.", set(), {("Ghana", "ACCUSE", "*")}),
    ("Ghana expressed concern for the safety of the Togolese hostages.", set(), {("Ghana", "ACCUSE", "*")}),
    ("Chile shares Peru's concern about the drought.", set(), {("*", "ACCUSE", "*")}),
    # worry for the welfare of another's people (plover.yaml word_classes.welfare), or about a thing no one did while
    # raised with X: no charge
    ("Ghana voiced concern about the safety of Togolese citizens detained abroad.", set(),
     {("Ghana", "ACCUSE", "*")}),
    ("Chile expressed deep concern over the fate of Peru's missing fishermen.", set(), {("Chile", "ACCUSE", "*")}),
    ("Ghana raised the alarm about the floods with Togo.", set(), {("Ghana", "ACCUSE", "*")}),
    ("Chile raised its concerns about the drought with Peru.", set(), {("Chile", "ACCUSE", "*")}),
    # ... but an act raised with its maker is a charge
    ("Chile raised concerns about Peru's treatment of Bolivian prisoners.", {("Chile", "ACCUSE", "Peru")}, set()),
    # worry felt by no one known, or at a match: no charge
    ("The plan raised concerns among Ghanaian farmers.", set(), {("*", "ACCUSE", "*")}),
    ("Togo's decision raised alarm in Ghana.", set(), {("*", "ACCUSE", "*")}),
    ("Chile expressed its dismay at the result of the match against Peru.", set(), {("Chile", "ACCUSE", "*")}),
    # worry denied: no charge told as done
    ("Ghana did not express any concern about Togo's elections.", set(), {("Ghana", "ACCUSE", "Togo")}),
    # --- a label naming an act as a wrong, aimed at the one who did it ---
    ("Ghanaian police arrested Kofi Berandu, the leader of the Iron Front, on Monday. "
     "The Iron Front described the arrest as \"political intimidation\".",
     {("Iron Front", "ACCUSE", GHANA_POLICE)}, set()),
    ("Chilean troops raided a Peruvian border post on Friday. Peru described the raid as a massacre.",
     {("Peru", "ACCUSE", "Chile|Chile military")}, set()),
    ("Togo expelled two Ghanaian diplomats on Tuesday. Ghana called the expulsions unilateral and unlawful.",
     {("Ghana", "ACCUSE", "Togo")}, set()),
    ("Togo detained three Ghanaian fishermen near the reef. Ghana described the detentions as harassment.",
     {("Ghana", "ACCUSE", "Togo")}, set()),
    ("Togo detained three Ghanaian fishermen near the reef. Ghana called the detentions harassment.",
     {("Ghana", "ACCUSE", "Togo")}, set()),
    # a wrong named on a deal or a decision is a charge against its maker, not a rejection of a proposal
    ("Togo signed a border pact with the Harvest Brigades on Friday. The Iron Front called the pact a surrender.",
     {("Iron Front", "ACCUSE", "Togo")}, {("Iron Front", "REJECT", "*")}),
    ("The Ghanaian cabinet decided on Tuesday to ban the Iron Front. The Iron Front called the decision a grave sin.",
     {("Iron Front", "ACCUSE", "Ghana|Ghanaian cabinet")}, {("Iron Front", "REJECT", "*")}),
    # another pejorative on a demand still rejects it
    ("Chile called the Peruvian demand unacceptable.", {("Chile", "REJECT", "Peru")}, {("Chile", "ACCUSE", "*")}),
    # a label that is no verdict: no charge
    ("Ghana described the kidnapping of two Togolese engineers as a tragedy.", set(), {("Ghana", "ACCUSE", "*")}),
    ("The Ghanaian minister called the film a masterpiece of the genre.", set(), {("*", "ACCUSE", "*")}),
    # a wrong named on a thing no known actor made or did charges no one
    ("Ghana described the situation in the north as a tyranny of hunger.", set(), {("Ghana", "ACCUSE", "*")}),
    ("Togo described the new tax rules as a theft from the poor.", set(), {("Togo", "ACCUSE", "*")}),
    # "called on X to surrender": a demand, no label
    ("Ghana called on the Harvest Brigades to surrender their weapons.",
     {("Ghana", "REQUEST", "Harvest Brigades")}, {("Ghana", "ACCUSE", "*")}),
    # the label refused: no charge
    ("Chile called the Peruvian decision \"not a surrender\".", set(), {("Chile", "ACCUSE", "*")}),
    ("Chile called the Peruvian decision not a surrender but a compromise.", set(), {("Chile", "ACCUSE", "*")}),
    ("Ghana called Togo \"not a terrorist state\".", set(), {("Ghana", "ACCUSE", "*")}),
    ("Ghana refused to call the Togolese raid a massacre.", set(), {("Ghana", "ACCUSE", "Togo")}),
]

XFAIL: dict[str, str] = {
    "Togo detained three Ghanaian fishermen near the reef. Ghana called the detentions harassment.":
        "parser: a bare label noun after a plural act noun is read as the head of one noun phrase ('the detentions "
        "harassment'), so 'called' has no object and no label",
}


extracted, test_wording = battery(CASES, XFAIL, "rp1", events_by_document, check_events)
