"""Things the NER takes for actors and words it glues to a name (invented names, end to end with the real English
pipeline): an adviser's post before a person's name ("Chief Adviser X", roles.yaml titles), a statute named without
its number ("the Public Safety Act") and a notice ("the X Information Bulletin", roles.yaml law_text_heads), a
currency's code before an amount ("AUD 41,870"), a weapon's or a notice's acronym ("a SAM launch", "a NOTAM"), a
document's version ("Version 3.0", roles.yaml not_actors), and the label of the next column glued over a gap of
spaces or a tab ("Signed: T. Velkova      Date: ...") and the initial of a given name the document writes in full
("T. Velkova" is Tamar Velkova); a letterhead that names a state's office over two lines ("MINISTRY OF FOREIGN
AFFAIRS" / "GOVERNMENT OF THE REPUBLIC OF X") makes the document that state's. Each case names the real actors it holds (which must stay,
with their kind) and the false ones (NONE: no actor may carry that name or alias).

Each case: text, {name: kind, or NONE}, number of person actors (None: not checked)."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds_and_persons

pytestmark = pytest.mark.model

P, O, C = "person", "organization", "country"

CASES = [
    # --- an adviser's post before the name (roles.yaml titles) ---
    ("Chief Adviser Tamal Reza handed over power on Monday. Adviser Reza thanked the Velk Front.",
     {"Tamal Reza": P, "Adviser Tamal Reza": NONE, "Adviser Reza": NONE, "Velk Front": O}, 1),
    ("Senior Adviser Oren Saldusk met the leaders of the Dessa Union on Friday.",
     {"Oren Saldusk": P, "Adviser Oren Saldusk": NONE, "Dessa Union": O}, 1),
    ("The National Security Adviser Pim Karvel met Arno Vell in Dessa.",
     {"Pim Karvel": P, "National Security Adviser": NONE}, None),
    ("Advisor Lena Morvik resigned from the Tarn Party after the vote.",
     {"Lena Morvik": P, "Advisor Lena Morvik": NONE, "Tarn Party": O}, 1),
    # the post in lower case, and "former", stay no part of the name either
    ("The former adviser Tamal Reza was arrested by the police in Dessa.",
     {"Tamal Reza": P, "Adviser Tamal Reza": NONE}, 1),
    # a body whose name opens with the word is cut like one opening with any title word (a known limit)
    ("The Adviser Group, a consultancy in Dessa, paid Tamal Reza.",
     {"Adviser Group": O, "Tamal Reza": P}, 1),
    # a body's name opening a paragraph keeps its first word
    ("Harbour Shield forces, a unit loyal to the Kova Front, fired into the air in Dessa.",
     {"Harbour Shield forces": O, "Kova Front": O}, 0),
    # --- a statute without its number, a notice (roles.yaml law_text_heads) ---
    ("Its student wing, the Velk Youth League, had been banned under the Public Safety Act in October.",
     {"Public Safety Act": NONE, "Velk Youth League": O}, 0),
    ("The Tarn Party said the Press Freedom Act would be repealed by the new government.",
     {"Press Freedom Act": NONE, "Tarn Party": O}, 0),
    ("Airlines were warned about drones over the Dessa region in the Karvel Information Bulletin.",
     {"Karvel Information Bulletin": NONE}, None),
    # a bulletin that acts is a newspaper (roles.yaml outlet_text_heads)
    ("The Dessa Evening Bulletin reported that Arno Vell had left the Kova Front.",
     {"Dessa Evening Bulletin": O, "Arno Vell": P, "Kova Front": O}, 1),
    # a party with the word in its name before its own head stays, as does a one-word acronym
    ("The Civic Act Party, led by Tomas Vell, won 12 seats.",
     {"Civic Act Party": O, "Tomas Vell": P}, 1),
    # --- a currency's code before an amount (roles.yaml not_actors) ---
    ("Raised: AUD 41,870 of AUD 60,000 goal for the clinic run by the Dessa Relief Society.",
     {"AUD": NONE, "Dessa Relief Society": O}, 0),
    ("The fine of CAD 2 million was paid by the Karvel Mining Company on Monday.",
     {"CAD": NONE, "Karvel Mining Company": O}, 0),
    # --- a weapon's or a notice's acronym, a document's version ---
    ("Pilots reported a SAM launch near Dessa, and the aviation authority issued a NOTAM on Monday.",
     {"SAM": NONE, "NOTAM": NONE}, None),
    ("The Kova Front flew a UAV over the town, and an IED hit a convoy of the Tarn Brigade.",
     {"UAV": NONE, "IED": NONE, "Kova Front": O, "Tarn Brigade": O}, 0),
    ("Dessa Research Unit - Version 3.0 - November 2025\n\nThe Kova Front holds the northern roads.",
     {"Version": NONE, "Kova Front": O}, None),
    # --- the next column's label glued over a gap ---
    ("I, Tamar Velkova, was held by the Kova Front for a year.\n\nSigned: T. Velkova            Date: 2 March 2026",
     {"T. Velkova Date": NONE, "Tamar Velkova": P, "Kova Front": O}, 1),
    # the initial of the one given name the document writes with that surname (names.person_keys_match); not
    # where two fit it, nor another initial
    ("Tamar Velkova and Tomas Velkova were held by the Kova Front. T. Velkova was freed in May.",
     {"Tamar Velkova": P, "Tomas Velkova": P}, 3),
    ("Tamar Velkova was held by the Kova Front. A. Velkova, her sister, was freed in May.",
     {"Tamar Velkova": P}, 2),
    ("Witness: Arno Pell\tPlace: Dessa\n\nArno Pell said the Kova Front took his farm.",
     {"Arno Pell": P, "Arno Pell Place": NONE, "Kova Front": O}, 1),
    # --- a letterhead naming the office over its first line and the state over its second (nlp/layout.py
    # header_office): the document is that state's, and its bare ministry is the state acting ---
    ("MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF THE PEOPLE'S REPUBLIC OF OSTLAND\n\nThe Ministry of Foreign Affairs "
     "presents its compliments to the High Commission of Marvia and refers to the Ministry's note on Marvia's border "
     "posts. The Ministry recalls that Marvia's soldiers crossed the border near Dessa. Marvia has not replied, and "
     "Marvia's envoy did not attend. The Ministry asks Marvia to hand over Pim Rask.",
     {"Ostland": C, "Ministry of Foreign Affairs": NONE}, None),
    # the office's line over a line of other words names no state: the ministry stays a body of its own
    ("MINISTRY OF FOREIGN AFFAIRS\nPress release - 9 March 2026\n\nThe Ministry of Foreign Affairs said envoys of "
     "Marvia and Ostland had met in Dessa. Marvia's envoy and Ostland's envoy signed the note.",
     {"Ministry of Foreign Affairs": O}, None),
    # one space between two names keeps them one name
    ("Arno Pell Dravko, a farmer, said the Kova Front took his land.",
     {"Arno Pell Dravko": P, "Kova Front": O}, 1),
]

XFAIL = {
    "The Adviser Group, a consultancy in Dessa, paid Tamal Reza.":
        "a title word (roles.yaml titles) opening a body's name is stripped as a title ('The Envoy Group' alike)",
}


extracted, test_wording = battery(CASES, XFAIL, "n2", actor_kinds, check_kinds_and_persons)


def test_party_letterhead_names_no_state():
    """A party's name in a state's style words over the state's line ("UNITED DEMOCRATIC UNION" over "REPUBLIC OF
    X") is no office of that state: the letter's "we" is not the state (relations.yaml state_style_words)."""
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    text = ("UNITED DEMOCRATIC UNION\nREPUBLIC OF OSTLAND\nWe condemn the arrest of our members by the police.")
    ex = extract_documents([Document(id="n2letter", text=text)])
    names = {a.id: a.name for a in ex.actors}
    # (the police's arrest under the state's own header is the state's: it may be the target, never the "we")
    assert not [(names.get(e.source), e.type, names.get(e.target)) for e in ex.events
                if names.get(e.source) == "Ostland"]
