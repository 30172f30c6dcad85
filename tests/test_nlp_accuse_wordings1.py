"""Charges (ACCUSE) the event reader missed, in wordings written for this battery (invented names, own wording):

- a scare-quoted label whose article stands outside the quotation marks ('called X a "coward"', 'branded Y an
  "agent of chaos"') is the speaker's verdict on X, as 'called X "a coward"' is (events._quoted_label); praise in
  the same frame ('called X a "friend"', plover.yaml commendations) is no charge, nor is a label denied, nor one
  whose head only describes a role, standing or tie ('called X a "candidate"', 'a "strategic ally"': plover.yaml
  description_labels; events._descriptive_label) unless a branding verb gives it (plover.yaml branding_verbs);
- a sentence of its own closed by a semicolon before such a label is told, not labelled: "X resigned and has since
  ...; her father has called Y a 'thief'" keeps X's acts (events._labels_actor_after_semicolon);
- a speech act conjoined after a denied clause, in the denial's own tense, is the speaker's own act, not part of
  what is denied: "denies that the cartel exists and accuses X of ..." (events._lifted_conj, plover.yaml denials),
  while "denies that X accuses Y" and "denied having accused Y" stay denied, and a report so conjoined ("denies that
  its forces shelled the town and says ...") stays inside the denial;
- a complaint or an indictment speaks for its author, as a statement does: "a complaint by X accusing Y of ...", "the
  complaint, filed by X, accused Y of ..." (plover.yaml statement_nouns); a complaint that praises, or whose charge
  is denied or only possible, accuses no one;
- a predicate after an adverb that the parser reads as a clause of its own still completes a phrase entry: "held X
  fully responsible for ...", "held X directly accountable" (plover.yaml ACCUSE: hold responsible|accountable; the
  verb's arguments in events._arg_words); a hypothetical or negated holding is none, nor is a predicate denied
  ("held X not responsible").

Same conventions as the second events battery (tests/test_nlp_events_blind_wordings2.py): "A|B" either name, "*"
any end. Real states and invented parties, militias and people; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# (text, events that must be present, events that must be absent)
CASES = [
    # --- a scare-quoted label, its article outside the quotation marks ---
    ("Former president Dorin Vasko has called Ilmar Tessa a \"drug addict\" at rallies in Ghana.",
     {("Dorin Vasko", "ACCUSE", "Ilmar Tessa")}, set()),
    ("Senator Mirela Dostan called Ilmar Tessa a \"coward\" on Tuesday.",
     {("Mirela Dostan", "ACCUSE", "Ilmar Tessa")}, set()),
    ("The Harvest Brigades branded Ghana an \"occupying power\" in a statement on Friday.",
     {("Harvest Brigades", "ACCUSE", "Ghana")}, set()),
    ("Speaking in Accra, Kofi Berandu labelled the Iron Front a \"gang of crooks\".",
     {("Kofi Berandu", "ACCUSE", "Iron Front")}, set()),
    ("Dorin Vasko, the leader of the Green League, dubbed Mirela Dostan the \"queen of broken promises\".",
     {("Dorin Vasko", "ACCUSE", "Mirela Dostan")}, set()),
    # a sentence of its own before a semicolon is told, not labelled: its acts stand beside the label
    ("Mira Tessa resigned as education minister in June and has since attacked the president almost weekly; her "
     "father, former president Dorin Tessa, has called Ilmar Vasko a \"drug addict\" at rallies in Accra.",
     {("Dorin Tessa", "ACCUSE", "Ilmar Vasko"), ("Mira Tessa", "RETREAT", "*")}, set()),
    ("Kofi Berandu quit the Iron Front in March; Dorin Vasko, its leader, has called Kofi Berandu a \"traitor\".",
     {("Dorin Vasko", "ACCUSE", "Kofi Berandu"), ("Kofi Berandu", "RETREAT", "*")}, set()),
    # ... but what a label on a thing answers is still no act told ("Togo called the report a lie")
    ("Ghana received arms from Togo; Togo called the report a lie.", set(), {("Togo", "AID", "Ghana"),
                                                                             ("Ghana", "AID", "*")}),
    # praise in the same frame, or the label denied: no charge
    ("Former president Dorin Vasko has called Ilmar Tessa a \"friend\" at rallies in Ghana.",
     set(), {("Dorin Vasko", "ACCUSE", "*")}),
    ("Senator Mirela Dostan called Ilmar Tessa a \"serious partner\" on Tuesday.",
     set(), {("Mirela Dostan", "ACCUSE", "*")}),
    ("Senator Mirela Dostan called Ilmar Tessa a \"brave\" man on Tuesday.",
     set(), {("Mirela Dostan", "ACCUSE", "*")}),
    ("Senator Mirela Dostan never called Ilmar Tessa a \"coward\", her office said.",
     set(), {("Mirela Dostan", "ACCUSE", "Ilmar Tessa")}),
    # a label that only describes a role, standing or tie (plover.yaml description_labels, its head word) or
    # praises: no charge, the article inside or outside the quotation marks
    ("The Green League called Ilmar Tessa a \"candidate\" for the post.", set(), {("Green League", "ACCUSE", "*")}),
    ("The Green League called Ilmar Tessa \"a candidate\" for the post.", set(), {("Green League", "ACCUSE", "*")}),
    ("Dorin Vasko called Ghana a \"strategic ally\" after the summit.", set(), {("Dorin Vasko", "ACCUSE", "*")}),
    ("Dorin Vasko called Ilmar Tessa a \"member\" of the family.", set(), {("Dorin Vasko", "ACCUSE", "*")}),
    ("Dorin Vasko calls Ilmar Tessa a \"frontrunner\" in the race.", set(), {("Dorin Vasko", "ACCUSE", "*")}),
    ("Dorin Vasko called Ilmar Tessa a \"respected leader\".", set(), {("Dorin Vasko", "ACCUSE", "*")}),
    ("Dorin Vasko called Ilmar Tessa a \"statesman\".", set(), {("Dorin Vasko", "ACCUSE", "*")}),
    # ... but a verdict stays one: another head, a pejorative in the label, or a branding verb
    ("Dorin Vasko called Ilmar Tessa a \"dictator\".", {("Dorin Vasko", "ACCUSE", "Ilmar Tessa")}, set()),
    ("Dorin Vasko called Ilmar Tessa a \"member of a criminal cartel\".",
     {("Dorin Vasko", "ACCUSE", "Ilmar Tessa")}, set()),
    ("The Harvest Brigades branded Ilmar Tessa a \"candidate of foreign banks\".",
     {("Harvest Brigades", "ACCUSE", "Ilmar Tessa")}, set()),
    # --- a speech act after a denied clause, in the denial's tense ---
    ("President Dorin Vasko of Togo denies that the cartel exists and accuses Ghana of preparing a war.",
     {("Dorin Vasko", "ACCUSE", "Ghana")}, set()),
    ("The Harvest Brigades deny that the camps exist and accuse Togo of inventing them.",
     {("Harvest Brigades", "ACCUSE", "Togo")}, set()),
    ("Kofi Berandu denies that the letter is genuine and blames the Iron Front for the forgery.",
     {("Kofi Berandu", "ACCUSE", "Iron Front")}, set()),
    # the charge itself denied, or reported inside the denied clause: none told as made
    ("Kofi Berandu denies that the Iron Front accuses Ghana of fraud.",
     set(), {("Kofi Berandu", "ACCUSE", "*")}),
    ("Kofi Berandu denied having accused the Iron Front of fraud.",
     set(), {("Kofi Berandu", "ACCUSE", "Iron Front")}),
    ("Kofi Berandu denies that the Iron Front exists and says nothing about Ghana.",
     set(), {("Kofi Berandu", "ACCUSE", "*")}),
    # a report conjoined after the denied clause stays inside the denial: what it tells is not asserted
    ("Ghana's defence ministry denies that its forces shelled the town and says the town was hit by rockets fired "
     "by the Harvest Brigades.", set(), {("Harvest Brigades", "ASSAULT", "*")}),
    # --- a predicate after an adverb: "held X fully responsible" ---
    ("The Harvest Brigades held Ghana fully responsible for the attack on the convoy.",
     {("Harvest Brigades", "ACCUSE", "Ghana")}, set()),
    ("Kofi Berandu held the Iron Front directly accountable for the killings.",
     {("Kofi Berandu", "ACCUSE", "Iron Front")}, set()),
    ("Togo holds Ghana entirely responsible for the collapse of the talks, its foreign minister said.",
     {("Togo", "ACCUSE", "Ghana")}, set()),
    # a holding denied or only hypothetical: no charge
    ("The Harvest Brigades do not hold Ghana fully responsible for the attack.",
     set(), {("Harvest Brigades", "ACCUSE", "Ghana")}),
    ("The Harvest Brigades would hold Ghana fully responsible if the convoy were attacked.",
     set(), {("Harvest Brigades", "ACCUSE", "Ghana")}),
    # the predicate itself denied: no charge ("held X not responsible")
    ("Ghana held the Harvest Brigades not responsible for the attack.",
     set(), {("Ghana", "ACCUSE", "Harvest Brigades")}),
    ("Ghana held the Harvest Brigades not fully responsible for the attack on the convoy.",
     set(), {("Ghana", "ACCUSE", "Harvest Brigades")}),
    ("The Harvest Brigades held Ghana morally responsible for the attack on the convoy.",
     {("Harvest Brigades", "ACCUSE", "Ghana")}, set()),
    # a near miss: an envoy kept informed, no charge
    ("The Harvest Brigades held Ghana's envoy fully informed of the talks.",
     set(), {("Harvest Brigades", "ACCUSE", "*")}),
    # --- a complaint or an indictment speaks for its author ---
    ("A complaint by the Green League accused the Iron Front of executing herders.",
     {("Green League", "ACCUSE", "Iron Front")}, set()),
    ("Kofi Berandu tabled a complaint by the Green League accusing the Iron Front of executing herders.",
     {("Green League", "ACCUSE", "Iron Front")}, set()),
    ("An indictment by the Green League accused the Iron Front of executing herders.",
     {("Green League", "ACCUSE", "Iron Front")}, set()),
    ("The complaint, filed by the Green League, accused Dorin Vasko of misusing public funds.",
     {("Green League", "ACCUSE", "Dorin Vasko")}, set()),
    # a complaint that accuses no one, or whose charge is denied or only possible: none
    ("A complaint by the Green League praised the Iron Front for reopening the schools.",
     set(), {("Green League", "ACCUSE", "*")}),
    ("A complaint by the Green League did not accuse the Iron Front of executing herders.",
     set(), {("Green League", "ACCUSE", "Iron Front")}),
    ("A complaint by the Green League could accuse the Iron Front of executing herders if it is filed.",
     set(), {("Green League", "ACCUSE", "Iron Front")}),
]

XFAIL: dict[str, str] = {
    "The Harvest Brigades deny that the camps exist and accuse Togo of inventing them.":
        "tagger: the plural conjunct is tagged a bare verb (VB), not the denial's present (VBP), so the tenses do not "
        "agree and the charge stays inside the denied clause",
}


extracted, test_wording = battery(CASES, XFAIL, "ac1", events_by_document, check_events)
