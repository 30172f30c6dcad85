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
            if f.key == "seats" and not names[f.actor].startswith("Osterfell")} == expected  # (rows only, not the house)


# A numbered column before the names, a leader's and a bloc's column, a bold total (markdown, outer pipes)
NUMBERED = ("| # | Party | Leader | Bloc | Vote % | Seats | +/- |\n"
            "|---|-------|--------|------|-------:|------:|----:|\n"
            "| 1 | Silver Lantern Party (SLP) | Tomas Vendrel | Lowmarch Compact | 40.1 | 52 | +4 |\n"
            "| 2 | Fennick Union | Ilse Morvaan | - | 30.2 | 38 | -2 |\n"
            "| - | Independents | - | - | 5.0 | 10 | +1 |\n"
            "| | **Total** | | | | **100** | |\n")
LEADERS, BLOCS = frozenset({"leader", "chair"}), frozenset({"bloc", "coalition", "alliance"})


def test_a_numbered_column_is_no_label_and_leader_and_bloc_cells_are_read():
    rows = seat_table_rows(NUMBERED, HEADERS, LEADERS, BLOCS)
    assert [(r.name, r.seats, r.numeric, r.cell(r.leader), r.cell(r.bloc)) for r in rows] == [
        ("Silver Lantern Party (SLP)", 52, True, "Tomas Vendrel", "Lowmarch Compact"),
        ("Fennick Union", 38, True, "Ilse Morvaan", ""),
        ("Independents", 10, True, "", ""),
        ("Total", 100, True, "", "")]  # the emphasis is no part of a cell; a "-" cell names nobody
    assert NUMBERED[rows[0].leader[0]:rows[0].leader[1]] == "Tomas Vendrel"


def test_a_table_without_outer_pipes_and_other_header_words():
    text = ("Party | Chair | Coalition | Seats\n"
            "--- | --- | --- | ---\n"
            "Corven Labour League | Radu Kesset | Harbour Pact | 17\n")
    rows = seat_table_rows(text, HEADERS, LEADERS, BLOCS)
    assert [(r.name, r.seats, r.cell(r.leader), r.cell(r.bloc)) for r in rows] == [
        ("Corven Labour League", 17, "Radu Kesset", "Harbour Pact")]


def test_without_leader_headers_a_leader_column_is_a_word_cell():
    rows = seat_table_rows(NUMBERED, HEADERS)
    assert rows[0].leader is None and not rows[0].numeric  # (two word cells: no results row for the actor layer)


TABLE_SHAPES = {
    "md": ("Merovask's electoral board published the final count for the People's Chamber on Monday.\n\n"
           + NUMBERED + "\nTurnout was 58 percent.\n"),
    "bare": ("The vote in Merovask renewed the People's Chamber.\n\n"
             "Party | Chair | Coalition | Seats | +/-\n"
             "---|---|---|---|---\n"
             "Corven Labour League | Radu Kesset | Harbour Pact | 17 | +2\n"
             "Fennick Union | Ilse Morvaan | Harbour Pact | 11 | -1\n"
             "Total | | | 50 |\n"),
    "tabs": ("Merovask elected a new People's Chamber on Sunday.\n\n"
             "Party\tLeader\tAlliance\tMandates\n"
             "Silver Lantern Party\tTomas Vendrel\tLowmarch Compact\t33\n"
             "Corven Labour League\tRadu Kesset\tLowmarch Compact\t12\n"
             "Total\t\t\t80\n"),
}


@pytest.fixture(scope="module")
def shapes():
    from kingmaker.api import extract_documents
    from kingmaker.model import Document

    ex = extract_documents([Document(id=k, text=v) for k, v in TABLE_SHAPES.items()])
    names = {a.id: a.name for a in ex.actors}
    facts = {(f.evidence.document, names[f.actor], f.value) for f in ex.facts if f.key == "seats"}
    ties = {(r.evidence.document, names[r.source], r.type, names[r.target]) for r in ex.relations}
    return set(names.values()), facts, ties


@pytest.mark.model
def test_three_table_shapes_give_seats_leaders_and_blocs(shapes):
    names, facts, ties = shapes
    assert {("md", "Silver Lantern Party", 52), ("md", "Fennick Union", 38), ("bare", "Corven Labour League", 17),
            ("bare", "Fennick Union", 11), ("tabs", "Silver Lantern Party", 33),
            ("tabs", "Corven Labour League", 12)} <= facts, facts
    assert {("md", "Tomas Vendrel", "leader_of", "Silver Lantern Party"),
            ("md", "Ilse Morvaan", "leader_of", "Fennick Union"),
            ("md", "Silver Lantern Party", "member_of", "Lowmarch Compact"),
            ("bare", "Radu Kesset", "leader_of", "Corven Labour League"),
            ("bare", "Corven Labour League", "member_of", "Harbour Pact"),
            ("bare", "Fennick Union", "member_of", "Harbour Pact"),
            ("tabs", "Tomas Vendrel", "leader_of", "Silver Lantern Party"),
            ("tabs", "Corven Labour League", "member_of", "Lowmarch Compact")} <= ties, ties
    # the total row sizes the house (the sum of the rows above it is no more than it)
    assert {f for f in facts if f[2] in (100, 50, 80)} == {
        ("md", "People's Chamber", 100), ("bare", "People's Chamber", 50), ("tabs", "People's Chamber", 80)}, facts
    assert not names & {"Total", "Party", "Leader", "Bloc", "Seats", "Chair", "Coalition", "Alliance", "Mandates"}


def test_a_line_without_a_cell_gap_is_one_cell_and_the_gap_test_agrees_with_the_pattern():
    """``_has_cell_gap`` (the cheap test ``seat_table_rows`` asks before splitting a line into cells) says what
    ``CELL_GAP`` finds: a '|', a tab, or two spaces; a prose line is one cell."""
    from kingmaker.nlp.tables import CELL_GAP, _cells, _has_cell_gap

    lines = ["| Dawn Path | 12 |", "Dawn Path\t12", "Dawn Path    12", "Dawn Path \t12", "The Dawn Path won 12 seats.",
             " Dawn Path ", "", "12  "]
    assert [_has_cell_gap(x) for x in lines] == [bool(CELL_GAP.search(x)) for x in lines] \
        == [True, True, True, True, False, False, False, True]
    assert _cells("The Dawn Path won 12 seats.") == ["The Dawn Path won 12 seats."]
