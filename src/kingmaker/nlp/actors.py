"""Mentions and document-level actor resolution (the ``kingmaker_actors`` component).

Starts from spaCy's entities, repairs their labels with general means (document-level voting over
repeated names, titles and role nouns in context, organisation head nouns, world knowledge of
states, capitals and demonyms) and groups mentions into document-local actors (titles stripped,
surname to full name, acronyms, transliteration variants, group nouns).

Sets ``doc._.km_mentions`` (list of ``MentionInfo``), ``doc._.km_actors`` (list of ``LocalActor``)
and ``doc._.km_tok2m`` (token index -> mention index or -1).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache, partial

from spacy.attrs import IDX, POS
from spacy.tokens import Doc, Span, Token

from kingmaker.knowledge import PARTY_SUBKINDS, honorific_key, knowledge, norm
from kingmaker.knowledge.lexicons import lexicon_cache
from kingmaker.nlp import (BULLETS, CLOSE_QUOTES, OPEN_QUOTES, capitalised_tokens, doc_ents, doc_span, doc_text,
                           per_doc, read_tokens, singular, span_root, span_text, token_deps, token_lowers, token_norms,
                           token_pos, token_starts, token_texts)
from kingmaker.nlp import day_month_at, doc_sents, in_any
from kingmaker.nlp.layout import BOX_TAG
from kingmaker.nlp.tables import LIST_SEPARATORS
from kingmaker.nlp.names import (STOP, acronym_of, clean_name, heads_compatible, inner_name_part, is_acronym,
                                 only_post_words, org_core, org_head, org_name_match, org_names_conflict, person_key,
                                 person_keys_match, person_match_keys, surname, two_bodies_named)

ENT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
APOS = {"'s", "’s", "'", "’"}
# English adjectives (the pipeline's lemmatizer index, filled by learn_adjectives): a one-word name in capitals
# that is one of them ("Threat level raised from MODERATE to HIGH", "Status: UNCONFIRMED") is a label, not an acronym
ADJECTIVES: set[str] = set()
# English verbs in their base form (the same index): a word in capitals ending a name ("Unity HOLD", a results
# header's verdict) is no word of the name
VERBS: set[str] = set()
# English common nouns (the same index): the words of a numbered section's title ("V. Recommendations")
NOUNS: set[str] = set()
# irregular verb forms and their base (the same lemmatizer: "took" -> "take"), for prefixed forms it does not list
VERB_FORMS: dict[str, str] = {}


def learn_adjectives(nlp) -> None:
    """Fill ADJECTIVES, VERBS, NOUNS and VERB_FORMS from the lemmatizer of ``nlp`` (nothing when it has none)."""
    from kingmaker.nlp import irregular_verbs, lemma_index

    VERB_FORMS.update(irregular_verbs(nlp))
    index = lemma_index(nlp)
    ADJECTIVES.update(index.get("adj", ()))
    VERBS.update(index.get("verb", ()))
    NOUNS.update(index.get("noun", ()))


def _capitals_label(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one-word name doc[s:e] in capitals is a label of a log or a web page, not an actor: a day's short
    name written in capitals or before the day's number ("MON 18 - ...", "Tue 19:"), a verdict in capitals after a
    name ("Unity HOLD"), an e-mail subject's reply or forward tag ("RE:", "FW:"), a section's Roman
    number opening its line ("IV. Findings"), an English verb or adjective in capitals opening its line as a
    paragraph's label ("REPLY. The minister said"), or an English adjective in
    capitals ("from MODERATE to HIGH") that the text never spells out as an acronym ("... (HIGH)")."""
    kb = knowledge()
    if e - s != 1 or not name.isalpha():
        return False
    if low in kb.mail_tags and e < len(doc) and doc[e].text == ":":
        return True  # "Subject: RE: FW: Notes on the talks": an e-mail's reply or forward tag
    if ROMAN_NUMERAL.fullmatch(name) and e < len(doc) and doc[e].text in (".", ")") \
            and (s == 0 or "\n" in doc[s - 1].text or "\n" in doc[s - 1].whitespace_):
        return True  # "IV. Violations of the embargo", "II) Findings": a numbered section's head
    if _division_reference(doc, s, e, name, low):
        return True
    if _document_label_word(doc, s, e, name, low):
        return True
    if low in kb.day_abbreviations:
        return name.isupper() or e < len(doc) and doc[e].like_num or _day_in_dates(doc, name)
    if name.isupper() and len(name) >= 4 and (low in VERBS or low in ADJECTIVES) and low not in kb.known_orgs \
            and not _country_of(name) and e + 1 < len(doc) and doc[e].text in (".", ":") \
            and doc[e + 1].text[:1].isupper() and (s == 0 or "\n" in doc[s - 1].text or "\n" in doc[s - 1].whitespace_) \
            and re.search(r"\(\s*" + re.escape(name) + r"\s*\)", doc_text(doc)) is None \
            and re.search(r"\b[A-Z][a-z]+\.? " + re.escape(name.title()) + r"\b", doc_text(doc)) is None:
        # "REPLY. The minister said ...": an English word in capitals labelling a record's paragraph (not a
        # speaker's surname, "Ana Crane" ... "CRANE: ...")
        return True
    if s > 0 and _shouted_word(name) and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() \
            and not doc[s - 1].is_upper:
        return True  # "Unity HOLD.": a results header's verdict in capitals after the name
    if _bracketed_heading_word(doc, s, e, name, low):
        return True
    if not name.isupper() or len(name) < 3 or low not in ADJECTIVES or low in kb.known_orgs or _country_of(name):
        return False
    return re.search(r"\(\s*" + re.escape(name) + r"\s*\)", doc_text(doc)) is None


def _day_in_dates(doc: Doc, name: str) -> bool:
    """Whether the text writes the day's short name ``name`` before a day's number elsewhere ("Fri 14 Nov, 18:30"):
    then its other uses are that day too ("Followed (Fri only) by a Q&A"; roles.yaml day_abbreviations)."""
    return re.search(r"(?<![\w-])" + re.escape(name) + r",? \d{1,2}(?!\d)", doc_text(doc)) is not None


_SAINT_WORDS = ("st", "saint")


def _saint_name(doc: Doc, s: int, e: int, name: str) -> bool:
    """Whether doc[s:e] is a saint's name ("St Agnes", "Saint Oran", "St. Bede") standing for the church, school,
    hospital or firm named after the saint ("St Agnes's Hospital", "St. Bede's College", "the Wolves of Saint Oran"),
    or the Virgin's ("Our Lady of the Lagoon", a church or a shrine): no actor; nor the rest of the name after the
    saint's possessive ("St Oran's | Pilgrim Tours Ltd", where the tagger cut it). Only before "'s", or after "of"
    in a longer name, and never a state ("Saint Lucia's Parliament", "Saint Lucia")."""
    words = name.split()
    _tk = read_tokens(doc)
    if s >= 3 and _tk[s - 1].text in APOS and _tk[s - 2].text[:1].isupper() \
            and norm(_tk[s - 3].text).rstrip(".") in _SAINT_WORDS and _tk[s - 3].text[:1].isupper():
        return True  # "St Oran's | Pilgrim Tours Ltd": the rest of a name that opens with a saint's possessive
    if not 2 <= len(words) <= 4:
        return False
    if words[0] == "Lady" and words[1] == "of" and s > 0 and _tk[s - 1].text == "Our":
        return True  # "Our Lady of the Lagoon" (the tagger leaves "Our" out)
    if norm(words[0]).rstrip(".") not in _SAINT_WORDS or not all(w[:1].isupper() for w in words[1:]):
        return False
    kb = knowledge()
    if _country_of(name) or _country_of("Saint " + " ".join(words[1:])) or norm(name) in kb.known_orgs \
            or any(norm(w) in kb.org_nouns for w in words[1:]):
        return False
    if e < len(doc) and _tk[e].text in APOS:
        return True  # "St Agnes's Hospital", "St Bede's College Society", "St Oran's will refund you" (the firm)
    return s >= 2 and _tk[s - 1].lower_ == "of" and _tk[s - 2].text[:1].isupper()  # "the Wolves of Saint Oran"


def _sitting_name(low: str) -> bool:
    """Whether the lower-cased name ``low`` is only a sitting's adjectives and a meeting's noun that names no body
    ("annual general meeting", "extraordinary session", "general meeting": roles.yaml session_adjectives,
    meeting_heads): one sitting of a body, no actor, with or without a year (not "general assembly", a body's noun,
    roles.yaml org_nouns, nor a known body)."""
    kb, words = knowledge(), low.split()
    return len(words) >= 2 and words[-1] in kb.meeting_heads and words[-1] not in kb.org_nouns \
        and all(w in kb.session_adjectives for w in words[:-1]) and low not in kb.known_orgs


def _portfolio_tail(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the second field of a body's name that the tagger cut at "and": capitalised English
    common nouns only ("Skills Development", "Industry"), right after "and" that follows "<body's noun> of" and
    capitalised words ("the Ministry of Education and Skills Development", "the Department of Trade and Industry";
    roles.yaml org_nouns, portfolio_body_heads). Not a name with a body's noun, a state or a person's name ("the Ministry of Justice and
    the Velmor Front", "the Ministry of Defence and Ivo Dask")."""
    _tk, kb = read_tokens(doc), knowledge()
    if s < 4 or _tk[s - 1].lower_ not in ("and", "&"):
        return False
    if not all(_tk[k].text[:1].isupper() and _tk[k].is_alpha and (_tk[k].lower_ in NOUNS
                                                                  or singular(_tk[k].lower_) in NOUNS)
               and norm(_tk[k].text) not in kb.org_nouns and not _country_of(_tk[k].text) for k in range(s, e)):
        return False
    k = s - 2
    while k > max(0, s - 8) and _tk[k].text[:1].isupper() and _tk[k].is_alpha:
        k -= 1
    return k < s - 2 and _tk[k].lower_ == "of" and k > 0 and _tk[k - 1].text[:1].isupper() \
        and (norm(_tk[k - 1].text) in kb.org_nouns or norm(_tk[k - 1].text) in kb.portfolio_body_heads)


_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d"}  # (double quotes only: a single one is an apostrophe too)


def _common_words_title(doc: Doc, s: int, e: int, name: str) -> bool:
    """Whether doc[s:e] is a title made of English common words only ("Global Politics", "Military Footprint",
    "Customer Support": no body's noun, state, place or known body among them), written once in the text, in a
    work's title in quotes (""Kant and Beyond: Russia's Military Footprint in Kyrgyzstan."") or ending a heading
    line of capitalised words after other words ("LESSON PLAN - Year 11 Global Politics", "Silkline Airways -
    Customer Support"): a course's, a paper's or a page's title, no actor. Not a name the text writes again (a party's "Civic Bridge"),
    nor a table's cell (a gap of spaces, a tab or a bar on the line)."""
    words = name.split()
    if len(words) < 2:
        return False
    kb = knowledge()
    for w in words:
        low = w.lower()
        if not (w.isalpha() and w[:1].isupper() and not w.isupper()) or low in kb.org_nouns or _country_of(w) \
                or low in kb.places or low in kb.regions \
                or not (low in NOUNS or singular(low) in NOUNS or low in ADJECTIVES):
            return False
    text = doc_text(doc)
    if norm(name) in kb.known_orgs or _country_of(name) or text.count(name) != 1:
        return False
    _tk = read_tokens(doc)
    start, end = _tk[s].idx, _tk[e - 1].idx + len(_tk[e - 1].text)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if "  " in line or "\t" in line or "|" in line:
        return False
    before, after = text[line_start:start], text[end:line_end]
    for o, c in _QUOTE_PAIRS.items():
        if o in before and c in after and (before.count(o) % 2 == 1 if o == c else before.rfind(o) > before.rfind(c)):
            quoted = before[before.rfind(o) + 1:] + name + after[:after.find(c)]
            # "Kant and Beyond: Russia's Military Footprint in Kyrgyzstan.": inside a quoted title in Title Case (not
            # a quoted saying, "accused "parties in the Coordination Framework" of ...")
            return not any(t[:1].islower() and t.lower() not in kb.function_words for t in quoted.split())
    if after.strip(" .:") or len(line.split()) > 12 or ":" in before or before.rstrip().endswith(",") \
            or not re.search(r"[A-Za-z]", re.sub(r"^[\W\d]*(?:(?:[Tt]he|[Aa]n?)\b)?", "", before.strip())):
        return False  # (not a heading or a list's item that is the name alone, "3. The Green Commons", "- the Ember
        # Cells": a section on a party, a member; nor a field's value, "Secretary: Ada Marsh", nor a signature's body
        # after the post's comma, "Field Coordinator, Ridge Relief": names of words that are common nouns too)
    return not any(t[:1].islower() and t.lower() not in kb.function_words for t in line.split())


def _title_line_common_word(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] in Title Case is an English common noun (the lemmatizer's index) that the text
    writes only this once, on a line of capitalised words and function words only (what stands in round brackets
    aside): a notice's, a bulletin's or a page's title ("Visitor Services - Notice to Weekend Tour Groups and
    Schools", "Entrants' Information - Bulletin 3 (final)", "Notes"), no body. Not a known body, a state, a place,
    a region, a body's noun or a legislature's word ("Council", "Senate": a short form of a body named elsewhere)."""
    kb = knowledge()
    if e - s != 1 or len(name) < 4 or not name.isalpha() or not name[:1].isupper() or not name[1:].islower() \
            or not (low in NOUNS or singular(low) in NOUNS) or low in kb.known_orgs or _country_of(name) \
            or low in kb.places or low in kb.regions or low in kb.org_nouns or singular(low) in kb.org_nouns \
            or low in kb.state_body_nouns or low in kb.legislature_words or not _written_once(doc, s):
        return False
    text = doc_text(doc)
    start = read_tokens(doc)[s].idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = re.sub(r"\([^()\n]*\)", " ", text[line_start:len(text) if line_end < 0 else line_end])
    words = re.findall(r"[^\W\d_]+", line)
    return bool(words) and len(words) <= 14 and "." not in line.rstrip(" .") \
        and all(w[:1].isupper() or w.lower() in kb.function_words for w in words)


def _ampersand_pair(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the name doc[s:e] joins two items by "&", ends in no body's noun (roles.yaml org_nouns,
    state_body_nouns) and is written only once: a product's, a region's, a strand's or two persons' pairing
    ("Nickel & Cobalt", "Central America & Caribbean", "Ana & Kofi"), no actor. Not a known body or a state
    ("Trinidad & Tobago"), a body's name ending in its noun ("the Justice & Renewal Party"), nor a name the text
    writes again (a firm's or a desk's that issues the document: "CLIENT ALERT | Sanctions & Export Controls ...
    contact our Sanctions & Export Controls group")."""
    kb = knowledge()
    if " & " not in name or low in kb.known_orgs or _country_of(name) or _country_of(name.replace(" & ", " and ")) \
            or doc_text(doc).count(span_text(doc, s, e)) != 1:
        return False
    last = low.split()[-1] if low.split() else ""
    return last not in kb.org_nouns and singular(last) not in kb.org_nouns and last not in kb.state_body_nouns \
        and last not in kb.legislature_words


def _members_possessive_name(name: str) -> bool:
    """Whether the name holds a meeting's noun (roles.yaml meeting_heads) right after a plural of members in the
    possessive (possessive_name_words), ending the name or before "of": "the Velmoran Bishops' Conference", "the
    Pastors' Assembly of Kesh", a body named for its members ("Conference" alone is no body's noun), however the
    tagger read it (often not at all). Not a place so named ("Martyrs' Square": no meeting's noun)."""
    kb = knowledge()
    words = name.split()
    return any(w[-1:] in ("'", "\u2019") and norm(w[:-1]) in kb.possessive_name_words
               and norm(words[i + 1]) in kb.meeting_heads and (i + 2 == len(words) or words[i + 2] == "of")
               for i, w in enumerate(words[:-1]))


def _two_letter_code(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] is a code of two capital letters ("GM", "IA", "DX", "SL") that world knowledge
    does not know as a body's or a state's short name ("EU", "UN", "US"), that the text never sets in brackets
    ("the Liberal Front (LF)") and whose letters open no two capitalised words of the text ("Velnian Forces",
    "Harbour of Kessa", with a small word between or not): a title's, a grade's, a radio prefix's or an item's
    code, no actor."""
    kb = knowledge()
    if e - s != 1 or not re.fullmatch(r"[A-Z]{2}", name) or low in kb.known_orgs or _country_of(name):
        return False
    text = doc_text(doc)
    if re.search(r"\(\s*" + name + r"\s*\)", text):
        return False
    return re.search(rf"\b{name[0]}[\w'\u2019-]*\s+(?:[a-z]+\s+){{0,2}}{name[1]}[\w'\u2019-]*", text) is None


_LETTER_DIGIT = re.compile(r"[A-Z]\d")


def _letter_digit_code(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] is one capital letter and one digit ("Q4", "C3", "T1"): a quarter's, a
    question's, a section's or a form's code ("rates unchanged for Q4", "C3. Projects you will hear about",
    "Answer to Q4: No."), no actor, unless world knowledge knows it ("G7") or the text sets it before a body's
    noun or its members' plural (``_digit_acronym_bodies``: "the K9 rebels")."""
    return e - s == 1 and _LETTER_DIGIT.fullmatch(name) is not None and low not in knowledge().known_orgs \
        and not _country_of(name) and name not in _digit_acronym_bodies(doc)


def _plus_code(name: str, low: str) -> bool:
    """Whether the name holds a plus sign ("CCC+", "KV+2", "Grade B+"): a rating's, a vaccine's or a product's
    code, no body's name, unless world knowledge knows it."""
    return "+" in name and low not in knowledge().known_orgs and not _country_of(name)


def _legal_form_alone(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether the one word doc[s:e] is a company's legal form alone (roles.yaml company_suffixes: "LTD" of
    "PACKAGING CO., LTD.", "Tooling, Inc."), cut off its company's name by the comma before it: no actor. Not such
    letters standing as a body's short name ("the PLC met")."""
    kb = knowledge()
    _tk = read_tokens(doc)
    if e - s != 1 or s < 2 or not (low in kb.company_suffixes or low.rstrip(".") in kb.company_suffixes) \
            or _tk[s - 1].text != ",":
        return False
    k = s - 2 if _tk[s - 2].text != "." or s < 3 else s - 3  # ("CO.", "," or "CO", ".", ",")
    return _tk[k].text[:1].isupper()


_ACRONYM_SHAPE = re.compile(r"[A-Z]{2,5}")


def _idle_acronym(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] is an acronym in capitals that world knowledge does not know, that the text
    never spells out ("(OEM)", "OEM (original ...)") and that never acts: each of its mentions only modifies a
    common noun written after it in lower case, no body's noun, members' plural or title ("QFN power modules",
    "direct OEM customers", "ETA reliability about 70%", "automotive PPAP requirements"), in a sentence naming no
    state and no known body (a product's, a standard's or a trade's abbreviation in a letter, a notice or a
    desk note). Not a body before a post and its holder ("KPU chairman Tomas Brell"), nor a body named so in a
    political sentence ("CIA surveillance flights over Mexico"), nor one that acts ("KPU announced"), owns ("KPU's"),
    heads its noun ("the KPU rebels") or is named alone elsewhere."""
    kb = knowledge()
    if e - s != 1 or not _ACRONYM_SHAPE.fullmatch(name) or low in kb.known_orgs or _country_of(name) \
            or name in _digit_acronym_bodies(doc):
        return False
    text = doc_text(doc)
    if re.search(r"\(\s*" + name + r"\s*\)|\b" + name + r"\s*\(", text):
        return False  # spelled out in brackets: a body's short name, defined
    _tk = read_tokens(doc)
    found = False
    for i, t in enumerate(_tk):
        if t.text != name:
            continue
        if i + 1 >= len(doc) or not _tk[i + 1].is_lower or _tk[i + 1].pos_ not in ("NOUN", "ADJ") \
                or t.dep_ not in ("compound", "amod", "nmod") or t.head.i <= i or not t.head.is_lower \
                or t.head.pos_ != "NOUN":
            return False  # a mention that acts, owns or stands alone
        head = t.head.lower_
        if head in kb.org_nouns or singular(head) in kb.org_nouns or _member_plural(head) \
                or head in kb.state_body_nouns or head in kb.title_words or head in kb.legislature_words \
                or head in kb._title_set or head in kb.leader_roles or head in kb.member_roles \
                or head in kb.person_cues:
            return False  # "the KPU rebels", "KPU officials", "KPU chairman": the body before its own noun or a post
        if _armed_activity(t.head):
            return False  # "backed FAP operations", "KPF units": an armed body's operations or forces (facts.yaml)
        if t.head.head.ent_type_ == "PERSON" or t.head.i + 1 < len(doc) and _tk[t.head.i + 1].ent_type_ == "PERSON":
            return False  # "KPU chairman Tomas Brell": a post in the body before its holder's name
        if any(w.i != i and w.text[:1].isupper() and (norm(w.text) in kb.known_orgs or _country_of(w.text))
               for w in t.sent):
            return False  # a political sentence: "CIA surveillance flights over Mexico"
        found = True
    # (its full name written elsewhere, "TKF patrols ... the Tarsk Coastal Force said", is looked for last: a scan of
    # the whole text, needed only for an acronym every mention of which reads idle)
    return found and not _spelled_out(text, name)


def _armed_activity(tok: Token) -> bool:
    """Whether ``tok`` is a noun of an armed body's operations or forces (facts.yaml operation_nouns, force_nouns:
    "FAP operations", "KPF units"): an acronym before it names a body, not a product."""
    from kingmaker.nlp.facts import fact_cues  # (facts reads actors: imported when first asked)
    return fact_cues().has("operation_nouns", tok) or fact_cues().has("force_nouns", tok)


def _spelled_out(text: str, name: str) -> bool:
    """Whether ``text`` writes a name of capitalised words (small particles in lower case between them allowed) that
    the acronym ``name`` can stand for (``_acronym_fits``, ``_acronym_loosely_fits``): an acronym the text spells
    out without brackets.

    >>> _spelled_out("TCF boats sailed. The Tarsk Coastal Force said so.", "TCF")
    True
    >>> _spelled_out("TRCGF boats sailed. The Transregional Coastal Guard Force said so.", "TRCGF")
    True
    >>> _spelled_out("TCF boats sailed. The Front of Tarsk said so.", "TCF")
    False
    """
    run = r"[A-Z][\w'-]*(?:\s+(?:(?:of|for|the|and|de|du|des|la|le|al|el)\s+)*[A-Z][\w'-]*)+"
    for m in re.finditer(run, text):
        words = m.group(0).split()
        for i, w in enumerate(words[:-1]):  # from each capitalised word on ("Later the Tarsk Coastal Force")
            full = " ".join(words[i:])
            if w[:1].isupper() and full != name and (_acronym_fits(name, full) or _acronym_loosely_fits(name, full)):
                return True
    return False


def _comma_joined_name(doc: Doc, name: str, low: str) -> bool:
    """Whether the name holds a comma after capitalised words only ("Tessany, Orsendorf", "Policy Unit,
    Asia Desk", "Vellacott, K"): two places, a desk and its department, or a reference's author, joined by the
    tagger into one name, no body. Not a list of a body's fields, its words before the comma holding a small word
    in lower case or the list closed by "and" ("Ministry of Agriculture, Fisheries and Forestry", "the Foreign,
    Commonwealth and Development Office"), nor a known body, nor a person's full name in apposition after the comma
    whose last word the text writes again ("his deputy in the Guard, Ivo Marsk, broke with him ... Marsk
    did not comment": the tagger's one name holds the person)."""
    if ", " not in name or norm(name) in knowledge().known_orgs:
        return False
    head, tail = name.split(", ", 1)
    words = tail.split()
    if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words) \
            and len(re.findall(r"\b" + re.escape(words[-1]) + r"\b", doc_text(doc))) > 1:
        return False
    return bool(head.split()) and all(w[:1].isupper() for w in head.split()) and " and " not in tail


_SQUARE_BRACKETS = re.compile(r"\[[^\[\]\n]{1,200}\]")
_DIRECTION_BRACKET = re.compile(r"\((?=[^()\n]*[A-Z] [A-Z])[^a-z()\n]{3,40}\)")  # "(ON CAM)", "(V/O CONT'D)"
_CAPITALS_CODE = re.compile(r"[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*")


def _square_brackets(doc: Doc) -> tuple[list[tuple[int, int]], bool]:
    """The character spans of the text's square brackets on one line (and, where one opens its line, of its round
    brackets holding a direction in capitals: "(ON CAM)"), and whether one of them opens its line (a
    script's, a tour's or a draft's markup: "[ITEM 2 -- CAM 2 / VT 1'40\"]", "[TRACK 3 - Old Town]", "[C-SW: ...]"),
    found once per Doc."""
    def find(d: Doc) -> tuple[list[tuple[int, int]], bool]:
        text, spans, opens = doc_text(d), [], False
        for m in _SQUARE_BRACKETS.finditer(text):
            spans.append((m.start(), m.end()))
            if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
                opens = True
        if opens:  # (a direction in round brackets of words in capitals too: "ZHANAR (ON CAM): ...")
            spans.extend((m.start(), m.end()) for m in _DIRECTION_BRACKET.finditer(text))
        return spans, opens
    return per_doc(doc, "square_brackets", find)


def _markup_code(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether doc[s:e] is a code in capitals ("CAM", "VT", "TRACK", "C-SW") that the text writes only inside square
    brackets, where its markup lines open with a bracket ("[ITEM 2 -- CAM 2 / VT 1'40\" / SOT]", "[TRACK 2 - The
    Old Town]", "[C-SW: keep it out]"): a broadcast script's, an audio guide's or a draft's stage direction, camera
    or reviewer's tag, no body's acronym (a body is named in the text's running lines too), unless known."""
    if e - s > 3 or len(name) > 12 or not _CAPITALS_CODE.fullmatch(name) or low in knowledge().known_orgs \
            or _country_of(name):
        return False
    spans, opens = _square_brackets(doc)
    if not opens:
        return False
    found = False
    for m in re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", doc_text(doc)):
        if not any(a < m.start() < b for a, b in spans):
            return False
        found = True
    return found


def _english_word_form(low: str) -> bool:
    """Whether ``low`` is an English verb or adjective, a common noun's plural ("ambulances"), or a verb's form
    ending in "-ing" or "-ed" whose base the lemmatizer's index lists ("drowning", "passed"), or an irregular one
    ("taken"); not a singular noun only (the index lists names among them: "unicef", "jerusalem")."""
    if low in VERBS or low in ADJECTIVES or low in VERB_FORMS or singular(low) != low and singular(low) in NOUNS:
        return True
    if low.endswith("ing") and len(low) > 5:
        stem = low[:-3]
        return stem in VERBS or stem + "e" in VERBS or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS
    if low.endswith("ed") and len(low) > 4:
        stem = low[:-2]
        return stem in VERBS or low[:-1] in VERBS or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in VERBS
    return False


def _lone_capitals_word(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e], which the NER tagged as no name (its index lists "UNICEF" or "OPEC" among the
    nouns: a body the NER tags stays), is an English common word or a verb's form in capitals of four letters or more
    that the text writes only this once, in capitals, and never spells out as an acronym ("... (NAME)"): a sign's,
    a status's or a script's word ("a sign reading \"DROWNING: ACCIDENTAL\"", "Status: PASSED", "CAPTION/INSERT",
    "GVs OF BURNT POST, AMBULANCES"), no body's acronym (a body's is named again, or spelled out, or known);
    not a speaker's label ("CRANE:" for Ana Crane) nor a word the text writes as a name elsewhere ("Crane")."""
    kb = knowledge()
    if not (name.isupper() and name.isalpha() and len(name) >= 4) or low in kb.known_orgs or _country_of(name) \
            or not _written_once(doc, s) or not _english_word_form(low):
        return False
    if e < len(doc) and doc[e].text == ":" and (s == 0 or "\n" in doc[s - 1].text or "\n" in doc[s - 1].whitespace_):
        return False  # "CRANE: We will ...": a speaker's label opening a line
    if e < len(doc) and doc[e].is_lower and (doc[e].lower_ in kb.org_nouns or singular(doc[e].lower_) in kb.org_nouns
                                            or _member_plural(doc[e].lower_)):
        return False  # "the PROTECTORS militia", "RESISTANCE fighters": the name of the body its noun follows
    text = doc_text(doc)
    if re.search(r"\b" + re.escape(name.title()) + r"\b", text) is not None:
        return False  # (a surname or a name written in Title Case elsewhere: "Crane")
    return re.search(r"\(\s*" + re.escape(name) + r"\s*\)", text) is None


_LEGEND_HEAD = re.compile(r"[ \t]*[A-Z][a-z]+(?: [a-z]+)?:")  # "Key:", "Status codes:"
_CODE_GLOSS = re.compile(r"(?<![\w.-])([A-Z][A-Z0-9]{0,7})[ \t]*(=|:|[-\u2013\u2014])[ \t]*[\"'\u201c]?([a-z][a-z-]*)")


_DIGIT_ACRONYM = re.compile(r"[A-Z]{1,4}-?\d{1,3}")
_BODY_CODE_KINDS = frozenset({"armed_group", "party", "movement", "coalition", "organization"})


def _digit_acronym_bodies(doc: Doc) -> frozenset[str]:
    """The short names of letters and a number ("K14", "G-7") the text uses as a body's name: one of its mentions
    stands before a body's noun (roles.yaml org_nouns: an armed group, a party, a movement, a coalition, an
    organisation), with at most one word in lower case between ("the K14 rebel movement", "the T9 gang"), or before
    a plural of its members ("K14 rebels", "K14 militants"; not "fighters", which an aircraft's code has too). The
    NER takes such a name for a product's or reads none; the road's, the weapon's or the product's code before a
    noun of its own ("the M12 motorway", "F-16 fighters") is none. Kept on the Doc."""
    def find(d: Doc) -> frozenset[str]:
        kb, _tk, found = knowledge(), read_tokens(d), set()
        for i in range(len(d) - 1):
            word = _tk[i].text
            if not _DIGIT_ACRONYM.fullmatch(word) or word in found:
                continue
            for k in (i + 1, i + 2):
                if k >= len(d) or not _tk[k].is_lower or k == i + 2 and not _tk[i + 1].is_alpha:
                    break
                low = _tk[k].lower_
                if kb.org_nouns.get(low) in _BODY_CODE_KINDS or low != "fighters" and _member_plural(low):
                    found.add(word)
                    break
        return frozenset(w for w in found if not _code_piece(d, next(t.i for t in d if t.text == w)))
    return per_doc(doc, "digit_acronym_bodies", find)


def _legend_codes(doc: Doc) -> frozenset[str]:
    """The codes a legend line of the document defines ("Codes: RED = move now / AMB = prepare", "Key: INFO =
    information only"): a word in capitals glossed by "=" and words in lower case only, or by ":" or a dash where the
    line, opened by a label ("Codes:"), glosses two codes or more so: a label of the document's lines, no actor, wherever it stands in the document
    ("AMB Lukanga: ..."), unless it is a known body's or state's short name. Kept on the Doc."""
    def find(d: Doc) -> frozenset[str]:
        kb, codes = knowledge(), set()
        for line in doc_text(d).splitlines():
            if "=" not in line and line.count(":") + line.count("-") + line.count("\u2013") < 2:
                continue
            glosses = [m for m in _CODE_GLOSS.finditer(line) if (len(m.group(1)) >= 2 or m.group(2) == "=")
                       and not re.search(r"\b[A-Z]", re.split(r"[/;,|(]", line[m.end(2):], maxsplit=1)[0])]
            # (a gloss in lower case only: "KDF = the Kessa Defence Force" spells an acronym out)
            keyed = _LEGEND_HEAD.match(line) is not None  # "Codes: GRN - open / BLK - closed"
            for m in glosses:
                if m.group(2) == "=" or keyed and len(glosses) >= 2:
                    codes.add(m.group(1))
        return frozenset(c for c in codes if norm(c) not in kb.known_orgs and not _country_of(c))
    return per_doc(doc, "legend_codes", find)


def _bracketed_heading_word(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] is an English verb or adjective in capitals in brackets ending a heading line
    (``_heading_line``: "3. Practices to keep (RETAIN)", "Risks we can accept (TOLERATE)"): a review's or a
    report's label for the section, no acronym of a body, unless its letters fit the capitalised words before it on
    the line ("the Qorvel Armed Front (QAF)"); the word's other mentions are judged on their own."""
    kb = knowledge()
    if not (name.isupper() and len(name) >= 4 and (low in VERBS or low in ADJECTIVES)) or low in kb.known_orgs \
            or _country_of(name) or s < 1 or e >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
        return False
    if e + 1 < len(doc) and "\n" not in doc[e].whitespace_ and "\n" not in doc[e + 1].text:
        return False  # the bracket does not end its line
    if not _heading_line(doc_text(doc), doc[s - 1].idx, doc[e].idx + 1):
        return False  # a line of running text wrapped after the bracket ("heads the growers' guild (SOLID)\nof the")
    k = s - 1
    while k > 0 and k > s - 12 and "\n" not in doc[k - 1].whitespace_ and "\n" not in doc[k - 1].text:
        k -= 1  # the line's first word
    before = " ".join(t.text for t in read_tokens(doc)[k:s - 1] if t.is_alpha and t.text[:1].isupper())
    return not (before and (_acronym_fits(name, before) or _acronym_loosely_fits(name, before)))


_LINE_MARKER = re.compile(r"[ \t]*(?:\d{1,3}(?:[.:]\d{1,2})*[.)]?|[-\u2013\u2014\u2022*\u00b7])[ \t]")


def _heading_line(text: str, start: int, end: int) -> bool:
    """Whether the line of ``text`` that holds text[start:end] and ends at ``end`` is a heading: it opens the text,
    follows a blank line or opens with a number or a bullet ("3. Practices to keep"), and what follows it is a
    blank line, the text's end or a line opening with a capital, a number or a bullet (not running text wrapped
    there: "... the growers' guild (SOLID)\nof the delta")."""
    ls = text.rfind("\n", 0, start) + 1
    # (the line before only, not the text before it: a blank one, or none)
    opened = ls == 0 or not text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].strip() \
        or _LINE_MARKER.match(text, ls, start) is not None
    nl = text.find("\n", end)
    rest = text[nl + 1:nl + 200].lstrip(" \t\r") if nl >= 0 else ""
    return opened and (not rest or rest[:1] == "\n" or rest[:1].isupper() or rest[:1].isdigit()
                       or rest[:1] in BULLETS)


def _division_reference(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] is part of a reference to a division of a document: a Roman number after a
    division's label or its short form ("Chapter II", "Part VI", "Ch. IV", "Sec. III, art. 2"), or the short form
    itself before its full stop and a number ("Sec. 4", "Art. IX"; roles.yaml division_words,
    division_abbreviations)."""
    kb = knowledge()
    if ROMAN_NUMERAL.fullmatch(name):
        k = s - 1
        if k >= 0 and doc[k].text == ".":
            k -= 1
        if k >= 0 and doc[k].text[:1].isupper() and norm(doc[k].text.rstrip(".")) in kb.division_words \
                | kb.division_abbreviations and (doc[k].text.endswith(".") or k == s - 2
                                                 or norm(doc[k].text) in kb.division_words):
            return True
    if low in kb.division_abbreviations and e + 1 < len(doc) and doc[e].text == "." \
            and (doc[e + 1].like_num or ROMAN_NUMERAL.fullmatch(doc[e + 1].text.rstrip(".,;:)"))):
        return True  # "Sec. 4": the short form the tokenizer left apart from its full stop
    if low.rstrip(".") in kb.division_abbreviations and name.endswith(".") and e < len(doc) \
            and (doc[e].like_num or ROMAN_NUMERAL.fullmatch(doc[e].text.rstrip(".,;:)"))):
        return True
    return False


def _document_label_word(doc: Doc, s: int, e: int, name: str, low: str) -> bool:
    """Whether the one word doc[s:e] in capitals is an English common noun labelling a numbered document or a
    heading in capitals ("BULLETIN No. 4", "CIRCULAR no. 12", "ERRATUM TO NOTICE 3"), not a body: it stands before a
    document number's word and a number (roles.yaml document_number_words), or beside a function word in capitals
    on its line ("TO", "OF"), and the text never spells it out as an acronym ("... (NAME)") nor knows it as a body's name."""
    kb = knowledge()
    if not (name.isupper() and name.isalpha() and len(name) >= 4) or not _common_word(low) \
            or low in kb.known_orgs or _country_of(name):
        return False
    if re.search(r"\(\s*" + re.escape(name) + r"\s*\)", doc_text(doc)) is not None:
        return False
    k = e
    if k < len(doc) and norm(doc[k].text) in kb.document_number_words:
        k += 1
        if k < len(doc) and doc[k].text == ".":
            k += 1
        if k < len(doc) and doc[k].like_num:
            return True
    for j in (s - 1, e):
        if 0 <= j < len(doc) and "\n" not in doc[j].text and doc[j].is_alpha and doc[j].is_upper \
                and len(doc[j].text) >= 2 and (j < s and "\n" not in doc[j].whitespace_
                                               or j >= e and "\n" not in doc[e - 1].whitespace_) \
                and doc[j].lower_ in kb.function_words:
            return True  # "CORRECTION TO ...", "ERRATUM TO NOTICE": a word of a heading in capitals
    return False


def _common_word(low: str) -> bool:
    """Whether ``low`` is an English common word (the lemmatizer's index: noun, adjective or verb)."""
    return low in NOUNS or singular(low) in NOUNS or low in ADJECTIVES or low in VERBS


def _numbered_section_title(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a whole line "V. Recommendations", "XII. Next Steps": a Roman number with its full stop (the
    tokenizer keeps "V." as an initial) opening the line, then only English common words (the lemmatizer's index)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e - s < 2 or not ROMAN_NUMERAL.fullmatch(_tk[s].text.rstrip(".")) or not _tk[s].text.endswith(".") \
            or not _whole_line(doc, s, e):
        return False
    return all(_common_word(t.lower_) or t.lower_ in knowledge().function_words for t in read_tokens(doc)[s + 1:e])


# (with roles.yaml translated_heads and loan_member_plurals: "Liwa", "Ansar" alone are a name too)
TRANSLITERATED_NAMES = {"hezbollah", "hizbollah", "hizballah", "asaib"}
# a state's forces named by their state ("the Ostravian Armed Forces"): the state's one military, save its navy and
# its air force named so in capitals, branches of their own (a lower-case air force stays the state's military,
# roles.yaml state_institutions: the two spellings of one air force do not meet, a known limit)
STATE_FORCES = {"armed forces": "military", "security forces": "military", "defense forces": "military",
                "defence forces": "military", "army": "military", "military": "military", "navy": "navy",
                "air force": "air force", "national army": "military", "police": "police", "national police": "police",
                "parliament": "parliament", "national assembly": "parliament"}
# a lower-case Arabic article opening a name: "the al-Sahra Alliance", "Prime Minister al-Tamimi"
_ARTICLES = "al|el|ad|an|ar|as|ash|at|az|ud|ul"
LOWER_PARTICLE = re.compile(rf"^(?:(?:{_ARTICLES})-|(?:al|el) )[A-Z]")
ARTICLE_HYPHEN = re.compile(rf"\b(?:{_ARTICLES})-")
# Penn tags of common (not proper) words: adverbs, adjectives and common nouns, which a name never is
COMMON_WORD_TAGS = frozenset({"RB", "RBR", "RBS", "JJ", "JJR", "JJS", "NN", "NNS"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-\.]{1,9}$")
# a section's number, I to XX: "IV.", "XII)" (not "C." nor "L.", a byline's initial: "C. Rice")
ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})")
# Penn tags of a finite verb (a clause's own verb, not a participle): "X, the movement has ..." is no apposition
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}

__all__ = ["MentionInfo", "LocalActor", "find_actors", "document_states"]

# states the current document reveals beyond world knowledge (see ``document_states``)
_DOC_STATES: ContextVar[dict[str, str]] = ContextVar("km_doc_states", default={})


def _country_of(text: str) -> str | None:
    """World knowledge first, then the states the document itself reveals ("Ostravia", "Ostravian"), which
    also settle the names world knowledge leaves open (see ``_settled_names``)."""
    states = _DOC_STATES.get()
    kb = knowledge()
    if not states:
        return kb.country_of(text) or _long_state_name(text, states)
    key = norm(text)
    key = key[:-2] if key.endswith("'s") else key  # (norm strips the text: no line break after "'s")
    key = key[4:] if key.startswith("the ") else key
    head, of, rest = key.partition(" of ")
    if of and rest in states and head in kb.country_appositives:
        key = rest  # "the Republic of Ostravia": Ostravia's long name
    if key in states and (key in kb.shared_demonyms or key in kb.ambiguous_state_names):
        return states[key]
    return kb.country_of(text) or states.get(key) or _long_state_name(text, states)


def _long_state_name(text: str, states: dict[str, str]) -> str | None:
    """"the Federal Republic of Ostravia", "the Islamic Republic of Karvel", "the Republic of Türkiye": a state's long
    name, a word of roles.yaml country_appositives after only words of relations.yaml state_style_words, then "of"
    and a state's name (known, or one the document reveals)."""
    kb = knowledge()
    key = norm(text)
    key = key[4:] if key.startswith("the ") else key
    head, of, rest = key.partition(" of ")
    words = head.split()
    if not words or words[-1] not in kb.country_appositives or key in kb.known_orgs:
        return None
    style = (kb.relations.get("word_lists") or {}).get("state_style_words") or ()
    if not of and len(words) >= 2 and all(w in style for w in words[:-2]):
        return _styled_adjective_state(words[-2], states)  # "the Teskarian Republic": Teskaria's style
    if not of or not rest or not all(w in style for w in words[:-1]):
        return None
    return states.get(rest) or kb.country_of(rest)


def _styled_adjective_state(adjective: str, states: dict[str, str]) -> str | None:
    """The state that ``adjective`` (lower case) is the adjective of, before a state's style noun ("the Teskarian
    Republic", "the Dhamorese Republic", "the Varnish Kingdom"): a state the document reveals whose name makes it
    (``_demonyms``: "Teskaria", "Varnland") or that the document knows by it ("dhamorese" found from "the Dhamorese
    government"); never a word of a state's style ("the Islamic Republic", "the Democratic Republic") nor a state
    only world knowledge holds ("the French Republic" is known by name or not at all)."""
    kb = knowledge()
    style = (kb.relations.get("word_lists") or {}).get("state_style_words") or ()
    if adjective in style or adjective in kb.country_appositives or not adjective.isalpha():
        return None
    if adjective in states and states[adjective] and not kb.country_of(states[adjective]):
        return states[adjective]
    suffixes = tuple(kb.demonym_suffixes)
    hits = {name for name in states.values() if name and " " not in name and not kb.country_of(name)
            and adjective in _demonyms(name, suffixes)[1]}
    return next(iter(hits)) if len(hits) == 1 else None


def _settled_names(doc: Doc) -> dict[str, str]:
    """Names world knowledge leaves open, settled by the text: a demonym two states share, where the
    text names the one whose name holds it ("the Dominican Republic ... the Dominican foreign ministry");
    a state's name that is a province's too, where the text names the state otherwise too ("Tbilisi",
    "Georgian")."""
    kb = knowledge()
    named = {kb.country_of(span_text(doc, ent.start, ent.end)) for ent in doc_ents(doc)
             if ent.label_ in ("GPE", "NORP", "LOC", "ORG")} - {None}
    out = {}
    for name, state in kb.ambiguous_state_names.items():
        if state in named:
            out[name] = state
    for dem, states in kb.shared_demonyms.items():
        hits = [st for st in states & named if dem in norm(st).split() and norm(st) != dem]
        if len(hits) == 1:
            out[dem] = hits[0]
    return out


def _demonym_forms(name: str) -> frozenset[str]:
    """Adjectives English derives from a state's name: Ostravia -> Ostravian, Kelmar -> Kelmari."""
    return _demonyms(name, tuple(knowledge().demonym_suffixes))[0]


@lru_cache(maxsize=65536)
def _demonyms(name: str, suffixes: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """``name``'s demonym forms and their ``norm``s other than ``name`` (cached per name and suffix list,
    so a changed knowledge base asks anew)."""
    stems = {name}
    if name[-1:] in "aeiouy" and len(name) > 4:
        stems.add(name[:-1])
    forms = frozenset(stem + suffix for stem in stems for suffix in suffixes)
    if len(name) >= 7 and name.endswith("ia") and name[-3:-2] not in "aeiouy":
        forms |= {name[:-2]}  # Korvakia -> Korvak, as Slovakia -> Slovak
    if len(name) >= 6 and name.endswith("y") and name[-2:-1] not in "aeiouy":
        forms |= {name[:-1], name[:-1] + "s"}  # Velmany -> Velman(s), as Germany -> German
    forms |= _ic_ish_forms(name)
    return forms, frozenset(norm(d) for d in forms if d != name)


def _ic_ish_forms(name: str) -> set[str]:
    """The adjectives in "-ic" and "-ish" English makes of a name ending in a consonant, beside the suffixes of
    roles.yaml demonym_suffixes: the name and "-ic" (Tulmar -> Tulmaric, as Iceland -> Icelandic), a name in "-land"
    without it and "-ish" (Skarvland -> Skarvish, as Poland -> Polish). None of a name in a vowel (Germany gives no
    "Germanic", Cuba no "Cubic") or a short one, none of a state world knowledge holds (its adjectives are listed:
    Finland gives no "Finish", Greenland no "Greenish"), never an English word.

    >>> sorted(_ic_ish_forms("Skarvland")), sorted(_ic_ish_forms("Tulmar")), _ic_ish_forms("Velmany")
    (['Skarvish', 'Skarvlandic'], ['Tulmaric'], set())
    """
    if len(name) < 5 or not name.isalpha() or name[-1:].lower() in "aeiouy" or knowledge().country_of(name):
        return set()
    forms = {name + "ic"}
    if len(name) >= 8 and name.endswith("land"):
        forms.add(name[:-4] + "ish")
    style = (knowledge().relations.get("word_lists") or {}).get("state_style_words") or ()
    return {f for f in forms if not _common_word(f.lower()) and f.lower() not in style}  # not "Islamic" of "Islam"


def document_states(doc: Doc) -> dict[str, str]:
    """States unknown to world knowledge that the text shows to be states (``_found_states``), with the
    adjectives the text derives from the names found by a route that reads no adjective (``_used_adjectives``)."""
    found = _found_states(doc)
    return {**_used_adjectives(doc, found), **found} if found else found


def _used_adjectives(doc: Doc, found: dict[str, str]) -> dict[str, str]:
    """The adjectives of the one-word states in ``found`` that the text uses as adjectives ("three Ostravian
    civilians", "the Ostravian gendarmerie": a capitalised word English derives from the state's name by its
    demonym suffixes, before a lower-case noun) and that ``found`` lacks: a state found from a headline, a
    border or a two-word name gets its adjective as one found from its army does. Never a word that names
    something else: a known country's adjective, a word of a person's name, another state found, or the
    adjective of a second state of the text as well."""
    kb = knowledge()
    suffixes = tuple(kb.demonym_suffixes)
    bases = {name for name in found.values() if " " not in name and len(name) >= 4}
    if not bases:
        return {}
    derived: dict[str, set[str]] = defaultdict(set)
    for name in bases:
        for d in _demonyms(name, suffixes)[1]:
            derived[d].add(name)
    words, norms = token_texts(doc), token_norms(doc)
    person_words = None
    out: dict[str, str] = {}
    for i in capitalised_tokens(doc):
        w, low = words[i], norms[i]
        if low not in derived or low in found or low in out or w.isupper():
            continue
        if len(derived[low]) != 1 or i + 1 >= len(doc) or not doc[i + 1].is_lower or doc[i + 1].pos_ != "NOUN":
            continue
        if kb.country_of(w) or low in kb.places or low in kb.known_orgs:
            continue
        if person_words is None:
            person_words = _full_name_words(doc)
        if low in person_words:
            continue
        out[low] = next(iter(derived[low]))
    return out


def _found_states(doc: Doc) -> dict[str, str]:
    """States unknown to world knowledge that the text shows to be states: a place name (or the
    adjective derived from it) that governs an army, a government, officials, a ministry or a head of
    state ("the Ostravian army", "Ostravia's president", "the government of Ostravia").

    Returns ``{norm(surface): name}`` for the name and its adjectives. The evidence must be there in
    the text, so a province or a town stays a place.
    """
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    names: dict[str, str] = {}
    # words of people's full names ("Tolvan" of "Marek Tolvan"): "the Tolvan government" is his
    person_words = _full_name_words(doc)
    place_labelled: set[str] = set()
    weak: set[str] = set()  # names the NER did not call a place: only their adjective can prove them states
    tied: set[str] = set()  # names that are words of a person's full name
    labels: dict[str, set[str]] = defaultdict(set)
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC", "ORG", "PERSON", "NORP"):
            continue
        for s, e in _split_possessive(doc, ent.start, ent.end):
            s, e = _trim(doc, s, e)
            text = span_text(doc, s, e)
            low = norm(text)
            if not 1 <= e - s <= 2 or not text[:1].isupper() or text.isupper() or len(text) < 4 or low in kb.places \
                    or kb.country_of(text) or low in kb.not_states or low in kb.regions or low in kb.media \
                    or low in kb.known_orgs or any(w in kb.org_nouns for w in token_norms(doc)[s:e]):
                continue
            names.setdefault(low, text)
            labels[low].add(ent.label_)
            if any(w in person_words for w in token_norms(doc)[s:e]):
                # a word of a person's name ("Tolvan" of "Marek Tolvan"), or of a party the NER took for a
                # person ("Forward Ostravia"): only the adjective ("the Ostravian parliament") proves a state
                weak.add(low)
                tied.add(low)
            elif ent.label_ in ("GPE", "LOC") \
                    or ent.label_ != "PERSON" and low.endswith(tuple(kb.state_name_endings)):
                place_labelled.add(low)  # "Kessaria" tagged as an organisation still reads as a country
            else:
                weak.add(low)
    cues = kb.state_cues
    lowers = token_lowers(doc)[0]
    for tok in (doc[i] for i in capitalised_tokens(doc)  # (the test below asks these too)
                if i >= 2 and lowers[i - 1] in ("of", "to")):
        # "the president of Ostravia", "ambassador to Ostravia" whatever the NER said about the name
        if tok.i >= 2 and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper() \
                and len(tok.text) >= 4 and _tk[tok.i - 1].lower_ in ("of", "to") \
                and (_cue_before_of(doc, tok.i, cues) or _state_noun_before(doc, tok.i)) \
                and not kb.country_of(tok.text) and norm(tok.text) not in kb.not_states \
                and (tok.ent_type_ in ("", "GPE", "LOC") and norm(tok.text) not in person_words
                     or _styled_state(doc, tok.i)) and norm(tok.text) not in kb.places \
                and norm(tok.text) not in kb.org_nouns \
                and not (_common_word(norm(tok.text)) and norm(_tk[tok.i - 2].text) in kb.portfolio_titles) \
                and (tok.i + 1 >= len(doc) or not _tk[tok.i + 1].text[:1].isupper()):
            # (not a portfolio in an English word after a minister's title: "the Minister of Mines", "the Minister of
            # Fisheries"; "the Republic of Lunaria" stays a state though its name is in the dictionary)
            names.setdefault(norm(tok.text), tok.text)
    for i in capitalised_tokens(doc):
        if i + 3 < len(doc) and _tk[i + 1].text in APOS and _untagged_state_possessive(doc, i, person_words):
            names.setdefault(norm(_tk[i].text), _tk[i].text)
    peoples = _peoples_named(doc)
    for low, name in peoples.items():
        names.setdefault(low, name)
    two_words = _two_word_states(doc, cues)
    two_words.update(_border_pairs(doc, person_words))
    two_words.update(_shouted_long_names(doc, person_words))
    dated, dated_name = _dateline_state(doc, person_words) or (None, None)
    if dated:
        names.setdefault(dated, dated_name)
    unlisted = _unlisted_states(doc, person_words)
    for low, name in _organ_states(doc, person_words).items():
        unlisted.setdefault(low, name)
    for low, name in _party_states(doc, person_words).items():
        unlisted.setdefault(low, name)
    for low, name in _corroborated_states(doc, person_words).items():
        unlisted.setdefault(low, name)
    for low, name in _seated_states(doc, person_words).items():
        unlisted.setdefault(low, name)
    for low, name in _country_field_states(doc, person_words).items():
        unlisted.setdefault(low, name)  # "Country: Velnora" opening a header's line
    if not names:
        return {**_adjective_states(doc, {}), **two_words, **unlisted}
    # a name whose adjective the text uses too ("Kessmora's army ... the Kessmoran front"): people's names have
    # no adjectives, so a place whatever the NER called it (not a word of a person's full name, nor "Mr X")
    for low, name in names.items():
        if low in weak and low not in tied and _adjective_used(doc, name) and not _named_as_person(doc, low):
            place_labelled.add(low)
    weak -= place_labelled - tied
    forms: dict[str, str] = {}
    # adjectives first, those of names the NER called places before others: "Ostravian" tagged as a
    # nationality is Ostravia's adjective, not a name of its own
    suffixes = tuple(kb.demonym_suffixes)
    for low, name in sorted(names.items(), key=lambda x: x[0] in weak):
        for d in _demonyms(name, suffixes)[1]:  # the norms of the adjectives (cached)
            if d != low:
                forms.setdefault(d, low)
    for low in names:
        forms.setdefault(low, low)
    evidence: set[str] = set(peoples)  # "all Porvenzans", "Vestrians voted": a people named for the place
    wide_bodies = _state_bodies()
    norms = token_norms(doc)
    for tok in (doc[i] for i in capitalised_tokens(doc) if norms[i] in forms):
        low = norms[tok.i]
        base = forms[low]
        # the nouns that follow, past a possessive, numbers and adjectives ("Ostravia's 120-seat parliament")
        nxt = []
        for t in doc_span(doc, tok.i + 1, tok.i + 7):
            if t.text == "-" and not nxt and _tk[t.i - 1].whitespace_:
                break  # "08:00 - TARVOS - CABINET": a spaced dash after a heading's town ends its phrase
            if t.text in APOS or t.pos_ in ("NUM", "ADJ") or t.text == "-" and not nxt:
                continue
            if t.is_punct or len(nxt) == 2:
                break
            nxt.append(norm(t.text))
        # an adjective made from a place's name is a demonym: any state body will do ("Ostravian officials")
        wide = cues if low == base else wide_bodies
        if low == base and tok.i >= 2 and _tk[tok.i - 1].lower_ in ("of", "to") \
                and (_cue_before_of(doc, tok.i, cues) or _state_noun_before(doc, tok.i)) \
                and (base not in weak or base not in tied and not _named_as_person(doc, base)
                     or _styled_state(doc, tok.i)) \
                and (base not in _local_places(doc) or _styled_state(doc, tok.i)):
            # "the government of Ostravia", "ambassador to Ostravia", "the people of Marvessa": also a name the
            # NER took for a person, unless the text names it as one ("Mr Marvessa", "President Marvessa"); not a
            # name the text puts before a province's noun ("the people of Dorna ... a clinic in Dorna province")
            evidence.add(base)
            continue
        if low == base and base in place_labelled and _acts_as_state(doc, tok):
            evidence.add(base)  # "which Miravia recognised", "Miravia cut ties with Tolvia"
            continue
        if low == base and (base in place_labelled or base not in tied and not _named_as_person(doc, base)) \
                and _called_country(doc, tok):
            evidence.add(base)  # "Tolvia, a small country in the Gulf", whatever the NER called "Tolvia"
            continue
        if low == base and base not in tied and tok.i >= 1 and _after_neighbour_word(doc, tok.i) \
                and not _named_as_person(doc, base) and base not in _local_places(doc) \
                and not (tok.i + 1 < len(doc) and _tk[tok.i + 1].is_lower and _tk[tok.i + 1].pos_ == "NOUN"):
            # "accused neighbouring Tarsovia of ...": no person is a neighbour so, whatever the NER said ("the
            # neighbouring Kessa province" is a province)
            evidence.add(base)
            continue
        if low == base and base in place_labelled and base not in tied and not _named_as_person(doc, base) \
                and base not in _local_places(doc) and (_addressed_state(doc, tok, place_labelled - tied)
                                                        or _paired_with_state(doc, tok)):
            # "Tolvia urged Marn to ...", "sanctions on Marn", "Marn and Tolvia agreed"; "Tolvia and France signed a
            # pact", "talks between Tolvia and Egypt" (a name the NER calls a place: "Exxon and Iraq signed a
            # contract" is a company's)
            evidence.add(base)
            continue
        if low == base and base not in tied and not _named_as_person(doc, base) \
                and (_own_state_object(doc, tok) or _other_side_of_own_state_object(doc, tok)):
            evidence.add(base)  # "Tolvia recalled its ambassador (from Marn)", "Marn closed its border (with Tolvia)"
            continue
        if low == base and _breakaway(doc, tok):
            evidence.add(base)  # "the breakaway region of Tarsovia", "Tarsovia, a self-declared republic"
            continue
        if low == base and tok.i >= 3 and _tk[tok.i - 1].lower_ == "in" \
                and _tk[tok.i - 2].lower_ in ("election", "elections") \
                and _tk[tok.i - 3].lower_ in ("parliamentary", "presidential", "legislative", "general"):
            evidence.add(base)  # "the parliamentary election in Ostravia": only states elect a parliament
            continue
        if low == base and base in tied and tok.i + 2 < len(doc) and _tk[tok.i + 1].text in APOS \
                and not _named_as_person(doc, base):
            # "Forward Vardonia" tagged as a person, then "Vardonia's parliamentary election": what only a state owns
            # (a name the NER calls a place where it stands alone, never a person: also a state's ministries,
            # "Vardonia's defence ministry", not "Tolvan's" as the word of "Marek Tolvan")
            alone = labels.get(base, set())
            if _owns(doc, tok.i + 2, kb.sovereign_cues - kb.person_owned_cues
                     if alone & {"GPE", "LOC"} and "PERSON" not in alone else kb.territorial_cues):
                evidence.add(base)
                continue
        if low == base and base not in tied and tok.i + 2 < len(doc) and _tk[tok.i + 1].text in APOS:
            # "Ostravia's capital", "Ostravia's President", "Ostravia's general election": what only a state
            # owns proves one, whatever the NER called the name
            # a company or a federation has a president, capital and members too: a name tagged as an
            # organisation and never as a place needs a state's institution, a head of state's title
            # ("X's President") or a capital city named
            owned = kb.sovereign_cues - kb.company_owns if "ORG" in labels.get(base, ()) \
                and not labels[base] & {"GPE", "LOC"} else kb.sovereign_cues
            j = tok.i + 2
            titled = _tk[j].text == "President" or _tk[j].lower_ == "capital" and j + 2 < len(doc) \
                and _tk[j + 1].text == "," and _tk[j + 2].text[:1].isupper()  # "X's capital, Y,": a city named
            if titled or _owns(doc, tok.i + 2, owned) or _sized_house(doc, tok.i + 2):
                evidence.add(base)
                continue
        if low == base and base not in tied and tok.i + 3 < len(doc) and _tk[tok.i + 1].text == "," \
                and _tk[tok.i + 2].lower_ == "whose" and (norm(_tk[tok.i + 3].text) in kb.sovereign_cues or (
                    norm(_tk[tok.i + 3].text) == "government"
                    and (base not in weak or tok.i > 0 and _tk[tok.i - 1].lower_ in ("neighbouring", "neighboring")))):
            # "Ostravia, whose president ...", "neighbouring Ostravia, whose government ...": a state (a
            # person has a government too: "Tolvan, whose government fell")
            evidence.add(base)
            continue
        if low == base and base in weak or low != base and base in tied and _named_as_person(doc, base):
            continue  # (the adjective of a person's surname the text names as a person: "Tolvan said he ...")
        if any(w in wide for w in nxt[:2]) or (len(nxt) > 1 and " ".join(nxt[:2]) in cues):
            evidence.add(base)  # "Ostravian army", "Ostravia's president", "Ostravian Armed Forces"
            continue
        if low == base and base in place_labelled and tok.i + 2 < len(doc) and _tk[tok.i + 1].text in APOS:
            # "Freedonia's Falcon Brigade": a place that owns a named armed group or party is a state
            j = tok.i + 2
            while j < len(doc) and _tk[j].text[:1].isupper() and j - tok.i < 6:
                j += 1
            if j > tok.i + 2 and norm(_tk[j - 1].text) in kb.org_nouns:
                evidence.add(base)
    if dated:
        evidence.add(dated)
    _the_country_named(doc, forms, place_labelled - tied, evidence)
    for low, name in unlisted.items():
        names.setdefault(low, name)
        forms.setdefault(low, low)
        evidence.add(low)
    _coordinated_states(doc, forms, place_labelled - tied, weak - tied, evidence)
    out = dict(two_words)
    for form, base in forms.items():
        if base in evidence:
            out[form] = names[base]
    return _adjective_states(doc, _place_named_for_adjective(doc, out, person_words))


def _place_named_for_adjective(doc: Doc, found: dict[str, str], person_words: set[str]) -> dict[str, str]:
    """A state proven by its adjective alone ("the Ostravian army", the NER's nationality taken for the name)
    whose own name the text writes too ("fighting has swept Ostravia"), or whose adjective the text only ever
    writes before a noun ("the Tolmoran army", never "Tolmoran" alone): named Ostravia / Tolmora, the adjective
    kept as one of its forms (as ``_adjective_states`` names a state known only by its adjective); never an
    English word ("the Metropolitan army units")."""
    kb = knowledge()
    words = token_texts(doc)
    written = {words[i] for i in capitalised_tokens(doc) if not words[i].isupper()}
    renamed: dict[str, str] = {}
    for name in set(found.values()):
        m = _ADJECTIVE.fullmatch(name)
        if not m or name.isupper() or " " in name:
            continue
        stem, suffix = m.group(1), m.group(2)
        place = next((o for o in _adjective_places(stem, suffix) if o in written and norm(o) != norm(name)), None)
        if place is None and suffix in ("ian", "an") and _only_attributive(doc, norm(name)) \
                and not _common_word(norm(name)) and not norm(name).endswith(tuple(kb.state_name_endings)):
            # "the Tolmoran army" and no "Tolmoran" written as a noun anywhere: the adjective, named as
            # ``_adjective_states`` names a state known only by its adjective (Tolmora), whatever the NER
            # called the word
            place = _adjective_places(stem, suffix)[0]
        if place is None:
            continue
        low = norm(place)
        if low in found or low in person_words or kb.country_of(place) or low in kb.places or low in kb.regions \
                or low in kb.not_states or low in kb.known_orgs or _named_as_person(doc, low):
            continue
        renamed[name] = place
    if not renamed:
        return found
    out = {form: renamed.get(name, name) for form, name in found.items()}
    for place in renamed.values():
        out[norm(place)] = place
    return out


def _lone_adjective_person(doc: Doc, tok, low: str) -> bool:
    """The NER's guess of a person for an unknown adjective alone ("the Kelmoran army" tagged as a person): a
    one-word person that is no word of a person's full name, never named as a person ("Mr Kelmoran", "Kelmoran
    said he"), and always written before a lower-case noun (``_only_attributive``)."""
    if tok.ent_type_ == "PERSON" and (tok.ent_iob_ != "B" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    return not _common_word(low) and not _named_as_person(doc, low) and _only_attributive(doc, low)


def _only_attributive(doc: Doc, low: str) -> bool:
    """Every time the text writes the word ``low`` it stands before a lower-case noun ("the Tolmoran army",
    "Tolmoran officials"), never as a noun of its own ("in Tolmoran", "Tolmoran's", "Tolmoran said"): an
    adjective, not a place's name."""
    return per_doc(doc, "attributive_words", _attributive_words).get(low, False)


def _attributive_words(doc: Doc) -> dict[str, bool]:
    """{norm: whether every capitalised writing of it stands before a lower-case noun} (one pass over the Doc)."""
    norms = token_norms(doc)
    out: dict[str, bool] = {}
    for i in capitalised_tokens(doc):
        before_noun = i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN"
        out[norms[i]] = out.get(norms[i], True) and before_noun
    return out


def _peoples_named(doc: Doc) -> dict[str, str]:
    """A people named for a place the text writes: a plural demonym in -ans/-ians standing as a noun ("the port
    belongs to all Porvenzans", "Vestrians voted on Sunday"), with "Porvenza", "Vestria" written too: a state's
    citizens, whatever the NER made of the name (a language, an organisation, a word of a party's name). Not a
    name world knowledge knows as a place, region or no state, a town the text puts before a local place's noun
    ("Kessa province"), nor one the text names as a person ("Mr Porvenza"). ``{norm(name): name}``."""
    kb = knowledge()
    caps = _capitalised(doc)
    norms = token_norms(doc)
    out: dict[str, str] = {}
    words, pos, deps = token_texts(doc), token_pos(doc), token_deps(doc)
    for i in capitalised_tokens(doc):  # (the capitalised words: the test below asks it too)
        text = words[i]
        if len(text) < 7 or not text.endswith("ans") or not text[:1].isupper() or text.isupper() \
                or pos[i] not in ("PROPN", "NOUN") or deps[i] in ("compound", "amod"):
            continue
        m = _ADJECTIVE.fullmatch(text[:-1])
        if not m or kb.country_of(text) or kb.country_of(text[:-1]) or norm(text[:-1]) in kb.not_states:
            continue
        stem, suffix = m.group(1), m.group(2)
        place = _adjective_places(stem, suffix)[0] if suffix in ("ian", "an") else None
        if place is None or place not in caps:
            continue
        low = norm(place)
        if kb.country_of(place) or low in kb.places or low in kb.regions or low in kb.not_states \
                or low in kb.known_orgs or low in _local_places(doc) \
                or any(norms[k] == low and k and norms[k - 1] in kb.person_cues for k in range(len(norms))):
            continue  # ("Mr Porvenza": a person; a sentence with "he" in it proves nothing against a people)
        out[low] = place
    return out


def _dateline_state(doc: Doc, person_words: set[str]) -> tuple[str, str] | None:
    """The state of a dateline, a line that opens with a place in capitals, a comma and a name before a dash
    or a bracket ("QALAT TOWN, Ostravia - The convoy ...", "LEMAZ, Ostravia (wire) -"): the norm of the name,
    unknown to world knowledge (a month's name is a date: "KRALJEVAC, Oct 6 -"), and the name. Only the
    first dateline counts; with none, the state of the opening's venue and date (``venue_state_at``)."""
    kb = knowledge()
    words = token_texts(doc)
    n = len(words)
    for i in range(min(n - 3, 400)):
        if not (words[i].isupper() and words[i].isalpha() and len(words[i]) >= 3) \
                or i and "\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
            continue
        j = i + 1
        while j < n and j - i < 4 and words[j].isupper() and words[j].isalpha():
            j += 1  # "QALAT SIRR"
        if j + 2 >= n or words[j] != "," or not words[j + 1].istitle() or not words[j + 1].isalpha() \
                or len(words[j + 1]) < 4 or words[j + 2] not in ("-", "—", "–", "(", "--"):
            continue
        low = norm(words[j + 1])
        if low in kb.month_names or kb.country_of(words[j + 1]) or low in kb.places or low in kb.regions \
                or low in kb.not_states or low in person_words or low in kb.media or low in _local_places(doc):
            return None
        return low, words[j + 1]
    k = venue_state_at(doc)
    if k is not None:
        # "at a rally in Port Halden, Ostravia, 3 May 2025": the venue's state
        low = norm(words[k])
        if not (low in kb.month_names or kb.country_of(words[k]) or low in kb.places or low in kb.regions
                or low in kb.not_states or low in person_words or low in kb.media or low in _local_places(doc)):
            return low, words[k]
    return None


def venue_state_at(doc: Doc) -> int | None:
    """The token of the state in the opening's venue and date, a dateline of the event the document records ("at a
    rally in Port Halden, Ostravia, 3 May 2025", "at the bridge opening in Tarnhal, Ostravia, on 17 June"): one
    capitalised word of four letters or more, not in capitals, after a capitalised place and a comma and before a
    comma, "on" maybe, and a date (a day and a month's name, either way round), in the first 80 tokens, the place
    after "in" or "at" (no comma between: not "a statement from Orvik Holdings, Tarvos, 3 May"), not after a verb of
    publishing (relations.yaml outlet_verbs: "printed in the Harbour Gazette, Tarnhal, 3 May"). The word is not
    checked against the knowledge base, the months or the document's provinces here: ``_dateline_state`` does that."""
    def find(d: Doc) -> int | None:
        kb = knowledge()
        outlets = set(kb.relations.get("outlet_verbs") or ())
        words = token_texts(d)
        n = min(len(d), 80)
        for k in range(2, n - 3):
            w = words[k]
            if words[k - 1] != "," or words[k + 1] != "," or not w.istitle() or not w.isalpha() or len(w) < 4 \
                    or not words[k - 2][:1].isupper() or not words[k - 2].isalpha():
                continue
            before = [x.lower() for x in words[max(0, k - 7):k - 1]]
            before = before[max((i for i, x in enumerate(before) if x == ","), default=-1) + 1:]
            if not any(x in ("in", "at") for x in before):
                continue  # (the venue is "in" or "at" the place: not "a statement from Orvik Holdings, Tarvos, ...")
            p = next(i for i in range(len(before) - 1, -1, -1) if before[i] in ("in", "at"))
            if p and before[p - 1] in outlets:
                continue  # "first printed in the Harbour Gazette, Tarnhal, 3 May": an outlet's town
            if not day_month_at(d, k + 2):
                continue
            return k
        return None
    return per_doc(doc, "venue_state", find)


def _border_pairs(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """Two names joined by a hyphen before "border" or "frontier" ("the Tolvia-Kessa border", "along the
    Marn–Tolvia frontier"), or the one-word name after "border with" ("clashes along the border with Kessa."):
    states, where world knowledge does not know them as places or regions and none is a word of a person's
    name. Also the unknown side of a hyphenated pair with a state world knowledge knows, before what two states
    hold together (roles.yaml addressing_nouns: "Zelvia-Russia relations", "the Zelvia-Turkey talks").
    ``{norm(name): name}``."""
    kb = knowledge()
    words, lowers = token_texts(doc), token_lowers(doc)[0]
    dashes = ("-", "–", "—")

    def joined(k: int) -> bool:  # "X-Y" written without spaces just before token k
        return k >= 3 and words[k - 2] in dashes and not doc[k - 3].whitespace_ and not doc[k - 2].whitespace_

    out: dict[str, str] = {}
    for k in (k for k, w in enumerate(lowers) if w in ("border", "frontier")
              or joined(k) and doc[k].lemma_.lower() in kb.addressing_nouns):
        strict = True  # (a person's name wherever the text has "he": the border's test)
        if lowers[k] not in ("border", "frontier"):
            # a pair before relations or talks: the side world knowledge does not know is a state when the other
            # is a state it knows (not its capital: "the Kessa-Moscow talks"), and not a person's: "President
            # Tolvan", nor the last word of a name of several the NER tagged ("said Marek Tolvan" as a body)
            pair = (words[k - 3], words[k - 1])
            known = [w for w in pair if kb.country_of(w) and norm(w) not in kb.capitals]
            names = tuple(w for w in pair if not kb.country_of(w))
            if len(known) != 1 or len(names) != 1 or norm(names[0]) in _cue_named(doc) \
                    or norm(names[0]) in _surname_words(doc):
                continue
            strict = False  # (a sentence with "he" in it does not make a person of the pair's state)
        elif k + 2 < len(lowers) and lowers[k + 1] == "with" \
                and (k + 3 >= len(doc) or not doc[k + 3].is_alpha and doc[k + 3].text != "-"):
            names = (words[k + 2],)  # (a name alone: not "the border with Kessa province")
        elif joined(k):
            names = (words[k - 3], words[k - 1])
        else:
            continue
        if not all(w[:1].isupper() and w.isalpha() and not w.isupper() and len(w) >= 4 for w in names):
            continue
        for w in names:
            low = norm(w)
            if kb.country_of(w) or low in kb.places or low in kb.regions or low in kb.not_states \
                    or low in person_words or low in kb.known_orgs or strict and _named_as_person(doc, low) \
                    or low in _local_places(doc):
                continue
            out[low] = w
    return out


def _surname_words(doc: Doc) -> frozenset[str]:
    """The last words of the names of two or three capitalised words the NER tagged as a person or a body ("Halvek"
    of "Marek Halvek", even tagged a body), none a body's noun (roles.yaml org_nouns): a surname, never a state's
    name on its own. Kept on the Doc."""
    def find(d: Doc) -> frozenset[str]:
        org_nouns, norms = knowledge().org_nouns, token_norms(d)
        return frozenset(norms[e.end - 1] for e in doc_ents(d) if e.label_ in ("PERSON", "ORG") and 2 <= len(e) <= 3
                         and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in e)
                         and not any(norms[j] in org_nouns for j in range(e.start, e.end)))
    return per_doc(doc, "surname_words", find)


def _shouted_long_names(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """A state's long name in an upper-case heading ("CHAMBER OF DEPUTIES OF THE REPUBLIC OF KESSARIA", "KINGDOM OF
    MARN - STATE GAZETTE"): the name after a word of a state's long form (roles.yaml country_appositives) and "OF"
    (maybe "THE"), written in capitals, is a state's, in the case the text would give it ("Kessaria").
    ``{norm(name): name}``."""
    kb = knowledge()
    out: dict[str, str] = {}
    for j in _shouted_long_name_at(doc):
        name = doc[j].text.capitalize()
        low = norm(name)
        if kb.country_of(name) or low in kb.places or low in kb.regions or low in kb.not_states \
                or low in person_words or low in kb.known_orgs:
            continue
        out[low] = name
    return out


def _shouted_long_name_at(doc: Doc) -> list[int]:
    """The tokens that are the name in "REPUBLIC OF X", "KINGDOM OF THE X" written in capitals (one word of four
    letters or more: not "REPUBLIC OF NORTH KESSARIA", whose case is more than a guess)."""
    def find(d: Doc) -> list[int]:
        kb = knowledge()
        words, lowers = token_texts(d), token_lowers(d)[0]
        out = []
        for k in (k for k, w in enumerate(words) if w.isupper() and lowers[k] in kb.country_appositives):
            j = k + 1
            if j >= len(d) or words[j] != "OF":
                continue
            j += 1 + (j + 1 < len(d) and words[j + 1] == "THE")
            if j < len(d) and words[j].isalpha() and words[j].isupper() and len(words[j]) >= 4 \
                    and not (j + 1 < len(d) and words[j + 1].isalpha() and words[j + 1].isupper()):
                out.append(j)
        out += _country_heading_names(d, words, lowers)
        return out
    return per_doc(doc, "shouted_long_names", find)


def _country_heading_names(doc: Doc, words: list[str], lowers: list[str]) -> list[int]:
    """The name an upper-case heading line labels as a country's: "COUNTRY RISK BRIEF - X", "COUNTRY PROFILE: X",
    "NATION BRIEFING - X", "X: COUNTRY REPORT" (a word of roles.yaml country_appositives opening the line's label,
    up to three more upper-case words, a dash or colon, and one upper-case name of four letters or more alone
    on its side of the line)."""
    kb = knowledge()
    seps = (":", "-", "–", "—")

    def line_edge(i: int) -> bool:  # the start or the end of a line
        return i < 0 or i >= len(doc) or "\n" in words[i] and doc[i].is_space

    def the_name(j: int) -> bool:
        return 0 <= j < len(doc) and words[j].isalpha() and words[j].isupper() and len(words[j]) >= 4 \
            and lowers[j] not in kb.country_appositives

    out = []
    for k in (k for k, w in enumerate(words) if w.isupper() and lowers[k] in kb.country_appositives):
        end = k + 1
        while end < len(doc) and end - k <= 3 and words[end].isalpha() and words[end].isupper():
            end += 1
        if end < len(doc) and words[end] in seps and line_edge(k - 1) and the_name(end + 1) \
                and line_edge(end + 2):
            out.append(end + 1)  # "COUNTRY RISK BRIEF - X"
        elif k >= 2 and words[k - 1] in seps and the_name(k - 2) and line_edge(k - 3) and line_edge(end):
            out.append(k - 2)  # "X: COUNTRY REPORT"
    return out


def _owns(doc: Doc, j: int, cues) -> bool:
    """The words after a possessive, from token ``j`` (numbers and dashes skipped, up to three), open with
    one of ``cues``, as written or past lower-case adjectives and the adverbs that date a post ("Ostravia's new
    constitution", "Ostravia's then president": roles.yaml office_time_adverbs; a cue's own adjective, "foreign
    minister", is kept by the first reading): what only a state owns."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    norms = token_norms(doc)
    run = j
    while run < len(doc) and run < j + 5 and _tk[run].is_alpha and _tk[run].text[:1].isupper():
        run += 1
    if run - j >= 2 and norms[run - 1] in knowledge().org_nouns and " ".join(norms[j:run]) not in cues:
        return False  # "Ana Perl's Citizens Movement": a body's name after the possessive, not what she owns
    kept = [t for t in range(j, min(len(doc), j + 4)) if not _tk[t].like_num and _tk[t].text not in "-–"]
    after = [norms[t] for t in kept][:3]
    bare = [norms[t] for t in kept if not (_tk[t].pos_ == "ADJ" and _tk[t].is_lower)][:3]
    dated = knowledge().office_time_adverbs  # "Ostravia's then prime minister": the post dated, still the state's
    undated = [norms[t] for t in kept if not (_tk[t].is_lower and norms[t] in dated)][:3]
    return any(" ".join(w[:k]) in cues for w in (after, bare, undated) for k in (1, 2, 3))


def _sized_house(doc: Doc, j: int) -> bool:
    """The words after a possessive, from token ``j``, are a house sized by its seats or members ("Ostravia's
    101-seat Chamber of the Republic", "Ostravia's 150-member parliament": facts.yaml size_modifiers and
    legislature_nouns): only a state (or a region the gazetteer knows) keeps a national house of a given size.
    Not a local body's noun ("its 40-member council": facts.yaml local_house_nouns)."""
    from kingmaker.nlp.facts import fact_cues  # (facts imports this module)

    cues = fact_cues()
    norms = token_norms(doc)
    if j + 3 >= len(doc) or not doc[j].like_num or doc[j + 1].text not in "-–" or not doc[j + 1].text:
        return False
    return norms[j + 2] in cues.size_modifiers and norms[j + 3] in cues.legislature_nouns \
        and norms[j + 3] not in cues.local_house_nouns and not (j + 4 < len(doc) and doc[j + 4].is_lower
                                                             and doc[j + 4].pos_ == "NOUN")


def _two_word_states(doc: Doc, cues: set[str]) -> dict[str, str]:
    """A two-word name after a state's noun and "of"/"to" ("the government of San Morvado", "the ambassador to
    Costa Verdana", "the Republic of Nueva Tarsa") or owning what only a state owns ("San Morvado's
    president", "Costa Verdana's armed forces": roles.yaml sovereign_cues): ``{norm(name): name}``. Not a
    person's name: neither word named as a person nor used alone elsewhere (people are met again by their
    surname: "the government of Anna Korvik ... Korvik said"), and a name the NER took for a person needs a
    cue no person has (a president, an ambassador, a capital: not a government, officials or a regime,
    roles.yaml state_nouns)."""
    kb = knowledge()
    words, lowers = token_texts(doc), token_lowers(doc)[0]
    norms = token_norms(doc)
    out: dict[str, str] = {}
    alone: Counter | None = None
    titled: set[str] = set()
    n = len(words)

    def after_of(i: int) -> bool:
        return norms[i - 2] in cues and (doc[i - 2].is_lower or doc[i].ent_type_ in ("GPE", "LOC")) \
            and not (doc[i].ent_type_ == "PERSON" and norms[i - 2] in kb.state_nouns) or _state_noun_before(doc, i)
        # (a lower-case noun: not a body's longer name, "Ministry of Home Affairs", unless the NER calls the
        # name a place, "Senate of San X")

    def owns(i: int) -> bool:
        return _owns(doc, i + 3, kb.sovereign_cues)

    spots = [(k, after_of) for k in range(2, n - 1) if lowers[k - 1] in ("of", "to") and words[k][:1].isupper()
             and words[k + 1][:1].isupper()]
    spots += [(k - 2, owns) for k in range(2, n - 1) if words[k] in APOS and words[k - 1][:1].isupper()
              and words[k - 2][:1].isupper() and not (k >= 3 and words[k - 3][:1].isupper())]
    for i, cue in spots:
        if i + 2 < n and words[i + 2][:1].isupper() or words[i].isupper() or words[i + 1].isupper() \
                or len(words[i + 1]) < 4 or not words[i + 1].isalpha() or not words[i].isalpha():
            continue
        a, b = doc[i], doc[i + 1]
        if a.pos_ != "PROPN" or b.pos_ != "PROPN" or a.ent_type_ not in ("", "GPE", "LOC", "PERSON") \
                or b.ent_iob_ != "I" and a.ent_type_ != "" or not cue(i):
            continue
        text = span_text(doc, i, i + 2)
        low = norm(text)
        if low in out or kb.country_of(text) or low in kb.places or low in kb.regions or low in kb.not_states \
                or low in kb.known_orgs or low in kb.media or norms[i] in kb.org_nouns or norms[i + 1] in kb.org_nouns \
                or lowers[i + 1] in _place_nouns():  # "the Velna Region's parliament": a place below the state
            continue
        if alone is None:  # how often each capitalised word stands without the word before or after it, and
            # the words after a person's title ("Mr", "President": roles.yaml person_cues)
            alone = Counter(norms[k] for k in range(n) if words[k][:1].isupper()
                            and not (k > 0 and words[k - 1][:1].isupper()) and not (k + 1 < n and words[k + 1][:1].isupper()))
            titled = {norms[k] for k in range(1, n) if norms[k - 1] in kb.person_cues}
        if alone[norms[i + 1]] or alone[norms[i]] or norms[i] in titled or norms[i + 1] in titled:
            continue
        out[low] = text
    return out


def _surname_of_named(low: str, person_names: set[str]) -> bool:
    """"Prime Minister Anton Brelo ... accused Brelo": a word alone that ends a person's full name in the same
    text is that person's surname, even where a gazetteer knows a town of that name (the NER's place tag on the
    bare surname is then its mistake); the votes decide, as for any other surname."""
    return " " not in low and low in person_names


def _capital_as_surname(doc: Doc, s: int, e: int, name: str, country: str, person_names: set[str],
                        capital_forms: set[str]) -> bool:
    """Whether the one word doc[s:e] is a capital's name ("Lima", "Valletta") that ends a person's full name in the
    same text ("Readers will recognise Carlos Lima, the former minister. ... Lima was charged"): a full name the NER
    tagged as a person's (``_surname_of_named``), or the capital written after a capitalised word that is no English
    common word, title, state or place ("Ana Valletta", however the NER read it; not "New Delhi", "Greater Lima"):
    the person's surname, no metonym of the state, unless it opens a dateline ("LIMA, May 3 -") or the state is
    named in the text too, by any of its names or its adjective ("Peru", "Peruvian", "Türkiye", "Turkish"; then the
    votes decide as before)."""
    low = norm(name)
    if e - s != 1 or low.replace("'", "") not in capital_forms or low == norm(country) or _is_dateline(doc, s, e):
        return False
    text = doc_text(doc)
    if any(_country_of(w) == country and norm(w).replace("'", "") not in capital_forms for w in _capitalised_words(doc)):
        return False
    if _surname_of_named(low, person_names):
        return True
    kb = knowledge()
    for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b", text):
        first = m.group(1).lower()
        if not _common_word(first) and first not in kb.function_words and first not in kb._title_set \
                and first not in kb.title_words and first not in kb.places and not _country_of(m.group(1)):
            return True
    return False


def _capitalised_words(doc: Doc) -> tuple[str, ...]:
    """The distinct texts of the Doc's capitalised words of letters only ("Peru", "Peruvian"; not "3rd", "U.N."), in
    order of first use, kept on the Doc: a test of each such word's text asks each distinct one once, not once per
    token (``_capital_as_surname`` asks it for every mention of a capital)."""
    def find(d: Doc) -> tuple[str, ...]:
        words, _tk = token_texts(d), read_tokens(d)
        return tuple(dict.fromkeys(words[i] for i in capitalised_tokens(d) if _tk[i].is_alpha))
    return per_doc(doc, "capitalised_words", find)


def _particle_place_tagged_person(doc: Doc, s: int, e: int, low: str) -> bool:
    """"fuel ran short in La Paz", "Analyst: Ana Ruiz, El Alto": a gazetteer's place whose name opens with an
    article or particle ("la", "el", "al", "de") that the NER tagged as a person. No person's full name is so
    written, only a surname ("Minister Ivo La Marra"), which a longer person's name ending in it then shows; a
    person left with that place's name would take the bare surname its last word shares with the text's person
    ("Tomas Paz Quispe ... Paz said ... in La Paz")."""
    kb = knowledge()
    words = low.split()
    if len(words) < 2 or words[0] not in kb.surname_particles or words[0] in kb.father_particles \
            or low not in kb.places:  # (not "Ben Slimane": a person's surname as often as a town's)
        return False
    return not any(ent.label_ == "PERSON" and len(ent) > e - s and norm(ent.text).endswith(" " + low)
                   for ent in doc_ents(doc))


def _place_nouns() -> frozenset[str]:
    """facts.yaml local_place_nouns (province, region, governorate ...): one list for both layers."""
    from kingmaker.nlp.facts import fact_cues  # (facts imports this module)
    return fact_cues().local_place_nouns


def _local_places(doc: Doc) -> frozenset[str]:
    """The norms of the capitalised words the text puts right before a noun of a place below the state
    (facts.yaml local_place_nouns: "Kessa province", "the Dorna governorate"), kept on the Doc: a name's
    weaker state cues ("neighbouring X", a dateline, "the X-Y border") do not hold for these."""
    def find(d: Doc) -> frozenset[str]:
        nouns = _place_nouns()
        words, lowers = token_texts(d), token_lowers(d)[0]
        norms = token_norms(d)
        return frozenset(norms[k - 1] for k in range(1, len(words)) if lowers[k] in nouns and words[k].islower()
                         and words[k - 1][:1].isupper())
    return per_doc(doc, "local_places", find)


def _neighbour_word(lower: str) -> bool:
    """'neighbouring', 'neighboring' (relations.yaml neighbour_words: one list for both layers)."""
    from kingmaker.nlp.relations import cues as relation_cues  # (relations imports this module)
    return lower in relation_cues().neighbour_words


def _after_neighbour_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` comes right after a neighbour word ("supplied by neighbouring Vessaland"), a line's end
    between them too (a text wrapped at a fixed width: "by neighbouring" ending one line, "Vessaland" opening the
    next); not past a blank line or a gap of spaces."""
    lowers = token_lowers(doc)[0]
    j = i - 1
    if j >= 1 and lowers[j].strip(" ") == "\n" and doc[j].is_space:
        j -= 1  # (the wrapped line's break, a token of its own)
    return j >= 0 and _neighbour_word(lowers[j])


def mission_owner(doc: Doc, start: int, end: int) -> bool:
    """The state named at ``start:end`` owns a diplomatic mission named with it ("the Kavelian embassy", "Kavel's
    consulate", "the embassy of Kavel", "the Kavelian High Commission"; relations.yaml diplomatic_mission_nouns): a
    foreign power where the story is set, no evidence that the story is about it (one rule for the state a bare
    house belongs to and the home state)."""
    from kingmaker.nlp.relations import cues as relation_cues  # (relations imports this module)
    missions = relation_cues().diplomatic_mission_nouns
    lowers, words = token_lowers(doc)[0], token_texts(doc)  # (read once per Doc: no Token per word)
    j = end + 1 if end < len(doc) and lowers[end] in ("'s", "\u2019s", "'", "\u2019") else end
    return j < len(doc) and mission_noun_length(words, j, missions) > 0 \
        or start >= 2 and lowers[start - 1] == "of" and any(
            mission_noun_length(words, start - 1 - n, missions) == n for n in (1, 2) if start - 1 - n >= 0)


def mission_noun_length(words, j: int, missions) -> int:
    """How many words from ``j`` name a diplomatic mission (``missions``: relations.yaml diplomatic_mission_nouns):
    2 for "High Commission" (a Commonwealth state's embassy: "the Velnian High Commission in Port Rell"), 1 for
    "embassy", 0 for none."""
    if j + 1 < len(words) and norm(words[j] + " " + words[j + 1]) in missions:
        return 2
    return 1 if norm(words[j]) in missions else 0


def _cue_before_of(doc: Doc, i: int, cues) -> bool:
    """A state's noun of one or two words (``cues``) and "of" or "to" right before token ``i``: "the president of
    X", "the ambassador to X", "the Central Bank of X", "the Prime Minister of X"."""
    if i < 2 or token_lowers(doc)[0][i - 1] not in ("of", "to"):
        return False
    norms = token_norms(doc)
    return norms[i - 2] in cues or i >= 3 and f"{norms[i - 3]} {norms[i - 2]}" in cues


def _state_noun_before(doc: Doc, i: int) -> bool:
    """'the Gulf emirate of X', 'the small kingdom of X': a lower-case noun for a state (roles.yaml
    country_appositives) and "of" right before token ``i``."""
    return i >= 2 and doc[i - 1].lower_ == "of" and (doc[i - 2].is_lower or doc[i - 2].is_title) \
        and norm(doc[i - 2].text) in knowledge().country_appositives


def _styled_state(doc: Doc, i: int) -> bool:
    """'the Kingdom of X', 'the Republic of X': a state's styled name (a capitalised noun for a state, roles.yaml
    country_appositives, and "of" right before token ``i``), whatever the NER made of X elsewhere (a translated
    text's "Belvar has denied ..." tagged a person): no person's name follows it."""
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].is_title \
        and norm(doc[i - 2].text) in knowledge().country_appositives


def _capitalised(doc: Doc) -> set[str]:
    """The capitalised words of the text (kept on the Doc)."""
    words = token_texts(doc)
    return per_doc(doc, "caps", lambda d: {words[i] for i in capitalised_tokens(d)})


def _adjective_used(doc: Doc, name: str) -> bool:
    """Whether the text writes the adjective English makes of ``name`` ("Kessmora" -> "Kessmoran", "Ostravia" ->
    "Ostravian"): a place's name then, never a person's."""
    caps = _capitalised(doc)
    return len(name) >= 4 and name[-1:] == "a" and name[:1].isupper() and name + "n" in caps


def _named_as_person(doc: Doc, low: str) -> bool:
    """Whether the text names ``low`` as a person: after a title or a courtesy word (roles.yaml person_cues:
    "Mr Marvessa", "President Marvessa", "Gen. Marvessa") or as the subject of "he/she said" nearby."""
    return low in _person_named(doc)


_PERSON_PRONOUNS = frozenset(("he", "she", "his", "her"))


def _person_named(doc: Doc) -> frozenset[str]:
    """The norms of the words :func:`_named_as_person` holds for, found in one pass over the Doc (kept
    on it): a word after a person cue (the two words before it, full stops skipped), and every word of a
    sentence with "he", "she", "his" or "her" in it."""
    return per_doc(doc, "person_named", _find_person_named)


def _find_person_named(doc: Doc) -> frozenset[str]:
    out = set(_cue_named(doc))
    lowers = token_lowers(doc)[0]
    norms = token_norms(doc)
    pos = token_pos(doc)
    if doc.has_annotation("SENT_START"):
        for sent in doc_sents(doc):  # (the sentences' spans, made once per Doc)
            if any(lowers[j] in _PERSON_PRONOUNS for j in range(sent.start, sent.end)):
                # (a word already held, or no proper noun, needs no look at the tree: _acted_upon_name reads
                # only a PROPN)
                out.update(norms[j] for j in range(sent.start, sent.end)
                           if norms[j] not in out and (pos[j] != "PROPN" or not _acted_upon_name(doc, j)))
    out.discard("")  # (a punctuation mark's norm)
    return frozenset(out)


_OBJECT_DEPS = frozenset(("dobj", "pobj", "dative"))


def _acted_upon_name(doc: Doc, i: int) -> bool:
    """Token ``i`` is a one-word proper name that is the object of a verb or of a preposition, or of a list that is
    ("On Saturday he warned Pellandor that ...", "his troops crossed into Velnia and Ostria"): not the "he" or "she"
    of its sentence, who is its subject or someone named before, so the pronoun does not name it as a person (a
    title still does: "he met President Tolvan" is :func:`_cue_named`'s; so does a name of several words, "she
    handed the mandate to Ana Tels", whose words are a person's however the parser hung them)."""
    tok = read_tokens(doc)[i]  # (the listed token: no new Token per word and per step up the tree)
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ in ("compound", "flat") \
            or any(c.dep_ in ("compound", "flat") for c in tok.children):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in _OBJECT_DEPS


def _cue_named(doc: Doc) -> frozenset[str]:
    """The norms of the words the text writes right after a person cue (roles.yaml person_cues: "Mr Marvessa",
    "President Marvessa", "Gen. Marvessa"): the first half of :func:`_person_named`, one pass kept on the Doc."""
    return per_doc(doc, "cue_named", _find_cue_named)


def _find_cue_named(doc: Doc) -> frozenset[str]:
    cues = knowledge().person_cues
    words = token_texts(doc)
    norms = token_norms(doc)
    out: set[str] = set()
    # the words a cue of several words ends with ("minister" of "prime minister"): the pair is looked up only then
    tails = {c[k + 1:] for c in cues for k, ch in enumerate(c) if ch == " "}
    for i in range(1, len(words)):
        if words[i - 1] != ".":  # the word before, and the one before it unless a full stop
            if norms[i - 1] in cues or i >= 2 and words[i - 2] != "." and norms[i - 1] in tails \
                    and f"{norms[i - 2]} {norms[i - 1]}" in cues:
                out.add(norms[i])
        elif i >= 2 and words[i - 2] != "." and norms[i - 2] in cues and words[i - 2][:1].isupper() \
                and len(words[i - 2]) <= 5:  # "Gen. X": the dot of an abbreviated title skipped (not "... envoy. X")
            out.add(norms[i])
    out.discard("")  # (a punctuation mark's norm)
    return frozenset(out)


def _the_country_named(doc: Doc, forms: dict[str, str], places: set[str], evidence: set[str]) -> None:
    """A text that speaks of "the country" or "the kingdom" (roles.yaml country_appositives, singular, after
    "the") and names one place of one word unknown to world knowledge (or one more often than any other, twice
    at least), no proved state, and not a place it calls local, is about that place when it names the place
    before any state known to world knowledge: "the hardest job in Marn ... the country's last guerrilla
    group", "the man to see in Marn ... the kingdom's interior minister". Adds to ``evidence`` in place."""
    if evidence or not places:
        return
    kb = knowledge()
    lowers = token_lowers(doc)[0]
    if not any(lowers[i - 1] == "the" and w in kb.country_appositives and not w.endswith("s")
               for i, w in enumerate(lowers) if i):
        return
    local = _local_places(doc)
    # (one word: "the Green Zone" or "the Litani River" is a place's description, never a state's name)
    found = {b for b in places if forms.get(b) == b and " " not in b} - local
    if len(found) > 1:  # the place the text names most, at least twice and more than any other
        counts = Counter(low for ent in doc_ents(doc) if ent.label_ in ("GPE", "LOC")
                         for low in (norm(span_text(doc, *_trim(doc, ent.start, ent.end))),) if low in found)
        top = counts.most_common(2)
        found = {top[0][0]} if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else set()
    if len(found) != 1:
        return
    # the text's first state: named before any state world knowledge knows ("Yemen ... in Aden ... the country"
    # is Yemen)
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC", "NORP"):
            low = norm(span_text(doc, *_trim(doc, ent.start, ent.end)))
            if low in found:
                evidence.update(found)
                return
            if kb.country_of(ent.text):
                return


def _coordinated_states(doc: Doc, forms: dict[str, str], places: set[str], weak: set[str],
                        evidence: set[str]) -> None:
    """A name joined by "and"/"or" to a name the text proves a state is a state too: "the leaders of
    Tolvia and Marn" where "Tolvia's president" was named, "ties with Tolvia and Marn" (a coordination shares
    its kind); so is a place name in apposition to a proved state's ally or neighbour (:func:`_peer_of_state`).
    Never a word of a person's full name nor a place the text calls local ("Kessa province"); a name the NER
    did not call a place (``weak``) only if the text never names it as a person ("Mr X", "X said he"). The
    partner must be proved by the text itself, not a state known to world knowledge (a known state
    is often coordinated with a city: "flights to Egypt and Luxor"). Adds to ``evidence`` in place."""
    candidates = places | weak
    if not candidates - evidence or not evidence:
        return
    norms = token_norms(doc)
    local = None
    for tok in (doc[i] for i, low in enumerate(norms) if low in candidates and forms.get(low) == low):
        base = norms[tok.i]
        if base in evidence or tok.pos_ != "PROPN":
            continue
        partners = [tok.head] if tok.dep_ == "conj" else []
        partners += [c for c in tok.children if c.dep_ == "conj"]
        first = tok.head if tok.dep_ == "conj" else tok
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in first.children) \
            and any(_proved_state(p, norms, forms, evidence) for p in partners)
        if not joined and not (base in places and _peer_of_state(tok, norms, forms, evidence)):
            continue
        if local is None:
            local = _local_places(doc)
        if base not in local and (base in places or not _named_as_person(doc, base)):
            evidence.add(base)


def _moves_forces(verb: Token) -> bool:
    """Whether ``verb`` sends, keeps or adds forces (facts.yaml deploy_verbs, keep_verbs, contribute_verbs):
    "Velnia deployed 2,000 soldiers", not "Velnia killed 20 soldiers"."""
    from kingmaker.nlp.facts import fact_cues

    cues = fact_cues()
    return any(cues.has(key, verb) for key in ("deploy_verbs", "keep_verbs", "contribute_verbs"))


def _organ_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names the text uses only as the modifier of a state's organs ("the Ostrevi High Court", "the
    Ostrevi Coast Guard", "Ostrevi authorities"): two different organs (roles.yaml organised_state_owns and
    state_organ_heads, read as written, capitalised or not) right after the same name, one of them what no party,
    province or company has (organised_state_owns: a coast guard, a navy, a central bank). Never a known state, place,
    region or body, a word of a person's name, a title, or a place the text calls local. ``{norm(name): name}``."""
    kb = knowledge()
    strong = kb.organised_state_owns
    if not strong:
        return {}
    heads = strong | kb.state_organ_heads
    words, norms = token_texts(doc), token_norms(doc)
    n = len(words)
    seen: dict[str, set[str]] = defaultdict(set)
    for i in capitalised_tokens(doc):
        w = words[i]
        if len(w) < 4 or not w.isalpha() or w.isupper() or i + 1 >= n \
                or i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and not doc[i - 1].is_sent_start:
            continue
        for k in (3, 2, 1):
            cue = " ".join(norms[i + 1:i + 1 + k])
            if i + k < n and cue in heads:
                seen[norms[i]].add(cue)
                break
    out: dict[str, str] = {}
    written = {words[i] for i in capitalised_tokens(doc) if words[i].isalpha() and len(words[i]) >= 4}
    for low, cues in seen.items():
        if len(cues) < 2 or not cues - {"army", "armed forces"} & strong:
            continue  # (an armed group calls itself an army too)
        if cues & kb.adjective_state_cues and any(_ADJECTIVE.fullmatch(words[i]) for i in capitalised_tokens(doc)
                                                  if norms[i] == low):
            continue  # "the Velnan army", "the Velnan interior ministry": an adjective, read by _adjective_states
        name = next(words[i] for i in capitalised_tokens(doc) if norms[i] == low)
        if any(name[:k] in written for k in range(max(4, len(name) - 4), len(name))):
            continue  # "the Keshite navy" with "Kesh" in the text: the adjective of a name written apart
        if _barred_state_word(doc, low, name, person_words):
            continue
        out[low] = name
    return out


def _barred_state_word(doc: Doc, low: str, name: str, person_words: set[str]) -> bool:
    """A name the organ and party routes never make a state: a known state, place, region or body, a non-state, a
    medium, an organisation noun, a word of a person's name, a title or person cue, a word the text names as a
    person, or a place the text calls local (one list for :func:`_organ_states` and :func:`_party_states`)."""
    kb = knowledge()
    return bool(kb.country_of(name) or low in kb.places or low in kb.regions or low in kb.not_states
                or low in kb.media or low in kb.known_orgs or low in kb.org_nouns or low in person_words
                or low in kb._title_set or low in kb.person_cues or _named_as_person(doc, low)
                or low in _local_places(doc))


def _party_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names world knowledge lacks that the text's parties carry as their country ("the Ostrevi Democratic
    Movement", "the Freedom Front of Ostrevi", "the Ostrevi Labour Party"): two different party names at least (one
    headed by a noun of a body that seeks votes: roles.yaml org_nouns of a subkind in ``PARTY_SUBKINDS``) open with
    the name or end in "of" the name, and the text names it once at least on its own ("the vote in Ostrevi"): a
    polity whose politics the story is about, though it never says "Ostrevi's army". Never a known state, place,
    region or body, a word of a person's name, a title, or a place the text calls local. ``{norm(name): name}``."""
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    n = len(words)

    def cap(k: int) -> bool:
        return 0 <= k < n and words[k][:1].isupper() and words[k].isalpha()

    def party(k: int) -> bool:
        return 0 <= k < n and cap(k) and kb.org_nouns.get(norms[k]) in PARTY_SUBKINDS

    lowers, places = token_lowers(doc)[0], _place_nouns()
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    seen: dict[str, set[str]] = defaultdict(set)
    alone: set[str] = set()
    local: set[str] = set()
    for i in capitalised_tokens(doc):
        w = words[i]
        if len(w) < 4 or not w.isalpha() or w.isupper():
            continue
        ahead = next((j for j in range(i + 1, min(n, i + 5)) if not cap(j)), min(n, i + 5))
        if ahead > i + 1 and party(ahead - 1) and not (cap(i - 1) and not _tk[i - 1].is_sent_start):
            seen[norms[i]].add(" ".join(norms[i + 1:ahead]))  # "the Ostrevi Democratic Movement"
            continue
        if i >= 2 and norms[i - 1] == "of" and not cap(i + 1):
            back = i - 2
            while back > 0 and cap(back - 1) and i - back < 5:
                back -= 1
            if any(party(k) for k in range(back, i - 1)):
                seen[norms[i]].add(" ".join(norms[back:i - 1]))  # "the Freedom Front of Ostrevi"
                continue
        if i >= 1 and lowers[i - 1] in places or i >= 2 and norms[i - 1] == "of" and lowers[i - 2] in places \
                or lowers[i + 1:i + 2] == [","] and any(lowers[k] in places and words[k].islower()
                                                          for k in range(i + 2, min(n, i + 6))):
            # "the capital Tarvel", "the town of Tarvel", "Tarvel, a port city in ...": a place below a state
            local.add(norms[i])
        elif i >= 2 and lowers[i - 1] in ("and", "or") and norms[i - 2] in kb.demonyms \
                or i + 2 < n and lowers[i + 1] in ("and", "or") and norms[i + 2] in kb.demonyms:
            continue  # "in Norvish and English": a language or an adjective listed with a demonym, not a state
        elif not cap(i + 1) and not (cap(i - 1) and not _tk[i - 1].is_sent_start) \
                and not (i >= 1 and norms[i - 1] == "of" and cap(i - 2)) and not _tk[i].is_sent_start \
                and _tk[i].ent_type_ != "PERSON" and _tk[i].pos_ != "ADJ":
            # met on its own: mid-sentence (a sentence's first word is capitalised whatever it is), not read as a
            # person ("Karsten founded ...") or as an adjective ("Democratic reforms", "a Democratic senator")
            alone.add(norms[i])
    out: dict[str, str] = {}
    for low, names in seen.items():
        if len(names) < 2 or low not in alone or low in local:
            continue
        name = next(words[i] for i in capitalised_tokens(doc) if norms[i] == low)
        if _barred_state_word(doc, low, name, person_words):
            continue
        out[low] = name
    return out


def _untagged_state_possessive(doc: Doc, i: int, person_words: set[str]) -> bool:
    """Whether token i, a name the NER left untagged (it took the words after it for a body's name), owns what only
    a state owns, or a head of state's post with its holder named after a comma: "KASTEL, May 3 - Torvenia's
    president, Oriane Tessaleu, said", "Torvenia's defence ministry said" (roles.yaml sovereign_cues; not what a
    company owns too, roles.yaml company_owns, without the holder's name). Not a word of a person's full name
    ("Tessaleu's labour minister"), nor the last word of a longer name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    tok = _tk[i]
    low = norm(tok.text)
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.text.isupper() or len(tok.text) < 4 or not tok.is_alpha \
            or kb.country_of(tok.text) or low in kb.not_states or low in person_words or low in kb.places \
            or low in kb.org_nouns or low in kb.regions or i > 0 and _tk[i - 1].text[:1].isupper() \
            and _tk[i - 1].is_alpha:
        return False
    j = i + 2
    if _owns(doc, j, kb.sovereign_cues - kb.company_owns - kb.person_owned_cues):
        return True
    two = j + 1 < len(doc) and f"{_tk[j].lower_} {_tk[j + 1].lower_}" in kb.head_of_state_titles
    c = j + (2 if two else 1 if norm(_tk[j].text) in kb.head_of_state_titles else 0)
    return c > j and c + 1 < len(doc) and _tk[c].text == "," and _tk[c + 1].text[:1].isupper()


def _unlisted_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names world knowledge lacks that the text shows to be states however the tagger read them (a
    person, a place or nothing): a name that owns what only a state owns ("Marova's army", roles.yaml
    unlisted_state_owns), says "its troops", "its airspace" of itself as subject, is joined by "and" to a state
    known to world knowledge ("France and Durnholm signed"), stands after a state's relation noun and "with" ("at war
    with Kesh", "the border with Marova": state_relation_nouns, the subject of "at war with" too), backs an armed group
    by a hyphened word ("Kardon-backed fighters": relations.yaml hyphen_modifiers of type backs), deploys or sends a
    state's forces ("Velnia deployed 2,000 soldiers": deployed_forces; a name the tagger called a place or left
    untagged), or is called an ally or rival together with a place name ("Velnia and Ostria are close allies"). The
    evidence anywhere in the text types every mention of the name. Never a name the text names as a person anywhere
    (a given name, a title, he/she), a word of a longer name, a place it calls local, or a name the tagger calls an
    organisation outside the hyphened backing and a possessive (the tagger often calls a possessive that opens a
    sentence an organisation: "Velmar's army massed ..."; such a name owns one of roles.yaml organised_state_owns, what
    no party, company or armed group owns). ``{norm(name): name}``."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    owns = kb.unlisted_state_owns
    if not owns:
        return {}
    words, norms = token_texts(doc), token_norms(doc)
    lowers = token_lowers(doc)[0]
    n = len(words)
    backing = _backing_words()

    def name_at(i: int) -> bool:
        w = words[i]
        return len(w) >= 4 and w.isalpha() and w[:1].isupper() and not w.isupper() and _tk[i].pos_ == "PROPN" \
            and not (i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha() and _tk[i - 1].pos_ == "PROPN"
                     and not _date_word(doc, i - 1)) \
            and not (i + 1 < n and words[i + 1][:1].isupper() and words[i + 1].isalpha())

    spots = [i for i in capitalised_tokens(doc) if name_at(i)]
    if not spots:
        return {}
    long_words = {w for ent in doc_ents(doc) if len(ent) > 1 for w in norms[ent.start:ent.end]}
    bad: set[str] = set()  # names the tagger calls a body outside a hyphened backing and a possessive
    organised: set[str] = set()  # names the tagger calls a body before "'s" ("Velmar's army massed ...")
    for i in spots:
        if _tk[i].ent_type_ not in ("", "PERSON", "GPE", "LOC") \
                and not (i + 2 < n and words[i + 1] == "-" and norms[i + 2] in backing) and not _portfolio_place(doc, i):
            if _tk[i].ent_type_ == "ORG" and i + 2 < n and words[i + 1] in APOS:
                organised.add(norms[i])  # (its common reading of a possessive that opens a sentence)
            else:
                bad.add(norms[i])

    def led_by_titled(i: int) -> bool:
        """"Prime Minister Ivo Dask of Velnia", "President Dask of Velnia": the state a titled person leads."""
        if i < 3 or lowers[i - 1] != "of":
            return False
        return any(all(words[k][:1].isupper() and words[k].isalpha() and norms[k] not in kb._title_set
                       for k in range(i - 1 - m, i - 1)) and _head_title_before(doc, i - 1 - m) for m in (1, 2))

    led = {norms[i] for i in spots if led_by_titled(i)}

    def fits(i: int) -> bool:
        low, w = norms[i], words[i]
        return (low not in bad or low in led) and low not in person_words and (low not in long_words or _portfolio_place(doc, i)) \
            and low not in kb.places \
            and not kb.country_of(w) and low not in kb.regions and low not in kb.not_states and low not in kb.media \
            and low not in kb.known_orgs and low not in kb.org_nouns and low not in kb.person_cues \
            and not _named_as_person(doc, low) and low not in _local_places(doc)

    def state(t: Token) -> bool:
        """A state world knowledge knows, by its own name (not a capital or a metonym: "Sanaa and X" are towns)."""
        known = t.pos_ == "PROPN" and kb.country_of(t.text)
        return bool(known) and norm(known) == norm(t.text) and norm(t.text) not in kb.capitals

    def placed(t: Token) -> bool:
        return t.ent_type_ in ("GPE", "LOC") or state(t)

    def owned(j: int, low: str) -> bool:
        """The words from token ``j`` are one of ``owns`` (of ``organised_state_owns`` after a name the tagger
        calls an organisation before "'s": a party has troops and a prime minister too), not "army of" something
        ("an army of volunteers")."""
        if not _owns(doc, j, kb.organised_state_owns if low in organised else owns):
            return False
        k = j
        while k < n and k < j + 4 and not _tk[k].is_punct and lowers[k] != "of":
            k += 1
        return not (k < n and lowers[k] == "of")

    out: dict[str, str] = {}
    for i in spots:
        low = norms[i]
        if low in out or not fits(i):
            continue
        tok = doc[i]
        first = _first_conjunct(tok)
        group = [first, *first.conjuncts]
        found = i + 2 < n and words[i + 1] in APOS and owned(i + 2, low) or low in led  # "Marova's army"
        if not found and tok.dep_ == "nsubj":
            # "Ostmark said its troops would stay", "Kesh and Marova recalled their ambassadors": the first
            # possessive pronoun after the name in its sentence, no other subject between
            pron = "their" if len(group) > 1 else "its"
            end = tok.sent.end
            for j in range(i + 1, end):
                if _tk[j].dep_ in ("nsubj", "nsubjpass") and _tk[j].pos_ in ("PROPN", "NOUN") \
                        and doc[j] not in group:
                    break
                if lowers[j] in ("its", "their", "his", "her"):
                    found = lowers[j] == pron and owned(j + 1, low)
                    break
        if not found and len(group) > 1 and any(c.dep_ == "cc" and c.lower_ in ("and", "or")
                                                for o in group for c in o.children) \
                and not (first.dep_ == "pobj" and first.head.lower_ in kb.pair_place_preps):
            # "France and Durnholm signed a pact" (not where something is: "flights to Egypt and Luxor")
            found = any(state(o) for o in group if o is not tok)
        if not found and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and (norms[tok.head.head.i] in kb.state_relation_nouns
                     or any(c.dep_ == "prep" and c.lower_ == "at" and any(
                         p.dep_ == "pobj" and norms[p.i] in kb.state_relation_nouns for p in c.children)
                            for c in tok.head.head.children)):
            found = True  # "the border with Marova", "has been at war with Kesh"
        if not found and tok.dep_ == "nsubj":
            verb = tok.head
            for p in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                      for p in c.children if p.dep_ == "pobj" and norms[p.i] in kb.state_relation_nouns):
                # "Velnia has been at war with Kesh": the other side a name (or a known state)
                found = any(o.pos_ == "PROPN" and (state(o) or name_at(o.i) and fits(o.i))
                            for c in [*p.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "with"
                            for o in c.children if o.dep_ == "pobj")
        if not found:
            found = _portfolio_place(doc, i)  # "Minister of the Interior of Kesh": a minister serves a state
        if not found and i + 2 < n and words[i + 1] == "-" and norms[i + 2] in backing:
            # "Kardon-backed fighters", "Kardon-sponsored Red Banner Militia fighters": an armed group's backer
            found = any(kb.org_nouns.get(norms[k]) == "armed_group" or norms[k] in kb.group_member_nouns
                        or norms[k] in kb.member_plurals for k in range(i + 3, min(n, i + 9)))
        if not found and tok.ent_type_ in ("", "GPE", "LOC"):
            if tok.dep_ == "nsubj":
                # "Velnia deployed 2,000 soldiers", "Velnia keeps 1,000 troops in Ostria"
                found = _moves_forces(tok.head) and any(
                    c.dep_ == "dobj" and (norms[c.i] in kb.deployed_forces or norm(c.lemma_) in kb.deployed_forces)
                    for c in tok.head.children)
            elif tok.dep_ == "pobj" and tok.head.lower_ == "from":
                # "a 600-strong contingent from Velnia", "troops from Velnia crossed the border"
                found = norms[tok.head.head.i] in kb.deployed_forces
            if not found and tok.dep_ == "nsubj" and norm(tok.head.lemma_) in kb.envoy_verbs:
                # "Kesh expelled Durnholm's ambassador", "Kesh summoned two envoys"
                found = any(c.dep_ == "dobj" and (norm(c.lemma_) in kb.envoy_nouns or norms[c.i] in kb.envoy_nouns)
                            for c in tok.head.children)
            if not found and tok.ent_type_ and tok.dep_ == "nsubj" and tok.head.lemma_ in ("be", "remain") \
                    and len(group) == 1:
                # "Ostria is the main patron of the militia", "Velnia is Kesh's closest ally": a place name so called
                found = any(c.dep_ == "attr" and norm(c.lemma_) in kb.state_peer_nouns for c in tok.head.children)
        if not found and len(group) > 1 and tok.dep_ in ("nsubj", "conj") and first.dep_ == "nsubj" \
                and any(placed(o) for o in group):
            # "Velnia and Ostria are close allies", "Kardon and Velnia remain bitter rivals"
            found = any(c.dep_ in ("attr", "acomp", "oprd") and norm(c.lemma_) in kb.state_peer_nouns
                        for c in first.head.children)
        if found:
            out[low] = words[i]
    return out


_FIELD_LINE = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]+)?([A-Za-z][A-Za-z ]{1,30}?)[ \t]*:[ \t]*(.*)$", re.M)
_FIELD_NAME = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \t]*(?:$|[|(,;/]|[-\u2013\u2014][ \t])")


def _country_field_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names world knowledge lacks that a header field naming a document's country gives, opening its line
    ("Country: Velnora", "Country: VELNORA (FIR Lumesa) | Risk: HIGH", "Host country: Velnora"; roles.yaml
    country_fields): one capitalised word, then the line's end or a field's separator ("|", "(", ",", ";", "/", a
    spaced dash; not "Country: San Velmoro", a longer name the tagger reads as it will). A name in capitals is named
    as the text writes it elsewhere ("Velnora"), else in title case.
    Never a known state or place, a common word ("Country: Various", "Country: Multiple"), a body's noun, nor a name
    the text names as a person. ``{norm(name): name}``."""
    kb = knowledge()
    fields = kb.country_fields
    text = doc_text(doc)  # (spaCy joins doc.text anew on every access)
    if not fields or ":" not in text:
        return {}
    out: dict[str, str] = {}
    for line in _FIELD_LINE.finditer(text):
        if norm(line.group(1).strip()) not in fields:
            continue
        hit = _FIELD_NAME.match(line.group(2))
        if hit is None:
            continue
        name = hit.group(1).strip()
        words = name.split()
        if not all(w[:1].isupper() for w in words) or len(name) < 4:
            continue
        if name.isupper():
            written = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text[:line.start()] + " "
                                + text[line.end():], re.I)
            found = written.group(0) if written is not None and not written.group(0).isupper() else None
            name = found or " ".join(w[:1] + w[1:].lower() for w in words)
        low = norm(name)
        if kb.country_of(name) or low in kb.places or low in kb.regions or low in kb.not_states or low in kb.media \
                or low in kb.known_orgs or low in kb.person_cues or low in kb.demonyms \
                or any(norm(w) in kb.org_nouns or norm(w) in person_words for w in words) \
                or len(words) == 1 and _common_word(low) or _named_as_person(doc, low) or low in _local_places(doc):
            continue
        out.setdefault(low, name)
    return out


def _seated_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names world knowledge lacks that hold a seat at a meeting of states: each written after a delegate's
    noun and "of" ("the representative of Velnora", "Delegation of Velnora", "the permanent representative of
    Velnora": roles.yaml delegate_nouns), where the text so seats a state world knowledge holds too ("the
    representative of Kenya", "the representative of the United States"), or three such names: a meeting's roll.
    One seat alone, or two names alone, prove nothing (a firm or a union sends a representative too). Never a name the tagger or the
    text calls a person, a known place, region or body, nor an English word. ``{norm(name): name}``."""
    kb = knowledge()
    nouns = kb.delegate_nouns
    if not nouns:
        return {}
    words, norms = token_texts(doc), token_norms(doc)
    lowers = token_lowers(doc)[0]
    _tk = read_tokens(doc)
    n = len(words)
    seated: dict[str, str] = {}  # norm -> name: the unknown one-word names seated
    known: set[str] = set()  # the states world knowledge holds that are seated too
    for i in range(2, n):
        if lowers[i - 1] != "of" or not any(" ".join(norms[k:i - 1]) in nouns for k in range(max(0, i - 5), i - 1)):
            continue
        j = i + 1 if lowers[i] == "the" else i
        e = j
        while e < n and e < j + 4 and words[e][:1].isupper() and words[e].isalpha():
            e += 1
        if e == j:
            continue
        state = kb.country_of(span_text(doc, j, e))
        if state:
            known.add(norm(state))
            continue
        w = words[j]
        if j != i or e - j != 1 or len(w) < 4 or w.isupper() or _tk[j].ent_type_ == "PERSON":
            continue
        seated.setdefault(norms[j], w)
    if not known and len(seated) < 3:
        return {}  # (two firms' representatives at a board's meeting: a roll of states names one the world knows)
    out: dict[str, str] = {}
    for low, name in seated.items():
        if low in person_words or low in kb.places or low in kb.regions or low in kb.not_states or low in kb.media \
                or low in kb.known_orgs or low in kb.org_nouns or low in kb.person_cues or low in kb.demonyms \
                or _common_word(low) or low in _cue_named(doc) or low in _local_places(doc):
            continue  # (not "he said" nearby: the representative is a he or a she)
        out[low] = name
    return out


def _date_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a month's name that ends a date the tagger read as one ("On 29 August Korvel's Congress voted",
    "on 3 May Velnia's army ..."; roles.yaml month_names): no word of the name after it."""
    tok = read_tokens(doc)[i]
    return tok.ent_type_ == "DATE" and tok.lower_ in knowledge().month_names


def _corroborated_states(doc: Doc, person_words: set[str]) -> dict[str, str]:
    """One-word names world knowledge lacks that the text shows to be states by two different kinds of proof, however
    the tagger read them (a person, an organisation, nothing) and though they stand in longer names too: owning
    what a state owns ("Velnora's defence ministry", "Velnora's main trading partner": roles.yaml
    unlisted_state_owns, corroborating_state_owns) or heading it ("the capital of Velnora"); expelling, summoning
    or recalling envoys ("Velnora expelled two diplomats": envoy_verbs, envoy_nouns); naming such an organ
    as its modifier ("the Velnora border guard"); its adjective before a noun ("Velnoran troops", "the Velnoran
    Police Service"); a body named for it ("the Union for Velnora", "the Miners' Union of Velnora"); a travel notice
    for it ("a travel warning for Velnora": roles.yaml travel_notice_nouns); "its" said of it as a subject ("expects
    Velnora to honour its commitments": no person; not a name the tagger calls an organisation there); closing a
    place's address ("Location: Port Evra, Velnora"; ``_address_tail``); written after "in" where it names an
    organ too, written lower-case or one no armed group has ("the Velnora navy ... 2,000 troops in Velnora", "the
    Velnora Navy": the organ's ground; not for "the Velnora Army" nor "the Velnora Defence Forces", an armed group's
    name as often). One proof
    is not enough (a town has a capital-city club, a trading partner, a Chamber of Commerce of its own). Never a
    name written after a person's title ("President Velnora"), before a noun of a place below the state ("the
    Velnora region"), nor a known state, place or body. ``{norm(name): name}``."""
    kb = knowledge()
    owns = kb.corroborating_state_owns | kb.unlisted_state_owns
    if not kb.corroborating_state_owns:
        return {}
    words, norms = token_texts(doc), token_norms(doc)
    lowers = token_lowers(doc)[0]
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    n = len(words)
    proofs: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}

    def name_at(i: int) -> bool:
        w = words[i]
        return len(w) >= 4 and w.isalpha() and w[:1].isupper() and not (i + 1 < n and words[i + 1][:1].isupper()
                                                                        and words[i + 1].isalpha())

    for i in capitalised_tokens(doc):
        if not name_at(i):
            continue
        low = norms[i]
        if not words[i].isupper():
            written.setdefault(low, words[i])
        if i + 2 < n and words[i + 1] in APOS and _owns(doc, i + 2, owns):
            proofs[low].add("owns")  # "Velnora's defence ministry"
        if i >= 2 and lowers[i - 1] == "of" and _tk[i - 2].is_lower and norms[i - 2] in kb.corroborating_state_owns:
            proofs[low].add("heads")  # "the capital of Velnora"
        tok = _tk[i]
        if tok.dep_ == "nsubj" and norm(tok.head.lemma_) in kb.envoy_verbs and any(
                c.dep_ == "dobj" and (norm(c.lemma_) in kb.envoy_nouns or norms[c.i] in kb.envoy_nouns)
                for c in tok.head.children):
            proofs[low].add("envoys")  # "Velnora expelled two diplomats"
        if i >= 3 and lowers[i - 1] in ("for", "to", "against") \
                and f"{norms[i - 3]} {norms[i - 2]}" in kb.travel_notice_nouns:
            proofs[low].add("advised")  # "a travel warning for Velnora"
        if tok.dep_ == "nsubj" and tok.ent_type_ != "ORG" and _own_pronoun(doc, tok) == "its":
            proofs[low].add("itself")  # "expects Velnora to honour its commitments": no person
        if _address_tail(doc, i):
            proofs[low].add("address")  # "Port Evra, Velnora, with travel to ...": a place's larger place
        if i >= 2 and lowers[i - 1] in ("of", "for") and words[i - 2][:1].isupper() and words[i - 2].isalpha() \
                and not (i >= 3 and norms[i - 2] in kb._title_set) and norms[i - 2] not in kb.country_appositives:
            # (not "the Republic of Velnora": a state's own style, read as the state by the state-style names)
            proofs[low].add("body")  # "the Union for Velnora", "the Miners' Union of Velnora"
    firms = {norm(w) for w in kb.company_suffixes}
    organs = kb.corroborating_state_owns - {"capital", "capital city", "coast", "coastline"}  # (once, not per name)
    # the first words of the organs: ``_owns`` finds one only where a word of the four after the name opens one (a
    # cheap test first, for the many capitalised words followed by none)
    organ_firsts = {c.split(" ")[0] for c in organs}

    def organ_may_follow(j: int) -> bool:
        return "" in organ_firsts or any(norms[t] in organ_firsts or " " in norms[t] for t in range(j, min(n, j + 4)))
    companies: set[str] = set()  # names before a company's word ("Velnora Ltd", "the Velnora Company")
    plain_organ: set[str] = set()  # names before an organ written lower-case, or one only a state has ("X Navy")
    for i in capitalised_tokens(doc):
        if not (i + 1 < n and words[i][:1].isupper() and words[i].isalpha()):
            continue
        if norms[i + 1] in firms or words[i + 1][:1].isupper() and kb.org_nouns.get(norms[i + 1]) == "company" \
                and norms[i + 1] != "bank":
            companies.add(norms[i])
        if not (i > 0 and words[i - 1][:1].isupper() and lowers[i - 1] != "the") \
                and organ_may_follow(i + 1) and _owns(doc, i + 1, organs):
            proofs[norms[i]].add("organ")  # "the Velnora border guard": the name as an organ's modifier
            if words[i + 1].isalpha() and not words[i].isupper() \
                    and (words[i + 1].islower() or _owns(doc, i + 1, kb.organised_state_owns - {"army", "armed forces"})):
                # (not "the Velnora Army", "the Velnora Defence Forces": a group's name; not a heading's "TARVOS -
                # FOREIGN MINISTRY", a town's line in a planner)
                plain_organ.add(norms[i])
    for i in capitalised_tokens(doc):
        if norms[i] in plain_organ and name_at(i) and i >= 1 and lowers[i - 1] in ("in", "inside") \
                and _tk[i].ent_type_ != "ORG":
            proofs[norms[i]].add("placed")  # "the Velnora navy ... troops in Velnora": the organ's own ground
    def adjective(low: str) -> bool:  # the adjective of a name the text writes too ("Velnoran" of "Velnora")
        return any(o != low and low in _demonyms(w, tuple(kb.demonym_suffixes))[1] for o, w in written.items())

    civic: set[str] = set()  # names opening two bodies of which none seeks votes ("the X Football Association")
    for low, bodies in _bodies_opened(doc, owns).items():
        if len(bodies) >= 2 and not adjective(low):
            proofs[low].add("named")  # "the Velnora Rowing Association ... the Velnora Liberation Front"
            if not any(kb.org_nouns.get(b.split()[-1]) in PARTY_SUBKINDS for b in bodies):
                civic.add(low)  # (a party is named for a founder, a town or a language too: "the X Labour Party")
    named = {k: norms.count(k) for k in proofs
             if k in civic and k in written and not _common_word(k) and not kb.country_of(k)}
    top = max(named.values(), default=0)
    if top >= 2 and list(named.values()).count(top) == 1 and all(len(v) < 2 for v in proofs.values()) \
            and _stateless_head(doc):  # (no name proved already: that one is the story's state)
        # "President Edun Malobwe" in a story of Tarvossi's civic bodies that names no state it knows often: his
        # state is the name that opens them, if the story names it most
        proofs[next(k for k, c in named.items() if c == top)].add("headed")
    for low, name in list(written.items()):
        if not proofs.get(low):
            continue
        forms = _demonyms(name, tuple(kb.demonym_suffixes))[1]
        if any(norms[k] in forms and words[k][:1].isupper() and norms[k] not in person_words and k + 1 < n
               and words[k + 1].isalpha() and _tk[k + 1].pos_ in ("NOUN", "PROPN") for k in capitalised_tokens(doc)):
            proofs[low].add("adjective")  # "Velnoran troops", "the Velnoran Police Service"
    out: dict[str, str] = {}
    for low, kinds in proofs.items():
        name = written.get(low)
        if len(kinds) < 2 or not name or kb.country_of(name) or low in kb.places or low in kb.regions \
                or low in kb.not_states or low in kb.media or low in kb.known_orgs or low in kb.org_nouns \
                or low in kb.person_cues or low in kb.demonyms or low in _cue_named(doc) or low in _local_places(doc) \
                or _common_word(low) or low in companies or low in _personal_name_words(doc):
            continue
        out[low] = name
    return out


def _own_pronoun(doc: Doc, tok: Token) -> str | None:
    """The first possessive pronoun after a subject in its sentence, no other subject between ("Velnora said its
    troops ...", "expects Velnora to honour its commitments" -> "its"; "Velnora said Marn and its allies ..." -> None)."""
    lowers = token_lowers(doc)[0]
    _tk = read_tokens(doc)
    group = {tok.i, *(c.i for c in tok.conjuncts)}
    for j in range(tok.i + 1, tok.sent.end):
        if _tk[j].dep_ in ("nsubj", "nsubjpass") and _tk[j].pos_ in ("PROPN", "NOUN") and j not in group:
            return None
        if lowers[j] in ("its", "their", "his", "her"):
            return lowers[j]
    return None


def _address_tail(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes a place's address: a place's name the tagger calls one (one or two words, not
    itself an item of a list), a comma, then the name, then the line's end or a stop ("Location: Port Evra, Velnora,
    with travel to ...", "Harbour House, Dunmere, Velnora"); not a street's number ("Markt 4, Orsendorf"). A town the
    tagger calls a person closes an address only in a chain that ends its line ("Villa Rosa, Puerto Dalan, Velnora").
    """
    _tk = read_tokens(doc)
    words = token_texts(doc)
    n = len(words)
    if i < 2 or words[i - 1] != "," or _tk[i - 2].ent_type_ not in ("", "GPE", "LOC", "FAC", "PERSON") \
            or _tk[i - 2].pos_ != "PROPN" or not words[i - 2][:1].isupper():
        return False
    k = i - 2
    while k > 0 and (_tk[k].ent_iob_ == "I" or not _tk[k].ent_type_ and _tk[k - 1].pos_ == "PROPN"
                     and words[k - 1][:1].isupper() and not _tk[k - 1].ent_type_):
        k -= 1  # (the place's first word)
    if i - k > 3 or k > 0 and words[k - 1] in ("and", "or"):
        return False
    if _tk[i - 2].ent_type_ == "PERSON" and not _address_chain_end(doc, k, i):
        return False  # ("Dear Ana Rell, Velnora ...": a person's name; a town the tagger calls one closes a chain)
    if k > 0 and words[k - 1] == "," and i + 2 < n and words[i + 1] in (",", "and", "or") \
            and not _tk[i + 2].is_lower:
        return False  # ("Leipzig, Brenstadt, Velnora and Vienna": a list of places; "Harbour House, Dunmere,
        # Velnora": an address's chain)
    if i + 1 >= n:
        return True
    nxt = words[i + 1]
    return nxt in (".", ";", ")", "(") or "\n" in nxt or nxt == "," and i + 2 < n and _tk[i + 2].is_lower \
        and _tk[i + 2].lower_ not in ("and", "or")


def _address_chain_end(doc: Doc, k: int, i: int) -> bool:
    """Whether the place of tokens ``k`` to the comma before ``i`` follows a comma itself and token ``i`` ends its
    line: the last two items of an address's chain ("Calle 4, Barrio Sur, Puerto Dalan, Velnora" + line's end)."""
    words = token_texts(doc)
    if k < 2 or words[k - 1] != ",":
        return False
    return i + 1 >= len(doc) or "\n" in words[i + 1]


def _stateless_head(doc: Doc) -> bool:
    """Whether the text writes a head of state's title (roles.yaml head_of_state_titles) bare before a capitalised
    name ("President Edun Malobwe", "Prime Minister Ana Rell"; not "Vice President X", "former President X", "the
    Velnian President X", "Velnia's President X") and names no state world knowledge knows more than twice: the
    head of a state the story never names as a state, the one it is about."""
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    n = len(words)
    known: dict[str, int] = defaultdict(int)
    for ent in doc_ents(doc):
        state = kb.country_of(ent.text) if ent.label_ in ("GPE", "NORP", "LOC", "ORG") else None
        if state:
            known[state] += 1
    if any(c >= 3 for c in known.values()):
        return False
    for title in kb.head_of_state_titles:
        tw = title.split()
        k = len(tw)
        for i in range(n - k):
            if norms[i:i + k] != tw or not all(words[j][:1].isupper() for j in range(i, i + k)) \
                    or not (words[i + k][:1].isupper() and words[i + k].isalpha()):
                continue
            if i > 0 and (words[i - 1] in APOS or doc[i - 1].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "NUM")):
                continue  # "Vice President X", "former President X", "Velnia's President X"
            return True
    return False


def _bodies_opened(doc: Doc, organs) -> dict[str, set[str]]:
    """The different bodies' names each one-word name opens: the name, then capitalised words (a possessive's "'s"
    or "'" among them) up to a group noun (roles.yaml org_nouns) that is no company's ("the Velnora Rowing
    Association", "the Velnora People's Congress", "the Velnora Liberation Front"). Not a state organ the name
    heads (``organs``: "the Velnora Defence Forces", read as an organ), nor a name after another capitalised word
    ("the Port Velnora Rowing Club"). ``{norm(name): {the body's words}}``; two or more such bodies are one proof
    of a state among two (a town or a region has its clubs too; one body alone proves nothing)."""
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    n = len(words)
    out: dict[str, set[str]] = defaultdict(set)
    for i in capitalised_tokens(doc):
        w = words[i]
        if not (len(w) >= 4 and w.isalpha() and w[:1].isupper()) or i > 0 and words[i - 1][:1].isupper() \
                and words[i - 1].isalpha() and norms[i - 1] != "the":
            continue
        j = i + 1
        while j < n and j < i + 6 and (words[j][:1].isupper() and words[j].isalpha() or words[j] in APOS
                                        or words[j] in ("'s", "’s")):
            j += 1
        tail = [norms[k] for k in range(i + 1, j) if words[k][:1].isupper() and words[k].isalpha()]
        if not tail or kb.org_nouns.get(tail[-1]) in (None, "company") or " ".join(tail) in organs \
                or norms[j - 1] != tail[-1]:
            continue
        out[norms[i]].add(" ".join(tail))
    return out


def _personal_name_words(doc: Doc) -> frozenset[str]:
    """The norms of the words of the people's full names the NER tagged where another word of the name is no English
    common word ("Velden" of "Oskar Velden"; not "Velnora" of "Sovereign Velnora", a party the NER took for a
    person), kept on the Doc."""
    def find(d: Doc) -> frozenset[str]:
        norms = token_norms(d)
        out: set[str] = set()
        for ent in doc_ents(d):
            if ent.label_ != "PERSON" or len(ent) < 2:
                continue
            words = [w for w in norms[ent.start:ent.end] if w]
            for w in words:
                if any(o != w and not _common_word(o) for o in words):
                    out.add(w)
        return frozenset(out)
    return per_doc(doc, "personal_name_words", find)


def _portfolio_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the name after a minister's portfolio: "<title> of/for (the) <Portfolio> of X"
    ("Minister of the Interior of Kesh", "Secretary for Foreign Affairs of Velna"; roles.yaml portfolio_titles); the
    portfolio is capitalised words (and "and") with no group noun."""
    kb = knowledge()
    if i < 4 or doc[i - 1].lower_ != "of":
        return False
    k = i - 2
    while k >= 0 and (doc[k].is_alpha and doc[k].text[:1].isupper() and norm(doc[k].text) not in kb.portfolio_titles
                      or doc[k].lower_ in ("and", "&")):
        if norm(doc[k].text) in kb.org_nouns:
            return False
        k -= 1
    if k == i - 2 or not doc[k + 1].text[:1].isupper():
        return False
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].lower_ in ("of", "for") and norm(doc[k - 1].text) in kb.portfolio_titles \
        and doc[k - 1].text[:1].isupper()


def _peer_of_state(tok: Token, norms: list[str], forms: dict[str, str], evidence: set[str]) -> bool:
    """Whether a name is in apposition to a noun of a state's peer (roles.yaml state_peer_nouns) that a proved
    state owns: "Karvel's ally Dunavia", "Karvel's northern neighbour Dunavia", "Dunavia, Karvel's closest ally"."""
    peers = knowledge().state_peer_nouns
    nouns = [tok.head] if tok.dep_ in ("appos", "compound") else []
    nouns += [c for c in tok.children if c.dep_ == "appos" or c.dep_ in ("compound", "nmod") and c.i < tok.i]
    return any(norms[n.i] in peers and any(c.dep_ == "poss" and _proved_state(c, norms, forms, evidence)
                                           for c in n.children) for n in nouns)


def _proved_state(tok: Token, norms: list[str], forms: dict[str, str], evidence: set[str]) -> bool:
    """Whether a token is a state the text proves: its name ("Tolvia"), or a state body (roles.yaml
    state_cues) owned by the name or its adjective ("the Tolvian government", "Tolvia's government")."""
    if tok.pos_ == "PROPN":
        return forms.get(norms[tok.i]) in evidence
    return norms[tok.i] in knowledge().state_cues and any(
        c.dep_ in ("amod", "compound", "poss") and forms.get(norms[c.i]) in evidence for c in tok.children)


def _acts_as_state(doc: Doc, tok: Token) -> bool:
    """Whether a name is the subject of an act only a state does to another state (roles.yaml
    recognition_verbs, diplomatic_verbs + diplomatic_objects): "Miravia recognised Tolvia", "China, which
    Miravia recognised", "Miravia cut ties with Tolvia" (the other state known to world knowledge)."""
    kb = knowledge()
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() in kb.recognition_verbs:
        for o in objs:
            if o.lower_ in ("which", "that") and verb.dep_ == "relcl":
                o = verb.head  # "China, which Miravia recognised"
            if o.pos_ == "PROPN" and kb.country_of(o.text):
                return True
    if verb.lemma_.lower() in kb.diplomatic_verbs and any(norm(o.text) in kb.diplomatic_objects for o in objs):
        for o in objs:
            for p in [*verb.children, *o.children]:
                if p.dep_ == "prep" and p.lower_ == "with" and any(
                        c.dep_ == "pobj" and c.pos_ == "PROPN" and kb.country_of(c.text) for c in p.children):
                    return True
    return False


def _own_state_object(doc: Doc, tok: Token) -> bool:
    """Whether a name is the subject of a verb whose object is "its" own ambassador, embassy, border or airspace
    (roles.yaml own_state_objects): "Tolvia recalled its ambassador", "Marn has closed its borders", "Tolvia
    reopened its territorial waters to fishing". Only a state owns those; not a known body ("the EU recalled its
    ambassador"), nor "its troops" (a bloc's or a militia's too)."""
    kb = knowledge()
    if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" or norm(tok.text) in kb.known_orgs:
        return False
    for o in tok.head.children:
        if o.dep_ != "dobj" or not any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children):
            continue
        mods = " ".join(c.lower_ for c in o.children if c.dep_ in ("amod", "compound") and c.i < o.i)
        if norm(o.text) in kb.own_state_objects or f"{mods} {o.lower_}".strip() in kb.own_state_objects:
            return True
    return False


def _other_side_of_own_state_object(doc: Doc, tok: Token) -> bool:
    """Whether a name is the other side of a state's act on its own ambassador, embassy or border
    (``_own_state_object``): "Tolvia recalled its ambassador from Marn", "Tolvia closed its border with Marn". An
    ambassador is recalled from a state, a border shared with one."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("from", "with", "to"):
        return False
    head = tok.head.head  # the verb ("recalled ... from Marn") or its object ("its border with Marn")
    verb = head if head.pos_ == "VERB" else head.head if head.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and _own_state_object(doc, c) for c in verb.children)


def _addressed_state(doc: Doc, tok: Token, places: set[str]) -> bool:
    """Whether a place name stands on one side of an act aimed by one actor at another, with a place name or a
    state known to world knowledge on the other side (roles.yaml addressing_verbs, addressing_nouns,
    addressing_preps, imposed_nouns, treaty_verbs): "Tolvia urged Marn to ...", "Tolvia imposed sanctions on Marn",
    "Tolvia held talks with Marn", "talks between Tolvia and Marn", "Tolvia and Marn agreed to ...". A town is
    neither urged, sanctioned nor negotiated with; both names are states."""
    kb = knowledge()

    def alone(t: Token) -> bool:
        # a one-word name standing alone, whatever the NER called this use of it: "Tolvia accused Marn of ...",
        # with "Tolvia" tagged as a person here but as a place elsewhere in the text (``places``)
        return all(not (0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())
                   for k in (t.i - 1, t.i + 1)) and norm(t.text) in places

    def named(t: Token | None) -> bool:
        return t is not None and t.pos_ == "PROPN" \
            and (t.ent_type_ in ("GPE", "NORP", "LOC", "ORG") or t.ent_type_ in ("", "PERSON") and alone(t)) \
            and (norm(t.text) in places or bool(kb.country_of(t.text))) and norm(t.text) not in kb.capitals

    def body(t: Token) -> bool:
        # a named public body urges or sanctions a state too, not a town: one world knowledge knows as international
        # or non-governmental, or one whose name ends in a public body's noun (roles.yaml addressing_body_nouns:
        # "the Arctic Council"); not a firm ("the Velkor Group urged Tessaly to sell")
        if t.pos_ != "PROPN" or t.ent_type_ != "ORG":
            return False
        s = e = t.i  # the name's tokens around t (the NER's span, its "the" left out)
        while s > 0 and doc[s].ent_iob_ == "I" and doc[s - 1].pos_ == "PROPN":
            s -= 1
        while e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I":
            e += 1
        known = kb.known_orgs.get(norm(span_text(doc, s, e + 1)))
        return bool(known and known[1] in ("international", "ngo")) or norm(doc[e].text) in kb.addressing_body_nouns

    def lemma(t: Token) -> str:
        return t.lemma_.lower()

    def addressed(verb: Token) -> list[Token]:
        """The names a verb's act is aimed at: its object, or the object of a preposition after it or after its
        object noun."""
        out = []
        for c in verb.children:
            if c.dep_ == "dobj" and lemma(verb) in kb.addressing_verbs:
                out.append(c)
            if c.dep_ == "dobj" and in_any(lemma(c), kb.addressing_nouns, kb.imposed_nouns):
                out += [o for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                        and (p.lower_ in kb.addressing_preps or p.lower_ == "on" and lemma(c) in kb.imposed_nouns)]
                if lemma(c) in kb.imposed_nouns:
                    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                            for o in p.children if o.dep_ == "pobj"]
                if lemma(c) in kb.addressing_nouns:
                    out += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in kb.addressing_preps
                            for o in p.children if o.dep_ == "pobj"]
        if any(c.dep_ == "dobj" and lemma(c) in kb.addressing_nouns for c in verb.children):
            out += [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN"]  # "gave Marn an
            # ultimatum"
        out += [o for p in verb.children if p.dep_ == "prep" and f"{lemma(verb)} {p.lower_}" in kb.addressing_verb_preps
                for o in p.children if o.dep_ == "pobj"]
        for c in verb.children:  # "signed a trade deal with Marn": the other side of a bargain (roles.yaml pact_nouns)
            if c.dep_ == "dobj" and lemma(c) in kb.pact_nouns:
                out += [o for p in (*c.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj"]
        return [x for o in out for x in (o, *[c for c in o.children if c.dep_ == "conj"])]

    def subjects(verb: Token) -> list[Token]:
        while verb.dep_ in ("xcomp", "conj") and not any(s.dep_ == "nsubj" for s in verb.children):
            verb = verb.head  # "Tolvia vowed to retaliate against Marn": the subject of the verb it completes;
            # "Tolvia said ... and urged Marn to": of the verb it is joined to
        out = [x for s in verb.children if s.dep_ == "nsubj" for x in (s, *[c for c in s.children if c.dep_ == "conj"])]
        if out and all(x.lower_ in ("it", "they") for x in out) and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
            return subjects(verb.head)  # "the Commission said it ... and urged Marn to": who said so
        return out

    first = _first_conjunct(tok)
    if any(c.pos_ == "PROPN" and c.ent_type_ and not named(c) for c in (first, *first.conjuncts) if c is not tok):
        return False  # "sanctions on both Tomas Rell and X": joined to a person's name, X is a person's too
    head = first.head
    if first.dep_ == "nsubj" and head.pos_ == "VERB":
        if any(named(o) for v in (head, *[c for c in head.children if c.dep_ == "xcomp"]) for o in addressed(v)):
            return True
        if (lemma(head) in kb.treaty_verbs or any(c.dep_ == "dobj" and lemma(c) in kb.addressing_nouns
                                                  for c in head.children)) \
                and any(named(x) for x in subjects(head) if x is not tok):
            return True  # "Tolvia and Marn agreed to ...", "Tolvia and Marn held talks"
    if first.dep_ in ("dobj", "pobj", "dative"):
        verb = head if first.dep_ in ("dobj", "dative") else head.head
        if verb.dep_ == "dobj" and first.dep_ == "pobj":
            verb = verb.head  # "sanctions on Marn": the verb that imposed them
        if verb.pos_ == "VERB" and any(x.i == tok.i for x in addressed(verb)) \
                and any(named(x) or body(x) for x in subjects(verb)):
            return True  # "Tolvia urged Marn to ...", "the European Commission urged Marn to ..."
        if first.dep_ == "pobj" and head.lower_ == "between" and lemma(head.head) in kb.addressing_nouns \
                and any(named(c) for c in (first, *[c for c in first.children if c.dep_ == "conj"]) if c is not tok):
            return True  # "talks between Tolvia and Marn"
    return False


def _paired_with_state(doc: Doc, tok: Token) -> bool:
    """Whether a name is joined by "and" to a state known to world knowledge, the pair the subject of what
    two states do together (roles.yaml treaty_verbs: "Tolvia and France signed a pact", "Turkey and Tolvia
    agreed") or after "between" ("talks between Tolvia and Egypt"; not a capital: "flights between Cairo and
    Tolvia" may join two cities)."""
    kb = knowledge()
    if tok.dep_ == "conj":
        first, others = tok.head, [tok.head]
    else:
        first, others = tok, [c for c in tok.children if c.dep_ == "conj"]
    # the state itself, not its capital ("flights between Sanaa and Jeddah" join two cities)
    if not any(o is not tok and o.pos_ == "PROPN" and kb.country_of(o.text) and norm(o.text) not in kb.capitals
               for o in others):
        return False
    head = first.head
    if first.dep_ == "nsubj":
        return head.lemma_.lower() in kb.treaty_verbs
    return first.dep_ == "pobj" and head.lower_ == "between"


def _called_country(doc: Doc, tok: Token) -> bool:
    """Whether a name is called a country in apposition or by a copula (roles.yaml country_appositives and
    regime_nouns): "Tolvia, a small country in the Gulf,", "Tolvia and Marn, two neighbouring nations", "Tolvia is an
    absolute monarchy", "Tolvia is a parliamentary democracy", "Tolvia is one of the last absolute monarchies",
    "Tolvia is Africa's youngest republic": the noun in the words between the comma or the verb after the name (or
    after "<name> and <name>", "one of the", a region's name and "'s") and the next punctuation, before any
    preposition."""
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].text[:1].isupper():
        k += 2  # "Tolvia and Marn, two nations"
    said = k < len(doc) and (doc[k].text == "," or doc[k].lower_ in ("is", "are", "was", "were", "remains"))
    if said and [t.lower_ for t in doc[k + 1:k + 4]] == ["one", "of", "the"]:
        k += 2  # "Tolvia is one of the last absolute monarchies": the noun in the plural
    if said and k + 2 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 2].text in ("'s", "\u2019s"):
        k += 1  # "Tolvia is Africa's last absolute monarchy": a continent's or region's own, then the noun
    if not said or not (k + 1 < len(doc) and doc[k + 1].lower_ in ("a", "an", "the", "two", "three", "both", "'s",
                                                                     "\u2019s")):
        return False
    for t in doc[k + 1:min(len(doc), k + 7)]:
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PRON"):
            return False
        if t.is_lower and (norm(t.text) in knowledge().country_appositives or norm(t.text) in knowledge().regime_nouns
                           or t.tag_ == "NNS" and norm(t.lemma_) in knowledge().country_appositives):
            # not a compound's first word ("a country singer")
            return not (t.i + 1 < len(doc) and doc[t.i + 1].is_lower and doc[t.i + 1].pos_ == "NOUN")
    return False


def _breakaway(doc: Doc, tok: Token) -> bool:
    """Whether a name is called a breakaway region (roles.yaml breakaway_words/breakaway_nouns): "the
    breakaway region of X", "the self-declared Republic of X", "X, a separatist enclave"."""
    kb = knowledge()

    def called(noun: Token) -> bool:
        if norm(noun.text) not in kb.breakaway_nouns:
            return False
        before = f" {norm(span_text(doc, max(0, noun.i - 4), noun.i))} "
        return any(f" {w} " in before for w in kb.breakaway_words)

    if tok.i >= 2 and doc[tok.i - 1].lower_ == "of" and called(doc[tok.i - 2]):
        return True
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ",":
        for t in doc_span(doc, tok.i + 2, min(len(doc), tok.i + 8)):
            if t.is_punct and t.text not in "-–":
                break
            if called(t):
                return True
    return False


_ADJECTIVE = re.compile(r"(.{3,}?)(ian|an|i|ese)")


def _force_after(doc: Doc, i: int) -> bool:
    """The capitalised words after token ``i`` are a state force's whole name (relations.yaml state_force_names
    with no regional police: "Armed Forces", "National Guard", "Gendarmerie") and the name ends there: "the
    Esterholdian Armed Forces", however the NER tagged it (an organisation, a facility). A place whose adjective
    names a nation's armed forces, the place itself written in the text, is a state."""
    names = per_doc(doc, "state_force_names", lambda d: {
        tuple(norm(e).split()) for e in knowledge().relations.get("state_force_names") or ()
        if "police" not in norm(e).split()})
    for n in (1, 2):
        span = doc[i + 1:i + 1 + n]
        if len(span) == n and all(t.text[:1].isupper() and t.text.isalpha() for t in span) \
                and tuple(norm(t.text) for t in span) in names \
                and not (i + 1 + n < len(doc) and doc[i + 1 + n].text[:1].isupper() and doc[i + 1 + n].is_alpha):
            return True
    return False


def _adjective_places(stem: str, suffix: str) -> tuple[str, ...]:
    """The names a state adjective (``_ADJECTIVE``'s stem and suffix) may be made from, likeliest first:
    "Ostravian" from Ostravia, Ostrava or Ostrave, "Korsan" from Korsa or Korse, "Orsani" from Orsana or Orsan;
    none for "-ese" (a name in "-e" drops it before the suffix as one in "-a" does: ``_demonyms``).

    >>> _adjective_places("Ostrav", "ian"), _adjective_places("Kors", "an"), _adjective_places("Mont", "ese")
    (('Ostravia', 'Ostrava', 'Ostrave'), ('Korsa', 'Korse'), ())
    """
    return {"ian": (stem + "ia", stem + "a", stem + "e"), "an": (stem + "a", stem + "e"),
            "i": (stem + "a", stem)}.get(suffix, ())


def _state_bodies() -> set[str]:
    """The bodies a demonym of a named place may govern to prove it a state ("Ostravian officials"), and
    what only a state owns ("Ostravian airspace", roles.yaml territorial_cues)."""
    kb = knowledge()
    return kb.state_cues | kb.state_nouns | set(kb.state_institutions) | {"intelligence"} | kb.territorial_cues


def _full_name_words(doc: Doc) -> set[str]:
    """The words of the people's full names the NER tagged (kept on the Doc: "Tolvan" of "Marek Tolvan") or a
    who's-who heading in capitals names (``_heading_persons``); not a body's name in its own language in brackets after it ("the State Assembly (Riigikogu Velmar)"),
    nor the front of a body's name the NER cut before its capitalised head noun (roles.yaml org_nouns: "Grantee:
    Velnora Rural Wells Initiative", the tagger's person "Velnora Rural Wells"), whose words are no one's name."""
    org_nouns = knowledge().org_nouns

    def translated(d: Doc, ent) -> bool:
        return ent.start >= 2 and d[ent.start - 1].text == "(" and (d[ent.start - 2].ent_type_ == "ORG"
                                                                    or norm(d[ent.start - 2].text) in org_nouns)

    def headed(d: Doc, ent) -> bool:
        return ent.end < len(d) and d[ent.end].text[:1].isupper() and norm(d[ent.end].text) in org_nouns
    return per_doc(doc, "full_name_words", lambda d: {w for ent in doc_ents(d)
                                                      if ent.label_ == "PERSON" and len(ent) > 1
                                                      and not translated(d, ent) and not headed(d, ent)
                                                      for w in token_norms(d)[ent.start:ent.end]}
                   | {w for s, e in _heading_name_runs(d) for w in token_norms(d)[s:e]})  # a heading's full name


def _adjective_states(doc: Doc, found: dict[str, str]) -> dict[str, str]:
    """A state the text names only by its adjective ("the Freedonian army", "the Freedonian parliament"),
    unknown to world knowledge: named from the adjective (Freedonian -> Freedonia, Kelmari -> Kelmar),
    the adjective kept as its form. Only institutions of a state count as evidence (a people has a
    president or a prime minister of its own: "a Maronite president"; a leader a government: "a Tolvani
    government")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    person_words: set[str] | None = None
    long_person_words: set[str] = set()
    written: set[str] = set()
    words = token_texts(doc)
    bodies: set[str] | None = None
    for tok in (doc[i] for i in capitalised_tokens(doc)  # (asked below too)
                if len(words[i]) >= 5 and words[i].endswith(("n", "i", "ese"))):
        text = tok.text
        if not text[:1].isupper() or len(text) < 5 or not text.endswith(("n", "i", "ese")) or text.isupper():
            continue
        m = _ADJECTIVE.fullmatch(text)
        if not m or tok.ent_type_ not in ("NORP", "GPE", "ORG", "", "PERSON") and not _force_after(doc, tok.i):
            continue
        low = norm(text)
        if person_words is None:
            norms = token_norms(doc)
            person_words = {w for ent in doc_ents(doc) if ent.label_ == "PERSON" for w in norms[ent.start:ent.end]}
            long_person_words = _full_name_words(doc)
            written = set(words)  # (the words the text writes, for the tests below: no scan of the list per word)
            # a name a heading writes in capitals ("ESTERHOLD: SITUATION REPORT") is written too, as a name
            written |= {w.capitalize() for w in words if w.isupper() and w.isalpha() and len(w) >= 4}
        if low in found or low in long_person_words or kb.country_of(text) \
                or low in kb.not_states or low in kb.regions or low in kb.places or low in kb.known_orgs \
                or _common_word(low):  # ("the Republican army", "Partisan troops": English words)
            continue
        stem, suffix = m.group(1), m.group(2)
        name = _adjective_places(stem, suffix)[0] if suffix in ("ian", "an") else stem
        if suffix == "ian" and name not in written and stem in written and _force_after(doc, tok.i):
            name = stem  # "the Esterholdian Armed Forces" with "Esterhold" in the text: Esterhold's forces
        if suffix == "i" and name not in written and stem + "a" in written:
            name = stem + "a"  # "the Orsani government" with "Orsana" in the text: Orsana's adjective
        if suffix in ("ian", "an") and name not in written and stem + "e" in written:
            name = stem + "e"  # "the Sorvanian army" with "Sorvane" in the text: Sorvane's adjective
        nlow = norm(name)
        if nlow in long_person_words:
            continue  # "Marek Tolvan ... the Tolvani troops": his men, no state called Tolvan
        # the place the adjective is made from named in the text too ("Talks with Dorvassa stalled. The
        # Dorvassan government said"): any state body will do, whatever the NER called the adjective; a
        # word alone that looks like one (a surname from a place: "Kelmari") still needs a state's institution
        named = nlow != low and name in written and nlow not in long_person_words and not kb.country_of(name) \
            and nlow not in kb.places and nlow not in kb.regions and nlow not in kb.not_states \
            and not _named_as_person(doc, nlow) and not _named_as_person(doc, low) \
            and not (tok.ent_type_ == "PERSON" and (tok.ent_iob_ != "B" or tok.i + 1 < len(doc)
                                                    and _tk[tok.i + 1].ent_iob_ == "I"))
        if not named and (tok.ent_type_ == "PERSON" or low in person_words) \
                and not _lone_adjective_person(doc, tok, low):
            continue
        nxt = [norm(t.text) for t in read_tokens(doc)[tok.i + 1:tok.i + 4] if t.pos_ != "ADJ" or t.text[:1].isupper()][:2]
        if named and bodies is None:
            bodies = _state_bodies()
        cue_set = bodies if named else kb.adjective_state_cues
        # the cue's own adjective kept ("foreign minister")
        raw = [norm(t.text) for t in read_tokens(doc)[tok.i + 1:tok.i + 3]]
        forces = named and _force_after(doc, tok.i)
        if not forces and (not nxt or not (nxt[0] in cue_set or " ".join(nxt) in cue_set or " ".join(raw) in cue_set)
                           or _tk[tok.i + 1].text[:1].isupper() and tok.ent_type_ == "ORG"):
            continue
        found[low] = name
        found.setdefault(norm(name), name)
    return found


@dataclass
class MentionInfo:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    name: str
    label: str  # spaCy label or "" for repaired/unlabelled
    kind: str = "unknown"  # person, organization, country, media, place, unknown
    subkind: str | None = None
    key: str = ""
    actor: int = -1
    aliases: tuple[str, ...] = ()


@dataclass
class LocalActor:
    idx: int
    kind: str
    subkind: str | None
    key: str
    names: Counter = field(default_factory=Counter)
    mentions: list[int] = field(default_factory=list)
    extra_aliases: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        if self.kind == "country" and self.key.startswith("country:"):
            return self.key.split(":", 1)[1]
        if self.key.startswith("inst:"):
            return max(self.names, key=lambda n: (self.names[n], len(n) <= 20, n))
        if self.key.startswith("known:"):
            return self.key.split(":", 1)[1]
        if not self.names:  # an actor met only under a second name or a description: the fullest of those
            return pick_name(self.kind, Counter(self.extra_aliases)) if self.extra_aliases else self.key
        return pick_name(self.kind, self.names)

    @property
    def aliases(self) -> list[str]:
        name = self.name
        seen = {norm(name)}
        out = []
        for n in sorted(set(self.names) | self.extra_aliases):
            k = norm(n)
            if k not in seen:
                seen.add(k)
                out.append(n)
        return out


def pick_name(kind: str, names: Counter) -> str:
    """The fullest proper name: most words, then most frequent, then alphabetical (deterministic)."""
    cands = [n for n in names if n and not n.isupper() or kind == "organization"]
    cands = cands or list(names)

    def score(n: str) -> tuple:
        words = len(n.split())
        is_acronym = 1 if ACRONYM.match(n.replace(" ", "")) else 0
        lowered = 1 if n[:1].islower() else 0
        return (-is_acronym, -lowered, words, names[n], "-" in n, n)

    return max(cands, key=score)


# ---------------------------------------------------------------- candidates
def _split_possessive(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split an entity at a possessive ("Iran's Revolutionary Guard") or a bracket ("Front (PFR")."""
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    for i in range(start, end):
        if words[i] in APOS and i + 1 < end and words[i + 1][:1].isupper() \
                and norms[i - 1] in kb.possessive_name_words:
            continue  # "the People's Congress Party", "Martyrs' Foundation": one name
        if words[i] in ("'", "’") and i > start and words[i - 1][-1:] in ("s", "S") and i + 1 < end \
                and words[i + 1][:1].isupper() \
                and norms[next((j - 1 for j in range(i + 2, end) if norms[j] == "of"), end - 1)] in kb.org_nouns \
                and norms[i - 1] not in kb.org_nouns and not kb.country_of(span_text(doc, start, i)) \
                and norm(span_text(doc, start, i)) not in kb.known_orgs:
            # "the Democratic Mountaineers' Union", "the Tanners' Union of Kessa": a plural's possessive inside a
            # group's name (its group noun last or before "of"; not a body's own unit: "the Crimson Guards' Falcon
            # Unit")
            continue
        if (words[i] in APOS or words[i] in ("(", ")", "[", "]")) and i > start:
            rest = _split_possessive(doc, i + 1, end) if i + 1 < end else []
            of = next((j for j in range(i - 1, start, -1) if norms[j] == "of"), None)
            if words[i] in APOS and of is not None and i - of <= 3 \
                    and all(w[:1].isupper() for w in words[of + 1:i]) and words[of - 1][:1].isupper():
                # "the Appeals Chamber of Karvel's Supreme Court": the body, then the one owning the next name
                return [(start, of), (of + 1, i), *rest]
            return [(start, i), *rest]
        if words[i] == "," and i > start and i + 1 < end and _country_of(span_text(doc, i + 1, end)):
            return [(start, i), (i + 1, end)]  # "the National Veche, Korvakia('s parliament)": a body, then its state
    return [(start, end)]


def _split_joined(doc: Doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Amal/Tahrir', 'X-Y alliance', 'the Front plus the Greens', 'X Council - Y Committee' (a heading), 'X Chamber:
    the Y Party': two actors joined by a slash, a colon before a space or a dash between spaces (always), a hyphen
    (before a tie noun in lower case: "the Sun-Star Alliance" is one name) or a joining word in lower case (roles.yaml
    joining_words)."""
    out = []
    words = token_texts(doc)
    kb = knowledge()
    joining = kb.joining_words
    for s, e in parts:
        nxt = doc[e].lower_ if e < len(doc) else ""
        cuts = [i for i in range(s + 1, e - 1) if words[i] == "/"
                # "the National Chamber: the LSP has 58": a colon and a space end a name ("10:30" is one word)
                or words[i] == ":" and doc[i].whitespace_
                # "X Council - Y Committee": a dash between spaces
                or words[i] in ("-", "–", "—", "--") and doc[i - 1].whitespace_ and doc[i].whitespace_
                or words[i] in joining and (words[i + 1][:1].isupper() or words[i + 1] == "the")
                or (words[i] == "-" and (nxt in kb.joined_nouns or doc[e - 1].lower_ in kb.joined_nouns
                                            and doc[e - 1].is_lower)  # "Red-Green Alliance" is one name
                    and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())]
        if not cuts:
            out.append((s, e))
            continue
        prev = s
        for c in cuts:
            out.append((prev, c))
            prev = c + 1
        out.append((prev, e))
    return out


def _owner_named(doc: Doc, k: int) -> bool:
    """Whether the capitalised words before the possessive at token k (up to four) name a state (known, or tagged a
    place), a known body, or end in a body's noun ("the Army's Rangers", "the Senate's Committee"). Each trailing run
    of them is tried, so that a capitalised word opening the sentence or a time word ("Yesterday Kenya's Treasury",
    "The UN's Secretariat") does not hide the owner."""
    words = token_texts(doc)
    kb = knowledge()
    if doc[k - 1].ent_type_ == "GPE":
        return True
    last = norm(words[k - 1]) if k > 0 else ""
    if last in kb.org_nouns or last in kb.state_body_nouns or last in kb.legislature_words:
        return True
    j = k
    while j > 0 and k - j < 4 and words[j - 1][:1].isupper() and words[j - 1].isalpha():
        j -= 1
        owner = span_text(doc, j, k)
        if _country_of(owner) or norm(owner) in kb.known_orgs:
            return True
    return False


def _split_coordinated(doc: Doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'the Karvel Front and Tessa Rising', 'the Unity League and the Green Alliance': two bodies the NER tagged as one
    name joined by "and", cut where the text names one side on its own elsewhere (or knows it as a body) and both
    are names of two words or more, the first ending in a group's noun or a known body (not "the African Union Peace
    and Security Council", nor "Kessa Steel and Mining Company" named "Kessa Steel" for short), or both are named on
    their own, or where "and the" opens a second name after such a first ("Workers and Peasants Party", "Freedom and
    Solidarity": one name, never named apart)."""
    out = []
    words = token_texts(doc)
    kb = knowledge()
    for s, e in parts:
        ands = [i for i in range(s + 1, e - 1) if words[i] == "and" and words[i - 1][:1].isupper()
                and (words[i + 1][:1].isupper() or words[i + 1] == "the" and i + 2 < e and words[i + 2][:1].isupper())]
        if len(ands) != 1:
            out.append((s, e))
            continue
        i = ands[0]
        a = s + 1 if words[s].lower() == "the" else s
        if any(w in ("of", "for", "on", "in") for w in words[a:i]):
            out.append((s, e))  # "the Office of the Resident and Humanitarian Coordinator": "and" inside the complement
            continue
        left, right = (a, i), (i + 2 if words[i + 1] == "the" else i + 1, e)
        alone = [_named_alone(doc, a, b, s, e) for a, b in (left, right)]
        # the first side reads as a whole body's name: its group noun ends it or, in a head-first name, opens it
        # ("Frente del Pueblo"), or it is a known body ("Kessa Steel and Mining Company", whose first side the text
        # names alone as a short form, is one firm)
        whole = norm(words[i - 1]) in kb.org_nouns or norm(words[left[0]]) in kb.org_nouns \
            or norm(doc[left[0]:left[1]].text) in kb.known_orgs
        if all(alone) or any(alone) and right[1] - right[0] >= 2 and left[1] - left[0] >= 2 and whole \
                or words[i + 1] == "the" and whole and left[1] - left[0] >= 2:
            out.extend(((s, i), right))
        else:
            out.append((s, e))
    return out


def _named_alone(doc: Doc, a: int, b: int, s: int, e: int) -> bool:
    """Whether the text names doc[a:b] on its own outside doc[s:e] (not inside a longer name: no capitalised word, "of"
    or "and" beside it), or knows it as a body or a state."""
    name = span_text(doc, a, b)
    low = norm(name)
    if low in knowledge().known_orgs or _country_of(name):
        return True
    text = doc_text(doc)
    lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text):
        if lo <= m.start() < hi:
            continue
        before = text[max(0, m.start() - 30):m.start()].split()
        after = text[m.end():m.end() + 30].split()
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        if text[m.end():m.end() + 1] not in ("", " ", "\n", "\t"):
            nxt = ""  # a mark right after the name ("Tessa Rising's", "Tessa Rising,"): the name ends there
        if prev.lower() in ("of", "and", "for", "&") or nxt.lower() in ("of", "and", "&"):
            continue
        if prev[:1].isupper() and prev[-1:].isalpha() and prev.lower() not in ("the", "a", "an") \
                or nxt[:1].isupper() and nxt.isalpha() and nxt.lower() != "the":
            continue  # inside a longer name ("Freedom Square", "New Freedom")
        return True
    return False


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """doc[start:end] without leading articles and punctuation, and without trailing punctuation, white space (a
    line break the NER took into a name ending a list line), particles, function words and a listed count;
    computed once per Doc and span (the labels read from the Doc's columns; it reads the words only, never the
    document's states, which ``_split_possessive`` asks and so is not kept)."""
    memo = per_doc(doc, "trim", lambda d: {})
    found = memo.get((start, end))
    if found is None:
        found = memo[start, end] = _trim_at(doc, start, end)
    return found


def _trim_at(doc: Doc, start: int, end: int) -> tuple[int, int]:
    words, lowers, pos = token_texts(doc), token_lowers(doc)[0], token_pos(doc)
    while start < end and (pos[start] in ("DET", "PUNCT") or words[start] in APOS
                           or end - start > 1 and words[start].islower() and doc[start].tag_ == "PRP$"):
        # (a possessive in lower case the NER took in, "for her People's Party": the name is the owner's body's)
        if start < end - 1 and _determiner_opens_name(doc, start):
            break  # "his All Farmers Congress": the capitalised determiner is the name's
        start += 1
    if end - start > 2 and pos[start] == "VERB" and lowers[start].endswith("ing") and words[start + 1] == "the":
        start += 2  # "Addressing the Assembly after the debate, ...": a sentence's opening participle and its article
    if end - start > 1 and doc[start].is_sent_start and doc[start].dep_ == "ROOT" and doc[start + 1].head.i == start \
            and (doc[start].tag_ == "VB" or doc[start + 1].dep_ in ("dobj", "obj")) and words[start + 1][:1].isupper():
        start += 1  # "Drop Quarran from the pact and ...": an imperative opening the sentence, then the name it governs
    while end - start > 2 and doc[end - 1].like_num and words[end - 2] in ("-", "–", "—", ":"):
        end -= 2  # a results-table row "Some Party - 9": the number is a seat count, not part of the name
    if end - start >= 2 and _listed_count(doc, end - 1) and doc[end - 2].is_alpha and words[end - 2][:1].isupper() \
            and norm(words[end - 2]) not in knowledge().unit_nouns:
        end -= 1  # "Results: Blue Way 41, Red Path 30": the number is the party's count, not part of its name
    if end - start > 1 and _member_plural(words[end - 1]):
        end -= 1  # "Four Karvel Union MPs quit": the body's members; the name is the body's
    if end - start > 1 and _shouted_word(words[end - 1]) and not words[end - 2].isupper():
        end -= 1  # "Unity HOLD. Majority 1,307.": a verdict in capitals after a name written in lower case
    while end > start and (pos[end - 1] == "PUNCT" and words[end - 1] not in (".",) or pos[end - 1] == "SPACE"
                           or words[end - 1] in APOS or pos[end - 1] == "PART"
                           or lowers[end - 1] in ("of", "and", "the", "for", "in")):
        end -= 1
    return start, end


_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")  # the word before a position (searched in a short window before it)
_DATED_AFTER = re.compile(r"\s+(?:of\s+)?(?:19|20)\d\d\b")  # a year after a name ("Forum 2024", "Synod of 2023")


def _name_uses(doc: Doc, s: int, e: int, most: int = 40) -> list[Span]:
    """The uses in the text of the words of doc[s:e] (from its first capitalised word), this one included, as
    spans (at most ``most``): one regular-expression scan of the text per call."""
    k = s
    while k < e - 1 and not doc[k].text[:1].isupper():
        k += 1
    phrase = span_text(doc, k, e)
    if not phrase.strip():
        return []
    out = []
    for m in re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            out.append(span)
        if len(out) >= most:
            break
    return out


def _meeting_name(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether the name doc[s:e] (normalised ``low``) names one sitting of a body: it ends in a meeting's word
    (roles.yaml meeting_heads) and a year comes right before or after it ("the Winter Forum 2024", "the 2024
    Annual Forum", "the Synod of 2023"), or an ordinal opens it or comes right before it ("our Fourth General
    Session", "the 3rd Regional Summit"; an ordinal written out only before a sitting's word, roles.yaml
    session_adjectives, or the meeting's word itself: not "the First Valley Clans Assembly"). Not where the year dates
    a noun in lower case after the name ("the 2024 Tessel Assembly elections", "the Tessel Synod 2023
    statement"), nor where the text names it elsewhere with no year nor ordinal by it (the body), nor a known
    body."""
    kb = knowledge()
    words = low.split()
    if len(words) < 2 or words[-1] not in kb.meeting_heads or low in kb.known_orgs or e - s < 1:
        return False

    def year(k: int) -> bool:
        return 0 <= k < len(doc) and _YEAR.fullmatch(doc[k].text) is not None

    def common_noun(k: int) -> bool:  # a noun in lower case the name and its year may be modifiers of
        return 0 <= k < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "PROPN")

    def ordinal(k: int) -> bool:
        if not 0 <= k < len(doc):
            return False
        if ORDINAL_NUMBER.fullmatch(doc[k].lower_) is not None:
            return True
        return doc[k].text[:1].isupper() and doc[k].lower_ in kb.regnal_ordinals and k + 1 < e \
            and (doc[k + 1].lower_ in kb.session_adjectives or doc[k + 1].lower_ in kb.meeting_heads)
    dated = year(e) and not common_noun(e + 1) or year(s - 1) and not common_noun(e) \
        or e + 1 < len(doc) and doc[e].lower_ == "of" and year(e + 1)
    if not (dated or ordinal(s) or ordinal(s - 1)):
        return False
    start = s + 1 if ordinal(s) else s
    text = doc_text(doc)
    for use in _name_uses(doc, start, e):
        if use.start == start or use.start_char >= doc[s].idx and use.end_char <= doc[e - 1].idx + len(doc[e - 1]):
            continue
        m = _WORD_BEFORE.search(text, max(0, use.start_char - 16), use.start_char)
        word = m.group(1) if m else ""
        if not (_YEAR.fullmatch(word) or ORDINAL_NUMBER.fullmatch(word.lower()) or norm(word) in kb.regnal_ordinals) \
                and not _DATED_AFTER.match(text, use.end_char, use.end_char + 12):
            return False  # "... The Tessel Synod met in May": the body itself
    return True


def _outlet_named(doc: Doc, s: int, e: int) -> bool:
    """Whether the name doc[s:e], ending in a word that may end a text's name or an outlet's (roles.yaml
    outlet_text_heads: "the Tessel Report"), names an outlet or an agency: one of its uses in the text is a verb's
    subject ("The Dorvo Weekly Report published the memo", "Harbour Reports said") or comes before a group noun in
    lower case ("the Harbour Reports agency"; roles.yaml org_nouns)."""
    kb = knowledge()
    for use in _name_uses(doc, s, e):
        root = use.root
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.i >= use.end:
            return True
        if use.end < len(doc) and doc[use.end].is_lower and norm(doc[use.end].text) in kb.org_nouns:
            return True
    return False


def _determiner_opens_name(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a determiner written with a capital inside a sentence, right after a determiner or a
    possessive in lower case and before a proper noun ("his All Farmers Congress", "the Every Voice Movement"): the
    first word of a body's name, not the name's article (not "All Velmar soldiers" opening a sentence)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if not (0 < i < len(doc) - 1) or _tk[i].pos_ != "DET" or not _tk[i].is_alpha or not _tk[i].text[:1].isupper() \
            or _tk[i].is_sent_start:
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.tag_ in ("DT", "PRP$") and before.is_lower and after.pos_ == "PROPN" and after.text[:1].isupper()


def _possessive_opens_name(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a possessive written with a capital inside a sentence before a capitalised noun ("the
    Alternative bloc 8, Our Party 6", "backed by Our Common Home"): the first word of a body's name ("Our Party"),
    not the pronoun (which English writes in lower case there). Only after a word in lower case or a comma: not a
    sentence's or a line's first word ("Our Party won", "[laughter] Her Union has governed": the text's own "our",
    "her"), nor "Her Majesty"-style honorifics (roles.yaml honorifics)."""
    _tk = read_tokens(doc)
    if not (0 < i < len(doc) - 1) or _tk[i].tag_ != "PRP$" or not _tk[i].text[:1].isupper() or _tk[i].is_upper \
            or _tk[i].is_sent_start or "\n" in _tk[i - 1].whitespace_ \
            or not (_tk[i - 1].is_alpha and _tk[i - 1].is_lower or _tk[i - 1].text == ","):
        return False  # (only after a word in lower case or a comma: not "[laughter] Her Union ...", a sentence's start)
    after = doc[i + 1]
    return after.pos_ == "PROPN" and after.text[:1].isupper() and after.is_alpha \
        and f"{_tk[i].lower_} {after.lower_}" not in knowledge().honorifics


def _shouted_word(word: str) -> bool:
    """Whether ``word`` is an English verb or adjective written in capitals ("HOLD", "GAIN", "SAFE"), not an
    acronym: a results table's or a header's verdict."""
    low = word.lower()
    return len(word) >= 3 and word.isupper() and word.isalpha() and (low in VERBS or low in ADJECTIVES) \
        and low not in knowledge().known_orgs


def _member_plural(word: str) -> bool:
    """Whether ``word`` names a body's members in the plural, written in lower case or as an acronym's plural
    ("lawmakers", "MPs"; roles.yaml group_member_nouns), not as a capitalised word of a name ("the Volunteers")."""
    return (word.islower() or len(word) > 2 and word[:-1].isupper() and word.endswith("s")) \
        and norm(word) in knowledge().group_member_nouns


_SHORT_NUMBER = re.compile(r"\d{1,3}")
_SIGNED = re.compile(r"[-+\u2212\u2013]\d{1,3}")  # a change in brackets after a count: "(+6)", "(-3)"


def _listed_count(doc: Doc, i: int) -> bool:
    """Whether token i is a count in a list of counts ("A 41, B 30, others 9", "A 40, B 25 and C 12", "A 41 | B 30"): a
    short number followed by a comma, semicolon, full stop, "and" or a bar or dot between a line's items
    (LIST_SEPARATORS), with another such number within the eight tokens either side."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    from kingmaker.nlp.facts import TENS, UNITS, fact_cues  # (facts imports this module)

    words = token_texts(doc)

    def short(k: int) -> bool:  # "41", "nineteen" ("A took thirty-one seats and B nineteen")
        return _SHORT_NUMBER.fullmatch(words[k]) is not None or words[k].lower() in UNITS or words[k].lower() in TENS

    def count(k: int) -> bool:
        return 0 <= k < len(words) - 1 and short(k) and _tk[k - 1].is_alpha and (
            words[k + 1] in LIST_SEPARATORS or k + 3 < len(words) and words[k + 1] == "("
            and _SIGNED.fullmatch(words[k + 2]) is not None and words[k + 3] == ")")  # "A 41 (+6), B 28 (-3)"

    def seats(k: int) -> bool:  # "A won 40 seats and B 25": the first count with its noun
        return 0 <= k < i and short(k) and k + 1 < len(words) \
            and words[k + 1].lower() in fact_cues().seat_nouns
    return count(i) and any(count(k) or seats(k) for k in range(i - 8, i + 9) if k != i)


def _name_after_and(doc: Doc, start: int, e: int, label: str, starts: dict[int, Span]) -> int:
    """'the Quarran Peace and Mediation Council', 'the Union of Order and Labour': a body's name that goes on past
    "and", where the NER cut it. It goes on when the entity does not end in a group noun and the organisation
    named right after "and" does (a short one: "Peace" + "Mediation Council"), or when the entity is "X of/on A" and
    one or two capitalised words that are no name of their own end it ("Order and Labour"). Returns the name's end
    (ent.end where it does not go on). ``label``: the entity's ("" for a run of capitalised words no entity covers)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    if e + 1 >= len(doc) or _tk[e].lower_ != "and" or not _tk[e + 1].text[:1].isupper():
        return e
    if label not in ("ORG", "") and not (label == "PERSON" and e - start == 1 and start > 0
                                         and _tk[start - 1].lower_ == "the"):
        return e  # (a one-word "person" after "the" is no person: "the Dawn and Harvest Party")

    def group(word: str) -> bool:
        return norm(word) in kb.org_nouns or norm(word) in kb.legislature_words

    nxt = starts.get(e + 1)
    # (a name of two or three words: not "Velnor and Dravik", a one-word name that is itself a group's word)
    # (the name after "and" ends in a group noun, whatever the NER took it for: "Unity" + "Hearth Party" as a place)
    if nxt is not None and nxt.label_ in ("ORG", "GPE", "LOC", "FAC") and 2 <= nxt.end - nxt.start <= 3 \
            and group(_tk[nxt.end - 1].text) \
            and not group(_tk[e - 1].text) and _tk[nxt.end - 1].tag_ not in ("NNS", "NNPS") \
            and not (nxt.end < len(doc) and _tk[nxt.end].is_lower and group(_tk[nxt.end].text)):
        return nxt.end  # (not "its Harbour Guard and Stone Wolves Brigades units": two names, one group noun)
    if not any(t.lower_ in ("of", "on", "for") for t in read_tokens(doc)[start + 1:e - 1]) \
            or nxt is not None and (nxt.label_ != "ORG" or norm(nxt.text) in kb.known_orgs):
        return e
    k = e + 1  # (a word the NER took for a body of its own: "Union of Order" + "Labour")
    while k < len(doc) and k - e <= 2 and _tk[k].is_alpha and _tk[k].text[:1].isupper() \
            and _tk[k].ent_type_ in ("", "ORG") and not group(_tk[k].text) and not _country_of(_tk[k].text):
        k += 1
    if nxt is not None and k != nxt.end:
        return e
    # (the name ends there: a bracket, a comma, a full stop or the line's end after it, not "... and Ostravia met")
    return k if k > e + 1 and (k == len(doc) or _tk[k].is_punct or _tk[k].is_space) else e


def _state_office_of(doc: Doc, s: int, e: int, label: str, taken: list[bool]) -> tuple[int, int] | None:
    """(start, offset of the state's name) of "<Office> of <State>" around the entity doc[s:e]: "the Embassy of
    Ostravia", "Consulate General of Karvel", "the Permanent Mission of Karvel to the United Nations", whether
    the NER tagged the whole name (an organisation) or the state's name alone (the capitalised office words
    before "of" untagged). The state's executive office or its office abroad (roles.yaml state_executive,
    state_office_nouns) is the state acting; None when doc[s:e] is no such name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if label == "ORG":
        of = next((i for i in range(s + 1, min(e - 1, s + 4)) if _tk[i].lower_ == "of"), None)
        if of is None:
            return None
        start, first = s, of + 1 + (_tk[of + 1].lower_ == "the")
    elif label == "GPE" and s >= 2 and _tk[s - 1].lower_ == "of":
        start, of, first = s - 1, s - 1, s
        while start > 0 and s - 1 - start < 3 and not taken[start - 1] and _tk[start - 1].is_alpha \
                and _tk[start - 1].text[:1].isupper():
            start -= 1
        if start == of:
            return None
    else:
        return None
    if first >= e or not _office_words(doc, start, of) or not _country_of(span_text(doc, first, e)):
        return None
    return start, first - start


def _state_owning_office(doc: Doc, s: int, e: int, label: str) -> tuple[int, int] | None:
    """(start, end) of the state's name owning the body doc[s:e] in the possessive ("Ostravia's Ministry of
    Fisheries", "Karvel's Foreign Ministry"): a state's executive body (``_office_words``: roles.yaml
    state_executive, no other group noun) is the state acting, as "the Ostravian Ministry of Justice" is; None
    when doc[s:e] is no such body, no state's possessive comes right before it, or "of" comes before the state (a
    body of the ministry's own, left to the rule that cuts it before "of")."""
    if label not in ("ORG", "FAC") or s < 2 or doc[s - 1].text not in APOS or not doc[s].text[:1].isupper() \
            or not _office_words(doc, s, e):
        return None
    for n in (3, 2, 1):
        if s - 1 - n >= 0 and doc[s - 1 - n].text[:1].isupper() and _country_of(span_text(doc, s - 1 - n, s - 1)):
            if s - 2 - n >= 0 and doc[s - 2 - n].lower_ == "of":
                return None  # "the Press Office of Velnor's Interior Ministry": a body of the ministry, cut before "of"
            return s - 1 - n, s - 1
    return None


def _office_words(doc: Doc, s: int, e: int, abroad: bool = True) -> bool:
    """Whether doc[s:e] names a state's office ("Embassy", "Consulate General", "Permanent Mission"): an executive
    body's (or, with ``abroad``, an office abroad's) noun among its words and no other group noun."""
    kb = knowledge()
    office = [norm(t.text) for t in read_tokens(doc)[s:e]]
    return any(w in kb.state_executive or abroad and w in kb.state_office_nouns for w in office) \
        and not any(w in kb.org_nouns and w not in kb.state_executive for w in office)


_ISSUER_CAPS_WORDS = 8  # "MOVEMENT FOR A FREE VELMORIA": an issuing body's name set in capitals at the top


def _issuer_caps_name(doc: Doc) -> tuple[int, int] | None:
    """The name of the body that issues a document, set alone in capitals on one of its header lines ("MOVEMENT FOR
    A FREE VELMORIA" over "Election Programme 2026", "THE HARBOUR PARTY" over "PRESS RELEASE"): a line of two to
    ``_ISSUER_CAPS_WORDS`` words in capitals opening or ending with an organisation noun (roles org_nouns), in a
    header that names a kind of issued document or its issuer (relations.yaml issued_documents, issuer_phrases,
    issuer_fields; nlp/layout.py ``header_lines``). The tagger reads no name in capitals; None when there is no such line."""
    from kingmaker.nlp.layout import _has_phrase, _lines, header_lines
    from kingmaker.nlp.relations import cues

    text = doc_text(doc)
    head = header_lines(text, _lines(text))
    c = cues()
    if not any(_has_phrase(norm(text[s:e]), c.issued_documents | c.issuer_phrases | c.issuer_fields) is not None
           for s, e in head):
        return None
    org_nouns = knowledge().org_nouns
    for s, e in head:
        words = text[s:e].split()
        if not 2 <= len(words) <= _ISSUER_CAPS_WORDS or not all(w.isalpha() and w.isupper() for w in words):
            continue
        body = [w for w in words if w != "THE"] if words[0] == "THE" else words
        if norm(body[0]) not in org_nouns and norm(body[-1]) not in org_nouns or len(body) < 2:
            continue
        span = doc.char_span(s + (4 if words[0] == "THE" else 0), e, alignment_mode="expand")
        if span is not None and len(span):
            return span.start, span.end
    return None


_FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ == "PROPN"


def _verb_split(doc: Doc, ents) -> tuple:
    """A person's or body's entity that swallowed a finite verb in lower case between two names ("Relko accused |
    Darvin of ...", tagged "Relko accused" and "Darvin", or "Relko accused Darvin" whole): the verb is the clause's,
    not a word of a name; the entity is cut there, the name before it kept and the name after it (inside the entity)
    made an entity of its own. Nothing is cut unless a name stands on both sides of the verb."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out = []
    changed = False
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2:
            out.append(ent)
            continue
        v = next((i for i in range(ent.start + 1, ent.end) if _tk[i].tag_ in _FINITE_TAGS and _tk[i].is_lower
                  and _tk[i].is_alpha), None)
        if v is None or not all(_name_word(t) for t in doc[ent.start:v]):
            out.append(ent)
            continue
        after = doc[v + 1] if v + 1 < len(doc) else None
        if after is None or not _name_word(after) or (v + 1 == ent.end and not after.ent_type_):
            out.append(ent)  # no name after the verb: "Ministry of Defence says" is left to the other rules
            continue
        changed = True
        out.append(Span(doc, ent.start, v, label=ent.label_))
        if v + 1 < ent.end:
            out.append(Span(doc, v + 1, ent.end, label=ent.label_))
    return tuple(out) if changed else ents


def _joined_state_names(doc: Doc, ents) -> tuple:
    """A state whose name joins two names with "and" ("Trinidad and Tobago", "Saint Vincent and the Grenadines"),
    which the NER may tag as two names, or as one name with the word after it ("Tobago's prime minister"): one
    place entity over the whole name the gazetteer lists (countries.yaml and countryinfo), in place of the entities
    that overlap it. Each "and" between two capitalised words is tried with up to two words before it and three
    after it."""
    kb = knowledge()
    words = token_texts(doc)
    found: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 1):
        if words[i] != "and" or not words[i - 1][:1].isupper() or not words[i + 1][:1].isupper() \
                and words[i + 1] != "the":
            continue
        best = None
        for a in (i - 1, i - 2):
            for b in (i + 2, i + 3, i + 4):
                if a < 0 or b > len(doc) or not words[a][:1].isupper() or not words[b - 1][:1].isupper():
                    continue
                key = norm(" ".join(words[a:b]))
                if kb.countries.get(key) is not None:  # (the key holds the "and" at i)
                    best = (a, b) if best is None or b - a > best[1] - best[0] else best
        if best is not None and (not found or best[0] >= found[-1][1]):
            found.append(best)
    if not found:
        return ents
    out = [e for e in ents if not any(e.start < b and a < e.end for a, b in found)]
    out.extend(Span(doc, a, b, label="GPE") for a, b in found)
    return tuple(sorted(out, key=lambda e: e.start))


def _place_pair_split(doc: Doc, ents) -> tuple:
    """An entity "X and Y" of two one-word names where something is ("west of X and Y", "its headquarters at X
    and Y", "in A, B, X and Y": after a place preposition, roles.yaml pair_place_preps, or "west of", the
    names between them a list): two places, each an entity of its own, no one body. A name with an organisation
    word ("X and Y Party") or a known name ("Trinidad and Tobago") is kept whole."""
    kb = knowledge()
    out = []
    changed = False
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(ent) != 3 or doc[ent.start + 1].lower_ != "and" \
                or not all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in (ent[0], ent[2])) \
                or norm(ent[2].text) in kb.org_nouns or norm(ent[0].text) in kb.org_nouns \
                or kb.country_of(norm(ent.text)) or norm(ent.text) in kb.known_orgs:
            out.append(ent)
            continue
        j = ent.start - 1
        while j > 0 and doc[j].lower_ not in kb.pair_place_preps \
                and (doc[j].text == "," or doc[j].text[:1].isupper() and doc[j].is_alpha):
            j -= 1  # "in Goma, Bukavu, X and Y": back over the list (to the preposition, even a capitalised "In")
        if j < 0 or not (doc[j].lower_ in kb.pair_place_preps or doc[j].lower_ == "of") \
                or doc[j].lower_ == "of" and not (j > 0 and (doc[j - 1].lower_ in kb.locative_preps
                                                             or doc[j - 1].lower_ in kb.place_of_words)):
            out.append(ent)
            continue
        changed = True
        out.extend((Span(doc, ent.start, ent.start + 1, label="GPE"), Span(doc, ent.end - 1, ent.end, label="GPE")))
    return tuple(out) if changed else ents


def _comma_pair_split(doc: Doc, ents) -> tuple:
    """An organisation's entity "X, Y Foundation" holding a comma between two names, the one after it of two
    capitalised words or more ending in an organisation noun ("Partners: European Council on Foreign Relations, Open
    Society Foundations", "write to the Information Desk, Dravenia Watch Foundation"): a list of two bodies, each an
    entity of its own. A name with no organisation noun after the comma ("University of Tarsa, Velbor Campus" has
    one; "Bank of Kessa, Velmor" has none) or a known name is kept whole."""
    kb = knowledge()
    links = ("of", "for", "on", "the", "and", "&", "'s")

    def named(toks) -> bool:
        return bool(toks) and toks[0].text[:1].isupper() and all(
            t.text[:1].isupper() and t.is_alpha or t.lower_ in links for t in toks)

    out = []
    changed = False
    words = token_texts(doc)  # (each token's text read once per Doc: no Token per word)
    for ent in ents:
        commas = [i for i in range(ent.start, ent.end) if words[i] == ","]
        if ent.label_ != "ORG" or len(commas) != 1 or norm(ent.text) in kb.known_orgs:
            out.append(ent)
            continue
        c = commas[0]
        start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
        left, right = doc[start:c], doc[c + 1:ent.end]
        right_words = [t for t in right if not t.is_space]
        if not named(list(left)) or len(right_words) < 2 or not named(right_words) \
                or not any(w in kb.org_nouns for w in (norm(right_words[-1].text), singular(norm(right_words[-1].text)))) \
                or kb.country_of(norm(right.text)):  # ("Foundations": a plural's singular)
            out.append(ent)
            continue
        changed = True
        out.extend((Span(doc, ent.start, c, label="ORG"), Span(doc, c + 1, right_words[-1].i + 1, label="ORG")))
    return tuple(out) if changed else ents


def _particle_surname_end(doc: Doc, s: int, e: int) -> int:
    """The end of a person's name doc[s:e] the NER cut inside its surname's particles: the name ends in a particle
    in lower case ("Pieter van", "Ursula von") and one or two more particles and a capitalised word follow ("den
    Berg", "der Leyen"; roles.yaml surname_particles): the name runs to that word ("Pieter van den Berg"). Else
    ``e``."""
    _tk = read_tokens(doc)
    particles = knowledge().surname_particles
    if e - s < 2 or not (_tk[e - 1].is_lower and _tk[e - 1].lower_ in particles):
        return e
    j = e
    while j < len(doc) and j - e < 2 and _tk[j].is_lower and _tk[j].lower_ in particles and _tk[j].whitespace_:
        j += 1
    if e < j < len(doc) and _tk[j].is_alpha and _tk[j].text[:1].isupper() and not _tk[j].is_upper:
        return j + 1
    return e


def _title_before_name(doc: Doc, i: int) -> bool:
    """Whether doc[i] is a person's title or role word (roles.yaml titles, leader_roles, member_roles: "MP",
    "Senator", "Chairman") with a capitalised name after it, so no word of the body's name before it."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    w = norm(_tk[i].text)
    return (w in kb._title_set or w in kb.role_words) and i + 1 < len(doc) \
        and _tk[i + 1].is_alpha and _tk[i + 1].text[:1].isupper() and not _tk[i + 1].is_upper \
        and _tk[i + 1].pos_ == "PROPN" and norm(_tk[i + 1].text) not in kb.org_nouns


def _body_of_leader_split(doc: Doc, ents) -> tuple:
    """"the X Y of P Q" where the NER took the leader's name P Q for a person but cut the body's name X Y
    wrongly: tagged with the leader as one person ("The Grey Otter of Mira Tesk said"), or as a work's title after
    a quotation ('... alone." The Valley Forces of Ivo Dask praised'), tagged as a place or a body ending in "of"
    ("The Northern Wind of" + "Pavo Drenik"), or left untagged ("The Radiant Dawn of Pavo Drenik has accused"): the
    body's name (a coined name after "the", ``_coined_name_before``, or one ending in a group noun) becomes an
    organisation's entity and the leader's (``_person_tail``) a person's. A body's entity running over both ("the
    Harvest Party of Ivo Dren" as ORG) is left to ``_candidates``, which cuts it itself."""
    lowers = token_lowers(doc)[0]  # (each token's lower case, read once per Doc: no Token per word)
    if "of" not in lowers:
        return ents
    kb = knowledge()
    places = kb.place_nouns
    out = list(ents)
    changed = False
    for i in (k for k, w in enumerate(lowers) if w == "of" and 3 <= k < len(doc) - 2):
        cover = next((e for e in out if e.start <= i + 1 < e.end), None)
        if cover is None or cover.label_ not in ("PERSON", "WORK_OF_ART") \
                or cover.start != i + 1 and cover.start > i - 2:
            continue  # (the leader's name a person's entity, of its own or running from the body's name)
        if cover.label_ == "WORK_OF_ART" and (cover.start == i + 1 or cover.start > 0
                                              and doc[cover.start - 1].text in OPEN_QUOTES
                                              and not doc[cover.start - 1].whitespace_):
            continue  # (a quoted title is a work's: '"The Quiet Years of Ana Vell"'; a quote closed before is not)
        b = cover.end
        a = i
        while a > 0 and i - a < 4 and doc[a - 1].is_alpha and doc[a - 1].text[:1].isupper() \
                and doc[a - 1].lower_ != "the":
            a -= 1  # back to the word after "the"
        if a == i or a == 0 or doc[a - 1].lower_ != "the" or not _person_tail(doc, i + 1, b):
            continue
        if not (_coined_name_before(doc, i) or _party_word(doc[i - 1]) or norm(doc[i - 1].text) in kb.org_nouns):
            continue  # (a body's name: a coined one, or one ending in a group noun, "the Valley Forces of X")
        if any(t.lower_ in places or t.lower_ in kb.not_actor_heads for t in read_tokens(doc)[a:i]):
            continue  # (a place's or a building's name: "the Old Town of Ivo Dask", "the Grand Mosque of X")
        inside = [e for e in out if e.start < b and e.end > a - 1]
        if any(e.start < a - 1 or e.end > b for e in inside):
            continue  # (an entity running on past either end is some other name's)
        if any(e.start == a and e.end == i and e.label_ == "ORG" for e in inside):
            continue
        out = [e for e in out if e not in inside] + [Span(doc, a, i, label="ORG"), Span(doc, i + 1, b, label="PERSON")]
        changed = True
    return tuple(sorted(out, key=lambda e: e.start)) if changed else ents


def _candidates(doc: Doc) -> list[tuple[int, int, str]]:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    taken = [False] * len(doc)
    out: list[tuple[int, int, str]] = []
    table = _table_labels(doc)  # first: a row's label is a party's name, whatever the NER took it for
    ents = _body_of_leader_split(doc, _comma_pair_split(
        doc, _place_pair_split(doc, _verb_split(doc, _joined_state_names(doc, doc_ents(doc))))))
    starts = {ent.start: ent for ent in ents}
    joined_to = -1  # the end of a name carried on past "and" (the entity it took in is no candidate of its own)
    for ent in ents:
        if ent.start < joined_to:
            continue
        end = _name_after_and(doc, ent.start, ent.end, ent.label_, starts)
        if end > ent.end:  # (a body's name: ends in a group noun, whatever the NER took its first word for)
            ent = Span(doc, ent.start, end, label="ORG" if ent.label_ == "PERSON" else ent.label_)
            joined_to = end
        if ent.label_ == "WORK_OF_ART":
            q = next((i for i in range(ent.start, ent.end - 2) if _tk[i].text in CLOSE_QUOTES and i > ent.start), None)
            if q is not None and _bare_personal_name(doc, q + 1, ent.end):
                out.append((q + 1, ent.end, "PERSON"))  # 'the nom de guerre "Captain" Ivo Dravik': the name after
                for i in range(q + 1, ent.end):        # the quoted title, which the NER took for a work's title
                    taken[i] = True
            continue
        if ent.label_ not in ENT_LABELS and ent.start > 1 and _tk[ent.start - 1].lower_ in ("called", "named") \
                and _tk[ent.start - 2].pos_ == "NOUN" and norm(_tk[ent.start - 2].text) not in knowledge().org_nouns \
                and _bare_personal_name(doc, ent.start, ent.end):
            # "a fixer named Tomas Vendrel" tagged as a product or a work: the personal name a noun (no group's) is
            # given
            out.append((ent.start, ent.end, "PERSON"))
            for i in range(ent.start, ent.end):
                taken[i] = True
            continue
        if ent.label_ not in ENT_LABELS:
            continue
        if ent.text.isupper() and any(ent.start <= j < ent.end for j in _shouted_long_name_at(doc)):
            continue  # "CHAMBER OF DEPUTIES OF THE REPUBLIC OF KESSARIA" tagged whole: the state's name is taken below
        first = ent.start
        comma = next((i for i in range(first + 1, ent.end - 1) if _tk[i].text == ","), None)
        if ent.label_ == "ORG" and comma is not None and only_post_words(doc[first:comma]):
            for i in range(first, comma + 1):
                taken[i] = True
            first = comma + 1  # "(Deputy Chair, Harvest Party)" tagged as one name: a post (no name), then the body
        if comma is not None and ent.label_ in ("ORG", "PERSON") and _place_comma_holder(doc, first, comma, ent.end):
            # "the president of Ostrava, Ilse Marnok" tagged as one name: the post's place or state, then its holder
            out.append((first, comma, ""))
            out.append((comma + 1, ent.end, "PERSON"))
            for i in range(first, ent.end):
                taken[i] = True
            continue
        if first >= 2 and _tk[first - 1].text in APOS and _tk[first - 2].text[:1].isupper() \
                and norm(_tk[first - 2].text) in knowledge().possessive_name_words and not taken[first - 2]:
            first -= 2  # "Nation's" + "Dawn Party" tagged apart: a common noun's possessive opens the name
        if ent.label_ == "ORG" and first >= 1 and re.fullmatch(r"\d+(?:st|nd|rd|th)", _tk[first - 1].lower_) \
                and norm(_tk[ent.end - 1].text) in knowledge().org_nouns and not taken[first - 1]:
            first -= 1  # "the 2nd Parachute Battalion": the number is part of the unit's name
        # "the Progressive Labour Party of Tomas Verhal" tagged as one name: the party, and its leader's name
        # (the NER may end the name inside the leader's, the rest untagged: "the Movimiento Tierra Libre of Ana" +
        # "Tocor Huillca")
        reach = _caps_run_end(doc, ent.end, 2) if ent.label_ == "ORG" else ent.end
        if any(_tk[k].ent_type_ or taken[k] for k in range(ent.end, reach)):
            reach = ent.end
        cut = next((i for i in range(first + 2, reach - 2) if ent.label_ == "ORG" and _leader_after_of(doc, i, reach)),
                   None)
        ruled = _ruled_place(doc, first, ent.end, ent.label_)
        if ruled is not None:
            # "the King of Belomar", "The Emir of Karvel" tagged as one name: a title, not a name; the place after
            # "of" is named (the person holding the title is named apart: "the King of Belomar, Hassan the Third")
            out.append((ruled, ent.end, "GPE"))
            for i in range(first, ent.end):
                taken[i] = True
            continue
        place = _titled_person_of_place(doc, first, ent.end, ent.label_)
        if place is not None:
            # "Prime Minister Ivo Dask of Velnia" tagged as one name: the person, then the state he leads
            out.append((first, place - 1, "PERSON"))
            out.append((place, ent.end, "GPE"))
            for i in range(first, ent.end):
                taken[i] = True
            continue
        if _place_then_person(doc, first, ent.end, ent.label_):
            out.append((first, first + 1, "GPE"))
            out.append((first + 1, ent.end, "PERSON"))
            for i in range(first, ent.end):
                taken[i] = True
            continue
        if cut is not None:
            out.append((cut + 1, reach, "PERSON"))
            for i in range(cut + 1, reach):
                taken[i] = True
        elif ent.label_ == "ORG":
            cut = next((i for i in range(first + 2, ent.end - 1) if _titled_leader_after_of(doc, i, ent.end)), None)
        joined = _split_joined(doc, _split_possessive(doc, first, cut or ent.end))
        if ent.label_ == "ORG":
            joined = _split_coordinated(doc, joined)  # "the Karvel Front and Tessa Rising": two bodies
        for s, e in joined:
            s, e = _trim(doc, s, e)
            inner = next((i for i in range(s + 1, e - 1)
                          if _tk[i].is_lower and norm(_tk[i].text) in knowledge().org_nouns
                          and all(t.text[:1].isupper() for t in read_tokens(doc)[i + 1:e])), None)
            if inner is not None:
                for i in range(s, inner + 1):
                    taken[i] = True
                s = inner + 1  # "the ethnic Velmari party VPA": the party is VPA; "Velmari" only describes it
            if e <= s:
                continue
            if ent.label_ != "GPE" and e + 1 < len(doc) and _tk[e].lower_ == "of" and e + 1 in starts \
                    and starts[e + 1].label_ == "GPE" and _office_words(doc, s, e):
                continue  # "Embassy" tagged apart before "of Ostravia": the state's office, read with the state
            if ent.label_ in ("GPE", "LOC") and e - s == 1 and s > 0 and not taken[s - 1] \
                    and _tk[s - 1].pos_ == "PROPN" and _tk[s - 1].is_alpha and _tk[s - 1].text[:1].isupper() \
                    and not _tk[s - 1].is_upper and _tk[s - 1].ent_type_ == "" and _tk[s - 1].dep_ == "compound" \
                    and _tk[s - 1].head.i == s and _country_of(_tk[s].text) and not _country_of(_tk[s - 1].text) \
                    and not in_any(norm(_tk[s - 1].text), knowledge().region_qualifiers, knowledge().place_prefixes,
                                    knowledge().title_words, knowledge().person_cues):
                s -= 1  # "Forward Ostravia's leader" with only the state tagged: the name it ends
            if ent.label_ == "ORG" and s >= 3 and s + 1 < e and _tk[s + 1].text in APOS and _tk[s].text.endswith("s") \
                    and _tk[s - 1].lower_ == "and" and _tk[s - 2].text in APOS and not taken[s - 3] \
                    and _tk[s - 3].is_alpha and _tk[s - 3].text[:1].isupper() and _tk[s - 3].text.endswith("s"):
                s -= 3  # "the Workers' and | Peasants' Party": two groups of members name one body, the first cut off
            # (not a lower-case word the tagger took for a proper noun: "ahead of the KUP congress", its meeting)
            while ent.label_ != "NORP" and e < len(doc) and _tk[e - 1].dep_ == "compound" and _tk[e - 1].head.i == e \
                    and _tk[e].pos_ == "PROPN" and _tk[e].ent_type_ in ("", ent.label_, "PERSON", "ORG", "LOC") \
                    and not _tk[e].is_lower and not (_shouted_word(_tk[e].text) and not _tk[e - 1].is_upper):
                if _tk[e].ent_iob_ == "B" and _tk[e].ent_type_ not in ("", ent.label_):
                    break
                if ent.label_ in ("GPE", "NORP") and norm(_tk[e].text) in knowledge()._title_set:
                    break  # "the French Ambassador, X,": the state and its envoy's title, not a body's name
                if ent.label_ == "ORG" and _title_before_name(doc, e):
                    break  # "Harvest Party MP Ana Perl": the party, then its member's title and her name
                e += 1
            if ent.label_ == "ORG" and e + 2 < len(doc) and _tk[e].lower_ == "of" and not taken[e + 1]:
                # "the Rule of Faith coalition" with only "Rule" tagged: the name runs to its group noun
                j = e + 1
                while j < len(doc) and j - e <= 3 and _tk[j].pos_ == "PROPN" and _tk[j].text[:1].isupper() \
                        and _tk[j].ent_type_ in ("", "ORG"):
                    j += 1
                if e + 1 < j < len(doc) and _tk[j].is_lower and _tk[j].pos_ == "NOUN" \
                        and norm(_tk[j].text) in knowledge().org_nouns:
                    e = j
            if ent.label_ == "ORG" and e == ent.end:
                j = e
                while j < len(doc) and j - e < 3 and _tk[j].is_alpha and _tk[j].text[:1].isupper() \
                        and not (_tk[j].ent_type_ and _tk[j].ent_iob_ == "B"):
                    j += 1
                if j > e and norm(_tk[j - 1].text) in knowledge().company_suffixes:
                    e = j  # "Al-Rawda General | Trading LLC": the company's name runs to its legal form
            while e + 2 < len(doc) and _tk[e].lower_ in ("wal", "wa", "w") and _tk[e + 1].text == "-" \
                    and not _tk[e].whitespace_ and _tk[e + 2].text[:1].isupper() and e == ent.end:
                e += 3  # "Jama'at Ansar al-Din | wal-Muslimin": an Arabic name's "and the ..." the NER cut off
            if ent.label_ == "PERSON" and e == ent.end and e < len(doc) and e - s >= 2 \
                    and _tk[e - 1].lower_ in knowledge().surname_particles and _tk[e - 1].is_lower \
                    and _tk[e].is_alpha and _tk[e].text[:1].isupper() and not _tk[e].is_upper:
                e += 1  # "Ursula von der | Leyen": the surname the NER cut after its particle
            if ent.label_ == "PERSON" and e == ent.end:
                e = _particle_surname_end(doc, s, e)  # "Pieter van | den Berg": the NER cut between two particles
            if ent.label_ == "PERSON" and e == ent.end and e < len(doc) and e - s >= 3 and _tk[e - 1].text == "-" \
                    and not _tk[e - 1].whitespace_ and _tk[e - 2].lower_ in _ARTICLES.split("|") \
                    and _tk[e].is_alpha and _tk[e].text[:1].isupper():
                e += 1  # "Omar al- | Tahir's party": the surname the NER cut after its article's hyphen
            if ent.label_ == "PERSON" and ent.end - 1 <= e <= ent.end and e + 1 < len(doc) and e - s >= 2 \
                    and _tk[e].text == "-" \
                    and not _tk[e - 1].whitespace_ and not _tk[e].whitespace_ and _tk[e + 1].is_alpha \
                    and _tk[e + 1].text[:1].isupper() and not _tk[e + 1].is_upper and not taken[e + 1] \
                    and not _country_of(_tk[e + 1].text) and norm(_tk[e + 1].text) not in knowledge().org_nouns:
                e += 2  # "Mariam Kone | -Sako", "Mariam Kone- | Sako": a double surname the NER cut at its hyphen
            label = ent.label_
            if e > ent.end:
                label = "EXT:" + label
            if ent.label_ in ("GPE", "LOC") and e - s == 1 and e == ent.end and not _country_of(_tk[s].text) \
                    and norm(_tk[s].text) not in knowledge().places:
                # "run by Graciela | Ordaz Pineda": a first name the NER took for a place, with the
                # surnames it is a compound of
                k = e
                while k < len(doc) and k - e < 2 and _tk[k].pos_ == "PROPN" and _tk[k].is_alpha \
                        and _tk[k].text[:1].isupper() and not _tk[k].is_upper and _tk[k].ent_type_ == "":
                    k += 1
                words = {norm(t.text) for t in doc_span(doc, s, k)}
                kb_ = knowledge()
                if k > e and all(_tk[t].dep_ == "compound" and t < _tk[t].head.i < k for t in range(s, k - 1)) \
                        and _tk[k - 1].dep_ != "compound" \
                        and not words & (kb_.org_nouns.keys() | kb_.not_person_words | kb_.not_actor_heads
                                         | kb_.place_nouns | kb_.title_words | kb_.place_prefixes) \
                        and not any(_country_of(t.text) for t in read_tokens(doc)[e:k]):
                    e, label = k, "EXT:PERSON"
            if ent.label_ in ("NORP", "GPE") and e < len(doc) and _tk[e].pos_ == "PROPN" \
                    and _tk[e].text[:1].isupper() and _tk[e].ent_type_ in ("", "ORG") \
                    and (norm(_tk[e].text) in knowledge().org_nouns or norm(ent.text) in knowledge().not_states
                         and norm(_tk[e].text) in ("state", "jihad", "emirate", "caliphate", "brotherhood")):
                # "Lebanese Forces", "Syrian Democratic Forces" split by the NER: one organisation
                while e < len(doc) and _tk[e].pos_ == "PROPN" and _tk[e].text[:1].isupper() and not taken[e]:
                    e += 1
                label = "EXT:ORG"
            kb = knowledge()
            cut = next((i for i in range(s + 1, e) if _tk[i].lower_ in ("of", "and", "from")), None)
            if cut is not None and (ent.label_ == "PERSON" or norm(span_text(doc, cut + 1, e)) in kb.media
                                    and norm(_tk[cut - 1].text) not in kb.org_nouns
                                    and norm(_tk[cut - 1].text) not in kb.legislature_words):
                e = cut  # (not "the House of the Nation": a house's name, though "The Nation" is a paper's)
            elif cut is not None and ent.label_ == "ORG" and _tk[cut].lower_ == "of" \
                    and norm(_tk[cut - 1].text) in kb.org_nouns and _tk[cut - 1].text[:1].isupper() \
                    and _title_then_name(doc, cut + 1):
                e = cut  # "the Homeland Union of Prime Minister X": the party; its leader's title follows
            elif cut is not None and ent.label_ == "ORG" and _tk[cut].lower_ == "of" \
                    and 2 <= sum(1 for t in read_tokens(doc)[cut + 1:e] if t.is_alpha and t.text[:1].isupper()) <= 3 \
                    and norm(_tk[cut - 1].text) in kb.org_nouns \
                    and all(t.is_alpha and t.text[:1].isupper() and norm(t.text) not in kb.org_nouns
                            or t.text == "-" or LOWER_PARTICLE.match(span_text(doc, t.i, e)) for t in doc[cut + 1:e]) \
                    and _tk[cut + 1].text[:1].isupper() \
                    and (any(t.text == _tk[e - 1].text and (t.ent_type_ == "PERSON" or t.dep_ == "nsubj"
                                                            or not _tk[t.i - 1].text[:1].isupper()
                                                            and (t.i + 1 >= len(doc) or not _tk[t.i + 1].text[:1].isupper()))
                             for t in (doc[i] for i, w in enumerate(token_texts(doc))
                                       if w == _tk[e - 1].text and not s <= i < e and i > 0))
                         or _person_tail(doc, cut + 1, e)):
                # "the Crimson Party of Ivo Dren ... Dren said", "the Dawn Organisation of Omar al-Tahir ... met
                # Tahir": the party, then its leader (his surname stands alone elsewhere)
                out.append((s, cut, "ORG"))
                for i in range(s, e):
                    taken[i] = True
                out.append((cut + 1, e, "PERSON"))
                continue
            rest_inst = None
            for n in (2, 1):
                if ent.label_ == "ORG" and e - s > n and _country_of(span_text(doc, s, s + n)) \
                        and norm(span_text(doc, s + n, e)) in STATE_FORCES:
                    rest_inst = n
                    break
            if rest_inst is not None and e - s - rest_inst > 1 \
                    and (_named_plain(doc, s + rest_inst - 1, e - 1, range(s, e)) or _client_force(doc, s, e)):
                # "the Ostravian National Army" where "the Ostravian Army" is named too, or which the text
                # calls rebels, factions or backed by another state: another army, not the state's
                rest_inst = None
            if rest_inst is not None:
                # "the Lebanese Armed Forces", "Iraqi Security Forces": the state's military
                out.append((s, e, "INST:" + STATE_FORCES[norm(span_text(doc, s + rest_inst, e))] + ":" + str(rest_inst)))
                for i in range(s, e):
                    taken[i] = True
                continue
            lead_n = next((n for n in (2, 1) if e - s >= n + 2 and _country_of(span_text(doc, s, s + n))), None)
            if lead_n is not None and s >= 2 and _tk[s - 1].lower_ in ("to", "of") \
                    and (norm(_tk[s - 2].text) in kb.role_words or norm(_tk[s - 2].text) in kb.title_words) \
                    and all(t.is_alpha and t.text[:1].isupper() and norm(t.text) not in kb.org_nouns
                            for t in doc[s + lead_n:e]):
                # "Ambassador to Ostravia Marek Tolvan": the state, then the person holding the post
                out.append((s, s + lead_n, "GPE"))
                out.append((s + lead_n, e, "PERSON"))
                for i in range(s, e):
                    taken[i] = True
                continue
            office = _state_office_of(doc, s, e, ent.label_, taken)
            if office is not None:
                # "the Embassy of Ostravia in Dunmere", "Consulate General of Karvel": the state's own office
                out.append((office[0], e, f"STATEOF:{office[1]}"))
                for i in range(office[0], e):
                    taken[i] = True
                continue
            state_n = next((n for n in (2, 1) if ent.label_ in ("ORG", "FAC", "GPE", "PERSON") and e - s > n
                            and _country_of(span_text(doc, s, s + n))
                            and _office_words(doc, s + n, e, abroad=False)), None)
            if state_n is None and ent.label_ in ("NORP", "GPE") and _country_of(span_text(doc, s, e)):
                # "the Russian Embassy", "Ostravian Foreign Ministry" when the NER tagged only the adjective
                j = e
                while j < len(doc) and _tk[j].text[:1].isupper() and _tk[j].pos_ in ("PROPN", "NOUN") \
                        and not _tk[j].ent_type_ and j - e < 3:
                    j += 1
                if j > e and norm(_tk[j - 1].text) in kb.state_executive \
                        and not any(norm(t.text) in kb.org_nouns and norm(t.text) not in kb.state_executive
                                    for t in doc[e:j]):
                    if j + 1 < len(doc) and _tk[j].lower_ == "of" and _tk[j + 1].text[:1].isupper():
                        j += 2  # "Ministry of Justice"
                    state_n, e = e - s, j
            owner = _state_owning_office(doc, s, e, ent.label_) if state_n is None else None
            if owner is not None:
                # "Ostravia's Ministry of Fisheries": the state acting, as with its adjective, named in full (the
                # state's own candidate before it is read with it)
                out = [c for c in out if not (owner[0] <= c[0] and c[1] <= s)]
                out.append((owner[0], e, f"STATE:{owner[1] - owner[0]}"))
                for i in range(owner[0], e):
                    taken[i] = True
                continue
            if state_n is not None:
                # "the Ostravian Ministry of Justice", "the Russian Embassy": the state acting
                out.append((s, e, f"STATE:{state_n}"))
                for i in range(s, e):
                    taken[i] = True
                continue
            if ent.label_ == "ORG" and e - s >= 2 and norm(ent.text) not in kb.media \
                    and norm(_tk[e - 1].text) in knowledge().state_body_nouns:
                # "U.S. Army", "Iraqi National Security Service": the state is named too
                for n in (2, 1):
                    if e - s > n and _country_of(span_text(doc, s, s + n)):
                        if e - s == n + 1 and norm(_tk[e - 1].text) in ("forces", "force", "guard", "guards", "corps"):
                            break  # "Lebanese Forces": a name of its own
                        if e - s == n + 1 and norm(_tk[e - 1].text) in kb.state_institutions:
                            taken[e - 1] = True
                            e = s + n  # "U.S. Army": the institution rule below takes the noun
                            break
                        out.append((s, s + n, "GPE"))
                        for i in range(s, s + n):
                            taken[i] = True
                        s = s + n
                        label = f"PFX{n}:{label}"  # the full name stays an alias ("KDF" = "Kelmari Defence Force")
                        break
            out.append((s, e, label))
            for i in range(s, e):
                taken[i] = True
    for s, e, _lab in table:
        for i in range(s, e):
            taken[i] = True
    out = table + [c for c in out if not _across_cells(c, table)]
    out.extend(_known_as_groups(doc, taken))
    words = token_texts(doc)
    known_orgs, norms, org_nouns = knowledge().known_orgs, token_norms(doc), knowledge().org_nouns
    for i, w in enumerate(words):  # a known organisation's one-word name the tagger missed ("the G7", "BRICS")
        if not taken[i] and w[:1].isupper() and len(w) > 1 and norms[i] in known_orgs \
                and not (i + 1 < len(doc) and words[i + 1][:1].isupper() and norms[i + 1] in org_nouns):
            # (not the first word of a body's longer name: "ECOWAS Commission" is read whole, as the tagger's runs are)
            t = doc[i]
            if not t.is_alpha or w.isupper() and len(w) > 2 or t.pos_ == "PROPN" and not t.is_sent_start:
                out.append((i, i + 1, "ORG"))
                taken[i] = True
    for j in _shouted_long_name_at(doc):
        if not taken[j] and _country_of(_tk[j].text):
            out.append((j, j + 1, "GPE"))  # "... OF THE REPUBLIC OF KESSARIA": the state a heading names
            taken[j] = True
    for s, e in _shouted_datelines(doc, taken):
        out.append((s, e, "GPE"))  # "BEIRUT, Sept 17 (Wire) -": a dateline's known place the tagger missed
        for i in range(s, e):
            taken[i] = True
    for s, e in _quoted_units(doc, taken):
        out.append((s, e, "ORG"))
        for i in range(s, e):
            taken[i] = True
    # capitalised proper-noun runs the NER missed
    i = 0
    n = len(doc)
    while i < n:
        if taken[i] or not words[i][:1].isupper():  # what both tests below ask first
            i += 1
            continue
        t = doc[i]
        if t.pos_ == "ADJ" and t.is_alpha and i + 1 < n and not taken[i + 1] and _tk[i + 1].is_lower \
                and (norm(_tk[i + 1].text) in knowledge().state_nouns
                     or norm(_tk[i + 1].text) in knowledge().state_institutions) and _country_of(t.text):
            out.append((i, i + 1, "NORP"))  # "Maltese mediators" with no tag: the state's adjective
            taken[i] = True
            i += 1
            continue
        if not taken[i] and i + 1 < n and not taken[i + 1] and t.text[:1].isupper() and t.is_alpha \
                and norm(t.text) in knowledge().unit_nouns and _tk[i + 1].text.isdigit() and i > 0 \
                and _tk[i - 1].lower_ in ("'s", "’s", "the", "its", "their", "his", "her") \
                and (i + 2 >= n or not _tk[i + 2].like_num and _tk[i + 2].text not in ("%", "/", ":")):
            out.append((i, i + 2, "ORG"))  # "the X's Unit 70", "the Brigade 313": a numbered unit
            taken[i] = taken[i + 1] = True
            i += 2
            continue
        # "Miners' Unity Party" opening a line or a sentence, its first word tagged a common noun: a common noun's
        # possessive before a proper noun opens the name
        owned = i + 2 < n and not taken[i + 2] and _tk[i + 1].text in APOS and _tk[i + 2].pos_ == "PROPN" \
            and _tk[i + 2].text[:1].isupper() and norm(t.text) in knowledge().possessive_name_words
        given = not owned and _mistagged_given_name(doc, i, taken)
        if not owned and not given and t.pos_ != "PROPN" and _mistagged_surname(doc, i, taken):
            out.append((i, i + 1, ""))  # "Voss is a member": a known person's surname the tagger read as a word
            taken[i] = True
            i += 1
            continue
        if not taken[i] and not owned and not given and _untagged_acronym(doc, i):
            out.append((i, i + 1, "EXT:ORG"))  # "the far-right VOLNA doubled its seats": a body's acronym the
            taken[i] = True  # tagger read as a common noun
            i += 1
            continue
        owned = owned or (_determiner_opens_name(doc, i) or _possessive_opens_name(doc, i)) and not taken[i + 1]
        if not taken[i] and (t.pos_ == "PROPN" or owned or given) and t.text[:1].isupper() and t.is_alpha \
                and t.ent_type_ != "DATE":
            j = i + 1 if owned or given else i  # (not "On Saturday | Ostravian forces raided": a date opens no name)
            while j < n and not taken[j]:
                if _tk[j].pos_ == "PROPN" and _tk[j].text[:1].isupper():
                    j += 1
                elif _tk[j].text in APOS and j > i and norm(_tk[j - 1].text) in knowledge().possessive_name_words \
                        and j + 1 < n and not taken[j + 1] and _tk[j + 1].text[:1].isupper():
                    j += 1  # "Nation's Light Party": a common noun's possessive inside a name
                elif _tk[j].text == "-" and j > i and not _tk[j - 1].whitespace_ and j + 1 < n \
                        and not _tk[j].whitespace_ and not taken[j + 1] and _tk[j + 1].text[:1].isupper():
                    j += 1  # "al-Haq": a hyphen inside a name
                elif _tk[j].lower_ in ("of", "al", "el", "for") and j + 1 < n and not taken[j + 1] \
                        and _tk[j + 1].pos_ == "PROPN" and _tk[j + 1].text[:1].isupper():
                    if _tk[j].lower_ == "of" and _title_then_name(doc, j + 1) \
                            and norm(_tk[j - 1].text) in knowledge().org_nouns:
                        break  # "the Homeland Union of Prime Minister X": the party, then its leader's title
                    if _tk[j].lower_ == "of" and _leader_after_of(doc, j, _caps_run_end(doc, j + 1)):
                        break  # "the Kessel Greens of Ana Morel", untagged: the party, then its leader
                    if _tk[j].lower_ == "of" and j + 3 < n and _tk[j + 2].text in APOS and _tk[j + 3].text[:1].isupper():
                        break  # "the Audit Unit of Karvel's Central Bank": the body, then the one owning the next name
                    j += 2
                elif _tk[j].lower_ in ("al", "el") and j + 2 < n and _tk[j + 1].text == "-" \
                        and not taken[j + 2] and _tk[j + 2].text[:1].isupper():
                    j += 3  # "Ahl al-Haq"
                else:
                    break
            if j - i > 1 and _member_plural(words[j - 1]):
                j -= 1  # "Four Karvel Union MPs quit": the body's members; the name is the body's
            if j - i >= 3 and norm(_tk[j - 1].text) in knowledge().state_body_nouns and _country_of(_tk[i].text) \
                    and not _country_of(span_text(doc, i, j)):
                # "the Kessmora Maritime Police patrol boat": the state, and its body under its full name
                out.append((i, i + 1, "GPE"))
                out.append((i + 1, j, "PFX1:ORG"))
            else:
                # "- 1st Armoured Division (Harsk): ...": a numbered unit's ordinal the NER left out opens its name
                o = i - 1 if i > 0 and not taken[i - 1] and ORDINAL_NUMBER.match(_tk[i - 1].text) \
                    and norm(_tk[j - 1].text) in knowledge().unit_nouns else i
                if o >= 2 and _tk[o - 1].text in APOS and _tk[o - 2].text[:1].isupper() and not taken[o - 2] \
                        and norm(_tk[o - 2].text) in knowledge().possessive_name_words:
                    o -= 2  # "Farmers' Beacon Party": a common noun's possessive opens the name (as for an entity)
                end = _name_after_and(doc, i, j, "", starts)  # "(Union of Order and Labour)", "Quarran Peace and"
                if end > j and not taken[j] and (not any(taken[k] for k in range(j, end)) or j + 1 in starts
                                                 and starts[j + 1].end == end):
                    j = end
                out.append((o, j, ""))
            i = j
        else:
            i += 1
    # (a heading's run whose words the NER took only in part, "LIDIA" of "LIDIA VARNE" as a body, is the heading's)
    heads = [c for c in _heading_persons(doc) + _heading_bodies(doc) if not any(taken[k] for k in range(c[0], c[1]))
             or all(c[0] <= s and e <= c[1] for s, e, _ in out if s < c[1] and c[0] < e)
             and any(c[0] <= s and e <= c[1] for s, e, _ in out)]
    if heads:  # (in place of the run of capitals found above)
        out = heads + [c for c in out if not any(c[0] < e and s < c[1] for s, e, _ in heads)]
    out = _join_acronym_suffixes(doc, _join_hyphen_states(doc, out))
    out = _split_house_members(doc, _extend_back_to_capital(doc, _join_before_acronym(doc, _join_posted_places(doc, _join_named_places(doc, _join_brackets(doc, _extend_back_to_acronym(doc, _extend_to_acronym(doc, _join_to_names(doc, _join_place_tails(doc, _join_described_names(doc, _join_for_names(doc, _join_word_pairs(doc, _join_and_names(doc, _join_and_tails(doc, _coordinated_acronyms(doc, _join_in_names(doc, _join_of_names(
        doc, _join_foreign_names(doc, _join_adjacent_persons(doc, _join_party_plurals(doc, _join_plural_possessives(doc, _join_known_names(
            doc, _join_hyphen_particles(doc, _join_regnal_numbers(doc, out)))))))))))))))))))))))))
    out = _gerund_for_names(doc, _numbered_units(doc, _joint_bodies(doc, _portfolio_end_before_name(doc, _portfolio_titles(doc, _portfolio_of_place(doc, out))))))
    out = _after_possessive_honorific(doc, out)
    out = _title_of_state(doc, out)
    out = _join_comma_known_names(doc, out)
    bodies = _digit_acronym_bodies(doc)
    if bodies:  # "sanctions on Dask & 2 K14 commanders" taken for one name: the name before "&", then the count's body
        out = [(s, next(k for k in range(s + 1, e - 1) if _tk[k].text in ("&", "and") and _tk[k + 1].like_num), lab)
               if lab in ("ORG", "") and any(_tk[k].text in ("&", "and") and _tk[k + 1].like_num
                                             and _tk[k + 2].text in bodies for k in range(s + 1, e - 2)) else (s, e, lab)
               for s, e, lab in out]
  # "the K14 rebel movement" ... "K14 claims": a body's short name of letters and a number (the NER
        # took it for a product's)
        out += [(i, i + 1, "EXT:ORG") for i in range(len(doc)) if not taken[i] and _tk[i].text in bodies
                and not any(s <= i < e for s, e, _ in out)]
    # ents can overlap after extension: keep the longest, first
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, lab in out:
        if s >= last_end and not _number_label(doc, s, e):
            kept.append((s, e, lab))
            last_end = e
    return kept


def _heading_persons(doc: Doc) -> list[tuple[int, int, str]]:
    """'MALIKA DORRAN AND THE RENEWAL PARTY', 'PRESIDENT ILSA BRANT': a who's-who heading in capitals that names a
    person in full: two or three capitalised words (a title before them left out; "and" or "the" ends them) whose
    last word the body of the text writes as a capitalised name of its own ("Dorran, 51, leads ..."). The NER
    reads no name in capitals; these are the person's full name (``_find_actors`` writes it in title case).
    Computed once per Doc."""
    return per_doc(doc, "heading_persons", _find_heading_persons)


# (after a box's tag at most, "FACT BOX: THE X BRIGADE"; over prose, a fact box's "Label: value" lines or a bullet line
# that describes the body with no name of its own: "* A militia raised in ...", not "- X Party (XP). Leader: Y.")
_SHOUTED_BODY = re.compile(r"^[ \t]*(?:" + BOX_TAG + r")?(?:THE[ \t]+)?"
                           r"([A-Z][A-Z'\-]+(?:[ \t]+[A-Z][A-Z'\-]+){1,4})[ \t]*\n\s*"
                           r"(?:[A-Z][^\n]*[.!?]|[A-Z][a-z]+(?:[ \t][a-z]+)?:[ \t]+\S"
                           r"|[-*\u2022][ \t]+(?:An?|The)[ \t]+[a-z][^\n]*[.!?])",
                           re.MULTILINE)


def _heading_bodies(doc: Doc) -> list[tuple[int, int, str]]:
    """'THE VELO MOUNTAIN FRONT' over a paragraph: a who's-who heading in capitals that names a body, two to five
    words ending in a group noun in the singular (roles.yaml org_nouns; none a title or a state; one the text
    never writes in lower case), the entry's paragraph of prose under it. The NER reads no name in capitals; this is the body's name (``_find_actors`` writes it in title
    case). Computed once per Doc."""
    return per_doc(doc, "heading_bodies", _find_heading_bodies)


def _find_heading_bodies(doc: Doc) -> list[tuple[int, int, str]]:
    kb = knowledge()
    out = []
    text = doc_text(doc)
    for m in _SHOUTED_BODY.finditer(text):
        words = [norm(w) for w in m.group(1).split()]
        if words[-1] not in kb.org_nouns or words[-1].endswith("s") and words[-1][:-1] in kb.org_nouns \
                or any(w in kb.title_words or w in kb._title_set or _country_of(w) or w in ("and", "of")
                       for w in words) \
                or all(re.search(r"\b%s\b" % re.escape(w), text) for w in words[:-1]):
            continue  # ("THE ARMED GROUPS": a category; each word of a name's but its group noun is a name's own)
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None:
            out.append((span.start, span.end, "ORG"))
    issuer = _issuer_caps_name(doc)  # "MOVEMENT FOR A FREE VELMORIA" over "Election Programme 2026"
    if issuer is not None and (issuer[0], issuer[1], "ORG") not in out:
        out.append((issuer[0], issuer[1], "ORG"))
    return out


def _find_heading_persons(doc: Doc) -> list[tuple[int, int, str]]:
    return [(s, e, "PERSON") for s, e in _heading_name_runs(doc) + _title_heading_names(doc) + _prose_caps_names(doc)
            if not any(_country_of(w) for w in token_texts(doc)[s:e])]


def _prose_caps_names(doc: Doc) -> list[tuple[int, int]]:
    """"His defence minister, ANNA VOSK (50s), waits by the door": a person's full name written in capitals inside a
    line of prose (a script introducing a character, a release stressing a name), two or three words of three
    letters or more (a word glued to the next by a hyphen counts with it), no capitals word on either side; its
    last word the text writes alone in capitals on its line, a speaker's cue ("VOSK" or "VOSK (INTO PHONE)" over
    the words spoken), or elsewhere as a name of its own in the case of prose ("Vosk nods"; then none of the words
    an English common word the tagger reads as no proper noun: "told to STAY INDOORS. Indoors, ..."). None of the
    words a title, a group noun, a state, a place or a part of one ("LOWER X"), a stop word or a known body's name;
    not right after a common noun that is no title ("the ship MARIA X", "the documentary X Y": a thing's name). The
    NER reads no name in capitals; ``_find_actors`` writes it in title case. Computed once per Doc (with the
    heading persons)."""
    text = doc_text(doc)
    if not re.search(r"[A-Z]{3,}[ \t]+[A-Z]{3,}", text):
        return []
    _tk = read_tokens(doc)
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    n = len(doc)

    def caps(k: int) -> bool:
        return 0 <= k < n and words[k].isalpha() and words[k].isupper() and len(words[k]) > 1

    body = {w for i, w in enumerate(words) if w.istitle() and w.isalpha() and not _common_word(w.lower())
            and not (i > 0 and words[i - 1][:1].isupper() and words[i - 1].isalpha())
            and not (i + 1 < n and words[i + 1][:1].isupper() and words[i + 1].isalpha())}
    cues = set(re.findall(r"(?m)^[ \t]*([A-Z][A-Z'\-]{2,})[ \t]*(?:\([^)\n]*\)?)?[ \t]*$", text))
    out = []
    i = 0
    while i < n:
        if not caps(i) or caps(i - 1) or _glued_hyphen(doc, i - 1):
            i += 1
            continue
        j = i
        while j < n and (caps(j) or _glued_hyphen(doc, j)) and (j == i or "\n" not in _tk[j - 1].whitespace_):
            j += 1
        ls = text.rfind("\n", 0, _tk[i].idx) + 1
        le = text.find("\n", _tk[i].idx)
        line = text[ls:le if le >= 0 else len(text)]
        glued = {k for k in range(i, j) if k + 1 < j and _glued_hyphen(doc, k + 1) or _glued_hyphen(doc, k)}
        count = sum(1 for k in range(i, j) if words[k].isalpha() and not (k + 1 < j and _glued_hyphen(doc, k + 1)))
        last = words[j - 1]
        before = _tk[i - 1] if i > 0 else None
        if 2 <= count <= 3 and re.search(r"\b[a-z]{3,}\b", line) \
                and not (before is not None and before.pos_ in ("NOUN", "PROPN") and before.is_lower
                         and norms[i - 1] not in kb.title_words and norms[i - 1] not in kb._title_set) \
                and not _glued_hyphen(doc, i) and not _glued_hyphen(doc, j - 1) \
                and (last in cues or last.title() in body
                     and not any(_common_word(norms[k]) and _tk[k].pos_ != "PROPN" for k in range(i, j - 1)
                                 if words[k].isalpha())) \
                and norm(" ".join(words[i:j])) not in kb.known_orgs \
                and not any(norms[k] in kb.org_nouns or norms[k] in kb.title_words or norms[k] in kb._title_set
                            or kb.country_of(words[k]) or norms[k] in kb.not_actors or norms[k] in kb.known_orgs
                            or norms[k] in kb.places and not (_glued_hyphen(doc, k - 1) or _glued_hyphen(doc, k + 1))
                            or norms[k] in kb.region_qualifiers
                            or _tk[k].is_stop or len(words[k]) < 3 and k not in glued
                            for k in range(i, j) if words[k].isalpha()):
            out.append((i, j))
        i = max(j, i + 1)
    return out


# a line that is only two or three capitalised words (a list's number, a bullet or a colon at most), a line under it
_TITLE_HEAD_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|[-*\u2022][ \t]+)?([A-Z][a-z'\-]+(?:[ \t]+[A-Z][a-z'\-]+){1,2})"
                              r"[ \t]*:?[ \t]*\n(?=[ \t]*\S)", re.MULTILINE)


def _title_heading_names(doc: Doc) -> list[tuple[int, int]]:
    """"Ana Morvik" alone on a line over "She runs the X from exile." or "Leader of the X.": a who's-who heading in
    the case of prose that names a person the tagger missed (a name alone on its line has no context): the line under
    it opens with a post over a body (``_role_below``) or has "he"/"she" as its first sentence's subject
    (``_person_below``). None of its words a title, a group noun, a state, a place or a function word."""
    kb = knowledge()
    out = []
    for m in _TITLE_HEAD_LINE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or any(t.ent_type_ for t in span):
            continue  # (a name the tagger found is read as found)
        if any(norm(t.text) in kb.title_words or norm(t.text) in kb._title_set or norm(t.text) in kb.org_nouns
               or kb.country_of(t.text) or norm(t.text) in kb.places or t.is_stop for t in span if t.is_alpha):
            continue
        if all(_common_word(t.lower_) for t in span if t.is_alpha) and len(re.findall(
                r"\b" + re.escape(span[-1].text) + r"\b", doc_text(doc))) < 2:
            continue  # "Rising Tensions": a heading of English common words, its last word written nowhere else
        j = span.end
        while j < len(doc) and doc[j].text == ":":
            j += 1
        if _role_below(doc, j) or _person_below(doc, j):
            out.append((span.start, span.end))
    return out


def _heading_name_runs(doc: Doc) -> list[tuple[int, int]]:
    """The runs of ``_heading_persons`` read with world knowledge only (no state the text reveals: the states
    finder asks them, ``_full_name_words``). Computed once per Doc."""
    return per_doc(doc, "heading_name_runs", _find_heading_name_runs)


def _person_below(doc: Doc, j: int) -> bool:
    """Whether the lines under a document's first line (from token ``j``) are about a person: a profile's field of a
    person's life ("Born: 1961", "Age: 52"), or a first sentence whose subject is "he" or "she" ("A former teacher,
    he has led ...")."""
    k = j
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 < len(doc) and doc[k + 1].text == ":" and doc[k].lower_ in knowledge().person_fields:
        return True
    for t in doc[k:k + 15]:
        if t.is_space or t.is_sent_start and t.i > k:
            break
        if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a hyphen glued between two words in capitals ("AL-KHOURANI", "BEN-HADDOU")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return 0 < k < len(doc) - 1 and _tk[k].text == "-" and not _tk[k - 1].whitespace_ and not _tk[k].whitespace_ \
        and _tk[k - 1].text.isalpha() and _tk[k - 1].text.isupper() and _tk[k + 1].text.isalpha() \
        and _tk[k + 1].text.isupper()


def _written_elsewhere(doc: Doc, s: int, e: int) -> bool:
    """Whether the text writes a heading's name doc[s:e] in full elsewhere, not in capitals ("Mohammed Ali Varga"
    and "MOHAMMED ALI VARGA"): its first word standing alone elsewhere is then another's given name."""
    text = doc_text(doc)
    name = text[doc[s].idx:doc[e - 1].idx + len(doc[e - 1].text)]
    return any(m.group() != name for m in re.finditer(re.escape(name), text, re.IGNORECASE))


def _role_below(doc: Doc, j: int) -> bool:
    """Whether the line under a heading (from token ``j``, after a bullet) opens with a person's post over a body, no
    verb before it: "* Commander of the Dune Guard since 2020.", "Secretary-general of the X." (a who's-who entry
    whose description is its person's post: the heading names the person), or with a verb of leading and no subject
    ("Heads the X.": roles.yaml leading_verbs), or whose subject describes a person ("The acting premier steered
    ...": a title, a role or roles.yaml person_description_nouns, then a verb)."""
    kb = knowledge()
    k = j
    while k < len(doc) and (doc[k].is_space or doc[k].text in BULLETS):
        k += 1
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return False
    first = doc[k].lower_
    if first.endswith("s") and first[:-1] in kb.leading_verbs and k + 1 < len(doc) \
            and (doc[k + 1].lower_ == "the" or doc[k + 1].text[:1].isupper()):
        return True  # "Heads the X.", "Chairs X since 2019.": a fragment whose subject is the heading's person
    if first == "the":  # "The acting premier steered ...", "The preacher urged ...": a person described, then a verb
        people = kb.title_words | kb.leader_roles | kb.member_roles | kb.person_description_nouns
        for t in doc[k + 1:k + 5]:
            if not t.is_lower or not t.is_alpha:
                return False
            if norm(t.text) in people and t.tag_ == "NN" and t.i + 1 < len(doc) \
                    and doc[t.i + 1].pos_ in ("VERB", "AUX", "ADV"):
                return True
    for t in doc[k:k + 5]:
        if t.lower_ == "of":
            return t.i > k
        w = norm(t.text)
        if not (w in kb.role_words or w in kb._title_set or w in kb.leader_roles or t.text == "-"
                or t.pos_ in ("ADJ", "PROPN", "NOUN") and t.i > k and w in kb.title_words):
            return False
    return False


def _find_heading_name_runs(doc: Doc) -> list[tuple[int, int]]:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    furniture = _page_furniture(doc)
    if not furniture:
        return []
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    def caps(k: int) -> bool:
        return 0 <= k < len(doc) and words[k][:1].isupper() and words[k].isalpha()

    body: set[str] | None = None  # (a walk over every word: made when a heading's run first asks it)

    def body_words() -> set[str]:
        """The body's capitalised names standing alone ("Dorran, 51, ...", "Brant's party"): a surname."""
        nonlocal body
        if body is None:
            body = {w for i, w in enumerate(words) if i not in furniture and w.istitle() and _tk[i].pos_ == "PROPN"
                    and not caps(i - 1) and not caps(i + 1)}
        return body

    out = []
    after = 0  # the first token past the last run read
    for i in sorted(furniture):  # (a run opens on a furniture line's word: no walk over the other tokens)
        if i < after or i >= len(doc) or not (words[i].isalpha() and words[i].isupper()) \
                or i > 0 and "\n" not in _tk[i - 1].whitespace_ and "\n" not in _tk[i - 1].text \
                and norms[i - 1] not in ("and", "the"):
            continue  # (a name opens its line, or follows "AND" or "THE")
        j = i
        while j in furniture and (words[j].isalpha() and words[j].isupper() and norms[j] not in ("and", "the", "of")
                                  or _glued_hyphen(doc, j)) and (j == i or "\n" not in _tk[j - 1].whitespace_):
            j += 1
        s = i
        while s < j and (norms[s] in kb.title_words or norms[s] in kb._title_set):
            s += 1  # "PRESIDENT ILSA BRANT": the title is no part of the name
        # ("SAMIR EL-KHOURANI": a word glued by a hyphen to the next is one word with it, however short)
        glued = {k for k in range(s, j) if k + 1 < j and _glued_hyphen(doc, k + 1) or _glued_hyphen(doc, k)}
        count = sum(1 for k in range(s, j) if words[k].isalpha() and not (k + 1 < j and _glued_hyphen(doc, k + 1)))
        if 2 <= count <= 3 and not _glued_hyphen(doc, s) and not _glued_hyphen(doc, j - 1) \
                and (words[j - 1].title() in body_words() or s == 0 and _person_below(doc, j) or _role_below(doc, j)) \
                and (words[s].title() not in body_words() or _written_elsewhere(doc, s, j)) \
                and not any(norms[k] in kb.org_nouns or kb.country_of(words[k]) or len(words[k]) < 3 and k not in glued
                            or _tk[k].is_stop or norms[k] in kb.places for k in range(s, j) if k not in glued
                            or words[k].isalpha()) \
                and (j == len(doc) or norms[j] == "and" or "\n" in _tk[j - 1].whitespace_ or "\n" in words[j]):
            out.append((s, j))  # (the name ends its line, or "AND" follows)
        after = max(j, i + 1)
    return out


def _number_label(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a short abbreviation labelling the number after its full stop, as in a citation or a
    reference ("Vol. 7, No. 2", "Fig. 2)", "Sec. 4."): one capitalised word of two or three letters, the stop
    glued to it, then a number that ends a clause (not "by Kovask. 14 people died": a name ending a sentence)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e - s != 1 or e + 1 >= len(doc) or not 2 <= len(_tk[s].text) <= 3:
        return False
    w, stop, num, after = doc[s], doc[e], doc[e + 1], doc[e + 2] if e + 2 < len(doc) else None
    return w.is_alpha and w.text[:1].isupper() and not w.is_upper and stop.text == "." and not w.whitespace_ \
        and num.text.isdigit() and (after is None or after.is_punct or after.is_space)


ORDINAL_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ROMAN_NUMBER = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def _hyphen_particle(doc: Doc, i: int) -> bool:
    """Whether token i is a small particle in lower case glued by a hyphen to the word before it ("Mir-e", "Tahrik-e-":
    roles.yaml hyphen_name_particles)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return 0 < i < len(doc) and _tk[i].text in knowledge().hyphen_name_particles \
        and _tk[i - 1].text == "-" and not _tk[i - 1].whitespace_ and i >= 2 and not _tk[i - 2].whitespace_ \
        and _tk[i - 2].text[:1].isupper()


def _join_hyphen_particles(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name whose words are joined by a particle glued with hyphens ("Jonbesh-e-Millat Karvan", "Hossein Mir-e
    Tabari", "Tahrik-e-Azadi Karvan") is one name, not two the tagger cut at the particle: a candidate that ends in
    the particle ("Mir-e") or before it ("Jonbesh" + "-e-") and the candidate right after it are joined. The label is
    the first one's (or the second's when the first has none)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    cands = sorted(cands)
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cands):
        s, e, lab = cands[k]
        while k + 1 < len(cands):
            s2, e2, lab2 = cands[k + 1]
            gap = s2 - e  # (the tokens between the two: no Span made per pair of candidates)
            ends_in = gap <= 0 and _hyphen_particle(doc, e - 1) and _tk[e - 1].whitespace_  # "Mir-e" + "Tabari"
            glued = gap == 3 and _tk[e].text == _tk[e + 2].text == "-" and _hyphen_particle(doc, e + 1) \
                and not any(t.whitespace_ for t in read_tokens(doc)[e - 1:s2])  # "Jonbesh" + "-e-" + "Millat"
            if not (ends_in or glued) or lab2 in ("DATE", "CARDINAL") or not _tk[s2].text[:1].isupper():
                break
            e, lab = e2, lab or lab2
            k += 1
        out.append((s, e, lab))
        k += 1
    return out


def _join_regnal_numbers(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A monarch's or a pope's regnal number is part of the name: "Hassan the Third", "Omar II", "Louis XIV" (a
    person's name, then "the" and a capitalised ordinal, or a Roman numeral of two letters or more)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    for s, e, lab in cands:
        if lab in ("PERSON", "EXT:PERSON") and e < n and not _tk[e - 1].whitespace_ == "":
            if e + 1 < n and _tk[e].lower_ == "the" and _tk[e + 1].text[:1].isupper() and _tk[e + 1].is_alpha \
                    and (_tk[e + 1].ent_type_ == "ORDINAL" or _tk[e + 1].lower_ in knowledge().regnal_ordinals):
                e += 2  # "Hassan the Third"
            elif len(_tk[e].text) >= 2 and _tk[e].text.isupper() and _ROMAN_NUMBER.match(_tk[e].text):
                e += 1  # "Omar II"
        out.append((s, e, lab))
    return out


def _split_house_members(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Members of the State Assembly Jaan Tuvi', 'Speaker of Parliament Ivo Kask': a title made of a house's name
    glued to the person who holds it; the house (when named) and the person, two candidates. 'the MEP Rein Ilves'
    tagged as a body: the person after the title."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()

    def role(t: Token) -> bool:  # "Members" (a proper noun keeps its plural as lemma), "Speaker"
        w = norm(t.text)
        return w in kb.role_words or w in kb._title_set or w.endswith("s") and w[:-1] in kb.role_words

    out: list[tuple[int, int, str]] = []
    persons = {s for s, _, lab in cands if lab in ("PERSON", "EXT:PERSON")}
    for s, e, lab in cands:
        k = s
        while k > max(0, s - 3) and _tk[k - 1].lower_ in ("of", "the"):
            k -= 1  # "Members of" left outside the name by the tagger
        titled = k < s and k > 0 and role(doc[k - 1])
        house = next((h for h in range(s, e - 2) if norm(_tk[h].text) in kb.legislature_words
                      and _tk[h].text[:1].isupper() and _person_tail(doc, h + 1, e, titled=True)), None)
        glued = _house_then_title(doc, s, e, persons) if house is None and not titled else None
        if glued is not None:  # "Parliament Speaker Name": the house, its title (left out), the person
            h, name = glued
            if any(norm(t.text) not in kb.legislature_words for t in read_tokens(doc)[s:h + 1]):
                out.append((s, h + 1, "ORG"))  # "the Ostravian Parliament": a house named; "Majlis" alone: none
            if name < e:
                out.append((name, e, "PERSON"))
            continue
        if house is not None and not titled:
            first = s
            while first < house and (role(doc[first]) or _tk[first].lower_ in ("of", "the")):
                first += 1  # "Members of the" inside the name
            titled = first > s
            s = first
        if house is None or not titled:
            n = next((n for n in (3, 2, 1) if e - s > n + 1 and norm(span_text(doc, s, s + n)) in kb._title_set
                      and _person_tail(doc, s + n, e, titled=True)), None)
            if n is not None and lab not in ("PERSON", "EXT:PERSON"):
                s, lab = s + n, "PERSON"  # "the MEP Rein Ilves" tagged as a body: the title, then a person
                place = _titled_person_of_place(doc, s, e, lab)
                if place is not None:  # "Prime Minister Dask of Velnia" as one heading: the person, then his state
                    out.append((s, place - 1, lab))
                    s, lab = place, "GPE"
            out.append((s, e, lab))
            continue
        if any(norm(t.text) not in kb.legislature_words for t in read_tokens(doc)[s:house + 1]):
            out.append((s, house + 1, "ORG"))  # "the State Assembly": a house named; "Parliament" alone: none
        out.append((house + 1, e, "PERSON"))
    return out


def _house_then_title(doc: Doc, s: int, e: int, persons: set[int]) -> tuple[int, int] | None:
    """'Parliament Speaker Ivo Kask', 'Senate Majority Leader Tiina Rebane', 'the Ostravian Assembly Speaker
    Jaan Tuvi': a headline's or a post's title glued after the house it is of (a capitalised legislature word,
    roles.yaml legislature_words), then a person's name, in the candidate or in the person's candidate right after
    it (``persons``: their first tokens); the house's last token and the name's first, else None."""
    kb = knowledge()
    for h in range(s, e - 1):
        if norm(doc[h].text) not in kb.legislature_words or not doc[h].text[:1].isupper():
            continue
        for n in (3, 2, 1):
            if h + 1 + n <= e and doc[h + 1].text[:1].isupper() and doc[h + n].text[:1].isupper() \
                    and norm(span_text(doc, h + 1, h + 1 + n)) in kb._title_set \
                    and (h + 1 + n < e and _person_tail(doc, h + 1 + n, e, titled=True)
                         or h + 1 + n == e and e in persons):
                return h, h + 1 + n
    return None


def _person_tail(doc: Doc, a: int, b: int, titled: bool = False) -> bool:
    """Whether tokens a..b after "the X Party of" are a person's name ("Karim Vell", "Omar al-Tahir"): two or
    three capitalised words, none of which a body's, a place's or a state's name is made of (no group noun, generic
    name word, title, place, region, state or adjective of one, no plural, no word the text writes in lower case).
    ``titled``: the words follow a person's title ("MEP Rein Ilves"): a last word in -s is a surname, no plural."""
    kb = knowledge()
    words = [t for t in doc[a:b] if t.is_alpha and t.text[:1].isupper()]
    if not 2 <= len(words) <= 3 or words[-1].text.endswith("s") and not titled or doc[b - 1].i != words[-1].i:
        return False
    lower = _lower_words(doc)  # (the words the text writes in lower case, one table per Doc)
    for t in words:
        w = norm(t.text)
        if w in kb.generic_name_words or w in kb.org_nouns or w in kb.title_words or w in kb.places \
                or w in kb.unit_nouns or w in kb.state_body_nouns \
                or w in kb.regions or w in kb.region_qualifiers or w in lower or _country_of(t.text) \
                or re.search(r"(?:ian|ese|ish|ist|ic)$", w) \
                or w.endswith(tuple(kb.state_name_endings)) and (t.i == words[-1].i or t.ent_type_ in ("GPE", "LOC")):
            return False  # (a state's ending on a first name the NER took for no place, "Lucia", is a given name's)
    return True


# the time stamp after a user's name that signs a post on a talk page or a forum: "Name 21:47, 11 June 2024 (UTC)",
# "Name.R 06:30, 19 June 2024 (UTC)" (a user name's dotted suffix first)
_SIGNED_TIME = re.compile(r"(?:\.\w{1,4})?[ \t]+\d{1,2}:\d{2},?[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}),?"
                          r"[ \t]+\d{4}[ \t]*\((?:UTC|GMT)\)")


def _numbered_instrument(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] ends in a word for a text of law (roles.yaml instrument_words: "Order", "Resolution",
    "Decree") followed by its number, maybe after a bracketed short form: "Executive Order (E.O.) 13224",
    "Resolution 2216", "Decree No. 7" (also tagged with its "No": "Warrant No | . 9/2024")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e - s >= 2 and _tk[e - 1].lower_ in ("no", "no.", "number") and _tk[e - 1].text[:1].isupper():
        e -= 1  # the instrument's word before it, its number after
        if e < len(doc) - 1 and _tk[e + 1].text == "." and _tk[e + 2 if e + 2 < len(doc) else e + 1].like_num:
            return norm(_tk[e - 1].text) in knowledge().instrument_words and _tk[e - 1].text[:1].isupper()
        return e + 1 < len(doc) and _tk[e + 1].like_num and norm(_tk[e - 1].text) in knowledge().instrument_words \
            and _tk[e - 1].text[:1].isupper()
    if norm(_tk[e - 1].text) not in knowledge().instrument_words or not _tk[e - 1].text[:1].isupper():
        return False
    k = e
    if k < len(doc) and _tk[k].text == "(":
        k = next((j for j in range(k + 1, min(len(doc), k + 5)) if _tk[j].text == ")"), len(doc) - 1) + 1
    if k < len(doc) and _tk[k].lower_ in ("no", "no.", "number"):
        k += 2 if k + 1 < len(doc) and _tk[k + 1].text == "." else 1
    return k < len(doc) and _tk[k].like_num


HEADING_ENDS = (".", "?", "!", ";", ":", ",", '"', "”", "'", "’")


def _quoted_title(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the title of a work in quotation marks that opens with a capitalised "The": the
    memoirs "The Silent Harbour", the chapter "The Week of the Blockade", "The Long Winter: A History of ...". The
    quotation closes right after the name (or a colon opens the subtitle)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = s if _tk[s].text == "The" else s - 1
    if k < 1 or _tk[k].text != "The" or _tk[k - 1].text not in ('"', "\u201c") or e >= len(doc):
        return False
    return _tk[e].text in ('"', "\u201d", ":")


def _section_label(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e], with a word of a section heading in it (roles.yaml section_words), opens its line (after
    a list's dash) and the line is a heading (twelve words at most, no closing punctuation: "Relations with
    other groups", "- Politics of Ostera", "Oral Questions to the Minister") or the name is a paragraph's
    one-word label ("Media. The public broadcaster ...")."""
    kb = knowledge()
    low = norm(span_text(doc, s, e))
    words = low.split()
    if e - s == 1 and low in kb.field_labels and e < len(doc) and doc[e].text == ":" \
            and (s == 0 or "\n" in doc[s - 1].text + doc[s - 1].whitespace_
                 or doc[s - 1].text in BULLETS and (s == 1 or "\n" in doc[s - 2].text + doc[s - 2].whitespace_)):
        return True  # "Founded: 2011", "Born: 1961": a profile's or a fact box's field label (roles.yaml field_labels)
    if not any(w in kb.section_words for w in words) and low not in kb.section_words \
            or words[-1] in kb.org_nouns or words[-1] in kb.legislature_words or words[-1] in kb.state_executive:
        return False  # (a body's name heading a release: "Central Election Commission")
    text = doc_text(doc)
    at = doc[s].idx
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at].strip()
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    numbered = re.search(r"(?:^|[-–—|])\s*\d{1,2}\.?$", before) is not None  # "Contents 1 History - 2 Relations"
    if before and not before.endswith(("-", "–", "—", "|")) and not numbered:
        return False  # (a heading's part after a dash: "Regional Studies Programme - Background note No. 7")
    if (len(line.split()) <= 12 or numbered) and not line.endswith(HEADING_ENDS):
        return True
    return not before and e - s == 1 and e < len(doc) and doc[e].text in (".", ":") and doc[e].whitespace_ != ""


def _item_start(doc: Doc, s: int) -> bool:
    """Whether token ``s`` opens the text, a line, a sentence or an item after a dash, a bullet or a colon."""
    if s == 0 or "\n" in doc[s - 1].whitespace_ or "\n" in doc[s - 1].text:
        return True
    return doc[s - 1].text in (".", "!", "?", ":", "-", "\u2013", "\u2014") or doc[s - 1].text in BULLETS


_LOWER_TAIL = re.compile(r"(?:[ \t]+[a-z][a-z'-]*){1,4}[ \t]*")  # a list item's rest: "- Ink Pad checked"
_LINE_PREFIX = re.compile(r"[\s\-\u2013\u2014\u2022*\u00b7\[\]()xX\d.:/]*")  # bullets, numbers, times, boxes


def _alpha_word_counts(doc: Doc) -> dict[str, int]:
    """How often each word (lower case, letters only) is written in the text (once per Doc)."""
    from spacy.attrs import IS_ALPHA

    counts: dict[str, int] = {}
    if not len(doc):
        return counts
    for alpha, low in zip(doc.to_array(IS_ALPHA).tolist(), token_lowers(doc)[0]):  # (no Token per word)
        if alpha:
            counts[low] = counts.get(low, 0) + 1
    return counts


def _common_word_label(doc: Doc, s: int, e: int, label: str) -> bool:
    """Whether doc[s:e] is a layout's label made of English common words (the lemmatizer's index), written once in
    the text: a word that opens an item before a common noun ("Card 9 - Painted jar", "- Voting slip"); or,
    where the tagger took it for no body (a heading line "4. Bright Horizon" may name a party), a form's field or a
    heading before ":" ("Risk Rating: Medium", "Verdict: too early"), or a whole line of a list, an agenda or a
    museum label after its bullet, number, time or box ("- Voter Register", "09:30 Coffee Break", "Clay Lamp,
    1962"); a name of several words the tagger took for a person never before ":" (a speaker) nor alone on a line
    with nothing before it (a byline, a signature: "Grace Stone"). Not a name with a word that names a body (roles.yaml org_nouns, legislature_words, state_executive,
    unit_nouns: "Standing Committee on Roads"), nor one whose last word is written twice."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    words = [_tk[k] for k in range(s, min(e, len(_tk))) if _tk[k].is_alpha]  # (no new Token per word)
    if not words or not all(_common_word(t.lower_) or t.lower_ in kb.function_words for t in words) \
            or all(t.lower_ in kb.function_words for t in words):
        return False
    if any(t.lower_ in kb.org_nouns or singular(t.lower_) in kb.org_nouns or t.lower_ in kb.legislature_words
           or t.lower_ in kb.state_executive or t.lower_ in kb.unit_nouns for t in words):
        return False
    text = doc_text(doc)
    at, end = _tk[s].idx, _tk[e - 1].idx + len(_tk[e - 1].text)
    if per_doc(doc, "alpha_word_counts", _alpha_word_counts).get(words[-1].lower_, 0) > 1:
        return False  # (a name written again, or its last word, in any case: "IDA HEATH" over "Heath, 52, ...")
    if e < len(doc) and _tk[e].is_lower and _tk[e].tag_ in ("NN", "NNS") and _item_start(doc, s) \
            and _tk[e].lower_ not in kb.group_member_nouns and _tk[e].lower_ not in kb.org_nouns \
            and singular(_tk[e].lower_) not in kb.org_nouns and _tk[e].lower_ not in kb.legislature_words \
            and (_tk[e].lower_ not in kb.role_words and singular(_tk[e].lower_) not in kb.role_words
                 or _post_of_line(doc, s, e)):
        # "- Voting slip from 1962", "Card 3 - Painted jar": an item's first word, capital by place (not before a
        # role: "- Open Door spokeswoman Lina Sorr denied ...", but for a post of a body opening a line)
        return True
    if label in ("ORG", "EXT:ORG") or label.startswith("BRK:"):
        return False
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", end)
    before, after = text[start:at], text[end:stop if stop >= 0 else len(text)]
    person = label == "PERSON"  # a person the tagger saw: a speaker's label, a byline's or a signature's name
    if after.lstrip().startswith(":") and not after.lstrip().startswith("::") and (not person or len(words) == 1) \
            and (_LINE_PREFIX.fullmatch(before) or before.rstrip().endswith((".", "!", "?"))):
        return True  # a field's or a paragraph's label before ":"
    return bool(_LINE_PREFIX.fullmatch(before)) and (not after.strip() and (not person or before.strip() != "")
                                                     or re.match(r",\s*\d{4}\b", after) is not None
                                                     or _LOWER_TAIL.fullmatch(after) is not None)


def _job_post_name(doc: Doc, low: str) -> bool:
    """Whether the name ``low`` is a capitalised post and no one's name: its last word a job (roles.yaml job_words)
    and its other words English common words (the lemmatizer's index): "the Country Manager leads a team", "Dr X,
    Project Officer, +254 ...", "Tomas R. (Support Agent)", "Librarian's note". Not a known body, a post with a
    name's word ("Oruvia Frontline Monitor", an outlet), nor a post whose office the text names as a body ("Prepared
    by the Office of the Resident and Humanitarian Coordinator ... The Humanitarian Coordinator called on ...": the
    post stands for its body)."""
    kb = knowledge()
    words = low.split()
    if not words or words[-1] not in kb.job_words or low in kb.known_orgs \
            or not all(_common_word(w) and w not in kb.org_nouns and w not in kb.legislature_words for w in words[:-1]):
        return False
    offices = per_doc(doc, "post_offices", lambda d: [norm(m.group(1)) for m in re.finditer(
        r"\bOffice of the ((?:[A-Z][\w-]*|and|of|the)(?: (?:[A-Z][\w-]*|and|of|the))*)", doc_text(d))])
    return not any(o == low or o.endswith(" " + low) for o in offices)


def _site_modifier(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether doc[s:e] names a place right before a lower-case noun of its feature that heads the phrase (roles.yaml
    site_nouns): "the Tarvo corridor", "made it to Kesh hut", "the Orla delta", "the Mavi hills". Not where another
    noun follows the feature ("the Mavi hills militia"), nor a state, a known body, an acronym or a name with a body's
    noun ("the Kessan Front camp")."""
    _tk = read_tokens(doc)
    kb = knowledge()
    if e >= len(doc) or not _tk[e].is_lower or _tk[e].lower_ not in kb.site_nouns:
        return False
    if e + 1 < len(doc) and _tk[e + 1].pos_ in ("NOUN", "PROPN") and not _tk[e + 1].is_punct:
        return False
    return _bare_place_words(doc, s, e, low, kb.unit_nouns, kb.legislature_words)


def _bare_place_words(doc: Doc, s: int, e: int, low: str, *nouns) -> bool:
    """Whether the name ``low`` (doc[s:e]) can be a bare place's by its words: not a known body, a state or an acronym,
    nor a name with a body's noun (roles.yaml org_nouns, as written or in the singular) or a word of ``nouns``
    (``_site_modifier``, ``_descriptor_place``)."""
    kb = knowledge()
    text = span_text(doc, s, e)
    return low not in kb.known_orgs and not _country_of(text) and not text.isupper() \
        and not any(w in kb.org_nouns or singular(w) in kb.org_nouns or in_any(w, *nouns) for w in low.split())


def _sender_desk(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether doc[s:e] is a memo's sending desk: a name of English common words ending in an office's noun
    (roles.yaml portfolio_body_heads) right after a sender's field opening its line (roles.yaml sender_fields: "From:
    Commercial Department", "From: Tour Office, Velmar Chamber Orchestra", "Prepared by: Access and Security Unit"),
    the field's first words ("Access and") joined to it. Not a ministry or a state's executive ("From: Foreign
    Office"), a known body, nor a name with a name's word ("From: Kessan Border Service")."""
    kb = knowledge()
    words = low.split()
    if len(words) < 2 or words[-1] not in kb.portfolio_body_heads or low in kb.known_orgs \
            or any(w in kb.state_executive or w in kb.legislature_words or not _common_word(w) for w in words) \
            or low in kb.state_executive:
        return False
    text = doc_text(doc)
    at = doc[s].idx
    before = text[text.rfind("\n", 0, at) + 1:at]
    m = re.fullmatch(r"\s*([A-Za-z][A-Za-z ]*?)\s*:\s*(?:([A-Za-z]+)\s+(?:and|&)\s+)?", before)
    return m is not None and norm(m.group(1)) in kb.sender_fields \
        and (m.group(2) is None or _common_word(m.group(2).lower()))


def _shaped_place(doc: Doc, s: int, e: int, low: str, label: str) -> bool:
    """Whether doc[s:e] is a place by its shape, whatever the NER called it: two or three capitalised words ending in
    a compass point or a landform (roles.yaml place_suffixes: "boats from Vesko North", "near the Dask Narrows") or
    opening with "Upper"/"Lower" (place_openers: "the council of Lower Tarno"). Not a known body or state, a name
    with a body's, a unit's or a legislature's noun ("the Upper House", "Northern Command"), a name after a title or
    a person's cue ("Mr Ivo West"), a name whose last word the text also writes alone ("Ivo West ... West said"),
    nor one the text calls a republic or gives authorities ("the Republic of Upper Vesk")."""
    _tk = read_tokens(doc)
    kb = knowledge()
    words = low.split()
    if ":" in label and not label.startswith("EXT:") or not 2 <= len(words) <= 3 or e - s != len(words) \
            or not all(_tk[i].is_alpha and _tk[i].text[:1].isupper() and not _tk[i].is_upper for i in range(s, e)):
        return False
    if not (words[-1] in kb.place_suffixes or words[0] in kb.place_openers) \
            or not _bare_place_words(doc, s, e, low, kb.legislature_words, kb.unit_nouns):
        return False
    prev = _prev_words(doc, s)
    if any(norm(" ".join(prev[-n:])) in kb.person_cues or norm(" ".join(prev[-n:])) in kb._title_set
           for n in (1, 2) if len(prev) >= n):
        return False
    name = span_text(doc, s, e)
    edge = _tk[e - 1].text if words[-1] in kb.place_suffixes else _tk[s].text
    text = doc_text(doc)
    if len(re.findall(r"\b%s\b" % re.escape(edge), text)) > len(re.findall(r"\b%s\b" % re.escape(name), text)):
        return False
    return re.search(r"\b(?:[Rr]epublic|[Aa]uthorities|[Gg]overnment) of (?:the )?%s\b|\b%s(?:'s)? "
                     r"(?:authorities|government)\b" % (re.escape(name), re.escape(name)), text) is None


def _descriptor_place(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether doc[s:e] is a place closing a list item's descriptor in round brackets, after English common words in
    lower case and a comma: "- Supplier A (denim, Kesh): laid off a shift", "Mill 2 (knit, Tarvo Dara)"; its words
    written nowhere else in the text. Not after a role, a title, a job or a kinsman ("(spokesman, Kessan Unity
    Party)", "(wife, Ilse Varne)"), nor a state, a known body or a name with a body's noun."""
    _tk = read_tokens(doc)
    kb = knowledge()
    if e >= len(doc) or not _tk[e].text.startswith(")") or s < 3 or _tk[s - 1].text != "," or e - s > 2:
        return False
    k = s - 2
    while k >= 0 and _tk[k].is_lower and _tk[k].is_alpha:
        w = _tk[k].lower_
        if not _common_word(w) or w in kb.role_words or singular(w) in kb.role_words or w in kb.job_words \
                or w in kb._title_set or w in kb.kin_nouns or w in kb.person_description_nouns:
            return False
        k -= 1
    if k == s - 2 or k < 0 or _tk[k].text != "(":
        return False
    counts = per_doc(doc, "alpha_word_counts", _alpha_word_counts)
    return all(counts.get(_tk[i].lower_, 0) <= 1 for i in range(s, e)) \
        and _bare_place_words(doc, s, e, low, kb.party_plurals)


def _item_label_plural(doc: Doc, s: int, e: int, name: str) -> bool:
    """Whether doc[s:e] is a plural common noun, capitalised, naming items by their labels right after it, with or
    without the first label: "the Sponsor has not closed Sites 301 and 302", "confirm volumes with Suppliers A and
    B". Not a party's plural ("Democrats 66"), nor a known body."""
    _tk = read_tokens(doc)
    kb = knowledge()
    parts = name.split()
    if not parts or len(parts) > 2 or len(parts) == 2 and not re.fullmatch(r"[A-Z]|\d+", parts[1]):
        return False
    low = parts[0].lower()
    if low == singular(low) or singular(low) not in NOUNS or low in kb.party_plurals or norm(name) in kb.known_orgs:
        return False
    nxt = e
    if len(parts) == 1:
        if nxt >= len(doc) or not (_tk[nxt].like_num or re.fullmatch(r"[A-Z]", _tk[nxt].text)):
            return False
        nxt += 1
    return nxt + 1 < len(doc) and _tk[nxt].lower_ in ("and", ",", "&", "to", "-") \
        and (_tk[nxt + 1].like_num or re.fullmatch(r"[A-Z]", _tk[nxt + 1].text) is not None)


def _facility_name(doc: Doc, s: int, e: int, low: str) -> bool:
    """Whether the name ``low`` (doc[s:e]) is a facility's, its last word a head of one (roles.yaml facility_heads):
    "Varno District Hospital", "the Kesh Mission Clinic", a place where care is given, no actor (a known body stays;
    so does a name that is a whole line, a letterhead's or a signature's: "Marrowfield University Hospital" over its
    address is the body writing)."""
    kb = knowledge()
    words = low.split()
    return len(words) > 1 and words[-1] in kb.facility_heads and low not in kb.known_orgs \
        and not _whole_line(doc, s, e)


def _whole_line(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a line of its own: the text or a line break before it, a line break or the text's end
    after it ("Marrowfield University Hospital\n14 Quarry Lane")."""
    _tk = read_tokens(doc)
    before = s == 0 or "\n" in _tk[s - 1].whitespace_ or "\n" in _tk[s - 1].text
    after = e >= len(doc) or "\n" in _tk[e - 1].whitespace_ or "\n" in _tk[e].text
    return before and after


def _post_of_line(doc: Doc, s: int, e: int) -> bool:
    """Whether the one word doc[s:e] opens a line as an adjective before a lower-case post of a body ("Honorary
    chairman of the NUP (2018-present)", "Founding president of the Union, 1990-2003": a profile's list of party
    posts), no person's name before the post ("Open Door spokeswoman Lina Sorr": a name follows the post)."""
    _tk = read_tokens(doc)
    if e - s != 1 or e + 1 >= len(doc) or not (s == 0 or "\n" in _tk[s - 1].whitespace_ or "\n" in _tk[s - 1].text):
        return False
    return _tk[e + 1].lower_ in ("of", "for") and _tk[s].lower_ in ADJECTIVES


# a reference code: three or more parts joined by "/" ("TSK/PR/NOTE/88"), or a catalogue's letters and a three-digit
# number ("course KSV 214", "form RT 305")
_CODE = re.compile(r"[A-Z][A-Z0-9.()-]*(?:/[A-Z0-9.()-]+){2,}|(?<![\w/.-])[A-Z]{2,4}[ \t]\d{3}(?![\w/.,-])")


def _code_piece(doc: Doc, s: int) -> bool:
    """Whether token ``s`` is a piece of a reference code ("TSK/PR/NOTE/88", "CC/41/2025": three or more parts
    joined by "/", one with a digit; "KSV 214": a catalogue's letters and number) that the text writes nowhere outside such a code (a body's acronym there, as
    "PSC", is named elsewhere too)."""
    codes = per_doc(doc, "reference_codes", _reference_codes)  # (asked of every one-word candidate)
    if not codes:
        return False
    text = doc_text(doc)
    at, word = doc[s].idx, doc[s].text
    if not any(a <= at < b for a, b in codes):
        return False
    return all(any(a <= m.start() < b for a, b in codes)
               for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _reference_codes(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the text's reference codes (``_code_piece``), found once per Doc."""
    return [(m.start(), m.end()) for m in _CODE.finditer(doc_text(doc)) if any(c.isdigit() for c in m.group())]


_DIVISION_HEAD = re.compile(r"(?:\d{1,2}[.)][ \t]+)?([A-Za-z]+)[ \t]+(?:[A-Z]{1,2}-?)?(?:\d{1,4}|[IVXivx]{1,4})[a-z]?"
                            r"(?:[ \t]*[-–—:.|][ \t]*|[ \t]*\([^()\n]{1,30}\)[ \t.:]*|[ \t]*$)")


def _division_heading(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the label of a numbered division heading a line ("SLIDE 3 - Money trail", "Part 2:
    Reform", "ANNEX 1", "2. Incident K-7 (3 June).") with or without its number, or one lone word of the title
    after it ("Money"): roles.yaml division_words."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    text = doc_text(doc)
    at = _tk[s].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    lead = len(line) - len(line.lstrip(" \t" + "".join(BULLETS)))
    m = _DIVISION_HEAD.match(line, lead)
    if m is None or norm(m.group(1)) not in knowledge().division_words:
        return False
    if at == start + m.start(1):
        return _tk[e - 1].idx + len(doc[e - 1]) <= start + m.end()  # the label itself, or with its number
    return e - s == 1 and at == start + m.end() and _tk[s].text[:1].isupper() and not _tk[s].text.isupper()


# a division's number in running text (_numbered_division): _DIVISION_HEAD's number, with a sub-number ("Notice
# 2026/01", "Item 4.2") and Roman numbers in capitals only (a lower-case "i", "vi" or "in" is a word in a sentence)
_DIVISION_NUMBER = re.compile(r"(?:[A-Z]{1,2}-?)?\d{1,4}(?:[/.-]\d{1,4})?[a-z]?|[IVX]{1,4}")


_DIVISION_LETTER = re.compile(r"[A-Z]")  # a division's letter inside the name ("Annex C", "Appendix B")


def _numbered_division(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a division's label (roles.yaml division_words, capitalised, not in capitals: "Panel",
    "Courtroom", "Route") with its number right after it, in the name or as the next token, anywhere in a line ("the
    Panel 2 paper", "attending Courtroom 1", "sailings on Route 4", "Notice 2026/01"), nothing more: a reference to a
    numbered division of a programme, a building, a timetable or a text, not a body."""
    _tk = read_tokens(doc)
    first = _tk[s]
    if not first.text[:1].isupper() or first.text.isupper() or norm(first.text) not in knowledge().division_words \
            or s > 0 and _tk[s - 1].text[:1].isupper() and _tk[s - 1].is_alpha and not _tk[s - 1].is_sent_start:
        return False
    k = s + 1
    if k < e:  # the number inside the name ("Verse 2", "Annex C"), or before its place ("Room B-3, Civic Hall")
        if e - k == 3 and _tk[k + 1].text in ("-", "\u2013") and _DIVISION_NUMBER.fullmatch(_tk[k].text) \
                and _DIVISION_NUMBER.fullmatch(_tk[k + 2].text):
            return True  # a range of them ("Levels 2-3", "Gates 4-6")
        return (e - k == 1 or _tk[k + 1].text == ",") and (_DIVISION_NUMBER.fullmatch(_tk[k].text) is not None
                                                          or _DIVISION_LETTER.fullmatch(_tk[k].text.rstrip(".")) is not None)
    return k < len(doc) and _DIVISION_NUMBER.fullmatch(_tk[k].text) is not None and _tk[s].whitespace_ != ""


_CATEGORY_HEADING = re.compile(r"^[ \t]*([A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+[a-z]+s)[ \t]*$", re.MULTILINE)


def _in_category_heading(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] lies in the words of a category heading of a list of entries: a line in sentence case,
    two to four words ending in a plural ("Rebel movements", "State forces", "Community militias"), of which the
    text has two or more; such a heading is found wherever its words stand (a contents line: "2 Rebel movements -
    3 Foreign forces"). The entries under it are the names; the heading names a kind of them."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    spans = per_doc(doc, "category_headings", _category_heading_spans)
    start, end = token_starts(doc)[s], _tk[e - 1].idx + len(_tk[e - 1].text)
    return any(a <= start and end <= b for a, b in spans)


def _category_heading_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of each category heading's words in the text (see ``_in_category_heading``)."""
    text = doc_text(doc)
    heads = {m.group(1) for m in _CATEGORY_HEADING.finditer(text)}
    if len(heads) < 2:
        return []
    return [(m.start(), m.end()) for h in heads for m in re.finditer(r"\b%s\b" % re.escape(h), text)]


def _title_case_headline(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e], of two words or more, lies in a headline written in Title Case and the text never
    writes it again: a line of eight words or more, no label (no colon) and no closing full stop, whose only
    lower-case words are the short articles, prepositions and conjunctions such a headline leaves small
    ("Assembly Renews Ostravia Mandate for Two Years, as Delegates Deplore Attack on Envoys"). Capitalised
    verbs run there into the names around them; the body names the actors again in plain prose. A name followed by
    its acronym in brackets is a name, not headline words."""
    if e - s < 2 or _bracket_acronym(doc, e) is not None:
        return False  # (an entry's heading: "National Front for the Liberation of Ostra (NFLO)", a name and its acronym)
    if norm(doc[e - 1].text) in knowledge().company_suffixes:
        return False  # "Quenmore Mining plc -- Third Quarter Results Conference Call": a company's legal form ends a name
    text = doc_text(doc)
    start = text.rfind("\n", 0, token_starts(doc)[s]) + 1
    length = _headline_line(doc, start)
    if length is None:
        return False
    return text.count(span_text(doc, s, e)) == 1 and not _heading_segment(doc, s, e, start, start + length)


_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a line, from its first letter


def _headline_line(doc: Doc, start: int) -> int | None:
    """The length of the line opening at character ``start`` (stripped) when it reads as a Title Case headline
    (see ``_title_case_headline``), else None; worked out once per line of the Doc (its names all ask it)."""
    memo = per_doc(doc, "headline_lines", lambda d: {})
    if start not in memo:
        text = doc_text(doc)
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)].strip()
        words = _LINE_WORD.findall(line)
        small = [w for w in words if not w[:1].isupper()]
        memo[start] = None if len(words) < 8 or ":" in line or line.endswith(".") or line.isupper() \
            or not small or any(len(w) > 4 for w in small) or _voice_header(line) else len(line)
    return memo[start]


def _voice_header(line: str) -> bool:
    """Whether ``line`` opens with one of relations.yaml voice_openers ("Address by President X of Y to the Z
    Forum", "Remarks by X at the Y Summit"): a speech's or a statement's header, whose capitalised words are the
    speaker's name and title and the venue's, not a headline's verbs run into names."""
    from kingmaker.nlp.layout import _opens
    from kingmaker.nlp.relations import cues

    return _opens(line, cues().voice_openers) is not None or _opens(line, cues().byline_openers) is not None \
        and "," in line  # (an op-ed's byline: "By NAME, Minister of Home Affairs of X")


def _heading_segment(doc: Doc, s: int, e: int, line_start: int, line_end: int) -> bool:
    """'National Assembly of Ostravia - Select Committee on Trade and Industry': a heading made of names between
    spaced dashes. A name that fills a segment of it, headed by a group noun ("Assembly", "Committee"), is a name, not
    headline words run together."""
    kb = knowledge()
    text = doc_text(doc)
    before = text[line_start:doc[s].idx].rstrip()
    after = text[doc[e - 1].idx + len(doc[e - 1].text):line_end].lstrip()
    if before and not before.endswith(("-", "–", "—")) or after and not after.startswith(("-", "–", "—")):
        return False
    words = [t.text for t in read_tokens(doc)[s:e]]
    cut = next((k for k, w in enumerate(words) if w in ("of", "on", "for")), len(words))
    return cut > 0 and (norm(words[cut - 1]) in kb.org_nouns or norm(words[cut - 1]) in kb.legislature_words)


def _leader_after_of(doc: Doc, i: int, end: int) -> bool:
    """Whether token i is the "of" of "the Progressive Labour Party of Tomas Verhal": a party's, movement's or
    coalition's name (its group noun capitalised, or a party named by its members: "the Greens of Ana Morel",
    roles.yaml party_plurals), then a person's name running to ``end`` (``_person_tail``). Not a unit named for a
    hero ("the Brigades of Yusuf Kardani")."""
    return 0 < i < end - 2 and doc[i].lower_ == "of" and (_party_word(doc[i - 1]) or _coined_name_before(doc, i)
                                                         or _foreign_party_before(doc, i)) \
        and _person_tail(doc, i + 1, end)


def _place_comma_holder(doc: Doc, s: int, comma: int, e: int) -> bool:
    """Whether doc[s:e], one name for the NER, is "Ostrava, Ilse Marnok" after a post's "of" ("the president of
    Ostrava, Ilse Marnok, resigned"): one or two capitalised words after "<title or role> of (the)", a comma at
    ``comma``, then a person's name (``_person_tail``). Not a portfolio ("the Minister of Labour, Ana Verrel": a
    title's word before the comma)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    k = s - 1 - (s >= 2 and _tk[s - 1].lower_ == "the")
    if k < 1 or _tk[k].lower_ != "of" or not 1 <= comma - s <= 2:
        return False
    post = norm(_tk[k - 1].text)
    return (post in kb.title_words or post in kb.role_words) \
        and all(t.is_alpha and t.text[:1].isupper() and norm(t.text) not in kb.title_words
                and norm(t.text) not in kb.org_nouns for t in _tk[s:comma]) and _person_tail(doc, comma + 1, e)


def _foreign_party_before(doc: Doc, i: int) -> bool:
    """Whether the words before the "of" at ``i`` are a party's, movement's or front's name left in its language,
    its group head first (roles.yaml translated_heads naming a political body): "the Alianza Cívica of Ana Verrel",
    "Frente Claro Sur of Tomas Verhal", "the Partido de la Unidad of X". Not the head alone ("Partido of X"), nor
    a head the run does not open ("the Nueva Frente Brigades of X" ends in a unit)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    k = i - 1
    while k >= 0 and i - k <= 5 and _tk[k].is_alpha and (
            _tk[k].text[:1].isupper() or _tk[k].is_lower and norm(_tk[k].text) in kb.name_particles):
        k -= 1
    head = k + 1 + (k + 1 < i and _tk[k + 1].lower_ == "the")  # (an article the NER took into the name: "The")
    return head < i - 1 and _tk[head].text[:1].isupper() and norm(_tk[head].text) in kb.translated_heads \
        and kb.org_nouns.get(norm(_tk[head].text)) in PARTY_SUBKINDS and not _party_word(doc[i - 1]) \
        and norm(_tk[i - 1].text) not in kb.org_nouns and norm(_tk[i - 1].text) not in kb.unit_nouns


def _caps_run_end(doc: Doc, i: int, most: int = 3) -> int:
    """The end of the run of at most ``most`` capitalised words from token i ("Ana Morel" after "of")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    j = i
    while j < len(doc) and j - i < most and _tk[j].is_alpha and _tk[j].text[:1].isupper():
        j += 1
    return j


def _coined_name_before(doc: Doc, i: int) -> bool:
    """Whether the words before the "of" at ``i`` are a coined name after "the", of two or three capitalised words
    none of which is a group noun, a unit's, a title's, a state's or a plural: "the Green Alternative of X", "the
    New Dawn of Y" (a party named by a slogan, then its leader); not "the Brigades of X", "the Foreign Minister
    of Y", "the Republic of Z"."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    k, joined = i - 1, 0
    while k >= 0 and i - k <= 4 + joined and _tk[k].is_alpha and _tk[k].lower_ != "the" and (
            _tk[k].text[:1].isupper() or not joined and _tk[k].lower_ == "for" and k + 1 < i and k > 0
            and _tk[k - 1].text[:1].isupper()):
        joined += _tk[k].lower_ == "for"  # "the Rally for Democracy of X": a slogan's name joined by "for"
        k -= 1
    words, name = i - 1 - k - joined, k + 1
    if k > 0 and _tk[k].is_lower and _tk[k].lower_ in (kb.relations.get("definite_new_words") or ()):
        k -= 1  # "the opposition Rally for Democracy of X", "the ruling Green Path of Y"
    elif k > 2 and _tk[k - 1].text == "-" and _tk[k].is_lower and _tk[k - 2].is_lower and not _tk[k - 1].whitespace_ \
            and not _tk[k - 2].whitespace_ \
            and f"{_tk[k - 2].lower_}-{_tk[k].lower_}" in (kb.relations.get("spectrum_modifiers") or ()):
        k -= 3  # "the right-wing Green Ladder of X", "the far-left New Compass of Y": the party's place, then its name
    if k < 0 or _tk[k].lower_ != "the" or not 2 <= words <= 3:
        return False
    # (a party's noun may open a name joined by "for": "the Alliance for Justice of X", "the Front for Dignity of Y";
    # or a name of two words in the Romance order, the noun first: "the Alianza Liberal of X", "the Frente Unido of Y")
    return not any(t.tag_ in ("NNS", "NNPS") or norm(t.text) in kb.org_nouns
                   and not ((joined or words == 2) and t.i == name and _party_word(t)) or norm(t.text) in kb.unit_nouns
                   or norm(t.text) in kb.title_words or norm(t.text) in kb.role_words or _country_of(t.text)
                   for t in doc[name:i])


def _party_word(tok: Token) -> bool:
    """A capitalised word ending a party's, movement's or coalition's name ("Party", "Alliance"), or a party named
    by its members ("Greens": roles.yaml party_plurals)."""
    kb = knowledge()
    return tok.text[:1].isupper() and (kb.org_nouns.get(norm(tok.text)) in PARTY_SUBKINDS
                                       or norm(tok.text) in kb.party_plurals or norm(tok.text) in kb.leader_named_heads)


def _leader_after_bracket_of(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the leader's name in "the Open Path Alliance (APA) of Tomas Verhal": the party's name,
    its short form or translation in brackets, then "of" and a person's name (``_person_tail``)."""
    if s < 4 or doc[s - 1].lower_ != "of" or doc[s - 2].text != ")":
        return False
    k = next((k for k in range(s - 3, max(0, s - 12), -1) if doc[k].text == "("), None)
    # (a short form alone in the brackets marks the words before as a body's name, whatever its last word: "the
    # Rally for Democracy (RPD) of Tomas Verhal"; not a last word naming a body of another kind: "the Bright Order
    # Institute (BOI) of X" is no party led by X)
    return k is not None and k > 0 and (_party_word(doc[k - 1]) or k == s - 4 and doc[k - 1].text[:1].isupper()
                                        and knowledge().org_nouns.get(norm(doc[k - 1].text)) is None
                                        and bool(ACRONYM.match(doc[k + 1].text))
                                        and not any(t.ent_type_ in ("GPE", "LOC", "NORP", "FAC")
                                                    or norm(t.text) in knowledge().place_nouns for t in doc[s:e])) \
        and _person_tail(doc, s, e)  # (not a place: "the Movement for Change (MFC) of Kessa City")


def _body_noun_of_person(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the person a body is told by in "the party of Ana Vell", "a faction under Ivo Dask": a
    body's noun in lower case (organizations.yaml org nouns, not a coalition's: "the alliance of X" joins bodies),
    then "of" or "under" and one person's name (no list: "the bloc of A B and C D")
    (``_person_shaped``, ``_person_tail``: no place's, state's or body's word in it, no adjective, no word the
    NER reads as a place or a people)."""
    if s < 2 or doc[s - 1].lower_ not in ("of", "under"):
        return False
    noun, kb = doc[s - 2], knowledge()
    if e + 1 < len(doc) and doc[e].lower_ in ("and", ",", "&") and doc[e + 1].text[:1].isupper():
        return False  # "the alliance of Shomer Dalit and Derekh Tavor": the bodies a coalition joins
    return noun.is_lower and noun.pos_ == "NOUN" and kb.org_nouns.get(norm(noun.lemma_)) not in (None, "coalition") \
        and _person_shaped(doc, s, e) and _person_tail(doc, s, e) \
        and not any(t.ent_type_ in ("GPE", "LOC", "NORP") or norm(t.text) in ADJECTIVES
                    or norm(t.text) in kb.place_nouns for t in doc[s:e])


def _named_body_under_person(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the leader's name in "the Sarnesk Union under Aksel Vindrup won 12 seats", "the opposition
    Labour Circle under Nadeshi Karsh": a body's capitalised name right before "under" (its last word a group noun,
    organizations.yaml org nouns, or a party word; or two to four capitalised words after "the" none of which is a
    title, a place or a state), then a person's name (``_person_tail``). The NER often tags an invented leader's
    name here as nothing or as a body; not a time or a rule ("the Treaty under Article Five", "the Republic under
    Quorvath Law": a state's or a law's word ends the name before, or the name after is no person's)."""
    if s < 3 or doc[s - 1].lower_ != "under" or not _person_tail(doc, s, e):
        return False
    kb, last = knowledge(), doc[s - 2]
    if not last.text[:1].isupper() or not last.is_alpha or _country_of(last.text) or norm(last.text) in kb.places \
            or norm(last.text) in kb.title_words or norm(last.text) in kb._title_set \
            or kb.org_nouns.get(norm(last.text)) in ("government", "state"):
        return False
    if _party_word(last) or kb.org_nouns.get(norm(last.text)) is not None:
        return True
    k = s - 2
    while k > 1 and s - 2 - k < 5 and doc[k - 1].is_alpha and (
            doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in ("for", "of", "and") and doc[k - 2].text[:1].isupper()):
        k -= 1  # ("the Alliance for Civic Change under X": a slogan's name joined by "for")
    name = k
    if k > 1 and doc[k - 1].is_lower and doc[k - 1].lower_ in (kb.relations.get("definite_new_words") or ()):
        k -= 1  # "the opposition Sarnesk Union under X"
    return k > 0 and doc[k - 1].lower_ == "the" and doc[name].text[:1].isupper() and not any(
        _country_of(t.text) or norm(t.text) in kb.places or norm(t.text) in kb.title_words
        or norm(t.text) in kb._title_set for t in doc[name:s - 1])


def _quoted_units(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """A capitalised name in quotation marks right before a lower-case group noun (organizations.yaml org nouns):
    'its "Lions of the Hills" unit', 'the so-called "Iron Shield" brigade'. The NER reads a quoted name as a title
    of a work (or not at all); the noun after the quotes makes it a body's. Only the words of a name inside: each
    capitalised, or one of "of", "the", "and"."""
    kb = knowledge()
    out = []
    words = token_texts(doc)
    for k in (k for k, w in enumerate(words) if w in CLOSE_QUOTES and 0 < k < len(doc) - 1):
        if not doc[k + 1].is_lower or norm(words[k + 1]) not in kb.org_nouns or doc[k + 1].pos_ not in ("NOUN", "PROPN"):
            continue
        s = k - 1
        while s > 0 and k - s < 8 and words[s - 1] not in OPEN_QUOTES:
            s -= 1
        if s == 0 or words[s - 1] not in OPEN_QUOTES or any(taken[s:k]) or not words[s][:1].isupper() \
                or not all(w[:1].isupper() and w.isalpha() or w in ("of", "the", "and") for w in words[s:k]):
            continue
        out.append((s, k))
    return out


def _titled_leader_after_of(doc: Doc, i: int, end: int) -> bool:
    """Whether token i is the "of" of "the Green Movement of Parliament Speaker Tomas Verhal" where the NER's name
    stops at ``end`` inside the leader's title: a party's, movement's or coalition's name, "of", the words that
    qualify the title ("Parliament", "Defence"), then a person's title and a capitalised name (``_title_then_name``)."""
    return 0 < i < end - 1 and doc[i].lower_ == "of" and doc[i - 1].text[:1].isupper() \
        and knowledge().org_nouns.get(norm(doc[i - 1].text)) in PARTY_SUBKINDS \
        and all(t.is_alpha and t.text[:1].isupper() for t in read_tokens(doc)[i + 1:end]) and _title_then_name(doc, end)


def _across_cells(cand: tuple[int, int, str], cells: list[tuple[int, int, str]]) -> bool:
    """Whether the candidate ``cand`` runs over the edge of a table's cell (``_table_labels``): "Order    Kasia
    Novak" tagged as one name across the row "Liberty and Order    Kasia Novak    44" holds the end of the party's
    cell and the start of its leader's, two names the cells give (a name within one cell, or the cell's own, stays)."""
    s, e, _ = cand
    return any(a < e and s < b and not (a <= s and e <= b) for a, b, _ in cells)


def _table_labels(doc: Doc) -> list[tuple[int, int, str]]:
    """The label cell of a results-table row ("| Blue Way | 1,200 | 41.2 | 7 | +2 |" under a header with a
    seat column): a party's name wherever it is capitalised, names no total and the other cells are numbers;
    the NER misses names between pipes."""
    from kingmaker.nlp.facts import fact_cues

    cues = fact_cues()
    out: list[tuple[int, int, str]] = []
    from kingmaker.nlp.facts import seat_rows

    for row in seat_rows(doc):
        name = re.sub(r"\s*\([^()]*\)$", "", row.name)  # "Blue Way (BW)": the short name is read as usual
        words = re.findall(r"[^\W\d_]+", name.lower())
        # a table of forces with a commander's column ("| Force | Commander | Strength | Area |"): a row whose
        # strength is a count names a force though other cells hold words
        force = row.kind == "troops" and row.leader is not None and row.seats is not None
        if not (row.numeric or force) or not name[:1].isupper() or not words or len(words) > 8 \
                or norm(name) in cues.table_total_rows or all(w in cues.table_total_rows for w in words):
            continue  # "Total", "Others/independents": a row that names no party
        span = doc.char_span(row.name_start, row.name_start + len(name), alignment_mode="expand")
        if span is not None:
            out.append((span.start, span.end, "ORG"))
        out.extend(_table_cell(doc, row.leader, "PERSON", 4))  # "| Blue Way | Ana Sol | 7 |": the party's leader
        out.extend(_table_cell(doc, row.bloc, "ORG", 8))  # "| Blue Way | Dawn Alliance | 7 |": the party's bloc
    return out


def _table_cell(doc: Doc, where: tuple[int, int] | None, label: str, most: int) -> list[tuple[int, int, str]]:
    """A results-table row's leader or bloc cell as a name of that kind: capitalised words (``most`` at most),
    no count, no "Total"/"Others" label."""
    from kingmaker.nlp.facts import fact_cues

    if where is None:
        return []
    text = doc_text(doc)[where[0]:where[1]]
    if label == "PERSON":
        # "Brig. Gen. Ana Sol", "Regional President Ana Sol (Abu Umar)": the titles before the name and an alias in
        # brackets after it are no part of it
        kb = knowledge()
        lead = 0
        for m in re.finditer(r"([^\W\d_]+)\.?\s+", text):
            if m.start() != lead or norm(m.group(1)) not in kb.title_words:
                break
            lead = m.end()
        tail = re.search(r"\s*\([^()]*\)$", text)
        end = tail.start() if tail else len(text)
        if lead < end:
            where, text = (where[0] + lead, where[0] + end), text[lead:end]
    words = text.split()
    if not 1 <= len(words) <= most or not all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3) \
            or not text[:1].isupper() or re.search(r"\d", text) or norm(text) in fact_cues().table_total_rows:
        return []
    span = doc.char_span(where[0], where[1], alignment_mode="expand")
    return [(span.start, span.end, label)] if span is not None else []


NAME_QUOTES = {"\"", "“", "'", "‘"}


def _named_as_group(doc: Doc, s: int) -> bool:
    """Whether token s (past "the" or an opening quote) starts a name given to a body of states or fighters:
    "<group noun> known as (the) X", "a coalition called X" / "named" / "dubbed", "a joint front ... under the
    name X" (group nouns: roles.yaml known_as_groups and org_nouns)."""
    kb = knowledge()
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = s
    while k > 0 and (_tk[k - 1].lower_ == "the" or _tk[k - 1].text in NAME_QUOTES) and k > s - 2:
        k -= 1
    if k < 2:
        return False
    cue = _tk[k - 1]
    if cue.lower_ == "as" and _tk[k - 2].lower_ == "known":
        return k >= 3 and norm(_tk[k - 3].text) in kb.known_as_groups
    if cue.lower_ in ("called", "named", "dubbed"):
        # (not "The party today named X as its candidate": a choice made, an "as" phrase on the verb, which the
        # parser may still hang on the noun)
        return cue.dep_ == "acl" and cue.head.is_lower and _group_noun(kb, norm(cue.head.text)) \
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    if cue.lower_ == "name" and k >= 3 and _tk[k - 2].lower_ == "the" and _tk[k - 3].lower_ == "under":
        return any(t.is_lower and t.pos_ == "NOUN" and _group_noun(kb, norm(t.text))
                   for t in _tk[cue.sent.start:k - 3])
    return False


def _group_noun(kb, word: str) -> bool:
    """``word`` names a body of states or fighters (roles.yaml known_as_groups or org_nouns): tested in each
    list, not in a union of the two built per call."""
    return word in kb.known_as_groups or word in kb.org_nouns


def _known_as_groups(doc: Doc, taken: list[bool]) -> list[tuple[int, int, str]]:
    """"the four countries known as the Quint", "clan fighters known as the ruugaal", "a coalition called
    'Terre Libre'": the name given is an organisation's, in any case (``_named_as_group``). One to three
    words up to punctuation, none taken by another name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out = []
    lowers = token_lowers(doc)[0]
    for i in range(1, len(doc) - 1):
        if lowers[i] not in ("as", "called", "named", "dubbed", "name"):
            continue
        t = doc[i]
        s = t.i + 1
        while s < len(doc) - 1 and s - t.i <= 2 and (_tk[s].lower_ == "the" or _tk[s].text in NAME_QUOTES):
            s += 1
        if taken[s] or not _named_as_group(doc, s):
            continue
        e = s
        while e < len(doc) and e - s < 4 and _tk[e].is_alpha and not taken[e] \
                and (e == s or not _tk[e].is_sent_start) and (_tk[e].text[:1].isupper() or not _tk[e].is_stop
                                                              and _tk[e].pos_ not in ("VERB", "AUX")):
            e += 1
        if not (s < e <= s + 3 and (e == len(doc) or _tk[e].is_punct)) and e > s + 1 \
                and _tk[s + 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ") and _tk[s].pos_ in ("NOUN", "PROPN"):
            e = s + 1  # "fighters known as the ruugaal defended the town": one word, then the verb
        if s < e <= s + 3 and (e == len(doc) or _tk[e].is_punct or e == s + 1):
            out.append((s, e, "ORG"))
            for i in range(s, e):
                taken[i] = True
    return out


def _join_foreign_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name left in its language, cut by the NER: "Alianza" + "Civica Popular", "Partido Unidad" +
    "y" + "Progreso". Pieces join when the name opens with a foreign group head ("Partido", "Frente")
    and they touch or are linked by a particle of that language ("y", "de", "et")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    out: list[tuple[int, int, str]] = []
    particles = kb.name_particles
    for s, e, lab in sorted(cands):
        if out:
            ps, pe, plab = out[-1]
            # (the tests in order of cost: the read tokens between the pieces, sliced as ``doc[pe:s]`` is, no Span
            # made per pair of candidates)
            # (a piece the NER opened with the language's article, "para" + "el Cambio": the article is gap)
            s1 = s
            while s1 < e - 1 and _tk[s1].is_lower and norm(_tk[s1].text) in particles:
                s1 += 1
            if _tk[ps].text[:1].isupper() and plab in ("", "ORG", "EXT:ORG") \
                    and lab in ("", "ORG", "PERSON", "LOC", "GPE", "NORP") and _tk[s1].text[:1].isupper():
                gap = _tk[pe:s1]
                if len(gap) <= 2 and all(norm(t.text) in particles for t in gap) \
                        and (norm(_tk[ps].text) in kb.translated_heads and not _country_of(span_text(doc, s, e))
                             # (or the first piece holds a particle of its language already: "Front de salut" +
                             # "du" + "Karvelo")
                             or gap and any(t.is_lower and norm(t.text) in particles for t in _tk[ps + 1:pe - 1])
                             and all(t.is_lower for t in gap)):
                    out[-1] = (ps, e, "EXT:ORG")
                    continue
        out.append((s, e, lab))
    return out


def _extend_to_acronym(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An organisation's name cut by the NER before its last words, when the acronym in brackets after
    them spells the whole name: "the Council for Security and Co-operation" + "in Ostravia (CSCO)" is one
    name, its last letter the last word's initial. Only capitalised words and small linking words may lie
    between."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out: list[tuple[int, int, str]] = []
    drop: set[int] = set()
    for s, e, lab in sorted(cands):
        if s in drop:
            continue
        if lab == "ORG" and e < len(doc) and _tk[e].lower_ in ("in", "of", "for", "and", "on"):
            j = next((j for j in range(e + 1, min(len(doc) - 2, e + 6)) if _tk[j].text == "("), None)
            if j is not None and j > e + 1 and _tk[j + 2].text == ")" and _bracket_acronym(doc, j) \
                    and all(t.text[:1].isupper() and t.is_alpha or t.lower_ in ("of", "and", "the", "for", "in")
                            or t.text == "-" for t in doc[e + 1:j]) \
                    and _tk[j - 1].text[:1] == _tk[j + 1].text[-1:] \
                    and _acronym_fits(_tk[j + 1].text, clean_name(span_text(doc, s, j))):
                drop.update(range(e, j))
                out.append((s, j, lab))
                continue
        out.append((s, e, lab))
    return out


def _extend_back_to_acronym(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name the NER cut at "and", "for", "of" or "in" before its last words, the acronym in brackets after them
    spelling the whole: "the Eastern Union Support and Protection Mission (EUSPM)" is one name, not "Eastern Union
    Support" and "Protection Mission". The acronym must be exactly the initials of the longer name (all its words, or
    its words without small linking words), not of the cut one; only capitalised words and linking words between."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    links = knowledge().function_words  # (roles.yaml: "and", "for", "of", "in", "the", "on" ...)
    starts = {s: (s, e, lab) for s, e, lab in cands}
    joined: dict[int, tuple[int, int, str]] = {}  # the start of the longer name -> it
    inside: set[int] = set()
    for s, e, lab in sorted(cands):
        acr = _bracket_acronym(doc, e) if lab not in ("PERSON", "EXT:PERSON", "GPE") else None
        if not acr or _acronym_fits(acr, clean_name(span_text(doc, s, e))) or s < 2 or _tk[s - 1].lower_ not in links:
            continue
        letters = acr.replace(".", "").replace("-", "").upper()
        t = s - 1
        while t > max(0, s - 10) and (_tk[t - 1].text[:1].isupper() and _tk[t - 1].is_alpha or _tk[t - 1].lower_ in links):
            t -= 1
            name = clean_name(span_text(doc, t, e))
            if _tk[t].text[:1].isupper() and _tk[t].text[:1] == letters[:1] \
                    and letters in (acronym_of(name), "".join(w[0].upper() for w in name.split() if w[0].isalpha())):
                if t in starts or any(c[0] < t < c[1] for c in cands):
                    joined[t] = (t, e, "ORG")
                    inside.update(range(t, e))
                break
    if not joined:
        return cands
    out = [c for c in cands if c[0] not in inside]
    return sorted(out + list(joined.values()))


def _post_before_body(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is one capitalised word naming a post (roles.yaml role_words, titles, attendance_posts) set
    off by a comma after a name, before a bracket: "Karl Dunmore, Observer (Ministry of Foreign Affairs)", "- Ana
    Sol, Rapporteur (Harbour Union)" in a list of those present; the bracket names the body the person is there
    for, and the post is no body's name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    w = norm(_tk[s].text)
    return e - s == 1 and s >= 2 and _tk[s - 1].text == "," and _tk[s - 2].text[:1].isupper() \
        and (w in kb.role_words or w in kb._title_set or w in kb.attendance_posts)


def _join_brackets(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name with its translation in brackets is one name: "the Dignity (Karama) Party", "the Blue Path
    (Plavi put)", "the Hearth (Ognjiste) Movement". The bracketed form becomes an alias (label
    "BRK:"). Acronyms, places, states and numbers in brackets are left alone."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    cands = sorted(cands)
    starts = {s: k for k, (s, _, _) in enumerate(cands)}
    out: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    for k, (s, e, lab) in enumerate(cands):
        if k in skip:
            continue
        if e + 2 >= len(doc) or _tk[e].text not in ("(", "[") or lab.startswith(("INST:", "STATE:")) \
                or not _tk[s].text[:1].isupper():
            out.append((s, e, lab))
            continue
        square = _tk[e].text == "["
        # square brackets after a name hold its translation in translated press ("Partido X [X Party]"),
        # which may be long and possessive ("[Attorney General's Office]")
        # a name joined by hyphens ("Tehreek-e-Insaf-o-Adl") is one word however the tokenizer cuts it
        glued = sum(2 for t in doc_span(doc, e + 1, min(len(doc), e + 30))
                    if t.text == "-" and not t.whitespace_ and not _tk[t.i - 1].whitespace_)
        close = next((i for i in range(e + 2, min(len(doc), e + (12 if square else 7) + glued))
                      if _tk[i].text == ("]" if square else ")")
                      or _tk[i].text == "," and i + 2 < len(doc) and ACRONYM.match(_tk[i + 1].text)
                      and _tk[i + 2].text == ("]" if square else ")")), None)
        # "the Change Movement (Gerakan Perubahan, GERPU)": the translation, then the acronym, which stays
        # a mention of its own (``_acronym_definitions``)
        inner = doc_span(doc, e + 1, close) if close is not None else None
        if inner is None or not inner[0].text[:1].isupper() \
                or any(t.like_num or t.is_punct and t.text not in "-'’" for t in inner
                       if not (square and (t.text in APOS or t.lower_ in ("'s", "’s")))) \
                or (len(inner) == 1 and ACRONYM.match(inner.text)) or _country_of(inner.text) \
                or norm(inner.text) in kb.regions or norm(inner.text) in kb.media:
            out.append((s, e, lab))
            continue
        end = close + 1
        # a group noun after the bracket belongs to the name: "the Dignity (Karama) Party"
        if end < len(doc) and _tk[end].text[:1].isupper() and norm(_tk[end].text) in kb.org_nouns:
            end += 1
        elif end < len(doc) and _tk[end].is_lower and _tk[end].pos_ == "NOUN" and norm(_tk[end].text) in kb.org_nouns \
                and not square and not all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in inner):
            end += 1  # "the Nahda (Renaissance) party": the group noun in lower case (not a place in brackets)
        # (a translation and an acronym in the brackets, "Civic Pact (Obshchi Dogovor, OD)": a body's)
        orgish = lab in ("ORG", "EXT:ORG") or any(norm(t.text) in kb.org_nouns
                                                  for t in read_tokens(doc)[s:end] if t.text[:1].isupper()) \
            or _tk[close].text == "," \
            or end > close + 1 or square and any(norm(t.text) in kb.org_nouns or norm(t.text) in kb.state_executive
                                                 or norm(t.text) in kb.legislature_words for t in inner)
        placed = end == close + 1 and all(t.ent_type_ in ("GPE", "LOC", "FAC") for t in inner)
        if square and _bracket_acronym(doc, close + 1):
            orgish, lab = True, "ORG" if lab == "PERSON" else lab  # "Frente X [X Front] (FX)": a named body
        headed = any(w[:1].isupper() and n in kb.org_nouns
                     for w, n in zip(token_texts(doc)[s:e], token_norms(doc)[s:e]))
        if not square and end == close + 1 and _post_before_body(doc, s, e):
            # "Karl Dunmore, Observer (Ministry of Foreign Affairs)": a person's post, then the body sent from
            if not any(e < cs < close for cs in starts):
                out.append((e + 1, close, "ORG"))
            continue
        if not headed and not square and end == close + 1 and _person_then_body(doc, s, e, close):
            # "Tomas Vendrel (Unity Front)": a candidate and his party, two actors
            out.append((s, e, "PERSON"))
            if not any(e < cs < close for cs in starts):
                out.append((e + 1, close, "ORG"))
            continue
        if not headed and not square and end == close + 1 and _party_in_bracket(doc, s, e, close):
            # "Ana Perl (Harvest Party)" in a list of speakers or candidates the NER tagged as one body's name: a
            # person's name (no article before it) and the party she sits for, two actors
            out.append((s, e, lab))
            if not any(e < cs < close for cs in starts):
                out.append((e + 1, close, "ORG"))
            continue
        if not orgish or placed or _country_of(span_text(doc, s, e)) or lab == "PERSON" and e - s > 1 and not square \
                and not headed:  # "Ali Dren (Abu Omar)": a person's other name; not "the United Front (Frente Unido)"
            out.append((s, e, lab))
            continue
        for j in range(e, end):
            if j in starts:
                skip.add(starts[j])
        out.append((s, end, "BRK:" + lab))
    return out


def _party_in_bracket(doc: Doc, s: int, e: int, close: int) -> bool:
    """Whether doc[s:e] is a person-shaped name (:func:`_person_shaped`: no article before it, no group noun in
    it) and the bracket after it, closing at ``close``, holds a body's name with a group noun in capitals ("Ana Perl
    (Harvest Party)", "(Unity Bloc)"): a person named with her party, not a body's name and its translation ("the
    Sloga Narodna (People's Concord)" takes an article)."""
    kb = knowledge()
    inner = doc[e + 1:close]
    return 0 < len(inner) <= 6 and inner[0].text[:1].isupper() and _person_shaped(doc, s, e) \
        and any(t.text[:1].isupper() and norm(t.text) in kb.org_nouns for t in inner)


def _person_then_body(doc: Doc, s: int, e: int, close: int) -> bool:
    """Whether doc[s:e] "(" ... ")" is a person followed by the body he stands for, not a name and its
    translation: "Tomas Vendrel (Unity Front)" in a list of candidates or speakers. The name before the bracket is
    one to three capitalised words with no article, no group noun or state among them, whose last word (the
    surname) the text uses again by itself; the bracket holds a body's name, with a group noun in capitals
    ("Karvel Farmers League") or one the text uses again outside the bracket ("... The Social Renewal said")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    words, norms = token_texts(doc), token_norms(doc)
    inner = words[e + 1:close]
    # (not the end of a longer name: "the Union of Greens and Farmers for Karvel (Karvel Greens)")
    if not 1 <= e - s <= 3 or s > 0 and _tk[s - 1].pos_ == "DET" \
            or s > 1 and _tk[s - 1].pos_ in ("ADP", "CCONJ") and words[s - 1].islower() and words[s - 2][:1].isupper() \
            or not inner or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words[s:e]) \
            or any(w.isupper() and len(w) > 1 for w in inner) \
            or any(n in kb.org_nouns or n in kb.title_words or n in kb.generic_name_words or _country_of(n)
                   for n in norms[s:e]) \
            or not all(w[:1].isupper() or w.lower() in kb.name_particles for w in inner):
        return False
    # (uses outside another bracket: "Sloga (Concord)" again in a results table is the same name and translation)
    outside = [i for i in range(len(words)) if not s <= i <= close and (i == 0 or words[i - 1] != "(")
               and words[i + 1:i + 2] != ["("]]
    if not any(words[i] == words[e - 1] for i in outside):
        return False  # the surname is never used again: nothing says the name is a person's
    if any(w[:1].isupper() and n in kb.org_nouns for w, n in zip(inner, norms[e + 1:close])):
        return True
    n = len(inner)
    return any(words[i:i + n] == inner for i in outside)


def _portfolio_titles(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Karvelian Trade and Industry Minister Tomas Vendrel': a minister's portfolio in capitals before a title word
    (roles.yaml titles) and the person's name is part of the title, no body of its own (the NER takes it, or it and
    the title, for one). The state's adjective or name opening it stays, as a state; the rest goes. A name with a
    group noun ("the Karvel Union Leader X") is left alone."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    norms = token_norms(doc)
    persons = {s for s, _, lab in cands if lab in ("PERSON", "EXT:PERSON")}
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        title_end = e if e - s >= 2 and norms[e - 1] in kb._title_set else None
        k = e
        while title_end is None and k < min(len(doc), e + 4) \
                and (_tk[k].text[:1].isupper() and _tk[k].is_alpha or _tk[k].lower_ in ("and", "&")):
            if norms[k] in kb._title_set and _tk[k].text[:1].isupper():
                title_end = k + 1  # "Karvel Energy" + "and Water Minister" + the name
            k += 1
        if title_end is None or title_end not in persons or lab in ("PERSON", "EXT:PERSON") \
                or _country_of(span_text(doc, s, e)) or not _tk[title_end - 1].text[:1].isupper() \
                or any(n in kb.org_nouns or n in kb.legislature_words for n in norms[s:title_end]):
            out.append((s, e, lab))
            continue
        if _country_of(_tk[s].text):
            out.append((s, s + 1, "NORP"))  # "Ostravian | Trade ... Minister X": the state stays
    return out


def _title_of_state(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Prime Minister of Velnora, Ana Rell, flew home": a head's title, "of" and a state the text reveals (or
    one world knowledge knows) taken for one name with no label or a body's; the title is no body, the state
    stays (a title of one word, "President of Velnora", the NER leaves apart already)."""
    kb = knowledge()
    norms = token_norms(doc)
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        of = next((k for k in range(s + 2, e - 1) if norms[k] == "of"), None) if lab in ("", "ORG", "EXT:ORG") else None
        if of is not None and e - of <= 3 and " ".join(norms[s:of]) in kb._title_set \
                and all(doc[k].text[:1].isupper() for k in range(s, e) if k != of) \
                and _country_of(span_text(doc, of + 1, e)):
            out.append((of + 1, e, "GPE"))
            continue
        out.append((s, e, lab))
    return out


def _after_possessive_honorific(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"His [Excellency Arno Velk]", "Your [Highness Tovan Serel]", "The [Reverend Pim Rask]": a name the NER begins
    with a bare honorific (roles.yaml bare_honorifics) right after a possessive (honorific_openers) or a word it
    makes an honorific with ("the reverend") begins after it; the honorific is no part of the name (alone, "Majesty
    Kofi", it may be a given name: ``Knowledge.honorific_length``; "The [Holiness Church]" keeps it)."""
    kb = knowledge()
    return [(s + 1, e, lab) if e - s > 1 and s > 0 and honorific_key(doc[s].text) in kb.bare_honorifics
            and (doc[s - 1].lower_ in kb.honorific_openers
                 or honorific_key(doc[s - 1].text + " " + doc[s].text) in kb.honorifics)
            else (s, e, lab) for s, e, lab in cands]


def _gerund_for_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Bureau for Combating Piracy and Terrorism", "the Agency for Fighting Smuggling": a body's name ending in a
    group noun, "for", a capitalised gerund and its capitalised objects (joined by "and", "of", "the") is one name;
    the NER, stopping at the gerund, leaves the body's head alone and takes the objects for bodies of their own."""
    kb = knowledge()
    links = ("and", "of", "the", "&")
    out: list[tuple[int, int, str]] = []
    drop_to = -1
    for s, e, lab in sorted(cands):
        if s < drop_to:
            continue
        if lab in ("PERSON", "EXT:PERSON", "GPE") or e + 2 >= len(doc) or doc[e].lower_ != "for" \
                or not doc[e - 1].text[:1].isupper():
            out.append((s, e, lab))
            continue
        task = _for_task_noun(doc, e - 1)
        if not (norm(doc[e - 1].text) in kb.org_nouns and doc[e + 1].tag_ == "VBG" and doc[e + 1].text[:1].isupper()
                or task):
            out.append((s, e, lab))
            continue
        end = task or e + 2
        while end < len(doc) and end - e <= 8 and (doc[end].text[:1].isupper() and doc[end].is_alpha
                                                    or doc[end].lower_ in links and end + 1 < len(doc)
                                                    and doc[end + 1].text[:1].isupper()):
            end += 1
        if end == e + 2 or not doc[end - 1].text[:1].isupper():
            out.append((s, e, lab))
            continue
        out.append((s, end, "ORG"))
        drop_to = end
    return out


def _for_task_noun(doc: Doc, h: int) -> int | None:
    """'the Velmar Office for the Resettlement of Refugees', 'an Agency for the Protection of Coastal Waters':
    a body's head noun at token h (roles.yaml org_nouns, unit_nouns, posted_body_nouns, organ_nouns), "for", "the"
    at most, then a capitalised common noun naming its task and "of" with a capitalised word after it: the task is
    part of the body's name, no body of its own (not a group noun, a title, a state or a person's name). The token
    after "of", else None."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    head = norm(_tk[h].text)
    if not (head in kb.org_nouns or head in kb.unit_nouns or head in kb.posted_body_nouns or head in kb.organ_nouns):
        return None
    k = h + 2 if h + 2 < len(doc) and _tk[h + 2].lower_ != "the" else h + 3
    if k + 2 >= len(doc) or _tk[h + 1].lower_ != "for" or _tk[k + 1].lower_ != "of":
        return None
    task, low = doc[k], _tk[k].lower_
    if not (task.is_alpha and task.text[:1].isupper() and not task.is_upper and low in NOUNS) \
            or low in kb.org_nouns or low in kb.title_words or low in kb.role_words or _country_of(task.text) \
            or not _tk[k + 2].text[:1].isupper():
        return None
    return k + 2


def _numbered_units(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A bare number before a unit's name (roles.yaml unit_nouns, singular) is the first word of the name, however
    the NER cut it (after a possessive it often leaves the number out, so one unit became two actors). Not a year
    ("Since 2021 Eastern Command has ruled") nor a list of numbers."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        if s >= 1 and e - s >= 2 and lab in ("ORG", "EXT:ORG", "") and _tk[s - 1].text.isdigit() \
                and len(_tk[s - 1].text) <= 4 and not re.fullmatch(r"(?:19|20)\d\d", _tk[s - 1].text) \
                and norm(_tk[e - 1].text) in kb.unit_nouns \
                and not _tk[e - 1].text.endswith("s") and _tk[s].text[:1].isupper() \
                and not (e < len(doc) and _tk[e].tag_ == "NNS") \
                and not (s >= 2 and (_tk[s - 2].like_num or _tk[s - 2].text in (",", "-", "–", "/"))):
            out.append((s - 1, e, lab))
            continue
        out.append((s, e, lab))
    return out


def _portfolio_of_place(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Minister of the Interior of Velna", "Secretary for Foreign Affairs of Karvel": after a portfolio title (roles.yaml
    portfolio_titles) and "of"/"for" (+ "the"), the capitalised words up to the next "of" are the portfolio, no body;
    the name after that "of" is the place the minister serves, kept as a place (a state when the text proves one),
    whether the NER or the run of capitals took it with the portfolio, with the title too, or alone."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    titles = kb.portfolio_titles

    def portfolio_start(i: int) -> int | None:  # i opens a portfolio: after "<title> of/for (the)"
        k = i - 1 if i >= 1 and _tk[i - 1].lower_ == "the" else i
        if k >= 2 and _tk[k - 1].lower_ in ("of", "for") and norm(_tk[k - 2].text) in titles \
                and _tk[k - 2].text[:1].isupper():
            return k - 2
        return None

    def portfolio(a: int, b: int) -> bool:  # doc[a:b]: capitalised words (and "and"), no group noun
        return b > a and _tk[a].text[:1].isupper() and all(
            t.text[:1].isupper() and t.is_alpha or t.lower_ in ("and", "&") for t in doc[a:b]) \
            and not any(norm(t.text) in kb.org_nouns for t in read_tokens(doc)[a:b])

    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        if lab in ("PERSON", "EXT:PERSON"):
            out.append((s, e, lab))
            continue
        start = s
        if norm(_tk[s].text) in titles and s + 2 < e and _tk[s + 1].lower_ in ("of", "for"):
            start = s + 3 if _tk[s + 2].lower_ == "the" else s + 2  # the title taken with them
        elif portfolio_start(s) is None:
            # the name alone: "... Foreign Affairs of Karvel", the portfolio a candidate of its own before it
            k = s - 2
            while k >= max(0, s - 10) and _tk[k].text[:1].isupper() and _tk[k].is_alpha and norm(_tk[k].text) not in titles:
                k -= 1
            if s >= 3 and _tk[s - 1].lower_ == "of" and k + 1 < s - 1 and portfolio(k + 1, s - 1) \
                    and portfolio_start(k + 1) is not None and lab in ("", "GPE", "ORG") \
                    and not any(norm(t.text) in kb.org_nouns for t in read_tokens(doc)[s:e]):
                out.append((s, e, "GPE"))
                continue
            out.append((s, e, lab))
            continue
        of = next((i for i in range(start + 1, e - 1) if _tk[i].lower_ == "of"), None)
        if of is None or not portfolio(start, of) \
                or not all(t.text[:1].isupper() for t in read_tokens(doc)[of + 1:e] if t.lower_ != "the") \
                or any(norm(t.text) in kb.org_nouns for t in read_tokens(doc)[of + 1:e]):
            out.append((s, e, lab))
            continue
        first = of + 2 if _tk[of + 1].lower_ == "the" and of + 2 < e else of + 1
        out.append((first, e, "GPE"))
    return out


def _portfolio_end_before_name(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Minister of Energy and Water Tomas Vendrel", "Special Envoy for Ostravia Tomas Vendrel": a title word
    (roles.yaml titles) and its complement after "of", "for" or "and" run straight into the person's name; the
    complement's last word, which the NER (or the run of capitals) takes as the name's first, is not the person's.
    A state's name there stays, as a state; the person keeps two words at least."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    norms = token_norms(doc)
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        if lab not in ("PERSON", "EXT:PERSON", "") or e - s < 3 or s < 3 or _tk[s - 1].lower_ not in ("of", "for", "and") \
                or not all(t.text[:1].isupper() or t.text in ("-", "al", "bin", "ibn", "el")
                           for t in read_tokens(doc)[s:e]) \
                or not _tk[s].is_alpha or not _tk[s + 1].text[:1].isupper():
            out.append((s, e, lab))
            continue
        k, title = s - 2, False
        while k >= max(0, s - 8):
            t = doc[k]
            if t.text[:1].isupper() and t.is_alpha and norms[k] in kb._title_set:
                title = True
                break
            if not (t.text[:1].isupper() and t.is_alpha or t.lower_ in ("of", "for", "and", "the")):
                break
            k -= 1
        if not title:
            out.append((s, e, lab))
            continue
        if _country_of(_tk[s].text):
            out.append((s, s + 1, "GPE"))
        out.append((s + 1, e, lab))
    return out


def _join_hyphen_states(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A state's name written with a hyphen and known to world knowledge ("Guinea-Bissau") that the NER cut at the
    hyphen, its first piece the name of another state: one name, the piece after the hyphen taken in."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for s, e, lab in sorted(cands):
        if s in taken:
            continue
        if e + 1 < len(doc) and _tk[e].text == "-" and not _tk[e - 1].whitespace_ and not _tk[e].whitespace_ \
                and _tk[e + 1].text[:1].isupper() and _tk[e + 1].is_alpha and kb.country_of(span_text(doc, s, e)):
            whole = kb.country_of(span_text(doc, s, e + 2))
            if whole and whole != kb.country_of(span_text(doc, s, e)):
                taken.add(e + 1)
                out.append((s, e + 2, "GPE"))
                continue
        out.append((s, e, lab))
    return [c for c in out if c[0] not in taken]


def _join_acronym_suffixes(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A party's acronym with its faction's or wing's letters glued on by a hyphen ("PDL-P holds 110 seats", "the
    MDK-T", "the SPLA-IO") that the NER cut at the hyphen: one name, the letters taken in (one to three capitals,
    no body nor state world knowledge knows: "the AU-UN mission" is two bodies; nor letters the text writes alone
    elsewhere: "the KLT-TVP alliance ... the TVP" joins two parties)."""
    _tk = read_tokens(doc)
    kb = knowledge()
    out: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    words = token_texts(doc)
    for s, e, lab in sorted(cands):
        if s in taken:
            continue
        last = _tk[e - 1].text
        if e + 1 < len(doc) and _tk[e].text == "-" and not _tk[e - 1].whitespace_ and not _tk[e].whitespace_ \
                and last.isupper() and last.isalpha() and len(last) >= 2 \
                and re.fullmatch(r"[A-Z]{1,3}\.?", _tk[e + 1].text) and norm(_tk[e + 1].text) not in kb.known_orgs \
                and not kb.country_of(_tk[e + 1].text) \
                and (e + 2 == len(doc) or not _tk[e + 2].text[:1].isalnum() or _tk[e + 1].whitespace_) \
                and not any(w == _tk[e + 1].text.rstrip(".") and (k == 0 or words[k - 1] != "-")
                            for k, w in enumerate(words)):
            taken.add(e + 1)
            out.append((s, e + 2, "ORG"))  # (a body, whatever the NER took the acronym for)
            continue
        out.append((s, e, lab))
    return [c for c in out if c[0] not in taken]


def _join_known_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name known to world knowledge (organizations.yaml), cut by the NER at a small word: "the
    Commonwealth" + "of" + "Independent States" is one name when the words together are a known
    name. Only lower-case words (one or two) may lie between the pieces."""
    known = knowledge().known_orgs
    words = token_texts(doc)
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(cands):
        if out:
            ps, pe, plab = out[-1]
            if pe < s <= pe + 2 and all(w.islower() for w in words[pe:s]) and norm(doc_span(doc, ps, e).text) in known:
                out[-1] = (ps, e, "EXT:ORG")
                continue
        out.append((s, e, lab))
    return out


def _join_comma_known_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A known name with a comma inside ("the Foreign, Commonwealth and Development Office": organizations.yaml, or
    countries.yaml institution_metonyms and state_institutions) that the NER and the name finder cut at the comma
    ("Foreign" + "Commonwealth and Development Office"): the longest known name of up to eight tokens ending where a
    candidate ends, holding a comma and written in capitalised words, small words and punctuation only, becomes one
    candidate in place of its pieces (one that started before it keeps the words before: "the United Kingdom's")."""
    if not cands or "," not in doc_text(doc):
        return cands
    kb, words = knowledge(), token_texts(doc)
    out = sorted(cands)
    for s, e, lab in list(out):
        if (s, e, lab) not in out:
            continue  # (a piece already joined into a longer name)
        for k in range(max(0, e - 8), s):
            if "," not in words[k:e] or not words[k][:1].isupper() \
                    or not all(w[:1].isupper() or w in (",", "&", "-") or w.islower() and len(w) <= 4 for w in words[k:e]):
                continue
            low = norm(doc_span(doc, k, e).text)
            if low not in kb.known_orgs and low not in kb.institution_metonyms and low not in kb.state_institutions:
                continue
            kept = [(a, min(b, k) if a < k else b, lb) for a, b, lb in out
                    if b <= k or a < k and (a, b, lb) != (s, e, lab) or a >= e]
            out = sorted([c for c in kept if c[0] < c[1]] + [(k, e, "EXT:ORG")])
            break
    return out


def _join_plural_possessives(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Karvel Tanners'" and "Union" tagged apart (or its last words left untagged): a plural's possessive
    inside a name ("Tanners' Front", "Pensioners' League") joins the words before it to the body's name after it, when
    that name ends in a capitalised group noun (organizations.yaml org nouns) within three words and neither piece is
    a state (not "the Brigades' Falcon Unit" or "the Kessen Rangers' Political Bureau": a body's own part)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    by_start = {s: (e, lab) for s, e, lab in cands}

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        a = e - 1 if e - s > 1 and _tk[e - 1].text in APOS else e  # the apostrophe, inside the candidate or after it
        if not (a + 1 < len(doc) and _tk[a].text in APOS and _tk[a - 1].text.endswith(("s", "S"))
                and lab in ("", "ORG", "NORP") and all(t.text[:1].isupper() for t in read_tokens(doc)[s:a])
                and norm(_tk[a - 1].text) not in kb.org_nouns and norm(span_text(doc, s, a)) not in kb.known_orgs
                and not _country_of(span_text(doc, s, a))):
            return e, lab
        right, rlab = by_start.get(a + 1, (None, ""))
        if right is None:
            right = a + 1
            while right < len(doc) and right - a <= 3 and _tk[right].is_alpha and _tk[right].text[:1].isupper() \
                    and right not in by_start:
                right += 1
        if rlab in ("", "ORG") and right > a + 1 and _tk[right - 1].text[:1].isupper() \
                and norm(_tk[right - 1].text) in kb.org_nouns and not _country_of(span_text(doc, a + 1, right)):
            skip.add(a + 1)
            return right, "EXT:ORG"
        return e, lab
    return _extend_candidates(cands, extend)


def _place_named_party(doc: Doc, s: int, e: int, lab: str) -> bool:
    """Whether doc[s:e] is one untagged capitalised proper noun (a place's name, not a state's or its adjective)
    right before a party's plural ("the Morvel Democrats", "the Kessen Greens"): the party's name opens with it."""
    return lab == "" and e - s == 1 and doc[s].pos_ == "PROPN" and doc[s].is_alpha and doc[s].text[:1].isupper() \
        and not doc[s].is_upper and not doc[s].is_sent_start and not _country_of(doc[s].text) \
        and norm(doc[s].text) not in knowledge().title_words


def _joint_bodies(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Karvelian-Ostravian Border Commission", "the Saudi-Yemeni Coordination Council": two states' or
    peoples' adjectives (one a state's) joined by a hyphen open the name of a body the two share, which ends in a
    capitalised group noun (organizations.yaml org nouns); the NER keeps only the words after them. The body is named
    in full (the states keep their own mentions, as for "the Ostravian Defence Force": label "PFX3:")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    out: list[tuple[int, int, str]] = []
    for s, e, lab in cands:
        base = lab.split(":", 1)[1] if lab.startswith("PFX") else lab
        if base in ("", "ORG", "EXT:ORG") and s >= 3 and e - s >= 2 and _tk[s - 2].text == "-" \
                and not _tk[s - 3].whitespace_ and not _tk[s - 2].whitespace_ \
                and _tk[e - 1].text[:1].isupper() and norm(_tk[e - 1].text) in kb.org_nouns \
                and all(t.is_alpha and t.text[:1].isupper() and (_country_of(t.text) or t.ent_type_ == "NORP"
                                                                 or norm(t.text) in kb.not_states)
                        for t in (doc[s - 3], doc[s - 1])) \
                and any(_country_of(t.text) for t in (doc[s - 3], doc[s - 1])):
            lab = "PFX3:" + base
        out.append((s, e, lab))
    return out


def _join_party_plurals(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Christian' + 'Democrats' tagged apart as nationalities: one party named by its members."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    plurals = knowledge().party_plurals
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(cands):
        if out and out[-1][1] == s and norm(doc_span(doc, s, e).text) in plurals and out[-1][2] in ("NORP", "") \
                and norm(doc[out[-1][0]:e].text) in plurals:
            out[-1] = (out[-1][0], e, "NORP")
            continue
        if out and out[-1][1] == s and e - s == 1 and lab == "NORP" and norm(_tk[s].text) in plurals \
                and _place_named_party(doc, *out[-1]):
            out[-1] = (out[-1][0], e, "EXT:ORG")
            continue
        out.append((s, e, lab))
    return out


QUOTES = {"\"", "“", "”", "'", "‘", "’"}


def _plain_name_words(toks) -> bool:
    """Whether no word of a name around a quoted nickname is a state's name, a body's noun or a title ('the
    Senate "Reform" Bill' is no person)."""
    kb = knowledge()
    return not any(kb.country_of(t.text) or norm(t.text) in kb.org_nouns or norm(t.text) in kb.title_words for t in toks)


def _join_nicknames(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Antoine "Le Requin" Marchetti': a given name, a quoted nickname and a surname are one person's
    name, whatever the NER made of the pieces (one of them tagged a person)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    joined = []
    for s, e, lab in cands:
        if lab not in ("PERSON", "EXT:PERSON") or e - s > 2:
            continue
        for a in range(max(0, s - 5), s - 2):  # "First" "Nick" Last (the person tag on the surname)
            q1 = a + 1
            if _tk[q1].text not in QUOTES:
                continue  # (no opening quote: the cheap test first)
            q2 = next((k for k in range(q1 + 2, min(s, q1 + 4)) if _tk[k].text in QUOTES), None)
            if _tk[a].text[:1].isupper() and _tk[a].is_alpha and q2 == s - 1 \
                    and all(t.text[:1].isupper() and t.is_alpha for t in read_tokens(doc)[q1 + 1:q2]) \
                    and _plain_name_words(doc[a:a + 1]) and _plain_name_words(doc[q1 + 1:q2]):
                joined.append((a, e))
    starts = {s: (e, lab) for s, e, lab in cands}
    for s, e, lab in cands:  # "First" "Nick" Last with the person tag on the given name alone (or on no piece) and
        # the surname untagged: 'Mirela "Mimi" Vasko and ...' (the tagger's person stops at the opening quote)
        if lab not in ("PERSON", "EXT:PERSON", "") or e - s > 2 or e + 3 >= len(doc) or _tk[e].text not in QUOTES \
                or _tk[e - 1].whitespace_ == "" or _tk[e].whitespace_:
            continue
        q2 = next((k for k in range(e + 2, min(len(doc), e + 4)) if _tk[k].text in QUOTES), None)
        after = starts.get(q2 + 1) if q2 is not None else None
        if after is None or after[1] not in ("", "PERSON", "EXT:PERSON") or after[0] - q2 - 1 > 2 \
                or not _tk[q2].whitespace_ or _tk[q2 - 1].whitespace_:
            continue
        inner, tail = doc[e + 1:q2], doc[q2 + 1:after[0]]
        if all(t.text[:1].isupper() and t.is_alpha for t in inner) and all(t.is_alpha for t in tail) \
                and tail[-1].text[:1].isupper() \
                and (lab or all(t.pos_ == "PROPN" and not _common_word(t.lower_) for t in list(doc[s:e]) + list(tail))) \
                and _plain_name_words(list(inner) + list(tail)):
            joined.append((s, after[0]))
    if not joined:
        return cands
    out = [(s, e, lab) for s, e, lab in cands if not any(a <= s and e <= b for a, b in joined)]
    return out + [(a, b, "PERSON") for a, b in joined]


def _join_adjacent_persons(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Abd-Rabbu' + 'Mansour Hadi' tagged apart: one name when they touch and form one compound."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    out: list[tuple[int, int, str]] = []
    title_words = knowledge().title_words
    cands = _join_nicknames(doc, cands)
    for s, e, lab in sorted(cands):
        prev_is_title = out and (all(w in title_words for w in token_norms(doc)[out[-1][0]:out[-1][1]])
                                 or norm(_tk[out[-1][1] - 1].text) in knowledge()._title_set)
        if out and s == out[-1][1] + 1 and out[-1][2] in ("PERSON", "EXT:PERSON") and e - s <= 2 \
                and lab in ("PERSON", "", "GPE", "LOC", "NORP", "ORG") and not knowledge().country_of(doc_span(doc, s, e).text) \
                and _tk[s - 1].is_lower and _tk[s - 1].lower_ in knowledge().father_particles and _tk[s].text[:1].isupper():
            out[-1] = (out[-1][0], e, "PERSON")  # "Siti Rahayu | binti | Kassim": a name with the father's name
            continue
        if out and out[-1][1] == s and _split_name(doc, out[-1][0], e):
            out[-1] = (out[-1][0], e, "PERSON")  # ", Wilmer | Quispe Huarachi,": one name cut in two
            continue
        if out and out[-1][1] == s and e - s == 1 and out[-1][2] in ("PERSON", "EXT:PERSON") and not prev_is_title \
                and out[-1][1] - out[-1][0] >= 2 and lab in ("GPE", "LOC") and _tk[s - 1].dep_ == "compound" \
                and _tk[s - 1].head.i == s and _tk[s].pos_ == "PROPN" and _tk[s].is_alpha and _tk[s].is_title \
                and _tk[s - 1].whitespace_ and not knowledge().country_of(_tk[s].text) \
                and not (s + 1 < len(doc) and _tk[s + 1].text[:1].isupper() and _tk[s + 1].is_alpha):
            out[-1] = (out[-1][0], e, "PERSON")  # "Ana Lucia Ferro | Toledo, the ...": a double surname whose
            continue  # second half is a town's name, which the NER tagged a place (the parser reads it the head)
        if out and out[-1][1] == s and e - s == 1 and _shouted_word(_tk[s].text) and not _tk[s - 1].is_upper:
            out.append((s, e, lab))  # "Unity HOLD.": a verdict in capitals after the name, no part of it
            continue
        if out and s == out[-1][1] + 2 and out[-1][2] in ("PERSON", "EXT:PERSON") and lab in ("PERSON", "EXT:PERSON") \
                and _tk[s - 2].text == "-" and not _tk[s - 3].whitespace_ and not _tk[s - 2].whitespace_ \
                and _tk[s - 1].is_alpha and _tk[s - 1].is_lower and _tk[s - 1].lower_ not in VERBS \
                and _tk[s - 1].lower_ not in ADJECTIVES and _tk[s - 1].lower_ not in knowledge().descriptive_suffixes:
            out[-1] = (out[-1][0], e, "PERSON")  # "Seo-yeon Hwangbo": a hyphened given name's lower-case second
            continue  # part (no English word) the NER left out, cutting the name in two
        if out and out[-1][1] == s and not prev_is_title and {out[-1][2], lab} == {"", "ORG"} \
                and out[-1][1] - out[-1][0] == 1 and e - s == 1 and _tk[s - 1].dep_ == "compound" \
                and _tk[s - 1].head.i == s and _tk[s - 1].pos_ == "PROPN" and _person_shaped(doc, out[-1][0], e):
            # "Ana | Quell, a deputy for ...": the NER took the surname (or the given name) alone for a body's name
            # and left the other untagged; one name, left to the votes (no label: the NER's cut name proves nothing)
            out[-1] = (out[-1][0], e, "")
            continue
        if out and out[-1][1] == s and not prev_is_title and {out[-1][2], lab} <= {"PERSON", ""} and "PERSON" in (out[-1][2], lab) \
                and (_tk[s - 1].dep_ == "compound" and _tk[s - 1].head.i >= s
                     or out[-1][2] == lab == "PERSON" and _tk[s - 1].whitespace_ and _tk[s - 1].is_alpha):
            out[-1] = (out[-1][0], e, "PERSON")
        else:
            out.append((s, e, lab))
    return out


def _mistagged_surname(doc: Doc, i: int, taken: list[bool]) -> bool:
    """"Mara Voss spoke. ... Voss is a member of ...": a capitalised word the tagger read as no proper noun (a common
    noun, a verb, an adjective) that is the surname of exactly one person the text named in full before it (a
    name of two or three capitalised words the NER took for a person), a mention of that person. Not where the
    word is a common word used as such: it stands mid-sentence with no capitalised word on either side, or opens
    its sentence but not before a verb or a comma as a subject does ("May we ...", "Will the vote ..."); nor a
    word the text writes in lower case elsewhere ("Rose said ... the rose garden"); never a place, a state, a
    title or a body's noun."""
    t = read_tokens(doc)[i]  # (the listed token: no new Token per candidate word)
    if taken[i] or t.pos_ in ("PROPN", "PUNCT", "NUM") or not t.is_alpha or t.is_upper or len(t.text) < 3 \
            or not t.text[:1].isupper():
        return False
    low = t.lower_
    owners = _full_name_surnames(doc).get(low)
    if not owners or not any(e <= i for e, _n in owners) or len({n for e, n in owners if e <= i}) != 1:
        return False
    if low in _lower_words(doc):
        return False  # (the text writes the word as a common word elsewhere: "Rose ... the rose garden")
    n = len(doc)
    if i + 1 < n and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper():
        return False  # (a longer name's first word: "Voss Street", "Voss Holdings")
    start = i == 0 or bool(t.is_sent_start) or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text \
        or doc[i - 1].text in OPEN_QUOTES or doc[i - 1].text in (".", ":", ";", "!", "?", "-", "–", "—")
    if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and not start:
        return False  # (another name's last word: "Green Voss")
    if start and not (i + 1 < n and (doc[i + 1].pos_ in ("VERB", "AUX") or doc[i + 1].text in (",", "'s", "’s"))):
        return False
    kb = knowledge()
    return not (_country_of(t.text) or low in kb.places or low in kb.regions or low in kb.title_words
                or low in kb._title_set or low in kb.org_nouns or low in kb.not_actors or low in kb.known_orgs)


def _full_name_surnames(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """{surname: [(end, full name)]}: the last words of the names of two or three capitalised words the NER tagged
    as a person (see ``_mistagged_surname``). Kept on the Doc."""
    def find(d: Doc) -> dict[str, list[tuple[int, str]]]:
        kb, out = knowledge(), defaultdict(list)
        _tk, n = read_tokens(d), len(d)

        def word(k: int) -> bool:
            return 0 <= k < n and _tk[k].is_alpha and _tk[k].text[:1].isupper() and not _tk[k].is_upper

        for e in doc_ents(d):
            if e.label_ == "PERSON" and 2 <= len(e) <= 3 and all(word(k) for k in range(e.start, e.end)):
                out[_tk[e.end - 1].lower_].append((e.end, norm(e.text)))
        after = 0  # the first token past the last run read
        for k in capitalised_tokens(d):  # (or a run the NER left untagged: "Ilse Frost spoke": a given name no
            # common word opens it; a run opens on a capitalised word: no walk over the others)
            if k < after:
                continue
            j = k
            while word(j) and _tk[j].pos_ == "PROPN" and _tk[j].ent_type_ in ("", "PERSON"):
                j += 1
            if 2 <= j - k <= 3 and not word(j) and not word(k - 1) and _tk[k].ent_type_ == "" \
                    and not _common_word(_tk[k].lower_) \
                    and not any(x in kb.org_nouns or x in kb.title_words or x in kb._title_set or x in kb.places
                                or x in kb.regions or x in kb.known_orgs or x in kb.not_actors or _country_of(_tk[m].text)
                                for m, x in ((m, _tk[m].lower_) for m in range(k, j))):
                out[_tk[j - 1].lower_].append((j, norm(span_text(d, k, j))))
            after = max(j, k + 1)
        return dict(out)
    return per_doc(doc, "full_name_surnames", find)


def _mistagged_given_name(doc: Doc, i: int, taken: list[bool]) -> bool:
    """"Ilse Dorn chairs ...": a given name the tagger read as an adjective modifying the surname after it (a word
    English has as no adjective, verb or title, and no state's adjective: not "Former", "Ostrian"), which opens the
    person's name; left out, the bare surname would be taken for another person of that surname."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    t = _tk[i]
    if t.pos_ != "ADJ" or not t.is_alpha or t.is_upper or i + 1 >= len(doc) or taken[i + 1] \
            or _tk[i + 1].pos_ != "PROPN" or not _tk[i + 1].text[:1].isupper() or t.head.i != i + 1 \
            or t.dep_ not in ("compound", "amod"):
        return False
    kb, low = knowledge(), norm(t.text)
    return low not in ADJECTIVES and low not in VERBS and low not in kb.title_words and not _country_of(t.text) \
        and not low.endswith(tuple(kb.demonym_suffixes))


def _split_name(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a person's name of three or four plain capitalised words that the NER cut
    into pieces of other kinds, standing alone between commas after a role ("the leader of X, A B C,")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    span = doc_span(doc, s, e)
    if not 3 <= len(span) <= 4 or s < 2 or e >= len(doc) or _tk[s - 1].text != "," or _tk[e].text != ",":
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN" for t in span):
        return False
    if any(norm(t.text) in kb.org_nouns or norm(t.text) in kb.name_particles or _country_of(t.text)
           or norm(t.text) in kb.places for t in span):
        return False
    # the role the name is in apposition to: "the leader of the FSMC, A B C," / "its chairman, A B C,"
    for j in range(s - 2, max(doc[s].sent.start, s - 25) - 1, -1):
        if _tk[j].pos_ in ("VERB", "AUX"):
            return False
        if _tk[j].is_lower and (norm(_tk[j].lemma_) in kb.role_words or norm(_tk[j].text) in kb.role_words):
            return True
    return False


def _ruled_place(doc: Doc, s: int, e: int, label: str) -> int | None:
    """Where the place starts in a name the NER made of a head of state's title and the place it rules: "the King
    of Belomar", "Emir of Karvel" (roles.yaml head_of_state_titles; one to three capitalised words after "of", no
    group noun among them); None for any other name ("the Party of Labour", "the Minister of Defence")."""
    kb = knowledge()
    of = next((i for i in range(s + 1, min(e - 1, s + 4)) if doc[i].lower_ == "of"), None)
    if label not in ("ORG", "PERSON") or of is None or e - of - 1 > 3:
        return None
    title = " ".join(norm(t.text) for t in read_tokens(doc)[s:of] if t.lower_ != "the")
    if title not in kb.head_of_state_titles:
        return None
    rest = doc[of + 1:e]
    if not all(t.is_alpha and t.text[:1].isupper() and norm(t.text) not in kb.org_nouns for t in rest):
        return None
    return of + 1


def _head_title_before(doc: Doc, s: int) -> bool:
    """Whether a head of state's or government's title (roles.yaml head_of_state_titles: "President", "Prime
    Minister", capitalised) ends right before token ``s``."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    titles = knowledge().head_of_state_titles
    return any(s - n >= 0 and _tk[s - n].text[:1].isupper() and norm(span_text(doc, s - n, s)) in titles for n in (1, 2))


def _titled_person_of_place(doc: Doc, s: int, e: int, label: str) -> int | None:
    """Where the place starts in a person's name the NER ran on into the state the person leads: "Prime Minister
    Ivo Dask of Velnia", "President Dask of Velnia" tagged as one name (a head of state's title right before it,
    one or two capitalised words before "of", one capitalised word after it, no group noun); None otherwise."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if label != "PERSON" or e - s < 3 or e - s > 4 or _tk[e - 2].lower_ != "of" or not _head_title_before(doc, s):
        return None
    last = doc[e - 1]
    if not (last.is_alpha and last.text[:1].isupper() and not last.is_upper and norm(last.text) not in knowledge().org_nouns):
        return None
    return e - 1 if all(t.is_alpha and t.text[:1].isupper() for t in read_tokens(doc)[s:e - 2]) else None


def _place_then_person(doc: Doc, s: int, e: int, label: str) -> bool:
    """Whether the name doc[s:e] after "of" is a place the text names alone elsewhere (a one-word place name the NER
    tags a place there) run into a person's name: "led by former governor of Velmar Odeta Dravik" tagged as one name."""
    if label not in ("ORG", "PERSON") or e - s < 3 or s == 0 or doc[s - 1].lower_ != "of":
        return False
    places = per_doc(doc, "lone_places", lambda d: frozenset(ent.text for ent in doc_ents(d)
                                                              if ent.label_ in ("GPE", "LOC") and len(ent) == 1))
    return doc[s].text in places and _bare_personal_name(doc, s + 1, e)


def _bare_personal_name(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] reads as a person's name, not a body's: two or three capitalised words with no article
    before them, none a group noun, a word bodies' names share ("National", "Popular"), a title or a state."""
    return 2 <= e - s <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                   for t in read_tokens(doc)[s:e]) \
        and _no_body_words(doc, s, [norm(t.text) for t in read_tokens(doc)[s:e]])


def _no_body_words(doc: Doc, s: int, words: list[str]) -> bool:
    """No article before doc[s] and none of ``words`` (lower case) a group noun, a word bodies' names share, a
    title, a translated group noun or a state: what makes capitalised words a person's name, not a body's."""
    kb = knowledge()
    return not (s > 0 and doc[s - 1].pos_ == "DET") \
        and not any(w in kb.org_nouns or w in kb.generic_name_words or w in kb.title_words
                    or w in kb.translated_heads or _country_of(w) for w in words)


_NAME_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z\u00e0-\u00ff'\u2019]+)?")


def _person_shaped(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] reads as a person's name: :func:`_bare_personal_name`, or two or three capitalised words one
    of them joined by a hyphen ("Mariam Sidibe-Kone", "Jean-Luc Marel"; the tokenizer splits the hyphen off)."""
    if _bare_personal_name(doc, s, e):
        return True
    words = doc_span(doc, s, e).text.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words) \
        and _no_body_words(doc, s, [norm(p) for w in words for p in w.split("-")])


def _named_body_after_for(doc: Doc, j: int, by_start: dict) -> bool:
    """Whether "for" at token j (+ "the") opens a name of its own that ends in a capitalised body's noun (roles.yaml
    org_nouns): "left the Green Dawn Party for the Kalvar Labour Union", "quit the Farmers League for the Civic
    Front" name two bodies, the one left and the one joined; a slogan's name goes on with no body's noun at its end
    ("the Movement for the Liberation of Ostra", "the Union for the Republic")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = j + 2 if j + 2 < len(doc) and _tk[j + 1].lower_ == "the" else j + 1
    right = by_start.get(k) or by_start.get(j + 1)
    if right is None:  # (a name the NER left untagged: capitalised words only)
        end = k
        while end < min(len(doc), k + 5) and _tk[end].is_alpha and _tk[end].text[:1].isupper():
            end += 1
        right = (k, end, "ORG")
    if right[2] not in ("ORG", "EXT:ORG", "") or right[1] - right[0] < 2:
        return False
    last = _tk[right[1] - 1]
    return last.text[:1].isupper() and norm(last.text) in knowledge().org_nouns \
        and not (right[1] < len(doc) and _tk[right[1]].lower_ in ("of", "for"))


def _join_of_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Brigades of the Dawn', 'Guardians of the South', 'Party of God': one name, not two.

    Joins a capitalised name, "of" (+ "the") and a following capitalised word when neither side
    is a title or role ("Prime Minister of Iraq"), a state or a person's name.
    """
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    by_start = {s: (s, e, lab) for s, e, lab in cands}
    out = []
    skip = set()
    for s, e, lab in sorted(cands):
        if s in skip:
            continue
        j = e
        # "for" joins only after a group noun: "the Institute for Strategic Studies", "Movement for Change"
        via_for = j + 1 < len(doc) and _tk[j].lower_ == "for" and norm(_tk[e - 1].text) in kb.org_nouns \
            and _tk[e - 1].text[:1].isupper() and not _named_body_after_for(doc, j, by_start)
        run = j + 1
        while run < len(doc) and run - j <= 3 and _tk[run].pos_ == "PROPN" and _tk[run].is_alpha \
                and _tk[run].text[:1].isupper() and _tk[run].ent_type_ in ("", "PERSON"):
            run += 1
            if run + 2 < len(doc) and run - j <= 3 and _tk[run].lower_ in ("al", "el") and _tk[run + 1].text == "-" \
                    and _tk[run + 2].text[:1].isupper() and _tk[run + 2].is_alpha:
                run += 2  # "the Dawn Alliance of Hadi al-Tarawi": the article of a surname
        if j + 1 in by_start:  # (a leader's name the NER took for a body's: "the New Dawn of Ana Morel", or for a
            # place's, world knowledge placing no state there: "the Dawn Alliance of Hadi al-Tarawi")
            run = by_start[j + 1][1] if by_start[j + 1][2] in ("", "PERSON") \
                or by_start[j + 1][2] in ("GPE", "LOC") and j + 1 < len(doc) and _tk[j].lower_ == "of" \
                and _party_word(doc[j - 1]) and not _country_of(span_text(doc, j + 1, by_start[j + 1][1])) \
                or (_coined_name_before(doc, j) or _foreign_party_before(doc, j)) \
                and _person_tail(doc, j + 1, by_start[j + 1][1]) else 0
        if j + 1 < len(doc) and _tk[j].lower_ == "of" and _leader_after_of(doc, j, run):
            # "the Progressive Labour Party of Tomas Verhal", the name untagged or tagged a person's: the party,
            # then its leader
            out.append((s, e, lab))
            out.append((j + 1, run, "PERSON"))
            skip.add(j + 1)
            continue
        if j + 1 < len(doc) and (_tk[j].lower_ == "of" or via_for):
            k = j + 1
            if _tk[k].lower_ == "the" and k + 1 < len(doc):
                k += 1
            left = doc[s:e]
            right = by_start.get(k)
            right_end = right[1] if right else (k + 1 if _tk[k].pos_ == "PROPN" and _tk[k].text[:1].isupper() else None)
            if right_end is not None and all(w in kb.title_words for w in token_norms(doc)[k:right_end]):
                right_end = None  # "the Future Movement of Prime Minister X": a title follows, not a name
            if right_end is not None and _tk[j].lower_ == "of" and _head_title_before(doc, s):
                right_end = None  # "Prime Minister Dask of Velnia": the person, then the state he leads
            if right_end is not None and right is not None and right[2] in ("ORG", "EXT:ORG") and lab in ("ORG", "") \
                    and _tk[j].lower_ == "of" and _bare_personal_name(doc, s, e):
                right_end = None  # "said Tomas Vendrel of the Karvel Peace Institute": a person and the body he speaks for
            if right_end is not None and (right is None or right[2] != "PERSON") \
                    and (_titled_leader_after_of(doc, j, right_end) or _titled_leader_after_of(doc, j, right_end - 1)):
                right_end = None  # "the Green Movement of Parliament Speaker X": the words qualify a title
            if right_end is not None and (norm(span_text(doc, k, right_end)) in kb.not_states or (
                    right_end < len(doc) and _tk[right_end].is_lower and _tk[right_end - 1].dep_ in ("compound", "amod")
                    and _tk[right_end - 1].head.i >= right_end)):
                right_end = None  # "the Mountain Bloc of Druze lawmaker X": a modifier, not a name's end
            if right_end is not None and right_end - k >= 2 and norm(_tk[e - 1].text) in kb.unit_nouns \
                    and norm(_tk[right_end - 1].text) in kb.org_nouns and _tk[right_end - 1].text[:1].isupper():
                right_end = None  # "the Northern Division of the X Army": a unit and its army, two actors
            if right_end is not None and right is not None and right[2] == "PERSON" and right_end - k >= 2 \
                    and (_tk[right_end - 1].text in (w for i, w in enumerate(token_texts(doc)) if not k <= i < right_end)
                         or norm(left[-1].text) in kb.org_nouns and _person_tail(doc, k, right_end)):
                right_end = None  # "the Crimson Party of Ivo Dren ... Dren said": the party and its leader
            if right_end is not None and right is not None and right_end - k == 1 and _tk[k].is_upper \
                    and e - s == 1 and left[0].tag_ in ("NNS", "NNPS") and norm(left[0].text) not in kb.org_nouns \
                    and (left[0].is_sent_start or s > 0 and _tk[s - 1].text in ("-", "–", "—", ":")):
                right_end = None  # "Quarran and Dorsk - Sponsors of the KDF": a plural describing the acronym's body
            if right_end is not None and len(left) == 2 and right_end - k >= 2 \
                    and (left[-1].tag_ in ("NNS", "NNPS") or norm(left[-1].text) in kb.party_plurals) \
                    and norm(left[-1].text) not in kb.org_nouns and (_country_of(left[0].text) or left[0].ent_type_ == "NORP") \
                    and _tk[right_end - 1].text[:1].isupper() and norm(_tk[right_end - 1].text) in kb.org_nouns:
                right_end = None  # "the Karvelian Socialists of the Harmony Party": a people's members of a body, then the body
            if right_end is not None and k == j + 1 and right_end < len(doc) and _tk[right_end].text in APOS \
                    and right_end + 1 < len(doc) and _tk[right_end + 1].text[:1].isupper():
                # "the Appeals Chamber of Karvel's Supreme Court": the name after "of" owns the next (not "the
                # Bank of the North's Board": a name with "of the" is one name)
                right_end = None
            left_words = {norm(t.text) for t in left}
            if right_end is not None and len(left) == 1 and norm(left[0].text) in kb.group_member_nouns:
                right_end = None  # "Delegates of the Karvel Union elected ...": the body's members; the body follows
            if right_end is not None and (lab not in ("PERSON", "GPE") or _plural_taken_for_person(doc, s, e, lab)) \
                    and left[-1].text[:1].isupper() \
                    and not (left_words & kb.role_words or left_words & kb.title_words) \
                    and not _country_of(left.text) and (via_for or not _country_of(span_text(doc, k, right_end))
                                                        or _set_off_after_group_noun(doc, s, right_end) and k == j + 1) \
                    and (right is None or right[2] != "PERSON" or norm(left[-1].text) in kb.org_nouns
                         or k == j + 2 and right_end - k == 1) \
                    and norm(span_text(doc, k, right_end)) not in kb.media:
                out.append((s, right_end, "EXT:ORG"))
                skip.add(k)
                continue
        out.append((s, e, lab))
    return out


def _join_in_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the Movement of the Faithful in the Western Hills', an armed group's branch named for its region: an armed
    body world knowledge lists (organizations.yaml, subkind armed_group), "in the" and a capitalised name that is no
    state, no listed region and no place the NER tags, written nowhere else in the text on its own: one name (the
    region's words alone would be an actor of their own, and the branch would be taken for its parent)."""
    kb = knowledge()
    by_start = {s: (s, e, lab) for s, e, lab in cands}
    texts, lowers = token_texts(doc), token_lowers(doc)[0]  # (read once per Doc: no Token per word)
    out: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    seen: dict[int, dict[tuple[str, ...], int]] = {}  # per length: each run of that many words, how often written
    for s, e, lab in sorted(cands):
        if s in skip:
            continue
        right = by_start.get(e + 2) if e + 2 < len(doc) and lowers[e] == "in" and lowers[e + 1] == "the" else None
        known = kb.known_orgs.get(norm(span_text(doc, s, e)))
        if right is None or lab not in ("ORG", "EXT:ORG", "") or not known or known[1] != "armed_group" \
                or right[2] not in ("", "ORG", "NORP", "LOC") or right[1] - right[0] < 2:
            out.append((s, e, lab))
            continue
        words = texts[right[0]:right[1]]
        name = " ".join(words)
        if len(words) not in seen:
            runs: dict[tuple[str, ...], int] = {}
            for i in range(len(texts) - len(words) + 1):
                key = tuple(texts[i:i + len(words)])
                runs[key] = runs.get(key, 0) + 1
            seen[len(words)] = runs
        if not all(w[:1].isupper() and w.isalpha() for w in words) or _country_of(name) \
                or norm(name) in kb.regions or norm(name) in kb.known_orgs \
                or seen[len(words)].get(tuple(words), 0) > 1:
            out.append((s, e, lab))
            continue
        out.append((s, right[1], "ORG"))  # (a listed armed body's branch: a body)
        skip.add(right[0])
    return out


def _set_off_after_group_noun(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is set off by commas right after a lower-case group noun (roles.yaml for_name_heads): "his
    party, Unity of Velna, holds ...", "the movement, Renewal of Karvel, said": the words between are that body's
    name, a state's name in it included (not "the Prime Minister of Velna", which follows no group noun)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return s >= 2 and _tk[s - 1].text == "," and _tk[s - 2].is_lower \
        and norm(_tk[s - 2].text) in knowledge().for_name_heads and e < len(doc) and _tk[e].text in (",", "(")


def _plural_taken_for_person(doc: Doc, s: int, e: int, lab: str) -> bool:
    """Whether doc[s:e], tagged a person, is one capitalised plural noun opening a group's name ("the Martyrs of
    Dunmere", "the Sons of the Saltfen", a borrowed plural: roles.yaml loan_member_plurals): a person's name is no
    plural of a common noun."""
    return lab == "PERSON" and e - s == 1 and (doc[s].tag_ in ("NNS", "NNPS") and doc[s].text.endswith("s")
                                               and not doc[s].text.endswith("ss") and not doc[s].is_upper
                                               or norm(doc[s].text) in knowledge().loan_member_plurals)


def _coordinated_acronyms(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Karvel Grain Board and KAFRA", "OSTRAC and the Ostravian Red Crescent": a word in capitals the tagger
    read as a common noun and the NER left out, joined by "and"/"or" to an organisation's name, is an organisation
    too (not a word of a line in capitals, nor an English adjective or verb written so)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    taken = {i for s, e, _ in cands for i in range(s, e)}
    orgs = [(s, e) for s, e, lab in cands if lab in ("ORG", "EXT:ORG")]
    out = list(cands)

    def acronym(i: int) -> bool:
        w = _tk[i].text
        return 0 <= i < len(doc) and i not in taken and ACRONYM.match(w) is not None and w.isalpha() and w.isupper() \
            and len(w) >= 3 and _tk[i].pos_ in ("NOUN", "PROPN") and not _shouted_line(doc, i) \
            and w.lower() not in ADJECTIVES and w.lower() not in VERBS \
            and not (i + 1 < len(doc) and _tk[i + 1].text[:1].isupper() and _tk[i + 1].is_alpha)

    for s, e in orgs:
        for i in (e + 1, e + 2 if e + 2 < len(doc) and _tk[e + 1].lower_ == "the" else -1):
            if e + 1 < len(doc) and _tk[e].lower_ in ("and", "or") and 0 < i < len(doc) and acronym(i):
                out.append((i, i + 1, "ORG"))
                taken.add(i)
        if s >= 2 and _tk[s - 1].lower_ in ("and", "or") and acronym(s - 2) \
                or s >= 3 and _tk[s - 1].lower_ == "the" and _tk[s - 2].lower_ in ("and", "or") and acronym(s - 3):
            i = s - 2 if _tk[s - 1].lower_ != "the" else s - 3
            out.append((i, i + 1, "ORG"))
            taken.add(i)
    return sorted(out)


def _join_and_tails(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name with "of" or "for" inside, cut by the NER before "and" and its last word: "the Movement for
    Bread" + "and Freedom", "the Alliance of Builders" + "and Weavers for Ostravia (ABWO)" (see
    ``_and_name_tail``). The candidates taken in are dropped."""
    kb = knowledge()

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        if lab in ("", "ORG", "EXT:ORG") and e - s >= 3 and doc[s].text[:1].isupper() \
                and any(t.lower_ in ("of", "for") for t in doc_span(doc, s + 1, e - 1)) and doc[e - 1].text[:1].isupper():
            e = _and_name_tail(doc, e, skip, kb)
        return e, lab
    return _extend_candidates(cands, extend)


def _join_and_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the Renewal and Justice Party', 'Vendrel's Law and Order Front': after an article or a possessive, one or two
    capitalised words, "and" and a body's name of two or three words ending in its group noun (organizations.yaml
    org nouns, capitalised, not a plural: not "the Harbour Guard and Stone Wolves Brigades") are one name the NER
    cut at "and". Never where the first part is a name of its own: a state, a known organisation, a person, a body
    ending in its own group noun ("the Karvel Front and Dawn Party" are two). The name told later without its group
    noun ("a pact with Renewal and Justice") is joined too. The candidates taken in are dropped."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    words = token_texts(doc)
    by_start = {s: (e, lab) for s, e, lab in cands}

    def plain(s: int, e: int) -> bool:  # capitalised words that are no name of their own
        return all(_tk[k].is_alpha and words[k][:1].isupper() and not words[k].isupper() for k in range(s, e)) \
            and not _country_of(span_text(doc, s, e)) and norm(span_text(doc, s, e)) not in kb.known_orgs \
            and not any(norm(words[k]) in kb.org_nouns or _country_of(words[k]) for k in range(s, e))

    def body(s: int, e: int, lab: str) -> bool:  # "Justice Party": words and the group noun closing the name
        return lab in ("", "ORG", "EXT:ORG") and 2 <= e - s <= 3 and words[e - 1][:1].isupper() \
            and norm(words[e - 1]) in kb.org_nouns and _tk[e - 1].tag_ not in ("NNS", "NNPS") \
            and plain(s, e - 1) and norm(span_text(doc, s, e)) not in kb.known_orgs \
            and not (e < len(doc) and (_tk[e].is_lower and norm(words[e]) in kb.org_nouns or _member_plural(words[e])))

    def opened(s: int) -> bool:  # after "the" or a possessive
        return s >= 1 and (_tk[s - 1].lower_ == "the" or words[s - 1] in APOS and s >= 2)

    joins: dict[int, int] = {}
    for s, e, lab in cands:
        nxt = by_start.get(e + 1)
        if (lab in ("", "ORG") or lab == "NORP" and _tk[e - 1].tag_ not in ("NNS", "NNPS")) and 1 <= e - s <= 2 \
                and e + 1 < len(doc) and _tk[e].lower_ == "and" and opened(s) and plain(s, e) and nxt is not None and body(e + 1, *nxt):
            joins[s] = nxt[0]
    short = {norm(span_text(doc, s, e - 1)) for s, e in joins.items()}
    for s, e, lab in cands:  # the short form: "Renewal" + "and" + "Justice" once "the Renewal and Justice Party" is told
        nxt = by_start.get(e + 1)
        if s not in joins and short and lab in ("", "ORG") and nxt is not None and e + 1 < len(doc) \
                and _tk[e].lower_ == "and" and norm(doc[s:nxt[0]].text) in short:
            joins[s] = nxt[0]

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        if s in joins:
            skip.add(e + 1)
            return joins[s], "EXT:ORG"
        return e, lab
    return _extend_candidates(cands, extend)


def _join_word_pairs(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the ruling Concord and Labour', "Karvel's Law and Order": two capitalised abstract nouns joined by "and"
    (roles.yaml pair_name_words), with no capitalised word right before or after, are one body's name the NER cut
    at "and" or left out; the candidates inside it are dropped. Not a name spelled in capitals, nor two plurals
    ("the Greens and Liberals" are two)."""
    kb = knowledge()
    words, norms, lowers = token_texts(doc), token_norms(doc), token_lowers(doc)[0]

    def word(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_alpha and words[k][:1].isupper()

    def pair_word(k: int) -> bool:
        return word(k) and not words[k].isupper() and norms[k] in kb.pair_name_words and doc[k].tag_ not in ("NNS", "NNPS")

    pairs = [(i, i + 3) for i in range(len(doc) - 2) if lowers[i + 1] == "and" and pair_word(i) and pair_word(i + 2)
             and not word(i + 3) and not (word(i - 1) and doc[i - 1].is_sent_start is not True)]
    if not pairs:
        return cands
    out = []
    for s, e, lab in cands:
        inside = next(((ps, pe) for ps, pe in pairs if ps <= s and e <= pe), None)
        if inside is None and any(s < pe and ps < e for ps, pe in pairs):
            pairs = [(ps, pe) for ps, pe in pairs if not (s < pe and ps < e)]  # (a longer name holds a part of it)
            out.append((s, e, lab))
        elif inside is None:
            out.append((s, e, lab))
    out.extend((ps, pe, "EXT:ORG") for ps, pe in pairs)
    return sorted(out)


def _title_word(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a word of letters with a capital first, not written in capitals ("Velna", not "VDF"): a
    word of the capitalised runs "for" or "of" joins (``_join_for_names``, ``_join_described_names``)."""
    if not 0 <= k < len(doc):
        return False
    word = token_texts(doc)[k]
    return read_tokens(doc)[k].is_alpha and word[:1].isupper() and not word.isupper()


def _join_for_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'the Together for Velna alliance', 'the Hope for Karvel movement': after "the", one to three capitalised words,
    "for", one to three capitalised words and a lower-case group noun (roles.yaml for_name_heads) are one body's name
    the NER cut at "for" (the group noun left out, as in "the Karvel alliance"); the candidates inside it are dropped.
    Not where the first part is a state's name ("the Velna for Peace" is left as it is)."""
    kb = knowledge()
    norms, lowers = token_norms(doc), token_lowers(doc)[0]

    spans = []
    for i in range(2, len(doc) - 2):
        if lowers[i] != "for" or not _title_word(doc, i - 1) or not _title_word(doc, i + 1):
            continue
        s = i - 1
        while s > 0 and i - s < 3 and _title_word(doc, s - 1):
            s -= 1
        e = i + 1
        while e < len(doc) and e - i <= 3 and _title_word(doc, e):
            e += 1
        if s < 1 or doc[s - 1].lower_ != "the" or e >= len(doc) or e - i > 3 or not doc[e].is_lower \
                or norms[e] not in kb.for_name_heads or _country_of(span_text(doc, s, i)):
            continue
        spans.append((s, e))
    if not spans:
        return cands
    out = [(s, e, lab) for s, e, lab in cands if not any(ps <= s and e <= pe + 1 for ps, pe in spans)]
    kept = [(ps, pe) for ps, pe in spans if not any(s < pe and ps < e and not (ps <= s and e <= pe + 1)
                                                     for s, e, _ in out)]
    out.extend((ps, pe, "EXT:ORG") for ps, pe in kept)
    return sorted(out)


def _described_name_after(doc: Doc, e: int) -> bool:
    """Whether a comma and a body's description follow token e-1: ", the party of Ivo Gak", ", a movement led by",
    ", the pro-Velna list": an article or a possessive, up to three modifiers, then a group noun (roles.yaml
    for_name_heads) in lower case."""
    _tk = read_tokens(doc)
    if e + 2 >= len(doc) or _tk[e].text != "," or _tk[e + 1].lower_ not in ("the", "a", "an", "its", "his", "her", "their"):
        return False
    heads = knowledge().for_name_heads
    for k in range(e + 2, min(len(doc), e + 6)):
        if _tk[k].is_lower and norm(_tk[k].text) in heads:
            return _tk[k].pos_ == "NOUN" and _tk[k].dep_ != "compound"  # (not ", the party newspaper")
        if not (_tk[k].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT") and _tk[k].text not in (",", ";", "(")):
            return False
    return False


def _join_described_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'Heart of Velna, the party of Irina Vask, ...', '... and For Velna, the party of the former prime minister,
    12': capitalised words joined by "of" or "for" (the first one a word the tagger reads as a common noun, or the
    name opening with a capitalised "For" inside a sentence) that a comma and a body's description follow
    (``_described_name_after``) are one body's name the NER cut at "of" or "for"; the candidates inside it are
    dropped. Not a title's words ("Minister of Velna, the party's leader"), nor a name whose first part is a state's
    ("Velna for Peace", as in ``_join_for_names``), nor a name with no description after it."""
    kb = knowledge()
    words, norms, lowers = token_texts(doc), token_norms(doc), token_lowers(doc)[0]

    spans = []
    for i in range(len(doc) - 2):
        if lowers[i] not in ("of", "for") or not _title_word(doc, i + 1):
            continue
        e = i + 1
        while e < len(doc) and e - i <= 3 and _title_word(doc, e):
            e += 1
        if e - i > 3 or not _described_name_after(doc, e):
            continue
        if _title_word(doc, i - 1) and words[i - 1] != "For":
            s = i - 1
            while s > 0 and i - s < 3 and _title_word(doc, s - 1):
                s -= 1
        elif words[i] == "For" and not doc[i].is_sent_start and i > 0 and "\n" not in words[i - 1] \
                and words[i - 1] not in (":", "-", "\u2013", "\u2014", '"', "\u201c"):
            s = i  # "Strong Velna 14 and For Velna, the party of ...": the name opens with "For"
        else:
            continue
        if any(k != i and (norms[k] in kb.title_words or norms[k] in kb.role_words) for k in range(s, e)) \
                or s < i and _country_of(span_text(doc, s, i)) or _country_of(span_text(doc, s, e)):
            continue
        if s < i and norms[i - 1] in kb.org_nouns and any(doc[k].ent_type_ == "PERSON" for k in range(i + 1, e)):
            continue  # "the Juniper Movement of Greta Solheim, the party that ...": a body and its leader, two names
        spans.append((s, e))
    if not spans:
        return cands
    out = [(s, e, lab) for s, e, lab in cands if not any(ps <= s and e <= pe for ps, pe in spans)]
    kept = [(ps, pe) for ps, pe in spans if not any(s < pe and ps < e for s, e, _ in out)]
    out.extend((ps, pe, "EXT:ORG") for ps, pe in kept)
    return sorted(out)


def _extend_candidates(cands: list[tuple[int, int, str]], extend) -> list[tuple[int, int, str]]:
    """The candidates in order, each ``(s, e, lab)`` replaced by ``(s, *extend(s, e, lab, skip))``, where
    ``extend`` adds to ``skip`` the start of any later candidate its longer span takes in (that one is dropped).

    >>> _extend_candidates([(5, 6, "GPE"), (0, 3, "ORG")],
    ...                    lambda s, e, lab, skip: (skip.add(5), (6, lab))[1] if s == 0 else (e, lab))
    [(0, 6, 'ORG')]
    """
    out: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    for s, e, lab in sorted(cands):
        if s not in skip:
            out.append((s, *extend(s, e, lab, skip)))
    return out


def _join_named_places(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name cut at "in" before a place ("the Islamic Front" + "in" + "Karvel") when the whole is one name
    (``_named_with_place``): the place's candidate is taken into the name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    by_start = {s: (e, lab) for s, e, lab in cands}
    whole = {norm(doc_span(doc, s, e).text) for s, e, lab in cands
             if lab in ("ORG", "EXT:ORG") and any(t.lower_ == "in" for t in doc_span(doc, s + 1, e - 1))}

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        place = by_start.get(e + 1)
        if lab in ("", "ORG", "EXT:ORG") and e + 1 < len(doc) and _tk[e].lower_ == "in" and place is not None \
                and place[1] in ("GPE", "LOC") and _named_with_place(doc_span(doc, s, place[0]), whole):
            skip.add(e + 1)
            return place[0], "EXT:ORG"
        return e, lab
    return _extend_candidates(cands, extend)


def _extend_back_to_capital(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name whose first word the tagger left out, an adjective it took for a people ("the opposition Liberal |
    Voice of Tarsia (LVT)"), when the acronym in brackets after the name spells it only with that word: the word
    opens the name (its own candidate, if any, is dropped). Not a state's name or a person's."""
    starts = {s: (e, lab) for s, e, lab in cands}
    ends = {e: (s, lab) for s, e, lab in cands}
    drop: set[int] = set()
    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(cands):
        acr = _bracket_acronym(doc, e) if lab in ("", "ORG", "EXT:ORG") and s >= 1 else None
        w = read_tokens(doc)[s - 1] if s >= 1 else None  # (its labels read off the listed token)
        if acr and w.text[:1].isupper() and w.is_alpha and not w.is_sent_start and w.whitespace_ \
                and not _acronym_fits(acr, clean_name(span_text(doc, s, e))) \
                and _acronym_fits(acr, clean_name(span_text(doc, s - 1, e))) and not _country_of(w.text) \
                and (ends.get(s) is None or ends[s] == (s - 1, "NORP")):
            drop.add(s - 1)
            out.append((s - 1, e, lab))
            continue
        out.append((s, e, lab))
    return [c for c in out if not (c[0] in drop and c[1] == c[0] + 1 and starts.get(c[0], (0, ""))[1] == "NORP")]


def _join_posted_places(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Relief Mission in Ostravia", "the Orvanian Union Support Mission in the Republic of Tesh": a body's name
    in capitals that ends in a posted body's noun (roles.yaml posted_body_nouns: "Mission", "Office") is named with
    the place it is posted to: "in" (and "the") and the place's name belong to the name (the place's candidate is
    dropped). Not a body's name in lower case ("the mission in Ostravia")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    by_start = {s: (e, lab) for s, e, lab in cands}

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        if lab not in ("", "ORG", "EXT:ORG") or e - s < 2 or e + 1 >= len(doc) or _tk[e].lower_ != "in" \
                or not _tk[e - 1].text[:1].isupper() or norm(_tk[e - 1].text) not in kb.posted_body_nouns:
            return e, lab
        p = e + 2 if e + 2 < len(doc) and _tk[e + 1].lower_ == "the" else e + 1
        place = by_start.get(p)
        # (a place the tagger does not know may be tagged a body or a people: a short name, no group noun in it)
        if place is None or place[1] not in ("GPE", "LOC", "NORP", "ORG", "") \
                or place[0] - p > (8 if place[1] in ("GPE", "LOC") else 3) \
                or any(norm(t.text) in kb.org_nouns for t in doc[p:place[0]]):
            return e, lab
        # not a place glued by a hyphen to the next word ("in Tesh-held towns"), nor a people or a name tagged a body
        # that a noun or another capital goes on after ("in Kurdish areas", "in Orvel Red Cross clinics")
        nxt = doc[place[0]] if place[0] < len(doc) else None
        if nxt is not None and (nxt.text in ("-", "–") and not _tk[place[0] - 1].whitespace_
                                or place[1] not in ("GPE", "LOC") and nxt.is_alpha
                                and (nxt.text[:1].isupper() or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))):
            return e, lab
        skip.add(p)
        return place[0], "EXT:ORG"
    return _extend_candidates(cands, extend)


def _join_before_acronym(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name cut before its last words where an acronym in brackets closes them, even when the acronym comes
    from another language and spells neither part ("the Brotherhood for the Victory of Faith and Believers (JNBF)",
    "the Orvanian Union Support and Recovery Mission (OUSREM)"): the head ends in "of", "for" or "and" before
    capitalised words and linking words that run up to the bracket, and the whole is one name. Not where the
    acronym spells the tail alone (two names: "the Karvel Front and the Ostravian Army (OA)"), nor after a person
    or a state, nor over "and the" (a second name)."""
    kb = knowledge()
    links = kb.acronym_head_links | kb.acronym_inner_links  # (roles.yaml)
    by_start = {s: (e, lab) for s, e, lab in cands}

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        if lab not in ("", "ORG", "EXT:ORG") or e + 2 >= len(doc) or doc[e].lower_ not in kb.acronym_head_links \
                or _country_of(span_text(doc, s, e)) or doc[e - 1].ent_type_ in ("GPE", "PERSON"):
            return e, lab
        j = e
        while j < len(doc) and j - e < 8 and (doc[j].lower_ in links or doc[j].text[:1].isupper() and doc[j].is_alpha
                                                and doc[j].ent_type_ not in ("GPE", "PERSON")
                                                and not _country_of(doc[j].text)):
            if doc[j].lower_ == "and" and (j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper()):
                return e, lab  # "X and the Y": two names
            j += 1
        acr = _bracket_acronym(doc, j) if j < len(doc) else None
        if not acr or doc[j - 1].lower_ in links or not any(t.text[:1].isupper() for t in read_tokens(doc)[e:j]):
            return e, lab
        tail = [k for k in range(e, j) if doc[k].text[:1].isupper()]
        if _acronym_fits(acr, clean_name(doc[tail[0]:j].text)):
            return e, lab  # the acronym is the tail's own
        skip.update(k for k in range(e, j) if k in by_start)
        return j, "EXT:ORG"
    return _extend_candidates(cands, extend)


def _named_with_place(span: Span, whole: set[str]) -> bool:
    """Whether ``span``, a body's name, "in" and a place, is one name: written whole elsewhere in the text ("the
    Islamic Front in Karvel" tagged whole once, cut at "in" later), or a body known to name its branches by the
    place they fight in (a known organisation's name is the body's name, "in" and a place: "X in the Y Peninsula"
    makes "X in Karvel" a name; not "the Karvel Front in Ostravia" of a known body with no branch so named: a body and where it acts)."""
    name = norm(span.text)
    if name in whole:
        return True
    body, known = name.split(" in ", 1)[0], knowledge().known_orgs
    return body in known and any(k.startswith(body + " in ") for k in known)


def _join_place_tails(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"the Association of Millers in Karvel", "the Union of Journalists in Ostravia": a body named by a group
    noun and the plural of its members (roles.yaml org_nouns; "Association of Millers") is named with the place it
    gathers them in: "in" and the place's name belong to the name (the place's candidate is dropped)."""
    kb = knowledge()
    by_start = {s: (e, lab) for s, e, lab in cands}

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        place = by_start.get(e + 1)
        if lab in ("", "ORG", "EXT:ORG") and e - s == 3 and doc[s + 1].lower_ == "of" \
                and doc[s].text[:1].isupper() and norm(doc[s].text) in kb.org_nouns \
                and doc[e - 1].text[:1].isupper() and doc[e - 1].tag_ in ("NNS", "NNPS") \
                and norm(doc[e - 1].text) not in kb.org_nouns and e + 1 < len(doc) and doc[e].lower_ == "in" \
                and place is not None and place[0] - (e + 1) <= 2 \
                and (place[1] in ("GPE", "LOC") or _country_of(doc[e + 1:place[0]].text)
                     or place[0] == e + 2 and place[1] != "PERSON" and norm(doc[e + 1].text) not in kb.org_nouns):
            skip.add(e + 1)
            e = place[0]
        return e, lab
    return _extend_candidates(cands, extend)


def _and_name_tail(doc: Doc, end: int, skip: set[int], kb) -> int:
    """Where a name joined across "of" or "for" ends when "and" and one more capitalised word follow: "the Movement
    for Bread and Freedom", "the Alliance of Builders and Weavers (for Ostravia)". Not where the word is a name of
    its own (tagged a place, a person or a body, a state, a known organisation: "the Party of Light and Tomas
    Vendrel"); a last "for"/"of" and a capitalised word join when an acronym in brackets closes the name ("... for
    Ostravia (ABWO)").
    The start of any candidate taken in is added to ``skip``."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if end + 1 >= len(doc) or _tk[end].lower_ != "and" or not _tk[end + 1].text[:1].isupper() \
            or not _tk[end + 1].is_alpha or _tk[end + 1].ent_type_ not in ("", "NORP") \
            or _country_of(_tk[end + 1].text) or norm(_tk[end + 1].text) in kb.known_orgs \
            or end + 2 < len(doc) and _tk[end + 2].text[:1].isupper() and _tk[end + 2].is_alpha:
        return end
    skip.add(end + 1)
    end += 2
    if end + 2 < len(doc) and _tk[end].lower_ in ("for", "of") and _tk[end + 1].text[:1].isupper() \
            and _tk[end + 2].text == "(":
        skip.add(end + 1)
        end += 2
    return end


def _join_to_names(doc: Doc, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'its parliamentary bloc, Loyalty to the Nation, headed by X': a name made of a capitalised word, "to" (+
    "the") and more capitalised words, set off by commas (or brackets) in apposition to a group noun
    (organizations.yaml org nouns: "bloc", "party", "wing"), or followed by such a noun in lower case ("Loyalty to
    the Homeland bloc"). The NER keeps only the name's first word."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    by_start = {s: e for s, e, _ in cands}
    taken = {i for s, e, _ in cands for i in range(s, e)}
    for k in list(by_start):  # "bloc Devotion to the Marshes": a first word the NER tagged as no name
        s = k - 3 if k >= 4 and _tk[k - 1].lower_ == "the" else k - 2
        if s >= 1 and _tk[s + 1].lower_ == "to" and s not in taken and _tk[s].is_alpha and _tk[s].is_title \
                and _tk[s - 1].is_lower and norm(_tk[s - 1].text) in kb.org_nouns:
            cands = [*cands, (s, s + 1, "")]
            by_start[s] = s + 1

    def extend(s: int, e: int, lab: str, skip: set[int]) -> tuple[int, str]:
        k = e + 1
        if k < len(doc) and _tk[e].lower_ == "to" and _tk[k].lower_ == "the":
            k += 1
        right = by_start.get(k)
        if right is None:
            right = _caps_run_end(doc, k)
        if e < len(doc) and _tk[e].lower_ == "to" and k < right < len(doc) and _tk[right].text in (",", ")") \
                and s >= 2 and _tk[s - 1].text in (",", "(") and _tk[s - 2].is_lower \
                and norm(_tk[s - 2].text) in kb.org_nouns and lab in ("", "ORG", "PERSON", "NORP") \
                and (lab != "PERSON" or e - s == 1) and all(t.text[:1].isupper() for t in read_tokens(doc)[s:e]) \
                and not _country_of(span_text(doc, k, right)):
            skip.add(k)
            return right, "EXT:ORG"
        if e < len(doc) and _tk[e].lower_ == "to" and k < right < len(doc) and s >= 1 and _tk[s - 1].is_lower \
                and norm(_tk[s - 1].text) in kb.org_nouns and lab in ("", "ORG", "PERSON", "NORP") and e - s == 1 \
                and _tk[s].is_alpha and _tk[s].text[:1].isupper() and not _country_of(span_text(doc, s, e)) \
                and (_tk[right].text in (",", ")", ".", ";") or _tk[right].is_lower
                     and norm(_tk[right].text) not in kb.org_nouns) and not _country_of(span_text(doc, k, right)):
            # "its parliamentary bloc Loyalty to the Nation, ...", "the coalition Return to the Source won": the name
            # right after its group noun, with no comma between (one capitalised word, "to", the rest)
            skip.add(k)
            return right, "EXT:ORG"
        if e < len(doc) and _tk[e].lower_ == "to" and k < right < len(doc) and _tk[right].is_lower \
                and norm(_tk[right].text) in kb.org_nouns and lab in ("", "ORG", "PERSON", "NORP") and e - s <= 2 \
                and all(t.is_alpha and t.text[:1].isupper()
                        for t in read_tokens(doc)[s:e]) and not _country_of(span_text(doc, s, e)) \
                and not _country_of(span_text(doc, k, right)):
            # "X's Loyalty to the Homeland bloc", "the Path to Freedom movement": the name runs to its group noun
            skip.add(k)
            return right, "EXT:ORG"
        if e < len(doc) and _tk[e].lower_ == "to" and k in by_start and right - k >= 2 and s >= 1 \
                and _tk[s - 1].lower_ == "the" and _tk[right - 1].text[:1].isupper() \
                and norm(_tk[right - 1].text) in kb.org_nouns and lab in ("", "ORG", "PERSON") and e - s <= 2 \
                and all(t.is_alpha and t.text[:1].isupper()
                        for t in read_tokens(doc)[s:e]) and not _country_of(span_text(doc, s, e)) \
                and not _country_of(span_text(doc, k, right)):
            # "the Loyalty to the Homeland Party", "the Road to Dawn Movement": after the article, a capitalised
            # word, "to" and a body's name ending in its group noun are one name (the NER keeps them apart)
            skip.add(k)
            return right, "EXT:ORG"
        return e, lab
    return _extend_candidates(cands, extend)


DASHES = {"-", "—", "–", ":", "--"}


def _starts_segment(doc: Doc, i: int) -> bool:
    """Whether token i opens a sentence, a line or a segment after '|', ':' or a bracket."""
    return _segment_starts(doc)[i]


# (and a web page's separators of its furniture: "4 comments · Jump to recipe", "Home > Recipes > Stews", "© Press board")
_SEGMENT_OPENERS = frozenset(("|", ":", "[", "(", "\"", "“", "'", "‘", "\u00b7", "\u2022", ">", "\u203a", "\u00bb", "\u00a9"))


def _segment_starts(doc: Doc) -> list[bool]:
    """Each token's ``_starts_segment``, read once per Doc from its sentence starts and words (asked of every
    capitalised word: no ``Token`` made for a word and the one before it): the first token, a sentence's first,
    and a token after an opening mark or after a line break (a token of white space; a token's own trailing
    white space is one space at most)."""
    found = doc.user_data.get(_SEGMENT_STARTS)  # (asked of every candidate: a built table is read straight)
    return found if found is not None else per_doc(doc, "segment_starts", _read_segment_starts)


_SEGMENT_STARTS = ("km", "segment_starts")  # (``per_doc``'s key of ``_segment_starts``)


def _read_segment_starts(d: Doc) -> list[bool]:
    """The table of ``_segment_starts``, read from the Doc's sentence starts and words."""
    from spacy.attrs import SENT_START

    words = token_texts(d)
    marks = d.to_array(SENT_START).tolist() if len(d) else []
    out = [i == 0 or marks[i] == 1 or words[i - 1] in _SEGMENT_OPENERS or words[i - 1].isspace()
           for i in range(len(d))]
    for i in range(1, len(d)):
        if not out[i] and (i == 1 or "\n" in words[i - 2]) and (_line_marker(words, i - 1)
                                                                 or _lettered_item(words, i - 1)):
            out[i] = True  # "4.2 The minister ...", "44:20 Listener questions", "B. Foreign support"
    return out


_NUMBER_MARKER = re.compile(r"\d{1,3}(?:[.:]\d{1,2})+[.)]?|\d{1,3}[.)]")  # "4.2", "3.", "2)", "44:20", "1.2.3"
_LETTER_MARKER = re.compile(r"[A-Z][.)]")  # "B.", "C)"
_CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ap]\.?m\.?)?")  # "13:30", "9.45", "7:00pm": a time of day


def _lettered_item(words: list[str], s: int) -> bool:
    """Whether word s (``token_texts``) is a letter with its mark ("D.", "B)") opening a line of a lettered list:
    lines of the text open with each letter from "A" to the third one or to this one, whichever is later, and the
    same mark ("A. Water and heat: ...", "B. Mobility: ...", "C. Civic data: ...", "D. Ports and trade: ..."): the
    item's letter, no person's initial ("D. Ports" is no one; two persons' initials, "A. Brell" and "B. Marsh",
    make no such run)."""
    word = words[s]
    if not _LETTER_MARKER.fullmatch(word) or not (s == 0 or "\n" in words[s - 1]):
        return False
    opened = {w for k, w in enumerate(words) if len(w) == 2 and w[1] == word[1] and (k == 0 or "\n" in words[k - 1])}
    return all(chr(c) + word[1] in opened for c in range(ord("A"), max(ord(word[0]), ord("C")) + 1))


def _line_marker(words: list[str], j: int) -> bool:
    """Whether word j, opening its line, numbers it: a section or paragraph number ("4.2", "3."), a running time
    ("44:20") or, on a heading line with no full stop after it, a section's letter ("B. Foreign support")."""
    w = words[j]
    if _NUMBER_MARKER.fullmatch(w):
        return True
    if not _LETTER_MARKER.fullmatch(w):
        return False
    for k in range(j + 1, len(words)):
        if "\n" in words[k]:
            return True
        if words[k] in (".", "!", "?"):
            return False
    return True


def _common_openers(doc: Doc) -> frozenset[str]:
    """The capitalised words the tagger reads as common words (``COMMON_WORD_TAGS``) where they open a segment:
    "Caller fees keep us going" makes "Caller" common where "31:05 Caller questions" tags it as a name."""
    def read(d: Doc) -> frozenset[str]:
        words = token_texts(d)
        return frozenset(words[i] for i in capitalised_tokens(d)
                         if _starts_segment(d, i) and d[i].tag_ in COMMON_WORD_TAGS and not d[i].ent_type_)

    return per_doc(doc, "common_openers", read)


def _inner_caps(doc: Doc) -> set[str]:
    """The capitalised words the text writes inside a segment (not opening it: ``_starts_segment``)."""
    words = token_texts(doc)
    return {words[i] for i in capitalised_tokens(doc) if not _starts_segment(doc, i)}


def _lower_nouns(doc: Doc) -> set[str]:
    """The nouns and adjectives the text writes in lower case (their ``lower_``), read from the Doc's arrays."""
    from spacy.symbols import ADJ, NOUN

    pos = doc.to_array(POS).tolist() if len(doc) else []
    return {low for w, low, p in zip(token_texts(doc), token_lowers(doc)[0], pos) if p in (NOUN, ADJ) and w.islower()}


def _written_once(doc: Doc, i: int) -> bool:
    """Whether the text writes token i's word (as it is written) nowhere else."""
    return per_doc(doc, "word_counts", lambda d: Counter(token_texts(d)))[doc[i].text] == 1


def _lower_words(doc: Doc) -> frozenset[str]:
    """Every word the text writes in lower case (their ``lower_``), read once per Doc."""
    return per_doc(doc, "lower_words", lambda d: frozenset(w for w in token_texts(d) if w.islower()))


def _title_then_name(doc: Doc, k: int) -> bool:
    """Whether a person's title ("Prime Minister", "General") opens at token k and a capitalised name
    follows it ("of Prime Minister Ivo Dren"), not a word of a name ("the Council of State")."""
    kb = knowledge()
    for n in (3, 2, 1):
        if k + n < len(doc) and norm(span_text(doc, k, k + n)) in kb._title_set and doc[k + n].text[:1].isupper() \
                and doc[k + n].is_alpha and norm(doc[k + n].text) not in kb.title_words:
            return True
    return False


def _untagged_acronym(doc: Doc, i: int) -> bool:
    """Whether token i is a body's acronym the tagger read as a common noun and the NER left untagged: "the
    far-right VOLNA doubled its seats", "level with KDRP", "a deal between VOLNA and the Greens". Two to six
    capitals in a line of prose (not among other capitals: ``_shouted_line``), no English word ("NOTE", "ALERT"),
    no word roles.yaml lists as no actor ("GDP", "USD") or as a title or role ("CEO"), in a noun's place in its
    clause (subject, object, object of a preposition, conjunct, apposition), not a label before a colon."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    t = _tk[i]
    if not (t.is_alpha and t.is_upper and 2 <= len(t.text) <= 6 and t.pos_ == "NOUN" and not t.ent_type_
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")):
        return False
    kb, low = knowledge(), norm(t.text)
    if _common_word(t.lower_) or low in kb.not_actors or low in kb.title_words or low in kb.role_words \
            or i + 1 < len(doc) and _tk[i + 1].text == ":" or _shouted_line(doc, i):
        return False
    # (not the first word of a longer name the text writes too, "VOLNA Youth" or "TARKA Mission": that name's
    # short form, which the name's own mention resolves; nor an acronym the text defines in brackets, "the Valley
    # Defence Forces (VDF)": the definition's own alias, read with what follows it, "the VDF of Piet Jorran")
    return t.text not in _short_form_words(doc)


def _short_form_words(doc: Doc) -> frozenset[str]:
    """The texts of the Doc's words that open a longer capitalised name ("VOLNA" of "VOLNA Youth") or stand right
    after an opening bracket ("(VDF)"), kept on the Doc: what ``_untagged_acronym`` asks of each candidate."""
    def find(d: Doc) -> frozenset[str]:
        _tk = read_tokens(d)
        return frozenset(x.text for k, x in enumerate(_tk)
                         if k + 1 < len(d) and _tk[k + 1].is_alpha and _tk[k + 1].text[:1].isupper()
                         or k > 0 and _tk[k - 1].text == "(")
    return per_doc(doc, "short_form_words", find)


def _shouted_line(doc: Doc, i: int) -> bool:
    """Whether token i stands among other upper-case words of its line (a shouted heading): the closest
    word before or after it on the line, numbers skipped, is an upper-case word of three letters or more
    (not a dateline's places, joined by punctuation: "CITY/TOWN")."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(doc) and "\n" not in doc[j].text and (step > 0 or "\n" not in doc[j].whitespace_) \
                and (doc[j].like_num or doc[j].is_space and "\n" not in doc[j].text):
            j += step
        if 0 <= j < len(doc) and "\n" not in doc[j].text and doc[j].is_alpha and doc[j].is_upper \
                and len(doc[j].text) >= 3 and (step > 0 and "\n" not in doc[j - 1].whitespace_
                                                 or step < 0 and "\n" not in doc[j].whitespace_):
            return True
    return False


_MENU_GAP = re.compile(r"\s\|\s|\s{3,}")  # what cuts a menu line into segments ("Home | World")
_COUNTED_ITEM = re.compile(r"[^\W\d_]{2}[^|]*?[ \t:]\d{1,4}$")  # a segment "Name 40", "Name: 40": an item of a list of counts


def _page_furniture(doc: Doc) -> frozenset[int]:
    """Token starts inside lines that are page furniture, not sentences: lines of upper-case words
    (section labels, kickers: "REACTION", "AT A GLANCE") and lines cut into short segments by '|'
    (menus, bylines: "Home | World | Login", "By staff | CITY | May 2"). Found once per Doc (the name
    finder, the heading rules and the votes all ask it)."""
    return per_doc(doc, "page_furniture", _find_page_furniture)


def _find_page_furniture(doc: Doc) -> frozenset[int]:
    out: set[int] = set()
    text = doc_text(doc)
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    bounds = []
    from kingmaker.nlp.facts import seat_rows
    from kingmaker.nlp.tables import ruled_body_rows

    rows = {r.start for r in seat_rows(doc) if r.numeric} if "|" in text else set()
    # (a row of a ruled table, "| A | B |" under a "|---|---|" rule: its cells are names and values, not a menu's items)
    rows |= {at for at, _ in ruled_body_rows(text)} if "|" in text else set()
    for start, end, line in lines:
        stripped = line.strip()
        if start in rows:
            continue  # a row of a results table, not a menu
        if not any(c.isalpha() for c in stripped):
            continue
        # no lower-case letter, at least four letters (asked in this order: most lines stop at once)
        shouted = not any(c.islower() and c.isalpha() for c in stripped) and sum(c.isalpha() for c in stripped) >= 4
        segments = [x for x in _MENU_GAP.split(stripped) if x.strip()]
        menu = "|" in stripped and not stripped.endswith((".", "?", "!")) and all(len(x.split()) <= 8 for x in segments) \
            and sum(1 for x in segments if _COUNTED_ITEM.search(x)) < 2  # "A 40 | B 33 | C 9": a list of counts
        if shouted or menu:
            bounds.append((start, end))
    if not bounds:
        return frozenset(out)
    starts = doc.to_array(IDX).tolist()
    for start, end in bounds:
        out.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
    return frozenset(out)


def _entry_head_at(doc: Doc, s: int) -> bool:
    """Token ``s`` opens the head of an entry line ("Name - description.") in a text of two such lines or
    more (a who's-who, a glossary: nlp/pipeline.py's entry lines); a story's one "Kabul - ..." is a dateline."""
    from kingmaker.nlp.pipeline import ENTRY_LINES

    entries = doc.user_data.get(ENTRY_LINES) or ()
    lines = [first for first, value, _ in entries if doc[value - 1].text in DASHES and doc[value - 1].text != ":"]
    if len(lines) >= 2 and s in lines:
        return True
    # "Name: description." lines: a who's-who written with colons, when each head is a name of two words or more
    # (no role's label: "Deputy Chair: X") and no description speaks in the first person ("Name: we will win." is a
    # transcript's turn, its speaker's label no entry)
    return s in per_doc(doc, "colon_entry_heads", _colon_entry_heads)


def _colon_entry_heads(doc: Doc) -> frozenset[int]:
    """The heads of a who's-who written with colons (read once per Doc): all its "Name: description" lines, when
    there are two or more, each head a name of two words or more (no role's label: "Deputy Chair: X") and no
    description in the first person ("Name: we will win." is a transcript's turn)."""
    from kingmaker.nlp.pipeline import ENTRY_LINES

    kb = knowledge()
    colons = [(first, value, end) for first, value, end in doc.user_data.get(ENTRY_LINES) or ()
              if doc[value - 1].text == ":"]
    if len(colons) >= 2 and all(
            value - first >= 3 and not any(norm(t.text) in kb.title_words or norm(t.text) in kb.role_words
                                           for t in doc[first:value - 1])
            and not any(t.lower_ in _FIRST_PERSON for t in read_tokens(doc)[value:end]) for first, value, end in colons):
        return frozenset(first for first, _, _ in colons)
    return frozenset()


_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})


def _shouted_datelines(doc: Doc, taken: list[bool]) -> list[tuple[int, int]]:
    """"BEIRUT, Sept 17 (Wire) -", "RIYADH (Reuters) -": a place in capitals opening a line near the top, before a
    comma, a bracket or a dash, that world knowledge places in a state (a capital, a known city), and that the
    tagger left untagged (a word in capitals is often read as an adverb or a common noun)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    words = token_texts(doc)
    out = []
    for i in range(min(len(doc), 400)):
        if taken[i] or not (words[i].isupper() and words[i].isalpha() and len(words[i]) >= 3) \
                or i and "\n" not in _tk[i - 1].text + _tk[i - 1].whitespace_ and not _tk[i - 1].is_space:
            continue
        j = i + 1
        while j < len(doc) and j - i < 3 and words[j].isupper() and words[j].isalpha() and not taken[j]:
            j += 1  # "PORT SAREN"
        if j < len(doc) and words[j] in (",", "(", *DASHES) and _country_of(span_text(doc, i, j)):
            out.append((i, j))
    return out


def _is_dateline(doc: Doc, s: int, e: int) -> bool:
    """'QAMISHLI, Syria -', 'Baghdad, May 19 (Reuters) -': a place opening a story or paragraph."""
    # a place of several upper-case words cut by the NER ("PORT SAREN, 2 May -"): the whole run counts
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    while s > 0 and _tk[s - 1].is_alpha and _tk[s - 1].is_upper and "\n" not in _tk[s - 1].whitespace_ \
            and _tk[s].is_upper:
        s -= 1
    while e < len(doc) and _tk[e].is_alpha and _tk[e].is_upper and _tk[e - 1].is_upper:
        e += 1
    at_start = s == 0 or "\n" in _tk[s - 1].whitespace_ or _tk[s - 1].is_space
    if not at_start or e >= len(doc) or _tk[e].text not in (",", "(", *DASHES):
        return False
    if span_text(doc, s, e).isupper() and len(span_text(doc, s, e)) > 2:
        return True
    if _entry_head_at(doc, s):
        return False  # "Name - President since 2015.": the head of one of a text's entries, not a place
    if _tk[e].text == ":" and ("\n" in _tk[e].whitespace_ or e + 1 < len(doc) and _tk[e + 1].is_space
                               and "\n" in _tk[e + 1].text):
        return False  # "Tomas Varga:" alone on its line: a who's-who heading over its entry, not a place
    kb = knowledge()
    if norm(_tk[e - 1].text) in kb.company_suffixes:
        return False  # "Quenmore Mining plc -- Results Call": a company's legal form ends the name, no place's
    if _speaker_label(doc, s, e):
        return False
    for t in doc_span(doc, e, e + 10):
        if t.text == "-" and t.i > e + 1 and not _tk[t.i - 1].whitespace_ and not t.whitespace_ \
                and _tk[e].text == "," and (norm(_tk[e + 1].text) in knowledge().title_words
                                            or norm(_tk[e + 1].text) in knowledge().role_words):
            continue  # a title's hyphen after the comma ("Name, Secretary-General of Y"): no dateline's dash
        if t.text in DASHES and t.i > e and t.i + 1 < len(doc) and _tk[t.i - 1].is_digit and _tk[t.i + 1].is_digit:
            continue  # "Name, 1938-2026", "Name (1938 - 2026)": a life's span of years, no dateline's dash
        if t.text in DASHES:
            return True
        if t.is_alpha and t.is_lower:
            return False
    return False


def _speaker_label(doc: Doc, s: int, e: int) -> bool:
    """A transcript's speaker label, not a dateline's place: "Dana Velk: ..." (a person's name of two words or more
    before the colon), "Orrin Hask, Chief Executive Officer: Thank you ..." (the name, a comma, then only a post's
    words, a title's or a role's among them, or capitalised words ending in a title's, up to the colon)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if _tk[e].text == ":":
        return e - s >= 2 and all(x.is_title and x.ent_type_ == "PERSON" for x in read_tokens(doc)[s:e])
    if _tk[e].text != ",":
        return False
    kb = knowledge()
    colon = next((t.i for t in doc_span(doc, e + 1, e + 8) if t.text in DASHES or "\n" in t.whitespace_), None)
    posts = doc_span(doc, e + 1, colon) if colon is not None else None
    post_word = lambda t: norm(t.text) in kb.title_words or norm(t.text) in kb.role_words  # noqa: E731
    if posts is None or not len(posts) or _tk[colon].text != ":":
        return False
    return all(post_word(t) or t.lower_ in kb.function_words for t in posts) and any(post_word(t) for t in posts) \
        or all(t.text[:1].isupper() for t in posts) and post_word(posts[-1])  # "Chief Operating Officer"


# ---------------------------------------------------------------- voting
def _prev_words(doc: Doc, start: int, k: int = 3) -> list[str]:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    words = []
    texts = token_texts(doc)
    i = start - 1
    while i >= 0 and len(words) < k:
        if texts[i] != "." and _tk[i].is_punct:
            break
        if _tk[i].is_space and ("\n" not in texts[i] or "\t" in texts[i] or texts[i].count("\n") > 1):
            break  # "Leader      Seats": a gap of spaces or a tab between a table's cells, or a blank line, parts them
        if texts[i] == "." and i > 0 and _tk[i - 1].is_lower and len(texts[i - 1]) > 4:
            break  # "... re-elected president. X said": a sentence's end, no title of the name after it (not "Gen.")
        if texts[i] != ".":
            words.insert(0, texts[i])
        i -= 1
    return words


def _seats_held_in(doc: Doc, s: int, root: Token, head: Token) -> bool:
    """'61 of the 140 seats in the Tovarn', 'holds 40 seats in the Velskar': the name seats are held in, after an
    article no person's name takes, is a body (a house), not a person nor a place."""
    from kingmaker.nlp.facts import fact_cues  # (facts reads the actor layer's output: imported when first needed)

    if root.dep_ != "pobj" or head.lower_ != "in" or s == 0 or doc[s - 1].lower_ != "the":
        return False
    seats = head.head
    return seats.i != head.i and seats.pos_ == "NOUN" and fact_cues().has("seat_nouns", seats)


def _named_affiliation(doc: Doc, s: int, e: int) -> bool:
    """"- Ana Sol, Harvest Party" (a line or a list item of its own): after the name and a comma, the rest of the line
    is a body's own name in capitals ending in an organisation noun: the body the named one is of (a person's
    party), no description of what the name is ("X, another armed group")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    if e + 1 >= len(doc) or _tk[e].text != ",":
        return False
    k = s - 1
    if k >= 0 and _tk[k].text in BULLETS:
        k -= 1
    if k >= 0 and "\n" not in _tk[k].text + _tk[k].whitespace_:
        return False  # (the name opens its line)
    j = e + 1
    while j < len(doc) and not _tk[j].is_space and "\n" not in _tk[j - 1].whitespace_ and j - e <= 7:
        j += 1
    words = [t for t in doc[e + 1:j] if t.text not in (".", ";")]
    return 1 < len(words) <= 6 and (j == len(doc) or _tk[j].is_space or "\n" in _tk[j - 1].whitespace_) \
        and all(t.text[:1].isupper() or t.lower_ in ("of", "for", "the", "and", "'s") for t in words) \
        and norm(words[-1].text) in kb.org_nouns


def _body_labelled_value(doc: Doc, s: int, e: int) -> bool:
    """"Harvest Party: Ana Sol" (a list of leaders by body), "Leader: Ana Sol", "Name: Ana Sol" (a profile): the
    whole value of a "Label: value" line whose label is a body's name in capitals ending in an organisation noun
    ("Party", "Brigade"), a role (roles.yaml leader_roles, member_roles) or a profile's name label."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    from kingmaker.nlp.pipeline import LABEL_LINES, _profile_name_labels

    kb = knowledge()
    for first, value, end in doc.user_data.get(LABEL_LINES) or ():
        if value == s and e == end and value - first >= 2 and _tk[value - 1].text == ":":
            head = doc[value - 2]
            if value - first >= 3 and head.text[:1].isupper() and norm(head.text) in kb.org_nouns \
                    and _tk[first].text[:1].isupper():
                return True
            label = norm(span_text(doc, first, value - 1))
            return value - first <= 4 and (label in kb.role_words or label in _profile_name_labels()
                                           or _ranked_role_label(label))
    return False


def _heading_pronoun_us(doc: Doc, s: int, e: int) -> bool:
    """"ABOUT US", "CONTACT US", "Follow US:": the one word "US" right after a word of roles.yaml us_pronoun_heads in
    capitals (or capitalised, opening the line), and ending its line or its field (a line break, ":", a dash, "|",
    "!" or the text's end after it: "ABOUT US - Press Kit"), is the pronoun of a page's heading or menu, not the
    United States ("US TROOPS", "TALKS WITH US OFFICIALS" keep the state)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e - s != 1 or _tk[s].text != "US" or s == 0:
        return False
    head = _tk[s - 1]
    if norm(head.text) not in knowledge().us_pronoun_heads or "\n" in head.whitespace_ \
            or not (head.is_upper or head.text[:1].isupper() and (s == 1 or "\n" in _tk[s - 2].text
                                                                  + _tk[s - 2].whitespace_)):
        return False
    return e == len(doc) or "\n" in _tk[s].whitespace_ or _tk[e].is_space \
        or _tk[e].text in ("|", "!", ".", *DASHES)


def _place_apposition(doc: Doc, s: int, e: int) -> bool:
    """"in the capital, Kesh.", "reached the port city, Morrowa, on Monday": a name right after a place's noun in
    lower case (roles.yaml place_nouns) and a comma, closing its clause (a comma, a full stop, a semicolon, a bracket
    or the text's end after it), is that place's name (not "left the capital, Ivo Dask said": a verb follows; nor
    "the Governor of Caldera province, Ana Sol", "the envoy for the region, Ana Sol, will visit": the place's phrase
    after "of" or "for" tells a post, and the name after it is the holder's)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if not (s >= 2 and _tk[s - 1].text == "," and _tk[s - 2].is_lower and _tk[s - 2].lower_ in knowledge().place_nouns
            and (e == len(doc) or _tk[e].text in (",", ".", ";", ")") or _tk[e].is_space)):
        return False
    k = s - 3  # (the place's phrase: "the provincial capital", "Caldera province")
    while k >= 0 and s - 3 - k < 4 and _tk[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN") and _tk[k].text != ",":
        k -= 1
    if k >= 0 and _tk[k].lower_ in ("of", "for"):
        return False  # "the Governor of Caldera province, Ines Marro", "the envoy for the region, Ana Sol": a post's
    posted = (knowledge().relations.get("word_lists") or {}).get("posted_roles") or ()
    if k >= 1 and _tk[k].lower_ in ("to", "at") and norm(_tk[k - 1].text) in posted:
        return False  # "Velmany's envoy to the region, Ana Sol": a posting's place (relations.yaml posted_roles)
    # (not "left the town, Ana Sol, the mayor, said": a name of two words set off before a verb)
    return e - s == 1 or not (e + 1 < len(doc) and _tk[e].text == "," and _tk[e + 1].pos_ in ("VERB", "AUX"))


def _named_after_state_post(doc: Doc, s: int, e: int) -> bool:
    """"the deputy foreign minister of Velmany, Ana Sol, arrived", "led by the ambassador of Velmany, Ana Sol.": a
    name of two or three plain capitalised words set off by commas right after a lower-case role word (roles.yaml
    leader_roles, member_roles), "of" and one state's name, is the post's holder, whatever kind the NER gave it
    (not "the minister of Velmany, Tarsk and Orlo": a list goes on; nor a name with a body's noun in it)."""
    _tk = read_tokens(doc)
    kb = knowledge()
    if not 2 <= e - s <= 3 or s < 4 or e >= len(doc) or _tk[s - 1].text != "," or _tk[e].text not in (",", "."):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and norm(t.text) not in kb.org_nouns
               and not _country_of(t.text) for t in _tk[s:e]):
        return False
    k = s - 2  # the state's name: one or two words after "of"
    while k > s - 4 and _tk[k - 1].lower_ != "of":
        k -= 1
    if _tk[k - 1].lower_ != "of" or not _country_of(span_text(doc, k, s - 1)):
        return False
    role = _tk[k - 2]
    return role.is_lower and (norm(role.text) in kb.leader_roles or norm(role.text) in kb.member_roles)


def _ranked_role_label(label: str) -> bool:
    """"Deputy Director", "Board Chair", "Executive Secretary": a label of two or three words whose last word is a
    role (roles.yaml leader_roles, member_roles) and whose words before it are no name ("Harvest Party Chair" is read
    as a body's line above), the post of one person in a list of staff or office holders."""
    kb = knowledge()
    words = label.split()
    return 2 <= len(words) <= 3 and words[-1] in kb.role_words \
        and all(w.isalpha() and w not in kb.org_nouns for w in words[:-1])


def _role_labelled_person(doc: Doc, s: int, e: int) -> bool:
    """"Deputy Director: Sofia Brandt", "Treasurer: Ivo Dask": the whole value of a "Label: value" line whose label
    is a role (roles.yaml leader_roles, member_roles, also after a rank: "Board Chair") is a person's name when it is
    shaped as one (two or three capitalised words, no body's noun, not a state's name; a given name may be a town's:
    "Sofia"), whatever the tagger called it (a staff list's line break after the name often makes the tagger read a
    body)."""
    from kingmaker.nlp.pipeline import LABEL_LINES

    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    for first, value, end in doc.user_data.get(LABEL_LINES) or ():
        if value == s and e == end and 2 <= value - first <= 4 and _tk[value - 1].text == ":":
            label = norm(span_text(doc, first, value - 1))
            words = doc_span(doc, s, e).text.split()
            return (label in kb.role_words or _ranked_role_label(label)) and 2 <= len(words) <= 3 \
                and all(_NAME_WORD.fullmatch(w) for w in words) and not _country_of(" ".join(words)) \
                and not any(norm(p) in kb.org_nouns or norm(p) in kb.generic_name_words or norm(p) in kb.title_words
                            for w in words for p in w.split("-"))
    return False


# a letter's closing line ("Best regards," or "--"), perhaps a blank line, the writer's name and the line under it
_SIGNATURE = re.compile(r"^[ \t]*(?:(?P<off>[A-Za-z][A-Za-z ]{1,30}),|--+)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
                        r"(?P<name>[^\n,:]{3,60}?)[ \t]*\n[ \t]*(?P<post>[^\n]{2,120}?)[ \t]*$", re.M)


def _signatures(doc: Doc) -> list[tuple[int, int, int, int, int]]:
    """A letter's or an e-mail's signature blocks: a closing line (roles.yaml sign_offs before a comma, or "--"), the
    writer's name alone on the next line (two to four capitalised words, no body's noun) and, when the line under it
    opens with a post (its last word before a comma a role or job word: "Research Director, Harbour Policy
    Institute", "Senior Analyst, Velmora Watch"), that post: (name's start, name's end, post's start, post's comma
    or end, post line's end) as offsets in the text; a line under the name with no post gives (name's start, name's
    end, -1, -1, -1). Read once per Doc."""
    found = doc.user_data.get("km_signatures")
    if found is not None:
        return found
    kb, text = knowledge(), doc_text(doc)
    found = doc.user_data["km_signatures"] = []
    if "\n" not in text:
        return found
    for m in _SIGNATURE.finditer(text):
        words = m.group("name").split()
        if m.group("off") and norm(m.group("off")) not in kb.sign_offs \
                or not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) \
                or norm(words[0]) == "the" or _country_of(" ".join(words)) \
                or any(norm(w) in kb.org_nouns or norm(w) in kb.generic_name_words for w in words):
            continue  # (a body signs as well: "Sincerely,\nThe Harbour Peace Forum", "Velo Press Office")
        post = m.group("post")
        head = norm(post.split(",")[0]).split()
        if head and len(head) <= 5 and post[:1].isupper() and (head[-1] in kb.role_words or head[-1] in kb.job_words):
            comma = post.find(",")
            found.append((m.start("name"), m.end("name"), m.start("post"),
                          m.start("post") + (comma if comma >= 0 else len(post)), m.end("post")))
        else:
            found.append((m.start("name"), m.end("name"), -1, -1, -1))
    return found


def _signature_votes(doc: Doc, s: int, e: int, v: Counter) -> None:
    """A signature's names (``_signatures``): the writer's name under the closing line is a person's ("Best,\nLena
    Ostrom"); the words of the post on the line under it are no person's name ("Research Director"), and the name
    after the post's comma is a body ("Senior Analyst, Velmora Watch"), whatever the tagger took them for."""
    blocks = _signatures(doc)
    if not blocks:
        return
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    for name_start, name_end, post, comma, post_end in blocks:
        if start == name_start and end == name_end:
            v["person"] += 3
        elif post <= start and end <= comma:
            v["person"] -= 3
        elif comma < start and end <= post_end:
            v["organization"] += 3
            v["person"] -= 3


def _birth_place(doc: Doc, s: int) -> bool:
    """"Born: 12 May 1961, Velo": a name after the date in a profile's "Born:" or "Died:" field (roles.yaml
    birth_fields) is the place of birth or death."""
    words = token_texts(doc)  # (a token's trailing whitespace is a space or nothing: a line ends in its text)
    k = s - 1
    while k >= 0 and s - k < 12 and "\n" not in words[k]:
        k -= 1
    first = k + 1
    if first + 2 >= s or words[first + 1] != ":" or token_lowers(doc)[0][first] not in knowledge().birth_fields:
        return False
    between = doc[first + 2:s]
    return any(t.like_num for t in between) and between[-1].text in (",", "in")


def _person_surnames(doc: Doc, s: int, e: int) -> set[str]:
    """The last words of the names the tagger reads as persons outside doc[s:e] (one capitalised word of letters,
    not in capitals only), other than doc[s:e]'s own name tagged as a person elsewhere."""
    def read(d: Doc) -> list[tuple[int, int, str, str]]:
        return [(x.start, x.end, x[-1].text, norm(x.text)) for x in doc_ents(d) if x.label_ == "PERSON"
                and x[-1].is_alpha and x[-1].text[:1].isupper() and not x[-1].is_upper]

    own = norm(span_text(doc, s, e))  # (not the same name tagged as a person elsewhere: the tagger's word against itself)
    return {w for a, b, w, n in per_doc(doc, "person_surnames", read) if (b <= s or a >= e) and n != own}


def founding_verb(verb: Token) -> bool:
    """Whether a verb brings a body into being (roles.yaml founding_verbs): "founded", "formed", "registered",
    "launched", "set up" ("set" only with its particle "up"); read here for a name it makes a body, and by
    ``nlp.facts`` for a founder's seat count that is the body's."""
    if verb.lemma_ not in knowledge().founding_verbs:
        return False
    return verb.lemma_ != "set" or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def _founded_name(doc: Doc, s: int, e: int, label: str, root: Token) -> bool:
    """Whether the capitalised name doc[s:e] is what a founding verb brought into being: its object right after it
    ("Ana Perl founded the Dawn for Renewal (DFR)", "they set up Our Common Home"), its passive subject ("the Dawn
    for Renewal was registered in 2019") or the name a participle with its agent follows ("the Dawn for Renewal,
    founded by Ana Perl,"): a body's name, whatever its words. Not a state's or a place's name ("Velna was founded
    in 1820": a town), nor a person the NER tagged as one in the passive ("Ivo Dask was registered as a candidate"),
    nor a name after a title or a role ("formed the Government of X" is read elsewhere)."""
    if _country_of(span_text(doc, s, e)) or label in ("GPE", "LOC", "FAC", "DATE", "EVENT", "LAW", "WORK_OF_ART"):
        return False
    head = root.head
    if root.dep_ == "dobj" and head.i < s and s - head.i <= 3 and founding_verb(head) \
            and all(t.pos_ in ("DET", "ADP", "PART") or t.dep_ == "prt" for t in read_tokens(doc)[head.i + 1:s]):
        return True
    if label in ("PERSON", "EXT:PERSON") or e - s == 1 and _common_word(doc[s].lower_):
        return False  # (nor one common word: "the Revolution of 1989 was formed by students", an event)
    if root.dep_ == "nsubjpass" and head.i >= e and head.tag_ == "VBN" and founding_verb(head) \
            and head.lemma_ != "set" and not any(c.lower_ == "as" for c in head.children):
        return True  # (not "Ivo Dask was registered as a candidate", "Dask was set up by the police": a person)
    return any(c.dep_ == "acl" and c.i >= e and c.i - e <= 2 and c.tag_ == "VBN" and founding_verb(c)
               and c.lemma_ != "set" and any(x.dep_ == "agent" for x in c.children) for c in root.children)


def _votes(doc: Doc, s: int, e: int, label: str) -> Counter:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    v: Counter = Counter()
    span = doc_span(doc, s, e)
    stoks = _tk[s:e]  # (span's tokens off the listed tokens: no new Token per word)
    text = span_text(doc, s, e)
    weak = label.startswith("EXT:")
    label = label[4:] if weak else label
    if weak:
        v["person" if label == "PERSON" else "organization"] += 0.3
    elif label == "PERSON":
        v["person"] += 1.0
    elif label == "ORG":
        v["organization"] += 1.0
    elif label in ("GPE", "LOC", "FAC"):
        v["place"] += 0.5
    elif label == "NORP":
        v["organization"] += 0.5
    else:
        v["unknown"] += 0.5
    toks = token_norms(doc)[s:e]
    if _is_dateline(doc, s, e) and not _results_row(doc, s, e):
        v["place"] += 5
    elif s >= 2 and _tk[s - 1].text == "," and e < len(doc) and _tk[e].text in (",", "(", *DASHES) \
            and _tk[s - 2].is_upper and _is_dateline(doc, s - 2, s - 1):
        v["place"] += 5  # "VELBOR, Ostravia (Reuters) -": the dateline's country or province
    if s >= 2 and _tk[s - 1].lower_ == "of" and _tk[s - 2].lower_ in kb.place_nouns:
        v["place"] += 4  # "the border town of Ras Safa"
    elif _place_apposition(doc, s, e):
        v["place"] += 4  # "deployed in the capital, Kesh.": the place's noun, then its name set off by a comma
    elif s >= 4 and _birth_place(doc, s):
        v["place"] += 5  # "Born: 12 May 1961, Velo": where the person was born
    if len(toks) > 1 and toks[0] in kb.place_prefixes:
        v["place"] += 4  # "Camp Dunmore", "Fort Vesk", "Mount Kessa"
    elif len(toks) > 1 and toks[0] not in kb.region_qualifiers and stoks[-1].text[:1].isupper() \
            and all(t.is_alpha for t in stoks) and not _country_of(stoks[0].text) \
            and (_country_of(stoks[-1].text) or _adjective_used(doc, stoks[-1].text)) and not _country_of(text):
        v["organization"] += 2.5  # "Forward Ostravia", "Alternative for Ostravia": a body named for its state
    if s >= 2 and _tk[s - 1].text == "(" and _tk[s - 2].ent_type_ == "PERSON" and e + 1 < len(doc) \
            and _tk[e].text in (",", ";") and _tk[e + 1].text[:1].isupper():
        v["organization"] += 1  # "Mrs Ana Perlow (Karvelian Labour, Eastmarch)": a member's party, then her seat
    close = next((i for i in range(e + 2, min(len(doc), e + 8)) if _tk[i].text == ")"), None) \
        if e + 2 < len(doc) and _tk[e].text == "(" else None
    party_bracket = close is not None and _party_in_bracket(doc, s, e, close)  # (not "X (head of delegation)")
    if close is not None and _person_then_body(doc, s, e, close):
        v["person"] += 2  # "Petra Solvik (Karvel Farmers League)": a candidate, then her party
    elif party_bracket:
        v["person"] += 1.5  # (her surname not used again: "Ana Perl (Harvest Party), Ivo Dren (Unity Bloc)")
    root = span_root(doc, s, e)  # (found once per span; the listed token: no new Token per child)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("in", "near", "at", "outside", "around", "across",
                                                      "into", "from", "to", "towards", "toward"):
        v["place"] += 0.4
    if _seats_held_in(doc, s, root, head):
        v["organization"] += 3
    # titles inside or right before the span
    prev = _prev_words(doc, s)
    for n in (1, 2, 3):
        if len(prev) >= n and norm(" ".join(prev[-n:])) in kb.person_cues:
            if n == 1 and prev[-1][:1].isupper() and _body_after_rank(["", *toks]):
                v["organization"] += 2  # a rank the tagger left out of a body's name: "General | Border Security"
            else:
                v["person"] += 3
            break
    if any(norm(" ".join(toks[:n])) in kb.person_cues for n in (1, 2)) and len(toks) > 1 \
            and not _body_after_rank(toks):
        v["person"] += 3
    elif label == "" and len(toks) > 2 and not _body_after_rank(toks) \
            and 2 <= len(kb.strip_titles(text).split()) <= 3 < len(text.split()):
        # "Deputy Foreign Minister Ivo Dask" left untagged: titles before a name of two or three words (a title of
        # one or two words is a person cue above); not a body's or a unit's name after the title ("Vice Squad X")
        v["person"] += 3
    elif s >= 1 and _tk[s - 1].is_lower and _tk[s - 1].tag_ == "NN" and norm(_tk[s - 1].text) in kb.person_description_nouns \
            and 2 <= len(span) <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in stoks):
        # "the warlord Ivo Dask", "freelance blogger Ana Perl" (roles.yaml person_description_nouns; a noun, not
        # an adjective before a party's name: "the liberal Free Horizon")
        v["person"] += 3
    if s >= 2 and _tk[s - 1].text == ":" and _tk[s - 2].is_lower \
            and in_any(norm(_tk[s - 2].lemma_), kb.leader_roles, kb.member_roles):
        # "leader: X", "spokesman: X" (a list or fact box): who holds the post is a person (not a transcript's
        # speaker label, "Hon. Members: Shame!", capitalised)
        v["person"] += 3
    if len(toks) > 1 and toks[0] in kb.plural_articles and stoks[0].text[:1].isupper():
        v["organization"] += 3  # "Los Halcones": a group, never a person
    if (norm(text) in kb.party_plurals or len(toks) > 1 and toks[-1] in kb.party_plurals) \
            and stoks[-1].text[:1].isupper():
        v["organization"] += 4  # "the Greens", "the Christian Democrats", "Rural Democrats": a party by its members
    # organisation head nouns, capitalised inside the name ("Amal Organization", "Jaysh al-Tahrir")
    if any(t in kb.org_nouns for t in toks[1:]) or (toks and toks[-1] in kb.org_nouns and len(toks) > 1) \
            or (len(toks) > 1 and toks[0] in kb.org_nouns and stoks[0].text[:1].isupper()):
        v["organization"] += 4
    # two or three capitalised words with no group noun: usually a person's name
    if (2 <= len(span) <= 3 and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in stoks)
            or _hyphened_given_name(span)) \
            and not any(t in kb.org_nouns or t in kb.not_person_words or t in kb.not_states for t in toks) \
            and not any(_country_of(t.text) for t in stoks):
        v["person"] += 1.6 if _hyphened_given_name(span) else 0.8  # ("Jean-Marc X": hyphened given names are a
        # person's, whatever the NER took them for)
    if s >= 3 and _tk[s - 1].lower_ == "of" and _tk[s - 3].lower_ == "the" and len(_tk[s - 2].text) >= 2 \
            and re.fullmatch(r"[A-Z\d]*[A-Z][A-Z\d]*", _tk[s - 2].text) is not None and _person_shaped(doc, s, e) \
            and not any(_country_of(t.text) or t.lower_ in kb.place_nouns for t in stoks):  # (not "of X Province")
        # "the RDF of Ivo Dask", "the 4R of Ivo Dask": a body named by its initials (a digit among them), then the
        # person whose it is (the tagger often takes the two capitalised words after an acronym's "of" for a place)
        v["person"] += 2
    if 2 <= len(span) <= 3 and label == "ORG" and _person_shaped(doc, s, e) \
            and not any(t in kb.org_nouns or t in kb.not_person_words or t in kb.not_states for t in toks) \
            and not any(_country_of(t.text) for t in stoks) and stoks[-1].text in _person_surnames(doc, s, e):
        # "the exclusion of Cora Dalan Vesk" tagged as a body where "Vesk" (or "Ivo Vesk") is a person the tagger
        # names elsewhere in the text: a person sharing the surname
        v["person"] += 1.5
    if v["person"] > 0 and _body_labelled_value(doc, s, e):
        v["person"] += 1  # "Harvest Party: Ana Sol": a body's line in a list gives who leads or speaks for it
    elif label == "ORG" and _role_labelled_person(doc, s, e):
        v["person"] += 2  # "Deputy Director: Sofia Brandt": a staff list's post, then the person holding it
    _signature_votes(doc, s, e, v)
    if any(t in kb.not_person_words for t in toks):
        v["person"] -= 1
    if s > 0 and _tk[s - 1].lower_ in kb.ruling_words and _tk[s - 1].is_lower:
        v["organization"] += 3  # "the ruling X": a party or coalition in power, never a person
    # "the militia X", "organisation X" (not "fellow rebels X, Y and Z": a plural of members names its members,
    # persons; roles.yaml member_plurals)
    titled_body = s >= 3 and _tk[s - 1].is_lower and _tk[s - 2].lower_ == "of" \
        and (_role_noun(doc[s - 3]) or norm(_tk[s - 3].text) in kb._title_set
             or norm(_tk[s - 3].text) in kb.role_words)
    if titled_body and norm(_tk[s - 1].text) in kb.state_body_nouns and _person_shaped(doc, s, e):
        # "deputy speaker of parliament Ivo Dask": a title and its own body, a state's named by its noun alone
        # (roles.yaml state_body_nouns), then the holder; not a noun that opens a body's own name ("a member of
        # militia Tovar Amit": the militia)
        v["person"] += 2
    elif s > 0 and _tk[s - 1].is_lower and norm(_tk[s - 1].text) in kb.org_nouns \
            and not (label == "PERSON" and norm(_tk[s - 1].text) in kb.member_plurals):
        v["organization"] += 3
    # "X militia", "X party" (lower-case head noun right after, or past a translation: "X (Renaissance) party")
    after = e
    if after < len(doc) and _tk[after].text == "(":
        close = next((k for k in range(after + 1, min(len(doc), after + 6)) if _tk[k].text == ")"), None)
        after = close + 1 if close is not None else after
    if after < len(doc) and _tk[after].is_lower and norm(_tk[after].text) in kb.org_nouns \
            and not _front_line(doc, after, label):
        v["organization"] += 3
        if s > 0 and _tk[s - 1].lower_ == "the" and after == e:
            v["organization"] += 2  # "a lawmaker from the X party": "the" before a name and a body noun after it
            # is no person's name, whatever the NER or a "chaired by X" elsewhere suggests
    if _named_after_state_post(doc, s, e):
        v["person"] += 3  # "the deputy foreign minister of Velmany, Ana Sol, arrived": the post's holder
    # appositions with role nouns: "X, the head of Y", "X, commander of" (not a body's name in brackets after a
    # person-shaped name: "Ana Perl (Harvest Party)" gives the person's party, whatever the parser calls it)
    affiliation = _named_affiliation(doc, s, e)
    if affiliation and v["person"] > 0:
        v["person"] += 1  # "- Ana Sol, Harvest Party": a list item's person and the body she is of
    # a person's name the NER tagged as such in the "of" phrase of a body's name ("the X League of Vesna Kroll"):
    # a body's noun in apposition after it may describe the body
    of_body = label == "PERSON" and root.dep_ == "pobj" and root.head.lower_ == "of" \
        and root.head.head.pos_ == "PROPN" and norm(root.head.head.text) in kb.org_nouns
    titled = None  # the role of a person an apposition gave the name
    for child in sorted((*root.children, *_alias_appositions(doc, e)), key=lambda c: c.i):
        if party_bracket and child.i > e and child.dep_ == "appos":
            continue
        if child.dep_ == "appos" and child.i >= e:
            w = norm(child.lemma_)
            if w in kb.leader_roles or w in kb.member_roles or child.is_lower and w in kb.title_words \
                    and w not in kb.org_nouns and w not in kb.unit_nouns:
                v["person"] += 2  # (a rank or title: "X, a former army colonel")
                titled = child
            elif titled is not None and any(t.i > titled.i and t.lower_ == "of"
                                            for t in read_tokens(doc)[titled.i:child.i]):
                pass  # "X, a senior commander of the group's armed wing, the Y Forces,": the body of the role
            elif (w in kb.org_nouns or w in kb.unit_nouns) and affiliation:
                pass  # "- Ana Sol, Harvest Party": the body she is of (below), no description of the name
            elif of_body and w in kb.org_nouns:
                pass  # "the X League of Vesna Kroll, the farmers' party": the body's description, hung on her name
            elif any(c.lower_ == "whose" for c in read_tokens(doc)[e:child.left_edge.i + 1]):
                pass  # "President X, whose Y Movement holds 49 seats": the relative clause's body, hung on the name
            elif w in kb.org_nouns or w in kb.unit_nouns or w in kb.offshoot_nouns:
                v["organization"] += 3  # "X, another Iran-backed group, said", "X, the League's franchise"
            elif any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.is_lower and o.tag_ == "NNS"
                                                                  and norm(o.lemma_) in kb.org_nouns
                                                                  for o in p.children) for p in child.children):
                v["organization"] += 3  # "X, an umbrella of Shiite parties": a body made of bodies (not "a
                # second-in-command of the gang")
    if e + 2 < len(doc) and _tk[e].text == "," and not any(
            c.dep_ == "appos" and c.i >= e and norm(c.lemma_) in kb.offshoot_nouns for c in root.children):
        # "X, the hill franchise of al-Qaeda", "X, the Crimson League affiliate led by Y": the first common noun
        # of the phrase after the comma (past the owner's name, hyphens inside a word) is an offshoot of a body
        for t in doc_span(doc, e + 1, e + 8):
            if t.pos_ in ("VERB", "AUX") or t.is_punct and not (t.text == "-" and not t.whitespace_):
                break
            if t.is_lower and t.pos_ == "NOUN":
                if norm(t.lemma_) in kb.offshoot_nouns or norm(t.text) in kb.offshoot_nouns:
                    v["organization"] += 3
                break
    if not any(c.dep_ == "appos" and c.i >= e for c in root.children) and e + 2 < len(doc) and _tk[e].text == "," \
            and _tk[e + 1].lower_ in ("the", "a", "an", "another"):
        # "X, the nationalist movement led by Y, ...": the apposition the parser missed (for a name the NER
        # took for a person, only a body's noun that owns nothing: "X, the party's leader" is a person)
        for t in doc[e + 2:e + 6]:
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            if t.is_lower and t.pos_ == "NOUN":
                if s > 0 and _tk[s - 1].text == "," and (t.dep_ in ("nsubj", "nsubjpass") or t.i + 1 < len(doc)
                                                          and _tk[t.i + 1].tag_ in FINITE_TAGS):
                    # "Set up by a teacher, X, the movement has ...": the name closes an opening phrase; the noun
                    # after it is the main clause's subject, no apposition (unlike "X, the movement led by Y, won")
                    break
                if label == "PERSON" and (t.i + 1 >= len(doc) or _tk[t.i + 1].tag_ == "POS"
                                          or norm(t.lemma_) in kb.leader_roles or norm(t.lemma_) in kb.member_roles):
                    break
                if of_body:
                    break  # "the X Alliance of Vesna Kroll, the farmers' party": the body whose "of" phrase
                    # names her is what the noun describes, not her
                if norm(t.text) in kb.org_nouns or norm(t.text) in kb.offshoot_nouns:
                    v["organization"] += 3
                elif norm(t.lemma_) in kb.leader_roles or norm(t.lemma_) in kb.member_roles:
                    v["person"] += 2
                elif t.i + 2 < len(doc) and _tk[t.i + 1].lower_ == "of" \
                        and any(x.is_lower and x.tag_ == "NNS" and norm(x.lemma_) in kb.org_nouns
                                for x in doc[t.i + 2:t.i + 5]):
                    v["organization"] += 3  # "X, an umbrella of Shiite parties": a body made of bodies
                break
    if root.dep_ in ("nsubj", "nsubjpass") and head.i > s and head.pos_ in ("VERB", "AUX"):
        # "X was sworn in as president", "X served as defence minister": a subject that holds a post named by a
        # person's title after "as" (roles.yaml titles) is a person; not a role a body holds too ("X was listed as a
        # member", "X served as an ally of Y": roles.yaml member_roles) nor a body's noun ("registered as a party")
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "as":
                o = next((c for c in p.children if c.dep_ == "pobj"), None)
                w = norm(o.lemma_) if o is not None and o.pos_ == "NOUN" else ""
                if w and w in kb._title_set and w not in kb.org_nouns and w not in kb.unit_nouns:
                    v["person"] += 2
                break
    led = head if root.dep_ == "appos" and head.i < s and head.pos_ == "NOUN" else root
    if led.dep_ == "pobj" and led.head.lower_ == "by" and led.head.head.lemma_ in kb.leading_verbs \
            and led.head.head.i < s and not _country_of(text) and not any(t in kb.org_nouns for t in toks):
        v["person"] += 2  # "a faction headed by X Y", "commanded by a retired major, X Y": who leads is a person
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < s \
            and (head.head.is_lower or head.head.is_sent_start) and _role_noun(head.head) \
            and all(t.pos_ == "DET" for t in read_tokens(doc)[head.i + 1:s]):
        # "the leader of Forward Ostravia", "a member of X": a body, not a person (not a title's own body between
        # "of" and the name: "deputy speaker of parliament Ivo Dask" names the holder)
        v["organization"] += 2.5
    first = _first_conjunct(root)
    if first is not root and first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.tag_ == "NNS" \
            and first.head.head.is_lower and _role_noun(first.head.head):
        v["organization"] += 1.5  # "militants of X and Y": Y too (less surely: "the members of X and Y met")
    if root.dep_ == "dobj" and head.lemma_ in kb.leading_verbs and s - 2 <= head.i < s and not _country_of(text):
        v["organization"] += 2.5  # "Tarik, who heads X", "she has chaired the X": what one leads is a body (the
        # verb next to the name: a parser's object far from its verb is often a misreading)
    if any(c.dep_ == "acl" and c.i >= e and c.lemma_ in kb.leading_verbs and any(x.dep_ == "agent" for x in c.children)
           for c in root.children):
        v["organization"] += 2  # "X, led by Y": what is led is a body
    elif _set_off_led_by(doc, e, kb):
        v["organization"] += 2  # "A and its ally X, led by Y": the same, the participle hung on another word
    if _founded_name(doc, s, e, label, root):
        v["organization"] += 3  # "she founded the Dawn for Renewal", "X was formed in 2019", "X, set up by Y"
    if _dash_group_noun(doc, s, e):
        v["organization"] += 3  # "his militia - X in Arabic -", "X - an Iran-backed militia of 3,000 men"
    if root.dep_ == "appos" and head.i < s and label == "PERSON" and _body_noun_set_before(doc, s, head):
        v["organization"] += 3  # "a Velnian company, Tavro Quillen, said": the body the noun before the comma names
    if root.dep_ == "appos" and head.i < s and label != "PERSON":
        w = norm(head.lemma_)
        if w in kb.org_nouns:
            v["organization"] += 2
        elif (w in kb.leader_roles or w in kb.member_roles or w in kb._title_set and w not in kb.unit_nouns) \
                and len(span) > 1 and (head.is_lower or norm(head.text) in kb._title_set) \
                and not any(t in kb.org_nouns for t in toks):
            # "its chairman, X Y Z", "Ostravia's Deputy Foreign Minister, X Y Z", "whose speaker, X Y": the holder
            # of a post (a leader's or member's role, or any person's title) is a person
            v["person"] += 3
    if root.dep_ in ("compound", "amod", "nmod") and e <= head.i <= e + 2 and head.is_lower \
            and head.lower_ in kb.not_actor_heads and all(t.is_lower for t in read_tokens(doc)[e:head.i]):
        v["thing"] += 6  # "Katyusha rockets", "Ain al-Asad air base", "Ashura commemorations"
    if len(span) == 1 and root.dep_ in ("compound", "amod") and head.i == e and head.is_lower \
            and re.search(r"(?:ic|ist|ical|ive|ous)$", text) and not _country_of(text) \
            and head.lower_ not in kb.role_words and head.lemma_ not in kb.role_words:
        v["thing"] += 6  # "Evangelistic schools", "Loyalist bench": an adjective, capitalised, not a name
    if len(span) == 1 and root.dep_ in ("compound", "amod") and head.i == e and head.is_lower \
            and head.pos_ == "NOUN" and head.lower_ not in kb.role_words \
            and head.lemma_ not in kb.role_words \
            and head.lower_ not in kb._title_set \
            and head.lower_ not in kb.person_bodies:
        v["organization"] += 1.0  # "Houthi fighters", "Hamas officials": a group named as a modifier
        v["modifier"] += 1
    if len(span) == 1 and root.dep_ == "compound" and head.i == e and head.is_lower \
            and norm(head.text) in kb.role_words and e + 1 < len(doc) and _tk[e + 1].text[:1].isupper():
        v["modifier"] += 1  # "Houthi leader X": the group, not X's surname (but "Tolvan aides said": Tolvan's)
    role, after = (norm(span_text(doc, e, e + 3).replace(" ", "")), e + 3) \
        if e + 3 < len(doc) and _tk[e + 1].text == "-" else (norm(_tk[e].text) if e < len(doc) else "", e + 1)
    if len(span) > 1 and after < len(doc) and _tk[e].is_lower and role in kb.role_words \
            and _tk[after].text[:1].isupper() and _tk[after].pos_ == "PROPN" and _country_of(text) is None:
        v["organization"] += 2  # "Green Union co-leader Ana Petrova": the body whose co-leader she is
    if len(span) == 1 and ACRONYM.match(text) and len(text) >= 2:
        v["organization"] += 1.5
    if len(span) > 1 and (acr := _bracket_acronym(doc, e)) and not _person_with_party_acronym(doc, s, e, label, acr):
        v["organization"] += 4  # "Frente Amplio de Campesinos (FAC)": a name with an acronym is a body
    if _results_row(doc, s, e) or _results_list_item(doc, s, e) or _seat_list_item(doc, s, e):
        v["organization"] += 3  # "Mountain Greens - 7", "Seats won: Mountain Greens (7), ...": a party's result
    if _named_as_group(doc, s):
        v["organization"] += 3  # "a small party called Ravna": the name given to a body is the body's
    if _kin_apposition(doc, s, e):
        v["person"] += 3  # "His ex-wife, Ana Perl, was minister": a kinsman named in apposition is a person
    if any(t in ("bin", "ibn", "abu", "abdul") for t in toks[:-1]) or label != "PERSON" \
            and any(t == "al" or t.startswith("al ") for t in toks[:-1]):
        # (a lower-case "al-" inside a name the NER took for a person adds nothing: groups are named so too,
        # "Jund al-X", "al-Y al-Z")
        v["person"] += 1
    if len(toks) > 3 and any(_tk[i].lower_ == "in" and _tk[i + 1].lower_ == "the"
                             and kb.known_orgs.get(norm(span_text(doc, s, i)), ("", ""))[1] == "armed_group"
                             for i in range(s + 1, e - 2)):
        v["organization"] += 4  # "al-X in the Western Hills": a listed armed body's branch (_join_in_names)
    if _leader_after_bracket_of(doc, s, e) or _body_noun_of_person(doc, s, e):
        v["person"] += 2  # "the Open Path Alliance (APA) of Tomas Verhal", "the party of Ana Vell": the party's leader
    if _named_body_under_person(doc, s, e):
        v["person"] += 2  # "the Sarnesk Union under Aksel Vindrup": the body's leader
    if _loan_plural_name(toks):
        v["organization"] += 3  # "al-Fursan claimed the attack", "Liwa al-Thuwar": a group named by its members
    # places do not act: the subject of a verb, or the owner of a visit, is a person or organisation
    if root.dep_ in ("nsubj", "poss") and (head.pos_ == "VERB" or root.dep_ == "poss") \
            and head.lemma_ not in ("be", "lie", "sit", "border"):
        v["person"] += 0.6
        v["organization"] += 0.4
    elif root.dep_ == "nsubj" and head.lemma_ == "sit" and _person_shaped(doc, s, e) \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        v["person"] += 1  # "Ana Perl sits for the Harvest Party": a member's seat (a town "sits on" a river)
    if root.dep_ == "nsubj" and head.lemma_ == "be" and _person_shaped(doc, s, e):
        for c in head.children:
            w = norm(c.lemma_)
            if c.dep_ == "attr" and c.i > e and c.is_lower and w in kb.role_words:
                v["person"] += 2  # "Ana Perl is a senior member of the X": the apposition's role, said with "is"
    _body_votes(doc, s, e, label, v)
    return v


def _wins_seats_as_subject(root: Token, fc) -> bool:
    """Whether ``root`` is the subject of a verb that wins seats (facts.yaml win_verbs, a plural of seat_nouns in its
    object): "X won 61 seats"; through an apposition ("the movement's electoral arm, X, took 27 seats") or through a
    participle or a second verb of the same subject ("X came first, taking three seats", "X ran and won 12 seats")."""
    kb = knowledge()
    subj = root
    if root.dep_ == "appos" and root.head.dep_ == "nsubj" and root.head.i < root.i and root.head.pos_ == "NOUN":
        # (a common noun: not a list of names the parser reads as appositions, "A, B and C won seats")
        w = norm(root.head.lemma_)  # (not a person's role: "the bloc's candidate, X, won 40 seats for it")
        if w in kb.role_words or w in kb._title_set or w in kb.person_description_nouns:
            return False
        left = root.left_edge.i  # (the noun right before the apposition's comma: not "the faction owned by a local
        # tycoon, X, won nine seats", where X names the tycoon)
        if left < 2 or root.doc[left - 1].text != "," or root.doc[left - 2].i != root.head.i:
            return False
        subj = root.head
    if subj.dep_ != "nsubj":
        return False

    def wins(verb: Token) -> bool:
        return verb.lemma_ in fc.win_verbs and any(
            t.lower_ in fc.seat_nouns and t.tag_ == "NNS" for c in verb.children if c.dep_ == "dobj" for t in c.subtree)

    verb = subj.head
    return wins(verb) or any(
        c.dep_ in ("advcl", "conj") and c.i > subj.i and c.pos_ == "VERB" and wins(c)
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        for c in verb.children)


def _coalition_member(doc: Doc, root: Token) -> bool:
    """Whether ``root`` is one of two or more names coordinated after "of" a coalition's lower-case noun (roles.yaml
    org_nouns of subkind coalition): "the alliance of X and Y", "a bloc of X, Y and Z" (one name alone after "of"
    may be the leader's: "the coalition of Ivo Dask")."""
    first = _first_conjunct(root)
    if first is root and not any(c.dep_ == "conj" for c in root.children):
        return False
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i >= prep.i:
        return False
    noun = prep.head
    if not (noun.is_lower and knowledge().org_nouns.get(norm(noun.lemma_)) == "coalition"):
        return False
    # an alliance of two persons: the text names one of them as a person elsewhere ("the alliance of Ivo Dask and
    # Tomas Verhal ... Mr Dask said": a person cue before a word of it, _cue_named; not a he/she sentence, which
    # may name a party too)
    cued = _cue_named(doc)
    return not any(norm(t.text) in cued for t in (first, *first.conjuncts))


def _body_after_rank(toks: list[str]) -> bool:
    """Whether a name that opens with a person's title or rank ("General", roles.yaml person_cues) goes on with a
    state body's or a unit's noun: "the General Border Security", "the General Directorate of Land Records" are bodies (roles.yaml
    state_body_nouns, unit_nouns, org_nouns), not a general's name. A borrowed group noun (roles.yaml
    translated_heads, loan_member_plurals) is a family name too: "Sheikh Velkan al-Fityan" is a person."""
    kb = knowledge()
    return any((w in kb.state_body_nouns or w in kb.unit_nouns or w in kb.org_nouns)
               and w not in kb.translated_heads and w not in kb.loan_member_plurals
               for t in toks[1:] for w in t.split())


def _body_noun_set_before(doc: Doc, s: int, head: Token) -> bool:
    """Whether the name at ``s`` is set off by a comma right after a lower-case body noun it is in apposition to
    ("a Velnian company, Tavro Quillen,", "the intelligence service, the Zorvani,": roles.yaml org_nouns, unit_nouns;
    "the only party left in parliament, Tavro Quillen,": the noun's participle phrase between),
    the noun no object of a preposition after a role ("a spokesman for the party, Ivo Dask": the spokesman)."""
    kb = knowledge()
    k = s - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].text != "," or not head.is_lower:
        return False
    last = doc[k - 1]
    if head.i != k - 1 and not (any(c.dep_ == "acl" and c.i > head.i and c.tag_ == "VBN" and c.right_edge.i == k - 1
                                    and not any(t.pos_ == "PROPN" or t.dep_ == "agent" for t in c.subtree)
                                    for c in head.children)
                                and not _role_noun(last) and norm(last.text) not in kb._title_set
                                and norm(last.text) not in kb.person_cues):
        # (or a participle's phrase between, naming nobody: "the only party left in parliament, X,"; not one with an
        # agent, whose "by" names the one X may restate: "a company owned by a local tycoon, X,", nor one ending in a
        # person's post: "a group of MPs led by the deputy chair, X,")
        return False
    w = norm(head.lemma_)
    if w not in kb.org_nouns and w not in kb.unit_nouns and norm(head.text) not in kb.org_nouns:
        return False
    if head.dep_ == "pobj" and (head.head.head.i == head.head.i or _role_noun(head.head.head)
                                or norm(head.head.head.text) in kb.person_cues):
        return False
    return True


def _loan_plural_name(toks: list[str]) -> bool:
    """Whether a name is a group's, named by its members in a borrowed plural (roles.yaml loan_member_plurals):
    the name's one word, or its last word after an article with none but a group's nouns before it ("al-Fursan",
    "Liwa al-Thuwar": roles.yaml translated_heads, org_nouns), not a given name opening a person's name ("Ansar
    Velki") nor a person's family name after a given name ("Orsim al-Thuwar")."""
    kb = knowledge()
    words = [w for t in toks for w in t.split() if w != "-"]
    if not words or words[-1] not in kb.loan_member_plurals:
        return False
    return len(words) == 1 or words[-2] in ("al", "el") \
        and all(w in kb.translated_heads or w in kb.org_nouns for w in words[:-2])


def _first_conjunct(tok: Token) -> Token:
    """The first of the names coordinated with ``tok`` ("A, B and C": A for each), or ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _role_noun(tok: Token) -> bool:
    """Whether ``tok`` is a leader's or a member's role noun (roles.yaml leader_roles, member_roles)."""
    kb = knowledge()
    return norm(tok.lemma_) in kb.leader_roles or norm(tok.lemma_) in kb.member_roles


def _dash_group_noun(doc: Doc, s: int, e: int) -> bool:
    """"his militia - X in Arabic - fought ...", "X - an Iran-backed militia of 3,000 men": a group noun in lower
    case (roles.yaml org_nouns) right before a spaced dash that opens the name, or the first noun of the description
    after a dash that closes it (a list entry), names the body X is (not after "of": "a commander of the
    militia - X - said" may be the commander's)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    if s >= 2 and _tk[s - 1].text in DASHES and _tk[s - 2].whitespace_ and _tk[s - 1].whitespace_ \
            and _tk[s - 2].is_lower and norm(_tk[s - 2].text) in kb.org_nouns \
            and not (s >= 4 and any(t.lower_ == "of" for t in read_tokens(doc)[s - 4:s - 2])):
        return True
    if e + 1 >= len(doc) or _tk[e].text not in DASHES or not _tk[e - 1].whitespace_ or not _tk[e].whitespace_:
        return False  # (spaced: not "X-backed militia")
    for t in doc[e + 1:e + 6]:
        if t.is_punct and t.text not in ("-", "‐"):
            return False
        if t.is_lower and t.pos_ == "NOUN":
            return norm(t.text) in kb.org_nouns
    return False


def _named_after_state(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'the True Ostravia party ... True Ostravia has opposed ...': a body named after its state, whose first word
    the tagger took for an adjective where the group noun is left out, is still that body and not the state: a
    state's mention right after a capitalised word that, with it, spells a body's name the text uses elsewhere."""
    bodies = {norm(m.name): m for m in mentions if m.kind == "organization" and " " in m.name}
    bodies.update({norm(org_core(m.name)): m for m in mentions if m.kind == "organization" and " " in m.name
                   and org_core(m.name) and " " in org_core(m.name)})
    if not bodies:
        return
    taken = {t for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        s = m.start - 1
        if m.kind != "country" or s < 0 or s in taken or not doc[s].is_alpha or not doc[s].text[:1].isupper() \
                or doc[s].is_upper:
            continue
        body = bodies.get(norm(span_text(doc, s, m.end)))
        if body is not None:
            m.start, m.text, m.name, m.label = s, span_text(doc, s, m.end), clean_name(span_text(doc, s, m.end)), "EXT:ORG"
            m.kind, m.subkind, m.key, m.aliases = "organization", body.subkind, body.key, ()


def _short_org_votes(votes_by_key: dict[str, Counter]) -> None:
    """'the rival Ozm Alliance ... Ozm, which won 14 seats': one word used alone that opens a body's name of two
    words, the second a group noun (roles.yaml org_nouns), is that body's short name: an organisation's vote for
    the word when a person's or a place's cues do not speak louder for it, as a surname alone is its person's."""
    kb = knowledge()
    shorts = set()
    for k, v in votes_by_key.items():
        first, _, head = k.partition(" ")
        if head in kb.org_nouns and v["organization"] > max(v["person"], v["place"]) \
                and first not in kb.generic_name_words and first not in kb.org_nouns and not _country_of(first):
            shorts.add(first)
    for k in shorts:
        v = votes_by_key.get(k)
        if v is not None and v["organization"] >= max(v["person"], v["place"]):
            v["organization"] += 1.0 + v["unknown"]  # (its uses with no cue are the body's too)


def _add_votes(total: Counter, votes: Counter) -> None:
    """``total += votes + Counter({"mentions": 1})`` (one mention more) without the two Counters that
    builds and the pass over all of ``total``: the same counts, kept in the same order (only counts above
    zero added; ``total`` holds no others)."""
    for k, x in votes.items():
        if k == "mentions":
            x += 1
        if x > 0:
            total[k] += x
    if "mentions" not in votes:
        total["mentions"] += 1


def _front_line(doc: Doc, i: int, label: str) -> bool:
    """Whether the lower-case group noun at ``i`` after a name is a front line (roles.yaml front_line_nouns),
    not a body: after a place ("the Vesk front"), or where one fights ("advance on the Vesk front")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    tok = doc[i]
    kb = knowledge()
    if norm(tok.text) not in kb.front_line_nouns:
        return False
    if label in ("GPE", "LOC", "FAC") or tok.dep_ == "pobj" and tok.head.lower_ in kb.front_preps:
        return True
    k = i - 1  # "along the X front" however the parser hung it: the preposition before the phrase
    while k > 0 and _tk[k].text[:1].isupper() and i - k <= 4:
        k -= 1
    return k > 0 and _tk[k].lower_ == "the" and _tk[k - 1].lower_ in kb.front_preps


_SIZE_WORD = re.compile(r"^\d[\d,.]*-(\w+)$")  # "120-seat", "5,000-strong": a size, then its unit


def _hyphened_given_name(span: Span) -> bool:
    """"Jean-Marc Tabuni": a hyphened given name of two capitalised parts, then a surname or two (the tokenizer
    splits the hyphen off: the span is more than three tokens, each word a person's name still). Not a doubled word
    ("Mai-Mai X": a movement's name)."""
    words = span_text(span.doc, span.start, span.end).split()  # (sliced from the Doc's text: no Token per word)
    parts = words[0].split("-") if words else []
    return 2 <= len(words) <= 3 and len(parts) == 2 and parts[0] != parts[1] and all(
        re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:-[A-Z][a-z\u00e0-\u00ff'\u2019]+)?", w) for w in words)


def _body_votes(doc: Doc, s: int, e: int, label: str, v: Counter) -> None:
    """Context only a body has, for a name the NER took for a person (or left untagged): "the X" (a
    person's name takes no article), "the 150-member X", "X fighters", "X, which ...", "X is led by",
    "X won 61 seats". ``label`` is the NER label without its "EXT:" mark."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if label not in ("PERSON", "", "ORG", "NORP", "NAME"):
        return  # a place keeps its own cues ("the Gulf", "Mosul, which fell"); a name the NER took for a
        # nationality ("NAME") is a person's or a body's: the context decides
    from kingmaker.nlp.facts import fact_cues  # (facts imports this module)

    kb, fc = knowledge(), fact_cues()
    root = span_root(doc, s, e)
    modifier = root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i >= e  # "the X government"
    if s > 0 and _tk[s - 1].lower_ == "the" and not modifier and e - s > 1 \
            and not any(t.is_punct for t in doc_span(doc, s, e)) \
            and (label in ("PERSON", "ORG") or label == "" and _untagged_body_name(doc, s, e)):
        # (one word after "the" may be a ship's or a title's: "the Lupe"; "the Legion, Zurab Meladze" is two names)
        v["organization"] += 2.5  # "The World Food Programme said": people's names take no article
    size = _SIZE_WORD.match(_tk[s - 1].text) if s > 0 else None
    if (size and size.group(1).lower() in fc.size_modifiers) or (
            s >= 3 and _tk[s - 1].lower_ in fc.size_modifiers and _tk[s - 2].text in ("-", "–")
            and _tk[s - 3].like_num):
        v["organization"] += 4  # "the 90-member Grand Assembly", "the 5,000-strong Eagle Brigade"
    if e - s > 1 and e < len(doc) and _tk[e].is_lower and norm(_tk[e].text) in kb.group_member_nouns:
        v["organization"] += 5  # "Black Ridge fighters", "Clear Water researchers"
    before = doc[s - 1] if s > 0 else None  # "the bloc of lawmaker X, which": "which" is the bloc
    if e + 1 < len(doc) and _tk[e].text == "," and _tk[e + 1].lower_ == "which" and root.dep_ != "pobj" \
            and not (root.dep_ == "conj" and _first_conjunct(root).dep_ == "pobj"
                     and _first_conjunct(root).head.lower_ == "by") \
            and (before is None or not (before.lower_ == "of" or before.is_lower and before.pos_ == "NOUN"
                                        or norm(before.text) in kb.person_cues)):
        v["person"] -= 2  # "X, which pledged allegiance to ...": a person is "who"
        if label in ("PERSON", ""):
            v["organization"] += 1.5  # (a state is "which" too: an ORG or NORP label decides as before)
    if root.dep_ == "nsubjpass" and root.head.lemma_ in kb.leading_verbs \
            and any(c.dep_ == "agent" for c in root.head.children):
        v["organization"] += 2.5  # "X is led by a former police officer"
    if (label in ("PERSON", "ORG") or label == "" and e - s >= 2) and modifier and root.dep_ == "compound" \
            and root.head.i == e and s > 0 \
            and _tk[s - 1].lower_ in ("the", "a", "an") and _tk[e].is_lower and norm(_tk[e].lemma_) in kb.leader_roles:
        # "the Tovar Amit leader", "a Tovar Amit co-founder": what one leads is a body (an untagged name of one word
        # may be a town's: "the Tarnby leader, Ivo Dask," names no body)
        v["organization"] += 2.5
    if (label == "PERSON" or label == "" and e - s >= 2) and root.dep_ == "pobj" and root.head.lower_ == "of" \
            and s >= 3 and root.head.i == s - 1 and _tk[s - 2].ent_type_ == "PERSON" \
            and _tk[s - 3].ent_type_ == "PERSON" and root.head.head.i == s - 2 \
            and not _coined_name_before(doc, s - 1) and not _foreign_party_before(doc, s - 1):
        # "Ivo Dask of Tovar Amit nodded": a person's party or body, not a second person (an untagged name of one
        # word may be the person's town: "Rana Osk of Tarnby, a fisherman")
        v["organization"] += 2
    if label in ("PERSON", "ORG", "") and s >= 3 and _foreign_party_before(doc, s - 1) and _person_tail(doc, s, e):
        v["person"] += 2  # "the Fuerza Andina of Ana Quispe": a party named in its language, then its leader
    if label in ("PERSON", "ORG", "") and e - s >= 2 and _person_possessive_before(doc, s):
        v["organization"] += 4  # "Morvik's Copper Lantern holds 40 seats": what a person has by name is a body
    if label in ("PERSON", "") and _coalition_member(doc, root):
        v["organization"] += 2.5  # "the alliance of Shomer Dan and Tovar Amit": the bodies a coalition joins
    if _wins_seats_as_subject(root, fc) and not (e + 1 < len(doc) and _tk[e].text == ","
                                                 and _tk[e + 1].lower_ == "whose"):
        # (not "X, whose Y Movement holds 49 seats, said": the relative's body the parser took the clause apart from)
        v["organization"] += 3  # "X won 61 seats": a party or a list, never one person
    if s > 0 and _tk[s - 1].text == "(" and e + 2 < len(doc) and _tk[e].text == "," \
            and ACRONYM.match(_tk[e + 1].text) and _tk[e + 2].text == ")":
        v["organization"] += 4  # "the Civic Pact (Pacto Civico, PC)": a body's name in its own language


def _person_possessive_before(doc: Doc, s: int) -> bool:
    """Whether a person's possessive comes right before token ``s``: "Marek Morvik's" or "Morvik's", the surname
    of a name of two or three words the text tags as a person's elsewhere ("Marek Morvik"), or as a body's when
    the surname before "'s" is tagged a person's (no group noun in the name). A person is never
    named after another's possessive ("Morvik's Copper Lantern" is his party), while a state's ("Velnia's Ivo Dask") is
    no person's."""
    _tk = read_tokens(doc)
    if s < 2 or _tk[s - 1].text not in ("'s", "\u2019s") or not _tk[s - 2].text[:1].isupper():
        return False
    word, org_nouns = _tk[s - 2].text, knowledge().org_nouns
    alone = _tk[s - 2].ent_type_ == "PERSON"  # (the surname tagged a person's where it stands before "'s")
    return any((e.label_ == "PERSON" or alone and e.label_ == "ORG") and 2 <= len(e) <= 3 and e[-1].text == word
               and e.end != s and all(t.is_alpha and t.text[:1].isupper() and norm(t.text) not in org_nouns
                                      for t in e) for e in doc_ents(doc))


def _untagged_body_name(doc: Doc, s: int, e: int) -> bool:
    """"the Harmony Framework", "the Delta Sector": capitalised words the NER left untagged after "the",
    none a place's or a facility's head ("the Kessa Valley", "the Tarvo Road" stay places) nor a text of law's
    ("the Public Order Act": roles.yaml instrument_words)."""
    kb = knowledge()
    words = kb.instrument_words
    return all(t.is_alpha and t.text[:1].isupper() for t in read_tokens(doc)[s:e]) \
        and not any(t.lower_ in kb.place_nouns or t.lower_ in kb.not_actor_heads or norm(t.text) in words
                    for t in doc[s:e])


def _results_row(doc: Doc, s: int, e: int) -> bool:
    """Whether the span is the label of a line "Name - 7" / "Name (ACR) - 7" / "Name: 7" (a results table)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    b = s - 1 if s > 0 and _tk[s - 1].text in ("-", "*", "\u2022") else s  # (a bullet: "- Name: 31 seats")
    if b > 0 and "\n" not in _tk[b - 1].text and "\n" not in _tk[b - 1].whitespace_:
        return False
    k = e
    if k + 2 < len(doc) and _tk[k].text == "(" and _tk[k + 2].text == ")":
        k += 3
    if k + 1 >= len(doc) or _tk[k].text not in DASHES or not _tk[k + 1].like_num:
        return False
    if b < s:  # (a bulleted line is a results row only with its seat noun: "- Name: 31 seats")
        return _seats_row_tail(doc, s, e, k + 2)
    if k + 2 >= len(doc) or "\n" in _tk[k + 1].whitespace_ or "\n" in _tk[k + 2].text:
        return True
    return _seats_row_tail(doc, s, e, k + 2)


def _seats_row_tail(doc: Doc, s: int, e: int, k: int) -> bool:
    """Whether a results line goes on after its count with a seat noun and nothing but a bracket to the line's end:
    "- Harbour Compact: 46 seats (+15)", "Green Path - 12 seats" (facts.yaml seat_nouns); not a label of one common
    word ("Majority: 91 seats", "Others: 24 seats"), nor a sentence ("Note: 61 seats make a majority")."""
    from kingmaker.nlp.facts import fact_cues  # (facts imports this module)

    _tk = read_tokens(doc)
    if k >= len(doc) or norm(_tk[k].text) not in fact_cues().seat_nouns or e - s == 1 and _common_word(_tk[s].lower_):
        return False
    k += 1
    if k < len(doc) and _tk[k].text == "(":  # "46 seats (+15)": a bracket closing the line
        k = next((j + 1 for j in range(k + 1, min(k + 6, len(doc))) if _tk[j].text == ")"
                  and not any("\n" in _tk[i].text or "\n" in _tk[i].whitespace_ for i in range(k, j))), -1)
        if k < 0:
            return False
    return k >= len(doc) or "\n" in _tk[k - 1].whitespace_ or "\n" in _tk[k].text


def _seat_list_item(doc: Doc, s: int, e: int) -> bool:
    """Whether the span is an item of a list of seat counts in running text ("The Civic Bloc holds 61 seats, Ravna
    40, Nova Left 12"): a count follows it in a list of counts (``_listed_count``) and the sentence names seats
    (facts.yaml seat_nouns) before it; a list of votes or per cents ("Ana Perl 41, Ivo Dask 30") names no seats."""
    from kingmaker.nlp.facts import fact_cues  # (facts imports this module)

    if e >= len(doc) or not _listed_count(doc, e):
        return False
    lowers = token_lowers(doc)[0]
    seats = fact_cues().seat_nouns
    start = doc[s].sent.start
    # (not seats won "for" a body: "Ivo Dask won 40 seats for his party, Ana Perl 12" lists the party's candidates)
    return any(lowers[k] in seats and "for" not in lowers[k + 1:k + 3] for k in range(max(start, s - 14), s))


def _kin_apposition(doc: Doc, s: int, e: int) -> bool:
    """Whether the span is a name set in apposition after a kinsman's noun (plover.yaml kin_nouns) or a person's
    description (roles.yaml person_description_nouns): "His ex-wife, Ana Perl, was ...", "her brother, Ivo Dask,",
    "the veteran lawyer, Tomas Verhal,". The noun is singular with its own determiner or owner, and a comma or the
    sentence's end closes the name (not "the farmer, the Green League and ..." where a list goes on)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    if s < 3 or _tk[s - 1].text != "," or e > len(doc):
        return False
    noun = _tk[s - 2]
    if not (noun.is_lower and noun.tag_ == "NN" and in_any(norm(noun.text), kb.kin_nouns, kb.person_description_nouns)):
        return False
    if not any(_tk[k].tag_ in ("DT", "PRP$", "POS") and _tk[k].lower_ not in ("no", "every", "each", "any")
               for k in range(max(0, noun.i - 4), noun.i)):  # ("His ex-wife": the owner before "ex", "-")
        return False
    if not all(t.is_alpha or t.text in ("-", "'") for t in _tk[s:e]) or not _tk[s].text[:1].isupper():
        return False
    return e == len(doc) or _tk[e].text in (",", ".", ";", *DASHES) and not (
        e + 1 < len(doc) and _tk[e + 1].lower_ in ("and", "or"))


def _results_list_item(doc: Doc, s: int, e: int) -> bool:
    """Whether the span is an item of a results list on a labelled line ("Seats won: Name (7), Other (5)",
    "Results: Name 7, Other 5"): a count follows it and the line's label names seats or results."""
    from kingmaker.nlp.facts import fact_cues

    bracketed = e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" \
        and re.fullmatch(r"\d{1,3}", doc[e + 1].text) is not None
    if not bracketed and not _listed_count(doc, e):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[s].idx) + 1
    label = re.match(r"[ \t]*([^\W\d_][^\n:]{0,30}):", text[line_start:doc[s].idx])
    cues = fact_cues()
    return label is not None and any(w in cues.results_labels or w in cues.seat_nouns or w in cues.seat_holders
                                     for w in re.findall(r"[^\W\d_]+", label.group(1).lower()))


def _person_subkind(doc: Doc, m: MentionInfo) -> str | None:
    """'cleric', 'military', 'politician'... from the title words before or inside the name."""
    kb = knowledge()
    texts = token_texts(doc)
    before = [w for w in texts[max(0, m.start - 5):m.start] if w not in ("-", ".", "’s", "'s")][-3:]
    words = [*before, *texts[m.start:m.end]]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            sub = kb.person_subkinds.get(norm(" ".join(words[i:i + n])))
            if sub:
                return sub
    return None


def _known_body_before_title(span, low: str) -> bool:
    """A known body's short form the NER tagged as a people, set before a post's title ("the AU envoy, X",
    "AU special envoy X", "the AU mediator"): the body whose officer the title names, not an adjective (a
    people's "the Kenyan envoy" stays an adjective: not a known body)."""
    kb = knowledge()
    head = span.root.head
    return low in kb.known_orgs and span.root.dep_ in ("compound", "nmod", "amod") and head.i > span.root.i \
        and head.pos_ == "NOUN" and (norm(head.text) in kb._title_set or norm(head.lemma_) in kb._title_set)


def _is_group_plural(name: str) -> bool:
    return name.endswith(("ists", "ites", "is")) or (name.endswith("s") and len(name) > 4)


def _office_of_person(tok: Token) -> bool:
    """A lone capitalised word in apposition to a person's name ("Tarmo Kesk, the Vaalimies,", "the
    Vaalimies, Tarmo Kesk,"): the person's office, not a body."""
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.head.i != tok.i:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _named_plain(doc: Doc, adj: int, head: int, inside: range) -> bool:
    """Whether the text names the state's body plainly ("the Ostravian Army": the adjective at ``adj``
    right before the capitalised head at ``head``) outside ``inside``: a longer name of that head
    ("the Ostravian National Army") is then another body."""
    a, h = doc[adj].text, doc[head].text
    words = token_texts(doc)
    return any(words[i] == a and words[i + 1] == h for i in range(len(words) - 1) if i not in inside)


def _only_where(doc: Doc, tok: Token) -> bool:
    """A one-word title-case name the NER called a body, not known as one and with no group noun, that the
    text only ever uses as where something happens ("told reporters in Harsk", "voters in Harsk and
    Velbor"): a place."""
    kb = knowledge()
    low = norm(tok.text)
    if tok.text.isupper() or not tok.is_alpha or low in kb.known_orgs or low in kb.org_nouns \
            or _country_of(tok.text):
        return False
    text = tok.text
    uses = [doc[i] for i, w in enumerate(token_texts(doc)) if w == text]
    for t in uses:
        r = t
        while r.dep_ == "conj" and r.head.i != r.i:
            r = r.head
        if not (r.dep_ == "pobj" and r.head.lower_ in kb.where_preps
                and norm(r.head.head.text) not in kb.not_place_heads
                and norm(r.head.head.lemma_) not in kb.not_place_heads):
            return False
    return bool(uses)


@lexicon_cache(maxsize=1)
def _backing_words() -> frozenset[str]:
    """The hyphened modifiers that say a backer ("Kardon-backed", "-sponsored": relations.yaml hyphen_modifiers of
    type backs)."""
    return frozenset(norm(w) for w, t in (knowledge().relations.get("hyphen_modifiers") or {}).items() if t == "backs")


def _apposition_after(doc: Doc, e: int, most: int = 6) -> list:
    """The words of a description set off by a comma right after a name (and its bracketed short form) up to its
    head noun (the first noun with no noun nor hyphen after it), whatever the parser hung it on: "the Ostravian
    National Army (ONA), a rebel militia that ..." gives "a rebel militia", ", an opposition target since" gives "an
    opposition target" (the parse may give the apposition to an earlier noun of the sentence)."""
    k = e
    if k < len(doc) and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + most, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return []
        k = close + 1
    if k >= len(doc) or doc[k].text != ",":
        return []
    out = []
    for t in doc[k + 1:min(k + 1 + most, len(doc))]:
        if t.is_punct and t.text != "-":
            break
        out.append(t)
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if t.pos_ == "NOUN" and not (after is not None and (after.pos_ == "NOUN" or after.text == "-")):
            break
    return out if out and out[0].lower_ in ("a", "an") else []


def _description_cues(doc: Doc, words: list, head: Token) -> list:
    """The words of a description (``words``, ending in its head noun ``head``) that may say what the described
    body is: the head noun ("a rebel militia"), and the plain modifiers before it when it is a body's noun
    (roles.yaml org_nouns: "a rebel alliance", not "an opposition target"), none glued to a hyphen ("an
    anti-rebel force", "a militia-free force", "an insurgent-hunting unit" say nothing of it); none when the
    description says the body is no longer so (relations.yaml not_current_titles: "a former rebel militia");
    a backing modifier after its hyphen ("a Belgian-backed force"; ``_backing_words``) is kept."""
    kb = knowledge()
    past = {norm(w) for w in kb.relations.get("not_current_titles") or ()}
    if any(norm(t.text) in past for t in words):
        return []
    body = norm(head.text) in kb.org_nouns or norm(head.lemma_) in kb.org_nouns

    def glued(t: Token) -> bool:
        return t.i > 0 and doc[t.i - 1].text == "-" or t.i + 1 < len(doc) and doc[t.i + 1].text == "-"
    out = [head]
    for t in words:
        if t.i >= head.i:
            continue
        if t.i > 0 and doc[t.i - 1].text == "-" and norm(t.text) in _backing_words():
            out.append(t)  # "Belgian-backed"
        elif body and not glued(t) and t.pos_ in ("ADJ", "NOUN", "PROPN"):
            out.append(t)
    return out


def _client_force(doc: Doc, s: int, e: int) -> bool:
    """The text describes the force named ``doc[s:e]`` as a client or a rebel body, not the state's own
    ("Belgian-backed factions of the Ostravian National Army", "the Ostravian National Army (ONA), a
    rebel alliance,"): a backing modifier (relations.yaml hyphen_modifiers of type backs) or a rebel word
    (relations.yaml client_force_words) before the name, on the noun it belongs to, or in an apposition (its head
    noun or a plain modifier of it: ``_description_cues``)."""
    kb = knowledge()
    rel = kb.relations
    backing = _backing_words()
    rebel = {norm(w) for w in rel.get("client_force_words") or ()}
    root = doc[s:e].root
    said: list = [t for t in root.children if t.i < s]  # "the rebel Ostravian National Army"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < s:
        said += list(root.head.head.subtree)[:root.head.i - root.head.head.left_edge.i]  # "factions of the"
    for c in root.children:
        if c.dep_ == "appos" and c.i >= e:
            said += _description_cues(doc, [t for t in c.subtree if t.i <= c.i], c)  # ", a Belgian-backed force,"
    after = _apposition_after(doc, e)
    if after and after[-1].pos_ == "NOUN":
        said += _description_cues(doc, after, after[-1])

    def cue(t) -> bool:
        w = norm(t.text)
        if w in backing and t.i > 0 and doc[t.i - 1].text == "-":
            return True  # "Belgian-backed"
        return w in rebel or norm(t.lemma_) in rebel

    return any(cue(t) for t in said)


def _force_before_role(doc: Doc, e: int, head: Token) -> tuple[int, str, str, str] | None:
    """"a former Ostravian army colonel", "Ostravia's army commander", "Ostravian army units": the state's armed
    force named in lower case between the state and the force's own head, rank or unit (roles.yaml leader_roles, a
    military rank of person_subkinds, a military org noun) is the force, not the state: the force ends the mention.
    Not before other nouns ("Ostravian military aid", "army positions": the state's act or a place), nor before a
    member's post ("the Ostravian military attaché", "military advisers": a state's envoys abroad, whose force is
    not the story's army)."""
    kb = knowledge()
    if head.i <= e or not head.is_lower:
        return None
    lemma = norm(head.lemma_)
    if not (lemma in kb.leader_roles or kb.person_subkinds.get(lemma) == "military"
            or kb.org_nouns.get(lemma) == "military"):
        return None
    for t in doc[e:head.i]:
        if t.is_lower and t.head.i == head.i and t.dep_ in ("compound", "amod", "nmod"):
            inst = kb.state_institutions.get(norm(t.text))
            if inst and inst[1] == "military" and inst[0] != "police":
                return t.i + 1, "institution", inst[0], inst[1]
    return None


def _harmed(noun: Token) -> bool:
    """The noun is the patient of a harm (roles.yaml harmed_personnel_verbs, harm_nouns): the object of "killed", the
    subject of "were killed", the noun after "the killing of"; a noun joined by "and" to such a patient is one."""
    kb = knowledge()
    counts = kb.harmed_count_nouns

    def harm(act: Token) -> bool:
        words = kb.harmed_personnel_verbs if act.pos_ in ("VERB", "AUX") else kb.harm_nouns
        return norm(act.lemma_) in words or norm(act.text) in words

    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # "kill Velnian farmers and soldiers"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (noun.head.head.like_num
                                                             or norm(noun.head.head.text) in counts):
        noun = noun.head.head  # "murdered dozens of Velnian soldiers"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX", "NOUN"):
        return harm(head)
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        act = head.head  # "the killing of three Velnian soldiers", "the deaths of two Velnian troops"
        return act.pos_ in ("NOUN", "VERB") and harm(act)
    return False


def _state_army_style() -> frozenset[str]:
    """The words a state's own army's name may carry between its state's word and "Army" (relations.yaml
    state_army_style_words: "the Royal Velorian Army", "the Velnian National Army"; and the words of a state force's
    names, state_force_names: "the Velnian Defence Army")."""
    rel = knowledge().relations
    return frozenset(norm(w) for w in rel.get("state_army_style_words") or ()) | frozenset(
        w for name in rel.get("state_force_names") or () for w in norm(name).split())


def _institution(doc: Doc, s: int, e: int, country: str) -> tuple[int, str, str, str] | None:
    """'Iraqi lawmakers', 'US forces', 'Iranian officials': the noun the demonym/state modifies."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    root = doc_span(doc, s, e).root
    # "Tarsovia's army", "Moldova's lawmakers": the state's own institution, named by its possessor (only an
    # institution: "Iraq's government" is the state)
    owned = root.dep_ == "poss" and e < len(doc) and _tk[e].text in APOS
    head = root.head if root.dep_ in ("amod", "compound", "nmod") or owned else None
    if head is None or head.i < e or head.i > e + 2:
        return None
    w = norm(head.lemma_) if head.text.lower() != head.lemma_ else norm(head.text)
    words = norm(head.text)
    force = _force_before_role(doc, e, head)
    if force is not None:
        return force
    if head.text[:1].isupper() and words not in ("army", "navy", "military", "parliament", "government"):
        return None  # "Lebanese Forces": a party's name, not the state's forces
    if head.text[:1].isupper() and head.i > e and not {norm(t.text) for t in read_tokens(doc)[e:head.i]}.isdisjoint(
            norm(w) for w in knowledge().relations.get("rebel_name_words") or ()):
        return None  # "the Korvanian Liberation Army", "the Velnian Revolutionary Army": a rebel word between the
        # state's adjective and the force noun (relations.yaml rebel_name_words) names a rebel force, not the state's
    if head.text[:1].isupper() and head.i > e and words in ("army", "navy", "military") \
            and not {norm(t.text) for t in read_tokens(doc)[e:head.i]} <= _state_army_style():
        return None  # "the Karsian Republican Army": a word of a name between the state's adjective and the force
        # noun, none of a state army's style ("the Velnian National Army": relations.yaml state_army_style_words)
    if head.text[:1].isupper() and head.i > e and (_named_plain(doc, e - 1, head.i, range(s, head.i + 1))
                                                   or _client_force(doc, s, head.i + 1)):
        return None  # "the Ostravian National Army" where "the Ostravian Army" is named too: another army
    if (words in kb.harmed_personnel_nouns or w in kb.harmed_personnel_nouns) and _harmed(head):
        return head.i + 1, "state", "", ""  # "shot dead four Varnossian soldiers": the state's loss, not its force
    for cand in (words, w):
        if cand in kb.state_institutions:
            suffix, subkind = kb.state_institutions[cand]
            return head.i + 1, "institution", suffix, subkind
        if cand in kb.state_nouns and not owned:
            return head.i + 1, "state", "", ""
    return None


def find_actors(doc: Doc) -> Doc:
    """Detect mentions, repair labels and resolve them into document-local actors."""
    token = _DOC_STATES.set({**document_states(doc), **_settled_names(doc)})
    try:
        return _find_actors(doc)
    finally:
        _DOC_STATES.reset(token)


_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w'’]*\s?-\s?[a-z]+")  # "Vesk-language", "Sunni-majority"
# a registry code of one capital and a number ("witness Q-4", "exhibit D-17", "recording R-9"), after at most a noun of
# its own: a reference in a file or a record, never an actor's name (a gang's "MS-13" has two letters)
_REGISTRY_CODE = re.compile(r"(?:[A-Z][a-z]+\s)?[A-Z]-\d+[A-Za-z]?")
# a catalogue's, a file's or a booking's code: groups of capitals joined by hyphens before a number ("KLM-OH-0217",
# "ARC-DOC-88"; a gang's "MS-13" has one group of letters), or capitals and digits in two runs or more in one word of
# five to ten ("ZX4R7P", "B7K2Q"; "G20", "M23", "G5SAHEL" have one run of digits)
_REFERENCE_CODE = re.compile(r"[A-Z]{1,5}(?:-[A-Z]{1,5})+-\d{2,}[A-Z]?|(?=[A-Z0-9]{5,10}$)[A-Z0-9]*\d[A-Z]+\d[A-Z0-9]*")
_POSTSCRIPT = re.compile(r"P\.(?:P\.)?S\.?")  # "P.S. Gifts made before ...": a letter's postscript
_GLUED_NAMES = re.compile(r"[A-Za-z][/][A-Z]|[a-z]-[A-Z]")  # "Tarvel/Kessa", "Kessa-Tarvel": two names in one
_LEADING_THE = re.compile(r"^(?:the|The) ")


def _address_town(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is the town of a postal address: right after a street's address and a comma ("14 Quarry Lane,
    Tessel 40212", "5 Dock Street, Brill."; roles.yaml street_words, a house number before the street's name), one
    or two capitalised words, not a state world knowledge holds ("12 Harbour Road, France" keeps the state)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if s < 3 or e - s > 2 or _tk[s - 1].text != "," or _country_of(doc_span(doc, s, e).text):
        return False
    if not _street_word(doc, s - 2):
        return False
    k = s - 3
    while k >= 0 and s - k <= 5 and _tk[k].text[:1].isupper() and _tk[k].is_alpha:
        k -= 1
    return k >= 0 and _house_number(doc, k)


def _code_tail(doc: Doc, s: int) -> bool:
    """Whether doc[s], in capitals, is glued by a hyphen or a slash to a run with a digit before it, all with no
    space between ("TN-2025/0417-KRV", "File 2024/117-AB"): the last letters of a reference number or a code, not a
    name's first word ("the 23-March Movement": no capitals; "the MS-13 gang": the number after the name)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    return s >= 2 and _tk[s].text.isupper() and _tk[s - 1].text in ("-", "/") and not _tk[s - 1].whitespace_ \
        and not _tk[s - 2].whitespace_ and any(c.isdigit() for c in _tk[s - 2].text)


def _street_address(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s:e] is a street's address: a word of a street's name in it (roles.yaml street_words, capitalised:
    "Calle", "Street", "Rue") and a house number where the sign's language puts it: after a name the street word
    opens ("Calle Arboleda 27", "Rue Haute 4", at its end or right after it), before one it ends ("14 Harbour
    Street"). A body named for a street with no number by it stays, and so does a name a count follows in a list
    ("the Harbour Front 29, and Amber Road 7": an English street word last, the number after)."""
    if not any(_street_word(doc, k) for k in range(s, e)):
        return False
    if _street_word(doc, s) and (_house_number(doc, e - 1)
                                 or _house_number(doc, e) and read_tokens(doc)[e - 1].whitespace_ != ""):
        return True  # "Calle Arboleda 27"
    return _house_number(doc, s - 1)  # "14 Harbour Street"


_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?")  # "27", "14b": a house's number in an address


def _house_number(doc: Doc, k: int) -> bool:
    """Whether doc[k] is a house's number ("27", "14b"); False past either end of the Doc."""
    return 0 <= k < len(doc) and _HOUSE_NUMBER.fullmatch(read_tokens(doc)[k].text) is not None


def _street_word(doc: Doc, k: int) -> bool:
    """Whether doc[k] is a capitalised word of a street's name (roles.yaml street_words: "Street", "Calle", "Rd.")."""
    text = read_tokens(doc)[k].text
    return text[:1].isupper() and norm(text.rstrip(".")) in knowledge().street_words


def _adjective_demonym(name: str, label: str) -> bool:
    """Whether the name of two words is an English adjective and a state's demonym ("Fluent Tarvish", "Young
    Velmorans", "Native French": world knowledge's demonyms, or an adjective of a state the text shows): a skill in
    a language or a people described, no body (a state's own name after the adjective, "Great Britain", is no
    demonym)."""
    words = name.split()
    if len(words) != 2 or ":" in label or not words[0].isalpha() or not words[0][:1].isupper() \
            or words[0].isupper():
        return False
    kb = knowledge()
    first, second = words[0].lower(), norm(words[1])
    if first not in ADJECTIVES or first in kb.org_nouns or first in kb.title_words or first in kb.state_epithets:
        return False
    states = _DOC_STATES.get() or {}
    return second in kb.demonyms or second in states and norm(states[second]) != second


def _statute_name(doc: Doc, s: int, e: int, low: str, label: str) -> bool:
    """Whether doc[s:e] names a text of law (roles.yaml statute_heads: "Law", "Bill"), not a body: the name ends in
    one, capitalised, after words none of which is a group's noun nor "of" ("the VDF Law", "the Harbour Levy Bill";
    not "the Faculty of Law", "the Rule of Law Institute"), all of them common words or capitals after "the", a
    colon or a line's start where the NER read a person's name ("BILL: Harbour Levy Bill"; not "the actor Jude
    Law"); or it is the head word alone, as a tracker's field label in capitals ("BILL: Harbour Levy Bill") or after
    a bracketed amendment ("the Public Order (Amendment) Bill"); or it is the name before that bracket ("Public
    Order")."""
    _tk = read_tokens(doc)
    kb = knowledge()
    heads = kb.statute_heads
    words = low.split()
    if not words:
        return False
    if e + 2 < len(doc) and _tk[e].text == "(" and (close := next((j for j in range(e + 1, min(e + 5, len(doc)))
                                                                 if _tk[j].text == ")"), None)) is not None \
            and close + 1 < len(doc) and _tk[close + 1].text[:1].isupper() and norm(_tk[close + 1].text) in heads:
        return True  # "the Public Order (Amendment) Bill": the law's name before its bracket
    if _tk[e - 1].text == ")" and e < len(doc) and _tk[e].text[:1].isupper() and norm(_tk[e].text) in heads:
        return True  # (the name read with its bracket: "Public Order (Amendment)" + "Bill")
    if words[-1] not in heads or not _tk[e - 1].text[:1].isupper():
        return False
    if len(words) == 1:
        return s > 0 and _tk[s - 1].text == ")" or _tk[s].is_upper and e < len(doc) and _tk[e].text == ":" \
            and (s == 0 or "\n" in _tk[s - 1].text or "\n" in _tk[s - 1].whitespace_)
    rest = words[:-1]
    if any(w in ("of", "for") or w in kb.org_nouns for w in rest):
        return False
    return label != "PERSON" or (s == 0 or _tk[s - 1].lower_ in ("the", ":") or "\n" in _tk[s - 1].text
                                 or "\n" in _tk[s - 1].whitespace_) \
        and all(t.is_upper or t.lower_ in NOUNS or t.lower_ in ADJECTIVES for t in read_tokens(doc)[s:e - 1])


def _glued_shortcut(doc: Doc, s: int, e: int) -> bool:
    """Whether the one word doc[s:e] in capitals is a part of a wiki's shortcut to a page of its rules: two words in
    capitals glued by a colon ("per WP:NPOV", "see MOS:DATE"), no space on either side of it."""
    _tk = read_tokens(doc)
    if e - s != 1 or not _tk[s].text.isupper():
        return False

    def glued(a: int) -> bool:  # doc[a] ":" doc[a + 2], all in capitals, no space between
        return 0 <= a and a + 2 < len(doc) and _tk[a + 1].text == ":" and not _tk[a].whitespace_ \
            and not _tk[a + 1].whitespace_ and _tk[a].text.isupper() and _tk[a + 2].text.isupper() \
            and _tk[a].is_alpha and _tk[a + 2].is_alpha
    return glued(s) or glued(s - 2)


def _opening_preposition(doc: Doc, s: int, e: int) -> bool:
    """Whether doc[s] is a preposition opening its sentence that the NER glued to the place it governs ("Unlike
    Velmoria, Kessa has not joined", "3.4 Inside Tarvel, the courts ..."): the parser reads it as a preposition whose
    object is the name's next word, or it is one no name opens with (roles.yaml opening_prepositions), and the rest
    of the name is a state (world knowledge or one the text shows) or a name the text writes elsewhere without the
    preposition. A body named with a preposition ("Beyond Borders said ...") has no such rest and stays whole."""
    _tk = read_tokens(doc)
    parsed = _tk[s].tag_ == "IN" and _tk[s].dep_ == "prep" and _tk[s + 1].head.i == s
    if not (parsed or _tk[s].lower_ in knowledge().opening_prepositions) or _tk[s].lower_ in ("of", "for") \
            or not _tk[s + 1].text[:1].isupper() \
            or not (_starts_segment(doc, s) or s > 0 and _NUMBER_MARKER.fullmatch(_tk[s - 1].text)
                    and (s == 1 or "\n" in _tk[s - 2].text)):
        return False
    if _country_of(span_text(doc, s + 1, e)):  # (the states the text shows too: ``_DOC_STATES``)
        return True
    return any(not (u.start > 0 and _tk[u.start - 1].lower_ == _tk[s].lower_) for u in _name_uses(doc, s + 1, e))


def _month_before_name(doc: Doc, s: int) -> bool:
    """Whether doc[s] is a month's name the NER glued to the name after it, the month the object of a preposition
    before it ("In April Dana Kost came to visit", "by March Velmoria had ..."; roles.yaml month_names): a date, no
    word of the name. A given name that is a month's ("April Dana spoke") has no preposition before it."""
    _tk = read_tokens(doc)
    return s > 0 and _tk[s].lower_ in knowledge().month_names and _tk[s].text[:1].isupper() \
        and _tk[s - 1].tag_ == "IN" and _tk[s - 1].is_alpha and _tk[s + 1].text[:1].isupper() \
        and not _tk[s + 1].like_num


def _seat_letters_after_body(doc: Doc, s: int, e: int) -> bool:
    """Whether the candidate name doc[s:e] ends in the capital letters of a seat (roles.yaml postnominal_letters:
    "MP", "MEP"; their plural, "MPs") written after a body's name, as a role it modifies: "X, a Harvest Party MP,
    said", "Harvest Party MEP X", "two Harvest Party MPs, X and Y": the name's word before them is a body's head noun
    ("Party", "Union", "Front") or the rest a known body. After a person's name the letters stay ("Dana Kost MP":
    ``names.clean_name`` reads them off)."""
    if e - s < 2:
        return False
    last, before = doc[e - 1], doc[e - 2]
    kb = knowledge()
    letters = last.text[:-1] if last.text.endswith("s") and len(last.text) > 2 else last.text  # ("two Y Party MPs")
    if not (letters.isupper() and norm(letters) in kb.postnominal_letters):
        return False
    return norm(before.text) in kb.org_nouns or norm(doc[s:e - 1].text) in kb.known_orgs


def _trim_glued_words(doc: Doc, s: int, e: int, label: str) -> tuple[int, int]:
    """The span of a candidate name doc[s:e] less the words the NER glued to it, or (s, s) for no name at all:
    an adjective of a state capitalised only at a sentence's start ("Neighbouring Ostravia", "Landlocked Velmaria":
    roles.yaml state_epithets and relations.yaml neighbour_words) leaves the state; a preposition no body's name holds ("the Front at Kessa Point":
    name_breaking_preps) ends the name; a person's title and "of" before a body's name are no part of it ("the
    Chairperson of the Karsk Union Commission"); a lone place "for" a lone place ("bound Tarnby for Velmouth") is a voyage's
    route, no name (unless a word of it makes a body's name: "Lawyers for Justice", "Movement for Karsk Dignity"); a
    column gap (a tab, a run of spaces) ends the name ("Signed: T. Velkova        Date:"); a case's title is its
    second party ("Republic v. Dana Kost": "Dana Kost"); the clause's own verb (an
    English verb the parser makes the root) opening a sentence or a bracket is no word of it ("Printed at ...")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    gap = next((k for k in range(s + 1, e - 1) if _tk[k].is_space and "\n" not in _tk[k].text
                and ("\t" in _tk[k].text or len(_tk[k].text) >= 2)), None)
    if gap is not None:
        e = gap  # "Signed: T. Velkova        Date: 2 May": a column gap ends the name (the next column's label)
    if _seat_letters_after_body(doc, s, e):
        e -= 1  # "X, a Harvest Party MP,": the letters of a seat after a body's name are the role, no word of it
    low = norm(span_text(doc, s, e))
    if low in kb.known_orgs:
        return s, e
    if _tk[s].tag_ in ("VB", "VBD", "VBN") and _tk[s].dep_ == "ROOT" and _starts_segment(doc, s) \
            and _tk[s].lemma_.islower() and _tk[s].lemma_ in VERBS:
        # "(Printed at the direction of X)", "Elect Amber Meadow!", "Observe how the author ...": the clause's own
        # verb, capitalised only where its sentence or bracket opens, is no word of a name
        s += 1
        if s >= e:
            return s, s
    versus = next((k for k in range(s + 1, e - 1) if _tk[k].lower_ in ("v.", "v", "vs.", "vs")
                   and _tk[k - 1].text[:1].isupper() and _tk[k + 1].text[:1].isupper()), None)
    if versus is not None:
        s = versus + 1  # "Republic v. Dana Kost": a case's title; its accused is the name, not the whole title
    if e - s >= 2 and (_opening_preposition(doc, s, e) or _month_before_name(doc, s)):
        s += 1  # "Unlike Velmoria, Kessa has ...", "In April Dana Kost came": the sentence's own words, no name's
    for k in range(s + 1, min(s + 4, e)):  # "Oil-rich Ostravia": a hyphenated epithet is three tokens
        epithet = norm(span_text(doc, s, k))
        if (epithet in kb.state_epithets or _neighbour_word(epithet)) and _starts_segment(doc, s) \
                and _country_of(span_text(doc, k, e)):
            return k, e
    for k in range(s + 1, e - 1):
        if _tk[k].is_lower and _tk[k].lower_ in kb.name_breaking_preps and _tk[k + 1].text[:1].isupper():
            return s, k
    if e - s >= 4 and _tk[s + 1].lower_ == "of" and (norm(_tk[s].text) in kb._title_set
                                                      or norm(_tk[s].text) in kb.capital_titles):
        k = s + 3 if _tk[s + 2].lower_ == "the" else s + 2
        rest = [norm(t.text) for t in read_tokens(doc)[k:e]]
        if e - k >= 2 and all(t.text[:1].isupper()
                              for t in read_tokens(doc)[k:e] if not t.is_lower) and _tk[k].text[:1].isupper() \
                and not all(w in kb.title_words or w in kb.org_nouns or w in kb.state_body_nouns for w in rest):
            return k, e  # "the Chairperson of the Karsk Union Commission": a person's title over the body's name
    if e - s >= 3 and _tk[s + 1].lower_ == "of" and norm(_tk[s].text) in kb.delegate_nouns:
        k = s + 3 if _tk[s + 2].lower_ == "the" and e - s >= 4 else s + 2
        if _country_of(span_text(doc, k, e)):
            return k, e  # "Delegation of Marvosk" heading a meeting's list: the state it seats, no body's name
    if e - s == 3 and _tk[s + 1].lower_ == "for" and label in ("ORG", "", "PERSON") and _tk[s].is_title \
            and _tk[e - 1].is_title and not _tk[s].lower_.endswith("s"):
        words = (_tk[s].lower_, _tk[e - 1].lower_)
        if not any(w in kb.org_nouns or w in kb.for_name_heads or w in kb.pair_name_words
                   or w in kb.title_words or w in kb.generic_name_words for w in words) \
                and not _initials_after(doc, s, e) and not _founded_name(doc, s, e, label, doc[s:e].root):
            return s, s  # (not "founded the Revolution for Plenty (RFP)": a body's name, by its initials or its founding)
    return s, e


def _initials_after(doc: Doc, s: int, e: int) -> bool:
    """Whether a bracketed word right after doc[s:e] spells the name's initials in order ("the Revolution for Plenty
    (RFP)", "Hope of Karsk (HK)"), whatever word it also is (a listed document code, "RFP", counts here)."""
    _tk = read_tokens(doc)
    if e + 2 >= len(doc) or _tk[e].text != "(" or _tk[e + 2].text != ")":
        return False
    acr = _tk[e + 1].text
    return acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 8 \
        and acr == "".join(w[0].upper() for w in span_text(doc, s, e).split() if w[:1].isalpha())


def _others_organ(doc: Doc, s: int, low: str, known: str) -> bool:
    """"Drevoria's Security Council", where the lexicon lists "Security Council" for an organ of the UN: a name
    (``low``, norm, from token ``s``) headed by an organ's noun (roles.yaml body_organ_heads, organ_nouns) after the
    possessive of a capitalised name that is not the ``known`` body's own ("the UN's Security Council" is) is that
    other's organ, not the known body."""
    kb = knowledge()
    words = low.split()
    if s < 2 or not words or words[-1] not in kb.body_organ_heads | kb.organ_nouns:
        return False
    _tk = read_tokens(doc)
    if _tk[s - 1].text not in APOS:
        return False
    owner = norm(_tk[s - 2].text)
    return _tk[s - 2].text[:1].isupper() and kb.known_orgs.get(owner, ("",))[0] != known


def _acronym_defined_otherwise(doc: Doc, name: str, known: str) -> bool:
    """Whether the document spells out a known body's initials ``name`` as another name ("the Southern Defence Force
    (SDF)" where the dictionary's SDF is the Syrian Democratic Forces): its own initials set in brackets after a
    name, the known body's full name nowhere in the text. Its "SDF" is then that name's short form."""
    if not (name.isupper() and name.isalpha() and " " not in name):
        return False
    text = doc_text(doc)
    if f"({name})" not in text:
        return False
    words = doc.user_data.get("km_text_words")
    if words is None:  # (the text's words, lower case and one space apart: read once per Doc)
        words = doc.user_data["km_text_words"] = " " + _NON_WORD.sub(" ", norm(text)) + " "
    return " " + _NON_WORD.sub(" ", norm(known)).strip() + " " not in words


_NON_WORD = re.compile(r"[^a-z0-9]+")



def _find_actors(doc: Doc) -> Doc:
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    cands = _candidates(doc)
    mentions: list[MentionInfo] = []
    votes_by_key: dict[str, Counter] = defaultdict(Counter)
    furniture = _page_furniture(doc)
    short_forms: list[MentionInfo] = []  # "the Front": maybe a longer name met in the text
    # people's names and surnames: "the Tolvan government" is Tolvan's, not a party called Tolvan
    person_names = {norm(t.text) for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1
                    for t in ent[-1:]} \
        | {norm(ent[1:].text) for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 2
           and any(t.text == "-" for t in ent[1:])}  # a double surname: "the Horvat-Kral government"
    inner_caps: set[str] | None = None  # capitalised words seen inside a sentence (computed when needed)
    lower_nouns: set[str] | None = None  # nouns and adjectives written in lower case (computed when needed)
    named_states: set[str] | None = None  # the known states the NER found named (computed when needed)

    capital_forms = {c.replace("'", "") for c in kb.capitals}  # "Sanaa" for "Sana'a"
    codes = _legend_codes(doc)
    for s, e, label in cands:
        if codes and _tk[s].text in codes and (":" not in label or label == "EXT:ORG"):
            continue  # "AMB Lukanga: ...": a code the document's legend defines ("AMB = prepare") and the place or
            # the subject it labels, the heading of a line of the log, no actor's name
        if _heading_pronoun_us(doc, s, e):
            continue  # "ABOUT US", "CONTACT US": a page's heading names its own body, no state
        if e - s > 1 and (s == 0 or "\n" in _tk[s - 1].text) and _lettered_item(token_texts(doc), s):
            s += 1  # "D. Ports and trade: ...": a lettered list's letter, no initial of a person's name
            if e - s == 1 and label in ("PERSON", "ORG", "") and _common_word(_tk[s].lower_) \
                    and _tk[s].lower_ not in kb.known_orgs and not _country_of(_tk[s].text):
                continue  # (the item's first word, a common one, read as a name with the letter)
        if e - s > 1 and _NUMBER_MARKER.fullmatch(_tk[s].text) and (s == 0 or "\n" in _tk[s - 1].text):
            s += 1  # "4.2 Hon. X tabled", "44:20 Listener questions": the line's number or time is no word of a name
        while e - s > 1 and _CLOCK_TIME.fullmatch(_tk[e - 1].text) and ":" not in label:
            e -= 1  # "Time gates: Orvel 11:45, Upper Dask 13:30": a timetable's time after its place is no word of a name
        span = doc_span(doc, s, e)
        if label in ("ORG", "PERSON") and e - s == 1 and _only_where(doc, doc[s]):
            label = "LOC"  # "voters in Harsk and Velbor", "visited Delmoro": a town the NER took for a body
        if (":" not in label or label == "EXT:ORG") and e > s:
            s, e = _trim_glued_words(doc, s, e, label)
            if s >= e:
                continue  # "Tarnby for Velmouth": a route between two places, no body's name
            span = doc_span(doc, s, e)
        if label.startswith("INST:"):
            _, suffix, n = label.split(":")
            country = _country_of(span_text(doc, s, s + int(n)))
            mentions.append(MentionInfo(s, s + int(n), span_text(doc, s, s + int(n)), country, "GPE", "country", "state",
                                        key="country:" + country, aliases=(span_text(doc, s, s + int(n)),)))
            mod = span_text(doc, s, s + int(n))
            mod = mod if len(mod) <= 4 or mod.isupper() else country
            mentions.append(MentionInfo(s, e, span.text, f"{mod} {suffix}", "ORG", "organization",
                                        "military" if suffix != "parliament" else "legislature",
                                        key=f"inst:{country}:{suffix}", aliases=(clean_name(span.text),)))
            continue
        if label.startswith("STATEOF:"):
            mod = doc[s + int(label[8:]):e].text
            country = _country_of(mod)
            mentions.append(MentionInfo(s, e, span.text, country, "GPE", "country", "state",
                                        key="country:" + country, aliases=(clean_name(span.text),)))
            continue
        if label.startswith("STATE:"):
            mod = doc[s:s + int(label[6:])].text
            country = _country_of(mod)
            mentions.append(MentionInfo(s, e, span.text, country, "GPE", "country", "state",
                                        key="country:" + country, aliases=(clean_name(span.text),)))
            continue
        bracket_aliases: tuple[str, ...] = ()
        full_name = None
        if label.startswith("PFX"):
            n_prefix, label = label[3:].split(":", 1)
            full_name = clean_name(span_text(doc, s - int(n_prefix), e))
        if label.startswith("BRK:"):
            o = next(i for i in range(s, e) if _tk[i].text in ("(", "["))
            c = next(i for i in range(o, e) if _tk[i].text in (")", "]", ","))
            tail = span_text(doc, c + 1, e)
            outer = " ".join(x for x in (span_text(doc, s, o), tail) if x)
            inner = " ".join(x for x in (span_text(doc, o + 1, c), tail) if x)
            bracket_aliases = (inner, span_text(doc, o + 1, c)) + \
                ((re.sub(r"^(?:the|The) ", "", span.text),) if _tk[c].text != "," else ())
            label = "EXT:ORG"
            name = clean_name(outer)
        else:
            name = clean_name(span_text(doc, s, e))  # (span's text, read off the Doc's text: no Token per word)
        headed = name.isupper() and (label == "PERSON" and (s, e, label) in _heading_persons(doc)
                                     or label == "ORG" and (s, e, label) in _heading_bodies(doc))
        if headed:
            name = name.title()  # a person named in full only in a heading in capitals (``_heading_persons``)
        if not name or len(name) < 2:
            continue
        low = norm(name)
        if low in kb.not_actors or low in kb.month_names or not any(c.isalpha() for c in name):
            continue
        if honorific_key(name) in kb.honorifics:
            continue  # "His Majesty's Government": a form of address alone (roles.yaml honorifics) names nobody
        if norm(span_text(doc, s, e)) in kb._title_set and label in ("", "ORG", "PERSON"):
            continue  # "the Chief Financial Officer": a bare title of several words (its first stripped as a title)
        if len(low.split()) > 1 and (low.split()[-1] in kb._title_set or low.split()[-1] in kb.capital_titles) \
                and label in ("", "ORG", "EXT:ORG", "PERSON") and low not in kb.known_orgs \
                and all(w in kb.title_words or w in kb.org_nouns for w in low.split()[:-1]):
            continue  # "Committee Chairperson", "Party Secretary": a body's generic noun and a title, no one's name
        if _job_post_name(doc, low):
            continue  # "the Country Manager", "Dr X, Project Officer": a post of common words, no one's name
        if _sender_desk(doc, s, e, low):
            continue  # "From: Commercial Department": the sending desk of a memo, no actor
        if _descriptor_place(doc, s, e, low):
            continue  # "- Supplier A (denim, Kesh):": a place closing an item's descriptor in brackets, no actor
        if _shaped_place(doc, s, e, low, label):
            continue  # "boats from Vesko North", "near the Dask Narrows": a district or a landform, no actor
        if _item_label_plural(doc, s, e, name):
            continue  # "Sites 301 and 302", "Suppliers A and B": items named by their labels, no body
        if _facility_name(doc, s, e, low):
            continue  # "Site 3, Varno District Hospital": a facility, no actor
        if _site_modifier(doc, s, e, low):
            continue  # "the Tarvo corridor", "Kesh hut": a place named before its feature's noun, no actor
        if _capitals_label(doc, s, e, name, low):
            continue
        if _saint_name(doc, s, e, name):
            continue  # "St Agnes's Hospital", "Our Lady of the Lagoon": a saint's church or school, no actor
        if _sitting_name(low):
            continue  # "the Annual General Meeting", "a Special Session": one sitting of a body, no actor
        if _portfolio_tail(doc, s, e):
            continue  # "the Ministry of Education and | Skills Development": the body's second field, no body
        if _common_words_title(doc, s, e, name):
            continue  # "LESSON PLAN - Year 11 Global Politics", ""A Small Country's Big Gamble"": a work's title
        if _title_line_common_word(doc, s, e, name, low):
            continue  # "Visitor Services - Notice to Weekend Tour Groups and Schools": a title's common noun
        if _ampersand_pair(doc, s, e, name, low):
            continue  # "Nickel & Cobalt", "Central America & Caribbean": a pairing of things, no body
        if _two_letter_code(doc, s, e, name, low):
            continue  # "GM Tomas Brell", "IA Lena Voss": a title's or an item's code of two letters, no body
        if _letter_digit_code(doc, s, e, name, low) or _plus_code(name, low) or _legal_form_alone(doc, s, e, low):
            continue  # "for Q4", "rated 'CCC+'", "CO., LTD.": a quarter's or a rating's code, a legal form alone
        if _idle_acronym(doc, s, e, name, low):
            continue  # "QFN power modules", "direct OEM customers": a product's or a trade's acronym that never acts
        if label != "PERSON" and _comma_joined_name(doc, name, low):
            continue  # "Tessany, Orsendorf", "Policy Unit, Asia Desk": names the tagger joined
        if label == "" and not _tk[s].ent_type_ and _lone_capitals_word(doc, s, e, name, low):
            continue  # "a sign reading "DROWNING: ACCIDENTAL"", "Status: PASSED": a word in capitals, no acronym
        if _markup_code(doc, s, e, name, low):
            continue  # "[ITEM 2 -- CAM 2 / VT 1'40"]": a script's or a draft's markup code in brackets, no body
        if e - s == 1 and s >= 2 and _tk[s - 1].text in APOS and _tk[s - 2].text[:1].isupper() \
                and (low in NOUNS or singular(low) in NOUNS) and low not in kb.org_nouns \
                and low not in kb.legislature_words and low not in kb.state_body_nouns and low not in kb.known_orgs \
                and not _country_of(name) and (e == len(doc) or _tk[e].pos_ not in ("NOUN", "PROPN", "ADJ")
                                               or _tk[s].head.i <= s) \
                and not _owner_named(doc, s - 1):
            # "the Attorney General's Office", "the Ombudsman's Office": a common noun left after its owner's
            # possessive, heading its phrase (not a name's first word before the noun it modifies: "X's Dawn
            # movement"; a word after it that modifies another, "the Chief Prosecutor's Office next year", is no
            # noun of its name), the owner an office, not a state or a body ("Velmoria's Gendarmerie" is the
            # state's force)
            continue
        if _numbered_section_title(doc, s, e) and low not in kb.known_orgs:
            continue  # "V. Recommendations": a section's Roman number (read as an initial) and its title
        if e < len(doc) and _tk[e].is_lower and _tk[e].lower_ in kb.currency_nouns and e - s <= 2 \
                and (not _tk[e].tag_.startswith("VB") or s > 0 and _tk[s - 1].like_num) \
                and low not in kb.known_orgs and not _country_of(name):  # (not "X pounds Y": a verb, no amount)
            continue  # a currency's name before a money noun, not an actor
        if not label.startswith("BRK:") and _numbered_instrument(doc, s, e) and low not in kb.known_orgs:
            # "Executive Order (E.O.) 13224", "Security Council Resolution 2216": a text of law, not an actor;
            # the body that issued it stays ("the Security Council")
            rest = norm(span_text(doc, s, e - 1)).split()
            if len(rest) < 2 or not any(w in kb.org_nouns or w in kb.legislature_words for w in rest):
                continue
            e -= 1
            span = doc[s:e]
            name = clean_name(span.text)
            low = norm(name)
        if _SIGNED_TIME.match(doc_text(doc), _tk[e - 1].idx + len(_tk[e - 1].text)):
            continue  # "-- Quorvath.R 21:47, 11 June 2024 (UTC)": a talk page's or a forum's user signing a post
        lw = low.split()
        last = lw[-2] if len(lw) > 2 and lw[-1] in ("no", "number") else lw[-1]
        if (len(lw) > 1 and (last in kb.law_text_heads or last in kb.occasion_heads)
                and not (last in kb.outlet_text_heads and _outlet_named(doc, s, e))
                or len(lw) > 2 and lw[1] == "of" and lw[0] in kb.law_text_heads and lw[0] not in kb.outlet_text_heads) \
                and low not in kb.known_orgs and not _country_of(name):
            # "the Electoral Code", "the Karvel Accords", "the Harbour Principles", "Options Paper No. 3": a text of
            # law, of conduct or an agreement; "Unity Day", "the Silver Jubilee": an occasion (roles.yaml law_text_heads, occasion_heads);
            # "the Rules of the Association", "a Code of Conduct": a text of rules named by its head first
            continue
        if len(lw) == 2 and name.split()[-1].isupper() and lw[-1] in kb.not_actors \
                and not _country_of(name) and low not in kb.known_orgs:
            continue  # "4.8 per cent of Group EBITDA": a word before a measure's or a thing's acronym, no body
        if _statute_name(doc, s, e, low, label) and low not in kb.known_orgs:
            continue  # "the VDF Law", "BILL: Harbour Levy Bill", "the Public Order (Amendment) Bill": a text of law
        if _meeting_name(doc, s, e, low):
            continue  # "the Winter Forum 2024", "our Fourth General Session": one sitting of a body
        if e + 1 < len(doc) and _tk[e].text == "-" and not _tk[e - 1].whitespace_ \
                and norm(_tk[e + 1].text) in kb.descriptive_suffixes and low not in kb.known_orgs:
            continue  # "a Salafist-leaning force", "a Kelvish-speaking militia": a description
        if _COMPOUND_ADJECTIVE.fullmatch(name):
            continue  # "Vesk-language", "Sunni-majority": a compound adjective, not a name
        if _REGISTRY_CODE.fullmatch(name) and not label.startswith("BRK:"):
            continue  # "Witness Q-4", "D-17": a record's reference code, not a name
        if _REFERENCE_CODE.fullmatch(name) and low not in kb.known_orgs:
            continue  # "record KLM-OH-0217", "booking ZX4R7P": a catalogue's or a booking's code, not a name
        if _code_tail(doc, s):
            continue  # "Reference: TN-2025/0417-KRV": the letters ending a code of numbers, not a name
        if _glued_shortcut(doc, s, e) or _POSTSCRIPT.fullmatch(name):
            continue  # "per WP:NPOV", "see MOS:DATE": a wiki's shortcut to its rules; "P.S.": a letter's postscript
        if _street_address(doc, s, e):
            continue  # "Calle Arboleda 27", "14 Harbour Street": an address, not a body
        if _address_town(doc, s, e):
            continue  # "14 Quarry Lane, Tessel 40212": the town of a postal address, not a person or a body
        if _adjective_demonym(name, label):
            continue  # "Fluent Tarvish and English", "Young Velmorans": a skill in a language or a people described
        if low in kb.name_particles or low in ("al", "el", "the"):
            continue  # a lone article or particle ("La", "Al"): a fragment of a longer name
        if all(t in kb.page_words for t in low.split()):
            continue  # web-page furniture: "Weather", "Login", "Subscribe"
        if s > 0 and _tk[s - 1].text in ("TV", "Radio") and not _tk[s - 1].ent_type_ and low not in kb.known_orgs \
                and not _country_of(name):
            continue  # "the private channel TV Nova": a broadcaster (media), not an actor
        if _section_label(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # "Relations with other groups", "Media. The broadcaster...": a heading or a paragraph's label
        if e - s == 1 and s > 0 and low in kb.instrument_words and _tk[s - 1].lower_ in ("the", "this", "that") \
                and low not in kb.known_orgs:
            continue  # "nothing in the Bill", "this Order": a text of law named by its word (roles.yaml instrument_words)
        if _common_word_label(doc, s, e, label) and low not in kb.known_orgs and not _country_of(name):
            continue  # "Risk Rating: Medium", "- Ink Pad", "09:30 Coffee Break": a layout's label of common words
        if low in kb.designation_names:
            continue  # "designated X a Foreign Terrorist Organization": a listing, not a body
        if e - s == 1 and name.isupper() and low in kb.function_words and low not in kb.known_orgs \
                and not _country_of(name):
            continue  # "UP TO $2 MILLION": a function word in capitals, not an acronym
        if e - s == 1 and _code_piece(doc, s) and low not in kb.known_orgs and not _country_of(name):
            continue  # "TSK/PR/NOTE/88": a piece of a document's reference code named nowhere else
        if len(low.split()) == 2 and low.split()[0] in kb.regnal_ordinals and low.split()[1] in kb.era_nouns \
                and low not in kb.known_orgs:
            continue  # "the Third Empire": an era of the state's history (roles.yaml era_nouns), not a body
        if low.split()[-1] in kb.episode_words and len(low.split()) > 1 and low not in kb.known_orgs \
                and not _country_of(name) and not any(w in kb.org_nouns for w in low.split()):
            continue  # "after the Korvel Crisis", "the Tarn Uprising": a named episode, not a body
        if _division_heading(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # "SLIDE 3 - Money trail": a numbered division's label, or a lone word of its title
        if _numbered_division(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # "the Panel 2 paper", "attending Courtroom 1": a numbered division named by its label
        if _in_category_heading(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # "Rebel movements", "Community militias": a list's category heading (or its contents entry)
        if _quoted_title(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # the memoirs "The Silent Harbour": the title of a book, film or chapter, not a body
        if _title_case_headline(doc, s, e) and low not in kb.known_orgs and not _country_of(name):
            continue  # "Assembly Renews Ostravia Mandate for Two": words of a Title Case headline, not a name
        if s >= 2 and _tk[s - 1].lower_ in ("of", "for") and norm(_tk[s - 2].text) in kb.portfolio_titles \
                and label in ("ORG", "", "EXT:ORG") and not _country_of(name) and low not in kb.known_orgs \
                and not any(w in kb.org_nouns for w in low.split()):
            continue  # "Minister of Social Affairs": the portfolio of a title, not a body
        if s >= 2 and _tk[s - 1].lower_ == "of" and _tk[s - 2].text[:1].isupper() \
                and norm(_tk[s - 2].text) in kb._title_set and label in ("ORG", "", "EXT:ORG") \
                and not _country_of(name) and low not in kb.known_orgs \
                and all(w in kb.title_words or w in kb.org_nouns or w in kb.state_body_nouns for w in low.split()):
            continue  # "Chief of Army Staff", "Chief of Defence Forces": a title's generic words, no body's name
        if e - s == 1 and label in ("ORG", "") and _office_of_person(doc[s]) and low not in kb.known_orgs \
                and low not in kb.org_nouns and not name.isupper() and not _country_of(name):
            continue  # "the Vaalimies, Tarmo Kesk,": an office left in its language, in apposition to its holder
        if s in furniture and not headed and low not in kb.known_orgs and not _country_of(name) \
                and not (label == "ORG" and len(low.split()) > 1 and not name.isupper()
                         and (low.split()[-1] in kb.org_nouns or low.split()[-1] in kb.legislature_words)):
            # a section label, kicker or menu line ("ANALYSIS", "Home | World | Login"); not a body named in
            # a report's header ("Assembly report | The Grand Assembly, Ostravia")
            continue
        if e - s == 1 and _starts_segment(doc, s) \
                and (label == "" or label == "ORG" and norm(span[0].head.text) in kb.title_words) \
                and span[0].dep_ in ("compound", "amod", "nmod") and span[0].head.i > s and span[0].head.is_lower \
                and span[0].head.pos_ == "NOUN" and low not in kb.known_orgs \
                and not (label == "ORG" and is_acronym(name) and len(name) > 1):
            # a common word capitalised only because it opens the sentence, with no name tag from the NER or
            # before a title ("Caretaker prime minister X"), unless it is capitalised inside a sentence too; not a
            # body's initials the NER tags, written once ("KLF leader X said ..."): no common word is in capitals
            if inner_caps is None:
                inner_caps = _inner_caps(doc)
            if span.text not in inner_caps:
                continue
        if e - s == 1 and _starts_segment(doc, s) and low not in kb.known_orgs and not _country_of(name) \
                and not name.isupper() and label in ("", "ORG", "PERSON", "NORP"):
            # "Clan fighters ... clan militias": a common noun the text writes in lower case elsewhere,
            # capitalised here only because it opens the sentence
            if inner_caps is None:
                inner_caps = _inner_caps(doc)
            if lower_nouns is None:
                lower_nouns = _lower_nouns(doc)
            if (low in lower_nouns or low + "s" in lower_nouns or label == "" and low in _lower_words(doc)) \
                    and span.text not in inner_caps:
                # (its plural in lower case too: "Listener questions" where "our listeners" write; with no name tag
                # from the NER, any word the text writes in lower case: "Escort agreed." where "to escort the convoy" writes)
                continue
            if span[0].tag_ in COMMON_WORD_TAGS or span[0].tag_ in ("VB", "VBD", "VBN", "VBG") \
                    and label in ("", "PERSON") or span.text in _common_openers(doc):
                # "Halfway through the film", "Rift in X deepens", "Ministers agreed", "Forwarded this?": the
                # tagger reads the word as a common one (adverb, adjective, common noun, verb), capitalised only
                # because it opens the sentence (here or where it opens another one)
                if inner_caps is None:
                    inner_caps = _inner_caps(doc)
                if span.text not in inner_caps:
                    continue
        if e - s == 1 and name.isupper() and name.isalpha() and low not in kb.known_orgs \
                and (len(name) >= 4 or len(name) == 3 and _written_once(doc, s)) \
                and not _country_of(name) and _shouted_line(doc, s):
            # "ELECTION 2026 LIVE RESULTS": a word of a shouted heading, not an acronym; of three letters only
            # where the text writes it nowhere else ("ENGINE LOG SHEET"): an acronym is named again in the text
            continue
        if not name[:1].isupper() and not name[:1].isdigit() and not LOWER_PARTICLE.match(name) \
                and not _named_as_group(doc, s) and not _fathers_name(doc, s, e, label):
            continue  # lower-case phrases the NER swept up ("armed movement loyal"), not "al-Sahil"
        if name.isupper() and len(name.split()) > 1 and low not in kb.known_orgs and not _country_of(name):
            continue  # a shouted headline ("RIVAL BLOCS CLASH"), not a name
        if low in kb._title_set or low in kb.person_cues or low in kb.leader_roles or low in kb.member_roles:
            continue  # a bare title ("Prime Minister", "Brig. Gen")
        office = low.split(" for ")[0].split()  # "UN Special Envoy for Karvel": the title before its remit
        if len(office) > 1 and all(w in kb.title_words for w in office[1:]) \
                and (office[-1] in kb._title_set or " ".join(office[-2:]) in kb._title_set) \
                and not _country_of(name.split()[0]) and not _country_of(name):
            continue  # a longer bare title ("Deputy Foreign Minister", "Federal Defence Minister", "EU Special
            # Representative for Karvel"): an office, not a body
        before = _prev_words(doc, s, 2)  # (the word before is the last of the two: one walk back for both)
        if any(norm(" ".join([*before[-n:], name])) in kb._title_set for n in (1, 2)):
            continue  # the tail of a title ("Secretary of State")
        if e < len(doc) and _tk[e].lower_ in ("administration", "era", "doctrine", "years") and label != "ORG":
            continue  # "the Bush administration": not the person as an actor
        if _GLUED_NAMES.search(ARTICLE_HYPHEN.sub("", name)) \
                and e < len(doc) + 1 and \
                norm(name).split()[-1] in ("alliance", "axis", "pact", "partnership", "deal", "rivalry") \
                and (name.split()[-1].islower() or "/" in name):
            continue  # "X/Y alliance": a tie between two actors, found by the relation patterns (not "the
            # Red-Green Alliance", a name)
        if all(t in kb.not_states for t in low.split()):
            continue
        if (low in kb.org_nouns and low not in kb.translated_heads and low not in TRANSLITERATED_NAMES
                and low not in kb.loan_member_plurals) \
                or low in kb.state_institutions or low in kb.state_nouns or low in ("cabinet",):
            if low not in kb.known_orgs:
                if low in kb.org_nouns and s > 0 and _tk[s - 1].lower_ == "the" and name[:1].isupper():
                    short_forms.append(MentionInfo(s, e, span.text, name, "ALIAS", "organization"))
                continue  # "the Cabinet", "the Front": a common noun, not a name (unless a short form)
        if low in kb.media:
            mentions.append(MentionInfo(s, e, span.text, name, label, "media", "media", key="media:" + low))
            continue
        known = kb.known_orgs.get(low) or kb.known_orgs.get(norm(_LEADING_THE.sub("", name)))
        if not known and len(low.split()) == 2 and low.split()[1] in kb.state_nouns:
            known = kb.known_orgs.get(low.split()[0])  # "the NATO Delegation", "NATO officials": the body itself
        if known and not (len(name) <= 2 and name.upper() == name and label not in ("ORG", "")) \
                and not _acronym_defined_otherwise(doc, name, known[0]) and not _others_organ(doc, s, low, known[0]):
            mentions.append(MentionInfo(s, e, span.text, known[0], label, "organization", known[1],
                                        key="known:" + known[0], aliases=(name,)))
            continue
        country = _country_of(name)
        if country and _capital_as_surname(doc, s, e, name, country, person_names, capital_forms):
            country = None  # "Readers will recognise Carlos Lima ... Lima was charged": the person, not Peru
        if country and span.root.dep_ in ("amod", "compound", "nmod") and span.root.head.i >= e \
                and norm(span.root.head.text) in kb.language_nouns:
            continue  # "its French name", "the Vesk-language press": a language, not the state
        if country and label == "NORP" and norm(name) != norm(country) and span.root.dep_ == "pobj" and e - s == 1 \
                and span.root.head.lower_ in ("in", "from", "into") and (e >= len(doc) or not _tk[e].is_alpha
                                                                          or _tk[e].pos_ not in ("NOUN", "PROPN")):
            continue  # "translated from Spanish", "its initials in French": a language, not the state
        if country and label in ("GPE", "NORP", "LOC", "ORG", "", "FAC", "PERSON"):
            inst = _institution(doc, s, e, country)
            if inst and inst[1] == "institution":
                end2, _, suffix, subkind = inst
                surface = f"{span.text} {_tk[end2 - 1].text}"
                mod = span.text if len(span.text) <= 4 or span.text.isupper() else country
                # the state is named too; the institution mention (later) owns the tokens
                mentions.append(MentionInfo(s, e, span.text, country, label, "country", "state",
                                            key="country:" + country, aliases=(name,)))
                nm = f"{mod} {suffix}"
                full = span_text(doc, s, end2)  # "Ostravian military intelligence" as written
                mentions.append(MentionInfo(s, end2, surface, nm, label, "organization", subkind,
                                            key=f"inst:{country}:{suffix}",
                                            aliases=(surface,) if full == surface else (surface, full)))
                continue
            if inst and inst[1] == "state":
                end2 = inst[0]
                surface = f"{span.text} {_tk[end2 - 1].text}"
                # "Velnian soldiers" killed are the state's loss: the words are no name of the state
                harmed = norm(_tk[end2 - 1].text) in kb.harmed_personnel_nouns
                mentions.append(MentionInfo(s, end2, surface, country, label, "country", "state",
                                            key="country:" + country, aliases=(name,) if harmed else (surface, name)))
                continue
            # a capital opening a dateline ("SANAA, Yemen -", "KURMET (Reuters) -") is the place the story is
            # filed from: it still counts for the state, but its name is no alias of it
            joined = e  # "SANAA/JERUSALEM, Sept 11 (Reuters) -": places joined by slashes
            while joined + 1 < len(doc) and _tk[joined].text == "/" and _tk[joined + 1].is_upper:
                joined += 2
            city = norm(name).replace("'", "") in capital_forms \
                and norm(name) != norm(country)  # "Sanaa" for "Sana'a"
            filed = city and _is_dateline(doc, s, joined)
            mentions.append(MentionInfo(s, e, span.text, country, label, "country", "state",
                                        key="country:" + country, aliases=() if filed else (name,)))
            continue
        meto = kb.institution_metonyms.get(low)
        if meto is None and low in kb.shared_institution_names:
            # "the Treasury" where the text names the United States (and no other state with a Treasury)
            if named_states is None:
                named_states = {c for ent in doc_ents(doc) if ent.label_ in ("GPE", "NORP", "ORG")
                                for c in (_country_of(ent.text),) if c}
            hits = [st for st in kb.shared_institution_names[low] if st in named_states]
            if len(hits) == 1:
                meto = (hits[0], "government", "state")
        if meto is None:
            # "<state> Treasury", "<state> Department of Justice": a shared institution name after the name of one
            # of the states that give it is that state ("the Australian Treasury" is a demonym's, read elsewhere)
            words = name.split()
            for k in range(1, len(words)):
                shared = kb.shared_institution_names.get(norm(" ".join(words[k:])))
                state = _country_of(" ".join(words[:k])) if shared else None
                if state and state in shared:
                    meto = (state, "government", "state")
                    break
        if meto and meto[1] == "government":
            mentions.append(MentionInfo(s, e, span.text, meto[0], label, "country", "state",
                                        key="country:" + meto[0], aliases=(name,)))
            continue
        if meto:
            ctry, suffix, subkind = meto
            mentions.append(MentionInfo(s, e, span.text, f"{_short(ctry)} {suffix}", label, "organization", subkind,
                                        key=f"inst:{ctry}:{suffix}", aliases=(name,)))
            continue
        if low in kb.not_states:
            continue
        if label == "NORP" and not _is_group_plural(name):
            if e < len(doc) and _tk[e].is_lower and _tk[e].lower_ in ("movement", "party", "bloc", "current",
                                                                       "militia", "trend") \
                    and span.root.head.i == e and s > 0 and not _tk[s].is_sent_start \
                    and _tk[s - 1].lower_ not in ("a", "an"):
                # (not "Islamist party led by X" opening an entry: a description, as "an Islamist party" is)
                # "the Haddadist movement": a group named by its adjective
                mentions.append(MentionInfo(s, e + 1, span_text(doc, s, e + 1), f"{name} {_tk[e].text}", "EXT:ORG",
                                            "organization", kb.org_nouns.get(_tk[e].lower_)))
                votes_by_key[norm(f"{name} {_tk[e].text}")] += Counter({"organization": 5})
                continue
            if _known_body_before_title(span, low):
                label = "ORG"  # "the AU envoy, X": a known body's short form the NER took for a people
            elif span.root.dep_ in ("amod", "compound", "nmod") or span.root.pos_ == "ADJ":
                continue  # adjectives of religion/ethnicity are not actors
            label = "NAME"  # a name the NER took for a nationality ("Darwish said"): let the votes decide
        if low in kb.regions or (low in kb.places and label in ("GPE", "LOC", "FAC") and not _surname_of_named(low, person_names)) \
                or (label == "PERSON" and _particle_place_tagged_person(doc, s, e, low)):
            mentions.append(MentionInfo(s, e, span.text, name, label, "place", None, key="place:" + low))
            continue
        m = MentionInfo(s, e, span.text, name, label, aliases=bracket_aliases)
        if full_name:  # "Ostravian Defence Force": the state has its own mention; the body keeps its full name
            m.name, m.aliases = full_name, (*m.aliases, name)
        # extend "Tahrir brigades", "Amal party", "Tahrir (Liberation) brigades": proper name + lower-case
        # organisation head noun, possibly after a parenthesis
        noun_i = e
        if noun_i < len(doc) and _tk[noun_i].text == "(":
            close = next((k for k in range(noun_i + 1, min(len(doc), noun_i + 6)) if _tk[k].text == ")"), None)
            noun_i = close + 1 if close is not None else noun_i
        if noun_i == e and label in ("", "ORG") and e + 1 < len(doc) and _tk[e].is_lower and _tk[e].is_alpha \
                and _tk[e].pos_ in ("ADJ", "NOUN") and _tk[e].head.i == e + 1 and _tk[e + 1].is_lower \
                and norm(_tk[e + 1].text) in kb.org_nouns and norm(_tk[e].text) not in kb.org_nouns:
            noun_i = e + 1  # "the Gorsk commando brigade", "the Tavar special forces": one modifier between
        if noun_i < len(doc) and _tk[noun_i].is_lower and norm(_tk[noun_i].text) in kb.org_nouns \
                and not _front_line(doc, noun_i, label) \
                and _tk[noun_i].pos_ == "NOUN" and span.root.head.i == noun_i \
                and not (s > 0 and _tk[s - 1].text in "/-") \
                and not (noun_i == e and _tk[e - 1].text[:1].isupper() and norm(_tk[e - 1].text) in kb.org_nouns
                         and label != "PERSON") \
                and not (norm(_tk[noun_i].text) in kb.person_bodies and low in person_names) \
                and not ACRONYM.match(name):  # "KDF units": the acronym already names the body
            if noun_i + 1 < len(doc) and _tk[noun_i + 1].pos_ == "PROPN" and _tk[noun_i + 1].text[:1].isupper() \
                    and label != "PERSON":
                continue  # "the ethnic Velmari party VPA": a description of the name that follows
            m.end = noun_i + 1
            m.text = span_text(doc, s, noun_i + 1)
            m.name = f"{name} {span_text(doc, e, noun_i + 1)}" if noun_i == e + 1 else f"{name} {_tk[noun_i].text}"
            m.label = "EXT:ORG"
            votes_by_key[norm(m.name)] += Counter({"organization": 5})
        mentions.append(m)
        _add_votes(votes_by_key[norm(name)], _votes(doc, s, e, label))

    # plural group names ("Houthis") when the singular is used as a modifier ("Houthi fighters")
    deps, norms = token_deps(doc), token_norms(doc)  # (the per-Doc tables: no Token per capitalised word)
    modifiers = {norms[i] for i in capitalised_tokens(doc) if deps[i] in ("compound", "amod", "nmod")}
    for k, v in votes_by_key.items():
        if " " not in k and k.endswith("s") and k[:-1] in modifiers:
            v["organization"] += 10
    # person surnames: single-token names that end a person's full name are that person
    full_person = {}
    kb_names = knowledge()
    tails: set[str] = set()  # the last two parts of three-part names: a double surname used alone
    for k, v in votes_by_key.items():
        # (a tie is a person, as below)
        if " " in k and v["person"] > 0 and v["person"] >= max(v["organization"], v["place"], v["thing"]):
            full_person.setdefault(surname(k), k)
            parts = [p for p in k.split() if p not in kb_names.person_name_particles and p not in kb_names.father_particles]
            if len(parts) >= 3:  # "Idil" or "Warsan" alone for "Idil Warsan Guure", "Tintaya" for "Rosalba Tintaya Huarachi"
                for p in parts[:-1]:
                    if inner_name_part(p):
                        full_person.setdefault(p, k)
                # "Horvat-Kralova" (key "horvat kralova") for "Ana Horvat-Kralova", "Ana Maria Horvat-Kralova"
                full_person.setdefault(" ".join(parts[-2:]), k)
                tails.add(" ".join(parts[-2:]))
    for k, v in votes_by_key.items():
        if (" " not in k or k in tails) and (k in full_person or re.sub(r"^(al|el) ", "", k) in full_person) \
                and k not in kb.org_nouns and v["modifier"] < max(1, v["mentions"]):
            alone = v["person"] > max(v["place"], v["organization"], v["thing"])  # a person by its own cues
            v["person"] += 2 + max(v["place"], v["organization"])
            fk = full_person.get(k) or full_person.get(re.sub(r"^(al|el) ", "", k), "")
            full = votes_by_key.get(fk)
            if alone and full is not None and full["person"] < 1 and fk.split()[0] != k.split()[0]:
                # "Tomas Paz Quispe of the Civic Party was sworn in ... Paz said": a full name the NER left
                # untagged (its cues too weak alone) is the person its surname, tagged alone, shows (a surname:
                # not its first word, which may be a place's name opening a body's: "Kelmar Memory Archive")
                full["person"] += 1

    _short_org_votes(votes_by_key)
    for m in mentions:
        if m.kind != "unknown":
            continue
        v = votes_by_key.get(norm(m.name)) or votes_by_key.get(norm(clean_name(m.text))) or Counter()
        best = max(("person", "organization", "place", "unknown", "thing"), key=lambda k: (v[k], k == "person"))
        if best == "thing":
            best = "place" if v["place"] > 0 else "unknown"
        if v[best] <= 0 or (m.label == "" and v[best] < 1.0):
            best = "unknown"  # a capitalised run the NER did not tag needs real cues
        if best == "organization" or (m.name.split()[-1].lower() in kb.org_nouns) or _members_possessive_name(m.name):
            m.kind = "organization"
            head = org_head(m.name)
            m.subkind = kb.org_nouns.get(head) if head else None
        elif best == "person":
            m.kind = "person"
            m.subkind = _person_subkind(doc, m)
            if len(m.name.split()) > 5:
                m.kind = "unknown"
        elif best == "place":
            m.kind = "place"
        else:
            # unlabelled capitalised words with no cue: keep only repeated multiword names
            m.kind = "unknown"

    for m in mentions:
        v = votes_by_key.get(norm(m.name)) or Counter()
        if m.kind == "person" and m.end - m.start == 1 and m.label == "PERSON" and _starts_segment(doc, m.start) \
                and v["mentions"] <= 1 and v["person"] < 2 and norm(m.name) not in full_person \
                and not any(norm(m.name) == k.split()[0] for k in full_person.values()) \
                and _tk[m.start].dep_ == "nsubj" and doc[m.start].head.lemma_ in ("be", "reach", "stand") \
                and any(t.like_num for t in doc[m.start].head.subtree):
            m.kind = "unknown"  # "Turnout was 61 percent": a measured quantity the NER took for a name
    _described_missions(doc, mentions)
    _peoples_bodies_described(doc, mentions)
    mentions = [m for m in mentions if m.kind != "unknown"]
    # a "person" whose name is the distinctive part of an organisation's name in the text is that
    # organisation in short ("Civic Dawn" for the Civic Dawn List)
    org_cores = {org_core(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) > 1
                 and org_head(m.name)}
    # "Wafa" alone for Wafa al-Tawil: the first word of a two-word body's name joined by an article
    org_cores |= {norm(m.name.split()[0]) for m in mentions if m.kind == "organization" and _article_tail(m.name)}
    # (the cores of political bodies: an armed unit is often named for a town, "the Kessa Brigade")
    party_cores = {org_core(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) > 1
                   and kb.org_nouns.get(org_head(m.name) or "") in PARTY_SUBKINDS}
    for m in mentions:
        if m.kind == "person" and len(m.name.split()) > 1 and norm(m.name) in org_cores \
                and votes_by_key.get(norm(m.name), Counter())["organization"] > 0:
            m.kind, m.subkind = "organization", None
        elif m.kind in ("person", "place") and not m.key and len(m.name.split()) == 1 and norm(m.name) in org_cores \
                and norm(m.name) not in full_person and m.label != "EXT:PERSON" \
                and (m.kind == "person" or norm(m.name) in party_cores
                     and (votes_by_key.get(norm(m.name), Counter())["place"] < 1
                          or not _country_of(m.name) and not _shown_as_place(doc, norm(m.name)))):
            # "Kalda" where the text names "the Kalda Movement", "Varn" beside "the Varn party": the body in
            # short, not a person nor a place (unless the word ends a person's full name: "Tarik" of "Omar Tarik",
            # or the text shows a place: "the Kessa Brigade attacked the town of Kessa")
            m.kind, m.subkind = "organization", None
    _shared_group_nouns(doc, mentions)
    _named_after_state(doc, mentions)
    _short_forms(doc, mentions, short_forms)
    _local_councils(doc, mentions)
    _described_coalitions(doc, mentions)
    _led_coalitions(doc, mentions)
    _seat_contestants(doc, mentions)
    _bare_legislatures(doc, mentions)
    _named_legislature(doc, mentions)
    _described_blocs(doc, mentions)
    _members_named_for_body(doc, mentions)
    _bodies_named_for_state(doc, mentions)
    _acronym_definitions(doc, mentions)
    _organs_of_named_bodies(mentions)
    _cut_names(doc, mentions)
    _appositive_descriptions(doc, mentions)
    _called_nicknames(doc, mentions)
    _government_bodies(mentions)
    _named_state_army(doc, mentions)
    _bodies_named_by_organ(doc, mentions)
    actors = _cluster(doc, mentions)
    tok2m = [-1] * len(doc)
    for i, m in enumerate(mentions):
        for t in range(m.start, m.end):
            tok2m[t] = i
    doc._.km_mentions = mentions
    doc._.km_actors = actors
    doc._.km_tok2m = tok2m
    return doc


def _fathers_name(doc: Doc, s: int, e: int, label: str) -> bool:
    """"met bin Habrish", "hosted ibn Saleh": a person named in short by a father's-name particle in lower case and
    the name after it (roles.yaml father_particles), as Arabic names are shortened: a name the NER took for a person, or
    the end of a person's full name in the text ("Sheikh Amr bin Habrish" before "bin Habrish", tagged otherwise)."""
    if e - s != 2 or not doc[s].is_lower or doc[s].lower_ not in knowledge().father_particles or not doc[s + 1].text[:1].isupper():
        return False
    short = (doc[s].lower_, doc[s + 1].lower_)
    return label == "PERSON" or any(ent.label_ == "PERSON" and len(ent) > 2 and ent.start != s
                                    and (ent[-2].lower_, ent[-1].lower_) == short for ent in doc_ents(doc))


def _shared_group_nouns(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'its Iron Belt and Falcon Brigades units', 'the Kessa, Marn and Dorr brigades': names coordinated before one
    plural group noun (organizations.yaml org nouns, in lower case) are all bodies, though the noun touches only the
    last; a name taken for a place (no state, no known place) becomes an organisation like the last one."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.kind != "place" or m.key or m.end + 1 >= len(doc) or _tk[m.end].lower_ not in ("and", ","):
            continue
        k = m.end + 1 + (_tk[m.end + 1].lower_ == "the")
        last = by_start.get(k)
        while last is not None and last.end + 1 < len(doc) and _tk[last.end].text == "," \
                and _tk[last.end + 1].lower_ != "and":
            last = by_start.get(last.end + 1)  # "A, B, C and D units"
        if last is not None and last.end + 1 < len(doc) and _tk[last.end].lower_ == "and":
            last = by_start.get(last.end + 1 + (_tk[last.end + 1].lower_ == "the"))
        if last is None or last.kind != "organization" or last.end >= len(doc):
            continue
        noun = doc[last.end]
        if noun.is_lower and noun.tag_ == "NNS" and norm(noun.text) in kb.org_nouns:
            m.kind, m.subkind = "organization", kb.org_nouns.get(norm(noun.text))


NICKNAME_VERBS = {"call", "dub", "nickname"}
QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _called_nicknames(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'Omar Tarik, whom his men call "the Hawk"', 'the colonel they call "the Panther"', 'X, whom everyone calls
    Abu Karim', 'X (his men call him Abu Karim)': an epithet a person is called is his second name, not a body
    nor another person. It joins the person called so (the noun the verb describes,
    or the person named last before it when that noun is "the man", "the commander")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    keys_before = {id(m): m.key for m in mentions}
    for m in mentions:
        if m.kind not in ("organization", "person", "unknown") or m.key.startswith("acr->"):
            continue
        k = m.start - 1
        if k >= 0 and _tk[k].lower_ == "the":
            k -= 1
        quoted = k >= 0 and _tk[k].text in QUOTES and m.end < len(doc) and _tk[m.end].text in QUOTES
        root = doc_span(doc, m.start, m.end).root
        verb = root.head
        knew = False
        if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() == "know" \
                and verb.head.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in verb.head.children):
            verb = verb.head  # 'X, whom his men knew as Y' (not the passive "known as": a name of its own there)
            knew = True
        elif root.dep_ not in ("oprd", "dobj", "attr", "xcomp") or verb.lemma_.lower() not in NICKNAME_VERBS:
            continue
        # unquoted: 'X, whom everyone calls Abu Karim', 'X; his men call him Abu Karim' (a person's name only);
        # 'the X Front, which most people still call Y' (a body's)
        whom = any(c.lower_ in ("whom", "who") for c in verb.children) or _tk[max(0, verb.i - 2)].lower_ == "whom"
        which = any(c.lower_ in ("which", "that") and c.dep_ in ("dobj", "obj") for c in verb.children)
        him = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lower_ in ("him", "her")), None)
        if not quoted and which and verb.dep_ == "relcl" and m.kind in ("organization", "unknown", "person") \
                and m.end - m.start <= 3:
            owner = verb.head
            body = next((j for j, o in enumerate(mentions) if o.kind == "organization" and o.start <= owner.i < o.end
                         and not o.key.startswith("acr->")), None)
            if body is not None:
                m.kind, m.subkind, m.label, m.key = "organization", None, "ALIAS", f"acr->{body}"
            continue
        if quoted and verb.dep_ in ("relcl", "acl") or not quoted and m.kind == "person" and (whom or knew) \
                and verb.dep_ == "relcl":  # (and 'the chief everyone knew as Y')
            owner = verb.head
        elif not quoted and m.kind == "person" and him is not None and root.dep_ == "oprd":
            # the person named last before the verb in its sentence
            sent_start = doc[verb.i].sent.start
            before = [j for j, o in enumerate(mentions) if o.kind == "person" and len(o.name.split()) > 1
                      and sent_start <= o.start and o.end <= verb.i and not o.key.startswith("acr->")]
            if before:
                m.kind, m.subkind, m.label, m.key = "person", None, "ALIAS", f"acr->{before[-1]}"
            continue
        else:
            continue
        target = next((j for j, o in enumerate(mentions) if o.kind == "person" and o.start <= owner.i < o.end), None)
        if target is None and owner.is_lower and owner.pos_ == "NOUN":
            before = [j for j, o in enumerate(mentions) if o.kind == "person" and len(o.name.split()) > 1
                      and o.end <= owner.i and doc[o.start].sent.start >= doc[owner.i].sent.start - 80]
            target = before[-1] if before else None
        if target is not None:
            m.kind, m.subkind, m.label, m.key = "person", None, "ALIAS", f"acr->{target}"
    # the epithet said again later, alone ("Blade had led the brigade"): the same person or body
    called = {norm(m.name): m for m in mentions if m.key.startswith("acr->") and m.key != keys_before[id(m)]
              and m.kind in ("person", "organization") and len(m.name.split()) == 1}
    for o in mentions:
        c = called.get(norm(o.name))
        if c is not None and o is not c and not o.key and o.kind in ("person", "organization", "unknown") \
                and o.start > c.start:
            o.kind, o.subkind, o.label, o.key = c.kind, None, "ALIAS", c.key


def _short(country: str) -> str:
    return {"United States": "US", "United Kingdom": "UK"}.get(country, country)


LED_NOUNS = {"coalition": "coalition", "alliance": "coalition", "forces": "military", "force": "military",
             "bloc": "coalition", "mission": "military", "operation": "military", "campaign": "military",
             "government": "government"}


SHORT_BODY_KINDS = ("government", "agency")  # (not "council": "the Security Council" of the UN and a state's)


def _shown_as_place(doc: Doc, word: str) -> bool:
    """Whether the text shows the one word ``word`` as a place somewhere: after a preposition of place ("in
    Kessa", "near Kessa"), after a place noun and "of" ("the town of Kessa"), or before a place noun ("Kessa
    province"). A word the tagger alone calls a place ("Zarwan" of "Harakat al-Zarwan") is not shown so."""
    return word in _shown_places(doc)


def _shown_places(doc: Doc) -> frozenset[str]:
    """The norms of the words the text shows as places (``_shown_as_place``), found in one pass, kept on the Doc."""
    def find(d: Doc) -> frozenset[str]:
        places = _place_nouns()
        preps = knowledge().locative_preps
        lows = token_lowers(d)[0]
        found = set()
        for i, w in enumerate(token_norms(d)):
            prev = lows[i - 1] if i else ""
            if prev in preps or prev == "of" and i > 1 and lows[i - 2] in places \
                    or i + 1 < len(d) and lows[i + 1] in places:
                found.add(w)
        return frozenset(found)
    return per_doc(doc, "shown_places", find)


def _short_forms(doc: Doc, mentions: list[MentionInfo], candidates: list[MentionInfo]) -> None:
    """"the Front", "the Framework": the last word of exactly one longer organisation name in the text
    stands for it ("the Crimson Liberation Front"). Candidates are bare group nouns set aside by the
    mention filter, plus one-word organisation mentions after "the"."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    longer: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    named: dict[str, list[int]] = {}  # each longer name's mentions (their first tokens)
    # (the first mention of a core under each word a short form may take: "the Movement" for the X Dawn Movement, not
    # the X Dawn Army named first, whose name has the same core)
    headed: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        words = m.name.split()
        if m.kind == "organization" and len(words) > 1 \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            longer[norm(words[-1])].add(org_core(m.name))
            headed.setdefault((org_core(m.name), norm(words[-1])), i)
            of = next((k for k, w in enumerate(words[1:-1], 1) if w in ("of", "for")), 0)
            if of:  # "the House" for the House of Representatives, "the Council" for the Supreme Council of X,
                longer[norm(words[of - 1])].add(org_core(m.name))  # "the Movement" for the Movement for Change
                headed.setdefault((org_core(m.name), norm(words[of - 1])), i)
            if ARTICLE_HYPHEN.match(words[0]):
                longer[norm(ARTICLE_HYPHEN.sub("", words[0], count=1))].add(org_core(m.name))  # "the Difaa"
            first.setdefault(org_core(m.name), i)
            named.setdefault(org_core(m.name), []).append(m.start)
    bound: dict[str, str] = {}
    kb = knowledge()
    # "the Beacon" for the National Beacon Party: the one word of a name that is neither generic ("national") nor
    # its group noun stands for it too (not a place's name: "the Sudan" is no "Sudan Liberation Movement")
    distinct: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        core = org_core(m.name).split()
        rest = [w for w in core if w not in kb.generic_name_words]
        if m.kind == "organization" and len(core) > 1 and len(rest) == 1 and not _country_of(rest[0]) \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            distinct[rest[0]].add(org_core(m.name))
            first.setdefault(org_core(m.name), i)
    # "the Electoral Commission" for the Independent National Electoral Commission: a state body's name of two
    # words or more that ends exactly one longer name, whose other words are only generic ones ("national"), or
    # any body's name less the state's name that opens it
    tails: dict[str, set[str]] = defaultdict(set)
    place_tails: dict[str, set[str]] = defaultdict(set)
    state_words = {norm(m.name) for m in mentions if m.kind == "country" and " " not in m.name.strip()}
    for m in mentions:
        words = norm(m.name).split()
        if m.kind == "organization" and len(words) > 2 and kb.org_nouns.get(words[-1]) in SHORT_BODY_KINDS \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            for n in range(2, len(words)):
                if all(w in kb.generic_name_words for w in words[:-n]):
                    tails[" ".join(words[-n:])].add(org_core(m.name))
        if m.kind == "organization" and len(words) > 2 and _country_of(m.name.split()[0]) \
                and words[-1] not in kb.org_nouns and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            # "the Crescent Call" for the Ostravia Crescent Call (a name ending in a group noun is joined so by
            # _without_demonym: "the Centre Party" for the Ostravia Centre Party)
            tails[" ".join(words[1:])].add(org_core(m.name))
        elif m.kind == "organization" and len(words) > 2 and words[-1] in kb.org_nouns \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")) \
                and (norm(m.name.split()[0]) in state_words or _place_word_opens(doc, m.name.split()[0])):
            # "the Elite Forces" for the Tarsi Elite Forces, "the Islamic Union" for the Kessa Islamic Union: a
            # body named with its place, named again after "the" without it (the place shown as one in the text)
            place_tails[" ".join(words[1:])].add(org_core(m.name))
    for m in mentions:
        low = norm(m.name)
        if m.kind == "organization" and len(low.split()) > 1 and not m.key and m.start > 0 \
                and _tk[m.start - 1].lower_ == "the" and low not in kb.known_orgs \
                and len(tails.get(low, ())) == 1 and org_core(m.name) not in tails[low]:
            m.key = f"acr->{first[next(iter(tails[low]))]}"
        elif m.kind == "organization" and len(low.split()) > 1 and not m.key and m.start > 0 \
                and _tk[m.start - 1].lower_ == "the" and low not in kb.known_orgs and low not in tails \
                and len(place_tails.get(low, ())) == 1 and org_core(m.name) not in place_tails[low] \
                and mentions[first[next(iter(place_tails[low]))]].start < m.start:
            m.key = f"acr->{first[next(iter(place_tails[low]))]}"
    _name_tails(doc, mentions, first, tails, place_tails)
    _name_heads(doc, mentions, first)
    for w in _headed_other_bodies(doc, longer):
        longer.pop(w, None)
    if any(m.kind == "country" for m in mentions):
        # "the Army", "the Police" in a text about a state: the state's, not a rebel "Free Ostravian Army"
        for w in STATE_FORCES:
            longer.pop(w, None)
    for m in sorted(mentions, key=lambda x: x.start):
        # a person is never "the X": one word after "the" that ends a group's name is that group
        before = m.start - 1 if m.start > 1 and _tk[m.start - 1].pos_ == "ADJ" and _tk[m.start - 1].is_lower \
            else m.start  # "the new House"
        if m.kind in ("organization", "person", "place") and len(m.name.split()) == 1 and before > 0 \
                and _tk[before - 1].lower_ == "the" \
                and not m.key.startswith(("known:", "acr->", "inst:", "country:")) \
                and (_short_referent(norm(m.name), m.start, longer, named, bound) is not None
                     or not longer.get(norm(m.name)) and m.kind != "place" and len(distinct.get(norm(m.name), ())) == 1
                     and not (m.end < len(doc) and _tk[m.end].is_lower and _tk[m.end].pos_ in ("NOUN", "ADJ"))):
            # (not "the Quarran people": the word modifies a noun there)
            core = _short_referent(norm(m.name), m.start, longer, named, bound) or next(iter(distinct[norm(m.name)]))
            m.key = f"acr->{headed.get((core, norm(m.name)), first[core])}"
            m.label, m.kind = "ALIAS", "organization"
    for c in sorted(candidates, key=lambda x: x.start):
        core = _short_referent(norm(c.name), c.start, longer, named, bound)
        if core is not None:
            c.key = f"acr->{headed.get((core, norm(c.name)), first[core])}"
            mentions.append(c)


def _name_tails(doc: Doc, mentions: list[MentionInfo], first: dict[str, int], tails: dict[str, set[str]],
                place_tails: dict[str, set[str]]) -> None:
    """"the Football League" (or "Football League officials") for the Tessarian Football League named before it: a
    body's name of two words or more that ends exactly one longer body's name of the text, named after it, stands for
    that body, when the longer name's other words are a place's or words of its own ("the Liberation Army" for the
    Kessel Ridge Liberation Army) or generic ones ("Islamic"), never an English adjective that makes another body
    ("the Republican Guard" beside the Special Republican Guard). Never a name that ends two longer names ("the
    Liberation Front" beside the Northern and the Southern Liberation Front), a body world knowledge names so on its
    own, nor one that follows a name or a possessive of its own ("Voss's Renewal Party")."""
    kb = knowledge()
    ends: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = norm(m.name).split()
        if m.kind == "organization" and len(words) > 2 and words[-1] in kb.org_nouns \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            for n in range(2, len(words)):
                if all(w in kb.generic_name_words or w not in ADJECTIVES for w in words[:-n]):
                    ends[" ".join(words[-n:])].add(org_core(m.name))
    if not ends:
        return
    for m in mentions:
        low = norm(m.name)
        if m.kind != "organization" or m.key or len(low.split()) < 2 or low not in ends or len(ends[low]) != 1 \
                or low in kb.known_orgs or low in tails or low in place_tails:
            continue
        core = next(iter(ends[low]))
        if core == org_core(m.name) or core not in first or mentions[first[core]].start >= m.start:
            continue
        prev = doc[m.start - 1] if m.start > 0 else None
        if prev is not None and (prev.pos_ == "PROPN" or prev.tag_ == "POS" or prev.text[:1].isupper()
                                 and prev.lower_ not in ("the", "that", "this")):
            continue
        m.key = f"acr->{first[core]}"


def _name_heads(doc: Doc, mentions: list[MentionInfo], first: dict[str, int]) -> None:
    """"Saraya" alone for the Saraya Tarvan al-Sahil named before it: a group noun of a name in the group's own
    language that opens exactly one longer body's name of the text, standing alone as a name, stands for that body.
    Not a word that opens two names ("Liwa X" and "Liwa Y"), nor a group noun after "the" or "its" (a body of that
    kind). (Any other word that opens a name may be the place or state the body is named for: "Kessa" of "the Kessa
    Football Club".)"""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    heads: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.name.split()
        if m.kind == "organization" and len(words) > 2 and words[0][:1].isupper() \
                and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")):
            heads[norm(words[0])].add(org_core(m.name))
    for m in mentions:
        low = norm(m.name)
        if m.kind != "organization" or m.key or " " in low or len(heads.get(low, ())) != 1 or low not in kb.org_nouns \
                or m.name.isupper() or m.start > 0 and _tk[m.start - 1].is_lower \
                or m.end < len(doc) and _tk[m.end].text[:1].isupper():
            continue
        core = next(iter(heads[low]))
        if core == org_core(m.name) or core not in first or mentions[first[core]].start >= m.start:
            continue
        m.key = f"acr->{first[core]}"


def _place_word_opens(doc: Doc, word: str) -> bool:
    """Whether ``word``, the first of a body's name, is a place's name or adjective: a state's, or a word the text
    shows as a place ("in Tarsa"), or the adjective of one ("Tarsi" where the text has "in Tarsawat": the first five
    letters shared). Generic name words ("National", "Free") and state-body modifiers ("Supreme") never are."""
    kb = knowledge()
    low = norm(word)
    if not word[:1].isupper() or not word.isalpha() or len(low) < 3 or low in kb.generic_name_words \
            or low in kb.every_state_modifiers:
        return False
    if _country_of(word) or _shown_as_place(doc, low):
        return True
    if len(low) < 5:
        return False
    stem = low[:5]
    shown = _shown_places(doc)
    return any(w != low and w.startswith(stem) and w in shown for w in {norm(t) for t in _capitalised(doc) if t.isalpha()})


def _headed_other_bodies(doc: Doc, longer: dict[str, set[str]]) -> set[str]:
    """The group words ("front") that a heading in capitals ends in the name of another body than the longer names
    of the text ending in them ("THE KESSA HILLS FRONT" over a section where only the Tarvel Unity Front is named in
    ordinary case): "the Front" there may be either, and is neither."""
    out: set[str] = set()
    if not longer:
        return out
    for i, w in enumerate(token_norms(doc)):  # (a Token made only for a word of a longer name)
        if w not in longer or i == 0:
            continue
        tok = doc[i]
        if tok.is_upper and len(tok.text) > 2 and doc[i - 1].is_upper \
                and doc[i - 1].is_alpha and len(doc[i - 1].text) > 2 \
                and not any(norm(doc[i - 1].text) in core.split() for core in longer[w]):
            out.add(w)
    return out


def _short_referent(word: str, start: int, longer: dict[str, set[str]], named: dict[str, list[int]],
                    bound: dict[str, str]) -> str | None:
    """The longer name a short form ("the Council") at token ``start`` stands for: the one name it ends, or, where
    several names end in it ("the Military Council for X" ... "the UN Security Council"), the one named last before the
    short form's first use; later uses keep that referent (a text does not switch what "the Council" means). None
    when none fits (no such name, or none named before the first use)."""
    cores = longer.get(word, ())
    if len(cores) <= 1:
        return next(iter(cores), None)
    if word not in bound:
        before = [(max(s for s in named[c] if s < start), c) for c in cores if any(s < start for s in named[c])]
        if not before:
            return None
        bound[word] = max(before)[1]
    return bound[word]


def _local_councils(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"Tarsk's provincial council", "the Tarsk city council": the council of a town or province the text names (not
    a state's), written in lower case after the place, is a body of its own ("Tarsk provincial council"). Where the
    text has one such council, "the provincial council" alone later is that one too."""
    kb = knowledge()
    taken = {t for m in mentions for t in range(m.start, m.end)}
    local, heads = kb.local_body_words, ("council", "assembly")
    found: list[tuple[int, int, str]] = []  # (start, end, the words before the head) of each new mention
    lowers = token_lowers(doc)[0]
    at_heads = [i for i, w in enumerate(lowers) if w in heads]  # (the Doc's words read once: few are heads)
    for tok in (doc[i] for i in at_heads):
        if not tok.is_lower or tok.i in taken:
            continue
        j = tok.i
        while j > 0 and doc[j - 1].is_lower and doc[j - 1].lower_ in local and tok.i - j < 2:
            j -= 1
        p = j - 1
        owned = p > 0 and doc[p].text in APOS | {"'s", "’s"}
        if owned:
            p -= 1
        if p < 0 or not (owned or j < tok.i) or not doc[p].text[:1].isupper() or not doc[p].is_alpha \
                or doc[p].pos_ != "PROPN" or _country_of(doc[p].text) or doc[p].is_sent_start and not owned:
            continue
        if p in taken and not any(m.kind == "place" and m.start <= p < m.end for m in mentions) \
                and not _untagged_place(mentions, p):
            continue  # "the Dalvan Front's council": a body's own council
        words = " ".join(t.lower_ for t in read_tokens(doc)[j:tok.i + 1])
        found.append((j, tok.i + 1, words))
        mentions.append(MentionInfo(j, tok.i + 1, span_text(doc, j, tok.i + 1), f"{doc[p].text} {words}", "",
                                    "organization", "government", aliases=(f"{doc[p].text} {words}",)))
    if len({(mentions[-1 - k].name) for k in range(len(found))}) != 1:
        return
    target = len(mentions) - len(found)
    words = found[0][2]
    n = len(words.split())
    for tok in (doc[i] for i in at_heads):  # "the provincial council" alone, later: the one named
        j = tok.i - n + 1
        if j > 0 and doc[j - 1].lower_ == "the" and span_text(doc, j, tok.i + 1).lower() == words \
                and not any(a <= tok.i < b for a, b, _ in found) and tok.i not in taken and n > 1:
            mentions.append(MentionInfo(j, tok.i + 1, span_text(doc, j, tok.i + 1), words, "ALIAS", "organization",
                                        "government", key=f"acr->{target}"))


def _untagged_place(mentions: list[MentionInfo], p: int) -> bool:
    """"Quarran's provincial council elected ..." opening a sentence: the NER left the place untagged there and the
    word was taken for a body, though the text names it as a place elsewhere. The mention at ``p`` (one word, no
    label) becomes that place; returns whether it did."""
    m = next((m for m in mentions if m.start == p and m.end == p + 1), None)
    if m is None or m.label or m.kind not in ("organization", "unknown"):
        return False
    place = next((x for x in mentions if x.kind == "place" and x.name == m.name and x.key), None)
    if place is None:
        return False
    m.kind, m.subkind, m.key = "place", place.subkind, place.key
    return True


def _party_meeting_words(doc: Doc, mentions: list[MentionInfo], tok2m: dict[int, int]) -> set[str]:
    """The house words ("congress") the text uses in lower case for a body's meeting: "the Velnor Front congress",
    "a party congress" (the word with an organisation's name or a group noun before it). Everywhere in the text the
    lower-case word then means that meeting ("delegates at the congress"), not the state's legislature."""
    kb = knowledge()
    found: set[str] = set()
    for i, w in enumerate(token_norms(doc)):
        if w not in kb.legislature_words:
            continue  # (the word's norm first: a Token made only for a house word)
        tok = doc[i]
        if tok.is_lower and w not in found and any(
                c.dep_ in ("compound", "nmod") and c.i < i
                and (norm(c.text) in kb.org_nouns or c.i in tok2m and mentions[tok2m[c.i]].kind == "organization"
                     and mentions[tok2m[c.i]].end <= i)  # (not the house's own name: "the Karvel parliament")
                for c in tok.children):
            found.add(tok.lower_)
    return found


def _state_noun_owner(tok: Token) -> bool:
    """Whether ``tok`` is "the country's", "the nation's" (roles.yaml country_appositives) owning the noun it
    modifies: the story's state, named by a common noun."""
    return tok.dep_ == "poss" and norm(tok.text) in knowledge().country_appositives \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _holder_in(doc: Doc, house: Token, m: MentionInfo) -> bool:
    """Whether the body of mention ``m`` holds a count in ``house``: "the Karvel Popular Congress (KPC) and its
    ally hold 88 seats in the 180-member parliament" (the subject, or one of its conjuncts, of the verb whose
    counted object is "in" the house). A body named like a house ("... Congress") is then a party in it."""
    prep = house.head
    if house.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    counted, verb = prep.head, None
    if any(c.like_num for c in counted.children):  # "won [40 seats in the house]"
        verb = counted.head if counted.dep_ in ("dobj", "obj") else None
    elif counted.pos_ in ("VERB", "AUX"):  # "won 40 seats [in the house]": the phrase on the verb
        verb = counted
        counted = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                        and any(n.like_num for n in c.children)), None)
        if counted is None:
            return False
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    if not subjects:  # (a clause the parser misread: the body named before the count in its sentence)
        return counted.sent.start <= m.start and m.end <= counted.i
    subjects += [c for s in subjects for c in s.conjuncts]
    return any(m.start <= s.i < m.end for s in subjects)


def _seat_contestants(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"The Torvel Coastal Congress won four seats", "the Torvel Congress, which took 12 of the 52": a body named like a
    house (a legislature word last, roles.yaml legislature_words) that is the subject of a verb of a vote's result
    (roles.yaml contest_verbs) with a count of seats as its object anywhere in the text (not "took 12 votes", nor a
    win only foreseen or denied: "could win 12 seats"), or one named as a party ("a party called the Torvel
    Congress"), is a party in the house, not the house: every mention of its name becomes a party's (so that a bare
    "parliament" is never taken for it)."""
    kb = knowledge()
    won: set[str] = set()
    for m in mentions:
        words = norm(m.name).split()
        if m.kind != "organization" or m.key.startswith(("inst:", "acr->")) or len(words) < 2 \
                or words[-1] not in kb.legislature_words or m.subkind not in (None, "legislature") \
                or norm(m.name) in won:
            continue
        root = doc_span(doc, m.start, m.end).root
        subject = root
        while subject.dep_ == "conj":  # "the Kelo League and the Torvel Congress won ..."
            subject = subject.head
        verbs = [subject.head] if subject.dep_ == "nsubj" else []
        verbs += [c for c in root.children if c.dep_ == "relcl"
                  and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
        if any(v.lemma_ in kb.contest_verbs and any(c.dep_ in ("dobj", "obj") and (c.like_num or c.lower_ in (
                "seat", "seats") and any(n.dep_ == "nummod" and n.like_num for n in c.children)) for c in v.children)
               and not any(c.dep_ == "neg" or c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
               for v in verbs) \
                or root.dep_ == "oprd" and root.head.dep_ == "acl" \
                and kb.org_nouns.get(norm(root.head.head.text)) in PARTY_SUBKINDS:
            # (or "a party called the Torvel Congress": named as a party)
            won.add(norm(m.name))
    for m in mentions:
        if m.kind == "organization" and norm(m.name) in won and m.subkind in (None, "legislature") \
                and not m.key.startswith(("inst:", "acr->")):
            m.subkind = "party"


def _size_glued_before(doc: Doc, i: int) -> bool:
    """Whether the noun at ``i`` follows its size glued to a noun by a hyphen: "the 140-member parliament", "the
    230-seat assembly", "its 90-strong legislature" (the house itself, named with its size)."""
    return i >= 3 and doc[i - 3].like_num and doc[i - 2].text == "-" and not doc[i - 3].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 1].is_alpha and doc[i - 1].is_lower


def _other_house(doc: Doc, tok: Token, named: list[MentionInfo]) -> bool:
    """Whether a capitalised house's own word ("the Senate", "Congress", not "parliament" or "legislature") stands
    beside a house the text names under another name ("the Chamber of Deputies ... the Senate"): one house of a
    two-house legislature, a body of its own, not the one named nor the state's parliament as a whole."""
    low = norm(tok.text)
    if tok.is_lower or low in knowledge().whole_legislature_words or not named:
        return False
    return all(low not in norm(m.name).split() and low not in norm(m.text).split() for m in named) \
        and any(m.end - m.start > 1 for m in named)


def _bare_legislatures(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the parliament", "Congress", "Ostravia's 120-member Congress": the legislature of the state the
    article is about. It joins the legislature the text names ("the Ostravian parliament", "the
    Chamber of Deputies") when there is exactly one, else becomes that state's parliament: the state
    in the possessive, or the one state the article names most (at least twice, more than any other)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    kb = knowledge()
    taken = {t for m in mentions for t in range(m.start, m.end)}
    tok2m = {t: i for i, m in enumerate(mentions) for t in range(m.start, m.end)}
    named = {m.key if m.key.startswith("inst:") else norm(m.name): i for i, m in enumerate(mentions)
             if m.kind == "organization" and (m.key.endswith(":parliament") or m.subkind == "legislature"
                                              # the legislature word heads the name: not "the Congress Party" (nor a
                                              # party so named that won seats: _seat_contestants)
                                              or norm(m.name.split()[-1]) in kb.legislature_words
                                              and m.subkind not in PARTY_SUBKINDS
                                              or " of " in m.name and (norm(m.name.split()[0]) in kb.legislature_words
                                                                       or norm(m.name.split()[-1]) in kb.legislature_heads))}
    targets = []
    meetings = _party_meeting_words(doc, mentions, tok2m)
    for tok in (doc[i] for i, w in enumerate(token_norms(doc)) if w in kb.legislature_words):
        if tok.i in taken or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.is_lower and tok.lower_ in meetings:
            continue  # "the Velnor Front congress ... won at the congress": the party's meeting, no legislature
        if tok.is_lower and not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.i in tok2m
                                    and mentions[tok2m[c.i]].kind == "country" or _state_noun_owner(c)
                                    for c in tok.children):
            # "a parliament", "parliament elections"; not "the parliament", "Ostravia's parliament", "the country's
            # parliament"
            continue
        if not tok.is_lower and (tok.i + 1 < len(doc) and _tk[tok.i + 1].text[:1].isupper()
                                 or tok.i > 0 and _tk[tok.i - 1].text[:1].isupper() and not _tk[tok.i - 1].is_sent_start
                                 and _tk[tok.i - 1].text not in APOS and _tk[tok.i - 1].lower_ != "the"):
            continue  # part of a longer name
        if tok.dep_ == "compound":
            continue  # "the parliament speaker": about the speaker
        if any(t.like_num and not (t.ent_type_ == "DATE" and _YEAR.fullmatch(t.text)) for t in doc[max(0, tok.i - 4):tok.i]) \
                and not _size_glued_before(doc, tok.i) \
                and not _other_house(doc, tok, [mentions[i] for i in named.values() if not mentions[i].key
                                                and doc[mentions[i].start].sent.start == tok.sent.start]):
            continue  # "22 of the 120 seats in the first parliament": a count about seats, not the house named (not
            # a date's year: "In March 2023 the Senate censured ..."; but "19 of the 41 seats in the Senate" beside
            # "the Chamber of Deputies" named in the sentence: the other house, a body of its own)
        targets.append(tok)
    if not targets:
        return
    for short in [k for k in named if " " not in k and any(k in other.split() for other in named if other != k)]:
        del named[short]  # "the Legislative Assembly ... the Assembly": the short form of the one house named
    # a state in the dateline or the report's header line ("SANAA, Yemen -", "Report | The Assembly, Ostravia")
    # is the story's: it counts twice
    furniture = _page_furniture(doc)
    counts, neighbours = Counter(), Counter()
    for m in mentions:
        if m.kind == "country" and not mission_owner(doc, m.start, m.end):
            # (not "the Kavelian embassy": a foreign mission in the story's state)
            if m.start > 0 and _after_neighbour_word(doc, m.start):
                neighbours[m.key] += 1  # "troops from neighbouring Kavel": no evidence that Kavel is the story's
                continue
            counts[m.key] += 2 if m.start in furniture or _is_dateline(doc, m.start, m.end) else 1
    ranked = counts.most_common(1)
    # the state named most, and more than any other even counting the mentions of it as a neighbour (the story's
    # state may be one the text barely names: dropping the neighbour's mentions must not promote a third state;
    # "refugees fled into neighbouring Ostria" in a story about Ostria leaves it its other mentions)
    dominant = ranked[0][0] if ranked and ranked[0][1] >= 2 and all(
        n < ranked[0][1] for key, n in (counts + neighbours).items() if key != ranked[0][0]) else None
    if any(any(c.dep_ == "poss" and c.i in tok2m and mentions[tok2m[c.i]].kind == "place" for c in t.children)
           for t in (doc[i] for i, w in enumerate(token_norms(doc)) if w in kb.legislature_words)):
        dominant = None  # "the Kelmar Region's parliament": a bare "the legislature" may be the region's
    for tok in targets:
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.i in tok2m), None)
        owner = mentions[tok2m[poss.i]].key if poss is not None and mentions[tok2m[poss.i]].kind == "country" else None
        if owner is None and _other_house(doc, tok, [mentions[i] for i in named.values()]):
            mentions.append(MentionInfo(tok.i, tok.i + 1, tok.text, tok.text, "", "organization", "legislature"))
            continue  # "48 seats in the Chamber of Deputies and 23 in the Senate": the other house, a body of its own
        if owner is None and len(named) == 1 and not _holder_in(doc, tok, mentions[next(iter(named.values()))]):
            target = next(iter(named.values()))
            mentions.append(MentionInfo(tok.i, tok.i + 1, tok.text, mentions[target].name, "ALIAS", "organization",
                                        "legislature", key=f"acr->{target}"))
            continue
        state = owner or dominant
        if state is None:
            continue
        usual = kb.usual_legislatures.get(norm(tok.text))
        if owner is None and usual and usual != state.split(":", 1)[1] and any(
                m.key == f"country:{usual}"
                and (doc[m.start].sent.start == tok.sent.start or doc[m.start].sent.end == tok.sent.start)
                for m in mentions):
            continue  # "Congress" right after the United States is named: its congress, not the story's state
        country = state.split(":", 1)[1]
        mentions.append(MentionInfo(tok.i, tok.i + 1, tok.text, f"{_short(country)} parliament", "", "organization",
                                    "legislature", key=f"inst:{country}:parliament",
                                    aliases=(tok.text,) if tok.text[:1].isupper() else ()))


def _peoples_bodies_described(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the Christian party's list", "the Sunni party said", "the Druze movement rejected it": a people's or a faith's
    adjective (countries.yaml not_states; not a state's) before a group noun in lower case, after "the" and standing alone (not in apposition
    to a name), describes a body named elsewhere; it is no name of its own (the mention is dropped, so that the
    description is read as one: "the party")."""
    kb = knowledge()
    for m in mentions:
        if m.kind != "organization" or m.key or m.end - m.start != 2 or m.start == 0 \
                or doc[m.start - 1].lower_ != "the" or not doc[m.start].text[:1].isupper() \
                or norm(doc[m.start].text) not in kb.not_states \
                or _country_of(doc[m.start].text) or not doc[m.end - 1].is_lower \
                or norm(doc[m.end - 1].text) not in kb.org_nouns:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children) \
                or m.end < len(doc) and (doc[m.end].text in ("(", ",") or doc[m.end].text[:1].isupper()):
            continue  # "X, the Christian party led by Y", "the Sunni party (SP)", "the Druze party Unity"
        m.kind = "unknown"


def _bodies_named_for_state(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the Tarvian Renewal Programme for Drevania", "the Karvel Relief Fund for Ostravia": a body's name of
    three words or more, then "for" and a state the text names, is that body's full name; it becomes an alias (the
    state keeps its own mention, which the story's other ties read)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        state = by_start.get(m.end + 1)
        if m.kind != "organization" or m.key or m.end - m.start < 3 or m.label not in ("ORG", "EXT:ORG") \
                or m.end + 1 >= len(doc) or doc[m.end].lower_ != "for" or state is None or state.kind != "country" \
                or state.end < len(doc) and (doc[state.end].text in APOS or doc[state.end].text[:1].isupper()):
            continue
        m.aliases = (*m.aliases, f"{m.name} for {span_text(doc, state.start, state.end)}")


def _members_named_for_body(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the Karvelian Socialists of the Weavers' Harmony Party", "the Ostravian Greens of the Green Dawn Party": a
    people's adjective and a plural (the body's members, kept apart from its name by ``_join_of_names``), then "of
    (the)" and the body's name: the plural is the body's other name (an alias of its mention)."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for m in mentions:
        if m.kind != "organization" or m.key or m.end - m.start != 2 or m.end + 2 >= len(doc) \
                or doc[m.end].lower_ != "of":
            continue
        k = m.end + 2 if doc[m.end + 1].lower_ == "the" else m.end + 1
        body = by_start.get(k)
        if body is None or mentions[body].kind != "organization" or mentions[body].key \
                or not (_country_of(doc[m.start].text) or doc[m.start].ent_type_ == "NORP"):
            continue
        m.label, m.key = "ALIAS", f"acr->{body}"


def _described_missions(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the UN peacekeeping mission in Ostravia (UNPMO)", "the United Nations mission in Karvel, led by X", "the EU
    monitoring mission to Ostravia": an international organisation's name, then words in lower case that end in a
    body noun (roles.yaml posted_body_nouns), then "in", "for" or "to" and a state or a place, is a body of its own
    (the organisation's mission there), named by the whole phrase: a mention from the first word after the
    organisation's name (which stays a mention of its own) to the place's end; the place's mention is dropped (an
    acronym in brackets after the phrase becomes the body's alias, see ``_acronym_definitions``)."""
    kb = knowledge()
    if not kb.posted_body_nouns:
        return
    by_start = {m.start: m for m in mentions}
    found: list[MentionInfo] = []
    for m in mentions:
        if m.kind != "organization" or not m.key.startswith("known:") or m.subkind != "international":
            continue
        j = m.end
        while j < len(doc) and j - m.end < 3 and doc[j].is_lower and doc[j].is_alpha \
                and doc[j].pos_ in ("ADJ", "NOUN") and norm(doc[j].text) not in kb.posted_body_nouns:
            j += 1  # "peacekeeping", "political", "monitoring"
        if j + 2 >= len(doc) or not doc[j].is_lower or norm(doc[j].text) not in kb.posted_body_nouns \
                or doc[j + 1].lower_ not in ("in", "for", "to"):
            continue
        place = by_start.get(j + 2)
        if place is None or place.kind not in ("country", "place") or place.end - place.start > 3:
            continue
        place.kind = "unknown"
        found.append(MentionInfo(m.end, place.end, span_text(doc, m.end, place.end),
                                 clean_name(span_text(doc, m.start, place.end)), "EXT:ORG", "organization"))
    mentions.extend(found)


def _named_legislature(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"Kessaria's parliament, the 150-seat Chamber of Councillors", "elected in the Council of Deputies, the
    parliament's clerk said": the one legislature the text names by its own name ("... of Representatives",
    "... Assembly": roles.yaml legislature_heads and legislature_words) is the parliament of the one state whose
    parliament the text speaks of, when the two share a sentence. It joins that state's parliament (``inst:``)."""
    kb = knowledge()
    states = {m.key for m in mentions if m.key.startswith("inst:") and m.key.endswith(":parliament")}
    if len(states) != 1:
        return
    key = next(iter(states))

    def legislature(m: MentionInfo) -> bool:
        words = norm(m.name).split()
        return m.kind == "organization" and not m.key and len(words) >= 2 and not _country_of(m.name) \
            and m.subkind not in PARTY_SUBKINDS and (words[-1] in kb.legislature_words or " of " in norm(m.name) and words[-1] in kb.legislature_heads)

    houses = [doc[m.start] for m in mentions if m.key == key and m.end - m.start == 1]
    # (not a party named like a house that holds seats in it: "the Karvel Popular Congress won 40 seats in the
    # 120-member parliament")
    named = [m for m in mentions if legislature(m) and not any(_holder_in(doc, h, m) for h in houses)]
    if len({norm(m.name) for m in named}) != 1 or any(_country_of(t.text) and f"inst:{_country_of(t.text)}:parliament"
                                                       != key for m in named for t in doc[m.start:m.end]):
        return
    sents = {doc[m.start].sent.start for m in mentions if m.key == key}
    if not any(doc[m.start].sent.start in sents for m in named):
        return
    for m in named:
        m.aliases = (*m.aliases, m.name)
        m.key, m.subkind = key, "legislature"


def _described_coalitions(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"Tolvan's coalition", "the alliance led by Tolvan", "the Tolvan-led bloc": the named coalition the
    person leads, when the text links them ("Tolvan's Crimson Alliance", "the Crimson Alliance, led by
    Tolvan") or names only one coalition. Nothing is added when the coalition cannot be told."""
    kb = knowledge()
    tok2m = {t: i for i, m in enumerate(mentions) for t in range(m.start, m.end)}

    def is_coalition(m: MentionInfo) -> bool:
        return m.kind == "organization" and not m.key.startswith(("inst:", "org:led:", "desc:", "acr->")) \
            and kb.org_nouns.get(org_head(m.name) or "") == "coalition"

    def person_at(i: int) -> int | None:
        mi = tok2m.get(i)
        return mi if mi is not None and mentions[mi].kind == "person" else None

    def led_by(noun: Token) -> int | None:
        for c in noun.children:
            if c.dep_ == "acl" and c.lower_ == "led":
                for by in c.children:
                    if by.dep_ == "agent" or by.lower_ == "by":
                        obj = next((x for x in by.children if x.dep_ == "pobj"), None)
                        if obj is not None:
                            return person_at(obj.i)
        return None

    named = [i for i, m in enumerate(mentions) if is_coalition(m)]
    if not named or not any(m.kind == "person" for m in mentions):
        return
    # links the text states between a person and a named organisation
    links: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.kind != "organization" or m.key.startswith(("inst:", "org:led:", "desc:", "acr->", "known:")):
            continue
        m = mentions[i]
        if m.start >= 2 and doc[m.start - 1].text in APOS:
            p = person_at(m.start - 2)
            if p is not None:
                links[surname(mentions[p].name)].add(i)  # "Tolvan's Crimson Alliance"
        p = led_by(doc_span(doc, m.start, m.end).root)
        if p is not None:
            links[surname(mentions[p].name)].add(i)  # "the Crimson Alliance, led by Tolvan"
    linked_any = {i for targets in links.values() for i in targets}
    by_name: dict[str, int] = {}
    for i in named:
        by_name.setdefault(org_core(mentions[i].name), i)
    distinct = list(by_name.values())
    free = [i for i in distinct if org_core(mentions[i].name) not in {org_core(mentions[j].name) for j in linked_any}]
    for tok in (doc[i] for i, w in enumerate(token_lowers(doc)[0]) if kb.org_nouns.get(w) == "coalition"):
        if not tok.is_lower or kb.org_nouns.get(tok.lower_) != "coalition" or tok.i in tok2m:
            continue
        start, p = tok.i, None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None:
            p = person_at(poss.i)  # "Tolvan's coalition"
        if p is None:
            p = led_by(tok)  # "the coalition led by Tolvan"
        if p is None and tok.i >= 3 and doc[tok.i - 1].lower_ == "led" and doc[tok.i - 2].text == "-":
            p = person_at(tok.i - 3)  # "the Tolvan-led alliance"
            start = tok.i - 2
        if p is None:
            continue
        # (only a coalition the person leads: "Tolvan's coalition" is not "Tolvan's Civic Party", his own party)
        linked = {org_core(mentions[i].name): i for i in links.get(surname(mentions[p].name), set())
                  if is_coalition(mentions[i])}
        named_after = _named_in_apposition(doc, tok, tok2m, mentions)
        if named_after is not None:
            target = named_after  # "Tolvan's new alliance, the Beacon Renewal bloc, ...": the name set off after it
        elif linked:
            target = next(iter(linked.values())) if len(linked) == 1 else None
        else:  # the text names one coalition and gives it no other leader
            # ... and names the person in a sentence with it somewhere
            sn = surname(mentions[p].name)
            together = len(free) == 1 and any(
                mentions[q].kind == "person" and surname(mentions[q].name) == sn
                and doc[mentions[q].start].sent.start == doc[mentions[i].start].sent.start
                for i, mi in enumerate(mentions) if org_core(mi.name) == org_core(mentions[free[0]].name)
                and mi.kind == "organization" for q in range(len(mentions)))
            target = free[0] if len(distinct) == 1 and together else None
        if target is None:
            continue
        base = surname(mentions[p].name).capitalize()
        mentions.append(MentionInfo(start, tok.i + 1, span_text(doc, start, tok.i + 1), f"{base}'s {tok.text}", "DESC",
                                    "organization", "coalition", key=f"acr->{target}"))
        for t in range(start, tok.i + 1):
            tok2m[t] = len(mentions) - 1


def _led_coalitions(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'the Saudi-led coalition', 'US-led forces': an actor of its own, named after its leading state."""
    starts = {m.end: m for m in mentions if m.kind in ("country", "organization")}
    for tok in (doc[i] for i, w in enumerate(token_lowers(doc)[0]) if w == "led"):
        if tok.lower_ != "led" or tok.i < 2 or doc[tok.i - 1].text != "-" or tok.i + 1 >= len(doc):
            continue
        lead = starts.get(tok.i - 1)
        noun = doc[tok.i + 1]
        if lead is None or noun.lower_ not in LED_NOUNS:
            continue
        if _described_name(doc, lead.start, mentions):
            continue  # "Vessa, the Front-led coalition": a description of the name before it, no body of its own
        surface = span_text(doc, lead.start, tok.i + 2)
        name = f"{span_text(doc, lead.start, lead.end)}-led {noun.text}"
        # covers "-led coalition" only, so that the leading state keeps its own mention
        mentions.append(MentionInfo(tok.i - 1, tok.i + 2, surface, name, "", "organization",
                                    LED_NOUNS[noun.lower_], key="org:led:" + lead.name, aliases=(surface,)))


def _described_name(doc: Doc, start: int, mentions: list[MentionInfo]) -> bool:
    """"Vessa, the Front-led coalition that ...": the description opening at ``start`` follows ", the" right after
    a named organisation (not a state, a place or another description), so it describes that name."""
    if start < 3 or doc[start - 1].lower_ != "the" or doc[start - 2].text != ",":
        return False
    return any(m.end == start - 2 and m.kind == "organization" and not m.key.startswith(("inst:", "org:led:", "desc:"))
               for m in mentions)


def _wins_seats(v: Token) -> bool:
    return v.lemma_ in knowledge().seat_winning_verbs and any(c.dep_ == "dobj" and c.lower_ in ("seats", "seat")
                                                              for c in v.children)


def _described_blocs(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'A coalition of religious Shiites ... won seventy seats': a bloc the text names only by description.

    Only for unnamed electoral blocs that win seats, so that the seat count has a holder.
    """
    if "seat" not in doc_text(doc):
        return
    taken = {t for m in mentions for t in range(m.start, m.end)}
    blocs = knowledge().bloc_nouns
    for tok in (doc[i] for i, w in enumerate(token_lowers(doc)[0]) if w in blocs):
        if tok.lower_ not in blocs or tok.dep_ not in ("nsubj",) or tok.i in taken:
            continue
        # the subject of "won N seats", or of a clause whose seat verb has no subject of its own
        if not _wins_seats(tok.head) and not any(
                _wins_seats(v) and v.i > tok.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                for v in tok.sent):
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            continue
        first = min([c.i for c in pobj.children if c.dep_ in ("amod", "compound")] + [pobj.i])
        name = " ".join([tok.text, "of", span_text(doc, first, pobj.i + 1)])
        mentions.append(MentionInfo(tok.i, tok.i + 1, name, name, "", "organization", "coalition",
                                    key="desc:" + norm(name), aliases=()))


def _acronym_fits(acronym: str, name: str) -> bool:
    """Whether a bracketed acronym can stand for a name: its initials, in any order (a name translated
    from another language keeps the original's acronym: "Provisional Council for Civic Salvation
    (CPSC)"), foreign particles allowed ("Frente Amplio de Campesinos Libres (FACL)")."""
    letters = acronym.replace(".", "").replace("-", "").replace("&", "").upper()
    if not letters.isalpha():
        return False
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    initials = [w[0].upper() for w in words]
    strict = acronym_of(name)
    if letters in (strict, "".join(initials)) or sorted(letters) == sorted(strict):
        return True
    # a subsequence of all the initials that starts with the first word ("FUTA" from F-U-d-T-A)
    it = iter(initials)
    return bool(initials) and letters[0] == initials[0] and all(c in it for c in letters)


_MIXED_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,8}$")


def _acronym_word(name: str) -> bool:
    """'KLF', 'U.N.', and an acronym with one lower-case letter ("FLNg", "PdL"): initials, not a word."""
    if is_acronym(name):
        return True
    caps = sum(c.isupper() for c in name)
    return bool(_MIXED_ACRONYM.match(name)) and caps >= 2 and len(name) - caps == 1


def _described_as_other(doc: Doc, m: MentionInfo) -> bool:
    """Whether the words right after a mention, set off by a comma, call it another body ("the RLF, a rival
    militia, ..."; "NDM, another exile group"): relations.yaml definite_contrast_words."""
    contrast = knowledge().relations.get("definite_contrast_words") or ()
    if m.end >= len(doc) or doc[m.end].text != ",":
        return False
    for t in doc[m.end + 1:min(m.end + 5, doc[m.start].sent.end)]:
        if t.is_punct:
            break
        if norm(t.text) in contrast:
            return True
    return False


def _apposition_calls_other(doc: Doc, m: MentionInfo, name: str) -> bool:
    """Whether the description set off by a comma right after a short form (an acronym, a leader's possessive)
    calls it another body than the one named ``name``: a contrast word ("the NTC, a rival militia":
    ``_described_as_other``), an offshoot's noun ("Voss's Renewal Party, a splinter group": roles.yaml
    offshoot_nouns), or a group noun of another kind than every group noun of the name ("the WPC, a trade union"
    beside the Western Popular Council Forces: roles.yaml org_nouns, synonym_org_heads; a generic one, "a group",
    fits every name)."""
    if _described_as_other(doc, m):
        return True
    words = _apposition_after(doc, m.end)
    if not words:
        return False
    kb = knowledge()
    if any(norm(t.text) in kb.offshoot_nouns or norm(t.lemma_) in kb.offshoot_nouns for t in words):
        return True
    noun = norm(words[-1].text)
    own = [norm(w) for w in re.split(r"[\s\-]+", name) if norm(w) in kb.org_nouns]
    return noun in kb.org_nouns and noun not in kb.generic_name_suffixes and bool(own) \
        and not any(heads_compatible(noun, w) for w in own)


def _acronym_loosely_fits(acronym: str, name: str, extras: int = 2, shorter: bool = True) -> bool:
    """Whether an acronym written alone stands for a name of three words or more whose initials are not simply its
    letters: the initials of every content word in order, short lower-case particles ("de", "du", "al-", "wal-", "of")
    skipped, and at most ``extras`` letters more taken from inside a word right after its initial ("Transregional"
    gives T and R, "Harmel" H and A); or exactly the initials in another order, as the name in another language puts
    them ("Kavo Popular Liberation Army", ALPK; with three letters only the last word's put first). Only the one body the text names so fits is joined (``_match_org``)."""
    letters = acronym.replace(".", "").replace("-", "").upper()
    if len(letters) < 3 or not letters.isalpha():
        return False
    if shorter and _acronym_fits_shorter(letters, name, extras):
        return True
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    needed = [w for w in words if not (w.islower() and (len(w) <= 3 or w in STOP))]
    if len(needed) < 3 and not (len(needed) == 2 and len(words) >= 3):
        return False
    initials = "".join(w[0].upper() for w in needed)
    if initials == letters or len(initials) == len(letters) and sorted(initials) == sorted(letters) \
            and (len(letters) >= 4 or letters in (initials[-1] + initials[:-1], initials[::-1])):
        # (with three letters only the head noun put first, as French or Spanish put it, the rest in order or
        # reversed: "Kavo Liberation Front", FKL or FLK; three letters in any order fit too many names)
        return True
    if letters[0] != initials[0] or len(letters) - len(initials) > extras or len(letters) <= len(initials):
        return False

    def fit(i: int, j: int, spare: int) -> bool:  # letters[i:] from needed[j:], ``spare`` inner letters left
        if j == len(needed):
            return i == len(letters)
        if i == len(letters) or letters[i] != needed[j][0].upper():
            return False
        word = needed[j].upper()
        if fit(i + 1, j + 1, spare):
            return True
        k, pos = i + 1, 1  # inner letters of this word, in order, before the next word's initial
        for taken in range(1, spare + 1):
            if k >= len(letters):
                break
            pos = word.find(letters[k], pos)
            if pos < 0:
                break
            k, pos = k + 1, pos + 1
            if fit(k, j + 1, spare - taken):
                return True
        return False

    return fit(0, 0, extras)


_CAPITAL_COMPOUND = re.compile(r"\b([A-Z][a-z]+)-(?=[A-Z])")


def _acronym_fits_shorter(letters: str, name: str, extras: int) -> bool:
    """Whether initials fit the name read shorter, as acronyms often read it: a compound of two capitalised words
    as one word ("Talvar Self-Defence Forces", TSF), or the name without the group noun that ends a name of four
    words or more ("Northern Unity Council Forces", NUC: the forces of the council)."""
    org_nouns = knowledge().org_nouns
    compound = _CAPITAL_COMPOUND.sub(lambda m: m.group(0) if norm(m.group(1)) in org_nouns else m.group(1), name)
    if compound != name and _acronym_loosely_fits(letters, compound, extras, shorter=False):
        return True  # (not a group noun before the hyphen: "Korvan Guard Corps-Sentinel Force" names a unit of the corps)
    words = name.split()
    return len(words) >= 4 and norm(words[-1]) in org_nouns and words[-1][:1].isupper() and "-" not in name \
        and _acronym_loosely_fits(letters, " ".join(words[:-1]), extras, shorter=False)  # (read shorter once)


def _acronym_fits_mission(acronym: str, name: str, place: str) -> bool:
    """Whether a bracketed acronym stands for "<name> in <place>": the name's initials, then letters of the
    place ("Support Mission in Drevania (SMDRE)", "Assistance Mission for Tarvia (AMT)"), in order, starting
    with the name's first initial; or, for the acronym of the name in another language's word order ("UN Integrated
    Stabilisation Mission in Karvelia (MINUSKA)", from "Mission intégrée des Nations unies pour la stabilisation
    au Karvelia"), the same letters in any order, from the name's words (at least two of its initials) and the
    place (its first letter among them), starting with one of the initials."""
    letters = acronym.replace(".", "").replace("-", "").upper()
    initials = [w[0].upper() for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
    place_letters = [c.upper() for c in place if c.isalpha()]
    pool = initials + ["I", "F"] + place_letters
    if not letters.isalpha() or not initials or len(letters) < 3:
        return False
    it = iter(pool)
    if letters[0] == initials[0] and all(c in it for c in letters):
        return True
    words = "".join(w.upper() for w in re.split(r"[\s\-]+", name) if w[:1].isalpha())
    own = Counter(letters) - Counter(place_letters)  # the letters the name's words must give
    return len(letters) >= 5 and bool(place_letters) and place_letters[0] in letters and letters[0] in initials \
        and not Counter(letters) - Counter(pool + list(words)) and len(Counter(initials) & Counter(letters)) >= 2 \
        and all(c in initials or c in words for c in own)


def _closing_bracket_acronym(doc: Doc, s: int, e: int) -> str | None:
    """The acronym that closes the brackets a body's name doc[s:e] stands in, after a comma: "(Union for Progress,
    UPA)", "[head of the State Security Office, DGS]". The brackets give the body's short name whether or not its
    letters fit the words (an acronym from the body's own language: "(Civic Alliance, SGO)"), as "(UPA)" alone does
    (``_bracket_acronym``); no other name between the opening bracket and the body's, and nothing after the
    acronym but the closing bracket. Not a state, a media code or a word roles.yaml lists as no actor's."""
    _tk = read_tokens(doc)
    n = len(doc)
    if e + 2 >= n or _tk[e].text != "," or _tk[e + 2].text not in (")", "]"):
        return None
    acr = _tk[e + 1].text
    if not (acr.isupper() and 2 <= len(acr.replace(".", "")) <= 8 and acr[:1].isalpha()
            and (ACRONYM.match(acr) or acr.isalpha())):
        return None
    opener = {")": "(", "]": "["}[_tk[e + 2].text]
    k = s - 1
    while k >= 0 and s - k <= 8 and _tk[k].text != opener:
        if _tk[k].text in ("(", ")", "[", "]", ",", ";") or "\n" in _tk[k].text or "\n" in _tk[k].whitespace_ \
                or _tk[k].text[:1].isupper() or _tk[k].pos_ in ("VERB", "AUX"):
            return None  # (another name, a list or another bracket between)
        k -= 1
    if k < 0 or _tk[k].text != opener:
        return None
    kb = knowledge()
    low = norm(acr)
    if low in kb.media or kb.country_of(acr) or low in kb.not_actors \
            or low in kb.known_orgs and kb.known_orgs[low][0] != kb.known_orgs.get(norm(span_text(doc, s, e)), ("",))[0]:
        return None
    return acr


def _acronym_fits_posted(acronym: str, name: str) -> bool:
    """Whether an acronym set off by commas after a name stands for it: its initials ("the Karvel Unity Front, KUF,"),
    or, for a body posted somewhere ("the UN peacekeeping mission in Ostravia, MINUSTRA,"), the name's initials and
    letters of the place (``_acronym_fits_mission``)."""
    if _acronym_fits(acronym, name):
        return True
    head, sep, place = name.rpartition(" in ")
    if not sep:
        head, sep, place = name.rpartition(" for ")
    return bool(sep) and _acronym_fits_mission(acronym, head, place)


def _place_acronym(doc: Doc, m: MentionInfo) -> str | None:
    """The acronym of "<name> in <place> (ACR)" where the mention stopped before "in <place>"
    ("the Support Mission in Drevania (SMID)"): the acronym, or None."""
    e = m.end
    if m.kind != "organization" or m.end - m.start < 2 or e + 4 >= len(doc) or doc[e].lower_ not in ("in", "for"):
        return None
    for j in range(e + 2, min(len(doc) - 2, e + 5)):
        if doc[j].text == "(":
            place = doc[e + 1:j]
            if all(t.text[:1].isupper() for t in place) and _bracket_acronym(doc, j) \
                    and _acronym_fits_mission(doc[j + 1].text, m.name, place.text):
                return doc[j + 1].text
            return None
    return None


def _known_as(doc: Doc, e: int) -> int | None:
    """Where the other name starts after "X, also known as", "X, better known as", "X, also known by its
    French name", "X (X2), also known as" (a short name in brackets between), "X, known in Arabic as": the token
    after the cue, or None. Also a bracket that gives the name's origin: "X (XF, from its French name Y)"."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = e
    if k + 5 < len(doc) and _tk[k].text == "(":
        j = k + 1 + 2 * (_tk[k + 2].text == ",")  # (past a short name and its comma)
        if _tk[j].lower_ in ("from", "after") and _tk[j + 1].lower_ in ("its", "their", "the"):
            for n in range(j + 2, min(len(doc) - 1, j + 5)):
                if _tk[n].lower_ in ("name", "initials"):
                    return n + 1  # "(XF, from its French name Y)"
    if k + 2 < len(doc) and _tk[k].text == "(":
        close = next((j for j in range(k + 2, min(len(doc), k + 5)) if _tk[j].text == ")"), None)
        if close is not None and close + 1 < len(doc) and _tk[close + 1].text == "," \
                and all(t.text[:1].isupper() for t in read_tokens(doc)[k + 1:close]):
            k = close + 1  # "Faris Qudsi (Qudsi), also known as Abu Layth": past the short name
    if k < len(doc) and _tk[k].text == "," or k + 3 < len(doc) and _tk[k].text == "(" \
            and (_tk[k + 1].lower_ in knowledge().known_as_words or _tk[k + 1].lower_ in knowledge().alias_words):
        k += 1  # "X, known as Y", "X (known as Y)"
    if k + 1 < len(doc) and k > e and _tk[k].lower_ in knowledge().alias_words:
        return k + 1  # 'X, alias "Y"', "X (aka Y)"
    if k < len(doc) and _tk[k].lower_ in ("also", "locally", "widely", "better", "formerly", "commonly", "popularly"):
        k += 1
    if k + 2 >= len(doc) or _tk[k].lower_ != "known":
        return None
    if _tk[k + 1].lower_ == "to":
        # "known to most villagers as Y", "known to its fighters as Y"
        return next((j + 1 for j in range(k + 3, min(len(doc) - 1, k + 7)) if _tk[j].lower_ == "as"
                     and not any(t.is_punct for t in read_tokens(doc)[k + 2:j])), None)
    if _tk[k + 1].lower_ in ("locally", "widely", "commonly", "popularly", "officially", "also", "simply") \
            and k + 3 < len(doc) and _tk[k + 2].lower_ == "as":
        return k + 3  # "known locally as Y"
    if _tk[k + 1].lower_ == "as":
        return k + 2
    if _tk[k + 1].lower_ == "in" and k + 4 < len(doc) and _tk[k + 2].text[:1].isupper() \
            and _tk[k + 3].lower_ == "as":
        return k + 4  # "known in Arabic as Y"
    if _tk[k + 1].lower_ in ("under", "by"):
        # "known under its French name", "known by the name"
        for j in range(k + 2, min(len(doc) - 1, k + 7)):
            if _tk[j].lower_ in ("name", "names", "acronym", "initials"):
                return j + 1 if _tk[j + 1].lower_ not in ("of", ":") else j + 2
    return None


def _alias_appositions(doc: Doc, e: int) -> list[Token]:
    """'X, known as "Y", 46, commander of Z', 'X, alias Y, a former police officer': appositions the parser hung on
    the other name given right after a name (``_known_as``) describe the one named (a few tokens looked at)."""
    k = _known_as(doc, e)
    if k is None:
        return []
    end = k
    while end < len(doc) and end - k < 8 and (doc[end].text in QUOTES or not doc[end].is_punct):
        end += 1
    return [t for t in doc[end:min(len(doc), end + 12)] if t.dep_ == "appos" and k <= t.head.i < end]


def _real_name(doc: Doc, e: int) -> int | None:
    """Where the name starts after 'X, whose real name is' ('... whose real name is A B', 'whose birth name was'):
    the token after the verb, or None."""
    k = e + 1 if e < len(doc) and doc[e].text in QUOTES else e  # '"Colonel Y", whose ...'
    if k + 5 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "whose" \
            or doc[k + 2].lower_ not in ("real", "actual", "true", "full", "legal", "birth", "given") \
            or doc[k + 3].lower_ != "name" or doc[k + 4].lemma_.lower() != "be":
        return None
    return k + 5


def _copular_known_as(doc: Doc, e: int) -> int | None:
    """Where the other name starts after 'X is known as "Y"', 'X, who was better known as Y,' ('is', 'was' and
    an adverb of ``known_as_words`` before "known as"): the token after "as" (past an opening quote), or None. Only a
    name that ends its phrase: 'X is known as Y's deputy' names another person."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = e + 2 if e + 1 < len(doc) and _tk[e].text == "," and _tk[e + 1].lower_ == "who" else e
    if k + 3 >= len(doc) or _tk[k].lower_ not in ("is", "was"):
        return None
    k += 1
    if _tk[k].lower_ in knowledge().known_as_words and _tk[k].lower_ != "known":
        k += 1
    if k + 2 >= len(doc) or _tk[k].lower_ != "known" or _tk[k + 1].lower_ != "as":
        return None
    k += 2
    start = k + (_tk[k].text in QUOTES)
    run = start
    while run < len(doc) and run - start < 5 and _tk[run].text[:1].isupper():
        run += 1
    if run == start or run < len(doc) and not (_tk[run].is_punct and _tk[run].text not in APOS) \
            or run + 1 < len(doc) and _tk[run + 1].lower_ in ("s", "'s", "’s"):
        return None
    return start


def _named_again(doc: Doc, e: int) -> int | None:
    """Where a person's other name starts after an appositive that tells what people call him: 'X, the militia chief
    everyone knew as Y,', 'X, the Harbour Guard chief everyone knew as Y,', 'X, a man his fighters call Y,', 'X, the
    warlord nicknamed Y,' (the verb of ``NICKNAME_VERBS`` or "know as" within a few words after the comma and an
    article, the name closing the phrase): the token after the verb (past "as" and an opening quote), or None. Not
    'X, whose deputy everyone knew as Y', 'X, the brother of the man they call Y' (another person called so)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e + 4 >= len(doc) or _tk[e].text != "," or _tk[e + 1].lower_ not in ("the", "a", "an"):
        return None
    for j in range(e + 2, min(len(doc) - 1, e + 9)):
        t = _tk[j]
        if t.is_punct or t.lower_ in ("whose", "of", "who", "whom", "and", "or", "not", "never"):
            return None
        k = None
        if t.lemma_.lower() == "know" and _tk[j + 1].lower_ == "as":
            k = j + 2
        elif t.lemma_.lower() in NICKNAME_VERBS or t.lower_ in ("nicknamed", "dubbed"):
            k = j + 1
        if k is None:
            continue
        if k < len(doc) and _tk[k].text in QUOTES:
            k += 1
        run = k
        while run < len(doc) and run - k < 5 and _tk[run].text[:1].isupper():
            run += 1
        if run == k or run < len(doc) and _tk[run].text not in (",", ")", ".", ";", *QUOTES):
            return None
        return k
    return None


def _names_body(name: str) -> bool:
    """Whether a name holds a body's group noun ("Unity Front", "Red Hand Brigade"): no person's nickname."""
    org_nouns = knowledge().org_nouns
    return any(w[:1].isupper() and norm(w) in org_nouns for w in name.split())


def _bracket_short_name(doc: Doc, m: MentionInfo) -> str | None:
    """The body's name in its own language, one word in brackets right after its name of two words or more, before a
    comma or the end of the clause: "Forward Lesnavia (Naprej), the largest opposition party" -> "Naprej", or None.
    Not an acronym (``_bracket_acronym``), a state, a place, a region or a number ("the Kessa Front (Velnia)")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    e = m.end
    if m.end - m.start < 2 or e + 3 >= len(doc) or _tk[e].text != "(" or _tk[e + 2].text != ")" \
            or _tk[e + 3].text not in (",", ".", ";", ":") or _names_body(m.name):
        pass
    else:
        w = _tk[e + 1]
        kb = knowledge()
        if w.is_alpha and w.text[:1].isupper() and w.text[1:].islower() and len(w.text) > 2 \
                and w.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "DATE") and not _country_of(w.text) \
                and norm(w.text) not in kb.regions and not in_any(norm(w.text), kb.places, kb.capitals):
            return w.text
    return None


def _quoted_after(doc: Doc, e: int) -> int | None:
    """Where a quoted nickname starts right after a person's full name: 'Pushpa Ram Dehal "Pravanda" issued',
    'led by Omar Kessel "Dhuubow",', '- Nemir Ostera, "El Toro": leader of ...' (a comma between only when a colon
    or a bracket follows the closing quote, as in a glossary; not 'the album of Ana Sorel, "Night Train", sold'): the
    first token inside the quotes when they hold one to three capitalised words, or None."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    k = e + (e < len(doc) and _tk[e].text == ",")
    if k + 2 >= len(doc) or _tk[k].text not in QUOTES or _tk[k].whitespace_:
        return None
    q = next((j for j in range(k + 2, min(len(doc), k + 5)) if _tk[j].text in QUOTES), None)
    if q is None or not all(t.text[:1].isupper() and t.is_alpha for t in read_tokens(doc)[k + 1:q]):
        return None
    if k > e and not (q + 1 < len(doc) and _tk[q + 1].text in (":", ")")):
        return None
    return k + 1


def _described_after_quote(doc: Doc, m: MentionInfo) -> int | None:
    """Where the person's full name starts in the appositive after a quoted name: '"Mam Dalal", the late president
    Dalal Turkani, who ...', '"the legacy of Mam Dalal", the late president Dalal Turkani' (a quotation that
    ends with the name, a comma, an article, then a few adjectives, nouns or titles
    and the name): its first token, or None. Not '"Unity", the party of Ana Sorel', '"Unity", the movement led by Ana
    Sorel' (a group noun, a preposition or a verb between)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    s, e = m.start, m.end
    if s < 1 or e + 4 >= len(doc) or _tk[e].text not in QUOTES or _tk[e + 1].text != "," \
            or _tk[e + 2].lower_ not in ("the", "a", "an") or e - s > 3 \
            or not any(t.text in QUOTES for t in doc[max(doc[s].sent.start, s - 12):s]):
        return None  # (the quotation may open before the name: '"betraying the legacy of Mam Dalal", the late ...')
    titles, org_nouns = knowledge()._title_set, knowledge().org_nouns
    for j in range(e + 3, min(len(doc), e + 9)):
        t = _tk[j]
        if t.is_punct or t.pos_ in ("ADP", "CCONJ", "VERB", "PRON") or t.tag_ in ("VBN", "VBD", "VBG", "WP$") \
                or norm(t.text) in org_nouns:
            return None  # ('"Unity", the party led by Ana Sorel': a body and its leader)
        if t.text[:1].isupper() and t.pos_ != "ADJ" and norm(t.text) not in titles and not _country_of(t.text):
            return j  # (past a state's adjective: "the late Velnian president X")
    return None


_INNER_NICKNAME = re.compile(r"^[A-Z][\w'-]+ [\"“]([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})[\"”] [A-Z][\w'-]+")


def _inner_nickname(text: str) -> str | None:
    """The nickname quoted inside a person's name: 'Joaquin "El Lobo" Marvel' -> "El Lobo", or None."""
    x = _INNER_NICKNAME.match(text)
    return x.group(1) if x else None


def _quoted_before(doc: Doc, m: MentionInfo) -> tuple[int, str] | None:
    """A quoted nickname right before the bracket that holds a person's full name ('led by "Tiburon" (Marco Elias
    Fenn)'): (its first token, its text) when the quotes hold one to four capitalised words and the name fills
    the bracket, or None."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    s = m.start
    if s < 4 or m.end >= len(doc) or _tk[s - 1].text != "(" or _tk[s - 2].text not in QUOTES \
            or _tk[m.end].text not in (")", ","):
        return None
    q = next((j for j in range(s - 3, max(-1, s - 8), -1) if _tk[j].text in QUOTES), None)
    if q is None or q + 1 >= s - 2 or not all(t.text[:1].isupper() for t in read_tokens(doc)[q + 1:s - 2]):
        return None
    return q + 1, span_text(doc, q + 1, s - 2)


def _bracket_real_name(doc: Doc, e: int) -> int | None:
    """Where the other name starts in a bracket after a person's name that gives the name he was born with or
    goes by in law: "X (real name Y)", "X (born Y, 1931-2009)", "X (née Y)", "X (birth name Y)": the token after
    the cue, or None (not "X (born 1950)", "X (born in Y)": no name right after the cue)."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e + 3 >= len(doc) or _tk[e].text != "(":
        return None
    k = e + 1
    if _tk[k].lower_ in ("born", "née", "nee"):
        k += 1
    elif _tk[k].lower_ in ("real", "actual", "true", "legal", "birth", "given") and _tk[k + 1].lower_ == "name":
        k += 2 + (_tk[k + 2].text == ":")
    else:
        return None
    return k if k < len(doc) and _tk[k].text[:1].isupper() else None


def _or_named(doc: Doc, m: MentionInfo) -> int | None:
    """Where the other name starts after "the X Forces (XF), or Y," (a second name, often the one in the
    group's language): the token after "or", or None. Not the last item of a list ("A, B, or C")."""
    e = m.end
    if _bracket_acronym(doc, e):
        e = next(k for k in range(e + 2, len(doc)) if doc[k].text in (")", "):", ");")) + 1
    if m.kind != "organization" or e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ != "or":
        return None
    s = m.start - 1
    while s >= 0 and doc[s].lower_ == "the":
        s -= 1
    if s >= 0 and doc[s].lower_ in (",", "and", "or", "between", "either", "whether", "nor"):
        return None
    return e + 2


def _cut_names(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'the Free | Democrats' where the text names the Free Democrats elsewhere: a one-word organisation mention
    after a capitalised word (inside a sentence, in no mention) is the name the two words make."""
    names = {norm(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) > 1}
    taken = {t for m in mentions for t in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 1
        if m.kind != "organization" or m.end - m.start != 1 or m.key or k < 1 or k in taken \
                or not doc[k].text[:1].isupper() or not doc[k].is_alpha or doc[k].is_sent_start:
            continue
        joined = f"{doc[k].text} {m.name}"
        if norm(joined) in names:
            m.start, m.text, m.name = k, span_text(doc, k, m.end), joined
            taken.add(k)


def _named_in_apposition(doc: Doc, noun: Token, tok2m: dict[int, int], mentions: list[MentionInfo]) -> int | None:
    """'X's new alliance, the Beacon Renewal bloc, which ...', "Tolvan's coalition, the Amber Front, won": the named
    organisation set off by a comma right after a described body is that body (its name), whatever else the person
    leads. The mention's index, else None."""
    end = noun.i + 1
    for c in noun.children:
        if c.dep_ == "appos" and c.i > noun.i:
            mi = tok2m.get(c.i)
            if mi is not None and mentions[mi].kind == "organization" and not _is_description(mentions[mi]) \
                    and not mentions[mi].key.startswith(("desc:", "acr->")):
                return mi
    if end + 1 < len(doc) and doc[end].text == ",":
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        mi = tok2m.get(k)
        if mi is not None and mentions[mi].start == k and mentions[mi].kind == "organization" \
                and not _is_description(mentions[mi]) and not mentions[mi].key.startswith(("desc:", "acr->")):
            return mi
    return None


def _is_description(m: MentionInfo) -> bool:
    """'Christian party', 'Dulmer minority party': a capitalised word, then words in lower case ending in a group
    noun (roles.yaml org_nouns): a body described, not named."""
    toks = m.name.split()
    return m.kind == "organization" and len(toks) >= 2 and toks[0][:1].isupper() \
        and all(t.islower() for t in toks[1:]) and norm(toks[-1]) in knowledge().org_nouns


def _acronym_root(mentions: list[MentionInfo], i: int) -> int:
    """The mention an acronym mention ``i`` stands for, followed through chains of "acr->N" keys (``i`` itself when it
    is no acronym)."""
    seen = set()
    while mentions[i].key.startswith("acr->") and i not in seen:
        seen.add(i)
        i = int(mentions[i].key[5:])
    return i


def _appositive_descriptions(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'the Vardonian Forces (VF), the Christian party led by X', 'the ethnic Dulmer minority party, the Dulmer Civic
    Forum,': a description in apposition to a body's name is that body (an alias), not a body of its own."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    by_start = {m.start: i for i, m in enumerate(mentions)}
    by_end = {m.end: i for i, m in enumerate(mentions)}

    root = partial(_acronym_root, mentions)

    def named(i: int | None) -> int | None:
        if i is None or mentions[i].kind != "organization" or _is_description(mentions[i]):
            return None
        return root(i)

    for mi, m in enumerate(mentions):
        if not _is_description(m) or m.key:
            continue
        target = None
        if m.end + 1 < len(doc) and _tk[m.end].text == ",":  # "the ethnic X party, the X Civic Forum,"
            k = m.end + 2 if _tk[m.end + 1].lower_ == "the" else m.end + 1
            target = named(by_start.get(k))
        k = m.start - 1 if m.start > 0 and _tk[m.start - 1].lower_ == "the" else m.start
        if target is None and k > 1 and _tk[k - 1].text == "," and not _listed_after(doc, m, by_start):
            # "the X Forces (XF), the Christian party"
            j = k - 1
            if _tk[j - 1].text == ")":
                j = next((x for x in range(j - 2, max(0, j - 6), -1) if _tk[x].text == "("), j)
            target = named(by_end.get(j))
        if target is not None and target != mi:
            m.key, m.label = f"acr->{target}", "DESC"


def _listed_after(doc: Doc, m: MentionInfo, by_start: dict[int, int]) -> bool:
    """'A, the Thorn movement's 12 and eight for B', 'A, the Thorn movement and the B party won': a description
    after a comma that owns what follows it, or that is joined by 'and'/'or' to another named body, is an item of a
    list (a body of its own), not a phrase in apposition to the name before it."""
    e = m.end
    if e < len(doc) and doc[e].text in APOS:
        return True
    if e + 1 < len(doc) and doc[e].lower_ in ("and", "or"):
        k = e + 2 if doc[e + 1].lower_ == "the" else e + 1
        return by_start.get(k) is not None
    return False


def _bracket_names(doc: Doc, e: int, by_start: dict[int, MentionInfo]) -> list[MentionInfo]:
    """The names an organisation is given in brackets right after token e, each a whole mention of a group
    that fills its slot: "(the Victory Battalions)", "(the Victory Battalions, or "Nasr Battalions")", or in
    quotation marks, a translation or a nickname ('("the Victory Battalions")', '("Victory Battalions")'). Not a
    description ("(the main opposition party)"), a state, a person or a list ("(the A, the B and the C)")."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e + 3 >= len(doc) or _tk[e].text != "(":
        return []
    k = e + 2 if _tk[e + 1].text in QUOTES else e + 1
    if _tk[k].lower_ == "the":
        k += 1
    elif k == e + 1:
        return []
    out: list[MentionInfo] = []
    while True:
        other = by_start.get(k)
        if other is None or other.kind not in ("organization", "unknown") or other.key.startswith("country:") \
                or other.end >= len(doc):
            return []
        j = other.end + 1 if _tk[other.end].text in QUOTES else other.end
        out.append(other)
        if j < len(doc) and _tk[j].text == ")":
            return out
        if j + 2 < len(doc) and _tk[j].text == "," and _tk[j + 1].lower_ == "or" and len(out) == 1:
            k = j + 2
            if _tk[k].text in QUOTES:
                k += 1
            if k < len(doc) and _tk[k].lower_ == "the":
                k += 1
            continue
        return []


_LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:(?:of|for|and|the|de|du|la|al)\s+)*[A-Z][\w'-]*)+")


def _person_with_party_acronym(doc: Doc, s: int, e: int, label: str, acr: str) -> bool:
    """"Teodor Vask (UFR) said": a name the NER reads as a person's (or as nothing), its letters not the
    acronym's, with the acronym in brackets after it the short name of another body the text names ("the Union
    for Renewal (UFR)") or the knowledge lists: the person's party, as wires and records give it, not the name's
    own acronym."""
    if label not in ("PERSON", "") or e - s > 3:
        return False
    name = doc_span(doc, s, e).text
    if _acronym_fits(acr, name) or _acronym_loosely_fits(acr, name):
        return False
    if norm(acr) in knowledge().known_orgs:
        return True
    lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return any(_acronym_fits(acr, _LEADING_ARTICLE.sub("", run.group())) and (run.end() <= lo or run.start() >= hi)
               for run in _CAPITAL_RUN.finditer(doc_text(doc)))


def _bracket_acronym(doc: Doc, e: int) -> str | None:
    """The acronym in brackets right after token e ("... Service (SGB)"): a name followed by one is an
    organisation, and the acronym is its short name, even when it comes from another language and its
    letters do not match ("People's Guard of the East (GPO)"). Not a state, an agency or a media code."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    if e + 2 >= len(doc) or _tk[e].text != "(":
        return None
    # "(RD-K)", "(MFC-T)": an acronym the tokenizer split at its hyphen is still one word
    # (a bracket closed before a colon or semicolon is one token, the tokenizer's emoticon: "(UCT): 41 seats")
    close = next((k for k in range(e + 2, min(len(doc), e + 5)) if _tk[k].text in (")", "):", ");")), None)
    if close is None or any(_tk[k].whitespace_ for k in range(e + 1, close - 1)):
        return None
    inner = doc_span(doc, e + 1, close).text
    kb = knowledge()
    if not ACRONYM.match(inner) or len(inner.replace(".", "")) < 2 or norm(inner) in kb.media \
            or kb.country_of(inner) or norm(inner) in kb.not_actors:
        return None
    return inner


def _government_bodies(mentions: list[MentionInfo]) -> None:
    """Named governments. 'the Federal Government of Ostravia' is the state Ostravia itself. A government
    named without a state ('the Government of National Concord') is one of rival governments: where it
    is the only one the text names, '<capital> government' / '<capital> authorities' is that body, not
    the state (whose name the other camp claims too)."""
    kb = knowledge()
    for m in mentions:
        if m.kind != "organization" or m.key.startswith(("inst:", "known:", "acr->")):
            continue
        toks = norm(m.name).split()
        if "government" in toks and "of" in toks and toks.index("government") < toks.index("of"):
            country = _country_of(" ".join(toks[toks.index("of") + 1:]))
            if country:
                m.aliases = (m.name, *m.aliases)
                m.name, m.kind, m.subkind, m.key = country, "country", "state", "country:" + country
    bodies = {org_core(m.name): i for i, m in reversed(list(enumerate(mentions)))
              if m.kind == "organization" and not m.key.startswith(("inst:", "acr->")) and not is_acronym(m.name)
              and "government" in norm(m.name).split()}
    if len(bodies) != 1:
        return
    j = next(iter(bodies.values()))
    for m in mentions:
        words = m.aliases[0].split() if m.kind == "country" and m.aliases else []
        if len(words) == 2 and norm(words[0]) in kb.capitals and norm(words[1]) in kb.state_nouns:
            m.name, m.label, m.kind, m.subkind, m.key = m.aliases[0], "ALIAS", "organization", \
                mentions[j].subkind, f"acr->{j}"


def _named_state_army(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"the Royal Velorian Army ... Velorian troops crossed ... the Velorian army said": a state's forces named by
    the state's word and a force noun (the ``inst:STATE:military`` mentions) are the one army the text names after
    that state in full: its state's word, a force noun of STATE_FORCES that is the whole military (not its navy,
    air force or police) and otherwise only relations.yaml state_army_style_words ("Royal", "National"); none where
    the name has a rebel word (rebel_name_words) or the text calls it a client or a rebel body, nor where two such
    armies of the state are named. The army's mentions take the state institution's key (one actor, which every
    rule reading the state's institutions still finds)."""
    rel = knowledge().relations
    style = {norm(w) for w in rel.get("state_army_style_words") or ()}
    rebel = {norm(w) for w in rel.get("rebel_name_words") or ()}
    if not style:
        return
    states = {m.key.split(":")[1] for m in mentions if m.key.startswith("inst:") and m.key.endswith(":military")}
    if not states:
        return
    endings = [tuple(k.split()) for k, v in STATE_FORCES.items() if v == "military"]
    armies: dict[str, dict[str, list[int]]] = defaultdict(dict)  # state -> {army's name (norm): its mentions}
    for i, m in enumerate(mentions):
        if m.kind != "organization" or m.key.startswith(("inst:", "acr->", "desc:", "org:led:")):
            continue
        words = norm(m.name).split()
        words = words[1:] if words[:1] == ["the"] else words
        end = next((e for e in endings if len(words) > len(e) and tuple(words[-len(e):]) == e), None)
        if end is None or set(words) & rebel:
            continue
        rest = [w for w in words[:-len(end)] if w not in style]
        state = _country_of(" ".join(rest)) if rest and len(rest) <= 3 else None
        if state in states and not _client_force(doc, m.start, m.end):
            armies[state].setdefault(" ".join(words), []).append(i)
    for state, named in armies.items():
        if len(named) != 1:
            continue  # "the Royal Velorian Army" and "the Velorian National Army": which one is not said
        own = set(next(iter(named.values())))
        keys = {mentions[i].key for i in own if mentions[i].key}
        for j, m in enumerate(mentions):  # the army's mentions (and its other names' under the same key) take the
            if m.key in keys or j in own:  # state's key (one pass: a set, not a scan of the army's mentions per one)
                m.key, m.subkind = f"inst:{state}:military", "military"


def _bodies_named_by_organ(doc: Doc, mentions: list[MentionInfo]) -> None:
    """"asked the UN Security Council to act", "a UN Group of Experts reported", "the UN human rights office called
    for an inquiry": a body world knowledge lists (a ``known:`` mention) that the text names only through its organs,
    never by itself, is named by the organ: each organ becomes an actor of its own ("UN Security Council", "UN human
    rights office"). An organ is the body's short name (its name or a one-word alias: "UN", "United Nations") before
    capitalised words with one of roles.yaml body_organ_heads or organ_nouns as their head ("Security Council",
    "Group of Experts"; also that phrase alone where the lexicon lists it with the short name: "the Security
    Council", not after another's possessive: "Drevania's Security Council"), or before lower-case words that qualify
    such a head ("UN human rights office", "the UN's refugee agency": a noun among them, naming a field; adjectives
    alone, "the UN's main office", "its regional office", tell a rank or a place and leave the body). Where the text
    names the body by itself too ("the UN said", "UN peacekeepers"), those mentions stay the body's and an organ
    headed by one of body_organ_heads stays an actor of its own ("the UN said the UN Security Council would meet":
    two actors, one never the other's alias); an executive organ (organ_nouns: "the ECOWAS Commission") then acts as
    the body, as _organs_of_named_bodies reads it. Where the text names the body only through its organs and another
    body of its family, which the body is the parent of ("the UN Observer Mission in Kessa", "UNHCR": a name
    opening with the body's short name, or an acronym in capitals opening with the body's), the organs act as the
    body (organizations.yaml), the family's parent."""
    kb = knowledge()
    heads = kb.body_organ_heads | kb.organ_nouns
    small = kb.function_words  # (roles.yaml: "of", "and", "the" ... between an organ's capitalised words)
    if not heads:
        return
    bodies: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.kind == "organization" and m.key.startswith("known:"):
            bodies[m.key].append(i)
    if not bodies:
        return
    _tk = read_tokens(doc)
    n = len(doc)

    def headed(words: list[str], nouns: set[str] = heads) -> bool:
        """Whether words (norms) are an organ's name: its head (the last word, or the word before the first "of")
        one of ``nouns``."""
        cut = words.index("of") if "of" in words else len(words)
        return 0 < cut and words[cut - 1] in nouns

    for key, idx in bodies.items():
        body = key.split(":", 1)[1]
        names = [k for k, (name, _) in kb.known_orgs.items() if name == body]
        shorts = sorted({norm(body)} | {k for k in names if " " not in k}, key=len, reverse=True)
        acronym = min((k for k in names if " " not in k and k.isalpha()), key=len, default=None)
        if acronym is None:
            continue
        alone = False  # whether the text names the body by itself ("the UN said")
        organs: list[tuple[int, int, str]] = []  # (mention, new end, the organ's words as written)
        for i in idx:
            m = mentions[i]
            s, e = m.start, m.end
            if _tk[s].lower_ == "the":
                s += 1
            words = [norm(t.text) for t in read_tokens(doc)[s:e]]
            low = " ".join(words)
            short = next((x for x in shorts if low.startswith(x + " ")), None)
            if short is not None:  # "UN Security Council", "United Nations Group of Experts"
                rest = doc[s + len(short.split()):e]
                if rest and _tk[rest.start].text in APOS:
                    rest = doc[rest.start + 1:e]
                if rest and headed([norm(t.text) for t in rest]) and all(
                        t.text[:1].isupper() or t.lower_ in small for t in rest):
                    organs.append((i, e, rest.text))
                    continue
            elif low not in shorts:
                if headed(words) and any(kb.known_orgs.get(f"{x} {low}", ("",))[0] == body for x in shorts) \
                        and all(t.text[:1].isupper() or t.lower_ in small for t in read_tokens(doc)[s:e]) \
                        and not (m.start > 0 and _tk[m.start - 1].text in APOS):
                    # (not after another's name: "Drevania's Security Council" is no organ of the body)
                    organs.append((i, e, span_text(doc, s, e)))  # "the Security Council" (listed as "UN Security Council")
                    continue
            else:  # the short name alone: "UN human rights office", "the UN's refugee agency"
                j = e + 1 if e < n and _tk[e].text in APOS else e
                k = j
                while k < n and k - j < 4 and _tk[k].is_lower and _tk[k].is_alpha and _tk[k].pos_ in ("ADJ", "NOUN") \
                        and norm(_tk[k].text) not in heads:
                    k += 1
                if j < k < n and _tk[k].is_lower and norm(_tk[k].text) in heads and _tk[k].pos_ == "NOUN" \
                        and any(_tk[x].pos_ == "NOUN" for x in range(j, k)) \
                        and not (k + 1 < n and _tk[k + 1].is_lower and _tk[k + 1].pos_ == "NOUN") \
                        and not any(o.start <= k and o.end > e for o in mentions if o is not m) \
                        and not (_tk[k].dep_ == "appos" or m.start >= 2 and _tk[m.start - 1].lower_ == "the"
                                 and _tk[m.start - 2].text == ","):
                    # (a field named by a noun among the words before the head: "refugee", "human rights"; adjectives
                    # alone tell a rank or a place, "the UN's main office", "its regional office": the body's own
                    # premises or branch, the body acting. Not in apposition to a name: "Frontex, the EU's border
                    # agency" describes Frontex)
                    organs.append((i, k + 1, span_text(doc, j, k + 1)))
                    continue
            alone = True  # the body named by itself, "the UN said": that mention stays the body's
        if alone:  # (its executive organ acts as the body: "the Karst Union Commission", _organs_of_named_bodies)
            organs = [o for o in organs if headed(norm(o[2]).split(), kb.body_organ_heads)]
        elif any(o.kind == "organization" and o.key != key and (
                any(norm(clean_name(o.name)).startswith(x + " ") for x in shorts)
                or o.name.isupper() and o.name.isalpha() and len(o.name) > len(acronym)
                and o.name.lower().startswith(acronym)) for o in mentions):
            continue  # "the UN Observer Mission in Kessa", "UNHCR": the body's family named; it stays the parent
        if organs:
            named: dict[str, str] = {}
            for i, end, organ in organs:
                m = mentions[i]
                if organ.isupper():
                    organ = " ".join(w if w.lower() in small else w.title() for w in organ.lower().split())
                name = named.setdefault(norm(organ), f"{acronym.upper()} {organ}")  # ("SECURITY COUNCIL": the
                # knowledge files' case)
                if end > m.end:
                    m.end = end
                    m.text = span_text(doc, m.start, end)
                m.name = name
                m.key = "known:" + name
                m.aliases = (clean_name(m.text),)  # (not the body's short name: "UN" names the body)


def _organs_of_named_bodies(mentions: list[MentionInfo]) -> None:
    """"the Karst Union Commission", "the KFU Secretariat": an executive organ named after a body the text names too
    (roles.yaml organ_nouns; the body's name, one of its other names or its acronym, then the noun), or named as the
    body with the organ noun in place of its group noun ("the Velnian Commission" beside "the Velnian Union"), is that
    body, as a ministry acts as its state; its name becomes the body's alias. Not where two bodies fit, nor where the
    words before the noun are only generic ones ("the National Commission" beside "the National Union")."""
    kb = knowledge()
    if not kb.organ_nouns:
        return

    root = partial(_acronym_root, mentions)

    bodies: dict[str, set[str]] = defaultdict(set)  # a body's names (norm) -> the bodies so named
    heads: dict[str, set[str]] = defaultdict(set)  # a body's name less its group noun -> the bodies
    first: dict[str, int] = {}  # a body -> its first mention
    for i, m in enumerate(mentions):
        if m.kind != "organization" or m.key.startswith(("inst:", "desc:", "org:led:")):
            continue
        words = m.name.split()
        if words and norm(words[-1]) in kb.organ_nouns:
            continue
        r = root(i)
        body = mentions[r].key or "core:" + org_core(mentions[r].name)
        first.setdefault(body, r)
        for n in (m.name, *m.aliases):
            if n:
                bodies[norm(n)].add(body)
        if len(words) > 1 and kb.org_nouns.get(norm(words[-1])) not in (None, "government", "legislature") \
                and words[-1][:1].isupper():  # (not another organ: "the Velnian Council" is no Velnian Commission)
            heads[norm(" ".join(words[:-1]))].add(body)
    if not bodies:
        return
    for m in mentions:
        words = m.name.split()
        if m.kind != "organization" or len(words) < 2 or norm(words[-1]) not in kb.organ_nouns \
                or not words[-1][:1].isupper() or m.key.startswith(("acr->", "inst:", "known:", "desc:")):
            continue
        stem = norm(" ".join(words[:-1]))
        if stem in ("the", "") or all(w in kb.generic_name_words for w in stem.split()):
            continue
        fits = bodies.get(stem, set()) | heads.get(stem, set())
        if len(fits) != 1:
            continue
        m.key, m.label = f"acr->{first[next(iter(fits))]}", "ALIAS"


def _take_alias(m: MentionInfo, mi: int, o: MentionInfo, defined: dict[str, int]) -> None:
    """``o`` is another name of the organisation ``m`` (mention ``mi``) the text gives: its alias from here on."""
    o.kind, o.key, o.label = "organization", f"acr->{mi}", "ALIAS"
    m.aliases = (*m.aliases, o.name)
    defined.setdefault(norm(o.name), mi)


def _person_alias(mentions: list[MentionInfo], ti: int, o: MentionInfo) -> None:
    """``o`` is another name of the person ``mentions[ti]`` the text gives: it, and every later mention of the same
    name not yet resolved, joins that person."""
    t = mentions[ti]
    o.kind, o.subkind, o.label, o.key = "person", None, "ALIAS", f"acr->{ti}"
    t.aliases = (*t.aliases, o.name)
    for x in mentions:
        if x is not o and x is not t and norm(x.name) == norm(o.name) and not x.key and x.start > o.start \
                and x.kind in ("person", "unknown", "organization", "place"):
            x.kind, x.subkind, x.label, x.key = "person", None, "ALIAS", f"acr->{ti}"


def _later_nickname(mentions: list[MentionInfo], ti: int, nick: str, after: int) -> None:
    """A nickname the text gives the person ``mentions[ti]`` where no mention of it stands ('"Tiburon" (Marco
    Fenn)'): his alias, and every mention of it after token ``after`` not yet resolved joins him."""
    mentions[ti].aliases = (*mentions[ti].aliases, nick)
    for x in mentions:
        if norm(x.name) == norm(nick) and not x.key and x.start >= after \
                and x.kind in ("person", "unknown", "organization", "place"):
            x.kind, x.subkind, x.label, x.key = "person", None, "ALIAS", f"acr->{ti}"


def _acronym_definitions(doc: Doc, mentions: list[MentionInfo]) -> None:
    """'Popular Mobilisation Forces (PMF)': the acronym becomes an alias of the full name, and every use
    of it, before or after the definition, is that organisation; 'the Southern Movement, known as
    Hirak': so does the other name."""
    _tk = read_tokens(doc)  # (a token's labels read off the listed tokens: no new Token per doc[i])
    by_start = {m.start: m for m in mentions}
    defined: dict[str, int] = {}  # norm(acronym) -> index of the defining mention
    for mi, m in enumerate(mentions):
        if m.kind not in ("organization", "person"):
            if m.kind == "country" and m.end - m.start > 1 and m.end + 2 < len(doc) and _tk[m.end].text == "(" \
                    and (inner := _bracket_acronym(doc, m.end)) and _acronym_fits(inner, clean_name(m.text)):
                # "the Regional Government of Xland (RGX)", a state's government: the acronym is that state too
                m.aliases = (*m.aliases, inner)
                defined.setdefault(norm(inner), mi)
            continue
        e = m.end
        k = _known_as(doc, e)
        if k is not None and _tk[k].text in QUOTES and k + 1 < len(doc) and not by_start.get(k):
            k += 1  # 'X, known as "Colonel Y"': the name inside the quotes
            if k + 1 < len(doc) and norm(_tk[k].text) in knowledge()._title_set and by_start.get(k + 1):
                k += 1  # (the title left out of the name)
        if k is None and m.kind == "person" and (real := _real_name(doc, e)) is not None \
                and (other := by_start.get(real)) is not None and other.kind == "person" and other.key == "" \
                and len(other.name.split()) > 1:
            # '"Colonel Y", whose real name is A B': the nickname and every use of it are A B's
            target = mentions.index(other)
            m.kind, m.label, m.key = "person", "ALIAS", f"acr->{target}"
            defined.setdefault(norm(m.name), target)
            continue
        if k is None and m.kind == "person" and ((o := by_start.get(_bracket_real_name(doc, e) or -1)) is not None
                                                 or (o := by_start.get(_copular_known_as(doc, e) or -1)) is not None
                                                 or (o := by_start.get(_named_again(doc, e) or -1)) is not None) \
                and o.kind in ("person", "unknown", "organization", "place") and not o.key and o.start > e:
            # "MC Drava (real name Tomas Kiru)", "Tomas Kiru is known as "Baba Loko"", "Orlan Vesk, the chief
            # everyone knew as Kervo,": the other name, and every later use of it, is the person's
            _person_alias(mentions, mi, o)
            continue
        if k is None and m.kind in ("person", "organization", "unknown") and e + 3 < len(doc) \
                and _tk[e].text in QUOTES and m.start > 0 and _tk[m.start - 1].text in QUOTES and _tk[e + 1].text == "(" \
                and (o := by_start.get(e + 2)) is not None and o.kind == "person" and not o.key \
                and len(o.name.split()) > 1 and o.end < len(doc) and _tk[o.end].text in (")", ","):
            # 'led by "Zerda" (Anton Pol Menez)': a quoted nickname and the full name in brackets after it are one
            # person's, and so is every later use of the nickname
            _person_alias(mentions, mentions.index(o), m)
            continue
        if m.kind == "organization" and not m.key and (short := _bracket_short_name(doc, m)) is not None \
                and not any(o.kind == "person" and len(o.name.split()) > 1 and norm(o.name.split()[-1]) == norm(short)
                            for o in mentions):  # (not "the Civic Pact (Sorel)" of Ana Sorel: its leader)
            # "the leader of Forward Lesnavia (Naprej), the largest party": the one-word name in brackets, and every
            # use of it, is the body's (not a person, nor a body of its own)
            m.aliases = (*m.aliases, short)
            for x in mentions:
                if x is not m and norm(x.name) == norm(short) and not x.key \
                        and x.kind in ("organization", "person", "unknown"):
                    x.kind, x.subkind, x.label, x.key = "organization", None, "ALIAS", f"acr->{mi}"
        if k is None and m.kind == "person" and len(m.name.split()) > 1 and not m.key \
                and (q := _quoted_after(doc, e)) is not None:
            # 'Pushpa Ram Dehal "Pravanda"', '- Nemir Ostera, "El Toro": leader of ...': the quoted nickname after the
            # full name, and every later use of it, is the person's
            o = by_start.get(q)
            if o is not None and not o.key and o.kind in ("person", "unknown", "organization") \
                    and not _names_body(o.name):
                _person_alias(mentions, mi, o)
                continue
            nick = doc[q:next(j for j in range(q, len(doc)) if _tk[j].text in QUOTES)].text
            if o is None and not _names_body(nick):
                _later_nickname(mentions, mi, nick, e)
        if k is None and m.kind in ("person", "unknown", "organization") and not m.key \
                and (o := by_start.get(_described_after_quote(doc, m) or -1)) is not None and o.kind == "person" \
                and not o.key and len(o.name.split()) > 1 and not _names_body(m.name):
            # '"Mam Dalal", the late president Dalal Turkani,': the quoted name is the person's the appositive names
            _person_alias(mentions, mentions.index(o), m)
            continue
        if m.kind in ("person", "organization") and m.label in ("PERSON", "EXT:PERSON") and not m.key \
                and (inner := _inner_nickname(m.text)) is not None:
            # 'Joaquin "El Lobo" Marvel': the quoted nickname inside the name, said alone later, is the person
            m.kind, m.subkind = "person", None
            _later_nickname(mentions, mi, inner, e)
        if k is None and m.kind == "person" and len(m.name.split()) > 1 and (nick := _quoted_before(doc, m)) \
                and not by_start.get(nick[0]):
            # 'Troops hunted "Tiburon" (Marco Elias Fenn)', the nickname no mention of its own: it is his alias,
            # and every later use of it is he
            _later_nickname(mentions, mi, nick[1], e)
        if k is None and (k := _or_named(doc, m)) is not None:
            other = by_start.get(k) or by_start.get(k + 1)
            if other is None or other.end >= len(doc) or _tk[other.end].text not in (",", ".", ";", ")") \
                    or other.end + 1 < len(doc) and _tk[other.end + 1].lower_ in ("and", "or"):
                k = None  # only a name that ends the phrase: "A (AF), or B, and C" is a list
        if k is not None:
            # the other name runs to the next punctuation ("Mouvement pour la liberation de l'Azor")
            run = k
            while run < len(doc) and run - k < 10 and not (_tk[run].is_punct and _tk[run].text not in "-'’") \
                    and (run == k or not _tk[run].is_sent_start):
                run += 1
            other = by_start.get(k) or by_start.get(k + 1)
            if other is not None and other.end < run and _tk[k].text[:1].isupper() \
                    and not any(mm.start > other.start and mm.start < run for mm in mentions):
                other.end, other.text = run, span_text(doc, other.start, run)
                other.name = clean_name(other.text)
            if other is not None and other.kind in ("organization", "unknown", "person", "place") \
                    and not other.key.startswith("country:"):
                other.kind = m.kind
                other.key = f"acr->{mi}"
                other.label = "ALIAS"
                m.aliases = (*m.aliases, other.name)
                defined.setdefault(norm(other.name), mi)
                words = other.name.split()
                if m.kind == "organization" and len(words) > 1 and ARTICLE_HYPHEN.match(words[0]):
                    # "the PDF, known as al-Difaa al-Shaabi": "the Difaa" is its short form
                    defined.setdefault(norm(ARTICLE_HYPHEN.sub("", words[0], count=1)), mi)
            elif other is None and _tk[k].text[:1].isupper():
                alias = span_text(doc, k, run)  # a name the NER did not see
                if run > k:
                    m.aliases = (*m.aliases, alias)
                    defined.setdefault(norm(alias), mi)
        if m.kind == "organization" and not m.key.startswith(("acr->", "inst:")) and e + 1 < len(doc) \
                and _tk[e].text == "," and (leg := next((o for o in mentions if e + 1 <= o.start <= e + 7
                                                        and o.end > e + 2 and all(t.text[:1].isupper() or t.text in APOS
                                                                                  or t.lower_ in ("'s", "’s")
                                                                                  or _state_noun_owner(t)
                                                                                  or t.lower_ == "the"
                                                                                  and _state_noun_owner(t.head)
                                                                                  or _size_glued_before(doc, o.start)
                                                                                  and t.i >= o.start - 3
                                                                                  for t in doc_span(doc, e + 1, o.start))
                                                        and o.key.startswith("inst:")
                                                        and o.key.endswith(":parliament")), None)) is not None:
            # "the National Veche, Korvakia's parliament": the state's legislature is the body just named
            inst = leg.key
            for o in mentions:  # every other "Korvakia's parliament" of the text too
                if o.key == inst:
                    o.kind, o.key, o.label = "organization", f"acr->{mi}", "ALIAS"
            m.subkind = m.subkind or "legislature"
        if m.kind == "organization" and not m.key.startswith("acr->") and e + 2 < len(doc) and _tk[e].text == "(" \
                and (o := by_start.get(e + 1)) is not None and o.end < len(doc) and _tk[o.end].text == ")" \
                and o.kind in ("organization", "person", "unknown") and not o.key \
                and len(norm(o.name).split()) < len(norm(m.name).split()) \
                and norm(m.name).split()[:len(norm(o.name).split())] == norm(o.name).split():
            # "Al-Rawda General Trading LLC (Al-Rawda)": the short name a release uses for it from then on
            _take_alias(m, mi, o, defined)
        if m.kind == "organization" and not m.key.startswith("acr->") and e + 3 < len(doc) and _tk[e].text == "(":
            # "the National Front (NF; Vardonian: Rashtra Morcha)", "(Arabic: Jabhat al-Watan)": the name in the
            # language the label before the colon gives
            close = next((j for j in range(e + 1, min(len(doc), e + 16)) if _tk[j].text == ")"), None)
            for j in range(e + 1, (close or e) - 1):
                o = by_start.get(j + 1)
                if _tk[j].text == ":" and _tk[j - 1].text[:1].isupper() and _tk[j - 1].is_alpha \
                        and _tk[j - 2].text in ("(", ";", ",") and o is not None and o.end <= close \
                        and o.kind in ("organization", "person", "unknown", "place") and not o.key:
                    _take_alias(m, mi, o, defined)
        if m.kind == "person" and not m.key.startswith("acr->") and e + 4 < len(doc) and _tk[e].text == "(" \
                and _tk[e + 1].text in QUOTES and (o := by_start.get(e + 2)) is not None and not o.key \
                and o.kind in ("person", "organization", "unknown") and o.end + 1 < len(doc) \
                and _tk[o.end].text in QUOTES and _tk[o.end + 1].text == ")":
            # 'Kamil Dorsan ("Abu Nour")': the nickname in quotation marks, and every use of it, is the person's
            o.kind, o.label, o.key = "person", "ALIAS", f"acr->{mi}"
            m.aliases = (*m.aliases, o.name)
            defined.setdefault(norm(o.name), mi)
        if m.kind == "person" and not m.key.startswith("acr->") and len(m.name.split()) > 1 and e + 2 < len(doc) \
                and _tk[e].text == "(" and (o := by_start.get(e + 1)) is not None and not o.key \
                and o.kind in ("person", "unknown") and o.end < len(doc) and _tk[o.end].text == ")" \
                and len(o.name.split()) > 1 and norm(o.name.split()[0]) in knowledge().kunya_words \
                and not set(norm(o.name).split()[1:]) & set(norm(m.name).split()) \
                and not (any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in read_tokens(doc)[o.start:o.end])
                         and any(t.ent_type_ == "PERSON" for t in read_tokens(doc)[m.start:m.end])) \
                and not _country_of(o.name) and not in_any(norm(o.name), knowledge().places, knowledge().capitals):
            # 'Hamid Sarouk (Abu Talha)': a name of descent in brackets that shares no word with the full name is
            # the person's nom de guerre, and so is every use of it; not a place or a site the gazetteer knows, or
            # the tagger tells from the person (a prison or a town named "Abu ...")
            o.kind, o.label, o.key = "person", "ALIAS", f"acr->{mi}"
            m.aliases = (*m.aliases, o.name)
            defined.setdefault(norm(o.name), mi)
        if m.kind == "organization" and not m.key.startswith("acr->"):
            for other in _bracket_names(doc, e, by_start):
                # "Saraya al-Fajr (the Dawn Battalions, or "Fajr Battalions")": its names in other words
                _take_alias(m, mi, other, defined)
        k = e + 2 if e + 2 < len(doc) and _tk[e].text == "," and _tk[e + 1].lower_ == "the" else None
        if k is not None and m.kind == "organization" and m.end - m.start > 1 and ACRONYM.match(_tk[k].text) \
                and (k + 1 >= len(doc) or _tk[k + 1].is_punct) and _acronym_fits(_tk[k].text, m.name):
            m.aliases = (*m.aliases, _tk[k].text)  # "the Tarvic National Council, the TNC"
            defined.setdefault(norm(_tk[k].text), mi)
        if m.kind == "organization" and m.end - m.start > 2 and e + 2 < len(doc) and _tk[e].text == "," \
                and ACRONYM.match(_tk[e + 1].text) and _tk[e + 1].text.isupper() and _tk[e + 2].is_punct \
                and _acronym_fits_posted(_tk[e + 1].text, m.name):
            m.aliases = (*m.aliases, _tk[e + 1].text)  # "the UN peacekeeping mission in Ostravia, MINUSTRA, said"
            defined.setdefault(norm(_tk[e + 1].text), mi)
        elif m.kind == "organization" and m.end - m.start > 1 and (acr := _closing_bracket_acronym(doc, m.start, e)):
            m.aliases = (*m.aliases, acr)  # "(Union for Progress, UPA)", "[head of the State Security Office, DGS]"
            defined.setdefault(norm(acr), mi)
        if ACRONYM.match(m.name) and e + 3 < len(doc) and _tk[e].text == "(":
            # "the GNR (Guardia Nacional Republicana, National Republican Guard)": an acronym spelled out after it, maybe with a
            # translation; the spelled-out names are the acronym's aliases
            close = next((i for i in range(e + 2, min(len(doc), e + 14)) if _tk[i].text == ")"), None)
            parts = [p.strip() for p in span_text(doc, e + 1, close).split(",")] if close else []
            if parts and _acronym_fits(m.name, parts[0]) and len(parts[0].split()) > 1 \
                    and all(p[:1].isupper() and len(p.split()) > 1 for p in parts[:2]):
                for p in parts[:2]:
                    m.aliases = (*m.aliases, p)
                    defined.setdefault(norm(p), mi)
        if e + 1 < len(doc) and _tk[e - 1].text == "," and m.label.startswith("EXT:") and _tk[e + 1].text in ")]" \
                and span_text(doc, m.start, e).count("(") + span_text(doc, m.start, e).count("[") == 1 \
                and ACRONYM.match(_tk[e].text):
            m.aliases = (*m.aliases, _tk[e].text)  # "Change Movement (Gerakan Perubahan, GERPU)"
            defined.setdefault(norm(_tk[e].text), mi)
        if (inner := _place_acronym(doc, m)) is not None:
            m.aliases = (*m.aliases, inner)  # "the Support Mission in Drevania (SMID)"
            defined.setdefault(norm(inner), mi)
        if (inside := _acronym_before_noun(doc, m)) is not None and norm(inside[1]) not in defined:
            # "the wider National Dawn (ND) alliance": the acronym and the name before the bracket, and every use of
            # either, are the body's
            m.aliases = (*m.aliases, *inside)
            for a in inside:
                defined.setdefault(norm(a), mi)
        if e + 2 < len(doc) and _tk[e].text == "(" and (inner := _bracket_acronym(doc, e)):
            owner = defined.get(norm(inner))
            if owner is not None and owner != mi and norm(mentions[owner].name) != norm(m.name) \
                    and _acronym_fits(inner, mentions[owner].name) \
                    and not any(_acronym_fits(inner, n) for n in (m.name, clean_name(m.text))):
                continue  # "a member of the National Chamber (VPP)": another body's acronym, already defined (the member's party)
            if m.end - m.start > 1 or any(_acronym_fits(inner, n) for n in (m.name, clean_name(m.text))) \
                    or m.kind == "organization" and _acronym_in_word(inner, m.name):
                m.aliases = (*m.aliases, inner)
                defined.setdefault(norm(inner), mi)
    _hyphened_acronym_heads(mentions, defined)
    if not defined:
        return
    for mi, m in enumerate(mentions):
        target = defined.get(norm(m.name))
        if target is not None and target != mi and m.kind in ("organization", "unknown", "person", "place"):
            m.kind = "organization"
            m.key = f"acr->{target}"
    # a defined acronym the tagger read as a common noun ("The DRLA, which ...") is that organisation too
    covered = {i for m in mentions for i in range(m.start, m.end)}
    words = token_texts(doc)
    for i, w in ((i, words[i]) for i in capitalised_tokens(doc)):  # (an acronym opens with a capital)
        if i not in covered and ACRONYM.match(w) and w.isupper() and len(w) >= 2 \
                and (target := defined.get(norm(w))) is not None and w in mentions[target].aliases:
            mentions.append(MentionInfo(i, i + 1, w, w, "", "organization", mentions[target].subkind,
                                        key=f"acr->{target}"))


def _acronym_in_word(acronym: str, name: str) -> bool:
    """Whether an acronym in capitals stands for a one-word name in another language: the name's first letter opens
    it and its other letters come in the word in order ("Kelmintang (KMT)", "Vardakhor (VDK)")."""
    if " " in name or not acronym.isalpha() or not acronym.isupper() or len(acronym) < 2 or not name[:1].isupper() \
            or name[0] != acronym[0]:
        return False
    it = iter(name[1:].upper())
    return all(c in it for c in acronym[1:])


# "VMRO-DPMNE", "PDLK-RDA", "Fidesz-KDNP" (not a faction's letters after its party's: "SPLM-IO", "MDK-T")
_HYPHENED_ACRONYM = re.compile(r"([A-Z][A-Za-z]{1,9})-([A-Z]{3,8})")


def _acronym_before_noun(doc: Doc, m: MentionInfo) -> tuple[str, str] | None:
    """The name and acronym of a body's mention "Name (ACR) noun", its lower-case group noun after the bracket
    (roles.yaml org_nouns): "the National Dawn (ND) alliance" gives ("National Dawn", "ND"), when the acronym spells
    the name before the bracket; None for any other mention."""
    _tk = read_tokens(doc)
    e = m.end
    if m.kind != "organization" or m.key or e - m.start < 5 or _tk[e - 2].text != ")" or _tk[e - 4].text != "(" \
            or not _tk[e - 1].is_lower or norm(_tk[e - 1].text) not in knowledge().org_nouns:
        return None
    acr, name = _bracket_acronym(doc, e - 4), clean_name(span_text(doc, m.start, e - 4))
    if not acr or not name or not (_acronym_fits(acr, name) or _acronym_loosely_fits(acr, name)):
        return None
    return name, acr


def _hyphened_acronym_heads(mentions: list[MentionInfo], defined: dict[str, int]) -> None:
    """A body named by two acronyms joined by a hyphen ("the PDLK-RDA", "VMRO-DPMNE") whose first part the text also
    uses alone ("the PDLK said"): that part is its short form, every use of it the body's (``defined``), unless the
    text uses the second part alone too ("the KMT-TPP alliance": two parties, "the TPP" named apart) or the first
    part is another body's acronym already; a faction's one or two letters after its party's acronym ("the
    SPLM-IO") make another body."""
    names = Counter(norm(m.name) for m in mentions)
    for mi, m in enumerate(mentions):
        if m.kind != "organization" or m.key.startswith("acr->") or (x := _HYPHENED_ACRONYM.fullmatch(m.name)) is None:
            continue
        head, tail = norm(x.group(1)), norm(x.group(2))
        if names[head] and not names[tail] and head not in defined:
            m.aliases = (*m.aliases, x.group(1))
            defined[head] = mi


def _appositive_subkind(doc: Doc, m: MentionInfo) -> str | None:
    """The subkind an organisation's appositive gives it when its name gives none: "Vardan Unity, a political
    party," is a party; "Civic Path, an opposition movement," a movement (roles.yaml org_nouns: the appositive's
    head noun, written in lower case after the name)."""
    org_nouns = knowledge().org_nouns
    root = doc_span(doc, m.start, m.end).root
    for c in root.children:
        if c.dep_ == "appos" and c.i >= m.end and c.pos_ == "NOUN" and c.is_lower:
            return org_nouns.get(norm(c.lemma_)) or org_nouns.get(norm(c.text))
    h = root.head
    if root.dep_ == "appos" and h.i < m.start and h.pos_ == "NOUN" and h.is_lower:
        return org_nouns.get(norm(h.lemma_)) or org_nouns.get(norm(h.text))  # "the main opposition party, X,"
    return None




def _cluster(doc: Doc, mentions: list[MentionInfo]) -> list[LocalActor]:
    for m in mentions:
        if m.kind == "organization" and m.subkind is None:
            m.subkind = _appositive_subkind(doc, m)
        elif m.kind == "organization" and m.subkind == "legislature" and not m.key \
                and (sub := _appositive_subkind(doc, m)) in PARTY_SUBKINDS:
            m.subkind = sub  # "the main opposition party, the Karvel Renewal Congress": a party named like a house
    actors: list[LocalActor] = []
    by_key: dict[str, LocalActor] = {}

    def new(kind: str, subkind: str | None, key: str) -> LocalActor:
        a = LocalActor(len(actors), kind, subkind, key)
        actors.append(a)
        by_key[key] = a
        return a

    def attach(a: LocalActor, i: int, m: MentionInfo) -> None:
        m.actor = a.idx
        a.mentions.append(i)
        if m.label in ("DESC", "ALIAS"):  # a description or second name is an alias, never the name
            a.extra_aliases.add(m.name)
            return
        a.names[m.name] += 1
        a.extra_aliases.update(x for x in m.aliases if x)
        if a.subkind is None and m.subkind:
            a.subkind = m.subkind

    # a lone word the text gives as an organisation's second name ("the Renewal Movement (Vtor)") is that
    # organisation wherever it stands alone, whatever the NER called it there
    second = {norm(x) for m in mentions if m.kind == "organization" and "(" in m.text for x in m.aliases[:1]
              if x and len(x.split()) == 1 and norm(x) != norm(m.name)}
    # a name the NER read as a person's, with no group noun, that the text's voting made a body, is the person
    # where another mention the text gives as a person shares its surname ("Minister Dana Al-Korvi" and
    # "Al-Korvi said"; a headline's "Minister of State Al-Korvi chairs talks"); not a body's name in short ("Civic
    # Dawn" of the Civic Dawn Party)
    kb = knowledge()
    surnames = {surname(m.name) for m in mentions if m.kind == "person"}
    bodies = {norm(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) > 1}
    # (the NER's "ORG" too, for one word that is the surname of a person named in full: "the Saffar killing" beside
    # the journalist Yusra Saffar)
    full_surnames = {surname(m.name) for m in mentions if m.kind == "person" and len(m.name.split()) > 1}
    for m in mentions:
        if m.kind == "organization" and (m.label == "PERSON" or m.label == "ORG" and _person_shaped_org(m.name)
                                         and surname(m.name) in full_surnames) \
                and not m.key \
                and not any(b.startswith(norm(m.name) + " ") for b in bodies) \
                and not any(w in kb.org_nouns for w in norm(m.name).split()) and norm(m.name) not in kb.known_orgs \
                and surname(m.name) in surnames and not _country_of(m.name.split()[-1]):
            m.kind = "person"
            m.subkind = _person_subkind(doc, m)
    # ... and so is a word of capitals only that gives the initials of an organisation the text names in full
    # ("KLF chairman Ivo Renn" beside the Kessel Liberation Front): no person's name
    initials = {acronym_of(m.name) for m in mentions if m.kind == "organization" and len(m.name.split()) > 2}
    for m in mentions:
        if m.kind == "person" and not m.key and len(m.name.split()) == 1 and (
                norm(m.name) in second
                or m.name.isupper() and is_acronym(m.name) and len(m.name) > 2 and m.name in initials):
            m.kind, m.subkind = "organization", None
    # persons with full names first; names defined as another's acronym or alias last (they join it)
    # ... and "Dheran rebels" after the armed group they may be members of, "the Communists" after the parties
    # they may be named for
    plurals = knowledge().party_plurals
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].key.startswith("acr->")
                                                         or _member_label(mentions[i].name) is not None
                                                         or mentions[i].kind == "organization"
                                                         and norm(mentions[i].name) in plurals
                                                         or _described_body(mentions[i].name) is not None,
                                                         -len(person_key(mentions[i].name).split())
                                                         if mentions[i].kind == "person" else 0, i))
    persons: list[LocalActor] = []
    orgs: list[LocalActor] = []
    # adjectives of the text's places, and the one-word names of its states and places, whatever kind they were
    # given so far ("the Ostravia Centre Party" is the Centre Party where "Ostravia" stands alone too)
    demonyms = _place_demonyms(doc) | {norm(m.text) for m in mentions if m.kind in ("country", "place", "person")
                                       and m.end - m.start == 1 and m.text[:1].isupper() and m.text.isalpha()} \
        | {norm(m.name) for m in mentions if m.kind == "country" and m.name.isalpha()}
    states = _text_state_words(doc, mentions)
    _peoples_to_states(mentions)
    deferred: list[int] = []
    deferring_done = False

    def queue():  # the mentions in order, then the acronyms no organisation met so far fitted
        nonlocal deferring_done
        yield from order
        deferring_done = True
        yield from deferred

    for i in queue():
        m = mentions[i]
        if m.key.startswith("acr->"):
            target = mentions[int(m.key[5:])]
            if target.actor >= 0:
                attach(actors[target.actor], i, m)
                continue
            if not deferring_done and int(m.key[5:]) in deferred:
                deferred.append(i)  # "the KDF, known in Arabic as al-Y": the second name waits for its acronym
                continue
        if m.kind in ("country", "media", "place") or m.key.startswith(("inst:", "org:led:", "known:", "desc:")):
            key = m.key or f"{m.kind}:{norm(m.name)}"  # one per name: never every unkeyed place in one
            a = by_key.get(key) or new(m.kind if m.kind != "place" else "place", m.subkind, key)
            attach(a, i, m)
            continue
        if m.kind == "person":
            pk = person_key(m.name)
            a = by_key.get("person:" + pk)
            if a is None:
                a = _match_person(pk, persons)
                if a is not None and _state_word_of_name(pk, a, states):
                    a = None
            if a is None and len(pk.split()) == 1:
                a = _first_bearer(pk, persons, mentions) or _heading_bearer(doc, pk, m, persons, mentions) \
                    or _titled_bearer(doc, pk, m, persons, mentions)
                if a is None and sum(len(p.key.split(":", 1)[1].split()) > 1
                                     and person_keys_match(pk, p.key.split(":", 1)[1], inner=True) for p in persons) > 1:
                    # "al-Mahrous" where Nayef and Omar al-Mahrous are both named, and nothing says which: no one
                    # actor (nor a third person of that name)
                    a = by_key.get("ambiguous:" + pk) or new("unknown", None, "ambiguous:" + pk)
            if a is None:
                a = new("person", None, "person:" + pk)
                persons.append(a)
            attach(a, i, m)
            continue
        # organisations
        a = _given_name_bearer(m, persons)
        if a is not None and _state_word_of_name(norm(m.name), a, states):
            a = None  # "Ostravia's neighbours": the state, not the Ostravia Reborn the NER took for a person
        if a is not None:
            attach(a, i, m)
            continue
        a = _match_org_named(m.name, orgs, demonyms,
                             possessive=_leader_possessive_rest(m.name) is None
                             or not _apposition_calls_other(doc, m, m.name))
        if a is None and (a := _match_org_described(m.name, orgs, demonyms)) is not None \
                and any(doc[mentions[j].start].sent.start == doc[m.start].sent.start
                        and _stem_description(mentions[j].name, demonyms) is None for j in a.mentions):
            a = None  # "the Kellow Front said the Kellow militias ...": a sentence that names one relates two bodies
        if a is None and _acronym_word(m.name) and not deferring_done:
            deferred.append(i)  # "the KRG" before "the Kurdistan Regional Government": matched once all are met
            continue
        if a is None and _acronym_word(m.name) and not _described_as_other(doc, m):
            # "MPEOB" for the Multiparty Electoral Oversight Board, "ALPK" for the Kavo Popular Liberation Army: the
            # one body whose name the acronym loosely fits (not one the text calls another body: "the RLF, a rival
            # militia")
            # (nor one its apposition calls another kind of body: "the WPC, a trade union")
            fits = [o for o in orgs if any(not _acronym_word(n) and _acronym_loosely_fits(m.name, n)
                                           and not _apposition_calls_other(doc, m, n)
                                           for n in list(o.names) + list(o.extra_aliases) if n)]
            a = fits[0] if len(fits) == 1 else None
        if a is None and is_acronym(m.name):
            a = _state_held_acronym(m.name, actors, orgs)
            if a is not None:
                m.label = "ALIAS"  # (the state's or body's own name stays its name)
        if a is None:
            a = new("organization", m.subkind, "org:" + org_core(m.name))
            orgs.append(a)
        attach(a, i, m)
    _derived_movements(doc, mentions, actors, persons, orgs)
    _names_without_type_noun(doc, actors)
    return actors


def _person_shaped_org(name: str) -> bool:
    """One capitalised word, not in capitals only, nor a generic name word or a house's noun: a word that may be a
    person's surname ("Saffar"; not "KLF", "National", "Assembly"). (Not a longer name: "Katiba Tondi" beside a town
    the tagger took for a person, "Tondi", is a unit's name.)"""
    word = name.strip()
    kb = knowledge()
    return " " not in word and word[:1].isupper() and not word.isupper() \
        and word.replace("-", "").replace("'", "").isalpha() and norm(word) not in kb.generic_name_words \
        and norm(word) not in kb.legislature_words


def _state_held_acronym(name: str, actors: list[LocalActor], orgs: list[LocalActor]) -> LocalActor | None:
    """"the MRG" where the Marvan Regional Government was taken as the state Marvan, "the MNA" where the Marvani
    National Army was taken as Marvan's military: an acronym no organisation of the text fits stands for the one
    state or state body that has a capitalised name of three words or more whose initials it is (not a description,
    "Marvani security forces"); None when none or several do."""
    letters = name.replace(".", "").replace(" ", "").upper()
    taken = {a.idx for a in orgs}
    hits = [a for a in actors if a.idx not in taken and a.kind in ("country", "organization")
            and any(len(letters) > 2 and not is_acronym(n) and acronym_of(n) == letters
                    and all(w[:1].isupper() for w in n.split() if w.lower() not in ("of", "for", "and", "the"))
                    for n in list(a.names) + list(a.extra_aliases))]
    return hits[0] if len(hits) == 1 else None


def _names_without_type_noun(doc: Doc, actors: list[LocalActor]) -> None:
    """"the leader of the Dorvan Hand militia", "the Velnor party", "the Kessa Sons movement": a proper name the text
    follows with a group noun in lower case (roles.yaml org_nouns, singular) is the body's name too, and becomes an
    alias ("Dorvan Hand"). Not where the words before the noun are a people or a faith ("the Christian party", "a
    Kurdish militia"), a state, a possessive ("Tolvan's movement") or another actor's name."""
    kb = knowledge()
    peoples = {norm(ent.text) for ent in doc_ents(doc) if ent.label_ == "NORP"}
    taken = {norm(n) for a in actors for n in a.names}
    state_adjectives = {norm(f) for a in actors if a.kind == "country" and a.key.startswith("country:")
                        for f in _demonym_forms(a.key.split(":", 1)[1])}
    for a in actors:
        if a.kind != "organization" or not a.key.startswith("org:"):
            continue
        for n in list(a.names):
            words = n.split()
            head = words[-1] if len(words) > 1 else ""
            if not head.isalpha() or not head.islower() or norm(head) not in kb.org_nouns or head.endswith("s"):
                continue
            bare = " ".join(words[:-1])
            if not bare[:1].isupper() or not (words[-2][:1].isupper() or ARTICLE_HYPHEN.match(words[-2])) \
                    or "'" in bare or "’" in bare or norm(bare) in peoples or norm(bare) in taken or _country_of(bare) \
                    or norm(bare) in state_adjectives:
                continue  # ("the Morvaldian gendarmerie": "Morvaldian" is the state's adjective, no name of the force)
            a.extra_aliases.add(bare)


def _text_state_words(doc: Doc, mentions: list[MentionInfo]) -> frozenset[str]:
    """The one-word names the text uses for states or places: those of its state and place mentions, and every
    capitalised word whose adjective or people noun stands in the text too ("Ostravia" where "Ostravians voted")."""
    found = {norm(m.name) for m in mentions if m.kind in ("country", "place") and m.name.isalpha()}
    pd = _place_demonyms(doc)
    if pd:
        suffixes = tuple(knowledge().demonym_suffixes)
        found |= {norm(w) for w in _capitalised(doc) if len(w) >= 4 and w.isalpha() and _demonyms(w, suffixes)[1] & pd}
    return frozenset(found)


def _peoples_to_states(mentions: list[MentionInfo]) -> None:
    """"all Ostravians", "Ostravians voted": a plural people noun the NER took for an organisation ("the
    Ruralists" read as a body's members) is the people of the state the text names ("Ostravia", whatever kind it
    was given): that state's alias, never a body whose name opens with the adjective (the Ostravian Farmers' Union)."""
    suffixes = tuple(knowledge().demonym_suffixes)
    states: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind in ("country", "place", "organization") and m.name.isalpha() and m.name[:1].isupper() \
                and len(m.name) >= 4 and not m.key.startswith("acr->"):  # (whatever kind the NER gave the state)
            for d in _demonyms(m.name, suffixes)[1]:
                states.setdefault(d, i)
    if not states:
        return
    for m in mentions:
        stem = _members_stem(m.name) if m.kind == "organization" and not m.key else None
        if stem is not None and stem in states and norm(m.name) in states:
            m.kind, m.label, m.key = "country", "ALIAS", f"acr->{states[stem]}"


def _state_word_of_name(pk: str, a: LocalActor, states: frozenset[str]) -> bool:
    """Whether the lone word ``pk`` is a state's or place's name the text uses ("Ostravia's neighbours",
    "Ostravians voted") that only opens the longer name of person ``a`` ("Ostravia Reborn", a name the NER took for
    a person's): the state, not that one."""
    words = a.key.split(":", 1)[1].split()
    return len(words) > 1 and pk == words[0] and pk in states and not pk == words[-1]


def _given_name_bearer(m: MentionInfo, persons: list[LocalActor]) -> LocalActor | None:
    """A lone word the NER took for an organisation that is the given name of one person the document names in
    full, and no one's surname ("Lukas Marren ... 'Dario had the guns, Lukas had the ledgers'"): that person."""
    name = m.name
    if " " in name or not name.isalpha() or not name[:1].isupper() or name.isupper() or m.key.startswith("acr") \
            or norm(name) in knowledge().known_orgs:
        return None
    pk = person_key(name)
    keys = [a.key.split(":", 1)[1].split() for a in persons]
    if not pk or any(len(k) > 1 and k[-1] == pk for k in keys):
        return None
    hits = [a for a, k in zip(persons, keys) if len(k) > 1 and k[0] == pk]
    return hits[0] if len(hits) == 1 else None


def _match_person(pk: str, persons: list[LocalActor]) -> LocalActor | None:
    toks = pk.split()
    if not toks:
        return None
    keys = person_match_keys(pk)  # names.person_match_keys: a cheap test before the pairwise one
    hits = [a for a in persons if not keys.isdisjoint(person_match_keys(a.key.split(":", 1)[1]))
            and person_keys_match(pk, a.key.split(":", 1)[1], inner=True)]
    if len(toks) == 1:  # a first name alone: "Omar" for "Omar al-Haddad", when no other name fits it either
        hits += [a for a in persons if len(a.key.split(":", 1)[1].split()) > 1
                 and a.key.split(":", 1)[1].split()[0] == toks[0] and a not in hits]
    if len(hits) == 1:
        return hits[0]
    return None


def _heading_bearer(doc: Doc, pk: str, m: MentionInfo, persons: list[LocalActor],
                    mentions: list[MentionInfo]) -> LocalActor | None:
    """A bare surname that two full names fit, in a section whose heading in capitals names one of them in full
    ("MALIKA DORRAN" over "Dorran, 51, leads ..." where Jamshed Dorran was named earlier): the person the section is
    about (no other heading line between hers and the surname). None otherwise."""
    furniture = _page_furniture(doc)
    if not furniture:
        return None
    hits = [a for a in persons if len(a.key.split(":", 1)[1].split()) > 1
            and person_keys_match(pk, a.key.split(":", 1)[1], inner=True)]

    def heads(h: MentionInfo) -> bool:  # h stands in the last heading line before m
        if h.start not in furniture or h.end > m.start:
            return False
        k = h.end
        while k < m.start and k in furniture and "\n" not in doc[k - 1].whitespace_ and "\n" not in doc[k].text:
            k += 1  # (the rest of h's line)
        return not any(j in furniture for j in range(k, m.start))
    headed = [a for a in hits if any(heads(mentions[i]) for i in a.mentions)]
    return headed[0] if len(headed) == 1 else None


def _titled_bearer(doc: Doc, pk: str, m: MentionInfo, persons: list[LocalActor],
                   mentions: list[MentionInfo]) -> LocalActor | None:
    """A bare surname that two full names fit, after a title ("General Tamm" where General Ivo Tamm and former
    president Ilan Tamm were named): the one of them the text named in full after that same title (roles.yaml
    person_cues: "General", "President", "Dr"). None when neither or both were."""
    if m.start == 0:
        return None
    title = doc[m.start - 1]
    if not title.text[:1].isupper() or norm(title.text) not in knowledge().person_cues:
        return None
    hits = [a for a in persons if len(a.key.split(":", 1)[1].split()) > 1
            and person_keys_match(pk, a.key.split(":", 1)[1], inner=True)]
    if len(hits) < 2:
        return None
    titled = [a for a in hits if any(mentions[i].end - mentions[i].start > 1 and (
        doc[mentions[i].start].lower_ == title.lower_  # ("General Ivo Tamm" taken whole for the name)
        or mentions[i].start > 0 and doc[mentions[i].start - 1].lower_ == title.lower_) for i in a.mentions)]
    return titled[0] if len(titled) == 1 else None


def _first_bearer(pk: str, persons: list[LocalActor], mentions: list[MentionInfo]) -> LocalActor | None:
    """A bare surname that two full names fit ("Vastani" for Omar and Lina Vastani): the person named first,
    when the text used the surname alone for him after naming him and before the other was named at all (a
    relative or namesake brought in later is named in full); a headline's bare surname before any full name
    decides nothing either way. None otherwise."""
    hits = [a for a in persons if len(a.key.split(":", 1)[1].split()) > 1
            and person_keys_match(pk, a.key.split(":", 1)[1], inner=True)]
    if len(hits) < 2:
        return None
    first = {a.idx: min(mentions[i].start for i in a.mentions) for a in hits}
    hits.sort(key=lambda a: first[a.idx])
    if not any(first[hits[0].idx] < m.start < first[hits[1].idx] for m in mentions
               if m.kind == "person" and person_key(m.name) == pk):
        return None
    return hits[0]


def _article_tail(name: str) -> str | None:
    """The word after the article of a two-word name whose second word opens with one, hyphened ("Sahm al-Vasir":
    "vasir"), or None."""
    words = name.split()
    if len(words) != 2 or not words[0][:1].isupper() or not ARTICLE_HYPHEN.match(words[1]):
        return None
    return norm(ARTICLE_HYPHEN.sub("", words[1], count=1)) or None


def _article_short(short: str, name: str) -> bool:
    """Whether the one word ``short`` is a word of the two-word name ``name`` joined by an article ("Vasir" or "Sahm"
    for Sahm al-Vasir)."""
    tail = _article_tail(name)
    return tail is not None and " " not in short.strip() and norm(short) in (tail, norm(name.split()[0]))


_LEADER_POSSESSIVE = re.compile(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?['’]s (.+)")


def _leader_possessive_rest(name: str) -> str | None:
    """'Voss's Renewal Party' -> 'renewal party': a body's name of two words or more with a group noun (roles.yaml
    org_nouns), after a possessive of one or two capitalised words (its leader's); None for other names."""
    m = _LEADER_POSSESSIVE.fullmatch(name.strip())
    if not m or len(m.group(1).split()) < 2 or org_head(m.group(1)) is None or not m.group(1)[:1].isupper():
        return None
    return norm(m.group(1))


def _last_word_short(short: str, name: str) -> bool:
    """Whether the one word ``short`` is the last word of ``name``, a name of two or three capitalised words that
    has no group, unit or office noun, generic name word or state in it ("Farhat" or "FARHAT" for Aqila Farhat; not
    "Front" for the Kessel Front, "Union" for the National Union, "Velgaria" for New Velgaria, "Marsa" for the Field
    Office Marsa or the KLF Marsa). A word in capitals only is the name shouted where the longer name has it in mixed
    case."""
    word = short.strip()
    words = name.split()
    if " " in word or len(word) < 4 or not word.replace("-", "").isalpha() or not word[:1].isupper() \
            or not 2 <= len(words) <= 3 or norm(words[-1]) != norm(word):
        return False
    if word.isupper() and words[-1].isupper():
        return False  # "the KLF" and "Dorva KLF": initials, not a shouted name
    kb = knowledge()
    body_words = (kb.org_nouns, kb.generic_name_words, kb.legislature_words, kb.unit_nouns, kb.posted_body_nouns,
                  kb.state_executive, kb.state_office_nouns)
    if any(not w[:1].isupper() and not ARTICLE_HYPHEN.match(w) or any(norm(w) in b for b in body_words)
           or len(w) > 1 and w.isupper() for w in words) or org_head(name) is not None:
        return False  # (nor "Marsa" for the Field Office Marsa or the KLF Marsa: an office named for its town)
    return not any(_country_of(w) for w in words) and norm(name) not in kb.known_orgs \
        and norm(word) not in kb.known_orgs


def _match_org(name: str, orgs: list[LocalActor], demonyms: frozenset[str] = frozenset()) -> LocalActor | None:
    """The one organisation met so far that ``name`` can be (``_match_org_named``); else, for a body described by its
    name words and a group noun in lower case ("the Kellow militias", "the Ambar bloc"), or a name such a description
    met before fits, the one body so described (``_described_by_stem``)."""
    a = _match_org_named(name, orgs, demonyms)
    if a is not None:
        return a
    return _match_org_described(name, orgs, demonyms)


def _match_org_described(name: str, orgs: list[LocalActor], demonyms: frozenset[str] = frozenset()) \
        -> LocalActor | None:
    """The one body that ``name`` describes by its stem or that describes ``name`` so (``_described_by_stem``)."""
    hits = [o for o in orgs if any(_described_by_stem(name, n, demonyms) or _described_by_stem(n, name, demonyms)
                                   for n in list(o.names) + list(o.extra_aliases) if n)]
    if len(hits) != 1:
        return None
    # another body whose name opens with the same stem, of whatever kind ("the Babel Movement" beside "the Babel
    # militia" and "the Babel Brigades"), leaves the description's referent in doubt: no join
    stem = _stem_description(name, demonyms) or next(
        (st for n in list(hits[0].names) + list(hits[0].extra_aliases) if n
         for st in [_stem_description(n, demonyms)] if st), None)
    if stem and any(o is not hits[0] and any(norm(n).split()[:len(stem)] == stem and norm(n).split() != stem
                                             for n in o.names if n) for o in orgs):
        return None
    return hits[0]


# the kinds of body a group noun in lower case may describe: "militias" an armed group's (or a named army's or
# front's), "bloc" a party's, a movement's or a coalition's; never a council, chamber, company or a place's body
_DESCRIBED_KINDS = {"armed_group": ("armed_group", "military", "coalition"),
                    "party": PARTY_SUBKINDS, "movement": PARTY_SUBKINDS, "coalition": PARTY_SUBKINDS}


def _own_group_kind(words: list[str]) -> tuple[str, str] | None:
    """The group noun (and its kind, roles.yaml org_nouns) that heads a body's name: the last word that is one
    before any "of", "for" or "in" ("Kellow Democratic Party" -> party; "Tesh Chamber of Commerce" -> None)."""
    kb = knowledge()
    head: tuple[str, str] | None = None
    for w in words:
        if norm(w) in ("of", "for", "in"):
            break
        if norm(w) in kb.org_nouns:
            head = (norm(w), kb.org_nouns[norm(w)])
    return head


def _stem_description(name: str, demonyms: frozenset[str]) -> list[str] | None:
    """'Kellow militias' -> ['kellow']: the capitalised name words before a group noun in lower case (roles.yaml
    org_nouns of an armed group, party, movement or coalition; never a state's organ: "the Varn army") that name no state, people or place of the text and are not only generic words ("National"); None
    for any other name."""
    toks = name.split()
    kb = knowledge()
    if len(toks) < 2 or not toks[-1].islower() \
            or kb.org_nouns.get(norm(toks[-1])) not in ("armed_group", "party", "movement", "coalition") \
            or not all(t[:1].isupper() for t in toks[:-1]):
        return None
    stem = norm(" ".join(toks[:-1])).split()
    if not stem or any(w in demonyms or _country_of(w) or any(len(d) > 2 and w.startswith(d) for d in demonyms)
                       for w in stem) or _country_of(" ".join(stem)) \
            or all(w in kb.generic_name_words for w in stem):
        return None
    return stem


def _described_by_stem(desc: str, name: str, demonyms: frozenset[str]) -> bool:
    """Whether ``desc`` ("the Tesh groups") describes the body ``name`` ("Tesh Liberation Front", "Tesh militias"):
    ``name``'s words open with the description's stem and go on."""
    stem = _stem_description(desc, demonyms)
    words = norm(name).split()
    if stem is None or len(words) <= len(stem) or words[:len(stem)] != stem or norm(name) == norm(desc):
        return False
    # the body's own group noun must be of a kind the description's fits ("the Kellow militias" are not the Kellow
    # Democratic Party, "the Tesh groups" not the Tesh Chamber of Commerce)
    raw = re.sub(r"[-\u2010\u2011\u2013]", " ", name).split()  # the name's own words, split as norm splits them
    if len(raw) != len(words):
        return False  # (a name whose words norm splits otherwise: no safe stem cut)
    rest = raw[len(stem):]
    own = _own_group_kind(rest)
    fits = _DESCRIBED_KINDS.get(knowledge().org_nouns.get(norm(desc.split()[-1]), ""), ())
    if own is None and norm(rest[0]) in ("of", "in"):
        pass  # a body its stem alone names, with the place it holds ("Harvo of Tesh"): no group noun of its own
    elif own is None or own[1] not in fits or own[1] == "coalition" and fits[0] == "armed_group" and own[0] != "front":
        return False
    # the other is a name (its words capitalised, bar function words) or a description of the same stem
    return all(w[:1].isupper() or norm(w) in STOP for w in rest) \
        or _stem_description(name, demonyms) == stem


def _match_org_named(name: str, orgs: list[LocalActor], demonyms: frozenset[str] = frozenset(),
                     possessive: bool = True) -> LocalActor | None:
    """The one organisation met so far that ``name`` can be; None when none or several fit (``possessive``: a
    body's name after its leader's possessive may be the body named alone; not where the text calls it another
    body, "Voss's Renewal Party, a splinter group"). A name never
    joins an organisation that has a name of its stem with another kind of body ("the Greens", taken for
    the Green Party, does not bring the Green League into it)."""
    orgs = [a for a in orgs if not any(org_names_conflict(name, n) or two_bodies_named(name, n)
                                       for n in list(a.names) + list(a.extra_aliases))]
    hits = [a for a in orgs if any(org_name_match(name, n) for n in list(a.names) + list(a.extra_aliases))]
    if not is_acronym(name):  # only initials shared ("KLM" of the Karsk Liberation Movement): two bodies
        full = {a.idx: [n for n in list(a.names) + list(a.extra_aliases) if not is_acronym(n)] for a in hits}
        hits = [a for a in hits if not full[a.idx] or any(org_name_match(name, n) for n in full[a.idx])]
    if not hits:
        # "the Vasir" (or "Sahm") for Sahm al-Vasir: a word of a two-word name joined by an article (whichever the
        # text names first)
        hits = [a for a in orgs if any(_article_short(name, n) or _article_short(n, name) for n in a.names)]
    if not hits and possessive and (rest := _leader_possessive_rest(name)) is not None:
        # "Voss's Renewal Party" for the Renewal Party: the body named with its leader's possessive before it
        hits = [a for a in orgs if any(norm(n) == rest for n in a.names)]
    if not hits:
        # "Farhat" (or "FARHAT") for Aqila Farhat, "Grabar's network" beside Iosif Grabar: the last word of a
        # name of two or three capitalised words with no group noun (a person's, whatever kind it was given),
        # of the one such name that ends with it ("Farhat" where Aqila and Omar Farhat are both named: neither)
        hits = [a for a in orgs if any(_last_word_short(name, n) or _last_word_short(n, name) for n in a.names)]
    if hits:
        return hits[0] if len(hits) == 1 else None
    short = _without_demonym(name, demonyms)
    hits = [a for a in orgs if any(_without_demonym(n, demonyms) == norm(name) or short == norm(n)
                                   for n in a.names)]
    if not hits:
        # "the Sacred Army" for the Sacred Army of Velgaria: the body named without its state or place
        hits = [a for a in orgs if any(_without_state(n) == norm(name) for n in a.names)]
    word = _member_label(name)
    if not hits and word is not None:
        # "Dheran rebels": the one armed group whose longer name starts with that word
        # (a front too: "the Highland rebels" of the Highland Liberation Front)
        fronts = knowledge().front_line_nouns
        hits = [a for a in orgs if (a.subkind in ("armed_group", "military", "movement")
                                    or any(norm(n).split()[-1] in fronts for n in a.names if n))
                and any(len(n.split()) > 2 and norm(n).split()[0] == word and _member_label(n) is None
                        for n in a.names)]
    described = _described_body(name)
    if not hits and described is not None:
        # "the Hungarian party": the one body whose longer name has both words ("Party of the Hungarian
        # Community")
        hits = [a for a in orgs if any(len(n.split()) > 2 and set(described) <= set(norm(n).split())
                                       for n in a.names)]
    if not hits and len(name.split()) >= 2:
        # "the Coastal Front" for the Coastal People's Front: the one body whose name, without the generic words
        # inside it, is this one
        plain = _without_generic_middle(name)
        hits = [a for a in orgs if any(len(n.split()) >= 2 and norm(n) != norm(name)
                                       and (_without_generic_middle(n) == norm(name) or plain == norm(n))
                                       for n in a.names)]
    if not hits:
        plurals = knowledge().party_plurals
        hits = [a for a in orgs if any(norm(name) in plurals and _members_of(name, n)
                                       or norm(n) in plurals and _members_of(n, name) for n in a.names)]
        if not hits and norm(name) in plurals and " " not in norm(name):
            # "the Greens" for the Green Oak Party, "the Socialists" for the Ostravian Socialist Union: the one
            # party of three words at most whose name has the stem before its group noun, no other body's name
            # having the stem at all
            hits = [a for a in orgs if any(_loosely_members_of(name, n) for n in a.names)]
            stem = norm(name)[:-1] if norm(name).endswith("s") else norm(name)
            if any(a not in hits and any(w.startswith(stem) for n in a.names for w in norm(n).split()) for a in orgs
                   if norm(name) not in {norm(n) for n in a.names}):
                hits = []
    stem = _members_stem(name)
    if not hits and stem is not None and stem not in demonyms:
        # "the Ruralists" for the Ruralist People's Party: the one body whose name opens with the word (not a
        # people, "all Ostravians", whose state the text names: the Ostravian Farmers' Union is not they)
        hits = [a for a in orgs if any(len(n.split()) >= 2 and norm(n).split()[0] == stem
                                       and org_head(n) is not None for n in a.names)]
    return hits[0] if len(hits) == 1 else None


def _without_generic_middle(name: str) -> str:
    """The name without the words between its first and last that many names share (roles.yaml
    generic_name_words: "People's", "National"): "Coastal People's Front" -> "coastal front"."""
    words = norm(name).split()
    generic = knowledge().generic_name_words
    return " ".join([words[0], *(w for w in words[1:-1] if w not in generic), words[-1]]) if len(words) > 2 \
        else " ".join(words)


def _members_stem(name: str) -> str | None:
    """'Ruralists' -> 'ruralist': one capitalised plural word, the members of a body whose name opens with its
    singular; None for other names, generic words ("Nationals") and peoples ("Iraqis")."""
    kb = knowledge()
    if " " in name or not name[:1].isupper() or name.isupper() or not name.endswith("s") or name.endswith("ss") \
            or len(name) < 5:
        return None
    stem = norm(name[:-1])
    if stem in kb.generic_name_words or stem in kb.org_nouns or _country_of(name[:-1]) or _country_of(name):
        return None
    return stem


def _member_label(name: str) -> str | None:
    """'Dheran rebels' -> 'dheran': a capitalised word and a plural for an armed group's members
    (roles.yaml member_plurals); None for any other name."""
    toks = name.split()
    if len(toks) != 2 or not toks[0][:1].isupper() or norm(toks[1]) not in knowledge().member_plurals:
        return None
    return norm(toks[0])


def _described_body(name: str) -> tuple[str, str] | None:
    """'Hungarian party' -> ('hungarian', 'party'): a capitalised word and a group noun in lower case
    (roles.yaml org_nouns), a description of a body named in full elsewhere; None for any other name."""
    toks = name.split()
    if len(toks) != 2 or not toks[0][:1].isupper() or not toks[1].islower() \
            or norm(toks[1]) not in knowledge().org_nouns:
        return None
    return norm(toks[0]), norm(toks[1])


def _members_of(plural: str, name: str) -> bool:
    """'the Social Democrats' for the Social Democratic League, 'the Greens' for the Green Party: a party
    named by its members and the party's name with the same stem and a group noun after it."""
    # (a hyphenated word is one: "the Greens" for the Green-Blue Alliance)
    p, n = norm(plural).split(), [norm(w).replace(" ", "") for w in name.split()]
    n = [w for w in n if w and w != "the"]
    stem = p[-1][:-1] if p[-1].endswith("s") else p[-1]
    return len(n) == len(p) + 1 and n[:-2] == p[:-1] and n[-2].startswith(stem) \
        and n[-1] in knowledge().org_nouns


def _loosely_members_of(plural: str, name: str) -> bool:
    """'the Greens' for the Green Oak Party, 'the Socialists' for the Ostravian Socialist Union: a one-word party
    plural (roles.yaml party_plurals) and a name of two or three words that ends in a group noun, one word before
    which has the plural's stem."""
    p = norm(plural)
    stem = p[:-1] if p.endswith("s") else p
    n = [norm(w) for w in name.split() if norm(w) != "the"]
    return 2 <= len(n) <= 3 and n[-1] in knowledge().org_nouns and any(w.startswith(stem) for w in n[:-1])


def _without_demonym(name: str, demonyms: frozenset[str]) -> str | None:
    """'Ostravian Socialist Party' -> 'socialist party': the party named without its state's adjective
    (a group name of two words or more), when the adjective is one of a place the text names; 'Ostravia Centre
    Party' -> 'centre party': without the state's name (``demonyms`` has the names of the document's states too).

    >>> _without_demonym("Ostravian Socialist Party", frozenset({"ostravian"}))
    'socialist party'
    >>> _without_demonym("Socialist Party", frozenset({"ostravian"})) is None
    True
    >>> _without_demonym("Ostravia Social Democrats", frozenset({"ostravia"}))
    'social democrats'
    """
    toks = name.split()
    kb = knowledge()
    if len(toks) >= 3 and norm(toks[0]) in demonyms and (norm(toks[-1]) in kb.org_nouns
                                                         or norm(" ".join(toks[1:])) in kb.party_plurals):
        # (or members' plural of a party: "Ostravia Social Democrats" -> "social democrats")
        return norm(" ".join(toks[1:]))
    return None


def _without_state(name: str) -> str | None:
    """'Sacred Army of Velgaria' -> 'sacred army', 'Movement for Change in Tarsia' -> 'movement for change': a
    body's name of two words or more with a group noun, and the state, place or leader (one or two capitalised
    words) it is of or in after it; None for other names."""
    m = re.fullmatch(r"(.+?) (?:of|in) (?:the )?([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)", name.strip())
    if not m or len(m.group(1).split()) < 2 or norm(m.group(2).split()[0]) in knowledge().org_nouns \
            or not any(norm(w) in knowledge().org_nouns for w in m.group(1).split()):
        return None
    return norm(re.sub(r"^(?:the|The) ", "", m.group(1)))


def _place_demonyms(doc: Doc) -> frozenset[str]:
    """Adjectives of the capitalised single words of the text ("Ostravian" when "Ostravia" is there; "Korvak"
    when "Korvakia" is: a name in -ia used without its ending, as Slovak of Slovakia)."""
    caps = _capitalised(doc)
    lows = {norm(w) for w in caps}
    suffixes = tuple(knowledge().demonym_suffixes)
    found: set[str] = set()
    for w in caps:
        if len(w) >= 4 and w.isalpha():
            found.update(_demonyms(w, suffixes)[1] & lows)  # (one set intersection per word, not a test per form)
    return frozenset(found)


def _named_body_beside(doc: Doc, mentions: list[MentionInfo], orgs: list[LocalActor], person: int,
                       noun: str) -> LocalActor | None:
    """"X's movement" in a text that names one organisation whose name holds that noun ("the Nuba Movement", "the
    Citizens' Movement-North") close beside X in one sentence ("the Nuba Movement, led by X", "X, the leader of the
    Nuba Movement"): that organisation; None when there is none or more than one."""
    near = [m for m in mentions if m.actor == person]
    found = []
    for a in orgs:
        if not any(noun in re.split(r"[\s\-]+", n.lower()) for n in a.names):
            continue
        # named close beside the person, in one sentence (an apposition, "led by", "the movement of")
        if any(doc[mentions[i].start].sent.start == doc[p.start].sent.start
               and max(mentions[i].start - p.end, p.start - mentions[i].end) <= 8
               for i in a.mentions if i < len(mentions) for p in near):
            found.append(a)
    return found[0] if len(found) == 1 else None


def _derived_movements(doc: Doc, mentions: list[MentionInfo], actors: list[LocalActor],
                       persons: list[LocalActor], orgs: list[LocalActor]) -> None:
    """'Haddadists' / "Haddad's movement" -> one organisation named after the person ("<Name>ist movement")."""
    kb = knowledge()
    surnames = {}
    for a in persons:
        sn = surname(a.name)
        if sn:
            surnames[sn] = a
    # group plurals derived from a person's name
    derived = []
    for a in list(orgs):
        core = a.key.split(":", 1)[1]
        m = re.match(r"^(.+?)(?:ists?|ites?)$", core)
        if m and m.group(1) in surnames:
            derived.append((surnames[m.group(1)].idx, a.idx, mentions[a.mentions[0]].start))
            a.key = f"movement:{m.group(1)}"
            base = surnames[m.group(1)].name.split()[-1]
            base = re.sub(r"^(?:al|el)-", "", base)
            a.names[f"{base}ist movement"] += 0
            a.subkind = a.subkind or "movement"
    # "<person>'s movement|party|bloc|militia"
    tok2m = {}
    for i, m in enumerate(mentions):
        for t in range(m.start, m.end):
            tok2m[t] = i
    low_text = doc_text(doc).lower()
    words = [w for w in ("movement", "current", "trend") if w in low_text]
    lowers = token_lowers(doc)[0] if words else ()
    for tok in (doc[i] for i, w in enumerate(lowers) if w in words):
        if tok.lower_ in ("movement", "current", "trend") and tok.is_lower and tok.pos_ == "NOUN":
            poss = [c for c in tok.children if c.dep_ == "poss" and c.i in tok2m]
            if not poss:
                continue
            pm = mentions[tok2m[poss[0].i]]
            if pm.kind != "person" or pm.actor < 0:
                continue
            named = mentions[tok2m[tok.i]] if tok.i in tok2m else None
            if named is not None and named.kind == "organization" and named.actor >= 0:
                derived.append((pm.actor, named.actor, tok.i))  # "Karim Dahl's Nour movement": the one named
                continue
            if any(c.i in tok2m and c.i > poss[0].i and mentions[tok2m[c.i]].kind != "person" for c in tok.lefts):
                continue  # "Qadil's Dawn movement": the movement has a name of its own
            sn = surname(actors[pm.actor].name)
            key = f"movement:{sn}"
            a = next((x for x in actors if x.key == key), None)
            own = _named_body_beside(doc, mentions, orgs, pm.actor, tok.lower_) if a is None else None
            if own is not None:
                # "the Nuba Movement, led by Ivo Brek ... Brek's movement": the one named movement the person is
                # named beside is the one meant
                mentions.append(MentionInfo(tok.i, tok.i + 1, doc[poss[0].i:tok.i + 1].text,
                                            doc[poss[0].i:tok.i + 1].text, "", "organization", own.subkind,
                                            key=own.key, actor=own.idx))
                own.mentions.append(len(mentions) - 1)
                derived.append((pm.actor, own.idx, tok.i))
                continue
            if a is None:
                a = LocalActor(len(actors), "organization", kb.org_nouns.get(norm(tok.text)), key)
                actors.append(a)
                orgs.append(a)
            base = re.sub(r"^(?:al|el)-", "", actors[pm.actor].name.split()[-1])
            surface = f"{base}'s {tok.text}"
            mi = MentionInfo(tok.i, tok.i + 1, doc[poss[0].i:tok.i + 1].text, surface, "", "organization",
                             a.subkind, key=key, actor=a.idx)
            mentions.append(mi)
            a.mentions.append(len(mentions) - 1)
            a.names[surface] += 1
            derived.append((pm.actor, a.idx, tok.i))
    doc._.km_derived = derived


def _set_off_led_by(doc: Doc, e: int, kb) -> bool:
    """A comma, a participle of leading and "by" right after a name ending at token e: "A and its ally X, led by Y",
    "the Tovan Front and X, headed by Y". What is led is a body, whichever word the parser hung the participle on."""
    toks = read_tokens(doc)
    return e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].tag_ == "VBN" \
        and toks[e + 1].lemma_ in kb.leading_verbs and toks[e + 2].lower_ == "by"
