"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: a count
reached by a verb of movement with a particle of direction, which the parser hangs "to" on ("fell back to 12 seats",
"has shrunk back to about 900 fighters"); what a body is let have ("the opposition was allowed only 4"); a list whose
next item is described by a relative clause set off after its name, which the parser hangs on the count before it ("Y
has 41 and Z, which votes with the government, 14"); a part of a force that the text negates ("Not one of them was
sent"), once read as a force of one; the elected seats of a house told as the whole a sentence shares out ("In the 96
elected seats of the Assembly, X won 51"); a list of counts the NER takes for a time ("Y five and Z three"); a person
addressed at the sentence's start ("Mr Reel, your bloc won 28"), once read as the subject; a verb of leading or
joining with no object and the men set off after it ("Ghana will lead, with 800 troops"); a list on one line with a
dash between each name and its count ("X \u2013 45, Y \u2013 30"); all of a party's holders counted with "the" and
"of" ("The 45 deputies of X walked out"); a share of a house's members ("Of the 275 members of parliament, 137 belong
to X"); troops a state hosts or receives ("Togo hosts 900 troops from Ghana"), once the host's; a state's
contribution to a force ("X's troop contribution to the mission stands at 850"); the men a body can count on ("X can
count on some 3,000 fighters"); troops the army chief of the story's state reports ("The army chief said that 3,500
soldiers would support the police"); the troops kept somewhere whose withdrawal is asked ("asked X to withdraw the
880 X personnel stationed in the country"), their strength; a strength moved to a count, its owner named on the
strength ("brought the X presence in the region to 15,000 troops"), not the verb's subject; troops moved by a state
organ that names no state ("the government then sent 3,000 troops in", "the army", "the authorities", "the government
says it deployed") in a story whose home state the resolver leaves open (a newsletter, a programme) but which names
one state far more often than any other. Negatives give nothing: a share of the vote that falls back, seats a law
sets aside, the count a party needs, a rebel army, a part withdrawn, a government that sends none, a story naming two
states as often. The bodies are invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts, battery, facts_by_document

pytestmark = pytest.mark.model

T = "troops"
S = "seats"

# a story with a state named often but not set there by the resolver's rules (no dateline, no "in Ghana")
NEWS = ("ST ANNE'S CHOIR NEWSLETTER. Many of you sponsored our planned tour to Ghana, and we are sorry it is "
        "cancelled. In January President Kofi Mensar of Ghana postponed the elections, and Ghana's students marched on "
        "the ministries. Russia praised Mensar.")
# a story set in a state (with its army's strength stated)
HOME_BARE = ("Protests spread in Ghana last week after the vote. Ghana's president, Kofi Mensar, blamed the "
             "opposition. Ghana's interior ministry banned rallies.")
HOME = HOME_BARE + " The army has 4,000 soldiers in the north."

CASES = [
    # --- a verb of movement with a particle of direction before "to" ---
    ("The Tarn Party won 40 seats in the election, and the Dawn Party fell back to 12 seats.",
     {("Tarn Party", S, 40), ("Dawn Party", S, 12)}),
    ("In the election the Dawn Party slipped back to 9 seats.", {("Dawn Party", S, 9)}),
    ("The Tarn Party won 40 seats, and the Dawn Party, long the main opposition party, fell back to 12.",
     {("Tarn Party", S, 40), ("Dawn Party", S, 12)}),
    ("After two bad years the Dawn Party bounced back to 31 seats.", {("Dawn Party", S, 31)}),
    ("The Orrin Front has shrunk back to about 900 fighters.", {("Orrin Front", T, 900)}),
    ("The Orrin Front says it has grown back up to 3,000 fighters.", {("Orrin Front", T, 3000)}),
    ("The Dawn Party's share of the vote fell back to 12 percent.", set()),
    ("Turnout fell back to 52 percent in the capital.", set()),
    # --- what a body is let have ---
    ("The Tarn Party won 47 of the 63 seats; the Orsk Union won 9, and the opposition Dawn Party was allowed only 4.",
     {("Tarn Party", S, 47), ("Orsk Union", S, 9), ("Dawn Party", S, 4)}),
    ("The Tarn Party won 47 seats, and the opposition Dawn Party was allowed just 3 seats.",
     {("Tarn Party", S, 47), ("Dawn Party", S, 3)}),
    ("The Dawn Party was not allowed to field candidates for the 63 seats.", set()),
    ("The new law allows 10 seats for women in the Assembly.", set()),
    # --- a relative clause set off after the next item's name ---
    ("The Tarn Party holds 88 of the 150 seats; the Dawn Party has 41 and the Orsk Union, which votes with the "
     "government, 14.", {("Tarn Party", S, 88), ("Dawn Party", S, 41), ("Orsk Union", S, 14)}),
    ("The Tarn Party won 52 seats, the Dawn Party 41 and the Orsk Union, which backs the cabinet, 14.",
     {("Tarn Party", S, 52), ("Dawn Party", S, 41), ("Orsk Union", S, 14)}),
    ("The Tarn Party won 52 seats, short of the 61 that it needed.", {("Tarn Party", S, 52)}),
    # --- the whole of a house's elected seats, fronted ---
    ("Ghana voted in May. In the 96 elected seats of the National Assembly, the Tarn Party won 51, a narrow majority.",
     {("National Assembly", S, 96), ("Tarn Party", S, 51)}),
    ("Ghana voted in May. Of the 20 reserved seats in the National Assembly, the Tarn Party won 11.",
     {("Tarn Party", S, 11)}),
    # --- a list of counts the NER takes for a time ---
    ("The Ruling Front won 21 seats, the Labour Party five and MODELPA three.",
     {("Ruling Front", S, 21), ("Labour Party", S, 5), ("MODELPA", S, 3)}),
    ("The Tarn Party won 21 seats. The talks on a coalition lasted five and a half hours.", {("Tarn Party", S, 21)}),
    ("The Tarn Party won 21 seats, and the count ended at five.", {("Tarn Party", S, 21)}),
    # --- a person addressed at the sentence's start ---
    ("Tomas Reel leads the Velan Bloc. Mr Reel, your bloc won 28 seats in the Assembly last year.",
     {("Velan Bloc", S, 28)}),
    ("Tomas Reel leads the Velan Bloc. Ana Vel leads the Tarn Party. Mr Reel, Ana Vel's party won 40 seats.",
     {("Tarn Party", S, 40)}),
    ("Tomas Reel leads the Velan Bloc. Mr Reel, your rivals won 40 seats last year.", set()),
    ("Tomas Reel leads the Velan Bloc. Your bloc won 28 seats in the Assembly last year.", set()),
    # --- a list on one line with a dash between each name and its count ---
    ("Seats won: Tarn Party \u2013 45, Dawn Party \u2013 30, Orsk Union \u2013 12.",
     {("Tarn Party", S, 45), ("Dawn Party", S, 30), ("Orsk Union", S, 12)}),
    ("Seat tally: Tarn Party - 45; Dawn Party - 30; Orsk Union - 12.",
     {("Tarn Party", S, 45), ("Dawn Party", S, 30), ("Orsk Union", S, 12)}),
    ("The Tarn Party won 45 seats - 12 more than in 2019.", {("Tarn Party", S, 45)}),
    # --- the men a body can count on ---
    ("The Orrin Front can count on roughly 3,000 fighters.", {("Orrin Front", T, 3000)}),
    ("The Orrin Front can rely on some 2,000 reservists.", {("Orrin Front", T, 2000)}),
    ("The Orrin Front called on 3,000 fighters to lay down their arms.", set()),
    ("The Orrin Front cannot count on the 3,000 fighters of the Dawn Militia.", set()),
    # --- all of a party's holders counted with "the" and "of" ("The 45 deputies of X walked out"); a share of a house's members ("Of the 275 members of parliament, 137 belong to X"); troops a state hosts or receives ("Togo hosts 900 troops from Ghana"), once the host's; a state's contribution to a force ---
    ("Ghana's troop contribution to the mission stands at 850.", {("Ghana", T, 850)}),
    ("Ghana's financial contribution to the mission stands at 850 million.", set()),
    # --- all of a party's holders, counted with "the" and "of" ---
    ("The 45 deputies of the Tarn Party walked out.", {("Tarn Party", S, 45)}),
    ("The 45 deputies of the Tarn Party will vote against the bill.", {("Tarn Party", S, 45)}),
    ("The coalition is the Orsk Union, the Velan caucus and the four MPs of the Tarn Party.", {("Tarn Party", S, 4)}),
    ("Two deputies of the Tarn Party walked out.", set()),
    ("The ethics board of the Tarn Party expelled on Wednesday the fourteen deputies of the party.", set()),
    ("The 45 deputies of the Assembly's health committee met.", set()),
    # --- a house's members standing for its seats ---
    ("Of the 275 members of Ghana's parliament, 137 belong to the Tarn Party.",
     {("Ghana parliament", S, 275), ("Tarn Party", S, 137)}),
    ("Of the 275 members of Ghana's parliament, 137 voted for the bill.", {("Ghana parliament", S, 275)}),
    # --- troops a state hosts or receives are the sender's, not the host's ---
    ("Togo hosts about 900 troops from Ghana.", {("Ghana", T, 900)}),
    ("Togo has received 900 soldiers from Ghana since May.", {("Ghana", T, 900)}),
    ("Togo hosts about 900 troops.", set()),
    # --- a part of a force the text negates ---
    (HOME + " Not one of them was sent to protect the village.", {("Ghana", T, 4000)}),
    (HOME + " About 900 of them are stationed near the port.", {("Ghana", T, 4000), ("Ghana", T, 900)}),
    # --- a withdrawal asked of the troops kept somewhere: their strength ---
    ("The president asked Ghana to withdraw the 880 Ghanaian military personnel stationed in the country.",
     {("Ghana", T, 880)}),
    ("Togo asked Ghana to withdraw the 1,500 Ghanaian soldiers based near the border.", {("Ghana", T, 1500)}),
    ("Ghana withdrew 1,500 troops from the border region.", set()),
    ("Ghana has withdrawn the 1,500 soldiers it sent there in 2020.", set()),
    # --- a strength moved to a count: the owner named on the strength ---
    ("The arrival of the carrier brought the Ghanaian presence in the region to roughly 15,000 troops.",
     {("Ghana", T, 15000)}),
    ("The new brigade brought Ghana's strength in the north to 4,000 soldiers.", {("Ghana", T, 4000)}),
    ("The deal brought the number of rebels in the camps to 4,000 fighters.", set()),
    # --- a verb of leading or joining with no object, the men after a comma ---
    ("Ghana will lead, with 800 troops.", {("Ghana", T, 800)}),
    ("The regional bloc agreed on a force. Ghana to lead, with 800 troops.", {("Ghana", T, 800)}),
    ("Togo joined in May, with 600 soldiers.", {("Togo", T, 600)}),
    ("The Orrin Front attacked at dawn, with 300 fighters.", set()),
    ("The Orrin Front clashed with 800 troops near the river.", set()),
    # --- what the army chief of the story's state reports ---
    (HOME_BARE + " The army chief, General Tomas Reel, said on Wednesday that 3,500 soldiers would support the police.",
     {("Ghana", T, 3500)}),
    (HOME_BARE + " The army chief said that 3,500 soldiers would guard the polling stations.", {("Ghana", T, 3500)}),
    (HOME_BARE + " The rebel army chief said that 3,500 fighters would attack the capital.", set()),
    (HOME_BARE + " The army chief said that 3,500 soldiers had been killed since 2020.", set()),
    # --- troops moved by a state organ naming no state, in a story about one state ---
    (NEWS + " The government then sent 3,000 troops into the capital to guard ministries.", {("Ghana", T, 3000)}),
    (NEWS + " The army then sent 3,000 troops into the capital.", {("Ghana", T, 3000)}),
    (NEWS + " The government says it deployed some 4,000 soldiers to secure the vote.", {("Ghana", T, 4000)}),
    (NEWS + " The authorities deployed 4,000 soldiers to the northern districts.", {("Ghana", T, 4000)}),
    (NEWS + " The rebel army then sent 3,000 fighters into the capital.", set()),
    (NEWS + " The government has not sent any troops into the capital, although 3,000 soldiers are on alert.", set()),
    ("ST ANNE'S CHOIR NEWSLETTER. Many of you sponsored our planned tour to Ghana and Togo. Ghana and Togo are "
     "neighbours, and Ghanaian and Togolese singers will join us. The government then sent 3,000 troops into the "
     "capital.", set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "w12_", facts_by_document, assert_facts)
