"""Where a name ends (a battery written before the fixes, invented names and wordings): names cut at "of" or "in",
names that are only a title's portfolio, and words of a document's labels taken for actors.

Causes: (1) a minister's portfolio after "of"/"for" is no body, and the name after the portfolio's own "of" is the
state the minister serves; (2) a listed armed body's regional branch, "X in the
<region>", is one name when the region's words stand nowhere else alone; (3) a borrowed plural for a group's members
("Mujahidin", "Fedayeen", roles.yaml loan_member_plurals) opening "... of the Y" is a group's name, not a person
beside a place; (4) a currency's name before a money noun is no actor; (5) a document's labels are no actors: an
English word in capitals opening a paragraph ("REPLY."), a section's Roman number and its title ("V.
Demands"), the words of who made the document ("Translator's remark"); (6) an ordinal and an era noun ("the Third
Empire") is a period, no body; (7) a bare number before a unit's name, after a possessive too, is the name's first word;
(8) a bracketed acronym spelling a name the NER cut at "and" joins it; (9) "for" and a capitalised gerund
("the Bureau for Combating Piracy") stay inside a body's name.
Negatives: a real place after "in the" stays a place; a region named alone elsewhere is not joined.

Each item is its own document: ({name: kind} wanted, {names that must not be actors}, {ties wanted}). Kinds:
"country", "organization", "person". End to end with the real English pipeline."""
from __future__ import annotations

from functools import partial

import pytest

from wording_battery import battery, kinds_and_ties, norm_name, tie

pytestmark = pytest.mark.model

C, O, P = "country", "organization", "person"
M = "member_of"

CASES = [
    # --- (1) a portfolio after a minister's title; the state after it ---
    ("Obituary: Jorin Tass, Minister of the Interior of Kelvaria in the 1990s, has died aged 81.",
     {"Kelvaria": C, "Jorin Tass": P}, {"Interior of Kelvaria", "Interior"}, {("Jorin Tass", M, "Kelvaria")}),
    ("Tarn Oskel, Minister of Defence of Tesmaria until 2021, wrote the order himself.",
     {"Tesmaria": C}, {"Minister of Defence of Tesmaria", "Defence of Tesmaria"}, {("Tarn Oskel", M, "Tesmaria")}),
    ("As Minister of Finance of Ostmere, Lida Varkan cut the army's budget twice.",
     {"Ostmere": C}, {"Finance of Ostmere"}, set()),
    ("Pell Arvane served as Minister of the Economy of Sarvia before the coup of 2020.",
     {"Sarvia": C}, {"Economy of Sarvia"}, set()),
    ("The Secretary for Foreign Affairs of Ostrel, Mina Davre, flew to the summit.",
     {"Ostrel": C, "Mina Davre": P}, {"Foreign Affairs"}, set()),
    ("Kiro Dane, a former Minister of Justice of Talmora, now advises the opposition.",
     {"Talmora": C}, {"Justice of Talmora"}, set()),
    # --- (2) a listed armed body's branch named for its region ---
    ("The attack on the depot was claimed by al-Qaeda in the Southern Plains on Monday.",
     {"al-Qaeda in the Southern Plains": O}, {"Southern Plains", "Al Qaeda"}, set()),
    ("A cell of the Islamic State in the Upper Savanna said it had planted the bomb at the Darro market.",
     {"Islamic State in the Upper Savanna": O}, {"Upper Savanna", "Islamic State"}, set()),
    ("Recruiters for al-Qaeda in the Lake Basin worked the fishing camps all summer, officials in Karo said.",
     {"al-Qaeda in the Lake Basin": O}, {"Lake Basin"}, set()),
    # negatives: a real region stays a place; a region written alone elsewhere is not a name's part
    ("Hamas in the West Bank called a general strike on Tuesday.", {"Hamas": O}, {"Hamas in the West Bank"}, set()),
    ("Fighters of al-Qaeda in the Black Hills raided a village. The Black Hills have seen no army for years.",
     {"Al Qaeda": O}, {"al-Qaeda in the Black Hills"}, set()),
    # --- (3) a borrowed plural opening a group's name ---
    ("Nine guards died at Irrak when the Mujahidin of the Tassili stormed the post. The gang has answered to the "
     "Islamic State since 2019.",
     {"Mujahidin of the Tassili": O}, {"Mujahidin", "Tassili"}, set()),
    ("Last year the Ansar of the Oases took the wells at Debbi.", {"Ansar of the Oases": O}, {"Ansar", "Oases"}, set()),
    ("On Friday the Fedayeen of the Red Valley stormed the garrison at Kell.",
     {"Fedayeen of the Red Valley": O}, {"Fedayeen", "Red Valley"}, set()),
    ("Elders say the Mujahideen of the Salt Flats now take orders from al-Qaeda in the Western Dunes.",
     {"Mujahideen of the Salt Flats": O, "al-Qaeda in the Western Dunes": O}, {"Salt Flats", "Western Dunes"}, set()),
    # --- (7) a bare number opening a unit's name, after a possessive too ---
    ("Nobody crossed the bridge while Ivo Darrek's 52 Mountain Brigade guarded it, and the 52 Mountain Brigade lost "
     "no trucks.", {"52 Mountain Brigade": O}, {"Mountain Brigade"},
     {("Ivo Darrek", "leader_of", "52 Mountain Brigade")}),
    ("Colonel Mira Sand's 88 Commando Battalion crossed the river; Sand said the 88 Commando Battalion lost no one.",
     {"88 Commando Battalion": O}, {"Commando Battalion"}, set()),
    ("Since 2021 Eastern Command has ruled the province.", {}, {"2021 Eastern Command"}, set()),
    # --- (8) a name cut at "and" before its bracketed acronym, which spells the whole ---
    ("- Eastern Union Support and Protection Mission (EUSPM): 8,000 troops. Velnia sends the largest contingent.",
     {"Eastern Union Support and Protection Mission": O}, {"Eastern Union Support", "Protection Mission"}, set()),
    ("Aid now flows through the Coastal Relief and Recovery Agency (CRRA), which the Iron Banner Movement accuses of "
     "theft.", {"Coastal Relief and Recovery Agency": O}, {"Coastal Relief", "Recovery Agency"}, set()),
    # --- (9) "for" and a capitalised gerund inside a body's name ---
    ("The Agency for Fighting Smuggling and Terrorism, which locals call Radda, holds the port.",
     {"Agency for Fighting Smuggling and Terrorism": O}, {"Terrorism", "Smuggling"}, set()),
    ("The port is held by the Bureau for Combating Piracy and Terrorism, a militia that answers to the premier.",
     {"Bureau for Combating Piracy and Terrorism": O}, {"Terrorism"}, set()),
    ("Ivo Marr chairs the Council for Defending the Constitution, which the Velnian Congress Party boycotts.",
     {"Council for Defending the Constitution": O}, {"Constitution"}, set()),
    # --- left: causes not fixed here ---
    ("The raiders were the Wolves of the Marsh, a band from the delta.",
     {"Wolves of the Marsh": O}, {"Marsh"}, set()),
    # --- (4) a currency's name before a money noun (roles.yaml currency_nouns) ---
    ("Stallholders in Vessa now ask 450 KRU francs for a sack of rice.", {}, {"KRU"}, set()),
    ("The Iron Banner Movement pays each recruit 300 Tarvic crowns a month.",
     {"Iron Banner Movement": O}, {"Tarvic"}, set()),
    ("Wages are paid in Orsa shillings, and the Orsa Labour Union wants them doubled.",
     {"Orsa Labour Union": O}, {"Orsa"}, set()),
    # --- (5) labels of the document, not actors ---
    ("REPLY. The minister said the Karvel Unity Front had not been consulted.",
     {"Karvel Unity Front": O}, {"REPLY"}, set()),
    ("QUERY: Does the cabinet back the Iron Banner Movement?\nRESPONSE: The minister said it did not.",
     {"Iron Banner Movement": O}, {"RESPONSE", "QUERY"}, set()),
    ("Translator's remark: party names keep the weekly's own spelling below.\n\n"
     "The Karvel Unity Front rejected the budget.", {"Karvel Unity Front": O}, {"Translator"}, set()),
    ("MISSION REPORT\n\nIV. Findings\n\nThe Karvel Unity Front won most seats.\n\nV. Demands\n\n"
     "The Karvel Unity Front should open the count to observers.", {"Karvel Unity Front": O}, {"V. Demands"},
     set()),
    ("I. Grievances\n\nThe Iron Banner Movement listed its complaints.", {"Iron Banner Movement": O}, {"I. Grievances"},
     set()),
    ("X. Requests\n\nThe Iron Banner Movement has not said who pays its fighters.",
     {"Iron Banner Movement": O}, {"X. Requests"}, set()),
    # --- (6) an era of a state's history after an ordinal (roles.yaml era_nouns) ---
    ("Under the Third Republic the Velnian Congress Party won every election.",
     {"Velnian Congress Party": O}, {"Third Republic"}, set()),
    ("Chapter 12 - The Fourth Empire\n\nIt was in the Fourth Empire that the Iron Banner Movement first took up "
     "arms.", {"Iron Banner Movement": O}, {"Fourth Empire"}, set()),
    ("Transcribed by our desk from a recording of the rally.\n\nThe Iron Banner Movement called a strike.",
     {"Iron Banner Movement": O}, {"Transcribed"}, set()),
]

XFAIL: dict[str, str] = {
    "The raiders were the Wolves of the Marsh, a band from the delta.":
        "a capitalised common plural ('Wolves') the tagger reads as a noun is no candidate; only the name after "
        "'of the' is found",
}


def _check(text: str, want: dict, absent: set, ties: set, got: tuple[dict, set]) -> None:
    kinds, got_ties = got
    wrong = {name: kinds.get(norm_name(name)) for name, kind in want.items() if kinds.get(norm_name(name)) != kind}
    present = {name for name in absent if norm_name(name) in kinds}
    missing = {tie(*t) for t in ties} - got_ties
    assert not wrong and not present and not missing, \
        (text, "wrong kinds", wrong, "unwanted actors", present, "missing ties", missing, "got", kinds, got_ties)


extracted, test_wording = battery(CASES, XFAIL, "nb", partial(kinds_and_ties, aliases=True), _check)
