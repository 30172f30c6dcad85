"""Rules for stances between actors: backing (backs), alliance and partnership (allied_with), hostility and
opposition (opposes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kingmaker.knowledge import norm
from kingmaker.nlp import doc_span, read_tokens, token_children, token_deps, token_lowers
from kingmaker.nlp import ends_in_question, in_any
from kingmaker.nlp.relations.shared import (HYPOTHETICAL, STATE_LIKE_SUBKINDS, _Group, _body_before_comma,
                                            _bracketed_list, _clause_subject, _conditional, _conjunct_root, _denied,
                                            _first_actor, _force_owner, _former_copula, _government_holder,
                                            _government_named_before, _government_of, _hearsay, _institution_state,
                                            _joint_objects, _list_members, _listed, _majority_holder, _no_longer,
                                            _none_said, _of_members, _of_object, _owned_outside, _participle_clause,
                                            _participle_holder, _possessive_mark, _possessor, _refusal_verbs, _refused,
                                            _rel_words, _relative_antecedent, _relcl_holder, _run_backer,
                                            _semicolon_items, _sending_state, _set_aside_owner, _sole_led_body, _stance,
                                            _stand_ins, _state_body, _state_side, _subject_actor, _told_as_past,
                                            _truce_pact, _unreal, _verb_in, _with_not_partner, cues, told_as_over)
from kingmaker.nlp.relations.posts import _composed_whole, _formed_named_alliance, _holds_top_office, _own_state

if TYPE_CHECKING:
    from kingmaker.nlp.relations.resolver import _Ctx


# the ties of a relational noun (of_phrases) that a state adjective on it gives to that state ("its Russian allies":
# Russia is the ally); not "Iran's Iraqi proxies" (a _reverse tie: the adjective says where the proxies are from)
_DEMONYM_TIES = ("backs", "allied_with", "opposes")


def _add_voting_ties(ctx: _Ctx, voter: int, sides: list[Token], v: Token) -> None:
    """The ties of a party ``voter`` that votes with each of ``sides`` (``_votes_with``): it backs the government
    (the article's state), and is allied with a named party or person, or with the one "it" stands for ("Y holds 61
    seats, and X, with 9, votes with it on most bills": Y)."""
    for p in sides:
        side = ctx.np_actor(p)
        if side is None and p.lower_ in ("it", "them"):
            side = ctx.pronoun_actor(p, exclude=voter)
        if ctx.the_government(p, others=("det", "punct")):
            state = side if side is not None and ctx.kind(side) == "country" else ctx.home_ruler(p)
            if state is not None and state != voter:
                ctx.add(voter, "backs", state, v.sent, 0.6)
        elif side is not None and side != voter and ctx.kind(side) in ("organization", "person"):
            ctx.add(voter, "allied_with", side, v.sent, 0.6)


def _joint_security_work(ctx: _Ctx) -> None:
    """"A and B have conducted joint patrols since July", "Rwandan forces conduct joint patrols with the X Defence
    Force", "X has since stepped up joint maritime surveillance with Y": a joint security activity (relations.yaml
    joint_activity_nouns, "joint" before it, the object of one of joint_activity_verbs) carried out as a standing
    practice makes the sides allies: each body or state of the subject with each after "with", or, with no "with",
    the subject's conjoined names with each other (a state's own force stands for its state). Only a present or a present perfect ("held a joint exercise last
    week" is one act, an event); not negated, hypothetical, conditional, denied or told as over."""
    nouns, verbs = _rel_words(ctx, "joint_activity_nouns"), _rel_words(ctx, "joint_activity_verbs")
    for obj in read_tokens(ctx.doc):
        if obj.dep_ != "dobj" or norm(obj.lemma_) not in nouns or not any(
                c.dep_ == "amod" and c.lower_ == "joint" for c in obj.children):
            continue
        verb = obj.head
        if verb.pos_ != "VERB" or norm(verb.lemma_) not in verbs:
            continue
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        if verb.tag_ not in ("VBZ", "VBP") and not perfect:
            continue  # (one exercise held, or one to come: "will hold joint drills next spring")
        if _unreal(verb) or _denied(verb) or _conditional(verb) or _told_as_past(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        sides = list(dict.fromkeys(x for x in (ctx.np_actor(t, deep=True) for t in (subj, *subj.conjuncts))
                                   if x is not None and ctx.kind(x) in ("country", "organization")))
        partners = [q for pr in (*verb.children, *obj.children) if pr.dep_ == "prep" and pr.lower_ == "with"
                    for p in pr.children if p.dep_ == "pobj" for q in (p, *p.conjuncts)]
        others = list(dict.fromkeys(x for x in (ctx.np_actor(q, deep=True) for q in partners)
                                    if x is not None and ctx.kind(x) in ("country", "organization")))
        pairs = [(a, b) for a in sides for b in others] if partners else \
            [(a, b) for i, a in enumerate(sides) for b in sides[i + 1:]]
        for a, b in pairs:
            a, b = _own_state(ctx, a), _own_state(ctx, b)  # "with the Y Defence Force": allied with Y
            if a != b:
                ctx.add(a, "allied_with", b, verb.sent, 0.6)


def _unnamed_coalition_list(ctx: _Ctx) -> None:
    """"Her coalition is A, B and the four MPs of C", "the ruling coalition is made up of A and B", "the governing
    coalition comprises A and B", "X's majority is A plus B": an unnamed partnership (relations.yaml
    coalition_list_nouns, no actor of its own) told by its parties, after a present "be", a membership verb or a phrase
    of coalition_list_phrases, makes every two of them allies. Not a past or former one ("the coalition was A and B",
    "the previous coalition"), a negated or hypothetical clause, nor a list of fewer than two bodies."""
    nouns, phrases = _rel_words(ctx, "coalition_list_nouns"), _rel_words(ctx, "coalition_list_phrases")
    members_verbs = set(ctx.kb.relations.get("membership_verbs") or ())
    gone = _rel_words(ctx, "not_current_titles") | _rel_words(ctx, "coalition_past_words")
    for n in read_tokens(ctx.doc):
        if n.pos_ != "NOUN" or norm(n.lemma_) not in nouns or n.dep_ not in ("nsubj", "nsubjpass") \
                or ctx.actor(n) is not None or any(norm(c.text) in gone for c in n.children):
            continue
        v = n.head
        if v.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                for c in v.children) or _unreal(v) or _conditional(v):
            continue  # ("the coalition was A and B": a past one)
        lemma = norm(v.lemma_)
        items: list[Token] = []
        if lemma == "be":
            items = [c for c in v.children if c.dep_ == "attr"]
        elif lemma in members_verbs:
            items = [c for c in v.children if c.dep_ == "dobj"]
        else:
            items = [p for pr in v.children if pr.dep_ in ("prep", "prt") and (
                f"{lemma} {pr.lower_}" in phrases or any(f"{lemma} {x.lower_} {pr.lower_}" in phrases or
                                                         f"{lemma} {x.lower_}" in phrases
                                                         for x in v.children if x.dep_ == "prt"))
                     for p in pr.children if p.dep_ == "pobj"]
        if len(items) != 1:
            continue
        sides = []
        for q in _list_members(items[0]):
            a = ctx.np_actor(q)
            if a is None:  # "the four MPs of the Labour Party": the body the members' "of" names
                a = next((ctx.np_actor(p) for pr in q.children if pr.dep_ == "prep" and pr.lower_ == "of"
                          for p in pr.children if p.dep_ == "pobj"), None)
            if a is not None and ctx.actors[a].key.startswith("inst:"):
                continue  # (a state's institution: "Naulu's caucus" read as the parliament)
            if a is not None and not isinstance(a, _Group) and ctx.kind(a) == "organization":
                sides.append(a)
        sides = list(dict.fromkeys(sides))
        if len(sides) >= 2:
            ctx.add_pairs(sides, "allied_with", v.sent, 0.6)


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


def _rival_noun(noun: Token, words: frozenset[str]) -> bool:
    """"a rival ethnic militia", "the rival gang": a common noun a rival word qualifies, no owner ("its rival
    militia" names whose rival it is)."""
    return noun.pos_ == "NOUN" and not any(x.dep_ == "poss" for x in noun.children) \
        and any(norm(x.text) in words for x in noun.children if x.dep_ in ("amod", "compound"))


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
            withs += _partnership_led_by(o)  # "X would never join a government led by Y"
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


def _partnership_led_by(noun: Token) -> list[Token]:
    """"a government led by Y", "any coalition headed by Y": the "by" phrases of a participle of leading
    (word_lists.coalition_heading_verbs) on a partnership noun, whose object is the partner a refusal turns down
    (_refused_partnership: "X would never join a government led by Y" opposes Y)."""
    return [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and norm(c.lemma_) in cues().coalition_heading_verbs for a in c.children if a.dep_ == "agent"]


def _partner_actor(ctx: _Ctx, q: Token) -> int | None:
    """The actor a partner named after "with" is: the name, or the person whose party or movement it is ("any
    deal with X's party": word_lists.personal_body_nouns)."""
    a = ctx.np_actor(q, deep=True)
    if a is None and q.pos_ == "NOUN" and norm(q.lemma_) in cues().personal_body_nouns:
        a = next((x for c in q.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  for x in [ctx.np_actor(c)] if x is not None), None)
    return a


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


def _allying_phrase(ctx: _Ctx, verb: Token) -> bool:
    """"joined forces", "teamed up", "forged an alliance": a verb with its object, or a particle, that makes a
    preposition_verbs key tying allied_with (relations.yaml; "join forces", "team"), said with no partner after
    "with" (relations._joint_action: then its listed subjects ally with each other)."""
    preps = ctx.kb.relations.get("preposition_verbs") or {}
    lemma = verb.lemma_.lower()
    keys = [f"{lemma} {w}" for x in verb.children if x.dep_ == "dobj" for w in (norm(x.text), x.lemma_.lower())]
    keys += [lemma] if any(x.dep_ == "prt" for x in verb.children) else []
    return any("allied_with" in (preps.get(k) or {}).values() for k in keys)


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
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in (
            ctx.kb.relations.get("hostility_end_verbs") or ()) \
            and not any(c.dep_ in ("neg", "dobj") for c in noun.head.children):
        # "their rivalry ended in 2010", "X, whose dispute with Y was settled in 2015": a hostility told over (not
        # one that ends something else: "the coalition against Y ended its mission")
        return
    if "between" in preps:  # "the war between A and B", "a ceasefire between A and B": the two sides
        for c in _between_phrases(noun):
            sides = [ctx.side_actor(q) for p in c.children if p.dep_ == "pobj" for q in _list_members(p)]
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
        sides = [ctx.side_actor(q) for q in _list_members(subj)] if subj is not None else []
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
    if owner is None and any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        owner = _relative_antecedent(ctx, noun)  # "X, whose rivalry with Y split the party": X's
    # "the mission supported FARM operations against B": the operations are the named body's, not the subject's
    named_owners = {ctx.actor(t) for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                    for t in c.subtree} - {None}
    owners = []
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "conj" and noun.head.dep_ == "dobj" \
        else None  # ("they announced a truce and a joint front against Y")
    if verb is None and noun.dep_ == "pobj" and noun.head.lower_ in cues().hostility_setting_prepositions \
            and noun.head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in noun.head.head.children) \
            and not any(c.dep_ == "dobj" and _none_said(c) for c in noun.head.head.children):  # ("took no part in")
        # "A's troops spent weeks besieging the town in a campaign against B": who acts in it, a side only when the
        # foe follows "against" ("Qatar helped in the dispute with B" is a go-between's part)
        others = [p for p in others if p.head.lower_ == "against"]
        verb = noun.head.head
    if owner is None and verb is not None and verb.pos_ == "VERB" and not _unreal(verb) \
            and _refused(ctx, verb) is None and not _denied(verb) \
            and not _verb_in(verb, cues().hosting_verbs) \
            and not (verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs)):
        # ("Qatar brokered a truce with X": a mediator; "X plans to launch an offensive against Y": a wish)
        owner = _clause_subject(ctx, verb)
        if owner is not None and named_owners and owner not in named_owners \
                and (ctx.kb.relations.get("verb_relations") or {}).get(norm(verb.lemma_)) == "backs":
            return  # "X supported FARM operations against B": FARM's, X only backs them
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


def _between_phrases(noun: Token) -> list[Token]:
    """The "between" phrases naming the sides of a hostility noun: on the noun ("the fighting between A and B"), or,
    where the parser hung it there, on the verb the noun is the subject of ("clashes erupted between A and B",
    "fighting was reported between A and B") or on a verb describing the noun ("fighting flared between A and B"
    parsed as a participle on "fighting", "the truce signed in March between A and B"); not on a verb that is
    negated or unreal ("clashes could erupt between A and B", "no fighting was reported": the latter is _none_said)
    or that only foresees the fight ("clashes are expected between A and B": word_lists.expectation_verbs)."""
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"]
    if own:
        return own
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    # a participle describing the noun: "fighting flared between A and B" read as one, "the truce signed in March
    # between A and B" ("between" after the participle's own phrases)
    verbs += [c for c in noun.children if c.dep_ == "acl" and (noun.dep_ == "ROOT" or c.tag_ == "VBN")]
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


def _partnership(ctx: _Ctx, verb: Token, nouns: list) -> None:
    """"A governed together with B", "A sits in coalition with B": A allied with B."""
    doc = verb.doc
    deps, lows = token_deps(doc), token_lowers(doc)[0]
    routes = cues().partnership_route_preps
    if not any(deps[c] == "dobj" or deps[c] == "prep" and (lows[c] in ("with", "in", "into") or lows[c] in routes)
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
        if c.dep_ == "prep" and c.lower_ in routes and not told_as_over(verb):
            partners += _partnership_route(c, nouns)  # "A has governed through a pact with B" (not "... until 2019")
        if c.dep_ == "prep" and c.lower_ in ("in", "into"):
            for n in c.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in nouns:
                    # ("in a coalition with B and with C": a second "with" joined to the first)
                    found = [p for pr in n.children if pr.dep_ == "prep" and pr.lower_ == "with"
                             for w in (pr, *(x for x in pr.children if x.dep_ == "conj" and x.lower_ == "with"))
                             for p in w.children if p.dep_ == "pobj"]
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
            # ("A formed a government with B, which won 14 seats, and with C": a second "with" joined to the first)
            preps = [pr for pr in (*c.children, *verb.children) if pr.dep_ in ("prep", "conj") and pr.lower_ == "with"]
            partners += [p for pr in preps for p in pr.children if p.dep_ == "pobj"]
            partners += [q for p in list(partners) for q in _semicolon_items(ctx, p)]  # "with A; B; and C"
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
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not _unreal(verb.head):
        # "A won 21 seats and formed a government with B": a second verb shares the first one's subject
        owner = _clause_subject(ctx, verb)
    elif subj is None:
        return
    else:
        owner = _subject_actor(ctx, verb, subj)
    if typ == "allied_with" and owner is not None and all(
            (x := ctx.np_actor(q)) is not None and ctx.kind(x) == "organization" for p in partners for q in (p, *p.conjuncts)):
        # "X, the Y party's leader, formed a government with A and B": a party's coalition, the one body the text has
        # him leading (relations.yaml led_body_objects), not the man's own tie
        owner = _majority_holder(ctx, owner, next((c for c in verb.children if c.dep_ == "dobj"), None))
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
    if verb.pos_ != "VERB" or _unreal(verb) or _denied(verb) or _conditional(verb) or _former_copula(ctx, verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return  # (nor "A once considered B a terrorist group": a view given up)
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
    # "Karvel considers the Front a terrorist organisation" parsed as a verbless clause: the label noun the
    # complement, the one labelled its subject (no verb, copula or auxiliary of its own)
    small = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and ctx.actor(c) is None
             and not any(x.dep_ in ("aux", "auxpass", "cop", "mark") for x in c.children)]
    labelled = next((x for c in small if is_hostile(c) for x in c.children if x.dep_ == "nsubj"), None)
    labels += small
    # "... considers the Delta Front (DF) a terrorist organisation": the second object read as an apposition of the
    # first after its bracketed short name (no comma before it: "the Front, a militia that ..." describes it)
    named += [a for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" for a in c.children
              if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > 0 and a.doc[a.i - 1].text != ","
              and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
              and ctx.actor(a) is None and is_hostile(a) and a not in named]
    labels += named
    if not any(is_hostile(x) for x in labels):
        return
    if any(c.dep_ in ("nsubjpass", "agent") for c in verb.children) \
            or named and any(c.dep_ == "prep" and c.lower_ == "by" for h in (verb, *named) for c in h.children):
        _passive_labellers(ctx, verb, named)
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c not in named), labelled)
    if obj is not None and obj.lower_ in ("other", "one"):
        return  # "A and B regard each other as enemies" (_mutual_regard)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (obj is None or obj.lower_ in ("which", "that", "whom")) \
            and subj is not None and subj.lower_ not in ("who", "which", "that"):
        obj = verb.head  # "the Front, which Karvel regards as a terrorist group", "whose group X designated as ..."
    if obj is None:
        return
    source = _clause_subject(ctx, verb)
    if source is None:  # "The Government of President X considers the Front a terrorist organisation"
        source = next((x for c in verb.children if c.dep_ == "nsubj" for x in [_government_of(ctx, c)] if x is not None),
                      None)
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
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "between")), None)
    if members and of is not None:
        # "a coalition of ethnic armies and the exiled X Government": the last member hung on the noun, not its "of"
        members += [m for c in noun.children if c.dep_ == "conj" and c.i > of.i and any(
            x.dep_ == "cc" and x.i < c.i for x in (*noun.children, *members[-1].children)) for m in _list_members(c)]
    sides = []
    kinds = ("organization", "country", "person") if signatories else ("organization", "country")
    for m in members:
        x = ctx.np_actor(m)
        if x is not None and ctx.kind(x) in kinds and x not in sides:
            sides.append(x)
    if len(sides) < 2 and of is not None:  # "an alliance of A (AA), B and C": the brackets break the parse
        sides = list(dict.fromkeys([*sides, *_bracketed_list(ctx, of.i + 1)]))
    if len(sides) == 1 and any(m.tag_ == "NNS" and m.is_lower and ctx.np_actor(m) is None for m in members):
        # "X, a coalition of ethnic armies and the Y Government": one member named beside a plural of unnamed ones is
        # still a member of the named whole (no pair of allies is named)
        _composed_whole(ctx, noun, members)
    if not 2 <= len(sides) <= 5:
        return
    ctx.add_pairs(sides, "allied_with", noun.sent, 0.6)
    _composed_whole(ctx, noun, _of_members(noun, ("of", "between")))
    if signatories:
        _formed_named_alliance(ctx, noun, sides)


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


def _headed_coalition(ctx: _Ctx, verb: Token) -> None:
    """"X became prime minister at the head of a coalition that included A and B", "X heads a government that
    includes A": an unnamed coalition (word_lists.headed_coalition_nouns) whose relative clause lists its members
    (relations.yaml membership_verbs), led by the subject of the verb it is the object of (word_lists.
    coalition_heading_verbs) or of the verb it is "at the head of" (word_lists.coalition_head_nouns): the leader is
    allied with each member body (through the one party he leads, when the text has one). Not a coalition only wished
    or refused ("will not back any government that includes A"), nor told as over ("a coalition that included A until
    2019")."""
    noun = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children) \
            or norm(noun.lemma_) not in cues().headed_coalition_nouns or ctx.actor(noun) is not None \
            or _unreal(verb) or told_as_over(verb):
        return
    head = None
    if noun.dep_ == "dobj" and norm(noun.head.lemma_) in cues().coalition_heading_verbs:
        head = noun.head  # "X heads a coalition that ..."
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" \
            and norm(noun.head.head.lemma_) in cues().coalition_head_nouns and noun.head.head.head.lower_ == "at":
        head = noun.head.head.head.head  # "X became premier at the head of a coalition that ..."
        for _ in range(3):  # ("elected X as premier at the head of ...": the "at" hung on the role noun)
            if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("pobj", "prep", "attr", "dobj", "oprd"):
                break
            head = head.head
    if head is None or head.pos_ not in ("VERB", "AUX") or _unreal(head) or _refused(ctx, head) is not None \
            or _conditional(head) or told_as_over(head):
        return
    # "the assembly elected X (as) premier at the head of ...": the person elected heads it, not the assembly; an
    # object of any other kind leaves the head unsure
    objects = [o for o in head.children if o.dep_ == "dobj" and o.i < noun.i]
    people = [a for o in objects for a in (ctx.np_actor(o, deep=True),) if a is not None and ctx.kind(a) == "person"]
    if objects and not people:
        return
    leader = people[0] if people else _clause_subject(ctx, head)
    if leader is None or ctx.kind(leader) not in ("person", "organization"):
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for q in _listed(ctx, obj):
            member = ctx.np_actor(q)
            if member is None or member == leader or ctx.kind(member) != "organization":
                continue
            owner = _sole_led_body(ctx, leader, member) if ctx.kind(leader) == "person" else leader
            if owner != member:
                ctx.add(owner, "allied_with", member, verb.sent, 0.6)


def _partnership_route(prep: Token, nouns) -> list[Token]:
    """"A has governed through a shifting pact with B", "A came to power via an alliance with B and C": the partners
    named after "with" on a partnership noun (relations.yaml partnership_nouns) that is the object of a preposition
    of means (word_lists.partnership_route_preps); not "through a non-aggression pact with B" (a truce: _truce_pact)
    nor a pact someone else owns ("through Y's pact with B")."""
    return [p for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in nouns and not _truce_pact(n)
            and not any(x.dep_ == "poss" and x.pos_ != "PRON" for x in n.children)
            for pr in n.children if pr.dep_ == "prep" and pr.lower_ == "with"
            for w in (pr, *(x for x in pr.children if x.dep_ == "conj" and x.lower_ == "with"))
            for p in w.children if p.dep_ == "pobj"]


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
    if not adverbs and _allying_phrase(ctx, verb):
        # "A and B joined forces to elect the Speaker": the phrase itself says they act as one (not "joined forces in
        # 2015 but split in 2018": a coordinated verb of rupture or undoing ends it)
        breaks = {k.split()[0] for k in ctx.kb.relations.get("rupture_verbs") or {}} | c.undoing_verbs
        if any(norm(v.lemma_) in breaks for v in verb.conjuncts):
            return
        adverbs = ["together"]
    if not adverbs or any(f"{norm(verb.lemma_)} {a}" in c.solidarity_pairs for a in adverbs) \
            or _joint_objects(verb) or any(x.dep_ == "prep" and x.lower_ == "with" for x in verb.children):
        return  # (not "A and B stood together against the reform": solidarity_pairs)
    wishes = c.aspiration_verbs | c.proposal_verbs
    head, subj = verb, None
    for _ in range(3):
        if _unreal(head) or _conditional(head) or _denied(head) or _refused(ctx, head) is not None \
                or head is not verb and in_any(norm(head.lemma_), wishes, c.undoing_verbs) or _told_as_past(head):
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
        end = next((x.i for x in read_tokens(ctx.doc)[tok.i:tok.sent.end] if x.is_punct), tok.sent.end)
        if any(x.dep_ == "prep" and x.lower_ in ("of", "to") for x in tok.children) or any(
                x.i < tok.i and (x.dep_ == "poss" or x.dep_ in ("amod", "compound") and not x.is_lower)
                for x in tok.subtree) or any(norm(x.text) in past for x in read_tokens(ctx.doc)[tok.left_edge.i:end]):
            continue  # ("A and B, Tarn's allies,", "allies of Tarn"; "A and B, former partners,", "partners in
            # earlier governments")
        listed = _conjunct_root(listed)  # (the noun hung on the last of the list)
        sides = list(dict.fromkeys(x for x in (ctx.np_actor(m) for m in _list_members(listed) if m is not tok)
                                   if x is not None and not isinstance(x, _Group)
                                   and ctx.kind(x) in ("organization", "country")))
        if 2 <= len(sides) <= 4:
            ctx.add_pairs(sides, typ, tok.sent, 0.6)


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
    if any(c.dep_ == "neg" for c in verb.children) or _denied(verb) or _no_longer(verb):
        return
    if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VBG" and _verb_in(verb.head, cues().ending_verbs):
        return  # "X stopped sending weapons to Y", "X has ceased supplying arms to Y": a tie named as ended
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


def _relied_on_share(ctx: _Ctx, verb: Token, obj: Token) -> None:
    """"The Y Alliance depends on the votes of the X Party", "Y relies on X's deputies for its majority": a body's
    votes, seats or members (relations.yaml reliance_share_nouns) after "on" of a reliance verb, with the body after
    "of" or as the possessor: X backs Y (a body lending another its votes or its men). Not a tie told as over ("no
    longer depends on"), nor one lent by a person or to one's own body."""
    if norm(obj.lemma_) not in cues().reliance_share_nouns and norm(obj.text) not in cues().reliance_share_nouns:
        return
    if _no_longer(verb) or told_as_over(verb) or any(c.dep_ == "neg" for c in verb.children):
        return
    receiver = _clause_subject(ctx, verb)
    if receiver is None or ctx.kind(receiver) not in ("person", "organization"):
        return
    owners = [c for c in obj.children if c.dep_ == "poss"]
    owners += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for o in owners:
        giver = ctx.np_actor(o)
        if giver is None and o.pos_ == "PRON":
            giver = ctx.pronoun_actor(o, exclude=receiver)
        if giver is not None and giver != receiver and ctx.kind(giver) == "organization":
            ctx.add(giver, "backs", receiver, verb.sent, 0.6)


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
    if obj is not None and verb.lemma_ in cues().reliance_verbs:
        _relied_on_share(ctx, verb, obj)
    if obj is None or not any(o.lemma_.lower() in aid or o.lower_ in aid for o in (obj, *obj.conjuncts)):
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return  # "We receive no money from X": none is received
    receiver = _clause_subject(ctx, verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if receiver is None:  # "Front officers received training from X": the body whose people received it
        receiver = next(iter(_stand_ins(ctx, subj)), None)
    if receiver is None and subj is not None and norm(subj.lemma_) in cues().ruling_nouns:
        # "Velnia's government has received security assistance from X": the state whose government it is
        poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        state = ctx.actor(poss) if poss is not None else None
        receiver = state if state is not None and ctx.kind(state) == "country" else None
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
                    ctx.add(_first_actor(ctx.np_actor(q), lambda: _sending_state(ctx, q),  # "from officers of X's army"
                                         lambda: next(iter(_stand_ins(ctx, q, exclude=receiver)), None)),
                            "backs", receiver, verb.sent, 0.7)
        elif p.dep_ == "prep" and p.lower_ == "through":
            # "received weapons from X through its foreign legion", "obtained fuel through a front company of X's spy
            # agency": a state or a state's body the aid came through gave it (not a port, a broker or a charity)
            for g in (c for c in p.children if c.dep_ == "pobj"):
                via = ctx.np_actor(g)
                if via is None and norm(g.lemma_) in ctx.kb.org_nouns:  # "X's agency", "a front company of X's agency"
                    via = _first_actor(ctx.np_actor(g, deep=True), lambda: next(
                        (ctx.np_actor(o, deep=True) for o in _of_object(g) if o.head.lower_ == "of"), None))  # (no "port of X")
                if via is not None and via != receiver and (ctx.kind(via) == "country" or ctx.kind(via) == "organization"
                                                            and ctx.subkind(via) in STATE_LIKE_SUBKINDS - {"legislature"}):
                    ctx.add(via, "backs", receiver, verb.sent, 0.65)


def _body_plural(ctx: _Ctx, tok: Token) -> bool:
    """A lower-case plural noun of bodies (roles.yaml org_nouns: "parties", "groups") or of partners (relations.yaml
    of_phrases: allied_with: "allies", "partners")."""
    of_phrases = ctx.kb.relations.get("of_phrases") or {}
    return tok.tag_ == "NNS" and tok.is_lower and (norm(tok.lemma_) in ctx.kb.org_nouns or "allied_with" in (
        of_phrases.get(tok.lower_), of_phrases.get(norm(tok.lemma_))))


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
    start = name.start if name is not None else -1
    if name is None:
        backer, start = _ruler_before_run(ctx, first)  # "a militia that the (Velnian) junta arms"
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
    elif not clients and (j >= len(doc) or doc[j].pos_ in ("PUNCT", "ADP", "ADV", "CCONJ", "SCONJ")
                          or doc[j].pos_ in ("VERB", "AUX") and _after_relative_pronoun(doc, start)):
        # "Y, a militia that X arms and pays, ...", "the units X trains in the north": a relative clause whose
        # object is the body it is said of (the clause ending after the run; or right before the main clause's verb
        # after "that"/"which": "the militia that X arms attacked the town")
        named = [_object_relative_antecedent(ctx, start, backer)]
    # (a state named right after the run as well: "Washington arms Velnia under the 1979 act"; not one owning what
    # follows, "Ostravia arms Velnia's rebels"; nor in a question, "Ostravia arms Velnia?")
    states = {ctx.actor(doc[c.start]) for c in clients if c.end >= len(doc) or doc[c.end].tag_ != "POS"} \
        if not ends_in_question(first.sent) else set()
    for client in named:
        if client is not None and client != backer and (ctx.kind(client) == "organization" or client in states
                                                        and ctx.kind(client) == "country"):
            ctx.add(backer, "backs", client, first.sent, 0.7)


def _contact_relative(ctx: _Ctx, verb: Token, verbs: dict) -> None:
    """"Y, a militia X created and armed in 2023", "the militia the junta armed": a relative clause with no
    relative pronoun whose subject the parser hung on the noun as an apposition and whose verb as the noun's
    participle clause. A backing verb (relations.yaml verb_relations "backs", the verb or one joined to it) right
    after that subject, which is a name or the government (word_lists.ruling_nouns: the state it is of,
    _government_named_before), says the subject backs the body the noun names. Not a passive ("a militia armed by
    X"), a negation or a hypothetical."""
    noun = verb.head
    run = [verb, *verb.conjuncts]
    if noun.pos_ not in ("NOUN", "PROPN") or not any(verbs.get(v.lemma_.lower()) == "backs" for v in run):
        return
    if any(c.dep_ in ("agent", "auxpass", "neg", "aux", "nsubj", "nsubjpass", "mark") for v in run
           for c in v.children) or any(_unreal(v) for v in run):
        return
    subj = next((c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < verb.i
                 and c.right_edge.i == verb.i - 1), None)
    if subj is None:
        return
    backer = ctx.np_actor(subj)
    if backer is None and norm(subj.text) in cues().ruling_nouns and all(
            c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        backer = _government_named_before(ctx, subj)
    body = ctx.np_actor(noun)
    if body in (None, backer) and noun.dep_ == "appos" and noun.pos_ == "NOUN":
        body = ctx.np_actor(noun.head)  # "Y, a militia X created": the name the noun describes
    if backer is None or body is None or backer == body or ctx.kind(backer) not in ("country", "organization") \
            or ctx.kind(body) != "organization":
        return
    ctx.add(backer, "backs", body, verb.sent, 0.65)


def _after_relative_pronoun(doc: Doc, start: int) -> bool:
    """The words before token ``start`` (the subject's first word, or its "the") are a relative pronoun of an object
    clause ("the militia that X arms", "Y, which the junta arms")."""
    k = start - 1 if start >= 1 and doc[start - 1].lower_ == "the" else start
    return k >= 1 and doc[k - 1].lower_ in ("that", "which", "whom")


def _ruler_before_run(ctx: _Ctx, first: Token) -> tuple[int | None, int]:
    """The state a government noun (word_lists.ruling_nouns; "junta" may be tagged an adjective) right before a
    misparsed run of backing verbs stands for, and the index of its "the": "a militia that the Velnian junta arms" (the state its adjective names), "the
    militias that the government arms and pays" (the state the government named last is of, else the article's:
    _government_named_before); (None, -1) when no such noun stands there or it is not "the ..." ("a government",
    "its government", "Velnia's government": _run_backer reads a name's own possessive)."""
    doc = ctx.doc
    gov = doc[first.i - 1] if first.i >= 2 else None
    if gov is None or gov.pos_ not in ("NOUN", "ADJ") or norm(gov.text) not in cues().ruling_nouns \
            or ctx.tok2m[gov.i] >= 0 \
            or ctx.tok2m[first.i] >= 0:
        return None, -1
    j, state = gov.i - 1, None
    m = ctx.tok2m[j]
    if m >= 0 and ctx.mentions[m].end == gov.i and doc[j].pos_ in ("ADJ", "PROPN"):
        state = ctx.mentions[m].actor if ctx.kind(ctx.mentions[m].actor) == "country" else None
        if state is None:
            return None, -1
        j = ctx.mentions[m].start - 1
    if j < 0 or doc[j].lower_ != "the":
        return None, -1
    return (state if state is not None else _government_named_before(ctx, gov)), j


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
    if relative and k >= 0 and doc[k].text == ",":
        k -= 1  # "the Grey Guard, which X arms": the name before the comma
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
