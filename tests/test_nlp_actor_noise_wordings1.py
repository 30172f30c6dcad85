"""Words the NER glues to a name or takes for one in logs, syllabi and letters (invented names, end to end with the
real English pipeline): a state's epithet capitalised at a sentence's start ("Neighbouring Ostravia"), a name run on
over "at" ("the Front at Kessa Point"), a voyage's route ("Tarnby for Velmouth"), a rank's or a mandate's title alone
("Lt.", "the Special Rapporteur", "Chief of Army Staff", "Committee Chairperson", "the Chairperson of" over a
body's name), a common word opening a log line that the text writes in lower case elsewhere
("Escort accepted."), a speaker's label read as a dateline ("Dana Velk: ..."), a state's hyphenated name cut at its hyphen ("Guinea-Bissau" is not Guinea), a three-letter word of a
shouted heading and a catalogue code ("KSV 214"). Each case names the
real actors it holds (which must stay, with their kind) and the false ones (NONE: no actor may carry that name or
alias).

Each case: text, {name: kind, or NONE}, number of person actors (None: not checked)."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds_and_persons

pytestmark = pytest.mark.model

P, O, C = "person", "organization", "country"

CASES = [
    # --- a state's epithet opening the sentence (roles.yaml state_epithets) ---
    ("Neighbouring Ostravia armed the Tarn Valley Front for years. Ostravia's president denies it.",
     {"Ostravia": C, "Neighbouring Ostravia": NONE, "Tarn Valley Front": O}, 0),
    ("Landlocked Velmaria depends on the port of Karsk. The Velmarian government denies it.",
     {"Velmaria": C, "Landlocked Velmaria": NONE}, 0),
    ("Oil-rich Karvesh pays the salaries of the militia, the Karveshi foreign ministry admitted.",
     {"Karvesh": C, "Oil-rich Karvesh": NONE}, 0),
    ("Nearby Dorvany closed its border with Ostravia on Monday.",
     {"Dorvany": C, "Nearby Dorvany": NONE}, 0),
    # a party named with a state's name after a word of its own stays a body
    ("Forward Ostravia won 12 seats in the Ostravian parliament.",
     {"Forward Ostravia": O}, 0),
    # --- a name run on over "at" (name_breaking_preps) ---
    ("Police said they detained two couriers of the Front at Kessa Point on Sunday.",
     {"Front at Kessa Point": NONE}, 0),
    ("The Velm Policy Initiative at Tarnby University published the poll.",
     {"Velm Policy Initiative at Tarnby University": NONE}, None),
    ("Fighters of the Orsk Brigade at Harnby Ridge shelled the road.",
     {"Orsk Brigade at Harnby Ridge": NONE, "Orsk Brigade": O}, 0),
    # --- a voyage's route: a lone place "for" a lone place ---
    ("Skipper: Capt. Oskar Brenn. Run 8/24, Tarnby for Velmouth, in ballast.",
     {"Oskar Brenn": P, "Tarnby for Velmouth": NONE}, None),
    ("The tanker left Orsk for Palmera on Sunday, her owners said.",
     {"Orsk for Palmera": NONE}, None),
    # bodies named "X for Y" stay
    ("The Coalition for Velm Reform, a Velmarian party, filed the complaint.",
     {"Coalition for Velm Reform": O}, None),
    ("The Movement for Karsk Dignity and the Tarvel Unity Party signed a pact.",
     {"Movement for Karsk Dignity": O, "Tarvel Unity Party": O}, 0),
    # --- a rank's or a mandate's title alone ---
    ("The harbour master, Lt. Col. Femi Adebayor, said his men had boarded the dhow.",
     {"Femi Adebayor": P, "Lt": NONE, "Lt.": NONE}, 1),
    ("Lt. Harun Vessk of the Orsk Brigade was wounded.",
     {"Harun Vessk": P, "Lt": NONE, "Lt.": NONE, "Orsk Brigade": O}, 1),
    ("The Special Rapporteur wrote to the government of Ostravia about the arrests.",
     {"Special Rapporteur": NONE, "Ostravia": C}, 0),
    ("Letter from the Special Rapporteur on freedom of expression\n"
     "The Special Rapporteur has received information about Tomas Vell.",
     {"Special Rapporteur": NONE, "Tomas Vell": P}, 1),
    # --- a title's generic words, a title over a body's name, a body's noun and a title ---
    ("General Tomas Orrel, Chief of Defence Forces, and the Chief of Army Staff, Lieutenant General Ado Brenn, "
     "met the chief of the Karsk Defence Forces.",
     {"Defence Forces": NONE, "Army Staff": NONE, "Tomas Orrel": P, "Ado Brenn": P, "Karsk Defence Forces": O}, 2),
    ("In March the Chairperson of the Karsk Union Commission, Tomas Mavel, "
     "named a mediator.",
     {"Chairperson of the Karsk Union Commission": NONE, "Karsk Union Commission": O, "Tomas Mavel": P}, 1),
    ("The Secretary General of the Velmar Unity Party, Ines Talvo, resigned.",
     {"Secretary General of the Velmar Unity Party": NONE, "Velmar Unity Party": O, "Ines Talvo": P}, 1),
    ("Contacts: Senior Analyst, Karsk Ratings Group, Harnby. Committee Chairperson, Harnby.",
     {"Committee Chairperson": NONE, "Karsk Ratings Group": O}, None),
    ("Party Secretary Omar Velk and Deputy Speaker Ina Rosk met the Union Chairman.",
     {"Omar Velk": P, "Ina Rosk": P, "Union Chairman": NONE, "Party Secretary": NONE}, 2),
    ("The Board Chairman of Talvo Mining resigned on Friday.",
     {"Board Chairman": NONE}, None),
    # --- a common word opening a log line, written in lower case elsewhere ---
    ("1400  A frigate offered to escort the convoy past the cape. Escort agreed.\n"
     "1630  Escort left the convoy off the lighthouse.",
     {"Escort": NONE}, 0),
    ("0800  Pilot boarded. The pilot said the Orsk Port Authority had closed berth 4.\n"
     "0900  Tug made fast. Pilot disembarked.",
     {"Pilot": NONE, "Orsk Port Authority": O}, 0),
    # --- who wrote a note of the document, not who acts in it ---
    ("Designer's edition, revised.\nDesigner's note: the Karsk Brigade enters play on turn 3.",
     {"Designer": NONE, "Karsk Brigade": O}, 0),
    ("Reviewer's comment: the Talvo Front is no party.\nAuthor's note: the Talvo Front disbanded in 2019.",
     {"Reviewer": NONE, "Author": NONE, "Talvo Front": O}, 0),
    ("Screening file 12: Politically Exposed Person check\n"
     "The client, a PEP under the bank's rules, chairs the Karsk Traders Union.",
     {"Person": NONE, "PEP": NONE, "Karsk Traders Union": O}, None),
    # --- a speaker's label in a transcript is no dateline ---
    ("Talvo Metals plc -- Half-Year Investor Briefing\n\nArvid Kessel, Chief Operating Officer: Good afternoon, "
     "everyone. Output at our mine in Ostravia fell.\n\nNadia Orrin, Head of Treasury: Over to you, Arvid. "
     "Costs rose.",
     {"Arvid Kessel": P, "Nadia Orrin": P, "Arvid": P}, 2),
    ("Dana Velk: The Karsk Brigade never left the valley.\nTomas Orrel: That is not what the mayor says.",
     {"Dana Velk": P, "Tomas Orrel": P, "Karsk Brigade": O}, 2),
    # a dateline's place stays no actor
    ("KARSK, Ostravia: The Talvo Front attacked a checkpoint, officials said.",
     {"KARSK": NONE, "Karsk": NONE, "Talvo Front": O}, 0),
    # --- a state's hyphenated name cut by the NER is no other state ---
    ("Former president Arno Velk lives in exile in Guinea-Bissau, and Guinea-Bissau's president, Tomas Orrel, "
     "refused to extradite him.",
     {"Guinea": NONE, "Guinea-Bissau": C, "Tomas Orrel": P}, 2),
    # --- a three-letter word of a shouted heading written once; a catalogue code ---
    ("FISHING VESSEL ORLA -- ENGINE LOG SHEET\nThe trawler was hailed by the Ostravian navy.",
     {"LOG": NONE}, None),
    ("SCHOOL OF HISTORY\nKSV 214 (spring term): Ostravian party politics\n"
     "Week 1. The Tarn Valley Front and the Ostravian state.",
     {"KSV": NONE, "Tarn Valley Front": O}, None),
    # an acronym the text names again stays
    ("DTF ATTACK KILLS FIVE\nThe DTF, a rebel group, claimed the ambush near Karsk.",
     {"DTF": O}, None),
]

XFAIL = {
    "The Board Chairman of Talvo Mining resigned on Friday.":
        "'board' is no body's noun (roles.yaml org_nouns): the title after it is read as a body's name",
}


extracted, test_wording = battery(CASES, XFAIL, "n", actor_kinds, check_kinds_and_persons)
