"""Power numbers: seats won (and a legislature's size) and troops, attached to the right actor.

The cue words and two Matcher patterns live in ``knowledge/data/facts.yaml`` (its header documents the
syntax). Every number
phrase of a sentence is read once, with the word after it deciding what it counts: "34 seats",
"27 deputies", "the 128-seat chamber", "900 troops", or a bare number ("X followed with 27",
"A won 40, B 33") that counts seats only where the sentence (or the one before it) states seats.

>>> parse_number("ninety-one"), parse_number("50,000"), parse_number("1.5 million"), parse_number("325")
(91, 50000, 1500000, 325)
>>> parse_number("third") is None, parse_number("2,500"), parse_number("one hundred and four"), parse_number("10 000")
(True, 2500, 104, 10000)
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kingmaker.errors import KnowledgeError
from kingmaker.knowledge import DATA, knowledge, load_yaml, norm
from kingmaker.knowledge.lexicons import lexicon_cache
from kingmaker.nlp import (BULLETS, QUOTE_MARKS, doc_sents, doc_span, doc_text, ends_in_question, per_doc, quoted,
                           read_tokens, refuted_claim,
                           span_text, token_lowers, token_pos, token_starts, token_texts)
from kingmaker.nlp.events import _inverted_condition
from kingmaker.nlp.relations import (PhraseResolver, _conjunct_root, _name_heads, _same_stem, _state_body,
                                     cues as relation_cues, rebel_named)
from kingmaker.nlp.tables import LIST_SEPARATORS, results_rows

__all__ = ["FactHit", "FactCues", "fact_cues", "find_facts", "parse_number"]

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
NOT_COUNTS = {"TIME", "PERCENT", "MONEY", "ORDINAL"}
REL_PRONOUNS = {"who", "which", "that", "whom"}
LEADING_VERBS = ("lead", "head", "found", "run")  # "the movement led by X": X's body


@dataclass
class FactHit:
    actor: int  # local actor index
    key: str
    value: int
    span: Span
    confidence: float
    # a person's count that the sentence gives as their party's ("X's party holds 38", "the party of X won 9"): it
    # stands for that party, even where the document does not say which party the person leads
    party: bool = False
    # a holding in the outgoing house ("X has 31 seats in the outgoing parliament"), or a house's size read off a whole
    # with no frame of its own ("Of the 331 seats, X won 86"): it stands unless the story gives the same actor another
    # seat count (the newly elected house's, the house's size stated)
    earlier: bool = False
    # a legislature's own size ("the 150 deputies" of a house): it stays the house's even where the actor layer took
    # the house's name for a person's
    house: bool = False


@dataclass(frozen=True)
class FactCues:
    """The word lists of ``facts.yaml``, one frozenset per list (lower-case)."""
    seat_nouns: frozenset[str]
    seat_holders: frozenset[str]
    size_modifiers: frozenset[str]
    legislature_nouns: frozenset[str]
    not_legislature_words: frozenset[str]
    win_verbs: frozenset[str]
    rank_verbs: frozenset[str]
    move_verbs: frozenset[str]
    move_particles: frozenset[str]
    whole_seat_modifiers: frozenset[str]
    time_words: frozenset[str]
    unobjected_operation_verbs: frozenset[str]
    reliance_verbs: frozenset[str]
    host_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    holding_preps: frozenset[str]
    joined_holder_preps: frozenset[str]
    force_nouns: frozenset[str]
    small_unit_nouns: frozenset[str]
    member_nouns: frozenset[str]
    change_verbs: frozenset[str]
    give_verbs: frozenset[str]
    change_words: frozenset[str]
    additive_words: frozenset[str]
    holding_verbs: frozenset[str]
    threshold_words: frozenset[str]
    not_seat_units: frozenset[str]
    troop_nouns: frozenset[str]
    troop_qualifiers: frozenset[str]
    troop_nouns_qualified: frozenset[str]
    force_men_qualified: frozenset[str]
    civil_force_qualifiers: frozenset[str]
    aide_qualifiers: frozenset[str]
    aide_nouns: frozenset[str]
    irregular_troop_nouns: frozenset[str]
    casualty_words: frozenset[str]
    acted_on_words: frozenset[str]
    date_words: frozenset[str]
    past_words: frozenset[str]
    outgoing_words: frozenset[str]
    retraction_nouns: frozenset[str]
    attribution_words: frozenset[str]
    projection_words: frozenset[str]
    troop_withdraw_verbs: frozenset[str]
    respective_words: frozenset[str]
    seat_group_nouns: frozenset[str]
    rank_nouns: frozenset[str]
    rank_preps: frozenset[str]
    election_nouns: frozenset[str]
    keep_verbs: frozenset[str]
    retain_verbs: frozenset[str]
    loss_verbs: frozenset[str]
    remainder_words: frozenset[str]
    troop_transfer_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    claim_words: frozenset[str]
    self_report_verbs: frozenset[str]
    total_nouns: frozenset[str]
    reach_verbs: frozenset[str]
    margin_nouns: frozenset[str]
    partial_count_words: frozenset[str]
    candidate_nouns: frozenset[str]
    assault_verbs: frozenset[str]
    contribute_verbs: frozenset[str]
    partner_nouns: frozenset[str]
    single_words: frozenset[str]
    house_size_verbs: frozenset[str]
    holder_verbs: frozenset[str]
    force_member_nouns: frozenset[str]
    allegiance_words: frozenset[str]
    arms_words: frozenset[str]
    command_verbs: frozenset[str]
    deploy_verbs: frozenset[str]
    order_verbs: frozenset[str]
    deploy_nouns: frozenset[str]
    operation_verbs: frozenset[str]
    operation_nouns: frozenset[str]
    seat_basis_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    armed_subkinds: frozenset[str]
    force_speaker_words: frozenset[str]
    field_verbs: frozenset[str]
    party_subkinds: frozenset[str]
    strength_verbs: frozenset[str]
    strength_nouns: frozenset[str]
    body_strength_verbs: frozenset[str]
    approximators: frozenset[str]
    distributive_words: frozenset[str]
    present_words: frozenset[str]
    head_first_legislature_nouns: frozenset[str]
    local_house_nouns: frozenset[str]
    local_holders: frozenset[str]
    local_place_nouns: frozenset[str]
    state_nouns: frozenset[str]
    local_election_words: frozenset[str]
    sum_words: frozenset[str]
    table_seat_headers: frozenset[str]
    table_total_rows: frozenset[str]
    table_leader_headers: frozenset[str]
    table_bloc_headers: frozenset[str]
    table_backer_headers: frozenset[str]
    table_sum_rows: frozenset[str]
    table_troop_headers: frozenset[str]
    conversion_verbs: frozenset[str]
    table_count_qualifiers: frozenset[str]
    results_labels: frozenset[str]
    negation_words: frozenset[str]
    condition_marks: frozenset[str]
    denial_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    request_verbs: frozenset[str]
    postponing_words: frozenset[str]
    share_words: frozenset[str]
    seat_label_words: frozenset[str]
    generic_house_nouns: frozenset[str]
    # Matcher patterns by name, "$list" references already replaced by the cue words
    patterns: dict[str, list] = field(default_factory=dict, compare=False, hash=False)

    def has(self, cue: str, tok: Token) -> bool:
        """The token is a word of the cue list; a phrasal verb is its lemma and particle ("pick up" in "picked up 40
        seats", "make up" in "is made up of 120 deputies")."""
        words = getattr(self, cue)
        lows, lemmas = token_lowers(tok.doc)  # (tok.lower_, tok.lemma_.lower(): read once per Doc)
        if lows[tok.i] in words or lemmas[tok.i] in words:
            return True
        return _has_phrasal(words) and any(c.dep_ == "prt" and f"{lemmas[tok.i]} {c.lower_}" in words
                                           for c in tok.children)

    def matcher(self, vocab: Vocab) -> Matcher:
        """A Matcher with every pattern of the cue file, built once per vocabulary."""
        cached = _MATCHERS.get(id(vocab))
        if cached is not None and cached[0] is vocab and cached[1] is self:
            return cached[2]
        matcher = Matcher(vocab)
        for name, pats in self.patterns.items():
            matcher.add(name, pats)
        _MATCHERS[id(vocab)] = (vocab, self, matcher)
        return matcher


@lru_cache(maxsize=None)
def _has_phrasal(words: frozenset[str]) -> bool:
    """Whether a cue list holds a phrasal verb ("pick up")."""
    return any(" " in w for w in words)


_MIN_TROOPS = 10  # the smallest count read as a force's strength

CUE_LISTS = tuple(f.name for f in fields(FactCues) if f.name != "patterns")  # the lists facts.yaml must define
PATTERN_NAMES = ("part_of_whole", "size_modifier")  # the patterns the rules below read
_MATCHERS: dict[int, tuple] = {}


def _expand(pattern: object, lists: dict[str, frozenset[str]], path: Path, name: str) -> object:
    """Replace "$list" in a pattern by the words of that cue list."""
    if isinstance(pattern, str) and pattern.startswith("$"):
        if pattern[1:] not in lists:
            raise KnowledgeError(str(path), f"pattern {name!r} refers to unknown cue list {pattern!r}")
        return sorted(lists[pattern[1:]])
    if isinstance(pattern, list):
        return [_expand(p, lists, path, name) for p in pattern]
    if isinstance(pattern, dict):
        return {k: _expand(v, lists, path, name) for k, v in pattern.items()}
    return pattern


def _load_patterns(data: object, lists: dict[str, frozenset[str]], path: Path) -> dict[str, list]:
    if not isinstance(data, dict) or set(data) != set(PATTERN_NAMES):
        raise KnowledgeError(str(path), f"'patterns' must define exactly {', '.join(PATTERN_NAMES)}")
    out = {}
    check = Matcher(Vocab(), validate=True)
    for name, pats in data.items():
        pats = _expand(pats, lists, path, name)
        try:
            check.add(name, pats)
        except (ValueError, TypeError) as err:  # spaCy's MatchPatternError is a ValueError
            raise KnowledgeError(str(path), f"pattern {name!r} is not a spaCy Matcher pattern: {err}") from None
        out[name] = pats
    return out


def load_fact_cues(path: Path, data: Any = None) -> FactCues:
    """Read a cue file; a missing list or a non-word entry raises KnowledgeError naming the file.

    >>> cues = fact_cues()
    >>> "seats" in cues.seat_nouns and "troops" in cues.troop_nouns
    True
    """
    data = load_yaml(path) if data is None else data
    if not isinstance(data, dict):
        raise KnowledgeError(str(path), "must be a mapping of cue lists")
    lists = {}
    for key in CUE_LISTS:
        words = data.get(key)
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError(str(path), f"{key!r} must be a list of words")
        lists[key] = frozenset(w.strip().lower() for w in words)
    unknown = set(data) - set(CUE_LISTS) - {"patterns"}
    if unknown:
        raise KnowledgeError(str(path), f"unknown cue list {sorted(unknown)[0]!r}; known: {', '.join(CUE_LISTS)}")
    return FactCues(**lists, patterns=_load_patterns(data.get("patterns"), lists, path))


@lexicon_cache(maxsize=1)
def fact_cues() -> FactCues:
    from kingmaker.knowledge.lexicons import load_data

    path = DATA / "facts.yaml"
    return load_fact_cues(path, load_data("facts", load_yaml(path)))


def _year_token(tok: Token) -> bool:
    """A token that is a year written in four digits ("2019")."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2100


_SPACED_DIGITS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")  # "10 000", "1 500"
_NOT_DIGIT = re.compile(r"\D")
_DASH = re.compile(r"\s*-\s*")
_DIGITS_SCALE = re.compile(r"(\d+(?:\.\d+)?)\s*(thousand|million)?")  # "40", "2.5 million"


def parse_number(text: str) -> int | None:
    s = text.lower().replace(",", "").strip()
    if _SPACED_DIGITS.fullmatch(s):
        s = _NOT_DIGIT.sub("", s)  # "10 000", "1 500": digits grouped by spaces
    s = _DASH.sub(" ", s)
    if not s:
        return None
    m = _DIGITS_SCALE.fullmatch(s)
    if m:
        v = float(m.group(1)) * (SCALES.get(m.group(2), 1) if m.group(2) else 1)
        return int(round(v))
    total, cur = 0, 0
    seen = False
    for w in s.split():
        if w == "and":
            continue
        if w in UNITS:
            cur += UNITS[w]
        elif w in TENS:
            cur += TENS[w]
        elif w == "hundred":
            cur = max(cur, 1) * 100
        elif w == "dozen":  # "a dozen", "two dozen"
            cur = max(cur, 1) * 12
        elif w in ("thousand", "million"):
            total += max(cur, 1) * SCALES[w]
            cur = 0
        elif re.fullmatch(r"\d+(\.\d+)?", w):
            cur += float(w)
        else:
            return None
        seen = True
    return int(total + cur) if seen else None


_DIGITS = re.compile(r"\d[\d,]*(\.\d+)?")


def _numeric(tok: Token) -> bool:
    return _numeric_word(tok.lower_)


def _numeric_word(low: str) -> bool:
    """``_numeric`` of a token whose ``lower_`` is ``low``."""
    return low in UNITS or low in TENS or low in SCALES or low == "dozen" or bool(_DIGITS.fullmatch(low))


def _numeric_flags(doc: Doc) -> list[bool]:
    """``_numeric`` of each token, worked out once per Doc and distinct word (the number scan asks it of every
    token of every sentence)."""
    def build(d: Doc) -> list[bool]:
        lows = token_lowers(d)[0]
        memo = {low: _numeric_word(low) for low in set(lows)}
        return list(map(memo.__getitem__, lows))
    return per_doc(doc, "numeric_flags", build)


def seat_rows(doc: Doc) -> list:
    """The rows of the document's results tables (nlp.tables) under the built-in cues, read once per Doc
    (the actors component reads them for the parties' names, this one for their counts)."""
    def build(d: Doc) -> list:
        text, cues = doc_text(d), fact_cues()
        return _results_rows(text, cues) if "\n" in text else []
    return per_doc(doc, "seat_rows", build)


def _results_rows(text: str, cues: FactCues) -> list:
    """``results_rows`` of ``text`` under the cues' seat, leader and bloc headers."""
    return results_rows(text, cues.seat_nouns | cues.table_seat_headers, cues.seat_nouns | cues.seat_holders,
                        cues.table_leader_headers, cues.table_bloc_headers, cues.table_troop_headers,
                        cues.table_count_qualifiers, cues.table_backer_headers)


_UNIT_WORD = re.compile(r"[^\W\d_]+|%")  # a word of letters, or a per cent sign
# "41.2", "30,5": a vote or a share, not a count of seats (not "1,200": a separator before three digits)
_DECIMAL = re.compile(r"\d[.,]\d(?!\d\d(?!\d))")
# a list line's label: a bullet maybe, then a name or a label (up to 60 characters, no colon) and a colon or a spaced
# dash ("- 1st Armoured Division (Velmont): ", "Troop contributors: ", "Dorsk List - "); the one label reader, for
# _label_owner (the count's own label) and _troop_list_owner (a label naming troops over a list of names)
_BULLET = "[" + re.escape("".join(BULLETS)) + "]"  # a list bullet (nlp.BULLETS) in a pattern
_LINE_LABEL = re.compile(r"[ \t]*(" + _BULLET + r"\s*)?([^\W_][^\n:]{0,60}?)(?::|\s[-\u2013\u2014]\s)")
_LABEL_BEFORE = re.compile(_LINE_LABEL.pattern + r"([^\n:]*)$")  # the label and all after it before the count
# a list item's longer label, its body described in it ("- 2nd Brigade, commanded by X, the general's nephew: 4,500
# troops"): only after a bullet, up to 100 characters
_ITEM_LABEL_BEFORE = re.compile(r"[ \t]*(" + _BULLET + r"\s*)([^\W_][^\n:]{0,100}?)(?::|\s[-\u2013\u2014]\s)([^\n:]*)$")
_MEMBERS_BRACKET = re.compile(r"\w\s*\(\d[\d,]*\s+members?\)")  # "Green League (22 members)": an entry of a breakdown
# "Green League: 22 members" on a line of its own: an entry of a breakdown by party
_MEMBERS_LINE = re.compile(r"^[ \t]*(?:" + _BULLET + r"[ \t]*)?[^\W\d_][^\n:]{0,60}:[ \t]*\d[\d,]*[ \t]+members?\b",
                           re.MULTILINE)
_LEADER = re.compile(r"\.{3,}|\u2026+|_{3,}")  # a dot leader between a list entry's name and its count


@dataclass
class _Number:
    start: int  # token indices of the number phrase, end exclusive
    end: int
    value: int

    def root(self, doc: Doc) -> Token:
        """The phrase's first word whose head lies outside it, else its last word: a new ``Token``, as spaCy's
        (the heads read off the listed tokens: no ``Token`` per word; a spaCy token's ``head`` is a new ``Token``,
        never the token itself, so a word heading itself is no root here either)."""
        _tk = read_tokens(doc)
        k = next((i for i in range(self.start, self.end) if not self.start <= _tk[i].head.i < self.end), self.end - 1)
        return doc[k]


def _numbers(doc: Doc, sent: Span, cues: FactCues) -> list[_Number]:
    """Number phrases of a sentence ("34", "fifteen", "ninety-one", "1.5 million"), left to right."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out = []
    i = sent.start
    lows, numeric = token_lowers(doc)[0], _numeric_flags(doc)
    while i < sent.end:
        if lows[i] in cues.single_words and sent.start < i < sent.end - 1 \
                and lows[i - 1] in ("a", "its", "their", "his", "her", "'s", "the") \
                and _tk[i + 1].tag_ in ("NN", "NNP") \
                and (cues.has("seat_nouns", _tk[i + 1]) or cues.has("seat_holders", _tk[i + 1])):
            out.append(_Number(i, i + 1, 1))  # "won a single seat", "its lone deputy"
            i += 1
            continue
        if not numeric[i] and (top := _range_top(lows[i])) is not None:
            out.append(_Number(i, i + 1, top))  # "3,000–4,000 fighters" in one token: the top of the range
            i += 1
            continue
        if not numeric[i] or lows[i] in SCALES and not (i > sent.start and lows[i - 1] == "a") and not (
                i > sent.start and lows[i - 1] == "the" and i + 1 < sent.end
                and (cues.has("seat_nouns", _tk[i + 1]) or cues.has("seat_holders", _tk[i + 1]))):
            i += 1  # (but "a hundred", "a thousand", and a scale word after "the" on a seat noun)
            continue
        j = i + 1
        while j < sent.end and (numeric[j] or _tk[j].text == "-" and j + 1 < sent.end and numeric[j + 1]
                                and not (_tk[j - 1].is_digit or _DIGITS.fullmatch(_tk[j - 1].text))
                                or lows[j] == "and" and lows[j - 1] in SCALES and j + 1 < sent.end
                                and (lows[j + 1] in UNITS or lows[j + 1] in TENS)):
            j += 1  # "ninety-one", "one hundred and four" are one number; "40,000-50,000" is a range of two
        value = parse_number(doc_span(doc, i, j).text)
        # "9 October", "October 9", "Dec. 2", "9th of May" (not "said on Tuesday that 3,200 troops")
        near = [_tk[k] for k in (i - 1, j) if sent.start <= k < sent.end]
        if i - 2 >= sent.start and _tk[i - 1].text == ".":
            near.append(_tk[i - 2])
        if j + 1 < sent.end and _tk[j].lower_ == "of":
            near.append(_tk[j + 1])
        dated = any(cues.has("date_words", t) for t in near)
        if value is not None and (_tk[i].ent_type_ not in NOT_COUNTS or _untimed(doc, i, cues)) and not dated:
            out.append(_Number(i, j, value))
        i = j
    return out


# the rest of a field's line after its count: nothing, or the whole it is out of ("71", "71 of 150", "71 (of 150).")
_WHOLE_VALUE = re.compile(r"[ \t]*(?:\(?(?:out )?of \d[\d,]*\)?)?[ \t]*\.?[ \t]*(?:\n|$)")


def _untimed(doc: Doc, i: int, cues: FactCues) -> bool:
    """Whether the number at ``i``, tagged a time by the NER, is in an entity with no word of time in it (facts.yaml
    time_words; no clock time "9:30", "7pm"): "X won 21 seats, Y five and Z three", "five and Z three" taken for a
    time, is a list of counts (not "five hours", "at 7pm", "five and a half hours")."""
    _tk = read_tokens(doc)
    if _tk[i].ent_type_ != "TIME":
        return False
    start, end = i, i + 1
    while start > 0 and _tk[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and _tk[end].ent_iob_ == "I":
        end += 1
    return not any(cues.has("time_words", doc[k]) or _CLOCK.search(_tk[k].text) for k in range(start, end))


_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs?)$", re.I)

_RANGE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)[\u2013\u2014](\d{1,3}(?:,\d{3})+|\d+)")


def _range_top(low: str) -> int | None:
    """The top of a range of counts written as one token with an en or em dash ("3,000–4,000"), as "between 3,000 and
    4,000" counts; None for any other token, and for a range of years ("2027–2031") or of small numbers ("3–1", a
    score; "40–45", seats a projection gives)."""
    m = _RANGE.fullmatch(low) if low[:1].isdigit() else None
    if m is None:
        return None
    a, b = (int(g.replace(",", "")) for g in m.groups())
    years = all(re.fullmatch(r"(1[89]|20)\d\d", g) for g in m.groups())
    if a < 100 or b <= a or years:
        return None
    return b


def _of_holder(tok: Token) -> Token | None:
    """The word an "of" phrase holding ``tok`` hangs on ("a force of 300 men": "force" for "men"), or None.

    The one reading of "N of" for the counts' force and size rules."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None


def _of_which(clause: Token) -> bool:
    """'120 seats, of which 61 are needed': a relative clause about a part of its noun ('of which', 'of whom')."""
    return any(t.dep_ == "pobj" and t.lower_ in REL_PRONOUNS and t.head.lower_ == "of" for t in clause.subtree)


def _is_year(doc: Doc, n: _Number) -> bool:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return n.end - n.start == 1 and _YEAR.fullmatch(_tk[n.start].text) is not None


_YEAR = re.compile(r"(1[89]|20)\d\d")  # a year of four digits, 1800 to 2099


def find_facts(doc: Doc, resolver: PhraseResolver | None = None, cues: FactCues | None = None) -> list[FactHit]:
    """Fact hits of ``doc``; ``resolver``: the document's PhraseResolver (default: the Doc's own)."""
    if resolver is None:
        from kingmaker.nlp.components import referents

        resolver = referents(doc)
    return _Facts(resolver, cues or fact_cues()).run()


class _Facts:
    def __init__(self, own: PhraseResolver, cues: FactCues):
        self.own = own
        self.doc = own.doc
        self.cues = cues
        self.out: list[FactHit] = []
        self.sent: Span = self.doc[0:0]
        self.text = doc_text(self.doc)  # spaCy builds doc.text anew on every access
        self.lows, self.lemmas = token_lowers(self.doc)  # tok.lower_, tok.lemma_.lower() (cues.has)
        # pattern name -> {first token: end} (the first token is the last of a number phrase)
        self.marks: dict[str, dict[int, int]] = {name: {} for name in PATTERN_NAMES}
        self.local: tuple[bool, int] | None = None  # _local_story: (local, where its vote is named), read once
        self.doc_seats = False  # whether the document names seats or their holders anywhere (run)
        self._house_named: bool | None = None  # whether the document names a house anywhere (_names_house)
        self.troop_owner = False  # whether the owner looked for is that of a count of troops (_troops)
        self.listed_people: set[tuple[int, int]] = set()  # (count, person) read as an item of a seat list (_gapped)
        self.actor_toks: dict[int, list[Token]] | None = None  # actor -> its mention tokens (_person_body)
        self.person_bodies: dict[int, tuple[int | None, Token | None]] = {}  # person -> _person_body's answer
        for match_id, start, end in cues.matcher(self.doc.vocab)(self.doc):
            self.marks[self.doc.vocab.strings[match_id]].setdefault(start, end)

    # ------------------------------------------------------------------ driver
    def run(self) -> list[FactHit]:
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return []
        seat_sent_before = False
        prev_end = 0
        seat_words = self.cues.seat_nouns | self.cues.seat_holders  # cues.has of either list, in one test
        # each token's test, once: whether its word or lemma is a seat noun or holder
        seats = [low in seat_words or lem in seat_words for low, lem in zip(self.lows, self.lemmas)]
        doc_seats = self.doc_seats = any(seats)
        paragraph_seats = False  # whether a sentence before in the paragraph stated seats
        _tk = read_tokens(doc)  # (a sentence's tokens off the listed tokens: no new Token per word)
        for sent in doc_sents(doc):  # (the sentences' spans, made once per Doc)
            words = _tk[sent.start:sent.end]
            if all(t.is_punct or t.is_space for t in words):
                continue  # a list's bullet the parser split off ("-" before "X: 14"): the list's context goes on
            same_paragraph = "\n\n" not in self.text[prev_end:sent.start_char]
            paragraph_seats = paragraph_seats and same_paragraph
            # (also "the 275 members of parliament": members of a house stand for its seats)
            states_seats = any(seats[sent.start:sent.end]) or any(
                self.cues.has("member_nouns", t) and self._house_members(t) for t in words if t.pos_ == "NOUN")
            context = states_seats or (seat_sent_before and same_paragraph) \
                or doc_seats and self._results_label(sent) or self._bracketed_counts(sent, doc_seats) \
                or paragraph_seats and self._bare_win(sent)
            if refuted_claim(sent.root):
                continue  # a fact-check's claim its verdict refutes: "Claim: \"X sent 2,000 soldiers.\"" ... "Verdict: FALSE"
            found = self._sentence(sent, context)
            # "Seat projections:" / "The latest poll:" before a list: its bare counts are no result either; a list
            # entry's name before a dot leader ("X ........", its count split off by the parser) keeps the context
            seat_sent_before = (found or states_seats or seat_sent_before and self._leader_split(sent)) \
                and not self._any_cue("projection_words", sent, "NOUN")
            paragraph_seats = paragraph_seats or found or states_seats
            prev_end = sent.end_char
        self._tables()
        self._answers()
        self._earlier_gives_way()
        self._latest_by_year()
        self._claims_give_way()
        # a handful of men is no force's strength ("Not one of them was sent", "two soldiers were posted there"): the
        # floor ``_troops_owned`` keeps, for every reader of troop counts
        self.out = [h for h in self.out if h.key != "troops" or h.value >= _MIN_TROOPS]
        return self.out

    def _answers(self) -> None:
        """A question and its elliptical answer ("Q: How many seats did X win? A: 40.", "How many fighters does X
        have? - About 3,000."): a sentence that is only a count (a speaker label, an approximator and the question's
        unit noun allowed) right after a question asking "how many" of seats, their holders or troops, that names
        one organisation or state (a house aside): that body's count. Casualties asked of ("how many soldiers were
        killed") and projections are no count."""
        doc, own, cues = self.doc, self.own, self.cues
        # (speaker labels alone left out; each sentence's text sliced from the Doc's: ``s.text`` joins its tokens)
        # (and a note in brackets after the question left out: "How many ...? (two points for the full name)")
        sents = [s for s in doc_sents(doc) if not re.fullmatch(r"[^\n:]{1,40}:\s*|\s*\([^()]*\)\s*",
                                                               span_text(doc, s.start, s.end))]
        for question, answer in zip(sents, sents[1:]):
            if not ends_in_question(question):
                continue
            low = [t.lower_ for t in question]
            at = next((i for i in range(len(low) - 2) if low[i] == "how" and low[i + 1] == "many"), None)
            if at is None:
                self._answered_holder(question, answer)
                continue
            unit = question[at + 2]
            k = at + 2
            while k + 1 < len(question) and k < at + 4 and question[k].pos_ in ("ADJ", "PROPN") \
                    and question[k].head.i == question[k + 1].i:
                k += 1  # "how many Korlendi troops", "how many regular troops": the noun the modifiers are on
            unit = question[k] if question[k].pos_ == "NOUN" else unit
            key = "seats" if cues.has("seat_nouns", unit) or cues.has("seat_holders", unit) else \
                "troops" if cues.has("troop_nouns", unit) else None
            if key is None or any(key == "troops" and cues.has("casualty_words", t) or cues.has("projection_words", t)
                                  or cues.has("threshold_words", t) or cues.has("loss_verbs", t) for t in question):
                continue
            text = re.sub(r"^[^\n:]{1,40}:\s*", "", answer.text.strip())  # "A: 40."
            if re.fullmatch(r"\d{1,2}[.)]", text) and self._numbered_line(question):
                continue  # "5. How many seats did X win?" then "6. Why ...": the next item's number, no answer
            # "40", "About 1,200", "Thirty-three", "Two thousand", "Nine seats": the count, perhaps the unit after it
            words = text.rstrip(" .!").split()
            if words and words[0].lower().rstrip(".") in cues.approximators:
                words = words[1:]
            if words and words[-1].lower() == unit.lower_:
                words = words[:-1]
            value = parse_number(" ".join(words)) if 1 <= len(words) <= 3 else None
            if value is None or not 1 <= value <= (2000 if key == "seats" else 5_000_000):
                continue
            named = {own.actor(t) for t in question} - {None}
            named = {a for a in named if own.kind(a) in ("organization", "country") and not self._legislature_name(a)}
            mods = {own.actor(t) for t in question[at + 2:unit.i - question.start]} - {None}
            mods = {a for a in mods if own.kind(a) in ("organization", "country")}
            named = mods if len(mods) == 1 else named  # "how many Korlendi troops guard the pass?": Korlend's
            if len(named) != 1:
                continue
            a = named.pop()
            if key == "seats" and own.kind(a) != "organization":
                continue
            self.out.append(FactHit(a, key, value, doc[question.start:answer.end], 0.6))

    def _numbered_line(self, sent: Span) -> bool:
        """Whether the line holding ``sent`` opens with a list number ("5. How many ...?", "12) Who ...?")."""
        text = doc_text(self.doc)
        at = self.doc[sent.start].idx
        line = text[text.rfind("\n", 0, at) + 1:at + 1]
        return re.match(r"\s*\d{1,2}[.)]\s", line + " ") is not None

    def _bare_win(self, sent: Span) -> bool:
        """A sentence closing on a bare count a body won (win_verbs' object, nothing after it but the full stop), read
        as seats in a paragraph that stated seats before (a sentence between)."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        k = sent.end - 1
        while k > sent.start and (_tk[k].is_space or _tk[k].is_punct):
            k -= 1
        t = doc[k]
        return t.pos_ == "NUM" and t.dep_ in ("dobj", "obj", "npadvmod") and k + 1 < sent.end \
            and _tk[k + 1].text == "." and self.cues.has("win_verbs", t.head) and t.head.pos_ == "VERB" and not self.cues.has("keep_verbs", t.head)

    def _answered_holder(self, question: Span, answer: Span) -> None:
        """'Which party won 44 of the 80 seats? ANSWER: The X Party.', 'Which force has 3,000 troops there? - The X.':
        a question asking which body (a question word on a group noun) holds a count of seats or troops, answered
        by a line naming one body alone: that body's count (not a casualty, a change or a projection)."""
        doc, own, cues = self.doc, self.own, self.cues
        if not any(t.lower_ in ("which", "what") and t.dep_ == "det" and t.head.pos_ == "NOUN"
                   and norm(t.head.lemma_) in own.kb.org_nouns for t in question):
            return
        if any(cues.has(w, t) for t in question for w in ("casualty_words", "projection_words", "threshold_words",
                                                           "loss_verbs", "change_verbs", "change_words")):
            return
        counts = []
        for t in question:
            value = parse_number(t.text) if t.pos_ == "NUM" else None
            of = next((p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj"), None)
            if value is None or t.dep_ != "nummod" and of is None:
                continue
            unit = t.head if t.dep_ == "nummod" else of
            if unit is None or t.dep_ == "nummod" and unit.dep_ == "pobj" and unit.head.head.pos_ == "NUM":
                continue  # the whole of "44 of the 80 seats" (the house's size)
            key = "seats" if cues.has("seat_nouns", unit) or cues.has("seat_holders", unit) else \
                "troops" if cues.has("troop_nouns", unit) else None
            if key is not None:
                counts.append((key, value))
        if len(counts) != 1:
            return
        body = doc[answer.start:answer.end]
        if len(body) > 14 or any(t.pos_ in ("VERB", "AUX") for t in body):
            return  # the answer names the body alone ("ANSWER: The X Party (XP).")
        named = {own.actor(t) for t in body} - {None}
        if len(named) != 1:
            return
        a = named.pop()
        key, value = counts[0]
        if own.kind(a) == "organization" and not self._legislature_name(a) \
                or key == "troops" and own.kind(a) == "country":
            self.out.append(FactHit(a, key, value, doc[question.start:answer.end], 0.6))

    def _leader_split(self, sent: Span) -> bool:
        """'X ........' with its count in the next sentence: a sentence whose last word is a dot leader."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        k = sent.end - 1
        while k > sent.start and _tk[k].is_space:
            k -= 1
        return bool(_LEADER.fullmatch(_tk[k].text))

    def _claimed(self, h: FactHit) -> bool:
        """Whether a hit's count is one someone claims: a verb of claiming above the number (within a few heads), or
        a line labelled as a claim ('CLAIM 1: "..."')."""
        doc = self.doc
        line_start = self.text.rfind("\n", 0, h.span.start_char) + 1
        label = re.match(r"\s*([^\W\d_]+)[^:\n]{0,12}:", self.text[line_start:h.span.end_char])
        if label is not None and label.group(1).lower() in self.cues.claim_words:
            return True
        num = next((doc[i] for i in range(h.span.start, h.span.end)
                    if _numeric_word(self.lows[i]) and parse_number(doc[i].text) == h.value), None)
        if num is not None and self._awarded(num.head if num.dep_ == "nummod" else num) is not None:
            return False  # "..., not the 14 it was awarded": what it was given is nobody's claim
        tok = num
        for _ in range(5):
            if tok is None or tok.head is tok or tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj":
                return False  # (not across 'but': "X claimed 90, but results gave it 61")
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and self.cues.has("claim_words", tok):
                return True
            if tok.pos_ == "VERB" and self._self_report(tok, h.actor):
                return True
        return False

    def _self_report(self, verb: Token, actor: int) -> bool:
        """'X says it won 31 seats', 'X insists it won 31': a verb of saying whose subject is the count's own holder
        (its report of itself, which an official count of it outranks)."""
        if not self.cues.has("self_report_verbs", verb):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        return (self._pronoun(subj) if subj.pos_ == "PRON" else self.own.actor(subj)) == actor

    def _claims_give_way(self) -> None:
        """'X claimed it had won 90 seats, but official results gave it 61': of an actor's different seat counts, a
        claimed one gives way to one nobody claims."""
        by: dict[tuple[int, str], list[int]] = {}
        for k, h in enumerate(self.out):
            if h.key == "seats":  # (a force's own claim stands beside outside estimates: both are told)
                by.setdefault((h.actor, h.key), []).append(k)
        drop = set()
        for ks in by.values():
            if len({self.out[k].value for k in ks}) < 2:
                continue
            claimed = {k for k in ks if self._claimed(self.out[k])}
            plain = {self.out[k].value for k in ks if k not in claimed}
            drop |= {k for k in claimed if plain and self.out[k].value not in plain}
        self.out = [h for k, h in enumerate(self.out) if k not in drop]

    def _earlier_gives_way(self) -> None:
        """'X won 81 of the 150 seats. It held 90 in the outgoing chamber': a holding in the outgoing house gives way to
        another seat count of the same actor; alone ('X has 31 seats in the outgoing parliament') it is the holding."""
        now = {(h.actor, h.key) for h in self.out if not h.earlier}
        self.out = [h for h in self.out if not h.earlier or (h.actor, h.key) not in now]

    def _latest_by_year(self) -> None:
        """'X won 52 seats in 2018 and 61 in 2022': of one party's counts in a sentence, each marked by the year
        right after it, only the latest year's stands."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        years: dict[int, int] = {}
        for k, h in enumerate(self.out):
            if h.key != "seats":
                continue
            start = next((i for i in range(h.span.start, h.span.end)
                          if _numeric_word(self.lows[i]) and parse_number(_tk[i].text) == h.value), None)
            if start is None:
                continue
            for i in range(start + 1, min(h.span.end, start + 7)):
                if re.fullmatch(r"(1[89]|20)\d\d", _tk[i].text):
                    years[k] = int(_tk[i].text)
                    break
                if _numeric_word(self.lows[i]) or _tk[i].text in (",", ";"):
                    break
        latest: dict[tuple[int, int], int] = {}
        for k, y in years.items():
            key = (self.out[k].actor, self.out[k].span.start)
            latest[key] = max(latest.get(key, y), y)
        self.out = [h for k, h in enumerate(self.out)
                    if k not in years or years[k] == latest[(h.actor, h.span.start)]]

    def _any_cue(self, cue: str, sent: Span, pos: str | None = None) -> bool:
        """Whether a word of ``sent`` is in the cue list (``cues.has``: its lower case or lemma), with the
        part of speech ``pos`` if given; read from the per-Doc word tables."""
        words, lows, lemmas, tags = getattr(self.cues, cue), self.lows, self.lemmas, token_pos(self.doc)
        return any((lows[i] in words or lemmas[i] in words) and (pos is None or tags[i] == pos)
                   for i in range(sent.start, sent.end))

    def _bracketed_counts(self, sent: Span, doc_seats: bool) -> bool:
        """'A (52), B (37) and C (14) will sit in the new house', 'the new parliament: A 52, B 37, C 14': two or more
        parties each with a bare count right after the name (in brackets, or before a comma, 'and' or the end), in a
        story about seats or a sentence naming a house."""
        doc, own = self.doc, self.own
        line_start = self.text.rfind("\n", 0, sent.start_char) + 1
        line = self.text[line_start:sent.end_char].lower()
        first, starts = sent.start, token_starts(doc)  # (each token's offset, read once per Doc)
        while first > 0 and starts[first - 1] >= line_start:
            first -= 1  # "The 120-member Grand Chamber: A 40, B 33": the label before the colon is of the line
        if not doc_seats and not self._any_cue("legislature_nouns", doc_span(doc, first, sent.end)) \
                or any(w in self.cues.not_seat_units for w in _UNIT_WORD.findall(line)) \
                or _DECIMAL.search(line):
            return False  # "Vote count: A 41, B 30", "A 41.2, B 30.5": votes or shares
        pairs = 0
        words = token_texts(doc)  # (each token's text read once per Doc)
        for i in range(sent.start + 1, sent.end - 1):
            if words[i] == "(" and i + 2 < sent.end and _DIGITS.fullmatch(words[i + 1]) and words[i + 2] == ")":
                end = i
            elif _DIGITS.fullmatch(words[i]) and not _is_year(doc, _Number(i, i + 1, 0)) \
                    and words[i + 1] in LIST_SEPARATORS and words[i - 1] not in (",", "(", ":"):
                end = i
            else:
                continue
            m = own.tok2m[end - 1]
            a = own.actor(doc[end - 1]) if m >= 0 and own.mentions[m].end == end else None
            pairs += a is not None and own.kind(a) == "organization"
        return pairs >= 2

    def _results_label(self, sent: Span) -> bool:
        """Whether the sentence is a list under a results label opening its line ("Results: A 41, B 30",
        "Final tally: ..."): its bare numbers count seats in a document that talks about seats."""
        line_start = self.text.rfind("\n", 0, sent.start_char) + 1
        label = re.match(r"[ \t]*([^\W\d_][^\n:]{0,30}):", self.text[line_start:sent.end_char])
        if label is None or label.end() > sent.end_char - line_start:
            return False
        words = re.findall(r"[^\W\d_]+", label.group(1).lower())
        # "Vote count: ...", or shares and vote totals in the list ("41.2", "412,300"): no seats
        return any(w in self.cues.results_labels for w in words) \
            and not any(w in self.cues.not_seat_units for w in words) \
            and not re.search(r"\d[.,]\d", self.text[sent.start_char:sent.end_char])

    def _sentence(self, sent: Span, seat_context: bool) -> bool:
        doc, cues = self.doc, self.cues
        self.prev_start = self.sent.start if self.sent.end > self.sent.start else sent.start
        self.sent = sent  # Token.sent rescans the document: the rules read the sentence from here
        retraction = self._retraction(sent)
        numbers = _numbers(doc, sent, cues)
        if retraction is not None:  # "an earlier version said X held 16 seats; it holds 14": only the 14
            numbers = [n for n in numbers if retraction not in n.root(doc).ancestors]
        done = self._respectively(sent, numbers, seat_context) or self._each(sent, numbers, seat_context)
        found = bool(done)
        seat_wholes: list[Token] = []  # the seat nouns of the wholes read so far ("49 of the 130 seats in X")
        for k, n in enumerate(numbers):
            if n.start in done or _is_year(doc, n):
                continue
            unit, skipped = self._unit(n, sent)
            # "won 34 of the 128 seats": the part is held, the whole is the chamber
            whole = self._whole(n, numbers[k + 1:], sent)
            if whole is not None:
                done.add(whole.start)
                wunit, wskipped = self._unit(whole, sent)
                if wunit is not None and self._troop_noun(wunit, wskipped):
                    self._troops(whole, wunit, sent)  # "withdraw 2,000 of its 5,000 troops": it has 5,000
                if wunit is not None and cues.has("member_nouns", wunit) and not cues.has("seat_holders", wunit):
                    self._house_size_stated(whole, wunit)  # "backed by 98 of the chamber's 201 members": its size
                    continue
                if wunit is None and (owner := self._seat_label_owner(n)) is not None:
                    self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))  # "Seats: 42 of 150" in a profile
                    found = True
                    house = next((p for t in (n.root(doc), whole.root(doc)) for c in t.children
                                  if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                                  if p.dep_ == "pobj" and self._legislature_noun(p)), None)
                    if house is not None:  # "Seats: 42 of 150 in the National Assembly": the house's size
                        self._chamber_size(house, whole.value, sent)
                    continue
                house = next((c for t in whole.root(doc).subtree if t.i < whole.end for c in t.children
                              if c.dep_ == "poss" and c.i < whole.start and self._legislature_noun(c)), None) \
                    if wunit is None else None
                if house is None and wunit is None \
                        and (elided := self._elided_house(whole, seat_wholes)) is not None:
                    # "X holds 49 of the 130 seats in the Chamber and 16 of the 36 in the Senate": the other house's
                    # size, the part X's
                    owner = self._elided_house_owner(elided)
                    if owner is not None and 10 <= whole.value <= 2000:
                        self.out.append(FactHit(owner, "seats", whole.value, sent, 0.6, house=True))
                    if not self._is_change(n, None):
                        found |= self._seats(n, None, sent, anchor=n.root(doc), bare=True)
                    continue
                if house is not None:
                    # "X holds 27 of the Chamber's 95": a part of a house's whole, the unit its seats; the whole the
                    # house's size
                    self._chamber_size(house, whole.value, sent)
                    if not self._is_change(n, None):
                        found |= self._seats(n, None, sent, anchor=n.root(doc), bare=True)
                    continue
                if wunit is None or not (cues.has("seat_nouns", wunit) or cues.has("seat_holders", wunit)):
                    continue
                seat_wholes.append(wunit)
                if (its := self._its_house(n, wunit)) is not None:
                    # "X controls Congress with 61 of its 130 seats": the part X's, the whole the house's size
                    holder, house, verb = its
                    self._chamber_size(house, whole.value, sent)
                    told = self._pluperfect(verb) and not self._past_marked(verb)  # "had held 88 of its 150"
                    if told or not self._is_change(n, None):
                        self.out.append(FactHit(holder, "seats", n.value, sent, 0.75,
                                                earlier=told or self._had_before(verb)))
                        found = True
                    continue
                if self._owned_whole(whole, wunit):  # "12 of its 40 deputies rebelled": it has 40
                    verb = self._count_verb(doc[n.start:n.end].root)
                    poss = next((c for c in wunit.children if c.dep_ == "poss"), None)
                    winner = self._subject(verb) if verb is not None and cues.has("win_verbs", verb) \
                        and poss is not None and poss.pos_ != "PRON" else None
                    if winner is not None and self.own.kind(winner) == "organization" \
                            and self.own.actor(poss) != winner and not self._is_change(n, None):
                        # "X won 20 of the bloc's 71 seats", "X took 20 of Y's 71 seats": the part is X's, the whole
                        # the body named as owning it (none for a noun: 'the alliance')
                        found |= self._seats(n, wunit, sent, anchor=doc[n.start:n.end].root, bare=False)
                        whole_owner = self.own.actor(poss)
                        if whole_owner is not None and self.own.kind(whole_owner) == "organization":
                            self.out.append(FactHit(whole_owner, "seats", whole.value, sent, 0.6))
                        continue
                    if verb is not None and cues.has("retain_verbs", verb):  # "kept only two of its 19 seats"
                        found |= self._seats(n, wunit, sent, anchor=doc[n.start:n.end].root, bare=False)
                    elif verb is not None and cues.has("loss_verbs", verb) and whole.value > n.value \
                            and doc[n.start:n.end].root.head.i == verb.i and not self._past(verb) \
                            and verb.dep_ not in ("relcl", "acl", "advcl", "ccomp") \
                            and not any(c.dep_ == "prep" and c.lower_ in ("in", "across") and any(
                                p.ent_type_ in ("GPE", "LOC") or cues.has("local_place_nouns", p) for p in c.children)
                                for t in (verb, wunit) for c in t.children):  # not "lost 11 of its 30 in the south"
                        # "lost 11 of its 30 seats": it keeps the rest
                        found |= self._seats(_Number(whole.start, whole.end, whole.value - n.value), wunit, sent,
                                             anchor=wunit, bare=False)
                    elif not self._is_change(whole, wunit) and not self._is_change(n, None):
                        found |= self._seats(whole, wunit, sent, anchor=wunit, bare=False)
                    continue
                group = self._group_of(wunit)
                if group is not None:  # "40 of the 70 seats of the Iron Alliance": the alliance holds 70
                    self.out.append(FactHit(group, "seats", whole.value, sent, 0.6))
                elif not any(c.dep_ == "relcl" for c in wunit.children) and not self._reserved_seats(wunit):
                    # (not "23 of the 32 seats it won": its own; "9 of the 10 seats reserved for minorities": a part)
                    self._chamber_size(wunit, whole.value, sent)
                part = doc[n.start:n.end].root
                if part.dep_ in ("quantmod", "nummod") and (whole.start <= part.head.i < whole.end
                                                            or part.head == wunit):
                    part = wunit  # "winning only 61 of 150 seats" parsed as one number before the seats: theirs
                if not self._is_change(n, None):
                    found |= self._seats(n, wunit, sent, anchor=part, bare=False)
                continue
            if self._heading_size(n, unit, sent) or unit is None and seat_context and self._total_line(n, sent):
                found = True
                continue
            size_end = self.marks["size_modifier"].get(n.end - 1)
            if size_end is not None:
                found |= self._size_modifier(n, doc[size_end - 1], sent)
            elif unit is not None and (sized := self._set_off_strength(n, unit)) is not None:
                found |= self._size_modifier(n, unit, sent, sized)
            elif unit is not None and n.end + 1 < sent.end and self.lows[n.end] == "of" \
                    and self.lows[n.end + 1] in ("them", "these", "those"):
                # "74 of the 140 seats, 19 of them Civic Union seats": the part is the party's named on its noun
                owner = next((self.own.actor(c) for c in unit.children if c.dep_ == "compound"
                              and self.own.actor(c) is not None), None)
                if owner is not None and self.own.kind(owner) == "organization" and not self._legislature_name(owner) \
                        and not self._is_change(n, None):
                    self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))
                    found = True
            elif unit is not None and n.end < sent.end and self.lows[n.end] == "of" and cues.has("seat_nouns", unit):
                # "won 52 of the chamber's seats", "52 of the seats went to X": a part of a whole with no size
                if not self._is_change(n, None):
                    found |= self._seats(n, unit, sent, anchor=n.root(doc), bare=False)
            elif unit is not None and self._house_size_stated(n, unit):
                pass
            elif unit is not None and self._house_members(unit):
                if not self._is_change(n, unit) and not (unit.dep_ == "pobj" and unit.head.lower_ in ("on", "against")):
                    # (not "put visa bans on four members of the X Council": people an act is aimed at)
                    found |= self._seats(n, unit, sent, anchor=unit, bare=False)
            elif unit is not None and (owner := self._group_members(n, unit)) is not None:
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))  # "Green League (22 members): Ayes 20"
                found = True
            elif unit is not None and (owner := self._bracketed_result(n, unit)) is not None:
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))  # "X lost ground (14 seats, down from 17)"
                found = True
            elif unit is not None and (cues.has("seat_nouns", unit) or cues.has("seat_holders", unit)):
                if not self._is_change(n, unit) and not self._acting_holders(unit) \
                        and not self._remainder(n, unit, skipped):
                    found |= self._seats(n, unit, sent, anchor=unit, bare=False)
            elif unit is not None and (owner := self._elected_candidates(n, unit)) is not None:
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))  # "34 of X's candidates were elected"
                found = True
            elif unit is not None and self._troop_noun(unit, skipped):
                qualified = None if cues.has("troop_nouns", unit) else self._qualified_troops(unit)
                self._troops(n, unit if qualified is None else qualified, sent)  # "110 police and defence personnel"
            elif unit is not None and (force := self._restated_force(unit)) is not None:
                self._troops(n, force, sent)  # "the X military advisers at the base, about 200 men, ..."
            elif unit is not None and cues.has("force_member_nouns", unit) and not skipped and not seat_context \
                    and not any(cues.has("legislature_nouns", p) for c in unit.children if c.dep_ == "prep"
                                for p in c.children):
                # "the militia has 7,000 members" (not "40 in the council"); "X fields about 5,000 men": men a body
                # puts in the field are under arms, whatever its kind
                fielded = unit.dep_ in ("dobj", "obj") and cues.has("field_verbs", unit.head) \
                    and unit.head.pos_ == "VERB" or unit.dep_ == "appos" and self._moved_unit(unit.head)
                # ("sent two regiments, about 3,000 men": the men of a force's units are under arms)
                self._troops(n, unit, sent, armed=not fielded)
            elif unit is None and (gapped := self._gapped_troops(n)) is not None:
                self._troops(n, gapped[1], sent, given=gapped[0])  # "X has 2,500 troops there, and Y about 400"
            elif unit is None and (parallel := self._parallel_troops(n)) is not None:
                self._troops(n, parallel[1], sent, given=parallel[0])  # "X sent 3,000 troops; Y sent 1,200"
            elif unit is None and (sent_from := self._troops_from(n)) is not None:
                self._troops(n, sent_from[1], sent, given=sent_from[0])  # "800 troops ..., among them 300 from A"
            elif unit is None and (elided := self._elided_troops(n)) is not None:
                self._troops(n, elided, sent)  # "2,500 troops in A and 900 in B"
            elif unit is None and not seat_context and (contingent := self._bracketed_size(n)) is not None:
                self._troops(n, contingent, sent)  # "X sends the biggest contingent (some 2,200)"
            elif unit is None and not seat_context and (owner := self._bracketed_after_contingent(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))  # "..., then Y (1,100)"
            elif unit is None and not seat_context and self._sized_troops(n) is not None:
                self._troops(n, self._sized_troops(n), sent)
            elif unit is None and not seat_context and (owner := self._labelled_force(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))  # "- Republican Guard: 7,000"
            elif unit is None and not seat_context and (owner := self._troop_list_owner(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))  # "Troop contributors: A 870, B 640"
            elif unit is None and not seat_context and (owner := self._numbered_force(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))  # "the brigade numbers about 4,200"
            elif unit is None and not seat_context and (owner := self._restated_troops(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))
            elif unit is None and not seat_context and (noun := self._relative_part(n)) is not None:
                self._troops(n, noun, sent)  # "its forces, some 400 of whom are stationed on Y"
            elif unit is None and not seat_context and (owner := self._deployed_part(n)) is not None:
                self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))  # "900 of them are stationed near Y"
            elif unit is None and (owner := self._named_label_seats(n)) is not None:
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))  # "- Velo Union seats: 71"
                found = True
            elif unit is None and seat_context and (owner := self._moved_from_won(n)) is not None:
                # "61 seats, down from the 72 it won in 2022": the earlier result, which gives way to any other
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.5, earlier=True))
                found = True
            elif unit is None and seat_context and not self._is_change(n, None):
                found |= self._seats(n, None, sent, anchor=n.root(doc), bare=True)
        return found

    def _retraction(self, sent: Span) -> Token | None:
        """'An earlier version of this article said X held 16 seats': a correction notice tells what the story got
        wrong; the counts under its verb (whose subject is one of retraction_nouns, marked as earlier by one of
        past_words) are no facts. Returns that verb."""
        cues, lows, lemmas = self.cues, self.lows, self.lemmas
        for i in range(sent.start, sent.end):
            if lows[i] in cues.retraction_nouns or lemmas[i] in cues.retraction_nouns:
                tok = self.doc[i]
                if tok.dep_ in ("nsubj", "nsubjpass") and any(cues.has("past_words", c) for c in tok.children
                                                              if c.dep_ in ("amod", "advmod")):
                    return tok.head
        return None

    def _elided_troops(self, n: _Number) -> Token | None:
        """'X keeps 2,500 troops in A and 900 in B', 'X deployed 1,500 soldiers to A and 700 to B': a bare count joined
        to a troops count (or to the verb whose object it is), its noun left out, counts the same troops (the first
        count's noun, which tells whose they are)."""
        num = n.root(self.doc)
        if num.dep_ != "conj" or num.head.i == num.i:
            return None
        head = num.head
        if head.pos_ == "NUM" and head.dep_ == "nummod":
            head = head.head  # the count joined to the first number, not to its noun
        elif head.pos_ in ("VERB", "AUX"):  # "deployed 1,500 soldiers to the north and 700 to the south"
            head = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < num.i), head)
        if head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "nummod" and c.i != num.i for c in head.children):
            return None
        return head if self._troop_noun(head, []) else None

    def _troops_from(self, n: _Number) -> tuple[int, Token] | None:
        """'About 800 troops from NATO allies are there, among them some 300 from A', 'X has 2,000 soldiers from B and
        500 from C': a bare count with 'from' and a state, after a troops count in the sentence, counts the same kind of
        troops, those the state sends. Returns (that state, the first troops noun)."""
        doc, own = self.doc, self.own
        num = n.root(doc)
        p = next((x for c in num.children if c.dep_ == "prep" and c.lower_ == "from"
                  for x in c.children if x.dep_ == "pobj"), None)
        part = n.end + 1 < self.sent.end and self.lows[n.end] == "of" and self.lows[n.end + 1] in ("them", "these")
        if p is None and part and num.dep_ == "nsubj" and num.head.lemma_ in ("come", "be"):
            # "About 1,000 of them will come from A", "some 300 of them are from B": the part a state sends
            p = next((x for c in num.head.children if c.dep_ == "prep" and c.lower_ == "from"
                      for x in c.children if x.dep_ == "pobj"), None)
        a = own.actor(p) if p is not None else None
        if a is None:
            a = self._demonym_part(n, part)
        if a is None or own.kind(a) != "country":
            return None
        noun = next((t for t in doc[self.sent.start:n.start] if any(c.dep_ == "nummod" for c in t.children)
                     and self._troop_noun(t, [])), None)
        if noun is None and part:
            # (the troops "them" stands for counted in the sentence before: "X will send 3,000 soldiers. About 1,000
            # of them will come from A.")
            noun = next((t for t in doc[self.prev_start:self.sent.start]
                         if any(c.dep_ == "nummod" for c in t.children) and self._troop_noun(t, [])), None)
        return (a, noun) if noun is not None else None

    def _demonym_part(self, n: _Number, part: bool) -> int | None:
        """'some 4,200 troops, of whom about 850 are Ghanaian', '1,000 personnel, some 750 of them Ghanaian police
        officers', '... of whom 850 are from Ghana': the state whose demonym (or name after "from") a part of the troops
        counted before is given, the state that sends that part; None for any other word ('of whom 850 are
        wounded')."""
        doc, own, lows = self.doc, self.own, self.lows
        num = n.root(doc)
        j = n.start - 1
        while j > self.sent.start and self.cues.has("approximators", doc[j]):
            j -= 1
        whom = j > self.sent.start and lows[j] == "whom" and lows[j - 1] == "of"
        if part and n.end + 2 < self.sent.end:
            cand = [doc[n.end + 2]]  # "750 of them Ghanaian police officers"
        elif whom and num.dep_ == "nsubj" and num.head.lemma_ == "be":
            cand = [c for c in num.head.children if c.dep_ in ("acomp", "attr")]  # "of whom 850 are Ghanaian"
            cand += [x for c in num.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     for x in c.children if x.dep_ == "pobj"]  # "of whom 850 are from Ghana"
        else:
            return None
        for tok in cand:
            a = own.actor(tok)
            if a is not None and own.kind(a) == "country":
                return a
        return None

    def _parallel_troops(self, n: _Number) -> tuple[int, Token] | None:
        """'X sent 3,000 troops; Y sent 1,200', 'X has 3,000 soldiers there, while Y has about 1,200', 'X, which has
        3,000 troops, and Y, which has 1,200, ...': a bare count, object of a verb like the one whose object is an
        earlier troops count in the sentence, counts the same kind of troops, held by its own verb's subject. Returns
        (the holder, the first troops noun)."""
        num = n.root(self.doc)
        verb = num.head
        if num.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
            return None
        cues = self.cues
        # "X, which has 1,200 troops there; Y contributes 300": a contribution (contribute_verbs) after troops kept or
        # sent is the same kind of troops
        contributed = cues.has("contribute_verbs", verb) and verb.pos_ == "VERB" and all(
            c.dep_ in ("nsubj", "dobj", "obj", "punct", "advmod", "cc", "conj", "aux")
            or c.dep_ == "ccomp" and c.i < verb.i  # (the clause before, hung on it by the parser)
            or c.dep_ == "prep" and c.lower_ == "to"
            and any(self._force_word(x) for x in c.children if x.dep_ == "pobj")
            for c in verb.children)  # ("contributes 300 to the mission"; not "contributes 300 each year to the fund")
        noun = next((t for t in self.doc[self.sent.start:num.i] if t.dep_ in ("dobj", "obj") and t.head.i != verb.i
                     and (t.head.lemma_ == verb.lemma_ or contributed and any(
                         cues.has(v, t.head) for v in ("keep_verbs", "deploy_verbs", "contribute_verbs")))
                     and any(c.dep_ == "nummod" for c in t.children)
                     and self._troop_noun(t, [])), None)
        if noun is None:
            return None
        owner = self._subject(verb)
        if owner is not None and contributed and self.own.kind(owner) not in ("country", "organization"):
            return None
        return (owner, noun) if owner is not None else None

    def _force_word(self, tok: Token) -> bool:
        """A force noun (facts.yaml force_nouns: "the mission", "the force") or the name of a force (`_armed_or_force`;
        not "contributes 450 to the Y Party")."""
        a = self.own.actor(tok)
        return self.cues.has("force_nouns", tok) if a is None else self._armed_or_force(a)

    def _armed_or_force(self, a: int) -> bool:
        """An organisation of an armed kind (armed_subkinds), or of no known kind whose name ends in a force noun
        ("the X Peace Mission", `_force_named`)."""
        sub = self.own.subkind(a)
        return self.own.kind(a) == "organization" and (
            sub in self.cues.armed_subkinds or sub in (None, "organization") and self._force_named(a))

    def _gapped_troops(self, n: _Number) -> tuple[int | None, Token] | None:
        """'X has 2,500 troops in A, and Y about 400', 'X has 2,000 soldiers there, Y 1,500 and Z 900': a bare count
        right after a name (an approximator between), the name after a comma or 'and', in a sentence that counted
        troops before it: the same troops, held by that name (or, where the name is a place the first count's troops
        are in, 'in A and B 800', by the first count's holder: owner None). Returns (owner, the first troops noun)."""
        own, doc, cues = self.own, self.doc, self.cues
        j = n.start - 1
        while j > self.sent.start and cues.has("approximators", doc[j]):
            j -= 1
        m = own.tok2m[j] if j >= self.sent.start else -1
        if m < 0 or own.mentions[m].end != j + 1 or own.mentions[m].start - 1 <= self.sent.start:
            return None
        a = own.actor(doc[j])
        start = own.mentions[m].start
        before = doc[start - 1] if doc[start - 1].lower_ != "the" else doc[start - 2]
        if a is None or own.kind(a) not in ("country", "organization") or before.text != "," and before.lower_ != "and":
            return None
        noun = next((t for t in doc[self.sent.start:start] if self._troop_noun(t, [])
                     and any(c.dep_ == "nummod" for c in t.children)), None)
        if noun is None:
            return None
        if any((cues.has("seat_nouns", t) or cues.has("seat_holders", t))
               and any(c.dep_ == "nummod" for c in t.children) for t in doc[noun.i + 1:start]):
            return None  # "X deployed 1,200 marines under an emergency the house approved, where A holds 58 of the 90
            # seats and B 27": the gap goes on from the seats counted last, not the troops
        name = doc[j]
        while name.dep_ in ("conj", "compound") and name.head.i != name.i:
            name = name.head
        place = name.dep_ == "pobj" and name.head.lower_ in ("in", "to", "at", "into", "across")
        return (None if place else a), noun

    def _respectively(self, sent: Span, numbers: list[_Number], seat_context: bool) -> set[int]:
        """'A and B won 40 and 33 seats respectively': each count to its own name, in order; returns the counts
        read (their first tokens), none unless names and counts pair up."""
        doc, cues = self.doc, self.cues
        words = cues.respective_words  # cues.has("respective_words", t), from the Doc's lower-case table
        resp = next((doc[i] for i in range(sent.start, sent.end) if self.lows[i] in words or self.lemmas[i] in words),
                    None)
        if resp is None:
            return set()
        verb = resp.head if resp.head.pos_ in ("VERB", "AUX") else sent.root
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or verb.pos_ not in ("VERB", "AUX") or self._projected(verb):
            return set()
        names, todo = [subj], [subj]
        while todo and len(names) < 12:  # "A, B and C took 58, 35 and 12": B parsed in apposition to A, C B's conjunct
            t = todo.pop()
            for c in t.children:
                if c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ == "PROPN" and self._np(c) is not None:
                    names.append(c)
                    todo.append(c)
        names.sort(key=lambda t: t.i)
        actors = [self._np(t) for t in names]
        counts = [m for m in numbers if verb.i < m.start < resp.i and not _is_year(doc, m)]
        if len(actors) < 2 or len(counts) != len(actors) or None in actors or len(set(actors)) != len(actors):
            return set()
        unit, skipped = self._unit(counts[-1], sent)
        if unit is not None and self._troop_noun(unit, skipped):
            if self._casualty(counts[-1], unit) or self._troop_change(counts[-1], unit):
                return set()
            key = "troops"
        elif (unit is None and seat_context or unit is not None and (cues.has("seat_nouns", unit)
              or cues.has("seat_holders", unit))) and cues.has("win_verbs", verb) and not self._past(verb):
            key = "seats"
        else:
            return set()
        for a, m in zip(actors, counts):
            self.out.append(FactHit(a, key, m.value, sent, 0.7))
        return {m.start for m in counts}

    def _each(self, sent: Span, numbers: list[_Number], seat_context: bool) -> set[int]:
        """'A and B each won 30 seats', 'A and B won 30 seats apiece', 'A, led by X, and B won three each' (a bare
        count in a sentence about seats), '..., followed by A and B, with three seats each': the one count to every
        name of the coordinated subjects of its verb (or, where the verb has one subject, of the coordinated names
        right before the count)."""
        cues, doc = self.cues, self.doc
        # the first distributive word of the sentence (as ``cues.has``: its lower-case form or lemma), read from
        # the Doc's columns without making a Token of every word
        lows, lemmas = token_lowers(sent.doc)
        words = cues.distributive_words
        at = next((k for k in range(sent.start, sent.end) if lows[k] in words or lemmas[k] in words), None)
        if at is None:
            return set()
        word = doc[at]
        for n in numbers:
            unit, _ = self._unit(n, sent)
            if unit is not None and not cues.has("seat_nouns", unit):
                unit = None if unit.i == at else unit  # "won three each": 'each' read as the count's noun
            if unit is None and not seat_context or unit is not None and not cues.has("seat_nouns", unit):
                continue
            after = at in (n.end, unit.i + 1 if unit is not None else -1)  # "three each", "three seats apiece"
            if len(numbers) > 1 and not after:
                continue  # (with other counts around, only the one the word follows)
            root = n.root(doc)
            if unit is None and root.dep_ == "nummod" and root.head.i > at \
                    and any(doc[k].text == "(" for k in range(at + 1, root.head.i)):
                root = root.head  # "won 4 each (1 mark for ...)": the count parsed onto a noun of the bracket after it
            anchor = unit if unit is not None else (word if root.head.i == at else root)
            verb = self._count_verb(anchor)
            if verb is None or not cues.has("win_verbs", verb) or self._projected(verb) or self._past(verb) \
                    or self._is_change(n, unit):
                return set()
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not after and word not in (verb, unit) and word.head not in (verb, unit, *subjects):
                return set()
            names = [t for s in subjects for t in (s, *s.conjuncts) if t.i < n.start]
            if len(names) < 2 and after:
                names = self._coordinated_before(n.start, verb.i)
            actors = {self._np(t) for t in names}
            if len(names) < 2 or None in actors or len(actors) != len(names):
                return set()
            for a in actors:
                self.out.append(FactHit(a, "seats", n.value, sent, 0.7))
            return {n.start}
        return set()

    def _coordinated_before(self, end: int, start: int) -> list[Token]:
        """'..., followed by A and B, with three seats each': the last coordinated pair of names between the verb
        (``start``) and the count (``end``): its head and conjuncts."""
        own = self.own
        for i in range(end - 1, start, -1):
            tok = self.doc[i]
            if tok.dep_ == "conj" and own.actor(tok) is not None and start < tok.head.i < i \
                    and own.actor(tok.head) is not None:
                return [tok.head, *tok.head.conjuncts]
        return []

    def _group_of(self, unit: Token) -> int | None:
        """'the 70 seats of the Iron Alliance': a party or bloc (not a house, not a state) the seats belong to."""
        own = self.own
        for c in unit.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                a = own.actor(p) if p is not None else None
                if a is not None and own.kind(a) == "organization" and not self._legislature_name(a) \
                        and not self._legislature_noun(p):
                    return a
        return None

    def _group_members(self, n: _Number, unit: Token) -> int | None:
        """In a story about seats, the members of a party's group in the house counted with member_nouns: 'Green League
        (22 members): Ayes 20' (the count in brackets right after the party's name), 'the 19 members of the Reform bloc'
        (members of a noun of seat_group_nouns that is a party's or bloc's name). Returns that party (an organization,
        not a house, not an armed body); None for anything else ('the union (40,000 members)' is no party)."""
        doc, own, cues = self.doc, self.own, self.cues
        if not cues.has("member_nouns", unit) or cues.has("seat_holders", unit):
            return None
        name = None
        if not self.doc_seats and not self._names_house():
            return None  # a story that names neither seats nor a house
        if unit.i == n.end and n.start - 1 > self.sent.start and doc[n.start - 1].text == "(" \
                and unit.i + 1 < len(doc) and doc[unit.i + 1].text.startswith(")"):  # ")" or "):"
            m = own.tok2m[n.start - 2]
            if m >= 0 and own.mentions[m].end == n.start - 1:
                name = doc[n.start - 2]
                a = own.actor(name)
                # a party's, or one entry of a breakdown by party ("A (78 members) ... B (41 members)"); not the
                # membership of one body of another kind ("the Teachers' Union (40,000 members)")
                if a is not None and own.subkind(a) not in cues.party_subkinds and per_doc(
                        doc, "members_brackets", lambda d: len(_MEMBERS_BRACKET.findall(doc_text(d)))) < 2:
                    return None
        elif unit.i == n.end and n.start - 1 > self.sent.start and doc[n.start - 1].text == ":" \
                and per_doc(doc, "members_lines", lambda d: len(_MEMBERS_LINE.findall(doc_text(d)))) >= 2 \
                and _MEMBERS_LINE.match(
                    self.text, self.text.rfind("\n", 0, doc[n.start].idx) + 1) is not None:
            # "Composition of the X Assembly / A: 40 members / B: 33 members": a breakdown by party, one a line
            m = own.tok2m[n.start - 2]
            name = doc[n.start - 2] if m >= 0 and own.mentions[m].end == n.start - 1 else None
        elif n.start > 0 and self.lows[n.start - 1] == "the":
            for c in unit.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    name = next((p for p in c.children if p.dep_ == "pobj" and cues.has("seat_group_nouns", p)), None)
        elif unit.dep_ == "pobj" and unit.head.lower_ == "with" and unit.head.i - 1 > self.sent.start \
                and doc[unit.head.i - 1].text == "," and n.value <= 700 and self.doc_seats \
                and not any(c.dep_ == "prep" for c in unit.children) and self._names_house():
            # "it leaves the Harrow Party, with 88 members, short of a majority" in a story of a house and its seats
            a = self._name_before_comma(unit.head.i - 1)
            if a is None or own.subkind(a) not in (*cues.party_subkinds, None) or self._legislature_name(a) \
                    or self._over_house(n.value):
                return None
            return a
        elif (poss := next((c for c in unit.children if c.dep_ == "poss" and c.i < n.start), None)) is not None \
                and n.value <= 700 and not any(c.dep_ == "prep" for c in unit.children) and self.doc_seats \
                and self._names_house():
            # "the Harrow Party's 32 members filled the front benches" in a story naming a house and seats: a party's
            # members there are its seats (a party's or a body of no known kind, up to 700; not a union's or
            # another body's, not "X's 3,000 members" nor members of something named: "X's 12 members of the board")
            a = self._possessor(poss)
            if a is None or own.kind(a) != "organization" \
                    or own.subkind(a) not in (*cues.party_subkinds, None) or self._over_house(n.value):
                return None
            name = poss if own.actor(poss) == a else None
            if name is None:
                return a if not self._legislature_name(a) else None
        a = own.actor(name) if name is not None else None
        if a is None and name is not None and cues.has("seat_group_nouns", name):
            # "the Brevan Front bloc": the name may stop before the group noun
            a = next((own.actor(c) for c in name.children if c.dep_ == "compound" and own.actor(c) is not None), None)
        if a is None or own.kind(a) != "organization" or own.subkind(a) in cues.armed_subkinds \
                or self._legislature_name(a) or self._legislature_noun(name):
            return None
        return a

    def _over_house(self, value: int) -> bool:
        """Whether a count is larger than the size of a house the document stated before it ("the Assembly has 150
        seats ... X's 300 members marched"): a party's membership there, not its seats."""
        return any(h.key == "seats" and value > h.value and self._legislature_name(h.actor) for h in self.out)

    def _names_house(self) -> bool:
        """Whether the document names a house anywhere (a noun of legislature_nouns or a house's name); one scan of
        the document, kept for its later counts."""
        if self._house_named is None:
            self._house_named = any(self._legislature_noun(t) for t in self.doc if t.pos_ in ("NOUN", "PROPN"))
        return self._house_named

    @staticmethod
    def _reserved_seats(unit: Token) -> bool:
        """'the 10 seats reserved for the Serb community', 'the 30 seats set aside for women': seats a participle keeps
        for some group, a part of the house, not its size (not 'the 150 seats contested', 'up for election')."""
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                          for g in p.children)  # (not "elected for five years")
            for x in (c, *[g for g in c.children if g.dep_ == "prt"]) for p in x.children)
            for c in unit.children)

    def _elided_house(self, whole: _Number, seat_wholes: list[Token]) -> Token | None:
        """'X holds 49 of the 130 seats in the Chamber and 16 of the 36 in the Senate': a whole with no noun of its own
        (its "seats" left out after an earlier whole of seats in the sentence) followed by "in" and a house; that
        house (None without such an earlier whole, or for a place: "and 3 of the 12 in the north")."""
        doc = self.doc
        if not seat_wholes or whole.end + 1 >= self.sent.end or self.lows[whole.end] != "in":
            return None
        prep = doc[whole.end]
        house = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if house is None or not self._legislature_noun(house) or seat_wholes[-1].i > prep.i:
            return None
        return house

    def _elided_house_owner(self, house: Token) -> int | None:
        """The holder of the size of a house named after an elided whole ('... and 16 of the 36 in the Senate'): the
        house when the text knows it as an actor, else the one state the sentence names, else the story's state
        (never the other house the sentence names: each whole is its own house's)."""
        own = self.own
        a = own.actor(house)
        if a is not None and own.kind(a) in ("organization", "country"):
            return a
        states = {own.actor(t) for t in self.sent if own.actor(t) is not None and own.kind(own.actor(t)) == "country"}
        if len(states) == 1:
            return states.pop()
        home = own.home_state() if not states else None
        return home if home is not None and own.kind(home) == "country" else None

    def _owned_whole(self, whole: _Number, unit: Token) -> bool:
        """'12 of its 40 deputies', "12 of the Front's 40 deputies": a party's own total; not 'of the 150
        seats', 'of 150 seats' or "of parliament's 150 seats" (the house's size)."""
        prev = self.doc[whole.start - 1]
        if prev.lower_ in ("the", "of"):
            return False
        if prev.lower_ in ("'s", "’s", "'"):
            poss = next((c for c in unit.children if c.dep_ == "poss"), None)
            return poss is None or not (self._legislature_noun(poss) or self._place(poss))
        return True

    def _its_house(self, n: _Number, unit: Token) -> tuple[int, Token, Token] | None:
        """The house that "its" stands for on a whole held by a holding verb: 'X controls Congress with 61 of its 130
        seats', 'The House was dissolved. X had held 88 of its 150 seats'. "its" names the nearest body before it that
        is not the clause's own subject (a body does not hold a part of its own seats): when that is a house noun, the
        whole is its size; the sentence before it in the paragraph is read only when this one names no other body.
        None for another body ("X, whose leader holds one of its four seats": the party's), or for a count that is
        not held ("X lost 12 of its 40 seats", "12 of its 40 deputies rebelled": its own), projected or denied.
        Returns the holder (the clause's subject), the house noun and the verb."""
        doc, own = self.doc, self.own
        poss = next((c for c in unit.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ != "its":
            return None
        verb = self._count_verb(doc[n.start:n.end].root)
        if verb is None or not self.cues.has("holding_verbs", verb) or self._projected(verb) \
                or any(c.dep_ == "prep" and c.lower_ in ("in", "across", "from") for c in unit.children):
            return None  # (not "holds 12 of its 40 seats in the capital": a place's share)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        holder = self._subject(verb)
        if holder is None or own.kind(holder) != "organization" or self._legislature_name(holder) \
                or subj is not None and self._legislature_noun(subj):
            return None  # (a person's seat, "the House holds 88 of its 150 seats for ...": the house's own)
        skip = {t.i for t in subj.subtree} if subj is not None else set()

        def body(t: Token) -> str | None:
            """'house' for a house noun, 'other' for another body named, None for no body."""
            if t.i in skip or t.pos_ not in ("NOUN", "PROPN"):
                return None
            if self._legislature_noun(t):
                return "house"
            a = own.actor(t)
            return "other" if a is not None and a != holder and own.kind(a) != "person" else None

        named = [(t, k) for t in doc[self.sent.start:poss.i] if (k := body(t)) is not None]
        if not named and self.sent.start > 0:
            before = doc[self.sent.start - 1].sent
            if "\n\n" not in self.text[before.end_char:self.sent.start_char]:
                named = [(t, k) for t in before if (k := body(t)) is not None]
        return (holder, named[-1][0], verb) if named and named[-1][1] == "house" else None

    def _seats_in_house(self, unit: Token) -> Token | None:
        """The house named by 'in' after a count's noun ('120 seats in the National Assembly')."""
        for c in unit.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                return next((p for p in c.children if p.dep_ == "pobj" and self._legislature_noun(p)), None)
        return None

    def _place(self, tok: Token) -> bool:
        """'the province's', "the country's", "Velna's": a place whose seats are shared out, not a party."""
        a = self.own.actor(tok)
        if a is not None:
            return self.own.kind(a) == "country"
        return self.cues.has("local_place_nouns", tok) or self.cues.has("state_nouns", tok)

    def _house_size_stated(self, n: _Number, unit: Token) -> bool:
        """'The National Assembly has 150 members', "parliament's 150 seats", 'the 150 members of the Assembly':
        the house's own size (emitted here); returns whether the count was one."""
        cues, doc = self.cues, self.doc
        if not (cues.has("member_nouns", unit) or cues.has("seat_nouns", unit) or cues.has("seat_holders", unit)):
            return False
        house = None
        verb = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ == "of" else unit.head
        if verb.dep_ == "prt" and verb.head is not verb:  # "which is made up of 120 members": "of" on the particle
            verb = verb.head
        if (unit.dep_ in ("dobj", "obj") or verb is not unit.head) and cues.has("house_size_verbs", verb) \
                and verb.pos_ in ("VERB", "AUX"):
            # "has 150 members"; "consists of 101 deputies": the count hangs on "of"
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "is composed of"
            if subj is not None and subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                subj = verb.head  # "the parliament, which has 128 members"
            if subj is not None and self._legislature_noun(subj):
                house = subj
        poss = next((c for c in unit.children if c.dep_ == "poss"), None)
        if poss is not None and self._legislature_noun(poss):
            house = poss
        if house is None:
            house = self._house_by_whose_or_with(unit, poss)
        if house is None and unit.dep_ == "attr" and any(c.dep_ == "expl" for c in unit.head.children):
            house = self._seats_in_house(unit)  # "there are 120 seats in the National Assembly"
        if house is None and n.start > 0 and doc[n.start - 1].lower_ == "the" \
                and (cues.has("member_nouns", unit) or cues.has("seat_holders", unit) or self._whole_seats(unit)):
            for c in unit.children:  # "the 150 members of the National Assembly", "how many of the 140 seats in X"
                if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                    house = next((p for p in c.children if p.dep_ == "pobj" and self._legislature_noun(p)), None)
                    if house is not None:
                        break
        if house is None and n.start > 0 and doc[n.start - 1].lower_ == "the" and cues.has("seat_nouns", unit) \
                and unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ == "majority":
            # "Parliament, where no camp holds a majority of the 128 seats": a majority is of the house's whole
            house = next((a for a in unit.ancestors if self._legislature_noun(a)), None)
        if house is None and poss is not None and poss.lower_ == "its":
            house = self._fronted_its_house(unit)  # "The vote redrew the Assembly. Of its 63 seats, X took 15, ..."
        fronted = house is None and self._fronted_whole(n, unit)
        if fronted:
            house = unit  # "Of the 331 seats, X won 86, Y 63": the whole the parts are shared out of, the house's size
        if house is None or self._is_change(n, unit):
            return False
        self._chamber_size(house, n.value, self.sent, weak=fronted)
        return True

    def _fronted_whole(self, n: _Number, unit: Token) -> bool:
        """'Of the 331 seats, X won 86, Y 63 and Z 49': seats named with "the" and nothing else on them (no place, no
        clause: not "of the 40 seats in the north", "of the 40 seats it won"), after an "of" that opens the sentence
        and hangs on the clause's verb, set off by a comma from the clause that shares them out. The whole has no
        frame of its own, so the one around it must be the story's: the clause that shares it out names no house,
        place or vote ("X won 30 in the upper house", "... in the 2011 Senate election"), and the sentence before
        it in the paragraph no place below the state ("Voting in the Y region was close. Of the 12 seats, ...")."""
        doc, cues = self.doc, self.cues
        of = unit.head
        if not (cues.has("seat_nouns", unit) and unit.dep_ == "pobj" and of.lower_ == "of"
                and of.i == self.sent.start and of.head.pos_ in ("VERB", "AUX") and of.head.i > unit.i
                and n.start == of.i + 2 and doc[of.i + 1].lower_ == "the"
                and unit.i + 1 < self.sent.end and doc[unit.i + 1].text == ","
                and all(c.dep_ in ("det", "nummod") for c in unit.children)):
            return False
        if any(cues.has("legislature_nouns", t) or cues.has("local_place_nouns", t) or cues.has("election_nouns", t)
               for t in doc[unit.i + 2:self.sent.end]):
            return False
        before = doc[self.sent.start - 1].sent if self.sent.start > 0 else None
        return before is None or "\n\n" in self.text[before.end_char:self.sent.start_char] \
            or not any(cues.has("local_place_nouns", t) for t in before)

    def _fronted_its_house(self, unit: Token) -> Token | None:
        """'The snap vote redrew the National Assembly. Of its 63 seats, X took 15, Y 14 and Z 11': seats named with
        "its" and nothing else, after an "of" that opens the sentence and hangs on the clause's verb, set off by a
        comma from the clause that shares them out (as _fronted_whole), "its" standing for the last body the sentence
        before names in the same paragraph when that is a house. Returns that house noun; None when the body named
        last is another ("The Front met on Monday. Of its 40 seats, ...": the party's own), when the sharing clause
        names a house, place or vote itself, or when no sentence comes before in the paragraph."""
        doc, cues, own = self.doc, self.cues, self.own
        of = unit.head
        if not (cues.has("seat_nouns", unit) and unit.dep_ == "pobj" and of.lower_ == "of"
                and of.i == self.sent.start and of.head.pos_ in ("VERB", "AUX") and of.head.i > unit.i
                and doc[of.i + 1].lower_ == "its" and unit.i + 1 < self.sent.end and doc[unit.i + 1].text == ","
                and all(c.dep_ in ("poss", "nummod") for c in unit.children)):
            return None
        if any(cues.has("legislature_nouns", t) or cues.has("local_place_nouns", t) or cues.has("election_nouns", t)
               for t in doc[unit.i + 2:self.sent.end]):
            return None
        if self.sent.start == 0:
            return None
        before = doc[self.sent.start - 1].sent
        words = [t for t in before if not t.is_space]
        if not words or "\n\n" in self.text[words[-1].idx + len(words[-1]):self.sent.start_char]:
            return None  # (a blank line, a whitespace token of the sentence before: another paragraph)
        last = None
        for t in before:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            if self._legislature_noun(t):
                last = t
            elif (a := own.actor(t)) is not None and own.kind(a) == "organization":
                last = None  # another body named after the house: "its" may be that body's
        return last

    def _whole_seats(self, unit: Token) -> bool:
        """'of the 140 seats in the parliament', "the 140 seats in the assembly are contested": seats named with
        "the" as the object of a preposition or a subject, not what a clause says of them ("the 40 seats in
        parliament it won", "the 40 seats held by X" are a holding; "the 11 quota seats for minorities in X", "the
        20 reserved seats" a part; "the 96 elected seats of the Assembly" are its whole, facts.yaml
        whole_seat_modifiers)."""
        return self.cues.has("seat_nouns", unit) and unit.dep_ in ("pobj", "nsubj", "nsubjpass") \
            and not any(c.dep_ in ("relcl", "acl", "amod", "compound", "nmod")
                        and not (c.dep_ == "amod" and self.cues.has("whole_seat_modifiers", c))
                        or c.dep_ == "prep" and c.lower_ == "for" for c in unit.children)

    def _house_by_whose_or_with(self, unit: Token, poss: Token | None) -> Token | None:
        """'the Assembly, whose 120 members are elected ...': the house a relative 'whose' stands for; 'the Assembly,
        with 120 members, is elected ...', 'a new Assembly with 120 members': the house 'with' hangs on, or the subject
        of the verb it hangs on, set off by a comma (not 'passed the law with 64 members in favour', nor 'whose 64 members
        from the ruling party': a part of the house)."""
        if any(c.dep_ in ("prep", "amod", "acl", "relcl") for c in unit.children):
            return None
        if poss is not None and poss.lower_ == "whose":
            verb = unit
            while verb.dep_ != "relcl" and verb.head is not verb and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            while verb.dep_ != "relcl" and verb.head is not verb and verb.dep_ in ("conj", "xcomp", "ccomp"):
                verb = verb.head
            if verb.dep_ == "relcl" and self._legislature_noun(verb.head):
                return verb.head
            return None
        if unit.dep_ != "pobj" or unit.head.lower_ != "with":
            return None
        host = unit.head.head
        if self._legislature_noun(host):
            return host
        if host.pos_ in ("VERB", "AUX") and self.doc[unit.head.i - 1].text == ",":
            subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and self._legislature_noun(subj) and subj.i < unit.head.i:
                return subj
        return None

    def _acting_holders(self, unit: Token) -> bool:
        """'two Front deputies had received payments', 'four Agrarian deputies announced ...': holders doing
        something, counted without a possessor, are a group of a party's deputies, not its holding (unlike "the
        Front's 40 deputies voted no" or "X has 40 deputies")."""
        cues = self.cues
        if cues.has("seat_holders", unit) and not cues.has("seat_nouns", unit) and unit.dep_ == "pobj" \
                and unit.head.head.i != unit.head.i and cues.has("attribution_words", unit.head.head):
            return True  # "according to two lawmakers from the Front": sources quoted, not a holding
        if not cues.has("seat_holders", unit) or cues.has("seat_nouns", unit) \
                or unit.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "poss" for c in unit.children):
            return False
        if any(c.dep_ == "det" and c.lower_ == "the" for c in unit.children) and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and (a := self.own.actor(p)) is not None and self.own.kind(a) == "organization"
                    for p in c.children) for c in unit.children):
            return False  # "the 45 deputies of the Front walked out": all of its holders, as "the Front's 45 deputies"
        return not cues.has("holder_verbs", unit.head)  # "42 deputies will represent the Front": its holding

    def _remainder(self, n: _Number, unit: Token, skipped: list[Token]) -> bool:
        """'his six remaining deputies', 'the remaining 15 MPs': holders left over, not a holding."""
        cues = self.cues
        if not cues.has("seat_holders", unit) or cues.has("seat_nouns", unit):
            return False
        before = self.doc[n.start - 1] if n.start > self.sent.start else None
        return any(cues.has("remainder_words", t) for t in skipped) \
            or before is not None and cues.has("remainder_words", before)

    def _house_members(self, unit: Token) -> bool:
        """'40 members of parliament', '40 members in the new assembly'; "X's parliamentary group has 40 members" (the
        members of a party's group in a house are its seats)."""
        if not self.cues.has("member_nouns", unit):
            return False
        if unit.dep_ in ("dobj", "obj") and unit.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and self.cues.has("seat_group_nouns", c) for c in unit.head.children):
            return True
        for c in unit.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                if p is not None and self._legislature_noun(p):
                    return True
        if unit.dep_ in ("dobj", "obj") and self.cues.has("holder_verbs", unit.head):
            # "X sends 33 members to the Grand Assembly", "elected 33 representatives to parliament"
            # (a house, not a body's congress: "sent 33 members to the congress of the union" is no seat count)
            return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
                p.dep_ == "pobj" and self._legislature_noun(p) and (not any(
                    x.dep_ == "prep" and x.lower_ == "of" for x in p.children)
                    or p.pos_ == "PROPN" and (a := self.own.actor(p)) is not None and self._legislature_name(a))
                for p in c.children)  # (a named house with "of" is one: "to the Chamber of Delegates")
                for c in (*unit.children, *unit.head.children))
        return False

    def _unit(self, n: _Number, sent: Span) -> tuple[Token | None, list[Token]]:
        """The noun a number counts ("34 seats", "1,800 military personnel"); None for a bare number."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        j = n.end
        if j < sent.end and _tk[j].text == "-" and j + 1 < sent.end and _tk[j + 1].is_alpha \
                and not _tk[j - 1].whitespace_ and not _tk[j].whitespace_:
            return doc[j + 1], []  # "128-seat", "90-member"
        if j + 1 < sent.end and _tk[j].text in ("-", "–", "—") and _tk[j].whitespace_ and _tk[j - 1].whitespace_ \
                and (n.start == 0 or "\n" in _tk[n.start - 1].text_with_ws) and _tk[j + 1].is_alpha:
            j += 1  # a list laid out number first ("2,000 - soldiers that X moved north", "6 - seats held by Y")
        skipped = []
        while j < sent.end and len(skipped) < 2:
            k = j
            while k + 2 < sent.end and _tk[k + 1].text == "-" and not _tk[k].whitespace_ \
                    and not _tk[k + 1].whitespace_ and _tk[k + 2].is_alpha:
                k += 2  # "6,500 active-duty soldiers", "10,000 Iran-backed fighters": one modifier
            if self._modifier_adverb(doc[k]):
                skipped.append(doc[k])  # "the 80 directly chosen seats": the adverb goes with the modifier after it
                j = k = k + 1
            if not (_tk[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and k + 1 < sent.end
                    and (_tk[k + 1].pos_ in ("NOUN", "PROPN") or _tk[k + 1].pos_ == "ADJ" and _tk[k + 1].dep_ == "amod"
                         and _tk[k].dep_ in ("amod", "nmod") and _tk[k + 1].head.i == _tk[k].head.i > k + 1)
                    and (_tk[k].dep_ in ("amod", "compound")
                         or _tk[k].dep_ == "nmod" and _tk[k].pos_ == "PROPN" and k + 1 < _tk[k].head.i <= k + 3)):
                # ("24 Canadian special forces": two adjectives on one noun; "150 US military advisers": a state's name
                # the parser hung as a modifier over the adjective)
                break
            skipped.append(doc[k])  # "the remaining 22 seats", "1,800 military personnel"
            j = k + 1
        if j >= sent.end:
            return None, skipped
        tok = doc[j]
        if tok.dep_ == "compound" and j < tok.head.i <= j + 2 and tok.head.i < sent.end \
                and (self.cues.has("troop_nouns", tok.head) or self.cues.has("seat_holders", tok.head)
                     or self.cues.has("candidate_nouns", tok.head)):
            # "30,000 Red Hand militia fighters", "34 Civic Union Party deputies": a longer name before
            skipped = skipped + list(doc[j:tok.head.i])
            tok = tok.head
            return tok, skipped
        if tok.pos_ in ("VERB", "AUX"):
            return None, skipped  # "the Union's 33 voted": the number is the subject
        if tok.lower_ == "of" and j + 1 < sent.end and self.lows[j + 1] in ("them", "these", "those"):
            # "74 of the 140 seats, 19 of them Civic Union seats": the part's own noun after the pronoun
            for k in range(j + 2, min(sent.end, j + 7)):
                if self.cues.has("seat_nouns", doc[k]) or self.cues.has("seat_holders", doc[k]):
                    return doc[k], skipped + [t for t in doc[j + 2:k]]
                if _tk[k].pos_ not in ("PROPN", "ADJ", "NOUN") or _tk[k].like_num:
                    break
        if tok.lower_ == "of":  # "12 of 15 regional races": a count of races
            for k in range(j + 1, min(sent.end, j + 7)):
                if k + 1 < sent.end and _tk[k + 1].lower_ in ("'s", "’s"):
                    continue  # "52 of the chamber's seats": the possessor is not what is counted
                if _tk[k].pos_ in ("NOUN", "PROPN") and not _numeric(doc[k]):
                    return doc[k], skipped
                if self._modifier_adverb(doc[k]) or k > j + 1 and self._modifier_adverb(doc[k - 1]):
                    continue  # "47 of the 80 directly chosen seats"
                if k == j + 1 and (troops := self._owned_troops_after(n, k)) is not None:
                    return troops, skipped  # "about 1,800 of its soldiers are based there"
                if _tk[k].pos_ in ("PRON", "VERB", "AUX", "PUNCT"):
                    break
        if tok.dep_ == "npadvmod" and tok.pos_ == "NOUN" and not skipped and tok.head.pos_ in ("VERB", "AUX") \
                and doc[n.start:n.end].root.head.i != tok.i and tok.ent_type_ in ("DATE", "TIME"):
            return None, skipped  # "grew from 500 fighters to 3,000 today": a time of the verb, not what is counted
        if tok.text in ("/", "|") and _tk[j - 1].whitespace_ and tok.whitespace_:
            return None, skipped  # "A 44 / B 31 / C 14": a separator between the items of a list, no unit
        if tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "SYM") or tok.text == "%" \
                or self.cues.has("not_seat_units", tok) or self.cues.has("change_words", tok):
            return tok, skipped
        return None, skipped

    def _owned_troops_after(self, n: _Number, k: int) -> Token | None:
        """'about 1,800 of its soldiers', "2,000 of their troops": the troop noun a possessive pronoun right after
        "of" opens (the count a part of the holder's own men, who are its troops all the same); None for any other
        noun ("12 of its deputies"), a pronoun that is no possessive ("some of them"), and a part the count's own
        verb does not assert, strikes or takes away ("has not sent 1,800 of its soldiers", "12 of its soldiers were
        killed", "withdrew 600 of its soldiers")."""
        doc, sent = self.doc, self.sent
        if doc[k].pos_ != "PRON" or doc[k].dep_ != "poss":
            return None
        part = doc[n.start:n.end].root
        if part.head.pos_ in ("VERB", "AUX") and (self._unasserted(part.head) or self._casualty(n, part)
                                                  or self._troop_change(n, part)
                                                  or self.cues.has("loss_verbs", part.head)):
            return None
        for i in range(k + 1, min(sent.end, k + 4)):
            if self.cues.has("troop_nouns", doc[i]) and doc[k].head.i == i:
                return doc[i]
            if doc[i].pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
        return None

    @staticmethod
    def _modifier_adverb(tok: Token) -> bool:
        """An adverb on the modifier right after it, that modifier on a noun further on ("80 directly chosen seats",
        "900 newly armed recruits"): no word of a count's own, read with the modifier."""
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return tok.pos_ == "ADV" and tok.dep_ == "advmod" and nxt is not None and tok.head.i == nxt.i \
            and nxt.dep_ in ("amod", "compound") and nxt.head.i > nxt.i

    def _whole(self, n: _Number, later: list[_Number], sent: Span) -> _Number | None:
        """'34 of the 128 seats': the whole (128) after a part (34), by the part_of_whole pattern."""
        end = self.marks["part_of_whole"].get(n.end - 1)
        if end is None or end > sent.end:
            return None
        return next((w for w in later if w.start == end - 1), None)

    # ------------------------------------------------------------------ seats
    def _is_change(self, n: _Number, unit: Token | None) -> bool:
        """'lost 23 seats', 'four fewer', 'up from 29', 'the 61 needed': not a holding."""
        doc, cues = self.doc, self.cues
        prev = doc[n.start - 1] if n.start > 0 else None
        if prev is not None and prev.lower_ in ("from", "by", "than") and prev.dep_ != "agent":
            return True  # "up from 29", "grew by 5" (not "represented by 42 deputies")
        for i in range(max(self.sent.start, n.start - 3), n.start):
            if cues.has("threshold_words", doc[i]) and not self._won(doc[i]) \
                    and not any(doc[k].text in (",", ";") for k in range(i + 1, n.start)) \
                    and not (doc[i].dep_ in ("dobj", "obj") and any(
                        doc[k].lower_ == "with" and cues.has("holding_preps", doc[k]) for k in range(i + 1, n.start))):
                # (not "X passed the threshold with 8 seats": what X got past it with is a holding)
                return True  # "the 61 needed", "a majority of 65" (not "lost its majority, winning 62")
        nxt = doc[n.end] if n.end < len(doc) else None
        if nxt is not None and (cues.has("change_words", nxt) or cues.has("threshold_words", nxt)):
            return True
        if prev is not None and prev.dep_ in ("advmod", "amod", "quantmod", "det") and cues.has("change_words", prev) \
                and not self._another_holding(prev):
            return True  # "down six seats at 22", "up five seats", "another five seats"
        anchor = unit if unit is not None else doc[n.start:n.end].root
        head = anchor.head
        if self._awarded(anchor) is not None:
            return False  # "not the 14 it was awarded": what it was given is held
        if anchor.dep_ == "pobj" and head.lower_ == "to" and any(
                c.dep_ in ("nsubj", "nsubjpass") and cues.has("margin_nouns", c) for c in head.head.children):
            return True  # "X's lead grew to 34 seats": a margin
        if unit is None and prev is not None and prev.lower_ in ("the", "a", "an", "this", "that", "those", "these"):
            return True  # "collecting the 65 he needed": a bare number with an article is not a result
        if unit is None and prev is not None and prev.lower_ == "of" \
                and (prev.head.pos_ == "NUM" or cues.has("seat_nouns", prev.head)):
            return True  # "won 42 seats (of 150)": the whole, not a holding
        if unit is None and any(c.dep_ in ("relcl", "acl") and not self._clause_of_name_after(anchor, c)
                                for c in anchor.children):
            return True
        if anchor.dep_ in ("dobj", "obj", "conj", "appos"):
            verb = head
            while verb.dep_ in ("conj", "appos") and verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
                verb = verb.head
            if cues.has("change_verbs", verb) and not self._contribution(verb) or cues.has("threshold_words", verb) \
                    or self._past(verb) and not self._pluperfect_win(verb) \
                    or anchor.dep_ in ("dobj", "obj") and self._result_after(verb) is not None:
                return True  # (the last: "picked up five seats to reach 34": the five are a gain)
        elif head.pos_ in ("VERB", "AUX") and anchor.dep_ == "pobj" and self._past(head):
            return True
        if self._past(anchor):
            return True
        if unit is not None and any(cues.has("threshold_words", c) for c in unit.children
                                    if c.dep_ in ("acl", "relcl", "amod") and not _of_which(c)):
            return True  # "the 61 seats needed" (not "120 seats, of which 61 are needed": a part of the count)
        if unit is not None and any(cues.has("sum_words", c) for c in unit.children if c.dep_ in ("amod", "advmod")) \
                and not (unit.dep_ in ("dobj", "obj") and cues.has("win_verbs", unit.head)):
            return True  # "A, with 19, and B, with 11 - a combined 30 seats": a sum (not "the bloc has a combined 66")
        if unit is not None and any(c.i == unit.i + 1 and cues.has("change_words", c)
                                    and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
                                    for c in unit.children):
            return True  # "nine seats short of a majority": a shortfall
        return False

    def _clause_of_name_after(self, anchor: Token, clause: Token) -> bool:
        """'X has 41 and Y, which votes with the government, 14': a relative clause the parser hung on the count but
        set off by a comma right after a name that follows the count (the next item of the list), so it describes
        that name, not the count (not "the 65 it needs")."""
        own, start = self.own, clause.left_edge.i
        return start - 2 > anchor.i and self.doc[start - 1].text == "," and own.tok2m[start - 2] >= 0 \
            and own.actor(self.doc[start - 2]) is not None

    def _another_holding(self, word: Token) -> bool:
        """'A holds 52 of the 95, and B holds another six', 'with its ally, B, holding a further 8': "another" (or
        one of facts.yaml additive_words) before the count of a holding told in the present tense (keep_verbs,
        holding_verbs) names a second holder's share, not a gain."""
        if not self.cues.has("additive_words", word):
            return False
        verb = word.head
        seen = 0
        while verb.pos_ in ("NUM", "NOUN") and verb.head is not verb and seen < 4:
            verb, seen = verb.head, seen + 1
        if not (verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP", "VBG")
                and (self.cues.has("keep_verbs", verb) or self.cues.has("holding_verbs", verb))):
            return False
        # the second holder named (not "it holds another six", the first holder again: a gain), after the first
        # holder's count in the same sentence (not "X now holds an additional 3 seats" alone: a gain)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        subj = subj if subj is not None else self._with_subject(verb)
        return subj is not None and subj.pos_ != "PRON" \
            and any(t.like_num and not _year_token(t) for t in self.doc[self.sent.start:min(subj.i, word.i)])

    @staticmethod
    def _with_subject(verb: Token) -> Token | None:
        """'..., with its ally, B, holding a further 8': the noun after "with" is the subject of the participle."""
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "with":
            return None
        return next((c for c in verb.head.children if c.dep_ == "pobj" and c.i < verb.i), None)

    def _result_after(self, verb: Token) -> Token | None:
        """The count a change ends at, hung on the change's verb: 'gained five seats to 34', 'lost six seats to 22' (a
        verb of change only: 'won 34 seats to 29 for Y' is a comparison), 'added five seats, for a total of 34',
        'picked up five seats to reach 34'."""
        cues = self.cues
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "to" and cues.has("change_verbs", verb):
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                if p is not None and (p.pos_ == "NUM" or cues.has("seat_nouns", p) and any(
                        x.dep_ == "nummod" for x in p.children)):
                    return p
            if c.dep_ == "prep" and c.lower_ == "for":
                total = next((x for x in c.children if x.dep_ == "pobj" and cues.has("total_nouns", x)), None)
                of = next((x for x in total.children if x.dep_ == "prep" and x.lower_ == "of"), None) \
                    if total is not None else None
                p = next((x for x in of.children if x.dep_ == "pobj"), None) if of is not None else None
                if p is not None:
                    return p
            if c.dep_ in ("advcl", "xcomp", "conj") and c.i > verb.i and cues.has("reach_verbs", c) \
                    and (cues.has("change_verbs", verb) or cues.has("win_verbs", verb)) \
                    and any(x.dep_ in ("dobj", "obj") for x in verb.children):
                p = next((x for x in c.children if x.dep_ in ("dobj", "obj")), None)
                if p is not None and (p.pos_ == "NUM" or any(x.dep_ == "nummod" for x in p.children)):
                    return p
        return None

    def _result_verb(self, tok: Token) -> Token | None:
        """The verb of the change a count is the result of (`_result_after`): 'gained five seats to 34', 'for a total of
        34', 'to reach 34'; and 'shrank from 29 to 22 seats' parsed as one range under 'from'."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ == "VERB" and any(
                q.dep_ == "quantmod" and q.lower_ == "to" for x in tok.children if x.dep_ == "nummod"
                for q in x.children) and (self.cues.has("move_verbs", head.head)
                                          or self.cues.has("change_verbs", head.head)):
            return head.head
        verb = head
        for _ in range(4):  # up to the verb: 'to' / 'for a total of' / 'to reach'
            if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("advcl", "xcomp", "conj") \
                    or verb.head is verb:
                break
            verb = verb.head
        result = self._result_after(verb) if verb.pos_ in ("VERB", "AUX") else None
        if result is not None and result.i == tok.i:
            return verb
        return None

    def _awarded(self, anchor: Token) -> Token | None:
        """'the 14 (seats) it was awarded', 'the 14 it was given': a count named by a relative clause of a verb of giving
        in the passive (its subject the holder); the clause's verb."""
        return next((c for c in anchor.children if c.dep_ == "relcl" and self.cues.has("give_verbs", c)
                     and any(x.dep_ == "nsubjpass" for x in c.children)), None)

    def _contribution(self, verb: Token) -> bool:
        """'its remaining partner, X, adds 9', 'X, an ally, brings 12': a partner's share of a coalition's seats, said
        in the present tense (not 'X added five seats': a gain)."""
        cues = self.cues
        if not cues.has("contribute_verbs", verb) or verb.tag_ not in ("VBZ", "VBP"):
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and (cues.has("partner_nouns", subj) or any(
            c.dep_ == "appos" and cues.has("partner_nouns", c) for c in subj.children))

    def _won(self, tok: Token) -> bool:
        """'won an outright majority (of 76 seats)': the threshold word is itself what a win verb's subject got."""
        return tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX") \
            and self.cues.has("win_verbs", tok.head) and not self._projected(tok.head)

    def _past_marked(self, verb: Token) -> bool:
        """A holding a word marks as given way or earlier ("had held 40 seats before", "had held 40 five years ago",
        "in the previous house")."""
        cues = self.cues
        return any(c.dep_ == "advmod" and c.lower_ == "before" or cues.has("past_words", c) for c in verb.subtree)

    def _past(self, tok: Token) -> bool:
        """'held 61 seats in the outgoing assembly', 'had won', 'won five years ago': an earlier holding."""
        cues = self.cues
        if self._pluperfect(tok) and not self._pluperfect_result(tok):
            return True
        if tok.tag_ == "VBD" and (tok.lemma_ in ("have", "hold") or tok.dep_ == "relcl" and cues.has("win_verbs", tok)) \
                and any(cues.has("present_words", t) and t.dep_ == "advmod" and t.head is not tok
                        and t.head.tag_ != "VBD" and cues.has("win_verbs", t.head) for t in self.sent):
            return True  # "X, which had 80 seats, now has 61", "X, which won 58 seats, now holds 52"
        if tok.tag_ == "VBD" and tok.lemma_ in ("have", "hold") and any(
                _year_token(x) and x.dep_ == "pobj" and x.head.lower_ == "in"
                for c in tok.children if c.dep_ == "prep" or c.dep_ == "advcl" and c.tag_ == "VBN" for x in c.subtree):
            # "In 2019, X had 40 seats", "in the house, elected in 2019, X held 70": a year's holding (not a year in
            # a finite clause: "held 40 seats until a court dissolved the house in 2024" tells the holding itself)
            return True
        for c in tok.children:
            if cues.has("past_words", c) and c.dep_ in ("advmod", "npadvmod", "amod"):
                return True
            if c.dep_ == "npadvmod" and any(cues.has("past_words", x) for x in c.children):
                return True  # "five years ago"
            if c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ == "pobj" and any(cues.has("past_words", x) and x.dep_ in ("amod", "compound")
                                                for x in p.children):
                        return True
        return False

    def _summed(self, n: _Number, sent: Span) -> bool:
        """'A (38) + B (11) = 49 seats': a count after an equals sign with a plus sign before it in the same item (back
        to a comma or semicolon) is the total of the terms added (not 'A = 34, B = 29': each name's own count)."""
        doc = self.doc
        if n.start == 0 or doc[n.start - 1].text != "=":
            return False
        for t in reversed(doc[sent.start:n.start - 1]):
            if t.text in (",", ";", "="):
                return False
            if t.text == "+":
                return True
        return False

    @staticmethod
    def _backshifted_setting(verb: Token) -> bool:
        """'dissolved the assembly, in which X had held 30 seats', 'annulled the vote, where X had won 44 seats': a
        relative clause of place ("in which", "where") said of a chamber or a vote the past-tense clause names is put
        in the pluperfect by the sequence of tenses only: the holding it tells lasted up to that past event."""
        head = verb.head
        if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN") or head.head.tag_ != "VBD":
            return False
        return any(c.dep_ == "advmod" and c.lower_ == "where" or c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lower_ == "which" for p in c.children) for c in verb.children)

    def _seats(self, n: _Number, unit: Token | None, sent: Span, anchor: Token, bare: bool) -> bool:
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if not 1 <= n.value <= 2000:
            return False
        if bare and n.end - n.start == 1 and _tk[n.start].lower_ == "one":
            return False
        if self._summed(n, sent):
            return False  # "A (38) + B (11) = 49 seats": the sum of the counts before it, nobody's holding
        label = self.prev_start if sent.start > 0 and _tk[sent.start - 1].text == ":" else sent.start
        if bare and any(self.cues.has("projection_words", t) and t.pos_ == "NOUN"
                        for t in self.doc[label:n.start]):
            return False  # "Seat projections: A 52, B 37", "the latest poll: A 44, B 31" (the label its own sentence)
        if n.start > 0 and _tk[n.start - 1].lower_ == "all" and unit is not None \
                and not any(c.dep_ in ("amod", "compound", "nmod") or c.dep_ == "prep" and c.lower_ == "for"
                            for c in unit.children):
            # (not "all 27 of the Shi'ite seats in parliament", "all 11 seats for minorities": a part, not the whole)
            for c in unit.children:  # "all 150 seats in the assembly are up for election": the house's size
                if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                    house = next((p for p in c.children if p.dep_ == "pobj" and self._legislature_noun(p)), None)
                    if house is not None:
                        self._chamber_size(house, n.value, sent)
                        return False
        if not bare and anchor.dep_ == "appos" and self._coordinated_names(anchor.head, anchor):
            return False  # "a government relying on A and B (66 seats)": their sum, neither's holding
        if any(a.pos_ == "NOUN" and self.cues.has("projection_words", a) for a in anchor.ancestors):
            return False  # "three outcomes are possible: a renewed A-B coalition (66 seats), ...": a scenario's count
        if unit is not None and self.cues.has("seat_nouns", unit) and any(
                c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                                                            and not self.cues.has("legislature_nouns", p)
                                                            and not self.cues.has("seat_basis_nouns", p)
                                                            for p in c.children)
                for c in unit.children):
            return False  # "X has two seats on the board of the broadcaster": a place on a body that is no house (a
            # city council is one; "won 12 seats on the votes of the hills" names what they were won on)
        owner = self._seat_owner(n, anchor, bare)
        if owner is None:
            return False
        verb = self._count_verb(anchor)
        if verb is not None and self._projected(verb):
            return False  # "a poll gives X 44 seats", "X could win 44 seats"
        earlier = self._outgoing(anchor, verb)
        if earlier and verb is not None and verb.tag_ == "VBD" and anchor.head.i == verb.i \
                and anchor.dep_ in ("dobj", "obj"):
            return False  # "in the outgoing house they controlled 71": what they held then, told in the past tense
        earlier = earlier or self._had_before(verb)
        party = self.own.kind(owner) == "person" and (self._party_of(owner) or self._own_holders(anchor, owner)
                                                      or (n.start, owner) in self.listed_people
                                                      or self._founded_body(verb, owner))
        self.out.append(FactHit(owner, "seats", n.value, sent, 0.6 if bare else 0.75, party=party, earlier=earlier))
        return True

    def _joined_holders(self, anchor: Token) -> bool:
        """'X governs with the 9 deputies of Y', 'a bill backed by the 40 MPs of Y', 'X relies on the 9 deputies of
        Y', 'X governs thanks to the 14 senators of Y': holders set after a preposition that joins them to another
        body's act (facts.yaml joined_holder_preps, "thanks to", or "on" after one of reliance_verbs), all of the
        named body's own (not "expelled the 14 deputies of the party", "sanctions on the 12 members of Y": holders
        an act is aimed at)."""
        if anchor.dep_ != "pobj":
            return False
        prep = anchor.head
        if self.cues.has("joined_holder_preps", prep):
            return True
        if prep.lower_ == "to" and (prep.head.lower_ == "thanks" or any(
                c.lower_ == "thanks" and c.i == prep.i - 1 for c in prep.head.children)):
            # "X governs thanks to the 14 senators of Y" ("thanks" read as the verb's object); a name after "of" (not
            # "thanks to the 12 deputies of the party who defected": some of them)
            return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "PROPN"
                                                                    for p in c.children) for c in anchor.children)
        return prep.lower_ == "on" and self.cues.has("reliance_verbs", prep.head)

    def _holders_of_body(self, anchor: Token) -> bool:
        """Whether seat holders are named as another body's by "of" ('the 6 deputies of the Y Party', 'the 14 deputies
        of the party'): whoever the clause's subject is, they are not its seats (a house's members, "the 150 members
        of the Assembly", are read as its size before this)."""
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ in ("NOUN", "PROPN")), None)
                if p is None:
                    continue
                a = self.own.actor(p)
                if a is not None and self.own.kind(a) == "organization" and not self._legislature_name(a):
                    return True
                if a is None and p.pos_ == "NOUN" and any(x.dep_ == "det" and x.lower_ == "the" for x in p.children) \
                        and p.lower_ in self.cues.seat_group_nouns | {"party", "coalition", "alliance", "movement"}:
                    return True  # "the 14 deputies of the party"
        return False

    def _founded_body(self, verb: Token | None, person: int) -> bool:
        """'X founded the Y Party months before the election and won 56 of the 120 seats', 'X launched Y in 2021 and
        took 12 seats': the count's verb shares its subject, the person, with a verb of founding (roles.yaml
        founding_verbs, launching_verbs) whose object names an organisation; the seats are the body's, the party the
        person founded (FactHit.party), even where the person also heads a government."""
        from kingmaker.nlp.actors import founding_verb  # (lazy: the actors stage's word test, one list)

        if verb is None or verb.dep_ != "conj":
            return False
        own, head = self.own, verb.head
        if not (founding_verb(head) or head.lemma_ in knowledge().launching_verbs) \
                or any(c.dep_ == "neg" for c in head.children):
            return False
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or own.actor(subj) != person:
            return False
        return any(c.dep_ in ("dobj", "obj") and own.actor(c) is not None and own.kind(own.actor(c)) == "organization"
                   for c in head.children)

    def _coordinated_names(self, head: Token, anchor: Token) -> bool:
        """Whether a count set after a name in apposition ('A and B (66 seats)') follows two names joined by 'and'
        or 'or': the name it hangs on has a conjunct before the count, or is itself the conjunct of a name that has no
        count of its own ('A (40 seats) and B (30 seats)' is a list, each its own)."""
        own = self.own
        if own.actor(head) is None:
            return False  # "A, 42 seats, and B, 31 seats": hung on the count before it, not on a name
        if any(c.dep_ == "conj" and c.i < anchor.i and own.actor(c) is not None for c in head.children):
            return True
        if head.dep_ != "conj" or head.head is head or own.actor(head.head) is None:
            return False
        first = head.head
        return not any(c.dep_ == "appos" and c.i < head.i and any(x.like_num for x in c.subtree)
                       for c in first.children)

    def _moved_from_won(self, n: _Number) -> int | None:
        """'would give the Front 61 seats, down from the 72 it won in 2022', 'up from the 31 it held': the count a
        change is told from, named by a relative clause of winning: the result of that clause's subject before."""
        doc, sent = self.doc, self.sent
        if n.start - 3 < sent.start or self.lows[n.start - 1] != "the" or self.lows[n.start - 2] != "from" \
                or self.lows[n.start - 3] not in ("up", "down"):
            return None
        num = doc[n.start:n.end].root
        verb = next((c for c in num.children if c.dep_ == "relcl" and self.cues.has("win_verbs", c)), None)
        if verb is None and n.end < sent.end and doc[n.end].pos_ == "PRON" and doc[n.end].head.dep_ == "relcl" \
                and self.cues.has("win_verbs", doc[n.end].head):
            verb = doc[n.end].head  # (the parser hanging the clause elsewhere)
        if verb is None or self._unasserted(verb):
            return None
        a = self._subject(verb)
        return a if a is not None and self.own.kind(a) == "organization" else None

    def _heading_size(self, n: _Number, unit: Token | None, sent: Span) -> bool:
        """'STATE OF PARTIES (72 seats):', 'Seats in the National Council after the 2024 election (151 in all):',
        'Congress after the election (160 seats)' on a line of its own: a bracketed count of seats closing a heading
        that names no body but a house, over the list it heads, is the house's size (the house the heading names,
        else the story's). Appends the size; True when the count was read so."""
        doc, own, cues = self.doc, self.own, self.cues
        i = n.start - 1
        if i <= sent.start or doc[i].text != "(":
            return False
        k = n.end
        if unit is not None and unit.i == k and cues.has("seat_nouns", unit):
            k += 1  # "(72 seats)"
        if k + 1 < len(doc) and self.lows[k] == "in" and self.lows[k + 1] == "all":
            k += 2  # "(151 in all)", "(72 seats in all)"
        elif k < len(doc) and self.lows[k] == "total":
            k += 1  # "(151 total)"
        if k == n.end or k >= len(doc) or doc[k].text not in (")", "):"):
            return False
        after = doc[k + 1] if k + 1 < len(doc) else None
        if not (after is None or doc[k].text == "):" or after.text == ":" or "\n" in doc[k].whitespace_
                or after.is_space):
            return False  # (a heading: the bracket closes the line or opens its list with a colon)
        start = i
        while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space \
                and "\n" not in doc[start - 1].text:
            start -= 1
        line = doc[start:i]
        if not line or any(t.like_num and not _year_token(t) for t in line):
            return False
        if not any(cues.has("seat_nouns", t) or cues.has("legislature_nouns", t) for t in line) \
                and not (unit is not None and cues.has("seat_nouns", unit)):
            return False  # (the heading names seats or a house)
        house = None
        for t in line:
            a = own.actor(t)
            if a is not None and own.kind(a) == "organization" and not self._legislature_name(a):
                return False  # "Labour Alliance (72 seats):": a party's own result
            if house is None and (self._legislature_noun(t) or cues.has("seat_nouns", t)
                                  and any(c.dep_ == "prep" and c.lower_ == "in" for c in t.children)):
                house = t
        anchor = house if house is not None else unit if unit is not None and cues.has("seat_nouns", unit) else None
        if anchor is None:
            return False
        before = len(self.out)
        self._chamber_size(anchor, n.value, sent)
        return len(self.out) > before

    def _total_line(self, n: _Number, sent: Span) -> bool:
        """'... / Green League 12 - total 101', a list's last line '- Total: 120 (majority line at 61)': the total that
        closes a list of seat counts, set off as an item of its own (not "a total of 87" in prose: a sum of some), is
        the house's size. Appends the size; True when the count was read so."""
        doc = self.doc
        j = n.start - 1
        if j > sent.start and doc[j].text == ":":
            j -= 1
        if j < sent.start or not self.cues.has("total_nouns", doc[j]) or self.lows[j] != "total":
            return False
        k = j - 1  # the total set off as an item: a dash or bullet, or the line's start, before it
        if not (k < sent.start or doc[k].text in ("-", "\u2013", "\u2014", "/", "|", ";", "*", "\u2022")
                or doc[k].is_space or "\n" in doc[k].whitespace_):
            return False
        if n.end < sent.end and not (doc[n.end].text in (".", "(", ";") or doc[n.end].text in QUOTE_MARKS
                                     or doc[n.end].is_space):
            return False
        # (a list of counts before it: in the sentence, or in the lines of the paragraph before)
        told = doc[max(0, self.prev_start):n.start - 1]
        if not any(t.like_num and not _year_token(t) for t in told if t.i != j):
            return False
        cues = self.cues
        if any(cues.has("seat_group_nouns", t) or cues.has("table_bloc_headers", t) or cues.has("sum_words", t)
               or cues.has("partial_count_words", t) for t in (*told, *doc[n.end:sent.end])):
            # "Government bloc: A 50 / B 26 - total 76": a bloc's sum; "Declared so far: ... - total 75": a count
            # not yet complete; no house's size
            return False
        before = len(self.out)
        self._chamber_size(doc[j], n.value, sent)
        return len(self.out) > before

    def _bracketed_result(self, n: _Number, unit: Token) -> int | None:
        """'X actually lost ground (14 seats, down from 17)', 'X did better than expected (22 seats, up from 15)': a
        result in brackets with the count it moved from, set after the clause it sums up: the holding of that clause's
        subject (whatever the clause's verb: the count is told as the result, not as what was won or lost)."""
        doc, sent = self.doc, self.sent
        k = unit.i
        if n.start - 1 < sent.start or doc[n.start - 1].text != "(" or k != n.end or k + 3 >= sent.end \
                or not self.cues.has("seat_nouns", unit) or doc[k + 1].text != "," \
                or self.lows[k + 2] not in ("up", "down") or self.lows[k + 3] != "from":
            return None
        verb = unit.head
        for _ in range(4):  # up from the noun the bracket hangs on ("lost ground (...)") to the clause's verb, and
            # from a comparison's clause ("did better than expected (...)") to the verb it compares
            subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if verb.pos_ in ("VERB", "AUX") and (subject or verb.dep_ != "advcl") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or self._past(verb):
            return None
        a = self._subject(verb)
        return a if a is not None and self.own.kind(a) == "organization" else None

    def _own_holders(self, holders: Token, person: int) -> bool:
        """'X withdrew his 73 lawmakers', 'her 41 deputies', "X's 73 lawmakers": the holders a person calls his own are
        the bloc he leads (not a head of state's: 'the president's 100 loyal deputies' are a ruling majority)."""
        own = self.own
        if not self.cues.has("seat_holders", holders):
            return False
        poss = next((c for c in holders.children if c.dep_ == "poss"), None)
        if poss is None or self._possessor(poss) != person:
            return False
        return not any(h.source == person and h.type == "leader_of" and own.kind(h.target) == "country"
                       for h in own.hits)

    def _pluperfect(self, tok: Token) -> bool:
        """'had won', 'had held': a verb in the past perfect (not backshifted under a verb of saying: "X said the party
        had won 31")."""
        return tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBN" \
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) \
            and not (tok.dep_ == "ccomp" and tok.head.tag_ == "VBD") and not self._backshifted_setting(tok)

    def _pluperfect_result(self, verb: Token) -> bool:
        """'X had won 26 seats in the 2023 election', 'In 2019 it had taken 62 of 193 seats': a win told in the past
        perfect in the story's own main clause, the result the story reports (marked as earlier only by a word of
        `_past`: "had won 40 seats five years ago", "in the previous house"). Not a clause of time or condition ("if X had won 40", "after X had won 40"), nor one the holding
        gave way in ("X had 40 seats before": the adverb 'before'), nor a holding ("had held 88 of its 150 seats":
        holding_verbs; with 'of its' the part and the whole are not told apart, test_nlp_facts_wordings14.py)."""
        v = _conjunct_root(verb)
        lo, hi = sorted((v.i, v.head.i))
        main = v.dep_ == "ROOT" or v.dep_ == "ccomp" and any(t.text == ";" for t in read_tokens(self.doc)[lo:hi])
        # (a clause before a semicolon the parser hangs on the next one: "X had won 26 seats; it was left with 22")
        return main and self.cues.has("win_verbs", verb) and not self.cues.has("holding_verbs", verb) \
            and not any(c.dep_ == "mark" for c in (verb, v) for c in c.children) \
            and not any(c.dep_ == "advmod" and c.lower_ == "before" for c in verb.children)

    def _pluperfect_win(self, verb: Token) -> bool:
        """'formed a government with Y, which had won 14 seats', 'the party that had won 61 of the 180 seats': a win
        told in the past perfect in a relative clause of a story told in the past, with nothing else marking it as
        earlier (no "previous", no "ago"): the result the story's time stands on, a holding that gives way to
        another count of the same holder ("Y, which had won 31 seats in 2019, took only 12 this time": the 12)."""
        if not (verb.dep_ == "relcl" and self.cues.has("win_verbs", verb) and self._pluperfect(verb)):
            return False
        host = verb.head
        while host.dep_ not in ("ROOT", "relcl", "advcl", "ccomp", "conj") and host.head.i != host.i:
            host = host.head
        host = host.head if host.dep_ != "ROOT" and host.pos_ not in ("VERB", "AUX") else host
        return host.tag_ == "VBD" and not any(
            self.cues.has("past_words", c) and c.dep_ in ("advmod", "npadvmod", "amod") for c in verb.children)

    def _had_before(self, verb: Token | None) -> bool:
        """'Y, which had 35, fell to 29', 'Y, which held 35 seats, now has 29': a holding told in the past tense in a
        relative clause, which gives way to another count of the same holder (`_earlier_gives_way`)."""
        return verb is not None and (verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.lemma_ in ("have", "hold")
                                     or self._pluperfect_win(verb))

    def _outgoing(self, anchor: Token, verb: Token | None) -> bool:
        """'has 31 seats in the outgoing parliament', 'with 37 seats in the outgoing parliament': a holding in the house
        that sits until the newly elected one meets (the count's noun or its verb hangs 'in' on it)."""
        for tok in (anchor, verb):
            for c in tok.children if tok is not None else ():
                if c.dep_ == "prep" and any(p.dep_ == "pobj" and any(
                        self.cues.has("outgoing_words", x) for x in p.children if x.dep_ in ("amod", "compound"))
                        for p in c.children):
                    return True
        return False

    def _party_of(self, person: int) -> bool:
        """Whether the sentence names a party by this person: "X's party", 'her bloc', 'the party of X'."""
        own = self.own
        for t in self.sent:
            if t.pos_ != "NOUN" or norm(t.text) not in own.kb.org_nouns:
                continue
            for c in t.children:
                if c.dep_ == "poss" and (own.actor(c) == person or c.pos_ == "PRON" and self._pronoun(c) == person):
                    return True
                if c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and own.actor(p) == person
                                                                 for p in c.children):
                    return True
        return False

    def _seat_owner(self, n: _Number, anchor: Token, bare: bool) -> int | None:
        doc, cues, own = self.doc, self.cues, self.own
        num = doc[n.start:n.end].root
        awarded = self._awarded(anchor)
        if awarded is not None:
            return self._subject(awarded)  # "not the 14 it was awarded"
        # "X's 12 seats", "the Front's fifteen deputies", "whose 11 deputies", "her 27 deputies"
        for tok in {anchor, num}:
            for c in tok.children:
                if c.dep_ == "poss":
                    a = self._possessor(c)
                    if a is not None and c.pos_ == "PRON" and own.kind(a) == "country":
                        return None  # "whose bloc won ..., before its 73 lawmakers resigned": a bloc, not the state
                    return a
        # "the 12 seats won by X"
        for c in anchor.children:
            if c.dep_ == "acl" and not cues.has("rank_verbs", c):  # not "X won 52 seats, followed by Y with 37"
                for ag in c.children:
                    if ag.dep_ == "agent":
                        p = next((x for x in ag.children if x.dep_ == "pobj"), None)
                        a = self._np(p)
                        if a is not None:
                            return self._org_of_person(a, p)
        # "47 seats were won by X": a win verb's passive subject, its winner the agent; "52 - seats won by X" (a
        # line told count first, the participle read as the verb), "the 40 seats held by X": its participle's agent
        won = anchor.head if anchor.dep_ in ("nsubjpass", "nsubj") and cues.has("win_verbs", anchor.head) else next(
            (c for c in anchor.children if c.dep_ == "acl" and c.tag_ == "VBN" and cues.has("win_verbs", c)), None)
        if won is not None and (anchor.dep_ == "nsubjpass" or won.tag_ in ("VBD", "VBN")):
            ag = next((x for x in won.children if x.dep_ == "agent"), None)
            p = next((x for x in ag.children if x.dep_ == "pobj"), None) if ag is not None else None
            a = self._np(p) if p is not None else None
            if a is not None:
                return self._org_of_person(a, p)
        # "32 seats for X"; "the 45 deputies of X walked out", "... and the four MPs of X" (all of its holders; not
        # "expelled the 14 deputies of the party": holders a verb acts on)
        of_holders = cues.has("seat_holders", anchor) \
            and (anchor.dep_ not in ("dobj", "obj", "dative", "pobj") or self._joined_holders(anchor)) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children)
        for c in anchor.children:
            if c.dep_ == "prep" and (c.lower_ in ("for", "to") or c.lower_ == "of" and of_holders):
                p = next((x for x in c.children if x.dep_ == "pobj" and x.pos_ != "NUM"), None)
                a = self._np(p)
                if a is not None:
                    return a
        if cues.has("seat_holders", anchor) and self._holders_of_body(anchor):
            return None  # "X met the 6 deputies of Y", "X relies on the 9 deputies of Y": Y's men, not X's seats
        if not bare and anchor.i + 2 < self.sent.end and doc[anchor.i + 1].text in (":", "-", "\u2013", "\u2014") \
                and cues.has("seat_nouns", anchor) and anchor.head.i == anchor.i:
            # "41 seats: Union of Meadows" (a list by count): the name set off after the seats
            name = next((c for c in anchor.children if c.dep_ == "appos" and c.i > anchor.i + 1), None)
            a = self._np(name) if name is not None else None
            if a is not None and own.kind(a) == "organization":
                return a
        a = self._seat_label_owner(n) if bare else None
        if a is not None:
            return a  # "Crimson Party (CP)\nLeader: X\nSeats: 42": the body the block is headed by
        # "won the most seats - 41 -", "won the most seats (41)": the number restates the seats before it
        if bare and n.start >= 2 and doc[n.start - 1].text in ("-", "(", "\u2013", "\u2014", ":") \
                and cues.has("seat_nouns", doc[n.start - 2]):
            return self._holder(doc[n.start - 2])
        a = self._for_name_after(n) if bare else None
        if a is not None:
            return a
        a = self._gapped(n)
        if a is not None:
            return a
        a = self._possessed_bare(n) if bare else None
        if a is not None:
            return a
        a = self._with_after_name(n) if bare else None
        if a is not None:
            return a
        if bare and n.end < self.sent.end and (
                doc[n.end].lower_ == "to" and any(cues.has("receive_verbs", t) and t.pos_ == "VERB" for t in self.sent)
                or doc[n.end].lower_ == "for" and any(cues.has("seat_nouns", t) and any(
                    c.dep_ == "prep" and c.lower_ == "for" for c in t.children) for t in self.sent)):
            # "12 seats went to X, nine to Y", "12 seats for X, nine for Y": the receiver follows "to" / "for"
            for j in range(n.end + 1, min(self.sent.end, n.end + 3)):
                b = self.own.actor(doc[j])
                if b is not None:
                    return b if self.own.kind(b) == "organization" else None
        if bare and (num.dep_ in ("appos", "npadvmod") or num.dep_ == "nummod" and num.head.i == num.i - 1
                     and num.head.pos_ == "PROPN") and num.i > num.head.i:
            # ("Union of Meadows 40, Copper Party 33": a count after a name, parsed as its modifier)
            # "the Iron League (Zelezna liga) five", "the Farmers' League, which speaks for the hills, nine": the count
            # in apposition to the name before it, or hung on the end of that name's own clause (when no other name
            # stands between them)
            name = num.head
            for _ in range(4):
                if name.pos_ == "PROPN" or name.dep_ == "relcl" or name.head is name:
                    break
                name = name.head
            name = name.head if name.dep_ == "relcl" else name
            a = self._np(name) if name.pos_ == "PROPN" and doc[num.i - 1].text in {",", ")", name.text} else None
            between = {self.own.actor(t) for t in doc[name.i + 1:num.i]} - {None, a}
            if a is not None and self.own.kind(a) == "organization" and not between:
                return a
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN" \
                and self.own.actor(anchor.head.head) is None and any(c.lower_ == "the" for c in anchor.children) \
                and not cues.has("seat_nouns", anchor.head.head):
            return None  # "praised the decision of the twelve deputies": a group told of, nobody's holding
        if bare and num.dep_ == "nummod" and num.i + 1 < num.head.i and doc[num.i + 1].pos_ == "CCONJ" \
                and num.head.dep_ in ("dobj", "obj") and num.head.head.pos_ in ("VERB", "AUX") \
                and num.head.head.i < num.i:
            # "...; Y has 41 and the Z Party, which votes with it, 14": the count parsed as the modifier of the next
            # item's name is the object of the verb before it, its subject's holding
            a = self._subject(num.head.head)
            return a if a is not None and own.kind(a) == "organization" else None
        a = self._entry_owner(anchor)  # "Name - 40 seats (down from 45).": the entry's head
        if a is not None:
            return a
        a = self._holder(anchor)
        verb_object = anchor.dep_ in ("dobj", "obj", "dative") and anchor.head.pos_ in ("VERB", "AUX")
        if a is not None or bare or verb_object:
            return a  # the object of a verb whose subject is no actor ("giving the partners 171 seats"): no one
        a = self._label_owner(n)  # "- X (XP): ruling party of President Y; 88 of 140 seats": the list item's body
        if a is not None and self.own.kind(a) == "organization":
            return a
        return self._nearby_name(anchor)

    def _unasserted(self, verb: Token) -> bool:
        """A count the sentence does not assert: its verb negated or put off ('X did not win 44 seats', 'has never
        deployed 3,000 troops', 'has yet to deploy'), a condition ('if X wins 44 seats'), under a denial, refusal or failure ('denied sending 3,000
        troops', 'refused to send', 'failed to win'), an intention ('offered to send', 'is considering sending'), a
        subject negated as a whole ('Neither X nor Y kept a single seat'), or asked ('Did X win 44 seats?'). Climbs the
        verbs it complements."""
        cues = self.cues
        if ends_in_question(verb.sent) and not self._known_in_question(verb.sent):
            return True
        for _ in range(3):
            for c in verb.children:
                if c.dep_ == "neg" and cues.has("negation_words", c) \
                        or c.dep_ == "advmod" and cues.has("postponing_words", c):
                    return True  # "did not win", "has yet to deploy", "is yet to send"
                if c.dep_ == "mark" and verb.dep_ in ("advcl", "ccomp") and cues.has("condition_marks", c):
                    return True  # "if X wins 44", "it is unclear whether X won 44"
                if c.dep_ in ("nsubj", "nsubjpass") and any(x.dep_ in ("preconj", "det") and cues.has("negation_words", x)
                                                          for x in c.children):
                    return True  # "Neither X nor Y kept a single seat", "neither party won 40": a subject negated
            if verb.dep_ == "advcl" and verb.i < verb.head.i and _inverted_condition(verb):
                return True  # "Should X win 44 seats, ...", "Were X to send 3,000 troops, ...", "Had X won 44, ..."
            if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG" and (
                    cues.has("denial_verbs", verb.head) or cues.has("intent_verbs", verb.head)):
                return True  # "ruled out sending 3,000 troops", "is considering sending"
            if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.dep_ in ("dobj", "obj") \
                    and verb.head.head.pos_ == "VERB" and cues.has("denial_verbs", verb.head.head) \
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
                return True  # "X denied reports that it has 2,000 troops there", "rejected claims that it won 44"
            if verb.dep_ not in ("xcomp", "ccomp", "pcomp") or verb.head is verb:
                return False
            if verb.dep_ == "ccomp" and verb.i < verb.head.i and any(
                    c.dep_ == "punct" and c.text == ";" and verb.i < c.i < verb.head.i for c in verb.head.children):
                return False  # "X has 4,500 troops there; its mandate does not cover Y": two clauses, not a complement
            verb = verb.head
            if verb.dep_ == "prep" and verb.head is not verb:  # "ruled out sending", "refrained from sending"
                verb = verb.head
            if (cues.has("denial_verbs", verb) or cues.has("intent_verbs", verb)) and verb.pos_ == "VERB":
                return True  # "refused to send", "failed to win"; "offered to send", "wants to deploy"
        return False

    @staticmethod
    def _known_in_question(sent: Span) -> bool:
        """'X won 44 of the 80 seats in which country's Senate?', 'Why did X send 2,000 troops?': a question asked
        with a question word (not one opening on its verb, 'Did X win 44 seats?', nor 'how', which may ask the count
        itself) takes the count in it as known."""
        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None or first.pos_ == "AUX":
            return False
        wh = [t for t in sent if t.tag_ in ("WDT", "WP", "WP$", "WRB")]
        return bool(wh) and not any(t.lower_ == "how" for t in wh) \
            and not any(t.dep_ == "relcl" or t.dep_ in ("ccomp", "advcl") and t.i > wh[0].i for t in sent
                        if t.pos_ in ("VERB", "AUX") and any(w.head == t or w.head.head == t for w in wh))

    def _projected(self, verb: Token) -> bool:
        """'a poll gives X 44 seats', 'X could win 44', 'X is expected to win 44', 'X won 44 seats, according to
        exit polls': a count that is not (yet) a result; nor one the sentence does not assert (`_unasserted`)."""
        cues = self.cues
        if self._unasserted(verb):
            return True
        for _ in range(3):
            if cues.has("projection_words", verb) and verb.pos_ in ("VERB", "AUX", "ADJ"):
                return True
            for c in verb.children:
                if c.dep_ in ("aux", "nsubj", "nsubjpass", "csubj") and cues.has("projection_words", c):
                    return True
                if c.dep_ == "prep" and c.lower_ == "according" and any(
                        cues.has("projection_words", x) and x.pos_ == "NOUN" for x in c.subtree):
                    return True
                if c.dep_ == "prep" and c.lower_ == "on" and any(  # "is on course to win"
                        x.dep_ == "pobj" and cues.has("projection_words", x) for x in c.children):
                    return True
            if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
                return False
            verb = verb.head
        return False

    def _count_verb(self, anchor: Token) -> Token | None:
        """The verb a count is the object or complement of ('won 40 seats', 'came first with 40', 'gives X 40')."""
        tok = anchor
        while tok.dep_ in ("conj", "pobj", "prep", "nmod") and tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
            tok = tok.head
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ in ("dobj", "obj", "attr",
                                                                                      "oprd", "npadvmod", "dative"):
            tok = tok.head
        return tok if tok.pos_ in ("VERB", "AUX") else None

    def _converted_share(self, tok: Token) -> Token | None:
        """'..., which translated into 40 seats', 'X's 38 percent converted into 40 seats', 'which yielded 40 seats':
        the share of the vote (a unit of not_seat_units) a conversion verb turns into the count ``tok``; None where
        the verb turns no share."""
        cues = self.cues
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "into" else \
            tok.head if tok.dep_ in ("dobj", "obj") else None
        if verb is None or verb.pos_ != "VERB" or not cues.has("conversion_verbs", verb):
            return None
        share = verb.head if verb.dep_ == "relcl" else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if share is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "X polled 31 percent, translating into 28 seats": the participle tells of the main verb's object
            share = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        for _ in range(2):  # "38% of the vote, which ...": the clause hung on "vote"
            if share is not None and share.dep_ == "pobj" and share.head.lower_ == "of" and share.head.head.pos_ in (
                    "NOUN", "NUM") and cues.has("not_seat_units", share.head.head):
                share = share.head.head
        # "X's 31 percent share": the share noun with its unit before it
        return share if share is not None and (cues.has("not_seat_units", share) or any(
            c.dep_ in ("compound", "amod", "nmod") and cues.has("not_seat_units", c) for c in share.children)) \
            else None

    def _share_holder(self, share: Token) -> int | None:
        """Who holds a share of the vote: its possessor ("X's 38 percent"), else the subject of the verb it is the
        object of ("X took 38%"); an organisation only."""
        poss = next((c for c in share.children if c.dep_ == "poss"), None)
        a = self._possessor(poss) if poss is not None else self._subject(share.head) \
            if share.dep_ in ("dobj", "obj") and share.head.pos_ in ("VERB", "AUX") else None
        return a if a is not None and self.own.kind(a) == "organization" else None

    def _holder(self, anchor: Token) -> int | None:
        """Who holds a count by the clause around it: object of 'won', after 'with', after 'to'."""
        own, cues = self.own, self.cues
        head = anchor.head
        tok = anchor
        while tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.dep_ in ("dobj", "obj"):
            tok = tok.head  # "won a two-thirds majority, 101 seats": the seats restate what was won
            head = tok.head
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "NUM"):
            tok = tok.head  # "took seven seats and six": the second count shares the first one's verb
            head = tok.head
        if (tok.dep_ in ("dobj", "obj") or tok.dep_ == "oprd" and any(c.dep_ == "nsubjpass" for c in head.children)) \
                and cues.has("give_verbs", head):
            # ("X was allowed only 4", the count parsed as the passive's predicate)
            # "the count gave X 40 seats": the named receiver; "giving the three partners 171 seats": none
            receiver = next((c for c in head.children if c.dep_ == "dative"
                             or c.dep_ in ("dobj", "obj") and c.i < tok.i), None)  # "gave it 61": two objects
            if receiver is not None and receiver.pos_ == "PRON" and receiver.lower_ in ("it", "them", "us"):
                return self._pronoun(receiver)  # "official results gave it 61"; "the voters gave us 40": the text's voice
            if receiver is None and any(c.dep_ == "nsubjpass" for c in head.children):
                return self._subject(head)  # "X was awarded 14 seats": the passive subject received them
            return own.actor(receiver) if receiver is not None else None
        if tok.dep_ == "npadvmod" and head.lower_ in ("up", "down") and head.head.pos_ in ("AUX", "VERB") \
                and any(c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ == "to" for q in c.children)
                        for c in tok.children):
            return self._subject(head.head)  # "X was up six to 58 seats": the count after "to", X's
        share = self._converted_share(tok)
        if share is not None:
            return self._share_holder(share)  # "X took 38% of the vote, which translated into 40 seats"
        verb = self._result_verb(tok)
        if verb is not None:
            return self._subject(verb)  # "X gained five seats to 34", "..., for a total of 34", "to reach 34"
        if tok.dep_ in ("dobj", "obj", "attr", "nummod", "npadvmod") and cues.has("body_strength_verbs", head) \
                and (head.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in head.children)
                     or head.dep_ == "ROOT" and any(c.dep_ == "compound" for c in head.children)):
            # (the verb tagged a noun with a subject of its own: "X's lawmakers/nsubj number/ROOT 40", or with the
            # subject compounded on it: "X's parliamentary group/compound numbers/ROOT 58 deputies")
            # "X lawmakers, who number 40", "X's deputies number 40": the holders' own count, their party's
            holders = head.head if head.dep_ == "relcl" else next(
                (c for c in head.children if c.dep_ == "nsubj"), None) or next(
                (c for c in head.children if c.dep_ == "compound" and c.i < head.i), None)
            if holders is not None and (cues.has("seat_holders", holders) or cues.has("seat_group_nouns", holders)
                                        and (cues.has("seat_holders", tok) or cues.has("member_nouns", tok))):
                # ("X's parliamentary group numbers 22 deputies": the group's count of its holders)
                poss = next((c for c in holders.children if c.dep_ == "poss"), None)
                a = self._possessor(poss) if poss is not None else self._holders_party(holders)
                if a is not None and own.kind(a) == "organization":
                    return a
        if tok.dep_ == "pobj" and head.lower_ == "at" and cues.has("strength_verbs", head.head) and any(
                c.dep_ == "nsubj" and cues.has("total_nouns", c) for c in head.head.children):
            return self._subject(head.head)  # "X's seat count stands at 64", "its tally stood at 64"
        if cues.has("seat_holders", tok) and tok.dep_ == "nsubjpass" and cues.has("holder_verbs", head):
            return self._holders_party(tok)  # "34 X deputies were elected"
        if tok.dep_ in ("dobj", "obj") and self._contribution(head):
            return self._subject(head)  # "its junior partner, X, adds 9"
        if tok.dep_ in ("dobj", "obj", "attr", "oprd", "npadvmod", "conj", "dative") \
                and head.pos_ in ("VERB", "AUX") and (cues.has("win_verbs", head) or cues.has("rank_verbs", head)):
            if tok.dep_ == "dative":
                return None  # "giving the three partners 171 seats": no named holder
            return self._subject(head)
        if (cues.has("seat_holders", tok) or cues.has("member_nouns", tok) and self._house_members(tok)) \
                and tok.dep_ in ("dobj", "obj") and cues.has("holder_verbs", head):
            return self._subject(head)  # "X will send 42 deputies to parliament", "sends 33 members to the Assembly"
        if cues.has("seat_holders", tok) and tok.dep_ == "pobj" and head.dep_ == "agent" \
                and cues.has("holder_verbs", head.head):
            return self._subject(head.head)  # "X will be represented by 42 deputies"
        if tok.dep_ == "pobj" and head.lower_ == "of" and cues.has("total_nouns", head.head) \
                and head.head.dep_ in ("nsubj", "nsubjpass") and cues.has("receive_verbs", head.head.head):
            tok, head = head.head, head.head.head  # "a total of 64 seats went to X": as "64 seats went to X"
        if (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "nummod" and head.pos_ == "VERB"
                and head.i == tok.i + 1) and cues.has("receive_verbs", head):
            # (a bare count right before the verb may be parsed as the verb's number: "of which 112 belong to X")
            if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                    p.dep_ == "pobj" and p.pos_ == "NOUN" and not any(
                        cues.has(k, p) for k in ("seat_nouns", "seat_holders", "member_nouns")) for p in c.children)
                    for x in (tok, head) for c in x.children):
                return None  # a share of other people: "of the 90 ministers, 12 belong to X", "800 went to X"
            for c in head.children:  # "12 seats went to X"
                if c.dep_ == "prep" and c.lower_ == "to":
                    p = next((x for x in c.children if x.dep_ == "pobj"), None)
                    a = self._np(p)
                    return a if a is not None and own.kind(a) != "country" else None
            return None
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            for c in head.head.children:  # "X's tally of 40 seats"
                if c.dep_ == "poss":
                    return self._possessor(c)
            whole = head.head  # "won a total of 40 seats", "secured a majority of 76 seats"
            if whole.dep_ in ("dobj", "obj") and whole.head.pos_ in ("VERB", "AUX") \
                    and cues.has("win_verbs", whole.head):
                return self._subject(whole.head)
        if tok.dep_ == "pobj" and cues.has("holding_preps", head):
            host = head.head
            ranked = self._ranked_object(host, head)
            if ranked is not None:
                return ranked  # "..., leaving Y in third place with 19", "relegating Y to second place with 40": Y's
            if host.pos_ in ("VERB", "AUX"):
                # "X won 42 seats, far ahead of Y with 31": the verb's own count is X's; this one is Y's
                b = head.i - 1
                if b > self.sent.start and self.doc[b].ent_type_ == "ORDINAL":
                    b -= 1  # "..., and the Civic Bloc third with 17": the name before its rank
                m = own.tok2m[b] if b >= 0 else -1
                before = own.actor(self.doc[b]) if m >= 0 and own.mentions[m].end == b + 1 else None
                if before is not None and own.kind(before) == "organization" and (any(
                        c.dep_ in ("dobj", "obj") and (c.pos_ == "NUM" or cues.has("seat_nouns", c))
                        for c in host.children) or self.doc[b].dep_ == "conj"
                        or self.doc[b].head.dep_ == "agent" or any(
                        c.dep_ == "prep" and c.i < head.i and cues.has("holding_preps", c)
                        and any(p.dep_ == "pobj" and (p.pos_ == "NUM" or cues.has("seat_nouns", p)) for p in c.children)
                        for c in host.children)):
                    # "... and the Labour Union with 31": the name in the list right before; "X leads with 52
                    # seats, ahead of Y on 37": the verb's first count is X's; "followed by Y with 37": Y's
                    return before
                described = self._described_object(host, head)
                if described is not None:
                    return described
                return self._subject(host)
            a = self._np(host)
            if a is not None:
                return a
            rank = head.i - 1
            if rank - 1 >= self.sent.start and self.doc[rank].ent_type_ == "ORDINAL" and own.tok2m[rank - 1] >= 0 \
                    and own.mentions[own.tok2m[rank - 1]].end == rank \
                    and own.kind(own.actor(self.doc[rank - 1])) == "organization":
                return own.actor(self.doc[rank - 1])  # "X won 51 seats, with Y second with 22": Y's
            # "emerged as the clear winner with 34", "came out of the vote with 34": the clause's subject
            verb = host
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                    break
                verb = verb.head
            return self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if tok.dep_ == "pobj" and head.lower_ in ("to", "onto") and self._phrasal_holding(head):
            return self._subject(head.head)  # "X held on to 33 seats", "clung onto all 33 of its seats"
        ranged = tok.dep_ == "pobj" and head.lower_ == "from" and self._range_end(tok)
        if tok.dep_ == "pobj" and (head.lower_ == "to" or ranged):  # "..., falling to 21 seats", "fell from 47 to 31"
            # ("rose from 25 to 33", parsed as a range "25 to 33" after "from": the end is the new count)
            verb = head.head if ranged else head.head.head if head.head.lower_ == "from" else head.head
            verb = self._past_particle(verb)  # "fell back to 5 seats": "to" hung on "back"
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
                verb = verb.head  # "raised its tally to 23 seats": 'to' hangs on the object
            if cues.has("move_verbs", verb):
                moved = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                if moved is not None and own.actor(moved) is not None and own.kind(own.actor(moved)) == "organization":
                    # "the win brings X to 52 seats", "restores X to 52 seats": the body moved holds them
                    return own.actor(moved)
                return self._subject(verb)
        return None

    def _past_particle(self, tok: Token) -> Token:
        """'fell back to 5 seats', 'has shrunk back down to 900 fighters': the verb of movement a particle of
        direction (facts.yaml move_particles) hangs on, the parser hanging "to" on the particle; ``tok`` otherwise."""
        seen = 0
        while tok.pos_ == "ADV" and tok.dep_ in ("advmod", "prt") and self.cues.has("move_particles", tok) \
                and tok.head is not tok and seen < 2:
            tok, seen = tok.head, seen + 1
        return tok

    def _phrasal_holding(self, prep: Token) -> bool:
        """'held on to 33 seats', 'hung onto its 12 seats': the count after "to" (or "onto") of a phrasal verb of
        win_verbs whose particle is "on" ("hold on")."""
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or prep.i < verb.i:
            return False
        lemma = verb.lemma_.lower()
        if prep.lower_ == "onto":
            return f"{lemma} on" in self.cues.win_verbs
        # (the particle parsed as a preposition of its own with no object: "held on/prep to/prep 33 seats")
        return any((c.dep_ == "prt" or c.dep_ == "prep" and c.i == prep.i - 1 and not c.n_rights) and c.i < prep.i
                   and f"{lemma} {c.lower_}" in self.cues.win_verbs for c in verb.children)

    @staticmethod
    def _range_end(num: Token) -> bool:
        """'from 25 to 33' parsed as one range after "from" ("25" and "to" hung on "33"): ``num`` is its end."""
        return any(c.dep_ == "quantmod" and c.lower_ == "to" for c in num.children) \
            and any(c.dep_ == "quantmod" and c.pos_ == "NUM" and c.i < num.i for c in num.children)

    def _elected_candidates(self, n: _Number, unit: Token) -> int | None:
        """'34 of X's candidates were elected', '34 X candidates were returned', 'X got 34 of its candidates elected':
        the party whose candidates one of holder_verbs, in the passive participle, makes holders (none when not
        asserted: 'if 34 of its candidates are elected')."""
        cues = self.cues
        while unit.dep_ == "compound" and unit.head.i > unit.i:
            unit = unit.head  # "34 of the X Party's candidates": the noun after the possessive name
        if unit.dep_ == "poss" and unit.head.i > unit.i:
            unit = unit.head
        if not cues.has("candidate_nouns", unit) or not 1 <= n.value <= 2000:
            return None
        num = n.root(self.doc)
        for tok in (num, unit):
            verb = tok.head
            if tok.dep_ == "nsubjpass" and cues.has("holder_verbs", verb) and not self._projected(verb):
                poss = next((c for c in unit.children if c.dep_ == "poss"), None)
                a = self._possessor(poss) if poss is not None else self._holders_party(unit)
                return a if a is not None and self.own.kind(a) == "organization" else None
            if tok.dep_ == "nsubj" and verb.tag_ == "VBN" and cues.has("holder_verbs", verb) \
                    and verb.dep_ in ("ccomp", "xcomp", "oprd") and cues.has("win_verbs", verb.head) \
                    and not self._projected(verb.head):
                a = self._subject(verb.head)  # "X got 34 of its candidates elected"
                return a if a is not None and self.own.kind(a) == "organization" else None
        return None

    def _holders_party(self, holders: Token) -> int | None:
        """'34 X deputies were elected', 'twelve X lawmakers were returned': the party named on the holders."""
        for c in holders.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN":
                a = self._np(c)
                if a is not None and self.own.kind(a) == "organization":
                    return a
        return None

    @staticmethod
    def _ordinal(tok: Token) -> bool:
        """An ordinal word: the NER's ORDINAL, or one of roles.yaml regnal_ordinals (first ... sixteenth)."""
        return tok.ent_type_ == "ORDINAL" or tok.lower_ in knowledge().regnal_ordinals

    def _rank(self, tok: Token) -> bool:
        """Whether a noun names a rank: an ordinal ("into third"), or a rank noun with one ("to second place")."""
        return self._ordinal(tok) or self.cues.has("rank_nouns", tok) and any(
            c.dep_ in ("amod", "compound", "nummod") and self._ordinal(c) for c in tok.children)

    def _ranked_object(self, host: Token, prep: Token) -> int | None:
        """'X took 51 seats, leaving Y in third place with 19', 'relegating Y to second place with 40': a count after
        a holding preposition, beside a body that the verb puts at a rank (its object, and a rank after one of
        rank_preps), is that body's, not the verb's subject's. ``host`` is what the preposition hangs on: the verb,
        or the rank noun."""
        own, cues = self.own, self.cues
        verb, rank = host, None
        if host.pos_ == "NOUN" and self._rank(host) and host.dep_ == "pobj" and cues.has("rank_preps", host.head):
            verb, rank = host.head.head, host
        if verb.pos_ not in ("VERB", "AUX") or cues.has("win_verbs", verb) or cues.has("rank_verbs", verb):
            return None
        if rank is None:
            rank = next((p for c in verb.children if c.dep_ == "prep" and cues.has("rank_preps", c) and c.i < prep.i
                         for p in c.children if p.dep_ == "pobj" and self._rank(p)), None)
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if rank is None or obj is None or not obj.i < rank.i < prep.i:
            return None
        a = own.actor(obj)
        return a if a is not None and own.kind(a) == "organization" else None

    def _described_object(self, verb: Token, prep: Token) -> int | None:
        """'X built the Y Party into the main force, with 37 seats', 'X cultivated the Y Party, the second force in
        parliament, with 34 of the 120 seats': a count after a comma that follows the verb's object describes that
        object (a party, or the body it became) when the verb's subject holds no seats (a person, an armed group,
        or a body not of party_subkinds beside an object that is a party), not the subject's holding."""
        own = self.own
        if prep.i < 1 or self.doc[prep.i - 1].text != "," or self.cues.has("win_verbs", verb) \
                or self.cues.has("rank_verbs", verb):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        holder = self._subject(verb) if subj is not None else None
        parties = self.cues.party_subkinds
        if holder is not None and own.kind(holder) != "person" and own.subkind(holder) in parties:
            return None  # "the Free Party beat the Labour Union, with 40 seats": the party's own count
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)
        if obj is None:
            return None
        found = None
        for t in (obj, *(c for c in obj.children if c.dep_ == "appos"),
                  *(p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" and obj.i < c.i < prep.i
                    for p in c.children if p.dep_ == "pobj")):
            a = self._np(t)
            if a is not None and own.kind(a) == "organization" and own.subkind(a) not in self.cues.armed_subkinds:
                found = a if found is None or found == a else -1
        if found in (None, -1) or holder is not None and own.kind(holder) != "person" \
                and own.subkind(holder) not in self.cues.armed_subkinds and own.subkind(found) not in parties:
            return None  # (a body of no known kind courting another of no known kind: the clause's subject)
        return found

    def _subject(self, verb: Token) -> int | None:
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        own = self.own
        seen = 0
        while seen < 6:
            seen += 1
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "X, whose party finished first with 38 seats, ...": two subjects parsed onto one verb; the nearest holds
            subj = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=None) if len(subjects) > 1 \
                else next(iter(subjects), None)
            if len(subjects) > 1 and subj is not None:
                # "the X party headed by the banker P won nine": the leader's name, cut from the participle's "by"
                # phrase and parsed as a second subject, is the body's leader; the body holds
                far = next((c for c in subjects if c.i < subj.i and any(
                    a.dep_ == "acl" and a.lemma_ in LEADING_VERBS and any(
                        g.dep_ == "agent" and g.right_edge.i + 1 == subj.left_edge.i for g in a.children)
                    for a in c.children)), None)
                subj = far if far is not None else subj
                # "X (XB), a militia formed to guard the dams, has grown to 8,000 fighters": a description set off after
                # the name, parsed as a second subject; the name holds
                named = next((c for c in subjects if c.i < subj.i and c.right_edge.i + 2 == subj.left_edge.i
                              and _tk[c.right_edge.i + 1].text == ","), None)
                if named is not None and subj.pos_ == "NOUN" and subj.left_edge.lower_ in ("a", "an", "the") \
                        and not any(c.dep_ == "poss" for c in subj.children):
                    subj = named
            if subj is not None:
                whose = self._whose_bracketed(verb, subj) if seen == 1 else None
                if whose is not None:
                    return whose
                break
            named = self._name_right_before(verb) if seen == 1 else None
            if named is not None:
                # "X kept all 13 of its seats and Y won 15", Y parsed onto X's clause; -1: a noun the name hangs on
                # is the subject ("and the allies of Y won 14"), no holder named, not the first clause's subject
                return named if named >= 0 else None
            if seen == 1:
                # "X, which everyone knows is Y's list, won 14": the relative clause's verb of knowing or saying
                # taken for the main clause, X made the subject of its "is"; X is the subject of the verb after it
                inner = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                              and _tk[verb.i - 1].text == ","), None)
                subj = next((x for x in inner.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < inner.i
                             and any(r.dep_ == "relcl" and r.i < inner.i and any(
                                 w.lower_ in REL_PRONOUNS for w in r.children) for r in x.children)),
                            None) if inner is not None else None
                if subj is not None:
                    break
            if seen == 1 and (subj := self._with_subject(verb)) is not None:
                break  # "with its ally, B, holding a further 8"
            if seen == 1:
                # "X, a band formed to guard Y, has swelled to 5,000 men": the participle of the description parsed
                # as the clause's verb, with the name as its subject; the name is the subject of the verb after it
                part = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBD")
                             and not any(x.dep_ in ("aux", "auxpass", "mark") for x in c.children)
                             and c.i > 0 and _tk[c.i - 1].pos_ == "NOUN" and _tk[c.i - 1].dep_ in ("appos", "nsubj")),
                            None)
                # (the description's noun may be parsed as a second subject of the participle: the name comes first)
                subj = min((x for x in part.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < part.i - 1),
                           key=lambda x: x.i, default=None) if part is not None else None
                if subj is not None:
                    break
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
                verb = verb.head
                continue
            if self._means_gerund(verb):
                verb = verb.head.head  # "X responded by sending 800 troops": X sent them
                continue
            if verb.dep_ == "relcl":
                return self._antecedent(verb)
            cut = self._relative_cut_off(verb)
            if cut is not None:
                return cut
            # "A coalition of X, cobbled together ..., won 70 seats" parsed apart
            subj = next((t for t in self.sent if t.i < verb.i and t.dep_ == "nsubj" and own.actor(t) is not None
                         and own.mentions[own.tok2m[t.i]].key.startswith("desc:")), None)
            break
        if subj is None:
            return None
        subj = self._addressed_subject(subj, verb)
        if any(c.dep_ == "prep" and c.lower_ == "with" and any(self.cues.has("sum_words", x) for x in c.children)
               for c in (*verb.children, *subj.children)):
            # "together with X and Y, the coalition commands 62 seats", "X, together with Y, controls 71 seats": a
            # sum over several, no one's
            return None
        if subj.lower_ in REL_PRONOUNS:
            v = subj.head
            # "X, which officials estimate has 7,000 fighters": the pronoun's clause is the complement of the
            # relative clause's verb of saying
            while v.dep_ in ("conj", "ccomp") and v.head.i != v.i:
                v = v.head
            return self._antecedent(v)
        if subj.pos_ == "PRON":
            if subj.lower_ in ("they", "we") and any(self.cues.has("sum_words", c) for c in verb.subtree):
                return None  # "together they would control 73 seats": a sum over several, no one's holding
            return self._pronoun(subj)
        of = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj"), None)
        if of is not None and subj.pos_ == "NOUN" and any(c.dep_ == "conj" and self._np(c) is not None
                                                          for c in of.children):
            return None  # "the coalition of X and Y commands 66 seats": a sum over two named holders
        # (not a conjunct inside the subject's own name: "the Workers' and Peasants' Party won 12")
        conj = [c for c in subj.children if c.dep_ == "conj" and not self._same_mention(c, subj)]
        if conj and any(c.pos_ == "NUM" for c in subj.children):
            subj = conj[-1]  # "A (X) 19 and B garnered nine seats": A has its own count; B is the subject
        elif conj and self._np(subj) is None and not any(c.dep_ == "cc" for c in subj.children) \
                and self._np(conj[-1]) is not None:
            subj = conj[-1]  # "In X, the oil hub of the south, the Y alliance took 12": a chain of commas, not "and"
        elif any(self._np(c) is not None for c in conj) and any(c.dep_ == "cc" and c.lower_ == "and"
                                                                 for c in subj.children):
            return None  # "X and Y won 73 seats": a sum over two named holders, no one's ("X and its allies": X's camp)
        elif self._named_list(subj):
            return None  # "X, Y and Z won 62 seats", "X, Y and their allies won 62": a sum over a list of holders
        if subj.pos_ == "NOUN" and subj.i < verb.i:
            # "The only opposition party left in parliament, the Y Party, took nine": the name set off right before the
            # verb restates the described subject, on it, on the object of its participle's preposition, or on a name
            # its "of" gives ("the party of X, the Y Party,"); not on a noun its "of" gives ("a rival of the ruling
            # party, the Y Party," may name the ruling party)
            named = next((t for t in subj.subtree if t.dep_ == "appos" and t.i > subj.i and t.right_edge.i + 2 == verb.i
                          and self.doc[verb.i - 1].text == "," and (
                              t.head.i == subj.i or t.head.dep_ == "pobj" and (
                                  t.head.head.head.pos_ == "VERB" or t.head.pos_ == "PROPN"
                                  and own.actor(t.head) != own.actor(t)))
                          and own.actor(t) is not None and own.kind(own.actor(t)) == "organization"), None)
            subj = named if named is not None else subj
        a = self._np(subj)
        if a is None and subj.pos_ == "NOUN":  # "saw its tally fall to 15 seats", "the Front's share rose to 20"
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            a = self._possessor(poss) if poss is not None else None
        return self._org_of_person(a, subj) if a is not None else None

    @staticmethod
    def _means_gerund(verb: Token) -> bool:
        """'X responded by sending 800 troops', 'X reacted by deploying 2,000 soldiers': a gerund after "by" on an
        active verb, the means its subject acted by (not on a passive: "X was punished by sending ...")."""
        by = verb.head
        return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and by.dep_ == "prep" and by.lower_ == "by" \
            and by.head.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in by.head.children)

    def _addressed_subject(self, subj: Token, verb: Token) -> Token:
        """'Mr Reel, your bloc won 28', 'Mr Reel, Ana Vel's party won 40': a person addressed at the sentence's start,
        parsed as the subject with the real subject as his apposition (no comma closing it before the verb): the
        apposition; ``subj`` otherwise."""
        own = self.own
        a = own.actor(subj) if subj.pos_ == "PROPN" else None
        if a is None or own.kind(a) != "person" or subj.left_edge.i != self.sent.start:
            return subj
        app = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and c.pos_ in ("NOUN", "PROPN")
                    and self.doc[c.left_edge.i - 1].text == "," and c.right_edge.i + 1 == verb.i), None)
        return app if app is not None else subj

    def _whose_bracketed(self, verb: Token, subj: Token) -> int | None:
        """'X, whose Y Party (YP) holds 49 seats, ...', 'X, whose Y Coalition won 29 seats': the body named after
        'whose' right before the verb (or before its short form in brackets), the parser having taken the person
        before 'whose' for the verb's subject: the body."""
        own, doc = self.own, self.doc
        k = self._before_bracket(verb.i - 1)
        if own.tok2m[k] < 0 or own.mentions[own.tok2m[k]].end != k + 1:
            return None
        start = own.mentions[own.tok2m[k]].start
        if subj.i >= start or not any(self.lows[w] == "whose" for w in range(max(subj.i + 1, start - 3), start)):
            return None
        a = own.actor(doc[k])
        return a if a is not None and own.kind(a) == "organization" else None

    def _same_mention(self, a: Token, b: Token) -> bool:
        """Whether two tokens are words of one name ('Workers' and 'Party' of "the Workers' and Peasants' Party")."""
        m = self.own.tok2m[a.i]
        return m >= 0 and m == self.own.tok2m[b.i]

    def _named_list(self, subj: Token) -> bool:
        """'X, Y and Z', 'X, Y and their allies' (the parser hanging the list by 'conj' or 'appos' links below the
        first name): another named holder in the list, and an 'and' in it. A description set off after the name is no
        part of the list, nor are the names inside it ('X, the armed wing and party of Y and a member of Z, won two'),
        nor names after the subject's verb: "X holds 110 seats, Y 102 and Z 44" hangs the gapped entries on X."""
        chain, todo = [], [subj]
        verb = subj.head.i if subj.head.i > subj.i else len(self.doc)
        while todo:
            t = todo.pop()
            kids = [c for c in t.children if (c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ != "NOUN") and c.i < verb]
            chain.extend(kids)
            todo.extend(kids)
        first = self._np(subj)
        named = {self._np(t) for t in chain} - {None, first}
        return bool(named) and any(c.dep_ == "cc" and c.lower_ == "and" for t in chain for c in t.children)

    def _name_right_before(self, verb: Token) -> int | None:
        """'X kept all 13 of its seats and Y won 15': a finite verb the parser left with no subject, right after a name
        it hung on the clause before (as a conjunct or an object): that name is the verb's subject; -1 where the name
        only modifies the noun that is ("and the allies of Y won 14": _of_another_noun)."""
        own, doc = self.own, self.doc
        j = verb.i - 1
        while j > self.sent.start and doc[j].pos_ == "ADV":
            j -= 1  # "Y also won 15"
        j = self._apposed_name(self._before_set_off(j), j)
        j = self._before_bracket(j)  # "... and the Y Party (YP) won 14": the name before its bracketed short form
        if j < self.sent.start or verb.tag_ not in ("VBD", "VBZ", "VBP") or own.tok2m[j] < 0 \
                or own.mentions[own.tok2m[j]].end != j + 1 \
                or doc[j].dep_ not in ("conj", "dobj", "obj", "pobj", "appos") \
                and not self._participle_subject(doc[j], j + 1, verb.i - 1):
            return None
        if self._of_another_noun(j):
            return -1
        a = own.actor(doc[j])
        if a is None or own.kind(a) not in ("organization", "person"):
            return None
        return self._org_of_person(a, doc[j])

    def _apposed_name(self, j: int, comma: int) -> int:
        """'X holds 14 seats and its ally, the Y Union, holds 3': a noun that is no name ("its ally", "his partner"),
        hung by the parser on the clause before, with a name set off after it by commas right up to the verb: the
        name's last token (the noun restates it; the name holds the count); else ``j``. Only an apposition that is the
        whole set-off phrase, and only a name the text resolves."""
        doc, own = self.doc, self.own
        if j == comma or doc[comma].text != "," or own.tok2m[j] >= 0 or doc[j].pos_ != "NOUN":
            return j
        app = next((c for c in doc[j].children if c.dep_ == "appos" and c.i > j and c.right_edge.i + 1 == comma
                    and doc[c.left_edge.i - 1].text == "," and own.tok2m[c.i] >= 0), None)
        if app is None or own.mentions[own.tok2m[app.i]].end != app.i + 1:
            return j
        return app.i

    def _of_another_noun(self, j: int) -> bool:
        """'... and the allies of the Y Union won 14', '... while a rival backed by the Y Union won 14': the name (its
        mention ending at ``j``) hangs by "of", or by the "by" of a participle, on a noun before it, outside the name:
        that noun, not the name, is what the clause is about."""
        m = self.own.mentions[self.own.tok2m[j]]
        root = self.doc[m.start:m.end].root
        prep = root.head
        if root.dep_ != "pobj" or m.start <= prep.head.i < m.end:
            return False
        host = prep.head
        return prep.lower_ == "of" and host.pos_ in ("NOUN", "PROPN") \
            or prep.lower_ == "by" and host.dep_ == "acl" and host.head.pos_ in ("NOUN", "PROPN")

    def _before_set_off(self, j: int) -> int:
        """'... and Y, which had 35, fell to 29', '... and Y, its main rival, slipped to 29': from the comma closing a
        phrase set off after a name (an apposition, a relative or participle clause hung on it), the name's last
        token; else ``j``."""
        doc = self.doc
        if doc[j].text != ",":
            return j
        c = j - 1
        while c > self.sent.start and doc[c].text not in (",", ";") and j - c < 12:
            c -= 1
        if c <= self.sent.start or doc[c].text != "," or c + 1 >= j:
            return j
        name = doc[self._before_bracket(c - 1)]  # (the name before its bracketed short form: "Y (YU), led by X,")
        if all(any(a.i == name.i for a in t.ancestors) for t in doc[c + 1:j]):
            return name.i
        if c + 2 < j and doc[c + 1].tag_ == "VBN" and doc[c + 2].lower_ == "by":
            # "... and Y (YU), led by X, won 63", "..., backed by X, won 14": a participle's phrase with its agent,
            # parsed onto the main clause
            return name.i
        if self._participle_subject(name, c, j):
            return c - 1  # "The Front, renamed the X Movement, took 23 seats": the participle parsed as its verb
        lead = doc[c + 1]
        if lead.tag_ in ("VBG", "VBN") and all(t.i == lead.i or any(a.i == lead.i for a in t.ancestors)
                                               for t in doc[c + 1:j]):
            # "... and Y, competing for the first time, took 41": a participle's phrase set off after the name, parsed
            # onto the main clause
            return name.i
        return j

    def _before_bracket(self, j: int) -> int:
        """'... and the Y Party (YP) won 14', 'X (ABC), which ...': from the bracket closing a short note right after a
        name (its short form, a gloss; up to seven words, not a bracket inside a name), the last token before the
        bracket opens; else ``j``. (The one skipper of a bracketed short name for every reading here.) A list line's
        "- X (party of Y): 39" has the bracket and the colon in one token."""
        doc = self.doc
        if j <= self.sent.start or doc[j].text not in (")", "):") or self.own.tok2m[j] >= 0:
            return j
        c = j - 1
        while c > max(self.sent.start, j - 8) and doc[c].text not in ("(", ")"):
            c -= 1
        return c - 1 if c > self.sent.start and doc[c].text == "(" and c + 1 < j else j

    def _participle_subject(self, name: Token, start: int, end: int) -> bool:
        """'X, renamed Y, came second', 'X, backed by Y, won 40': the name before a participle set off by commas
        (between ``start`` and ``end``), parsed as that participle's subject, is the subject of the verb after it."""
        head = name.head
        return name.dep_ in ("nsubj", "nsubjpass") and start < head.i < end and head.tag_ in ("VBN", "VBD") \
            and all(head.i == t.i or any(a.i == head.i for a in t.ancestors) for t in self.doc[start + 1:end])

    def _antecedent(self, relcl: Token) -> int | None:
        """'X, which won 40 seats' / 'the List of Y, who got seven seats': the noun the clause is about."""
        relcl = _conjunct_root(relcl)
        if relcl.dep_ != "relcl":
            return self._name_before_relative(relcl)  # "X (Y), which holds nine", the clause parsed as adverbial
        noun = relcl.head
        a = self._np(noun)
        if a is None and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ == "NOUN" and self.own.actor(noun) is None:
            # "X, a coalition of five parties that won 38 seats": the clause tells of the whole the members make up
            a = self._np(noun.head.head)
        if a is None or noun.dep_ == "pobj" and noun.head.lower_ == "in" and self.own.kind(a) == "country":
            # "X (ABC), which holds 19" hung on another noun; "the UN mission in Y, ABC, which has 4,000 troops":
            # the body named right before the clause, not the state it is in
            b = self._name_before_relative(relcl)
            a = b if b is not None else a
        if a is not None and self.own.kind(a) == "person" and noun.dep_ == "pobj" and noun.head.dep_ == "agent" \
                and noun.head.head.lemma_ in LEADING_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ ==
                                                                   "which" for c in relcl.children):
            # "X, the party led by Y, which won five seats": 'which' is no person; the body Y leads
            body = self._whole_of_members(noun.head.head)
            b = self._np(body)
            if (b is None or self.own.kind(b) != "organization") and body.pos_ == "NOUN":
                # "X (ABC), the party led by Y, which ...": the name before the phrase
                b = self._name_before_comma(body.left_edge.i - 1)
            a = b if b is not None and self.own.kind(b) == "organization" else a
        if a is not None and self.own.kind(a) == "person" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in relcl.children):
            # "President X and his Y Party (YP), which controls 77 seats": 'which' is no person; the body named
            # right before the clause (the parser hung the clause on the first conjunct)
            b = self._name_before_relative(relcl)
            a = b if b is not None and self.own.kind(b) != "person" else a
        return self._org_of_person(a, noun) if a is not None else None

    def _whole_of_members(self, participle: Token) -> Token:
        """'X, an alliance of A and B, headed by Y, which ...': a participle set off by a comma after the last of a
        list of members ('of A and B') tells of the whole they make up, not of that last member: the noun the list
        hangs on ('alliance'); else the noun the participle hangs on."""
        body = participle.head
        if participle.i == 0 or self.doc[participle.i - 1].text != ",":
            return body
        first = _conjunct_root(body)
        last = max((c for c in first.children if c.dep_ == "conj"), key=lambda c: c.i, default=None)
        # (the participle hung on any member of the list, the first or the last, but set after the whole list)
        if last is not None and participle.i > last.i and first.dep_ == "pobj" and first.head.lower_ == "of" \
                and first.head.head.pos_ == "NOUN":
            return first.head.head
        return body

    def _relative_cut_off(self, verb: Token) -> int | None:
        """A relative pronoun after a state or body, cut from its verb by an adverbial phrase, the parser hanging the
        verb on the phrase's noun (or on the pronoun itself): the state or organisation named right before the comma
        and the pronoun."""
        own, doc = self.own, self.doc
        if verb.dep_ not in ("acl", "relcl") or verb.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        k = verb.head.i
        if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
            k = verb.head.head.i - 1  # the word before the adverbial phrase
            k -= 1 if k >= 0 and doc[k].text == "," else 0
        elif verb.head.lower_ in REL_PRONOUNS:
            k = verb.head.i
        if k < self.sent.start + 2 or doc[k].lower_ not in ("which", "who") or doc[k - 1].text != "," \
                or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ not in ("aux", "auxpass")
                       for t in doc[k + 1:verb.i]):
            return None
        j = k - 2
        a = own.actor(doc[j]) if own.tok2m[j] >= 0 else None
        if a is None or own.mentions[own.tok2m[j]].end != j + 1 or own.kind(a) not in ("organization", "country"):
            return None
        return a

    def _name_before_relative(self, relcl: Token) -> int | None:
        """'X (ABC), which holds 19': the name right before the comma and the relative pronoun, when the parse hangs
        the clause on another noun."""
        pron = next((c for c in relcl.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in REL_PRONOUNS), None)
        if pron is None and relcl.left_edge.lower_ == "whose":
            pron = relcl.left_edge  # "... in the X Mission in Y, whose total strength is 4,500", hung on the troops
        return self._name_before_comma(pron.i - 1) if pron is not None else None

    def _name_before_comma(self, comma: int) -> int | None:
        """The organisation named right before the comma at ``comma`` ('X (ABC), which ...', 'X, the party led by Y'),
        a bracketed short name after it skipped."""
        own, doc = self.own, self.doc
        if comma < self.sent.start + 1 or doc[comma].text != ",":
            return None
        j = self._before_bracket(comma - 1)  # a bracketed short name skipped (not one inside the mention)
        a = own.actor(doc[j]) if j >= self.sent.start else None
        return a if a is not None and own.kind(a) == "organization" and own.mentions[own.tok2m[j]].end == j + 1 \
            else None

    def _org_of_person(self, a: int, tok: Token | None) -> int:
        """A person's seats are their party's when the sentence names it with them: 'the List of
        businessman Y, who got seven seats', 'the Front's Y ... her 27 deputies'."""
        own = self.own
        if own.kind(a) != "person":
            return a
        sent = self.sent if tok is not None else None
        if sent is None:
            return a
        for t in sent:
            if own.actor(t) != a or (t.i + 1 < sent.end and own.actor(self.doc[t.i + 1]) == a):
                continue  # the last token of each mention of the person
            chain = [t]
            while t.dep_ in ("appos", "compound") and t.head.i != t.i and own.actor(t.head) in (a, None):
                t = t.head
                chain.append(t)
            for t in chain:
                if t.dep_ == "pobj" and t.head.lower_ == "of":
                    org = own.np_actor(t.head.head)
                    if org is not None and own.kind(org) == "organization":
                        return org
                for c in t.children:
                    if c.dep_ == "poss" and own.actor(c) is not None and own.kind(own.actor(c)) == "organization":
                        return own.actor(c)
        return a

    def _np(self, tok: Token | None) -> int | None:
        """The actor a noun phrase names; an unrecognised proper-noun head defers to a name inside it
        ('the Dignity (Karama) Party') before looking back for 'the party'."""
        own = self.own
        if tok is None:
            return None
        if own.actor(tok) is None and tok.pos_ == "PROPN":
            for dep in ("appos", "compound", "nmod"):  # "the Civic Alliance (CA)": the bracketed name first
                for c in tok.children:
                    if c.dep_ == dep and own.actor(c) is not None:
                        return own.actor(c)
        a = self._bracketed(tok)
        if a is not None:
            return a
        if own.actor(tok) is not None and tok.pos_ == "NOUN" and tok.text.islower():
            # "the ethnic Tarvic minority party, the Tarvic Civic Forum, won eight": a description headed by a
            # common noun, with the name in apposition to it: the name holds
            for c in tok.children:
                b = own.actor(c) if c.dep_ == "appos" and c.pos_ == "PROPN" else None
                if b is not None and b != own.actor(tok) and own.kind(b) == "organization":
                    return b
        if own.actor(tok) is None and tok.pos_ == "NOUN" and tok.dep_ == "appos" and own.actor(tok.head) is not None \
                and own.kind(own.actor(tok.head)) == "organization":
            last = max((c for c in tok.head.children if c.dep_ == "conj" and c.i < tok.i), key=lambda c: c.i,
                       default=None)
            b = own.actor(last) if last is not None and tok.tag_ == "NN" else None
            if b is not None and own.kind(b) == "organization":
                # "the 9th Corps and the Eagle Brigades (Liwa al-Nusur), a militia of 6,000 men": one body described,
                # the name right before it (the parser hangs the description on the first of the pair)
                return b
            return own.actor(tok.head)  # "the Popular Guard, an umbrella of militias with 160,000 fighters"
        if own.actor(tok) is None and tok.pos_ == "NOUN":
            for c in tok.children:  # "a new party, the Highland Union (HU), which won ...": the name in apposition
                if c.dep_ == "appos":
                    a = own.actor(c) if own.actor(c) is not None else self._np(c)
                    if a is not None and own.kind(a) in ("organization", "country"):
                        return a
        a = self._named_as(tok)
        if a is not None:
            return a
        a = self._state_force(tok)
        if a is not None:
            return a
        a = own.np_actor(tok, deep=True)
        if a is not None and own.actor(tok) is None and a == own.definite(tok):
            # "the movement" looked back to the last organisation: trust it only when that one is called
            # so ("the Front") or was named earlier in the same sentence
            noun = norm(tok.text).rstrip("s")
            named = {w.rstrip("s") for w in norm(own.actors[a].name).split()}
            if noun not in named and not any(own.actor(t) == a for t in self.sent if t.i < tok.i) \
                    and self._introduced_as(tok) != a and not self._sole_of_kind(tok, a) and not own.called_alone(a, tok) \
                    and not self._sole_body_before(tok, a):
                # (nor one the text described so: "X, the Y Union force ... the mission", relations.yaml definite_synonyms)
                a = None
        if a is None and own.actor(tok) is None and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
                and norm(tok.text) in (own.kb.relations.get("definite_heads") or {}) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "Supporters of the X League cheered. The party won 23 seats": the resolver's body for the description, a
            # body of no telling kind allowed (relations.yaml definite_fallback_heads), when it is the one body named
            b = own.definite(tok, loose=True)
            a = b if b is not None and self._sole_body_before(tok, b) else None
        if a is None and own.actor(tok) is None and tok.pos_ == "NOUN" and norm(tok.text) in own.kb.org_nouns \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "NATO ... troops from the alliance": the organisation named earlier in the sentence
            for t in reversed(self.sent[:tok.i - self.sent.start]):
                b = own.actor(t)
                if b is not None and own.kind(b) == "organization":
                    return b
        if a is None and own.actor(tok) is None:
            a = self._introduced_as(tok)  # 'a single list, "X"' ... 'the list won 23 seats'
        if a is None:  # "the movement led by X": X
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_ in LEADING_VERBS:
                    ag = next((x for x in c.children if x.dep_ == "agent"), None)
                    p = next((x for x in ag.children if x.dep_ == "pobj"), None) if ag is not None else None
                    if p is not None and own.actor(p) is not None:
                        return own.actor(p)
        if a is None:
            a = self._short_name(tok)
        return a

    def _short_name(self, tok: Token) -> int | None:
        """'the Tollan Gap Musketeers ... the Musketeers now count 2,300 men', 'the Ostler Guild Party ... the Guild
        has 52 seats': a capitalised last word of one organisation's name, alone after "the" and named by no mention, is
        that organisation when it is the only one named before whose name ends in that word."""
        own = self.own
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.is_upper or own.tok2m[tok.i] >= 0 \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in tok.children):
            return None
        word = norm(tok.text)
        found = {b for i, m in enumerate(own.mentions) if m.end <= tok.i
                 for b in [own._mention_actor(i)] if b is not None and own.kind(b) == "organization"
                 and any(len(n.split()) > 1 and norm(n).split()[-1] == word for n in own.actors[b].names)}
        return found.pop() if len(found) == 1 else None

    def _sole_body_before(self, tok: Token, a: int) -> bool:
        """Whether organisation ``a`` is the one organisation (no media) the text names before ``tok``: a definite
        description ("the party", "the militia") the resolver reads as ``a`` then has no other body to mean."""
        own = self.own
        if own.kind(a) != "organization":
            return False
        orgs = own._org_mentions()
        return a in orgs and orgs[a][0].start < tok.i \
            and not any(b != a and ms[0].start < tok.i for b, ms in orgs.items())

    def _sole_of_kind(self, tok: Token, a: int) -> bool:
        """'The X Brigades hold the hills. ... the group has 3,500 men': a definite noun of a kind of body
        (roles.yaml org_nouns of an armed kind, facts.yaml armed_subkinds: "group", "militia") said of the one body of
        that kind the text has named before it, none named before it in its sentence."""
        own = self.own
        kind = own.kb.org_nouns.get(norm(tok.text))
        if kind not in self.cues.armed_subkinds or own.subkind(a) != kind \
                or any(own.actor(t) is not None and own.kind(own.actor(t)) == "organization"
                       for t in self.sent if t.i < tok.i):
            return False  # (an armed kind only; a body named earlier in the sentence is taken by the caller's rules)
        before = {b for i, m in enumerate(own.mentions) if m.start < tok.i
                  for b in [own._mention_actor(i)] if b is not None}
        return not any(b != a and own.kind(b) == "organization" and own.subkind(b) == kind for b in before)

    def _introduced_as(self, tok: Token) -> int | None:
        """'the list' after 'a single list, "X"' (or 'X, a new party' before 'the party'): the closest organisation
        the story introduced in apposition with a noun of that kind."""
        own = self.own
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for t in reversed(self.doc[max(0, tok.i - 400):tok.i]):
            if t.dep_ != "appos":
                continue
            for name, noun in ((t, t.head), (t.head, t)):
                a = own.actor(name)
                if a is not None and own.kind(a) == "organization" and noun.pos_ == "NOUN" \
                        and own.actor(noun) in (None, a) and noun.lemma_ == tok.lemma_:
                    return a
        return None

    def _bracketed(self, tok: Token) -> int | None:
        """'the UN mission in X (UNMX)', 'the peacekeeping mission (UNMX)': the organisation a bracketed name
        after the phrase names (the name stands for the whole phrase, not the place or the body it is
        part of)."""
        own, doc = self.own, self.doc
        cands = [c for c in tok.children if c.dep_ == "appos"] if tok.pos_ == "NOUN" and own.actor(tok) is None \
            else []
        cands.extend(x for p in self._places_in(tok) for x in p.children if x.dep_ == "appos")
        for x in cands:
            left = min((t.i for t in x.subtree if not t.is_punct), default=x.i)
            a = own.actor(x)
            if left > 0 and doc[left - 1].text == "(" and a is not None and own.kind(a) == "organization" \
                    and a != own.actor(tok):
                return a
        return None

    def _places_in(self, tok: Token) -> list[Token]:
        """'the mission in X': the place a body is in (a state, or a place that is no actor)."""
        own = self.own
        return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                if p.dep_ == "pobj" and (own.actor(p) is None or own.kind(own.actor(p)) == "country")]

    def _named_as(self, tok: Token) -> int | None:
        """'the mission in X, known as UNMX, ...', 'a militia called the Red Hand': the organisation the phrase is
        given as its name."""
        own = self.own
        for c in (c for h in [tok, *self._places_in(tok)] for c in h.children):  # "the mission in X, known as Y"
            if c.dep_ == "acl" and self.cues.has("naming_verbs", c):
                for x in c.children:
                    p = next((y for y in x.children if y.dep_ == "pobj"), None) if x.dep_ == "prep" \
                        and x.lower_ == "as" else x if x.dep_ in ("oprd", "attr", "dobj") else None
                    a = own.actor(p) if p is not None else None
                    if a is not None and own.kind(a) == "organization":
                        return a
        return None

    def _state_force(self, tok: Token) -> int | None:
        """'the army', 'the military' with no state named in the phrase: the armed forces of the state the
        article is about, when the document has that actor."""
        own = self.own
        if tok.pos_ != "NOUN" or own.actor(tok) is not None or own.kb.state_institutions.get(norm(tok.text), ("",))[0] \
                != "military":
            return None
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        states = {own.actor(c) for c in mods if own.actor(c) is not None and own.kind(own.actor(c)) == "country"}
        if len(states) > 1 or any(own.actor(c) is None and not self.cues.has("troop_qualifiers", c) for c in mods):
            return None  # "the rebel army", "the Red Army": not a state's forces
        if states:  # "Moldova's army numbers 30,000 soldiers": its forces, or the state itself
            state = states.pop()
            body = _state_body(own, state, tok.text)
            return body if body is not None else state
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        home = own.home_state()
        if home is None:
            # a short story with no state of its own: the one state named in the sentence before "the army"
            # ("X's defence minister said the army had sent 2,500 troops")
            named = {own.actor(t) for t in self.doc[self.sent.start:tok.i] if own.actor(t) is not None}
            named = {a for a in named if own.kind(a) == "country"}
            home = named.pop() if len(named) == 1 else None
        body = _state_body(own, home, tok.text) if home is not None else None
        body = body if body is not None or home is None else self._state_named_force(home)
        body = body if body is not None else self._force_named_before(tok, rebels=home is None)
        if body is None and self.troop_owner and home is not None and own.kind(home) == "country":
            # "the army had moved 12,000 troops north" in a story about a state that names no actor for its army:
            # the state's troops (a count of troops only: "the military holds 25 seats" is no state's seats)
            return home
        return body

    def _state_named_force(self, state: int) -> int | None:
        """The one state force (subkind military) whose name opens on the state's name or adjective ("the Karvelian
        Defence Forces" of Karvel), when the document keys it as a body of its own rather than the state's
        institution."""
        own = self.own
        if own.kind(state) != "country":
            return None
        stem = norm(own.actors[state].name).split()[0]
        found = {a.idx for a in own.actors if a.kind == "organization" and a.subkind == "military"
                 and norm(a.name).split()[:1] and _same_stem(norm(a.name).split()[0], stem)}
        return found.pop() if len(found) == 1 else None

    def _force_named_before(self, tok: Token, window: int = 80, rebels: bool = True) -> int | None:
        """'X has led the Moldovan Armed Forces since 2017. The army ...': a state's forces (subkind military) named
        last in the few sentences before 'the army'; not, unless ``rebels``, a force whose name has a rebel word
        (relations.yaml ``rebel_name_words``: "the Free Hills Army" named before "the army" of a story about a state
        is that state's foe, not its army)."""
        own = self.own
        for k in range(tok.i - 1, max(-1, tok.i - window), -1):
            a = own.actor(self.doc[k]) if own.tok2m[k] >= 0 else None
            if a is not None and own.kind(a) == "organization" and own.subkind(a) == "military" \
                    and (rebels or not rebel_named(own.kb, own.actors[a].name)):
                return a
        return None

    def _possessor(self, poss: Token) -> int | None:
        """The one a possessive names: an actor, a pronoun's referent, the antecedent of "whose"; for a count other
        than troops' (``troop_owner`` unset) also the person of "her party's 24 deputies", whose party the seats are
        (not of troops: "his party's 5,000 fighters" are no person's)."""
        own = self.own
        if poss.lower_ == "whose":
            v = poss.head
            while v.dep_ != "relcl" and v.head.i != v.i and v.i > poss.head.i - 4:
                v = v.head
                if v.dep_ == "relcl":
                    break
            a = self._antecedent(v)
            return a if a is not None or v.dep_ == "relcl" else self._name_before_whose(poss)
        if poss.pos_ == "PRON":
            host = poss.head  # "the Front, which represents ..., held its 11 seats": the clause's own subject
            verb = host.head.head if host.dep_ == "pobj" else host.head
            if host.dep_ in ("dobj", "obj", "pobj") and verb.pos_ in ("VERB", "AUX") and verb.i < poss.i:
                a = self._subject(verb)
                if a is not None and self._fits(poss, a):
                    return a
            a = self._pronoun(poss)
            return self._org_of_person(a, poss) if a is not None else None
        a = own.actor(poss) if own.actor(poss) is not None else self._np(poss)
        if a is None and not self.troop_owner and poss.pos_ == "NOUN" and norm(poss.text) in own.kb.org_nouns:
            # "her party's 24 deputies", "X's party's 30 seats": the person's (whose party the count is, FactHit.party)
            inner = next((c for c in poss.children if c.dep_ == "poss"), None)
            b = self._possessor(inner) if inner is not None and inner.i < poss.i else None
            a = b if b is not None and own.kind(b) == "person" else None
        return a

    def _name_before_whose(self, whose: Token) -> int | None:
        """'..., the movement of the cleric X, whose 73 lawmakers resigned' with the clause parsed as no relative
        clause: the party or person named right before the comma (a person's count is their party's where the
        sentence names it with them)."""
        own, doc, j = self.own, self.doc, whose.i - 2
        if j < self.sent.start or doc[whose.i - 1].text != "," or own.tok2m[j] < 0 \
                or own.mentions[own.tok2m[j]].end != j + 1:
            return None
        a = own.actor(doc[j])
        return self._org_of_person(a, doc[j]) if a is not None and own.kind(a) in ("organization", "person") else None

    def _pronoun(self, pron: Token) -> int | None:
        """'it'/'her': the sentence's own subject when it fits, else the closest fitting actor before."""
        own = self.own
        if pron.lower_ in ("we", "us", "our"):
            a = own.pronoun_actor(pron)  # the text's own voice, never the sentence's subject ("the voters gave us")
            return a if a is not None else self._quote_speaker(pron)
        if pron.lower_ in ("you", "your"):
            return self._vocative(pron)  # "Mr Reel, your bloc won 28": the one addressed
        if pron.lower_ in ("i", "my") and self.troop_owner and not quoted(pron):
            return self._label_speaker_body(pron)
        root = self.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if self.troop_owner and subj is not None and subj.i < pron.i and self._role_noun(subj) \
                and pron.lower_ in ("he", "his", "him", "she", "her") and self.own.actor(subj) is None \
                and not self._person_between(subj, pron):
            # "A Brastovian major ... told us that his battalion of 450 soldiers ...": one named only by a role noun
            # and a side speaks of his own unit, the side's (not where another person is named between, who is
            # closer: "the major said the rebel chief and his men ...")
            a = self._speaker_body(subj)
            if a is not None:
                return a
        if subj is not None and subj.i < pron.i and subj.pos_ != "PRON":
            a = self._np(subj)
            if a is None and self._the_government(subj):
                # "The Government, which claims to have deployed N troops, ...": the story's state (or the one state
                # whose institutions it names); never a body named before that is no government
                a = own.home_state()
                a = a if a is not None else self._institution_state()
                if a is None or not self._fits(pron, a):
                    return None
            if a is not None and self._fits(pron, a):
                return a
            if a is None and subj.tag_ == "NNS" and pron.lower_ in ("they", "them", "their"):
                # "The juntas, who quit X in January, say their force of 5,000 ...": a plural subject naming no actor
                # is what "their" stands for, never a body named only in a clause hung on it
                b = own.pronoun_actor(pron)
                inner = [t for t in subj.subtree if t.i > subj.i and own.actor(t) is not None]
                if b is not None and any(own.actor(t) == b for t in inner) and not any(
                        own.actor(t) == b for t in self.doc[self.sent.start:pron.i] if t not in inner):
                    return None
                return b
        return own.pronoun_actor(pron)

    def _vocative(self, pron: Token) -> int | None:
        """'Mr Reel, your bloc won 28 seats', 'Ana Vel, you hold 40 seats': the person a sentence opens by addressing
        (a person's name, a title before it, then a comma, the pronoun after it; "your" on a body noun: "your party",
        "your bloc"); None when the sentence names no one so ("Your party won 28", "Madam Speaker, your ...")."""
        own, doc, start = self.own, self.doc, self.sent.start
        if pron.dep_ == "poss" and not (norm(pron.head.text) in own.kb.org_nouns
                                        or self.cues.has("seat_group_nouns", pron.head)):
            return None  # "Mr Reel, your rivals won 40": another's count
        k = start
        while k < pron.i and own.tok2m[k] < 0 and doc[k].pos_ == "PROPN" and k - start < 2:
            k += 1  # "Mr", "Madam": a title the name resolver left out
        m = own.tok2m[k] if k < pron.i else -1
        if m < 0:
            return None
        mention = own.mentions[m]
        a = own.actor(doc[k])
        if a is None or own.kind(a) != "person" or mention.end >= pron.i or doc[mention.end].text != ",":
            return None
        return a

    def _label_speaker_body(self, pron: Token) -> int | None:
        """'NAME: ... I have 2,000 fighters on the line': in a transcript's turn, "I"/"my" is the labelled speaker, and
        the troops are those of the body or state the text ties that person to (``_person_body``); None when the turn
        has no label, the label names no known person, or the person serves no clear body. The person is the one the
        label names (``PhraseResolver.turn_speaker``), else the one the label stands for (``_label_person``)."""
        own = self.own
        person = own.turn_speaker(pron)
        if person is None:
            person = self._label_person(pron)
        if person is None:
            return None
        body, _ = self._person_body(person)
        return body if body is not None and own.kind(body) in ("country", "organization") else None

    def _label_person(self, pron: Token) -> int | None:
        """The person a turn's label that names no actor itself stands for: the one person whose last name it is
        ("TESSEL:" after "Rami Tessel, commander of X" was introduced), else the person a note "Speaker A is
        identified as X" names ("A: ..."). Each label is read once per document (a transcript repeats it on
        every turn)."""
        from kingmaker.nlp.pipeline import speaker_label, turn_line

        own, doc, text = self.own, self.doc, self.text
        m = speaker_label(text, turn_line(doc, pron.idx))
        if m is None:
            return None
        label = text[m.start():m.end()].rstrip(": ").strip()
        memo = per_doc(doc, "label_persons", lambda d: {})
        if label in memo:
            return memo[label]
        person = None
        span = doc.char_span(m.start(), m.start() + len(label), alignment_mode="expand")
        if not any(own.tok2m[t.i] >= 0 and own.actor(t) is not None for t in span or ()):
            last = norm(label)
            people = {a.idx for a in own.actors if a.kind == "person" and norm(a.name).split()[-1:] == [last]}
            if not people:
                for note in re.finditer(r"\bspeaker\s+" + re.escape(label) + r"\b", text, flags=re.I):
                    after = doc.char_span(note.end(), min(len(text), note.end() + 60), alignment_mode="contract")
                    first = next((own.actor(t) for t in after or () if own.tok2m[t.i] >= 0
                                  and own.actor(t) is not None and own.kind(own.actor(t)) == "person"), None)
                    if first is not None:
                        people = {first}
                        break
            person = people.pop() if len(people) == 1 else None
        memo[label] = person
        return person

    def _person_between(self, subj: Token, pron: Token) -> bool:
        """Whether a person (by name or role noun) is named between ``subj`` and the pronoun ``pron``."""
        own = self.own
        return any(self._role_noun(t) or own.tok2m[t.i] >= 0 and own.actor(t) is not None
                   and own.kind(own.actor(t)) == "person" for t in self.doc[subj.right_edge.i + 1:pron.i])

    def _quote_speaker(self, pron: Token) -> int | None:
        """'"We have 3,000 fighters," said X, commander of Y', '"Our brigade numbers 800," a spokesman for Y said',
        'Y said: "We hold 40 seats"': a quoted "we"/"our" in a sentence whose own (unquoted) verb reports it is the
        body the speaker is: a body or state speaking itself, the body named on the speaker's noun ("a spokesman for
        Y", "a Y commander") or in apposition to the speaking person ("X, commander of Y"), else the one body or state
        the text ties that person to. None when that is not clear."""
        root = pron.sent.root
        if not quoted(pron) or quoted(root) or root.lemma_ not in relation_cues().report_verbs:
            return None
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("he", "she") and pron.sent.start > 0:
            # 'The leader of Y spoke. "We won 31 seats," she said': the speaker is the one the sentence before is
            # about, named only by a role noun and a body, with no other person named between
            before = self.doc[pron.sent.start - 1].sent
            told = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if told is None or not self._role_noun(told) or self.own.actor(told) is not None \
                    or self._person_between(told, subj):
                return None
            return self._speaker_body(told)
        if subj is None or subj.pos_ == "PRON" or subj.left_edge.i <= pron.i <= subj.right_edge.i:
            return None
        return self._speaker_body(subj)

    def _speaker_body(self, subj: Token) -> int | None:
        """The body or state one who speaks or acts is: a body or state named as the subject itself, the body named
        on a role noun ("a spokesman for Y", "a Y commander", "Y's envoy", "a Yan major", "its commander" with "its"
        standing for Y) or in apposition to the person ("X, commander of Y"), else the one body or state the text
        ties that person to (leads or belongs to). None when that is not clear."""
        own = self.own
        body_kinds = ("organization", "country")
        a = own.actor(subj)
        if a is not None and own.kind(a) in body_kinds:
            return a
        heads = [subj] + [c for c in subj.children if c.dep_ == "appos"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "of", "from"):
                    for p in c.children:
                        b = own.np_actor(p) if p.dep_ == "pobj" else None
                        if b is not None and own.kind(b) in body_kinds:
                            return b
                if c.dep_ in ("compound", "poss", "amod") and h.pos_ == "NOUN":
                    b = own.actor(c) if c.pos_ != "PRON" else self._pronoun(c) if c.lower_ in ("its", "their") \
                        else None
                    if b is None and c.dep_ == "compound" and c.pos_ == "NOUN":  # "an X field commander"
                        b = next((own.actor(x) for x in c.children if x.dep_ == "compound"
                                  and own.actor(x) is not None), None)
                    if b is None and self._home_force_word(c, h):
                        b = self._home_force(c)  # "the army chief": the force of the story's state
                    if b is not None and own.kind(b) in body_kinds:
                        return b
        if a is None:
            a = next((own.actor(h) for h in heads if own.actor(h) is not None), None)
        if a is None or own.kind(a) != "person":
            return None
        bodies = {h.target for h in own.hits if h.source == a and h.type in ("leader_of", "member_of")
                  and own.kind(h.target) in body_kinds}
        return bodies.pop() if len(bodies) == 1 else None

    def _home_force_word(self, word: Token, role: Token) -> bool:
        """'the army chief', 'the military spokesman': a military institution noun with no name on it (relations
        state_institutions), compounded on a role noun that has "the" and no other word on it."""
        own = self.own
        return word.dep_ == "compound" and word.pos_ == "NOUN" and own.actor(word) is None \
            and own.kb.state_institutions.get(norm(word.text), ("",))[0] == "military" \
            and not word.n_lefts + word.n_rights and role.pos_ == "NOUN" \
            and all(c.i == word.i or c.dep_ in ("det", "appos", "punct", "prep", "acl", "relcl")
                    and (c.dep_ != "det" or c.lower_ == "the") for c in role.children) \
            and any(c.dep_ == "det" for c in role.children)

    def _home_force(self, word: Token) -> int | None:
        """The force a bare military noun names in a story about one state (``PhraseResolver.home_state``): the state's
        military body where the document has one, else the state itself."""
        own = self.own
        home = own.home_state()
        if home is None or own.kind(home) != "country":
            return None
        body = _state_body(own, home, word.text)
        body = body if body is not None else self._state_named_force(home)
        return body if body is not None else home

    def _role_noun(self, tok: Token) -> bool:
        """A common noun naming a person by office or rank ("a major", "the commander", "a spokesman")."""
        kb = self.own.kb
        return tok.pos_ == "NOUN" and tok.text.islower() and any(
            norm(w) in kb.role_words or norm(w) in kb.title_words for w in (tok.text, tok.lemma_))

    def _reporter_force(self, target: Token, noun: Token) -> int | None:
        """'An X commander told us about 2,000 fighters now guard the dam', 'He says 500 more men are coming' (he: an
        officer of X): troops with no owner of their own, the subject of what a commander or spokesman
        of an armed body reports, are that body's (facts.yaml armed_subkinds). None for troops marked as another
        side's ('5,000 enemy soldiers'), a reporter who speaks for no armed body, or a count that is no subject of
        the reported clause."""
        own, cues = self.own, self.cues
        clause = target.head
        if target.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            return None
        report = clause.head
        if report.lemma_ not in relation_cues().report_verbs or report.i > target.i:
            return None
        if any(c.dep_ in ("amod", "compound", "nmod") and not cues.has("troop_qualifiers", c) for c in noun.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "from" for h in (noun, clause) for c in h.children):
            return None  # "... said 3,000 fighters crossed from Y": troops come from elsewhere, not (clearly) his
        t = noun
        while t.i != target.i and t.head.i != t.i:
            if any(c.dep_ == "poss" for c in t.children):
                return None  # "... said the rebel chief and his company of 80 men ...": a unit owned by another
            t = t.head
        subj = next((c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        a, role = None, None
        if subj.pos_ == "PRON":
            a = self._pronoun(subj) if subj.lower_ in ("he", "she") else None
            a, role = self._person_body(a) if a is not None and own.kind(a) == "person" else (None, None)
        elif own.actor(subj) is not None or self._role_noun(subj):
            a = self._speaker_body(subj)
            role = next((h for h in [subj, *(c for c in subj.children if c.dep_ == "appos")]
                         if cues.has("force_speaker_words", h)
                         or any(self._home_force_word(c, h) for c in h.children)), None)  # ("the army chief")
        if a is None or own.kind(a) not in ("organization", "country"):
            return None
        return a if own.subkind(a) in cues.armed_subkinds or role is not None else None

    def _person_body(self, a: int) -> tuple[int | None, Token | None]:
        """The body or state a person is described as serving where the text names them ("the local X commander,
        Colonel Y", "Y, a spokesman for X") or ties them to (``_speaker_body``), with the role noun that describes
        them there (None when none does); (None, None) when that is not clear."""
        if a in self.person_bodies:  # asked once per count whose reporter is "he"/"she": read once per person
            return self.person_bodies[a]
        own = self.own
        if self.actor_toks is None:  # each actor's mention tokens, from one pass over the document
            self.actor_toks = {}
            for t in self.doc:
                if own.tok2m[t.i] >= 0 and own.actor(t) is not None:
                    self.actor_toks.setdefault(own.actor(t), []).append(t)
        self.person_bodies[a] = found = self._person_body_read(a)
        return found

    def _person_body_read(self, a: int) -> tuple[int | None, Token | None]:
        for t in self.actor_toks.get(a, ()):
            role = t.head if t.dep_ == "appos" and self._role_noun(t.head) else next(
                (c for c in t.children if c.dep_ == "appos" and self._role_noun(c)), None)
            b = self._speaker_body(t.head) if role is t.head else None
            if b is None and t.pos_ == "PROPN":
                b = self._speaker_body(t)
            if b is not None and b != a:
                return b, role if role is not None and self.cues.has("force_speaker_words", role) else None
        return None, None

    def _the_government(self, tok: Token) -> bool:
        """'the Government', 'the new authorities' (relations.yaml nearest_government_nouns, with "the" and no word but
        nearest_government_modifiers): the government of the state the article is about."""
        return tok.pos_ in ("NOUN", "PROPN") \
            and self.own.the_government(tok, modifier_deps=("amod", "compound", "poss", "nmod"))

    def _fits(self, pron: Token, a: int) -> bool:
        person = pron.lower_ in ("he", "she", "his", "her", "him")
        return (self.own.kind(a) == "person") == person

    def _gapped(self, n: _Number) -> int | None:
        """'A won 40, B 33 and C nine', 'the DPU 44', 'X (FUTA) 19', 'X (40)', 'A won about 40, and B about 30': a name
        right before the number (an approximator between)."""
        own, doc = self.own, self.doc
        if n.start > self.sent.start and doc[n.start - 1].text == "," \
                and (a := self._described_before(n, relative=True)) is not None:
            return a  # "and Y, which joined the Z Union, 17": the body the relative clause is about, not a name in it
        j = n.start - 1
        while j > self.sent.start and self.cues.has("approximators", doc[j]) and own.tok2m[j - 1] >= 0:
            j -= 1  # "and the Labour Union about 30"
        if j >= 0 and doc[j].text == "(" and n.end < len(doc) and doc[n.end].text == ")":
            j -= 1  # "X (40)"
        elif j >= 0 and (doc[j].text in (":", "=") or _LEADER.fullmatch(doc[j].text) or doc[j].text in (
                ",", "-", "\u2013", "\u2014") and (n.end >= self.sent.end or doc[n.end].is_punct
                                                   or doc[n.end].dep_ == "cc")):
            j -= 1  # "X: 40", "X = 40", "X ....... 40", "the Labour Union, 31; the Green League, 12" (not "X, 31 to Y");
            # "X \u2013 45, Y \u2013 30": a dash between each name and its count, the list on one line
        names = []
        k = self._before_bracket(j) if j >= 0 else j
        if k != j:  # a parenthesised short name: it, or the name before it
            names.append(j - 1)
            j = k
        if j >= 0:
            names.insert(0, j)
            if j >= 1 and doc[j].pos_ == "NOUN" and norm(doc[j].text) in own.kb.org_nouns and own.actor(doc[j]) is None:
                # "the hard-right Steel Guard movement seven": the name before its kind of body (its closing quote
                # aside: 'the "Steel Guard" alliance seven')
                names.append(j - 2 if j >= 2 and doc[j - 1].text in QUOTE_MARKS else j - 1)
        for j in names:
            a = own.actor(doc[j])
            if a is not None and own.kind(a) == "organization" and own.mentions[own.tok2m[j]].end == j + 1:
                return a
            if a is None and own.tok2m[j] < 0 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and (j == self.sent.start or doc[j - 1].is_punct or doc[j - 1].pos_ in ("CCONJ", "DET")):
                # "A won 40, B 33 and C nine" where the NER took "B 33" for one name and no mention was kept: a
                # one-word name the text gives a body elsewhere
                a = own.named(doc[j].text)
                if a is not None and own.kind(a) == "organization":
                    return a
                i = j
                while i > self.sent.start and own.tok2m[i - 1] < 0 and doc[i - 1].pos_ == "PROPN" \
                        and doc[i - 1].text[:1].isupper():
                    i -= 1  # "..., and New Generation 15": a name of several words, none of them kept as a mention
                a = own.named(span_text(doc, i, j + 1))
                if a is not None and self._listed_name(n, i, j, a):
                    self.listed_people.add((n.start, a))
                    return a  # (the actor layer took it for a person's name elsewhere: an item of a seat list)
                a = None
            if a is not None and own.kind(a) == "person" and own.mentions[own.tok2m[j]].end == j + 1:
                b = self._body_before_person(own.mentions[own.tok2m[j]].start)
                b = b if b is not None else self._described_before(n)
                if b is None and self._listed_name(n, own.mentions[own.tok2m[j]].start, j, a):
                    self.listed_people.add((n.start, a))
                    return a  # "A holds 110 seats, Tolvik 102": a name of no known role, an item of a seat list
                return b
        return self._described_before(n)

    def _listed_name(self, n: _Number, start: int, last: int, a: int) -> bool:
        """Whether the name of ``a``, a person to the actor layer but of no known role and named by one word only
        wherever the document names it ("Tolvik", not "Anna Weller"), from ``start`` to ``last``, and the count ``n``
        right after it are an item of a list of counts: an article, comma or 'and' before the name, a count before
        that in the sentence, no punctuation between the name and the count (not an age set off by commas: "..., and
        Tolvik, 61, leads it"), and a comma, 'and', a semicolon or the sentence's end after the count."""
        doc, sent, own = self.doc, self.sent, self.own
        if own.kind(a) != "person" or own.subkind(a) is not None \
                or any(doc[i].is_punct for i in range(last + 1, n.start)):
            return False
        k = start - 1 if start > sent.start and self.lows[start - 1] == "the" else start
        if k <= sent.start or doc[k - 1].text != "," and self.lows[k - 1] != "and" \
                or n.end < sent.end and doc[n.end].text not in (",", ";", ".") and self.lows[n.end] != "and":
            return False
        # (the sentence's tokens before the name, then the document's mentions, read last: the list's shape decides
        # first)
        return any(doc[i].like_num and not _year_token(doc[i]) for i in range(sent.start, k - 1)) \
            and not any(m.actor == a and m.end - m.start > 1 for m in own.mentions)

    def _described_before(self, n: _Number, relative: bool = False) -> int | None:
        """'..., Y 8 and Z, a bloc of retired judges, 5', '... and Z, which votes with the government, 14': a body set
        off by a description between commas right before the bare count (the description opened by an article or a
        relative pronoun, only the latter when ``relative``; no count or other comma inside), the count closing a list
        of counts (not a person's age: "Z, the bloc of Q, 58, came third")."""
        own, doc = self.own, self.doc
        k = n.start  # "..., and Z, the vehicle of Q, only 3": an adverb or approximator between the comma and the count
        while k - 1 > self.sent.start and (doc[k - 1].pos_ == "ADV" or self.cues.has("approximators", doc[k - 1])):
            k -= 1
        if k < 4 or doc[k - 1].text != "," or n.end < self.sent.end and doc[n.end].text not in (".", ";") \
                or not any(t.like_num and not _year_token(t) for t in doc[self.sent.start:k - 1]):
            return None
        for c in range(k - 2, max(self.sent.start, k - 16), -1):
            if doc[c].like_num or doc[c].text in (";", ":", "(", ")"):
                return None
            if doc[c].text != ",":
                continue
            e = self._before_bracket(c - 1)  # "..., and Z (ZP), the vehicle of Q, 3": the name before its short form
            if c + 1 < k - 1 and doc[c + 1].lower_ not in ("the", "a", "an", "which", "who") and doc[c + 1].pos_ == "PROPN" \
                    and ((a := own.actor(doc[c - 1])) is None or own.kind(a) == "person"):
                continue  # "..., the vehicle of Q, R and S, 3": a list of people inside the description
            if c + 1 >= k - 1 or doc[c + 1].lower_ not in (("which", "who") if relative else
                                                           ("the", "a", "an", "which", "who")) \
                    or own.tok2m[e] < 0 \
                    or own.mentions[own.tok2m[e]].end != e + 1:
                return None
            a = own.actor(doc[e])
            return a if a is not None and own.kind(a) == "organization" else None
        return None

    def _for_name_after(self, n: _Number) -> int | None:
        """'X won 45 seats, against 21 for its rival Y and eight for Z', 'X took 40, with 33 for Y': a bare count
        right before 'for' and the body it is counted for (the first name after 'for', up to the next comma or 'and'),
        whatever the parser hung 'for' on (not a score told with 'to': 'won 34 seats to 29 for Y' compares the two)."""
        own, doc = self.own, self.doc
        if n.end >= self.sent.end or self.lows[n.end] != "for" or n.start > self.sent.start \
                and self.lows[n.start - 1] == "to":
            return None
        for j in range(n.end + 1, min(self.sent.end, n.end + 8)):
            if doc[j].is_punct or doc[j].pos_ in ("CCONJ", "VERB", "AUX", "NUM"):
                return None
            a = own.actor(doc[j])
            if a is not None:
                return a if own.kind(a) == "organization" else None
        return None

    def _possessed_bare(self, n: _Number) -> int | None:
        """"X's 64 seats and Y's 12 give the coalition 76", "adding Y's 12 to X's 64": a bare count right after a body's
        name and its possessive 's (the noun left out), whatever the parser hung it on."""
        own, doc = self.own, self.doc
        j = n.start - 2
        if j < self.sent.start or self.lows[n.start - 1] not in ("'s", "\u2019s") or own.tok2m[j] < 0 \
                or own.mentions[own.tok2m[j]].end != j + 1:
            return None
        a = own.actor(doc[j])
        return a if a is not None and own.kind(a) == "organization" else None

    def _body_before_person(self, start: int) -> int | None:
        """'the Green party of X three', 'the liberal Y, led by X, 17': the organisation named right before the person
        whose name (starting at ``start``) ends the phrase, with 'of' or 'led by' between them."""
        own, doc = self.own, self.doc
        k = start - 1
        if k > self.sent.start and doc[k].lower_ == "by" and doc[k - 1].lemma_ in LEADING_VERBS:
            k -= 2 if doc[k - 2].text != "," else 3
        elif not (k > self.sent.start and doc[k].lower_ == "of"):
            return None
        else:
            k -= 1
        k = self._before_bracket(k)  # "the Y Union (YU), led by X, 31": the name before its short form
        a = own.actor(doc[k]) if k >= self.sent.start and own.tok2m[k] >= 0 else None
        return a if a is not None and own.kind(a) == "organization" and own.mentions[own.tok2m[k]].end == k + 1 \
            else None

    def _with_after_name(self, n: _Number) -> int | None:
        """'..., and the liberal X, with eleven': a bare count after 'with' right behind a name and its comma; '..., B
        with 12 and C with 11': or right behind the name itself, whatever name the parser hung 'with' on."""
        own, doc = self.own, self.doc
        k = n.start - 1
        while k > self.sent.start and doc[k].pos_ == "ADV":
            k -= 1  # "with just eleven"
        if k - 2 < self.sent.start or not self.cues.has("holding_preps", doc[k]):
            return None
        j = k - 2 if doc[k - 1].text == "," else k - 1
        if doc[j].ent_type_ == "ORDINAL" and j - 1 >= self.sent.start:
            j -= 1  # "..., and the Azure Movement third, with 14"
        a = own.actor(doc[j])
        return a if a is not None and own.kind(a) == "organization" and own.mentions[own.tok2m[j]].end == j + 1 \
            else None

    def _nearby_name(self, seats: Token) -> int | None:
        """'X (91 seats)', 'X, with 89 seats', 'X: 40 seats', 'X, the wing of Y, secured 27 seats': the organisation
        named just before (not across a verb other than the seats' own: in 'X, headed by Y, ruled that the 11 quota
        seats ...' the seats are no one's named before)."""
        own, doc = self.own, self.doc
        i = seats.i - 1
        while i >= max(self.sent.start, seats.i - 8):
            if doc[i].pos_ in ("VERB", "AUX") and doc[i] != seats.head and doc[i].head != seats:
                break  # (the seats' own verb, even parsed as their modifier: "X, ..., secured 27 seats")
            if doc[i].text in ("(", ",", "with", ":"):
                j = i - 1
                while j >= max(self.sent.start, i - 6):
                    a = own.actor(doc[j])
                    if a is not None and own.kind(a) != "country":
                        outer = self._apposition_owner(doc[j], i) if doc[i].text == "," else None
                        return outer if outer is not None else a
                    if doc[j].pos_ == "VERB":
                        break
                    j -= 1
                break
            i -= 1
        return None

    def _apposition_owner(self, tok: Token, comma: int) -> int | None:
        """'X, the political wing of Y, secured 27 seats': a name inside an apposition the comma closes describes
        the organisation before it; the count is that organisation's, not the one named inside."""
        own, doc = self.own, self.doc
        t = tok
        for _ in range(8):
            if t.dep_ == "appos" and t.head.i < tok.i and t.head is not t:
                words = [x.i for x in t.subtree if not x.is_punct]
                h = own.actor(t.head)  # a name, not a noun looked back ('the largest party, X, with 40')
                if h is not None and h != own.actor(tok) and own.kind(h) == "organization" \
                        and max(words) + 1 == comma and doc[min(words) - 1].text == ",":
                    return h
            if t.head is t:
                break
            t = t.head
        return None

    # ------------------------------------------------------------------ legislature size
    def _set_off_strength(self, n: _Number, unit: Token) -> Token | None:
        """'X's bloc, now 34 strong, ...', 'the X militia, some 3,000 strong, ...': a count of 'strong' set off by
        commas right after a noun phrase sizes that phrase; its last word (the noun or name sized)."""
        doc, cues = self.doc, self.cues
        if unit.lower_ != "strong" or unit.i != n.end or unit.i + 1 >= self.sent.end \
                or doc[unit.i + 1].text not in (",", ")", ";", ".", "\u2014", "-"):
            return None
        k = n.start - 1
        while k > self.sent.start and (cues.has("approximators", doc[k]) or cues.has("present_words", doc[k])):
            k -= 1  # "some", "about", "now"
        if k <= self.sent.start or doc[k].text not in (",", "(", "\u2014"):
            return None
        noun = doc[k - 1]
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head  # "X's group in the assembly, 34 strong": the group, not the assembly
        return noun if noun.pos_ in ("NOUN", "PROPN") else None

    def _size_modifier(self, n: _Number, modifier: Token, sent: Span, sized: Token | None = None) -> bool:
        """'the 128-seat Chamber', 'the 90-member Khural': the house's size; "X's 40-seat bloc": X's seats;
        'a 5,000-strong force': troops; with ``sized`` (`_set_off_strength`), the noun sized is that one: "X's bloc,
        34 strong", "the X militia, 3,000 strong", "X (a party or an armed body), 34 strong". Returns whether seats were
        found."""
        if sized is not None:
            a = self.own.actor(sized)
            sub = self.own.subkind(a) if a is not None and self.own.kind(a) == "organization" else None
            if sub is not None and sub in self.cues.armed_subkinds:
                self.out.append(FactHit(a, "troops", n.value, sent, 0.6))  # "the X Brigade, some 3,000 strong"
                return False
            if sub is not None and sub in self.cues.party_subkinds and n.value <= 2000:
                self.out.append(FactHit(a, "seats", n.value, sent, 0.6))  # "the X Party, 34 strong"
                return True
        head = sized if sized is not None else modifier.head
        while head.pos_ not in ("NOUN", "PROPN") and head.head.i != head.i and head.i > modifier.i:  # (root: stop)
            head = head.head
        if head.i <= modifier.i and sized is None:
            return False
        after = self.doc[modifier.i + 1] if sized is None and modifier.i + 1 < sent.end else None
        if head.pos_ not in ("NOUN", "PROPN") and after is not None and after.pos_ == "NOUN" \
                and self.cues.has("force_nouns", after):
            # "X's 2,300-strong contingent guards the airport", the noun parsed into the verb's: the contingent's
            # owner is the possessor before the count
            poss = next((c for c in head.children if c.dep_ == "poss" and c.i < n.start), None)
            a = self._possessor(poss) if poss is not None else None
            if a is not None and self.own.kind(a) in ("country", "organization") and modifier.lower_ != "seat":
                self.out.append(FactHit(a, "troops", n.value, sent, 0.6))
                return False
            head = after
        a = self.own.actor(head) if sized is None and modifier.lower_ != "seat" else None
        if a is not None and self.own.kind(a) == "organization" and self.own.subkind(a) in self.cues.armed_subkinds \
                and not self._legislature_noun(head):
            self.out.append(FactHit(a, "troops", n.value, sent, 0.6))  # "the 3,000-strong X Brigades"
            return False
        if self._legislature_noun(head):
            if modifier.lower_ in ("seat", "member", "strong"):
                self._chamber_size(head, n.value, sent)
            return False
        if self._seats_in(head) is not None and modifier.lower_ in ("seat", "member") and 10 <= n.value <= 2000:
            self.out.append(FactHit(self._seats_in(head), "seats", n.value, sent, 0.6))  # "seats in the 150-member X"
            return False
        if self.cues.has("force_nouns", head) and modifier.lower_ != "seat":
            self._troops(n, head, sent)
            return False
        if self.cues.has("margin_nouns", head):
            return False  # "X has a four-seat lead over Y": the distance between two holdings
        group = modifier.lower_ == "seat" or self.cues.has("seat_group_nouns", head)  # "40-member faction"
        if group and not self._is_change(n, head) and n.value <= 2000:
            owner = next((self._possessor(c) for c in head.children if c.dep_ == "poss"), None)
            if owner is None and head.dep_ == "appos":  # "X, a 40-seat bloc"
                owner = self._np(head.head)
            if owner is None and head.dep_ in ("dobj", "obj") and self.cues.has("win_verbs", head.head):
                owner = self._subject(head.head)  # "X has a 40-member faction"
            if owner is None and sized is None and self.cues.has("seat_group_nouns", head):
                owner = self._group_become(head)  # "X was reduced to a six-seat bloc", "X is now a 12-seat bloc"
            if owner is None and self.own.actor(head) is not None:
                owner = self.own.actor(head)  # "the 42-seat Crimson Party", "the 38-member Crimson Party bloc"
            if owner is None and self.own.actor(head) is None:  # "the 38-member Crimson Party bloc": the name on it
                owner = next((self.own.actor(c) for c in head.children if c.dep_ == "compound"
                              and self.own.actor(c) is not None), None)
            if owner is not None and self.own.kind(owner) == "organization":
                self.out.append(FactHit(owner, "seats", n.value, sent, 0.6))
                return True
        return False

    def _group_become(self, head: Token) -> int | None:
        """The body a group of seats is said to be or to have become: "X was reduced to a six-seat bloc", "the vote cut
        X to a 12-seat rump" (a verb of change, facts.yaml move_verbs, whose "to" the group follows: its object when it
        has one, else its subject), "X became a 12-seat bloc", "X is now a 12-seat bloc" (the group the attribute of
        "become", "remain", or "be" in the present: not "X was a 12-seat bloc until ..."). None otherwise."""
        verb = head.head
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "into") and head.head.dep_ == "prep" \
                and self.cues.has("move_verbs", head.head.head) and head.head.head.pos_ in ("VERB", "AUX"):
            verb = head.head.head
            obj = next((self.own.actor(c) for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return None if self._projected(verb) else obj
        elif head.dep_ != "attr" or not (verb.lemma_ in ("become", "remain")
                                          or verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")):
            return None
        if any(c.dep_ == "neg" for c in verb.children) or self._projected(verb):
            return None  # "X did not become a six-seat bloc", "X could be reduced to a six-seat rump"
        return self._subject(verb)

    def _legislature_noun(self, tok: Token) -> bool:
        if any(c.dep_ in ("amod", "compound", "nmod") and self.cues.has("not_legislature_words", c)
               for c in tok.children):
            return False  # "the city council", "the party's executive council"
        if self.cues.has("legislature_nouns", tok):
            return True
        # "the 90-member Great Khural": a named house, when its name's head is one
        a = self.own.actor(tok)
        return a is not None and self._legislature_name(a)

    def _legislature_name(self, a: int) -> bool:
        """'Chamber of Deputies', 'National Assembly', 'Great Khural': a name headed by a house noun (not 'Parliament
        House', a name of house nouns alone: the building a house sits in)."""
        words = norm(self.own.actors[a].name).split()
        if len(words) > 1 and all(w in self.cues.legislature_nouns for w in words):
            return False
        head_first = len(words) > 1 and words[0] in self.cues.head_first_legislature_nouns  # "Congreso Nacional"
        words = words[:words.index("of")] if "of" in words else words
        return bool(words) and (words[-1] in self.cues.legislature_nouns or head_first) \
            and not any(w in self.cues.not_legislature_words for w in norm(self.own.actors[a].name).split())

    def _chamber_size(self, tok: Token, value: int, sent: Span, weak: bool = False) -> None:
        """A house's size (``weak``: read off a whole with no frame of its own, it gives way to any other seat count of
        the same owner, as an outgoing holding does: _earlier_gives_way)."""
        if not 10 <= value <= 2000:
            return
        owner = self._chamber(tok)
        if owner is not None:
            self.out.append(FactHit(owner, "seats", value, sent, 0.6, earlier=weak, house=True))

    def _chamber(self, tok: Token) -> int | None:
        """The legislature a size belongs to (or its state): named in the phrase, else the one house or the
        one state the sentence (or the story) names."""
        own, cues = self.own, self.cues
        bare = None  # "the Diet", a body known by the bare house noun: its own size when the story names no state
        candidates = [tok]
        for c in tok.children:  # "of the 128 seats in the Chamber of Deputies", "of parliament's 150 seats"
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "on"):
                candidates.extend(p for p in c.children if p.dep_ == "pobj")
            elif c.dep_ == "poss" or c.dep_ == "compound" and cues.has("legislature_nouns", c):
                candidates.append(c)  # "of parliament's 150 seats", "of the 21 council seats"
        for cand in candidates:
            if cand is tok and cues.has("seat_nouns", tok):
                continue
            if cand is not tok and cand.dep_ == "poss" and self._place(cand):
                # "of the province's 22 seats": a local body; "of Velna's 120 seats", "of the country's 120 seats"
                a = own.actor(cand)
                if cues.has("local_place_nouns", cand):
                    return None
                if a is not None:
                    return a
                continue
            if cues.has("legislature_nouns", cand) and not self._legislature_noun(cand):
                return None  # "the 45 seats on the city council", "in the regional parliament": not the state's
            if not self._legislature_noun(cand):
                if self._seats_in(cand) is not None:
                    return self._seats_in(cand)  # "14 of the 64 seats in the Velskar": a house by any name
                continue
            a = self._house_np(cand)
            if a is not None and self._second_house(a):
                return a  # "the 32-seat Senate" beside "the Chamber of Deputies": the other house, a body of its own
            if a is not None and norm(own.actors[a].name) in cues.legislature_nouns:
                # (the sized noun itself, "a new 120-seat Diet"; not "of the 101 seats in this House")
                bare = a if own.kind(a) == "organization" and cand.pos_ == "PROPN" and (
                    cand is tok or cand.head.lower_ == "in" and any(c.dep_ == "det" and c.lower_ == "the"
                                                                    for c in cand.children)) else bare
                # ("63 of 120 seats in the Sejm": the house named by "the", not "this House")
                a = None  # "in this House" taken for a body called just 'House': the house of the story's state
            if a is not None and (own.kind(a) in ("organization", "country") or self._legislature_name(a)):
                return a
            if a is None and cues.has("local_house_nouns", cand) and (a := self._named_local_house(cand)) is not None:
                return a  # "Quarran's provincial council elected ... Nine of the council's 21 members": that council's
            if a is None and cues.has("local_house_nouns", cand) and not any(
                    any(w in cues.local_house_nouns for w in _name_heads(norm(own.actors[h].name))) for h in self._houses()):
                return None  # "the 21 council seats", "the 24-member council": a local body
            if a is None and (held := next((c for c in cand.children if c.dep_ == "poss" and c.pos_ == "PROPN"),
                                           None)) is not None:
                # "the Velna Region's parliament": the house of a place not known, no other state's; of the place
                # the text takes for a state ("the Velna Region" that governs itself), that state's
                return self._region_state(held)
            if cand.pos_ == "PROPN" and (not cues.has("legislature_nouns", cand)
                                         or any(c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper()
                                                for c in cand.children)):
                # a house named but not known: never some other state (a bare "Parliament" is generic, and so is one
                # with a plain adjective on it: "a new 120-seat Diet", "the incoming Senate")
                return None
        if any(cues.has("election_nouns", t) and any(c.dep_ in ("amod", "compound", "nmod")
                                                     and cues.has("not_legislature_words", c) for c in t.children)
               for t in self.sent):
            return None  # "in the regional election, ... of the 60 seats": a body below the state
        voted = [c for t in self.sent if cues.has("election_nouns", t) for c in t.children
                 if c.dep_ == "poss" and c.pos_ == "PROPN" and own.actor(c) is None and c.ent_type_ not in ("DATE", "TIME")]
        if voted:
            # "in the Varnoth Region's election, ... of the 100 seats": the house of a place, no state's (not a
            # time's: "in Sunday's election"); of the place the text takes for a state, that state's
            b = self._region_state(voted[0]) if len(voted) == 1 else None
            return b
        region = next((own.actor(c) for t in self.sent if cues.has("election_nouns", t) for c in t.children
                       if c.dep_ == "poss" and own.actor(c) is not None and own.kind(own.actor(c)) == "organization"
                       and (norm(own.actors[own.actor(c)].name).split() or [""])[-1] in cues.local_place_nouns), None)
        if region is not None:
            return region  # "in the Varnoth Region's parliamentary election, ... of the 100 seats": the region's own
        if self._local_story() and not (cues.has("seat_holders", tok) and not cues.has("local_holders", tok)):
            # "Kurdish parties won seven of the 16 seats" in a story about provincial councils (but "70 of the 128
            # lawmakers" are a national house's, whatever vote the story is about: a local body's are "councillors")
            return None
        relcl = next((v for v in tok.ancestors if v.dep_ == "relcl"), None)
        house = relcl.head if relcl is not None else None
        if house is not None and house.dep_ == "pobj" and house.head.lower_ == "of" and house.head.head.i != house.i \
                and not self._legislature_noun(house):
            house = house.head.head  # "the Parliament of X, where ...", the clause hung on the state's name
        if house is not None and house.pos_ in ("NOUN", "PROPN") and self._legislature_noun(house):
            a = self._house_np(house)  # "the Parliament of X, where Y holds 336 of 529 seats": that house
            if a is not None and own.kind(a) in ("organization", "country"):
                return a
        houses = self._houses()
        if len(houses) == 1 and self._house_noun_fits(candidates, houses[0]):
            return houses[0]
        states = {own.actor(t) for t in self.sent if own.actor(t) is not None and own.kind(own.actor(t)) == "country"}
        if len(states) == 1:
            return states.pop()
        home = own.home_state()
        if not states:
            # a digest's item ("Police in X arrested ... . She heads a bloc that won 38 of the 120 seats in
            # parliament"): the one state its paragraph names before, when that is not the story's own (or the
            # story has no one state of its own: a digest of several)
            doc, start = self.doc, self.sent.start
            while start > 0 and "\n\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
                start -= 1
            named = {own.actor(t) for t in doc[start:self.sent.start] if own.actor(t) is not None
                     and own.kind(own.actor(t)) == "country" and norm(t.text) == norm(own.actors[own.actor(t)].name)}
            # (the state by its own name: not a capital as a place, "an accord signed in Vienna")
            if len(named) == 1 and home not in named:
                return named.pop()
        if home is None and (state := self._institution_state()) is not None:
            return state
        return home if home is not None else bare

    def _second_house(self, a: int) -> bool:
        """Whether actor ``a`` is a house known by its bare noun ("the Senate", "the Duma": no generic_house_nouns
        word, as "parliament" or "the Chamber" are) told beside another house named by a name of its own in the same
        sentence ("the Chamber of Deputies"): one house of two, whose size is its own, not the state's ("the 32-seat
        Senate and the 170-seat Chamber of Deputies", "19 of the 41 seats in the Senate")."""
        own = self.own
        name = norm(own.actors[a].name)
        if own.kind(a) != "organization" or own.subkind(a) != "legislature" or len(name.split()) != 1 \
                or name not in self.cues.legislature_nouns or name in self.cues.generic_house_nouns:
            return False
        others = {h for h in self._houses() if h != a and not own.actors[h].key.startswith("inst:")}
        return any(m.actor in others and self.sent.start <= m.start < self.sent.end for m in own.mentions)

    def _house_noun_fits(self, candidates: list[Token], house: int) -> bool:
        """Whether the bare house noun a size is told of can stand for the story's one named house: a generic one
        (facts.yaml generic_house_nouns: "in parliament", "the chamber") stands for any; a specific one ("in Congress",
        "the Senate") only for a house it heads ("Congress" is no "X Chamber of Estate Agents", "the Senate" no
        "National Assembly") or one named in another language (head_first_legislature_nouns: "the Congress" of a story
        about the "Congreso Nacional"). True when no house noun is told."""
        cues = self.cues
        noun = next((c for c in candidates if cues.has("legislature_nouns", c)), None)
        if noun is None or cues.has("generic_house_nouns", noun):
            return True
        heads = set(norm(self.own.actors[house].name).split())
        if heads & cues.head_first_legislature_nouns:
            return True  # "Congreso Nacional", "Asamblea Legislativa": a name in another language, "the Congress" its own
        return noun.lower_ in heads or noun.lemma_.lower() in heads

    def _region_state(self, held: Token) -> int | None:
        """The state a possessor before a house or a vote names ("the Velna Region's parliament"): its actor, or the
        actor named by the place's name on the region noun ("Velna"), when that is one the text takes for a state;
        None otherwise."""
        own = self.own
        b = own.actor(held)
        if b is None:
            b = next((x for c in held.children if c.dep_ == "compound"
                      and ((x := own.actor(c)) is not None or (x := own.named(c.text)) is not None)), None)
        return b if b is not None and own.kind(b) == "country" else None

    def _named_local_house(self, tok: Token) -> int | None:
        """'the council' after "Quarran's provincial council" (or 'the Quarran city council'): the local body the text
        named, whose name that noun heads (a body of no known kind that is no state's house)."""
        own = self.own
        a = own.definite(tok)
        if a is None or own.kind(a) != "organization":
            return None
        return a if norm(own.actors[a].name).split()[-1] == norm(tok.text) else None

    def _local_story(self) -> bool:
        """Whether the story is about a local vote: its first election noun with a modifier is 'the provincial
        council elections', 'local elections' (not 'the parliamentary election'; not a count of races, as in '17 of
        the 24 mayoral races'), told before the count's sentence ends (not a count of the national house told before
        the story first names a vote: "X controls 71 of the 100 seats in the Assembly ... postpone next year's
        municipal elections")."""
        if self.local is None:
            self.local = (False, len(self.doc))
            cues = self.cues
            pos = token_pos(self.doc)  # (a Token only for a noun)
            for t in (self.doc[i] for i, p in enumerate(pos) if p == "NOUN"):
                if not cues.has("election_nouns", t) \
                        or any(c.dep_ == "nummod" for c in t.children) \
                        or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM":
                    continue
                mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
                mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound")]
                if mods:
                    self.local = (any(cues.has("local_election_words", c) for c in mods), t.i)
                    break
        return self.local[0] and self.local[1] < self.sent.end

    def _institution_state(self) -> int | None:
        """The one state whose institutions the story names ("the Velnan army", "Velna's interior ministry"), for a
        house named by no state when the story's state is not clear otherwise."""
        own = self.own
        states = {m.key.split(":")[1] for m in own.mentions if m.key.startswith("inst:") and m.actor >= 0}
        if len(states) != 1:
            return None
        state = states.pop()
        named: dict[str, int] = {}  # mentions of each state, its institutions counted for it
        for m in own.mentions:
            if m.actor >= 0 and m.key.startswith(("country:", "inst:")):
                named[m.key.split(":")[1]] = named.get(m.key.split(":")[1], 0) + 1
        if any(v > named.get(state, 0) for v in named.values()):
            return None  # "the US military" named once in a story about another state: not that state's house
        key = "country:" + state
        return next((i for i, a in enumerate(own.actors) if a.key == key and a.kind == "country"), None)

    def _seats_in(self, tok: Token) -> int | None:
        """'61 seats in the 150-member Velskar': a named body (no state, no party) seats are held in is a house."""
        own = self.own
        a = own.actor(tok)
        if a is None or own.kind(a) != "organization" \
                or own.subkind(a) not in (None, "legislature", "government", "organization") or tok.dep_ != "pobj" \
                or tok.head.lower_ != "in" or not self.cues.has("seat_nouns", tok.head.head):
            return None
        return a

    def _house_np(self, tok: Token) -> int | None:
        """The house itself or the state it belongs to, named inside its phrase: 'the Chamber of Deputies',
        "Ostravia's parliament", 'the Ostravian parliament', 'the parliament of Ostravia'."""
        own = self.own
        a = own.actor(tok)
        if a is not None:
            return a
        b = self._name_before_comma(tok.left_edge.i - 1) if tok.dep_ == "appos" and tok.pos_ == "NOUN" \
            and tok.left_edge.i > self.sent.start else None
        if b is not None and own.kind(b) == "organization" and own.subkind(b) not in self.cues.party_subkinds \
                and own.subkind(b) not in self.cues.armed_subkinds:
            return b  # "the Provisional Council, the 81-member appointed legislature": the body named right before
        for c in tok.children:
            if c.dep_ in ("appos", "compound", "nmod", "poss", "amod") and own.actor(c) is not None:
                return own.actor(c)
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                if p is not None and own.actor(p) is not None:
                    return own.actor(p)
        return None

    def _houses(self) -> list[int]:
        """The actors named as a house ('National Assembly', not a bare 'the assembly'), less a party so named ("X's
        National Congress and its partner Y": allied with another organisation, which a house never is; "the main
        opposition party, the Y Congress": described as a party)."""
        own = self.own
        counts: dict[int, int] = {}
        for m in own.mentions:
            if m.actor >= 0 and own.kind(m.actor) != "country" and self._legislature_name(m.actor) \
                    and own.subkind(m.actor) not in self.cues.party_subkinds \
                    and not (m.end - m.start == 1 and m.text.lower() in self.cues.legislature_nouns):
                # (not a bare 'the assembly' the actor layer took for some state's house: no name of a house)
                counts[m.actor] = counts.get(m.actor, 0) + 1
        allied = {a for h in own.hits if h.type == "allied_with" for a in (h.source, h.target)} if counts else set()
        return sorted(a for a in counts if a not in allied)

    # ------------------------------------------------------------------ troops
    def _troop_noun(self, unit: Token, skipped: list[Token]) -> bool:
        if self.cues.has("troop_nouns", unit):
            return True
        if self.cues.has("force_member_nouns", unit) and unit.dep_ == "pobj" and unit.head.lower_ == "of" \
                and (self.cues.has("force_nouns", unit.head.head) or self.cues.has("small_unit_nouns", unit.head.head)):
            return True  # "a force of 20,000 men", "her platoon of 40 men"
        doc = self.doc
        if self.cues.has("force_member_nouns", unit) and unit.i + 2 < len(doc) and doc[unit.i + 1].pos_ == "ADP" \
                and self.cues.has("arms_words", doc[unit.i + 2]):
            return True  # "6,000 men under arms" (the preposition hung on the noun or on its verb)
        if not self.cues.has("troop_nouns_qualified", unit):
            return False
        if self._qualified_troops(unit) is not None:
            return True  # "110 police and defence personnel": the count sizes the troops the noun qualifies
        if self._men_of_state_force(unit):
            return True  # "a training mission of 300 officers", "a contingent of 200 police": the men of a force
        if self._deployed_men(unit, skipped):
            return True  # "Some 2,000 police officers were deployed in the centre": men a force deploys
        if self.cues.has("aide_nouns", unit) and any(self.cues.has("aide_qualifiers", s) for s in skipped) \
                and any(c.dep_ == "amod" and (a := self.own.actor(c)) is not None and self.own.kind(a) == "country"
                        for c in unit.children):
            return True  # "25 Chinese police advisers": a state's police aides (facts.yaml aide_qualifiers)
        if any(self.cues.has("troop_qualifiers", s) for s in skipped) or self._kept_by_state(unit) \
                or self._armed_body_of(unit) is not None or self._sent_by_force(unit) or self._state_aides(unit):
            return True  # (also "640 instructors of the X Legion": advisers of an armed body are its troops)
        # "400 trainers and special forces", "200 advisers and troops": one count over a military group
        return any(c.dep_ == "conj" and (self.cues.has("troop_nouns", c) and c.lower_ != "forces"
                                         or c.lower_ == "forces" and any(self.cues.has("troop_qualifiers", x)
                                                                         for x in c.children))
                   for c in unit.children)

    def _qualified_troops(self, unit: Token) -> Token | None:
        """'110 police and defence personnel': the troop noun that ``unit``, the noun a count is hung on, qualifies
        (the parser hangs the count on the first of the joined qualifiers)."""
        return unit.head if unit.dep_ in ("nmod", "compound") and self.cues.has("troop_nouns", unit.head) else None

    def _men_of_state_force(self, unit: Token) -> bool:
        """'Turkey has a training mission of 300 officers', 'Chile keeps a contingent of 200 police', 'the first two
        contingents, some 400 Kenyan police officers, ...': officers, police or trainers (facts.yaml
        force_men_qualified) counted as the men of one of force_nouns ('N of', or set off right after it) are troops
        when the force is a state's (the state's adjective or possessor on the force or its men, or the subject of
        the clause that has the force: not 'the IMF sent a mission of 12 advisers') and no word makes the force a
        civil one (civil_force_qualifiers: not 'a diplomatic mission of 30 officers', 'a police force of 20,000')."""
        cues, own = self.cues, self.own
        if not cues.has("force_men_qualified", unit):
            return False
        force = _of_holder(unit)
        if force is None and unit.dep_ == "appos":
            force = unit.head
        if force is None or force.pos_ != "NOUN" or not cues.has("force_nouns", force) \
                or any(c.dep_ in ("amod", "compound") and cues.has("civil_force_qualifiers", c)
                       for c in force.children):
            return False
        for c in (*force.children, *unit.children):
            if c.dep_ in ("amod", "compound", "poss"):
                a = self._possessor(c) if c.dep_ == "poss" else own.actor(c)
                if a is not None and own.kind(a) == "country":
                    return True  # "Turkey's mission of 300 officers", "some 400 Kenyan police officers"
        if force.dep_ not in ("dobj", "obj") or force.head.pos_ not in ("VERB", "AUX"):
            return False
        subj = next((c for c in force.head.children if c.dep_ == "nsubj"), None)
        a = self._np(subj) if subj is not None else None
        return a is not None and own.kind(a) == "country"  # "Chile keeps a contingent of 200 police"

    def _restated_force(self, unit: Token) -> Token | None:
        """'The X military advisers at Camp K, about 200 men, are training ...', 'Y's peacekeepers, some 400 men, ...':
        a count of men set off after troops that carry no count of their own restates their number; returns the
        troop noun (the parser may hang the count on the place named after it: 'at Camp K')."""
        cues = self.cues
        if unit.dep_ != "appos" or not cues.has("force_member_nouns", unit):
            return None
        head = unit.head
        for _ in range(2):  # "advisers at Camp K, about 200 men": up through the place's preposition
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
                head = head.head.head
        if any(c.dep_ == "nummod" for c in head.children):
            return None
        qualified = [c for c in head.children if c.dep_ in ("amod", "compound")]
        return head if self._troop_noun(head, qualified) or cues.has("force_nouns", head) else None

    def _armed_body_of(self, noun: Token) -> int | None:
        """'640 Korlendi instructors of the Iron Legion', 'the 600 troops of the EU training mission': the armed
        body or mission (a named organisation, not a party, house, government, company or charity) they are of."""
        own = self.own
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((x for x in c.children if x.dep_ == "pobj"), None)
                a = own.actor(p) if p is not None and p.pos_ == "PROPN" else None
                if a is not None and own.kind(a) == "organization" and not self._legislature_name(a) \
                        and self._may_hold_force(a):
                    return a
        return None

    def _sent_by_force(self, unit: Token) -> bool:
        """'the X Guard dispatched some 150 trainers', 'Y deployed 300 advisers': advisers or trainers that a state
        (named by itself: not "the Y Health Ministry", an organ the resolver folds into its state) or an armed body
        sends (deploy_verbs, the noun its object) are its troops."""
        verb = unit.head
        if unit.dep_ not in ("dobj", "obj") or not self.cues.has("deploy_verbs", verb) or verb.pos_ not in ("VERB",):
            return False
        if any(c.dep_ == "conj" and not (self.cues.has("troop_nouns", c) or self.cues.has("troop_nouns_qualified", c))
               for c in unit.children):
            return False  # "sent 250 advisers and diplomats to the talks": a delegation, not a force
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head is not verb:
            verb = verb.head  # "X runs two camps and, officials say, dispatched 150 trainers"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        a = self.own.actor(subj) if subj is not None else None
        return a is not None and (self.own.kind(a) == "country" and subj.ent_type_ == "GPE"
                                  or self.own.subkind(a) in self.cues.armed_subkinds)

    def _state_aides(self, unit: Token) -> bool:
        """'X's navy is assisted by about 90 Ostlandic advisers', '200 Ostlandic instructors train the X Guard':
        advisers or trainers named by a state's adjective, the other party of their verb an armed body (facts.yaml
        armed_subkinds), are that state's troops (not "advisers to the finance ministry"); so are those told as
        deployed ('some 1,200 Ostlandic instructors are deployed in the country': the subject of a passive of
        deploy_verbs, facts.yaml aide_nouns only; not "were not deployed")."""
        own = self.own
        if not any(c.dep_ == "amod" and own.actor(c) is not None and own.kind(own.actor(c)) == "country"
                   for c in unit.children):
            return False
        if unit.dep_ == "nsubjpass" and self.cues.has("aide_nouns", unit) and self.cues.has("deploy_verbs", unit.head):
            return not self._unasserted(unit.head)
        verb = unit.head.head if unit.dep_ == "pobj" and unit.head.dep_ == "agent" else unit.head \
            if unit.dep_ == "nsubj" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or self._unasserted(verb):
            return False  # (nor "was not assisted by 90 Ostlandic advisers")
        other = next((c for c in verb.children if c.dep_ == ("nsubjpass" if unit.dep_ == "pobj" else "dobj")), None)
        a = self._np(other) if other is not None else None
        if a is None and other is not None and other.pos_ == "NOUN" and other.tag_ == "NNS" \
                and self.cues.has("troop_nouns", other):
            return True  # "60 Ostlandic instructors train its special forces": the armed body told by its men
        return a is not None and own.subkind(a) in self.cues.armed_subkinds

    def _kept_by_state(self, unit: Token) -> bool:
        """'France, which keeps some 450 instructors there', 'Ostravia maintains 400 instructors
        there': advisers or trainers a state keeps somewhere (keep_verbs, not 'have') are its troops."""
        verb = unit.head
        if unit.dep_ not in ("dobj", "obj") or not self.cues.has("keep_verbs", verb) or verb.lemma_ == "have":
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head  # "the United States, which keeps ..."
        a = self._np(subj) if subj is not None else None
        return a is not None and self.own.kind(a) == "country"

    def _troops(self, n: _Number, noun: Token, sent: Span, armed: bool = False, given: int | None = None) -> None:
        """``armed``: the count is of members or men, troops only when the holder is an armed body; ``given``: the
        holder, named by the count's own clause ("X has 2,500 troops there, and Y about 400": Y)."""
        self.troop_owner = True
        try:
            self._troops_owned(n, noun, sent, armed, given)
        finally:
            self.troop_owner = False

    def _troops_owned(self, n: _Number, noun: Token, sent: Span, armed: bool, given: int | None) -> None:
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        own = self.own
        if n.value < _MIN_TROOPS or n.value > 5_000_000:
            return
        if self._casualty(n, noun) or self._troop_change(n, noun) or self._group_acting(noun):
            return
        force = _of_holder(noun)
        if force is None:
            force = noun
        if any(c.dep_ == "det" and c.lower_ == "no" for c in force.children):
            return  # "X has no training mission of 300 officers there", "no force of 500 men": a force denied
        verb = self._count_verb(noun)
        if verb is not None and not any(c.dep_ == "poss" for c in noun.children) and self._unasserted(verb):
            return  # "has never deployed 3,000 troops", "denied sending 3,000 troops" (not "plans to withdraw 2,000 of
            # its 5,000 troops": troops it has)
        if verb is not None and self._troops_wanted(noun, verb):
            return  # "the army needs 12,000 more soldiers", "X asked for 3,000 troops": a shortfall or a request
        owner = own.actor(noun) if given is None else given
        if owner is None:  # "the 20,000-strong AU mission (AUMX)", "the AU force, known as AUMX": its own name
            owner = self._bracketed(noun) or self._named_as(noun)
        if owner is None and noun.tag_ == "NN":
            # "renewed the peacekeeping force, some 6,000 strong": the body the description refers back to (the
            # resolver's, a body of a kind the noun fits), not the clause's subject
            d = own.definite(noun)
            owner = d if d is not None and own.kind(d) == "organization" else None
        if owner is None and any(c.dep_ in ("amod", "compound") and own.actor(c) is not None for c in noun.children):
            owner = self._armed_body_of(noun)  # "640 Korlendi instructors of the X Legion": the Legion's, the
            # demonym the men's nationality
        if owner is None:
            for c in noun.children:
                if c.dep_ in ("amod", "compound", "poss", "nmod"):
                    owner = self._possessor(c) if c.dep_ == "poss" else own.actor(c)
                    if owner is not None:
                        break
        if owner is None:
            owner = self._short_named_force(noun)  # "the Zorvan Guard ... 3,000 Guard troops": the Guard's
        if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
            # "Y hosts a Russian base with 3,000 troops", "X keeps a French garrison there with 900 soldiers": the troops
            # are those of the one named on what the verb's object is (the base's, not the host's)
            obj = next((c for c in noun.head.head.children if c.dep_ in ("dobj", "obj")), None)
            for c in obj.children if obj is not None else ():
                a = (self._possessor(c) if c.dep_ == "poss" else own.actor(c)) \
                    if c.dep_ in ("amod", "compound", "poss") else None
                if a is not None and own.kind(a) in ("country", "organization"):
                    owner = a
                    break
        if owner is None and noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX") \
                and not self.cues.has("host_verbs", noun.head) \
                and any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children):
            # (not "Togo hosts 900 troops from Ghana": the host is no force they make up; they are Ghana's)
            # "the mission (X), which has 6,000 soldiers from A, B and C": the force the troops make up, not the
            # states that send them
            owner = self._subject(noun.head)
            if owner is not None and own.kind(owner) not in ("country", "organization"):
                owner = None
        # "Y clashed with 500 fighters loyal to X / of X": an opponent's troops met, not X's strength
        opposed = noun.dep_ == "pobj" and noun.head.lower_ in ("with", "against") \
            and noun.head.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                                for c in noun.head.head.children)
        if owner is None and not opposed:
            # "8,000 fighters loyal to X", "fighters affiliated with X"
            verb = noun.head if noun.dep_ == "nsubj" and self.cues.has("allegiance_words", noun.head) else None
            for c in [*noun.children, *([verb] if verb is not None else [])]:  # "20,000 fighters belong to X"
                if (c.dep_ in ("amod", "acl") or c is verb) and self.cues.has("allegiance_words", c):
                    p = next((x for prep in c.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                              for x in prep.children if x.dep_ == "pobj"), None)
                    owner = self._np(p)
                    if owner is not None:
                        break
        if owner is None and not opposed:
            for c in noun.children:  # "650 troops from the alliance"
                if c.dep_ == "prep" and c.lower_ in ("from", "of") and not (
                        any(self.cues.has("share_words", x) for x in c.children if x.dep_ == "advmod")
                        and self._entry_owner(noun) is not None):
                    # (not an entry's "Name - 2,500 peacekeepers, mostly from A and B.": the entry's count, the
                    # states sending most of them)
                    p = next((x for x in c.children if x.dep_ == "pobj"), None)
                    owner = self._np(p)
                    if owner is not None:
                        break
        nxt = self.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if owner is None and nxt is not None and nxt.lower_ == "from" and nxt.head.pos_ in ("NOUN", "PROPN"):
            # "with the help of 400 troops from Ghana", the parser hanging "from" on "help" (not "moved 400 troops
            # from X to Y", where it hangs on the verb: the place they leave)
            p = next((x for x in nxt.children if x.dep_ == "pobj"), None)
            a = self._np(p)
            owner = a if a is not None and own.kind(a) in ("country", "organization") else None
        if owner is None and not opposed:
            owner = self._relative_sender(noun)  # "2,000 - soldiers that the X moved north", "troops it keeps there"
        target = noun
        # "a force of 5,000 soldiers": the count belongs to the force
        while owner is None and target.dep_ == "pobj" and target.head.lower_ == "of" \
                and target.head.head.pos_ == "NOUN":
            target = target.head.head
            owner = self._np(target)
        if owner is None and target is not noun and target.dep_ in ("dobj", "obj") \
                and self.cues.has("casualty_words", target.head):
            return  # "attacked a convoy of 40 soldiers"
        if owner is None and target is not noun and (poss := next((c for c in target.children if c.dep_ == "poss"
                                                                    and c.pos_ == "PRON"), None)) is not None:
            # "his battalion of 450 soldiers", "its brigade of 2,000 men"
            owner = self._possessor(poss)
        if owner is None:
            owner = self._entry_owner(target)  # "Name - About 2,000 fighters.", "Name - A militia of 900 men."
        if owner is None and target.dep_ == "appos":
            owner = self._np(target.head)  # "the Red Hand, a militia of 5,000 fighters", "X, a 5,000-strong force"
            unit = target.head
            if owner is None and self._moved_unit(unit):
                # "X sent two regiments, about 3,000 men, north": the strength of the units X moves, X's own
                target = unit
        if owner is None and (target.dep_ == "attr" or target.dep_ == "acomp" and target.lower_ == "strong") \
                and target.head.lemma_ in ("be", "remain", "become"):
            # "the Red Hand is a militia of 5,000 fighters / a 5,000-strong force", "the Red Hand is 5,000 strong"
            owner = self._subject(target.head)
        if owner is None and any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and own.actor(c) is None
                                 and not self.cues.has("troop_qualifiers", c) for c in noun.children):
            return  # "Turkey faced 5,000 Red Hand fighters": troops of a side named but not known, not the clause's
        moved = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "from" else None
        # "X cut its contingent from about 1,900 to some 1,200 troops", the parser hanging "to" on "from": the count
        # after "to" is the new strength
        after_from = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "from" \
            and noun.head.head.dep_ == "prep"
        if after_from:
            moved = noun.head.head.head
        if owner is None and moved is not None and moved.pos_ == "VERB" and self.cues.has("move_verbs", moved) \
                and (after_from or any(c.dep_ == "quantmod" and c.lower_ == "to" for c in n.root(self.doc).children)) \
                and all(c.lower_ in ("its", "their", "his", "her") for o in moved.children if o.dep_ == "dobj"
                        for c in [next((p for p in o.children if p.dep_ == "poss"), o)]):
            # "X raised its contingent from 600 to 900 soldiers", both counts parsed onto the noun after "from": the
            # count after "to" is the new strength, of the one who moved it (a verb of change, facts.yaml move_verbs,
            # with no object or its own: not "reduced the Y Front from 2,000 to 900 fighters", "killed from 60 to 90")
            owner = self._subject(moved)
        if owner is None and target.dep_ == "nsubj" and target.head.dep_ in ("ccomp", "xcomp") \
                and self.cues.has("strength_verbs", target.head) and self.cues.has("keep_verbs", target.head.head):
            # "X has troops numbering about 4,000", the parser making the troops the subject of a clause of "has":
            # the keeper's troops
            owner = self._subject(target.head.head)
        if owner is None:
            while target.dep_ == "conj" and target.head.pos_ == "NOUN":
                target = target.head  # "3,000 sailors and marines"
            if target.dep_ in ("dobj", "obj") and target.head.pos_ == "VERB" and self.cues.has("host_verbs", target.head):
                # "Togo has received 900 soldiers from Ghana": the sender's; "Togo hosts 900 troops": no one named
                # sends them, and the host's they are not
                owner = self._np(next((x for c in target.head.children if c.dep_ == "prep" and c.lower_ == "from"
                                       for x in c.children if x.dep_ == "pobj"), None))
                if owner is None:
                    return
            elif target.dep_ in ("dobj", "obj") and (target.head.pos_ in ("VERB", "AUX") or any(
                    c.dep_ == "nsubj" for c in target.head.children)):  # "X's army numbers 30,000" (a verb as noun)
                owner = self._subject(target.head)
                if owner is None and self.cues.has("deploy_verbs", target.head) and target.head.dep_ == "ROOT" \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in target.head.children):
                    # "Name: X Guard / Notes: Deployed 2,000 troops to Y": a profile's field told with no subject is
                    # said of the profile's entity
                    owner = self._profile_entity(self.text.rfind("\n", 0, target.head.idx) + 1)
                    owner = owner if owner is not None and own.kind(owner) in ("country", "organization") else None
                if owner is not None and own.actors[owner].key.startswith("inst:") and self._legislature_name(owner) \
                        and self._deploys(target, noun):
                    # "Karvel's parliament approved the deployment of 600 troops": the state's force, not the house's
                    owner = self._state_served(None, owner)
                elif owner is not None and own.kind(owner) == "person" and self._deploys(target, noun):
                    # "Karvel's defence minister, X, sent 3,000 troops north": an official deploys the state's force
                    # (not a name the tagger reads as no person's: "Halmyra would deploy" taken for a person)
                    # (a person the document names in full may be tagged as a body where named by surname alone:
                    # "Tesh ordered 3,000 troops north" after "President Amon Tesh")
                    subj = next((c for c in target.head.children if c.dep_ == "nsubj"), None)
                    if subj is None or subj.ent_type_ in ("PERSON", "") or subj.pos_ != "PROPN" \
                            or subj.ent_type_ == "ORG" and len(own.actors[owner].name.split()) > 1 \
                            and own.actor(subj) == owner:
                        owner = self._state_served(subj, owner) or owner
            elif target.dep_ == "pobj" and target.head.lower_ == "to" and target.head.i > 0 \
                    and _tk[target.head.i - 1].dep_ == "prt" and self.lows[target.head.i - 1] == "up" \
                    and target.head.head.pos_ == "VERB" and target.head.i - 1 > target.head.head.i:
                owner = self._subject(target.head.head)  # "X sent up to 1,100 soldiers": "up to" is a bound, not a move
            elif target.dep_ == "pobj" and target.head.lower_ == "with" and target.head.head.pos_ in ("VERB", "AUX") \
                    and self.cues.has("keep_verbs", target.head.head):
                owner = self._subject(target.head.head)  # "X, which keeps a base there with 1,100 troops"
            elif target.dep_ == "pobj" and target.head.lower_ == "from" and self.cues.has("move_verbs", target.head.head):
                owner = self._subject(target.head.head)  # "X has grown from 500 fighters to 3,000": X's
            elif target.dep_ in ("nsubj", "nsubjpass") and target.head.tag_ == "VBN" \
                    and target.head.dep_ in ("ccomp", "xcomp", "oprd") \
                    and self.cues.has("keep_verbs", target.head.head):
                owner = self._subject(target.head.head)  # "X has 9,000 soldiers deployed there", parsed as a clause
            elif target.dep_ == "nsubjpass":  # "800 troops were deployed by X"
                if self.cues.has("deploy_verbs", target.head) and self._unasserted(target.head):
                    return  # "wants 2,000 soldiers to be deployed", "2,000 troops were never sent"
                agent = next((c for c in target.head.children if c.dep_ == "agent"), None)
                p = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
                unmarked = not any(c.dep_ in ("amod", "compound", "nmod") and not self.cues.has("troop_qualifiers", c)
                                   and not self.cues.has("aide_qualifiers", c) for c in target.children)
                # (not "10,000 enemy troops were massed"; "2,000 police officers" are unmarked)
                owner = self._np(p) if agent is not None else self._official_sender(target.head) if unmarked else None
                if owner is None and agent is None and unmarked:
                    owner = self._deployed_at_home(target, noun)
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "with" \
                    and target.head.head.pos_ in ("NOUN", "PROPN"):
                owner = self._np(target.head.head)  # "the militia, with an estimated 7,000 fighters"
                described = target.head.head
                if described.dep_ == "pobj" and described.head.lower_ == "of" and described.head.head.pos_ == "NUM":
                    described = described.head.head  # "one of the largest contributors, with 3,000 troops"
                if owner is None and described.dep_ == "attr" and described.head.lemma_ in ("be", "remain", "become"):
                    owner = self._subject(described.head)  # "X is the main armed opposition, with 9,000 fighters"
                if owner is None and described.dep_ == "appos":
                    owner = self._np(described.head)  # "X, the biggest contributor with 2,000 soldiers, ..."
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "with" \
                    and self.cues.has("force_nouns", target.head.head):
                force = target.head.head  # "X has the largest contingent, with 2,000 troops": the force's owner
                poss = next((c for c in force.children if c.dep_ == "poss"), None)
                if poss is not None:
                    owner = self._possessor(poss)
                elif force.dep_ in ("dobj", "obj") and force.head.pos_ in ("VERB", "AUX"):
                    owner = self._subject(force.head)
            if owner is None and target.dep_ == "pobj" and target.head.lower_ in ("with", "to") \
                    and (target.head.head.pos_ in ("VERB", "AUX") or target.head.lower_ == "to"
                         and self._past_particle(target.head.head).pos_ == "VERB"):
                v = target.head.head if target.head.lower_ == "with" else self._past_particle(target.head.head)
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if target.head.lower_ == "to" and self.cues.has("move_verbs", v) \
                        or target.head.lower_ == "with" and (v.lemma_ == "be" or subj is not None
                                                              and (target.head.i < subj.i or self._set_off(
                                                                  target.head, subj, v))):
                    # "X has grown to 7,000 fighters"; "With some 7,000 fighters, X is the largest group"; "X, with
                    # some 7,000 fighters, holds the port" (not "X clashed with 500 fighters": an opponent)
                    owner = self._moved_strength_owner(v) if target.head.lower_ == "to" else None
                    owner = owner if owner is not None else self._subject(v)
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "on" \
                    and target.head.head.pos_ == "VERB" and self.cues.has("reliance_verbs", target.head.head) \
                    and not self._unasserted(target.head.head):
                owner = self._subject(target.head.head)  # "X can count on some 3,000 fighters": the men it has
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "with" \
                    and (mounted := self._operation_mounted(target.head.head, target.head)) is not None:
                owner = self._subject(mounted)  # "the army launched an operation there with 1,200 troops"
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "at" \
                    and self.cues.has("strength_nouns", target.head.head) and target.head.head.pos_ == "NOUN":
                # "analysts estimate X's strength at 8,000 fighters" with "at" hung on the noun
                obj = target.head.head
                poss = next((c for c in obj.children if c.dep_ == "poss"), None)
                of = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                           if p.dep_ == "pobj"), None)
                owner = self._possessor(poss) if poss is not None \
                    else self._np(of) if of is not None else None
            if owner is None and target.dep_ == "pobj" and target.head.head.pos_ == "VERB" and (
                    target.head.lower_ == "at" or self.cues.has("approximators", target.head)
                    and self.cues.has("strength_verbs", target.head.head)):
                # "its strength is estimated at 7,000 fighters", "analysts put its strength at 7,000 fighters", "its
                # ceiling stands near 7,000 personnel" (an approximator parsed as the preposition)
                v = target.head.head
                obj = next((c for c in v.children if c.dep_ in ("dobj", "obj")), None)
                poss = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
                of = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                           if p.dep_ == "pobj"), None) if obj is not None and self.cues.has("strength_nouns", obj) \
                    else None  # "analysts put the strength of X at 7,000 fighters"
                named = self._np(obj) if obj is not None and poss is None and of is None \
                    and not self.cues.has("strength_nouns", obj) else None
                if named is not None and own.kind(named) not in ("country", "organization"):
                    named = None
                # ("analysts estimate X at 3,500 fighters": the body estimated, not the analysts)
                owner = self._possessor(poss) if poss is not None else self._np(of) if of is not None \
                    else named if named is not None else self._subject(v)
            if owner is None and target.dep_ in ("dobj", "obj") and target.head.pos_ == "VERB":
                for c in target.head.children:  # "the mission includes 1,200 troops from Turkey"
                    if c.dep_ == "prep" and c.lower_ == "from":
                        p = next((x for x in c.children if x.dep_ == "pobj"), None)
                        owner = self.own.actor(p) if p is not None else None
            if owner is None and target.dep_ == "pobj" and target.head.lower_ == "with":
                # "X, which keeps a base at K, in T, with 1,100 troops" parsed onto another verb: the nearest
                # keeping verb before it
                keep = next((t for t in reversed(self.sent[:target.head.i - self.sent.start])
                             if t.pos_ == "VERB" and self.cues.has("keep_verbs", t) and t.lemma_ != "have"),
                            None)
                owner = self._subject(keep) if keep is not None else None
            verb = target.head.head if target.dep_ == "pobj" else target.head
            if owner is None and target.dep_ in ("dobj", "obj", "pobj") and verb.dep_ == "acl" \
                    and verb.pos_ == "VERB":
                # "the militia, estimated at 7,000 fighters", "a force numbering 7,000 troops": the noun described;
                # "X, an umbrella of armed groups numbering 16,000 fighters": the umbrella (X)
                described = verb.head
                owner = self._np(described)
                while owner is None and described.dep_ == "pobj" and described.head.lower_ == "of" \
                        and described.head.head.pos_ == "NOUN":
                    described = described.head.head
                    owner = self._np(described)
        if owner is None and target.dep_ in ("dobj", "obj") and target.head.pos_ == "VERB" \
                and self._deploys(target, noun):
            owner = self._unnamed_organ_state(target.head)  # "the government then sent 3,000 troops in"
        if owner is None:
            owner = self._reporter_force(target, noun)  # "an X officer says 2,000 fighters guard the dam"
        if owner is None:
            owner = self._numbering_body(target)  # "the Armed Forces, which number about 9,500 active personnel"
        if owner is None or target.dep_ == "appos" and own.kind(owner) == "person":
            # "- 4th Lancer Division (Ostria): 11,000 troops"; "- 2nd Brigade, commanded by X, the general's
            # nephew: 4,500 troops", the count parsed as an apposition of the commander: the labelled body's
            labelled_owner = self._label_owner(n)
            owner = labelled_owner if labelled_owner is not None else owner
        labelled = self._description_of_label(owner, noun) if owner is not None else None
        owner = labelled if labelled is not None else owner  # "- QPA: ethnic insurgency, est. 3,500 fighters"
        if armed and (owner is None or own.subkind(owner) not in self.cues.armed_subkinds):
            return
        if owner is not None and own.kind(owner) == "organization" and (
                own.subkind(owner) == "legislature" or own.actors[owner].key.startswith("inst:")
                and self._legislature_name(owner)):
            # "the parliament will debate a 1,200-troop deployment": a state's house holds no troops (a body named
            # "... Council" may: "the breakaway X Council has about 2,500 fighters")
            return
        if owner is not None and own.kind(owner) == "organization":
            owner = self._demonym_troops_state(owner, noun)
        if owner is not None and own.kind(owner) in ("country", "organization"):
            self.out.append(FactHit(owner, "troops", n.value, sent, 0.65))
        elif owner is not None and own.kind(owner) == "person" and (
                noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" and self.cues.has("command_verbs", noun.head)
                or any(c.dep_ == "poss" for c in noun.children) or self._persons_force(noun)
                or target is not noun and self._moved_unit(target)  # "General X moved two brigades, 4,500 men"
                or target.dep_ in ("dobj", "obj") and self._deploys(target, noun)
                and any(c.dep_ == "nsubj" and own.actor(c) == owner for c in target.head.children)):
            # "he commanded 1,800 fighters", "Tolvan's 5,000 fighters": his own force (the body he leads, where the
            # document says which); "President X ordered 3,000 troops east": the force he moves, where the document
            # names no state he serves
            self.out.append(FactHit(owner, "troops", n.value, sent, 0.6))

    def _moved_strength_owner(self, verb: Token) -> int | None:
        """'brought the US presence in the region to roughly 15,000 troops', 'raised Ghana's strength there to 900
        troops': the owner named on the strength noun (facts.yaml strength_nouns) a verb of movement takes as its
        object (a possessive, or a state or body on it), not the verb's subject (the carrier's arrival)."""
        own = self.own
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not self.cues.has("strength_nouns", obj):
            return None
        for c in obj.children:
            a = self._possessor(c) if c.dep_ == "poss" else own.actor(c) if c.dep_ in ("compound", "amod", "nmod") \
                else None
            if a is not None and own.kind(a) in ("country", "organization"):
                return a
        return None

    def _unnamed_organ_state(self, verb: Token) -> int | None:
        """'The government then sent 3,000 troops into the capital', 'the army deployed 2,000 soldiers', 'the
        authorities deployed ...', 'The government says it deployed ...': troops moved by a state organ that names no
        state ("the government", "the authorities": relations.yaml nearest_government_nouns; "the army": a military
        institution, no word on it), in a story whose home state the resolver leaves open (a newsletter, a programme:
        ``PhraseResolver.home_state`` None) but which names one state far more often than any other
        (``_dominant_state``): that state's."""
        own = self.own
        if own.home_state() is not None:
            return None  # (the resolver's own reading of the phrase stands)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ == "it" and verb.dep_ == "ccomp":
            # "The government says it deployed ...": the subject of the clause of saying
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < subj.i), None)
        if subj is None or own.actor(subj) is not None or subj.pos_ != "NOUN":
            return None
        organ = self._the_government(subj) or own.kb.state_institutions.get(norm(subj.text), ("",))[0] == "military" \
            and all(c.dep_ == "det" and c.lower_ == "the" for c in subj.children if c.dep_ != "punct")
        return self._dominant_state() if organ else None

    def _dominant_state(self) -> int | None:
        """The state the document names far more often than any other, each mention of one of its institutions
        counted for it: at least three mentions and twice the runner-up's; None otherwise."""
        own = self.own
        named: dict[str, int] = {}
        for m in own.mentions:
            if m.actor >= 0 and m.key.startswith(("country:", "inst:")):
                named[m.key.split(":")[1]] = named.get(m.key.split(":")[1], 0) + 1
        ranked = sorted(named.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        key = "country:" + ranked[0][0]
        return next((i for i, a in enumerate(own.actors) if a.key == key and a.kind == "country"), None)

    def _operation_mounted(self, verb: Token, prep: Token | None = None) -> Token | None:
        """'launched an operation in the valley with 1,200 troops', "will lead the force, with 800 troops", "joined the
        mission with 600 soldiers": a verb of operation_verbs whose object is an operation or a force (operation_nouns,
        force_nouns), the "with" on it the men its subject puts in; that verb, also for a "with" hung on the naming
        verb of its object clause ("launched what the ministry called a security operation in the valley with 1,200
        troops"); and a verb of leading or joining with no object, the "with" set off by a comma (facts.yaml
        unobjected_operation_verbs: "Ghana will lead, with 800 troops", "Togo joined in May, with 600 soldiers": the
        force the story is about). None otherwise (not "clashed with 500 fighters", "attacked the town with 300 men": an
        opponent met, a raiding party)."""
        cues = self.cues
        if prep is not None and verb.pos_ == "VERB" and cues.has("unobjected_operation_verbs", verb) \
                and prep.i > verb.i and self.doc[prep.i - 1].text == "," \
                and not any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
            return verb

        def operation(tok: Token) -> bool:
            return cues.has("operation_nouns", tok) or cues.has("force_nouns", tok)

        if verb.pos_ != "VERB":
            return None
        if cues.has("naming_verbs", verb) and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" \
                and any(c.dep_ == "oprd" and operation(c) for c in verb.children):
            verb = verb.head  # (what it "called an offensive": the launching verb's subject mounts it)
            named = True
        else:
            named = False
        if not cues.has("operation_verbs", verb):
            return None
        return verb if named or any(c.dep_ in ("dobj", "obj") and operation(c) for c in verb.children) else None

    def _demonym_troops_state(self, owner: int, noun: Token) -> int:
        """'some 6,300 Ostlandic soldiers were stationed there', '900 Ostlandic troops guard the pass': troops named only by
        a state's adjective and a troop noun (no force's name: not "the Ostlandic army") are that state's, the state
        itself rather than a force made up for the phrase; not the host state's own (the story's state keeps its
        forces)."""
        own = self.own
        m = own.tok2m[noun.i]
        key = own.actors[owner].key
        if m < 0 or own.mentions[m].actor != owner or own.mentions[m].end != noun.i + 1 or not key.startswith("inst:") \
                or own.subkind(owner) != "military" or not noun.is_lower or not self.cues.has("troop_nouns", noun):
            return owner
        state = next((i for i, x in enumerate(own.actors) if x.key == "country:" + key.split(":")[1]
                      and x.kind == "country"), None)
        return owner if state is None or state == own.home_state() else state

    def _troops_wanted(self, noun: Token, verb: Token) -> bool:
        """Troops the count's verb wants, not has: its object (or the object of its "for") under a verb of need
        (threshold_words), of asking (request_verbs) or of intention (intent_verbs): "the army would need 4,000 more
        soldiers", "the general requested 2,000 troops", "X asked for 900 soldiers", "X wants 5,000 fighters", "X plans
        a force of 300 men" (not
        "with 7,000 fighters, X seeks to retake the town": the count hangs on "with", X's own)."""
        cues = self.cues
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        tok = noun
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "3,000 sailors and marines"
        force = _of_holder(tok)
        if force is not None and force.pos_ == "NOUN" and cues.has("force_nouns", force) \
                and not any(c.dep_ == "poss" for c in force.children):
            tok = force  # "X plans a force of 300 men", "proposed a contingent of 500 troops": the force wanted
            # (not one it has: "wants its force of 300 men home")
        if not (tok.dep_ in ("dobj", "obj") and tok.head == verb or tok.dep_ == "pobj" and tok.head.lower_ == "for"
                and tok.head.head == verb):
            return False
        return any(cues.has(cue, verb) for cue in ("threshold_words", "request_verbs", "intent_verbs"))

    def _moved_unit(self, unit: Token) -> bool:
        """'moved three brigades', 'kept two battalions there', 'sent a brigade': a counted unit of a force (facts.yaml
        force_nouns) that the clause's subject deploys, orders, keeps or commands (not one it fights: "attacked two
        battalions")."""
        cues = self.cues
        return unit.pos_ == "NOUN" and cues.has("force_nouns", unit) and unit.dep_ in ("dobj", "obj") \
            and any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                    for c in unit.children) and unit.head.pos_ == "VERB" \
            and any(cues.has(v, unit.head) for v in ("deploy_verbs", "order_verbs", "keep_verbs", "command_verbs"))

    def _short_named_force(self, noun: Token) -> int | None:
        """'The Zorvan Guard ... About 3,000 Guard troops were deployed': a proper noun on the troops that is the last
        word (the head) of the name of one armed body of the story, and names no actor itself: that body."""
        own = self.own
        for c in noun.children:
            if c.dep_ != "compound" or c.pos_ != "PROPN" or own.actor(c) is not None or not c.text[:1].isupper():
                continue
            word = norm(c.text)
            found = {i for i, a in enumerate(own.actors) if a.subkind in self.cues.armed_subkinds
                     and any(len(n.split()) > 1 and norm(n).split()[-1] == word for n in a.names)}
            if len(found) == 1:
                return found.pop()
        return None

    def _group_acting(self, noun: Token) -> bool:
        """'About 150 fighters of X burned their uniforms in the square', 'some 200 soldiers laid down their arms': a
        count of men doing something to their own things is a group of them at an event, not the force's strength
        (unlike '5,000 fighters remained in the valley', 'troops have their bases in the hills')."""
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ == "have" or self.cues.has("keep_verbs", verb):
            return False
        return any(c.dep_ in ("dobj", "obj") and not self.cues.has("deploy_nouns", c)  # "began their deployment"
                   and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children) for c in verb.children)

    def _deploys(self, target: Token, noun: Token) -> bool:
        """'X sent 3,000 troops north', 'X ordered 2,000 troops to the border', 'X ordered the deployment of 2,000
        troops': the verb over the troops (or over the deployment they are counted in) moves a force, which an
        official moves for the state."""
        cues, verb = self.cues, target.head
        if target is not noun and not cues.has("deploy_nouns", target):
            return False  # "X ordered the training of 2,000 troops": no force moved
        return cues.has("deploy_verbs", verb) or cues.has("order_verbs", verb)

    def _persons_force(self, noun: Token) -> bool:
        """'X has about 10,000 men under arms' (what a person has under arms is his force), 'X leads a militia of 3,000
        men' (the size of the force a person commands)."""
        cues = self.cues
        doc = self.doc
        if noun.dep_ in ("dobj", "obj") and noun.head.lemma_ == "have" and noun.i + 2 < len(doc) \
                and doc[noun.i + 1].pos_ == "ADP" and cues.has("arms_words", doc[noun.i + 2]):
            return True  # (the preposition hung on the noun or on its verb)
        force = _of_holder(noun)
        return force is not None and cues.has("force_nouns", force) and force.dep_ in ("dobj", "obj") \
            and cues.has("command_verbs", force.head)

    def _description_of_label(self, owner: int, noun: Token) -> int | None:
        """'- QPA: ethnic Qarabandi insurgency, est. 3,500 fighters': in a list item, the owner found for a count is a
        description of the item's label (a phrase headed by a common noun, between the colon and the count, the
        count in apposition to it): the label's body holds the count."""
        own, doc = self.own, self.doc
        head = noun.head if noun.dep_ == "appos" else None
        if head is None or head.pos_ != "NOUN" or not head.text.islower() or own.actor(head) != owner:
            return None
        line_start = self.text.rfind("\n", 0, head.idx) + 1
        label = re.match(r"[ \t]*(?:" + _BULLET + r"\s*)?([^\W_][^\n:]{0,60}):", self.text[line_start:head.idx])
        if label is None:
            return None
        span = doc.char_span(line_start + label.start(1), line_start + label.end(1), alignment_mode="expand")
        named = {own.actor(t) for t in span if own.tok2m[t.i] >= 0} - {None} if span is not None else set()
        a = named.pop() if len(named) == 1 else None
        return a if a is not None and a != owner and own.kind(a) in ("country", "organization") else None

    def _official_sender(self, verb: Token) -> int | None:
        """'the defence minister said 3,200 troops had been moved to the border', 'She (the minister) told reporters
        that 1,800 troops had been moved north': troops sent by no one named are the
        force of the state the speaker serves (a state, one of its institutions, or a person the document ties
        to a state as its leader or member)."""
        if not self.cues.has("deploy_verbs", verb) or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        a = self._np(subj) if subj is not None and subj.pos_ != "PRON" else None
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
            a = self._pronoun(subj)  # "She told reporters that 1,800 troops had been moved north": the speaker
        return self._state_served(subj, a)

    def _deployed_at_home(self, target: Token, noun: Token) -> int | None:
        """'Nearly 100,000 army personnel were deployed to secure the vote', 'About 600 marines have been sent to the
        islands', 'Some 2,000 police officers were deployed in the centre': troops told as moved (a passive of
        deploy_verbs) by no one named, in the text's own statement (the sentence's main clause: a clause reported by
        someone is ``_official_sender``'s), in a story about one state (``PhraseResolver.home_state``): that state's
        force. Not irregulars or peacekeepers (facts.yaml irregular_troop_nouns: "3,000 fighters were massed", "4,000
        peacekeepers were deployed" are no state's own), nor troops sent from elsewhere."""
        cues, own = self.cues, self.own
        verb = target.head
        if not cues.has("deploy_verbs", verb) or any(cues.has("irregular_troop_nouns", t) for t in (target, noun)) \
                or any(c.dep_ == "prep" and c.lower_ == "from" for t in (target, noun, verb) for c in t.children):
            return None
        if self._projected(verb) or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll")
                                        for c in verb.children):
            return None  # "were not deployed", "could be sent if ...", "will be deployed next month": none moved yet
        verb = _conjunct_root(verb)
        home = own.home_state()
        if home is None or own.kind(home) != "country":
            return None
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.dep_ == "ROOT":
            # "an officer told reporters that 12,000 police had been deployed": told by one who names no other state
            # (not "Velnia said 2,000 troops were deployed on its border": the speaker's own, or unknown); a report
            # (not "the opposition demanded that 2,000 soldiers be deployed"), not a claim ("the rebels claimed")
            if verb.head.lemma_ not in relation_cues().report_verbs or cues.has("claim_words", verb.head):
                return None
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            a = self._np(subj) if subj is not None and subj.pos_ != "PRON" else None
            return home if subj is not None and subj.pos_ != "PRON" and (a is None or a == home
                                                                         or own.kind(a) != "country") else None
        return home if verb.dep_ == "ROOT" else None

    def _deployed_men(self, unit: Token, skipped: list[Token]) -> bool:
        """'Some 2,000 police officers were deployed in the centre', 'about 800 army officers were sent to the port':
        officers, police or guards (facts.yaml force_men_qualified) told as deployed (the subject of a passive of
        deploy_verbs) are the men of a force; not where a word makes them civil ones (civil_force_qualifiers other than
        the police of aide_qualifiers: "200 electoral officers were deployed"). Whose they are is ``_troops``'s to
        find."""
        cues = self.cues
        if not cues.has("force_men_qualified", unit) or unit.dep_ != "nsubjpass" \
                or not cues.has("deploy_verbs", unit.head):
            return False
        words = [*skipped, *unit.children]
        if any(cues.has("civil_force_qualifiers", t) and not cues.has("aide_qualifiers", t) for t in words):
            return False
        # police, or officers and guards a word makes a force's ("police officers", "army officers"; not "500 officers
        # were sent to the summit", whose officers they are not told)
        return cues.has("aide_qualifiers", unit) or any(cues.has("aide_qualifiers", t)
                                                        or cues.has("troop_qualifiers", t) for t in words)

    def _state_served(self, subj: Token | None, a: int | None) -> int | None:
        """The state whose official ``subj`` (resolved to ``a``) is: 'Moldova's defence minister, X', 'the Ostravian
        president' (the state named on the post), a state or one of its institutions itself, or a person the
        document ties to one state as its leader or member."""
        own = self.own
        if subj is not None and (a is not None and own.kind(a) == "person" or a is None and subj.pos_ == "NOUN"):
            state = next((own.actor(c) for c in subj.children if c.dep_ in ("poss", "amod", "compound")
                          and own.actor(c) is not None and own.kind(own.actor(c)) == "country"), None)
            a = state if state is not None else a
        if a is None:
            return None
        if own.actors[a].key.startswith("inst:") and self._legislature_name(a):
            # "Karvel's parliament approved the deployment of 600 troops": a house sends none of its own; the state's
            key = "country:" + own.actors[a].key.split(":")[1]
            return next((i for i, x in enumerate(own.actors) if x.key == key and x.kind == "country"), None)
        if own.kind(a) == "country" or own.actors[a].key.startswith("inst:"):
            return a
        if own.kind(a) == "person":
            states = {h.target for h in own.hits if h.source == a and h.type in ("leader_of", "member_of")
                      and own.kind(h.target) == "country"}
            return states.pop() if len(states) == 1 else None
        return None

    def _bracket_before(self, n: _Number) -> int | None:
        """The index of the token before a count in brackets ('(2,500)', '(about 2,500)'); None when the count is no
        bracket's whole content."""
        doc = self.doc
        k = n.start - 1
        while k > self.sent.start and self.cues.has("approximators", doc[k]):
            k -= 1
        if k <= self.sent.start or doc[k].text != "(" or n.end >= self.sent.end or doc[n.end].text != ")":
            return None
        return k - 1

    def _bracketed_size(self, n: _Number) -> Token | None:
        """'X sends the biggest contingent (some 2,200)', 'a Korlendi battalion (800)': a bare count in brackets
        right after a noun of a body of troops (force_nouns, not a house) is its size; the noun."""
        j = self._bracket_before(n)
        if j is None:
            return None
        noun = self.doc[j]
        return noun if noun.pos_ == "NOUN" and self.cues.has("force_nouns", noun) and noun.lower_ != "troops" else None

    def _bracketed_after_contingent(self, n: _Number) -> int | None:
        """'X sends the biggest contingent (some 2,200), then Y (1,100)': a bare count in brackets after
        a state's (an organisation's) name, in a sentence that sized a contingent so before it, is that one's."""
        j = self._bracket_before(n)
        if j is None or not any(self._bracketed_size(m) is not None for m in _numbers(self.doc, self.sent, self.cues)
                                if m.end <= j):
            return None
        a = self.own.actor(self.doc[j])
        return a if a is not None and self.own.kind(a) in ("country", "organization") else None

    def _sized_troops(self, n: _Number) -> Token | None:
        """'its fighters number about 90,000', 'the fighters, numbering some 90,000', 'whose forces are estimated at
        90,000': the troops a bare count after them sizes."""
        cues = self.cues
        num = n.root(self.doc)
        verb = num.head
        if num.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ == "NOUN" \
                and cues.has("force_nouns", verb.head):
            return verb.head  # "a Ghanaian battalion of about 700", "an army of some 5,000": the force's strength
        if num.dep_ == "pobj" and verb.dep_ == "prep":
            if verb.lower_ not in ("at", "to", "between") and not cues.has("approximators", verb):
                return None  # "number 100,000, against about 45,000 under the ministry": another count compared
            verb = verb.head  # "estimated at 90,000", "number about 90,000", "number between 800 and 1,200"
        elif num.dep_ not in ("dobj", "obj", "npadvmod", "attr", "oprd"):
            return None
        if verb is num:
            return None
        if num.dep_ == "pobj" and num.head.lower_ == "to" and cues.has("move_verbs", verb):
            # "raised its troop presence to 3,000", "cut the number of its soldiers to 900": the strength moved
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if obj is None else None
            if obj is None and subj is not None and cues.has("strength_nouns", subj):
                # "X, whose ranks have swelled to 30,000": the strength of an armed body that owns it
                # ("the ranks of X have swelled to 30,000": the body after "of")
                poss = next((c for c in subj.children if c.dep_ == "poss"), None)
                of = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                           if p.dep_ == "pobj"), None) if poss is None else None
                owner = self._possessor(poss) if poss is not None \
                    else self._np(of) if of is not None else None
                if owner is not None and self.own.kind(owner) == "organization" \
                        and self.own.subkind(owner) in cues.armed_subkinds:
                    return subj
            if obj is not None and cues.has("strength_nouns", obj) and (found := self._strength_of(obj)) is not None:
                return found
            if obj is not None and (cues.has("force_nouns", obj) and obj.pos_ == "NOUN"
                                    or cues.has("total_nouns", obj) and self._troops_added(verb) is not None) \
                    and any(c.dep_ == "poss" for c in obj.children):
                # "raising its contingent to 1,200", "sent 300 more troops, bringing its total to 2,300": the strength
                # the force was moved to, its possessor's
                return obj
            if obj is None:  # "X has grown from 500 fighters to more than 3,000": the troops counted after 'from'
                return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                             if p.dep_ == "pobj" and self._troop_noun(p, [])
                             and any(x.dep_ == "nummod" for x in p.children)), None)
            return None
        nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "compound") and c.i < verb.i]
        if not nouns and verb.dep_ in ("acl", "relcl"):
            nouns = [verb.head]
        if not nouns and verb.dep_ == "xcomp" and cues.has("strength_verbs", verb):
            # "the militia is believed to number about 8,000": the subject of the verb it completes
            nouns = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        noun = next(iter(nouns), None)
        if noun is not None and cues.has("strength_nouns", noun) and (cues.has("strength_verbs", verb)
                                                                     or verb.lemma_ == "be"):
            # "the number of US troops is 2,500", "US troop numbers stand at 2,500", "its strength stands at 7,000"
            if (found := self._strength_of(noun)) is not None:
                return found
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            owner = self._possessor(poss) if poss is not None else None
            if owner is not None and (self.own.kind(owner) == "country" or self._armed_or_force(owner)):
                return noun  # "its strength stands at 7,000" of an armed body or a state (not a party's "ranks");
                # "the X Mission, whose strength is 4,500": a body of no known kind named as a force
            return None
        if noun is None or not cues.has("strength_verbs", verb):
            return None
        armed = self.own.actor(noun) is not None and self.own.subkind(self.own.actor(noun)) in cues.armed_subkinds
        if not (self._troop_noun(noun, []) or cues.has("force_nouns", noun) or armed):
            return None  # (an armed group by its name: "the Red Brigades number about 8,000")
        return noun

    def _force_named(self, a: int) -> bool:
        """Whether the last word of one of the actor's names is a force noun ("the X Peace Mission", "the Y
        Protection Force"; facts.yaml force_nouns) once a trailing "in/for/of ..." is cut."""
        for name in self.own.actors[a].names:
            words = norm(name).split()
            for cut, w in enumerate(words):
                if w in ("in", "for", "of"):
                    words = words[:cut]
                    break
            if len(words) > 1 and words[-1] in self.cues.force_nouns:
                return True
        return False

    def _strength_of(self, noun: Token) -> Token | None:
        """The troops a strength noun (facts.yaml strength_nouns) names: those of its "of" phrase ("the number of US
        troops"), or the noun itself with a troop word before it ("US troop numbers", "the contingent's troop
        strength"); None when it names none of its own ("its strength")."""
        of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and self._troop_noun(p, [])), None)
        if of is not None:
            return of
        if any(c.dep_ in ("compound", "amod") and (self._troop_noun(c, []) or self.cues.has("troop_qualifiers", c))
               for c in noun.children):
            return noun
        return None

    def _numbering_body(self, tok: Token) -> int | None:
        """'the brigade, which numbers about 4,200', 'the Armed Forces, which number some 9,500 personnel', 'the army
        numbers 30,000': the body a count after one of body_strength_verbs sizes (the verb's subject, the antecedent of
        its relative clause, or, where the parser took 'numbers' for a noun, the noun compounded on it or the noun
        the clause hangs on)."""
        cues = self.cues
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep" and cues.has("approximators", verb):
            verb = verb.head  # "numbers about 4,200"
        elif tok.dep_ not in ("dobj", "obj", "npadvmod", "attr"):
            return None
        if verb is tok or not cues.has("body_strength_verbs", verb):
            return None
        if verb.pos_ in ("VERB", "AUX"):
            return self._subject(verb)
        if verb.dep_ == "relcl":  # "the Armed Forces, which number(NOUN) about 9,500"
            return self._np(verb.head)
        body = max((c for c in verb.children if c.dep_ == "compound" and c.i < verb.i), key=lambda c: c.i,
                   default=None)  # "the army numbers(NOUN) about 30,000"
        return self._np(body) if body is not None and verb.dep_ == "ROOT" else None

    def _entry_owner(self, noun: Token) -> int | None:
        """The body an entry's description is said of, when the count's noun is the description itself, with no
        clause ("Name Party (NP) - 40 seats.", "Name: about 2,000 fighters, led by X."; see
        ``PhraseResolver.entry_heads``)."""
        if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None
        found = [a for a in self.own.entry_subject(noun) if self.own.kind(a) in ("country", "organization")]
        return found[0] if len(found) == 1 else None

    def _label_owner(self, n: _Number) -> int | None:
        """A line of a briefing or a factbox that labels a count with a name before a colon or a spaced dash ("- 1st
        Armoured Division (Velmont): 11,000 troops", "Russia: some 1,200 personnel", "Dorsk List - 5 seats."): the state
        or body named first in the label (only approximators between the colon or dash and the count)."""
        doc = self.doc
        start = doc[n.start].idx
        line_start = self.text.rfind("\n", 0, start) + 1
        label = _LABEL_BEFORE.match(self.text[line_start:start])
        label = label if label is not None else _ITEM_LABEL_BEFORE.match(self.text[line_start:start])
        # a list item may describe its label before the count, in clauses of their own ("- X: ruling party of
        # President Y; 88 of 140 seats", "- X: ethnic insurgency, est. 3,500 fighters"): the count's own clause counts
        told = label.group(3) if label is not None else ""
        told = re.split(r"[;,]\s", told)[-1] if label is not None and label.group(1) else told
        if label is None or any(w not in self.cues.approximators and w not in ("an", "estimated", "est", "up", "to")
                                for w in re.findall(r"[^\W\d_]+", told.lower())):
            return None
        span = doc.char_span(line_start + label.start(2), line_start + label.end(2), alignment_mode="expand")
        if span is None:
            return None
        m = self.own.tok2m[span.start]
        a = self.own.actor(doc[span.start]) if m >= 0 else None
        # (a capitalised label, "Fighters: about 2,500", may be taken for a mention; one that is no actor names none)
        if a is None and not any(self.own.tok2m[t.i] >= 0 and self.own.actor(t) is not None for t in span) and any(
                self.cues.has("strength_nouns", t) or self.cues.has("troop_nouns", t) for t in span) and not any(
                self.cues.has(cue, t) for t in span for cue in ("seat_nouns", "seat_holders", "legislature_nouns")):
            # "Total active strength: about 62,000" under the body's heading; a strength field of a profile block
            # ("Name: X" or X's heading line over "Estimated strength: 1,500") is its entity's, of whatever kind of
            # body that is not one of those that hold no force (a party's, a house's, a company's)
            return self._heading_owner(line_start, forces=True)
        return a if a is not None and self.own.kind(a) in ("country", "organization") else None

    def _strength_labelled(self, n: _Number) -> bool:
        """The count's line is a field labelled by a strength or troop noun that names no actor ("Estimated strength:
        1,500", "Fighters: about 2,500")."""
        start = self.doc[n.start].idx
        line_start = self.text.rfind("\n", 0, start) + 1
        label = _LABEL_BEFORE.match(self.text[line_start:start])
        if label is None:
            return False
        words = re.findall(r"[^\W\d_]+", label.group(2).lower())
        return any(w in self.cues.strength_nouns or w in self.cues.troop_nouns for w in words)

    def _seat_label_owner(self, n: _Number) -> int | None:
        """A profile's line labelled by a seat noun ("Seats: 42", "Seats: 42 of 150", "Mandates: 42") under a heading
        line that names a party ("Crimson Party (CP)", other labelled lines between): that party's seats."""
        doc = self.doc
        start = doc[n.start].idx
        line_start = self.text.rfind("\n", 0, start) + 1
        label = re.match(r"[ \t]*(?:" + _BULLET + r"\s*)?([^\W\d_][^\n:]{0,30}):[ \t]*$", self.text[line_start:start])
        inline = None if label is not None else self._inline_field(line_start, start)
        if label is None and inline is None:
            return None
        if label is not None and (named := self._named_label_seats(n)) is not None:
            return named  # "- ONP seats: 71 of 150", "Velo Union seats: 71": the party the label names
        if not self._seat_label((label.group(1) if label is not None else inline[0]).strip().lower()):
            return None
        if inline is not None:
            return inline[1]
        a = self._heading_owner(line_start, ("organization",))
        return a if a is not None and self.own.subkind(a) not in self.cues.armed_subkinds \
            and not self._legislature_name(a) else None

    def _named_label_seats(self, n: _Number) -> int | None:
        """A count right after a line's label of a party's name and a seat noun ("- Velo Union seats: 71", "ONP
        seats: 71 (of 150)", ``_named_seat_label``): that party, which holds the count."""
        start = self.doc[n.start].idx
        line_start = self.text.rfind("\n", 0, start) + 1
        label = re.match(r"[ \t]*(?:" + _BULLET + r"\s*)?([^\W\d_][^\n:]{0,40}):[ \t]*$", self.text[line_start:start])
        end = self.doc[n.end - 1].idx + len(self.doc[n.end - 1].text)
        if label is None or not _WHOLE_VALUE.match(self.text, end):
            return None  # (the count the label's whole value: not "71 in 2019, 40 now")
        return self._named_seat_label(line_start + label.start(1), line_start + label.end(1))

    def _named_seat_label(self, start: int, end: int) -> int | None:
        """A label made of a party's name and a seat noun ("ONP seats: 71 of 150", "Velo Union seats: 71" on a
        briefing's slide or in a fact list), its text from ``start`` to ``end``: the party, when the words before the
        seat noun are wholly one body's name (not a house's: "Assembly seats"); else None."""
        doc, own = self.doc, self.own
        first = bisect.bisect_left(token_starts(doc), start)
        last = first
        while last < len(doc) and doc[last].idx < end:
            last += 1
        noun = doc[last - 1].lower_ if last > first else ""
        if last - first < 2 or noun not in self.cues.seat_nouns or not noun.endswith("s"):
            return None
        m = own.tok2m[first]
        if m < 0 or own.mentions[m].start != first or own.mentions[m].end != last - 1:
            return None  # (the words before the seat noun are one mention, and all of it)
        a = own.actor(doc[first])
        return a if a is not None and own.kind(a) == "organization" and not self._legislature_name(a) \
            and self.own.subkind(a) not in self.cues.armed_subkinds else None

    def _seat_label(self, words: str) -> bool:
        """A field label that names a party's seats: a seat noun or results header alone ("Seats", "Mandates", "Seats
        won"), or one seat noun with only house words and seat_label_words about it ("Seats in parliament", "Assembly
        seats", "Seats in the National Assembly"); not "Seats contested", "Seats needed for a majority"."""
        cues = self.cues
        if words in cues.seat_nouns or words in cues.table_seat_headers:
            return True
        parts = re.findall(r"[^\W\d_]+", words)
        if len(parts) > 8 or sum(w in cues.seat_nouns for w in parts) != 1:
            return False
        return all(w in cues.seat_nouns or w in cues.legislature_nouns or w in cues.seat_holders
                   or w in cues.member_nouns or w in cues.seat_label_words for w in parts)

    def _inline_field(self, line_start: int, start: int) -> tuple[str, int] | None:
        """A list item that names a party in its first sentence, then gives its fields as sentences of their own
        ("- Harbour Party (HP). Leader: Name. Seats won: 21 (previous: 27)."): (the label just before ``start``, the
        party) when the label opens a sentence of that line and the line's first sentence is only the party's name
        (its short name in brackets aside); None otherwise."""
        line = self.text[line_start:start]
        label = re.search(r"(?:^|[.;][ \t]+)([^\W\d_][^\n:.;]{0,30}):[ \t]*$", line)
        opening = re.match(r"[ \t]*(?:" + _BULLET + r"[ \t]*)?([^\n.;]+?)(?:[ \t]*\([^\n()]*\))?[.;][ \t]", line)
        if label is None or opening is None or label.start() < opening.end() - 2:
            return None
        span = self.doc.char_span(line_start + opening.start(1), line_start + opening.end(1), alignment_mode="expand")
        if span is None or not len(span):
            return None
        own = self.own
        first = own.actor(span[0]) if own.tok2m[span[0].i] >= 0 else None
        if first is None or own.kind(first) != "organization" or own.subkind(first) in self.cues.armed_subkinds \
                or any(own.tok2m[t.i] < 0 or own.actor(t) != first for t in span if not t.is_punct):
            return None
        return label.group(1), first

    def _heading_owner(self, line_start: int, kinds: tuple[str, ...] | None = None,
                       forces: bool = False) -> int | None:
        """The state or armed body a section heading above a factbox line names ("1. Karvania Armed Forces (KAF)" over
        "Total active strength: about 62,000"): the nearest line above with no label and no closing full stop,
        over at most a few labelled lines ("Commander: ..."); its first actor (``kinds``: any actor of these kinds
        instead, for a party's profile). A line of a profile block ("Name: X" over "Seats: 42"; nlp/layout.py
        ``profiles``) is said of the profile's entity (``forces``: a strength field, the entity any body that may
        hold a force)."""
        own, doc, end = self.own, self.doc, line_start - 1
        entity = self._profile_entity(line_start)
        if entity is not None:
            fits = own.kind(entity) in kinds if kinds is not None else own.kind(entity) == "country" \
                or own.kind(entity) == "organization" and own.subkind(entity) in self.cues.armed_subkinds \
                or forces and self._may_hold_force(entity)
            return entity if fits else None
        for _ in range(6):
            if end <= 0:
                return None
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end].strip()
            if not line:
                end = start - 1
                continue
            if re.match(r"[ \t]*(?:[-•*–]\s*)?[^\W_][^\n:]{0,60}:", line) or line.endswith(".") \
                    and len(line.split()) > 10:
                end = start - 1  # another line of the box
                continue
            if line.endswith(".") or len(line.split()) > 10:
                return None
            span = doc.char_span(start, end, alignment_mode="expand")
            for t in span if span is not None else ():
                a = own.actor(t) if own.tok2m[t.i] >= 0 else None
                if a is not None and (own.kind(a) in kinds if kinds is not None else own.kind(a) == "country"
                                      or own.kind(a) == "organization" and own.subkind(a) in self.cues.armed_subkinds):
                    return a
            return None
        return None

    def _profile_entity(self, line_start: int) -> int | None:
        """The entity of the profile block (nlp/layout.py ``profiles``) one of whose fields is the line starting at
        the character ``line_start``; None when that line is no profile's field."""
        from kingmaker.nlp.layout import profile_fields

        found = self.__dict__.get("_profile_lines")
        if found is None:
            found = self._profile_lines = {self.text.rfind("\n", 0, self.doc[f.first].idx) + 1: entity
                                           for entity, f in profile_fields(self.own)}
        return found.get(line_start)

    def _labelled_force(self, n: _Number) -> int | None:
        """A bare count so labelled ("- Republican Guard: 7,000, answers to the presidency"): troops of an armed body."""
        if n.value < _MIN_TROOPS or n.value > 5_000_000:
            return None
        owner = self._label_owner(n)
        if owner is None or self.own.kind(owner) != "organization" \
                or self.own.subkind(owner) not in self.cues.armed_subkinds and not (
                    self._strength_labelled(n) and self._may_hold_force(owner)):
            return None
        return owner

    def _may_hold_force(self, a: int) -> bool:
        """An organisation of a kind that may have troops: none of those that hold none (a party, a house, a
        government, a company, a charity)."""
        return self.own.kind(a) == "organization" and not self._legislature_name(a) \
            and self.own.subkind(a) not in ("party", "legislature", "government", "company", "ngo")

    def _troop_list_owner(self, n: _Number) -> int | None:
        """A bare count right after a state's or body's name in a list under a label naming troops or armed bodies
        ("Troop contributors: A 870, B 640, C 310", "Soldiers deployed - A 870; B 640", "Contingents: A 800, B 1,200",
        facts.yaml troop_nouns, force_nouns): that name's troops."""
        doc, own = self.doc, self.own
        if n.value < _MIN_TROOPS or n.value > 5_000_000 or n.start == 0:
            return None
        line_start = self.text.rfind("\n", 0, doc[n.start].idx) + 1
        line_end = self.text.find("\n", line_start)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        label = _LINE_LABEL.match(line)
        if label is None or line_start + label.end() > doc[n.start].idx or _DECIMAL.search(line):
            return None
        words = re.findall(r"[^\W\d_]+", label.group(2).lower())
        if not any(w in self.cues.troop_nouns or w + "s" in self.cues.troop_nouns or w in self.cues.force_nouns
                   or w[-1:] == "s" and w[:-1] in self.cues.force_nouns for w in words) \
                or any(w in self.cues.casualty_words or w in self.cues.not_seat_units for w in words):
            return None  # ("Soldiers killed: A 12, B 9": casualties)
        prev = doc[n.start - 1]
        if prev.pos_ != "PROPN" or own.tok2m[prev.i] < 0 or own.mentions[own.tok2m[prev.i]].end != n.start:
            return None
        nxt = doc[n.end] if n.end < len(doc) else None
        if nxt is not None and nxt.text not in (",", ";", ".", "|") and nxt.text.strip():
            return None
        a = own.actor(prev)
        return a if a is not None and own.kind(a) in ("country", "organization") else None

    def _numbered_force(self, n: _Number) -> int | None:
        """A bare count sized by one of body_strength_verbs ('the brigade, which numbers about 4,200'): troops only
        when the body is an armed one (not 'the party numbers 40,000')."""
        if n.value < _MIN_TROOPS or n.value > 5_000_000:
            return None
        owner = self._numbering_body(n.root(self.doc))
        if owner is None or self.own.kind(owner) != "organization" \
                or self.own.subkind(owner) not in self.cues.armed_subkinds:
            return None
        return owner

    def _restated_troops(self, n: _Number) -> int | None:
        """'X claims 9,000 fighters. Diplomats put the number at 4,000', '... put that figure closer to 4,000': another
        estimate of the troops counted just before (in this sentence or the one before): their owner's."""
        cues, num = self.cues, n.root(self.doc)
        if num.dep_ != "pobj" or num.head.lower_ not in ("at", "to"):
            return None
        verb = num.head.head
        if verb.pos_ in ("ADV", "ADJ") and verb.head is not verb:
            verb = verb.head  # "put the number closer to 4,000"
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None) if cues.has("strength_verbs", verb) \
            else None
        if obj is None or not cues.has("strength_nouns", obj) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children) \
                or any(c.dep_ in ("prep", "poss", "compound", "amod") for c in obj.children):
            return None  # (not "the number of police", "its strength": read by the rules of their own)
        last = next((h for h in reversed(self.out) if h.key == "troops"), None)
        return last.actor if last is not None and last.span.start >= self.prev_start else None

    def _part_deployed(self, n: _Number, pronouns: tuple[str, ...]) -> bool:
        """'600 of whom are stationed ...', '900 of them are deployed ...': the count opens "of" + one of
        ``pronouns`` as the subject of a verb of deploying or keeping (not of losing: '300 of them were killed'),
        asserted (the shared test of `_relative_part` and `_deployed_part`)."""
        cues, num = self.cues, n.root(self.doc)
        if n.start > self.sent.start and self.cues.has("negation_words", self.doc[n.start - 1]):
            return False  # "not 900 of them were sent", "Not one of them was sent": none deployed
        if n.end + 1 >= self.sent.end or self.lows[n.end] != "of" or self.lows[n.end + 1] not in pronouns \
                or num.dep_ not in ("nsubj", "nsubjpass") or num.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = num.head
        verbs = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "acomp", "oprd") and c.pos_ == "VERB")]
        return any(cues.has("deploy_verbs", v) or cues.has("keep_verbs", v) and v.lemma_ != "have" for v in verbs) \
            and not any(cues.has("casualty_words", v) for v in verbs) and not self._unasserted(verb)

    def _relative_part(self, n: _Number) -> Token | None:
        """'its forces, some 400 of whom are stationed on Y', 'X's troops, 900 of which are based in Z': a count of
        the troops just named, opening a relative clause set off after them with a verb of deploying or keeping, is
        the troops the owner keeps there; the troop noun (with no count of its own) is returned."""
        cues, doc = self.cues, self.doc
        if not self._part_deployed(n, ("whom", "which")):
            return None
        j = n.start - 1
        while j > self.sent.start and cues.has("approximators", doc[j]):
            j -= 1  # "about", "some"
        if j - 1 < self.sent.start or doc[j].text != ",":
            return None
        noun = doc[j - 1]
        if not cues.has("troop_nouns", noun) or any(c.dep_ == "nummod" for c in noun.children):
            return None  # (not "2,000 troops, 600 of whom ...": the part of a count, `_deployed_part`'s kind)
        return noun

    def _deployed_part(self, n: _Number) -> int | None:
        """'X has about 4,000 fighters. About 900 of them are deployed near Y', '... 2,500 of them are stationed in the
        capital': a part of the troops counted just before (in this sentence or the one before), said to be
        deployed or kept somewhere, is a troops count of their owner's (not '300 of them were killed')."""
        if not self._part_deployed(n, ("them", "those")):
            return None
        last = next((h for h in reversed(self.out) if h.key == "troops"), None)
        if last is not None and last.span.start >= self.prev_start:
            return last.actor if last.value > n.value else None
        # "X Corps troops took over: some 650 of them are stationed near the port": no count before,
        # the pronoun's armed body (as the resolver reads it)
        doc = self.doc
        subj = next((t for t in reversed(doc[self.sent.start:n.start]) if t.dep_ in ("nsubj", "nsubjpass")
                     and t.pos_ in ("NOUN", "PROPN")), None)  # the subject of the clause before it
        if subj is not None:
            a = self._armed_body_of(subj)
            a = a if a is not None else self._np(subj)
            if a is not None and self._armed_body(a):
                return a
        a = self.own.pronoun_actor(doc[n.end + 1])
        return a if a is not None and self._armed_body(a) else None

    def _armed_body(self, a: int) -> bool:
        """A body that has troops: an organisation of an armed kind, or one whose name ends in a noun of a force
        ("the X Corps", "the Y Mission")."""
        own = self.own
        if own.kind(a) != "organization":
            return False
        words = norm(own.actors[a].name).split()
        return own.subkind(a) in self.cues.armed_subkinds or bool(words) and words[-1] in self.cues.force_nouns

    def _set_off(self, prep: Token, subj: Token, verb: Token) -> bool:
        """'X, with 7,000 fighters, holds the port': a phrase set off by a comma between a subject and its verb
        describes the subject."""
        return subj.i < prep.i < verb.i and prep.i > 0 and self.doc[prep.i - 1].text == ","

    def _troop_change(self, n: _Number, noun: Token) -> bool:
        """'will withdraw 800 troops', 'pulled out 500 soldiers': troops taken away, not a strength; 'a plan to deploy
        5,000 troops': troops not yet sent. (Troops added are a deployment: 'sent an additional 2,500 troops'
        counts.)"""
        tok = _conjunct_root(noun)
        if self._all_withdrawn(n, tok) or self._stationed_withdrawn(n, tok):
            return False  # "withdrew its 1,500 soldiers": the strength it had there
        if tok.dep_ in ("dobj", "obj") and (self.cues.has("troop_withdraw_verbs", tok.head)
                                             or self.cues.has("troop_transfer_verbs", tok.head)):
            return True
        if tok.dep_ in ("dobj", "obj") and any(c.dep_ in ("amod", "det", "advmod") and self.cues.has("change_words", c)
                                               for c in tok.children) \
                and any((added := self._troops_added(c)) is not None and added.i == tok.i
                        for c in tok.head.children if c.dep_ in ("advcl", "conj")):
            return True  # "sent 300 more troops, bringing its total to 2,300": the troops added, the total told
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and self.cues.has("move_verbs", tok.head.head) \
                and any(c.dep_ == "nummod" and n.start <= c.i < n.end for c in tok.children) \
                and not any(c.dep_ == "quantmod" and c.lower_ == "to" for c in n.root(self.doc).children):
            return True  # "grown from 500 fighters to 3,000": the strength before the move (not the count after "to"
            # in "from 600 to 900 soldiers", both parsed onto the noun)
        verb = tok.head
        if tok.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                        for c in verb.children) and (
                verb.dep_ == "acl" and self.cues.has("plan_nouns", verb.head)
                or verb.dep_ == "advcl" and any(c.dep_ in ("dobj", "obj") and self.cues.has("plan_nouns", c)
                                                for c in verb.head.children)):
            return True  # "a plan to deploy 5,000 troops", "a pact with X to bring 2,000 fighters": not there yet
        # "4,000 fighters of X joined the army": they leave X
        return tok.dep_ == "nsubj" and self.cues.has("troop_transfer_verbs", tok.head) \
            and any(c.dep_ in ("dobj", "obj") for c in tok.head.children) \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # not "2,000 troops from X joined"

    def _stationed_withdrawn(self, n: _Number, tok: Token) -> bool:
        """'asked India to withdraw the 88 Indian military personnel stationed in the islands', 'to withdraw the 1,500
        Russian soldiers based near the border': the object of a withdrawing verb, counted, with "the", and described by
        a participle of deploying or keeping ("stationed", "based", "deployed") is all the troops kept there, their
        strength (not "withdrew 1,500 troops from the region": a part taken away; not "the 1,500 troops it keeps",
        whose "it" may be the asker)."""
        cues = self.cues
        if tok.dep_ not in ("dobj", "obj") or not cues.has("troop_withdraw_verbs", tok.head) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or not any(c.dep_ == "nummod" and n.start <= c.i < n.end for c in tok.children) \
                or any(cues.has("change_words", c) or self._ordinal(c) for c in tok.children):
            return False
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i
                   and (cues.has("deploy_verbs", c) or cues.has("keep_verbs", c) and c.lemma_ != "have")
                   for c in tok.children)

    def _all_withdrawn(self, n: _Number, tok: Token) -> bool:
        """'withdrew its 1,500 soldiers', 'pulled out their last 400 troops': the object of a withdrawing verb, owned
        and counted, is all the troops it had there. Not "asked X to withdraw its troops" (the "its" may be the
        asker's), a part ("its first 500", "its additional 500": an ordinal or one of change_words on the noun), a cut
        to a new level ("reduced its 1,500 soldiers to 500", "cut them by half": a count after a preposition of the
        verb), nor a sum over the subject's list ("X and Y withdrew their 3,000 soldiers")."""
        verb = tok.head
        if tok.dep_ not in ("dobj", "obj") or not self.cues.has("troop_withdraw_verbs", verb) \
                or not any(c.dep_ == "poss" for c in tok.children) \
                or not any(c.dep_ == "nummod" and n.start <= c.i < n.end for c in tok.children) \
                or any(self.cues.has("change_words", c) or self._ordinal(c) for c in tok.children):
            return False
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "obj") for c in verb.head.children):
            return False
        if any(o.dep_ == "pobj" and o.ent_type_ in ("CARDINAL", "ORDINAL", "PERCENT")  # (not a year: "in 2014")
               for p in verb.children if p.dep_ == "prep" for o in p.children):
            return False
        return not any(c.dep_ == "conj" for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.children)

    def _troops_added(self, move: Token) -> Token | None:
        """'(sent 300 more troops,) bringing its total to 2,300': for a verb of moving a total (move_verbs, one of
        total_nouns or force_nouns its object, a count after its "to"), set off from a verb whose object is a troop
        noun, that troop noun (the troops added); None otherwise."""
        cues = self.cues
        if move.dep_ not in ("advcl", "conj") or not cues.has("move_verbs", move) or move.pos_ != "VERB":
            return None
        obj = next((c for c in move.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or not (cues.has("total_nouns", obj) or cues.has("force_nouns", obj)):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and p.like_num for p in c.children)
                   for c in move.children):
            return None
        added = next((c for c in move.head.children if c.dep_ in ("dobj", "obj")), None)
        return added if added is not None and self._troop_noun(added, []) else None

    def _relative_sender(self, noun: Token) -> int | None:
        """The body that sends, keeps or fields the troops, named as the subject of a relative clause on them ("3,000
        soldiers, roughly, that the X moved to the border", "the 900 troops Y keeps there"); not a clause whose
        subject is the troops themselves ("troops that crossed") or one that acts on them."""
        cues = self.cues
        for c in noun.children:
            if c.dep_ != "relcl" or not (cues.has("deploy_verbs", c) or cues.has("keep_verbs", c)
                                         or cues.has("field_verbs", c) or cues.has("command_verbs", c)):
                continue
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is None or subj.tag_ in ("WDT", "WP") or subj.lower_ in ("that", "which", "who"):
                continue
            owner = self._subject(c)
            if owner is not None and self.own.kind(owner) in ("country", "organization"):
                return owner
        return None

    def _casualty(self, n: _Number, noun: Token) -> bool:
        return self._hit_by(n, noun, "casualty_words") or self._hit_by(n, noun, "acted_on_words")

    def _hit_by(self, n: _Number, noun: Token, words: str) -> bool:
        """The counted people are struck, taken or acted upon by a word of the list ``words``."""
        cues, has = self.cues, self._acting_word
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and cues.has("assault_verbs", noun.head):
            return True  # "some 300 fighters attacked the town": a raiding party, not a strength
        if noun.head.pos_ in ("VERB", "AUX") and has(words, noun.head) and not (
                noun.dep_ == "nsubj" and any(c.dep_ in ("dobj", "obj") for c in noun.head.children)):
            return True  # "killing 11 soldiers", "11 soldiers died" (not "its 9,000 fighters hold the pass": they act)
        if any(has(words, c) for c in noun.children if c.dep_ in ("acl", "relcl", "amod")):
            return True
        if noun.head.pos_ in ("VERB", "AUX") and any(has(words, c) for c in noun.head.children
                                                     if c.dep_ in ("oprd", "attr", "dobj", "acomp")):
            return True  # "200 fighters were taken prisoner"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and has(words, noun.head.head):
            return True  # "the detention of 59 UN personnel", "the release of 30 soldiers": captives, not a strength
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        return any(has(words, doc[i]) and _tk[i].pos_ in ("VERB", "ADJ")
                   for i in range(max(self.sent.start, n.start - 2), n.start))

    def _acting_word(self, words: str, tok: Token) -> bool:
        """``tok`` is a word of the list ``words`` used in that sense: not one whose "with" opens on a gerund of a
        duty ("3,000 troops charged with guarding the border": a task given, not a charge; "charged with killing
        villagers", a casualty word, stays a charge)."""
        cues = self.cues
        if not cues.has(words, tok):
            return False
        if words != "acted_on_words":
            return True
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i + 1 < len(self.doc):
                nxt = self.doc[prep.i + 1]
                if nxt.tag_ == "VBG" and not cues.has("casualty_words", nxt):
                    return False
        return True

    # ------------------------------------------------------------------ result tables
    def _column_tables(self) -> None:
        """Results tables with columns ('Party   Votes   %   Seats   +/-', spaces, tabs or '|' between cells):
        each row's count in the column headed by a seat noun, for a row labelled by a party's name."""
        doc, own, cues = self.doc, self.own, self.cues
        if cues is fact_cues() and "\n" in self.text:  # the rows the actors component read (same cues)
            rows = seat_rows(doc)
        else:
            rows = _results_rows(self.text, cues)
        troops = [r for r in rows if r.kind == "troops"]  # a table of forces: each row's strength
        rows = [r for r in rows if r.kind == "seats"]
        self._history_table(rows)
        self._sum_row(rows)
        for row in rows + troops:
            value = row.seats
            span = doc.char_span(row.name_start, row.name_end, alignment_mode="expand")
            if span is None or value is None or not 1 <= value <= (2000 if row.kind == "seats" else 5_000_000) \
                    or norm(row.name) in cues.table_total_rows or norm(row.name) in cues.table_sum_rows:
                # ("| Independents | 10 |", "| Total | 151 |": a row that names no party)
                continue
            first = next((own.tok2m[t.i] for t in span if own.tok2m[t.i] >= 0), -1)
            if first < 0 and row.kind == "troops":
                # a unit's row the tagger found no name in ("| - 3rd Division |", "| - 1st (Hawk) Division |"):
                # the body the text names so elsewhere, its nickname in brackets left out
                label = re.sub(r"\s*\([^()]{1,30}\)", "", row.name.lstrip("".join(BULLETS) + " \t"))
                a = own.named(label)
                if a is not None and own.kind(a) == "organization":
                    line_span = doc.char_span(row.start, row.start + len(row.line), alignment_mode="expand")
                    self.out.append(FactHit(a, row.kind, value, line_span if line_span is not None else span, 0.6))
                continue
            if first < 0:
                continue
            mention = own.mentions[first]
            a = own.actor(doc[mention.start])
            rest = span_text(doc, mention.end, span.end).strip()
            lead = span_text(doc, span.start, mention.start).strip().lower()
            kinds = ("organization",) if row.kind == "seats" else ("organization", "country")
            lead = lead.lstrip("".join(BULLETS) + " \t") if row.kind == "troops" else lead  # a unit's row under its
            # force's ("| - 2nd Division | 4,500 |")
            if a is None or own.kind(a) not in kinds or lead not in ("", "the") \
                    or rest and not re.fullmatch(r"\([^()]{1,40}\)", rest):
                continue  # the label is the body's (the state's) name, perhaps with its short name in brackets
            line_span = doc.char_span(row.start, row.start + len(row.line), alignment_mode="expand")
            self.out.append(FactHit(a, row.kind, value, line_span if line_span is not None else span, 0.6))

    def _sum_row(self, rows: list) -> None:
        """A results table's sum row ("| Total | 151 |", "| | **Total** | | 151 |"): the size of the legislature
        the story names (its one house, else its state), when the total is no less than the other rows' sum (a table
        of the parties' seats, not of some other count, and those rows hold at least half of it)."""
        own, cues = self.own, self.cues
        for k, row in enumerate(rows):
            if row.seats is None or norm(row.name) not in cues.table_sum_rows or not 10 <= row.seats <= 2000:
                continue
            table, j = [], k - 1  # the rows above it, each a line (or a rule line) above the next
            while j >= 0 and self.text.count("\n", rows[j].start, rows[j + 1].start) <= 2:
                table.append(rows[j].seats or 0)
                j -= 1
            if len(table) < 2 or not sum(table) <= row.seats <= 2 * sum(table):
                continue
            houses = self._houses()
            house = houses[0] if len(houses) == 1 else own.home_state()
            line = self.doc.char_span(row.start, row.start + len(row.line), alignment_mode="expand")
            if house is not None and line is not None:
                self.out.append(FactHit(house, "seats", row.seats, line, 0.6))

    def _history_table(self, rows: list) -> None:
        """An organisation's electoral history ('Election | Seats' with a row per year: '2016 | 58 / 150', '2020 | 71
        / 150'): its seats are the latest year's, and the organisation is the one the document is about (named in its
        title line, or the subject of its first sentence)."""
        doc, own = self.doc, self.own
        years = [(int(r.name), r) for r in rows if re.fullmatch(r"(19|20)\d\d", r.name) and r.seats is not None]
        if len(years) < 2:
            return
        topic = None
        first = next(iter(doc.sents), None)
        title = self.text[:self.text.find("\n")] if "\n" in self.text else ""
        span = doc.char_span(0, len(title), alignment_mode="expand") if title.strip() else None
        named = {own.actor(t) for t in (span or ())} - {None}
        if len(named) == 1:
            topic = named.pop()
        elif first is not None:
            subj = next((t for t in first if t.dep_ in ("nsubj", "nsubjpass") and t.head == first.root), None)
            topic = own.actor(subj) if subj is not None else None
        if topic is None or own.kind(topic) != "organization":
            return
        year, row = max(years, key=lambda x: x[0])
        if 1 <= row.seats <= 2000:
            line = doc.char_span(row.start, row.start + len(row.line), alignment_mode="expand")
            self.out.append(FactHit(topic, "seats", row.seats, line if line is not None else doc[0:1], 0.6))

    def _barred_lists(self) -> None:
        """A labelled line of counts cut by bars or dots ("Seats: A 40 | B 33 | C 9", "Deputies · A 40 · B 33"):
        each item's count is its party's seats when the label names seats or their holders (or results, in a story
        about seats). The parse reads such a line as one noun phrase, so the items are read from the text."""
        doc, cues = self.doc, self.cues
        for line in re.finditer(r"^[ \t]*([^\W\d_][^\n:|]{0,30}):([^\n]*)$", self.text, re.M):
            label = set(re.findall(r"[^\W\d_]+", line.group(1).lower()))
            if not label & (cues.seat_nouns | cues.seat_holders) \
                    and not (self.doc_seats and label & cues.results_labels) or label & cues.projection_words \
                    or label & cues.not_seat_units:
                continue
            items = [(m.start(), m.end()) for m in re.finditer(r"[^|\u00b7\u2022]+", line.group(2))]
            if len(items) < 2:  # (two runs between separators: a separator stands between them)
                continue
            base = line.start(2)
            for a, b in items:
                item = re.fullmatch(r"[ \t]*(?P<name>[^\W\d_][^\n\d]{1,60}?)[ \t]*[:\u2013-]?[ \t]*(?P<n>\d{1,4})"
                                    r"(?:[ \t]+seats?)?[ \t]*[.;,]?[ \t]*", line.group(2)[a:b])
                if item is None:
                    continue
                span = doc.char_span(base + a + item.start("name"), base + a + item.end("name"), alignment_mode="expand")
                value = int(item.group("n"))
                if span is None or not 1 <= value <= 2000 or norm(item.group("name")) in cues.table_total_rows:
                    continue
                actor = self._row_holder(span)
                if actor is None:
                    continue
                where = doc.char_span(base + a, base + b, alignment_mode="expand")
                self.out.append(FactHit(actor, "seats", value, where if where is not None else span, 0.6))

    def _row_holder(self, span: Span) -> int | None:
        """The organisation a row's name ``span`` is: one mention, of an organisation, that the name is or ends
        ("Movimiento X: 11" for X); None for a row labelled otherwise."""
        own = self.own
        idx = {own.tok2m[t.i] for t in span if own.tok2m[t.i] >= 0}
        if len(idx) != 1:
            return None
        mention = own.mentions[idx.pop()]
        actor = own.actor(self.doc[mention.start])
        if actor is None or own.kind(actor) != "organization" or mention.end != span.end:
            return None
        return actor

    def _tables(self) -> None:
        """'MPN: 41' lines under a heading or paragraph about seats or a legislature."""
        doc, cues = self.doc, self.cues
        text = self.text
        self._column_tables()
        self._barred_lists()
        # "Name: 41", "Name (41 seats)", "Name (ACR) - 41", "Name – 41", "Name 41"
        row = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?(?P<name>[^\n:()]{2,60}?)[ \t]*"
                         r"(?:(?:\([^)\n\d]{1,40}\)[ \t]*)?:[ \t]*(?P<n>\d{1,4})"  # "Name (ACR): 41"
                         r"(?:[ \t]+seats?)?[ \t]*(?:\([^)\n]*\))?|\([ \t]*(?P<p>\d{1,4})(?:[ \t]+seats?)?[ \t]*\)"
                         r"|(?:\([^)\n\d]{1,40}\)[ \t]*)?[-\u2013\u2014][ \t]*(?P<d>\d{1,4})(?:[ \t]+seats?)?"
                         r"|[ \t]+(?P<s>\d{1,4})(?:[ \t]+seats?)?)"
                         # a change or share after the count: "42 (-5)", "42 seats, 38.2%", "42 seats (2019: 47)"
                         r"(?:[ \t]*(?:\([^)\n]{0,30}\)|,[ \t]*\d[\d.,]*[ \t]*(?:%|percent|per[ \t]?cent)))*"
                         r"[ \t]*[.;,]?[ \t]*$", re.M)
        rows = list(row.finditer(text))
        blocks: list[list[re.Match]] = []
        for m in rows:
            if blocks and "\n" not in text[blocks[-1][-1].end() + 1:m.start()].strip("\n") \
                    and text.count("\n", blocks[-1][-1].end(), m.start()) == 1:
                blocks[-1].append(m)
            else:
                blocks.append([m])
        for block in blocks:
            if len(block) < 2:
                continue
            before = text[max(0, text.rfind("\n\n", 0, block[0].start())):block[0].start()]
            if not before.strip():  # a heading line, then a blank line, then the rows ("SEAT COUNT\n\n* A: 41")
                cut = max(0, text.rfind("\n\n", 0, block[0].start()))
                previous = text[text.rfind("\n", 0, max(0, cut - 1)) + 1:cut].strip()
                before = previous if len(previous) <= 60 else before
            heading = {w for w in re.findall(r"[a-z]+", (before + " ".join(m.group(0) for m in block)).lower())}
            if not heading & (cues.seat_nouns | cues.seat_holders | cues.legislature_nouns) \
                    or set(re.findall(r"[a-z]+", before.lower())) & cues.projection_words:
                continue  # not "Seat projections:" or "Latest poll:"
            for m in block:
                span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
                value = int(m.group("n") or m.group("p") or m.group("d") or m.group("s"))
                if span is None or not 1 <= value <= 2000:
                    continue
                a = self._row_holder(span)
                if a is None:
                    continue
                line = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                self.out.append(FactHit(a, "seats", value, line if line is not None else span, 0.6))
