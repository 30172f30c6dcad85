"""FollowTheMoney export: entities as JSON lines (``pip install 'kingmaker[ftm]'``).

* actors: ``Person``, ``Organization``, countries as ``PublicBody`` (classification
  ``country``); facts (seats, troops) become ``notes`` on the actor;
* documents: ``Article`` (title, publishedAt, sourceUrl, bodyText when the store has it);
* ``leader_of`` -> ``Directorship``; ``member_of`` -> ``Membership`` (when the target is an
  organisation or country); other ties -> ``UnknownLink`` with the type as ``role``;
* events: ``Event`` (name, date, ``organizer`` = source, ``involved`` = both ends).

Every tie and event has ``summary`` = its evidence sentence and ``proof`` = its Article.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["ftm_entities", "write_ftm"]

_PREFIX = "kingmaker"


def _model():
    from kingmaker.export import ExportError

    try:
        from followthemoney import model
    except ImportError:
        raise ExportError("FollowTheMoney export needs the optional package: "
                          "pip install 'kingmaker[ftm]' (or pip install followthemoney)") from None
    return model


def ftm_entities(source: Any) -> list[dict[str, Any]]:
    """The store as FollowTheMoney entity dicts (``{"id", "schema", "properties"}``)."""
    from kingmaker.export import as_snapshot, tables

    model = _model()
    snap = as_snapshot(source)
    texts = {d.id: d.text for d in snap.extraction.documents}
    rows = tables(snap)
    out = []

    def eid(kind: str, ident: str) -> str:
        return f"{_PREFIX}-{kind}-{ident}"

    def make(schema: str, ident: str, **props: Any):
        proxy = model.make_entity(schema)
        proxy.id = ident
        for prop, value in props.items():
            if value is None or value == [] or value == "":
                continue
            proxy.add(prop, value)
        return proxy

    for d in rows["documents"]:
        out.append(make("Article", eid("doc", d["id"]), title=d["title"] or d["id"], publishedAt=d["date"],
                        sourceUrl=d["url"], fileName=d["path"], bodyText=texts.get(d["id"]) or None))
    kinds = {}
    facts: dict[str, list[str]] = {}
    for f in rows["facts"]:
        facts.setdefault(f["actor"], []).append(f"{f['key']}: {f['value']} ({f['document']}: {f['evidence']})")
    for a in rows["actors"]:
        kinds[a["id"]] = a["kind"]
        schema = {"person": "Person", "country": "PublicBody"}.get(a["kind"], "Organization")
        out.append(make(schema, eid("actor", a["id"]), name=a["name"], alias=a["aliases"],
                        classification="country" if a["kind"] == "country" else a["subkind"],
                        notes=facts.get(a["id"])))
    for r in rows["relations"]:
        src, tgt = eid("actor", r["source"]), eid("actor", r["target"])
        common = {"summary": r["evidence"], "proof": eid("doc", r["document"]), "date": r["date"]}
        target_org = kinds.get(r["target"]) in ("organization", "country")
        if r["type"] == "leader_of" and target_org:
            ent = make("Directorship", eid("rel", r["id"]), director=src, organization=tgt, role="leader", **common)
        elif r["type"] == "member_of" and target_org:
            ent = make("Membership", eid("rel", r["id"]), member=src, organization=tgt, role="member", **common)
        else:
            ent = make("UnknownLink", eid("rel", r["id"]), subject=src, object=tgt, role=r["type"], **common)
        out.append(ent)
    for e in rows["events"]:
        ends = [eid("actor", x) for x in (e["source"], e["target"]) if x is not None]
        name = " ".join(x for x in (e["source_name"] or "?", ("not " if e["negated"] else "") + e["type"],
                                    e["target_name"] or "?"))
        out.append(make("Event", eid("event", e["id"]), name=name, date=e["date"], summary=e["evidence"],
                        organizer=eid("actor", e["source"]) if e["source"] else None, involved=ends,
                        keywords=e["type"], proof=eid("doc", e["document"])))
    return [p.to_dict() for p in out]


def write_ftm(source: Any, path: str | Path) -> None:
    from kingmaker.export import _open_text

    entities = ftm_entities(source)
    with _open_text(path) as fh:
        for entity in entities:
            fh.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
