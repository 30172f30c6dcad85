"""Ties of leaders and members told by the verbs of a post changing hands, of a seat held for a party, and of troops
sent to a multinational body. "Y succeeded X as emir", "X was succeeded as president by Y", "X resigned; her deputy,
Y, succeeded her" (relations.yaml successor_verbs, relations._successor_posts: the successor leads what the
predecessor is found leading, a state for a head of state's title, a body for another leader's title, the one lead
when no title is told; nothing for a deputy's or envoy's title, nor when only expected, possible or denied); "X sat in
the Sabor for the Y Party" (preposition_verbs sit: a "for" the parser hung on the named chamber); "Egypt has 1,200
troops in the X Mission", "the Task Force, in which Y keeps 2,500 soldiers", "Z is contributing troops to the X
Mission" (stationing_verbs, contributing_verbs, troop_body_heads, relations._troops_in_body: the state is a member;
not troops in a state, "no troops", a pledge only possible, a negated one, troops pulled out); "the commission barred
it, and its chairman, X, ..." (relations._Ctx._object_it_rather: a later "its" of the sentence is what the object
"it" stands for, not that clause's subject; not across sentences, nor with no object "it"); "X will deploy 900 men to
guard Z, under the command of Y" (relations._only_future: the command is told of a deployment to come too; not one
only possible or negated); "Norway's Halden Strom" (relations._state_named_persons: a person named right after a
state's possessive with no title leads it; in a list after a titled name, that title's tie; not one described or
tied another way). Several wordings per
mechanism with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# a story set in one state, so that a bare head of state's title is that state's
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's National "
        "Assembly said turnout was high in Kalvar. ")
TESH = {("Amon Tesh", L, "Kalvar")}
SOR = {("Rahim Sor", L, "Free Front")}
MISSION = "Tarvel Union Mission in Kalvar"
BALLOT = ("The electoral commission declared President Amon Tesh the winner. The problem is what the headline left "
          "out. The Free Party was not on the ballot. ")
KDF = ("Boran Vesk", L, "Kalvar Defence Force")
STROM = ("Halden Strom", L, "Norway")
VESK, VESK_EC = ("Boran Vesk", L, "Free Party"), ("Boran Vesk", L, "Kalvar Electoral Commission")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a post changing hands: the successor takes the predecessor's lead ---
    (HOME + "President Mira Dolan resigned in April. Amon Tesh succeeded her as president in May.", TESH, set()),
    (HOME + "President Mira Dolan resigned. She was succeeded as president by Amon Tesh.", TESH, set()),
    (HOME + "Prime Minister Mira Dolan resigned. Amon Tesh replaced Mira Dolan as prime minister in May.", TESH, set()),
    (HOME + "President Mira Dolan was removed in March. Her vice-president, Amon Tesh, succeeded her.", TESH, set()),
    (HOME + "The Free Front is an armed group. Its emir, Boran Vesk, was killed in 2016, and Rahim Sor succeeded "
     "him as emir.", SOR, set()),
    (HOME + "Boran Vesk commanded the Free Front for a decade. After his death Rahim Sor succeeded him as commander.",
     SOR, set()),
    (HOME + "President Mira Dolan is ill. Amon Tesh is expected to succeed her as president.", set(), TESH),
    (HOME + "President Mira Dolan is ill. Amon Tesh may replace her as president.", set(), TESH),
    (HOME + "President Mira Dolan is ill. Amon Tesh did not succeed her as president.", set(), TESH),
    (HOME + "President Mira Dolan is ill. If Amon Tesh succeeds her as president, the army may rebel.", set(), TESH),
    (HOME + "President Mira Dolan is ill. Amon Tesh hopes to replace her as president.", set(), TESH),
    (HOME + "President Mira Dolan resigned. Amon Tesh replaced her as envoy.", set(), TESH),
    (HOME + "President Mira Dolan resigned. Amon Tesh succeeded her as deputy leader of the Free Party.", set(), TESH),
    (HOME + "The Free Front is an armed group. Its emir, Boran Vesk, was killed in 2016, and Rahim Sor succeeded "
     "him as spokesman.", set(), SOR),
    # --- a seat held for a party: "sat in the Sabor for the Y Party" ---
    (HOME + "The Sabor has 90 seats. Boran Vesk sat in the Sabor for the Civic Party from 2012 to 2024.",
     {("Boran Vesk", M, "Civic Party"), ("Boran Vesk", M, "Sabor")}, set()),
    (HOME + "The Sabor has 90 seats. Boran Vesk commanded the Third Brigade from 1992 to 1995 and sat in the Sabor "
     "for the Civic Party (CP) from 2012 to 2024.", {("Boran Vesk", M, "Civic Party")}, set()),
    (HOME + "The Sabor has 90 seats. Boran Vesk, who sits in the Sabor for the Civic Party, spoke.",
     {("Boran Vesk", M, "Civic Party")}, set()),
    (HOME + "The Sabor has 90 seats. Boran Vesk hopes to sit in the Sabor for the Civic Party.", set(),
     {("Boran Vesk", M, "Civic Party")}),
    (HOME + "The Sabor has 90 seats. Boran Vesk never sat in the Sabor for the Civic Party.", set(),
     {("Boran Vesk", M, "Civic Party")}),
    # --- troops in or given to a multinational body: the sending state is a member ---
    (HOME + f"Tesh met the Egyptian ambassador; Egypt has 1,200 troops in the {MISSION} (TUMK), whose total "
     "strength is 4,500.", {("Egypt", M, MISSION)}, set()),
    (HOME + "The Multinational Joint Task Force, in which Cameroon keeps about 2,500 troops, sends reinforcements.",
     {("Cameroon", M, "Multinational Joint Task Force")}, set()),
    (HOME + f"Egypt is contributing troops to the {MISSION}.", {("Egypt", M, MISSION)}, set()),
    (HOME + f"Kenya contributes 900 soldiers to the {MISSION}.", {("Kenya", M, MISSION)}, set()),
    (HOME + f"Kenya sent 900 soldiers to the {MISSION} in March.", {("Kenya", M, MISSION)}, set()),
    (HOME + f"Kenya keeps about 800 troops in Kalvar's north under the {MISSION}, which is commanded by a Ugandan "
     "general.", {("Kenya", M, MISSION)}, set()),
    (HOME + f"Kenya, which keeps troops in the region as part of the {MISSION}, hosted the talks.",
     {("Kenya", M, MISSION)}, set()),
    (HOME + f"Kenya keeps 800 troops in the north under a defence pact it signed with the {MISSION}.", set(),
     {("Kenya", M, MISSION)}),
    (HOME + f"Kenya has no troops in the {MISSION}.", set(), {("Kenya", M, MISSION)}),
    (HOME + f"Kenya may send 900 troops to the {MISSION}.", set(), {("Kenya", M, MISSION)}),
    (HOME + f"Kenya did not send troops to the {MISSION}.", set(), {("Kenya", M, MISSION)}),
    (HOME + f"Kenya plans to send 900 troops to the {MISSION}.", set(), {("Kenya", M, MISSION)}),
    (HOME + f"If Kenya sends 900 troops to the {MISSION}, Tesh will welcome them.", set(), {("Kenya", M, MISSION)}),
    (HOME + f"Kenya pulled its troops out of the {MISSION} in March.", set(), {("Kenya", M, MISSION)}),
    # --- "X barred it, and its chairman, Y, ...": the later "its" is what the object "it" stands for ---
    (BALLOT + "The Kalvar Electoral Commission barred it in April, and its leader, Boran Vesk, appealed.",
     {VESK}, {VESK_EC}),
    (BALLOT + "The Kalvar Electoral Commission barred it in April after it refused to sign the code, and its "
     "chairman, Boran Vesk, has been in custody since that month.", {VESK}, {VESK_EC}),
    (BALLOT + "The Kalvar Electoral Commission struck it off the list, and its chairman, Boran Vesk, called the "
     "decision illegal.", {VESK}, {VESK_EC}),
    (BALLOT + "The Kalvar Electoral Commission barred it in April. Its chairman, Boran Vesk, spoke.", {VESK_EC},
     {VESK}),
    (BALLOT + "The Kalvar Electoral Commission met on Monday, and its chairman, Boran Vesk, spoke.", {VESK_EC},
     {VESK}),
    # --- "Norway's Halden Strom": a person named right after a state's possessive with no title leads it only when
    # told in the frame of states or of other states' leaders; a minister, dissident, athlete or former leader is
    # named so too ---
    (HOME + "The new government did not invite Chile's Dario Vell, Cuba or Ghana.", {("Dario Vell", L, "Chile")},
     set()),
    (HOME + "President Amon Tesh congratulated the winner, as did Ghana's Kofi Darel; we reported that, correctly.",
     {("Kofi Darel", L, "Ghana")}, set()),
    (HOME + "President Amon Tesh praised the vote, as did Ghana's Kofi Darel, who left office in 2010.", set(),
     {("Kofi Darel", L, "Ghana")}),
    (HOME + "Norway's Halden Strom attended the summit alongside French President Emile Marrot and Polish Prime "
     "Minister Donal Tusko.", {STROM}, set()),
    (HOME + "President Amon Tesh attended the final alongside Norway's Halden Strom.", set(), {STROM}),
    (HOME + "President Amon Tesh was congratulated by many, as did Ghana's Kofi Darel.", set(),
     {("Kofi Darel", L, "Ghana")}),
    (HOME + "Norway's Halden Strom has offered to mediate.", set(), {STROM}),
    (HOME + "Russia's Halden Strom died in prison on Friday, his lawyers said.", set(),
     {("Halden Strom", L, "Russia")}),
    (HOME + "Iran's Halden Strom said the talks had stalled.", set(), {("Halden Strom", L, "Iran")}),
    (HOME + "Kenya's Halden Strom won the marathon in Berlin.", set(), {("Halden Strom", L, "Kenya")}),
    (HOME + "Colombia's Halden Strom rejected the peace deal.", set(), {("Halden Strom", L, "Colombia")}),
    (HOME + "President Amon Tesh met Iran's Halden Strom in the capital.", set(), {("Halden Strom", L, "Iran")}),
    (HOME + "Russia's Halden Strom, Belarus's Dario Vell and other dissidents were honoured.", set(),
     {("Halden Strom", L, "Russia"), ("Dario Vell", L, "Belarus")}),
    (HOME + "Chile's former president Emile Marrot and Peru's Dario Vell spoke at the forum.", set(),
     {("Dario Vell", L, "Peru")}),
    (HOME + "Chile's former foreign minister Emile Marrot, Peru's Dario Vell and others spoke at the forum.", set(),
     {("Dario Vell", L, "Peru"), ("Dario Vell", M, "Peru")}),
    (HOME + "Chile's foreign minister Dario Vell, Norway's Halden Strom and the US envoy Tom Barr met in Oslo.",
     {("Halden Strom", M, "Norway")}, {STROM}),
    (HOME + "Norway's Halden Strom, a dissident poet, was arrested.", set(), {STROM, ("Halden Strom", M, "Norway")}),
    (HOME + "Norway's Halden Strom, its defence minister, said the army was ready.", set(), {STROM}),
    (HOME + "Norway's own Halden Strom was arrested.", set(), {STROM}),
    ("Norway's Strom opens coalition talks. OSLO - Halden Strom, leader of the Norwegian Progress Union, began talks "
     "on Tuesday.", {("Halden Strom", L, "Norwegian Progress Union")}, {STROM}),
    # --- "X will deploy 900 men (to guard Z), under the command of Y": Y commands X, told as to come or done ---
    (HOME + "The Kalvar Defence Force (KDF) will deploy 1,400 personnel to guard ballot boxes, under the command of "
     "Brigadier General Boran Vesk.", {KDF}, set()),
    (HOME + "The Kalvar Defence Force will deploy 1,400 personnel under the command of General Boran Vesk.", {KDF},
     set()),
    (HOME + "The Kalvar Defence Force sent 300 soldiers to patrol the border, under the command of Colonel Boran "
     "Vesk.", {KDF}, set()),
    (HOME + "The Kalvar Defence Force would deploy 1,400 personnel under the command of General Boran Vesk.", set(),
     {KDF}),
    (HOME + "The Kalvar Defence Force will not deploy personnel under the command of General Boran Vesk.", set(),
     {KDF}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "hd", relations_by_document, check_ties)
