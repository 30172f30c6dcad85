"""Query-string parameters as the pages and the API read them (a bad value is a 400 naming it)."""
from __future__ import annotations

import datetime as _dt

from starlette.exceptions import HTTPException

from kingmaker.graph import last_day_of, parse_date
from kingmaker.store.base import PROFILE_DOCUMENTS
from kingmaker.web.security import shown

__all__ = ["cutoff_date", "cutoff_start", "split_param", "int_param", "float_param", "truthy", "page",
           "DEFAULT_PAGE", "MAX_PAGE", "PROFILE_DOCUMENTS"]

DEFAULT_PAGE = 500  # rows per page of a list when the request names no ``limit``
MAX_PAGE = 5000


def cutoff_date(as_of: str | None) -> _dt.date | None:
    """The last day kept for ``as_of`` (``YYYY-MM`` -> end of month, ``YYYY`` -> end of year), by the
    CLI's own rule (:func:`kingmaker.graph.last_day_of`); not a date: 400.

    >>> cutoff_date("2010-02"), cutoff_date(None)
    (datetime.date(2010, 2, 28), None)
    """
    if as_of and parse_date(as_of) is None:
        raise HTTPException(400, f"as_of: not a date: {shown(as_of)} (use YYYY-MM-DD)")
    return last_day_of(as_of)


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


def page(query, items: list, key: str) -> dict:
    """One page of ``items`` as ``{key: [...], "total": n, "next": cursor or None}``.

    ``limit`` (default ``DEFAULT_PAGE``, at most ``MAX_PAGE``) and ``cursor`` (the ``next`` of the
    previous page; ``offset`` is read the same way) choose the page; ``next`` is null on the last one.
    """
    limit = int_param(query.get("limit"), "limit", DEFAULT_PAGE)
    limit = max(1, min(limit if limit is not None else DEFAULT_PAGE, MAX_PAGE))
    start = int_param(query.get("cursor") or query.get("offset"), "cursor", 0) or 0
    if start < 0:
        raise HTTPException(400, "cursor: give the next value of the previous page")
    end = start + limit
    return {key: items[start:end], "total": len(items), "next": str(end) if end < len(items) else None}
