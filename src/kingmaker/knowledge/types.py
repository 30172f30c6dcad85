"""The one type table: relation and event types, read from ``knowledge/data/types.yaml``.

Everything that needs to know which ties and events exist (the model, the JSON Schema, the
analyses, the web app, the knowledge loaders) asks this module, so a type is defined once.

>>> table = type_table()
>>> table.relation_types[:3], table.symmetric_relations
(('leader_of', 'member_of', 'part_of'), frozenset({'allied_with'}))
>>> table.quad_of["ASSAULT"], table.control_steps["part_of"], list(table.control_steps)[0]
('material_conflict', (False, 'contains'), 'backs')
>>> table.check_relation_ref("backs_reverse", path="x.yaml")
('backs', True)
>>> try:
...     table.check_relation_ref("bakcs", path="x.yaml", line=7)
... except KnowledgeError as err:
...     print(err)
x.yaml:7: unknown relation type 'bakcs' (known: leader_of, member_of, part_of, backs, allied_with, opposes; add '_reverse' to swap the ends)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kingmaker.errors import KnowledgeError
from kingmaker.knowledge.lexicons import SAFE_LOADER

__all__ = ["TYPES_FILE", "TypeTable", "type_table", "load_type_table", "check_relation_refs",
           "check_relation_node"]

TYPES_FILE = Path(__file__).resolve().parent / "data" / "types.yaml"
ACTOR_KINDS = ("person", "organization", "country")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_REL_KEYS = {"label", "directed", "domain", "range", "control", "control_verb", "control_rank", "colour"}


@dataclass(frozen=True)
class TypeTable:
    relations: dict[str, dict[str, Any]]
    event_classes: dict[str, dict[str, Any]]
    events: dict[str, dict[str, Any]]

    @property
    def relation_types(self) -> tuple[str, ...]:
        return tuple(self.relations)

    @property
    def symmetric_relations(self) -> frozenset[str]:
        return frozenset(t for t, spec in self.relations.items() if not spec["directed"])

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.events)

    @property
    def quad_classes(self) -> tuple[str, ...]:
        return tuple(self.event_classes)

    @property
    def quad_of(self) -> dict[str, str]:
        return {t: spec["quad"] for t, spec in self.events.items()}

    @property
    def control_steps(self) -> dict[str, tuple[bool, str]]:
        """relation type -> (True when control runs source -> target, the step's verb), by rank."""
        steps = sorted((t for t, spec in self.relations.items() if spec.get("control")),
                       key=lambda t: self.relations[t].get("control_rank", 99))
        return {t: (self.relations[t]["control"] == "forward", self.relations[t]["control_verb"]) for t in steps}

    def colours(self) -> dict[str, str]:
        """CSS colour per relation type, quad class and event type."""
        out = {t: s["colour"] for t, s in self.relations.items()}
        out.update({c: s["colour"] for c, s in self.event_classes.items()})
        out.update({t: s.get("colour") or self.event_classes[s["quad"]]["colour"] for t, s in self.events.items()})
        return out

    def check_relation_ref(self, value: Any, *, path: str, line: int | None = None) -> tuple[str, bool]:
        """A relation type named in a knowledge file (``TYPE`` or ``TYPE_reverse``) -> (type, reversed)."""
        if isinstance(value, str):
            base, rev = (value[: -len("_reverse")], True) if value.endswith("_reverse") else (value, False)
            if base in self.relations:
                return base, rev
        raise KnowledgeError(path, f"unknown relation type {value!r} (known: {', '.join(self.relations)}; "
                                   "add '_reverse' to swap the ends)", line=line)


def _kinds(value: Any, where: str, path: str, line: int | None) -> list[str]:
    kinds = [value] if isinstance(value, str) else value
    if not isinstance(kinds, list) or not kinds or any(k not in ACTOR_KINDS for k in kinds):
        raise KnowledgeError(path, f"{where} must list actor kinds ({', '.join(ACTOR_KINDS)})", line=line)
    return list(kinds)


def load_type_table(path: str | Path = TYPES_FILE) -> TypeTable:
    """Read and validate a type table; errors name the file and line."""
    path = Path(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        raise KnowledgeError.invalid_yaml(str(path), err) from None
    except OSError as err:
        raise KnowledgeError(str(path), f"cannot read: {err.strerror or err}") from None
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    lines = _key_lines(root)
    p = str(path)
    if not isinstance(data, dict):
        raise KnowledgeError(p, "a type table is a mapping with relations, event_classes and events")
    for section in ("relations", "event_classes", "events"):
        if not isinstance(data.get(section), dict) or not data[section]:
            raise KnowledgeError(p, f"missing or empty section {section!r}")

    relations: dict[str, dict[str, Any]] = {}
    for t, spec in data["relations"].items():
        line = lines.get(("relations", t))
        if not isinstance(spec, dict):
            raise KnowledgeError(p, f"relations.{t} must be a mapping", line=line)
        unknown = set(spec) - _REL_KEYS
        if unknown:
            raise KnowledgeError(p, f"relations.{t}: unknown key(s) {sorted(unknown)} (allowed: {sorted(_REL_KEYS)})",
                                 line=line)
        if not isinstance(spec.get("directed"), bool):
            raise KnowledgeError(p, f"relations.{t}.directed must be true or false", line=line)
        if spec.get("control") not in (None, "forward", "backward"):
            raise KnowledgeError(p, f"relations.{t}.control must be forward or backward", line=line)
        if spec.get("control") and not spec.get("control_verb"):
            raise KnowledgeError(p, f"relations.{t}: control needs a control_verb", line=line)
        if not _COLOUR.match(str(spec.get("colour", ""))):
            raise KnowledgeError(p, f"relations.{t}.colour must be #rrggbb", line=line)
        relations[t] = {**spec, "label": spec.get("label") or t.replace("_", " "),
                        "domain": _kinds(spec.get("domain"), f"relations.{t}.domain", p, line),
                        "range": _kinds(spec.get("range"), f"relations.{t}.range", p, line)}

    classes: dict[str, dict[str, Any]] = {}
    for c, spec in data["event_classes"].items():
        line = lines.get(("event_classes", c))
        if not isinstance(spec, dict) or not isinstance(spec.get("weight"), int) \
                or not _COLOUR.match(str(spec.get("colour", ""))):
            raise KnowledgeError(p, f"event_classes.{c} needs an integer weight and a #rrggbb colour", line=line)
        classes[c] = {**spec, "label": spec.get("label") or c.replace("_", " ")}

    events: dict[str, dict[str, Any]] = {}
    for t, spec in data["events"].items():
        line = lines.get(("events", t))
        if not isinstance(spec, dict) or spec.get("quad") not in classes:
            raise KnowledgeError(p, f"events.{t}.quad must be one of {', '.join(classes)}", line=line)
        if spec.get("colour") is not None and not _COLOUR.match(str(spec["colour"])):
            raise KnowledgeError(p, f"events.{t}.colour must be #rrggbb", line=line)
        events[t] = dict(spec)
    return TypeTable(relations, classes, events)


def _key_lines(root: yaml.Node | None) -> dict[tuple[str, str], int]:
    """(section, key) -> 1-based line of the key, for error messages."""
    out: dict[tuple[str, str], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return out
    for sk, sv in root.value:
        if isinstance(sv, yaml.MappingNode):
            for k, _ in sv.value:
                out[(sk.value, k.value)] = k.start_mark.line + 1
    return out


@lru_cache(maxsize=1)
def type_table() -> TypeTable:
    """The built-in type table (loaded once)."""
    return load_type_table(TYPES_FILE)


def check_relation_refs(path: str | Path, *, table: TypeTable | None = None) -> None:
    """Check every relation type a cue file names, with its line.

    In a relation cue file each top-level section maps cue words to a relation type (``TYPE`` or
    ``TYPE_reverse``), or holds mappings/lists whose entries do under a ``type`` key. A section
    named ``types`` is not allowed any more: types live in the type table.
    """
    path = Path(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, OSError):
        return  # the ordinary loader reports unreadable files
    check_relation_node(root, str(path), table=table)


def check_relation_node(root: yaml.Node | None, p: str, *, table: TypeTable | None = None) -> None:
    """:func:`check_relation_refs` on a composed YAML mapping (a cue file, or the ``relations``
    section of a user lexicon); errors name ``p`` and the line."""
    table = table or type_table()
    if not isinstance(root, yaml.MappingNode):
        return
    for sk, node in root.value:
        if sk.value == "types":
            raise KnowledgeError(p, "relation types are defined in the type table (knowledge/data/types.yaml), "
                                    "not in a cue file", line=sk.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode) and all(isinstance(v, yaml.ScalarNode) for _, v in node.value):
            for _, v in node.value:  # cue -> type
                table.check_relation_ref(v.value, path=p, line=v.start_mark.line + 1)
        else:
            _walk_typed(node, p, table)


def _walk_typed(node: yaml.Node, p: str, table: TypeTable) -> None:
    """Inside structured sections only values under a ``type`` key name relation types."""
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == "type" and isinstance(v, yaml.ScalarNode):
                table.check_relation_ref(v.value, path=p, line=v.start_mark.line + 1)
            else:
                _walk_typed(v, p, table)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk_typed(item, p, table)
