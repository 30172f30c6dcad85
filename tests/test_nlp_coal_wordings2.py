"""member_of, part_of and allied_with told through the wording that names a coalition: a name in apposition to the
plural after "a coalition of" ("heads a coalition of three armed groups, the X, which also includes Y": X is the
coalition the relative clause lists members of; relations._coalition_of), a coalition's own name given by a singular
"calls itself" hung on the plural after its "of" ("a coalition of coastal militias that calls itself X";
relations._self_naming_after_of), an agreement "of alliance" a body signs with a partner
(relations._alliance_agreement), and
bodies listed together that run or campaign "as" a name (preposition_verbs run/campaign "as": members of it).
Several wordings per mechanism with negatives (a list of members in apposition, a plural "call themselves", a
negation, a modal, an agreement of another kind, a person signing for a body, a single body's own list); all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, P, A = "member_of", "part_of", "allied_with"
SB, DDA = "Southern Brotherhood", "Dolm Defence Army"
SC, HM = "Sea Covenant", "Harrow Militia"
RF, KU = "Ravn Front", "Kessel Democratic Union"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a name in apposition to the plural after "a coalition of", then "which (also) includes" its members ---
    (f"General Ato Brask heads a coalition of three armed organisations, the {SB}, which also includes the {DDA}.",
     {(DDA, M, SB)}, set()),
    (f"Brask leads an alliance of rebel groups, the {SB}, which includes the {DDA} and the Kesh Army.",
     {(DDA, M, SB), ("Kesh Army", M, SB)}, set()),
    (f"Last year the rebels formed a coalition of four movements, the {SB}, which includes the {DDA}.",
     {(DDA, M, SB)}, set()),
    # --- negatives: the members in apposition, a name that is no coalition, a negation ---
    (f"Brask leads an alliance of three groups, the {DDA}, the Kesh Army and the Palin Guard, which includes "
     "the Tarn Company.", set(), {("Tarn Company", M, DDA), ("Tarn Company", M, "Kesh Army")}),
    (f"The {SB}, which includes the {DDA}, denied the report.", set(), {(DDA, M, SB)}),
    (f"Brask heads a coalition of three armed organisations, the {SB}, which no longer includes the {DDA}.",
     set(), {(DDA, M, SB)}),
    # --- a coalition named by "calls itself" hung on the plural after its "of" ---
    (f"The {HM} is part of a looser coalition of coastal militias that calls itself the {SC}.",
     {(HM, P, SC)}, set()),
    (f"The {HM} is part of a loose coalition of Velan militias that now calls itself the {SC}.",
     {(HM, P, SC)}, set()),
    # --- negatives: a negation, the plural naming itself, no tie verb ---
    (f"The {HM} is not part of the coalition of coastal militias that calls itself the {SC}.",
     set(), {(HM, P, SC), (HM, M, SC)}),
    (f"The {HM} is part of a group of coastal militias that call themselves the {SC}.",
     set(), {(HM, P, SC), (HM, M, SC)}),
    (f"The {HM} fought a band of coastal militias that calls itself the {SC}.",
     set(), {(HM, P, SC), (HM, M, SC)}),
    # --- an agreement "of alliance" signed with a partner ---
    (f"The {RF} signed an agreement of alliance with the {KU} on 15 March.", {(RF, A, KU)}, set()),
    (f"In March the {RF} signed a treaty of alliance with the {KU}, deposited with the Council.",
     {(RF, A, KU)}, set()),
    # --- negatives: a negation, a modal, an agreement of another kind ---
    (f"The {RF} did not sign an agreement of alliance with the {KU}.", set(), {(RF, A, KU)}),
    (f"The {RF} may sign an agreement of alliance with the {KU} next year.", set(), {(RF, A, KU)}),
    (f"The {RF} signed an agreement of cooperation with the {KU} on 15 March.", set(), {(RF, A, KU)}),
    (f"Its parliamentary group was joined by the {RF}, whose president, Ana Brel, signed an agreement of alliance "
     f"with the {KU} on 15 March.", set(), {("Ana Brel", A, KU)}),
    # --- bodies listed together going to the polls "as" a name: members of that alliance ---
    ("The Osk Greens and the Velan Labour Party campaigned as the Progress Union in 2022.",
     {("Osk Greens", M, "Progress Union"), ("Velan Labour Party", M, "Progress Union")}, set()),
    ("The Osk Greens and the Velan Labour Party ran as the Progress Union in 2022.",
     {("Osk Greens", M, "Progress Union"), ("Velan Labour Party", M, "Progress Union")}, set()),
    # --- negatives: a negation, a modal, a single body (its own list) ---
    ("The Osk Greens and the Velan Labour Party will not run as the Progress Union.",
     set(), {("Osk Greens", M, "Progress Union"), ("Velan Labour Party", M, "Progress Union")}),
    ("The Osk Greens and the Velan Labour Party could run as the Progress Union.",
     set(), {("Osk Greens", M, "Progress Union"), ("Velan Labour Party", M, "Progress Union")}),
    ("The Osk Greens ran as the Progress List in 2022.", set(), {("Osk Greens", M, "Progress List")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "cw2", relations_by_document, check_ties)
