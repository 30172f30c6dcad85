"""The model's attribute_ruler as a table lookup (nlp/fast_attrs.py): the same tags, parts of speech,
morphology and lemmas as spaCy's own ruler."""
from __future__ import annotations

import spacy

from kingmaker.nlp.fast_attrs import FastAttributeRuler, _plan, speed_up


def _attrs(doc):
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def _ruler_nlp():
    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe("attribute_ruler")


def test_the_pipeline_ruler_gives_spacy_s_result():
    from kingmaker.api import load_nlp

    nlp = load_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler) and _plan(ruler) is not None
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    # (no line breaks or abbreviations: kingmaker's tokenizer and sentence rules differ there)
    text = ("We're gonna win, let's see. There were two envoys from Zandoria and there is a third.  "
            "General Ilse Kortova's Velsk Brigade gotta hold the line, said the council, which was n't sure.")
    assert _attrs(nlp(text)) == _attrs(plain(text))


def test_later_rules_win_and_rules_added_later_apply():
    nlp, ruler = _ruler_nlp()
    ruler.add([[{"LOWER": "zorb"}]], {"LEMMA": "first", "TAG": "NN"})
    ruler.add([[{"LOWER": "zorb"}]], {"LEMMA": "second"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"IN": ["zorb", "quux"]}}]], {"TAG": "DT"}, index=-2)
    speed_up(nlp)
    doc = nlp("The zorb met a zorb .")
    assert [t.lemma_ for t in doc][:2] == ["", "second"] and doc[1].tag_ == "NN" and doc[0].tag_ == "DT"
    assert doc[3].tag_ == ""  # "a zorb": the pair rule needs "the"
    ruler.add([[{"LOWER": "met"}]], {"LEMMA": "meet"})
    assert nlp("They met")[1].lemma_ == "meet"


def test_a_pattern_the_table_does_not_know_keeps_spacy_s_matcher():
    nlp, ruler = _ruler_nlp()
    ruler.add([[{"LOWER": "zorb", "OP": "+"}]], {"LEMMA": "zorb"})
    speed_up(nlp)
    assert _plan(ruler) is None
    assert [t.lemma_ for t in nlp("zorb zorb x")] == ["zorb", "zorb", ""]
