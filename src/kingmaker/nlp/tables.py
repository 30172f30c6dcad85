"""Results tables in plain text: rows of cells split by '|', tabs or runs of spaces, under a header row
one of whose cells names seats ("| Party | Votes | % | Seats | +/- |"). Used by nlp.actors (a row's
name cell is a mention candidate) and nlp.facts (the seat column is the party's seats).

>>> rows = seat_table_rows("| Party | Votes | Seats |\\n|---|---|---|\\n| Blue Way | 1,200 | 7 |", {"seats"})
>>> [(r.name, r.seats, r.numeric) for r in rows]
[('Blue Way', 7, True)]
>>> [(r.name, r.seats) for r in seat_table_rows("Election | Seats\\n2016 | 58 / 150\\n2020 | 71 / 150", {"seats"})]
[('2016', 58), ('2020', 71)]
>>> [(r.name, r.seats) for r in seat_table_rows("Party | Seats (2019) | Seats (2024)\\nBlue Way | 12 | 7", {"seats"})]
[('Blue Way', 7)]

A column of row numbers before the names is no label; a leader's and a bloc's column are read by their headers:

>>> t = "| # | Party | Leader | Bloc | Seats |\\n|---|---|---|---|--:|\\n| 1 | Blue Way | Ana Sol | Dawn | 7 |"
>>> r = seat_table_rows(t, {"seats"}, {"leader"}, {"bloc"})[0]
>>> (r.name, r.seats, r.numeric, r.cell(r.leader), r.cell(r.bloc))
('Blue Way', 7, True, 'Ana Sol', 'Dawn')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LIST_SEPARATORS", "TableRow", "results_rows", "seat_table_rows"]

TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$")  # a ruled table's rule line "|---|:--|"


def ruled_body_rows(text: str) -> list[tuple[int, str]]:
    """The body rows of every ruled table in ``text``, as (the line's offset, the line): the lines that start with
    '|' under a rule line ("|---|---|"), up to the first that does not. The one reader of a ruled table's body, for
    the pipeline's cell sentences and the actors stage's page furniture.

    >>> ruled_body_rows("| A | B |\\n|---|---|\\n| x | 1 |\\nend")
    [(20, '| x | 1 |')]
    """
    out: list[tuple[int, str]] = []
    body = False
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if body and stripped.startswith("|"):
            out.append((at, line))
        body = bool(TABLE_RULE.match(stripped)) or (body and stripped.startswith("|"))
        at += len(line) + 1
    return out

# What ends an item of a list of counts on one line: "A 41, B 30", "A 41; B 30", "A 41 and B 30", "A 41 | B 30 | C 9",
# "A 41 \u00b7 B 30" (a bar or a dot between a ticker's or a summary line's items).
LIST_SEPARATORS = frozenset({",", ";", ".", "and", "|", "\u00b7", "\u2022"})

CELL_GAP = re.compile(r"[ \t]*\|[ \t]*|\t+[ \t]*|[ \t]{2,}")
NUMBER_CELL = re.compile(r"[-+\u2013\u2212]?\d[\d.,]*\s*%?|[-\u2013\u2014]|n/?a", re.I)


@dataclass(frozen=True)
class TableRow:
    start: int  # where the row's line starts in the text
    line: str
    name_start: int  # the first cell (the row's label), as text offsets
    name_end: int
    seats: int | None  # the count in the seat column, None where that cell is not a whole number
    numeric: bool  # whether every cell but the label is a number (a count, share or change), or all but one more
    # (a leader's name) where the seat cell is a count; the leader's and the bloc's columns are no numbers
    leader: tuple[int, int] | None = None  # the cell under a leader's header ("Leader", "Chair"), as text offsets
    bloc: tuple[int, int] | None = None  # the cell under a bloc's header ("Bloc", "Alliance", "Coalition")
    backer: tuple[int, int] | None = None  # the cell under a backer's header ("Main backer", "Foreign partner")
    kind: str = "seats"  # "troops" for a row of a table of forces ("| Group | Fighters |": the count is its strength)

    @property
    def name(self) -> str:
        return self.line[self.name_start - self.start:self.name_end - self.start]

    def cell(self, where: tuple[int, int] | None) -> str:
        """The text of a cell given by its offsets ('' for none)."""
        return self.line[where[0] - self.start:where[1] - self.start] if where else ""


def _has_cell_gap(line: str) -> bool:
    """Whether ``line`` holds a gap between cells (what ``CELL_GAP`` matches: a '|', a tab, or two spaces or
    tabs in a row), asked by plain substring tests (the pattern tried at every character costs several times
    more, and most lines of a text are prose): a line without one is a single cell.

    >>> [_has_cell_gap(x) for x in ("Seats | Party", "Seats\t40", "Blue Way   40", "One plain line.", " a b ")]
    [True, True, True, False, False]
    """
    return "|" in line or "\t" in line or "  " in line


def _cells(line: str) -> list[str]:
    return [line[a:b] for a, b in _cell_spans(line)]


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each cell's text lies in ``line`` (offsets): the cells between '|', tabs or runs of spaces, outer
    pipes ("| A | B |") and a cell's markdown emphasis ("**Total**") left out."""
    a, b = len(line) - len(line.lstrip()), len(line.rstrip())
    if line[a:b].startswith("|"):
        a += 1
    if b > a and line[b - 1] == "|":
        b -= 1
    out, at = [], a
    for m in [*CELL_GAP.finditer(line, a, b), None]:
        end = m.start() if m else b
        x, y = at, end
        while x < y and line[x] in " \t*_":
            x += 1
        while y > x and line[y - 1] in " \t*_":
            y -= 1
        out.append((x, y))
        at = m.end() if m else b
    return out


def _label_column(rows: list[list[str]], before: int) -> int:
    """The column of a table's names: the first one left of the seat column whose cells mostly hold words (a
    column of row numbers, "| 1 | Blue Way |", is none); the first column where no such one."""
    for i in range(before):
        cells = [r[i] for r in rows if i < len(r)]
        if cells and 2 * sum(1 for c in cells if re.search(r"[^\W\d_]{2}", c)) > len(cells):
            return i
    return 0


def _header(cell: str, approximators: frozenset[str] | set[str] = ()) -> str:
    """A header cell without a year or a bracketed note: "Seats (2024)", "Seats 2024" -> "seats"; and, given the
    qualifiers of an estimate (``approximators``), without one opening it ("Est. strength", "Approx. troops")."""
    cell = re.sub(r"\([^)]*\)|\b(?:19|20)\d\d\b", " ", cell.lower())
    words = cell.replace(".", " ").split() if approximators else []
    if len(words) > 1 and words[0] in approximators:
        cell = " ".join(words[1:])
    return " ".join(cell.split())


def _year(cell: str) -> int:
    m = re.search(r"\b(?:19|20)\d\d\b", cell)
    return int(m.group(0)) if m else 0


def _troop_count(cell: str, approximators: frozenset[str] | set[str]) -> int | None:
    """A cell of a forces table's strength column: a whole number ("3,000", "4500", "3,000+"), perhaps after an
    approximator ("about 3,000", "est. 3,000", "~3,000"); None for anything else (a range, words, a share)."""
    m = re.fullmatch(r"(?:([^\W\d_]+)\.?[ \t]+|~[ \t]*)?(\d{1,3}(?:,\d{3})+|\d{1,7})[ \t]*\+?", cell)
    if m is None or m.group(1) and m.group(1).lower() not in approximators:
        return None
    return int(m.group(2).replace(",", ""))


def seat_table_rows(text: str, headers: frozenset[str] | set[str], leader_headers: frozenset[str] | set[str] = (),
                    bloc_headers: frozenset[str] | set[str] = (), kind: str = "seats",
                    approximators: frozenset[str] | set[str] = (),
                    backer_headers: frozenset[str] | set[str] = ()) -> list[TableRow]:
    """The rows of every table in ``text`` whose header row has a cell (not the first) in ``headers``; a cell
    under a header in ``leader_headers`` is the row's leader, one under ``bloc_headers`` its bloc, one under
    ``backer_headers`` its backer. With ``kind``
    "troops" the headers name a strength column and its cells are read as counts of any size, perhaps after one of
    ``approximators``:

    >>> t = "| Group | Fighters (est.) |\\n|---|---|\\n| Red Band | about 3,000 |\\n| Blue Hand | 4500 |"
    >>> [(r.name, r.seats, r.kind) for r in seat_table_rows(t, {"fighters"}, kind="troops", approximators={"about"})]
    [('Red Band', 3000, 'troops'), ('Blue Hand', 4500, 'troops')]
    """
    out: list[TableRow] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        if not _has_cell_gap(lines[k][1]):
            k += 1
            continue  # one cell: no header row
        cells = _cells(lines[k][1])
        cols = [i for i, c in enumerate(cells) if i > 0 and _header(c, approximators) in headers]
        if not cols and len(cells) == 2 and _header(cells[0], approximators) in headers:
            cols = [0]  # "Seats | Party": a two-column table with its count first, the names after it
        # "Seats (2019) | Seats (2024)": the latest year's column; else the first
        col = max(cols, key=lambda i: (_year(cells[i]), -i)) if cols else None
        k += 1
        if col is None or len(cells) < 2:
            continue
        body: list[tuple[int, str, list[tuple[int, int]]]] = []
        tail = None
        while k < len(lines) and text[lines[k - 1][0] + len(lines[k - 1][1]):lines[k][0]] == "\n":
            start, row = lines[k]
            k += 1
            if set(row.strip()) <= set("|-:=+ \t"):
                continue  # a rule line ("|---|---|")
            spans = _cell_spans(row)
            if len(spans) == len(cells) or "|" in row and col < len(spans) < len(cells):
                # (a '|' row may leave out its last empty cells: "| Total | | 60 |" under five columns)
                body.append((start, row, spans + [(spans[-1][1], spans[-1][1])] * (len(cells) - len(spans))))
            elif len(spans) == 2 and re.fullmatch(r"\d{1,4}", row[slice(*spans[1])]) \
                    and (k == len(lines) or text[start + len(row):lines[k][0]] != "\n"):
                # the table's last line, a label and one count where the gaps between columns ran together
                # ("Total            200", "Total\t\t\t80"): the count is the seat column's
                tail = (start, row, spans)
        label = _label_column([[row[a:b] for a, b in spans] for _, row, spans in body], col) if col else 1
        if tail is not None:
            start, row, spans = tail
            empty = (spans[0][1], spans[0][1])
            body.append((start, row, [spans[0] if i == label else spans[1] if i == col else empty
                                      for i in range(len(cells))]))
        lead = next((i for i, c in enumerate(cells) if i != label and _header(c) in leader_headers), None)
        bloc = next((i for i, c in enumerate(cells) if i != label and _header(c) in bloc_headers), None)
        backer = next((i for i, c in enumerate(cells) if i != label and _header(c) in backer_headers), None)
        for start, row, spans in body:
            rcells = [row[a:b] for a, b in spans]
            if not rcells[label]:
                continue
            share = re.fullmatch(r"(\d{1,4})\s*/\s*\d{1,4}", rcells[col])  # "71 / 225": 71 of the house's 225
            if kind == "troops":
                seats = _troop_count(rcells[col], approximators)
            else:
                seats = int(rcells[col]) if re.fullmatch(r"\d{1,4}", rcells[col]) \
                    else int(share.group(1)) if share else None
            words = sum(1 for i, c in enumerate(rcells) if i > label and i not in (lead, bloc, backer)
                        and c and not NUMBER_CELL.fullmatch(c)
                        and not (i == col and seats is not None))  # (an empty cell is no word)
            # every cell but the label a number, or one besides it (a leader's name) in a row with a count of seats
            numeric = words == 0 or words == 1 and seats is not None and len(rcells) >= 4
            place = [None if i is None or not re.search(r"[^\W\d_]", rcells[i])
                     else (start + spans[i][0], start + spans[i][1]) for i in (lead, bloc, backer)]
            out.append(TableRow(start, row, start + spans[label][0], start + spans[label][1], seats, numeric,
                                place[0], place[1], place[2], kind))
    return out


def _bare_rows(text: str) -> list[TableRow]:
    """Runs of two or more '|' rows with no header: a label and one whole number ("| Blue Way | 7 |")."""
    out: list[TableRow] = []
    run: list[TableRow] = []
    last_end = -2
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        cells = _cells(line) if "|" in line else []
        row = None
        if len(cells) == 2 and cells[0][:1].isalpha() and re.fullmatch(r"\d{1,4}", cells[1]):
            at = m.start() + line.index(cells[0])
            row = TableRow(m.start(), line, at, at + len(cells[0]), int(cells[1]), True)
        if row is None or m.start() != last_end + 1:
            if len(run) >= 2:
                out.extend(run)
            run = []
        if row is not None:
            run.append(row)
        last_end = m.end()
    if len(run) >= 2:
        out.extend(run)
    return out


def results_rows(text: str, headers: frozenset[str] | set[str], seat_words: frozenset[str] | set[str],
                 leader_headers: frozenset[str] | set[str] = (),
                 bloc_headers: frozenset[str] | set[str] = (), troop_headers: frozenset[str] | set[str] = (),
                 approximators: frozenset[str] | set[str] = (),
                 backer_headers: frozenset[str] | set[str] = ()) -> list[TableRow]:
    """The rows of ``text``'s results tables: those under a header with a seat column (``headers``), and
    header-less '|' rows of a label and one count where the text outside them names seats (``seat_words``); the
    leader's and bloc's cells under ``leader_headers`` and ``bloc_headers``; and the rows of tables of forces, under
    a header with a strength column (``troop_headers``: kind "troops").

    >>> t = "The 9-seat council was elected.\\n| Blue Way | 5 |\\n| Red Path | 4 |"
    >>> [(r.name, r.seats) for r in results_rows(t, {"seats"}, {"seat", "seats"})]
    [('Blue Way', 5), ('Red Path', 4)]
    >>> results_rows(t.replace("9-seat ", ""), {"seats"}, {"seat", "seats"})
    []
    """
    rows = seat_table_rows(text, headers, leader_headers, bloc_headers, backer_headers=backer_headers)
    if troop_headers:
        taken = {r.start for r in rows}
        rows = sorted(rows + [r for r in seat_table_rows(text, troop_headers, leader_headers, bloc_headers, "troops",
                                                         approximators, backer_headers) if r.start not in taken],
                      key=lambda r: r.start)
    bare = _bare_rows(text)
    if bare:
        taken = {r.start for r in rows}
        bare = [r for r in bare if r.start not in taken]
        rest = text
        for r in reversed(bare):
            rest = rest[:r.start] + rest[r.start + len(r.line):]
        if bare and set(re.findall(r"[^\W\d_]+", rest.lower())) & set(seat_words):
            rows = sorted(rows + bare, key=lambda r: r.start)
    return rows
