"""Lasting hostility told in wordings written before the rules they test:

* a fight told on a body noun that describes a named body, in apposition or as the predicate ("X, a militia fighting
  Y", "X is a rebel group that has fought Y since 2019", "X is a militia that Y has fought since 2019":
  relations._described_body, relations.yaml fighting_body_kinds);
* a fight's span ending at an accord a participle describes ("until a ceasefire brokered by Z": _span_participle);
* a stance noun after "and" sharing the role's possessor ("Y, X's cousin and bitter rival": _coordinated_stance);
* a separatist goal naming its state ("for independence from X", "for autonomy in X's province": _goal_state), and
  a present tense in a relative clause on a body ("X, which fights for autonomy ...");
* the helped side's fight ("X helped Y fight Z", "X will help the army to fight Z": material_help_verbs).

Negatives give no tie: a past description ("a former militia", "once a militia"), a denied or past copula, a
company's lawsuit, a fight of one day, "fighting alongside", a clause ending the span, a former rival, an "of"
phrase the parser hangs on the first role, a hypothetical help, a fight of a fire. All names are invented; end to
end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O, A = "opposes", "allied_with"
DL, VF, DP = "Delta Rangers", "Vorn Front", "Delta Pact"
U, UM = "Uruguay", "Uruguay military"
TH, OV = "Tam Hirl", "Orin Vell"

CASES = [
    # --- a fight told on a body noun describing a named body ---
    ("The Delta Rangers is a militia that has fought the Uruguayan government since 2019.", {(DL, O, U)}, set()),
    ("The Delta Rangers, a rebel group fighting the Uruguayan government, shelled a depot.", {(DL, O, U)}, set()),
    ("The Delta Rangers is a rebel group fighting the Uruguayan government.", {(DL, O, U)}, set()),
    ("The Delta Rangers is a militia that Uruguay has fought since 2019.", {(U, O, DL)}, set()),
    ("The Delta Rangers, a militia that Uruguay has fought since 2019, shelled a depot.", {(U, O, DL)}, set()),
    ("The Delta Rangers, a militia that fights the Uruguayan army in the hills, shelled the port.", {(DL, O, UM)},
     set()),
    ("The Vorn Front is an armed movement that has battled the government of Uruguay for a decade.", {(VF, O, U)},
     set()),
    # --- a span ending at an accord a participle describes ---
    ("The Delta Rangers fought the Uruguayan army in the east until a ceasefire brokered by Qatar in August.",
     {(DL, O, UM)}, set()),
    ("The Delta Rangers fought the Uruguayan army in the east until a ceasefire signed in August.", {(DL, O, UM)},
     set()),
    # --- a stance noun after "and" sharing the role's possessor ---
    ("Tam Hirl, Orin Vell's cousin and bitter rival, was taken into custody.", {(TH, O, OV)}, set()),
    ("Tam Hirl, Orin Vell's adviser and longtime rival, spoke on Monday.", {(TH, O, OV)}, set()),
    ("Tam Hirl, Orin Vell's cousin and close ally, was taken into custody.", {(TH, A, OV)}, set()),
    # --- a separatist goal naming its state ---
    ("The Delta Rangers, which fights for autonomy in Uruguay's northern province, shelled the port.", {(DL, O, U)},
     set()),
    ("The Delta Rangers has fought for independence from Uruguay since 2012.", {(DL, O, U)}, set()),
    # --- the helped side's fight ---
    ("Paraguay sent troops to help the government of Uruguay fight the Delta Rangers.", {(U, O, DL)}, set()),
    ("Paraguay will help the Uruguayan army to fight the Delta Rangers.", {(UM, O, DL)}, set()),
    ("Paraguay has helped Uruguay fight the Delta Rangers since 2019.", {(U, O, DL)}, set()),
    # --- negatives ---
    ("The Delta Rangers is not a militia that has fought the Uruguayan government since 2019.", set(), {(DL, O, U)}),
    ("The Delta Rangers, once a militia fighting the Uruguayan government, now sits in parliament.", set(),
     {(DL, O, U)}),
    ("The Delta Rangers, a former militia that fought the Uruguayan government for years, now sits in parliament.",
     set(), {(DL, O, U)}),
    ("The Delta Rangers, a former militia that Uruguay fought for years, now sits in parliament.", set(),
     {(U, O, DL)}),
    ("The Delta Rangers was once a rebel group fighting the Uruguayan government.", set(), {(DL, O, U)}),
    ("The Delta Rangers, a company fighting the Uruguayan government over a tax bill, won the case.", set(),
     {(DL, O, U)}),
    ("The Delta Rangers is a militia that fought the Uruguayan government on Monday.", set(), {(DL, O, U)}),
    ("The Delta Rangers is a militia that has never fought the Uruguayan government.", set(), {(DL, O, U)}),
    ("The Delta Rangers is a militia that would fight the Uruguayan government if attacked.", set(), {(DL, O, U)}),
    ("The Delta Rangers, a militia fighting for the Uruguayan government, shelled a depot.", set(), {(DL, O, U)}),
    ("The Delta Rangers says it is not a militia fighting the Uruguayan government.", set(), {(DL, O, U)}),
    ("The Delta Rangers, a militia that fights alongside the Uruguayan army, shelled the port.", set(),
     {(DL, O, UM)}),
    ("The Delta Rangers, which fights corruption in Uruguay, held a rally.", set(), {(DL, O, U)}),
    ("The Delta Rangers, which no longer fights for autonomy in Uruguay's north, shelled the port.", set(),
     {(DL, O, U)}),
    ("The Delta Rangers fought the Uruguayan army in the east until it ran out of shells.", set(), {(DL, O, UM)}),
    ("The Delta Rangers fought the Uruguayan army in the east until a shell fired from a tank hit its depot.",
     set(), {(DL, O, UM)}),
    ("Tam Hirl, Orin Vell's cousin and former rival, was taken into custody.", set(), {(TH, O, OV)}),
    ("Tam Hirl, the Vorn Front's founder and bitter rival of the Delta Pact, spoke on Monday.", {(TH, O, DP)},
     {(TH, O, VF)}),
    ("The Vorn Front is run from exile by Orin Vell, a former minister who fell out with President Tam Hirl in 2018.",
     {(OV, O, TH)}, set()),
    ("Paraguay would help Uruguay fight the Delta Rangers if the truce collapsed.", set(), {(U, O, DL)}),
    ("Paraguay will not help Uruguay fight the Delta Rangers if the truce collapses.", set(), {(U, O, DL)}),
    ("Paraguay helped the Uruguayan army fight a fire near the base.", set(), {(UM, O, DL)}),
    ("Paraguay helped Tam Hirl fight the charges in court.", set(), {(TH, O, "Paraguay")}),
    # review rm2: a condition on the copula or on the help
    ("If the Vorn Front is a militia fighting the Delta Pact, it should be banned.", set(), {(VF, O, DP)}),
    ("If Paraguay helps the Vorn Front fight the Delta Pact, the talks will fail.", set(), {(VF, O, DP)}),
    ("The Vorn Front is a militia fighting the Delta Pact.", {(VF, O, DP)}, set()),
    # a help set in a past year: a war told as over
    ("Paraguay helped the Vorn Front fight the Delta Pact in 1998, before the two made peace.", set(),
     {(VF, O, DP)}),
    ("In 1998 Paraguay helped the Vorn Front fight the Delta Pact.", set(), {(VF, O, DP)}),
    ("Paraguay helped the Vorn Front fight the Delta Pact.", {(VF, O, DP)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ow", relations_by_document, check_ties)
