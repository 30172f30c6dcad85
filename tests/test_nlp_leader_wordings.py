"""leader_of stated by a preposition, a participle cut off from its "by", a possessive description or a bare title:
the mechanisms behind most missed leader_of ties of the newest development sets. Several wordings per mechanism,
written before changing the reader; all names are invented; end to end with the real English pipeline.

- a body "of" a person ("the party of exiled ex-premier X", "the Y Front of X"), a body "under" a person;
- a passive participle whose "by" comes after an adverbial ("raised across the border by X", "commanded for years by X")
  and the participles "raise", "chair", "found" in an apposition;
- a possessive description resolved to an earlier body ("The party's leader, X", "Its chairman, X");
- precision: "under" a decree or sanctions, a founder who is dead, a body "of" a place, a supporter "of" a person.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M, P = "leader_of", "member_of", "part_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a body "of" a person ---
    ("Voters in Marvania backed the Harvest Union, the party of exiled former premier Dorin Valesko, in record numbers.",
     {("Dorin Valesko", L, "Harvest Union")}, set()),
    ("On Sunday the Coastal Front of Amir Dossa rejected the ceasefire that Ostria had brokered.",
     {("Amir Dossa", L, "Coastal Front")}, set()),
    ("The count gave 51 seats to the Amber League of Prime Minister Lina Korst and 30 to the Grey Bloc.",
     {("Lina Korst", L, "Amber League")}, set()),
    ("The Ostrian Workers' Party of Sandor Vell has never won a seat outside the capital.",
     {("Sandor Vell", L, "Ostrian Workers' Party")}, set()),
    ("The Amber League of Ostria held its congress in the port of Kell on Friday.",
     set(), {("Ostria", L, "Amber League")}),
    # --- a body "under" a person ---
    ("Flour reached the valley with the help of the Tessar Provincial Government under Governor Yanis Pell.",
     {("Yanis Pell", L, "Tessar Provincial Government")}, set()),
    ("Last spring Ostria placed its border guards in a new Interior Directorate under Colonel Brom Tessel.",
     {("Brom Tessel", L, "Interior Directorate")}, set()),
    ("The Seventh Mountain Brigade, under the command of Major Pavel Dranko, held the bridge until dawn.",
     {("Pavel Dranko", L, "Seventh Mountain Brigade")}, set()),
    ("The Granite Legion has fought under the 2023 decree of the Ostrian Council since its creation.",
     set(), {("Ostrian Council", L, "Granite Legion")}),
    # --- a participle whose "by" is cut off by an adverbial, and participles in an apposition ---
    ("The Red Hill Force, a band of gunmen raised across three eastern valleys by the trader Tobek Arran, took the "
     "ferry.", {("Tobek Arran", L, "Red Hill Force")}, set()),
    ("The Customs Guard, commanded for two decades by General Oskar Wendt, was disbanded after the revolt.",
     {("Oskar Wendt", L, "Customs Guard")}, set()),
    ("The Ostrian Labour Party, chaired by the veteran unionist Greta Lund, won twelve seats in the spring.",
     {("Greta Lund", L, "Ostrian Labour Party")}, set()),
    ("Ostrian troops crossed the river, and the Iron Shield, a militia formed by the businessman Nazar Kolt, ambushed "
     "them.", {("Nazar Kolt", L, "Iron Shield")}, set()),
    ("The Lantern Movement, a group led since its birth by the poet Ivo Brandt, marched on the ministry.",
     {("Ivo Brandt", L, "Lantern Movement")}, set()),
    ("The Volunteer Corps was set up in 2015 from farmhands after an edict by the cleric Yusri Talmane to defend "
     "the valley.", set(), {("Yusri Talmane", L, "Volunteer Corps")}),
    ("Ostria, represented at the border talks by its envoy Lena Farrow, signed the final text on Friday.",
     {("Lena Farrow", M, "Ostria")}, set()),
    ("The Freedom Rally, founded in 1990 by the late dissident Aram Kossel, boycotted the session.",
     set(), {("Aram Kossel", L, "Freedom Rally")}),
    # --- a possessive description resolved to an earlier body ---
    ("The Dawn Movement won 40 seats on Sunday. The party's leader, Kira Solvang, demanded the finance ministry.",
     {("Kira Solvang", L, "Dawn Movement")}, set()),
    ("Delegates of the Workers' League gathered in Kell. Its chairman, Pavel Imre, urged restraint on both sides.",
     {("Pavel Imre", L, "Workers' League")}, set()),
    ("The Granite Legion withdrew from Kell overnight. The militia's commander, Dusan Ferk, blamed a lack of fuel.",
     {("Dusan Ferk", L, "Granite Legion")}, set()),
    ("Medics of the Blue Crescent Society treated the wounded. The society's president, Hana Rusk, asked for blood.",
     {("Hana Rusk", L, "Blue Crescent Society")}, set()),
    # --- dead leaders and "under" that names no leader ---
    ("The Harvest Union, under the late Aram Kossel, won the first free vote in Marvania.",
     set(), {("Aram Kossel", L, "Harvest Union")}),
    ("Ostria has lived under sanctions imposed by the Lunovan Council since the coup.",
     set(), {("Lunovan Council", L, "Ostria")}),
    # --- a head of state or a regional leader named by a bare title or a possessive ---
    ("Aid reached the Tovar region. Tovar's regional leader, Ruslan Darga, better known as Old Darga, greeted the "
     "convoy.", {("Ruslan Darga", L, "Tovar")}, set()),
    ("The Civic Party holds 80 of the 150 seats. President Mara Lind leads that party.",
     {("Mara Lind", L, "Civic Party")}, set()),
    # --- review mends: an event's agent in the gap, a report naming a third state ---
    ("The Tarsin Brigades were founded in 2011 during a purge by President Omar Lestin.",
     set(), {("Omar Lestin", L, "Tarsin Brigades")}),
    ("The Kestrel Guard was created in 2004 over a protest by Senator Ivo Marrant.",
     set(), {("Ivo Marrant", L, "Kestrel Guard"), ("Ivo Marrant", "backs", "Kestrel Guard")}),
    ("The Sable Legion was run during the 1990s by Pavel Oront.", {("Pavel Oront", L, "Sable Legion")}, set()),
    ("Velnia's army is small. An aide to President Dana Vesk said Peru would pay for the new bridge.",
     {("Dana Vesk", L, "Velnia")}, set()),
]

XFAIL: dict[str, str] = {
    "Medics of the Blue Crescent Society treated the wounded. The society's president, Hana Rusk, asked for blood.":
        "resolver: a possessive description refers back only through roles.yaml org_nouns, and 'society' is none",
    "Aid reached the Tovar region. Tovar's regional leader, Ruslan Darga, better known as Old Darga, greeted the "
    "convoy.": "actors layer: a region named only as 'the X region' and 'X's' is read as a place, not an actor",
    "Velnia's army is small. An aide to President Dana Vesk said Peru would pay for the new bridge.":
        "relations._foreign_frame: a reported clause naming another state makes the title that state's; the same "
        "structure is a foreign leader in test_nlp_precision_wordings (p004, p005), so a third party paying is not "
        "told apart from the title holder's own state",
}


extracted, test_wording = battery(CASES, XFAIL, "lw", relations_by_document, check_ties)
