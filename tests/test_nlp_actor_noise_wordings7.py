"""Everyday names that are no actors: a saint's church or school, a day's short name, a sitting of a body.

(1) A saint's name before "'s" and a capitalised word ("St Agnes's Hospital", "St. Bede's College", "Saint Oran's
Pilgrim Tours") names the hospital, the school or the firm, not the saint, and a saint's name after "of" closing a
longer name ("the Wolves of Saint Dravin") is a word of that name; the Virgin's ("Our Lady of the Lagoon", the
tagger leaving "Our" out) is a church or a shrine (actors._saint_name). Negatives: a state whose name opens with
"Saint" ("Saint Lucia's Parliament", "St Kitts and Nevis") stays a state, and the people named beside stay.

(2) A day's short name the text writes before a day's number ("Fri 14 Nov, 18:30") is that day where it stands
alone too ("Followed (Fri only) by a talk": roles.yaml day_abbreviations). Negative: a surname that is a day's short
name in a text with no such date ("Sun Wenli ... Sun said") stays a person.

(3) A sitting's adjectives and a meeting's noun ("the Annual General Meeting", "an Extraordinary General Meeting":
roles.yaml session_adjectives, meeting_heads) are one sitting, no actor, and no title ("General") before a person
"Meeting" (knowledge.strip_titles keeps a rank's word before a meeting's or a body's noun alone). Negatives: a title
before a person's name ("General Ivo Dask", "Captain Ivo Dask") is still stripped.

(4) "a Q&A with X" (roles.yaml not_actors) is a session of questions, no body.

(5) Capitalised common nouns right after "and" that follows "<body's noun> of" and capitalised words ("the Ministry of
Education and Skills Development", the tagger cutting the name at "and") are the body's second field, no body
(actors._portfolio_tail). Negatives: a body or a person after "and" ("the Ministry of Defence and the Velmor Front")
stay.

(6) A title of English common words only ("Little Kitchen", "Naval Footprint", "Customer Support": no body's noun,
state or place), written once, inside a work's title in quotes or ending a heading line of capitalised words, is a
course's, a paper's or a page's title (actors._common_words_title). Negatives: a party of common words in a table's
row or written again ("Civic Bridge") and a body's name in a quoted saying ("parties in the Harbour Compact") stay.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- (1) a saint's church, school or firm ---
    ("Dr Mira Solten was appointed head of surgery at St Agnes's Hospital, Dorvan, the Harbour Party said.",
     {"St Agnes": NONE, "Mira Solten": P, "Harbour Party": O}),
    ("Pupils of St. Bede's Grammar School marched with the Civic Front.",
     {"St. Bede": NONE, "St Bede": NONE, "Grammar School": NONE, "Civic Front": O}),
    ("Patients were moved to St Kilian's, the hospital the Velmor Front shelled last year.",
     {"St Kilian": NONE, "Velmor Front": O}),
    ("Bookings are handled by Saint Oran's Pilgrim Tours Ltd. The Kessa Union has endorsed the route.",
     {"Saint Oran": NONE, "Kessa Union": O}),
    ("The Wolves of Saint Dravin, a paramilitary group, attacked a rally of the Civic Front in Kerov.",
     {"Saint Dravin": NONE, "Civic Front": O}),
    ("Do not anchor off Our Lady of the Lagoon between 10:00 and 16:00. The Kessan Navy patrols the bay.",
     {"Lady of the Lagoon": NONE, "Kessan Navy": O}),
    # --- negatives: a state named for a saint, people beside ---
    ("Saint Lucia's Parliament passed the bill on Monday. Ivo Dask of the Harbour Party welcomed it.",
     {"Saint Lucia": C, "Ivo Dask": P, "Harbour Party": O}),
    ("St Kitts and Nevis recalled its envoy. Ana Velk of the Civic Front called the move overdue.",
     {"Saint Kitts and Nevis": C, "Ana Velk": P}),
    # --- (2) a day's short name ---
    ("Screen 2, Old Mill Cinema | Fri 14 Nov, 18:30 | Sun 16 Nov, 13:00\n"
     "Followed (Fri only) by a talk with Tomas Veld of the Civic Front.",
     {"Fri": NONE, "Tomas Veld": P, "Civic Front": O}),
    # --- negative: a surname that is a day's short name, no date ---
    ("Sun Wenli, the Harbour Party's treasurer, resigned on Monday. Sun said the party owed him money.",
     {"Sun Wenli": P, "Harbour Party": O}),
    # --- (3) a sitting of a body ---
    ("5. Annual General Meeting\nThe Annual General Meeting of the Dorra Golf Club will be held on 4 May. "
     "Captain Ivo Dask will chair it.",
     {"Meeting": NONE, "General Meeting": NONE, "Annual General Meeting": NONE, "Ivo Dask": P}),
    ("The dockers' union called its Extraordinary General Meeting on 4 May after the secretary, Ana Velk, resigned. "
     "The Meeting will vote.",
     {"Meeting": NONE, "General Meeting": NONE, "Ana Velk": P}),
    # --- negative: a title before a person's name is still stripped ---
    ("General Ivo Dask, the commander of the Kessan army, met the Velmor Front's leader, Ana Velk.",
     {"Ivo Dask": P, "Ana Velk": P, "Velmor Front": O}),
    # --- (5) a body's second field cut at "and" ---
    ("Your placement letter from the Ministry of Education and Skills Development is your key document. The "
     "Velmor Front holds the north.",
     {"Skills Development": NONE, "Velmor Front": O}),
    ("The Office of Planning and Skills Training approved the grant, the Kessa Union said.",
     {"Skills Training": NONE, "Kessa Union": O}),
    # --- negatives: a body or a person after "and" ---
    ("The Ministry of Defence and the Velmor Front signed a truce that Ana Velk negotiated.",
     {"Velmor Front": O, "Ana Velk": P}),
    # --- (6) a course's, a paper's or a page's title of common words ---
    ("Tova's Little Kitchen\nAna Velk of the Velmor Front shared this recipe.",
     {"Little Kitchen": NONE, "Velmor Front": O}),
    ("3. Orlov, K. (2023). \"Harbour and Beyond: Velmoria's Naval Footprint in the Straits.\" Eastern Review 4(2).\n"
     "The Velmor Front backs Ana Velk.",
     {"Naval Footprint": NONE, "Velmor Front": O}),
    ("Dorvan Airways - Customer Support\nAgent Tomas Veld said the Velmor Front blocked the road.",
     {"Customer Support": NONE, "Velmor Front": O}),
    # --- negatives: a party of common words in a table, written again, or named in running text ---
    ("Results\nParty    Seats\nCivic Bridge    44\nGreen Left    12\nThe Velmor Front rejected the count.",
     {"Civic Bridge": O, "Green Left": O}),
    ("Election night: Civic Bridge\nThe Civic Bridge party of Ana Velk won 44 seats.",
     {"Civic Bridge": O, "Ana Velk": P}),
    ("The party's spokesman, Ivo Dask, accused \"parties in the Harbour Compact\" of buying votes.",
     {"Harbour Compact": O, "Ivo Dask": P}),
    # --- (4) a session of questions ---
    ("After the screening there is a Q&A with the director Lina Morrow of the Kessa Film Union.",
     {"Q&A": NONE, "Lina Morrow": P}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "n7", actor_kinds, check_kinds)
