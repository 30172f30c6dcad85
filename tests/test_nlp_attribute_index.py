"""The indexed attribute ruler finds exactly the matches of spaCy's, and sets the same attributes."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import LEMMA, MORPH, POS
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kingmaker.nlp.attribute_index import IndexedAttributeRuler, index_attribute_ruler

ROOT = Path(__file__).resolve().parents[1]

# the kinds of pattern an English pipeline's ruler holds: one token by tag, by word and tag, by a set of words,
# with NOT_IN, a flag, several tokens, a regular expression, and a negative index
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing|Person=3"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
    {"patterns": [[{"LOWER": "whom", "TAG": "WP"}]], "attrs": {"MORPH": "Case=Acc"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "nothing"}], [{"LOWER": "zilch"}]], "attrs": {"POS": "PRON"}},
]
WORDS = ["Whom", "is", "gon", "na", "take", "that", "nothin'", " ", "zilch", "nothing", "and", "this", "'s", "it"]
TAGS = ["WP", "VBZ", "VBG", "TO", "VB", "DT", "NN", "_SP", "NN", "NN", "CC", "DT", "VBZ", "PRP"]
HEADS = [4, 4, 4, 4, 4, 4, 4, 6, 4, 4, 9, 12, 4, 12]
DEPS = ["nsubj", "aux", "aux", "aux", "ROOT", "det", "dobj", "dep", "conj", "conj", "cc", "nsubj", "conj", "dobj"]


def _rulers():
    nlp = English()
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(RULES)
    indexed = AttributeRuler(nlp.vocab)
    indexed.add_patterns(RULES)
    indexed.__class__ = IndexedAttributeRuler
    return nlp, stock, indexed


def _doc(vocab):
    return Doc(vocab, words=WORDS, tags=TAGS, heads=HEADS, deps=DEPS)


def _set(ruler, doc):
    ruler(doc)
    return doc.to_array([POS, MORPH, LEMMA]).tolist()


def test_every_kind_of_rule_matches_as_the_stock_ruler_matches():
    nlp, stock, indexed = _rulers()
    doc = _doc(nlp.vocab)
    assert indexed.match(doc) == stock.match(doc)
    assert _set(indexed, _doc(nlp.vocab)) == _set(stock, _doc(nlp.vocab))


def test_the_rules_set_what_they_say_on_the_token_they_name():
    nlp, _, indexed = _rulers()
    doc = indexed(_doc(nlp.vocab))
    assert [doc[1].pos_, doc[1].lemma_] == ["AUX", "be"]          # "is": the word rule after the tag rule
    assert str(doc[0].morph) == "Case=Acc"                        # word and tag
    assert doc[3].lemma_ == "to" and doc[2].lemma_ == ""           # two tokens, the last one set
    assert doc[6].lemma_ == "nothing"                             # a regular expression
    assert doc[5].pos_ != "PRON" and doc[11].pos_ == "PRON"        # "that" is a det (NOT_IN), "this" a subject
    assert doc[7].pos_ == "SPACE"                                  # a flag
    assert doc[8].pos_ == "PRON" and doc[9].pos_ == "PRON"         # either of two patterns of one rule


def test_patterns_added_later_are_looked_up_too():
    nlp, _, indexed = _rulers()
    indexed.match(_doc(nlp.vocab))  # builds the index
    indexed.add([[{"LOWER": "take"}]], {"LEMMA": "seize"})
    assert indexed(_doc(nlp.vocab))[4].lemma_ == "seize"


def test_kingmaker_s_pipeline_uses_it_and_agrees_with_the_model_s_own_ruler():
    """On real text (the held-out articles in this repository) the model's own rules give the same attributes."""
    spacy = pytest.importorskip("spacy")
    from kingmaker.nlp.pipeline import DEFAULT_MODELS, load_pipeline

    nlp = None
    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name, exclude=["ner", "lemmatizer"])
            break
        except OSError:
            continue
    if nlp is None:
        pytest.skip("no English model installed")
    assert isinstance(load_pipeline().get_pipe("attribute_ruler"), IndexedAttributeRuler)
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("bench/heldout/set-[a-d]/texts/*.txt"))]
    assert texts
    with nlp.select_pipes(disable=["attribute_ruler"]):
        parsed = list(nlp.pipe(texts))
    stock = nlp.get_pipe("attribute_ruler")
    index_attribute_ruler(nlp)
    assert isinstance(stock, IndexedAttributeRuler)
    for doc in parsed:
        expected = AttributeRuler.match(stock, doc)
        assert stock.match(doc) == expected
