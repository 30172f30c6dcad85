"""What more than one family of tie rules uses: the cue lists (``cues``), the tie record (``RelationHit``),
clause tests (denied, unreal, told as past), owners, bodies and states of noun phrases, and the rules that give
ties of both families (posts and stances) from one wording.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kingmaker.errors import KnowledgeError
from kingmaker.knowledge import DATA, knowledge, norm
from kingmaker.knowledge.lexicons import clears_with_lexicons
from kingmaker.nlp import (BULLETS, doc_span, quoted, read_tokens, singular, span_text, token_children, token_deps,
                           token_lowers)
from kingmaker.nlp import hyphen_first_part, in_any, span_tokens

if TYPE_CHECKING:
    from kingmaker.nlp.actors import MentionInfo
    from kingmaker.nlp.relations.resolver import _Ctx

ACTOR_KINDS = {"person", "organization", "country"}
_PERSON, _BODY = frozenset({"person"}), frozenset({"organization", "country"})
PRONOUN_KINDS = {"he": _PERSON, "she": _PERSON, "his": _PERSON, "her": _PERSON, "him": _PERSON,
                 "it": _BODY, "its": _BODY, "they": _BODY, "their": _BODY, "them": _BODY}
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "will", "should", "'d", "’d", "'ll", "’ll", "wo"})
CONDITIONAL = HYPOTHETICAL - {"will", "'ll", "’ll", "wo"}  # "will back" is a commitment; "would back" is not
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
    nationals_unit_words: frozenset[str]
    unit_filling_verbs: frozenset[str]
    state_company_nouns: frozenset[str]
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
    origin_only_roles: frozenset[str]
    candidate_nouns: frozenset[str]
    forming_verbs: frozenset[str]
    ruling_nouns: frozenset[str]
    state_ministry_nouns: frozenset[str]
    outward_ministry_words: frozenset[str]
    unheld_government_words: frozenset[str]
    ruling_other_senses: frozenset[str]
    ruling_act_nouns: frozenset[str]
    local_head_titles: frozenset[str]
    chief_office_nouns: frozenset[str]
    chief_vote_nouns: frozenset[str]
    chief_vote_adjectives: frozenset[str]
    chief_vote_verbs: frozenset[str]
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
    reliance_share_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    aspiration_verbs: frozenset[str]
    proposal_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    hosted_force_nouns: frozenset[str]
    mediator_nouns: frozenset[str]
    command_verbs: frozenset[str]
    journey_verbs: frozenset[str]
    visit_meeting_verbs: frozenset[str]
    visit_capital_nouns: frozenset[str]
    visit_later_words: frozenset[str]
    visit_talk_words: frozenset[str]
    counterpart_nouns: frozenset[str]
    visitor_verbs: frozenset[str]
    visit_nouns: frozenset[str]
    guest_host_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    hearsay_nouns: frozenset[str]
    neighbour_words: frozenset[str]
    language_use_nouns: frozenset[str]
    meddling_words: frozenset[str]
    state_affairs_nouns: frozenset[str]
    diplomatic_mission_nouns: frozenset[str]
    single_body_subkinds: frozenset[str]
    seat_companion_verbs: frozenset[str]
    coalition_seat_verbs: frozenset[str]
    attack_verbs: frozenset[str]
    armed_attack_verbs: frozenset[str]
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
    former_title_words: frozenset[str]
    opposition_entry_verbs: frozenset[str]
    opposition_leading_verbs: frozenset[str]
    opposition_person_nouns: frozenset[str]
    partnership_route_preps: frozenset[str]
    headed_coalition_nouns: frozenset[str]
    coalition_heading_verbs: frozenset[str]
    coalition_head_nouns: frozenset[str]
    power_winning_verbs: frozenset[str]
    power_winning_objects: frozenset[str]
    power_winning_definite_objects: frozenset[str]
    self_naming_verbs: frozenset[str]
    insurgent_words: frozenset[str]
    every_ruler_words: frozenset[str]
    ruling_party_words: frozenset[str]
    governing_verbs: frozenset[str]
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
    hostility_setting_prepositions: frozenset[str]
    against_prefixes: frozenset[str]
    stance_prefixes: frozenset[str]
    stance_suffixes: frozenset[str]
    camp_member_nouns: frozenset[str]
    state_owned_words: frozenset[str]
    office_nouns: frozenset[str]
    office_verbs: frozenset[str]
    handing_verbs: frozenset[str]
    announcing_verbs: frozenset[str]
    birth_nouns: frozenset[str]
    delegation_nouns: frozenset[str]
    mission_nouns: frozenset[str]
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
    partitive_words: frozenset[str]
    collective_nouns: frozenset[str]
    personal_body_nouns: frozenset[str]
    condition_marks: frozenset[str]
    personal_tie_verbs: frozenset[str]
    voice_openers: frozenset[str]
    byline_openers: frozenset[str]
    answer_labels: frozenset[str]
    interview_words: frozenset[str]
    speaker_letter_nouns: frozenset[str]
    question_labels: frozenset[str]
    authorship_phrases: frozenset[str]
    authorship_openers: frozenset[str]
    issued_documents: frozenset[str]
    issuer_phrases: frozenset[str]
    issuer_fields: frozenset[str]
    header_place_fields: frozenset[str]
    letter_fields: frozenset[str]
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
    smear_tie_nouns: frozenset[str]
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


def _positions(words: list[str]) -> dict[str, tuple[int, ...]]:
    """Each word's token positions, in order. (Kept as tuples: a tuple of numbers is dropped from the cycle
    collector's watch, where a list per distinct word is walked by each of its full passes while the Doc lives.)"""
    out: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        found = out.get(word)  # (no empty list made per token)
        if found is None:
            out[word] = [i]
        else:
            found.append(i)
    return {word: tuple(found) for word, found in out.items()}


def _lower_positions(doc: Doc) -> dict[str, tuple[int, ...]]:
    """Each lower-case word's token positions, in order (built once per Doc: an earlier use of a word is found
    without a walk over the text before it)."""
    return _positions(token_lowers(doc)[0])


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


def _role_relation(kb, role: str) -> str | None:
    r = norm(role)
    if r in kb.leader_roles:
        return "leader_of"
    if r in kb.member_roles:
        return "member_of"
    return None


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
    second = _second_of(tok) if is_role(tok) else []
    for c in preps + second:
        if (c.dep_ == "prep" or c in second) and c.lower_ in ("of", "from", "for", "in", "at", "within", "inside"):
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out.extend(x for x in p.conjuncts)
    return out


def _second_of(tok: Token) -> list[Token]:
    """"the leader of the A Front and of the wider B alliance": a second "of" after "and" that the parser hung on the
    word the role is said of (or conjoined to the first "of"): the role's too."""
    doc, out = tok.doc, []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out += [x for x in c.conjuncts if x.dep_ in ("conj", "prep") and x.lower_ == "of" and x.i > c.i]
    nxt = tok.right_edge.i + 1
    if tok.dep_ == "appos" and nxt + 1 < len(doc) and doc[nxt].lower_ == "and" and doc[nxt + 1].lower_ == "of" \
            and doc[nxt + 1].dep_ == "prep" and doc[nxt + 1].head == tok.head \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        out.append(doc[nxt + 1])
    return out


def _first_actor(first, *fallbacks):
    """The first actor found: ``first``, else each fallback's (a function called only when every one before found
    none). An actor is an index, and the text's first actor is 0: "a or b" would pass over it ("the Front, which
    receives funding from X" lost X, the text's first person, and read a stand-in instead)."""
    if first is not None:
        return first
    for fallback in fallbacks:
        found = fallback()
        if found is not None:
            return found
    return None


def _conjunct_root(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("B" of "the support of A and B" is A): the one whose head is the
    preposition or verb the whole list hangs on."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


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


def _station_hosts(ctx: _Ctx, tok: Token, depth: int = 0) -> list[int]:
    """The states a place phrase on ``tok`` names: "in Ostria", "to Ostria", "inside Ostria", "at its base in Ostria"
    (a place phrase of a place phrase's noun), "personnel stationed in Ostria" (a participle on the men)."""
    found: list[int] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "to", "inside", "at"):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                a = ctx.np_actor(p)
                if a is not None and not isinstance(a, _Group) and ctx.kind(a) == "country" \
                        and ctx.actor(p) == a:
                    found.append(a)
                elif depth < 2:
                    found += _station_hosts(ctx, p, depth + 1)
        elif c.dep_ == "acl" and c.tag_ == "VBN" and depth < 2 and norm(c.lemma_) in _rel_words(ctx, "stationing_verbs"):
            found += _station_hosts(ctx, c, depth + 1)
    return found


def _in_joint_mission(ctx: _Ctx, toks: list[Token]) -> bool:
    """"troops in Ostria with the League's mission", "soldiers under the Union's flag", "as part of the Union force":
    men serving in a body of many states (an organisation named after "with", "under" or "as part of") are that
    body's, no tie of their state's to the host."""
    for c in (c for t in toks for c in t.subtree):  # (the phrase may hang on the host: "in Ostria with the ...")
        if c.dep_ != "prep" or c.lower_ not in ("with", "under", "as"):
            continue
        for p in (p for p in c.children if p.dep_ == "pobj"):
            if c.lower_ == "as" and p.lower_ == "part":
                p = next((x for pr in p.children if pr.dep_ == "prep" and pr.lower_ == "of"
                          for x in pr.children if x.dep_ == "pobj"), p)
            for a in (ctx.np_actor(p), *(ctx.np_actor(x) for x in p.children if x.dep_ == "poss")):
                if a is not None and not isinstance(a, _Group) and ctx.kind(a) == "organization":
                    return True
    return False


def _foreign_forces_stationed(ctx: _Ctx) -> None:
    """"Velnia keeps 4,000 troops in Ostria", "Velnia, which has 900 soldiers at its base in Ostria, ...", "Velnia has
    deployed 1,800 personnel to Ostria", "600 Velnian troops are stationed in Ostria": a state's men or base
    (relations.yaml state_personnel_nouns, personnel_group_nouns, stationed_force_nouns) kept, based or deployed
    (stationing_verbs) in another state say the first state backs the host. Not a negated, hypothetical or wished
    clause, nor one kept "until" a date or "once", nor a sentence telling an occupation, an invasion, a breach or a
    withdrawal (stationing_hostile_words), nor a host the state is said to oppose."""
    verbs = _rel_words(ctx, "stationing_verbs")
    men_nouns = _rel_words(ctx, "state_personnel_nouns") | _rel_words(ctx, "personnel_group_nouns") \
        | _rel_words(ctx, "stationed_force_nouns")
    hostile = _rel_words(ctx, "stationing_hostile_words")
    for v in read_tokens(ctx.doc):
        if v.pos_ not in ("VERB", "AUX") or norm(v.lemma_) not in verbs:
            continue
        if _unreal(v) or _denied(v) or _conditional(v) or v.dep_ == "xcomp" or v.dep_ == "amod" \
                or any(c.dep_ == "prep" and c.lower_ == "until" or c.dep_ == "advmod" and norm(c.text) in _rel_words(
                    ctx, "former_copula_adverbs") for c in v.children):
            continue  # ("wants to station troops", "kept troops there until 2019", "once had a base in Ostria")
        if any(norm(t.text) in hostile or norm(t.lemma_) in hostile for t in span_tokens(v.sent)):
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        objs = [o for o in v.children if o.dep_ == "dobj"]
        owners: list[int] = []
        men: list[Token] = []
        if subj is not None and objs and v.dep_ != "acl":  # "Velnia keeps troops in Ostria"
            owner = _subject_actor(ctx, v, subj)
            men = [m for o in objs for m in (o, *o.conjuncts) if norm(m.text) in men_nouns]
            if owner is not None and not isinstance(owner, _Group) and ctx.kind(owner) == "country" and men:
                owners = [owner]
        elif subj is not None and norm(subj.text) in men_nouns and v.dep_ != "acl":  # "Velnian troops are stationed in"
            men = [subj]
            owners = _personnel_owners(ctx, subj)
        elif v.dep_ == "relcl" and objs == [] and norm(v.head.text) in men_nouns and subj is not None:
            men = [v.head]  # ("the troops it keeps in Ostria": the object is the clause's antecedent)
            owner = ctx.pronoun_actor(subj) if subj.pos_ == "PRON" else ctx.np_actor(subj)
            owners = [owner] if owner is not None and not isinstance(owner, _Group) \
                and ctx.kind(owner) == "country" else []
        if not owners or _in_joint_mission(ctx, [c for c in v.children if c.dep_ not in ("nsubj", "nsubjpass")]):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for m in men for c in m.children):
            continue  # ("Velnia has no forces in Ostria", "denies it keeps any troops there")
        beside = [a for c in v.subtree if c.dep_ == "prep" and c.lower_ in _rel_words(ctx, "beside_prepositions")
                  for p in c.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)
                  for a in [ctx.np_actor(q)] if a is not None and not isinstance(a, _Group)]
        if beside:  # "Velnia keeps 1,000 troops in Ostria alongside the Y Front": the men back the force they serve
            for y in (y for y in beside if ctx.kind(y) == "organization" and not _state_side(ctx, y)):
                for x in owners:  # beside, not the host (a state's army beside: _foreign_personnel_beside)
                    if not any(h.type == "part_of" and {h.source, h.target} == {x, y} for h in ctx.hits):
                        ctx.add(x, "backs", y, v.sent, 0.6)
            continue
        hosts = _station_hosts(ctx, v) + [h for m in men for h in _station_hosts(ctx, m)]
        for y in dict.fromkeys(hosts):
            for x in owners:
                if x == y or ctx.kind(x) != "country" or any(
                        h.type in ("part_of", "opposes") and {h.source, h.target} == {x, y} for h in ctx.hits):
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
    told_at: dict[int, int] = {}  # where a party is first called the opposition
    won_at: dict[int, int] = {}  # the last token at which a party is said to win power, however it is named
    entered: set[int] = set()  # parties said to go into opposition (word_lists.opposition_entry_verbs)
    for m in ctx.mentions:
        if m.actor >= 0 and _wins_power(doc_span(doc, m.start, m.end).root):
            won_at[m.actor] = m.start  # "X went into opposition in 2016 ... X won the snap election of 2022"
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "organization" or m.actor in parties and m.actor not in told:
            continue
        root = doc_span(doc, m.start, m.end).root
        before = _tk[m.start - 1] if m.start > 0 else None
        if before is not None and m.start > 1 and norm(before.text) in ctx.kb.org_nouns \
                and norm(_tk[m.start - 2].text) in words:
            before = _tk[m.start - 2]  # "the opposition alliance X", "the opposition party X": the kind between
        named = before is not None and norm(before.text) in words and root.dep_ != "compound" \
            and not _owned_outside(root, m.start, m.end) and not any(c.dep_ == "poss" for c in before.children) \
            and not (before.i > 0 and _possessive_mark(_tk[before.i - 1]))  # (not "Venezuela's opposition X")
        state = ctx.actor(_tk[before.i - 1]) if named and before.i > 0 else None
        if state is not None and ctx.kind(state) == "country":
            own_state[m.actor] = state  # "the Tesmaran opposition party X": the opposition of the state named
        described = any(c.dep_ == "appos" and _opposition_noun(c, words) for c in root.children) \
            or _dashed_opposition(doc, m.end, words)  # "X, the main opposition party,"; "X - the main opposition -";
        # "the main opposition party, X,"; "X is / became the main (armed) opposition"
        subject = root
        while subject.dep_ == "conj" and subject.head.i < subject.i:
            subject = subject.head  # "A, led by Y, and B constitute the opposition": B shares A's verb
        if subject.dep_ == "appos" and subject.head.pos_ == "NOUN" and subject.head.dep_ == "nsubj" \
                and subject.head.i < subject.i and ctx.actor(subject.head) is None:
            subject = subject.head  # "The second force, the X Union, leads the opposition": the name set off after
            # the common noun that is the verb's subject shares its verb
        if subject.dep_ == "pobj" and _including(subject.head) and _opposition_noun(subject.head.head, words):
            described = True  # "the opposition, including A and B,", "opposition parties such as A": each example
        said = root.dep_ == "appos" and _opposition_noun(root.head, words) \
            or subject.dep_ == "nsubj" and any(_opposition_status(v, words) for v in _shared_verbs(subject.head)) \
            or _opposition_subject_attr(root, words) or _opposition_aside(root, words)
        if subject.dep_ == "nsubj" and any(norm(v.lemma_) in cues().opposition_entry_verbs and _in_opposition(v, words)
                                           for v in _shared_verbs(subject.head)):
            entered.add(m.actor)  # "X went into opposition": out of power now, its leader a former ruler
        if (named or described or said) and (_wins_power(subject) or won_at.get(m.actor, -1) > m.start):
            winners.add(m.actor)  # "the opposition X won the largest share of seats": in power now, not opposing it;
            # ("X went into opposition in 2016 ... In 2022 X won the election": in power since)
        if (named or described or said) and m.actor not in parties:
            parties.append(m.actor)
            told.add(m.actor)
            told_at[m.actor] = m.start
        if named or described:
            told.discard(m.actor)
    for entity in _opposition_profiles(ctx, words):
        if entity not in parties:  # "Name: X" over "Type: Opposition coalition": described so
            parties.append(entity)
    parties = [p for p in parties if p not in winners]
    if not parties:
        return
    home = ctx.home_state()
    ruled = home is None and _ruling_party(ctx, parties) is None  # (the state found by its ruler: his party only)
    if ruled:
        home = _one_ruled_state(ctx)
    if home is None:
        _ruling_opponents(ctx, parties)
        return
    target = home
    ruling = _ruling_party(ctx, parties)
    rulers = {h.source for h in ctx.hits if h.target == home and h.type == "leader_of"}
    for party in parties:
        if party in told and not rulers and not _home_sentence(ctx, told_at[party], target):
            continue  # (whom the opposition opposes is not sure: no one named ruling the state, another state named)
        if any(h.source == party and h.type in ("member_of", "allied_with", "part_of") and h.target == target
               or h.source in rulers and h.target == party and h.type in ("leader_of", "member_of")
               and party not in entered for h in ctx.hits):
            continue  # (the state's ruling party, once in opposition; not one said to go into opposition, whose
            # leader is the outgoing ruler: "X went into opposition, as did Y of Z, the outgoing prime minister")
        m = next(mm for mm in ctx.mentions if mm.actor == party)
        # "the opposition X ... the ruling Y party": the party in power, when the text names one, is whom X opposes;
        # else the party of the one person the text names ruling the state (_governing_party), else the state
        side = own_state.get(party, ruling)
        if side is None:
            side = _governing_party(ctx, target, party)
        if side is None and ruled:
            continue  # (a state known only by its ruler may be another's: "the opposition X" of the text's own state)
        ctx.add(party, "opposes", target if side is None else side, doc[m.start].sent, 0.55)


def _home_sentence(ctx: _Ctx, start: int, home: int) -> bool:
    """Whether the sentence of token ``start``, that calls a party the opposition in a sentence of its own ("X went
    into opposition", "X, now in opposition, said ..."), names no state but the article's own: then X is that
    state's opposition, though no one is named ruling it (not "In Kavel, X went into opposition")."""
    sent = ctx.doc[start].sent
    return not any(p.actor >= 0 and p.actor != home and ctx.kind(p.actor) == "country"
                   for p in ctx.mentions if sent.start <= p.start < sent.end)


def _one_ruled_state(ctx: _Ctx) -> int | None:
    """In an article whose own state is not known (PhraseResolver.home_state: a programme note, a letter from
    abroad), the one state the text names a person ruling ("President X ... of Y": a leader_of tie from a person to a
    state), whose opposition its opposition parties may be ("the opposition X" opposes that ruler's party when the
    text names it, "His Renewal Party holds 74 seats": _opposition_parties); None when it names none or several."""
    states = {h.target for h in ctx.hits if h.type == "leader_of" and ctx.kind(h.target) == "country"
              and ctx.kind(h.source) == "person"}
    return states.pop() if len(states) == 1 else None


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
               and ctx.subkind(h.target) != "military" and h.target not in own and not _armed_head_first(ctx, h.target)}
    if any(h.source == opponent and h.type in ("member_of", "part_of") and h.target in parties for h in ctx.hits):
        return None  # (a faction of the ruler's own party)
    return parties.pop() if len(parties) == 1 else None


def _armed_head_first(ctx: _Ctx, body: int) -> bool:
    """"the Cartel de los Soles", "Brigada de ...": a body of no subkind whose name opens with its head noun, one
    roles.yaml org_nouns gives an armed body's subkind (armed_group, military); no governing party
    (``_governing_party``), though the subkind reader, which reads a name's last word, missed it."""
    words = norm(ctx.actors[body].name).split()
    return ctx.subkind(body) is None and len(words) > 2 and words[1] in ("de", "del", "of", "des", "du") \
        and ctx.kb.org_nouns.get(words[0]) in ("armed_group", "military")


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
        titled = norm(_tk[m.start - 1].text) in leaders and norm(_tk[m.start - 2].text) in words
        if not titled and not _described_opposition_person(doc_span(doc, m.start, m.end).root, words):
            continue
        state = ctx.actor(doc[m.start - 3]) if titled and m.start > 2 else None
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


def _described_opposition_person(root: Token, words: frozenset[str]) -> bool:
    """Whether the person's name headed by ``root`` is described as the opposition's leader or candidate (a noun
    of word_lists.opposition_person_nouns qualified by an opposition word: _opposition_noun): in apposition ("X, now
    the main opposition leader, accuses Y", "the main opposition candidate, X of the Z Party, could not stand") or as
    the predicate of a copula whose subject is the name ("X is the main opposition candidate"). Not a former one
    ("X, a former opposition leader,"), nor one told as over or only possible ("X was once the opposition leader",
    "X could be the opposition candidate")."""
    nouns = cues().opposition_person_nouns

    def fits(noun: Token) -> bool:
        return norm(noun.lemma_) in nouns and _opposition_noun(noun, words) and not _told_as_past(noun) \
            and not any(x.dep_ == "prep" for x in noun.children)  # (not "the opposition candidate in Kavel")

    if any(c.dep_ == "appos" and fits(c) for c in root.children):
        return True
    if root.dep_ == "appos" and fits(root.head):
        return True
    verb = root.head
    return root.dep_ == "nsubj" and norm(verb.lemma_) in ("be", "remain") and not _unreal(verb) \
        and not _told_as_past(verb) and verb.tag_ != "VBD" \
        and any(c.dep_ == "attr" and fits(c) for c in verb.children)


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
            and _tk[j + 2].tag_ == "VBN" and _tk[j + 1].head.i == _tk[j + 2].i
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


def _in_opposition(verb: Token, words: frozenset[str]) -> bool:
    """"X is in opposition", "A and B are now in opposition", "X went into opposition after the vote": a verb of being
    or going (relations.yaml hostile_state_verbs, word_lists.opposition_entry_verbs) with an "in" / "into" phrase whose
    object is a bare opposition word (word_lists.opposition_words; "in opposition to Y" names its side, held_states;
    "in the opposition's camp" is another body's). Not negated or hypothetical, nor told as over ("was in opposition
    until 2019", "once in opposition")."""
    lemma = norm(verb.lemma_)
    if lemma not in (knowledge().relations.get("hostile_state_verbs") or ()) and lemma not in cues().opposition_entry_verbs \
            or _unreal(verb) or _told_as_past(verb) or lemma not in cues().opposition_entry_verbs and verb.tag_ == "VBD":
        # ("X was / stayed in opposition then": a state told in the past, perhaps ended since; "X went into opposition"
        # is a change that holds)
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into") and any(
        p.dep_ == "pobj" and norm(p.text) in words and not any(x.dep_ in ("prep", "poss", "det") for x in p.children)
        for p in c.children) for c in verb.children)


def _opposition_status(verb: Token, words: frozenset[str]) -> bool:
    """A verb that puts its subject in the opposition: "X is / went into opposition" (_in_opposition), "X became the
    main opposition" (_opposition_attr), "X, with 29 seats, leads the opposition" (_leads_opposition)."""
    return _opposition_attr(verb, words) or _in_opposition(verb, words) or _leads_opposition(verb, words)


def _shared_verbs(verb: Token) -> list[Token]:
    """The verbs a subject of ``verb`` is the subject of: ``verb`` itself, the verbs joined to it by "and" that have
    no subject of their own, up to the first that has one ("X fell to 19 seats and went into opposition": "fell",
    "went"; not "A won 40 seats and B went into opposition"), none when ``verb`` is negated or hypothetical ("X
    would lose seats and go into opposition"); and the verb a clause "as did X" repeats ("A went into opposition,
    as did X": "went")."""
    out = [verb]
    if norm(verb.lemma_) == "do" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        out.append(verb.head)  # "A went into opposition, as did X"
    if _unreal(verb):
        return out
    for c in sorted((c for c in verb.children if c.dep_ == "conj"), key=lambda t: t.i):
        if c.pos_ not in ("VERB", "AUX") or any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children):
            break  # ("A won 40 seats and B went into opposition": B's verb, and what follows it)
        out.append(c)
    return out


def _leads_opposition(verb: Token, words: frozenset[str]) -> bool:
    """"X, with 29 seats, leads the opposition", "X heads the opposition benches": a verb of leading
    (word_lists.opposition_leading_verbs) whose object is the opposition or a noun it qualifies (_opposition_noun),
    no phrase on it but "in" a common noun ("leads the opposition to the bill" is a stance, "the opposition in Kavel"
    another's; "leads the opposition benches in the new chamber") and no proper name (a person "leads the
    opposition X Party"); told now, not as over ("led the opposition until 2019") nor in the past tense, nor negated
    or hypothetical."""
    if norm(verb.lemma_) not in cues().opposition_leading_verbs or verb.tag_ == "VBD" or _unreal(verb) \
            or _told_as_past(verb):
        return False
    return any(c.dep_ == "dobj" and _opposition_noun(c, words) and not any(
        x.dep_ == "appos" or x.dep_ == "prep" and (x.lower_ != "in" or any(p.pos_ == "PROPN" for p in x.children))
        for x in c.children) for c in verb.children)


def _opposition_subject_attr(root: Token, words: frozenset[str]) -> bool:
    """"The largest opposition party is X", "the main opposition remains X": a name that is the predicate of a
    copula whose subject is an opposition noun (_opposition_noun); not negated or hypothetical, not told as over
    ("until 2019 the main opposition was X"), not one of a place ("the largest opposition party in Y": another's
    perhaps)."""
    verb = root.head
    if root.dep_ != "attr" or norm(verb.lemma_) not in ("be", "remain") or _unreal(verb) or _told_as_past(verb):
        return False
    return any(c.dep_ == "nsubj" and _opposition_noun(c, words) and not any(x.dep_ == "prep" for x in c.children)
               for c in verb.children)


def _opposition_aside(root: Token, words: frozenset[str]) -> bool:
    """"X, now in opposition, said ...", "X, in opposition since 2021,": a name with an "in" phrase set off by a
    comma whose object is a bare opposition word (word_lists.opposition_words: no article, owner or phrase of its
    own but "since", "in opposition to Y" names its side); not told as over ("X, in opposition until 2019,", "X,
    once in opposition,": _told_as_past). The parser may hang the aside on the verb the name is the subject of."""
    doc = root.doc
    preps = list(root.children)
    if root.dep_ == "nsubj" and root.head.i > root.i:
        preps += [c for c in root.head.children if root.i < c.i < root.head.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < 1 or prep.i < root.i \
                or doc[prep.left_edge.i - 1].text != "," or _told_as_past(prep):
            continue
        for p in prep.children:
            if p.dep_ == "pobj" and norm(p.text) in words and not _told_as_past(p) and not any(
                    x.dep_ in ("poss", "det") or x.dep_ == "prep" and x.lower_ != "since" for x in p.children):
                return True
    return False


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
                and not _told_as_past(c) and not any(norm(x.text) in cues().not_current_words
                                                     for x in c.children if x.dep_ == "amod")
                for c in root.children) or _governing_subject(ctx, root):
            # (not "X, once Y's ruling party,", "X, the former ruling party,")
            rulers.append(m.actor)
    return rulers[0] if len(rulers) == 1 else None


def _governing_subject(ctx: _Ctx, root: Token) -> bool:
    """Whether the name whose head is ``root`` is the subject of a governing verb (word_lists.governing_verbs) told
    now: "X governs with Y and Z", "X, which won 48 seats, governs with Y", "X won 41 seats in 2022 and governs with
    Y" (a second verb sharing X's subject). Not a past ("X governed with Y until 2023"), negated or hypothetical
    ("X would govern with Y", "X does not govern alone") one, nor a name in a list of subjects ("A and B govern
    together": no one party in power)."""
    words = cues().governing_verbs
    verbs = []
    if root.dep_ == "nsubj" and not root.conjuncts:
        verbs = _shared_verbs(root.head)
        # (the tagger may take "governs" for a plural noun: "X won 48 seats and governs with Y")
        verbs += [c for c in root.head.children if c.dep_ == "conj" and c.tag_ == "NNS" and norm(c.lemma_) in words
                  and not any(x.dep_ == "nsubj" for x in c.children) and not _unreal(root.head)]
    verbs += [v for v in root.children if v.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in v.children)]
    return any(norm(v.lemma_) in words and (v.tag_ in ("VBZ", "VBP") or v.tag_ == "NNS" and (
        v.dep_ in ("ROOT", "conj") or any(c.dep_ == "nsubj" for c in v.children)))
               and not _unreal(v) and not told_as_over(v) and not _conditional(v) for v in verbs)


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


def _state_owned_words(doc: Doc, start: int, end: int) -> bool:
    """``_state_owned`` of the tokens ``start`` to ``end``, read from the cached text (no Span, no Token per word)."""
    return not _hyphened(cues().state_owned_words).isdisjoint(span_text(doc, start, end).lower().split())


@functools.lru_cache(maxsize=8)
def _hyphened(words: frozenset[str]) -> frozenset[str]:
    """A cue list's phrases with their spaces as hyphens ("state owned" -> "state-owned"), made once per list."""
    return frozenset(w.replace(" ", "-") for w in words)


def _other_tie_word(ctx: _Ctx, name: Token) -> bool:
    """"the Front's junior partner Y", "its rival Y", "the party's ally Y": a word before a name, between it and its
    possessor, whose of_phrases tie is not a part ("youth wing" is): the possessor's partner, foe or client, no
    owner of Y (that tie is read from the word itself)."""
    of_phrases = ctx.kb.relations.get("of_phrases") or {}
    return any(c.dep_ in ("compound", "amod") and c.i < name.i and ctx.tok2m[c.i] < 0
               and (of_phrases.get(norm(c.text)) or of_phrases.get(norm(c.lemma_))) not in (None, "part_of")
               for c in name.children)


def _titles_before(ctx: _Ctx, person: int, where: Span) -> list[list[str]]:
    """The title words ``person`` is named with in ``where``, one list a mention: "former speaker X" ->
    ["former", "speaker"] (none for a bare name)."""
    kb, doc = ctx.kb, ctx.doc
    found = []
    for m in ctx.mentions:
        if m.actor != person or not (where.start <= m.start < where.end):
            continue
        words = [t.text for t in read_tokens(doc)[m.start:m.end]
                 if norm(t.text) in kb._title_set or norm(t.text) in kb.role_words]
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


def _copula_subject_person(ctx: _Ctx, noun: Token, clause: Token) -> int | None:
    """"X is a Velnian politician who has served as president of Y since 2018", "X was a lawyer who became
    chairman of Y": a "who" clause on the predicate noun of "be" (a lower-case common noun, no actor's name of its
    own) is said of the copula's subject, a person; None otherwise (not "X is the son of a man who led Y": the
    clause on an "of" object)."""
    if noun.dep_ != "attr" or noun.pos_ != "NOUN" or not noun.is_lower or noun.head.lemma_ not in ("be", "remain") \
            or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.head.i), None)
    if subj is None:
        return None
    found = ctx.pronoun_actor(subj) if subj.pos_ == "PRON" else ctx.np_actor(subj)
    return found if found is not None and ctx.kind(found) == "person" else None


def _subject_actor(ctx: _Ctx, verb: Token, subj: Token) -> int | _Group | None:
    """The actor a verb's subject names: a relative pronoun's antecedent ("X, which keeps troops in Y"), a
    personal pronoun's referent ("it keeps troops in Y"), else the noun phrase's actor ("Velnia keeps troops")."""
    if subj.lower_ in ("who", "which", "that"):
        return _relative_antecedent(ctx, verb)
    if subj.pos_ == "PRON":
        return ctx.pronoun_actor(subj)
    return ctx.np_actor(subj)


def _relative_antecedent(ctx: _Ctx, tok: Token) -> int | None:
    """The actor a relative clause holding ``tok`` is said of: "X, whose ...", "X, the cleric who ..."."""
    v = tok
    for _ in range(4):
        if v.dep_ == "relcl":
            head = v.head
            a = ctx.np_actor(head)
            if a is None and head.dep_ == "appos":
                # "X, the cleric who ..."; "the commander of X, a cell that ...": the apposition's anchor
                a = _first_actor(ctx.np_actor(head.head), lambda: ctx.np_actor(head.head, deep=True))
            elif a is not None and ctx.kind(a) != "person" and ctx.actor(head) is None and head.pos_ == "NOUN" \
                    and any(c.lower_ == "who" for c in v.children):
                # "X, a former ODF colonel, who remains its leader": "who" is the person the noun describes (its
                # apposition's anchor, or the name before its comma), not the body named in its modifier
                anchor = ctx.np_actor(head.head) if head.dep_ == "appos" else _person_before_comma(ctx, head)
                if anchor is None:
                    anchor = _copula_subject_person(ctx, head, v)  # "X is a Velnian lawyer who ..."
                a = anchor if anchor is not None and ctx.kind(anchor) == "person" else None
            if a is None:
                a = _copula_subject_person(ctx, head, v)  # "X is a politician who has served as president of Y"
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
            if a is None:
                a = _name_before_relative(ctx, head, v)  # "A has 41 and the B Party, which votes with ...": B
            return a
        if v.head is v:
            return None
        v = v.head
    return None


def _name_before_relative(ctx: _Ctx, head: Token, clause: Token) -> int | None:
    """"A has 41 seats and the B Party, which votes with the government, 14": a relative clause opened by "which" or
    "who" right after a comma, that the parser hung on a word before it naming no one (the number of a gapped
    clause), is said of the organisation named right before the comma. None when the word it was hung on comes after
    that name, or when no organisation's name ends at the comma."""
    pron = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "who")),
                None)
    if pron is None or pron.i < 2 or ctx.doc[pron.i - 1].text != "," or head.i >= pron.i - 2:
        return None
    a = ctx.actor(ctx.doc[pron.i - 2])
    return a if a is not None and not isinstance(a, _Group) and ctx.kind(a) == "organization" else None


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
        # "the Front fights the army in the hills", "A and B battle each other for the port": a simple present
        # of fighting in a main clause is a fight that goes on (_present_fight)
        lasting = lasting or lemma in hostility and _present_fight(verb)
        # "the Front is fighting the government": a fight going on now (present progressive) is a state of war
        lasting = lasting or lemma in hostility and verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in verb.children)
        # "A has fought B": a perfect of fighting is lasting; "A has bombed B" is not, unless "since"/"for years"
        lasting = lasting or lemma in hostility and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    else:
        lasting = True
    # "Fighters of the X Front attacked an army checkpoint", "the X Brigades stormed an army base": an armed
    # attack on a state's forces; read below only for a non-state body against a state side (_armed_attack)
    only_armed = lemma in cues().armed_attack_verbs and lemma not in cues().attack_verbs and lemma not in hostility
    lasting = lasting and not only_armed  # ("ambushed", "killed": read only as an armed body's attack on a state)
    armed = not lasting and (lemma in cues().attack_verbs or only_armed) and not ruptured and attack_preps is None
    # ("A turned on B": the particle of a rupture key takes the other side as its object)
    others = [c for c in verb.children if c.dep_ == "dobj" and (lemma in hostility or lemma in cues().attack_verbs
                                                                 or only_armed or phrasal is not None)]
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
        lasting = True
    elif not (lasting or each_other or armed):
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
                target = _first_actor(ctx.np_actor(verb.head, deep=True), lambda: _described_body(ctx, verb.head))
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
        if target is not None and armed and _state_civilians(ctx, o, target):
            target = None  # "killed two Velnian farmers": a state's people, not its forces (one attack: no war)
        if target is None and (armed or lasting and lemma in cues().attack_verbs):
            # "attacked an army checkpoint": the state side whose post it is; "has attacked police posts since
            # December": attacks kept up on a state's posts, lasting
            target = _attacked_force(ctx, o)
        targets.append(target)
    goals = set(ctx.kb.relations.get("separatist_goals") or ())
    goal = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                 if p.dep_ == "pobj" and norm(p.lemma_) in goals), None) if not others and lemma in hostility else None
    if goal is not None:
        # "the Front has been fighting for autonomy since 2012": against its state, or the state the goal names
        # ("for independence from X", "for autonomy in X's northern province")
        targets = [_goal_state(ctx, goal) or ctx.home_state()]
    sides = [ctx.np_actor(x, deep=x.i == verb.head.i and verb.dep_ == "acl") for x in _list_members(subj)]
    if verb.dep_ == "acl" and subj.i == verb.head.i and subj.dep_ == "appos" and len(sides) == 1 \
            and sides[0] is not None and _nationals_unit(ctx, subj, sides[0]):
        sides = [ctx.actor(subj.head)]  # "X, the Velnian volunteer unit fighting Y": X fights, not Velnia
    if all(x is None for x in sides) and subj.pos_ in ("NOUN", "PROPN"):
        sides = _stand_ins(ctx, subj)  # "Tolvan's fighters have battled the army since 2019"
    if all(x is None for x in sides) and (subj.pos_ == "NOUN" or subj.pos_ == "PROPN" and subj.is_title) \
            and norm(subj.text) in (ctx.kb.relations.get("body_agent_nouns") or ()):
        # "Fighters of the X Front attacked an army post": the men of the body named in the "of" phrase
        sides = [ctx.actor(p) for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
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
            if not (lasting or each_other):
                if not _armed_attack(ctx, verb, x, target):
                    continue  # (one attack: a tie only for an armed body's attack on a state's forces)
                # ("killed 17 soldiers of the Velnian army": at war with the state whose army it is)
                target = _force_state(ctx, target)
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


def _exit_demanded(ctx: _Ctx, word: Token, cue: dict) -> None:
    """"A demanded that B resign", "A has called for B to step down", "A urged B to stand down", "A demanded the
    resignation of B", "A, who called for B's resignation": demanding that a leader leave office is lasting
    hostility, A opposes B (relations.yaml wished_end: exit_words under demand_verbs, "call" through "for" or "on").
    Not when the demand is negated, hypothetical or denied, nor when A asks it of itself or of its own."""
    words = set(cue.get("exit_words") or ())
    particle = next((c.lower_ for c in word.children if c.dep_ == "prt"), None)
    lemma = norm(word.lemma_)
    if not (lemma in words or word.lower_ in words or particle and f"{lemma} {particle}" in words):
        return
    if any(c.dep_ == "dobj" for c in word.children):
        return  # ("asked X to stand down his militia": a force demobilised, not an office left)
    demands = set(cue.get("demand_verbs") or ())
    # the demanding verb: the word's head, or the head of the "for" / "on" phrase the word hangs in ("called for the
    # resignation of B"; not "called for calm after B's resignation")
    verb, hop = word.head, word
    if verb.dep_ == "prep" and verb.lower_ in ("for", "on") and word.dep_ == "pobj":
        hop, verb = verb, verb.head
    if norm(verb.lemma_) not in demands or verb.pos_ != "VERB" or verb.i > word.i:
        return
    if verb.dep_ == "xcomp" and (_verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs)
                                 or _unreal(verb.head)):
        return  # "X wants / would like to demand that B resign": a wish, no demand yet
    if verb.dep_ == "relcl" and any(c.dep_ == "prep" and any(p.lower_ in ("which", "whom") for p in c.children)
                                    for c in verb.children):
        return  # "a sermon in which X demanded that B step down": the content of one occasion, an event
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" and norm(c.lemma_) == "have" for c in verb.children) \
            and not (verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)):
        return  # "X called on B to resign": one demand told in the simple past is an event (REQUEST), no tie; a
        # demand kept up is one ("X has called for B to step down", "X is demanding that B resign", "videos demanding
        # that B resign"), and so is one that describes the person ("a veteran who called for B to step down")
    if verb.i == word.i or _unreal(verb) or _denied(verb) or _conditional(verb) \
            or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children) or _refused(ctx, verb) is not None:
        return
    if norm(verb.lemma_) == "call" and not any(c.lower_ in ("for", "on") for h in (verb, word) for c in h.children
                                               if c.i < word.i):
        return  # ("called X a failure": no demand)
    # who is to leave: the leaving verb's subject ("that B resign", "for B to step down"), the demand's object ("urged
    # B to resign"), the one before the word the parser joined to it ("that B resign" read as a noun), the noun's
    # owner ("B's resignation", "the resignation of B")
    cands = [c for c in word.children if c.dep_ in ("nsubj", "poss", "compound")]
    cands += [p for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    cands += [c for c in verb.children if c.dep_ == "dobj" and c.i < word.i and c is not hop]
    cands += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i < word.i
              for p in c.children if p.dep_ == "pobj" and p is not word]
    if any(c.pos_ == "PRON" for c in cands):
        return  # ("called on him to resign", "demanded that they step down": whom is left to the pronoun's reading)
    side = _clause_subject(ctx, verb)
    if side is None and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
        head = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
        if head.pos_ == "VERB" and not _unreal(head) and not _denied(head):
            side = _clause_subject(ctx, head)  # "X posted videos demanding that B resign": who posts them
    if side is None and _participle_clause(verb) and not _unreal(verb.head) and not _denied(verb.head):
        side = _clause_subject(ctx, verb.head)  # "X rallied outside parliament, demanding that B resign"
    if side is None:
        return
    for c in cands:
        target = ctx.np_actor(c)
        if target is None or target == side or ctx.kind(target) not in ("person", "organization") \
                or any(h.source == target and h.target == side and h.type in ("member_of", "part_of", "leader_of")
                       and ctx.kind(side) != "person" for h in ctx.hits):
            continue  # ("the party demanded that its own chairman step down": an internal matter, told elsewhere)
        ctx.add(side, "opposes", target, verb.sent, 0.6)
        return


def _regarded_as(ctx: _Ctx, verb: Token, of_phrases: dict) -> None:
    """"A regards B as a mortal enemy", "A sees B as its proxy", "A views B as a natural ally": B holds the stance
    role the noun after "as" names (of_phrases: opposes, allied_with or backs, either way) towards A, the subject
    (or towards the owner the noun names itself: "A sees B as C's proxy"). B may be the noun a relative clause is said
    of: "B, which A counts as its closest ally" (the relative pronoun the object). Not negated or hypothetical."""
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
    if held is None and obj.lower_ in ("which", "whom", "that") and verb.dep_ == "relcl":
        held = _relative_antecedent(ctx, verb)  # "B, which A regards as its closest ally"
    elif held is None and obj.pos_ == "PRON" and obj.lower_ in PRONOUN_KINDS:
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
    return _year_text(tok.text)


def _year_text(text: str) -> bool:
    """Whether ``text`` is a four-digit year of the last two centuries ("2016", "1998")."""
    return text.isdigit() and len(text) == 4 and text[:2] in ("19", "20")


def _aspect_head(verb: Token, words, pos: tuple[str, ...] = ("VERB",)) -> Token | None:
    """The verb of aspect a verb of fighting hangs on (-ing form or "to" infinitive): "began fighting", "will keep
    attacking"; its lemma one of ``words``, not negated. None otherwise."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in pos and head.lemma_.lower() in words \
            and not any(c.dep_ == "neg" for c in head.children):
        return head
    return None


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


def _armed_attack(ctx: _Ctx, verb: Token, side: int, target: int) -> bool:
    """"Fighters of the X Front attacked an army checkpoint", "the X Brigades shelled a Velnian convoy": one attack
    (word_lists.attack_verbs, armed_attack_verbs) told as done, by a body that is no state nor any state's own force
    or office, on a state or one of its forces (_state_force): an armed body at war with that state, a lasting tie. Not a state's
    strike ("Y's jets bombed the X camps": the state's side is read by other rules), nor an attack said only to be
    feared, planned, denied or blamed on the body ("accused X of attacking the army")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if ctx.kind(side) != "organization" or _state_like_body(ctx, side, subj) \
            or ctx.subkind(side) == "company" or not _state_force(ctx, target):
        return False
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # (a told attack: "attacked", "has attacked", "attacks"; not a passive or a gerund)
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ == "ccomp":
        # "the X Brigades said its fighters had ambushed an army convoy", "X stormed an army base, the ministry
        # said": an attack told as done (not under a hope, a fear or a denial: _unreal, _denied)
        return not _unreal(verb.head) and not _denied(verb.head) and not any(
            c.dep_ == "neg" for c in verb.head.children)
    if verb.dep_ == "advcl":
        # "the zone was declared after fighters of X attacked a navy boat", "... when X units overran an army base":
        # a clause of time tells the attack as done (not "if X attacks the army", "unless ...": a condition)
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in _TOLD_TIME_MARKS for c in verb.children) \
            and not _unreal(verb.head)  # ("when" is the parser's advmod)
    return verb.dep_ not in ("pcomp", "xcomp")


_TOLD_TIME_MARKS = ("after", "when")


def _state_like_body(ctx: _Ctx, a: int, subj: Token | None = None) -> bool:
    """A state, or a body of a state's own kind (STATE_LIKE_SUBKINDS: a government, an agency, a chamber, an army);
    an army only when it is a state's force: an institution or a part of a state (_state_force), one whose name
    holds a state's name or adjective ("the Chinese People's Liberation Army"), or one the subject ``subj`` gives a
    state as its owner ("Tehran's Revolutionary Guards"). Not an armed body that is a military only by its noun and
    owned by no state ("the Dorvan Liberation Army", "the Kestrova Guard")."""
    if ctx.kind(a) == "country" or ctx.actors[a].key.startswith("inst:"):
        return True
    sub = ctx.subkind(a)
    if sub != "military":
        return sub in STATE_LIKE_SUBKINDS
    if _state_force(ctx, a):
        return True

    def state(word: str) -> bool:
        other = ctx.named(word)
        return ctx.kb.country_of(word) is not None or other is not None and ctx.kind(other) == "country"

    if any(state(w) for w in ctx.actors[a].name.split()):
        return True
    return subj is not None and any(c.dep_ in ("poss", "amod", "compound") and c.i < subj.i and ctx.actor(c) is not None
                                    and ctx.kind(ctx.actor(c)) == "country" for c in subj.children)


def _state_civilians(ctx: _Ctx, obj: Token, target: int) -> bool:
    """"killed two Velnian farmers", "shot three Velnian fishermen": a plural common noun that reads as a state only
    by its adjective and names no force, post or craft of it (relations.yaml body_agent_nouns, force_asset_nouns):
    the state's people, whom one attack does not set at war with the state (not "Velnian troops", "the government")."""
    words = {*(ctx.kb.relations.get("force_asset_nouns") or ()), *(ctx.kb.relations.get("body_agent_nouns") or ())}
    return ctx.kind(target) == "country" and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and norm(obj.text) not in words


def _force_state(ctx: _Ctx, a: int) -> int:
    """The state whose own force ``a`` is ("the Velnian army": an institution keyed to its state, named or only
    implied by its adjective), else ``a`` itself."""
    if not ctx.actors[a].key.startswith("inst:"):
        return a
    key = "country:" + ctx.actors[a].key.split(":")[1]
    return next((b.idx for b in ctx.actors if b.key == key and b.kind == "country"), a)


def _state_force(ctx: _Ctx, a: int) -> bool:
    """A state, or a force or office of a named state ("the Ostravian army": an institution, or a body read as part of a
    state); not a body merely called a guard or an army with no state of its own ("the Orun Guard")."""
    return ctx.kind(a) == "country" or ctx.actors[a].key.startswith("inst:") or any(
        h.source == a and h.type == "part_of" and ctx.kind(h.target) == "country" for h in ctx.hits)


def _attacked_force(ctx: _Ctx, obj: Token) -> int | None:
    """The state side whose post, convoy or men an attack's object names (relations.yaml force_asset_nouns,
    body_agent_nouns): "an army checkpoint", "a military convoy" (a bare lower-case "army"/"military" before it: the
    article's state, else the army named before), "two government drones" (the article's state), "a Uruguayan convoy" (a state's adjective), "soldiers of the Y
    Army" (an "of" phrase naming a state or its force). None for any other phrase or owner ("a rebel camp")."""
    words = {*(ctx.kb.relations.get("force_asset_nouns") or ()), *(ctx.kb.relations.get("body_agent_nouns") or ())}
    if obj.pos_ == "NOUN" and _police_post(ctx, obj):
        # "attacked police stations in the north": the article's state's, when it is the state named last before
        # (a notice from abroad about an attack elsewhere names the other state last)
        home = ctx.home_state()
        return home if _state_last_named(ctx, obj) in (None, home) else None
    if obj.pos_ != "NOUN":
        return None
    # "a navy patrol boat": the asset noun may be the compound before the object's own noun
    assets = [obj] if norm(obj.text) in words else []
    assets += [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < obj.i
               and norm(c.text) in words]
    branches = ctx.kb.relations.get("force_asset_modifiers") or {}
    for c in (c for a in assets for c in a.children):
        if c.dep_ in ("amod", "compound", "nmod") and c.i < obj.i:
            if c.lower_ in ("army", "military") and not any(True for _ in c.children):
                # (the article's state first: a foreign force named before is seldom the one whose post is hit)
                home = ctx.home_state()
                return home if home is not None else ctx.definite(c, modifier=True)
            if (c.lower_ == "government" or c.lower_ in branches) and not any(True for _ in c.children) \
                    and not any(x.dep_ in ("poss", "amod", "compound") and x.i < c.i for x in c.head.children):
                # "shot down two government drones", "shelled government positions"; "attacked a navy patrol
                # boat", "shelled a naval base" (force_asset_modifiers; not "a rebel naval patrol", "its navy base")
                return ctx.home_state()
            a = ctx.actor(c)
            if a is not None and _state_force(ctx, a):
                return a
        if c.dep_ == "prep" and c.lower_ == "of":
            a = next((ctx.np_actor(x) for x in c.children if x.dep_ == "pobj"), None)
            if a is not None and _state_force(ctx, a):
                return a
    return None


def _police_post(ctx: _Ctx, obj: Token) -> bool:
    """"police stations", "a gendarmerie post", "the police station at X": a post (relations.yaml force_asset_nouns,
    police_asset_nouns) named by a bare lower-case police word before it (police_words), with no owner before it
    ("a rebel police post", "its police stations", "Velnian police posts")."""
    nouns = {*(ctx.kb.relations.get("force_asset_nouns") or ()), *(ctx.kb.relations.get("police_asset_nouns") or ())}
    if norm(obj.text) not in nouns:
        return False
    mods = [c for c in obj.children if c.i < obj.i and c.dep_ in ("amod", "compound", "nmod", "poss")]
    return any(c.text in (ctx.kb.relations.get("police_words") or ()) and not any(True for _ in c.children)
               for c in mods) and all(c.text in (ctx.kb.relations.get("police_words") or ()) for c in mods)


def _state_last_named(ctx: _Ctx, tok: Token, sentences: int = 3) -> int | None:
    """The state named last before ``tok`` (by name or adjective) in its sentence or the ``sentences`` before it;
    None when none is."""
    sent = tok.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = ctx.doc[sent.start - 1].sent
    found = [(m.start, m.actor) for m in ctx.mentions
             if sent.start <= m.start < tok.i and m.actor >= 0 and ctx.kind(m.actor) == "country"]
    return max(found)[1] if found else None


def _present_fight(verb: Token) -> bool:
    """"The Front fights the army in the hills", "A and B still battle each other": a verb of fighting in the simple
    present (no auxiliary: not "does not fight", "will fight") in a main clause, or one joined to it, of a sentence
    that is no question or reported hope: a fight that goes on, lasting. Not a clause under another verb ("says it
    fights", "vowed that it fights": the speaker's word, read by other rules), nor a negated one ("never fights")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.dep_ != "ROOT" or head is not verb and head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in (*verb.children, *head.children)):
        return False
    return not any(t.text == "?" for t in span_tokens(verb.sent))


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


def _held_since(verb: Token) -> bool:
    """A verb told as kept up over a stretch of time: a present perfect ("has stood by Y") with a "since" phrase or an
    adverb of word_lists habitual ones ("has stood by Y since 2014", "has always stood by Y")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advmod" and norm(c.text) in ("always", "consistently")
        for c in verb.children)


def _ranked(verb: Token) -> bool:
    """"X stands behind Y in the polls", "X stood behind Y in the rankings with 12 percent": a place in a ranking
    (an "in" or "with" object of word_lists.ranking_nouns on the verb), no backing."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "with") and any(
        p.dep_ == "pobj" and norm(p.lemma_) in cues().ranking_nouns for p in c.children) for c in verb.children)


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


def _of_members(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    """The listed objects of the noun's "of" (or "between") phrase: "an alliance of A, B and C"."""
    return [m for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj" for m in _list_members(p)]


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
            end = ctx.mentions[k].end
            if end + 1 < len(doc) and hyphen_first_part(doc[end + 1]) == end - 1:
                break  # "of Iran-aligned parties": a name glued to a modifier by a hyphen is no listed member
            out.append(ctx.mentions[k].actor)
            i = end
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


def _bloc_allies(ctx: _Ctx, owner: int, allies: Token) -> None:
    """"Ostravia turned to its Pact allies", "Velnia's Union partners": allies named by an alliance or an
    international body before the noun are fellow members of it, so their possessor (a state or an organisation) is a
    member too: a known alliance or international body (organizations.yaml), not one only named so (a name with "Front"
    or "Alliance" in it may be one party: "the party and its Civic Front allies"). Not a single body ("Velnia's Red
    Hand allies": the Red Hand are the allies) nor a state ("its Ostravian allies"), nor former allies."""
    bloc = _modifier_actor(ctx, allies)
    if bloc is None or bloc == owner or ctx.kind(bloc) != "organization" \
            or ctx.subkind(bloc) not in ("alliance", "international") \
            or norm(ctx.actors[bloc].name) not in ctx.kb.known_orgs:
        return
    if any(c.dep_ == "amod" and norm(c.text) in (ctx.kb.relations.get("not_current_titles") or ())
           for c in allies.children):
        return  # "its former Pact allies"
    ctx.add(owner, "member_of", bloc, allies.sent, 0.6)


def _allies_within(ctx: _Ctx, allies: Token) -> None:
    """"criticism from some of X's own allies in the ruling Y", "X and his partners in the Y alliance": allies
    placed in a body are fellow members, so their possessor (a person or an organisation, not a state: "Ostravia's
    allies in the Front" are its clients) is a member of it too -- a body, not a legislature or a government
    ("X's allies in parliament"). An organisation's partners in one movement, party or armed group (relations.yaml
    single_body_subkinds) are that body, its ally."""
    owner = _possessor(ctx, allies, None)
    if owner is not None and ctx.kind(owner) in ("country", "organization"):
        _bloc_allies(ctx, owner, allies)
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


def _joined_companion(ctx: _Ctx, verb: Token) -> bool:
    """"The Greens have joined the Lantern Party in the Unity alliance", "X has joined us in the Z coalition": the
    object is a companion, the body joined the organisation after "in"; both are its members and allies of each
    other (added here). False when the verb has no such object and phrase."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    companion = None if obj is None else ctx.pronoun_actor(obj) if obj.pos_ == "PRON" else ctx.np_actor(obj)
    if companion is None:  # ("joined us in ...": a document's own voice, PhraseResolver.speaker_body)
        return False
    for prep in (c for t in (verb, obj, *obj.conjuncts) for c in t.children if c.dep_ == "prep" and c.lower_ == "in"):
        whole = next((a for p in prep.children if p.dep_ == "pobj" and (a := ctx.np_actor(p)) is not None), None)
        if whole is None and _joined_in_partnership(ctx, verb, obj, prep):
            return True
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


def _joined_in_partnership(ctx: _Ctx, verb: Token, obj: Token, prep: Token) -> bool:
    """"A chose to join B and C in a coalition", "A joined B in government in 2019": an unnamed partnership (relations.yaml
    partnership_nouns) after "in" makes the bodies joined A's partners, A allied with each (added here), no body A
    became a member of. False when the phrase names no such partnership."""
    nouns = set(ctx.kb.relations.get("partnership_nouns") or ())
    if not any(p.dep_ == "pobj" and norm(p.lemma_) in nouns and ctx.actor(p) is None for p in prep.children):
        return False
    if _unreal(verb) or _refused(ctx, verb) is not None or _conditional(verb):
        return True  # ("A refused to join B in a coalition": no partners, nor a body joined)
    joiner = _clause_subject(ctx, verb)
    for q in (obj, *obj.conjuncts):
        partner = ctx.pronoun_actor(q) if q.pos_ == "PRON" else ctx.np_actor(q)
        if joiner is not None and partner is not None and partner != joiner:
            ctx.add(joiner, "allied_with", partner, verb.sent, 0.65)
    return True


def _semicolon_items(ctx: _Ctx, name: Token) -> list[Token]:
    """"a coalition with A of X, the former vice-president; B (BB); and C": the later items of a list set off by
    semicolons after the first name, which the parser hangs anywhere: each a name of the first one's kind right after
    a semicolon (and "and" / "or"), in a phrase with no verb up to the next semicolon or the sentence's end (not "A
    allied with B; C said it would wait", a clause of its own)."""
    a = ctx.actor(name)
    if a is None:
        return []
    doc, out, sent_end = name.doc, [], name.sent.end
    k = name.i + 1
    while k < sent_end and doc[k].text != ";":  # the first item's own words, with no verb in them
        if doc[k].pos_ in ("VERB", "AUX"):
            return out
        k += 1
    while k < sent_end and doc[k].text == ";":
        k += 1
        while k < sent_end and doc[k].lower_ in ("and", "or", "the"):
            k += 1
        if k >= sent_end or ctx.tok2m[k] < 0:
            return out
        m = ctx.mentions[ctx.tok2m[k]]
        item = doc[m.end - 1]
        b = ctx.actor(item)
        if b is None or b == a or ctx.kind(b) != ctx.kind(a) or item.dep_ in ("nsubj", "nsubjpass"):
            return out
        k = m.end
        while k < sent_end and doc[k].text != ";" and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if k < sent_end and doc[k].pos_ in ("VERB", "AUX"):
            return out
        out.append(item)
    return out


def _clause_subject(ctx: _Ctx, verb: Token) -> int | None:
    """The actor a verb's subject names (relative pronouns and personal pronouns resolved)."""
    head = verb
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subj is None and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        joined = head.dep_ == "conj"
        finite = joined and head.tag_ in ("VBZ", "VBD", "VBP")
        head = head.head
        if finite and _to_infinitive(head):
            head = head.head  # "X wants the island to become free and has an armed wing": "has" is X's verb
        # ("X is recognised as ... and is at war with Y", "X was set up by Z and says it will ...": a passive first
        # verb's subject)
        subj = next((c for c in head.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and joined), None)
    if subj is None:  # "Name - Backs Y.": an entry's head
        return next(iter(ctx.entry_subject(verb)), None)
    a = _subject_actor(ctx, head, subj)
    if a is None and subj.lower_ not in ("who", "which", "that") and subj.pos_ != "PRON":  # "Its rival, the Unity Party, has ...": an apposition the parser made a second subject
        a = next((x for x in (ctx.np_actor(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                              and c.i > subj.i and c.pos_ == "PROPN") if x is not None), None)
    return a


def _to_infinitive(verb: Token) -> bool:
    """A bare verb with "to" that complements another verb ("X wants the island to become free"): a finite verb
    conjoined to it by the parser ("... and has an armed wing") takes the subject of the verb above, not the
    infinitive's own."""
    return verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _prep_verb(ctx: _Ctx, verb: Token, preps: dict, obj: Token | None = None) -> None:
    """``preps``: preposition -> tie; ``obj``: the fixed object noun of the cue ("declared war on Y")."""
    if _unreal(verb) or _refused(ctx, verb) is not None or _conditional(verb):
        return  # (nor "if X runs against Y, ...": a clause of condition, no tie told)
    if "backs_reverse" in preps.values() and told_as_over(verb):
        return  # "X relied on Y until 2019", "X governed thanks to Y until the split": a backing told as over
    if verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs
                                         | cues().expectation_verbs):
        return  # "the government plans / offered to fold X into the army": a wish or an offer, no tie yet ("X
        # threatened to defect to Y", "X is expected to cross the floor to Y": a move only foreseen)
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
        if prep.lower_ in preps and (prep.dep_ == "prep" or prep.dep_ == "agent" and not any(
                c.dep_ == "auxpass" for c in verb.children)):  # ("has stood by Y": "by" parsed as an agent)
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
            if owner is None and verb.dep_ == "acl" and prep.lower_ == "for" and verb.tag_ == "VBG":
                # "X, the Belarusian volunteer unit fighting for Ukraine": the body the noun describes (not the state
                # its adjective names)
                owner = _first_actor(ctx.np_actor(verb.head), lambda: _participle_holder(ctx, verb))
            elif owner is None and verb.dep_ == "acl" and "backs_reverse" not in preps.values():
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
                    for q in (p, *p.conjuncts, *_conjunct_past_clause(ctx, p), *_semicolon_items(ctx, p)):
                        if q.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and verb.head.i < q.i:
                            q = verb.head  # "the Y Confederation, to which X belongs": the relative's noun
                        if prep.lower_ == "against" and obj is None and _shielding_skipped(ctx, verb, q):
                            continue
                        named_foe = prep.lower_ == "against" and verb.lemma_.lower() in _rel_words(
                            ctx, "named_foe_verbs")
                        target = ctx.np_actor(q, deep=True)
                        if target is None and norm(verb.lemma_) in cues().coalition_seat_verbs:
                            target = _called_body(ctx, q)  # "campaigned in a coalition called Y"
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
                        if prep.lower_ in ("in", "within", "inside") and norm(verb.lemma_) in cues().coalition_seat_verbs \
                                and (target is None or _told_as_past(verb) or not (
                                    _coalition(ctx, target) or norm(q.lemma_) in cues().coalition_words)):
                            continue  # "X campaigned in the Y Alliance", not "campaigned in Ostravia" nor "ran in
                            # the party's primary" (a seat only in a coalition), nor "... in Y until 2019"
                        if prep.lower_ == "on" and ctx.actor(q) is None \
                                and norm(q.lemma_) not in cues().electoral_list_nouns:
                            continue  # "elected on the Y list", not "elected on Sunday with Y's support"
                        if prep.lower_ == "under" and ctx.actor(q) is None \
                                and not in_any(norm(q.lemma_), cues().command_nouns, cues().oversight_nouns):
                            continue  # "operates under the Y commission / the command of Y", not "under a mandate
                            # granted by Y" or "under pressure from Y"
                        if prep.lower_ == "as" and (owner is None or ctx.actor(q) is None or ctx.kind(owner) != "organization"):
                            continue  # "the Front is running as the Y bloc" (its list), not "X ran as Y's candidate"
                        if verb.lemma_.lower() in _rel_words(ctx, "body_backer_verbs") and tie == "backs" \
                                and (owner is None or ctx.kind(owner) not in ("country", "organization")
                                     and not (prep.lower_ == "by" and _held_since(verb)) or _ranked(verb)):
                            continue  # "X stood behind the president at the parade": a person's place, no backing
                            # (a person who "has stood by Y since 2014" backs Y)
                        if tie == "backs" and prep.lower_ == "for" and _fought_for_off(ctx, verb, q):
                            continue  # "X fought for control of Y", "X fought for Y until 2019"
                        if verb.lemma_.lower() in ("pledge", "swear") and not any(
                                c.dep_ == "dobj" and c.lower_ in ("allegiance", "loyalty", "fealty")
                                for c in verb.children):
                            continue  # "pledged allegiance to Y", not "pledged support to Y"
                        if prep.lower_ in ("as", "against") and (_told_as_past(verb) or verb.dep_ == "xcomp" and norm(
                                verb.head.lemma_) in cues().undoing_verbs and not any(
                                c.dep_ == "prt" for c in verb.head.children)):
                            continue  # "A and B ran as the Y Union until 2019": a list they no longer form; "X stood
                            # against Y until 2018", "X used to / stopped campaigning against Y" (not "ended up")
                        if tie == "allied_with" and told_as_over(verb) \
                                and norm(verb.lemma_) in _rel_words(ctx, "party_governing_verbs"):
                            continue  # "A governed with B until 2021", "A once governed with B": a coalition over
                        if tie == "part_of_reverse" and prep.lower_ == "as" and (
                                len(set(owners or [owner])) > 1 or isinstance(owner, _Group)):
                            tie = "member_of"  # "A and B campaigned as the Y Union": the alliance they ran as
                        for o in owners or [owner]:
                            o = _majority_holder(ctx, o, obj)
                            o = _party_governed_through(ctx, o, verb, tie, target)
                            ctx.add(o, _state_body_tie(ctx, verb, tie, o, target), target, verb.sent, 0.6)
                        if tie == "member_of" and target is not None and ctx.kind(target) == "organization" \
                                and verb.lemma_.lower() in cues().seat_companion_verbs:
                            for x in _seat_companions(ctx, verb, q, owner):
                                ctx.add(x, "member_of", target, verb.sent, 0.6)


def _fought_for_off(ctx: _Ctx, verb: Token, q: Token) -> bool:
    """Whether "for" after a verb of fighting (preposition_verbs: "fight for") names no side backed now: the side is
    not named by the phrase itself ("fought for control of Y", "fights for the release of Y": a goal), or the fight is
    told as past ("fought for Y in 2015", "fought for Y until 2019"; "has fought for Y since 2022" is lasting)."""
    if ctx.np_actor(q) is None:
        return True
    return verb.tag_ == "VBD" or _told_as_past(verb)


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
    return _sole_led_body(ctx, owner)


def _sole_led_body(ctx: _Ctx, person: int, besides: int | None = None) -> int:
    """The one organisation (other than ``besides``) the text has ``person`` leading (a leader_of tie); the person
    himself when he leads none or several (``_majority_holder``, ``_party_governed_through``)."""
    led = {h.target for h in ctx.hits if h.source == person and h.type == "leader_of"
           and ctx.kind(h.target) == "organization" and h.target != besides}
    return led.pop() if len(led) == 1 else person


def _party_governed_through(ctx: _Ctx, owner: int | None, verb: Token, tie: str,
                            target: int | None) -> int | None:
    """"He governs with two smaller partners, A and B", "X co-governs with the Y Party": a person governing
    (relations.yaml party_governing_verbs) with an organisation governs through the one body the text has him
    leading, so the alliance is that body's; the person himself when he leads none or several, or the partner is no
    organisation."""
    if owner is None or target is None or tie != "allied_with" or ctx.kind(owner) != "person" \
            or ctx.kind(target) != "organization" or norm(verb.lemma_) not in _rel_words(ctx, "party_governing_verbs"):
        return owner
    return _sole_led_body(ctx, owner, target)


def _state_body_tie(ctx: _Ctx, verb: Token, tie: str, owner: int | None, target: int | None) -> str:
    """"The club belongs to the interior ministry", "the unit belongs to the Velnian army": an organisation that
    belongs (word_lists.belonging_verbs) to a state, or to a state's own body, is part of it, no member."""
    if tie == "member_of" and owner is not None and target is not None and norm(verb.lemma_) in cues().belonging_verbs \
            and ctx.kind(owner) == "organization" and (ctx.kind(target) == "country"
                                                       or ctx.subkind(target) in STATE_LIKE_SUBKINDS):
        return "part_of"
    return tie


def _told_as_past(verb: Token) -> bool:
    """A verb of a tie or a joint act told as over by its own modifiers: an adverb of word_lists past_tie_words or
    past_post_words ("A and B once governed together", "previously ran together") or a phrase of a preposition of
    past_post_words ("governed together until 2019", "ran as the Y Union till the split"); not "then" before the verb,
    the next step of a story ("A and B then joined forces"), only after it ("A and B governed together then")."""
    c = cues()
    return any(x.dep_ == "advmod" and in_any(norm(x.text), c.past_tie_words, c.past_post_words)
               and not (x.lower_ == "then" and x.i < verb.i)
               or x.dep_ == "prep" and x.lower_ in c.past_post_words for x in verb.children)


def told_as_over(verb: Token) -> bool:
    """A verb of a tie told as over or never made: by its own modifiers (_told_as_past: "X, which once armed Y", "X
    backed Y until 2019") or by the verb it completes (word_lists.undoing_verbs: "X used to fund Y", "X stopped
    funding Y", "X failed to back Y"; not a phrasal "ended up backing Y")."""
    return _told_as_past(verb) or verb.dep_ in ("xcomp", "ccomp") and norm(verb.head.lemma_) in cues().undoing_verbs \
        and not any(c.dep_ == "prt" for c in verb.head.children)


def _joint_objects(head: Token) -> list[Token]:
    """The objects of "together with X" or "along with X" hung on ``head``, in each shape the parser gives the phrase:
    "together" or "along" a modifier of ``head`` beside its "with" phrase or over it, or a preposition over it, or a
    modifier inside the "with" phrase. "jointly with X" too (word_lists.jointly_adverbs: "A, running jointly with
    B,")."""
    out, joint = [], {*_JOINT_WORDS, *cues().jointly_adverbs}
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                x.dep_ == "advmod" and x.lower_ in joint for x in (*head.children, *c.children)):
            out += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("advmod", "prep") and c.lower_ in joint:
            out += [p for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                    for p in w.children if p.dep_ == "pobj"]
    return out


_JOINT_WORDS = ("together", "along")
_APART_WORDS = ("alone", "separately", "individually", "unilaterally")  # "... and joined Y alone": no companion


def _apart(verb: Token) -> bool:
    """"... and joined Y alone", "... joined Y on its own": a seat taken without the companions of a first clause."""
    return any(c.lower_ in _APART_WORDS or c.dep_ == "prep" and c.lower_ == "on" and any(
        p.lower_ == "own" for p in c.children) for c in verb.children)


def _beside_objects(head: Token) -> list[Token]:
    """The objects of "alongside X", "beside X", "together with X", "along with X" hung on ``head``."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
            for p in c.children if p.dep_ == "pobj"] + _joint_objects(head)


def _seat_companions(ctx: _Ctx, verb: Token, seat: Token, owner: int | None) -> list:
    """"A sits on the Y council alongside B and C", "A, which sits on Y along with B", "it sits in Y alongside
    them": the bodies named as sharing the seat (relations.yaml seat_companion_verbs) sit in Y too (the phrase hung
    on the verb or on the seat's noun). States and organisations only (a person beside is company, not a member)."""
    out = []
    k = ctx.tok2m[seat.i]
    # (or on a later word of the seat's own name: "ran within the Union of Ostrel alongside B", "Ostrel" its head)
    name = [ctx.doc[i] for i in range(seat.i + 1, ctx.mentions[k].end) if ctx.doc[i].pos_ == "PROPN"] \
        if k >= 0 and ctx.mentions[k].end - seat.i <= 8 else []
    objs = [p for h in (verb, seat, *name) for p in _beside_objects(h)] + _joint_objects(seat)
    if _coalition_run(ctx, verb) and _told_as_past(verb):
        return []  # "X campaigned alongside Y in the Z Alliance until 2019": a run over
    # "A left X alongside B and C, and joined Y", "A left X together with B, and it now sits in Y alongside them": the
    # companions of a first clause of leaving or sitting that the seat's clause is coordinated with move with A
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and (
        norm(verb.head.lemma_) in cues().seat_companion_verbs | cues().departure_verbs) and not _unreal(verb.head) \
        and not _denied(verb.head) and not _apart(verb) else None
    before = _beside_objects(first) if first is not None else []
    if before and (not objs or all(p.pos_ == "PRON" and p.lower_ in ("them", "they") for p in objs)) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children):
        objs = before
    for p in objs:
        for q in (p, *p.conjuncts):
            x = ctx.pronoun_actor(q, exclude=owner) if q.pos_ == "PRON" else ctx.np_actor(q, deep=True)
            for y in (x.members if isinstance(x, _Group) else (x,)):
                if y is not None and y != owner and (ctx.kind(y) in ("country", "organization") or (
                        ctx.kind(y) == "person" and owner is not None and ctx.kind(owner) == "person"
                        and _coalition_run(ctx, verb))):
                    out.append(y)
    return list(dict.fromkeys(out))


def _called_body(ctx: _Ctx, noun: Token) -> int | None:
    """"a coalition called Y", "an alliance named Y", "a bloc known as Y": the body a common noun's participle of
    naming gives the name of (the named thing ``noun`` itself no actor); None otherwise."""
    for c in noun.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and norm(c.lemma_) in ("call", "name", "know", "dub"):
            for d in c.children:
                if d.dep_ in ("oprd", "attr", "dobj", "xcomp", "npadvmod"):
                    return ctx.np_actor(d)
                if d.dep_ == "prep" and d.lower_ == "as":
                    return next((ctx.np_actor(e) for e in d.children if e.dep_ == "pobj"), None)
    return None


def _coalition_run(ctx: _Ctx, verb: Token) -> bool:
    """"X had campaigned alongside Y in a coalition called Z": a verb of running inside a coalition
    (relations.yaml coalition_seat_verbs), whose people named beside a person subject ran in it too (a person beside a
    party that ran in it is company: "the Osk Party ran within the Union together with X")."""
    return norm(verb.lemma_) in cues().coalition_seat_verbs


def _people_of(ctx: _Ctx, noun: Token | None) -> bool:
    """"three X MPs", "X fighters", "dozens of X members": a plural noun for people (a role or a follower noun) that
    an organisation only modifies names the people, not the organisation."""
    if noun is None or ctx.actor(noun) is not None:
        return False
    word = norm(noun.text)
    stems = {word[:-1], singular(word)} - {word} if word.endswith("s") else set()  # ("deputies": "deputy")
    return bool(stems) and (bool(stems & ctx.kb.role_words) or word in cues().follower_nouns)


def _force_men(ctx: _Ctx, noun: Token | None) -> bool:
    """"Velnian gendarmes", "Velnian soldiers": a plural of relations.yaml counted_force_nouns naming a state force's
    men (the mention is the force): men who join or defect to a body go over as people, the force does not."""
    return noun is not None and noun.tag_ == "NNS" and norm(noun.text) in _rel_words(ctx, "counted_force_nouns") \
        and ctx.actor(noun) is not None and ctx.kind(ctx.actor(noun)) == "organization"


def _conjunct_past_clause(ctx: _Ctx, name: Token) -> list[Token]:
    """"governs with A, which has 14 seats, and B, who have 11": the second name of a list, parsed as a conjunct
    of the last noun of the first name's relative clause ("seats"), is the first name's conjunct: a name after
    ", and" hung on a common noun inside a relative clause (after a comma) on ``name``. So too after a participle
    aside ("governs with A, led by X, and B": B hung on the leader X, a name of another kind than B), and for a
    common noun whose apposition is the first name ("with two partners, A, led by X, and B")."""
    a, noun = ctx.actor(name), name
    if a is None:  # "two smaller partners, A, ...": the apposition names the first partner (the aside may hang on
        # either word)
        name = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and ctx.actor(c) is not None),
                    noun)
        a = ctx.actor(name)
    if a is None:
        return []
    # ("two partners, A and B": the apposition's own conjuncts are the later items)
    out = [c for c in name.conjuncts if name is not noun and ctx.actor(c) is not None and ctx.actor(c) != a
           and ctx.kind(ctx.actor(c)) == ctx.kind(a)]
    for rc in dict.fromkeys((*name.children, *noun.children)):
        if rc.dep_ not in ("relcl", "acl") or rc.i < name.i or ctx.doc[rc.left_edge.i - 1].text != ",":
            continue
        for q in rc.subtree:
            b = ctx.actor(q) if q.dep_ == "conj" else None
            k = q.left_edge.i
            held = ctx.actor(q.head)
            if b is not None and b != a and ctx.kind(b) == ctx.kind(a) and k > 1 \
                    and ctx.doc[k - 1].lower_ in ("and", "or") and ctx.doc[k - 2].text == "," and (
                        q.head.pos_ == "NOUN" and held is None
                        or rc.dep_ == "acl" and held is not None and ctx.kind(held) != ctx.kind(b)):
                out.append(q)
    return out


def _state_words(ctx: _Ctx) -> frozenset[str]:
    """Nouns standing for the article's state ("the country", "the state"; relations.yaml state_words)."""
    return _rel_words(ctx, "state_words")


def _constitutes(verb: Token) -> bool:
    """An active verb whose subject makes up its object (relations.yaml constituting_verbs: "A and B make up the
    Alliance", "the parties that form the bloc"), not the passive of a composition ("the Quad, made up of A and B")."""
    words = cues().constituting_verbs
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "dobj" for c in verb.children) and (
        lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words for c in verb.children))


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


def _mission_owner(ctx: _Ctx, noun: Token) -> int | None:
    """"the observer mission of the Y Union", "the Y League's observation mission", "the Y League election observation
    mission": a mission (relations.yaml mission_nouns) that is no body named of its own stands for the organisation
    that owns it (its "of" phrase, possessive or name before the noun) when a person is said to lead it; None for a
    state's mission (its head an envoy of the state) or a mission of no organisation named."""
    if not noun.is_lower or norm(noun.lemma_) not in cues().mission_nouns or ctx.actor(noun) is not None:
        return None
    owner = None
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i:
            owner = ctx.actor(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            owner = next((ctx.np_actor(p) for p in c.children if p.dep_ == "pobj"), None)
        if owner is not None:
            break
    if owner is None:  # "the Y League election observation mission": the name before the noun's own compounds
        k = noun.i - 1
        while k > noun.left_edge.i and noun.doc[k].is_lower and noun.doc[k].dep_ == "compound":
            k -= 1
        owner = ctx.actor(noun.doc[k]) if k < noun.i - 1 else None
    if owner is None or isinstance(owner, _Group) or ctx.kind(owner) != "organization":
        return None
    return owner


def _state_led_unit(ctx: _Ctx, tok: Token, owner: int) -> bool:
    """"the NATO battlegroup in Velnia, led by France", "the EU naval mission, led by Greece": a state said to lead
    ("led" of relations.yaml passive_participles) a lower-case noun with no name of its own that only an
    organisation's name before it (``owner``) narrows leads that unit, the organisation's contingent, not the
    organisation; a person heading an organisation's mission stays its leader (``_mission_owner``, which a state's
    lead of a mission noun skips as well)."""
    head = tok.head
    if _participle_type(ctx, tok) != "leader_of" or not head.is_lower or head.pos_ != "NOUN" \
            or ctx.actor(head) is not None or isinstance(owner, _Group) or ctx.kind(owner) != "organization":
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.i < head.i and ctx.actor(c) == owner
               for c in head.children) and _led_by_state(ctx, tok)


def _led_by_state(ctx: _Ctx, tok: Token) -> bool:
    """Whether a passive participle's agent is a state ("led by France")."""
    return any(a is not None and not isinstance(a, _Group) and ctx.kind(a) == "country"
               for a in _agent_actors(ctx, tok))


def _agent_actors(ctx: _Ctx, tok: Token) -> list:
    """The actors (or None) of a passive participle's "by" objects ("led by France": France)."""
    return [ctx.np_actor(p) for ag in tok.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]


def _participle_type(ctx: _Ctx, tok: Token) -> str | None:
    """The tie a passive participle tells (relations.yaml passive_participles: "led" -> leader_of)."""
    return (ctx.kb.relations.get("passive_participles") or {}).get(tok.lemma_.lower())


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
        owner = _mission_owner(ctx, tok.head) if _participle_type(ctx, tok) == "leader_of" \
            and not _led_by_state(ctx, tok) else None
        if owner is not None:
            return owner  # "the observer mission of the Y Union, led by X": X leads the Union
        obj = ctx.np_actor(tok.head)
        # "Y, a militia commanded by X, which is armed by Z": "which" (or "that") hung on the agent X is said of the
        # body the participle describes; "which" is never said of a person
        no_person = tok.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which"
                                                for c in tok.children)
        if obj is not None and tok.dep_ == "relcl" and ctx.kind(obj) == "person":
            body = _body_of_agent(ctx, tok.head, tok)
            obj = body if body is not None else None if no_person else obj
        if obj is not None and _state_led_unit(ctx, tok, obj):
            return None  # "the NATO battlegroup in Velnia, led by France": France leads the battlegroup, not NATO
        if obj is not None and obj in _agent_actors(ctx, tok):
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
        return None if no_person and obj is not None and ctx.kind(obj) == "person" else obj
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
    named = _copula_description_subject(ctx, tok)
    if named is not None:
        return named  # "The Guard was the elite unit of the old regime, commanded by General X"
    if tok.i > 1 and doc[tok.i - 1].text in (",", "("):
        before = _before_bracket(doc, tok.i - 2)  # (past "(UXR)": "the Union for X Resistance (UXR), led by Y")
        if ctx.actor(before) is None and before.dep_ == "pobj" and before.head.dep_ == "prep" \
                and before.head.head.i < before.i and ctx.actor(before.head.head) is not None:
            before = before.head.head  # "the Council in exile, led by X": the name the phrase qualifies
        return ctx.actor(before)  # "the Dawn Alliance, led by X" parsed as a clause
    return None


def _copula_description_subject(ctx: _Ctx, tok: Token) -> int | None:
    """"The Guard was the elite unit of the old regime, commanded by General X", "The Front is a militia of the
    hills, led by X": a participle set off by a comma after a copula's predicate noun (a lower-case body's noun,
    roles.yaml org_nouns or unit_nouns, its phrases the last words before the comma), which the parser hangs on the
    copula, describes what that noun describes: the copula's subject, an organisation; None otherwise (no predicate
    noun, one naming an actor itself, or a participle before it)."""
    verb = tok.head
    if tok.dep_ != "advcl" or tok.tag_ != "VBN" or verb.lemma_ != "be" or tok.i < 2 or ctx.doc[tok.i - 1].text != "," \
            or not any(c.dep_ == "agent" for c in tok.children) \
            and _cut_off_agent(tok, cues().agent_gap_prepositions) is None:
        return None  # ("commanded until its collapse by X": the "by" after an adverbial)
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i < tok.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if attr is None or subj is None or attr.pos_ != "NOUN" or not attr.is_lower or ctx.np_actor(attr) is not None \
            or attr.right_edge.i != tok.i - 2 \
            or not in_any(norm(attr.lemma_), ctx.kb.org_nouns, ctx.kb.unit_nouns):
        return None  # (not "The Front was the target of a raid, led by X": the raid's)
    found = ctx.np_actor(subj)
    return found if found is not None and ctx.kind(found) == "organization" else None


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


def _opening_clause_subject(ctx: _Ctx, part: Token) -> int | None:
    """"Founded in 1998 by X, the movement ...", "Backed by Y, the Legion seized ...": a participle clause that
    opens the sentence is said of the main clause's subject (a definite description resolved: "the movement", the
    closest movement named before)."""
    doc = ctx.doc
    subj = next((c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > part.i), None)
    between = [t.text for t in read_tokens(doc)[part.right_edge.i:subj.left_edge.i]] if subj is not None else []
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
    for c in _listed_names(subj):
        a = ctx.np_actor(c)
        if a is not None and a != first and a not in out and (ctx.kind(a) == "person") == person:
            out.append(a)
    return out


def _listed_names(tok: Token) -> tuple[Token, ...]:
    """The other names of a list ``tok`` opens: its conjuncts ("A and B"), and, where the parser hung the second
    name as the first one's apposition and the rest as its conjuncts ("A, B and C"), that name and its conjuncts
    (an apposition with no conjunct of its own is a description, "A, the Velnian ally,", not a list)."""
    out = list(tok.conjuncts)
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and any(x.dep_ == "conj" and x.pos_ == "PROPN" for x in c.children):
            out += [c, *(x for x in c.conjuncts if x not in out)]
    return tuple(out)


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


def _is_state_word(ctx: _Ctx, tok: Token) -> bool:
    """``tok`` names a state: a country actor ("the presidency of Kalvar"), or a noun standing for the article's
    state (relations.yaml state_words: "the presidency of the republic")."""
    a = ctx.np_actor(tok) if tok.dep_ == "pobj" else ctx.actor(tok)
    return a is not None and ctx.kind(a) == "country" or norm(tok.text) in _state_words(ctx)


def _chief_vote(tok: Token) -> bool:
    """``tok`` is the vote for the state's chief office: a vote's noun (word_lists chief_vote_nouns) with its office's
    adjective (chief_vote_adjectives): "the presidential election", "the presidential race"."""
    return norm(tok.lemma_) in cues().chief_vote_nouns and any(
        c.dep_ == "amod" and norm(c.text) in cues().chief_vote_adjectives for c in tok.children)


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


def _states_named(ctx: _Ctx, span: Span, in_quotes: bool = True) -> set[str]:
    """The keys of the states ``span`` names (by name, adjective, capital or one of their institutions); with
    ``in_quotes`` False, only those named outside quotation marks."""
    from kingmaker.nlp import quoted

    found = {ctx.tok2m[i] for i in range(span.start, span.end) if ctx.tok2m[i] >= 0}  # (the span's own tokens only)
    return {m.key.split(":")[1] for m in (ctx.mentions[k] for k in found) if span.start <= m.start < span.end
            and m.key.startswith(("country:", "inst:")) and (in_quotes or not quoted(ctx.doc[m.start]))}


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


def _is_country(ctx: _Ctx, tok: Token) -> bool:
    a = ctx.actor(tok)
    return a is not None and ctx.kind(a) == "country"


def _sent_envoy(ctx: _Ctx, role: Token, person: int) -> int | None:
    """"The Y League has sent an envoy, X, to talk to all sides", "Sarvenia dispatched a special envoy, X": the state or
    body that is the subject of a verb of sending (relations.yaml envoy_sending_verbs) whose object is an envoy noun
    (roles.yaml envoy_nouns) with no possessor and no "of" / "to" phrase of its own; None otherwise (not when the
    verb is denied or only planned, not "sent an envoy to President Y": the envoy's own principal is unnamed there,
    but "to" a person names whom he is sent to, read elsewhere)."""
    verb = role.head
    if role.dep_ != "dobj" or norm(role.text) not in ctx.kb.envoy_nouns \
            or norm(verb.lemma_) not in _rel_words(ctx, "envoy_sending_verbs") or _unreal(verb) or _denied(verb) \
            or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in role.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sender = ctx.np_actor(subj) if subj is not None and subj.pos_ != "PRON" else None
    return sender if sender is not None and sender != person and ctx.kind(sender) in ("country", "organization") \
        else None


def _whose_rulers(ctx: _Ctx, verb: Token, subj: Token | None) -> bool:
    """"A, B and C, whose military governments formed Y", "A and B, whose juntas set up Y": the subject of a relative
    clause is a government noun (word_lists.ruling_nouns) owned by "whose", the antecedent a state: the states
    themselves made Y."""
    return subj is not None and verb.dep_ == "relcl" and subj.pos_ == "NOUN" \
        and norm(subj.lemma_) in cues().ruling_nouns and any(c.dep_ == "poss" and c.lower_ == "whose"
                                                            for c in subj.children) \
        and _is_country(ctx, verb.head)


def _ruled_state(ctx: _Ctx, tok: Token) -> Token:
    """"the (military) governments of A, B and C", "the juntas of A and B": the first state a government noun
    (word_lists.ruling_nouns) is "of", standing for the states it rules (its conjuncts the others); ``tok`` itself
    otherwise."""
    if tok.pos_ != "NOUN" or norm(tok.lemma_) not in cues().ruling_nouns:
        return tok
    return next((q for pr in tok.children if pr.dep_ == "prep" and pr.lower_ == "of"
                 for q in pr.children if q.dep_ == "pobj" and _is_country(ctx, q)), tok)


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


def _partitive_whole(ctx: _Ctx, obj: Token) -> Token:
    """The noun after "of" when ``obj`` is a word of quantity (word_lists.partitive_words, or a number) naming no actor
    itself: "X backs several of Y's parties", "X funds two of the Front's brigades", "X arms parts of the Y army"
    (the parties, the brigades, the army); else ``obj``."""
    if ctx.actor(obj) is not None or not (obj.tag_ == "CD" or norm(obj.lemma_) in cues().partitive_words):
        return obj
    return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), obj)


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
    if typ in ("backs", "allied_with") and not neg and told_as_over(tok):
        return  # "X used to fund Y", "X, which once armed Y", "X failed to back Y": a tie told as over or not made
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
    if typ == "backs":
        obj = _partitive_whole(ctx, obj)  # "X backs several of Y's parties": the parties, Y's
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
    said = head.head if subj is not None and subj.lower_ in ("who", "that") and head.dep_ == "relcl" else subj
    if typ == "member_of" and not neg and (_people_of(ctx, said) or _force_men(ctx, said)):
        return  # "two X lawmakers joined Y", "X deputies who joined Y": the people went over, not X
    s_actor = ctx.np_actor(subj)
    if s_actor is None and subj is not None and typ == "leader_of" and norm(lemma) in cues().forming_verbs \
            and _ruled_state(ctx, subj) is not subj:
        subj = _ruled_state(ctx, subj)  # "the juntas of A, B and C formed Y": the states they rule (A's conjuncts)
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
    whose_rulers = typ == "leader_of" and norm(lemma) in cues().forming_verbs and _whose_rulers(ctx, head, subj)
    if whose_rulers:
        s_actor = ctx.np_actor(head.head)  # "A, B and C, whose military governments formed Y": the states
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
        sources += [x for x in (ctx.np_actor(c) for c in _listed_names(subj)) if x is not None]  # "A and B fund Y"
    elif s_actor is not None and subj is not None and subj.lower_ in ("which", "who", "that") \
            and head.dep_ == "relcl" and (_plural_verb(head) or typ == "leader_of" and ctx.kind(s_actor) != "person"
                                          and norm(lemma) in cues().forming_verbs):
        # "A and B, which back Y": the antecedent's conjuncts; "A, B and C, which formed Y" (a body made by bodies
        # or states: several makers in any tense), "the juntas of A, B and C, which left Z to form Y"
        sources += _conjoined_subjects(ctx, _ruled_state(ctx, head.head), s_actor)
    if whose_rulers and s_actor is not None:
        sources += _conjoined_subjects(ctx, head.head, s_actor)
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
            if typ == "leader_of" and ctx.kind(s_actor) == "person" and t is not None and ctx.kind(t) == "country" \
                    and i < len(objs) and objs[i].is_lower and norm(objs[i].lemma_) in cues().portfolio_nouns:
                continue  # "X heads the economy ministry": a minister, a member of the state (_portfolio), no ruler
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
    if noun.pos_ not in ("NOUN", "PROPN") or norm(noun.lemma_) not in cues().ruling_nouns:
        return None  # ("The Government of President X": capitalised, read as a name)
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


def _listed_participle(tok: Token) -> bool:
    """"Y has been funded, armed and trained by X": the second participle of a list after a comma, which the parser
    hung on the first as an adverbial clause (no subject, auxiliary or opener of its own)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.tag_ == "VBN" and tok.i == tok.head.i + 2 \
        and tok.doc[tok.i - 1].text == "," and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "advmod") for c in tok.children)


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
    elif owner is None and poss.pos_ == "NOUN":
        owner = ctx.definite(poss, patron)  # "X trains the army's officers": the army "the army" refers to
    if owner is None or owner == patron or _force_state(ctx, owner) == patron or not _state_side(ctx, owner):
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
        verb = _conjunct_root(subj.head)
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


def _nationals_unit(ctx: _Ctx, noun: Token, owner: int) -> bool:
    """"X, the Belarusian volunteer unit fighting for Ukraine", "the Velnian exile brigade": a unit noun narrowed by
    a word for people who left their state to fight (word_lists.nationals_unit_words) names its fighters' nation, not
    the state that owns it (a state only: "the Front's volunteer brigade" is still the Front's)."""
    return ctx.kind(owner) == "country" and any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and norm(c.lower_) in cues().nationals_unit_words
        for c in noun.children)


def _state_officer(ctx: _Ctx, role: Token, lemma: str) -> bool:
    """Whether a military rank written as a common noun (roles.yaml person_subkinds military, spelled out: "colonel",
    "general", "captain") is modified by a state's adjective, with an article: "X, a Kenyan colonel,", "led by a
    Ostravian general, X", "the Velnian admiral X": an officer of that state's forces (member_of the state, as the
    title before the name, "Kenyan Colonel X", is read). Not a rank with no state ("a retired colonel") nor one
    modified by a body ("a Front colonel" is left to the body's rules)."""
    if len(lemma) < 4 or ctx.kb.person_subkinds.get(lemma) != "military" or lemma in ctx.kb.leader_roles \
            or role.pos_ != "NOUN" or not any(c.dep_ == "det" for c in role.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in role.children):
        return False  # (not "the Kenyan captain of the ship": a post of something else, the state only his origin)
    modifier = _modifier_actor(ctx, role)
    return modifier is not None and ctx.kind(modifier) == "country"


def _post_of_other(ctx: _Ctx, role: Token, modifier: int) -> bool:
    """Whether a post an organisation's name modifies heads another named thing, given after "of": "X, the Harvest
    Party governor of Kelmar", "the Front mayor of Dovra", "the Union chair of the Dovra Council": the post heads
    Kelmar (a name after "of"), and the party only says whose member holds it (member_of, not leader_of). A state so
    named ("the Ostravian governor of Kelmar") is left to the state rules."""
    if ctx.kind(modifier) != "organization":
        return False
    for o in _of_object(role):
        if o.head.lower_ != "of" or o.head.head != role:
            continue
        other = ctx.np_actor(o)
        if other is not None and other != modifier or other is None and o.pos_ == "PROPN" and o.text[:1].isupper():
            return True
    return False


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
                    and all(t.pos_ == "PROPN" and ctx.tok2m[t.i] < 0 for t in read_tokens(ctx.doc)[c.left_edge.i:c.i]) \
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
    words = [norm(t.text) for t in read_tokens(ctx.doc)[obj.left_edge.i:obj.i + 1]
             if t.lower_ != "the" and not t.is_punct]
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


def _second_posts(ctx: _Ctx, role: Token) -> list[Token]:
    """"X, the mayor of Pell and leader of the Y Front", "X, an adviser on trade and head of the Y League": a second
    post (a role word with no article, no possessor and no name of its own) that the parser hangs as a conjunct of
    the first role's prepositional object, its own "of" hung on it or on that object, is a second post of the one
    described (``_of_object`` reads its "of"), not a second object of the first role. Not where that object is
    itself a role word ("the wife of the leader and founder of Y": the founder is the leader, not X), nor a post
    with an article or a possessor of its own (a second person: "the mayor's aide and the leader of Y")."""
    kb = ctx.kb
    out = []
    for t in role.subtree:
        if t.dep_ != "conj" or t.pos_ != "NOUN" or t.head.dep_ != "pobj" or t.head.head.head != role \
                or norm(t.lemma_) not in kb.role_words or ctx.np_actor(t) is not None:
            continue
        first = t.head
        if norm(first.lemma_) in kb.role_words or any(c.dep_ in ("det", "poss") for c in t.children):
            continue
        if t.i + 1 >= len(ctx.doc) or ctx.doc[t.i + 1].lower_ != "of" or ctx.doc[t.i + 1].head not in (first, t):
            continue  # (the post's own "of", right after it)
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


def _possessed_ministry_state(ctx: _Ctx, obj: Token, typ: str) -> int | None:
    """"the spokeswoman of Velnia's defence ministry", "an official at Velnia's foreign ministry", "a spokesman for
    Velnia's government": the state whose possessive owns the executive body (roles.yaml state_executive) a role's
    "of" / "at" / "for" / "in" names; None otherwise. A head's post ("the head of Velnia's government") heads a
    government, cabinet or presidency, no member's post: only a ministry's, an embassy's or a mission's head is read
    (a minister serves the state)."""
    if obj.head.lower_ not in ("of", "at", "for", "in") or norm(obj.text) not in ctx.kb.state_executive:
        return None
    if typ == "leader_of" and norm(obj.lemma_) in ("government", "presidency", "cabinet"):
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    state = ctx.actor(owner) if owner is not None else None
    return state if state is not None and ctx.kind(state) == "country" else None


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


def _reported_smear(role: Token) -> bool:
    """"The Front says the Y Party is a puppet of X", "A claimed that Y was X's puppet": a tie noun that is also an
    insult (relations.yaml smear_tie_nouns) said of Y in a clause a reporting verb (report_verbs) governs: the
    speaker's charge, no tie. The author's own "Y is a puppet of X" stays one."""
    if norm(role.lemma_) not in cues().smear_tie_nouns and norm(role.text) not in cues().smear_tie_nouns:
        return False
    verb = role.head if role.dep_ == "attr" else None
    return verb is not None and verb.dep_ == "ccomp" and norm(verb.head.lemma_) in cues().report_verbs


def _role_ties(ctx: _Ctx, owner: int, role: Token, of_phrases: dict, adjectives: dict,
               implied: list | None = None) -> None:
    kb = ctx.kb
    if _none_said(role, identity=True):
        return  # "X is no ally of Y", "X, no friend of Y,": a tie said not to be
    if _reported_smear(role):
        return  # "A says Y is a puppet of X": A's charge, no tie
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
    if j > role.i and norm(span_text(doc, role.i, j + 1)) in kb.role_words:
        lemma = text = norm(span_text(doc, role.i, j + 1))
    former = any(c.dep_ in ("amod", "compound", "advmod", "nmod") and _hyphened_word(c) in
                 (kb.relations.get("not_current_titles") or ()) for c in role.children)  # (and "the would-be ...")
    if not former and role.dep_ in ("attr", "appos", "nsubj") and role.head.lemma_ in ("be", "remain") \
            and _former_copula(ctx, role.head):
        former = True  # "X was once Y's patron", "Y's patron was once X": a stance that no longer holds
    if not former and role.dep_ == "appos" and _past_description(ctx, role):
        former = True  # "Y, formerly X's youth wing,", "Y, once the armed wing of X,": a tie told as over
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
    deputy = _hyphened_title_deputy(ctx, role, j)
    # "the new prime minister", "the internationally recognised prime minister": the longest title the words end in
    words = full.split()
    typ = next((t for t in (_role_relation(kb, " ".join(words[k:])) for k in range(len(words) - 1 if not former else 1))
                if t), None) or _role_relation(kb, lemma) or _role_relation(kb, text) \
        or (_role_relation(kb, full) if " " not in full else None)  # "Secretary-General" split: "General" alone is none
    if typ == "leader_of" and deputy:
        typ = "member_of"  # "its deputy secretary-general, X": a deputy sits in the body, leads none
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
    contribution = typ is None and not former and lemma in _rel_words(ctx, "contribution_nouns") \
        and ctx.kind(owner) in ("country", "organization") \
        and not (role.dep_ in ("attr", "nsubj") and _told_as_past(role.head))  # (not "... was Y until 2020")
    if contribution:
        typ = "member_of"  # "X, the largest troop contributor to Y": one of Y's members
    if typ is None and not former and _state_officer(ctx, role, lemma):
        typ = "member_of"  # "X, a Kenyan colonel,": an officer of the state's forces serves the state
    if former and typ not in ("leader_of", "member_of"):
        return  # "a former ally of X": a stance that no longer holds (a former post still says where one belongs)
    if former and set(full.split()) & cues().opposition_words:
        return  # "Velnia's former opposition leader, X": a stance against the rulers that no longer holds (_for_state)
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
        if not (typ == "opposes" and any(h.type == "leader_of" and {h.source, h.target} == {owner, poss_owner}
                                         for h in ctx.hits)):
            # (not "His militia, his rivals and X": a list read as an apposition; no body is its own leader's rival)
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
                or _with_of_phrase(role, lemma) in (kb.relations.get("staff_titles") or ())) \
                and not (role.i + 1 < len(role.doc) and role.doc[role.i + 1].lower_ in ("there", "here")):
            # (not "his deputy there, X": a post in the body or place just named, not the one the person leads)
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
        if not (ctx.kind(modifier) == "country" and lemma in cues().origin_only_roles):
            # (not "X, a Kenyan activist", "the Ostravian militant X": where the person is from, no post of the state)
            held = "member_of" if typ == "leader_of" and _post_of_other(ctx, role, modifier) else typ
            ctx.add(owner, _for_owner(ctx, owner, _for_state(ctx, held, modifier, full, lemma)), modifier,
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
            and role.tag_ == "NN" and (role.dep_ == "appos" or role.dep_ == "attr" and not former):
        # "X, the largest party in the Y Framework", "X is the largest party in the Y coalition": a member body of Y
        # (not of a house: "the largest party in parliament", nor of a state; said with a copula, of a coalition
        # only: "X is now the largest group in the Diet")
        for obj in _of_object(role):
            whole = ctx.np_actor(obj) if obj.head.lower_ in INSIDE_PREPS else None
            if whole is not None and whole != body and ctx.kind(whole) == "organization" \
                    and ctx.subkind(whole) not in ("legislature", "government") \
                    and not set(norm(ctx.actors[whole].name).split()) & kb.legislature_words \
                    and (role.dep_ == "appos" or _coalition(ctx, whole)):
                ctx.add(body, "member_of", whole, role.sent, 0.65)
    objects = _of_object(role)
    if not objects and j > role.i and (doc[j].head.i in range(role.i, j) or doc[j].head.i == role.head.i != role.i):
        # "X, the secretary-general of Y" with "of Y" hung on "general" (and "general" on "secretary", or each
        # piece of the split word on the name, as an apposition of its own)
        objects = _of_object(doc[j])
    if phrase in ("backs", "allied_with", "opposes") and typ == phrase or contribution:
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
        if target is None and obj.head.lower_ == "of" and typ in ("leader_of", "member_of"):
            target = _mission_owner(ctx, obj)  # "head of the Y League election observation mission": the League
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
                obj.head.lower_ in ("in", "at") and (poss_owner is not None or norm(role.lemma_) in cues().posted_roles
                                                     or modifier is not None and ctx.kind(modifier) == "organization")
                or obj.head.lower_ in ("for", "to") and (norm(role.lemma_) in cues().posted_roles
                                                         or poss_owner is not None and poss_owner != target)):
            # "Iran's ambassador in Baghdad", "the UN envoy for Ostravia", "its mission chief for Y", "a Y Party
            # official in Ostravia" (a body's post, named as the role's modifier): where the post is
            continue
        if target is not None and ctx.kind(target) == "country" and obj.head.lower_ in ("in", "inside", "within") \
                and norm(role.lemma_) in cues().unofficial_roles:
            continue  # "the most senior cleric in Iraq": where the person is, no post of the state
        if _oath_venue(ctx, role, obj, target, full, lemma):
            continue  # "sworn in as President at Velgrad Castle": where the oath is taken, no body the head leads
        if target is None and obj.head.lower_ == "of" and typ in ("leader_of", "member_of"):
            target = _titled_of_object(ctx, role, obj, full)  # "chief of (the general) staff of the X Armed Forces"
        if target is None and typ in ("leader_of", "member_of") and ctx.kind(owner) == "person":
            state = _possessed_ministry_state(ctx, obj, typ)
            if state is not None and state != poss_owner:
                # "X, the spokeswoman of Velnia's defence ministry", "an official at Velnia's interior ministry":
                # a post in a state's executive body serves that state
                named_by = state
                ctx.add(owner, "member_of", state, role.sent, 0.7)
                continue
        if target is None and typ == "part_of" and ctx.kind(owner) == "organization" and obj.head.lower_ == "of" \
                and not former:
            state = _possessed_ministry_state(ctx, obj, typ)
            if state is not None and state != poss_owner:
                # "the X Corps, a unit of Velnia's defence ministry": a body inside a state's executive body is part
                # of that state (as "a unit of the Velnian defence ministry" is)
                named_by = state
                ctx.add(owner, "part_of", state, role.sent, 0.7)
                continue
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
    if named_by is None and typ in ("leader_of", "member_of") and ctx.kind(owner) == "person" and not former:
        sender = _sent_envoy(ctx, role, owner)
        if sender is not None:  # "the League has sent an envoy, X, to talk to all sides": the League's
            named_by = sender
            ctx.add(owner, "member_of", sender, role.sent, 0.65)
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
            and not _peers(role) and not _listed_member(role):
        p = ctx.pronoun_actor(poss, exclude=owner)
        if p is not None:
            _owned_body(ctx, p, owner, role.sent)


def _oath_venue(ctx: _Ctx, role: Token, obj: Token, target: int | None, full: str, lemma: str) -> bool:
    """"X was sworn in as President at Velgrad Castle", "inaugurated as prime minister at the Marble Palace": a head
    of state's or government's title (roles.yaml head_of_state_titles) taken "as" a post, with a place named right
    after "at", says where the post was taken up, not a body the holder leads (the post is the state's: the bare
    title's own rule). Not a meeting of a body ("elected president at the Harbour Union congress": the object is the
    meeting's noun, the body its modifier, and the body is led), nor any other title ("chairman at the bank")."""
    return target is not None and ctx.kind(target) != "country" and obj.head.lower_ == "at" \
        and role.dep_ == "pobj" and role.head.lower_ == "as" and ctx.actor(obj) == target \
        and (full in ctx.kb.head_of_state_titles or lemma in ctx.kb.head_of_state_titles)


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


def _listed_member(noun: Token) -> bool:
    """"a coalition of his party, the Green Front and the Farmers' Union": a possessed body's noun that opens the list
    of an alliance's members (the object of "of" after one of word_lists.alliance_nouns), the name after its comma
    joined to a further member, is one item of the list, not named by the name that follows it (the parser's
    apposition)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or norm(noun.head.head.lemma_) not in cues().alliance_nouns:
        return False
    return any(c.dep_ == "appos" and any(x.dep_ == "conj" for x in c.children) for c in noun.children)


def _owned_body(ctx: _Ctx, owner: int, body: int, where: Span) -> None:
    """"his militia, X" (he leads it), "its bloc, X" (a part of the organisation), a state's militia (backs).
    A state's own organ ("its National Council, X", "its army, X") is the state itself, no body it backs."""
    kind = ctx.kind(owner)
    if kind == "country" and ctx.subkind(body) in STATE_LIKE_SUBKINDS:
        return
    typ = _owned_by_person(ctx, owner, body) if kind == "person" else "part_of_reverse" if kind == "organization" \
        else "backs"
    ctx.add(owner, typ, body, where, 0.6)


def _owned_by_person(ctx: _Ctx, person: int, body: int) -> str:
    """The tie of a person to "his militia, X", "his X Front": the person leads it, unless the article names the
    person with a member's or deputy's title ("deputy chairman X and his Y Party": X belongs to it; see
    ``_person_owns``, whose state bodies this leaves as they were)."""
    if ctx.subkind(body) != "coalition" and any(_title_relation(ctx.kb, words) == "member_of"
                                                 for words in _titles_before(ctx, person, ctx.doc[:])):
        return "member_of"
    return "leader_of"


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
    """Only a head of state or government leads a state: "the American commander" is a member of it. A leader's
    title with an opposition word in it (word_lists.opposition_words) leads the state's opposition, who stand
    against its rulers: "Velmany's opposition leader, X" opposes Velmany, as "the Velmanian opposition leader X"
    does (_opposition_leaders)."""
    if typ != "leader_of" or target is None or ctx.kind(target) != "country":
        return typ
    words = full.split()
    if set(words[:-1]) & cues().opposition_words:
        return "opposes"
    heads = ctx.kb.head_of_state_titles | set(ctx.kb.relations.get("state_leader_words") or ())
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
    mods = {_hyphened_word(c) for c in role.children if c.dep_ in ("amod", "compound", "advmod", "nmod")}
    if mods & set(kb.relations.get("not_current_titles") or ()):
        return None  # "former president X": no longer holds the post; "the would-be president, X": not yet
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
    if any(t.lower_ in cues().past_post_words for t in span_tokens(role.sent)) or _closed_span(top) \
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


def _appointing_verb(role: Token) -> Token | None:
    """The verb that gives the post ``role`` names with no article: "elected X as president", "named X prime
    minister" (relations.yaml appointing_verbs; the bare post as the "as" phrase's object or the object's
    predicate); None for any other title."""
    if any(c.dep_ in ("det", "poss") for c in role.children):
        return None
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head if role.dep_ == "oprd" \
        or _named_post_object(role) else None
    if verb is None or norm(verb.lemma_) not in cues().appointing_verbs or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "neg") and (c.tag_ == "MD" or c.dep_ == "neg" or c.lower_ == "to")
                   for c in verb.children):
        return None  # "X shall be appointed as premier", "will elect X as president": not yet given
    return verb


def _named_post_object(role: Token) -> bool:
    """"appointed X prime minister", "elected X president" parsed with the post as the verb's object: a singular
    post noun object whose name is a first object right before it or a proper-noun modifier opening its phrase (the
    person named to it; ``_post_appointee`` checks the name is a person's)."""
    if role.dep_ != "dobj" or role.tag_ != "NN":
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i == role.left_edge.i - 1 for c in role.head.children) \
        or any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.left_edge.i == role.left_edge.i
               for c in role.children)


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


def _venue(tok: Token) -> bool:
    """"talks", "summit": a meeting that a place hosts (word_lists.venue_nouns), not a state's own
    politics ("cabinet talks in Ostrava", "coalition talks": word_lists.domestic_talk_words)."""
    c = cues()
    return (norm(tok.text) in c.venue_nouns or norm(tok.lemma_) in c.venue_nouns) and not any(
        ch.dep_ in ("compound", "amod", "nmod") and norm(ch.text) in c.domestic_talk_words for ch in tok.children)


def _hosted_by(ctx: _Ctx, noun: Token, a: int | None) -> bool:
    """"the Nairobi talks", "the Doha summit": a meeting (_venue) that the place named as its modifier (``a``)
    hosts; the host is no party to the meeting ("a meeting of the Council" is the Council's own)."""
    return a is not None and _venue(noun) and any(c.dep_ in ("compound", "amod", "nmod") and ctx.actor(c) == a
                                                  for c in noun.children)


def _peers(noun: Token) -> bool:
    """"his fellow rebels": the owner's peers, not a body the owner leads or has (word_lists.peer_words)."""
    return any(norm(c.text) in cues().peer_words for c in noun.children if c.dep_ in ("amod", "compound"))


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


def _semicolon_after(doc: Doc, c: int, v: int) -> bool:
    """A semicolon stands between the phrase headed by token ``c`` and token ``v`` after it: "Interior minister and
    party member; runs the police" (the phrase is a description of its own, not the verb's subject)."""
    return c < v and any(t.text == ";" for t in read_tokens(doc)[c + 1:v])


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


def _legal_form_name(kb, name: str) -> bool:
    """A company's name by its legal form at its end (roles.yaml company_suffixes: "Quenmore Mining plc")."""
    words = name.split()
    return bool(words) and norm(words[-1]) in kb.company_suffixes


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


def _hyphened_word(tok: Token) -> str:
    """The hyphenated word whose last part is ``tok``, as one word ("would-be" for the "be" of "the would-be
    president"; "one-time"), else ``tok``'s own text (normalised)."""
    first = hyphen_first_part(tok)
    if first is not None:
        return (tok.doc[first].text + "-" + tok.text).lower()  # (as the cue lists write it: norm makes "would be")
    return norm(tok.text)


def _deputy_post(rel: dict, before: list[str], typ: str) -> str:
    """A leader's title (relations.yaml implied_state_titles) after a word of deputy_words is a deputy's post, a
    member's: "Deputy President X", "the vice premier, X", "Deputy Emir X" (its own key first where it has one)."""
    return "member_of" if typ == "leader_of" and set(before) & set(rel.get("deputy_words") or ()) else typ


def _hyphened_title_deputy(ctx: _Ctx, role: Token, j: int) -> bool:
    """A deputy word ("deputy", "vice": relations.yaml deputy_words) right before a hyphened title the tokenizer
    split ("the Front's deputy secretary-general, X"), which the parser leaves no compound of the title: read on
    either half of the title ("secretary", whose hyphened end runs to token j, or "general")."""
    doc, deputies = ctx.doc, ctx.kb.relations.get("deputy_words") or ()
    if j > role.i:
        start = role.i
    elif role.i >= 2 and doc[role.i - 1].text == "-" and not doc[role.i - 1].whitespace_ \
            and not doc[role.i - 2].whitespace_:
        start = role.i - 2
    else:
        return False
    return start >= 1 and norm(doc[start - 1].text) in deputies
