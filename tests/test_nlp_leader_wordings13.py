"""A leader told by a person's body in apposition, a nickname or a second "of" (a battery written before changing the
reader):

(1) "the Green Front, the pro-western alliance of X", "the Heath Party, the vehicle of X", "Y, the breakaway faction of
X": a body noun of relations.yaml word_lists.personal_body_nouns (now alliance, bloc, coalition, faction and vehicle
beside party and movement), adjectives between allowed, "of" a person, in apposition to a named body: X leads it; not
a body "of" no person ("the alliance of farmers' unions"), nor a deputy;
(2) "X's conservatives - formally the Y Union (YU) - won", "X's greens (officially the Z Party)": a person's
possessive on a plural common noun (the members by a nickname), then a word of relations.yaml formal_name_markers
before a named body (``relations._nicknamed_party``): X leads it; not a stance noun ("X's rivals, formally the Y
Union": others), nor a body's own possessive after the marker;
(3) "X, the leader of the A Front and of the wider B alliance", "X, chair of A and of B": a second "of" after "and"
that the parser hung on the name or conjoined to the first (``relations._second_of``) is the role's too; a member's
("a member of A and of B") stays a member's.

Each item lists ties that must be present and ties that must be absent (other ties may be emitted). All names are
invented (each case its own, as the cases are read as one batch); end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- (1) a person's body in apposition, adjectives allowed ---
    ("Omar Hadley spoke in Pell on Monday. The Green Future Alliance, the pro-western alliance of Omar Hadley, won "
     "13 seats in the Velnian Assembly.",
     {("Omar Hadley", L, "Green Future Alliance")}, set()),
    ("Greta Sundin voted in Pell on Sunday. The Heath Party, the electoral vehicle of Greta Sundin and her brother, "
     "won 11 seats in the assembly.",
     {("Greta Sundin", L, "Heath Party")}, set()),
    ("Jonas Bergmark addressed his supporters in Tessin. The Coastal Bloc, the nationalist bloc of Jonas Bergmark, "
     "took nine seats.",
     {("Jonas Bergmark", L, "Coastal Bloc")}, set()),
    ("Karin Sollberg was in Pell on Friday. The Unity Coalition, the centre-right coalition of Karin Sollberg, "
     "won the vote in May.",
     {("Karin Sollberg", L, "Unity Coalition")}, set()),
    ("Lukas Dahlgren voted in Tessin on Monday. The Harvest Alliance, the broad alliance of farmers' unions, won 13 "
     "seats.",
     set(), {("Lukas Dahlgren", L, "Harvest Alliance")}),
    # --- (2) a person's members by a nickname, then the body's formal name ---
    ("Elias Norrby's conservatives - formally the Velnian Civic Union (VCU) - won 44 of the 120 seats, well short "
     "of a majority.",
     {("Elias Norrby", L, "Velnian Civic Union")}, set()),
    ("Maja Ekholm's greens (officially the Ecology Party) took nine seats in the Velnian Assembly.",
     {("Maja Ekholm", L, "Ecology Party")}, set()),
    ("Hugo Lindell's liberals, formally known as the Liberal Union, won 12 seats.",
     {("Hugo Lindell", L, "Liberal Union")}, set()),
    ("Viktor Aspman's rivals, formally known as the Freedom Union, won 12 seats.",
     set(), {("Viktor Aspman", L, "Freedom Union")}),
    ("Ida Franzen's supporters - formally the Velnian Labour Party's members - marched to the palace.",
     set(), {("Ida Franzen", L, "Velnian Labour Party")}),
    # --- (3) a second "of" after "and" ---
    ("In September, Anton Wikstrom, the leader of the Velnian Workers Front (VWF) and of the wider Civic Power "
     "Alliance (CPA) it dominates, won the presidency.",
     {("Anton Wikstrom", L, "Velnian Workers Front"), ("Anton Wikstrom", L, "Civic Power Alliance")}, set()),
    ("Sara Holmqvist, chair of the Harbour Union and of the Slate League, resigned on Monday.",
     {("Sara Holmqvist", L, "Harbour Union"), ("Sara Holmqvist", L, "Slate League")}, set()),
    ("Nils Berglund, a member of the Amber Union and of the Reed League, resigned on Monday.",
     {("Nils Berglund", M, "Reed League")}, {("Nils Berglund", L, "Reed League")}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l13", relations_by_document, check_ties)
