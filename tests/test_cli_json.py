"""The CLI's JSON writer: streamed, a list one item a line, the same data as ``json.dumps``."""
from __future__ import annotations

import json

import pytest

from kingmaker.commands import json_chunks as _json_lines


@pytest.mark.parametrize("data", [
    [], {}, None, "Kelvar", 3,
    [{"id": "r1", "source_name": "Varo Dennik", "evidence": "Varo Dennik, the “leader”, said…"}, {"id": "r2"}],
    {"actor": {"id": "a1", "aliases": ["Dennik"]}, "relations": [{"id": "r1"}, {"id": "r2"}], "events": [],
     "n": 2, "notes": None},
])
def test_the_json_writer_gives_the_same_data(data):
    text = "".join(_json_lines(data))
    assert json.loads(text) == data


def test_a_big_list_is_one_item_a_line():
    rows = [{"id": f"r{i}", "name": "Ilsa Morrow", "n": i} for i in range(1000)]
    lines = "".join(_json_lines({"relations": rows, "total": 1000})).splitlines()
    assert lines[0] == "{" and lines[-1] == "}" and len(lines) == 1000 + 5
    assert json.loads(lines[2].rstrip(",")) == rows[0]
