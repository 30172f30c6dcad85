"""Whole events missed: help halted by a foreign power with no one named it went to, help or a part halted by verbs
the lexicon lacked, acts before a semicolon dropped by the clause after it, and a measure's owner named before it.

Help halted (plover.yaml home_halt_verbs, with a noun of home_halt_nouns as the object, a word before it or in its
"of" phrase) by a foreign state or international body (home_offer_givers) that names no one it went to, in a story
about one state (``PhraseResolver.home_state``), was help to that state: "the United States suspended military aid",
"the fund froze its lending programme", "X froze part of that money over concerns about ..." sanction the home state
(events._halted_aid_to_home). Negatives: a halt denied, a hypothetical one, a halt naming whom the help went to, the
home state's own halt, a story with no state of its own.

Verbs of halting the lexicon lacked (plover.yaml SANCTION): "halted its lending to X", "suspended the delivery of
helicopters to X", "suspended its participation in X's meetings"; and COERCE "held without trial". Negatives: a
denial, a threat ("would suspend ... until"), "held a trial", a participation in talks with no party named.

A clause closed by a semicolon, read by the parser as the complement of the verb after it, is a sentence of its own:
a negated verb of saying after it ("X accepted Y's offer; Z has not replied") or a denial of charges ("X sanctioned
Y; he denied the charges", events._charges_answered_after_semicolon) does not take it back; a possessive subject
there is not the later speaker's ("Our partner asked for ...; X has not replied"). Negatives: the act itself denied
("X armed Y; X denies this"), a clause that is what was not said.

A passive that puts someone under a measure named with its owner before the noun (plover.yaml measure_preps): "was
placed under European Union sanctions" is the Union's sanction (events._measure_owner). Negative: the passive denied.

A label noun the parser fused with the act noun it labels ("called Y's sanctions interference": the label the object,
the act its modifier, Y the label's owner) accuses the owner (events._fused_label). Negatives: a label of no wrong,
a label denied, praise.
Invented names; end to end with the real English pipeline. A target of None means an event with no target."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_by_document

pytestmark = pytest.mark.model

# a story clearly set in one state (its dateline and its parliament)
_HOME = ("OSTRAVIA: AID CUT AFTER ARREST\nVELGRAD, Ostravia, May 3 - Ostravia's parliament met on Monday. Marek "
         "Dolan, who leads the opposition Dorun Front, was arrested in Velgrad, the capital of Ostravia, in March. ")
_O = "Ostravia"

CASES = [
    # --- help halted by a foreign power with no one named: the home state sanctioned ---
    (_HOME + "The United States suspended military aid after the arrest.", {("United States", "SANCTION", _O)}, set()),
    (_HOME + "The International Monetary Fund froze its lending programme, and Dolan accused the cabinet of lying.",
     {("International Monetary Fund", "SANCTION", _O)}, set()),
    (_HOME + "Canada froze part of that money last year over concerns about the independence of the courts.",
     {("Canada", "SANCTION", _O)}, set()),
    (_HOME + "The European Union suspended part of its budget support in September, citing the detentions.",
     {("European Union", "SANCTION", _O)}, set()),
    # negatives: denied, hypothetical, a named recipient, the home state's own halt, no home state
    (_HOME + "The European Union has not suspended any of the funds.", set(), {("European Union", "SANCTION", "*")}),
    (_HOME + "Canada would freeze aid if the vote were delayed.", set(), {("Canada", "SANCTION", "*")}),
    (_HOME + "Canada suspended its aid to the Dorun Front.",
     {("Canada", "SANCTION", "Dorun Front")}, {("Canada", "SANCTION", _O)}),
    (_HOME + "Ostravia's government froze its lending programme after the flood.", set(),
     {("*", "SANCTION", _O)}),
    ("The United States suspended military aid after the arrest.", set(), {("United States", "SANCTION", "*")}),
    # --- verbs of halting the lexicon lacked ---
    ("The International Monetary Fund halted its lending to Kenya.",
     {("International Monetary Fund", "SANCTION", "Kenya")}, set()),
    ("Washington suspended the delivery of helicopters to Kenya.", {("United States", "SANCTION", "Kenya")}, set()),
    ("The Velmar Front suspended its participation in the Tarsk Party's meetings.",
     {("Velmar Front", "SANCTION", "Tarsk Party")}, set()),
    ("Arvo Tessin has been held without trial by the Velmar Front for four months.",
     {("Velmar Front", "COERCE", "Arvo Tessin")}, set()),
    # negatives: a denial, a threat, a trial held, a participation in talks with no party named
    ("The United States did not suspend military aid to Kenya.", set(), {("United States", "SANCTION", "Kenya")}),
    ("The Velmar Front would suspend its participation in the Tarsk Party's meetings until Tessin is freed.",
     {("Velmar Front", "THREATEN", "Tarsk Party")}, {("Velmar Front", "SANCTION", "Tarsk Party")}),
    ("The Velmar Front held a trial in May.", set(), {("Velmar Front", "COERCE", "*")}),
    ("The Velmar Front suspended its participation in the talks.", set(), {("Velmar Front", "SANCTION", "*")}),
    # --- a clause before a semicolon: a sentence of its own ---
    ("The Velmar Front accepted the Tarsk Party's offer; the union has not replied.",
     {("Velmar Front", "AGREE", "Tarsk Party")}, set()),
    ("Canada expelled Kenya's ambassador; Kenya did not respond.", {("Canada", "SANCTION", "Kenya")}, set()),
    ("Canada sanctioned the Velmar Front; the Front has not commented.", {("Canada", "SANCTION", "Velmar Front")},
     set()),
    ("In January the United States sanctioned Arvo Tessin; he denied the charges.",
     {("United States", "SANCTION", "Arvo Tessin")}, set()),
    ("Canada arrested Arvo Tessin; he denies the charges.", {("Canada", "COERCE", "Arvo Tessin")}, set()),
    # negatives: the act itself denied, what was not said, a possessive subject not the later speaker's
    ("Kenya armed the Velmar Front; Kenya denies this.", set(), {("Kenya", "AID", "Velmar Front")}),
    ("Canada did not say that Kenya had expelled its ambassador.", set(), {("Kenya", "SANCTION", "*")}),
    ("Our local partner asked for an exemption; the Velmar Authority has not replied.", set(),
     {("Velmar Authority", "REQUEST", "*")}),
    # --- a measure's owner named before the noun ---
    ("Arvo Tessin was placed under European Union sanctions in 2022.",
     {("European Union", "SANCTION", "Arvo Tessin")}, set()),
    ("Arvo Tessin and his brother were placed under US Treasury sanctions in 2024 over alleged smuggling.",
     {("United States", "SANCTION", "Arvo Tessin")}, set()),
    ("Arvo Tessin was never placed under European Union sanctions.", set(),
     {("European Union", "SANCTION", "Arvo Tessin")}),
    # --- a label fused with the act noun it labels ---
    ("Kenya called Canada's sanctions \"interference\".", {("Kenya", "ACCUSE", "Canada")}, set()),
    ("The Velmar Front called the Tarsk Party's strikes murder.", {("Velmar Front", "ACCUSE", "Tarsk Party")}, set()),
    ("Kenya called Canada's raids meddling.", {("Kenya", "ACCUSE", "Canada")}, set()),
    # negatives: a label of no wrong, a label denied, praise
    ("Kenya called Canada's sanction regime important.", set(), {("Kenya", "ACCUSE", "Canada")}),
    ("Kenya did not call Canada's sanctions interference.", set(), {("Kenya", "ACCUSE", "Canada")}),
    ("Kenya called Canada's peace talks a success.", set(), {("Kenya", "ACCUSE", "Canada")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em5", events_by_document, assert_events)
