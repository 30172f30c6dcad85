"""member_of told of the makers of a coalition and of a party's people: states or bodies in a list that a relative
clause says formed a coalition ("A, B and C, which formed Y", "the juntas of A, B and C, which left Z to form Y");
a coalition formed by the governments of states ("Y, formed by the (military) governments of A, B and C", "the Y
formed by the juntas of A and B"); the people a party's possessive opens ("the X Party's A and B"); a person and a
party given together in brackets ("(Hon. A, XP)"); a part noun in apposition to a name the parser left inside
another noun's phrase ("positions held by X, the armed wing of Y", "fighters loyal to X, the armed wing of Y").
Several wordings per mechanism with negatives (a wish, a plan, a conditional, a negation, a passive, a body that is
no coalition, another tie, a state outside the list, another verb, a person of another possessor or told of with a
phrase of their own, a bracket giving a place or a former party, a rebel against a body, reported speech, a former
wing); a body "to be formed by" or "to be led by" someone is only planned (relations._yet_to_be);
all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, P = "member_of", "part_of"

# three states the reader knows as states
LAKE = "The Republic of Sarvenia, the Republic of Ostravia and the Republic of Borvania share the lake. "
THREE = {("Sarvenia", M, "Lake Union"), ("Ostravia", M, "Lake Union"), ("Borvania", M, "Lake Union")}

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a relative clause on a list of makers: "A, B and C, which formed Y" ---
    (LAKE + "Sarvenia, Ostravia and Borvania, which formed the Lake Union in 2024, met on Monday.", THREE, set()),
    (LAKE + "Talks resumed with the juntas of Sarvenia, Ostravia and Borvania, which left the Coastal Bloc in 2024 "
     "to form the Lake Union.", THREE, set()),
    (LAKE + "The envoy met the regimes of Sarvenia, Ostravia and Borvania, which founded the Lake Union last year.",
     THREE, set()),
    ("The Dawn Party and the Reform Movement, which founded the Citizens' Alliance last year, split.",
     {("Dawn Party", M, "Citizens' Alliance"), ("Reform Movement", M, "Citizens' Alliance")}, set()),
    # negatives: a wish, a negation, a body that is no coalition, another verb
    (LAKE + "Sarvenia, Ostravia and Borvania, which hope to form the Lake Union, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which did not form the Lake Union, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which formed the Lake Institute in 2024, met on Monday.", set(),
     {("Sarvenia", M, "Lake Institute"), ("Ostravia", M, "Lake Institute")}),
    (LAKE + "Sarvenia, Ostravia and Borvania, which oppose the Lake Union, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which plan to form the Lake Union next year, met on Monday.", set(),
     THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which would form the Lake Union if the treaty passes, met on Monday.",
     set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which were formed by the Lake Union, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which the Lake Union formed, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania, which formed a panel to study the Lake Union, met on Monday.", set(),
     THREE),
    # a part of the coalition made, not the coalition itself
    (LAKE + "Sarvenia, Ostravia and Borvania, which formed the Lake Union's secretariat, met on Monday.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania formed the Lake Union's secretariat in 2020.", set(), THREE),
    (LAKE + "Sarvenia, Ostravia and Borvania formed a coalition called the Lake Union in 2020.", THREE, set()),
    (LAKE + "The envoy met the regimes of Sarvenia, Ostravia and Borvania, which formed a front against the Lake "
     "Union.", set(), THREE),
    # --- a coalition formed by the governments of states ---
    (LAKE + "The Lake Union, formed by the governments of Sarvenia, Ostravia and Borvania, met on Monday.",
     THREE, set()),
    (LAKE + "The Lake Union, the alliance formed by the military governments of Sarvenia, Ostravia and Borvania, "
     "met on Monday.", THREE, set()),
    (LAKE + "The sign reads LU, the Lake Union formed by the juntas of Sarvenia, Ostravia and Borvania.",
     THREE, set()),
    (LAKE + "The Lake Union was founded in 2023 by the regimes of Sarvenia, Ostravia and Borvania.", THREE, set()),
    # negatives: a state outside the list, a negation, another verb, no government noun
    (LAKE + "The Lake Union, formed by the governments of Sarvenia and Ostravia, has courted Borvania.",
     {("Sarvenia", M, "Lake Union")}, {("Borvania", M, "Lake Union")}),
    (LAKE + "The Lake Union was not formed by the governments of Sarvenia, Ostravia and Borvania.", set(), THREE),
    (LAKE + "The Lake Union, formed by critics of the governments of Sarvenia and Ostravia, met on Monday.", set(),
     {("Sarvenia", M, "Lake Union"), ("Ostravia", M, "Lake Union")}),
    (LAKE + "The Lake Union, formed to counter the governments of Sarvenia, Ostravia and Borvania, met on Monday.",
     set(), THREE),
    (LAKE + "The Lake Union, formed by exiles who fled the governments of Sarvenia and Ostravia, met on Monday.",
     set(), {("Sarvenia", M, "Lake Union"), ("Ostravia", M, "Lake Union")}),
    # a plan: a passive infinitive on the body's name ("to be formed by", "to be led by") ties nothing yet
    (LAKE + "The Lake Union, to be formed by the governments of Sarvenia, Ostravia and Borvania, will meet in May.",
     set(), THREE),
    (LAKE + "The Lake Union, to be formed by Sarvenia, Ostravia and Borvania, will meet in May.", set(), THREE),
    ("The Tolgar Brigade, to be led by Kiko Pandar, will deploy in May.", set(),
     {("Kiko Pandar", "leader_of", "Tolgar Brigade")}),
    # --- the people a party's possessive opens ---
    ("The Dawn Party's Kiko Pandar and Bam Aquelo both won.",
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Dawn Party")}, set()),
    ("The Harvest League's Ines Rall and Tomas Vrell resigned on Friday.",
     {("Ines Rall", M, "Harvest League"), ("Tomas Vrell", M, "Harvest League")}, set()),
    # negatives: a person of another possessor, a person only met
    ("The Dawn Party's Kiko Pandar and the Reform Movement's Bam Aquelo both won.",
     {("Bam Aquelo", M, "Reform Movement")}, {("Bam Aquelo", M, "Dawn Party")}),
    ("The Dawn Party's Kiko Pandar met Bam Aquelo on Friday.", {("Kiko Pandar", M, "Dawn Party")},
     {("Bam Aquelo", M, "Dawn Party")}),
    ("The premier met the Dawn Party's Kiko Pandar, Front chairman Bam Aquelo and Labour leader Ines Rall.",
     {("Kiko Pandar", M, "Dawn Party")}, {("Bam Aquelo", M, "Dawn Party"), ("Ines Rall", M, "Dawn Party")}),
    # a person told of with a phrase of their own: another body's
    ("The Dawn Party's Kiko Pandar and Bam Aquelo of the Reform Movement both won.",
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Reform Movement")}, {("Bam Aquelo", M, "Dawn Party")}),
    ("The Dawn Party's Kiko Pandar and Bam Aquelo, a Reform Movement deputy, both won.",
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Reform Movement")}, {("Bam Aquelo", M, "Dawn Party")}),
    ("The Dawn Party's Kiko Pandar and Bam Aquelo, the Reform Movement's candidate, both won.",
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Reform Movement")}, {("Bam Aquelo", M, "Dawn Party")}),
    ("The Dawn Party's Kiko Pandar and Bam Aquelo were elected, along with Ines Rall.",
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Dawn Party")}, {("Ines Rall", M, "Dawn Party")}),
    ("The Dawn Party's Kiko Pandar and independent Bam Aquelo both won.", {("Kiko Pandar", M, "Dawn Party")},
     {("Bam Aquelo", M, "Dawn Party")}),
    ("The Dawn Party's rivals Kiko Pandar and Bam Aquelo won seats.", set(),
     {("Kiko Pandar", M, "Dawn Party"), ("Bam Aquelo", M, "Dawn Party")}),
    # --- a person and the party in one bracket ---
    ("The Dawn Party (DP) won. The motion stands in the name of the Minister of Defence (Hon. Paul Cathan, DP): "
     "it passed.", {("Paul Cathan", M, "Dawn Party")}, set()),
    ("The motion stands in the name of the Minister of Trade (Hon. Lena Sorel, Dawn Party): it passed.",
     {("Lena Sorel", M, "Dawn Party")}, set()),
    # negative: the bracket names the person's town
    ("The Dawn Party won. The petition of the Minister of Trade (Hon. Lena Sorel, Port Avel) was read.", set(),
     {("Lena Sorel", M, "Dawn Party")}),
    ("The Dawn Party won. The motion was read by the clerk (Hon. Lena Sorel, formerly Dawn Party) and passed.", set(),
     {("Lena Sorel", M, "Dawn Party")}),
    ("The Dawn Party won. The motion was tabled (with Lena Sorel, Dawn Party) yesterday.", set(),
     {("Lena Sorel", M, "Dawn Party")}),
    ("The Dawn Party won. The motion was read by the Minister (Lena Sorel, Dawn Party critic) and passed.", set(),
     {("Lena Sorel", M, "Dawn Party")}),
    # --- a party's rebel: a member who defies its line (roles.yaml member_roles) ---
    ("Lukas Edel, the Dawn Party rebel who lost the chairmanship of the committee, sat three rows back.",
     {("Lukas Edel", M, "Dawn Party")}, set()),
    ("Lukas Edel, a Harvest League rebel, voted against the bill.", {("Lukas Edel", M, "Harvest League")}, set()),
    ("Lukas Edel, a Tolgar Front rebel, was captured.", {("Lukas Edel", M, "Tolgar Front")}, set()),
    ("Lukas Edel, the Dawn Party rebel, and Ines Rall, the Reform Movement whip, resigned.",
     {("Lukas Edel", M, "Dawn Party")}, {("Lukas Edel", M, "Reform Movement")}),
    # negatives: the rebel is someone else, a rebel of no body
    ("Lukas Edel met a Harvest League rebel on Friday.", set(), {("Lukas Edel", M, "Harvest League")}),
    ("Lukas Edel, who fought the Dawn Party rebels, won.", set(), {("Lukas Edel", M, "Dawn Party")}),
    ("Lukas Edel, a rebel against the Dawn Party, lost.", set(), {("Lukas Edel", M, "Dawn Party")}),
    ("Lukas Edel said a Dawn Party rebel had leaked the memo.", set(), {("Lukas Edel", M, "Dawn Party")}),
    ("Lukas Edel, whose son is a Dawn Party rebel, spoke.", set(), {("Lukas Edel", M, "Dawn Party")}),
    ("Lukas Edel never was a Dawn Party rebel.", set(), {("Lukas Edel", M, "Dawn Party")}),
    ("Lukas Edel, a Sarvenian rebel, was captured in Ostravia. Sarvenia denied it.", set(),
     {("Lukas Edel", M, "Sarvenia")}),
    ("Lukas Edel, a rebel commander, spoke on Friday. The Harvest League won.", set(),
     {("Lukas Edel", M, "Harvest League")}),
    # --- a part noun in apposition to a name the parser left inside another noun's phrase ---
    ("Shells were fired from positions held by the Tolgar People's Army, the armed wing of the Tolgar Front.",
     {("Tolgar People's Army", P, "Tolgar Front")}, set()),
    ("Shells were fired from positions held by the Tolgar People's Army (TPA), the armed wing of the Tolgar Front, "
     "she said.", {("Tolgar People's Army", P, "Tolgar Front")}, set()),
    ("On Monday gunmen of the Karamat Defence Brigades, the armed wing of the Front for an Independent Karamat (FIK), "
     "set fire to the terminal.", {("Karamat Defence Brigades", P, "Front for an Independent Karamat")}, set()),
    ("The convoy was ambushed by fighters loyal to the Sea Lions, the armed wing of the Tolgar Front.",
     {("Sea Lions", P, "Tolgar Front")}, set()),
    # negatives: a wing no longer, another tie noun
    ("Shells were fired from positions near the Tolgar People's Army, the former armed wing of the Tolgar Front.",
     set(), {("Tolgar People's Army", P, "Tolgar Front")}),
    ("Shells were fired from positions held by the Tolgar People's Army, the ally of the Tolgar Front.",
     set(), {("Tolgar People's Army", P, "Tolgar Front")}),
    ("Shells were fired from positions held by the Tolgar People's Army, once the armed wing of the Tolgar Front.",
     set(), {("Tolgar People's Army", P, "Tolgar Front")}),
    ("Positions held by the Tolgar People's Army, the would-be armed wing of the Tolgar Front, were shelled.",
     set(), {("Tolgar People's Army", P, "Tolgar Front")}),
    ("Shells were fired from positions held by the Tolgar People's Army, which fights the armed wing of the Tolgar "
     "Front.", set(), {("Tolgar People's Army", P, "Tolgar Front")}),
    ("Shells were fired from positions held by fighters in Sarvenia, the armed wing of the Tolgar Front said.",
     set(), {("Sarvenia", P, "Tolgar Front")}),
    # the part noun said of the body right before its comma, not of the one that fires
    ("Shells were fired by the Tolgar People's Army at positions of the Sea Lions, the armed wing of the Tolgar "
     "Front.", {("Sea Lions", P, "Tolgar Front")}, {("Tolgar People's Army", P, "Tolgar Front")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "ms", relations_by_document, check_ties)
