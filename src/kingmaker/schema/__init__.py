"""The JSON Schema of the extraction contract (``kingmaker_format: 1``) and a validator.

``validate_extraction(data)`` checks the shape with the schema (draft 2020-12) and then what a
schema cannot say: every actor id an item points at exists, every item's document exists and
``0 <= start <= end``.

>>> empty = {"kingmaker_format": 1, "documents": [], "actors": [], "relations": [], "events": [],
...          "facts": []}
>>> validate_extraction(empty)
>>> try:
...     validate_extraction({**empty, "kingmaker_format": 2})
... except jsonschema.ValidationError as err:
...     print(err.message)
1 was expected
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from kingmaker.knowledge.types import type_table

__all__ = ["SCHEMA_FILE", "load_schema", "validate_extraction"]

SCHEMA_FILE = Path(__file__).with_name("extraction.schema.json")


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return SCHEMA_FILE.read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """The extraction schema as a fresh dict (callers may modify it).

    The relation and event type enums come from the type table (``knowledge/data/types.yaml``),
    so the contract follows the one definition; the shipped file mirrors them (a test checks).
    """
    schema = json.loads(_schema_text())
    table = type_table()
    schema["$defs"]["relation"]["properties"]["type"]["enum"] = list(table.relation_types)
    schema["$defs"]["event"]["properties"]["type"]["enum"] = list(table.event_types)
    return schema


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate_extraction(data: Any) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` breaks the extraction contract."""
    validator = _validator()
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        raise error
    _check_references(data)


def _fail(message: str, path: list[Any]) -> None:
    raise jsonschema.ValidationError(message, path=path)


def _check_references(data: dict[str, Any]) -> None:
    doc_ids = [d["id"] for d in data["documents"]]
    actor_ids = [a["id"] for a in data["actors"]]
    for name, ids in (("documents", doc_ids), ("actors", actor_ids)):
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                _fail(f"duplicate id {item_id!r} in {name}", [name, i, "id"])
            seen.add(item_id)
    docs, actors = set(doc_ids), set(actor_ids)
    for i, actor in enumerate(data["actors"]):
        for j, doc in enumerate(actor["documents"]):
            if doc not in docs:
                _fail(f"actor {actor['id']!r} names unknown document {doc!r}", ["actors", i, "documents", j])
    endpoints = {"relations": ("source", "target"), "events": ("source", "target"), "facts": ("actor",)}
    for section, keys in endpoints.items():
        for i, item in enumerate(data[section]):
            for key in keys:
                ref = item.get(key)
                if ref is not None and ref not in actors:
                    _fail(f"{section}[{i}].{key} is {ref!r}, not an actor id", [section, i, key])
            if item["document"] not in docs:
                _fail(f"{section}[{i}].document is {item['document']!r}, not a document id",
                      [section, i, "document"])
            start, end = item.get("start"), item.get("end")
            if start is not None and end is not None and not 0 <= start <= end:
                _fail(f"{section}[{i}]: offsets must satisfy 0 <= start <= end (got {start}, {end})",
                      [section, i, "start"])
