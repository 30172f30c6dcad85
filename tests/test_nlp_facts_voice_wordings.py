"""Counts owned through a pronoun, a speaker or a person described by a role noun, written before the fix: a unit of
the speaker's own ("her brigade of N troops") told by an officer the text names only by rank and side ("a Brastovian
major"); a count of troops with no owner of its own in what an armed body's officer or spokesman reports ("X's
officer told reporters that N gunmen now hold the ford": X's); a house's size told by a body the actor layer took for
a person. Counts that are no strength stay unread (casualties, money, an enemy's troops, a relief body's report), and
so do counts that come from elsewhere ("... crossed in from Y") and a unit of another person named nearer the
pronoun ("the insurgent chief and her column of N ..."). Forces of several states joined
("their joint force"), a plural pronoun in a call-in transcript and "our army" in a party's programme are expected
failures with their causes. All names are invented; end to end with the real English pipeline; names compared
without case and a leading "the"."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"
QU, BR, ABM = "Quellaria", "Brastovia", "Ash Banner Movement"

CASES = [
    # --- a possessive on the counted unit, said by one named only by rank and side: that side's ---
    ("Brastovia has sent troops to shield the engineers rebuilding the bridges of Quellaria. A Brastovian major who commands the escort "
     "told us that his battalion of 320 troops has cleared the verges of mines since March.", {(BR, T, 320)}),
    ("Brastovia keeps a garrison on the island of Vesk, which Brastovia leases from Quellaria. A Brastovian colonel "
     "stationed on the island reckons her brigade of 1,150 soldiers could withstand a long blockade.",
     {(BR, T, 1150)}),
    ("The Ash Banner Movement holds the hills of Quellaria. Questioned at a roadblock, a captain of the Ash Banner "
     "Movement insisted that his squadron of 85 fighters still controlled the pass.", {(ABM, T, 85)}),
    ("Brastovia has sent soldiers to guard the oil terminal of Quellaria. The Brastovian lieutenant at the fuel depot says "
     "his platoon of 36 men searches each lorry twice.", {(BR, T, 36)}),
    # --- no owner in the reported clause: the armed body its reporter speaks for ---
    ("The Ash Banner Movement has besieged the town of Dalmek in Quellaria. In a voice message to journalists, an "
     "Ash Banner Movement commander said that nearly 2,600 fighters now encircle the town.", {(ABM, T, 2600)}),
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
    # troops that came from elsewhere, a unit of another person named nearer, an unarmed body's officer: not theirs
    ("Quellaria has closed its eastern roads. A Quellarian officer told reporters that 1,800 fighters had slipped "
     "into the valley from Ostravia before dawn.", set()),
    ("The United Nations runs a monitoring mission in Quellaria. An officer of the United Nations mission reported "
     "that 1,400 troops had entered the valley from Ostravia.", set()),
    ("Quellaria has offered an amnesty to the rebels of the Dalmek hills. A Quellarian colonel announced that the "
     "insurgent commander and her column of 230 fighters had laid down their arms.", set()),
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


extracted, test_voice_wording = battery(CASES, XFAIL, "v", facts_by_document, assert_facts)
