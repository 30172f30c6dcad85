"""Charges (ACCUSE) and refusals (REJECT) the event reader missed, in wordings written for this battery (invented
names, own wording):

- "holds X responsible" read by the parser as a clause ("X" the subject of "responsible"): the object and its
  predicate of the entry "hold responsible|accountable|..." all the same, X the one held so
  (events._small_clause_subject), not a clause of its own ("says X is not responsible");
- a charge brought as a noun by a verb that is no light verb ("levelled accusations against X", "levied charges
  against X"), blame aimed ("pointed the finger at X", "took X to task", "singled out X for criticism"), a verbal
  attack on another's words or measures ("attacked X's handling of the crisis"; a blow on a body or a place stays
  an attack), anger voiced at another's act ("voiced anger over X's decision", plover.yaml word_classes.worry), a
  killing named a crime ("called the strikes genocide", wrong_labels): plover.yaml ACCUSE entries;
- a label on the act the clause before told, set off by a comma: "X expelled Y's envoys, a move Z called illegal"
  (a relative clause on a noun summing the clause up), "X stripped Y of its licence, which Z called vindictive" (a
  "which" on the whole clause): Z's charge against X (events._label_act with _summed_clause and _which_clause); a
  demand so labelled is refused (REJECT); a label by no one known, or on a thing no one did, is none;
- a denial after a semicolon by the one the charge before it names: "X blamed Y; Y denied any role" (the charge a
  sentence of its own, no content of the denial: events._charged_before); not a third party's denial, nor the
  denial of an act ("Y receives arms from Z; Z denies this");
- another's charge or findings contested ("disputed the claim"): a refusal of the charge (plover.yaml REJECT);
- "My Government holds X responsible", "Our government condemns ...", outside quotation marks in a letter or report
  whose title names its author ("Letter dated ... from the Permanent Representative of X", "Report by X"): the
  author's act, as "we" there is (events._source, _report_author).

Negatives: negation, a literal attack, a label by no one known, a praise label, a denied clause. End to end with the
real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- "holds X responsible" read as a clause ---
    ("The Velmar Front holds the Tarsk Party responsible for the ambush on the convoy.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("The Korvath Union said it holds the Velmar Front fully responsible for the death of the two engineers.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    ("In its statement the Tarsk Party holds the Korvath Union accountable for the failed harvest.",
     {("Tarsk Party", "ACCUSE", "Korvath Union")}, set()),
    ("The Velmar Front does not hold the Tarsk Party responsible for the ambush.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    # --- a charge levelled, blame aimed ---
    ("The Velmar Front levelled fresh accusations of vote-rigging against the Tarsk Party.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("The Korvath Union has levied new charges against the Velmar Front.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    ("After the blast the Tarsk Party pointed the finger at the Velmar Front.",
     {("Tarsk Party", "ACCUSE", "Velmar Front")}, set()),
    ("The Korvath Union would not point the finger at the Tarsk Party without proof.",
     set(), {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front took the Korvath Union to task over the missing ballots.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    ("In its annual review the Tarsk Party singled out the Korvath Union for criticism.",
     {("Tarsk Party", "ACCUSE", "Korvath Union")}, set()),
    # --- a verbal attack on words or measures; a blow stays a blow ---
    ("The Velmar Front attacked the Tarsk Party's handling of the flood relief.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    ("The Korvath Union attacked the Tarsk Party's remarks on the border.",
     {("Korvath Union", "ACCUSE", "Tarsk Party")}, set()),
    ("Fighters of the Velmar Front attacked the Tarsk Party's positions at dawn.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    # --- anger voiced at another's act; a killing named a crime ---
    ("The Korvath Union voiced anger over the Velmar Front's decision to close the pass.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    ("The Tarsk Party expressed indignation at the Korvath Union's decision to cut the grain quota.",
     {("Tarsk Party", "ACCUSE", "Korvath Union")}, set()),
    ("The Velmar Front described the Korvath Union's campaign in the valley as genocide.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    # --- a label on the act the clause before told ---
    ("The Tarsk Party expelled two envoys of the Velmar Front, a move the Korvath Union called illegal.",
     {("Korvath Union", "ACCUSE", "Tarsk Party")}, set()),
    ("The Tarsk Party stripped the Velmar Front of its broadcasting licence, which the Korvath Union called "
     "vindictive.", {("Korvath Union", "ACCUSE", "Tarsk Party")}, set()),
    ("The Tarsk Party closed the northern crossing, a step the Korvath Union described as \"an act of aggression\".",
     {("Korvath Union", "ACCUSE", "Tarsk Party")}, set()),
    ("The Tarsk Party demanded talks on the dam, a demand the Korvath Union called absurd.",
     {("Korvath Union", "REJECT", "Tarsk Party")}, {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    ("The Tarsk Party built a bridge over the river, which local farmers called illegal.",
     set(), {("*", "ACCUSE", "Tarsk Party")}),
    ("The Tarsk Party built a bridge over the river, which the Korvath Union called a triumph.",
     set(), {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    # --- "my/our Government" outside quotation marks in a letter or report: its author's ---
    ("Letter dated 4 June 2030 from the Permanent Representative of Velmaria to the United Nations addressed to the "
     "Secretary-General\n\nMy Government holds the Korvath Union fully responsible for the shelling of the border "
     "post at Arn.\n", {("Permanent Representative of Velmaria|Velmaria", "ACCUSE", "Korvath Union")}, set()),
    ("Letter dated 4 June 2030 from the Permanent Representative of Velmaria to the United Nations addressed to the "
     "Secretary-General\n\nMy Government condemns the shelling of the border post at Arn by the Korvath Union.\n",
     {("Permanent Representative of Velmaria|Velmaria", "ACCUSE", "Korvath Union")}, set()),
    ("Report by the Velmar Front\n\nOur government condemns the seizure of two fishing boats by the Korvath Union.\n",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, set()),
    ("Letter dated 4 June 2030 from the Permanent Representative of Velmaria to the United Nations addressed to the "
     "Secretary-General\n\nOn 2 June the envoy of the Korvath Union told the Council: \"My Government holds the Tarsk "
     "Party fully responsible for the blockade.\"\n",
     set(), {("Permanent Representative of Velmaria|Velmaria", "ACCUSE", "Tarsk Party")}),
    # --- a denial after a semicolon answers the charge before it, when the one charged denies ---
    ("The Velmar Front blamed the Tarsk Party for the blast; the Tarsk Party denied any role.",
     {("Velmar Front", "ACCUSE", "Tarsk Party"), ("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Korvath Union accused the Velmar Front of laying new mines; the Velmar Front denied it.",
     {("Korvath Union", "ACCUSE", "Velmar Front"), ("Velmar Front", "REJECT", "Korvath Union")}, set()),
    ("The Velmar Front blamed the Tarsk Party for the blast; the Korvath Union denied any role.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Korvath Union", "REJECT", "*")}),
    ("The Tarsk Party receives arms from the Korvath Union; the Korvath Union denies this.",
     set(), {("Korvath Union", "REJECT", "*")}),
    # --- a charge contested ---
    ("The Velmar Front accused the Tarsk Party of arming the raiders. The Tarsk Party disputed the claim.",
     {("Velmar Front", "ACCUSE", "Tarsk Party"), ("Tarsk Party", "REJECT", "Velmar Front")}, set()),
    ("The Tarsk Party and the Velmar Front have disputed the island since 1990.",
     set(), {("Tarsk Party", "REJECT", "*"), ("Velmar Front", "REJECT", "*")}),
    # --- probes of a review: a list, a passive, a conditional, a wish, the words in another sense ---
    ("Ghana holds Togo and Benin responsible for the blast at the depot.",
     {("Ghana", "ACCUSE", "Togo"), ("Ghana", "ACCUSE", "Benin")}, set()),
    ("If the Velmar Front holds the Tarsk Party responsible, the talks will fail.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front would hold the Tarsk Party responsible for any attack on the pass.",
     set(), {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("Accusations of fraud were levelled against the Tarsk Party by the Velmar Front.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("The Korvath Union levied a new tax on grain imports from the Tarsk Party.",
     set(), {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front pointed the finger of blame at the Tarsk Party, the Korvath Union said.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Korvath Union", "ACCUSE", "*")}),
    ("The Velmar Front took the Korvath Union to Geneva for the talks.",
     set(), {("Velmar Front", "ACCUSE", "Korvath Union")}),
    ("The Velmar Front singled out the Korvath Union for praise.",
     set(), {("Velmar Front", "ACCUSE", "Korvath Union")}),
    ("The Korvath Union's plan was attacked by the Velmar Front.",
     {("Velmar Front", "ACCUSE", "Korvath Union")}, {("Velmar Front", "ASSAULT", "Korvath Union")}),
    ("The Tarsk Party expelled two envoys, a move the Korvath Union and Benin called illegal.",
     {("Korvath Union", "ACCUSE", "Tarsk Party"), ("Benin", "ACCUSE", "Tarsk Party")}, set()),
    ("The Tarsk Party expelled two envoys of the Velmar Front, a move the Korvath Union called necessary.",
     set(), {("Korvath Union", "ACCUSE", "Tarsk Party")}),
    # a blow stays a blow when the word of words or measures is no more than a modifier or a time of the act
    ("The Velmar Front attacked the Tarsk Party's budget office with grenades.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("Gunmen of the Velmar Front attacked the Tarsk Party's law school in the capital.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("The Velmar Front attacked the Tarsk Party's convoy after the speech.",
     {("Velmar Front", "ASSAULT", "Tarsk Party")}, {("Velmar Front", "ACCUSE", "Tarsk Party")}),
    ("Police of the Korvath Union fired tear gas at the marchers of the Velmar Front.",
     {("Korvath Union", "COERCE", "Velmar Front")}, {("Korvath Union", "ASSAULT", "Velmar Front")}),
    ("The Velmar Front attacked the Tarsk Party for its record on water.",
     {("Velmar Front", "ACCUSE", "Tarsk Party")}, {("Velmar Front", "ASSAULT", "Tarsk Party")}),
    # anger at what befell another's own is no charge against it; at what someone dealt them, it is
    ("The Korvath Union voiced anger over the death of the Velmar Front's leader.",
     set(), {("Korvath Union", "ACCUSE", "Velmar Front")}),
    ("The Korvath Union voiced concern over the death of protesters at the hands of the Velmar Front.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    ("The Korvath Union voiced outrage over the killing of protesters by the Velmar Front.",
     {("Korvath Union", "ACCUSE", "Velmar Front")}, set()),
    # no charge made, none answered
    ("The Velmar Front did not blame the Tarsk Party for the blast; the Tarsk Party denied any role.",
     set(), {("Tarsk Party", "REJECT", "*")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ac2", events_by_document, check_events)
