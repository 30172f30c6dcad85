"""Actor resolution across documents, with a user dictionary merged on top.

``link_documents(results)`` turns per-document extractions (local actor ids) into one corpus with
global actors ("a1", "a2", ... in order of first appearance) and sets ``local_map`` on the result:
``{(document_id, local_id): global_id}``.

Resolution is a fold over documents in order (``fold_document``): each document's local actors
are resolved against the actors met so far, found by lookups in a key index (``KeyIndex``: exact
names, person surname skeletons, organisation cores, head nouns, acronyms), never by a scan. The
store keeps the same index in tables and folds each new document with this same code, so a store
built by successive adds and one rebuilt from scratch are the same.

>>> from kingmaker.model import Actor, DocExtraction, Document
>>> d1 = DocExtraction(Document("d1", ""), actors=[Actor("L1", "Omar al-Haddad", "person")])
>>> d2 = DocExtraction(Document("d2", ""), actors=[Actor("L1", "Haddad", "person")])
>>> ex = link_documents([d1, d2])
>>> [(a.id, a.name, a.documents) for a in ex.actors]
[('a1', 'Omar al-Haddad', ['d1', 'd2'])]
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kingmaker.knowledge import knowledge, load_dictionary, norm
from kingmaker.knowledge.lexicons import lexicon_cache
from kingmaker.model import Actor, DocExtraction, Event, Extraction, Fact, Relation
from kingmaker.nlp.actors import pick_name
from kingmaker.nlp.names import (STOP, clean_name, drop_class_short_forms, drop_names_of_others,
                                 drop_shared_surname_aliases, is_acronym, is_generic_org_name, is_institution,
                                 org_name_match, org_names_conflict, org_probe_keys, person_key, person_keys_match,
                                 person_probe_key, two_bodies_named)

__all__ = ["link_documents", "GlobalActor", "KeyIndex", "fold_document", "main_state", "may_meet", "seed_index"]


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
    contexts: list[str | None] = field(default_factory=list)  # the states its documents are about
    seed: bool = False  # a user dictionary entry's

    @property
    def name(self) -> str:
        return self.pinned_name or pick_name(self.kind, self.canonical or self.names)

    def aliases(self) -> list[str]:
        """Its other names, most used first."""
        seen = {norm(self.name)}
        out = []
        for n, _ in sorted(self.names.items(), key=lambda x: (-x[1], x[0])):
            if norm(n) not in seen:
                seen.add(norm(n))
                out.append(n)
        return out

    def to_state(self) -> dict[str, Any]:
        """Everything resolution knows of it, as JSON data (the store keeps it)."""
        return {"kind": self.kind, "subkind": self.subkind, "names": dict(self.names), "documents": self.documents,
                "mentions": self.mentions, "pinned": self.pinned_name, "keys": sorted(self.keys),
                "canonical": dict(self.canonical), "contexts": self.contexts, "seed": self.seed}

    @classmethod
    def from_state(cls, s: dict[str, Any]) -> GlobalActor:
        return cls(kind=s["kind"], subkind=s["subkind"], names=Counter(s["names"]), documents=list(s["documents"]),
                   mentions=s["mentions"], pinned_name=s["pinned"], keys=set(s["keys"]),
                   canonical=Counter(s["canonical"]), contexts=list(s["contexts"]), seed=s.get("seed", False))


def _keys(kind: str, names: list[str]) -> set[str]:
    """Exact-name keys ("n:") and, for persons, person keys ("p:")."""
    out = set()
    for n in names:
        if not n:
            continue
        out.add("n:" + norm(n))
        if kind == "person":
            pk = person_key(n)
            if pk:
                out.add("p:" + pk)
    return out


class KeyIndex:
    """The actors met so far, numbered in order of creation, and the keys that find them.

    ``exact(key)``: the first actor that had this exact name; ``candidates(keys)``: every actor with
    one of these lookup keys (person surname skeletons, organisation probe keys). This one lives in
    memory; the store's subclass reads and writes its tables instead.
    """

    def __init__(self) -> None:
        self.actors: list[GlobalActor] = []
        self._names: dict[str, int] = {}
        self._lookup: dict[str, set[int]] = defaultdict(set)

    # the storage, which a subclass replaces
    def actor(self, gi: int) -> GlobalActor:
        return self.actors[gi]

    def exact(self, key: str) -> int | None:
        return self._names.get(key)

    def candidates(self, keys: Iterable[str]) -> set[int]:
        out: set[int] = set()
        for k in keys:
            out |= self._lookup.get(k, set())
        return out

    def _new(self, g: GlobalActor) -> int:
        self.actors.append(g)
        return len(self.actors) - 1

    def _put(self, gi: int, names: list[str], lookup: set[str]) -> None:
        for k in names:
            self._names.setdefault(k, gi)
        for k in lookup:
            self._lookup[k].add(gi)

    def keys(self) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """Its exact-name keys and lookup keys, as ``(key, actor)`` pairs (what the store keeps)."""
        return list(self._names.items()), [(k, gi) for k, gis in self._lookup.items() for gi in sorted(gis)]

    # the logic
    def add(self, g: GlobalActor, names: list[str]) -> int:
        gi = self._new(g)
        keys, g.keys = g.keys, set()
        self.extend(gi, keys, names)
        return gi

    def retype(self, gi: int, kind: str, subkind: str | None, pinned: str) -> None:
        """Actor ``gi`` is a ``kind`` named ``pinned`` (not what an earlier document read it as)."""
        g = self.actor(gi)
        g.kind, g.subkind, g.pinned_name = kind, subkind or g.subkind, pinned
        lookup: set[str] = set()
        if kind == "organization":
            for n in g.names:
                lookup |= org_probe_keys(n)
        self._put(gi, [], lookup)

    def extend(self, gi: int, keys: set[str], names: list[str]) -> None:
        """``keys`` (see ``_keys``) and ``names`` now belong to actor ``gi`` too."""
        g = self.actor(gi)
        new = keys - g.keys
        g.keys |= keys
        lookup = {"m:" + norm(n) for n in names if n and n not in g.names}  # every actor with the name
        if g.kind == "person":
            lookup |= {person_probe_key(k[2:]) for k in new if k.startswith("p:") and k[2:]}
        elif g.kind == "organization":
            for n in names:
                if n and n not in g.names:  # names it has are indexed already
                    lookup |= org_probe_keys(n)
        self._put(gi, sorted(k for k in new if k.startswith("n:")), lookup)


def seed_index(index: KeyIndex, entries: list[dict]) -> None:
    """The user dictionary's actors come first: their names win."""
    for e in entries:
        names = [e["name"], *e["aliases"]]
        g = GlobalActor(kind=e["kind"], subkind=e.get("subkind"), pinned_name=e["name"],
                        keys={"n:" + norm(n) for n in names}, seed=True)
        gi = index.add(g, names)
        for n in names:
            index.actor(gi).names[n] += 0


def _person_keys(keys: set[str]) -> tuple[set[str], set[str]]:
    """A person's full-name keys ("marek tolvan") and bare keys ("tolvan") among index keys."""
    pks = [k[2:] for k in keys if k.startswith("p:") and k[2:]]
    return {k for k in pks if " " in k}, {k for k in pks if " " not in k}


def _find_person(index: KeyIndex, names: list[str]) -> int | None:
    """The one known person these names can be, or None.

    Full names decide: a known person fits when one of its full names matches one of ours and none
    conflicts (different given names are different people, whatever the surname). A bare surname
    joins a known person only when exactly one known full name fits it; two candidates keep it apart.
    """
    full, bare = _person_keys(_keys("person", names))
    probes = {person_probe_key(k) for k in full | bare}
    people = [(gi, *_person_keys(g.keys)) for gi in sorted(index.candidates(probes))
              if (g := index.actor(gi)).kind == "person"]
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


def _conflict(names: list[str], g: GlobalActor) -> bool:
    """A name of one stem and another kind of body among both: "Green League" is not the Green Party,
    whatever alias ("the Greens") they share."""
    gnames = list(g.names) + ([g.pinned_name] if g.pinned_name else [])
    return any(org_names_conflict(n, gn) for n in names if n for gn in gnames)


def may_meet(a: GlobalActor, b: GlobalActor) -> bool:
    """Whether folding can ever weigh ``b`` for a name of ``a`` (or the other way): a name they share,
    person keys that match, organisation names that match without a conflict. A store folding ``a``'s
    documents again folds ``b``'s with them when they may meet (a bare surname that fits two people
    stays apart)."""
    if {norm(n) for n in a.names} & {norm(n) for n in b.names} or \
            a.pinned_name and b.pinned_name and norm(a.pinned_name) == norm(b.pinned_name):
        return True
    if a.kind == b.kind == "person":
        ka, kb = [k[2:] for k in a.keys if k.startswith("p:")], [k[2:] for k in b.keys if k.startswith("p:")]
        return any(person_keys_match(x, y) for x in ka if x for y in kb if y)
    if a.kind == b.kind == "organization":
        return any(org_name_match(x, y) for x in a.names if x for y in b.names if y) and not _conflict(list(a.names), b)
    return False


def _specific(names: list[str]) -> list[str]:
    """An organisation's names without the bare head nouns ("the Front", "Movement": the short form one
    document used for its own front), when it has others: those never link it to another document's."""
    kb = knowledge()
    out = [n for n in names if n and not all(t in kb.org_nouns or t in STOP for t in norm(clean_name(n)).split())]
    return out or names


def _find(index: KeyIndex, a: Actor, doc_id: str | None = None) -> int | None:
    every = a.names()
    names = every if a.kind != "organization" else _specific(every)
    # exact names (dictionary entries win: they were added first); a person's bare surname is no
    # exact name: "Haddad" may be any of several people
    for n in names:
        gi = index.exact("n:" + norm(n))
        if gi is None:
            continue
        g = index.actor(gi)
        if a.kind == "organization" and g.kind == a.kind and (_conflict(every, g) or _initials_only(every, g)):
            continue
        if g.pinned_name or (g.kind == a.kind and (a.kind != "person" or len(person_key(n).split()) > 1)):
            return gi
    if a.kind == "person":
        return _find_person(index, names)
    if a.kind == "organization":
        # one known organisation must fit: an acronym or short name that fits two stays apart
        inst = any(map(is_institution, names))
        hits = []
        probes: set[str] = set()
        for n in names:
            if n:
                probes |= org_probe_keys(n)
        for gi in sorted(index.candidates(probes)):
            g = index.actor(gi)
            if g.kind != "organization":
                continue
            gnames = _specific(list(g.names) + ([g.pinned_name] if g.pinned_name else []))
            if any(map(is_institution, gnames)) != inst:
                continue  # "Lebanese Forces" is not the "Lebanon military"
            if _conflict(every, g):
                continue
            if doc_id in g.documents and any(two_bodies_named(n, gn) for n in every if n for gn in g.names):
                continue  # "the Dawn Movement" and "the Dawn Party", both named in this document
            # a party named by its members ("the Greens", "the Social Democrats") is one of many states'
            # parties: it meets another document's body by that very name only (the exact names above)
            if any(org_name_match(n, gn) for n in names for gn in gnames
                   if not _party_plural(n) and not _party_plural(gn)):
                full, gfull = [n for n in names if not is_acronym(n)], [n for n in gnames if not is_acronym(n)]
                if full and gfull and not any(org_name_match(n, gn) for n in full for gn in gfull):
                    continue  # only initials shared ("PCB" of two different names): two organisations
                hits.append(gi)
        return hits[0] if len(hits) == 1 else None
    return None


def _initials_only(names: list[str], g: GlobalActor) -> bool:
    """Whether an organisation shares only initials with ``g``: both have full names and none of them match (a
    document's "Southern Defence Force (SDF)" is not the dictionary's Syrian Democratic Forces, alias SDF)."""
    gnames = list(g.names) + ([g.pinned_name] if g.pinned_name else [])
    full, gfull = [n for n in names if n and not is_acronym(n)], [n for n in gnames if n and not is_acronym(n)]
    return bool(full and gfull) and not any(org_name_match(n, gn) for n in full for gn in gfull)


def _party_plural(name: str) -> bool:
    """'the Greens', 'Social Democrats': a party named by its members (roles.yaml party_plurals)."""
    return norm(clean_name(name)) in knowledge().party_plurals


def _bare_person(index: KeyIndex, names: list[str]) -> int | None:
    """A known person with one of these exact names and no full name (a lone word read as a person)."""
    for n in names:
        gi = index.exact("n:" + norm(n))
        if gi is not None and (g := index.actor(gi)).kind == "person" and not g.pinned_name \
                and not _person_keys(g.keys)[0]:
            return gi
    return None


def _party_named(name: str) -> bool:
    """'Unity Party', 'the Greens': a name headed by a party noun (roles.yaml org_nouns: party) or a party plural.

    >>> _party_named("Unity Party"), _party_named("Supreme Court")
    (True, False)
    """
    toks = norm(clean_name(name)).split()
    return bool(toks) and knowledge().org_nouns.get(toks[-1]) == "party" or _party_plural(name)


def _every_state_has(name: str) -> bool:
    """'the National Assembly', 'Supreme Court', 'Federal Supreme Court', 'Central Bank', 'Socialist Party':
    generic words before a body every state (or many a state) has (roles.yaml every_state_heads and
    every_state_modifiers), so the name alone is no identity across states."""
    kb = knowledge()
    toks = norm(clean_name(name)).split()
    if _party_plural(name):
        return True  # "the Greens": many states have them
    if not toks or toks[-1] not in kb.legislature_words | kb.every_state_heads or norm(name) in kb.known_orgs:
        return False
    return is_generic_org_name(name) or all(t in kb.generic_name_words or t in kb.every_state_modifiers
                                            or t in STOP for t in toks[:-1])


def _generic_name_of_another(a: Actor, g: GlobalActor) -> bool:
    """'Popular Renewal' met before only as 'Popular Renewal Platform': a name made of generic words only
    (``is_generic_org_name``) that no document gave the body met so far, only a longer name it matches; many states
    have a body so called, so the name alone is no identity across states (as ``_every_state_has``). (Its aliases
    may hold the short form: only the names the documents gave it count.)"""
    if not is_generic_org_name(a.name) or norm(a.name) in knowledge().known_orgs:
        return False
    return not any(norm(n) == norm(a.name) for n in g.canonical)


def _generic_unit(name: str) -> bool:
    """'the Northern Division', 'the 4th Armoured Brigade', 'Special Operations Command': a unit named only by
    words many armies' units share (roles.yaml generic_unit_modifiers, generic_name_words, region_qualifiers,
    ordinals), so the name alone is no identity across documents; 'the Crimson Hand Brigade' is one.

    >>> _generic_unit("Northern Division"), _generic_unit("44th Brigade"), _generic_unit("Crimson Hand Brigade")
    (True, True, False)
    >>> _generic_unit("Popular Force")
    False
    """
    toks = norm(clean_name(name)).split()
    if not toks or toks[-1] not in knowledge().unit_nouns or toks[-1] in knowledge().named_unit_nouns:
        return False  # ("Popular Force", "Border Force": one body's name, roles.yaml named_unit_nouns)
    generic = _unit_words()
    return all(t in generic or t in STOP or _ORDINAL.fullmatch(t) for t in toks[:-1])


@lexicon_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """The words a unit's name may be made of and name no particular unit (see :func:`_generic_unit`)."""
    kb = knowledge()
    return frozenset(kb.generic_unit_modifiers | kb.generic_name_words | kb.region_qualifiers
                     | kb.every_state_modifiers | kb.regnal_ordinals)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")


def main_state(actors: list[Actor]) -> str | None:
    """The state a document is about: its most mentioned state, when no other is mentioned as often."""
    ranked = sorted((a.mentions for a in actors if a.kind == "country"), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return next(a.name for a in actors if a.kind == "country" and a.mentions == ranked[0])


def fold_document(index: KeyIndex, doc_id: str, actors: list[Actor],
                  all_actors: list[Actor] | None = None) -> dict[str, int]:
    """Resolve one document's local actors against ``index`` and add them to it: ``{local id: actor}``.

    Within the document, persons with full names go first, so that its bare surnames find them.
    ``all_actors``: all of the document's local actors, when ``actors`` are some of them (a store
    re-resolving the actors a curation step touched).
    """
    context = main_state(actors if all_actors is None else all_actors)
    out: dict[str, int] = {}
    for a in sorted(actors, key=lambda a: 0 if (a.kind != "person" or len(a.name.split()) > 1) else 1):
        gi = _find(index, a, doc_id)
        if gi is not None and a.kind == "organization" and not index.actor(gi).seed \
                and (_every_state_has(a.name) or _generic_name_of_another(a, index.actor(gi))):
            # "the National Assembly", "the Supreme Court", "the National Army", "the Socialist Party":
            # many states have one; not the same body when the documents are about different states (a user
            # dictionary's entry is the body the user means wherever it is named), nor, save a party (whose name
            # follows it from story to story), when this document is about no one state and the body met so far
            # only in documents each about one
            seen = index.actor(gi).contexts
            if context is None and seen and None not in seen and not _party_named(a.name):
                gi = None
            elif context and None not in seen and context not in seen:
                # the one body of that name met in a document about this state, if any
                same = [c for c in sorted(index.candidates({"m:" + norm(a.name)}))
                        if index.actor(c).kind == "organization" and context in index.actor(c).contexts]
                gi = same[0] if len(same) == 1 else None
        if gi is not None and a.kind == "organization" and _generic_unit(a.name):
            gi = None  # "the Northern Division": a unit of some army; many armies have one
        keys = _keys(a.kind, a.names())
        pinned = a.name if a.kind == "country" or is_institution(a.name) \
            or knowledge().known_orgs.get(norm(a.name), ("",))[0] == a.name else None
        if gi is None and pinned is not None:
            gi = _bare_person(index, a.names())
            if gi is not None:  # the name alone, read as a person's before: this state (or body) it names
                index.retype(gi, a.kind, a.subkind, pinned)
        if gi is None:
            g = GlobalActor(kind=a.kind, subkind=a.subkind, keys=keys, pinned_name=pinned)
            gi = index.add(g, a.names())
        else:
            index.extend(gi, keys, a.names())
        g = index.actor(gi)
        g.names[a.name] += max(1, a.mentions)
        g.canonical[a.name] += max(1, a.mentions)
        for al in a.aliases:
            g.names[al] += 1
        if not g.documents or g.documents[-1] != doc_id:  # documents come in order: this one, if there, is last
            g.documents.append(doc_id)
            if context not in g.contexts:
                g.contexts.append(context)
        g.mentions += a.mentions
        if g.subkind is None and a.subkind:
            g.subkind = a.subkind
        out[a.id] = gi
    return out


def link_documents(results: list[DocExtraction], dictionary: str | Path | list[dict] | None = None) -> Extraction:
    index = KeyIndex()
    seed_index(index, load_dictionary(dictionary))
    local_map: dict[tuple[str, str], str] = {}
    gidx_of: dict[tuple[str, str], int] = {}
    for r in results:
        for lid, gi in fold_document(index, r.document.id, r.actors).items():
            gidx_of[(r.document.id, lid)] = gi

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
        ex.actors.append(Actor(id=gid[gi], name=g.name, kind=g.kind, subkind=g.subkind, aliases=g.aliases(),
                               documents=sorted(g.documents, key=doc_order.get), mentions=g.mentions))
    # a surname two people of the run bear (one in each of two documents) is no alias of either
    drop_shared_surname_aliases(ex.actors)
    # a body's short form that names a class of bodies ("Front", "National Guard") is no alias of it across the run
    drop_class_short_forms(ex.actors)
    # another actor's own name, or a word of another person's name, is no alias of this one across the run
    drop_names_of_others(ex.actors)

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
