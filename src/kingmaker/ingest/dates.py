"""Dates: normalise metadata dates, find a document's date in its text, resolve event dates.

>>> normalise_date("2010-10-05T12:00:00Z")
'2010-10-05'
>>> find_document_date("BAGHDAD, March 31, 2008 - Lawmakers met.")
'2008-03-31'
>>> resolve_date("Jan. 29", "2024-02-06")
'2024-01-29'
>>> resolve_date("Sunday", "2008-03-31")
'2008-03-30'
>>> resolve_date("Dec. 30", "2024-01-09"), resolve_date("in 2011", "2024-01-09"), resolve_date("March", "2024-05-02")
('2023-12-30', '2011', '2024-03')
>>> resolve_date("two years", "2024-05-18"), resolve_date("two years ago", "2024-05-18")
(None, '2022-05-18')
>>> resolve_date("last year", "2024-05-18"), resolve_date("last month", "2024-01-09")
('2023', '2023-12')
>>> resolve_date("late 2022", "2024-05-18"), resolve_date("earlier this month", "2024-05-18")
('2022', '2024-05')
>>> resolve_date("the 1990s", "2024-05-18") is None  # a decade is no date
True
>>> resolve_date("Two days later", "2024-05-18") is None  # counted from another event, not the story's date
True
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_FULL_DATE = re.compile(
    rf"\b(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d)(?:\b|(?=T\d))",
    re.I,
)
# A line that is a caption or credit, not the article ("Photo: ...", "Pictured ...", "File photo").
_CAPTION_LINE = re.compile(
    r"^\W*(?:(?:file |ap |afp |reuters |staff )?(?:photo|photograph|picture|pictured|image|caption|credit|"
    r"illustration|video|graphic)s?\b|copyright\b|©)", re.I)
# What may precede the document's date on its line: nothing, a dateline place in capitals (with
# an optional agency and region), a label ("Updated:", "Published on"), a byline, a weekday.
_HEADER_PREFIX = re.compile(
    r"[\s*_#>]*"
    r"(?:by\s+(?-i:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|al|bin|van|von)){0,6})\s*[|,·•–—-]\s*"
    r"(?:(?-i:[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})\s*[|·•–—-]\s*)?"
    r"|by\s+[^|\n]{1,60}\|(?:[^|\n]{1,40}\|)?\s*)?"  # "By staff reporters | PLACE | "
    r"(?:(?-i:[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3})[*_]*(?:\s*\([^)]{1,30}\))?"
    r"(?:,\s*[A-Z][\w.'’\- ]{1,30})?\s*[,:–—-]?\s*)?"
    r"(?:(?:last\s+|first\s+)?(?:updated|published|posted|dated?|released|issued|modified)(?:\s+(?:on|at))?"
    r"\s*[:–—-]?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?",
    re.I)
# A dateline without the year: "BEIRUT, March 3 (Reuters) -"; the year comes from a header date.
_YEARLESS_DATELINE = re.compile(
    rf"[\s*_#>]*(?-i:[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){{0,3}})[*_]*(?:,\s*[A-Z][\w.'’\- ]{{1,30}})?,\s*"
    rf"(?P<day>(?:{MONTHS})\.?\s+\d{{1,2}})(?:st|nd|rd|th)?\s*(?:\([^)]{{1,30}}\)\s*)?[–—-]", re.I)
# A line holding only a place and the date: "Orvast, 18 November 2024".
_PLACE_LINE = re.compile(r"[\s*_#>]*(?-i:[A-Z][\w'’.\-]*(?:[ ,]+[A-Z][\w'’.\-]*){0,4}),?\s*")
# An editor's note in brackets: "[Translated from French. Originally published in X, 2 August 2025]".
_NOTE_LABEL = re.compile(r"^\s*[\[(].*\b(?:published|updated|posted|dated|filed)\b", re.I)
# After a date that opens its line: the end of the line, a separator, a time, or a full stop.
_HEADER_SUFFIX = re.compile(r"\s*(?:$|T\d|[–—:|•·(/-]|\.(?:\s|$)|,?\s*\d{1,2}[:.]\d\d|,?\s*at\s+\d)")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"))}
_MONTH_DAY = re.compile(r"(?:on |in |since |by )?(?P<m>(?:%s)[a-z]*)\.?(?: (?P<d>\d{1,2})(?:st|nd|rd|th)?)?" % "|".join(_MONTHS))

_DURATION = re.compile(r"(?:in |for |over |within |about |nearly |almost |more than |less than )?(?:the )?"
                       r"(?:past |next |coming |previous |first |last )?(?:\w+[ -])?(?:\w+ )?"
                       r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?: long)?")

__all__ = ["normalise_date", "find_document_date", "read_document_dates", "resolve_date"]


def normalise_date(value: object) -> str | None:
    """Return an ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``) for a metadata date, else None."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    if not s:
        return None
    m = re.match(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", s)
    if m:
        y, mo, d = m.groups()
        try:  # "2020-13-45" is no date
            dt.date(int(y), int(mo or 1), int(d or 1))
        except ValueError:
            return None
        return "-".join(g for g in m.groups() if g)
    parsed = _parse(s, None)
    return parsed


def find_document_date(text: str, window: int = 1500) -> str | None:
    """The document's own date, stated in its header near the top of the text, as ISO.

    Only a date placed where news puts the publication date counts: at the start of a line
    ("May 2, 2023."), after a dateline place ("BEIRUT, March 3, 2024 -"), a label ("Updated:
    12 May 2024", "Published") or a byline ("By Jane Roe | 3 March 2024"). Captions and credits
    ("Photo: ...", "(Photo taken on ...)", "Pictured ...", "File photo") and dates inside ordinary
    sentences ("the war that began on March 3, 2011") are not the document's date.

    >>> find_document_date("Photo: crowds on March 2, 2019.\\nBEIRUT, March 4, 2024 - Talks stalled.")
    '2024-03-04'
    >>> find_document_date("Talks stalled on Monday, a year after the March 3, 2023 vote.") is None
    True
    """
    dateline = found = None  # dateline = "March 3" from a dateline without a year
    for line in text[:window].splitlines():
        if _CAPTION_LINE.match(line):
            continue
        if dateline is None and (y := _YEARLESS_DATELINE.match(line)):
            dateline = y.group("day")
        for m in _FULL_DATE.finditer(line):
            if found is not None:
                break
            before, after = line[: m.start()], line[m.end():]
            if _NOTE_LABEL.match(before):
                found = _parse(m.group(0), None)  # "[... originally published in X, 2 August 2025]"
            elif before.count("(") > before.count(")") or before.count("[") > before.count("]"):
                continue  # inside parentheses: "(Photo taken on ...)", "(file, March 2019)"
            elif (_HEADER_PREFIX.fullmatch(before) and (before.strip(" *_#>") or _HEADER_SUFFIX.match(after))) \
                    or _place_and_date(before, after):
                found = _parse(m.group(0), None)
        if found and dateline:
            break
    # "BEIRUT, March 3 (Reuters) -" with "Updated: 12 May 2024" in the header: March 3, 2024
    return (resolve_date(dateline, found) if dateline and found else None) or found


def _place_and_date(before: str, after: str) -> bool:
    """A date with only a place before it and nothing after it on its line ("Orvast, 18 November 2024")."""
    return bool(_PLACE_LINE.fullmatch(before)) and not after.strip(" .*_")


def place_date_line(line: str) -> bool:
    """The line holds only a place and a full date ("Orvast, 18 November 2024"): a report's place and date of
    filing, no heading of its own.

    >>> place_date_line("Orvast, 18 November 2024")
    True
    >>> place_date_line("2. ORVAST: THE VOTE")
    False
    """
    m = _FULL_DATE.search(line)
    return m is not None and _place_and_date(line[:m.start()], line[m.end():])


def resolve_date(span: str, base: str | None) -> str | None:
    """Resolve a date expression ("Jan. 29", "Sunday", "last week") against the document date.

    Relative expressions need a base; weekday names resolve to the most recent such day on or
    before the base. Returns None when the span cannot be read as a date.
    """
    s = span.strip().lower().rstrip(".")
    if re.fullmatch(r"(?:the )?(?:early |late |mid-?)?(?:19|20)\d0s", s):
        return None  # "the 1990s": a decade, not a date
    if re.search(r"\b(?:later|after|before|earlier|afterwards)$", s):
        return None  # "two days later", "a week before": counted from another event, not from the story's date
    # "late 2022", "early March", "earlier this month": the qualifier narrows nothing we can state
    s = re.sub(r"^(?:in |since |by )?(?:the )?(?:early|late|mid|earlier|later)[ -](?:in )?", "", s)
    if base is None and not re.search(r"(19|20)\d\d", s):
        return None
    base_d = _to_date(base)
    if _DURATION.fullmatch(s) and not re.fullmatch(r"(?:last|previous|this|next) (?:week|month|year)", s):
        return None  # "two years", "in three weeks", "the past decade": a length of time, not a date
    rel = re.fullmatch(r"(last|previous|this|next) (year|month)", s)
    if rel and base_d is not None:
        step = {"last": -1, "previous": -1, "this": 0, "next": 1}[rel.group(1)]
        if rel.group(2) == "year":
            return f"{base_d.year + step:04d}"  # "last year" is a year, not a day
        m = base_d.month - 1 + step
        return f"{base_d.year + m // 12:04d}-{m % 12 + 1:02d}"
    year_only = re.fullmatch(r"(?:in |since |by )?((?:19|20)\d\d)", s)
    if year_only:
        return year_only.group(1)  # a year stays a year, not a day borrowed from the base
    month_year = re.fullmatch(rf"(?:in |since |by )?({MONTHS})\.?,? ((?:19|20)\d\d)", s)
    if month_year:  # "March 2031": a month, not a day borrowed from today's date
        return f"{month_year.group(2)}-{_MONTHS[month_year.group(1)[:3]]:02d}"
    md = _MONTH_DAY.fullmatch(s)
    if md and base_d is not None:
        month = _MONTHS[md.group("m")[:3]]
        day = int(md.group("d")) if md.group("d") else None
        year = base_d.year
        probe = dt.date(year, month, min(day or 1, 28))
        if (probe - base_d).days > 62:  # "Dec. 30" in a January story is last December
            year -= 1
        if day is None:
            return f"{year:04d}-{month:02d}"
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if s in WEEKDAYS and base_d is not None:
        delta = (base_d.weekday() - WEEKDAYS.index(s)) % 7
        return (base_d - dt.timedelta(days=delta)).isoformat()
    return _parse(span, base_d.isoformat() if base_d else None)


def _to_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


@lru_cache(maxsize=4096)
def _parse(span: str, base: str | None) -> str | None:
    import dateparser  # slow to import; only when needed

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "REQUIRE_PARTS": ["month"] if not re.search(r"\d{4}", span) else []}
    if base:
        b = _to_date(base)
        if b:
            settings["RELATIVE_BASE"] = dt.datetime(b.year, b.month, b.day, 12)
    try:
        parsed = dateparser.parse(span, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if parsed is None:
        return None
    return parsed.date().isoformat()


def read_document_dates(path: str | Path) -> dict[str, str]:
    """Document dates from a CSV file with ``id`` and ``date`` columns (``ingest --dates``).

    Dates are read like metadata dates (``2024-01-09``, ``9 January 2024``); a bad row is an
    ``InputError`` naming the file and line.
    """
    import csv

    from kingmaker.errors import InputError

    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as err:
        raise InputError(where, f"cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise InputError(where, "not UTF-8 text; expected a CSV file with id,date columns") from None
    reader = csv.DictReader(text.splitlines())
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "id" not in fields or "date" not in fields:
        raise InputError(where, f"expected a header line with the columns id,date (found {','.join(fields) or 'none'})",
                         line=1)
    reader.fieldnames = fields
    dates: dict[str, str] = {}
    for row in reader:
        doc_id, value = (row.get("id") or "").strip(), (row.get("date") or "").strip()
        if not doc_id and not value:
            continue
        date = normalise_date(value)
        if not doc_id or date is None:
            raise InputError(where, f"expected a document id and a date (YYYY-MM-DD), got {doc_id!r}, {value!r}",
                             line=reader.line_num)
        dates[doc_id] = date
    return dates
