"""The dataclasses every layer shares.

``Extraction.to_dict()`` is the one producer of the JSON contract
(``kingmaker_format: 1``, see README "Extraction format"); ``Extraction.from_dict`` reads it back.

Two levels exist:

* ``DocExtraction`` holds what one document yields on its own: document-local actors
  (ids ``L1``, ``L2``...) and the items that point at them.
* ``Extraction`` holds a resolved corpus: global actors (ids ``a1``...) spanning documents.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kingmaker.knowledge.types import type_table

FORMAT_VERSION = 1

ACTOR_KINDS = ("person", "organization", "country")
# Relation and event types come from the one type table (knowledge/data/types.yaml).
RELATION_TYPES = type_table().relation_types
SYMMETRIC_RELATIONS = type_table().symmetric_relations
EVENT_TYPES = type_table().event_types
FACT_KEYS = ("seats", "troops")


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date (YYYY-MM-DD) when known
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id, "path": self.path, "title": self.title, "date": self.date}
        if self.url:
            d["url"] = self.url
        return d


@dataclass(frozen=True)
class Evidence:
    """The sentence (or clause) that supports an item, with character offsets into the document."""

    document: str
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """One surface mention of an actor in one document."""

    start: int
    end: int
    text: str
    actor: str  # actor id (local or global, depending on the container)


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    subkind: str | None = None
    aliases: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    mentions: int = 0

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "subkind": self.subkind,
            "aliases": list(self.aliases), "documents": list(self.documents),
            "mentions": self.mentions,
        }


@dataclass
class Relation:
    source: str
    type: str
    target: str
    evidence: Evidence
    confidence: float = 0.5

    def key(self) -> tuple:
        s, t = self.source, self.target
        if self.type in SYMMETRIC_RELATIONS and t < s:
            s, t = t, s
        return (s, self.type, t, self.evidence.document)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "type": self.type, "target": self.target,
            "document": self.evidence.document, "evidence": self.evidence.text,
            "start": self.evidence.start, "end": self.evidence.end,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Event:
    source: str | None
    type: str
    target: str | None
    evidence: Evidence
    date: str | None = None
    negated: bool = False
    confidence: float = 0.5
    trigger: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "type": self.type, "target": self.target,
            "document": self.evidence.document, "date": self.date, "negated": self.negated,
            "evidence": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end,
            "confidence": round(self.confidence, 3), "trigger": self.trigger,
        }


@dataclass
class Fact:
    actor: str
    key: str
    value: int
    evidence: Evidence
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor, "key": self.key, "value": self.value,
            "document": self.evidence.document, "evidence": self.evidence.text,
            "start": self.evidence.start, "end": self.evidence.end,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class DocExtraction:
    """What one document yields on its own; actor ids are local to the document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Extraction:
    """A resolved corpus: global actors and the items between them."""

    documents: list[Document] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # (document id, local actor id) -> global actor id, set by actor resolution
    local_map: dict[tuple[str, str], str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kingmaker_format": FORMAT_VERSION,
            "documents": [d.to_dict() for d in self.documents],
            "actors": [a.to_dict() for a in self.actors],
            "relations": [r.to_dict() for r in self.relations],
            "events": [e.to_dict() for e in self.events],
            "facts": [f.to_dict() for f in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Read the JSON contract back (texts of documents are not part of it)."""

        def ev(item: dict[str, Any]) -> Evidence:
            return Evidence(item["document"], item.get("start", 0), item.get("end", 0), item.get("evidence", ""))

        return cls(
            documents=[Document(id=d["id"], text="", path=d.get("path"), title=d.get("title"),
                                date=d.get("date"), url=d.get("url")) for d in data.get("documents", [])],
            actors=[Actor(id=a["id"], name=a["name"], kind=a["kind"], subkind=a.get("subkind"),
                          aliases=list(a.get("aliases") or []), documents=list(a.get("documents") or []),
                          mentions=a.get("mentions", 0)) for a in data.get("actors", [])],
            relations=[Relation(r["source"], r["type"], r["target"], ev(r), r.get("confidence", 0.5))
                       for r in data.get("relations", [])],
            events=[Event(e.get("source"), e["type"], e.get("target"), ev(e), e.get("date"),
                          bool(e.get("negated")), e.get("confidence", 0.5), e.get("trigger"))
                    for e in data.get("events", [])],
            facts=[Fact(f["actor"], f["key"], f["value"], ev(f), f.get("confidence", 0.5))
                   for f in data.get("facts", [])],
        )
