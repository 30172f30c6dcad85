"""The sides of a truce or a fight told with the state's government as the first of a pair, and a "between" phrase
after a participle: (1) "a ceasefire between the government and the X Rangers", "the conflict between the authorities
and the X Rangers", "the government and the X Rangers agreed a truce": "the government" / "the authorities" first in a
coordinated pair (relations.yaml hostility_nouns with "between", side_verbs) stand for the article's state, as they
do alone (RelationContext.side_actor; not "the government and army of Y": an "of" phrase may own both, nor a rebel
government); (2) "the truce signed in March between A and B", "the ceasefire brokered by Y between A and B": the
"between" phrase on a participle describing the noun names the sides (relations._between_phrases). Negatives: a war
said never to have been, a war told as ended, talks (no hostility noun), a mediator; (3) "X won 11 seats and votes with
Y on everything" (the verb "votes" read as a noun joined to "seats": relations._vote_misread_as_noun) and "Y holds 64
seats, and X, with 11, votes with it" (the partner a pronoun): X allied with Y, as "X votes with Y" already is (not a
share of "the votes", a negated vote, nor one vote told in the past); (4) "X governs thanks to the 11 deputies of Y": Y
backs X (relations.yaml preposition_verbs "govern thanks"; not told as over, nor hypothetical) and holds 11 seats
(facts._joined_holders; not "thanks to the 12 deputies of the party who defected"). All names are invented; end to
end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_items, items_by_document

pytestmark = pytest.mark.model

O = "opposes"

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("HALMSK, May 3 - Pellvar's parliament met on Monday. Pellvar's army was on alert across Pellvar, and "
        "Pellvar's interior ministry closed the roads. ")
FOE = ("Cedran Valley Rangers", O, "Pellvar")

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) "the government" first in a pair of sides ---
    (HOME + "A ceasefire between the government and the Cedran Valley Rangers took effect on Monday.", {FOE}, set()),
    (HOME + "The conflict between the authorities and the Cedran Valley Rangers has killed 400 people since 2019.",
     {FOE}, set()),
    (HOME + "The government and the Cedran Valley Rangers agreed a truce in Doha last week.", {FOE}, set()),
    (HOME + "Fresh fighting broke out after the federal government and the Sorrow Hills Brigade signed a ceasefire.",
     {("Sorrow Hills Brigade", O, "Pellvar")}, set()),
    (HOME + "There was never a war between the government and the Cedran Valley Rangers.", set(), {FOE}),
    (HOME + "The war between the government and the Cedran Valley Rangers ended in 2011.", set(), {FOE}),
    (HOME + "Negotiations between the government and the Cedran Valley Rangers opened in Doha on Monday.", set(), {FOE}),
    (HOME + "The government and army of Dravassa signed a truce with the Cedran Valley Rangers.",
     {("Cedran Valley Rangers", O, "Dravassa")}, {FOE}),
    (HOME + "The rebel government and the Cedran Valley Rangers signed a truce in Morrin.", set(), {FOE}),
    # --- (2) "between" after a participle on the noun ---
    (HOME + "The truce signed in March between the government and the Cedran Valley Rangers broke down overnight.",
     {FOE}, set()),
    (HOME + "The ceasefire reached in Doha between the government and the Sorrow Hills Brigade was extended on Friday.",
     {("Sorrow Hills Brigade", O, "Pellvar")}, set()),
    ("Pellvar's army was on alert. The truce brokered by Qatar in 2022 between Pellvar and the Sorrow Hills Brigade "
     "has collapsed.", {("Sorrow Hills Brigade", O, "Pellvar")},
     {("Qatar", O, "Pellvar"), ("Qatar", O, "Sorrow Hills Brigade")}),
]

VOTES = ("Orchard League", "allied_with", "Cedran Lantern Party")
# (3) a party voting with another as a habit, the verb misread as a noun or its partner a pronoun
CASES += [
    (HOME + "The Orchard League won 11 seats and votes with the Cedran Lantern Party on everything.", {VOTES}, set()),
    (HOME + "The Cedran Lantern Party holds 64 seats, and the Orchard League, with 11, votes with it on almost every "
     "bill.", {VOTES}, set()),
    (HOME + "The Cedran Lantern Party took 64 seats. The Orchard League won 11 seats and 30% of the votes with a "
     "campaign in the south.", set(), {VOTES}),
    (HOME + "The Cedran Lantern Party holds 64 seats, and the Orchard League, with 11, never votes with it.", set(),
     {VOTES}),
    (HOME + "The Orchard League voted with the Cedran Lantern Party on the budget on Tuesday.", set(), {VOTES}),
    (HOME + "The Orchard League was founded in 2019. It took 11 seats in the March election and votes with the Cedran "
     "Lantern Party on everything.", {VOTES}, set()),
]

# every tie above as a mixed battery's item; the facts below as items too
CASES = [(text, {("rel", *x) for x in want}, {("rel", *x) for x in unwanted}) for text, want, unwanted in CASES]

THANKS = ("rel", "Orchard League", "backs", "Cedran Lantern Party")
# (4) "X governs thanks to the 11 deputies of Y": Y backs X, and the deputies are Y's seats
CASES += [
    (HOME + "The Cedran Lantern Party governs thanks to the 11 deputies of the Orchard League.",
     {THANKS, ("fact", "Orchard League", "seats", 11)}, {("fact", "Cedran Lantern Party", "seats", 11)}),
    (HOME + "The Cedran Lantern Party survived the vote thanks to the nine MPs of the Orchard League.",
     {("fact", "Orchard League", "seats", 9)}, {("fact", "Cedran Lantern Party", "seats", 9)}),
    (HOME + "The Cedran Lantern Party lost its majority thanks to the 12 deputies of the party who defected.", set(),
     {("fact", "Cedran Lantern Party", "seats", 12)}),
    (HOME + "The Cedran Lantern Party governed thanks to the Orchard League until 2020.", set(), {THANKS}),
    (HOME + "The Cedran Lantern Party would govern thanks to the Orchard League if it won the vote.", set(), {THANKS}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "p37", items_by_document, check_items)
