"""An actor's kind from its context (third battery): a name with its count in a list of seat counts in running text
("The Civic Bloc holds 61 seats, Ravna 40, Nova Left 12") is a party's or a list's, whatever the NER called it; a
name given to a body ("a small party called Ravna", "a movement named Velkor") is that body's, even when a later
sentence's tagger calls it a person; and a name set in apposition after a kinsman's noun or a person's description
("His ex-wife, Ana Perl, was ...", "her brother, Ivo Dask, ...") is a person's; a title that ends the sentence before
("... re-elected president. X, whose chairman ...") is no title of the name opening the next; "the 4R of X" (initials with a digit) names the person X
whose body it is, as "the RDF of X" does. Several wordings per mechanism with
negatives (a list of votes or per cents with no seats, a man called X, a list that goes on after the comma, a
body's noun before the apposition). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_named_kinds, kinds_by_document

pytestmark = pytest.mark.model

P, O = "person", "organization"

# (text, {name: kind the actor must have}, {name: kind the actor must not have})
CASES = [
    # --- a list of seat counts in running text: each name is a party's or a list's ---
    ("The Civic Bloc holds 61 seats, Ravenna 40, Sorvak 22 and Halden 9.", {"Ravenna": O, "Sorvak": O}, {}),
    ("After the count the Unity Front had 48 seats, Mirela 31, Dravan 17, others 4.", {"Mirela": O}, {}),
    ("In the new chamber the ruling list has 90 seats, Kavel Left 44, Nova Ravna 12.", {"Nova Ravna": O}, {}),
    ("Polls give the Farmers' Union 30 seats, Oskana 25 and Velmir 11.", {"Oskana": O, "Velmir": O}, {}),
    # negatives: votes or per cents of candidates (no seats), a person's seat
    ("In the first round Ivana Morel won 41 percent, Petar Lusk 30, and Dana Vell 12.", {"Petar Lusk": P}, {}),
    ("The final tally gave Marek Tolan 5,120 votes, Oren Sava 4,300 and Ida Rell 900.", {"Oren Sava": P}, {}),
    ("Tomas Velkin won 30 seats for the bloc, Rana Oskel 9.", {"Rana Oskel": P}, {}),
    ("Ivo Darrel won 40 seats for his party, Mara Tellen 12, and Oren Castel 3.", {"Mara Tellen": P, "Oren Castel": P},
     {}),
    ("Anya Perlik kept her seat in the 40-seat chamber, Rana Oskel said.", {"Rana Oskel": P, "Anya Perlik": P}, {}),
    # --- a name given to a body: the body's ---
    ("Then he took over a tiny party called Velkora. Polls say Velkora is ahead.", {"Velkora": O}, {}),
    ("She founded a movement named Ostria in 2019. Ostria said the vote was rigged.", {"Ostria": O}, {}),
    ("The rebels formed a coalition called Harnak last year. Harnak is now the strongest force.", {"Harnak": O}, {}),
    # negatives: a person called so, a child named so
    ("A man called Tomas Velkin was arrested. Velkin said he was innocent.", {"Tomas Velkin": P}, {}),
    ("The minister named Ivo Darren as her deputy. Darren said he was honoured.", {"Ivo Darren": P}, {}),
    # --- a kinsman or a described person in apposition: a person ---
    ("The minister's daughter, Ilse Varkov, organised a network of couriers. Varkov is a fugitive.",
     {"Ilse Varkov": P}, {}),
    ("Her husband, Teskel Omari, funded the Lanterns network. Omari denied it.", {"Teskel Omari": P}, {}),
    ("His ex-wife, Judra Velsik, was the justice minister until 2024.", {"Judra Velsik": P}, {}),
    ("Her brother, Oskar Bredan, runs the family firm in the capital.", {"Oskar Bredan": P}, {}),
    ("The governor's son, Talvin Mareck, was detained at the airport.", {"Talvin Mareck": P}, {}),
    ("Their lawyer, Selma Ovrant, said the charges were false.", {"Selma Ovrant": P}, {}),
    # negatives: a body's noun before the apposition, a list that goes on, no owner
    ("Its partner, the Green League, said the charges were false.", {"Green League": O}, {}),
    ("The party, Velmar Union, said the charges were false.", {"Velmar Union": O}, {}),
    # --- a title ending the sentence before is no title of the name that opens the next ---
    ("Luka Mwenda was declared re-elected president. Tavora-Mosi, whose chairman Idris Kalo was his rival, "
     "rejected the result.", {"Tavora-Mosi": O, "Idris Kalo": P}, {}),
    ("She kept criticising her own army's regional commander. Velmarthai, the second-largest party in her coalition, "
     "walked out.", {"Velmarthai": O}, {}),
    # negatives: an abbreviated title right before the name, a person after a sentence ending in a title
    ("Gen. Tomas Velkin said the unit would withdraw.", {"Tomas Velkin": P}, {}),
    ("Brig. Oren Sava led the convoy north.", {"Oren Sava": P}, {}),
    ("The vote went to the new commander. Ivo Darrel said he would accept it.", {"Ivo Darrel": P}, {}),
    # --- "the 4R of X": a body named by initials with a digit, then the person whose it is ---
    ("The ceasefire was signed with two armed groups, the 4R of Tamba Koyo and the Union for Peace of Ali Daram.",
     {"Tamba Koyo": P}, {}),
    # negatives: a province after the initials, a person the tagger already finds
    ("The ceasefire was signed by the 4R of Bangassou Province.", {}, {"Bangassou Province": P}),
    ("The talks included the M27 of Idris Malango, which still holds the hills.", {"Idris Malango": P}, {}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "k3", kinds_by_document, check_named_kinds, empty=dict)
