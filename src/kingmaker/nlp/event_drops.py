"""The events stage's last step: the hits ``find_events`` found that are no event between the actors an extraction
lists, dropped before they reach ``doc._.km_events`` (``components.make_events``), so that ``to_model`` only
converts what is left.

Each drop reads its cue words and types from plover.yaml (``polarity.needs_source``, ``polarity.needs_target``,
``polarity.state_needs_target``, ``polarity.toll_types``, ``polarity.permission_types``, ``polarity.departure_types``,
``polarity.halted_talks_types``, ``permitting_verbs``, ``victim_verbs``, ``departure_verbs``, ``topic_verbs``,
``order_openers``, ``reprisal_verbs``, ``voting_verbs``, ``elected_marks``, ``session_verbs`` and ``session_bodies``, ``word_classes.worry`` and ``welfare``, ``motion_marks``,
``motion_determiners``, the ``halt`` frame and the CONSULT nouns, ``signing_verbs``, ``pact_nouns``,
``pact_partner_preps`` and ``pact_making_verbs``, ``polarity.addressed_types``, ``addressee_pronouns``,
``addressee_pronouns_when_told`` and ``told_to_preps``). "A known actor" is an actor the extraction lists
(``components.listed_actor_of``: an emitted actor, a bare ministry standing for its state).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kingmaker.nlp import asked

MIN_EVENT_CONFIDENCE = 0.4  # passing mentions of acts ("no attacks on X since") rank below: too weak for the map

__all__ = ["MIN_EVENT_CONFIDENCE", "kept_events"]


def _noun_modifier(trigger) -> bool:
    """The trigger is a verb modifying a noun ("a task force fighting X", "an appeal asking the court to ...",
    "the coalition fighting Y"): that noun is the one who acts, so with no known actor found for it the act is the
    description of something nobody named did, not a tie between actors."""
    return trigger is not None and trigger.dep_ == "acl" and trigger.pos_ in ("VERB", "AUX") \
        and trigger.head.pos_ in ("NOUN", "PROPN", "PRON")


def _imperative(trigger, openers: frozenset[str]) -> bool:
    """The trigger is the verb of an order, or of a verb joined to one: a bare verb that opens its sentence with no
    subject and no auxiliary, only words of plover.yaml order_openers before it ("Stop talking to X.", "Recall the
    ambassador and freeze the accord with Y.", "Please investigate the threats made by Z"): what someone tells
    another to do, no act anyone did. (A fragment of an entry, "Trains the army.", is no bare verb; "Talks hosted by
    X" no verb at all.)"""
    if trigger is None or trigger.tag_ != "VB":
        return False
    verb = trigger
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
            return False
        if verb.dep_ != "conj" or verb.head is verb:
            break
        verb = verb.head
        if verb.tag_ != "VB":
            return False
    if verb.dep_ != "ROOT":
        return False
    return all(t.is_punct or t.lower_ in openers for t in verb.doc[verb.sent.start:verb.i])


def _deaths_of_named_attack(trigger, lex) -> bool:
    """The deaths are told in a relative clause on an attack the sentence names: "the shelling of the village of X,
    in which three Velnian civilians were killed", "the raid on the port, during which four Velnians died": the
    attack strikes them, a blow named, not a bare toll (the attack noun's type in plover.yaml is ASSAULT)."""
    if trigger is None or trigger.dep_ != "relcl" or not any(
            c.dep_ == "prep" and any(p.lower_ in ("which", "whom") for p in c.children) for c in trigger.children):
        return False
    noun = trigger.head
    for _ in range(5):  # up the noun's "of"/"on" phrases: "the shelling of the village of X"
        if noun.pos_ == "NOUN" and lex.nouns.get(noun.lemma_.lower()) == "ASSAULT":
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head.head
    return False


def _people_of_state(span: Span | None) -> bool:
    """Whether the mention ``span`` of a state names its people, not its government: a state's adjective before a
    noun ("Velnian farmers", "US and British activists") or a people's name ("thousands of Velnians", "ethnic
    Velnians"; the tagger's NORP). Their protest is an act of the state's side (PLOVER's coding), where a government's
    protest at no one known is not (``kept_events``, ``polarity.state_needs_target``)."""
    if span is None:
        return False
    root = span.root
    return root.ent_type_ == "NORP" or root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ == "NOUN"


def _casualty_count(trigger, victim_verbs: frozenset[str]) -> bool:
    """The one ``trigger`` strikes is a count of people: "seven Velnians were killed", "killing three soldiers",
    "four Velnian workers died" (plover.yaml victim_verbs: the subject is the victim), "three members of the security
    forces were wounded" (a number on its patient), and nothing is named striking them: no subject of the act ("a
    roadside bomb killed two soldiers", "gunmen killed three"), no agent ("were killed by a mine")."""
    if trigger is None:
        return False
    dies = trigger.lemma_.lower() in victim_verbs
    if not dies and any(c.dep_ in ("nsubj", "agent") for c in trigger.children):
        return False
    patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] or (
        [c for c in trigger.children if c.dep_ == "nsubj"] if dies else [])
    return any(c.dep_ == "nummod" for p in patients for c in p.children)


def _permitted_no_one(trigger, permitting_verbs: frozenset[str], tok2m: list[int]) -> bool:
    """A verb of letting (plover.yaml permitting_verbs) whose complement names no one by name as the one let:
    "X allowed the aircraft to use its bases", "the case allows us to test" (no mention on the object or the
    subject of the complement)."""
    return trigger is not None and trigger.lemma_.lower() in permitting_verbs and not any(
        tok2m[t.i] >= 0 for c in trigger.children if c.dep_ in ("dobj", "xcomp", "ccomp")
        for t in (c, *c.children) if t.dep_ in ("dobj", "nsubj") and t.i < len(tok2m))


def _pledged_goods(trigger, lex) -> bool:
    """The trigger is a verb of pledging or planning (plover.yaml frames: intent) whose direct object is goods, arms,
    craft or a sum (plover.yaml word_classes aid_*): "X pledged 40 million euros in assistance", "has promised fuel
    and tents": help pledged, which is aid to whoever receives it, not an agreement with anyone; with no one named to
    receive it, it is no tie between actors (as AID's `polarity.needs_target`). "pledged support", "promised
    elections" and "pledged to send aid" are not read here; nor is a pledge made on a visit or a meeting it is
    conjoined to ("visited the capital and promised faster funding": made to the host, named or not)."""
    if trigger is None or lex.frames.get(trigger.lemma_.lower()) != "intent":
        return False
    if trigger.dep_ == "conj" and any(e.type == "CONSULT" and not e.words
                                      for e in lex.verbs.get(trigger.head.lemma_.lower(), ())):
        return False
    goods = {w for name, words in lex.word_classes.items() if name.startswith("aid_") for w in words}
    return any(t.lemma_.lower() in goods for o in trigger.children if o.dep_ == "dobj"
               for t in (o, *o.conjuncts, *(c for c in o.children if c.dep_ == "compound")))


def _means_told(trigger, reprisal_verbs: frozenset[str]) -> bool:
    """The trigger is a verb of reprisal told by its means, a "by" clause with a gerund ("retaliated by expelling two
    diplomats", "hit back by cutting aid to X"): the means is the act, coded by its own verb, and the reprisal verb
    codes no armed attack of its own (plover.yaml reprisal_verbs)."""
    return trigger is not None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in reprisal_verbs \
        and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                for c in trigger.children)


def _departure(trigger, departure_verbs: frozenset[str]) -> bool:
    """The trigger is a verb of going away (plover.yaml departure_verbs: "left the coalition", "quit the party"),
    whose subject is the one who goes: with no known actor there, nobody known withdraws ("the election left the
    Front with 26 seats", "that left two parties for the run-off")."""
    return trigger is not None and trigger.lemma_.lower() in departure_verbs


def _vote(trigger, voting_verbs: frozenset[str]) -> bool:
    """The trigger is a verb of a body's vote (plover.yaml voting_verbs: "Congress voted to suspend the president",
    "lawmakers voted to remove the speaker"): with no known actor voting, the act is that of a chamber the extraction
    does not list, no act of anyone it does."""
    return trigger is not None and trigger.lemma_.lower() in voting_verbs


def _voted_in(hit, lex) -> bool:
    """A SUPPORT told by a verb of a vote (plover.yaml voting_verbs) whose target is marked as a body chosen afresh
    (plover.yaml elected_marks: its article or modifier): "Velnians will vote in March for a new parliament", "the
    country votes for a new Orvandan Diet next month": the election of that body, no backing of it ("voted for
    the Tarsk Party" is)."""
    if hit.type != "SUPPORT" or hit.target is None or hit.trigger is None \
            or hit.trigger.lemma_.lower() not in lex.voting_verbs:
        return False
    root = hit.target.root
    named = [root, root.head] if root.dep_ == "appos" else [root]  # ("for a new parliament, the Velnian Diet")
    return any(c.dep_ in ("det", "amod") and c.lower_ in lex.elected_marks for t in named for c in t.children)


def _sitting(hit, lex) -> bool:
    """A CONSULT with no one met, told by a verb of plover.yaml session_verbs whose subject is a deliberating body
    (the head noun of the mention or of the subject: plover.yaml session_bodies): "Velnia's parliament met on Monday",
    "the cabinet convened on Friday", "the senate meets again next week": the body sits in session, no consultation
    of anyone ("the cabinet met the strikers" names a party: a target, kept)."""
    if hit.type != "CONSULT" or hit.target is not None or hit.source is None or hit.trigger is None \
            or hit.trigger.lemma_.lower() not in lex.session_verbs:
        return False
    subj = next((c for c in hit.trigger.children if c.dep_ == "nsubj"), None)
    heads = {hit.source.root.lower_, *((subj.lower_,) if subj is not None else ())}
    return bool(heads & lex.session_bodies)


def _talked_of(trigger, topic_verbs: frozenset[str], tok2m: list[int]) -> bool:
    """A verb of talk whose direct object is the matter talked of (plover.yaml topic_verbs) names an actor inside
    that matter: "X discussed the budget of Y", "discussed with his government the departure of Y": Y is talked
    of, and with no one known talked with, the talk is no tie between actors."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None) if trigger is not None else None
    return obj is not None and trigger.lemma_.lower() in topic_verbs and any(
        tok2m[t.i] >= 0 for t in obj.subtree if t.i < len(tok2m))


def _halted_talks(trigger: Token | None, lex) -> bool:
    """A verb of the halt frame whose passive subject is a noun of talks (a CONSULT noun): "talks between X and Y
    were suspended"."""
    return trigger is not None and lex.frames.get(trigger.lemma_.lower()) == "halt" and any(
        c.dep_ == "nsubjpass" and lex.nouns.get(c.lemma_.lower()) == "CONSULT" for c in trigger.children)


def _worry(trigger: Token | None, lex) -> bool:
    """The trigger tells worry (plover.yaml word_classes.worry): the verb of "voiced concern", "raised its concerns",
    or the noun itself."""
    if trigger is None:
        return False
    words = lex.word_classes.get("worry", ())  # (a few words: no set built per hit)
    return trigger.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words
                                                  for c in trigger.children)


def _worry_at_no_act(trigger: Token | None, target: Span | None, lex) -> bool:
    """Worry (``_worry``) whose matter (the object of its "about", "over", "at" or "regarding" phrase) is the
    welfare of someone (plover.yaml word_classes.welfare: "voiced concern about the safety of X's citizens"), or
    a thing no one did (no act noun of plover.yaml, no name in it: "raised the alarm about the floods with X")
    while the target is only the one it was raised with: a worry for X, or shared with X, charges no one."""
    if target is None or not _worry(trigger, lex):
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    matters = [p for h in holders for c in h.children if c.dep_ == "prep"
               and c.lower_ in ("about", "over", "at", "regarding") for p in c.children if p.dep_ == "pobj"][:3]
    welfare = lex.word_classes.get("welfare", ())
    if any(m.lemma_.lower() in welfare and not _dealt_by(m, target) for m in matters):
        return True
    prep = target.root.head  # (the parser may hang "with X" on the matter: "the alarm about the floods with X")
    if not (prep.dep_ == "prep" and prep.lower_ == "with" and matters):
        return False
    aside = {t.i for t in prep.subtree}
    return all(lex.nouns.get(m.lemma_.lower()) is None and not any(
        (t.pos_ == "PROPN" or t.dep_ == "poss") and t.i not in aside for t in list(m.subtree)[:12]) for m in matters)


def _dealt_by(matter: Token, target: Span) -> bool:
    """``target`` is named in ``matter`` as the one who dealt what befell others: "the death of protesters at the
    hands of X" (the path from the target up to the matter passes "hands", or a "by" on the matter itself: "the
    death of a boy by X"): the worry then reproaches X, the way it does "X's killing of protesters"."""
    t = target.root
    for _ in range(8):  # (a short path up: the phrase of the matter)
        if t.i == matter.i or t.head is t:
            return False
        if t.lemma_.lower() == "hand" or t.lower_ == "by" and t.dep_ == "prep" and t.head.i == matter.i:
            return True
        t = t.head
    return False


def _signed_pacts(trigger: Token | None, lex) -> list[Token]:
    """The pacts (plover.yaml pact_nouns) a signing (signing_verbs) has as its direct object: "X signed a memorandum
    on border security", "they signed a water-sharing accord", "X inks an accord". A pact binds two sides at least:
    with no other side found as the target, the other signer is in the pact's own phrase (``_pact_partner``) or
    was missed, and the act of X on no one is no event between actors."""
    if trigger is None or trigger.lemma_.lower() not in lex.signing_verbs:
        return []
    return [c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.pact_nouns]


def _pact_phrase_preps(pact: Token, making_verbs: frozenset[str]) -> list[Token]:
    """The prepositions of a pact's own phrase, left to right: those down its chain of prepositions and their objects
    (and conjuncts), "a memorandum on border security with Y", "an accord on trade and transit with Y", and on
    through a clause that tells the pact's making (plover.yaml pact_making_verbs: "the accord, which it had
    negotiated with Y"); not into a clause that tells what the pact does ("an accord that cut its ties with Y", "a
    treaty banning trade with Y", "an agreement to end its cooperation with Y"): its "with" names no signer."""
    found, stack = [], [pact]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ in ("prep", "pobj", "conj") or c.dep_ in ("relcl", "acl") and c.lemma_.lower() in making_verbs:
                stack.append(c)
                if c.dep_ == "prep":
                    found.append(c)
    return sorted(found, key=lambda t: t.i)


def _pact_partner(pacts: list[Token], lex, tok2m: list[int], mentions: list) -> Span | None:
    """The mention that a phrase of plover.yaml pact_partner_preps in a signed pact's own phrase
    (``_pact_phrase_preps``) names: "signed a memorandum on border security with Y" (the parser hangs "with Y" on
    the pact's topic, not on the verb)."""
    for pact in pacts:
        for prep in _pact_phrase_preps(pact, lex.pact_making_verbs):
            if prep.lower_ not in lex.pact_partner_preps:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.i < len(tok2m) and tok2m[obj.i] >= 0:
                    m = mentions[tok2m[obj.i]]
                    return pact.doc[m.start:m.end]
    return None


def _told_to_pronoun(trigger: Token | None, lex) -> bool:
    """The direct object of the trigger, the one told, is a pronoun of plover.yaml addressee_pronouns: "ordered him
    to leave", "invited her to talks", "told me to go home", "Ask me again in a year"; or one of
    addressee_pronouns_when_told that is then told to do something (``told_to``): "ordered it to leave", "invited
    it to talks", not "demanded it", "requested it in writing", "asked it to be repealed" (the thing asked for).
    (Called only when the target names no known actor: the pronoun's referent was not found, or it is the
    narrator.)"""
    if trigger is None:
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in lex.addressee_pronouns or c.lower_ in lex.addressee_pronouns_when_told
                                     and told_to(trigger, lex.told_to_preps)) for c in trigger.children)


def told_to(trigger: Token, preps: frozenset[str]) -> bool:
    """The trigger tells its object to do something: an active to-infinitive ("ordered it to leave"; not "urged it
    to be done", a thing asked for) or a phrase of ``preps`` ("invited it to talks")."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(a.dep_ in ("auxpass", "nsubjpass") for a in c.children)
               or c.dep_ == "prep" and c.lower_ in preps for c in trigger.children)


def _description_clause(trigger) -> bool:
    """The trigger is the verb of a "who" clause on a description of a person (a common noun, not the name):
    "X, a retired customs clerk who fled in 2011", "Y, a farmers' envoy who sat in on the talks", "a member of
    parliament who brought the lawsuit": the clause tells who the person is (a past told in passing to introduce
    him), not an act of the story; one naming the person ("X, who visited Y last month") or one aimed at a named
    actor ("the envoy who met Y") is not caught here."""
    return trigger is not None and trigger.dep_ == "relcl" and trigger.head.pos_ == "NOUN" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in trigger.children)


def _motion_text(source: Span | None, lex) -> bool:
    """The one acting is the assembly that a motion's text names as itself: "That this House condemns ...", "That
    this Chamber welcomes X and asks Y to ...", the quoted opening of an amendment ('strike the text following "That
    this House" and insert: "rejects ..."'). The text is what a member proposes that the assembly say, put to a vote,
    no act the assembly did. Caught: the mention after the motion's mark and determiner (plover.yaml motion_marks,
    motion_determiners), the mark capitalised and opening its sentence (after quotation marks at most) before a
    verb in the present (a motion's words: "condemns", "urges"), or the opening quoted on its own (an amendment's
    citation of it); a subject clause told in the past ("That this council condemned X surprised no one"), "That
    week this House thanked X" or a reported "said that this House backs X" is no motion's opening."""
    if source is None or source.start < 2:
        return False
    doc = source.doc
    det, mark = doc[source.start - 1], doc[source.start - 2]
    if det.lower_ not in lex.motion_determiners or mark.lower_ not in lex.motion_marks or not mark.is_title:
        return False
    if mark.i > 0 and doc[mark.i - 1].is_quote and source.end < len(doc) and doc[source.end].is_quote:
        return True  # 'strike the text following "That this House"': the motion's opening quoted on its own
    if any(not (t.is_punct or t.is_space) for t in doc[mark.sent.start:mark.i]):
        return False
    # (the parser may hang the motion's first verb on a later one: "That this House condemns X; notes Y")
    return mark.dep_ == "mark" and mark.head.tag_ == "VBZ" and mark.head.dep_ not in ("csubj", "csubjpass")


def kept_events(doc: Doc, hits: list, lex) -> list:
    """The hits of ``doc`` that are events between listed actors, in order; a target that is the source's own actor
    is no target (the hit stays with none)."""
    from kingmaker.nlp.components import listed_actor_of  # (lazy: components builds the events stage)

    actor_of, kind = listed_actor_of(doc)
    tok2m = doc._.km_tok2m or []
    mentions = doc._.km_mentions or []
    out = []
    for hit in hits:
        if hit.confidence < MIN_EVENT_CONFIDENCE:
            continue  # passing mentions of acts ("no attacks on X since"): too weak to put on the map
        src, tgt = actor_of(hit.source), actor_of(hit.target)
        if src is not None and src == tgt:
            hit, tgt = replace(hit, target=None), None  # "X said it would defend itself": X acts on no one
        if kind(src) == "media" or kind(tgt) == "media":
            continue  # "told Reuters", "Reuters talked to": the reporting, not the story
        if src is None and tgt is None:
            continue  # nobody known acts and nobody known is acted upon: nothing to put on the map
        if src is None and hit.type in lex.needs_source:
            continue  # "the court also declined", "was financed by smuggling": no known actor asks, meets, helps
        if tgt is None and hit.type in lex.needs_target:
            continue  # "X sent humanitarian aid", "pledged $20 million for reconstruction": help given to no one known
        if tgt is None and hit.type == "AGREE" and _pledged_goods(hit.trigger, lex):
            continue  # "X pledged 40 million euros in assistance": help pledged to no one known, no agreement
        if tgt is None and hit.type in lex.state_needs_target and kind(src) == "country" \
                and not _people_of_state(hit.source):
            continue  # "X summoned Y's ambassador and protested", "the ministry protested privately": a state's
            # protest at no one known is no tie (the summons tells the reproach); its people's protest is
            # ("Velnian farmers blocked the road", "thousands of Velnians marched")
        if src is None and hit.type in lex.toll_types and kind(tgt) == "country" \
                and _casualty_count(hit.trigger, lex.victim_verbs) and not _deaths_of_named_attack(hit.trigger, lex):
            continue  # "seven Velnians were killed", "a blast killed three soldiers": a toll of a state's people with
            # no one named striking them is no act aimed at the state
        if src is None and _noun_modifier(hit.trigger):
            continue  # "a task force fighting X", "a motion urging X to ...": the act of a noun that is no known actor
        if tgt is None and hit.type in lex.permission_types and _permitted_no_one(hit.trigger, lex.permitting_verbs,
                                                                                  tok2m):
            continue  # "X allowed the aircraft to use its bases": a permission given to no one known is no concession
        if src is None and _vote(hit.trigger, lex.voting_verbs):
            continue  # "Congress voted to suspend the president": a vote of a body that is no known actor, no act of
            # anyone listed (plover.yaml voting_verbs)
        if _sitting(hit, lex):
            continue  # "Velnia's parliament met on Monday": a body in session, no consultation of anyone
        if _voted_in(hit, lex):
            continue  # "Velnians voted for a new parliament": an election of the body, no backing of it
        if hit.type == "ASSAULT" and _means_told(hit.trigger, lex.reprisal_verbs):
            continue  # "X retaliated by expelling two diplomats": the means (an expulsion) is the act, no attack
        if src is None and hit.type in lex.departure_types and _departure(hit.trigger, lex.departure_verbs):
            continue  # "the election left X with 26 seats", "that left two parties": no one known leaves X
        if tgt is None and _talked_of(hit.trigger, lex.topic_verbs, tok2m):
            continue  # "X discussed the summit of Y": Y talked of, no one known talked with
        if src is None and hit.type in lex.halted_talks_types and _halted_talks(hit.trigger, lex):
            continue  # "talks between X and Y were suspended": a halt no one known made; X and Y held the talks,
            # nobody sanctioned them
        if (tgt is None or src is None) and _worry(hit.trigger, lex):
            continue  # "X expressed concern about the floods", "concern was voiced at ...": worry at no known actor,
            # or by none, reproaches no one
        if _worry_at_no_act(hit.trigger, hit.target, lex):
            continue  # "X voiced concern about the safety of Y's citizens", "raised the alarm about the floods with Y"
        pacts = _signed_pacts(hit.trigger, lex) if tgt is None else []
        if pacts:  # "X signed a memorandum on border security (with Y)": a pact, whose other side is Y or not found
            partner = _pact_partner(pacts, lex, tok2m, mentions)
            tgt = actor_of(partner)
            if tgt is None or tgt == src:
                continue
            hit = replace(hit, target=partner)
        if tgt is None and hit.type in lex.addressed_types and _told_to_pronoun(hit.trigger, lex):
            continue  # "ordered it to leave", "told me to go home": asked of someone not found, not of no one
        if tgt is None and _description_clause(hit.trigger):
            continue  # "X, a retired customs clerk who fled in 2011": the person introduced, acting on no one known
        if src is None and _imperative(hit.trigger, lex.order_openers):
            continue  # "Stop talking to X.", "Recall our ambassador": an order no one known gives, no act done
        if _motion_text(hit.source, lex):
            continue  # "That this House condemns X and urges Y to ...": a motion's words, put to the vote, no act
        if hit.trigger is not None and asked(hit.trigger):
            continue  # "Did the army shell the town?"
        out.append(hit)
    return out
