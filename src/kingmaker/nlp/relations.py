"""Lasting ties from the dependency parse and surface patterns (cues live in knowledge/data/relations.yaml
and roles.yaml; each section there documents its syntax).

Rule families: role appositions and title chains ("X, the head of Y", "the Y leader, X", "X, a senior
Y official and chief of its Z", "Y's Ambassador to W, X"); titles before names ("Y leader X",
"Iraqi Prime Minister X", "its secretary-general X", "his rival X"); state titles naming no state
("Prime Minister X": the article's state, see ``PhraseResolver.home_state``); possessives and
"whose" ("Iran's Revolutionary Guard", "X, whose armed wing is Y", "its parent organization, Y");
"X-backed Y", "led by"/"backed by" (also as main clauses), "loyal to", "unacceptable to", "within";
stance verbs ("X funds Y"), verbs with their preposition ("answers to", "belongs to"), lasting
hostility ("have fought each other since", "broke with"), partnership ("governed together with"),
coalition member lists ("the alliance, which includes A and B"), "X of/from the Y List".
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kingmaker.errors import KnowledgeError
from kingmaker.ingest.dates import place_date_line
from kingmaker.knowledge import DATA, PARTY_SUBKINDS, knowledge, norm
from kingmaker.knowledge.lexicons import clears_with_lexicons
from kingmaker.nlp import (BULLETS, after_honorific, doc_span, doc_text, per_doc, quoted, read_tokens, singular,
                           span_text, token_children, token_deps, token_lowers, token_norms, token_pos, token_texts,
                           tokens_within)
from kingmaker.nlp.names import only_post_words

if TYPE_CHECKING:
    from kingmaker.nlp.actors import MentionInfo

__all__ = ["RelationHit", "PhraseResolver", "find_relations"]

ACTOR_KINDS = {"person", "organization", "country"}
_PERSON, _BODY = frozenset({"person"}), frozenset({"organization", "country"})
# an answer's line after a question's: its label ("A:", "A3.", "ANSWER:", "Answer 3:"), before the answer
_ANSWER_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:A\d{0,2}[.:)]|ANSWER\s*\d{0,2}[.:]|Answer\s*\d{0,2}[.:])[ \t]+(?=\S)")
# an answer that is only a name (a few capitalised words, a full stop) and a note on the next line: its label and text
_ANSWER_NOTE = re.compile(r"^[ \t]*(?:ANSWER|Answer|A)\s*\d{0,2}[.:][ \t]+((?:[Tt]he )?[A-Z][^\n.,;:!?]{1,60}?)\.?[ \t]*\n"
                          r"[ \t]*(?:NOTES?|Notes?)[ \t]*:[ \t]+([^\n]+)", re.MULTILINE)
PRONOUN_KINDS = {"he": _PERSON, "she": _PERSON, "his": _PERSON, "her": _PERSON, "him": _PERSON,
                 "it": _BODY, "its": _BODY, "they": _BODY, "their": _BODY, "them": _BODY}
GENDERED = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "will", "should", "'d", "’d", "'ll", "’ll", "wo"})
CONDITIONAL = HYPOTHETICAL - {"will", "'ll", "’ll", "wo"}  # "will back" is a commitment; "would back" is not
_INERT_POS = frozenset({"DET", "CCONJ", "SCONJ", "NUM", "SPACE", "ADP", "PART", "PUNCT", "SYM", "INTJ", "X", "ADV"})
STATE_LIKE_SUBKINDS = {"military", "government", "agency", "legislature", "state"}


@dataclass(frozen=True)
class Cues:
    """Word lists from relations.yaml (``word_lists``), read once."""

    role_verbs: frozenset[str]
    tie_verbs: frozenset[str]
    tie_nouns: frozenset[str]
    bad_tie_words: frozenset[str]
    giving_verbs: frozenset[str]
    aid_nouns: frozenset[str]
    hardware_aid_nouns: frozenset[str]
    conveying_verbs: frozenset[str]
    material_backing_verbs: frozenset[str]
    hardware_backing_verbs: frozenset[str]
    share_words: frozenset[str]
    wage_verbs: frozenset[str]
    belonging_verbs: frozenset[str]
    chain_verbs: frozenset[str]
    rival_group_nouns: frozenset[str]
    ally_group_nouns: frozenset[str]
    joint_action_verbs: frozenset[str]
    jointly_adverbs: frozenset[str]
    gerund_clause_preps: frozenset[str]
    past_tie_words: frozenset[str]
    solidarity_pairs: frozenset[str]
    undoing_verbs: frozenset[str]
    unit_owner_nouns: frozenset[str]
    office_taking_verbs: frozenset[str]
    successor_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    state_direction_verbs: frozenset[str]
    deceased_words: frozenset[str]
    agent_gap_prepositions: frozenset[str]
    agent_gap_span_prepositions: frozenset[str]
    span_nouns: frozenset[str]
    raising_verbs: frozenset[str]
    finance_keeping_verbs: frozenset[str]
    finance_nouns: frozenset[str]
    material_adverbs: frozenset[str]
    material_help_verbs: frozenset[str]
    act_nouns: frozenset[str]
    state_integrity_nouns: frozenset[str]
    alliance_nouns: frozenset[str]
    joint_body_nouns: frozenset[str]
    lasting_for: frozenset[str]
    lasting_spans: frozenset[str]
    span_end_nouns: frozenset[str]
    starting_verbs: frozenset[str]
    lasting_adverbs: frozenset[str]
    contest_nouns: frozenset[str]
    together_words: frozenset[str]
    one_camp_nouns: frozenset[str]
    unarmed_prizes: frozenset[str]
    expectation_verbs: frozenset[str]
    ranking_nouns: frozenset[str]
    vow_verbs: frozenset[str]
    support_stating_verbs: frozenset[str]
    attack_nouns: frozenset[str]
    repeated_attack_words: frozenset[str]
    coalition_words: frozenset[str]
    membership_body_words: frozenset[str]
    oversight_nouns: frozenset[str]
    state_body_words: frozenset[str]
    title_modifiers: frozenset[str]
    posted_roles: frozenset[str]
    unofficial_roles: frozenset[str]
    candidate_nouns: frozenset[str]
    forming_verbs: frozenset[str]
    ruling_nouns: frozenset[str]
    unheld_government_words: frozenset[str]
    ruling_other_senses: frozenset[str]
    ruling_act_nouns: frozenset[str]
    local_head_titles: frozenset[str]
    chief_office_nouns: frozenset[str]
    chief_office_verbs: frozenset[str]
    office_state_verbs: frozenset[str]
    post_nouns: frozenset[str]
    power_verbs: frozenset[str]
    command_nouns: frozenset[str]
    cooperation_nouns: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    given_name_titles: frozenset[str]
    reading_verbs: frozenset[str]
    appointing_verbs: frozenset[str]
    nominating_verbs: frozenset[str]
    stationing_verbs: frozenset[str]
    host_consent_nouns: frozenset[str]
    basing_accord_nouns: frozenset[str]
    stationed_men_nouns: frozenset[str]
    contributing_verbs: frozenset[str]
    troop_body_heads: frozenset[str]
    leaving_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    reliance_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    aspiration_verbs: frozenset[str]
    proposal_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    hosted_force_nouns: frozenset[str]
    mediator_nouns: frozenset[str]
    command_verbs: frozenset[str]
    journey_verbs: frozenset[str]
    visit_meeting_verbs: frozenset[str]
    visit_talk_words: frozenset[str]
    counterpart_nouns: frozenset[str]
    visitor_verbs: frozenset[str]
    visit_nouns: frozenset[str]
    guest_host_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    hearsay_nouns: frozenset[str]
    neighbour_words: frozenset[str]
    meddling_words: frozenset[str]
    state_affairs_nouns: frozenset[str]
    diplomatic_mission_nouns: frozenset[str]
    single_body_subkinds: frozenset[str]
    seat_companion_verbs: frozenset[str]
    attack_verbs: frozenset[str]
    composition_verbs: frozenset[str]
    constituting_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    including_words: frozenset[str]
    follower_nouns: frozenset[str]
    force_unit_nouns: frozenset[str]
    held_activities: frozenset[str]
    electoral_list_nouns: frozenset[str]
    internal_bodies: frozenset[str]
    agreement_nouns: frozenset[str]
    defence_words: frozenset[str]
    truce_pact_words: frozenset[str]
    territory_verbs: frozenset[str]
    peer_words: frozenset[str]
    prefixed_body_nouns: frozenset[str]
    opposition_words: frozenset[str]
    power_winning_verbs: frozenset[str]
    power_winning_objects: frozenset[str]
    power_winning_definite_objects: frozenset[str]
    self_naming_verbs: frozenset[str]
    insurgent_words: frozenset[str]
    every_ruler_words: frozenset[str]
    ruling_party_words: frozenset[str]
    mutual_rival_nouns: frozenset[str]
    uniting_verbs: frozenset[str]
    rival_words: frozenset[str]
    revolt_phrases: frozenset[str]
    partnering_verbs: frozenset[str]
    venue_nouns: frozenset[str]
    prospect_nouns: frozenset[str]
    domestic_talk_words: frozenset[str]
    seat_verbs: frozenset[str]
    regard_verbs: frozenset[str]
    labelling_verbs: frozenset[str]
    hostile_labels: frozenset[str]
    against_prefixes: frozenset[str]
    stance_prefixes: frozenset[str]
    stance_suffixes: frozenset[str]
    camp_member_nouns: frozenset[str]
    state_owned_words: frozenset[str]
    office_nouns: frozenset[str]
    office_verbs: frozenset[str]
    delegation_nouns: frozenset[str]
    headline_background_words: frozenset[str]
    headline_partner_prepositions: frozenset[str]
    region_nouns: frozenset[str]
    expeditionary_institutions: frozenset[str]
    polity_nouns: frozenset[str]
    portfolio_nouns: frozenset[str]
    portfolio_fields: frozenset[str]
    departure_verbs: frozenset[str]
    portfolio_holding_verbs: frozenset[str]
    portfolio_giving_verbs: frozenset[str]
    ruling_office_verbs: frozenset[str]
    owning_verbs: frozenset[str]
    side_verbs: frozenset[str]
    joint_words: frozenset[str]
    collective_nouns: frozenset[str]
    personal_body_nouns: frozenset[str]
    condition_marks: frozenset[str]
    personal_tie_verbs: frozenset[str]
    voice_openers: frozenset[str]
    authorship_phrases: frozenset[str]
    authorship_openers: frozenset[str]
    issued_documents: frozenset[str]
    issuer_phrases: frozenset[str]
    issuer_fields: frozenset[str]
    state_office_words: frozenset[str]
    state_style_words: frozenset[str]
    operative_verbs: frozenset[str]
    profile_name_labels: frozenset[str]
    profile_kind_labels: frozenset[str]
    sign_offs: frozenset[str]
    speaking_roles: frozenset[str]
    group_nouns: frozenset[str]
    group_person_nouns: frozenset[str]
    group_state_nouns: frozenset[str]
    group_determiners: frozenset[str]
    report_verbs: frozenset[str]
    loyal_words: frozenset[str]
    leading_lemmas: frozenset[str]
    led_faction_nouns: frozenset[str]
    not_current_words: frozenset[str]
    past_post_words: frozenset[str]
    focus_adverbs: frozenset[str]


_CUES: list[Cues] = []
clears_with_lexicons(_CUES.clear)


# the prepositions that put one body inside another ("a rival within the Bloc", "brigades inside the army")
INSIDE_PREPS = ("in", "within", "inside")


def cues() -> Cues:
    """The word lists, checked once: a missing, misspelt or malformed list is a load error naming the file."""
    if not _CUES:
        path = str(DATA / "relations.yaml")
        lists = knowledge().relations.get("word_lists")
        if not isinstance(lists, dict):
            raise KnowledgeError(path, "missing section 'word_lists'")
        unknown = set(lists) - set(Cues.__dataclass_fields__)
        if unknown:
            raise KnowledgeError(path, f"word_lists: unknown list(s) {sorted(unknown)}")
        out = {}
        for name in Cues.__dataclass_fields__:
            words = lists.get(name)
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise KnowledgeError(path, f"word_lists.{name} must be a list of words")
            out[name] = frozenset(norm(w) for w in words)
        _CUES.append(Cues(**out))
    return _CUES[0]


@dataclass
class RelationHit:
    source: int  # local actor index
    type: str
    target: int
    span: Span  # where it is stated (evidence = its sentence)
    confidence: float


_WORD_RUN = re.compile(r"\w+")


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


def _positions(words: list[str]) -> dict[str, list[int]]:
    """Each word's token positions, in order."""
    out: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        found = out.get(word)  # (no empty list made per token)
        if found is None:
            out[word] = [i]
        else:
            found.append(i)
    return out


def _lemma_positions(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case lemma's token positions, in order (built once per Doc: a label looked back for is
    found without a walk over the text before it)."""
    return _positions(token_lowers(doc)[1])


def _lower_positions(doc: Doc) -> dict[str, list[int]]:
    """Each lower-case word's token positions, in order (built once per Doc: an earlier use of a word is found
    without a walk over the text before it)."""
    return _positions(token_lowers(doc)[0])


def _title_mods(tok: Token) -> list[Token]:
    """The words of a title before its head, "prime" of "the prime minister", "Crown" of "the Crown Prince"
    (adjacent, in order; capitalised only on a capitalised head)."""
    cap = tok.text[:1].isupper()
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and (c.is_lower or cap and c.text[:1].isupper())]
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


class _Group(int):
    """A phrase standing for several actors named before ("the two sides", "all four", "both parties"): an actor
    index (its first member's, so that a rule reading one actor reads that one) carrying all its ``members``; a tie
    added with it as one end is one tie per member (``_Ctx.add``), and a mutual tie among its sides alone is one
    between every two members (``_Ctx.add_pairs``)."""

    members: tuple[int, ...]

    def __new__(cls, members: list[int]) -> _Group:
        g = super().__new__(cls, members[0])
        g.members = tuple(members)
        return g


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
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        person = self.actor(poss) if poss is not None else None
        if person is None or self.kind(person) != "person":
            return None
        led = {h.target for h in self.hits if h.source == person and h.type == "leader_of"
               and self.kind(h.target) == "organization"}
        return led.pop() if len(led) == 1 else None

    def described_owner(self, tok: Token) -> Token | None:
        """The name a described noun phrase points to: "the movement loyal to X", "groups close to X"
        (X), "a government led by X" (X); the token naming it, or None."""
        for adj in tok.children:
            if adj.dep_ == "amod" and adj.lower_ in cues().loyal_words:
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
        """"the President" (a capitalised title) or "the president" (a head of state's title, lower case):
        ``titled``; with ``any_title``, any bare lower-case title the article put before a name ("Judge X ...
        met the judge", "General X ... the general said"; not one with words before it, "the new minister",
        which may set another person apart); None for any other word."""
        mods = _title_mods(tok)
        # "the outgoing president", "the interim president": the president still (relations.yaml tenure_words)
        mods = [m for m in mods if norm(m.text) not in self._tenure_words()]
        title = " ".join([m.lower_ for m in mods] + [tok.lower_])
        if self.tok2m[tok.i] >= 0 or not (tok.pos_ == "PROPN" and tok.tag_ == "NNP" and all(
                m.text[:1].isupper() for m in mods) or tok.is_lower and tok.tag_ == "NN"
                                          and (any_title and not mods or title in self.kb.head_of_state_titles)):
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
                for c in tok.children):
            return self.home_state()  # "security forces", no state named: the article's state's
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
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.is_lower]
        name = norm(" ".join([*(c.text for c in sorted(words, key=lambda c: c.i)), tok.text]))
        return name in (self.kb.relations.get("home_security_nouns") or ()) and tok.dep_ != "compound" \
            and tok.pos_ == "NOUN" and all(c.dep_ in ("det", "punct") and c.lower_ in ("the", ",") or c in words
                                           or _aside(c) or c.dep_ == "prep" and c.lower_ != "of"
                                           or self.charge_on(tok, c) for c in tok.children)

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
        if any(norm(m) in self.kb.relations.get("definite_contrast_words", ()) or norm(m)
               in self.kb.relations.get("definite_new_words", ()) for m in mods):
            return None
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
        if tok.tag_ == "NN" and len(bodies) == 1 and not any(self.kind(a) == "person" for a in found):
            return bodies.pop()
        want = "organization" if tok.tag_ == "NNS" else "person"
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
            if noun in ("army", "military") and not any(m.key.endswith(":" + suffix) for m in self.mentions):
                return self.home_state()  # "paid by the army", no army named anywhere: the article's state's
            return None
        words = (self.kb.relations.get("definite_name_words") or {}).get(noun)
        if words and noun not in self.kb.org_nouns:
            return self._named_with(tok, set(words))
        if noun not in self.kb.org_nouns and noun not in (self.kb.relations.get("definite_named_heads") or ()):
            return None
        if any(c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper() and norm(c.text) not in self.kb.not_states
               for c in tok.children):
            return None  # "the Houthi movement" names itself; "the Shiite movement" refers back
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
            for m in self.mentions:
                if m.actor < 0 or self.actors[m.actor].kind != "organization":
                    continue
                root = doc_span(self.doc, m.start, m.end).root
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
                    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
                        continue  # "X, the armed wing of Y", "X, a coalition of militias": a part, or made of others
                    if any(c.dep_ in ("amod", "compound") and norm(c.text) in contrast for c in n.children):
                        continue  # "X, a rival militia": described as the other one, not the one "the militia" means
                    self._described.setdefault(m.actor, set()).add(norm(n.text))
        return self._described

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
        if any(t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") for t in self.doc[noun.head.i + 1:tok.i]):
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
        return person if person is not None and self.kind(person) == "person" else None

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
        plural_owner = self._plural_subject_modifiers(tok) | self._own_quote(tok) | self._controlled_opener(tok)
        for i in range(tok.i - 1, start - 1, -1):
            a = self.actor(self.doc[i])
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
                    c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in prev.root.children):
                # "The movement, which is armed by X, named Y as ...": the main verb misread as a participle
                # on the subject, which the parser made the root (its "named Y as ..." names no one it is)
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
            if a is None and subj is not None and norm(subj.text) in self.kb.member_plurals | self.kb.known_as_groups:
                # "Its fighters attacked ... Their commanders ...": the body whose members the subject was
                # (not "Our enemy is X. They ...": an enemy is no member)
                poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
                a = self.pronoun_actor(poss) if poss is not None else None
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
        for i in range(start - 1, max(0, start - 60) - 1, -1):
            a = self.actor(self.doc[i]) if i not in labels and not self.stance_word(self.doc[i]) else None
            if a is not None and fits(a) and self.kind(a) in want:
                return a
        return None

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
        second's complement ("It has 3,000 fighters; UN experts put the figure lower"). A main verb with no subject
        of its own after a complement clause ("X, the strongest of the groups gathered under Y, said ...", the
        subject read as the participle's): that clause's subject."""
        heads = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if not heads:
            before = next((c for c in sent.root.children if c.dep_ == "ccomp" and c.i < sent.root.i), None)
            heads = [c for c in before.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < before.i] \
                if before is not None else []
            return heads
        told = next((c for c in sent.root.children if c.dep_ == "ccomp" and heads and c.i < heads[0].i), None)
        if told is not None and (sent.root.lemma_ in cues().report_verbs or any(
                t.text == ";" for t in self.doc[told.i:heads[0].i])) and not self._quoted_by_pronoun(sent, told, heads):
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
        if said is None or not any(t.text in OPEN_QUOTES for t in self.doc[tok.sent.start:said.left_edge.i + 1]) \
                or not any(t.text in CLOSE_QUOTES for t in self.doc[said.i + 1:tok.i]):
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
                    and all(t.is_punct for t in self.doc[last + 1:c.left_edge.i]):
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
        return any(t.text in OPEN_QUOTES for t in doc[sent.start:told.left_edge.i + 1]) \
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
        do not count for it, but still count when it is the best state's rival.
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
            for t in self.doc[:headline]:
                if t.lower_ in cues().headline_background_words:
                    end = next((x.i for x in self.doc[t.i:headline] if x.text in (";", ":", "|")), headline)
                    background.update(range(t.i, end))
            background |= self._headline_partners(headline, background)
            head_words = " " + " ".join("|" if t.i in background else t.lower_ for t in self.doc[:headline]) + " "
            for m in self.mentions:
                if m.key.startswith("country:"):
                    state = m.key.split(":", 1)[1]
                    if any(w.lower_ in cues().neighbour_words for w in doc_span(self.doc, m.start, m.end).root.children):
                        continue  # "arms from neighbouring Kavel": a neighbour of the story's state is not it
                    if mission_owner(self.doc, m.start, m.end):
                        # "sought asylum in the Kavelian embassy": a foreign mission in the story's state, no sign that
                        # the story is about Kavel (it still counts as a rival of the best state)
                        missions[state] = missions.get(state, 0) + 1
                        continue
                    counts[state] = counts.get(state, 0) + 1
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
            gone = regions | self._neighbours()
            for state in gone:
                counts.pop(state, None)
                dated.discard(state)
                datelined.discard(state)
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
                                                        or best in dated and score > runner_up + 2):
                # a dateline there lets a story that names another state often still be set where it is filed
                self._home = self._state_actor(best)
            if self._home is None and not dated:
                self._home = self._sole_scene(counts, institutions, missions)
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
                self._title_home = self._unlisted_state(counts, institutions)
        return self._home

    def _state_actor(self, state: str) -> int | None:
        """The country actor the text names ``state`` by (its gazetteer name, as ``home_state``'s counts key it)."""
        return next((m.actor for m in self.mentions if m.key == "country:" + state
                     and m.actor >= 0 and self.actors[m.actor].kind == "country"), None)

    def _sole_scene(self, counts: dict, institutions: set, missions: dict) -> int | None:
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
            if len(before) and m.start > len(before) and before[0].lower_ in cues().headline_partner_prepositions:
                partners.update(range(m.start, m.end))
            else:
                actors.add(m.key)
        # (a state the headline names by its own name though no mention reads it there: "Ostravia signs ...")
        skip = partners | background
        words = " " + " ".join(t.lower_ for t in self.doc[:headline] if t.i not in skip) + " "
        actors |= {k for k in states if " " + k.split(":", 1)[1].lower() + " " in words}
        partner_keys = {self.mentions[self.tok2m[i]].key for i in partners if self.tok2m[i] >= 0}
        return partners if actors - partner_keys else set()

    def _adjective_in_shouted_head(self, state: str, headline: int, background: set[int]) -> bool:
        """The headline, written in capitals, names the state by its adjective ("OSTRAVIAN PRESS SERVICE - PLANNER",
        "OSTRAVIAN TROOPS CLEAR BORDER ROAD"): a word no mention reads (a capitalised adjective is one only in the
        text's own case), the same evidence as the state's name there. Not in the headline's background clause."""
        from kingmaker.nlp.actors import _demonym_forms  # the one rule for a state's adjectives (lazy: no cycle)

        if " " in state:
            return False
        words = [t for t in self.doc[:min(headline, len(self.doc))] if t.is_alpha and t.i not in background]
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
                text = doc_text(self.doc)
                first = text.split("\n", 1)[0]
                capitals = any(c.isalpha() for c in first) and not any(c.islower() for c in first)
                first = first.lower()
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
                            or low in spare or low in kb.region_qualifiers or norm(w) in kb.org_nouns:
                        # (not "Tesmarian" of Tesmaria, a person's name, a word met in lower case; not a body's head
                        # noun: "ELECTIONS COMMISSION OF X ... the Commission", "the Federation" name a body, no polity)
                        continue
                    # named in a masthead, a letterhead or a section label in capitals ("KESTRAVO CHAMBER OF TRADE",
                    # "PORT AUTHORITY OF KESTRAVO", "SPORT | KESTRAVO CUP"; not a headline: "Kestravo rebels blame ...")
                    masthead = capitals and re.search(r"\b" + low + r"\b", first) is not None
                    if not masthead:
                        continue
                    n = len(re.findall(r"\b" + re.escape(w) + r"\b", text, flags=re.IGNORECASE))
                    if n >= 3 and n >= best:
                        self._unnamed_own = low
                        self._own_masthead = masthead
                        break
        return bool(self._unnamed_own)

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

    def _own_government(self, m) -> bool:
        """"The Ostravian government rejected the report", "Ostravia's cabinet denied it": a state named as its
        government (word_lists.ruling_nouns) is one whose rulers the story shows at work, like one of its
        institutions; not a government that is the object of a preposition ("talks with the Kavelian
        government": another state's, met abroad)."""
        words = doc_span(self.doc, m.start, m.end)
        noun = words[-1] if len(words) > 1 else words.root.head if words.root.dep_ in ("poss", "amod") else None
        if noun is None:
            return False
        if norm(noun.lemma_) not in cues().ruling_nouns and not self._office_title(noun):
            return False
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
        return place.text.isupper() and len(place.text) > 2 and after is not None \
            and (after.text in (",", "-", "–", "—", "--") or self._agency_after(m.end)) or line_end  # "X, Y -"

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


def _adjective_relation(ctx: _Ctx, typ: str, target: int | None) -> str:
    """"a militia loyal to X": X leads the militia when X is a person; a body loyal to an organisation ("Y, a
    unit loyal to the X Council") is a part of that organisation, not the organisation one of its members; a body
    loyal to a state ("a force loyal to the government", "units loyal to Ostravia") is its ally (a state leads no
    militia)."""
    if typ == "leader_of_reverse" and target is not None and ctx.kind(target) == "organization":
        return "part_of"
    if typ == "leader_of_reverse" and target is not None and ctx.kind(target) == "country":
        return "allied_with"
    return typ


def _same_stem(adjective: str, word: str) -> bool:
    """"oromo" / "oromia", "karskish" / "karsk": an adjective and a name word sharing their first four letters or
    more, all of the shorter but its last two."""
    n = max(4, min(len(adjective), len(word)) - 2)
    return len(adjective) >= 4 and len(word) >= 4 and adjective[:n] == word[:n]


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


def _role_relation(kb, role: str) -> str | None:
    r = norm(role)
    if r in kb.leader_roles:
        return "leader_of"
    if r in kb.member_roles:
        return "member_of"
    return None


def _counted_list(role: Token, item: Token) -> bool:
    """"Among them were the 19 members of the X bloc, the Y Party and several independents": a counted plural
    ("the 19 members", "its four deputies") followed by a different number of bodies is the first entry of a list,
    the bodies after the comma the next entries, not its members named in apposition (said of organisations: names
    of people after a count parse too unevenly to be counted)."""
    count = next((c for c in role.children if c.dep_ == "nummod"), None)
    if count is None or role.tag_ != "NNS":
        return False
    from kingmaker.nlp.facts import parse_number  # (facts reads this module: imported when first needed)
    n = parse_number(count.text)
    items = {t.i for c in role.children if c.dep_ == "appos" for t in (c, *c.conjuncts)} | {item.i, *(t.i for t in item.conjuncts)}
    return n is not None and n != len(items)


def _of_object(tok: Token) -> list[Token]:
    """pobj tokens of 'of'/'from'/'in' (and conjoined ones) under ``tok``.

    In "an A official and chief of B" the parser often hangs "of B" on "official": a preposition after
    a conjoined noun belongs to that closer noun.
    """
    out = []
    kb = knowledge()
    of_phrases = kb.relations.get("of_phrases") or {}

    def is_role(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and (norm(t.lemma_) in kb.role_words or t.lemma_.lower() in of_phrases)

    conj = [c.i for c in tok.children if c.dep_ == "conj" and is_role(c)]
    preps = [c for c in tok.children if not any(c.i > j for j in conj)]
    if tok.dep_ == "appos" and is_role(tok) and not any(c.dep_ == "prep" for c in tok.children):
        # "X, co-chair of the Greens," with "of" hung on the name: the next preposition after the role
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.i == tok.right_edge.i + 1]
    if tok.dep_ == "conj" and is_role(tok) and not any(c.dep_ == "prep" for c in tok.children):
        preps += [c for c in tok.head.children if c.i > tok.i]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "in", "at", "within", "inside"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.conjuncts)
    return out


def find_relations(doc: Doc, resolver: _Ctx | None = None) -> list[RelationHit]:
    """Relation hits of ``doc``; ``resolver``: the document's PhraseResolver (default: the Doc's own)."""
    if resolver is None:
        from kingmaker.nlp.components import referents

        resolver = referents(doc)
    ctx = resolver
    ctx.hits = []  # the resolver is shared by the stages: this run's hits only
    ctx.speaking = True  # an interview's "we" is read for ties only (events keep their own speaker rule)
    try:
        return _find_relations(doc, ctx)
    finally:
        ctx.speaking = False


def _find_relations(doc: Doc, ctx: _Ctx) -> list[RelationHit]:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = ctx.kb
    cue = cues()  # the word lists (asked once: this loop reads them at every token)
    rel = kb.relations
    hyphen = rel.get("hyphen_modifiers", {})
    of_phrases = rel.get("of_phrases", {})
    adjectives = rel.get("adjective_phrases", {})
    verbs = rel.get("verb_relations", {})
    verb_openers = {k[:p] for k in verbs for p, ch in enumerate(k) if ch == " "}  # "take" of "take over"
    participles = rel.get("passive_participles", {})
    backing = rel.get("backing_nouns", {})
    hostility = rel.get("hostility_verbs", {})
    prep_verbs = rel.get("preposition_verbs", {})
    # what a key of several words opens with ("declare" of "declare war"): only such a verb has an object key
    prep_openers = {k[:p] for k in prep_verbs for p, ch in enumerate(k) if ch == " "}
    membership_verbs = set(rel.get("membership_verbs") or ())
    counting_verbs = set(rel.get("counted_among_verbs") or ())
    member_preps = set(rel.get("member_prepositions") or ())
    composition_heads = {w.split()[0] for w in cue.composition_verbs}
    constituting_heads = {w.split()[0] for w in cue.constituting_verbs}
    rupture = rel.get("rupture_verbs", {})
    rupture_heads = {k.split()[0] for k in rupture}  # ("fall out": the verb of a "verb particle" key)
    attack_heads = {k.split()[0] for k in rel.get("attack_phrases") or {}}  # ("trade" of "trade fire")
    regarding = set(rel.get("regarding_verbs") or ())
    broken = rel.get("broken_ties") or {}
    broken_heads = {k.split()[0] for k in broken.get("verbs") or {}} | set(broken.get("envoy_verbs") or ())
    unrecognised = rel.get("recognition_refusal") or {}
    unrecognised_heads = set(unrecognised.get("verbs") or ()) | set(unrecognised.get("withdrawal_verbs") or ())
    wished_end = rel.get("wished_end") or {}
    ending_heads = {w.split()[0] for w in (wished_end.get("gone_verbs") or ())}
    hostile_nouns = rel.get("hostility_nouns", {})
    org_preps = rel.get("organisation_prepositions", {})
    mutual_adjs = rel.get("mutual_adjectives", {})
    pitting = rel.get("pitting_verbs") or {}
    implied: list[tuple[int, str, Span]] = []  # (person, tie, sentence): state titles naming no state
    lemmas = token_lowers(doc)[1]  # tok.lemma_.lower() of every token, read once

    for tok in read_tokens(doc):  # (each token's labels read once)
        if tok.lower_ == "whose" and tok.dep_ == "poss":
            _whose(ctx, tok, of_phrases)
        elif tok.lower_ in ("which", "whom") and tok.dep_ == "pobj" and tok.head.lower_ == "of":
            _of_which(ctx, tok, of_phrases)
        elif tok.is_lower and tok.pos_ == "NOUN" and of_phrases.get(tok.lower_) == "part_of":
            _named_wing(ctx, tok)
        # "X, a faction within Y", "the Z wing inside Y": part of; "the party under X", "the unit under the
        # command of X": led by X (a person) or part of Y
        if tok.dep_ == "prep" and tok.lower_ in member_preps:  # (an ADP: before the filter below)
            _member_preposition(ctx, tok)  # "A entered the race as a member of the Front"
        if tok.dep_ == "prep" and tok.lower_ == "under":
            _state_under_leader(ctx, tok)  # "Velnia, which under President Y recognised the claim": Y leads Velnia
        if tok.dep_ == "prep" and tok.lower_ in org_preps:  # (an ADP: before the filter below)
            part = ctx.actor(_past_comma(tok))
            if part is None:
                part = _described_name(ctx, _past_comma(tok))  # "X, a militia (grouped) under the umbrella of Y"
            ruled_by = False  # "X, which has ruled the north under General Y": only a person is read from it
            if part is None and tok.lower_ == "under":
                part = _apposition_owner(ctx, tok.head)  # "X, a pact of nine clans under Y"
            clause = _place_clause(ctx, tok) if part is None and tok.lower_ == "under" else tok.head
            seized = tok.lower_ == "under" and clause.dep_ == "relcl" and _took_power(clause) \
                and not _denied(clause)  # "the army, which took power in 2019 under General Y": Y led it then
            if part is None and tok.lower_ == "under" and clause.dep_ == "relcl" and clause.pos_ == "VERB" \
                    and (seized or lemmas[clause.i] in (rel.get("under_leader_verbs") or ()) and not _unreal(clause)
                         and not _denied(clause)
                         and not any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "dobj" and lemmas[clause.i]
                                     not in (rel.get("under_leader_object_verbs") or ()) for c in clause.children)):
                # (an object makes "under Y" the time of the act, "which has fought the army under President Y", save
                # the land or body ruled: "which has ruled the north under General Y")
                part, ruled_by = ctx.np_actor(clause.head), True
                ruler = next((ctx.np_actor(p) for p in tok.children if p.dep_ == "pobj"), None) if seized else None
                if ruler is not None and part is not None and ctx.kind(ruler) == "person" \
                        and ctx.kind(part) == "organization" and ctx.subkind(part) in STATE_LIKE_SUBKINDS:
                    implied.append((ruler, "leader_of", tok.sent))  # the state's forces took power under Y: Y rules it
            units = _bodies_inside(ctx, tok) if part is None and tok.lower_ != "under" else []
            if units:
                # "X, a militia with units inside Y", "X, one of the militias that sit inside Y": part of Y
                whole = next((ctx.np_actor(p) for p in tok.children if p.dep_ == "pobj"), None)
                if whole is not None and ctx.kind(whole) == "organization":
                    for one in units:
                        if one != whole and ctx.kind(one) == "organization":
                            ctx.add(one, org_preps[tok.lower_], whole, tok.sent, 0.6)
            for p in tok.children:
                commanded = p.dep_ == "pobj" and ctx.actor(p) is None and norm(p.text) in cue.command_nouns
                if commanded:
                    # "under the command of Y", "under Y's leadership", "under the Y umbrella"
                    p = next((o for o in _of_object(p) if o.head.lower_ == "of"),
                             next((c for c in p.children if c.dep_ in ("poss", "compound") and ctx.actor(c) is not None
                                   and c.lower_ not in ("his", "her", "its", "their")), p))
                    act = tok.head
                    if act.dep_ == "advcl" and act.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in act.children):
                        act = act.head  # "X deployed 900 men to guard the polls, under the command of Y"
                    if part is None and act.pos_ in ("VERB", "AUX") and (not _unreal(act) or _only_future(act)):
                        # "X, under the command of Y, took the town", "X will deploy 900 men under the command of
                        # Y": the command is told either way (not "would deploy", "will not deploy")
                        part = _clause_subject(ctx, act)
                whole = ctx.np_actor(p) if p.dep_ in ("pobj", "poss", "compound") else None
                if whole is None and p.dep_ == "pobj" and tok.lower_ == "under" and not commanded \
                        and tok.head.tag_ != "VBN":
                    # "a bloc under the former mayor of Dussel, X"; not the time of a passive ("a militia banned
                    # under the former mayor of Dussel, X")
                    whole = _role_holder(ctx, p)
                # "A and B, both under the command of Y": a phrase after the whole list is said of each name
                parts = [part, *(ctx.actor(c) for c in tok.head.conjuncts if c.i < tok.i)] \
                    if ctx.doc[tok.i - 1].text == "," or ctx.doc[tok.i - 1].lower_ in ("both", "all") else [part]
                for one in parts:
                    if one is not None and ctx.kind(one) == "organization" and whole is not None \
                            and ctx.kind(whole) in (("person",) if ruled_by else ("organization", "country", "person")):
                        ctx.add(one, org_preps[tok.lower_], whole, tok.sent, 0.6)
        # "X's allies in the Y bloc", "X and his partners in the Y": X sits in Y with them
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and of_phrases.get(tok.lemma_) == "allied_with" \
                and ctx.actor(tok) is None:
            _allies_within(ctx, tok)
        # "the army and its Russian allies", "the Front's Iranian backers": the state a demonym names holds the tie
        if tok.pos_ == "NOUN" and of_phrases.get(tok.lemma_) in _DEMONYM_TIES and ctx.actor(tok) is None:
            _demonym_owned_tie(ctx, tok, of_phrases[tok.lemma_])
        # "A, B, C and D ... . The plan, drafted by the four countries known as the Quad": each listed name is a member
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and ctx.actor(tok) is None:
            _counted_group_name(ctx, tok)
            _member_noun(ctx, tok)  # "A is one of the Pact's member states", "the Pact's members, A and B"
        # "its factions, including A and B", "several of its allies, such as A": each example has the role
        if tok.dep_ == "prep" and _including(tok):
            role = tok.head
            if ctx.actor(role) is None and role.lemma_ not in of_phrases and norm(role.lemma_) not in kb.role_words:
                role = next((p for c in role.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj"), role)  # "several of its factions"
            said = tok.head.head if tok.head.dep_ in ("nsubj", "nsubjpass") else None
            if said is not None and of_phrases.get(role.lemma_) == "allied_with" \
                    and (verbs.get(said.lemma_.lower()) == "opposes" or said.lemma_.lower() in hostility):
                # "several of his partners in the Alliance, including X, oppose him": the clause belies the
                # alliance with him; X is still a member of the Alliance
                for p in (c for c in tok.children if c.dep_ == "pobj"):
                    for q in _list_members(p):
                        for o in (o for o in _of_object(role) if o.head.lower_ in INSIDE_PREPS):
                            whole = ctx.np_actor(o)
                            if whole is not None and ctx.kind(whole) == "organization":
                                ctx.add(ctx.np_actor(q), "member_of", whole, tok.sent, 0.65)
                                ctx.add(_possessor(ctx, role, None), "member_of", whole, tok.sent, 0.65)
                role = said
            if ctx.actor(role) is None and role.tag_ == "NNS" and (role.lemma_ in of_phrases
                                                                   or norm(role.lemma_) in kb.role_words
                                                                   or _noun_phrase(role) in kb.role_words):
                for p in (c for c in tok.children if c.dep_ == "pobj"):
                    for q in _list_members(p):
                        named = ctx.np_actor(q)
                        if named is not None:
                            _role_ties(ctx, named, role, of_phrases, adjectives)
        if tok.pos_ in _INERT_POS and tok.text not in ("-", "/") and not (tok.dep_ in ("appos", "attr") and tok.lower_ == "one"):
            continue  # no pattern starts on these (cheap filter: this loop sees every token)
        a = ctx.actor(tok)
        if a is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN" \
                and any(" ".join(w) in kb.head_of_state_titles for mods in [
                    [norm(c.text) for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]]
                        for w in (mods[k:] + [norm(tok.text)] for k in range(len(mods) + 1))):
            # "PETRA VOSS" over "The caretaker premier led ...": a head of government's title describing the
            # heading's person (``section_person``) is that person's post
            person = ctx.section_person(tok)
            if person is not None:
                _role_ties(ctx, person, tok, of_phrases, adjectives, implied)
        # "Y's envoy to Peru, X, and ...": the name parsed as a second place after the post's place
        if a is not None and tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("to", "in", "for") \
                and ctx.kind(a) == "person" and ctx.actor(tok.head) is not None and ctx.kind(ctx.actor(tok.head)) == "country" \
                and norm(tok.head.head.head.lemma_) in cue.posted_roles and ctx.tok2m[tok.i] >= 0:
            m = ctx.mentions[ctx.tok2m[tok.i]]
            j = m.start - 1  # (past a title the name finder left out of the name: ", Prince X")
            while j > tok.head.i and norm(_tk[j].text) in kb.title_words:
                j -= 1
            if j >= 1 and _tk[j].text == "," and j - 1 == tok.head.i:
                _role_ties(ctx, a, tok.head.head.head, of_phrases, adjectives, implied)
        # 1. appositions: "X, the head of Y" / "Y, the military wing of Z" / "X, an ally of Y"
        if tok.dep_ == "appos" and _list_item(tok):
            role = _item_role(ctx, tok)  # "...; the Director of Y, B": the post this item gives before the name
            if role is not None:
                _role_ties(ctx, a, role, of_phrases, adjectives, implied)
        elif tok.dep_ == "npadvmod" and a is not None and ctx.kind(a) == "person":
            role = _post_before_name(ctx, tok)  # "X met the commander of Y, Z, in W": Z the commander
            if role is not None:
                _role_ties(ctx, a, role, of_phrases, adjectives, implied)
        elif tok.dep_ == "conj" and a is None and tok.pos_ == "NOUN" and tok.left_edge.i >= 1 \
                and _tk[tok.left_edge.i - 1].text == "," and doc[tok.left_edge.i - 1].head.i == tok.head.i \
                and ctx.actor(tok.head) is not None and tok.right_edge.i + 1 < len(doc) \
                and _tk[tok.right_edge.i + 1].text == "," and any(c.dep_ == "poss" for c in tok.children) \
                and any(norm(c.lemma_) in kb.role_words or c.lemma_ in of_phrases for c in (tok, *tok.conjuncts)) \
                and any(c.dep_ == "cc" for c in tok.children) and not _list_item(tok):
            # "X, Y's cousin and old rival, was arrested": an apposition of two nouns the parser took for a second
            # item of a list beside the name; each noun is said of the name
            owner = ctx.actor(tok.head)
            _role_ties(ctx, owner, tok, of_phrases, adjectives, implied)
            poss = next((ctx.actor(c) for c in tok.children if c.dep_ == "poss"), None)
            for c in tok.conjuncts:
                if c.i > tok.i and c.pos_ == "NOUN" and ctx.actor(c) is None:
                    _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                    typ = of_phrases.get(norm(c.lemma_)) or ""
                    if poss is not None and poss != owner and typ in ("opposes", "allied_with", "backs") \
                            and not any(x.dep_ in ("poss", "prep") for x in c.children) \
                            and not any(norm(x.text) in (kb.relations.get("not_current_titles") or ())
                                        for x in c.children):
                        ctx.add(owner, typ, poss, tok.sent, 0.65)  # "Y's cousin and old rival": Y's rival too
        elif a is None and (tok.dep_ == "dep" or tok.dep_ in ("nsubj", "nsubjpass", "ccomp") and tok.head.i > tok.i) \
                and (bracketed := _bracketed_for(ctx, tok)) is not None and ctx.kind(bracketed) == "person":
            # "talks with B [head of C] ended": a bracket the parser made a clause's subject or a loose word is the
            # apposition of the name right before it
            _role_ties(ctx, bracketed, tok, of_phrases, adjectives, implied)
        elif tok.dep_ == "appos":
            owner = ctx.np_actor(tok.head) if a is None else None
            if owner is None and a is None and of_phrases.get(tok.lemma_) == "part_of" and tok.head.tag_ == "NNS":
                owner = _of_name_before_comma(ctx, tok)  # "fighters of X, the armed wing of Y": X's
            if owner is None and a is None and of_phrases.get(tok.lemma_) == "part_of" and tok.head.pos_ == "NOUN" \
                    and ctx.actor(tok.head) is None:
                owner = _body_before_comma(ctx, tok)  # "positions held by X, the armed wing of Y": X's
            last = _last_conjunct_named(ctx, tok) if owner is not None and a is None else None
            if last is None and owner is not None and a is None:
                last = _person_of_before_comma(ctx, tok, owner)  # "the X League of Y, the governor of Z": Y's
            if last is not None:
                owner = last  # "A and B, its old partner": B's
            near = _bracketed_for(ctx, tok) if a is None else None
            if near is not None:
                owner = near  # "A and B (the commander of C)", "A met B [head of C]": the name right before the bracket
            elif a is None and _bracket_clause(ctx, tok):
                owner = None  # "B (the leader of C, D, was absent)": the bracket's own clause, not said of B
            if owner is not None and ctx.kind(owner) == "person":
                owner = _adjacent_person(ctx, tok, owner)
            role = tok
            if owner is None and a is not None and ctx.actor(tok.head) is None \
                    and not (ctx.kind(a) != "person" and _counted_list(tok.head, tok)) \
                    and not (tok.left_edge.i > 0 and _tk[tok.left_edge.i - 1].lower_ in ("and", "or") and any(
                        c.dep_ in ("compound", "amod") and c.i < tok.i and ctx.tok2m[c.i] < 0
                        and norm(c.lemma_) in kb.role_words for c in tok.children)):
                # "the head of Y, X": the name is the apposition, the role its head (not "..., and French envoy
                # X": a name with a title of its own)
                owner, role = a, tok.head
                if role.dep_ == "pobj" and role.head.dep_ == "prep" and role.pos_ == "PROPN" \
                        and norm(role.head.head.lemma_) in kb.role_words:
                    role = role.head.head  # "the EU's envoy in Ruritania, X": the apposition hangs on the place
                elif _post_sought(kb, role):
                    role = role.head.head  # "the Bloc's nominee for prime minister, X": X is the nominee
            if owner is None and a is None and tok.pos_ == "NOUN" and ctx.actor(tok.head) is None \
                    and norm(tok.head.lemma_) in kb.role_words and any(
                        c.dep_ == "acl" and c.lemma_ in ("call", "name") for c in tok.children):
                named = ctx.np_actor(tok)  # "the Front's commander, a man called X": the name the noun gives
                if named is not None and ctx.kind(named) == "person":
                    owner, role = named, tok.head
            if owner is None and a is not None and ctx.kind(a) == "person" and tok.head.dep_ == "pobj" \
                    and tok.head.head.dep_ == "prep" and tok.head.head.lower_ in ("of", "for") \
                    and norm(tok.head.head.head.lemma_) in kb.role_words:
                # "The new commander of the X Brigade, Y,", "a spokesman for the X, Y": the name hangs on
                # the organisation
                owner, role = a, tok.head.head.head
            if owner is not None and role is tok and _partitive(role):
                role = _one_of(role)  # "X, one of the most powerful factions in Y", "X, the largest of the factions in Y"
                if tok.lower_ != "one" and _state_possessed(ctx, role):
                    role = tok  # "X, the most powerful of Ostravia's factions": ranked in a country, not owned by it
            if owner is not None and ctx.actor(role) is None:
                _role_ties(ctx, owner, role, of_phrases, adjectives, implied)
                if role is tok and (role.tag_ == "NNS" or any(c.lower_ in ("both", "all") for c in role.children)):
                    # "A and B, both members of C": the role is said of each
                    for c in tok.head.conjuncts:
                        other = ctx.np_actor(c)
                        if other is not None and other != owner:
                            _role_ties(ctx, other, role, of_phrases, adjectives, implied)
                elif role is not tok and a is not None and owner == a and role.tag_ == "NNS":
                    # "two of its members, A and B": a plural role named by a list, each name holds it
                    for c in tok.conjuncts:
                        other = ctx.np_actor(c)
                        if other is not None and other != owner:
                            _role_ties(ctx, other, role, of_phrases, adjectives, implied)
                # "A's leader, the union boss X": a chain of appositions, each role said of the name
                up = role
                while up.dep_ == "appos" and up.head.pos_ == "NOUN" and ctx.actor(up.head) is None \
                        and norm(up.head.lemma_) in kb.role_words and up.head.i < up.i and not _list_item(up):
                    up = up.head
                    _role_ties(ctx, owner, up, of_phrases, adjectives, implied)
                # "X, a senior A official and chief of its B": each conjoined role gives its own tie
                for c in role.conjuncts:
                    c = _one_of(c) if c.lower_ == "one" else c  # "X, Y's president and one of the council's members"
                    if c.i > role.i and c.pos_ in ("NOUN", "PROPN") and ctx.actor(c) is None:
                        _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                if role is tok:  # "X, chief of staff of the army and Z's closest ally": a stance hung on "the army"
                    for c in _second_roles(ctx, role, of_phrases):
                        _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                    _shared_possessor_stance(ctx, owner, role, of_phrases)
        # "the EU naval force, Atalanta", "the UN peacekeeping mission in Ostravia (MINOS)": a body named after a
        # common noun that another body modifies is part of that body
        if tok.pos_ == "NOUN" and a is None and norm(tok.lemma_) in kb.org_nouns:
            _persons_body(ctx, tok)  # "X, Vendrel's centre-left party,"; "Vendrel's party, X,"
        if tok.dep_ == "appos" and a is not None and ctx.kind(a) == "organization":
            _named_part(ctx, tok, a, of_phrases)
        # "Y, the Sadrist armed wing", "Y, the EU naval mission": a part noun in apposition to a name, the owner
        # named as its modifier
        elif tok.dep_ == "appos" and tok.pos_ == "NOUN" and a is None and (
                of_phrases.get(tok.lemma_) == "part_of" or norm(tok.lemma_) in cue.prefixed_body_nouns
                and norm(tok.lemma_) not in kb.role_words):
            # (and "Y, the UN agency for refugees", "Y, the AU mission in Z": a body another sends or runs)
            named, owner = ctx.actor(tok.head), _modifier_actor(ctx, tok)
            if named is not None and owner is not None and ctx.kind(named) == "organization":
                ctx.add(named, "part_of", owner, tok.sent, 0.6)
        # appositions the parser missed: "X, Iran's ambassador in Y" (surface: mention, comma, role noun); not a
        # possessor ("X, the Ostravian president's adviser": the post is the adviser's)
        elif tok.pos_ == "NOUN" and tok.dep_ not in ("appos", "poss") and a is None and (
                norm(tok.lemma_) in kb.leader_roles or norm(tok.lemma_) in kb.member_roles
                or tok.lemma_ in of_phrases):
            j = tok.i - 1
            while j > tok.sent.start and (_tk[j].pos_ in ("DET", "ADJ", "PART") or _tk[j].text in ("'s", "’s")
                                          or (ctx.actor(doc[j]) is not None and _tk[j + 1].text in ("'s", "’s"))):
                j -= 1
            if _tk[j].text == "," and j > 0 and not any(c.dep_ == "appos" and c.i > tok.i and ctx.actor(c) is not None
                                                        for c in tok.children):
                # (not "At the Security Council, Karvel's ambassador, Y, said ...": a post with its holder named in
                # apposition after it is that holder's; the name before the comma ends an opening phrase)
                owner = ctx.actor(_before_bracket(doc, j - 1))  # (past "(XLA)": "X (XLA), the armed wing of Y")
                if owner is not None:
                    _role_ties(ctx, owner, tok, of_phrases, adjectives, implied)
        if tok.pos_ == "NOUN" and a is None and (tok.dep_ != "appos" or ctx.actor(tok.head) is None):
            _loose_body_apposition(ctx, tok, of_phrases)
        if tok.dep_ == "poss" and tok.pos_ == "NOUN" and tok.is_lower and a is None:
            _state_unit(ctx, tok)
        # "the NRP, the ruling party of President X", "- NRP: ruling party of X": a person's party (word_lists
        # personal_body_nouns) in apposition to a named body is one that person leads
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and a is None and norm(tok.lemma_) in cue.personal_body_nouns:
            # ("A 16 and B, the party of X, 12": the last name before the comma, wherever the parser hung it)
            named = _last_conjunct_named(ctx, tok)
            named = ctx.actor(tok.head) if named is None else named
            if named is not None and ctx.kind(named) == "organization":
                for p in (p for p in _of_object(tok) if p.head.lower_ == "of"):
                    person = ctx.np_actor(p)
                    if person is not None and ctx.kind(person) == "person":
                        ctx.add(person, "leader_of", named, tok.sent, 0.6)
        # "several Front leaders, among them X, ...": the plural role said of the name the parser hung elsewhere
        if tok.lower_ in ("them", "whom") and tok.dep_ == "pobj" and tok.head.lower_ == "among":
            _among_them(ctx, tok, of_phrases, adjectives, implied)
        # "the commander of the X Forces (XF), Y,": a name after "role of ORG," the parser hung elsewhere
        if a is not None and ctx.kind(a) == "person" and (tok.i == 0 or ctx.tok2m[tok.i - 1] != ctx.tok2m[tok.i]):
            role = _role_before_named_org(ctx, tok)
            if role is not None:
                _role_ties(ctx, a, role, of_phrases, adjectives, implied)
        # "Iran's proxy, the Falcon Brigade, fired": role noun, comma, a name the parser did not attach
        comma = _role_phrase_end(tok) if tok.pos_ in ("NOUN", "ADJ") else tok.i + 1
        if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ != "appos" and a is None and comma + 2 < len(doc) \
                and _tk[comma].text == "," and not any(c.dep_ == "appos" for c in tok.children) \
                and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases
                     or norm(" ".join(t.text for t in (*_modifiers(tok), tok))) in kb.role_words
                     or _phrase_relation(of_phrases, _noun_phrase(tok))) \
                and (any(c.dep_ == "poss" for t in (tok, *_modifiers(tok)) for c in t.children)
                     or tok.dep_ == "dep" and _modifier_actor(ctx, tok) is not None
                     or _titled_body_person(ctx, tok, comma)):
            # ("CARICOM chair, Prime Minister X of Y, says": a headless opening the parser left as "dep")
            j = comma + 1 + (_tk[comma + 1].pos_ == "DET")
            while j < len(doc) - 1 and ctx.tok2m[j] < 0 and (norm(_tk[j].text) in kb._title_set or norm(
                    _tk[j].text + " " + _tk[j + 1].text) in kb._title_set or norm(_tk[j].text) in kb.title_words):
                j += 1  # "the Front's secretary-general, Sheikh X,", "..., Prime Minister X"
            named = ctx.actor(doc[j]) if ctx.tok2m[j] >= 0 and ctx.mentions[ctx.tok2m[j]].start == j else None
            if named is not None and ctx.kind(named) == "country" and _owned_name_after(ctx, j) is not None:
                j = _owned_name_after(ctx, j)  # "two of its members, Ostravia's X and ...": the state's company
                named = ctx.actor(doc[j])
            if named is not None:
                end = ctx.mentions[ctx.tok2m[j]].end
                plural = tok.tag_ == "NNS" and end < len(doc) and _tk[end].lower_ == "and"
                if end < len(doc) and (_tk[end].text in (",", "(", ";", "of") or _tk[end].text == "."
                                       and end + 1 >= doc[end].sent.end) or plural:
                    # "..., the Falcon Brigade, fired", "... its regional branch, the X Province (XP).", "the
                    # Front's foreign patrons, A and B, ..." (each name of the list has the plural role)
                    _role_ties(ctx, named, tok, of_phrases, adjectives, implied)
                    if tok.tag_ == "NNS":
                        name = doc[j:ctx.mentions[ctx.tok2m[j]].end].root
                        for c in name.conjuncts:
                            other = ctx.np_actor(c)
                            if other is not None and other != named and c.i > j:
                                _role_ties(ctx, other, tok, of_phrases, adjectives, implied)
        # "A and B, longtime foes, ...", "A and B, allies since 2019, ...": a plural mutual noun in apposition
        # to a coordinated list says the tie of each to the others
        if tok.dep_ == "appos" and tok.tag_ == "NNS" and a is None and not _third_party(tok) \
                and not any(c.dep_ == "poss" for c in tok.children) \
                and not any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().not_current_words
                            for c in tok.children) \
                and (of_phrases.get(lemmas[tok.i]) or of_phrases.get(tok.lower_)) in ("opposes", "allied_with"):
            first = tok.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head
            sides = list(dict.fromkeys(x for x in (_possessed_after(ctx, m) or ctx.np_actor(m) for m in _list_members(first)
                                                   if m.i != tok.i and m.i < tok.i) if x is not None))
            sides += [x for x in _paired_possessors(ctx, first) if x not in sides]
            if len(sides) > 1:
                mutual = of_phrases.get(lemmas[tok.i]) or of_phrases.get(tok.lower_)
                ctx.add_pairs(sides, mutual, tok.sent, 0.65)
        # "Rival factions, A and B, clashed", "two rival groups, A and B": a plural noun with a mutual adjective,
        # the names in apposition or coordinated after it
        if tok.tag_ == "NNS" and a is None and tok.pos_ == "NOUN":
            mutual = next((mutual_adjs[norm(c.text)] for c in tok.children if c.dep_ in ("amod", "compound")
                           and c.i < tok.i and norm(c.text) in mutual_adjs), None)
            if mutual is not None:
                sides = list(dict.fromkeys(x for x in (ctx.np_actor(m) for m in _list_members(tok)
                                                       if m.i > tok.i) if x is not None))
                if 2 <= len(sides) <= 4:
                    ctx.add_pairs(sides, mutual, tok.sent, 0.6)
        # "a decree named X, until now Y, as Z's successor" with the "as" phrase hung on no verb: the one named
        if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ == "as" and tok.head.head.pos_ not in ("VERB", "AUX") \
                and a is None and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases
                                                or norm(tok.lemma_) in (rel.get("successor_words") or ())):
            named = _appointee_before(ctx, tok.head)
            if named is not None:
                _role_ties(ctx, named, tok, of_phrases, adjectives, implied)
        # copula: "X is an ally of Y", "X is the leader of Y"
        role_verb = tok.head if tok.dep_ in ("attr", "oprd") or tok.dep_ == "dobj" and tok.head.tag_ == "VBN" \
            and any(c.dep_ == "nsubjpass" for c in tok.head.children) else (  # "X was made part of Y"
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None)
        if role_verb is None and tok.dep_ == "nsubj" and tok.head.i < tok.i and tok.head.lemma_ in ("be", "remain") \
                and a is not None and any(c.dep_ == "nsubj" and c.i < tok.head.i and c.pos_ == "NOUN"
                                          for c in tok.head.children):
            role_verb = tok.head  # "Apart from X, Y's main enemy is Z" with Z parsed as a second subject
        if role_verb is not None and role_verb.pos_ == "NOUN" and tok.dep_ == "pobj" and role_verb.dep_ == "pobj" \
                and role_verb.head.dep_ == "agent" and role_verb.head.head.tag_ == "VBN" \
                and norm(role_verb.head.head.lemma_) in cue.regard_verbs:
            role_verb = role_verb.head.head  # "X, described by officials as Y's spokesman": "as" hung on the agent
        if role_verb is not None and role_verb.pos_ == "NOUN" and tok.dep_ == "pobj":
            # "X, an armed group registered since 2019 as a unit of Y": the "as" phrase hung on the noun the
            # participle describes belongs to the participle
            role_verb = next((c for c in role_verb.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              and c.i < tok.head.i and norm(c.lemma_) in cue.regard_verbs), role_verb)
        # "X was founded as Y's political arm", "Z set up X as a branch of Y", "X, formed in 1992 as a wing of Y": a
        # body made as a part of another (a forming verb, an "as" noun of a part_of of-phrase)
        formed_as = role_verb is not None and tok.dep_ == "pobj" and norm(role_verb.lemma_) in cue.forming_verbs \
            and (of_phrases.get(lemmas[tok.i]) or of_phrases.get(tok.lower_)) == "part_of"
        if role_verb is not None and (norm(role_verb.lemma_) in cue.role_verbs or formed_as or (
                # "X is widely regarded as Y's closest ally", "X, long seen as Y's proxy"
                tok.dep_ == "pobj" and role_verb.tag_ == "VBN" and norm(role_verb.lemma_) in cue.regard_verbs
                and not _denied(role_verb)) or (
                # "X, whom officials describe as Y's spokesman": the relative object so regarded
                tok.dep_ == "pobj" and role_verb.dep_ == "relcl" and norm(role_verb.lemma_) in cue.regard_verbs
                and _relative_object(role_verb) and not _denied(role_verb)) or (
                # "demanded that X step down as head of Y", "X will resign as chairman": X holds it still
                tok.dep_ == "pobj" and norm(role_verb.lemma_) in cue.leaving_verbs
                and role_verb.tag_ in ("VB", "VBP", "VBZ", "VBG"))) and not _unreal(role_verb) \
                and not _denied(role_verb) and not (_conditional(role_verb) and norm(role_verb.lemma_)
                                                    not in _rel_words(ctx, "continuing_role_verbs")):
            # (not "X is not / would be a member of Y", nor the content of a claim, a denial or a negated report:
            # "a claim that X was Y's wing", "X denies that it is part of Y", "Y does not say X belongs to it"; nor
            # a condition: "if the senators elected X as Senate President, ...", but for one on a post going on,
            # which it presupposes: "if X remains president of Y", relations.yaml continuing_role_verbs)
            # "X is the leader of Y", "X was elected head of Y", "X serves as a commander in Y"
            subj = next((c for c in role_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            obj = next((c for c in role_verb.children if c.dep_ == "dobj"), None) \
                if norm(role_verb.lemma_) in cue.appointing_verbs or formed_as else None
            if obj is None and tok.dep_ == "pobj" and norm(role_verb.lemma_) in cue.appointing_verbs:
                # "named X, a veteran commander, as its leader": the person parsed as the verb's predicate
                obj = next((c for c in role_verb.children if c.dep_ == "oprd" and c.i < tok.i
                            and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person"), None)
            if obj is None and tok.dep_ == "oprd" and norm(role_verb.lemma_) in cue.appointing_verbs:
                # "parliament elected X president" with the name parsed into the post's noun phrase
                obj = next((c for c in tok.children if c.dep_ in ("compound", "nmod") and ctx.actor(c) is not None
                            and ctx.kind(ctx.actor(c)) == "person"), None)
            if obj is not None and obj.dep_ == "dobj" and ctx.np_actor(obj) is None:
                # "elected the commander of the army, General X, as president": the name set off after the post
                obj = _named_after_post(ctx, role_verb, obj) or obj
            if obj is not None:  # "the congress elected X as its chairwoman": the object holds the post
                subj = obj
            owner = ctx.np_actor(subj) if not _people_of(ctx, subj) and not (subj is not None and any(
                c.dep_ == "preconj" and c.lower_ == "neither" for c in subj.children)) else None
            # (not "X commanders are members of Y": the people, not X; nor "Neither A nor B is a member of Y")
            if tok.dep_ == "pobj" and role_verb.dep_ == "relcl" and (norm(role_verb.lemma_) in cue.regard_verbs
                                                                     or norm(role_verb.lemma_) in cue.appointing_verbs) \
                    and _relative_object(role_verb):
                # "X, whom officials described as Y's spokesman", "X, whom the party elected as its chairman": the
                # relative object holds the post, not the clause's subject
                owner = _relative_antecedent(ctx, role_verb)
                owner = owner if owner is not None and ctx.kind(owner) == "person" else None
            if owner is None and (named := _appointed_pronoun(obj)) is not None:
                owner = ctx.pronoun_actor(named)  # "the party named her its leader": the person named before
            if owner is not None and obj is not None and ctx.kind(owner) != "person" and not formed_as:
                owner = None
            if owner is not None and formed_as and ctx.kind(owner) == "person":
                owner = None  # (the body made is the part: "X founded it as Y's arm" says nothing of X)
            if owner is None and subj is not None and subj.lower_ in ("who", "which", "that") \
                    and role_verb.dep_ == "relcl":
                owner = _relative_antecedent(ctx, role_verb)  # "X, which is part of Y", "X, who is a member of Y"
            if owner is None and subj is None and role_verb.dep_ == "conj":
                owner = _clause_subject(ctx, role_verb)  # "X, who leads Y and is also a vice-chairman of Z"
            if owner is None and subj is not None and subj.pos_ == "PRON" and subj.lower_ not in ("who", "which", "that") \
                    and ((of_phrases.get(lemmas[tok.i]) or of_phrases.get(tok.lower_)) == "opposes"
                         or subj.lower_ in ("he", "she", "it", "they") and _of_object(tok)):
                # "She has long been a fierce critic of X": a stance said of the one named; "He now counts as a member of Y",
                # "she was elected chairwoman of Y": a post held by the person the pronoun stands for
                owner = ctx.pronoun_actor(subj)
            if owner is None and subj is None and role_verb.dep_ == "acl" and role_verb.tag_ == "VBN" \
                    and (norm(role_verb.lemma_) in cue.regard_verbs or formed_as):
                owner = ctx.np_actor(role_verb.head)  # "X, long seen as Y's proxy,"
                if owner is None and role_verb.head.dep_ == "appos" and role_verb.head.pos_ == "NOUN":
                    owner = ctx.np_actor(role_verb.head.head)  # "X, an armed group registered as a unit of Y,"
            if owner is not None and a is None and _partitive(tok):
                _role_ties(ctx, owner, _one_of(tok), of_phrases, adjectives, implied)  # "X is one of the leaders of Y"
            elif owner is not None and a is None:
                _role_ties(ctx, owner, tok, of_phrases, adjectives, implied)
                for c in tok.children:  # "X is the founder and commander of Y": the of-phrase hangs on the last
                    if c.dep_ == "conj" and c.pos_ == "NOUN" and ctx.actor(c) is None and (
                            norm(c.lemma_) in kb.role_words or c.lemma_.lower() in of_phrases):
                        _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                if subj is not None and subj.pos_ == "PROPN" and (_of_object(tok) or any(
                        c.dep_ == "poss" for c in tok.children) and (of_phrases.get(lemmas[tok.i]) or "").split(
                        "_reverse")[0] in ("opposes", "allied_with", "backs")):
                    # "A and B are both part of Y": each of them; "A and B remain Y's main backers"
                    for other in dict.fromkeys([*(ctx.np_actor(c) for sj in role_verb.children  # (a name parsed
                                                  if sj.dep_ in ("nsubj", "nsubjpass") for c in sj.conjuncts),  # apart)
                                                *_paired_possessors(ctx, subj)]):  # ("A and X's B are rivals of C")
                        if other is not None and other != owner:
                            _role_ties(ctx, other, tok, of_phrases, adjectives, implied)
                mutual = of_phrases.get(lemmas[tok.i]) or of_phrases.get(tok.lower_)
                if mutual in ("opposes", "allied_with") and subj is not None and not _of_object(tok) and tok.tag_ == "NNS" \
                        and not any(c.dep_ == "poss" for c in tok.children) and not _former_copula(ctx, role_verb):
                    # "A and B have been bitter rivals since 2020", "A and B are allies": each to the other
                    sides = [owner, *(ctx.np_actor(c) for c in subj.conjuncts), *_paired_possessors(ctx, subj)]
                    ctx.add_pairs(sides, mutual, tok.sent, 0.65)
            elif owner is None and subj is not None and tok.dep_ in ("attr", "nsubj") \
                    and role_verb.lemma_ in ("be", "remain") and subj.i < tok.i \
                    and subj.pos_ == "NOUN" and (norm(subj.lemma_) in kb.role_words or subj.lemma_ in of_phrases) \
                    and (a is not None or tok.pos_ == "NOUN" and ctx.np_actor(tok) is not None
                         and ctx.kind(ctx.np_actor(tok)) == "person"):
                # "Her closest ally is X", "The leader of the Front is X": the role stated as the subject ("His
                # deputy is his nephew, X": the name in apposition)
                pron = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
                said = ctx.pronoun_actor(pron) if pron is not None else None
                other = _set_aside_owner(ctx, role_verb, subj, said)
                if said is not None and other != said:
                    # "Aside from X, its fiercest foe remains Y": the pronoun is not the body the fronted phrase sets
                    # aside
                    stance = of_phrases.get(norm(subj.lemma_)) or ""
                    if other is not None and stance.split("_reverse")[0] in ("opposes", "allied_with", "backs"):
                        named = ctx.np_actor(tok)
                        if stance.endswith("_reverse"):
                            ctx.add(other, stance[:-len("_reverse")], named, tok.sent, 0.65)
                        else:
                            ctx.add(named, stance, other, tok.sent, 0.65)
                else:
                    _role_ties(ctx, ctx.np_actor(tok), subj, of_phrases, adjectives, implied)
                if subj.tag_ == "NNS" and a is not None:  # "Its members are A, B and C": each one listed
                    for c in tok.conjuncts:
                        other = ctx.np_actor(c)
                        if other is not None and other != a:
                            _role_ties(ctx, other, subj, of_phrases, adjectives, implied)
        elif tok.dep_ == "dobj" and a is None and norm(tok.head.lemma_) in cue.appointing_verbs \
                and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases) and not _unreal(tok.head) \
                and (named := _appointed_pronoun(tok)) is not None:
            # "the party elected her its leader" parsed with "her" as a second possessive: "her" is the one named
            person = ctx.pronoun_actor(named)
            if person is not None and ctx.kind(person) == "person":
                _role_ties(ctx, person, tok, of_phrases, adjectives, implied)
        elif tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.dep_ == "prep" \
                and tok.head.head.lemma_ in ("be", "remain") and a is None and not _unreal(tok.head.head) \
                and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases):
            # "Among the party's new deputies is X", "Among its founders were A and B": the role, inverted
            for subj in (c for c in tok.head.head.children if c.dep_ == "nsubj" and c.i > tok.i):
                for q in (subj, *subj.conjuncts):
                    named = ctx.np_actor(q)
                    if named is not None:
                        _role_ties(ctx, named, tok, of_phrases, adjectives, implied)
        elif role_verb is not None and tok.dep_ == "pobj" and role_verb.pos_ in ("VERB", "AUX") \
                and tok.head.i + 1 < len(doc) and a is None and not _unreal(role_verb) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i > tok.head.i for c in role_verb.children) \
                and any(t.text == "," for t in doc[tok.i:min(c.i for c in role_verb.children
                                                                 if c.dep_ in ("nsubj", "nsubjpass"))]):
            # "As chairman of the X Authority, he controls ...": an opening "as" phrase says the subject's role
            owner = _clause_subject(ctx, role_verb)
            subj = next(c for c in role_verb.children if c.dep_ in ("nsubj", "nsubjpass"))
            if subj.pos_ == "PRON" and tok.sent.start > 0 and not any(
                    ctx.actor(t) == owner for t in doc[doc[tok.sent.start - 1].sent.start:subj.i]):
                owner = None  # "he" naming someone not in this sentence or the one before: too far to trust
            if owner is not None and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases):
                _role_ties(ctx, owner, tok, of_phrases, adjectives, implied)
        # "the X alliance of Y", "the party of Y": Y leads the organisation ("the X Movement faction of Y": the
        # organisation named right before the noun)
        named_org = a
        if a is None and tok.is_lower and tok.i > 0 and ctx.tok2m[tok.i - 1] >= 0 and doc[tok.i - 1].head.i == tok.i:
            named_org = ctx.actor(doc[tok.i - 1])
        if named_org is not None and ctx.kind(named_org) == "organization" and tok.lower_ in kb.org_nouns \
                and (tok.is_lower or ctx.tok2m[tok.i] >= 0 and ctx.mentions[ctx.tok2m[tok.i]].end == tok.i + 1):
            objs = _of_object(tok)
            named = [o for o in objs if o.head.lower_ == "of" and ctx.actor(o) is not None]
            for obj in objs:
                if obj.head.lower_ == "of":
                    leader = ctx.actor(obj)
                    if leader is not None and ctx.kind(leader) == "person":
                        ctx.add(leader, "leader_of", named_org, tok.sent, 0.7)
                    elif leader is not None and kb.org_nouns.get(tok.lower_) == "coalition" and len(named) > 1 \
                            and ctx.kind(leader) in ("organization", "country") and a is not None:
                        ctx.add(leader, "member_of", a, tok.sent, 0.65)  # "the Alliance of A, B and C"
                    elif leader is not None and ctx.kind(leader) == "organization" and tok.is_lower:
                        ctx.add(named_org, "part_of", leader, tok.sent, 0.6)  # "the X bloc of the Y Party": its bloc
            # the same read off the surface when the parser lost the "of" ("the Bloc of Druze lawmaker X")
            j = tok.i + 1
            if j < len(doc) and _tk[j].lower_ == "of":
                k = j + 1
                while k < min(len(doc), j + 5) and ctx.tok2m[k] < 0 and _tk[k].pos_ in ("PROPN", "NOUN", "ADJ", "DET"):
                    k += 1
                leader = ctx.actor(doc[k]) if k < len(doc) else None
                if leader is not None and ctx.kind(leader) == "person":
                    ctx.add(leader, "leader_of", named_org, tok.sent, 0.65)
        # "A ran on a joint list with B", "A and B field a common slate": partners at the polls
        if tok.pos_ == "NOUN" and a is None and norm(tok.lemma_) in cue.electoral_list_nouns \
                and any(c.dep_ == "amod" and norm(c.text) in cue.joint_words for c in tok.children):
            _joint_list(ctx, tok)
        # "an alliance of A, B and C", "the coalition between A and B", "A and B formed a coalition"
        if tok.pos_ == "NOUN" and a is None and (lemmas[tok.i] in cue.alliance_nouns or _defence_pact(tok)):
            _unnamed_alliance(ctx, tok)
        elif tok.pos_ == "NOUN" and a is None and lemmas[tok.i] in cue.joint_body_nouns \
                and any(c.dep_ == "amod" and c.lower_ == "joint" for c in tok.children):
            _composed_whole(ctx, tok, _of_members(tok, ("of",)))
        # "his militia, the Tahrir Army"
        if tok.dep_ == "poss" and tok.pos_ == "PRON":
            head = tok.head
            if norm(head.text) in kb.org_nouns and not _phrase_relation(of_phrases, _noun_phrase(head)) \
                    and not _peers(head):
                owner = ctx.pronoun_actor(tok)
                named = ctx.np_actor(head)
                if owner is not None and named is not None:
                    _owned_body(ctx, owner, named, tok.sent)
        # "the Front also fields a political arm, the Y Party", "X has an ally, Y": a relational noun (of_phrases) as
        # the object of a verb of having, named in apposition: the named body to the subject
        # (and "X set up a political arm, Y", "X created a youth wing called Y": a part the subject made, word_lists
        # forming_verbs, not one it only wants to make)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (norm(tok.head.lemma_) in cue.owning_verbs or of_phrases.get(
                norm(tok.lemma_)) == "part_of" and _verb_in(tok.head, cue.forming_verbs) and not (
                tok.head.dep_ == "xcomp" and _verb_in(tok.head.head, cue.aspiration_verbs | cue.proposal_verbs))) \
                and a is None and not _unreal(tok.head) and not _denied(tok.head) and not _conditional(tok.head) \
                and not any(c.dep_ == "neg" for c in tok.head.children):
            # (nor one only supposed: "if the Front fields / set up an armed wing, Y, ...")
            typ = _phrase_relation(of_phrases, _noun_phrase(tok)) or of_phrases.get(norm(tok.lemma_))
            named = ctx.np_actor(tok) if not any(c.dep_ == "prep" and c.lower_ == "from" and any(
                p.dep_ == "pcomp" or p.tag_ == "VBG" for p in c.children)
                for c in (*tok.head.children, *tok.children)) else None
            # (not "worked to keep the factions from pulling ...": a body held back, not the subject's own)
            surface = named is None and typ == "part_of" and tok.is_lower
            if surface:
                named = _named_after_comma(ctx, tok)  # "X also fields a political arm, Y": the parser lost Y
            if typ is not None and named is not None:
                whole = _clause_subject(ctx, tok.head)
                if surface and (whole is None or ctx.kind(whole) != "organization"):
                    whole = None  # (a name read off the surface is only an organisation's part)
                ctx.add(named, typ, whole, tok.sent, 0.6)
                if tok.tag_ == "NNS":  # "X has three members: A, B and C": each body the plural lists
                    for c in (x for ap in tok.children if ap.dep_ == "appos" for x in ap.conjuncts):
                        other = ctx.np_actor(c)
                        if other is not None and other != named:
                            ctx.add(other, typ, whole, tok.sent, 0.6)
            if norm(tok.lemma_) in kb.unit_nouns or norm(tok.text) in kb.unit_nouns:
                _units_inside(ctx, tok)  # "A and B field brigades inside the Y": A and B are parts of Y
        # "X is part of the anti-Y camp", "X, an alliance of anti-Y factions,": a body named for its stand against Y
        if lemmas[tok.i] in cue.against_prefixes and tok.i + 2 < len(doc) and _tk[tok.i + 1].text in ("-", "\u2013"):
            _against_phrase(ctx, tok)
        # 2. "X-backed Y"
        if tok.text == "-" and tok.i + 1 < len(doc) and tok.i > 0:
            mod = _tk[tok.i + 1].lower_
            typ = hyphen.get(mod)
            left = ctx.actor(doc[tok.i - 1])
            if left is None and typ in ("backs", "allied_with") and _bare_ruling_noun(doc[tok.i - 1]):
                left = ctx.home_state()  # "the government-allied X", "X, a government-backed militia": the state's
                # (not where the sentence names another state, "In neighbouring Y, X, a government-backed militia", nor
                # a tie told as past: "once a government-backed militia")
                if left is not None and (any(ctx.actor(t) not in (None, left) and ctx.kind(ctx.actor(t)) == "country"
                                             for t in tok.sent)
                                         or any(norm(_tk[j].text) in _rel_words(ctx, "former_copula_adverbs")
                                                | _rel_words(ctx, "not_current_titles")
                                                for j in range(max(tok.sent.start, tok.i - 4), tok.i))):
                    left = None
            if typ and left is not None:
                noun = doc[tok.i + 1].head if doc[tok.i + 1].head.i > tok.i + 1 else None
                if noun is None:
                    # find the next noun
                    for j in range(tok.i + 2, min(len(doc), tok.i + 6)):
                        if _tk[j].pos_ in ("NOUN", "PROPN"):
                            noun = doc[j]
                            break
                right = ctx.np_actor(noun) if noun is not None else None
                others: list[int | None] = []
                if right is None and noun is not None and noun.dep_ in ("compound", "appos"):
                    right = ctx.np_actor(noun.head)
                    if noun.dep_ == "appos" and noun.tag_ in ("NNS", "NNPS"):
                        # "A and B, two X-backed factions": the plural describes every name of the list
                        top = noun.head
                        while top.dep_ in ("conj", "appos") and top.head.i < top.i:
                            top = top.head
                        others = [ctx.np_actor(c) for c in _list_members(top) if c.i < noun.i]
                if right is None and noun is not None and noun.pos_ == "NOUN" and ctx.actor(noun) is None \
                        and (norm(noun.text) in kb.org_nouns or norm(noun.lemma_) in kb.org_nouns
                             or norm(noun.lemma_) in kb.unit_nouns):
                    # "X-backed factions of the Y": the factions are Y's, backed by X
                    right = next((ctx.np_actor(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for p in c.children if p.dep_ == "pobj"), None)
                if right is None and noun is not None:
                    right = _picked_out(ctx, noun)  # "X, the largest of the Y-backed militias"
                if right is None and noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS":
                    # "X, the umbrella of mostly Iran-backed armed groups", "X, an alliance of Iran-aligned
                    # parties": the members' modifier is said of the named whole they make up
                    right = _collective_whole(ctx, noun)
                if right is None and noun is not None and noun.pos_ == "NOUN" \
                        and any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
                    # "X, whose Y-aligned administration clashed with Z": the body X owns is X's own stance
                    right = _relative_antecedent(ctx, noun)
                if right is None and not others and noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NN" \
                        and ctx.actor(noun) is None and norm(noun.lemma_) in kb.org_nouns:
                    # "the Y Council (YC), the UAE-backed separatist group whose ...", "Y, the hardline Iran-backed
                    # faction,": the body named right before the description's comma (the parser having hung the
                    # description on the verb, or on a word of it misread as a noun)
                    top = noun
                    while top.dep_ == "appos" and top.head.i < top.i and top.head.pos_ == "NOUN" \
                            and ctx.actor(top.head) is None:
                        top = top.head
                    right = _body_before_comma(ctx, top)
                if right is None and not others and noun is not None and noun.pos_ == "NOUN":
                    # "Iranian-backed militias, including A and B": the examples named
                    others = [ctx.np_actor(m) for m in _included(noun)]
                for r in (right, *others):
                    ctx.add(left, typ, r, tok.sent, 0.8)
            # "anti-Western cleric", "pro-government militia"
            if _tk[tok.i - 1].lower_ in ("anti", "pro") and tok.i + 1 < len(doc):
                target = ctx.actor(doc[tok.i + 1])
                if target is None and norm(_tk[tok.i + 1].lemma_) in cue.ruling_nouns:
                    target = ctx.home_state()  # "the pro-government militia": for the article's state's rulers
                noun = doc[tok.i + 1]
                while noun.head.i != noun.i and noun.head.pos_ not in ("NOUN", "PROPN") and noun.head.i > noun.i:
                    noun = noun.head
                noun = noun.head if noun.head.pos_ in ("NOUN", "PROPN") else noun
                owner = ctx.np_actor(noun)
                if owner is None and noun.dep_ == "appos":
                    owner = ctx.np_actor(noun.head)
                if owner is None and noun.dep_ == "appos":
                    owner = _body_before_comma(ctx, noun)
                if owner is None and noun.dep_ == "attr":
                    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                    owner = ctx.np_actor(subj)
                typ = "opposes" if _tk[tok.i - 1].lower_ == "anti" else "allied_with"
                ctx.add(owner, typ, target, tok.sent, 0.6)
        # 3. titles/compounds before a person: "Y leader X", "Iraqi Prime Minister X", "Iran's Supreme Leader X"
        if a is not None and ctx.kind(a) == "person" and ctx.tok2m[tok.i] >= 0:
            m = ctx.mentions[ctx.tok2m[tok.i]]
            if tok.i == m.start:
                _title_before(ctx, m, a, implied)
                _credit_line(ctx, m, a)
        # "his rival X", "Iran's proxy X", "X's ally Y": a relational noun used as a title
        if a is None and tok.pos_ == "NOUN" and of_phrases.get(tok.lemma_.lower()) == "backs":
            _backer_in_capital(ctx, tok)
        if tok.lower_ in ("which", "that") and tok.i >= 2 and _tk[tok.i - 1].text == ",":
            _bare_object_relative(ctx, tok, verbs)
        if a is not None and ctx.tok2m[tok.i] >= 0 and ctx.mentions[ctx.tok2m[tok.i]].start == tok.i:
            _relational_title(ctx, a, tok, of_phrases)
            _quoted_own_body(ctx, a, tok)
            _possessor_in_name(ctx, a, ctx.mentions[ctx.tok2m[tok.i]])
        # 4. participles: "led by X", "supported by X", "backed by X", "Y is backed by X"
        if lemmas[tok.i] in participles and (tok.tag_ == "VBN" or _set_off_participle(tok)):
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            if agent is None and (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
                # "the group is armed by neighbouring X": the agent's "by" the parser left a plain preposition
                agent = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            # a leader read from a "by" cut off from its participle, or from a set-off participle read as a past tense,
            # or from "raised by": only a person (an agent the name finder left untyped would read as a member body)
            person_only = _set_off_participle(tok) or lemmas[tok.i] in cue.raising_verbs
            if agent is None and (tok.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in tok.children)):
                agent = _cut_off_agent(tok, cue.agent_gap_prepositions)  # "raised across the border by X": the "by"
                person_only = True                                       # hung on the adverbial's noun
            if agent is None and participles[lemmas[tok.i]] == "backs":
                agent = _shared_agent(tok)  # "Y is supplied and directed by X": the agent of the next participle
            if agent is None and participles[lemmas[tok.i]] == "backs" and lemmas[tok.i] in \
                    cue.material_backing_verbs | cue.hardware_backing_verbs:
                agent = _source_state(ctx, tok)  # "Y, funded from Velnia", "Y is armed and supplied from Velnia"
            delegation = agent is not None and participles[lemmas[tok.i]] == "leader_of" and tok.dep_ == "acl" \
                and norm(tok.head.lemma_) in cue.delegation_nouns
            sent_by = _delegation_state(ctx, tok.head) if agent is not None and not delegation \
                and participles[lemmas[tok.i]] == "leader_of" and tok.dep_ == "acl" else None
            team = _passive_subject(tok) if agent is not None and not delegation and tok.dep_ != "acl" \
                and participles[lemmas[tok.i]] == "leader_of" else None
            if team is not None and team.pos_ == "NOUN" and norm(team.lemma_) in cue.delegation_nouns \
                    and not _unreal(tok):
                delegation = True  # "the Velnian delegation was headed by X": X serves Velnia, heads no state
                _delegation_head(ctx, team, agent)
            elif delegation and not _unreal(tok):
                _delegation_head(ctx, tok.head, agent, _nearest_of_state(ctx, tok.head, tok))
            elif sent_by is not None and not _unreal(tok):
                delegation = True  # "delegations of A, led by X, and of B, led by Y": Y heads B's delegation
                _delegation_head(ctx, tok.head, agent, sent_by)
            if agent is not None and _yet_to_be(tok):
                agent = None  # "the Y Union, to be formed by A and B": a body planned, no tie yet
            holder = _participle_holder(ctx, tok) if agent is not None and not _unreal(tok) and not delegation else None
            holders = [holder] if holder is not None else _stand_ins(ctx, _passive_subject(tok)) \
                if agent is not None and not _unreal(tok) and not delegation else []
            if holder is not None:
                holders += _conjoined_subjects(ctx, _passive_subject(tok), holder)  # "A and B are both backed by X"
            elif not holders and agent is not None and participles[lemmas[tok.i]] == "backs" and not _unreal(tok) \
                    and _passive_subject(tok) is not None:
                # "Its troops are backed by X", "Velnia's units are trained by X": a state's own men backed from
                # outside stand for the state (the agent the same state adds nothing: ctx.add drops a self tie)
                owner = _foreign_force_owner(ctx, _passive_subject(tok), None)
                holders = [owner] if owner is not None else []
            if lemmas[tok.i] in (ctx.kb.relations.get("protection_participles") or ()):
                holders = [h for h in holders if ctx.kind(h) != "person"]  # a guarded person may be a captive
            for holder in holders:
                typ = participles[lemmas[tok.i]]
                if typ == "leader_of" and tok.dep_ == "acl" and _member_group(ctx, tok.head):
                    typ = "member_of"  # "some Front legislators, led by X": X leads a group of its members, not it
                if lemmas[tok.i] in cue.state_direction_verbs and typ == "leader_of" and _state_agent(ctx, agent):
                    typ = "backs"  # "a militia supplied and directed by Velnia": a state steering a body backs it
                if _former_copula(ctx, tok) or _conditional(tok):
                    break  # "Y was formerly backed by A", "Y was once led by X": a tie told as over; "if Y were
                    # led by X": a condition
                pobjs = [p for p in agent.children if p.dep_ == "pobj"] or _lost_agent(ctx, agent)
                pobjs += _second_agents(agent)  # "Y is backed by A and by B": the repeated "by" names a second agent
                for p in pobjs:
                    if typ == "leader_of" and _deceased(p, cue.deceased_words):
                        continue  # "founded in 1990 by the late X": a dead founder leads nothing now
                    if lemmas[tok.i] in cue.forming_verbs:
                        p = _ruled_state(ctx, p)  # "an alliance formed by the governments of A, B and C": the states
                    first = _agent_apposition_person(ctx, p)  # "chaired by Y's cousin, the former senator X"
                    if first is None:
                        first = ctx.np_actor(p)
                    if first is None and p.pos_ == "NOUN":
                        first = _lost_apposition(ctx, p)  # "commanded by a retired colonel, X,"
                    if first is None and p.pos_ == "NOUN" and norm(p.lemma_) in ctx.kb._title_set:
                        first = _titled_of_person(ctx, p)  # "led by former governor of Velmar X": the parser's "of X"
                    if first is None and p.pos_ == "NOUN":
                        first = _name_after_noun(ctx, p)  # "headed by the businessman X": the parser's object the noun
                    if first is None and p.pos_ == "PROPN":  # "by Parliament Speaker X": the title made the object
                        first = next((ctx.np_actor(q) for q in _lost_agent(ctx, agent)), None)
                    if first is None and typ in ("backs", "allied_with"):
                        first = _sending_state(ctx, p)  # "supported by 1,500 troops from Ostravia"
                    if first is None and p.is_lower and norm(p.lemma_) in ctx.kb.state_body_nouns \
                            and ctx.kind(holder) == "organization" and _owning_verb(ctx, tok):
                        first = next((ctx.actor(c) for c in p.children if c.dep_ == "poss" and _is_country(ctx, c)),
                                     None)  # "run by Velnia's defence ministry": the state's own organ
                    for q in (p, *p.conjuncts):
                        other = ctx.np_actor(q) if q is not p else first
                        if q is not p and typ == "leader_of" and first is not None and other is not None \
                                and ctx.kind(first) == "person" and ctx.kind(other) != "person":
                            continue  # "the Front led by X and the Y Party": the party is the Front's partner, no leader
                        if person_only and typ == "leader_of" and other is not None and ctx.kind(other) != "person":
                            continue
                        ctx.add(other, _owned_by(ctx, tok, q, other, holder) or typ, holder, tok.sent, 0.75)
        # "X, whose government was formed by Y": Y backs X
        if tok.tag_ == "VBN" and norm(tok.lemma_) in cue.forming_verbs and not _unreal(tok):
            _government_formed_by(ctx, tok)
        # "Y formed X's cabinet", "since it formed X's government": Y backs X (the active voice)
        if tok.pos_ == "VERB" and tok.tag_ != "VBN" and norm(tok.lemma_) in cue.forming_verbs and not _unreal(tok):
            _formed_government_of(ctx, tok)
        # "the alliance that nominated Premier X", "Y nominated X for the premiership": Y backs X
        if tok.pos_ == "VERB" and norm(tok.lemma_) in cue.nominating_verbs and not _unreal(tok):
            _nominated(ctx, tok)
        # "X, who was appointed envoy by President Y", "Appointed commissioner by President Y, X ...": X serves
        # the state Y leads (settled with the other servants of a head of state)
        if tok.tag_ == "VBN" and norm(tok.lemma_) in cue.appointing_verbs and not _unreal(tok):
            _appointed(ctx, tok)
        # "In a statement read by Captain X, the Council said": X speaks for the statement's issuer
        if tok.tag_ == "VBN" and norm(tok.lemma_) in cue.reading_verbs and tok.dep_ == "acl" \
                and norm(tok.head.lemma_) in cue.statement_nouns and not _unreal(tok):
            _statement_reader(ctx, tok)
        # 5. "militia loyal to X", "opposed to X", "close to X"
        if (tok.pos_ == "ADJ" or tok.tag_ == "VBN") and tok.lower_ in adjectives:
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
            if to is not None:
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                target = ctx.np_actor(pobj, deep=True)
                if target is None and pobj is not None and pobj.pos_ == "PRON":
                    target = ctx.pronoun_actor(pobj)  # "... was unacceptable to it"
                owner = None
                if tok.dep_ in ("amod", "acl"):
                    owner = ctx.np_actor(tok.head)
                    if owner is None and tok.head.dep_ == "appos":
                        owner = ctx.np_actor(tok.head.head)
                elif tok.dep_ == "acomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or any(
                        x.dep_ in ("nsubj", "nsubjpass") for c in tok.children if c.dep_ in ("aux", "auxpass")
                        for x in c.children):
                    holder = tok.head if tok.dep_ == "acomp" else tok
                    subj = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None:  # "X is opposed to Y" parsed with X hanging on "is"
                        subj = next((x for c in holder.children if c.dep_ in ("aux", "auxpass")
                                     for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    # "a Tolvan government is unacceptable to X": the person the government would be
                    owner = ctx.np_actor(subj, deep=adjectives[tok.lower_].startswith("opposes"))
                    if owner is None and subj is not None and subj.lower_ in ("who", "which", "that"):
                        owner = _relative_antecedent(ctx, holder)  # "X, which is close to Y", "X, a militia that is loyal to Y"
                    if owner is None and subj is not None and subj.pos_ == "PRON":
                        owner = ctx.pronoun_actor(subj)
                    if _unreal(holder) or any(c.dep_ == "neg" for c in tok.children):
                        owner = None
                if owner is None and tok.head.pos_ == "NOUN":
                    owner = ctx.np_actor(tok.head)
                if pobj is not None and pobj.pos_ == "PRON" and owner is not None:
                    target = ctx.pronoun_actor(pobj, exclude=owner)
                elif target is not None and target == owner:
                    target = None
                ctx.add(owner, _adjective_relation(ctx, adjectives[tok.lower_], target), target, tok.sent, 0.7)
        # verbs whose preposition says the tie: "X answers to the ministry", "X belongs to the alliance"
        verbal = tok.pos_ == "VERB" or tok.tag_ == "NNS" and _verbal(tok)  # (asked once: the tests below and the
        # partnership rule read it; _verbal's own first tests here, so most tokens make no call)
        if lemmas[tok.i] in prep_verbs and verbal:
            _prep_verb(ctx, tok, prep_verbs[lemmas[tok.i]])
        # the same with a fixed object noun: "A declared war on B", "A took up arms against B"
        if verbal and lemmas[tok.i] in prep_openers:
            # (or the object of a preposition: "A fought on the side of B")
            for obj in (c for c in tok.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "on"
                        for c in ((c,) if c.dep_ == "dobj" else (p for p in c.children if p.dep_ == "pobj"))):
                keys = (f"{lemmas[tok.i]} {norm(obj.text)}", f"{lemmas[tok.i]} {obj.lemma_.lower()}",
                        f"{lemmas[tok.i]} pact" if _defence_pact(obj) or _alliance_agreement(ctx, obj) else "")
                key = next((k for k in keys if k in prep_verbs), None)
                if key is not None and not _truce_pact(obj):
                    _prep_verb(ctx, tok, prep_verbs[key], obj)
        if tok.pos_ == "VERB" and lemmas[tok.i] in counting_verbs:
            _counted_among(ctx, tok)  # "the Platform counts A and B among its members"
        # "the Alliance, which includes A and B": members of a coalition
        if tok.pos_ == "VERB" and (lemmas[tok.i] in membership_verbs or lemmas[tok.i] in composition_heads
                                   or lemmas[tok.i] in constituting_heads):
            _constituents(ctx, tok)
            _membership(ctx, tok)
            # "the Front's patrons include A and B", "its members include A": each has the subject's role
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ == "NNS" and ctx.actor(subj) is None and not _unreal(tok) \
                    and (subj.lemma_ in of_phrases or norm(subj.lemma_) in kb.role_words) \
                    and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" and any(
                        p.dep_ == "pobj" and ctx.np_actor(p) is not None for p in c.children) for c in subj.children):
                # (or "members of the Council include A and B")
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    for q in _listed(ctx, obj):
                        named = ctx.np_actor(q)
                        if named is not None:
                            _role_ties(ctx, named, subj, of_phrases, adjectives)
                            _leader_of_body(ctx, named, q, subj)
            elif subj is not None and subj.tag_ == "NNS" and ctx.actor(subj) is None and not _unreal(tok):
                _member_compound_list(ctx, tok, subj)  # "the Alliance's member groups include A and B"
        # 6. stance verbs: "X funds Y", "X opposes Y", "X agreed to support Y", "X would never support Y"
        if tok.pos_ == "VERB" and (lemmas[tok.i] in verbs or lemmas[tok.i] in verb_openers and _phrasal(tok, verbs)) \
                and (tok.dep_ not in ("amod", "acl") or _split_perfect(tok) is not None
                     or _leading_antecedent(ctx, tok) is not None) \
                and not (tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)):
            _stance(ctx, tok, verbs)
        if tok.pos_ == "VERB" and lemmas[tok.i] in cue.joining_verbs:
            _joined_in(ctx, tok)  # "A joined B and C in the Alliance": all three are its members
        # "X arms and funds Y", "X arms, funds and trains both Y and Z": backing verbs the parser took for plural nouns
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and verbs.get(lemmas[tok.i]) == "backs" and a is None:
            _misparsed_backing(ctx, tok, verbs)
        # "with Iran's backing", "formed under the sponsorship of Iran": the owner backs the subject of
        # the clause (or what the participle is said of: "the Front, set up under Iran's patronage,")
        if lemmas[tok.i] in backing and tok.pos_ == "NOUN":
            owner = next((ctx.actor(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                # "with the help of X", "set up with help from X": the giver after "of" or "from"
                owner = next((ctx.np_actor(o) for o in _of_object(tok) if o.head.lower_ in ("of", "from")), None)
                given_from = owner is not None and not any(o.head.lower_ == "of" and ctx.np_actor(o) == owner
                                                           for o in _of_object(tok))
            else:
                given_from = False
            if owner is None:  # "under Saudi sponsorship", "with Iranian backing"
                owner = next((ctx.actor(c) for c in tok.children if c.dep_ in ("amod", "compound")
                              and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) != "person"), None)
            if owner is not None and tok.head.dep_ == "prep" and tok.head.lower_ in ("with", "thanks", "under"):
                verb = tok.head.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # (stops at a verbless root)
                    verb = verb.head
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                client = ctx.np_actor(subj) if not (given_from and subj is not None and subj.pos_ == "NOUN") else None
                # ("the party campaigned with backing from X": a description's referent is too weak for "from")
                if client is None and subj is not None and subj.pos_ == "PRON" and subj.lower_ in PRONOUN_KINDS:
                    client = ctx.pronoun_actor(subj, exclude=owner)  # "It formed a government with the support of X"
                if client is None and subj is not None and subj.lower_ in ("who", "which", "that") \
                        and verb.dep_ == "relcl":
                    client = _relative_antecedent(ctx, verb)
                    if client is None:  # "X's cabinet, which took office with Y's support"
                        client = _government_holder(ctx, verb.head)
                if client is None and subj is not None and not given_from:
                    client = _government_holder(ctx, subj)  # "X's cabinet took office with the support of Y"
                if client is None and subj is None and verb.tag_ == "VBN" and verb.dep_ in ("acl", "appos") \
                        and not _unreal(verb):
                    client = _participle_holder(ctx, verb)
                if client is None and subj is None and verb.tag_ == "VBN" and verb.dep_ == "advcl" \
                        and verb.i < verb.head.i and not _unreal(verb):
                    # "Founded with the help of X, the Front grew": an opening participle is said of the main subject
                    client = ctx.np_actor(next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")),
                                               None))
                ctx.add(owner, backing[lemmas[tok.i]], client, tok.sent, 0.65)
        # "X keeps troops in Y under a defence pact", "Z marines are stationed in Y at the invitation of its
        # government": the sending state backs the host
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
                tok.head.lower_ == "at" and norm(tok.lemma_) in cue.host_consent_nouns
                or tok.head.lower_ == "under" and norm(tok.lemma_) in cue.basing_accord_nouns):
            _stationed_by_consent(ctx, tok)
        # "Egypt has 1,200 troops in the X Mission", "the Task Force, in which Y keeps 2,500 soldiers": a member
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and norm(tok.text) in cue.stationed_men_nouns:
            _troops_in_body(ctx, tok)
        # "Iran's support for the Front", "its backing of Y": the owner backs Y (not when the support is ended)
        if lemmas[tok.i] in backing and tok.pos_ == "NOUN" and a is None:
            _backing_for(ctx, tok, backing[lemmas[tok.i]])
        # "X has close ties to Y", "X maintains links with Y": allied_with
        if tok.lemma_ in cue.tie_verbs \
                and tok.pos_ in ("VERB", "AUX"):
            _ties(ctx, tok)
        # "X provided weapons/support to Y": X backs Y
        if tok.pos_ == "VERB" and tok.lemma_ in cue.giving_verbs:
            _giving(ctx, tok)
        # "X handled the group's finances": X backs the group; "X materially assisted Y": X backs Y
        if tok.pos_ == "VERB" and (lemmas[tok.i] in cue.finance_keeping_verbs or lemmas[tok.i] in cue.material_help_verbs):
            _material_help(ctx, tok, verbs)
        # "X arms and finances Y", "X, which arms and funds Y": "arms" misread as a noun before a backing verb
        if tok.lower_ == "arms" and tok.pos_ in ("NOUN", "PROPN"):
            _arms_and(ctx, tok)
        # "Y receives money and weapons from X": X backs Y
        if tok.pos_ == "VERB" and (tok.lemma_ in cue.receiving_verbs or tok.lemma_ in cue.reliance_verbs):
            _receiving(ctx, tok)
        # "the X/Y alliance", "the X-Y alliance": allied_with
        if tok.text in ("/", "-") and 0 < tok.i < len(doc) - 1:
            left, right = ctx.actor(doc[tok.i - 1]), ctx.actor(doc[tok.i + 1])
            after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            k = ctx.tok2m[tok.i + 1]
            if right is not None and k >= 0 and ctx.mentions[k].start == tok.i + 1 and ctx.mentions[k].end > tok.i + 2 \
                    and ctx.mentions[k].end < len(doc) and _tk[ctx.mentions[k].end].lower_ in cue.alliance_nouns:
                after = doc[ctx.mentions[k].end]  # "the Harvest Party-Green Dawn Movement alliance": a longer right name
            if left is not None and right is not None and after is not None and _tk[tok.i + 1].text[:1].isupper() \
                    and after.lower_ in cue.alliance_nouns and not (
                        after.text[:1].isupper() and ctx.tok2m[after.i] >= 0 and ctx.tok2m[after.i] == ctx.tok2m[tok.i + 1]):
                # (not "the Red-Green Alliance" named as one party: the right-hand name runs on into the noun)
                ctx.add(left, "allied_with", right, tok.sent, 0.7)
        # "Tolvan's government", "the Tolvan regime": the person rules the article's state
        if a is not None and (tok.dep_ == "poss" or tok.dep_ == "compound" and _named_government_modifier(tok)) \
                and _government_ruler(ctx, a, tok.head):
            # (a province's governor, appointed by the state: "Governor X's administration", a member of it)
            implied.append((a, "member_of" if _province_titled(ctx, a) else "leader_of", tok.sent))
        # "X won the presidency", "the presidency, held since 2022 by X": X rules the article's state
        if tok.pos_ == "NOUN" and norm(tok.lemma_) in cue.chief_office_nouns and a is None:
            _chief_office_won(ctx, tok, implied)
        # "X, who also holds the post of acting president": X rules the article's state
        if tok.dep_ == "dobj" and norm(tok.lemma_) in cue.post_nouns and norm(tok.head.lemma_) in cue.chief_office_verbs:
            _post_of_title(ctx, tok, implied)
        # "the interior ministry went to X", "X takes the transport ministry", "a cabinet led by X"
        if tok.is_lower and tok.pos_ in ("NOUN", "PROPN") \
                and (lemmas[tok.i] in cue.portfolio_nouns or lemmas[tok.i] in cue.ruling_nouns):
            _portfolio(ctx, tok, implied)
        # "labour went to X", "foreign affairs, which went to X": a bare portfolio field given to a person
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ in ("nsubj", "nsubjpass") \
                and lemmas[tok.head.i] in cue.portfolio_giving_verbs:
            _field_given(ctx, tok, implied)
        # "X seized power in a coup", "X came to power in 2019": X rules the article's state
        if _took_power(tok):
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            holder = ctx.np_actor(subj) if subj is not None else None
            if holder is not None and ctx.kind(holder) == "person":
                implied.append((holder, "leader_of", tok.sent))
        # 7. possessives: "Iran's Republican Guard", "X's Amal party"
        if tok.dep_ == "poss" and a is not None:
            owned = ctx.actor(tok.head)
            k = ctx.mentions[ctx.tok2m[tok.i]].end
            if owned is None and k + 1 < len(doc) and _tk[k].text in ("'s", "’s") and ctx.tok2m[k + 1] >= 0 \
                    and ctx.mentions[ctx.tok2m[k + 1]].start == k + 1:
                owned = ctx.actor(doc[k + 1])  # "the Army's 41st Brigade tax convoys": the name the parser split
            if owned is not None and owned != a and not _other_tie_word(ctx, tok.head):
                _possessive(ctx, a, owned, tok.sent)
                if ctx.kind(a) == "organization" and ctx.kind(owned) == "person":
                    # "the Green List's A and B won": each person of the list the possessive opens (not one with a
                    # possessor, a title or a phrase of its own: "the List's A and Ostria's B", "the List's A, Front
                    # chairman B", "the List's A and B of the Front", "the List's A and B, a Front deputy"), nor one
                    # the parser hung a noun in apposition after ("the List's A and B, the Front's candidate", on A)
                    for c in tok.head.conjuncts:
                        x = ctx.actor(c) if not any(d.dep_ in ("poss", "prep", "appos", "relcl", "acl") or d.dep_ in (
                            "compound", "amod", "nmod") and ctx.actor(d) != ctx.actor(c) for d in c.children) \
                            and not any(d.dep_ == "appos" and d.pos_ in ("NOUN", "PROPN") and d.i > c.i
                                        for d in tok.head.children) else None
                        if x is not None and x != owned and ctx.kind(x) == "person":
                            _possessive(ctx, a, x, tok.sent)
                start = ctx.mentions[ctx.tok2m[tok.head.i]].start if ctx.tok2m[tok.head.i] >= 0 else k
                if ctx.kind(a) == "country" and ctx.kind(owned) == "organization" and _state_owned(doc[k:start]):
                    ctx.add(owned, "part_of", a, tok.sent, 0.65)  # "China's state-owned X Group": the state's
        # "X, Ostravia's state grain buyer", "the state gas company, X": a state's body
        if tok.pos_ == "NOUN" and a is None and tok.left_edge.i < tok.i:
            _state_owned_apposition(ctx, tok)
        # "The Front is weak. Its Students' Current ...": a named organisation owned by what "its" stands for
        if tok.dep_ == "poss" and tok.lower_ in ("its", "their") and ctx.actor(tok.head) is not None \
                and ctx.kind(ctx.actor(tok.head)) == "organization" and ctx.tok2m[tok.i + 1] >= 0:
            owned = ctx.actor(tok.head)
            owner = ctx.pronoun_actor(tok, exclude=owned)
            if owner is not None and ctx.kind(owner) in ("organization", "country"):
                _possessive(ctx, owner, owned, tok.sent)
        # "He said her Unity Front had forgotten ...": the named party the pronoun's person owns
        if tok.lower_ in ("his", "her") and tok.pos_ == "PRON" and tok.i + 1 < len(doc):
            _pronoun_owned(ctx, tok)
        # "the president's Unity Front": the named party of the one person the article gave that title before
        if tok.dep_ == "poss" and a is None and tok.pos_ in ("NOUN", "PROPN") and tok.i + 2 < len(doc):
            _title_owned(ctx, tok)
        # "Nigeria holds the bloc's rotating chairmanship", "X took over the presidency of the Council": leads it
        if tok.dep_ == "dobj" and norm(tok.lemma_) in cue.office_nouns and a is None \
                and norm(tok.head.lemma_) in cue.office_verbs and not _unreal(tok.head) \
                and _refused(ctx, tok.head) is None and not _denied(tok.head) \
                and not any(c.dep_ in ("amod", "compound") and norm(c.text) in cue.not_current_words
                            for c in tok.children):
            body = _body_owner(ctx, tok, None)
            holder = _clause_subject(ctx, tok.head)
            if body is not None and holder is not None and ctx.kind(body) == "organization":
                ctx.add(holder, "leader_of", body, tok.sent, 0.65)
        # "X sits on the Front's presidium", "X remains on the central committee of the party": a member
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and (tok.pos_ == "NOUN" and _internal_body(tok)
                                                              or _organ(ctx, a)) \
                and norm(tok.head.head.lemma_) in cue.seat_verbs and not _unreal(tok.head.head):
            _body_seat(ctx, tok.head.head, tok)
        # "X is running at the head of his own list, Y", "X, at the head of the Y Front since 2019": X leads Y
        if tok.lower_ == "head" and tok.dep_ == "pobj" and tok.head.lower_ == "at" and not _unreal(tok.head.head):
            _at_the_head(ctx, tok)
        # 8. "Y of/from the X List": a person named with their organisation
        if a is not None and ctx.kind(a) == "person" and tok.pos_ == "PROPN" and tok.dep_ != "compound":
            _person_of(ctx, a, tok)
        # 9. hostility: "A has warred with B since 2016", "A and B have fought each other", "A broke with B"
        if tok.pos_ == "VERB" and (lemmas[tok.i] in hostility or lemmas[tok.i] in cue.attack_verbs
                                   or lemmas[tok.i] in attack_heads) \
                or lemmas[tok.i] in rupture_heads:
            _hostility(ctx, tok, hostility, rupture)
            if lemmas[tok.i] in hostility:  # "A fought alongside B against C": A and B both oppose C
                _fought_alongside(ctx, tok, hostility)
        # "A stages almost-daily strikes on B", "A's repeated raids against B": attacks said to recur are lasting
        if tok.pos_ == "NOUN" and lemmas[tok.i] in cue.attack_nouns and a is None:
            _repeated_attacks(ctx, tok)
        # "A regards B as its enemy", "A sees B as a proxy of C": a stance noun after "as" (of_phrases)
        if tok.pos_ == "VERB" and lemmas[tok.i] in regarding:
            _regarded_as(ctx, tok, of_phrases)
        if tok.pos_ == "VERB" and lemmas[tok.i] in broken_heads:
            _ties_broken(ctx, tok, broken)  # "relations between A and B broke down", "A recalled its envoy from B"
        if tok.pos_ == "VERB" and lemmas[tok.i] in unrecognised_heads:
            _recognition_withheld(ctx, tok, unrecognised)  # "A refuses to recognise B's government"
        if tok.pos_ == "VERB" and lemmas[tok.i] in ending_heads and tok.dep_ in ("ccomp", "xcomp", "oprd"):
            _wanted_gone(ctx, tok, wished_end)  # "A wants B disbanded", "A seeks to destroy B"
        # "the Front took up arms in 2023": an armed revolt, no side named, is against the article's state
        if tok.dep_ == "dobj" and (f"{lemmas[tok.head.i]} {tok.lower_}" in cue.revolt_phrases
                                   or f"{lemmas[tok.head.i]} {lemmas[tok.i]}" in cue.revolt_phrases):
            _revolt(ctx, tok.head)
        if tok.pos_ == "NOUN" and lemmas[tok.i] in cue.mutual_rival_nouns:  # "its old rival, the Y"
            _mutual_rival(ctx, tok)
        # "Ostravia's war against the Front", "the Front waged an insurgency against the state": hostility nouns
        if tok.pos_ == "NOUN" and lemmas[tok.i] in hostile_nouns and (a is None or _body_noun(ctx, tok, a)):
            _hostile_noun(ctx, tok, hostile_nouns[lemmas[tok.i]])
        elif tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and a is None \
                and tok.lower_ in hostile_nouns and tok.lower_ not in hostility:
            _hostile_noun(ctx, tok, hostile_nouns[tok.lower_])  # "Fighting between A and B has flared": a gerund noun
        if tok.pos_ == "VERB" and lemmas[tok.i] in pitting:  # "the clashes pitted A against B"
            _pitted(ctx, tok, pitting[lemmas[tok.i]], hostile_nouns)
        # 10. partnership: "A, which governed together with B", "A sits in coalition with B"
        if tok.pos_ in ("VERB", "AUX") or verbal:
            _partnership(ctx, tok, rel.get("partnership_nouns") or [])
            if lemmas[tok.i] in cue.joint_action_verbs:
                _joint_action(ctx, tok)  # "A and B agreed to run together"
            if lemmas[tok.i] in cue.uniting_verbs:  # "X was formed to unite the forces fighting Y"
                _formed_to_unite(ctx, tok, hostility)
            if any(c.dep_ == "neg" for c in tok.children) or lemmas[tok.i] in cue.partnering_verbs \
                    and _refused(ctx, tok) is not None:
                _refused_partnership(ctx, tok)  # "X will not cooperate with Y", "X ruled out governing with Y"
            if norm(tok.lemma_) in cue.regard_verbs:
                _mutual_regard(ctx, tok, of_phrases)
            if norm(tok.lemma_) in cue.labelling_verbs:
                _hostile_regard(ctx, tok, of_phrases)
            _hostile_state(ctx, tok, rel.get("hostile_states") or {})
            _held_state(ctx, tok, rel.get("held_states") or {})
    _entry_descriptions(ctx, of_phrases, adjectives, implied)
    _person_role_body_items(ctx)
    _bracketed_role_labels(ctx)
    _party_of_person(ctx)
    _bracketed_party(ctx)
    _office_list(ctx)
    _listed_units(ctx)
    _possessed_units(ctx)
    _definite_owner_units(ctx)  # "the army's Falcon Brigade": a unit of the army named before
    _mutual_group_nouns(ctx)  # "the two old rivals", "both allies": a tie between the ones named together before
    _mutual_apposition(ctx)  # "A and B, partners in the ruling coalition,": a tie between the ones it is set beside
    _member_list(ctx)
    _set_off_members(ctx)
    _possessed_examples(ctx)
    _possessed_part_beside(ctx)
    _section_officers(ctx)
    _speaker_posts(ctx)
    _entry_titled_persons(ctx)
    _respective_roles(ctx)
    for person, org, tok_i in getattr(doc._, "km_derived", None) or []:
        ctx.add(person, "leader_of", org, doc[tok_i].sent, 0.7)
    from kingmaker.nlp.layout import delegation_rosters, label_ties, profile_ties, table_ties

    delegation_rosters(ctx)  # "Government delegation: Name, Deputy Foreign Minister; ..." (nlp/layout.py)
    _elected_chamber_chairs(ctx)  # "the deputies elected X as Speaker"
    _implied_state_ties(ctx, implied)
    _successor_posts(ctx)  # "Y succeeded X as emir", "X was replaced by his deputy, Y": Y takes X's post
    _state_named_persons(ctx)  # "Venezuela's Nicolas Maduro": a state's head named with no title
    _served_states(ctx)
    _named_state_forces(ctx)
    _acronym_parent(ctx)
    _opposition_parties(ctx)
    _rebel_groups(ctx)
    _called_rivals(ctx)
    _opposition_leaders(ctx)
    _organ_members(ctx)
    _foreign_personnel_beside(ctx)
    label_ties(ctx)  # "Chairwoman: Name" lines of a list of officials or an entry's box (nlp/layout.py)
    profile_ties(ctx)  # "Name: X" over "Backers: A; B", "Members: C; D": a profile's fields (nlp/layout.py)
    table_ties(ctx)  # "| Party | Leader | Bloc | Seats |": a row's leader and bloc (nlp/layout.py)
    _elliptical_members(ctx)  # "A is a member of the Y coalition, as is B": B too
    return ctx.hits


def _elliptical_members(ctx: _Ctx) -> None:
    """"A is a member of the Y coalition, as is B", "A belongs to Y, as do B and C", "A is part of Y, and so is B":
    a bare "as"/"so" + be/do with only a subject after it repeats the clause it hangs on for that new subject, which
    gets the ties of relations.yaml elliptical_ties.ties the clause gave its own subject (those naming a body
    inside the clause's own words, not in its subject's phrase). Same tense only ("A is a member, as was B": B's
    may be over). "A had been part of Y, with B", "A is a member of Y, together with B": a body set beside the
    subject after a comma (or with "together"/"along") by elliptical_ties.companions shares those ties too."""
    spec = ctx.kb.relations.get("elliptical_ties") or {}
    marks, verbs, types, beside = (frozenset(spec.get(k) or ()) for k in ("marks", "verbs", "ties", "companions"))
    if not types:
        return
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    # the ties of those types by the sentence their evidence starts in, read once (not all ties per cue word)
    by_sent: dict[int, list] = {}
    for h in ctx.hits:
        if h.type in types and 0 <= h.span.start < len(doc):
            by_sent.setdefault(doc[h.span.start].sent.start, []).append(h)
    lowers, deps, pos = token_lowers(doc)[0], token_deps(doc), token_pos(doc)
    for i, dep in enumerate(deps):
        # (read from the Doc's label lists: only a clause of "as"/"so" or a preposition of beside is looked at)
        if not (dep == "prep" and lowers[i] in beside or dep in ("advcl", "conj") and pos[i] in ("AUX", "VERB")):
            continue
        tok = doc[i]
        head = tok.head
        if tok.dep_ == "prep" and tok.lower_ in beside:
            for _ in range(4):  # ("a member of the Pact together with B": the phrase hung on the body's name)
                if head.pos_ in ("AUX", "VERB") or head.head is head:
                    break
                head = head.head
        if head.i >= tok.i or tok.i < 1 or any(c.dep_ == "neg" for c in head.children):
            continue
        if tok.dep_ in ("advcl", "conj") and tok.pos_ in ("AUX", "VERB") and norm(tok.lemma_) in verbs \
                and _tk[tok.i - 1].lower_ in marks and doc[tok.i - 1].head.i == tok.i:
            if any(c.dep_ not in ("nsubj", "mark", "advmod", "punct", "cc") for c in tok.children):
                continue  # ("as is customary", "as is his right", "so is the risk of ...": a clause of its own)
            subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)
            if subj is None or _tense(tok) != _tense(head):
                continue
            names = [subj]
        elif tok.dep_ == "prep" and tok.lower_ in beside and head.pos_ in ("AUX", "VERB") and (
                _tk[tok.i - 1].text == "," or tok.head.lower_ in _JOINT_WORDS or any(
                    c.dep_ == "advmod" and c.lower_ in _JOINT_WORDS for c in (*tok.children, *tok.head.children))):
            # the name itself, set beside with nothing said of it ("with the Vesh Army as its rival", "with the Vesh
            # Army in charge", "with Vesh Army support": a state of things or a thing owned, no fellow member)
            names = [p for p in tok.children if p.dep_ == "pobj" and ctx.actor(p) is not None
                     and not any(c.dep_ in ("prep", "acl") and c.lower_ != "of" for c in p.children)]
        else:
            continue
        first = _clause_subject(ctx, head)
        if first is None:
            continue
        news = [x for x in (ctx.np_actor(q) for n in names for q in (n, *n.conjuncts)) if x is not None and x != first
                and ctx.kind(x) in ("organization", "country")]
        if not news:
            continue
        own_subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        skip = {t.i for t in tok.subtree} | ({t.i for t in own_subj.subtree} if own_subj is not None else set())
        inside = {ctx.actor(t) for t in head.subtree if t.i not in skip} - {None}
        firsts = [first, *(ctx.group_members(own_subj) or ())] if own_subj is not None else [first]
        for h in list(by_sent.get(tok.sent.start, ())):
            if h.source in firsts and h.target in inside and h.span.start <= tok.i < h.span.end:
                for x in news:
                    if x != h.target:
                        ctx.add(x, h.type, h.target, tok.sent, h.confidence)


def _tense(verb: Token) -> str:
    """"past" or "present" for a finite verb or its auxiliaries ("is described": present)."""
    tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return "past" if "VBD" in tags else "present"


# the ties of a relational noun (of_phrases) that a state adjective on it gives to that state ("its Russian allies":
# Russia is the ally); not "Iran's Iraqi proxies" (a _reverse tie: the adjective says where the proxies are from)
_DEMONYM_TIES = ("backs", "allied_with", "opposes")


def _demonym_owned_tie(ctx: _Ctx, noun: Token, typ: str) -> None:
    """"the army and its Russian allies", "the Front's Iranian backers", "Kessel's Turkish patrons": a relational noun
    (of_phrases: backs, allied_with or opposes) owned by a possessive and qualified by a state's adjective (a
    demonym the text reads as that state) says that state holds the tie to the owner. Not a past or would-be one
    ("its former Russian allies": relations.yaml not_current_titles, word_lists.past_tie_words), nor one denied by
    "no" ("it has no Russian allies")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if poss is None or not mods or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) \
            or norm(noun.lemma_) in _follower_nouns():
        return  # ("its Iranian supporters": private people of that land, plover.yaml follower_nouns)
    # the modifier next to the noun, with the adjectives listed with it ("its Iranian and Syrian allies"): not a
    # word before another modifier ("its Syrian opposition allies", "its Iranian Kurdish allies": the opposition or
    # the Kurds are the allies, the state's adjective says where they are from)
    near = max(mods, key=lambda c: c.i)
    mods = [near, *near.conjuncts]
    if max(c.i for c in mods) != noun.i - 1:
        return
    ended = _rel_words(ctx, "not_current_titles") | cues().past_tie_words
    between = f" {norm(noun.doc[poss.i + 1:noun.i].text)} "
    if any(f" {w} " in between for w in ended):
        return  # ("its former Russian allies", "the Front's would-be Turkish patrons")
    states = [a for c in mods if c.i > poss.i
              and (a := ctx.actor(c)) is not None and ctx.kind(a) == "country" and _state_adjective_token(ctx, c, a)]
    if not states:
        return
    if poss.pos_ == "PRON" and noun.dep_ == "conj" and noun.head.i < noun.i:
        # "the army and its Russian allies": the pronoun is the list's before it ("A, B and their Iranian backers":
        # each of A and B; "its": the one name, else no one)
        first = noun
        while first.dep_ in ("conj", "appos") and first.head.i < first.i:
            first = first.head  # (the list's first name, however the parser chained it)
        named = [ctx.np_actor(x) for x in _list_members(first) if x.i < noun.i]
        owners = named if poss.lower_ == "their" or len(named) == 1 else []
    elif poss.lower_ == "whose":
        owners = [_relative_antecedent(ctx, noun)]
    else:
        owners = [_possessor(ctx, noun, None)]
    for state in dict.fromkeys(states):
        for owner in dict.fromkeys(owners):
            if owner is not None and owner != state:
                ctx.add(state, typ, owner, noun.sent, 0.6)


@functools.lru_cache(maxsize=1)
def _follower_nouns() -> frozenset[str]:
    """plover.yaml follower_nouns: nouns for the private people who follow an actor ("supporters", "fans"), one list
    for both layers."""
    from kingmaker.nlp.events import load_event_lexicon  # (lazy: events imports this module)
    return frozenset(norm(w) for w in load_event_lexicon().follower_nouns)


def _state_adjective_token(ctx: _Ctx, tok: Token, state: int) -> bool:
    """``tok`` is the state's adjective ("Russian", "Iranian"), not its name ("its Russia allies" is no English)."""
    return tok.pos_ == "ADJ" or norm(tok.text) != norm(ctx.actors[state].name)


def _rel_words(ctx: _Ctx, key: str) -> frozenset[str]:
    """A top-level word list of relations.yaml, normalised (built once per document)."""
    memo = ctx.__dict__.setdefault("_rel_words_memo", {})
    if key not in memo:
        memo[key] = frozenset(norm(w) for w in ctx.kb.relations.get(key) or ())
    return memo[key]


def _personnel_owners(ctx: _Ctx, noun: Token) -> list[int]:
    """The states whose men ``noun`` names: "Velnian trainers", "Velnia's soldiers", "troops from Velnia and Ostria",
    "a mission of 400 Velnian troops"; else the state's force the phrase itself names, when no state is written before
    or after the men."""
    found: list[int] = []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i:
            found.append(ctx.actor(c))
        elif c.dep_ == "prep" and c.lower_ == "from":
            for p in (p for p in c.children if p.dep_ == "pobj"):
                found += [ctx.np_actor(q) for q in (p, *p.conjuncts)]
        elif c.dep_ == "prep" and c.lower_ == "of" and norm(noun.text) in _rel_words(ctx, "personnel_group_nouns"):
            for p in (p for p in c.children if p.dep_ == "pobj" and norm(p.text) in _rel_words(ctx, "state_personnel_nouns")):
                found += _personnel_owners(ctx, p)
    found = [a for a in dict.fromkeys(found) if a is not None and not isinstance(a, _Group) and _state_side(ctx, a)]
    own = ctx.actor(noun)  # the state named before its men comes first; else the force the phrase names
    if not found and own is not None and not isinstance(own, _Group) and _state_side(ctx, own):
        found = [own]
    # a state's force read from its men ("Velnian soldiers": the Velnia military) stands for its state when its tie to
    # the state is known
    return list(dict.fromkeys(next((h.target for h in ctx.hits if h.source == a and h.type == "part_of"
                                    and ctx.kind(h.target) == "country"), a) for a in found))


def _foreign_personnel_beside(ctx: _Ctx) -> None:
    """"Trainers from Velnia serve with the Ostrian army", "some 900 Velnian soldiers are deployed alongside Y", "a
    mission of 400 Velnian troops instructs Y": a state's men working beside another's armed force (relations.yaml
    beside_service_verbs with beside_prepositions, or "with" after with_service_verbs: "fought with" may be against)
    or training it (instruction_verbs, the force as object) say their state backs that force; a state's own men beside
    its own force, a government or ministry as partner, a denied or a hypothetical clause say nothing."""
    service, instruction = _rel_words(ctx, "beside_service_verbs"), _rel_words(ctx, "instruction_verbs")
    preps, with_verbs = _rel_words(ctx, "beside_prepositions"), _rel_words(ctx, "with_service_verbs")
    men_nouns = _rel_words(ctx, "state_personnel_nouns") | _rel_words(ctx, "personnel_group_nouns")
    acts = service | instruction
    for v in read_tokens(ctx.doc):  # (each token's labels read once)
        if v.pos_ not in ("VERB", "AUX"):
            continue
        lemma = norm(v.lemma_)
        if lemma not in acts:
            continue
        if _unreal(v) or _denied(v) or _conditional(v):
            continue
        if v.dep_ == "acl" and v.head.i < v.i:
            men = v.head  # "trainers from Velnia serving with Y"
        else:
            men = next((s for s in v.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if men is not None and norm(men.text) not in men_nouns:  # "hundreds of troops", "engineers and trainers"
            men = next((m for m in (*men.conjuncts, *(p for c in men.children if c.dep_ == "prep" and c.lower_ == "of"
                                                      for p in c.children if p.dep_ == "pobj"))
                        if norm(m.text) in men_nouns), None)
        if men is None:
            continue
        partners: list[Token] = []
        if lemma in service:
            partners = [p for pr in v.children if pr.dep_ == "prep" and (
                pr.lower_ in preps or pr.lower_ == "with" and lemma in with_verbs) for p in pr.children if p.dep_ == "pobj"]
        if lemma in instruction:
            partners += [o for o in v.children if o.dep_ == "dobj"]
        partners = [q for p in partners for q in (p, *p.conjuncts)]
        owners = list(dict.fromkeys(a for m in (men, *men.conjuncts) for a in _personnel_owners(ctx, m)))
        for p in partners:
            y = ctx.np_actor(p)
            if y is None or isinstance(y, _Group) or not _state_side(ctx, y) or ctx.subkind(y) != "military":
                continue  # (a force: not "works with the Ostrian government", "operates with its foreign ministry")
            for x in owners:
                if x == y or any(h.type == "part_of" and {h.source, h.target} == {x, y} for h in ctx.hits):
                    continue
                ctx.add(x, "backs", y, v.sent, 0.6)


def _organ(ctx: _Ctx, a: int | None) -> bool:
    """Actor ``a`` is an organisation's governing body named as such: "the Front's Central Committee", "the TUF
    politburo" (its name ends in relations.yaml internal_bodies)."""
    if a is None or ctx.kind(a) != "organization":
        return False
    words = norm(ctx.actors[a].name).split()
    bodies = cues().internal_bodies
    return bool(words) and (words[-1] in bodies or " ".join(words[-2:]) in bodies)


def _organ_members(ctx: _Ctx) -> None:
    """"X, a member of the Front's Central Committee", "Y, chairman of the KUP central committee": a seat on an
    organisation's governing body named as an actor of its own (one part of the organisation; its name ending in
    relations.yaml internal_bodies) makes a member of the organisation itself."""
    organs: dict[int, list[RelationHit]] = {}
    for h in ctx.hits:
        if h.type == "part_of" and ctx.kind(h.target) == "organization" and _organ(ctx, h.source):
            organs.setdefault(h.source, []).append(h)
    for h in list(ctx.hits) if organs else ():
        if h.type in ("leader_of", "member_of") and h.target in organs and ctx.kind(h.source) == "person":
            for whole in organs[h.target]:
                ctx.add(h.source, "member_of", whole.target, h.span, 0.6)


def _body_before_comma(ctx: _Ctx, noun: Token) -> int | None:
    """"A commander of the X Brigade, the pro-government militia that ...": an apposition the parser hung on the
    head of the phrase before it describes the organisation named right before its comma (the closest noun
    phrase), as in "X, the militia"."""
    j = noun.left_edge.i - 1
    if j < 1 or ctx.doc[j].text != ",":
        return None
    if ctx.doc[j - 1].text == ")":  # "the X Army (XA), the rebel force": the name before its bracketed acronym
        j = next((k for k in range(j - 2, max(-1, j - 12), -1) if ctx.doc[k].text == "("), 0)
    a = ctx.actor(ctx.doc[j - 1]) if j >= 1 else None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _appointee_before(ctx: _Ctx, prep: Token) -> int | None:
    """"A decree read on state radio named X, until now commander of Y, as Z's successor": the person object of
    the verb that gives the post (word_lists.appointing_verbs) before the "as" in its sentence, when the parser
    hung the "as" phrase elsewhere (not negated or hypothetical)."""
    for t in reversed(ctx.doc[prep.sent.start:prep.i]):
        if t.pos_ == "VERB" and norm(t.lemma_) in cues().appointing_verbs and not _unreal(t):
            for c in t.children:
                a = ctx.actor(c) if c.dep_ in ("dobj", "oprd") and c.i < prep.i else None
                if a is not None and ctx.kind(a) == "person":
                    return a
            return None
    return None


def _list_item(tok: Token) -> bool:
    """"Witnesses: the Minister of X, A; the Director of Y, B": a phrase after a semicolon opens the next item of
    a list, not an apposition to the item before (the parser may hang it on the first item's head)."""
    return tok.head.i < tok.i and any(t.text == ";" for t in doc_span(tok.doc, tok.head.i + 1, tok.left_edge.i))


def _item_role(ctx: _Ctx, name: Token) -> Token | None:
    """The role noun opening the list item a person's name closes ("...; the Director of Y, B": "Director"),
    when the parser hung both on the first item's head: the last sibling after the item's semicolon, a role
    word naming no actor, with a comma right before the name."""
    a = ctx.actor(name)
    doc = ctx.doc
    if a is None or ctx.kind(a) != "person" or name.left_edge.i < 1 or doc[name.left_edge.i - 1].text != ",":
        return None
    start = max(t.i for t in doc[name.head.i + 1:name.left_edge.i] if t.text == ";")
    return next((c for c in reversed(list(name.head.children)) if start < c.i < name.i
                 and c.dep_ in ("appos", "conj", "dep") and ctx.actor(c) is None
                 and norm(c.lemma_) in ctx.kb.role_words | ctx.kb.title_words), None)


def _state_named_on(ctx: _Ctx, a: int) -> bool:
    """Whether a state's institution is named with its state in at least one mention ("the Ostravian parliament",
    "Ostravia's parliament"), not only inferred from the story ("the parliament", "the 120-member parliament"): only
    then does the text tie the institution to the state."""
    doc = ctx.doc
    for i in ctx.actors[a].mentions:
        m = ctx.mentions[i]
        if m.end - m.start > 1 or any(c.dep_ == "poss" for c in doc[m.start:m.end].root.children):
            return True
    return False


def _acronym_parent(ctx: _Ctx) -> None:
    """"the UN Observer Mission in X", "the OSCE Parliamentary Assembly", "the AU Mission in Somalia": an organisation
    whose name opens with another organisation's acronym (named in the document) and ends in one of
    word_lists.prefixed_body_nouns, or in a governing body's word ("the TUF politburo": internal_bodies), is part
    of that organisation."""
    bodies = set(cues().prefixed_body_nouns) | {b for b in cues().internal_bodies if " " not in b}
    acronyms: dict[str, int] = {}
    for m in ctx.mentions:  # the acronyms the document itself uses for an organisation ("The UN said ...")
        n = m.text.replace(".", "")
        if m.actor >= 0 and ctx.kind(m.actor) == "organization" and n.isupper() and 2 <= len(n) <= 6 \
                and n.isalpha():
            acronyms.setdefault(n, m.actor)
    known = {a.key.split(":", 1)[1]: a.idx for a in ctx.actors
             if a.kind == "organization" and a.mentions and a.key.startswith("known:")}
    for n, (name, _) in ctx.kb.known_orgs.items():  # a body of the lexicon named here only in a longer form ("the UN
        if name in known and n.isalpha() and 2 <= len(n) <= 6:  # Security Council"): its own acronym ("UN") too
            for form in (n.upper(),):
                acronyms.setdefault(form, known[name])
    _named_parent(ctx, bodies)
    if not acronyms:
        return
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.key.startswith("known:"):
            continue  # (a body of the lexicon, "UN Security Council", is known on its own; registries fold it in)
        first = _tk[m.start].text.replace(".", "")
        parent, start = acronyms.get(first), m.start + 1
        if m.start > 0 and ctx.tok2m[m.start - 1] >= 0:  # "OSCE" + "Parliamentary Assembly" found as two names
            before = ctx.mentions[ctx.tok2m[m.start - 1]]
            if before.end == m.start and before.actor >= 0 and not _tk[before.end - 1].whitespace_ == "" \
                    and doc[before.start:before.end].text.replace(".", "") in acronyms:
                parent, start = before.actor, m.start
        if parent is None or parent == m.actor or not any(norm(t.text) in bodies for t in doc[start:m.end]):
            continue
        ctx.add(m.actor, "part_of", parent, doc[m.start].sent, 0.6)


def _named_parent(ctx: _Ctx, bodies: set[str]) -> None:
    """"the United Nations mission in X", "the African Union Commission": an organisation whose name opens with
    another organisation's full name (of two words or more, named in the document) and goes on to one of
    ``bodies`` (a body noun) that ends the name or the words before where it serves ("... Mission in Libya") is
    part of that organisation (not "the UN Panel of Experts" cut short)."""
    names = {tuple(norm(a.name).split()): a.idx for a in ctx.actors
             if a.kind == "organization" and a.mentions and len(a.name.split()) >= 2}
    if not names:
        return
    for a in ctx.actors:
        words = tuple(norm(a.name).split())
        if a.kind != "organization" or not a.mentions or len(words) < 3:
            continue
        for n in range(2, len(words)):
            parent = names.get(words[:n])
            if parent is not None and parent != a.idx and any(
                    words[k] in bodies and (k == len(words) - 1 or words[k + 1] in ("in", "for", "on", "to"))
                    for k in range(n, len(words))):
                m = ctx.mentions[a.mentions[0]]
                ctx.add(a.idx, "part_of", parent, ctx.doc[m.start].sent, 0.6)
                break


def _opposition_profiles(ctx: _Ctx, words: frozenset[str]) -> list[int]:
    """The organisations whose profile (nlp/layout.py ``profiles``) says what they are with an opposition word before
    any preposition ("Type: Opposition coalition", "Status: main opposition party"; word_lists.profile_kind_labels)."""
    from kingmaker.nlp.layout import profile_fields

    out: list[int] = []
    for entity, f in profile_fields(ctx):
        if f.label not in cues().profile_kind_labels or ctx.kind(entity) != "organization":
            continue
        kind = []
        for t in ctx.doc[f.value:f.end]:
            if t.pos_ == "ADP" or t.is_punct:
                break
            kind.append(norm(t.text))
        if set(kind) & words and entity not in out:
            out.append(entity)
    return out


def _opposition_parties(ctx: _Ctx) -> None:
    """"the opposition Crown League", "X, the main opposition party,": X opposes the government of the article's
    state, read once all ties are known (word_lists.opposition_words): the party the text calls ruling, else the
    party of the one person it names ruling the state (_governing_party), else the state."""
    words = cues().opposition_words
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    parties = []
    told = set()  # said in a sentence of their own ("X is the main opposition"): only against a state with a ruler
    own_state: dict[int, int] = {}  # a party called the opposition of a state named before the word
    winners: set[int] = set()  # parties said to win power (_wins_power)
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.actor in parties and m.actor not in told:
            continue
        root = doc_span(doc, m.start, m.end).root
        before = doc[m.start - 1] if m.start > 0 else None
        if before is not None and m.start > 1 and norm(before.text) in ctx.kb.org_nouns \
                and norm(_tk[m.start - 2].text) in words:
            before = doc[m.start - 2]  # "the opposition alliance X", "the opposition party X": the kind between
        named = before is not None and norm(before.text) in words and root.dep_ != "compound" \
            and not _owned_outside(root, m.start, m.end) and not any(c.dep_ == "poss" for c in before.children) \
            and not (before.i > 0 and _possessive_mark(doc[before.i - 1]))  # (not "Venezuela's opposition X")
        state = ctx.actor(doc[before.i - 1]) if named and before.i > 0 else None
        if state is not None and ctx.kind(state) == "country":
            own_state[m.actor] = state  # "the Tesmaran opposition party X": the opposition of the state named
        described = any(c.dep_ == "appos" and _opposition_noun(c, words) for c in root.children) \
            or _dashed_opposition(doc, m.end, words)  # "X, the main opposition party,"; "X - the main opposition -";
        # "the main opposition party, X,"; "X is / became the main (armed) opposition"
        subject = root
        while subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head  # "A, led by Y, and B constitute the opposition": B shares A's verb
        said = root.dep_ == "appos" and _opposition_noun(root.head, words) \
            or subject.dep_ == "nsubj" and _opposition_attr(subject.head, words)
        if (named or described or said) and _wins_power(subject):
            winners.add(m.actor)  # "the opposition X won the largest share of seats": in power now, not opposing it
        if (named or described or said) and m.actor not in parties:
            parties.append(m.actor)
            told.add(m.actor)
        if named or described:
            told.discard(m.actor)
    for entity in _opposition_profiles(ctx, words):
        if entity not in parties:  # "Name: X" over "Type: Opposition coalition": described so
            parties.append(entity)
    parties = [p for p in parties if p not in winners]
    if not parties:
        return
    home = ctx.home_state()
    if home is None:
        _ruling_opponents(ctx, parties)
        return
    target = home
    ruling = _ruling_party(ctx, parties)
    rulers = {h.source for h in ctx.hits if h.target == home and h.type == "leader_of"}
    for party in parties:
        if party in told and not rulers:
            continue  # (whom the opposition opposes is not sure: no one named ruling the state)
        if any(h.source == party and h.type in ("member_of", "allied_with", "part_of") and h.target == target
               or h.source in rulers and h.target == party and h.type in ("leader_of", "member_of") for h in ctx.hits):
            continue  # (the state's ruling party, once in opposition)
        m = next(mm for mm in ctx.mentions if mm.actor == party)
        # "the opposition X ... the ruling Y party": the party in power, when the text names one, is whom X opposes;
        # else the party of the one person the text names ruling the state (_governing_party), else the state
        side = own_state.get(party, ruling)
        if side is None:
            side = _governing_party(ctx, target, party)
        ctx.add(party, "opposes", target if side is None else side, doc[m.start].sent, 0.55)


def _governing_party(ctx: _Ctx, state: int, opponent: int) -> int | None:
    """The party in power in ``state`` as the ties already read tell it: the one political body (not a state's own
    force or office: no "military" subkind, no part of the state) that the one person named leading the state leads
    or belongs to ("President Y ... Y leads the Unity Party"); whom an opposition party or leader of that state
    stands against, more than the state itself ("the opposition X" opposes the Unity Party). None when no one or
    several are named ruling the state, or the ruler's party is not told or is ``opponent``."""
    rulers = {h.source for h in ctx.hits if h.target == state and h.type == "leader_of"
              and ctx.kind(h.source) == "person" and h.source != opponent}
    if len(rulers) != 1:
        return None
    ruler = rulers.pop()
    own = {h.source for h in ctx.hits if h.type == "part_of" and h.target == state}
    parties = {h.target for h in ctx.hits if h.source == ruler and h.type in ("leader_of", "member_of")
               and h.target not in (state, opponent) and ctx.kind(h.target) == "organization"
               and ctx.subkind(h.target) != "military" and h.target not in own}
    if any(h.source == opponent and h.type in ("member_of", "part_of") and h.target in parties for h in ctx.hits):
        return None  # (a faction of the ruler's own party)
    return parties.pop() if len(parties) == 1 else None


def _rebel_groups(ctx: _Ctx) -> None:
    """"X, the rebel coalition commanded by Y", "the insurgent X", "X is a guerrilla faction": an organisation called a
    rebel (word_lists.insurgent_words before its name, or qualifying a noun in apposition or predicate, no owner,
    not a former one: _opposition_noun) fights the article's state: it opposes that state (not a body tied to it)."""
    words = cues().insurgent_words
    home = ctx.home_state()
    if home is None:
        return
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    done = set()
    for m in ctx.mentions:
        if m.actor < 0 or m.actor in done or ctx.kind(m.actor) != "organization":
            continue
        root = doc_span(doc, m.start, m.end).root
        before = doc[m.start - 1] if m.start > 0 else None
        named = before is not None and norm(before.text) in words and root.dep_ != "compound" \
            and not _owned_outside(root, m.start, m.end) \
            and not (m.start > 1 and norm(_tk[m.start - 2].text) in cues().not_current_words)  # ("the former rebel X")
        described = any(c.dep_ == "appos" and _opposition_noun(c, words) for c in root.children) \
            or root.dep_ == "appos" and _opposition_noun(root.head, words) \
            or root.dep_ == "nsubj" and _opposition_attr(root.head, words) \
            or _opposition_noun(_noun_after_comma(doc, m.end), words)
        if not (named or described):
            continue
        done.add(m.actor)
        state = _sentence_state(ctx, doc[m.start].sent, home)
        if state is None or _state_side(ctx, m.actor) or any(h.source == m.actor and h.target == state and h.type in (
                "member_of", "part_of", "allied_with", "backs") for h in ctx.hits):
            continue  # (a state's own force, or one said to serve it)
        ctx.add(m.actor, "opposes", state, doc[m.start].sent, 0.55)


def _before_bracket(doc: Doc, i: int) -> Token:
    """"the Union for X Resistance (UXR), led by Y": the token before a short bracketed group that ends at token i
    (the name a bracketed acronym follows); token i itself when it closes no such group."""
    if doc[i].text not in (")", "]"):
        return doc[i]
    j = next((k for k in range(i - 1, max(-1, i - 8), -1) if doc[k].text in ("(", "[")), 0)
    return doc[j - 1] if j > 0 else doc[i]


def _bodies_inside(ctx: _Ctx, prep: Token) -> list[int]:
    """The body said to sit inside the object of ``prep`` (within, inside) through its units or as one of several:
    "X, a faction with several brigades inside Y" (the name the noun before "with" describes; the units:
    roles.yaml unit_nouns), "X, one of the militias that sit inside Y", "X, a group that operates within Y" (the
    name a relative clause's antecedent describes); [] otherwise. ("A and B field brigades inside Y", units a
    verb's subjects keep: _units_inside.)"""
    head = prep.head
    if head.dep_ == "relcl" and head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children):
        a = _described_name(ctx, head.head)
        return [a] if a is not None else []
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "with" and ctx.actor(head) is None \
            and (norm(head.lemma_) in ctx.kb.unit_nouns or norm(head.text) in ctx.kb.unit_nouns):
        owner = head.head.head
        a = ctx.actor(owner)
        if a is None and owner.pos_ == "NOUN":
            a = _described_name(ctx, owner)
        return [a] if a is not None else []
    return []


def _past_comma(prep: Token) -> Token:
    """"The X Brigade, under Colonel Y, took the town": the noun a preposition set off by commas describes (the
    parser may hang the preposition on the comma before it)."""
    head = prep.head
    if head.text != "," or head.i != prep.i - 1 or head.i == 0:
        return head
    before = prep.doc[head.i - 1]  # the name's last word, right before the comma
    return before if before.pos_ in ("PROPN", "NOUN") else head


def _noun_after_comma(doc: Doc, end: int) -> Token | None:
    """"X (XF), the rebel force that ...": the noun heading the phrase right after a name's comma (past a closing
    bracket), however the parser attached it (an apposition it hung on the verb); None when no such phrase."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    j = end + (end < len(doc) and _tk[end].text == ")")
    if j + 1 >= len(doc) or _tk[j].text != ",":
        return None
    first = doc[j + 1]
    return next((t for t in doc_span(doc, j + 1, min(len(doc), j + 6)) if t.pos_ == "NOUN" and t.left_edge.i == first.i), None)


def _sentence_state(ctx: _Ctx, sent: Span, home: int) -> int | None:
    """The state a sentence sets a rebel against: "The Ostravian government and the rebel X signed a truce in
    Kavel": the one state it names as a party (not the place of "in"/"at" Kavel), else the article's state; None
    when it names several other states."""
    named = set()
    for p in ctx.mentions:
        if p.start < sent.start or p.start >= sent.end or p.actor < 0 or ctx.kind(p.actor) != "country":
            continue
        root = ctx.doc[p.start:p.end].root
        if not (root.dep_ == "pobj" and root.head.lower_ in ("in", "at")):
            named.add(p.actor)
    if not named:
        return home
    return named.pop() if len(named) == 1 else home if home in named else None


def _called_rivals(ctx: _Ctx) -> None:
    """"The Dawn Party won 30 seats and the rival Unity Movement 12", "A fought alongside B, a rival militia,": an
    organisation called a rival with no owner named (word_lists.rival_words; "its rival" is of_phrases; not "a rival
    X faction", a part of X) is the rival of the organisation named last before it in its sentence (not a state's
    own force): it opposes that one. (Across sentences the contrast is too often with a body named in another way.)"""
    words = cues().rival_words
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    done = set()
    for k, m in enumerate(ctx.mentions):
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.actor in done:
            continue
        root = doc_span(doc, m.start, m.end).root
        before = doc[m.start - 1] if m.start > 0 else None
        named = before is not None and norm(before.text) in words and root.dep_ != "compound" \
            and not _owned_outside(root, m.start, m.end) and not any(c.dep_ == "poss" for c in before.children) \
            and not (m.start > 1 and (_possessive_mark(doc[m.start - 2]) or _tk[m.start - 2].dep_ == "poss"))
        described = any(c.dep_ == "appos" and _rival_noun(c, words) for c in root.children) \
            or root.dep_ == "appos" and _rival_noun(root.head, words)
        if not (named or described):
            continue
        sent = doc[m.start].sent
        other = next((p.actor for p in reversed(ctx.mentions[:k]) if p.start >= sent.start and p.actor >= 0
                      and p.actor != m.actor and ctx.kind(p.actor) == "organization"
                      and not ctx.actors[p.actor].key.startswith("inst:")), None)  # (not "the state's army")
        if other is None:
            continue
        done.add(m.actor)
        ctx.add(m.actor, "opposes", other, sent, 0.55)


def _bare_ruling_noun(tok: Token) -> bool:
    """"the government-backed militia", "a regime-allied gang": a government noun (word_lists.ruling_nouns) with no
    word before it that could name another state's ("the Ostravian government-backed X", "Kavel's regime-linked X")."""
    if norm(tok.lemma_) not in cues().ruling_nouns and norm(tok.text) not in cues().ruling_nouns:
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "VERB", "AUX", "NUM") \
        and not _possessive_mark(tok.doc[tok.i - 1])


def _wins_power(subject: Token) -> bool:
    """"The opposition X won the largest share of seats", "X won the election": the name is the subject of a verb of
    winning (word_lists.power_winning_verbs) whose object is, or is qualified by, a word of winning power
    (power_winning_objects); "X won 31 seats" wins no power, nor a win of a local body's seats or one followed by a
    loss ("won the 2015 election but lost power")."""
    verb = subject.head
    if subject.dep_ != "nsubj" or norm(verb.lemma_) not in cues().power_winning_verbs or _unreal(verb):
        return False
    if any(c.dep_ == "conj" and norm(c.lemma_) == "lose" for c in verb.children):
        return False  # "won the 2015 election but lost power in 2019": no longer in power
    from kingmaker.nlp.facts import fact_cues  # (lazy: facts reads this module)
    local = fact_cues()
    for c in verb.children:
        if c.dep_ == "dobj" and (any(norm(x.text) in cues().power_winning_objects
                                     for x in (c, *(y for y in c.children if y.dep_ in ("amod", "compound"))))
                                 or norm(c.text) in cues().power_winning_definite_objects
                                 and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)):
            # not a local body's seats ("won most seats in the capital's council": facts.yaml local_election_words)
            return not any(local.has("local_election_words", t) for x in verb.children if x.dep_ in ("dobj", "prep")
                           for t in x.subtree)
    return False


def _owned_outside(root: Token, start: int, end: int) -> bool:
    """Whether the name whose head is ``root`` (tokens ``start``..``end``) has an owner outside itself ("Ostrel's
    Tide Party"); a possessive inside the name ("the Farmers' Alternative", "the Weavers' League") is part of it."""
    return any(c.dep_ == "poss" and not start <= c.i < end for c in root.children)


def _rival_noun(noun: Token, words: frozenset[str]) -> bool:
    """"a rival ethnic militia", "the rival gang": a common noun a rival word qualifies, no owner ("its rival
    militia" names whose rival it is)."""
    return noun.pos_ == "NOUN" and not any(x.dep_ == "poss" for x in noun.children) \
        and any(norm(x.text) in words for x in noun.children if x.dep_ in ("amod", "compound"))


def _opposition_leaders(ctx: _Ctx) -> None:
    """"the Kavelian opposition leader X", "opposition leader X": a person titled leader of the opposition
    (word_lists.opposition_words before a leader word of state_leader_words) opposes the state the title's
    adjective names, else the one state its sentence names, else the article's state when someone is named ruling it
    (not one the person leads); the party of that state's one named ruler when the text tells it (_governing_party)
    rather than the state."""
    words, leaders = cues().opposition_words, set(ctx.kb.relations.get("state_leader_words") or ())
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person" or m.start < 2:
            continue
        if norm(_tk[m.start - 1].text) not in leaders or norm(_tk[m.start - 2].text) not in words:
            continue
        state = ctx.actor(doc[m.start - 3]) if m.start > 2 else None
        if state is None or ctx.kind(state) != "country":  # else the one state its sentence names ("Police in
            sent = doc[m.start].sent  # Kavel arrested opposition leader X"), else the article's state
            named = {p.actor for p in ctx.mentions if sent.start <= p.start < sent.end and p.actor >= 0
                     and ctx.kind(p.actor) == "country"}
            state = named.pop() if len(named) == 1 else None
        if state is None:
            state = ctx.home_state()
            if state is None or not any(h.target == state and h.type == "leader_of" for h in ctx.hits):
                continue  # (whom the opposition opposes is not sure: no one named ruling the state)
        if any(h.source == m.actor and h.target == state and h.type == "leader_of" for h in ctx.hits):
            continue
        side = _governing_party(ctx, state, m.actor)
        ctx.add(m.actor, "opposes", state if side is None else side, doc[m.start].sent, 0.55)


def _dashed_opposition(doc: Doc, end: int, words: frozenset[str]) -> bool:
    """"X - the main opposition, 31 seats - ...", "X — the largest opposition party —": a name followed by a
    dash (or a comma, only before a misparsed aside) and a noun phrase of articles and adjectives that ends in an opposition word or the noun after it (the
    parser may hang such an aside on the verb before)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if end + 2 >= len(doc) or _tk[end].text not in ("-", "–", "—", "--", ","):
        return False
    j = end + 1
    while j < min(end + 6, len(doc)) and _tk[j].pos_ in ("DET", "ADJ", "ADV") and norm(_tk[j].text) not in words:
        j += 1
    if _tk[end].text == ",":
        # "X, the opposition platform led by Y, ...": after a comma only an aside the parser took for the subject
        # of the participle after it (a list, "A, the opposition B Party and C", names no common noun there)
        return j + 2 < len(doc) and norm(_tk[j].text) in words and _tk[end + 1].pos_ == "DET" \
            and _tk[j + 1].pos_ == "NOUN" and _tk[j + 1].is_lower and _tk[j + 1].dep_ in ("nsubj", "nsubjpass") \
            and _tk[j + 2].tag_ == "VBN" and doc[j + 1].head.i == _tk[j + 2].i
    return j < len(doc) and norm(_tk[j].text) in words and _tk[j].pos_ in ("NOUN", "ADJ", "PROPN") \
        and _tk[end + 1].pos_ == "DET"


def _opposition_noun(noun: Token | None, words: frozenset[str]) -> bool:
    """"the main opposition party", "the main armed opposition", "the largest opposition bloc": a common noun that
    is the opposition or is qualified by it (word_lists.opposition_words), no owner ("Kavel's opposition" is
    another state's), not a former one."""
    if noun is None or noun.pos_ != "NOUN" or any(x.dep_ == "poss" for x in noun.children) \
            or any(norm(x.text) in cues().not_current_words for x in noun.children if x.dep_ == "amod"):
        return False
    # ("the opposition armed group": the parser may hang the opposition word on the adjective after it)
    mods = [x for x in noun.children if x.dep_ in ("compound", "amod")]
    mods += [y for x in mods if x.pos_ == "ADJ" for y in x.children if y.dep_ in ("npadvmod", "compound", "amod")
             and y.i < x.i]
    return norm(noun.text) in words or any(norm(x.text) in words for x in mods)


def _opposition_attr(verb: Token, words: frozenset[str]) -> bool:
    """"X is the largest opposition party", "X became the main opposition", "X remains the main armed opposition":
    a copula whose predicate noun is an opposition noun (_opposition_noun); "A and B constitute the parliamentary
    opposition", "they form the opposition": a verb that says its subjects make up the body (relations.yaml
    constituting_verbs) whose object is one; not negated or hypothetical."""
    lemma = norm(verb.lemma_)
    particle = next((norm(c.text) for c in verb.children if c.dep_ == "prt"), None)
    making = lemma in cues().constituting_verbs or f"{lemma} {particle}" in cues().constituting_verbs
    if lemma not in ("be", "become", "remain") and not making or _unreal(verb):
        return False
    return any(c.dep_ in ("attr", "acomp", "oprd") + (("dobj",) if making else ()) and _opposition_noun(c, words)
               for c in verb.children)


def _ruling_opponents(ctx: _Ctx, parties: list[int]) -> None:
    """The opposition parties of an article whose state is not known oppose the party in power, when the text
    names it ("the ruling X", "X, the governing party": word_lists.ruling_party_words)."""
    ruler = _ruling_party(ctx, parties)
    if ruler is None:
        return  # (none named, or a coalition of several: no one party in power)
    for party in parties:
        m = next(mm for mm in ctx.mentions if mm.actor == party)
        ctx.add(party, "opposes", ruler, ctx.doc[m.start].sent, 0.55)


def _ruling_party(ctx: _Ctx, parties: list[int]) -> int | None:
    """The one party the text names as in power ("the ruling X", "X, the governing party": word_lists.
    ruling_party_words), none of ``parties`` (the opposition); None when it names none or several."""
    doc, words = ctx.doc, cues().ruling_party_words
    rulers = []
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.actor in parties or m.actor in rulers:
            continue
        root = doc_span(doc, m.start, m.end).root
        if m.start > 0 and norm(doc[m.start - 1].text) in words or any(
                c.dep_ == "appos" and c.pos_ == "NOUN" and any(norm(x.text) in words for x in c.children
                                                               if x.dep_ in ("amod", "compound"))
                for c in root.children):
            rulers.append(m.actor)
    return rulers[0] if len(rulers) == 1 else None


def _formed_to_unite(ctx: _Ctx, verb: Token, hostility: dict) -> None:
    """"X was formed in 2022 to unite the disparate forces fighting Y", "X was set up to unite the groups opposed to
    Y": a body made (forming_verbs, passive) for the purpose of uniting (word_lists.uniting_verbs) those who fight Y
    (hostility_verbs) or are opposed to Y opposes Y for good, like a body formed to fight Y (_founded_to_fight)."""
    made = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or not (_verb_in(made, cues().forming_verbs) and made.tag_ == "VBN") or _unreal(made):
        return
    body = next((c for c in made.children if c.dep_ == "nsubjpass"), None)
    if body is None and made.dep_ == "acl":
        body = made.head  # "a council formed to unite ..."
    side = ctx.np_actor(body) if body is not None else None
    if side is None and body is not None and body.dep_ == "appos":
        side = ctx.np_actor(body.head)
    if side is None and body is not None and body.lower_ in ("which", "that"):
        side = _relative_antecedent(ctx, made)
    if side is None or ctx.kind(side) != "organization":
        return
    others = []
    for group in (c for c in verb.children if c.dep_ == "dobj" and ctx.actor(c) is None):
        for part in (c for c in group.children if c.dep_ in ("acl", "amod", "relcl")):
            lemma = part.lemma_.lower()
            if lemma in hostility and not _unreal(part):  # "the forces fighting Y", "groups battling against Y"
                others += [c for c in part.children if c.dep_ == "dobj"]
                others += [p for c in part.children if c.dep_ == "prep" and c.lower_ in hostility[lemma]
                           for p in c.children if p.dep_ == "pobj"]
            elif lemma == "oppose" or part.lower_ == "opposed":  # "the forces opposed to Y"
                others += [p for c in part.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj"]
    for o in others:
        for q in _list_members(o):
            other = ctx.np_actor(q, deep=True)
            if other is not None and other != side:
                ctx.add(side, "opposes", other, verb.sent, 0.6)


def _mutual_rival(ctx: _Ctx, noun: Token) -> None:
    """"The Dawn Party ... Its old rival, the Unity Front, ...", "X's rival Y": a rival introduced from its owner's
    side is mutual (word_lists.mutual_rival_nouns): the owner opposes the rival named too (the rival opposing the
    owner is of_phrases'). "Y, X's main rival" (the rival named first) keeps of_phrases' one direction. Not a former
    rival (not_current_titles: "its erstwhile rival"; "its old rival" is a long one)."""
    former = set(ctx.kb.relations.get("not_current_titles") or ())
    if any(norm(c.text) in former for c in noun.children if c.dep_ in ("amod", "compound")):
        return
    named = next((ctx.np_actor(c) for c in noun.children if c.dep_ in ("appos", "compound")
                  and ctx.np_actor(c) is not None), None)  # "its rival, the Y", "X's rival Y"
    if named is None and noun.dep_ == "nsubj" and noun.head.lemma_ in ("be", "remain") \
            and not any(c.dep_ == "neg" for c in noun.head.children) and not _unreal(noun.head) \
            and not _former_copula(ctx, noun.head):
        # "X's main rival is Y", "its chief opponent was Y": the rival named as the predicate
        named = next((ctx.np_actor(c) for c in noun.head.children if c.i > noun.head.i
                      and c.dep_ in ("attr", "nsubj") and ctx.np_actor(c) is not None), None)
    if named is None:
        return
    owner = _possessor(ctx, noun, named)
    if noun.dep_ == "nsubj":
        owner = _set_aside_owner(ctx, noun.head, noun, owner)
    if owner is not None and owner != named:
        ctx.add(owner, "opposes", named, noun.sent, 0.6)


def _former_copula(ctx: _Ctx, be: Token) -> bool:
    """"X was once Y's rival", "Y's chief foe was formerly X": the copula (or any verb of a tie: "A once fought B",
    "Y was formerly backed by A") says the role or tie no longer holds (relations.yaml former_copula_adverbs)."""
    return any(c.dep_ == "advmod" and c.lower_ in (ctx.kb.relations.get("former_copula_adverbs") or ())
               for c in be.children)


def _set_aside_owner(ctx: _Ctx, verb: Token, noun: Token, owner: int | None) -> int | None:
    """The owner of the subject role ``noun`` of ``verb`` once a phrase fronted before it sets a body aside ("Aside
    from X, its fiercest foe remains Y": "its" is not X): ``owner`` (the possessor's first reading) when no fronted
    phrase names it, else the body its possessive pronoun stands for other than that one, None when none fits."""
    fronted = {ctx.actor(t) for c in verb.children if c.dep_ in ("prep", "advmod") and c.i < noun.i
               for t in c.subtree} - {None}
    if owner is None or owner not in fronted:
        return owner
    pron = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    other = ctx.pronoun_actor(pron, exclude=owner) if pron is not None else None
    return None if other in fronted else other


def _fought_alongside(ctx: _Ctx, verb: Token, hostility: dict) -> None:
    """"A fought alongside B against C", "A, a coalition of militias that fought alongside Kavel's army against the
    Front", "A fought on the side of the government against C": the two sides of a war. A and its companion B both
    oppose C (the companion's own tie to A is preposition_verbs'). Not negated or hypothetical."""
    if _unreal(verb):
        return
    companions = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                  for p in c.children if p.dep_ == "pobj"]
    for c in verb.children:  # "on the side of B"
        if c.dep_ == "prep" and c.lower_ == "on":
            for side in (p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == "side"):
                companions += [q for pr in side.children if pr.dep_ == "prep" and pr.lower_ == "of"
                               for q in pr.children if q.dep_ == "pobj"]
    if not companions:
        return
    holders = [verb, *companions, *(p.head.head for p in companions if p.head.head.lemma_.lower() == "side")]
    enemies = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
               for p in c.children if p.dep_ == "pobj"]
    if not enemies:
        return
    sides = [_clause_subject(ctx, verb)]
    sides += [a for p in companions for q in _list_members(p) for a in [ctx.np_actor(q, deep=True)]
              if a is not None and ctx.kind(a) != "person"]  # (a person fought beside is one fighter, not a side)
    sides = list(dict.fromkeys(x for x in sides if x is not None))
    for e in enemies:
        for q in _list_members(e):
            enemy = ctx.np_actor(q, deep=True)
            if enemy is None:
                continue
            for x in sides:
                if x != enemy:
                    ctx.add(x, "opposes", enemy, verb.sent, 0.6)


def _revolt(ctx: _Ctx, verb: Token) -> None:
    """"the Front took up arms in 2023", "X, which took up arms again after the vote": an organisation's armed
    revolt with no other side named (word_lists.revolt_phrases; "took up arms against Y" is preposition_verbs) is
    lasting hostility to the article's state. Not a threat, vow or wish ("threatened to take up arms"), nor a
    revolt denied or refused."""
    if _unreal(verb) or _denied(verb) or _refused(ctx, verb) is not None or verb.dep_ in ("xcomp", "pcomp") \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    if any(c.dep_ == "prep" and c.lower_ in ("against", "alongside", "beside", "with")
           for t in (verb, *verb.children) for c in t.children):
        return  # the other side named (or a companion): preposition_verbs
    side = _clause_subject(ctx, verb)
    home = ctx.home_state()
    if side is None or home is None or side == home or ctx.kind(side) != "organization":
        return
    if any(h.source == side and h.target == home and h.type in ("part_of", "member_of") for h in ctx.hits):
        return  # (the state's own force)
    ctx.add(side, "opposes", home, verb.sent, 0.6)


def _refused_partnership(ctx: _Ctx, verb: Token) -> None:
    """"X will not cooperate with Y", "X would never govern with Y", "X said it would not enter a coalition with Y
    under any circumstances": a partnership (word_lists.partnering_verbs with "with", or a partnership_noun or
    cooperation_noun as the object, its partner after "with") refused outright for the future (negated, with
    "will" or "would", or under a refusal verb: "X ruled out governing with Y") is lasting hostility: X opposes Y.
    Not a past ("did not cooperate") or a condition ("could not govern with Y unless ...")."""
    refusal = _refused(ctx, verb) if not any(c.dep_ == "neg" for c in verb.children) else None
    if refusal is not None and _unreal(refusal):
        return  # "X may rule out governing with Y", "X did not rule out governing with Y"
    if refusal is None and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in verb.children) \
            or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) \
            or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                   for c in verb.children):
        return
    nouns = set(ctx.kb.relations.get("partnership_nouns") or ()) | cues().cooperation_nouns
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"] \
        if norm(verb.lemma_) in cues().partnering_verbs else []
    for o in verb.children:
        if o.dep_ == "dobj" and norm(o.lemma_) in nouns:
            withs += [c for c in (*o.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "with"]
    partners = [p for c in dict.fromkeys(withs) for p in c.children if p.dep_ == "pobj"]
    if not partners:
        return
    owner = _clause_subject(ctx, verb if refusal is None else refusal)
    if owner is None:
        return
    for p in partners:
        for q in _list_members(p):
            other = _partner_actor(ctx, q)
            if other is not None and other != owner:
                ctx.add(owner, "opposes", other, verb.sent, 0.6)


def _partner_actor(ctx: _Ctx, q: Token) -> int | None:
    """The actor a partner named after "with" is: the name, or the person whose party or movement it is ("any
    deal with X's party": word_lists.personal_body_nouns)."""
    a = ctx.np_actor(q, deep=True)
    if a is None and q.pos_ == "NOUN" and norm(q.lemma_) in cues().personal_body_nouns:
        a = next((x for c in q.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  for x in [ctx.np_actor(c)] if x is not None), None)
    return a


def _state_owned(span: Span) -> bool:
    """A word of relations.yaml state_owned_words in ``span``, as a word of its own or the whole hyphened word
    ("state oil", "state-owned"; not "state-backed", "state-aligned": another state's client)."""
    return _state_owned_words(span.doc, span.start, span.end)


def _state_owned_words(doc: Doc, start: int, end: int) -> bool:
    """``_state_owned`` of the tokens ``start`` to ``end``, read from the cached text (no Span, no Token per word)."""
    return not _hyphened(cues().state_owned_words).isdisjoint(span_text(doc, start, end).lower().split())


@functools.lru_cache(maxsize=8)
def _hyphened(words: frozenset[str]) -> frozenset[str]:
    """A cue list's phrases with their spaces as hyphens ("state owned" -> "state-owned"), made once per list."""
    return frozenset(w.replace(" ", "-") for w in words)


def _state_owned_apposition(ctx: _Ctx, noun: Token) -> None:
    """"X (XC), Ostravia's state grain buyer", "the state gas company, X", "X, a state-run broadcaster": a named
    organisation in apposition to a noun a state owns (relations.yaml state_owned_words before it) is part of that
    state -- the possessor, else (no possessor, "the state ...") the article's state. The apposition is read by
    surface (name, comma, the noun phrase, or the other way round): the parser often hangs either elsewhere."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    left = noun.left_edge.i
    if not _state_owned_words(doc, left, noun.i):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    owner = ctx.actor(poss) if poss is not None else None
    if poss is None and any(c.dep_ == "det" for c in noun.children):
        owner = ctx.home_state()  # "the state oil company, X": the article's state
    if owner is None or ctx.kind(owner) != "country":
        return
    named = None
    if left >= 2 and _tk[left - 1].text == ",":
        k = left - 2
        if _tk[k].text == ")":  # "the X Organization (XO), Ostravia's state ..."
            k = next((j for j in range(k - 1, max(-1, k - 6), -1) if _tk[j].text == "("), 0) - 1
        named = ctx.actor(doc[k]) if k >= 0 and ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].end == k + 1 \
            else None
    right = max([noun.i] + [c.right_edge.i for c in noun.children if c.i > noun.i
                            and c.dep_ not in ("appos", "relcl", "acl", "punct")]) + 1
    if named is None and right + 1 < len(doc) and _tk[right].text == ",":
        k = right + 1 + (_tk[right + 1].lower_ == "the")  # "Ostravia's state-owned firm, the X Corporation,"
        named = ctx.actor(doc[k]) if k < len(doc) and ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].start == k \
            else None
    if named is not None and named != owner and ctx.kind(named) == "organization":
        ctx.add(named, "part_of", owner, noun.sent, 0.65)


def _other_tie_word(ctx: _Ctx, name: Token) -> bool:
    """"the Front's junior partner Y", "its rival Y", "the party's ally Y": a word before a name, between it and its
    possessor, whose of_phrases tie is not a part ("youth wing" is): the possessor's partner, foe or client, no
    owner of Y (that tie is read from the word itself)."""
    of_phrases = ctx.kb.relations.get("of_phrases") or {}
    return any(c.dep_ in ("compound", "amod") and c.i < name.i and ctx.tok2m[c.i] < 0
               and (of_phrases.get(norm(c.text)) or of_phrases.get(norm(c.lemma_))) not in (None, "part_of")
               for c in name.children)


def _possessive(ctx: _Ctx, owner: int, owned: int, where: Span) -> None:
    """"Iran's Revolutionary Guard" (part of the state), "X's Amal party" (member; leader of a coalition),
    "Hezbollah's military wing" named as an organisation (part of it)."""
    ko, ka = ctx.kind(owned), ctx.kind(owner)
    if ka == "country" and ko == "organization":
        sub = ctx.subkind(owned)
        last = norm(ctx.actors[owned].name).split()[-1:]
        if sub in STATE_LIKE_SUBKINDS or sub is None and _state_like_name(ctx, owned) \
                or last and last[0] in ctx.kb.unit_nouns and last[0] not in ("wing", "cell", "branch", "chapter"):
            # "Iran's Revolutionary Guard"; "Ostravia's elite Falcon Brigade": a named unit of the state's forces
            ctx.add(owned, "part_of", owner, where, 0.7)
    elif ka == "person" and ko == "organization" and not ctx.actors[owned].key.startswith("movement:"):
        ctx.add(owner, _person_owns(ctx, owner, owned), owned, where, 0.6)
    elif ka == "organization" and ko == "organization":
        ctx.add(owned, "part_of", owner, where, 0.55)
    elif ka == "organization" and ko == "person" and ctx.subkind(owner) != "media":
        # "the Green List's Petra Novak" (a state's "Ruritania's X" may be its leader, a minister or a citizen)
        ctx.add(owned, "member_of", owner, where, 0.55)


def _state_unit(ctx: _Ctx, owner: Token) -> None:
    """"the army's Falcon brigade", "the interior ministry's Rapid Patrol": a named body owned by a state institution
    named by its bare noun after "the" (relations.yaml state_unit_owners; no other modifier: not "the rebel army's")
    is part of the article's state's institution, or of the state when the text has no actor for it. Only with a
    clear home state, and never a state's institution itself."""
    words = [t for t in owner.subtree if t.i < owner.i and t.dep_ != "det"]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children) \
            or any(not t.is_lower or t.dep_ not in ("compound", "amod") for t in words):
        return
    phrase = norm(" ".join(t.text for t in (*words, owner)))
    if phrase not in set(ctx.kb.relations.get("state_unit_owners") or ()):
        return
    named = ctx.actor(owner.head)
    unit = norm(owner.head.lemma_)
    if named is None and (unit in ctx.kb.unit_nouns or unit in cues().force_unit_nouns
                          or unit in cues().prefixed_body_nouns):
        # "the army's Thornwick commando brigade": the name the finder cut before the unit's nouns (not "the army's
        # Thornwick allies": a relation noun names the institution's partner, not its unit)
        named = next((ctx.actor(c) for c in owner.head.children if c.dep_ == "compound" and c.i > owner.i
                      and ctx.actor(c) is not None), None)
    if named is None or ctx.kind(named) != "organization" or ctx.actors[named].key.startswith(("inst:", "country:")):
        return
    home = ctx.home_state()
    if home is None or ctx.kind(home) != "country":
        return
    whole = _state_body(ctx, home, phrase)
    inst = ctx.kb.state_institutions.get(phrase) or ctx.kb.state_institutions.get(phrase.split()[-1]) or ("",)
    if whole is None and inst[0] == "military":
        # the state's army named in full after the state ("the Ostrian National Defence Force"): the one such force
        state = norm(ctx.actors[home].key.split(":", 1)[-1])
        forces = {a.idx for a in ctx.actors if a.idx != named and a.kind == "organization" and a.subkind == "military"
                  and any(norm(n).startswith(state) for n in a.names)}  # (or its demonym)
        whole = next(iter(forces)) if len(forces) == 1 else None
    whole = whole if whole is not None else home
    if whole != named:
        ctx.add(named, "part_of", whole, owner.sent, 0.6)


def _loose_body_apposition(ctx: _Ctx, noun: Token, of_phrases: dict) -> None:
    """"X, the Pelagian Union agency that runs the clinics", "Mission heads of X, the Union force that ...": a body noun
    (word_lists prefixed_body_nouns, a part_of noun of relations.yaml of_phrases) whose modifier names an organisation,
    set off by a comma after a named organisation the parser did not make its head: the name is part of that body.
    Only an organisation as owner (a state's demonym before "force" may be a rebel force named after the state), and
    never the named body itself, nor a noun that is a verb's subject with no comma closing it ("X shelled B, the
    Union mission said": the mission reports, it is not B's)."""
    cue = cues()
    lemma = norm(noun.lemma_)
    if not (of_phrases.get(noun.lemma_) == "part_of" or lemma in cue.prefixed_body_nouns) \
            or lemma in ctx.kb.role_words:
        return
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") and (
            noun.right_edge.i + 1 >= len(doc) or _tk[noun.right_edge.i + 1].text != ","):
        return
    left = noun.left_edge.i + (noun.left_edge.text == ",")  # (the parser may hang the comma on the noun)
    if left < noun.sent.start + 2 or _tk[left - 1].text != "," or any(
            _tk[k].pos_ not in ("DET", "ADJ", "NOUN", "PROPN") for k in range(left, noun.i)):
        return
    owner = _modifier_actor(ctx, noun)
    if owner is None or ctx.kind(owner) != "organization":
        return
    named = ctx.actor(_before_bracket(doc, left - 2))
    if named is None or named == owner or ctx.kind(named) != "organization":
        return
    ctx.add(named, "part_of", owner, noun.sent, 0.6)


def _persons_body(ctx: _Ctx, noun: Token) -> None:
    """"Social Unity, Vendrel's centre-left party, slumped", "Ressel's movement, the New Dawn, won": a body's
    common noun that a person's name possesses, in apposition with the body's name, is that person's body (see
    ``_person_owns``: the person leads it, unless titled as a member)."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    person = ctx.actor(poss) if poss is not None else None
    if person is None or ctx.kind(person) != "person":
        return
    named = ctx.actor(noun.head) if noun.dep_ == "appos" else None
    if named is None:
        named = next((ctx.actor(c) for c in noun.children if c.dep_ == "appos" and ctx.actor(c) is not None), None)
    if named is not None and named != person and ctx.kind(named) == "organization" \
            and not ctx.actors[named].key.startswith("movement:"):
        ctx.add(person, _person_owns(ctx, person, named), named, noun.sent, 0.6)


def _pronoun_owned(ctx: _Ctx, tok: Token) -> None:
    """"her Unity Front", "a member of his Karvel Movement": a named organisation owned by the person "his"/"her"
    stands for (see ``_person_owns``). Only a name the pronoun stands directly before: "his militia, the Tahrir
    Army" is ``_owned_body``'s. (The parser may take "her" before a name for a subject of its own.)"""
    m = ctx.tok2m[tok.i + 1]
    if m < 0 or ctx.mentions[m].start != tok.i + 1 or tok.dep_ != "poss" and tok.lower_ != "her":
        return
    owned = ctx.mentions[m].actor
    if owned is None or ctx.kind(owned) != "organization" or ctx.actors[owned].key.startswith("movement:"):
        return
    owner = ctx.pronoun_actor(tok)
    if owner is not None and ctx.kind(owner) == "person":
        ctx.add(owner, _person_owns(ctx, owner, owned), owned, tok.sent, 0.55)


def _agent_apposition_person(ctx: _Ctx, noun: Token) -> int | None:
    """"chaired by Y's cousin, the former senator X", "led by his deputy, the lawyer X": an agent that is a common
    noun (no name of its own) with a person set beside it in apposition, directly or through a second describing
    noun, is that person, not the owner its possessive names ("Y's cousin" is no Y). Not a person the apposition
    denies ("his deputy, not the lawyer X") or tells dead ("the late senator X", word_lists.deceased_words)."""
    if noun.pos_ != "NOUN" or ctx.actor(noun) is not None:
        return None
    q = noun
    for _ in range(3):
        nxt = next((c for c in q.children if c.dep_ == "appos"), None)
        if nxt is None:  # (not past a clause on the noun: "the man who beat his deputy, the lawyer X" is the deputy)
            return _lost_apposition(ctx, q, described=True) \
                if q is noun and not any(c.dep_ in ("relcl", "acl") for c in q.children) else None
        if any(c.dep_ == "neg" and c.i > q.i for c in (*q.children, *nxt.children)) \
                or _deceased(nxt, cues().deceased_words):
            return None  # "his deputy, not the lawyer X" (the parser hangs "not" on the first noun)
        a = ctx.actor(nxt)
        if a is not None:
            return a if ctx.kind(a) == "person" else None
        if nxt.pos_ != "NOUN":
            return None
        q = nxt
    return None


def _state_under_leader(ctx: _Ctx, under: Token) -> None:
    """"Velnia, which under President Y recognised the claim", "Velnia, under Prime Minister Y, has left the pact",
    "Under President Y, Velnia recognised it": a state acting "under" a person named with a head's state title
    (relations.yaml implied_state_titles, a leader_of one) acts with that person at its head, so the person leads it.
    Read only where the phrase comes before the verb it qualifies: after it, "under" may place the object ("placed
    its troops under President Y") or date a told event ("left the pact under President Y in 1990"). Not a deputy's
    or former title (deputy_words, not_current_titles), a word before the title other than one of tenure
    (tenure_words: "under interim President Y"; not "under Dravian President Y") or a state of its own after the
    name ("under President Y of Dravia"); not a bare rank ("under General Y"); not a wish, a denial, a condition or a
    passive ("Velnia was admitted under President Y", the time of another's act); not a time told as over ("then
    under President Y", former_copula_adverbs / past_post_words; "had left the pact", before another past; a head
    "who was ousted", not_current_titles / deceased_words in a clause on the name); not a list of states; not a
    report the parser hung the phrase on ("Under President Y, Dravia said, Velnia left")."""
    verb, subject = under.head, None
    if verb.pos_ not in ("VERB", "AUX"):
        # "Velnia, under President Y, signed": the phrase set off by commas, hung on the subject
        if verb.dep_ != "nsubj" or under.i == 0 or under.doc[under.i - 1].text != "," \
                or verb.head.pos_ not in ("VERB", "AUX"):
            return
        subject, verb = verb, verb.head
    obj = next((c for c in under.children if c.dep_ == "pobj"), None)
    if obj is None or under.i > verb.i or _unreal(verb) or _denied(verb) or _conditional(verb) \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and verb.tag_ == "VBN" \
            or verb.lemma_ in cues().report_verbs and verb.i + 1 < len(ctx.doc) and ctx.doc[verb.i + 1].text == ",":
        return
    named = subject or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if named is not None and any(c.dep_ == "conj" for c in named.children):
        return  # "Velnia and Dravia, under President Y, signed": no one head of either
    over = _rel_words(ctx, "former_copula_adverbs") | cues().past_post_words
    if under.i > 0 and norm(ctx.doc[under.i - 1].text) in over \
            or any(c.dep_ == "advmod" and norm(c.text) in over for c in (*under.children, *verb.children)):
        return  # "Velnia, then under President Y, signed"
    gone = _rel_words(ctx, "not_current_titles") | cues().deceased_words
    if any(c.dep_ == "prep" for c in obj.children) or any(
            norm(t.text) in gone for c in obj.children if c.dep_ == "relcl" for t in c.subtree):
        return  # "under President Y of Dravia"; "under President Y, who was ousted in 2015"
    person = ctx.np_actor(obj)
    if person is None or ctx.kind(person) != "person":
        return
    state = _clause_subject(ctx, verb) if subject is None else ctx.np_actor(subject)
    if state is None or state == person or ctx.kind(state) != "country":
        return
    titles = ctx.kb.relations.get("implied_state_titles") or {}
    low = [norm(t.text) for t in ctx.doc[under.i + 1:obj.i + 1] if t.dep_ != "det"]
    if set(low) & (_rel_words(ctx, "not_current_titles") | _rel_words(ctx, "deputy_words")):
        return
    # the title opening the phrase (a word of tenure before it allowed: "under interim President Y"), a rank or the
    # name after it left off ("President General Y")
    first = 1 if low and low[0] in _rel_words(ctx, "tenure_words") else 0
    if any(titles.get(" ".join(low[first:j])) == "leader_of" for j in range(first + 1, len(low) + 1)):
        ctx.add(person, "leader_of", state, under.sent, 0.7)


def _title_owned(ctx: _Ctx, tok: Token) -> None:
    """"the president's Unity Front", "the Premier's Civic Union": a named organisation directly after a bare title's
    possessive ending is owned by the one person the article named with that title before (``bare_title``; none
    when none or several were), as "Vendrel's Unity Front" is by Vendrel (see ``_person_owns``)."""
    if ctx.tok2m[tok.i] >= 0 or tok.doc[tok.i + 1].tag_ != "POS":
        return
    m = ctx.tok2m[tok.i + 2]
    if m < 0 or ctx.mentions[m].start != tok.i + 2 or ctx.tok2m[tok.head.i] != m:
        return  # (the name must be the possessed noun itself: not "the president's Unity Front rivals")
    owned = ctx.mentions[m].actor
    if owned is None or owned < 0 or ctx.kind(owned) != "organization" or ctx.actors[owned].key.startswith("movement:"):
        return
    owner = ctx.bare_title(tok)
    if owner is not None and owner != owned and ctx.kind(owner) == "person":
        ctx.add(owner, _person_owns(ctx, owner, owned), owned, tok.sent, 0.55)


def _person_owns(ctx: _Ctx, person: int, owned: int) -> str:
    """The tie a person's possessive states: "Halloran's Unity party", "former speaker Vendrel's Karvel Front",
    "her Civic Union": news prose names a party, movement, militia or bloc after the person at its head, so the
    person leads it, unless the article names the person with a member's or deputy's title ("deputy chairman X",
    "former prime minister X": X belongs to it). A coalition is led by the one it is named after whatever the
    title; a state body ("Vendrel's interior ministry", a legislature) is one the person works in, but an armed
    force named after a person ("Marshal X's National Army", "X, whose Y Forces hold ...") is one the person commands."""
    sub = ctx.subkind(owned)
    if sub in STATE_LIKE_SUBKINDS and sub != "military":
        return "member_of"
    if sub != "coalition" and any(_title_relation(ctx.kb, words) == "member_of"
                                  for words in _titles_before(ctx, person, ctx.doc[:])):
        return "member_of"
    return "leader_of"


def _leader_titled(ctx: _Ctx, person: int, where: Span) -> bool:
    """Whether ``person`` is named in ``where`` with a leader's title before the name ("Prime Minister X",
    "opposition leader X"), not a deputy's."""
    return any(_title_relation(ctx.kb, words) == "leader_of" for words in _titles_before(ctx, person, where))


def _titles_before(ctx: _Ctx, person: int, where: Span) -> list[list[str]]:
    """The title words ``person`` is named with in ``where``, one list a mention: "former speaker X" ->
    ["former", "speaker"] (none for a bare name)."""
    kb, doc = ctx.kb, ctx.doc
    found = []
    for m in ctx.mentions:
        if m.actor != person or not (where.start <= m.start < where.end):
            continue
        words = [t.text for t in doc[m.start:m.end] if norm(t.text) in kb._title_set or norm(t.text) in kb.role_words]
        i = m.start - 1
        while i >= where.start and ctx.tok2m[i] < 0 and (norm(doc[i].text) in kb._title_set
                                                         or norm(doc[i].text) in kb.role_words
                                                         or norm(doc[i].text) in kb.title_words
                                                         or norm(doc[i].text) in cues().title_modifiers
                                                         or norm(doc[i].text) in ("opposition", "caretaker")):
            words.insert(0, doc[i].text)
            i -= 1
        if words:
            found.append(words)
    return found


def _relative_antecedent(ctx: _Ctx, tok: Token) -> int | None:
    """The actor a relative clause holding ``tok`` is said of: "X, whose ...", "X, the cleric who ..."."""
    v = tok
    for _ in range(4):
        if v.dep_ == "relcl":
            head = v.head
            a = ctx.np_actor(head)
            if a is None and head.dep_ == "appos":
                # "X, the cleric who ..."; "the commander of X, a cell that ...": the apposition's anchor
                a = ctx.np_actor(head.head) or ctx.np_actor(head.head, deep=True)
            elif a is not None and ctx.kind(a) != "person" and ctx.actor(head) is None and head.pos_ == "NOUN" \
                    and any(c.lower_ == "who" for c in v.children):
                # "X, a former ODF colonel, who remains its leader": "who" is the person the noun describes (its
                # apposition's anchor, or the name before its comma), not the body named in its modifier
                anchor = ctx.np_actor(head.head) if head.dep_ == "appos" else _person_before_comma(ctx, head)
                a = anchor if anchor is not None and ctx.kind(anchor) == "person" else None
            if a is not None and head.dep_ == "appos" and ctx.kind(a) == "person" \
                    and norm(head.lemma_) in ctx.kb.org_nouns:
                # "X leads a branch of Y, the party that backs Z": a body noun hung on the person describes the
                # body named right before its comma
                near = _body_before_comma(ctx, head)
                a = near if near is not None else a
            if a is not None and ctx.kind(a) == "person":
                # "X, an armed group led by Y that has fought Z": "that"/"which" after the agent of a participle on a
                # body noun is the body (what the participle describes), not the person who leads it
                body = _body_of_agent(ctx, head, v)
                a = body if body is not None else a
            if a is None:
                # "X, a coalition of militias that fought ...", also with the apposition hung on the head of the
                # phrase before X's comma ("supporters of X, an alliance of parties that backs Y")
                a = _collective_whole(ctx, head)
            if a is None and head.pos_ == "NOUN" and (head.dep_ == "dobj" or head.dep_ == "appos"
                                                       and norm(head.lemma_) in ctx.kb.org_nouns):
                # "Y commands a division of X, the rebel force that has fought Z": the apposition to X the parser
                # made a second object of the verb ("an attack near areas held by X, an armed group that ...": or
                # hung on a noun before it that names no one)
                a = _body_before_comma(ctx, head)
            return a
        if v.head is v:
            return None
        v = v.head
    return None


def _body_of_agent(ctx: _Ctx, agent: Token, clause: Token) -> int | None:
    """"X, an armed group led by Y that has fought Z": the body a relative clause opened by "that" or "which" is
    said of when the parser hung it on the person Y, the by-agent of a participle describing a body noun (the
    body noun's own name, or the name it stands in apposition to). None for "who", or any other shape."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in clause.children):
        return None
    while agent.dep_ == "appos" and agent.head.i < agent.i:
        agent = agent.head  # ("led by Ana Kora-Bell that ...": the name's second part hung as an apposition)
    by = agent.head
    part = by.head
    if agent.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "agent" or part.dep_ != "acl" or part.tag_ != "VBN":
        return None
    noun = part.head
    if noun.pos_ != "NOUN" or norm(noun.lemma_) not in ctx.kb.org_nouns:
        return None
    body = ctx.np_actor(noun)
    if body is None and noun.dep_ == "appos":
        body = ctx.np_actor(noun.head)
    if body is None:
        body = _body_before_comma(ctx, noun)  # "areas held by X (XA), an armed group led by Y that ..."
    return body if body is not None and ctx.kind(body) != "person" else None


def _person_before_comma(ctx: _Ctx, noun: Token) -> int | None:
    """The person named right before the comma that opens ``noun``'s phrase ("by X, a former army colonel"), when
    the parser did not hang the phrase on the name."""
    k = min([c.left_edge.i for c in noun.lefts if c.dep_ in ("det", "amod", "compound", "nmod", "poss")]
            + [noun.i]) - 1  # (the phrase's own words: the parser may hang the whole sentence on the noun)
    if k < 1 or ctx.doc[k].text != ",":
        return None
    a = ctx.actor(ctx.doc[k - 1])
    return a if a is not None and ctx.kind(a) == "person" else None


def _leading_antecedent(ctx: _Ctx, verb: Token) -> int | None:
    """"X, which leads a military coalition that has fought Y", "X heads a militia that backs Y", "X, which leads the
    coalition fighting Y": a stance told by a relative clause (or a present participle) on an unnamed body that the clause before says X leads (relations.yaml verb_relations
    leader_of, not a founding verb) is X's, as the leader acting through it. Only for stances: a body X leads that
    "includes A" does not make A a member of X."""
    head = verb.head
    if not (verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ == "VBG") or head.dep_ != "dobj" \
            or ctx.np_actor(head) is not None:
        return None  # (a participle too: "X, which leads the coalition fighting Y")
    lead = head.head
    lemma = lead.lemma_.lower()
    if (ctx.kb.relations.get("verb_relations") or {}).get(lemma) != "leader_of" or norm(lemma) in cues().forming_verbs \
            or _unreal(lead):
        return None
    return _clause_subject(ctx, lead)


def _collective_anchor(ctx: _Ctx, members: Token) -> int | None:
    """The body a plural is the members of: "militias" in "X, a coalition of militias that fought Y" or "X, an
    umbrella of armed groups formed to fight Y" (word_lists.collective_nouns): a clause on the members is said
    of X. None for any other noun."""
    if members.dep_ == "pobj" and members.head.lower_ == "of" and members.head.head.dep_ == "appos" \
            and norm(members.head.head.lemma_) in cues().collective_nouns:
        return ctx.np_actor(members.head.head.head)
    return None


def _collective_whole(ctx: _Ctx, members: Token) -> int | None:
    """The named body a plural makes up ("X, the umbrella of armed groups": X), as ``_collective_anchor``, or
    when the parser hung the collective noun elsewhere: the organisation named right before its comma ("the X
    Forces (XF), the umbrella of armed groups", a bracketed acronym skipped)."""
    found = _collective_anchor(ctx, members)
    if found is not None or members.dep_ != "pobj" or members.head.lower_ != "of" \
            or norm(members.head.head.lemma_) not in cues().collective_nouns:
        return found
    doc = ctx.doc
    j = members.head.head.left_edge.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    j -= 1
    if doc[j].text == ")":
        j = next((k for k in range(j - 1, max(-1, j - 6), -1) if doc[k].text == "("), 0) - 1
    a = ctx.actor(doc[j]) if j >= 0 else None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _whose(ctx: _Ctx, tok: Token, of_phrases: dict) -> None:
    """"X, whose Y party ...": X's Y. "X, whose armed wing is Y": Y part of X. "X, whose leader is Y"."""
    owner = _relative_antecedent(ctx, tok)
    possessed = tok.head
    if owner is None and tok.i > 1 and ctx.doc[tok.i - 1].text == ",":
        owner = ctx.actor(ctx.doc[tok.i - 2])  # "X, whose Y ...", the clause parsed apart from X
        before = ctx.doc[tok.i - 2]
        if owner is None and before.dep_ == "pobj" and before.head.lower_ in ctx.kb.rest_preps \
                and norm(tok.head.text) in (ctx.kb.relations.get("legislature_titles") or ()) \
                and before.head.head.i < before.head.i and ctx.actor(before.head.head) is not None \
                and ctx.kind(ctx.actor(before.head.head)) == "organization":
            # "the House of X in Y, whose speaker ...": the body, not its seat (a house's chair only: "the X Party in
            # Tarvo, whose governor, ..." names the town's)
            owner = ctx.actor(before.head.head)
    if owner is None and possessed.dep_ == "appos" and possessed.head.pos_ == "NOUN":
        # "X, an armed movement whose political wing, Y, ...": the wing parsed as a second apposition of the noun
        # that describes X
        owner = ctx.np_actor(possessed.head) or (ctx.np_actor(possessed.head.head)
                                                 if possessed.head.dep_ == "appos" else None)
    if owner is None:
        return
    owned = ctx.actor(possessed)
    if owned is None and possessed.dep_ == "compound" and possessed.pos_ == "NOUN":
        owned = ctx.actor(possessed.head)  # "X, whose governor Tomas Rell has run it": the title before a name
        if owned is not None and ctx.kind(owned) == "person":
            titles = [t.text for t in ctx.doc[tok.i + 1:possessed.head.i + 1] if ctx.tok2m[t.i] < 0]
            typ = _title_relation(ctx.kb, titles) if titles else None
            if typ:
                ctx.add(owned, _for_owner(ctx, owned, typ), owner, tok.sent, 0.7)
            return
        owned = None
    if possessed.is_lower and norm(possessed.text) in (ctx.kb.relations.get("body_agent_nouns") or ()):
        # "X, whose Y Guard forces hold the coast", "X, whose Y Brigade fighters control the pass": the body the
        # forces are named for (or the name the forces were taken into) is X's
        owned = owned if owned is not None else next(
            (ctx.actor(c) for c in possessed.children if c.dep_ == "compound" and c.i > tok.i
             and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "organization"), None)
        if owned is not None and owned != owner and ctx.kind(owner) == "person" and ctx.kind(owned) == "organization":
            ctx.add(owner, "leader_of", owned, tok.sent, 0.65)  # (forces a person calls his own: he commands them)
            return
    if owned is not None:
        if owned != owner:
            _possessive(ctx, owner, owned, tok.sent)
        return
    verb = possessed.head
    # "X, whose commander, Y, is a former officer": the name in apposition to the role
    named = next((ctx.actor(c) for c in possessed.children if c.dep_ == "appos" and ctx.actor(c) is not None), None)
    if named is None:  # "whose political wing, the Council of X, ...": the name after the comma parsed as a conjunct
        named = next((ctx.actor(c) for c in possessed.children if c.dep_ == "conj" and ctx.actor(c) is not None
                      and c.left_edge.i == possessed.i + 2 and ctx.doc[possessed.i + 1].text == ","
                      and not any(x.dep_ == "cc" for x in possessed.children)), None)
    if named is None:
        if possessed.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ != "be" or _unreal(verb):
            return
        attr = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
        named = ctx.np_actor(attr)
        if named is None and attr is not None and _body_stance(ctx, possessed, attr, of_phrases):
            _role_ties(ctx, owner, attr, of_phrases, {})  # "X, whose party is a fierce critic of Y"
            return
    if named is None:
        return
    phrase = _phrase_relation(of_phrases, _noun_phrase(possessed)) or of_phrases.get(possessed.lemma_.lower())
    typ = phrase or _role_relation(ctx.kb, possessed.lemma_) \
        or ("leader_of" if ctx.kind(named) == "person" and _chairs_house(ctx, norm(possessed.text), owner, True)
            else None)  # "whose speaker, X,": a person's post
    if typ:
        ctx.add(named, _for_owner(ctx, named, typ), owner, tok.sent, 0.7)


def _chairs_house(ctx: _Ctx, title: str, owner: int, person: bool) -> bool:
    """A legislature's chair (relations.yaml legislature_titles: "speaker") owned by a legislature: one of that
    subkind, or, for a holder read as a person (``person``: a name read as a body's is no part of the house), a body
    of no kind told whose name ends in a house's word ("the Chamber of Senators, whose speaker, X,", "the Council of
    Representatives ... its speaker, X": roles.yaml legislature_words, legislature_heads)."""
    return title in (ctx.kb.relations.get("legislature_titles") or ()) and (
        ctx.subkind(owner) == "legislature"
        or person and ctx.kind(owner) == "organization" and _chamber_name(ctx, ctx.actors[owner].name))


def _member_body_noun(ctx: _Ctx, owner: int, role: Token, poss_owner: int) -> bool:
    """"X is the Y Alliance's largest party", "X, the Framework's oldest movement,": an organisation described as a
    party, movement or armed group (roles.yaml org_nouns) that another organisation owns is one of its members."""
    return ctx.kind(owner) == "organization" and ctx.kind(poss_owner) == "organization" and poss_owner != owner \
        and ctx.actor(role) is None and role.dep_ in ("attr", "appos") \
        and ctx.kb.org_nouns.get(norm(role.lemma_)) in ("party", "movement", "armed_group")


def _body_of_named_person(ctx: _Ctx, person: int, role: Token) -> int | None:
    """"the Y Movement of Parliament Speaker X, Z's closest ally, said": a stance noun in apposition right after
    "BODY of (title) PERSON," is said of the body, the head of the phrase (the parser often hangs it on the person);
    read off the surface. None when the person's name before the comma is not so introduced."""
    doc = ctx.doc
    k = role.left_edge.i - 1
    if k < 2 or doc[k].text != "," or ctx.tok2m[k - 1] < 0:
        return None
    m = ctx.mentions[ctx.tok2m[k - 1]]
    if m.actor != person or m.end != k:
        return None
    j = m.start - 1
    while j > max(0, m.start - 5) and ctx.tok2m[j] < 0 and doc[j].lower_ != "of" \
            and (doc[j].text[:1].isupper() or norm(doc[j].text) in ctx.kb.title_words):
        j -= 1  # the person's titles ("Parliament Speaker", "former minister")
    if j < 1 or doc[j].lower_ != "of" or ctx.tok2m[j - 1] < 0:
        return None
    body = ctx.mentions[ctx.tok2m[j - 1]]
    if body.end != j or body.actor < 0 or body.actor == person or ctx.kind(body.actor) != "organization":
        return None
    return body.actor


def _body_stance(ctx: _Ctx, possessed: Token, attr: Token, of_phrases: dict) -> bool:
    """"X, whose party has been a fierce critic of Y", "X, whose movement is an ally of Y": a stance noun
    (relations.yaml of_phrases: opposes, allied_with, backs) said of the body the antecedent owns (a group noun
    of roles.yaml org_nouns or word_lists.ruling_nouns) is the antecedent's own stance (not that of "his brother")."""
    body = norm(possessed.lemma_)
    return (body in ctx.kb.org_nouns or body in cues().ruling_nouns) and ctx.actor(possessed) is None \
        and of_phrases.get(attr.lemma_.lower()) in ("opposes", "allied_with", "backs")


def _of_name_before_comma(ctx: _Ctx, appos: Token) -> int | None:
    """"Fighters of X, the armed wing of Y, attacked ...": an apposition the parser hung on a plural noun whose "of"
    object, an organisation's name, ends right before the apposition's comma, is said of that organisation; None
    otherwise."""
    first = appos.left_edge.i
    for p in (p for c in appos.head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"):
        a = ctx.actor(p)
        if a is not None and ctx.kind(a) == "organization" and p.right_edge.i + 2 == first \
                and ctx.doc[first - 1].text == "," and not any(c.dep_ == "conj" for c in p.children):
            return a
    return None


def _named_after_comma(ctx: _Ctx, noun: Token) -> int | None:
    """"an armed wing, Y, since 2019", "a political arm, the Y Party.": the organisation named right after the comma
    that follows ``noun``, read off the surface where the parser hung it elsewhere; None for a list ("an armed wing,
    the X Brigade and ...") or anything else."""
    doc = ctx.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    k = noun.i + 3 if doc[noun.i + 2].lower_ == "the" else noun.i + 2
    if k >= len(doc) or ctx.tok2m[k] < 0:
        return None
    part_m = ctx.mentions[ctx.tok2m[k]]
    if part_m.start != k or part_m.actor < 0 or ctx.kind(part_m.actor) != "organization" \
            or part_m.end < len(doc) and doc[part_m.end].text not in (",", ")", ".", ";", "-", "\u2013", "\u2014"):
        return None
    return part_m.actor


def _named_wing(ctx: _Ctx, noun: Token) -> None:
    """"members of the X youth wing, Y, ...": the body named after a comma is the part the name before the
    noun owns (read off the surface: the parser often hangs the name on another noun)."""
    doc = ctx.doc
    j = noun.i - 1
    while j > noun.i - 3 and j >= 0 and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") and ctx.tok2m[j] < 0:
        j -= 1  # "youth", "armed", "political"
    k = noun.i + 2
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if j < 0 or ctx.tok2m[j] < 0 or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "," or k >= len(doc) \
            or ctx.tok2m[k] < 0:
        return
    owner_m, part_m = ctx.mentions[ctx.tok2m[j]], ctx.mentions[ctx.tok2m[k]]
    if owner_m.end != j + 1 or part_m.start != k or owner_m.actor < 0 or part_m.actor < 0 \
            or owner_m.actor == part_m.actor or ctx.kind(owner_m.actor) != "organization" \
            or ctx.kind(part_m.actor) != "organization":
        return
    end = part_m.end
    if end < len(doc) and doc[end].text not in (",", ")", ".", ";", "-", "\u2013", "\u2014"):
        return  # "the X wing, the Y Party and ...": a list, not a name in apposition
    ctx.add(part_m.actor, "part_of", owner_m.actor, noun.sent, 0.65)


def _of_which(ctx: _Ctx, tok: Token, of_phrases: dict) -> None:
    """"NATO, of which Ostravia has been a member since 2017": the subject holds the role the clause's
    noun names in the antecedent ("X, of which Y is the leader", "the Front, of which Y is part"); the role
    may come first, the name after the verb ("the party, of which the chairman is Y", "the Front, the leader
    of which is Y")."""
    verb = tok.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "of" hung on the role noun ("a member of which")
    if verb.lemma_.lower() != "be" or verb.dep_ != "relcl" or _unreal(verb):
        return
    owner = _relative_antecedent(ctx, tok)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    role = next((c for c in verb.children if c.dep_ in ("attr", "acomp")), None)
    if subj is not None and role is not None and ctx.np_actor(subj) is None and ctx.np_actor(role) is not None:
        subj, role = role, subj  # "of which the chairman is Y": the role is the subject, the name the attribute
    named = ctx.np_actor(subj) if subj is not None else None
    if owner is None or named is None or role is None or named == owner:
        return
    typ = of_phrases.get(role.lemma_.lower()) or _role_relation(ctx.kb, role.lemma_.lower())
    if typ:
        ctx.add(named, _for_owner(ctx, named, typ), owner, tok.sent, 0.7)


def _person_of(ctx: _Ctx, person: int, tok: Token) -> None:
    """"Marek Tolvan of the Unity List", "Ana Brel from the Dawn Party": member of that organisation (its
    leader when a leader's title comes before the name)."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    after = tok.i + 1
    if after + 2 < len(doc) and _tk[after].text == "(" and _tk[after + 2].text == ")" \
            and norm(_tk[after + 1].text) in _rel_words(ctx, "photo_position_marks"):
        after += 3  # "X (L) of the Y Party": a caption's mark of where X stands in the picture
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and prep.i in (tok.i + 1, after):
            for p in prep.children:
                org = ctx.actor(p) if p.dep_ == "pobj" else None
                if org is None and p.dep_ == "pobj" and p.is_lower and norm(p.lemma_) in ctx.kb.org_nouns \
                        and any(c.dep_ == "compound" and ctx.actor(c) is not None for c in p.children):
                    org = ctx.np_actor(p)  # "X of the Y bloc": the name before the body's noun in lower case
                    org = None if org is not None and ctx.subkind(org) == "company" else org  # (not a firm's staff)
                    if any(t.text in ("-", "\u2013") and not t.whitespace_ for t in ctx.doc[p.left_edge.i:p.i]):
                        org = None  # (nor "X of the anti-Y bloc", "the pro-Y camp": a name joined to a word before it)
                if org is not None and ctx.kind(org) == "organization" and ctx.subkind(org) != "media":
                    # "Prime Minister X of the Y Federation", "chairman X of the Y Party": a leader's title leads it
                    lead = _leader_titled(ctx, person, tok.sent) and not _state_office_of_party(ctx, person, org,
                                                                                                 tok.sent)
                    ctx.add(person, "leader_of" if lead else "member_of", org, tok.sent, 0.6)


def _state_office_of_party(ctx: _Ctx, person: int, org: int, where: Span) -> bool:
    """"Prime Minister X of the Y Party", "President X of the Y Party": the title is an office of a state or
    government (a head of state's or government's), the party only the one X belongs to."""
    if ctx.subkind(org) != "party":
        return False
    heads = ctx.kb.head_of_state_titles
    return any(" ".join(norm(w) for w in words[i:]) in heads
               for words in _titles_before(ctx, person, where) for i in range(len(words)))


def _hostility(ctx: _Ctx, verb: Token, hostility: dict, rupture: dict) -> None:
    lemma = verb.lemma_.lower()
    if _unreal(verb) or _denied(verb):  # "X denied that it had ever fought Y"
        return
    if _former_copula(ctx, verb):  # "A once fought B for years", "A and B formerly clashed repeatedly": over
        return
    if lemma in hostility and _founded_to_fight(ctx, verb, hostility[lemma]):
        return
    have = _split_perfect(verb)
    if have is not None:
        _perfect_hostility(ctx, verb, have)
        return
    phrasal = _phrasal(verb, rupture)
    preps = rupture.get(phrasal or lemma)  # "A fell out with B": the particle is part of the key
    if preps is not None and phrasal is None and any(c.dep_ == "dobj" and ctx.np_actor(c) is not None
                                                     for c in verb.children):
        return  # "A turned B against C": the body named as the object is turned, no rift of A's
    attack_preps, attack_on, mutual = _attack_phrase(verb)  # mutual: "A and B have traded insults since 2022"
    # ("A broke with B", "A turned on B": a rupture_verbs key, no fight or attack)
    ruptured = preps is not None and lemma not in hostility and attack_preps is None
    kept = started = aided = False
    if preps is None:
        preps = hostility.get(lemma, [])
        lasting = any(c.dep_ == "prep" and (c.lower_ == "since" or c.lower_ == "for" and any(
            p.lower_ in cues().lasting_for for p in c.subtree)) for c in verb.children)
        # "A has traded fire with B since the war began": a perfect with a "since" clause
        lasting = lasting or any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                                           for m in c.children) for c in verb.children) \
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        # "A and B have clashed repeatedly": a repeated fight is lasting
        lasting = lasting or any(c.dep_ == "advmod" and c.lower_ in cues().lasting_adverbs for c in verb.children)
        # "A has vowed to fight B": a vow to fight is lasting hostility
        lasting = lasting or lemma in hostility and verb.dep_ == "xcomp" and _verb_in(verb.head, cues().vow_verbs)
        # "A fought B until the truce", "A battled B throughout 2023": a fight told with its span (word_lists
        # lasting_spans: a preposition with its object; not a clause, "until it ran out of shells", one battle's end)
        # ("until a ceasefire brokered by Y in August": a participle on the span's end is no clause)
        lasting = lasting or lemma in hostility and any(
            c.dep_ == "prep" and c.lower_ in cues().lasting_spans and any(_span_end(p) for p in c.children)
            and not any(t.pos_ in ("VERB", "AUX") and not _span_participle(t) for t in c.subtree)
            for c in verb.children)
        # "A fought B for control of the pass": a fight for a prize held is a contest, lasting (word_lists contest_nouns)
        lasting = lasting or lemma in hostility and _contest(verb)
        # "A has begun to fight B", "A started fighting B": a fight begun (word_lists starting_verbs), not negated
        started = _started_fight(verb) if lemma in hostility else False
        lasting = lasting or started
        # "A will keep fighting B", "A said it would continue attacking B": a fight or attacks kept up are lasting
        kept = _kept_up(ctx, verb)
        lasting = lasting or kept
        # "X helped Y fight Z", "X sent troops to help Y to fight Z": the helped side's fight is a war going on
        # (not a help set in a past year, "X helped Y fight Z in 1998": a war told as over)
        aided = lemma in hostility and verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in cues().material_help_verbs and _real_or_future(verb.head) \
            and not (verb.head.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
                _year_like(p) for p in c.children if p.dep_ == "pobj") for c in (*verb.head.children, *verb.children)))
        lasting = lasting or aided
        # "X, which fights for autonomy", "a militia that battles the army": a present tense describing a body
        lasting = lasting or lemma in hostility and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ == "aux" for c in verb.children)
        # "the Front is fighting the government": a fight going on now (present progressive) is a state of war
        lasting = lasting or lemma in hostility and verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in verb.children)
        # "A has fought B": a perfect of fighting is lasting; "A has bombed B" is not, unless "since"/"for years"
        lasting = lasting or lemma in hostility and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    else:
        lasting = True
    # ("A turned on B": the particle of a rupture key takes the other side as its object)
    others = [c for c in verb.children if c.dep_ == "dobj" and (lemma in hostility or lemma in cues().attack_verbs
                                                                 or phrasal is not None)]
    # ("A fought with B against C": with a foe named after "against", the side after "with" is a companion)
    companion = "with" if lemma in hostility and _foe_against(ctx, verb) else None
    others += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != companion
               for p in c.children if p.dep_ == "pobj"]
    if attack_preps is not None:  # "fired rockets at B", "traded fire with B": on the verb or on its object
        others += [p for h in attack_on for c in h.children if c.dep_ == "prep"
                   and c.lower_ in attack_preps for p in c.children if p.dep_ == "pobj"]
        if not lasting:
            return  # one exchange of fire, even "with each other" or told by a participle, is an event (not lasting)
    others = list(dict.fromkeys(x for o in others for x in (o, *o.conjuncts)))  # "has fought both A and B"
    # "A is fighting two movements: B and C": a plural with no name of its own stands for the names it lists
    others += [m for o in others if o.tag_ == "NNS" and ctx.actor(o) is None
               for ap in o.children if ap.dep_ == "appos" for m in _list_members(ap) if m not in others]
    each_other = any(o.lower_ in ("other", "another") and any(x.lower_ in ("each", "one") for x in o.children)
                     or o.lower_ in ("each", "one") for o in others)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and lasting and aided and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)  # "help the army to fight Z"
        if subj is None:
            return
    head = verb
    while subj is None and (head.dep_ == "conj" or head.dep_ == "xcomp" and _verb_in(head.head, cues().vow_verbs)
                            or head.i == verb.i and (kept or started)
                            or ruptured and head.dep_ == "dep" and head.head.pos_ == "VERB"
                            and any(c.dep_ == "advmod" and c.lower_ == "then" for c in head.head.children)) \
            and head.head is not head:
        # ("A at first backed the coup, then broke with B": the parser's loose "dep" after "then" shares the subject)
        head = head.head  # "A and B fought ...", "A vowed to fight B", "A would keep fighting B"
        if _unreal(head) and not (kept and head.i == verb.head.i):
            return
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and lemma in hostility and others:
        subj = verb.head  # "insurgents battling the government", "the Front's fighters, battling the army": lasting
    elif not (lasting or each_other):
        return
    if subj is None:
        return
    # "X, a militia fighting Y", "X is a rebel group fighting Y", "X is a militia that has fought Y since 2019": the
    # fight of a body noun that describes a named body (in apposition or as the predicate) is that body's
    described = _described_body(ctx, verb.head) \
        if verb.dep_ == "relcl" and subj.lower_ in ("which", "that") or verb.dep_ == "acl" and subj.i == verb.head.i \
        else None
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and norm(verb.head.lemma_) in ctx.kb.org_nouns \
            and _past_description(ctx, verb.head):
        # "X, a former militia that fought Y for years", "that Y fought": what X was, not what it is (a person's
        # past post says nothing of the fight: "X, a former minister who fell out with Y")
        return
    targets = []
    for o in ([] if each_other else others):
        if o.lower_ in ("who", "whom", "which") or o.lower_ == "that" and o.dep_ == "dobj":
            # "B, with whom A has warred"; "B is a militia that A has fought since 2019"
            target = _relative_antecedent(ctx, verb)
            if target is None and verb.dep_ == "relcl":
                target = ctx.np_actor(verb.head, deep=True) or _described_body(ctx, verb.head)
        else:
            # (the object of a phrasal key is the side itself, not an owner read deep: "A turned on B's radio" is
            # a switch thrown, no rift with B)
            target = ctx.np_actor(o, deep=not (phrasal is not None and o.dep_ == "dobj"))
        if target is None and ruptured and o.lower_ == "them" and subj.pos_ != "PRON":
            # "A, once allied with B, broke with them in 2020": the body the pronoun stands for, not the named subject
            # (not "him" or "her": a person read back past other people is too often the wrong one; not beside a
            # pronoun subject, "after he broke with them", two readings back in one clause)
            # Only a body named before it in the same sentence with no plural common noun there, the likelier
            # antecedent ("X praised the founders of B but broke with them"; "The ministers met B. A broke with
            # them"): dates ("for years") are no antecedent
            target = ctx.pronoun_actor(o, exclude=ctx.np_actor(subj))
            before = o.doc[o.sent.start:o.i]
            if target is not None and (ctx.kind(target) not in ("organization", "country")
                                       or not any(ctx.actor(t) == target for t in before)
                                       or any(t.tag_ == "NNS" and not t.ent_type_ and ctx.actor(t) is None
                                              for t in before)):
                target = None
        if target is None and _every_government(o):
            target = ctx.home_state()  # "X has fought successive governments"
        targets.append(target)
    goals = set(ctx.kb.relations.get("separatist_goals") or ())
    goal = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                 if p.dep_ == "pobj" and norm(p.lemma_) in goals), None) if not others and lemma in hostility else None
    if goal is not None:
        # "the Front has been fighting for autonomy since 2012": against its state, or the state the goal names
        # ("for independence from X", "for autonomy in X's northern province")
        targets = [_goal_state(ctx, goal) or ctx.home_state()]
    sides = [ctx.np_actor(x, deep=x.i == verb.head.i and verb.dep_ == "acl") for x in _list_members(subj)]
    if all(x is None for x in sides) and subj.pos_ in ("NOUN", "PROPN"):
        sides = _stand_ins(ctx, subj)  # "Tolvan's fighters have battled the army since 2019"
    if all(x is None for x in sides) and subj.pos_ == "NOUN" \
            and (ctx.kb.relations.get("of_phrases") or {}).get(subj.lemma_.lower()) == "part_of":
        sides = [ctx.np_actor(subj, deep=True)]  # "factions of the Front clashed with Y for months": the Front's
    if not any(x is not None for x in sides) and norm(subj.lemma_) in cues().ruling_nouns:
        # "Kenya, whose government has feuded with Y", "Kenya's government has warred with Y": the state
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ == "whose":
            sides = [_relative_antecedent(ctx, verb)]
        elif poss is not None:
            sides = [ctx.actor(poss) if poss.pos_ != "PRON" else ctx.pronoun_actor(poss)]
    if not any(x is not None for x in sides) and verb.dep_ == "acl":
        sides = [_leading_antecedent(ctx, verb)]  # "X, which leads the coalition fighting Y"
        if sides[0] is None:
            sides = [described]
    if subj.lower_ in ("who", "which", "that"):
        side = _relative_antecedent(ctx, verb)
        side = side if side is not None else _leading_antecedent(ctx, verb)
        sides = [side if side is not None else described]
    elif subj.pos_ == "PRON":
        sides = [ctx.pronoun_actor(subj, exclude=next((t for t in targets if t is not None), None))]
    sides = [x for x in sides if x is not None]
    # "A and B have clashed repeatedly", "A and B have fought for years": no other side named, the
    # coordinated sides fight each other
    if each_other or lasting and not others and not targets and (lemma in hostility or mutual) \
            and len(set(sides)) > 1 and not _fought_together(ctx, verb):
        ctx.add_pairs(sides, "opposes", verb.sent, 0.65)
        return
    for target in targets:
        for x in sides:
            if target is None or not others and ctx.kind(x) != "organization":
                continue
            ctx.add(x, "opposes", target, verb.sent, 0.65)


def _real_or_future(verb: Token) -> bool:
    """Not ``_unreal``, or unreal only by a plain future ("X will help Y fight Z": a help to come presupposes the fight
    going on); not negated, conditional or no longer ("would help", "will not help", "if X helps Y")."""
    if _conditional(verb):
        return False  # "if X helps Y fight Z"
    if not _unreal(verb):
        return True
    future = {"will", "'ll", "’ll"}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ in future for c in auxes) and not any(c.lower_ in HYPOTHETICAL - future for c in auxes) \
        and not any(c.dep_ == "neg" for c in verb.children) and not _no_longer(verb) and not _hearsay(verb) \
        and not _said_not(verb)


def _goal_state(ctx: _Ctx, goal: Token) -> int | None:
    """The state a separatist goal is won from ("independence from X", "autonomy in X's northern province",
    "self-rule in X"): a country named by a "from" or "in" phrase on the goal (itself, or the possessor or
    modifier of the place it names); None otherwise."""
    for c in goal.children:
        if c.dep_ != "prep" or c.lower_ not in ("from", "in", "within"):
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            for t in (p, *(m for m in p.children if m.dep_ in ("poss", "amod", "compound"))):
                a = ctx.actor(t)
                if a is not None and ctx.kind(a) == "country":
                    return a
    return None


def _span_participle(tok: Token) -> bool:
    """A past participle describing the noun of a span phrase ("until a truce brokered by Y", "until the accord
    signed in 2022"): part of the span's end, not a clause of its own ("until it ran out of shells")."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN"


def _past_description(ctx: _Ctx, noun: Token) -> bool:
    """Whether a describing noun says what a body was, not what it is: "a former militia", "once a militia"
    (relations.yaml not_current_titles on the noun, former_copula_adverbs on it or just before its phrase)."""
    titles, adverbs = _rel_words(ctx, "not_current_titles"), _rel_words(ctx, "former_copula_adverbs")

    def past(tok: Token) -> bool:
        return norm(tok.text) in titles or norm(tok.text) in adverbs

    return any(c.dep_ in ("amod", "advmod") and past(c) for c in noun.children) \
        or noun.left_edge.i >= 1 and past(ctx.doc[noun.left_edge.i - 1])


def _described_body(ctx: _Ctx, noun: Token) -> int | None:
    """The named organisation a body noun (roles.yaml org_nouns, of a kind in relations.yaml fighting_body_kinds)
    describes, in apposition ("X, a militia ...") or as the predicate of "be" ("X is a militia ..."); None for a past description ("X, a former militia",
    "X, once a militia", "X was once a militia": not_current_titles, former_copula_adverbs), a denied or unreal
    copula ("X is not a militia"), a condition ("if X is a militia ..."), or any other noun."""
    if noun.pos_ != "NOUN" or ctx.actor(noun) is not None \
            or ctx.kb.org_nouns.get(norm(noun.lemma_)) not in (ctx.kb.relations.get("fighting_body_kinds") or ()) \
            or _past_description(ctx, noun):
        return None
    if noun.dep_ == "appos":
        a = _described_name(ctx, noun)
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be" and not _unreal(noun.head) and not _denied(noun.head) \
            and not _conditional(noun.head) and not _former_copula(ctx, noun.head) and not any(c.dep_ == "neg" for c in noun.head.children):
        a = _predicate_subject(ctx, noun)
    else:
        return None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _repeated_attacks(ctx: _Ctx, noun: Token) -> None:
    """"A stages almost-daily strikes on B", "A has kept up repeated attacks against B", "A's nightly raids on B",
    "A mounts nightly raids it claims hit B": attacks (word_lists.attack_nouns) called recurring by a word
    on the noun (word_lists.repeated_attack_words) are lasting hostility; one strike is an event. The attacker is the
    possessor or the subject of the verb whose object the noun is (not negated, hypothetical or denied); the other side
    is named after "on", "against" or "at", or is the object of an attack verb in a clause on the noun."""
    if not any(c.dep_ in ("amod", "advmod", "compound") and norm(c.text) in cues().repeated_attack_words
               for c in noun.children):
        return
    owner = _possessor(ctx, noun, None)
    verb = noun.head
    if owner is None and noun.dep_ == "dobj" and verb.pos_ == "VERB":
        if _unreal(verb) or _denied(verb) or _refused(ctx, verb) is not None:
            return
        owner = _clause_subject(ctx, verb)
    if owner is None:
        return
    sides = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at")
             for p in c.children if p.dep_ == "pobj"]
    sides += [o for c in noun.children if c.dep_ in ("relcl", "acl") for v in c.subtree
              if v.pos_ == "VERB" and norm(v.lemma_) in cues().attack_verbs for o in v.children if o.dep_ == "dobj"]
    if not sides:  # "strikes it says target B": a clause the parser hung elsewhere, read up to the clause's end
        for t in noun.doc[noun.i + 1:noun.sent.end]:
            if t.is_punct:
                break
            if t.pos_ == "VERB" and norm(t.lemma_) in cues().attack_verbs:
                sides = [o for o in t.children if o.dep_ == "dobj"]
                break
    for side in sides:
        for q in _list_members(side):
            target = ctx.np_actor(q, deep=True)
            if target is None:  # "strikes on Hezbollah positions", "target Hezbollah members": the owner named before
                target = next((x for x in (ctx.actor(t) for t in q.subtree if t.i < q.i) if x is not None), None)
            if target is not None and target != owner and ctx.kind(target) in ("organization", "country"):
                ctx.add(owner, "opposes", target, noun.sent, 0.6)


def _ties_broken(ctx: _Ctx, verb: Token, broken: dict) -> None:
    """"Relations between A and B broke down", "A's ties with B collapsed", "A severed relations with B", "A and B
    recalled their ambassadors", "A recalled its envoy from B": two sides falling out oppose each other
    (relations.yaml broken_ties; the envoys are roles.yaml envoy_nouns). Not negated, hypothetical or denied, nor
    only asked, threatened or meant ("A urged B to cut ties with C", "A threatened to sever relations with B", "A
    demanded that B break off ties": an infinitive complement, or a clause under broken_ties.wishing_verbs)."""
    if _unreal(verb) or _denied(verb):
        return
    if verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and norm(verb.head.lemma_) in (broken.get("wishing_verbs") or ()):
        return
    lemma = verb.lemma_.lower()
    verbs = broken.get("verbs") or {}
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    where = verbs.get(f"{lemma} {particle}") if particle else None
    where = where or (verbs.get(lemma) if " " not in lemma and not any(k.startswith(lemma + " ") for k in verbs)
                      else None)
    sides: list[int | None] = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def fit(x: int | None) -> bool:
        return x is not None and ctx.kind(x) in ("country", "organization")

    if where is not None:
        noun = next((c for c in verb.children if c.dep_ == where and c.lower_ in (broken.get("relation_nouns") or ())),
                    None)
        if noun is None:
            return
        between = [q for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                   for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
        sides = [ctx.np_actor(q) for q in between]
        if not between:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            first = (ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else ctx.np_actor(poss)) if poss is not None \
                else (_clause_subject(ctx, verb) if where == "dobj" else None)
            other = [q for h in (noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
            if first is not None and other:
                sides = [first, *(ctx.np_actor(q) for q in other)]
            elif poss is None and where == "nsubj" and not other:
                # "A blames B for the floods; relations soon collapsed": the two states named before it
                named = list(dict.fromkeys(x for x in (ctx.actor(t) for t in noun.sent if t.i < noun.i)
                                           if x is not None and ctx.kind(x) == "country"))
                sides = named if len(named) == 2 else []
    elif lemma in (broken.get("envoy_verbs") or ()):
        envoy = next((c for c in verb.children if c.dep_ == "dobj"
                      and (c.lower_ in ctx.kb.envoy_nouns or norm(c.lemma_) in ctx.kb.envoy_nouns)), None)
        if envoy is None or subj is None:
            return
        other = [q for h in (envoy, verb) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
                 for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
        first = _clause_subject(ctx, verb)
        if other:
            sides = [first, *(ctx.np_actor(q) for q in other)]
        elif subj.conjuncts:  # "A and B recalled their ambassadors"
            sides = [ctx.np_actor(q) for q in (subj, *subj.conjuncts)]
    sides = list(dict.fromkeys(x for x in sides if x is not None))
    if len(sides) >= 2 and all(fit(x) for x in sides) and len(sides) <= 3:
        ctx.add_pairs(sides, "opposes", verb.sent, 0.6)


def _wanted_gone(ctx: _Ctx, verb: Token, cue: dict) -> None:
    """"A wants B disbanded", "A, whose leaders want B crushed", "A wants to topple B", "A seeks to destroy B":
    wishing a body gone is lasting hostility, A opposes B (relations.yaml wished_end). The ending verb is a
    participle under a wish verb (its subject or the wish's object is B) or an infinitive under an aim verb (its
    object is B); a negated or hypothetical wish, or B one's own body ("plans to disband its militia"), is none, and so
    is a legislature dissolved (an election called) or a state organ wound up by another (governing, not a feud)."""
    head = verb.head
    wish = norm(head.lemma_)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    ends = set(cue.get("gone_verbs") or ())
    if not (norm(verb.lemma_) in ends or particle and f"{norm(verb.lemma_)} {particle}" in ends):
        return
    if head.pos_ not in ("VERB", "AUX") or _unreal(head) or _denied(head) or _unreal(verb):
        return
    if verb.tag_ in ("VBN", "VBD") and wish in (cue.get("wish_verbs") or ()):
        objs = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        objs = objs or [c for c in head.children if c.dep_ == "dobj"]
    elif verb.tag_ == "VB" and verb.dep_ == "xcomp" and wish in (cue.get("aim_verbs") or ()):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        return
    side = _clause_subject(ctx, head)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if side is None and subj is not None and subj.pos_ == "NOUN":
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)  # "A, whose leaders want B crushed"
        if poss is not None and poss.lower_ == "whose":
            side = _relative_antecedent(ctx, head)
        elif poss is not None:
            side = ctx.actor(poss) if poss.pos_ != "PRON" else ctx.pronoun_actor(poss)
    if side is None:
        return
    for o in (x for o in objs for x in (o, *o.conjuncts)):
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
            continue  # "its militia", "their own force": one's own body
        target = ctx.np_actor(o)
        poss = next((c for c in o.children if c.dep_ == "poss"), None)
        if target is None and poss is not None and norm(o.lemma_) in cues().ruling_nouns:
            target = ctx.actor(poss)  # "to topple B's government", "wants B's council dissolved": B
        if target is None or target == side or ctx.subkind(target) == "legislature" or (
                ctx.subkind(target) in STATE_LIKE_SUBKINDS and ctx.subkind(side) in STATE_LIKE_SUBKINDS - {"military"}):
            continue  # "plans to dissolve the Assembly" (calling a vote); a ministry winding up an agency: governing
        ctx.add(side, "opposes", target, verb.sent, 0.6)


def _recognition_withheld(ctx: _Ctx, verb: Token, cue: dict) -> None:
    """"A refuses to recognise B's government", "A does not recognise the authorities in B", "A withdrew its
    recognition of B's cabinet": denying a government its standing is lasting hostility, A opposes B
    (relations.yaml recognition_refusal). The recognising verb counts only negated ("does not", "has never") or as
    the infinitive of a refusal that is itself not negated; a hypothetical ("would not recognise"), a denial or an
    only-claimed refusal is no stance, nor is a refusal to recognise a result, a deal or a vote (no government noun)."""
    lemma = norm(verb.lemma_)
    objs: list[Token] = []
    if lemma in (cue.get("withdrawal_verbs") or ()):
        if _unreal(verb) or _denied(verb) or verb.dep_ == "xcomp":
            return
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and norm(c.lemma_) in (cue.get("nouns") or ())]
        objs = [q for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for q in (o, *o.conjuncts)]
    elif lemma in (cue.get("verbs") or ()):
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        if negated:
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL for c in verb.children) \
                    or _denied(verb) or _hearsay(verb) or verb.dep_ == "xcomp":
                return
        elif verb.dep_ == "xcomp" and norm(verb.head.lemma_) in (cue.get("refusal_verbs") or ()):
            if _unreal(verb.head) or _denied(verb.head):
                return
        else:
            return
        objs = [q for o in verb.children if o.dep_ == "dobj" for q in (o, *o.conjuncts)]
    owned = set(cue.get("owned_nouns") or ())
    governments = set(ctx.kb.relations.get("nearest_government_nouns") or ()) | owned
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    source = None
    if subj is not None and subj.pos_ == "PRON" and verb.dep_ == "ccomp":
        source = _clause_subject(ctx, verb.head)  # "X said that it does not ...": the speaker
    source = source if source is not None else _clause_subject(ctx, verb)
    if source is None:
        return
    for obj in objs:
        if norm(obj.lemma_) not in governments and obj.lower_ not in governments:
            continue
        target = _government_named(ctx, obj, verb, governments)
        if target is not None and norm(obj.text) in owned and ctx.kind(target) != "country":
            continue  # "the authority of the court": a standing noun owned by no state
        if target is None or target == source or ctx.kind(target) not in ("country", "organization"):
            continue
        ctx.add(source, "opposes", target, verb.sent, 0.6)


def _government_named(ctx: _Ctx, obj: Token, verb: Token, governments: set, depth: int = 0) -> int | None:
    """The actor a government noun phrase names: itself, else its owner or the place after "of" / "in" ("the
    government's authority", "the authority of B's government", "the junta of B", "the government in B", the place
    phrase perhaps hung on the verb); "the government" with no state named is the state whose government was named
    last, else the article's (``_government_named_before``)."""
    target = ctx.np_actor(obj, deep=True)
    if target is not None or depth > 1:
        return target
    named = [c for c in obj.children if c.dep_ == "poss"]
    named += [o for h in (obj, verb) for p in h.children if p.dep_ == "prep"
              and (p.lower_ == "in" or p.lower_ == "of" and h is obj)
              for o in p.children if o.dep_ == "pobj" and (o.pos_ == "PROPN" or norm(o.lemma_) in governments)]
    found = next((x for x in (_government_named(ctx, q, q, governments, depth + 1) for q in named) if x is not None),
                 None)
    owner_told = any(p.dep_ == "prep" and p.lower_ in ("of", "in") for p in obj.children)
    if found is None and not named and not owner_told and norm(obj.lemma_) in governments \
            and (depth or norm(obj.text) not in (ctx.kb.relations.get("recognition_refusal") or {}).get("owned_nouns",
                                                                                                      ())) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
        # "the government's authority", no state named: the one whose government was named last, else the
        # article's state (not when an owner is told but is no state: "the authority of the court"; not a standing
        # noun alone: "the administration")
        found = _government_named_before(ctx, obj)
    return found


def _regarded_as(ctx: _Ctx, verb: Token, of_phrases: dict) -> None:
    """"A regards B as a mortal enemy", "A sees B as its proxy", "A views B as a natural ally": B holds the stance
    role the noun after "as" names (of_phrases: opposes, allied_with or backs, either way) towards A, the subject
    (or towards the owner the noun names itself: "A sees B as C's proxy"). Not negated or hypothetical."""
    if _unreal(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    role = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                 if p.dep_ == "pobj"), None)
    if obj is None or role is None or obj.i > role.i:
        return
    typ = of_phrases.get(role.lemma_.lower()) or of_phrases.get(role.lower_)
    if typ is None or typ.removesuffix("_reverse") not in ("opposes", "allied_with", "backs"):
        return
    # the owner the noun names itself: "as C's proxy", "as an Iranian proxy", "as a proxy of C"
    named = [c for c in role.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "PRON"]
    named += [p for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    owner = next((a for a in (ctx.actor(c) for c in named) if a is not None), None)
    if owner is None:
        owner = _clause_subject(ctx, verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if owner is None and subj is not None and subj.pos_ == "NOUN":
        owner = ctx.np_actor(subj, deep=True)  # "officials in Kenya regard ...", "Damascus's new rulers ..."
    held = ctx.np_actor(obj, deep=True)
    if held is None and obj.pos_ == "PRON" and obj.lower_ in PRONOUN_KINDS:
        held = ctx.pronoun_actor(obj, exclude=owner)  # "observers have described her as Y's closest ally"
    if owner is not None and held is not None and held != owner:
        ctx.add(held, typ, owner, verb.sent, 0.6)
        if typ in ("opposes", "allied_with") and any(c.dep_ == "poss" for c in role.children):
            # "... as Y's most serious rival within the Bloc": the body both belong to
            for q in (p for c in role.children if c.dep_ == "prep" and c.lower_ in INSIDE_PREPS
                      for p in c.children if p.dep_ == "pobj"):
                whole = ctx.np_actor(q)
                if whole is not None and whole not in (held, owner) and ctx.kind(whole) == "organization":
                    ctx.add(held, "member_of", whole, verb.sent, 0.6)
                    ctx.add(owner, "member_of", whole, verb.sent, 0.55)


def _span_end(tok: Token) -> bool:
    """The object of a span preposition ("until the 2016 armistice", "throughout the war", "till May 2011") that
    names a stretch of time: a year in it, a number counting a span noun ("until two years ago"), or a noun of
    word_lists span_nouns, span_end_nouns or lasting_for (not "until Sunday", "until its rifles jammed", "until 4 a.m.",
    "throughout the 12-hour battle": one battle's end or length)."""
    if tok.dep_ != "pobj":
        return False
    if norm(tok.lemma_) in cues().span_nouns or norm(tok.lemma_) in cues().span_end_nouns \
            or tok.lower_ in cues().lasting_for:
        return True
    return any(t.like_num and (_year_like(t) or norm(t.head.lemma_) in cues().span_nouns) and t.ent_type_ != "TIME"
               for t in tok.subtree)


def _year_like(tok: Token) -> bool:
    """A four-digit year ("2016", "1998")."""
    return tok.text.isdigit() and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _aspect_head(verb: Token, words, pos: tuple[str, ...] = ("VERB",)) -> Token | None:
    """The verb of aspect a verb of fighting hangs on (-ing form or "to" infinitive): "began fighting", "will keep
    attacking"; its lemma one of ``words``, not negated. None otherwise."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in pos and head.lemma_.lower() in words \
            and not any(c.dep_ == "neg" for c in head.children):
        return head
    return None


def _second_agents(agent: Token) -> list[Token]:
    """"Y is backed by A and by B", "Y was founded by A, and later by B": the objects of a "by" the parser joined to
    the participle's agent as its conjunct (each a further agent of the same participle)."""
    return [p for c in agent.conjuncts if c.lower_ == "by" and not any(x.dep_ == "neg" for x in c.children)
            for p in c.children if p.dep_ == "pobj"]


def _contest(verb: Token) -> bool:
    """"A fought B for control of the pass", "A and B have battled for dominance of the port": a "for" phrase on the
    verb of fighting whose object is a prize held (relations.yaml word_lists.contest_nouns); not a prize won at the
    polls, in a chamber or in trade ("fought for control of parliament", "vied for control of the market":
    word_lists.unarmed_prizes)."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.dep_ == "pobj" and norm(p.lemma_) in cues().contest_nouns and not _unarmed_prize(p) for p in c.children)
        for c in verb.children)


def _unarmed_prize(noun: Token) -> bool:
    """"control of parliament", "dominance of the market": the "of" object of a contest noun is a chamber, a vote, a
    seat or a trade (relations.yaml word_lists.unarmed_prizes), a contest of politics or business, not of arms."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        q.dep_ == "pobj" and norm(q.lemma_) in cues().unarmed_prizes for p in c.children for q in (p, *p.conjuncts))
        for c in noun.children)


def _foe_against(ctx: _Ctx, verb: Token) -> bool:
    """"A fought with B against C", "A fought with B for control of the pass against C": an "against" phrase naming an
    actor in the verb's own clause (on the verb or on one of its phrases, not inside a clause of another verb)."""
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != "against" or not any(
                p.dep_ == "pobj" and ctx.np_actor(p, deep=True) is not None for p in t.children):
            continue
        h = t.head
        while h.i != verb.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head
        if h.i == verb.i:
            return True
    return False


def _fought_together(ctx: _Ctx, verb: Token) -> bool:
    """"A and B have fought together for years", "A and B fought side by side": a verb of fighting said of its
    coordinated subjects as one side (word_lists.together_words on the verb), so not against each other; so too "A
    and B fought as allies" (an "as" phrase naming one camp: word_lists.one_camp_nouns) and "A and B joined forces
    and fought for control of the town" (a verb of alliance, a preposition_verbs key tying allied_with, coordinated
    with the verb of fighting)."""
    kids = list(verb.children)
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in cues().together_words for c in kids):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "as" and any(
            p.dep_ == "pobj" and norm(p.lemma_) in cues().one_camp_nouns for p in c.children) for c in kids):
        return True
    verbs = [v for v in (*verb.conjuncts, verb.head if verb.dep_ == "conj" else verb) if v.i != verb.i]
    return any(_allying_verb(ctx, v) for v in verbs)


def _allying_verb(ctx: _Ctx, verb: Token) -> bool:
    """"joined forces", "teamed up", "allied": a verb (with its object, "join forces") that is a preposition_verbs key
    tying allied_with (relations.yaml)."""
    preps = ctx.kb.relations.get("preposition_verbs") or {}
    lemma = verb.lemma_.lower()
    keys = [lemma, *(f"{lemma} {w}" for c in verb.children if c.dep_ == "dobj"
                     for w in (norm(c.text), c.lemma_.lower()))]
    return any("allied_with" in (preps.get(k) or {}).values() for k in keys)


def _started_fight(verb: Token) -> bool:
    """"A has begun to fight B", "A started fighting B": a verb of fighting under a verb of starting (relations.yaml
    word_lists.starting_verbs, ``_aspect_head``), not merely threatened or hoped for, and not set at an hour or on a day
    ("began fighting B at dawn on Tuesday": one battle's start)."""
    head = _aspect_head(verb, cues().starting_verbs, ("VERB", "AUX"))
    return head is not None and not _unreal(head) and not any(
        c.dep_ == "prep" and c.lower_ in ("at", "on") and any(
            p.dep_ == "pobj" and p.ent_type_ in ("TIME", "DATE") and not any(_year_like(t) for t in p.subtree)
            for p in c.children) for c in (*head.children, *verb.children))


def _kept_up(ctx: _Ctx, verb: Token) -> bool:
    """"A will keep fighting B", "A said it would continue attacking B": a verb of fighting or attack under a verb of
    continuing (relations.yaml continuing_verbs, ``_aspect_head``), not negated ("will not keep ...") nor stopped."""
    head = _aspect_head(verb, ctx.kb.relations.get("continuing_verbs") or ())
    return head is not None and not _no_longer(head)


def _attack_phrase(verb: Token) -> tuple[list[str] | None, list[Token], bool]:
    """The prepositions to the other side that the relations.yaml attack_phrases entry a verb reads gives ("trade
    fire" when its object is "fire", else the bare verb "fire"), the tokens such a preposition may hang on (the verb
    and its objects), and whether the entry is mutual (a "verb noun" key); (None, [], False) for no entry."""
    phrases = knowledge().relations.get("attack_phrases") or {}
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    for o in objs:
        for key in (f"{lemma} {o.lemma_.lower()}", f"{lemma} {o.lower_}"):  # ("trade insults": the plain word too)
            if key in phrases:
                return phrases[key], [verb, *objs], True
    if lemma in phrases:
        return phrases[lemma], [verb, *objs, *(c for o in objs for c in o.conjuncts)], " " in lemma
    return None, [], False


def _founded_to_fight(ctx: _Ctx, verb: Token, preps: list) -> bool:
    """"a militia formed in 2016 to fight Y", "X was set up to battle Y": a body made for a fight opposes
    its enemy for good (the purpose of its founding). True when the verb is such a purpose."""
    made = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or not (_verb_in(made, cues().forming_verbs) and made.tag_ == "VBN") or _unreal(made):
        return False
    body = next((c for c in made.children if c.dep_ == "nsubjpass"), None)  # "X was set up to fight Y"
    if body is None and made.dep_ == "acl":
        body = made.head  # "a militia formed to fight Y", "X, a force created to fight Y"
    side = ctx.np_actor(body) if body is not None else None
    if side is None and body is not None and body.dep_ == "appos":
        side = ctx.np_actor(body.head)
    if side is None and body is not None:
        side = _collective_anchor(ctx, body)  # "X, an umbrella of armed groups formed to fight Y"
    if side is None and body is not None and body.dep_ == "attr":
        side = _clause_subject(ctx, body.head)  # "X is a militia formed to fight Y"
    if side is None or ctx.kind(side) != "organization":
        return True
    others = [c for c in verb.children if c.dep_ == "dobj"]
    others += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
               if p.dep_ == "pobj"]
    for o in (x for o in others for x in (o, *o.conjuncts)):
        ctx.add(side, "opposes", ctx.np_actor(o, deep=True), verb.sent, 0.65)
    return True


def _none_said(noun: Token, identity: bool = False) -> bool:
    """A tie noun said not to be: under "no" ("no feud with B", "X has no ties to Y", "there is no alliance between A
    and B", "X is no ally of Y"), or the predicate or subject of a negated "be" ("there was never a war between A and
    B"). With ``identity`` (a role noun naming its holder), the subject only of a negated "be" of identity ("the leader
    of Y is not X"), not of one of place or state ("the leader of Y, X, was not at the meeting": X leads Y still)."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    if any(c.dep_ == "neg" and c.i < noun.i and c.nbor().lower_ not in cues().focus_adverbs for c in noun.children):
        return True  # "Never president.", "X, not a member of Y,": a negated description (not "not only leader of Y")
    if any(c.i < noun.i and c.dep_ in ("amod", "advmod") and c.tag_ != "JJ" and any(g.dep_ == "neg" for g in c.children)
           for c in noun.children):
        # "No longer leader of Y.", "Not yet leader of Y.": the negation on the noun's adverb (not on an adjective:
        # "a not insignificant member of Y" is one)
        return True
    be = noun.head
    if noun.dep_ not in ("attr", "nsubj") or norm(be.lemma_) != "be" or not any(c.dep_ == "neg" for c in be.children):
        return False
    return noun.dep_ == "attr" or not identity or any(c.dep_ in ("attr", "expl") for c in be.children)


def _hostile_noun(ctx: _Ctx, noun: Token, preps: list) -> None:
    """"Ostravia's war against the Front", "its insurgency against the state", "the Front has waged an
    insurgency against Ostravia since 2012": the owner (possessor, or the subject of the verb the noun is the
    object of) opposes the other side."""
    if any(c.dep_ == "amod" and norm(c.text) in cues().not_current_words for c in noun.children):
        return
    if noun.dep_ in ("dobj", "nsubjpass") and norm(noun.head.lemma_) in cues().denial_verbs:
        return  # "A denies any rivalry with B", "a feud with B was dismissed": a denied hostility is none
    if _none_said(noun):
        return  # "there was never a war between A and B", "no feud with B": a hostility said not to be
    if "between" in preps:  # "the war between A and B", "a ceasefire between A and B": the two sides
        for c in _between_phrases(noun):
            sides = [ctx.np_actor(q, deep=True) for p in c.children if p.dep_ == "pobj" for q in _list_members(p)]
            sides = list(dict.fromkeys(x for x in sides if x is not None))
            if len(sides) == 1:
                sides += _between_of_conjuncts(ctx, c, sides[0])
            # the side named as a government ("the government of President X") is the state's side too
            ruling = [ctx.np_actor(p, deep=True) for p in c.children if p.dep_ == "pobj"
                      and norm(p.lemma_) in cues().ruling_nouns]
            sides.sort(key=lambda x: 2 if x in ruling else _state_side(ctx, x))  # a state's foe opposes it
            ctx.add_pairs(sides, "opposes", noun.sent, 0.6)
    if "between" in preps and noun.dep_ == "dobj" and norm(noun.head.lemma_) in cues().side_verbs \
            and not _unreal(noun.head) and not _denied(noun.head) and _refused(ctx, noun.head) is None \
            and not any(c.dep_ == "neg" for c in noun.head.children):
        # "A and B signed a truce", "the government and the rebels have fought a war since 2016": the
        # coordinated subjects are the two sides
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        sides = [ctx.np_actor(q, deep=True) for q in _list_members(subj)] if subj is not None else []
        sides = list(dict.fromkeys(x for x in sides if x is not None))
        sides.sort(key=lambda x: _state_side(ctx, x))
        ctx.add_pairs(sides, "opposes", noun.sent, 0.6)
    # the preposition may hang on the verb whose object the noun is: "A signed a truce with B"
    heads = (noun, noun.head) if noun.dep_ == "dobj" else (noun,)
    others = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "between"
              and c.i > noun.i for p in c.children if p.dep_ == "pobj"]
    if not others:
        return
    owner = _possessor(ctx, noun, None)
    owners = []
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "conj" and noun.head.dep_ == "dobj" \
        else None  # ("they announced a truce and a joint front against Y")
    if owner is None and verb is not None and verb.pos_ == "VERB" and not _unreal(verb) \
            and _refused(ctx, verb) is None and not _denied(verb) \
            and not _verb_in(verb, cues().hosting_verbs):  # "Qatar brokered a truce with X": a mediator
        owner = _clause_subject(ctx, verb)
        if owner is None and _participle_clause(verb) and not _unreal(verb.head) and not _denied(verb.head):
            owner = _clause_subject(ctx, verb.head)  # "X refused the bill, deepening a feud with Y": the main subject's
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if owner is not None and subj is not None and subj.pos_ != "PRON":
            owners = [ctx.np_actor(c) for c in _list_members(subj)]  # "A and B formed a front against Y": each
    if owner is None and norm(noun.lemma_) in cues().collective_nouns:
        owner = ctx.np_actor(noun)  # "the Ostravian-led coalition against the Front": the body the noun names
    if owner is None:
        return
    for o in others:
        for q in _list_members(o):
            for one in dict.fromkeys(x for x in (owner, *owners) if x is not None):
                ctx.add(one, "opposes", ctx.np_actor(q, deep=True), noun.sent, 0.6)


def _pitted(ctx: _Ctx, verb: Token, preps: list, hostile_nouns: dict) -> None:
    """"The clashes pitted A against B", "a war that pitted A and B against C" (relations.yaml pitting_verbs): a fight
    (a hostility noun as the subject, or as the antecedent of the relative subject) sets each side named as the
    object against each named after the preposition; not negated, unreal or denied ("the vote could pit A against B"
    is no fight yet; "the election pitted A against B" no fight at all)."""
    if _unreal(verb) or _denied(verb) or _former_copula(ctx, verb):
        return  # ("the war once pitted A against B": over)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or norm(subj.lemma_) not in hostile_nouns and subj.lower_ not in hostile_nouns:
        return
    sides = [ctx.np_actor(q, deep=True) for c in verb.children if c.dep_ == "dobj" for q in _list_members(c)]
    others = [ctx.np_actor(q, deep=True) for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj" for q in _list_members(p)]
    for side in dict.fromkeys(x for x in sides if x is not None):
        for other in dict.fromkeys(x for x in others if x is not None):
            ctx.add(side, "opposes", other, verb.sent, 0.6)


def _ranked(verb: Token) -> bool:
    """"X stands behind Y in the polls", "X stood behind Y in the rankings with 12 percent": a place in a ranking
    (an "in" or "with" object of word_lists.ranking_nouns on the verb), no backing."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "with") and any(
        p.dep_ == "pobj" and norm(p.lemma_) in cues().ranking_nouns for p in c.children) for c in verb.children)


def _between_phrases(noun: Token) -> list[Token]:
    """The "between" phrases naming the sides of a hostility noun: on the noun ("the fighting between A and B"), or,
    where the parser hung it there, on the verb the noun is the subject of ("clashes erupted between A and B",
    "fighting was reported between A and B") or on a verb describing the noun ("fighting flared between A and B"
    parsed as a participle on "fighting"); not on a verb that is negated or unreal ("clashes could erupt between A and
    B", "no fighting was reported": the latter is _none_said) or that only foresees the fight ("clashes are expected
    between A and B": word_lists.expectation_verbs)."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    if own:
        return own
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else \
        [c for c in noun.children if c.dep_ == "acl"] if noun.dep_ == "ROOT" else []
    return [c for v in verbs if v.pos_ in ("VERB", "AUX") and not _unreal(v) and not _denied(v)
            and not any(x.dep_ == "neg" for x in v.children) and norm(v.lemma_) not in cues().expectation_verbs
            for c in v.children if c.dep_ == "prep" and c.lower_ == "between"]


def _between_of_conjuncts(ctx: _Ctx, between: Token, first: int) -> list[int]:
    """"a war between the regime of X and the Y": a "between" phrase naming one side only, whose noun's "of" phrase
    holds a coordinated list; the parser joined the second side to the first side's owner ("the regime of [X and
    the Y]"); the names after the first of that list are the other sides."""
    pobj = next((p for p in between.children if p.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or pobj.conjuncts:
        return []
    owned = next((q for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"
                  for q in c.children if q.dep_ == "pobj"), None)
    if owned is None or not owned.conjuncts:
        return []
    others = (ctx.np_actor(q, deep=True) for q in _list_members(owned) if q.i != owned.i and q.dep_ == "conj")
    return [x for x in dict.fromkeys(others) if x is not None and x != first]


def _body_noun(ctx: _Ctx, noun: Token, a: int) -> bool:
    """The head noun of an organisation's own mention, a body noun ("the Ostravian-led coalition against the
    Front", word_lists.collective_nouns): the name is the body itself, not another actor's."""
    return ctx.kind(a) == "organization" and norm(noun.lemma_) in cues().collective_nouns \
        and ctx.tok2m[noun.i] >= 0 and ctx.mentions[ctx.tok2m[noun.i]].end - 1 == noun.i


def rebel_named(kb, name: str) -> bool:
    """Whether a body's name holds a rebel word (relations.yaml rebel_name_words): "the Free Kavel Army", not "the
    Kavel Army"."""
    return not {norm(w) for w in kb.relations.get("rebel_name_words") or ()}.isdisjoint(norm(name).split())


def _state_side(ctx: _Ctx, a: int) -> bool:
    """A state, or one of its forces ("a ceasefire between Kavel's army and the separatist Front"): the side a war's
    other side (the rebels) is said to oppose."""
    if ctx.kind(a) == "country" or ctx.actors[a].key.startswith("inst:"):  # ("Kavel's army": an institution)
        return True
    return ctx.subkind(a) == "military" and not rebel_named(ctx.kb, ctx.actors[a].name)


def _hostile_state(ctx: _Ctx, verb: Token, states: dict) -> None:
    """"A has been at war with B since 2015", "A is locked in a feud with B", "A and B are at war":
    a state of hostility (preposition -> nouns in relations.yaml hostile_states) is a lasting tie."""
    if verb.lemma_.lower() not in (ctx.kb.relations.get("hostile_state_verbs") or ()) \
            or _unreal(verb) or _refused(ctx, verb) is not None:
        return  # "died in the war with B" says nothing lasting about the subject (the cheap test first)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in states:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not {norm(noun.lemma_), norm(noun.text)} & set(states[prep.lower_]):
                continue
            sides_after = ctx.kb.relations.get("hostile_state_sides") or ("with",)
            withs = [p for pr in (*noun.children, *verb.children) if pr.dep_ == "prep" and pr.lower_ in sides_after
                     for p in pr.children if p.dep_ == "pobj"]
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and not (withs and verb.dep_ == "conj"):
                continue  # ("A is recognised as the government and is at war with B": the first verb's subject)
            if not withs and norm(noun.lemma_) in (ctx.kb.relations.get("named_side_states") or ()):
                continue  # "A and B are in opposition": to the government, not to each other
            if withs:
                owner = _clause_subject(ctx, verb)
                for p in withs:
                    for q in (p, *p.conjuncts):
                        ctx.add(owner, "opposes", ctx.np_actor(q, deep=True), verb.sent, 0.6)
            else:  # "A and B have been at war since 2015": each other
                sides = [x for x in (ctx.np_actor(m) for m in _list_members(subj)) if x is not None]
                ctx.add_pairs(sides, "opposes", verb.sent, 0.6)


def _held_state(ctx: _Ctx, verb: Token, states: dict) -> None:
    """"A has been on B's payroll for years": a place in B's keeping (relations.yaml held_states) ties A to B."""
    if not states or verb.lemma_.lower() not in (ctx.kb.relations.get("hostile_state_verbs") or ()) \
            or _unreal(verb) or _denied(verb):  # (_unreal reads a negation too)
        return
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in states:
            continue
        for noun in prep.children:
            typ = states[prep.lower_].get(norm(noun.lemma_)) if noun.dep_ == "pobj" else None
            if typ is None:
                continue
            owner = next((ctx.np_actor(c) for c in noun.children if c.dep_ == "poss"), None)
            ctx.add(_clause_subject(ctx, verb), typ, owner, verb.sent, 0.6)


def _partnership(ctx: _Ctx, verb: Token, nouns: list) -> None:
    """"A governed together with B", "A sits in coalition with B": A allied with B."""
    doc = verb.doc
    deps, lows = token_deps(doc), token_lowers(doc)[0]
    if not any(deps[c] == "dobj" or deps[c] == "prep" and lows[c] in ("with", "in", "into")
               or deps[c] == "advmod" and lows[c] == "together" for c in token_children(doc)[verb.i]):
        return  # no object, "with", "in" or "together" phrase: no partner named (asked of every verb)
    if _unreal(verb) or _conditional(verb) or norm(verb.lemma_) in cues().undoing_verbs:
        return  # ("A left / broke off its alliance with B": word_lists.undoing_verbs; "if A governs with B")
    refusals = _refusal_verbs(ctx.kb)
    refusing = (verb.lemma_.lower(),) in refusals or any(
        (verb.lemma_.lower(), c.lower_) in refusals for c in verb.children if c.dep_ == "prt")
    if refusing:  # "X ruled out any cooperation with Y"
        nouns = [*nouns, *cues().cooperation_nouns]
    partners = _joint_objects(verb)  # "A governed together with B"
    # "A went (back) into government with B": the "in"/"into" phrase may hang on "back" and the "with" on the verb
    steps = [*verb.children, *(x for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"
                               for x in c.children)]
    for c in steps:
        if c.dep_ == "prep" and c.lower_ in ("in", "into"):
            for n in c.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in nouns:
                    found = [p for pr in n.children if pr.dep_ == "prep" and pr.lower_ == "with"
                             for p in pr.children if p.dep_ == "pobj"]
                    if not found and c.lower_ == "into" and not any(o.dep_ == "dobj" for o in verb.children):
                        # (a name only: not "came back into government with a new leader, X", "with the support of
                        # Y", "with X as premier")
                        found = [p for pr in verb.children if pr.dep_ == "prep" and pr.lower_ == "with"
                                 for p in pr.children if p.dep_ == "pobj" and ctx.actor(p) is not None
                                 and not _with_not_partner(ctx, verb, p)]
                    partners += found
                    # "she pledged to keep the party in the coalition with B": the object is the partner
                    placed = next((ctx.np_actor(o) for o in verb.children if o.dep_ == "dobj"), None) \
                        if found else None
                    if placed is not None and ctx.kind(placed) == "organization" and not refusing \
                            and _refused(ctx, verb) is None:
                        for p in found:
                            for q in (p, *p.conjuncts):
                                ctx.add(placed, "allied_with", ctx.np_actor(q), verb.sent, 0.6)
                        partners = [p for p in partners if p not in found]
        if c.dep_ == "dobj" and (c.lemma_.lower() in nouns or any(
                x.dep_ == "compound" and x.lemma_.lower() in nouns for x in c.children)) \
                and not any(x.dep_ == "poss" and x.pos_ != "PRON" for x in c.children) and not _none_said(c) \
                and not _truce_pact(c) and norm(verb.lemma_) not in cues().denial_verbs:
            # (not "a non-aggression pact with B": word_lists.truce_pact_words; not "A denied its alliance with B", an
            # object denied: word_lists.denial_verbs, whereas "A contested the vote in an alliance with B" ran in one)
            # (not "X defended the party's coalition with B": the owner's alliance, _owned_alliance)
            # "A announced an alliance with B", "A struck a coalition deal with B" (the "with" may hang
            # on the verb)
            preps = [pr for pr in (*c.children, *verb.children) if pr.dep_ == "prep" and pr.lower_ == "with"]
            partners += [p for pr in preps for p in pr.children if p.dep_ == "pobj"]
    if not partners:
        return
    refusal = _refused(ctx, verb)
    if refusal is not None and _unreal(refusal):
        return
    # refusing an alliance ("X rejected an alliance with Y", "X refused to govern together with Y") is hostility
    typ = "opposes" if refusing or refusal is not None else "allied_with"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = _gerund_subject(verb)  # "A won six seats after running in an alliance with B"
    if subj is None:
        return
    if subj.lower_ in ("who", "which", "that"):
        owner = _relative_antecedent(ctx, verb)
    elif subj.pos_ == "PRON":
        owner = ctx.pronoun_actor(subj)
    else:
        owner = ctx.np_actor(subj)
    # "Velnia's parliament ratified a defence pact with Y": a state's own institution binds its state
    state = _institution_state(ctx, owner) if typ == "allied_with" else None
    owner = owner if state is None else state  # (not "Velnia's parliament rejected a pact with Y": no state's foe)
    for p in partners:
        for q in (p, *p.conjuncts):
            ctx.add(owner, typ, ctx.np_actor(q) if typ != "opposes" else _partner_actor(ctx, q), verb.sent, 0.6)


def _mutual_regard(ctx: _Ctx, verb: Token, of_phrases: dict) -> None:
    """"A and B regard each other as enemies", "the two see one another as rivals": both sides hold the view, so
    the tie the noun after "as" names (of_phrases: opposes or allied_with) holds between the subjects listed."""
    if _unreal(verb) or _denied(verb):
        return
    if not any(c.dep_ == "dobj" and (c.lower_ == "other" and any(x.lower_ == "each" for x in c.children)
                                     or c.lower_ == "one" and any(x.lower_ == "another" for x in c.children))
               for c in verb.children):
        return
    typ = next((of_phrases.get(p.lemma_.lower()) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                for p in c.children if p.dep_ == "pobj"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if typ not in ("opposes", "allied_with") or subj is None:
        return
    sides = list(dict.fromkeys(x for x in (ctx.np_actor(m) for m in _list_members(subj)) if x is not None))
    ctx.add_pairs(sides, typ, verb.sent, 0.6)


def _against_phrase(ctx: _Ctx, prefix: Token) -> None:
    """"the anti-Karvel Borsk Guard", "the Guard, the main anti-Karvel force,", "X is part of the anti-Karvel camp",
    "X, an alliance of anti-Karvel factions that ...": a prefix of word_lists.against_prefixes before a name, on the
    noun the phrase heads, says the body that noun names or describes stands against the one named: it opposes it.
    The body is the noun's own name, the name it is in apposition with or said of, or the one said to be a part
    (word_lists.camp_member_nouns) of it or to be an alliance (alliance_nouns) of such bodies; never a person ("an
    anti-Karvel cleric" is one man's view)."""
    doc = ctx.doc
    target = ctx.actor(doc[prefix.i + 2])
    if target is None or target == ctx.actor(prefix.head):  # "anti-Houthi": a name the mention finder left inside
        # the word, or took into the name the prefix is on
        word = norm(doc[prefix.i + 2].text)
        named = {a.idx for a in ctx.actors if a.kind in ("organization", "country") and a.mentions and any(
            norm(n) in (word, word + "s") for n in (*a.names, *a.extra_aliases))}
        target = named.pop() if len(named) == 1 else None
    noun = prefix.head
    if target is None or noun.i <= prefix.i + 2 or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in ("-",):
        return
    cue = cues()
    owner = ctx.actor(noun) if noun.pos_ == "PROPN" else None
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if owner is None and holder is not None and norm(holder.lemma_) in cue.alliance_nouns:
        noun = holder  # "X, an alliance of anti-Y factions": the alliance is X
    if owner is None and holder is not None and norm(holder.lemma_) in cue.camp_member_nouns and holder.dep_ == "attr":
        owner = _clause_subject(ctx, holder.head)  # "X is part of the anti-Y camp"
    elif owner is None and noun.dep_ == "appos":
        owner = ctx.np_actor(noun.head)  # "X, the main anti-Y force,"
    elif owner is None and noun.dep_ == "attr":
        owner = _clause_subject(ctx, noun.head)  # "X is the main anti-Y force"
    if owner is None or owner == target or ctx.kind(owner) not in ("organization", "country"):
        return
    ctx.add(owner, "opposes", target, prefix.sent, 0.6)


def _hostile_regard(ctx: _Ctx, verb: Token, of_phrases: dict) -> None:
    """"Ostravia regards the Front as a terrorist organisation", "Washington designated the group as a terrorist
    organisation", "the militia, which Karvel sees as a threat": whoever calls another by a hostile label (a verb of
    word_lists.labelling_verbs, "as", a label noun of_phrases ties by opposes or one word_lists.hostile_labels names,
    as the noun or a word on it) opposes it. "its proxy" (a label its owner gives its own) is no hostility. The label
    may be a second object ("Karvel designated the Front a terrorist organisation", "a faction that Karvel designates
    a terrorist organisation"), and the labeller the agent of a passive ("the Front, designated a terrorist
    organisation by A and B,": _passive_labellers)."""
    if verb.pos_ != "VERB" or _unreal(verb) or _denied(verb) or _conditional(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    labels = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    labels += [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]  # "Karvel branded the Front terrorists"
    hostile = cues().hostile_labels

    def is_hostile(label: Token) -> bool:
        if of_phrases.get(norm(label.lemma_)) == "opposes" or of_phrases.get(norm(label.text)) == "opposes":
            return True
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in label.children):
            return False  # "Iran sees the Front as its proxy": its own
        return any(norm(t.text) in hostile or norm(t.lemma_) in hostile for t in (label, *label.children)
                   if t is label or t.dep_ in ("amod", "compound"))
    # "Karvel designated the Front a terrorist organisation": an object that is itself a hostile label is the label
    named = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.actor(c) is None and is_hostile(c)]
    labels += named
    if not any(is_hostile(x) for x in labels):
        return
    if any(c.dep_ in ("nsubjpass", "agent") for c in verb.children) \
            or named and any(c.dep_ == "prep" and c.lower_ == "by" for h in (verb, *named) for c in h.children):
        _passive_labellers(ctx, verb, named)
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c not in named), None)
    if obj is not None and obj.lower_ in ("other", "one"):
        return  # "A and B regard each other as enemies" (_mutual_regard)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (obj is None or obj.lower_ in ("which", "that", "whom")) \
            and subj is not None and subj.lower_ not in ("who", "which", "that"):
        obj = verb.head  # "the Front, which Karvel regards as a terrorist group", "whose group X designated as ..."
    if obj is None:
        return
    source = _clause_subject(ctx, verb)
    # "Ostravia regards it as ...": "it" is another than the one regarding
    target = ctx.pronoun_actor(obj, exclude=source) if obj.pos_ == "PRON" else ctx.np_actor(obj, deep=True)
    if target is None and obj.i == verb.head.i and obj.pos_ == "NOUN" and obj.dep_ == "appos":
        target = ctx.np_actor(obj.head)  # "the Front, a faction that Karvel designates a terrorist organisation"
    if target is not None and obj.pos_ == "NOUN" and ctx.kind(target) == "person":
        return  # "X, whose group Y designated as ...": the group, not its leader (unnamed here)
    if target is not None and _demonym_plural(ctx, obj, target):
        return  # "designated five Malian armed factions as terrorist groups": the factions, not Mali
    if source is None or target is None or source == target \
            or ctx.kind(target) not in ("organization", "country", "person"):
        return
    ctx.add(source, "opposes", target, verb.sent, 0.6)


def _demonym_plural(ctx: _Ctx, noun: Token, target: int) -> bool:
    """"five Malian armed factions", "three Libyan militias": a plural common noun (no state noun of roles.yaml
    state_nouns: "Malian officials" are the state's) whose state ``target`` is found only in an adjective or name
    before it names several bodies from that state, not the state itself."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or ctx.actor(noun) is not None or ctx.kind(target) != "country" \
            or noun.lower_ in ctx.kb.state_nouns or norm(noun.lemma_) in ctx.kb.state_nouns:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and ctx.actor(c) == target for c in noun.children)


def _passive_labellers(ctx: _Ctx, verb: Token, labels: list[Token]) -> None:
    """"The Front, designated a terrorist organisation by A, B and C, ...", "the Front is designated a terrorist group
    by Karvel": each state or organisation of the "by" phrase (on the verb or on its label) opposes the one labelled
    (the passive's subject, or the name the participle describes); persons and unnamed agents give nothing."""
    agents = [q for h in (verb, *labels) for c in h.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
              for p in c.children if p.dep_ == "pobj" for q in _list_members(p)]
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None and not any(c.dep_ == "dobj" and c not in labels for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # (the parser's active reading)
    target = ctx.np_actor(subj, deep=True) if subj is not None and subj.pos_ != "PRON" else None
    if target is None and verb.dep_ in ("acl", "advcl", "relcl"):
        target = _participle_holder(ctx, verb)
    if target is None or ctx.kind(target) != "organization":
        return
    for q in agents:
        source = ctx.np_actor(q)
        if source is not None and source != target and ctx.kind(source) in ("country", "organization"):
            ctx.add(source, "opposes", target, verb.sent, 0.6)


def _joint_list(ctx: _Ctx, noun: Token) -> None:
    """"A, which ran on a joint list with B", "A formed a common slate with B", "A and B stood on a joint ticket":
    the subject of the verb the list hangs on (directly or through a preposition) is allied with the partner after
    "with", or the subjects listed together with each other."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX") or _unreal(verb) or _denied(verb) or _refused(ctx, verb) is not None \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    partners = [q for h in (noun, verb) for pr in h.children if pr.dep_ == "prep" and pr.lower_ == "with"
                for p in pr.children if p.dep_ == "pobj" for q in _list_members(p)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    fits = ("organization", "country")
    named = _list_name(ctx, noun)
    sides: list[int] = []
    if partners:
        owner = _clause_subject(ctx, verb)
        for q in partners:
            x = ctx.np_actor(q, deep=True)
            if owner is not None and x is not None and ctx.kind(owner) in fits and ctx.kind(x) in fits:
                ctx.add(owner, "allied_with", x, noun.sent, 0.6)
                sides += [owner, x]
    elif subj is not None:
        sides = list(dict.fromkeys(x for x in (ctx.np_actor(m) for m in _list_members(subj))
                                   if x is not None and ctx.kind(x) in fits))
        ctx.add_pairs(sides, "allied_with", noun.sent, 0.6)
    for x in dict.fromkeys(sides):
        if named is not None and x != named:
            ctx.add(x, "member_of", named, noun.sent, 0.6)  # "A and B formed a joint list, C": members of C


def _list_name(ctx: _Ctx, noun: Token) -> int | None:
    """The organisation a joint list is named as: in apposition ("a joint list, the X Alliance,"), "called X", or
    the name right after the comma however the parser hung it ("formed a joint list, the X Alliance."); None when
    the list is not named."""
    doc = noun.doc
    for c in noun.children:
        a = ctx.actor(c) if c.dep_ == "appos" and c.i > noun.i else None
        if c.dep_ == "acl" and c.lemma_ in ("call", "name", "dub"):
            a = next((ctx.actor(x) for x in c.children if x.dep_ in ("oprd", "attr", "dobj", "xcomp")
                      and ctx.actor(x) is not None), None)
        if a is not None and ctx.kind(a) == "organization":
            return a
    k = noun.i + 2
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "," or k >= len(doc) or ctx.tok2m[k] < 0:
        return None
    m = ctx.mentions[ctx.tok2m[k]]
    if m.start != k or m.actor < 0 or ctx.kind(m.actor) != "organization" \
            or m.end < len(doc) and doc[m.end].text not in (",", ".", ";", ")", "-", "\u2013", "\u2014"):
        return None
    return m.actor


def _unnamed_alliance(ctx: _Ctx, noun: Token) -> None:
    """Members of an alliance the text does not name are allied with each other."""
    if _none_said(noun):
        return  # "there is no alliance between A and B"
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and norm(noun.head.head.text) in cues().prospect_nouns:
        return  # "talks on an alliance between A and B": only discussed
    _owned_alliance(ctx, noun)  # "A's coalition with B", "its pact with B"
    members = _of_members(noun, ("of", "between"))
    doc = noun.doc
    if not members and noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "\u2013", "\u2014", ",", ":"):
        # "the so-called duo - A and B -", "the bloc, A and B,": the members in apposition (or parsed as conjuncts)
        members = [m for c in noun.children if c.dep_ in ("appos", "conj") and c.i > noun.i for m in _list_members(c)]
        members = members if len(members) >= 2 else []
    verb = noun.head
    signatories = False  # "A, chairman of P, and B signed a coalition agreement": people may sign for their bodies
    if not members and noun.dep_ == "dobj" and verb.lemma_.lower() in cues().forming_verbs and not _unreal(verb):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        members = _list_members(subj) if subj is not None else []
        signatories = True
    if not members:
        members = _dashed_list(noun)
    signed = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and not _unreal(c)
                   and c.lemma_.lower() in cues().forming_verbs), None)
    if not members and signed is not None:
        # "X keeps advisers there under a security agreement signed with Y": X and Y
        partners = [q for pr in signed.children if pr.dep_ == "prep" and pr.lower_ == "with"
                    for p in pr.children if p.dep_ == "pobj" for q in _list_members(p)]
        head = noun.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # (stops at a verbless root)
            head = head.head
        owner = _clause_subject(ctx, head) if head.pos_ in ("VERB", "AUX") and not _unreal(head) else None
        for q in partners:
            x = ctx.np_actor(q, deep=True)
            if owner is not None and x is not None and ctx.kind(x) in ("organization", "country") \
                    and ctx.kind(owner) in ("organization", "country"):
                ctx.add(owner, "allied_with", x, noun.sent, 0.6)
    sides = []
    kinds = ("organization", "country", "person") if signatories else ("organization", "country")
    for m in members:
        x = ctx.np_actor(m)
        if x is not None and ctx.kind(x) in kinds and x not in sides:
            sides.append(x)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "between")), None)
    if len(sides) < 2 and of is not None:  # "an alliance of A (AA), B and C": the brackets break the parse
        sides = list(dict.fromkeys([*sides, *_bracketed_list(ctx, of.i + 1)]))
    if not 2 <= len(sides) <= 5:
        return
    ctx.add_pairs(sides, "allied_with", noun.sent, 0.6)
    _composed_whole(ctx, noun, _of_members(noun, ("of", "between")))


def _owned_alliance(ctx: _Ctx, noun: Token) -> None:
    """"A's coalition with B has held since 2019", "the party's pact with B", "its alliance with B and C": an alliance
    noun (word_lists.alliance_nouns) owned by a body, with its partners after "with", allies the owner with each. Not
    one told as past or not yet (word_lists.not_current_words, "A's former coalition with B"; "talks on A's alliance
    with B" is read before), not one said not to be, denied, or undone: its verb or the noun above it one that ends
    or breaks it ("A's pact with B collapsed", "A quit its coalition with B", "the end of A's alliance with B":
    word_lists.undoing_verbs, ending_verbs and the verbs of broken_ties; also a relative clause on the noun, "A's pact
    with B, which collapsed in 2019"), nor one only wished or supposed ("A's planned coalition with B", "if A's
    coalition with B holds"), nor one said to be over."""
    withs = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i
             for p in c.children if p.dep_ == "pobj"]
    if not withs or not any(c.dep_ == "poss" for c in noun.children) or _truce_pact(noun):
        return  # ("A's non-aggression pact with B": word_lists.truce_pact_words)
    cue = cues()
    broken = ctx.kb.relations.get("broken_ties") or {}
    if any(c.dep_ in ("amod", "advmod") and norm(c.text) in (*cue.not_current_words, *(
            ctx.kb.relations.get("not_current_titles") or ())) for c in noun.children):
        return  # "A's old alliance with B", "A's possible coalition with B"
    if any(c.dep_ == "amod" and c.tag_ == "VBN" and norm(c.lemma_) in (broken.get("wishing_verbs") or ())
           for c in noun.children):
        return  # "A's planned / proposed coalition with B": only wished (broken_ties.wishing_verbs)
    ending = {*cue.undoing_verbs, *cue.ending_verbs, *cue.denial_verbs,
              *(k.split()[0] for k in (broken.get("verbs") or {}))}
    up = noun
    while up.dep_ in ("conj", "appos") and up.head is not up:
        up = up.head
    over = up.head.head if up.dep_ == "pobj" else up.head  # ("the end of A's alliance", "pulled out of A's pact")
    # the verb over it, the noun above that, or a clause on the noun or its last partner, where the parser hangs it
    # ("A's pact with B, which collapsed in 2019"); a condition ("if A's coalition with B holds"), a copula saying
    # it is over ("... was over") or a verb that has it come apart ("... fell apart") is none
    last = max((withs[-1], *withs[-1].conjuncts), key=lambda t: t.i)
    for h in (up.head, over, *(c for x in (noun, last) for c in x.children if c.dep_ == "relcl")):
        if h is not up and (norm(h.lemma_) in ending or h.pos_ in ("VERB", "AUX") and (
                _unreal(h) or _denied(h) or _conditional(h)
                or any(c.dep_ == "neg" or c.lower_ == "apart" or h.lemma_ == "be" and c.lower_ == "over"
                       for c in h.children))):  # ("... fell apart in 2016")
            return
    if _none_said(noun) or up.head.pos_ in ("VERB", "AUX") and _former_copula(ctx, up.head):
        return
    # (a partner is no owner: "A has been in coalition with B, and its coalition with C ...": with B excluded the
    # subject wins over the closer name)
    owner = _possessor(ctx, noun, ctx.np_actor(withs[0], deep=True))
    if owner is None or ctx.kind(owner) not in ("organization", "country", "person"):
        return
    for p in withs:
        for q in _list_members(p):
            other = ctx.np_actor(q, deep=True)
            if other is not None and other != owner and ctx.kind(other) in ("organization", "country", "person"):
                ctx.add(owner, "allied_with", other, noun.sent, 0.6)


def _counted_group_name(ctx: _Ctx, noun: Token) -> None:
    """"The plan was put forward by A, B, C and D. ... drafted by the four countries known as the Quad": a counted
    plural ("the four countries", "the three parties") given a name ("known as X", "called X") stands for the list
    of that many names of its kind (states for "countries", organisations for other nouns) in its sentence or the
    one before; each is a member of the named group."""
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if count is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return
    from kingmaker.nlp.facts import parse_number  # (facts reads this module: imported when first needed)
    n = parse_number(count.text)
    if n is None or not 2 <= n <= 8:
        return
    named = None
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name")):
        for x in acl.children:
            q = next((p for p in x.children if p.dep_ == "pobj"), None) if x.dep_ == "prep" and x.lower_ == "as" \
                else x if x.dep_ in ("oprd", "attr", "xcomp") else None
            named = ctx.actor(q) if q is not None and named is None else named
    if named is None or ctx.kind(named) != "organization":
        return
    kind = "country" if norm(noun.lemma_) in ("country", "state", "nation", "government") else "organization"
    doc = ctx.doc
    start = ctx._sentences_back(noun.sent.start, 1)
    for i in range(noun.i - 1, start - 1, -1):
        t = doc[i]
        a = ctx.actor(t)
        if a is None or t.dep_ == "conj" or not t.conjuncts:
            continue
        members = list(dict.fromkeys(x for x in (ctx.np_actor(c) for c in (t, *t.conjuncts)) if x is not None))
        if len(members) == n and all(ctx.kind(m) == kind for m in members) and named not in members:
            for m in members:
                ctx.add(m, "member_of", named, noun.sent, 0.6)
            return


def _dashed_list(noun: Token) -> list[Token]:
    """The list a dash or colon opens right after the noun, whatever the parser made of it: "the ruling duo -
    A and B - objected", "the axis: A, B and C" (its first name's head and the names coordinated with it)."""
    doc = noun.doc
    k = noun.i + 1
    if k + 1 >= len(doc) or doc[k].text not in ("-", "—", "–", ":"):
        return []
    k += 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k >= len(doc):
        return []
    first = doc[k]
    while first.dep_ == "compound" and k < first.head.i < k + 5:
        first = first.head
    return _list_members(first)


def _of_members(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The listed objects of the noun's "of" (or "between") phrase: "an alliance of A, B and C"."""
    return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj" for m in _list_members(p)]


def _named_whole(ctx: _Ctx, noun: Token) -> int | None:
    """The organisation a describing noun is said of: "X, an alliance of ..." (apposition) or "X is an
    alliance of ..." (the subject of the copula)."""
    if noun.dep_ == "appos":
        whole = ctx.np_actor(noun.head)
        # ("the deputies belong to X, the alliance of A and B": the apposition the parser hung on the verb or its
        # subject describes the body named right before its comma)
        return whole if whole is not None or noun.head.i >= noun.left_edge.i - 2 else _body_before_comma(ctx, noun)
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and not _unreal(noun.head):
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return ctx.np_actor(subj) if subj is not None and subj.pos_ == "PROPN" else None
    return None


def _composed_whole(ctx: _Ctx, noun: Token, members: list[Token]) -> None:
    """"The X Accord is an alliance of A, B and C", "X, a joint undertaking of A and B": the named
    organisation is made of the organisations listed, each a member of it."""
    whole = _named_whole(ctx, noun)
    if whole is None or ctx.kind(whole) != "organization":
        return
    found = [ctx.np_actor(m) for m in members]
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "between")), None)
    if of is not None:
        found += _bracketed_list(ctx, of.i + 1)  # "of A (AA), B and C (CC)": the brackets break the parse
    for x in dict.fromkeys(found):
        if x is not None and x != whole and ctx.kind(x) in ("organization", "country"):
            ctx.add(x, "member_of", whole, noun.sent, 0.6)


def _bracketed_list(ctx: _Ctx, i: int) -> list[int]:
    """Organisations and states named one after another from token i, each perhaps followed by its bracketed
    acronym ("the A Office (AO), the B Assembly and the C (CC)"), read on the tokens up to the first other word."""
    doc, out = ctx.doc, []
    while i < len(doc):
        t = doc[i]
        k = ctx.tok2m[i]
        if t.lower_ in ("the", ",", "and"):
            i += 1
        elif t.text == "(":
            close = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ")"), None)
            if close is None:
                break
            i = close + 1
        elif k >= 0 and ctx.mentions[k].start == i and ctx.mentions[k].actor >= 0 \
                and ctx.kind(ctx.mentions[k].actor) in ("organization", "country"):
            out.append(ctx.mentions[k].actor)
            i = ctx.mentions[k].end
        else:
            break
    return out


def _lost_agent(ctx: _Ctx, agent: Token) -> list[Token]:
    """"the X Movement headed by Parliament Speaker Y - walked out": the person named right after "by" (capitalised
    title words between) when the parser gave "by" no object."""
    doc = ctx.doc
    for j in range(agent.i + 1, min(len(doc), agent.i + 6)):
        k = ctx.tok2m[j]
        if k >= 0 and ctx.mentions[k].actor >= 0 and ctx.kind(ctx.mentions[k].actor) == "person":
            return [doc[j]]
        if not doc[j].text[:1].isupper() or doc[j].pos_ not in ("PROPN", "NOUN"):
            return []
    return []


def _post_before_name(ctx: _Ctx, name: Token) -> Token | None:
    """"X met the commander of the Front, General Y, in Z", "X called the head of the council, Y, on Monday": a
    name set off by commas right after a verb's object that names a post, which the parser hung on the verb (as
    npadvmod) instead of on the object: the post it names (None otherwise)."""
    doc = ctx.doc
    first, last = name.left_edge.i, name.i  # (the closing comma may hang on the name)
    if name.head.pos_ not in ("VERB", "AUX") or first < 2 or doc[first - 1].text != "," \
            or last + 1 >= len(doc) or doc[last + 1].text not in (",", ".", ";"):
        return None
    role = next((c for c in name.head.children if c.dep_ == "dobj" and c.right_edge.i == first - 2), None)
    if role is None or role.pos_ != "NOUN" or ctx.actor(role) is not None or norm(role.lemma_) not in ctx.kb.role_words:
        return None
    return role


def _allies_within(ctx: _Ctx, allies: Token) -> None:
    """"criticism from some of X's own allies in the ruling Y", "X and his partners in the Y alliance": allies
    placed in a body are fellow members, so their possessor (a person or an organisation, not a state: "Ostravia's
    allies in the Front" are its clients) is a member of it too -- a body, not a legislature or a government
    ("X's allies in parliament"). An organisation's partners in one movement, party or armed group (relations.yaml
    single_body_subkinds) are that body, its ally."""
    owner = _possessor(ctx, allies, None)
    if owner is None or ctx.kind(owner) not in ("person", "organization"):
        return
    for o in _of_object(allies):
        if o.head.lower_ not in INSIDE_PREPS or o.head.head != allies:
            continue
        whole = ctx.np_actor(o)
        if whole is not None and whole != owner and ctx.kind(whole) == "organization" \
                and ctx.subkind(whole) not in ("legislature", "government"):
            if ctx.kind(owner) == "organization" and ctx.subkind(whole) in cues().single_body_subkinds:
                # "the Front and their partners in the Nuba Movement": one movement, party or armed group is no
                # bloc another body sits in; its people are the partners, so the movement itself is the ally
                ctx.add(owner, "allied_with", whole, allies.sent, 0.6)
            else:
                ctx.add(owner, "member_of", whole, allies.sent, 0.6)


def _partitive(tok: Token) -> bool:
    """A partitive head that picks one out of a plural: "one of the militias", "the largest of the militias",
    "the most powerful of the factions", "the older of the two parties" (a superlative or "the" + comparative)."""
    if tok.lower_ == "one":
        return True
    if tok.pos_ != "ADJ" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # (not the quantifier in "most of its fighters")
    return tok.tag_ in ("JJS", "JJR") or any(c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in tok.children)


def _picked_out(ctx: _Ctx, plural: Token) -> int | None:
    """"X, one of the Y-backed militias", "X, the most powerful of the Y-backed factions", "X is the largest of
    the Y-aligned parties": the name a partitive (_partitive) picks out of the plural, which the plural's
    modifiers describe; None otherwise."""
    if plural.tag_ not in ("NNS", "NNPS") or plural.dep_ != "pobj" or plural.head.lower_ != "of" \
            or not _partitive(plural.head.head):
        return None
    part = plural.head.head
    if part.dep_ == "pobj" and part.head.lower_ == "of" and part.head.head.lower_ == "one":
        part = part.head.head  # "X, one of the largest of the militias": the outer partitive
    if part.dep_ == "appos":
        return ctx.np_actor(part.head)
    if part.dep_ == "attr" and part.head.lemma_ == "be":
        subj = next((c for c in part.head.children if c.dep_ == "nsubj"), None)
        return ctx.np_actor(subj) if subj is not None else None
    return None


def _possessor_in_name(ctx: _Ctx, a: int, m) -> None:
    """"the Houthis' Supreme Political Council", "the Front's Central Committee" read whole as one name: a body
    whose name opens with another organisation's possessive (that organisation named in the document) is a part
    of that organisation."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if ctx.kind(a) != "organization":
        return
    start = m.start + (_tk[m.start].lower_ == "the")
    for j in range(start, m.end - 2):
        if _tk[j + 1].text in ("'", "'s", "\u2019", "\u2019s"):
            other = ctx.named(doc[start:j + 1].text) if _tk[j + 2].is_title else None
            if other is not None and other != a and ctx.kind(other) == "organization":
                ctx.add(a, "part_of", other, doc[m.start].sent, 0.6)
            return


def _described_name(ctx: _Ctx, noun: Token) -> int | None:
    """The name a common noun in apposition describes, past a participle on it: "X, a militia under the umbrella
    of Y", "X, a faction grouped under the banner of Y", "X, one of the militias gathered under Y", "X, a group
    operating under the umbrella of Y" (None otherwise)."""
    if noun.dep_ == "acl" and noun.tag_ in ("VBN", "VBD", "VBG"):  # (the tagger may read "grouped" as a past)
        noun = noun.head
    if noun.dep_ == "appos" and noun.pos_ in ("NOUN", "ADJ", "NUM") and ctx.actor(noun) is None:
        return ctx.np_actor(noun.head)
    if noun.dep_ == "pobj":
        return _picked_out(ctx, noun)
    return None


def _units_inside(ctx: _Ctx, units: Token) -> None:
    """"Both A and B field brigades inside the Y", "A maintains three battalions within the Y", "A has units in the
    Y": armed units (roles.yaml unit_nouns) a body keeps inside another body (an organisation, not a state or a
    place) make it a part of that body; each coordinated subject is."""
    verb = units.head
    whole = next((a for h in (units, verb) for c in h.children if c.dep_ == "prep" and c.i > units.i
                  and c.lower_ in ("in", "inside", "within") for p in c.children if p.dep_ == "pobj"
                  and (a := ctx.np_actor(p)) is not None and ctx.kind(a) == "organization"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if whole is None or subj is None:
        return
    for q in _list_members(subj):
        part = ctx.pronoun_actor(q) if q.pos_ == "PRON" else ctx.np_actor(q)
        if part is not None and part != whole and ctx.kind(part) == "organization":
            ctx.add(part, "part_of", whole, units.sent, 0.6)


def _state_possessed(ctx: _Ctx, noun: Token) -> bool:
    """A noun a country possesses ("Ostravia's factions", "the country's militias")."""
    return any(c.dep_ == "poss" and (a := ctx.np_actor(c)) is not None and ctx.kind(a) == "country"
               for c in noun.children)


def _one_of(tok: Token) -> Token:
    """"one of the leaders of Y": the plural noun after "one of" (else ``tok`` itself)."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            noun = next((c for c in p.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
            if noun is not None:
                return noun
    return tok


def _titled_of_person(ctx: _Ctx, title: Token) -> int | None:
    """"led by former governor of Velmar Odeta Dravik": a title, "of" its place and the holder's name with no comma
    between, which the parser reads as one "of" object; the person that object names."""
    for o in _of_object(title):
        if o.head.lower_ == "of":
            x = ctx.np_actor(o)
            if x is not None and ctx.kind(x) == "person":
                return x
    return None


def _lost_apposition(ctx: _Ctx, noun: Token, described: bool = False) -> int | None:
    """"led by a retired army colonel, X,": the person named right after the role noun's phrase and a comma,
    when the parser hung that name elsewhere. ``described``: a describing phrase of lower-case words may stand
    before the name ("his deputy, the lawyer X", the second phrase hung elsewhere; not "not the lawyer X", not "the
    late senator X", word_lists.deceased_words), the name then closing the clause or set off by a comma."""
    doc = ctx.doc
    end = max(t.i for t in noun.subtree) + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    while described and j < len(doc) and j - end <= 5 and doc[j].is_lower and doc[j].pos_ in ("DET", "ADJ", "NOUN"):
        if norm(doc[j].text) in cues().deceased_words:
            return None
        j += 1
    a = ctx.actor(doc[j]) if j < len(doc) else None
    if a is None or ctx.kind(a) != "person" or ctx.mentions[ctx.tok2m[j]].start != j:
        return None
    end = ctx.mentions[ctx.tok2m[j]].end
    if described and not (end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].is_sent_start):
        return None
    return a


def _name_after_noun(ctx: _Ctx, noun: Token) -> int | None:
    """"headed by the businessman X", "led by the exiled lawyer X": a lower-case common noun (with its article and
    modifiers) right before a person's name, which the parser took for the object of "by" and hung the name
    elsewhere (often as the subject of the next verb): the person named right after the noun."""
    j = noun.i + 1
    if not noun.is_lower or j >= len(ctx.doc) or ctx.tok2m[j] < 0 or ctx.mentions[ctx.tok2m[j]].start != j:
        return None
    a = ctx.mentions[ctx.tok2m[j]].actor
    return a if a is not None and a >= 0 and ctx.kind(a) == "person" else None


def _appointed(ctx: _Ctx, part: Token) -> None:
    # the "by" may hang on the post: "appointed peace envoy by President Y"
    agent = next((c for c in [*part.children, *(x for c in part.children if c.dep_ in ("oprd", "dobj", "attr", "xcomp")
                                                for x in c.children)]
                  if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)
    by = next((ctx.np_actor(c) for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if by is None or ctx.kind(by) != "person":
        return
    named = _participle_holder(ctx, part)
    if named is None and part.dep_ == "advcl" and part.i < part.head.i:
        named = _clause_subject(ctx, part.head)  # "Appointed envoy by President Y, the lawyer X is ..."
    if named is not None and named != by and ctx.kind(named) == "person":
        ctx.served.append((named, by, part.sent))


def _statement_reader(ctx: _Ctx, part: Token) -> None:
    """"In a statement read by Captain X, the Council said", "the Council's communique, read out by X",
    "the Council said in a statement read by its spokesman X": X (a person) is a member of the issuer
    (the statement's owner, or else the subject of the clause the statement hangs on)."""
    agent = next((c for c in part.children if c.dep_ == "agent"), None)
    if agent is None:
        return
    noun = part.head
    issuer = next((ctx.np_actor(c) for c in noun.children if c.dep_ == "poss"), None)
    if issuer is None:
        issuer = next((ctx.np_actor(o) for o in _of_object(noun) if o.head.lower_ in ("of", "from")), None)
    if issuer is None and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX") and not _unreal(verb):
            issuer = _clause_subject(ctx, verb)
    if issuer is None or ctx.kind(issuer) not in ("organization", "country"):
        return
    for p in (p for p in agent.children if p.dep_ == "pobj"):
        for q in (p, *p.conjuncts):
            reader = ctx.np_actor(q)
            if reader is not None and ctx.kind(reader) == "person":
                ctx.add(reader, "member_of", issuer, part.sent, 0.6)


def _joined_companion(ctx: _Ctx, verb: Token) -> bool:
    """"The Greens have joined the Lantern Party in the Unity alliance", "X has joined us in the Z coalition": the
    object is a companion, the body joined the organisation after "in"; both are its members and allies of each
    other (added here). False when the verb has no such object and phrase."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    companion = None if obj is None else ctx.pronoun_actor(obj) if obj.pos_ == "PRON" else ctx.np_actor(obj)
    if companion is None:  # ("joined us in ...": a document's own voice, PhraseResolver.speaker_body)
        return False
    for prep in (c for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"):
        whole = next((a for p in prep.children if p.dep_ == "pobj" and (a := ctx.np_actor(p)) is not None), None)
        if whole is None or ctx.kind(whole) != "organization" or whole == companion:
            continue
        joiner = _clause_subject(ctx, verb)
        if joiner is None or joiner == whole:
            return True
        ctx.add(joiner, "member_of", whole, verb.sent, 0.7)
        ctx.add(companion, "member_of", whole, verb.sent, 0.7)
        ctx.add(joiner, "allied_with", companion, verb.sent, 0.7)
        return True
    return False


def _clause_subject(ctx: _Ctx, verb: Token) -> int | None:
    """The actor a verb's subject names (relative pronouns and personal pronouns resolved)."""
    head = verb
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        joined = head.dep_ == "conj"
        head = head.head
        # ("X is recognised as ... and is at war with Y", "X was set up by Z and says it will ...": a passive first
        # verb's subject)
        subj = next((c for c in head.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and joined), None)
    if subj is None:  # "Name - Backs Y.": an entry's head
        return next(iter(ctx.entry_subject(verb)), None)
    if subj.lower_ in ("who", "which", "that"):
        return _relative_antecedent(ctx, head)
    if subj.pos_ == "PRON":
        return ctx.pronoun_actor(subj)
    a = ctx.np_actor(subj)
    if a is None:  # "Its rival, the Unity Party, has ...": an apposition the parser made a second subject
        a = next((x for x in (ctx.np_actor(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                              and c.i > subj.i and c.pos_ == "PROPN") if x is not None), None)
    return a


def _prep_verb(ctx: _Ctx, verb: Token, preps: dict, obj: Token | None = None) -> None:
    """``preps``: preposition -> tie; ``obj``: the fixed object noun of the cue ("declared war on Y")."""
    if _unreal(verb) or _refused(ctx, verb) is not None or _conditional(verb):
        return  # (nor "if X runs against Y, ...": a clause of condition, no tie told)
    if verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs):
        return  # "the government plans / offered to fold X into the army": a wish or an offer, no tie yet
    owner = None
    # "pledged allegiance to Y", "declared war on Y": the preposition may hang on the object noun
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("allegiance", "loyalty", "fealty")]
    objs += [obj] if obj is not None else []
    # "A joined B behind Y" with "behind" hung on the object
    objs += [c for c in verb.children if c.dep_ == "dobj" and c not in objs and "behind" in preps
             and any(p.dep_ == "prep" and p.lower_ == "behind" for p in c.children)]
    # "X protects the valley's farmers against Y" with "against" hung on the object shielded
    objs += [c for c in verb.children if c.dep_ == "dobj" and c not in objs and "against" in preps
             and ctx.actor(c) is None and any(p.dep_ == "prep" and p.lower_ == "against" for p in c.children)]
    owners: list[int] = []
    # "X sat in the Sabor for the Y Party": a "for" the parser hung on the named body of the verb's "in" / "on"
    hung = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "on") for o in c.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN" and ctx.actor(o) is not None
            for p in o.children if p.dep_ == "prep" and p.lower_ == "for"] if "for" in preps else []
    for prep in [*verb.children, *(p for o in objs for p in o.children), *hung]:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            moved = next((c for c in verb.children if c.dep_ == "dobj"), None) if prep.lower_ == "into" else None
            if moved is not None:  # "the state folded the militias into the army": the object is the part
                owner = ctx.np_actor(moved)
                if owner is None:
                    continue
            owner = owner if owner is not None else _clause_subject(ctx, verb)
            if owner is None and "backs_reverse" in preps.values():
                # "Premier X's government rests on the Y alliance": the government's holder
                owner = _government_holder(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None))
            stray = _stray_verb_clause(verb) if owner is None else None
            if stray is not None:
                owner = _clause_subject(ctx, stray)
            if owner is None and verb.dep_ == "conj" and verb.head.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") \
                    and "backs_reverse" not in preps.values():
                owner = ctx.np_actor(verb.head.head)  # "X, mandated by Y and operating under Z": the second
                # participle describes X too
            if owner is None and verb.dep_ == "acl" and "backs_reverse" not in preps.values():
                # (not "a Y-led government relying on X": a government described, often one only possible)
                owner = ctx.np_actor(verb.head, deep=True)  # "Rwandan soldiers deployed alongside Y"
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            said = verb.head if subj is not None and subj.lower_ in ("who", "that", "which") \
                and verb.dep_ == "relcl" else subj  # "X soldiers who defected to Y": the relative's antecedent
            if preps[prep.lower_] == "member_of" and (_people_of(ctx, said) or _force_men(ctx, said)):
                continue  # "three X MPs defected to Y", "X gendarmes who defected to Y": the people joined Y, not X
            if owner is None and subj is not None and verb.dep_ == "relcl" and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children) \
                    and "backs_reverse" in preps.values():
                owner = _relcl_holder(ctx, verb.head)  # "X, whose government rests on Y": Y backs X
            if not owners and owner is not None:  # "A and B rallied behind Y": each of them
                owners = [owner, *(x for x in (ctx.np_actor(c) for c in (subj.conjuncts if subj is not None
                                                                         and ctx.np_actor(subj) == owner else ()))
                                   if x is not None and x != owner)]
            for p in prep.children:
                if p.dep_ == "pobj":
                    for q in (p, *p.conjuncts, *_conjunct_past_clause(ctx, p)):
                        if q.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.i < q.i:
                            q = verb.head  # "the Y Confederation, to which X belongs": the relative's noun
                        if prep.lower_ == "against" and obj is None and _shielding_skipped(ctx, verb, q):
                            continue
                        named_foe = prep.lower_ == "against" and verb.lemma_.lower() in _rel_words(
                            ctx, "named_foe_verbs")
                        target = ctx.np_actor(q, deep=True)
                        if named_foe and target is not None and ctx.np_actor(q) is None and not any(
                                c.dep_ in ("compound", "poss", "amod", "nmod") and ctx.actor(c) is not None
                                for c in q.children):
                            # (a foe named itself or as the modifier of what is fought, "campaigned against Indian
                            # influence"; not through "of": "ran the party against the advice of Y", "stood against
                            # the wishes of Y", the counsel of one who may be no foe)
                            target = None
                        if target is None and q.pos_ == "PRON" and not (
                                named_foe and q.lower_ in ("it", "this", "that")):
                            # (not "X campaigned against it": a thing's pronoun there is most often a measure;
                            # "ran against him" is the man)
                            target = ctx.pronoun_actor(q, exclude=owner)  # "X fights beside us"
                        if target is None and prep.lower_ == "into" and norm(q.text) in _state_words(ctx) \
                                and all(c.dep_ == "det" and c.lower_ == "the" for c in q.children):
                            # "it was folded into the state": the article's state, when the passage names it
                            home = ctx.home_state()
                            start = max(0, q.sent.start - 80)
                            state = ctx.actors[home].key.split(":", 1)[-1] if home is not None else None
                            if home is not None and any(
                                    m.actor == home or m.key.startswith(f"inst:{state}:")
                                    for m in ctx.mentions if start <= m.start < q.i):
                                target = home
                        tie = preps[prep.lower_]
                        if tie == "allied_with" and prep.lower_ == "with" and _with_not_partner(ctx, verb, q):
                            continue
                        if verb.lemma_.lower() == "depend" and (ctx.actor(q) is None or not ctx._ministry(target)):
                            # only "depends on the interior ministry" is a chain of command; "the premier depends on
                            # the Y alliance": Y backs him (as with "relies on")
                            if ctx.actor(q) is None or target is None or ctx.kind(target) == "person":
                                continue
                            tie = "backs_reverse"
                        if tie == "backs_reverse" and (target is None or ctx.kind(target) == "person"):
                            continue  # "relies on its leader": no patron named
                        if norm(verb.lemma_) in cues().chain_verbs:
                            owner, target = _chain_tie(ctx, verb, q, owner, target)
                            if target is None:
                                continue
                        if prep.lower_ == "on" and ctx.actor(q) is None \
                                and norm(q.lemma_) not in cues().electoral_list_nouns:
                            continue  # "elected on the Y list", not "elected on Sunday with Y's support"
                        if prep.lower_ == "under" and ctx.actor(q) is None \
                                and norm(q.lemma_) not in cues().command_nouns | cues().oversight_nouns:
                            continue  # "operates under the Y commission / the command of Y", not "under a mandate
                            # granted by Y" or "under pressure from Y"
                        if prep.lower_ == "as" and (owner is None or ctx.actor(q) is None or ctx.kind(owner) != "organization"):
                            continue  # "the Front is running as the Y bloc" (its list), not "X ran as Y's candidate"
                        if verb.lemma_.lower() in _rel_words(ctx, "body_backer_verbs") and tie == "backs" \
                                and (owner is None or ctx.kind(owner) not in ("country", "organization")
                                     or _ranked(verb)):
                            continue  # "X stood behind the president at the parade": a person's place, no backing
                        if verb.lemma_.lower() in ("pledge", "swear") and not any(
                                c.dep_ == "dobj" and c.lower_ in ("allegiance", "loyalty", "fealty")
                                for c in verb.children):
                            continue  # "pledged allegiance to Y", not "pledged support to Y"
                        if prep.lower_ in ("as", "against") and (_told_as_past(verb) or verb.dep_ == "xcomp" and norm(
                                verb.head.lemma_) in cues().undoing_verbs and not any(
                                c.dep_ == "prt" for c in verb.head.children)):
                            continue  # "A and B ran as the Y Union until 2019": a list they no longer form; "X stood
                            # against Y until 2018", "X used to / stopped campaigning against Y" (not "ended up")
                        if tie == "part_of_reverse" and prep.lower_ == "as" and (
                                len(set(owners or [owner])) > 1 or isinstance(owner, _Group)):
                            tie = "member_of"  # "A and B campaigned as the Y Union": the alliance they ran as
                        for o in owners or [owner]:
                            o = _majority_holder(ctx, o, obj)
                            ctx.add(o, _state_body_tie(ctx, verb, tie, o, target), target, verb.sent, 0.6)
                        if tie == "member_of" and target is not None and ctx.kind(target) == "organization" \
                                and verb.lemma_.lower() in cues().seat_companion_verbs:
                            for x in _seat_companions(ctx, verb, q, owner):
                                ctx.add(x, "member_of", target, verb.sent, 0.6)


def _chain_tie(ctx: _Ctx, verb: Token, q: Token, owner: int | None, target: int | None
               ) -> tuple[int | None, int | None]:
    """A verb of a chain of command only (word_lists.chain_verbs: "the Thornwick Guard reports to the interior
    ministry", "the Heron Directorate, a body attached to the defence ministry"): the organisation and the state or
    state's body it stands under, or no target. The organisation may be named only as what a common noun describes
    ("X, a body attached to", "X is a force that reports to"). Not a person's ("the adviser reports to the
    director"), not a single telling (a past "reported", "had reported", "used to report", an object or a clause of
    what was told, a modal "will report", an infinitive under any verb but one of continuing: "Y wants X to report
    to"), and only to a state, a ministry or a state's institution, or to a person who leads a state (that
    state; "the president", "the president's office", no state named: the article's state)."""
    if owner is None and verb.dep_ in ("acl", "relcl"):
        noun = verb.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "X is a formation of 4,500 men that reports to": the formation
        if noun.dep_ == "appos":
            owner = ctx.actor(noun.head)  # "X, a body attached to the ministry"
        elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
            owner = ctx.np_actor(next((c for c in noun.head.children if c.dep_ == "nsubj"), None))
    if owner is None or owner == target or ctx.kind(owner) != "organization":
        return owner, None
    if verb.tag_ == "VBD" or any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "aux" and c.tag_ in ("MD", "VBD")
                                 for c in verb.children) \
            or (verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) and (
            verb.head is verb or verb.head.tag_ == "VBD" or _unreal(verb.head)
            or norm(verb.head.lemma_) not in (ctx.kb.relations.get("continuing_verbs") or ())):
        # (nor a chain told as past, "had reported to", "used to report to", nor one only wanted or planned, "Y wants
        # X to report to the ministry": under a verb other than one of continuing, "X continues to report to")
        return owner, None
    if target is None:
        title = next((c for c in q.children if c.dep_ == "poss"), None) if q.lemma_.lower() == "office" else q
        words = " ".join(norm(c.text) for c in title.children if c.dep_ == "compound") if title is not None else ""
        if title is not None and f"{words} {norm(title.text)}".strip() in ctx.kb.head_of_state_titles \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
            home = ctx.home_state()
            return owner, home if home != owner else None
        return owner, None
    if ctx.kind(target) == "person":
        return owner, next((h.target for h in ctx.hits if h.source == target and h.type == "leader_of"
                            and ctx.kind(h.target) == "country"), None)
    if ctx.kind(target) == "country" or ctx._ministry(target) or ctx.actors[target].key.startswith("inst:"):
        return owner, target
    return owner, None


def _shielding_skipped(ctx: _Ctx, verb: Token, foe: Token) -> bool:
    """"X defended its title against Y", "X defended Z against Y's lawsuit": a verb of shielding ("against", no fixed
    object) whose object is a standing or a choice (relations.yaml shielded_standing_nouns), or whose foe phrase names
    an actor only as the owner of something that is no force, fighter or strike of its ("Y's criticism"), tells no
    foe."""
    standing = _rel_words(ctx, "shielded_standing_nouns")
    if any(c.dep_ == "dobj" and ctx.actor(c) is None and (norm(c.lemma_) in standing or norm(c.text) in standing)
           for c in verb.children):
        return True
    if foe.pos_ != "NOUN" or ctx.actor(foe) is not None or not any(c.dep_ == "poss" for c in foe.children):
        return False
    lemma = norm(foe.lemma_)
    return _force_owner(ctx, foe) is None and lemma not in cues().attack_nouns and norm(foe.text) not in \
        _rel_words(ctx, "body_agent_nouns") and norm(foe.text) not in _rel_words(ctx, "state_force_names")


def _with_not_partner(ctx: _Ctx, verb: Token, q: Token) -> bool:
    """The "with" object of a partnership verb that names no partner: a backing noun of relations.yaml backing_nouns
    ("governs / built its majority with the support of Y", "with Y's backing": Y backs, read by the backing-noun
    rule), or a person given a role right after, "with X as prime minister", "with X at its head" (an "as" phrase,
    or an "at" phrase whose object has a possessive, right after the object's phrase, on the verb or the object; a
    body so told is a partner: "governs with the Y Party as its junior partner")."""
    if norm(q.lemma_) in (ctx.kb.relations.get("backing_nouns") or {}):
        return True
    end = q.right_edge.i + 1
    if end >= len(q.doc) or (who := ctx.np_actor(q)) is None or isinstance(who, _Group) or ctx.kind(who) != "person":
        return False
    nxt = q.doc[end]
    return nxt.dep_ == "prep" and nxt.head in (verb, q) and (
        nxt.lower_ == "as" or nxt.lower_ == "at" and any(
            o.dep_ == "pobj" and any(c.dep_ == "poss" for c in o.children) for o in nxt.children))


def _majority_holder(ctx: _Ctx, owner: int | None, obj: Token | None) -> int | None:
    """"X built his majority with A and B": a person's majority (an object of relations.yaml led_body_objects) is
    that of the one body the text has him leading, so the tie is the body's; the person when he leads none or
    several."""
    if owner is None or obj is None or ctx.kind(owner) != "person" \
            or norm(obj.lemma_) not in (ctx.kb.relations.get("led_body_objects") or ()):
        return owner
    led = {h.target for h in ctx.hits if h.source == owner and h.type == "leader_of"
           and ctx.kind(h.target) == "organization"}
    return led.pop() if len(led) == 1 else owner


def _state_body_tie(ctx: _Ctx, verb: Token, tie: str, owner: int | None, target: int | None) -> str:
    """"The club belongs to the interior ministry", "the unit belongs to the Velnian army": an organisation that
    belongs (word_lists.belonging_verbs) to a state, or to a state's own body, is part of it, no member."""
    if tie == "member_of" and owner is not None and target is not None and norm(verb.lemma_) in cues().belonging_verbs \
            and ctx.kind(owner) == "organization" and (ctx.kind(target) == "country"
                                                       or ctx.subkind(target) in STATE_LIKE_SUBKINDS):
        return "part_of"
    return tie


def _gerund_subject(verb: Token) -> Token | None:
    """"A won six seats after contesting in an alliance with B", "A, campaigning in coalition with B, won": the
    subject of the clause a subjectless gerund hangs on (after a preposition of word_lists.gerund_clause_preps, which
    tell an act done: not "without running", "instead of running"; or as a clause of its own, not one set off after
    another name); None when that clause is itself negated or only possible, or the gerund's act is told as over
    (_told_as_past) or governed by a verb of word_lists.undoing_verbs."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.doc[verb.i - 1].text == ",":
        return verb.head  # "A, campaigning in coalition with B, won": the name the clause is set off after
    if _told_as_past(verb) or verb.dep_ in ("pcomp", "advcl") and norm(verb.head.lemma_) in cues().undoing_verbs:
        return None  # ("having governed in coalition with B until 2019")
    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" \
        and verb.head.lower_ in cues().gerund_clause_preps else verb.head if verb.dep_ == "advcl" else None
    if head is None or head.pos_ not in ("VERB", "AUX") or _unreal(head):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and verb.dep_ == "advcl" and subj.i < verb.i and any(
            t.pos_ == "PROPN" for t in verb.doc[subj.right_edge.i + 1:verb.i]):
        return None  # "A won while the Tarn Front, running in alliance with B, lost": a bare clause after another name
    return subj


def _told_as_past(verb: Token) -> bool:
    """A verb of a tie or a joint act told as over by its own modifiers: an adverb of word_lists past_tie_words or
    past_post_words ("A and B once governed together", "previously ran together") or a phrase of a preposition of
    past_post_words ("governed together until 2019", "ran as the Y Union till the split")."""
    c = cues()
    return any(x.dep_ == "advmod" and norm(x.text) in c.past_tie_words | c.past_post_words
               or x.dep_ == "prep" and x.lower_ in c.past_post_words for x in verb.children)


def _joint_action(ctx: _Ctx, verb: Token) -> None:
    """"A and B agreed to run together", "A and B campaigned jointly", "A and B have governed together since
    2019": a verb of a shared run or rule (word_lists.joint_action_verbs) with an adverb of acting together
    (word_lists.jointly_adverbs) and no partner after "with" (that is _partnership's: "A governed together with B")
    makes the bodies listed as its subject, or as the subject of the verb it completes ("agreed to"), allied with
    each other. Nothing when negated, only possible ("could run together"), conditional, denied, refused ("refused
    to run together"), only wished or offered ("hope to run together", "offered to govern together"), told as over or
    failed (word_lists.undoing_verbs: "stopped governing together", "used to", "failed to agree to run together";
    _told_as_past: "once governed together", "governed together until 2019"), or an idiom of solidarity
    (word_lists.solidarity_pairs: "stood together against the reform")."""
    c = cues()
    adverbs = [norm(x.text) for x in verb.children if x.dep_ == "advmod" and norm(x.text) in c.jointly_adverbs]
    if not adverbs or any(f"{norm(verb.lemma_)} {a}" in c.solidarity_pairs for a in adverbs) \
            or _joint_objects(verb) or any(x.dep_ == "prep" and x.lower_ == "with" for x in verb.children):
        return  # (not "A and B stood together against the reform": solidarity_pairs)
    wishes = c.aspiration_verbs | c.proposal_verbs
    head, subj = verb, None
    for _ in range(3):
        if _unreal(head) or _conditional(head) or _denied(head) or _refused(ctx, head) is not None \
                or head is not verb and norm(head.lemma_) in wishes | c.undoing_verbs or _told_as_past(head):
            return  # ("stopped governing together", "used to govern together", "governed together until 2019")
        subj = next((x for x in head.children if x.dep_ == "nsubj"), None)
        if subj is not None or head.dep_ != "xcomp" or head.head is head:
            break
        head = head.head
    if subj is None:
        return
    sides = [x for x in (ctx.np_actor(m) for m in _list_members(subj))
             if x is not None and (isinstance(x, _Group) or ctx.kind(x) == "organization")]
    if len(sides) >= 2 or sides and isinstance(sides[0], _Group):
        ctx.add_pairs(sides, "allied_with", verb.sent, 0.6)


def _mutual_apposition(ctx: _Ctx) -> None:
    """"A and B, partners in the ruling coalition, voted for it", "A and B, allies since 2019,", "A and B, bitter
    rivals,": a bare plural noun of a mutual tie (word_lists ally_group_nouns: allied_with, rival_group_nouns:
    opposes) set off after a list of bodies names the tie between each two of them. Not one described as past
    (word_lists past_tie_words, past_post_words: "A and B, former partners,", "A and B, partners in earlier
    governments,", "partners until 2019") or narrowed by a name ("A and B, Tarn's allies", "A and B, allies of
    Tarn": each one's tie with Tarn, not with each other)."""
    _tk = read_tokens(ctx.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    c = cues()
    past = c.past_tie_words | c.past_post_words
    for tok in read_tokens(ctx.doc):
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not tok.i or ctx.actor(tok) is not None \
                or _tk[tok.i - 1].text != ",":
            continue
        listed = tok.head if tok.dep_ == "appos" else next(
            (x for x in tok.head.children if x.dep_ == tok.dep_ and x.i < tok.i), None) \
            if tok.dep_ in ("nsubj", "nsubjpass") else None  # (or parsed as a second subject of the verb)
        if listed is None:
            continue
        lem = norm(tok.lemma_)
        typ = "opposes" if lem in c.rival_group_nouns else "allied_with" if lem in c.ally_group_nouns else None
        if typ is None:
            continue
        end = next((x.i for x in ctx.doc[tok.i:tok.sent.end] if x.is_punct), tok.sent.end)
        if any(x.dep_ == "prep" and x.lower_ in ("of", "to") for x in tok.children) or any(
                x.i < tok.i and (x.dep_ == "poss" or x.dep_ in ("amod", "compound") and not x.is_lower)
                for x in tok.subtree) or any(norm(x.text) in past for x in ctx.doc[tok.left_edge.i:end]):
            continue  # ("A and B, Tarn's allies,", "allies of Tarn"; "A and B, former partners,", "partners in
            # earlier governments")
        while listed.dep_ == "conj" and listed.head is not listed:
            listed = listed.head  # (the noun hung on the last of the list)
        sides = list(dict.fromkeys(x for x in (ctx.np_actor(m) for m in _list_members(listed) if m is not tok)
                                   if x is not None and not isinstance(x, _Group)
                                   and ctx.kind(x) in ("organization", "country")))
        if 2 <= len(sides) <= 4:
            ctx.add_pairs(sides, typ, tok.sent, 0.6)


def _joint_objects(head: Token) -> list[Token]:
    """The objects of "together with X" or "along with X" hung on ``head``, in each shape the parser gives the phrase:
    "together" or "along" a modifier of ``head`` beside its "with" phrase or over it, or a preposition over it, or a
    modifier inside the "with" phrase."""
    out = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                x.dep_ == "advmod" and x.lower_ in _JOINT_WORDS for x in (*head.children, *c.children)):
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("advmod", "prep") and c.lower_ in _JOINT_WORDS:
            out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                    for p in w.children if p.dep_ == "pobj"]
    return out


_JOINT_WORDS = ("together", "along")


def _seat_companions(ctx: _Ctx, verb: Token, seat: Token, owner: int | None) -> list:
    """"A sits on the Y council alongside B and C", "A, which sits on Y along with B", "it sits in Y alongside
    them": the bodies named as sharing the seat (relations.yaml seat_companion_verbs) sit in Y too (the phrase hung
    on the verb or on the seat's noun). States and organisations only (a person beside is company, not a member)."""
    out = []
    k = ctx.tok2m[seat.i]
    # (or on a later word of the seat's own name: "ran within the Union of Ostrel alongside B", "Ostrel" its head)
    name = [ctx.doc[i] for i in range(seat.i + 1, ctx.mentions[k].end) if ctx.doc[i].pos_ == "PROPN"] \
        if k >= 0 and ctx.mentions[k].end - seat.i <= 8 else []
    objs = [p for h in (verb, seat, *name) for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
            for p in c.children if p.dep_ == "pobj"] + _joint_objects(verb) + _joint_objects(seat)
    for p in objs:
        for q in (p, *p.conjuncts):
            x = ctx.pronoun_actor(q, exclude=owner) if q.pos_ == "PRON" else ctx.np_actor(q, deep=True)
            for y in (x.members if isinstance(x, _Group) else (x,)):
                if y is not None and y != owner and ctx.kind(y) in ("country", "organization"):
                    out.append(y)
    return list(dict.fromkeys(out))


def _people_of(ctx: _Ctx, noun: Token | None) -> bool:
    """"three X MPs", "X fighters", "dozens of X members": a plural noun for people (a role or a follower noun) that
    an organisation only modifies names the people, not the organisation."""
    if noun is None or ctx.actor(noun) is not None:
        return False
    word = norm(noun.text)
    stem = word[:-1] if word.endswith("s") else word
    return stem != word and (stem in ctx.kb.role_words or word in cues().follower_nouns)


def _force_men(ctx: _Ctx, noun: Token | None) -> bool:
    """"Velnian gendarmes", "Velnian soldiers": a plural of relations.yaml counted_force_nouns naming a state force's
    men (the mention is the force): men who join or defect to a body go over as people, the force does not."""
    return noun is not None and noun.tag_ == "NNS" and norm(noun.text) in _rel_words(ctx, "counted_force_nouns") \
        and ctx.actor(noun) is not None and ctx.kind(ctx.actor(noun)) == "organization"


def _conjunct_past_clause(ctx: _Ctx, name: Token) -> list[Token]:
    """"governs with A, which has 14 seats, and B, who have 11": the second name of a list, parsed as a conjunct
    of the last noun of the first name's relative clause ("seats"), is the first name's conjunct: a name after
    ", and" hung on a common noun inside a relative clause (after a comma) on ``name``."""
    a = ctx.actor(name)
    if a is None:
        return []
    out = []
    for rc in name.children:
        if rc.dep_ != "relcl" or rc.i < name.i or ctx.doc[rc.left_edge.i - 1].text != ",":
            continue
        for q in rc.subtree:
            b = ctx.actor(q) if q.dep_ == "conj" else None
            k = q.left_edge.i
            if b is not None and b != a and ctx.kind(b) == ctx.kind(a) and q.head.pos_ == "NOUN" \
                    and ctx.actor(q.head) is None and k > 1 and ctx.doc[k - 1].lower_ in ("and", "or") \
                    and ctx.doc[k - 2].text == ",":
                out.append(q)
    return out


def _state_words(ctx: _Ctx) -> frozenset[str]:
    """Nouns standing for the article's state ("the country", "the state"; relations.yaml state_words)."""
    return _rel_words(ctx, "state_words")


def _counted_among(ctx: _Ctx, verb: Token) -> None:
    """"The Platform counts A and B among its members", "a grouping of unions that numbers A among its affiliates":
    the objects of a verb of counting (relations.yaml counted_among_verbs) placed "among" a possessed noun of
    membership (counted_among_nouns) are members of the possessor: the subject, or the body "its" stands for (a
    relative clause may hang on the plural of the apposition: "a grouping of unions that counts ...")."""
    if _unreal(verb) or _denied(verb):
        return
    nouns = set(ctx.kb.relations.get("counted_among_nouns") or ())
    place = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"
                  for p in c.children if p.dep_ == "pobj" and norm(p.lemma_) in nouns), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if place is None or obj is None:
        return
    poss = next((c for c in place.children if c.dep_ == "poss"), None)
    if poss is None or any(c.dep_ in ("amod", "compound") and norm(c.text) in _rel_words(ctx, "not_current_titles")
                           | {"past", "previous"} for c in place.children):
        return  # (not "among its former members")
    members = [a for a in (ctx.np_actor(q) for q in _listed(ctx, obj)) if a is not None]
    whole = _clause_subject(ctx, verb)
    if poss.pos_ == "PRON" and (whole is None or ctx.kind(whole) != "organization"):
        whole = ctx.pronoun_actor(poss, exclude=members[0] if members else None)
    elif poss.pos_ != "PRON":
        whole = ctx.np_actor(poss)
    if whole is None or ctx.kind(whole) != "organization":
        return
    for m in members:
        if m != whole and ctx.kind(m) in ("organization", "country", "person"):
            ctx.add(m, "member_of", whole, verb.sent, 0.65)


def _member_preposition(ctx: _Ctx, prep: Token) -> None:
    """"A entered the race as a member of the Front", "A, as a member of the Front, backs the bill", "A was admitted
    as a member of the Pact", "A is among the Pact's founding members": a noun of membership (counted_among_nouns)
    with "of Y" (or Y's) after a preposition of relations.yaml member_prepositions, hung on a verb, makes the verb's
    named object, else its subject, a member of the organisation Y; the names "together with" the subject ("...,
    together with B and C") are members too. Nothing when the verb is denied, only wished or planned (an
    infinitive), one of leaving or keeping out (membership_exit_verbs: "A resigned as a member of the Front"), or told as
    past ("was once among its members"); "among" only after a verb of being counted (among_member_verbs); the phrase
    before the verb ("A, as a member of the Front, condemned B") is said of the subject, and a person no actor named
    as the verb's object ("nominated a judge as a member of Y") gives nothing."""
    verb = prep.head
    kb = ctx.kb
    climbed = verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.is_lower and ctx.actor(verb) is None \
        and not {norm(verb.lemma_), norm(verb.text)} & (kb._title_set | kb.role_words | kb.person_description_nouns) \
        and not any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ == "of"
                    for c in verb.children)  # (not "criticised the choice of Y as candidate of the Front": Y's)
    if climbed:
        verb = verb.head  # "A seeks a third term as candidate of the Front": "as" hung on the object, said of A
    if verb.pos_ not in ("VERB", "AUX") or _unreal(verb) or _denied(verb) or _former_copula(ctx, verb) \
            or norm(verb.lemma_) in (ctx.kb.relations.get("membership_exit_verbs") or ()) \
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    if prep.lower_ == "among" and norm(verb.lemma_) not in _rel_words(ctx, "among_member_verbs"):
        return  # ("campaigned among the members of Y", "sowed division among ...": no place in it)
    nouns = set(ctx.kb.relations.get("counted_among_nouns") or ())
    if prep.lower_ == "as":
        nouns |= set(cues().candidate_nouns)  # "A seeks a new term as candidate of the Front": one of its own
    noun = next((c for c in prep.children if c.dep_ == "pobj" and norm(c.lemma_) in nouns), None)
    if noun is None or any(c.dep_ == "amod" and norm(c.text) in _rel_words(ctx, "not_current_titles")
                           for c in noun.children):
        return  # (not "A ran as a former member of the Front")
    whole = next((ctx.np_actor(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if whole is None and poss is not None:
        whole = ctx.np_actor(poss)  # "A is among the Pact's founding members"
    if whole is None or ctx.kind(whole) != "organization":
        return
    obj = None if climbed else next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    member = ctx.np_actor(obj) if obj is not None and prep.i > verb.i else None
    if member is None and obj is not None and prep.i > verb.i and obj.pos_ == "NOUN" and (
            {norm(obj.lemma_), norm(obj.text)} & (kb._title_set | kb.role_words | kb.person_description_nouns)):
        return  # "nominated a retired judge as a member of Y": the one named a member is no actor
    if member is None and obj is not None and prep.i > verb.i and obj.pos_ == "NOUN":
        named = next((a for c in obj.children
                      for p in ([c] if c.dep_ == "poss" and c.pos_ != "PRON" else
                                [x for x in c.children if x.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of"
                                else [])
                      for a in (ctx.np_actor(p),) if a is not None), None)
        if named is not None and ctx.kind(named) != "person":
            return
        member = named  # "A criticised the choice of B as candidate of Y": B is the one so named, not A
    companions: list[int] = []
    if member is None:
        member = _clause_subject(ctx, verb)
        # "..., together with B and C": the names that share the subject's entry
        companions = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      and any(m.dep_ == "advmod" and m.lower_ in ("together", "along") for m in c.children)
                      for p in c.children if p.dep_ == "pobj" for a in (ctx.np_actor(q) for q in _listed(ctx, p))
                      if a is not None]
    for m in dict.fromkeys([member, *companions]):
        if m is not None and m != whole and ctx.kind(m) in (("person",) if climbed else
                                                             ("organization", "country", "person")):
            ctx.add(m, "member_of", whole, verb.sent, 0.65)


def _member_noun(ctx: _Ctx, noun: Token) -> None:
    """"A is one of the Pact's member states", "A, one of the Pact's founding members, ...", "the Pact's member
    states, A and B, ...": a plural noun of members (a noun of counted_among_nouns, or one after a word of
    member_headings: "member states") owned by an organisation names its members: the subject (or the name in
    apposition) of "one of" / "two of" it (the owner its possessor or "of" object), or the names in apposition to
    it (the owner its possessor: "the members of the Pact, A and B" may be a list). Not former members
    (not_current_titles; "once" or "formerly" just before: former_copula_adverbs), not when the copula is denied. The owner is read only once a member is found (reading a
    description, "the council's", settles what a later "the council" stands for)."""
    rel = ctx.kb.relations
    heads = {norm(w) for w in rel.get("member_headings") or ()}
    comp = next((c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1), None)
    if norm(noun.lemma_) not in (rel.get("counted_among_nouns") or ()) \
            and (comp is None or norm(comp.text) not in heads):
        return
    former = set(rel.get("not_current_titles") or ())
    if any(c.dep_ == "amod" and norm(c.text) in former for c in noun.children):
        return
    # "A, once one of the Alliance's members": an adverb of the past on the noun, on "one of", or just before them
    near = [noun, *(noun.ancestors if noun.head.lower_ == "of" else ())][:3]
    if any(c.dep_ == "advmod" and norm(c.text) in _rel_words(ctx, "former_copula_adverbs") for t in near for c in t.children) \
            or any(norm(t.text) in _rel_words(ctx, "former_copula_adverbs")
                   for t in ctx.doc[max(noun.sent.start, noun.i - 8):noun.i]):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    names = [q for c in noun.children if c.dep_ == "appos" for q in _listed(ctx, c)] if poss is not None else []
    quant = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    said = None
    if quant is not None and (quant.tag_ == "CD" or quant.lower_ == "one"):
        if quant.dep_ == "attr" and quant.head.lemma_ == "be" and not _unreal(quant.head):
            said = quant.head  # "A is one of the Pact's member states"
        elif quant.dep_ == "appos":
            names.append(quant.head)  # "A, one of the Pact's founding members, ..."
    if not names and said is None:
        return
    if poss is not None:
        owner = ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else ctx.np_actor(poss)
    else:
        owner = next((ctx.np_actor(p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    if owner is None or ctx.kind(owner) != "organization":
        return
    members = [ctx.np_actor(q) for q in names]
    if said is not None:
        members.append(_clause_subject(ctx, said))
    for a in dict.fromkeys(members):
        if a is not None and a != owner and ctx.kind(a) in ("organization", "country", "person"):
            ctx.add(a, "member_of", owner, noun.sent, 0.65)


def _membership(ctx: _Ctx, verb: Token) -> None:
    """"The Unity Alliance, which includes A and B" / "the bloc comprises A, B and C": each is a member.
    Verbs that say what a body is made of (relations.yaml composition_verbs: "the Group comprises A and B",
    "the Quad, made up of A, B and C", "the Pact brings together A and B") need no coalition name."""
    if _unreal(verb) or _constitutes(verb):
        return  # ("the six militias that make up the Alliance": the members are the subject; see _constituted_whole)
    lemma = verb.lemma_.lower()
    composed = lemma in cues().composition_verbs or any(
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in cues().composition_verbs for c in verb.children)
    whole = _clause_subject(ctx, verb)
    if whole is None and verb.dep_ == "acl":
        whole = ctx.np_actor(verb.head)  # "the Quad, made up of A and B"
    if whole is None and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.i >= 2 \
            and ctx.doc[verb.i - 1].text == ",":
        # "the Front, comprising A and B, launched ...": a participle set off right after the subject, parsed as
        # the main verb's clause, describes that subject
        said = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.right_edge.i == verb.i - 2), None)
        whole = ctx.np_actor(said) if said is not None else None
    if whole is None and lemma in (ctx.kb.relations.get("membership_verbs") or ()):
        # "the parties that form the Alliance include A and B": the body the subject's relative clause names
        said = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
        whole = _constituted_whole(ctx, said) if said is not None else None
        composed = composed or whole is not None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if whole is None and subj is not None and subj.lemma_.lower() == "member" \
            and lemma in (ctx.kb.relations.get("membership_verbs") or ()):
        # "Its members include X, the governor of Y, and Z": the members of the body the owner names
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        owner = None if poss is None else ctx.pronoun_actor(poss) if poss.pos_ == "PRON" and poss.lower_ != "whose" \
            else ctx.np_actor(verb.head) if poss.lower_ == "whose" and verb.dep_ == "relcl" else ctx.np_actor(poss)
        # ("the X Pact, whose members include A and B": the body the relative clause is said of)
        if owner is not None and ctx.kind(owner) == "organization":
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                for q in _listed(ctx, obj):
                    part = ctx.np_actor(q)
                    if part is not None and part != owner and ctx.kind(part) in ("person", "organization", "country"):
                        ctx.add(part, "member_of", owner, verb.sent, 0.65)
        return
    def coalition(a: int | None) -> bool:
        return a is not None and ctx.kind(a) == "organization" and (
            composed or ctx.subkind(a) == "coalition" or bool(set(norm(ctx.actors[a].name).split())
                                                              & (cues().coalition_words | cues().membership_body_words
                                                                 | cues().collective_nouns))
            or _called_coalition(ctx, a))
    described = False  # the body is called one made of others ("an umbrella of factions") in apposition
    if not coalition(whole) and verb.dep_ == "relcl" and subj is not None and subj.lower_ in ("which", "that"):
        # "the Unity Bloc, an umbrella of parties, most with ties to Kavel, which includes A and B": a relative
        # clause hung on the last word of the coalition's own appositions is said of the coalition
        t, whole = verb.head, None
        for _ in range(8):
            if t.dep_ not in ("pobj", "prep", "appos", "conj", "agent", "acl") or t.head is t:
                break  # ("several of them funded by Y, which includes": through the participle and its agent)
            described |= t.dep_ == "appos" and t.pos_ == "NOUN" and norm(t.lemma_) in cues().collective_nouns
            t = t.head
            a = ctx.np_actor(t) if t.dep_ not in ("prep", "agent") and t.pos_ != "VERB" else None
            if coalition(a) or described and a is not None and ctx.kind(a) == "organization":
                # "X in Y, an umbrella of factions that includes A and B": the apposition says X is one (the parser
                # may hang it on the place inside X's name)
                whole = a
                break
        described = described and whole is not None
    if not coalition(whole) and not described:
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if composed:
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]  # "consists of A and B", "made up of A and B"
    men = cues().stationed_men_nouns
    for obj in objs:
        if composed and ctx.actor(obj) is None and (norm(obj.text) in men or norm(obj.lemma_) in men):
            # "the force comprises 5,000 troops from A, B and C", "made up of soldiers from A and B": the states or
            # bodies the men come from are the members
            obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children if p.dep_ == "pobj"), None)
            if obj is None:
                continue
        for q in _list_members(obj):
            part = ctx.np_actor(q)
            if part is not None and ctx.kind(part) in ("organization", "country"):
                ctx.add(part, "member_of", whole, verb.sent, 0.65)


def _constitutes(verb: Token) -> bool:
    """An active verb whose subject makes up its object (relations.yaml constituting_verbs: "A and B make up the
    Alliance", "the parties that form the bloc"), not the passive of a composition ("the Quad, made up of A and B")."""
    words = cues().constituting_verbs
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "dobj" for c in verb.children) and (
        lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words for c in verb.children))


def _constituents(ctx: _Ctx, verb: Token) -> None:
    """"A and B make up the Alliance", "A and B formed the bloc", "A and B are among the parties that form the
    Alliance": each of the subjects (two or more, or those of "among") is a member of the organisation the
    constituting verb has as its object (see _constitutes)."""
    if not _constitutes(verb) or _unreal(verb):
        return
    whole = ctx.np_actor(next(c for c in verb.children if c.dep_ == "dobj"))
    if whole is None or ctx.kind(whole) != "organization":
        return
    clause = verb
    if verb.dep_ == "relcl" and verb.head.tag_ == "NNS" and verb.head.dep_ == "pobj" \
            and verb.head.head.lower_ == "among" and verb.head.head.head.lemma_ in ("be", "remain"):
        clause = verb.head.head.head  # "A and B are among the parties that form Y": the copula's subjects
    elif verb.dep_ == "relcl":
        listed = _listed_antecedent(ctx, verb)
        for part in (p for p in listed if p != whole and ctx.kind(p) in ("organization", "country")):
            ctx.add(part, "member_of", whole, verb.sent, 0.65)
        return  # ("one of the factions that make up Y": read with the partitive, _role_ties)
    parts = [p for subj in clause.children if subj.dep_ == "nsubj" for q in (subj, *subj.conjuncts)
             for p in [ctx.np_actor(q)] if p is not None and p != whole and ctx.kind(p) in ("organization", "country")]
    if clause is verb and len(set(parts)) < 2:
        return  # ("Karvel formed a commission": one founder is no membership; "A and B formed the bloc" is)
    for part in dict.fromkeys(parts):
        ctx.add(part, "member_of", whole, verb.sent, 0.65)


def _member_compound_list(ctx: _Ctx, verb: Token, subj: Token) -> None:
    """"the Alliance's member groups include A and B", "member parties of the bloc include A": a plural noun after a
    word of members (relations.yaml member_headings: "member", "constituent"), owned by a named organisation; each
    name the verb lists is a member of it."""
    comp = next((c for c in subj.children if c.dep_ == "compound" and c.i == subj.i - 1), None)
    heads = {norm(w) for w in ctx.kb.relations.get("member_headings") or ()}
    if comp is None or norm(comp.text) not in heads:
        return
    owner = next((ctx.np_actor(c) for c in subj.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((ctx.np_actor(p) for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    if owner is None or ctx.kind(owner) != "organization":
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for q in _listed(ctx, obj):
            named = ctx.np_actor(q)
            if named is not None and named != owner and ctx.kind(named) in ("organization", "country"):
                ctx.add(named, "member_of", owner, verb.sent, 0.65)


def _joined_in(ctx: _Ctx, verb: Token) -> None:
    """"A joined B and C in the Alliance", "A has joined B in the bloc": the subject and the bodies or states it
    joined (the object) are all members of the organisation after "in" (word_lists.joining_verbs)."""
    if _unreal(verb) or _denied(verb):
        return
    whole = _joined_whole(ctx, verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if whole is None or obj is None:
        return
    # (the subject of a conjoined verb is its first verb's: "X left the Union and joined A and B in the bloc")
    s_actor = _clause_subject(ctx, verb)
    if s_actor is None:
        return
    members = [s_actor, *(ctx.np_actor(q) for q in (obj, *obj.conjuncts))]
    if any(m is None for m in members[1:]):
        return
    for m in dict.fromkeys(members):
        if m is not None and m != whole and ctx.kind(m) in ("organization", "country"):
            ctx.add(m, "member_of", whole, verb.sent, 0.65)


def _joined_whole(ctx: _Ctx, verb: Token) -> int | None:
    """The organisation after "in" of "A joined B (and C) in X" (the phrase hangs on the verb or on the object's last
    name); None when there is none."""
    if norm(verb.lemma_) not in cues().joining_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for h in (verb, obj, *obj.conjuncts):
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "in"):
            for p in (p for p in prep.children if p.dep_ == "pobj"):
                whole = ctx.np_actor(p)
                if whole is not None and ctx.kind(whole) == "organization":
                    return whole
    return None


def _listed_antecedent(ctx: _Ctx, verb: Token) -> list[int]:
    """"A, B and C, which make up the Alliance": the names of a list (two or more) a relative clause opened by
    "which"/"that" follows; the clause hangs on the list's last name, the first name heads the list."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return []
    last = verb.head
    first = last
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    names = [ctx.np_actor(q) for q in (first, *first.conjuncts)]
    if last is first or any(n is None for n in names) or len(set(names)) < 2:
        return []
    return list(dict.fromkeys(names))


def _constituted_whole(ctx: _Ctx, noun: Token) -> int | None:
    """"the factions that make up Y", "the parties that form the Alliance": the organisation a relative clause on a
    plural noun says the things it names constitute (relations.yaml constituting_verbs); None when it names none."""
    for rel in noun.children:
        if rel.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in rel.children):
            continue
        if _constitutes(rel):
            obj = next((c for c in rel.children if c.dep_ == "dobj"), None)
            whole = ctx.np_actor(obj) if obj is not None else None
            if whole is not None and ctx.kind(whole) == "organization":
                return whole
    return None


def _called_coalition(ctx: _Ctx, a: int) -> bool:
    """The text calls the body a coalition somewhere: "the opposition alliance X", "X, a coalition of ...", "the
    bloc, X," (a coalition word, word_lists.coalition_words, as the noun the name is in apposition with, or as
    the name's own apposition)."""
    doc = ctx.doc
    words = cues().coalition_words
    for m in ctx.mentions:
        if m.actor != a:
            continue
        root = doc_span(doc, m.start, m.end).root
        before = doc[m.start - 1] if m.start > 0 else root
        if root.dep_ == "appos" and root.head.is_lower and (norm(root.head.lemma_) in words or _coalition_of(
                root.head) and not any(c.dep_ == "conj" for c in root.children)) or any(
                c.dep_ == "appos" and c.is_lower and norm(c.lemma_) in words for c in root.children) \
                or before.is_lower and norm(before.lemma_) in words and before.head.i in (root.i, m.start - 1) \
                and before.dep_ in ("compound", "nmod", "ROOT", "dobj", "pobj", "nsubj", "appos"):
            return True
    return False


def _self_naming_after_of(prep: Token) -> Token | None:
    """"a coalition of coastal militias that calls itself X": the relative clause the parser hangs on the plural
    noun after "of" (``prep``), said of the body the "of" phrase is on when its verb is singular ("calls itself";
    "militias that call themselves X" are the members named, not the body)."""
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    return next((r for p in prep.children if p.dep_ == "pobj" and p.tag_ == "NNS" for r in p.children
                 if r.dep_ == "relcl" and r.tag_ == "VBZ" and any(x.lower_ == "itself" for x in r.children)), None)


def _coalition_of(noun: Token) -> bool:
    """"a coalition of three armed groups, X", "an alliance of five parties, X": the plural noun after the "of" of a
    coalition word (word_lists.coalition_words), which the parser hangs the coalition's name in apposition on (a
    single name: a list there, "an alliance of three parties, A, B and C", names its members)."""
    return noun.tag_ == "NNS" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.is_lower \
        and norm(noun.head.head.lemma_) in cues().coalition_words


def _delegation_owner(ctx: _Ctx, noun: Token) -> int | None:
    """The state or organisation a delegation is of: "a Saudi delegation", "the government delegation" (the
    article's state), "its delegation", "the delegation of X", "X sent a delegation"; None when unsaid."""
    found = ctx.actor(noun)  # "the Kenyan delegation" taken for the state's own body
    for c in noun.children if found is None else ():
        if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i:
            found = ctx.actor(c)
            if found is None and c.lower_ in cues().ruling_nouns:
                found = ctx.home_state()  # "the government delegation"
        elif c.dep_ == "poss":
            found = ctx.pronoun_actor(c) if c.pos_ == "PRON" else ctx.np_actor(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
            found = next((ctx.np_actor(p) for p in c.children if p.dep_ == "pobj"), None)
        if found is not None:
            break
    if found is None and noun.dep_ == "dobj":
        found = _clause_subject(ctx, noun.head)  # "X sent a delegation led by Y"
    return found if found is not None and ctx.kind(found) in ("country", "organization") else None


def _delegation_head(ctx: _Ctx, noun: Token, agent: Token, owner: int | None = None) -> None:
    """"a Saudi delegation led by ambassador X", "Ostravia sent a delegation headed by General Y": the head of a
    delegation leads the delegation, not its state; he serves that state (or organisation)."""
    owner = _delegation_owner(ctx, noun) if owner is None else owner
    for p in [p for p in agent.children if p.dep_ == "pobj"] or _lost_agent(ctx, agent):
        person = ctx.np_actor(p)
        if person is None and p.pos_ == "NOUN":
            person = _lost_apposition(ctx, p)  # "led by its ambassador, X,"
        if person is not None and ctx.kind(person) == "person":
            ctx.add(person, "member_of", owner, noun.sent, 0.7)


def _nearest_of_state(ctx: _Ctx, noun: Token, part: Token) -> int | None:
    """"delegations of Kelsor, led by X, and of Ostra, led by Y": of several "of" states on one delegation noun, the
    one closest before the participle (None with one "of" or none: the delegation's owner, ``_delegation_owner``)."""
    ofs = [t for t in noun.doc[noun.i + 1:part.i] if t.lower_ == "of" and (t.head == noun or t.dep_ == "conj")]
    if len(ofs) < 2:
        return None
    obj = next((c for c in ofs[-1].children if c.dep_ == "pobj"), None)
    a = ctx.actor(obj) if obj is not None else None
    return a if a is not None and ctx.kind(a) == "country" else None


def _delegation_state(ctx: _Ctx, noun: Token) -> int | None:
    """"delegations of Kelsor, led by X, and of the Kingdom of Ostra, led by Y": a state in an "of" that hangs
    (through a conjoined "of" and the first participle) on a delegation noun (relations.yaml delegation_nouns) sends
    the delegation the participle after it describes; Y heads that delegation, no state."""
    a = ctx.actor(noun)
    if a is None or ctx.kind(a) != "country" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    up = noun.head if noun.head.dep_ == "conj" else None  # (the first "of" itself hangs on the noun: the rule above)
    while up is not None and up.dep_ in ("conj", "acl") and up.pos_ in ("VERB", "ADP"):
        up = up.head
    return a if up is not None and norm(up.lemma_) in cues().delegation_nouns else None


def _fragment_body(ctx: _Ctx, tok: Token) -> int | None:
    """"ANSWER: The Red Banner Militia. / Note: commanded by X since 2019.": a line with no subject that opens with
    the participle (perhaps after a label and a colon: "Note:", "NB:") says it of the body the sentence before names,
    when it names just one."""
    doc, sent = ctx.doc, tok.sent
    k = sent.start
    if k + 1 < len(doc) and doc[k].is_alpha and doc[k + 1].text == ":" and tok.head.i == k:
        k += 2  # "Note: commanded by X"
    if tok.i != k or tok.tag_ != "VBN" or not (tok.dep_ == "ROOT" or tok.head.i == sent.start and k > sent.start) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in tok.children) or sent.start == 0:
        return None
    prev = doc[sent.start - 1]
    if not (prev.is_space or "\n" in prev.whitespace_):
        return None  # a note of its own line (not "Y - Led by X" inside one line: an entry's, read as such)
    before = doc[sent.start - 1].sent
    bodies = {ctx.actor(t) for t in before if ctx.actor(t) is not None and ctx.kind(ctx.actor(t)) == "organization"}
    return bodies.pop() if len(bodies) == 1 else None


def _heading_description_body(ctx: _Ctx, tok: Token) -> int | None:
    """"2.4 Pell Front (PF). A rebel band of the hill villages, headed by X.": a participle (or the last of a row of
    them: "paid by A and led by X") on a description with no verb, an indefinite noun ("a/an ..."), says it of
    the one body the sentence before names when that sentence is wholly the body's name (a heading: numbering, an
    acronym in brackets and stops allowed)."""
    doc = ctx.doc
    v = tok
    for _ in range(4):  # (a short row of participles: "drawn from ..., paid by A and led by X")
        if v.dep_ != "conj":
            break
        v = v.head
    head = v.head
    for _ in range(4):  # "a band of the Pell hills, headed by X", "a militia drawn from the river towns, paid by A
        # and led by X": set off by a comma, hung on a phrase's noun or participle inside the description
        if v.dep_ != "acl" or doc[v.i - 1].text != "," or ctx.actor(head) is not None:
            break
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        elif head.dep_ == "acl" and head.tag_ == "VBN":
            head = head.head
        else:
            break
    if v.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ != "NOUN" or ctx.actor(head) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
            or head.sent.start == 0:
        return None
    before = doc[head.sent.start - 1].sent
    if len(before) > 16:
        return None
    bodies = {ctx.actor(t) for t in before if ctx.actor(t) is not None}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies))
    inside = False
    for t in before:
        inside = inside or t.text == "("
        if t.text == ")":
            inside = False
        if ctx.actor(t) is None and not (inside or t.is_punct or t.like_num or t.is_space):
            return None  # a sentence with words of its own ("The Front (SF) split.") is no heading
    return body if ctx.kind(body) == "organization" else None


def _deceased(noun: Token, words: frozenset[str]) -> bool:
    """Whether a modifier of ``noun`` (or of a modifier of it: "the late dissident X") says the person is dead."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    while mods:
        c = mods.pop()
        if c.lower_ in words:
            return True
        mods += [k for k in c.children if k.dep_ in ("amod", "compound")]
    return False


def _set_off_participle(tok: Token) -> bool:
    """"Y, commanded for years by X, was ...": a participle set off by a comma after a name, with its agent, that the
    tagger read as a past tense (VBD, an adverbial clause of the main verb)."""
    return tok.tag_ == "VBD" and tok.dep_ == "advcl" and tok.i > 1 and tok.doc[tok.i - 1].text == "," \
        and any(c.dep_ == "agent" for c in tok.children)


def _cut_off_agent(tok: Token, preps: frozenset[str]) -> Token | None:
    """The agent of a participle whose "by" comes after an adverbial phrase and which the parser hung on that
    phrase's noun: "raised across the border by X", "led since its birth by X", "run for a decade by X"
    (the "by" right after the noun; the phrase opened by one of ``preps``, word_lists.agent_gap_prepositions: not
    "after a call by X", whose "by" is the call's; after "during" / "over" only a span of time: not "during a
    crackdown by X"). None when there is no such "by"."""
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i or c.lower_ not in preps:
            continue
        for o in c.children:
            if o.dep_ != "pobj":
                continue
            if c.lower_ in cues().agent_gap_span_prepositions and not (
                    o.ent_type_ in ("DATE", "TIME") or o.like_num or norm(o.lemma_) in cues().span_nouns):
                continue  # "formed during a crackdown by X": the crackdown's agent, not the forming's
            by = next((g for g in o.children if g.dep_ in ("prep", "agent") and g.lower_ == "by" and g.i == o.i + 1),
                      None)
            if by is not None:
                return by
    return None


def _label_head(ctx: _Ctx, head: Token, after: Token) -> bool:
    """``head`` ends a transcript's speaker label that opens its line ("Dana Velk: ...", ``actors._speaker_label``)
    and ``after`` comes after the label's colon: the words after it are the speaker's, not said of the speaker."""
    from kingmaker.nlp.actors import _speaker_label  # the one reader of a speaker's label (lazy: no import cycle)

    m = ctx.tok2m[head.i]
    if m < 0:
        return False
    s, e = ctx.mentions[m].start, ctx.mentions[m].end
    doc = ctx.doc
    return e < after.i and e < len(doc) and doc[e].text == ":" and (s == 0 or "\n" in doc[s - 1].text
                                                                    + doc[s - 1].whitespace_) \
        and _speaker_label(doc, s, e)


def _participle_holder(ctx: _Ctx, tok: Token, depth: int = 0) -> int | None:
    """What a participle is said of: "Y, led by X", "the Y (backed by X)", "Y is backed by X",
    "Y, which is backed by X", "a militia allied to A and backed by X"."""
    doc = ctx.doc
    described = _fragment_body(ctx, tok)
    if described is None:
        described = _heading_description_body(ctx, tok)
    if described is not None:
        return described
    if tok.dep_ in ("acl", "relcl", "amod"):
        head = tok.head
        owned = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")
                      and any(x.dep_ == "poss" and x.lower_ == "whose" for x in c.children)), None)
        if tok.dep_ == "relcl" and owned is not None:
            # "X, whose Y Council is chaired by Z": the participle is said of the body the clause names (its name,
            # or the name in apposition to "whose political wing"), not of X. An unnamed part ("whose youth wing is
            # led by Z") gives no leader (Z leads the wing, not X); backing or fighting a part still tells of X
            # ("whose youth wing is funded by Y": Y backs X), so that falls through to X
            named = ctx.actor(owned) if ctx.actor(owned) is not None else next(
                (ctx.actor(c) for c in owned.children if c.dep_ in ("appos", "conj") and ctx.actor(c) is not None), None)
            if named is not None:
                return named
            rel = ctx.kb.relations
            if (rel.get("of_phrases") or {}).get(norm(owned.lemma_)) == "part_of" \
                    and (rel.get("passive_participles") or {}).get(tok.lemma_.lower()) == "leader_of":
                return None
        if tok.dep_ == "acl" and _label_head(ctx, head, tok):
            return None  # "Dana Velk: backed by Ostravia, as always.": a speaker's words, not said of the speaker
        named = _place_apposition(ctx, head, tok)
        if named is not None:
            return named
        first = min([head.i, *(c.i for c in head.children if c.i < head.i)])
        if ctx.actor(head) is None and first >= 2 and doc[first - 1].text == "," \
                and ctx.actor(doc[first - 2]) is not None:
            return ctx.actor(doc[first - 2])  # "X, the movement led by Y": an apposition the parser lost
        if first >= 3 and doc[first - 1].text == "," and doc[first - 2].text == ")" and head.is_lower \
                and any(c.dep_ == "det" for c in head.children):
            # "X (XP), the Christian party led by Y": the name before the bracketed acronym, not the description
            j = next((k for k in range(first - 3, max(-1, first - 12), -1) if doc[k].text == "("), 0) - 1
            named = ctx.actor(doc[j]) if j >= 0 else None
            if named is not None and ctx.kind(named) == "organization":
                return named
        whole = _listed_whole(ctx, tok)
        if whole is None:
            whole = _last_conjunct(ctx, tok)
        if whole is None:
            whole = _apposition_phrase_body(ctx, tok)
        if whole is not None:
            return whole
        if tok.dep_ == "acl" and tok.head.dep_ == "pobj":
            named = _description_after_comma(ctx, tok.head)  # "X, a league of clan militias run by Y"
            if named is not None:
                return named
        obj = ctx.np_actor(tok.head)
        if obj is not None and obj in (ctx.np_actor(p) for ag in tok.children if ag.dep_ == "agent"
                                       for p in ag.children if p.dep_ == "pobj"):
            obj = None  # "a government headed by X" stands for X (PhraseResolver.described_owner), not for what X heads
        if obj is None and tok.head.dep_ == "appos":
            obj = ctx.np_actor(tok.head.head)
        if obj is None and tok.dep_ == "acl":
            # "its ally Amal, led by X", "his rivals, the Y Front, backed by X": the name in apposition to
            # the common noun the parser hung the participle on
            obj = next((ctx.actor(c) for c in tok.head.children if c.dep_ == "appos" and c.i < tok.i
                        and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "organization"), None)
        if obj is None and tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" \
                and tok.head.pos_ == "NOUN" and tok.head.head.head.dep_ == "appos" \
                and str((ctx.kb.relations.get("of_phrases") or {}).get(norm(tok.head.head.head.lemma_), "")).split(
                    "_")[0] not in (ctx.kb.relations.get("body_tie_relations") or ()):
            # "Y, a militia of 900 men commanded by X", "Y, an arm of the movement headed by X"; not a noun of a tie
            # between two bodies (relations.yaml of_phrases): "Y, the patron of the militias led by X" (X leads them)
            obj = ctx.np_actor(tok.head.head.head.head)
        if obj is None and tok.dep_ == "acl":
            obj = _predicate_subject(ctx, tok.head)  # "Y is a militia (of 900 men) led by X"
        if obj is None and tok.dep_ == "relcl":
            obj = _relcl_holder(ctx, tok.head)
        if obj is None and tok.dep_ == "acl":
            obj = _demonstrative_aside(ctx, tok.head)
        if obj is None and tok.dep_ == "acl" and tok.i > 0:
            # "an agreement with the X Front (XF) led by Y": the name right before the participle, the
            # parser having hung the participle on a noun further back
            j = tok.i - 1
            if doc[j].text == "," and j > 0 and tok.head.pos_ == "NOUN" and tok.head.lower_ in ctx.kb.state_nouns:
                j -= 1  # "the government of the X Council (XC), headed by Y": the body the government is of
            elif doc[j].text == "," and j > 0 and doc[j - 1].text in (")", "]") and _person_agent(ctx, tok) \
                    and _doer_before_bracket(doc, j - 1, tok.head):
                j -= 1  # "a raid by the X Front (XF), led by Y": a person leads the body doing it, named in brackets
            if doc[j].text in (")", "]"):
                j = _bracket_opener(doc, j) - 1
            near = ctx.actor(doc[j]) if j >= 0 else None
            if near is not None and ctx.kind(near) == "organization":
                obj = near
        if obj is None and tok.dep_ == "acl":
            obj = _described_head(ctx, tok.head)  # "Name - A militia of 900 men, led by X.": the entry's head
        if obj is None and tok.dep_ == "acl":
            obj = _followers_body(ctx, tok)  # "X commands the Y Forces. His forces, backed by Z, ..."
        return obj
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and any(
        x.dep_ == "auxpass" for x in tok.children)), None)
    if subj is None and tok.dep_ == "parataxis" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        # "X, a farmers' bloc headed by Y, has ...": the parser read the description as a clause whose
        # subject is its noun; the body named before the comma is what the participle describes
        noun = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        named = _description_after_comma(ctx, noun) if noun is not None else None
        if named is not None:
            return named
    if subj is None and depth and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
        # "Y is armed and paid by X": the first participle read as the copula's adjective, the agent on the second
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        if subj.lower_ in ("which", "who", "that"):
            # "Y, which is backed by X"; "a cell that officials say is trained by X"
            return _relcl_holder(ctx, tok.head) if tok.dep_ == "relcl" else _relative_antecedent(ctx, tok)
        if subj.pos_ == "PRON":
            return ctx.pronoun_actor(subj)
        found = ctx.np_actor(subj)
        if found is None:
            found = _government_of(ctx, subj)  # "the government of President X is backed by Y"
        if found is None and subj.pos_ == "NOUN" and norm(subj.lemma_) in ctx.kb.org_nouns \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children):
            found = _described_org(ctx, subj, tok)
        return found
    if tok.dep_ == "conj" and depth < 3 and (tok.head.tag_ == "VBN" or tok.head.pos_ == "ADJ"
                                              or tok.head.tag_ == "VBD" and tok.head.dep_ == "acl") \
            or depth < 3 and _listed_participle(tok):
        # ("a militia funded, armed and trained by X": the first read as a past tense; "Y has been funded, armed and
        # trained by X": the second hung on the first as a clause)
        return _participle_holder(ctx, tok.head, depth + 1)
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and _person_agent(ctx, tok) \
            and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and c.i < tok.i for c in tok.head.children):
        # "the X Guard, a clan force allied to Z and led by Sheikh Y": a participle the parser
        # conjoined to the named body whose description (a lower-case apposition) it goes on
        named = ctx.actor(tok.head)
        if named is not None and ctx.kind(named) == "organization":
            return named
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in tok.children):
        # "X, who call themselves Y and are led by Z", "X holds the port and is backed by Z": a passive verb
        # conjoined to an active one shares its subject
        return _clause_subject(ctx, tok)
    entry = ctx.entry_subject(tok)
    if entry:
        return entry[0]  # "Name - Led by X; funded by Y.": the entry's head
    if _set_off_participle(tok) and ctx.actor(_before_bracket(doc, tok.i - 2)) is not None:
        return ctx.actor(_before_bracket(doc, tok.i - 2))  # "Y, commanded for years by X, was ..." (read as a verb)
    if tok.dep_ == "advcl" and tok.left_edge.i == tok.sent.start and tok.i < tok.head.i:
        return _opening_clause_subject(ctx, tok)
    if tok.i > 1 and doc[tok.i - 1].text in (",", "("):
        before = _before_bracket(doc, tok.i - 2)  # (past "(UXR)": "the Union for X Resistance (UXR), led by Y")
        if ctx.actor(before) is None and before.dep_ == "pobj" and before.head.dep_ == "prep" \
                and before.head.head.i < before.i and ctx.actor(before.head.head) is not None:
            before = before.head.head  # "the Council in exile, led by X": the name the phrase qualifies
        return ctx.actor(before)  # "the Dawn Alliance, led by X" parsed as a clause
    return None


def _relative_object(verb: Token) -> bool:
    """Whether a relative clause's verb has the relative pronoun for its object ("X, whom officials described as")."""
    return any(c.dep_ == "dobj" and c.lower_ in ("whom", "who", "which", "that") for c in verb.children)


def _doer_before_bracket(doc, close: int, noun: Token) -> bool:
    """Whether the name before the bracket closing at ``close`` is the "by" doer of ``noun`` ("a raid by the X Front
    (XF)"), not a body the noun is aimed at or held with ("talks with the X Front (XF)", "an offensive against")."""
    k = _bracket_opener(doc, close) - 1
    name = doc[k] if k >= 0 else None
    return name is not None and name.dep_ == "pobj" and name.head.lower_ == "by" and name.head.head.i == noun.i


def _bracket_opener(doc, close: int) -> int:
    """The index of the bracket ("(" or "[") that the bracket at ``close`` closes, looked for up to 11 tokens back;
    0 when none is found."""
    return next((k for k in range(close - 1, max(-1, close - 12), -1) if doc[k].text in ("(", "[")), 0)


def _person_agent(ctx: _Ctx, tok: Token) -> bool:
    """Whether the "by" agent of participle ``tok`` names a person ("led by Colonel X"), not a state or a body."""
    return any((a := ctx.np_actor(p)) is not None and ctx.kind(a) == "person"
               for ag in tok.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj")


def _apposition_phrase_body(ctx: _Ctx, tok: Token) -> int | None:
    """"X, the largest group with 40 seats, led by Y,": a participle set off by a comma that the parser hung on the
    last noun of the prepositional phrases closing an apposition (a lower-case description) is said of the
    organisation that apposition describes; None otherwise (no comma before the participle, a clause on the way up,
    or a description that itself names an actor)."""
    if tok.dep_ != "acl" or tok.i < 1 or ctx.doc[tok.i - 1].text != "," or tok.head.dep_ != "pobj":
        return None
    return _apposition_owner(ctx, tok.head)


def _apposition_owner(ctx: _Ctx, noun: Token) -> int | None:
    """The organisation a lower-case apposition describes, climbed to from a noun inside that apposition's own
    prepositional phrases ("X, a pact of nine clans": from "clans" to X); None when the climb meets a clause or the
    description names another actor."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        if ctx.np_actor(noun) is not None or noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                                       for c in noun.children):
            # "X, a member of the alliance under Y": the phrase names another actor, or a definite body, on the way up
            return None
        noun = noun.head.head
    named = ctx.actor(noun.head) if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.is_lower else None
    if named is None or ctx.kind(named) != "organization" or ctx.np_actor(noun) not in (None, named):
        return None
    return named


def _role_holder(ctx: _Ctx, noun: Token) -> int | None:
    """"under the former mayor of Dussel, X", "under a retired colonel, X", "under the elder X": the person a
    lower-case role noun (roles.yaml titles and role words) stands for: named after its phrase and a comma, in
    apposition to its "of" object, inside that object with no comma, or right after the noun; None otherwise."""
    kb = ctx.kb
    if noun.pos_ != "NOUN" or not noun.is_lower or not ({norm(noun.lemma_), norm(noun.text)} & (
            kb._title_set | kb.role_words | kb.person_description_nouns)):
        return None
    found = _lost_apposition(ctx, noun)
    if found is None:
        found = next((ctx.actor(c) for o in _of_object(noun) if o.head.lower_ == "of" for c in o.children
                      if c.dep_ == "appos" and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person"), None)
    if found is None:
        found = _titled_of_person(ctx, noun)
    if found is None:
        found = _name_after_noun(ctx, noun)
    return found


def _description_after_comma(ctx: _Ctx, noun: Token) -> int | None:
    """"X, a farmers' bloc headed by Y", "X, a league of clan militias run by Y": the organisation
    named right before the comma that opens a description (a determined common noun; the members after "of" of a
    collective noun, word_lists.collective_nouns, climbed to that noun) that names no actor itself; None otherwise."""
    doc = ctx.doc
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.is_lower and ctx.actor(noun) is None \
            and noun.head.head.pos_ == "NOUN" and norm(noun.head.head.lemma_) in cues().collective_nouns:
        noun = noun.head.head
    if noun.pos_ != "NOUN" or not noun.is_lower or ctx.np_actor(noun) is not None \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children):
        return None
    first = noun.left_edge.i
    if first < 2 or doc[first - 1].text != "," or doc[first].lower_ not in ("the", "a", "an"):
        return None
    named = ctx.actor(doc[first - 2])
    return named if named is not None and ctx.kind(named) == "organization" else None


def _candidates_body(ctx: _Ctx, noun: Token) -> int | None:
    """"X will back candidates on the Y list", "X supports the Y Party's candidates", "X opposes candidates from Y":
    a body's candidates (word_lists.candidate_nouns) stand for the organisation they stand for (its possessor, or
    the object of "on", "of" or "from"); None otherwise."""
    if noun.pos_ != "NOUN" or norm(noun.lemma_) not in cues().candidate_nouns:
        return None
    found = [ctx.actor(c) for c in noun.children if c.dep_ == "poss"]
    found += [ctx.np_actor(p) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "from")
              for p in c.children if p.dep_ == "pobj"]
    found = [a for a in dict.fromkeys(found) if a is not None and ctx.kind(a) == "organization"]
    return found[0] if len(found) == 1 else None


def _followers_body(ctx: _Ctx, participle: Token) -> int | None:
    """"X commands the Y Forces. His forces, backed by Z, ...", "Drask's men, funded by Z,": a leader's followers
    (word_lists.follower_nouns) a participle describes stand for the one organisation the leader heads (_stand_ins,
    the agent's actor excluded as the pronoun's antecedent); None otherwise."""
    agents = [ctx.np_actor(p) for ag in participle.children if ag.dep_ == "agent"
              for p in ag.children if p.dep_ == "pobj"]
    found = _stand_ins(ctx, participle.head, exclude=next((a for a in agents if a is not None), None))
    return found[0] if len(found) == 1 and ctx.kind(found[0]) == "organization" and found[0] not in agents else None


def _predicate_subject(ctx: _Ctx, noun: Token) -> int | None:
    """"Y is a militia led by X", "Y is a party of farmers founded by X", "Y was a militia of 900 men commanded by
    X": the organisation a predicate noun of a body (organizations.yaml org nouns) says what it is -- the subject
    of "be" -- when a participle hangs on that noun or on its "of" object; None otherwise."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be" or norm(noun.lemma_) not in ctx.kb.org_nouns:
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    a = ctx.np_actor(subj) if subj is not None else None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _listed_whole(ctx: _Ctx, part: Token) -> int | None:
    """"X, an alliance of A and B, headed by Y": a participle set off by a comma after the last member of a
    coordinated "of" list of a collective noun in apposition describes the named whole (X), not the last
    member the parser hung it on ("an alliance of A and B led by Y", with no comma, stays B's)."""
    first = part.head
    if part.i < 1 or ctx.doc[part.i - 1].text != ",":
        return None
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not first.conjuncts or any(c.i > part.i for c in first.conjuncts):
        return None  # (a list of two or more, the participle after its last member)
    whole = _collective_anchor(ctx, first)
    return whole if whole is not None and ctx.kind(whole) == "organization" else None


def _last_conjunct(ctx: _Ctx, part: Token) -> int | None:
    """"A and its ally B, led by X", "A and B, led by X": a participle set off by a comma right after the last
    body of a coordination describes that body, wherever the parser hung it (on A, or on "ally")."""
    doc = ctx.doc
    j = part.i - 2
    if j < 0 or doc[part.i - 1].text != "," or ctx.tok2m[j] < 0:
        return None
    near = ctx.mentions[ctx.tok2m[j]]
    if near.actor < 0 or ctx.kind(near.actor) != "organization" or near.start <= part.head.i:
        return None
    t = doc[j]
    while t.i != part.head.i and t.head.i != t.i and t.dep_ != "conj":
        t = t.head
    if t.dep_ != "conj" or not part.head.i <= t.head.i < t.i:
        return None
    if part.head.i not in (t.head.i, t.i) and not _person_of_head(ctx, t.head, part.head):
        return None
    return near.actor


def _person_of_head(ctx: _Ctx, first: Token, head: Token) -> bool:
    """"the X coalition of former premier Y and the Z Organisation, led by W": the first conjunct is the person
    an "of" phrase gives the head noun (its leader), so the body after "and" is a second subject coordinated with
    the head, not a member of the "of" list."""
    a = ctx.np_actor(first)
    return first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.i == head.i \
        and a is not None and ctx.kind(a) == "person"


def _last_conjunct_named(ctx: _Ctx, appos: Token) -> int | None:
    """"voted with A and B, its old partner": a singular apposition set off by a comma right after the last name
    of a coordination describes that name, though the parser hung it on the first (A); None when it is plural
    ("A and B, both members of C") or no named conjunct ends right before its comma."""
    _tk = read_tokens(ctx.doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if appos.tag_ != "NN" or appos.left_edge.i < 2 or _tk[appos.left_edge.i - 1].text != ",":
        return None
    last = next((c for c in appos.head.conjuncts if c.i > appos.head.i and c.right_edge.i == appos.left_edge.i - 2),
                None)
    return ctx.np_actor(last) if last is not None else None


def _bracketed_for(ctx: _Ctx, appos: Token) -> int | None:
    """"A and B (the commander of C)", "talks with B [head of C]": a singular noun opening a bracket right after a
    name describes that name, wherever the parser hung it (on the first name of a list, on the clause). None when
    no name ends right before the bracket, the noun is plural or itself a name, or the noun's verb stands inside the
    bracket ("B (the head of C was absent)": a clause of its own, said of someone else)."""
    doc = ctx.doc
    j = appos.left_edge.i - 1
    if j < 1 or doc[j].text not in ("(", "[") or appos.pos_ != "NOUN" or appos.tag_ != "NN" \
            or _bracket_clause(ctx, appos):
        return None
    return ctx.actor(doc[j - 1])


def _bracket_clause(ctx: _Ctx, noun: Token) -> bool:
    """``noun`` opens a bracket ("B (the head of C was absent)", "B (the leader of C, D, was absent)") that holds a
    clause of its own: the noun's verb, or a verb after the noun's phrase, stands before the closing bracket. Such a
    bracket tells of someone else, not of the name before it."""
    doc = ctx.doc
    j = noun.left_edge.i - 1
    if j < 0 or doc[j].text not in ("(", "["):
        return False
    close = next((k for k in range(noun.i + 1, noun.sent.end) if doc[k].text in (")", "]")), noun.sent.end)
    return j < noun.head.i < close or any(doc[k].pos_ in ("VERB", "AUX") for k in range(noun.right_edge.i + 1, close))


def _person_of_before_comma(ctx: _Ctx, appos: Token, owner: int) -> int | None:
    """"the Harvest League of Pavel Drom, the governor of Volsk": a person's title (roles.yaml role words) in
    apposition right after the person an "of" phrase gives an organisation describes that person, though the parser
    hung it on the organisation. None for any other apposition ("the X of Y, the party's youth wing")."""
    j = appos.left_edge.i - 1
    if ctx.kind(owner) != "organization" or j < 2 or ctx.doc[j].text != "," \
            or norm(appos.lemma_) not in ctx.kb.role_words or appos.lemma_.lower() in (ctx.kb.relations.get("of_phrases") or {}):
        return None
    near = ctx.doc[j - 1]
    person = ctx.actor(near)
    if person is None or ctx.kind(person) != "person" or near.dep_ != "pobj" or near.head.lower_ != "of" \
            or near.head.head.i != appos.head.i:
        return None
    return person


def _opening_clause_subject(ctx: _Ctx, part: Token) -> int | None:
    """"Founded in 1998 by X, the movement ...", "Backed by Y, the Legion seized ...": a participle clause that
    opens the sentence is said of the main clause's subject (a definite description resolved: "the movement", the
    closest movement named before)."""
    doc = ctx.doc
    subj = next((c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > part.i), None)
    between = [t.text for t in doc[part.right_edge.i:subj.left_edge.i]] if subj is not None else []
    if subj is None or subj.pos_ == "PRON" or "," not in between or ";" in between:
        return None  # (not a pronoun: "Backed by Y, he won" may be said of whoever he is, the clause of no entry)
    found = _clause_subject(ctx, part.head)
    if found is None and subj.pos_ == "NOUN":
        found = ctx.definite(subj)
    return found


def _place_apposition(ctx: _Ctx, head: Token, part: Token) -> int | None:
    """"In Dorsk, the Regional Government of Y, headed by X": the parser hangs the participle (and the body's
    name, as an apposition) on the place name; the organisation named in apposition right before the
    participle is what it describes, not the place."""
    m = ctx.tok2m[head.i]
    fronted = head.dep_ == "pobj" and head.head.i == head.sent.start  # "In Dorsk, ..."
    if m < 0 or not fronted and ctx.mentions[m].label not in ("LOC", "GPE", "FAC"):
        return None
    for c in head.children:
        if c.dep_ == "appos" and head.i < c.i < part.i and c.right_edge.i >= part.i - 2:
            a = ctx.actor(c)
            if a is not None and a != ctx.actor(head) and ctx.kind(a) == "organization":
                return a
    return None


def _described_head(ctx: _Ctx, noun: Token) -> int | None:
    """The entry head a description's noun is said of: the noun is the root of the description, or the object
    of an "of" phrase on it ("Name - Islamist party led by X", "Name - Militia of 3,000 men, led by X")."""
    for _ in range(3):
        if noun.dep_ == "ROOT" or noun.dep_ == "conj" and noun.head.dep_ == "ROOT":
            return next(iter(ctx.entry_subject(noun)), None)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        else:
            return None
    return None


def _demonstrative_aside(ctx: _Ctx, noun: Token) -> int | None:
    """"X - that's the militia run by Y -", "X, this is the group led by Y,": a spoken aside whose subject "that" /
    "this" points back to the name right before the dash or comma; the noun it predicates describes that name."""
    doc = ctx.doc
    if noun.dep_ != "attr" or norm(noun.head.lemma_) != "be":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in ("that", "this") or subj.i < 2 \
            or doc[subj.i - 1].text not in ("-", "\u2013", "\u2014", "--", ","):
        return None
    return ctx.actor(doc[subj.i - 2])


def _conjoined_subjects(ctx: _Ctx, subj: Token | None, first: int) -> list[int]:
    """"A and B are both backed by X", "A, B and C were founded by X", "A and B, which back X": the other names
    conjoined to a passive subject (or a relative clause's antecedent) that stands for ``first``, of its kind (a
    state or a body with a state or a body, a person with a person)."""
    if subj is None or ctx.np_actor(subj) != first:
        return []
    person = ctx.kind(first) == "person"
    out = []
    for c in subj.conjuncts:
        a = ctx.np_actor(c)
        if a is not None and a != first and a not in out and (ctx.kind(a) == "person") == person:
            out.append(a)
    return out


def _passive_subject(tok: Token, depth: int = 0) -> Token | None:
    """The subject of a passive participle ("Y is backed by X"; "Y is funded and armed by X")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and any(
        x.dep_ == "auxpass" for x in tok.children)), None)
    if subj is None and tok.dep_ == "conj" and depth < 3 and tok.head.tag_ == "VBN":
        return _passive_subject(tok.head, depth + 1)
    return subj


def _described_org(ctx: _Ctx, noun: Token, verb: Token) -> int | None:
    """"The new group will be called the X and is headed by Y": a definite group noun stands for the one
    organisation named in its sentence before the verb (not one named earlier: it may be another)."""
    sent = noun.sent
    stop = next((t.i for t in sent if t.dep_ == "agent"), sent.end)  # not the agent's own name
    here = {m.actor for m in ctx.mentions if m.actor >= 0 and sent.start <= m.start < stop
            and ctx.kind(m.actor) == "organization"}
    return here.pop() if len(here) == 1 else None


def _relcl_holder(ctx: _Ctx, head: Token) -> int | None:
    """The actor a relative clause is said of: its head noun, or the name that noun describes ("X, a
    militia of hunters that is paid by Y": the clause hangs on "hunters", which describe X)."""
    for _ in range(4):
        found = ctx.np_actor(head)
        if found is not None or head.pos_ == "PROPN":
            return found
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        elif head.dep_ == "appos" and head.pos_ == "NOUN":
            head = head.head
        else:
            return None
    return None


@functools.lru_cache(maxsize=1)
def _reaction_verbs() -> frozenset[str]:
    """plover.yaml reactions: verbs of judging an act already done ("condemned the move"), one list for both
    layers."""
    from kingmaker.nlp.events import load_event_lexicon  # (lazy: events imports this module)
    return frozenset(norm(w) for w in load_event_lexicon().reactions)


def _place_clause(ctx: _Ctx, under: Token) -> Token:
    """The word an "under" phrase is said of: its head, or the verb of the place phrase the parser hung it on ("X,
    which operates in the Pell district under General Y": "under" on "district", said of "operates"); a place
    is a local place noun (facts.yaml local_place_nouns) or a place's name, not itself an actor."""
    from kingmaker.nlp.actors import _place_nouns  # the one list of local places (lazy: no import cycle)

    noun = under.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB" and ctx.actor(noun) is None \
            and (norm(noun.lemma_) in _place_nouns() or noun.ent_type_ in ("GPE", "LOC")):
        return noun.head.head
    return noun


def _named_government_modifier(name: Token) -> bool:
    """"the Tolvan government", "Tolvan government" (a heading): a name before a government noun with "the" or no
    article (not "a Tolvan government", one to come: "would not join a Tolvan cabinet"; nor "every Tolvan cabinet")."""
    return all(c.lower_ == "the" for c in name.head.children if c.dep_ == "det")


def _government_ruler(ctx: _Ctx, person: int, noun: Token) -> bool:
    """``person`` names the government ``noun`` (word_lists.ruling_nouns; "X's government", "the X cabinet") as its
    head: a person named in full somewhere (a one-word "person" may be a state the name
    finder missed), not a government named for itself, nor a former, shadow, future, exiled or local one
    (not_current_words, unheld_government_words, also hyphened: "the opposition leader's shadow cabinet", "X's
    would-be cabinet", "X's government-in-exile", "X's municipal government"), nor a ruling noun in another sense (``_ruling_noun_other_sense``: "X's training
    regime", "X's administration of the fund"), nor one of a person titled in opposition or in a town or province
    ("opposition leader X ... X's government would cut taxes", "Mayor X's administration": ``_local_or_opposition``)."""
    if ctx.kind(person) != "person" or ctx.actor(noun) is not None or norm(noun.text) not in cues().ruling_nouns:
        return False
    unheld = cues().not_current_words | cues().unheld_government_words
    hyphened = (w for w in span_text(ctx.doc, noun.left_edge.i, noun.i).lower().split() if "-" in w)
    if any(c.dep_ in ("amod", "compound") and norm(c.text) in unheld for c in noun.children) \
            or any(norm(w) in unheld for w in hyphened) \
            or any(c.dep_ == "prep" and c.lower_ == "in" and any(norm(p.text) in unheld for p in c.children)
                   for c in noun.children):  # "X's government in exile", "X's government-in-exile"
        return False
    if _ruling_noun_other_sense(ctx, noun):
        return False
    if not any(len(n.split()) > 1 for n in ctx.actors[person].names if n):
        return False
    return not _local_or_opposition(ctx, person)


def _ruling_noun_other_sense(ctx: _Ctx, noun: Token) -> bool:
    """"X's training regime", "his filing cabinet" (a word of word_lists.ruling_other_senses before the noun), "X's
    administration of the relief fund" (word_lists.ruling_act_nouns with an "of" phrase naming no state, relations.yaml
    state_words): the ruling noun names a scheme, a thing or an act, no government."""
    if any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().ruling_other_senses for c in noun.children):
        return True
    return norm(noun.text) in cues().ruling_act_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" and not _is_state_word(ctx, p)
        for c in noun.children for p in c.children if p.dep_ == "pobj")


def _local_or_opposition(ctx: _Ctx, person: int) -> bool:
    """``person`` is titled somewhere in the text as in opposition (word_lists.opposition_words: "opposition leader
    X") or as a town's or region's head (word_lists.local_head_titles, relations.yaml local_title_words: "Mayor X",
    "Regional Premier X"), not a province's governor (``_province_titled``): a government named for that person is
    no government of the state."""
    if _province_titled(ctx, person):
        return False
    words = cues().opposition_words | cues().local_head_titles \
        | frozenset(norm(w) for w in ctx.kb.relations.get("local_title_words") or ())
    return any(norm(w) in words for title in _titles_before(ctx, person, ctx.doc[:]) for w in title)


def _province_titled(ctx: _Ctx, person: int) -> bool:
    """``person`` is titled somewhere in the text as a province's governor (relations.yaml province_titles: "Governor
    X", "the Tarsk governor X"): a post the state appoints to, so a government named for X makes X a member of the
    state, not its ruler ("Governor X's administration")."""
    titles = frozenset(norm(t) for t in ctx.kb.relations.get("province_titles") or ())
    return any(norm(" ".join(title[k:])) in titles for title in _titles_before(ctx, person, ctx.doc[:])
               for k in range(len(title)))


def _is_state_word(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` names a state: a country actor ("the presidency of Kalvar"), or a noun standing for the article's
    state (relations.yaml state_words: "the presidency of the republic")."""
    a = ctx.np_actor(tok) if tok.dep_ == "pobj" else ctx.actor(tok)
    return a is not None and ctx.kind(a) == "country" or norm(tok.text) in _state_words(ctx)


def _office_not_now(verb: Token) -> bool:
    """The chief office or post is not told as won or held now: negated or hypothetical (``_unreal``), denied, a
    condition ("if X wins the presidency"), an aim only (a to-infinitive: "X vowed / failed / refused to take the
    presidency", "X hopes to win it"), ended (``_told_as_past``: "held until 2022 by X", "X previously held the post
    of president"), or a state verb (word_lists.office_state_verbs) in the simple past
    ("X held the presidency from 2001 to 2005", not "X has held the presidency since 2019") or past perfect ("X had
    held the presidency for ten years"), or left again (``_office_left_after``: "X won it but lost it in 2006")."""
    if _unreal(verb) or _denied(verb) or _conditional(verb):
        return True
    if verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    if _told_as_past(verb) or _office_left_after(verb):
        return True
    return norm(verb.lemma_) in cues().office_state_verbs and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


def _office_left_after(verb: Token) -> bool:
    """"X won the presidency in 2001 but lost it in 2006", "X took the premiership and resigned a year later", "...
    before he was ousted in 2006", "X, who won the presidency in 2019, resigned on Monday": a verb joined to the
    winning one, a clause on it, or the main verb of its holder (the winning verb a relative clause on the subject)
    that leaves the office again (relations.yaml membership_exit_verbs), with no object or the office itself ("it",
    a chief office noun; also after "from" or "as"), its subject none or a pronoun; not "won the presidency and quit
    the party", "and never lost it", "after Y resigned"."""
    exits = knowledge().relations.get("membership_exit_verbs") or ()
    after = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass"):
        after.append(verb.head.head)
    for c in after:
        if c.pos_ != "VERB" or norm(c.lemma_) not in exits or _unreal(c) or any(
                x.dep_ in ("nsubj", "nsubjpass") and x.pos_ != "PRON" and x.i != verb.head.i for x in c.children):
            continue  # (not "... and never lost it", "won it after Y resigned": another's leaving)
        objs = [o for o in c.children if o.dep_ == "dobj"] + [o for p in c.children if p.dep_ == "prep"
                                                              and p.lower_ in ("from", "as")
                                                              for o in p.children if o.dep_ == "pobj"]
        if all(o.lower_ == "it" or norm(o.lemma_) in cues().chief_office_nouns for o in objs):
            return True
    return False


def _office_of_other(ctx: _Ctx, office: Token, verb: Token, post: bool = False) -> bool:
    """The office or post is some body's or some place's, not the state's chief office: a word before it
    (``modifiers``; not a tenure word, relations.yaml tenure_words, "the interim presidency", nor the state's name:
    "the party presidency", "the rotating presidency"), an "of" phrase naming no state ("the presidency of the
    football federation", not "of the republic": ``_is_state_word``), a body or place it is held at, in or with ("the
    post of president at the central bank", "won the premiership with Vorn Rovers", "won the presidency in Voren": a
    state named there is that state's office, for the rules that read it). A ``post`` noun ("the post of president")
    has its title after "of" and is read without its modifiers ("the powerful post of president")."""
    tenure = frozenset(norm(w) for w in ctx.kb.relations.get("tenure_words") or ())
    if not post and any(c.dep_ in ("amod", "compound", "nmod") and c.i < office.i and norm(c.text) not in tenure
                         and not _is_state_word(ctx, c) for c in office.children):
        return True
    own = ("at", "in", "within", "with") if post else ("of", "at", "in", "within", "with")
    for head, preps in ((office, own), (verb, ("at", "within", "in"))):
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for p in c.children:
                if p.dep_ != "pobj" or p.ent_type_ in ("DATE", "TIME"):
                    continue
                if head is verb and c.lower_ == "in" and not _is_state_word(ctx, p):
                    continue  # "won the presidency in a landslide": no place
                if c.lower_ != "of" or not _is_state_word(ctx, p) or head is verb:
                    return True
    return False


def _chief_office_won(ctx: _Ctx, office: Token, implied: list) -> None:
    """"X won the presidency", "X has held the premiership since 2019" (word_lists.chief_office_verbs with a
    chief_office_nouns object), "the presidency, held since 2022 by X" (the verb's participle on the office, its
    holder after "by"): X leads the article's state, or the state that owns the office ("the presidency of Velnia",
    "Velnia's presidency": ``_body_owner``). Not an office some other body owns ("the presidency of the Council",
    "the bar's presidency": ``_body_owner``; "the party presidency": ``_office_of_other``), a former one, nor one only
    sought or lost ("X hopes to win the presidency", "X did not win the presidency", "X held the presidency until
    2010": ``_office_not_now``; "X lost the presidency": no such verb), nor the office as a body the verb does
    something to (``_office_acted_on``: "X holds the presidency responsible", "X won the presidency over")."""
    owner = _body_owner(ctx, office, None)
    if owner is not None and ctx.kind(owner) != "country" \
            or any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().not_current_words for c in office.children):
        return
    if office.dep_ == "dobj" and norm(office.head.lemma_) in cues().chief_office_verbs:
        verb = office.head
        stranded = _stranded_conj_subject(verb)
        holder = _clause_subject(ctx, verb) if stranded is None else ctx.np_actor(stranded)
        if holder is None:  # "On 7 May 2024 former premier X won the presidency": the fronted date took the subject
            from kingmaker.nlp.events import _dated_subject  # (lazy: events imports this module)

            swallowed = _dated_subject(verb, names=True)
            holder = ctx.np_actor(swallowed) if swallowed is not None else None
    else:
        verb = next((c for c in office.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and norm(c.lemma_) in cues().chief_office_verbs), None)
        agent = next((p for c in (verb.children if verb is not None else ()) if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"), None)
        holder = ctx.np_actor(agent) if agent is not None else None
    if holder is None or ctx.kind(holder) != "person" or _office_not_now(verb) or _office_of_other(ctx, office, verb) \
            or _office_acted_on(verb, office):
        return
    if owner is not None:  # "X won the presidency of Ostravia", "X holds Ostravia's premiership": that state's
        ctx.add(holder, "leader_of", owner, office.sent, 0.7)
        return
    implied.append((holder, "leader_of", office.sent))


def _office_acted_on(verb: Token, office: Token) -> bool:
    """The office is a body the verb does something to, not an office won or held: a predicate on the object ("X
    holds the presidency responsible", "kept the presidency waiting": oprd, acomp, or an xcomp that is no
    to-infinitive: "won the presidency to become ..." is one won), a particle after it ("won the presidency over",
    not "took over the presidency") or a bare "to" phrase on the verb ("took the presidency to court")."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") or c.dep_ == "prt" and c.i > office.i:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > office.i and any(
                p.dep_ == "pobj" and not any(d.dep_ in ("det", "poss") for d in p.children) for p in c.children):
            return True  # ("took the presidency to court / to task", not "held it to the dismay of the army")
        if c.dep_ == "xcomp" and not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
    return False


def _stranded_conj_subject(verb: Token) -> Token | None:
    """"X won the presidency of Velnia and Y won that of Kalvar": the parser joined Y onto the noun before "and"
    and left the second verb with no subject (``_clause_subject`` would give it X's): the name right before a
    joined finite verb that has no subject of its own, itself joined onto a noun of the first clause, is its
    subject (an actor or not: never X)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.dep_ in ("nsubj", "nsubjpass"):
        return None
    return name


def _post_of_title(ctx: _Ctx, post: Token, implied: list) -> None:
    """"X holds the post of acting president", "X, who took the office of prime minister" (a post noun, word_lists
    post_nouns, the object of one of chief_office_verbs, its "of" naming a leader's title of relations.yaml
    implied_state_titles, the whole title less a tenure word, relations.yaml tenure_words; no former one:
    not_current_titles): X leads the article's state (not "X hopes to take the post of president", "X held the post
    of president until 2010": ``_office_not_now``; nor "the post of president of the Bar Council", which names its
    body, nor "the post of president at the central bank": ``_office_of_other``)."""
    verb = post.head
    role = next((p for c in post.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)
    if role is None or any(c.dep_ == "prep" for c in role.children) or _office_not_now(verb) \
            or _office_of_other(ctx, post, verb, post=True):
        return
    mods = [c for c in role.children if c.dep_ in ("amod", "compound") and c.i < role.i]
    if any(norm(c.text) in (ctx.kb.relations.get("not_current_titles") or ()) for c in mods):
        return
    titles = ctx.kb.relations.get("implied_state_titles") or {}
    tenure = set(ctx.kb.relations.get("tenure_words") or ())
    words = [norm(c.text) for c in mods if norm(c.text) not in tenure] + [norm(role.text)]
    if titles.get(" ".join(words)) != "leader_of":  # ("acting president", not "deputy president")
        return
    holder = _clause_subject(ctx, verb)
    if holder is not None and ctx.kind(holder) == "person":
        implied.append((holder, "leader_of", post.sent))


def _took_power(verb: Token) -> bool:
    """"X seized power in a coup", "X came to power in 2019", "which took power in 2021": a verb of taking power
    (word_lists.power_verbs) with "power" as its object or in its phrase, said as done (not negated or hypothetical)."""
    return verb.pos_ == "VERB" and norm(verb.lemma_) in cues().power_verbs and not _unreal(verb) \
        and any(c.lower_ == "power" and c.dep_ in ("dobj", "pobj") or c.dep_ == "prep" and any(
            x.lower_ == "power" for x in c.children) for c in verb.children)


def _unreal(verb: Token) -> bool:
    """Negated or hypothetical: "is not backed by", "would be led by", "no longer sits on" (the children's labels
    read from the per-Doc tree: no ``Token`` made of each child); or only claimed: "a claim / rumour that X signed
    a pact with Y" (the content clause of a noun of hearsay, relations.yaml hearsay_nouns, asserts nothing)."""
    doc = verb.doc
    deps, lows = token_deps(doc), token_lowers(doc)[0]
    return _no_longer(verb) or any(deps[c] == "neg" or (deps[c] in ("aux", "auxpass") and lows[c] in HYPOTHETICAL)
                                   for c in token_children(doc)[verb.i]) or _hearsay(verb) or _said_not(verb)


def _yet_to_be(verb: Token) -> bool:
    """"the Y Union, to be formed by A and B", "a force to be trained by X": a passive infinitive on a noun tells
    what is planned for it, no tie that holds yet."""
    return verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _said_not(verb: Token) -> bool:
    """The clause of a negated report (relations.yaml report_verbs): "Y does not say that X belongs to it", "the
    statement did not claim X was part of Y" assert nothing ("X said it is not part of Y" is negated itself)."""
    head = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    if head.dep_ != "ccomp" or head.head is head or head.head.i > head.i:
        return False
    report = head.head
    return report.lemma_ in cues().report_verbs and any(c.dep_ == "neg" for c in report.children)


def _hearsay(verb: Token) -> bool:
    """"A claim that X signed a pact with Y has been shared", "the rumour that X joined Y": ``verb`` heads the
    "that" clause of a noun of hearsay (relations.yaml hearsay_nouns), also when the parser read "that" as a relative
    pronoun object of a verb that has an object of its own ("a rumour that X signed an alliance with Y")."""
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" \
            and norm(noun.head.head.lemma_) in cues().hearsay_nouns:
        noun = noun.head.head  # "a claim by a deputy that X was Y's wing": the clause hung on the claimant
    if verb.dep_ not in ("acl", "ccomp", "relcl") or noun.pos_ != "NOUN" or noun.i > verb.i \
            or norm(noun.lemma_) not in cues().hearsay_nouns:
        return False
    that = next((c for c in verb.children if c.lower_ == "that" and c.i < verb.i), None)
    return that is not None and (that.dep_ == "mark" or that.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children))


def _no_longer(verb: Token) -> bool:
    """"X no longer backs Y", "X is no longer a member of Y": a tie named as ended."""
    doc = verb.doc
    kids, deps, lows = token_children(doc), token_deps(doc), token_lowers(doc)[0]
    return any(deps[c] == "advmod" and lows[c] == "longer" and any(lows[x] == "no" for x in kids[c])
               for c in kids[verb.i])


def _successor_posts(ctx: _Ctx) -> None:
    """"Y succeeded X as emir", "Y replaced X as party chairman", "X was succeeded by Y", "X resigned and was replaced
    by his deputy, Y": the successor (a person) takes the post the predecessor (a person) is found leading
    (word_lists.successor_verbs): with a bare leader's title after "as" (roles.yaml leader_roles, head_of_state_titles)
    the predecessor's lead of a state for a head of state's title (else of a body), of a body for another leader's
    title; with no title, the predecessor's one lead when there is only one. Nothing for a deputy's or member's
    title, nor when negated, hypothetical or only wished ("is expected to succeed him", "may replace her")."""
    kb, c = ctx.kb, cues()
    for verb in read_tokens(ctx.doc):
        if verb.pos_ != "VERB" or not _verb_in(verb, c.successor_verbs) or _unreal(verb) or _conditional(verb) \
                or _to_come_only(verb):
            continue  # (nor "if Y succeeds him")
        kids = list(verb.children)
        passive = any(x.dep_ == "auxpass" for x in kids)
        if passive:
            old = _clause_subject(ctx, verb)
            # (the agent's "by" may hang on a phrase of the verb's: "was succeeded as president by Y", "was replaced
            # on an interim basis by his deputy, Y")
            agents = [x for x in kids if x.dep_ == "agent"] + [p for x in kids if x.dep_ == "prep" and x.lower_ != "by"
                                                               for o in x.children if o.dep_ == "pobj"
                                                               for p in o.children if p.dep_ == "prep"
                                                               and p.lower_ == "by"]
            new = next((ctx.np_actor(o) for x in agents for o in x.children if o.dep_ == "pobj"), None)
        else:
            new = _clause_subject(ctx, verb)
            if new is None:
                new = next((a for a in (ctx.np_actor(x) for x in kids if x.dep_ == "nsubj") if a is not None), None)
            obj = next((x for x in kids if x.dep_ == "dobj"), None)
            old = None if obj is None or new is None else ctx.pronoun_actor(obj, exclude=new) if obj.pos_ == "PRON" \
                else ctx.np_actor(obj)
            if old is not None and obj.pos_ == "PRON" and not isinstance(old, _Group):
                # ("X was killed, and Y succeeded him": a "him" found only further back may be another man; the
                # predecessor is named in this sentence or the one before)
                first = verb.doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
                if not any(ctx.actor(verb.doc[i]) == old for i in range(first, verb.i)):
                    continue
        if old is None or new is None or old == new or isinstance(old, _Group) or isinstance(new, _Group) \
                or ctx.kind(old) != "person" or ctx.kind(new) != "person":
            continue
        title = next((o for x in kids if x.dep_ == "prep" and x.lower_ == "as" for o in x.children
                      if o.dep_ == "pobj"), None)
        led = [h.target for h in ctx.hits if h.source == old and h.type == "leader_of"]
        led = list(dict.fromkeys(t for t in led if ctx.kind(t) in ("country", "organization")))
        if title is None:
            targets = led if len(led) == 1 else []
        else:
            if any(x.dep_ == "prep" and x.lower_ in ("of", "for", "to") or x.dep_ == "poss" for x in title.children):
                continue  # "as president of Y", "as Y's envoy": the post's own body, read by the role rules
            words = norm(" ".join(x.text for x in title.subtree if x.dep_ in ("compound", "amod") or x is title))
            if words in kb.head_of_state_titles or norm(title.text) in kb.head_of_state_titles:
                states = [t for t in led if ctx.kind(t) == "country"]
                targets = states or led  # ("succeeded him as emir" of a movement: the one he led)
            elif words in kb.leader_roles or norm(title.text) in kb.leader_roles:
                targets = [t for t in led if ctx.kind(t) == "organization"]
            else:
                targets = []
        for t in targets:
            ctx.add(new, "leader_of", t, verb.sent, 0.6)


def _state_named_persons(ctx: _Ctx) -> None:
    """"Ostria's X", a person named right after a state's possessive with no title between: in a list after one
    titled so ("Syria's foreign minister X, Jordan's Y and ..."), the title that list shares (a head of state's:
    leader, any other: member; none for a title not held now, "former"); else that state's leader only when told in
    the frame of states or of their leaders (_as_state_acts: "did not invite Ostria's X, Cuba or Nicaragua", "Y of
    Kenya congratulated Z, as did Ostria's X"), since ministers, envoys, dissidents, athletes and former leaders are
    named so too ("Russia's X died in prison", "Iran's X said"). Nothing for a person the text ties to a state
    another way or has leading a body (a party leader named so), nor for one described right after ("Ostria's X, a
    dissident,", "X, who left office")."""
    doc, kb = ctx.doc, ctx.kb
    # (a person found leading a body, "X, leader of the Y Union", may be named for that post: "Ostria's X" a party
    # leader of Ostria)
    tied = {h.source for h in ctx.hits if h.type in ("leader_of", "member_of") and ctx.kind(h.target) == "country"
            or h.type == "leader_of" and ctx.kind(h.target) == "organization"}
    leaders: dict[int, set[int]] = {}
    for h in ctx.hits:
        if h.type == "leader_of" and ctx.kind(h.target) == "country":
            leaders.setdefault(h.source, set()).add(h.target)
    for tok in read_tokens(doc):
        if tok.dep_ != "poss" or ctx.tok2m[tok.i] < 0:
            continue
        state = ctx.actor(tok)
        m = ctx.mentions[ctx.tok2m[tok.i]]
        if state is None or ctx.kind(state) != "country" or m.end + 1 >= len(doc) \
                or doc[m.end].text not in ("'s", "’s") or ctx.tok2m[m.end + 1] < 0:
            continue
        pm = ctx.mentions[ctx.tok2m[m.end + 1]]
        person = pm.actor
        if pm.start != m.end + 1 or person is None or ctx.kind(person) != "person" or person in tied \
                or any(norm(t.text) in kb.title_words for t in doc[pm.start:pm.end]):
            continue
        if pm.end + 1 < len(doc) and doc[pm.end].text in (",", "(") and (doc[pm.end + 1].is_lower
                                                                          or doc[pm.end + 1].pos_ == "DET"):
            continue  # "Kalvar's X, a dissident,": the description says who X is
        typ = None
        # "Syria's foreign minister X, Jordan's Y": the title of the list's titled name before (a comma apart)
        j = m.start - 1
        if j > tok.sent.start and doc[j].text == "," and ctx.tok2m[j - 1] >= 0:
            before = ctx.mentions[ctx.tok2m[j - 1]]
            k = before.start - 1
            words = []
            while k >= tok.sent.start and ctx.tok2m[k] < 0 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
                words.insert(0, norm(doc[k].text))
                k -= 1
            if set(words) & _rel_words(ctx, "not_current_titles"):
                continue  # "Chile's former president X, Peru's Y": a post not held now, nor read of Y
            title = " ".join(words)
            if title and (title in kb._title_set or words[-1] in kb.title_words or title in kb.member_roles):
                typ = "leader_of" if title in kb.head_of_state_titles else "member_of"
        if typ is None:
            # with no title shared, a state's person may be its minister, envoy, dissident, athlete or former leader
            # ("Russia's X died in prison", "Iran's X said"): its leader only when told acting as the state does
            head = doc[pm.start:pm.end].root
            if not _as_state_acts(ctx, head, state, leaders):
                continue
            typ = "leader_of"
        ctx.add(person, typ, state, tok.sent, 0.55)


def _as_state_acts(ctx: _Ctx, head: Token, state: int, leaders: dict[int, set[int]]) -> bool:
    """Whether a person named by a state's possessive ("Uganda's X", ``head`` the name's head) is told in the frame
    of states or of other states' leaders (``leaders``: person -> states the text has him leading): listed with
    states or with such leaders ("did not invite Venezuela's X, Cuba or Nicaragua", "Kenya's Y, Uganda's X and
    ..."), the subject of a clause that repeats a leader's act ("President Y of Kenya congratulated Z, as did Uganda's
    X"), or named alongside such leaders ("attended the summit alongside A, B and C"). Not a state's person who
    only says, dies, meets or plays (a minister, envoy or dissident is named so too)."""
    def peer(t: Token) -> bool:
        a = ctx.actor(t)
        if a is None or isinstance(a, _Group) or a == state:
            return False
        if ctx.kind(a) == "country":
            return True
        # (a leader named with a title not held now, "former president Y", is no peer)
        k = ctx.tok2m[t.i]
        start = ctx.mentions[k].start if k >= 0 else t.i
        return bool(leaders.get(a, set()) - {state}) and not any(
            norm(x.text) in former for x in ctx.doc[max(t.sent.start, start - 3):start])

    former = _rel_words(ctx, "not_current_titles")

    top = head
    while top.dep_ in ("conj", "appos"):
        top = top.head
    if any(peer(t) for t in _list_members(top) if t is not head):
        return True  # listed with states or their leaders
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_ == "do" and verb.i > head.sent.start \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "neg") for c in verb.children):
        # "Y congratulated Z, as did Uganda's X": it repeats the act of the clause just before (the parser may hang
        # it on a later one), done by another state's leader
        done = next((v for v in reversed(head.doc[head.sent.start:verb.i]) if v.pos_ == "VERB"
                     and any(c.dep_ == "nsubj" for c in v.children)), None)
        subj = _clause_subject(ctx, done) if done is not None and not _unreal(done) else None
        if subj is not None and not isinstance(subj, _Group) and leaders.get(subj, set()) - {state}:
            return True
    if head.dep_ != "nsubj" or _unreal(verb):
        return False
    # "X attended the summit alongside A, B and C" (leaders of other states; the parser may hang it on the object)
    return any(peer(t) for h in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in h.children
               if p.dep_ == "prep" and p.lower_ == "alongside"
               for o in p.children if o.dep_ == "pobj" for t in _list_members(o))


def _implied_state_ties(ctx: _Ctx, implied: list[tuple[int, str, Span]]) -> None:
    """Titles naming no state ("Prime Minister X", "a government spokesman, X") tie the person to the
    article's state (``home_state``), unless the text ties that person to a state some other way; a title
    first met right after a sentence about another state ("Australia says it is sending a frigate. Defence
    Minister X said ...") is that state's; a person the text has heading a government of its own ("the X
    Regional Government, headed by Prime Minister Y") holds that government's title, not the state's."""
    home = ctx.title_home()
    narrator = _narrator_state(ctx)
    home = narrator if narrator is not None else home
    own_titled = ctx.__dict__.get("first_person_titled", set())
    stated = {h.source for h in ctx.hits if h.type in ("leader_of", "member_of") and ctx.kind(h.target) == "country"
              or h.type == "leader_of" and _local_government(ctx, h.target)}
    best: dict[int, tuple[str, Span]] = {}
    first: dict[int, Span] = {}
    for person, typ, sent in implied:
        if person in stated:
            continue
        if person not in best or typ == "leader_of" and best[person][0] != "leader_of":
            best[person] = (typ, sent)
        if person not in first or sent.start < first[person].start:
            first[person] = sent
    for person, (typ, sent) in best.items():
        if person in own_titled:  # "X, our defence minister": the narrator's state or none
            if narrator is not None:
                ctx.add(person, typ, narrator, sent, 0.6)
            continue
        not_of, hosted_in, other = _title_state_evidence(ctx)
        state = _appointing_state(ctx, person, first[person])
        if state is None and person in hosted_in and len(hosted_in[person] - not_of.get(person, set())) == 1:
            state = next(iter(hosted_in[person] - not_of.get(person, set())))  # "received X in Ostria": Ostria's
        if state is None:
            state = _clause_state(ctx, person, first[person])
        if state is None:
            state = _commanded_state(ctx, person, first[person])
        if state is None:
            state = _opening_state(ctx, first[person])
        if state is None:
            state = _seat_state(ctx, person, first[person])
        if state is None:
            state = _visited_state(ctx, person, first[person])
        if state is None:
            state = _led_party_state(ctx, person)
        if state is None:
            state = _introducing_state(ctx, first[person], person)
        if state is None:
            state, unknown = _heading_state(ctx, first[person])  # "2. TESMARO: A TRUCE" ... "President X refused"
            if unknown:
                continue  # "KESSA: BANK CHIEF HELD" ... "Prime Minister X": no post in a state the text names
        if state is None and home is not None and _speaks_of_another_state(ctx, person, first[person], home):
            continue  # "Prime Minister X said Velnia would defend itself": no post in the story's state
        if (home if state is None else state) in _posted_to(ctx, person):
            continue  # "Y, President X's special envoy to Velnia": X's post is not Velnia's
        if state is None and home is None:
            state = _reported_state(ctx, person, first[person])  # (a story about two states named as often)
        if state is None and typ == "leader_of" and home is not None \
                and _post_held_by_another(ctx, person, home, first[person]):
            continue  # "Velnia's president, X ... President Y": Y holds no post Velnia gave X; Y is another state's
        state = home if state is None else state
        framed, sender = _foreign_frame(ctx, person, first[person], state) if state is not None else (False, None)
        if framed and sender is not None:
            ctx.add(person, typ, sender, sent, 0.6)  # "the Ghanaian delegation was led by an aide to President X"
        if framed:
            continue  # "a spokesman for Premier X said that Ostria will ...": X's title is the reported state's
        if state is not None and state in not_of.get(person, ()):
            # "his Velnian counterpart", "named Y envoy to Velnia", "travelled to Velnia": not Velnia's post; the one
            # other state named where a counterpart is met, else no state at all
            left = other.get(person, set()) - not_of[person]
            if len(left) != 1:
                continue
            state = left.pop()
        seat = next((b for p, _, b in ctx.force_posts if p == person and b.startswith("parliament")), None)
        if seat is not None:  # a speaker's post is the legislature's, not a tie to the state
            body = _state_body(ctx, state, "parliament") if state is not None else None
            if body is None:  # "the Speaker, X" in a story naming one legislature
                own = ctx.actors[state].key.split(":", 1)[-1] if state is not None else None
                chambers = {a.idx for a in ctx.actors if a.kind == "organization" and a.mentions
                            and (a.subkind == "legislature" or _chamber_name(ctx, a.name))
                            and not (own is not None and a.key.startswith("inst:") and a.key.split(":")[1] != own
                                     and _body_named_for_its_state(ctx, a.idx))}
                # (not "the Velnian parliament", named for another state, in a story about Ostria)
                body = chambers.pop() if len(chambers) == 1 else None
            if body is not None or "named" not in seat.split():
                ctx.add(person, "member_of" if "deputy" in seat.split() else "leader_of", body, sent, 0.6)
                continue
            if "deputy" not in seat.split():
                typ = "leader_of"  # "parliament Speaker X", no legislature named: heads the state's (its chamber)
        if state is not None:
            forces = [f for f in (_state_body(ctx, state, body) for body in dict.fromkeys(
                b for p, _, b in ctx.force_posts if p == person)) if f is not None]
            for force in forces:
                ctx.add(person, "leader_of", force, sent, 0.6)  # "the army chief, X": heads the state's military
            if not forces or typ == "leader_of":
                # (an army chief whose state's force the text names is that force's head, not a member of the
                # state's government besides; named by no force, the state keeps the tie, leader_of for a post
                # heading the state's military, the state standing for its forces, as for "Ostravia's army chief":
                # _heads_state_force)
                military = not forces and any(p == person and b == "military" for p, _, b in ctx.force_posts) \
                    and person not in ctx.__dict__.get("staff_chiefs", set())
                ctx.add(person, "leader_of" if military else typ, state, sent, 0.6)


def _body_named_for_its_state(ctx: _Ctx, body: int) -> bool:
    """A mention of the state body ``body`` (an "inst:" actor) names its state in its own words ("the Velnian
    parliament", "Velnia's parliament"): not a body the text names only by a bare house name the gazetteer keys to
    one state, which may be another state's house of that name."""
    from kingmaker.nlp.actors import _demonym_forms  # the one rule for a state's adjectives (lazy: no cycle)

    state = ctx.actors[body].key.split(":")[1]
    forms = {norm(f) for f in (state, *_demonym_forms(state))}
    texts = [m.text for m in ctx.mentions if m.actor == body]
    return any(any(norm(w.strip("'’")) in forms or norm(w).removesuffix("'s") in forms for w in t.split())
               for t in texts)


def _title_state_evidence(ctx: _Ctx) -> tuple[dict[int, set[int]], dict[int, set[int]], dict[int, set[int]]]:
    """What the text says of the state a person serves, read once per document, for titles naming no state
    (``_implied_state_ties``): (1) the states each person is shown not to be of: "his Velnian counterpart" (the
    counterpart's nation; relations.yaml counterpart_nouns, "opposite number"), "named Y (his) envoy to Velnia",
    "dispatched an envoy to Velnia", "Y, X's envoy to Velnia" (who posts an envoy to a state: posted_roles),
    "travelled to Velnia", "visited Velnia's president", "paid a call on the president of Velnia" (a visitor:
    visitor_verbs, visit_nouns); (2) the states each person hosts a guest in ("received X in Ostria", "welcomed a
    delegation to Ostria": guest_host_verbs; a state's name or capital, not its adjective); (3) the states named by
    their own name in a sentence where the person meets a counterpart, the person's own state when it is the one
    such state left."""
    if hasattr(ctx, "_title_evidence"):
        return ctx._title_evidence
    doc, c = ctx.doc, cues()
    not_of: dict[int, set[int]] = {}
    hosted: dict[int, set[int]] = {}
    other: dict[int, set[int]] = {}
    lows = token_lowers(doc)[0]

    def who(tok: Token | None, pronoun: bool = False) -> int | None:
        """The person ``tok`` names; a pronoun only where ``pronoun`` (a counterpart's "his": a pronoun subject of a
        visit may as well be the one called or met: "X telephoned Y and said he would visit")."""
        if tok is None:
            return None
        a = ctx.actor(tok)
        if a is None and pronoun and tok.pos_ == "PRON" and tok.lower_ in ("his", "her"):
            a = ctx.pronoun_actor(tok)
        return a if a is not None and ctx.kind(a) == "person" else None

    def subject(verb: Token) -> int | None:
        while verb.dep_ in ("xcomp", "conj") and not any(k.dep_ == "nsubj" for k in verb.children):
            verb = verb.head  # "decided to send an envoy to Velnia", "... and flew to Velnia"
        return who(next((k for k in verb.children if k.dep_ == "nsubj"), None))

    def state_of(tok: Token, adjective: bool = False) -> int | None:
        """The state ``tok`` names: its name or capital (its adjective too when ``adjective``), or a head of it
        ("Velnia's president", "the president of Velnia")."""
        for _ in range(3):  # at most three links ("the president of the president of ...": no deeper)
            k = ctx.tok2m[tok.i]
            if k >= 0:
                m = ctx.mentions[k]
                if m.actor >= 0 and ctx.kind(m.actor) == "country" and m.key.startswith("country:") \
                        and (adjective or not _state_adjective(m)):
                    return m.actor
            if norm(tok.lemma_) not in ctx.kb._title_set:
                return None
            nxt = None
            for k2 in tok.children:
                if k2.dep_ == "poss":
                    nxt = k2
                    break
                if k2.dep_ == "prep" and k2.lower_ == "of":
                    nxt = next((o for o in k2.children if o.dep_ == "pobj"), None)
                    break
            if nxt is None:
                return None
            tok, adjective = nxt, False
        return None

    def named_states(sent: Span, skip: set[int] | frozenset[int] = frozenset()) -> set[int]:
        """The states named by their own name (no adjective) in ``sent``, but at the token offsets in ``skip``."""
        return {m.actor for m in ctx.mentions if sent.start <= m.start < sent.end and m.start not in skip
                and m.actor >= 0 and ctx.kind(m.actor) == "country" and m.key.startswith("country:")
                and not _state_adjective(m)}

    def places(head: Token, preps: tuple[str, ...]) -> set[int]:
        out = {state_of(o) for p in head.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj"}
        out.discard(None)
        return out

    for tok in read_tokens(doc):  # (each token's labels read once; every branch below is a noun's or a verb's)
        if tok.pos_ != "NOUN" and tok.pos_ != "VERB":
            continue
        low, lemma = lows[tok.i], norm(tok.lemma_)
        if tok.pos_ == "NOUN" and (lemma in c.counterpart_nouns or low == "number" and any(
                k.lower_ == "opposite" for k in tok.children)):
            nation = {state_of(k, adjective=True) for k in tok.children if k.dep_ in ("amod", "compound", "nmod")}
            nation.discard(None)
            holder = who(next((k for k in tok.children if k.dep_ == "poss"), None), pronoun=True)
            if holder is None:
                holder = next((who(o) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"), None)
            if holder is not None and nation:
                not_of.setdefault(holder, set()).update(nation)
                other.setdefault(holder, set()).update(named_states(tok.sent))
        elif tok.pos_ == "VERB" and _verb_in(tok, c.visitor_verbs):
            person = subject(tok)
            if person is not None and not any(k.dep_ in ("advmod", "prt") and k.lower_ in ("back", "home")
                                              for k in tok.children):  # "flew back to Velnia": home, no visit
                # "visited Velnia", "flew to Velnia" (not "travelled in Velnia", nor "toured Velnia": one tours one's
                # own state as well)
                dest = {state_of(k) for k in _journey_ends(tok, ("to",)) if k.dep_ != "dobj" or lemma == "visit"}
                dest.discard(None)
                if dest and lemma != "visit" and _came_from_abroad(tok, dest, state_of):
                    dest = set()  # "flew to Velnia after two days of talks in Ostria": back home, maybe
                not_of.setdefault(person, set()).update(dest)
        elif tok.pos_ == "NOUN" and lemma in c.visit_nouns:
            person = who(next((k for k in tok.children if k.dep_ == "poss"), None))
            if person is None and tok.dep_ == "dobj":
                person = subject(tok.head)
            if person is None:  # "during a visit to Velgrad by Foreign Minister X": the visit's agent
                person = next((who(o) for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
                               for o in p.children if o.dep_ == "pobj"), None)
            if person is not None:
                not_of.setdefault(person, set()).update(places(tok, ("to", "on")))
        elif tok.pos_ == "NOUN" and lemma in c.posted_roles and tok.dep_ in ("dobj", "oprd", "pobj", "attr"):
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
            if verb.pos_ != "VERB" or tok.dep_ == "pobj" and tok.head.lower_ != "as":
                continue
            person = subject(verb)
            if person is not None:  # "named Y (as) envoy to Velnia", "sent an envoy to Velnia"
                not_of.setdefault(person, set()).update(places(tok, ("to",)) | places(verb, ("to",)))
        elif lemma in c.meddling_words or low in c.meddling_words:
            # "accused President X of interfering in Ostria's affairs", "X meddled in Ostria", "X's interference in
            # Ostria's internal affairs": the meddler is no officer of the state meddled in
            accusers: set[int] = set()  # (the accuser's words: "Kavel accused X of ...")
            if tok.pos_ == "NOUN":
                person = who(next((k for k in tok.children if k.dep_ == "poss"), None))
                if person is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
                        and _verb_in(tok.head, c.denial_verbs) \
                        and not any(k.dep_ in ("amod", "compound", "nmod") or k.dep_ == "prep" and k.lower_ == "by"
                                    for k in tok.children):
                    # "X denied meddling in Ostria" (not "X condemned interference in Ostria", "X denied Velnian
                    # meddling", "... meddling by Velnia": the one denying or condemning is not the meddler)
                    person = subject(tok.head)
            elif tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "VERB":
                # ("accusing X of interfering", "X was accused of meddling"); the accuser's words name no state of
                # X's ("Kavel's foreign minister accused X of ...", "X was accused by Kavel of ...")
                person = who(next((k for k in tok.head.head.children if k.dep_ in ("dobj", "nsubjpass")), None))
                accusers = {t.i for k in tok.head.head.children if k.dep_ in ("nsubj", "agent") for t in k.subtree}
            else:
                person = subject(tok)
            if person is None:
                continue
            meddled = set()
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "into", "with"):
                    for o in p.children:
                        if o.dep_ == "pobj":  # "in Ostria", "in Ostria's (internal) affairs"
                            meddled.add(state_of(o))
                            if o.lower_ in c.state_affairs_nouns:  # (not "in Ostria's courts": maybe his own)
                                meddled |= {state_of(k) for k in o.children if k.dep_ == "poss"}
            meddled.discard(None)
            if meddled:
                not_of.setdefault(person, set()).update(meddled)
                other.setdefault(person, set()).update(named_states(tok.sent, accusers))
        elif tok.pos_ == "VERB" and _verb_in(tok, c.guest_host_verbs):
            person = subject(tok)
            if person is not None:
                at = places(tok, ("in", "to"))
                for k in tok.children:
                    if k.dep_ == "dobj":
                        at |= places(k, ("in", "to"))
                if at:
                    hosted.setdefault(person, set()).update(at)
    for person in {m.actor for m in ctx.mentions if m.actor >= 0 and ctx.kind(m.actor) == "person"}:
        posted = _posted_to(ctx, person)
        if posted:
            not_of.setdefault(person, set()).update(posted)
    ctx._title_evidence = (not_of, hosted, other)
    return ctx._title_evidence


def _came_from_abroad(verb: Token, dest: set[int], state_of) -> bool:
    """Whether the journey ``verb`` to ``dest`` is said to come from another state ("flew to Velnia from Ostria",
    "... after talks in Ostria"): the phrases "from" or "after" on the verb name a state of their own."""
    for c in verb.children:
        if c.lower_ in ("from", "after") and c.dep_ in ("prep", "mark", "advcl") \
                or c.dep_ == "advcl" and any(m.lower_ == "after" for m in c.children if m.dep_ == "mark"):
            if any(state_of(t) not in (None, *dest) for t in c.subtree):
                return True
    return False


def _narrator_state(ctx: _Ctx) -> int | None:
    """A first-person narrative with no header naming its voice (a memoir, a diary: "I drove to the palace", "our
    defence minister") whose opening line names its writer with a state post ("the memoirs of X, foreign minister
    of Velnia"): the writer's state, where the narrator's "our" and the bare titles of the story hold office (the
    state named most may be the enemy's). None for any other text."""
    from kingmaker.nlp import quoted
    from kingmaker.nlp.layout import voice

    doc = ctx.doc
    if voice(ctx) is not None:
        return None  # (a speech, a memo, a letter: its voice's body is read by the layout)
    lows, pos = token_lowers(doc)[0], token_pos(doc)
    mine = sum(1 for i, low in enumerate(lows) if low in ("i", "my", "me") and pos[i] == "PRON" and not quoted(doc[i]))
    if mine < 3:
        return None
    text = doc_text(doc)
    first_end = text.find("\n") if "\n" in text else len(text)
    writers = {m.actor for m in ctx.mentions if m.actor >= 0 and ctx.kind(m.actor) == "person"
               and doc[m.start].idx < first_end}
    states = {h.target for h in ctx.hits if h.source in writers and h.type in ("leader_of", "member_of")
              and ctx.kind(h.target) == "country" and h.span.start_char < first_end}
    return states.pop() if len(states) == 1 else None


def _post_held_by_another(ctx: _Ctx, person: int, state: int, sent: Span) -> bool:
    """"Velnia's president, Marek Dorn, ... President Ivo Rask": a head of state's title (roles.yaml
    head_of_state_titles) before the person's name that the text gives, with the state named, to another person
    ruling that state: a state has one such post, so the bare title is another state's."""
    doc = ctx.doc
    m = next((mm for mm in ctx.mentions if mm.actor == person and sent.start <= mm.start < sent.end), None)
    if m is None:
        return False
    before = " ".join(norm(t.text) for t in doc[max(sent.start, m.start - 3):m.start])
    title = next((t for t in ctx.kb.head_of_state_titles if (" " + before).endswith(" " + t)), None)
    if title is None:
        return False
    for h in ctx.hits:
        if h.type != "leader_of" or h.target != state or h.source == person or ctx.kind(h.source) != "person":
            continue
        for held in (mm for mm in ctx.mentions if mm.actor == h.source and h.span.start <= mm.start < h.span.end):
            # the title and the state around the holder's name: "Velnia's president, X", "X, the president of Velnia"
            lo, hi = max(h.span.start, held.start - 5), min(h.span.end, held.end + 5)
            near = " " + " ".join(norm(t.text) for t in doc[lo:hi]) + " "
            if " " + title + " " in near and any(mm.actor == state and lo <= mm.start < hi for mm in ctx.mentions):
                return True
    return False


def _chamber_name(ctx: _Ctx, name: str) -> bool:
    """"Council of Representatives", "National Assembly": a name ending in a legislature's word (roles.yaml
    legislature_words, legislature_heads); or such a name followed by "of" and its state ("the National Assembly
    of Velnia", "the Senate of the Republic": a state the text names, or relations.yaml state_words), not by any
    other thing, nor a state after another thing ("the Chamber of Commerce", "the Assembly of Bishops of Velnia")."""
    words = norm(name).split()
    houses = ctx.kb.legislature_words | ctx.kb.legislature_heads
    if words and words[-1] in houses:
        return True
    of = next((j for j in range(len(words) - 2, 0, -1) if words[j] == "of" and words[j - 1] in houses), None)
    if of is None:  # (the last such "of": "the Chamber of Deputies of Velnia")
        return False
    rest = _bare_state_name(ctx, words[of + 1:])
    return rest == "" and words[-1] in _state_words(ctx) or bool(rest) and any(
        a.kind == "country" and a.mentions and _bare_state_name(ctx, norm(a.name).split()) == rest for a in ctx.actors)


def _bare_state_name(ctx: _Ctx, words: list[str]) -> str:
    """A state's name without its state words (relations.yaml state_words), "of" and "the": "the Republic of Velnia"
    -> "velnia", "the Republic" -> "" (``_chamber_name``)."""
    states = _state_words(ctx)
    return " ".join(w for w in words if w not in states and w not in ("of", "the"))


def _document_chamber(ctx: _Ctx, word: str | None = None) -> int | None:
    """The one legislature the text names ("the Senate of Velnia", "the Velnian House of Representatives": an
    organisation of the legislature subkind, or of none whose name is a chamber's, ``_chamber_name``); with
    ``word`` (the chamber word of "House Speaker X", relations.yaml chamber_words), the one of those whose mentions
    hold that word. None where no one legislature is."""
    chambers = _document_chambers(ctx)
    if word is not None:
        chambers = [c for c in chambers if any(m.actor == c and word in norm(m.text).split() for m in ctx.mentions)
                    and _chamber_fits(ctx, c, word)]
    return chambers[0] if len(chambers) == 1 else None


def _document_chambers(ctx: _Ctx) -> list[int]:
    """The legislatures the text names (``_document_chamber``), read once per document: an organisation of the
    legislature subkind, or of none whose name is a chamber's (``_chamber_name``)."""
    memo = ctx.__dict__.get("_document_chambers_memo")
    if memo is None or memo[0] != len(ctx.actors):  # (read again once an actor is added)
        memo = ctx.__dict__["_document_chambers_memo"] = (len(ctx.actors), [
            a.idx for a in ctx.actors if a.kind == "organization" and a.mentions
            and (a.subkind == "legislature" or a.subkind is None and _chamber_name(ctx, a.name))])
    return memo[1]


def _chamber_fits(ctx: _Ctx, chamber: int, word: str) -> bool:
    """The chamber's own name holds ``word``, or no other chamber's word but a generic one (relations.yaml
    generic_chamber_words: "the Velnia parliament" for "the Senate of Velnia"): not "the House of Representatives"
    for a "Senate" resolved to it."""
    words = set(norm(ctx.actors[chamber].name).split())
    others = _rel_words(ctx, "chamber_words") - _rel_words(ctx, "generic_chamber_words")
    return word in words or not words & others


def _chair_tie(ctx: _Ctx, words: list[str]) -> str | None:
    """The tie a chamber's post gives its holder (relations.yaml chamber_chair_titles: "Speaker", "President"): a
    chair leads the chamber, a deputy chair ("Deputy Speaker", word deputy_words) sits in it; None for another post
    ("Majority Leader")."""
    chairs = _rel_words(ctx, "chamber_chair_titles")
    words = [norm(w) for w in words]
    if " ".join(words) in chairs:
        return "leader_of"
    deputy = words[:1] and words[0] in _rel_words(ctx, "deputy_words")
    return "member_of" if deputy and " ".join(words[1:]).strip("- ") in chairs else None


def _glued_chamber_chair(ctx: _Ctx, tok: Token, roles: list[str]) -> tuple[str, int] | None:
    """"House Speaker X", "Senate President Y", "Assembly Deputy Speaker Z": a chamber's word (relations.yaml
    chamber_words, capitalised, naming no actor itself) glued before a chamber's post names the post's chamber, the
    one legislature the text names with that word; (tie, chamber), or None. Not a post no longer held ("Former
    Senate President X": relations.yaml not_current_titles before the chamber's word or among the post's)."""
    if ctx.tok2m[tok.i] >= 0 or not tok.text[:1].isupper() or norm(tok.text) not in _rel_words(ctx, "chamber_words") \
            or _former_before(ctx, tok.i) or any(norm(w) in _rel_words(ctx, "not_current_titles") for w in roles):
        return None
    typ = _chair_tie(ctx, roles)
    body = _document_chamber(ctx, norm(tok.text)) if typ is not None else None
    return (typ, body) if body is not None else None


def _elected_chamber_chairs(ctx: _Ctx) -> None:
    """"The deputies elected X as Speaker", "X was re-elected Speaker", "the Assembly, which elected X as its
    president", "X was replaced as Senate President by Y": a chamber's post (relations.yaml chamber_chair_titles;
    a bare "president" or "chairman" only with a chamber's word before it, or as "its" post given by a legislature:
    "parliament elected X president" gives the state's post) given by an
    appointing verb (word_lists.appointing_verbs; its holder the object, or the passive's subject), or taken over
    by a successor (successor_verbs: the subject, or the passive's agent), is a post of the chamber that gives it,
    else of the one legislature the text names. Not a post to come, denied or supposed ("will elect", "did not
    elect", "if they elected"), nor one with an "of" phrase of its own ("speaker of the party")."""
    speakers, chairs = _rel_words(ctx, "legislature_titles"), _rel_words(ctx, "chamber_chair_titles")
    doc = ctx.doc
    for i, (pos, word) in enumerate(zip(token_pos(doc), token_norms(doc))):  # (each token's labels read once)
        if pos not in ("NOUN", "PROPN") or word not in chairs:
            continue
        tok = doc[i]
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head \
            if tok.dep_ in ("oprd", "attr", "xcomp") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or _unreal(verb) or _denied(verb) or _conditional(verb) \
                or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") \
                or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children):
            continue
        succeeding = _verb_in(verb, cues().successor_verbs)
        if not succeeding and norm(verb.lemma_) not in cues().appointing_verbs:
            continue
        giver, holder = _chair_giver_holder(ctx, verb, tok, succeeding)
        person = ctx.np_actor(holder) if holder is not None else None
        if person is None or ctx.kind(person) != "person":
            continue
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        word = next((norm(c.text) for c in mods if norm(c.text) in _rel_words(ctx, "chamber_words")), None)
        own = giver if giver is not None and ctx.kind(giver) == "organization" and (
            ctx.subkind(giver) == "legislature" or _chamber_name(ctx, ctx.actors[giver].name)) else None
        if own is None and not _legislators_give(ctx, verb, tok, succeeding):
            continue  # "the club's members elected X as speaker", "the Y Party nominated X as Speaker"
        its = any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children)
        if word is None and norm(tok.text) not in speakers and not (own is not None and its):
            continue  # "parliament elected X president": the state's post, unless "its" makes it the chamber's
        if any(c.dep_ == "poss" for c in tok.children) and (own is None or not its):
            continue  # "the party elected X as its speaker", "elected X as the country's president"
        typ = _chair_tie(ctx, [*(c.text for c in mods if norm(c.text) in _rel_words(ctx, "deputy_words")), tok.text])
        body = own if own is not None else _document_chamber(ctx, word)
        if body is not None and typ is not None:
            ctx.add(person, typ, body, tok.sent, 0.7)


def _legislators_give(ctx: _Ctx, verb: Token, post: Token, succeeding: bool) -> bool:
    """Whether a chamber's post given by ``verb`` (``_elected_chamber_chairs``) may be the chamber's when no chamber
    gives it: no giver named ("X was elected Speaker"; a verb of succession), or the chamber's members ("the
    deputies", "the lawmakers", "members of parliament": relations.yaml legislator_titles, roles.yaml
    legislature_heads, a chamber's word; or any noun with a chamber after "of" or as possessor); not another body
    or its members ("the club's members", "members of the chess club", "the Y Party")."""
    if succeeding:
        return True
    giver = _chair_giver_token(verb, post)
    if giver is None or giver.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        return giver is None  # (a relative giver is read by ``_chair_giver_holder``: a chamber or none)
    members = _rel_words(ctx, "legislator_titles") | ctx.kb.legislature_heads | _rel_words(ctx, "chamber_words")
    owners = [p for c in giver.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
              for p in ([c] if c.dep_ == "poss" else [x for x in c.children if x.dep_ == "pobj"])]
    if norm(giver.lemma_) in members or norm(giver.text) in members:
        return True  # ("the Y Party's senators elected X as Speaker": still the chamber's members)
    return bool(owners) and all(_legislature(ctx, ctx.np_actor(o)) or norm(o.lemma_) in members for o in owners)


def _chair_giver_token(verb: Token, post: Token) -> Token | None:
    """The subject of ``verb`` that gives or takes over a chamber's post, or the passive's agent ("X was elected
    Speaker by the senators", "X was replaced as Speaker by Y", its "by" phrase parsed on the post too)."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None) \
        or next((p for c in post.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for p in c.children if p.dep_ == "pobj"), None)


def _chair_giver_holder(ctx: _Ctx, verb: Token, post: Token, succeeding: bool) -> tuple[int | None, Token | None]:
    """Who gives a chamber's post and who gets it (``_elected_chamber_chairs``): for an appointing verb the subject
    (a relative "which" standing for its antecedent) and the object, or, passive, the agent and the subject; for a
    verb of succession no giver, the holder the subject ("Y replaced X as Speaker") or the passive's agent ("X was
    replaced as Speaker by Y", its "by" phrase parsed on the post too)."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    giver_tok = _chair_giver_token(verb, post)
    if succeeding:
        return None, giver_tok
    giver = None
    if giver_tok is not None and giver_tok.lower_ in ("which", "that") and verb.dep_ == "relcl":
        giver = _relative_antecedent(ctx, verb)
    elif giver_tok is not None:
        giver = ctx.np_actor(giver_tok)
    holder = passive if passive is not None else next((c for c in verb.children if c.dep_ == "dobj"), None)
    return giver, holder


def _local_government(ctx: _Ctx, a: int) -> bool:
    """A government below the state, named as such: "the X Regional Government", "the Provincial Government of
    Y" (relations.yaml local_title_words), not a state's own ruling council."""
    words = set(ctx.kb.relations.get("local_title_words") or ())
    return ctx.subkind(a) == "government" and any(norm(w) in words for w in ctx.actors[a].name.split())


def _clause_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """"Turkey says it is ready, and Energy Minister X discussed ...": the state that is the subject of the
    clause the titled person's clause is coordinated with."""
    for m, root in _person_mentions(ctx, person, sent):
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            continue
        clauses = [verb.head] if verb.dep_ == "conj" else []
        clauses += [c for c in verb.children if c.i < m.start and _semicolon_clause(c, m.start)]
        for clause in clauses:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            a = ctx.actor(subj) if subj is not None and subj.pos_ == "PROPN" and not subj.conjuncts else None
            if a is not None and ctx.kind(a) == "country" and ctx.actors[a].key.startswith("country:"):
                return a
    return None


def _appointing_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """"Lebanon's parliament elected X as president", "the Velnian cabinet named X defence minister", "X was
    appointed envoy by Velnia's president": the state whose own institution (or head) gives the titled person a
    bare post (``_appointing_verb``) holds the title."""
    for _, root in _person_mentions(ctx, person, sent):
        while root.dep_ == "appos":
            root = root.head  # "elected the army's commander, General X, as president"
        verb = root.head if root.dep_ in ("dobj", "nsubjpass", "npadvmod") else None
        if verb is not None and any(_appointing_verb(c) == verb for c in verb.subtree if c.pos_ == "NOUN"):
            state, _ = _post_giver(ctx, verb)
            if state is not None:
                return state
    return None


def _post_giver(ctx: _Ctx, verb: Token) -> tuple[int | None, bool]:
    """Who gives the post of the appointing ``verb`` (its subject, or the agent of its passive): the state, when a
    state, its institution or its head does ("Velnia's parliament", "Velnia's president"); with True, a body that
    is no state's ("the congress of the X Party elected Y as president": the party's own post)."""
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "... accepted the resignation and named X acting minister"
    giver = next((c for c in verb.children if c.dep_ == "nsubj"), None) \
        or next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if giver is None or giver.pos_ == "PRON":
        return None, False
    of = next((p for c in giver.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"), None)
    a = ctx.np_actor(giver) if of is None else ctx.np_actor(of)  # "the congress of the X Party": the party
    if a is None and of is not None:
        return None, True  # a body of some group the text does not name: no state's post
    if a is None:  # "Velnia's president appointed X": the state owning the unnamed office holder
        own = next((c for c in giver.children if c.dep_ == "poss"), None)
        a = ctx.actor(own) if own is not None and norm(giver.lemma_) in ctx.kb._title_set else None
    if a is None:
        return None, False
    if ctx.kind(a) == "country":
        return a, False
    state = _institution_state(ctx, a)
    if state is not None:
        return state, False
    return None, ctx.kind(a) == "organization" and ctx.subkind(a) not in ("legislature", "government")


def _commanded_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """"President X ordered the Velnian army to return fire", "Prime Minister Y instructed Velnia's police to
    ...", "Defence Minister Z deployed the Velnian navy to the strait": the state whose own institution the
    titled person's verb commands (relations.yaml command_verbs, the institution its object) holds the title."""
    for _, root in _person_mentions(ctx, person, sent):
        verb = root.head if root.dep_ == "nsubj" else None
        if verb is None or not _verb_in(verb, cues().command_verbs):
            continue
        states = {_institution_state(ctx, ctx.actor(c)) for c in verb.children if c.dep_ == "dobj"}
        states.discard(None)
        if len(states) == 1:
            return states.pop()
    return None


def _semicolon_clause(clause: Token, start: int) -> bool:
    """"Ostravia will not sign; Finance Minister X said ...": a clause before a semicolon that the parser hangs
    on the titled person's verb (as its ccomp, conj or parataxis) -- the clause the person's one goes on from."""
    return clause.dep_ in ("ccomp", "conj", "parataxis") and clause.pos_ in ("VERB", "AUX") \
        and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1:start])


def _opening_state(ctx: _Ctx, sent: Span) -> int | None:
    """"In Velnia, King X said ...", "Meanwhile in Velnia, the president ...", "In Velgrad, Prime Minister X
    ordered ...": a sentence opening with "in" and a state named by its own name or its capital (the seat of its
    government; not another city, where a leader may be a visitor) is set in that state."""
    doc = ctx.doc
    i = sent.start
    while i < sent.end and (doc[i].is_space or doc[i].lower_ in ("meanwhile", "and", "but", ",")):
        i += 1
    if i + 2 >= sent.end or doc[i].lower_ != "in" or ctx.tok2m[i + 1] < 0:
        return None
    m = ctx.mentions[ctx.tok2m[i + 1]]
    if m.start != i + 1 or m.end >= sent.end or doc[m.end].text != "," or m.actor < 0 \
            or ctx.kind(m.actor) != "country" or not m.key.startswith("country:") \
            or norm(m.text) != norm(m.key.split(":", 1)[1]) and not _capital_of(ctx, m.text, m.key.split(":", 1)[1]):
        return None
    return m.actor


def _seat_mention(ctx: _Ctx, m, capital: bool = True) -> int | None:
    """The state a mention names by its seat: its capital ("Velgrad", unless ``capital`` is False) or a seat of
    its government the knowledge gives as the state's metonym ("the White House", "the Kremlin"); not its name
    or its adjective."""
    if m.actor < 0 or ctx.kind(m.actor) != "country" or not m.key.startswith("country:"):
        return None
    state, low = m.key.split(":", 1)[1], norm(m.text)
    if low == norm(state) or _state_adjective(m) or low in ctx.kb.demonyms or not capital and low in ctx.kb.capitals:
        return None
    return m.actor


def _seat_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """A titled person's clause set at a state's seat of government: "President X told reporters at the White
    House that ...", "Prime Minister Y spoke in Downing Street", "He flew to Velgrad, where President Z promised
    ..." -- a place adverbial ("at"/"in" + the seat, not a capital: "X met Y in Paris" may be a visit) of the
    person's own verb, or the seat or capital a "where" clause the person is the subject of goes back to (the
    place named last before "where": the host receiving the main clause's visitor)."""
    for m, root in _person_mentions(ctx, person, sent):
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is None:
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "in"):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                k = ctx.tok2m[obj.i] if obj is not None else -1
                state = _seat_mention(ctx, ctx.mentions[k], capital=False) if k >= 0 else None
                if state is not None:
                    return state
        where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where" and c.i < m.start), None)
        if where is None or verb.dep_ not in ("relcl", "advcl"):
            continue
        before = [ctx.mentions[ctx.tok2m[t]] for t in range(sent.start, where.i) if ctx.tok2m[t] >= 0]
        if before:
            return _seat_mention(ctx, before[-1])
    return None


def _journey_ends(verb: Token, preps: tuple[str, ...] = ("to", "in")) -> list[Token]:
    """Where a journey verb goes: its object and the objects of its ``preps`` ("visited Velnia", "flew to
    Velgrad", "travelled in Ostria"), for the visitor (``_title_state_evidence``) and the visited host
    (``_visited_state``)."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _visited_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """"X visited Velgrad to meet President Y", "the envoy flew to Velgrad on Monday to meet Prime Minister Z",
    "she travelled to Velnia to see Defence Minister W": a titled person met at the end of a journey
    (relations.yaml visitor_verbs and journey_verbs, visit_meeting_verbs; the purpose clause "to meet" the titled
    person) is the host: the title is that of the state the journey goes to (its name or capital, not its
    adjective)."""
    c = cues()
    for _, root in _person_mentions(ctx, person, sent):
        meet = root.head if root.dep_ == "dobj" else None
        journey = meet.head if meet is not None and _verb_in(meet, c.visit_meeting_verbs) \
            and meet.dep_ in ("advcl", "xcomp") else None
        if journey is None and root.dep_ == "pobj" and root.head.lower_ == "with":
            # "flew to Velgrad to discuss the deal with President Y", "travelled to Velgrad for talks with Premier
            # Z": the one the purpose's talks are held with (visit_talk_words), not a companion ("flew to Velgrad
            # with President Y": "with" on the journey verb itself)
            talk = root.head.head
            if talk.pos_ == "VERB" and talk.dep_ in ("advcl", "xcomp") and _verb_in(talk, c.visit_talk_words):
                journey = talk.head
            elif talk.pos_ == "NOUN" and norm(talk.lemma_) in c.visit_talk_words and talk.dep_ == "pobj" \
                    and talk.head.lower_ == "for":
                journey = talk.head.head
        if journey is None or not (_verb_in(journey, c.visitor_verbs) or _verb_in(journey, c.journey_verbs)):
            continue
        for place in _journey_ends(journey):
            k = ctx.tok2m[place.i]
            pm = ctx.mentions[k] if k >= 0 else None
            if pm is not None and pm.actor >= 0 and ctx.kind(pm.actor) == "country" \
                    and pm.key.startswith("country:") and not _state_adjective(pm):
                return pm.actor
    return None


def _seat_word_state(ctx: _Ctx, i: int) -> int | None:
    """"Pentagon spokesman X", "Kremlin spokesman Y", "White House adviser Z": a seat of a state's government or a
    state institution named by metonym (countries.yaml institution_metonyms and the states' surface forms; not
    a demonym) that the tagger left unnamed, glued before a title ending at token ``i``: the state it stands
    for, when the story names that state."""
    doc, kb = ctx.doc, ctx.kb
    for k in (i - 1, i):  # "White House", "Pentagon"
        if k < 0 or any(ctx.tok2m[t] >= 0 or not doc[t].text[:1].isupper() for t in range(k, i + 1)):
            continue
        low = norm(doc[k:i + 1].text)
        meto = kb.institution_metonyms.get(low)
        state = meto[0] if meto else None if low in kb.demonyms or low in kb.capitals else kb.countries.get(low)
        if state is None:
            continue
        return next((a.idx for a in ctx.actors if a.key == "country:" + state and a.mentions), None)
    return None


def _bare_ministry_state(ctx: _Ctx, org: int, person: int, sent: Span) -> int | None:
    """"Velnia denied any role. Foreign Ministry spokesman X said ...", "Interior Ministry spokesman Y told
    reporters in Velgrad, where ...": a ministry named with no state (read as the story state's) before a title
    is the ministry of the state the sentence's own context sets (its clause, opening, seat or the sentence
    before), when that is another state than the story's."""
    a = ctx.actors[org]
    words = norm(a.name).split()
    if a.kind != "organization" or not a.key.startswith("org:") or not words \
            or not words[-1].startswith("minist") or words[-1] not in ctx.kb.state_executive \
            or any(ctx.kb.country_of(w) for w in words):
        return None
    state = _clause_state(ctx, person, sent)
    for find in (_opening_state, _introducing_state):
        state = find(ctx, sent) if state is None else state
    state = _seat_state(ctx, person, sent) if state is None else state
    return state if state is not None and state != ctx.home_state() else None


def _led_party_state(ctx: _Ctx, person: int) -> int | None:
    """"President X, who leads the ruling Velnian Unity Party": a person the text has leading a body named with
    a state's adjective (the first or second word of its name) holds a bare state title in that state."""
    from kingmaker.nlp.actors import _demonym_forms  # lazy: no import cycle

    led = [h.target for h in ctx.hits if h.source == person and h.type == "leader_of"
           and ctx.kind(h.target) == "organization"]
    if not led:
        return None
    states = {a.key.split(":", 1)[1]: a.idx for a in ctx.actors
              if a.kind == "country" and a.key.startswith("country:") and a.mentions}
    found = set()
    for org in led:
        for word in norm(ctx.actors[org].name).split()[:2]:
            state = ctx.kb.demonyms.get(word)
            if state in states:
                found.add(states[state])
            found |= {i for name, i in states.items() if word in {norm(f) for f in _demonym_forms(name)}}
    return found.pop() if len(found) == 1 else None


def _person_mentions(ctx: _Ctx, person: int, sent: Span):
    """``person``'s mentions inside ``sent``, each with its head token: where the title-state readings below look
    at the person's own clause."""
    for m in ctx.mentions:
        if m.actor == person and sent.start <= m.start < sent.end:
            yield m, doc_span(ctx.doc, m.start, m.end).root


def _posted_to(ctx: _Ctx, person: int) -> set[int]:
    """"Y, President X's special envoy to Velnia", "X's ambassador in Velgrad": the states a person's posted
    envoy (cues posted_roles) is sent to; a title the person holds is another state's, not one of these."""
    out: set[int] = set()
    for m in ctx.mentions:
        if m.actor != person:
            continue
        root = doc_span(ctx.doc, m.start, m.end).root
        if root.dep_ != "poss" or norm(root.head.lemma_) not in cues().posted_roles:
            continue
        for prep in root.head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "at"):
                for obj in prep.children:
                    a = ctx.actor(obj) if obj.dep_ == "pobj" else None
                    if a is not None and ctx.kind(a) == "country":
                        out.add(a)
    return out


def _reported_states(ctx: _Ctx, person: int, sent: Span):
    """The states (by their names) that are the subjects of the clauses ``person`` reports in ``sent`` ("X said
    Velnia would ..."): (the subject token, the state) for each."""
    for _, root in _person_mentions(ctx, person, sent):
        verb = root.head if root.dep_ == "nsubj" else None
        # the reported clauses, and those coordinated with one ("said he would not comment, and that Velnia had not
        # intervened": the second clause's subject is reported too)
        reported = [c for c in (verb.children if verb is not None else ()) if c.dep_ == "ccomp"]
        reported += [x for c in reported for x in c.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX")]
        for clause in reported:
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            a = ctx.actor(subj) if subj is not None and subj.pos_ == "PROPN" else None
            if a is not None and ctx.kind(a) == "country" and ctx.actors[a].key.startswith("country:"):
                yield subj, a


def _speaks_of_another_state(ctx: _Ctx, person: int, sent: Span, home: int) -> bool:
    """"Prime Minister X said Velnia would defend itself": a titled speaker whose reported clause has another
    state (by its name) as its subject; the title is that state's or another's, not the story state's."""
    return any(a != home for _, a in _reported_states(ctx, person, sent))


def _foreign_frame(ctx: _Ctx, person: int, sent: Span, home: int) -> tuple[bool, int | None]:
    """"A spokesman for Premier X said that Ostria will ...", "a counsellor to President X, who spoke to reporters,
    said Kavel could not ...", "the Ghanaian delegation was headed by Y, an aide to President X": the title holder is
    named inside a noun phrase (an aide "to" X, X's envoy, in apposition) whose own clause reports another state (by
    its name or capital, a proper noun) as the subject of what is said, or whose passive's subject is a body another state's
    adjective or name marks ("the Ghanaian delegation was led by ..."): X's title is that state's, not the story
    state's. The phrase is climbed through "to"/"for"/"of" objects, possessives and appositions only (at most six
    links); the person's own subject clause is ``_reported_states``'. With True, the state the frame names when it
    is the one X serves (the delegation's: "the Ghanaian delegation was headed by an aide to President X"), else
    None (what an aide says of a state is no sign of whose aide he is: "an adviser to X said Kavel would pay")."""
    def state_named(tok: Token | None, marked: bool = False) -> int | None:
        """The state other than ``home`` that ``tok`` names by its name or capital; with ``marked``, also a body its
        adjective or name marks ("the Ghanaian delegation"; not in a reported clause: "Russian advisers are
        training X" reports on advisers, not for Russia)."""
        if tok is None or not marked and tok.pos_ != "PROPN":
            return None
        a = ctx.actor(tok)
        if a is None and tok.pos_ == "NOUN":
            a = next((ctx.actor(c) for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                      and ctx.actor(c) is not None), None)
        if a is not None and a != home and ctx.kind(a) == "country" and ctx.actors[a].key.startswith("country:"):
            return a
        return None

    def reports_state(verb: Token) -> bool:
        return any(c.dep_ == "ccomp" and state_named(next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")),
                                                          None)) is not None for c in verb.children)

    for _, root in _person_mentions(ctx, person, sent):
        tok, links = root, 0
        while links < 6:
            for c in tok.children:
                if c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children) \
                        and (reports_state(c) or any(x.dep_ == "conj" and reports_state(x) for x in c.children)):
                    return True, None  # "an aide to X, who said Kavel would ..."
            if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for", "of") and tok.head.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head.head
            elif tok.dep_ in ("poss", "appos") and tok.head.pos_ in ("NOUN", "PROPN"):
                tok = tok.head
            else:
                break
            links += 1
        if tok is root:
            continue  # the person's own clause: _reported_states
        if tok.dep_ == "nsubj" and reports_state(tok.head):
            return True, None  # "an adviser to X said Kavel would ..."
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = tok.head.head
            team = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            sender = state_named(team, marked=True)
            if sender is not None:  # "the Ghanaian delegation was headed by Y, an aide to President X": Ghana's
                return True, sender if norm(team.lemma_) in cues().delegation_nouns else None
    return False, None


def _reported_state(ctx: _Ctx, person: int, sent: Span) -> int | None:
    """"Prime Minister X told reporters that Velnia will not allow its territory to be used", "President Y said
    Velnia would defend its border": in a story whose state is undecided (two states named as often), a titled
    speaker whose reported clause has one state, by its name (not its adjective, nor one of several), as its
    subject speaks for that state."""
    return next((a for subj, a in _reported_states(ctx, person, sent)
                 if not subj.conjuncts and not _state_adjective(ctx.mentions[ctx.tok2m[subj.i]])), None)


def _capital_of(ctx: _Ctx, name: str, state: str) -> bool:
    """"Velgrad" for Velnia: a capital city the knowledge base gives for the state (countries data, capitals)."""
    return norm(name) in ctx.kb.capitals and ctx.kb.country_of(name) == state


def _heading_state(ctx: _Ctx, sent: Span) -> tuple[int | None, bool]:
    """In a text divided by headings (a newsletter's items, a record's sections: at least two short lines after the
    first with no closing punctuation, two of them opening prose), the state named by the nearest heading before ``sent`` that names one state
    and one only ("1. KORDAVIA: THE FARMERS WALK" ... "Prime Minister X"; "PARLIAMENT OF THE REPUBLIC OF X" over
    its sections), by its name, its capital or its seat of government ("VELGRAD" over a paragraph on Velnia's army
    chief; not its adjective, nor a capital named for the talks it hosts). A heading that names no state is passed
    over only to a heading of another shape above it (a section's subheading under the section's heading), never to
    one of its own shape (but a field's label: "Venue: ..." over "Date: ..."): that sibling closed the earlier
    section ("OSTRIA: TALKS RESUME" ... "KESSA: BANK CHIEF HELD" ... "Prime Minister X": not Ostria's, Kessa
    unknown; "Background" ... "High Commission of Velnia" above: no Velnian post). A story with a headline alone
    keeps its article state (home_state). With True, the section is an item labelled in capitals that names no state
    while items of that shape above name states: its bare titles are of a place the text does not know as a state,
    not of the article's state."""
    if not hasattr(ctx, "_headings"):
        doc, text = ctx.doc, doc_text(ctx.doc)
        spans, pos, heads = [], 0, []
        for line in text.split("\n"):
            words = line.split()
            short = bool(words) and len(words) <= 10 and line.rstrip()[-1] not in ".?!\"”,;" \
                and any(c.isalpha() for c in line)
            if short:
                span = doc.char_span(pos, pos + len(line.rstrip()), alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            if words:  # (a heading, or prose: a line that ends a sentence)
                heads.append("heading" if short else "prose" if line.rstrip()[-1] in ".?!\"”" else "")
            pos += len(line) + 1
        ctx._headings = []
        # a heading opens prose: short lines with no prose after them (a signature block, "Yours faithfully, / Name /
        # Post / Town") divide nothing, and a headline over one such block is no section heading
        headed = sum(1 for k in range(1, len(heads) - 1) if heads[k] == "heading" and heads[k + 1] == "prose")
        if sum(1 for h in spans if h.start > 0) >= 2 and headed >= 2:
            # the state's own name, in any case ("1. KORDAVIA: THE FARMERS WALK": capitals the name finder may
            # miss), not an adjective of it ("20:15 - Chinese envoy in X": a live blog's entry about someone's visit)
            states = {a.key.split(":", 1)[1]: a.idx for a in ctx.actors
                      if a.kind == "country" and a.mentions and a.key.startswith("country:")}
            names = [(" " + norm(key) + " ", idx) for key, idx in states.items()]
            # (and the states' capitals and seats the knowledge base gives, below: "KHARTOUM" over a paragraph:
            # Sudan's; not an adjective)
            kb, venues = ctx.kb, cues().venue_nouns
            for h in spans:
                if place_date_line(h.text):
                    continue  # "Velgrad, 3 May 2025": the place a report is filed from, no section's heading
                low = " " + norm(" ".join(t.text for t in h if not t.is_punct)) + " "
                words = low.split()
                # (not a place named for the talks it hosts: "OSLO TALKS: STILL NOWHERE"; up to three words a name)
                grams = [(" ".join(words[i:j]), j) for i in range(len(words))
                         for j in range(i + 1, min(len(words), i + 3) + 1)]
                # (a lower-case word, or a function word in a heading all in capitals, names no state: "What it
                # means for us", "WHAT IT MEANS FOR US" are not of the United States)
                caps = h.text.upper() == h.text
                common = {norm(t.text) for t in h if t.text.islower() or caps and t.is_stop}
                seats = {kb.countries.get(g) for g, j in grams if g not in kb.not_states and g not in kb.places
                         and g not in kb.demonyms and g not in common
                         and not (j < len(words) and words[j] in venues)}
                ctx._headings.append((h.start, {a for n, a in names if n in low} | {states[s] for s in seats
                                                                                    if s in states},
                                      _heading_shape(h.text)))
    own = ctx.unnamed_own_state()
    stateless: set[str] = set()  # the shapes of the headings naming no state met below the one read
    nearest = None  # the shape of the nearest heading before ``sent``
    for k in range(len(ctx._headings) - 1, -1, -1):
        start, states, shape = ctx._headings[k]
        if start >= sent.start:
            continue
        nearest = shape if nearest is None else nearest
        if not states:
            stateless.add(shape)
            continue
        if shape in stateless and shape != "label" and not (k == 0 and not ctx.doc[:start].text.strip()):
            # a heading of the same shape naming no state closed its section (not the document's title); an item
            # labelled in capitals ("KESSA: BANK CHIEF HELD") is about a place the text names as no state it knows
            return None, nearest == shape == "label caps"
        line = span_text(ctx.doc, start, sent.start).split("\n")[0].lower()
        if own is not None and re.search(r"\b" + own + r"\b", line):
            return None, False  # "KESTRAVO CHAMBER OF TRADE": a heading naming the story's own state besides another
        return (next(iter(states)) if len(states) == 1 else None), False
    return None, False


def _heading_shape(text: str) -> str:
    """The form of a heading line, to tell sibling headings from a section's subheadings: a clock time ("08:00 -
    ..."), a number ("2. ..."), a label in capitals before a colon ("KESSA: BANK CHIEF HELD"), another label, a line
    wholly in capitals, or plain words ("Background")."""
    t = text.strip()
    letters = [c for c in t if c.isalpha()]
    label = re.match(r"^([^:]{1,40}):\s", t)
    if re.match(r"^\d{1,2}[:.]\d{2}\b", t):
        return "time"
    if re.match(r"^(\(?\d+[.):]|[IVX]+\.)\s", t):
        return "numbered"
    if label:
        return "label caps" if label.group(1).isupper() else "label"
    return "caps" if letters and all(c.isupper() for c in letters) else "plain"


def _introducing_state(ctx: _Ctx, sent: Span, person: int | None = None, hop: bool = False) -> int | None:
    """The state the sentence before ``sent`` (same paragraph) is about: the state it opens in ("In Velgrad, the
    cabinet met. Prime Minister X said ..."), else the subject of its main verb: the state ("Velnia says ...") or
    a body of the state named for it ("Velnia's foreign ministry welcomed it. Foreign Minister X said ...", "The
    Velnian interior ministry ..."); with ``person``, not where that person, no subject of ``sent``, is met in a
    sentence whose subject is a third state, neither the story's nor the one before ("... the frigate Ostravia bases
    there by an accord with President X"), and that names the one before no more. A sentence before that only
    carries on the one before it (``_carries_on``) passes the question to that one ("Velnia joined the war. Bombers
    struck the plants at Kessa. President X called it a success": X is Velnia's; one such sentence only)."""
    doc = ctx.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    last = max((t for t in prev if not t.is_space), key=lambda t: t.i, default=None)
    if last is None or "\n" in doc_text(doc)[last.idx + len(last.text):sent.start_char] \
            or prev.root.pos_ not in ("VERB", "AUX"):
        return None  # another paragraph
    if not hop and _carries_on(ctx, prev):
        return _introducing_state(ctx, prev, person, hop=True)  # "Bombers struck the plants.": the one before it
    opened = _opening_state(ctx, prev)
    if opened is not None:
        return opened
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.conjuncts:
        return None
    a = ctx.actor(subj) if subj.pos_ == "PROPN" else _state_body_subject(ctx, subj)
    if a is None and subj.pos_ != "PROPN":
        a = _institution_state(ctx, ctx.actor(subj))  # "The Velnian army said its jets struck ..."
        if a is not None and _names_another_state(ctx, prev, a):
            return None  # "The Velnian parliament sent troops to Ostravia. Ankara backs President X ..."
    if a is not None and ctx.named_region(a):
        return None  # "the breakaway region of Kelsa ... Kelsa has been held by a militia. President X ...": not Kelsa's
    own = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = ctx.actor(own) if own is not None else None
    if a is not None and own is not None and own not in (a, ctx.title_home()) and ctx.kind(own) == "country" \
            and person is not None and not _names_state(ctx, sent, a) \
            and not any(root.dep_ in ("nsubj", "nsubjpass") for _, root in _person_mentions(ctx, person, sent)):
        return None  # "Velgrad denies it. Ostravia bases a frigate there by an accord with President X": the
        # titled person, no subject, is met in a sentence about a third state's doings that names the one before's
        # no more (not the story's own state's doings: "Kavel is the key. Ostravia pushes Kavel's militias to
        # disarm under a deal with President X" -- X is Kavel's)
    return a if a is not None and ctx.kind(a) == "country" and ctx.actors[a].key.startswith("country:") else None


def _carries_on(ctx: _Ctx, sent: Span) -> bool:
    """``sent`` only carries on the sentence before it, for ``_introducing_state``: its main verb an act done (not
    "The debate was long", nor negated or hypothetical: ``_unreal``), no state named (``_states_named``) and no
    person, its subject no actor, no pronoun ("I drove to the palace"), no word for a state's rulers (roles.yaml
    state_nouns, relations.yaml seated_state_nouns: "the junta has not opened talks") and no title (roles.yaml
    titles: "The president fled": a person unnamed)."""
    if sent.root.pos_ != "VERB" or _unreal(sent.root) or _states_named(ctx, sent):
        return False  # ("Bombers could strike the depots", "Bombers did not strike": no act done)
    rulers = ctx.kb.state_nouns | set(ctx.kb.relations.get("seated_state_nouns") or ())
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PRON" or ctx.actor(c) is not None
                                                  or norm(c.text) in rulers or norm(c.lemma_) in rulers
                                                  or norm(c.lemma_) in ctx.kb._title_set)  # "The president fled"
           for c in sent.root.children):
        return False
    return not any(ctx.mentions[k].actor is not None and ctx.kind(ctx.mentions[k].actor) == "person"
                   for k in {ctx.tok2m[i] for i in range(sent.start, sent.end)} if k >= 0)


def _states_named(ctx: _Ctx, span: Span, in_quotes: bool = True) -> set[str]:
    """The keys of the states ``span`` names (by name, adjective, capital or one of their institutions); with
    ``in_quotes`` False, only those named outside quotation marks."""
    from kingmaker.nlp import quoted

    found = {ctx.tok2m[i] for i in range(span.start, span.end) if ctx.tok2m[i] >= 0}  # (the span's own tokens only)
    return {m.key.split(":")[1] for m in (ctx.mentions[k] for k in found) if span.start <= m.start < span.end
            and m.key.startswith(("country:", "inst:")) and (in_quotes or not quoted(ctx.doc[m.start]))}


def _names_state(ctx: _Ctx, span: Span, state: int) -> bool:
    """``span`` names ``state`` (by its name, adjective, capital or one of its institutions)."""
    return ctx.actors[state].key.split(":", 1)[1] in _states_named(ctx, span)


def _names_another_state(ctx: _Ctx, span: Span, state: int) -> bool:
    """``span`` names a state other than ``state`` (by its name, adjective, capital or one of its institutions)
    outside quotation marks: a sentence about two states' affairs, not one state's alone."""
    return bool(_states_named(ctx, span, False) - {ctx.actors[state].key.split(":", 1)[1]})


def _institution_state(ctx: _Ctx, a: int | None) -> int | None:
    """The state whose own institution ``a`` is ("the Velnian army", "Velnia's parliament": an institution the
    text names with its state), standing for that state; None for any other actor."""
    if a is None or not ctx.actors[a].key.startswith("inst:"):
        return None
    key = "country:" + ctx.actors[a].key.split(":")[1]
    return next((b.idx for b in ctx.actors if b.key == key and b.kind == "country" and b.mentions), None)


def _state_body_subject(ctx: _Ctx, subj: Token) -> int | None:
    """"Velnia's foreign ministry", "the Velnian embassy": a state's executive body (roles.yaml state_executive)
    named by the state's possessive or its adjective, standing for the state."""
    if norm(subj.text) not in ctx.kb.state_executive:
        return _state_people_subject(ctx, subj)
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return ctx.actor(owner) if owner is not None else ctx.actor(subj)


def _state_people_subject(ctx: _Ctx, subj: Token) -> int | None:
    """"Velnian jets struck the airport", "Velnian negotiators walked out": a plural common noun qualified by one
    state's adjective (the state's forces, craft or officials acting), standing for that state."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS":
        return None
    k = ctx.tok2m[subj.i]
    if k >= 0 and ctx.mentions[k].key.startswith("country:") and ctx.mentions[k].start < subj.i:
        return ctx.actor(subj)  # "Velnian negotiators", "Velnian officials": the state's people, read as the state
    quals = [c for c in subj.children if c.dep_ in ("amod", "compound") and ctx.tok2m[c.i] >= 0]
    ms = [ctx.mentions[ctx.tok2m[c.i]] for c in quals]
    states = {m.actor for m in ms if m.actor >= 0 and m.key.startswith("country:") and _state_adjective(m)}
    return states.pop() if len(states) == 1 and len(quals) == 1 else None


def _state_adjective(m) -> bool:
    """"Ostravian", "Chilean": the mention is the state's adjective (a known demonym, or one English derives from
    the state's name), not its name or its capital."""
    from kingmaker.nlp.actors import _demonym_forms  # lazy: no import cycle

    kb = knowledge()
    state, low = m.key.split(":", 1)[1], norm(m.text)
    return low != norm(state) and (kb.demonyms.get(low) == state
                                   or low in {norm(d) for d in _demonym_forms(state)})


def _foreign_client(ctx: _Ctx, force: int, state: int) -> bool:
    """Another state backs the force ("Belgian-backed factions of the Ostravian National Army"): a foreign
    client, not a part of the state it is named after."""
    return any(h.type == "backs" and h.target == force and h.source != state and ctx.kind(h.source) == "country"
               for h in ctx.hits)


def _plain_state_force(ctx: _Ctx, a) -> bool:
    """A state's institution named only by its state's word and the institution's noun ("the Velnian army",
    "Velnia's navy", "Velnian troops"), no name of its own ("the Velnian National Army", an acronym)."""
    texts = [*a.names, *(span_text(ctx.doc, ctx.mentions[i].start, ctx.mentions[i].end) for i in a.mentions)]
    return all(len([w for w in norm(n).split() if w != "the"]) <= 2 and not n.replace(".", "").isupper()
               for n in texts)


def _named_state_forces(ctx: _Ctx) -> None:
    """"the Velmaran Defence Force", "the Ostravian Armed Forces (OAF)": a force named after a state of the
    document with a state force's name (relations.yaml state_force_names), and no rebel word in it
    ("People's Liberation Army"), is part of that state."""
    from kingmaker.nlp.actors import _demonym_forms  # the one rule for a state's adjectives

    rel = ctx.kb.relations
    endings = [tuple(norm(e).split()) for e in rel.get("state_force_names") or ()]
    rebel = {norm(w) for w in rel.get("rebel_name_words") or ()}
    states: dict[str, int] = {}
    for a in ctx.actors:
        if a.kind == "country" and a.key.startswith("country:") and a.mentions:
            name = a.key.split(":", 1)[1]
            for form in {name, *_demonym_forms(name)}:
                states[norm(form)] = a.idx
    _state_personnel_of_forces(ctx, endings, rebel, states)
    for a in ctx.actors:
        if a.kind != "organization" or not a.mentions:
            continue
        if a.key.startswith("inst:") and norm(a.key.split(":")[1]) in states:
            if _foreign_client(ctx, a.idx, states[norm(a.key.split(":")[1])]) and not _plain_state_force(ctx, a) \
                    or not _state_named_on(ctx, a.idx):
                continue  # (a state's army named by its state's word alone, "the Velnian army", stays the state's
                # when another state supports it: only a force with a name of its own may be a foreign client)
            m = ctx.mentions[a.mentions[0]]  # "the Chilean Armed Forces" known as the state's institution
            ctx.add(a.idx, "part_of", states[norm(a.key.split(":")[1])], ctx.doc[m.start].sent, 0.6)
            continue
        for name in a.names:
            words = norm(name).split()
            if words[:1] == ["the"]:
                words = words[1:]
            if len(words) < 2 or set(words) & rebel or not any(tuple(words[-len(e):]) == e for e in endings):
                continue
            state = states.get(words[0])
            if state is None and ctx.kb.country_of(words[0]):
                state = states.get(norm(ctx.kb.country_of(words[0])))
            if state is not None and _foreign_client(ctx, a.idx, state):
                break
            if state is not None:
                m = ctx.mentions[a.mentions[0]]
                ctx.add(a.idx, "part_of", state, ctx.doc[m.start].sent, 0.6)
                break
        else:
            _state_named_before(ctx, a, endings, rebel)


def _state_named_before(ctx: _Ctx, a, endings: list[tuple], rebel: set[str]) -> None:
    """A force with a state force's name (state_force_names, no rebel word) right after a state's name or adjective,
    which the reader may take as the adjective and a name after it, is part of that state."""
    for i in a.mentions:
        m = ctx.mentions[i]
        words = norm(span_text(ctx.doc, m.start, m.end)).split()
        if m.start == 0 or not words or set(words) & rebel or not any(
                tuple(words[-len(e):]) == e and len(words) > len(e) for e in endings):
            continue
        j = ctx.tok2m[m.start - 1]
        before = ctx.mentions[j] if j >= 0 else None
        if before is not None and before.end == m.start and before.actor >= 0 \
                and ctx.kind(before.actor) == "country" and not _foreign_client(ctx, a.idx, before.actor):
            ctx.add(a.idx, "part_of", before.actor, ctx.doc[m.start].sent, 0.6)
            return


def _state_personnel_of_forces(ctx: _Ctx, endings: list[tuple], rebel: set[str], states: dict[str, int]) -> None:
    """"Velnian trainers of the Granite Corps", "the Velnians of the Thorn Corps": a state's people (its demonym
    before a noun of relations.yaml state_personnel_nouns, or the plural demonym itself) of a force with a state
    force's name (state_force_names, no rebel word, no other state's word first, no other state's part or client)
    say the force is that state's."""
    doc = ctx.doc
    personnel = {norm(w) for w in ctx.kb.relations.get("state_personnel_nouns") or ()}
    for i in per_doc(doc, "lower_positions", _lower_positions).get("of", ()):  # (each "of" of the text, in order)
        if i == 0:
            continue
        of = doc[i]
        head, state = of.head, None
        if head.i < of.i and _is_country(ctx, head) and head.tag_ in ("NNPS", "NNS") and head.lower_.endswith("s"):
            state = ctx.actor(head)  # "the Velnians of X"
        elif head.i < of.i and norm(head.text) in personnel:
            dem = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i
                   and _is_country(ctx, c)]
            state = ctx.actor(dem[0]) if len(dem) == 1 else None  # "Velnian trainers of X"
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        force = ctx.actor(obj) if obj is not None else None
        if state is None or force is None or ctx.kind(force) != "organization" or state not in states.values():
            continue
        a = ctx.actors[force]
        names = [w[1:] if w[:1] == ["the"] else w for w in (norm(n).split() for n in a.names)]
        if not names or any(set(w) & rebel for w in names) \
                or not any(tuple(w[-len(e):]) == e for w in names for e in endings if len(w) > len(e)) \
                or any(states.get(w[0], state) != state or (w[0] not in states and ctx.kb.country_of(w[0]))
                       for w in names):
            continue
        if _foreign_client(ctx, force, state) or any(
                h.source == force and h.type == "part_of" and ctx.kind(h.target) == "country" for h in ctx.hits):
            continue
        ctx.add(force, "part_of", state, of.sent, 0.6)


def _owned_by(ctx: _Ctx, verb: Token, agent: Token, other: int | None, holder: int) -> str | None:
    """"a force run by Velnia's defence ministry", "a militia run by the Iron Front", "a radio operated by the
    Front": a body that another body (or a state's organ, not the bare state) runs, operates or owns (the participles
    relations.yaml hyphen_modifiers reads as part_of_reverse, "the Front-run radio") is part of it."""
    if other is None or ctx.kind(holder) != "organization" or not _owning_verb(ctx, verb):
        return None
    if ctx.kind(other) == "organization" or ctx.kind(other) == "country" and agent.is_lower:
        return "part_of_reverse"
    return None


def _possessed_part_beside(ctx: _Ctx) -> None:
    """"Y (ACR), X's western branch, ...", "the party's campaign arm, Y": a body named right before or after
    (past a comma, the article and a bracket) an organisation's part noun (relations.yaml of_phrases: part_of) with
    the organisation as possessor ("X's", "the movement's": the one so described before) is part of it, read from
    the words when the parser hangs the noun elsewhere ("hit by Y (ACR), X's branch" read as the verb's object)."""
    doc, of_phrases = ctx.doc, ctx.kb.relations.get("of_phrases") or {}
    for t in read_tokens(doc):  # (each token's labels read once)
        if t.tag_ != "POS" or t.i == 0 or t.i + 2 >= len(doc):
            continue
        o = doc[t.i - 1]
        owner, start = ctx.actor(o), ctx.tok2m[o.i]
        start = ctx.mentions[start].start if start >= 0 else o.i
        if owner is None and o.pos_ == "NOUN" and o.i > 0 and doc[o.i - 1].lower_ == "the":
            owner, start = ctx.definite(o), o.i  # "the movement's electoral arm"
        if owner is None or ctx.kind(owner) != "organization":
            continue
        def part(q: int) -> bool:  # a part noun, or a two-word one ("political list")
            return of_phrases.get(doc[q].lemma_) == "part_of" \
                or of_phrases.get(f"{doc[q - 1].lower_} {doc[q].lemma_}") == "part_of"

        k, other = t.i + 1, False
        while k < len(doc) and k <= t.i + 3 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and not part(k) and (
                doc[k].is_lower or doc[k].is_title and (ctx.actor(doc[k]) is None or _is_country(ctx, doc[k]))):
            # (not "X's proxy force, Y", "X's former armed wing, Y": a word of another tie, of_phrases, or of a past
            # one, not_current_titles, makes the owner's patron or past owner, no whole Y is part of)
            other = other or of_phrases.get(doc[k].lemma_) not in (None, "part_of") \
                or norm(doc[k].text) in _rel_words(ctx, "not_current_titles")
            k += 1  # "western", "electoral", a region or a demonym: "X's Sahel branch", "X's Somali branch"
        if other or k + 1 >= len(doc) or not part(k) or not doc[k].is_lower \
                or doc[k + 1].lower_ == "of" or doc[k + 1].pos_ in ("NOUN", "PROPN"):
            continue
        named = None
        if doc[k + 1].text == ",":  # after: "the movement's electoral arm, (the) Y"
            j = k + 2 + (k + 2 < len(doc) and doc[k + 2].lower_ == "the")
            mi = ctx.tok2m[j] if j < len(doc) else -1
            if mi >= 0 and ctx.mentions[mi].start == j and not (
                    ctx.mentions[mi].end < len(doc) and doc[ctx.mentions[mi].end].pos_ in ("VERB", "AUX")):
                named = ctx.mentions[mi].actor  # (not "Y is the party's armed wing, X said": a clause's subject)
        b = start - (start > 0 and doc[start - 1].lower_ == "the") - 1
        if named is None and b > 0 and doc[b].text == ",":  # before: "Y (ACR), (the) X's branch"
            e = b
            if doc[e - 1].text == ")":
                e = next((q for q in range(e - 2, max(0, e - 12), -1) if doc[q].text == "("), e)
            mi = ctx.tok2m[e - 1]
            if mi >= 0 and ctx.mentions[mi].end == e:
                named = ctx.mentions[mi].actor
        if named is not None and named >= 0 and named != owner and ctx.kind(named) == "organization":
            ctx.add(named, "part_of", owner, doc[k].sent, 0.6)


def _owning_verb(ctx: _Ctx, verb: Token) -> bool:
    """"run", "operated", "owned": a participle relations.yaml hyphen_modifiers reads as part_of_reverse."""
    return (ctx.kb.relations.get("hyphen_modifiers") or {}).get(norm(verb.text)) == "part_of_reverse"


def _is_country(ctx: _Ctx, tok: Token) -> bool:
    a = ctx.actor(tok)
    return a is not None and ctx.kind(a) == "country"


def _ruled_state(ctx: _Ctx, tok: Token) -> Token:
    """"the (military) governments of A, B and C", "the juntas of A and B": the first state a government noun
    (word_lists.ruling_nouns) is "of", standing for the states it rules (its conjuncts the others); ``tok`` itself
    otherwise."""
    if tok.pos_ != "NOUN" or norm(tok.lemma_) not in cues().ruling_nouns:
        return tok
    return next((q for pr in tok.children if pr.dep_ == "prep" and pr.lower_ == "of"
                 for q in pr.children if q.dep_ == "pobj" and _is_country(ctx, q)), tok)


def _served_states(ctx: _Ctx) -> None:
    """"President X ... Her foreign minister, Y": Y is a member of the one state X leads; "the commander's
    deputy, Y": Y is a member of the one body the commander leads; "named Y as the commander's successor": Y leads
    the one organisation the commander led."""
    for holder, principal, sent in ctx.served:
        states = {h.target for h in ctx.hits if h.source == principal and h.type == "leader_of"
                  and ctx.kind(h.target) == "country"}
        if len(states) == 1 and not any(h.source == holder and h.type in ("leader_of", "member_of")
                                        and ctx.kind(h.target) == "country" for h in ctx.hits):
            ctx.add(holder, "member_of", states.pop(), sent, 0.6)
    for holder, principal, sent, org_only in ctx.deputies:
        led = {h.target for h in ctx.hits if h.source == principal and h.type == "leader_of"
               and (not org_only or ctx.kind(h.target) == "organization")}
        if len(led) == 1:
            ctx.add(holder, "member_of", led.pop(), sent, 0.6)
    for holder, principal, sent in ctx.successors:  # "named X as Mwaura's successor": X leads what Mwaura led
        led = {h.target for h in ctx.hits if h.source == principal and h.type == "leader_of"
               and ctx.kind(h.target) == "organization"}
        if len(led) == 1:
            ctx.add(holder, "leader_of", led.pop(), sent, 0.6)


def _noun_phrase(tok: Token) -> str:
    """A noun with the modifier words before it, normalised: "parent organization", "armed wing"."""
    mods = [norm(c.text) for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    return " ".join([*mods, norm(tok.text)])


_REFUSALS: dict[int, tuple[object, frozenset]] = {}


def _refusal_verbs(kb) -> frozenset[tuple[str, ...]]:
    """The refusal verbs of relations.yaml as word tuples ("rule out" -> ("rule", "out")), built once per
    loaded list (a reloaded knowledge base has a new list, so it is built anew)."""
    raw = kb.relations.get("refusal_verbs") or ()
    hit = _REFUSALS.get(id(raw))
    if hit is None or hit[0] is not raw:
        if len(_REFUSALS) > 8:
            _REFUSALS.clear()
        hit = _REFUSALS[id(raw)] = (raw, frozenset(tuple(norm(r).split()) for r in raw))
    return hit[1]


def _refused(ctx: _Ctx, verb: Token) -> Token | None:
    """The verb of refusal governing ``verb`` ("refused to back", "ruled out joining"), if any."""
    refusals = _refusal_verbs(ctx.kb)
    head = verb
    for k in range(2):
        if head.dep_ not in ("xcomp", "ccomp", "pcomp", "dobj") and not (
                k == 0 and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i
                and head.doc[head.i - 1].text != ",") or head.head is head:
            return None  # (an advcl gerund: "X ruled out governing with Y", the complement parsed as a clause)
        head = head.head
        lemma = head.lemma_.lower()
        if (lemma,) in refusals or any((lemma, c.lower_) in refusals for c in head.children if c.dep_ == "prt"):
            return head
    return None


def _denied_after(verb: Token) -> bool:
    """The clause follows the verb of denial that governs it ("X denied that he leads Y", "X denies backing Y"); a
    clause before it ("Backs Y; its embassy has denied sending weapons") is hung on it only by the parser."""
    return _denied(verb) and any(norm(h.lemma_) in cues().denial_verbs and h.i < verb.i
                                 for h in (verb.head, verb.head.head))


def _to_come_only(verb: Token) -> bool:
    """An infinitive of a wish, plan or expectation: "is expected to succeed him", "plans to send troops" (an open
    clause of another verb, or a verb with the infinitive's "to")."""
    return verb.dep_ == "xcomp" or any(x.dep_ == "aux" and x.lower_ == "to" for x in verb.children)


def _only_future(verb: Token) -> bool:
    """A verb told only as to come ("will deploy"): a "will" with no negation, no other modal of HYPOTHETICAL, and
    no hearsay or "no longer" (_unreal's other cases)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a in ("will", "'ll", "’ll") for a in auxes) and not any(a in CONDITIONAL for a in auxes) \
        and not any(c.dep_ == "neg" for c in verb.children) and not _no_longer(verb) and not _hearsay(verb) \
        and not _said_not(verb)


def _conditional(verb: Token) -> bool:
    """A clause of condition: "if X armed Y, ...", "unless X funds Y", "whether X backs Y is unclear" (a mark from
    word_lists.condition_marks on the verb, or on the verb it is coordinated with: "if X armed and funded Y")."""
    marks = cues().condition_marks
    return any(c.dep_ == "mark" and c.lower_ in marks
               for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children)


def _phrasal(tok: Token, verbs: dict) -> str | None:
    """The "verb particle" key of a phrasal verb in ``verbs`` ("took over the party": "take over")."""
    return next((k for k in (f"{tok.lemma_.lower()} {c.lower_}" for c in tok.children if c.dep_ == "prt")
                 if k in verbs), None)


def _stance(ctx: _Ctx, tok: Token, verbs: dict) -> None:
    lemma = _phrasal(tok, verbs) or tok.lemma_.lower()
    typ = verbs[lemma]
    neg = [c for c in tok.children if c.dep_ == "neg"]
    v = tok
    while not neg and v.dep_ == "conj" and v.head is not v and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children):
        v = v.head  # "X does not support, fund or arm Y": the verbs sharing the first one's subject and "not"
        neg = [c for c in v.children if c.dep_ == "neg"]
    if _no_longer(tok):
        return
    if typ == "backs" and _in_misparsed_run(ctx, tok, verbs):
        return  # "officials said Ostravia arms and funds Y": the run's backer is the name before it, not the speaker
    ruled = None  # the side a refused government is named for (_refused_rule), read once
    if neg:
        if typ == "backs" and any(c.lower_ == "never" for c in neg) and not (
                v.tag_ in ("VBD", "VBN") and not any(c.tag_ == "MD" for c in v.children)):
            typ = "opposes"  # "would never support X"
        elif typ == "backs" and (ruled := _refused_rule(ctx, tok)) is not None:
            typ = "opposes"  # "X will not back a Vendrel government", "any government that includes Y"
        elif typ == "member_of" and (any(c.lower_ == "never" for c in neg) or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in v.children)) \
                and (ruled := _refused_rule(ctx, tok)) is not None:
            typ = "opposes"  # "X would never join any cabinet led by Y", "will not join any cabinet that includes Y"
        else:
            return
    if not neg and any(c.dep_ == "aux" and c.lower_ in CONDITIONAL for c in tok.children):
        return  # "X would support Y if ...", "X could back Y": not a stance held
    if not neg and typ == "member_of" and _verb_in(tok, cues().joining_verbs) \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "shall") for c in tok.children):
        return  # "his units will join the Velnian army": a move to come, no membership held yet
    if typ != "opposes" and tok.dep_ == "xcomp" and _verb_in(tok.head, cues().aspiration_verbs):
        return  # "the prosecutor who wants to run Ostravia": a wish, no tie (wanting to topple Y is hostile)
    if typ != "opposes" and tok.dep_ in ("xcomp", "ccomp") and tok.tag_ == "VBG" and _verb_in(tok.head, cues().ending_verbs):
        return  # "X stopped funding Y", "X has halted arming Y": a tie named as ended
    if _denied_after(tok) or _conditional(tok):
        return  # "X denied that he leads Y", "X denies backing Y"; "if X armed Y, ...": no tie stated
    if typ == "member_of" and any(c.dep_ == "prep" and c.lower_ == "behind"
                                  for t in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for c in t.children):
        return  # "A joined B behind a single list": B is a companion in backing the list, not a body joined
    if typ == "member_of" and _joined_companion(ctx, tok):
        return  # "A has joined B in the Z alliance": B is a companion in Z, not a body joined
    refusal = _refused(ctx, tok)
    stays_out = False  # a refusal to join (not to ally): only a body led by or including another is opposed
    if refusal is not None:
        if typ == "backs" and not _unreal(refusal) and (ruled := _refused_rule(ctx, tok)) is not None:
            typ = "member_of"  # "X refused to back a government led by Y": as refusing to join it (opposes)
        if typ not in ("member_of", "allied_with") or _unreal(refusal):
            return  # "X declined to back Y": no backing, but no hostility either
        stays_out = typ == "member_of"
        typ = "opposes"  # "X ruled out joining any government led by Y", "X refused to ally with Y"
    head = tok
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and ctx.np_actor(c) is not None),
                next((c for c in tok.children if c.dep_ == "nsubj"), None))  # "vice - chairman" split in two
    while subj is None and (head.dep_ in ("xcomp", "conj", "pcomp", "dobj") or head.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children) or _participle_clause(head)) \
            and head.head is not head:
        # "X agreed to support Y", "X met Y and backed Z", "X ruled out joining Y", "X sent troops to train Y"
        purpose = head.dep_ == "advcl"
        controlled = head.dep_ == "xcomp"
        head = head.head
        if purpose and (_unreal(head) or _refused(ctx, head) is not None or _denied(head)):
            return  # "X refused to send advisers to train Y", "X did not send troops to train Y"
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if controlled:
            # "X appointed Y to lead the delegation", "Y, whom X named to head the army": the person the verb's object
            # names does what the infinitive says, not the verb's subject
            o = next((c for c in head.children if c.dep_ == "dobj"), None)
            if o is not None and _verb_in(head, _asking_verbs()):
                return  # "X asked / urged Y to lead Z", "X promised Y to back Z": only asked or promised, no tie
            if o is not None and o.lower_ in ("whom", "who") and head.dep_ == "relcl":
                o = head.head
                if o.dep_ == "appos" and o.pos_ == "NOUN" and ctx.np_actor(o) is None:
                    o = o.head  # "Y, the former ambassador whom X appointed to lead ...": the name the noun describes
            a = ctx.np_actor(o) if o is not None else None
            if a is not None and ctx.kind(a) == "person":
                subj = o
        if subj is None and purpose and head.tag_ == "VBN" and head.dep_ in ("acl", "advcl", "ROOT", "conj"):
            # "instructors sent by X to train Y", "advisers, dispatched by X to arm Y": the agent of the
            # participle the purpose clause hangs on
            agent = next((c for c in head.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None and tok.dep_ == "relcl" and tok.i > 0 and tok.doc[tok.i - 1].head.i == tok.i \
            and tok.doc[tok.i - 1].dep_ == "compound" and ctx.np_actor(tok.doc[tok.i - 1]) is not None:
        subj = tok.doc[tok.i - 1]  # "Y, a group X trains in the north": the subject the parser made a compound
    have = _split_perfect(tok)
    if have is not None:  # "X has for years funded Y"
        if _unreal(have) or _denied(have):
            return
        subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None and have is not None and tok.dep_ == "amod":
        obj = tok.head  # "X has for years funded groups of Y" with the participle hung on the object
    if obj is None:  # "X has funded and armed Y", parsed with Y as a conjunct of the first verb
        obj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and ctx.actor(c) is not None
                    and any(x.dep_ == "cc" for x in tok.children)), None)
    if obj is None:
        obj = _shared_object(tok)
    if obj is None:
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with",)), None)
        if prep is not None and lemma in ("ally", "align"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    relcl = tok if tok.dep_ == "relcl" else tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else None
    if obj is None and relcl is not None and relcl is not tok:  # "Y, which X recruited and then armed"
        obj = next((c for c in relcl.children if c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom")), None)
    if obj is not None and obj.lower_ in ("which", "that", "whom") and relcl is not None:
        # "the Falcon Brigade, which Iran funds"; "a unit that X has paid and trained" (the relative pronoun
        # hung on the second verb, the clause on the first)
        obj = relcl.head
        if obj.dep_ == "appos" and obj.pos_ == "NOUN" and ctx.np_actor(obj) is None:
            obj = obj.head  # "the Falcon Brigade, a militia that Iran funds": the name the noun describes
    # "a force that holds the east and that Qatar supports": a second relative clause, coordinated
    # (and "the militia X created and armed in 2023": a verb sharing the first one's subject and object)
    rel = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" and (any(
        c.dep_ == "mark" and c.lower_ in ("that", "which") for c in tok.children) or not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children) and not any(
        c.dep_ == "dobj" for c in tok.head.children)) else tok
    if obj is None and rel.dep_ == "relcl" and subj is not None and subj.lower_ not in ("who", "which", "that") \
            and not any(c.dep_ in ("dative", "ccomp", "xcomp") or c.dep_ == "prep" and not any(
                x.dep_ in ("pobj", "pcomp") for x in c.children) for c in tok.children):
        # (a preposition with its own object: "the militia X trains in the north"; not one left stranded, "the town
        # X fled to")
        obj = rel.head  # "the units that the EU has trained", "the militia Iran funds": the antecedent
        if obj.dep_ == "appos" and obj.pos_ == "NOUN" and ctx.np_actor(obj) in (None, ctx.np_actor(subj)):
            obj = obj.head  # (the noun's phrase holding the clause's own subject names no other body)
        restricted = True  # "A and the gangs it arms": the clause is said of its own noun, not of A
    else:
        restricted = False
    if obj is None or _joined_whole(ctx, tok) is not None:
        return  # ("A joined B in the Alliance": B is a fellow member, _joined_in)
    if typ == "leader_of" and norm(obj.text) in cues().finance_nouns:
        return  # "X ran the group's finances": kept its money (_material_help), did not lead it
    objs = [obj] if restricted and obj.dep_ == "conj" else [obj, *obj.conjuncts]
    targets = [ctx.np_actor(o, deep=True) for o in objs]
    if ruled is None and typ == "opposes" and (neg or refusal is not None):
        ruled = _refused_rule(ctx, tok)  # ("would never support a Y government": not read above)
    if ruled is not None:
        targets = [ruled]  # "will not back any government that includes Y": the side it would put in power
    elif stays_out:
        # "X has refused to join the Y Union", "X declined to join the Z Alliance": staying out of a body named
        # itself is no hostility to it (refusing a government or a coalition that another leads is: above)
        targets = [None if ctx.actor(o) is not None else t for o, t in zip(objs, targets)]
    targets = [t if t is not None or not _every_government(o) else ctx.home_state() for o, t in zip(objs, targets)]
    if typ == "leader_of":  # "X, who now heads the state", "X has ruled the country since 2019": the article's state
        home = ctx.title_home()
        targets = [t if t is not None or home is None or not _ruled_home(ctx, tok, o)
                   or _names_another_state(ctx, tok.sent, home) else home for o, t in zip(objs, targets)]
        # (not "In neighbouring Ostravia, X has ruled the country since 2015": a sentence naming another state)
    targets = [t if t is not None else _candidates_body(ctx, o) for o, t in zip(objs, targets)]
    shallow = [ctx.np_actor(o) for o in objs]
    s_actor = ctx.np_actor(subj)
    if s_actor is None and subj is not None:
        s_actor = _headed_before(ctx, subj)  # "the mission has supported Y"
    if s_actor is None and subj is None and head.dep_ == "acl" and typ in ("opposes", "backs", "allied_with"):
        s_actor = _leading_antecedent(ctx, head)  # "X, which leads the coalition backing Y"
    if s_actor is None and subj is not None and subj.lower_ in ("who", "which", "that") and (
            head.dep_ == "relcl" or head.dep_ == "conj" and head.head.dep_ == "relcl"):
        # "X, who heads Y", "X, the cleric who heads Y"; "X, whose son rules Z and who still heads Y": a second
        # relative clause joined to the first is said of the same antecedent
        s_actor = _relative_antecedent(ctx, head)
        if s_actor is None and typ in ("opposes", "backs", "allied_with"):
            s_actor = _leading_antecedent(ctx, head)  # "X, which leads a coalition that backs Y"
        if s_actor is None and head.dep_ == "relcl" and typ == "leader_of" and norm(lemma) in cues().forming_verbs:
            s_actor = ctx.np_actor(_ruled_state(ctx, head.head))  # "the juntas of A, B and C, which formed Y"
    elif s_actor is None and subj is not None and subj.pos_ == "PRON":
        # "X, a fan of Y, ...: he led Z": the sentence's subject before a closer name, never the object itself
        other = next((t for t in targets if t is not None), None)
        s_actor = ctx.pronoun_actor(subj, exclude=other) if other is not None else ctx.pronoun_actor(subj)
    if s_actor is None and subj is not None and subj.pos_ == "NOUN" and typ == "leader_of" \
            and norm(lemma) in cues().forming_verbs:
        # "The rebels, led by X, formed a new group, Y": the one leading the founders leads what they founded
        s_actor = next((ctx.actor(p) for acl in subj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                        and acl.lemma_ in ("lead", "head") for ag in acl.children if ag.dep_ == "agent"
                        for p in ag.children if p.dep_ == "pobj" and ctx.actor(p) is not None
                        and ctx.kind(ctx.actor(p)) == "person"), None)
    conf = 0.55 if lemma == "support" else 0.7
    sources = [s_actor] if s_actor is not None else _stand_ins(ctx, subj)  # "Tolvan's forces hold Y"
    if not sources and typ == "backs":
        sources = _backer_followers(ctx, subj)  # "Velnia's officers train Y", "Velnia, whose instructors arm Y"
    if not sources and typ == "backs" and subj is not None and norm(lemma) in cues().material_backing_verbs:
        sent = _sending_state(ctx, subj)  # "instructors from Velnia are training Y": the state they come from
        sources = [sent] if sent is not None else []
    if subj is None and not sources:
        sources = ctx.entry_subject(head)  # "Name - Backs Y.": the entry's head
    targets += [a for o, t in zip(objs, list(targets)) if t is None   # "Russia armed its fighters"
                for a in _stand_ins(ctx, o, exclude=sources[0] if len(sources) == 1 else None)]
    if typ == "backs":  # "X has funded its media", "X bankrolled the party's charities": the body that owns them
        targets += [a for o, t in zip(objs, list(targets)) if t is None
                    for a in [_activity_owner(ctx, o, sources[0] if len(sources) == 1 else None)] if a is not None]
    if typ == "backs" and len(sources) == 1 and ctx.kind(sources[0]) == "country" and not any(
            t is not None for t in targets) and norm(lemma) in cues().material_backing_verbs:
        # "Velnian advisers train its border units", "X trains Y's battalions": a foreign state training or arming a
        # state's own men backs that state, when no body of their own is found (_stand_ins, _activity_owner read
        # only an organisation's men; the owner's own state training them is no patron)
        targets = [_foreign_force_owner(ctx, o, sources[0]) for o in objs]
    if s_actor is not None and subj is not None and subj.pos_ in ("PROPN", "NOUN"):
        sources += [x for x in (ctx.np_actor(c) for c in subj.conjuncts) if x is not None]  # "A and B fund Y"
    elif s_actor is not None and subj is not None and subj.lower_ in ("which", "who", "that") \
            and head.dep_ == "relcl" and (_plural_verb(head) or typ == "leader_of" and ctx.kind(s_actor) != "person"
                                          and norm(lemma) in cues().forming_verbs):
        # "A and B, which back Y": the antecedent's conjuncts; "A, B and C, which formed Y" (a body made by bodies
        # or states: several makers in any tense), "the juntas of A, B and C, which left Z to form Y"
        sources += _conjoined_subjects(ctx, _ruled_state(ctx, head.head), s_actor)
    if len(sources) == 1 and obj.pos_ == "PRON" and obj.lower_ in ("him", "her", "them") and targets == [None]:
        targets = [ctx.pronoun_actor(obj, exclude=sources[0])]  # "several of his partners oppose him"
    elif len(sources) == 1 and obj.lower_ == "it" and targets == [None] and typ == "backs" \
            and norm(lemma) in cues().material_backing_verbs:
        # "X funded and trained it", "X arms and pays it": arms and money go to a body (relations.yaml
        # material_backing_verbs; "X supports it" is as often a plan or a bill)
        found = ctx.pronoun_actor(obj, exclude=sources[0])
        targets = [found if found is not None and ctx.kind(found) == "organization" else None]
    if typ == "backs":
        _backed_against(ctx, tok, obj, [*sources, *targets], conf)
    for s_actor in dict.fromkeys(sources):
        if typ == "leader_of" and norm(lemma) in cues().forming_verbs and ctx.kind(s_actor) != "person":
            # "Iran founded the Front": no leader; "A and B formed the Northern Alliance": members of it (the body
            # made itself, as for a person below: "A and B formed the Alliance's secretariat" makes no member of it)
            for t in (t for i, t in enumerate(targets) if i >= len(shallow) or shallow[i] is not None) \
                    if len(sources) > 1 else ():
                if t is not None and ctx.kind(t) == "organization" and (ctx.subkind(t) == "coalition" or set(
                        norm(ctx.actors[t].name).split()) & cues().coalition_words):
                    ctx.add(s_actor, "member_of", t, tok.sent, conf)
            continue
        for i, t in enumerate(targets):
            if typ == "leader_of" and (" " in lemma or norm(lemma) in cues().forming_verbs) \
                    and (ctx.kind(s_actor) != "person" or i >= len(shallow) or shallow[i] is None):
                continue  # "X took over the party", "X launched a party, Y": a person taking or making the body
                # itself ("took over its positions", "launched the party's campaign": no); a phrasal verb of
                # backing ("X kept propping up the junta") is said of any backer
            if typ == "leader_of" and ctx.kind(s_actor) == "person" and t is None and i < len(objs) \
                    and _part_noun(ctx, objs[i]):
                ctx.add(s_actor, "member_of", _part_owner(ctx, objs[i], s_actor), tok.sent, conf)
                continue  # "X heads the group's veterans' committee": the body referred back to
            if typ == "leader_of" and ctx.kind(s_actor) == "person" and i < len(shallow) and shallow[i] is None \
                    and t is not None and ctx.kind(t) == "organization" and _part_noun(ctx, objs[i]):
                ctx.add(s_actor, "member_of", t, tok.sent, conf)  # "X heads the party's youth wing / its list"
                continue
            if typ == "leader_of" and ctx.kind(s_actor) == "person" and t is not None and i < len(objs) \
                    and objs[i].pos_ == "NOUN" and norm(objs[i].lemma_) in cues().delegation_nouns:
                ctx.add(s_actor, "member_of", t, tok.sent, conf)  # "X led the Velnian delegation": X serves Velnia
                continue
            if i < len(shallow) and shallow[i] is None and _hosted_by(ctx, objs[i], t):
                continue  # "X has backed the Nairobi talks", "X opposes the Geneva summit": a meeting, not its host
            if norm(lemma) in cues().personal_tie_verbs and ctx.kind(s_actor) != "person":
                continue  # "the League, which represents the party at the talks": a body acting for another
            if norm(lemma) in cues().territory_verbs and (i >= len(shallow) or shallow[i] is None
                                                         or ctx.kind(t) == "country"
                                                         or ctx.kind(s_actor) != "country"):
                continue  # "X controls most of Yemen's north", "X controls Ostravia": ground held, no tie; "the
                # party controls the council": a body held by a party or group, no client of it
            if i < len(shallow) and shallow[i] is None and t is not None and ctx.kind(s_actor) == "person" \
                    and ctx.kind(t) == "country" and typ == "backs" and obj.pos_ == "NOUN":
                continue  # "he backed Ostravia's application to join the EU": a person backing a state's act
            if typ == "backs" and _wage_payee_off(ctx, lemma, t, shallow[i] if i < len(shallow) else None,
                                                   objs[i] if i < len(shallow) else None):
                continue  # "X paid Velnia compensation", "X paid the mayor": a payment, no client (wage_verbs)
            if typ == "backs" and i < len(shallow) and shallow[i] is None and t is not None \
                    and objs[i].pos_ == "NOUN" and norm(objs[i].lemma_) in cues().act_nouns:
                continue  # "X supported Y's call for restraint", "X backs the stability of Y": an act, a request or
                # a condition of Y's is backed, not Y as a client (relations.yaml act_nouns)
            if typ == "backs" and i < len(shallow) and shallow[i] is None and t is not None \
                    and objs[i].pos_ == "NOUN" and norm(objs[i].lemma_) in cues().state_integrity_nouns \
                    and ctx.kind(t) != "country":
                continue  # "X supports the unity of the party": a body's condition; a state's sovereignty backs it
            ctx.add(s_actor, typ, t, tok.sent, conf)
            if typ == "member_of" and t is not None and i < len(objs) and ctx.kind(t) == "organization" \
                    and norm(lemma) in cues().seat_companion_verbs:
                # "A joined the Y alliance alongside B and C": the bodies named beside the subject join it too
                # (not "A joined B alongside C in opposing the bill": a joint act, no seat in B)
                acts = any(c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children)
                           for c in tok.children)
                for x in ([] if acts else _seat_companions(ctx, tok, objs[i], s_actor)):
                    if x != t:
                        ctx.add(x, "member_of", t, tok.sent, conf)
    # "..., and so have X, Y and Z": the same tie for each
    for c in tok.children:
        if c.dep_ == "conj" and c.lemma_ in ("have", "do", "be"):
            if any(x.lower_ == "so" for x in c.children):
                subj2 = next((x for x in c.children if x.dep_ in ("nsubj", "attr", "dobj")), None)
                if subj2 is not None:
                    for x in _list_members(subj2):
                        for t in targets:
                            ctx.add(ctx.np_actor(x), typ, t, tok.sent, conf - 0.1)


def _wage_payee_off(ctx: _Ctx, lemma: str, target: int | None, shallow: int | None, obj: Token | None) -> bool:
    """A wage verb ("pay": word_lists.wage_verbs) backs only an organisation: its salaries or works, its fighters or
    itself ("X pays the Front's salaries", "X arms and pays it", "X pays its fighters", "X pays the Front"); paying a
    state, a person or a body of a state, or a name read inside the object ("X paid Velnia compensation") is a
    payment, no tie. ``obj`` is None for a body found through its salaries or fighters (already checked)."""
    if norm(lemma) not in cues().wage_verbs or target is None:
        return False
    if ctx.kind(target) != "organization" or ctx.subkind(target) in STATE_LIKE_SUBKINDS:
        return True
    if obj is None or obj.pos_ == "PRON":
        return False
    if {norm(obj.lemma_), norm(obj.text)} & (cues().held_activities | cues().follower_nouns):
        return False
    return shallow is None or ctx.actor(obj) != target


def _plural_verb(verb: Token) -> bool:
    """"which back", "who are backing", "that have funded": a verb (or its auxiliary) in the plural present, so
    that a relative clause on the last of several conjoined names is said of them all."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ in ("are", "have", "were") for w in words)


def _government_formed_by(ctx: _Ctx, verb: Token) -> None:
    """"X, whose government was formed by the Y coalition", "X's cabinet, formed by Y in May": a government
    (word_lists.ruling_nouns) that a named party or coalition formed (word_lists.forming_verbs) is one it backs; the
    one backed is the government's possessor, its head."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb.head if verb.dep_ == "acl" else None)
    if agent is None or subj is None or norm(subj.lemma_) not in cues().ruling_nouns:
        return
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    if poss.lower_ == "whose":
        owner = _relative_antecedent(ctx, verb)
    else:
        owner = ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else ctx.actor(poss)
    for p in (p for p in agent.children if p.dep_ == "pobj"):
        for q in _list_members(p):
            backer = ctx.np_actor(q)
            if backer is not None and owner is not None and backer != owner and ctx.kind(backer) == "organization":
                ctx.add(backer, "backs", owner, verb.sent, 0.6)


def _government_holder(ctx: _Ctx, noun: Token | None) -> int | None:
    """"Premier X's government", "her cabinet", "X's administration": a government (word_lists.ruling_nouns) named
    by its possessor stands for the one that holds it, when backing is told of it (the state the resolver reads for it,
    else the possessor itself: a person or a body); None for any other noun or a government of no one named."""
    if noun is None or noun.pos_ != "NOUN" or norm(noun.lemma_) not in cues().ruling_nouns:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    a = ctx.np_actor(noun)
    if a is not None:
        return a
    if poss.pos_ == "PRON":
        return ctx.pronoun_actor(poss) if poss.lower_ in ("his", "her", "its", "their") else None
    return ctx.actor(poss)


def _formed_government_of(ctx: _Ctx, verb: Token) -> None:
    """"The Y alliance formed X's cabinet", "Y, which formed Premier X's government", "since it formed X's government":
    a body (an organisation) that formed the government of another (word_lists.forming_verbs with a ruling noun that
    has a possessor as the object) backs its holder (not when refused or negated: _unreal)."""
    if _refused(ctx, verb) is not None:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        holder = _government_holder(ctx, obj)
        backer = _clause_subject(ctx, verb) if holder is not None else None
        if backer is not None and backer != holder and ctx.kind(backer) == "organization":
            ctx.add(backer, "backs", holder, verb.sent, 0.6)


def _troops_in_body(ctx: _Ctx, men: Token) -> None:
    """"Egypt has 1,200 troops in the African Union Mission in X", "the Joint Task Force, in which Y keeps 2,500
    soldiers", "Z is contributing troops to the Stabilisation Mission": the state whose men (``men``, the object of a
    stationing verb or of one of relations.yaml contributing_verbs) are in or given to a body whose name one of
    troop_body_heads heads (a mission, a force, a coalition) is a member of that body. Not when negated, hypothetical
    or "no troops", nor a body already the state's own ("Russia keeps troops in its Operational Force")."""
    verb = men.head
    c = cues()
    if verb.pos_ not in ("VERB", "AUX") \
            or not (_verb_in(verb, c.stationing_verbs) or _verb_in(verb, c.contributing_verbs)) \
            or _unreal(verb) or _conditional(verb) or _to_come_only(verb) \
            or any(d.dep_ in ("det", "neg") and d.lower_ in ("no", "not") for d in men.children):
        return  # (nor "plans to send troops to the X Mission", "if Y contributes troops")
    sender = None
    # ("keeps 800 troops in the north under the X Mission": an "under" / "as part of" hung on the place)
    places = [o for h in (men, verb) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "on", "to")
              for o in p.children if o.dep_ == "pobj"]
    for prep in (p for h in (men, verb, *places) for p in h.children if p.dep_ == "prep" and (
            p.lower_ in ("under", "as") or h in (men, verb) and p.lower_ in ("in", "to", "with"))):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "as":  # "keeps troops in the region as part of the X Mission"
            objs = [q for o in objs if o.lower_ == "part" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for q in p.children if q.dep_ == "pobj"]
        for obj in objs:
            if obj.lower_ == "which" and verb.dep_ == "relcl":
                body = ctx.np_actor(verb.head)  # "the Task Force, in which Y keeps troops": the antecedent
            else:
                body = ctx.np_actor(obj)
            if body is None or ctx.kind(body) != "organization" or not ctx._heads_of(body)[0] & c.troop_body_heads:
                continue
            k = ctx.tok2m[obj.i]
            if k >= 0 and ctx.mentions[k].start > 0 and ctx.tok2m[ctx.mentions[k].start - 1] >= 0:
                continue  # "the ECOWAS Standby Force" read as two names: the force's own name is not known
            if sender is None:
                sender = _clause_subject(ctx, verb)
            if sender is None or ctx.kind(sender) != "country" or sender == body or any(
                    h.source == body and h.target == sender and h.type == "part_of" for h in ctx.hits):
                return
            ctx.add(sender, "member_of", body, verb.sent, 0.65)


def _stationed_by_consent(ctx: _Ctx, noun: Token) -> None:
    """"X keeps 600 soldiers in Y under a 2018 defence pact", "Z marines are stationed in Y at the invitation of its
    government", "X flew troops to Y's capital at the government's request", "the Z soldiers posted near the port under
    a two-way accord": a state's men (word_lists.stationed_men_nouns) that a stationing verb puts in another
    state by its consent (``noun``: one of host_consent_nouns after "at", or basing_accord_nouns after "under") say
    the sending state backs the host: the one whose invitation or request it is, else the state of the place (or the
    article's state for a place that names none: "the capital", "the island"). Not when negated or hypothetical."""
    verb = noun.head.head
    if verb.pos_ != "VERB" or norm(verb.lemma_) not in cues().stationing_verbs or _unreal(verb):
        return
    if any(c.dep_ == "acl" and c.tag_ == "VB" for c in noun.children):
        return  # "under an accord to bring them home": an accord whose aim is told is read no consent
    men_words = cues().stationed_men_nouns
    men = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and norm(c.text) in men_words), None)
    if men is None and verb.dep_ == "acl" and norm(verb.head.text) in men_words:
        men = verb.head  # "the soldiers posted near the port under an accord"
    if men is None:
        return
    sender = None
    if men.dep_ == "dobj":
        sender = _clause_subject(ctx, verb)  # "Turkey has troops in Y", "Egypt, which stationed troops at Z"
    if sender is None:  # "Rwandan troops", "Saudi marines": the state the demonym names
        for a in (ctx.actor(c) for c in men.children if c.dep_ in ("amod", "compound", "poss")):
            if a is not None and ctx.kind(a) != "country":  # "Chilean troops" read as the state's force: its state
                a = next((h.target for h in ctx.hits if h.source == a and h.type == "part_of"
                          and ctx.kind(h.target) == "country"), None)
            if a is not None and ctx.kind(a) == "country":
                sender = a
                break
    if sender is None:
        found = _stand_ins(ctx, men)
        sender = found[0] if len(found) == 1 else None
    if sender is None or ctx.kind(sender) != "country":
        return
    host = None
    if norm(noun.lemma_) in cues().host_consent_nouns:
        asker = next((c for c in noun.children if c.dep_ == "poss"), None)
        if asker is None:
            asker = next((p for o in noun.children if o.dep_ == "prep" and o.lower_ == "of"
                          for p in o.children if p.dep_ == "pobj"), None)
        if asker is not None:
            host = ctx.pronoun_actor(asker, exclude=sender) if asker.pos_ == "PRON" else ctx.np_actor(asker)
            if host is None and asker.pos_ == "NOUN":
                poss = next((c for c in asker.children if c.dep_ == "poss"), None)
                host = ctx.pronoun_actor(poss, exclude=sender) if poss is not None and poss.pos_ == "PRON" else None
    if host is None:
        for place in (p for pr in [*verb.children, *men.children]  # ("troops in Y": the place on the men)
                      if pr.dep_ == "prep" and pr.lower_ in ("in", "to", "at", "on", "into")
                      for p in pr.children if p.dep_ == "pobj"):
            host = ctx.np_actor(place)
            if host is None:
                poss = next((c for c in place.children if c.dep_ == "poss"), None)
                host = ctx.actor(poss) if poss is not None and poss.pos_ != "PRON" else None
            if host is None and place.pos_ == "NOUN":
                host = ctx.home_state()
            if host is not None:
                break
    if host is not None and host != sender and ctx.kind(host) in ("country", "person"):
        ctx.add(sender, "backs", host, verb.sent, 0.6)


def _nominated(ctx: _Ctx, verb: Token) -> None:
    """"The Y alliance, which nominated Prime Minister X", "Y nominated X for the premiership", "the bloc that
    nominated him": a party or alliance (an organisation; a president who nominates a premier backs no one) that put
    a person forward (word_lists.nominating_verbs) backs that person."""
    if _refused(ctx, verb) is not None:
        return
    backer = _clause_subject(ctx, verb)
    if backer is None or ctx.kind(backer) != "organization":
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for q in (obj, *obj.conjuncts):
            person = ctx.pronoun_actor(q, exclude=backer) if q.pos_ == "PRON" else ctx.np_actor(q)
            if person is not None and person != backer and ctx.kind(person) == "person" \
                    and _holds_top_office(ctx, person, verb):
                ctx.add(backer, "backs", person, verb.sent, 0.6)


def _holds_top_office(ctx: _Ctx, person: int, before: Token) -> bool:
    """The person holds a state's top office as the text has told it so far: a leader of a state (a tie found), or a
    mention of the person up to ``before``'s sentence right after a title that implies a state's leader
    (relations.yaml implied_state_titles: "Prime Minister X"). A nominee for an office only sought is no lasting
    tie: "the bloc nominated X on Saturday" (a candidacy)."""
    if any(h.source == person and h.type == "leader_of" and ctx.kind(h.target) == "country" for h in ctx.hits):
        return True
    titles = ctx.kb.relations.get("implied_state_titles") or {}
    doc = before.doc
    for m in ctx.mentions:
        if m.actor == person and m.start < before.sent.end:
            words = [t.lower_ for t in doc[max(0, m.start - 3):m.start]]
            if any(" ".join(words[i:]) in titles for i in range(len(words))):
                return True
    return False


def _backed_against(ctx: _Ctx, verb: Token, obj: Token, sides: list, conf: float) -> None:
    """"X backs the council against the rebels", "X has armed the Front against Y": the backer and the side it
    backs (a named one) both stand against the one after "against" (on the verb or on its object)."""
    if ctx.np_actor(obj) is None or ctx.actor(obj) is None and any(
            c.dep_ in ("compound", "poss", "amod") and ctx.actor(c) is not None for c in obj.children):
        return  # "X supported the army's operations against Y", "FARM operations": an act backed, not a side
    enemies = [ctx.np_actor(q, deep=True) for h in (verb, obj) for c in h.children
               if c.dep_ == "prep" and c.lower_ == "against" for p in c.children if p.dep_ == "pobj"
               for q in _list_members(p)]
    for enemy in (e for e in enemies if e is not None):
        for side in dict.fromkeys(x for x in sides if x is not None and x != enemy):
            ctx.add(side, "opposes", enemy, verb.sent, conf - 0.1)


def _every_government(noun: Token) -> bool:
    """"every government", "successive governments", "all governments": a government (word_lists.ruling_nouns) of
    whoever ruled, qualified by word_lists.every_ruler_words and owned by no one named: the article's state's."""
    c = cues()
    return norm(noun.lemma_) in c.ruling_nouns and not any(x.dep_ in ("poss", "compound") or x.dep_ == "prep"
                                                           and x.lower_ == "of" for x in noun.children) \
        and any(x.dep_ in ("det", "amod", "predet") and norm(x.text) in c.every_ruler_words for x in noun.children)


def _ruled_home(ctx: _Ctx, verb: Token, noun: Token) -> bool:
    """"X now heads the state", "X has run the country since 2019": the bare "the country" (relations.yaml state_words,
    nothing but "the" on it) led by the subject of a leading verb stands for the article's state, whose rule the verb
    says the subject holds now (a present or perfect tense; not "X ran the country from 2006 to 2014", a rule
    over); the caller takes it so only in a sentence that names no other state."""
    if norm(noun.lemma_) not in _state_words(ctx) or noun.tag_ != "NN" or noun.dep_ != "dobj" \
            or not all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or not any(c.dep_ == "det" for c in noun.children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _participle_clause(verb: Token) -> bool:
    """"X keeps 300 troops there, training Y's army": a present participle set off by a comma after the main
    clause, no subordinator before it, says what the main clause's subject does."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "," and not any(c.dep_ in ("mark", "nsubj") for c in verb.children)


def _activity_owner(ctx: _Ctx, noun: Token, exclude: int | None) -> int | None:
    """"its media", "Karvel Front's charities", "the party's campaign": the organisation owning one of its own
    works or outlets (word_lists.held_activities); funding or arming those backs the organisation."""
    if norm(noun.lemma_) in cues().share_words:
        # "much of the army's budget", "part of its operations": the share's whole (word_lists.share_words)
        noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"), noun)
    if norm(noun.lemma_) not in cues().held_activities and norm(noun.text) not in cues().held_activities:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:  # "the wages of the X Brigade": the owner after "of"
        poss = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj" and ctx.actor(p) is not None), None)
    if poss is None:
        return None
    owner = ctx.actor(poss)
    if owner is None and poss.pos_ == "PRON":
        owner = ctx.pronoun_actor(poss, exclude=exclude)
    elif owner is None and poss.pos_ in ("NOUN", "PROPN"):
        owner = ctx.definite(poss, exclude)
    return owner if owner is not None and owner != exclude and ctx.kind(owner) == "organization" else None


def _shared_object(verb: Token) -> Token | None:
    """"X has trained and paid Y", "X armed, trained and paid Y": a verb joined by "and"/"or" (or a comma) to
    the next verb has that verb's direct object as its own when it has none and the second verb has no subject
    of its own (verbs written side by side share what follows them)."""
    if any(c.dep_ in ("dobj", "prep", "dative", "ccomp", "xcomp") for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i > verb.i + 3 \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                or not all(t.dep_ in ("cc", "punct") for t in verb.doc[verb.i + 1:conj.i]):
            continue
        obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
        return obj if obj is not None else _shared_object(conj)
    return None


def _ties(ctx: _Ctx, verb: Token) -> None:
    if any(c.dep_ == "neg" for c in verb.children):
        return
    if verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs):
        return  # "X has tried to keep good relations with Y": an effort, no tie
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in cues().tie_nouns), None)
    if obj is None:
        return
    if any(c.lower_ in cues().bad_tie_words for c in obj.children) or _none_said(obj):
        return  # ("X has no ties to Y", "X keeps no links with Y": none said)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (no subject of its own: "A took a softer line and kept close ties with B")
    owner = ctx.np_actor(subj) if subj is not None else _clause_subject(ctx, verb)
    if owner is None and subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        owner = _relative_antecedent(ctx, verb)
    elif owner is None and subj is not None and subj.pos_ == "PRON":
        owner = ctx.pronoun_actor(subj)
    for prep in (c for c in [*obj.children, *verb.children] if c.dep_ == "prep" and c.lower_ in ("to", "with")):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            for q in (p, *p.conjuncts):
                ctx.add(owner, "allied_with", ctx.np_actor(q, deep=True), verb.sent, 0.6)


def _giving(ctx: _Ctx, verb: Token) -> None:
    """"X supplied drones to Y", "X gave Y weapons": the giver backs the receiver (not when negated or denied:
    "X denies giving Y any support")."""
    if any(c.dep_ == "neg" for c in verb.children) or _denied(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:  # "X sold the Velnian navy patrol boats": the aid hung on the receiver the parser took for a verb
        obj = next((d for c in verb.children if c.dep_ == "dative" for d in c.children if d.dep_ == "dobj"), None)
    aid = cues().aid_nouns | cues().hardware_aid_nouns
    amount = obj is not None and obj.pos_ == "NUM" and any(c.lower_ in ("$", "€", "£") or c.like_num
                                                           for c in obj.children)
    if amount:  # "$230 million in assistance for the army": the aid noun after the sum
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                    if p.dep_ == "pobj" and (p.lemma_.lower() in aid or p.lower_ in aid)), None)
    counted = obj
    if obj is not None and not _aid_noun(obj) and (obj.like_num or obj.tag_ == "NNS" and any(
            c.like_num for c in obj.children) or norm(obj.lemma_) in ("million", "billion", "thousand", "hundred")
                                                   or norm(obj.lemma_) in _rel_words(ctx, "aid_measure_nouns")
                                                   or norm(obj.text) in _rel_words(ctx, "aid_measure_nouns")):
        # "millions of dollars for Y", "tons of weapons to Y", "X sold Y a batch of rifles": the aid noun counted
        # or measured after "of"
        obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj" and _aid_noun(p)), obj)
    provided = _provided_with(verb, obj)
    if provided is None and (obj is None or not _aid_noun(obj)):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    giver = ctx.np_actor(subj)
    if giver is None and subj is not None and subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        giver = _relcl_holder(ctx, verb.head)  # "Turkey, which has supplied drones to X"
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl" \
            and (giver is None or ctx.kind(giver) != "person"):
        # "X is a businessman based in Y who has laundered money for Z": "who" is a person's, the one the
        # copula's noun describes (the parser hung the clause on the nearest name)
        top = verb.head
        for _ in range(4):
            if top.dep_ == "attr" or top.head.i == top.i:
                break
            top = top.head
        said = _clause_subject(ctx, top.head) if top.dep_ == "attr" else None
        giver = said if said is not None and ctx.kind(said) != "country" else giver
    elif giver is None and subj is not None and subj.pos_ == "PRON":
        giver = ctx.pronoun_actor(subj)
    if giver is None and subj is None and verb.dep_ == "xcomp":
        giver = _committed_giver(ctx, verb)
    # "X sent tanks to Y": hardware alone, conveyed, is aid to an organisation only (relations.yaml
    # hardware_aid_nouns, conveying_verbs)
    hardware = cues().hardware_aid_nouns
    conveyed = provided is None and norm(verb.lemma_) in cues().conveying_verbs and all(
        n.lemma_.lower() in hardware or n.lower_ in hardware for n in (obj, *obj.conjuncts)
        if n.lemma_.lower() in aid or n.lower_ in aid)
    receivers = [provided] if provided is not None else []
    for p in [*verb.children, *obj.children, *(counted.children if counted is not obj else ())] \
            if provided is None else ():
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "for"):
            receivers += [c for c in p.children if c.dep_ == "pobj"]
        elif p.dep_ == "dative":
            receivers.append(p)
    if not receivers and provided is None and obj.dep_ == "dobj" and obj.head.i == verb.i:
        # "X gave the Front rifles": the receiver before the aid noun misread as its compound (a named body, with
        # the article that is the receiver's, not the aid's: "X sent Velnian rifles" names no receiver)
        # (not when the aid noun has a participle of its own, "rifles seized in the raid", whose compound is the
        # owner, nor after "back": "X sent back Y rifles" returns them)
        if not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in obj.children) \
                and not any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children):
            receivers += [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > verb.i
                          and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "organization"
                          and (c.left_edge.lower_ == "the" or ctx.doc[max(c.left_edge.i - 1, 0)].lower_ == "the")]
            # "X has given Velnia's army helicopters": a possessed body before the aid noun, misread as its modifier
            # (one of state_force_names, owned by a named state)
            # (not when it is given back, "gave Velnia's army rifles back", nor when the force owns the aid,
            # "sold Velnia's army's rifles", nor when the verb names another receiver)
            if not any(t.lower_ == "back" and t.head.i in (verb.i, obj.i) for t in verb.subtree):
                receivers += [c for c in obj.subtree if verb.i < c.i < obj.i and _force_owner(ctx, c) is not None
                              and not (c.i + 1 < len(ctx.doc) and ctx.doc[c.i + 1].lower_ in ("'s", "\u2019s"))]
    for r in receivers:
        got = ctx.np_actor(r) if r.dep_ != "compound" else ctx.actor(r)
        if conveyed and got is not None and ctx.kind(got) != "organization" and r.pos_ != "NOUN":
            continue  # "X sent a plane to Y to bring back its citizens": no aid to the state Y
        if got is None and giver is not None and r.pos_ == "PRON" and r.lower_ in ("it", "them", "him", "her"):
            # "Turkey supplies it with drones", "X sent them arms": arms and money go to the one named before
            got = ctx.pronoun_actor(r, exclude=giver)
            got = got if got is not None and (r.lower_ != "it" or ctx.kind(got) == "organization") else None
        if got is None and r.i < obj.i and r.head.i != verb.i and _force_owner(ctx, r) is not None:
            state = _force_owner(ctx, r)
            got = _state_body(ctx, state, r.text) or state
        if got is None and (r.pos_ == "NOUN" or r.dep_ == "dative"):
            # "drones to the Ostravian air force": a state's body named by the state's adjective (as a receiver
            # before the aid, "sold the Ostravian navy boats", the parser may tag its head a verb)
            got = next((ctx.actor(c) for c in r.children if c.dep_ in ("amod", "compound", "poss")
                        and ctx.actor(c) is not None and (ctx.kind(ctx.actor(c)) == "country" or c.dep_ == "poss"
                                                          and r.lower_ in cues().ruling_nouns)), None)
        ctx.add(giver, "backs", got, verb.sent, 0.7)


def _force_owner(ctx: _Ctx, noun: Token) -> int | None:
    """"Velnia's army" (a noun of state_force_names owned by a named state, its possessive on the noun or, as the
    parser may hang it, right before it): the state (or the state's force so named); None otherwise."""
    names = _rel_words(ctx, "state_force_names")
    words = [c.text for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    if noun.pos_ != "NOUN" or norm(noun.text) not in names and norm(" ".join([*words, noun.text])) not in names:
        return None
    poss = next((x for x in noun.children if x.dep_ == "poss"), None)
    if poss is None and noun.i >= 2 and ctx.doc[noun.i - 1].dep_ == "case" and ctx.doc[noun.i - 1].lower_ in (
            "'s", "\u2019s"):
        poss = ctx.doc[noun.i - 2]
    owner = ctx.actor(poss) if poss is not None else None
    # (the possessive may be read into the force's own name: "Velnia's army" as the Velnian military)
    return owner if owner is not None and (ctx.kind(owner) == "country" or ctx.subkind(owner) == "military"
                                           and ctx.actor(noun) == owner) else None


def _material_help(ctx: _Ctx, verb: Token, verbs: dict) -> None:
    """Material backing told without a backing verb: "X handled / managed the group's finances" (a finance-keeping
    verb with one of the finance_nouns an organisation owns as its object: X backs it); "X materially / financially
    assisted Y" (a helping verb made material by its adverb: read as "X backs Y")."""
    lemma = verb.lemma_.lower()
    if lemma in cues().material_help_verbs and any(c.dep_ == "advmod" and c.lower_ in cues().material_adverbs
                                                  for c in verb.children):
        _stance(ctx, verb, {**verbs, lemma: "backs"})
        return
    if lemma not in cues().finance_keeping_verbs or _unreal(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and norm(c.text) in cues().finance_nouns), None)
    if obj is None:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    keeper = ctx.np_actor(subj)
    if keeper is None and subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        keeper = _relcl_holder(ctx, verb.head)
    elif keeper is None and subj is not None and subj.pos_ == "PRON":
        keeper = ctx.pronoun_actor(subj)
    owner = next((ctx.actor(c) for c in obj.children if c.dep_ == "poss" and ctx.actor(c) is not None), None)
    if owner is None:
        poss = next((c for c in obj.children if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "PRON":
            owner = ctx.pronoun_actor(poss, exclude=keeper)
        elif poss is not None and poss.pos_ in ("NOUN", "PROPN"):
            owner = ctx.definite(poss, keeper)
    if owner is None:
        owner = next((ctx.np_actor(p) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
    if keeper is not None and owner is not None and ctx.kind(owner) == "organization":
        ctx.add(keeper, "backs", owner, verb.sent, 0.65)


def _arms_and(ctx: _Ctx, tok: Token) -> None:
    """"X arms and finances Y", "X arms, funds and trains Y", "X, which arms and funds Y": the parser reads "arms" as
    a noun (the weapons) and loses the subject of the backing verbs (relations.yaml material_backing_verbs) joined to
    it; read by the words: the name right before "arms" (or before ", which") backs the names right after the last
    verb ("both A and B": each). Not after a negation or a condition ("if X arms and funds Y")."""
    doc, backing = ctx.doc, cues().material_backing_verbs
    k, verbs = tok.i + 1, 0
    while k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
        w = doc[k + 1].lower_
        if not (w.endswith("s") and (w[:-1] in backing or w[:-2] in backing and w.endswith("es"))):
            break
        k, verbs = k + 2, verbs + 1
    if not verbs or doc[k - 2].lower_ != "and":
        return
    j = tok.i - 1
    if j >= 2 and doc[j].lower_ in ("which", "who", "that") and doc[j - 1].text == ",":
        j -= 2  # "X, which arms and funds Y"
    giver = ctx.actor(doc[j]) if j >= 0 else None
    if giver is None and j >= 0 and doc[j].text[:1].isupper() and ctx.tok2m[j] < 0:
        giver = ctx.named(norm(doc[j].text))  # (the name itself misread as the weapons' adjective: no mention)
        giver = giver if giver is not None and ctx.kind(giver) in ("country", "organization") else None
    if giver is None or any(t.lower_ in ("not", "never", "if", "unless", "whether") or t.dep_ == "neg"
                            for t in doc[max(tok.sent.start, j - 3):k]):
        return
    while k < len(doc) and doc[k].lower_ in ("the", "both"):
        k += 1
    first = ctx.actor(doc[k]) if k < len(doc) else None
    targets = [first] if first is not None else []
    m = ctx.tok2m[k] if first is not None else -1
    end = ctx.mentions[m].end if m >= 0 else k + 1
    if targets and end + 1 < len(doc) and doc[end].lower_ == "and":
        nxt = end + 1 + (doc[end + 1].lower_ == "the")
        if nxt < len(doc) and ctx.actor(doc[nxt]) is not None:
            targets.append(ctx.actor(doc[nxt]))  # "both A and B"
    for t in targets:
        if t != giver:
            ctx.add(giver, "backs", t, tok.sent, 0.7)


def _aid_noun(noun: Token) -> bool:
    """The noun, or one coordinated with it, is an aid noun ("weapons", "money and training")."""
    aid = cues().aid_nouns | cues().hardware_aid_nouns
    return any(n.lemma_.lower() in aid or n.lower_ in aid for n in (noun, *noun.conjuncts))


def _provided_with(verb: Token, obj: Token | None) -> Token | None:
    """"X supplied Y with drones", "X provides Y with weapons and training": the object is the receiver when the
    aid noun comes after "with" (hung on the verb or on the object)."""
    if obj is None or _aid_noun(obj):
        return None
    for p in (c for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"):
        if any(n.dep_ == "pobj" and _aid_noun(n) for n in p.children):
            return obj
    return None


def _committed_giver(ctx: _Ctx, verb: Token) -> int | None:
    """"X agreed / pledged / has promised to deliver drones to Y": the subject of the verb the giving verb
    completes gives (not "X asked Y to deliver", "X refused to send", "X would agree to send", "X wants to
    send": another's act, a refusal, a condition or a wish)."""
    head = verb.head
    if any(c.dep_ in ("dobj", "neg") for c in head.children) or _unreal(head) or _denied(head) \
            or _refused(ctx, verb) is not None or _verb_in(head, cues().aspiration_verbs):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("which", "who", "that") and head.dep_ == "relcl":
        return _relcl_holder(ctx, head.head)
    if subj is not None and subj.pos_ == "PRON":
        return ctx.pronoun_actor(subj)
    return ctx.np_actor(subj)


def _receiving(ctx: _Ctx, verb: Token) -> None:
    """"Y receives money and weapons from X", "Y, which gets funding from X", "Y enjoys the backing of X":
    X backs Y (an aid noun as the object, the giver after "from", or a backing noun's "of")."""
    if _unreal(verb) or _refused(ctx, verb) is not None or _denied(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_ in cues().reliance_verbs:  # "Y relies on Iranian money and weapons"
        obj = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                    for p in c.children if p.dep_ == "pobj"), None)
    aid = cues().aid_nouns | cues().hardware_aid_nouns
    if obj is None or not any(o.lemma_.lower() in aid or o.lower_ in aid for o in (obj, *obj.conjuncts)):
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return  # "We receive no money from X": none is received
    receiver = _clause_subject(ctx, verb)
    if receiver is None:  # "Front officers received training from X": the body whose people received it
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        receiver = next(iter(_stand_ins(ctx, subj)), None)
    if verb.lemma_ not in ("have", "win"):
        # "Y receives Iranian weapons", "Y relies on Iran's money": the state the aid noun is said of gives it
        for o in (obj, *obj.conjuncts):
            if o.lemma_.lower() in aid or o.lower_ in aid:
                for c in o.children:
                    giver = ctx.actor(c) if c.dep_ in ("amod", "compound", "poss") else None
                    if giver is not None and ctx.kind(giver) == "country":
                        ctx.add(giver, "backs", receiver, verb.sent, 0.65)
    for p in [*verb.children, *obj.children]:
        if p.dep_ == "prep" and (p.lower_ == "from" or p.lower_ == "of" and p.head.i == obj.i
                                 and obj.lemma_.lower() in ctx.kb.relations.get("backing_nouns", {})):
            # "receives weapons from X", "enjoys the backing of X"
            for g in (c for c in p.children if c.dep_ == "pobj"):
                for q in (g, *g.conjuncts):  # "from Front instructors": the body whose people gave it
                    ctx.add(ctx.np_actor(q) or _sending_state(ctx, q)  # "from officers of X's army"
                            or next(iter(_stand_ins(ctx, q, exclude=receiver)), None), "backs", receiver, verb.sent, 0.7)


@functools.lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    """Verbs whose object is only asked, urged or promised what their infinitive says ("X urged Y to back Z", "X
    invited Y to join Z", "X promised Y to lead Z"): relations.yaml broken_ties.wishing_verbs, word_lists
    vow_verbs and proposal_verbs."""
    c = cues()
    wishing = (knowledge().relations.get("broken_ties") or {}).get("wishing_verbs") or ()
    return frozenset(norm(w) for w in wishing) | c.vow_verbs | c.proposal_verbs


def _verb_in(verb: Token, words: frozenset[str]) -> bool:
    """The verb's lemma, or its word less an inflection, is one of ``words`` (the tagger's lemma can miss:
    "hopes" -> "hop")."""
    word = norm(verb.text)
    stems = {norm(verb.lemma_), word}
    for end in ("s", "es", "d", "ed", "ing"):
        if word.endswith(end) and len(word) > len(end) + 2:
            stems |= {word[: -len(end)], word[: -len(end)] + "e"}
    return bool(stems & words)


def _denied(verb: Token) -> bool:
    """Said inside a denial: "X denied that it had received weapons from Y", "X denies receiving ...", "X denies that
    it arms and trains Y" (a verb joined to the denied one shares its denial)."""
    head = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
    for _ in range(2):
        if head.dep_ not in ("ccomp", "xcomp", "pcomp", "dobj") or head.head is head:
            return False
        head = head.head
        if norm(head.lemma_) in cues().denial_verbs:
            return True
    return False


def _article_noise(doc: Doc) -> bool:
    """Machine-'spun' text writes "a" for "the" ("a arm of", "a Iran-backed"): then "a" says nothing."""
    if doc._.km_article_noise is None:
        bad = sum(1 for t in (doc[i] for i, w in enumerate(token_lowers(doc)[0][:-1]) if w == "a")
                  if t.lower_ == "a" and doc[t.i + 1].text[:1].lower() in "aeiou"
                  and doc[t.i + 1].is_alpha and doc[t.i + 1].lower_ not in ("one", "union", "unit", "united", "use",
                                                                             "user", "european", "university"))
        doc._.km_article_noise = bad >= 3
    return doc._.km_article_noise


def _post_sought(kb, noun: Token) -> bool:
    """"the Bloc's nominee for prime minister", "its candidate for speaker": a post named after "for" on a role
    noun is the post sought, not one held; a name in apposition to it is the nominee."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep" \
        and noun.head.head.pos_ == "NOUN" and norm(noun.head.head.lemma_) in kb.role_words


def _leader_of_body(ctx: _Ctx, person: int, item: Token, role: Token) -> None:
    """"Its leaders include A of the B Party": a leader of a coalition listed with the body he comes from
    ("of B") leads that body (a list of members: only a member of it)."""
    if ctx.kind(person) != "person" or _role_relation(ctx.kb, norm(role.lemma_)) != "leader_of":
        return
    for p in (p for c in item.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj"):
        body = ctx.np_actor(p)
        if body is not None and ctx.kind(body) == "organization":
            ctx.add(person, "leader_of", body, item.sent, 0.65)


def _adjacent_person(ctx: _Ctx, appos: Token, owner: int) -> int:
    """"A of the B Party and C, the leader of D": a role in apposition describes the name right before its
    comma; when the parser hung it on an earlier person of the list, the adjacent person holds the role."""
    j = appos.left_edge.i - 1
    if j < 2 or ctx.doc[j].text != "," or ctx.tok2m[j - 1] < 0 or not appos.head.i < j - 1 or appos.tag_ == "NNS":
        return owner  # ("A and B, members of C": a plural said of each)
    near = ctx.mentions[ctx.tok2m[j - 1]]
    if near.actor < 0 or near.actor == owner or ctx.kind(near.actor) != "person" or near.start <= appos.head.i \
            or any(near.start <= c.i < near.end for c in appos.head.conjuncts):
        return owner  # (a name coordinated with the head is a second holder, handled with the conjuncts)
    if ctx.doc[near.start:near.end].root.dep_ not in ("conj", "appos"):
        return owner  # only an item of the list ("the brother of Y, the leader of Z" may be said of X)
    return near.actor


def _listed(ctx: _Ctx, tok: Token) -> list[Token]:
    """The items of a list of people or bodies (the object of "its members include"), with a name the parser
    coordinated into the item before's "of" phrase ("A of the B Party and C, the leader of D": C is the next
    item, not a second body A is of: a person conjoined to an organisation or state) or with a verb of the item
    before's relative clause."""
    out = _list_members(tok)
    for t in list(out):
        a = ctx.actor(t)
        if a is None or ctx.kind(a) != "person":
            continue
        for p in (p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"):
            body = ctx.np_actor(p)
            if body is None or ctx.kind(body) == "person":
                continue
            for c in p.conjuncts:
                other = ctx.actor(c)
                if c.i > p.i and other is not None and ctx.kind(other) == "person" and c not in out:
                    out.append(c)
    first = ctx.actor(tok)
    for c in (c for t in tok.head.subtree if t.pos_ in ("VERB", "AUX") and t.i > tok.i for c in t.children):
        # "A, the nephew of B, whose forces hold the coast, and C, ...": a name the parser coordinated with the
        # verb of an earlier item's relative clause is the next item
        if c.dep_ == "conj" and c.i > 1 and ctx.doc[c.left_edge.i - 1].lower_ == "and" and first is not None \
                and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == ctx.kind(first) and c not in out:
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def _list_members(tok: Token) -> list[Token]:
    """A coordinated list, however the parser chained it (conj and appos links)."""
    out, todo, seen = [], [tok], set()
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos") or _first_possessed(c))
    return sorted(out, key=lambda t: t.i)


def _possessed_after(ctx: _Ctx, tok: Token) -> int | None:
    """"A and X's B Party, long-time rivals": a list member the parser took for the possessor alone (the name with
    "'s", B's name hung elsewhere) stands for the name right after its possessive mark; None when ``tok`` has no
    such mark or no name follows it."""
    case = next((c for c in tok.children if c.dep_ == "case" and c.text in ("'s", "'", "\u2019s", "\u2019")), None)
    if case is None or case.i + 1 >= len(ctx.doc) or ctx.tok2m[case.i + 1] < 0:
        return None
    return ctx.actor(ctx.doc[case.i + 1])


def _paired_possessors(ctx: _Ctx, tok: Token) -> list[int]:
    """"The A Front and X's B Union, long-time rivals", "A and X's B remain bitter rivals": the first name of a pair
    the parser hung on the second as a modifier, taking "A and X" for the possessor of B (an nmod before ``tok`` with
    a conjunct bearing the possessive mark): the bodies (not persons: "X and Y's party" is theirs) so paired."""
    out = []
    for c in tok.children:
        if c.dep_ == "nmod" and c.i < tok.i and any(x.dep_ == "cc" for x in c.children) \
                and any(x.dep_ == "conj" and any(y.dep_ == "case" for y in x.children) for x in c.children):
            a = ctx.np_actor(c)
            if a is not None and ctx.kind(a) != "person" and a != ctx.np_actor(tok):
                out.append(a)
    return out


def _first_possessed(tok: Token) -> bool:
    """"A's X and B's Y met": the first of two possessed names the parser hung on the second as a modifier (X an
    nmod of Y, B's name its conjunct): X is a member of the list, not a word of Y's name."""
    return tok.dep_ == "nmod" and tok.i < tok.head.i and any(c.dep_ == "cc" for c in tok.children) \
        and any(c.dep_ == "conj" and any(x.dep_ == "case" for x in c.children) for c in tok.children) \
        and any(c.dep_ == "poss" for c in tok.children)


def _included(tok: Token) -> list[Token]:
    """The named examples of a plural noun: "its factions, including A and B", "several of its factions,
    such as A", "rival groups like A" (on the noun, or on "several of" before it)."""
    out: list[Token] = []
    for head in (tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj")):
        for c in head.children:
            if c.dep_ == "prep" and _including(c):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += _list_members(p)
    return out


def _including(prep: Token) -> bool:
    """A preposition naming examples of a plural: "including", "like", "such as", "in particular"."""
    return prep.lower_ in cues().including_words or prep.lower_ == "as" and any(
        x.lower_ == "such" for x in prep.children) or prep.lower_ == "in" and any(
        p.dep_ == "pobj" and any(x.lower_ == "particular" for x in p.children) for p in prep.children)


def _government_of(ctx: _Ctx, noun: Token) -> int | None:
    """"the government of President X", "the regime of X": a government (word_lists.ruling_nouns) of a person named
    stands for that person, as "a government headed by X" does (PhraseResolver.described_owner)."""
    if noun.pos_ != "NOUN" or norm(noun.lemma_) not in cues().ruling_nouns:
        return None
    named = [a for pr in noun.children if pr.dep_ == "prep" and pr.lower_ == "of"
             for p in pr.children if p.dep_ == "pobj" for a in [ctx.np_actor(p)] if a is not None]
    return named[0] if len(named) == 1 and ctx.kind(named[0]) == "person" else None


def _refused_rule(ctx: _Ctx, verb: Token) -> int | None:
    """"X will not back a Vendrel government", "X refused to support any government that includes Y", "X won't
    back a cabinet led by Y": a backing verb, negated or refused, whose object is a government (word_lists.
    ruling_nouns) marked as one side's -- a name before it, "of", "led by" or a relative clause of membership
    (relations.membership_verbs) naming it. Refusing to put that side in power is a stance against it (as
    refusing to join its government is); the side named, or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "NOUN" or norm(obj.lemma_) not in cues().ruling_nouns:
        return None
    members = set(ctx.kb.relations.get("membership_verbs") or ())
    for c in obj.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in members:  # "any government that includes Y"
            named = [a for o in c.children if o.dep_ == "dobj" for a in [ctx.np_actor(o)] if a is not None]
            return named[0] if len(named) == 1 else None
    if not any(c.dep_ in ("compound", "poss", "acl") or c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None  # "X will not back the government": whose it is is not said here
    named = ctx.np_actor(obj, deep=True)
    return named if named is not None else _government_of(ctx, obj)


def _sending_state(ctx: _Ctx, noun: Token) -> int | None:
    """"supported by 1,500 troops from Ostravia", "backed by Ostravian soldiers", "weapons from officers of Ostravia's
    army": men of a force (word_lists.follower_nouns) from or of a state or body, or named after one, stand for it
    when they back someone."""
    if noun.pos_ != "NOUN" or not (norm(noun.lemma_) in cues().follower_nouns or norm(noun.text) in cues().follower_nouns):
        return None
    if noun.lower_.startswith("ex-") or any(
            c.i < noun.i and (norm(c.text) in cues().not_current_words or c.lower_ == "ex"
                            or c.lower_.startswith("defect"))
            for c in noun.children):
        return None  # "former members of X", "ex-officers of X", "defected soldiers of X": X's men no longer
    sent = [a for pr in noun.children if pr.dep_ == "prep" and pr.lower_ in ("from", "of")  # "officers of X's army"
            for p in pr.children if p.dep_ == "pobj" for a in [ctx.np_actor(p)] if a is not None]
    found = sent or _stand_ins(ctx, noun)
    return found[0] if len(found) == 1 and ctx.kind(found[0]) in ("country", "organization") else None


def _stand_ins(ctx: _Ctx, tok: Token | None, exclude: int | None = None) -> list[int]:
    """Actors a noun phrase naming no actor itself stands for: the named examples of a plural ("several of
    its factions, including A and B": A, B), or a leader's followers ("Tolvan's forces", "his fighters":
    the one organisation the person leads, else the person)."""
    if tok is None or ctx.actor(tok) is not None:
        return []
    found = [a for a in (ctx.np_actor(m) for m in _included(tok)) if a is not None]
    if found:
        return found
    if norm(tok.lemma_) in cues().follower_nouns or norm(tok.text) in cues().follower_nouns:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:  # "Russian officers", "Chilean advisers": the state the adjective names; "Revolutionary
            # Guards instructors": the organisation the modifier names (the last modifier: the noun's own)
            mods = [a for a in (ctx.actor(c) for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i)
                    if a is not None and ctx.kind(a) in ("country", "organization")]
            return mods[-1:] or _named_before(ctx, tok)
        owner = ctx.actor(poss)
        if owner is None and poss.pos_ == "PRON":
            owner = ctx.pronoun_actor(poss, exclude=exclude)
        elif owner is None and poss.pos_ == "NOUN":
            owner = ctx.definite(poss, exclude)  # "had trained the brigade's snipers": the brigade named before
            if owner is not None and _state_side(ctx, owner):
                owner = None  # ("trains the army's special forces": a state's own force, not a client body)
        if owner is not None and ctx.kind(owner) == "organization":
            return [owner]  # "Russia armed its fighters": the organisation "its" stands for
        if owner is None or ctx.kind(owner) != "person":
            return []
        led = {h.target for h in ctx.hits if h.source == owner and h.type == "leader_of"
               and ctx.kind(h.target) == "organization"}
        return [led.pop()] if len(led) == 1 else [owner]
    return []


def _shared_agent(verb: Token) -> Token | None:
    """"Y is armed and directed by X", "Y, supplied and trained by X": a participle joined by "and" to a later one
    shares that one's agent ("by X" is written once, after the last)."""
    listed = [x for x in verb.conjuncts if x.i > verb.i and x.tag_ == "VBN"]
    listed += [y for x in verb.children if _listed_participle(x) for y in (x, *x.conjuncts) if y.i > verb.i]
    return next((c for x in listed for c in x.children if c.dep_ == "agent"), None)


def _listed_participle(tok: Token) -> bool:
    """"Y has been funded, armed and trained by X": the second participle of a list after a comma, which the parser
    hung on the first as an adverbial clause (no subject, auxiliary or opener of its own)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and tok.i == tok.head.i + 2 \
        and tok.doc[tok.i - 1].text == "," and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod") for c in tok.children)


def _state_agent(ctx: _Ctx, agent: Token | None) -> bool:
    """The agent phrase ("by X") names a state (or a state's own body) and no person."""
    if agent is None:
        return False
    found = [ctx.np_actor(p) for p in agent.children if p.dep_ == "pobj"]
    return bool(found) and all(a is not None and (ctx.kind(a) == "country" or ctx.subkind(a) in STATE_LIKE_SUBKINDS)
                               for a in found)


def _foreign_force_owner(ctx: _Ctx, obj: Token, patron: int | None) -> int | None:
    """The state (or state force) that owns the men a foreign state trains or arms ("its border units", "Velnia's
    officers", word_lists.follower_nouns), when it is another state than ``patron`` (a state drilling its own
    army's units backs no one)."""
    if obj.pos_ != "NOUN" or not ({norm(obj.lemma_), norm(obj.text)} & (cues().follower_nouns | cues().force_unit_nouns)):
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner = ctx.actor(poss)
    if owner is None and poss.pos_ == "PRON" and poss.lower_ in ("its", "their"):
        owner = ctx.pronoun_actor(poss, exclude=patron)
    if owner is None or owner == patron or not _state_side(ctx, owner):
        return None
    if any(h.type == "part_of" and h.source == owner and h.target == patron for h in ctx.hits):
        return None
    return owner


def _backer_followers(ctx: _Ctx, subj: Token | None) -> list[int]:
    """The subject of a backing verb that is a state's or a body's own men (word_lists.follower_nouns: "officers",
    "instructors", "advisers") owned by a name or by "whose": "Velnia's officers train Y", "Velnia, whose instructors
    have trained Y for years": the owner backs Y (_stand_ins reads an organisation's men, not a state's)."""
    if subj is None or ctx.actor(subj) is not None or not (
            {norm(subj.lemma_), norm(subj.text)} & cues().follower_nouns):
        return []
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    if poss.lower_ == "whose":
        verb = subj.head
        while verb.dep_ == "conj" and verb.head is not verb:
            verb = verb.head
        owner = ctx.np_actor(verb.head) if verb.dep_ == "relcl" else None
    else:
        owner = ctx.actor(poss)
    return [owner] if owner is not None and ctx.kind(owner) in ("country", "organization") else []


def _named_before(ctx: _Ctx, noun: Token) -> list[int]:
    """"Red Dawn instructors", "Brigade officers": the organisation named right before the plural noun of its
    people, in full or by the capitalised head word of the one such body named before ("Brigade" for "the
    Black Hawk Brigade")."""
    c = ctx.doc[noun.i - 1] if noun.i > 0 else None
    if c is None or c.dep_ != "compound" or c.head.i != noun.i:
        return []
    k = ctx.tok2m[c.i]
    if k >= 0:
        a = ctx.mentions[k].actor
        return [a] if a >= 0 and ctx.mentions[k].end == noun.i and ctx.kind(a) == "organization" else []
    if c.text[:1].isupper() and c.i > c.sent.start and norm(c.text) in ctx.kb.org_nouns:
        a = ctx.name_head(c)
        return [a] if a is not None else []
    return []


def _state_like_name(ctx: _Ctx, a: int) -> bool:
    name = norm(ctx.actors[a].name)
    return bool(set(name.split()) & cues().state_body_words)


def _body_owner(ctx: _Ctx, noun: Token, exclude: int | None) -> int | None:
    """The actor a body or post belongs to: its possessor ("the Front's presidium"), else the actor of its
    of-phrase ("the central committee of the Front"), else the name before the body's own words ("the Front
    political bureau", "the Y Party national council")."""
    owner = _possessor(ctx, noun, exclude)
    if owner is None:
        owner = _marked_owner(ctx, noun)  # "the Loyalty and Renewal Party's leadership council" parsed apart
    if owner is None:
        owner = next((ctx.np_actor(p) for p in _of_object(noun) if p.head.lower_ == "of"), None)
    if owner is None:
        owner = _name_modifier(ctx, noun, exclude)
    return owner


def _name_modifier(ctx: _Ctx, noun: Token, exclude: int | None) -> int | None:
    """"the Front political bureau", "the Y Party's youth wing" parsed as compounds: the actor named by a modifier
    before a common noun (not the noun's own name, nor ``exclude``); None when there is none."""
    own = ctx.actor(noun)
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if t.dep_ in ("compound", "nmod", "npadvmod") and t.pos_ == "PROPN":
            a = ctx.actor(t)
            if a is not None and a != own and a != exclude:
                return a
    return None


def _marked_owner(ctx: _Ctx, noun: Token) -> int | None:
    """The name right before a possessive mark that opens the noun's phrase ("A and B Party's leadership council"),
    whatever the parser made of it; None when there is none."""
    doc, k = ctx.doc, noun.i - 1
    while k > 0 and k >= noun.i - 3 and not _possessive_mark(doc[k]) and doc[k].is_lower and ctx.tok2m[k] < 0:
        k -= 1  # the body's own modifiers ("leadership", "central")
    if k < 1 or not _possessive_mark(doc[k]):
        return None
    return ctx.actor(doc[k - 1])


def _issuer_our(ctx, pron: Token, body: int) -> bool:
    """"Our chair, X" in a document a body issues in its own name (a press release, a programme: nlp/layout.py
    ``voice`` with a body and no speaking person): the issuer's own post, not a speaker's wider movement's."""
    from kingmaker.nlp.layout import voice_at

    found = voice_at(ctx, pron)
    return found is not None and found.person is None and found.body == body


def _appointed_pronoun(tok: Token | None) -> Token | None:
    """The pronoun an appointing verb names to a post ("the party elected her its leader", "named him its envoy"), in
    either of the parser's readings: "him" or "her" as the verb's object (``tok`` that object), or "her" read as a
    first possessive of the post before the post's own ("her its leader": ``tok`` the post noun, whose owner "her"
    is not). None for any other token. The one reading for the roles, the dobj posts and _possessor."""
    if tok is None:
        return None
    if tok.lower_ in ("him", "her") and tok.dep_ != "poss":
        return tok
    poss = [c for c in tok.children if c.dep_ == "poss"]
    return poss[0] if len(poss) > 1 and poss[0].lower_ == "her" else None


def _appointer_its(ctx: _Ctx, pron: Token) -> int | None:
    """"The Assembly, which elected X of the Y Party as its president", "the council named X as its chairman":
    "its" on the post an appointing verb gives (word_lists.appointing_verbs) stands for the body that gives it (the
    verb's subject, a relative "which" its antecedent), not for the body named nearest before it; None where the
    giver is no organisation."""
    role = pron.head
    if pron.lower_ != "its" or pron.dep_ != "poss":
        return None
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head \
        if role.dep_ == "oprd" else None
    if verb is None or norm(verb.lemma_) not in cues().appointing_verbs:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    giver = _relative_antecedent(ctx, verb) if subj.lower_ in ("which", "that") and verb.dep_ == "relcl" \
        else ctx.np_actor(subj)
    return giver if giver is not None and ctx.kind(giver) == "organization" else None


def _possessor(ctx: _Ctx, tok: Token, exclude: int | None) -> int | None:
    """The actor owning a noun: "Iran's ambassador", "its armed wing", "his rival"."""
    own = ctx.actor(tok)
    for c in [c for t in (tok, *_modifiers(tok)) for c in t.children]:  # "the Front's secretary-general"
        if c.dep_ == "poss" and c == _appointed_pronoun(c.head):
            continue  # "elected her its leader": "her" is the verb's object the parser read as a second possessive
        if c.dep_ == "poss":
            a = ctx.actor(c)
            if a is not None and a == own:  # "its Martyrs' Foundation": the possessive inside the name
                return _possessor(ctx, c, exclude)
            if a is None and c.pos_ == "PRON":
                a = _parallel_possessor(ctx, c, exclude)
                if a is None:
                    a = _appointer_its(ctx, c)
                if a is None:
                    a = ctx.pronoun_actor(c, exclude=exclude)
            elif a is None and c.pos_ in ("NOUN", "PROPN") and ctx.tok2m[c.i] < 0:
                a = ctx.definite(c, exclude)  # "the party's leader", "the Front's secretary-general": named before
                if a is None:
                    a = ctx.polity_back(c, possessor=True)  # "the kingdom's envoy, X": the kingdom named before
                if a is None and _bare_government(c):
                    a = _government_named_before(ctx, c)  # "the government's foreign minister, X"
                if a is None:
                    a = _short_name_back(ctx, c, exclude)  # "the Watch's commander, X" after "the Northern Watch"
            return a
    return None


def _short_name_back(ctx: _Ctx, tok: Token, exclude: int | None) -> int | None:
    """"The Northern Watch ... the Watch's commander, X": a capitalised noun after "the", no mention of its own and
    no word a reader knows as a body's noun, that heads the name of exactly one organisation named before it is that
    organisation's short name."""
    if not tok.text[:1].isupper() or not tok.is_alpha or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the" \
            or tok.i == tok.sent.start + 1 and tok.text.isupper():
        return None
    word = norm(tok.text)
    found = {m.actor for m in ctx.mentions if m.start < tok.i and m.actor >= 0}  # (the mentions, not every token)
    found = {a for a in found if a != exclude and ctx.kind(a) == "organization" and word in ctx._heads_of(a)[0]}
    return found.pop() if len(found) == 1 else None


def _bare_government(tok: Token) -> bool:
    """"the government's" with no name or qualifier of its own: the article's state's government (a possessor;
    PhraseResolver.home_ruler reads "the government" as a party)."""
    return tok.lower_ in ("government", "regime", "authorities") and tok.dep_ == "poss" \
        and any(c.lower_ == "the" for c in tok.children) \
        and all(c.dep_ in ("det", "case") or c.dep_ == "amod" and c.lower_ in ("federal", "central", "national")
                for c in tok.children)


def _government_named_before(ctx: _Ctx, tok: Token) -> int | None:
    """The state whose government "the government" refers back to: the closest government before it that a state
    owns ("Yemen's internationally recognized government", "the Ostravian government", "the government of X"),
    else the article's state (``home_state``); also the state of a refused government that names none
    (``_government_named``). The nouns are relations.yaml nearest_government_nouns."""
    doc, nouns = ctx.doc, set(ctx.kb.relations.get("nearest_government_nouns") or ())
    for j in range(tok.i - 1, max(-1, tok.i - 400), -1):
        if norm(doc[j].text) not in nouns:
            continue
        near = [c for c in doc[j].children if c.dep_ in ("poss", "compound", "amod")]
        near += [p for c in doc[j].children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        state = next((ctx.actor(c) for c in near if ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) != "person"),
                     None)  # (a state the name finder knows no better than as a body: "Ostravia's government")
        if state is not None:
            return state
    return ctx.home_state()


def _parallel_possessor(ctx: _Ctx, pron: Token, exclude: int | None) -> int | None:
    """"the Front's closeness to X, the bloc that ..., and its rivalry with Y": a possessive pronoun on a noun
    coordinated with a noun a name possesses stands for that name (the pair's shared owner), not the nearest
    body before; None when the pronoun's noun is no such conjunct."""
    want = PRONOUN_KINDS.get(pron.lower_)
    noun, conj = pron.head, False
    for _ in range(4):
        if noun.dep_ not in ("conj", "appos") or noun.head is noun:
            break
        conj = conj or noun.dep_ == "conj"
        noun = noun.head
        owner = next((ctx.actor(c) for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None:
            fits = ctx.kind(owner) == "person" if want == _PERSON else ctx.kind(owner) != "person"
            return owner if conj and fits and owner != exclude else None
    return None


def _modifiers(tok: Token) -> list[Token]:
    """Compound words before a noun ("secretary" in "secretary-general"), and a hyphenated prefix however it is
    parsed ("co" and "-" in "co-chair")."""
    out = [c for c in tok.children if c.dep_ in ("compound", "npadvmod") and c.i < tok.i]
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        out += [t for t in (doc[tok.i - 2], doc[tok.i - 1]) if t not in out]
    return out


def _among_them(ctx: _Ctx, them: Token, of_phrases: dict, adjectives: dict, implied: list) -> None:
    """"several Front leaders, among them former minister X, have ...", "its deputies, among whom X": the
    names after "among them" each hold the plural role before the comma, when the parser hung the phrase on
    the verb (an apposition it lost; one kept as such is read with the other appositions)."""
    doc, kb = ctx.doc, ctx.kb
    among = them.head
    if among.i < 2 or doc[among.i - 1].text != ",":
        return
    role = doc[among.i - 2]
    if role.pos_ != "NOUN" or role.tag_ != "NNS" or ctx.actor(role) is not None \
            or not (norm(role.lemma_) in kb.role_words or role.lemma_ in of_phrases):
        return
    j = them.i + 1
    while j < len(doc) and ctx.tok2m[j] < 0 and (doc[j].pos_ in ("ADJ", "DET") or norm(doc[j].text) in kb._title_set
                                                  or norm(doc[j].text) in kb.title_words):
        j += 1  # "among them former prime minister X"
    named = ctx.actor(doc[j]) if j < len(doc) and ctx.tok2m[j] >= 0 else None
    if named is None or ctx.kind(named) != "person" or ctx.mentions[ctx.tok2m[j]].start != j \
            or doc[ctx.mentions[ctx.tok2m[j]].start:ctx.mentions[ctx.tok2m[j]].end].root.dep_ == "appos":
        return
    _role_ties(ctx, named, role, of_phrases, adjectives, implied)


def _province_post(ctx: _Ctx, role: Token, full: str, former: bool) -> bool:
    """"Marib's governor, X", "the governor of Y province, X": a province's post (relations.yaml
    province_titles) named by a place no actor stands for; the state appoints to it, so the holder serves the
    article's state (not "the central bank governor": a title narrowed by other words)."""
    if former or full not in (ctx.kb.relations.get("province_titles") or ()):
        return False
    places = [c for c in role.children if c.dep_ == "poss"]
    places += [p for c in role.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return len(places) == 1 and places[0].pos_ == "PROPN" and ctx.actor(places[0]) is None \
        and (ctx.tok2m[places[0].i] < 0 or ctx.mentions[ctx.tok2m[places[0].i]].kind == "place")


def _third_party(noun: Token) -> list[Token]:
    """The objects of "of/for/in" on a mutual noun that name a third party ("A and B, allies of C"), not a
    time ("A and B, allies for decades", "rivals since 2019")."""
    return [p for p in _of_object(noun) if p.ent_type_ not in ("DATE", "TIME")]


def _role_phrase_end(role: Token) -> int:
    """The token after a role noun's phrase: right after the noun, or after a place or field phrase on it ("its
    mission chief for Y", "the envoy to Y")."""
    doc = role.doc  # (the children read from the per-Doc tree: a Token made only for the one prep phrase)
    right = [j for j in token_children(doc)[role.i] if j > role.i]
    if len(right) == 1 and right[0] == role.i + 1 and token_deps(doc)[right[0]] == "prep":
        words = list(doc[right[0]].subtree)
        while words and words[-1].is_punct:
            words.pop()  # the comma the parser hung on the phrase's last word
        if all(t.pos_ in ("ADP", "DET", "PROPN", "ADJ", "NOUN") for t in words):
            return words[-1].i + 1
    return role.i + 1


def _titled_body_person(ctx: _Ctx, role: Token, comma: int) -> bool:
    """"the Y envoy, X," with a body named as the role's modifier and a person named in full after the comma:
    an apposition the parser hung elsewhere (the name made an object or an adverbial of the verb)."""
    if _modifier_actor(ctx, role) is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        return False
    m = ctx.tok2m[comma + 1]
    if m < 0 or ctx.mentions[m].start != comma + 1 or ctx.actors[ctx.mentions[m].actor].kind != "person":
        return False
    end = ctx.mentions[m].end
    return end < len(ctx.doc) and ctx.doc[end].text in (",", ".") and ctx.doc[end - 1].dep_ != "appos"


def _modifier_actor(ctx: _Ctx, role: Token, titles: bool = False) -> int | None:
    """An organisation or state named as a modifier of a role noun: "the PCP leader", "a Saudi envoy",
    "a senior Unity List official" (the mention ends right before the role word or its adjectives); "a
    senior Front official", "the brigade commander": the one organisation so headed named before. With
    ``titles``, capitalised title words may stand between ("the African Union High Representative", "the UN
    Secretary-General"): a person's post."""
    for c in role.children:
        if c.dep_ == "amod" and c.i < role.i and c.is_lower:
            # "X, an academic and Y Union member of parliament": the parser made the body a conjunct of the noun
            # before "and"; it ends right before the role word, its modifier
            g = next((g for g in c.conjuncts if g.i > c.i and ctx.tok2m[g.i] >= 0
                      and ctx.mentions[ctx.tok2m[g.i]].end == role.i), None)
            a = ctx.actor(g) if g is not None else None
            if a is not None and ctx.kind(a) == "organization":
                return a
        if c.dep_ in ("compound", "amod", "nmod") and c.i < role.i:
            a = ctx.actor(c)
            if a is None and (c.text[:1].isupper() and c.i > c.sent.start or c.is_lower and c.dep_ == "compound"
                              and (any(d.dep_ == "det" and d.lower_ == "the" for d in role.children)
                                   or _one_of_a_body(c, role) or _bare_post(role))) \
                    and ctx.tok2m[c.i] < 0 and norm(c.text) in ctx.kb.org_nouns \
                    and all(ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0 for k in range(c.i + 1, role.i)):
                named = ctx.name_head(c)  # "a senior Front official": the one Front named before
                if named is None and c.is_lower and _bare_post(role):
                    named = ctx.definite(c, modifier=True)  # "elected X as party chairman": the party named before
                return named
            if a is None and c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > c.sent.start and ctx.tok2m[c.i] < 0 \
                    and not any(g.dep_ == "compound" for g in c.children) \
                    and all(ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0 for k in range(c.i + 1, role.i)):
                a = _org_named_by(ctx, c)  # "a senior Crimson member": the one body named in full whose name opens so
                if a is not None:
                    return a
            if a is None and c.dep_ == "compound" and c.pos_ == "PROPN" and ctx.tok2m[c.i] < 0 \
                    and c.left_edge.i < c.i and c.left_edge.i > c.sent.start \
                    and all(t.pos_ == "PROPN" and ctx.tok2m[t.i] < 0 for t in ctx.doc[c.left_edge.i:c.i]) \
                    and all(ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0 for k in range(c.i + 1, role.i)):
                a = _org_named_by_words(ctx, ctx.doc[c.left_edge.i:c.i + 1])
                if a is not None:
                    return a  # "a Bright Lantern stalwart": the Bright Lantern Party named in full, its head word left off
            if a is not None and ctx.kind(a) in ("organization", "country"):
                m = ctx.mentions[ctx.tok2m[c.i]]
                if all(ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0 or _region_word(ctx, k)
                       or titles and (_capital_title_word(ctx, k) or ctx.doc[k].text == "-"
                                      and not ctx.doc[k].whitespace_) for k in range(m.end, role.i)):
                    return a
        if c.dep_ in ("compound", "amod") and c.i < role.i and c.is_lower:
            # "the Ostravian deputy Arctic envoy": the state modifies the role's first word, and a region the post
            # covers stands between
            a = next((ctx.actor(g) for g in c.children if g.dep_ in ("compound", "amod", "nmod") and g.i < c.i
                      and ctx.actor(g) is not None and ctx.kind(ctx.actor(g)) == "country"), None)
            if a is not None and all(ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0 or _region_word(ctx, k)
                                     for k in range(ctx.mentions[ctx.tok2m[
                                         next(g.i for g in c.children if ctx.actor(g) == a)]].end, role.i)):
                return a
    doc = ctx.doc
    if role.i >= 3 and doc[role.i - 1].text == "-" and not doc[role.i - 1].whitespace_ \
            and not doc[role.i - 2].whitespace_ and doc[role.i - 2].pos_ in ("NOUN", "ADJ", "PROPN"):
        # "the Harvest Party vice-president", the hyphenated title split by the parser: the modifier of its first half
        return _modifier_actor(ctx, doc[role.i - 2], titles)
    return None


def _bare_post(role: Token) -> bool:
    """"elected X as party chairman", "installed Y as group leader": a post with no article after "as" (the
    complement of a verb that gives a role, word_lists.role_verbs), its body a bare noun before it."""
    return role.dep_ == "pobj" and role.head.lower_ == "as" and not any(d.dep_ in ("det", "poss") for d in role.children) \
        and norm(role.head.head.lemma_) in cues().role_verbs


def _person_modifier(ctx: _Ctx, role: Token) -> int | None:
    """"a Dressen ally", "a close Kovic critic": a person named as a modifier of a relational noun (the name ends
    right before the noun or its adjectives)."""
    for c in role.children:
        a = ctx.actor(c) if c.dep_ in ("compound", "nmod", "amod") and c.i < role.i else None
        if a is not None and ctx.kind(a) == "person" and all(
                ctx.doc[k].pos_ in ("ADJ", "NOUN") and ctx.tok2m[k] < 0
                for k in range(ctx.mentions[ctx.tok2m[c.i]].end, role.i)):
            return a
    return None


def _owned_name_after(ctx: _Ctx, j: int) -> int | None:
    """The start of the name right after the state's possessive that starts at ``j`` ("Ostravia's X Corporation"),
    else None."""
    end = ctx.mentions[ctx.tok2m[j]].end
    if end + 1 < len(ctx.doc) and _possessive_mark(ctx.doc[end]) and ctx.tok2m[end + 1] >= 0 \
            and ctx.mentions[ctx.tok2m[end + 1]].start == end + 1:
        return end + 1
    return None


def _one_of_a_body(body: Token, role: Token) -> bool:
    """"a board member", "a party official": the bare body noun before a member's role (roles.yaml member_roles)
    under "a" -- one member of the body named before (not "a city board member": a body of some other place)."""
    return not list(body.children) and norm(role.lemma_) in knowledge().member_roles \
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in role.children)


def _office_possessor(ctx: _Ctx, role: Token, exclude: int) -> int | None:
    """"the UN Secretary-General's special envoy", "the Ostravian president's adviser", "the Front leader's chief of
    staff": a post on the staff of another post, whose body (the state or organisation that post is named with) the
    holder serves; None when the possessor is no such post."""
    kb = ctx.kb
    for c in role.children:
        if c.dep_ == "poss" and c.pos_ == "NOUN" and ctx.actor(c) is None and norm(c.lemma_) in cues().ruling_nouns:
            return _ruler_named(ctx, c, exclude)  # "the Front-run government's prime minister"
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and ctx.actor(c) is None \
                and (norm(c.lemma_) in kb.role_words or norm(c.text) in kb.title_words):
            body = _modifier_actor(ctx, c, titles=True)
            if body is None:
                body = _possessor(ctx, c, exclude)
            return body if body is not None and body != exclude and ctx.kind(body) in ("organization", "country") \
                else None
    return None


def _titled_of_object(ctx: _Ctx, role: Token, obj: Token, full: str) -> int | None:
    """"chief of staff of the X Armed Forces", "the chief of the general staff of the Y Army": a title with an "of"
    inside it (roles.yaml titles, relations.yaml force_titles, staff_titles) names its body in the "of" after
    the title's own; None when the words are no such title or no body follows."""
    kb = ctx.kb
    words = [norm(t.text) for t in ctx.doc[obj.left_edge.i:obj.i + 1] if t.lower_ != "the" and not t.is_punct]
    title = f"{full} of {' '.join(words)}"
    rel = kb.relations
    portfolio = norm(full).split()[-1:] and norm(full).split()[-1] in kb.portfolio_titles and obj.tag_ in ("NNP", "NNPS") \
        and ctx.actor(obj) is None and not any(w in kb.org_nouns for w in words)
    # "the Minister of Defence of X", "the Secretary of State of Y": a minister's portfolio (roles.yaml
    # portfolio_titles, a capitalised field that is no body) names the body it serves in the "of" after it
    if title not in kb.role_words and title not in set(rel.get("force_titles") or ()) \
            and title not in set(rel.get("staff_titles") or ()) and not portfolio:
        return None
    return next((ctx.np_actor(p) for p in _of_object(obj) if p.head.lower_ == "of" and ctx.np_actor(p) is not None),
                None)


def _ruler_named(ctx: _Ctx, noun: Token, exclude: int) -> int | None:
    """"the Front-run government", "the KF-led administration": the organisation a hyphenated modifier of a
    government noun says leads it (relations.yaml hyphen_modifiers: leader_of, or part_of_reverse: a government a
    party runs); None when there is none."""
    doc = ctx.doc
    hyphen = ctx.kb.relations.get("hyphen_modifiers") or {}
    for m in noun.children:
        if m.dep_ in ("compound", "amod") and hyphen.get(m.lower_) in ("leader_of", "part_of_reverse") and m.i >= 2 \
                and doc[m.i - 1].text == "-" and not doc[m.i - 1].whitespace_:
            a = ctx.actor(doc[m.i - 2])
            if a is not None and a != exclude and ctx.kind(a) == "organization":
                return a
    return None


def _capital_title_word(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` is a capitalised word of a title, no name's ("the African Union High Representative", "the X
    Special Envoy", "the Y Deputy Secretary"): a title word (roles.yaml titles) or a title modifier."""
    w = norm(ctx.doc[k].text)
    return ctx.tok2m[k] < 0 and ctx.doc[k].text[:1].isupper() and (w in ctx.kb.title_words
                                                                   or w in cues().title_modifiers)


def _region_word(ctx: _Ctx, k: int) -> bool:
    """Token ``k`` is part of a place named as the region a post covers ("the Arctic envoy")."""
    return ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].kind == "place"


def _role_before_named_org(ctx: _Ctx, first: Token) -> Token | None:
    """The role noun of "the ROLE of ORG (ACR), Name" for the name starting at ``first``, read from the
    surface (the parser often hangs the name on another noun once a bracketed acronym sits between)."""
    doc, kb = ctx.doc, ctx.kb
    m = ctx.tok2m[first.i]
    if m >= 0 and ctx.mentions[m].end < len(doc) and _possessive_mark(doc[ctx.mentions[m].end]):
        return None  # "X, the leader of the Y Party, Vendrel's ally": a possessor, no second apposition to the post
    j = first.i - 1
    while j > first.sent.start and ctx.tok2m[j] < 0 and norm(doc[j].text) in kb._title_set:
        j -= 1  # "..., General Y"
    if j <= first.sent.start or doc[j].text != ",":
        return None
    k = j - 1
    if doc[k].text == ")":  # "(XF)": the acronym in brackets after the name
        k -= 1
        while k > first.sent.start and doc[k].text != "(":
            k -= 1
        k -= 1
    org = ctx.actor(doc[k]) if k >= first.sent.start else None
    if org is None or ctx.kind(org) == "person" or org == ctx.actor(first):
        return None
    head = doc[k]
    while head.dep_ in ("compound", "amod", "appos", "flat") and ctx.actor(head.head) == org and head.head != head:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "for") or head.head.head.pos_ != "NOUN":
        return None
    role = head.head.head
    if ctx.actor(role) is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children) \
            or role.dep_ == "pobj" and role.head.lower_ == "as":
        return None  # "the commander of X, Y" names the post's holder; "as head of X, Y would" does not
    full = norm(" ".join(t.text for t in role.lefts if t.dep_ in ("compound", "amod", "npadvmod")) + " " + role.text)
    if norm(role.lemma_) not in kb.role_words and full not in kb.role_words:
        return None
    return role


def _second_roles(ctx: _Ctx, role: Token, of_phrases: dict) -> list[Token]:
    """"Chief of staff of the army and Z's closest ally", "head of the Y Party and Z's fiercest rival": a stance
    noun (of_phrases: allied_with, opposes, backs and their reverses) owned by a name, which the parser hangs as a
    conjunct of the first role's of-object, is a second role of the one described, not a second body."""
    out = []
    for t in role.subtree:
        if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.pos_ == "NOUN" and ctx.np_actor(t) is None \
                and (of_phrases.get(norm(t.lemma_)) or "").split("_reverse")[0] in ("allied_with", "opposes", "backs") \
                and any(c.dep_ == "poss" and ctx.actor(c) is not None for c in t.children):
            out.append(t)
    return out


def _shared_possessor_stance(ctx: _Ctx, owner: int, role: Token, of_phrases: dict) -> None:
    """"Chief of staff of the army and Z's closest ally" parsed as "of [the army and Z]'s closest ally": the
    possessive mark on the last conjunct only, so the stance noun (of_phrases: allied_with, opposes, backs and
    their reverses) is Z's alone and a second role of the one described (the first possessor is the first role's
    of-object)."""
    for t in role.subtree:
        typ = of_phrases.get(norm(t.lemma_)) or ""
        if t.dep_ != "pobj" or t.pos_ != "NOUN" or typ.split("_reverse")[0] not in ("allied_with", "opposes", "backs") \
                or t.head.head != role or ctx.np_actor(t) is not None:
            continue
        first = next((c for c in t.children if c.dep_ == "poss"), None)
        if first is None or any(c.dep_ == "case" for c in first.children) or ctx.actor(first) is None:
            continue
        for c in first.conjuncts:
            other = ctx.actor(c)
            if other is not None and other != owner and any(x.dep_ == "case" for x in c.children):
                if typ.endswith("_reverse"):
                    ctx.add(other, typ[:-len("_reverse")], owner, role.sent, 0.65)
                else:
                    ctx.add(owner, typ, other, role.sent, 0.65)


def _coalition(ctx: _Ctx, a: int) -> bool:
    """An organisation that is a coalition: subkind coalition, or a name with a coalition word
    (word_lists.coalition_words: "alliance", "bloc", "front", ...)."""
    return ctx.kind(a) == "organization" and (ctx.subkind(a) == "coalition" or bool(
        set(norm(ctx.actors[a].name).split()) & cues().coalition_words))


def _elliptic_possessor(ctx: _Ctx, owner: int, role: Token) -> bool:
    """"Velnia's army chief, General X, and Ostria's, General Y": a name in apposition to a role noun after a second
    possessor whose noun is left out ("and Ostria's,") holds the role of that possessor, not of the role's own: the
    tie goes to the second possessor (a state or organisation; the role's leader or member tie), and True."""
    if ctx.kind(owner) != "person" or role.dep_ in ("appos",):
        return False
    doc = role.doc
    # (the twelve tokens after the role looked at through tok2m, not every mention of the document per role)
    m = next((mm for mm in (ctx.mentions[ctx.tok2m[k]] for k in range(role.i + 1, min(len(doc), role.i + 13))
                            if ctx.tok2m[k] >= 0)
              if mm.actor == owner and role.i < mm.start <= role.i + 12
              and doc_span(doc, mm.start, mm.end).root.dep_ == "appos"
              and doc_span(doc, mm.start, mm.end).root.head == role), None)
    if m is None:
        return False
    for k in range(m.start - 1, role.i, -1):
        if doc[k].text == "," and k >= 2 and _possessive_mark(doc[k - 1]) and doc[k - 2].i > role.i + 1 \
                and doc[k - 3].lower_ in ("and", "or") if k >= 3 else False:
            holder = ctx.actor(doc[k - 2])
            typ = _role_relation(ctx.kb, norm(role.lemma_))
            if holder is not None and holder != owner and ctx.kind(holder) in ("country", "organization") \
                    and typ in ("leader_of", "member_of"):
                ctx.add(owner, typ, holder, role.sent, 0.65)
            return True
        if ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].actor not in (-1, owner) \
                and ctx.kind(ctx.mentions[ctx.tok2m[k]].actor) == "person":
            return False  # another person named between: a list of its own
    return False


def _role_ties(ctx: _Ctx, owner: int, role: Token, of_phrases: dict, adjectives: dict,
               implied: list | None = None) -> None:
    kb = ctx.kb
    if _none_said(role, identity=True):
        return  # "X is no ally of Y", "X, no friend of Y,": a tie said not to be
    if role.tag_ == "NNS" and role.dep_ == "conj" and role.head.tag_ in ("NN", "NNP") and ctx.kind(owner) == "person":
        return  # "killed their prime minister, X, and several ministers": the plural is other people, not X's post
    if role.tag_ == "NNS" and role.dep_ == "appos" and ctx.kind(owner) == "person" and ctx.actor(role.head) == owner \
            and not any(ctx.actor(c) is not None for c in role.head.conjuncts) \
            and not any(c.lower_ in ("both", "all") for c in role.children):
        return  # "the trial of X and the ex-officials" read as an apposition: a plural names others, not X's post
    if _elliptic_possessor(ctx, owner, role):
        return
    lemma = norm(role.lemma_)
    text = norm(role.text)
    if role.tag_ == "NNPS" and ctx.actor(role) is None:
        lemma = singular(text)  # "Patrons of the Y Party.", "Allies of Z": a description's capital
    doc, j = ctx.doc, role.i
    while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
        j += 2  # "second-in-command", "commander-in-chief" split by the tokenizer
    if j > role.i and norm(doc[role.i:j + 1].text) in kb.role_words:
        lemma = text = norm(doc[role.i:j + 1].text)
    former = any(c.dep_ in ("amod", "compound", "advmod") and norm(c.text) in
                 (kb.relations.get("not_current_titles") or ()) for c in role.children)
    if not former and role.dep_ in ("attr", "appos", "nsubj") and role.head.lemma_ in ("be", "remain") \
            and _former_copula(ctx, role.head):
        former = True  # "X was once Y's patron", "Y's patron was once X": a stance that no longer holds
    # compound role words: "prime minister", "supreme leader", "parent organization"
    compound = " ".join(norm(c.text) for c in _title_modifiers(ctx, role))
    full = f"{compound} {text}".strip()
    if role.i >= 2 and doc[role.i - 1].text == "-" and not doc[role.i - 1].whitespace_ \
            and not doc[role.i - 2].whitespace_ and ctx.actor(doc[role.i - 2]) is None:
        # "vice-chairman", "co-chair" split by the tokenizer
        if norm(doc[role.i - 2].text) in (kb.relations.get("deputy_words") or ()):
            full = f"{norm(doc[role.i - 2].text)} {text}"
        elif norm(f"{doc[role.i - 2].text}-{role.text}") in kb.role_words:
            full = norm(f"{doc[role.i - 2].text}-{role.text}")
    # "the new prime minister", "the internationally recognised prime minister": the longest title the words end in
    words = full.split()
    typ = next((t for t in (_role_relation(kb, " ".join(words[k:])) for k in range(len(words) - 1 if not former else 1))
                if t), None) or _role_relation(kb, lemma) or _role_relation(kb, text) \
        or (_role_relation(kb, full) if " " not in full else None)  # "Secretary-General" split: "General" alone is none
    if typ is None and not former and any(" ".join(words[k:]) in (kb.relations.get("legislature_titles") or ())
                                          for k in range(len(words))) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        typ = "leader_of"  # "the speaker, X", "X, the current speaker": the chair of a legislature (settled below)
    if typ is None and not former and full in (kb.relations.get("legislature_titles") or ()) \
            and not any(c.dep_ == "det" for c in role.children) \
            and any(_legislature(ctx, ctx.np_actor(o)) for o in _of_object(role) if o.head.lower_ == "of"):
        typ = "leader_of"  # "X, Speaker of the Grand Assembly,": the title without an article chairs the house named
    if typ == "leader_of" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in role.children) \
            and not _article_noise(ctx.doc):
        typ = "member_of"  # "a commander of X" is one of its commanders
    if typ == "leader_of" and set(full.split()) & _narrowing_words(kb) and full not in kb.leader_roles:
        typ = "member_of"  # "the deputy chairman of X", "X's regional director"
    if typ == "leader_of" and full not in kb.leader_roles and _leads_a_part(ctx, role):
        typ = "member_of"  # "the party's campaign chief": heads the campaign, is a member of the party
    phrase = _phrase_relation(of_phrases, full) or of_phrases.get(lemma) or of_phrases.get(text) \
        or _member_modifier(role, of_phrases)
    if phrase == "part_of":
        phrase = _patron_modifier(role, of_phrases) or phrase
    if phrase and (typ is None or typ == "member_of" and phrase != "member_of"):
        typ = phrase
    if former and typ not in ("leader_of", "member_of"):
        return  # "a former ally of X": a stance that no longer holds (a former post still says where one belongs)
    if typ in ("allied_with", "opposes", "backs", "backs_reverse") and ctx.kind(owner) == "person":
        body = _body_of_named_person(ctx, owner, role)  # "the Y Movement of Speaker X, Z's ally,"
        owner = body if body is not None else owner
    if typ in ("part_of", "part_of_reverse") and ctx.kind(owner) == "person":
        # "X, the head of Y, the military wing of Z": the wing is Y, the closest organisation before
        owner = next((ctx.actor(ctx.doc[i]) for i in range(role.i - 1, role.sent.start - 1, -1)
                      if ctx.actor(ctx.doc[i]) is not None), owner)
    poss_owner = _possessor(ctx, role, exclude=_held_before(ctx, owner, role))
    if typ is None and poss_owner is not None and _member_body_noun(ctx, owner, role, poss_owner):
        typ = "member_of"  # "X is the Front's largest party", "X, the alliance's oldest faction,"
    if typ is None and poss_owner is not None and _chairs_house(ctx, full, poss_owner, ctx.kind(owner) == "person"):
        typ = "leader_of"  # "the chamber elected X as its speaker": X heads the legislature
    pron = next((c for c in role.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if pron is not None and poss_owner is not None and ctx.kind(poss_owner) == "country" and typ == "leader_of" \
            and _for_state(ctx, typ, poss_owner, full, lemma) != "leader_of":
        # "members of the X Party, among them its chairwoman, Y": a state has no chairwoman; "its" is the
        # closest organisation's
        body = ctx._pronoun_actor(pron, frozenset({"organization"}), lambda a: a != owner, owner)
        poss_owner = body if body is not None else poss_owner
    if poss_owner is not None and typ == "leader_of" \
            and any(c.dep_ == "poss" and c.lower_ == "our" and not _issuer_our(ctx, c, poss_owner)
                    for c in role.children):
        poss_owner = None  # a speaker's "our leader" may be the wider movement's: no post from "our" (but "X, our
        # candidate", "our deputy X": one of the speaker's body)
    if poss_owner is not None and typ == "part_of" and ctx.kind(poss_owner) == "country" \
            and any(ctx.np_actor(o) not in (None, poss_owner) for o in _of_object(role)):
        poss_owner = None  # "Y, Chile's branch of the X Brotherhood": the state is where the branch works, X owns it
    if typ in (None, "member_of") and poss_owner is not None and ctx.kind(owner) == "person" and not former \
            and (_coalition(ctx, poss_owner) or role.dep_ == "pobj" and role.head.lower_ == "under") \
            and not any(c.dep_ == "compound" for c in role.children) \
            and {full, lemma} & set(kb.relations.get("coalition_head_roles") or ()) \
            and not set(full.split()) & _narrowing_words(kb):
        # "the alliance's coordinator, X", "Its coordinator, X": a coalition's coordinator heads it (not its "media
        # coordinator": a noun before the role narrows it); so does any body's, "under" whom the body stands ("the
        # league, which grew under its convener X")
        typ = "leader_of"
    if poss_owner is not None and not former:
        _coordinated_stance(ctx, owner, role, poss_owner, typ, of_phrases)
    named_by = None
    if poss_owner is not None and typ in ("leader_of", "member_of", "allied_with", "opposes", "backs",
                                          "backs_reverse", "part_of", "part_of_reverse"):
        # "Iran's ambassador", "Hezbollah's closest ally", "Iran, the Front's patron" (Iran backs the Front),
        # "X, Y's proxy" (Y backs X), "its parent organization, X" (the owner is part of X)
        named_by = poss_owner
        ctx.add(owner, _for_owner(ctx, owner, _for_state(ctx, typ, poss_owner, full, lemma)), poss_owner,
                role.sent, 0.75)
        force = _state_body(ctx, poss_owner, compound) if ctx.kind(owner) == "person" else None
        if force is not None and typ in ("leader_of", "member_of"):
            ctx.add(owner, typ, force, role.sent, 0.7)  # "Ostravia's army chief, X": leads Ostravia's army
        elif typ == "leader_of" and ctx.kind(owner) == "person" and _heads_state_force(ctx, poss_owner, role):
            ctx.add(owner, typ, poss_owner, role.sent, 0.7)  # its army never named: the post heads the state's forces
        if ctx.kind(poss_owner) == "person" and ctx.kind(owner) == "person" and poss_owner != owner \
                and (_implied_state_title(kb, role, full) is not None
                     or not former and lemma in (kb.relations.get("service_roles") or ())
                     and lemma not in (kb.relations.get("deputy_words") or ())
                     or not former and lemma in kb.envoy_nouns):
            # "the president's / her foreign minister, X"; "his spokesman, X" (relations.yaml service_roles): X
            # serves the state the person leads
            ctx.served.append((owner, poss_owner, role.sent))
        elif ctx.kind(poss_owner) == "person" and ctx.kind(owner) == "person" and (
                not former and lemma in (kb.relations.get("deputy_words") or ())
                or _with_of_phrase(role, lemma) in (kb.relations.get("staff_titles") or ())):
            # "the commander's deputy, X"; "his (former) chief of staff, X": a post on the person's own staff (a
            # former one still says which body X belonged to)
            ctx.deputies.append((owner, poss_owner, role.sent, False))
        elif ctx.kind(poss_owner) == "person" and ctx.kind(owner) == "person" and not former and (
                full in (kb.relations.get("campaign_titles") or ())
                or _noun_phrase(role) in (kb.relations.get("campaign_titles") or ())):
            ctx.deputies.append((owner, poss_owner, role.sent, True))  # "her campaign manager, X": her party's
    if poss_owner is not None and typ is None and ctx.kind(poss_owner) == "person" and ctx.kind(owner) == "person" \
            and poss_owner != owner and lemma in (kb.relations.get("successor_words") or ()):
        ctx.successors.append((owner, poss_owner, role.sent))  # "named X as Mwaura's successor", "his successor, X"
    modifier = _modifier_actor(ctx, role, titles=ctx.kind(owner) == "person") if poss_owner is None or ctx.kind(poss_owner) == "person" \
        and ctx.kind(owner) == "person" else None  # "his Chilean counterpart, X": X serves Chile
    if modifier is not None and typ in ("leader_of", "member_of"):
        named_by = modifier
        ctx.add(owner, _for_owner(ctx, owner, _for_state(ctx, typ, modifier, full, lemma)), modifier,
                role.sent, 0.75)
    if typ in ("leader_of", "member_of") and poss_owner is None and named_by is None and ctx.kind(owner) == "person":
        office = _office_possessor(ctx, role, owner)
        if office is not None:
            named_by = office
            ctx.add(owner, "member_of", office, role.sent, 0.7)
    if typ in ("allied_with", "opposes", "backs_reverse") and poss_owner is None and not _of_object(role):
        # "X, a long-time Hezbollah ally", "X, the party's leader and a Dressen ally": the ally of the body or
        # person named as the noun's modifier; "X, a Kardon proxy": Kardon backs X
        other = modifier if modifier is not None else _person_modifier(ctx, role)
        if other is not None and other != owner:
            named_by = other
            ctx.add(owner, typ, other, role.sent, 0.7)
    if typ is None and ctx.kind(owner) == "organization" and norm(role.lemma_) in kb.org_nouns \
            and role.tag_ == "NNS" and role.dep_ == "pobj" and role.head.lower_ == "of" and _partitive(role.head.head):
        # "X, one of the militias in the Front (umbrella)": a member body of the Front
        for obj in _of_object(role):
            if obj.head.lower_ in INSIDE_PREPS:
                whole = ctx.np_actor(obj) if norm(obj.text) not in cues().command_nouns else ctx.np_actor(obj, deep=True)
                if whole is not None and whole != owner and ctx.kind(whole) == "organization":
                    ctx.add(owner, "part_of", whole, role.sent, 0.7)
    if typ in (None, "part_of", "member_of") and ctx.kind(owner) == "organization" and role.tag_ == "NNS" \
            and role.dep_ == "pobj" and (role.head.lower_ == "of" and _partitive(role.head.head)
                                         or role.head.lower_ == "among"):
        # "X, one of the factions that make up Y", "X is among the parties that form Y": one of Y's members
        whole = _constituted_whole(ctx, role)
        if whole is not None and whole != owner:
            ctx.add(owner, "member_of", whole, role.sent, 0.65)
    body = owner
    if ctx.kind(owner) == "person" and role.dep_ == "appos" and role.head.dep_ == "pobj" \
            and role.head.head.lower_ == "of" and ctx.actor(role.head) == owner:
        # "the Y coalition of leader X, the largest party in Z": the apposition hung on the leader describes the body
        body = ctx.np_actor(role.head.head.head)
    if typ is None and body is not None and ctx.kind(body) == "organization" and norm(role.lemma_) in kb.org_nouns \
            and role.tag_ == "NN" and role.dep_ == "appos":
        # "X, the largest party in the Y Framework": a member body of Y (not of a house: "the largest party in
        # parliament", nor of a state)
        for obj in _of_object(role):
            whole = ctx.np_actor(obj) if obj.head.lower_ in INSIDE_PREPS else None
            if whole is not None and whole != body and ctx.kind(whole) == "organization" \
                    and ctx.subkind(whole) not in ("legislature", "government") \
                    and not set(norm(ctx.actors[whole].name).split()) & kb.legislature_words:
                ctx.add(body, "member_of", whole, role.sent, 0.65)
    objects = _of_object(role)
    if not objects and j > role.i and (doc[j].head.i in range(role.i, j) or doc[j].head.i == role.head.i != role.i):
        # "X, the secretary-general of Y" with "of Y" hung on "general" (and "general" on "secretary", or each
        # piece of the split word on the name, as an apposition of its own)
        objects = _of_object(doc[j])
    if phrase in ("backs", "allied_with", "opposes") and typ == phrase:
        # "X, a major arms supplier to Y", "a close ally to Y", "a rival to Y": a stance noun's "to" names the other side
        objects += [q for c in role.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
    for obj in objects:
        if obj.head.lower_ == "of" and typ in ("leader_of", "member_of") and obj.is_lower \
                and norm(obj.lemma_) in cues().delegation_nouns and ctx.kind(owner) == "person":
            # "a member of the government delegation", "the head of the Saudi delegation": serves its state
            ctx.add(owner, "member_of", _delegation_owner(ctx, obj), role.sent, 0.7)
            continue
        target = ctx.np_actor(obj, deep=typ in ("opposes", "allied_with"))
        if target is None and obj.head.lower_ == "of":
            target = _headed_before(ctx, obj)  # "the head of the mission": the one "... Mission" named before
        if target is None and obj.head.lower_ == "of" and typ in ("leader_of", "member_of") and _part_noun(ctx, obj):
            target = _named_after(ctx, obj)  # "the head of the group's military wing, the Red Hand Regiment,"
        if target is None and obj.head.lower_ == "of" and obj.head.i == j + 1 and typ in ("leader_of", "member_of") \
                and obj.is_lower and norm(obj.lemma_) in ctx.kb.org_nouns \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children):
            # "head of a new party, the X Union,": the body the comma names; only with "of" right after the role
            # word ("head of a unit of a new party, the X Union": the parser may hang the second "of" on "head")
            target = _named_after_comma(ctx, obj)
        if target is None and obj.head.lower_ == "of" and norm(obj.lemma_) in ("government", "administration") \
                and typ in ("leader_of", "member_of"):
            # "named X as head of its government": the movement that runs a government (a state's is its own)
            poss = next((c for c in obj.children if c.dep_ == "poss"), None)
            ruler = None if poss is None else ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else ctx.np_actor(poss)
            target = ruler if ruler is not None and ruler != owner and ctx.kind(ruler) == "organization" else None
        if (target is None or obj.is_lower and ctx.actor(obj) is None and _marked_owner(ctx, obj) is not None) \
                and obj.head.lower_ == "of" and typ in ("leader_of", "member_of") and _internal_body(obj):
            # (an owned body, "the Front's leadership council", is no other council named before)
            # "a member of the Front's presidium", "head of the central committee of the Front": a seat on one of
            # its governing bodies makes a member of the organisation (leading that body is not leading it)
            whole = _body_owner(ctx, obj, owner)
            if whole is not None and ctx.kind(whole) in ("organization", "country"):
                ctx.add(owner, _for_owner(ctx, owner, "member_of"), whole, role.sent, 0.7)
                named_by = whole
            continue
        if target is not None and ctx.kind(target) == "country" and (
                obj.head.lower_ in ("in", "at") and (poss_owner is not None or norm(role.lemma_) in cues().posted_roles)
                or obj.head.lower_ in ("for", "to") and (norm(role.lemma_) in cues().posted_roles
                                                         or poss_owner is not None and poss_owner != target)):
            # "Iran's ambassador in Baghdad", "the UN envoy for Ostravia", "its mission chief for Y": where the post is
            continue
        if target is not None and ctx.kind(target) == "country" and obj.head.lower_ in ("in", "inside", "within") \
                and norm(role.lemma_) in cues().unofficial_roles:
            continue  # "the most senior cleric in Iraq": where the person is, no post of the state
        if target is None and obj.head.lower_ == "of" and typ in ("leader_of", "member_of"):
            target = _titled_of_object(ctx, role, obj, full)  # "chief of (the general) staff of the X Armed Forces"
        if target is None and obj.dep_ == "pobj":
            # "commander of the brigades of Iran's Guard": look one step deeper
            continue
        named_by = target
        if typ in ("allied_with", "opposes") and obj.head.lower_ in INSIDE_PREPS and target is not None \
                and ctx.kind(target) == "organization" and target not in (owner, poss_owner) \
                and (typ == "allied_with" or obj.head.lower_ != "in" or obj.pos_ == "PROPN"):
            # "his partners in the Alliance", "X, Y's oldest foe within the Bloc": the body both are members of (a
            # rival inside it is no enemy of it)
            ctx.add(owner, "member_of", target, role.sent, 0.7)
            ctx.add(poss_owner, "member_of", target, role.sent, 0.65)  # and so is he
        elif typ == "opposes" and obj.head.lower_ in INSIDE_PREPS:
            pass  # "X's rival in the north", "a rival within the country": where the rivalry is
        elif typ:
            ctx.add(owner, _for_owner(ctx, owner, _for_state(ctx, typ, target, full, lemma)), target, role.sent, 0.8)
        # nested: "commander of the X brigades of Iran's Revolutionary Guard Corps" -> X part_of Guard
        for inner in _of_object(obj):
            inner_actor = ctx.np_actor(inner)
            if target is not None and inner_actor is not None and ctx.kind(target) == "organization":
                ctx.add(target, "part_of", inner_actor, role.sent, 0.6)
        # "chief of its youth wing": the unit belongs to whoever "its" is (not "leader of the Front's junior partner
        # Y", "head of its rival Y": a noun of another tie, of_phrases, between the possessor and the name)
        inner_owner = _possessor(ctx, obj, exclude=target)
        if target is not None and inner_owner is not None and ctx.kind(target) == "organization" \
                and ctx.kind(inner_owner) in ("organization", "country") and ctx.actor(obj) is not None \
                and not _other_tie_word(ctx, obj):
            ctx.add(target, "part_of", inner_owner, role.sent, 0.6)
    envoy = lemma in kb.envoy_nouns
    if ctx.kind(owner) == "person" and (envoy or lemma in (kb.relations.get("service_roles") or ())):
        # "X, an adviser to President Y", "X, the special envoy of President Y": X serves the state Y leads (an
        # envoy "to" a person is sent to him)
        for prep in role.children:
            if prep.dep_ == "prep" and prep.lower_ == ("of" if envoy else "to"):
                for p in prep.children:
                    principal = ctx.np_actor(p) if p.dep_ == "pobj" else None
                    if principal is not None and principal != owner and ctx.kind(principal) == "person":
                        named_by = principal
                        ctx.served.append((owner, principal, role.sent))
    if named_by is None and typ == "member_of" and ctx.kind(owner) == "person":
        body = ctx.spoken_for(role, owner)
        if body is not None:  # "The Front rejected the offer, and a spokesman, X, said ...": the Front's
            named_by = body
            ctx.add(owner, "member_of", body, role.sent, 0.65)
    if named_by is None and typ in ("leader_of", "member_of") and implied is not None:
        # "the President, X", "X, a government spokesman": a state title naming no state
        title = _implied_state_title(kb, role, full)
        giving = _appointing_verb(role)
        if title is not None and giving is not None and _post_giver(ctx, giving)[1]:
            title = None  # "the congress of the X Party elected Y as president": the party's post, not the state's
        appointer = next((a for c in role.children if c.dep_ == "amod" and c.i < role.i
                          for a in (_hyphen_appointer(ctx, c),) if a is not False), False)
        if title is not None and appointer is not False:
            # "the Front-appointed prime minister, X": a post the Front gave, not the story's state's (X holds it in
            # the Front's government: the Front's, when the name before the hyphen is an organisation's)
            if appointer is not None and ctx.kind(appointer) == "organization" and ctx.kind(owner) == "person":
                ctx.add(owner, title, appointer, role.sent, 0.6)
            title = None
        owner_noun = next((c for c in role.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                           and ctx.actor(c) is None), None)
        if owner_noun is not None and norm(owner_noun.lemma_) not in _state_words(ctx):
            title = None  # "the region's president, X": the post of a place or body not resolved, not the state's
        if title is not None and _whose_body_post(ctx, role):
            title = None  # "the X Party, whose president, Y, ...": the party's post (_whose), not the state's
        place, named_for = _of_named_place(ctx, role)
        if place and named_for is not None and title is not None and ctx.kind(owner) == "person":
            ctx.add(owner, title, named_for, role.sent, 0.6)  # "the president of the Varnoth Region" beside "Varnoth"
        if place:
            title = None  # "the president of the Varnoth region, X": the post of a place named, not the state's
        first_person = next((c for c in role.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
        if title is not None and first_person is not None:
            # "X, our defence minister": the speaker's state (the body the document's voice speaks for, when that is a
            # state), not the story's: a memoir's "our" is its writer's state, often not the one named most
            from kingmaker.nlp.layout import voice_body

            spoken = voice_body(ctx, first_person)
            if spoken is not None and ctx.kind(spoken) == "country" and ctx.kind(owner) == "person":
                ctx.add(owner, title, spoken, role.sent, 0.6)
            elif spoken is None and implied is not None and ctx.kind(owner) == "person":
                ctx.__dict__.setdefault("first_person_titled", set()).add(owner)  # the narrator's state's (if any)
                implied.append((owner, title, role.sent))
            title = None
        if title is None and _province_post(ctx, role, full, former):
            title = "member_of"  # "Y's governor, X", "the governor of Y province, X": a post of the state's
        if title is not None and ctx.kind(owner) == "person":
            implied.append((owner, title, role.sent))
            _force_post(ctx, owner, _with_of_phrase(role, full), role.sent)
    # "the militia loyal to X" inside an apposition
    for c in role.children:
        if c.pos_ == "ADJ" and c.lower_ in adjectives:
            to = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")), None)
            pobj = next((p for p in to.children if p.dep_ == "pobj"), None) if to is not None else None
            target = ctx.np_actor(pobj, deep=True)
            ctx.add(owner, _adjective_relation(ctx, adjectives[c.lower_], target), target, role.sent, 0.75)
    # "his militia, the Tahrir Army" as apposition of a possessed noun
    poss = next((c for c in role.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PRON" and norm(role.text) in kb.org_nouns and not phrase \
            and not _peers(role):
        p = ctx.pronoun_actor(poss, exclude=owner)
        if p is not None:
            _owned_body(ctx, p, owner, role.sent)


def _held_before(ctx: _Ctx, person: int, role: Token) -> int:
    """What a description owning ``role`` cannot stand for: ``person`` itself; for a second post of the person, joined
    to a first ("X, the Y Council's president and one of the council's members") or marked "also" ("led by X, who is
    also the council's vice-president"), the organisation the sentence has already tied the person to (the second
    post is in another body: "the council" is not the Y Council named closer)."""
    if ctx.kind(person) != "person" or not any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in role.children):
        return person
    head = role
    while head.dep_ in ("pobj", "prep") and head.head is not head:  # "one of the council's members": "one"
        head = head.head
    head = head.head if head.dep_ == "attr" else head  # "who is also the council's vice-president": "is"
    second = role.dep_ == "conj" or head.dep_ == "conj" or any(
        c.lower_ == "also" for t in (role, head) for c in t.children if c.dep_ == "advmod")
    if not second:
        return person
    sent = role.sent
    held = [h.target for h in ctx.hits if h.source == person and h.type in ("leader_of", "member_of")
            and ctx.kind(h.target) == "organization" and h.span.start >= sent.start and h.span.end <= sent.end]
    return held[-1] if held else person


def _coordinated_stance(ctx: _Ctx, owner: int, role: Token, poss_owner: int, typ: str | None,
                        of_phrases: dict) -> None:
    """"Y, X's rival and coalition partner": a stance noun (of_phrases: rival, ally, patron) coordinated with the role
    and read by the parser as its adjective ("rival" amod of "partner", "junior" its conjunct) says its own tie of
    the named ``owner`` to the same possessor."""
    for c in role.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < role.i and any(g.dep_ == "cc" for g in c.children) \
                and any(g.dep_ == "conj" and g.i < role.i for g in c.children):
            stance = of_phrases.get(norm(c.text)) or of_phrases.get(norm(c.lemma_))
            if stance in ("opposes", "allied_with", "backs", "backs_reverse") and stance != typ:
                ctx.add(owner, _for_owner(ctx, owner, stance), poss_owner, role.sent, 0.7)
        # "Y, X's cousin and bitter rival": a stance noun after "and", with no owner or "of" phrase of its own (nor one
        # the parser hung on the role after it: "X's founder and rival of Z"), shares the role's possessor (not a past
        # one: "X's cousin and former rival", not_current_titles)
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > role.i and any(g.dep_ == "cc" for g in role.children) \
                and not any(g.dep_ == "prep" and g.i > c.i for g in role.children) \
                and not any(g.dep_ in ("poss", "prep", "det") or g.dep_ in ("amod", "compound", "advmod")
                            and norm(g.text) in _rel_words(ctx, "not_current_titles") for g in c.children):
            stance = of_phrases.get(norm(c.text)) or of_phrases.get(norm(c.lemma_))
            if stance in ("opposes", "allied_with", "backs", "backs_reverse") and stance != typ:
                ctx.add(owner, _for_owner(ctx, owner, stance), poss_owner, role.sent, 0.7)


def _named_part(ctx: _Ctx, tok: Token, named: int, of_phrases: dict) -> None:
    """``tok`` (a name of ``named``) in apposition to "the EU naval force" or, past a place, to "the UN mission
    in Ostravia (MINOS)": ``named`` is part of the modifying body (EU, UN)."""
    noun = tok.head
    if ctx.actor(noun) is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for", "to") \
            and ctx.kind(ctx.actor(noun)) == "country" and ctx.doc[tok.i - 1].text == "(":
        noun = noun.head.head  # "the UN mission in Ostravia (MINOS)": the bracket hangs on the place
    if noun.pos_ != "NOUN" or ctx.actor(noun) is not None or of_phrases.get(noun.lemma_, "part_of") != "part_of" \
            or norm(noun.lemma_) in ctx.kb.role_words or noun.lemma_.lower() in cues().alliance_nouns:
        return
    if noun.tag_ == "NNS" and noun.i < tok.i and not any(t.text in (",", "(", ":", "-") for t in ctx.doc[noun.i + 1:tok.i]):
        return  # "X arms and funds the Y Brigade": backing verbs taken for plural nouns, not "X's arms, Y"
    whole = _modifier_actor(ctx, noun)
    if whole is not None and ctx.kind(whole) == "country" and _nonstate_noun(ctx, noun):
        return  # "the Ostravian rebel group X", "the Ostravian party X": named after the state, not its own body
    if whole is not None and whole != named and ctx.kind(whole) in ("organization", "country"):
        ctx.add(named, "part_of", whole, tok.sent, 0.6)


def _nonstate_noun(ctx: _Ctx, noun: Token) -> bool:
    """``noun`` names a body no state owns: a group noun of relations.yaml same_body_modifiers ("group", "party",
    "movement") or one with a rebel word of client_force_words before it ("the rebel force")."""
    rel = ctx.kb.relations
    if norm(noun.lemma_) in {norm(w) for w in rel.get("same_body_modifiers") or ()}:
        return True
    rebel = {norm(w) for w in rel.get("client_force_words") or ()}
    return any(c.i < noun.i and norm(c.text) in rebel for c in noun.children)


def _states_support(verb: Token) -> bool:
    """``verb`` states or gives a body's own support (relations.yaml support_stating_verbs, giving_verbs, vow_verbs,
    report_verbs): "reaffirmed its support", "pledged its support", not "criticised its support"."""
    c = cues()
    return any(_verb_in(verb, words) for words in (c.support_stating_verbs, c.giving_verbs, c.vow_verbs,
                                                   c.report_verbs))


def _backing_for(ctx: _Ctx, noun: Token, typ: str) -> None:
    """"Iran's support for the Front", "Russia's backing of the militia": the named possessor backs the object,
    unless the support is ended, denied or refused ("Chile cut its support for X")."""
    owner = _possessor(ctx, noun, None)
    if owner is None:
        return
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children) and not (
            noun.dep_ == "dobj" and PRONOUN_KINDS.get(next(c.lower_ for c in noun.children if c.dep_ == "poss"))
            == _BODY and _states_support(noun.head) and owner in (_clause_subject(ctx, noun.head), ctx.np_actor(
                next((c for c in noun.head.children if c.dep_ == "nsubj"), None), deep=True))):
        return  # "A's relations with B have cooled over its support for Y": whose support is often unclear (not
        # when a body's pronoun is the clause's own subject of a verb stating or giving it: "X reaffirmed its support
        # for Y", not "X criticised its support for Y"; a person who "announced his support for Y" endorses once)
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is not None and (_unreal(verb) or _refused(ctx, verb) is not None or _denied(verb)
                             or _verb_in(verb, cues().ending_verbs) or _verb_in(verb, cues().denial_verbs)):
        return
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" and _verb_in(noun.head.head, cues().ending_verbs):
        return  # "an end to its support for X" is rarer; "accused of ending support" is no backing
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to"):
            for p in (c for c in prep.children if c.dep_ == "pobj"):
                for q in _list_members(p):
                    t = ctx.np_actor(q, deep=True)
                    if ctx.actor(q) is None and q.pos_ == "NOUN" and (norm(q.lemma_) in cues().act_nouns or norm(
                            q.lemma_) in cues().state_integrity_nouns and t is not None and ctx.kind(t) != "country"):
                        continue  # "its support for the stability of Y" (act_nouns; state_integrity_nouns: a state's)
                    ctx.add(owner, typ, t, noun.sent, 0.6)


def _headed_before(ctx: _Ctx, tok: Token) -> int | None:
    """"the mission" (a bare definite noun that is no group or state noun): the one organisation named before
    whose name is headed by it ("the UN Support Mission in Ostravia")."""
    kb = ctx.kb
    if tok.pos_ != "NOUN" or ctx.actor(tok) is not None or norm(tok.text) in kb.org_nouns \
            or norm(tok.text) in kb.state_institutions or norm(tok.text) in kb.state_nouns \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
            or not all(c.dep_ == "det" for c in tok.children):
        return None
    return ctx.name_head(tok)


def _state_body(ctx: _Ctx, state: int, words: str) -> int | None:
    """The document's actor for the state institution a role's modifier names ("army" in "Ostravia's army
    chief": the Ostravian military), or None."""
    if ctx.kind(state) != "country" or not words:
        return None
    inst = ctx.kb.state_institutions.get(norm(words)) or ctx.kb.state_institutions.get(norm(words.split()[-1]))
    if inst is None:
        return None
    key = f"inst:{ctx.actors[state].key.split(':', 1)[1]}:{inst[0]}"
    return next((a.idx for a in ctx.actors if a.key == key and a.kind in ACTOR_KINDS), None)


def _heads_state_force(ctx: _Ctx, state: int, role: Token) -> bool:
    """"Ostravia's army chief", "Ostravia's armed forces chief": a post heading the state's military
    (relations.yaml force_titles)."""
    if ctx.kind(state) != "country":
        return False
    words = [t.text for c in role.children if c.dep_ in ("compound", "amod") and c.i < role.i for t in c.subtree]
    return norm(" ".join([*words, role.text])) in set(ctx.kb.relations.get("force_titles") or ())


def _quoted_own_body(ctx: _Ctx, named: int, first: Token) -> None:
    """'its "Lions of the Hills" unit': a quoted name between a possessive pronoun and a group noun (organizations.yaml
    org nouns) is a body of the pronoun's owner, however the parser split the phrase (``_owned_body``)."""
    from kingmaker.nlp import CLOSE_QUOTES, OPEN_QUOTES  # (the quotes that mark such a name there)

    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    end = ctx.mentions[ctx.tok2m[first.i]].end
    if first.i < 2 or _tk[first.i - 1].text not in OPEN_QUOTES or _tk[first.i - 2].tag_ != "PRP$" \
            or end + 1 >= len(doc) or _tk[end].text not in CLOSE_QUOTES or not _tk[end + 1].is_lower \
            or norm(_tk[end + 1].text) not in ctx.kb.org_nouns:
        return
    owner = ctx.pronoun_actor(doc[first.i - 2], exclude=named)
    if owner is not None:
        _owned_body(ctx, owner, named, first.sent)


def _owned_body(ctx: _Ctx, owner: int, body: int, where: Span) -> None:
    """"his militia, X" (he leads it), "its bloc, X" (a part of the organisation), a state's militia (backs).
    A state's own organ ("its National Council, X", "its army, X") is the state itself, no body it backs."""
    kind = ctx.kind(owner)
    if kind == "country" and ctx.subkind(body) in STATE_LIKE_SUBKINDS:
        return
    typ = "leader_of" if kind == "person" else "part_of_reverse" if kind == "organization" else "backs"
    ctx.add(owner, typ, body, where, 0.6)


def _whose_body_post(ctx: _Ctx, role: Token) -> bool:
    """"the X Party, whose president, Y, signed ...": a title owned by "whose" in a relative clause said of an
    organisation (the clause's antecedent, ``_relative_antecedent``) is that organisation's post; no state title is
    implied by it."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in role.children):
        return False
    body = _relative_antecedent(ctx, role)
    return body is not None and ctx.kind(body) == "organization"


def _leads_a_part(ctx: _Ctx, role: Token) -> bool:
    """A leader role narrowed by a noun naming a part of the body ("campaign chief", "security chief"),
    as against one naming the body itself ("party leader", "junta leader", "militia commander")."""
    same = ctx.__dict__.get("_same_body_words")
    if same is None:  # (built once per document)
        same = set(ctx.kb.relations.get("same_body_modifiers") or ()) | set(ctx.kb.org_nouns) \
            | set(ctx.kb.relations.get("seniority_words") or ())  # ("the veteran commander": the person, not a part)
        same = ctx._same_body_words = frozenset(same | {norm(w) for w in same})  # (as read: "long-time" is "long time")
    owned = any(c.dep_ == "poss" for c in role.children)
    for c in role.children:
        if c.dep_ == "compound" and c.i < role.i and c.pos_ == "NOUN" and ctx.actor(c) is None:
            w = norm(c.text)
            doc = role.doc
            if c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 1].whitespace_ and not doc[c.i - 2].whitespace_:
                w = norm(f"{doc[c.i - 2].text}-{c.text}")  # "the long-time leader": the word the tokenizer split
            if w not in same and f"{w} {norm(role.text)}" not in ctx.kb._title_set:
                return True  # ("finance chief" leads a part; "foreign minister" is a title of its own)
            if owned and (ctx.kb.relations.get("of_phrases") or {}).get(w) == "part_of":
                return True  # "its mission chief", "the Front's wing commander": heads a part of the owner
    return False


def _for_state(ctx: _Ctx, typ: str, target: int | None, full: str, lemma: str) -> str:
    """Only a head of state or government leads a state: "the American commander" is a member of it."""
    if typ != "leader_of" or target is None or ctx.kind(target) != "country":
        return typ
    heads = ctx.kb.head_of_state_titles | set(ctx.kb.relations.get("state_leader_words") or ())
    words = full.split()
    if full in heads or lemma in heads or any(" ".join(words[i:]) in heads for i in range(len(words))):
        return typ
    return "member_of"


def _phrase_relation(table: dict, phrase: str) -> str | None:
    """A multi-word cue ("parent organization") or its last two words."""
    if phrase in table:
        return table[phrase]
    words = phrase.split()
    return table.get(" ".join(words[-2:])) if len(words) > 2 else None


def _member_modifier(role: Token, of_phrases: dict) -> str | None:
    """"X, one of the alliance's four member groups", "a member organisation of Y": any noun modified by a
    membership noun (of_phrases "member": member_of) names one of the owner's members."""
    return next(("member_of" for c in role.children if c.dep_ in ("compound", "amod") and c.i == role.i - 1
                 and of_phrases.get(c.lower_) == "member_of"), None)


def _patron_modifier(role: Token, of_phrases: dict) -> str | None:
    """"Its own proxy force, Y", "the Front's client militia, Y", "X's partner force, Y": a part noun (of_phrases:
    part_of) narrowed by a noun right before it whose own tie is a patron's or a partner's (of_phrases backs_reverse,
    allied_with) names that tie, not a part: the owner backs or stands beside Y."""
    return next((of_phrases.get(norm(c.text)) for c in role.children
                 if c.dep_ in ("compound", "amod") and c.i == role.i - 1
                 and of_phrases.get(norm(c.text)) in ("backs_reverse", "allied_with")), None)


def _for_owner(ctx: _Ctx, owner: int, typ: str) -> str:
    """A role said of an organisation: "Y, a member of Z" stays membership; "leads" becomes part of."""
    if typ in ("leader_of", "member_of") and ctx.kind(owner) == "organization":
        return "member_of" if typ == "member_of" else "part_of"
    return typ


def _title_modifiers(ctx: _Ctx, role: Token) -> list[Token]:
    """The words before a role noun that make its title ("prime minister", "supreme leader"), with their own
    modifiers ("his national security adviser": "national" on "security", "the armed forces chief"): compounds
    and adjectives naming no actor, in order."""
    words = []
    for c in role.children:
        if c.dep_ in ("compound", "amod", "npadvmod") and c.i < role.i and ctx.actor(c) is None:
            words += [x for x in c.children if x.dep_ in ("compound", "amod") and x.i < c.i and ctx.actor(x) is None
                      and x.i == c.i - 1]
            words.append(c)
    return sorted(words, key=lambda t: t.i)


def _of_named_place(ctx: _Ctx, role: Token) -> tuple[bool, int | None]:
    """"the president of the Varnoth region", "the prime minister of the Varnoth autonomous region": a title whose "of"
    phrase names a place (a region, a town) that is no state: the place's post, not one of the state's (True), and
    the state-like actor of the document the region is named for, if any ("Varnoth" beside "the Varnoth Region")."""
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))] if obj.dep_ == "pobj" else []
                places = [ctx.actors[ctx.mentions[ctx.tok2m[w.i]].actor] for w in words if ctx.tok2m[w.i] >= 0
                          and ctx.mentions[ctx.tok2m[w.i]].actor >= 0]
                # (the place's name, or its name before a region noun: "the Varnoth region")
                place = next((p for p in places if p.kind == "place"), None)
                if place is not None:
                    return True, _named_for_state(ctx, place.name)
                state = next((p for p in places if p.kind == "country"), None)
                if state is not None and ctx.actor(obj) is None:
                    return True, state.idx  # "the prime minister of the Varnoth region", Varnoth a state-like actor
    return False, None


def _named_for_state(ctx: _Ctx, name: str) -> int | None:
    """"Varnoth Region" when the document has a state-like actor "Varnoth": the actor the region is named for."""
    words = norm(name).split()
    return next((a.idx for a in ctx.actors if a.kind == "country" and a.mentions
                 and words[:len(norm(a.name).split())] == norm(a.name).split()), None)


def _with_of_phrase(role: Token, full: str) -> str:
    """The title with a plain "of" phrase after it ("chief" + "of the general staff"), normalised; a phrase in
    capitals too when the whole is a state title ("The Chief of the General Staff, X": relations.yaml
    implied_state_titles), not a name ("the chief of the Harbour Guard")."""
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or any(t.dep_ == "appos" for t in of.subtree):
        return full
    whole = norm(f"{full} {' '.join(t.text for t in of.subtree)}")
    if any(t.pos_ == "PROPN" for t in of.subtree) \
            and whole not in (knowledge().relations.get("implied_state_titles") or {}):
        return full
    return whole


def _force_post(ctx: _Ctx, person: int, title: str, sent: Span) -> None:
    """"the army chief, X", "the chief of the general staff, X": a post heading the state's military (set
    once the state is known; relations.yaml force_titles)."""
    words = title.split()  # "army chief General": a rank may follow the post
    spans = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    forces = set(ctx.kb.relations.get("force_titles") or ())
    start = next((i for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                  if " ".join(words[i:j]) in forces), None)
    if start is not None and set(words[:start]) & set(ctx.kb.relations.get("deputy_words") or ()):
        return  # "the deputy army chief, X": heads no force (a member of the state, by the title's own tie)
    if spans & set(ctx.kb.relations.get("force_titles") or ()):
        ctx.force_posts.append((person, sent, "military"))
        if spans & set(ctx.kb.relations.get("force_staff_titles") or ()):
            # "the army chief of staff, X": the staff's head, no commander of the state's forces (who leads them
            # when the text names no actor for them: ``_implied_state_ties``)
            ctx.__dict__.setdefault("staff_chiefs", set()).add(person)
    elif spans & set(ctx.kb.relations.get("police_titles") or ()):
        ctx.force_posts.append((person, sent, "police"))  # "Police commissioner X": heads the state's police
    elif any(" ".join(words[i:]) in set(ctx.kb.relations.get("legislature_titles") or ()) for i in range(len(words))):
        # "Speaker X": heads the legislature; "Deputy Speaker X": a member of it; "parliament Speaker X" (the
        # legislature named in the title) is tied to the state when the document names no legislature
        deputy = set(words) & set(ctx.kb.relations.get("deputy_words") or ())
        named = any(w.startswith(lw) for w in words for lw in ctx.kb.legislature_words)  # not "the current speaker"
        ctx.force_posts.append((person, sent, "parliament" + (" deputy" if deputy else "") + (" named" if named else "")))
    elif words and words[-1] in set(ctx.kb.relations.get("legislator_titles") or ()):
        ctx.force_posts.append((person, sent, "parliament deputy"))  # "lawmaker X", "X, an MP": a seat in it


def _implied_state_title(kb, role: Token, full: str) -> str | None:
    """The tie a bare state title gives ("prime minister", "government spokesman"), or None."""
    titles = kb.relations.get("implied_state_titles") or {}
    words = _with_of_phrase(role, full).split()
    at = next((i for i in range(len(words)) if " ".join(words[i:]) in titles), None)
    typ = titles[" ".join(words[at:])] if at is not None else titles.get(norm(role.lemma_))
    if typ is None:
        return None
    typ = _deputy_post(kb.relations, words[:at] if at is not None else words, typ)
    if typ == "leader_of" and any(norm(c.text) in (kb.relations.get("deputy_words") or ())
                                  for c in role.children if c.dep_ in ("amod", "compound")):
        typ = "member_of"  # ("deputy" hung on the title though the phrase read lacks it)
    mods = {norm(c.text) for c in role.children if c.dep_ in ("amod", "compound", "advmod")}
    if mods & set(kb.relations.get("not_current_titles") or ()):
        return None  # "former president X": no longer holds the post
    if norm(role.lemma_) in set(kb.relations.get("chamber_chair_titles") or ()) \
            and norm(role.lemma_) not in set(kb.relations.get("legislature_titles") or ()) \
            and {norm(c.lemma_) for c in role.children if c.dep_ in ("compound", "nmod") and c.i < role.i} \
            & set(kb.relations.get("chamber_words") or ()):
        # "X, the Senate president", "the Assembly chairman, X": a chamber's chair, not the state's head (a post that
        # is the legislature's own by its word, relations.yaml legislature_titles: "the Senate speaker, X", keeps it)
        return None
    entry = _entry_title(role)
    if entry and _entry_post_unheld(role, titles):
        return None  # "Name. Interior minister until 2021.", "Name - President if he wins the run-off."
    if typ == "leader_of" and not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children) \
            and not any(c.dep_ == "poss" for c in role.children) and _appointing_verb(role) is None \
            and not _bare_predicate(role) and not _formal_title_apposition(role) and not entry:
        return None  # "a president" is not the country's president (but "elected X (as) president" gives the post)
    return typ


def _entry_title(role: Token) -> bool:
    """"Name. President since 2019.", "Name - Prime minister and party chair.": a title with no article that opens an
    entry's description as its root (``PhraseResolver.entry_heads``: a glossary's, a who's-who's) is the head's one
    post of that name, as "X is president" says (unless ``_entry_post_unheld``)."""
    from kingmaker.nlp.components import referents

    sent = role.sent
    top = role.head if role.dep_ == "conj" else role
    if top.dep_ != "ROOT" or top.left_edge.i != sent.start or any(c.dep_ in ("det", "nummod") for c in role.children):
        return False
    return sent.start in referents(role.doc).entry_heads()


def _entry_post_unheld(role: Token, titles: dict) -> bool:
    """An entry's opening title (``_entry_title``) that the head does not hold now: put in the past by a word of
    word_lists.past_post_words ("President until 2022.", "Then prime minister.") or a closed span of time
    (``_closed_span``), held only on a condition (word_lists.condition_marks: "President if he wins the run-off."),
    left as a relative clause tells (membership_exit_verbs, done: "Prime minister who was ousted in 2021."),
    or another body's, its "of" phrase making no state title (implied_state_titles) of it ("President of the chess
    club.", not "Minister of Defence since 2023.")."""
    top = role.head if role.dep_ == "conj" else role
    if any(t.lower_ in cues().past_post_words for t in role.sent) or _closed_span(top) \
            or any(c.dep_ == "advcl" and _conditional(c) for c in top.children):
        return True
    exits = knowledge().relations.get("membership_exit_verbs") or ()
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and norm(c.lemma_) in exits
           and not any(o.dep_ in ("dobj", "obj") for o in c.children) for h in {role, top} for c in h.children):
        return True  # "Prime minister who was ousted in 2021.", "President who resigned in May." (not "who vetoed it")
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in role.children) \
        and _with_of_phrase(role, norm(role.text)) not in titles


# a time phrase that gives a post its end: "from 2010 to 2015", "in 2010-2015", "in the 1990s"
_SPAN_END = re.compile(r"\d{4}s|\d{4}\s*[-\u2013/]\s*\d{2,4}")


def _closed_span(role: Token) -> bool:
    """"President from 2010 to 2015.", "President between 2010 and 2015.", "Prime minister in the 1990s.",
    "Interior minister in the former government.": a phrase of time on the title that closes the term (a
    "between" span, a "from" span with its end, a range of years or a decade, a body word_lists.not_current_words
    marks as past) tells a post held then, not now ("since 2019", "in May" leave it open)."""
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ != "since"):
        if prep.lower_ == "between" or prep.lower_ == "from" and any(
                t.lower_ in ("to", "through") for t in role.doc[prep.i + 1:prep.right_edge.i + 3]):
            return True
        if any(norm(t.text) in cues().not_current_words for t in prep.subtree) \
                or _SPAN_END.search(role.doc[prep.i:prep.right_edge.i + 1].text):
            return True
    return False


def _formal_title_apposition(role: Token) -> bool:
    """"X, Prime Minister, received ...", "X, Prime Minister and Minister of Defence, said": a capitalised title with
    no article set off in apposition after a name (the style of a formal document) is the one post of that name,
    unless a word puts it in the past (word_lists.past_post_words: "X, President until last year,")."""
    if any(c.dep_ == "det" for c in role.children) or not role.text[:1].isupper() or role.i == role.sent.start:
        return False
    appos = role if role.dep_ == "appos" else role.head if role.dep_ == "conj" and role.head.dep_ == "appos" else None
    if appos is None or appos.head.ent_type_ != "PERSON" or appos.head.i > appos.i:
        return False
    doc, end = role.doc, min(appos.i + 8, role.sent.end)
    end = next((k for k in range(appos.i + 1, end) if doc[k].text == ","), end)
    if any(doc[k].lower_ in cues().past_post_words for k in range(appos.head.i + 1, end)):
        return False  # "X, President until last year, said", "X, then Prime Minister,": a post held before
    # (not "X, President, Harbour League, said": a body named after the title, in apposition to it or to the name,
    # or parsed as a conjunct of either)
    return not any((c.dep_ in ("appos", "npadvmod") or c.dep_ == "conj" and c.ent_type_ in ("ORG", "GPE", "NORP"))
                   and c.pos_ == "PROPN" and c.i > appos.i for h in (appos, appos.head) for c in h.children)


def _bare_predicate(role: Token) -> bool:
    """"X, who serves as acting president", "X was sworn in as president", "X remains prime minister": a title with
    no article said of the subject of a verb of holding a role (word_lists.role_verbs) is the one post of that name."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in role.children) or role.tag_ not in ("NN", "NNP"):
        return False
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else \
        role.head if role.dep_ in ("attr", "oprd") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or norm(verb.lemma_) not in cues().role_verbs \
            or norm(verb.lemma_) in cues().successor_verbs:  # "succeeded him as emir": the predecessor's post
        return False
    # "shall be appointed as premier", "wants to become president": a post to come, not held
    return not any(c.dep_ in ("aux", "auxpass") and (c.lower_ in HYPOTHETICAL or c.lower_ in ("shall", "to"))
                   or c.dep_ == "neg" for c in verb.children)


def _named_after_post(ctx: _Ctx, verb: Token, post: Token) -> Token | None:
    """"elected the commander of the army, General X, as president": the person named between commas right after
    the post that is the verb's object (parsed as the post's apposition or as a phrase of the verb's own)."""
    doc = ctx.doc
    end = post.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        named = next((c for c in post.children if c.dep_ == "appos"), None)  # (the apposition inside the object)
    else:
        named = next((c for c in (*verb.children, *post.children) if c.dep_ in ("npadvmod", "appos")
                      and c.left_edge.i == end + 2), None)
    a = ctx.actor(named) if named is not None else None
    return named if a is not None and ctx.kind(a) == "person" else None


def _appointing_verb(role: Token) -> Token | None:
    """The verb that gives the post ``role`` names with no article: "elected X as president", "named X prime
    minister" (relations.yaml appointing_verbs; the bare post as the "as" phrase's object or the object's
    predicate); None for any other title."""
    if any(c.dep_ in ("det", "poss") for c in role.children):
        return None
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head if role.dep_ == "oprd" \
        else None
    if verb is None or norm(verb.lemma_) not in cues().appointing_verbs or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "neg") and (c.tag_ == "MD" or c.dep_ == "neg" or c.lower_ == "to")
                   for c in verb.children):
        return None  # "X shall be appointed as premier", "will elect X as president": not yet given
    return verb


def _title_is_given_name(tok: Token) -> bool:
    """"Sultan al-X", "Sheikh Sultan bin X": a title that is also a given name (relations.yaml
    given_name_titles) right before a family-name particle (al-, el-, bin, ibn) is the person's first name."""
    doc = tok.doc
    if norm(tok.text) not in cues().given_name_titles or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.lower_ in knowledge().father_particles or nxt.lower_ in ("al", "el") \
        or bool(re.match(r"(?i)(?:al|el)-[a-z]", nxt.text))


def _of_title_end(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` ends a title of the knowledge written with its "of" phrase ("chief of staff", "secretary of
    state"), in any case and naming no actor: "hosted by army chief of staff X", "the deputy chief of staff X"."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return i >= 2 and _tk[i - 1].lower_ == "of" and all(ctx.tok2m[k] < 0 for k in range(i - 2, i + 1)) \
        and norm(doc[i - 2:i + 1].text) in ctx.kb._title_set


def _title_before(ctx: _Ctx, m, person: int, implied: list | None = None) -> None:
    """Role words between an organisation/state mention and a person name."""
    kb = ctx.kb
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    i = m.start - 1
    role_words: list[str] = []
    after_and = 0
    # role words may be inside the mention span ("Prime Minister Omar al-Haddad" tagged as one PERSON)
    inside = []
    first, honorific = _honorific_into(ctx, m)
    for t in doc_span(doc, first, m.end):
        phrase = norm(" ".join([*inside, t.text]))
        w = norm(t.text)
        if _title_is_given_name(t):
            break  # "Sultan al-X": the first name, no post
        if t.text[:1].isupper() and (phrase in kb._title_set or phrase in kb.role_words or w in kb.title_words
                                     or w in cues().title_modifiers) or t.text == "-" and inside:
            inside.append(t.text)  # "Defence Minister Colonel-General X" tagged as one name
        else:
            break
    while inside and (inside[-1] == "-" or norm(inside[-1]) not in kb.title_words | kb.role_words
                      and norm(" ".join(inside)) not in kb._title_set):
        inside.pop()
    if not inside and _title_of_body(ctx, m, person):
        return
    while i >= 0 and len(role_words) < 4:
        t = doc[i]
        w = norm(t.text)
        if ctx.tok2m[i] >= 0 and ctx.mentions[ctx.tok2m[i]].end - ctx.mentions[ctx.tok2m[i]].start == 1 \
                and w in (ctx.kb.relations.get("tenure_words") or ()):
            role_words.insert(0, t.text)  # "Caretaker Prime Minister X" with "Caretaker" taken for a name
            i -= 1
            continue
        if ctx.tok2m[i] >= 0:
            m_i = ctx.mentions[ctx.tok2m[i]]
            if m_i.start >= 2 and (_tk[m_i.start - 1].lower_ in ("to", "in", "at") and norm(_tk[m_i.start - 2].text)
                                   in kb.role_words or _tk[m_i.start - 1].lower_ == "for"
                                   and norm(_tk[m_i.start - 2].text) in cues().posted_roles):
                i = m_i.start - 2  # "Freedonia's Ambassador to Ruritania X", "UN envoy for Kenya X": the post's place
                continue
            break
        if t.text == "-" and role_words and i > 0 and ctx.tok2m[i - 1] < 0 \
                and norm(_tk[i - 1].text + "-" + role_words[0]) in kb.role_words:
            role_words[0] = _tk[i - 1].text + "-" + role_words[0]  # "co-leader X", split by the tokenizer
            i -= 2
            continue
        if t.text == "," and not role_words and i > 2 and _tk[i - 2].text == "-":
            # "the Front's second-in-command, X,": a hyphenated role the tokenizer split
            k = next((k for k in range(i - 3, max(-1, i - 7), -1) if not any(x.whitespace_ for x in doc[k:i - 1])
                      and norm(doc[k:i].text) in kb.role_words and all(ctx.tok2m[x] < 0 for x in range(k, i))), None)
            if k is not None:
                role_words.insert(0, doc[k:i].text)
                i = k - 1
                continue
        if t.text == "," and not role_words and i > 0 and ctx.tok2m[i - 1] >= 0:
            m_i = ctx.mentions[ctx.tok2m[i - 1]]
            if m_i.start >= 2 and _tk[m_i.start - 1].lower_ in ("to", "in", "at") \
                    and norm(_tk[m_i.start - 2].text) in cues().posted_roles and ctx.tok2m[m_i.start - 2] < 0:
                i = m_i.start - 2  # "its ambassador in Nairobi, X,": the post's place, not its owner
                continue
        if t.text == "," and not role_words and i > 0 and ctx.tok2m[i - 1] < 0 and norm(_tk[i - 1].text) in kb.role_words \
                and (m.start <= doc[i - 1].head.i < m.end or _tk[i - 1].dep_ in ("nmod", "compound", "dep", "amod")):
            i -= 1  # "the Greens' co-leader, X," with the role parsed as a modifier of the name: an apposition
            continue
        if _possessive_mark(t) or t.text == "-" and role_words and i > 0 and ctx.tok2m[i - 1] < 0 \
                and not (t.whitespace_ and _tk[i - 1].whitespace_):
            # "Iran's President X", "the Falcons' commander X"; "its secretary-general X" (not a spaced dash:
            # "VOLSK, OSTRAVIA - Prime Minister X": the dateline ends there, the title names no owner)
            i -= 1
            continue
        if w == "and" and role_words and i > 0 and ctx.tok2m[i - 1] < 0 \
                and norm(_tk[i - 1].text) in kb.leader_roles | kb.member_roles:
            i -= 1  # "the party's founder and leader X": two roles of one person
            after_and = len(role_words)  # (the roles after "and": "Y chairman and Prime Minister X")
            continue
        joint = _joint_portfolio(ctx, i, role_words)
        if joint:
            role_words[:0] = [x.text for x in doc[i - joint + 1:i + 1]]  # "Agriculture and Forestry Minister X"
            i -= joint
            continue
        if w and (w in kb._title_set or w in kb.leader_roles or w in kb.member_roles or t.text == "."
                  or (w in kb.title_words and t.text[:1].isupper())
                  or _of_title_end(ctx, i)  # "army chief of staff X": a title with its "of" phrase, in lower case
                  or (w == "of" and i > 0 and ctx.tok2m[i - 1] < 0 and norm(_tk[i - 1].text) in kb.title_words)
                  or w in cues().title_modifiers
                  or role_words and norm(f"{t.text} {role_words[0]}") in kb._title_set  # "Supreme Leader X"
                  or role_words and t.text[:1].isupper() and w in kb.legislature_words
                  and norm(role_words[0]) in (kb.relations.get("legislature_titles") or ())):  # "Majlis Speaker X"
            if t.text != ".":
                role_words.insert(0, t.text)
            i -= 1
            continue
        break
    if inside and honorific is not None and not role_words:
        i = honorific - 1  # "[Her Excellency President X]" tagged as one name from "Excellency" on
    elif (role_words or inside) and i >= 0 and ctx.tok2m[i] < 0:
        i = _before_honorific(ctx, i)  # "H.E. President X": the honorific of address before the title
    roles = [*role_words, *inside]
    chair = _glued_chamber_chair(ctx, doc[i], roles) if roles and i >= 0 and implied is not None else None
    if chair is not None:  # "House Speaker X", "Senate President Y": the chamber's chair
        ctx.add(person, chair[0], chair[1], doc[m.start].sent, 0.7)
        return
    if roles and i >= 0 and _tk[i].tag_ == "PRP$":
        # "its secretary-general X", "their commander X": the owner the pronoun stands for
        org = ctx.pronoun_actor(doc[i], exclude=person)
        typ = _title_relation(kb, roles)
        if (kb.relations.get("of_phrases") or {}).get(norm(roles[-1])) not in (None, "member_of", "leader_of"):
            typ = None  # "A and its ally B", "its rival X": a relational title (of_phrases) is no membership
        if org is not None and typ is not None and ctx.kind(org) != "person":
            ctx.add(person, typ, org, doc[m.start].sent, 0.65)
        elif org is not None and ctx.kind(org) == "person" and (
                _bare_state_title(ctx, roles, None) is not None
                or norm(roles[-1]) in (kb.relations.get("service_roles") or ())
                or norm(roles[-1]) in kb.envoy_nouns):
            ctx.served.append((person, org, doc[m.start].sent))  # "her foreign minister X", "his spokesman X"
        elif org is not None and ctx.kind(org) == "person" and org != person and (
                norm(roles[0]) in (kb.relations.get("deputy_words") or ())
                or norm(" ".join(roles)) in (kb.relations.get("staff_titles") or ())):
            # "led by her deputy X", "his chief of staff X": one of the staff of the person's own body
            ctx.deputies.append((person, org, doc[m.start].sent, False))
        return
    if len(role_words) > 1 and i + 2 < len(doc) and _possessive_mark(doc[i + 2]) \
            and norm(role_words[0]) in kb.org_nouns:
        # "the party's deputy chairman X": the organisation "the party" refers back to
        org = ctx.definite(doc[i + 1])
        typ = _title_relation(kb, roles[1:])
        if org is not None and typ is not None:
            ctx.add(person, typ, org, doc[m.start].sent, 0.65)
        return
    first = next((k for k in range(i + 1, m.start) if role_words and _tk[k].text == role_words[0]), None)
    if len(role_words) > 1 and first is not None and (i < 0 or ctx.tok2m[i] < 0) \
            and None not in ((kb.relations.get("definite_heads") or {}).get(norm(role_words[0])) or [None]) \
            and (first == doc[first].sent.start and not _tk[first].text.isupper()
                 or _tk[first].is_lower and first > 0 and _tk[first - 1].lower_ == "the"):
        # "Party leader X" opening a sentence, "the party chairman X": a noun standing for one kind of body only
        # (relations.yaml definite_heads with no null: party, bloc, coalition) refers back to the closest such body
        org = ctx.definite(doc[first], exclude=person, modifier=True)
        typ = _title_relation(kb, roles[1:])
        if org is not None and typ is not None:
            ctx.add(person, typ, org, doc[m.start].sent, 0.65)
        return
    if _peer_body_title(ctx, i, roles, person, doc[m.start].sent):
        return
    if roles and i >= 0 and ctx.tok2m[i] < 0 and _tk[i].text[:1].isupper() and _former_before(ctx, i):
        return  # "Former Front commander X", "ex-Compact leader X": a post no longer held, no tie to the body
    if roles and i >= 0 and ctx.tok2m[i] < 0 and _tk[i].text[:1].isupper() and norm(_tk[i].text) in ctx.kb.org_nouns:
        # "Commission spokeswoman X", "Front commander X": the one body named before whose name that word heads
        org = ctx.name_head(doc[i])
        typ = _title_relation(kb, roles)
        if org is not None and typ is not None:
            ctx.add(person, typ, org, doc[m.start].sent, 0.65)
            return
    seat = _seat_word_state(ctx, i) if roles and i >= 0 and ctx.tok2m[i] < 0 else None
    if seat is None and roles and i >= 0 and ctx.tok2m[i] < 0 and _tk[i].text[:1].isupper() and _tk[i].is_alpha \
            and not _tk[i].is_stop and norm(_tk[i].text) not in kb.org_nouns:
        # "Houthi military spokesman X", "Amal MP X": a word standing for an organisation named in full elsewhere
        # (and "Compact leader X": the word that heads the name of the one organisation named before ("the Orchard
        # Compact"))
        org = _org_named_by(ctx, doc[i])
        org = ctx.name_head(doc[i]) if org is None else org
        typ = _title_relation(kb, roles)
        if org is not None and typ is not None:
            ctx.add(person, typ, org, doc[m.start].sent, 0.65)
            return
    if roles and i >= 0 and _tk[i].text in (";", ".") and implied is not None:
        # "- Defence Force (DF): national army; Chief of Staff Gen. X": a title opening a clause of a profile entry
        # is a post in the body the entry opens with
        entry = _entry_head(ctx, i)
        typ = _title_relation(kb, roles) if entry is not None else None
        if typ is not None:
            ctx.add(person, typ, entry, doc[m.start].sent, 0.6)
            return
    if seat is None and roles and (i < 0 or ctx.tok2m[i] < 0) and implied is not None:
        # "Prime Minister X", "caretaker prime minister X": no state named before the title
        typ = _bare_state_title(ctx, roles, doc[i] if i >= 0 else None)
        state = _of_state_after(ctx, m)
        if typ is not None and state is not None:
            ctx.add(person, typ, state, doc[m.start].sent, 0.7)  # "President X of Ruritania"
        elif typ is not None and not _of_name_after(ctx, m):
            implied.append((person, typ, doc[m.start].sent))
            _force_post(ctx, person, norm(" ".join(roles)), doc[m.start].sent)
        return
    if not roles:
        return
    org = seat if seat is not None else ctx.actor(doc[i])
    if org is None:
        return
    org = _bare_ministry_state(ctx, org, person, doc[m.start].sent) or org
    phrase = norm(" ".join(roles))
    if ctx.kind(org) == "country":
        words = phrase.split()
        heads = any(" ".join(words[i:j]) in kb.head_of_state_titles
                    for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        typ = "leader_of" if heads else "member_of"
        if phrase.startswith(("vice", "deputy", "foreign", "defense", "defence", "interior", "former")):
            typ = "member_of"
    else:
        typ = _title_relation(kb, roles)
        front = role_words[:len(role_words) - after_and] if after_and else []
        if front and _title_relation(kb, front) is not None:
            # "Y chairman and Prime Minister X": the title next to the body's name is the body's (the other a
            # post elsewhere)
            typ = _title_relation(kb, front)
        if typ is None and phrase in (kb.relations.get("legislature_titles") or ()) and ctx.subkind(org) == "legislature":
            typ = "leader_of"  # "the Ostravian Parliament Speaker X", "Assembly Speaker Y": chairs the chamber
        typ = typ or "member_of"
    ctx.add(person, typ, org, doc[m.start].sent, 0.75)


def _honorific_into(ctx: _Ctx, m) -> tuple[int, int | None]:
    """Where the words of a person's mention begin after an honorific of address that reaches into it (roles.yaml
    honorifics: "[H.E. President X]", "Her [Excellency President X]"), and the honorific's first token (None where
    none does): (m.start, None) for a mention with none."""
    doc = ctx.doc
    for k in range(max(0, m.start - 2), m.start + 1):
        first = after_honorific(ctx.kb, doc, k, m.end)
        if m.start < first < m.end:
            return first, k
    return m.start, None


def _before_honorific(ctx: _Ctx, i: int) -> int:
    """The index before an honorific of formal address (roles.yaml honorifics: "H.E.", "His Excellency") that ends
    at token i, or i itself where none does: "H.E. President X" reads as "President X"."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for k in range(max(0, i - 3), i + 1):
        words = span_text(doc, k, i + 1).split()
        # (the honorific's words and the word after it, the title's: an honorific is one only before more words)
        if words and i + 1 < len(doc) and all(ctx.tok2m[x] < 0 for x in range(k, i + 1)) \
                and ctx.kb.honorific_length([*words, _tk[i + 1].text]) == len(words):
            return k - 1
    return i


def _peer_body_title(ctx: _Ctx, i: int, roles: list[str], person: int, sent: Span) -> bool:
    """"fellow council member X", "a fellow party member, X": a peer word (word_lists.peer_words) before a title
    whose first word is a body noun in lower case: the body named before that the noun stands for (the one
    whose name it heads, else ``definite``'s closest body of that kind); True when a tie was added."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    peers = cues().peer_words
    if i >= 0 and norm(_tk[i].text) in peers and len(roles) > 1:
        k, post = i + 1, roles[1:]  # the body noun taken among the title's words ("party member")
    elif i > 0 and norm(_tk[i - 1].text) in peers and roles and ctx.tok2m[i] < 0:
        k, post = i, roles  # the scan stopped at the body noun ("council member")
    else:
        return False
    if not _tk[k].is_lower or norm(_tk[k].text) not in ctx.kb.org_nouns:
        return False
    org = ctx.name_head(doc[k])
    if org is None:
        org = ctx.definite(doc[k], exclude=person, modifier=True)
    typ = _title_relation(ctx.kb, post)
    if org is None or typ is None or ctx.kind(org) == "person":
        return False
    ctx.add(person, typ, org, sent, 0.65)
    return True


def _joint_portfolio(ctx: _Ctx, i: int, role_words: list[str]) -> int:
    """"Turkish Agriculture and Forestry Minister X", "Ostravia's Labour and Social Affairs Minister Y": two
    capitalised fields joined by "and" before a minister's title (roles.yaml portfolio_titles) are one portfolio,
    whatever the words (none a mention). The number of words to take from token ``i`` back: 3 for "Agriculture
    and Forestry" ending at ``i`` (4 for "Public Works and Transport"), 2 for "Labour and" with the field after "and"
    already read; else 0."""
    doc = ctx.doc
    if not any(norm(w) in ctx.kb.portfolio_titles for w in role_words) or i < 1:
        return 0

    def field(t: Token) -> bool:
        return ctx.tok2m[t.i] < 0 and t.is_alpha and t.text[:1].isupper() and t.lower_ != "and"
    if doc[i].lower_ in ("and", "&"):
        return 2 if field(doc[i - 1]) and role_words[0][:1].isupper() else 0
    if not (i >= 2 and doc[i - 1].lower_ in ("and", "&") and field(doc[i]) and field(doc[i - 2])
            and norm(role_words[0]) in ctx.kb.portfolio_titles):
        return 0
    n = 3  # "Public Works and Transport Minister X": the field before "and" may be two words
    while n < 5 and i - n >= 0 and field(doc[i - n]) and doc[i - n].pos_ in ("PROPN", "NOUN", "ADJ"):
        n += 1
    return n


def _title_of_body(ctx: _Ctx, m, person: int) -> bool:
    """"Speaker of parliament X", "Secretary-General of the Y Alliance X", "deputy chairman of the Z Union X": a
    title whose of-phrase names the body right before the name (no comma between) is the person's post there."""
    doc, kb = ctx.doc, ctx.kb
    j = m.start - 1
    if j < 2:
        return False
    if ctx.tok2m[j] >= 0:
        body, start = ctx.actor(doc[j]), ctx.mentions[ctx.tok2m[j]].start
    elif doc[j].is_alpha and norm(doc[j].text) in (kb.relations.get("bare_institutions") or ()):
        body, start = ctx.definite(doc[j], exclude=person), j  # "of parliament X": a bare institution
    else:
        return False
    if body is None or body == person or ctx.kind(body) not in ("organization", "country"):
        return False
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ != "of":
        return False
    first = k
    while first > 0 and first > k - 5 and (norm(doc[first - 1].text) in kb.title_words | kb.role_words
                                           or doc[first - 1].text == "-" and not doc[first - 1].whitespace_):
        first -= 1
    words = norm(doc[first:k].text).split()
    if not words:
        return False
    typ = _title_relation(kb, words)
    if typ is None and " ".join(words) in (kb.relations.get("legislature_titles") or ()) \
            and ctx.subkind(body) == "legislature":
        typ = "leader_of"  # "Speaker of parliament X": chairs the chamber
    if typ is None:
        return False
    ctx.add(person, typ, body, doc[m.start].sent, 0.7)
    return True


def _org_named_by(ctx: _Ctx, tok: Token) -> int | None:
    """The one organisation whose name opens with this word, or is its plural ("Amal" for the Amal Movement,
    "Houthi" for the Houthis); None when none or several are."""
    w = norm(tok.text)
    return _org_opening(ctx, lambda name: name.split()[:1] == [w] or name in (w + "s", w + "es"))


def _org_named_by_words(ctx: _Ctx, span) -> int | None:
    """The one organisation whose name opens with these several words and goes on past them ("Bright Lantern" for
    the Bright Lantern Party: its name with the head noun left off); None when none or several are."""
    words = [norm(t.text) for t in span]
    return _org_opening(ctx, lambda name: len(name.split()) > len(words)
                        and name.split()[:len(words)] == words)


def _org_opening(ctx: _Ctx, fits) -> int | None:
    """The one organisation of the text whose normalised name ``fits`` (a test on it, for ``_org_named_by`` and
    ``_org_named_by_words``); None when none or several do."""
    found = {a.idx for a in ctx.actors if a.kind == "organization" and a.mentions and fits(norm(a.name))}
    return found.pop() if len(found) == 1 else None


def _possessive_mark(tok: Token) -> bool:
    """"'s", or the bare apostrophe of a plural's possessive ("the Falcons' commander")."""
    return tok.text in ("'s", "’s") or tok.text in ("'", "’") and tok.i > 0 and tok.doc[tok.i - 1].text[-1:] in "sS" \
        and not tok.doc[tok.i - 1].whitespace_


def _split_perfect(tok: Token) -> Token | None:
    """"A has for years funded B", "A has since 2019 bombed positions of B" parsed with "has" as the main verb and
    the participle hung on "years" or on the object: that "have" (the clause is a perfect, lasting by its
    "for years" / "since" phrase)."""
    if tok.tag_ != "VBN":
        return None
    if tok.dep_ == "acl" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" \
            and tok.head.head.lower_ in ("for", "since") and tok.head.head.head.lemma_ == "have":
        return tok.head.head.head
    have = tok.head.head
    if tok.dep_ == "amod" and tok.head.dep_ == "dobj" and tok.head.i > tok.i and have.lemma_ == "have" \
            and any(c.dep_ == "prep" and c.lower_ in ("for", "since") and c.i < tok.i for c in have.children):
        return have
    return None


def _perfect_hostility(ctx: _Ctx, verb: Token, have: Token) -> None:
    """"A has for years bombed positions of B" (see _split_perfect): A opposes B."""
    if _unreal(have) or _denied(have):
        return
    subj = next((c for c in have.children if c.dep_ == "nsubj"), None)
    others = [c for c in verb.children if c.dep_ == "dobj"] or ([verb.head] if verb.dep_ == "amod" else [])
    if subj is None:
        return
    sides = [ctx.pronoun_actor(subj)] if subj.pos_ == "PRON" else [ctx.np_actor(m) for m in _list_members(subj)]
    for o in others:
        for x in sides:
            ctx.add(x, "opposes", ctx.np_actor(o, deep=True), verb.sent, 0.65)


def _body_seat(ctx: _Ctx, verb: Token, body: Token) -> None:
    """"X sits on the Front's presidium": X is a member of the organisation whose governing body it is."""
    if any(c.dep_ == "neg" for c in verb.children) or _refused(ctx, verb) is not None:
        return
    whole = ctx.actor(body) if _organ(ctx, ctx.actor(body)) else _body_owner(ctx, body, None)
    person = _clause_subject(ctx, verb)
    if whole is not None and person is not None and ctx.kind(person) == "person" \
            and ctx.kind(whole) in ("organization", "country"):
        ctx.add(person, "member_of", whole, verb.sent, 0.65)


def _hosts_force(verb: Token) -> bool:
    """"Ostravia hosts a Kavelian base", "hosting foreign troops": the hosting verb's object is a force stationed there
    (word_lists.hosted_force_nouns), not talks the state is the venue of."""
    nouns = cues().hosted_force_nouns
    return any(c.dep_ == "dobj" and (norm(c.lemma_) in nouns or norm(c.text) in nouns) for c in verb.children)


def _venue(tok: Token) -> bool:
    """"talks", "summit": a meeting that a place hosts (word_lists.venue_nouns), not a state's own
    politics ("cabinet talks in Ostrava", "coalition talks": word_lists.domestic_talk_words)."""
    c = cues()
    return (norm(tok.text) in c.venue_nouns or norm(tok.lemma_) in c.venue_nouns) and not any(
        ch.dep_ in ("compound", "amod", "nmod") and norm(ch.text) in c.domestic_talk_words for ch in tok.children)


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


def _hosted_by(ctx: _Ctx, noun: Token, a: int | None) -> bool:
    """"the Nairobi talks", "the Doha summit": a meeting (_venue) that the place named as its modifier (``a``)
    hosts; the host is no party to the meeting ("a meeting of the Council" is the Council's own)."""
    return a is not None and _venue(noun) and any(c.dep_ in ("compound", "amod", "nmod") and ctx.actor(c) == a
                                                  for c in noun.children)


def _peers(noun: Token) -> bool:
    """"his fellow rebels": the owner's peers, not a body the owner leads or has (word_lists.peer_words)."""
    return any(norm(c.text) in cues().peer_words for c in noun.children if c.dep_ in ("amod", "compound"))


def _verbal(tok: Token) -> bool:
    """A verb, or a present-tense verb the tagger took for a plural noun ("A governs with B", "A shares power
    with B": a plural noun with a subject of its own)."""
    return tok.pos_ == "VERB" or tok.tag_ == "NNS" and (any(c.dep_ == "nsubj" for c in tok.children)
                                                       or _stray_verb_clause(tok) is not None)


def _at_the_head(ctx: _Ctx, head: Token) -> None:
    """"X is running at the head of his own list, Y": the subject of the clause (or the name the phrase hangs
    on) leads the body of the of-phrase."""
    at = head.head
    holder_tok = at.head
    if holder_tok.pos_ in ("VERB", "AUX"):
        leader = _clause_subject(ctx, holder_tok)
    else:
        leader = ctx.np_actor(holder_tok)  # "X, at the head of the Y Front"
    if leader is None or ctx.kind(leader) != "person":
        return
    for obj in _of_object(head):
        if obj.head.lower_ == "of":
            body = ctx.np_actor(obj)
            end = obj.right_edge.i + 1
            if body is None and obj.pos_ == "NOUN" and end + 2 < len(ctx.doc) and ctx.doc[end].text == "," and (
                    norm(obj.lemma_) in ctx.kb.org_nouns or norm(obj.lemma_) in cues().electoral_list_nouns):
                # "his own list, Y" with the name hung elsewhere
                k = end + 2 if ctx.doc[end + 1].lower_ == "the" else end + 1
                if ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].start in (end + 1, k):
                    body = ctx.actor(ctx.doc[k])
            if body is not None and ctx.kind(body) == "organization":
                ctx.add(leader, "leader_of", body, head.sent, 0.65)


def _stray_verb_clause(tok: Token) -> Token | None:
    """"X won 74 seats at the election and governs with Y", "governs" taken for a plural noun coordinated
    with "election": the verb of the clause it continues (a preposition of its own after it, "and" before it)."""
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "and" \
            or not any(c.dep_ == "prep" and c.i == tok.i + 1 for c in tok.children) \
            or any(c.dep_ == "det" for c in tok.children):
        return None
    head = tok.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def _truce_pact(noun: Token) -> bool:
    """"a non-aggression pact", "a local ceasefire agreement", "a peace accord": a pact whose modifiers say it ends
    or stays hostility (relations.yaml word_lists.truce_pact_words), no alliance between its signatories."""
    text = " " + norm("".join(t.text_with_ws for t in noun.subtree if t.i < noun.i)) + " "
    return any(f" {w} " in text for w in cues().truce_pact_words)  # (norm spells "non-aggression" "non aggression")


def _defence_pact(noun: Token) -> bool:
    """"a defence agreement", "a ten-year security cooperation treaty", "a coalition agreement": an agreement noun
    with a defence word or an alliance noun before it reads as a pact (relations.yaml word_lists.agreement_nouns,
    defence_words, alliance_nouns)."""
    return norm(noun.lemma_) in cues().agreement_nouns and any(
        norm(t.text) in cues().defence_words or norm(t.lemma_) in cues().alliance_nouns  # "a coalition agreement"
        for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod"))


def _alliance_agreement(ctx: _Ctx, noun: Token) -> bool:
    """"A signed an agreement of alliance with B", "a treaty of alliance": an agreement noun (word_lists
    agreement_nouns) with a bare alliance noun (alliance_nouns) after its "of" reads as a pact, when the clause's
    subject is a body ("X, whose president, Y, signed an agreement of alliance with B": the person signs for a body
    the sentence names only around her, no ally of B herself)."""
    if norm(noun.lemma_) not in cues().agreement_nouns or not any(
            p.dep_ == "pobj" and norm(p.lemma_) in cues().alliance_nouns and not any(x.dep_ == "det" for x in p.children)
            and p.doc[p.i - 1].text != "-"  # (not "an agreement of non-alliance")
            for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children):
        return False
    signer = _clause_subject(ctx, noun.head) if noun.dep_ == "dobj" else None
    return signer is not None and ctx.kind(signer) != "person"


def _named_after(ctx: _Ctx, noun: Token) -> int | None:
    """"the group's military wing, the Red Hand Regiment,": the organisation named right after the noun's phrase
    and a comma (an apposition the parser hung elsewhere)."""
    doc = ctx.doc
    k = max(t.i for t in noun.subtree) + 1
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    k += 2 if doc[k + 1].lower_ == "the" else 1
    i = ctx.tok2m[k] if k < len(doc) else -1
    m = ctx.mentions[i] if i >= 0 else None
    if m is None or m.start != k or m.actor < 0 or ctx.kind(m.actor) != "organization":
        return None
    return m.actor if m.end >= len(doc) or doc[m.end].is_punct else None


def _part_noun(ctx: _Ctx, noun: Token) -> bool:
    """"the party's youth wing", "its list in the capital", "the Front's politburo": a common noun naming a part of
    a body (a part_of noun of relations.yaml of_phrases, an internal body or an electoral list): leading it is
    not leading the body."""
    parts = {k for k, v in (ctx.kb.relations.get("of_phrases") or {}).items() if v == "part_of"}
    return noun.pos_ == "NOUN" and (norm(noun.lemma_) in parts or norm(noun.lemma_) in cues().electoral_list_nouns
                                    or _internal_body(noun))


def _part_owner(ctx: _Ctx, noun: Token, exclude: int | None) -> int | None:
    """"the party's youth committee", "the group's veterans' committee": the organisation a part noun belongs to --
    its possessor, or past a possessive that only describes the part ("veterans'") the possessor of that."""
    a = _possessor(ctx, noun, exclude)
    if a is None:
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN" and ctx.tok2m[c.i] < 0), None)
        a = _possessor(ctx, poss, exclude) if poss is not None else None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _internal_body(tok: Token) -> bool:
    """"presidium", "central committee", "political bureau": a governing body inside an organisation
    (relations.yaml word_lists.internal_bodies; the noun, or its modifier and the noun)."""
    bodies = cues().internal_bodies
    mods = [norm(c.text) for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    return norm(tok.lemma_) in bodies or norm(tok.text) in bodies \
        or bool(mods) and f"{mods[-1]} {norm(tok.text)}" in bodies


def _credit_line(ctx: _Ctx, m, person: int) -> None:
    """A caption's or a signature's credit: "Colonel X - Commander, Y Brigade", "X, Director, Y Institute": a
    person's name, a dash or comma, a capitalised title (role words only, no "of") and, after a comma, a body's
    name that ends the line or the clause: the title's tie to that body."""
    doc, kb = ctx.doc, ctx.kb
    j = m.end
    if j + 3 >= len(doc) or doc[j].text not in ("-", "\u2013", "\u2014", ","):
        return
    k = j + 1
    while k < len(doc) and ctx.tok2m[k] < 0 and doc[k].text[:1].isupper() and (
            norm(doc[k].text) in kb.role_words or norm(doc[k].text) in kb.title_words
            or norm(doc[k].text) in cues().title_modifiers):
        k += 1
    roles = [t.text for t in doc_span(doc, j + 1, k)]
    if not roles or norm(roles[-1]) not in kb.role_words or k + 1 >= len(doc) or doc[k].text != "," \
            or ctx.tok2m[k + 1] < 0 and not (doc[k + 1].lower_ == "the" and k + 2 < len(doc) and ctx.tok2m[k + 2] >= 0):
        return
    start = k + 1 if ctx.tok2m[k + 1] >= 0 else k + 2
    body_m = ctx.mentions[ctx.tok2m[start]]
    if body_m.start != start or body_m.end < len(doc) and doc[body_m.end].text not in (",", "]", ")", ";", ".") \
            and "\n" not in doc[body_m.end - 1].whitespace_ + doc[body_m.end].text:
        return
    body = ctx.actor(doc[start])
    typ = _title_relation(kb, roles)
    if body is not None and body != person and typ is not None and ctx.kind(body) in ("organization", "country"):
        ctx.add(person, typ, body, doc[m.start].sent, 0.65)


def _title_relation(kb, roles: list[str]) -> str | None:
    """The tie a title gives ("party chairman": leads; "deputy chairman", "regional director": a member).
    Honorifics after the role ("Front leader Sheikh X", "army commander General Y") say nothing of it."""
    words = [norm(w) for w in roles]
    ends = {r.split()[-1] for r in kb.role_words}
    while len(words) > 1 and words[-1] not in ends and _role_relation(kb, " ".join(words)) is None:
        words.pop()
    # "army director Major General Y": a rank after the role ends in a role word ("general") yet names no role with it
    # (the rank a whole title of its own, "major general"; not a title's own words: "chief financial officer")
    cut = next((k for k in range(len(words) - 1, 0, -1) if _role_relation(kb, " ".join(words)) is None
                and " ".join(words) not in kb._title_set and _role_relation(kb, " ".join(words[:k])) is not None
                and " ".join(words[k:]) in kb._title_set), None)
    words = words[:cut] if cut is not None else words
    typ = _role_relation(kb, " ".join(words)) or (_role_relation(kb, words[-1]) if words else None)
    if typ == "leader_of" and set(words) & _narrowing_words(kb):
        return "member_of"
    return typ


def _legislature(ctx: _Ctx, a: int | None) -> bool:
    """The actor is a legislature (its subkind, else a house word in its name: roles.yaml legislature_words)."""
    if a is None or isinstance(a, _Group) or ctx.kind(a) != "organization":
        return False
    return ctx.subkind(a) == "legislature" or bool(set(norm(ctx.actors[a].name).split()) & ctx.kb.legislature_words)


def _narrowing_words(kb) -> set[str]:
    """Words that make a leader role a member's: a deputy's ("deputy chairman") or a region's post inside
    the body ("the Red Cross's regional director", "the party's provincial chairman")."""
    rel = kb.relations
    return set(rel.get("deputy_words") or ()) | set(rel.get("local_title_words") or ())


def _bare_object_relative(ctx: _Ctx, which: Token, verbs: dict) -> None:
    """"the Selm Movement, which Vardo heads, an army statement said", "the party, which Anna Vardo leads, said":
    a relative clause of a person's name and one tie verb (relations.yaml verb_relations) whose object is the
    relative pronoun, the body before the comma; read off the words, as the parser often takes the verb for a
    plural noun ("Vardo heads") when a reporting clause follows."""
    doc = ctx.doc
    m = ctx.tok2m[which.i + 1] if which.i + 1 < len(doc) else -1
    if m < 0 or ctx.mentions[m].start != which.i + 1 or ctx.kind(ctx.mentions[m].actor) != "person":
        return
    end = ctx.mentions[m].end
    if end + 1 >= len(doc) or doc[end + 1].text not in (",", ".", ")", ";"):
        return
    word = doc[end]
    typ = verbs.get(word.lemma_.lower()) if word.lower_.endswith("s") and word.pos_ in ("VERB", "NOUN") else None
    body = ctx.actor(doc[which.i - 2])
    if typ in ("leader_of", "member_of") and body is not None and ctx.kind(body) == "organization":
        ctx.add(ctx.mentions[m].actor, typ, body, which.sent, 0.7)


def _in_misparsed_run(ctx: _Ctx, tok: Token, verbs: dict) -> bool:
    """A backing verb that closes a run the parser broke ("said Ostravia arms and funds Y": "Ostravia arms" read as
    the speech verb's object, "funds" as a verb joined to "said"): the words before it are "and" or a comma, then
    backing verbs in the present that the parser took for plural nouns, the first right after a name. The run is
    read off the words (_misparsed_backing); the verb's parsed subject (the speaker) backs no one."""
    doc = ctx.doc
    if tok.dep_ != "conj" or not tok.lower_.endswith("s"):
        return False
    j = tok.i - 1
    while j >= 1 and doc[j].lower_ in (",", "and"):
        k = j - 1
        if not (doc[k].tag_ == "NNS" and doc[k].lower_.endswith("s") and ctx.tok2m[k] < 0
                and verbs.get(doc[k].lemma_.lower()) == "backs"):
            return False
        if _run_backer(ctx, doc[k]) is not None:
            return True
        j = k - 1
    return False


def _run_backer(ctx: _Ctx, first: Token) -> MentionInfo | None:
    """The name a misparsed run of backing verbs follows (``first``: the run's first word, "Ostravia arms and funds
    Y"): its mention, when it ends right before the run, or before a description set off by commas ("X, the
    Council's foreign arm, arms and funds Y": the name it describes; "X, which arms and pays Y": the name the
    relative pronoun stands for); None when no name stands there, the first
    word is a name's own, or the name is a possessive ("Ostravia's arms and money reach the Front"). The one
    reading of the run's backer, for _misparsed_backing and _in_misparsed_run."""
    doc = ctx.doc
    before = first.i
    if first.i > 3 and doc[first.i - 1].text == ",":
        ap = doc[first.i - 2]
        while ap.dep_ != "appos" and ap.head.i != ap.i and ap.head.i < first.i - 1:
            ap = ap.head
        if ap.dep_ == "appos" and ctx.tok2m[ap.i] < 0 and ap.left_edge.i > 0 and doc[ap.left_edge.i - 1].text == "," \
                and ap.i < first.i - 1 and ctx.tok2m[ap.head.i] >= 0 \
                and ctx.mentions[ctx.tok2m[ap.head.i]].end == ap.left_edge.i - 1:
            before = ap.left_edge.i - 1  # "X, the Council's foreign arm, arms ...": the name before the description
    elif first.i > 2 and doc[first.i - 1].tag_ in ("WDT", "WP") and doc[first.i - 2].text == ",":
        before = first.i - 2  # "X, which arms and equips the group": the name the relative clause is said of
    m = ctx.tok2m[before - 1] if before > 0 else -1
    if m < 0 or ctx.mentions[m].end != before or ctx.tok2m[first.i] >= 0 \
            or doc[ctx.mentions[m].start].dep_ == "poss" or before > 1 and doc[before - 1].text in ("'s", "’s"):
        return None
    return ctx.mentions[m]


def _misparsed_backing(ctx: _Ctx, first: Token, verbs: dict) -> None:
    """"Ostravia arms and funds the Front", "X arms, funds and trains both Y and Z": a run of backing verbs in the
    present (relations.yaml verb_relations "backs", each ending in -s, joined by "and" or commas) right after a
    name and right before one, which the parser took for plural nouns ("Ostravia arms" as a compound): read off the
    words, the name before backs each name after ("both A and B", "A and B"); nothing when a word of the run is no
    such verb ("Ostravia's arms and money reach the Front") or no name follows at once ("an arms and funds deal").
    A description set off by commas may stand between the name and the run ("X, the Council's foreign arm, arms and
    funds Y"): the name it describes is the backer (_run_backer)."""
    doc = ctx.doc
    name = _run_backer(ctx, first)
    backer = ctx.actor(doc[name.end - 1]) if name is not None else None
    if backer is None or ctx.kind(backer) not in ("country", "organization"):
        return
    j = first.i + 1  # the run: "arms", ", funds", "and trains"
    while j + 1 < len(doc) and doc[j].lower_ in (",", "and") and doc[j + 1].lower_.endswith("s") \
            and verbs.get(doc[j + 1].lemma_.lower()) == "backs":
        j += 2
    while j < len(doc) and doc[j].lower_ in ("both", "the"):
        j += 1
    clients = []
    while j < len(doc) and ctx.tok2m[j] >= 0 and ctx.mentions[ctx.tok2m[j]].start == j:
        clients.append(ctx.mentions[ctx.tok2m[j]])
        j = ctx.mentions[ctx.tok2m[j]].end
        if j >= len(doc) or doc[j].text not in (",", "and"):
            break
        j += 1  # ", and the Dawn Legion"
        while j < len(doc) and doc[j].lower_ in ("and", "the"):
            j += 1
    named = [ctx.actor(doc[c.start]) for c in clients]
    if not clients and j < len(doc) and doc[j].pos_ == "NOUN" and doc[j - 1].lower_ == "the":
        named = [ctx.np_actor(doc[j])]  # "X arms and finances the group": the group named before
    elif not clients and j < len(doc) and doc[j].lower_ in ("it", "them") and doc[j].pos_ == "PRON":
        named = [ctx.pronoun_actor(doc[j], exclude=backer)]  # "X arms and pays it": the body named before
    elif not clients and (j >= len(doc) or doc[j].pos_ in ("PUNCT", "ADP", "ADV", "CCONJ", "SCONJ")):
        # "Y, a militia that X arms and pays, ...", "the units X trains in the north": a relative clause whose
        # object is the body it is said of (the clause ending after the run)
        named = [_object_relative_antecedent(ctx, name.start, backer)]
    for client in named:
        if client is not None and client != backer and ctx.kind(client) == "organization":
            ctx.add(backer, "backs", client, first.sent, 0.7)


def _member_group(ctx: _Ctx, noun: Token) -> bool:
    """"some Front legislators", "the party's youth members": a plural for a body's rank and file (roles.yaml
    group_member_nouns, the words that also mark "X MPs" as a body), none of which leads it; not its armed men
    (relations.yaml armed_class_plurals: "Front fighters, led by X" may be led by the body's commander) nor its
    leaders or commanders (roles.yaml leader_roles)."""
    word = norm(noun.text)
    return noun.tag_ == "NNS" and ctx.actor(noun) is None and word in ctx.kb.group_member_nouns \
        and word not in (ctx.kb.relations.get("armed_class_plurals") or ()) \
        and norm(noun.lemma_) not in ctx.kb.leader_roles


def _source_state(ctx: _Ctx, part: Token) -> Token | None:
    """"Y, funded from Velnia", "the group is armed and paid from neighbouring Velnia": the "from" of a participle of
    material backing (word_lists material_backing_verbs, hardware_backing_verbs) whose object is a state or a body
    named as such (not "paid from the state budget", "armed from old depots", "financed from abroad"), read as its
    agent; the one of the next participle of a row ("armed and supplied from X") when its own has none."""
    for verb in (part, *part.conjuncts):
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None and ctx.tok2m[obj.i] >= 0 and ctx.actor(obj) is not None \
                and ctx.kind(ctx.actor(obj)) in ("country", "organization"):
            return prep
    return None


def _object_relative_antecedent(ctx: _Ctx, start: int, subject: int) -> int | None:
    """The body a relative clause opening at the subject's name (token ``start``) is said of, its object: "Y, a
    militia that X arms" (the noun before "that"/"which", or a body's noun right before the name: "the militias X
    trains"), its own name or the name it describes ("Y, local militias that ...": in apposition, or before the
    comma). None when no such noun stands there."""
    doc = ctx.doc
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    relative = k >= 0 and doc[k].lower_ in ("that", "which", "whom")
    k -= 1 if relative else 0
    if k < 0:
        return None
    if ctx.tok2m[k] >= 0:
        return ctx.actor(doc[k]) if relative else None  # "the Grey Guard, which X arms"
    noun = doc[k]
    if noun.pos_ != "NOUN" or norm(noun.lemma_) not in ctx.kb.org_nouns:
        return None
    body = ctx.np_actor(noun)
    if body in (None, subject) and noun.dep_ == "appos":  # (the noun's phrase may hold the clause's subject)
        body = ctx.np_actor(noun.head)
    return body if body not in (None, subject) else _body_before_comma(ctx, noun)


def _backer_in_capital(ctx: _Ctx, noun: Token) -> None:
    """"its patrons in Karvelgrad had pressed it", "the militia's backers in Lisbon", "their sponsors in Oslo": a
    backer noun (relations.yaml of_phrases, "backs") placed in a capital names that capital's state, which backs
    the noun's owner (a capital stands for its government; a country name may only say where people are)."""
    owner = _possessor(ctx, noun, exclude=None)
    if owner is None or ctx.kind(owner) == "person":
        return
    preps = [*noun.children, *(c for c in noun.head.children if c.i == noun.right_edge.i + 1)]  # (or on the verb)
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for p in prep.children:
                state = ctx.actor(p) if p.dep_ == "pobj" and ctx.tok2m[p.i] >= 0 else None
                if state is not None and ctx.kind(state) == "country" \
                        and norm(ctx.mentions[ctx.tok2m[p.i]].text) in ctx.kb.capitals:
                    ctx.add(state, "backs", owner, noun.sent, 0.7)


def _relational_title(ctx: _Ctx, named: int, first: Token, of_phrases: dict) -> None:
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    j = first.i - 1
    if j > 1 and _tk[j].lower_ == "the":
        j -= 1  # "Iran's proxy the Falcon Brigade"
    if j < 1 or _tk[j].pos_ not in ("NOUN", "ADJ", "PROPN") or ctx.tok2m[j] >= 0:
        return
    typ = of_phrases.get(_tk[j].lemma_.lower()) or of_phrases.get(_tk[j].lower_)
    if typ is None or typ in ("member_of",):
        return
    k = j - 1
    while k > first.sent.start and _tk[k].pos_ == "ADJ":  # "his longtime rival X"
        k -= 1
    if _tk[k].tag_ == "PRP$":
        owner = ctx.pronoun_actor(doc[k], exclude=named)
    elif _tk[k].text in ("'s", "’s") and k > 0:
        owner = ctx.actor(doc[k - 1])
    elif ctx.tok2m[k] >= 0 and ctx.mentions[ctx.tok2m[k]].end == k + 1:
        owner = ctx.actor(doc[k])  # "Kremlin critic X", "Hamas rival Fatah": the modifier is the owner
    elif k == first.sent.start and _tk[k].lower_ == "the" and typ == "opposes":
        owner = _previous_subject(ctx, first.sent, named)  # "Y won four seats. The rival X got none."
    else:
        return
    ctx.add(named, typ, owner, first.sent, 0.65)


def _previous_subject(ctx: _Ctx, sent: Span, named: int) -> int | None:
    """The actor of ``named``'s kind that is the subject of the sentence before ``sent`` (a sentence that opens
    on "The rival X" sets X against it), else None."""
    if sent.start == 0:
        return None
    root = ctx.doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    owner = ctx.np_actor(subj) if subj is not None else None
    return owner if owner is not None and owner != named and ctx.kind(owner) == ctx.kind(named) else None


def _name_list(ctx: _Ctx, i: int, kinds: tuple[str, ...]) -> tuple[list[int], int]:
    """Actors of these kinds named one after another from token i ("A, B and the C"): their indices and
    the token after the last."""
    doc, out = ctx.doc, []
    while i < len(doc):
        if doc[i].lower_ == "the" and i + 1 < len(doc):
            i += 1
        m = ctx.mentions[ctx.tok2m[i]] if ctx.tok2m[i] >= 0 else None
        if m is None or m.start != i or m.actor < 0 or ctx.kind(m.actor) not in kinds:
            break
        out.append(m.actor)
        nxt = m.end
        i = nxt
        if nxt + 1 < len(doc) and doc[nxt].lower_ == "and" or nxt + 1 < len(doc) and doc[nxt].text == "," \
                and doc[nxt + 1].lower_ != "and" and ctx.tok2m[nxt + 1] >= 0 \
                and ctx.kind(ctx.mentions[ctx.tok2m[nxt + 1]].actor) in kinds:
            i = nxt + 1
        else:
            break
    return out, i


def _respective_roles(ctx: _Ctx) -> None:
    """"the foreign ministers of A and B, X and Y": X holds the post in A, Y in B (in order)."""
    doc, kb = ctx.doc, ctx.kb
    for tok in read_tokens(doc):
        if tok.tag_ != "NNS" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        typ = _role_relation(kb, tok.lemma_)
        if typ is None:
            continue
        bodies, j = _name_list(ctx, tok.i + 2, ("country", "organization"))
        if len(bodies) < 2 or j >= len(doc) or doc[j].text != ",":
            continue
        holders, end = _name_list(ctx, j + 1, ("person",))
        if len(holders) == len(bodies):
            for h, b in zip(holders, bodies):
                ctx.add(h, typ, b, tok.sent, 0.65)


def _bracketed_party(ctx: _Ctx) -> None:
    """"Lina Sorel (Harvest Party) said ...", "A (Civic League) and B (Unity List)": a person named with a
    party, movement or list alone in brackets after the name (the way results pages and wires give a
    politician's party) is a member of it."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person" or m.end + 2 >= len(doc):
            continue
        if _tk[m.end].text == "," and _in_open_bracket(doc, m.start):
            # "(Hon. Dana Kost, HP)", "(Dana Kost, Harvest Party)": a bracket that gives a person, then the party
            k = ctx.tok2m[m.end + 1]
            org = ctx.mentions[k] if k >= 0 else None
            if org is not None and org.start == m.end + 1 and org.actor >= 0 and org.end < len(doc) \
                    and doc[org.end].text.startswith(")") and ctx.kind(org.actor) == "organization" \
                    and ctx.subkind(org.actor) in PARTY_SUBKINDS:
                ctx.add(m.actor, "member_of", org.actor, doc[m.start:org.end + 1].sent, 0.6)
                continue
        if _tk[m.end].text == ",":
            # "X, member of the National Chamber (VPP), 2019-2023": the party in brackets after the house the person
            # sits in, the words between plain lower-case ones ("member of the", "a deputy in the")
            j = m.end + 1
            while j < min(m.end + 6, len(doc)) and ctx.tok2m[j] < 0 and _tk[j].is_alpha and _tk[j].is_lower:
                j += 1
            k = ctx.tok2m[j] if j < len(doc) and j > m.end + 1 else -1
            house = ctx.mentions[k] if k >= 0 else None
            if house is None or house.start != j or house.actor < 0 or ctx.subkind(house.actor) != "legislature" \
                    or house.end + 2 >= len(doc) or _tk[house.end].text != "(":
                continue
            bracket = house.end
        elif _tk[m.end].text == "(":
            bracket = m.end
        else:
            continue
        first = bracket + 1
        for j in range(bracket + 1, min(bracket + 10, len(doc) - 1)):
            if _tk[j].text.startswith(")") or ctx.tok2m[j] >= 0:
                break
            if _tk[j].text == ";":  # "X (Leader of the Opposition; Harvest Party)": a post, then the party
                first = j + 1
                break
            if _tk[j].text == "," and j > bracket + 1 and only_post_words(doc[bracket + 1:j]):
                first = j + 1  # "X (Deputy Chair, Harvest Party)": her post in a few role words, then the party
                break
        k = ctx.tok2m[first]
        if k < 0:
            continue
        org = ctx.mentions[k]
        if org.start != first or org.end >= len(doc) or not _bracket_closes(ctx, org.end) or org.actor < 0 \
                or ctx.kind(org.actor) != "organization" \
                or ctx.subkind(org.actor) not in ("party", "movement", "coalition", "organization", None):
            continue  # (a union, league or forum is a party's name as often: "Ana Perl (Coastal League)")
        ctx.add(m.actor, "member_of", org.actor, doc[m.start:org.end + 1].sent, 0.6)
        if first > bracket + 2 and _tk[first - 1].text == ",":
            # "Present: X (Chair, Harvest Party); Y (Harvest Party)" in the minutes of a body a header line names
            # ("Standing Committee on Trade"): the post is held in that body, not in the party
            from kingmaker.nlp.layout import _role, _subject

            role = _role(ctx.kb, [norm(t.text) for t in doc[bracket + 1:first - 1] if t.is_alpha])
            home = _subject(ctx) if role is not None and not role[1] else None
            if home is not None and home != org.actor and ctx.subkind(home) not in PARTY_SUBKINDS:
                ctx.add(m.actor, role[0], home, doc[m.start:org.end + 1].sent, 0.6)


def _in_open_bracket(doc: Doc, i: int) -> bool:
    """Token i opens a bracket's content, perhaps after a short honorific ("(Hon. Dana Kost, ...", "(Dana Kost,
    ...")."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if doc[j].text == "(":
            return True
        if not (doc[j].is_title or doc[j].text == "."):  # a title or honorific word, its dot
            return False
    return False


def _bracket_closes(ctx: _Ctx, i: int) -> bool:
    """The bracket opened before a party's name closes at token i, or after a short place after a comma ("Lina
    Sorel (Harvest Party, Eastmarch)": the constituency a parliamentary record or a results list gives), with no
    other body named in it (the name finder may take the constituency for a person's name)."""
    doc = ctx.doc
    if doc[i].text in (")", "):"):  # "):": the tokenizer keeps a speaker label's colon on the bracket
        return True
    if doc[i].text not in (",", ";"):
        return False
    if doc[i].text == "," and _described_in_bracket(ctx, i + 1):
        return True
    for j in range(i + 1, min(i + 7, len(doc))):
        if doc[j].text in (")", "):"):
            return j > i + 1
        k = ctx.tok2m[j]
        if doc[j].text in ("(", ",", ";") or k >= 0 and ctx.mentions[k].actor >= 0 \
                and ctx.kind(ctx.mentions[k].actor) == "organization":
            return False
    return False


def _described_in_bracket(ctx: _Ctx, i: int) -> bool:
    """"X (Harvest Party, the largest opposition party with 40 seats)", "X (Civic League, a member of the
    ruling bloc)": after the party's name and a comma, a noun phrase opened by an article describes the party
    (the way a hearing's record or a profile places a speaker); the bracket closes after it, with no other
    bracket or clause break inside and no organisation named as the phrase's head."""
    doc = ctx.doc
    if i + 1 >= len(doc) or doc[i].lower_ not in ("the", "a", "an") or ctx.tok2m[i + 1] >= 0:
        return False
    for j in range(i + 1, min(i + 25, len(doc))):
        if doc[j].text in (")", "):"):
            return True
        if doc[j].text in ("(", ";", ".", ":"):
            return False
    return False


def _office_list(ctx: _Ctx) -> None:
    """A list of office-holders, one a line ("Chairwoman: X", "First Deputy Chair: Y", "Secretary General: Z"),
    the way a party's or a congress's press release gives its new officers: a title alone before the colon
    is a post in the organisation the text calls "the party" / "the movement" just before the list; a profile's
    field ("Name: X" over "Coordinator: Y"; nlp/layout.py ``profiles``) a post in the profile's entity."""
    from kingmaker.nlp.layout import profile_fields

    doc, kb = ctx.doc, ctx.kb
    words = kb.role_words | kb._title_set | set(kb.relations.get("deputy_words") or ()) | cues().title_modifiers
    profiled = {f.first: entity for entity, f in profile_fields(ctx)}
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person" or m.start < 2 or doc[m.start - 1].text != ":":
            continue
        j = m.start - 2  # the label: the words on the name's line before the colon ("First Deputy Chair:")
        while j >= 0 and m.start - 1 - j <= 6 and "\n" not in doc[j].text + doc[j].whitespace_ \
                and doc[j].text not in (".", ";"):
            j -= 1
        if j + 1 >= m.start - 1:
            continue
        entry = None
        if j >= 0 and doc[j].text in (".", ";"):
            # "- Dawn Front (DF): armed group, 2,000 fighters. Leader: X": a post in an entry of a list of profiles
            # is in the body the entry opens with ("Name:" or "Name (ACRONYM):" at the head of its line)
            entry = _entry_head(ctx, j)
            if entry is None:
                continue
        elif j >= 0 and "\n" not in doc[j].text + doc[j].whitespace_:
            continue  # no line of its own
        label = doc[j + 1:m.start]
        entry = profiled.get(label.start, entry)
        titles = [t.text for t in doc[label.start:m.start - 1]]
        if not titles or len(titles) > 5 or any(norm(w) not in words for w in titles):
            continue
        typ = _title_relation(kb, titles)
        if typ is None:
            continue
        owner = entry
        for t in reversed(doc[max(0, label.start - 400):label.start] if entry is None else []):
            if t.is_lower and t.pos_ == "NOUN" and norm(t.text) in kb.org_nouns:
                owner = ctx.definite(t)  # "the party", "the movement": the body the release is about
                if owner is not None:
                    break
        if owner is not None and ctx.kind(owner) == "organization":
            ctx.add(m.actor, typ, owner, doc[m.start:m.end], 0.6)  # (the name's line: a label like "Deputy
            # Chair:" may recur, and a repeated sentence is read as boilerplate)


_SECTION_HEAD_WORDS = 9  # a section's heading line: a name of a few words (its acronym in brackets aside)
_CITATION = re.compile(r"(?:\[\d{1,3}\])+$")  # "... in 2024.[2]": an encyclopedia's reference mark after the full stop


def _semicolon_after(doc: Doc, c: int, v: int) -> bool:
    """A semicolon stands between the phrase headed by token ``c`` and token ``v`` after it: "Interior minister and
    party member; runs the police" (the phrase is a description of its own, not the verb's subject)."""
    return c < v and any(t.text == ";" for t in doc[c + 1:v])


def _entry_descriptions(ctx: _Ctx, of_phrases: dict, adjectives: dict, implied: list) -> None:
    """The descriptions of an entry's head that are noun phrases or adjectives with no clause, read as if the
    head were their subject ("X is ..."): "Name - President since 2015 and founder of the Y Party.", "Chief of
    staff of the army and Z's closest ally.", "Bitter enemy of Z.", "Patrons of the Y Party.", "Close to Z.",
    "Nominally part of Y." (see ``PhraseResolver.entry_heads``)."""
    doc = ctx.doc
    for start, heads in ctx.entry_heads().items():
        top = doc[start].sent.root
        # the root with no subject, and a phrase before a semicolon ("Interior minister and party member; runs the
        # police", "Close to X, which ...; Y received ...")
        roots = [doc[c] for c in token_children(doc)[top.i] if _semicolon_after(doc, c, top.i)]
        for root in [top, *roots] if ctx.entry_subject(top) else roots:
            _entry_description(ctx, root, heads, of_phrases, adjectives, implied)


def _entry_description(ctx: _Ctx, root: Token, heads: list[int], of_phrases: dict, adjectives: dict,
                       implied: list) -> None:
    """The ties of one description of an entry's ``heads`` (``_entry_descriptions``)."""
    if root.pos_ in ("NOUN", "PROPN") and ctx.actor(root) is None:
        roles = [root, *(c for c in root.conjuncts if c.pos_ in ("NOUN", "PROPN") and ctx.actor(c) is None)]
        roles += _second_roles(ctx, root, of_phrases)
        for owner in heads:
            _shared_possessor_stance(ctx, owner, root, of_phrases)
            for role in roles:
                _role_ties(ctx, owner, role, of_phrases, adjectives, implied)
                if ctx.kind(owner) == "organization" and norm(role.lemma_) in cues().personal_body_nouns:
                    # "Name - Ruling party of President X.": a person's party is one that person leads
                    for p in (p for p in _of_object(role) if p.head.lower_ == "of"):
                        person = ctx.np_actor(p)
                        if person is not None and ctx.kind(person) == "person":
                            ctx.add(person, "leader_of", owner, role.sent, 0.6)
    elif root.lower_ in adjectives and root.pos_ in ("ADJ", "ADV", "VERB"):
        preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("to", "with")]
        for to in preps + [c for p in preps for c in p.conjuncts if c.lower_ == p.lower_]:  # "to X and to Y"
            for p in (c for c in to.children if c.dep_ == "pobj"):
                target = ctx.np_actor(p, deep=True)
                for owner in heads:
                    if target is not None and target != owner:
                        ctx.add(owner, _adjective_relation(ctx, adjectives[root.lower_], target), target,
                                root.sent, 0.7)


def _bracketed_role_labels(ctx: _Ctx) -> None:
    """"- 4th Division (Cdr: Col. Name) - part of X", "the Harvest Party (chair: Name; founded 2009)": a role's label
    (roles.yaml leader_roles, member_roles; relations.yaml role_abbreviations spelled out) and a colon in brackets
    right after a body's name, then a person's name (titles allowed): the person holds that role in the body."""
    from kingmaker.nlp.layout import _names, _role

    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    abbreviations = {norm(k): v for k, v in (ctx.kb.relations.get("role_abbreviations") or {}).items()}
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) not in ("organization", "country") or m.end + 3 >= len(doc) \
                or _tk[m.end].text != "(":
            continue
        j, words = m.end + 1, []
        while j < min(m.end + 6, len(doc)) and _tk[j].text != ":" and ctx.tok2m[j] < 0 \
                and (_tk[j].is_alpha or _tk[j].text in (".", "-") or _tk[j].text.rstrip(".").replace("-", "").isalpha()):
            if _tk[j].text not in (".", "-"):
                words.append(norm(_tk[j].text.rstrip(".")))
            j += 1
        if not words or j >= len(doc) or _tk[j].text != ":":
            continue
        close = j + 1
        while close < min(j + 12, len(doc)) and _tk[close].text not in (")", ";", "(") and "\n" not in _tk[close].text:
            close += 1
        if close >= len(doc) or _tk[close].text not in (")", ";"):
            continue
        role = (abbreviations[words[0]], False) if len(words) == 1 and words[0] in abbreviations \
            else _role(ctx.kb, words)
        if role is None:
            continue
        for person in _names(ctx, j + 1, close):
            ctx.add(person, role[0], m.actor, doc[m.start:close + 1], 0.6)


def _person_role_body_items(ctx: _Ctx) -> None:
    """"- Tomas Varga, Chairman, Harvest Party", "Name, Deputy Chair, X League", "- Name: commander, Y Brigade" on a
    line of its own (a cast list, a list of speakers or signatories, a caption): a person's name, a bare role of a few
    words (roles.yaml leader_roles, member_roles) and the body it is held in, set off by commas (a colon after the
    name), with nothing else on the line (no verb, no clause): the person holds that role in the body. A dash after
    the name ("Name - spokeswoman, Y Party") is read on the name's line, the parser's sentence may end at it."""
    from kingmaker.nlp.layout import _role

    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person" or m.end + 3 >= len(doc) \
                or _tk[m.end].text not in (",", ":", "-", "\u2013", "\u2014"):
            continue
        sent = doc[m.start].sent if _tk[m.end].text in (",", ":") else _line_span(doc, m.start)
        if any(t.pos_ in ("VERB", "AUX") for t in sent) or any(not (t.is_space or t.is_punct or t.text in BULLETS)
                                                               for t in doc[sent.start:m.start]):
            continue
        j = m.end + 1
        while j < min(m.end + 7, sent.end) and _tk[j].text != "," and ctx.tok2m[j] < 0 \
                and (_tk[j].is_alpha or _tk[j].text == "-"):
            j += 1
        if j == m.end + 1 or j >= sent.end or _tk[j].text != "," or j + 1 >= len(doc) or ctx.tok2m[j + 1] < 0:
            continue
        body = ctx.mentions[ctx.tok2m[j + 1]]
        if body.actor < 0 or ctx.kind(body.actor) not in ("organization", "country") \
                or any(not (t.is_space or t.is_punct) for t in doc[body.end:sent.end]):
            continue
        role = _role(ctx.kb, norm(re.sub(r"\s*-\s*", "-", doc[m.end + 1:j].text)).split())
        if role is not None:
            ctx.add(m.actor, role[0], body.actor, sent, 0.6)


def _line_span(doc, i: int, reach: int = 40):
    """The line holding token ``i`` (up to ``reach`` tokens either side): a dash after a name may end the parser's
    sentence ("- Name - spokeswoman, Y Party" read as two), a list line does not."""
    start = i
    while start > max(0, i - reach) and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        start -= 1
    end = i
    while end < min(len(doc), i + reach) and "\n" not in doc[end].text + doc[end].whitespace_:
        end += 1
    end = end + 1 if end < len(doc) and "\n" not in doc[end].text else end
    return doc[start:end]


def _entry_head(ctx: _Ctx, i: int) -> int | None:
    """The organisation a line holding token ``i`` opens with, as the head of an entry: "- Name: ...",
    "Name (ACRONYM): ..." (a bullet allowed before it); None when the line opens otherwise."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = i
    while k > 0 and "\n" not in _tk[k - 1].text + _tk[k - 1].whitespace_:
        k -= 1
    while k < i and (_tk[k].text in BULLETS or _tk[k].is_space):
        k += 1
    if ctx.tok2m[k] < 0:
        return None
    head = ctx.mentions[ctx.tok2m[k]]
    if head.actor >= 0 and ctx.kind(head.actor) == "country" and head.end < i and ctx.tok2m[head.end] >= 0:
        head = ctx.mentions[ctx.tok2m[head.end]]  # "- Tolvaran | Defence Force (TDF): ...": the state's body, read apart
    e = head.end
    if e + 2 < i and _tk[e].text == "(" and _tk[e + 2].text in (")", "):"):
        e += 2  # "Name (ACRONYM):" (the tokenizer may keep "):" as one token)
        if _tk[e].text == ")":
            e += 1
    if e >= i or _tk[e].text not in (":", "):") or head.actor < 0 or ctx.kind(head.actor) != "organization":
        return None
    return head.actor


def _organisations_by_line(ctx: _Ctx) -> Iterator[tuple[MentionInfo, int, list[str]]]:
    """Each organisation mention of the document with the offset of its line's start and the words before it
    on that line (a bullet, a number: what list rules read)."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    for m in ctx.mentions:
        if m.actor >= 0 and ctx.kind(m.actor) == "organization":
            start = doc[m.start].idx
            line_start = text.rfind("\n", 0, start) + 1
            yield m, line_start, text[line_start:start].split()


def _listed_units(ctx: _Ctx) -> None:
    """An order of battle: units listed one a line, each line opening with a bullet and the unit's name
    ("- 4th Rifle Brigade (Tolvar): 3,000 troops", "- Presidential Guard: 5,000"), under a heading line that
    names one armed force ("2. Ostravian Armed Forces (OAF)"): each unit is part of that force. Lines of text
    between the heading and the list are allowed; another heading, or a heading naming no force, ends it."""
    doc, kb = ctx.doc, ctx.kb
    armed = ("military", "armed_group")
    for m, line_start, lead in _organisations_by_line(ctx):
        if not lead or lead[0] not in BULLETS or len(lead) > 2 or len(lead) == 2 and not re.fullmatch(
                r"\d+(st|nd|rd|th)?", lead[1]):
            continue  # "- Presidential Guard:", "- 7th Rifle Brigade" (the number the name finder may leave out)
        if ctx.subkind(m.actor) not in armed and norm(doc[m.end - 1].text) not in kb.unit_nouns:
            continue
        owner = _heading_org(ctx, line_start)
        if owner is not None and ctx.subkind(owner) in armed and owner != m.actor:
            ctx.add(m.actor, "part_of", owner, doc[m.start:m.end], 0.6)


def _possessed_units(ctx: _Ctx) -> None:
    """"its Tiger Brigade and Falcon Battalion units", "the Front's Eagle, Hawk and Kite brigades": organisations
    listed (commas, "and") between a possessive and a unit noun (roles.yaml unit_nouns, singular or plural) are
    units of the possessor (a person's: led by that person). Read on the tokens, whatever tree the parser made
    of the list."""
    doc = ctx.doc
    for tok in read_tokens(doc):  # (each token's labels read once)
        if tok.pos_ != "NOUN" or norm(tok.lemma_) not in ctx.kb.unit_nouns or ctx.actor(tok) is not None:
            continue
        names: list[int] = []
        j = tok.i - 1
        while j >= 0:
            k = ctx.tok2m[j]
            a = ctx.mentions[k].actor if k >= 0 else -1
            if a >= 0 and ctx.kind(a) == "organization" and (not names or doc[j + 1].lower_ in (",", "and")):
                names.append(a)
                j = ctx.mentions[k].start - 1
            elif names and doc[j].lower_ in (",", "and") and ctx.tok2m[j - 1] >= 0:
                j -= 1
            else:
                break
        listed = len(names) > 1
        if names and doc[j].lower_ in (",", "and"):  # "its Harbour Guard and Stone Wolves units": a name not found
            k = j - 1
            while k >= 0 and j - k <= 6 and (doc[k].text[:1].isupper() or doc[k].lower_ in (",", "and")) \
                    and doc[k].tag_ not in ("PRP$", "POS"):
                k -= 1
            if k >= 0 and doc[k].tag_ in ("PRP$", "POS") and k < j - 1:
                j, listed = k, True
        if not names or j < 0 or not listed and tok.tag_ == "NNS":
            continue  # ("its Tiger Brigade units": one name before a plural is a name the finder cut short)
        poss = doc[j]
        if poss.tag_ == "PRP$":
            owner = ctx.pronoun_actor(poss)
        elif poss.tag_ == "POS" and j > 0:
            owner = ctx.actor(doc[j - 1])
        else:
            continue
        if owner is None or owner in names:
            continue
        for a in names:
            ctx.add(owner, "leader_of" if ctx.kind(owner) == "person" else "part_of_reverse", a, tok.sent, 0.6)


def _definite_owner_units(ctx: _Ctx) -> None:
    """"the army's Falcon Brigade", "the ministry's Coastal Guard": a named organisation owned by a bare definite
    force or ministry noun (relations.yaml word_lists.unit_owner_nouns) is part of the body (or state) that noun
    refers back to (PhraseResolver.definite: the army named before, else the article's state's; not the state when
    the text names an armed force the noun did not find, which it may well be)."""
    doc, owners = ctx.doc, cues().unit_owner_nouns
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or ctx.subkind(m.actor) in ("legislature", "government"):
            continue
        root = doc_span(doc, m.start, m.end).root
        poss = next((c for c in root.children if c.dep_ == "poss" and c.i < m.start), None)
        if poss is None or poss.pos_ != "NOUN" or not poss.is_lower or norm(poss.lemma_) not in owners \
                or ctx.actor(poss) is not None or not any(c.lower_ == "the" for c in poss.children):
            continue
        owner = ctx.definite(poss, m.actor)
        if owner is not None and ctx.kind(owner) == "country" and any(
                x.idx != m.actor and x.mentions and x.kind == "organization" and x.subkind == "military"
                for x in ctx.actors):
            continue  # ("the army's 9th Division" with a named army, "the BNDF", the noun did not find: not the state)
        if owner is not None and owner != m.actor and ctx.kind(owner) in ("organization", "country"):
            ctx.add(m.actor, "part_of", owner, root.sent, 0.6)


def _mutual_group_nouns(ctx: _Ctx) -> None:
    """"the two longtime rivals refuse to talk", "both long-time allies": a plural noun of a mutual tie (word_lists
    rival_group_nouns: opposes, ally_group_nouns: allied_with) counted by a group determiner ("the two", "both";
    plain adjectives before it allowed, a name or a demonym not) stands for the list of exactly that many actors
    named together before (PhraseResolver group lists), and says the tie between each two of them."""
    c = cues()
    for tok in read_tokens(ctx.doc):
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or ctx.actor(tok) is not None:
            continue
        lem = norm(tok.lemma_)
        typ = "opposes" if lem in c.rival_group_nouns else "allied_with" if lem in c.ally_group_nouns else None
        if typ is None or any(x.dep_ in ("amod", "compound") and (not x.is_lower or ctx.actor(x) is not None)
                              for x in tok.children) or any(x.dep_ in ("prep", "relcl", "acl", "appos")
                                                            for x in tok.children):
            continue  # ("the two Kurdish rivals", "the two rivals of X": named anew or narrowed)
        words = [x for x in tok.children if x.i < tok.i]
        num = next((x for x in words if x.dep_ == "nummod"), None)
        if num is None:
            n = 2 if any(x.lower_ == "both" and x.dep_ in ("det", "predet") for x in words) else 0
        else:
            from kingmaker.nlp.facts import UNITS
            dets = [x for x in words if x.dep_ in ("det", "predet")] + [
                x for x in num.children if x.dep_ in ("det", "predet", "advmod", "quantmod")]
            n = UNITS.get(num.lower_) or 0
            if not any(norm(d.text) in c.group_determiners for d in dets):
                n = 0
        if not 2 <= n <= 4:
            continue
        members = None
        ended = _rel_words(ctx, "not_current_titles") | c.past_tie_words
        if tok.dep_ == "appos" and tok.head.i < tok.i and not any(norm(x.text) in ended for x in tok.subtree
                                                                  if x.i < tok.i):
            # "A and B, the two old rivals, ...": the list the plural stands beside, exactly that many names (not
            # "A and B, the two former rivals,")
            named = [ctx.np_actor(x) for x in _list_members(tok.head) if x.i < tok.i and x.pos_ in ("NOUN", "PROPN")]
            if named and None not in named and len(set(named)) == n:
                members = list(dict.fromkeys(named))
        members = members or ctx._group_members(tok, n, frozenset(("country", "organization", "person")))
        if not members:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                ctx.add(a, typ, b, tok.sent, 0.6)


def _possessed_examples(ctx: _Ctx) -> None:
    """"SADC and its member states, in particular A and B", "the Front's allies, notably A": a relational noun
    (of_phrases; "member states") owned by a possessive, then a comma, an including word (including, notably, in
    particular, such as) and names: each name has that tie to the owner. Read on the tokens, however the parser
    hung the examples."""
    doc, rel = ctx.doc, ctx.kb.relations.get("of_phrases") or {}
    for tok in read_tokens(doc):  # (each token's labels read once)
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or ctx.actor(tok) is not None or tok.i + 3 >= len(doc) \
                or doc[tok.i + 1].text != ",":
            continue
        j = tok.i - 1
        while j >= 0 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") and tok.i - j <= 2:
            j -= 1  # "its member states", "its closest allies"
        if j < 0 or doc[j].tag_ not in ("PRP$", "POS"):
            continue
        phrase = " ".join(norm(t.text) for t in doc[j + 1:tok.i + 1])
        typ = _phrase_relation(rel, phrase) or rel.get(tok.lemma_)
        if typ is None:
            continue
        k = tok.i + 2
        if doc[k].lower_ in ("in", "such") and k + 1 < len(doc) and doc[k + 1].lower_ in ("particular", "as"):
            k += 2
        elif doc[k].lower_ in cues().including_words:
            k += 1
        elif k + 2 < len(doc) and (doc[k].lower_ == "among" or doc[k + 1].lower_ == "among" and doc[k].is_alpha) and doc[k + (doc[k].lower_ != "among") + 1].lower_ in ("them", "those"):
            k += 2 + (doc[k].lower_ != "among")  # "its partners, chief among them A and B", "among them A"
        else:
            continue
        names, _ = _name_list(ctx, k, ("organization", "country", "person"))
        if len(names) < 2:
            names = list(dict.fromkeys([*names, *_bracketed_list(ctx, k)]))  # "A (AA) and B": brackets
        owner = ctx.pronoun_actor(doc[j]) if doc[j].tag_ == "PRP$" else ctx.actor(doc[j - 1]) if j > 0 else None
        for a in names:
            if owner is not None and a != owner:
                ctx.add(a, typ, owner, tok.sent, 0.6)


def _heading_line(text: str, line_start: int) -> tuple[int, str]:
    """The nearest heading line above the line starting at character ``line_start`` (short, no closing
    punctuation, no bullet): where it starts and its text; (-1, "") for none."""
    pos = line_start - 1
    while pos > 0:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos].strip()
        pos = prev - 1
        if not line or line[0] in BULLETS or line[-1] in ".?!\"\u201d,;:" or len(line.split()) > 10:
            continue
        return prev, line
    return -1, ""


def _colon_lead_line(text: str, line_start: int) -> tuple[int, str]:
    """The line that opens a bulleted list with a colon ("The Alliance has three members:"): the first line above
    the bullet lines over the line starting at ``line_start``, when it ends in a colon; (-1, "") otherwise."""
    pos = line_start - 1
    while pos > 0:
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos].strip()
        pos = prev - 1
        if not line or line[0] in BULLETS:
            continue
        return (prev, line) if line.endswith(":") and len(line.split()) <= 25 else (-1, "")
    return -1, ""


def _member_list(ctx: _Ctx) -> None:
    """A coalition's member list: lines opening with a bullet and an organisation's name ("- Labour Party (LP) -
    social democratic; leader: X") under a heading of members (relations.yaml member_headings: "Member parties",
    "Current members"; not "Former members": former_words) in an entry on a coalition: the coalition the heading
    names, else the one the document's first line (its title) names. Each listed organisation is a member."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    rel = ctx.kb.relations
    heads = {norm(w) for w in rel.get("member_headings") or ()}
    former = {norm(w) for w in rel.get("not_current_titles") or ()} | {"past", "previous", "expelled"}

    def coalition(a: int) -> bool:
        return _coalition(ctx, a)

    first_end = text.find("\n")
    title = {ctx.mentions[k].actor for k in {ctx.tok2m[i] for i in tokens_within(doc, 0, first_end)} if k >= 0} - {-1}
    title = {a for a in title if coalition(a)}
    for m, line_start, lead in _organisations_by_line(ctx):
        if not lead or lead[0] not in BULLETS or len(lead) > 2 or len(lead) == 2 and lead[1].lower() != "the":
            continue  # ("- Labour Party", "- the Harvest Party")
        at, heading = _heading_line(text, line_start)
        words = {norm(w) for w in heading.split()}
        if not words & heads:  # "The Alliance has three members:" over the bullets: the line that opens the list
            at, heading = _colon_lead_line(text, line_start)
            words = {norm(w.strip(":,.")) for w in heading.split()}
        if not words & heads or words & former:
            continue
        named = {ctx.mentions[k].actor for k in {ctx.tok2m[i] for i in tokens_within(doc, at, at + len(heading))}
                 if k >= 0} - {-1}
        named = {a for a in named if coalition(a)} or title
        if len(named) == 1 and m.actor not in named:
            ctx.add(m.actor, "member_of", next(iter(named)), doc[m.start:m.end], 0.6)


_LIST_OPENERS = {"-": ("-",), "\u2013": ("\u2013",), "\u2014": ("\u2014",), "(": (")",)}


def _set_off_members(ctx: _Ctx) -> None:
    """"The so-called Contact Group - A, B, C and D - proposed ...", "the Contact Group (A, B and C) met": a named
    organisation followed by a list of two or more states or organisations set off by dashes or brackets, and
    nothing else inside them, is made of them: each is a member of it."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.end + 1 >= len(doc) \
                or _tk[m.end].text not in _LIST_OPENERS:
            continue
        closers, k, members, ok = _LIST_OPENERS[_tk[m.end].text], m.end + 1, [], False
        while k < len(doc) and k < m.end + 40:
            t = doc[k]
            if t.text in closers:
                ok = True
                break
            j = ctx.tok2m[k]
            if j >= 0 and ctx.mentions[j].start == k and ctx.mentions[j].actor >= 0:
                members.append(ctx.mentions[j].actor)
                k = ctx.mentions[j].end
                continue
            if t.lower_ not in (",", "and", "the", "&"):
                break
            k += 1
        members = list(dict.fromkeys(members))
        if not ok or len(members) < 2 or m.actor in members \
                or not all(ctx.kind(x) in ("country", "organization") for x in members):
            continue
        for x in members:
            ctx.add(x, "member_of", m.actor, doc[m.start:k + 1], 0.6)


def _heading_org(ctx: _Ctx, line_start: int) -> int | None:
    """The one organisation named by the nearest heading line (short, no closing punctuation, no bullet, naming no
    person) above the line starting at character ``line_start`` ("1. Ostravian Armed Forces (OAF)"); None when
    that heading names none or several."""
    doc, text = ctx.doc, doc_text(ctx.doc)
    pos = line_start - 1
    while pos > 0:  # the lines above, nearest first, up to the first heading
        prev = text.rfind("\n", 0, pos) + 1
        line = text[prev:pos].strip()
        pos = prev - 1
        if not line or line[0] in BULLETS or line[-1] in ".?!\"\u201d,;:" or len(line.split()) > 10:
            continue
        span = doc.char_span(prev, prev + len(text[prev:prev + len(line) + 1].rstrip()), alignment_mode="expand")
        named = {ctx.mentions[k].actor for k in (ctx.tok2m[t.i] for t in span or ()) if k >= 0} - {-1}
        if any(ctx.kind(a) == "person" for a in named):
            continue  # a line of a list of names ("Deputy Chair: X, Member of the Y"), no heading
        named = {a for a in named if ctx.kind(a) == "organization"}
        return next(iter(named)) if len(named) == 1 else None
    return None


def _entry_titled_persons(ctx: _Ctx) -> None:
    """An entry's or a section's sentence that opens with a bare post before a name, no body named ("1. The Blue
    Alliance" over "Nine seats. Co-leaders A and B have ruled out ...", "Chairwoman X resigned", "Leader X says
    ..."): the post is in the one organisation the entry's head names (see ``PhraseResolver.entry_heads``);
    each person of a coordination ("A and B") holds it."""
    heads = ctx.entry_heads()
    if not heads:
        return
    doc, kb = ctx.doc, ctx.kb
    words = kb.role_words | kb._title_set | set(kb.relations.get("deputy_words") or ())
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person":
            continue
        start = doc[m.start].sent.start
        orgs = [a for a in heads.get(start) or () if ctx.kind(a) == "organization"]
        if len(orgs) != 1 or orgs[0] == m.actor:
            continue
        c = m.start  # back over the persons coordinated before it ("A and B"): the title opens the first
        while c - 2 >= start and doc[c - 1].text in (",", "and") and ctx.actor(doc[c - 2]) is not None \
                and ctx.kind(ctx.actor(doc[c - 2])) == "person":
            before = ctx.actor(doc[c - 2])
            c = next(k for k in range(c - 2, start - 1, -1) if k == start or ctx.actor(doc[k - 1]) != before)
        titles = [norm(w) for w in doc[start:c].text.split()]  # ("Co-leaders": one word, its plural a title's)
        titles = [w if w in words else w[:-1] for w in titles]
        own = [norm(t.text) for t in doc[m.start:m.end] if norm(t.text) in words and t.text[:1].isupper()]
        if c == m.start and own and norm(doc[m.start].text) == own[0]:
            titles = own[:1]  # "Chairwoman Lena Sarto": the title inside the name's mention
        if not titles or len(titles) > 3 or any(w not in words for w in titles):
            continue
        typ = _title_relation(kb, titles)
        if typ in ("leader_of", "member_of"):
            ctx.add(m.actor, typ, orgs[0], doc[start].sent, 0.6)


def _section_officers(ctx: _Ctx) -> None:
    """A fact sheet's posts under a heading naming a body: "1. Ostravian Armed Forces (OAF)" over
    "Commander-in-chief: President X. Chief of the General Staff: General Y." A post label (title words, "of",
    "the", "in") opening a line or a sentence, then a colon and the name (titles allowed): the post is in the
    body the heading names."""
    doc, kb = ctx.doc, ctx.kb
    text = doc_text(doc)
    words = kb.role_words | kb._title_set | set(kb.relations.get("deputy_words") or ()) | cues().title_modifiers
    glue = {"of", "the", "in", "-"}
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person":
            continue
        c = m.start - 1
        while c > 0 and m.start - c <= 4 and doc[c].text != ":" and doc[c].text[:1].isupper() \
                and norm(doc[c].text) in words:
            c -= 1  # "Commander-in-chief: President X": the titles before the name
        if c < 1 or doc[c].text != ":":
            continue
        j = c - 1
        while j >= 0 and c - j <= 8 and "\n" not in doc[j].text + doc[j].whitespace_ and doc[j].text != "." \
                and (norm(doc[j].text) in words or doc[j].lower_ in glue):
            j -= 1
        if j >= 0 and "\n" not in doc[j].text + doc[j].whitespace_ and doc[j].text != "." or j + 1 >= c:
            continue  # the label does not open a line or a sentence, or has a word that is no title
        label = [t.text for t in doc[j + 1:c]]
        if not label[0][:1].isupper():
            continue
        head = label[:label.index("of")] if "of" in label else label  # "Chief of the General Staff": chief
        typ = _title_relation(kb, [w for w in head if w.lower() not in glue])
        owner = _heading_org(ctx, text.rfind("\n", 0, doc[j + 1].idx) + 1)
        if typ in ("leader_of", "member_of") and owner is not None and owner != m.actor:
            ctx.add(m.actor, typ, owner, doc[m.start:m.end], 0.6)


def _speaker_posts(ctx: _Ctx) -> None:
    """A transcript's speaker label with the speaker's post ("Orrin Hask, Chief Executive Officer: Thank you ..."),
    in a document whose first line names one company (its name ending in a legal form, roles.yaml
    company_suffixes: "Quenmore Mining plc -- Results Call"): the post is in that company (the tie the title gives:
    ``_title_relation``; "President and Chief Operating Officer": the leading one of its posts)."""
    from kingmaker.nlp.actors import _speaker_label  # the one reader of a speaker's label (lazy: no import cycle)

    doc, kb = ctx.doc, ctx.kb
    text = doc_text(doc)
    first = text.find("\n")
    if first < 0:
        return
    companies = {m.actor for m in ctx.mentions if m.actor >= 0 and doc[m.start].idx < first
                 and ctx.kind(m.actor) == "organization" and _legal_form_name(kb, ctx.actors[m.actor].name)}
    if len(companies) != 1:
        return
    company = companies.pop()
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person" or m.end + 2 >= len(doc) or doc[m.end].text != ",":
            continue
        at = doc[m.start].idx
        if at > 0 and text[at - 1] != "\n" or not _speaker_label(doc, m.start, m.end):
            continue  # a label opens its line, its post's words only before the colon (not "Name, Director at Y:")
        colon = next((t.i for t in doc[m.end + 1:min(len(doc), m.end + 9)] if t.text == ":"), None)
        if colon is None:
            continue
        if any(norm(t.text) in _rel_words(ctx, "not_current_titles") for t in doc[m.end + 1:colon]):
            continue  # "Name, Former Chief Executive Officer:": a post no longer held
        posts = " ".join(t.text for t in doc[m.end + 1:colon]).split(" and ")
        ties = {_title_relation(kb, p.split()) for p in posts if p.strip()}
        typ = "leader_of" if "leader_of" in ties else "member_of" if "member_of" in ties else None
        if typ is not None and m.actor != company:
            ctx.add(m.actor, typ, company, doc[m.start:m.end], 0.6)


def _legal_form_name(kb, name: str) -> bool:
    """A company's name by its legal form at its end (roles.yaml company_suffixes: "Quenmore Mining plc")."""
    words = name.split()
    return bool(words) and norm(words[-1]) in kb.company_suffixes


# the kinds of body "the X of PERSON" names as that person's own: a party, movement, coalition or armed band
_LED_NAMED_SUBKINDS = ("party", "movement", "coalition", "armed_group", None)


def _party_of_person(ctx: _Ctx) -> None:
    """"the Crimson Party (CP) of Prime Minister X", "the PLC [Labour Party], of President X": a party
    or movement named with "of" and a person (titles between allowed) is that person's: X leads it."""
    doc, kb = ctx.doc, ctx.kb
    title_words = kb.title_words | kb.role_words | set(ctx.kb.relations.get("not_current_titles") or ()) \
        | {"outgoing", "incumbent", "interim", "acting"}
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or ctx.subkind(m.actor) not in _LED_NAMED_SUBKINDS \
                and norm(doc[m.end - 1].text) not in kb.unit_nouns:
            continue
        j = m.end
        inner = [t.text for t in doc_span(doc, m.start, m.end)]
        if inner.count("(") > inner.count(")") or inner.count("[") > inner.count("]"):
            # a mention ending inside its own bracket ("X (Y Z, ACR) of ..."): go to the bracket's close
            j = next((k + 1 for k in range(m.end, min(len(doc), m.end + 12)) if doc[k].text in (")", "]")), j)
        while j < len(doc) and doc[j].text in ("(", "["):  # the acronym or translation after the name
            close = next((k for k in range(j + 1, min(len(doc), j + 12)) if doc[k].text in (")", "]")), None)
            if close is None:
                break
            j = close + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
            if j + 2 < len(doc) and doc[j].lower_ == "the" and ctx.tok2m[j + 1] < 0 \
                    and kb.org_nouns.get(norm(doc[j + 1].text)) in _LED_NAMED_SUBKINDS:
                j += 2  # "X, the party of President Y", "X, the gang of Y"
        if j >= len(doc) or doc[j].lower_ != "of":
            continue
        k = j + 1
        while k < len(doc) and ctx.tok2m[k] < 0 and (norm(doc[k].text) in title_words or doc[k].lower_ == "the"):
            k += 1
        if k >= len(doc) or ctx.tok2m[k] < 0 or ctx.mentions[ctx.tok2m[k]].start != k:
            continue
        if j == m.end and norm(doc[m.end - 1].text) in kb.unit_nouns:
            # "the Northern Division of the X Army": the unit is part of the body it is named after
            parent = ctx.actor(doc[k]) if k < len(doc) and ctx.tok2m[k] >= 0 else None
            e = ctx.mentions[ctx.tok2m[k]].end
            if parent is not None and ctx.kind(parent) != "organization" and e + 1 < len(doc) \
                    and doc[e].text in ("'s", "\u2019s") and ctx.tok2m[e + 1] >= 0:
                parent = ctx.actor(doc[e + 1])  # "the Y Force of Ostravia's Z Corps": the state's body
            if parent is not None and parent != m.actor and ctx.kind(parent) == "organization":
                ctx.add(m.actor, "part_of", parent, doc[m.start].sent, 0.7)
            continue
        person = ctx.actor(doc[k])
        if person is not None and ctx.kind(person) == "person" \
                and not any(norm(t.text) in cues().title_modifiers and norm(t.text) in ("deputy", "vice")
                            for t in doc[j + 1:k]):
            ctx.add(person, "leader_of", m.actor, doc[m.start].sent, 0.6)


def _hyphen_appointer(ctx: _Ctx, tok: Token | None) -> int | None | bool:
    """"the Front-appointed prime minister", "a Council-installed governor": a title whose post a body named before a
    hyphen gave (a participle of relations.yaml appointing_verbs): that body's actor (None when the name is no
    actor); False for any other word."""
    if tok is None or tok.tag_ != "VBN" or norm(tok.lemma_) not in cues().appointing_verbs \
            or tok.i < 2 or tok.doc[tok.i - 1].text != "-" or tok.doc[tok.i - 1].whitespace_:
        return False
    name = tok.doc[tok.i - 2]
    if not name.text[:1].isupper() or name.whitespace_:
        return False
    return ctx.actor(name)


def _former_before(ctx: _Ctx, i: int) -> bool:
    """Whether the word before token ``i`` (a hyphen between allowed: "ex-Front") is one of relations.yaml
    not_current_titles ("Former Front commander X")."""
    doc = ctx.doc
    j = i - 2 if i >= 2 and doc[i - 1].text == "-" else i - 1
    return j >= 0 and norm(doc[j].text) in _rel_words(ctx, "not_current_titles")


def _bare_state_title(ctx: _Ctx, roles: list[str], before: Token | None) -> str | None:
    """"Prime Minister", "President", "Interior Minister" before a name, no state named: the tie it implies."""
    rel = ctx.kb.relations
    words = [norm(w) for w in roles]
    if set(words) & set(rel.get("not_current_titles") or ()):
        return None  # "Former President X" (the word may be read as part of the title)
    local = set(rel.get("local_title_words") or ())
    if set(words) & local or before is not None and norm(before.text) in local:
        return None  # "Regional Prime Minister X": a region's post, not the state's
    if before is not None and before.ent_type_ in ("DATE", "TIME"):
        before = None  # "On Saturday President X", "In March Prime Minister X": a time, not the title's owner
    if _hyphen_appointer(ctx, before) is not False:
        return None  # "the Front-appointed Prime Minister X": the post the Front gave, not the story's state's
    if before is not None and (norm(before.text) in (rel.get("not_current_titles") or ()) or before.pos_ == "PROPN"
                               or before.text[:1].isupper() and before.i > before.sent.start):
        return None  # "former President X"; "Party Leader X" where a name or organisation precedes the title
    home = ctx.title_home() if before is not None and before.ent_type_ == "NORP" else None
    if before is not None and before.ent_type_ == "NORP" and (home is None or not any(
            _same_stem(norm(before.text), w) for w in norm(ctx.actors[home].name).split())):
        return None  # "Philippine President X" opening a sentence: another nation's post, not the story's state's
        # ("Kurdish Prime Minister X" in a story about Kurdistan is its own)
    titles = rel.get("implied_state_titles") or {}
    for n in range(len(words), 0, -1):
        typ = titles.get(" ".join(words[-n:]))
        if typ is not None:
            return _deputy_post(rel, words[:-n], typ)
    rank_words = set(ctx.kb.title_words) - set(ctx.kb.role_words)  # "Ayatollah", "Dr": a title that is no role
    while len(words) > 1 and words[-1] in rank_words and words[-1] not in titles:
        words = words[:-1]  # "Supreme Leader Ayatollah X": the post before the honorific
        typ = next((titles[" ".join(words[-n:])] for n in range(len(words), 0, -1)
                    if " ".join(words[-n:]) in titles), None)
        if typ is not None:
            return _deputy_post(rel, words[:-n], typ)
    return None


def _deputy_post(rel: dict, before: list[str], typ: str) -> str:
    """A leader's title (relations.yaml implied_state_titles) after a word of deputy_words is a deputy's post, a
    member's: "Deputy President X", "the vice premier, X", "Deputy Emir X" (its own key first where it has one)."""
    return "member_of" if typ == "leader_of" and set(before) & set(rel.get("deputy_words") or ()) else typ


def _of_state_after(ctx: _Ctx, m) -> int | None:
    """"President X of Ruritania": the state named after the name, if any."""
    doc = ctx.doc
    j = m.end
    if j + 1 < len(doc) and doc[j].lower_ == "of":
        a = ctx.actor(doc[j + 1]) if ctx.tok2m[j + 1] >= 0 else (ctx.actor(doc[j + 2]) if j + 2 < len(doc) else None)
        return a if a is not None and ctx.kind(a) == "country" else None
    return None


def _of_name_after(ctx: _Ctx, m) -> bool:
    """"Prime Minister X of the Coral Isles Federation", "President X of Kessaland": the title is held in a polity
    named after the name (one the text may not know as a state), not in the article's state; an organisation so
    named is the holder's party ("Prime Minister X of the Reform League") and leaves the title the state's."""
    doc = ctx.doc
    j = m.end
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return False
    nxt = doc[j + 2] if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else doc[j + 1]
    if not (nxt.text[:1].isupper() and nxt.is_alpha):
        return False
    if ctx.tok2m[nxt.i] < 0:
        return True
    named = ctx.mentions[ctx.tok2m[nxt.i]]
    return named.kind != "organization" or norm(doc[named.end - 1].text) in cues().polity_nouns


def _unnamed_office(ctx: _Ctx, noun: Token) -> int | None | bool:
    """An office noun no name owns ("the energy ministry", "a 19-member cabinet", "the new government"): True;
    one a state owns by a possessive ("Ostravia's transport ministry"): that state; else False (a named body, a
    party's or a region's: "the Front-run ministry", "the regional government", "the former cabinet")."""
    owner: int | bool = True
    for c in noun.children:
        if c.dep_ == "poss":
            a = ctx.actor(c)
            if a is None or ctx.kind(a) != "country":
                return False
            owner = a
        elif c.dep_ in ("amod", "compound", "nmod") and any(
                ctx.actor(x) is not None or x.is_alpha and not x.is_lower or norm(x.text) in cues().not_current_words
                or norm(x.text) in (ctx.kb.relations.get("local_title_words") or ()) for x in c.subtree):
            return False  # "the Front-run ministry", "the Regional Health Ministry", "the former cabinet"
        elif c.dep_ not in ("det", "amod", "compound", "nmod", "nummod", "punct", "acl", "relcl", "prep",
                             "advmod", "appos"):
            return False
    return False if ctx.actor(noun) is not None else owner


def _office_holder(ctx: _Ctx, tok: Token | None) -> int | None:
    """The person an office goes to (``tok`` the noun or name after "to" / "by"; "by the lawyer X": X)."""
    a = ctx.np_actor(tok) if tok is not None else None
    if a is None and tok is not None and tok.pos_ == "NOUN":
        a = next((ctx.actor(c) for c in tok.children if c.dep_ == "appos" and ctx.actor(c) is not None), None)
    return a if a is not None and ctx.kind(a) == "person" else None


def _field_given(ctx: _Ctx, subj: Token, implied: list) -> None:
    """A portfolio named by its bare field (relations.yaml portfolio_fields) as what a giving verb hands to a
    person: "labour went to X", "foreign affairs, which went to X", "defence was given to Y": X is a member of the
    article's state, as for "the labour ministry went to X" (``_portfolio``). The field is lower case (a
    capitalised one opening the sentence only: "Labour went to the polls" names no holder, and "to" must reach a
    person), no name or possessive owns it, and the giving is neither unreal nor denied."""
    verb = subj.head
    noun = verb.head if subj.lower_ in ("which", "that") and verb.dep_ == "relcl" else subj
    if noun is subj and subj.pos_ == "PRON" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if not noun.is_lower and not (noun.is_sent_start and noun.text[1:].islower()) or ctx.actor(noun) is not None:
        return
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    field = norm(" ".join([*(c.lower_ for c in mods), noun.lower_]))
    if field not in cues().portfolio_fields and norm(noun.lower_) not in cues().portfolio_fields:
        return
    if any(c.dep_ == "poss" for c in noun.children) or any(not c.is_lower for c in mods):
        return
    if subj.dep_ == "nsubj" and (verb.tag_ == "VBN" or any(c.dep_ in ("dobj", "dative") for c in verb.children)):
        return  # "defence gave $5m to X": the giver
    to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    holder = _office_holder(ctx, next((c for c in to.children if c.dep_ == "pobj"), None)) if to is not None else None
    if holder is None or _unreal(verb) or _denied(verb):
        return
    implied.append((holder, "member_of", noun.sent))


def _portfolio(ctx: _Ctx, noun: Token, implied: list) -> None:
    """A state's office given to a person, no state named (the article's, as for "Minister X"):
    - a ministry or portfolio: "the interior ministry went to X", "the energy portfolio was given to X",
      "X takes the transport ministry", "the energy ministry, run by X since May": X a member of the state;
    - a government or cabinet: "a 19-member cabinet led by X", "X heads the new government": X leads it.
    Not "X took the ministry to court", a named or a party's ministry, nor one the text says is not so."""
    lemma = norm(noun.lemma_)
    ruling = lemma in cues().ruling_nouns
    typ = "leader_of" if ruling else "member_of"
    owner = _unnamed_office(ctx, noun)
    if owner is False:
        return
    holder = None
    verb = noun.head
    if noun.dep_ == "acl" or verb is noun:
        return
    if noun.dep_ == "nsubjpass" and norm(verb.lemma_) in (cues().portfolio_holding_verbs if not ruling
                                                          else cues().ruling_office_verbs):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)  # "the ministry is now held by X"
        holder = _office_holder(ctx, next((c for c in agent.children if c.dep_ == "pobj"), None)) \
            if agent is not None else None
    elif not ruling and noun.dep_ == "nsubj" and norm(verb.lemma_) in cues().portfolio_giving_verbs \
            and verb.tag_ != "VBN" and not any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            or noun.dep_ == "nsubjpass" and norm(verb.lemma_) in cues().portfolio_giving_verbs:
        # "the interior ministry went to X", "the energy portfolio was given to X" (not "the ministry gave $5m to
        # X": the ministry as the giver)
        to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        holder = _office_holder(ctx, next((c for c in to.children if c.dep_ == "pobj"), None)) if to is not None \
            else None
    elif noun.dep_ == "dobj" and norm(verb.lemma_) in (cues().portfolio_holding_verbs if not ruling
                                                      else cues().ruling_office_verbs) \
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        holder = _office_holder(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None))  # "X takes the ..."
    else:
        part = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if part is None and noun.dep_ == "dobj":
            # "was handed the trade ministry, now held by X": the participle the parser hangs on the verb, right
            # after the office and its comma
            part = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and noun.i + 1 < len(noun.doc)
                         and noun.doc[noun.i + 1].text == "," and noun.i + 1 < c.i <= noun.i + 3), None)
        if part is not None and norm(part.lemma_) in (cues().portfolio_holding_verbs if not ruling
                                                      else cues().ruling_office_verbs):
            agent = next((c for c in part.children if c.dep_ == "agent"), None)  # "the ministry, now held by X"
            holder = _office_holder(ctx, next((c for c in agent.children if c.dep_ == "pobj"), None)) \
                if agent is not None else None
        elif part is not None and not ruling and norm(part.lemma_) in cues().portfolio_giving_verbs:
            to = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "to"), None)  # "..., given to X"
            holder = _office_holder(ctx, next((c for c in to.children if c.dep_ == "pobj"), None)) \
                if to is not None else None
        verb = part if part is not None else verb
    if holder is None or _unreal(verb) or _denied(verb):
        return
    if owner is True:
        implied.append((holder, typ, noun.sent))
    else:
        ctx.add(holder, typ, owner, noun.sent, 0.65)
