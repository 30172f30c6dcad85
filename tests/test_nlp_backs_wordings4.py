"""Backing told by a state's men or base kept in another state (relations._foreign_forces_stationed): "Velnia keeps
about 4,000 troops in Ostria", "Velnia, which has 900 soldiers at its base in Ostria, ...", "Velnia has deployed some
1,800 military personnel to Ostria", "Velnia has a small training mission in Ostria", "about 600 Velnian troops are
stationed in Ostria under a defence pact", "the troops it keeps in Ostria": a state's forces kept, based or
deployed (relations.yaml stationing_verbs) in another state (its name after "in", "to", "inside" or "at", or in a
place phrase of the men or of a base) say the first state backs the host. Negatives: an occupation, an invasion or a
breach told in the same sentence (stationing_hostile_words), men serving in a body of many states (_in_joint_mission), forces withdrawn or kept until a date, negation, a wish or
a hypothetical, a state's own forces at home, a host that is no state; men kept "alongside" a force back that force. Invented names; end to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

B = "backs"
VO = {("Velnia", B, "Ostria")}
# a line that makes Velnia and Ostria states of the story (their parliaments, their governments)
PRE = ("Ostria's parliament met on Monday, and the Ostrian government approved the budget. Velnia's parliament and "
       "the Velnian government said nothing. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a state keeps, has or maintains men or a base in another state ---
    (PRE + "Velnia keeps about 4,000 troops at the Darsk air base in Ostria under a treaty that runs to 2040.", VO, set()),
    (PRE + "Velnia, which has about 900 soldiers at its base in Ostria, said nothing about the riots.", VO, set()),
    (PRE + "Velnia maintains a naval base in Ostria and sells it patrol boats.", VO, set()),
    (PRE + "Velnia has a small training mission in Ostria, about 400 personnel in all.", VO, set()),
    (PRE + "Velnia has about 180 police and defence personnel stationed in Ostria under the agreement.", VO, set()),
    # --- deployed or stationed, active or passive ---
    (PRE + "Velnia has deployed some 1,800 military personnel to Ostria since the coup in 2023.", VO, set()),
    (PRE + "About 1,800 Velnian troops were deployed in Ostria under a bilateral defence agreement.", VO, set()),
    (PRE + "Some 600 Velnian soldiers are stationed in Ostria, according to the defence ministry.", VO, set()),
    (PRE + "The 3,000 troops Velnia keeps in Ostria took part in the parade.", VO, set()),
    # --- men serving beside a force in the host: the force is backed, not the host ---
    (PRE + "Velnia, which still keeps about 1,000 troops in Ostria alongside the Tarn Democratic Forces, said nothing.",
     {("Velnia", B, "Tarn Democratic Forces")}, VO),
    # --- negatives ---
    (PRE + "Velnia once kept 2,000 troops in Ostria.", set(), VO),
    (PRE + "The minister wrote that Velnia has no forces in Ostria.", set(), VO),
    (PRE + "Velnia keeps 2,500 troops in Ostria under an agreement to wind down the mission by 2026.", set(), VO),
    (PRE + "Velnia keeps 600 soldiers in Ostria under an accord to bring them home by 2027.", set(), VO),
    (PRE + "Velnia keeps around 400 troops in Ostria with the Northern League's peace mission.", set(), VO),
    (PRE + "Velnia has 700 soldiers in Ostria as part of the African Union force.", set(), VO),
    (PRE + "Velnia keeps troops in five positions inside Ostria, in breach of the ceasefire.", set(), VO),
    (PRE + "Velnia has 3,000 troops in Ostria, an occupation the United Nations has condemned.", set(), VO),
    (PRE + "Velnia kept 2,000 troops in Ostria until 2019.", set(), VO),
    (PRE + "Velnia withdrew the troops it had kept in Ostria for a decade.", set(), VO),
    (PRE + "Velnia does not keep any troops in Ostria, its defence minister said.", set(), VO),
    (PRE + "Velnia could deploy 5,000 troops to Ostria if the talks fail.", set(), VO),
    (PRE + "Velnia wants to station troops in Ostria.", set(), VO),
    (PRE + "Velnia keeps about 4,000 troops in Velnia's northern provinces.", set(), {("Velnia", B, "Velnia")}),
    (PRE + "Velnia keeps about 4,000 troops in the Darsk valley.", set(), {("Velnia", B, "Darsk")}),
    (PRE + "Velnia invaded Ostria in March and now has 20,000 troops there and in Ostria's east.", set(), VO),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "b4", relations_by_document, check_ties)
