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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TableRow", "results_rows", "seat_table_rows"]

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
    # (a leader's name) where the seat cell is a count

    @property
    def name(self) -> str:
        return self.line[self.name_start - self.start:self.name_end - self.start]


def _cells(line: str) -> list[str]:
    return [c.strip() for c in CELL_GAP.split(line.strip().strip("|"))]


def _header(cell: str) -> str:
    """A header cell without a year or a bracketed note: "Seats (2024)", "Seats 2024" -> "seats"."""
    cell = re.sub(r"\([^)]*\)|\b(?:19|20)\d\d\b", " ", cell.lower())
    return " ".join(cell.split())


def _year(cell: str) -> int:
    m = re.search(r"\b(?:19|20)\d\d\b", cell)
    return int(m.group(0)) if m else 0


def seat_table_rows(text: str, headers: frozenset[str] | set[str]) -> list[TableRow]:
    """The rows of every table in ``text`` whose header row has a cell (not the first) in ``headers``."""
    out: list[TableRow] = []
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        cells = _cells(lines[k][1])
        cols = [i for i, c in enumerate(cells) if i > 0 and _header(c) in headers]
        # "Seats (2019) | Seats (2024)": the latest year's column; else the first
        col = max(cols, key=lambda i: (_year(cells[i]), -i)) if cols else None
        k += 1
        if col is None or len(cells) < 2:
            continue
        while k < len(lines) and text[lines[k - 1][0] + len(lines[k - 1][1]):lines[k][0]] == "\n":
            start, row = lines[k]
            k += 1
            if set(row.strip()) <= set("|-:=+ \t"):
                continue  # a rule line ("|---|---|")
            rcells = _cells(row)
            if len(rcells) != len(cells) or not rcells[0]:
                continue
            at = start + row.index(rcells[0])
            share = re.fullmatch(r"(\d{1,4})\s*/\s*\d{1,4}", rcells[col])  # "71 / 225": 71 of the house's 225
            seats = int(rcells[col]) if re.fullmatch(r"\d{1,4}", rcells[col]) \
                else int(share.group(1)) if share else None
            words = sum(1 for c in rcells[1:] if c and not NUMBER_CELL.fullmatch(c))  # (an empty cell is no word)
            # every cell but the label a number, or one besides it (a leader's name) in a row with a count of seats
            numeric = words == 0 or words == 1 and seats is not None and len(rcells) >= 4
            out.append(TableRow(start, row, at, at + len(rcells[0]), seats, numeric))
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


def results_rows(text: str, headers: frozenset[str] | set[str],
                 seat_words: frozenset[str] | set[str]) -> list[TableRow]:
    """The rows of ``text``'s results tables: those under a header with a seat column (``headers``), and
    header-less '|' rows of a label and one count where the text outside them names seats (``seat_words``).

    >>> t = "The 9-seat council was elected.\\n| Blue Way | 5 |\\n| Red Path | 4 |"
    >>> [(r.name, r.seats) for r in results_rows(t, {"seats"}, {"seat", "seats"})]
    [('Blue Way', 5), ('Red Path', 4)]
    >>> results_rows(t.replace("9-seat ", ""), {"seats"}, {"seat", "seats"})
    []
    """
    rows = seat_table_rows(text, headers)
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
