"""spaCy ``Doc`` (with kingmaker's extensions) -> ``DocExtraction`` with evidence on every item."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Span

from kingmaker.knowledge import knowledge, norm
from kingmaker.model import Actor, DocExtraction, Document, Event, Evidence, Fact, Mention, Relation
from kingmaker.nlp import doc_span, doc_text, release
from kingmaker.nlp.components import EMITTED_KINDS, bare_ministries, listed_actor_of
from kingmaker.nlp.names import drop_shared_surname_aliases
from kingmaker.nlp.relation_drops import without_led_members

__all__ = ["doc_to_extraction", "event_date", "evidence_of", "extract_parsed", "extract_text"]


def evidence_of(document: Document, span: Span) -> Evidence:
    """The sentence holding ``span`` (trimmed), with character offsets into the document."""
    doc = span.doc
    sent = span.sent if (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else span
    parsed = doc_text(doc)  # the document's own words: a script's markers were parsed recased, the same length
    source = document.text if len(document.text) == len(parsed) else parsed
    text = source[sent.start_char:sent.end_char]  # sent.text, without joining its tokens anew
    start = sent.start_char
    stripped = text.lstrip()
    start += len(text) - len(stripped)
    stripped = stripped.rstrip()
    return Evidence(document.id, start, start + len(stripped), stripped)


def doc_to_extraction(document: Document, doc: Doc, *, headline: bool = True,
                      seen_sentences: set[int] | None = None) -> DocExtraction:
    """``headline=False``: the text is a later piece of a long document (its first line is no headline);
    ``seen_sentences`` carries the sentences of earlier pieces (repeats are skipped), and is updated.

    Reads what the pipeline's components set on ``doc`` (see ``nlp/components.py``): actors and
    mentions, relation, event and fact hits."""
    mentions = doc._.km_mentions or []
    local = doc._.km_actors or []
    out = DocExtraction(document=document)
    repeated = _repeated_sentence_starts(doc, seen_sentences)
    lid: dict[int, str] = {}
    ministries = bare_ministries(doc)
    for a in local:
        if a.kind not in EMITTED_KINDS or not a.mentions or a.idx in ministries:
            continue
        kind = "organization" if a.kind == "media" else a.kind
        lid[a.idx] = f"L{len(lid) + 1}"
        out.actors.append(Actor(id=lid[a.idx], name=a.name, kind=kind, subkind=a.subkind,
                                aliases=a.aliases, documents=[document.id], mentions=len(a.mentions)))
    drop_shared_surname_aliases(out.actors)  # "Marek" where Anton and Pavel Marek are named
    for idx, state in ministries.items():
        if state in lid:
            lid[idx] = lid[state]  # "the Interior Ministry said": the state the story is about
    for m in mentions:
        if m.actor in lid:
            span = doc_span(doc, m.start, m.end)
            out.mentions.append(Mention(span.start_char, span.end_char, span.text, lid[m.actor]))

    seen_rel: dict[Any, int] = {}
    for hit in doc._.km_relations or []:  # (the relations stage kept only ties between listed actors: relation_drops.py)
        if hit.span.sent.start in repeated or hit.source not in lid or hit.target not in lid:
            continue  # (a tie set on the Doc by other code than the relations stage may name an unlisted actor)
        rel = Relation(lid[hit.source], hit.type, lid[hit.target], evidence_of(document, hit.span), hit.confidence)
        k = seen_rel.get(rel.key())
        if k is None:
            seen_rel[rel.key()] = len(out.relations)
            out.relations.append(rel)
        elif rel.confidence > out.relations[k].confidence:
            out.relations[k] = rel  # one tie found by several rules: the surest reading, with its own evidence
    out.relations = without_led_members(out.relations)

    seen_fact = set()
    led: dict[str, list[str]] = {}
    belongs: dict[str, list[str]] = {}
    for rel in out.relations:
        if rel.type == "leader_of":
            led.setdefault(rel.source, []).append(rel.target)
        elif rel.type == "member_of":
            belongs.setdefault(rel.source, []).append(rel.target)
    kinds = {a.id: a.kind for a in out.actors}
    for f in doc._.km_facts or []:
        a = lid.get(f.actor)
        if a is None or f.span.sent.start in repeated:
            continue
        if kinds.get(a) == "person" and not f.house:  # (a house's size stays the house's, however it was typed)
            # "X, whose party holds 13 seats": the seats belong to the organisation X leads
            bodies = ("organization", "country") if f.key == "troops" else ("organization",)
            orgs = [o for o in led.get(a, []) if kinds.get(o) in bodies]
            if f.key == "seats" and not f.party and any(kinds.get(o) == "country" for o in led.get(a, [])):
                continue  # "the prime minister has 100 loyal deputies": a ruling majority, not only his own party's
            if not orgs and f.key == "seats" and f.party:
                # "X (Union for Change) ... Her party has 31 seats": the one organisation the person belongs to
                orgs = [o for o in belongs.get(a, []) if kinds.get(o) == "organization"]
            if len(set(orgs)) == 1:
                a = orgs[0]
            elif f.key != "troops" and not f.party:
                continue  # "he commanded 1,800 fighters": a warlord's own force stays his; "X's party holds 38": X's
        k = (a, f.key, f.value)
        if k in seen_fact:
            continue
        seen_fact.add(k)
        out.facts.append(Fact(a, f.key, f.value, evidence_of(document, f.span), f.confidence))

    skip_chars = repeated_chars(doc, repeated)
    out.events.extend(e for e in _events(document, doc, lid, headline) if e.evidence.start not in skip_chars)
    out.relations.extend(repeated_hostility(out))
    out.relations.extend(aid_backing(document, doc, lid, out, repeated))
    _drop_idle(doc, out, lid)
    return out


def aid_backing(document: Document, doc: Doc, lid: dict[int, str], out: DocExtraction,
                repeated: set[int]) -> list[Relation]:
    """Lasting backing told by an AID event: a state or body that arms, funds, trains or pays a receiver (an AID
    event whose trigger is one of relations.yaml material_backing_verbs), or hands it arms or goods (one of
    hardware_backing_verbs, with an aid noun of aid_nouns or hardware_aid_nouns as what is handed over), backs it
    ("Dalmia is believed to have delivered helicopters to the Korvat militia", "Dalmia pays the Guard's wages"),
    where the relations stage found no tie of its own between the two. Only where the giver
    is the clause's own subject or agent and the receiver is named in the clause (_giver_is_subject,
    _receiver_in_clause), so that a speaker reporting another's arming ("officials said Ostria arms the Front") or a
    pronoun's guess from another sentence gives no tie; not negated (the event's own reading), nor told as over
    ("X, which once armed Y": relations.told_as_over)."""
    from kingmaker.nlp.relations import cues, told_as_over  # (lazy: the relations stage's word lists)

    cue = cues()
    material, hardware = cue.material_backing_verbs, cue.hardware_backing_verbs
    goods = cue.aid_nouns | cue.hardware_aid_nouns
    listed, _ = listed_actor_of(doc)
    kinds = {a.id: a.kind for a in out.actors}
    tied = {frozenset((r.source, r.target)) for r in out.relations}
    new: list[Relation] = []
    for hit in doc._.km_events or []:
        if hit.type != "AID" or hit.negated or hit.trigger is None or hit.source is None or hit.target is None \
                or hit.sentence.start in repeated:
            continue
        lemma = norm(hit.trigger.lemma_)
        if lemma not in material and not (lemma in hardware and _hands_over_aid(hit.trigger, goods)):
            continue
        src, tgt = lid.get(listed(hit.source)), lid.get(listed(hit.target))
        if norm(hit.target.root.lemma_) in goods or norm(hit.target.root.text) in goods:
            continue  # "supplied Ferro Scouts rifles to the court": the goods read as a name are no receiver
        if src is None or tgt is None or src == tgt or frozenset((src, tgt)) in tied \
                or kinds.get(src) not in ("country", "organization") \
                or told_as_over(hit.trigger) \
                or not _giver_is_subject(hit.trigger, hit.source, material | hardware) \
                or not _receiver_in_clause(hit.trigger, hit.target, lemma in material):
            continue
        tied.add(frozenset((src, tgt)))
        new.append(Relation(src, "backs", tgt, evidence_of(document, hit.sentence), 0.5))
    return new


def _clause_verb(trigger, backing: frozenset[str]):
    """The verb whose subject and objects the trigger shares: itself, or the backing verb it is joined to ("arms and
    trains Y": not "said X arms and funds Y", where the parser joined "funds" to "said"), or the verb it is raised
    to ("is believed to have delivered", "keeps arming")."""
    verb = trigger
    for _ in range(4):  # (a bounded climb)
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) or verb.head is verb:
            break
        if verb.dep_ == "xcomp" or verb.dep_ == "conj" and not _misparsed_run_before(verb, backing):
            verb = verb.head
        else:
            break
    return verb


def _misparsed_run_before(verb, backing: frozenset[str]) -> bool:
    """"said X arms and funds Y": the verb joined by the parser to the speech verb follows a backing verb taken for a
    plural noun ("arms"), so the speech verb's subject is not its giver."""
    doc, j = verb.doc, verb.i - 1
    return j >= 1 and doc[j].lower_ in ("and", ",") and doc[j - 1].tag_ == "NNS" and norm(doc[j - 1].lemma_) in backing


def _hands_over_aid(trigger, words: frozenset[str]) -> bool:
    """What a verb of handing over gives is aid: arms, money or hardware (``words``: word_lists aid_nouns and
    hardware_aid_nouns), as its object or after "with" ("supplies the navy with radios"), not pipes or a protest
    note."""
    things = [c for c in trigger.children if c.dep_ == "dobj"]
    things += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
               if p.dep_ == "pobj"]
    return any(norm(t.lemma_) in words or norm(t.text) in words for thing in things for t in (thing, *thing.conjuncts))


def _giver_is_subject(trigger, source: Span, backing: frozenset[str]) -> bool:
    """``source`` is the subject (or passive agent) of the trigger's clause (_clause_verb), or the noun a relative
    pronoun subject stands for ("Dalmia, which funds ..."); not a pronoun's guess ("claiming it bankrolled Y")."""
    verb = _clause_verb(trigger, backing)
    agent = [c for c in verb.children if c.dep_ == "agent"]
    if agent:  # "its commanders were trained by Dalmia"
        subj = [p for a in agent for p in a.children if p.dep_ == "pobj"]
    elif any(c.dep_ == "auxpass" for c in verb.children) and verb is trigger:
        return False  # a passive with no agent names no giver
    else:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subj) != 1:
        return False
    head = subj[0]
    if head.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        head = verb.head  # "Dalmia, which funds the militia": the noun the clause hangs on
    if head.pos_ == "PRON":
        return False
    if source.start <= head.i < source.end:
        return True
    # the giver's own men or envoys as the subject ("Dalmian advisers train Y", "envoys of X financed Y"), not those
    # who no longer serve it ("former commanders of X are training Y": relations.yaml not_current_titles)
    past = frozenset(norm(w) for w in knowledge().relations.get("not_current_titles") or ())
    if any(norm(c.text) in past for c in head.children if c.dep_ in ("amod", "advmod", "compound")):
        return False
    owners = [c for c in head.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    return any(source.start <= t.i < source.end for o in owners for t in o.subtree)


def _receiver_in_clause(trigger, target: Span, material: bool) -> bool:
    """``target`` is the receiver the trigger's clause names: its object or indirect object, the passive subject, the
    object of "to" or "for", the noun a participle or relative clause hangs on ("a militia armed by Dalmia"), and
    for arming, funding, training or paying also the owner of an object that is its own men or works or a share of
    them ("pays the Guard's salaries", "trains the army's officers"; not "financed the Guard's defeat", "armed the
    opponents of the Guard"), not the owner of goods sold ("sold the Front's drones to X"). A pronoun there stands for a
    name earlier in the same sentence ("the Guard, whose commanders were trained by X"), never for one in another
    sentence ("Their trucks were delivered by X": whose trucks the sentence does not say)."""
    from kingmaker.nlp.relations import cues  # (lazy: the relations stage's word lists)

    verb = _clause_verb(trigger, frozenset())
    # (the trigger's own objects, or those of a verb joined after it that it shares: "arms and trains Y"; of the verb
    # it hangs on only a passive subject: "Y is armed and trained by X", not "X attacked Y and supplied its rivals")
    own = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    heads = [c for v in own for c in v.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    heads += [c for c in verb.children if c.dep_ == "nsubjpass" and verb is not trigger]
    heads += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
              for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ in ("acl", "relcl"):
        heads.append(verb.head)
    heads = [t for h in heads for t in (h, *h.conjuncts)]
    # a body's own men or works (relations.yaml follower_nouns, held_activities) stand for the body that owns them
    owned = cues().follower_nouns | cues().held_activities
    is_owned = lambda h: norm(h.text) in owned or norm(h.lemma_) in owned  # noqa: E731
    # ("funded half of the Korvan mission", "pays the wages of the Guard": the noun after "of" a share
    # (word_lists.share_words) or one of a body's own men or works; not "armed the opponents of the Guard")
    wholes = [p for h in list(heads) if is_owned(h) or norm(h.lemma_) in cues().share_words for c in h.children
              if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    heads += wholes
    # (an indirect object the parser hung on the thing given: "sold the militia six radios", read as a modifier; for
    # arming, funding, training or paying, the owner of a body's own men or works, or of the whole a share is of:
    # "pays the Guard's wages", "financed part of the Korvan mission", not "financed the Guard's defeat" nor "trained
    # the Guard's rivals")
    heads += [c for h in heads for c in h.children if c.dep_ == "nmod" or material and (is_owned(h) or h in wholes)
              and c.dep_ in ("poss", "compound", "amod")]
    if any(target.start <= h.i < target.end for h in heads):
        return True
    # a body's own men or works ("its officers", "their salaries", "the troops' wages") owned by a possessive
    # pronoun, or named by the bare noun, stand for a body the event read there: one the same sentence names (before
    # the pronoun), or the writer's own side ("our border units"); not "supplied its rivals with rifles" nor
    # "supplied it with radios"
    held = [h for h in heads if h.pos_ == "NOUN" and (norm(h.text) in owned or norm(h.lemma_) in owned)]
    pronouns = [c for h in held for c in h.children if c.dep_ == "poss" and c.tag_ in ("PRP$", "WP$")]
    if any(p.lower_ == "our" for p in pronouns):
        return True
    sent = trigger.sent
    if pronouns and sent.start <= target.start and target.end <= min(p.i for p in pronouns):
        return True
    tok2m = trigger.doc._.km_tok2m or []  # (each token's mention, as the actors stage set it; -1: none)
    nouns = [h for h in held if not any(c.dep_ == "poss" for c in h.children) and 0 <= h.i < len(tok2m)
             and tok2m[h.i] < 0]
    return bool(nouns) and sent.start <= target.start and target.end <= sent.end


def repeated_hostility(out: DocExtraction) -> list[Relation]:
    """Lasting hostility told by events: two bodies (states, organisations) that the document shows attacking one
    another in two or more sentences (relations.yaml repeated_event_hostility: the event types, the least number of
    sentences) oppose each other; one strike is an event, not a tie. The side that attacks in more sentences opposes
    the other; as often each way, a state's foe opposes the state or its forces (as relations' "the war between A and
    B" does), else the side that attacks first. Not where the text already ties the two by opposes."""
    spec = knowledge().relations.get("repeated_event_hostility") or {}
    types, least = set(spec.get("types") or ()), int(spec.get("least_sentences") or 0)
    if not types or least < 2:
        return []
    kinds = {a.id: a.kind for a in out.actors}
    state_side = {a.id for a in out.actors if a.kind == "country" or a.subkind in ("state", "military")}
    hostile = {frozenset((r.source, r.target)) for r in out.relations if r.type == "opposes"}
    told: dict[tuple[str, str], list[Event]] = {}
    for e in out.events:
        if e.type in types and not e.negated and e.source and e.target and e.source != e.target \
                and kinds.get(e.source) in ("organization", "country") \
                and kinds.get(e.target) in ("organization", "country"):
            told.setdefault((e.source, e.target), []).append(e)
    new: list[Relation] = []
    for pair in dict.fromkeys(frozenset(k) for k in told):  # (in the order told: the same output every run)
        if len(pair) != 2 or pair in hostile:
            continue
        a, b = sorted(pair)
        ab, ba = ({e.evidence.start for e in told.get(k, [])} for k in ((a, b), (b, a)))
        if len(ab | ba) < least:
            continue
        if len(ab) == len(ba) and (a in state_side) != (b in state_side):
            s, t = (a, b) if b in state_side else (b, a)  # as often each way: a state's foe opposes the state
        elif len(ab) == len(ba):  # else the side that attacks first
            s, t = (a, b) if min(ab) <= min(ba) else (b, a)
        else:
            s, t = (a, b) if len(ab) > len(ba) else (b, a)
        first = min(told[(s, t)], key=lambda e: e.evidence.start)
        new.append(Relation(s, "opposes", t, first.evidence, 0.55))
    return new


def _drop_idle(doc: Doc, out: DocExtraction, lid: dict[int, str]) -> None:
    """Actors that take part in no relation, event or fact and are no actors of the story: a state met only as a
    city where something happens ("a tribunal in Paris", "signed in Vienna": its capital after a preposition of rest)
    or as a language ("its initials in Spanish"), and a state's body met only as a lower-case common noun ("the
    parliament", made "X parliament" after the story's state), never by a name of its own (a passing mention of
    an institution). A state named by its own name stays even where it is only a place ("backers in Qatar", "a radar
    site in Jordan", "shipped to the Emirates"): the story puts it on the map; so does a capital a thing
    comes from or goes to ("help from Washington", "travelled to Warsaw"), the state as source or goal."""
    used = {x for r in out.relations for x in (r.source, r.target)} \
        | {x for e in out.events for x in (e.source, e.target)} | {f.actor for f in out.facts}
    mentions = doc._.km_mentions or []
    drop = set()
    for a in doc._.km_actors or []:
        aid = lid.get(a.idx)
        if aid is None or aid in used or not a.mentions:
            continue
        if a.kind == "country" and all(_city_or_language(doc[mentions[i].start:mentions[i].end]) for i in a.mentions) \
                or a.kind == "organization" and all(mentions[i].key.startswith("inst:") and not mentions[i].aliases
                                                    and mentions[i].text[:1].islower() for i in a.mentions):
            drop.add(aid)
    if drop:
        out.actors = [a for a in out.actors if a.id not in drop]
        out.mentions = [m for m in out.mentions if m.actor not in drop]


def _city_or_language(span: Span) -> bool:
    """A state's mention that names no state of its own: its capital where something happens ("a tribunal in
    Paris": after a preposition of rest, not "from" or "to"), or its adjective after a preposition as a
    language ("in Spanish")."""
    tok = span.root
    if not _as_place(tok):
        return False
    if _in_range(tok):
        return True
    kb = knowledge()
    key = norm(span.text)
    key = key[4:] if key.startswith("the ") else key
    if key in kb.capitals and not kb.countries.get(key, "").lower() == key:
        return tok.head.lower_ in kb.rest_preps
    return key in kb.demonyms and len(span) == 1 and tok.head.lower_ == "in"


def _in_range(tok) -> bool:
    """A place at one end of a stretch of the map, "from X to Y" ("smugglers who move arms from Chad to Libya")."""
    doc, prep = tok.doc, tok.head
    if prep.lower_ == "from":
        return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to" and doc[tok.i + 2].text[:1].isupper()
    if prep.lower_ != "to":
        return False
    i = prep.i - 1
    while i > 0 and doc[i].text[:1].isupper():
        i -= 1
    return i < prep.i - 1 and doc[i].lower_ == "from"


def _as_place(tok) -> bool:
    """A state's mention used as a place: the object of a locative preposition ("talks in Norvia"), but not
    "in particular Norvia" (one of the states just named) nor "the war in Norvia" (a party to it)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in knowledge().place_preps:
        return False
    if any(c.lower_ in ("particular", "especially", "notably") for c in tok.children):
        return False
    prep_head = tok.head.head
    before = tok.doc[tok.head.i - 1] if tok.head.i > 0 else prep_head  # (the parser may hang "from" higher)
    if tok.head.lower_ == "from" and any(t.pos_ == "NOUN" and norm(t.text) in knowledge().state_institutions
                                         for t in (prep_head, before)):
        return False  # "400 troops from neighbouring Norvia": the state sends them, a party to the story
    return not (tok.head.lower_ == "in" and prep_head.pos_ == "NOUN" and norm(prep_head.text) in knowledge().war_nouns)


def _headline_end(doc: Doc) -> int:
    """Token end of a headline: a first line of at most 20 words without final punctuation, followed by more text."""
    text = doc_text(doc)
    stripped = text.lstrip()
    line = stripped.split("\n", 1)[0].rstrip()
    if not line or "\n" not in stripped or line.endswith((".", "?", "!", "\"", "”")) or len(line.split()) > 20:
        return 0
    return _token_at(doc, len(text) - len(stripped) + len(line))


def _title_line_end(doc: Doc) -> int:
    """Token end of a title that ends in a full stop ("OPINION | Ostravia voted for order. It may regret it."): a
    first line of at most 20 words, set apart by a blank line, before more text, with a section label ("|") or two
    sentences at least. Read for the state the story is about only (``PhraseResolver.home_state``);
    ``_headline_end`` takes no punctuated line."""
    text = doc_text(doc)
    stripped = text.lstrip()
    line, _, rest = stripped.partition("\n")
    if not rest.startswith("\n") or not rest.strip() or len(line.split()) > 20 or not line.rstrip().endswith("."):
        return 0
    if "|" not in line and len(re.findall(r"[.!?](?:\s|$)", line.strip())) < 2:
        return 0  # "Ostravia has sent a frigate." alone: a one-sentence opening paragraph, no title
    return _token_at(doc, len(text) - len(stripped) + len(line.rstrip()))


def _token_at(doc: Doc, end_char: int) -> int:
    """Index of the first token at or after character ``end_char`` (0 when none)."""
    return next((tok.i for tok in doc if tok.idx >= end_char), 0)


BOILERPLATE = re.compile(r"^\W*(?:read (?:also|more)|also read|related(?: articles?| stories?)?|see also|watch|"
                         r"click here|subscribe|sign up|follow us|photo|file photo|advertisement)\b\s*[:\-–—|]",
                         re.I)


def _repeated_sentence_starts(doc: Doc, seen: set[int] | None = None) -> set[int]:
    """Token starts of sentences that carry no story of their own: repeats of an earlier sentence
    (photo captions) and web boilerplate ("Read also: ...", "PHOTO: ...").

    ``seen``: hashes of sentences met before (earlier pieces of the same text); updated in place.
    """
    seen = set() if seen is None else seen
    out: set[int] = set()
    text = doc_text(doc)
    for sent in doc.sents:
        key = " ".join(text[sent.start_char:sent.end_char].split()).lower()  # sent.text's words
        if BOILERPLATE.match(key):
            out.add(sent.start)
            continue
        if len(key) < 12:
            continue
        h = hash(key)
        if h in seen:
            out.add(sent.start)
        seen.add(h)
    return out


def repeated_chars(doc: Doc, starts: set[int]) -> set[int]:
    chars = set()
    for i in starts:
        sent = doc[i].sent
        text = sent.text
        chars.add(sent.start_char + len(text) - len(text.lstrip()))
    return chars


def event_date(date_text: str | None, present: bool, document_date: str | None) -> str | None:
    """An event's date: from its own clause ("in 2003", "on 12 March 2024", "last year", read
    against the document date), else the document date when the clause is about the present
    ("has imposed", "condemns"), else unknown.

    >>> event_date("in 2003", False, "2024-05-02"), event_date("last year", False, "2024-05-02")
    ('2003', '2023')
    >>> event_date(None, True, "2024-05-02"), event_date(None, False, "2024-05-02")
    ('2024-05-02', None)
    >>> event_date("three decades", True, "2024-05-02")
    '2024-05-02'
    """
    from kingmaker.ingest.dates import resolve_date

    own = resolve_date(date_text, document_date) if date_text else None
    if own is not None:
        return own
    return document_date if present else None


def _events(document: Document, doc: Doc, lid: dict[int, str], headline: bool = True) -> list[Event]:
    listed, _ = listed_actor_of(doc)  # (a bare ministry's id is its state's: ``lid``)

    def actor_of(span):
        return lid.get(listed(span))

    out: list[Event] = []
    seen = set()
    headline_end = _headline_end(doc) if headline else 0
    for hit in doc._.km_events or []:  # (the events stage kept only events between listed actors: event_drops.py)
        if hit.trigger is not None and hit.trigger.i < headline_end:
            continue  # headline wording is elliptical ("US attacks on ask of Iran commander"); the story says it again
        src, tgt = actor_of(hit.source), actor_of(hit.target)
        ev = evidence_of(document, hit.sentence)
        date = event_date(hit.date_text, hit.present, document.date)
        key = (src, hit.type, tgt, ev.start, hit.negated)
        if key in seen:
            continue
        seen.add(key)
        out.append(Event(src, hit.type, tgt, ev, date=date, negated=hit.negated,
                         confidence=hit.confidence, trigger=hit.trigger.text if hit.trigger is not None else None))
    return out


def extract_parsed(document: Document, doc: Doc, **kwargs) -> DocExtraction:
    """``doc_to_extraction`` of a Doc the caller drops next: the Doc is released after (``nlp.release``),
    freed at once instead of by the cycle collector."""
    try:
        return doc_to_extraction(document, doc, **kwargs)
    finally:
        release(doc)


def extract_text(document: Document, nlp) -> DocExtraction:
    """Parse ``document`` and extract it; memory stays flat in the length of the text.

    A text longer than ``pipeline.CHUNK_CHARS`` is parsed and extracted one paragraph-aligned piece at a
    time, each piece's spaCy ``Doc`` dropped before the next (a whole-document ``Doc`` of a 20 MB text
    takes gigabytes); offsets are shifted back into the document and the pieces' actors are joined by
    the cross-document resolver (``resolve.link_documents``). Texts up to ``CHUNK_CHARS`` are parsed
    whole, as before.
    """
    from kingmaker.nlp import pipeline

    if len(document.text) <= pipeline.CHUNK_CHARS:
        return extract_parsed(document, nlp(pipeline.unwrapped(document.text)))
    parts: list[DocExtraction] = []
    seen: set[int] = set()  # hashes of the sentences read so far (a photo caption repeated later)
    offset = 0
    for i, chunk in enumerate(pipeline._chunks(document.text, pipeline.CHUNK_CHARS)):
        piece = replace(document, id=f"{document.id}#{i}", text=chunk)
        part = extract_parsed(piece, nlp(pipeline.unwrapped(chunk)), headline=i == 0, seen_sentences=seen)
        parts.append(_shifted(part, offset, document.id))
        offset += len(chunk)
    return _joined(document, parts)


def _shifted(part: DocExtraction, offset: int, doc_id: str) -> DocExtraction:
    """A piece's items with offsets (and evidence document) moved into the whole document."""
    def ev(e: Evidence) -> Evidence:
        return Evidence(doc_id, e.start + offset, e.end + offset, e.text)

    return DocExtraction(
        document=replace(part.document, text=""),  # the piece's text is not needed any more
        actors=part.actors,
        mentions=[Mention(m.start + offset, m.end + offset, m.text, m.actor) for m in part.mentions],
        relations=[replace(r, evidence=ev(r.evidence)) for r in part.relations],
        events=[replace(e, evidence=ev(e.evidence)) for e in part.events],
        facts=[replace(f, evidence=ev(f.evidence)) for f in part.facts])


def _joined(document: Document, parts: list[DocExtraction]) -> DocExtraction:
    """One document's extraction from its pieces: actors resolved across pieces, local ids ``L1``..."""
    from kingmaker.nlp.resolve import link_documents

    _vote_kinds(parts)
    ex = link_documents(parts)
    parts.clear()  # link_documents made new items: the pieces' ones can go (memory: one copy at a time)
    # the new items belong to this document alone: rename their actor ids in place, no second copy
    lid = {a.id: f"L{n + 1}" for n, a in enumerate(ex.actors)}
    for a in ex.actors:
        a.id, a.documents = lid[a.id], [document.id]
    for m in ex.mentions:
        m.actor = lid[m.actor]
    for r in ex.relations:
        r.source, r.target = lid[r.source], lid[r.target]
    for e in ex.events:
        e.source, e.target = lid.get(e.source), lid.get(e.target)
    out = DocExtraction(document=document, actors=ex.actors, mentions=ex.mentions, events=ex.events)
    out.relations = without_led_members(ex.relations)
    seen = set()
    for f in ex.facts:
        f.actor = lid[f.actor]
        if (f.actor, f.key, f.value) not in seen:
            seen.add((f.actor, f.key, f.value))
            out.facts.append(f)
    return out


def _vote_kinds(parts: list[DocExtraction]) -> None:
    """One kind per name across a document's pieces, by mentions (as document-level voting does for a
    whole text): a name read as a person in one piece and an organisation in another is one actor."""
    from collections import Counter

    from kingmaker.knowledge import norm

    votes: dict[str, Counter] = {}
    subkinds: dict[tuple[str, str], str] = {}
    for part in parts:
        for a in part.actors:
            key = norm(a.name)
            votes.setdefault(key, Counter())[a.kind] += max(1, a.mentions)
            if a.subkind:
                subkinds.setdefault((key, a.kind), a.subkind)
    for part in parts:
        for a in part.actors:
            key = norm(a.name)
            kind = votes[key].most_common(1)[0][0]
            if kind != a.kind:
                a.kind, a.subkind = kind, subkinds.get((key, kind))
