"""A judgement of a bare definite noun of an act ("condemned the decision", "rejected the offer", "welcomed the
move", "opposed the petition": plover.yaml authored_act_nouns) that no act or measure told before answers is aimed
at the author of the act just told: the one actor subject of the main clauses of the sentence before (or of the
judgement's own sentence before it, or of an "after X did ..." clause hung on it) whose verb is an act or one of
authoring, enacting or ruling ("announced a ban"). Negatives: the act negated, a wish or a modal, a threat, a clause
inside what someone said, a question, a meeting both sides made, two authors that fit, a noun with a phrase of its
own, the judge's own act, a judgement negated, and a noun told with no act before. Invented names (real states);
end to end with the real English pipeline. A target of None in a wanted or unwanted event means an event with no
target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

CASES = [
    # --- the author of the act just told, the subject of the sentence before ---
    ("Minister Karel Vosk of Germany announced their approval in August and said the plan would end the talks. "
     "The European Union and Britain condemned the decision.",
     {("European Union", "ACCUSE", "Karel Vosk"), ("United Kingdom|Britain", "ACCUSE", "Karel Vosk")},
     {("European Union", "ACCUSE", None)}),
    ("Ivan Morek, for his part, offered in October to lay down arms in exchange for an amnesty. Chile rejected the "
     "offer.", {("Chile", "REJECT", "Ivan Morek")}, {("Chile", "REJECT", None)}),
    ("The Alliance for Renewal asks the court to annul the results in nine districts. The Green League, which "
     "governs with the People's Party, has opposed the petition.",
     {("Green League", "REJECT", "Alliance for Renewal")}, {("Green League", "REJECT", None)}),
    ("Germany proposed talks with Poland. Spain welcomed the proposal.",
     {("Spain", "SUPPORT", "Germany")}, {("Spain", "SUPPORT", None)}),
    # --- negatives: a wish, a modal, a question, inside what someone said: no author ---
    ("Germany wants to impose new tariffs on Poland. The European Union condemned the decision.",
     set(), {("European Union", "ACCUSE", "Germany")}),
    ("Germany would impose new tariffs on Poland. The European Union condemned the decision.",
     set(), {("European Union", "ACCUSE", "Germany")}),
    ("Will Germany impose new tariffs on Poland? Spain condemned the decision.",
     set(), {("Spain", "ACCUSE", "Germany")}),
    ("Germany said Poland had closed the border. The European Union condemned the decision.",
     set(), {("European Union", "ACCUSE", "Poland|Germany")}),
    # --- negatives: a meeting both sides made, two authors, the judge's own act, a noun of another's phrase ---
    ("Germany met Poland in Geneva. Spain welcomed the move.",
     set(), {("Spain", "SUPPORT", "Germany|Poland")}),
    ("Ivan Morek offered to lay down arms, and Lena Varga offered a truce. Chile rejected the offer.",
     set(), {("Chile", "REJECT", "Ivan Morek|Lena Varga")}),
    ("Chile closed its embassy in Lima on Monday. Chile later defended the decision.",
     set(), {("Chile", "SUPPORT", "Chile")}),
    ("Germany imposed new tariffs on Poland. Spain condemned the decision of the court.",
     set(), {("Spain", "ACCUSE", "Germany")}),
    # --- a relative clause on the author, a request told as the petition ---
    ("Germany, which Poland had asked for talks, proposed a truce. Spain welcomed the proposal.",
     {("Spain", "SUPPORT", "Germany")}, {("Spain", "SUPPORT", "Poland")}),
    ("Ivan Morek asked for asylum in Chile. Chile rejected the petition.",
     {("Chile", "REJECT", "Ivan Morek")}, {("Chile", "REJECT", None)}),
    # --- negatives: coordinated authors (the act is theirs together), the act negated, a threat ---
    ("Germany, France and Italy proposed talks with Poland. Spain welcomed the proposal.",
     set(), {("Spain", "SUPPORT", "Germany|France|Italy")}),
    ("Ivan Morek and Lena Varga offered a truce. Chile rejected the offer.",
     set(), {("Chile", "REJECT", "Ivan Morek|Lena Varga")}),
    ("Germany did not propose talks with Poland. Spain welcomed the proposal.",
     set(), {("Spain", "SUPPORT", "Germany")}),
    ("Ivan Morek threatened to close the border. Chile condemned the move.",
     set(), {("Chile", "ACCUSE", "Ivan Morek")}),
    # --- negatives: the noun's word in another sense, a judgement asked about ---
    ("Germany measured the river. Spain rejected the measure.", set(), {("Spain", "REJECT", "Germany")}),
    ("Ivan Morek bid farewell to Chile. Peru welcomed the bid.", set(), {("Peru", "SUPPORT", "Ivan Morek")}),
    ("Ivan Morek offered a truce. Chile asked whether Peru rejected the offer.",
     set(), {("Peru", "REJECT", "Ivan Morek")}),
    # --- the noun's own verb one sentence further back: its author, unless another act in between could be it ---
    ("Ivan Morek offered a truce. Peru met Chile in Lima. Chile rejected the offer.",
     {("Chile", "REJECT", "Ivan Morek")}, {("Chile", "REJECT", "Peru")}),
    ("Ivan Morek offered a truce. Then Lena Varga proposed talks. Chile rejected the offer.",
     set(), {("Chile", "REJECT", "Lena Varga")}),
    ("Germany proposed a toast at the dinner. Spain welcomed the proposal.",
     set(), {("Spain", "SUPPORT", "Germany")}),
    # --- negatives: the judgement negated, no act told before ---
    ("Ivan Morek offered to lay down arms. Chile did not reject the offer.",
     set(), {("Chile", "REJECT", "Ivan Morek")}),
    ("Chile rejected the offer on Monday.", set(), {("Chile", "REJECT", "Chile")}),
]

XFAIL: dict[str, str] = {
    "Germany proposed a toast at the dinner. Spain welcomed the proposal.":
        "a verb of authoring with an object that is no act or measure (a toast) still counts as the act just told",
}


extracted, test_wording = battery(CASES, XFAIL, "ea", events_by_document, assert_events)
