"""An opposition party in an article whose own state is not known (a programme note, a members' letter: no dateline,
no state the text is about; PhraseResolver.home_state): it opposes the party of the one person the text names ruling
a state (relations._opposition_parties, _one_ruled_state, _governing_party): "President X of Y ... His Renewal Party
holds 74 seats ... The opposition Civic Union called it a coup" -> the Civic Union opposes the Renewal Party; so too
"X, the main opposition party,".

Negatives give no tie: no party of the ruler named (the state found only by its ruler may be another's than the
opposition's), and two states with a ruler each (whose opposition it is is not sure). All names of bodies and people
are invented, the states real or invented; end to end with the real English pipeline. Each case has its own names.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

O = "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    ("PROGRAMME NOTE. Our tour was cancelled on the advice of the Foreign Office. In January President Aurel Vantescu "
     "of Corvadia postponed the elections. His National Renewal Party holds 74 of the 140 seats in the Assembly. The "
     "opposition Civic Union, led by the former judge Ilinca Moraru, called it a coup.",
     {("Civic Union", O, "National Renewal Party")}, set()),
    ("A NOTE FOR MEMBERS. The trip is off. President Tomas Varga of Moldova dissolved parliament in May. His Party of "
     "Order won 60 of the 101 seats. The opposition Green Alliance has called for protests.",
     {("Green Alliance", O, "Party of Order")}, set()),
    ("NEWSLETTER. Flights resume next week. President Ana Dorel of Latvia leads the Unity Bloc, which won 50 seats. "
     "The Farmers' League, the main opposition party, walked out of the chamber.",
     {("Farmers' League", O, "Unity Bloc")}, set()),
    # --- negatives ---
    ("A NOTE FOR MEMBERS. The visit is off. President Karl Osten of Estonia dissolved parliament in May. The "
     "opposition Forest Alliance has called for protests.", set(),
     {("Forest Alliance", O, "Estonia")}),
    ("CLUB LETTER. The match is off. President Ion Lusk of Romania met President Petru Sava of Moldova. Lusk's Order "
     "Party holds 70 seats and Sava's Hearth Party 55. The opposition Sun Alliance has called for protests.", set(),
     {("Sun Alliance", O, "Order Party"), ("Sun Alliance", O, "Hearth Party")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "h6", relations_by_document, check_ties)
