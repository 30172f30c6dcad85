"""Query-string parameters as the pages and the API read them (a bad value is a 400 naming it)."""
from __future__ import annotations

import datetime as _dt

from starlette.exceptions import HTTPException

from kingmaker.graph import parse_date
from kingmaker.web.security import shown

__all__ = ["cutoff_date", "cutoff_start", "split_param", "int_param", "float_param", "truthy"]


def cutoff_date(as_of: str | None) -> _dt.date | None:
    """The last day kept for ``as_of`` (``YYYY-MM`` -> end of month, ``YYYY`` -> end of year).

    >>> cutoff_date("2010-02"), cutoff_date(None)
    (datetime.date(2010, 2, 28), None)
    """
    if not as_of:
        return None
    parsed = parse_date(as_of)
    if parsed is None:
        raise HTTPException(400, f"as_of: not a date: {shown(as_of)} (use YYYY-MM-DD)")
    day, precision = parsed
    if precision == "month":
        return _dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - _dt.timedelta(days=1)
    if precision == "year":
        return _dt.date(day.year, 12, 31)
    return day


def cutoff_start(value: str | None) -> _dt.date | None:
    """The first day of ``since`` (``YYYY-MM`` -> its first day)."""
    if not value:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise HTTPException(400, f"since: not a date: {shown(value)} (use YYYY-MM-DD)")
    return parsed[0]


def split_param(value: str | None) -> set[str] | None:
    """``"a,b"`` -> ``{"a", "b"}``; ``None`` (not given) stays ``None``."""
    if value is None:
        return None
    return {p.strip() for p in value.split(",") if p.strip()}


def int_param(value: str | None, name: str, default: int | None = None) -> int | None:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not a whole number: {shown(value)}") from None


def float_param(value: str | None, name: str, default: float) -> float:
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except ValueError:
        raise HTTPException(400, f"{name}: not a number: {shown(value)}") from None
    if number != number:  # NaN
        raise HTTPException(400, f"{name}: not a number: {shown(value)}")
    return number


def truthy(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.lower() not in ("0", "false", "no", "off", "")
