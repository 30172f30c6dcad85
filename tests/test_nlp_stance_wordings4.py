"""Coalition partners told by entering government or building a majority: "A went (back) into government with B"
(a partnership noun of relations.yaml partnership_nouns after "into", its "with" hung on the verb; not "took us
into government with B", where the one placed is the object); "A built / formed its majority with B and C"
(preposition_verbs "build majority", "form majority": a person's majority is that of the one body the text has him
leading, relations.yaml led_body_objects). Several wordings per mechanism with negatives (negation, a wish, a
refusal, a majority won with seats or support). "X ran / stood / campaigned against Y" (preposition_verbs run,
stand, campaign with "against"): an electoral challenger opposes Y (any side may stand against, where only a body
stands behind: body_backer_verbs ties backing only); not negated, only possible, or against Y's reforms. All names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from test_nlp_relations_blind_wordings import check_ties, relations_by_document
from wording_battery import battery_params

pytestmark = pytest.mark.model

A, O = "allied_with", "opposes"
KV, OD = "Karl Venn", "Oskar Dahl"
CV, ZU, MN = "Civic Voice", "Zelvan Union", "Marran National Party"
CV_ZU = {(CV, A, ZU)}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- "A went (back) into government with B" ---
    (f"The {CV} went into government with the {ZU} in 2021.", CV_ZU, set()),
    (f"By the spring the {CV} had gone back into government with the {ZU}.", CV_ZU, set()),
    (f"Two years later the {CV} came into government with the {ZU}.", CV_ZU, set()),
    (f"The {CV} entered into government with the {ZU} after the vote.", CV_ZU, set()),
    (f"The {CV} did not go into government with the {ZU}.", set(), CV_ZU),
    (f"The {CV} might go into government with the {ZU} next year.", set(), CV_ZU),
    (f"The {CV} refused to go into government with the {ZU}.", set(), CV_ZU),
    (f"The {CV} went into government with a promise to cut taxes, said the {ZU}.", set(), CV_ZU),
    # --- "A built its majority with B and C" ---
    (f"The {ZU} built its majority with the {CV} and the {MN}.", {(ZU, A, CV), (ZU, A, MN)}, set()),
    (f"After the election the {ZU} formed a majority with the {CV}.", {(ZU, A, CV)}, set()),
    (f"The {ZU} assembled a majority with the {CV} in 2020.", {(ZU, A, CV)}, set()),
    (f"Tomas Brell has led the {ZU} since 2010. After the vote Brell built his majority with the {CV} and the "
     f"{MN}.", {(ZU, A, CV), (ZU, A, MN)}, {("Tomas Brell", A, CV)}),
    (f"Ilse Marrow, who chairs the {ZU}, formed her majority with the {CV}.", {(ZU, A, CV)},
     {("Ilse Marrow", A, CV)}),
    (f"The {ZU} could not build a majority with the {CV}.", set(), {(ZU, A, CV)}),
    (f"The {ZU} hopes to build a majority with the {CV}.", set(), {(ZU, A, CV)}),
    (f"The {ZU} won a majority with 52 seats, the {CV} said.", set(), {(ZU, A, CV)}),
    # --- "X ran / stood / campaigned against Y": an electoral challenger opposes the one he runs against ---
    ("Karl Venn ran against President Oskar Dahl in the April election.", {(KV, O, OD)}, set()),
    ("Karl Venn is running against Oskar Dahl for the presidency.", {(KV, O, OD)}, set()),
    (f"The {CV} stood against the {ZU} in every district.", {(CV, O, ZU)}, set()),
    ("Karl Venn campaigned against Oskar Dahl across the north.", {(KV, O, OD)}, set()),
    ("Karl Venn ran a campaign against Oskar Dahl last year.", {(KV, O, OD)}, set()),
    ("Karl Venn did not run against Oskar Dahl.", set(), {(KV, O, OD)}),
    ("Karl Venn might run against Oskar Dahl next year.", set(), {(KV, O, OD)}),
    ("Karl Venn ran against Oskar Dahl's reforms.", set(), {(KV, O, OD)}),
    ("Karl Venn stood against the coup, said Oskar Dahl.", set(), {(KV, O, OD)}),
    ("Oskar Dahl signed a security deal with Karl Venn. The Free Party campaigned against it.", set(),
     {("Free Party", O, KV), ("Free Party", O, OD)}),
    ("Oskar Dahl has led the country since 2010. Karl Venn, his former minister, ran against him this year.",
     {(KV, O, OD)}, set()),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def extracted():
    return relations_by_document([text for text, _, _ in CASES], "st4_")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "st4_"))
def test_wording(extracted, i):
    text, present, absent = CASES[i]
    got = extracted.get(f"st4_{i:03d}", set())
    check_ties(text, present, absent, got)
