"""Labels and joined names of non-news documents that are no actors, and bodies named for their members.

(1) A Title Case English common noun written once, on a line of capitalised words and function words only (what
stands in round brackets aside), is a notice's, a bulletin's or a page's title, no body ("Visitor Services -
Notice to Weekend Tour Groups and Schools", "Entrants' Information - Bulletin 3 (final)": actors.
_title_line_common_word). Negatives: such a word written again in the text ("Solidarity - Statement ...
Solidarity, the opposition party ...") or standing in running text stays a body.

(2) A name joining two items by "&" with no body's noun last ("Nickel & Cobalt", "Central America & Caribbean",
"Mirela & Kofi"), written once, is a pairing of things, places or persons, no actor (actors._ampersand_pair).
Negative: a party's name ending in its noun ("the Justice & Renewal Party") stays.

(3) A name with a comma after capitalised words only ("Political Directorate, Europe Department", "Dorvall, C") is
two names the tagger joined (a desk and its department, a reference's author and initial), no body
(actors._comma_joined_name). Negatives: a body's list of fields ("the Ministry of Agriculture, Fisheries and
Forestry of Velmora", "the Foreign, Commonwealth and Development Office") stays, and so does a person named in
apposition after the comma whom the text names again by surname ("in the Legion, Nodar Abashvili, ... Abashvili").

(4) A unit of common words named in a document's contact line ("Questions: Shipments Unit, ...", "Enquiries: Press
Office, ...": roles.yaml sender_fields) is the sender's own desk, no actor. Negative: a name with a name's word
("Questions: Kessan Border Service") stays.

(5) A plural of members in the possessive before a meeting's noun ("the Velmoran Bishops' Conference", "the Pastors'
Council of Velmora": roles.yaml possessive_name_words, meeting_heads) is one body's name, an organisation however
the tagger read it, not a person "Velmoran Bishops" (actors._members_possessive_name). Negatives: a place so named
("Martyrs' Square") and "the bishops' statement" name no body.

(6) A code of two capital letters the text never sets in brackets, whose letters open no two capitalised words of the
text and that world knowledge does not know ("a rating of \"CC\"", "DX clubs", "flight SL 318") is a grade's, a
radio prefix's or an item's code, no actor (actors._two_letter_code). Negatives: a known short name ("the EU") and a
short form the text spells out ("the Velmor Front (VF)") stay.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- (1) a title's common noun ---
    ("CERRO DORVAN OBSERVATORY\nVisitor Services \u2014 Notice to Weekend Tour Groups and Schools\n"
     "Posted 3 September 2025\n\nDear visitors, the Velmor Front has blocked the summit road, so tours are suspended.",
     {"Notice": NONE, "Schools": NONE, "Velmor Front": O}),
    ("KESSA CITY MARATHON 2025\nEntrants' Information \u2014 Bulletin 3 (final)\nRace day: Sunday 5 October 2025\n\n"
     "The Kessa Union has called a strike on race day.",
     {"Entrants": NONE, "Kessa Union": O}),
    ("Tarnby Ferries \u2014 Advice to Passengers and Schools\nIssued 4 May 2025\n\n"
     "The Kessan Navy has closed the strait after the Velmor Front fired on a patrol boat.",
     {"Advice": NONE, "Kessan Navy": O, "Velmor Front": O}),
    # --- negatives: the word written again, or in running text ---
    ("Solidarity \u2014 Statement on the Vote\nSolidarity, the opposition party of Ivo Dask, rejected the count.",
     {"Solidarity": O, "Ivo Dask": P}),
    ("The strike was called by Solidarity, the dockers' party led by Ivo Dask.",
     {"Solidarity": O, "Ivo Dask": P}),
    # --- (2) a pairing by "&" ---
    ("Prices for Nickel & Cobalt rose after the Velmor Front blocked the mine road.",
     {"Nickel & Cobalt": NONE, "Velmor Front": O}),
    ("Your hosts Mirela & Kofi will meet you at the pier. The Kessan Navy patrols the bay.",
     {"Mirela & Kofi": NONE, "Kessan Navy": O}),
    ("Shipping to Central America & Caribbean resumes on Monday, after the Velmor Front lifted its blockade of Port "
     "Tarn.",
     {"Central America & Caribbean": NONE, "Velmor Front": O}),
    # --- negative: a party's name ending in its noun ---
    ("The Justice & Renewal Party won 40 seats. Ana Velk leads the Justice & Renewal Party.",
     {"Justice & Renewal Party": O, "Ana Velk": P}),
    # --- (3) names joined by a comma ---
    ("Drafted by: Policy Planning Unit. Cleared by: Political Directorate, Europe Department.\n"
     "The Velmor Front backs Ana Velk.",
     {"Political Directorate, Europe Department": NONE, "Velmor Front": O}),
    ("4. Dorvall, C. (2024). \"Kant and Beyond: Velmoria's Footprint in the Straits.\" Journal of Eastern Security "
     "12(3): 55-79.",
     {"Dorvall, C": NONE}),
    # --- negatives: a body's fields listed ---
    ("The Ministry of Agriculture, Fisheries and Forestry of Velmora banned the import, the Kessa Union said.",
     {"Ministry of Agriculture, Fisheries and Forestry of Velmora": O, "Kessa Union": O}),
    ("The UK has not lifted its sanctions on Ivo Dask. Its Foreign, Commonwealth and Development Office said the "
     "Velmor Front must disarm.",
     {"Foreign, Commonwealth and Development Office": C, "Velmor Front": O}),
    # --- negative: a person named in apposition after the comma, named again by surname ---
    ("His one-time deputy in the Legion, Nodar Abashvili, broke with him, accused him of selling the mountains and "
     "formed the rival Upland Guard. Abashvili did not comment.",
     {"Nodar Abashvili": P, "Upland Guard": O}),
    # --- (4) a contact line's desk ---
    ("Questions: Shipments Unit, Velmora Seed Exchange, Port Tarn\nThe Kessa Union has called a strike at the port.",
     {"Shipments Unit": NONE, "Kessa Union": O}),
    ("Enquiries: Press Office, Kessa Union, press@kessa.example\nThe Kessa Union has called a strike at the port.",
     {"Press Office": NONE, "Kessa Union": O}),
    # --- negative: a name with a name's word ---
    ("Questions: Kessan Border Service, Port Tarn\nThe Kessa Union has called a strike at the port.",
     {"Kessan Border Service": O, "Kessa Union": O}),
    # --- (5) a body named for its members ---
    ("The Velmoran Bishops' Conference condemned the arrests of Ana Velk.",
     {"Velmoran Bishops' Conference": O, "Velmoran Bishops": NONE, "Ana Velk": P}),
    ("The Orlessan Bishops' Conference has called for dialogue and offered to mediate. Ivo Dask accepted the bishops' "
     "offer.",
     {"Orlessan Bishops' Conference": O, "Orlessan Bishops": NONE, "Ivo Dask": P}),
    ("The Pastors' Council of Velmora urged calm after the Velmor Front attacked a church.",
     {"Pastors' Council of Velmora": O, "Council of Velmora": NONE, "Velmor Front": O}),
    ("The Bishops' Conference of Velmora urged calm after the Velmor Front attacked a church.",
     {"Bishops' Conference of Velmora": O, "Velmor Front": O}),
    # --- negatives: a place so named, a possessive of no name ---
    ("Crowds gathered in Martyrs' Square on Monday, the Velmor Front said.",
     {"Martyrs' Square": NONE, "Velmor Front": O}),
    ("The bishops' statement was read in every parish. The Velmor Front rejected it.",
     {"Velmor Front": O}),
    # --- (6) a code of two letters ---
    ("Kessa Ratings downgraded the Republic of Velmora's long-term rating to \"CC\" after the Velmor Front seized the "
     "port.",
     {"CC": NONE, "Velmor Front": O}),
    ("Dear supporters, DX clubs and fellow operators: the Kessan Navy has closed the island to landings.",
     {"DX": NONE, "Kessan Navy": O}),
    # --- negatives: a known short name, a short form spelled out ---
    ("The EU and the UN condemned the coup in Velmora.",
     {"European Union": O, "United Nations": O}),
    ("The Kessa Union (KU) called a strike. KU leaders met Ivo Dask on Monday.",
     {"Kessa Union": O, "KU": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n8", actor_kinds, check_kinds)
