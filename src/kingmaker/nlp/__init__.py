"""kingmaker's spaCy pipeline components and the rules they run (see pipeline.py)."""
from __future__ import annotations

from spacy.tokens import Doc

if not Doc.has_extension("km_text"):
    Doc.set_extension("km_text", default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins the tokens anew on every access).

    >>> import spacy
    >>> doc = spacy.blank("en")("Two words")
    >>> doc_text(doc), doc._.km_text
    ('Two words', 'Two words')
    """
    text = doc._.km_text
    if text is None:
        text = doc._.km_text = doc.text
    return text
