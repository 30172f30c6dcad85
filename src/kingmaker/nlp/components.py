"""kingmaker's stages after the actors as spaCy components, one per stage, in pipeline order.

- ``kingmaker_actors`` (pipeline.py; mentions, label repair, in-document actors): requires ``doc.ents``
  and ``token.dep``; assigns ``doc._.km_mentions``, ``doc._.km_actors``, ``doc._.km_tok2m``,
  ``doc._.km_derived``;
- ``kingmaker_referents``: requires the actors; assigns ``doc._.km_resolver``, the document's one
  ``relations.PhraseResolver`` (noun phrases, definite descriptions, pronouns), shared by the stages below;
- ``kingmaker_relations``: requires the resolver; assigns ``doc._.km_relations`` (``RelationHit`` list: the ties
  between listed actors, ``relation_drops.kept_relations``);
- ``kingmaker_events``: requires the resolver; assigns ``doc._.km_events`` (``EventHit`` list: the events between
  listed actors, ``event_drops.kept_events``);
- ``kingmaker_learned_pairs``: requires the relations and events; adds to ``doc._.km_relations`` and ``doc._.km_events``
  the ties and events the learned pair scorer (``pairs.py``, ``knowledge/data/pair_model.json``) reads between
  actors named in one sentence that the rules gave none (off unless ``KINGMAKER_PAIR_MODEL`` names a model);
- ``kingmaker_facts``: requires the resolver; assigns ``doc._.km_facts`` (``FactHit`` list).

The hits hold local actor indices and spans of the ``Doc``; ``to_model`` turns them into model
objects (ids, evidence, dates). The knowledge each stage reads (cue files, the event lexicon) is
loaded once, when the pipeline is built.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kingmaker.knowledge import knowledge, norm
from kingmaker.nlp import _key, doc_span, per_doc, read_tokens
from kingmaker.nlp.relations import GENDERED, PhraseResolver, cues

__all__ = ["STAGES", "EMITTED_KINDS", "add_stages", "bare_ministries", "emitted_actors", "event_mention_of",
           "listed_actor", "listed_actor_of", "referents"]

EMITTED_KINDS = {"person", "organization", "country", "media"}  # actor kinds an extraction lists
# the stages after the actors component, in pipeline order
STAGES = ("kingmaker_referents", "kingmaker_relations", "kingmaker_events", "kingmaker_learned_pairs", "kingmaker_facts")

for _name in ("km_resolver", "km_relations", "km_events", "km_facts"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_ACTOR_ATTRS = ["doc._.km_mentions", "doc._.km_actors", "doc._.km_tok2m"]


def referents(doc: Doc) -> PhraseResolver:
    """The document's one phrase and pronoun resolver (set by ``kingmaker_referents``; built and kept
    on the Doc here when a stage runs on a Doc that did not go through it)."""
    resolver = doc.user_data.get(_RESOLVER)  # (asked thousands of times per pass: ``doc._`` is a new object each time)
    if resolver is None:
        resolver = doc._.km_resolver = PhraseResolver(doc)
    return resolver


_RESOLVER = _key("km_resolver")  # (where ``doc._.km_resolver`` keeps its value)


def emitted_actors(doc: Doc) -> set[int]:
    """Local indices of the actors an extraction lists (an emitted kind, named at least once)."""
    return {a.idx for a in doc._.km_actors or [] if a.kind in EMITTED_KINDS and a.mentions}


def bare_ministries(doc: Doc) -> dict[int, int]:
    """'the Interior Ministry', 'the Ministry of Finance' with no state named in any of its names: a ministry of the
    state the story is about (the resolver's home state), which acts through it: {ministry actor: state actor}; in a
    story with no home state, the one such ministry met most stands for the others: {ministry actor: that one}.
    'The Ostravian defence ministry', with an adjective the knowledge base does not know, is Ostravia's (a state of
    the document whose one-word name that adjective opens), whatever the story's state. Found once per Doc (the
    events stage's drops and ``to_model`` both ask)."""
    return per_doc(doc, "bare_ministries", _bare_ministries)


def _bare_ministries(doc: Doc) -> dict[int, int]:
    kb = knowledge()
    local = doc._.km_actors or []
    heads = {w for w in kb.state_executive if w.startswith("minist")}  # ministry, ministries, ministerio, ...
    states = {norm(a.name): a.idx for a in local if a.kind == "country" and a.mentions and len(a.name) >= 4
              and len(a.name.split()) == 1}

    def owner(a) -> int | None:
        """The ministry's state: -1 for none named, None for one the knowledge base knows (or not a ministry)."""
        names = [norm(n) for n in (*a.names, *a.extra_aliases) if n]
        if not names or not all((n.split()[-1] in heads or n.split()[0] in heads and " of " in n)
                                and n not in kb.known_orgs and not any(kb.country_of(w) for w in n.split())
                                for n in names):
            return None
        named = {i for n in names for w in n.split() for st, i in states.items() if w.startswith(st)}
        return named.pop() if len(named) == 1 else None if named else -1
    cands = {a.idx: owner(a) for a in local if a.kind == "organization" and a.mentions}
    cands = {i: o for i, o in cands.items() if o is not None}
    if not cands:
        return {}
    home = referents(doc).home_state()
    if home is None:
        # no story's state: the ministries no state is named with are still one state's (the story's, which the
        # text takes as known: "the Ministry of Finance ... the Foreign Ministry"), one actor, the one met most
        # (only ministries named by common words: "the Dastovian Foreign Ministry" is another state's, whose
        # adjective the knowledge base does not know)
        from kingmaker.nlp.actors import _common_word  # (lazy: no import cycle)
        by_idx = {a.idx: a for a in local}
        plain = {i for i, o in cands.items() if o < 0 and all(
            _common_word(w) or w in kb.function_words or w in heads
            for n in (*by_idx[i].names, *by_idx[i].extra_aliases) if n for w in norm(n).split())}
        bare = sorted(plain, key=lambda i: (-len(by_idx[i].mentions), i))
        # not where the story names two states (each may own one of them), nor where one acts on another in a
        # clause ("the Interior Ministry accused the Foreign Ministry": two bodies; "the Ministry of Health reported
        # ..., and the Ministry of Education closed ..." is still one state's two)
        mentions = doc._.km_mentions or []

        def governors(i: int) -> set[int]:
            out = set()
            for m in by_idx[i].mentions:
                if m < len(mentions):
                    head = doc[mentions[m].end - 1]
                    gov = head.head.head if head.dep_ == "pobj" else head.head
                    out.add(gov.i)
            return out
        govs = {i: governors(i) for i in bare}
        if sum(1 for a in local if a.kind == "country" and a.mentions) > 1 \
                or any(govs[a] & govs[b] for k, a in enumerate(bare) for b in bare[k + 1:]):
            bare = []
        return {**{i: o for i, o in cands.items() if o >= 0}, **{i: bare[0] for i in bare[1:]}}
    return {i: o if o >= 0 else home for i, o in cands.items()}


def listed_actor(doc: Doc) -> Callable[[int], int | None]:
    """The actor an extraction lists for a local actor index: the actor itself when emitted, a bare ministry's state
    (``bare_ministries``), None for none: the actors ``to_model`` gives ids to."""
    ministries = bare_ministries(doc)
    listed = emitted_actors(doc) - set(ministries)

    def listed_of(a: int) -> int | None:
        a = ministries.get(a, a)
        return a if a in listed else None

    return listed_of


def listed_actor_of(doc: Doc) -> tuple[Callable[[Span | None], int | None], Callable[[int | None], str | None]]:
    """The actor an extraction lists for a mention span (``actor_of``: its mention's ``listed_actor``, None for
    none), and the kind of such an actor (``kind``; None for None), for the stages that drop what concerns no
    listed actor."""
    mentions = doc._.km_mentions or []
    tok2m = doc._.km_tok2m or []
    listed = listed_actor(doc)
    kinds = {a.idx: a.kind for a in doc._.km_actors or []}

    def actor_of(span: Span | None) -> int | None:
        if span is None:
            return None
        i = tok2m[span.start] if span.start < len(tok2m) else -1
        return listed(mentions[i].actor) if i >= 0 else None

    return actor_of, kinds.get


@Language.factory("kingmaker_referents", requires=_ACTOR_ATTRS, assigns=["doc._.km_resolver"])
def make_referents(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    knowledge()  # world knowledge and cue files, loaded and checked once
    def referents_component(doc: Doc) -> Doc:
        doc._.km_resolver = PhraseResolver(doc)
        return doc

    return referents_component


@Language.factory("kingmaker_relations", requires=["doc._.km_resolver", "token.dep"],
                  assigns=["doc._.km_relations"])
def make_relations(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from kingmaker.nlp.relation_drops import kept_relations
    from kingmaker.nlp.relations import find_relations

    cues()
    def relations_component(doc: Doc) -> Doc:
        # (the hits that are no tie between two listed actors dropped here: nlp/relation_drops.py)
        doc._.km_relations = kept_relations(doc, find_relations(doc, referents(doc)))
        return doc

    return relations_component


@Language.factory("kingmaker_events", requires=["doc._.km_resolver", "token.dep", "token.lemma"],
                  assigns=["doc._.km_events"])
def make_events(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from kingmaker.nlp.event_drops import kept_events
    from kingmaker.nlp.events import find_events, load_event_lexicon

    load_event_lexicon()  # loaded and checked when the pipeline is built

    def events_component(doc: Doc) -> Doc:
        # asked per document (a cached load): a user lexicon set after the pipeline was built
        # (``--lexicon``, kingmaker.knowledge.lexicons.set_lexicons) clears that cache and applies
        lex = load_event_lexicon()
        # (the hits that are no event between listed actors dropped here: nlp/event_drops.py)
        doc._.km_events = kept_events(doc, find_events(doc, event_mention_of(doc), lex), lex)
        return doc

    return events_component


@Language.factory("kingmaker_learned_pairs", requires=["doc._.km_relations", "doc._.km_events"],
                  assigns=["doc._.km_relations", "doc._.km_events"])
def make_learned_pairs(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from kingmaker.nlp.pairs import learned_items, pair_model

    pair_model()  # loaded when the pipeline is built

    def learned_pairs_component(doc: Doc) -> Doc:
        # asked per document (a cached load): KINGMAKER_PAIR_MODEL set after the pipeline was built applies
        model = pair_model()
        if model is not None:
            ties, events = learned_items(doc, model)
            doc._.km_relations = [*(doc._.km_relations or []), *ties]
            doc._.km_events = [*(doc._.km_events or []), *events]
        return doc

    return learned_pairs_component


@Language.factory("kingmaker_facts", requires=["doc._.km_resolver", "token.dep"], assigns=["doc._.km_facts"])
def make_facts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from kingmaker.nlp.facts import fact_cues, find_facts

    fact_cues()  # loaded and checked when the pipeline is built

    def facts_component(doc: Doc) -> Doc:
        doc._.km_facts = find_facts(doc, referents(doc), fact_cues())  # per document, as events' lexicon
        return doc

    return facts_component


# object pronouns an event's party may be written as ("met him", "congratulated her", "armed them"); "it"
# as an object mostly stands for a thing ("condemned it") and is left out; "them" stands for a body only
# with no plural noun between ("the tribes that supported them" are those people)
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# possessive pronouns that, on the subject of a reported clause, name a speaking body's own ("X said its offices ...")
OWNER_PRONOUNS = frozenset({"its", "their"})


def partitive_object(noun: Token) -> Token:
    """The count or part a noun is counted by: "two" in "two of their positions", "three" in "three of its
    trucks", "some" in "some of his aides" (a number, pronoun, determiner or adjective whose "of" phrase the
    noun completes); any other noun is itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.i < noun.i \
            and prep.head.pos_ in ("NUM", "PRON", "DET", "ADJ"):
        return prep.head
    return noun


def event_mention_of(doc: Doc) -> Callable[[Token], Span | None]:
    """The actor mention a token of an event stands for: its own mention, else (pronouns, "the
    group", "a government led by X") the one the document's resolver finds; only emitted actors."""
    mentions = doc._.km_mentions or []
    tok2m = doc._.km_tok2m or []
    lid = emitted_actors(doc)
    ctx = referents(doc)
    people_nouns = ctx.kb.state_nouns | ctx.kb.member_plurals  # "officials", "leaders", "negotiators", "fighters"
    # a body's posts, craft and armed men: "a Front depot", "brigade positions", "coalition drones"
    asset_nouns = frozenset(ctx.kb.relations.get("force_asset_nouns") or ()) \
        | frozenset(ctx.kb.relations.get("body_agent_nouns") or ())
    by_actor: dict[int, list] = {}  # each actor's mentions, in list order (built on first use)

    def span_of_actor(a: int | None, before: int):
        # the closest mention of actor ``a`` before token ``before`` (for pronouns and "the group")
        if a is None or a not in lid:
            return None
        if not by_actor:
            for m in mentions:
                by_actor.setdefault(m.actor, []).append(m)
        best = None
        for m in by_actor.get(a, ()):
            if m.start < before and tok2m[m.start] >= 0 and mentions[tok2m[m.start]].actor == a:
                best = m
        return doc_span(doc, best.start, best.end) if best is not None else None

    def home_span(a: int | None, before: int):
        """The article's state for "the government": its closest mention before, else its first one after
        ("The Government had summoned ..." in a hearing's record that names the state only later)."""
        span = span_of_actor(a, before)
        if span is None and a is not None and a in lid:
            span = span_of_actor(a, len(doc))
            if span is not None:
                first = next((m for m in by_actor.get(a, ()) if tok2m[m.start] >= 0
                              and mentions[tok2m[m.start]].actor == a), None)
                span = doc[first.start:first.end] if first is not None else span
        return span

    def actor_of(span: Span | None) -> int | None:
        if span is None or tok2m[span.start] < 0:
            return None
        return mentions[tok2m[span.start]].actor

    def owner_of_object(token: Token) -> Span | None:
        """A possessive pronoun on a verb's object: "approved his cabinet", "criticised her decision"
        name the owner as a second party; "moved their troops", "withdrew its envoy" (the subject's own,
        or no subject to tell) name none; a part of what a body owns ("shelled two of their positions", "seized
        three of its trucks", "detained two of its members") is owned as the whole is."""
        obj = partitive_object(token.head)
        if obj.dep_ == "nsubjpass" and obj.i != token.head.i and token.lower_ in OWNER_PRONOUNS \
                and obj.head.pos_ == "VERB" \
                and norm(token.head.text) in ctx.kb.group_member_nouns:
            # "two of its members were arrested": some of a body's people, undergoing the act, as "arrested two of
            # its members" (the body the pronoun stands for; roles.yaml group_member_nouns: not "four of its
            # crew", a ship's)
            return span_of_actor(ctx.pronoun_actor(token), token.i)
        if obj.dep_ not in ("dobj", "obj") or obj.i != token.head.i and token.lower_ not in OWNER_PRONOUNS:
            return None  # ("arrested one of his business partners": a person's associate is no part of him)
        verb = obj.head
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                verb.dep_ in ("xcomp", "conj") or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
                and verb.head is not verb:
            # "vowed to approve his cabinet", "X attacked Y, accusing her government ...": the one who vowed,
            # the subject of the clause a participle hangs on
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subj = verb.head  # "the party, which backed his appointment": the party is the one that acts
        actor = subj_actor = None
        if subj is not None:
            actor = ctx.pronoun_actor(token)
            subj_actor = actor_of(mention_of(subj))
            if subj_actor is None:  # "The ambassador, X, ...": the subject's name in apposition
                subj_actor = ctx.np_actor(subj)
            if subj_actor is None and subj.tag_ == "NNS":
                # "Karvelian jets have killed two of its commanders": the side a plural subject's modifier names
                subj_actor = ctx.np_actor(subj, deep=True)
        if actor is None or subj_actor is None or actor == subj_actor:
            return None
        if any(p.lower_ in ("with", "to") and any(ctx.actor(o) is not None for o in p.children if o.dep_ == "pobj")
               for p in (*token.head.children, *obj.children) if p.dep_ == "prep"):
            return None  # "suspended its cooperation with X", "cut its aid to X": the subject's own, X the party
        return span_of_actor(actor, token.i)

    def shared_object(token: Token) -> Span | None:
        """"him"/"her"/"them" as the object of a verb joined to an earlier one of the same subject whose own object
        names an actor: "praised X and urged him to ...", "met X's envoys and urged them to ...", "received the
        members of Y and asked them to ...": the one the first verb acted upon (a person for "him"/"her", a body or
        the plural people a body's name owns for "them"), whatever other name stands nearer."""
        verb = token.head
        purpose = verb.dep_ == "advcl" and token.lower_ == "them" and verb.head.pos_ == "VERB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)  # "met X's leaders to urge them"
        if token.dep_ not in ("dobj", "obj") or verb.dep_ != "conj" and not purpose or verb.head is verb \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        first = verb.head
        obj = next((c for c in first.children if c.dep_ in ("dobj", "obj") and c.i < token.i), None)
        if token.lower_ == "them" and (obj is None or mention_of(obj) is None):
            # "held talks with A and B and urged them": the parties the first verb's "with" phrase names
            withs = [p for h in [first] + ([obj] if obj is not None else []) for w in h.children
                     if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj" and p.i < token.i]
            obj = next((p for p in withs if mention_of(p) is not None), obj)
        if obj is None or obj.pos_ == "PRON":
            return None
        span = mention_of(obj)
        # "phoned A and B and urged them": a coordination of named actors is as plural as a plural noun
        plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" and mention_of(c) is not None for c in obj.children)
        if span is None and plural and obj.pos_ == "NOUN":
            # "X's envoys", "the members of X": the body whose people they are
            for c in obj.children:
                owner = c if c.dep_ == "poss" and c.pos_ != "PRON" else next(
                    (p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "of" else None
                if owner is not None and mention_of(owner) is not None:
                    span = mention_of(owner)
                    break
        a = actor_of(span)
        if a is None:
            return None
        if token.lower_ == "them":
            return span if plural or ctx.kind(a) != "person" else None
        return span if ctx.kind(a) == "person" and ctx.genders().get(a) in (GENDERED.get(token.lower_), None) else None

    def object_pronoun(token: Token) -> Span | None:
        """"him"/"her"/"them" as an object: the closest fitting actor before (the resolver's salience, as
        for subject pronouns), never the subject of its own clause ("X met him": not X); "him"/"her" a
        person the text marks with that gender (``PhraseResolver.genders``) or the only person it can be;
        "them" an organisation in this sentence or the one before, with no plural noun between."""
        shared = shared_object(token)
        if shared is not None:
            return shared
        verb = token.head.head if token.dep_ == "pobj" else token.head
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and verb.dep_ in ("xcomp", "conj", "prep") \
                and verb.head is not verb:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = actor_of(mention_of(subj)) if subj is not None else None
        found = ctx.pronoun_actor(token, exclude=own)
        if token.lower_ == "them":
            owner = owned_plural(token, own)
            if owner is not None:
                return owner  # "X withdrew its forces after Y ordered them out": X's forces, X
            # (not "the tribes that supported them", "urged the leaders ... them": those people)
            span = span_of_actor(found, token.i) if found is not None and ctx.kind(found) == "organization" else None
            if span is None or span.sent.start < (doc[token.sent.start - 1].sent.start if token.sent.start else 0) \
                    or any(t.tag_ in ("NNS", "NNPS") and ctx.tok2m[t.i] < 0 for t in read_tokens(doc)[span.end:token.i]):
                return None
            return span
        gender = GENDERED.get(token.lower_)
        if found is None or ctx.genders().get(found) != gender:
            # "2. Lena Sarto" over "Both X and the prime minister phoned her": the one person heading the section
            # (or entry) the sentence is in, when no person the text marks with that gender is nearer
            heads = [a for a in ctx.entry_heads().get(token.sent.start) or () if ctx.kind(a) == "person"]
            if len(heads) == 1 and heads[0] != own and ctx.genders().get(heads[0]) in (gender, None):
                return span_of_actor(heads[0], token.i)
        if found is None or ctx.genders().get(found) not in (gender, None):
            return None
        if ctx.genders().get(found) is None:
            # a person of unknown gender only when no other person could be meant: none else named in its
            # sentence or the one before but the clause's subject ("We spoke to her": not the man named before)
            start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
            persons = {a for a in (ctx.actor(t) for t in doc[start:token.i]) if a is not None
                       and ctx.kind(a) == "person" and a != own and ctx.genders().get(a) in (gender, None)}
            if persons != {found} or subj is not None and subj.lower_ in ("we", "i"):
                return None
        return span_of_actor(found, token.i)

    def owned_plural(token: Token, own: int | None) -> Span | None:
        """"them" for the closest plural noun before it (in its sentence or the one before) when that noun is a
        body's armed men, envoys, craft or posts (relations.yaml body_agent_nouns, force_asset_nouns) owned by a
        possessive: "X withdrew its last forces after the junta ordered them out", "Y's fighters held the hill
        until the army drove them off": the owner, as "two of its posts" is its owner's; None when that noun is
        no such thing, has no owner named or is owned by the clause's own subject ``own``."""
        start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        noun = next((t for t in reversed(doc[start:token.i]) if t.tag_ in ("NNS", "NNPS") and tok2m[t.i] < 0), None)
        if noun is None or norm(noun.text) not in asset_nouns:
            return None
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None:
            return None
        a = ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else actor_of(mention_of(poss))
        if a is None or a == own or ctx.kind(a) == "person":
            return None
        return span_of_actor(a, token.i)

    def named_in_object(token: Token) -> set[int]:
        """The actors a subject pronoun's own verb names in its direct object: the object's own actor and its
        possessor's ("he accused X", "he criticised X's party"), or, for a relative pronoun object, those of the
        noun the clause hangs on ("X's party, which he accuses of ..."); pronoun objects name none here."""
        verb = token.head
        out: set[int] = set()
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if obj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                obj = verb.head
            if obj.pos_ == "PRON":
                continue
            for t in (obj, *(c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON")):
                a = actor_of(mention_of(t))
                if a is not None:
                    out.add(a)
        return out

    relation_nouns = ctx.kb.relations.get("person_relation_nouns") or {}
    kin: dict[tuple[int, str], set[int]] | None = None  # (owner, relation noun) -> the persons named so; read on first use

    def named_person(t: Token | None) -> int | None:
        """The person a name token belongs to (a mention's own token only: no pronoun, no description)."""
        i = tok2m[t.i] if t is not None and t.i < len(tok2m) else -1
        a = mentions[i].actor if i >= 0 else None
        return a if a is not None and a in lid and ctx.kind(a) == "person" else None

    def relation_owner(noun: Token, named: Token | None) -> int | None:
        """The person a relational noun relates to: its possessor ("his cousin", "X's deputy"; on the name the noun
        titles: "her deputy Y"), else its "of" phrase ("a nephew of (the late president) X")."""
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None and named is not None and noun.dep_ == "compound":
            poss = next((c for c in named.children if c.dep_ == "poss"), None)
        if poss is not None:
            a = ctx.pronoun_actor(poss) if poss.pos_ == "PRON" else named_person(poss)
            return a if a is not None and ctx.kind(a) == "person" else None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for p in (c for c in prep.children if c.dep_ == "pobj"):
                found = named_person(p) or next((named_person(a) for a in p.children if a.dep_ == "appos"), None)
                if found is not None:
                    return found
        return None

    def relation_named(noun: Token) -> Token | None:
        """The name a relational noun gives its person in place: "Y, X's cousin" / "his successor, Y" (apposition),
        "her deputy Y" (a title before the name), "his cousin and former deputy Y" (one person: a title conjoined
        before a name with no article)."""
        if noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            return noun.head
        for c in noun.children:
            if c.dep_ == "appos" or c.dep_ == "conj" and c.pos_ == "PROPN" and any(
                    t.is_lower and t.is_alpha and t.dep_ in ("amod", "compound") for t in c.lefts) \
                    and not any(t.dep_ == "det" for t in c.lefts):
                return c
        return None

    def kin_table() -> dict[tuple[int, str], set[int]]:
        """Who the text names in a relation between two persons (relations.yaml person_relation_nouns), both ways:
        "his cousin and former deputy Y" (Y is his cousin, he Y's), "Y, a nephew of X" (X is Y's uncle); read once."""
        nonlocal kin
        if kin is None:
            kin = {}
            for noun in doc:
                word = noun.lemma_.lower()
                if noun.pos_ != "NOUN" or noun.tag_ != "NN" or word not in relation_nouns:
                    continue
                named = relation_named(noun)
                person, owner = named_person(named), relation_owner(noun, named)
                if person is None or owner is None or person == owner:
                    continue
                kin.setdefault((owner, word), set()).add(person)
                for converse in relation_nouns[word]:
                    kin.setdefault((person, converse), set()).add(owner)
        return kin

    def kin_of(token: Token) -> Span | None:
        """"He accused his cousin of plotting", "congratulated her successor", "X's deputy said ...": a relational noun
        between persons (relations.yaml person_relation_nouns) with an owner and no name of its own there is the one
        person the text names in that relation to the owner elsewhere ("his cousin and former deputy Y", "Y, a nephew
        of X", or the converse: "X's uncle" after "X, a nephew of Z"); None when the text names none or several."""
        word = token.lemma_.lower()
        if token.tag_ != "NN" or word not in relation_nouns or relation_named(token) is not None \
                or not any(c.dep_ == "poss" for c in token.children):
            return None
        owner = relation_owner(token, None)
        verb = token.head.head if token.dep_ == "pobj" else token.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PROPN" and named_person(subj) != owner:
            return None  # "X accused his cousin": X's cousin, whoever "his" would be read as on its own
        found = kin_table().get((owner, word), set()) if owner is not None else set()
        return span_of_actor(next(iter(found)), token.i) if len(found) == 1 else None

    found_for: dict[int, Span | None] = {}  # token index -> its mention (asked again for the same token by rules)

    def mention_of(token):
        """The mention ``token`` stands for, worked out once per token (a pure function of the Doc and the
        actors: the events stage asks it of the same subjects and objects from several rules)."""
        if token.i in found_for:
            return found_for[token.i]
        found = found_for[token.i] = find_mention(token)
        return found

    def find_mention(token):
        i = tok2m[token.i] if token.i < len(tok2m) else -1
        if i >= 0:
            m = mentions[i]
            return doc_span(doc, m.start, m.end) if m.actor in lid else None
        if token.pos_ == "PRON":  # "he met", "its fighters": the closest fitting actor before
            if token.dep_ in ("dobj", "obj", "pobj", "dative") and token.lower_ in OBJECT_PRONOUNS:
                return object_pronoun(token)  # "X met him", "Y congratulated her": the one talked about, not the subject
            if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                return None  # "condemned it": "it" as an object mostly stands for a thing, not an actor
            if token.dep_ == "poss" and token.head.dep_ not in ("nsubj", "nsubjpass"):
                asked = demanded_exit_owner(token)  # "called for his resignation": the one asked to go
                if asked is not None:
                    return asked
                return owner_of_object(token)  # "approved his cabinet": the owner, unless the actor itself
            if token.dep_ == "poss":
                own = speakers_own(token)  # "X said its offices had been attacked": X's offices
                if own is not None:
                    return own
            speaker = ctx.reported_speaker(token)  # "X said it rejected...": the speaker, not the closest name
            found = mention_of(speaker) if speaker is not None else None
            if found is not None:
                return found  # else "aides said he ...": not the speaker, the person talked about
            if speaker is not None and token.lower_ == "they" and speaker.tag_ == "NNS" and speaker.pos_ == "NOUN" \
                    and ctx.np_actor(speaker) is None and not any(
                        c.dep_ in ("amod", "compound") and c.text[:1].isupper() for c in speaker.children):
                return None  # "X's supporters say they will march", "residents said they fled": the speakers
            found = ctx.pronoun_actor(token)
            if token.dep_ == "nsubj" and found is not None and found in named_in_object(token):
                # "He accused X of ...", "Y's party, which he accuses of ...": a subject pronoun is never one
                # its own clause names as the one acted upon
                found = ctx.pronoun_actor(token, exclude=found)
                found = None if found in named_in_object(token) else found
            return span_of_actor(found, token.i)
        _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
        if token.pos_ == "PROPN" and (token.is_lower
                                      or token.is_title and token.i > 0 and _tk[token.i - 1].lower_ == "the"):
            # "the federal finance ministry" mistagged, "the Government" of a formal record (a hearing, a
            # parliament's question time, a UN summary): only as the state's; "the Kingdom": the state just named
            span = span_of_actor(ctx.polity_back(token), token.i) or home_span(ctx.home_ruler(token), token.i) \
                or bare_ministry(token)  # ("accused the Ministry of ...": as "the ministry")
            if span is not None:
                return span
        if ctx.opening_force(token):
            # "Gendarmes fired tear gas", "- Police arrested 14 farmers": a bare force noun the tagger took for a
            # name only because it opens the sentence or a list entry: the article's state's, as in lower case
            span = home_span(ctx.home_ruler(token, teams=True), token.i)
            if span is not None:
                return span
        if token.pos_ == "NOUN":  # "the group", "the movement"
            for c in token.children:  # "the rebel group, the Sable Brigade, attacked": the name in apposition
                if c.dep_ == "appos" and c.i > token.i and tok2m[c.i] >= 0 and mentions[tok2m[c.i]].actor in lid \
                        and c.left_edge.i > 0 and _tk[c.left_edge.i - 1].text == "," \
                        and not any(t.text == ":" for t in _tk[token.i + 1:c.i]):
                    # (set off by a comma: not "whose group Ostravia designated ...", a subject parsed as one)
                    m = mentions[tok2m[c.i]]
                    return doc_span(doc, m.start, m.end)
            for c in token.children:  # "a Tolvan government": the named owner (not "X's leader, Y")
                if c.dep_ == "compound" and c.pos_ == "PROPN" and not any(a.dep_ == "appos" for a in token.children):
                    named = mention_of(c)
                    if named is not None:
                        return named
            short = doc[token.i - 1] if token.i > 0 else None
            if short is not None and short.head.i == token.i and short.dep_ in ("compound", "amod") \
                    and short.text[:1].isupper() and short.is_alpha \
                    and (tok2m[short.i] < 0 or mentions[tok2m[short.i]].actor not in lid) \
                    and (token.tag_ == "NNS" and norm(token.text) in people_nouns
                         or norm(token.text) in asset_nouns):
                # "Front leaders", "Council officials": a body's short name (the one body named before whose
                # name that word heads) with a plural people noun is the body; so with its posts, arms and craft
                # ("struck a Brigade depot", "Front positions": relations.yaml force_asset_nouns, body_agent_nouns);
                # so too where the short name alone was read as some non-actor (a place: "Framework leaders")
                span = span_of_actor(ctx.name_head(short), token.i)
                if span is not None:
                    return span
            # "the government in Damascus": the state whose seat the "in" phrase names (PhraseResolver.seated_ruler)
            span = span_of_actor(ctx.seated_ruler(token), token.right_edge.i + 1)  # (the seat's own mention)
            if span is None:  # "coalition aircraft", "alliance troops": the body named before
                span = named_by_group_noun(token)
            if span is None:  # "attacked an army checkpoint": the state's army
                span = force_asset(token)
            if span is None:  # "State of X lawmakers": the body whose name those words open
                span = named_by_opening_words(token)
            if span is None:
                span = kin_of(token)  # "accused his cousin": the one person the text names as his cousin
            if span is None:
                span = owned_body(token)  # "Khazali's group", "X, whose party ...": the body X leads or belongs to
            if span is None:
                span = owned_state(token)  # "cut aid to his government": the state he leads or serves
            if span is None:  # "A Front official said the group had ...": the body its stand-in speaks for
                span = spoken_for(token)
            if span is None:
                span = span_of_actor(ctx.definite(token), token.i)
            if span is None:  # "the kingdom", "the emirate": the state just named whose name holds the noun
                span = span_of_actor(ctx.polity_back(token), token.i)
            if span is None:  # "the government", "the authorities", "the government delegation": the article's state
                span = home_span(ctx.home_ruler(token, teams=True), token.i)
            if span is None:  # "appealed to the government" in a story of several states: the state named last
                span = nearest_government(token)
            if span is None:  # "urged the ministry to pay": the state whose ministry was named last, else the home state
                span = bare_ministry(token)
            if span is None:  # "In a statement, the ministry accused Y": the state whose ministry was named before
                span = bare_ministry(token, subject=True)
            if span is None:  # "killing 12 soldiers": the article's state's
                span = home_span(ctx.counted_soldiers(token), token.i)
            if span is None:  # "the rebels": the one group labelled so before; "the cleric": the one person
                # described so ("X, a cleric") or, as a party itself (not the owner in "the cleric's home"),
                # given it as a title ("cleric X")
                span = span_of_actor(ctx.labelled_group(token, titles=token.dep_ != "poss"), token.i)
            if span is None:  # "accused the separatists": the one armed group named in its sentence or just before
                span = span_of_actor(ctx.armed_plural(token), token.i)
            if span is None:  # "the president", "the judge": the one person so titled before
                span = span_of_actor(ctx.bare_title(token, any_title=True), token.i)
            if span is None:  # "the new chairman": the one person the text said was given that office
                span = span_of_actor(ctx.new_holder(token), token.i)
            if span is None:  # "the movement loyal to X", "a government led by X": X
                owner = ctx.described_owner(token)
                span = mention_of(owner) if owner is not None else None
            return span
        if token.pos_ == "PROPN" and token.tag_ == "NNP" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative",
                                                                           "poss"):
            # ("handed the King a letter", "gave the President a list": the one given it is titled too; so is the
            # owner in "accused the President's family of ...", "criticised the President's decision")
            return titled(token)
        return None

    def named_by_group_noun(token: Token) -> Span | None:
        """"coalition aircraft carried out strikes", "alliance troops shelled", "Movement negotiators accused", "struck a
        brigade depot" (a body's forces or envoys, relations.yaml body_agent_nouns, or its posts and craft,
        force_asset_nouns, named by a bare group noun before them, lower case or
        opening the sentence): the body that noun refers back to (``PhraseResolver.definite``, as for "the
        coalition"); None for any other phrase."""
        mod = read_tokens(doc)[token.i - 1] if token.i > 0 else None  # (its labels read off the listed token)
        if mod is None or mod.head.i != token.i or mod.dep_ not in ("compound", "amod", "nmod") \
                or not (mod.is_lower or mod.is_title and mod.is_sent_start) \
                or norm(token.text) not in asset_nouns \
                or norm(mod.text) not in ctx.kb.org_nouns or norm(mod.text) in ctx.kb.state_institutions \
                or any(c.dep_ in ("det", "poss", "amod", "compound") for c in mod.children):
            return None  # (a group noun only: "army officers" are the army's, read as before)
        return span_of_actor(ctx.definite(doc[mod.i], modifier=True), token.i)

    def force_asset(token: Token) -> Span | None:
        """"attacked an army checkpoint", "ambushed a military convoy" (a post, convoy or craft of a state force,
        relations.yaml force_asset_nouns, after a bare lower-case "army"/"military"): the army the text named
        before, else the article's state when it names no army (``PhraseResolver.definite``, as for "the army"),
        else the one state army the text names later."""
        mod = doc[token.i - 1] if token.i > 0 else None
        other = next(iter((ctx.kb.relations.get("force_asset_modifiers") or {}).get(mod.lower_) or ()), None) \
            if mod is not None else None
        if mod is None or mod.head.i != token.i or mod.dep_ not in ("compound", "amod", "nmod") \
                or mod.lower_ not in ("army", "military") and other is None or any(True for _ in mod.children) \
                or norm(token.text) not in (ctx.kb.relations.get("force_asset_nouns") or ()) \
                or any(c.dep_ in ("poss", "compound", "amod") and c.i < mod.i for c in token.children):
            return None  # (not "the Ostravian army base", "its army posts": the owner is named there)
        if other is not None:
            # "ambushed a naval patrol", "shelled a navy base" (relations.yaml force_asset_modifiers): the state force of
            # that kind named before, else the article's state
            suffix = (ctx.kb.state_institutions.get(other) or ("",))[0]
            for i in ctx._mentioned_back(token.i - 1, max(-1, token.i - 600)):
                m = tok2m[i]
                if m >= 0 and suffix and mentions[m].key.endswith(":" + suffix) and mentions[m].actor in lid:
                    return span_of_actor(mentions[m].actor, token.i)
            return home_span(ctx.home_state(), token.i)
        army = ctx.definite(mod, modifier=True)
        span = span_of_actor(army, token.i)
        if span is None and army is not None and army == ctx.home_state():
            span = home_span(army, token.i)  # the article's state, named only after ("an army checkpoint ... Ostravia")
        if span is None:  # an army named only later ("... the Ostravian army said"): the one army of the text
            armies = {m.actor for m in mentions if m.actor in lid and m.key.endswith(":military")}
            span = home_span(armies.pop(), token.i) if len(armies) == 1 else None
        return span

    def bare_ministry(token: Token, subject: bool = False) -> Span | None:
        """"urged the ministry to pay the arrears", "accused the Ministry of hiding the figures" (relations.yaml
        home_department_nouns with "the" and no other word but an "of" phrase naming no one, as the one acted upon:
        an object): the state whose ministry the text named last before ("Velnia's foreign ministry ... urged the
        ministry"), or whose minister ("met Finance Minister X and urged the ministry": the one state X serves), else
        the article's state (``PhraseResolver.home_state``); None with none. Not "the ministry's audit" (an owner),
        "the Velnian ministry" (named), "a ministry". With ``subject``, the one who acts ("Velnia's foreign ministry
        said two envoys were held. In a statement, the ministry accused Y of ..."): only the state whose ministry or
        minister the text named before, never the article's state by default (a quote-heavy report's "the ministry
        said" speaks for the ministry the story named)."""
        words = ctx.kb.relations.get("home_department_nouns") or ()
        deps = ("nsubj", "nsubjpass") if subject else ("dobj", "pobj", "dative")
        if token.dep_ not in deps or norm(token.text) not in words \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or not all(c.dep_ in ("det", "punct") and c.i < token.i or ctx.charge_on(token, c)
                           or c.dep_ == "prep" and c.lower_ == "of" and c.i > token.i
                           and not any(t.pos_ == "PROPN" or ctx.actor(t) is not None for t in c.subtree)
                           for c in token.children):
            return None
        for i in ctx._mentioned_back(token.i - 1, -1):  # (the tokens inside a mention, closest first)
            m = mentions[tok2m[i]]
            if m.actor in lid and ctx.kind(m.actor) == "country" and (
                    any(w in m.text.lower() for w in words)  # "the Velnian Ministry of Finance"
                    or doc[i].dep_ in ("poss", "compound", "amod") and norm(doc[i].head.text) in words):
                return span_of_actor(m.actor, token.i)  # "Velnia's foreign ministry", "the Velnian ministry"
            if m.actor in lid and ctx.kind(m.actor) == "person" and i == m.start \
                    and any(t.lower_ == "minister" for t in read_tokens(doc)[max(0, i - 3):i]):
                # "met Finance Minister X and urged the ministry to ...": the one state X serves
                states = [a for a in ctx.states_of(m.actor) if a in lid]
                if len(states) == 1:
                    return home_span(states[0], token.i)
        return None if subject else home_span(ctx.home_state(), token.i)

    def nearest_government(token: Token) -> Span | None:
        """"appealed to the government", "called on the cabinet to ...", "rejected the government's plan"
        (relations.yaml nearest_government_nouns, with "the" and no word but nearest_government_modifiers: "the new
        government"), as the one acted upon (an object or an owner; "the cabinet said" is left to the speaker
        rules): the article's state, else, in a story with no one state of its own (``PhraseResolver.home_state``),
        the state named last before it in its sentence or the three before, else the one state of a person named
        there (``states_of``), else the story's dominant state (``dominant_state``); None where none fits or the
        clause's own subject speaks for that state (``speaks_for``)."""
        if token.dep_ not in ("dobj", "pobj", "dative", "poss") \
                or not ctx.the_government(token, others=("det", "punct", "case")):
            return None
        home = ctx.home_state()
        if home is not None:
            return home_span(home, token.i)
        start = token.sent.start
        for _ in range(3):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for i in ctx._mentioned_back(token.i - 1, start - 1):  # (only the tokens inside a mention, closest first)
            a = actor_of(doc[i:i + 1])
            if a is not None and a in lid and ctx.kind(a) == "country":
                return None if speaks_for(token, a) else span_of_actor(a, token.i)
        for i in ctx._mentioned_back(token.sent.start - 1, start - 1):
            # no state named so close: the one state of a person named there, its leader or official, outside the
            # appeal's own sentence (whose speaker may be a foreign envoy)
            a = actor_of(doc[i:i + 1])
            states = ctx.states_of(a) if a is not None and ctx.kind(a) == "person" else set()
            if len(states) == 1 and next(iter(states)) in lid:
                state = states.pop()
                return None if speaks_for(token, state) else span_of_actor(state, token.i)
        return dominant_state(token)

    def speaks_for(token: Token, state: int) -> bool:
        """The subject of the clause that acts on "the government" is ``state`` or one of its people ("X's foreign
        minister urged the government", "He urged the government" of its own minister: its own government is not
        the one meant). Asked only where the story has no home state (whose government "the government" is)."""
        verb = token.head.head if token.dep_ == "pobj" else token.head
        while verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head is not verb \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        # (the subject's own mention or a pronoun's antecedent, read from the mention table: ``mention_of`` would
        # come back here through the object it names)
        own = ctx.actor(subj)
        if own is None and subj.pos_ == "PRON":
            own = ctx.pronoun_actor(subj)
        return own is not None and (own == state or ctx.kind(own) == "person" and state in ctx.states_of(own))

    state_counts: list[dict[int, int]] = []  # counted once per document, when first asked

    def dominant_state(token: Token) -> Span | None:
        """No state named close before "the government" acted upon: the state the story names far more often than
        any other (at least four times, and half as often again as the next); None where the states are named about
        as often, or where the clause's own subject speaks for it (a second state named once after the dominant one
        does not stop it: "... Y said it was watching. Editors urged the government to ..." is still the dominant
        state's government)."""
        if not state_counts:
            counts: dict[int, int] = {}
            for m in mentions:
                if m.actor in lid and ctx.kind(m.actor) == "country":
                    counts[m.actor] = counts.get(m.actor, 0) + 1
            state_counts.append(counts)
        ranked = sorted(state_counts[0].items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 4 or len(ranked) > 1 and 2 * ranked[0][1] < 3 * ranked[1][1]:
            return None
        state = ranked[0][0]
        if speaks_for(token, state):
            return None
        return span_of_actor(state, token.i)

    def named_by_opening_words(token: Token) -> Span | None:
        """"Union of Y lawmakers accused X", "Sorel Unity officials said" (a plural people noun, roles.yaml
        member_plurals or state_nouns, or a legislature's members, roles.yaml state_institutions, after several
        capitalised words of a body's name cut short, "of" among them as may be): the one organisation named before
        whose name those words open ("the Union of Y Coalition"); None for one word (read as before) or words
        opening no such name or several."""
        mod = next((c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                    and c.i < token.i), None)
        noun = norm(token.text)
        if mod is None or token.tag_ != "NNS" or not (
                noun in people_nouns or ctx.kb.state_institutions.get(noun, ("", ""))[1] == "legislature"):
            return None
        words = doc[mod.left_edge.i:token.i]
        if len(words) < 2 or words[-1].i != token.i - 1 or not all(
                w.text[:1].isupper() or w.lower_ in ("of", "for", "and") for w in words) \
                or not words[0].text[:1].isupper():
            return None
        opening = norm(words.text) + " "
        found = {m.actor for m in mentions if m.end <= words.start and m.actor in lid
                 and ctx.kind(m.actor) == "organization" and norm(m.name or m.text).startswith(opening)}
        return span_of_actor(found.pop(), token.i) if len(found) == 1 else None

    def owned_body(token: Token) -> Span | None:
        """A body noun owned by a person: "Khazali's group", "X, whose movement Y banned", "Sadr's movement": the one
        body of a kind the noun stands for (relations.yaml definite_heads) the text ties the person to (leader or
        member, as found so far); None for a person tied to none or to several, or a noun of no such kind. A "his"
        or "her" owner is the person the pronoun stands for, as in owned_state ("her party condemned the attack": the
        party acts, not its leader); not "its party" (no person) nor "his new party" (an adjective may tell another
        body than the one named)."""
        kinds = (ctx.kb.relations.get("definite_heads") or {}).get(norm(token.text))
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if not kinds or poss is None:
            return None
        if poss.lower_ == "whose":  # "X, whose group Y designated": X
            verb = token.head
            while verb.dep_ != "relcl" and verb.head.i != verb.i:
                verb = verb.head
            a = actor_of(mention_of(verb.head) if verb.dep_ == "relcl" else None)
        elif poss.pos_ == "PRON":
            # (as owned_state reads "his government": the person the pronoun stands for)
            if poss.lower_ not in ("his", "her") or any(c.dep_ in ("amod", "compound") for c in token.children):
                return None
            a = ctx.pronoun_actor(poss)
        else:
            a = actor_of(mention_of(poss))
        if a is None or ctx.kind(a) != "person":
            return None
        bodies = ctx.bodies_of(a, kinds)
        return span_of_actor(bodies.pop(), token.i) if len(bodies) == 1 else None

    def owned_state(token: Token) -> Span | None:
        """A state's government owned by a person: "threatened to cut aid to his government", "signed a pact with
        her government", "X's administration" (relations.yaml owned_state_nouns): the one state the text ties the
        person to (leader or member, as found so far); None for a person tied to none or to several, a possessor
        that is no person ("its government": the owner itself, read as before), or any other noun."""
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is None or norm(token.text) not in (ctx.kb.relations.get("owned_state_nouns") or ()):
            return None
        if poss.pos_ == "PRON":
            a = ctx.pronoun_actor(poss) if poss.lower_ in ("his", "her") else None
        else:
            a = actor_of(mention_of(poss))
        if a is None or ctx.kind(a) != "person":
            return None
        states = ctx.states_of(a)
        return span_of_actor(states.pop(), token.i) if len(states) == 1 else None

    def spoken_for(token: Token) -> Span | None:
        """"A Dunmere Front official said the group had attacked ...", "A Front spokesman said the party rejects ...":
        "the group" as the subject of a reported clause whose speaker is named only by the body it speaks for (a
        body of a kind the noun stands for, relations.yaml definite_heads) is that body, not a closer one."""
        kinds = (ctx.kb.relations.get("definite_heads") or {}).get(norm(token.text))
        if not kinds or token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or any(c.dep_ in ("amod", "compound", "poss") for c in token.children):
            return None  # (not "the other group", "the Houthi movement", "the group's")
        speaker = ctx.reported_speaker(token)
        found = mention_of(speaker) if speaker is not None and speaker.pos_ == "NOUN" else None
        a = actor_of(found)
        if a is None or ctx.kind(a) != "organization" or ctx.subkind(a) not in kinds:
            return None
        return found

    wished = ctx.kb.relations.get("wished_end") or {}
    demand_verbs = frozenset(wished.get("demand_verbs") or ())
    exit_nouns = frozenset(w for w in wished.get("exit_words") or () if " " not in w)

    def demanded_exit_owner(token: Token) -> Span | None:
        """A possessive "his"/"her" on a leader's exit asked for (relations.yaml wished_end: an exit word as the object
        of a demand verb, or of its "for"/"on"): "X accused the minister Y of lying and called for his resignation",
        "Y survived the vote, but X demanded her resignation": the person the pronoun stands for other than the one
        who asks (one asks for another's exit and offers one's own: "offered his resignation" is no demand); None
        when the demand is negated or no such other person is found."""
        noun = token.head
        if token.lower_ not in GENDERED or norm(noun.lemma_) not in exit_nouns:
            return None
        verb = noun.head if noun.dep_ in ("dobj", "obj") else noun.head.head \
            if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") else None
        if verb is None or norm(verb.lemma_) not in demand_verbs or any(c.dep_ == "neg" for c in verb.children):
            return None
        clause = verb
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.dep_ in ("conj", "xcomp") \
                and clause.head is not clause:
            clause = clause.head  # "X accused Y ... and called for his resignation": X asks
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = actor_of(mention_of(subj)) if subj is not None else None
        found = ctx.pronoun_actor(token, exclude=own)
        if found is None or found == own or ctx.kind(found) != "person" \
                or ctx.genders().get(found) not in (GENDERED.get(token.lower_), None):
            return None
        return span_of_actor(found, token.i)

    def speakers_own(token: Token) -> Span | None:
        """A possessive pronoun on the subject of a reported clause: "X said its offices had been attacked", "X
        said their fighters had withdrawn": the speaker's (the subject of the reporting verb, or of the verb it is
        conjoined to: "X called for calm and said its ..."), when that is a body or a state; None otherwise (the
        closest fitting actor is looked for as before; "his"/"her" may be a person the speaker talks about)."""
        clause = token.head.head
        if token.lower_ not in OWNER_PRONOUNS or token.head.dep_ not in ("nsubj", "nsubjpass") \
                or clause.dep_ != "ccomp" or clause.head.lemma_ not in cues().report_verbs:
            return None
        verb = clause.head
        while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = mention_of(subj) if subj is not None and subj.pos_ != "PRON" else None
        a = actor_of(found)
        if a is None or ctx.kind(a) not in ("organization", "country"):
            return None
        return found

    def titled(token: Token) -> Span | None:
        """"the President": the one person the article named with that title before (``PhraseResolver.titled``)."""
        return span_of_actor(ctx.titled(token), token.i)

    return mention_of


def add_stages(nlp: Language) -> None:
    """Add the stages after ``kingmaker_actors`` (already in ``nlp``), in order."""
    for name in STAGES:
        nlp.add_pipe(name, last=True)
