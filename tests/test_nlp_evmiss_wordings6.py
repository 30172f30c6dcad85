"""Whole events missed: a journey or envoys sent to a place of the story's own state that world knowledge does not
place, and envoys sent as a body ("a mission", "a mediation team") or as the one who heads a body ("its
secretary-general").

A journey by a foreign power (plover.yaml home_visit_verbs: "visited Y", "flew to Y", "sent a delegation to Y") to a
place that names no actor and that world knowledge places in no state (a town of the story's own), or to "the
capital" (home_seat_nouns, no word naming a state on it), in a story about one state (``PhraseResolver.home_state``),
goes to that state (events._home_place_visited). Envoys sent with no place and no party named at all ("sent a
mediation team led by a former minister") go there too (home_envoy_verbs). The visitor is a foreign state or
international body, a person the text ties to foreign states only, or (for envoys sent) a body the text ties to no
state. Negatives: a visit denied, a hypothetical or planned one, the home state's own leader's journey, a place the
text calls a lesser one ("the mountain town of Y": home_lesser_place_nouns), a place world knowledge places, "the
Kenyan capital", a story with no state of its own.

An occasion of the state attended (plover.yaml CONSULT "attend inauguration|swearing|coronation|independence"):
"attended Y's inauguration" visits Y; "attended the inauguration" with no owner (home_attend_verbs,
home_occasion_nouns) visits the home state, and each of several guests is no partner of the others
(events._attended_occasion). Negatives: a denial, a plan, "the inauguration of the new bridge", guests with no state.

A foreign power's own envoy recalled with no state named (plover.yaml home_recall_verbs, home_recall_nouns, read by
events._halted_aid_to_home beside help halted): "Kenya recalled its ambassador in protest" sanctions the home state.
Negatives: a recall denied, a hypothetical one, the home state's own recall, a recall naming the state left.

Envoys sent as a body or its head (plover.yaml CONSULT "send|dispatch ... mission|mediation|secretary >to"): "sent a
mission to Y", "sent a mediation team", "sent its secretary-general to Y". Negatives: the word only in a
prepositional phrase ("sent troops on a peacekeeping mission", "sent a letter to the secretary-general").
Invented names; end to end with the real English pipeline. A type ending in "!" is a negated event."""
from __future__ import annotations

import pytest

from wording_battery import assert_events, battery, events_marked_by_document

pytestmark = pytest.mark.model

# a story clearly set in one state (its dateline and its parliament), whose capital world knowledge does not know
_HOME = ("MARVOSIA: TALKS ON THE CRISIS\nDUNHOLT, Marvosia, May 3 - Marvosia's parliament passed a budget on Monday. "
         "President Marek Dolan leads Marvosia. ")
_M = "Marvosia"

CASES = [
    # --- a journey to a place of the story's own ---
    (_HOME + "Kenya's foreign minister visited Dunholt in late February.", {("Kenya", "CONSULT", _M)}, set()),
    (_HOME + "Russia praised the budget, and its foreign minister visited Dunholt in March.",
     {("Russia", "CONSULT", _M)}, set()),
    (_HOME + "Kenyan President Arvo Tessin flew to Dunholt on Monday.", {("Arvo Tessin", "CONSULT", _M)}, set()),
    (_HOME + "Kenya's defence minister visited the capital twice last year.", {("Kenya", "CONSULT", _M)}, set()),
    (_HOME + "Kenya sent a delegation to Dunholt to negotiate.", {("Kenya", "CONSULT", _M)}, set()),
    # --- envoys sent as a body or its head ---
    (_HOME + "The African Union sent a mission to Dunholt.", {("African Union", "CONSULT", _M)}, set()),
    (_HOME + "The African Union sent a mediation team led by a former Kenyan foreign minister.",
     {("African Union", "CONSULT", _M)}, set()),
    (_HOME + "The African Union sent its secretary-general to Dunholt at the end of January to meet both sides.",
     {("African Union", "CONSULT", _M)}, set()),
    (_HOME + "The Coastal Forum sent its secretary general to Dunholt last week.",
     {("Coastal Forum", "CONSULT", _M)}, set()),
    # negatives: denied, hypothetical, planned, the home state's own journey, a lesser place, a known place, another
    # state's capital, no home state, the word only in a prepositional phrase
    (_HOME + "Kenyan President Arvo Tessin did not visit Dunholt.", set(), {("Arvo Tessin", "CONSULT", "*")}),
    (_HOME + "The African Union has not sent a mission to Dunholt.", set(), {("African Union", "CONSULT", "*")}),
    (_HOME + "Kenyan President Arvo Tessin would visit Dunholt if he were invited.", set(),
     {("Arvo Tessin", "CONSULT", "*")}),
    (_HOME + "Kenya plans to send a delegation to Dunholt next year.", set(), {("Kenya", "CONSULT", "*")}),
    (_HOME + "President Marek Dolan flew to Dunholt on Monday.", set(), {("Marek Dolan", "CONSULT", _M)}),
    (_HOME + "Rebels entered the mountain town of Tarsk. Kenya sent a delegation to Tarsk on Thursday to negotiate "
     "a withdrawal.", set(), {("Kenya", "CONSULT", _M)}),
    (_HOME + "Kenya's foreign minister visited Nairobi.", set(), {("Kenya", "CONSULT", _M)}),
    (_HOME + "Kenya, whose last soldiers flew out of Tanzania in January, said it regretted the ruling.", set(),
     {("Kenya", "CONSULT", _M)}),
    (_HOME + "The Ostravian foreign minister visited the Kenyan capital.", set(), {("*", "CONSULT", _M)}),
    ("Kenya's foreign minister visited Dunholt in late February.", set(), {("Kenya", "CONSULT", "*")}),
    (_HOME + "Kenya sent troops on a peacekeeping mission.", set(), {("Kenya", "CONSULT", "*")}),
    (_HOME + "Kenya sent a letter to the secretary-general of the Coastal Forum.", set(),
     {("Kenya", "CONSULT", "*")}),
    # --- an occasion of the state's attended ---
    (_HOME + "Kenyan President Arvo Tessin attended Dolan's inauguration in August.",
     {("Arvo Tessin", "CONSULT", "Marek Dolan|Marvosia")}, set()),
    (_HOME + "Kenyan President Arvo Tessin attended the inauguration.", {("Arvo Tessin", "CONSULT", _M)}, set()),
    (_HOME + "Kenyan President Arvo Tessin and Chilean President Ana Ruse attended the inauguration.",
     {("Arvo Tessin", "CONSULT", _M), ("Ana Ruse", "CONSULT", _M)}, {("Arvo Tessin", "CONSULT", "Ana Ruse")}),
    (_HOME + "Kenya's foreign minister attended Marvosia's Independence Day in August.",
     {("Kenya", "CONSULT", _M)}, set()),
    # negatives: denied, planned, an opening of a thing, guests of no known state
    (_HOME + "Kenyan President Arvo Tessin did not attend Dolan's inauguration.", set(),
     {("Arvo Tessin", "CONSULT", "*")}),
    (_HOME + "Kenyan President Arvo Tessin will attend the inauguration next week.", set(),
     {("Arvo Tessin", "CONSULT", "*")}),
    (_HOME + "Kenyan President Arvo Tessin attended the inauguration of the new bridge in Nairobi.", set(),
     {("Arvo Tessin", "CONSULT", "*")}),
    ("Arvo Tessin and Ana Ruse attended the inauguration.", set(), {("Arvo Tessin", "CONSULT", "*")}),
    # --- a foreign power's own envoy recalled, no state named ---
    (_HOME + "Kenya recalled its ambassador in protest.", {("Kenya", "SANCTION", _M)}, set()),
    (_HOME + "Kenya closed its border the same week and recalled its ambassador.", {("Kenya", "SANCTION", _M)}, set()),
    (_HOME + "The United States recalled its ambassador last summer after a dispute over arms sales.",
     {("United States", "SANCTION", _M)}, set()),
    (_HOME + "Kenya recalled its defence attache for consultations.", {("Kenya", "SANCTION", _M)}, set()),
    # negatives: denied, hypothetical, the home state's own recall, another state named
    (_HOME + "Kenya has not recalled its ambassador.", set(), {("Kenya", "SANCTION", "*")}),
    (_HOME + "Kenya could recall its ambassador if the trial goes ahead.", set(), {("Kenya", "SANCTION", "*")}),
    (_HOME + "Marvosia recalled its ambassador in protest.", set(), {(_M, "SANCTION", "*")}),
    (_HOME + "Kenya recalled its ambassador from Tanzania.", {("Kenya", "SANCTION", "Tanzania")},
     {("Kenya", "SANCTION", _M)}),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "em6", events_marked_by_document, assert_events)
