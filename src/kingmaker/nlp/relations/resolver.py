"""PhraseResolver: which actor a noun phrase, a pronoun, a title or a description names in a Doc, and the
tie list a Doc's rules add to (``PhraseResolver.add``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kingmaker.ingest.dates import place_date_line
from kingmaker.knowledge import knowledge, norm
from kingmaker.nlp import (BULLETS, doc_span, doc_text, per_doc, quoted, read_tokens, token_children, token_deps,
                           token_lowers, token_texts, tokens_within)
from kingmaker.nlp import in_any
from kingmaker.nlp.relations.shared import (ACTOR_KINDS, PRONOUN_KINDS, _BODY, _Group, _legal_form_name, _list_members,
                                            _lower_positions, _no_longer, _positions, _same_stem, _semicolon_after,
                                            _state_adjective, _told_as_past, _unreal, _venue, _verb_in, cues)
# an answer's line after a question's: its label ("A:", "A3.", "ANSWER:", "Answer 3:"), before the answer
_ANSWER_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:A\d{0,2}[.:)]|ANSWER\s*\d{0,2}[.:]|Answer\s*\d{0,2}[.:])[ \t]+(?=\S)")
# an answer that is only a name (a few capitalised words, a full stop) and a note on the next line: its label and text
_ANSWER_NOTE = re.compile(r"^[ \t]*(?:ANSWER|Answer|A)\s*\d{0,2}[.:][ \t]+((?:[Tt]he )?[A-Z][^\n.,;:!?]{1,60}?)\.?[ \t]*\n"
                          r"[ \t]*(?:NOTES?|Notes?)[ \t]*:[ \t]+([^\n]+)", re.MULTILINE)
GENDERED = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


# a line that is only a place and its state ("Velgrad, Velnia", "Port Amel, Ostravia"): an address's last line
_ADDRESS_LINE = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3},\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}")
# a header field's label opening a line or a "|" segment ("Location: ...", "Prepared by: ...")
_HEADER_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z .'/&]{0,30}?)\s*:\s")
# a dash between a header's label and its title ("TRANSCRIPT - Debate, X Radio")
_TITLE_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# a clock time ("19:30", "7.45 pm"): a schedule's line
_CLOCK_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)


@dataclass
class RelationHit:
    source: int  # local actor index
    type: str
    target: int
    span: Span  # where it is stated (evidence = its sentence)
    confidence: float


_WORD_RUN = re.compile(r"\w+")


@functools.lru_cache(maxsize=4096)
def _state_name_pattern(state: str) -> re.Pattern:
    """``state``'s name or an adjective of it (``actors._demonym_forms``) as whole words, in any case.

    >>> words = _state_name_pattern("Vornesia")
    >>> bool(words.search("THE VORNESIAN ALMANACK")), words.search("the Velnian almanack")
    (True, None)
    """
    from kingmaker.nlp.actors import _demonym_forms  # the one rule for a state's adjectives (lazy: no cycle)

    forms = sorted({f.lower() for f in (state, *_demonym_forms(state))}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b", re.IGNORECASE)


def _written_word(doc: Doc, word: str) -> bool:
    """Whether the text writes ``word`` as a whole word, in that case (``re.search(r"\b" + word + r"\b", text)``),
    looked up in the set of the text's words built once per Doc instead of a scan of the text per word asked.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Varnek council met; varnekian envoys left.")
    >>> [_written_word(doc, w) for w in ("council", "varnek", "varnekian", "envoy")]
    [True, False, True, False]
    """
    if not _WORD_RUN.fullmatch(word):  # (a word with other characters: the scan itself)
        return re.search(r"\b" + word + r"\b", doc_text(doc)) is not None
    return word in per_doc(doc, "written_words", lambda d: frozenset(_WORD_RUN.findall(doc_text(d))))


def _lemma_positions(doc: Doc) -> dict[str, tuple[int, ...]]:
    """Each lower-case lemma's token positions, in order (built once per Doc: a label looked back for is
    found without a walk over the text before it)."""
    return _positions(token_lowers(doc)[1])


def _title_mods(tok: Token) -> list[Token]:
    """The words of a title before its head, "prime" of "the prime minister", "Crown" of "the Crown Prince"
    (adjacent, in order; capitalised only on a capitalised head)."""
    cap = tok.text[:1].isupper()
    doc, _tk = tok.doc, read_tokens(tok.doc)  # (the left children read off the per-Doc tree: a Token per modifier)
    mods = [doc[j] for j in token_children(doc)[tok.i] if j < tok.i and _tk[j].dep_ in ("amod", "compound")
            and (_tk[j].is_lower or cap and _tk[j].text[:1].isupper())]
    return mods if mods and mods[-1].i == tok.i - 1 and mods[-1].i - mods[0].i == len(mods) - 1 else []


def _charge(tok: Token) -> bool:
    """``tok`` is an "of" + gerund misattached to a noun: "accused the president of lying"."""
    return tok.dep_ == "prep" and tok.lower_ == "of" and any(
        c.dep_ == "pcomp" or c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lower_.endswith("ing") for c in tok.children)


def _aside(tok: Token) -> bool:
    """``tok`` opens a participle phrase set off by commas after its noun: "the government, based in X, ..."
    (a description of the noun, naming no other party as its owner)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
        and tok.i > tok.head.i


def group_noun_kinds(lemma: str) -> frozenset[str] | None:
    """The kinds of actor a noun naming several actors told before stands for: persons for relations.yaml
    group_person_nouns ("the two men"), states or bodies for group_state_nouns ("both countries"); None for any
    other ("the two sides", "all four parties"). Read by the resolver's group phrases and the events' pairs."""
    c = cues()
    if lemma in c.group_person_nouns:
        return _GROUP_PERSONS
    return _GROUP_STATES if lemma in c.group_state_nouns else None


_GROUP_PERSONS = frozenset({"person"})
_GROUP_STATES = frozenset({"country", "organization"})


_GROUP_SUBJ = ("nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _charge_of(prep: Token) -> bool:
    """An "of" phrase that opens with a gerund ("accused the rebels of burning schools", "of looting shops"): the
    charge of the verb before the noun, which the parser may hang on the noun with the gerund as the adjective of
    its own object; no description of the noun ("the fighters of the north")."""
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return nxt is not None and nxt.tag_ == "VBG" and prep.i in (nxt.head.i, nxt.head.head.i)


def _harmed_force(doc: Doc, m) -> bool:
    """A state's mention that ends in its men harmed ("killing four Velnian soldiers": nlp.actors folds them into the
    state, roles.yaml harmed_personnel_nouns) where the noun names its forces (roles.yaml state_institutions)."""
    kb = knowledge()
    last = norm(doc[m.end - 1].text) if m.end - m.start > 1 else ""
    return last in kb.harmed_personnel_nouns and kb.state_institutions.get(last, ("",))[0] == "military"


def _mission_abroad(doc, end: int) -> bool:
    """Whether the diplomatic mission named right after a state's mention ending at ``end`` ("the Kavelian embassy
    in Accra", "Kavel's consulate at Lyon") is placed in a named place: a state's mission abroad, which says nothing
    against the story being about that state (only a mission with no place, "Kavel's embassy says the same", is a
    foreign power's where the story is set)."""
    from kingmaker.nlp.actors import mission_noun_length  # (lazy: no import cycle)

    words = token_texts(doc)
    for j in range(end, min(end + 3, len(doc) - 2)):
        n = mission_noun_length(words, j, cues().diplomatic_mission_nouns)
        if n:
            k = j + n  # (the word after the mission's name: "High Commission in X")
            return k + 1 < len(doc) and words[k] in ("in", "at") and words[k + 1][:1].isupper()
    return False


class _Ctx:
    """Resolves phrases and pronouns to the document's actors and collects relation hits."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions = doc._.km_mentions or []
        self.actors = doc._.km_actors or []
        self.tok2m = doc._.km_tok2m or [-1] * len(doc)
        # each token's actor (``actor``), read once: the mentions and actors are final once this stage runs, and
        # every rule asks it of the tokens it passes, many times per token
        self._tok_actor = [None if m < 0 else self._mention_actor(m) for m in self.tok2m]
        self.kb = knowledge()
        self.hits: list[RelationHit] = []
        # "her foreign minister, X": (X, the person whose minister X is, sentence); X serves the state that
        # person leads (settled once all ties are read)
        self.served: list[tuple[int, int, Span]] = []
        # "the army chief, X" with no state named: (X, sentence); X leads the military of X's state
        self.force_posts: list[tuple[int, Span, str]] = []  # (person, sentence, "military" / "police")
        # "Tolvan's deputy, X": (X, Tolvan, sentence); X is a member of what Tolvan leads (settled at the end)
        self.deputies: list[tuple[int, int, Span, bool]] = []  # (holder, principal, sentence, organisation only)
        # "named X as Mwaura's successor": (X, Mwaura, sentence); X leads what Mwaura led (settled at the end)
        self.successors: list[tuple[int, int, Span]] = []

    def actor(self, tok: Token | None) -> int | None:
        """The actor ``tok`` names (a person, organisation or country), from its mention."""
        return None if tok is None else self._tok_actor[tok.i]

    def _mention_actor(self, i: int) -> int | None:
        """The actor of mention ``i``, when it is a person, organisation or country."""
        a = self.mentions[i].actor
        if a < 0 or self.actors[a].kind not in ACTOR_KINDS:
            return None
        return a

    def kind(self, a: int) -> str:
        return self.actors[a].kind

    def named(self, text: str) -> int | None:
        """The actor one of whose names is ``text`` (normalised); the first one met when several share it."""
        if not hasattr(self, "_by_name"):
            self._by_name: dict[str, int] = {}
            for a in self.actors:
                if a.kind in ACTOR_KINDS:
                    for n in a.names:
                        self._by_name.setdefault(norm(n), a.idx)
        return self._by_name.get(norm(text))

    def subkind(self, a: int) -> str | None:
        return self.actors[a].subkind

    def np_actor(self, tok: Token | None, deep: bool = False) -> int | None:
        """The actor a noun phrase headed by ``tok`` names (itself, its name in apposition, "called X")."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if tok is None:
            return None
        a = self.actor(tok)
        if a is None and (members := self.group_members(tok)) is not None:
            return _Group(members)  # "the two sides", "all four": each of the actors named together before
        if a is None:
            a = self.section_topic(tok)
        if a is None:
            a = self.section_person(tok)
        if a is None and _asked_for(tok):
            a = self.question_answer(tok)  # "Who became prime minister?" over "ANSWER: X.": X, for every rule
            if a is not None and tok.lower_ == "who" and self.kind(a) != "person":
                a = None  # ("who" asks for a person: an answer not found to be one is not read as the asker's)
        if a is not None:
            return a
        for c in tok.children:
            if c.dep_ in ("appos",) and c.i > tok.i:
                a = self.actor(c)
                if a is None:  # "the partner Unity and Order (UO)": a name known by its bracketed acronym
                    a = next((self.actor(b) for b in c.children if b.dep_ == "appos" and b.i > 0
                              and _tk[b.i - 1].text == "(" and self.actor(b) is not None), None)
                if a is not None:
                    return a
            if c.dep_ == "acl" and c.lemma_ in ("call", "name", "know"):
                for cc in c.children:
                    if cc.dep_ == "prep" and cc.lower_ == "as":  # "the militia known as the X Rangers"
                        cc = next((p for p in cc.children if p.dep_ == "pobj"), cc)
                    if cc.dep_ in ("oprd", "attr", "dobj", "xcomp", "pobj"):
                        a = self.actor(cc)
                        if a is not None:
                            return a
            named = c if c.dep_ == "relcl" else _self_naming_after_of(c)
            if named is not None and norm(named.lemma_) in cues().self_naming_verbs \
                    and any(x.dep_ == "dobj" and x.lower_ in REFLEXIVES for x in named.children):
                # "the group, which calls itself X", "the militia, which styles itself X": the name it gives itself
                for cc in named.children:
                    if cc.dep_ in ("oprd", "attr", "xcomp", "dobj", "appos") and cc.lower_ not in REFLEXIVES:
                        a = self.actor(cc)
                        if a is not None:
                            return a
        # "organisation Liwa X" parsed apart: a named actor right after a generic noun
        nxt = tok.i + 1
        if nxt < len(self.doc) and _tk[nxt].pos_ == "PROPN":
            a = self.actor(self.doc[nxt])
            if a is not None and norm(tok.text) in self.kb.org_nouns:
                return a
        if nxt + 1 < len(self.doc) and _tk[nxt].text == "," and self.tok2m[nxt + 1] >= 0 \
                and norm(tok.text) in self.kb.org_nouns:
            # "he launched a party, Y." with the apposition parsed apart: the organisation named right after
            m = self.mentions[self.tok2m[nxt + 1]]
            root = self.doc[m.start:m.end].root
            a = self.actor(self.doc[nxt + 1])
            if a is not None and self.kind(a) == "organization" and root.dep_ not in ("nsubj", "nsubjpass") \
                    and (m.end == len(self.doc) or _tk[m.end].is_punct):
                return a
        a = self.seated_ruler(tok)
        if a is not None:
            return a
        a = self.definite(tok)
        if a is not None:
            return a
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            # "a force paid and armed by the kingdom": the agent of a passive is the kingdom named before (a subject,
            # "the kingdom supported the decision", is more often a one-off stance in a quote than a lasting tie)
            a = self.polity_back(tok)
            if a is not None:
                return a
        home = self.home_ruler(tok)
        if home is not None:
            return home
        a = self.bare_title(tok)  # "the President", "the president": the one person so titled before
        if a is not None:
            return a
        a = self.labelled_group(tok, titles=True)  # "the rebels", "the cleric": the one actor so labelled before
        if a is not None:
            return a
        a = self.subject_title(tok)  # "General X retired. The general now heads Y": the one person so titled before
        if a is not None:
            return a
        a = self.aged_person(tok)  # "X spoke on Monday. The 54-year-old now leads Y": the person just written of
        if a is not None:
            return a
        a = self.former_holder(tok)  # "X was dismissed. The former colonel founded Y": the person just written of
        if a is not None:
            return a
        a = self.armed_plural(tok)  # "the rebels": the one armed group named in its sentence or just before
        if a is not None:
            return a
        a = self.led_body(tok)
        if a is not None:
            return a
        owner = self.described_owner(tok) if tok.pos_ == "NOUN" else None
        if owner is not None and owner is not tok:  # "the movement loyal to X", "a government led by X"
            a = self.np_actor(owner)
            if a is not None:
                return a
        if tok.lower_ in self.kb.state_nouns:  # "the government of Yemen"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        a = self.actor(p) if p.dep_ == "pobj" else None
                        if a is not None and self.kind(a) == "country":
                            return a
        if tok.pos_ == "NOUN" and norm(tok.text) in cues().polity_nouns:  # "the Gulf emirate of X": the state X
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        a = self.actor(p) if p.dep_ == "pobj" else None
                        if a is not None and self.kind(a) in ("country", "organization"):
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
                    if a is None and c.pos_ == "PROPN" and self.tok2m[c.i] < 0:
                        a = self.surname_actor(c)  # "a Tolvan government": the person named before
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

    def group_count(self, tok: Token | None) -> tuple[int, frozenset[str]] | None:
        """The number of actors a group phrase headed by ``tok`` stands for, and the kinds they may be: "both
        sides", "both" (2), "the two parties", "the three", "all four", "these five groups" (a number after a
        determiner of relations.yaml group_determiners, or "both", alone or before a noun of group_nouns); the kinds
        as the noun names them (group_person_nouns persons, group_state_nouns states or bodies; any for "sides",
        "parties" or no noun). Not "two parties" (any two, none told before), nor "both A and B"."""
        from kingmaker.nlp.facts import UNITS

        if tok is None or tok.dep_ not in _GROUP_SUBJ or tok.lower_ in ("both",) and tok.dep_ == "conj":
            return None
        c = cues()
        kinds = frozenset(ACTOR_KINDS)
        if tok.pos_ == "NOUN":
            lem = norm(tok.lemma_)
            if lem not in c.group_nouns and norm(tok.text) not in c.group_nouns:
                return None
            kinds = group_noun_kinds(lem) or kinds
            if any(x.dep_ in ("appos", "acl", "relcl") and x.i > tok.i or x.dep_ in ("amod", "compound")
                   for x in tok.children):
                return None  # ("the four countries known as the Quad", "the two main Kurdish parties": named anew
                # or narrowed by a description the list need not fit)
            words = [x for x in tok.children if x.i < tok.i]
            num = next((x for x in words if x.dep_ == "nummod"), None)
            if num is None:
                return (2, kinds) if any(x.lower_ == "both" and x.dep_ in ("det", "predet") for x in words) else None
            dets = [x for x in words if x.dep_ in ("det", "predet")] + [x for x in num.children if x.dep_ in (
                "det", "predet", "advmod", "quantmod")]
        elif tok.lower_ == "both":
            return (2, kinds) if tok.dep_ in ("nsubj", "nsubjpass") else None
        elif tok.pos_ == "NUM":
            num, dets = tok, [x for x in tok.children if x.dep_ in ("det", "predet", "advmod", "quantmod")]
            if any(x.dep_ == "prep" for x in tok.children):
                return None  # ("the two of them", "all four of its members": counted, not named again)
        else:
            return None
        n = UNITS.get(num.lower_)
        if n is None or not 2 <= n <= 6 or not any(norm(d.text) in c.group_determiners for d in dets):
            return None
        return n, kinds

    def group_members(self, tok: Token | None) -> list[int] | None:
        """The actors a group phrase (``group_count``) stands for: the closest list of exactly that many named
        actors of a fitting kind coordinated ("A, B and C", "between A and B") in its sentence before it or the
        two sentences before (six for three or more). None when there is none: the two ends of a clause just told
        are not taken ("X blacklisted Y. ... Both sides accepted a truce" are the war's sides)."""
        if tok is None or self.__dict__.get("_in_group"):
            return None
        counted = self.group_count(tok)
        if counted is None:
            return None
        n, kinds = counted
        self._in_group = True
        try:
            return self._group_members(tok, n, kinds)
        finally:
            self._in_group = False

    def _group_members(self, tok: Token, n: int, kinds: frozenset[str]) -> list[int] | None:
        # (a list of three or more, rarer, may be a paragraph back: "The ministry named A, B, C and D. ... All four")
        start = self._sentences_back(tok.sent.start, 2 if n == 2 else 6)
        doc = self.doc
        for i in range(tok.i - 1, start - 1, -1):
            t = doc[i]
            if t.dep_ in ("conj", "appos") or t.pos_ not in ("NOUN", "PROPN") \
                    or not any(c.dep_ == "conj" for x in _list_members(t) for c in x.children):
                continue  # (the head of a list: "A, B and C" may be parsed as appositions and conjuncts)
            chain = [x for x in _list_members(t) if x.pos_ in ("NOUN", "PROPN")]
            if max(x.i for x in chain) >= tok.i:
                continue
            found = [self.np_actor(x, deep=True) for x in sorted(chain, key=lambda x: x.i)]
            if any(a is None for a in found):
                continue
            found = list(dict.fromkeys(found))
            if len(found) == n and all(self.kind(a) in kinds for a in found):
                return found
        return self._subjects_before(tok, kinds) if n == 2 else None

    def _subjects_before(self, tok: Token, kinds: frozenset[str]) -> list[int] | None:
        """"A handed the town back. Earlier this year B gave up the port. Both groups had ...": with no list of two
        before, the two bodies the two sentences just before are about (each one's single main subject, a named
        organisation), when they differ and the group phrase opens its own sentence's main clause."""
        doc = self.doc
        sent = tok.sent
        if "organization" not in kinds or sent.start < 2 or tok.head.dep_ != "ROOT" \
                or any(self.actor(t) is not None for t in doc[sent.start:tok.i]):
            return None
        prev = doc[sent.start - 1].sent
        if prev.start < 1:
            return None
        found = []
        for s in (doc[prev.start - 1].sent, prev):
            # (one named subject: "Bad news: the X Army handed ...", the parser's second subject naming no one)
            named = {self.np_actor(h) for h in self.main_subjects(s) if not h.conjuncts} - {None}
            if len(named) != 1 or self.kind(a := next(iter(named))) != "organization" \
                    or norm(s.root.lemma_) in _reaction_verbs():
                return None  # (nor a body judging what the other did: "The Coastal League condemned the move")
            found.append(a)
        return found if found[0] != found[1] else None

    def led_body(self, tok: Token) -> int | None:
        """"X's group", "X's movement" (a group noun owned by a named person): the one organisation the text
        has already said X leads; None when it said none or several."""
        if tok.pos_ != "NOUN" or norm(tok.text) not in self.kb.org_nouns:
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or c.lower_ in GENDERED and PRONOUN_KINDS.get(c.lower_) or c.lower_ == "my")), None)
        if poss is None or poss.pos_ != "PROPN" and tok.lower_ in self.kb.state_nouns:
            return None  # ("his government" of a premier is his state's, not his party)
        # "his militia", "her party": the person the possessive pronoun stands for, as for a named owner ("my party":
        # the person speaking, ``first_person``)
        person = self.actor(poss) if poss.pos_ == "PROPN" else self.first_person(poss) if poss.lower_ == "my" \
            else self.pronoun_actor(poss)
        if person is None or isinstance(person, _Group) or self.kind(person) != "person":
            return None
        led = {h.target for h in self.hits if h.source == person and h.type == "leader_of"
               and self.kind(h.target) == "organization"}
        if not led and norm(tok.text) in self._membership_nouns():
            # "his party" of one who leads none: the one party he is a member of
            led = {h.target for h in self.hits if h.source == person and h.type == "member_of"
                   and self.kind(h.target) == "organization" and self.subkind(h.target) == "party"}
        return led.pop() if len(led) == 1 else None

    def first_person(self, tok: Token) -> int | None:
        """The person "I", "me" or "my" stands for: the labelled speaker of an interview's or a transcript's turn
        ("Name: My party will ..."), else the person of the document's own voice outside quotation marks (a speech
        under "Speech by NAME", a letter signed by NAME; nlp/layout.py ``voice_person``), else, within quotation
        marks, the named person the sentence attributes them to ('"My party backs her," said X', 'X said: "My
        party ..."'); None when it is not clear (an unsigned column, a quote with no named speaker)."""
        if tok.lower_ not in ("i", "me", "my") or _narrators_aside(tok):
            return None
        person = self.turn_speaker(tok)
        if person is None:
            from kingmaker.nlp.layout import voice_person

            person = voice_person(self, tok)
        if person is None and quoted(tok):
            person = self._quote_attributed(tok)
        return person if person is not None and self.kind(person) == "person" else None

    def _quote_attributed(self, tok: Token) -> int | None:
        """'"My party backs her," X said', '"...," said X', 'X said: "My party ..."': the named subject of the
        reporting verb (relations.yaml report_verbs) heading ``tok``'s sentence outside the quotation, or the person
        its "he"/"she" stands for ('"...," she said'); None for another pronoun or any other sentence."""
        root = tok.sent.root
        if quoted(root) or root.lemma_ not in cues().report_verbs:
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i <= tok.i <= subj.right_edge.i:
            return None
        if subj.lower_ in ("he", "she"):
            return self.pronoun_actor(subj)  # ('"I back her," he said': the person "he" stands for)
        return self.actor(subj) if subj.pos_ != "PRON" else None

    def _membership_nouns(self) -> frozenset[str]:
        """Group nouns a member calls his own as well as a leader does ("his party"; not "his militia")."""
        return frozenset({"party"})

    def described_owner(self, tok: Token) -> Token | None:
        """The name a described noun phrase points to: "the movement loyal to X", "groups close to X"
        (X), "a government led by X" (X); the token naming it, or None."""
        for adj in tok.children:
            # ("units linked to X", "forces aligned with X": the parser's participle clause on a plural force noun,
            # word_lists.follower_nouns, reads as the adjective does; not "Y, a militia allied to X", which
            # describes Y)
            if (adj.dep_ == "amod" or adj.dep_ == "acl" and adj.tag_ == "VBN" and tok.tag_ == "NNS"
                and tok.dep_ != "appos" and norm(tok.text) in cues().follower_nouns) \
                    and adj.lower_ in cues().loyal_words \
                    and not (adj.dep_ == "acl" and (_told_as_past(adj) or _no_longer(adj)
                                                    or any(c.dep_ == "neg" for c in adj.children))):
                # (not "fighters no longer linked to X", "units once aligned with X": men who were X's)
                for prep in adj.children:
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if prep.dep_ == "prep" and pobj is not None:
                        return pobj
        faction = norm(tok.lemma_) in cues().led_faction_nouns or any(  # ("the splinter group led by X")
            c.dep_ in ("amod", "compound") and c.i == tok.i - 1 and norm(f"{c.lower_} {tok.lemma_}")
            in cues().led_faction_nouns for c in tok.children)
        if tok.lower_ in cues().ruling_nouns or faction and not any(
                c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            # ("the faction led by X": X; not "the Y Party's wing led by X", which names the body it is part of)
            for acl in tok.children:
                agent = next((c for c in acl.children if c.dep_ == "agent"), None) if acl.dep_ == "acl" else None
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None and acl.lemma_ in cues().leading_lemmas:
                    return pobj
        return None

    def bare_title(self, tok: Token, any_title: bool = False) -> int | None:
        """"the President" (a capitalised title) or "the president" (a head of state's title, lower case, or a
        local head's, relations.yaml bare_local_titles: "Governor X ... opposes the governor"): ``titled``; with ``any_title``, any bare lower-case title the article put before a name ("Judge X ...
        met the judge", "General X ... the general said"; not one with words before it, "the new minister",
        which may set another person apart); None for any other word."""
        mods = _title_mods(tok)
        # "the outgoing president", "the interim president": the president still (relations.yaml tenure_words)
        mods = [m for m in mods if norm(m.text) not in self._tenure_words()]
        title = " ".join([m.lower_ for m in mods] + [tok.lower_])
        if self.tok2m[tok.i] >= 0 or not (tok.pos_ == "PROPN" and tok.tag_ == "NNP" and all(
                m.text[:1].isupper() for m in mods) or tok.is_lower and tok.tag_ == "NN"
                                          and (any_title and not mods or title in self.kb.head_of_state_titles
                                               or title in (self.kb.relations.get("bare_local_titles") or ()))):
            return None
        found = self.titled(tok)
        if found is None and any_title and not mods and tok.is_lower and tok.tag_ == "NN" \
                and all(c.dep_ in ("det", "punct", "case") or c.dep_ == "prep" and (not (
                    c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)) or self.charge_on(tok, c))
                        for c in tok.children):
            # "elected X as governor ... Y accused the governor of ...": the one person given that office before
            # (not "the president of the X Front": a body's office named anew)
            found = self._given_office(tok)
        return found

    def subject_title(self, tok: Token) -> int | None:
        """"Colonel X seized the palace. The colonel now chairs Y", "General X retired in May. The general heads Y": a
        bare lower-case title as the subject of its clause (the person a news story goes on writing of) is the one
        person the article put that title before ("Colonel X"), or gave that office ("elected X as governor"), as
        ``bare_title`` reads any title; None for any other phrase, an object ("met the general": another one may be
        meant), or when several people were so titled."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.is_lower or tok.tag_ != "NN":
            return None
        return self.bare_title(tok, any_title=True)

    def aged_person(self, tok: Token) -> int | None:
        """"X took the oath on Monday. The 54-year-old has spent two decades in Y": an age standing for a person, as
        the subject of its clause (no noun after it: "the 54-year-old lawyer" is described anew), is the person the
        article gave that age before ("X, 54,"), else the person the sentence before is about (its main subject, else
        the one person it names); None when a person is named before it in its own sentence (either may be meant),
        for any other phrase, or when the sentence before names several people and is about none of them."""
        _tk = read_tokens(self.doc)
        i = tok.i
        if tok.tag_ == "RB" and i > 0 and _tk[i - 1].lower_ == "old" and _tk[i - 1].head.i == i:
            i -= 1  # ("The 54-year-old now leads Y" parsed with "now" for the subject, the age its modifier)
        if _tk[i].lower_ != "old" or tok.dep_ not in ("nsubj", "nsubjpass") or i < 5 \
                or [t.lower_ for t in _tk[i - 3:i]] != ["-", "year", "-"] or not _tk[i - 4].like_num \
                or _tk[i - 5].lower_ != "the":
            return None
        age = _tk[i - 4].text
        given = set()
        for m in self.mentions:
            a = m.actor
            if m.start < i and a >= 0 and self.actors[a].kind == "person" and m.end + 1 < i and _tk[m.end].text == "," \
                    and _tk[m.end + 1].text == age:
                given.add(a)  # "X, 54, ..."
        if len(given) == 1:
            return given.pop()
        return self._person_written_of(tok, i - 5)

    def former_holder(self, tok: Token) -> int | None:
        """"X was the quiet technocrat of the cabinet. This week the former finance minister was elected leader of Y",
        "X was dismissed. The retired colonel founded Y": a person's title noun told as past (word_lists.
        former_title_words, lower-case title words only between), as the subject of its clause, is the person the
        sentence before is about (``_person_written_of``): a past post describes a person, it names no office now.
        None for a title with anything else on it ("the former minister of X", "the former minister who ..."), for
        a present title ("the finance minister" may be another person), or a word that is no title."""
        words = cues().former_title_words
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or not tok.is_lower or self.tok2m[tok.i] >= 0:
            return None
        title = norm(tok.text)
        if title not in self.kb.role_words and title not in self.kb.person_cues and title not in self.kb.titles:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or not any(
                c.dep_ == "amod" and norm(c.text) in words for c in tok.children) or any(
                c.i > tok.i or c.dep_ not in ("det", "amod", "compound") or c.dep_ != "det" and not c.is_lower
                for c in tok.children):
            return None
        return self._person_written_of(tok, tok.left_edge.i)

    def _person_written_of(self, tok: Token, first: int) -> int | None:
        """The person a description (``tok``, its first word at ``first``) opening a sentence stands for: the person
        the sentence before is about (its main subject, else the one person it names); None when a person is named
        before the description in its own sentence, when the main subject is several ("X and Y"), or the sentence
        before names several people and is about none of them."""
        own = [j for j in self._mentioned_back(first - 1, tok.sent.start - 1)
               if self.actor(self.doc[j]) is not None and self.kind(self.actor(self.doc[j])) == "person"]
        if own or tok.sent.start == 0:
            return None
        before = self.doc[tok.sent.start - 1].sent
        for subj in self.main_subjects(before):
            a = self.actor(subj) if subj.pos_ != "PRON" else self.pronoun_actor(subj)
            if any(c.dep_ == "conj" and self.actor(c) is not None for c in subj.children):
                return None  # "X and Y were seen on Monday. The 39-year-old ...": either may be meant
            if a is not None and self.kind(a) == "person":
                return a
        people = {self.actor(self.doc[j]) for j in self._mentioned_back(before.end - 1, before.start - 1)}
        people = {a for a in people if a is not None and self.kind(a) == "person"}
        return people.pop() if len(people) == 1 else None

    def new_holder(self, tok: Token) -> int | None:
        """"the new chairman", "the incoming speaker" (a lower-case title marked as newly held, relations.yaml
        new_office_words): the one person the article said was given that office before ("elected X as party
        chairman", "named X as the new premier", "X was elected speaker"); None when none or several were."""
        words = self.kb.relations.get("new_office_words") or ()
        if not any(c.dep_ == "amod" and (norm(c.text) in words or any(
                a.dep_ == "advmod" and norm(a.text) in words for a in c.children)) for c in tok.children):
            return None
        return self._given_office(tok)

    def _given_office(self, tok: Token) -> int | None:
        """"the chairman", "the governor" (a lower-case title after "the"): the one person the article said was given
        that office before ("elected X as party chairman", "re-elected X as governor", "X was elected speaker");
        None when none or several were."""
        if tok.tag_ != "NN" or not tok.is_lower or self.tok2m[tok.i] >= 0 \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        found: set[int] = set()
        for i in per_doc(self.doc, "lower_positions", _lower_positions).get(tok.lower_, ()):
            if i >= tok.i:
                break  # (the office's earlier uses only)
            t = self.doc[i]
            if t.dep_ == "dobj" and norm(t.head.lemma_) in cues().appointing_verbs:
                # "elected army chief X president": the parser takes the office for the object and the name for its
                # modifier; the person named inside it is given the office
                named = {a for c in t.children if c.dep_ == "compound" and c.i < t.i
                         for a in [self.np_actor(c)] if a is not None and self.kind(a) == "person"}
                found |= named
                continue
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head if t.dep_ == "oprd" else None
            if t.dep_ == "attr" and norm(t.head.lemma_) in cues().office_taking_verbs:
                verb = t.head  # "X became commander of Y": the office X took
            if verb is None or verb.pos_ not in ("VERB", "AUX"):
                continue  # "elected X as chairman", "was elected speaker": the office given to X
            given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if norm(verb.lemma_) in cues().office_taking_verbs and not given:
                # "X became commander", "X took over as chairman": the office the subject took
                given = [c for c in verb.children if c.dep_ == "nsubj"]
            people = {a for g in given for a in [self.np_actor(g)] if a is not None and self.kind(a) == "person"}
            if not people and norm(verb.lemma_) in cues().appointing_verbs:
                # "elected the commander of the army, General X, as president": the name set after the object
                # (an apposition, or hung on the verb by the parser)
                people = {a for c in [*verb.children, *(d for g in given for d in g.children)]
                          if c.dep_ in ("appos", "npadvmod") and c.i > t.head.i - 30
                          for a in [self.np_actor(c)] if a is not None and self.kind(a) == "person"}
            found |= people
        return found.pop() if len(found) == 1 else None

    def titled(self, tok: Token) -> int | None:
        """"the President" (a bare title, capitalised), "the prime minister": the one person this article
        named with that title before ("President X", "Prime Minister X"); None when none or several were."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        mods = _title_mods(tok)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
                c.dep_ not in ("det", "punct", "preconj", "cc", "conj", "case") and c not in mods
                and not self.charge_on(tok, c) and not self._aside_description(tok, c) for c in tok.children):
            return None  # (not "the president of the club"; "both the Emir and ..." is one; "the president's
            # plan" is: the possessive ending)
        tenure = self._tenure_words()  # ("the outgoing president": "President X", "outgoing President X")
        mods = [m for m in mods if norm(m.text) not in tenure]
        found: set[int] = set()
        for i in per_doc(self.doc, "lower_positions", _lower_positions).get(tok.lower_, ()):
            if i >= tok.i:
                break  # (the same word's earlier uses only)
            t = self.doc[i]
            if t.dep_ == "pobj" and t.head.lower_ == "of" and not any(c.dep_ == "det" for c in t.children):
                continue  # "Secretary of State X": the body of another title, not "the state('s)" (but "Office
                # of the Commander, X" is a title)
            if self.tok2m[t.i] >= 0 and t.text[:1].isupper() and not mods:
                m = self.mentions[self.tok2m[t.i]]
                a = self.actor(t)
                if m.start == t.i and m.end > t.i + 1 and a is not None and self.kind(a) == "person":
                    found.add(a)  # "King X" taken whole for the name: the title opens the person's mention
                continue
            lefts = [c for c in t.lefts if c.dep_ in ("amod", "compound") and norm(c.text) not in tenure]
            body = self._body_words(lefts, mods)
            if t.i + 1 >= len(self.doc) or not (t.text[:1].isupper() or body and t.tag_ == "NN"):
                continue  # "President X" (a title before a name), not "the president of the club, X"
            if [c.lower_ for c in lefts[len(body):]] != [m.lower_ for m in mods]:
                continue  # "the prime minister": "Prime Minister X", not "Foreign Minister Y", "Deputy Prime Minister Z"
            if t.dep_ == "appos" and t.head.i < t.i and self.actor(t.head) is not None:
                a = self.actor(t.head)  # "X, the Secretary-General's Special Envoy": the name the title is set after
                if self.kind(a) == "person":
                    found.add(a)
                continue
            a = self.actor(self.doc[t.i + 1])
            j = t.i + 1
            if a is None and t.i + 2 < len(self.doc) and _tk[j].text[:1].isupper() \
                    and norm(_tk[j].text) in self.kb.person_cues:
                # "army commander General X", "Parliament Speaker Dr X": a rank or honorific between title and name
                a = self.actor(self.doc[j + 1])
            if a is None and _tk[j].lower_ == "of" and self.doc[j].head.i == t.i:
                # "the Minister of Defence, X", "The Minister of Defence (Ms X):" (a record's witness list or
                # speaker label): the name after the office's "of" phrase
                j = self.doc[j].right_edge.i + 1
            if a is None and j + 2 < len(self.doc) and _tk[j].text in (",", "(") \
                    and (j == t.i + 1 or _tk[j].text == "(" or self.tok2m[j + 1] >= 0
                         or self.tok2m[j + 2] >= 0):
                # "the Emir, Sheikh X, ...": the title named in apposition (a person title word may come first)
                a = self.actor(self.doc[j + 1]) if self.tok2m[j + 1] >= 0 else self.actor(self.doc[j + 2])
            if a is not None and self.kind(a) == "person":
                found.add(a)
        return found.pop() if len(found) == 1 else None

    def _aside_description(self, tok: Token, c: Token) -> bool:
        """"The president, a former navy officer, chairs ...": an indefinite description set off by commas after
        a title says who the holder is, not which post ("the president of the club" does)."""
        return c.dep_ == "appos" and c.i > tok.i + 1 and self.doc[tok.i + 1].text == "," and c.pos_ == "NOUN" \
            and self.actor(c) is None and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)

    def _body_words(self, lefts: list[Token], mods: list[Token]) -> list[Token]:
        """"Parliament Speaker X", "army commander General Y", "party chairman Z" (a title glued to the body
        noun whose office it is, roles.yaml org_nouns, state_institutions, legislature_words): the leading body
        nouns of ``lefts`` that the bare title (its words ``mods``) leaves out; "the speaker", "the commander" is
        that person still. So is a body's own name glued to the title ("Banque du X governor Y", "X Front
        commander Z": "the governor", "the commander"). Empty when there are none or the bare title names the
        body itself."""
        kb = self.kb
        body: list[Token] = []
        for c in lefts[:len(lefts) - len(mods)]:
            word = norm(c.text)
            if c.pos_ not in ("NOUN", "PROPN") or not (
                    word in kb.org_nouns or word in kb.state_institutions or word in kb.legislature_words
                    or self._named_body(c)):
                break
            body.append(c)
        return body

    def _named_body(self, tok: Token) -> bool:
        """``tok`` is a word of an organisation's name (an actor's mention): "Banque du X" of "Banque du X governor Y"
        (not a state's: "Karvelian Foreign Minister Y" is another state's minister than "the Foreign Minister")."""
        a = self.actor(tok) if self.tok2m[tok.i] >= 0 else None
        return a is not None and self.kind(a) == "organization"

    def _tenure_words(self) -> frozenset[str]:
        """Words of tenure before a title that still hold the post (relations.yaml tenure_words: "caretaker",
        "interim", "outgoing"): "the outgoing president" is the president."""
        found = self.__dict__.get("_tenure")
        if found is None:
            found = self._tenure = frozenset(norm(w) for w in self.kb.relations.get("tenure_words") or ())
        return found

    def reported_speaker(self, tok: Token) -> Token | None:
        """"X said it rejected ...": the speaker a subject pronoun of reported speech stands for (the
        subject of the reporting verb, when it is no pronoun itself), else None."""
        head = tok.head
        if tok.dep_ != "nsubj" or head.dep_ not in ("ccomp", "xcomp") or head.head.lemma_ not in cues().report_verbs:
            return None
        verb = head.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "X thanked voters and said he would ...": X speaks
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return speaker if speaker is not None and speaker.pos_ != "PRON" else None

    def the_government(self, tok: Token, modifier_deps: tuple[str, ...] = ("amod",),
                       others: tuple[str, ...] | None = None, modifiers: str = "nearest_government_modifiers",
                       asides: bool = False) -> bool:
        """"the government", "the new authorities": a noun of relations.yaml nearest_government_nouns with "the", each
        child of ``modifier_deps`` one of the relations.yaml list ``modifiers`` (default nearest_government_modifiers:
        "the new government", not "the rebel government"; a word, or the phrase the modifier heads: "internationally
        recognised"); with ``others``, no child but those and of those dependencies ("det", "punct" ...), and with
        ``asides`` a participle set off by commas ("the government, based in X, ..."). The test shared by the rules
        that read such a phrase as the government of the state the article is about (each adds its own conditions
        on where the phrase stands)."""
        rel = self.kb.relations
        if norm(tok.text) not in (rel.get("nearest_government_nouns") or ()) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not (
                    norm(tok.text) in (rel.get("article_free_government_nouns") or ())
                    and not any(c.dep_ in ("det", "poss") for c in tok.children)):
            return False  # ("Govt says ...", a telegraphic short form with no article: relations.yaml article_free_government_nouns)
        mods = rel.get(modifiers) or ()
        return all((norm(c.text) in mods or bool(c.n_lefts + c.n_rights)
                    and norm(" ".join(t.text for t in c.subtree)) in mods) if c.dep_ in modifier_deps
                   else others is None or c.dep_ in others or asides and _aside(c) or self.charge_on(tok, c)
                   for c in tok.children)

    def seated_ruler(self, tok: Token) -> int | None:
        """"the government in Vienna", "the federal government in Ottawa", "the authorities in X": the state whose
        seat (its capital, or its own name) the "in" phrase names (relations.yaml seated_state_nouns), before any
        body whose name the noun heads ("the Provincial Government" named before is not the government in
        Ottawa); None when the noun names its own owner ("Iraq's government", "the Kurdish authorities in X") or
        the place is no state's."""
        if tok.lower_ not in (self.kb.relations.get("seated_state_nouns") or ()) or tok.dep_ == "compound" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "amod" and not c.is_lower for c in tok.children):
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for p in prep.children:
                    a = self.actor(p) if p.dep_ == "pobj" else None
                    if a is not None and self.kind(a) == "country" and not self.named_region(a):
                        return a
        return None

    def side_actor(self, tok: Token) -> int | None:
        """The actor one side of a fight or truce names (``np_actor``, deep), or, for the first of a coordinated pair,
        "the government" / "the authorities" standing for the article's state: "a truce between the government and
        the X Legion", "the government and the X Legion signed a ceasefire" (not "the government and army of Y")."""
        a = self.np_actor(tok, deep=True)
        if a is None and tok.dep_ != "compound" and any(c.dep_ == "conj" for c in tok.children) \
                and _bare_conjuncts(tok) and self.the_government(
                    tok, others=("det", "punct", "cc", "conj"), modifiers="home_government_modifiers", asides=True):
            return self.home_state()
        return a

    def home_ruler(self, tok: Token, teams: bool = False) -> int | None:
        """"the government", "the authorities", "security forces": the article's state, when there clearly
        is one; with ``teams`` (an event's party, not a lasting tie's), also "the government delegation"."""
        if tok.dep_ != "compound" and self.the_government(tok, others=("det", "punct"), modifiers="home_government_modifiers",
                                                          asides=True):
            # "the government", "the federal government", "the central authorities", "the internationally
            # recognised government" (relations.yaml home_government_modifiers)
            return self.home_state()
        if norm(tok.text) in self.kb.state_nouns and tok.dep_ != "compound" \
                and any(c.dep_ == "amod" and c.lower_ in ("federal", "central") for c in tok.children) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and all(c.dep_ in ("det", "punct", "amod", "compound") and c.is_lower or self.charge_on(tok, c)
                        for c in tok.children):
            return self.home_state()  # "the federal finance ministry", "the central cabinet": the article's state's
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
        if tok.dep_ != "compound" and len(mods) == 1 and mods[0].is_lower and norm(tok.text) in self.kb.state_nouns \
                and (norm(f"{mods[0].text} {tok.text}") in self.kb.sovereign_cues
                     or norm(tok.text) in (self.kb.relations.get("home_department_nouns") or ())) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and all(c.dep_ in ("det", "punct", "amod", "compound") or self.charge_on(tok, c) or c.dep_ == "prep"
                        and not any(p.pos_ == "PROPN" or self.actor(p) is not None for p in c.children)
                        for c in tok.children):
            # "the interior ministry", "the foreign ministry" (roles.yaml sovereign_cues), "the water ministry" (any
            # department, relations.yaml home_department_nouns)
            return self.home_state()
        if tok.dep_ != "compound" and len(mods) == 1 and mods[0].is_lower \
                and norm(f"{mods[0].text} {tok.text}") in (self.kb.relations.get("home_body_phrases") or ()) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and all(c.dep_ in ("det", "punct", "amod", "compound") or self.charge_on(tok, c) or c.dep_ == "prep"
                        and not any(p.pos_ == "PROPN" or self.actor(p) is not None for p in c.children)
                        for c in tok.children):
            # "accused the election board of fraud" (relations.yaml home_body_phrases), no such body named: the
            # article's state's
            return self.home_state()
        if self._home_force(tok):
            return self.home_state()  # "the air force", "the navy", no state named: the article's state's
        if teams and self._home_security(tok):
            return self.home_state()  # "was arrested by the security services", "police detained X": the state's
        if tok.lower_ == "forces" and tok.dep_ != "compound" and any(
                c.dep_ == "compound" and c.lower_ == "security" for c in tok.children) and all(
                c.dep_ in ("det", "punct", "compound") and c.lower_ in ("the", "security") or self.charge_on(tok, c)
                or c.dep_ == "prep" and c.lower_ not in ("of", "from")
                for c in tok.children):
            # "security forces", no state named: the article's state's (a phrase the parser hung on them, "a raid by
            # security forces on X", "security forces in the capital", names no other owner)
            return self.home_state()
        sides = self.kb.relations.get("government_side_nouns") or ()
        if teams:
            sides = (*sides, *(self.kb.relations.get("government_team_nouns") or ()),
                     # "shot down two government drones", "shelled government positions": the state's craft and
                     # posts, an event's party (relations.yaml force_asset_nouns, body_agent_nouns)
                     *(self.kb.relations.get("force_asset_nouns") or ()), *(self.kb.relations.get("body_agent_nouns") or ()))
        if norm(tok.text) in sides and tok.dep_ != "compound" and any(
                c.dep_ in ("compound", "amod") and c.lower_ in ("government", "federal", "state")
                for c in tok.children) and all(c.dep_ in ("det", "punct", "compound", "amod")
                                               and c.lower_ in ("the", "government", "federal", "state")
                                               or c.dep_ in ("nummod", "cc", "conj")
                                               or c.dep_ == "prep" and c.lower_ not in ("of", "from")
                                               or self.charge_on(tok, c)
                                               for c in tok.children):
            # "government troops", "federal forces", "17 government soldiers", "the government side", "government
            # troops and tribal fighters" (relations.yaml government_side_nouns), "accused the government delegation
            # of bad faith" (the charge's "of" misattached): the article's state's
            return self.home_state()
        return None

    def charge_on(self, noun: Token, prep: Token) -> bool:
        """``prep`` is the charge of "accused X of Y" that the parser hung on the object X, no part of X's own phrase:
        an "of" + gerund ("accused the police of killing protesters", ``_charge``, ``_charge_of``) or a bare charge noun on the
        object of a verb of accusing ("accused the government of torture", ``_charged_with``). The rules that read
        a bare description ("the government", "the security forces", "the navy") skip it as they skip the article."""
        return _charge(prep) or _charge_of(prep) or self._charged_with(noun, prep)

    def _charged_with(self, noun: Token, prep: Token) -> bool:
        """``prep`` is the charge of "accused X of Y" hung on the object X: "accused the government delegation of bad
        faith", "accused the President of fraud", "accused the navy of a cover-up" (an "of" phrase naming no one, its
        noun bare of any owner and of any article but "a"/"an", on the object of a verb of accusing; not "troops of the
        X Front", "the president of the club", nor "the leader of a rival faction": a body, place or state noun after
        "a" is the object's owner)."""
        verb = noun.head
        if prep.lower_ != "of" or noun.dep_ != "dobj" or verb.lemma_ not in (self.kb.relations.get("charging_verbs") or ()) \
                or any(t.pos_ == "PROPN" or self.actor(t) is not None for t in prep.subtree):
            return False
        kb = self.kb
        return not any(d.dep_ == "poss" or d.dep_ == "det" and (
            d.lower_ not in ("a", "an") or norm(p.lemma_) in kb.org_nouns or norm(p.lemma_) in kb.state_nouns
            or norm(p.lemma_) in kb.place_nouns or norm(p.lemma_) in kb.state_body_nouns)
            for p in prep.children for d in p.children)

    def _home_force(self, tok: Token) -> bool:
        """"the air force struck Y", "began training the navy": a state's armed service named by its bare noun
        (relations.yaml home_force_nouns) after "the", nothing else before it (no state, owner or name: "the
        Ostravian navy", "the rebel air force", "Karvel's navy" are resolved otherwise) and no "of" after."""
        words = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.is_lower]
        name = norm(" ".join([*(c.text for c in words), tok.text]))
        return name in (self.kb.relations.get("home_force_nouns") or ()) and tok.dep_ != "compound" \
            and tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            and all(c.dep_ in ("det", "punct") or c in words or _aside(c) or c.dep_ == "prep" and c.lower_ != "of"
                    or self.charge_on(tok, c) for c in tok.children)

    def _home_security(self, tok: Token) -> bool:
        """"X was arrested by the security services", "police detained Y": the state's police or security services
        named by their bare noun (relations.yaml home_security_nouns), after "the" or with no article at all, nothing
        else before it (no state, owner or name: "the Ostravian police", "rebel police", "Karvel's police" are
        resolved otherwise) and no "of" after; an event's party only (an arrest, a raid), never a lasting tie."""
        words = self._home_modifiers(tok)
        # (its prosecutors too, as the subject of an act of the law: ``home_prosecutor``)
        return (self._home_name(tok, words) in (self.kb.relations.get("home_security_nouns") or ())
                or self.home_prosecutor(tok, words)) \
            and tok.dep_ != "compound" \
            and (tok.pos_ == "NOUN" or self.opening_force(tok)) and all(c.dep_ in ("det", "punct") and c.lower_ in ("the", ",") or c in words
                                           or _aside(c) or c.dep_ == "prep" and c.lower_ != "of"
                                           or self.charge_on(tok, c) for c in tok.children)

    def opening_force(self, tok: Token) -> bool:
        """"Gendarmes fired tear gas", "- Police arrested 14 farmers": a bare force noun (relations.yaml
        home_security_nouns, one word) that the tagger read as a name only because it opens a sentence or a list
        entry: capitalised, first in its sentence, no modifier and no actor of its own (not "Police Scotland")."""
        return tok.pos_ == "PROPN" and tok.is_title and tok.is_sent_start and self.actor(tok) is None \
            and norm(tok.text) in (self.kb.relations.get("home_security_nouns") or ()) \
            and not any(c.dep_ in ("compound", "amod", "poss", "det", "appos", "nummod") for c in tok.children) \
            and tok.i + 1 < len(tok.doc) and not tok.doc[tok.i + 1].text[:1].isupper()

    @staticmethod
    def _home_modifiers(tok: Token) -> list[Token]:
        """The lower-case words before a bare force noun that belong to its name ("the state prosecutor", "riot
        police"), the first of them capitalised only because it opens the sentence ("Riot police broke up the
        march", "Plainclothes police detained X": a common word there, not a name; the phrase must still be one
        of the bare names the callers list)."""
        return [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                and (c.is_lower or c.is_sent_start and c.is_title and c.is_alpha)]  # (a tagger often calls it a name)

    @staticmethod
    def _home_name(tok: Token, words: list[Token]) -> str:
        return norm(" ".join([*(c.text for c in sorted(words, key=lambda c: c.i)), tok.text]))

    def home_prosecutor(self, tok: Token, words: list[Token] | None = None) -> bool:
        """"prosecutors charged X", "the state prosecutor issued a warrant": the state's prosecutors named by their bare
        noun (relations.yaml home_prosecutor_nouns) as the subject of an act of the law (home_prosecutor_acts)."""
        rel = self.kb.relations
        return tok.dep_ == "nsubj" and tok.head.lemma_ in (rel.get("home_prosecutor_acts") or ()) \
            and self._home_name(tok, self._home_modifiers(tok) if words is None else words) \
            in (rel.get("home_prosecutor_nouns") or ())

    def counted_soldiers(self, tok: Token) -> int | None:
        """"killing 12 soldiers", "released four soldiers" (a bare counted plural of a state force's members,
        relations.yaml counted_force_nouns, no owner, article or description): the article's state, when
        there clearly is one (as for "government troops", ``home_ruler``); not the state's own men, moved by the
        state or its force ("the army began deploying 10,000 soldiers")."""
        if tok.tag_ != "NNS" or norm(tok.text) not in (self.kb.relations.get("counted_force_nouns") or ()) \
                or tok.dep_ not in ("dobj", "obj", "pobj") or not any(c.dep_ == "nummod" for c in tok.children) \
                or any(c.dep_ not in ("nummod", "punct", "prep") or c.dep_ == "prep" and c.lower_ in ("of", "from")
                       for c in tok.children):
            return None  # (a place may hang on the noun, "killed seven soldiers near X"; an owner may not)
        home = self.home_state()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        while verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep") and verb.head is not verb \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "has begun deploying N soldiers", "attacked X, killing N soldiers": the clause's subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mover = self.np_actor(subj) if subj is not None else None
        if home is None or subj is not None and (
                mover is None and norm(subj.text) in self.kb.state_institutions
                or mover is not None and (self.kind(mover) == "country" or self.actors[mover].key.startswith("inst:"))):
            return None  # "the army deployed N soldiers", "Ostravia sent N soldiers": a state's own
        return home

    def labelled_group(self, tok: Token, titles: bool = False) -> int | None:
        """"the rebels", "the separatists" (a plural label for a group's members): the one organisation the
        text gave that label before ("the MLA, the rebel alliance", "Vanto rebels", "FLI separatists");
        "the cleric" (a singular one): the one person so labelled ("X, a Shia cleric"; with ``titles``, also
        "Shia cleric X", the label as a title); None when none or several have it."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        noun = norm(tok.text)
        # "the veteran politician", "the army chief" (a person's label with lower-case words before it, none
        # contrasting or describing anew: not "the other cleric", "the new minister"): the label given with
        # those words ("X, a veteran politician", "army chief X")
        mods = [m.lower_ for m in _title_mods(tok) if m.is_lower] if tok.tag_ == "NN" else []
        if any(norm(m) in self.kb.relations.get("definite_contrast_words", ()) for m in mods):
            return None
        # "X, the former finance minister, spoke. The former minister now heads Y": a word that would describe a
        # body anew ("former", "new") is a person's label still when the label given before holds it too (the check
        # on the label's words below); it stands for that person only, never for a body
        anew = any(norm(m) in self.kb.relations.get("definite_new_words", ()) for m in mods)
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS") or self.tok2m[tok.i] >= 0 \
                or noun in self.kb.state_nouns or noun in self.kb.state_institutions \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "nummod", "poss", "nmod", "appos") and c.lower_ != "same"
                       and c.lower_ not in REFLEXIVES and not (c.lower_ in mods and c.i < tok.i)
                       or c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
                       and not self.charge_on(tok, c) for c in tok.children):
            # "the same units", "the cleric himself" still refer back; "the Shiite rebels", "the leader of X,
            # Y" describe anew ("accused the cleric of inciting riots": the charge, not a description)
            return None
        lemma = tok.lemma_.lower()
        found: set[int] = set()
        bodies: set[int] = set()
        places = per_doc(self.doc, "lemma_positions", _lemma_positions).get(lemma, ())
        for t in (self.doc[i] for i in itertools.takewhile(lambda i: i < tok.i, places)):
            titled_name = titles and t.dep_ == "compound" and t.i + 1 < len(self.doc) and self.tok2m[t.i + 1] >= 0 \
                and self.mentions[self.tok2m[t.i + 1]].start == t.i + 1 and self.actor(t.head) is not None \
                and self.kind(self.actor(t.head)) == "person"  # "Shiite cleric X": the label as X's title
            if t.pos_ not in ("NOUN", "ADJ") or not t.is_lower \
                    or tok.tag_ == "NN" and t.dep_ in ("compound", "amod") and not titled_name:
                continue  # a label, not a word of a name ("People's Party") nor of a title ("junta leader")
            if mods and not set(mods) <= {c.lower_ for c in t.lefts if c.dep_ in ("amod", "compound")}:
                continue  # "the army chief": "army chief X", not "police chief Y"
            near = [t] + [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
            if t.dep_ in ("compound", "amod"):
                near.append(t.head)  # "the rebel alliance"
            near += [n.head for n in list(near) if n.dep_ == "appos"]  # "the MLA, the rebel alliance"
            near += [c for n in list(near) for c in n.children if c.dep_ == "appos"]
            near += [c for n in list(near) for c in n.children if c.dep_ == "conj"]  # "A and B, two rebel groups"
            for n in near:
                a = self.actor(n)
                if a is not None and self.kind(a) in ("organization", "person"):
                    found.add(a)
            if tok.tag_ == "NN":
                # a singular label may be a body the text gave it in apposition or brackets, not the owner
                # named in the phrase: "the UN peacekeeping mission (M)", "the peacekeeping force, F": M, F
                named = [c for c in t.children if c.dep_ == "appos"] + ([t.head] if t.dep_ == "appos" else [])
                # the brackets right after the noun or its place ("the mission in X (M)"), not after a party
                # named in it ("a deal between A and the B Party (BP)")
                ends = [t] + [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "in"
                              for p in prep.children if p.dep_ == "pobj"]
                named += [self.doc[e.i + 2] for e in ends if e.i + 2 < len(self.doc) and _tk[e.i + 1].text == "("]
                for n in named:
                    a = self.actor(n)
                    if a is not None and self.kind(a) == "organization":
                        bodies.add(a)
        if tok.tag_ == "NN" and len(bodies) == 1 and not any(self.kind(a) == "person" for a in found) and not anew:
            return bodies.pop()
        want = "organization" if tok.tag_ == "NNS" else "person"
        if anew and want != "person":
            return None
        return found.pop() if len(found) == 1 and self.kind(next(iter(found))) == want else None

    def armed_plural(self, tok: Token, exclude: int | None = None) -> int | None:
        """"the rebels", "the separatists", "the militants" (relations.yaml armed_class_plurals: a plural class noun
        for an armed group's members, with no words of its own before or after it): the one non-state armed body
        (relations.yaml armed_class_subkinds) named in its sentence or the few before (armed_class_lookback), not
        the subject of the noun's own clause ("X presents itself as a movement against the guerrillas"), a body of
        no known kind named with it ("A and B") counting as another; when several are named there, the one the
        sentence before is about (its main subject, ``_centre_body``); else None."""
        cfg = self.kb.relations
        if norm(tok.text) not in (cfg.get("armed_class_plurals") or ()) or tok.tag_ != "NNS" \
                or self.tok2m[tok.i] >= 0 or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("amod", "compound", "nummod", "nmod", "appos", "acl", "relcl") and c.lower_ != "same"
                       or c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" for p in c.children)
                       and not self.charge_on(tok, c) for c in tok.children):
            return None  # ("the Shiite rebels", "the fighters of X", "the rebels who ...": described anew; not
            # "accused the rebels of receiving ...", "of burning schools", the charge parsed as the noun's)
        return self.armed_body_near(tok, exclude)

    def armed_body_near(self, tok: Token, exclude: int | None = None) -> int | None:
        """The one non-state armed body (relations.yaml armed_class_subkinds, armed_class_loose) named in the
        sentence of ``tok`` or the few before (armed_class_lookback), not the subject of its own clause, as
        ``armed_plural`` reads "the rebels"; with several, the one the sentence before is about; else None."""
        cfg = self.kb.relations
        kinds = set(cfg.get("armed_class_subkinds") or ())
        loose = {k: set(v or ()) for k, v in (cfg.get("armed_class_loose") or {}).items()}
        start = self._sentences_back(tok.sent.start, int(cfg.get("armed_class_lookback") or 2))
        own = set()  # the subjects of the noun's own clause: a body is not what it acts on
        h = tok.head
        while h.dep_ in ("prep", "pobj", "dobj", "agent", "dative", "poss") and h.head is not h:
            h = h.head
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                a = self.actor(c)
                if a is not None:
                    own.add(a)
        bodies: list[int] = []  # closest first
        for i in self._mentioned_back(tok.sent.end - 1, start - 1):
            m = self.tok2m[i]
            a = self.mentions[m].actor if m >= 0 else -1
            if a < 0 or a == exclude or a in own or a in bodies or self.actors[a].kind != "organization":
                continue
            sub = self.actors[a].subkind
            if sub not in kinds and not (sub in loose and any(
                    w in loose[sub] for n in self.actors[a].names if n for w in norm(n).split())):
                continue  # (a body of a looser kind only with a rebel word in its name: "the X Liberation Front")
            bodies.append(a)
            root = self.doc[self.mentions[m].start:self.mentions[m].end].root
            for n in [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else []):
                b = self.actor(n)  # "A and B, two rebel groups": a body of no known kind named with it is a peer
                if b is not None and b not in bodies and b != exclude and self.actors[b].kind == "organization" \
                        and (self.actors[b].subkind in kinds or self.actors[b].subkind in (None, "coalition")):
                    bodies.append(b)
        if len(bodies) == 1:
            return bodies[0]
        if len(bodies) > 1 and tok.sent.start > 0:  # the body the sentence before is about, when it is one of them
            return self._centre_body(self.doc[tok.sent.start - 1].sent, set(bodies), exclude)
        return None

    def surname_actor(self, tok: Token) -> int | None:
        """A bare surname the mention finder left alone: the one person of the document with that last name."""
        hits = {a.idx for a in self.actors if a.kind == "person" and a.mentions
                and any(n.split()[-1] == tok.text for n in a.names if n and len(n.split()) > 1)}
        return hits.pop() if len(hits) == 1 else None

    def section_topic(self, tok: Token) -> int | None:
        """A listicle's or a profile's section opens with a heading line that is only a name ("3. The Blue
        Alliance", "1. Tomas Vendrel and Karvel Forward", "- Harbour Party") and goes on, on the next line, with a
        sentence about it that names it by a description ("The nationalist party that the banker founded took 41
        seats", "The liberals won three seats"): a definite description with no name of its own, the subject of
        the section's first sentence, is the one organisation the heading names."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("compound", "amod", "poss") and (c.pos_ == "PROPN" or self.actor(c) is not None)
                       for c in tok.children):
            return None
        sent = tok.sent
        return self._heading_topic(sent.start) if tok.head.i == sent.root.i else None

    def section_person(self, tok: Token) -> int | None:
        """Under a heading that names one person (a fact box's, a who's-who's or a profile's section: ``entry_heads``),
        a sentence whose subject describes a person with no name of its own ("The retired general heads X", "The
        caretaker premier led ...", "The preacher urged ..."): the heading's person. The noun is a person's title or
        role (roles.yaml titles, leader_roles, member_roles) or a person's description (person_description_nouns);
        not a noun with a name, an of-phrase or an apposition of its own ("the leader of X, Y" describes anew), nor
        one after another person named earlier in its sentence."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        noun = norm(tok.text)
        kb = self.kb
        if not (noun in kb.title_words or noun in kb.leader_roles or noun in kb.member_roles
                or noun in kb.person_description_nouns) or noun in kb.org_nouns or noun in kb.state_nouns:
            return None
        if any(c.dep_ in ("compound", "amod", "poss", "nmod", "appos") and (c.pos_ == "PROPN" or self.actor(c) is not None)
               or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "appos" for c in tok.children):
            return None
        heads = self.entry_heads().get(tok.sent.start)
        people = [a for a in heads or () if self.kind(a) == "person"]
        if len(people) != 1:
            return None
        if any(a is not None and a != people[0] and self.kind(a) == "person"
               for a in (self.actor(t) for t in doc_span(self.doc, tok.sent.start, tok.i))):
            return None
        return people[0]

    def _heading_topic(self, first: int) -> int | None:
        """The one organisation named by the heading of the section (``_section_heads``) whose paragraph token
        ``first`` opens."""
        def topics(doc: Doc) -> dict[int, int]:
            out = {}
            for _, para, _, heads in self._section_heads():
                orgs = {a for a in heads if self.kind(a) == "organization"}
                if len(orgs) == 1:
                    out[para] = orgs.pop()
            return out
        return per_doc(self.doc, "heading_topics", topics).get(first)

    def _anchor_body(self, tok: Token, exclude: int | None) -> int | None:
        """"X of the Y List, the party's chief negotiator", "X from the Z Movement, the group's spokesman": the
        organisation the apposition's own name is given with ("of"/"from" it) is the one "the party's" means, whatever
        its kind and whatever body of the noun's kind was named before; None for any other phrase."""
        role = tok.head
        if tok.dep_ != "poss" or role.dep_ != "appos" or self.actor(role.head) is None:
            return None
        for prep in role.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and prep.i < role.i:
                for p in prep.children:
                    a = self.actor(p) if p.dep_ == "pobj" else None
                    if a is not None and a != exclude and self.kind(a) == "organization":
                        return a
        return None

    def definite(self, tok: Token, exclude: int | None = None, modifier: bool = False,
                 loose: bool = False) -> int | None:
        """'the movement', 'the group', 'the bloc': the closest organisation before it whose name that noun
        heads, else the closest of a subkind the noun can stand for (relations.yaml definite_heads); None for
        a contrast ("the other bloc"), an of-phrase naming a body, or a head outside the table. ``modifier``:
        the noun modifies a title and takes no article of its own ("Party leader X", "the party leader").
        ``loose``: a body of no telling kind (definite_fallback_heads) may stand for the noun in any position, as
        it does for a post's owner (the caller checks that it is the one body it could be)."""
        found = self._definite(tok, exclude, modifier, loose)
        if found is not None and self._opposition_described(found, tok):
            found = None  # ("the governing coalition" is not the one body named so, when described as opposition)
        if found is not None:
            self.__dict__.setdefault("_definites", {})[tok.i] = found
        return found

    def _repeated_definite(self, tok: Token, noun: str, exclude: int | None) -> int | None:
        """"... and one of the council's eight members. X, the council's chairman, ...": the same definite noun a
        sentence or two back, already read as a body whose name it heads, with no body of that head (or of a kind
        the noun stands for) named since, is that body again (a second "the council" does not switch to another
        council named before the first)."""
        seen = self.__dict__.get("_definites")
        if not seen:
            return None
        start = self._sentences_back(tok.sent.start, 2)
        lows = token_lowers(self.doc)[0]
        for j in range(tok.i - 1, start - 1, -1):
            if j in seen and norm(self.doc[j].text) == noun and lows[j - 1] == "the":
                a = seen[j]
                if a == exclude or self.actors[a].kind != "organization" or noun not in self._heads_of(a)[0]:
                    return None  # (only a body whose name the noun heads: "the council", the X Council)
                fitting = tuple((self.kb.relations.get("definite_heads") or {}).get(noun) or ())
                for i in self._mentioned_back(tok.i - 1, j):
                    m = self.tok2m[i]
                    b = self.mentions[m].actor if m >= 0 else -1
                    if b >= 0 and b != a and self.actors[b].kind == "organization" and (
                            noun in self._heads_of(b)[0] or self.actors[b].subkind in fitting):
                        return None  # another body of that head, or of a kind the noun stands for, named since
                return a
        return None

    def _foreign_army(self, mention) -> bool:
        """``mention`` is a state force named after a state other than the article's ("the Velnian army" in a story
        set in Ostravia: key "inst:Velnia:military"), which a bare "the army" never refers forward to."""
        home = self.home_state()
        if home is None or not mention.key.startswith("inst:"):
            return False
        return mention.key.split(":")[1] != self.actors[home].name and mention.actor != home

    def _definite(self, tok: Token, exclude: int | None = None, modifier: bool = False,
                  loose_any: bool = False) -> int | None:
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        noun = norm(tok.text)
        # (asked of most nouns: the children's labels are read from the Doc's tables, no Token made)
        doc = tok.doc
        kids, deps, lows = token_children(doc)[tok.i], token_deps(doc), token_lowers(doc)[0]
        bare_plural = tok.tag_ == "NNS" and noun in self.kb.state_institutions and not any(
            deps[c] in ("det", "poss", "amod", "compound", "nummod") for c in kids)
        # "called on parliament to ...", "praised parliament": an institution named with no article (relations.yaml
        # bare_institutions) is the one of that kind mentioned before, as "the parliament" is
        bare_plural = bare_plural or tok.tag_ == "NN" and deps[tok.i] != "compound" \
            and noun in (self.kb.relations.get("bare_institutions") or ()) and not any(
                deps[c] in ("det", "poss", "amod", "compound", "nummod") for c in kids)
        if not bare_plural and not modifier and not any(deps[c] == "det" and lows[c] in ("the", "this", "that") for c in kids):
            return None
        if noun in self.kb.state_institutions and noun not in self.kb.org_nouns or noun in ("military", "army"):
            # "the military", or "lawmakers said" after "Iraqi lawmakers": that state's institution
            # "the military": the closest state institution of that kind mentioned before
            suffix = self.kb.state_institutions[noun][0]
            closest = None
            for i in self._mentioned_back(tok.i - 1, max(-1, tok.i - 600)):
                m = self.tok2m[i]
                if m >= 0 and self.mentions[m].key.endswith(":" + suffix) and self.mentions[m].actor >= 0:
                    if noun in ("army", "military") and noun not in norm(self.mentions[m].text).split():
                        # "the army" after "the Velmarian Army ... Ostravian troops": the body named with the noun
                        # itself, before one of that kind named otherwise ("troops", "drones")
                        closest = self.mentions[m].actor if closest is None else closest
                        continue
                    return self.mentions[m].actor
            if closest is not None:
                return closest
            if noun in ("army", "military") and not any(
                    m.key.endswith(":" + suffix) and (tok.dep_ != "nsubj" or not self._foreign_army(m))
                    for m in self.mentions):
                # "paid by the army", no army named anywhere; as the doer of its clause, also where only another
                # state's army is named, by that state ("the army bombed a school ... the Velnian army sent troops
                # to its side of the border"): the article's state's (not "fought alongside the army", a companion
                # that may be another side's: relations.yaml home_force_nouns)
                return self.home_state()
            return None
        words = (self.kb.relations.get("definite_name_words") or {}).get(noun)
        if words and noun not in self.kb.org_nouns:
            return self._named_with(tok, set(words))
        if noun not in self.kb.org_nouns and noun not in (self.kb.relations.get("definite_named_heads") or ()):
            return None
        if any(c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper() and norm(c.text) not in self.kb.not_states
               for c in tok.children):
            return None  # "the Houthi movement" names itself; "the Shiite movement" refers back
        service = self._service_phrase(tok, noun)
        if service is not None:  # "the air force", "the coast guard": a state's service, told by its own words
            return self._named_service(tok, service)
        contrast = self.kb.relations.get("definite_contrast_words") or ()
        if any(c.dep_ in ("amod", "compound", "nummod", "advmod") and norm(c.text) in contrast for c in tok.children):
            return None  # "the other party": another body than the one named before
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and (self.actor(p) is not None
                                                                                      or p.pos_ == "PROPN")
                                                                for p in c.children) for c in tok.children):
            return None  # "the party of X": the phrase names its own body
        again = self._repeated_definite(tok, noun, exclude)
        if again is not None:
            return again
        # "the militia" is an armed group, never a party named closer; "the party" a party, "the bloc" a
        # coalition (relations.yaml definite_heads); other nouns refer back only to a name they head
        heads = self.kb.relations.get("definite_heads") or {}
        generic = noun in heads
        fitting = tuple(heads.get(noun) or ())
        # (a body whose name a word of definite_head_names heads fits as a subkind would: "the force", the X Mission)
        name_fit = frozenset((self.kb.relations.get("definite_head_names") or {}).get(noun) or ())
        anew = self.kb.relations.get("definite_new_words") or ()
        # (a noun of the same definite_synonyms class fits: in lower case outside quotes, "the Group" of a company's
        # report being its own name; not for a body described anew)
        synonyms = tok.is_lower and not quoted(tok)
        if any(c.dep_ in ("acl", "relcl") and _tk[c.left_edge.i - 1].text != ","
               for c in tok.children if c.i > tok.i) \
                or any(c.dep_ in ("amod", "compound", "nummod", "advmod") and norm(c.text) in anew
                       for c in tok.children):  # (not "the group, which ...", "the movement, known as X")
            # "the coalition led by X", "the group that ...", "the ruling coalition" (definite_new_words):
            # described anew, only a name it heads fits
            fitting, name_fit, synonyms = (), frozenset(), False
        # "Delegates of the Centre Union elected X as party chairman", "X, the party's parliamentary leader": a body
        # of no telling kind (definite_fallback_heads) stands for "the party" when no body of a fitting kind does
        # (only as the owner of a post, "party chairman", "the party's leader": not "the party would back ...")
        anchored = self._anchor_body(tok, exclude) if generic else None
        if anchored is not None:
            return anchored
        # ("a member of that party", "the same party": a pointing word, relations.yaml definite_pointing_words)
        pointing = any(deps[c] in ("det", "amod") and lows[c] in (self.kb.relations.get("definite_pointing_words") or ())
                       for c in kids)
        loose = tuple((self.kb.relations.get("definite_fallback_heads") or {}).get(noun) or ()) \
            if fitting and (modifier or loose_any or tok.dep_ == "poss" or pointing) else ()
        loose_fit, loose_fits = None, set()  # the closest mention of such a body; all such in the look-back
        if generic and fitting:
            a = self._speaker_body(tok, exclude)
            if a is not None:  # "Telkes said the party would ...": the speaker's own body
                return a
        # (names inside the phrase itself are its modifiers: "the al-Qaeda-linked group" is not al-Qaeda)
        own = self._own_subject_bodies(tok) if generic else frozenset()
        kind_fit = None  # the closest mention of a body of a fitting subkind
        topic = None  # an organisation the subject of a clause before the noun in its sentence
        topic_root: Token | None = None  # (its mention's head word)
        fits: set[int] = set()  # the bodies of a fitting subkind in the look-back
        by_name: set[int] = set()  # those that fit by their name's head alone (definite_head_names)
        for i in self._mentioned_back(tok.left_edge.i - 1, max(-1, tok.i - 400)):
            m = self.tok2m[i]
            if m < 0:
                continue
            a = self.mentions[m].actor
            if a >= 0 and a == exclude:
                continue  # "Amal, the group's ally": the group is another body than the one the noun describes
            if a in own:
                continue  # "X armed the movement", "envoys of X financed the group's boats": not X
            if a >= 0 and self.actors[a].kind == "country" and not generic \
                    and any(noun in _name_heads(norm(n)) for n in self.actors[a].extra_aliases if len(n.split()) > 2):
                return a  # "the federal government" after "the Federal Government of Ostravia": the state
            if a < 0 or self.actors[a].kind != "organization" or self.actors[a].subkind == "media":
                continue
            if self._opposition_described(a, tok):
                continue  # ("the ruling party" is not the body just described as an opposition party)
            heads, stems = self._heads_of(a)
            named = noun in heads or noun.rstrip("s") in stems or noun in self.described().get(a, ()) and tok.is_lower
            synonym_head = False  # a name headed by a noun of the class ("the group", the X Front): a fit, as a subkind's
            if not named and synonyms and self._synonym_named(a, noun, frozenset(), False):
                # "the mission" after "X, the Y Union force": only outside quotes, and only when no other body in the
                # look-back is called so too (two such bodies: none); a body of a known fitting kind named closer
                # stays the closer fit ("X, a separatist movement ... The Y ... the group's spokesman": Y)
                if generic and kind_fit is not None and self.actors[self.mentions[kind_fit].actor].subkind is not None:
                    synonym_head = True
                else:
                    named = not self._other_called(tok, noun, a, exclude)
            elif not named and synonyms and generic and noun not in (self.kb.relations.get("definite_synonym_narrow") or ()) \
                    and self._synonym_named(a, noun, heads, True):
                synonym_head = True
            if not named and self.actors[a].subkind in loose and not _legal_form_name(self.kb, self.actors[a].name):
                # (not a company by its legal form: "X chairs Y Mining Ltd ... a figure in that party")
                loose_fit = m if loose_fit is None else loose_fit
                loose_fits.add(a)
            if generic and topic is None and self.mentions[m].start >= tok.sent.start \
                    and _clause_before(self.doc[self.mentions[m].start:self.mentions[m].end].root, tok):
                topic = a  # the subject of a clause before the noun's own in its sentence (of a fitting kind or not)
                topic_root = self.doc[self.mentions[m].start:self.mentions[m].end].root
            if not named and generic and (self.actors[a].subkind in fitting or name_fit & heads or synonym_head):
                if kind_fit is None:
                    kind_fit = m  # (a body whose name the noun heads, if any, wins: "the alliance", "X Alliance")
                fits.add(a)
                if self.actors[a].subkind not in fitting and name_fit & heads and not synonym_head:
                    by_name.add(a)
                continue
            if named and topic is not None and noun not in heads and noun.rstrip("s") not in stems \
                    and self.mentions[m].start < tok.sent.start:
                return topic  # "The Front did not comment, but a commander of the group's armed wing said ...": the
                # body the sentence is about, not one described so ("an Iran-backed group") a sentence before
            if named:
                mm = self.mentions[m]
                root = self.doc[mm.start:mm.end].root
                if mm.start < self._sentence_before(tok) and len(self._named_heading(noun, tok, exclude)) > 1:
                    return None  # "the council" sentences below a "Security Council" and a "Tribal Council"
                if mm.start < tok.sent.start and _buried(root):
                    salient = self._salient_named(tok, noun, root, a, exclude)
                    if salient is not None:
                        return salient
                if mm.start < tok.sent.start and _described_in(root):
                    earlier = self._earlier_description(tok, mm.start, exclude)
                    if earlier is not None:
                        return earlier
                return None if None in fitting and _left_body(root) else a
        if kind_fit is not None and self.mentions[kind_fit].actor in by_name and len(by_name) > 1:
            return None  # "the bloc" after "the X Community and the Y Union": either may be meant
        if kind_fit is not None and topic is not None and self.mentions[kind_fit].start < tok.sent.start:
            return topic  # (the sentence's own subject before a body of the noun's kind a sentence before)
        if kind_fit is not None and topic is not None and topic in fits \
                and topic_root.left_edge.i <= self.mentions[kind_fit].start <= topic_root.right_edge.i:
            return topic  # "X, a militia that fought beside Y, claimed it, and the group's spokesman said ...": the
            # subject of the clause before, not a body of the noun's kind named inside that subject's description
        if kind_fit is not None and self._sentence_before(tok) <= self.mentions[kind_fit].start < tok.sent.start:
            centre = self._centre_body(self.doc[self.mentions[kind_fit].start].sent, fits, exclude)
            if centre is not None:
                return centre
        if kind_fit is not None:
            mm = self.mentions[kind_fit]
            if self.actors[mm.actor].subkind is None and len(fits) > 1 and mm.start < self._sentence_before(tok):
                return None  # "the militia" two sentences below "told Meridian News" (a body of no known kind) and
                # a militia before it: the closest body of no known kind is not clearly the one meant
            if mm.start < tok.sent.start and _buried(self.doc[mm.start:mm.end].root, 3):
                before = self._recurring_definite(tok, noun, mm.actor, exclude)
                if before is not None:
                    return before
            return None if None in fitting and _left_body(self.doc[mm.start:mm.end].root) else mm.actor
        sole = self._sole_named(tok, noun, exclude, None in fitting)
        if sole is None and loose_fit is not None and (len(loose_fits) == 1
                                                       or self.mentions[loose_fit].start >= self._sentence_before(tok)):
            return self.mentions[loose_fit].actor  # (the one such body, or one named in its sentence or the one before)
        return sole

    def _recurring_definite(self, tok: Token, noun: str, closer: int, exclude: int | None) -> int | None:
        """"... has run the group from the start. X was once an officer of the Y Committees. Z now commands
        the group's armed wing": a description the text has used before for one body keeps standing
        for it over a body of a fitting kind (``closer``) named since only deep in a sentence before (a modifier, a
        place of past service: ``_buried``): the body the last "the <noun>" in the dozen sentences before was read as,
        when that is another one the text names more often (what the text is about); None when there is none."""
        if getattr(self, "_recurring", 0) >= 8:  # (each step looks further back: a long chain reads as none)
            return None
        start = self._sentences_back(tok.sent.start, 12)
        lows = token_lowers(self.doc)[0]
        for j in range(tok.sent.start - 1, max(start, 1) - 1, -1):
            if lows[j] == noun and lows[j - 1] == "the" and self.doc[j].pos_ == "NOUN":
                self._recurring = getattr(self, "_recurring", 0) + 1
                try:
                    a = self.definite(self.doc[j], exclude)
                finally:
                    self._recurring -= 1
                if a is None or a in (closer, exclude) \
                        or len(self.actors[a].mentions) <= len(self.actors[closer].mentions):
                    return None
                return a
        return None

    def _own_subject_bodies(self, tok: Token) -> frozenset[int]:
        """"Iran's Guards armed the movement", "envoys of X have financed the group's purchase": the bodies named in
        the subject of the clause a description stands in (as its direct object, or that object's possessor) are not
        what the description refers back to; a clause refers to its own subject
        with a pronoun ("X armed its fighters"), not with "the group". Empty when the description is itself in the
        subject, the phrase is no direct object (or its possessor), or the verb has no subject of its own (a
        participle; a coordinated verb's subject is the parser's guess)."""
        x = tok.head if tok.dep_ == "poss" else tok
        verb = x.head
        if x.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return frozenset()  # (not "X elected Y as the party's chairman": a role given names the subject's body)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.i - verb.head.i <= 3 \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.head.children if verb.head.i < c.i < verb.i):
            # "X equips and drills the faction", "X funds and trains the group": two verbs side by side with one
            # object share the first one's subject too
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return frozenset()
        found = set()
        for t in subj.subtree:
            a = self.actor(t)
            if a is not None and self.actors[a].kind == "organization":
                found.add(a)
        return frozenset(found)

    def _centre_body(self, sent: Span, fits: set[int], exclude: int | None) -> int | None:
        """"X, the strongest of the militias grouped under Y, said ... . The group's spokesman ...": a description
        that refers back to a sentence before refers to the body that sentence is about, its main clause's subject
        (``main_subjects``), when that body is of a fitting kind (``fits``), before a body of that kind named closer
        inside the subject's apposition, a participle ("led by Y", "grouped under Y") or a prepositional phrase;
        None when the subject names no such body (or several: "A and B ...")."""
        heads = self.main_subjects(sent)
        if len(heads) != 1 or any(c.dep_ == "conj" for c in heads[0].children):
            return None
        a = self.actor(heads[0])  # (a name: a description or a pronoun there may itself be misread)
        if a is None:  # "X's lawmakers walked out ...": the owner of the subject is what the sentence is about
            a = next((self.actor(c) for c in heads[0].children if c.dep_ == "poss"), None)
        return a if a is not None and a in fits and a != exclude else None

    def _speaker_body(self, tok: Token, exclude: int | None) -> int | None:
        """"X said the party would ...", "X told reporters the group had ...": the subject of reported speech
        is the body of the person reporting it, when the text has tied that person (leader or member, as
        found so far) to exactly one body of the kinds a group noun stands for (relations.yaml definite_heads)."""
        speaker = self.reported_speaker(tok)
        person = self.actor(speaker) if speaker is not None else None
        if person is None or self.kind(person) != "person":
            return None
        kinds = {k for ks in (self.kb.relations.get("definite_heads") or {}).values() for k in ks}
        bodies = self.bodies_of(person, kinds)
        return bodies.pop() if len(bodies) == 1 and exclude not in bodies else None

    def bodies_of(self, person: int, kinds) -> set[int]:
        """The organisations of the subkinds ``kinds`` the text has tied ``person`` to so far (leader or member):
        the bodies "the party", "his group" may stand for when the person speaks or owns them."""
        return {h.target for h in self.hits if h.source == person and h.type in ("leader_of", "member_of")
                and self.kind(h.target) == "organization" and self.subkind(h.target) in kinds}

    def states_of(self, person: int) -> set[int]:
        """The states the text has tied ``person`` to so far (leader or member): the state "his government", "her
        administration" stands for."""
        return {h.target for h in self.hits if h.source == person and h.type in ("leader_of", "member_of")
                and self.kind(h.target) == "country"}

    def _sole_named(self, tok: Token, noun: str, exclude: int | None, may_be_left: bool) -> int | None:
        """"the Mission" far below "the UN Stabilisation Mission in X" (past the closest-name look-back): the
        one organisation named anywhere before whose name the noun heads; None when two are ("the council"
        after a "Security Council" and a "Tribal Council"), or (``may_be_left``) when the last mention of it
        is the body some left ("deputies left the X Party. ... the group")."""
        found = self._named_heading(noun, tok, exclude)
        if len(found) != 1:
            return None
        a = found.pop()
        last = [m for m in self._org_mentions()[a] if m.start < tok.left_edge.i][-1]
        return None if may_be_left and _left_body(self.doc[last.start:last.end].root) else a

    def _org_mentions(self) -> dict[int, list]:
        """Each organisation's mentions (no media), in order, once per resolver (the actors are final here)."""
        found = self.__dict__.get("_orgs")
        if found is None:
            found = self._orgs = {}
            for m in self.mentions:
                a = m.actor
                if a >= 0 and self.actors[a].kind == "organization" and self.actors[a].subkind != "media":
                    found.setdefault(a, []).append(m)
        return found

    def _salient_named(self, tok: Token, noun: str, closest: Token, a: int, exclude: int | None) -> int | None:
        """"... handed power to a new Presidential Leadership Council. He spoke after talks hosted by the Gulf
        Cooperation Council. The council is chaired by X": the closest body the noun heads is buried in a modifier
        of a sentence before (``_buried``), and another it heads, named up to two sentences before that one, is an
        argument of its sentence's main clause: the description refers to the body the passage is about."""
        first = self._sentences_back(closest.sent.start, 2)
        for i in self._mentioned_back(closest.sent.start - 1, first - 1):
            m = self.tok2m[i]
            b = self.mentions[m].actor if m >= 0 else -1
            if b < 0 or b in (a, exclude) or self.actors[b].kind != "organization":
                continue
            heads, stems = self._heads_of(b)
            span = self.doc[self.mentions[m].start:self.mentions[m].end]
            if (noun in heads or noun.rstrip("s") in stems) and not _buried(span.root, 3) \
                    and any(norm(t.text) in (noun, noun.rstrip("s")) for t in span):
                # (a mention in the noun's own word: "the SNC's president" by its initials does not draw "the council"
                # away from the "... Council (SGC)" named after it)
                return b
        return None

    def _earlier_description(self, tok: Token, before: int, exclude: int | None) -> int | None:
        """"The council is chaired by X. Its members include Y, head of the Z Council. ... support for the council":
        the same description used of a body in the two sentences before ``before`` (a body named in a description
        of someone, inside an apposition, is not what the passage is about): the body it referred to."""
        first = self._sentences_back(self.doc[before].sent.start, 2)
        for t in self.doc[first:before]:
            if t.lower_ == tok.lower_ and t.i != tok.i and self.tok2m[t.i] < 0 and t.dep_ in ("nsubj", "nsubjpass", "dobj") \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                b = self.definite(t, exclude)
                if b is not None:
                    return b
        return None

    def _named_heading(self, noun: str, tok: Token, exclude: int | None) -> set[int]:
        """The organisations named before the phrase of ``tok`` whose name ``noun`` heads (``exclude`` left out)."""
        found = set()
        for a, ms in self._org_mentions().items():
            if ms[0].start < tok.left_edge.i and a != exclude:
                heads, stems = self._heads_of(a)
                if noun in heads or noun.rstrip("s") in stems:
                    found.add(a)
        return found

    def _prose_before(self, start: int):
        """The sentence before the one starting at ``start``, passing over a transcript's speaker label and
        running time ("[00:02:28] NAME: He met ...": the sentence before the label), and a list's bullet read as a
        sentence of its own ("- It has 3,000 fighters.\n- Its political arm ...": the item before); None at the
        start."""
        from kingmaker.nlp.pipeline import is_label_sentence

        while start > 0:
            prev = self.doc[start - 1].sent
            if not is_label_sentence(prev) and any(t.is_alpha for t in prev):
                return prev
            start = prev.start
        return None

    def _sentence_before(self, tok: Token) -> int:
        """The first token of the sentence before ``tok``'s (its own when it is the first)."""
        return self._sentences_back(tok.sent.start, 1)

    def _sentences_back(self, start: int, n: int) -> int:
        """The first token of the sentence ``n`` sentences before the one starting at ``start`` (the text's first
        sentence when there are fewer)."""
        for _ in range(n):
            start = self.doc[start - 1].sent.start if start > 0 else start
        return start

    def _mentioned_back(self, first: int, stop: int) -> list[int]:
        """The tokens inside a mention among ``range(first, stop, -1)`` (from ``first`` down to ``stop``, exclusive),
        closest first: a look back for a mention skips the words between mentions (bisection on the mention
        tokens, listed once per resolver; the mentions are final here)."""
        at = self.__dict__.get("_mention_tokens")
        if at is None:
            at = self._mention_tokens = [i for i, m in enumerate(self.tok2m) if m >= 0]
        return at[bisect.bisect_right(at, stop):bisect.bisect_right(at, first)][::-1]

    def _heads_of(self, a: int) -> tuple[frozenset[str], frozenset[str]]:
        """The nouns heading actor ``a``'s names (``_name_heads``) and the same without a final "s", once per
        actor (the actors are final here): "the council", "the front" looked back for at each mention of it."""
        memo = self.__dict__.setdefault("_heads", {})
        found = memo.get(a)
        if found is None:
            names = list(self.actors[a].names)
            for i in self.actors[a].mentions:  # "Asamblea Popular [People's Assembly]": the translation's head too
                text = self.mentions[i].text
                if "[" in text and text.rstrip().endswith("]"):
                    names.append(text[text.index("[") + 1:text.rindex("]")])
            heads = [w for n in names if n for w in _name_heads(norm(n))]
            found = memo[a] = (frozenset(heads), frozenset(w.rstrip("s") for w in heads))
        return found

    def _surface_apposition(self, end: int) -> Token | None:
        """"X, the Y Union force posted to Z", "X, the Y League operation on the coast": the head noun of a phrase
        after a name, a comma and an article, when the parser hung it elsewhere; only a noun of relations.yaml
        definite_synonyms (a description noun), the last noun before a verb, preposition or punctuation, not an
        owner ("X, the group's leader") nor a name's word."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if end + 2 >= len(doc) or _tk[end].text != "," or _tk[end + 1].lower_ not in ("the", "a", "an"):
            return None
        last = None
        for j in range(end + 2, min(len(doc), end + 8)):
            t = doc[j]
            if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text == "-" or t.tag_ == "HYPH":
                last = t if t.pos_ == "NOUN" else None
                continue
            break
        else:
            return None
        if last is None or not last.is_lower or self.tok2m[last.i] >= 0 or _tk[last.i + 1].tag_ == "POS" \
                or norm(last.text) not in self._synonyms():
            return None
        return last

    def called(self, a: int, noun: str) -> bool:
        """Whether the text calls organisation ``a`` "the <noun>" by description: the noun (or one of its class in
        relations.yaml definite_synonyms) is what an apposition or predicate called it ("X, a militia based in Y";
        "X, the Y Union force" ... "the mission"), or, for a noun of definite_heads, another of its class heads its
        name ("the group" after "the X Liberation Army")."""
        noun = norm(noun)
        heads = self._heads_of(a)[0]
        generic = noun in (self.kb.relations.get("definite_heads") or {})
        return noun in self.described().get(a, ()) or self._synonym_named(a, noun, heads, generic)

    def called_alone(self, a: int, tok: Token) -> bool:
        """``called`` with ``tok``'s noun, and no other organisation in the look-back before ``tok`` called so: two
        bodies that could be "the group" give no answer ("A and the B Militia hold the hills. The group has ...")."""
        noun = norm(tok.text)
        return self.called(a, noun) and not self._other_called(tok, noun, a, None)

    def _other_called(self, tok: Token, noun: str, a: int, exclude: int | None) -> bool:
        """Whether another organisation than ``a`` named in the look-back before ``tok`` is called "the <noun>" too
        (its name headed by the noun, or described with a noun of its class: ``called``)."""
        for i in self._mentioned_back(tok.left_edge.i - 1, max(-1, tok.i - 400)):
            m = self.tok2m[i]
            b = self.mentions[m].actor if m >= 0 else -1
            if b < 0 or b == a or b == exclude or self.actors[b].kind != "organization":
                continue
            if noun in self._heads_of(b)[0] or self.called(b, noun):
                return True
        return False

    def _synonym_named(self, a: int, noun: str, heads: frozenset[str], generic: bool) -> bool:
        """"the mission" after "X, the Y Union force ...", "the movement" after "X, a militia based in Y", "the group"
        after "the X Liberation Army": a noun of one class of relations.yaml definite_synonyms refers back to a body
        described with another noun of that class, or (a noun of definite_heads, ``generic``) whose name another
        noun of the class heads; a state institution's noun ("army") only in a name holding a word of
        armed_class_loose's military list (a rebel army, never a state's)."""
        cls = self._synonyms().get(noun)
        if not cls:
            return False
        words = (cls & self.described().get(a, set())) | (cls & heads if generic else set())
        if not words:
            return False
        if words - set(self.kb.state_institutions):
            return True
        loose = set((self.kb.relations.get("armed_class_loose") or {}).get("military") or ())
        return any(w in loose for n in self.actors[a].names if n for w in norm(n).split())

    def _synonyms(self) -> dict[str, frozenset[str]]:
        """Each noun of relations.yaml definite_synonyms -> the other nouns of its class."""
        found = self.__dict__.get("_synonym_classes")
        if found is None:
            found = {}
            for cls in self.kb.relations.get("definite_synonyms") or ():
                words = frozenset(norm(w) for w in cls)
                for w in words:
                    found[w] = found.get(w, frozenset()) | (words - {w})
            self.__dict__["_synonym_classes"] = found
        return found

    def described(self) -> dict[int, set[str]]:
        """The common nouns the text calls each organisation by, once: its apposition ("X, an armed group in
        Y", "the UN peacekeeping force, X") or its predicate ("X is a political alliance"); "the group", "the
        force" may then refer back to it as to a name the noun heads."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if getattr(self, "_described", None) is None:
            self._described = {}
            self._in_opposition: set[int] = set()
            for m in self.mentions:
                if m.actor < 0 or self.actors[m.actor].kind != "organization":
                    continue
                root = doc_span(self.doc, m.start, m.end).root
                if m.start > 0 and _tk[m.start - 1].is_lower and norm(_tk[m.start - 1].text) in cues().opposition_words:
                    self._in_opposition.add(m.actor)  # "the opposition Y Union"
                nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i]
                if root.dep_ == "appos" and root.head.pos_ == "NOUN" and self.actor(root.head) is None:
                    nouns.append(root.head)  # "the UN peacekeeping force, X"
                elif m.start > 1 and _tk[m.start - 1].text == "," and _tk[m.start - 2].pos_ == "NOUN" \
                        and _tk[m.start - 2].is_lower and self.actor(self.doc[m.start - 2]) is None \
                        and (m.end == len(self.doc) or _tk[m.end].is_punct):
                    nouns.append(self.doc[m.start - 2])  # (the same, the apposition parsed apart)
                if not nouns:
                    noun = self._surface_apposition(m.end)
                    if noun is not None:
                        nouns.append(noun)  # (the apposition the parser took for a clause of its own)
                if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                    nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"
                              and self.actor(c) is None]  # "X is a centre-left political alliance"
                contrast = self.kb.relations.get("definite_contrast_words") or ()
                for n in nouns:
                    if any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().opposition_words
                           for c in n.children):
                        self._in_opposition.add(m.actor)  # "X, an opposition party led by Y"
                    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
                        continue  # "X, the armed wing of Y", "X, a coalition of militias": a part, or made of others
                    if any(c.dep_ in ("amod", "compound") and norm(c.text) in contrast for c in n.children):
                        continue  # "X, a rival militia": described as the other one, not the one "the militia" means
                    self._described.setdefault(m.actor, set()).add(norm(n.text))
        return self._described

    def _opposition_described(self, a: int, tok: Token) -> bool:
        """"X, an opposition party led by Y, ... Z broke with the ruling party": a body the text described as in
        opposition (word_lists.opposition_words on its apposition's noun) is not the one "the ruling party", "the
        governing coalition" (word_lists.ruling_party_words on ``tok``) stands for."""
        words = cues().ruling_party_words
        if not any(c.dep_ == "amod" and norm(c.text) in words for c in tok.children):
            return False
        self.described()
        return a in self._in_opposition

    def _service_phrase(self, tok: Token, noun: str) -> str | None:
        """"the air force", "the coast guard": a lower-case word before the noun making with it the name of a kind of
        state institution (roles.yaml state_institutions), the phrase; None for the noun alone ("the force")."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1 and c.is_lower]
        phrase = f"{norm(mods[0].text)} {noun}" if mods else None
        return phrase if phrase in self.kb.state_institutions else None

    def _named_service(self, tok: Token, phrase: str) -> int | None:
        """The closest body before ``tok`` named with the service's own words ("the Velnian Air Force ... the air
        force"), else None: a rebel "X Army" or a "Presidential Guard" named closer is no "air force" (``_definite``
        would take any body of the military kind)."""
        for i in self._mentioned_back(tok.i - 1, max(-1, tok.i - 400)):
            m = self.tok2m[i]
            a = self.mentions[m].actor if m >= 0 else -1
            if a >= 0 and self.actors[a].kind == "organization" and any(
                    phrase in norm(n) for n in (*self.actors[a].names, *self.actors[a].extra_aliases) if n):
                return a
        return None

    def _named_with(self, tok: Token, words: set[str]) -> int | None:
        """"the region" (relations.yaml definite_name_words): the closest state or body before it with one of
        ``words`` in a name of it ("Northern Regional Government"), when the phrase is a party (subject,
        object, possessor) with no modifier of its own; None for a place ("in the region") or none fitting."""
        # "the Oromo region" after "the Oromia Regional Government": one capitalised adjective naming the people or
        # place the body's name holds (the same stem) narrows the look-back to such a body
        named = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
                 and c.is_alpha and self.tok2m[c.i] < 0]
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss") or len(named) > 1 or any(
                c.dep_ not in ("det", "case", "punct") and c not in named or c.dep_ == "det" and c.lower_ != "the"
                for c in tok.children):
            return None
        for i in self._mentioned_back(tok.i - 1, max(-1, tok.i - 400)):
            m = self.tok2m[i]
            a = self.mentions[m].actor if m >= 0 else -1
            names = [w for n in (*self.actors[a].names, *self.actors[a].extra_aliases) if n for w in n.split()
                     if w[:1].isupper()] if a >= 0 else []
            if a >= 0 and self.actors[a].kind in ("country", "organization") and any(norm(w) in words for w in names) \
                    and (not named or any(_same_stem(norm(named[0].text), norm(w)) for w in names)):
                return a
        return None

    def polity_back(self, tok: Token, possessor: bool = False) -> int | None:
        """"the kingdom", "the emirate", "the small republic" (a polity noun, relations.yaml polity_nouns, with no
        name or of-phrase of its own, not a possessor: "A Saudi official said the kingdom supported ..."): the
        closest state mentioned before whose name, in the text or in world knowledge ("Kingdom of Saudi Arabia",
        "United Arab Emirates"), holds that noun; None when none does, or for a contrast ("the neighbouring
        kingdom"). Asked for an event's party (components.event_mention_of), and, ``possessor`` allowed ("the
        kingdom's envoy, X"), for a tie's end (``np_actor``)."""
        noun = norm(tok.text)
        if noun not in cues().polity_nouns or tok.dep_ == "compound" or tok.dep_ == "poss" and not possessor \
                or self.tok2m[tok.i] >= 0 \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
                or any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in ("poss", "appos", "nummod")
                       or c.dep_ in ("amod", "compound") and (not c.is_lower or self.actor(c) is not None
                                                             or norm(c.text) in self._polity_contrast())
                       for c in tok.children):
            return None  # (not "the Kingdom of X", "the Hashemite Kingdom", "the other kingdom")
        stem = noun.rstrip("s")
        for i in self._mentioned_back(tok.i - 1, max(-1, tok.i - 400)):
            a = self.actor(self.doc[i])
            if a is not None and stem in self._state_name_words(a) and (self.kind(a) == "country" or any(
                    norm(n.split()[-1]) in cues().polity_nouns for n in self.actors[a].names if n)):
                return a  # (a state, or a body the text names as a polity: "the United X Emirates")
        return None

    def _polity_contrast(self) -> frozenset[str]:
        """The words that set a polity noun apart from the state named before ("the other kingdom", "the
        neighbouring republic"): relations.yaml definite_contrast_words and neighbour_words."""
        found = self.__dict__.get("_contrast")
        if found is None:
            found = self._contrast = frozenset(self.kb.relations.get("definite_contrast_words") or ()) \
                | cues().neighbour_words
        return found

    def _state_name_words(self, a: int) -> frozenset[str]:
        """The words (final "s" dropped) of state ``a``'s names and mentions ("the Republic of X", the noun before
        "of X") and of its names in world knowledge ("Kingdom of Saudi Arabia"), once per state."""
        memo = self.__dict__.setdefault("_state_words", {})
        found = memo.get(a)
        if found is None:
            actor = self.actors[a]
            names = {*actor.names, *actor.extra_aliases, *(self.mentions[i].text for i in actor.mentions)}
            # "the Sultanate of X" with only "X" the mention: the polity noun the text names it by
            names |= {self.doc[m.start - 2].text for m in (self.mentions[i] for i in actor.mentions)
                      if m.start >= 2 and self.doc[m.start - 1].lower_ == "of"}
            canon = actor.name
            names |= {s for s, c in self.kb.countries.items() if c == canon}
            found = memo[a] = frozenset(norm(w).rstrip("s") for n in names if n for w in n.split())
        return found

    def name_head(self, tok: Token) -> int | None:
        """'Front' in "a Front official": the one organisation named before whose name is headed by that
        capitalised noun ("the Patriotic Resistance Front")."""
        heads = self.__dict__.get("_name_head_index")
        if heads is None:  # each head noun -> (start, actor) of the organisations' mentions, built once per document
            heads = self._name_head_index = {}
            first: dict[int, int] = {}  # (a mention's first token in tok2m)
            for i, k in enumerate(self.tok2m):
                if k >= 0:
                    first.setdefault(k, i)
            for k, start in first.items():
                m = self.mentions[k]
                if m.actor >= 0 and self.actors[m.actor].kind == "organization":
                    for h in _name_heads(norm(m.name or m.text)):
                        heads.setdefault(h, []).append((start, m.actor))
        found = {a for start, a in heads.get(norm(tok.text), ()) if start < tok.i}
        return found.pop() if len(found) == 1 else None

    def question_answer(self, tok: Token) -> int | None:
        """The actor a quiz's or an interview's answer line names for the question word ``tok`` ("who", "what"): the
        question ends its line with "?", and the next line is an answer's label ("A:", "A3.", "ANSWER:") and a name
        ("A: Tomas Varga.", "ANSWER: The Harbour Front, founded in 2009."); None otherwise."""
        doc, text = self.doc, doc_text(self.doc)
        sent = tok.sent
        asked = text[sent.start_char:sent.end_char].rstrip()
        if not asked.endswith("?"):
            return None
        m = _ANSWER_LINE.match(text, sent.start_char + len(asked))
        if m is None:
            return None
        span = doc.char_span(m.end(), min(len(text), m.end() + 1), alignment_mode="expand")
        if span is None:
            return None
        k = span.start
        while k < len(doc) and doc[k].lower_ == "the":
            k += 1
        return self.actor(doc[k]) if k < len(doc) else None

    def pronoun_actor(self, tok: Token, exclude: int | None = None) -> int | None:
        """'he'/'his' -> the closest person before; 'it'/'its'/'they'/'their' -> closest organisation or state.

        ``exclude``: an actor the pronoun cannot be (the name it stands in apposition to: "X, its
        armed wing"). Then the subject of the sentence wins over closer names ("X met A and B, his
        rival": X), and with nothing fitting earlier in the sentence, the subject of the sentence
        before does ("X has warred with the army. Its parent ...": X).
        """
        if tok.tag_ == "WP" and tok.lower_ in ("who", "what", "which"):
            return self.question_answer(tok)  # "Q3. Who leads the X Party?" over "A: Name."
        if tok.lower_ in ("i", "me"):
            return self.first_person(tok)  # (the speaker of a turn, a voice or an attributed quotation; "my party"
            # is read where a possessive is: ``led_body``, the speaker's own body)
        if tok.lower_ in ("we", "us", "our"):
            if getattr(self, "speaking", False):
                return self.speaker_body(tok)  # (an interview's turns: ties only)
            from kingmaker.nlp.layout import voice_body

            return voice_body(self, tok)  # the document's own voice ("we won nine seats"), for every stage
        want = PRONOUN_KINDS.get(tok.lower_)
        if not want:
            return None
        gender = GENDERED.get(tok.lower_)
        if gender is not None and self._unresolved_person_subject(tok):
            return None  # "Sheikh X, who ..., has since led a party, which he founded": X, a person tied to no actor
        # "Kovarik lost; he stayed on. Her ally ...": a person the text calls the other gender is out
        other = {a for a, g in self.genders().items() if g != gender} if gender else set()
        if gender is not None and tok.sent.start > 0:
            # "NAME: He met the ambassador": one who speaks in a transcript's turn says "I", never "he"
            speaker = self.turn_speaker(tok)
            if speaker is not None:
                other.add(speaker)
        def fits(a: int) -> bool:
            return a != exclude and a not in other

        head = self._entry_pronoun(tok)
        if head is not None and fits(head):
            return head
        head = self._parallel_owner(tok, want)
        if head is not None and fits(head):
            return head
        head = self._conjunct_owner(tok, want)
        if head is not None and fits(head):
            return head
        found = self._pronoun_actor(tok, want, fits, exclude)
        if found is not None and tok.lower_ == "she":
            found = self._marked_rather(tok, found, gender, exclude)
        if found is not None and tok.lower_ in ("it", "its"):
            found = self._object_it_rather(tok, found, want, fits)
        if found is None and gender is not None:  # none near: a person the text calls so a little further back
            for i in range(tok.sent.start - 61, max(0, tok.sent.start - 250) - 1, -1):
                a = self.actor(self.doc[i])
                if a is not None and a != exclude and self.genders().get(a) == gender:
                    return a
            return self._chained(tok, fits, want)
        return found

    def _object_it_rather(self, tok: Token, found: int, want, fits) -> int:
        """"The commission barred it in April, and its chairman, X, is in custody": a later "it" / "its" of the
        sentence found to be the subject of a clause whose object is an earlier "it" stands for what that object
        stands for (an object "it" is never its own clause's subject, and the sentence goes on about it), when that
        is found; else ``found``."""
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.lower_ != "it" or t.dep_ != "dobj":
                continue
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)
            if subj is None or self.np_actor(subj) != found:
                continue
            # what the object "it" stands for: the body the sentence before is about (its subject), else the one the
            # pronoun is found to stand for when named in this sentence or the one before (not one further back)
            doc, start = self.doc, tok.sent.start
            prev = doc[start - 1].sent if start > 0 else None
            subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
                if prev is not None else None
            other = self.np_actor(subj) if subj is not None and subj.pos_ != "PRON" else None
            if other is None or isinstance(other, _Group) or other == found or not fits(other) \
                    or self.kind(other) not in want:
                other = self.pronoun_actor(t, exclude=found)
                first = prev.start if prev is not None else start
                if other is None or isinstance(other, _Group) or not any(
                        self.actor(doc[i]) == other for i in range(first, t.i)):
                    continue
            if other != found and fits(other) and self.kind(other) in want:
                return other
        return found

    def _parallel_owner(self, tok: Token, want) -> int | None:
        """"X's ties with A and its rivalry with B", "X's alliance with A and its feud with B": a possessive pronoun on
        the second of two coordinated nouns built alike (each with a preposition after it: "closeness to A and its
        rivalry with B") stands for the
        name owning the first, not for a body named inside the first (A); the parser may hang the second noun on
        the first, on a name inside it or on the verb they share. None when no such first noun is found."""
        noun = tok.head
        if tok.dep_ != "poss" or noun.dep_ != "conj" or noun.pos_ != "NOUN" or tok.i == 0 \
                or self.doc[tok.i - 1].lower_ not in ("and", "but"):
            return None
        if not any(c.dep_ == "prep" and c.i > noun.i for c in noun.children):
            return None
        h = noun.head
        for first in self.doc[tok.sent.start:tok.i]:
            if first.pos_ != "NOUN" or first.i == noun.i:
                continue
            if not (h.i == first.i or first.left_edge.i <= h.i <= first.right_edge.i and h.i < tok.i
                    or h.i == first.head.i and first.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")):
                continue  # (not the noun the second is joined to, or its phrase, or its sibling under one verb)
            if not any(c.dep_ == "prep" and c.i > first.i for c in first.children):
                continue
            poss = next((c for c in first.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            owner = self.actor(poss) if poss is not None else None
            if owner is not None and self.kind(owner) in want:
                return owner
        return None

    def _conjunct_owner(self, tok: Token, want) -> int | None:
        """"after A and its ally B swung behind him", "A and his deputy X": a possessive pronoun on a noun coordinated
        right after a name stands for that name (the conjunct before "and"), not for a body named earlier in the
        sentence; None when the noun is no such conjunct, a list comes between ("A, B and its ally C") or the name
        is of the wrong kind for the pronoun."""
        noun = tok.head
        if tok.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i >= tok.i or noun.head.pos_ != "PROPN":
            return None
        if any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX")
               for t in read_tokens(self.doc)[noun.head.i + 1:tok.i]):
            return None
        owner = self.actor(noun.head)
        if owner is None:
            return None
        return owner if self.kind(owner) in want else None

    def _entry_pronoun(self, tok: Token) -> int | None:
        """"Founded in 2017 by X, a former army colonel, who remains its leader.": "its" in an entry's description
        whose sentence has no subject of its own (``entry_subject``) is the body the entry's head names, the
        sentence's implied subject, whatever other body stands nearer. None for any other pronoun or sentence, or
        an entry with more than one head or a person's."""
        if tok.lower_ != "its" or not self.entry_heads():
            return None
        heads = self.entry_heads().get(tok.sent.start)
        if not heads or len(heads) != 1 or self.kind(heads[0]) == "person":
            return None
        return heads[0] if self.entry_subject(tok.sent.root) else None

    def _plural_subject_modifiers(self, tok: Token) -> frozenset[int]:
        """"Karvelian jets have killed several of its commanders", "Ostravian soldiers arrested dozens of its
        members" ("its" on the object of a clause whose subject is a plural noun): the subject's and its modifiers'
        positions; a
        singular "its" stands for neither those plural things nor the state or body that names them, but for the
        one before. Empty for any other pronoun or clause."""
        if tok.lower_ != "its" or tok.dep_ != "poss":
            return frozenset()
        verb = tok.head
        for _ in range(4):  # (up through "several of", "two of the")
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in ("VERB", "AUX") else None
        if subj is None or subj.tag_ != "NNS" or subj.i > tok.i:
            return frozenset()
        return frozenset([subj.i] + [c.i for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod")])

    def _unresolved_person_subject(self, tok: Token) -> bool:
        """"Sheikh X, who shared the leadership with Y until he was ousted, has since led a party, which he founded":
        the subject of the main clause of the pronoun's sentence, before it, is a person's name (as the name finder
        labels it) that the resolver tied to no actor (a surname two people share): "he" most likely stands for it;
        the closer name (Y) would be a guess, so the pronoun stands for no one."""
        root = tok.sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None or subj.i == tok.i:
            return False
        m = self.tok2m[subj.i]
        if m < 0 or self.mentions[m].label != "PERSON":
            return False
        a = self.mentions[m].actor
        return a < 0 or self.actors[a].kind not in ACTOR_KINDS

    def _marked_rather(self, tok: Token, found: int, gender: str, exclude: int | None) -> int:
        """A "she" that reaches back past its own sentence to a person the text never marks ("... The militia's
        commander, X, has refused. She also reported ..."): the closest person before whom the text calls "she"
        (``genders``), when one is named in the last few paragraphs (news prose leaves most men unmarked, rarely
        a woman it speaks of); ``found`` itself when it is marked, or named earlier in the pronoun's own sentence
        ("X said she ..."). (Not "her": "Y rejected her offer" may well mean the closest woman, unmarked.)"""
        if self.kind(found) != "person" or self.genders().get(found) is not None \
                or any(self.actor(t) == found for t in self.doc[tok.sent.start:tok.i]):
            return found
        for i in range(tok.sent.start - 1, max(0, tok.sent.start - 400) - 1, -1):
            a = self.actor(self.doc[i])
            if a is not None and a != exclude and a != found and self.genders().get(a) == gender:
                return a
        return found

    def speaker_body(self, tok: Token) -> int | None:
        """"we"/"us"/"our" in an interview's answer ("Dalmar: We have fought them for years"): the
        organisation or state the labelled speaker is tied to (leader or member, as found so far; a unit
        stands for the body it is directly part of). Outside a labelled turn: the body of the document's own
        voice ("Speech by NAME, leader of X": "we won nine seats"; nlp/layout.py ``voice``). Anywhere else: None
        (a quoted "we" is left alone)."""
        from kingmaker.nlp.layout import voice_body

        doc = self.doc
        person = self.turn_speaker(tok)
        if person is None:
            return voice_body(self, tok)
        body = next((h.target for h in self.hits if h.source == person and h.type in ("leader_of", "member_of")
                     and self.kind(h.target) in ("organization", "country")), None)
        whole = next((h.target for h in self.hits if h.source == body and h.type == "part_of"
                      and self.kind(h.target) == "organization"), None)
        for m in (self.mentions[i] for i in (self.actors[body].mentions if body is not None else ())):
            j = m.end + 1 + (m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "the")
            if whole is None and m.end < len(doc) and doc[m.end].lower_ == "of" and j < len(doc) \
                    and self.actor(doc[j]) is not None and self.kind(self.actor(doc[j])) == "organization":
                whole = self.actor(doc[j])  # "the Eastern Division of the Front"
        return whole if whole is not None else body  # "I command the east division": "we" is the army

    def turn_speaker(self, tok: Token) -> int | None:
        """The person the speaker label of ``tok``'s line names ("Name: ...", "[00:01:20] NAME: ..."), or of the
        line that opens the turn ``tok``'s paragraph runs on (``pipeline.turn_line``), if any."""
        from kingmaker.nlp.pipeline import speaker_label, turn_line  # the one rule for a speaker label

        doc = self.doc
        k, words = tok.sent.start, token_texts(doc)  # (a token's trailing whitespace is a space or nothing)
        while k > 0 and "\n" not in words[k - 1]:
            k -= 1
        start = turn_line(doc, doc[k].idx)
        label = speaker_label(doc_text(doc), start)
        if label is None:
            return None
        person = next((a for a in (self.actor(doc[i]) for i in tokens_within(doc, start, label.end()))
                       if a is not None), None)
        if person is None:
            person = self.label_person(label.group())
        return person if person is not None and self.kind(person) == "person" else None

    def label_person(self, label: str) -> int | None:
        """The person a turn label naming no one stands for (``label``: "A: ", "Answer: "): the one a note names
        after the label's letter ("Speaker A is identified as NAME", relations.yaml speaker_letter_nouns), else, for
        an interview's answer label (answer_labels), the interviewee: the first person named in a sentence of the
        introduction above the first answer that holds one of interview_words ("In an interview, Foreign Minister
        NAME of X said ...", "an interview with NAME"); None otherwise ("Q: ...", an unnamed "B:" with no note)."""
        word = label.rstrip().rstrip(":").strip()
        memo = self.__dict__.setdefault("_label_persons", {})
        if word in memo:
            return memo[word]
        doc, text, c = self.doc, doc_text(self.doc), cues()
        found = None
        for noun in sorted(c.speaker_letter_nouns):  # "Speaker A is identified as NAME": the note's person
            for m in re.finditer(rf"\b{re.escape(noun)} {re.escape(word)}\b", text, re.IGNORECASE):
                sent = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if sent is None:
                    continue
                found = next((a for a in (self.actor(t) for t in doc[sent.end:sent.sent.end])
                              if a is not None and self.kind(a) == "person"), None)
                if found is not None:
                    break
            if found is not None:
                break
        if found is None and norm(word) in c.answer_labels:
            found = self.interviewee()
        memo[word] = found
        return found

    def addressee(self, tok: Token) -> int | None:
        """The person "you" stands for in an interview's question ("Q: The Front accuses you of ...", "Question:
        ..."; relations.yaml question_labels): the interviewee (``interviewee``); None outside a question's turn."""
        from kingmaker.nlp.pipeline import speaker_label, turn_line

        if tok.lower_ != "you" or quoted(tok):
            return None
        text = doc_text(self.doc)
        label = speaker_label(text, turn_line(self.doc, tok.idx))
        if label is None or norm(label.group().rstrip().rstrip(":")) not in cues().question_labels:
            return None
        return self.interviewee()

    def interviewee(self) -> int | None:
        """The person an interview's introduction names in a sentence holding one of relations.yaml interview_words
        ("In an interview, Foreign Minister NAME of X said ...", "an interview with NAME"), above its first answer
        (a line labelled with one of answer_labels: "A: ...", "Answer: ..."); None when none is."""
        from kingmaker.nlp.pipeline import speaker_label

        if "_interviewee" in self.__dict__:
            return self._interviewee
        doc, text, c = self.doc, doc_text(self.doc), cues()
        found = None
        first = next((m.start() for m in re.finditer(r"(?m)^", text) if (lab := speaker_label(text, m.start()))
                      and norm(lab.group().rstrip().rstrip(":")) in c.answer_labels), 0)  # (the first answer)
        for sent in doc.sents:
            if sent.end_char > first:
                break
            low = " " + norm(sent.text) + " "
            if any(f" {w} " in low for w in c.interview_words):
                found = next((a for a in (self.actor(t) for t in sent)
                              if a is not None and self.kind(a) == "person"), None)
                if found is not None:
                    break
        self._interviewee = found
        return found

    def genders(self) -> dict[int, str]:
        """Persons the text itself marks as men or women ("m"/"f"): a gendered title before the name
        (relations.yaml male_titles/female_titles: "Mrs Morel"), or "he"/"she" as the subject of what the
        person says ("Morel said she ...") or of the sentence after the one the person is the subject of
        ("Morel arrived late. She ..."). A person marked both ways is left unknown."""
        if not hasattr(self, "_genders"):
            self._genders: dict[int, str] = {}  # (while counting: a pronoun met meanwhile is read genderless)
            votes: dict[int, set[str]] = {}
            male, female = cues().male_titles, cues().female_titles
            for m in self.mentions:
                if m.actor < 0 or self.actors[m.actor].kind != "person":
                    continue
                for t in (self.doc[m.start - 1] if m.start > 0 else None, self.doc[m.start]):
                    if t is not None and t.text != ".":
                        w = norm(t.text.rstrip("."))
                        if w in male or w in female:
                            votes.setdefault(m.actor, set()).add("m" if w in male else "f")
            for tok in (self.doc[i] for i, w in enumerate(token_lowers(self.doc)[0]) if w in GENDERED):
                g = GENDERED[tok.lower_]
                if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("he", "she"):
                    continue
                # "X said (that) she would ...", "X lost; he still sits ...": the closest subject before it
                # (subjects that name no actor are passed over: "X lost; the two have not spoken since he ...")
                subj = next((t for t in reversed(doc_span(self.doc, tok.sent.start, tok.i)) if t.dep_ == "nsubj"
                             and t.pos_ != "PRON" and self.np_actor(t) is not None), None)
                who = self.np_actor(subj) if subj is not None else None
                prev = self._prose_before(tok.sent.start) if subj is None and tok.head.dep_ == "ROOT" \
                    and tok.i - tok.sent.start <= 2 else None
                if prev is not None:  # "X arrived late. She ..."
                    subj = next((t for t in prev if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
                    who = self.np_actor(subj) if subj is not None and subj.pos_ != "PRON" else None
                if who is not None and self.kind(who) == "person":
                    votes.setdefault(who, set()).add(g)
            self._genders = {a: next(iter(v)) for a, v in votes.items() if len(v) == 1}
        return self._genders

    def _speaker_labels(self) -> frozenset[int]:
        """The tokens of the labels that open a line ("MS. OSK:", "[00:02:28] DUSHAN:", "Chair:"): a
        transcript's speaker names no one its turn calls "he" or "she" (a speaker says "I")."""
        from kingmaker.nlp.pipeline import LABEL_LINES

        return per_doc(self.doc, "speaker_labels", lambda doc: frozenset(
            i for first, value, _ in doc.user_data.get(LABEL_LINES) or () for i in range(first, value)))

    def _relcl_nationality_subject(self, tok: Token, want, fits) -> int | None:
        """"The Front freed four soldiers but still holds the two Velnian nurses it seized in May": "it", subject of a
        relative clause on people the state's adjective only calls by their nationality, is the clause's main
        subject (a single body named before it), not that closer state (which the text may name elsewhere)."""
        if tok.lower_ != "it" or tok.dep_ != "nsubj" or tok.head.dep_ != "relcl":
            return None
        noun = tok.head.head
        if noun.tag_ != "NNS" or noun.i > tok.i or self.actor(noun) is not None:
            return None
        # (the parser may read a capitalised adjective as a compound: "the two Velnian journalists")
        demonyms = [c for c in noun.children if (c.dep_ == "amod" and c.pos_ == "ADJ" or c.dep_ == "compound"
                    and c.pos_ == "PROPN" and c.i == noun.i - 1) and self.actor(c) is not None
                    and self.kind(self.actor(c)) == "country"]
        if not demonyms:
            return None
        verb, subj = noun.head, None  # the subject of the clause that holds the people (of its first conjunct)
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), None)
            if subj is not None or verb.dep_ not in ("conj", "dobj", "pobj", "prep", "appos") or verb.head is verb:
                break
            verb = verb.head
        if subj is None or subj.tag_ not in ("NNP", "NN") or subj.pos_ == "PRON":
            return None
        a = self.np_actor(subj)
        if a is None or not fits(a) or self.kind(a) not in want or a in {self.actor(c) for c in demonyms}:
            return None
        return a

    def _made_body(self, subj: Token) -> int | None:
        """The organisation a subject is told making, named as its verb's object ("the Council created the Iron Guard,
        a militia of 3,000 men", "X set up the Y Front": relations.yaml forming_verbs), not one denied or to come."""
        verb = subj.head
        if subj.dep_ not in ("nsubj",) or verb.pos_ != "VERB" or norm(verb.lemma_) not in cues().forming_verbs \
                or any(c.dep_ == "neg" for c in verb.children) or _unreal(verb):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        made = self.np_actor(obj) if obj is not None else None
        return made if made is not None and self.kind(made) == "organization" else None

    def _pronoun_actor(self, tok: Token, want, fits, exclude: int | None) -> int | None:
        start = tok.sent.start
        if tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.dep_ == "conj" and tok.head.head.i < tok.i \
                and tok.head.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                          for c in tok.head.head.children):
            # "the movement and its partners": "its" is the first conjunct's, a described body ("the movement"):
            # the one that description stands for, or none known (never a name further back)
            first = tok.head.head
            a = self.actor(first) if self.actor(first) is not None else self.definite(first)
            return a if a is not None and a != exclude and fits(a) and self.kind(a) in want else None
        heads = self.entry_heads().get(start) if self.entry_heads() else None
        if heads and len(heads) == 1 and heads[0] != exclude and fits(heads[0]) and self.kind(heads[0]) in want:
            return heads[0]  # "Name - Militia led by X. Its rockets hit ...": an entry's pronouns stand for its head
        labels = self._speaker_labels()
        a = self._described_subject(tok, exclude)
        if a is not None and fits(a) and self.kind(a) in want:
            return a
        if exclude is not None:  # "X met A, B and C, his rival": the subject of the clause is the salient one
            subjects = [t for t in tok.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i]
            subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))  # the main clause's, else the first
            for subj in subjects[:2]:
                a = self.np_actor(subj, deep=True)  # "X's support is needed, but ... unacceptable to it": X
                if a is not None and fits(a) and self.kind(a) in want:
                    return a
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj":
            # "X visited A and met B, but she refused ...": the subject of a conjoined clause is the subject
            # of the clause it is joined to (when that one fits: "he"/"she" a person the text marks so), not
            # the closest name (B)
            first = next((c for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            a = self.np_actor(first) if first is not None and first.pos_ != "PRON" else None
            gender = GENDERED.get(tok.lower_)
            if a is not None and fits(a) and self.kind(a) in want and (
                    gender is None or self.kind(a) != "person" or self.genders().get(a) == gender):
                return a
        a = self._relcl_nationality_subject(tok, want, fits)
        if a is not None:
            return a
        plural_owner = self._plural_subject_modifiers(tok) | self._own_quote(tok) | self._controlled_opener(tok)
        for i in range(tok.i - 1, start - 1, -1):
            a = self._tok_actor[i]  # (``actor`` of the token at i: no Token made per word walked back over)
            if a is not None and fits(a) and self.kind(a) in want and i not in plural_owner \
                    and not self.stance_word(self.doc[i]):
                return a
        prev = self._prose_before(start)
        if prev is not None:  # none earlier in its sentence: the subject of the sentence before ("X took up arms
            # after the government dissolved the council. Its commander ...": X), else the closest name
            heads = self.main_subjects(prev)
            subj = heads[0] if heads else None
            if subj is not None and subj.pos_ == "PRON" and GENDERED.get(tok.lower_) is not None \
                    and GENDERED.get(subj.lower_) == GENDERED.get(tok.lower_):
                # "Name went after X. She said he had ... And she called on ...": the same "she" as the
                # subject before, not the closest name (X)
                a = self._chained(tok, fits, want)
                if a is not None:
                    return a
            misread_root = False
            if subj is None and prev.root.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "ADJ")
                    for c in prev.root.children):
                # "The movement, which is armed by X, named Y as ...": the main verb misread as a participle
                # on the subject, which the parser made the root (its "named Y as ..." names no one it is); the
                # participle may be tagged an adjective ("which is armed and trained by X, according to ...")
                subj = prev.root
                misread_root = True
            plural_subject = set()
            if subj is not None and tok.lower_ in ("it", "its") and any(c.dep_ == "conj" for t in heads
                                                                         for c in t.children):
                # "A and B are part of C. Its ...": a coordinated subject is no "it"
                plural_subject = {self.np_actor(m) for t in heads for m in (t, *t.conjuncts)}
                subj = None
            a = (self.actor(subj) if self.actor(subj) is not None else self.definite(subj)) if misread_root \
                else self.np_actor(subj)
            if a is not None and tok.lower_ in ("it", "its") and self._described_by_owner(subj, a):
                # "The government in X, led by the Y Council, did not comment. Its minister ...": "its" is the
                # government the sentence is about, which no name stands for, not the council leading it
                return None
            if a is None and subj is not None and subj.pos_ == "PRON" and subj.i < tok.i \
                    and (GENDERED.get(subj.lower_) is not None and GENDERED.get(subj.lower_) == GENDERED.get(tok.lower_)
                         or subj.lower_ == "it" and tok.lower_ in ("it", "its")) \
                    and getattr(self, "_chain", 0) < 3:
                # "X returned. He met the ambassador, Y. His minister ...": a pronoun subject of the sentence before
                # is the same person ("he" ... "his"), not the closer name in its object (a few sentences back at most);
                # so is an "it" ("The Front has fought since 2019. It is led by X; UN experts put ... Its arm ...": the
                # Front, not the UN named in a later clause)
                self._chain = getattr(self, "_chain", 0) + 1
                try:
                    a = self.pronoun_actor(subj, exclude)
                finally:
                    self._chain -= 1
            if a is None and subj is not None and subj.pos_ == "NOUN" and any(c.dep_ == "poss" for c in subj.children):
                # "The EU's naval mission condemned it. Its commander ...": the one "... Mission" named before,
                # not its owner
                a = self.name_head(subj)
            if a is None and subj is not None and tok.lower_ == "it":
                a = self._state_body_owner(subj)
            if a is None and subj is not None and in_any(norm(subj.text), self.kb.member_plurals, self.kb.known_as_groups):
                # "Its fighters attacked ... Their commanders ...": the body whose members the subject was
                # (not "Our enemy is X. They ...": an enemy is no member)
                poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
                a = self.pronoun_actor(poss) if poss is not None else None
            made = self._made_body(subj) if tok.lower_ == "its" and a is not None else None
            if made is not None and made != a and fits(made):
                return made  # "In 2024 the Council created the Iron Guard, a militia. Its commander ...": the Guard
            if a is not None and fits(a) and self.kind(a) in want:
                return a
            if a is None and tok.lower_ in ("it", "its") and subj is not None and subj.pos_ == "NOUN" \
                    and subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                    and subj.head.lemma_ != "be" and subj.head.lemma_ not in cues().report_verbs:
                # "The paper recalls that X hosted talks. It accuses Y ...", "The movement, armed by X, named Y. It
                # has vowed ...": "it" stands for the thing the sentence before was about, a body no known actor
                # is found for, not for a name in that sentence's clauses (a copula's subject may be what it is
                # said to be: "The heart of the system is the Fund. It is chaired by ...": the Fund; a speaker's
                # words tell what they are about: "The paper says X attacked Y. Its commander ...": X's)
                return None
            if a is None and misread_root and tok.lower_ in ("it", "its") and subj.tag_ == "NN" \
                    and norm(subj.lemma_) in self.kb.org_nouns:
                # "Pro-Varnian alliance led by X, leader of the Y Party. Its members are ...": a line describing a
                # body no name stands for (a heading's entry the parser read as a noun with a participle); "its" is
                # that body, not a name inside the description
                return None
            # no actor as its subject: the one named highest in its tree ("Both sides are part of the Council,
            # the body that has ruled since Tolvia forced X out. Its chairman ...": the Council, not Tolvia)
            best, depth = None, None
            for t in prev:
                a = self.actor(t)
                if a is None or not fits(a) or self.kind(a) not in want or a in plural_subject or self.stance_word(t):
                    continue
                d, h = 0, t
                while h.head.i != h.i and d < 50:
                    h, d = h.head, d + 1
                if depth is None or d < depth:
                    best, depth = a, d
            if best is not None:
                return best
            if GENDERED.get(tok.lower_) is not None and any(
                    t.pos_ == "NOUN" and self.actor(t) is None and (self._office_title(t) or norm(t.lemma_) in cues().speaking_roles)
                    and any(c.dep_ == "det" for c in t.children) for t in prev):
                # "I telephoned the Varnian foreign minister. He listened ...": a person the sentence before speaks
                # of with no name (a title, a speaking role) is who "he" most likely is; a name further back is a guess
                return None
        _tk = read_tokens(self.doc)  # (the listed tokens: no Token made per word walked back over)
        for i in range(start - 1, max(0, start - 60) - 1, -1):
            a = self._tok_actor[i] if i not in labels and not self.stance_word(_tk[i]) else None
            if a is not None and fits(a) and self.kind(a) in want:
                return a
        return None

    def _state_body_owner(self, subj: Token) -> int | None:
        """"Xland's interior ministry accused A. It also accused B": the state whose body (roles.yaml
        state_body_nouns: ministry, army, police ...) the sentence before was about, named as its possessive owner,
        is what a later "it" stands for (the ministry acts as its state), not a name in that sentence's object (A);
        so is the seat of "the foreign ministry in Xland", and the body owning "the Front's council". None when
        ``subj`` is no such body or its owner is no state or organisation."""
        if subj.pos_ not in ("NOUN", "PROPN") or norm(subj.lemma_) not in self.kb.state_body_nouns:
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        if owner is None:  # "the foreign ministry in Xland"
            owner = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"
                          for p in c.children if p.dep_ == "pobj"), None)
        a = self.actor(owner) if owner is not None else None
        return a if a is not None and not isinstance(a, _Group) and self.kind(a) in _BODY else None

    def stance_word(self, tok: Token) -> bool:
        """``tok`` is part of a name joined by a hyphen into a word that tells a stance towards what it names, not
        that thing itself: after a prefix of word_lists.stance_prefixes ("a pro-Varnian alliance", "the anti-Kessel
        camp") or before a word of word_lists.stance_suffixes ("the Moscow-leaning bloc", "a Varnia-friendly
        party"). Such a word is no antecedent of "it"/"its"/"they": "Pro-Varnian alliance led by X. Its members
        are A and B" speaks of the alliance's members, never Varnia's."""
        m = self.tok2m[tok.i]
        if m < 0:
            return False
        start, end = self.mentions[m].start, self.mentions[m].end
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        before = start >= 2 and _tk[start - 1].text in ("-", "\u2013") and not _tk[start - 2].whitespace_ \
            and norm(_tk[start - 2].text) in cues().stance_prefixes
        after = end + 1 < len(doc) and _tk[end].text in ("-", "\u2013") and not _tk[end - 1].whitespace_ \
            and norm(_tk[end + 1].text) in cues().stance_suffixes
        return before or after

    def _described_by_owner(self, subj: Token, a: int) -> bool:
        """``a`` (what the noun phrase ``subj`` was read as) is only the name it is described by ("a government led
        by X", "the militia loyal to X": ``described_owner``), the body itself having no name of its own."""
        owner = self.described_owner(subj) if subj.pos_ == "NOUN" and self.actor(subj) is None else None
        return owner is not None and owner is not subj and self.np_actor(owner) == a

    def spoken_for(self, role: Token, person: int | None = None) -> int | None:
        """"The Front did not respond, and a spokesman, X, accused ...", "The Front denied it. A spokesman said ...":
        a bare speaking role (word_lists speaking_roles; "a spokesman" with no owner, modifier or of/for-phrase)
        speaks for the body the passage is about: the subject of its sentence's main clause before it, or (the
        ``person`` named being that subject, or none before the role) of the sentence before, when that is an
        organisation or a state; None for any other subject ("Y demanded ..., and a spokesman said": no body)."""
        if norm(role.lemma_) not in cues().speaking_roles or role.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children) \
                or any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in role.children):
            return None
        subjects = [t for t in self.main_subjects(role.sent) if t.i < role.i and not t.is_ancestor(role)]
        a = self.np_actor(subjects[0]) if subjects else None
        if a is None or a == person:
            prev = self._prose_before(role.sent.start)
            heads = self.main_subjects(prev) if prev is not None and (not subjects or a == person) else []
            a = self.np_actor(heads[0]) if len(heads) == 1 and heads[0].pos_ != "PRON" else None
        return a if a is not None and a != person and self.kind(a) in ("organization", "country") else None

    def main_subjects(self, sent: Span) -> list[Token]:
        """The subjects of a sentence's main clause: what the sentence is about, the entity a possessive or a
        description in the sentence after most likely refers back to (several for a split name). A trailing
        attribution ("X won 39 seats, the commission said") names the source: the one the story is about is the
        subject of the clause reported (X); so is the subject of a first clause before a semicolon, parsed as the
        second's complement ("It has 3,000 fighters; UN experts put the figure lower"), but not when both clauses have
        one verb ("A holds 134 seats; B holds nine": a row, its last subject the nearest). A main verb with no subject
        of its own after a complement clause ("X, the strongest of the groups gathered under Y, said ...", the
        subject read as the participle's): that clause's subject."""
        doc, deps, _tk = self.doc, token_deps(self.doc), read_tokens(self.doc)  # (labels off the Doc's tables)
        heads = [doc[i] for i in range(sent.start, sent.end)
                 if deps[i] in ("nsubj", "nsubjpass") and _tk[i].head.dep_ == "ROOT"]  # (a Token only per subject)
        if not heads:
            before = next((c for c in sent.root.children if c.dep_ == "ccomp" and c.i < sent.root.i), None)
            heads = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i] \
                if before is not None else []
            return heads
        told = next((c for c in sent.root.children if c.dep_ == "ccomp" and heads and c.i < heads[0].i), None)
        if told is not None and told.lemma_ == sent.root.lemma_ and sent.root.lemma_ not in cues().report_verbs:
            told = None  # "A holds 134 seats; B holds nine": two clauses of one verb, a row; the last is the nearest
        if told is not None and (sent.root.lemma_ in cues().report_verbs or any(
                t.text == ";" for t in _tk[told.i:heads[0].i])) and not self._quoted_by_pronoun(sent, told, heads):
            heads = [t for t in told.children if t.dep_ in ("nsubj", "nsubjpass")] or heads
        return heads

    def _own_quote(self, tok: Token) -> frozenset[int]:
        """'"X has betrayed us," he said': the positions of the words quoted before an attribution whose subject is
        ``tok`` ("he"/"she"); the speaker is no one named in their own quoted words. Empty for anything else."""
        from kingmaker.nlp import CLOSE_QUOTES, OPEN_QUOTES

        verb = tok.head
        if tok.lower_ not in ("he", "she") or tok.dep_ != "nsubj" or verb.lemma_ not in cues().report_verbs:
            return frozenset()
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i), None)
        if said is None or not any(t.text in OPEN_QUOTES
                                   for t in read_tokens(self.doc)[tok.sent.start:said.left_edge.i + 1]) \
                or not any(t.text in CLOSE_QUOTES for t in read_tokens(self.doc)[said.i + 1:tok.i]):
            return frozenset()
        return frozenset(range(said.left_edge.i, said.right_edge.i + 1))

    def _controlled_opener(self, tok: Token) -> frozenset[int]:
        """"Standing next to his colleague X, he accused ...", "After meeting X, she ...", "Angered by his rival X's
        remarks, he ...": the positions of an opening clause with no subject of its own (a participle, or "after/
        before" with a gerund) hung on the verb whose subject is ``tok``; that clause's understood subject is
        ``tok`` itself, so no name inside it (whom it met, stood by, quoted) is what the pronoun stands for. Empty
        for any other pronoun or clause (a finite clause keeps its names: "After X arrived, he ...")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PRON":
            return frozenset()
        verb = tok.head
        out: set[int] = set()
        last = None
        for c in verb.children:
            if c.i >= tok.i:
                break
            if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN", "JJ") or c.dep_ == "prep" and (c.tag_ == "VBG" or any(
                    g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)):
                if any(g.dep_ in ("nsubj", "nsubjpass", "expl") for h in (c, *c.children) if h.i == c.i
                       or h.dep_ == "pcomp" for g in h.children):
                    continue  # (a clause with its own subject: "After X arrived, he ...")
                out.update(range(c.left_edge.i, c.right_edge.i + 1))
                last = c.right_edge.i
            elif c.dep_ in ("npadvmod", "appos") and c.pos_ == "PROPN" and last is not None \
                    and all(t.is_punct for t in read_tokens(self.doc)[last + 1:c.left_edge.i]):
                out.update(range(c.left_edge.i, c.right_edge.i + 1))  # "Flanked by the governor, Ivo Dask, she"
                last = c.right_edge.i
        return frozenset(out)

    def _quoted_by_pronoun(self, sent: Span, told: Token, heads: list[Token]) -> bool:
        """'"The patriarch has turned the church into a party," he told UTV.': words quoted before an attribution
        whose subject is "he" or "she" are what the person the story is already about said; that speaker, not the
        subject of the quoted words, is what the sentence is about (the "his" or "she" of the sentence after)."""
        from kingmaker.nlp import CLOSE_QUOTES, OPEN_QUOTES

        if not all(h.lower_ in ("he", "she") for h in heads):
            return False
        doc = self.doc
        return any(t.text in OPEN_QUOTES for t in read_tokens(doc)[sent.start:told.left_edge.i + 1]) \
            and any(t.text in CLOSE_QUOTES for t in doc[told.i + 1:heads[0].i])

    def _described_subject(self, tok: Token, exclude: int | None) -> int | None:
        """"Shelling hit the Front's fighters, the group said, and its commander, X, vowed ...": an "it"/"its"
        after a clause whose subject is a described body ("the group", "the militia said its chief ..."): that
        description's body (``definite``), when that subject is the closest one before the pronoun in its
        sentence; else None (a subject with a name of its own is found by the scans that follow; a plural one,
        "the army said the rebels had shelled two of its positions", is no antecedent of a singular pronoun)."""
        if tok.lower_ not in ("it", "its"):
            return None
        subj = next((t for t in reversed(doc_span(self.doc, tok.sent.start, tok.i))
                     if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ in ("NNS", "NNPS") or self.actor(subj) is not None:
            return None
        return self.definite(subj, exclude)

    def _chained(self, tok: Token, fits, want) -> int | None:
        """'... he picked up a rifle. Within a year he commanded 3,000 fighters', with no name near: the person the
        'he' subject of the sentence before stands for (a chain of pronouns of the same gender back to the name)."""
        gender = GENDERED.get(tok.lower_)
        start = tok.sent.start
        prev = self._prose_before(start)
        if gender is None or prev is None or getattr(self, "_chain", 0) >= 4:
            return None
        subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is None or subj.pos_ != "PRON" or GENDERED.get(subj.lower_) != gender:
            return None
        self._chain = getattr(self, "_chain", 0) + 1
        try:
            a = self.pronoun_actor(subj)
        finally:
            self._chain -= 1
        return a if a is not None and fits(a) and self.kind(a) in want else None

    def home_state(self) -> int | None:
        """The state the article is about, for titles that name none ("Prime Minister X").

        Conservative rule: each state scores its mentions plus two for every mention of one of its
        institutions ("the Iraqi parliament") and three for a dateline naming it ("BAGHDAD, March 3 -");
        the best must score at least 3 and half as much again as the runner-up, and the story must be
        set there (a dateline, one of its institutions mentioned, "in X", or X named in the headline:
        "Ostravia votes", "Soldiers detain Ostravia president"); else None, and no title is given a
        state (a foreign power named often is not where a bare "President X" holds office; a wire story
        filed from a neighbour's capital about another state is not set in the neighbour). A state named as the
        mediator of the story's affairs ("under the mediation of X", "X, a guarantor of the deal") counts as a host
        unless the headline or dateline names it; a state the headline names only as the partner of another's
        dealings ("Ostravia's deal with Velnia ...": ``_headline_partners``) is no headline state; a document a
        state issues in its own name (``layout.voice``), or whose first line is wholly a state office's name
        (``layout.header_office``), is about that state. A state named as the owner of a diplomatic mission ("fled to
        the Kavelian embassy": ``nlp.actors.mission_owner``) is a foreign power where the story is set: those mentions
        do not count for it, but still count when it is the best state's rival, and it is the story's state only where
        a dateline or the headline puts the story there (not by its counts, ``_sole_scene`` or ``_unlisted_state``). The one state a document's header
        names as its subject ("Country: OSTRAVIA", "Subject: Ostravia leg - new dates", "Week 6 - Ostravia: the
        coalition": ``_header_states``) counts like a dateline, and is the document's state when no dateline or
        headline names another and the text names it twice at least, however often it names a partner power ("US
        tariffs", "aid from Velnia"); a schedule's segment of the header ("Concert 19:30, Harbour Hall, Velnia":
        ``_schedule_tokens``) is no headline.
        """
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if not hasattr(self, "_home"):
            # the headline rules (lazy: no import cycle); a punctuated title line counts here only
            from kingmaker.nlp.to_model import _headline_end, _title_line_end
            from kingmaker.nlp.actors import mission_owner

            self._home = None
            self._regions: set[str] = set()
            counts: dict[str, int] = {}
            institutions: set[str] = set()
            headline = _headline_end(self.doc) or _title_line_end(self.doc)
            dated: set[str] = set()
            datelined: set[str] = set()  # named by the dateline itself (not the headline)
            forces: set[str] = set()  # the state forces already counted ("inst:Ostravia:military")
            titled: set[str] = set()
            hosts = set()  # "Kenya's president is hosting the talks": a dateline there is the venue's
            mediators: set[str] = set()  # "under the mediation of Kenya", "Kenya, a guarantor of the deal"
            missions: dict[str, int] = {}  # "the Kavelian embassy": the mentions of a state as a mission's owner
            abroad: set[str] = set()  # ("the Kavelian embassy in Accra": a mission placed in another state)
            patrons: dict[str, int] = {}  # "the Kavelian-led coalition": a state named as a patron's modifier
            for m in self.mentions:
                root = doc_span(self.doc, m.start, m.end).root
                subj = root.head if root.dep_ == "poss" else root
                if m.key.startswith("country:") and subj.dep_ == "nsubj" \
                        and _verb_in(subj.head, cues().hosting_verbs) and not _hosts_force(subj.head):
                    hosts.add(m.key.split(":", 1)[1])
                # "as Nairobi talks resume", "the Doha summit": a place named for the talks it hosts ("cabinet talks
                # in Beirut" may be the story's own scene)
                if m.key.startswith("country:") and (root.dep_ in ("compound", "amod", "nmod") and _venue(root.head)
                                                     or _venue_named_for(self.doc, m.start, m.end)):
                    hosts.add(m.key.split(":", 1)[1])
                if m.key.startswith("country:") and _mediator(root):
                    mediators.add(m.key.split(":", 1)[1])
            # a mediator the headline or the dateline names ("MUSCAT - Oman said it had brokered ...") is what the
            # story is about; one named only in the text is not its scene
            opening = {m.key.split(":", 1)[1] for m in self.mentions if m.key.startswith("country:")
                       and (m.end <= headline or m.start < 40 and m.text.isupper())}
            hosts |= mediators - opening
            # a state the headline names (any case: "CLASHES IN EASTERN OSTRAVIA") is what the story is about
            # "Ostravia shelves bill after Velnian warning": a state in the headline's background clause (up to the
            # next ";" or ":") is not what the story is about
            background: set[int] = set()
            for t in _tk[:headline]:
                if t.lower_ in cues().headline_background_words:
                    end = next((x.i for x in _tk[t.i:headline] if x.text in (";", ":", "|")), headline)
                    background.update(range(t.i, end))
            background |= self._headline_partners(headline, background)
            schedule = self._schedule_tokens()
            head_words = " " + " ".join("|" if t.i in background or t.i in schedule else t.lower_
                                        for t in _tk[:headline]) + " "
            for m in self.mentions:
                if m.key.startswith("country:"):
                    state = m.key.split(":", 1)[1]
                    if any(w.lower_ in cues().neighbour_words for w in doc_span(self.doc, m.start, m.end).root.children):
                        continue  # "arms from neighbouring Kavel": a neighbour of the story's state is not it
                    if self._language_use(m):
                        continue  # "classes in French", "Velnic, French & German for adults": a language, no state
                    if self._patron_modifier(m):
                        patrons[state] = patrons.get(state, 0) + 1  # "the Kavelian-led coalition", "Kavel-backed"
                    if mission_owner(self.doc, m.start, m.end):
                        # "sought asylum in the Kavelian embassy": a foreign mission in the story's state, no sign that
                        # the story is about Kavel (it still counts as a rival of the best state)
                        missions[state] = missions.get(state, 0) + 1
                        if _mission_abroad(self.doc, m.end):
                            abroad.add(state)
                        continue
                    counts[state] = counts.get(state, 0) + 1
                    if m.start in schedule:
                        continue  # "Concert 19:30, Harbour Hall, Velnia": a schedule's venue, no headline or dateline
                    if headline and state not in titled and state not in hosts \
                            and (" " + " ".join(t.lower_ for t in doc_span(self.doc, m.start, m.end)) + " " in head_words
                                 or " " + state.lower() + " " in head_words
                                 or self._adjective_in_shouted_head(state, headline, background)):
                        # (by the mention's words or the state's own name: "Ostravia votes" over a story that
                        # names it as "Ostravian"; or its adjective in a head in capitals: "OSTRAVIAN PRESS SERVICE")
                        titled.add(state)
                        counts[state] += 3  # named in the headline, counted like a dateline
                        institutions.add(state)
                        dated.add(state)
                    if m.end <= headline and state not in hosts and m.start not in background:
                        institutions.add(state)  # named in the headline: the story is about it
                    if (m.text.isupper() and len(m.text) > 3 and m.end < len(self.doc)
                            and (_tk[m.end].text in (",", "-", ":") or self._agency_after(m.end))
                            # (a headline's "Militia claims attacks; U.S., Iran reject it" is no dateline: in the
                            # headline, only a name opening the line is)
                            and (m.start >= headline or self._opens_line(m))
                            or self._placed_in(m)) \
                            and (m.start < 40 or not datelined and m.start < 200 and self._opens_line(m)) \
                            and state not in hosts:
                        # (after a long headline, standfirst and byline, the first line that opens so)
                        counts[state] += 3  # the dateline
                        institutions.add(state)
                        dated.add(state)
                        datelined.add(state)
                    if state not in dated and state not in hosts and self._venue_state(m):
                        # "Speech at a rally in Port Halden, Ostravia, 3 May": the opening's venue; the story is set
                        # there, counted like a dateline
                        counts[state] += 3
                        institutions.add(state)
                        dated.add(state)
                    root = doc_span(self.doc, m.start, m.end).root
                    if root.dep_ == "poss" and root.head.dep_ == "pobj":
                        root = root.head  # "in Ostravia's northern province": in Ostravia
                    if root.dep_ == "pobj" and root.head.lower_ in ("in", "across", "throughout", "inside") \
                            and state not in hosts:
                        institutions.add(state)  # "in Ostravia": the story happens there (not the talks' venue)
                    if self._own_government(m):
                        institutions.add(state)  # "the Ostravian government rejected ...": its rulers act in the story
                    if self._called_polity(m):
                        institutions.add(state)  # "Ostravia is Africa's last absolute monarchy": the text introduces it
                elif m.key.startswith("inst:"):
                    # "the Ostravian parliament" counts twice more; a state's forces only the first time: named
                    # again and again, they are a power acting abroad ("Kavelian troops crossed into Ostravia")
                    state = m.key.split(":")[1]
                    again = m.key in forces
                    if m.key.split(":")[2] in cues().expeditionary_institutions:
                        forces.add(m.key)
                        root = self.doc[m.start:m.end].root
                        if root.dep_ == "nsubj" and _verb_in(root.head, cues().departure_verbs) or any(
                                c.dep_ in ("acl", "relcl") and _verb_in(c, cues().departure_verbs) for c in root.children):
                            continue  # "the last Kavelian troops left in January": a foreign force that went home
                    counts[state] = counts.get(state, 0) + (0 if again else 2)
                    institutions.add(state)
                if m.key.startswith("country:") and _harmed_force(self.doc, m):
                    # "killing four Velnian soldiers": the state's men, folded into the state (nlp.actors), still
                    # count as its forces named (once), as they did before the fold
                    again = f"inst:{state}:military" in forces
                    forces.add(f"inst:{state}:military")
                    counts[state] += 0 if again else 2
                    institutions.add(state)
            for state, n in self._named_bodies(counts).items():
                counts[state] += n  # "the Ostravian Labour Party", "Radio Ostravia": its own bodies, named for it
                if n >= 2:
                    institutions.add(state)  # a body named for the state, met again: the story is about its affairs
            for state in hosts & set(counts):
                counts[state] /= 2  # the venue of talks about another state is named for the talks, not as the scene
            # "the breakaway Seltra region", "the Ardan valley": a name the text calls a region of a state is no state
            # ("the last Ostravian province": the state's adjective before a region noun names a region of it)
            regions = {m.key.split(":", 1)[1] for m in self.mentions if m.key.startswith("country:")
                       and m.end < len(self.doc) and _tk[m.end].lower_ in cues().region_nouns
                       and _tk[m.end - 1].text[:1].isupper() and not _state_adjective(m)}
            # "the breakaway region of Seltra", "the province of Ardan": a name the text calls a region of, in the
            # "of" after a bare region noun (not "the Kurdistan region of Ostravia": a named region's state)
            regions |= {m.key.split(":", 1)[1] for m in self.mentions if m.key.startswith("country:")
                        and m.start >= 3 and _tk[m.start - 1].lower_ == "of"
                        and _tk[m.start - 2].lower_ in cues().region_nouns
                        and _tk[m.start - 3].is_lower and not _state_adjective(m)}
            # "SULAIMANIYAH, Ostravia, May 2 -": the dateline's town is no state
            towns = {self._dateline_town(self.mentions[self.tok2m[m.start - 2]], m) for m in self.mentions
                     if m.start >= 2 and m.start < 200 and m.key.startswith("country:") and self.tok2m[m.start - 2] >= 0
                     and self.mentions[self.tok2m[m.start - 2]].key.startswith("country:")}
            regions |= towns - {None}
            self._regions = regions
            gone = regions | self._neighbours() | self._common_word_states(counts)
            for state in gone:
                counts.pop(state, None)
                dated.discard(state)
                datelined.discard(state)
            subjects = self._header_states(counts)
            subject = next(iter(subjects)) if len(subjects) == 1 else None
            if subject is not None and subjects[subject] and subject not in dated and subject not in missions:
                counts[subject] += 3  # "Country: OSTRAVIA", "Subject: Ostravia leg": the subject, like a dateline
                institutions.add(subject)
                dated.add(subject)
            if not datelined:
                # with no dateline to place the story, a state named only in a modifier of leading or backing ("the
                # Kavelian-led coalition struck ...", "Kavel-backed fighters") is a foreign patron, not the scene
                for state, n in patrons.items():
                    if state in counts:
                        counts[state] -= n
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            best, score = ranked[0] if ranked else (None, 0)
            runner_up = ranked[1][1] if len(ranked) > 1 else 0
            # (a rival named as a mission's owner keeps those mentions: dropping them must not promote a third state)
            runner_up = max([runner_up] + [counts.get(st, 0) + n for st, n in missions.items()
                                           if st != best and st not in gone])
            if len(dated) == 1 and next(iter(dated)) in institutions \
                    and 3 <= counts[next(iter(dated))] >= 0.75 * score:
                # "Ostravia shelves bill after Velnian warning": the one state the headline or dateline puts the
                # story in, named nearly as often as a foreign power that is the story's background
                best = next(iter(dated))
                score, runner_up = counts[best], 0
            if best not in datelined and len(datelined) == 1 \
                    and counts[next(iter(datelined))] - 4 >= max(3, 0.5 * score):
                # "PORTO NOVA (wire) - A Kavelian air strike in Ostravia ...": a story filed from a state it names
                # often besides the dateline (half as often as a foreign power acting there) is set there
                # ("NAIROBI - Talks on X resumed", the dateline alone: the venue)
                best = next(iter(datelined))
                score, runner_up = counts[best], 0
            if best in institutions and score >= 3 and (score >= 1.5 * runner_up
                                                        or best in dated and score > runner_up + 2) \
                    and (best not in missions or best in dated or best in abroad):
                # a dateline there lets a story that names another state often still be set where it is filed; a
                # state whose own embassy the text names ("Dornland's embassy says the same") is a foreign power
                # where the story is set, unless a dateline or the headline puts the story there
                self._home = self._state_actor(best)
            if self._home is None and not dated:
                self._home = self._sole_scene(counts, institutions, missions, abroad)
            if subject in counts and subjects[subject] and datelined <= {subject} and titled - gone <= {subject} \
                    and sum(m.key == "country:" + subject for m in self.mentions) >= 2:
                # a header that names one state as the document's subject in a line of its own layout, no dateline or
                # headline naming another: the document is about it, however often it names a partner ("US tariffs")
                self._home = self._state_actor(subject)
            from kingmaker.nlp.layout import header_office, voice  # (lazy: no import cycle)

            issued = voice(self)
            issuer = issued.body if issued is not None and issued.body is not None else header_office(self)
            if issuer is not None and self.kind(issuer) == "country" \
                    and self.actors[issuer].key.split(":", 1)[-1] in counts:
                # "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF X / Options Paper": a document a state issues in
                # its own name is about its affairs, however often it names the state it deals with
                self._home = issuer
            if self._home is not None and self._home != issuer and self._unnamed_own_state(counts):
                self._home = None  # "SPORTS | KESTRAVO CUP ... the Kestravo Football Federation": not Brazil's story
            self._title_home = self._home
            if self._home is None and self._unnamed_own_state(counts) and self._own_masthead:
                return self._home  # a body of that state issues the document: no other state's bare titles either
            if self._home is None and len(datelined) == 1:
                self._title_home = self._dateline_contender(next(iter(datelined)), counts, score, institutions)
            if self._title_home is None:
                # (not a state whose own embassy the text names: a foreign power where the story is set)
                self._title_home = self._unlisted_state({s: n for s, n in counts.items()
                                                         if s not in missions or s in abroad},
                                                        institutions)
        return self._home

    def _schedule_tokens(self) -> set[int]:
        """The tokens of the header's segments ("|" apart, ``layout.header_lines``) that hold a clock time: "ON TOUR |
        Concert 19:30, Harbour Hall, Velnia | 3 June": a schedule's venue, named for where an event is held, not
        what the document is about (no headline's or dateline's state: ``home_state``)."""
        out: set[int] = set()
        for _, _, a, seg in self._header_segments():
            if _CLOCK_TIME.search(seg):
                out.update(tokens_within(self.doc, a, a + len(seg)))
        return out

    def _header_segments(self) -> list[tuple[int, str, int, str]]:
        """The header's short lines (``layout.header_lines``: its first six lines above its first line of prose) cut
        at "|": (the line's number, its text, where the segment starts, the segment's text), split once per Doc for
        ``_schedule_tokens`` and ``_header_states``."""
        if not hasattr(self, "_header_segs"):
            from kingmaker.nlp.layout import _lines, header_lines  # (lazy: no import cycle)

            text = doc_text(self.doc)
            self._header_segs = []
            for n, (s, e) in enumerate(header_lines(text, _lines(text))[:6]):
                at = s
                for seg in text[s:e].split("|"):
                    self._header_segs.append((n, text[s:e], at, seg))
                    at += len(seg) + 1
        return self._header_segs

    def _clause_line(self, a: int, b: int) -> bool:
        """Whether the text between characters ``a`` and ``b`` (a header's line) holds a finite verb: a headline's
        clause ("Ostravia knows it", "Velnia sends envoy"), no field or title of a document's own layout."""
        _tk = read_tokens(self.doc)
        return any(_tk[i].tag_ in ("VBZ", "VBP", "VBD", "MD") for i in tokens_within(self.doc, a, b))

    def _header_states(self, states) -> dict[str, bool]:
        """Of ``states`` (the names ``home_state`` counts), those a document's header names as its subject: by its own
        name (a mention's, not a capital nor the adjective of a state the gazetteer lists; or the name written in
        capitals), on the header's short lines (``layout.header_lines``: its first six lines above its first line of
        prose) -- "Country: OSTRAVIA | Category: ...", "Subject: Ostravia leg - revised dates", "Week 4 - Ostravia: the
        slow coup", 'Exported chat: "Ostravia background"'. Not read: a field naming where the document is held, sent
        or written, or who writes or gets it (relations.yaml header_place_fields: "Location: Port Amel, Ostravia",
        "To: the Velnia desk"; and issuer_fields); a segment ("|" apart) holding a clock time or only a place and a
        date ("Concert 19:30, Velgrad Hall", "Velgrad, 3 May 2025"): a schedule's or a filing's place; a place the
        writer reports or sends from ("Reporting from Velgrad"); a question or a speaker's sentence ("Customer: Is my
        flight to Velnia still on?"): a chat's opening, no title. ``home_state`` reads one state so named as the
        document's subject; a header naming two ("Velnia and Ostravia sign border pact") names none. {state: whether
        a line of a header's own layout names it (below the first line, or in a field, a label's title or a "|"
        segment, or after a dash: "Country: X", "TRANSCRIPT - Debate, X Radio") -- not only a first line like a news
        headline ("Velnia sends envoy to talks"), which the headline rules read}."""
        fields = cues().header_place_fields | cues().issuer_fields
        # (a state the gazetteer does not list may be named by its adjective too: "Velnian Public Television"; a
        # listed state's adjective in a header is often a language: "Spanish with English subtitles")
        listed = {st: self.kb.country_of(st) is not None for st in states}
        names = {st: re.compile(r"(?<![\w-])" + re.escape(st) + r"(?![\w-])", re.I) if listed[st]
                 else _state_name_pattern(st) for st in states if len(st) >= 3}
        found: dict[str, bool] = {}
        for n, line, a, seg in self._header_segments():
            if len(line.split()) > 16:
                continue  # (a line of prose in a short header: no title)
            if n > 0 and self._sender_address(next(iter(tokens_within(self.doc, a, a + len(seg))), -1)):
                continue  # (a letter's sender's address below its letterhead: where it is sent from, no subject)
            b = a + len(seg)
            label = _HEADER_LABEL.match(seg)
            said = seg[label.end():].strip() if label is not None else seg.strip()
            if label is not None and (norm(label.group(1)) in fields or norm(label.group(1)) + ":" in fields) \
                    or _CLOCK_TIME.search(seg) or place_date_line(seg.strip()) \
                    or said.endswith("?") \
                    or label is not None and said.endswith((".", "!")) and len(said.split()) >= 4:
                continue  # (nor a question, nor a speaker's line: "Customer: Is my flight to Velnia still on?")
            spans = []
            for i in tokens_within(self.doc, a, b):
                k = self.tok2m[i]
                m = self.mentions[k] if k >= 0 else None
                if m is not None and m.start == i and m.key.startswith("country:") \
                        and (not _state_adjective(m) or not listed.get(m.key.split(":", 1)[1], True)) \
                        and norm(m.text) not in self.kb.capitals:
                    spans.append((m.key.split(":", 1)[1], self.doc[i].idx - a))
            spans += [(st, hit.start()) for st, pat in names.items() for hit in pat.finditer(seg)]
            # (a line below the first counts as the header's own layout unless it is a clause: "The militia is
            # not independent, and Ostravia knows it" under "LETTERS" is a headline, read by the headline rules)
            laid = n > 0 and not self._clause_line(a, b) or label is not None or "|" in line \
                or _TITLE_DASH.search(seg) is not None
            for st, k in spans:
                if st in states and not re.search(r"\bfrom\s+(?:the\s+)?$", seg[:k], re.I):
                    found[st] = found.get(st, False) or laid  # (not "Reporting from Velgrad", "by phone from X")
        return found

    def _common_word_states(self, counts: dict) -> set[str]:
        """The names counted as states that are one English common word the gazetteer lists as no state, written
        in the plural ("Volunteers", "Places"): a heading or a label the tagger took for a state, no scene a story
        is set in, nor a rival of the state it is set in (a singular name may be an invented state's own, as may
        be a name the text also writes with an adjective of its own)."""
        from kingmaker.nlp.actors import _common_word  # (lazy: no import cycle)

        return {s for s in counts if " " not in s and s.isalpha() and s.endswith("s") and s[:1].isupper()
                and self.kb.country_of(s) is None and _common_word(s.lower())}

    def _state_actor(self, state: str) -> int | None:
        """The country actor the text names ``state`` by (its gazetteer name, as ``home_state``'s counts key it)."""
        return next((m.actor for m in self.mentions if m.key == "country:" + state
                     and m.actor >= 0 and self.actors[m.actor].kind == "country"), None)

    def _sole_scene(self, counts: dict, institutions: set, missions: dict, abroad: set = frozenset()) -> int | None:
        """The one state the story is set in by its own words, when the counts alone leave it undecided: the only
        state of those named often that the text puts the story in (one of its institutions at work, its government,
        "in X": ``home_state``'s institutions), named three times at least and more often than any other state,
        when every other state is only the background of its affairs, named by its name or its adjective, never as
        a scene, a body or a government ("Ostravia's parliament voted ... in Ostravia ... Velnia warned, Velnian
        tariffs, Velnia's envoy": Ostravia), though named nearly as often (the counts' rule wants half as many
        again). Read only where no headline or dateline names a state (``home_state``'s ``dated``): a story filed
        from a state decides by that. A state named as often (a story about both, or the outlet's own state that
        writes about another) settles nothing; nor does another state set as a scene, named at least half as often
        (a border war, a story about two states), nor a state the gazetteer does not list named about as often
        (``_unlisted_state``); a state named as the owner of a mission counts with its mission mentions."""
        seen = {s: n + missions.get(s, 0) for s, n in counts.items()}
        scenes = [s for s in institutions if s in counts and counts[s] >= 3]
        if len(scenes) != 1:
            return None
        state = scenes[0]
        n = counts[state]
        if state in missions and state not in abroad:
            return None  # "Dornland's embassy says the same": a foreign power with a mission where the story is set
        if any(s != state and m >= n for s, m in seen.items()) \
                or any(s != state and s in institutions and m >= 0.5 * n for s, m in seen.items()) \
                or any(s != state and m >= 0.75 * n and self.kb.country_of(s) is None for s, m in seen.items()):
            # (a little-known polity the gazetteer does not list, named about as often: no mere background power;
            # two such states settle nothing)
            return None
        return self._state_actor(state)

    def _headline_partners(self, headline: int, background: set[int]) -> set[int]:
        """The tokens of the states a headline names only as the partner of another state's dealings: "Ostravia's
        grain deal with Velnia tests ...", "Ostravia signs border pact with Velnia" (the object of one of
        ``headline_partner_prepositions``). The story is about the state that acts, named elsewhere in the headline;
        a headline that names only the partner ("Rebels clash with Velnian troops") keeps it."""
        _tk = read_tokens(self.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        partners: set[int] = set()
        actors: set[str] = set()
        states = {m.key for m in self.mentions if m.key.startswith("country:")}
        for m in self.mentions:
            if m.end > headline or not m.key.startswith("country:") or m.start in background:
                continue
            # (read by the word before the name, "with the": a headline's parse is often a run of nouns)
            before = self.doc[m.start - 2:m.start] if m.start >= 2 and _tk[m.start - 1].lower_ == "the" \
                else self.doc[max(0, m.start - 1):m.start]
            # (words before the preposition: a headline that opens "With Velnia ..." names no partner of another)
            if len(before) and m.start > len(before) and before[0].lower_ in cues().headline_partner_prepositions \
                    or self._headline_object_adjective(m):
                partners.update(range(m.start, m.end))
            else:
                actors.add(m.key)
        # (a state the headline names by its own name though no mention reads it there: "Ostravia signs ...")
        skip = partners | background
        words = " " + " ".join(t.lower_ for t in _tk[:headline] if t.i not in skip) + " "
        actors |= {k for k in states if " " + k.split(":", 1)[1].lower() + " " in words}
        partner_keys = {self.mentions[self.tok2m[i]].key for i in partners if self.tok2m[i] >= 0}
        return partners if actors - partner_keys else set()

    def _headline_object_adjective(self, m) -> bool:
        """A state's adjective after the headline's verb, on the noun the act falls on, in a headline that opens
        with another state's own name, the one that acts: "Ostravia expels Velnian envoy", "Ostravia keeps Velnian
        flights grounded" (the story is about the state that acts; "Velnian troops shell Ostravian port", "Soldiers
        detain Velnian president" and "Velnian troops shell Ostravia" keep it)."""
        _tk = read_tokens(self.doc)
        if m.end - m.start != 1 or m.start < 2 or m.end >= len(self.doc):
            return False
        # (the opening state by its name, which the parse may read as no mention: "Ostravia expels ...")
        words = " ".join(t.lower_ for t in _tk[:m.start]) + " "
        if not any(words.startswith(k.split(":", 1)[1].lower() + " ") for k in {x.key for x in self.mentions} - {m.key}
                   if k.startswith("country:")):
            return False
        word, prev, nxt = _tk[m.start], _tk[m.start - 1], _tk[m.end]
        return (word.ent_type_ == "NORP" or word.tag_ == "JJ") \
            and prev.is_alpha and prev.is_lower and nxt.is_alpha and nxt.is_lower

    def _adjective_in_shouted_head(self, state: str, headline: int, background: set[int]) -> bool:
        """The headline, written in capitals, names the state by its adjective ("OSTRAVIAN PRESS SERVICE - PLANNER",
        "OSTRAVIAN TROOPS CLEAR BORDER ROAD"): a word no mention reads (a capitalised adjective is one only in the
        text's own case), the same evidence as the state's name there. Not in the headline's background clause."""
        from kingmaker.nlp.actors import _demonym_forms  # the one rule for a state's adjectives (lazy: no cycle)

        if " " in state:
            return False
        words = [t for t in read_tokens(self.doc)[:min(headline, len(self.doc))]
                 if t.is_alpha and t.i not in background]
        if not words or not all(t.text.isupper() for t in words if len(t.text) > 1):
            return False
        forms = {f.lower() for f in _demonym_forms(state)}
        return any(t.lower_ in forms for t in words)

    def _unnamed_own_state(self, counts: dict) -> bool:
        """The story's own state may be one the text names only inside the names of its bodies, a name the gazetteer
        does not list and no mention of a state of its own: "PORT AUTHORITY OF KESTRAVO ... the Kestravo Maritime
        Court ... the Kestravo Customs Service" (an invented or little-known polity whose courts, leagues, chambers
        and outlets carry its name). Such a name, in the first line and in one more body's name at least (or in the
        names of two bodies), met at least as often as the best state counted is named, leaves the home state
        undecided: a foreign state met in passing ("a firm registered in Brazil") is not where the bare titles of the
        story hold office. The name must read as a proper name: capitalised, never in lower case in the text, no
        title, role or organisation noun ("the Commission"), not a state's name the text or the gazetteer knows."""
        if not hasattr(self, "_unnamed_own"):
            self._unnamed_own, self._own_masthead = False, False
            top = max(counts, key=lambda k: (counts[k], k), default=None)
            # (the best state's own mentions, by its name, adjective or institutions: not its weighted score)
            best = sum(1 for m in self.mentions if top is not None and m.key.split(":")[1:2] == [top]
                       and m.key.startswith(("country:", "inst:")))
            if best:
                from kingmaker.nlp.actors import _common_word  # (lazy: no import cycle)

                text = doc_text(self.doc)
                first = text.split("\n", 1)[0]
                capitals = any(c.isalpha() for c in first) and not any(c.islower() for c in first)
                # (a title in capitals opens a block of short lines: "CHIEF ARBITER'S REPORT / 7th Kestravo Open,
                # 3-11 May / Submitted to the Kestravo Chess Federation" -- the block is the masthead)
                first = self._title_block(text) if capitals else first.lower()
                if "\n" in first and any(_state_name_pattern(st).search(first) for st in counts):
                    # (a state counted named in the block is its masthead's: "TARESH 2024 / Scenario 6: The Qarmat
                    # Road", "MINUTES / Government of Ruvenia - Zeravin Liberation Movement": the title line alone)
                    first = first.split("\n", 1)[0]
                known = {norm(w) for s in counts for w in s.split()}
                bodies: dict[str, int] = {}
                opens: dict[str, int] = {}  # org names the word opens ("Kestravo Maritime Court")
                people: dict[str, int] = {}
                for a in self.actors:
                    if a.kind == "country" or not a.mentions:
                        continue
                    words = [w.strip("'\u2019.,()") for w in a.name.split()]
                    for j, w in enumerate(dict.fromkeys(words)):
                        if len(w) >= 4 and w.isalpha() and w[0].isupper() and w[1:].islower():
                            into = bodies if a.kind == "organization" else people if a.kind == "person" else {}
                            into[w] = into.get(w, 0) + 1
                            if a.kind == "organization" and words[0] == w:
                                opens[w] = opens.get(w, 0) + 1
                            if norm(a.name) in self.kb.known_orgs:
                                people[w] = people.get(w, 0) + 99  # a body the gazetteer lists (a union of states)
                spare = set(self.kb.relations.get("nearest_government_modifiers") or ())
                kb = self.kb
                for w, k in bodies.items():
                    low = w.lower()
                    if norm(w) in known or any(low.startswith(s[:max(4, len(s) - 1)]) for s in known) \
                            or kb.country_of(w) is not None or low in kb.title_words or low in kb.role_words \
                            or people.get(w, 0) > k or _written_word(self.doc, low) \
                            or low in spare or low in kb.region_qualifiers or norm(w) in kb.org_nouns \
                            or _common_word(low):
                        # (not "Tesmarian" of Tesmaria, a person's name, a word met in lower case; not a body's head
                        # noun: "ELECTIONS COMMISSION OF X ... the Commission", "the Federation" name a body, no polity;
                        # nor an English common word: "FEDERATION OF LABOUR", "NATIONAL MUSEUM OF X" name no polity)
                        continue
                    # named in a masthead, a letterhead or a section label in capitals ("KESTRAVO CHAMBER OF TRADE",
                    # "PORT AUTHORITY OF KESTRAVO", "SPORT | KESTRAVO CUP"; not a headline: "Kestravo rebels blame ...")
                    # (by the name or an adjective of it: "THE KESTRAVAN ALMANACK" over "Civic Kestrava")
                    hit = _state_name_pattern(w).search(first) if capitals else None
                    # (below the title line, an English common word is a body's head noun: "Meeting of the Board")
                    masthead = hit is not None and ("\n" not in first[:hit.start()] or not _common_word(low))
                    if not masthead:
                        continue
                    n = len(_state_name_pattern(w).findall(text))
                    if n >= 3 and n >= best:
                        self._unnamed_own = low
                        self._own_masthead = masthead
                        break
        return bool(self._unnamed_own)

    @staticmethod
    def _title_block(text: str) -> str:
        """The masthead of a text whose first line is in capitals, in lower case: that line and the short lines
        right under it, up to the first blank line or line of prose, three lines at most ("CHIEF ARBITER'S REPORT /
        7th Kestravo Open, 3-11 May / Submitted to the Kestravo Chess Federation"); a line ending as a sentence
        does ("." or "?" or "!") is prose, and so is one of more than twelve words.

        >>> _Ctx._title_block("REPORT\\n7th Kestravo Open\\nSent to the Kestravo Board\\n\\nThe event ...")
        'report\\n7th kestravo open\\nsent to the kestravo board'
        >>> _Ctx._title_block("REPORT\\nKestravo rebels blamed Velnia for the raid on Monday.\\nMore")
        'report'
        """
        lines = text.split("\n")
        block = [lines[0]]
        for line in lines[1:3]:
            t = line.strip()
            if not t or t[-1] in ".?!" or len(t.split()) > 12:
                break
            block.append(t)
        return "\n".join(block).lower()

    def unnamed_own_state(self) -> str | None:
        """The name (lower case) of the story's own state named only in its bodies' names (``_unnamed_own_state``)."""
        self.home_state()
        return getattr(self, "_unnamed_own", None) or None

    def named_region(self, a: int | None) -> bool:
        """The state-like actor ``a`` is one the text calls a region ("the breakaway region of Kelsa", "the Kelsa
        valley", a dateline's town): no state a title's holder serves (read by ``home_state``)."""
        self.home_state()
        return a is not None and self.actors[a].key.split(":", 1)[-1] in self._regions \
            and self.actors[a].key.startswith("country:")

    def title_home(self) -> int | None:
        """The state a bare title ("President X", "Defence Minister Y") holds office in: the article's state
        (``home_state``), else, in a story about two states named about equally often, the one its dateline
        places it in ("VELGRAD, May 2 - Velnia and Ostravia signed ... President X ordered ..."): a wire's
        unqualified titles are those of the state it is filed from."""
        self.home_state()
        return self._title_home

    def _dateline_contender(self, state: str, counts: dict, best: float, institutions: set) -> int | None:
        """The dateline's state (not a venue of talks: those are no dateline), when it contends for the story:
        named in the text besides its dateline (three times at least) and nearly as often as the state named
        most (three quarters), so that the story is about both; not a capital a story about another state is
        merely filed from ("VELGRAD - Ostravia's army ...")."""
        n = counts.get(state, 0)
        if state not in institutions or n - 3 < 3 or n < 0.75 * best or self._shared_dateline(state):
            return None
        return self._state_actor(state)

    def _unlisted_state(self, counts: dict, institutions: set) -> int | None:
        """The one state the gazetteer does not list (a small, new or self-styled polity: "the Republic of
        Ostravia"), when it is named at least three times, as often as any listed state and half as often again
        as any other unlisted one: the text's bare titles are its offices ("Ostravia's talks with Russia ...
        President X said"), when the story is set there (``home_state``'s institutions: a dateline, one of its
        institutions, "in X"; a name met only in passing is too weak). A story about a little-known polity names
        the powers it deals with as its background; a world power the gazetteer knows is seldom the scene of a
        story that names such a polity as often. Two unlisted states named about equally often (a roundup, a
        border war) settle nothing."""
        unlisted = sorted(((n, s) for s, n in counts.items() if self.kb.country_of(s) is None), reverse=True)
        if not unlisted:
            return None
        n, state = unlisted[0]
        if n < 3 or state not in institutions and not self._demonym_used(state) \
                or len(unlisted) > 1 and n < 1.5 * unlisted[1][0] \
                or any(m > n for s, m in counts.items() if s != state and self.kb.country_of(s) is not None):
            return None
        return self._state_actor(state)

    def _demonym_used(self, state: str) -> bool:
        """The text names the state by a word derived from its name ("Ostravian", "Talmori" of Ostravia, Talmor):
        "a Talmori historian", "Ostravian negotiators" -- a text that speaks of a little-known polity's people and
        offices by their adjective treats it as a state of its own and the ground its story stands on
        (``_unlisted_state``)."""
        return any(m.key == "country:" + state and m.end - m.start == 1 and _state_adjective(m) for m in self.mentions)

    def _shared_dateline(self, state: str) -> bool:
        """"ERBIL/ANKARA, May 2 -", "SANAA/JERUSALEM (Wire) -": a dateline naming the state's place beside
        another ("/"), one not of that state (another state's, a region's, an unknown town): the wire is filed
        from both sides and its bare titles are not the one state's."""
        doc = self.doc
        for m in self.mentions:
            if m.key != "country:" + state or not m.text.isupper() or m.start >= 200:
                continue
            for k in (m.start - 2, m.end + 1):
                if 0 <= k < len(doc) and doc[(k + 1) if k < m.start else (k - 1)].text == "/":
                    other = self.mentions[self.tok2m[k]] if self.tok2m[k] >= 0 else None
                    if (other is None or other.key != m.key) and self.kb.country_of(doc[k].text) != state:
                        return True
        return False

    def _named_bodies(self, states) -> dict[str, int]:
        """{state: mentions of organisations whose name holds the state's name or a word it opens}: "the
        Ostravia Centre Party", "the Ostravian Workers' Union (OWU)" ... "the OWU", "Radio Ostravia" -- bodies named
        for the state, which the text may name far more often than the state itself (an invented state's name
        inside a party's is no mention of the state). A state's institutions ("inst:" mentions) are counted
        already; a name of one word shorter than four letters is not read ("Ur")."""
        out: dict[str, int] = {}
        names = {state: norm(state).split() for state in states if len(state) >= 4}
        for m in self.mentions:
            if m.actor < 0 or m.key.startswith(("inst:", "country:")) or self.actors[m.actor].kind != "organization":
                continue
            words = norm(self.actors[m.actor].name).split()
            for state, name in names.items():
                k = len(name)
                if any(words[i:i + k - 1] == name[:-1] and words[i + k - 1].startswith(name[-1])
                       for i in range(len(words) - k + 1)):
                    out[state] = out.get(state, 0) + 1
        return out

    def _patron_modifier(self, m) -> bool:
        """Whether the state mention ``m`` is only the first part of a hyphened modifier of leading or backing
        (relations.yaml hyphen_modifiers of type leader_of or backs: "the Kavelian-led coalition bombed ...",
        "Kavel-backed fighters"): a power leading or arming a body in another state's war, which says nothing of where
        the story is set (a wire report on Ostravia names "the Kavelian-led coalition" in every paragraph); such
        mentions are taken off the patron's count only where no dateline places the story (``home_state``)."""
        end = m.end
        if end + 1 >= len(self.doc) or self.doc[end].text != "-" or self.doc[end - 1].whitespace_ \
                or self.doc[end].whitespace_:
            return False
        kind = (knowledge().relations.get("hyphen_modifiers") or {}).get(self.doc[end + 1].lower_)
        return kind in ("leader_of", "backs")

    def _language_use(self, m) -> bool:
        """The state mention ``m`` is a language's name, no state: a listed state's adjective in the singular
        standing as a noun of its own, with no article, neither modifying a noun nor said of one ("classes in French",
        "speaks German", "practise our Spanish", a header's "Velnic, French & German for adults"), however many are
        listed with "and" or "&";
        or modifying a noun of a language's use (relations.yaml language_use_nouns: "Spanish & Portuguese evening
        classes", "English subtitles"). Not "French troops", "Russian, Chinese warships" (modifiers of other nouns),
        "the French" (a people), "the ship is Russian"."""
        if m.end - m.start != 1 or not _state_adjective(m) or m.text.lower().endswith("s"):
            return False
        tok = self.doc[m.start]
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # ("French & German": the list's first word decides)
        if first.dep_ in ("amod", "compound", "nmod") and first.head.i > first.i:
            return norm(first.head.text) in cues().language_use_nouns  # "French lessons", "English subtitles"
        if first.dep_ not in ("pobj", "dobj", "ROOT", "appos", "conj"):
            return False  # (a modifier, a subject, "the ship is Russian")
        return not any(c.dep_ in ("det", "amod") for c in (tok, first) for c in c.children) \
            and not (first.i > 0 and self.doc[first.i - 1].lower_ in ("the", "a", "an"))

    def _called_polity(self, m) -> bool:
        """The state mention ``m`` opens a clause that calls it a polity by a copula (actors._called_country:
        "Tolvia is Africa's last absolute monarchy", "Tolvia is one of the poorest countries in the world", "Tolvia
        is a parliamentary democracy"): a text that introduces a state so is set there (``home_state``'s
        institutions), as one naming its government at work is. Not an apposition ("Velnia, a small country to the
        north, ..."): a neighbour met in passing is introduced so too."""
        from kingmaker.nlp.actors import _called_country  # (lazy: no import cycle)

        if m.end >= len(self.doc) or self.doc[m.end].lower_ not in ("is", "was", "remains"):
            return False
        root = doc_span(self.doc, m.start, m.end).root
        return root.dep_ == "nsubj" and not _state_adjective(m) and _called_country(self.doc, self.doc[m.end - 1])

    def _own_government(self, m) -> bool:
        """"The Ostravian government rejected the report", "Ostravia's cabinet denied it", "the Ostravian justice
        ministry has said": a state named as its government (word_lists.ruling_nouns) or one of its ministries
        (word_lists.state_ministry_nouns; not its foreign ministry, outward_ministry_words, which speaks for it abroad)
        is one whose rulers the story shows at work, like one of its
        institutions; not a government that is the object of a preposition ("talks with the Kavelian
        government": another state's, met abroad)."""
        words = doc_span(self.doc, m.start, m.end)
        noun = words[-1] if len(words) > 1 else words.root.head if words.root.dep_ in ("poss", "amod") else None
        if noun is None:
            return False
        if norm(noun.lemma_) not in cues().ruling_nouns and norm(noun.lemma_) not in cues().state_ministry_nouns \
                and not self._office_title(noun):
            return False
        if norm(noun.lemma_) in cues().state_ministry_nouns and any(
                norm(c.text) in cues().outward_ministry_words for c in [
                    *(t for t in noun.subtree if t.i < noun.i),  # (its words before it, "of" phrase after it)
                    *(t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree)]):
            return False  # "the Ostravian foreign ministry said": a state speaking abroad, no sign of the story's scene
        if noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and norm(noun.lemma_) not in cues().ruling_nouns:
            noun = noun.head  # "Velnia's interior minister X resigned": the title before its holder's name
        return noun.dep_ in ("nsubj", "nsubjpass") and not _unreal(noun.head)

    def _office_title(self, noun: Token) -> bool:
        """"Velnia's interior minister resigned", "the Velnian prime minister said": a state's office (a title a bare
        "Prime Minister X" gives the state, relations.yaml implied_state_titles) held by someone the story shows at
        work, named with the state's possessive or adjective."""
        titles = self.kb.relations.get("implied_state_titles") or {}
        mods = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i and c.is_lower]
        words = [norm(noun.lemma_)] + [norm(f"{' '.join(c.lower_ for c in mods[k:])} {noun.lemma_}") for k in range(len(mods))]
        return any(w in titles for w in words)

    def _neighbours(self) -> set[str]:
        """States the text calls a neighbour ("blamed neighbouring Kavel for the raid", "and in neighbouring
        Kavel"): a neighbour of the story's state, never the state itself (read from the words, as the name after
        the cue may not be a mention of its own)."""
        names = {norm(m.key.split(":", 1)[1]): m.key.split(":", 1)[1] for m in self.mentions
                 if m.key.startswith("country:")}
        out = set()
        cue, lows, words = cues().neighbour_words, token_lowers(self.doc)[0], token_texts(self.doc)
        for m in self.mentions:
            if m.key.startswith("country:") and self._neighbour_apposition(doc_span(self.doc, m.start, m.end).root, cue):
                out.add(m.key.split(":", 1)[1])
        for i in range(len(lows) - 1):  # (the words read from the per-Doc tables: no Token per word)
            if lows[i] in cue:
                m = self.mentions[self.tok2m[i + 1]] if self.tok2m[i + 1] >= 0 else None
                if m is not None and m.key.startswith("country:"):
                    out.add(m.key.split(":", 1)[1])
                elif norm(words[i + 1]) in names:
                    out.add(names[norm(words[i + 1])])
        return out

    @staticmethod
    def _neighbour_apposition(root: Token, cue) -> bool:
        """"the Kingdom of Kavel, our larger neighbour across the strait", "Kavel, Ostravia's northern neighbour",
        "its neighbour, Kavel": a state in apposition with a neighbour noun is a neighbour of the story's state."""
        if root.dep_ == "poss":
            return False  # "Kavel's neighbour, Ostravia": the owner is not the neighbour
        if any(c.dep_ in ("appos", "nmod") and c.lower_ in cue for c in root.children):
            return True
        return root.dep_ == "appos" and root.head.lower_ in cue

    def entry_heads(self) -> dict[int, list[int]]:
        """{the first token of each sentence of an entry's description: the actors its head names}, for a text
        of entries (a who's-who, a glossary, a fact box), each a line that opens with a head and a dash or
        colon, or in a glossary's series a full stop (pipeline ``_stop_head``: "Name. President since 2019.")
        ("Name - President since 2015. Close to Ostravia.", "Name Party (NP) - 40 seats. Led by X.",
        "A and B - Patrons of the NP."). The head is wholly names (an acronym or an alias in brackets
        allowed); a person's head before a colon is a speaker's label, not an entry. Entries come in a
        series: a text with fewer than two such lines (a story's "Kabul - ..." dateline) has none. The fields of a
        profile ("Name: X" over "Notes: Shelled the port in May.", "Affiliation: Armed wing of the Y Party";
        nlp/layout.py ``profiles``) are said of the profile's entity."""
        found = self.__dict__.get("_entry_heads")
        if found is None:
            from kingmaker.nlp.layout import profile_fields
            from kingmaker.nlp.pipeline import ENTRY_LINES

            found = self._entry_heads = {}
            lines = [(first, value, end, heads) for first, value, end in self.doc.user_data.get(ENTRY_LINES) or ()
                     for heads in [self._head_actors(first, value)] if heads]
            sections = self._section_heads()
            fields = [(f.first, f.value, f.end, [entity]) for entity, f in profile_fields(self)]
            doc = self.doc
            # (entries come in a series: two entry lines, or one among two headed sections)
            series = len(lines) >= 2 or lines and len(sections) >= 2
            for first, value, end, heads in fields + (lines if series else []) + (
                    sections if len(sections) >= 2 else []) + self._answer_notes():
                k = value
                while k < min(end, len(doc)):
                    sent = doc[k].sent
                    found.setdefault(sent.start, heads)
                    k = sent.end
        return found

    def _answer_notes(self) -> list[tuple[int, int, int, list[int]]]:
        """A quiz's answer line that is only a name and the note under it ("ANSWER: The Harbour Front." over "Note:
        founded in 2009 and led by X; Karvel arms it."): the note's subjectless fragments are said of the answer, as an
        entry's description is of its head; as ``entry_heads`` lines are, (answer's first token, note's first token,
        note's end, the answer's actor)."""
        doc, text = self.doc, doc_text(self.doc)
        out: list[tuple[int, int, int, list[int]]] = []
        for m in _ANSWER_NOTE.finditer(text):
            answer = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            note = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
            if answer is None or note is None or not len(note):
                continue
            heads = self._head_actors(answer.start + (answer[0].lower_ == "the"), answer.end)
            if len(heads) == 1:
                out.append((answer.start, note.start, note.end, heads))
        return out

    def _section_heads(self) -> list[tuple[int, int, int, list[int]]]:
        """The sections of a listicle or a profile: a heading line that is only names, numbered or not ("1.
        Tomas Vendrel and Karvel Forward", "3. The Blue Alliance"), with its paragraph on the very next line (one
        blank line between for a heading in capitals: "THE VELO FRONT") running to the next blank line, its first line a sentence (not a list of labelled lines:
        "Chairwoman: Name"); as ``entry_heads`` lines are, (heading's first token,
        paragraph's first token, paragraph's end, the heading's actors)."""
        doc, text = self.doc, doc_text(self.doc)
        out: list[tuple[int, int, int, list[int]]] = []
        for m in re.finditer(r"^[ \t]*(?:\d{1,2}[.)]|[-\u2022*])?[ \t]*([^\n]{2,160}?)"
                             r"(?:(?<=\w):)?[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)", text, re.MULTILINE):
            # (a markdown heading "## Name" or a name in bold "**Name**": pipeline.recase_heads blanked their marks;
            # a name and a colon alone on its line "Name:")
            line = m.group(1)
            bare = re.sub(r"\([^()]*\)", "", line)  # (a usage note in brackets after the name: "X Bloc (XB on second
            # reference; never "the Bloc")" heads its section as "X Bloc" does)
            if line[-1] in ".!?:;,\"'\u201d" or len(bare) > 80 or len(bare.split()) > _SECTION_HEAD_WORDS \
                    or ":" in line or " - " in line:
                continue  # (a "Role: Name" line or an entry over the next one: a list, not a heading)
            if text.count("\n", m.end(1), m.end()) > 1 and not line.isupper():
                continue  # a blank line under a short line: a headline or a label, unless a factbox's heading in capitals
            head = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            para_start = m.end()
            blank = re.search(r"\n[ \t]*\n", text[para_start:])
            first_line = text[para_start:text.find("\n", para_start) if "\n" in text[para_start:] else len(text)]
            if len(first_line.split()) < 4 or _CITATION.sub("", first_line.rstrip())[-1:] not in ".!?\"\u201d":
                continue  # the paragraph is prose: sentences, not another short line
            para = doc.char_span(para_start, para_start + blank.start() if blank else len(text),
                                 alignment_mode="expand")
            if head is None or para is None or not len(para):
                continue
            heads = self._head_actors(head.start, head.end)
            if heads:
                out.append((head.start, para.start, para.end, heads))
        return out

    def _head_actors(self, first: int, value: int) -> list[int]:
        """The actors an entry's head (tokens ``first`` to ``value``) names, when it is only names."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        out: list[int] = []
        depth = 0
        for t in doc_span(doc, first, value):
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth -= 1
            elif depth == 0 and not t.is_punct and t.lower_ not in ("and", "of", "the", "for") and not t.is_space:
                a = self.actor(t)
                if a is None and (not t.text[:1].isupper() or t.is_stop):
                    return []  # "Analysis by X -", "To X: stop ...": not only names
                if a is not None and out and t.i > first and self.actor(doc[t.i - 1]) == out[-1] != a \
                        and self.kind(out[-1]) == "country" and self.kind(a) == "organization":
                    out.pop()  # "Ostran Defence Forces (ODF)": the state's adjective on its body's name
                if a is not None and a not in out:
                    out.append(a)  # (a title or a word the name finder left out: "Gen. X -", "Miners' X Party -")
        colon = value > first and _tk[value - 1].text in (":", "):")
        bullet = first > 0 and _tk[first - 1].text in BULLETS and (first < 2 or "\n" in _tk[first - 2].text
                                                                  + _tk[first - 2].whitespace_)
        if colon and not bullet and any(self.kind(a) == "person" for a in out):
            return []  # "Name: ...": a speaker (not a list's item: "- Name: commander, X Brigade")
        return out

    def entry_subject(self, tok: Token) -> list[int]:
        """The actors a clause with no subject of its own is said of in an entry (see ``entry_heads``): its
        sentence's root and the conjuncts sharing it, when none has a subject ("Led by X", "Backs Y; has
        urged Z to ...", "Bitter enemy of Y", "40 seats", "President since 2015 and founder of Y")."""
        heads = self.entry_heads()
        if not heads:
            return []
        found = heads.get(tok.sent.start)
        if not found:
            return []
        doc = self.doc
        deps = token_deps(doc)
        kids = token_children(doc)
        v = tok
        while True:
            if any(deps[c] in ("nsubj", "nsubjpass", "csubj", "expl") and not _semicolon_after(doc, c, v.i)
                   for c in kids[v.i]):
                return []
            if v.dep_ == "ROOT" or v.dep_ in ("advcl", "ccomp", "parataxis", "dep", "advmod") and v.i < v.head.i \
                    and any(t.text == ";" for t in doc[v.right_edge.i + 1:v.head.left_edge.i + 1 if
                                                       v.head.left_edge.i > v.right_edge.i else v.head.i]):
                return found  # (a clause before a semicolon: "Backs Y; its embassy has denied ...")
            if v.dep_ != "conj" or v.head is v:
                return []
            v = v.head

    def _opens_line(self, m) -> bool:
        """The mention opens its line, alone or after a place in capitals: "BEIRUT -", "QALAT SIRR, Ostravia -"."""
        text = doc_text(self.doc)
        start = self.doc[m.start].idx
        prefix = text[text.rfind("\n", 0, start) + 1:start].strip()
        return not prefix or prefix.endswith(",") and prefix[:-1].replace(" ", "").replace("-", "").isalpha() \
            and prefix[:-1].isupper()

    def _agency_after(self, i: int) -> bool:
        """A wire dateline's agency in brackets right after the place, then a dash: "BEIRUT (AFP) -",
        "SANAA (Arab News) -"."""
        doc = self.doc
        if doc[i].text != "(":
            return False
        close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
        return close is not None and close + 1 < len(doc) and doc[close + 1].text in ("-", "–", "—", "--")

    def _placed_in(self, m) -> bool:
        """A state named after a place at the head of the text: "ADEN, Yemen, May 2 -", "A/B, Ostravia,
        May 2 -", "PORTO NOVA, Ostravia -", or a header line ending "..., Porto Nova, Ostravia" (where the story is filed)."""
        doc = self.doc
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if m.start < 2 or _tk[m.start - 1].text != "," or self.tok2m[m.start - 2] >= 0 \
                and self.mentions[self.tok2m[m.start - 2]].key.startswith("country:") \
                and self._dateline_town(self.mentions[self.tok2m[m.start - 2]], m) is None:
            return False
        place = doc[m.start - 2]
        if not place.text[:1].isupper():
            return False
        after = doc[m.end] if m.end < len(doc) else None
        line_end = after is None or "\n" in after.text or "\n" in _tk[m.end - 1].whitespace_
        if line_end and self._sender_address(m.start - 2):
            return False  # "Harven Logistics / Velgrad, Velnia / To: ... / Dear ...": where the letter is sent from
        return place.text.isupper() and len(place.text) > 2 and after is not None \
            and (after.text in (",", "-", "–", "—", "--") or self._agency_after(m.end)) or line_end  # "X, Y -"

    def _sender_address(self, i: int) -> bool:
        """Whether token ``i`` opens a line below the first that is only a place and a state ("Velgrad, Velnia")
        in a letter's or a memo's head (a field naming its addressee or its matter, relations.yaml letter_fields:
        "To: our clients", "Re: the vote", or a line opening "Dear ..."): the sender's address under a letterhead,
        where the letter is written, not what it is about ("Harven Logistics / Velgrad, Velnia / Re: the strike in
        Ostravia"). A dateline ("VELGRAD, Velnia, 3 May -") or a notice with no such field is not read here."""
        if i < 0 or i >= len(self.doc):
            return False
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, self.doc[i].idx) + 1
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].strip()
        if start == 0 or text[:start].strip() == "" or not _ADDRESS_LINE.fullmatch(line):
            return False
        return self._letter_head()

    def _letter_head(self) -> bool:
        """Whether the text's first lines hold a field naming its addressee or matter ("To: the branch", "Re: the
        vote", "Attn: the desk") or a salutation ("Dear colleagues,"): a letter or a memo (``_sender_address``)."""
        if not hasattr(self, "_letter"):
            lines = doc_text(self.doc).splitlines()[:16]
            # (a salutation is a short line of its own ending in a comma or nothing: "Dear colleagues,", "Dear Ms
            # Tamsel"; not a line of prose that opens so)
            self._letter = any(
                (lab := _HEADER_LABEL.match(ln + " ")) is not None and norm(lab.group(1)) in cues().letter_fields
                or len(ln.split()) <= 6 and ln.split()[0].istitle() and norm(ln.split()[0]) in cues().letter_fields
                and not ln.rstrip().endswith((".", "!", "?", ":"))
                for ln in lines if ln.strip())
        return self._letter

    def _venue_state(self, m) -> bool:
        """The state of the opening's venue and date ("at a rally in Port Halden, Ostravia, 3 May 2025",
        ``actors.venue_state_at``): the event the document records is set there, as a dateline's story is."""
        from kingmaker.nlp.actors import venue_state_at  # (lazy: no import cycle)

        k = venue_state_at(self.doc)
        return k is not None and m.start <= k < m.end

    def _dateline_town(self, town, m) -> str | None:
        """"SULAIMANIYAH, Ostravia, May 2 -": a place in capitals opening its line before a state and a comma is a
        town of that state, though taken for a state of its own (a name the knowledge base does not give a state):
        that name, else None (also for the state's own capital: "KAVELGRAD, Kavelia" is the state's seat)."""
        doc = self.doc
        name = town.key.split(":", 1)[1]
        if town.key == m.key or not town.text.isupper() or len(town.text) < 3 or town.end != m.start - 1 \
                or m.end >= len(doc) or doc[m.end].text != "," or not self._opens_line(town) \
                or self.kb.country_of(town.text) or self.kb.country_of(name):
            return None
        return name

    def add_pairs(self, sides: list[int], typ: str, where: Token | Span, conf: float) -> None:
        """A symmetric tie between every two of the sides ("A, B and C have fought each other since ..."; a group
        phrase's members are sides each: "The two parties have been allied since ...")."""
        sides = list(dict.fromkeys(int(m) for x in sides if x is not None
                                   for m in (x.members if isinstance(x, _Group) else (x,))))
        for i, x in enumerate(sides):
            for y in sides[i + 1:]:
                self.add(x, typ, y, where, conf)

    def add(self, s: int | None, typ: str, t: int | None, where: Token | Span, conf: float) -> None:
        if isinstance(s, _Group) or isinstance(t, _Group):  # a group phrase: one tie per member
            for x in (s.members if isinstance(s, _Group) else (s,)):
                for y in (t.members if isinstance(t, _Group) else (t,)):
                    self.add(x, typ, y, where, conf)
            return
        if s is None or t is None or s == t:
            return
        if typ.endswith("_reverse"):
            typ = typ[: -len("_reverse")]
            s, t = t, s
        if typ == "part_of" and self.kind(t) == "person" and self.kind(s) == "organization":
            typ, s, t = "leader_of", t, s  # "the unit answers to X": an organisation part of a person is led by them
        if typ == "leader_of" and self.kind(s) != "person" and self.kind(t) == "organization" and (
                self.kind(s) != "country" or any(norm(x.lemma_) in cues().forming_verbs
                                                 for x in (where if isinstance(where, Span) else [where]))):
            # "the Hezbollah-led alliance": an organisation leads as its leading member; a state leads a coalition
            # ("the Saudi-led coalition", "the battlegroup, led by Germany"), but one founding a body is a member
            typ = "member_of"
        if typ == "leader_of" and self.kind(t) == "organization" and self._ministry(t):
            typ = "member_of"  # "the ministry, directed by X": a minister serves the state the ministry stands for
        if not self._type_ok(s, typ, t):
            return
        span = where if isinstance(where, Span) else self.doc[where.i:where.i + 1]
        self.hits.append(RelationHit(s, typ, t, span, conf))

    def _ministry(self, a: int) -> bool:
        """An organisation named as a state's ministry ("Ministry of Security", "Ministerio de Gobierno")."""
        names = [m.name for m in self.mentions if m.actor == a]
        return any(norm(w) in ("ministry", "ministerio", "ministere", "ministerium")
                   for n in names for w in n.split()[:1] + n.split()[-1:])

    def _type_ok(self, s: int, typ: str, t: int) -> bool:
        ks, kt = self.kind(s), self.kind(t)
        if typ == "leader_of":  # (a state leads a coalition or a mission: "the Saudi-led coalition")
            return ks == "person" and kt in ("organization", "country") or ks == "country" and kt == "organization"
        if typ == "member_of":  # a state can be a member of an organisation (alliance, coalition)
            return ks in ("person", "organization") and kt in ("organization", "country") or \
                (ks == "country" and kt == "organization")
        if typ == "part_of":
            return ks == "organization" and kt in ("organization", "country")
        return True


def _described_in(tok: Token) -> bool:
    """``tok`` sits inside an apposition describing someone ("Y, head of the Z Council"): a body named in passing."""
    while tok.head.i != tok.i:
        if tok.dep_ == "appos":
            return True
        tok = tok.head
    return False


def _buried(tok: Token, depth: int | None = None) -> bool:
    """``tok`` sits inside a modifying clause (a participle, a relative or adverbial clause: "talks hosted by X",
    "the force that X sent"), or with ``depth``, that many heads or more below its sentence's root: not what its
    sentence is about."""
    n = 0
    while tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl", "advcl"):
            return True
        tok = tok.head
        n += 1
    return depth is not None and n >= depth


def _clause_before(subj: Token, tok: Token) -> bool:
    """"The Front did not comment, but a commander of the group's wing said ...", "The Front declined, although the
    group's arm welcomed it": ``subj`` is the subject of a clause that ``tok``'s clause is coordinated with or
    subordinate to (conj, advcl, parataxis; or before a semicolon, parsed as the complement of ``tok``'s clause), not
    of ``tok``'s own clause ("X helped the group") nor of a clause that reports it ("X said the group ...")."""
    if subj.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, x = subj.head, tok
    if verb.dep_ == "ccomp" and verb.right_edge.i < tok.i and verb.head.left_edge.i <= tok.i <= verb.head.right_edge.i \
            and any(t.text == ";" for t in tok.doc[verb.right_edge.i:tok.i]):
        return True  # "X claimed it; the group's spokesman said ...": a first clause parsed as the second's complement
    while x.head.i != x.i and x.head.i != verb.i:
        x = x.head
    return x.head.i == verb.i and x.i != subj.i and x.dep_ in ("conj", "advcl", "parataxis") \
        and x.pos_ in ("VERB", "AUX")


def _left_body(root: Token) -> bool:
    """A body named as the one some left ("deputies left the X Party", "defected from X"): a following
    "the group" that may stand for an unnamed body (null in definite_heads) is those who left, not it."""
    return root.dep_ == "dobj" and root.head.lemma_ in ("leave", "quit", "abandon", "desert") \
        or root.dep_ == "pobj" and root.head.lower_ == "from" \
        and root.head.head.lemma_ in ("defect", "break", "split", "resign", "withdraw", "secede", "walk")


def _name_heads(name: str) -> list[str]:
    """The nouns a name is headed by: the word before its first "of"/"for"/"in" ("National Council for Unity":
    council; "Support Mission in Libya": mission), else its last word, so that "the council" can refer back to
    it. The last word after such a cut heads the body or place the name is of, not the name: "the party" is no
    "Congress of the X Party", "the community" no "Party of the Y Community"."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for", "in") and i > 0), None)
    return [words[cut - 1]] if cut is not None else words[-1:]


# an intensifier after a description ("the cleric himself", "the rebels themselves") still refers back
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})

# verbs by which a person takes an office (no one gives it): "X became commander of Y", "X took over as chairman"

PhraseResolver = _Ctx  # public name for the phrase/pronoun resolver (facts and events use it)


def _bare_conjuncts(tok: Token) -> bool:
    """Whether the nouns coordinated with ``tok`` name no owner of the pair: "the government and the X Legion" (each
    its own side), not "the government and army of Y" (an "of" or "in" phrase on the last one may own both)."""
    return all(not any(p.dep_ == "prep" and p.lower_ in ("of", "in") for p in c.children)
               for c in tok.children if c.dep_ == "conj")


def _self_naming_after_of(prep: Token) -> Token | None:
    """"a coalition of coastal militias that calls itself X": the relative clause the parser hangs on the plural
    noun after "of" (``prep``), said of the body the "of" phrase is on when its verb is singular ("calls itself";
    "militias that call themselves X" are the members named, not the body)."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    return next((r for p in prep.children if p.dep_ == "pobj" and p.tag_ == "NNS" for r in p.children
                 if r.dep_ == "relcl" and r.tag_ == "VBZ" and any(x.lower_ == "itself" for x in r.children)), None)


@functools.lru_cache(maxsize=1)
def _reaction_verbs() -> frozenset[str]:
    """plover.yaml reactions: verbs of judging an act already done ("condemned the move"), one list for both
    layers."""
    from kingmaker.nlp.events import load_event_lexicon  # (lazy: events imports this module)
    return frozenset(norm(w) for w in load_event_lexicon().reactions)


def _asked_for(tok: Token) -> bool:
    """The word a question asks with, standing for what its answer names: "who" ("Who leads the X Party?") or a
    noun "which" / "what" picks out ("Which party, led by X, won six seats?"), not a relative clause's "who" ("X,
    who leads Y"): whether a quiz's answer line fills it is ``question_answer``'s to say."""
    if tok.tag_ == "WP" and tok.lower_ in ("who", "what"):
        return tok.head.dep_ != "relcl"
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.tag_ == "WDT" and c.lower_ in ("which", "what")
                                                for c in tok.children)


def _narrators_aside(tok: Token) -> bool:
    """"Bouhlal, I should explain, led the party": an "I" whose verb the parser hangs a name before it on (the
    sentence's real subject, read as a loose modifier) and the verb after the aside's comma on as a subjectless
    conjunct, so that it seems to be the speaker's; the aside says nothing of the speaker (not "Friends, I
    founded X": no verb after it)."""
    verb = tok.head
    return tok.dep_ == "nsubj" and any(c.dep_ == "npadvmod" and c.i < tok.i and c.pos_ == "PROPN"
                                       for c in verb.children) \
        and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and c.doc[c.i - 1].text == ","
                and not any(g.dep_ == "nsubj" for g in c.children) for c in verb.children)


def _hosts_force(verb: Token) -> bool:
    """"Ostravia hosts a Kavelian base", "hosting foreign troops": the hosting verb's object is a force stationed there
    (word_lists.hosted_force_nouns), not talks the state is the venue of."""
    nouns = cues().hosted_force_nouns
    return any(c.dep_ == "dobj" and (norm(c.lemma_) in nouns or norm(c.text) in nouns) for c in verb.children)


def _mediator(tok: Token) -> bool:
    """A state named as the mediator of another's affairs (word_lists.mediator_nouns): "under the mediation of
    X", "X's mediation", "X, a guarantor of the agreement", "the mediator, X"."""
    nouns = cues().mediator_nouns
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "by") and head.head.pos_ in ("NOUN", "PROPN"):
        return norm(head.head.lemma_) in nouns or norm(head.head.text) in nouns
    if tok.dep_ == "poss" and (norm(head.lemma_) in nouns or norm(head.text) in nouns):
        return True
    if tok.dep_ == "appos" and (norm(head.lemma_) in nouns or norm(head.text) in nouns):
        return True
    return any(c.dep_ == "appos" and (norm(c.lemma_) in nouns or norm(c.text) in nouns) for c in tok.children)


def _venue_named_for(doc: Doc, start: int, end: int) -> bool:
    """"the Doha proximity talks", "THE GENEVA PEACE CONFERENCE" (capitals the parser may read as a verb): a place
    after "the" whose next words, up to two, end in a meeting that it hosts (word_lists.venue_nouns)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if start == 0 or _tk[start - 1].lower_ != "the":
        return False
    c = cues()
    for k in range(end, min(end + 3, len(doc))):
        if not _tk[k].is_alpha:
            return False
        if norm(_tk[k].text) in c.venue_nouns:
            return True
    return False


_SECTION_HEAD_WORDS = 9  # a section's heading line: a name of a few words (its acronym in brackets aside)
_CITATION = re.compile(r"(?:\[\d{1,3}\])+$")  # "... in 2024.[2]": an encyclopedia's reference mark after the full stop
