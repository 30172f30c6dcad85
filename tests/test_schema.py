"""The extraction schema: valid documents pass, each broken rule is caught with a useful message."""
from __future__ import annotations

import copy
import doctest

import jsonschema
import pytest

import kingmaker.schema
from kingmaker.model import (
    ACTOR_KINDS,
    EVENT_TYPES,
    FACT_KEYS,
    RELATION_TYPES,
    Actor,
    Document,
    Event,
    Evidence,
    Extraction,
    Fact,
    Relation,
)
from kingmaker.schema import load_schema, validate_extraction

TEXT = "Hassan Darwish, the head of the Free Homeland Movement, met Iranian envoys. Iran backs it."


def sample() -> dict:
    """A small valid extraction built through the model, the contract's one producer."""
    ev1 = Evidence("d1", 0, 74, TEXT[0:74])
    ev2 = Evidence("d1", 75, 89, TEXT[75:89])
    ex = Extraction(
        documents=[Document(id="d1", text=TEXT, path="in/d1.txt", title="Darwish meets envoys", date="2024-03-04"),
                   Document(id="d2", text="x", path=None, title=None, date=None)],
        actors=[Actor("a1", "Hassan Darwish", "person", None, ["Darwish"], ["d1"]),
                Actor("a2", "Free Homeland Movement", "organization", "party", [], ["d1"]),
                Actor("a3", "Iran", "country", "state", ["Tehran", "Iranian"], ["d1", "d2"])],
        relations=[Relation("a1", "leader_of", "a2", ev1, 0.8), Relation("a3", "backs", "a2", ev2, 0.7)],
        events=[Event("a1", "CONSULT", "a3", ev1, date="2024-03-04", confidence=0.6),
                Event(None, "ASSAULT", None, ev2, negated=True)],
        facts=[Fact("a2", "seats", 27, ev2)],
    )
    return ex.to_dict()


def broken(mutate) -> dict:
    data = copy.deepcopy(sample())
    mutate(data)
    return data


def test_schema_is_valid_draft_2020_12():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_load_schema_returns_a_fresh_copy():
    load_schema()["properties"].clear()
    assert "documents" in load_schema()["properties"]


def test_schema_enums_match_the_model():
    defs = load_schema()["$defs"]
    assert tuple(defs["actor"]["properties"]["kind"]["enum"]) == ACTOR_KINDS
    assert tuple(defs["relation"]["properties"]["type"]["enum"]) == RELATION_TYPES
    assert tuple(defs["event"]["properties"]["type"]["enum"]) == EVENT_TYPES
    assert tuple(defs["fact"]["properties"]["key"]["enum"]) == FACT_KEYS
    assert len(EVENT_TYPES) == 16


def test_schema_file_ships_with_the_package():
    assert kingmaker.schema.SCHEMA_FILE.is_file()
    assert kingmaker.schema.SCHEMA_FILE.name == "extraction.schema.json"


def test_doctests():
    result = doctest.testmod(kingmaker.schema)
    assert result.attempted > 0 and result.failed == 0


def test_model_output_is_valid():
    validate_extraction(sample())


def test_empty_extraction_is_valid():
    validate_extraction(Extraction().to_dict())


def test_extra_keys_are_allowed():
    def add(d):
        d["generator"] = "test"
        d["documents"][0]["url"] = "https://example.org"
        d["actors"][0]["mentions"] = 4
        d["relations"][0]["note"] = "x"
        d["events"][0]["trigger"] = "met"
        d["facts"][0]["unit"] = "seats"
    validate_extraction(broken(add))


def test_facts_offsets_and_confidence_are_optional():
    def strip(d):
        for k in ("start", "end", "confidence"):
            del d["facts"][0][k]
    validate_extraction(broken(strip))


def test_model_round_trip_stays_valid():
    data = sample()
    again = Extraction.from_dict(data).to_dict()
    validate_extraction(again)
    assert again == data


def _set(path, value):
    def mutate(d):
        *head, last = path
        target = d
        for key in head:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return mutate


DELETE = object()

SHAPE_ERRORS = [
    (("kingmaker_format",), 2, "1 was expected"),
    (("kingmaker_format",), DELETE, "'kingmaker_format' is a required property"),
    (("events",), DELETE, "'events' is a required property"),
    (("documents", 0, "id"), "", "should be non-empty"),
    (("documents", 0, "date"), "March 4", "does not match"),
    (("documents", 0, "title"), DELETE, "'title' is a required property"),
    (("actors", 0, "kind"), "militia", "is not one of"),
    (("actors", 0, "aliases"), "Darwish", "is not of type 'array'"),
    (("actors", 0, "documents"), DELETE, "'documents' is a required property"),
    (("actors", 1, "subkind"), 3, "is not of type 'string', 'null'"),
    (("relations", 0, "type"), "leads", "is not one of"),
    (("relations", 0, "evidence"), "", "should be non-empty"),
    (("relations", 0, "start"), -1, "less than the minimum of 0"),
    (("relations", 0, "end"), 7.5, "is not of type 'integer'"),
    (("relations", 0, "confidence"), "high", "is not of type 'number'"),
    (("relations", 0, "confidence"), 1.5, "greater than the maximum of 1"),
    (("relations", 0, "document"), DELETE, "'document' is a required property"),
    (("events", 0, "type"), "MEET", "is not one of"),
    (("events", 0, "negated"), "no", "is not of type 'boolean'"),
    (("events", 0, "negated"), DELETE, "'negated' is a required property"),
    (("events", 0, "source"), 7, "is not valid under any of the given schemas"),
    (("events", 0, "date"), DELETE, "'date' is a required property"),
    (("facts", 0, "key"), "budget", "is not one of"),
    (("facts", 0, "value"), "27", "is not of type 'integer'"),
    (("facts", 0, "value"), 27.5, "is not of type 'integer'"),
    (("facts", 0, "evidence"), DELETE, "'evidence' is a required property"),
]


@pytest.mark.parametrize("path, value, message", SHAPE_ERRORS,
                         ids=[".".join(map(str, p)) + f"={v if v is not DELETE else 'deleted'}"
                              for p, v, _ in SHAPE_ERRORS])
def test_shape_errors(path, value, message):
    with pytest.raises(jsonschema.ValidationError, match=message) as info:
        validate_extraction(broken(_set(path, value)))
    assert list(info.value.absolute_path)[: len(path) - 1] == list(path[:-1])


REFERENCE_ERRORS = [
    (("relations", 0, "source"), "a99", "relations\\[0\\].source is 'a99', not an actor id"),
    (("relations", 1, "target"), "L1", "relations\\[1\\].target is 'L1', not an actor id"),
    (("events", 0, "target"), "a42", "events\\[0\\].target is 'a42', not an actor id"),
    (("facts", 0, "actor"), "a0", "facts\\[0\\].actor is 'a0', not an actor id"),
    (("relations", 0, "document"), "d9", "relations\\[0\\].document is 'd9', not a document id"),
    (("events", 1, "document"), "d9", "events\\[1\\].document is 'd9', not a document id"),
    (("facts", 0, "document"), "d9", "facts\\[0\\].document is 'd9', not a document id"),
    (("actors", 2, "documents", 1), "d9", "actor 'a3' names unknown document 'd9'"),
    (("relations", 0, "start"), 80, "0 <= start <= end"),
    (("events", 1, "end"), 10, "0 <= start <= end"),
    (("facts", 0, "start"), 100, "0 <= start <= end"),
    (("actors", 1, "id"), "a1", "duplicate id 'a1' in actors"),
    (("documents", 1, "id"), "d1", "duplicate id 'd1' in documents"),
]


@pytest.mark.parametrize("path, value, message", REFERENCE_ERRORS,
                         ids=[".".join(map(str, p)) for p, _, _ in REFERENCE_ERRORS])
def test_referential_integrity(path, value, message):
    with pytest.raises(jsonschema.ValidationError, match=message):
        validate_extraction(broken(_set(path, value)))


def test_null_event_endpoints_are_fine():
    validate_extraction(broken(_set(("events", 0, "source"), None)))


def test_not_an_object():
    with pytest.raises(jsonschema.ValidationError):
        validate_extraction([])
