"""Spurious actors of non-news documents (memos, notices, site letters, briefs). A capitalised post made of English
common words and a job word, with no one's name ("The Country Manager leads a team", "(Support Agent, ...)",
"Librarian's note"), names no actor (roles.yaml job_words); a post with a name's word ("Tarn Monitor"), a person
named beside it, or a post whose office the text names as a body ("the Office of the ... Humanitarian Coordinator")
stays. A memo's sending desk after its sender's field ("From: Commercial Department", "Prepared by: Access and
Security Unit, X") is no actor (roles.yaml sender_fields); a ministry or a body with a name's word stays. Terms of
trade, a ship's radio and an executive's post in capitals ("FOB", "EBITDA", "AIS", "VHF", "COO": roles.yaml
not_actors) and a text of rules named by its head first ("the Rules of the Association") are no bodies; a body's
acronym spelled out stays. A place closing a list item's descriptor in brackets ("Supplier A (denim, Tesko):") and a
plural noun naming items by their labels ("Sites 301 and 302", "Suppliers A and B") are no actors; a role or a
party in the brackets stays. A facility's name ending in a hospital's or a clinic's noun is a place, no actor
(roles.yaml facility_heads); the body that runs it stays. A name right before a lower-case noun of a place's feature
that heads its phrase ("the Tarvo corridor", "made it to Kesh hut", "the Orla delta", "the Mavi hills") is a place,
no actor (roles.yaml site_nouns); a state there, a body with a body's noun ("the Kessan Front camp"), or a feature
noun that modifies another noun ("the Mavi hills militia") stay. Each case: (text, {name: kind or NONE}, pairs of
names that must be one actor, pairs that must not). All names are invented but the states; end to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, battery, check_actors, extract_actors

pytestmark = pytest.mark.model

O, P, C = "organization", "person", "country"

CASES = [
    # --- a post of common words and a job word, no one's name ---
    ("Role: Country Manager, Velmoria (Copper)\nThe Country Manager leads a team of 900 and reports to the board. "
     "The previous Country Manager left in May.", {"Country Manager": NONE}, set(), set()),
    ("Questions to: Dr Anneli Vosk, Medical Monitor, +44 20 555 0199.\nThe Kessan Medicines Agency approved the "
     "trial in March.", {"Medical Monitor": NONE, "Anneli Vosk": P}, set(), set()),
    ("Many thanks,\nPaul Dask\nSecurity Analyst, Tarn Monitor\n\nThe Kessan Front attacked the Velo depot.",
     {"Paul Dask": P, "Kessan Front": O}, set(), set()),
    ("Participants: Customer (verified booking holder) and Orsa T. (Support Agent, Marren hub).\n"
     "The Velmar Aviation Authority grounded the fleet on Monday.", {"Support Agent": NONE}, set(), set()),
    ("Librarian's note: the Tarvo Herald closed in 2019 after the Kessan Unity Party sued it.",
     {"Librarian": NONE, "Kessan Unity Party": O}, set(), set()),
    ("The Regional Coordinator will brief donors in Marren on the Velk Liberation Front's attacks.",
     {"Regional Coordinator": NONE, "Velk Liberation Front": O}, set(), set()),
    ("Interview with the Finance Director and the legal team in Marren. The Kessan Unity Party won the vote.",
     {"Finance Director": NONE, "Kessan Unity Party": O}, set(), set()),
    ("The Project Officer and the Field Coordinator will visit the camps run by the Tarvo Relief Society.",
     {"Project Officer": NONE, "Field Coordinator": NONE, "Tarvo Relief Society": O}, set(), set()),
    # --- negatives: a post with a name's word, a person beside the post ---
    ("Prepared by the Office of the Resident and Humanitarian Coordinator, Velmoria.\nThe Humanitarian Coordinator "
     "called on the Tarvo Brigade to free the two aid workers.", {"Humanitarian Coordinator": O}, set(), set()),
    ("The Orvessa Rights Monitor said the Velk Liberation Front had killed nine villagers.",
     {"Orvessa Rights Monitor": O, "Velk Liberation Front": O}, set(), set()),
    ("Pavel Drosk, Country Manager, met the Kessan energy minister, Ilse Varne, in Marren.",
     {"Pavel Drosk": P, "Ilse Varne": P, "Country Manager": NONE}, set(), set()),
    # --- a memo's sending desk after its sender's field ---
    ("From: Tour Office, Velmar Chamber Orchestra\nTo: all players\nThe Kessan Unity Party won the vote on Sunday.",
     {"Tour Office": NONE, "Kessan Unity Party": O}, set(), set()),
    ("From: Commercial Department\nTo: clients\nSubject: Feeder cattle prices\nThe Kessan Farmers League "
     "backed the new tariff.", {"Commercial Department": NONE, "Kessan Farmers League": O}, set(), set()),
    ("Prepared by: Access and Security Unit, Velmar Relief, Marren office\nThe Tarvo Brigade closed the road.",
     {"Security Unit": NONE, "Access and Security Unit": NONE, "Tarvo Brigade": O}, set(), set()),
    # --- negatives: a state's executive, a body with a name's word, a desk named in the running text acting ---
    ("From: Ministry of Foreign Affairs, Republic of Lithuania\nLithuania summoned the Kessan envoy on Monday.",
     {"Lithuania": C}, set(), set()),
    ("From: Kessan Border Service\nThe Kessan Border Service closed the Tarvo crossing.",
     {"Kessan Border Service": O}, set(), set()),
    # --- terms of trade, a ship's radio, an executive's post in capitals; a text of rules named by its head ---
    ("Live feeder cattle, FOB Montevideo: USD 2.71/kg live weight. The Kessan Farmers League backed the tariff.",
     {"FOB": NONE, "Kessan Farmers League": O}, set(), set()),
    ("Members should keep AIS on at all times and call the Velmar navy on VHF channel 16.",
     {"AIS": NONE, "VHF": NONE}, set(), set()),
    ("The unit made 4.8 per cent of Group EBITDA. Next step: interview with COO and Head of Legal in Marren.",
     {"EBITDA": NONE, "Group EBITDA": NONE, "COO": NONE}, set(), set()),
    ("This circular does not vary the Rules of the Association. The Kessan Shipowners Union opposed the levy.",
     {"Rules of the Association": NONE, "Kessan Shipowners Union": O}, set(), set()),
    # --- negatives: an acronym of a body spelled out, a report's body ---
    ("The Allied Infantry Section (AIS) said it had taken the bridge. AIS fighters entered the town at dawn.",
     {"Allied Infantry Section": O}, set(), set()),
    ("The Commission of Inquiry on Tarvo published its report on Monday.",
     {"Commission of Inquiry on Tarvo": O}, set(), set()),
    # --- a place closing a list item's descriptor in brackets; items named by their labels ---
    ("Supplier status:\n- Supplier A (denim, Tesko): lost two customers.\n- Supplier B (knit, Varu Hanye): "
     "laid off one shift.\nThe Kessan Workers Union called a strike.",
     {"Tesko": NONE, "Varu Hanye": NONE, "Kessan Workers Union": O}, set(), set()),
    ("Next steps: confirm volumes with Suppliers A and B by 15 August. The Sponsor has not closed Sites 301 and "
     "302.", {"Suppliers A": NONE, "Suppliers": NONE, "Sites": NONE}, set(), set()),
    # --- negatives: a role or a kinsman in the brackets, a party's plural before its number ---
    ("The statement was read by Anton Rask (spokesman, Kessan Unity Party) in Marren.",
     {"Kessan Unity Party": O, "Anton Rask": P}, set(), set()),
    ("The talks were led by Pavel Drosk (chairman, Velmar Greens) on Monday.",
     {"Pavel Drosk": P}, set(), set()),
    # --- a facility's name: a hospital, a clinic ---
    ("Site 301, Varno District Hospital (North Province): recruitment suspended from 18 June.\nSite 302, Kesh "
     "Mission Clinic (North Province): open.", {"Varno District Hospital": NONE, "Kesh Mission Clinic": NONE},
     set(), set()),
    ("Wounded fighters were taken to the Orla General Hospital after the Tarvo Brigade shelled the market.",
     {"Orla General Hospital": NONE, "Tarvo Brigade": O}, set(), set()),
    # --- negative: the body that runs it stays ---
    ("The Velmar Red Crescent Society runs the Dasko Field Hospital and said the army had blocked its convoys.",
     {"Velmar Red Crescent Society": O, "Dasko Field Hospital": NONE}, set(), set()),
    # --- a place named before its feature's noun ---
    ("- Logistics: the Kessan government is financing the Tarvo corridor, which would carry ore west to the sea.",
     {"Tarvo": NONE}, set(), set()),
    ("Eleven of us made it to Kesh hut on the 20th of September, four days after polling day.",
     {"Kesh": NONE}, set(), set()),
    ("The navy patrols the Orla delta, where the Delta Fishers Front has attacked oil service vessels.",
     {"Orla": NONE, "Delta Fishers Front": O}, set(), set()),
    ("A lieutenant said the 4th Division had moved four thousand men into the Mavi hills since New Year.",
     {"Mavi": NONE}, set(), set()),
    # --- negatives: a state, a body with a body's noun, a feature noun before another noun, the name acting ---
    ("Gunmen attacked the Kessan Front camp near the Velmoria border on Monday.",
     {"Kessan Front": O}, set(), set()),
    ("The Mavi hills militia attacked the Velmar Defence Force on Monday. The Mavi Liberation Army denied any role.",
     {"Mavi Liberation Army": O, "Velmar Defence Force": O}, set(), set()),
    ("Kenya closed the Kenya corridor to trucks after the Ogaden Liberation Front attacked a convoy.",
     {"Kenya": C, "Ogaden Liberation Front": O}, set(), set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "afp4", extract_actors, check_actors)
