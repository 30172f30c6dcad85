"""Identifiers that stay the same across re-ingest: content hashes and item ids.

An item id is a hash of what the item says and where (document, evidence offsets, type, the
names of its endpoints), so ``kingmaker reject r3f9c...`` still names the same item after the
document is ingested again, re-extracted, or the store is rebuilt from scratch.

>>> from kingmaker.model import Document
>>> content_hash(Document("d1", "Text.")) == content_hash(Document("d1", "Text.", path="moved/d1.txt"))
True
>>> item_id("r", "d1", 0, 20, "backs", "Iran", "Free Homeland Movement")
'r8ff6d489a531'
"""
from __future__ import annotations

import hashlib

from kingmaker.knowledge import norm
from kingmaker.model import Document

__all__ = ["ITEM_PREFIXES", "content_hash", "item_id"]

# first letter of an item id -> the table holding it
ITEM_PREFIXES = {"r": "relations", "e": "events", "f": "facts"}


def content_hash(doc: Document) -> str:
    """What makes a document "the same": its text and metadata, not where the file lies."""
    h = hashlib.sha256()
    for part in (doc.text, doc.title or "", doc.date or "", doc.url or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def item_id(prefix: str, document: str, start: int, end: int, type_: str, *parts: object) -> str:
    """``prefix`` + 12 hex digits over the document, offsets, type and endpoint names."""
    key = "\x1f".join([document, str(start), str(end), type_,
                       *(norm(p) if isinstance(p, str) else str(p) for p in parts)])
    return prefix + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]
