"""Actors in document genres written for an office rather than a newsroom (letters to a council, communiques,
position papers, announcements, after-action reviews), each cause in several wordings of our own (invented names,
end to end with the real English pipeline), with negatives:

* a form of address before a person's name ("His Excellency", "Her Eminence", "H.E.", "the Rt Hon"; roles.yaml
  honorifics) is no part of the name: the person is named without it and is one actor with
  the bare-name mentions; alone ("His Majesty's Government") it names nobody;
* an English verb or adjective in capitals in brackets ending a heading line ("Practices to keep (RETAIN)") is the
  section's label, no acronym, unless its letters fit the name before it on the line;
* a capitalised determiner after a lower-case determiner or possessive opens a body's name ("his All Farmers
  Congress"), while a sentence's opening "All" stays an article;
* a body's head noun, "for (the)", a capitalised task noun and "of" ("the Office for the Resettlement of Mountain
  Refugees") is one name, not the body and its task apart;
* a state's executive body after the state's possessive ("Velmora's Ministry of Fisheries") is the state
  acting, as with the state's adjective (roles.yaml state_executive): the full name is the state's alias, the
  office's bare name none;
* a meeting's name with a year or an ordinal ("the Winter Forum 2024", "our Fourth General Session";
  roles.yaml meeting_heads, session_adjectives) is one sitting of a body, no actor;
* a report's name is a text, no actor, unless one of its uses is a verb's subject or comes before a group noun
  (roles.yaml outlet_text_heads: "Harbour Reports said", "the Tessel Reports agency").

Negatives: a real acronym in brackets that fits its name, a capital word in brackets ending a line of running text
wrapped there, a person named without any honorific, "All" opening a sentence, a body "for" a person's title, a union
of the state's people after its possessive, a pastors' conference and a national assembly named without a year, an
assembly whose year dates the noun after it ("the 2023 X Assembly elections"), an ordinal written out before other
words than a sitting's ("the First Valley Clans Assembly"), a summit the text names elsewhere without its year.

Each case: text, {name: kind, or NONE where no actor may carry that name or alias}, number of person actors."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds_and_persons

pytestmark = pytest.mark.model

P, O, C = "person", "organization", "country"

CASES = [
    # --- a form of address before the name: the person without it, one actor with the bare name ---
    ("The miners thanked His Excellency Joseph Amadi for the meeting. Amadi promised to pay the wages.",
     {"Joseph Amadi": P, "Excellency Joseph Amadi": NONE, "His Excellency Joseph Amadi": NONE}, 1),
    ("The Velmari President, H.E. Tobar Wenlu Amadi, welcomed the delegation. H.E. Dr. Ruslan Pereko, Minister for "
     "Foreign Affairs, also spoke.",
     {"Tobar Wenlu Amadi": P, "H.E. Tobar Wenlu Amadi": NONE, "Ruslan Pereko": P}, 2),
    ("The council thanked the chief imam, His Eminence Yusuf Dantala, for his appeal. Dantala had condemned every "
     "attack.",
     {"Yusuf Dantala": P, "Eminence Yusuf Dantala": NONE}, 1),
    ("The Rt Hon Ada Kellaway opened the debate on the estimates. Kellaway later resigned.",
     {"Ada Kellaway": P, "Rt Hon Ada Kellaway": NONE}, 1),
    ("Her Excellency Mirela Stanco, Ambassador of Velmar, presented her credentials on Monday.",
     {"Mirela Stanco": P, "Excellency Mirela Stanco": NONE, "Her Excellency Mirela Stanco": NONE}, 1),
    ("His Majesty's Government declined to comment on the Dorvesh talks.",
     {"Majesty": NONE, "His Majesty": NONE}, 0),
    # --- negatives: a name without an honorific, the pronoun "He" before a name ---
    ("Tobar Amadi met the envoy in Dorvesh. He Lin, his adviser, took notes.",
     {"Tobar Amadi": P}, 2),
    # --- a heading's label in capitals in brackets ---
    ("3. Practices to keep (RETAIN)\n\n3.1 The Dorvesh police kept the road open.\n\n"
     "4. Practices to drop (ABANDON)\n\n4.1 The Qorvel Liberation Front (QLF) attacked a convoy.",
     {"RETAIN": NONE, "ABANDON": NONE, "Qorvel Liberation Front": O}, 0),
    ("Risks we can accept (TOLERATE)\n\nThe Marun Growers Guild has called a strike.",
     {"TOLERATE": NONE, "Marun Growers Guild": O}, 0),
    # --- negatives: an acronym in brackets that fits the name on its line stays ---
    ("6. The Strong Armed Front Elite (SAFE)\n\nThe group holds the northern hills.",
     {"Strong Armed Front Elite": O}, 0),
    # --- a capitalised determiner opening a body's name ---
    ("The senator defended the budget that his All Farmers Congress pushed through the chamber last week.",
     {"All Farmers Congress": O, "Farmers Congress": NONE}, 0),
    ("Kosh Arvan said the deal would pass, since its All Tarvan Civic Alliance held the chamber.",
     {"All Tarvan Civic Alliance": O, "Tarvan Civic Alliance": NONE}, 1),
    # --- negatives: "All" opening a sentence is an article ---
    ("All Velmari soldiers must leave the border villages by Friday, the Kessel Harvest Party said.",
     {"All Velmari": NONE, "Kessel Harvest Party": O}, 0),
    # --- a body's task after "for the": one name ---
    ("The camps, which the Regional Nations Office for the Resettlement of Mountain Refugees runs, are full.",
     {"Regional Nations Office for the Resettlement of Mountain Refugees": O, "Resettlement of Mountain Refugees": NONE,
      "Regional Nations Office": NONE}, 0),
    ("The Tarvan Office for the Prevention of Torture visited the prison in Dorvesh.",
     {"Tarvan Office for the Prevention of Torture": O, "Tarvan Office": NONE}, 0),
    ("Aid was delayed, said the Velmar Union Bureau for the Protection of Children.",
     {"Velmar Union Bureau for the Protection of Children": O, "Protection of Children": NONE}, 0),
    ("The Dorvesh Agency for the Protection of Coastal Waters fined the shipping firm on Monday.",
     {"Dorvesh Agency for the Protection of Coastal Waters": O, "Protection of Coastal Waters": NONE}, 0),
    # --- negatives: a body for a person's title is not joined ---
    ("The Kessel Council wrote to the President of Velmar about the border.",
     {"Kessel Council": O}, 0),
    # --- a state's executive body after the state's possessive: the state acting ---
    ("Trawlers were seized off Velmora. Velmora's Ministry of Fisheries closed the northern harbours.",
     {"Velmora": C, "Velmora's Ministry of Fisheries": C, "Ministry of Fisheries": NONE}, 0),
    ("Kessaria's Foreign Ministry summoned the envoy of Velmora on Tuesday.",
     {"Kessaria": C, "Kessaria's Foreign Ministry": C, "Foreign Ministry": NONE}, 0),
    # --- negatives: a body of the state's people, not its executive, stays a body ---
    ("Kessaria's Teachers Union called a strike on Tuesday.",
     {"Kessaria": C, "Teachers Union": O}, 0),
    # --- a meeting's name with a year or an ordinal: one sitting, no actor ---
    ("Club: Velmar Chess Society, Winter Forum 2024\nTheme: the war in Kessaria",
     {"Winter Forum": NONE}, 0),
    ("The pastors of Kessaria gathered for their Fourth General Session in March and issued a letter on the war.",
     {"General Session": NONE, "Fourth General Session": NONE}, 0),
    ("Delegates walked out of the Second Extraordinary Summit in Orsk on Tuesday.",
     {"Second Extraordinary Summit": NONE, "Extraordinary Summit": NONE}, 0),
    ("The Marlow Forum 2025 opened on Monday with a debate on fishing quotas.",
     {"Marlow Forum": NONE}, 0),
    # --- negatives: a conference or an assembly that is a body stays ---
    ("The Kessarian Pastors Conference and the National Assembly condemned the raid on the chapel.",
     {"Kessarian Pastors Conference": O, "National Assembly": O}, 0),
    # (a year dating a noun after the name, a written ordinal before other words, the name used bare elsewhere)
    ("Few voters turned out for the 2023 Tessel Regional Assembly elections in the valley.",
     {"Tessel Regional Assembly": O}, 0),
    ("The Orsk Churches Conference 2024 statement condemned the raid on the chapel.",
     {"Orsk Churches Conference": O}, 0),
    ("The First Valley Clans Assembly condemned the mining law on Tuesday.",
     {"First Valley Clans Assembly": O}, 0),
    ("The Marlow Summit 2025 opened on Monday. The Marlow Summit has forty member towns.",
     {"Marlow Summit": O}, 0),
    # --- a report's name: a text, unless it acts or names an agency ---
    ("Works consulted: Tessel Review Report, harbour survey notes (supplied by the organisers).",
     {"Tessel Review Report": NONE}, 0),
    ("Harbour Reports said the Velmari ferries were unsafe.",
     {"Harbour Reports": O}, 0),
    ("The Dorvo Weekly Report published the leaked memo on Monday.",
     {"Dorvo Weekly Report": O}, 0),
    ("The Tessel Reports agency said the rebels had fled the valley.",
     {"Tessel Reports": O}, 0),
    ("The Harbour Reports group said the Velmari ferries were unsafe.",
     {"Harbour Reports": O}, 0),
    # --- negatives: a capital word in brackets ending a line of running text wrapped there is an acronym ---
    ("Tomas Orvel heads the growers' guild (SOLID)\nof the delta and claims 4,000 members.",
     {"SOLID": O}, 1),
]

XFAIL: dict[str, str] = {
    "Harbour Reports said the Velmari ferries were unsafe.": "the name is kept now but read as a person's (the NER tags a two-word name ending in "
                            "'Reports' before 'said' as a person, an older cause)",
}


extracted, test_wording = battery(CASES, XFAIL, "g", actor_kinds, check_kinds_and_persons)
