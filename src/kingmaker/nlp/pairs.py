"""The learned pair scorer: candidate actor pairs of a sentence, their features (names masked), the model that reads
them, and the ties and events it adds after the rules (the ``kingmaker_learned_pairs`` stage; off unless
``KINGMAKER_PAIR_MODEL`` names a model, see ``pair_model``).

A candidate is two listed actors named in one sentence; its features describe how the sentence joins
their nearest mentions: the dependency path between the mentions' heads, the words between them, the
words around them, the actors' kinds, the cue classes of those words and what the rules found for either actor in
the sentence. Words are read only when written in lower case (a name never becomes a feature: a capitalised word is
``<cap>``, a number ``<num>``, a mention its actor's kind). ``bench/train_pairs.py`` trains the model.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from kingmaker.knowledge import knowledge
from kingmaker.knowledge.lexicons import clears_with_lexicons

__all__ = ["Candidate", "Head", "PairModel", "candidates", "doc_candidates", "learnable_event", "learned_items",
           "lexicon_classes", "pair_features", "pair_model"]

MAX_GAP = 12  # words between the mentions read as a bag up to this gap
MAX_PATH = 7  # dependency paths longer than this are "long"


_CLASSES: list[dict[str, frozenset[str]]] = []
clears_with_lexicons(_CLASSES.clear)
# the cue tables whose one-word keys name a tie type, and the word lists, of relations.yaml; the role lists of roles.yaml
_TYPED_SECTIONS = ("hyphen_modifiers", "of_phrases", "adjective_phrases", "verb_relations", "passive_participles")
_ROLE_LISTS = ("leader_roles", "member_roles", "head_of_state_titles")


def lexicon_classes() -> dict[str, frozenset[str]]:
    """Word -> the cue classes the knowledge files put it in ("verb_relations:backs", "wl:hostility_nouns",
    "role:leader_roles"): a cue word the training texts never used still reads as its class."""
    if not _CLASSES:
        kb = knowledge()
        out: dict[str, set[str]] = {}
        for section in _TYPED_SECTIONS:
            for word, typ in (kb.relations.get(section) or {}).items():
                if isinstance(word, str) and " " not in word and isinstance(typ, str):
                    out.setdefault(word.lower(), set()).add(f"{section}:{typ}")
        for name, words in (kb.relations.get("word_lists") or {}).items():
            for word in words if isinstance(words, list) else ():
                if isinstance(word, str) and " " not in word:
                    out.setdefault(word.lower(), set()).add("wl:" + name)
        for name in _ROLE_LISTS:
            for word in getattr(kb, name):
                if " " not in word:
                    out.setdefault(word, set()).add("role:" + name)
        _CLASSES.append({w: frozenset(c) for w, c in out.items()})
    return _CLASSES[0]


@dataclass(frozen=True)
class Candidate:
    first: int  # local actor named first in the sentence
    second: int
    m1: tuple[int, int]  # token bounds of the two nearest mentions
    m2: tuple[int, int]
    sent: tuple[int, int]


def candidates(doc: Doc, listed: set[int]) -> Iterator[Candidate]:
    """Each pair of distinct listed actors named in one sentence, with their nearest mentions, in text order."""
    mentions = sorted((m.start, m.end, m.actor) for m in doc._.km_mentions or [] if m.actor in listed)
    by_sent: dict[int, list[tuple[int, int, int]]] = {}
    ends = {}  # sentence start -> its end
    for s, e, a in mentions:
        sent = doc[s].sent
        by_sent.setdefault(sent.start, []).append((s, e, a))
        ends[sent.start] = sent.end
    for sstart, ms in by_sent.items():
        best: dict[tuple[int, int], tuple[int, tuple, tuple]] = {}
        for i, (s1, e1, a1) in enumerate(ms):
            for s2, e2, a2 in ms[i + 1:]:
                if a1 == a2 or s2 < e1:
                    continue
                key = (min(a1, a2), max(a1, a2))
                gap = s2 - e1
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, (s1, e1, a1), (s2, e2, a2))
        for _gap, (s1, e1, a1), (s2, e2, a2) in best.values():
            yield Candidate(a1, a2, (s1, e1), (s2, e2), (sstart, ends[sstart]))


def _root(doc: Doc, bounds: tuple[int, int]) -> Token:
    return doc[bounds[0]:bounds[1]].root


def pair_features(doc: Doc, cand: Candidate, kinds: dict[int, str], in_mention: dict[int, int]) -> list[str]:
    """The features of one candidate (strings; ``in_mention`` maps a token index to its mention's actor)."""

    def word(tok: Token) -> str:
        a = in_mention.get(tok.i)
        if a is not None:
            return "<" + kinds.get(a, "x") + ">"
        if tok.like_num:
            return "<num>"
        if tok.is_punct:
            return tok.text if len(tok.text) == 1 else "<p>"
        if tok.is_alpha and tok.text.islower():
            return tok.lemma_.lower()
        return "<cap>"

    classes = lexicon_classes()
    k1, k2 = kinds.get(cand.first, "x"), kinds.get(cand.second, "x")
    kk = f"{k1}>{k2}"
    out = [f"kk={kk}"]

    def bag(prefix: str, words: list[str]) -> None:
        """Each word alone and with the kinds ("on=arm", "on=arm|country>organization"), and its cue classes."""
        for w in set(words):
            out.extend((f"{prefix}={w}", f"{prefix}={w}|{kk}"))
            for c in classes.get(w, ()):
                out.extend((f"{prefix}c={c}", f"{prefix}c={c}|{kk}"))

    r1, r2 = _root(doc, cand.m1), _root(doc, cand.m2)
    path = _path(r1, r2)
    if path is None:
        out.append("path=none")
    else:
        up1, up2, top = path
        steps = [f"{t.dep_}^" for t in up1] + [f"v{t.dep_}" for t in reversed(up2)]
        inner = [word(t) for t in up1[1:]] + ([word(top)] if top not in (r1, r2) else []) \
            + [word(t) for t in reversed(up2[1:])]
        if len(steps) > MAX_PATH:
            out.append("path=long")
        else:
            out.append("pd=" + " ".join(steps))
            out.append("pw=" + " ".join(inner))
            out.append("pdw=" + " ".join(steps) + "|" + " ".join(inner))
        top_word = word(top)
        out.append("lca=" + top_word)
        out.append(f"lca={top_word}|{kk}")
        bag("on", inner)
        out.append(f"d1={r1.dep_}")
        out.append(f"d2={r2.dep_}")
        out.append(f"d12={r1.dep_}|{r2.dep_}|{kk}")
    gap = cand.m2[0] - cand.m1[1]
    out.append("gap=" + (str(gap) if gap < 4 else "4-8" if gap <= 8 else "9-12" if gap <= MAX_GAP else "far"))
    if gap <= MAX_GAP:
        between = [word(doc[i]) for i in range(cand.m1[1], cand.m2[0])]
        out.append("bw=" + " ".join(between))
        bag("b", between)
        if between:
            out.append("b1=" + between[0])
            out.append("bL=" + between[-1])
    s0, s1 = cand.sent
    out.append("pre=" + (word(doc[cand.m1[0] - 1]) if cand.m1[0] > s0 else "<s>"))
    out.append("post=" + (word(doc[cand.m2[1]]) if cand.m2[1] < s1 else "</s>"))
    if any(t.dep_ == "neg" for t in doc[s0:s1]):
        out.append("neg")
    return out


def _sentence_context(doc: Doc, actor_of) -> dict[int, list[tuple[int, str, int]]]:
    """The rules' findings per sentence start: (source, tie type or "EV" for an event, target) between listed actors
    (``actor_of``: ``components.listed_actor_of``'s mention reader)."""
    out: dict[int, list[tuple[int, str, int]]] = {}
    for h in doc._.km_relations or []:
        out.setdefault(h.span.sent.start, []).append((h.source, h.type, h.target))
    for e in doc._.km_events or []:
        s, t = actor_of(e.source), actor_of(e.target)
        if s is not None and t is not None:
            out.setdefault(e.sentence.start, []).append((s, "EV", t))
    return out


def doc_candidates(doc: Doc, actor_of=None) -> list[tuple[Candidate, list[str]]]:
    """Every candidate pair of the Doc with its features, read after the rules ran (``doc._.km_relations`` and
    ``doc._.km_events``): what the rules found for either actor elsewhere in the sentence is a feature too
    ("rs1=leader_of>": the first actor leads another body by the rules' reading of this sentence)."""
    from kingmaker.nlp.components import emitted_actors, listed_actor_of

    listed = emitted_actors(doc)
    kinds = {a.idx: a.kind for a in doc._.km_actors or []}
    in_mention = {i: m.actor for m in doc._.km_mentions or [] for i in range(m.start, m.end)}
    context = _sentence_context(doc, actor_of or listed_actor_of(doc)[0])
    out = []
    for cand in candidates(doc, listed):
        ctx = set()
        for x, typ, y in context.get(cand.sent[0], ()):
            if {x, y} == {cand.first, cand.second}:
                continue
            for actor, tag in ((cand.first, "1"), (cand.second, "2")):
                if x == actor:
                    ctx.add(f"rs{tag}={typ}>")
                if y == actor:
                    ctx.add(f"rs{tag}={typ}<")
        out.append((cand, pair_features(doc, cand, kinds, in_mention) + sorted(ctx)))
    return out


def learnable_event(features: list[str]) -> bool:
    """Whether the model may add an event for a candidate: not in a sentence with a negation (an event the text
    says did not happen is worse than one missed)."""
    return "neg" not in features


@dataclass(frozen=True)
class Head:
    """One layer of the pair model (ties or events): a linear (multinomial logistic) scorer over candidate
    features. A class is "TYPE>" (first actor -> second), "TYPE<", "TYPE=" (a tie the scorer reads both ways:
    first -> second), or "NONE"."""
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]
    threshold: float

    @classmethod
    def from_dict(cls, data: dict) -> "Head":
        return cls(tuple(data["classes"]), tuple(data["bias"]),
                   {f: {int(k): v for k, v in ws.items()} for f, ws in data["weights"].items()},
                   float(data["threshold"]))

    def best(self, features: list[str]) -> tuple[str, float]:
        """The likeliest class other than NONE and its probability (NONE, 0.0 for a head with no other class).

        >>> head = Head(("NONE", "backs>"), (0.0, -1.0), {"b=arm": {1: 3.0}}, 0.5)
        >>> [(c, round(p, 2)) for c, p in (head.best(["b=arm"]), head.best(["b=say"]))]
        [('backs>', 0.88), ('backs>', 0.27)]
        """
        others = [k for k, c in enumerate(self.classes) if c != "NONE"]
        if not others:
            return "NONE", 0.0
        scores = list(self.bias)
        for f in set(features):
            for k, w in self.weights.get(f, {}).items():
                scores[k] += w
        top = max(scores)
        exp = [math.exp(x - top) for x in scores]
        k = max(others, key=lambda k: scores[k])
        return self.classes[k], exp[k] / sum(exp)

    def read(self, features: list[str]) -> tuple[str, str, float] | None:
        """(type, direction ">" or "<", probability) of the likeliest class at or above the threshold, else None."""
        label, p = self.best(features)
        if label == "NONE" or p < self.threshold:
            return None
        return label[:-1], "<" if label.endswith("<") else ">", p


@dataclass(frozen=True)
class PairModel:
    ties: Head
    events: Head

    @classmethod
    def load(cls, path) -> "PairModel":
        """The model file (``bench/train_pairs.py`` writes it); a missing or malformed one is a load error naming it."""
        import json

        from kingmaker.errors import KnowledgeError

        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(Head.from_dict(data["ties"]), Head.from_dict(data["events"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
            raise KnowledgeError(str(path), f"not a pair model ({type(err).__name__}: {err})") from None


_MODEL: list[tuple[str, PairModel | None]] = []  # (the variable's value, its model)
clears_with_lexicons(_MODEL.clear)
MODEL_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "pair_model.json"


def pair_model() -> PairModel | None:
    """The pair model the environment variable ``KINGMAKER_PAIR_MODEL`` names: ``shipped`` for the one in
    ``knowledge/data``, a file's path for another; unset, empty or ``none``: no model, the rules alone (the default:
    the shipped model still reads the invented negatives of the rule batteries, a negation, a wish, a tie told as
    over, as ties and events). Read once per value of the variable."""
    import os

    name = os.environ.get("KINGMAKER_PAIR_MODEL", "").strip()
    if not _MODEL or _MODEL[0][0] != name:
        _MODEL.clear()
        path = None if name.lower() in ("", "none") else MODEL_FILE if name.lower() == "shipped" else Path(name)
        _MODEL.append((name, PairModel.load(path) if path is not None else None))
    return _MODEL[0][1]


def _ends(cand: Candidate, way: str) -> tuple[int, int]:
    return (cand.second, cand.first) if way == "<" else (cand.first, cand.second)


def learned_items(doc: Doc, model: PairModel) -> tuple[list, list]:
    """The ties and events the model reads between pairs of actors the rules gave none of that layer in this Doc
    (``doc._.km_relations``, ``doc._.km_events``), at or above each head's threshold: ties only between kinds their
    type allows (types.yaml domain and range), events only in sentences without a negation. Evidence: the sentence;
    an event's trigger: the word that joins the two mentions (their heads' lowest common ancestor)."""
    from kingmaker.knowledge.types import type_table
    from kingmaker.nlp.components import listed_actor_of
    from kingmaker.nlp.events import EventHit
    from kingmaker.nlp.relations import RelationHit

    table = type_table().relations
    tied = {frozenset((h.source, h.target)) for h in doc._.km_relations or []}
    actor_of = listed_actor_of(doc)[0]
    evented = {frozenset((actor_of(e.source), actor_of(e.target))) for e in doc._.km_events or []}
    kinds = {a.idx: a.kind for a in doc._.km_actors or []}
    ties: dict[tuple[int, str, int], RelationHit] = {}
    events: dict[tuple[int, str, int], EventHit] = {}
    for cand, features in doc_candidates(doc, actor_of):
        pair = frozenset((cand.first, cand.second))
        sent = doc[cand.sent[0]:cand.sent[1]]
        reading = None if pair in tied else model.ties.read(features)
        if reading is not None:
            typ, way, p = reading
            src, tgt = _ends(cand, way)
            spec = table.get(typ)
            if spec is not None and kinds.get(src) in spec["domain"] and kinds.get(tgt) in spec["range"]:
                if (src, typ, tgt) not in ties or p > ties[(src, typ, tgt)].confidence:
                    ties[(src, typ, tgt)] = RelationHit(src, typ, tgt, sent, round(p, 3))
        reading = None if pair in evented or not learnable_event(features) else model.events.read(features)
        if reading is not None:
            typ, way, p = reading
            m1, m2 = doc[cand.m1[0]:cand.m1[1]], doc[cand.m2[0]:cand.m2[1]]
            source, target = (m2, m1) if way == "<" else (m1, m2)
            key = (actor_of(source), typ, actor_of(target))
            if key not in events or p > events[key].confidence:
                events[key] = EventHit(typ, source, target, False, sent, _joint(m1.root, m2.root), round(p, 3), None)
    return list(ties.values()), list(events.values())


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token] | None:
    """The dependency path between two tokens: the tokens from ``a`` up to their lowest common ancestor (that one
    left out), the same from ``b``, and the ancestor; None when they share none.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "backs", "the", "B"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"])
    >>> up1, up2, top = _path(doc[0], doc[3])
    >>> [t.text for t in up1], [t.text for t in up2], top.text
    (['A'], ['B'], 'backs')
    """
    up1 = [a, *a.ancestors]
    up2 = [b, *b.ancestors]
    at = {t.i: n for n, t in enumerate(up2)}
    for n, t in enumerate(up1):
        if t.i in at:
            return up1[:n], up2[:at[t.i]], t
    return None


def _joint(a: Token, b: Token) -> Token:
    """The lowest common ancestor of two tokens of one sentence (the sentence's root when none)."""
    path = _path(a, b)
    return path[2] if path is not None else b.sent.root
