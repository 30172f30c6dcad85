"""Caches added for speed follow the knowledge in force: a user lexicon set later applies to them."""
from __future__ import annotations

import pytest
import spacy

import kingmaker.knowledge.lexicons as lexicons
from kingmaker.knowledge import knowledge
from kingmaker.knowledge.lexicons import ENV, set_lexicons
from kingmaker.nlp.actors import _demonym_forms, _place_demonyms
from kingmaker.nlp.relations import _refusal_verbs


@pytest.fixture
def clean_lexicons(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    lexicons._clear_caches()
    yield monkeypatch
    monkeypatch.delenv(ENV, raising=False)
    lexicons._clear_caches()


def test_place_demonyms_of_the_text():
    doc = spacy.blank("en")("Zandoria sent envoys. The Zandorian army and the Quelmar Front met Zandorians.")
    assert _place_demonyms(doc) == frozenset({"zandorian", "zandorians"})
    assert _place_demonyms(spacy.blank("en")("the Zandorian army")) == frozenset()  # no "Zandoria" named
    assert "Zandorian" in _demonym_forms("Zandoria") and "Quelmari" in _demonym_forms("Quelmar")


def test_demonym_cache_follows_a_lexicon(tmp_path, clean_lexicons):
    doc = spacy.blank("en")("Zandoria sent envoys to the Zandoriot embassy.")
    assert "Zandoriot" not in _demonym_forms("Zandoria")
    assert _place_demonyms(doc) == frozenset()
    lex = tmp_path / "mine.yaml"
    lex.write_text("roles:\n  demonym_suffixes: [ot]\n", encoding="utf-8")
    set_lexicons([lex])
    assert "Zandoriot" in _demonym_forms("Zandoria")
    assert _place_demonyms(doc) == frozenset({"zandoriot"})


def test_refusal_verbs_follow_a_lexicon(tmp_path, clean_lexicons):
    assert ("rule", "out") in _refusal_verbs(knowledge()) and ("spurn",) not in _refusal_verbs(knowledge())
    lex = tmp_path / "mine.yaml"
    lex.write_text("relations:\n  refusal_verbs: [spurn]\n", encoding="utf-8")
    set_lexicons([lex])
    assert ("spurn",) in _refusal_verbs(knowledge()) and ("rule", "out") in _refusal_verbs(knowledge())
