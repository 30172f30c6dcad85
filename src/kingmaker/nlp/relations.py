"""Lasting ties from the dependency parse and surface patterns (cues live in knowledge/data).

Patterns: appositions with role nouns ("X, the head of Y"), titles and compounds ("Y leader X",
"Iraqi Prime Minister X"), possessives ("Iran's Revolutionary Guard"), "X-backed Y", "led by",
"loyal to", "wing/arm of", "ally of", "anti-X", stance verbs ("X funds Y", "X opposes Y").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kingmaker.knowledge import knowledge, norm

__all__ = ["RelationHit", "find_relations"]

ACTOR_KINDS = {"person", "organization", "country"}
_PERSON, _BODY = frozenset({"person"}), frozenset({"organization", "country"})
PRONOUN_KINDS = {"he": _PERSON, "she": _PERSON, "his": _PERSON, "her": _PERSON, "him": _PERSON,
                 "it": _BODY, "its": _BODY, "they": _BODY, "their": _BODY, "them": _BODY}
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "will", "should", "'d", "’d", "'ll", "’ll", "wo"})
ROLE_VERBS = frozenset({"be", "become", "remain", "elect", "name", "appoint", "choose", "select", "make", "serve",
                        "act", "install", "nominate", "designate", "confirm", "reelect", "re-elect"})
_INERT_POS = frozenset({"DET", "CCONJ", "SCONJ", "NUM", "SPACE", "ADP", "PART", "PUNCT", "SYM", "INTJ", "X", "ADV"})
STATE_LIKE_SUBKINDS = {"military", "government", "agency", "legislature", "state"}


@dataclass
class RelationHit:
    source: int  # local actor index
    type: str
    target: int
    span: Span  # where it is stated (evidence = its sentence)
    confidence: float


class _Ctx:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions = doc._.km_mentions or []
        self.actors = doc._.km_actors or []
        self.tok2m = doc._.km_tok2m or [-1] * len(doc)
        self.kb = knowledge()
        self.hits: list[RelationHit] = []

    def actor(self, tok: Token | None) -> int | None:
        if tok is None:
            return None
        i = self.tok2m[tok.i]
        if i < 0:
            return None
        a = self.mentions[i].actor
        if a < 0 or self.actors[a].kind not in ACTOR_KINDS:
            return None
        return a

    def kind(self, a: int) -> str:
        return self.actors[a].kind

    def subkind(self, a: int) -> str | None:
        return self.actors[a].subkind

    def np_actor(self, tok: Token | None, deep: bool = False) -> int | None:
        """The actor a noun phrase headed by ``tok`` names (itself, its name in apposition, "called X")."""
        if tok is None:
            return None
        a = self.actor(tok)
        if a is not None:
            return a
        for c in tok.children:
            if c.dep_ in ("appos",) and c.i > tok.i:
                a = self.actor(c)
                if a is not None:
                    return a
            if c.dep_ == "acl" and c.lemma_ in ("call", "name", "know"):
                for cc in c.children:
                    if cc.dep_ in ("oprd", "attr", "dobj", "xcomp"):
                        a = self.actor(cc)
                        if a is not None:
                            return a
        # "organisation Liwa X" parsed apart: a named actor right after a generic noun
        nxt = tok.i + 1
        if nxt < len(self.doc) and self.doc[nxt].pos_ == "PROPN":
            a = self.actor(self.doc[nxt])
            if a is not None and norm(tok.text) in self.kb.org_nouns:
                return a
        a = self.definite(tok)
        if a is not None:
            return a
        if tok.lower_ in self.kb.state_nouns:  # "the government of Yemen"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        a = self.actor(p) if p.dep_ == "pobj" else None
                        if a is not None and self.kind(a) == "country":
                            return a
        for c in tok.children:  # "Houthi rebels", "Hezbollah fighters": the group named as a modifier
            if c.dep_ == "compound" and c.i == tok.i - 1:
                a = self.actor(c)
                if a is not None and self.kind(a) == "organization":
                    return a
        if deep:
            for c in tok.children:
                if c.dep_ in ("compound", "poss", "amod", "nmod"):
                    a = self.actor(c)
                    if a is not None:
                        return a
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            a = self.np_actor(p)
                            if a is not None:
                                return a
                if c.dep_ == "acl" and c.tag_ == "VBN":  # "a government led by X"
                    for ag in c.children:
                        if ag.dep_ == "agent":
                            for p in ag.children:
                                a = self.np_actor(p) if p.dep_ == "pobj" else None
                                if a is not None:
                                    return a
        return None

    def definite(self, tok: Token) -> int | None:
        """'the movement', 'the group': the closest organisation before it with that kind of name."""
        noun = norm(tok.text)
        bare_plural = tok.tag_ == "NNS" and noun in self.kb.state_institutions and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in tok.children)
        if not bare_plural and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return None
        if noun in self.kb.state_institutions and noun not in self.kb.org_nouns or noun in ("military", "army"):
            # "the military", or "lawmakers said" after "Iraqi lawmakers": that state's institution
            # "the military": the closest state institution of that kind mentioned before
            suffix = self.kb.state_institutions[noun][0]
            for i in range(tok.i - 1, max(-1, tok.i - 600), -1):
                m = self.tok2m[i]
                if m >= 0 and self.mentions[m].key.endswith(":" + suffix) and self.mentions[m].actor >= 0:
                    return self.mentions[m].actor
            return None
        if noun not in self.kb.org_nouns:
            return None
        if any(c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper() and norm(c.text) not in self.kb.not_states
               for c in tok.children):
            return None  # "the Houthi movement" names itself; "the Shiite movement" refers back
        generic = noun in ("group", "groups", "organization", "organisation", "faction", "militia", "movement")
        want = self.kb.org_nouns[noun]
        for i in range(tok.i - 1, max(-1, tok.i - 400), -1):
            m = self.tok2m[i]
            if m < 0:
                continue
            a = self.mentions[m].actor
            if a < 0 or self.actors[a].kind != "organization" or self.actors[a].subkind == "media":
                continue
            names = [norm(n).split()[-1] for n in self.actors[a].names if n]
            if noun in names or noun.rstrip("s") in [n.rstrip("s") for n in names] \
                    or (generic and self.actors[a].subkind in (want, "armed_group", "movement", "party", None)):
                return a
        return None

    def pronoun_actor(self, tok: Token) -> int | None:
        """'he'/'his' -> the closest person before; 'it'/'its'/'they'/'their' -> closest organisation or state."""
        want = PRONOUN_KINDS.get(tok.lower_)
        if not want:
            return None
        for i in range(tok.i - 1, max(0, tok.sent.start - 60) - 1, -1):
            a = self.actor(self.doc[i])
            if a is not None and self.kind(a) in want:
                return a
        return None

    def add(self, s: int | None, typ: str, t: int | None, where: Token | Span, conf: float) -> None:
        if s is None or t is None or s == t:
            return
        if typ.endswith("_reverse"):
            typ = typ[: -len("_reverse")]
            s, t = t, s
        if typ == "leader_of" and self.kind(s) != "person" and self.kind(t) == "organization":
            typ = "member_of"  # "the Saudi-led coalition": a state leads as its leading member
        if not self._type_ok(s, typ, t):
            return
        span = where if isinstance(where, Span) else self.doc[where.i:where.i + 1]
        self.hits.append(RelationHit(s, typ, t, span, conf))

    def _type_ok(self, s: int, typ: str, t: int) -> bool:
        ks, kt = self.kind(s), self.kind(t)
        if typ == "leader_of":
            return ks == "person" and kt in ("organization", "country")
        if typ == "member_of":  # a state can be a member of an organisation (alliance, coalition)
            return ks in ("person", "organization") and kt in ("organization", "country") or \
                (ks == "country" and kt == "organization")
        if typ == "part_of":
            return ks == "organization" and kt in ("organization", "country")
        return True


def _role_relation(kb, role: str) -> str | None:
    r = norm(role)
    if r in kb.leader_roles:
        return "leader_of"
    if r in kb.member_roles:
        return "member_of"
    return None


def _of_object(tok: Token) -> list[Token]:
    """pobj tokens of 'of'/'from'/'in' (and conjoined ones) under ``tok``."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "in", "at"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.conjuncts)
    return out


def find_relations(doc: Doc) -> list[RelationHit]:
    ctx = _Ctx(doc)
    kb = ctx.kb
    rel = kb.relations
    hyphen = rel.get("hyphen_modifiers", {})
    of_phrases = rel.get("of_phrases", {})
    adjectives = rel.get("adjective_phrases", {})
    verbs = rel.get("verb_relations", {})
    participles = rel.get("passive_participles", {})
    backing = rel.get("backing_nouns", {})

    for tok in doc:
        if tok.pos_ in _INERT_POS and tok.text not in ("-", "/"):
            continue  # no pattern starts on these (cheap filter: this loop sees every token)
        a = ctx.actor(tok)
        # 1. appositions: "X, the head of Y" / "Y, the military wing of Z" / "X, an ally of Y"
        if tok.dep_ == "appos":
            owner = ctx.np_actor(tok.head) if ctx.actor(tok) is None else None
            role = tok
            if owner is None and ctx.actor(tok) is not None and ctx.actor(tok.head) is None:
                # "the head of Y, X": the name is the apposition, the role its head
                owner, role = ctx.actor(tok), tok.head
            if owner is not None and ctx.actor(role) is None:
                _role_ties(ctx, owner, role, of_phrases, adjectives)
        # appositions the parser missed: "X, Iran's ambassador in Y" (surface: mention, comma, role noun)
        elif tok.pos_ == "NOUN" and tok.dep_ != "appos" and ctx.actor(tok) is None and (
                norm(tok.lemma_) in kb.leader_roles or norm(tok.lemma_) in kb.member_roles
                or tok.lemma_ in of_phrases):
            j = tok.i - 1
            while j > tok.sent.start and (doc[j].pos_ in ("DET", "ADJ", "PART") or doc[j].text in ("'s", "’s")
                                          or (ctx.actor(doc[j]) is not None and doc[j + 1].text in ("'s", "’s"))):
                j -= 1
            if doc[j].text == "," and j > 0:
                owner = ctx.actor(doc[j - 1])
                if owner is not None:
                    _role_ties(ctx, owner, tok, of_phrases, adjectives)
        # copula: "X is an ally of Y", "X is the leader of Y"
        role_verb = tok.head if tok.dep_ in ("attr", "oprd") else (
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None)
        if role_verb is not None and role_verb.lemma_ in ROLE_VERBS and not any(
                c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in role_verb.children):
            # "X is the leader of Y", "X was elected head of Y", "X serves as a commander in Y"
            subj = next((c for c in role_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            owner = ctx.np_actor(subj)
            if owner is not None and ctx.actor(tok) is None:
                _role_ties(ctx, owner, tok, of_phrases, adjectives)
        # "the X alliance of Y", "the party of Y": Y leads the organisation
        if a is not None and ctx.kind(a) == "organization" and tok.lower_ in kb.org_nouns \
                and (tok.is_lower or ctx.tok2m[tok.i] >= 0 and ctx.mentions[ctx.tok2m[tok.i]].end == tok.i + 1):
            for obj in _of_object(tok):
                if obj.head.lower_ == "of":
                    leader = ctx.actor(obj)
                    if leader is not None and ctx.kind(leader) == "person":
                        ctx.add(leader, "leader_of", a, tok.sent, 0.7)
            # the same read off the surface when the parser lost the "of" ("the Bloc of Druze lawmaker X")
            j = tok.i + 1
            if j < len(doc) and doc[j].lower_ == "of":
                k = j + 1
                while k < min(len(doc), j + 5) and ctx.tok2m[k] < 0 and doc[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET"):
                    k += 1
                leader = ctx.actor(doc[k]) if k < len(doc) else None
                if leader is not None and ctx.kind(leader) == "person":
                    ctx.add(leader, "leader_of", a, tok.sent, 0.65)
        # "his militia, the Tahrir Army"
        if tok.dep_ == "poss" and tok.pos_ == "PRON":
            head = tok.head
            if norm(head.text) in kb.org_nouns:
                owner = ctx.pronoun_actor(tok)
                named = ctx.np_actor(head)
                if owner is not None and named is not None:
                    ctx.add(owner, "leader_of" if ctx.kind(owner) == "person" else "backs", named, tok.sent, 0.6)
        # 2. "X-backed Y"
        if tok.text == "-" and tok.i + 1 < len(doc) and tok.i > 0:
            mod = doc[tok.i + 1].lower_
            typ = hyphen.get(mod)
            left = ctx.actor(doc[tok.i - 1])
            if typ and left is not None:
                noun = doc[tok.i + 1].head if doc[tok.i + 1].head.i > tok.i + 1 else None
                if noun is None:
                    # find the next noun
                    for j in range(tok.i + 2, min(len(doc), tok.i + 6)):
                        if doc[j].pos_ in ("NOUN", "PROPN"):
                            noun = doc[j]
                            break
                right = ctx.np_actor(noun) if noun is not None else None
                if right is None and noun is not None and noun.dep_ in ("compound", "appos"):
                    right = ctx.np_actor(noun.head)
                ctx.add(left, typ, right, tok.sent, 0.8)
            # "anti-Western cleric", "pro-government militia"
            if doc[tok.i - 1].lower_ in ("anti", "pro") and tok.i + 1 < len(doc):
                target = ctx.actor(doc[tok.i + 1])
                noun = doc[tok.i + 1]
                while noun.head is not noun and noun.head.pos_ not in ("NOUN", "PROPN") and noun.head.i > noun.i:
                    noun = noun.head
                noun = noun.head if noun.head.pos_ in ("NOUN", "PROPN") else noun
                owner = ctx.np_actor(noun)
                if owner is None and noun.dep_ == "appos":
                    owner = ctx.np_actor(noun.head)
                if owner is None and noun.dep_ == "attr":
                    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                    owner = ctx.np_actor(subj)
                typ = "opposes" if doc[tok.i - 1].lower_ == "anti" else "allied_with"
                ctx.add(owner, typ, target, tok.sent, 0.6)
        # 3. titles/compounds before a person: "Y leader X", "Iraqi Prime Minister X", "Iran's Supreme Leader X"
        if a is not None and ctx.kind(a) == "person" and ctx.tok2m[tok.i] >= 0:
            m = ctx.mentions[ctx.tok2m[tok.i]]
            if tok.i == m.start:
                _title_before(ctx, m, a)
        # 4. participles: "led by X", "supported by X", "backed by X"
        if tok.tag_ == "VBN" and (tok.dep_ in ("acl", "relcl", "amod") or (
                tok.i > 1 and doc[tok.i - 1].text in (",", "(") and ctx.actor(doc[tok.i - 2]) is not None)):
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            if agent is not None:
                by = [p for p in agent.children if p.dep_ == "pobj"]
                if tok.dep_ in ("acl", "relcl", "amod"):
                    obj = ctx.np_actor(tok.head)
                    if obj is None and tok.head.dep_ == "appos":
                        obj = ctx.np_actor(tok.head.head)
                else:  # "the Fatah Alliance, led by X" parsed as a clause: the name before the comma
                    obj = ctx.actor(doc[tok.i - 2])
                lemma = tok.lemma_.lower()
                typ = participles.get(lemma)
                for p in by:
                    for q in (p, *p.conjuncts):
                        ctx.add(ctx.np_actor(q), typ, obj, tok.sent, 0.75) if typ else None
        # 5. "militia loyal to X", "opposed to X", "close to X"
        if (tok.pos_ == "ADJ" or tok.tag_ == "VBN") and tok.lower_ in adjectives:
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
            if to is not None:
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                target = ctx.np_actor(pobj, deep=True)
                owner = None
                if tok.dep_ in ("amod",):
                    owner = ctx.np_actor(tok.head)
                    if owner is None and tok.head.dep_ == "appos":
                        owner = ctx.np_actor(tok.head.head)
                elif tok.dep_ == "acomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                    holder = tok.head if tok.dep_ == "acomp" else tok
                    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    owner = ctx.np_actor(subj)
                    if owner is None and subj is not None and subj.pos_ == "PRON":
                        owner = ctx.pronoun_actor(subj)
                if owner is None and tok.head.pos_ == "NOUN":
                    owner = ctx.np_actor(tok.head)
                ctx.add(owner, adjectives[tok.lower_], target, tok.sent, 0.7)
        # 6. stance verbs: "X funds Y", "X opposes Y", "X agreed to support Y", "X would never support Y"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs and tok.dep_ not in ("amod", "acl") \
                and not (tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)):
            _stance(ctx, tok, verbs)
        # "with Iran's backing": the owner backs the subject of the clause
        if tok.lemma_.lower() in backing and tok.pos_ == "NOUN":
            owner = next((ctx.actor(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner is not None and tok.head.dep_ == "prep" and tok.head.lower_ in ("with", "thanks"):
                verb = tok.head.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                    verb = verb.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                client = ctx.np_actor(subj)
                if client is None and subj is not None and subj.lower_ in ("who", "which", "that") \
                        and verb.dep_ == "relcl":
                    client = ctx.np_actor(verb.head)
                ctx.add(owner, backing[tok.lemma_.lower()], client, tok.sent, 0.65)
        # "X has close ties to Y", "X maintains links with Y": allied_with
        if tok.lemma_ in ("have", "maintain", "enjoy", "keep", "develop", "forge", "build", "deepen") \
                and tok.pos_ in ("VERB", "AUX"):
            _ties(ctx, tok)
        # "X provided weapons/support to Y": X backs Y
        if tok.pos_ == "VERB" and tok.lemma_ in ("provide", "give", "offer", "extend", "send", "supply", "deliver",
                                                 "funnel", "ship", "pledge"):
            _giving(ctx, tok)
        # "the X/Y alliance", "the X-Y alliance": allied_with
        if tok.text in ("/", "-") and 0 < tok.i < len(doc) - 1:
            left, right = ctx.actor(doc[tok.i - 1]), ctx.actor(doc[tok.i + 1])
            after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            if left is not None and right is not None and after is not None and doc[tok.i + 1].text[:1].isupper() \
                    and after.lower_ in ("alliance", "axis", "pact", "partnership", "coalition", "bloc"):
                ctx.add(left, "allied_with", right, tok.sent, 0.7)
        # 7. possessives: "Iran's Republican Guard", "X's Amal party"
        if tok.dep_ == "poss" and a is not None:
            owned = ctx.actor(tok.head)
            if owned is not None and owned != a:
                ko, ka = ctx.kind(owned), ctx.kind(a)
                if ka == "country" and ko == "organization":
                    sub = ctx.subkind(owned)
                    if sub in STATE_LIKE_SUBKINDS or sub is None and _state_like_name(ctx, owned):
                        ctx.add(owned, "part_of", a, tok.sent, 0.7)
                elif ka == "person" and ko == "organization" and not ctx.actors[owned].key.startswith("movement:"):
                    sub = ctx.subkind(owned)
                    ctx.add(a, "leader_of" if sub == "coalition" else "member_of", owned, tok.sent, 0.6)
                elif ka == "organization" and ko == "organization":
                    ctx.add(owned, "part_of", a, tok.sent, 0.55)
    for person, org, tok_i in getattr(doc._, "km_derived", None) or []:
        ctx.add(person, "leader_of", org, doc[tok_i].sent, 0.7)
    return ctx.hits


def _stance(ctx: _Ctx, tok: Token, verbs: dict) -> None:
    lemma = tok.lemma_.lower()
    typ = verbs[lemma]
    neg = [c for c in tok.children if c.dep_ == "neg"]
    if neg:
        if typ == "backs" and any(c.lower_ == "never" for c in neg):
            typ = "opposes"  # "would never support X"
        else:
            return
    head = tok
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    while subj is None and head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head  # "X agreed to support Y", "X met Y and backed Z"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with",)), None)
        if prep is not None and lemma in ("ally", "align"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return
    s_actor = ctx.np_actor(subj)
    if s_actor is None and subj is not None and subj.lower_ in ("who", "which", "that") and head.dep_ == "relcl":
        s_actor = ctx.np_actor(head.head)  # "X, who heads Y"
    elif s_actor is None and subj is not None and subj.pos_ == "PRON":
        s_actor = ctx.pronoun_actor(subj)
    objs = [obj, *obj.conjuncts]
    targets = [ctx.np_actor(o, deep=True) for o in objs]
    conf = 0.55 if lemma == "support" else 0.7
    for t in targets:
        ctx.add(s_actor, typ, t, tok.sent, conf)
    # "..., and so have X, Y and Z": the same tie for each
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_ in ("have", "do", "be"):
            if any(x.lower_ == "so" for x in c.children):
                subj2 = next((x for x in c.children if x.dep_ in ("nsubj", "attr", "dobj")), None)
                if subj2 is not None:
                    for x in _list_members(subj2):
                        for t in targets:
                            ctx.add(ctx.np_actor(x), typ, t, tok.sent, conf - 0.1)


TIE_NOUNS = {"tie", "ties", "link", "links", "relations", "relationship", "connections", "alliance", "partnership"}


def _ties(ctx: _Ctx, verb: Token) -> None:
    if any(c.dep_ == "neg" for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in TIE_NOUNS), None)
    if obj is None:
        return
    if any(c.lower_ in ("tense", "strained", "hostile", "bad", "poor", "frosty") for c in obj.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    owner = ctx.np_actor(subj)
    if owner is None and subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        owner = ctx.np_actor(verb.head)
    elif owner is None and subj is not None and subj.pos_ == "PRON":
        owner = ctx.pronoun_actor(subj)
    for prep in (c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.lower_ in ("to", "with")):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            for q in (p, *p.conjuncts):
                ctx.add(owner, "allied_with", ctx.np_actor(q, deep=True), verb.sent, 0.6)


AID_NOUNS = {"support", "backing", "weapons", "arms", "funding", "funds", "money", "aid", "assistance", "training",
             "intelligence", "equipment", "ammunition", "missiles", "drones", "rockets", "cash", "financing",
             "protection", "cover", "advisers", "advisors"}


def _giving(ctx: _Ctx, verb: Token) -> None:
    if any(c.dep_ == "neg" for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in AID_NOUNS and not any(
            c.lemma_.lower() in AID_NOUNS for c in obj.conjuncts):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    giver = ctx.np_actor(subj)
    if giver is None and subj is not None and subj.pos_ == "PRON":
        giver = ctx.pronoun_actor(subj)
    receivers = []
    for p in [*verb.children, *obj.children]:
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for"):
            receivers += [c for c in p.children if c.dep_ == "pobj"]
        elif p.dep_ == "dative":
            receivers.append(p)
    for r in receivers:
        ctx.add(giver, "backs", ctx.np_actor(r), verb.sent, 0.7)


def _article_noise(doc: Doc) -> bool:
    """Machine-'spun' text writes "a" for "the" ("a arm of", "a Iran-backed"): then "a" says nothing."""
    if doc._.km_article_noise is None:
        bad = sum(1 for t in doc[:-1] if t.lower_ == "a" and doc[t.i + 1].text[:1].lower() in "aeiou"
                  and doc[t.i + 1].is_alpha and doc[t.i + 1].lower_ not in ("one", "union", "unit", "united", "use",
                                                                             "user", "european", "university"))
        doc._.km_article_noise = bad >= 3
    return doc._.km_article_noise


def _list_members(tok: Token) -> list[Token]:
    """A coordinated list, however the parser chained it (conj and appos links)."""
    out, todo, seen = [], [tok], set()
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return sorted(out, key=lambda t: t.i)


def _state_like_name(ctx: _Ctx, a: int) -> bool:
    name = norm(ctx.actors[a].name)
    return any(w in name.split() for w in ("guard", "guards", "corps", "army", "force", "forces", "ministry",
                                           "intelligence", "police", "navy", "council", "government"))


def _role_ties(ctx: _Ctx, owner: int, role: Token, of_phrases: dict, adjectives: dict) -> None:
    kb = ctx.kb
    lemma = norm(role.lemma_)
    text = norm(role.text)
    # compound role words: "prime minister", "supreme leader"
    compound = " ".join(norm(c.text) for c in role.children if c.dep_ == "compound" and c.i < role.i)
    full = f"{compound} {text}".strip()
    typ = _role_relation(kb, full) or _role_relation(kb, lemma) or _role_relation(kb, text)
    if typ == "leader_of" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in role.children) \
            and not _article_noise(ctx.doc):
        typ = "member_of"  # "a commander of X" is one of its commanders
    phrase = of_phrases.get(lemma) or of_phrases.get(text)
    if phrase and (typ is None or typ == "member_of" and phrase != "member_of"):
        typ = phrase
    if typ == "part_of" and ctx.kind(owner) == "person":
        # "X, the head of Y, the military wing of Z": the wing is Y, the closest organisation before
        owner = next((ctx.actor(ctx.doc[i]) for i in range(role.i - 1, role.sent.start - 1, -1)
                      if ctx.actor(ctx.doc[i]) is not None), owner)
    poss_owner = next((ctx.actor(c) for c in role.children if c.dep_ == "poss"), None)
    if poss_owner is not None and typ in ("leader_of", "member_of", "allied_with", "opposes"):
        ctx.add(owner, typ, poss_owner, role.sent, 0.75)  # "Iran's ambassador", "Hezbollah's closest ally"
    elif poss_owner is not None and typ in ("backs",):
        ctx.add(poss_owner, typ, owner, role.sent, 0.7)  # "Iran's patron" reads the other way round
    for obj in _of_object(role):
        target = ctx.np_actor(obj, deep=typ in ("opposes", "allied_with"))
        if target is not None and obj.head.lower_ in ("in", "at") and ctx.kind(target) == "country" \
                and (poss_owner is not None or norm(role.lemma_) in ("ambassador", "envoy", "diplomat")):
            continue  # "Iran's ambassador in Baghdad": where the post is, not whom it serves
        if target is None and obj.dep_ == "pobj":
            # "commander of the brigades of Iran's Guard": look one step deeper
            continue
        if typ:
            conf = 0.8
            t = typ
            if t in ("leader_of", "member_of") and ctx.kind(owner) == "organization":
                t = "member_of" if t == "member_of" else "part_of"
            ctx.add(owner, t, target, role.sent, conf)
        # nested: "commander of the X brigades of Iran's Revolutionary Guard Corps" -> X part_of Guard
        for inner in _of_object(obj):
            inner_actor = ctx.np_actor(inner)
            if target is not None and inner_actor is not None and ctx.kind(target) == "organization":
                ctx.add(target, "part_of", inner_actor, role.sent, 0.6)
    # "the militia loyal to X" inside an apposition
    for c in role.children:
        if c.pos_ == "ADJ" and c.lower_ in adjectives:
            to = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")), None)
            pobj = next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
            ctx.add(owner, adjectives[c.lower_], ctx.np_actor(pobj, deep=True), role.sent, 0.75)
    # "his militia, the Tahrir Army" as apposition of a possessed noun
    poss = next((c for c in role.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and norm(role.text) in kb.org_nouns:
        p = ctx.pronoun_actor(poss)
        if p is not None:
            ctx.add(p, "leader_of" if ctx.kind(p) == "person" else "backs", owner, role.sent, 0.6)


def _title_before(ctx: _Ctx, m, person: int) -> None:
    """Role words between an organisation/state mention and a person name."""
    kb = ctx.kb
    doc = ctx.doc
    i = m.start - 1
    role_words: list[str] = []
    # role words may be inside the mention span ("Prime Minister Omar al-Haddad" tagged as one PERSON)
    inside = []
    for t in doc[m.start:m.end]:
        phrase = norm(" ".join([*inside, t.text]))
        if t.text[:1].isupper() and (phrase in kb._title_set or phrase in kb.role_words):
            inside.append(t.text)
        else:
            break
    while i >= 0 and len(role_words) < 4:
        t = doc[i]
        w = norm(t.text)
        if ctx.tok2m[i] >= 0:
            break
        if t.text in ("'s", "’s"):
            i -= 1
            continue
        if w and (w in kb._title_set or w in kb.leader_roles or w in kb.member_roles or t.text == "."
                  or (w in kb.title_words and t.text[:1].isupper())
                  or (w == "of" and i > 0 and ctx.tok2m[i - 1] < 0 and norm(doc[i - 1].text) in kb.title_words)
                  or w in ("vice", "deputy", "supreme", "foreign", "defense", "defence", "interior", "senior", "top",
                           "ministry", "affairs", "office", "army", "military", "security", "intelligence",
                           "parliament", "parliamentary", "party", "movement", "bloc")):
            if t.text != ".":
                role_words.insert(0, t.text)
            i -= 1
            continue
        break
    roles = [*role_words, *inside]
    if not roles or i < 0 or ctx.tok2m[i] < 0:
        return
    org = ctx.actor(doc[i])
    if org is None:
        return
    phrase = norm(" ".join(roles))
    if ctx.kind(org) == "country":
        words = phrase.split()
        heads = any(" ".join(words[i:j]) in kb.head_of_state_titles
                    for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        typ = "leader_of" if heads else "member_of"
        if phrase.startswith(("vice", "deputy", "foreign", "defense", "defence", "interior", "former")):
            typ = "member_of"
    else:
        typ = _role_relation(kb, phrase) or _role_relation(kb, roles[-1]) or "member_of"
    ctx.add(person, typ, org, doc[m.start].sent, 0.75)
