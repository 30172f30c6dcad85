"""Leadership and membership told through a short form, a pointing word, an "as" role or a bare state noun: "the
Movement's chair" when a wing and its movement share the distinctive part of their names (the short form takes the
name it ends, not the first of the two); "a member of that party", "the same party", "this party" (relations.yaml
definite_pointing_words: the noun refers back as a post's owner does); "seized power as commander of Y", "rose to
power as head of Y" (word_lists.role_verbs); "X heads the state", "has ruled the country" (the article's state);
"its speaker, X", "the X of Senators in Y, whose speaker, Z," (a house named for its members leads it).
Several wordings per mechanism with negatives; all names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L, M = "leader_of", "member_of"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a short form ending two names of one core: the one it ends ---
    ("The war pitted the government against the Kesh Dawn Army, the armed wing of the Kesh Dawn Movement. Osra Kelu, "
     "the Movement's chair, spoke first.", {("Osra Kelu", L, "Kesh Dawn Movement")},
     {("Osra Kelu", L, "Kesh Dawn Army")}),
    ("The Tarn Valley Brigade fought for the Tarn Valley Council until 2020. Pavo Renn, the Council's president, "
     "opened the talks.", {("Pavo Renn", L, "Tarn Valley Council")}, {("Pavo Renn", L, "Tarn Valley Brigade")}),
    ("The Orsk Freedom Army and the Orsk Freedom Movement split in 2019. Lida Brenn still chairs the Movement.",
     {("Lida Brenn", L, "Orsk Freedom Movement")}, {("Lida Brenn", L, "Orsk Freedom Army")}),
    ("The Kesh Dawn Movement held a congress in May. Osra Kelu, the Movement's chair, spoke first.",
     {("Osra Kelu", L, "Kesh Dawn Movement")}, set()),
    # --- a pointing word: "that party", "the same party", "this party" ---
    ("Berin Osaro has led the Front for Civic Change (FCC) since 2015; police also held Tal Ruma, a deputy for that "
     "party, on Friday.", {("Tal Ruma", M, "Front for Civic Change")}, set()),
    ("Berin Osaro has led the Front for Civic Change (FCC) since 2015. On Friday police also held Tal Ruma, a senior "
     "figure in that party.", {("Tal Ruma", M, "Front for Civic Change")}, set()),
    ("Lena Hart chairs the Citizens' Voice, and Oskar Dreel, a deputy of the same party, resigned on Friday.",
     {("Oskar Dreel", M, "Citizens' Voice")}, set()),
    ("The Harvest Union elected Dora Pell in March. Ivo Sark, a member of this party since 2010, objected.",
     {("Ivo Sark", M, "Harvest Union")}, set()),
    ("Dr. Berin Osaro leads the Front for Civic Change. Police held Mr. Tal Ruma, a member of the other party.",
     set(), {("Tal Ruma", M, "Front for Civic Change")}),
    ("Dr. Berin Osaro leads the Front for Civic Change. Police held Mr. Tal Ruma, a member of the party.",
     set(), set()),
    ("Berin Osaro chairs Velto Mining Ltd. On Friday police held Tal Ruma, a senior figure in that party.", set(),
     {("Tal Ruma", M, "Velto Mining Ltd")}),
    ("The House voted on Monday. Police held Mr. Tal Ruma, a member of that party.", set(),
     {("Tal Ruma", M, "House")}),
    # --- "as" a post after a verb of taking power ---
    ("Colonel Amon Tesh, who seized power in 2017 as head of the Kessel Guard, opened the session.",
     {("Amon Tesh", L, "Kessel Guard")}, set()),
    ("Colonel Ivo Marten rose to power as head of the Frost Brigade.", {("Ivo Marten", L, "Frost Brigade")}, set()),
    ("Colonel Ivo Marten seized power after the death of the head of the Frost Brigade, Piet Hallam.",
     {("Piet Hallam", L, "Frost Brigade")}, {("Ivo Marten", L, "Frost Brigade")}),
    ("Colonel Ivo Marten seized the bridge as the Frost Brigade withdrew.", set(),
     {("Ivo Marten", L, "Frost Brigade")}),
    # --- "heads the state", "ruled the country": the article's state ---
    (HOME + "Colonel Amon Tesh, who now heads the state, opened the session.", {("Amon Tesh", L, "Kalvar")}, set()),
    (HOME + "Colonel Amon Tesh has ruled the country since 2017.", {("Amon Tesh", L, "Kalvar")}, set()),
    (HOME + "Colonel Amon Tesh, who seized power in 2017 as head of the Kessel Guard and now heads the state, "
     "opened the session.", {("Amon Tesh", L, "Kalvar"), ("Amon Tesh", L, "Kessel Guard")}, set()),
    (HOME + "Colonel Amon Tesh left the country in 2017.", set(), {("Amon Tesh", L, "Kalvar")}),
    (HOME + "Mr. Amon Tesh heads the state oil company.", set(), {("Amon Tesh", L, "Kalvar")}),
    (HOME + "Mr. Amon Tesh leads the state's largest union.", set(), {("Amon Tesh", L, "Kalvar")}),
    (HOME + "In neighbouring Ostravia, Colonel Vask Daro has ruled the country since 2015.", set(),
     {("Vask Daro", L, "Kalvar")}),
    (HOME + "Ostravia's army chief, General Vask Daro, now runs the country.", set(), {("Vask Daro", L, "Kalvar")}),
    ("Polls opened on Sunday. Mr. Amon Tesh has ruled the country since 2017.", set(), set()),
    # --- a house's speaker through "its", "whose" or a possessive: a body named for its members is a legislature ---
    ("The budget bill reached the Chamber of Senators in Tarvo, whose speaker, Orla Menhet, set the vote for May.",
     {("Orla Menhet", L, "Chamber of Senators")}, set()),
    ("The Council of Delegates met on Monday. Its speaker, Orla Menhet, called a vote.",
     {("Orla Menhet", L, "Council of Delegates")}, set()),
    ("The Chamber of Councillors met on Monday. The chamber's speaker, Orla Menhet, called a vote.",
     {("Orla Menhet", L, "Chamber of Councillors")}, set()),
    ("The Tarvo Workers' Union met on Monday. Its speaker, Orla Menhet, called a strike.", set(),
     {("Orla Menhet", L, "Tarvo Workers' Union")}),
    ("The Ember Party held a rally in Tarvo, whose mayor, Orla Menhet, set the date.", set(),
     {("Orla Menhet", L, "Ember Party")}),
    ("Rallies by the Ember Party in Tarvo, whose governor, Orla Menhet, is a rival, drew thousands.", set(),
     {("Orla Menhet", L, "Ember Party")}),
]

XFAIL: dict[str, str] = {
    "The House voted on Monday. Police held Mr. Tal Ruma, a member of that party.":
        "resolver: a pointing 'that party' falls back, as a post's owner does, on the one body of no known kind "
        "named just before, a chamber included",
}


extracted, test_wording = battery(CASES, XFAIL, "pl", relations_by_document, check_ties)
