"""Troops told as deployed by no one named, and troops a person moves: "Some 2,000 police officers were deployed in the
centre", "Nearly 90,000 army personnel were deployed to secure polling", "About 600 marines have been sent to the
islands", "an officer told reporters that 12,000 police and soldiers had been deployed" (a passive of deploy_verbs
with no agent, in the text's own statement or told by one who names no other state) are the force of the state the
story is about (its home state); "Tesh ordered 3,000 troops east" after "President Amon Tesh" is the force of the state
he leads, and "President X ordered 3,000 troops east" in a story that names no state of his is his own force. Police
and officers count only when deployed and made a force's ("police officers", not "500 officers sent to a summit").
Negatives give nothing: a negated or conditional deployment, one to come, a question, irregulars or peacekeepers, an
election staff, troops sent from elsewhere, another state's report, a casualty count, a person who does not send or
only wants to. A bare count after seats counted in a sentence that counted troops before ("X deployed 1,200 marines
..., where A holds 58 of the 90 seats and B 27") goes on from the seats, not the troops. All names are invented; end
to end with the real English pipeline.
"""
from __future__ import annotations

import pytest

from wording_battery import battery, check_found, facts_by_document

pytestmark = pytest.mark.model

T = "troops"

# a story set in one state (its name repeated, one of its institutions), so that it has a home state
HOME = ("Kalvar votes. Polls opened across Kalvar on Sunday. Kalvar's electoral commission and Kalvar's parliament "
        "said turnout was high in Kalvar. President Amon Tesh spoke on Monday. ")


def home(n: int) -> set:
    return {("Kalvar", T, n)}


# (text, facts that must be present, facts that must be absent)
CASES = [
    # --- an agentless passive deployment in a story about one state: that state's force ---
    (HOME + "Some 2,000 police officers were deployed in the city centre that day.", home(2000), set()),
    (HOME + "Nearly 90,000 army personnel were deployed alongside the police to secure polling.", home(90000), set()),
    (HOME + "About 600 marines have been sent to the islands, according to the defence ministry.", home(600), set()),
    (HOME + "Some 4,500 soldiers were deployed in the northern districts and a curfew was imposed.", home(4500),
     set()),
    (HOME + "About 1,200 police were deployed around the parliament building.", home(1200), set()),
    (HOME + "A gendarmerie officer told reporters that about 12,000 police and soldiers had been deployed across the "
     "capital.", home(12000), set()),
    (HOME + "An official said that some 3,000 troops had been moved to the border overnight.", home(3000), set()),
    # --- negatives: not asserted, to come, asked, not the state's own, not troops, another state's report ---
    (HOME + "Some 2,000 soldiers were not deployed in the city centre that day.", set(), home(2000)),
    (HOME + "Some 2,000 soldiers could be deployed in the city centre if the protests continue.", set(), home(2000)),
    (HOME + "Some 2,000 soldiers will be deployed next month.", set(), home(2000)),
    (HOME + "Were 2,000 soldiers deployed to the border?", set(), home(2000)),
    (HOME + "Some 2,000 fighters were deployed around the town.", set(), home(2000)),
    (HOME + "About 4,000 peacekeepers were deployed in the south.", set(), home(4000)),
    (HOME + "Some 300 electoral officers were deployed to polling stations.", set(), home(300)),
    (HOME + "About 500 officers were sent to the summit as delegates.", set(), home(500)),
    (HOME + "Some 2,000 soldiers were sent from Ghana to the border.", set(), home(2000)),
    (HOME + "Ghana said 2,000 soldiers were deployed on its border.", {("Ghana", T, 2000)}, home(2000)),
    (HOME + "Some 2,000 soldiers were killed in the fighting.", set(), home(2000)),
    (HOME + "Some 2,000 soldiers were deployed by the Free Hills Front.", set(), home(2000)),
    (HOME + "The government wants 2,000 soldiers to be deployed, but none have been sent.", set(), home(2000)),
    (HOME + "The opposition demanded that 2,000 soldiers be deployed to the border.", set(), home(2000)),
    (HOME + '"Some 2,000 soldiers were deployed," the rebels claimed, but the army denied it.', set(), home(2000)),
    (HOME + "Some 2,000 soldiers would have been deployed had the vote gone ahead.", set(), home(2000)),
    (HOME + "Some 800 teachers were sent to the north.", set(), home(800)),
    (HOME + "Some 2,000 mercenaries were moved to the border.", set(), home(2000)),
    # --- a person moves troops: the state he leads, else his own force ---
    (HOME + "Tesh has ordered 3,000 troops to the eastern districts.", home(3000), set()),
    (HOME + "Tesh sent an extra 1,500 soldiers to the port on Friday.", home(1500), set()),
    ("President Tarik Osmanov has ordered 3,000 troops to the eastern districts.",
     {("Tarik Osmanov", T, 3000)}, set()),
    ("President Tarik Osmanov spoke on Monday. Osmanov sent 2,500 soldiers to the border.",
     {("Tarik Osmanov", T, 2500)}, set()),
    ("Tarik Osmanov did not send 3,000 troops to the border.", set(), {("Tarik Osmanov", T, 3000)}),
    ("Tarik Osmanov wants to send 3,000 troops to the border.", set(), {("Tarik Osmanov", T, 3000)}),
    ("Tarik Osmanov met 3,000 troops at the border.", set(), {("Tarik Osmanov", T, 3000)}),
    ("Tarik Osmanov ordered the arrest of 30 soldiers.", set(), {("Tarik Osmanov", T, 30)}),
    # --- a bare count after seats counted in a sentence that counted troops first goes on from the seats ---
    ("In June the Government of Ghana deployed 1,200 marines to the delta under an emergency approved by the "
     "parliament, where the ruling Orvani Unity Party holds 58 of the 90 seats and the Orvani Labour Party 27.",
     {("Ghana", T, 1200), ("Orvani Labour Party", "seats", 27)}, {("Orvani Labour Party", T, 27)}),
    ("Ghana sent 1,200 soldiers to the border after the Orvani Unity Party won 58 seats and the Orvani Labour Party "
     "27.", {("Orvani Labour Party", "seats", 27)}, {("Orvani Labour Party", T, 27)}),
    ("Ghana moved 900 troops north while the Orvani Unity Party kept its 40 deputies and the Orvani Labour Party 31.",
     set(), {("Orvani Labour Party", T, 31)}),
    ("Ghana has 2,500 troops in the north, and Togo about 400.", {("Ghana", T, 2500), ("Togo", T, 400)}, set()),
    ("Ghana has 2,500 troops in the north and 40 seats on the council, and Togo about 400 troops.",
     {("Ghana", T, 2500)}, set()),
]

XFAIL: dict[str, str] = {}


extracted, test_wording = battery(CASES, XFAIL, "d", facts_by_document, check_found)
