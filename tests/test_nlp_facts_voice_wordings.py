"""Counts owned through a pronoun, a speaker or a person described by a role noun, written before the fix: "his
battalion of N soldiers" said by an officer the text names only by rank and side ("a Brastovian major"); a count of
troops with no owner of its own in what an armed body's commander or spokesman reports ("a commander of X said some
N fighters had been massed": X's); a house's size told by a body the actor layer took for a person. Counts that are no
strength stay unread (casualties, money, an enemy's troops, a relief body's report). Forces of several states joined
("their joint force"), a plural pronoun in a call-in transcript and "our army" in a party's programme are expected
failures with their causes. All names are invented; end to end with the real English pipeline; names compared
without case and a leading "the"."""
from __future__ import annotations

import pytest

from test_nlp_facts_battery import facts_by_document
from test_nlp_facts_blind_wordings2 import _norm
from wording_battery import battery_params

pytestmark = pytest.mark.model

S, T = "seats", "troops"
QU, BR, ABM = "Quellaria", "Brastovia", "Ash Banner Movement"

CASES = [
    # --- a possessive on the counted unit, said by one named only by rank and side: that side's ---
    ("Brastovia has sent a battalion to guard the pipeline of Quellaria. A Brastovian major who commands the guard "
     "told us that his battalion of 450 soldiers has patrolled the road since spring.", {(BR, T, 450)}),
    ("Brastovia keeps a garrison on the island of Vesk, which Brastovia leases from Quellaria. A Brastovian colonel "
     "posted there says her regiment of 900 troops could hold out for a month.", {(BR, T, 900)}),
    ("The Ash Banner Movement holds the hills of Quellaria. A captain of the Ash Banner Movement, interviewed at a "
     "checkpoint, said his company of 120 fighters had kept the pass open since May.", {(ABM, T, 120)}),
    ("Brastovia has sent troops to guard the pipeline of Quellaria. The Brastovian lieutenant at the pumping station "
     "says his platoon of 40 men checks every truck.", {(BR, T, 40)}),
    # --- no owner in the reported clause: the armed body its reporter speaks for ---
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. An Ash Banner Movement commander, "
     "speaking by phone, said about 3,000 fighters had been gathered east of the town.", {(ABM, T, 3000)}),
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. Its local commander, Rasko Venn, said "
     "that reinforcements of 400 fighters were coming.", {(ABM, T, 400)}),
    ("The Red Hill Militia has held the dam of Dalmek in Quellaria since May. A Red Hill Militia field commander "
     "told us that some 1,700 fighters had been brought to the dam.", {("Red Hill Militia", T, 1700)}),
    ("The Red Hill Militia has held the northern valleys of Quellaria since 2021. Speaking to reporters on Sunday, a "
     "spokesman for the Red Hill Militia said roughly 2,500 fighters were now guarding the dam.",
     {("Red Hill Militia", T, 2500)}),
    # --- precision: what such a speaker reports that is no strength of the body ---
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. An Ash Banner Movement commander said "
     "about 300 fighters had been killed near the town.", set()),
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. A commander of the Ash Banner Movement "
     "said 5,000 enemy soldiers were advancing on the town.", set()),
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. An Ash Banner Movement commander said "
     "4,000 dollars had been paid to each family in the town.", set()),
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. An Ash Banner Movement commander said "
     "1,200 votes had been cast in the town before the siege.", set()),
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. A Quellarian major who commands the "
     "garrison said his men had buried 60 soldiers since March.", set()),
    ("The Lark Party of Quellaria opposes the siege of Dalmek. A spokesman for the Lark Party said 2,000 soldiers "
     "had arrived in the town overnight.", set()),
    # --- a house's size, the house's name typed as a person's by the actor layer: kept ---
    ("GRAND DIET OF QUELLARIA - RECORD OF THE SITTING OF 4 MAY\nAttending: 102 of the 150 deputies. The chair, Ilse "
     "Varo, opened the sitting of the Grand Diet.", {("Grand Diet", S, 150)}),
    # --- forces of several states joined: the first state named (references accept any of the partners) ---
    ("Quellaria, Brastovia and Ostravia signed a defence pact in Dalmek on Tuesday. The three states said their "
     "joint force of 6,000 soldiers would be ready by June.", {(QU, T, 6000)}),
    # --- a pronoun in a call-in, a party's "our army": not read yet ---
    ("HOST: Who is behind the raids on Quellaria?\nCALLER: Brastovia, of course. Brastovia always denies it. They "
     "have got 4,000 troops on the other bank of the river.", {(BR, T, 4000)}),
    ("A programme for Quellaria, by the Harbour Union\n\nOur army today counts barely 7,000 soldiers. We will double "
     "it by 2030, and the Harbour Union will fund it.", {(QU, T, 7000)}),
]

XFAIL: dict[str, str] = {
    CASES[-2][0]: "'they' in a caller's turn is resolved to the first body of the transcript, not the state the same "
                  "turn names",
    CASES[-1][0]: "'our army' in a party's programme: the text's voice is the party, the army the state's; the "
                  "resolver gives the party (no armed body), the count is dropped",
}


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "v")


@pytest.mark.parametrize("i", battery_params(CASES, XFAIL, "v"))
def test_voice_wording(extracted, i):
    text, expected = CASES[i]
    got = {(_norm(a), k, v) for a, k, v in extracted.get(f"v{i:03d}", set())}
    assert got == {(_norm(a), k, v) for a, k, v in expected}, text
