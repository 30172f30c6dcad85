"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: police
counted with troops ("110 police and defence personnel", the parser hanging the count on "police"), police officers
named as such ("400 Kenyan police officers"), the men of a force told with "of" ("a training mission of 300 officers",
"a contingent of 200 police"), items of a list told with "with" ("B with 12 and C with 11", the parser hanging the
later "with" on an earlier name), and a one-word body the actor layer takes for a person in a list of counts
("A holds 110 seats, Tolvik 102"), and the items of a bulleted list under a line about seats, a note after an item's
count ("- X: 14, led by Y"; the parser splits the bullet off as a sentence of its own). Negatives give nothing: a negated deployment, police injured or charged, a
trade mission of experts, a civil or denied mission, a state's own police (its police aides named by its adjective are troops), a meeting "with 12 unions", a person's
own name in a list, an age set off by commas, a list of people arrested. The bodies are invented;
states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # --- police counted with troops ---
    ("Australia deployed about 110 police and defence personnel to the islands after the riots.",
     {("Australia", T, 110)}),
    ("Japan has about 180 police and military personnel stationed in the capital under the agreement.",
     {("Japan", T, 180)}),
    ("Portugal sent some 250 police and army personnel to the northern border.", {("Portugal", T, 250)}),
    ("Australia has not deployed 110 police and defence personnel to the islands.", set()),
    ("The riots injured about 110 police and defence personnel.", set()),
    # --- police officers named as such ---
    ("The first two contingents, some 400 Kenyan police officers, reached the capital in July.", {("Kenya", T, 400)}),
    ("Ghana sent 300 police officers to the mission last year.", {("Ghana", T, 300)}),
    ("The court charged 12 police officers with murder.", set()),
    # a state's police aides
    ("Under the accord, 25 Chinese police advisers have worked at the police headquarters in the capital since 2024.",
     {("China", T, 25)}),
    ("About 40 Turkish police trainers work with the local police in the port.", {("Turkey", T, 40)}),
    ("The ministry has 40 police advisers in the capital.", set()),
    ("About 25 Chinese police advisers were expelled from the country in 2023.", set()),
    ("China has not sent 25 Chinese police advisers to the country.", set()),
    # a state's own police are no troops
    ("Some 400 Kenyan police officers protested in Nairobi in July.", set()),
    ("Kenya employs about 100,000 police officers.", set()),
    ("The city of Nairobi has 4,000 police officers on its streets.", set()),
    ("Kenya has a police force of 100,000 officers.", set()),
    # --- the men of a force told with "of" ---
    ("Turkey has a training mission of roughly 300 officers in the country.", {("Turkey", T, 300)}),
    ("Chile keeps a contingent of 200 police in the valley.", {("Chile", T, 200)}),
    ("Chile sent a trade mission of 30 experts to the fair.", set()),
    ("The mission of 40 engineers from Chile rebuilt the bridge.", set()),
    ("Turkey's training mission of 300 officers arrived in the country in May.", {("Turkey", T, 300)}),
    # a civil mission, one of no state, one denied
    ("Chile sent a diplomatic mission of 30 officers to the talks.", set()),
    ("Chile sent an observer mission of 30 officers to the vote.", set()),
    ("The IMF sent a mission of 12 advisers to Chile.", set()),
    ("Turkey has no training mission of 300 officers in the country.", set()),
    ("Turkey has no force of 300 men in the country.", set()),
    # --- items of a list told with "with" ---
    ("The other parties, the Iron Front with 16 seats, the Green League with 12 and the Labour Union with 11, went "
     "into opposition.", {("Iron Front", S, 16), ("Green League", S, 12), ("Labour Union", S, 11)}),
    ("The Tarn Party won 40 seats; the Iron Front with 12 and the Labour Union with 9 stayed in opposition.",
     {("Tarn Party", S, 40), ("Iron Front", S, 12), ("Labour Union", S, 9)}),
    ("The Iron Front met with 12 unions on Monday.", set()),
    # --- a one-word body taken for a person, an item of a list of counts ---
    ("The Crimson Dawn Party holds 110 seats, Tolvik 102, Kerensa 86 and the Farmers Union 44.",
     {("Crimson Dawn Party", S, 110), ("Tolvik", S, 102), ("Kerensa", S, 86), ("Farmers Union", S, 44)}),
    ("The Velkar Party holds 58 seats, Tolvik 21 and the Farmers Union 12; Tolvik said it would join the talks.",
     {("Velkar Party", S, 58), ("Tolvik", S, 21), ("Farmers Union", S, 12)}),
    ("Marek Tolvan won 40 seats for his party, Anna Weller 12.", {("Marek Tolvan", S, 40)}),
    # an age set off by commas is no item of the list
    ("The Velkar Party holds 58 seats, and Tolvaran, 61, leads it.", {("Velkar Party", S, 58)}),
    # --- a bulleted list under a line about seats, a note after an item's count ---
    ("Seats in the National Council after the vote:\n- Party of Order and Progress: 88\n- Civic Union: 37\n"
     "- Social Democrats of Varna: 14, led by a former judge\n- Patriotic Union: 12; it votes with the government\n",
     {("Party of Order and Progress", S, 88), ("Civic Union", S, 37), ("Social Democrats of Varna", S, 14),
      ("Patriotic Union", S, 12)}),
    ("Seats in the Grand Assembly:\n* Harbour Party: 61, up from 55\n* Farmers Union: 30, the biggest loser\n",
     {("Harbour Party", S, 61), ("Farmers Union", S, 30)}),
    ("Members arrested after the protest:\n- Harbour Party: 14, all released\n- Farmers Union: 9\n", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "f", facts_by_document, assert_facts_force_apart)
