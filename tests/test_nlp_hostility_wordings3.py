"""Lasting hostility and alliance named on a body whose name the parser splits, written before the rule they test:
a possessive inside the name ("the opposition Herders' Union", "the rival Weavers' League": no owner of the
opposition or rival word, relations._owned_outside), an opposition party said to win power (word_lists.
power_winning_verbs, power_winning_objects: no opposition tie), and a pair of bodies whose second name carries a
possessor ("the Varnok Union and Anna Vell's Tessel Front, long-time rivals": the parser takes "A and Anna Vell" for
the possessor, relations._paired_possessors), and a government noun before a hyphen modifier ("the
government-allied X", "a government-backed militia": the article's state, relations._bare_ruling_noun).

Negatives give no tie: a win of power, a past rivalry ("were once rivals": word_lists former_copula_adverbs), a denied one, rivals of a third body, a single clash, a pair of
persons owning one body. Strict xfails name mechanisms still missed. All names are invented; end to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, A = "opposes", "allied_with"
VU, TF, QB = "Varnok Union", "Tessel Front", "Quellin Brotherhood"
HU, RP = "Herders' Union", "Sorrel Party"
_HOME = "MONTEVIDEO (Wire) - The army of Uruguay has fought rebels in the north since 2019. "
_RULER = " President Oskel Drau of Uruguay leads the ruling Sorrel Party."

CASES = [
    # --- a possessive inside the name of an opposition or rival body ---
    ("The opposition Herders' Union, chaired by Ilse Varn, took 28 seats." + _RULER, {(HU, O, RP)}, set()),
    ("In the assembly the opposition Weavers' Alliance, led by Ilse Varn, voted against the budget." + _RULER,
     {("Weavers' Alliance", O, RP)}, set()),
    ("The opposition People's Dawn, headed by Ilse Varn, won 31 of the 140 seats." + _RULER,
     {("People's Dawn", O, RP)}, set()),
    # --- an opposition party said to win power opposes no one for it ---
    ("The opposition Herders' Union, chaired by Ilse Varn, won the largest share of seats, ending ten years of rule "
     "by the Sorrel Party." + _RULER, set(), {(HU, O, RP), (HU, O, "Uruguay")}),
    ("The opposition Tessel Front, led by Ilse Varn, won the election by a wide margin." + _RULER,
     set(), {(TF, O, RP), (TF, O, "Uruguay")}),
    ("The opposition Tessel Front, led by Ilse Varn, swept the vote in the capital." + _RULER,
     set(), {(TF, O, RP), (TF, O, "Uruguay")}),
    # --- a pair whose second name carries a possessor ---
    ("The Varnok Union and Anna Vell's Tessel Front, long-time rivals, have still not agreed on a cabinet.",
     {(VU, O, TF)}, set()),
    ("The Varnok Union and Anna Vell's Tessel Front remain bitter rivals.", {(VU, O, TF)}, set()),
    ("The Varnok Union and Anna Vell's Tessel Front have been close allies since 2017.", {(VU, A, TF)}, set()),
    ("The Varnok Union and Anna Vell's Tessel Front, allies for a decade, share a list in the north.",
     {(VU, A, TF)}, set()),
    # --- a government noun before the hyphen: the article's state ---
    (_HOME + "The Quellin Brotherhood, a government-allied militia, burned a depot.", {(QB, A, "Uruguay")}, set()),
    (_HOME + "The government-allied Quellin Brotherhood burned a depot.", {(QB, A, "Uruguay")}, set()),
    (_HOME + "The Quellin Brotherhood, a government-backed militia, burned a depot.", {("Uruguay", "backs", QB)},
     set()),
    (_HOME + "The Quellin Brotherhood, a regime-linked gang, burned a depot.", {(QB, A, "Uruguay")}, set()),
    # --- negatives ---
    (_HOME + "The Quellin Brotherhood, a Chilean government-backed militia, burned a depot.", set(),
     {("Uruguay", "backs", QB)}),
    ("The Quellin Brotherhood, a government-backed militia, burned a depot.", set(), {("Uruguay", "backs", QB)}),
    ("The Varnok Union and Anna Vell's Tessel Front, former rivals, now share a list in the north.",
     set(), {(VU, O, TF)}),
    ("The Varnok Union and Anna Vell's Tessel Front are not rivals, their leaders insist.", set(), {(VU, O, TF)}),
    ("The Varnok Union and Anna Vell's Tessel Front remain rivals of the Quellin Brotherhood.",
     {(VU, O, QB), (TF, O, QB)}, {(VU, O, TF)}),
    ("The Varnok Union and Anna Vell's Tessel Front clashed near the river on Monday.", set(), {(VU, O, TF)}),
    ("The Varnok Union and the Tessel Front were once rivals.", set(), {(VU, O, TF)}),
    ("The Varnok Union and Anna Vell's Tessel Front were formerly allies.", set(), {(VU, A, TF)}),
    ("Ilse Varn and Tobin Dossel's Tessel Front, once rivals, met in the capital.", set(),
     {("Ilse Varn", O, TF), ("Tobin Dossel", O, TF)}),
    ("Two hardliners of the Tessel Front, bitter rivals within the party, traded insults at the congress.",
     set(), {(TF, O, TF)}),
    # --- mechanisms not yet read ---
    # --- found in review: an opposition win of no power keeps the tie; "government-backed" beside another state or
    # as past is no backing by the article's state ---
    ("The opposition Tessel Front won most seats in the capital's council on Sunday, a blow to the ruling Sorrel "
     "Party.", {(TF, O, RP)}, set()),
    ("The opposition Tessel Front won a vote in parliament to block the budget of the ruling Sorrel Party.",
     {(TF, O, RP)}, set()),
    ("The opposition Tessel Front won the 2015 election but lost power in 2019 and now challenges the ruling Sorrel "
     "Party.", {(TF, O, RP)}, set()),
    (_HOME + "In neighbouring Ostravia, the Quellin Brotherhood, a government-backed militia, burned a depot.",
     set(), {("Uruguay", "backs", QB)}),
    (_HOME + "The Quellin Brotherhood, once a government-backed militia, now fights the army.",
     set(), {("Uruguay", "backs", QB)}),
    ("The Tessel Front and the Varnok Union were once allies but are now rivals again.", set(), set()),
    ("Four ministers - two from the Varnok Union and two from its ally, the Tessel Front - walked out.",
     {(VU, A, TF)}, set()),
    ("Deputies from the Varnok Union, long hostile to the Tessel Front, walked out of the chamber.",
     {(VU, O, TF)}, set()),
    ("Ilse Varn, chairwoman of the Varnok Union and President Oskel Drau's junior partner, spoke on Monday.",
     {("Ilse Varn", A, "Oskel Drau")}, set()),
]

XFAIL: dict[str, str] = {
    CASES[-3][0]: "a pronoun owner ('its ally') inside a dashed aside of two 'from' phrases is not resolved: the "
                  "parser hangs the aside off the list",
    CASES[-2][0]: "a stance adjective on a group of a body's members ('deputies from X, long hostile to Y') is not "
                  "said of the body",
    CASES[-1][0]: "a stance noun with its own possessor conjoined after 'chairwoman of X' is parsed as a second "
                  "object of 'of'",
}


extracted, test_wording = battery(CASES, XFAIL, "hy", relations_by_document, check_ties)
