"""The one type table (knowledge/data/types.yaml): its loader, its checks, and who reads it."""
from __future__ import annotations

import doctest
import json

import pytest

import kingmaker.knowledge.types as types_mod
from kingmaker import model
from kingmaker.analysis.influence import CONTROL_STEPS
from kingmaker.analysis.timeline import QUAD_CLASSES, QUAD_OF
from kingmaker.errors import KnowledgeError
from kingmaker.knowledge.types import check_relation_refs, load_type_table, type_table
from kingmaker.schema import SCHEMA_FILE, load_schema


def test_doctests():
    result = doctest.testmod(types_mod)
    assert result.failed == 0 and result.attempted > 0


def test_every_reader_uses_the_table():
    table = type_table()
    assert model.RELATION_TYPES == table.relation_types
    assert model.EVENT_TYPES == table.event_types and len(model.EVENT_TYPES) == 16
    assert model.SYMMETRIC_RELATIONS == {t for t, s in table.relations.items() if not s["directed"]}
    assert QUAD_CLASSES == table.quad_classes and set(QUAD_OF) == set(table.event_types)
    assert set(CONTROL_STEPS) == {t for t, s in table.relations.items() if s.get("control")}
    schema = load_schema()
    assert schema["$defs"]["relation"]["properties"]["type"]["enum"] == list(table.relation_types)
    assert schema["$defs"]["event"]["properties"]["type"]["enum"] == list(table.event_types)


def test_shipped_schema_file_mirrors_the_table():
    # the JSON file is read by people and other tools: it must say what the table says
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped["$defs"]["relation"]["properties"]["type"]["enum"] == list(type_table().relation_types)
    assert shipped["$defs"]["event"]["properties"]["type"]["enum"] == list(type_table().event_types)


def test_typo_in_a_cue_file_names_file_and_line(tmp_path):
    cues = tmp_path / "relations.yaml"
    cues.write_text("hyphen_modifiers:\n  backed: backs\n  sponsored: bakcs\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        check_relation_refs(cues)
    assert err.value.line == 3 and "bakcs" in str(err.value) and str(cues) in str(err.value)


def test_reverse_and_structured_sections(tmp_path):
    cues = tmp_path / "relations.yaml"
    cues.write_text("of_phrases:\n  proxy: backs_reverse\n"
                    "role_patterns:\n  - words: [chief]\n    type: leader_of\n"
                    "  - words: [envoy]\n    type: membr_of\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        check_relation_refs(cues)
    assert err.value.line == 7 and "membr_of" in str(err.value)
    cues.write_text("of_phrases:\n  proxy: backs_reverse\nrole_patterns:\n  - {words: [chief], type: leader_of}\n",
                    encoding="utf-8")
    check_relation_refs(cues)  # no error


def test_a_types_section_in_a_cue_file_is_refused(tmp_path):
    cues = tmp_path / "relations.yaml"
    cues.write_text("types:\n  leader_of: {directed: true}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="type table"):
        check_relation_refs(cues)


@pytest.mark.parametrize("bad,needle,line", [
    ("relations:\n  leads:\n    directed: maybe\n    domain: [person]\n    range: [country]\n    colour: '#112233'\n",
     "directed", 2),
    ("relations:\n  leads:\n    directed: true\n    domain: [persons]\n    range: [country]\n    colour: '#112233'\n",
     "domain", 2),
    ("relations:\n  leads: {directed: true, domain: [person], range: [country], colour: red}\n", "colour", 2),
])
def test_bad_type_table_names_the_line(tmp_path, bad, needle, line):
    path = tmp_path / "types.yaml"
    path.write_text(bad + "event_classes:\n  calm: {weight: -1, colour: '#00ff00'}\nevents:\n  MEET: {quad: calm}\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_type_table(path)
    assert needle in str(err.value) and err.value.line == line


def test_event_with_unknown_quad_class(tmp_path):
    path = tmp_path / "types.yaml"
    path.write_text("relations:\n  leads: {directed: true, domain: [person], range: [country], colour: '#112233'}\n"
                    "event_classes:\n  calm: {weight: -1, colour: '#00ff00'}\n"
                    "events:\n  MEET: {quad: calm}\n  HIT: {quad: stormy}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_type_table(path)
    assert err.value.line == 7 and "HIT" in str(err.value)


def test_web_colours_come_from_the_table():
    from starlette.testclient import TestClient

    from kingmaker.model import Extraction
    from kingmaker.web.app import create_app

    client = TestClient(create_app(Extraction()), base_url="http://127.0.0.1")
    css = client.get("/static/types.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    for t, spec in type_table().relations.items():
        assert f"--{t}: {spec['colour']};" in css.text
    assert "/static/types.css" in client.get("/map").text
