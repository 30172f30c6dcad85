"""spaCy's attribute ruler with its one-token patterns looked up, not tried one by one.

The English pipelines map each fine tag to its part of speech and features with an ``attribute_ruler`` of about
180 patterns, nearly all of one token (``{"TAG": "NN"}``, ``{"LOWER": "whom", "TAG": "WP"}``). spaCy's ``Matcher``
tries every pattern at every token: on news text it cost about a tenth of the whole parse, as much as the
parser. :class:`IndexedAttributeRuler` finds the same matches with one dictionary look-up per group of patterns
that test the same attributes for equality, and leaves the rest (several tokens, regular expressions, sets) to a
``Matcher`` of their own. The matches, their order and what they set are the original's
(``tests/test_nlp_attribute_index.py`` compares both on every development text).
"""
from __future__ import annotations

import itertools

from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler

# attributes a one-token pattern may test by equality and that Doc.to_array reads as integers
_INDEXABLE = ("ORTH", "LOWER", "TAG", "POS", "DEP", "NORM", "SHAPE", "IS_SPACE", "IS_PUNCT", "IS_DIGIT",
              "IS_ALPHA", "IS_TITLE", "IS_UPPER", "IS_LOWER", "LENGTH")
_FLAGS = {"IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA", "IS_TITLE", "IS_UPPER", "IS_LOWER"}


def _index_keys(pattern, strings):
    """How a one-token pattern is looked up: ``(names, [values...], checks)``, or None for the Matcher.

    ``names`` are the attributes it tests for equality or membership (``IN``), ``values`` every combination of
    their values as ``Doc.to_array`` gives them (hashes; 0 or 1 for flags), ``checks`` the ``NOT_IN`` tests
    left for each looked-up token, as (name, forbidden values).

    >>> from spacy.strings import StringStore
    >>> names, values, checks = _index_keys([{"TAG": "VBP", "LOWER": {"IN": ["am", "'m"]}}], StringStore())
    >>> names, len(values), checks
    (('LOWER', 'TAG'), 2, ())
    >>> _index_keys([{"LOWER": {"REGEX": "^n"}}], StringStore()) is None
    True
    """
    if len(pattern) != 1:
        return None
    token = {name.upper(): value for name, value in pattern[0].items()}
    if any(name not in _INDEXABLE for name in token):
        return None

    def value_of(name, value):
        if name in _FLAGS or name == "LENGTH":
            return int(value) if isinstance(value, (bool, int)) else None
        return strings[value] if isinstance(value, str) else None

    names, choices, checks = [], [], []
    for name in sorted(token):
        value = token[name]
        if isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
                return None
            (op, listed), = value.items()
            hashed = [value_of(name, v) for v in listed]
            if None in hashed:
                return None
            if op == "IN":
                names.append(name)
                choices.append(hashed)
            else:
                checks.append((name, frozenset(hashed)))
        else:
            hashed = value_of(name, value)
            if hashed is None:
                return None
            names.append(name)
            choices.append([hashed])
    if not names:
        return None
    return tuple(names), list(itertools.product(*choices)), tuple(checks)


class IndexedAttributeRuler(AttributeRuler):
    """An ``AttributeRuler`` whose ``match`` reads one-token equality patterns from dictionaries."""

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._index = None  # built again on the next document

    def _build(self):
        """Group the patterns by the attributes they look up: {names: {values: [(rule, checks)]}}; a Matcher of
        the others (several tokens, regular expressions)."""
        groups: dict[tuple, dict] = {}
        rest = Matcher(self.vocab, validate=False)
        for rule, entry in enumerate(self.patterns):
            others = []
            for pattern in entry["patterns"]:
                keys = _index_keys(pattern, self.vocab.strings) if entry["index"] in (0, -1) else None
                if keys is None:
                    others.append(pattern)
                    continue
                names, values, checks = keys
                table = groups.setdefault(names, {})
                for value in values:
                    table.setdefault(value[0] if len(value) == 1 else value, []).append((rule, checks))
            if others:
                rest.add(self.vocab.strings.add(str(rule)), others)
        columns = sorted({name for names in groups for name in names} |
                         {name for table in groups.values() for entries in table.values()
                          for _, checks in entries for name, _ in checks})
        where = {name: i for i, name in enumerate(columns)}
        for table in groups.values():
            for value, entries in table.items():
                table[value] = [(rule, tuple((where[name], forbidden) for name, forbidden in checks))
                                for rule, checks in entries]
        ids = [self.vocab.strings[str(rule)] for rule in range(len(self.attrs))]  # each rule's id, as the Matcher's
        self._index = ([IDS[name] for name in columns],
                       [(tuple(where[name] for name in names), table) for names, table in groups.items()], rest, ids)

    def match(self, doc):
        """The matches ``AttributeRuler.match`` returns: ``(rule, rule's string id, start, end)``, sorted."""
        if getattr(self, "_index", None) is None:
            self._build()
        attr_ids, groups, rest, ids = self._index
        matches = [(int(self.vocab.strings[m_id]), m_id, s, e) for m_id, s, e in
                   rest(doc, allow_missing=True, as_spans=False)] if len(rest) else []
        if attr_ids and len(doc):
            columns = doc.to_array(attr_ids).reshape(len(doc), -1).T.tolist()
            for cols, table in groups:
                keys = columns[cols[0]] if len(cols) == 1 else zip(*(columns[c] for c in cols))
                for i, key in enumerate(keys):
                    entries = table.get(key)
                    if entries:
                        for rule, checks in entries:
                            if not checks or all(columns[c][i] not in forbidden for c, forbidden in checks):
                                matches.append((rule, ids[rule], i, i + 1))
        matches.sort()
        return matches



def index_attribute_ruler(nlp) -> None:
    """Give the pipeline's ``attribute_ruler`` (if it has a stock one) the indexed matching; same output."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = IndexedAttributeRuler
        ruler._index = None
