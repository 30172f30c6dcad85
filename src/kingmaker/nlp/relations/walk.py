"""The relations stage's walk over a Doc's tokens (``find_relations``): each token is offered to the rules its
words and labels call for; the helpers only this walk uses live here.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kingmaker.knowledge import norm
from kingmaker.nlp import (BULLETS, doc_span, doc_text, read_tokens, singular, span_text, token_children, token_deps,
                           token_lowers, token_norms, token_pos, token_texts)
from kingmaker.nlp import in_any
from kingmaker.nlp.relations.shared import (INSIDE_PREPS, PRONOUN_KINDS, STATE_LIKE_SUBKINDS, _BODY, _JOINT_WORDS,
                                            _adjective_relation, _allies_within, _appointed_pronoun, _apposition_owner,
                                            _before_bracket, _body_before_comma, _body_owner, _bracketed_list,
                                            _chamber_name, _chief_vote, _clause_subject, _collective_whole,
                                            _conditional, _conjoined_subjects, _conjunct_root,
                                            _copula_description_subject, _cut_off_agent, _denied, _described_name,
                                            _document_chamber, _entry_head, _exit_demanded, _first_actor, _for_owner,
                                            _foreign_force_owner, _foreign_forces_stationed, _foreign_personnel_beside,
                                            _former_copula, _government_holder, _hostility, _included, _including,
                                            _internal_body, _is_country, _is_state_word, _joint_list,
                                            _leading_antecedent, _legislature, _list_members, _listed, _listed_member,
                                            _listed_participle, _lost_agent, _lost_apposition, _modifier_actor,
                                            _modifiers, _named_after_comma, _nationals_unit, _noun_phrase, _of_members,
                                            _of_object, _only_future, _opposition_leaders, _opposition_parties, _organ,
                                            _other_tie_word, _owned_body, _participle_holder, _partitive, _peers,
                                            _people_of, _phrasal, _phrase_relation, _picked_out, _possessive_mark,
                                            _possessor, _prep_verb, _rebel_groups, _refused, _regarded_as, _rel_words,
                                            _relational_title, _relative_antecedent, _revolt, _role_relation,
                                            _role_ties, _ruled_state, _second_posts, _second_roles, _semicolon_after,
                                            _sending_state, _set_aside_owner, _set_off_participle,
                                            _shared_possessor_stance, _split_perfect, _stance, _stand_ins,
                                            _state_owned_words, _stationed_by_consent, _stray_verb_clause,
                                            _title_relation, _titles_before, _truce_pact, _unreal, _verb_in, _yet_to_be,
                                            cues)
from kingmaker.nlp.relations.posts import (_acronym_parent, _announced_birth, _at_the_head, _bare_object_relative,
                                           _body_after_conjoined_role, _body_seat, _bracketed_party, _built_around,
                                           _chair_tie, _chief_office_won, _chosen_successors, _composed_whole,
                                           _constituents, _counted_among, _counted_group_name, _definite_owner_units,
                                           _delegation_head, _entry_description, _entry_titled_persons, _field_given,
                                           _government_of_ruler, _implied_state_ties, _its_state_owned, _joined_in,
                                           _leader_of_body, _listed_units, _loose_body_apposition,
                                           _member_compound_list, _member_list, _member_noun, _member_preposition,
                                           _membership, _named_part, _named_state_forces, _named_wing, _nicknamed_party,
                                           _office_handed, _organ_members, _owned_units_inside, _party_of_person,
                                           _person_of, _person_owns, _plural_title_names, _portfolio,
                                           _possessed_membership, _possessed_part_beside, _possessed_units, _possessive,
                                           _possessor_in_name, _post_of_title, _section_officers, _served_states,
                                           _set_off_members, _speaker_posts, _speakers_body, _state_company,
                                           _state_named_persons, _state_owned_apposition, _state_under_leader,
                                           _state_unit, _statement_reader, _stayed_in, _successor_posts,
                                           _suspended_member, _switched_body, _title_before, _troops_in_body,
                                           _units_inside, _unlike_members, _whose)
from kingmaker.nlp.relations.stances import (_DEMONYM_TIES, _add_voting_ties, _against_phrase, _arms_and,
                                             _backer_in_capital, _body_plural, _called_rivals, _contact_relative,
                                             _formed_government_of, _formed_to_unite, _fought_alongside, _giving,
                                             _government_formed_by, _headed_coalition, _hostile_noun, _hostile_regard,
                                             _hostile_state, _joint_action, _joint_security_work, _material_help,
                                             _misparsed_backing, _mutual_apposition, _mutual_group_nouns,
                                             _mutual_regard, _mutual_rival, _nominated, _partnership, _pitted,
                                             _receiving, _recognition_withheld, _refused_partnership, _repeated_attacks,
                                             _ties, _ties_broken, _unnamed_alliance, _unnamed_coalition_list,
                                             _wanted_gone)

if TYPE_CHECKING:
    from kingmaker.nlp.relations.resolver import RelationHit, _Ctx
_INERT_POS = frozenset({"DET", "CCONJ", "SCONJ", "NUM", "SPACE", "ADP", "PART", "PUNCT", "SYM", "INTJ", "X", "ADV"})


def _joined_apposition(ctx: _Ctx, noun: Token, of_phrases: dict) -> bool:
    """"X, chairman of the Y Union and President Z's junior partner, opened ...": a possessed tie noun (relations.yaml
    of_phrases: "partner", "ally", "rival") the parser joined by "and" to the named person, after an apposition of
    that person and before the comma that closes it, is a second apposition: said of the person, not a second name."""
    doc = noun.doc
    named = ctx.actor(noun.head)
    if named is None or ctx.kind(named) != "person" or norm(noun.lemma_) not in of_phrases \
            or not any(c.dep_ == "poss" for c in noun.children):
        return False
    before = noun.left_edge.i - 1
    if before < 1 or doc[before].lower_ != "and" or doc[before].head.i != noun.head.i:
        return False
    if not any(c.dep_ == "appos" and c.pos_ == "NOUN" and noun.head.i < c.i < before for c in noun.head.children):
        return False  # (the first apposition: "X, chairman of Y and ...", not a list "X and Z's partner")
    return noun.right_edge.i + 1 < len(doc) and doc[noun.right_edge.i + 1].text == ","


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
    membership_nouns = _rel_words(ctx, "membership_nouns")
    staying_verbs = set(rel.get("staying_member_verbs") or ())
    suspension_verbs = set(rel.get("suspension_verbs") or ())
    switching_verbs = {w for ws in (rel.get("body_switching") or {}).values() for w in ws}
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
    exit_heads = {w.split()[0] for w in (wished_end.get("exit_words") or ())}
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
        if tok.dep_ == "prep" and tok.lower_ == "unlike":  # (an ADP: before the filter below)
            _unlike_members(ctx, tok)  # "Unlike A and B, C has not joined the Y Alliance"
        if tok.dep_ == "prep" and tok.lower_ == "under":
            _state_under_leader(ctx, tok)  # "Velnia, which under President Y recognised the claim": Y leads Velnia
        if tok.dep_ == "prep" and tok.lower_ in org_preps:  # (an ADP: before the filter below)
            part = ctx.actor(_past_comma(tok))
            if part is None:
                part = _described_name(ctx, _past_comma(tok))  # "X, a militia (grouped) under the umbrella of Y"
            if part is None and tok.lower_ == "under":
                part = _comma_set_subject(ctx, tok)  # "The X Army, under General Y, took the town"
            ruled_by = False  # "X, which has ruled the north under General Y": only a person is read from it
            if part is None and tok.lower_ == "under":
                part = _apposition_owner(ctx, tok.head)  # "X, a pact of nine clans under Y"
            if part is None and tok.lower_ == "under":
                part = _members_body(ctx, tok.head)  # "the four MPs of the Y Party under X": only a person leads it
                ruled_by = part is not None
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
            if part is None and tok.lower_ == "under" and clause is tok.head and _power_taken_under(clause):
                # "the Council took power in 2021 under General Y", "the junta took over under Colonel Y": Y led it
                part, ruled_by = _clause_subject(ctx, clause), True
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
        if tok.pos_ == "NOUN" and lemmas[tok.i] in membership_nouns:
            _possessed_membership(ctx, tok)  # "Velnia's membership of the Pact", "the country's Pact membership"
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
        if tok.lower_ in ("its", "whose") and tok.i + 2 < len(doc) and norm(_tk[tok.i + 1].lower_) in cue.state_company_nouns:
            _state_company(ctx, tok)  # "Egypt, whose company X runs the port"
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
        # "X, chairman of the Y Union and President Z's junior partner, ...": a second apposition joined by "and"
        if tok.dep_ == "conj" and a is None and tok.pos_ == "NOUN" and _joined_apposition(ctx, tok, of_phrases):
            _role_ties(ctx, ctx.actor(tok.head), tok, of_phrases, adjectives, implied)
        # 1. appositions: "X, the head of Y" / "Y, the military wing of Z" / "X, an ally of Y"
        if tok.dep_ == "appos" and _list_item(tok):
            role = _item_role(ctx, tok)  # "...; the Director of Y, B": the post this item gives before the name
            if role is not None:
                _role_ties(ctx, a, role, of_phrases, adjectives, implied)
        elif tok.dep_ == "npadvmod" and a is not None and ctx.kind(a) == "person":
            role = _post_before_name(ctx, tok)  # "X met the commander of Y, Z, in W": Z the commander
            if role is not None:
                _role_ties(ctx, a, role, of_phrases, adjectives, implied)
            elif (role := _plural_role_before_names(ctx, tok)) is not None:
                for c in (tok, *tok.conjuncts):  # "guards held two Y Party MPs, A and B, overnight"
                    if ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person":
                        _role_ties(ctx, ctx.actor(c), role, of_phrases, adjectives, implied)
        elif tok.dep_ == "pobj" and a is not None and ctx.kind(a) == "person" \
                and (role := _post_of_place_before_name(ctx, tok)) is not None:
            _role_ties(ctx, a, role, of_phrases, adjectives, implied)  # "the Prime Minister of Y, X, flew home"
        elif tok.dep_ == "conj" and a is None and tok.pos_ == "NOUN" and tok.left_edge.i >= 1 \
                and _tk[tok.left_edge.i - 1].text == "," and _tk[tok.left_edge.i - 1].head.i == tok.head.i \
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
        elif a is not None and tok.dep_ == "dep" and (role := _plural_role_before_names(ctx, tok)) is not None:
            for c in (tok, *tok.conjuncts):  # "police held two Y Party MPs, A and B": each name holds the role
                if ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person":
                    _role_ties(ctx, ctx.actor(c), role, of_phrases, adjectives, implied)
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
                role = _nearer_conjoined_role(ctx, tok, role)
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
                # "X, Velnia's prime minister, head of the Y Party": a second post the parser hung on the first
                if role is tok and ctx.kind(owner) == "person":
                    for c in _stacked_posts(ctx, role):
                        _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                # "X, a senior A official and chief of its B": each conjoined role gives its own tie
                for c in role.conjuncts:
                    c = _one_of(c) if c.lower_ == "one" else c  # "X, Y's president and one of the council's members"
                    if c.i > role.i and c.pos_ in ("NOUN", "PROPN") and ctx.actor(c) is None:
                        _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                        _body_after_conjoined_role(ctx, owner, role, c)
                for c in _role_after_named_object(ctx, role):
                    _role_ties(ctx, owner, c, of_phrases, adjectives, implied)
                if role is tok:  # "X, chief of staff of the army and Z's closest ally": a stance hung on "the army"
                    for c in _second_roles(ctx, role, of_phrases) + _second_posts(ctx, role):
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
            if named is not None and owner is not None and ctx.kind(named) == "organization" \
                    and not _nationals_unit(ctx, tok, owner):
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
        # (the phrase's end is read only where the test below can use it: a role noun of no actor, no apposition)
        comma = _role_phrase_end(tok) if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ != "appos" and a is None \
            else tok.i + 1
        if tok.pos_ in ("NOUN", "ADJ") and tok.dep_ != "appos" and a is None and comma + 2 < len(doc) \
                and _tk[comma].text == "," and not any(c.dep_ == "appos" for c in tok.children) \
                and (norm(tok.lemma_) in kb.role_words or tok.lemma_ in of_phrases
                     or norm(" ".join(t.text for t in (*_modifiers(tok), tok))) in kb.role_words
                     or _phrase_relation(of_phrases, _noun_phrase(tok))) \
                and (any(c.dep_ == "poss" for t in (tok, *_modifiers(tok)) for c in t.children)
                     or tok.dep_ == "dep" and _modifier_actor(ctx, tok) is not None
                     or _counted_of_body(ctx, tok)
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
            first = _conjunct_root(tok.head)
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
        if role_verb is None and tok.dep_ == "dobj" and _post_appointee(ctx, tok) is not None:
            role_verb = tok.head  # "the president appointed X prime minister", "parliament elected X president"
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
            if tok.dep_ == "dobj" and role_verb is tok.head and _post_appointee(ctx, tok) is not None:
                obj = _post_appointee(ctx, tok)  # "appointed X prime minister": X, not the post, is the one named
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
                         or subj.lower_ in ("he", "she", "it", "they", "i") and _of_object(tok)):
                # "She has long been a fierce critic of X": a stance said of the one named; "He now counts as a member of Y",
                # "she was elected chairwoman of Y": a post held by the person the pronoun stands for ("I am a member
                # of Y": the speaker, ``PhraseResolver.first_person``)
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
                for c in _second_posts(ctx, tok):  # "X is the adviser on trade and head of Y"
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
                    and subj.pos_ == "NOUN" and (norm(subj.lemma_) in kb.role_words or subj.lemma_ in of_phrases
                                                 or norm(subj.lemma_) in _rel_words(ctx, "contribution_nouns")) \
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
        if a is None and tok.is_lower and tok.i > 0 and ctx.tok2m[tok.i - 1] >= 0 and _tk[tok.i - 1].head.i == tok.i:
            named_org = ctx.actor(doc[tok.i - 1])
        # (or a body named by its initials alone: "the RDF of X", once the text has spelled the initials out)
        if named_org is not None and ctx.kind(named_org) == "organization" \
                and (tok.lower_ in kb.org_nouns or tok.is_upper and tok.is_alpha and len(tok.text) >= 2 and a is not None) \
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
                    elif leader is not None and ctx.kind(leader) == "organization" and tok.is_lower \
                            and (kb.org_nouns.get(tok.lower_) == "coalition" and _one_of_several(ctx, obj)
                                 or norm(tok.lemma_) in _rel_words(ctx, "member_coalition_nouns")):
                        # "the X coalition of the Y Party and smaller allies", "the X alliance of A and B", "the X coalition of
                        # the Y Party": a union of the bodies listed, each a member of it ("the X bloc of the Y Party": below)
                        for q in (obj, *obj.conjuncts):
                            member = _first_actor(ctx.np_actor(q), lambda: ctx.actor(q), lambda: leader if q is obj else None)
                            if member is not None and member != named_org and ctx.kind(member) in ("organization", "country"):
                                ctx.add(member, "member_of", named_org, tok.sent, 0.6)
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
            head = _past_name_possessive(ctx, tok.head)
            if norm(head.text) in kb.org_nouns and not _phrase_relation(of_phrases, _noun_phrase(head)) \
                    and not _peers(head) and not (head.pos_ == "PROPN" and head.dep_ == "dobj"
                                                  and _verb_in(head.head, cue.forming_verbs)):
                # (not "A and B formed their own Alliance of X": the name its makers formed, their tie told by the
                # verb, no body the pronoun's antecedent owns)
                mine = tok.lower_ == "my"
                owner = ctx.first_person(tok) if mine else ctx.pronoun_actor(tok)
                named = ctx.np_actor(head) if not _listed_member(head) else None
                if owner is not None and named is not None and named != ctx.led_body(head):
                    # (not the body found through the owner's own tie: "his party" read as the party he is in)
                    if mine:
                        _speakers_body(ctx, owner, named, tok.sent)
                    else:
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
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "dobj") and a is None \
                and (norm(tok.lemma_) in kb.unit_nouns or norm(tok.text) in kb.unit_nouns):
            _owned_units_inside(ctx, tok)  # "A's brigades form a bloc within Y", "A's men fill brigades of Y"
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
                noun = doc[tok.i + 1].head if _tk[tok.i + 1].head.i > tok.i + 1 else None
                if noun is None:
                    # find the next noun
                    for j in range(tok.i + 2, min(len(doc), tok.i + 6)):
                        if _tk[j].pos_ in ("NOUN", "PROPN"):
                            noun = doc[j]
                            break
                right = ctx.np_actor(noun) if noun is not None else None
                if right is not None and noun.dep_ == "appos" and ctx.actor(noun) is None \
                        and ctx.described_owner(noun) is not None and ctx.actor(noun.head) is not None:
                    # "Y, a Saudi-backed force loyal to X": the named body the noun describes, not X its loyalty
                    # names ("the force loyal to X" alone stands for X's force)
                    right = ctx.actor(noun.head)
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
                sent_body = typ == "leader_of" and noun is not None and ctx.kind(left) == "organization" \
                    and of_phrases.get(noun.lemma_.lower()) == "part_of"
                # "Y, the formerly Union-led force": a tie told as over, neither part nor member now
                gone = sent_body and any(norm(_tk[j].text) in _rel_words(ctx, "former_copula_adverbs")
                                         | _rel_words(ctx, "not_current_titles")
                                         for j in range(max(tok.sent.start, tok.i - 4), tok.i))
                if sent_body and right is not None and noun.dep_ == "appos" and ctx.tok2m[tok.i] >= 0 \
                        and ctx.mentions[ctx.tok2m[tok.i]].actor == right:
                    # "Y, a Union-led force,": the name finder took the description itself for a body; the body
                    # described is the name it sets off
                    right = _first_actor(ctx.np_actor(noun.head), lambda: right)
                for r in (() if gone else (right, *others)):
                    if sent_body and r is not None and ctx.kind(r) == "organization":
                        # "X, the NATO-led mission", "the EU-led force Y": a mission or force an organisation leads
                        # is a body it sends (relations.yaml of_phrases: part_of), not an alliance it is a member of
                        ctx.add(r, "part_of", left, tok.sent, 0.8)
                        continue
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
                _plural_title_names(ctx, m, a)
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
            if agent is None and (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)
                                  or _passive_conjunct(tok)):
                # "the group is armed by neighbouring X": the agent's "by" the parser left a plain preposition
                agent = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            # a leader read from a "by" cut off from its participle, or from a set-off participle read as a past tense,
            # or from "raised by": only a person (an agent the name finder left untyped would read as a member body)
            person_only = _set_off_participle(tok) or lemmas[tok.i] in cue.raising_verbs
            if agent is None and (tok.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in tok.children)
                                  or _copula_description_subject(ctx, tok) is not None):
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
                if _former_copula(ctx, tok) or _conditional(tok) or _former_participles(ctx, tok):
                    break  # "Y was formerly backed by A", "Y was once led by X": a tie told as over; "if Y were
                    # led by X": a condition
                pobjs = [p for p in agent.children if p.dep_ == "pobj"] or _neighbour_object(agent) \
                    or _lost_agent(ctx, agent)
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
                        for x in c.children) or tok.dep_ == "conj" and tok.tag_ == "VBN" \
                        and tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in tok.children):
                    # ("X, which holds the north and is allied to Y": a passive joined to a first verb)
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
                    if owner is None and subj is None and holder.dep_ == "conj" and holder.head.pos_ in ("VERB", "AUX"):
                        owner = _clause_subject(ctx, holder)  # "X, which won 12 seats and is close to Y": the first verb's
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
            # (or the object of a preposition: "A fought on the side of B"; or a noun read as an adverbial: "A governs
            # thanks to B")
            for obj in (c for c in tok.children
                        if c.dep_ in ("dobj", "npadvmod") or c.dep_ == "prep" and c.lower_ == "on"
                        for c in ((c,) if c.dep_ != "prep" else (p for p in c.children if p.dep_ == "pobj"))):
                keys = (f"{lemmas[tok.i]} {norm(obj.text)}", f"{lemmas[tok.i]} {obj.lemma_.lower()}",
                        f"{lemmas[tok.i]} pact" if _defence_pact(obj) or _alliance_agreement(ctx, obj) else "")
                key = next((k for k in keys if k in prep_verbs), None)
                if key is not None and not _truce_pact(obj):
                    _prep_verb(ctx, tok, prep_verbs[key], obj)
        if tok.pos_ in ("VERB", "AUX") and lemmas[tok.i] in staying_verbs:
            _stayed_in(ctx, tok)  # "Ghana remains in the Union"
        if tok.pos_ == "VERB" and lemmas[tok.i] in suspension_verbs:
            _suspended_member(ctx, tok)  # "the Dawn Party suspended A and B"
        if tok.pos_ == "VERB" and lemmas[tok.i] in switching_verbs:
            _switched_body(ctx, tok)  # "A left the X Party for the Y Union"
        if tok.pos_ == "VERB" and lemmas[tok.i] in cue.forming_verbs:
            _built_around(ctx, tok)  # "the bloc built around A"
        if tok.pos_ == "VERB" and lemmas[tok.i] in counting_verbs:
            _counted_among(ctx, tok)  # "the Platform counts A and B among its members"
        # "the Alliance, which includes A and B": members of a coalition
        if tok.pos_ == "VERB" and (lemmas[tok.i] in membership_verbs or lemmas[tok.i] in composition_heads
                                   or lemmas[tok.i] in constituting_heads):
            _constituents(ctx, tok)
            _membership(ctx, tok)
            _headed_coalition(ctx, tok)  # "X heads a coalition that includes A and B"
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
        if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.pos_ == "VERB":
            _contact_relative(ctx, tok, verbs)  # "Y, a militia X created and armed in 2023": X backs Y
        # "X arms and funds Y", "X arms, funds and trains both Y and Z": backing verbs the parser took for plural nouns
        if tok.tag_ == "NNS" and tok.pos_ == "NOUN" and verbs.get(lemmas[tok.i]) == "backs" and a is None:
            _misparsed_backing(ctx, tok, verbs)
        # "with Iran's backing", "formed under the sponsorship of Iran": the owner backs the subject of
        # the clause (or what the participle is said of: "the Front, set up under Iran's patronage,")
        if lemmas[tok.i] in backing and tok.pos_ == "NOUN":
            owner = next((ctx.actor(c) for c in tok.children if c.dep_ == "poss"), None)
            givers: list[int] = []  # "with the support of A and B": each giver after "of" or "from"
            if owner is None:
                # "with the help of X", "set up with help from X": the giver after "of" or "from"
                givers = list(dict.fromkeys(x for x in (ctx.np_actor(o) for o in _of_object(tok)
                                                        if _conjunct_root(o).head.lower_ in ("of", "from"))
                                            if x is not None))
                owner = givers[0] if givers else None
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
                for giver in givers or [owner]:
                    ctx.add(giver, backing[lemmas[tok.i]], client, tok.sent, 0.65)
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
        # "the government of X", "the Tolvan government of X": the same government told by an "of" phrase
        if a is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" \
                and tok.head.head.i < tok.i and _government_ruler(ctx, a, tok.head.head, stated=True):
            _government_of_ruler(ctx, a, tok.head.head)
        # "X won the presidency", "the presidency, held since 2022 by X": X rules the article's state
        if tok.pos_ == "NOUN" and (norm(tok.lemma_) in cue.chief_office_nouns or _chief_vote(tok)) and a is None:
            _chief_office_won(ctx, tok, implied)  # (or "X won the presidential election")
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
        # ("A and X's Y Party": the possessive parsed as a second conjunct of A, its "'s" its own: Y read off the surface)
        poss_conj = tok.dep_ == "conj" and a is not None and any(c.dep_ == "case" for c in tok.children)
        if (tok.dep_ == "poss" or poss_conj) and a is not None:
            owned = ctx.actor(tok.head) if not poss_conj else None
            owned_tok = tok.head
            k = ctx.mentions[ctx.tok2m[tok.i]].end
            if owned is None and k + 1 < len(doc) and _tk[k].text in ("'s", "’s") and ctx.tok2m[k + 1] >= 0 \
                    and ctx.mentions[ctx.tok2m[k + 1]].start == k + 1:
                owned = ctx.actor(doc[k + 1])  # "the Army's 41st Brigade tax convoys": the name the parser split
                m = ctx.mentions[ctx.tok2m[k + 1]]
                owned_tok = doc_span(doc, m.start, m.end).root if poss_conj else owned_tok
            if poss_conj and (owned is None or ctx.kind(a) != "person" or ctx.kind(owned) != "organization"):
                owned = None  # (a person's body only: "the PUK and X's Kurdistan Party")
            if owned is not None and owned != a and not _other_tie_word(ctx, owned_tok):
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
        if tok.dep_ == "poss" and tok.lower_ == "its" and a is None and ctx.tok2m[tok.head.i] >= 0:
            _its_state_owned(ctx, tok)  # "China ...; its state-owned X Corporation is building ..."
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
        # "X handed the leadership of Y to Z", "X passed the chairmanship of Y to Z": the one handed it leads Y
        if tok.dep_ == "dobj" and norm(tok.lemma_) in cue.office_nouns and a is None \
                and norm(tok.head.lemma_) in cue.handing_verbs:
            _office_handed(ctx, tok)
        # "X announced the creation of the Y Front", "X announced a new party, the Y": X founded Y
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and a is None and norm(tok.head.lemma_) in cue.announcing_verbs:
            _announced_birth(ctx, tok)
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
                                   or lemmas[tok.i] in attack_heads or lemmas[tok.i] in cue.armed_attack_verbs) \
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
        if lemmas[tok.i] in exit_heads or tok.lower_ in exit_heads:
            _exit_demanded(ctx, tok, wished_end)  # "A demanded that B resign", "A called for B to step down"
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
            if lemmas[tok.i] in cue.joint_action_verbs or lemmas[tok.i] in prep_verbs or lemmas[tok.i] in prep_openers:
                _joint_action(ctx, tok)  # "A and B agreed to run together", "A and B joined forces"
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
    _nicknamed_party(ctx)
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
    _chosen_successors(ctx)  # "delegates chose Y to succeed X", "elected Y in his place": Y takes X's post
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
    _foreign_forces_stationed(ctx)  # "Velnia keeps 4,000 troops in Ostria": Velnia backs Ostria
    _votes_with(ctx)  # "X, which always votes with the government": X backs the article's state
    _joint_security_work(ctx)  # "A and B have conducted joint patrols since July": A and B are allies
    _unnamed_coalition_list(ctx)  # "Her coalition is A, B and C": allies
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
                and _tk[tok.i - 1].lower_ in marks and _tk[tok.i - 1].head.i == tok.i:
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


def _votes_with(ctx: _Ctx) -> None:
    """"The Farmers' Party, which always votes with the government, won 9 seats", "X votes with the ruling Y Party on
    every bill", "X, whose deputies have voted with the government on every major bill": a party voting with the
    government (relations.yaml voting_with_verbs; "the government" the article's state) backs it; voting with a named
    party or person allies the two. Not a past vote told once ("X voted with the government on Tuesday": no
    habitual_words in the clause), a negated, hypothetical or refused one."""
    verbs, habitual = _rel_words(ctx, "voting_with_verbs"), _rel_words(ctx, "habitual_words")
    for v in read_tokens(ctx.doc):
        misread = _vote_misread_as_noun(v, verbs)
        if misread is not None:  # "X won 9 seats and votes with Y on everything": the verb read as a noun
            sides = [p for p in misread.children if p.dep_ == "pobj"]
            verb = _object_verb(v)
            voter = _clause_subject(ctx, verb) if verb is not None and verb.tag_ in ("VBZ", "VBP", "VBD", "VBN") \
                and not (_unreal(verb) or _denied(verb) or _conditional(verb)) else None
            if voter is not None and ctx.kind(voter) == "organization":
                _add_voting_ties(ctx, voter, sides, v)
            continue
        if v.pos_ != "VERB" or norm(v.lemma_) not in verbs:
            continue
        if _unreal(v) or _denied(v) or _conditional(v) or _refused(ctx, v) is not None:
            continue
        if v.tag_ not in ("VBZ", "VBP") and not any(norm(t.text) in habitual for t in v.subtree):
            continue  # ("X voted with the government on the budget": one vote)
        sides = [p for pr in v.children if pr.dep_ == "prep" and pr.lower_ == "with"
                 for p in pr.children if p.dep_ == "pobj"]
        if not sides:
            continue
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        voter = _clause_subject(ctx, v)
        if subj is not None and subj.pos_ == "NOUN" and ctx.np_actor(subj) is None:  # "whose deputies", "the Front's MPs"
            poss = next((c for c in subj.children if c.dep_ == "poss"), None)
            voter = None if poss is None else _relative_antecedent(ctx, v) if poss.lower_ == "whose" \
                else ctx.np_actor(poss)
        if voter is None or ctx.kind(voter) != "organization":
            continue
        _add_voting_ties(ctx, voter, sides, v)


def _vote_misread_as_noun(tok: Token, verbs: frozenset[str]) -> Token | None:
    """The "with" right after a voting verb the parser read as a plural noun joined to an object ("X won 9 seats and
    votes with Y on everything": "votes" a conjunct of "seats"): the verb's "with" phrase, None when there is none
    (not "won seats and votes in the north", nor "40% of the votes with ...", no "and" before it)."""
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or norm(tok.lemma_) not in verbs | {"votes"} \
            or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "with" \
            or tok.doc[tok.i - 1].lower_ != "and" or tok.head.dep_ not in ("dobj", "obj", "pobj"):
        return None
    return tok.doc[tok.i + 1]


def _object_verb(tok: Token) -> Token | None:
    """The verb whose object ``tok`` (a conjunct) is joined to, through a preposition or two: "won" of "won 9 seats
    and votes", "won 11 seats in the election and votes"."""
    head = tok.head
    for _ in range(4):
        if head.dep_ not in ("dobj", "obj", "pobj", "prep"):
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


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


def _members_body(ctx: _Ctx, noun: Token) -> int | None:
    """"the four MPs of the Y Party under X", "the fighters of the Y Front under X": an "under" the parser hangs on a
    plural of members (roles.yaml member_roles, member_plurals, "members") whose "of" names an organisation is said
    of that organisation (the "under" a person leads it: ``_find_relations`` keeps a person only); None otherwise."""
    if noun.pos_ != "NOUN" or not noun.lower_.endswith("s") or ctx.actor(noun) is not None:
        return None  # (a plural: "MPs" may be tagged a singular noun)
    kb = ctx.kb
    words = {norm(noun.text), norm(noun.lemma_), singular(norm(noun.text))}
    if not words & (kb.member_roles | set(kb.member_plurals) | {"member", "members"}):
        return None
    body = next((ctx.np_actor(o) for o in _of_object(noun) if o.head.lower_ == "of"), None)
    return body if body is not None and ctx.kind(body) == "organization" else None


def _stacked_posts(ctx: _Ctx, role: Token) -> list[Token]:
    """"X, Velnia's prime minister, head of the Y Party, said", "X, the country's defence minister, commander of the Y
    Legion,": a second post set off by a comma after the first post in apposition to a person's name, which the
    parser hangs on the first post (its apposition, not the name's), is said of the person too: the role nouns
    (roles.yaml role words, naming no actor) so hung after ``role``. Not when the name is one of a list ("A and B,
    Velnia's envoys, ..."), nor a post that opens a list of its own ("X, Velnia's president, the king of Y and the
    emir of Z": others named by their posts), nor one after a semicolon (a list's next item), nor when the first post
    has a conjunct (a post joined by "and" is read as such: "a Y lawmaker and a co-founder of Z")."""
    if role.dep_ != "appos" or any(c.dep_ == "conj" for c in role.head.children) \
            or any(c.dep_ in ("cc", "conj") for c in role.children):
        return []
    doc = role.doc
    out = []
    for c in role.children:
        if c.dep_ != "appos" or c.i <= role.i or c.pos_ != "NOUN" or ctx.actor(c) is not None or _list_item(c) \
                or c.left_edge.i < 1 or doc[c.left_edge.i - 1].text != "," \
                or norm(c.lemma_) not in ctx.kb.role_words or any(x.dep_ == "conj" for x in c.children):
            continue
        end = c.right_edge.i + 1
        if end < len(doc) and (doc[end].lower_ in ("and", "or")
                               or doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].lower_ in ("and", "or")):
            continue
        out.append(c)
    return out


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
    start = max(t.i for t in read_tokens(doc)[name.head.i + 1:name.left_edge.i] if t.text == ";")
    return next((c for c in reversed(list(name.head.children)) if start < c.i < name.i
                 and c.dep_ in ("appos", "conj", "dep") and ctx.actor(c) is None
                 and in_any(norm(c.lemma_), ctx.kb.role_words, ctx.kb.title_words)), None)


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


def _comma_set_subject(ctx: _Ctx, prep: Token) -> int | None:
    """"The X Army, under General Y, took the town": the body that is the subject of the verb a preposition set off
    by commas right after it hangs on (the parser hung it on the verb, not on the name); None for a passive ("the
    party, under President Y, was banned": the time of the act), a verb told as unreal or denied, or a head told as
    past (word_lists.not_current_words: "under its former chairman Y")."""
    doc, verb = ctx.doc, prep.head
    end = prep.right_edge.i + 1
    if verb.pos_ not in ("VERB", "AUX") or prep.i < 2 or doc[prep.i - 1].text != "," or end >= verb.i \
            or doc[end].text != "," or end + 1 != verb.i and not all(t.dep_ in ("aux", "neg", "advmod")
                                                                    for t in doc[end + 1:verb.i]):
        return None
    if any(norm(t.text) in cues().not_current_words or norm(t.text) in (ctx.kb.relations.get("deputy_words") or ())
           for t in prep.subtree if t.i != prep.i):
        return None  # "The Front, under its former chairman Y, collapsed", "under its deputy chairman Y": no head now
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i == prep.i - 2), None)
    if subj is None or _unreal(verb) or _denied(verb) or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    body = ctx.np_actor(subj)
    return body if body is not None and ctx.kind(body) == "organization" else None


def _bare_ruling_noun(tok: Token) -> bool:
    """"the government-backed militia", "a regime-allied gang": a government noun (word_lists.ruling_nouns) with no
    word before it that could name another state's ("the Ostravian government-backed X", "Kavel's regime-linked X")."""
    if norm(tok.lemma_) not in cues().ruling_nouns and norm(tok.text) not in cues().ruling_nouns:
        return False
    return tok.i == 0 or tok.doc[tok.i - 1].pos_ in ("DET", "PUNCT", "ADP", "CCONJ", "VERB", "AUX", "NUM") \
        and not _possessive_mark(tok.doc[tok.i - 1])


def _former_participles(ctx: _Ctx, tok: Token) -> bool:
    """"Y was formerly armed and paid by A", "Y, which was once armed and financed by A": the adverb that tells a tie
    as over on the first of participles joined by "and", or on the copula the parser made the clause's head (the
    first participle its complement)."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return _former_copula(ctx, tok) or tok.dep_ == "acomp" and _former_copula(ctx, tok.head)


def _state_owned(span: Span) -> bool:
    """A word of relations.yaml state_owned_words in ``span``, as a word of its own or the whole hyphened word
    ("state oil", "state-owned"; not "state-backed", "state-aligned": another state's client)."""
    return _state_owned_words(span.doc, span.start, span.end)


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


def _past_name_possessive(ctx: _Ctx, head: Token) -> Token:
    """"his People's Civic Congress", "her Workers' Front": a pronoun the parser hung on a body's name's own
    possessive word ("People's") belongs to the name's head noun, in the same name (``head`` otherwise)."""
    up = head.head
    if head.dep_ == "poss" and up.i > head.i and head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "case" for c in head.children) \
            and 0 <= ctx.tok2m[head.i] == ctx.tok2m[up.i]:
        return up
    return head


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


def _second_agents(agent: Token) -> list[Token]:
    """"Y is backed by A and by B", "Y was founded by A, and later by B": the objects of a "by" the parser joined to
    the participle's agent as its conjunct (each a further agent of the same participle)."""
    return [p for c in agent.conjuncts if c.lower_ == "by" and not any(x.dep_ == "neg" for x in c.children)
            for p in c.children if p.dep_ == "pobj"]


def _body_noun(ctx: _Ctx, noun: Token, a: int) -> bool:
    """The head noun of an organisation's own mention, a body noun ("the Ostravian-led coalition against the
    Front", word_lists.collective_nouns): the name is the body itself, not another actor's."""
    return ctx.kind(a) == "organization" and norm(noun.lemma_) in cues().collective_nouns \
        and ctx.tok2m[noun.i] >= 0 and ctx.mentions[ctx.tok2m[noun.i]].end - 1 == noun.i


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


def _neighbour_object(prep: Token) -> list[Token]:
    """"armed by neighbouring X according to the UN": the state after "neighbouring" (relations.yaml neighbour_words),
    which the parser read as a gerund governing it rather than as the preposition's object."""
    words = cues().neighbour_words
    return [o for g in prep.children if g.dep_ == "pcomp" and g.lower_ in words
            for o in g.children if o.dep_ == "dobj"]


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


def _post_of_place_before_name(ctx: _Ctx, name: Token) -> Token | None:
    """"The Prime Minister of Dalmark, Ana Rell, flew home": a name set off by commas right after the "of" phrase
    of a post (a singular role word, roles.yaml), which the parser took for a second object of that "of" beside the
    post's own one (no person, "the wife of X, Y," is no post): the post it names (None otherwise; "the heads of
    Dalmark, Ana Rell and ..." is a list)."""
    doc = ctx.doc
    first, last = name.left_edge.i, name.right_edge.i
    of = name.head
    if of.lower_ != "of" or of.dep_ != "prep" or first < 3 or doc[first - 1].text != "," \
            or last + 1 >= len(doc) or doc[last + 1].text not in (",", ".", ";", ")"):
        return None
    place = next((p for p in of.children if p.dep_ == "pobj" and p.i < first - 1
                  and p.right_edge.i in (first - 2, first - 1)), None)  # (the comma may hang on the place)
    role = of.head
    if place is None or ctx.actor(place) is None or ctx.kind(ctx.actor(place)) == "person" \
            or role.pos_ not in ("NOUN", "PROPN") or role.tag_ in ("NNS", "NNPS") or ctx.actor(role) is not None \
            or norm(role.lemma_) not in ctx.kb.role_words:
        return None
    return role


def _counted_of_body(ctx: _Ctx, plural: Token) -> bool:
    """"Two of the eight Dawn Party deputies, A and B, abstained", "three of the Front's 12 MPs, A, B and C": a plural
    role noun after a count and "of" whose body is its modifier (_modifier_actor): the names after the comma hold
    the role in that body (as "two of its members, A and B" does with a possessive)."""
    return plural.tag_ == "NNS" and plural.dep_ == "pobj" and plural.head.lower_ == "of" \
        and (plural.head.head.pos_ == "NUM" or plural.head.head.lower_ in ("several", "some", "both", "all", "many")) \
        and _modifier_actor(ctx, plural) is not None


def _role_after_named_object(ctx: _Ctx, role: Token) -> list[Token]:
    """"X, a senior aide to Y and a member of his Z Movement": a second role noun with its own article (roles.yaml
    role words) that the parser made a conjunct of the person named as the first role's object ("to Y"): a second
    role of X, not a second addressee. Only after a person's name ("an adviser to the council and a member of ..." is
    left as parsed)."""
    out = []
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")):
        for named in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            person = ctx.actor(named)
            if person is None or ctx.kind(person) != "person":
                continue
            out += [c for c in named.conjuncts if c.i > named.i and c.pos_ == "NOUN" and ctx.actor(c) is None
                    and norm(c.lemma_) in ctx.kb.role_words
                    and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)]
    return out


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


def _capital_title(ctx: _Ctx, word: Token) -> bool:
    """"Chief" in "under Chief of the Defence Staff General X": a title written capitalised (the parser's proper noun
    or noun), no word of any actor's name, with an "of" phrase after it, so the holder's name is read inside it."""
    return word.pos_ in ("PROPN", "NOUN") and word.is_title and ctx.actor(word) is None \
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == word.i + 1 for c in word.children)


def _titled_of_person(ctx: _Ctx, title: Token) -> int | None:
    """"led by former governor of Velmar Odeta Dravik": a title, "of" its place and the holder's name with no comma
    between, which the parser reads as one "of" object; the person that object names."""
    for o in _of_object(title):
        if o.head.lower_ == "of":
            x = ctx.np_actor(o)
            if x is not None and ctx.kind(x) == "person":
                return x
    return None


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


def _deceased(noun: Token, words: frozenset[str]) -> bool:
    """Whether a modifier of ``noun`` (or of a modifier of it: "the late dissident X") says the person is dead."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    while mods:
        c = mods.pop()
        if c.lower_ in words:
            return True
        mods += [k for k in c.children if k.dep_ in ("amod", "compound")]
    return False


def _passive_conjunct(tok: Token) -> bool:
    """"Y, which is armed and financed by neighbouring X": a participle joined by "and" to the passive before it (one
    with its "be", or a participle's phrase on a noun) shares its voice, so its "by" names the agent even where the
    parser left it a plain preposition."""
    head = tok.head
    # ("Y is armed and financed by ...": the first participle tagged the copula's adjective)
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and head.i < tok.i and (
        any(c.dep_ == "auxpass" for c in head.children) or head.dep_ == "acl"
        or head.dep_ == "acomp" and head.head.lemma_ == "be")


def _relative_object(verb: Token) -> bool:
    """Whether a relative clause's verb has the relative pronoun for its object ("X, whom officials described as")."""
    return any(c.dep_ == "dobj" and c.lower_ in ("whom", "who", "which", "that") for c in verb.children)


def _role_holder(ctx: _Ctx, noun: Token) -> int | None:
    """"under the former mayor of Dussel, X", "under a retired colonel, X", "under the elder X": the person a
    lower-case role noun (roles.yaml titles and role words) stands for: named after its phrase and a comma, in
    apposition to its "of" object, inside that object with no comma, or right after the noun; None otherwise.
    A capitalised title that names no actor itself counts too ("under Chief of the Defence Staff General X": the
    holder inside its "of" object, ``_capital_title``)."""
    kb = ctx.kb
    if not (noun.pos_ == "NOUN" and noun.is_lower or _capital_title(ctx, noun)) \
            or not ({norm(noun.lemma_), norm(noun.text)} & (kb._title_set | kb.role_words | kb.person_description_nouns)):
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
    if j < 1 or token_texts(doc)[j] not in ("(", "[") or appos.pos_ != "NOUN" or appos.tag_ != "NN" \
            or _bracket_clause(ctx, appos):
        return None
    return ctx.actor(read_tokens(doc)[j - 1])


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


def _passive_subject(tok: Token, depth: int = 0) -> Token | None:
    """The subject of a passive participle ("Y is backed by X"; "Y is funded and armed by X")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and any(
        x.dep_ == "auxpass" for x in tok.children)), None)
    if subj is None and tok.dep_ == "conj" and depth < 3 and tok.head.tag_ == "VBN":
        return _passive_subject(tok.head, depth + 1)
    return subj


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


def _government_ruler(ctx: _Ctx, person: int, noun: Token, stated: bool = False) -> bool:
    """``person`` names the government ``noun`` (word_lists.ruling_nouns; "X's government", "the X cabinet") as its
    head: a person named in full somewhere (a one-word "person" may be a state the name
    finder missed), not a government named for itself, nor a former, shadow, future, exiled or local one
    (not_current_words, unheld_government_words, also hyphened: "the opposition leader's shadow cabinet", "X's
    would-be cabinet", "X's government-in-exile", "X's municipal government"), nor a ruling noun in another sense (``_ruling_noun_other_sense``: "X's training
    regime", "X's administration of the fund"), nor one of a person titled in opposition or in a town or province
    ("opposition leader X ... X's government would cut taxes", "Mayor X's administration": ``_local_or_opposition``)."""
    if ctx.kind(person) != "person" or norm(noun.text) not in cues().ruling_nouns or ctx.actor(noun) is not None \
            and not (stated and ctx.kind(ctx.actor(noun)) == "country"):
        return False  # (``stated``: a state's government may be that state's mention, "the Velnian government of X")
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
    # (none without a state in the noun's words: "The government of X has walked a careful line" in a story about
    # a foreign force leaving X's state gave X the story's state)


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


def _post_appointee(ctx: _Ctx, post: Token) -> Token | None:
    """"The president appointed X prime minister", "parliament elected X president": the person a verb of
    appointing (word_lists.appointing_verbs, active, told as done) names to the post that is its object with no
    article or possessive before it, the parser having read the post as the object and the name either as the
    post's modifier before its title words ("appointed [X prime minister]") or as a first object ("elected [X]
    [president]"). The post is a singular title or role word (roles.yaml). None otherwise: "appointed a X loyalist"
    (an article), "appointed X's deputy" (a possessive), "would appoint X prime minister" (not told as done)."""
    verb = post.head
    if post.dep_ != "dobj" or post.pos_ != "NOUN" or post.tag_ != "NN" or verb.pos_ != "VERB" \
            or norm(verb.lemma_) not in cues().appointing_verbs or _unreal(verb) or _denied(verb) \
            or any(c.dep_ in ("det", "poss") for c in post.children) or ctx.actor(post) is not None:
        return None
    kb = ctx.kb
    if not ({norm(post.lemma_), norm(post.text)} & (kb._title_set | kb.role_words)):
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < post.i), None)
    if first is not None and first.pos_ == "PROPN" and ctx.actor(first) is not None \
            and ctx.kind(ctx.actor(first)) == "person" and first.i == post.left_edge.i - 1:
        return first  # "elected [X] [president]"
    name = next((c for c in post.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                 and c.i == post.left_edge.i + (c.i - c.left_edge.i) and ctx.actor(c) is not None
                 and ctx.kind(ctx.actor(c)) == "person"), None)
    if name is None or any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or not t.is_lower
                           for t in ctx.doc[name.i + 1:post.i]):
        return None  # (only the title's own lower-case words between the name and the post)
    return name


def _power_taken_under(verb: Token) -> bool:
    """"The Council took power in 2021 under General Y", "a junta took over under Colonel Y": a main clause's verb
    of taking power (``_took_power``), or "take over" with no object, told as done (not negated, hypothetical or
    passive), that an "under" phrase hangs on: its subject took power led by the person named. Not a relative
    clause (read with the verbs of ruling), nor "took over the port under Y" (an object taken)."""
    if verb.dep_ not in ("ROOT", "conj") or _denied(verb) or any(c.dep_ in ("auxpass", "nsubjpass")
                                                                  for c in verb.children):
        return False
    if _took_power(verb):
        return True
    return verb.pos_ == "VERB" and norm(verb.lemma_) == "take" and not _unreal(verb) \
        and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _took_power(verb: Token) -> bool:
    """"X seized power in a coup", "X came to power in 2019", "which took power in 2021": a verb of taking power
    (word_lists.power_verbs) with "power" as its object or in its phrase, said as done (not negated or hypothetical)."""
    return verb.pos_ == "VERB" and norm(verb.lemma_) in cues().power_verbs and not _unreal(verb) \
        and any(c.lower_ == "power" and c.dep_ in ("dobj", "pobj") or c.dep_ == "prep" and any(
            x.lower_ == "power" for x in c.children) for c in verb.children)


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


def _owned_by(ctx: _Ctx, verb: Token, agent: Token, other: int | None, holder: int) -> str | None:
    """"a force run by Velnia's defence ministry", "a militia run by the Iron Front", "a radio operated by the
    Front": a body that another body (or a state's organ, not the bare state) runs, operates or owns (the participles
    relations.yaml hyphen_modifiers reads as part_of_reverse, "the Front-run radio") is part of it."""
    if other is None or ctx.kind(holder) != "organization" or not _owning_verb(ctx, verb):
        return None
    if ctx.kind(other) == "organization" or ctx.kind(other) == "country" and agent.is_lower:
        return "part_of_reverse"
    return None


def _owning_verb(ctx: _Ctx, verb: Token) -> bool:
    """"run", "operated", "owned": a participle relations.yaml hyphen_modifiers reads as part_of_reverse."""
    return (ctx.kb.relations.get("hyphen_modifiers") or {}).get(norm(verb.text)) == "part_of_reverse"


def _nearer_conjoined_role(ctx: _Ctx, name: Token, role: Token) -> Token:
    """"Velnia's foreign minister A and Ostria's defence minister B met": a second possessed role right before the
    second name, which the parser joined to the first name while hanging the second name on the first role, is the
    second name's role (B is Ostria's minister, not Velnia's); ``role`` otherwise."""
    for c in role.subtree:
        if role.i < c.i < name.i and c.dep_ == "conj" and c.pos_ == "NOUN" and c.right_edge.i + 1 == name.left_edge.i \
                and ctx.actor(c) is None and norm(c.lemma_) in ctx.kb.role_words \
                and any(x.dep_ == "poss" for x in c.children):
            return c
    return role


def _post_sought(kb, noun: Token) -> bool:
    """"the Bloc's nominee for prime minister", "its candidate for speaker": a post named after "for" on a role
    noun is the post sought, not one held; a name in apposition to it is the nominee."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep" \
        and noun.head.head.pos_ == "NOUN" and norm(noun.head.head.lemma_) in kb.role_words


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


def _shared_agent(verb: Token) -> Token | None:
    """"Y is armed and directed by X", "Y, supplied and trained by X": a participle joined by "and" to a later one
    shares that one's agent ("by X" is written once, after the last)."""
    listed = [x for x in verb.conjuncts if x.i > verb.i and x.tag_ == "VBN"]
    listed += [y for x in verb.children if _listed_participle(x) for y in (x, *x.conjuncts) if y.i > verb.i]
    return next((c for x in listed for c in x.children if c.dep_ == "agent"), None)


def _state_agent(ctx: _Ctx, agent: Token | None) -> bool:
    """The agent phrase ("by X") names a state (or a state's own body) and no person."""
    if agent is None:
        return False
    found = [ctx.np_actor(p) for p in agent.children if p.dep_ == "pobj"]
    return bool(found) and all(a is not None and (ctx.kind(a) == "country" or ctx.subkind(a) in STATE_LIKE_SUBKINDS)
                               for a in found)


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
    return end < len(ctx.doc) and token_texts(ctx.doc)[end] in (",", ".") and token_deps(ctx.doc)[end - 1] != "appos"


def _one_of_several(ctx: _Ctx, obj: Token) -> bool:
    """The object of "the X coalition of ..." is one of a list of bodies: a conjunct names a body or a state ("of A and
    B"), or is a plural noun of bodies or partners ("of A and smaller allies": _body_plural), or the parser hung such a
    plural elsewhere (_plural_tail); not "of the Y Front and several independents"."""
    return any(ctx.np_actor(c) is not None or _body_plural(ctx, c) for c in obj.conjuncts) or _plural_tail(ctx, obj)


def _plural_tail(ctx: _Ctx, obj: Token) -> bool:
    """"the X coalition of the Y Party (YP) and smaller allies", "... of A and two smaller parties": a plural noun of
    bodies (roles.yaml org_nouns) or partners (relations.yaml of_phrases: allied_with) after "and" right past the
    object's phrase, which the parser may hang elsewhere; the object is one of several (not "the X bloc of the Y
    Front and several independents": people beside the bloc)."""
    doc, k = obj.doc, obj.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ != "and":
        return False
    k += 1
    while k < len(doc) and k < obj.right_edge.i + 5 and doc[k].pos_ in ("ADJ", "DET", "NUM"):
        k += 1
    return k < len(doc) and _body_plural(ctx, doc[k])


def _plural_role_before_names(ctx: _Ctx, name: Token) -> Token | None:
    """The plural role noun right before a comma that opens a person's name the parser left loose (dep, npadvmod):
    "guards held two Y Party MPs, A and B, overnight" (the names an apposition of "MPs", hung on the verb): the role
    each listed name holds, or None. Only a plural of a role word (roles.yaml) with a body's name before it, so that
    "the two MPs, A and B" names no body of their own."""
    if ctx.kind(ctx.actor(name)) != "person" or ctx.tok2m[name.i] < 0:
        return None
    start = ctx.mentions[ctx.tok2m[name.i]].start
    if start < 2 or ctx.doc[start - 1].text != ",":
        return None
    role = ctx.doc[start - 2]
    word = norm(role.text)
    if role.pos_ not in ("NOUN", "PROPN") or not word.endswith("s") or ctx.actor(role) is not None \
            or not ({word[:-1], singular(word)} & ctx.kb.role_words) \
            or role.head.i != name.head.i and role.head != name:
        return None
    return role if _modifier_actor(ctx, role) is not None else None


def _owned_name_after(ctx: _Ctx, j: int) -> int | None:
    """The start of the name right after the state's possessive that starts at ``j`` ("Ostravia's X Corporation"),
    else None."""
    end = ctx.mentions[ctx.tok2m[j]].end
    if end + 1 < len(ctx.doc) and _possessive_mark(ctx.doc[end]) and ctx.tok2m[end + 1] >= 0 \
            and ctx.mentions[ctx.tok2m[end + 1]].start == end + 1:
        return end + 1
    return None


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


def _states_support(verb: Token) -> bool:
    """``verb`` states or gives a body's own support (relations.yaml support_stating_verbs, giving_verbs, vow_verbs,
    report_verbs): "reaffirmed its support", "pledged its support", not "criticised its support"."""
    c = cues()
    return any(_verb_in(verb, words) for words in (c.support_stating_verbs, c.giving_verbs, c.vow_verbs,
                                                   c.report_verbs))


def _backing_for(ctx: _Ctx, noun: Token, typ: str) -> None:
    """"Iran's support for the Front", "Russia's backing of the militia": the named possessor backs the object,
    unless the support is ended, denied or refused ("Chile cut its support for X"); "Iranian support for the Front",
    "accusations of Velnian funding for X": a state's adjective on the noun owns it as a possessive does
    (_demonym_owner)."""
    owner = _possessor(ctx, noun, None)
    if owner is None:
        owner = _demonym_owner(ctx, noun)
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


def _demonym_owner(ctx: _Ctx, noun: Token) -> int | None:
    """The state whose adjective qualifies a backing noun ("Iranian support", "Emirati funding", "the Velnian
    military backing"): the state, when no other owner, no "no" and no negating word stands before the noun ("no
    Iranian support", "without Velnian funding": None)."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children) \
            or noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    for c in [*mods, *(d for m in mods for d in m.children if d.dep_ in ("amod", "compound", "nmod") and d.i < m.i)]:
        a = ctx.actor(c)  # (the adjective on "military" in "Ugandan military support" too)
        if a is not None and ctx.kind(a) == "country" and _state_adjective_token(ctx, c, a):
            return a
    return None


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


def _verbal(tok: Token) -> bool:
    """A verb, or a present-tense verb the tagger took for a plural noun ("A governs with B", "A shares power
    with B": a plural noun with a subject of its own)."""
    return tok.pos_ == "VERB" or tok.tag_ == "NNS" and (any(c.dep_ == "nsubj" for c in tok.children)
                                                       or _stray_verb_clause(tok) is not None)


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
        titles = [t.text for t in read_tokens(doc)[label.start:m.start - 1]]
        if not titles or len(titles) > 5 or any(norm(w) not in words for w in titles):
            continue
        typ = _title_relation(kb, titles)
        if typ is None:
            continue
        if entry is None and _contact_block(doc, m.start):
            continue  # "Press Office: press@x.org / Spokesperson: Ana Sol": a page's own contacts, no body's posts
        owner = entry
        for t in reversed(doc[max(0, label.start - 400):label.start] if entry is None else []):
            if t.is_lower and t.pos_ == "NOUN" and norm(t.text) in kb.org_nouns:
                owner = ctx.definite(t)  # "the party", "the movement": the body the release is about
                if owner is not None:
                    break
        if owner is not None and ctx.kind(owner) == "organization":
            ctx.add(m.actor, typ, owner, doc[m.start:m.end], 0.6)  # (the name's line: a label like "Deputy
            # Chair:" may recur, and a repeated sentence is read as boilerplate)


_CONTACT_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^[ \t]*(?:tel|telephone|phone|fax|mobile|e-?mail)\b[^\n]*:",
                           re.IGNORECASE | re.MULTILINE)


def _contact_block(doc, i: int) -> bool:
    """Whether the block of lines holding doc[i] (the lines between blank lines) gives an e-mail address or a phone
    or e-mail field ("Press Office: press@velmor.org", "Phone: +44 20 ..."): a page's contact details, whose
    "Spokesperson: Ana Sol" speaks for the page's own body, not for one a sentence above names."""
    text = doc_text(doc)  # (spaCy joins doc.text anew on every access)
    at = doc[i].idx
    top = text.rfind("\n\n", 0, at)
    bottom = text.find("\n\n", at)
    block = text[top + 2 if top >= 0 else 0:bottom if bottom >= 0 else len(text)]
    return _CONTACT_LINE.search(block) is not None


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
                or any(not (t.is_space or t.is_punct) for t in read_tokens(doc)[body.end:sent.end]):
            continue
        role = _role(ctx.kb, norm(re.sub(r"\s*-\s*", "-", span_text(doc, m.end + 1, j))).split())
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
        phrase = " ".join(norm(t.text) for t in read_tokens(doc)[j + 1:tok.i + 1])
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
