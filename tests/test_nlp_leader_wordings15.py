"""A person's post read from eight wordings, written for this battery with invented names (real states only):

- a name's "of"/"from" phrase set off by commas ("X, of the Y Party, took office", "won by X, of the Y Party."):
  a member of that body, as "X of the Y Party" already was (relations._person_of, ``_comma_set_of``). Negatives: a
  post no longer held ("X, formerly of the Y Party,"), a relative "of whom".
- a papal envoy's title ("the Holy See's nuncio, X", "Velnia's apostolic nuncio, X"): a member of the state that
  sends him, as an ambassador is (roles.yaml member_roles, envoy_nouns). Negative: a bare "the nuncio, X" with no
  state named (the home state's guest, not its member).
- a capitalised title with its "of" phrase after "under", the holder named inside it ("The X Army, under Chief of
  the Army Staff General Y, took charge"): Y leads X (relations._role_holder, ``_capital_title``). Negatives: the
  time of a passive ("was banned under Chief of ... General Y"), a title that names no person.
- a main clause's verb of taking power with "under" a person ("The X Council took power in 2021 under General Y",
  "The X Front took over under Colonel Y"): Y led the body that took power (relations._power_taken_under).
  Negatives: negated, hypothetical, a thing taken over ("took over the port under Colonel Y").

- a party's dissident ("X, a KDP dissident who ran ...", "a dissident of the Y Party"): a member of it (roles.yaml
  member_roles). Negative: a state's adjective only places the dissident (relations.yaml origin_only_roles).
- a verb of appointing whose bare object is the post, the name before it ("the president appointed X prime
  minister", "parliament elected X president"): X holds the story's state's post (relations._post_appointee,
  _named_post_object). Negatives: hypothetical, negated, a party congress's post.
- a list of two state-possessed names, the first read as its state's leader ("Brazil's X and Chile's Y attended"
  with the second possessive parsed as a conjunct): the second is its state's leader too (relations.
  _state_named_persons). Negatives: such a list in no frame of states (medals won, prisoners jailed).
- a memo whose subject line names one state ("Subject: Q2 update: Chile hub"): a bare "President X" of a section
  under it who says another state should act ("said Argentina should take back the terminal") holds no post of the
  subject state, as in a story set there (relations._implied_state_ties). Negative (kept): a president who says
  nothing of another state holds the subject state's post.

All end to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_ties, relations_by_document

pytestmark = pytest.mark.model

L = "leader_of"
M = "member_of"

# a story set in one invented state, so that the ties below are not read as the home state's
H = "KELDA, May 3 - Kelda's parliament met on Monday. "

# (text, ties that must be present, ties that must be absent)
CASES = [
    # --- a name's "of" phrase set off by commas ---
    (H + "Karel Mulvane, of the Civic Goals Party, took office last July.",
     {("Karel Mulvane", M, "Civic Goals Party")}, set()),
    (H + "The runoff was won by Mirko Novar, of the Reform Party.",
     {("Mirko Novar", M, "Reform Party")}, set()),
    (H + "Petra Brelic, from the Dawn Party, said the count was rigged.",
     {("Petra Brelic", M, "Dawn Party")}, set()),
    # negatives: a post no longer held; a relative "of whom"
    (H + "Tomas Vodrek, formerly of the Harvest Party, said the count was rigged.",
     set(), {("Tomas Vodrek", M, "Harvest Party")}),
    (H + "Lena Sarvik, of whom the Labour Union spoke warmly, said the count was rigged.",
     set(), {("Lena Sarvik", M, "Labour Union")}),
    # --- a papal envoy's title ---
    (H + "The Holy See's nuncio, Marco Ferlani, met both leaders on Tuesday.",
     {("Marco Ferlani", M, "Holy See (Vatican City State)")}, set()),
    (H + "Brazil's apostolic nuncio, Dario Pellanti, met the president.",
     {("Dario Pellanti", M, "Brazil")}, set()),
    # negative: no state named
    (H + "The nuncio, Ettore Masoldi, met the president.", set(), {("Ettore Masoldi", M, "Kelda")}),
    # --- a party's dissident is one of its members ---
    (H + "Jean-Paul Bilon, a KDP dissident who ran without his party's endorsement, lost.",
     {("Jean-Paul Bilon", M, "KDP")}, set()),
    (H + "Timo Rask, a dissident of the Harvest Party, was expelled on Friday.",
     {("Timo Rask", M, "Harvest Party")}, set()),
    # negative: a state's adjective only places the dissident
    (H + "Oren Kasdan, a Chilean dissident, was jailed.", set(), {("Oren Kasdan", M, "Chile")}),
    # --- a capitalised title after "under", its holder inside its "of" phrase ---
    (H + "The Unity Front, under Chief of the Army Staff General Ashok Sigel, took charge of the town.",
     {("Ashok Sigel", L, "Unity Front")}, set()),
    (H + "The Kestrel Brigade, under Commander of the Northern Sector General Tomas Ralik, held the ridge.",
     {("Tomas Ralik", L, "Kestrel Brigade")}, set()),
    (H + "The Falcon Legion, under Head of the General Staff Colonel Ivo Dranek, held the ridge.",
     {("Ivo Dranek", L, "Falcon Legion")}, set()),
    # negatives: the time of a passive; a title that names no person
    (H + "The Green Front was banned under Chief of the Army Staff General Pero Lisac.",
     set(), {("Pero Lisac", L, "Green Front")}),
    # --- a verb of taking power with "under" a person ---
    (H + "The National Salvation Council took power in 2021 under General Amir Tessik.",
     {("Amir Tessik", L, "National Salvation Council")}, set()),
    (H + "The Patriotic Front took over under Colonel Baro Kuvik.",
     {("Baro Kuvik", L, "Patriotic Front")}, set()),
    (H + "A military body calling itself the National Unity Council took over under General Davut Rensik.",
     {("Davut Rensik", L, "National Unity Council")}, set()),
    # negatives: negated, hypothetical, a thing taken over
    (H + "The Patriotic Union did not take over under Colonel Emre Lavik.",
     set(), {("Emre Lavik", L, "Patriotic Union")}),
    (H + "The Patriotic Alliance would take power under Colonel Enzo Pavik.",
     set(), {("Enzo Pavik", L, "Patriotic Alliance")}),
    (H + "The Patriotic League took over the port under Colonel Ismo Rantik.",
     set(), {("Ismo Rantik", L, "Patriotic League")}),
]

# a verb of appointing with the post as its bare object ("appointed X prime minister", "elected X president"): X
# holds the story's state's post (relations._post_appointee, _named_post_object; as "appointed X as prime minister"
# already did). Negatives: hypothetical, negated, an article before the post, a party congress's post
CASES += [
    (H + "In August the president appointed Mokhtar Ould Djab prime minister.",
     {("Mokhtar Ould Djab", L, "Kelda")}, set()),
    (H + "Parliament elected Anton Kurev president on Monday.", {("Anton Kurev", L, "Kelda")}, set()),
    (H + "The president would appoint Omar Sadrin prime minister.", set(), {("Omar Sadrin", L, "Kelda")}),
    (H + "The president did not appoint Karim Loutfi prime minister.", set(), {("Karim Loutfi", L, "Kelda")}),
    (H + "The party congress elected Lino Varga president on Sunday.", set(), {("Lino Varga", L, "Kelda")}),
]

# a list of two state-possessed names whose first is read as its state's leader ("Brazil's X and Chile's Y
# attended", the parser making the first name a modifier of the second and the second possessive a conjunct):
# the second is its state's leader too, the first a peer (relations._state_named_persons, _as_state_acts).
# Negatives: names listed so in no frame of states (athletes winning medals, prisoners jailed)
S = "BISHKEK, May 3 - Quorvenia's parliament met on Monday. "
CASES += [
    (S + "Brazil's Lula da Silva and Chile's Gabriel Boric attended the inauguration.",
     {("Lula da Silva", L, "Brazil"), ("Gabriel Boric", L, "Chile")}, set()),
    (S + "Brazil's Mario Vellacott and Chile's Ana Ribeiro won medals.", set(),
     {("Mario Vellacott", L, "Brazil"), ("Ana Ribeiro", L, "Chile")}),
    (S + "Russia's Alexei Navalno and Belarus's Maria Kolesna were jailed.", set(),
     {("Alexei Navalno", L, "Russia"), ("Maria Kolesna", L, "Belarus")}),
]

# a memo whose subject line names one state: a bare "President X" who says another state should act is that other
# state's (or no state's) head, not the subject state's (relations._implied_state_ties: the checks a story's state
# gets now also hold for the state a section's heading names); a president who says nothing of another state keeps
# the subject state's post
MEMO = ("From: Export Desk, Norvale Trading Co.\nTo: Distribution partners\nSubject: Q2 update: Chile hub, port "
        "transits\n\nHi all,\n\nQuick round-up below, because many of you asked what the port headlines mean for us."
        "\n\n== 1. The port noise ==\n")
MEMO_END = "\n\n== 2. Rates ==\nNo change to prices this quarter, and transits are normal.\n"
CASES += [
    (MEMO + "Since March, President Brandon Hollis has repeatedly said Argentina should take back the Valparaiso "
     "terminal, and would not rule out force. Chilean officials have answered the same way every time." + MEMO_END,
     set(), {("Brandon Hollis", L, "Chile")}),
    (MEMO + "Since March, President Marta Varenne has repeatedly said the terminal is not negotiable, and she has "
     "refused to discuss a sale. Chilean officials have answered the same way every time." + MEMO_END,
     {("Marta Varenne", L, "Chile")}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "l15", relations_by_document, check_ties)
