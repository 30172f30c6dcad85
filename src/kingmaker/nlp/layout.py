"""Ties that the layout states: "Role: Name" lines (a list of officials, an entry's facts box).

The layout component (nlp/pipeline.py) records every "Label: value" line it sets apart; here a label that
is a role ("Chairwoman:", "Deputy Chair:", "Commander of the Northern Sector:") and a value that starts
with a person's name make the person a leader or member of the body the role is of: the one the label
names ("Chair of the Youth Wing: Name"), else the one the list is introduced with ("The Harbour Party
elected the following officials:"), else the one the document is about (a header line that is only the
body's name: a press release's issuer, an encyclopedia entry's title). State offices ("Prime minister:",
"Foreign minister:") are tied only to a body the label names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kingmaker.knowledge import norm
from kingmaker.nlp import BULLETS, after_honorific, doc_span, doc_text, per_doc, quoted, singular, tokens_within
from kingmaker.nlp import day_month_at, doc_ents, in_any, read_tokens, span_text
from kingmaker.nlp.pipeline import LABEL_LINES

_BODY_KINDS = ("organization", "country")
_SECOND = frozenset({"deputy", "vice", "assistant", "acting", "interim"})  # "Deputy Chair": a member, not the leader
HEADER_LINES = 3  # a document's subject is named in its first lines


def label_ties(ctx) -> None:
    """Add the ties of the document's "Role: Name" lines to ``ctx`` (the relations' resolver)."""
    doc: Doc = ctx.doc
    _signed_posts(ctx)
    _signed_for(ctx)
    lines = doc.user_data.get(LABEL_LINES)
    _entry_fields(ctx, {first for first, _, _ in lines or ()})
    _entry_roles(ctx)
    if not lines:
        return
    _signatures(ctx, lines)
    starts = {first for first, _, _ in lines} | {value for _, value, _ in lines}
    profiled = {f.first: entity for entity, f in profile_fields(ctx)}
    _portfolio_lines(ctx, lines)
    for first, value, end in lines:
        if value >= end or value >= len(doc):
            continue
        persons = _names(ctx, value, end)
        if not persons:
            continue  # the value is a name: "Name", "Name, Member of the Assembly", "A, B and C"
        words, named = [], None
        opening = _opening_body(ctx, first, value)
        alias = _alias_end(doc, first, value) if opening is not None else None
        for t in doc[first:value]:
            if alias is not None and alias[0] <= t.i <= alias[1]:
                continue  # "- Harbour Party (HP) - liberal; leader: Name": the opening body's alias
            if t.lower_ in ("of", "for", "at", "in") or t.text in ("(", ":"):
                named = next((a for a in (ctx.actor(x) for x in doc[t.i:value]) if a is not None
                              and ctx.kind(a) in _BODY_KINDS), None)
                if named is not None and named == ctx.actor(doc[t.i - 1]) if t.i > first else False:
                    named, words = None, []  # "Members of the Assembly" taken for a name: no role read
                break
            words.append(norm(t.text))
        role = _role(ctx.kb, words)
        if role is None:
            # "Party leaders" over "Harbour Party: Name" lines: the label names the body, the heading the post
            label = _label_body(ctx, first, value)
            role = _heading_role(ctx, first, starts) if label is not None else None
            if role is not None:
                for person in persons:
                    ctx.add(person, role[0], label, doc[first:end], 0.6)
            continue
        typ, state_office = role
        body = named if named is not None else opening if opening is not None else profiled.get(first)
        if body is None and not state_office:
            body = _introduced_by(ctx, first, starts)
            if body is None:  # (an actor's index may be 0: no "or" chain)
                body = _subject(ctx)
        if body is not None:
            where = doc[value:end] if first in profiled else doc[first:end]  # (a profile's field: its value's line)
            for person in persons:
                ctx.add(person, typ, body, where, 0.6)


def _portfolio_lines(ctx, lines: list[tuple[int, int, int]]) -> None:
    """A cabinet's line-up: "- Finance: Name (Party)", "Foreign Affairs: Name": lines whose label is only a
    ministry's field (relations.yaml portfolio_fields; several joined by "and") and whose value opens with a
    person's name make that person a member of the state the bare title would (``title_home``, the
    article's state); at least two such lines, so that the labels read as a list of portfolios (a lone
    "Energy: Name" may head anything). A label that names a body ("Finance of the Harbour Party:") is left
    to the role lines."""
    from kingmaker.nlp.relations import cues

    doc: Doc = ctx.doc
    fields = cues().portfolio_fields
    found: list[tuple[list[int], Span]] = []
    for first, value, end in lines:
        if value >= end or value >= len(doc):
            continue
        words = [norm(t.text) for t in doc[first:value] if not t.is_space and t.text not in (":", "-", "–", "—")
                 and not (t.i == first and t.text in BULLETS)]
        parts = " ".join(words).replace(" & ", " and ").replace(" , ", " and ").split(" and ")
        if not words or not all(p.strip() in fields for p in parts):
            continue
        persons = _names(ctx, value, end)
        if persons:
            found.append((persons, doc[first:end]))
    if len(found) < 2:
        return
    home = ctx.title_home()
    if home is None:
        return
    for persons, where in found:
        for person in persons:
            ctx.add(person, "member_of", home, where, 0.6)


_ENTRY_LABEL_WORDS = 5  # "Chief of staff:", "Commander-in-chief:": a role's label inside an entry's paragraph


def _entry_fields(ctx, labelled: set[int]) -> None:
    """A labelled field inside an entry's description, "Role: Name" after a sentence's end or at the line's start
    (relations ``entry_heads``: a heading line that names a body, its paragraph under it: "The national army.
    Chief of staff: General Name (since 2021)."): the person holds the role in the body the heading names, as on a
    label line of its own (``labelled``: those ``label_ties`` reads). A label that names a body of its own, a
    state's office, or an entry with more than one head is left alone."""
    doc = ctx.doc
    heads_at = ctx.entry_heads()
    for start, heads in heads_at.items():
        if len(heads) != 1 or ctx.kind(heads[0]) not in _BODY_KINDS:
            continue
        sent = doc[start].sent
        for colon in (t.i for t in sent if t.text == ":"):
            first = colon
            while first > sent.start and (doc[first - 1].is_alpha or doc[first - 1].text == "-") \
                    and not doc[first - 1].is_space and colon - first < 2 * _ENTRY_LABEL_WORDS:
                first -= 1
            label = doc[first:colon]
            before = doc[first - 1] if first > 0 else None
            if first in labelled or not len(label) or not label[0].text[:1].isupper() \
                    or before is not None and before.text not in (".", ";") and "\n" not in before.text \
                    + before.whitespace_ or len([t for t in label if t.is_alpha]) > _ENTRY_LABEL_WORDS \
                    or any(ctx.actor(t) is not None for t in label):
                continue
            role = _role(ctx.kb, [norm(label.text.replace(" - ", "-"))]) \
                or _role(ctx.kb, [norm(t.text) for t in label if t.is_alpha])
            if role is None or role[1]:
                continue
            end = min(len(doc), colon + 12)
            for person in _names(ctx, colon + 1, end):
                ctx.add(person, role[0], heads[0], doc[first:end], 0.6)


def _entry_roles(ctx) -> None:
    """"The most prominent commander is Name.", "The group's ... ; the current leader is Name": in an entry's
    description (relations ``entry_heads``), a role with no owner of its own ("the commander", no "its", no "of
    Y") said to be a person is that person's post in the body the entry's heading names."""
    doc = ctx.doc
    for start, heads in ctx.entry_heads().items():
        if len(heads) != 1 or ctx.kind(heads[0]) not in _BODY_KINDS:
            continue
        root = doc[start].sent.root
        if root.lemma_ != "be":
            continue
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        attr = next((c for c in root.children if c.dep_ == "attr"), None)
        if subj is None or attr is None or any(c.dep_ in ("poss", "prep", "compound") for c in subj.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            continue
        role = _role(ctx.kb, [norm(subj.lemma_)])
        person = ctx.actor(attr)
        if role is not None and not role[1] and person is not None and ctx.kind(person) == "person":
            ctx.add(person, role[0], heads[0], doc[start].sent, 0.6)


# A profile (a dossier's entry, a fact sheet, a fact box): a line that names its entity, then lines of labelled
# fields said of it, one a line, up to the first line that is not a field (a rule, a paragraph of prose):
#   "Name: Harbour Front"      "Harbour Front"            (a "Name:" field, relations.yaml profile_name_labels,
#   "Leader: Dr. Tomas Vendrel"  "Leader: Tomas Vendrel"   or a line that is only the entity's name)
#   "Backers: Karvel; Ostravia"  "Seats: 19 of 120"
#   "Notes: Shelled the port in May; denied it."
#   "- Boycotted the vote in June."  (an item, maybe under a label of its own: "Recent activity:")
# A field's value is said of the entity: a role's label makes the persons it lists the entity's officers
# (``label_ties``), a tie's label (profile_field_labels) ties the entity to the bodies it lists
# (``profile_ties``), and a value's clauses with no subject of their own have the entity as their subject
# (relations ``entry_heads``: "Shelled the port in May", "Armed wing of the X Party", "Hostile to Y").
_FIELD = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?([A-Z][\w'\-]*(?:[ \t]+[\w'\-]+){0,3})[ \t]*:[ \t]+(?=\S)")
_PROFILE_HEAD_WORDS = 8  # a name line: a name, maybe an alias in brackets
_BULLET = re.compile(r"[ \t]*[-*\u2022\u2013][ \t]+(?=\S)")  # a profile's item: "- Boycotted the vote."
# a box's tag in capitals before a name ("FACT BOX: ", "PROFILE: "): the one pattern, read by actors' headings too
BOX_TAG = r"[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?:[ \t]+"
_BOX_TAG = re.compile(r"[ \t]*" + BOX_TAG + r"(?=[A-Z])")
_OPEN_LABEL = re.compile(r"[ \t]*[A-Z][\w'\-]*(?:[ \t]+[\w'\-]+){0,3}[ \t]*:[ \t]*$")  # "Activities:" over items


@dataclass(frozen=True)
class Field:
    """One labelled field of a profile: its label's words (normalised) and its tokens (label, value, line end)."""

    label: str
    first: int
    value: int
    end: int


@dataclass(frozen=True)
class Profile:
    """A profile block: the tokens of the line or field value that names its entity, and its other fields."""

    head: tuple[int, int]
    labelled: bool  # named by a "Name:" field (else by a line that is only the name)
    fields: tuple[Field, ...]


def profiles(doc: Doc) -> list[Profile]:
    """The document's profile blocks (see the notes above ``Field``), found once per Doc."""
    return per_doc(doc, "profiles", _find_profiles)


def _find_profiles(doc: Doc) -> list[Profile]:
    """Each run of field lines under a "Name:" field or a short line of capitalised words with no sentence end."""
    from kingmaker.nlp.relations import cues

    text = doc_text(doc)
    names = cues().profile_name_labels
    out: list[Profile] = []
    head: tuple[int, int] | None = None
    labelled, fields = False, []
    before = None  # the line before, when it may name a profile's entity: (start, end) in characters

    def close() -> None:
        if head is not None and fields and (labelled or len(fields) >= 2):
            out.append(Profile(head, labelled, tuple(fields)))

    for s, e in _lines(text):
        m = _FIELD.match(text, s, e)
        m = m if m is not None and not m.group(1).isupper() else None  # ("Q:", "ANCHOR:": a transcript's turns)
        label = norm(m.group(1)) if m else None
        if m is None and (head is not None or before is not None):
            m, label = _BULLET.match(text, s, e), ""  # "- Kidnapped two engineers in May.": an item said of it
        if m is None and head is not None and _OPEN_LABEL.match(text, s, e):
            continue  # "Recent activity:" over its items
        if m is not None and label in names:
            close()
            span = doc.char_span(m.end(), e, alignment_mode="expand")
            head, labelled, fields = ((span.start, span.end) if span is not None else None), True, []
        elif m is not None and (head is not None or before is not None):
            if head is None:
                span = doc.char_span(before[0], before[1], alignment_mode="expand")
                head, labelled, fields = ((span.start, span.end) if span is not None else None), False, []
            span = doc.char_span(s, e, alignment_mode="expand")
            value = doc.char_span(m.end(), e, alignment_mode="expand")
            if span is not None and value is not None and head is not None:
                fields.append(Field(label, span.start, value.start, span.end))
        else:
            close()
            head, fields = None, []
        tag = _BOX_TAG.match(text, s, e) if m is None else None  # "FACT BOX: THE X BRIGADE": the name after the tag
        line = text[tag.end() if tag else s:e].strip()
        before = (tag.end() if tag else s, e) if m is None and 0 < len(line.split()) <= _PROFILE_HEAD_WORDS and line[:1].isupper() \
            and line[-1:] not in ".!?:;,\"'\u201d" and (not line.isupper() or len(line.split()) <= 5) else None
        # (a name line in capitals too: "TOMAS VENDREL" over "Born: 1961", "FACT BOX: THE X BRIGADE" over its fields)
    close()
    return out


def profile_entity(ctx, profile: Profile) -> int | None:
    """The actor a profile is of: the first one its "Name:" field names, or the one its name line wholly names
    (titles aside: "Dr Tomas Vendrel"); None otherwise."""
    doc = ctx.doc
    start, end = profile.head
    if profile.labelled:
        return next((a for a in (_run_actor(ctx, t.i, end) for t in read_tokens(doc)[start:end]) if a is not None), None)
    line = doc[start:end]
    found = _line_person(ctx, line)
    return found if found is not None else _only_body(ctx, line)


def _run_actor(ctx, k: int, end: int) -> int | None:
    """The actor of the last of the names that stand together from token ``k`` on: "Karvel National Guard" read as
    the state "Karvel" and the "National Guard" is the Guard's."""
    a = None
    while k < end and ctx.actor(ctx.doc[k]) is not None:
        a = ctx.actor(ctx.doc[k])
        k += 1
    return a


def profile_fields(ctx) -> list[tuple[int, Field]]:
    """(the profile's entity, field) for each field of each profile whose entity the text names; a field whose
    label is a name (a transcript's speaker: "Tomas Vendrel:") makes the block no profile. Read once per resolver
    (the layout's ties, the relations' and the facts' rules all ask)."""
    out = ctx.__dict__.get("_profile_fields")
    if out is not None:
        return out
    out = ctx.__dict__["_profile_fields"] = []
    for profile in profiles(ctx.doc):
        entity = profile_entity(ctx, profile)
        if entity is None or any(_line_person(ctx, ctx.doc[f.first:f.value - 1]) is not None for f in profile.fields):
            continue
        out.extend((entity, f) for f in profile.fields)
    return out


def profile_ties(ctx) -> None:
    """A profile's fields whose label is a tie's (relations.yaml profile_field_labels: "Backers:", "Members:",
    "Affiliation:", "Allies:"): the entity is tied to each body or person that opens an item of the value (items
    set apart by semicolons, commas and "and", outside brackets): "Backers: Karvel (arms); Ostravia" - Karvel and
    Ostravia back the entity; "Affiliation: Harbour Front; Dunmere Party (politburo member)" - a member of both."""
    table = ctx.kb.relations.get("profile_field_labels") or {}
    doc = ctx.doc
    for entity, f in profile_fields(ctx):
        typ = table.get(f.label) or table.get(singular(f.label))
        if typ is None:
            continue
        reverse = typ.endswith("_reverse")
        typ = typ[:-len("_reverse")] if reverse else typ
        for a in _item_actors(ctx, f.value, f.end):
            if a != entity:
                ctx.add(*((a, typ, entity) if reverse else (entity, typ, a)), doc[f.value:f.end], 0.6)


def _item_actors(ctx, start: int, end: int) -> list[int]:
    """The actor each item of a list value opens with, after titles ("Iran (arms); Dr. Name, Name and Y");
    an item that opens with other words ("Funded by X") names none."""
    doc, kb = ctx.doc, ctx.kb
    out: list[int] = []
    k, depth, opening = start, 0, True
    while k < end:
        t = doc[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and (t.text in (";", ",") or t.lower_ in ("and", "&")):
            opening = True
        elif opening and depth == 0 and not t.is_space and t.text != ")":
            a = _run_actor(ctx, k, end)
            if a is not None:
                if a not in out:
                    out.append(a)
                opening = False
            elif t.lower_ != "the" and not (t.text[:1].isupper() and norm(t.text).rstrip(".") in kb.title_words) \
                    and t.text != ".":
                opening = False
        k += 1
    return out


def table_ties(ctx) -> None:
    """A results or forces table's leader, bloc and backer columns ("| Party | Leader | Bloc | Seats |", "| Group |
    Commander | Fighters | Main backer |", nlp/tables.py): the person named in a row under the leader's header leads
    that row's body; the body is a member of the one named under the bloc's header ("| Blue Way | Ana Sol | Dawn
    Alliance | 7 |") and is backed by the one under the backer's ("| Red Band | Name | 900 | Ostria (arms) |"). A
    row whose name opens with a dash ("| - 2nd Brigade | ... |") is a unit of the armed body of the row above it
    that has none. Tables with no count column are read for these columns too (their rows are no seats and no
    names for the actors stage)."""
    from kingmaker.nlp.facts import fact_cues, seat_rows
    from kingmaker.nlp.tables import seat_table_rows

    doc: Doc = ctx.doc
    rows = seat_rows(doc)
    text = doc_text(doc)
    if "\n" in text:  # a table with no count (no seats, no strength) but a leader's or a backer's column
        cues = fact_cues()
        taken = {r.start for r in rows}
        rows = sorted(rows + [r for r in seat_table_rows(text, cues.table_leader_headers | cues.table_backer_headers,
                                                         cues.table_leader_headers, cues.table_bloc_headers, "ties",
                                                         backer_headers=cues.table_backer_headers)
                              if r.start not in taken], key=lambda r: r.start)
    above = None  # the last row's armed body that is no unit of another
    for row in rows:
        party = _cell_actor(ctx, (row.name_start, row.name_end), "organization")
        line = doc.char_span(row.start, row.start + len(row.line), alignment_mode="expand")
        sub = row.name[:1] in ("-", "\u2013", "\u2014")  # (a dash, not any bullet: "*" marks a footnote in a cell)
        if party is None or line is None:
            above = None if not sub else above
            continue
        if sub:
            if above is not None and above != party and ctx.subkind(above) in ("military", "armed_group"):
                ctx.add(party, "part_of", above, line, 0.6)
        else:
            above = party
        ctx.add(_cell_actor(ctx, row.leader, "person"), "leader_of", party, line, 0.7)
        ctx.add(party, "member_of", _cell_actor(ctx, row.bloc, "organization"), line, 0.7)
        backer = _cell_actor(ctx, row.backer, "country")
        if backer is None:  # (not "or": actor 0 is a backer too)
            backer = _cell_actor(ctx, row.backer, "organization")
        if backer is not None and backer != party:
            ctx.add(backer, "backs", party, line, 0.6)


def _cell_actor(ctx, where: tuple[int, int] | None, kind: str) -> int | None:
    """The actor of the first name in a table cell (text offsets), if of that kind."""
    span = ctx.doc.char_span(where[0], where[1], alignment_mode="expand") if where else None
    a = next((ctx.actor(t) for t in span or () if ctx.actor(t) is not None), None)
    return a if a is not None and ctx.kind(a) == kind else None


def _signatures(ctx, lines: list[tuple[int, int, int]]) -> None:
    """The signature lines of an agreement or a statement: "For the X Party: Name, Chairman", "On behalf of Y:
    Ambassador Name". The signer acts for the one body the label names: its leader by a leader's title after the
    name or before it, else a member. The organisations that sign a document headed as a coalition's or an
    alliance's agreement (a coalition word and an agreement noun in its header lines) are allied to each other."""
    doc = ctx.doc
    kb = ctx.kb
    signers: list[int] = []
    for first, value, end in lines:
        words = [t.lower_ for t in doc_span(doc, first, value) if not t.is_punct and not t.is_space]
        if words[:1] != ["for"] and words[:3] != ["on", "behalf", "of"]:
            continue
        bodies = {a for a in (ctx.actor(t) for t in doc[first:value]) if a is not None}
        if len(bodies) != 1 or ctx.kind(next(iter(bodies))) not in _BODY_KINDS:
            continue
        body = bodies.pop()
        k, title = value, []
        while k < end and ctx.actor(doc[k]) is None and (norm(doc[k].text) in kb.title_words
                                                         or norm(doc[k].text) in kb.role_words):
            title.append(norm(doc[k].text))  # "Ambassador Name"
            k += 1
        person = ctx.actor(doc[k]) if k < end else None
        if person is None or ctx.kind(person) != "person":
            continue
        while k < end and ctx.actor(doc[k]) == person:
            k += 1
        if k < end and doc[k].text == ",":  # "Name, Head of the Bloc": the words before "of"
            after = [norm(t.text) for t in read_tokens(doc)[k + 1:end] if not t.is_punct and not t.is_space]
            title += after[:after.index("of")] if "of" in after else after
        role = _role(kb, title)
        ctx.add(person, role[0] if role is not None else "member_of", body, doc[first:end], 0.6)
        if ctx.kind(body) == "organization" and body not in signers:
            signers.append(body)
    if len(signers) > 1 and _coalition_document(ctx):
        ctx.add_pairs(signers, "allied_with", doc[lines[0][0]:lines[-1][2]], 0.6)


def delegation_rosters(ctx) -> None:
    """The line-up of a delegation in minutes or a communique: "X delegation: Dr. Name, chairman of ... (head of
    delegation); Colonel Name, commander of ...; one adviser", "Government delegation: General Name, ...; Name,
    Deputy Foreign Minister". Each item (up to a semicolon) opening with a person's name, after any titles, is a
    member of the body that sent the delegation: the one body the label names, else the article's state for a
    government's ("Government delegation:"; relations.yaml delegation_nouns, ruling_nouns). Read before the
    titles naming no state are given the article's state (the label says whose they are)."""
    from kingmaker.nlp.relations import cues

    doc = ctx.doc
    for first, value, end in doc.user_data.get(LABEL_LINES) or ():
        words = [t for t in doc[first:value] if not t.is_punct and not t.is_space]
        if not words or words[-1].lower_ not in cues().delegation_nouns:
            continue
        bodies = {a for a in (ctx.actor(t) for t in words) if a is not None}
        if len(bodies) > 1 or bodies and ctx.kind(next(iter(bodies))) not in _BODY_KINDS:
            continue
        body = bodies.pop() if bodies else ctx.home_state() if any(
            t.lower_ in cues().ruling_nouns for t in words) else None
        if body is None:
            continue
        k = value
        while k < end:
            item = next((t.i for t in read_tokens(doc)[k:end] if t.text == ";"), end)
            person = _item_name(ctx, k, item)
            if person is not None:
                ctx.add(person, "member_of", body, doc[first:end], 0.6)
            k = item + 1


def _item_name(ctx, start: int, end: int) -> int | None:
    """The person a list item opens with, after up to three title words ("General", "Dr.", "Ambassador"):
    "Colonel Name, commander of the Y"; None when the item opens otherwise ("two advisers")."""
    doc, kb = ctx.doc, ctx.kb
    k = start
    while k < end and doc[k].is_space:
        k += 1
    for _ in range(4):
        if k >= end:
            return None
        a = ctx.actor(doc[k])
        if a is not None:
            return a if ctx.kind(a) == "person" else None
        if not doc[k].text[:1].isupper() or not in_any(norm(doc[k].text).rstrip("."), kb.title_words, kb.role_words):
            return None
        k += 2 if k + 1 < end and doc[k + 1].text == "." else 1  # "Dr ." split by the tokenizer
    return None


def _signed_posts(ctx) -> None:
    """A signature block: a line that is only a person's name (titles aside), then a line that opens with the
    person's post: "Name" over "Commander, Karvel Front"; "Dr Name" over "Former Member of the Assembly
    (Harbour Party), North Reef"; or the block on one line, its parts set apart by bars (an e-mail's
    signature: "Name | First Secretary | Embassy of Karvel, Dunmere"). The first organisation or state the post's line names is the person's: led
    under a leader's title, else (a deputy's, a member's) a member of it, not at all under a former post; a party
    in brackets is the person's party (a member)."""
    doc, kb = ctx.doc, ctx.kb
    text = doc_text(doc)
    spans, pos, pairs = [], 0, []
    for line in text.split("\n"):
        strip = line.strip()
        at = pos + line.find(strip[:1]) if strip else pos
        span = doc.char_span(at, at + len(strip), alignment_mode="expand") if strip else None
        spans.append(span)
        bar = strip.find(" | ")
        if bar > 0 and strip.count(" | ") >= 2:  # "Name | Post | Body": the block on one line
            pairs.append((doc.char_span(at, at + bar, alignment_mode="expand"),
                          doc.char_span(at + bar + 3, at + len(strip), alignment_mode="expand")))
        pos += len(line) + 1
    for name, post in list(zip(spans, spans[1:])) + pairs:
        if name is None or post is None:
            continue
        person = _line_person(ctx, name)
        if person is None and (name, post) in pairs:
            person = _person_named(ctx, name)
        if person is None:
            continue
        words, k = [], post.start
        while k < post.end and ctx.actor(doc[k]) is None and doc[k].text not in (",", "(", "-", "of") \
                and doc[k].is_alpha:
            words.append(norm(doc[k].text))
            k += 1
        former = bool(words) and words[0] in (kb.relations.get("not_current_titles") or ())
        role = _role(kb, words[1:] if former else words)
        if role is None and not former:
            _later_post(ctx, person, post)  # "Bishop of Korr, Secretary, Y": a later post of the line names the body
            continue
        if role is None or len(words) > 5:
            continue
        depth, body, party = 0, None, None
        for t in doc[k:post.end]:
            depth += (t.text == "(") - (t.text == ")")
            a = ctx.actor(t) if t.text != "(" else _bracket_body(ctx, t)
            if a is None or a == person or ctx.kind(a) not in _BODY_KINDS:
                continue
            if depth > 0 and party is None and ctx.kind(a) == "organization":
                party = a
            elif depth == 0 and body is None:
                body = a
        if body is not None and not former:  # (a former post says nothing of the body now)
            ctx.add(person, role[0], body, post, 0.6)
        if party is not None:
            ctx.add(person, "member_of", party, post, 0.6)


def _later_post(ctx, person: int, post: Span) -> None:
    """A signature's post line that opens with a post of no body ("Archbishop of Dunmere", a see: capitalised words
    before "of", no person before the first comma) and goes on, after a comma, to a role set between commas right
    before the body's name: "Bishop of Korr, Secretary, Velnar Episcopal Conference" makes a member of it, "...,
    President, Y" its leader; a former post ("..., Past President, Y": relations.yaml not_current_titles,
    not_current_words) ties nothing. Only the first such role and body count."""
    from kingmaker.nlp.relations import cues

    doc, kb = ctx.doc, ctx.kb
    commas = [t.i for t in post if t.text == ","]
    head = doc[post.start:commas[0]] if commas else None
    of = next((t.i for t in head if t.lower_ == "of"), None) if head is not None else None
    if of is None or not 0 < of - post.start <= 3 or any(ctx.kind(a) == "person" for a in _line_actors(
            ctx, head.start_char, head.end_char)) \
            or any(not t.is_alpha or not t.text[:1].isupper() for t in read_tokens(doc)[post.start:of]):
        return  # (no post of no body first: "Name, Chairman, Y" is another signer's line, a list's)
    former = set(kb.relations.get("not_current_titles") or ()) | cues().not_current_words
    for c, d in zip(commas, commas[1:]):
        words = doc[c + 1:d]
        if not 0 < len(words) <= 3 or any(not t.is_alpha or ctx.actor(t) is not None for t in words):
            continue
        if norm(words[0].text) in former:
            continue  # "Bishop of Korr, Past President, Y": no post now
        role = _role(kb, [norm(t.text) for t in words])
        body = ctx.actor(doc[d + 1]) if d + 1 < post.end else None
        if role is not None and body is not None and body != person and ctx.kind(body) in _BODY_KINDS:
            ctx.add(person, role[0], body, post, 0.6)
            return


def _bracket_body(ctx, open_: Token) -> int | None:
    """The organisation a bracket opening at ``open_`` names in full ("(Harbour Party)"), though the name finder
    took it for an alias of the words before it; None when it names none the text has."""
    doc = ctx.doc
    close = next((t.i for t in read_tokens(doc)[open_.i + 1:min(open_.i + 8, len(doc))] if t.text == ")"), None)
    if close is None or close == open_.i + 1:
        return None
    inner = norm(span_text(doc, open_.i + 1, close))
    return next((a.idx for a in ctx.actors if a.kind == "organization" and a.mentions
                 and inner in {norm(n) for n in a.names}), None)


def _signed_for(ctx) -> None:
    """A signature block that names the body first, on a line of its own that ends in a comma or nothing: "For the
    Electoral Court," over "The President, Name" (or "Name, President", "President Name"). The signer holds the post
    in that body: led under a leader's title, else (a deputy's, a member's) a member of it, and the title is no office
    of a state read from the title alone. The line after the body's must be the signer's alone: the person's name
    and the title words, nothing else."""
    doc, kb = ctx.doc, ctx.kb
    text = doc_text(doc)
    lines, pos = [], 0
    for line in text.split("\n"):
        strip = line.strip()
        at = pos + line.find(strip[:1]) if strip else pos
        lines.append(doc.char_span(at, at + len(strip), alignment_mode="expand") if strip else None)
        pos += len(line) + 1
    for head, sign in zip(lines, lines[1:]):
        if head is None or sign is None:
            continue
        words = [t.lower_ for t in read_tokens(doc)[head.start:head.end] if not t.is_space]  # (no Token per word)
        if words[-1:] == [","]:
            words = words[:-1]
        if words[:1] != ["for"] and words[:3] != ["on", "behalf", "of"] or len(words) > 10:
            continue
        bodies = {a for a in (ctx.actor(t) for t in head) if a is not None}
        if len(bodies) != 1 or ctx.kind(next(iter(bodies))) not in _BODY_KINDS:
            continue
        body = bodies.pop()
        persons = {a for a in (ctx.actor(t) for t in sign) if a is not None}
        if len(persons) != 1 or ctx.kind(next(iter(persons))) != "person":
            continue
        person = persons.pop()
        title = [norm(t.text) for t in sign if ctx.actor(t) is None and not t.is_punct and not t.is_space
                 and t.lower_ not in ("the", "a")]
        if not title or len(title) > 4 or any(w not in kb.title_words and w not in kb.role_words for w in title):
            continue  # (a sentence, not a signer's line)
        role = _role(kb, title)
        if role is None:
            continue
        ctx.add(person, role[0], body, doc[head.start:sign.end], 0.6)
        # the title is the body's post, not an office of the article's state read from the title alone
        ctx.hits[:] = [h for h in ctx.hits if not (
            h.source == person and h.target != body and h.type in ("leader_of", "member_of")
            and ctx.kind(h.target) == "country" and h.span.start < sign.end and h.span.end > sign.start)]


def _line_person(ctx, line: Span) -> int | None:
    """The person a line is wholly the name of, maybe after titles ("Dr Name", "Haji Name"); None otherwise."""
    from kingmaker.nlp.relations import cues

    kb = ctx.kb
    person = None
    start = line.start
    opener = next((k for k in range(min(line.end, start + 4), start, -1)
                   if norm(doc_span(ctx.doc, start, k).text).rstrip(",:") in cues().sign_offs), None)
    if opener is not None:
        start = opener  # "(Signed) Name": the sign-off opening the name's line (relations.yaml sign_offs)
    # "Most Rev. Name", "H.E. Name": the honorific of address before the name (roles.yaml honorifics)
    start = after_honorific(kb, ctx.doc, start, line.end)
    for t in read_tokens(ctx.doc)[start:line.end]:  # (the listed tokens: no new Token per word)
        a = ctx.actor(t)
        if a is None and person is None and in_any(norm(t.text).rstrip("."), kb.title_words, kb.role_words):
            continue
        if a is None and t.is_punct and t.text == ".":
            continue
        if a is None or ctx.kind(a) != "person" or person is not None and a != person:
            return None
        person = a
    return person


def _person_named(ctx, span: Span) -> int | None:
    """The person the text names elsewhere with just the words of ``span`` (a signature's name the NER left
    untagged on its line of bars): "Name | Post | Body" after "From: Name <address>"."""
    doc = ctx.doc
    words, _tk = norm(span.text), read_tokens(doc)
    for ent in doc_ents(doc):  # (the entities made once per Doc: spaCy makes them anew on each ``doc.ents``)
        a = ctx.actor(_tk[ent.start])  # (the listed token: no new Token per entity)
        if a is not None and ent.label_ == "PERSON" and ctx.kind(a) == "person" \
                and norm(span_text(doc, ent.start, ent.end)) == words:
            return a
    return None


def _coalition_document(ctx) -> bool:
    """The document's header lines name a coalition's or an alliance's agreement ("COALITION AGREEMENT FOR ...")."""
    from kingmaker.nlp.relations import cues

    text = doc_text(ctx.doc)
    words = {norm(w) for w in text[:_header_end(text)].replace("-", " ").split()}
    return bool(words & cues().coalition_words) and bool(words & cues().agreement_nouns)


def _opening_body(ctx, first: int, value: int) -> int | None:
    """The organisation a list item opens with when its label comes after a separator further on the line:
    "- Green List - ecologist; co-leaders: A and B" (the officers are the Green List's)."""
    doc = ctx.doc
    k = first
    while k < value and (doc[k].is_punct or doc[k].is_space) and ctx.actor(doc[k]) is None:
        k += 1  # a bullet
    if k - first > 2:
        return None
    # the first organisation within the line's first words ("- Weavers' Welfare Party" read from "Welfare")
    body = next((a for a in (ctx.actor(t) for t in doc[k:min(k + 4, value)]) if a is not None), None)
    if body is None or ctx.kind(body) != "organization":
        return None
    if not any(t.text in (";", ",") for t in read_tokens(doc)[k:value]):
        return None  # "Party leader: Name": the label itself, no item before it
    return body


def _alias_end(doc: Doc, first: int, value: int) -> tuple[int, int] | None:
    """The first bracket of a label line, when it closes before the value: (its "(", its ")")."""
    open_ = next((t.i for t in read_tokens(doc)[first:value] if t.text == "("), None)
    close = next((t.i for t in read_tokens(doc)[open_:value] if t.text == ")"), None) if open_ is not None else None
    return (open_, close) if close is not None else None


def _names(ctx, value: int, end: int) -> list[int]:
    """The persons a label's value lists from its start: "Name", "A, B and C" (up to a word that is no
    name: "Name, Member of the Assembly" lists one)."""
    doc = ctx.doc
    out: list[int] = []
    k = _past_titles(ctx, value, end)
    while k < end:
        a = ctx.actor(doc[k])
        if a is None or ctx.kind(a) != "person":
            break
        out.append(a)
        while k < end and ctx.actor(doc[k]) == a:
            k += 1
        while k < end and (doc[k].lower_ in (",", "and", "&") or doc[k].is_space):
            k += 1
    return out


def _past_titles(ctx, start: int, end: int) -> int:
    """The first token after the titles a value opens with, and a bracket among them: "Col. (ret.) Name",
    "Dr. Name", "Prime Minister Name" (``start`` when it opens with none)."""
    doc, kb = ctx.doc, ctx.kb
    k = start
    while k < end and ctx.actor(doc[k]) is None:
        t = doc[k]
        if t.text == "(":
            close = next((j for j in range(k + 1, min(k + 5, end)) if doc[j].text == ")"), None)
            if close is None or k == start:
                return start
            k = close + 1
        elif t.text[:1].isupper() and norm(t.text).rstrip(".") in kb.title_words or t.text == "." and k > start:
            k += 1
        else:
            return start
    return k


def _role(kb, words: list[str]) -> tuple[str, bool] | None:
    """The tie a label's role words make ("chairwoman" leader_of, "secretary" member_of) and whether the
    role is a state's office; None when the label is no role ("Q", "PRESENTER", "Background")."""
    if words and words[-1].endswith("s") and words[-1][:-1] in kb.role_words:
        words = words[:-1] + [words[-1][:-1]]  # "Members of the Assembly:", "Deputy chairs:"
    for n in range(min(3, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        state_office = phrase in kb.head_of_state_titles or "minister" in phrase.split()
        if phrase in kb.leader_roles:
            return ("member_of" if _SECOND & set(words) else "leader_of"), state_office
        if phrase in kb.member_roles:
            return "member_of", state_office
    return None


def _label_body(ctx, first: int, value: int) -> int | None:
    """The organisation a label is the name of, whole ("Harbour Party:"), or None."""
    doc = ctx.doc
    toks = [t for t in doc[first:value] if not (t.is_punct or t.lower_ == "the")]
    found = {ctx.actor(t) for t in toks}
    a = next(iter(found)) if len(found) == 1 else None
    return a if a is not None and ctx.kind(a) == "organization" else None


def _heading_role(ctx, first: int, starts: set[int]) -> tuple[str, bool] | None:
    """The post a list's heading line names in the plural ("Party leaders", "Commanders:") over "Body: Name" lines:
    the line right before the list, with no verb, ending in a plural role word."""
    doc = ctx.doc
    k = first - 1
    while k >= 0 and doc[k].sent.start in starts:
        k = doc[k].sent.start - 1  # a label or a value of the list itself
    if k < 0:
        return None
    sent = doc[k].sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > 4 or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or not (words[-1].lower_.endswith("s") or words[-1].lower_.endswith("men")) \
            or any(ctx.actor(t) is not None for t in words):
        return None
    last = norm(words[-1].text)
    last = last[:-3] + "man" if last.endswith("men") else last  # "Chairmen", "Spokeswomen"
    return _role(ctx.kb, [norm(t.text) for t in words[:-1]] + [last])


def _introduced_by(ctx, first: int, starts: set[int]) -> int | None:
    """The body named in the sentence that opens the list ("The party elected these officials:")."""
    doc = ctx.doc
    k = first - 1
    while k >= 0:
        sent = doc[k].sent
        if sent.start not in starts:
            break
        k = sent.start - 1  # a label or a value of the list itself
    if k < 0:
        return None
    sent = doc[k].sent
    if not sent.text.rstrip().endswith(":"):
        return None
    # named in full, not described: "the Congress" of the party is no legislature the resolver may take it for
    found = [a for a in (ctx.actor(t) for t in sent if _full_name(ctx, t)) if a is not None
             and ctx.kind(a) in _BODY_KINDS]
    return found[-1] if found else None


def _full_name(ctx, tok) -> bool:
    """``tok`` is in a mention of two words or more, or an acronym ("the Harbour Party", "HP")."""
    i = ctx.tok2m[tok.i]
    text = ctx.mentions[i].text if i >= 0 else ""
    return len(text.split()) >= 2 or len(text) >= 2 and text.isupper()


def _header_end(text: str) -> int:
    """Where a document's header (its first ``HEADER_LINES`` lines) ends: its last line break, the text's end
    when it has fewer lines; the sentences after it are the body.

    >>> _header_end("TITLE\\nsub\\ndate\\nbody"), _header_end("one line")
    (14, 8)
    """
    cut = -1
    for _ in range(HEADER_LINES):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            return len(text)
    return cut


def _subject(ctx) -> int | None:
    """The body a header line of the document is wholly the name of ("Harbour Party (HP)")."""
    doc = ctx.doc
    cut = _header_end(doc_text(doc))  # (found once, not per sentence)
    for sent in doc.sents:
        if sent.start_char > cut:
            break
        body = _only_body(ctx, sent)
        if body is not None:
            return body
    return None


def _only_body(ctx, sent: Span) -> int | None:
    """The organisation ``sent`` is the name of ("The Velo Front"), with at most an alias in brackets; in a heading
    "Parent Body - Sub-body" (a house and one of its committees: "Grand Assembly of X - Committee on Trade"), the
    body after the dash, when all before it are words of a name."""
    dashes = [t.i for t in sent if t.text in ("-", "\u2013", "\u2014") and t.whitespace_ and t.i > sent.start
              and sent.doc[t.i - 1].whitespace_]
    if dashes and dashes[-1] + 1 < sent.end and all(
            t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for", "on") or t.text in ("-", "\u2013", "\u2014")
            for t in sent.doc[sent.start:dashes[-1]]):
        return _only_body(ctx, sent.doc[dashes[-1] + 1:sent.end])
    if len(sent) > 1 and sent[0].lower_ == "the":
        sent = sent[1:]
    first = ctx.actor(sent[0])
    if first is None or ctx.kind(first) != "organization":
        return None
    depth = 0
    for t in sent:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and not t.is_punct and not t.is_space and ctx.actor(t) != first:
            return None  # a word outside the name: a headline, a sentence
    return first


# A decision's or resolution's operative paragraphs. "The Regional Council, / Recalling ..., / Deeply
# concerned ..., / 1. Strongly condemns the attack by X; / 2. Demands that X withdraw ...": the body named alone on the
# line above the preamble (its name and a comma) is the subject of every operative paragraph's verb; the
# preamble's participles (lines ending with a comma) state no act. The paragraphs run on while each is numbered or
# opens with an operative verb (relations.yaml operative_verbs), or is a preambular line; the first other line ends
# them ("EXPLANATIONS OF POSITION", a paragraph of prose).
_ISSUER_LINE = re.compile(r"[ \t]*(?:The |THE )?[A-Z][^\n,;:.]{2,80},[ \t]*$")
_ENUMERATION = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+")


@dataclass(frozen=True)
class Operative:
    """The issuer of a decision's operative paragraphs and the first tokens of their sentences."""

    body: int
    starts: frozenset[int]


def operative(ctx) -> Operative | None:
    """The document's operative paragraphs (read once per resolver; see the notes above ``Operative``)."""
    found = ctx.__dict__.get("_operative", False)
    if found is False:
        found = ctx._operative = _find_operative(ctx)
    return found


def _opens_operative(ctx, doc, start: int, end: int) -> bool:
    """The line between the characters ``start`` and ``end`` opens with an operative verb ("Strongly condemns",
    "Calls upon", "Takes note"), after its number if any."""
    from kingmaker.nlp.relations import cues

    words = [doc[i] for i in tokens_within(doc, start, end) if doc[i].is_alpha]
    if words and words[0].pos_ == "ADV" and len(words) > 1:
        words = words[1:]  # "Strongly condemns", "Further requests"
    if not words or not words[0].text[:1].isupper():
        return False
    w = words[0]
    return bool({w.lower_, singular(w.lower_), w.lower_[:-1], w.lemma_.lower()} & cues().operative_verbs)


def _find_operative(ctx) -> Operative | None:
    doc = ctx.doc
    text = doc_text(doc)
    lines = _lines(text)
    for k, (s, e) in enumerate(lines):
        if not _ISSUER_LINE.match(text[s:e]):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        body = _only_body(ctx, span) if span is not None and len(span) else None
        if body is None:
            continue
        starts: set[int] = set()
        for s2, e2 in lines[k + 1:]:
            line = text[s2:e2].rstrip()
            numbered = _ENUMERATION.match(line)
            if line.endswith(",") and not numbered:
                continue  # a preambular paragraph: "Recalling its decisions ...,"
            if not numbered and not _opens_operative(ctx, doc, s2, e2):
                break
            starts |= {doc[i].sent.start for i in tokens_within(doc, s2, e2)}
        if starts:
            return Operative(body, frozenset(starts))
    return None


# The document's own voice. A speech, a memo, a statement or a letter speaks in the first person outside quotation
# marks: "we won nine seats", "units of the army shelled our positions". A header line opening with a voice cue
# (relations.yaml voice_openers: "Speech by NAME, leader of the X Party", "From: Office of the Commander, NAME")
# names who speaks below it, and a signature block after a sign-off (sign_offs: "(signed)" / "NAME" /
# "Commander, X Brigades") who signed what is above it; a book's title line naming its writer (after one of
# relations.yaml authorship_phrases) who writes below it. "I" is that person; "we", "us", "our" the body the person
# speaks for: the one named on the cue line, else in the signature, else the one body the text ties the person to.
# A newspaper's own "we" ("We publish it in full") stands before any such header: it is never read as anyone.
_OPENER_LINES = 15  # a voice's header stands among a document's first lines (after an editor's note at most)
_AUTHOR_LINES = 3  # a book's title line naming its writer ("the memoirs of NAME"): among the first lines
_SIGNATURE_LINES = 3  # a signature block: the name, then a title or two
_PLURAL_FIRST = frozenset({"we", "us", "our", "ours"})
_LINE_LABEL = re.compile(r"[A-Z][A-Z ]{1,30}: +")  # "TRANSCRIPT: Speech by ...": a tag before the cue


@dataclass(frozen=True)
class Voice:
    """Who speaks in a document's own voice, between the characters ``start`` and ``end``: ``person`` ("I") and
    ``body`` ("we"; None when only the ties the text finds tell it)."""

    start: int
    end: int
    person: int | None
    body: int | None
    signature: tuple[int, int] | None = None  # the signature block's title lines (characters), if any


def voice(ctx) -> Voice | None:
    """The document's own voice (read once per resolver, from its layout lines); None when it has none."""
    found = ctx.__dict__.get("_voice", False)
    if found is False:
        found = ctx._voice = _find_voice(ctx)
    return found


def voice_at(ctx, tok) -> Voice | None:
    """The voice ``tok`` speaks in: the document's, when ``tok`` stands in its span and outside quotation marks
    (a quoted "we" is whoever the quotation is attributed to)."""
    found = voice(ctx)
    if found is None or not found.start <= tok.idx < found.end or quoted(tok):
        return None
    return found


def voice_body(ctx, tok) -> int | None:
    """The body the first-person plural ``tok`` ("we", "us", "our") stands for in the document's own voice: the
    body the layout names, else the one organisation or state the text ties the speaking person to so far."""
    if tok.pos_ != "PRON":  # "our positions": the pronoun on the noun
        tok = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), tok)
    found = voice_at(ctx, tok) if tok.lower_ in _PLURAL_FIRST else None
    if found is None or tok.dep_ == "poss" and names_another(ctx, tok.head):
        return None  # (not "our brothers in the X Party": theirs; not "my party": the person's)
    if found.body is not None:
        return found.body
    if found.person is None:
        return None
    bodies = {h.target for h in ctx.hits if h.source == found.person and h.type in ("leader_of", "member_of")
              and ctx.kind(h.target) in _BODY_KINDS}
    return bodies.pop() if len(bodies) == 1 else None


def names_another(ctx, noun) -> bool:
    """"our brothers in the X Party", "our friends in Tehran", "my friend Name", "our Turkish allies": a phrase
    on a speaker's possessive that names another actor (in a preposition, an apposition, a capitalised or named
    modifier, "the Party's"): the speaker's friends, not the speaker's side."""
    def named(t) -> bool:
        return ctx.actor(t) is not None or t.pos_ == "PROPN" and t.i > 0 and t.doc[t.i - 1].lower_ == "the"

    for c in noun.children:
        if c.dep_ in ("amod", "compound") and (c.text[:1].isupper() or ctx.actor(c) is not None):
            return True
        if c.dep_ == "appos" and _role(ctx.kb, [norm(noun.lemma_)]) is not None:
            continue  # "our deputy chair, Name": the post's holder, one of the speaker's own
        if (c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "at", "including")) \
                and any(named(t) for t in c.subtree):
            return True
    return False


def voice_person(ctx, tok) -> int | None:
    """The person the first-person singular ``tok`` ("I", "me", "my") stands for in the document's own voice."""
    found = voice_at(ctx, tok)
    return found.person if found is not None else None


def _lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank line of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _opens(line: str, cue_phrases: frozenset[str]) -> int | None:
    """Where the cue ``line`` opens with ends (its offset in the line; after a tag in capitals: "TRANSCRIPT:
    Speech by ..."), or None when it opens with none of ``cue_phrases``.

    >>> cue = frozenset({"speech by"})
    >>> _opens("TRANSCRIPT: Speech by A, leader of B", cue), _opens("A speech by B", cue)
    (21, None)
    """
    tag = _LINE_LABEL.match(line)
    for skip in dict.fromkeys((len(line) - len(line.lstrip()), tag.end() if tag is not None else 0)):
        skip += line[skip:].startswith("[")  # ("FROM: X" is a cue itself; "TRANSCRIPT: Speech by X" after a tag)
        words = norm(line[skip:])
        for p in cue_phrases:
            if words == p or words.startswith(p) and (p.endswith(":") or words[len(p):len(p) + 1] in (" ", ",")):
                return skip + len(p)  # (norm keeps the length of a line of plain words)
    return None


def _line_actors(ctx, start: int, end: int) -> list[int]:
    """The actors named on the line between the characters ``start`` and ``end``, in order, each once."""
    found: list[int] = []
    for i in tokens_within(ctx.doc, start, end):
        a = ctx.actor(ctx.doc[i])
        if a is not None and a not in found:
            found.append(a)
    return found


def _line_body(ctx, actors: list[int], places: frozenset[int] = frozenset()) -> int | None:
    """The body a voice's line names: its first organisation (no media outlet), else its first state that is not
    only the place and date the words were given (``places``: ``_dated_places``)."""
    orgs = [a for a in actors if ctx.kind(a) == "organization" and ctx.subkind(a) != "media"]
    states = [a for a in actors if ctx.kind(a) == "country" and a not in places]
    return (orgs or states or [None])[0]


_AUDIENCE_WORDS = frozenset({"to", "at", "before"})


def _audience(ctx, start: int, end: int) -> frozenset[int]:
    """"Address by President X of Ostravia to the Ocean Forum", "Remarks by X at the Harbour Summit": the bodies a
    voice's line names only right after "to", "at" or "before" (a "the" maybe), between the characters ``start``
    and ``end``: the audience or the venue the words were given to, not the speaker's body ("Statement by the
    Government of Ostravia" keeps its body). A body named elsewhere on the line as well is kept out of this set."""
    doc = ctx.doc
    heard: set[int] = set()
    other: set[int] = set()
    for i in tokens_within(doc, start, end):
        a = ctx.actor(doc[i])
        if a is None or i > 0 and ctx.actor(doc[i - 1]) == a:
            continue  # (the mention's first word decides)
        k = i - (i > 0 and doc[i - 1].lower_ == "the")
        (heard if k > 0 and doc[k - 1].lower_ in _AUDIENCE_WORDS else other).add(a)
    return frozenset(heard - other)


def _dated_places(ctx, start: int, end: int) -> frozenset[int]:
    """"Remarks by the Director at a side event, Lakeport, 31 October 2025": the states (or towns taken for states)
    named on the line between the characters ``start`` and ``end`` only after a comma, "in" or "at" and right before
    a comma and a date (a day and a month's name, either way round, "on" maybe): the place where and when the words
    were given, not the speaker's body ("Statement by the Government of Ostravia, 3 May 2025" keeps its state). A state named elsewhere on the line as well is kept out of this set."""
    doc = ctx.doc
    dated: set[int] = set()
    other: set[int] = set()
    idx = list(tokens_within(doc, start, end))
    for i in idx:
        a = ctx.actor(doc[i])
        if a is None or ctx.kind(a) != "country" or i + 1 < len(doc) and ctx.actor(doc[i + 1]) == a:
            continue  # (the mention's last word decides)
        k = i
        while k > 0 and ctx.actor(doc[k - 1]) == a:
            k -= 1
        j = i + 1
        if k > 0 and (doc[k - 1].text == "," or doc[k - 1].lower_ in ("in", "at")) \
                and j + 2 < len(doc) and doc[j].text == ",":
            # (the place after a comma or "in"/"at": "..., Lakeport, 3 May"; not the speaker's own state: "Statement
            # by the Government of Ostravia, 3 May")
            if day_month_at(doc, j + 1):
                dated.add(a)
                continue
        other.add(a)
    return frozenset(dated - other)


_ISSUER_LINES = 8  # an issued document's header: its first lines, above its first paragraph of prose
_PROSE_WORDS = 12  # a line of prose: this many words or more, ending a sentence


def header_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of the lines of a document's header: its first lines, up to its first line of prose.

    >>> text = "PRESS RELEASE\\nThe X Party\\nThe party met on Monday and elected a new chair for a term of three years.\\nEnd"
    >>> [text[s:e] for s, e in header_lines(text, _lines(text))]
    ['PRESS RELEASE', 'The X Party']
    """
    out = []
    for s, e in lines[:_ISSUER_LINES]:
        line = text[s:e].strip().rstrip("\"'\u201d)")
        if len(line.split()) >= _PROSE_WORDS and line.endswith((".", "!", "?")):
            break
        out.append((s, e))
    return out


def _phrase_spans(words: str, phrases: frozenset[str]) -> list[tuple[int, int]]:
    """The (start, end) of the first match of each of ``phrases`` found as whole words in ``words`` (normalised),
    in the order they stand."""
    out = []
    for p in phrases:
        if p not in words:
            continue  # (a phrase not in the line at all: no pattern built and searched)
        m = re.search(r"(?<![\w])" + re.escape(p) + r"(?![\w])", words)
        if m is not None:
            out.append((m.start(), m.end()))
    return sorted(out)


def _has_phrase(words: str, phrases: frozenset[str]) -> int | None:
    """Where the earliest of ``phrases`` found as whole words in ``words`` (normalised) ends, else None."""
    spans = _phrase_spans(words, phrases)
    return spans[0][1] if spans else None


def _issuer_voice(ctx, text: str, lines: list[tuple[int, int]]) -> Voice | None:
    """The voice of a document a body issues in its own name: a header (``header_lines``) with a line naming the
    kind of document (word_lists issued_documents: "PRESS RELEASE", "Election Programme 2027") and a line that is
    wholly the body's name ("The X Party (XP)"), or a phrase naming its issuer outright (issuer_phrases: "published
    by the X Front"; issuer_fields opening a line: "Delegation: X", and no voice where such fields name more than
    one body). "we", "us", "our" outside quotation marks below are that body (no person: "I" stays
    unresolved). None when the header has neither (a news story, a report, an analyst's note: their "we" is no
    actor)."""
    from kingmaker.nlp.relations import cues

    c = cues()
    head = header_lines(text, lines)
    body, fielded = None, []
    for s, e in head:
        line = text[s:e].lower()
        lead = len(line) - len(line.lstrip())
        field = next((p for p in sorted(c.issuer_fields, key=len, reverse=True)
                      if re.match(re.escape(p) + r"(?![\w])", line[lead:])), None)
        if field is not None:
            # "Delegation: The Republic of Velna", "Submitted by the X Front": a field opening its line
            # (issuer_fields) names the issuer in its whole value, a person before the body aside
            found = [a for a in _line_actors(ctx, s + lead + len(field), e) if ctx.kind(a) in _BODY_KINDS]
            fielded += [a for a in found if a not in fielded]
            body = found[0] if body is None and found else body
            continue
        for _, at in _phrase_spans(line, c.issuer_phrases):
            # "published by the Movement", "Issued by the X Front, 3 May", "X, on behalf of the Y League": the body
            # named after a phrase, up to a comma or a bracket (the line's phrases in turn until one names one)
            stop = min([e] + [s + at + k for k in (line[at:].find(","), line[at:].find(")")) if k >= 0])
            found = [a for a in _line_actors(ctx, s + at, stop) if ctx.kind(a) in _BODY_KINDS]
            if found:
                body = found[0] if body is None else body
                break
    if len(fielded) > 1:
        return None  # "Delegation: X" over "Delegation: Y", "Submitted by: X, Y and Z": a joint paper, no one voice
    if body is None and any(_has_phrase(norm(text[s:e]), c.issued_documents) is not None for s, e in head):
        for s, e in head:
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            body = _only_body(ctx, span) if span is not None and len(span) else None
            if body is not None and ctx.subkind(body) != "media":
                break
            body = _state_office(ctx, span) if span is not None and len(span) else None
            if body is not None and body >= 0:
                break
            body = None
    if body is None:
        return None
    return Voice(head[0][0], len(text), None, body)


def header_office(ctx) -> int | None:
    """The state whose office the document's first line names, that line wholly the office's name ("HOUSE OF
    DELEGATES OF THE REPUBLIC OF X", "MINISTRY OF DEFENCE OF X": ``_state_office``), or whose office a letterhead
    names over its first two lines, the first wholly office words and the second the state's ("MINISTRY OF
    DEFENCE" over "GOVERNMENT OF THE REPUBLIC OF X"); None otherwise."""
    text = doc_text(ctx.doc)
    lines = _lines(text)
    for k, (s, e) in enumerate(lines[:2]):
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            return None
        state = _state_office(ctx, span)
        if state is not None and state >= 0:
            return state
        if state is None:
            return None  # (a line of other words: no letterhead)
    return None


def _state_office(ctx, line: Span) -> int | None:
    """The state a header line names as its office ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF X"): one state
    named, every other word one of relations.yaml state_office_words (or state_style_words: "PEOPLE'S REPUBLIC OF
    X"); -1 for a line of office words alone, naming no state ("MINISTRY OF FOREIGN AFFAIRS"); None otherwise."""
    from kingmaker.nlp.relations import cues

    words, style = cues().state_office_words, cues().state_style_words
    state, styled = None, False
    for t in line:
        if t.is_punct or t.is_space or norm(t.text) in ("'s", "s"):
            continue  # (the possessive of "THE PEOPLE'S REPUBLIC")
        a = ctx.actor(t)
        if a is not None and ctx.kind(a) == "country" and state in (None, a):
            state = a
        elif norm(t.text) in style and norm(t.text) not in words:
            styled = True
        elif norm(t.text) not in words:
            return None
    if state is None:
        return None if styled else -1  # ("UNITED DEMOCRATIC UNION": a party's name, no state's office)
    return state


def _title_line(low: str, at: int) -> bool:
    """Whether the line ``low`` (lower case), naming a writer by an authorship phrase ending at ``at``, is a book's
    title line: it opens with a source phrase (relations.yaml authorship_openers: 'From "Title", the memoirs of X',
    "Excerpted from the diary of Y") or sets a quoted title before the phrase, and no "I", "me" or "my" of its own
    speaks in it ("reading the memoirs of X, I was struck": a columnist, not X)."""
    from kingmaker.nlp.relations import cues

    if re.search(r"\b(?:i|me|my)\b", low):
        return False
    head = low.lstrip(" \t*_#>\"'\u201c\u2018")
    return any(re.match(re.escape(o) + r"(?![\w])", head) for o in cues().authorship_openers) \
        or any(q in low[:at] for q in ('"', "\u201c", "\u201d"))


def _byline(ctx, text: str, s: int, e: int) -> int | None:
    """"By NAME, Minister of Home Affairs of X", "By NAME, leader of the X Party": an op-ed's byline (relations.yaml
    byline_openers) naming its writer and, after a comma, a body or a state the writer holds a post in; where the
    opener ends on the line (as ``_opens``), else None (a reporter's byline: "By NAME", "By NAME, Staff Writer",
    "By NAME, Reuters", whose outlet is no body of the text; a line naming two persons)."""
    from kingmaker.nlp.relations import cues

    at = _opens(text[s:e], cues().byline_openers)
    comma = text.find(",", s, e)
    if at is None or comma < 0:
        return None
    before = _line_actors(ctx, s + at, comma)
    persons = [a for a in _line_actors(ctx, s + at, e) if ctx.kind(a) == "person"]
    if len(persons) != 1 or persons[0] not in before:
        return None
    return at if _line_body(ctx, _line_actors(ctx, comma, e)) is not None else None


def _author_note(ctx, text: str, lines: list[tuple[int, int]]) -> Voice | None:
    """An op-ed's closing note on its writer: "NAME is the leader of the X Party and a member of parliament." as
    one of the document's last two lines, its subject a person (the one person the line names) and its verb "is":
    that person is the "I" of the text above, the body (else the state) the line names its "we". Not a note on two
    writers, nor one whose subject is a body ("X Ltd is a member of ...")."""
    doc = ctx.doc
    for s, e in lines[-2:][::-1] if len(lines) > 3 else ():
        named = _line_actors(ctx, s, e)
        persons = [a for a in named if ctx.kind(a) == "person"]
        ks = list(tokens_within(doc, s, e))
        if len(persons) != 1 or not ks:
            continue
        first = next((doc[k] for k in ks if not doc[k].is_punct), None)
        if first is None or ctx.actor(first) != persons[0]:
            continue
        subj = next((doc[k] for k in ks if doc[k].dep_ == "nsubj" and ctx.actor(doc[k]) == persons[0]), None)
        if subj is None or subj.head.lower_ not in ("is", "was") or quoted(subj) \
                or any(c.dep_ == "conj" for c in subj.children):
            continue  # (not "X and Y are members of Z": two writers)
        body = _line_body(ctx, [a for a in named if a != persons[0]])
        if body is not None:
            return Voice(0, s, persons[0], body)
    return None


def _find_voice(ctx) -> Voice | None:
    """The document's voice from its cue line and its signature block (see the notes above ``Voice``)."""
    from kingmaker.nlp.relations import cues

    text = doc_text(ctx.doc)
    lines = _lines(text)
    cue_end = None
    for k, (s, e) in enumerate(lines[:_OPENER_LINES]):
        cue_end = _opens(text[s:e], cues().voice_openers)
        if cue_end is None:
            cue_end = _byline(ctx, text, s, e)
        if cue_end is not None:
            opener = k
            break
    else:
        opener = None
    for k, (s, e) in enumerate(lines[:_AUTHOR_LINES] if opener is None else ()):
        low = text[s:e].lower()
        at = _has_phrase(low, cues().authorship_phrases)  # (a title, "the memoirs of", the writer)
        if at is not None and _title_line(low, at):
            opener, cue_end = k, at
            break
    sign = next((k for k in range(len(lines) - 1, max(-1, len(lines) - 3 - _SIGNATURE_LINES), -1)
                 if norm(text[lines[k][0]:lines[k][1]]).strip().rstrip(",:") in cues().sign_offs), None)
    if opener is None and sign is None:
        note = _author_note(ctx, text, lines)
        return note if note is not None else _issuer_voice(ctx, text, lines)
    person = body = signature = None
    start, end = 0, len(text)
    if sign is not None:
        end = lines[sign][0]
        block = lines[sign + 1:sign + 1 + _SIGNATURE_LINES]
        signature = (block[1][0], block[-1][1]) if len(block) > 1 else None
        named = [_line_actors(ctx, s, e) for s, e in block]
        person = next((a for found in named[:1] for a in found if ctx.kind(a) == "person"), None)
        current = [found for (s, e), found in zip(block, named)
                   if not set(norm(text[s:e]).split()) & cues().not_current_words]
        body = next((b for b in (_line_body(ctx, f) for f in current) if b is not None), None) \
            if person is not None else None
    if opener is not None:
        s, e = lines[opener]
        start = s
        named_here = _line_actors(ctx, s + cue_end, e)  # (not the cue's own words: "Speech by")
        here = next((a for a in named_here if ctx.kind(a) == "person"), None)
        if here is not None and person is not None and here != person:
            body = None  # (a signer other than the speaker: the speaker's own ties tell the body)
        person = here if here is not None else person
        audience = _audience(ctx, s + cue_end, e)
        line_body = _line_body(ctx, [a for a in named_here if a not in audience], _dated_places(ctx, s + cue_end, e)) \
            if "@" not in text[s:e] else None  # (not a mailing's outlet)
        body = line_body if line_body is not None else body
    if person is None and body is None:
        return None
    return Voice(start, end if end > start else len(text), person, body, signature)
