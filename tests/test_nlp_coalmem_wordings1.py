"""member_of / part_of of coalitions, blocs and alliances told without naming each member in its own clause: an
elliptical clause that repeats the one before for a new subject ("as is B", "as are B and C", "and so is B"), bodies
set beside the subject ("with B", "together with B", "along with B"), a run inside an alliance ("ran within Y
together with B"), a body founded as another's arm or wing, a "joined B and C in Y" on a conjoined verb, and a
two-body group phrase ("both groups") whose bodies are the subjects of the two sentences before. Several wordings
per mechanism with negatives (another tense, a negation, a clause of its own after "as is", a tie inside the
subject's own phrase, a person or a non-actor beside the subject, a founder, a person among the sentences before);
all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, P, L = "member_of", "part_of", "leader_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- an elliptical clause: "as is B", "as are B and C", "as do B and C", "and so is B" ---
    ("The Koral gang is a member of the Ochre Hand coalition, as is the Redwater Front.",
     {("Redwater Front", M, "Ochre Hand coalition"), ("Koral gang", M, "Ochre Hand coalition")}, set()),
    ("The Koral gang, whose leader Ivo Kell is known as Red, is described as a member of the Ochre Hand coalition, "
     "as is Greywater, the gang of Vaslo Trenn.",
     {("Greywater", M, "Ochre Hand coalition"), ("Vaslo Trenn", L, "Greywater")}, set()),
    ("The Koral gang is a member of the Ochre Hand coalition, as are the Redwater Front and the Vesh Army.",
     {("Redwater Front", M, "Ochre Hand coalition"), ("Vesh Army", M, "Ochre Hand coalition")}, set()),
    ("The Osk Party belongs to the Tarn Alliance, as do the Lira Movement and the Dova Front.",
     {("Lira Movement", M, "Tarn Alliance"), ("Dova Front", M, "Tarn Alliance")}, set()),
    ("The Koral Front is part of the Ochre Hand coalition, and so is the Vesh Army.",
     {("Vesh Army", P, "Ochre Hand coalition")}, set()),
    # negatives: another tense (the new subject's tie may be over), a negation, a clause of its own, a tie told inside
    # the subject's own phrase
    ("The Koral gang is a member of the Ochre Hand coalition, as was the Vesh Army.", set(),
     {("Vesh Army", M, "Ochre Hand coalition")}),
    ("The Koral gang is not a member of the Ochre Hand coalition, and neither is the Vesh Army.", set(),
     {("Vesh Army", M, "Ochre Hand coalition"), ("Koral gang", M, "Ochre Hand coalition")}),
    ("The Koral gang is a member of the Ochre Hand coalition, as is customary for the Vesh Army.", set(),
     {("Vesh Army", M, "Ochre Hand coalition")}),
    ("The Koral gang, which is part of the Ochre Hand coalition, attacked Tavro, as did the Vesh Army.", set(),
     {("Vesh Army", P, "Ochre Hand coalition"), ("Vesh Army", M, "Ochre Hand coalition")}),
    # --- bodies set beside the subject of a member_of / part_of clause ---
    ("The Quellin Front is part of the Northern Pact, with the Vesh Army.",
     {("Vesh Army", P, "Northern Pact"), ("Quellin Front", P, "Northern Pact")}, set()),
    ("The Quellin Front is a member of the Northern Pact together with the Vesh Army and the Orlo Movement.",
     {("Vesh Army", M, "Northern Pact"), ("Orlo Movement", M, "Northern Pact")}, set()),
    ("The Quellin Front is a member of the Northern Pact, along with the Vesh Army.",
     {("Vesh Army", M, "Northern Pact")}, set()),
    ("The Quellin Front and the Orlo Movement clashed in the valley last week. Both groups had been part of the "
     "Northern Pact, with the Vesh Army.",
     {("Quellin Front", P, "Northern Pact"), ("Orlo Movement", P, "Northern Pact"), ("Vesh Army", P, "Northern Pact")},
     set()),
    # negatives: no body beside (a count, a person, a backer), a clause of leaving, a negation
    ("The Quellin Front is part of the Northern Pact, with Ivo Kell as its leader.", set(),
     {("Ivo Kell", P, "Northern Pact"), ("Ivo Kell", M, "Northern Pact")}),
    ("The Quellin Front left the Northern Pact, with the Vesh Army.", set(),
     {("Vesh Army", P, "Northern Pact"), ("Vesh Army", M, "Northern Pact")}),
    # (a body with something said of it, "with X as its rival / in charge", or owning the noun, "with X support")
    ("The Quellin Front is a member of the Northern Pact, with the Vesh Army as its main rival.", set(),
     {("Vesh Army", M, "Northern Pact")}),
    ("The Quellin Front is a member of the Northern Pact, with the Vesh Army in charge.", set(),
     {("Vesh Army", M, "Northern Pact")}),
    ("The Quellin Front is a member of the Northern Pact, with Vesh Army support.", set(),
     {("Vesh Army", M, "Northern Pact")}),
    ("The Quellin Front is part of the Northern Pact, with the support of the Vesh Army.", set(),
     {("Vesh Army", P, "Northern Pact"), ("Vesh Army", M, "Northern Pact")}),
    ("The Quellin Front is not part of the Northern Pact, with the Vesh Army.", set(),
     {("Vesh Army", P, "Northern Pact"), ("Quellin Front", P, "Northern Pact")}),
    # --- a run inside an alliance, with partners ---
    ("The Osk Party ran within the Ostrel Union together with the Lira Movement and the Dova Front.",
     {("Osk Party", M, "Ostrel Union"), ("Lira Movement", M, "Ostrel Union"),
      ("Dova Front", M, "Ostrel Union")}, set()),
    ("The Osk Party ran within the Ostrel Union alongside the Lira Movement.",
     {("Osk Party", M, "Ostrel Union"), ("Lira Movement", M, "Ostrel Union")}, set()),
    ("The Tolvi Party, which ran within the Vardo Alliance in 2024 together with the Dolo Party, won.",
     {("Tolvi Party", M, "Vardo Alliance"), ("Dolo Party", M, "Vardo Alliance")}, set()),
    # negatives: a person beside, a budget, a region
    ("The Osk Party ran within the Ostrel Union together with Ivo Kell.", set(),
     {("Ivo Kell", M, "Ostrel Union")}),
    ("The Osk Party ran within budget, its treasurer Ivo Kell said.", set(), {("Osk Party", M, "Ivo Kell")}),
    # --- "joined B and C in Y" on a verb conjoined to a first one ---
    ("The Osk Party left the cabinet and joined the Lira Movement and the Dova Front in the Tarn Alliance.",
     {("Osk Party", M, "Tarn Alliance"), ("Lira Movement", M, "Tarn Alliance"), ("Dova Front", M, "Tarn Alliance")},
     set()),
    ("The Osk Party left the cabinet but did not join the Lira Movement and the Dova Front in the Tarn Alliance.",
     set(), {("Osk Party", M, "Tarn Alliance"), ("Dova Front", M, "Tarn Alliance")}),
    # --- a body made as a part of another: a forming verb with "as" and a noun of a part ---
    ("The Osk Action Front was founded in 1992 as the Vesh Brotherhood's political arm.",
     {("Osk Action Front", P, "Vesh Brotherhood")}, set()),
    ("The Yssel Brotherhood was banned in April. The Yssel Action Front, founded in 1992 as the Brotherhood's "
     "political arm, took the largest bloc.", {("Yssel Action Front", P, "Yssel Brotherhood")}, set()),
    ("The Kessel Brotherhood set up the Kessel Workers Front in 1992 as its political arm.",
     {("Kessel Workers Front", P, "Kessel Brotherhood")}, set()),
    ("The Tarvo Party was created in 2001 as a wing of the Ulm Movement.", {("Tarvo Party", P, "Ulm Movement")}, set()),
    # negatives: a negation, a rival, the founder (a person) as the part
    ("The Pell Action Front was not founded as the Pell Brotherhood's political arm.", set(),
     {("Pell Action Front", P, "Pell Brotherhood")}),
    ("The Roan Action Front was founded in 1992 as a rival to the Roan Brotherhood.", set(),
     {("Roan Action Front", P, "Roan Brotherhood")}),
    ("Ivo Sandor founded the Quarn Front in 1992 as a wing of the Quarn Brotherhood.", set(),
     {("Ivo Sandor", P, "Quarn Brotherhood"), ("Ivo Sandor", M, "Quarn Brotherhood")}),
    # --- "both groups" for the two bodies the two sentences before are about ---
    ("The Quellin Liberation Army handed the town of Orsk back to the military. Earlier this year the Orlo National "
     "Army returned the port under pressure. Both groups had been part of the Northern Pact, with the Vesh Army.",
     {("Quellin Liberation Army", P, "Northern Pact"), ("Orlo National Army", P, "Northern Pact"),
      ("Vesh Army", P, "Northern Pact")}, set()),
    ("The Quellin Front took the bridge. The Orlo Movement held the hills. Both groups are members of the Northern "
     "Pact.", {("Quellin Front", M, "Northern Pact"), ("Orlo Movement", M, "Northern Pact")}, set()),
    # negatives: one sentence about a person, both about the same body, a body judging what the other did
    ("The Vesh Army seized the port of Dallo. The League of Coastal Nations condemned the move on Monday. Both "
     "groups are part of the Northern Pact.", set(), {("League of Coastal Nations", P, "Northern Pact")}),
    ("The Quellin Front took the bridge. Ivo Kell held the hills. Both groups are members of the Northern Pact.",
     set(), {("Quellin Front", M, "Northern Pact"), ("Ivo Kell", M, "Northern Pact")}),
    ("The Quellin Front took the bridge. The Quellin Front then held the hills. Both groups are members of the "
     "Northern Pact.", set(), {("Quellin Front", M, "Northern Pact")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "cm1", relations_by_document, check_ties)
