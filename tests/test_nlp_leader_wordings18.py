"""Leaders named by a national title, by the state of the sentence before, and by a party named like a house:
(1) a national title of a head of government other than "prime minister" (roles.yaml head_of_state_titles, relations.yaml
implied_state_titles: "Taoiseach X", "the Taoiseach, X", "X, the Taoiseach,", "X, who became Taoiseach") leads the
story's state, and the deputy's national title ("Tánaiste X") makes a member of it; the bare title, alone for its holder
("The Taoiseach said"), is no actor of its own; (2) a bare "Prime Minister X" after a sentence of two joined clauses
about two states ("Velgrad has published nothing, and the Ostravian government says ...") is the state of the last
clause, the one nearest the title (relations._last_clause_state); (3) a body named like a house ("the Civic
Congress") that holds or wins seats is a party, so the person whose it is ("X, whose Civic Congress holds 37 of the 64
seats") leads it (relations._holds_seats); (4) a head of state's title taken "as" a post "at" a named place ("was
inaugurated as President at Velgrad Castle") leads the state, not the place (relations._oath_venue); (5) "a coalition
of his party, the Civic Party and a group of independents": a possessed party opening an alliance's list of members is
one item, not named by the next one (relations._listed_member). Negatives: a former Taoiseach, the title held in a hypothetical, a title of
another state's named with it, the last clause only hypothetical, a house's size ("has 70 seats"), seats only hoped
for, a body that meets but holds no seats, a body's congress as the place ("elected president at the Harbour Union
congress": its leader), another title "at" a body ("chairman at the Harbour Bank"), the possessed party named by its own apposition ("at the
head of his party, the Green Front"). All names are invented; end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a story set in one state named by a national head of government's title
ERIN = "DUBLIN, May 3 - Ireland's parliament met on Monday and Ireland's budget was published. "
# a notice with no dateline: the sentence before the title names two states
NOTE = "The clinic reopened on Monday after the holiday. "
# a story set in one state
HOME = "VELGRAD, May 3 - Ostravia's parliament met on Monday. Polls opened across Ostravia. "

CASES = [
    # --- (1) a national title of the head of government ---
    (ERIN + "Taoiseach Tomas Breenan said the budget was fair.", {("Tomas Breenan", L, "Ireland")}, set()),
    (ERIN + "The Taoiseach, Tomas Breenan, said the budget was fair.", {("Tomas Breenan", L, "Ireland")}, set()),
    (ERIN + "Tomas Breenan, the Taoiseach, said the budget was fair.", {("Tomas Breenan", L, "Ireland")}, set()),
    (ERIN + "Tomas Breenan, who became Taoiseach in 2020, said the budget was fair.",
     {("Tomas Breenan", L, "Ireland")}, set()),
    (ERIN + "Tanaiste Niamh Dorley said the budget was fair.", {("Niamh Dorley", M, "Ireland")},
     {("Niamh Dorley", L, "Ireland")}),
    (ERIN + "Former Taoiseach Tomas Breenan said the budget was unfair.", set(), {("Tomas Breenan", L, "Ireland")}),
    (ERIN + "Tomas Breenan, who hopes to become Taoiseach after the election, said the budget was unfair.", set(),
     {("Tomas Breenan", L, "Ireland")}),
    # --- (2) the state of the last joined clause before a bare title ---
    ("The clinic reopened on Monday in Zindara. Moscow has said nothing so far, and the Zindaran government calls "
     "the ban political. Prime Minister Ilinca Tolvere told reporters that her cabinet would not reply.",
     {("Ilinca Tolvere", L, "Zindara")}, {("Ilinca Tolvere", L, "Russia")}),
    (NOTE + "Ankara has said nothing, and the Greek government calls the drills a provocation. "
            "Prime Minister Ilinca Tolvere told parliament that the navy was ready.",
     {("Ilinca Tolvere", L, "Greece")}, {("Ilinca Tolvere", L, "Turkey")}),
    ("The clinic reopened on Monday in Zindara. Moscow has said nothing so far, and the Zindaran government could "
     "call the ban political. Prime Minister Ilinca Tolvere told reporters that her cabinet would not reply.",
     set(), {("Ilinca Tolvere", L, "Zindara")}),
    # --- (3) a party named like a house, holding seats ---
    (HOME + "The government is led by Prime Minister Pema Drumlow, whose Civic Congress holds 37 of the 64 seats.",
     {("Pema Drumlow", L, "Civic Congress"), ("Pema Drumlow", L, "Ostravia")}, {("Pema Drumlow", M, "Civic Congress")}),
    (HOME + "Pema Drumlow, whose Civic Congress won 12 seats in March, leads the opposition.",
     {("Pema Drumlow", L, "Civic Congress")}, {("Pema Drumlow", M, "Civic Congress")}),
    (HOME + "Speaker Pema Drumlow's National Congress has 70 seats.", set(), {("Pema Drumlow", L, "National Congress")}),
    (HOME + "Pema Drumlow, whose Civic Congress could win 12 seats, leads the opposition.", set(),
     {("Pema Drumlow", L, "Civic Congress")}),
    (HOME + "Pema Drumlow, whose Civic Congress met on Friday, leads the opposition.", set(),
     {("Pema Drumlow", L, "Civic Congress")}),
    # --- (4) the place a head's post is taken up at ---
    (HOME + "Ana Korel was inaugurated as President at Velgrad Castle on 3 April, succeeding Pim Rask.",
     {("Ana Korel", L, "Ostravia")}, {("Ana Korel", L, "Velgrad Castle")}),
    (HOME + "Ana Korel was elected president at the Harbour Union congress on Friday.",
     {("Ana Korel", L, "Harbour Union")}, set()),
    (HOME + "Ana Korel was elected as chairman at the Harbour Bank on Friday.", {("Ana Korel", L, "Harbour Bank")},
     set()),
    # --- (5) a possessed party opening a list of an alliance's members ---
    (ERIN + "The Green Front won 48 seats and the Civic Party 38. Tomas Breenan, the Green Front's leader, went back "
            "into power leading a coalition of his party, the Civic Party and three independents.",
     {("Tomas Breenan", L, "Green Front")}, {("Tomas Breenan", L, "Civic Party"), ("Green Front", L, "Civic Party")}),
    (ERIN + "The Green Front won 48 seats. Tomas Breenan formed an alliance of his party, the Harbour League and the "
            "Farmers' Union.", set(), {("Tomas Breenan", L, "Harbour League")}),
    (ERIN + "Tomas Breenan returned to office at the head of his party, the Green Front.",
     {("Tomas Breenan", L, "Green Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l18", relations_by_document, check_ties)


def test_bare_national_title_is_no_actor():
    """"The Taoiseach said ...", "the Tánaiste, X,": the national title alone stands for its holder, no actor."""
    from wording_battery import actors_by_document

    got = actors_by_document([ERIN + "The Taoiseach said the budget was fair. Niamh Dorley, the Tánaiste, agreed and "
                                      "the Tánaiste's office said so."], "l18t")
    names = {name.lower() for name, _, _ in got.get("l18t000", [])}
    assert not names & {"taoiseach", "tánaiste", "tanaiste", "the taoiseach"}, names
