"""Actor resolution across documents, with a user dictionary merged on top.

``link_documents(results)`` turns per-document extractions (local actor ids) into one corpus with
global actors ("a1", "a2", ... in order of first appearance) and sets ``local_map`` on the result:
``{(document_id, local_id): global_id}``.

>>> from kingmaker.model import Actor, DocExtraction, Document
>>> d1 = DocExtraction(Document("d1", ""), actors=[Actor("L1", "Omar al-Haddad", "person")])
>>> d2 = DocExtraction(Document("d2", ""), actors=[Actor("L1", "Haddad", "person")])
>>> ex = link_documents([d1, d2])
>>> [(a.id, a.name, a.documents) for a in ex.actors]
[('a1', 'Omar al-Haddad', ['d1', 'd2'])]
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kingmaker.knowledge import knowledge, load_dictionary, norm
from kingmaker.model import Actor, DocExtraction, Event, Extraction, Fact, Relation
from kingmaker.nlp.actors import pick_name
from kingmaker.nlp.names import (is_acronym, is_generic_org_name, is_institution, org_core, org_head,
                                 org_name_match, person_key, person_keys_match)

__all__ = ["link_documents", "GlobalActor"]


@dataclass
class GlobalActor:
    kind: str
    subkind: str | None = None
    names: Counter = field(default_factory=Counter)
    documents: list[str] = field(default_factory=list)
    mentions: int = 0
    pinned_name: str | None = None  # from the user dictionary
    keys: set[str] = field(default_factory=set)
    canonical: Counter = field(default_factory=Counter)  # the names documents gave it (not their aliases)

    @property
    def name(self) -> str:
        return self.pinned_name or pick_name(self.kind, self.canonical or self.names)


def _keys(kind: str, names: list[str]) -> set[str]:
    out = set()
    for n in names:
        if not n:
            continue
        out.add("n:" + norm(n))
        if kind == "person":
            pk = person_key(n)
            if pk:
                out.add("p:" + pk)
        elif kind == "organization":
            core = org_core(n)
            if core:
                out.add("o:" + core + "|" + (org_head(n) or ""))
    return out


class _Index:
    def __init__(self) -> None:
        self.actors: list[GlobalActor] = []
        self.by_key: dict[str, int] = {}

    def add(self, g: GlobalActor) -> int:
        self.actors.append(g)
        gi = len(self.actors) - 1
        for k in g.keys:
            self.by_key.setdefault(k, gi)
        return gi

    def extend(self, gi: int, keys: set[str]) -> None:
        g = self.actors[gi]
        g.keys |= keys
        for k in keys:
            self.by_key.setdefault(k, gi)


def _person_keys(keys: set[str]) -> tuple[set[str], set[str]]:
    """A person's full-name keys ("marek tolvan") and bare keys ("tolvan") among index keys."""
    pks = [k[2:] for k in keys if k.startswith("p:") and k[2:]]
    return {k for k in pks if " " in k}, {k for k in pks if " " not in k}


def _find_person(index: _Index, names: list[str]) -> int | None:
    """The one known person these names can be, or None.

    Full names decide: a known person fits when one of its full names matches one of ours and none
    conflicts (different given names are different people, whatever the surname). A bare surname
    joins a known person only when exactly one known full name fits it; two candidates keep it apart.
    """
    full, bare = _person_keys(_keys("person", names))
    people = [(gi, *_person_keys(g.keys)) for gi, g in enumerate(index.actors) if g.kind == "person"]
    if full:
        hits = {gi for gi, gfull, gbare in people if gfull
                and any(person_keys_match(pk, gk) for pk in full for gk in gfull)
                and all(person_keys_match(pk, gk) for pk in full for gk in gfull
                        if len(pk.split()) == len(gk.split()))}
        if not hits:  # a full name met before only as a bare surname: join that surname's actor
            hits = {gi for gi, gfull, gbare in people if not gfull
                    and any(person_keys_match(b, pk) for b in gbare for pk in full)}
        return hits.pop() if len(hits) == 1 else None
    hits = {gi for gi, gfull, gbare in people if gfull and any(person_keys_match(b, gk) for b in bare for gk in gfull)}
    if not hits:
        hits = {gi for gi, gfull, gbare in people if not gfull and bare & gbare}
    return hits.pop() if len(hits) == 1 else None


def _find(index: _Index, a: Actor, dictionary_only: bool = False) -> int | None:
    names = a.names()
    # exact names (dictionary entries win: they were added first); a person's bare surname is no
    # exact name: "Haddad" may be any of several people
    for n in names:
        gi = index.by_key.get("n:" + norm(n))
        if gi is None:
            continue
        g = index.actors[gi]
        if g.pinned_name or (g.kind == a.kind and (a.kind != "person" or len(person_key(n).split()) > 1)):
            return gi
    if dictionary_only:
        return None
    if a.kind == "person":
        return _find_person(index, names)
    if a.kind == "organization":
        # one known organisation must fit: an acronym or short name that fits two stays apart
        inst = any(map(is_institution, names))
        hits = []
        for gi, g in enumerate(index.actors):
            if g.kind != "organization":
                continue
            gnames = list(g.names) + ([g.pinned_name] if g.pinned_name else [])
            if any(map(is_institution, gnames)) != inst:
                continue  # "Lebanese Forces" is not the "Lebanon military"
            if any(org_name_match(n, gn) for n in names for gn in gnames):
                full, gfull = [n for n in names if not is_acronym(n)], [n for n in gnames if not is_acronym(n)]
                if full and gfull and not any(org_name_match(n, gn) for n in full for gn in gfull):
                    continue  # only initials shared ("PCB" of two different names): two organisations
                hits.append(gi)
        return hits[0] if len(hits) == 1 else None
    return None


def _main_state(r: DocExtraction) -> str | None:
    """The state a document is about: its most mentioned state, when no other is mentioned as often."""
    ranked = sorted((a.mentions for a in r.actors if a.kind == "country"), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return next(a.name for a in r.actors if a.kind == "country" and a.mentions == ranked[0])


def link_documents(results: list[DocExtraction], dictionary: str | Path | list[dict] | None = None) -> Extraction:
    entries = load_dictionary(dictionary)
    index = _Index()
    for e in entries:
        g = GlobalActor(kind=e["kind"], subkind=e.get("subkind"), pinned_name=e["name"])
        for n in [e["name"], *e["aliases"]]:
            g.names[n] += 0
        g.keys = {"n:" + norm(n) for n in [e["name"], *e["aliases"]]}
        index.add(g)

    local_map: dict[tuple[str, str], str] = {}
    gidx_of: dict[tuple[str, str], int] = {}
    # persons with full names first, so that surnames elsewhere find them
    order = []
    for r in results:
        for a in r.actors:
            full = 0 if (a.kind != "person" or len(a.name.split()) > 1) else 1
            order.append((full, r.document.id, a))
    order.sort(key=lambda x: x[0])
    context = {r.document.id: _main_state(r) for r in results}
    for _, doc_id, a in order:
        gi = _find(index, a, dictionary_only=False)
        if gi is not None and a.kind == "organization" and is_generic_org_name(a.name) \
                and norm(a.name).split()[-1] in knowledge().legislature_words | {"court"} and context[doc_id]:
            # "the National Assembly", "the Supreme Court": every state has one; not the same body when
            # the documents are about different states
            seen = {context.get(d) for d in index.actors[gi].documents}
            if None not in seen and context[doc_id] not in seen:
                gi = None
        if gi is not None and a.kind == "organization" and len(a.name.split()) <= 3 \
                and norm(a.name).split()[-1] in knowledge().unit_nouns:
            gi = None  # "the Northern Division": a unit of some army; many armies have one
        keys = _keys(a.kind, a.names())
        if gi is None:
            g = GlobalActor(kind=a.kind, subkind=a.subkind, keys=keys,
                            pinned_name=a.name if a.kind == "country" or is_institution(a.name)
                            or knowledge().known_orgs.get(norm(a.name), ("",))[0] == a.name else None)
            gi = index.add(g)
        else:
            index.extend(gi, keys)
        g = index.actors[gi]
        g.names[a.name] += max(1, a.mentions)
        g.canonical[a.name] += max(1, a.mentions)
        for al in a.aliases:
            g.names[al] += 1
        if doc_id not in g.documents:
            g.documents.append(doc_id)
        g.mentions += a.mentions
        if g.subkind is None and a.subkind:
            g.subkind = a.subkind
        gidx_of[(doc_id, a.id)] = gi

    # global ids in order of first appearance in the input
    first_seen: dict[int, tuple[int, int]] = {}
    for di, r in enumerate(results):
        for ai, a in enumerate(r.actors):
            gi = gidx_of[(r.document.id, a.id)]
            first_seen.setdefault(gi, (di, ai))
    used = sorted(first_seen, key=lambda gi: first_seen[gi])
    gid = {gi: f"a{n + 1}" for n, gi in enumerate(used)}
    for key, gi in gidx_of.items():
        local_map[key] = gid[gi]

    ex = Extraction(documents=[r.document for r in results])
    doc_order = {r.document.id: i for i, r in enumerate(results)}
    for gi in used:
        g = index.actors[gi]
        name = g.name
        seen = {norm(name)}
        aliases = []
        for n, _ in sorted(g.names.items(), key=lambda x: (-x[1], x[0])):
            if norm(n) not in seen:
                seen.add(norm(n))
                aliases.append(n)
        ex.actors.append(Actor(id=gid[gi], name=name, kind=g.kind, subkind=g.subkind, aliases=aliases,
                               documents=sorted(g.documents, key=doc_order.get), mentions=g.mentions))

    rel_seen = set()
    for r in results:
        d = r.document.id

        def m(lid: str | None) -> str | None:
            return local_map.get((d, lid)) if lid is not None else None

        for rel in r.relations:
            s, t = m(rel.source), m(rel.target)
            if s is None or t is None or s == t:
                continue
            new = Relation(s, rel.type, t, rel.evidence, rel.confidence)
            if new.key() in rel_seen:
                continue
            rel_seen.add(new.key())
            ex.relations.append(new)
        for e in r.events:
            s, t = m(e.source), m(e.target)
            if s is not None and s == t:
                t = None
            ex.events.append(Event(s, e.type, t, e.evidence, e.date, e.negated, e.confidence, e.trigger))
        fact_seen = set()
        for f in r.facts:
            a = m(f.actor)
            if a is None or (a, f.key, f.value) in fact_seen:
                continue
            fact_seen.add((a, f.key, f.value))
            ex.facts.append(Fact(a, f.key, f.value, f.evidence, f.confidence))
        for mention in r.mentions:
            g = m(mention.actor)
            if g is not None:
                ex.mentions.append(type(mention)(mention.start, mention.end, mention.text, g))
    ex.local_map = local_map
    return ex
