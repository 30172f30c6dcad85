"""leader_of told by a participle or an "under" after a long description of the body: the two largest mechanisms
of the missed leader_of ties over all development sets that a sentence states whole (a participle set off by commas
after an apposition that ends in a prepositional phrase; "under" a lower-case role noun whose holder is named after a
comma or the role's own "of"). Several wordings per mechanism, written before changing the reader, with negatives
where no one leads; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a participle after commas, hung by the parser on the last noun of the apposition's own phrase ---
    ("The Harrow Party, the largest opposition group with 40 seats, led by Tomas Kreel, said it would boycott the "
     "count.", {("Tomas Kreel", L, "Harrow Party")}, set()),
    ("The Okra Movement, a farmers' party with strongholds in the south, headed by Lenna Vos, joined the cabinet on "
     "Monday.", {("Lenna Vos", L, "Okra Movement")}, set()),
    ("In the hills the Tavrin Brigade, a force of irregulars from the delta villages, commanded by Colonel Ivo Sark, "
     "took the bridge.", {("Ivo Sark", L, "Tavrin Brigade")}, set()),
    ("The Tallow Union, a trade federation with branches in every port, chaired since 2019 by Mira Dask, called a "
     "strike.", {("Mira Dask", L, "Tallow Union")}, set()),
    ("The Harrow Party, the largest opposition group with 40 seats, praised by Tomas Kreel, said it would boycott "
     "the count.", set(), {("Tomas Kreel", L, "Harrow Party")}),
    ("The Harrow Party, the largest group in a chamber led by Speaker Tomas Kreel, said it would boycott the count.",
     set(), {("Tomas Kreel", L, "Harrow Party")}),
    # --- "under" a role noun whose holder is named after a comma or inside the role's "of" ---
    ("The Lantern Coalition, a bloc of six parties under the former mayor of Dussel, Anya Morrow, came second.",
     {("Anya Morrow", L, "Lantern Coalition")}, set()),
    ("The Ostran Guard, a militia under a retired army colonel, Piet Hallam, holds the mountain pass.",
     {("Piet Hallam", L, "Ostran Guard")}, set()),
    ("Since March the Velmar Reform Union, now under its new chairwoman, Dora Kettle, has doubled its vote.",
     {("Dora Kettle", L, "Velmar Reform Union")}, set()),
    ("The Marsh Council, a tribal body under the elder Saro Benn, mediated the exchange of prisoners.",
     {("Saro Benn", L, "Marsh Council")}, set()),
    ("The Lantern Coalition, a bloc of six parties under pressure from the mayor of Dussel, Anya Morrow, came "
     "second.", set(), {("Anya Morrow", L, "Lantern Coalition")}),
    ("The Ostran Guard, a militia under sanctions since the war, met the envoy, Piet Hallam, on Friday.",
     set(), {("Piet Hallam", L, "Ostran Guard")}),
    ("The Frost League, which has ruled the northern valleys since 2015 under General Ivo Marten, did not reply.",
     {("Ivo Marten", L, "Frost League")}, set()),
    ("The Frost League, which was banned in 2019 under General Ivo Marten, still fields candidates.",
     set(), {("Ivo Marten", L, "Frost League")}),
    ("The Frost League, which grew quickly under General Ivo Marten's harsh rule, still fields candidates.",
     set(), {("Ivo Marten", L, "Frost League")}),
    # --- a coalition's coordinator (relations.yaml coalition_head_roles), owned by a possessive ---
    ("The Pennant Alliance, the main opposition platform, split over the vote. Its coordinator, Berit Solane, now "
     "heads the wing that stays away.", {("Berit Solane", L, "Pennant Alliance")}, set()),
    ("The delegation of the Harbour Front was headed by Piet Sand, acting on the instructions of the alliance's "
     "coordinator, Odile Pellison.", {("Odile Pellison", L, "Harbour Front")}, set()),
    ("Farmers blocked the roads on Monday, and the Dune Coalition's national convener, Hal Quorrin, refused to call "
     "them off.", {("Hal Quorrin", L, "Dune Coalition")}, set()),
    ("The Harvest League's deputy coordinator, Jonas Albrecht, resigned on Friday over the budget.",
     set(), {("Jonas Albrecht", L, "Harvest League")}),
    ("The Quill Party's coordinator for the southern districts, Teodor Brannic, resigned on Friday.",
     set(), {("Teodor Brannic", L, "Quill Party")}),
    # --- left (strict xfail): "its" inside an apposition that names a body before it ---
    ("The Velmar Assembly Council chose Ivo Brandt, a deputy from the Thistle Party and a nephew of its leader, "
     "Casimir Abaresi, after a long meeting.", {("Casimir Abaresi", L, "Thistle Party")},
     {("Casimir Abaresi", L, "Velmar Assembly Council")}),
    ("Grain came through the Kessel Regional Authority under His Excellency Doctor Amos Terrell, the envoys said.",
     {("Amos Terrell", L, "Kessel Regional Authority")}, set()),
    ("The Salt Road Accord, a pact of nine clans under the veteran trader of Port Hale, Yusuf Marr, reopened the "
     "market.", {("Yusuf Marr", L, "Salt Road Accord")}, set()),
    # --- negatives found in review: "under Y" as the time of an act, a passive's time, a narrowed or former role,
    # a definite body inside the apposition ---
    ("President Arvo Tann spoke on Monday. The Kessi Movement, which has fought the army under President Arvo Tann, "
     "seized Karvo.", set(), {("Arvo Tann", L, "Kessi Movement")}),
    ("The Kessi Front, a militia banned under the former mayor of Dussel, Arvo Tann, regrouped in May.", set(),
     {("Arvo Tann", L, "Kessi Front")}),
    ("The Quellan Alliance met on Monday. The alliance's media coordinator, Ilka Dromm, spoke to reporters.", set(),
     {("Ilka Dromm", L, "Quellan Alliance")}),
    ("The Quellan Alliance met on Monday. Its former coordinator, Arvo Tann, left the hall early.", set(),
     {("Arvo Tann", L, "Quellan Alliance")}),
    ("The Morrel Party, a member of the alliance under Arvo Tann, won 12 seats.", set(),
     {("Arvo Tann", L, "Morrel Party")}),
]

XFAIL: dict[str, str] = {
    "The Velmar Assembly Council chose Ivo Brandt, a deputy from the Thistle Party and a nephew of its leader, "
    "Casimir Abaresi, after a long meeting.": "resolver: an 'its' inside an apposition takes the clause's subject, "
    "not the body the same apposition names before it",
    "Grain came through the Kessel Regional Authority under His Excellency Doctor Amos Terrell, the envoys said.":
        "parser: the 'under' hangs on the clause's verb, whose subject is the grain, not on the body before it",
    "The Tallow Union, a trade federation with branches in every port, chaired since 2019 by Mira Dask, called a "
    "strike.": "parser: the participle is read as the sentence's root and the main verb as its conjunct, so no "
    "participle hangs on the description",
}


extracted, test_wording = battery(CASES, XFAIL, "lw2", relations_by_document, check_ties)
