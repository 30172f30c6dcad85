"""Whose seats and troops a count is, read through the constructions that name the holder indirectly: a person's
described coalition with the coalition's name set off after it ("X's new alliance, the Y bloc, which won 33"), a
participle set off after a list of members ("X, a union of A and B, chaired by P, which holds 17": the whole, not
B), the house a count of seats is held in by a name alone ("33 of the 90 seats in the Tovarn"), troops an official
orders somewhere ("X's president ordered the deployment of 1,500 soldiers": the state's), a count of men doing
something to their own things ("150 fighters of X burned their uniforms": a group at an event, no strength), a part
of the troops just counted said to be deployed somewhere ("900 of them are stationed near Y"), a name of two groups
of members joined by "and" ("the Workers' and Peasants' Party won 12": one holder), a description listed after a
name ("A, the B movement's 14 and ...": B's, not A's), and a participle set off after the subject that the parser
takes for its verb ("The Front, renamed the X Union, took 23 seats"), and "his" after a quote its speaker is said
to have told ('"Y has ...," he said. His movement won 12': the speaker's, not Y's). Invented names, real English pipeline."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

pytestmark = pytest.mark.model

S, T = "seats", "troops"

CASES = [
    # a person's described coalition, its name set off after it: the named body, not the party the person led before
    ("Tomas Vendrel's Amber League quit the cabinet in March. In May, Vendrel's new alliance, the Beacon Renewal "
     "bloc, which won 33 seats, formed a government.", {("Beacon Renewal bloc", S, 33)}),
    ("Mila Drenska's Lunar Party left the cabinet in March. In the May vote Drenska's coalition, the Silver Path "
     "alliance, took 44 seats.", {("Silver Path alliance", S, 44)}),
    ("Petra Salvik's Farmers' Union quit the government in 2019. Voters then backed Salvik's new bloc, the Green "
     "Harbour coalition, which secured 17 seats.", {("Green Harbour coalition", S, 17)}),
    # a participle set off after a list of members tells of the whole they make up
    ("The Marble Bloc, an alliance of the Valley Party and the Karvel Greens, headed by Anton Lisk, which won 19 "
     "seats.", {("Marble Bloc", S, 19)}),
    ("Signatories: the Marble Bloc, a federation of the Hill Party and the Karvel Greens, chaired by Anton Lisk, "
     "which holds 19 seats.", {("Marble Bloc", S, 19)}),
    ("2. The Copper Front, a coalition of the Thistle Party and the Ostravian Workers' League, led by Irena Povlak, "
     "which took 31 seats.", {("Copper Front", S, 31)}),
    ("Talks were joined by the Harbour List, a union of the Coastal Party and the Boatmen's Movement, chaired by "
     "Petra Salvik, which holds 14 seats.", {("Harbour List", S, 14)}),
    ("The Karvel Greens, headed by Anton Lisk, which won 11 seats, joined the talks.", {("Karvel Greens", S, 11)}),
    # the house seats are held in, named by its name alone
    ("Ostravia voted in May. The Beacon bloc, which won 33 of the 90 seats in the Tovarn, will govern with the Lunar "
     "Party.", {("Beacon bloc", S, 33), ("Tovarn", S, 90)}),
    ("Karvel's ruling Amber League holds 48 of the 95 seats in the Velskar after Sunday's vote.",
     {("Amber League", S, 48), ("Velskar", S, 95)}),
    ("In Lunaria, the Silver Path alliance took 40 of the 120 seats in the Storvan, its best result.",
     {("Silver Path alliance", S, 40), ("Storvan", S, 120)}),
    # troops an official orders somewhere, or whose deployment he orders or approves, are his state's
    ("Ostravia's president, Tomas Vendrel, ordered 1,500 soldiers to the frontier.", {("Ostravia", T, 1500)}),
    ("Karvel's President Tomas Vendrel ordered the deployment of 1,800 troops to the coast.", {("Karvel", T, 1800)}),
    ("Karvel's defence minister, Mila Drenska, approved the dispatch of 500 soldiers to the valley.",
     {("Karvel", T, 500)}),
    ("Mila Drenska, the Karvel defence minister, ordered the training of 2,000 troops.", set()),
    # a count of men doing something to their own things is a group at an event, not the force's strength
    ("About 40 fighters of the Karvel Liberation Front handed over their rifles to the monitors on Tuesday.", set()),
    ("About 150 fighters of the Amber Brigade burned their uniforms in the square.", set()),
    ("Some 300 fighters of the Silver Path militia surrendered their positions to the army.", set()),
    ("About 5,000 fighters of the Silver Path militia remained in the valley.", {("Silver Path militia", T, 5000)}),
    ("Some 3,000 fighters of the Silver Path militia have their bases in the hills.",
     {("Silver Path militia", T, 3000)}),
    ("Some 3,000 Karvel soldiers began their deployment along the border on Monday.", {("Karvel", T, 3000)}),
    # a part of the troops just counted, said to be deployed or kept somewhere, is their owner's troops count
    ("Analysts believe the Amber Front has between 3,000 and 4,000 fighters. About 700 of them are stationed near the "
     "dam.", {("Amber Front", T, 4000), ("Amber Front", T, 700)}),
    ("The Amber Front has about 4,000 fighters. About 900 of them are deployed near the border.",
     {("Amber Front", T, 4000), ("Amber Front", T, 900)}),
    ("The Silver Path militia fields some 7,000 fighters; 2,500 of them are stationed in the capital.",
     {("Silver Path militia", T, 7000), ("Silver Path militia", T, 2500)}),
    ("The Silver Path militia has some 7,000 fighters. About 300 of them were killed last year.",
     {("Silver Path militia", T, 7000)}),
    # a name made of two groups of members joined by "and" is one holder, not a list of two
    ("The Workers' and Peasants' Party won 12 seats in the vote.", {("Workers' and Peasants' Party", S, 12)}),
    ("The Tanners' and Millers' Union slipped to 16 seats, two fewer than in 2020.",
     {("Tanners' and Millers' Union", S, 16)}),
    ("The Shepherds' and Weavers' League took nine seats.", {("Shepherds' and Weavers' League", S, 9)}),
    # a description in a list after a name ("A, the B movement's 14 and ..."): a body of its own, not A described
    ("The Amber Union took 30 seats, ahead of the Copper League, the Thorn movement's 14 and the Lunar Party's nine.",
     {("Amber Union", S, 30), ("Thorn movement", S, 14), ("Lunar Party", S, 9)}),
    ("Last spring the Karvel Democratic Party took 52 seats, against 27 for its rival the Ostravian Union of Karvel, "
     "the Thorn movement's 10 and six for the Lunar Party.",
     {("Karvel Democratic Party", S, 52), ("Ostravian Union of Karvel", S, 27), ("Thorn movement", S, 10),
      ("Lunar Party", S, 6)}),
    ("The Vardonian Forces (VF), the Christian party led by Tomas Vendrel, won 12 seats.",
     {("Vardonian Forces", S, 12)}),
    # a participle set off after the subject, parsed as the subject's own verb: the subject still holds the count
    ("The Thorn Liberation Front fought the army until 1999. The Front, renamed the Thorn Union for Peace (TUP), "
     "finished first with 38 seats.", {("Thorn Liberation Front", S, 38)}),
    ("The Lunar Resistance Front signed the accord in 2001. Four years later the Front, renamed the Lunar Civic Union "
     "(LCU), took 23 seats.", {("Lunar Resistance Front", S, 23)}),
    ("The Amber Union, renamed the Movement for Amber and Reform (MAR), came first with 61 seats.",
     {("Amber Union", S, 61)}),
    # "his"/"her" after words quoted before a "he/she said" attribution: the speaker, who is the story's subject,
    # not a name inside the quoted words (the speaker's own party holds the count)
    ("Tomas Vendrel, the leader of the Amber League, denied the charges. \"Anton Lisk has turned the church into a "
     "party,\" he told reporters. His movement won 12 seats in the last election.", {("Amber League", S, 12)}),
    ("Mila Drenska, who chairs the Silver Path party, rejected the ruling. \"Judge Petar Osk has sided with the "
     "government,\" she told the Karvel radio. Her party holds nine seats in the assembly.",
     {("Silver Path party", S, 9)}),
]


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in CASES], "h")


@pytest.mark.parametrize("i", range(len(CASES)), ids=lambda i: f"h{i:03d}")
def test_holders(extracted, i):
    text, expected = CASES[i]
    assert extracted.get(f"h{i:03d}", set()) == expected, text
