"""Run the Examples sections of the graph and analysis modules as doctests."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "kingmaker.graph",
    "kingmaker.lookup",
    "kingmaker.control",
    "kingmaker.analysis.coalition",
    "kingmaker.analysis.influence",
    "kingmaker.analysis.brokers",
    "kingmaker.analysis.timeline",
    "kingmaker.analysis.changes",
    "kingmaker.export.gexf",
    "kingmaker.web.explore",
    "kingmaker.web.params",
]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no doctest examples"
    assert result.failed == 0, f"{result.failed} doctest example(s) failed in {name}"
