"""Parties named with common words: what makes such a phrase a body's name.

A capitalised name that a founding verb brings into being (roles.yaml founding_verbs: "founded", "formed",
"registered", "set up") is a body's, even when all its words are common ones and its bracketed acronym is a word
roles.yaml lists as no actor's: its object ("Ana Perl founded the Dawn for Renewal"), its passive subject ("the
Harvest of Plenty was registered in 2019") or the name a participle with its agent follows ("the Hope for Tomorrow,
founded by ..."). Negatives: a person registered as a candidate, a town founded in a year, an event ("the Revolution
of 1989 was formed ..."), "set up" of a person.

A possessive in lower case the NER took into a name ("for her People's Union") is no word of it; a possessive
written with a capital inside a sentence ("the Alternative bloc 8, Our Party 6") opens the name. Negative: a
sentence's own first "Our" ("Our team met ...", "[laughter] Her Union of the Coast has governed").

Capitalised words joined by "of" or "for" that a comma and a body's description follow ("Heart of Velna, the party of
...", "and For Velna, the party of the former premier, 12") are one body's name the NER cut at "of" or "for".
Negatives: a title ("Minister of X, the party's leader"), a body's noun used as a modifier (", the party newspaper").

A house's own word written alone with a capital ("the Senate", "Congress") where the text names another house under
a longer name ("the Chamber of Deputies ... the Senate") is that other house, a body of its own, not the named house
nor the state's parliament as a whole (actors._other_house); a year just before it ("In February 2024 the Senate
expelled ...") is no seat count that would make the word part of a count.

Each case names the actors it must hold (with their kind) and false ones (NONE). All names are invented; end to end
with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import NONE, actor_kinds, battery, check_kinds

pytestmark = pytest.mark.model

O, P = "organization", "person"

CASES = [
    # --- a founding verb's name ---
    ("Prime Minister Tavo Reske, a mining businessman, founded the Revolution for Plenty (RFP) months before the "
     "vote and won 56 of the 120 seats.", {"Revolution for Plenty": O, "Tavo Reske": P}),
    ("The Harvest of Plenty was registered in 2019 by a group of farmers and now holds four seats.",
     {"Harvest of Plenty": O}),
    ("Ines Morrow founded the Light for Plenty (LFP) in a garage and it now runs three towns.",
     {"Light for Plenty": O, "Ines Morrow": P}),
    # --- negatives ---
    ("Ivo Dask was registered as a candidate on Monday. Dask, a teacher, said he would win.", {"Ivo Dask": P}),
    ("The Revolution of 1989 was formed by students and workers.", {"Revolution": NONE}),
    ("The town of Pellar was founded in 1820 by fishermen.", {"Pellar": NONE}),
    # --- possessives ---
    ("In Velmoria, Atu Mulen stood for the United Farmers Front and Joyce Bandu for her People's Union.",
     {"People's Union": O, "United Farmers Front": O}),
    ("In the vote the Patriotic Bloc won 26, the Alternative bloc 8, Our Party 6 and the Greens 4.",
     {"Our Party": O, "Patriotic Bloc": O}),
    ("Our team met the mayor on Monday to discuss the budget.", {"Our": NONE}),
    ("The minister works hard. [laughter] Her Union of the Coast has governed for eleven years. I say the Union of "
     "the Coast has failed.", {"Her Union of the Coast": NONE, "Union of the Coast": O}),
    # --- of/for names a description follows ---
    ("Heart of Velna, the party of former governor Irina Vask, was struck off the list.",
     {"Heart of Velna": O, "Irina Vask": P}),
    ("The Coalition for Change received 19 seats and For Velna, the party of the former prime minister Ivo Gak, 12.",
     {"For Velna": O, "Ivo Gak": P}),
    # --- negatives ---
    ("The Gazette of Velna, the party newspaper, closed in May.", {"Gazette of Velna": NONE}),
    # --- the other house of a two-house legislature ---
    ("KESSAR, May 4 - Velnor's ruling Harvest Party holds 49 of the 130 seats in the Chamber of Deputies. On Monday "
     "the Senate rejected the budget, and Velnor's president called it a betrayal.", {"Senate": O}),
    ("TARVO, May 3 - In Velnor the Greens took 48 of the 80 seats in the Chamber of Deputies. In February 2024 the "
     "Senate expelled Katia Morel, an opposition senator.", {"Senate": O, "Katia Morel": P}),
    ("ORVAL, June 2 - In Karsk the National Assembly passed the law on Monday. The Senate voted it down two days "
     "later, and Karsk's prime minister said he would try again.", {"Senate": O}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "nm3", actor_kinds, check_kinds)
