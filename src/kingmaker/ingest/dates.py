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

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_FULL_DATE = re.compile(
    rf"\b(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d)\b",
    re.I,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                             "nov", "dec"))}
_MONTH_DAY = re.compile(r"(?:on |in |since |by )?(?P<m>(?:%s)[a-z]*)\.?(?: (?P<d>\d{1,2})(?:st|nd|rd|th)?)?" % "|".join(_MONTHS))

_DURATION = re.compile(r"(?:in |for |over |within |about |nearly |almost |more than |less than )?(?:the )?"
                       r"(?:past |next |coming |previous |first |last )?(?:\w+[ -])?(?:\w+ )?"
                       r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?: long)?")

__all__ = ["normalise_date", "find_document_date", "resolve_date"]


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
    """The first full date (with a year) stated near the top of the text, as ISO."""
    m = _FULL_DATE.search(text[:window])
    if not m:
        return None
    return _parse(m.group(0), None)


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
