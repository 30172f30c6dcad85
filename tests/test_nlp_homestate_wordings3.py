"""The article's own state named only in its bodies' names, read in a masthead of several lines or by its adjective
(``PhraseResolver._unnamed_own_state``, ``_title_block``): a title in capitals opens a block of short lines under it
("CHIEF ARBITER'S REPORT / 5th Kessava Open, 2-9 May / Submitted to the Kessava Chess Federation"), and the masthead
may name the state by its adjective ("THE VORNESIAN ALMANACK" over "Civic Vornesia", "the Vornesia Farmers' Union").
A foreign power named often ("Russia", "Moscow") is then not where a bare "President X" or "Interior Minister Y"
holds office: no state is better than a wrong one. Negatives: a real state named often with its organs keeps its
titles though the masthead block names a local body; a masthead block naming a state counted is that state's (a
movement's name under it is no own state); the adjective of a real state in a masthead is no invented state. All
names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

RUSSIA = ("Russia sent twelve players, and the Russian federation asked for a second hotel in Russia. Moscow later "
          "complained.")

CASES = [
    # --- the own state named in the second or third line of a masthead in capitals ---
    ("CHIEF ARBITER'S REPORT\n5th Kessava International Open, 2-9 May 2025\nSubmitted to the Kessava Chess "
     "Federation\n\nThe event was moved to a coastal hotel after the Kessava Chess Federation heard of a curfew. The "
     "Kessava Arbiters' Board and the Kessava Youth League agreed. "
     "The move was approved by Interior Minister Oren Dalt. " + RUSSIA,
     set(), {("Oren Dalt", L, "Russia"), ("Oren Dalt", M, "Russia")}),
    ("TECHNICAL REPORT\nTalvera Cup, final round\nPrepared for the Talvera Football Association\n\nThe Talvera "
     "Football Association fined two clubs, and Talvera Athletic and the Talvera Referees' Union protested. The "
     "Talvera Youth League backed them. President Ilsa Morn attended the final. " + RUSSIA,
     set(), {("Ilsa Morn", L, "Russia")}),
    # --- the own state named by its adjective in the masthead ---
    ("THE VORNESIAN ALMANACK FOR THE YEAR 2026\nA calendar of feasts and follies\n\nJanuary: Civic Vornesia holds "
     "its congress. The Vornesia Farmers' Union marches. The Vornesia Dairy Board and the Vornesia Savings Bank "
     "close for the feast. President Ilan Vask speaks for four hours. " + RUSSIA,
     set(), {("Ilan Vask", L, "Russia")}),
    ("THE SELDARAN TIMES SPORTS DESK\nWeekly notes\n\nThe Seldara Rowing Club won the cup, and Seldara Athletic "
     "drew again. The Seldara Hockey League and the Seldara Referees' Union met. Sports Minister Edo Varn handed "
     "over the trophy. " + RUSSIA,
     set(), {("Edo Varn", M, "Russia")}),
    # --- negatives ---
    # (a real state named often with its organs keeps its titles, though the masthead names a local body)
    ("ANNUAL REPORT\nSelmar Growers' Association\nDairy sector, 2025\n\nKenya's parliament passed the dairy bill in "
     "Kenya after a long night. The Selmar Growers' Association had lobbied against it. Kenya's government said the "
     "law would cut prices in Kenya, and President Otieno Marwa is expected to sign it.",
     {("Otieno Marwa", L, "Kenya")}, set()),
    # (a masthead block naming a state counted is that state's: a movement's name under it is no own state)
    ("MINUTES OF THE SECOND SESSION OF THE TALKS\nGovernment of the Republic of Ostravia - Kelmar Liberation "
     "Movement (KLM)\nVenue: a hotel in Oman\n\nThe Kelmar Liberation Movement asked for a ceasefire. The Ostravian "
     "delegation refused, and the army of Ostravia kept its positions in Ostravia. The Kelmar Liberation Movement "
     "walked out. President Aren Voss later spoke to the KLM leaders. The Kelmar Youth Front protested.",
     {("Aren Voss", L, "Ostravia")}, set()),
    # (the adjective of a real state in the masthead is no invented state)
    ("THE RUSSIAN CHESS ALMANACK\nResults of the season\n\nThe Russian Chess Federation met in Moscow. Russia's "
     "government funded the clubs in Russia, and Russia's parliament praised them. President Ivan Korov attended.",
     {("Ivan Korov", L, "Russia")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hs3", relations_by_document, check_ties)
