"""Results tables in plain text (nlp.tables): rows under a header with a seat column; their label cell is a
party's mention (nlp.actors) and the seat column its seats (nlp.facts). Invented parties only."""
from __future__ import annotations

import pytest

from kingmaker.nlp.tables import seat_table_rows

HEADERS = frozenset({"seats", "mandates"})

PIPES = ("The electoral board of Valdoria published the count on Monday.\n\n"
         "| Party | Votes | % | Seats | +/- |\n"
         "|---|---|---|---|---|\n"
         "| Amber Covenant | 812,400 | 41.3 | 61 | +5 |\n"
         "| Tidewater Front | 455,010 | 23.1 | 34 | -3 |\n"
         "| Total | 1,967,000 | 100 | 140 | |\n")
MANDATES = ("Results of the vote for the Kessar assembly\n\n"
            "Party\t\tShare\tMandates\n"
            "Lantern Union\t\t38.0%\t27\n"
            "Ridge Farmers Bloc\t\t12.5%\t9\n")
NO_SEATS = ("| Candidate | Votes | % |\n"
            "| Orla Vantesk | 10,200 | 51.2 |\n"
            "| Pim Dorrow | 9,700 | 48.8 |\n")


def test_rows_read_the_seat_column_only():
    rows = seat_table_rows(PIPES, HEADERS)
    assert [(r.name, r.seats, r.numeric) for r in rows] == [
        ("Amber Covenant", 61, True), ("Tidewater Front", 34, True), ("Total", 140, True)]
    assert PIPES[rows[0].name_start:rows[0].name_end] == "Amber Covenant"


def test_rows_with_tabs_and_another_seat_header():
    rows = seat_table_rows(MANDATES, HEADERS)
    assert [(r.name, r.seats) for r in rows] == [("Lantern Union", 27), ("Ridge Farmers Bloc", 9)]


def test_no_seat_column_no_rows():
    assert seat_table_rows(NO_SEATS, HEADERS) == []
    assert seat_table_rows("| Party | Seats |\n\n| Amber Covenant | 61 |\n", HEADERS) == []  # not under it


def test_a_row_with_words_is_not_numeric():
    rows = seat_table_rows("Party | Seats | Leader\nAmber Covenant | 61 | Ivo Marren\n", HEADERS)
    assert [(r.name, r.seats, r.numeric) for r in rows] == [("Amber Covenant", 61, False)]


@pytest.fixture(scope="module")
def extracted():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="pipes", text=PIPES), Document(id="tabs", text=MANDATES),
                            Document(id="votes", text=NO_SEATS)])
    names = {a.id: a.name for a in ex.actors}
    actors = {(a.name, a.kind) for a in ex.actors}
    facts = {(f.evidence.document, names[f.actor], f.key, f.value) for f in ex.facts}
    return actors, facts


@pytest.mark.model
def test_pipe_table_names_parties_and_their_seats(extracted):
    actors, facts = extracted
    assert ("Amber Covenant", "organization") in actors
    assert ("Tidewater Front", "organization") in actors
    assert {("pipes", "Amber Covenant", "seats", 61), ("pipes", "Tidewater Front", "seats", 34)} <= facts
    names = {n for n, _ in actors}
    assert not names & {"Total", "Party", "Votes", "Seats"}  # the total row and the header are no actors


@pytest.mark.model
def test_mandates_column_is_seats(extracted):
    _, facts = extracted
    assert {("tabs", "Lantern Union", "seats", 27), ("tabs", "Ridge Farmers Bloc", "seats", 9)} <= facts


@pytest.mark.model
def test_votes_table_gives_no_seats(extracted):
    _, facts = extracted
    assert not {f for f in facts if f[0] == "votes"}


SPACED = ("Voters in Osterfell chose a new chamber.\n\n"
          "Party                        Seats   Change\n"
          "Northern Hearth Party (NHP)     44      +12\n"
          "Copperline Alliance (CA)        20       -3\n"
          "Others/independents              6       -9\n"
          "Total                           70\n")


@pytest.mark.model
def test_spaced_table_with_short_names():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="spaced", text=SPACED)])
    names = {a.id: a.name for a in ex.actors}
    assert not any("(" in n or "/" in n or n == "Total" for n in names.values()), names
    facts = {(names[f.actor], f.value) for f in ex.facts if f.key == "seats"}
    assert facts == {("Northern Hearth Party", 44), ("Copperline Alliance", 20)}, facts


INLINE = [
    # a results label over a list of bare numbers, in a document that talks about seats
    ("Osterfell elected its 80-seat chamber on Sunday.\n\nResults: Amber Covenant 41, Tidewater Front 30, others 9.\n",
     {("Amber Covenant", 41), ("Tidewater Front", 30)}),
    ("The 80-seat chamber of Osterfell was renewed.\n\nFinal tally: Amber Covenant 41, Tidewater Front 30.\n",
     {("Amber Covenant", 41), ("Tidewater Front", 30)}),
    # shares, or no talk of seats anywhere: no seats
    ("Osterfell elected its 80-seat chamber.\n\nResults: Amber Covenant 41%, Tidewater Front 30%.\n", set()),
    ("Osterfell chose a new president on Sunday.\n\nResults: Amber Covenant 41, Tidewater Front 30.\n", set()),
    ("Osterfell elected its 80-seat chamber.\n\nResults: Amber Covenant 41.2, Tidewater Front 30.5.\n", set()),
    ("Osterfell elected its 80-seat chamber.\n\nVote count: Amber Covenant 41, Tidewater Front 30.\n", set()),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", INLINE)
def test_inline_results_list(text, expected):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="inline", text=text)])
    names = {a.id: a.name for a in ex.actors}
    parties = {(names[f.actor], f.value) for f in ex.facts if f.key == "seats" and names[f.actor] != "Osterfell"}
    assert parties == expected  # (the chamber's size, the state's, is read as before)


def test_listed_count_is_no_part_of_a_name():
    import spacy

    from kingmaker.nlp.actors import _trim

    doc = spacy.blank("en")("Final tally: Amber Covenant 41, Tidewater Front 30, others 9.")
    assert doc[7:10].text == "Tidewater Front 30"
    assert doc[slice(*_trim(doc, 7, 10))].text == "Tidewater Front"
    one = spacy.blank("en")("The Tidewater Front 30, a youth wing, marched.")  # no list of counts: kept
    assert one[slice(*_trim(one, 1, 4))].text == "Tidewater Front 30"


@pytest.mark.model
def test_bracketed_counts_under_a_seat_label():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    text = ("Osterfell elected a new chamber.\n\n"
            "Seats won: Amber Covenant (41), Tidewater Front (30), Lantern Union (12).\n")
    ex = extract_documents([Document(id="brackets", text=text)])
    names = {a.id: a.name for a in ex.actors}
    kinds = {a.name: a.kind for a in ex.actors}
    assert kinds.get("Amber Covenant") == "organization"
    assert {(names[f.actor], f.value) for f in ex.facts if f.key == "seats"} == {
        ("Amber Covenant", 41), ("Tidewater Front", 30), ("Lantern Union", 12)}


BARE = ("Osterfell's 80-seat chamber was elected on Sunday.\n\n"
        "| Amber Covenant | 41 |\n"
        "| Tidewater Front | 30 |\n")


@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    (BARE, {("Amber Covenant", 41), ("Tidewater Front", 30)}),
    (BARE.replace("80-seat chamber", "president"), set()),  # the counts could be anything: no seats
])
def test_rows_without_header_in_a_text_about_seats(text, expected):
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id="bare", text=text)])
    names = {a.id: a.name for a in ex.actors}
    assert {(names[f.actor], f.value) for f in ex.facts
            if f.key == "seats" and names[f.actor] != "Osterfell"} == expected
