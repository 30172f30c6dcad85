"""Rules for posts: who leads a body or a state (leader_of), who belongs to a body (member_of) and which body is part
of another (part_of).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from kingmaker.ingest.dates import place_date_line
from kingmaker.knowledge import PARTY_SUBKINDS, knowledge, norm
from kingmaker.nlp import (BULLETS, after_honorific, doc_span, doc_text, per_doc, quoted, read_tokens, singular,
                           span_text, token_lowers, token_pos, tokens_within)
from kingmaker.nlp import in_any, span_tokens
from kingmaker.nlp.names import only_post_words
from kingmaker.nlp.relations.shared import (HYPOTHETICAL, INSIDE_PREPS, STATE_LIKE_SUBKINDS, _Group,
                                            _adjective_relation, _appointing_verb, _before_bracket, _body_before_comma,
                                            _body_owner, _body_stance, _bracketed_list, _chairs_house, _chamber_name,
                                            _chief_vote, _clause_subject, _coalition, _conditional, _conjunct_root,
                                            _constituted_whole, _constitutes, _delegation_owner, _denied, _deputy_post,
                                            _document_chamber, _entry_head, _first_actor, _for_owner, _force_post,
                                            _force_state, _foreign_client, _former_copula, _hearsay, _hyphen_appointer,
                                            _hyphened_word, _institution_state, _is_country, _is_state_word,
                                            _joined_whole, _legal_form_name, _list_members, _list_name, _listed,
                                            _lost_agent, _lost_apposition, _lower_positions, _modifier_actor,
                                            _names_another_state, _no_longer, _noun_phrase, _of_object, _only_future,
                                            _org_named_by, _organ, _people_of, _phrase_relation, _possessive_mark,
                                            _post_giver, _refused, _rel_words, _relative_antecedent, _role_relation,
                                            _role_ties, _said_not, _same_stem, _second_posts, _second_roles,
                                            _shared_possessor_stance, _state_adjective, _state_body, _state_owned_words,
                                            _state_words, _states_named, _title_relation, _titles_before, _told_as_past,
                                            _unreal, _verb_in, _year_text, _yet_to_be, cues, told_as_over)

if TYPE_CHECKING:
    from kingmaker.nlp.actors import MentionInfo
    from kingmaker.nlp.relations.resolver import RelationHit, _Ctx


def _own_state(ctx: _Ctx, a: int) -> int:
    """The state whose own force or institution ``a`` is ("the Velnian army", "the Velnia Defence Force", read as
    part of Velnia), else ``a`` itself."""
    state = _force_state(ctx, a)
    if state != a:
        return state
    return next((h.target for h in ctx.hits if h.source == a and h.type == "part_of" and ctx.kind(h.target) == "country"),
                a)


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
                    and span_text(doc, before.start, before.end).replace(".", "") in acronyms:
                parent, start = before.actor, m.start
        if parent is None or parent == m.actor or not any(norm(t.text) in bodies for t in read_tokens(doc)[start:m.end]):
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


def _states_before(ctx: _Ctx, noun: Token) -> list[int]:
    """The states named by the words of a noun phrase before its noun ("the Chinese state firm": China)."""
    return [a for a in (ctx.actor(ctx.doc[i]) for i in range(noun.left_edge.i, noun.i))
            if a is not None and ctx.kind(a) == "country"]


def _its_state_owned(ctx: _Ctx, pron: Token) -> None:
    """"China is the largest creditor; its state-owned X Corporation builds the road": an organisation's name with a
    word of state ownership (relations.yaml state_owned_words) between it and "its" is part of the state "its"
    stands for (none when the pronoun stands for no state: "the Front's lender; its state-run bank" is no tie)."""
    owned = ctx.actor(pron.head)
    start = ctx.mentions[ctx.tok2m[pron.head.i]].start
    if owned is None or ctx.kind(owned) != "organization" or start <= pron.i + 1 \
            or not _state_owned_words(ctx.doc, pron.i + 1, start):
        return
    owner = ctx.pronoun_actor(pron)
    if owner is not None and owner != owned and ctx.kind(owner) == "country":
        ctx.add(owned, "part_of", owner, pron.sent, 0.65)


def _state_company(ctx: _Ctx, pron: Token) -> None:
    """"Egypt, whose company X runs the port", "Qatar said its firm X would bid": an organisation named right after a
    company noun (word_lists.state_company_nouns) that "its" or "whose" owns is part of the state the pronoun stands
    for (read by surface: the parser often hangs "whose company" apart from the name); not a body's company ("the
    Front, whose company X"), nor one told as over ("whose company X once ran the port")."""
    k = pron.i + 2
    if ctx.tok2m[k] < 0 or ctx.mentions[ctx.tok2m[k]].start != k:
        return
    owned = ctx.actor(ctx.doc[k])
    if pron.lower_ == "whose":
        verb = next((h for h in ctx.doc[k].ancestors if h.dep_ == "relcl"), None)
        owner = ctx.np_actor(verb.head) if verb is not None and not _unreal(verb) and not told_as_over(verb) else None
    else:
        owner = ctx.pronoun_actor(pron)
    if owned is not None and owner is not None and owner != owned and ctx.kind(owned) == "organization" \
            and ctx.kind(owner) == "country":
        ctx.add(owned, "part_of", owner, pron.sent, 0.65)


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
    if poss is None:
        _state_owned_title(ctx, noun)
        states = _states_before(ctx, noun)
        owner = states[0] if states and owner is not None else owner  # "the Chinese state firm, X": China's
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


def _state_owned_title(ctx: _Ctx, noun: Token) -> None:
    """"The state mining company X, which ...", "State company X (XC) signed ...", "the Chinese state firm X": a noun
    a state owns (relations.yaml state_owned_words before it) set right before an organisation's name, as a title
    without a comma, makes the named body part of the state a word before it names ("Chinese"), else of the
    article's state."""
    name = noun.head if noun.dep_ == "compound" and noun.head.i > noun.i else next(
        (c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None)
    named = ctx.actor(name) if name is not None else None
    if named is None or ctx.kind(named) != "organization" or ctx.tok2m[name.i] < 0 \
            or ctx.mentions[ctx.tok2m[name.i]].start != noun.i + 1:
        return  # (only the name right after the noun: "the state company's rival X" is another body)
    states = _states_before(ctx, noun)
    owner = states[0] if states else ctx.home_state()
    if owner is not None and owner != named and ctx.kind(owner) == "country":
        ctx.add(named, "part_of", owner, noun.sent, 0.65)


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
    low = [norm(t.text) for t in read_tokens(ctx.doc)[under.i + 1:obj.i + 1] if t.dep_ != "det"]
    if set(low) & (_rel_words(ctx, "not_current_titles") | _rel_words(ctx, "deputy_words")):
        return
    # the title opening the phrase (a word of tenure before it allowed: "under interim President Y"), a rank or the
    # name after it left off ("President General Y")
    first = 1 if low and low[0] in _rel_words(ctx, "tenure_words") else 0
    if any(titles.get(" ".join(low[first:j])) == "leader_of" for j in range(first + 1, len(low) + 1)):
        ctx.add(person, "leader_of", state, under.sent, 0.7)


def _person_owns(ctx: _Ctx, person: int, owned: int) -> str:
    """The tie a person's possessive states: "Halloran's Unity party", "former speaker Vendrel's Karvel Front",
    "her Civic Union": news prose names a party, movement, militia or bloc after the person at its head, so the
    person leads it, unless the article names the person with a member's or deputy's title ("deputy chairman X",
    "former prime minister X": X belongs to it). A coalition is led by the one it is named after whatever the
    title; a state body ("Vendrel's interior ministry", a legislature) is one the person works in, but an armed
    force named after a person ("Marshal X's National Army", "X, whose Y Forces hold ...") is one the person commands."""
    sub = ctx.subkind(owned)
    if sub in STATE_LIKE_SUBKINDS and sub != "military" and not (sub == "legislature" and _holds_seats(ctx, owned)):
        return "member_of"
    if sub != "coalition" and any(_title_relation(ctx.kb, words) == "member_of"
                                  for words in _titles_before(ctx, person, ctx.doc[:])):
        return "member_of"
    return "leader_of"


def _holds_seats(ctx: _Ctx, body: int) -> bool:
    """A body named like a house ("the Civic Congress", "the Renewal Assembly") that the text has holding or winning
    seats ("whose Civic Congress holds 37 of the 64 seats", "the Renewal Assembly won 12 seats"): a party (a seat
    count, facts.yaml seat_nouns, in the object of a verb of winning, win_verbs, whose subject names the body; not a
    house's size, "the National Congress has 70 seats", house_size_verbs), not a legislature, so a person's
    possessive of it ("Drumlow's Civic Congress") is the party the person leads (``_person_owns``)."""
    from kingmaker.nlp.facts import fact_cues  # (lazy: facts reads this module)

    seats = fact_cues()
    for m in ctx.mentions:
        if m.actor != body:
            continue
        root = doc_span(ctx.doc, m.start, m.end).root
        verb = root.head
        if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or _unreal(verb) \
                or not seats.has("win_verbs", verb) or seats.has("house_size_verbs", verb):
            continue
        if any(seats.has("seat_nouns", t) for c in verb.children if c.dep_ in ("dobj", "attr")
               for t in c.subtree):
            return True
    return False


def _leader_titled(ctx: _Ctx, person: int, where: Span) -> bool:
    """Whether ``person`` is named in ``where`` with a leader's title before the name ("Prime Minister X",
    "opposition leader X"), not a deputy's."""
    return any(_title_relation(ctx.kb, words) == "leader_of" for words in _titles_before(ctx, person, where))


def _whose(ctx: _Ctx, tok: Token, of_phrases: dict) -> None:
    """"X, whose Y party ...": X's Y. "X, whose armed wing is Y": Y part of X. "X, whose leader is Y"."""
    owner = _relative_antecedent(ctx, tok)
    possessed = tok.head
    if owner is None and tok.i > 1 and ctx.doc[tok.i - 1].text == ",":
        # "X, whose Y ...", "X (XP), whose leader Y was jailed": the clause parsed apart from X
        before = _before_bracket(ctx.doc, tok.i - 2)
        owner = ctx.actor(before)
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
        owner = _first_actor(ctx.np_actor(possessed.head), lambda: ctx.np_actor(possessed.head.head)
                             if possessed.head.dep_ == "appos" else None)
    if owner is None:
        return
    owned = ctx.actor(possessed)
    if owned is None and possessed.dep_ == "compound" and possessed.pos_ == "NOUN":
        owned = ctx.actor(possessed.head)  # "X, whose governor Tomas Rell has run it": the title before a name
        if owned is not None and ctx.kind(owned) == "person":
            titles = [t.text for t in read_tokens(ctx.doc)[tok.i + 1:possessed.head.i + 1] if ctx.tok2m[t.i] < 0]
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
    # ("whose prime minister, X,": the title with its words before the noun; "minister" alone is a member's)
    hyphened = _hyphened_title(possessed)  # "whose secretary-general is X": the whole title, not "secretary"
    typ = phrase or (_role_relation(ctx.kb, hyphened) if hyphened else None) \
        or _role_relation(ctx.kb, _noun_phrase(possessed)) or _role_relation(ctx.kb, possessed.lemma_) \
        or ("leader_of" if ctx.kind(named) == "person" and _chairs_house(ctx, norm(possessed.text), owner, True)
            else None)  # "whose speaker, X,": a person's post
    if typ:
        ctx.add(named, _for_owner(ctx, named, typ), owner, tok.sent, 0.7)
    elif named != owner and ctx.kind(named) == "organization" and possessed.is_lower \
            and ctx.kb.org_nouns.get(norm(possessed.lemma_)) in ("party", "movement", "armed_group") \
            and possessed.i + 1 < len(ctx.doc) and ctx.doc[possessed.i + 1].text == ",":
        # "X, whose party, the Y Front, holds ...": as "X's party, Y" (the name set off by a comma: in "X, whose group
        # Velnia banned in 2019" the parser hangs the banning state on the noun as if it named the group)
        _possessive(ctx, owner, named, tok.sent)


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


def _person_of(ctx: _Ctx, person: int, tok: Token) -> None:
    """"Marek Tolvan of the Unity List", "Ana Brel from the Dawn Party": member of that organisation (its
    leader when a leader's title comes before the name); also set off by commas, "Marek Tolvan, of the Unity List,
    took office" (``_comma_set_of``)."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    after = tok.i + 1
    if after + 2 < len(doc) and _tk[after].text == "(" and _tk[after + 2].text == ")" \
            and norm(_tk[after + 1].text) in _rel_words(ctx, "photo_position_marks"):
        after += 3  # "X (L) of the Y Party": a caption's mark of where X stands in the picture
    elif _comma_set_of(tok):
        after += 1  # "X, of the Y Party, said": the phrase between commas after the name
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and prep.i in (tok.i + 1, after):
            for p in prep.children:
                org = ctx.actor(p) if p.dep_ == "pobj" else None
                if org is None and p.dep_ == "pobj" and p.is_lower and norm(p.lemma_) in ctx.kb.org_nouns \
                        and any(c.dep_ == "compound" and ctx.actor(c) is not None for c in p.children):
                    org = ctx.np_actor(p)  # "X of the Y bloc": the name before the body's noun in lower case
                    org = None if org is not None and ctx.subkind(org) == "company" else org  # (not a firm's staff)
                    if any(t.text in ("-", "\u2013") and not t.whitespace_
                           for t in read_tokens(ctx.doc)[p.left_edge.i:p.i]):
                        org = None  # (nor "X of the anti-Y bloc", "the pro-Y camp": a name joined to a word before it)
                if org is not None and ctx.kind(org) == "organization" and ctx.subkind(org) != "media":
                    # "Prime Minister X of the Y Federation", "chairman X of the Y Party": a leader's title leads it
                    lead = _leader_titled(ctx, person, tok.sent) and not _state_office_of_party(ctx, person, org,
                                                                                                 tok.sent)
                    ctx.add(person, "leader_of" if lead else "member_of", org, tok.sent, 0.6)


def _comma_set_of(tok: Token) -> bool:
    """"Marek Tolvan, of the Unity List, took office": a name's "of"/"from" phrase set off by commas on both sides
    (a comma right after the name, another, or the sentence's end, right after the phrase), so it says what the
    name's bearer belongs to. Not a phrase the parser hung elsewhere, nor one a comma does not close ("X, of whom
    ...")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ not in ("of", "from"):
        return False
    prep = doc[tok.i + 2]
    if prep.head.i != tok.i or prep.dep_ != "prep":
        return False
    end = prep.right_edge.i + 1
    return end >= len(doc) or doc[end].text in (",", ".", ";") or doc[end].is_sent_start


def _state_office_of_party(ctx: _Ctx, person: int, org: int, where: Span) -> bool:
    """"Prime Minister X of the Y Party", "President X of the Y Party": the title is an office of a state or
    government (a head of state's or government's), the party only the one X belongs to."""
    if ctx.subkind(org) != "party":
        return False
    heads = ctx.kb.head_of_state_titles
    return any(" ".join(norm(w) for w in words[i:]) in heads
               for words in _titles_before(ctx, person, where) for i in range(len(words)))


def _formed_named_alliance(ctx: _Ctx, noun: Token, sides: list[int]) -> None:
    """"A and B registered an electoral alliance, the X Pact", "A and B formed a coalition called X": the bodies or
    states that made an alliance noun (the object of one of word_lists.forming_verbs) named in apposition or by
    "called" are members of the body it names (persons who signed for their bodies are not)."""
    named = _list_name(ctx, noun)
    ends = set(ctx.kb.relations.get("alliance_end_verbs") or ())
    if any(c.dep_ == "relcl" and norm(c.lemma_) in ends for t in (noun, *(c for c in noun.children if c.dep_ == "appos"))
           for c in t.children):
        return  # "... formed an alliance, the X Pact, which collapsed in 2019": no members now
    for x in sides:
        if named is not None and x != named and ctx.kind(x) in ("organization", "country"):
            ctx.add(x, "member_of", named, noun.sent, 0.6)


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
            other = ctx.named(span_text(doc, start, j + 1)) if _tk[j + 2].is_title else None
            if other is not None and other != a and ctx.kind(other) == "organization":
                ctx.add(a, "part_of", other, doc[m.start].sent, 0.6)
            return


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


def _owned_units_inside(ctx: _Ctx, units: Token) -> None:
    """"A's brigades form the largest bloc within the Y", "A's units serve inside the Y": a body's own units
    (roles.yaml unit_nouns, owned by a possessive) set inside another organisation by their verb or its object;
    "A's fighters fill several brigades of the Y", "A's troops man two battalions of the Y": the units of Y that a
    body's men (relations.yaml body_agent_nouns) fill (word_lists.unit_filling_verbs). Either makes A a part of Y; not a tie denied, wished or told as
    over ("A's brigades once formed a bloc within Y")."""
    verb = units.head
    if verb.pos_ not in ("VERB", "AUX") or _unreal(verb) or told_as_over(verb):
        return
    if units.dep_ == "nsubj":
        owner_tok = next((c for c in units.children if c.dep_ == "poss"), None)
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr"))]
        wholes = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in INSIDE_PREPS
                  and c.i > units.i for p in c.children if p.dep_ == "pobj"]
    else:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or norm(subj.lower_) not in (ctx.kb.relations.get("body_agent_nouns") or ()) \
                or not _verb_in(verb, cues().unit_filling_verbs):
            return
        owner_tok = next((c for c in subj.children if c.dep_ == "poss"), None)
        wholes = [p for c in units.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
    if owner_tok is None or owner_tok.pos_ == "PRON":
        return
    owner = ctx.np_actor(owner_tok)
    for p in wholes:
        whole = ctx.np_actor(p)
        if owner is not None and whole is not None and whole != owner and ctx.kind(owner) == "organization" \
                and ctx.kind(whole) == "organization":
            ctx.add(owner, "part_of", whole, units.sent, 0.6)


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
    whole = next((_member_whole(ctx, p) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"), None)
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if whole is None and poss is not None:
        whole = _member_whole(ctx, poss)  # "A is among the Pact's founding members"
    if whole is None or ctx.kind(whole) != "organization":
        return
    obj = None if climbed else next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    member = ctx.np_actor(obj) if obj is not None and prep.i > verb.i else None
    if member is None and obj is not None and prep.i > verb.i and obj.pos_ == "PRON" and obj.dep_ == "dobj":
        # "Russia, which keeps a base there and counts it as a member of the Pact": the object the pronoun stands
        # for is the member, never the subject; an object pronoun standing for no actor gives nothing
        member = ctx.pronoun_actor(obj)
        if member is None or member in (whole, _clause_subject(ctx, verb)):
            return
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


def _possessed_membership(ctx: _Ctx, noun: Token) -> None:
    """"Velnia's membership of the Pact is unaffected", "its membership in the Union", "the country's Pact membership":
    a noun of membership (relations.yaml membership_nouns) owned by a state or body (a name, "its", "the country's")
    with the organisation after "of" or "in" (or a name just before the noun) makes the owner a member of it. Not a
    membership told as past or to come ("its former membership", "Velnia's future membership": not_current_titles,
    membership_time_words), nor one the governing verbs end, doubt or only ask for ("blocked Velnia's membership of
    the Pact", "A's membership of the Pact lapsed", "A seeks to restore its membership": membership_exit_verbs,
    membership_doubt_verbs, aspiration_verbs), denied or hypothetical ones; a noun heading another ("its membership
    talks") or hung on another noun ("a condition of Velnia's membership") tells none."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "appos", "ROOT"):
        return
    if any(c.dep_ in ("amod", "compound", "advmod") and norm(c.text) in
           (_rel_words(ctx, "not_current_titles") | _rel_words(ctx, "membership_time_words")
            | _rel_words(ctx, "former_copula_adverbs")) for c in noun.children):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    verb = noun.head
    if noun.dep_ == "pobj":
        verb = verb.head  # ("contributes to Velnia's membership of the Pact"): the verb the preposition hangs on
    if noun.dep_ != "ROOT" and verb.pos_ not in ("VERB", "AUX"):
        return
    stop = _rel_words(ctx, "membership_exit_verbs") | _rel_words(ctx, "membership_doubt_verbs") \
        | frozenset(cues().aspiration_verbs) | frozenset(cues().proposal_verbs)
    head = verb
    for _ in range(3):  # the verb and the ones it hangs under ("threatened to block Velnia's membership")
        if head.pos_ in ("VERB", "AUX") and (norm(head.lemma_) in stop or _unreal(head) or _denied(head)):
            return
        if head.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or head.head is head:
            break
        head = head.head
    wholes = [q for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
              for p in c.children if p.dep_ == "pobj" for q in _listed(ctx, p)]
    wholes += [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    owner = ctx.np_actor(poss) if poss.pos_ != "PRON" else \
        _clause_subject(ctx, verb) if noun.dep_ in ("dobj", "pobj") else None  # "X used its membership of Y"
    if owner is None and poss.pos_ == "PRON":
        owner = ctx.pronoun_actor(poss)
    if owner is None and norm(poss.lemma_) in _state_words(ctx) \
            and all(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "case" for c in poss.children):
        # "the country's membership of the Pact": the article's state, where the sentence names no other
        home = ctx.home_state()
        named = {a for a in (ctx.actor(t) for t in noun.sent) if a is not None and ctx.kind(a) == "country"}
        owner = home if home is not None and named <= {home} else None
    if owner is None or ctx.kind(owner) not in ("country", "organization"):
        return
    for w in wholes:
        whole = ctx.np_actor(w)
        if whole is not None and whole != owner and ctx.kind(whole) == "organization":
            ctx.add(owner, "member_of", whole, noun.sent, 0.65)


def _member_whole(ctx: _Ctx, tok: Token) -> int | None:
    """The body a membership noun's "of" object or possessor names: its name ("a member of the Pact", "the Pact's
    newest member"), else the body a definite noun of relations.yaml definite_heads stands for ("was admitted as the
    bloc's eleventh member", "joined as a member of the alliance": the bloc named before)."""
    a = ctx.np_actor(tok)
    return a if a is not None else ctx.definite(tok)


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
        if whole is None:
            whole = _described_whole(ctx, verb.head)  # "X, an alliance composed of A and B", "X, a bloc grouping A"
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


def _described_whole(ctx: _Ctx, noun: Token) -> int | None:
    """"X, an alliance composed of A and B", "X is a coalition made up of A and B", "X, a bloc grouping A, B and C":
    the organisation a noun of a body made of others (relations.yaml collective_nouns, word_lists.coalition_words),
    with no name of its own, describes in apposition or as the copula's complement (``_named_whole``); None for any
    other noun ("a town made up of ...") or a body named by the noun itself."""
    if noun.pos_ != "NOUN" or not noun.is_lower or ctx.actor(noun) is not None:
        return None
    lemma = norm(noun.lemma_)
    if lemma not in cues().collective_nouns and lemma not in cues().coalition_words:
        return None
    whole = _named_whole(ctx, noun)
    if whole is None and noun.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < noun.i for c in noun.head.children):
        whole = _body_before_comma(ctx, noun)  # "X, a bloc grouping A and B, met": parsed as a second subject
    return whole if whole is not None and ctx.kind(whole) == "organization" else None


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
    if not parts and clause is verb:
        parts = [p for p in _named_subject_list(ctx, verb) if p != whole]
    if clause is verb and len(set(parts)) < 2:
        return  # ("Karvel formed a commission": one founder is no membership; "A and B formed the bloc" is)
    for part in dict.fromkeys(parts):
        ctx.add(part, "member_of", whole, verb.sent, 0.65)


def _named_subject_list(ctx: _Ctx, verb: Token) -> list[int]:
    """"Its neighbours, A, B and C, formed Y", "Three parties - A, B and C - left the Union and formed Y": the bodies
    or states a common-noun subject lists after it (its appositions and their conjuncts, however the parser hung
    them inside the subject), the subject of the first verb for a verb conjoined to it; empty when the subject is a
    name itself or lists fewer than two."""
    head = verb
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and head.dep_ == "conj":
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NNS" or ctx.actor(subj) is not None:
        return []
    found = [ctx.actor(t) for t in subj.subtree if t.i > subj.i and t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"]
    found = list(dict.fromkeys(a for a in found if a is not None and ctx.kind(a) in ("organization", "country")))
    return found if len(found) >= 2 else []


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


def _stayed_in(ctx: _Ctx, verb: Token) -> None:
    """"Ghana did not join the new bloc and remains in the Union", "A stayed in the alliance when B left": the
    subject of a verb of staying (relations.yaml staying_member_verbs) is a member of the organisation of its "in"
    phrase: a state of any organisation, a body of a coalition only ("the party remains in government", "stayed in
    the capital" tell no membership). Not denied, supposed, wished or told as over ("no longer remains in")."""
    if _unreal(verb) or _denied(verb) or _conditional(verb) or _former_copula(ctx, verb) \
            or _no_longer(verb) or any(c.dep_ == "neg" for c in verb.children) \
            or verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs):
        return
    source = _clause_subject(ctx, verb)
    if source is None or ctx.kind(source) not in ("country", "organization"):
        return
    for pobj in (p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "within")
                 for p in c.children if p.dep_ == "pobj"):
        whole = ctx.np_actor(pobj)
        if whole is None or whole == source or ctx.kind(whole) != "organization":
            continue
        if ctx.kind(source) == "country" or _coalition(ctx, whole):
            ctx.add(source, "member_of", whole, verb.sent, 0.6)


def _switched_body(ctx: _Ctx, verb: Token) -> None:
    """"A left the X Party for the Y Union", "A quit X for Y", "A switched from the X Party to the Y Front": a verb of
    changing sides (relations.yaml body_switching: "for" after a verb of leaving whose object names the body left,
    "to" after a verb of moving whose "from" phrase names it) makes its subject, a person or a body, a member of the
    organisation joined (the old tie is over and is not told). Both ends must be named organisations ("left Aden for
    the capital", "moved from the ministry to the embassy" name no body joined). Not negated, supposed, wished or
    foreseen ("threatened to leave X for Y"), nor said of a people's members ("three X councillors left X for Y": the
    men joined Y, not X)."""
    switching = ctx.kb.relations.get("body_switching") or {}
    lemma = norm(verb.lemma_)
    leaving, moving = lemma in (switching.get("leaving_verbs") or ()), lemma in (switching.get("moving_verbs") or ())
    if not (leaving or moving) or _unreal(verb) or _denied(verb) or _conditional(verb) \
            or any(c.dep_ == "neg" for c in verb.children) or _told_as_past(verb) \
            or verb.dep_ == "xcomp" and _verb_in(verb.head, cues().aspiration_verbs | cues().proposal_verbs
                                                 | cues().expectation_verbs):
        return

    def named_body(tok: Token | None) -> int | None:
        a = ctx.np_actor(tok) if tok is not None else None
        return a if a is not None and ctx.kind(a) == "organization" else None

    def prep_object(heads, word: str) -> Token | None:
        return next((p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == word
                     for p in c.children if p.dep_ == "pobj"), None)

    def party_noun(tok: Token | None) -> bool:  # "left our party for Y", "quit his party for Y"
        return tok is not None and ctx.actor(tok) is None and norm(tok.lemma_) in ctx.kb.org_nouns \
            and any(c.dep_ in ("poss", "det") for c in tok.children)

    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if leaving:
        old = named_body(dobj) if not party_noun(dobj) else -1
        new = named_body(prep_object([verb, *([dobj] if dobj is not None else [])], "for"))
    else:
        old, new = named_body(prep_object([verb], "from")), named_body(prep_object([verb], "to"))
    if old is None or new is None or old == new:
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if _people_of(ctx, subj):
        return
    source = _clause_subject(ctx, verb)
    if source is not None and ctx.kind(source) in ("person", "organization") and source not in (old, new):
        ctx.add(source, "member_of", new, verb.sent, 0.6)


def _suspended_member(ctx: _Ctx, verb: Token) -> None:
    """"The Dawn Party suspended A and B over their remarks", "the Union suspended Velnia after the coup", "A was
    suspended from the Front", "the party reinstated A": a body that suspends or takes back one of its own
    (relations.yaml suspension_verbs) counts it among its members: the named object (or the passive subject) is a
    member of the subject (or of the "from" phrase): a person of any body but a firm, an outlet, a government or an
    army (staff, not members); a state of an international body or a coalition; a body of a coalition. Not denied,
    supposed, wished or planned (an infinitive: "threatened to suspend A"), and not talks, aid or a post ("suspended
    A's membership": no named object)."""
    if _unreal(verb) or _denied(verb) or _conditional(verb) or any(c.dep_ == "neg" for c in verb.children) \
            or verb.dep_ == "xcomp":  # ("threatened / wants / voted to suspend A": not done yet)
        return
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if passive:
        body = next((ctx.np_actor(p) for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                     for p in c.children if p.dep_ == "pobj"), None)
        named = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        body = _clause_subject(ctx, verb)
        named = [c for c in verb.children if c.dep_ == "dobj"]
    if body is None or ctx.kind(body) != "organization" \
            or ctx.subkind(body) in ("company", "media", "government", "military"):
        return
    for tok in (t for n in named for t in (n, *n.conjuncts)):
        if tok.pos_ != "PROPN" and not passive:
            continue  # (a named object only: "suspended its talks with A", "suspended the A envoy's visit")
        member = _relative_antecedent(ctx, verb) if tok.lower_ in ("who", "which", "that") \
            else ctx.pronoun_actor(tok) if tok.pos_ == "PRON" else ctx.np_actor(tok)  # ("A, who was suspended from")
        if member is None or member == body:
            continue
        kind = ctx.kind(member)
        if kind == "person" or kind == "country" and (ctx.subkind(body) in ("international", None, "coalition")
                                                        or _coalition(ctx, body)) \
                or kind == "organization" and _coalition(ctx, body):
            ctx.add(member, "member_of", body, verb.sent, 0.6)


def _built_around(ctx: _Ctx, verb: Token) -> None:
    """"the Unity Alliance, the bloc built around the Dawn Party", "the Front, formed around A and B in 2019", "the
    Pact was built around A": a coalition (a name with a coalition word, word_lists.coalition_words or
    membership_body_words) made (word_lists.forming_verbs, as a passive participle) "around" named bodies or states
    has them as its core members. Not a plan ("to be built around A"), denied, or built around anything but a name
    ("built around opposition to A", "around the capital")."""
    if verb.tag_ != "VBN" or _unreal(verb) or _yet_to_be(verb) or _denied(verb) \
            or any(c.dep_ == "neg" for c in verb.children):
        return
    if verb.dep_ == "acl":
        noun = verb.head
        whole = ctx.np_actor(noun)
        if whole is None and noun.dep_ == "appos":
            whole = ctx.np_actor(noun.head)  # "the Unity Alliance, the bloc built around A"
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        whole = ctx.np_actor(noun) if noun is not None else None
    words = cues().coalition_words | cues().membership_body_words
    if whole is None or ctx.kind(whole) != "organization" \
            or not (_coalition(ctx, whole) or norm(noun.lemma_) in words):
        return
    for p in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "around"
              for q in c.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)):
        member = ctx.actor(p)
        if member is not None and member != whole and ctx.kind(member) in ("organization", "country"):
            ctx.add(member, "member_of", whole, verb.sent, 0.6)


def _unlike_members(ctx: _Ctx, prep: Token) -> None:
    """"Unlike A and B, C has not joined the Y Alliance", "Unlike A, C is not a member of Y": a contrast ("unlike")
    with a membership the clause denies (a verb of word_lists.joining_verbs with its object, or a copula with a noun of
    counted_among_nouns and "of") says that those named after "unlike" are members of Y. Not when the clause tells a
    membership (the contrast then says they are none), nor a supposed one ("would not join")."""
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in verb.children) \
            or _no_longer(verb) or _hearsay(verb) or _said_not(verb) or _conditional(verb) \
            or any(c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL for c in verb.children):
        return  # (its own negation wanted: "not" is what makes the contrast; "no longer" is no contrast of members)
    whole = None
    if norm(verb.lemma_) in cues().joining_verbs:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        whole = ctx.actor(obj) if obj is not None else None
    elif verb.lemma_ == "be":
        nouns = knowledge().relations.get("counted_among_nouns") or ()
        attr = next((c for c in verb.children if c.dep_ == "attr" and norm(c.lemma_) in nouns), None)
        whole = next((ctx.actor(p) for c in (attr.children if attr is not None else ())
                      if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if whole is None or ctx.kind(whole) != "organization":
        return
    for p in (p for q in prep.children if q.dep_ == "pobj" for p in (q, *q.conjuncts)):
        if ctx.tok2m[p.i] >= 0 and ctx.tok2m[p.i] == ctx.tok2m[prep.i]:
            continue  # (not a name the mention layer read with "Unlike" in it)
        member = ctx.actor(p)
        if member is not None and member != whole and ctx.kind(member) in ("organization", "country", "person"):
            ctx.add(member, "member_of", whole, verb.sent, 0.55)


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


def _listed_antecedent(ctx: _Ctx, verb: Token) -> list[int]:
    """"A, B and C, which make up the Alliance": the names of a list (two or more) a relative clause opened by
    "which"/"that" follows; the clause hangs on the list's last name, the first name heads the list."""
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return []
    last = verb.head
    first = _conjunct_root(last)
    names = [ctx.np_actor(q) for q in (first, *first.conjuncts)]
    if last is first or any(n is None for n in names) or len(set(names)) < 2:
        return []
    return list(dict.fromkeys(names))


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


def _coalition_of(noun: Token) -> bool:
    """"a coalition of three armed groups, X", "an alliance of five parties, X": the plural noun after the "of" of a
    coalition word (word_lists.coalition_words), which the parser hangs the coalition's name in apposition on (a
    single name: a list there, "an alliance of three parties, A, B and C", names its members)."""
    return noun.tag_ == "NNS" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.is_lower \
        and norm(noun.head.head.lemma_) in cues().coalition_words


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


def _government_of_ruler(ctx: _Ctx, person: int, noun: Token) -> None:
    """"the government of X" (``_government_ruler``): X rules the state the noun's own words name ("the Tolvan
    government of X", "Tolvan's government of X"); nothing for "a government of X" (one to come), a government
    the text names, or one whose words name no state."""
    named = [ctx.actor(c) for c in noun.children if c.dep_ in ("amod", "compound", "poss") and c.i < noun.i]
    named.append(ctx.actor(noun))  # "the Velnian government": the state's own mention
    states = {x for x in named if x is not None and ctx.kind(x) == "country"}
    if any(x is not None and x not in states for x in named):
        return  # "the Front's government of X", "the party's cabinet of X": no state's
    if len(states) == 1 and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        ctx.add(person, "leader_of", states.pop(), noun.sent, 0.6)


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
    chief_office_nouns object; "X won the presidential election": a chief vote, ``_chief_vote``, only with
    chief_vote_verbs), "the presidency, held since 2022 by X" (the verb's participle on the office, its
    holder after "by"): X leads the article's state, or the state that owns the office ("the presidency of Velnia",
    "Velnia's presidency": ``_body_owner``). Not an office some other body owns ("the presidency of the Council",
    "the bar's presidency": ``_body_owner``; "the party presidency": ``_office_of_other``), a former one, nor one only
    sought or lost ("X hopes to win the presidency", "X did not win the presidency", "X held the presidency until
    2010": ``_office_not_now``; "X lost the presidency": no such verb), nor the office as a body the verb does
    something to (``_office_acted_on``: "X holds the presidency responsible", "X won the presidency over")."""
    vote = _chief_vote(office)  # "X won the presidential election": only won (chief_vote_verbs), not "held"
    verbs = cues().chief_vote_verbs if vote else cues().chief_office_verbs
    owner = _body_owner(ctx, office, None)
    if owner is not None and ctx.kind(owner) != "country" \
            or any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().not_current_words for c in office.children):
        return
    if office.dep_ == "dobj" and norm(office.head.lemma_) in verbs:
        verb = office.head
        stranded = _stranded_conj_subject(verb)
        holder = _clause_subject(ctx, verb) if stranded is None else ctx.np_actor(stranded)
        if holder is None:  # "On 7 May 2024 former premier X won the presidency": the fronted date took the subject
            from kingmaker.nlp.events import _dated_subject  # (lazy: events imports this module)

            swallowed = _dated_subject(verb, names=True)
            holder = ctx.np_actor(swallowed) if swallowed is not None else None
    else:
        verb = next((c for c in office.children if c.dep_ == "acl" and c.tag_ == "VBN"
                     and norm(c.lemma_) in verbs), None)
        agent = next((p for c in (verb.children if verb is not None else ()) if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"), None)
        holder = ctx.np_actor(agent) if agent is not None else None
    if holder is None or ctx.kind(holder) != "person" or _office_not_now(verb) \
            or _office_of_other(ctx, office, verb, post=vote) \
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


def _successor_posts(ctx: _Ctx) -> None:
    """"Y succeeded X as emir", "Y replaced X as party chairman", "X was succeeded by Y", "X resigned and was replaced
    by his deputy, Y": the successor (a person) takes the post the predecessor (a person) is found leading
    (word_lists.successor_verbs): with a bare leader's title after "as" (roles.yaml leader_roles, head_of_state_titles)
    the predecessor's lead of a state for a head of state's title (else of a body), of a body for another leader's
    title; with no title, the predecessor's one lead when there is only one. Nothing for a deputy's or member's
    title, nor when negated, hypothetical or only wished ("is expected to succeed him", "may replace her")."""
    c = cues()
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
        for t in _predecessor_posts(ctx, old, title):
            ctx.add(new, "leader_of", t, verb.sent, 0.6)


def _predecessor_posts(ctx: _Ctx, old: int, title: Token | None, chooser: int | None = None) -> list[int]:
    """The leads a successor takes from the person ``old`` (``_successor_posts``, ``_chosen_successors``): with a
    bare leader's title (the "as" phrase's object) the predecessor's lead of a state for a head of state's title (else
    of a body), of a body for another leader's title; with no title, the predecessor's one lead when there is only
    one, or the one the ``chooser`` is ("the party chose X to succeed him": the party); none for a deputy's or
    member's title, nor for a title with its own body ("as president of Y": the role rules read it)."""
    kb = ctx.kb
    led = [h.target for h in ctx.hits if h.source == old and h.type == "leader_of"]
    led = list(dict.fromkeys(t for t in led if ctx.kind(t) in ("country", "organization")))
    if chooser is not None and chooser in led:
        led = [chooser]
    if title is None:
        return led if len(led) == 1 else []
    if any(x.dep_ == "prep" and x.lower_ in ("of", "for", "to") or x.dep_ == "poss" for x in title.children):
        return []  # "as president of Y", "as Y's envoy": the post's own body, read by the role rules
    words = norm(" ".join(x.text for x in title.subtree if x.dep_ in ("compound", "amod") or x is title))
    if words in kb.head_of_state_titles or norm(title.text) in kb.head_of_state_titles:
        states = [t for t in led if ctx.kind(t) == "country"]
        return states or led  # ("succeeded him as emir" of a movement: the one he led)
    if words in kb.leader_roles or norm(title.text) in kb.leader_roles:
        return [t for t in led if ctx.kind(t) == "organization"]
    return []


def _chosen_successors(ctx: _Ctx) -> None:
    """"Delegates chose X to succeed Y", "the party elected X to replace her", "X was chosen to succeed him",
    "lawmakers elected X in his place": a person a verb of choosing (relations.yaml appointing_verbs) names to succeed
    or replace (word_lists.successor_verbs, an infinitive on the verb) a person, or names "in his place" (the
    possessive on "place" the predecessor), takes the predecessor's lead (``_predecessor_posts``; the chooser's own
    body when the predecessor leads several). Nothing for a choice denied, to come, wished or conditional ("will
    choose X to succeed him", "refused to elect X", "if they elect X in his place"), nor for a seat given ("elected Y to
    parliament in his place"), as "X succeeded Y" is read (``_successor_posts``)."""
    c = cues()
    for verb in read_tokens(ctx.doc):
        if verb.pos_ != "VERB" or norm(verb.lemma_) not in c.appointing_verbs or _unreal(verb) \
                or _conditional(verb) or _to_come_only(verb) or _only_future(verb) \
                or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
            continue
        kids = list(verb.children)
        if any(x.dep_ == "prep" and x.lower_ == "to" for x in kids):
            continue  # "elected Y to parliament in his place": a seat, not the predecessor's lead
        succeed = next((x for x in kids if x.dep_ in ("xcomp", "advcl", "ccomp") and x.pos_ == "VERB"
                        and _verb_in(x, c.successor_verbs) and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                   for a in x.children)), None)
        title, end = None, None
        if succeed is not None:
            obj = next((x for x in succeed.children if x.dep_ == "dobj"), None)
            title = next((o for x in succeed.children if x.dep_ == "prep" and x.lower_ == "as" for o in x.children
                          if o.dep_ == "pobj"), None)
            end = succeed.i
        else:
            # (the "in" on the verb or on its object: "elected X chairman in her place")
            place = next((o for h in [verb] + [x for x in kids if x.dep_ in ("dobj", "oprd")] for x in h.children
                          if x.dep_ == "prep" and x.lower_ == "in" for o in x.children
                          if o.dep_ == "pobj" and o.lower_ == "place"), None)
            obj = next((x for x in place.children if x.dep_ == "poss"), None) if place is not None else None
            end = place.head.i if place is not None else None
        if obj is None:
            continue
        passive = any(x.dep_ == "auxpass" for x in kids)
        if passive:
            new = _clause_subject(ctx, verb)
        else:  # the one chosen: the first person named between the verb and the succession
            new = next((a for k in range(verb.i + 1, end) for a in [ctx.actor(ctx.doc[k])]
                        if a is not None and not isinstance(a, _Group) and ctx.kind(a) == "person"), None)
        if new is None or isinstance(new, _Group) or ctx.kind(new) != "person":
            continue
        old = ctx.pronoun_actor(obj, exclude=new) if obj.pos_ == "PRON" else ctx.np_actor(obj)
        if old is None or old == new or isinstance(old, _Group) or ctx.kind(old) != "person":
            continue
        chooser = None if passive else _clause_subject(ctx, verb)
        for t in _predecessor_posts(ctx, old, title, chooser if not isinstance(chooser, _Group) else None):
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
        # (a second possessive of a list the parser made a conjunct: "Brazil's X and Chile's Y"; the "'s" is checked)
        if tok.dep_ not in ("poss", "conj") or ctx.tok2m[tok.i] < 0:
            continue
        state = ctx.actor(tok)
        m = ctx.mentions[ctx.tok2m[tok.i]]
        if state is None or ctx.kind(state) != "country" or m.end + 1 >= len(doc) \
                or doc[m.end].text not in ("'s", "’s") or ctx.tok2m[m.end + 1] < 0:
            continue
        pm = ctx.mentions[ctx.tok2m[m.end + 1]]
        person = pm.actor
        if pm.start != m.end + 1 or person is None or ctx.kind(person) != "person" or person in tied \
                or any(norm(t.text) in kb.title_words for t in read_tokens(doc)[pm.start:pm.end]):
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
        if typ == "leader_of":
            # "Brazil's X and Chile's Y attended": X, just read as Brazil's leader, is a peer for the next name
            leaders.setdefault(person, set()).add(state)


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
    # ("Brazil's X and Chile's Y attended" parsed with the first name a modifier of the second: that list too)
    glued = [t for c in head.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < head.i
             for t in _list_members(c)]
    if any(peer(t) for t in [*_list_members(top), *glued] if t is not head):
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
    Regional Government, headed by Prime Minister Y") holds that government's title, not the state's; a state has one
    head of state's post, so a second bare "President Y" (``_bare_head_title``) falling back on the state a first
    "President X" holds is another state's ("the cabinet met under President X ... President Y, who has made ties
    with Velnia's clerics a priority": not Velnia's), unless X was named in a dated sentence ("in 2004 ... under
    President X": perhaps a past holder). A state that only a section's heading gives yields to the same signs of
    another state's post as the story's state ("Subject: Velnia hub" ... "President X said Ostria should take back
    the port"; "an envoy of President X met Y", Velnia's leader)."""
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
    # (in the order the text first names them: the first one titled "President" keeps the story's state's post)
    held: dict[tuple[int, str], int] = {}
    for person, (typ, sent) in sorted(best.items(), key=lambda kv: first[kv[0]].start):
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
        scene = home
        if state is None:
            state, unknown = _heading_state(ctx, first[person])  # "2. TESMARO: A TRUCE" ... "President X refused"
            if unknown:
                continue  # "KESSA: BANK CHIEF HELD" ... "Prime Minister X": no post in a state the text names
            if state is not None:
                # the section's state stands for the story's, for the checks below too: "Subject: Ostria hub" ...
                # "President X said Velnia should take the port back" is no post of Ostria's (not the sentence
                # before's state, which names the holder's own)
                scene, state = state, None
        if (state if state is not None else scene) is not None \
                and _acts_against_state(ctx, person, first[person], state if state is not None else scene):
            continue  # "President X imposed tariffs on Velnia": a foreign power's, not Velnia's
        if state is None and scene is not None and _speaks_of_another_state(ctx, person, first[person], scene):
            continue  # "Prime Minister X said Velnia would defend itself": no post in the story's state
        if (scene if state is None else state) in _posted_to(ctx, person):
            continue  # "Y, President X's special envoy to Velnia": X's post is not Velnia's
        if state is None and scene is None:
            state = _reported_state(ctx, person, first[person])  # (a story about two states named as often)
        if state is None and typ == "leader_of" and scene is not None \
                and _post_held_by_another(ctx, person, scene, first[person]):
            continue  # "Velnia's president, X ... President Y": Y holds no post Velnia gave X; Y is another state's
        title = _bare_head_title(ctx, person, first[person]) if typ == "leader_of" else None
        if state is None and scene is not None and title is not None and held.get((scene, title), person) != person:
            continue  # "under President X ... President Y said": a second bare president is another state's
        if state is None and scene is not None and title is not None \
                and _meets_home_holder(ctx, person, first[person], scene, title):
            continue  # "President X said he could talk to Y" (Velnia's president): X is another state's
        if state is None and scene is not None and _envoy_meets_home_leader(ctx, person, first[person], scene):
            continue  # "Y, an envoy of President X, met Z" (Velnia's leader): X sends envoys to Velnia
        state = scene if state is None else state
        if title is not None and state is not None and not _dated_sentence(first[person]):
            held.setdefault((state, title), person)  # (not "in 2004 ... President X": one who held it then)
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
            if "deputy" not in seat.split() and typ != "leader_of":
                continue  # "parliament Speaker X", no legislature named: the chair of a chamber the text names no
                # actor for; the state itself is neither led by X nor does the chair serve its government (a
                # leader's title of the state besides keeps its tie: "Parliament Speaker X was sworn in as prime
                # minister")
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


def _dated_sentence(sent: Span) -> bool:
    """The sentence names a year ("In 2004 he joined ...", "after the disputed 1998 election", "in the 1990s"): what
    it tells may be past."""
    return any(_year_text(t.text) or t.text.endswith("s") and _year_text(t.text[:-1]) for t in sent)


def _bare_head_title(ctx: _Ctx, person: int, sent: Span) -> str | None:
    """The head of state's title (roles.yaml head_of_state_titles) right before the person's name in ``sent``,
    no other word qualifying it ("under President X", "signed by Prime Minister X"; not "Vice President X", "former
    President X", "Velnian President X"): the one post a state has, told without its state."""
    m = next((mm for mm in ctx.mentions if mm.actor == person and sent.start <= mm.start < sent.end), None)
    if m is None:
        return None
    doc = ctx.doc
    toks = list(doc[max(sent.start, m.start - 4):m.start])
    words = [norm(t.text) for t in toks]
    for title in sorted(ctx.kb.head_of_state_titles, key=len, reverse=True):
        tw = title.split()
        if words[-len(tw):] == tw:
            before = toks[:-len(tw)]
            if before and before[-1].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "NUM") \
                    and before[-1].ent_type_ not in ("DATE", "TIME"):
                return None  # "Vice President X", "former President X", "Velnian President X" (not "On Tuesday
                # President X": a date qualifies no title)
            return title
    return None


def _meets_home_holder(ctx: _Ctx, person: int, sent: Span, home: int, title: str) -> bool:
    """"President X said he could talk to Y", "an envoy of President X met Y": the sentence that first names X
    under a bare head of state's ``title`` (``_bare_head_title``) also names Y, whom the text has ruling the story's
    state ``home`` (a leader_of tie) under that same title (``_held_titles``: "Velnia's president, Y", "Y remains
    president"): a state has one such post, so X holds it in another state."""
    for h in ctx.hits:
        y = h.source
        if h.type != "leader_of" or h.target != home or y == person or ctx.kind(y) != "person":
            continue
        if any(not _succession_of(ctx, root) for _, root in _person_mentions(ctx, y, sent)) \
                and title in _held_titles(ctx, y):
            return True
    return False


def _envoy_meets_home_leader(ctx: _Ctx, person: int, sent: Span, home: int) -> bool:
    """"Y, another envoy of President X, met Z", "President X's envoy held talks with Z": the sentence that first
    names X has X's envoy (relations.yaml posted_roles, "of X" or "X's") as the subject of a clause whose object (or
    "with"/"to" object) is a person the text has leading the story's state ``home`` (a leader_of tie, under any
    title): one sends an envoy to another state's leader, so X holds no post in ``home`` (not "an envoy of X met
    the rebels' leader", nor "X's envoy may meet Z": a meeting not said to take place)."""
    for _, root in _person_mentions(ctx, person, sent):
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            tok = root.head.head
        elif root.dep_ == "poss":
            tok = root.head
        else:
            continue
        if norm(tok.lemma_) not in cues().posted_roles:
            continue
        while tok.dep_ == "appos":
            tok = tok.head  # "Y, another envoy of X, met Z"
        if tok.dep_ != "nsubj" or _unreal(tok.head) or any(c.dep_ == "neg" for c in tok.head.children):
            continue
        verb = tok.head
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                 for o in p.children if o.dep_ == "pobj"]
        objs += [o for d in list(objs) if d.dep_ == "dobj" for p in d.children
                 if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]  # "held talks with Z"
        for obj in objs:
            met = ctx.actor(obj)
            if met is not None and met != person and ctx.kind(met) == "person" and any(
                    h.type == "leader_of" and h.source == met and h.target == home for h in ctx.hits):
                return True
    return False


def _succession_of(ctx: _Ctx, root: Token) -> bool:
    """The mention whose head word is ``root`` names the one another follows or came before in a post: the owner of
    a succession noun (roles.yaml succession_nouns) or its object ("Montel's successor, President X", "the successor
    of Montel"): the same post in the same state, no sign that the bare title is another state's
    (``_meets_home_holder``; the mentions of ``_person_mentions``)."""
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "to") else root.head
    return root.dep_ in ("poss", "pobj") and norm(head.lemma_) in ctx.kb.succession_nouns


def _acts_against_state(ctx: _Ctx, person: int, sent: Span, state: int) -> bool:
    """"President X imposed tariffs on Velnia", "President X threatened Velnia with sanctions": the person's own
    clause imposes a measure (roles.yaml imposing_verbs, imposed_nouns "on" the state) or aims a hostile word
    (hostile_addressing_verbs, the state by its name as the object) at the state ``state``: a foreign power's act,
    not its own head's (not "President X thanked Velnia's athletes", "urged Velnia to unite", "criticised US tariffs
    on Velnia")."""
    kb = ctx.kb

    def names_state(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and ctx.actor(tok) == state

    for _, root in _person_mentions(ctx, person, sent):
        if root.dep_ != "nsubj" or _unreal(root.head) or any(c.dep_ == "neg" for c in root.head.children):
            continue
        verb = root.head
        for c in verb.children:
            if c.dep_ == "dobj" and norm(verb.lemma_) in kb.hostile_addressing_verbs and names_state(c):
                return True
            if c.dep_ == "dobj" and norm(c.lemma_) in kb.imposed_nouns and norm(verb.lemma_) in kb.imposing_verbs:
                preps = [p for h in (verb, c) for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
                if any(names_state(o) for p in preps for o in p.children if o.dep_ == "pobj"):
                    return True
    return False


def _held_titles(ctx: _Ctx, person: int) -> set[str]:
    """The head of state's titles (roles.yaml head_of_state_titles) the text gives ``person`` in its own words: right
    before a mention ("President Y", "Velnia's president, Y"), in an apposition after it ("Y, the president of
    Velnia") or as the complement of a clause Y is the subject of ("Y remains president", "Y ceases to be the
    President of Velnia")."""
    doc, out = ctx.doc, set()
    titles = sorted(ctx.kb.head_of_state_titles, key=len, reverse=True)

    def ends(words: list[str]) -> str | None:
        return next((t for t in titles if words[-len(t.split()):] == t.split()), None)

    for m in ctx.mentions:
        if m.actor != person:
            continue
        before = [norm(t.text) for t in read_tokens(doc)[max(0, m.start - 4):m.start]]
        if before and before[-1] == ",":
            before = before[:-1]
        found = ends(before)
        if found is None and m.end < len(doc) and doc[m.end].text == ",":
            phrase = []
            for t in doc[m.end + 1:min(len(doc), m.end + 8)]:
                if t.text in (",", ".", ";") or ctx.actor(t) is not None and ctx.kind(ctx.actor(t)) == "person":
                    break
                phrase.append(norm(t.text))
            found = next((t for t in titles if (" " + " ".join(phrase) + " ").find(" " + t + " ") >= 0), None)
        if found is None:
            root = doc_span(doc, m.start, m.end).root
            if root.dep_ == "nsubj":
                verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
                for v in verbs:
                    for c in v.children:
                        if c.dep_ in ("attr", "oprd", "acomp") and c.pos_ in ("NOUN", "PROPN"):
                            found = found or ends([norm(t.text) for t in read_tokens(doc)[max(0, c.i - 1):c.i + 1]])
        if found is not None:
            out.add(found)
    return out


def _post_held_by_another(ctx: _Ctx, person: int, state: int, sent: Span) -> bool:
    """"Velnia's president, Marek Dorn, ... President Ivo Rask": a head of state's title (roles.yaml
    head_of_state_titles) before the person's name that the text gives, with the state named, to another person
    ruling that state: a state has one such post, so the bare title is another state's."""
    doc = ctx.doc
    m = next((mm for mm in ctx.mentions if mm.actor == person and sent.start <= mm.start < sent.end), None)
    if m is None:
        return False
    before = " ".join(norm(t.text) for t in read_tokens(doc)[max(sent.start, m.start - 3):m.start])
    title = next((t for t in ctx.kb.head_of_state_titles if (" " + before).endswith(" " + t)), None)
    if title is None:
        return False
    for h in ctx.hits:
        if h.type != "leader_of" or h.target != state or h.source == person or ctx.kind(h.source) != "person":
            continue
        for held in (mm for mm in ctx.mentions if mm.actor == h.source and h.span.start <= mm.start < h.span.end):
            # the title and the state around the holder's name: "Velnia's president, X", "X, the president of Velnia"
            lo, hi = max(h.span.start, held.start - 5), min(h.span.end, held.end + 5)
            near = " " + " ".join(norm(t.text) for t in read_tokens(doc)[lo:hi]) + " "
            if " " + title + " " in near and any(mm.actor == state and lo <= mm.start < hi for mm in ctx.mentions):
                return True
    return False


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
    labelled = _labelled_paragraph_state(ctx, sent)
    if labelled is not None:
        return labelled
    if i + 2 >= sent.end or doc[i].lower_ != "in" or ctx.tok2m[i + 1] < 0:
        return None
    m = ctx.mentions[ctx.tok2m[i + 1]]
    if m.start != i + 1 or m.end >= sent.end or doc[m.end].text != "," or m.actor < 0 \
            or ctx.kind(m.actor) != "country" or not m.key.startswith("country:") \
            or norm(m.text) != norm(m.key.split(":", 1)[1]) and not _capital_of(ctx, m.text, m.key.split(":", 1)[1]):
        return None
    return m.actor


def _labelled_paragraph_state(ctx: _Ctx, sent: Span) -> int | None:
    """"Kestova: Foreign Minister X met ...", "VELNIA: President Y ordered ...": a round-up's paragraph that opens
    with a state's own name and a colon (its label, the line's first words) is set in that state, for each of its
    sentences; None otherwise (not "Velgrad: ...", a city, where a leader may be a visitor)."""
    doc = ctx.doc
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    i = sent.start
    while i > 0 and "\n" not in _tk[i - 1].text and "\n" not in _tk[i - 1].whitespace_:
        i -= 1  # back to the line's first word
    while i < sent.end and _tk[i].is_space:
        i += 1
    k = ctx.tok2m[i] if i < len(doc) else -1
    if k < 0:
        return None
    m = ctx.mentions[k]
    if m.start != i or m.end >= len(doc) or _tk[m.end].text != ":" or m.actor < 0 or ctx.kind(m.actor) != "country" \
            or not m.key.startswith("country:") or norm(m.text) != norm(m.key.split(":", 1)[1]):
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
    adjective). So is one met there by the journey's next step (``_visit_meeting``): "travelled to Velnia, where he
    was received by Prime Minister Y", "flew to Velgrad, where she held talks with President Z", "arrived in the
    Velnian capital and met President W" (a state's adjective before visit_capital_nouns names its capital)."""
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
        places = _visit_meeting(root) if journey is None else None
        if places is None:
            if journey is None or not (_verb_in(journey, c.visitor_verbs) or _verb_in(journey, c.journey_verbs)):
                continue
            places = _journey_ends(journey)
        for place in places:
            state = _state_mentioned(ctx, place)
            if state is not None and not _state_adjective(ctx.mentions[ctx.tok2m[place.i]]):
                return state
            if place.pos_ == "NOUN" and norm(place.lemma_) in c.visit_capital_nouns:
                # "arrived in the Velnian capital": the state whose adjective names the capital
                for adj in place.children:
                    state = _state_mentioned(ctx, adj) if adj.dep_ in ("amod", "compound", "poss") else None
                    if state is not None:
                        return state
    return None


def _state_mentioned(ctx: _Ctx, tok: Token) -> int | None:
    """The state a country mention at ``tok`` names (by its name or its adjective), else None."""
    k = ctx.tok2m[tok.i]
    pm = ctx.mentions[k] if k >= 0 else None
    if pm is not None and pm.actor >= 0 and ctx.kind(pm.actor) == "country" and pm.key.startswith("country:"):
        return pm.actor
    return None


def _visit_meeting(root: Token) -> list[Token] | None:
    """Where a journey ends, for a titled person (``root``) met there in the journey's own next step: "travelled
    to Velnia, where he was received by Prime Minister Y" (a "where" clause on the place, its verb one of
    guest_host_verbs in the passive with Y as agent, visit_meeting_verbs with Y as object, or talks held "with"
    Y), "arrived in Velgrad and met President Z" (the meeting joined by "and" to the journey's verb); the places
    the journey goes to (``_journey_ends``), else None. Not a meeting denied or only hoped for ("flew to Velgrad
    but did not meet President Z", "hopes to meet")."""
    c = cues()
    meet = None
    if root.dep_ == "dobj" and _verb_in(root.head, c.visit_meeting_verbs):
        meet = root.head  # "met President Y"
    elif root.dep_ == "pobj" and root.head.dep_ == "agent" and _verb_in(root.head.head, c.guest_host_verbs):
        meet = root.head.head  # "was received by President Y"
    elif root.dep_ == "pobj" and root.head.lower_ == "with":
        talk = root.head.head  # "held talks with President Y", "talked with President Y"
        if talk.pos_ == "VERB" and _verb_in(talk, c.visit_talk_words):
            meet = talk
        elif talk.pos_ == "NOUN" and norm(talk.lemma_) in c.visit_talk_words and talk.dep_ == "dobj":
            meet = talk.head
    if meet is None or meet.pos_ not in ("VERB", "AUX") or _unreal(meet) \
            or any(ch.dep_ == "neg" for ch in meet.children):
        return None
    c_verbs = c.visitor_verbs | c.journey_verbs
    if meet.dep_ == "relcl" and any(ch.dep_ == "advmod" and ch.lower_ == "where" for ch in meet.children):
        place = meet.head  # "Velnia, where he was received by ..."
        journey = place.head.head if place.dep_ == "pobj" else place.head if place.dep_ in ("dobj", "npadvmod") \
            else None
        if journey is None or not _verb_in(journey, c_verbs):
            return None
        # ("travelled to Velnia on Monday, where ...": the clause hung on the journey's date goes with its end)
        ends = _journey_ends(journey)
        return [place] if place in ends else ends
    if meet.dep_ == "conj" and _verb_in(meet.head, c_verbs) \
            and not any(ch.dep_ == "nsubj" for ch in meet.children) \
            and not any(ch.lower_ in c.visit_later_words or ch.dep_ == "prep" and any(
                g.lower_ in c.visit_later_words for g in ch.children) for ch in meet.children):
        # "arrived in Velgrad and met President Z" (one subject for both); not a meeting set back home ("flew to
        # Velgrad and later discussed it with President Z at home")
        return _journey_ends(meet.head)
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
        low = norm(span_text(doc, k, i + 1))
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
    a state's adjective (the first or second word of its name) holds a bare state title in that state. An adjective
    the gazetteer gives a state it knows is that state's, not also that of another state-like name the text uses
    from which English would derive it too ("the Nigerian Progress Party" is Nigeria's, though "Niger" + "-ian"
    derives "Nigerian" as well)."""
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
                continue
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
                h_text, h_toks = span_text(doc, h.start, h.end), span_tokens(h)  # (read once: no Token per word)
                if place_date_line(h_text):
                    continue  # "Velgrad, 3 May 2025": the place a report is filed from, no section's heading
                low = " " + norm(" ".join(t.text for t in h_toks if not t.is_punct)) + " "
                words = low.split()
                # (not a place named for the talks it hosts: "OSLO TALKS: STILL NOWHERE"; up to three words a name)
                grams = [(" ".join(words[i:j]), j) for i in range(len(words))
                         for j in range(i + 1, min(len(words), i + 3) + 1)]
                # (a lower-case word, or a function word in a heading all in capitals, names no state: "What it
                # means for us", "WHAT IT MEANS FOR US" are not of the United States)
                caps = h_text.upper() == h_text
                common = {norm(t.text) for t in h_toks if t.text.islower() or caps and t.is_stop}
                seats = {kb.countries.get(g) for g, j in grams if g not in kb.not_states and g not in kb.places
                         and g not in kb.demonyms and g not in common
                         and not (j < len(words) and words[j] in venues)}
                ctx._headings.append((h.start, {a for n, a in names if n in low} | {states[s] for s in seats
                                                                                    if s in states},
                                      _heading_shape(h_text)))
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
    last = _last_clause_state(ctx, prev)
    if last is not None and a is not None and last != a:
        a = last  # "Velgrad kept silent, and the Ostravian government called the vote rigged. Premier X ...": Ostravia
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


def _last_clause_state(ctx: _Ctx, sent: Span) -> int | None:
    """The state that is the subject of the last clause joined to ``sent``'s main verb ("Velgrad has kept
    silent, and the Ostravian government calls the vote rigged": Ostravia), by its name or a body named for it
    (the state's executive body or institution: "the Ostravian government", "Ostravia's army"), for
    ``_introducing_state``: the clause nearest the sentence after it says which state that one goes on about. None
    when no joined clause has a subject of its own standing for a state."""
    clauses = [c for c in sent.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for verb in reversed(clauses):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.conjuncts or _unreal(verb):
            continue
        a = ctx.actor(subj) if subj.pos_ == "PROPN" else _state_body_subject(ctx, subj)
        if a is None and subj.pos_ != "PROPN":
            a = _institution_state(ctx, ctx.actor(subj))
        if a is not None and ctx.kind(a) == "country" and ctx.actors[a].key.startswith("country:") \
                and not ctx.named_region(a):
            return a
        return None  # (the nearest clause with a subject of its own is about no state: no guess from one before it)
    return None


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


def _names_state(ctx: _Ctx, span: Span, state: int) -> bool:
    """``span`` names ``state`` (by its name, adjective, capital or one of its institutions)."""
    return ctx.actors[state].key.split(":", 1)[1] in _states_named(ctx, span)


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
            if len(words) < 2:
                continue
            of_state = _force_of_state(ctx, words, endings, rebel, states)
            if of_state is not None and any(  # "the Former Armed Forces of Velnia", the word left out of the name
                    norm(ctx.doc[j].text) in _rel_words(ctx, "not_current_titles") for i in a.mentions
                    for j in range(max(0, ctx.mentions[i].start - 1), ctx.mentions[i].start + 1)):
                of_state = None
            if of_state is not None and not _foreign_client(ctx, a.idx, of_state):
                m = ctx.mentions[a.mentions[0]]  # "the Armed Forces of Velnia (FAV)": the force after "of" its state
                ctx.add(a.idx, "part_of", of_state, ctx.doc[m.start].sent, 0.6)
                break
            if set(words) & rebel or not any(tuple(words[-len(e):]) == e for e in endings):
                continue
            state = states.get(words[0])
            if state is None and ctx.kb.country_of(words[0]):
                state = states.get(norm(ctx.kb.country_of(words[0])))
            if state is not None and (_foreign_client(ctx, a.idx, state) or _wing_of_body(ctx, a.idx)):
                break
            if state is not None:
                m = ctx.mentions[a.mentions[0]]
                ctx.add(a.idx, "part_of", state, ctx.doc[m.start].sent, 0.6)
                break
        else:
            _state_named_before(ctx, a, endings, rebel)


def _wing_of_body(ctx: _Ctx, force: int) -> bool:
    """Whether the text makes the force a part of a body that is no state ("the Karsian Republican Army (KRA) - the
    armed wing of the Karsian Republican Movement"): a party's or a movement's wing, not the state's army."""
    return any(h.source == force and h.type == "part_of" and ctx.kind(h.target) == "organization" for h in ctx.hits)


def _force_of_state(ctx: _Ctx, words: list[str], endings: list[tuple], rebel: set[str],
                    states: dict[str, int]) -> int | None:
    """"Armed Forces of Velnia", "National Police of the Democratic Republic of Velnia": a name made of a state
    force's name (relations.yaml state_force_names, adjectives allowed before it: "Royal Armed Forces"; no rebel word
    there, "Liberation Army of Velnia") and "of" a state of the document (whose own name may hold such a word): that
    state's actor, or None."""
    if "of" not in words:
        return None
    k = words.index("of")
    head, tail = words[:k], words[k + 1:]
    if set(head) & _rel_words(ctx, "not_current_titles"):
        return None  # "the Former Armed Forces of Velnia": a force of the past, often a rebel one now
    if tail[:1] == ["the"]:
        tail = tail[1:]
    if not head or not tail or set(head) & rebel or not any(tuple(head[-len(e):]) == e for e in endings):
        return None
    state = states.get(" ".join(tail))
    if state is None and ctx.kb.country_of(" ".join(tail)):
        state = states.get(norm(ctx.kb.country_of(" ".join(tail))))
    return state


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


def _body_after_conjoined_role(ctx: _Ctx, owner: int, first: Token, role: Token) -> None:
    """"X, a tribal figure and member of parliament from the Y Party": a "from" phrase the parser hung on the first
    noun of an apposition (no post itself, or one that only tells where a person comes from: word_lists
    origin_only_roles) after a second, conjoined role that ties its holder to a body (a member's role, roles.yaml)
    names that role's body: X is a member of Y (an organisation only; not a place or a state)."""
    if ctx.kind(owner) != "person" or norm(first.lemma_) in ctx.kb.role_words \
            and norm(first.lemma_) not in cues().origin_only_roles \
            or _role_relation(ctx.kb, norm(role.lemma_)) != "member_of" \
            or any(norm(c.text) in (ctx.kb.relations.get("not_current_titles") or ()) for c in role.children):
        return  # (not "a tribal figure and former member of parliament from Y": a seat left)
    for prep in first.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > role.right_edge.i:
            for p in prep.children:
                body = ctx.np_actor(p) if p.dep_ == "pobj" else None
                if body is not None and body != owner and ctx.kind(body) == "organization":
                    ctx.add(owner, "member_of", body, role.sent, 0.65)


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


def _hyphened_title(tok: Token) -> str | None:
    """A title the parser split at its hyphen, "secretary - general" with "general" hung on "secretary" (as an
    apposition or modifier): the whole word, "secretary-general" (also "director-general", "co-chair" read from its
    second part); None where no hyphen joins the noun to a neighbour."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].head.i == tok.i \
            and not doc[tok.i + 1].whitespace_ and not tok.whitespace_:
        word = f"{tok.text}-{doc[tok.i + 2].text}"
    elif tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
            and not doc[tok.i - 1].whitespace_ and doc[tok.i - 2].head.i == tok.i:
        word = f"{doc[tok.i - 2].text}-{tok.text}"
    else:
        return None
    # ("whose deputy secretary-general": the words before it stay, a deputy's title)
    first = tok.i if word.startswith(tok.text) else tok.i - 2
    mods = [c.text for c in doc[first].children if c.dep_ in ("compound", "amod") and c.i < first] + \
        [c.text for c in tok.children if c.dep_ in ("compound", "amod") and c.i < first and first != tok.i]
    return norm(" ".join([*mods, word]))


def _to_come_only(verb: Token) -> bool:
    """An infinitive of a wish, plan or expectation: "is expected to succeed him", "plans to send troops" (an open
    clause of another verb, or a verb with the infinitive's "to")."""
    return verb.dep_ == "xcomp" or any(x.dep_ == "aux" and x.lower_ == "to" for x in verb.children)


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
            words = [t.lower_ for t in read_tokens(doc)[max(0, m.start - 3):m.start]]
            if any(" ".join(words[i:]) in titles for i in range(len(words))):
                return True
    return False


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


def _state_like_name(ctx: _Ctx, a: int) -> bool:
    name = norm(ctx.actors[a].name)
    return bool(set(name.split()) & cues().state_body_words)


def _office_handed(ctx: _Ctx, office: Token) -> None:
    """"When he became president he handed the leadership of the Y Party to Z", "X passed the chairmanship of Y to
    Z": a body's chief office (relations.yaml office_nouns) the object of a verb of handing over
    (word_lists.handing_verbs) with a "to" naming a person: that person leads the body (the giver no longer does).
    Not a handing denied, wished or supposed ("refused to hand the leadership of Y to Z", "will hand ..."), nor an
    office told as over (word_lists.not_current_words: "handed the former leadership of Y to Z")."""
    verb = office.head
    if _unreal(verb) or _denied(verb) or _conditional(verb) or _refused(ctx, verb) is not None \
            or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children) \
            or any(c.dep_ in ("amod", "compound") and norm(c.text) in cues().not_current_words for c in office.children):
        return
    body = _body_owner(ctx, office, None)
    if body is None or ctx.kind(body) != "organization":
        return
    for prep in (c for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"):
        for p in (c for c in prep.children if c.dep_ == "pobj"):
            person = ctx.np_actor(p)
            if person is not None and ctx.kind(person) == "person" and person != body:
                ctx.add(person, "leader_of", body, office.sent, 0.65)


def _announced_birth(ctx: _Ctx, noun: Token) -> None:
    """"X announced the creation of the Y Front", "X proclaimed the founding of Y", "X announced a new party, the
    Y": a person who announces (word_lists.announcing_verbs) the birth of a named body (word_lists.birth_nouns with
    its "of"), or a new body (a noun of the organisation nouns with "new") named in apposition, founded it and leads
    it, as "X founded Y" does. A person subject only (a body announcing a new wing names its part, a state its
    organ); not denied, wished or supposed ("did not announce", "plans to announce", "would announce"), nor a birth
    announced of another's body ("announced the creation of Y by Z", "a new commission, Y, to be chaired by Z"), nor
    one a spokesman announces (word_lists
    speaking_roles: "Army spokesman X announced the creation of Y" speaks for the body that made Y)."""
    verb = noun.head
    if _unreal(verb) or _denied(verb) or _conditional(verb) or _refused(ctx, verb) is not None \
            or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children) \
            or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return
    cue = cues()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and any(t.pos_ == "NOUN" and norm(t.lemma_) in cue.speaking_roles for t in subject.subtree):
        return  # "Army spokesman X announced the creation of Y": a spokesman speaks for the body that made it
    if any(t.lower_ == "by" for t in noun.subtree) or any(c.lower_ == "by" for c in verb.children):
        return  # "announced the creation of Y by Z": Z's body; "announced a new commission, Y, to be chaired by Z"
    bodies = []
    if norm(noun.lemma_) in cue.birth_nouns:
        bodies = [ctx.np_actor(p) for p in _of_object(noun) if p.head.lower_ == "of"]
    elif any(c.dep_ == "amod" and norm(c.text) == "new" for c in noun.children) \
            and norm(noun.lemma_) in ctx.kb.org_nouns:
        bodies = [ctx.np_actor(c) for c in noun.children if c.dep_ == "appos"]
    holder = _clause_subject(ctx, verb)
    if holder is None or ctx.kind(holder) != "person":
        return
    for body in bodies:
        if body is not None and body != holder and ctx.kind(body) == "organization":
            ctx.add(holder, "leader_of", body, noun.sent, 0.65)


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
    if noun.tag_ == "NNS" and noun.i < tok.i \
            and not any(t.text in (",", "(", ":", "-") for t in read_tokens(ctx.doc)[noun.i + 1:tok.i]):
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


def _speakers_body(ctx: _Ctx, person: int, body: int, where: Span) -> None:
    """"My party, the X Front, will ..." (the speaker's own words; ``PhraseResolver.first_person``): one who calls
    a body "my party" belongs to it, and leads it only when the text says so elsewhere; an organisation only (not
    "my country, X", whose tie the speaker's post tells)."""
    if ctx.kind(body) == "organization" and ctx.subkind(body) not in STATE_LIKE_SUBKINDS and not any(
            h.source == person and h.target == body and h.type == "leader_of" for h in ctx.hits):
        ctx.add(person, "member_of", body, where, 0.6)


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
        and norm(span_text(doc, i - 2, i + 1)) in ctx.kb._title_set


def _plural_title_names(ctx: _Ctx, m, person: int) -> None:
    """A plural role word with a body's name before it, written as a title before a list of names: "Harvest Party
    deputies A and B resigned", "police detained Front lawmakers A, B and C": each person named holds the role in the
    body, so is a member of it (several holders of a post are its members, not its leaders: "Front commanders A and
    B"). Only the first name of the list opens here; the names joined to it ("and B") hold it too."""
    doc = ctx.doc
    if m.start < 2:
        return
    noun = doc[m.start - 1]
    word = norm(noun.text)
    if noun.tag_ not in ("NNS", "NNPS") or not word.endswith("s") or ctx.tok2m[noun.i] >= 0 \
            or not ({word[:-1], singular(word)} & ctx.kb.role_words) \
            or noun.head.i not in range(m.start, m.end) and noun.head != doc[m.end - 1].head:
        return  # (the parser may make both subjects of the verb: "Y deputies A and B resigned")
    body = _modifier_actor(ctx, noun)
    if body is None or ctx.kind(body) != "organization":
        return
    if any(c.dep_ in ("amod", "compound") and norm(c.text) in (ctx.kb.relations.get("not_current_titles") or ())
           for c in noun.children):
        return
    name = doc[m.end - 1]
    for t in (name, *name.conjuncts):
        a = ctx.actor(t)
        if a is not None and ctx.kind(a) == "person" and a != body:
            ctx.add(a, "member_of", body, noun.sent, 0.7)


def _unnamed_posting(ctx: _Ctx, comma: int) -> int | None:
    """"Velmany's envoy to the Pacific, X", "its ambassador at the talks, X": a posted role (word_lists.posted_roles)
    with a "to" / "in" / "at" phrase whose place is no actor (an article and one or two words of a region or a
    meeting) right before the comma that sets off the name: the index of the role word, read as the title before
    the name; None otherwise (the place an actor is read by the caller, a longer phrase is no posting)."""
    _tk = read_tokens(ctx.doc)

    def region(x: int) -> bool:  # a word of no actor, or of a place's name ("the Pacific" tagged a location)
        return _tk[x].is_alpha and ctx.actor(ctx.doc[x]) is None

    for size in (2, 3):
        k = comma - size - 2  # the role word, then the preposition, then the place's words
        if k < 0:
            return None
        if _tk[k + 1].lower_ in ("to", "in", "at") and norm(_tk[k].text) in cues().posted_roles \
                and ctx.tok2m[k] < 0 and _tk[k + 2].lower_ == "the" and all(region(x) for x in range(k + 2, comma)):
            return k
    return None


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
    while inside and (inside[-1] == "-" or not in_any(norm(inside[-1]), kb.title_words, kb.role_words)
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
            k = next((k for k in range(i - 3, max(-1, i - 7), -1)
                      if not any(x.whitespace_ for x in read_tokens(doc)[k:i - 1])
                      and norm(span_text(doc, k, i)) in kb.role_words and all(ctx.tok2m[x] < 0 for x in range(k, i))), None)
            if k is not None:
                role_words.insert(0, span_text(doc, k, i))
                i = k - 1
                continue
        if t.text == "," and not role_words and i > 0 and ctx.tok2m[i - 1] >= 0:
            m_i = ctx.mentions[ctx.tok2m[i - 1]]
            if m_i.start >= 2 and _tk[m_i.start - 1].lower_ in ("to", "in", "at") \
                    and norm(_tk[m_i.start - 2].text) in cues().posted_roles and ctx.tok2m[m_i.start - 2] < 0:
                i = m_i.start - 2  # "its ambassador in Nairobi, X,": the post's place, not its owner
                continue
        if t.text == "," and not role_words and i > 0:
            k = _unnamed_posting(ctx, i)
            if k is not None:
                i = k  # "Velmany's envoy to the region, X,": the posting's place no actor, the role before it
                continue
        if t.text == "," and not role_words and i > 0 and ctx.tok2m[i - 1] < 0 and norm(_tk[i - 1].text) in kb.role_words \
                and (m.start <= _tk[i - 1].head.i < m.end or _tk[i - 1].dep_ in ("nmod", "compound", "dep", "amod")):
            i -= 1  # "the Greens' co-leader, X," with the role parsed as a modifier of the name: an apposition
            continue
        if _possessive_mark(t) or t.text == "-" and role_words and i > 0 and ctx.tok2m[i - 1] < 0 \
                and not (t.whitespace_ and _tk[i - 1].whitespace_):
            # "Iran's President X", "the Falcons' commander X"; "its secretary-general X" (not a spaced dash:
            # "VOLSK, OSTRAVIA - Prime Minister X": the dateline ends there, the title names no owner)
            i -= 1
            continue
        if w == "and" and role_words and i > 0 and ctx.tok2m[i - 1] < 0 \
                and in_any(norm(_tk[i - 1].text), kb.leader_roles, kb.member_roles):
            i -= 1  # "the party's founder and leader X": two roles of one person
            after_and = len(role_words)  # (the roles after "and": "Y chairman and Prime Minister X")
            continue
        joint = _joint_portfolio(ctx, i, role_words)
        if joint:
            # "Agriculture and Forestry Minister X"
            role_words[:0] = [x.text for x in read_tokens(doc)[i - joint + 1:i + 1]]
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
    org = _first_actor(_bare_ministry_state(ctx, org, person, doc[m.start].sent), lambda: org)
    phrase = norm(" ".join(roles))
    if ctx.kind(org) == "country" and _town_head_title(phrase):
        return  # "Kathmandu Mayor X", "Velgrad's mayor Y": a town's head (its capital's), no post of the state
    if ctx.kind(org) == "country" and roles and singular(norm(roles[-1])) in cues().origin_only_roles:
        return  # "the Kenyan activist X", "the Ostravian militant Y": where the person is from, no post of the state
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


def _town_head_title(phrase: str) -> bool:
    """A title ("mayor", "deputy mayor", "the city's mayor") that heads a town (word_lists.local_head_titles as its
    last word): glued to a capital's name ("Velgrad Mayor X", "Velgrad's mayor Y"), which the text may read as its
    state, it is the town's post, not one of the state's (no tie to the state)."""
    words = phrase.split()
    return bool(words) and words[-1] in cues().local_head_titles


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
    while first > 0 and first > k - 5 and (in_any(norm(doc[first - 1].text), kb.title_words, kb.role_words)
                                           or doc[first - 1].text == "-" and not doc[first - 1].whitespace_):
        first -= 1
    words = norm(span_text(doc, first, k)).split()
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


def _body_seat(ctx: _Ctx, verb: Token, body: Token) -> None:
    """"X sits on the Front's presidium": X is a member of the organisation whose governing body it is."""
    if any(c.dep_ == "neg" for c in verb.children) or _refused(ctx, verb) is not None:
        return
    whole = ctx.actor(body) if _organ(ctx, ctx.actor(body)) else _body_owner(ctx, body, None)
    person = _clause_subject(ctx, verb)
    if whole is not None and person is not None and ctx.kind(person) == "person" \
            and ctx.kind(whole) in ("organization", "country"):
        ctx.add(person, "member_of", whole, verb.sent, 0.65)


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


def _bracketed_party(ctx: _Ctx) -> None:
    """"Lina Sorel (Harvest Party) said ...", "A (Civic League) and B (Unity List)": a person named with a
    party, movement or list alone in brackets after the name (the way results pages and wires give a
    politician's party) is a member of it."""
    from kingmaker.nlp.layout import _role, _subject  # (lazy: no import cycle)

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
                    and _tk[org.end].text.startswith(")") and ctx.kind(org.actor) == "organization" \
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
        if org.start != first or org.end >= len(doc) or org.actor < 0:
            continue
        end = org.end
        while end < min(org.end + 3, len(doc) - 1) and _tk[end].is_alpha \
                and norm(_tk[end].text) in ctx.kb.role_words:
            end += 1  # "X (Harvest Party leader)": her post in the party after its name
        if not _bracket_closes(ctx, end, org.actor) or ctx.kind(org.actor) != "organization" \
                or ctx.subkind(org.actor) not in ("party", "movement", "coalition", "organization", None):
            continue  # (a union, league or forum is a party's name as often: "Ana Perl (Coastal League)")
        if first > bracket + 1 and _rel_words(ctx, "not_current_titles") & {norm(t.text)
                                                                            for t in doc[bracket + 1:first]}:
            continue  # "X (former chair, Harvest Party)": a post, and perhaps the party, no longer held
        ctx.add(m.actor, "member_of", org.actor, doc[m.start:org.end + 1].sent, 0.6)
        if first == bracket + 1 and _party_leader_title(ctx, m.start):
            # "Opposition leader X (Harvest Party)", "party chairman X (HP)": a party's leader by the title before her
            ctx.add(m.actor, "leader_of", org.actor, doc[m.start:org.end + 1].sent, 0.6)
        if end > org.end:
            role = _role(ctx.kb, [norm(t.text) for t in read_tokens(doc)[org.end:end]])
            if role is not None and role[0] == "leader_of" and not role[1]:
                ctx.add(m.actor, "leader_of", org.actor, doc[m.start:end + 1].sent, 0.6)
        if first > bracket + 2 and _tk[first - 1].text == ",":
            # "Present: X (Chair, Harvest Party); Y (Harvest Party)" in the minutes of a body a header line names
            # ("Standing Committee on Trade"): the post is held in that body, not in the party
            role = _role(ctx.kb, [norm(t.text) for t in read_tokens(doc)[bracket + 1:first - 1] if t.is_alpha])
            home = _subject(ctx) if role is not None and not role[1] else None
            if home is not None and home != org.actor and ctx.subkind(home) not in PARTY_SUBKINDS:
                ctx.add(m.actor, role[0], home, doc[m.start:org.end + 1].sent, 0.6)
            elif home is None and role is not None and role[0] == "leader_of" and not role[1] \
                    and ":" not in doc_text(doc)[doc_text(doc).rfind("\n", 0, _tk[m.start].idx) + 1:_tk[m.start].idx]:
                # "X (Leader, Harvest Party)", "X (chairman, Harvest Party)": a post with no other body to hold it in
                # (not in a labelled list, "Present: X (Chair, Harvest Party); Y (...)": the chair may be the meeting's)
                ctx.add(m.actor, "leader_of", org.actor, doc[m.start:org.end + 1].sent, 0.6)


def _party_leader_title(ctx: _Ctx, start: int) -> bool:
    """Whether the words right before a name at ``start`` are a leader's title, alone or after a noun naming the
    body itself ("leader X", "Opposition leader X", "party chairman X": same_body_modifiers), not a state's office,
    a deputy's post or one no longer held ("former leader X": not_current_titles), and name no body."""
    from kingmaker.nlp.layout import _role

    doc, kb = ctx.doc, ctx.kb
    # (not a state's own nouns: "government leader X (Harvest Party)" leads the state, a member of the party)
    same = _rel_words(ctx, "same_body_modifiers") - _rel_words(ctx, "seated_state_nouns") - {"state"}
    past = _rel_words(ctx, "not_current_titles")
    i = start
    while i > max(start - 3, 0) and ctx.tok2m[i - 1] < 0 and doc[i - 1].is_alpha \
            and (norm(doc[i - 1].text) in kb.role_words or norm(doc[i - 1].text) in same):
        i -= 1
    words = [norm(t.text) for t in read_tokens(doc)[i:start]]
    hyphened = norm("".join(t.text for t in read_tokens(doc)[i - 3:i])) if i >= 3 and doc[i - 2].text == "-" else ""
    if not words or hyphened in past or i > 0 and (norm(doc[i - 1].text) in past or ctx.tok2m[i - 1] >= 0
                               or doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ")):
        return False  # ("State leader X", "Senate leader X", "regional leader X": another body's or place's leader)
    role = _role(kb, words)
    return role is not None and role[0] == "leader_of" and not role[1]


def _in_open_bracket(doc: Doc, i: int) -> bool:
    """Token i opens a bracket's content, perhaps after a short honorific ("(Hon. Dana Kost, ...", "(Dana Kost,
    ...")."""
    for j in range(i - 1, max(i - 4, -1), -1):
        if doc[j].text == "(":
            return True
        if not (doc[j].is_title or doc[j].text == "."):  # a title or honorific word, its dot
            return False
    return False


def _bracket_closes(ctx: _Ctx, i: int, party: int = -1) -> bool:
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
        if doc[j].text in ("(", ",", ";") or k >= 0 and ctx.mentions[k].actor not in (-1, party) \
                and ctx.kind(ctx.mentions[k].actor) == "organization":
            return False  # (the party's own acronym may follow it: "X (Harvest Party, HP)")
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


def _entry_description(ctx: _Ctx, root: Token, heads: list[int], of_phrases: dict, adjectives: dict,
                       implied: list) -> None:
    """The ties of one description of an entry's ``heads`` (``_entry_descriptions``)."""
    if root.pos_ in ("NOUN", "PROPN") and ctx.actor(root) is None:
        roles = [root, *(c for c in root.conjuncts if c.pos_ in ("NOUN", "PROPN") and ctx.actor(c) is None)]
        roles += _second_roles(ctx, root, of_phrases) + _second_posts(ctx, root)
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
        titles = [norm(w) for w in span_text(doc, start, c).split()]  # ("Co-leaders": one word, its plural a title's)
        titles = [w if w in words else w[:-1] for w in titles]
        own = [norm(t.text) for t in read_tokens(doc)[m.start:m.end] if norm(t.text) in words and t.text[:1].isupper()]
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
        label = [t.text for t in read_tokens(doc)[j + 1:c]]
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
        colon = next((t.i for t in read_tokens(doc)[m.end + 1:min(len(doc), m.end + 9)] if t.text == ":"), None)
        if colon is None:
            continue
        if any(norm(t.text) in _rel_words(ctx, "not_current_titles") for t in read_tokens(doc)[m.end + 1:colon]):
            continue  # "Name, Former Chief Executive Officer:": a post no longer held
        posts = " ".join(t.text for t in read_tokens(doc)[m.end + 1:colon]).split(" and ")
        ties = {_title_relation(kb, p.split()) for p in posts if p.strip()}
        typ = "leader_of" if "leader_of" in ties else "member_of" if "member_of" in ties else None
        if typ is not None and m.actor != company:
            ctx.add(m.actor, typ, company, doc[m.start:m.end], 0.6)


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


def _nicknamed_party(ctx: _Ctx) -> None:
    """"X's conservatives - formally the Y Union (YU) - won 44 seats", "X's greens (officially the Z Party)": a
    person's possessive on a plural common noun (the members by a nickname), then a dash, comma or bracket and a word
    of relations.yaml formal_name_markers before a named organisation: the person leads that organisation (not a
    stance noun of relations.yaml of_phrases: "X's rivals - formally the Y Union" names others)."""
    doc = ctx.doc
    markers = sorted((tuple(norm(w) for w in m.split()) for m in _rel_words(ctx, "formal_name_markers")),
                     key=len, reverse=True)
    if not markers:
        return
    for m in ctx.mentions:
        if m.actor < 0 or ctx.kind(m.actor) != "person":
            continue
        j = m.end
        if j + 3 >= len(doc) or doc[j].text not in ("'s", "\u2019s", "'", "\u2019"):
            continue
        j += 1
        while j < len(doc) and doc[j].tag_ in ("JJ", "VBN") and ctx.tok2m[j] < 0:
            j += 1  # "X's hard-line conservatives"
        if j >= len(doc) or doc[j].tag_ != "NNS" or not doc[j].is_lower or ctx.tok2m[j] >= 0 \
                or (ctx.kb.relations.get("of_phrases") or {}).get(doc[j].lemma_.lower()) not in (None, "leader_of",
                                                                                              "member_of"):
            continue  # (not "X's rivals - formally the Y Union": a stance noun names others)
        j += 1
        if j >= len(doc) or doc[j].text not in ("-", "\u2013", "\u2014", ",", "(", "--"):
            continue
        j += 1
        words = [norm(t.text) for t in read_tokens(doc)[j:j + 3]]
        size = next((len(mk) for mk in markers if tuple(words[:len(mk)]) == mk), 0)
        if not size:
            continue
        k = j + size
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        if k >= len(doc) or ctx.tok2m[k] < 0 or ctx.mentions[ctx.tok2m[k]].start != k:
            continue
        e = ctx.mentions[ctx.tok2m[k]].end
        if e < len(doc) and doc[e].text in ("'s", "\u2019s"):
            continue  # "formally the Y Union's members": not the body's own name
        body = ctx.actor(doc[k])
        if body is not None and ctx.kind(body) == "organization":
            ctx.add(m.actor, "leader_of", body, doc[m.start].sent, 0.6)


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
    if before is not None and _hyphened_word(before) in (rel.get("not_current_titles") or ()):
        return None  # "the would-be president, X", "an ex-premier, X": the word split at its hyphen
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
