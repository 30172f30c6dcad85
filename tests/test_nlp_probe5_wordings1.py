"""Probe wordings from non-news documents about invented states (committee agendas, digests, invitations, embassy
releases, programme rundowns, union circulars): (1) a party's name headed by "Rally" before "of" and its leader's name
("the opposition Patriotic Rally of Gaspard Lointier", "Members of the People's Rally of Tomas Ekkert"): the tagger
reads the name before "of" as a person's or the whole as one body's, so "Rally" is an organisation's head noun as
the French "rassemblement" is (roles.yaml org_nouns; not a protest "rally" written lower case, nor a rally
of a person's supporters); (2) a header field naming the document's country by one word, opening its line ("Country: Lomhara",
"COUNTRY: VESKARA | Sector: ...", "Host country: Pellquay"): the name is a state's though the text gives no other
proof (actors._country_field_states, roles.yaml country_fields; not "Country: Various", nor another field such as
"Country manager: X"). Several wordings per mechanism with negatives; all names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, check_ties, kinds_by_document, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
H = "MARVOSS, May 3 - Marvoss's parliament met on Monday. "

# (text, ties that must be present, ties that must be absent)
TIE_CASES = [
    # --- (1) "the X Rally of Person", "the X Concord of President Y": the body's leader ---
    (H + "The government notes that the opposition Patriotic Rally of Gaspard Lointier has refused to take part in "
     "the national dialogue.", {("Gaspard Lointier", L, "Patriotic Rally")}, set()),
    (H + "The opposition Civic Rally of Jorun Pelko walked out of the chamber on Tuesday.",
     {("Jorun Pelko", L, "Civic Rally")}, set()),
    (H + "Members of the People's Rally of Tomas Ekkert marched to the palace.",
     {("Tomas Ekkert", L, "People's Rally")}, set()),
    (H + "The opposition Renewal Rally of Mirela Kosta demanded new elections.",
     {("Mirela Kosta", L, "Renewal Rally")}, set()),
    (H + "Police broke up a rally of Tamsin Orrow's supporters outside the court.", set(),
     {("Tamsin Orrow", L, "*")}),
    # --- (2) "Country: X": the state a header names ---
    ("Country: Lomhara\nDate: 22 April\n\nSince January the governing coalition of Prime Minister Teodor Amsel has "
     "relied on a thin majority.", {("Teodor Amsel", L, "Lomhara")}, set()),
    ("Host country: Pellquay\nVenue: Harbour Hall\n\nPrime Minister Ivo Kask said Pellquay would host the "
     "talks in June.", {("Ivo Kask", L, "Pellquay")}, set()),
]

# (text, {name: kind it must have}, {name: kind it must not have})
KIND_CASES = [
    # --- (1) a party headed by "Rally" or "Concord" ---
    (H + "The opposition Patriotic Rally of Halvard Bremic has refused to join the talks.",
     {"Patriotic Rally": "organization"}, {}),
    (H + "The opposition Freedom Rally of Oriel Danske demanded a recount.", {"Freedom Rally": "organization"}, {}),
    (H + "Deputies of the opposition Civic Rally of Pia Korrane voted against the budget.",
     {"Civic Rally": "organization", "Pia Korrane": "person"}, {}),
    (H + "A rally of Ilsa Marrow's supporters drew thousands on Sunday.", {}, {"Ilsa Marrow": "organization"}),
    # --- (2) "Country: X" opening a header's line ---
    ("Country: Lomhara\nDate: 22 April\n\nThe Red Hills Army ambushed a police convoy in March.",
     {"Lomhara": "country"}, {}),
    ("COUNTRY: VESKARA | Sector: mining | Ref. 2026-14\n\nThe Veskara office of the firm reopened in May after "
     "the strike.", {"Veskara": "country"}, {}),
    ("Country: Quessmark\nPrepared by: the desk\n\nElections are due in spring; Quessmark votes in April.",
     {"Quessmark": "country"}, {}),
    ("Country: Various\nDate: 1 May\n\nPrime Minister Ana Rell met the press.", {}, {"Various": "country"}),
    ("Country manager: Brenna Holt\nDate: 1 May\n\nThe office will close on Friday.", {}, {"Brenna Holt": "country"}),
]

XFAIL: dict[str, str] = {
    KIND_CASES[0][0]: "the tagger reads no person in 'Halvard Bremic': the whole phrase 'Patriotic Rally of Halvard "
                      "Bremic' stays one body's name",
}

extracted, test_probe5_ties = battery(TIE_CASES, XFAIL, "probe5t_", relations_by_document, check_ties)
extracted_kinds, test_probe5_kinds = battery(KIND_CASES, XFAIL, "probe5k_", kinds_by_document, check_named_kinds,
                                             empty=dict, fixture="extracted_kinds")
