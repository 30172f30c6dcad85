"""False lasting ties from a tie the text says is not (or only reports as someone's claim), and from a body that only
modifies a plural people noun: the general causes of spurious part_of / member_of / allied_with ties over the
development sets that a sentence states whole. A role noun under "no" ("X is no ally of Y", "X, no friend of Y,"); the
clause of a negated report ("Y's charter does not say X belongs to it"); a copula inside a claim, an allegation or a
denial ("rejected a claim by a deputy that X was Y's wing", "X denies that it is Y's wing"); "X commanders are members
of Y" (the people, not X); "X declined to join Y" (staying out of a body is no hostility to it). Each with positives
in invented wordings that must still give the tie the rule was made for; all names are invented; end to end with the
real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

M, P, A, O = "member_of", "part_of", "allied_with", "opposes"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a role noun under "no": a tie said not to be ---
    ("The Ostrel Growers' League is no ally of the Kessin Front, its spokesman said.",
     set(), {("Ostrel Growers' League", A, "Kessin Front")}),
    ("Mayor Hanne Velt, no friend of the Kessin Front, resigned on Friday.",
     set(), {("Hanne Velt", A, "Kessin Front")}),
    ("The Tarrow Brigade is no part of the Kessin Front, the ministry said.",
     set(), {("Tarrow Brigade", P, "Kessin Front")}),
    ("The Ostrel Growers' League is an ally of the Kessin Front, its spokesman said.",
     {("Ostrel Growers' League", A, "Kessin Front")}, set()),
    ("Mayor Hanne Velt, a close friend of the Kessin Front, resigned on Friday.",
     {("Hanne Velt", A, "Kessin Front")}, set()),
    ("The Tarrow Brigade is part of the Kessin Front, the ministry said.",
     {("Tarrow Brigade", P, "Kessin Front")}, set()),
    ("The Tide Party has no ties to the Harrow Alliance.", set(), {("Tide Party", A, "Harrow Alliance")}),
    ("The Tide Party keeps no links with the Harrow Alliance.", set(), {("Tide Party", A, "Harrow Alliance")}),
    ("There is no alliance between the Tide Party and the Harrow Alliance.",
     set(), {("Tide Party", A, "Harrow Alliance")}),
    ("Neither the Tide Party nor the Harrow Alliance is a member of the Kessin Front.",
     set(), {("Tide Party", M, "Kessin Front"), ("Harrow Alliance", M, "Kessin Front")}),
    ("The Tide Party has close ties to the Harrow Alliance.", {("Tide Party", A, "Harrow Alliance")}, set()),
    ("There is an alliance between the Tide Party and the Harrow Alliance.",
     {("Tide Party", A, "Harrow Alliance")}, set()),
    ("Both the Tide Party and the Harrow Alliance are members of the Kessin Front.",
     {("Tide Party", M, "Kessin Front"), ("Harrow Alliance", M, "Kessin Front")}, set()),
    # --- the clause of a negated report asserts nothing ---
    ("The Kessin Front's charter does not say that the Tarrow Brigade belongs to the Front.",
     set(), {("Tarrow Brigade", M, "Kessin Front")}),
    ("The Kessin Front's charter never says that the Tarrow Brigade is part of the Front.",
     set(), {("Tarrow Brigade", P, "Kessin Front")}),
    ("The Kessin Front's website praises the Tarrow Brigade but does not say it belongs to the Front.",
     set(), {("Tarrow Brigade", M, "Kessin Front")}),
    ("The Kessin Front's charter says that the Tarrow Brigade belongs to the Front.",
     {("Tarrow Brigade", M, "Kessin Front")}, set()),
    ("The ministry said the Tarrow Brigade is part of the Kessin Front.",
     {("Tarrow Brigade", P, "Kessin Front")}, set()),
    ("The Kessin Front said the Tarrow Brigade belongs to it.",
     {("Tarrow Brigade", M, "Kessin Front")}, set()),
    # --- a copula inside a claim, an allegation or a denial ---
    ("The mayor rejected a claim by a deputy that the Civic Lantern Movement was the Kessin Front's political wing.",
     set(), {("Civic Lantern Movement", P, "Kessin Front")}),
    ("Allegations from rival parties that the Civic Lantern Movement is a wing of the Kessin Front were dismissed.",
     set(), {("Civic Lantern Movement", P, "Kessin Front")}),
    ("The Civic Lantern Movement denies that it is the political wing of the Kessin Front.",
     set(), {("Civic Lantern Movement", P, "Kessin Front")}),
    ("The allegation that the Civic Lantern Movement is a member of the Kessin Front was dismissed by the court.",
     set(), {("Civic Lantern Movement", M, "Kessin Front")}),
    ("The Civic Lantern Movement is the political wing of the Kessin Front.",
     {("Civic Lantern Movement", P, "Kessin Front")}, set()),
    ("The Civic Lantern Movement, which is the political wing of the Kessin Front, won six seats.",
     {("Civic Lantern Movement", P, "Kessin Front")}, set()),
    ("The ministry confirmed that the Civic Lantern Movement was the Kessin Front's political wing.",
     {("Civic Lantern Movement", P, "Kessin Front")}, set()),
    # --- a body that only modifies a plural people noun: the people, not the body ---
    ("Several Tarrow Brigade commanders are members of the Kessin Front.",
     set(), {("Tarrow Brigade", M, "Kessin Front")}),
    ("Two Civic Lantern Movement officials are members of the Kessin Front's council.",
     set(), {("Civic Lantern Movement", M, "Kessin Front")}),
    ("The Tarrow Brigade is a member of the Kessin Front.",
     {("Tarrow Brigade", M, "Kessin Front")}, set()),
    ("Tarrow Brigade commander Arvo Penn is a member of the Kessin Front.",
     {("Arvo Penn", M, "Kessin Front")}, {("Tarrow Brigade", M, "Kessin Front")}),
    # --- staying out of a body named itself is no hostility to it (refusing a government another leads is) ---
    ("The Tide Party registered its own list after its leader Arvo Penn declined to join the Harrow Alliance.",
     set(), {("Arvo Penn", O, "Harrow Alliance")}),
    ("The Tide Party has refused to join the Harrow Alliance, its spokesman said.",
     set(), {("Tide Party", O, "Harrow Alliance")}),
    ("Arvo Penn ruled out joining any government led by the Harrow Alliance.",
     {("Arvo Penn", O, "Harrow Alliance")}, set()),
    ("The Tide Party refused to join the government led by the Harrow Alliance.",
     {("Tide Party", O, "Harrow Alliance")}, set()),
    ("The Tide Party refused to ally with the Harrow Alliance.",
     {("Tide Party", O, "Harrow Alliance")}, set()),
    ("The Tide Party joined the Harrow Alliance in March.",
     {("Tide Party", M, "Harrow Alliance")}, set()),
    # --- negatives a reviewer would try: reported speech, a company's people, a rumour, "never said" ---
    ("Arvo Penn said the Tarrow Brigade is not part of the Kessin Front.",
     set(), {("Tarrow Brigade", P, "Kessin Front")}),
    ("Two Tarrow Mining Company officials are members of the Kessin Front.",
     set(), {("Tarrow Mining Company", M, "Kessin Front")}),
    ("Rumours that the Tarrow Brigade belongs to the Kessin Front have circulated for months.",
     set(), {("Tarrow Brigade", M, "Kessin Front")}),
    ("The Kessin Front never said that the Tarrow Brigade was its armed wing.",
     set(), {("Tarrow Brigade", P, "Kessin Front")}),
    ("The Tide Party declined to join the Harrow Alliance's government.",
     {("Tide Party", O, "Harrow Alliance")}, set()),
    # --- negatives a reviewer would try: negation, a hypothetical, a former tie ---
    ("The Tarrow Brigade is not a member of the Kessin Front.",
     set(), {("Tarrow Brigade", M, "Kessin Front")}),
    ("The Tarrow Brigade would be part of the Kessin Front under the plan.",
     set(), {("Tarrow Brigade", P, "Kessin Front")}),
    ("The Ostrel Growers' League is no longer an ally of the Kessin Front.",
     set(), {("Ostrel Growers' League", A, "Kessin Front")}),
    # --- a role noun as the subject of a negated "be" of place or state: the tie holds still ---
    ("The leader of the Tarrow Brigade, Arvo Penn, was not at the meeting on Monday.",
     {("Arvo Penn", "leader_of", "Tarrow Brigade")}, set()),
    ("The Kessin Front's ally, the Tide Party, is not happy with the deal.",
     {("Tide Party", A, "Kessin Front")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "rp1", relations_by_document, check_ties)
