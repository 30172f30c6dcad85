"""Which state a bare title ("President X", "Prime Minister Y", "Sports Minister Z") belongs to, by the layout and
the voice of the document (a battery written before the fix, several layouts per cause):

- a document of an invented or little-known state that names it only inside the names of its bodies (an office's
  masthead, a sports page's league, a chamber's circular: "PORT AUTHORITY OF KESTRAVO ... the Kestravo Maritime
  Court"): a foreign state met in passing ("a firm registered in Brazil") is not where its titles hold office, and
  no state is better than a wrong one (``PhraseResolver._unnamed_own_state``); a real state named often with its
  organs keeps its titles though bodies carry a local name ("the Selmar Dairy Union" in a Kenyan story);
- still open (strict xfail, each with its cause): the state itself, named only in its bodies' names, is no actor
  to tie the titles to; a radio
  station's name as the only naming of the state (kept: no foreign state for the titles), a roundup item under
  a heading that names its state (kept).

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

CASES = [
    # --- the own state named only in its bodies' names: no foreign state for its titles ---
    ("PORT AUTHORITY OF KESTRAVO\nNotice to shippers, 4 March\n\nThe Kestravo Maritime Court has ordered the sale of "
     "the tanker held at berth 6 since January. The Kestravo Customs Service will publish the lots next week. The "
     "owners, a firm registered in Brazil, appealed twice, and a Brazilian insurer has filed a claim with Brazil's "
     "courts. Bids close at noon on 30 March. The sale was approved by Prime Minister Ilsa Dorven in February.",
     set(), {("Ilsa Dorven", L, "Brazil")}),
    ("FOOTBALL | ARDENIA CUP\n\nThe Ardenia Football Federation fined two clubs on Monday after fans fought on the "
     "terraces. The Ardenia Police Service said nine people were hurt. One club belongs to a businessman who lives in "
     "France, and its French coach, hired from a club in Lyon, was banned for three games by France's league as "
     "well. Both clubs may appeal within a week. The fines were announced by Sports Minister Teo Marrak.",
     set(), {("Teo Marrak", M, "France")}),
    ("TRADE COUNCIL OF NOLVARA\nNote to members No. 7\n\nThe Nolvara Ports Board has again put off the new tariffs. "
     "Forward Nolvara, the opposition movement, called the delay a scandal. Two carriers from Japan have suspended "
     "calls; the Japanese embassy raised the matter, and Japan has offered advice. President Arno Vell is expected "
     "to decide on the tariffs this month.",
     set(), {("Arno Vell", L, "Japan")}),
    # --- a real state named often with its organs keeps its titles ---
    ("NAIROBI, May 3 - Kenya's parliament passed the dairy bill on Tuesday after a long night. The Selmar Dairy Union "
     "and the Selmar Growers' Association had lobbied against it. Kenya's government said the law would cut prices, "
     "and President Otieno Marwa is expected to sign it this week.",
     {("Otieno Marwa", L, "Kenya")}, set()),
    ("Peru's congress voted on Thursday to open an inquiry into the Harlow Mining Trust. The Harlow Workers' Front "
     "marched in Lima, and Peru's cabinet met late into the night. Prime Minister Rosa Quispel said the inquiry "
     "would be fair.",
     {("Rosa Quispel", L, "Peru")}, set()),
    # --- still open ---
    ("PORT AUTHORITY OF KESTRAVO\nNotice to shippers, 4 March\n\nThe Kestravo Maritime Court has ordered the sale of "
     "a dredger held since June. The Kestravo Customs Service lists the lots. Bids close at noon. The sale was "
     "approved by Prime Minister Ilsa Dorven in February.",
     {("Ilsa Dorven", L, "Kestravo")}, set()),
    ("DESK PLANNER - MONDAY\n\n09:00 - TARVOS - CABINET\nPrime Minister Elin Sarvo chairs the cabinet; Velnia's "
     "budget is on the agenda.\n\n11:30 - TARVOS - FOREIGN MINISTRY\nForeign Minister Dan Korrel meets the Ostrian "
     "ambassador at noon.\n\n14:00 - TARVOS - PARLIAMENT\nVelnia's parliament debates the water bill. Protest "
     "expected outside in Tarvos.\n\n16:00 - TARVOS - PRESIDENCY\nPresident Mira Alsen receives the Ostrian trade "
     "delegation.",
     {("Elin Sarvo", L, "Velnia"), ("Mira Alsen", L, "Velnia")}, set()),
    ("RADIO MERVANA ONE - \"THE BIG PHONE-IN\"\nTranscript, Friday\n\nHOST: Lines are open. The count is done and "
     "the Rose Party of Prime Minister Jana Tolv has the most seats. Caller one, go ahead.\nCALLER: The Dornish "
     "troops over the river worry me more. Dornland has three thousand men there.\nHOST: Dornland denies any plan "
     "to move them. Dornland's embassy says the same.",
     set(), {("Jana Tolv", L, "Dornland")}),
    # a state's mission placed abroad ("the Ostrelan embassy in Accra") is no sign of a foreign power: a workshop's
    # programme about that state keeps it as the story's state
    ("REGIONAL STUDIES WORKSHOP 2031\n\"Power and Rent: Ostrela After the Coup\"\nCity Campus, 22-23 May\n\n09:00 "
     "Opening. Ostrela's junta, led by General Tamas Orvek, took power in 2028. Ostrela left the regional bloc in "
     "2030, and Ostrela's army now patrols the north.\n11:30 Closing remarks. The Ostrelan embassy in Accra declined "
     "an invitation to take part.",
     {("Tamas Orvek", L, "Ostrela")}, set()),
    ("WORLD IN BRIEF\n\nVelnia: Farmers block roads\nVelnian farmers blocked three highways on Tuesday over diesel "
     "prices. Velnia's army cleared one of them.\n\nOstria: Vote count delayed\nOfficials said the count would take "
     "a week. Prime Minister Rena Dall's Union Party leads in early returns from Ostria's capital.",
     {("Rena Dall", L, "Ostria")}, {("Rena Dall", L, "Velnia")}),
]

XFAIL = {
    CASES[5][0]: "actors layer: a state named only inside its bodies' names and a masthead is no actor of its own",
}


extracted, test_wording = battery(CASES, XFAIL, "h", relations_by_document, check_ties)
