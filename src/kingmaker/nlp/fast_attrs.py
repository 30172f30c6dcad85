"""The model's ``attribute_ruler`` run as a table lookup, with the same result.

spaCy's ``AttributeRuler`` runs a ``Matcher`` over every document and builds a ``Span`` per match;
the English models' rules are single-token tests (a tag map and morph rules: ``TAG``, ``LOWER``,
``DEP``...) and a few two-token ones. ``speed_up(ruler)`` gives the loaded ruler a ``__call__``
that matches those tests per distinct token (cached by the attributes the rules read) and sets the
rules' attributes in the ruler's own order (later rules win), through spaCy's ``set_token_attrs``.
A ruler with any other kind of pattern (operators, other attributes, an index out of a pattern)
keeps spaCy's matcher, so the result is always the ruler's own.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList

try:
    from spacy.pipeline.attributeruler import set_token_attrs
except ImportError:  # pragma: no cover - older spaCy
    set_token_attrs = None

__all__ = ["FastAttributeRuler", "speed_up"]

# pattern keys the table knows: the token attribute each reads
_CACHE_MAX = 100_000  # distinct (word, tag, dependency...) keys kept
_READS = {"LOWER": "lower_", "TAG": "tag_", "DEP": "dep_", "IS_SPACE": "is_space", "ORTH": "text", "TEXT": "text"}


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with a table lookup in place of its Matcher (see the module)."""

    def __call__(self, doc: Doc) -> Doc:
        plan = _plan(self)
        if plan is None:
            return super().__call__(doc)
        elems, keys, cache = plan
        shapes = plan_patterns(self)  # (rule, pattern) -> (length, index)
        error_handler = self.get_error_handler()
        try:
            n = len(doc)
            # per token: the (rule, pattern, position) elements it satisfies, and the patterns it can open
            per_tok = []
            for tok in doc:
                key = tuple(getattr(tok, a) for a in keys)
                got = cache.get(key)
                if got is None:
                    if len(cache) >= _CACHE_MAX:
                        cache.clear()  # a long run meets many words: memory stays bounded
                    values = dict(zip(keys, key))
                    sat = frozenset(e for e, tests in elems if all(_ok(values[a], want) for a, want in tests))
                    got = cache[key] = (sat, tuple((r, p, *shapes[r, p]) for r, p, k in sat if k == 0))
                per_tok.append(got)
            matches = set()
            for i, (_sat, starts) in enumerate(per_tok):
                for rule, pat, length, index in starts:
                    if i + length <= n and all((rule, pat, k) in per_tok[i + k][0] for k in range(1, length)):
                        matches.add((rule, i, i + (index if index >= 0 else length + index)))
            for rule, _start, target in sorted(matches):
                set_token_attrs(doc[target], self.attrs[rule])
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)


def _ok(value: Any, want: Any) -> bool:
    if isinstance(want, tuple):  # a predicate: ("IN" | "NOT_IN", set) or ("REGEX", compiled)
        op, arg = want
        return value in arg if op == "IN" else value not in arg if op == "NOT_IN" else bool(arg.search(value))
    return value == want


def plan_patterns(ruler: FastAttributeRuler) -> dict[tuple[int, int], tuple[int, int]]:
    return ruler._km_plan[1]


def _plan(ruler: FastAttributeRuler):
    """(elements, attributes read, per-key cache) for the ruler's rules, or None when a rule is of a
    kind the table does not know; rebuilt when rules are added."""
    stamp = (len(ruler.attrs), id(ruler.matcher), len(ruler.matcher))
    got = getattr(ruler, "_km_plan", None)
    if got is not None and got[0] == stamp:
        return got[2]
    plan = _build(ruler)
    ruler._km_plan = (stamp, plan[1] if plan else {}, plan[0] if plan else None)
    return ruler._km_plan[2]


def _build(ruler: AttributeRuler):
    if set_token_attrs is None:
        return None
    elems = []  # ((rule, pattern, position), ((attribute, wanted), ...))
    patterns = {}  # (rule, pattern) -> (length, index)
    reads: set[str] = set()
    for rule in range(len(ruler.attrs)):
        found = ruler.matcher.get(str(rule))
        if found is None:
            return None
        index = ruler.indices[rule]
        for p, pattern in enumerate(found[1]):
            length = len(pattern)
            if not length or not -length <= index < length:
                return None
            for k, spec in enumerate(pattern):
                tests = []
                for name, want in spec.items():
                    attr = _READS.get(name)
                    if attr is None:
                        return None
                    if isinstance(want, dict):  # the Matcher's predicates, as it reads them
                        if len(want) != 1:
                            return None
                        (op, arg), = want.items()
                        if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple, set, SimpleFrozenList)) \
                                and attr != "is_space":
                            want = (op, frozenset(arg))
                        elif op == "REGEX" and isinstance(arg, str) and attr != "is_space":
                            want = (op, re.compile(arg))
                        else:
                            return None
                    elif not isinstance(want, (str, bool)) or (attr == "is_space") != isinstance(want, bool):
                        return None
                    reads.add(attr)
                    tests.append((attr, want))
                elems.append(((rule, p, k), tuple(tests)))
            patterns[rule, p] = (length, index)
    keys = tuple(sorted(reads))
    return (elems, keys, {}), patterns


def speed_up(nlp) -> None:
    """Give the pipeline's ``attribute_ruler`` (when it is spaCy's) the table lookup."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = FastAttributeRuler
