"""Power numbers: seats won (and a legislature's size) and troops, attached to the right actor.

>>> parse_number("ninety-one"), parse_number("50,000"), parse_number("1.5 million"), parse_number("325")
(91, 50000, 1500000, 325)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kingmaker.nlp.relations import _Ctx

__all__ = ["FactHit", "find_facts", "parse_number"]

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
TROOP_NOUNS = {"troops", "soldiers", "forces", "infantry", "fighters", "personnel", "servicemen", "marines",
               "militiamen", "paramilitaries", "combatants"}
SEAT_NOUNS = {"seat", "seats"}
WIN_VERBS = {"win", "hold", "have", "take", "secure", "gain", "get", "control", "capture", "obtain", "garner",
             "clinch", "command", "occupy", "retain", "keep", "lose"}
LEGISLATURE_NOUNS = {"parliament", "assembly", "legislature", "chamber", "house", "council", "congress", "senate",
                     "majlis", "knesset"}


@dataclass
class FactHit:
    actor: int  # local actor index
    key: str
    value: int
    span: Span
    confidence: float


def parse_number(text: str) -> int | None:
    s = text.lower().replace(",", "").strip()
    s = re.sub(r"\s*-\s*", " ", s)
    if not s:
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(thousand|million)?", s)
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
        elif w in ("thousand", "million"):
            total += max(cur, 1) * SCALES[w]
            cur = 0
        elif re.fullmatch(r"\d+(\.\d+)?", w):
            cur += float(w)
        else:
            return None
        seen = True
    return int(total + cur) if seen else None


def _number_before(doc: Doc, i: int) -> tuple[int | None, int]:
    """The number phrase ending right before token ``i`` (skipping adjectives like 'remaining')."""
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ" and doc[j].like_num is False and i - j < 3:
        j -= 1
    end = j + 1
    start = end
    while start - 1 >= 0 and (doc[start - 1].like_num or doc[start - 1].text == "-"
                              or doc[start - 1].lower_ in SCALES or doc[start - 1].lower_ in UNITS
                              or doc[start - 1].lower_ in TENS):
        start -= 1
    while start < end and doc[start].text == "-":
        start += 1
    if start >= end:
        return None, i
    return parse_number(doc[start:end].text), start


def find_facts(doc: Doc) -> list[FactHit]:
    own = _Ctx(doc)
    out: list[FactHit] = []
    for tok in doc:
        low = tok.lower_
        hyphen_size = low in ("member", "seat") and tok.i >= 2 and doc[tok.i - 1].text == "-" \
            and doc[tok.i - 2].like_num and tok.dep_ in ("compound", "amod", "nmod")
        if low in SEAT_NOUNS and not hyphen_size:
            value, nstart = _number_before(doc, tok.i)
            if value is not None and nstart >= 3 and doc[nstart - 1].lower_ == "the" and doc[nstart - 2].lower_ == "of":
                # "won 70 of the 128 seats": 70 won, 128 the chamber
                part, pstart = _number_before(doc, nstart - 2)
                if part is not None:
                    chamber = _dominant_country(own)
                    if chamber is not None:
                        out.append(FactHit(chamber, "seats", value, tok.sent, 0.55))
                    value = part
                    owner = _seat_owner(own, doc[nstart - 3])  # the number itself is the object of "won"
                    if owner is not None:
                        out.append(FactHit(owner, "seats", value, tok.sent, 0.7))
                    continue
            if value is None:
                nm = next((c for c in tok.children if c.dep_ == "nummod"), None)
                value = parse_number(nm.text) if nm is not None else None
            if value is None or value < 1 or value > 5000:
                continue
            owner = _seat_owner(own, tok)
            if owner is not None:
                out.append(FactHit(owner, "seats", value, tok.sent, 0.75))
                out.extend(_gapped_seats(own, tok))
        elif hyphen_size:
            # "the 325-member parliament"
            value = parse_number(doc[tok.i - 2].text)
            head = tok.head
            while head.pos_ != "NOUN" and head.head is not head and head.i > tok.i:
                head = head.head
            if value and head.lower_ in LEGISLATURE_NOUNS:
                owner = own.np_actor(head, deep=True)
                if owner is None:
                    owner = _dominant_country(own)
                if owner is not None:
                    out.append(FactHit(owner, "seats", value, tok.sent, 0.6))
        elif low in TROOP_NOUNS:
            value, _ = _number_before(doc, tok.i)
            if value is None or value < 10:
                continue
            if 1900 <= value <= 2100 and doc[tok.i - 1].like_num and "," not in doc[tok.i - 1].text:
                continue  # a year
            owner = own.actor(tok)
            if owner is None:
                for c in tok.children:
                    if c.dep_ in ("amod", "compound", "poss", "nmod"):
                        owner = own.actor(c)
                        if owner is not None:
                            break
            if owner is None and tok.dep_ == "dobj":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                owner = own.np_actor(subj, deep=True)
                if owner is None and subj is not None and subj.lower_ in ("which", "who", "that") \
                        and tok.head.dep_ == "relcl":
                    owner = own.np_actor(tok.head.head, deep=True)  # "Saudi Arabia, which deployed 3,000 troops"
            if owner is not None and own.actors[owner].kind in ("country", "organization"):
                out.append(FactHit(owner, "troops", value, tok.sent, 0.65))
    return out


def _seat_owner(own: _Ctx, seats: Token) -> int | None:
    doc = own.doc
    # "X won 91 seats"
    head = seats.head
    if seats.dep_ in ("dobj", "obj", "attr") and head.lemma_.lower() in WIN_VERBS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:  # "A coalition of X, cobbled together ..., won 70 seats" parsed apart
            subj = next((t for t in seats.sent if t.i < head.i and t.dep_ == "nsubj" and own.actor(t) is not None
                         and own.mentions[own.tok2m[t.i]].key.startswith("desc:")), None)
        a = own.np_actor(subj, deep=True)
        if a is None and subj is not None and subj.pos_ == "PRON" and subj.dep_ == "nsubj":
            a = _relative_antecedent(own, head)
        if a is None and head.dep_ in ("relcl", "conj"):
            a = own.np_actor(head.head, deep=True)
        if a is not None:
            return a
    # "..., falling to 21 seats", "rising to 40 seats": the subject of the clause
    if seats.dep_ == "pobj" and head.lower_ in ("to", "from") and head.head.pos_ == "VERB":
        verb = head.head
        while verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return own.np_actor(subj, deep=True)
            verb = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb else None
    # "X's 91 seats"
    for c in seats.children:
        if c.dep_ == "poss":
            a = own.actor(c)
            if a is not None:
                return a
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "of"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            a = own.np_actor(pobj, deep=True)
            if a is not None:
                return a
    # "X, with 89 seats" / "X (91 seats)" / "X was the biggest winner with 73 seats"
    if head.dep_ == "pobj" or head.lower_ in ("with",):
        prep = head if head.lower_ == "with" else head.head
        if prep.lower_ == "with":
            a = own.np_actor(prep.head, deep=True)
            if a is None and prep.head.dep_ == "attr":
                subj = next((c for c in prep.head.head.children if c.dep_ == "nsubj"), None)
                a = own.np_actor(subj, deep=True)
            if a is not None:
                return a
    if seats.head.pos_ in ("VERB", "AUX") and seats.dep_ in ("dobj", "dative", "obj"):
        return None  # "giving the three partners 171 seats": no named holder
    i = seats.i - 1
    while i >= max(seats.sent.start, seats.i - 8):
        if doc[i].text in ("(", ",", "with", ":"):
            j = i - 1
            while j >= max(seats.sent.start, i - 6):
                a = own.actor(doc[j])
                if a is not None and own.actors[a].kind != "country":
                    return a
                if doc[j].pos_ == "VERB":
                    break
                j -= 1
            break
        i -= 1
    return None


def _relative_antecedent(own: _Ctx, verb: Token) -> int | None:
    if verb.dep_ == "relcl":
        return own.np_actor(verb.head, deep=True)
    return None


def _dominant_country(own: _Ctx) -> int | None:
    """The state a story is about: most mentioned, with a dateline ("BEIRUT, ...") counting extra."""
    counts: dict[int, int] = {}
    for m in own.mentions:
        if m.actor >= 0 and own.actors[m.actor].kind == "country":
            counts[m.actor] = counts.get(m.actor, 0) + 1
            if m.text.isupper() and len(m.text) > 3 and m.end < len(own.doc) and own.doc[m.end].text in (",", "-", ":"):
                counts[m.actor] += 3
    if not counts:
        return None
    return max(counts, key=lambda a: (counts[a], -a))


def _gapped_seats(own: _Ctx, seats: Token) -> list[FactHit]:
    """'X won 52 seats and Y 41': a name followed straight by a number later in the sentence."""
    doc = own.doc
    out = []
    for i in range(seats.i + 1, seats.sent.end - 1):
        if doc[i].lower_ not in ("and", ","):
            continue
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        m = own.tok2m[j] if j < len(doc) else -1
        if m < 0:
            continue
        end = own.mentions[m].end
        if end < len(doc) and doc[end].like_num and (end + 1 >= len(doc) or doc[end + 1].lower_ not in SEAT_NOUNS):
            a = own.actor(doc[j])
            value = parse_number(doc[end].text)
            if a is not None and value and own.actors[a].kind == "organization":
                out.append(FactHit(a, "seats", value, seats.sent, 0.6))
    return out
