"""The parametrisation shared by the wording batteries (tests/test_nlp_*_wordings*.py): one test id per case
("<prefix>000", ...), a strict xfail with its cause for each case text named in the battery's XFAIL table."""
from __future__ import annotations

import pytest


def battery_params(cases: list[tuple], xfail: dict[str, str], prefix: str) -> list:
    """``pytest.param(i)`` for each case (its text first), strict xfail where ``xfail`` names the text."""
    return [pytest.param(i, id=f"{prefix}{i:03d}", marks=pytest.mark.xfail(strict=True, reason=xfail[case[0]]))
            if case[0] in xfail else pytest.param(i, id=f"{prefix}{i:03d}") for i, case in enumerate(cases)]
