"""A third battery of invented sentences for the general causes of fact misses on unseen articles: a clause whose
subject the parser hung on the clause before ("X kept ... and Y won 12"), a rank word between a name and its count
("Y third with 17"), a gapped count after a name with a person in it ("the Green party of X three", "Y, led by X,
9"), a relative clause on the members of a coalition ("a coalition of four parties that won 33 seats"), troops held
with a participle ("has 7,000 soldiers deployed"), a factbox strength line under the heading of the body it sizes,
an encyclopedia entry's electoral-history table, and troops a plan or pact is still to send. All parties, militias
and people are invented. End to end with the real model."""
from __future__ import annotations

import pytest

from wording_battery import facts_by_document

S, T = "seats", "troops"

BATTERY3 = [
    # a finite verb right after a name the parser hung on the clause before: the name is its subject
    ("The Velkan Unity Party kept all 20 of its seats and the Farmers League won 12, so the two parties again took "
     "all 32 seats.", {("Velkan Unity Party", S, 20), ("Farmers League", S, 12)}),
    ("The Velkan Unity Party held all 20 of its seats while the Farmers League also won 12.",
     {("Velkan Unity Party", S, 20), ("Farmers League", S, 12)}),
    # the same party's second verb: still its own count
    ("The Velkan Unity Party kept 20 seats and won 12 more in the south.", {("Velkan Unity Party", S, 20)}),
    # a rank word between the name and "with"/"on": the name's count, not the clause subject's
    ("The Velkan Unity Party won 51 seats. The Farmers League came second with 22, and the Civic Bloc third with 17.",
     {("Velkan Unity Party", S, 51), ("Farmers League", S, 22), ("Civic Bloc", S, 17)}),
    ("The Velkan Unity Party won 51 seats, with the Farmers League second with 22 and the Civic Bloc third on 17.",
     {("Velkan Unity Party", S, 51), ("Farmers League", S, 22), ("Civic Bloc", S, 17)}),
    ("The Velkan Unity Party won 51 seats, with the Farmers League second on 22 seats.",
     {("Velkan Unity Party", S, 51), ("Farmers League", S, 22)}),
    ("The Velkan Unity Party came first with 51 seats.", {("Velkan Unity Party", S, 51)}),
    # a list of three holders (or two and "their allies"): a sum, nobody's; one holder and its allies: its camp
    ("The Silver Front, the Unity Bloc and the Green Party won 62 seats.", set()),
    ("The Silver Front, the Unity Bloc and their allies won 62 seats.", set()),
    ("The Unity Bloc and its allies won 62 seats.", {("Unity Bloc", S, 62)}),
    ("The ruling party, the Unity Bloc, won 62 seats.", {("Unity Bloc", S, 62)}),
    # "N of M seats" parsed as one number phrase before the seats
    ("The Unity Bloc lost its majority, winning only 61 of 150 seats.", {("Unity Bloc", S, 61)}),
    ("The Unity Bloc won 61 of the 150 seats.", {("Unity Bloc", S, 61)}),
    # a person's own force with "control"
    ("The warlord Tomas Ferro, who controls some 2,000 fighters, met the envoy.", {("Tomas Ferro", T, 2000)}),
    ("Tomas Ferro founded the Red Hand militia in 2010. He now controls about 2,000 fighters.",
     {("Red Hand militia", T, 2000)}),
    ("The Red Hand militia controls 2,000 square kilometres.", set()),
    # results that give a pronoun its seats ("gave it 61", parsed as two objects); a claimed count gives way to them
    ("The Unity Bloc did well. Official results gave it 61 seats.", {("Unity Bloc", S, 61)}),
    ("The results gave the Unity Bloc 61 seats and the Green Union nine.",
     {("Unity Bloc", S, 61), ("Green Union", S, 9)}),
    ("The Unity Bloc claimed it had won 90 seats, but official results gave it 61.", {("Unity Bloc", S, 61)}),
    ('CLAIM: "The Unity Bloc won 90 seats."\nVERDICT: False. The Unity Bloc won 61 seats, according to official '
     'results.', {("Unity Bloc", S, 61)}),
    # a claim with no other count stands
    ("The Unity Bloc claimed it had won 90 seats.", {("Unity Bloc", S, 90)}),
    # a part of another body's seats: the part is the winner's, the whole the named owner's (none for a noun)
    ("The Green Union won 20 of the Unity Bloc's 71 seats.", {("Green Union", S, 20), ("Unity Bloc", S, 71)}),
    ("The Green Union took 20 of the alliance's 71 seats.", {("Green Union", S, 20)}),
    ("The Green Union won 20 of its 71 seats in the capital.", {("Green Union", S, 71)}),
    # a longer name before the troop noun ("N Red Hand militia fighters"); "ranks"/"strength" moved or stated: an
    # armed body's or a state's, not a party's; troops that attack are a raiding party
    ("There are an estimated 30,000 Red Hand militia fighters in the north.", {("Red Hand militia", T, 30000)}),
    ("The Red Hand militia, whose ranks have swelled to 30,000, controls the north.", {("Red Hand militia", T, 30000)}),
    ("The Red Hand militia's ranks stand at 4,000.", {("Red Hand militia", T, 4000)}),
    ("The Unity Party's ranks have swelled to 30,000.", set()),
    ("The Unity Party's strength stands at 40,000.", set()),
    ("About 2,000 Turkish troops stormed the town.", set()),
    ("Some 300 Red Hand fighters attacked the town.", set()),
    # coalition arithmetic: a partner's share in the present tense is its holding; a gain is not
    ("The Unity Bloc holds 61 seats in the 150-seat assembly; its remaining partner, the small Liberal Forum, adds 9.",
     {("Unity Bloc", S, 61), ("Liberal Forum", S, 9)}),
    ("The Liberal Forum added five seats.", set()),
    ("The Liberal Forum adds five seats to its tally.", set()),
    # numbers: "one hundred and four", "a hundred and four", digits grouped by spaces ("10 000")
    ("The Unity Bloc won one hundred and four seats.", {("Unity Bloc", S, 104)}),
    ("The Unity Bloc won a hundred and four seats.", {("Unity Bloc", S, 104)}),
    ("The Red Hand militia has 10 000 fighters.", {("Red Hand militia", T, 10000)}),
    ("Russia has a few hundred troops in Kolna.", set()),
    # a gapped count after "the PARTY of PERSON" or "PARTY, led by PERSON,": the party's
    ("The Civic Front won nine seats, and the Green party of Lena Ostrova three.",
     {("Civic Front", S, 9), ("Green party", S, 3)}),
    ("The Labour Party won 40 seats, the Greens 12 and the liberal Reform Bloc, led by Anna Merk, 9.",
     {("Labour Party", S, 40), ("Greens", S, 12), ("Reform Bloc", S, 9)}),
    ("The Labour Party won 40 seats and the Reform Bloc led by Anna Merk 9.",
     {("Labour Party", S, 40), ("Reform Bloc", S, 9)}),
    # a person with no party before them: nobody's
    ("The Labour Party won 40 seats, a result welcomed by Anna Merk, 55.", {("Labour Party", S, 40)}),
    # a relative clause on the members a coalition is made of: the coalition's
    ("Petra Olsen heads the Dawn Coalition, an alliance of four parties that won 33 of the 150 seats in parliament "
     "last year.", {("Dawn Coalition", S, 33)}),
    ("The Dawn Coalition, a bloc of small parties which holds 12 seats, backed the bill.", {("Dawn Coalition", S, 12)}),
    # troops held with a participle after them ("has N soldiers deployed")
    # (an invented state's adjective alone names its state: the Zemlan army is the Zemla military)
    ("The plan covers the border strip, where the Zemlan army now has about 7,000 soldiers deployed.",
     {("Zemla military", T, 7000)}),
    ("Russia has 3,000 troops stationed in the north.", {("Russia", T, 3000)}),
    # troops a plan or pact is still to send: no strength; troops sent or kept under a deal: a strength
    ("Turkey signed a pact with Russia to bring 2,000 Russian fighters to Kolna.", set()),
    ("The plan to send 2,000 Turkish troops to Kolna was rejected.", set()),
    ("Russia sent 2,000 troops to Kolna to protect the dam.", {("Russia", T, 2000)}),
    ("Under the deal, Russia will keep 1,200 troops in Kolna.", {("Russia", T, 1200)}),
]

ORDER_OF_BATTLE = """ORDER OF BATTLE: Zemla

Overview
The Zemlan government has rebuilt its forces since the war. Figures are estimates.

1. Zemlan Defence Forces (ZDF)
Commander: General Ivo Marek, appointed in March.
Total active strength: about 48,000, of whom some 30,000 are in the army.
- 3rd Rifle Division (Kolna): 9,000 troops.

2. Opposition
Overall strength: perhaps 5,000.
"""

# an encyclopedia entry's electoral-history table: the entry's party holds the latest year's seats
WIKI_ENTRY = """Silver Front

The Silver Front (SF) is a centre-left political alliance in Kolna. It is led by Ana Voss.

Electoral history

| Election | Votes | % | Seats | +/- |
| 2016 | 1,204,000 | 31.2 | 58 / 150 | new |
| 2020 | 1,500,300 | 38.0 | 71 / 150 | +13 |
"""
# the same rows in a report that is about no one party: nobody's
YEAR_TABLE = """Turnout has fallen at every election since 2012.

| Election | Turnout | Seats |
| 2016 | 61% | 58 / 150 |
| 2020 | 55% | 71 / 150 |
"""

# a results table with a leader column and seat columns headed by years: the latest year's column
LEADER_TABLE = """Final results

| Party | Leader | Votes | Seats (2024) | Seats (2019) |
|---|---|---|---|---|
| Unity Bloc | Ana Voss | 1,200,000 | 61 | 50 |
| Green Union | Ivo Petrak | 300,000 | 9 | 12 |
"""


@pytest.fixture(scope="module")
def extracted():
    return facts_by_document([text for text, _ in BATTERY3] + [ORDER_OF_BATTLE, WIKI_ENTRY, YEAR_TABLE, LEADER_TABLE],
                             "k")


@pytest.mark.model
def test_an_electoral_history_table_is_the_entrys_party_latest_year(extracted):
    assert extracted.get(f"k{len(BATTERY3) + 1:03d}", set()) == {("Silver Front", S, 71)}
    assert extracted.get(f"k{len(BATTERY3) + 2:03d}", set()) == set()


@pytest.mark.model
@pytest.mark.parametrize("i", range(len(BATTERY3)), ids=lambda i: f"k{i:03d}")
def test_battery3(extracted, i):
    text, expected = BATTERY3[i]
    assert extracted.get(f"k{i:03d}", set()) == expected, text


@pytest.mark.model
def test_a_strength_line_is_the_body_its_heading_names(extracted):
    got = extracted.get(f"k{len(BATTERY3):03d}", set())
    # the heading's body holds the labelled total; a heading naming no body ("Opposition") gives the line no owner
    assert {v for _, k, v in got if k == T} == {48000, 9000}, got
    assert all(name != "3rd Rifle Division" or v == 9000 for name, _, v in got), got


@pytest.mark.model
def test_a_results_table_with_a_leader_column_and_year_headed_seat_columns(extracted):
    got = extracted.get(f"k{len(BATTERY3) + 3:03d}", set())
    assert {(a, v) for a, k, v in got if k == S} == {("Unity Bloc", 61), ("Green Union", 9)}, got
