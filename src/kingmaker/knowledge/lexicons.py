"""User lexicons: cue and trigger words of your own, merged on top of the built-in knowledge files.

A user lexicon is one YAML file whose top-level keys name built-in data files (``relations``,
``roles``, ``facts``, ``plover``, ``countries``...: the files in ``knowledge/data/`` without
``.yaml``); under each key goes what to add, in that file's own syntax::

    relations:                 # knowledge/data/relations.yaml
      of_phrases:
        vanguard: part_of      # "X, the vanguard of Y" -> X part_of Y
    plover:                    # knowledge/data/plover.yaml
      types:
        ASSAULT:
          verbs: [firebomb]
    roles:
      leader_roles: [emir]

Mappings merge key by key, lists are extended (entries already there are kept once), a scalar
replaces the built-in one. The merged file is checked by the same loader as the built-in one, so a
malformed entry is one error naming the file; a relation type missing from the type table is
named with its line.

Lexicons are given with ``--lexicon FILE`` (repeatable) or ``KINGMAKER_LEXICON`` (paths joined
by ``os.pathsep``); the option sets the variable, so worker processes read the same files.

>>> merge({"a": [1, 2], "b": {"x": 1}}, {"a": [2, 3], "b": {"y": 2}, "c": 5})
{'a': [1, 2, 3], 'b': {'x': 1, 'y': 2}, 'c': 5}
"""
from __future__ import annotations

import copy
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kingmaker.errors import KnowledgeError

__all__ = ["ENV", "DATA", "lexicon_paths", "set_lexicons", "merge", "load_data", "overlays", "clears_with_lexicons",
           "lexicon_cache"]

ENV = "KINGMAKER_LEXICON"
# the YAML loader of every knowledge file: libyaml's parser when PyYAML has it (the same data and line
# numbers as yaml.SafeLoader, read several times faster), else the pure-Python one
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DATA = Path(__file__).resolve().parent / "data"


def lexicon_paths() -> tuple[str, ...]:
    """The user lexicons in force (from ``KINGMAKER_LEXICON``)."""
    raw = os.environ.get(ENV, "")
    return tuple(p for p in raw.split(os.pathsep) if p.strip())


def set_lexicons(paths: list[str | Path] | tuple[str | Path, ...]) -> None:
    """Use these user lexicons from now on (also in worker processes started later).

    Each file is checked at once; the loaders' caches are cleared so the next load merges them.
    """
    if not paths:
        return
    for p in paths:
        overlays_of(str(p))  # a bad file is an error now, not in the middle of a run
    os.environ[ENV] = os.pathsep.join(str(Path(p)) for p in paths)
    _clear_caches()


# every cache whose entries were computed from the knowledge files, as the function that clears it: each
# module registers its own where the cache is made (clears_with_lexicons, lexicon_cache), and set_lexicons
# clears them all (a module not imported yet has nothing cached)
_CLEARERS: list[Callable[[], None]] = []


def clears_with_lexicons(clear: Callable[[], None]) -> Callable[[], None]:
    """Register ``clear``, the function that empties a cache built from the knowledge files: called whenever
    the user lexicons change (``set_lexicons``). Returns ``clear``."""
    _CLEARERS.append(clear)
    return clear


def lexicon_cache(maxsize: int | None = 128) -> Callable[[Callable[..., Any]], Any]:
    """``functools.lru_cache`` for a function whose result reads the knowledge files (directly or through
    ``knowledge()``): its entries are dropped when the user lexicons change."""
    def wrap(fn: Callable[..., Any]) -> Any:
        cached = lru_cache(maxsize=maxsize)(fn)
        clears_with_lexicons(cached.cache_clear)
        return cached
    return wrap


def _clear_caches() -> None:
    from kingmaker.knowledge import knowledge

    knowledge.cache_clear()
    for clear in _CLEARERS:
        clear()


def merge(base: Any, extra: Any) -> Any:
    """``extra`` laid over ``base`` (a new object; neither is changed)."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return copy.deepcopy(extra)


def overlays_of(path: str) -> dict[str, tuple[Any, yaml.Node]]:
    """The sections of one user lexicon: data-file name -> (data, YAML node for line numbers)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        root = yaml.compose(text, Loader=SAFE_LOADER)
        data = yaml.load(text, Loader=SAFE_LOADER)
    except OSError as err:
        raise KnowledgeError(path, f"cannot read the lexicon: {err.strerror or err}") from None
    except yaml.YAMLError as err:
        raise KnowledgeError.invalid_yaml(path, err) from None
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(root, yaml.MappingNode):
        raise KnowledgeError(path, "a lexicon is a mapping: data-file name (relations, plover, roles, ...) "
                                   "-> what to add")
    known = sorted(p.stem for p in DATA.glob("*.yaml") if p.stem != "types")
    out: dict[str, tuple[Any, yaml.Node]] = {}
    for key_node, value_node in root.value:
        name = key_node.value
        if name not in known:
            raise KnowledgeError(path, f"unknown section {name!r} (one of: {', '.join(known)})",
                                 line=key_node.start_mark.line + 1)
        out[name] = (data[name], value_node)
    if "relations" in out:
        from kingmaker.knowledge.types import check_relation_node

        check_relation_node(out["relations"][1], path)
    return out


def overlays(name: str) -> list[tuple[str, Any]]:
    """(lexicon path, section) for every user lexicon that adds to data file ``name``."""
    found = []
    for path in lexicon_paths():
        section = overlays_of(path).get(name)
        if section is not None:
            found.append((path, section[0]))
    return found


def load_data(name: str, base: Any) -> Any:
    """The built-in data of ``name`` (already read: ``base``) with every user lexicon laid over it."""
    for path, extra in overlays(name):
        if type(extra) is not type(base):
            raise KnowledgeError(path, f"section {name!r} must be a {type(base).__name__}, like "
                                       f"knowledge/data/{name}.yaml")
        base = merge(base, extra)
    return base
