"""kingmaker's spaCy pipeline components and the rules they run (see pipeline.py)."""
from __future__ import annotations

from spacy.tokens import Doc

for _name in ("km_text", "km_words"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


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


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (``[t.text for t in doc]``), read once per Doc: ``tok.text`` looks the string
    up anew on every access, so a rule scanning every token for a word reads this list instead.

    >>> import spacy
    >>> doc = spacy.blank("en")("Two words")
    >>> token_texts(doc), token_texts(doc) is doc._.km_words
    (['Two', 'words'], True)
    """
    words = doc._.km_words
    if words is None:
        words = doc._.km_words = [t.text for t in doc]
    return words
