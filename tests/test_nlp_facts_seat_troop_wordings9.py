"""Seat and troop counts in wordings the earlier batteries leave out, written before changing the reader: an adverb on
the modifier of a count ("the 80 directly chosen seats"), a description whose participle the parser takes for the
clause's verb ("X, a band formed to guard the dams, has grown to 8,000 fighters"), troops named by a foreign state's
adjective ("6,300 Ostlandic troops were stationed there": the state's), a body called by the last word of its name
("the Musketeers"), a second holder's share told with "another" or "a further" and a verb of holding, a count closing a
list after a body set off by a description, and advisers a state's adjective names beside an armed body.
Negatives give nothing: a gain, a past holding, a hypothetical, a casualty count, a negation, people who are no troops,
a short name with no body named before it. The states, parties and armed bodies are invented; end to end with the real English
pipeline. Names are compared without case and a leading "the", and (unlike the earlier batteries) a state's force
("Castria military") is not taken for the state itself."""
from __future__ import annotations

import pytest

from wording_battery import assert_facts_force_apart, battery, facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # --- an adverb on the count's modifier ---
    ("The Tollan Reform Party won 47 of the 80 directly chosen seats in the Volsk Diet.",
     {("Tollan Reform Party", S, 47), ("Volsk Diet", S, 80)}),
    ("The Osgrave League holds 33 of the 95 directly elected seats in the Brevik Chamber.",
     {("Osgrave League", S, 33), ("Brevik Chamber", S, 95)}),
    ("The Quellmark Militia has swelled to 2,000 newly armed fighters.", {("Quellmark Militia", T, 2000)}),
    ("Only 9 of the 80 directly chosen seats in the Volsk Diet were contested by women.", {("Volsk Diet", S, 80)}),
    ("The Tessaly Union lost 20 of its 61 directly elected seats.", {("Tessaly Union", S, 41)}),
    # --- a description's participle parsed as the clause's verb ---
    ("Since 2021 the Pellham Wardens, a rural band formed to protect grain stores in the western valleys, have "
     "swelled to roughly 5,000 armed men.", {("Pellham Wardens", T, 5000)}),
    ("Since 2020 the Keepers of the Sorrel Fens (KSF), a militia formed to guard the dams, have grown to some 8,000 "
     "fighters.", {("Keepers of the Sorrel Fens", T, 8000)}),
    ("The Tolliver Front, a militia founded by herders in the hills, now numbers some 3,000 fighters.",
     {("Tolliver Front", T, 3000)}),
    ("The Ommel Guard, a militia formed to guard the dams, has killed 300 soldiers.", set()),
    ("The Pellan Rangers, a militia formed to guard the dams, have not grown to 12,000 fighters.", set()),
    ("The Hennick Party, a party founded by herders, has a membership of 40,000.", set()),
    # --- troops named by a foreign state's adjective: the state's ---
    ("Officials in Orvania say the Harl Front is armed by the neighbouring Republic of Castria, and that roughly 900 "
     "Castrian soldiers guard its camps inside Orvania. Castria denies this.", {("Castria", T, 900)}),
    ("The war in Tarvenia began in 2014. Tarvenia's president asked for help, and by 2016 some 6,300 Sarkovian troops "
     "were stationed in Tarvenia. Tarvenia's army had only 4,000 men.",
     {("Sarkovia", T, 6300), ("Tarvenia military", T, 4000)}),
    ("The Castrian army has 9,000 soldiers, a Tarvenian report said.", {("Castria military", T, 9000)}),
    ("Castria's border guards shot dead 30 Orvanian soldiers near Kessa, Tarvenia said.", set()),
    ("Some 7,000 Castrian tourists visited Tarvenia last year.", set()),
    ("Tarvenia said there were never 6,000 Castrian soldiers on its soil.", set()),
    # --- a body called by the last word of its name ---
    ("Dravo Kessel founded the Tollan Gap Musketeers in 2019. By last spring the Musketeers counted about 2,300 "
     "fighters.", {("Tollan Gap Musketeers", T, 2300)}),
    ("Ada Pryce founded the Saltmere Valley Lancers in 2018. By 2023 the Lancers had grown to some 2,600 fighters.",
     {("Saltmere Valley Lancers", T, 2600)}),
    ("Last year the Grenadiers numbered approximately 1,100 fighters.", set()),
    ("Teo Brannic founded the Hobb Ridge Fusiliers in 2019. In 2024 the Fusiliers killed 40 soldiers.", set()),
    ("Ilse Tamm chairs the Quarry Guild Party. The Guild has 3,000 members.", set()),
    # --- a second holder's share with "another" or "a further" and a verb of holding ---
    ("The Harbour Compact holds 52 seats, and the Dawn Register holds another six.",
     {("Harbour Compact", S, 52), ("Dawn Register", S, 6)}),
    ("Kessel's Lantern Party holds 61 of the 101 seats in the Chamber of Orvel, with its ally, the Gorse Pact, holding a "
     "further 8.", {("Lantern Party", S, 61), ("Chamber of Orvel", S, 101), ("Gorse Pact", S, 8)}),
    ("The Marlow Party holds 57 of the 99 seats in the Senate of Pell, with its ally, the Juniper Pact, holding a "
     "further 7.", {("Marlow Party", S, 57), ("Senate of Pell", S, 99), ("Juniper Pact", S, 7)}),
    ("The Ivory Bloc controls 50 seats, and the Copper Circle controls a further 5.",
     {("Ivory Bloc", S, 50), ("Copper Circle", S, 5)}),
    ("The Reedbank Union won 31 seats, and the Sedge List won another six.", {("Reedbank Union", S, 31)}),
    # the first holder again ("it"), or a holding with no first holder's count before it: a gain, no second share
    ("The Zarrow Compact holds 52 seats, and it holds another six in the upper house.", {("Zarrow Compact", S, 52)}),
    ("The Zarrow Compact holds 52 seats. It now holds an additional 3 seats after the by-election.",
     {("Zarrow Compact", S, 52)}),
    ("The Gull Alliance holds 31 seats; the Tern List gained a further six.", {("Gull Alliance", S, 31)}),
    ("The Birch Front held 31 seats, and the Alder List held another six.", {("Birch Front", S, 31)}),
    ("The Heath Union holds 31 seats, and the Moor List could win another six.", {("Heath Union", S, 31)}),
    # --- a bare count closing a list after a body set off by a description ---
    ("The Harbour Charter received 19 seats, the Dusk Register 16, the Fennel Pact 8 and the Ivory Circle, a bloc of "
     "retired judges, 5.", {("Harbour Charter", S, 19), ("Dusk Register", S, 16), ("Fennel Pact", S, 8),
                            ("Ivory Circle", S, 5)}),
    ("The Saffron League won 40 seats, and the Thistle Register, a party of herders, 12.",
     {("Saffron League", S, 40), ("Thistle Register", S, 12)}),
    ("The Cobalt League won 40 seats. The Ember Circle, the bloc of Olek Varn, 58, came third.",
     {("Cobalt League", S, 40)}),
    ("The Garnet League won 40 seats in the election, the best result since 1990, 12 more than in 2019.",
     {("Garnet League", S, 40)}),
    # --- advisers named by a state's adjective, beside an armed body: the state's troops ---
    ("Orvania's army, some 21,000 strong, is trained by about 90 French advisers.",
     {("Orvania military", T, 21000), ("France", T, 90)}),
    ("Some 300 Turkish instructors train the Kelvarian army, officials said.", {("Turkey", T, 300)}),
    ("Dalmora's finance ministry is assisted by some 90 French advisers.", set()),
    ("Pessa's army was never trained by 90 French advisers.", set()),
    ("Tessmark's army is assisted by some 90 French economists.", set()),
    ("Some 90 French advisers helped Brennia's government draft the budget.", set()),
    ("The Hollin Miners' Union is assisted by 120 Turkish advisers.", set()),
]

XFAIL: dict[str, str] = {
    "Kessel's Lantern Party holds 61 of the 101 seats in the Chamber of Orvel, with its ally, the Gorse Pact, holding a "
    "further 8.": "the participle parsed onto the clause's verb, not onto 'with': its subject is not read as the ally",
    "The Marlow Party holds 57 of the 99 seats in the Senate of Pell, with its ally, the Juniper Pact, holding a "
    "further 7.": "the participle parsed onto the clause's verb, not onto 'with': its subject is not read as the ally",
}


extracted, test_wording = battery(CASES, XFAIL, "t", facts_by_document, assert_facts_force_apart)
