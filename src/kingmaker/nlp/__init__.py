"""kingmaker's spaCy pipeline components and the rules they run (see pipeline.py)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

for _name in ("km_text", "km_words", "km_lowers", "km_norms"):  # per-Doc caches
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def _key(name: str) -> tuple:
    """Where ``doc._.<name>`` keeps its value in ``doc.user_data`` (spaCy's key for a Doc extension):
    the hot helpers below read it there, as ``doc._`` builds a new accessor object on every use (about
    2 microseconds, tens of thousands of times per pass)."""
    return ("._.", name, None, None)


_TEXT, _WORDS, _LOWERS, _NORMS = _key("km_text"), _key("km_words"), _key("km_lowers"), _key("km_norms")


def per_doc(doc: Doc, name: str, build):
    """``build(doc)``, computed once per Doc and kept in ``doc.user_data`` under ``("km", name)``: the
    one place the rules keep what they derive from a whole Doc (capitalised words, results-table rows).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Words")
    >>> per_doc(doc, "caps", lambda d: [t.text for t in d if t.text[:1].isupper()])
    ['Two', 'Words']
    >>> per_doc(doc, "caps", lambda d: None)  # kept: not built again
    ['Two', 'Words']
    """
    key = ("km", name)
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build(doc)
    return value


def release(doc: Doc) -> None:
    """Drop what the components kept on ``doc`` (``doc.user_data``: the per-Doc tables, the tokens and spans
    the rules read, the hits), once what they found has been read off it: those tokens and spans point back
    at the Doc, so a Doc left holding them is a cycle of thousands of objects (a ``Token`` and a list per
    token) that only the cycle collector's passes free, walking all of it each time; released, they are
    freed at once (what is left for the collector is the resolver's closures: a few dozen objects).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Words")
    >>> _ = per_doc(doc, "caps", lambda d: [t for t in d if t.text[:1].isupper()])
    >>> release(doc)
    >>> doc.user_data
    {}
    """
    for tok in doc.user_data.get(_READ) or ():  # (the read tokens point at each other: spaCy's own tokens instead)
        tok.head, tok.children = Token.head.__get__(tok), tuple(Token.children.__get__(tok))
    doc.user_data.clear()


_PARTS_OF_SPEECH = ("adj", "adv", "noun", "verb")


def lemma_index(nlp) -> dict[str, frozenset[str]]:
    """The lemmatizer's index of ``nlp``: its English lemmas by part of speech ("adj", "adv", "noun", "verb"), and
    its irregular forms under "forms" ("led", "won"), words of letters only; empty when it has no rule lemmatizer.
    The one reader of that table (``actors.learn_adjectives``, ``pipeline.english_words``)."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        found = {pos: frozenset(w for w in index[pos] if w.isalpha()) for pos in _PARTS_OF_SPEECH if pos in index}
        found["forms"] = frozenset(w for pos in _PARTS_OF_SPEECH if pos in exceptions
                                   for w in exceptions[pos] if w.isalpha())
        return found
    except (KeyError, ValueError, AttributeError):
        return {}


def irregular_verbs(nlp) -> dict[str, str]:
    """The irregular verb forms of ``nlp``'s lemmatizer and their base ("took" -> "take", "ran" -> "run"), words of
    letters only; empty when it has no rule lemmatizer. Read to repair a prefixed form the lemmatizer does not list
    ("retook", "overtook": ``EventLexicon.verb_key``)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
        return {form: bases[0] for form, bases in table.items() if form.isalpha() and bases and bases[0].isalpha()}
    except (KeyError, ValueError, AttributeError, IndexError):
        return {}


def singular(word: str) -> str:
    """A plural noun's singular, by the regular endings: "allies" -> "ally", "marches" -> "march", "shells" ->
    "shell" (a label, a capitalised description the tagger left unlemmatised, a noun read back as a verb).

    >>> singular("allies"), singular("backers"), singular("marches"), singular("ties")
    ('ally', 'backer', 'march', 'tie')
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(("s", "sh", "ch", "x", "z")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def hyphen_first_part(tok: Token) -> int | None:
    """The index of the first part of a word the tokenizer split at a hyphen whose last part is ``tok`` ("would" for
    the "be" of "the would-be president", "run" for the "off" of "the run-off"); None for a token that ends no such
    split word (a spaced dash: "the vote - a farce")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and token_texts(doc)[i - 1] == "-":
        _tk = read_tokens(doc)  # (the listed tokens: no new Token per doc[i])
        if not _tk[i - 1].whitespace_ and not _tk[i - 2].whitespace_:
            return i - 2
    return None


def in_any(word: str, *groups) -> bool:
    """Whether ``word`` is in one of ``groups`` (``word in a | b``, without building the union on every test: the
    rules ask it of word lists of hundreds of words, per token or per name).

    >>> in_any("envoy", {"minister"}, {"envoy", "chief"}), in_any("army", {"minister"}, set())
    (True, False)
    """
    for group in groups:
        if word in group:
            return True
    return False


def doc_ents(doc: Doc) -> tuple:
    """``doc.ents``, built once per Doc (spaCy makes a new Span of every entity on each access); the
    entities are final once the actors component runs (nothing after the NER sets them).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Words")
    >>> doc.ents = [doc.char_span(0, 9, label="ORG")]
    >>> doc_ents(doc), doc_ents(doc) is doc_ents(doc)
    ((Two Words,), True)
    """
    return per_doc(doc, "ents", lambda d: d.ents)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins the tokens anew on every access).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two words")
    >>> doc_text(doc), doc._.km_text
    ('Two words', 'Two words')
    """
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc._.km_text = _join_text(doc)
    return text


QUOTE_MARKS = ('"', "\u201c", "\u201d")
# the marks that open and close a quoted name or label (straight and curly, double and single)
OPEN_QUOTES = ('"', "\u201c", "\u2018", "'")
CLOSE_QUOTES = ('"', "\u201d", "\u2019", "'")
# the marks a list item's line opens with ("- X", "\u2022 X", "* X"): dashes, bullets, a middle dot
BULLETS = ("-", "\u2013", "\u2014", "\u2022", "*", "\u00b7")


def quoted(tok: Token) -> bool:
    """``tok`` stands inside quotation marks opened on its own line.

    >>> import spacy
    >>> doc = spacy.blank("en")('He said "we go" and we stay')
    >>> quoted(doc[3]), quoted(doc[7])
    (True, False)
    """
    text = doc_text(tok.doc)
    before = text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def _join_text(doc: Doc) -> str:
    """``doc.text`` read from the Doc's arrays (each token's text and its trailing space), each distinct
    string looked up once: spaCy makes a ``Token`` of every token to join them."""
    if not len(doc):
        return ""
    from spacy.attrs import ORTH, SPACY

    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    memo = _strings_of(doc, set(orths))
    return "".join([memo[o] + " " if sp else memo[o] for o, sp in zip(orths, spaces)])


_STRING_OF: dict[int, str] = {}  # (``_strings_of``'s: a hash and its string, for the whole process)


def _strings_of(doc: Doc, hashes: set[int]) -> dict[int, str]:
    """A table holding the string of each of ``hashes`` (the Doc's words, lemmas and labels as its arrays hold
    them), each looked up in the string store once per process, not once per Doc: a hash names the same string
    in every store (spaCy's hash of the text, or the symbol's number), and the texts share most of their words."""
    known = _STRING_OF
    if len(known) >= 500_000:
        known.clear()  # (a long-running process: bounded)
    strings = doc.vocab.strings
    for h in hashes:
        if h not in known:
            known[h] = strings[h]
    return known


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset (``tok.idx``), read once per Doc: ascending, so the tokens of a stretch
    of text are found by bisection, not by a scan of the whole Doc.

    >>> import spacy
    >>> token_starts(spacy.blank("en")("Two words, then"))
    [0, 4, 9, 11]
    """
    starts = doc.user_data.get(_STARTS)  # (asked for every span's text: a built table is read straight)
    return starts if starts is not None else per_doc(doc, "starts", _read_starts)


_STARTS = ("km", "starts")  # (``per_doc``'s key of ``token_starts``)


def _read_starts(d: Doc) -> list[int]:
    """The offsets of ``token_starts``, read from the Doc's arrays."""
    from spacy.attrs import IDX

    return d.to_array(IDX).tolist() if len(d) else []


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` sliced from the cached text by the token offsets: no ``Span``, and no ``Token``
    per word (spaCy joins the span's tokens anew on every ``.text``).

    >>> import spacy
    >>> doc = spacy.blank("en")("The  Varnek Council met.")
    >>> bounds = [(2, 4), (0, 6), (1, 3), (2, 2), (3, 1), (4, 9), (-2, 6)]
    >>> [span_text(doc, s, e) for s, e in bounds]
    ['Varnek Council', 'The  Varnek Council met.', ' Varnek', '', '', 'met.', 'met.']
    >>> all(span_text(doc, s, e) == doc[s:e].text for s, e in bounds)
    True
    """
    if start < 0 or end < 0:
        return doc[start:end].text  # (a slice from the end: spaCy's own reading)
    n = len(doc)
    start, end = min(start, n), min(end, n)
    if end <= start:
        return ""
    starts = token_starts(doc)
    return doc_text(doc)[starts[start]:starts[end - 1] + len(token_texts(doc)[end - 1])]


def doc_span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``, made directly when the bounds lie inside the Doc: spaCy's slicing normalises the
    bounds in Python (``util.normalize_slice``) and costs about four times a ``Span`` made from them, and
    the rules slice a mention's or a candidate's tokens tens of thousands of times per pass. Other bounds
    (from the end, reversed, past the end) are spaCy's own slice. A span inside the Doc is made once per Doc and
    kept (a Span is a value, equal and hashed by its Doc and bounds; the rules set nothing on one): the same
    candidate or mention is sliced again and again by the rules.

    >>> import spacy
    >>> doc = spacy.blank("en")("One two three four")
    >>> bounds = [(1, 3), (0, 4), (2, 2), (3, 1), (2, 9), (-3, 3), (0, -1)]
    >>> [doc_span(doc, s, e).text for s, e in bounds]
    ['two three', 'One two three four', '', '', 'three four', 'two three', 'One two three']
    >>> all(doc_span(doc, s, e) == doc[s:e] for s, e in bounds), doc_span(doc, 1, 3) is doc_span(doc, 1, 3)
    (True, True)
    """
    if 0 <= start <= end <= len(doc):
        made = doc.user_data.get(_SPANS)
        if made is None:
            made = doc.user_data[_SPANS] = {}
        span = made.get((start, end))
        if span is None:
            span = made[start, end] = Span(doc, start, end)
        return span
    return doc[start:end]


_SPANS = ("km", "spans")  # (where ``doc_span`` keeps the spans it made)


def after_honorific(kb, doc: Doc, start: int, end: int) -> int:
    """The first token of ``doc[start:end]`` after an honorific of formal address opening it (roles.yaml
    honorifics, ``Knowledge.honorific_length``: "H.E. Name", "Most Rev. Name"), ``start`` where none does;
    ``end`` where the honorific fills the tokens (its words end inside the last one)."""
    words = span_text(doc, start, end).split()
    n = kb.honorific_length(words)
    if not n:
        return start
    cut = doc[start].idx + len(" ".join(words[:n]))
    return next((t.i for t in doc[start:end] if t.idx >= cut), end)


def day_month_at(doc: Doc, j: int) -> bool:
    """A date opens at ``doc[j]`` ("on" maybe before it): a day and a month's name, either way round ("3 May 2025",
    "May 3"), the date of a dateline or a venue line."""
    from kingmaker.knowledge import knowledge  # (lazy: no import cycle)

    j += j < len(doc) and doc[j].lower_ == "on"
    if j + 1 >= len(doc):
        return False
    months = knowledge().month_names
    x, y = doc[j].lower_.rstrip("."), doc[j + 1].lower_.rstrip(".")
    return bool(doc[j].like_num and y in months or x in months and doc[j + 1].like_num)


def tokens_within(doc: Doc, start: int, end: int) -> range:
    """The indices of the tokens that start at characters ``start`` to ``end`` (``start <= tok.idx < end``).

    >>> import spacy
    >>> doc = spacy.blank("en")("One two three four")
    >>> list(tokens_within(doc, 4, 13)), list(tokens_within(doc, 0, -1))
    ([1, 2], [])
    """
    import bisect

    starts = token_starts(doc)
    first = bisect.bisect_left(starts, start)
    return range(first, max(first, bisect.bisect_left(starts, end)))


def _read_columns(d: Doc) -> list[list[str]]:
    """The six label columns of ``_columns``, read from the Doc's arrays."""
    if not len(d):
        return [[] for _ in range(6)]
    from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, TAG

    cols = d.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP]).T.tolist()
    memo = _strings_of(d, set().union(*cols))  # (a word, its lower case, its lemma: mostly one hash)
    return [list(map(memo.__getitem__, col)) for col in cols]


_COLUMNS, _TREE, _READ = ("km", "columns"), ("km", "tree"), ("km", "read_tokens")  # (``per_doc``'s keys of them)


def _columns(doc: Doc) -> list[list[str]]:
    """Each token's text, ``lower_``, ``lemma_``, ``pos_``, ``tag_`` and ``dep_`` (six lists), read once per
    Doc from the Doc's arrays, each distinct string looked up once: what the tables below are made of.
    (Asked tens of thousands of times per pass: a built table is read straight from ``doc.user_data``.)"""
    cols = doc.user_data.get(_COLUMNS)
    return cols if cols is not None else per_doc(doc, "columns", _read_columns)


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (``[t.text for t in doc]``), read once per Doc: ``tok.text`` looks the string
    up anew on every access, so a rule scanning every token for a word reads this list instead.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two words")
    >>> token_texts(doc), token_texts(doc) is doc._.km_words
    (['Two', 'words'], True)
    """
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = doc._.km_words = _columns(doc)[0]
    return words


def capitalised_tokens(doc: Doc) -> list[int]:
    """The indices of the tokens whose text opens with a capital letter (``tok.text[:1].isupper()``), in order,
    found once per Doc: the rules that look at every capitalised word (a name, a demonym, a state's name) walk
    this list, not every token of the text.

    >>> import spacy
    >>> capitalised_tokens(spacy.blank("en")("The envoy of Varnia met ÉLAN and 3 others"))
    [0, 3, 5]
    """
    return per_doc(doc, "capitalised", lambda d: [i for i, w in enumerate(token_texts(d)) if w[:1].isupper()])


def token_lowers(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's ``lower_`` and its lemma lower-cased (``tok.lemma_.lower()``), read once per Doc
    from the Doc's arrays (each distinct string looked up once).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Words")
    >>> token_lowers(doc)
    (['two', 'words'], ['', ''])
    """
    found = doc.user_data.get(_LOWERS)
    if found is None:
        cols = _columns(doc)
        lemmas = cols[2]
        lowered = {w: w.lower() for w in set(lemmas)}
        found = doc._.km_lowers = (cols[1], list(map(lowered.__getitem__, lemmas)))
    return found


def token_norms(doc: Doc) -> list[str]:
    """Each token's text through ``knowledge.norm`` (``[norm(t.text) for t in doc]``), once per Doc, each
    distinct word normalised once: for rules that look every word up in a lexicon.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Al-Noor Front’s")
    >>> token_norms(doc), token_norms(doc) is doc._.km_norms
    (['the', 'al', '', 'noor', 'front', "'s"], True)
    """
    found = doc.user_data.get(_NORMS)
    if found is None:
        from kingmaker.knowledge import norm

        words = token_texts(doc)
        memo = {w: norm(w) for w in set(words)}
        found = doc._.km_norms = list(map(memo.__getitem__, words))
    return found


_SENT_BOUNDS = ("km", "sent_bounds")


def index_sentences(doc: Doc) -> None:
    """Make ``tok.sent`` and ``span.sent`` read a per-Doc table of sentence bounds (spaCy's user hooks):
    spaCy builds a one-token span and walks to the sentence's ends on every call, and the rules ask for
    a token's sentence thousands of times per pass. The spans are the ones spaCy returns (the sentence
    holding the token, or the span's first token); a Doc without sentence bounds keeps spaCy's own
    behaviour (its error). Call it once the sentence bounds are final (after the parser).

    >>> import spacy
    >>> doc = spacy.blank("en")("One two. Three four five.")
    >>> doc[3].is_sent_start = True
    >>> index_sentences(doc)
    >>> doc[4].sent.text, doc[1:3].sent.text, [s.text for s in doc.sents]
    ('Three four five.', 'One two.', ['One two.', 'Three four five.'])
    """
    n = len(doc)
    if not n or not doc.has_annotation("SENT_START"):
        return
    from spacy.attrs import SENT_START

    marks = doc.to_array(SENT_START).tolist()
    firsts = [0] * n
    lasts = [n] * n
    start = 0
    for i in range(1, n):
        if marks[i] == 1:
            for j in range(start, i):
                lasts[j] = i
            start = i
        firsts[i] = start
    for j in range(start, n):
        lasts[j] = n
    doc.user_data[_SENT_BOUNDS] = (firsts, lasts, {})
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent


def _sentence(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``: one ``Span`` per sentence, made on first use and kept (a Span is a
    value: equal, and hashed, by its Doc and bounds)."""
    firsts, lasts, made = doc.user_data[_SENT_BOUNDS]
    first = firsts[i]
    sent = made.get(first)
    if sent is None:
        sent = made[first] = Span(doc, first, lasts[i])
    return sent


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc: the sentences' spans, the very ones ``tok.sent`` returns once the
    sentences are indexed (``index_sentences``). spaCy makes a new ``Span`` of each sentence on every pass over
    ``doc.sents``, and a ``Span`` makes three ``Token`` to find its characters; the rule stages pass over them
    several times. (Without sentence bounds: spaCy's own error.)

    >>> import spacy
    >>> doc = spacy.blank("en")("One two. Three four five.")
    >>> doc[3].is_sent_start = True
    >>> index_sentences(doc)
    >>> doc_sents(doc) == list(doc.sents), doc_sents(doc)[1] is doc[4].sent
    (True, True)
    """
    return per_doc(doc, "sents", _read_sents)


def _read_sents(d: Doc) -> list[Span]:
    """The sentences of ``doc_sents``: those of the sentence table where there is one, else spaCy's."""
    bounds = d.user_data.get(_SENT_BOUNDS)
    if bounds is None:
        return list(d.sents)
    firsts = bounds[0]
    return [_sentence(d, i) for i in range(len(d)) if firsts[i] == i]


def _token_sent(tok) -> Span:
    return _sentence(tok.doc, tok.i)


def _span_sent(span: Span) -> Span:
    doc = span.doc
    last = len(doc.user_data[_SENT_BOUNDS][0]) - 1
    return _sentence(doc, min(span.start, last))  # (an empty span at the end: the last sentence, as spaCy)




def token_children(doc: Doc) -> list[tuple[int, ...]]:
    """Each token's children as token indices, in spaCy's order (``[c.i for c in tok.children]``: the left
    ones, then the right ones), read once per Doc from its heads: for helpers that look for a child with a
    given label without making a ``Token`` of every child. (Tuples: a leaf's is the one empty tuple, and a
    tuple of numbers is dropped from the cycle collector's watch, where a list per token is walked by each of
    its full passes as long as the Doc lives.)

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rebels", "attacked", "the", "town"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"])
    >>> token_children(doc)
    [(), (0, 3), (), (2,)]
    """
    kids = doc.user_data.get(_TREE)  # (asked per token by many helpers: a built table is read straight)
    return kids if kids is not None else per_doc(doc, "tree", _read_children)


def _read_children(d: Doc) -> list[tuple[int, ...]]:
    """The children table of ``token_children``, built from the Doc's heads."""
    from spacy.attrs import HEAD

    kids: list[list[int]] = [[] for _ in range(len(d))]
    if len(d):
        for i, rel in enumerate(d.to_array(HEAD).astype("int64").tolist()):
            if rel:
                kids[i + rel].append(i)
    return list(map(tuple, kids))


def token_deps(doc: Doc) -> list[str]:
    """Each token's ``dep_``, read once per Doc."""
    return _columns(doc)[5]


def token_pos(doc: Doc) -> list[str]:
    """Each token's ``pos_``, read once per Doc.

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> token_pos(Doc(spacy.blank("en").vocab, words=["Rebels", "attacked"], pos=["NOUN", "VERB"]))
    ['NOUN', 'VERB']
    """
    return _columns(doc)[3]


class ReadToken(Token):
    """A spaCy ``Token`` whose text, lower-case form, lemma, POS, tag and dependency label are read once
    (slots) instead of looked up in the string store on every access: for the whole-Doc loops of the rule
    stages, which test each token's labels many times. Its ``head`` and ``children`` are slots too, holding the
    Doc's other ``ReadToken`` (a rule walking the tree from one makes no ``Token`` per step; ``children`` is a
    tuple in spaCy's order, where spaCy's is a generator; a root's head is a plain ``Token`` equal to it). Everything else (``sent``, ``lefts``, ``subtree``,
    equality and hashing) is the ``Token``'s own; the values are those of the Doc when it was read."""

    __slots__ = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "head", "children")




def read_tokens(doc: Doc) -> list[ReadToken]:
    """The Doc's tokens as ``ReadToken`` (``list(doc)`` with each token's labels read once), built once per
    Doc, each distinct string looked up once: for a rule's loop over every token, and for the rules that index
    tokens one by one (``read_tokens(doc)[i]`` in place of ``doc[i]``, which makes a new ``Token`` on every call
    and looks its strings up anew on each access).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two Words")
    >>> toks = read_tokens(doc)
    >>> [(t.text, t.lower_, t.i) for t in toks], toks[1] == doc[1], read_tokens(doc) is toks
    ([('Two', 'two', 0), ('Words', 'words', 1)], True, True)
    """
    found = doc.user_data.get(_READ)  # (asked tens of thousands of times per pass: a built list is read straight)
    return found if found is not None else per_doc(doc, "read_tokens", _read_tokens)


def _read_tokens(d: Doc) -> list[ReadToken]:
    """The list of ``read_tokens``, built from the Doc's columns and heads."""
    vocab, new = d.vocab, ReadToken.__new__  # (Token's __cinit__ does all: no __init__ call)
    found = [new(ReadToken, vocab, d, i) for i in range(len(d))]
    for tok, text, lower, lemma, pos, tag, dep in zip(found, *_columns(d)):
        tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_ = text, lower, lemma, pos, tag, dep
    if found:
        from spacy.attrs import HEAD

        for i, (tok, rel, kids) in enumerate(zip(found, d.to_array(HEAD).astype("int64").tolist(),
                                                 token_children(d))):
            # (a root's head is a Token of its own, as spaCy's: never the token itself, which ``verb.head is
            # verb`` in the rules would take for true)
            tok.head = found[i + rel] if rel else Token.head.__get__(tok)
            tok.children = tuple([found[k] for k in kids])
    return found


def span_root(doc: Doc, start: int, end: int) -> ReadToken:
    """The root of ``doc[start:end]`` (``Span.root``) as the Doc's listed token (``read_tokens``), found once per
    span: spaCy walks the span's heads anew on every ``.root`` and makes a new ``Token``, whose ``children`` make a
    new one per child; the rules read the same mention's root again and again.

    >>> from spacy.tokens import Doc
    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["Rebels", "attacked", "the", "town"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"])
    >>> span_root(doc, 2, 4).text, span_root(doc, 2, 4) == doc[2:4].root, span_root(doc, 0, 4) is read_tokens(doc)[1]
    ('town', True, True)
    """
    roots = per_doc(doc, "roots", lambda d: {})
    i = roots.get((start, end))
    if i is None:
        i = roots[start, end] = doc_span(doc, start, end).root.i
    return read_tokens(doc)[i]


def span_tokens(span: Span) -> list[ReadToken]:
    """The tokens of ``span`` (a sentence, a mention) as ``ReadToken`` (``list(span)`` off the Doc's listed
    tokens): a rule's loop over a sentence's words makes no new ``Token`` per word.

    >>> import spacy
    >>> doc = spacy.blank("en")("One two three")
    >>> [t.text for t in span_tokens(doc[1:3])], span_tokens(doc[1:3])[0] is read_tokens(doc)[1]
    (['two', 'three'], True)
    """
    return read_tokens(span.doc)[span.start:span.end]


_CLOSERS = frozenset({'"', "'", "\u201c", "\u201d", "\u2019", ")", "]"})


def ends_in_question(sent: Span) -> bool:
    """``sent`` ends with a question mark, before any closing quotes or brackets ("Did X win 40 seats?",
    'He asked: "Is the Front armed?"'): the one test the relation, event and fact rules share."""
    for tok in reversed(span_tokens(sent)):  # (the listed tokens: no new Token per word)
        if tok.is_space or tok.text in _CLOSERS:
            continue
        return tok.text.endswith("?")
    return False


def refuted_claim(tok) -> bool:
    """``tok``'s line is a fact-check's claim that its verdict refutes: the line opens with a claim's label (a word
    of plover.yaml unasserted before a colon: "Claim: \"X has sent 2,000 soldiers to Y.\"", "CLAIM 2: ...") and the
    next line with words opens with a verdict's label and a refuting word (relations.yaml verdict_labels,
    refuting_verdicts: "Verdict: FALSE", "RATING: Fabricated"); not a claim rated true or misleading, nor one with
    no verdict right after it."""
    import re

    from kingmaker.knowledge import knowledge

    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    label = re.match(r"[ \t]*([A-Za-z]+)(?: \d+| #\d+)?[ \t]*:", text[start:tok.idx])
    if label is None or not _unasserted_word(label.group(1).lower()):
        return False
    end = text.find("\n", tok.idx)
    rest = text[end:] if end >= 0 else ""
    nxt = next((line.strip() for line in rest.split("\n") if line.strip()), "")
    head, colon, verdict = nxt.partition(":")
    rel = knowledge().relations
    if not colon or " ".join(head.lower().split()) not in (rel.get("verdict_labels") or ()):
        return False
    words = " ".join(re.findall(r"[a-z]+", verdict.lower()))
    return any(words == w or words.startswith(w + " ") for w in rel.get("refuting_verdicts") or ())


def _unasserted_word(word: str) -> bool:
    """A claim's label word: plover.yaml unasserted, or its plural ("Claims", "Rumours": ``singular``)."""
    from kingmaker.nlp.events import load_event_lexicon  # (lazy: events imports this module)

    words = load_event_lexicon().unasserted
    return word in words or singular(word) in words


def asked(tok) -> bool:
    """``tok`` is in the main clause of a yes/no question ("Is Ostria arming the Front?", an interviewer's
    "Did the army shell the town?"): it asks whether, it states nothing. A question word's "Why does X
    back Y?" takes the tie as known, and so does a question's subordinate clause ("... because its
    officers criticised the army?")."""
    sent = tok.sent
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.pos_ != "AUX" or first.i + 1 >= sent.end or first.nbor().dep_ == "punct":
        return False
    if not ends_in_question(sent):
        return False
    while tok.head.i != tok.i:
        if tok.dep_ in ("advcl", "relcl", "acl", "pcomp", "ccomp", "appos"):
            return False
        tok = tok.head
    return True
