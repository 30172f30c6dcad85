"""Layout and wording of documents in styles the development sets leave out (self-made probe documents: a footnoted
report, a glossary of actors, a briefing's slides with its own initials), end to end with the real English pipeline.

(1) A note's mark: a bare number in square brackets set off by a space after a word ("won 64 seats [1] and formed",
"the Centre Union [2].") is a reference to a note (pipeline.blank_reference_marks), no count of seats or men beside
the name before it. Negatives: a count with its unit in square brackets ("[48 seats]") is still a count; a mark after
a troop count takes nothing from it.

(2) An entry's description cut at a width (a glossary saved as plain text: "X Front (XF) — Opposition party ...
It holds 23 seats" / "in the parliament. Led by Y. Allied with Z."): the lines a hard wrap goes on are one entry line
(pipeline._logical_line_end), so its subjectless fragments are said of the entry's head, and a later entry's head
takes none of them. Negatives: a tie the entry tells as ended or denied.

(3) A document's own initials: "the Southern Defence Force (SDF)" is that body wherever the text says "SDF", not the
dictionary's body of those initials (actors._acronym_defined_otherwise; resolve._initials_only), unless the text names
the dictionary's body by its full name.

(4) An army named with a state's word and a word of its own name between ("the Karsian Republican Army", "the
Velnian Unity Army") is no name of that state's army (actors._institution), nor part of the state where the text makes
it another body's wing (relations._wing_of_body). Negatives: a state force's own words between ("the Karsian Defence
Force", "the Karsian Defence Army") keep it the state's.

(5) A letter's or an e-mail's signature (a closing line, "Best regards," or "--", over the writer's name and the
line of the writer's post): the name is a person's, the post's words ("Research Director") no person's name, and the
name after the post's comma a body ("Senior Analyst, Velmora Watch"), whatever the tagger took them for
(actors._signature_votes). Negatives: a body that signs stays a body; the same lines with no closing line above are
left to the other rules.

(6) A field whose label is a party's name and a seat noun, on a slide or in a list of key facts ("- ONP seats: 71
of 150", "Velo Union seats: 71"): the party holds the count (facts._named_label_seats). Negatives: a count with more
after it than the whole it is out of ("71 in 2019, 40 now"), the seats a party needs.

All names are invented (real states and the dictionary's bodies only as what must not be found)."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, check_named_kinds, items_by_document, kinds_by_document

pytestmark = pytest.mark.model

GLOSS_A = ("Glossary of actors\n\n"
           "Velo Front (VF) \u2014 Opposition party founded in 2019 by students of the university. It holds 23 seats\n"
           "in the Ostrian parliament. Led by Ona Petrescu. Allied with the Free Workers Party.\n\n"
           "Hollin Guard \u2014 Pro-government militia. Opposes the Velo Front.\n")
GLOSS_B = ("Who is who\n\n"
           "Tarn Brigades \u2014 An armed group of the southern hills, formed in 2015 from the village guards of the\n"
           "valley. Commanded by Ivo Sander. Backed by the Harbour League.\n\n"
           "Harbour League \u2014 A party of the coast. Led by Mira Hollis.\n")
GLOSS_NEG = ("Glossary of actors\n\n"
             "Velo Front (VF) \u2014 Opposition party founded in 2019 by students of the university. It was long\n"
             "allied with the Free Workers Party; the pact ended in 2022. Not led by Ona Petrescu since 2021.\n\n"
             "Hollin Guard \u2014 Pro-government militia. Opposes the Velo Front.\n")
GLOSS_ARMY = ("Glossary\n\n"
              "Karsian Republican Army (KRA) \u2014 The armed wing of the Karsian Republican Movement. Commanded by "
              "Dario Feld. Estimated strength: 6,000 fighters.\n\n"
              "Hollin Guard \u2014 Pro-government militia. Opposes the KRA.\n\n"
              "Sofia Marr \u2014 Prime Minister of Karsia since 2031.\n")
CASES = [
    # (1) notes' marks
    ("The Velmor Party (VP) won 64 seats [1] and formed a government with the Centre Union [2].",
     {("fact", "Velmor Party", "seats", 64), ("rel", "Velmor Party", "allied_with", "Centre Union")},
     {("fact", "Velmor Party", "seats", 1), ("fact", "Centre Union", "seats", 2)}),
    ("In the new assembly the Velmor Party holds 41 seats [3]; the Centre Union [4] has 12.",
     {("fact", "Velmor Party", "seats", 41)},
     {("fact", "Velmor Party", "seats", 3), ("fact", "Centre Union", "seats", 4)}),
    ("The Tarn Brigade, an armed group of about 1,200 men [5], attacked an army base in Tessa on 3 May.",
     set(), {("fact", "Tarn Brigade", "troops", 5)}),
    ("Velmora sent 900 troops [6] to the border, and the Harbour Union [7] rejected the move.",
     {("fact", "Velmora", "troops", 900), ("ev", "Harbour Union", "REJECT", None)},
     {("fact", "Harbour Union", "seats", 7)}),
    ("The Copperleaf Party [48 seats] and the Centre Union [12 seats] formed a bloc in the assembly.",
     {("fact", "Copperleaf Party", "seats", 48)}, set()),
    # (2) an entry's description cut at a width
    (GLOSS_A, {("rel", "Ona Petrescu", "leader_of", "Velo Front"),
               ("rel", "Velo Front", "allied_with", "Free Workers Party"),
               ("rel", "Hollin Guard", "opposes", "Velo Front")},
     {("rel", "Hollin Guard", "allied_with", "Free Workers Party")}),
    (GLOSS_B, {("rel", "Ivo Sander", "leader_of", "Tarn Brigades"),
               ("rel", "Harbour League", "backs", "Tarn Brigades")},
     set()),
    (GLOSS_NEG, {("rel", "Hollin Guard", "opposes", "Velo Front")},
     {("rel", "Ona Petrescu", "leader_of", "Velo Front"), ("rel", "Velo Front", "allied_with", "Free Workers Party")}),
    # (3) a document's own initials
    ("The Southern Defence Force (SDF) has about 4,500 fighters. The SDF clashed with the Ostravan army in Veles.",
     {("fact", "Southern Defence Force", "troops", 4500), ("ev", "Southern Defence Force", "ASSAULT", None)},
     {("ev", "Syrian Democratic Forces", "ASSAULT", None)}),
    ("Armed groups\n- Southern Defence Force (SDF): about 4,500 fighters\n- SDF leader: Col. Radu Petr\n",
     {("rel", "Radu Petr", "leader_of", "Southern Defence Force")},
     {("rel", "Radu Petr", "leader_of", "Syrian Democratic Forces")}),
    ("The Harbour Liberation Organisation (PLO) rejected the deal. Ostria says the PLO is armed by Tarsa.",
     {("ev", "Harbour Liberation Organisation", "REJECT", None)},
     {("ev", "Palestine Liberation Organization", "REJECT", None)}),
    ("The Syrian Democratic Forces (SDF) attacked a checkpoint. The SDF is backed by the United States.",
     {("rel", "United States", "backs", "Syrian Democratic Forces")}, set()),
    # (4) a body's own army named with a state's word
    (GLOSS_ARMY, {("rel", "Karsian Republican Army", "part_of", "Karsian Republican Movement"),
                  ("rel", "Hollin Guard", "opposes", "Karsian Republican Army")},
     {("rel", "Karsian Republican Army", "part_of", "Karsia"), ("fact", "Karsia", "troops", 6000)}),
    ("The Karsian Republican Army, the armed wing of the Karsian Republican Movement, attacked Sarn. Karsia denied it.",
     {("rel", "Karsian Republican Army", "part_of", "Karsian Republican Movement")},
     {("rel", "Karsian Republican Army", "part_of", "Karsia")}),
    ("Fighters of the Velnian Unity Army, the armed wing of the Velnian Unity Party, shelled a police post. Velnia "
     "sent troops to the border.", {("rel", "Velnian Unity Army", "part_of", "Velnian Unity Party")},
     {("rel", "Velnian Unity Army", "part_of", "Velnia")}),
    ("The Karsian Defence Force attacked Sarn. Karsia denied it.",
     {("rel", "Karsian Defence Force", "part_of", "Karsia")}, set()),
    ("The Velnian Defence Army guards the border. Velnia pays it.",
     {("rel", "Velnian Defence Army", "part_of", "Velnia")}, set()),
    # (6) a label of a party's name and a seat noun
    ("Government\n- Ruling party: Ostravan National Party (ONP)\n- ONP seats: 71 of 150\n- Backed by China\n",
     {("fact", "Ostravan National Party", "seats", 71)}, set()),
    ("Key facts\n- Velo Union seats: 71\n- Harbour Party seats: 40\n",
     {("fact", "Velo Union", "seats", 71), ("fact", "Harbour Party", "seats", 40)}, set()),
    ("The vote at a glance\nVelo Union seats: 71 (of 150)\nTurnout: 64 per cent\n",
     {("fact", "Velo Union", "seats", 71)}, set()),
    ("Velo Union seats: 71 in 2019, 40 now\n", set(), {("fact", "Velo Union", "seats", 71)}),
    ("Harbour Party seats needed: 76\n", set(), {("fact", "Harbour Party", "seats", 76)}),
]

XFAIL = {
    GLOSS_NEG: "an ended tie told as 'long allied with Y; the pact ended in 2022' is still read as a tie (no layout "
               "matter: the same in running prose)",
}

extracted, test_wording = battery(CASES, XFAIL, "p", items_by_document, check_items)

SIGN_CASES = [
    ("Thank you for the draft.\n\nRegards,\nArno Tikk\nResearch Director, Harbour Policy Institute\n\n"
     "The Harbour Front is led by Ivo Sand.",
     {"Arno Tikk": "person", "Harbour Policy Institute": "organization", "Research Director": None}, {}),
    ("See the notes below.\n\nBest,\nLena Ostrom\nSenior Analyst, Velmora Watch\nTel: +44 20 7946 0111",
     {"Lena Ostrom": "person", "Velmora Watch": "organization"}, {}),
    ("The Velo Union rejected the plan.\n\n--\nTomas Veld\nProgramme Manager, Open Coast Trust\n",
     {"Tomas Veld": "person", "Open Coast Trust": "organization"}, {}),
    ("Please find the report attached.\n\nYours sincerely,\n\nMarta Oskar\nPolicy Fellow, Tarn Ridge Forum\n",
     {"Marta Oskar": "person", "Tarn Ridge Forum": "organization"}, {}),
    # a body signs: it stays a body
    ("We ask the government to release the detainees.\n\nSincerely,\nHarbour Peace Forum\nPress Office, Velo\n",
     {"Harbour Peace Forum": "organization"}, {}),
    # no closing line: a list's lines are left to the other rules
    ("Our board\n\nArno Tikk\nResearch Director, Harbour Policy Institute\n",
     {"Harbour Policy Institute": "organization"}, {}),
]
SIGN_CASES += [
    ("Kind regards,\nIvo Marrek\nSenior Researcher, Kessa Institute\n",
     {"Ivo Marrek": "person", "Kessa Institute": "organization", "Senior Researcher": None}, {}),
    ("Cheers,\nAnna Vool\nField Coordinator, Ridge Relief\n", {"Anna Vool": "person", "Ridge Relief": "organization"},
     {}),
    ("Many thanks,\nPaul Dask\nSecurity Analyst, Tarn Monitor\n\nThe Tarn Front attacked Velo.",
     {"Paul Dask": "person", "Tarn Monitor": "organization"}, {}),
]

extracted_kinds, test_signature = battery(SIGN_CASES, {}, "k", kinds_by_document, check_named_kinds,
                                          empty=dict, fixture="extracted_kinds")
