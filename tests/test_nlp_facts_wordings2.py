"""Seat counts whose holder sits behind a bracketed short form or a phrase set off by commas, and a chamber's size
given by a whole the sentence opens with. A name followed by its short form in brackets ("the Y Union (YU) won 14",
"the Y Union (YU), led by X, 31", "X, whose Y Movement (YM) holds 49 of the 108 seats"): the count is the named
body's, not the first subject's, not the person's before "whose", not that of a name that only modifies the subject
("the allies of Y won 14"); a gapped count after a body set off by a relative
clause ("and the Y Party, which votes with the government, 14"; not a name inside that clause) or named in quotes before its kind of body ('and the
"Y Pride" alliance 6'); "Of the 331 seats, X won 86, Y 63": the whole is the size of the state's house (not when the
seats are a place's, or those a party won; not when the clause or the sentence before frames them otherwise, nor
when the story states the house's size apart), and the house is no council of another kind (not_legislature_words: "the
Supreme Council of National Defence", "the UN Human Rights Council"); "150 US military advisers" (a state's name hung
over the qualifier, as in "150 Chilean military advisers"): the state's troops. Negatives: a count the clause negates
or wishes, a share, seats of a region or seats a party won, advisers killed or asked for, officials. Parties and
persons are invented; states are real; end to end with the real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, facts_by_document

pytestmark = pytest.mark.model

S = "seats"
T = "troops"
HOME = "Peru voted on Sunday. "

# (text, facts that must be present, facts that must be absent)
CASES = [
    # --- a second subject with its short form in brackets: its own count, not the first subject's ---
    ("The Tarvo Front won 22 seats and the Velka Union (VU) won 14.",
     {("Tarvo Front", S, 22), ("Velka Union", S, 14)}, {("Tarvo Front", S, 14)}),
    ("The Tarvo Front (TF) won 22 seats and the Velka Union (VU) won 14.",
     {("Tarvo Front", S, 22), ("Velka Union", S, 14)}, {("Tarvo Front", S, 14)}),
    ("In 2021 the Tarvo Front took 31 seats and the Christian Reform Party (CRP) took 9 seats.",
     {("Tarvo Front", S, 31), ("Christian Reform Party", S, 9)}, {("Tarvo Front", S, 9)}),
    ("The Tarvo Front won 22 seats and the Velka Union (VU) did not win 14.", {("Tarvo Front", S, 22)},
     {("Tarvo Front", S, 14), ("Velka Union", S, 14)}),
    ("The Tarvo Front won 22 seats and the Velka Union (VU) hopes to win 14.", {("Tarvo Front", S, 22)},
     {("Tarvo Front", S, 14), ("Velka Union", S, 14)}),
    # --- a bracketed short form and a leader set off by commas before the verb or the bare count ---
    ("Of the 331 seats, the Social Reform Party (SRP) won 86, the Alliance for the Union of Velkans (AUV), led by "
     "Jon Adler, won 63, and the Orsan Party 49.",
     {("Social Reform Party", S, 86), ("Alliance for the Union of Velkans", S, 63), ("Orsan Party", S, 49)},
     {("Social Reform Party", S, 63), ("Jon Adler", S, 63)}),
    ("The Rally for Tarvo Progress held 68 of the 127 seats and the Union for Tarvo Change (UTC), led by Ivo Berk, 31.",
     {("Rally for Tarvo Progress", S, 68), ("Union for Tarvo Change", S, 31)}, {("Ivo Berk", S, 31)}),
    ("The Tarvo Front won 40 seats and the Merin League (ML), headed by Ivo Berk, 12.",
     {("Tarvo Front", S, 40), ("Merin League", S, 12)}, {("Ivo Berk", S, 12)}),
    ("The Tarvo Front won 22 seats and the Velka Union (VU), backed by the Orsan Party, won 14.",
     {("Tarvo Front", S, 22), ("Velka Union", S, 14)}, {("Tarvo Front", S, 14), ("Orsan Party", S, 14)}),
    ("The Tarvo Front won 22 seats and the Velka Union (VU), led by Ivo Berk, did not win 14.",
     {("Tarvo Front", S, 22)}, {("Tarvo Front", S, 14), ("Velka Union", S, 14)}),
    # --- the name only modifies the clause's subject ("the allies of Y"): no holder named, not the first subject ---
    ("The Tarvo Front won 22 seats and the allies of the Velka Union won 14.", {("Tarvo Front", S, 22)},
     {("Velka Union", S, 14), ("Tarvo Front", S, 14)}),
    ("The Tarvo Front won 22 seats and the allies of the Velka Union (VU), led by Ivo Berk, won 14.",
     {("Tarvo Front", S, 22)}, {("Velka Union", S, 14), ("Tarvo Front", S, 14)}),
    # --- "X, whose Y (YS) holds N": the body after "whose", not the person ---
    ("President Jon Adler, whose Broad Citizens' Movement (BCM) holds 49 of the 108 seats, praised the ruling.",
     {("Broad Citizens' Movement", S, 49)}, {("Jon Adler", S, 49)}),
    ("The former prime minister Ana Berk, whose Velka Party for Democracy (VPD) won 74 seats in the last parliament, "
     "declined.", {("Velka Party for Democracy", S, 74)}, {("Ana Berk", S, 74)}),
    ("Ana Berk, whose Velka Party for Democracy (VPD) hopes to win 74 seats, declined.", set(),
     {("Velka Party for Democracy", S, 74), ("Ana Berk", S, 74)}),
    ("Jon Adler, whose Velka Party (VP) lost 49 seats, declined.", set(), {("Velka Party", S, 49), ("Jon Adler", S, 49)}),
    # --- a gapped count after a relative clause or a quoted name ---
    ("Sunrise Unity holds 88 seats; Azat Front has 41 and the Orsan Party, which votes with the government, 14.",
     {("Orsan Party", S, 14)}, set()),
    ("The Tarvo Front won 52 seats and the Merin League, which sits in opposition, 17.",
     {("Tarvo Front", S, 52), ("Merin League", S, 17)}, set()),
    ("The Tarvo Front won 52 seats, and the Merin League, which was founded in 1990, 17 percent of the vote.",
     {("Tarvo Front", S, 52)}, {("Merin League", S, 17)}),
    # (a name inside the relative clause is not the holder; a count inside it is no gapped count)
    ("The Tarvo Front won 52 seats and the Merin League, which joined the Velka Union, 17.",
     {("Tarvo Front", S, 52), ("Merin League", S, 17)}, {("Velka Union", S, 17)}),
    ("Sunrise Unity holds 88 seats; Azat Front has 41 and the Orsan Party, which lost 17, 14.",
     {("Orsan Party", S, 14)}, {("Orsan Party", S, 17)}),
    ('The Velka Alliance won 29 seats and the "Orsan Pride" alliance 6.',
     {("Velka Alliance", S, 29), ("Orsan Pride alliance", S, 6)}, set()),
    ('The Velka Alliance won 29 seats and the "Orsan Pride" movement 6.',
     {("Velka Alliance", S, 29), ("Orsan Pride movement", S, 6)}, set()),
    ('The Velka Alliance won 29 seats and the "Orsan Pride" alliance 6 percent.', {("Velka Alliance", S, 29)},
     {("Orsan Pride alliance", S, 6)}),
    # --- "Of the N seats, X won ...": the whole is the house's size ---
    (HOME + "Of the 130 seats, the Tarvo Front won 86, the Velka Union 33 and the Orsan Party 11.",
     {("Peru", S, 130), ("Tarvo Front", S, 86), ("Velka Union", S, 33), ("Orsan Party", S, 11)}, set()),
    (HOME + "Of the 130 seats, the Tarvo Front took 71 and the Velka Union 40.",
     {("Peru", S, 130), ("Tarvo Front", S, 71)}, set()),
    (HOME + "Of the 12 seats in the north, the Tarvo Front won 8.", {("Tarvo Front", S, 8)}, {("Peru", S, 12)}),
    (HOME + "Of the 40 seats it won, the Tarvo Front gave 12 to women.", set(), {("Peru", S, 40)}),
    (HOME + "Of the 30 seats up for election, the Tarvo Front won 16.", {("Tarvo Front", S, 16)}, {("Peru", S, 30)}),
    ("Peru elected a new Congress on Sunday. Of the 130 seats, the Tarvo Front won 86 and the Velka Union 33.",
     {("Peru", S, 130), ("Tarvo Front", S, 86)}, set()),
    # (the whole has no frame of its own: not when the clause or the sentence before names another one, nor when the
    # story states the house's size otherwise)
    (HOME + "Voting in the Lima region was close. Of the 12 seats, the Tarvo Front won 8.", {("Tarvo Front", S, 8)},
     {("Peru", S, 12)}),
    (HOME + "Of the 40 seats, the Tarvo Front won 30 in the upper house.", set(), {("Peru", S, 40)}),
    (HOME + "Of the 100 seats, the Tarvo Front won 60 in the 2011 Senate election.", set(), {("Peru", S, 100)}),
    (HOME + "Of the 60 seats, the Tarvo Front won 35. Peru's Congress has 130 seats.", {("Peru", S, 130)},
     {("Peru", S, 60)}),
    # --- a council that is no legislature (of defence, of human rights, of the UN) is not the house sized ---
    (HOME + "Peru left the UN Human Rights Council in May. The Tarvo Front won 86 of the 130 seats, a two-thirds "
     "majority.", {("Peru", S, 130), ("Tarvo Front", S, 86)}, {("UN Human Rights Council", S, 130)}),
    (HOME + "The Supreme Council of National Defence met on Monday. Of the 130 seats, the Tarvo Front won 86 and the "
     "Velka Union 33.", {("Peru", S, 130)}, {("Supreme Council of National Defence", S, 130)}),
    (HOME + "The National Council met on Monday. The Tarvo Front won 86 of the 130 seats in the National Council.",
     {("National Council", S, 130), ("Tarvo Front", S, 86)}, set()),
    # --- "N US military advisers": a state's name the parser hung over the qualifier, the state's troops ---
    (HOME + "About 150 US military advisers are stationed in the country.", {("United States", T, 150)}, set()),
    (HOME + "Some 200 UK military trainers work with the Peruvian army.", {("United Kingdom", T, 200)}, set()),
    (HOME + "About 150 US military advisers were killed in the crash.", set(), {("United States", T, 150)}),
    (HOME + "The army asked for 150 US military advisers.", set(), {("United States", T, 150)}),
    (HOME + "About 150 US trade officials are stationed in the country.", set(), {("United States", T, 150)}),
]

XFAIL: dict[str, str] = {}


def _name(fact: tuple) -> tuple:
    """A fact with its holder's name compared without a trailing kind of body ("the 'Y Pride' alliance" may be named
    'Y Pride' or 'Y Pride alliance', by the other documents of the run)."""
    words = fact[0].split()
    if len(words) > 1 and words[-1].lower() in ("alliance", "movement"):
        words = words[:-1]
    return (" ".join(words), *fact[1:])


def _check(text: str, present: set, absent: set, facts: set) -> None:
    got = {_name(f) for f in facts}
    assert {_name(f) for f in present} <= got and not ({_name(f) for f in absent} & got), (text, got)


extracted, test_wording = battery(CASES, XFAIL, "w", facts_by_document, _check)
