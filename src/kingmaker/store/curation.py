"""The user's actor decisions as a user dictionary: pure functions over a list of entries.

An entry is ``{"name", "kind", "subkind", "aliases"}``; every name in it (name and aliases) is
one actor whose canonical name is ``name``. Names are exclusive: a name belongs to at most one
entry. Merges, new aliases, renames and splits all edit this list; the store keeps it apart
from machine output and hands it to actor resolution after every ingest, so decisions last.

The first decision about an actor copies its current names into a new entry (a snapshot),
so that what the user saw is what stays together, whatever later documents say.

>>> smith = {"name": "John Smith", "kind": "person", "subkind": None, "aliases": ["Smith"]}
>>> jones = {"name": "Ann Jones", "kind": "person", "subkind": None, "aliases": []}
>>> entries = merge([], smith, jones)
>>> entries
[{'name': 'John Smith', 'kind': 'person', 'subkind': None, 'aliases': ['Smith', 'Ann Jones']}]
>>> split(entries, smith | {"aliases": ["Smith", "Ann Jones"]}, "Ann Jones")[1]
{'name': 'Ann Jones', 'kind': 'person', 'subkind': None, 'aliases': []}
"""
from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from kingmaker.errors import StoreError
from kingmaker.knowledge import norm

__all__ = [
    "add_alias",
    "find_entry",
    "import_entries",
    "merge",
    "names_of",
    "reject_actor",
    "remove_alias",
    "rename",
    "set_kind",
    "snapshot",
    "split",
    "unreject_actor",
]

Entry = dict[str, Any]


def names_of(item: dict[str, Any]) -> list[str]:
    return [item["name"], *item.get("aliases", [])]


def _dedup(names: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    seen = {norm(n) for n in exclude}
    out = []
    for n in names:
        n = n.strip()
        if n and norm(n) not in seen:
            seen.add(norm(n))
            out.append(n)
    return out


def find_entry(entries: list[Entry], actor: dict[str, Any]) -> int | None:
    """Index of the entry that names ``actor`` (by its name first, then by any shared name)."""
    key = norm(actor["name"])
    for i, e in enumerate(entries):
        if norm(e["name"]) == key:
            return i
    keys = {norm(n) for n in names_of(actor)}
    for i, e in enumerate(entries):
        if keys & {norm(n) for n in names_of(e)}:
            return i
    return None


def snapshot(actor: dict[str, Any]) -> Entry:
    """An entry holding the actor as it is now."""
    return {"name": actor["name"], "kind": actor["kind"], "subkind": actor.get("subkind"),
            "aliases": _dedup(actor.get("aliases", []), exclude=[actor["name"]])}


def _entry_for(entries: list[Entry], actor: dict[str, Any]) -> tuple[list[Entry], int]:
    """A copy of ``entries`` and the index of the actor's entry (added when missing)."""
    entries = copy.deepcopy(entries)
    i = find_entry(entries, actor)
    if i is None:
        entries.append(snapshot(actor))
        i = len(entries) - 1
    else:  # names the machine found since the last decision join the entry too
        e = entries[i]
        e["aliases"] = _dedup([*e["aliases"], *names_of(actor)], exclude=[e["name"]])
    return entries, i


def _claim(entries: list[Entry], keep: int) -> list[Entry]:
    """Make the names of ``entries[keep]`` exclusive to it: another entry loses them as aliases,
    and an entry whose own name is claimed folds into ``keep``."""
    owner = entries[keep]
    mine = {norm(n) for n in names_of(owner)}
    out = []
    for i, e in enumerate(entries):
        if i == keep:
            out.append(e)
        elif norm(e["name"]) in mine:
            owner["aliases"] = _dedup([*owner["aliases"], *names_of(e)], exclude=[owner["name"]])
            owner["subkind"] = owner.get("subkind") or e.get("subkind")
        else:
            e["aliases"] = [a for a in e["aliases"] if norm(a) not in mine]
            out.append(e)
    return out


def merge(entries: list[Entry], a: dict[str, Any], b: dict[str, Any]) -> list[Entry]:
    """``b`` becomes part of ``a`` (a's name, kind and subkind win)."""
    if norm(a["name"]) == norm(b["name"]) and a.get("id") == b.get("id"):
        raise StoreError(f"cannot merge {a['name']!r} with itself")
    entries, i = _entry_for(entries, a)
    e = entries[i]
    e["aliases"] = _dedup([*e["aliases"], *names_of(b)], exclude=[e["name"]])
    e["subkind"] = e.get("subkind") or b.get("subkind")
    return _claim(entries, i)


def add_alias(entries: list[Entry], actor: dict[str, Any], alias: str) -> list[Entry]:
    """``alias`` names ``actor`` from now on (it leaves any other entry's aliases)."""
    alias = alias.strip()
    if not alias:
        raise StoreError("an alias cannot be empty")
    for e in entries:
        if norm(e["name"]) == norm(alias) and norm(e["name"]) != norm(actor["name"]) \
                and norm(actor["name"]) not in {norm(n) for n in e["aliases"]}:
            raise StoreError(f"{alias!r} is the name of another curated actor; use "
                             f"`kingmaker merge {actor['name']!r} {alias!r}` to join them")
    entries, i = _entry_for(entries, actor)
    entries[i]["aliases"] = _dedup([*entries[i]["aliases"], alias], exclude=[entries[i]["name"]])
    return _claim(entries, i)


def rename(entries: list[Entry], actor: dict[str, Any], new: str) -> list[Entry]:
    """The actor's canonical name becomes ``new``; the old name stays as an alias."""
    new = new.strip()
    if not new:
        raise StoreError("a name cannot be empty")
    entries, i = _entry_for(entries, actor)
    e = entries[i]
    e["aliases"] = _dedup([e["name"], *e["aliases"]], exclude=[new])
    e["name"] = new
    return _claim(entries, i)


def split(entries: list[Entry], actor: dict[str, Any], alias: str, *,
          origin: dict[str, Any] | None = None) -> list[Entry]:
    """Detach ``alias`` from ``actor`` into an actor of its own.

    ``origin`` is what the alias was before it joined ``actor`` (the merged actor's snapshot from
    the decision log, or how the documents see it): its kind and subkind are restored, and when it
    is that actor's own name, so are its other names that ``actor`` still holds. Without it the
    new actor takes ``actor``'s kind.

    >>> smith = {"name": "John Smith", "kind": "person", "aliases": ["Smith", "Unity Party", "UP"]}
    >>> party = {"name": "Unity Party", "kind": "organization", "subkind": "party", "aliases": ["UP"]}
    >>> split([], smith, "Unity Party", origin=party)
    [{'name': 'John Smith', 'kind': 'person', 'subkind': None, 'aliases': ['Smith']}, \
{'name': 'Unity Party', 'kind': 'organization', 'subkind': 'party', 'aliases': ['UP']}]
    """
    if norm(alias) == norm(actor["name"]):
        raise StoreError(f"{alias!r} is the actor's own name; split off one of its aliases "
                         f"({', '.join(actor.get('aliases', [])) or 'it has none'}), or rename it first")
    if norm(alias) not in {norm(n) for n in actor.get("aliases", [])}:
        raise StoreError(f"{alias!r} is not an alias of {actor['name']!r} (aliases: "
                         f"{', '.join(actor.get('aliases', [])) or 'none'})")
    entries, i = _entry_for(entries, actor)
    e = entries[i]
    new = {"name": alias.strip(), "kind": actor["kind"], "subkind": None, "aliases": []}
    if origin is not None:
        new["kind"], new["subkind"] = origin["kind"], origin.get("subkind")
        if norm(origin["name"]) == norm(alias):
            held = {norm(n) for n in e["aliases"]}
            new["aliases"] = _dedup([a for a in origin.get("aliases", []) if norm(a) in held],
                                    exclude=[new["name"], e["name"]])
    gone = {norm(n) for n in names_of(new)}
    e["aliases"] = [a for a in e["aliases"] if norm(a) not in gone]
    entries.append(new)
    return _claim(entries, len(entries) - 1)


def remove_alias(entries: list[Entry], actor: dict[str, Any], alias: str) -> list[Entry]:
    """``alias`` no longer names ``actor`` in the user dictionary."""
    if norm(alias) == norm(actor["name"]):
        raise StoreError(f"{alias!r} is the actor's own name; rename it first")
    if norm(alias) not in {norm(n) for n in actor.get("aliases", [])}:
        raise StoreError(f"{alias!r} is not an alias of {actor['name']!r} (aliases: "
                         f"{', '.join(actor.get('aliases', [])) or 'none'})")
    entries, i = _entry_for(entries, actor)
    entries[i]["aliases"] = [a for a in entries[i]["aliases"] if norm(a) != norm(alias)]
    return entries


def set_kind(entries: list[Entry], actor: dict[str, Any], kind: str) -> list[Entry]:
    """The actor is a ``kind`` (person, organization, country) from now on."""
    entries, i = _entry_for(entries, actor)
    entries[i]["kind"] = kind
    if kind != actor["kind"]:
        entries[i]["subkind"] = None  # "party" does not describe a person
    return entries


def reject_actor(entries: list[Entry], actor: dict[str, Any]) -> list[Entry]:
    """The actor is no actor (a misread name): it and its items are left out from now on."""
    entries, i = _entry_for(entries, actor)
    entries[i]["rejected"] = True
    return entries


def unreject_actor(entries: list[Entry], name: str) -> list[Entry]:
    """Take back ``reject_actor`` for the rejected entry that has ``name``."""
    entries = copy.deepcopy(entries)
    for e in entries:
        if e.get("rejected") and norm(name) in {norm(n) for n in names_of(e)}:
            del e["rejected"]
            return entries
    raise StoreError(f"no rejected actor is called {name!r} (see `kingmaker log`)")


def import_entries(entries: list[Entry], new: list[Entry]) -> list[Entry]:
    """Entries from a dictionary file: one sharing a name with an existing entry updates it."""
    entries = copy.deepcopy(entries)
    for n in new:
        n = {"name": n["name"], "kind": n["kind"], "subkind": n.get("subkind"),
             "aliases": _dedup(n.get("aliases", []), exclude=[n["name"]])}
        i = find_entry(entries, n)
        if i is None:
            entries.append(n)
            i = len(entries) - 1
        else:
            old = entries[i]
            n["aliases"] = _dedup([*n["aliases"], *names_of(old)], exclude=[n["name"]])
            n["subkind"] = n["subkind"] or old.get("subkind")
            if old.get("rejected"):  # a dictionary names actors; it does not take a rejection back
                n["rejected"] = True
            entries[i] = n
        entries = _claim(entries, i)
    return entries
