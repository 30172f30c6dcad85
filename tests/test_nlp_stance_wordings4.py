"""Coalition partners told by entering government or building a majority: "A went (back) into government with B"
(a partnership noun of relations.yaml partnership_nouns after "into", its "with" hung on the verb; not "took us
into government with B", where the one placed is the object); "A built / formed its majority with B and C"
(preposition_verbs "build majority", "form majority": a person's majority is that of the one body the text has him
leading, relations.yaml led_body_objects). Several wordings per mechanism with negatives (negation, a wish, a
refusal, a majority won with seats or support, a condition; "with" naming a backer, "with Y's support", or a role,
"with X as premier", "with X at its head": no partner). "X ran / stood / campaigned against Y" (preposition_verbs run,
stand, campaign with "against"): an electoral challenger opposes Y (any side may stand against, where only a body
stands behind: body_backer_verbs ties backing only); not negated, only possible, conditional, told as
over ("until 2018", "used to"), or against Y's reforms. All names
are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

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
    # --- review probes: a list, reported speech, a relative clause, a condition, a tie told as over ---
    ("Karl Venn ran against Oskar Dahl and Lena Ostrow in the primary.", {(KV, O, OD), (KV, O, "Lena Ostrow")},
     set()),
    ("Karl Venn campaigned for Oskar Dahl against Lena Ostrow.", {(KV, O, "Lena Ostrow")}, {(KV, O, OD)}),
    (f"The {CV} and the Farmers League campaigned against the {ZU}.", {(CV, O, ZU), ("Farmers League", O, ZU)},
     set()),
    ("Lena Ostrow said Karl Venn ran against Oskar Dahl.", {(KV, O, OD)}, set()),
    ("If Karl Venn runs against Oskar Dahl, he will lose.", set(), {(KV, O, OD)}),
    (f"The {CV} stood against the {ZU} until 2018, when the two parties merged.", set(), {(CV, O, ZU)}),
    (f"The {CV} used to campaign against the {ZU}.", set(), {(CV, O, ZU)}),
    (f"The {CV}, which went into government with the {ZU} in 2019, lost half its seats.", CV_ZU, set()),
    (f"If the {CV} goes into government with the {ZU}, taxes will rise.", set(), CV_ZU),
    (f"The {CV} came back into government with a new leader, Karl Venn.", set(), {(CV, A, KV)}),
    (f"The {ZU} went into government with Karl Venn as prime minister.", set(), {(ZU, A, KV)}),
    ("Karl Venn ran the party against the advice of Oskar Dahl.", set(), {(KV, O, OD)}),
    (f"Karl Venn stood against the wishes of the {ZU}.", set(), {(KV, O, ZU)}),
    ("Karl Venn ran against the incumbent, Oskar Dahl.", {(KV, O, OD)}, set()),
    (f"The {CV} campaigned against Indian influence.", {(CV, O, "India")}, set()),
    (f"The {CV} ran a candidate against Oskar Dahl in the capital.", {(CV, O, OD)}, set()),
    # --- a "with" that names a backer or a role, no partner ---
    (f"The {ZU} built its majority with Karl Venn's support.", {(KV, "backs", ZU)}, {(ZU, A, KV)}),
    ("Karl Venn formed his majority with the backing of Oskar Dahl.", set(), {(KV, A, OD)}),
    (f"The {ZU} governs with the support of the {CV}.", {(CV, "backs", ZU)}, {(ZU, A, CV)}),
    (f"The {ZU} formed a majority with Oskar Dahl at its head.", set(), {(ZU, A, OD)}),
    (f"The {ZU} governs with the {CV} as its junior partner.", {(ZU, A, CV)}, set()),
    (f"Karl Venn, the leader of the {ZU}, built his majority with the {CV}.", {(ZU, A, CV)}, {(KV, A, CV)}),
    (f"The {ZU} shares power with the {CV} at the local level.", {(ZU, A, CV)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "st4_", relations_by_document, check_ties)
