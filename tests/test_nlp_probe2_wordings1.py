"""Help given to people or places that are no actor (found with probe documents in non-news styles: a choir tour's
itinerary, an insurer's notice, a tenants' bulletin). AID is an event only with a known actor helped (plover.yaml
polarity.needs_target), so help sent "to flood victims", "to villages in the north of X" or "for displaced families"
was lost. Now (events._aid_to_people, plover.yaml aid_beneficiaries) such help goes to the state named inside the
phrase of those helped or in a place phrase after it ("tents to flood victims in northern X", "flour to villages in
the north of X", "assistance for displaced families in X's border provinces", "food to families in Y": Y, not the
home state); with no state named, help from a foreign state or international body in a story about one state goes to
that home state ("shipped medicine to clinics in the east"); "deliver" with goods of the aid word classes for object
gives, not produces ("delivered medicine to families in X", against "delivered a speech"). Negatives: the home
state's own help, the giver's own people ("to its citizens"), refugees with no state named, a hypothetical, a denial
(emitted negated), help told as a defence ("only sent food for needy families"), warships sent to protect villages
(no help), and help to a body that is an actor keeps that body. All names are invented; end to end with the real
English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import battery, check_events, events_by_document

pytestmark = pytest.mark.model

# a story set in one state (its dateline, its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. ")
K, D, T = "Kalvar", "Dalmia", "Tessaly"
_D, _T = "The Republic of Dalmia", "the Republic of Tessaly"
A = "AID"

# (text, events that must be present, events that must be absent); an event is (source, type, target)
CASES = [
    # --- a state named inside the phrase of those helped ---
    (HOME + f"{_D} has sent 40 tonnes of flour and medicine to flooded villages in the north of Kalvar.",
     {(D, A, K)}, set()),
    (HOME + f"{_D} sent tents to flood victims in northern Kalvar.", {(D, A, K)}, set()),
    (HOME + f"{_D} announced a grant of 12 million dollars in assistance for displaced families in Kalvar's border "
     "provinces.", {(D, A, K)}, set()),
    (HOME + f"{_D} sent food to families in {_T} on Friday.", {(D, A, T)}, {(D, A, K)}),
    (HOME + f"{_D} shipped medicine to hospitals in {_T}, its foreign ministry said.", {(D, A, T)}, {(D, A, K)}),
    # --- none named: a foreign giver's help to the home state's people ---
    (HOME + f"{_D} shipped medicine to clinics in the east.", {(D, A, K)}, set()),
    (HOME + f"{_D} has announced forty million euros of humanitarian aid for people displaced by the fighting.",
     {(D, A, K)}, set()),
    (HOME + f"{_D} donated 300 tents to survivors of the earthquake.", {(D, A, K)}, set()),
    # --- "deliver" with goods handed over is giving, not producing ---
    (HOME + f"{_D} delivered medicine to families in northern Kalvar.", {(D, A, K)}, set()),
    (HOME + f"{_D} delivered food aid to clinics in the east on Tuesday.", {(D, A, K)}, set()),
    # --- negatives ---
    (HOME + f"{_D} delivered a speech to villagers in the north.", set(), {(D, "*", "*")}),
    (HOME + "Kalvar's government delivered food to flood victims in the north.", set(), {("*", A, "*")}),
    (HOME + f"{_D} sent food to its citizens in the north.", set(), {(D, A, "*")}),
    (HOME + f"{_D} sent food to the refugees.", set(), {(D, A, "*")}),
    (HOME + f"{_D} would send tents to the flood victims if the roads reopened.", set(), {(D, A, "*")}),
    (HOME + f"{_D} did not send tents to the flood victims.", set(), {(D, A, "*")}),
    (HOME + f"{_D} sent tents to the Kalvar Red Crescent for flood victims.", {(D, A, "Kalvar Red Crescent")},
     set()),
    (HOME + f"{_D} says it only sent food for needy families, not weapons.", set(), {(D, A, "*")}),
    (HOME + f"{_D} sent two warships to the area to protect villages.", set(), {(D, A, "*")}),
]

XFAIL: dict[str, str] = {}

extracted, test_probe2_wordings = battery(CASES, XFAIL, "probe2w1_", events_by_document, check_events)
