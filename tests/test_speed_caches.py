"""Caches added for speed follow the knowledge in force: a user lexicon set later applies to them."""
from __future__ import annotations

import spacy

from kingmaker.knowledge import knowledge
from kingmaker.knowledge.lexicons import set_lexicons
from kingmaker.nlp.actors import _demonym_forms, _place_demonyms
from kingmaker.nlp.relations import _refusal_verbs


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


def test_a_pronoun_of_an_event_stands_for_the_closest_earlier_mention():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.components import event_mention_of

    doc = load_nlp()("Marek Dravin met the Velsk Liberation Front on Monday. Dravin arrived at noon. "
                     "Later he rejected the offer.")
    mention_of = event_mention_of(doc)  # its per-actor index of mentions is built on the first pronoun
    he = next(t for t in doc if t.lower_ == "he")
    span = mention_of(he)
    assert span is not None and span.text == "Dravin" and span.start == 10
    assert mention_of(he).start == 10  # asked again: the same answer from the built index


def test_token_texts_read_once_per_doc():
    from kingmaker.nlp import token_texts

    nlp = spacy.blank("en")
    doc = nlp("The Varnek Council met.")
    words = token_texts(doc)
    assert words == [t.text for t in doc] and token_texts(doc) is words  # kept on the Doc
    other = nlp("Quorin left.")
    assert token_texts(other) == ["Quorin", "left", "."]  # each Doc its own list
    assert token_texts(nlp("")) == []


def test_page_furniture_lines_read_as_before():
    from kingmaker.nlp.actors import _page_furniture

    nlp = spacy.blank("en")
    doc = nlp("AT A GLANCE\nThe Varnek Council met on Monday.\nHome | World | Login\nOK\n12 34\n")
    marked = {doc[i].text for i in _page_furniture(doc)}
    assert {"AT", "GLANCE", "Home", "World", "Login"} <= marked  # a shouted label, a menu
    assert not marked & {"Varnek", "Council", "OK", "12"}  # a sentence; under four letters; no letters


def test_only_where_reads_every_use_of_the_name():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.actors import _only_where

    doc = load_nlp()("Voters in Dremholt queued for hours. Officials in Dremholt counted the ballots.")
    assert _only_where(doc, next(t for t in doc if t.text == "Dremholt"))
    doc = load_nlp()("Voters in Dremholt queued for hours. Dremholt signed the accord with Velsk.")
    assert not _only_where(doc, next(t for t in doc if t.text == "Dremholt"))  # once an actor


def test_token_lowers_match_the_tokens():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import token_lowers

    doc = load_nlp()("The Varnek Alliance WON 34 Seats, respectively; Quorin's deputies were elected.")
    lows, lemmas = token_lowers(doc)
    assert lows == [t.lower_ for t in doc] and lemmas == [t.lemma_.lower() for t in doc]
    assert token_lowers(doc) is doc._.km_lowers  # read once per Doc
    assert token_lowers(spacy.blank("en")("")) == ([], [])


def test_evidence_and_repeats_read_sentences_from_the_text():
    from kingmaker.api import load_nlp
    from kingmaker.model import Document
    from kingmaker.nlp.to_model import _repeated_sentence_starts, evidence_of

    text = "Varnek  rejected the deal.\n\nPHOTO: Varnek at the summit.\nThe Quorin Front   backs  Varnek.  "
    doc = load_nlp()(text)
    for sent in doc.sents:
        ev = evidence_of(Document("d", text), sent[:1])
        assert ev.text == sent.text.strip() and text[ev.start:ev.end] == ev.text
    starts = _repeated_sentence_starts(doc)
    assert [s.start for s in doc.sents if s.text.startswith("PHOTO")] == sorted(starts)  # boilerplate only


def test_knowledge_files_read_by_the_fast_loader_as_by_safe_load(tmp_path):
    import pytest
    import yaml

    from kingmaker.errors import KnowledgeError
    from kingmaker.knowledge import DATA, load_yaml
    from kingmaker.knowledge.lexicons import SAFE_LOADER

    if yaml.__with_libyaml__:
        assert SAFE_LOADER is yaml.CSafeLoader
    for path in sorted(DATA.glob("*.yaml")):
        assert load_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8")), path.name
    bad = tmp_path / "bad.yaml"
    bad.write_text("words:\n  - a\n  b: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_yaml(bad)
    assert "invalid YAML" in str(err.value) and err.value.line is not None


def test_whole_text_scans_on_the_cached_words():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.actors import _named_plain
    from kingmaker.nlp.relations import _article_noise

    doc = spacy.blank("en")("the Zandorian National Army met the Zandorian Army")
    assert _named_plain(doc, 1, 3, range(1, 4))  # "Zandorian Army" named plainly elsewhere
    assert not _named_plain(doc, 6, 7, range(6, 8))  # only inside the name itself
    spun = load_nlp()("A arm of a Iran-backed group met a envoy. A Zandorian army left. It was a union.")
    assert _article_noise(spun)
    assert not _article_noise(load_nlp()("An arm of the group met an envoy. A union formed."))


def test_backward_scans_find_the_same_referents():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.components import event_mention_of, referents

    doc = load_nlp()("The Velsk Liberation Front, the rebel alliance, attacked Dremholt. Later the rebels withdrew. "
                     "President Ivo Marden said she would talk. Later the President visited Dremholt.")
    ctx = referents(doc)
    rebels = next(t for t in doc if t.text == "rebels")
    assert ctx.actors[ctx.labelled_group(rebels)].name == "Velsk Liberation Front"
    marden = next(a.idx for a in ctx.actors if a.name == "Ivo Marden")
    assert ctx.genders().get(marden) == "f"  # "X said she ..."
    president = [t for t in doc if t.text == "President"][-1]
    assert event_mention_of(doc)(president).text == "Ivo Marden"  # the one president named before


def test_name_splitting_on_the_cached_words():
    from kingmaker.nlp.actors import _prev_words, _split_joined, _split_possessive

    doc = spacy.blank("en")("Velsk 's Quorin Guard met the People 's Congress Party (PCP) and Amal / Tahrir .")
    assert _split_possessive(doc, 0, 4) == [(0, 1), (2, 4)]  # "Velsk's Quorin Guard": two names
    assert _split_possessive(doc, 6, 10) == [(6, 10)]  # "People's Congress Party": one name
    assert _split_possessive(doc, 7, 12) == [(7, 10), (11, 12)]  # a bracket
    assert _split_joined(doc, [(14, 17)]) == [(14, 15), (16, 17)]  # "Amal/Tahrir"
    assert _prev_words(doc, 6) == ["Guard", "met", "the"] and _prev_words(doc, 14, 2) == ["and"]  # ")" stops
    titled = spacy.blank("en")("Gen . Ivo Marden , the commander")
    assert _prev_words(titled, 2) == ["Gen"] and _prev_words(titled, 5) == []  # dots skipped; a comma stops


def test_doc_caches_read_where_the_extension_keeps_them():
    from kingmaker.nlp import doc_text, token_lowers, token_texts

    doc = spacy.blank("en")("Quorin left.")
    doc._.km_words, doc._.km_lowers, doc._.km_text = ["set"], (["low"], ["lem"]), "kept"
    assert token_texts(doc) == ["set"] and token_lowers(doc) == (["low"], ["lem"]) and doc_text(doc) == "kept"
    fresh = spacy.blank("en")("Quorin left.")
    assert token_texts(fresh) is fresh._.km_words and doc_text(fresh) is fresh._.km_text


def test_person_named_after_a_cue_word_or_two():
    from kingmaker.nlp.actors import _person_named

    doc = spacy.blank("en")("Gen . Marvessa met Prime Minister Quorin , Mr Dravin and the Velsk envoy . Ostrava left")
    named = _person_named(doc)
    assert {"marvessa", "quorin", "dravin"} <= named  # a dot skipped; a two-word cue; a one-word cue
    assert not named & {"velsk", "envoy", "ostrava", "met"}  # no cue before; a full stop is no cue
    assert _person_named(doc) is doc.user_data[("km", "person_named")]  # one pass per Doc


def test_votes_added_as_the_counter_sum_adds_them():
    from collections import Counter

    from kingmaker.nlp.actors import _add_votes

    for votes in (Counter({"person": 3, "place": -1, "organization": 0}), Counter({"mentions": -1, "thing": 2}),
                  Counter({"mentions": 2}), Counter()):
        old, new = Counter({"place": 2, "person": 1}), Counter({"place": 2, "person": 1})
        old += votes + Counter({"mentions": 1})
        _add_votes(new, votes)
        assert list(new.items()) == list(old.items()), votes  # same counts, same order


def test_token_norms_and_the_possessive_of_a_state():
    from kingmaker.knowledge import knowledge, norm
    from kingmaker.nlp import token_norms

    doc = spacy.blank("en")("The Quorin Front’s  envoy met Dr. Vask")
    assert token_norms(doc) == [norm(t.text) for t in doc] and token_norms(doc) is doc._.km_norms
    kb = knowledge()
    assert kb.country_of("France's") == kb.country_of("France") == kb.country_of("the France’s") is not None
    assert kb.country_of("Quorin's") is None


def test_results_table_rows_read_once_for_actors_and_facts(monkeypatch):
    from kingmaker.api import load_nlp
    from kingmaker.nlp import facts

    calls = []

    def counted(*args):
        calls.append(1)
        return real(*args)

    real = facts.results_rows
    monkeypatch.setattr(facts, "results_rows", counted)
    text = ("The Velsk council has 9 seats.\n\nParty | Votes | Seats\nQuorin Union | 1,200 | 5\n"
            "Dremholt Alliance | 900 | 4\n")
    doc = load_nlp()(text)
    seats = {doc._.km_actors[h.actor].name: h.value for h in facts.find_facts(doc) if h.key == "seats"}
    assert seats.get("Quorin Union") == 5 and seats.get("Dremholt Alliance") == 4
    assert len(calls) == 1  # the rows the actors component read serve the facts too


def test_listed_counts_on_the_cached_words():
    from kingmaker.nlp.actors import _listed_count

    doc = spacy.blank("en")("Results : Quorin Way 41 , Velsk Path 30 , others 9 . In 2024 , Dremholt won 1200 , then 7 .")
    assert _listed_count(doc, 4) and _listed_count(doc, 8)  # counts of a list
    assert not _listed_count(doc, 14) and not _listed_count(doc, 18)  # a year; a number too long for a count


def test_doc_cache_examples():
    import doctest

    import kingmaker.nlp

    result = doctest.testmod(kingmaker.nlp)
    assert result.attempted >= 4 and result.failed == 0


def test_sentences_read_from_the_doc_table_as_spacy_finds_them():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import index_sentences

    text = "BRENVALE, Ostrava - The Varnek Council met.\nQuorin left early. Dravin stayed, and spoke.\n"
    doc = load_nlp()(text)
    assert doc.user_token_hooks.get("sent") is not None  # installed by the actors component
    hooked = [(t.sent.start, t.sent.end) for t in doc] + [(doc[i:j].sent.start, doc[i:j].sent.end)
                                                          for i in range(len(doc)) for j in (i, i + 2)]
    doc.user_token_hooks.clear()
    doc.user_span_hooks.clear()
    plain = [(t.sent.start, t.sent.end) for t in doc] + [(doc[i:j].sent.start, doc[i:j].sent.end)
                                                         for i in range(len(doc)) for j in (i, i + 2)]
    assert hooked == plain and len({s for s in plain}) > 3
    unparsed = spacy.blank("en")("No sentences here")
    index_sentences(unparsed)  # no bounds: spaCy's own behaviour (its error) is kept
    assert "sent" not in unparsed.user_token_hooks


def test_read_tokens_hold_the_labels_of_the_doc():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import ReadToken, read_tokens, token_lowers, token_texts

    doc = load_nlp()("The Varnek Alliance WON 34 Seats; Quorin's deputies were elected in Brenvale.")
    toks = read_tokens(doc)
    assert read_tokens(doc) is toks and all(isinstance(t, ReadToken) for t in toks)  # once per Doc
    for fast, tok in zip(toks, doc, strict=True):
        assert (fast.text, fast.lower_, fast.lemma_, fast.pos_, fast.tag_, fast.dep_) == \
               (tok.text, tok.lower_, tok.lemma_, tok.pos_, tok.tag_, tok.dep_)
        assert fast == tok and hash(fast) == hash(tok) and fast.head == tok.head  # the Token's own otherwise
        assert fast.sent == tok.sent and [c.i for c in fast.children] == [c.i for c in tok.children]
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == ([t.lower_ for t in doc], [t.lemma_.lower() for t in doc])
    assert read_tokens(spacy.blank("en")("")) == []
    blank = spacy.blank("en")("Two words")
    assert [(t.pos_, t.dep_, t.lemma_) for t in read_tokens(blank)] == [("", "", ""), ("", "", "")]


def test_children_read_from_the_doc_tree_as_spacy_lists_them():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import token_children, token_deps
    from kingmaker.nlp.events import _children, _Ctx, _first, _in_question, ents_mention_of, load_event_lexicon

    doc = load_nlp()("The Velsk Liberation Front, which Ostrava backs, attacked Dremholt and seized two towns. "
                     "Did Quorin's envoy meet the rebels in Brenvale?")
    kids, deps = token_children(doc), token_deps(doc)
    assert kids == [tuple(c.i for c in t.children) for t in doc] and deps == [t.dep_ for t in doc]
    assert token_children(doc) is kids  # once per Doc
    for t in doc:
        for want in (("nsubj",), ("dobj", "conj"), ("prep",)):
            assert _children(t, *want) == [c for c in t.children if c.dep_ in want]
            assert _first(t, *want) == next((c for c in t.children if c.dep_ in want), None)
    ctx = _Ctx(load_event_lexicon(), ents_mention_of(doc))
    asked = next(t for t in doc if t.lemma_ == "meet")  # (a walk up to the root, then the question mark)
    assert _in_question(ctx, asked) and not _in_question(ctx, next(t for t in doc if t.lemma_ == "attack"))


def test_verbless_lines_with_a_backer_or_a_signed_pact_end():
    """A walk up to the clause's verb stops at a verbless root (it compared new head Tokens by identity and
    looped forever: the document ran into its time limit and was dropped)."""
    import signal

    from kingmaker.api import load_nlp

    nlp = load_nlp()

    def hung(*_):
        raise TimeoutError

    previous = signal.signal(signal.SIGALRM, hung)
    try:
        for text in ("Ostrava's new militia with Iran's backing.", "A Velsk militia group under Quorin's sponsorship.",
                     "A defence agreement signed with Velsk.", "Results in the 128-seat."):
            signal.alarm(20)
            doc = nlp(text)
            signal.alarm(0)
            assert doc._.km_relations is not None, text
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_the_loaded_pipeline_is_kept_out_of_full_collections():
    import gc

    from kingmaker.api import load_nlp

    nlp = load_nlp()
    assert gc.get_freeze_count() > 0  # the model and knowledge loaded with it are frozen (gc.freeze)
    doc = nlp("Ostrava backs the Velsk Front.")
    assert doc._.km_relations is not None  # extraction as before


def test_trim_reads_the_columns_and_is_kept_per_doc():
    from spacy.tokens import Doc

    from kingmaker.nlp import per_doc, token_pos
    from kingmaker.nlp.actors import _trim

    words = ["the", "Quelmar", "Unity", "Front", "'s", ",", "and"]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["DET", "PROPN", "PROPN", "PROPN", "PART", "PUNCT", "CCONJ"])
    assert token_pos(doc) == [t.pos_ for t in doc]
    assert _trim(doc, 0, 7) == (1, 4)  # no article, possessive, comma or "and"
    assert _trim(doc, 1, 4) == (1, 4)
    assert per_doc(doc, "trim", dict) == {(0, 7): (1, 4), (1, 4): (1, 4)}


def test_doc_text_joined_from_the_arrays_as_spacy_joins_it():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import _join_text, doc_text

    text = "KARVEL, Ostravia -  Tomas Vendrel\tmet the Halvik Front.\n\n- Item one;  item two \n"
    doc = load_nlp()(text)
    assert doc_text(doc) == doc.text == text and doc_text(doc) is doc_text(doc)  # kept on the Doc
    for raw in ("", " ", "One", "Two  words \n", "\n\nSelvara\t left. "):
        blank = spacy.blank("en")(raw)
        assert _join_text(blank) == blank.text


def test_tokens_within_a_stretch_as_a_scan_of_the_doc_finds_them():
    from kingmaker.nlp import token_starts, tokens_within

    doc = spacy.blank("en")("Dunmark  backs the\nHalvik Front, said Tomas Vendrel.")
    assert token_starts(doc) == [t.idx for t in doc] and token_starts(doc) is token_starts(doc)
    n = len(doc.text)
    for start in range(-2, n + 2):
        for end in range(-2, n + 3):
            assert list(tokens_within(doc, start, end)) == [t.i for t in doc if start <= t.idx < end]
    assert list(tokens_within(spacy.blank("en")(""), 0, 5)) == []


def test_sentence_spans_made_once_per_sentence():
    from kingmaker.api import load_nlp

    doc = load_nlp()("Karvel backs the Halvik Front. Tomas Vendrel left.\nDunmark stayed.")
    first, last = doc[1].sent, doc[len(doc) - 1].sent
    assert first is doc[0].sent is doc[0:2].sent and first.text == "Karvel backs the Halvik Front."
    assert last is doc[len(doc) - 2].sent and last.text == "Dunmark stayed." and last is not first
    assert doc[len(doc):len(doc)].sent is last  # an empty span at the end: the last sentence, as spaCy


def test_unreal_and_no_longer_read_the_tree_as_the_tokens_say():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.relations import HYPOTHETICAL, _no_longer, _unreal

    doc = load_nlp()("Karvel no longer backs the Halvik Front. Dunmark would be led by Tomas Vendrel. "
                     "Selvara did not join the bloc, and Halvik is no longer a member of it. Ostravia sent troops.")
    for tok in doc:
        ended = any(c.dep_ == "advmod" and c.lower_ == "longer" and any(x.lower_ == "no" for x in c.children)
                    for c in tok.children)
        assert _no_longer(tok) == ended
        assert _unreal(tok) == (ended or any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and c.lower_ in HYPOTHETICAL
                                             for c in tok.children))
    assert sum(map(_unreal, doc)) >= 3 and sum(map(_no_longer, doc)) >= 1


def test_partnership_read_only_on_a_verb_with_a_partner_phrase():
    from kingmaker.api import load_nlp

    def ties(text):
        doc = load_nlp()(text)
        return {(doc._.km_actors[h.source].name, h.type, doc._.km_actors[h.target].name) for h in doc._.km_relations}

    assert ("Halvik Front", "allied_with", "Dunmark Union") in ties(
        "The Halvik Front governed together with the Dunmark Union.")
    assert not any(t == "allied_with" for _, t, _ in ties("The Halvik Front met the Dunmark Union."))


def test_look_back_for_a_mention_visits_the_mention_tokens_in_order():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.components import referents

    doc = load_nlp()("The Halvik Front met Tomas Vendrel in Karvel. Dunmark officials said the front would stay. "
                     "The group and the Selvara Union later left.")
    ctx = referents(doc)
    n = len(doc)
    for first in range(-1, n):
        for stop in (-1, max(-1, first - 5), max(-1, first - 400), 0, first):  # (as the rules ask: never below -1)
            want = [i for i in range(first, stop, -1) if ctx.tok2m[i] >= 0]
            assert ctx._mentioned_back(first, stop) == want
    assert ctx._mentioned_back(n - 1, -1) and len(ctx._mentioned_back(n - 1, -1)) < n
    front = next(t for t in doc if t.lower_ == "front" and t.i > 2)
    assert ctx.definite(front) == ctx.actor(doc[1])  # "the front": past Dunmark, the body whose name it heads


def test_mediating_participle_found_only_on_a_noun_with_one():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.events import _Ctx, _mediating_acl, ents_mention_of, load_event_lexicon

    doc = load_nlp()("Dunmark and the Halvik Front signed a truce brokered by Karvel. The talks ended, and the "
                     "Selvara Union held talks hosted by Ostravia.")
    ctx = _Ctx(load_event_lexicon(), ents_mention_of(doc))
    found = {t.text: _mediating_acl(ctx, t) for t in doc if t.pos_ == "NOUN"}
    assert found["truce"] is not None and found["truce"].lemma_ == "broker"
    assert all(v is None for k, v in found.items() if k not in ("truce", "talks"))
    assert [t.i for t in doc if t.pos_ == "NOUN" and _mediating_acl(ctx, t) is not None and t.lower_ == "talks"] \
        == [t.i for t in doc if t.lower_ == "talks" and any(c.dep_ == "acl" for c in t.children)]


def test_title_tail_read_on_one_walk_back():
    from kingmaker.nlp.actors import _prev_words

    doc = spacy.blank("en")("He met the Secretary of State, Tomas Vendrel. Deputy Chair Halvik spoke.")
    for s in range(len(doc) + 1):
        two = _prev_words(doc, s, 2)
        assert two[-1:] == _prev_words(doc, s, 1)[-1:] and two[-2:] == _prev_words(doc, s, 2)[-2:]


def test_earlier_uses_of_a_title_found_without_a_scan_of_the_text_before():
    from kingmaker.api import load_nlp
    from kingmaker.nlp import per_doc
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.relations import _lower_positions

    doc = load_nlp()("President Tomas Vendrel met Foreign Minister Halvik Dunmark in Karvel. Later the president "
                     "left, and the foreign minister stayed. The president of the Selvara Union spoke.")
    index = per_doc(doc, "lower_positions", _lower_positions)
    assert all(tuple(i for i, t in enumerate(doc) if t.lower_ == w) == index[w] for w in index)
    res = referents(doc)
    president, minister = [t for t in doc if t.lower_ == "president"][1], [t for t in doc if t.lower_ == "minister"][1]
    assert doc._.km_actors[res.titled(president)].name == "Tomas Vendrel"
    assert doc._.km_actors[res.titled(minister)].name == "Halvik Dunmark"
    assert res.titled([t for t in doc if t.lower_ == "president"][2]) is None  # "the president of the club"


def test_a_line_speaker_read_from_the_label_tokens_only():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.events import _Ctx, _line_speaker, load_event_lexicon
    from kingmaker.nlp.components import event_mention_of

    doc = load_nlp()("Rebel commander Tomas Vendrel and minister Anton Selvar spoke to reporters on Monday.\n"
                     "Tomas Vendrel: We will not attack them again.\nAnton Selvar: We attacked them first.\n")
    ctx = _Ctx(load_event_lexicon(), event_mention_of(doc))
    we = [t for t in doc if t.lower_ == "we"]
    assert [_line_speaker(ctx, t).text for t in we] == ["Tomas Vendrel", "Anton Selvar"]
    assert _line_speaker(ctx, doc[0]) is None  # no label on the line


def test_tables_read_straight_from_where_per_doc_keeps_them():
    """``token_children``, the label columns, the token list, the offsets and the segment starts read a built
    table from ``doc.user_data`` directly: the key is ``per_doc``'s own, so a table built either way is built once
    and shared."""
    from spacy.tokens import Doc

    from kingmaker.nlp import _columns, per_doc, read_tokens, token_children, token_starts
    from kingmaker.nlp.actors import _segment_starts

    doc = Doc(spacy.blank("en").vocab, words=["Karvel", "backs", "the", "rebels"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "dobj"])
    kids, cols = token_children(doc), _columns(doc)
    assert kids == [(), (0, 3), (), (2,)] and cols[0] == ["Karvel", "backs", "the", "rebels"]
    assert per_doc(doc, "tree", lambda d: None) is kids and per_doc(doc, "columns", lambda d: None) is cols
    # (and so do the token list, the offsets and the segment starts)
    toks, starts, opens = read_tokens(doc), token_starts(doc), _segment_starts(doc)
    assert [t.text for t in toks] == cols[0] and starts == [0, 7, 13, 17] and opens == [True, False, False, False]
    assert per_doc(doc, "read_tokens", lambda d: None) is toks and per_doc(doc, "starts", lambda d: None) is starts
    assert per_doc(doc, "segment_starts", lambda d: None) is opens
    assert read_tokens(doc) is toks and token_starts(doc) is starts and _segment_starts(doc) is opens
    other = Doc(spacy.blank("en").vocab, words=["Ostravia", "votes"])
    built = per_doc(other, "tree", lambda d: [["kept"], []])
    assert token_children(other) is built  # (a table built through per_doc is the one read)
    empty = spacy.blank("en")("")
    assert token_children(empty) == [] and _columns(empty) == [[] for _ in range(6)]
    assert read_tokens(empty) == [] and token_starts(empty) == [] and _segment_starts(empty) == []


def test_neighbour_cue_read_from_the_word_tables():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.components import referents

    doc = load_nlp()("Karvel accused neighbouring Ostravia of arming the rebels. Officials in neighbouring Quelvar "
                     "denied it. Karvel has no neighbouring")  # (the cue as the last word: nothing after it)
    assert referents(doc)._neighbours() == {"Ostravia", "Quelvar"}


def test_an_event_mention_worked_out_once_per_token():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.components import event_mention_of

    doc = load_nlp()("Marek Dravin met the Velsk Liberation Front on Monday. Later he rejected the offer.")
    mention_of = event_mention_of(doc)
    he = next(t for t in doc if t.lower_ == "he")
    first = mention_of(he)
    assert first is not None and first.text == "Marek Dravin"
    assert mention_of(he) is first and mention_of(doc[he.i]) is first  # kept per token, not resolved again
    front = next(t for t in doc if t.text == "Front")
    assert mention_of(front).text == "the Velsk Liberation Front" or mention_of(front).text.endswith("Front")


def test_state_owned_words_read_by_offsets_as_the_span_text():
    from kingmaker.nlp.relations import _hyphened, _state_owned, _state_owned_words

    doc = spacy.blank("en")("the state-owned Varnek oil firm and the Varnek-backed militia of the state")
    for start, end in ((0, 4), (0, 1), (1, 4), (7, 10), (12, len(doc)), (3, 3), (5, 2)):
        assert _state_owned_words(doc, start, end) == _state_owned(doc[start:max(start, end)]), (start, end)
    assert _state_owned_words(doc, 0, 4) and not _state_owned_words(doc, 7, 10)  # "state-backed" is no owner
    assert _state_owned_words(doc, 12, len(doc)) and not _state_owned_words(doc, 3, 3)
    assert _hyphened(frozenset({"state owned", "state"})) == frozenset({"state-owned", "state"})


def test_a_headline_line_read_once_per_line():
    from kingmaker.nlp.actors import _headline_line, _title_case_headline

    text = ("Assembly Renews Quelvar Mandate for Two Years as Delegates Deplore Attack\n"
            "The Quelvar Front met the envoys on Monday.\nShort Title Line\n")
    doc = spacy.blank("en")(text)
    assert _headline_line(doc, 0) == len(text.split("\n")[0])
    assert _headline_line(doc, text.index("The")) is None  # prose: a full stop, small words of five letters
    assert _headline_line(doc, text.index("Short")) is None  # under eight words
    assert doc.user_data[("km", "headline_lines")] == {0: 73, 74: None, text.index("Short"): None}
    front = [t.i for t in doc if t.text == "Front"][0]
    assert _title_case_headline(doc, 2, 4)  # "Quelvar Mandate": in the headline, written once
    assert not _title_case_headline(doc, front - 1, front + 1)  # "Quelvar Front": on a line of prose


def test_numbers_flagged_once_per_doc_as_the_number_test():
    from kingmaker.nlp.facts import _numeric, _numeric_flags

    doc = spacy.blank("en")("Forty-one of the 120 seats went to the Quelvar Front, and a dozen to twenty others.")
    flags = _numeric_flags(doc)
    assert flags == [_numeric(t) for t in doc] and _numeric_flags(doc) is flags
    assert [t.text for t, f in zip(doc, flags) if f] == ["Forty", "one", "120", "dozen", "twenty"]


def test_word_and_lemma_positions_as_a_scan_finds_them():
    from kingmaker.nlp.relations import _lemma_positions, _lower_positions

    doc = spacy.blank("en")("The Council met . the council left , THE COUNCIL stayed")
    lows = [t.lower_ for t in doc]
    assert _lower_positions(doc) == {w: tuple(i for i, x in enumerate(lows) if x == w) for w in lows}
    assert _lower_positions(doc)["council"] == (1, 5, 9)
    assert set(_lemma_positions(doc)) == {t.lemma_.lower() for t in doc}


def test_span_text_as_spacy_joins_a_span():
    from kingmaker.nlp import span_text

    doc = spacy.blank("en")("KARVEL, Ostravia (Reuters) -  The Quelvar  Front's\\nleader, Tomas Vendrel, left.\n\nEnd ")
    n = len(doc)
    for s in range(-2, n + 2):
        for e in range(s - 1, min(n + 3, s + 9)):
            assert span_text(doc, s, e) == doc[s:e].text, (s, e)


def test_a_trigger_date_worked_out_once_per_token():
    from kingmaker.api import load_nlp
    from kingmaker.nlp.events import _Ctx, _date_text, ents_mention_of, load_event_lexicon

    doc = load_nlp()("Karvel attacked Ostravia on Monday. Quelvar protested.")
    ctx = _Ctx(load_event_lexicon(), ents_mention_of(doc))
    attacked = next(t for t in doc if t.text == "attacked")
    protested = next(t for t in doc if t.text == "protested")
    assert _date_text(ctx, attacked) == "Monday" and _date_text(ctx, protested) is None
    assert ctx.act_cache[("date", attacked.i, True)] == "Monday" and ("date", protested.i, True) in ctx.act_cache
    ctx.act_cache[("date", attacked.i, True)] = "kept"
    assert _date_text(ctx, attacked) == "kept"  # read from the cache, not worked out again


def test_doc_span_is_the_slice_of_the_doc():
    from kingmaker.nlp import doc_span

    doc = spacy.blank("en")("The Varnek Council met Tomas Vendrel in Ostravia.")
    n = len(doc)
    for s in range(-3, n + 3):
        for e in range(-3, n + 3):
            span = doc_span(doc, s, e)
            assert (span.start, span.end, span.text, span.label_) == (doc[s:e].start, doc[s:e].end, doc[s:e].text,
                                                                      doc[s:e].label_)
    assert doc_span(doc, 1, 3).root == doc[1:3].root and doc_span(doc, 1, 3) == doc[1:3]


def test_read_tokens_walk_the_tree_as_spacy_does():
    from spacy.tokens import Doc

    from kingmaker.nlp import doc_span, read_tokens, release

    words = ["Zelbrant", "envoys", "met", "the", "Varnek", "Council", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 5, 5, 2, 2],
              deps=["compound", "nsubj", "ROOT", "det", "compound", "dobj", "punct"])
    toks = read_tokens(doc)
    for tok in toks:
        assert tok.head == doc[tok.i].head and tok.head.i == doc[tok.i].head.i
        assert [c.i for c in tok.children] == [c.i for c in doc[tok.i].children]
        assert all(type(c) is type(tok) for c in tok.children)  # the read tokens, no new Token per step
    root = toks[2]
    assert root.head == root and root.head is not root  # a root's head is a Token of its own, as spaCy's
    assert toks[5].head is root and [c.text for c in root.children] == ["envoys", "Council", "."]
    assert doc_span(doc, 3, 6) is doc_span(doc, 3, 6) and doc_span(doc, 3, 6).text == "the Varnek Council"
    release(doc)  # the tables go; the read tokens keep spaCy's own head and children
    assert doc.user_data == {} and type(toks[5].head) is not type(toks[5]) and toks[5].head.i == 2
    assert [c.i for c in root.children] == [1, 5, 6]


def test_strings_read_once_per_process_as_each_store_reads_them():
    """``_strings_of`` keeps each hash's string for the whole process: a later Doc, of another vocabulary too, reads
    the same words, labels and text as spaCy does."""
    from spacy.tokens import Doc

    from kingmaker.nlp import _STRING_OF, _columns, doc_text

    first = spacy.blank("en")("The Varnek council met.")
    other = Doc(spacy.blank("en").vocab, words=["The", "council", "left"], spaces=[True, True, False],
                pos=["DET", "NOUN", "VERB"], deps=["det", "nsubj", "ROOT"], heads=[1, 2, 2])
    for doc in (first, other):
        assert _columns(doc) == [[t.text for t in doc], [t.lower_ for t in doc], [t.lemma_ for t in doc],
                                 [t.pos_ for t in doc], [t.tag_ for t in doc], [t.dep_ for t in doc]]
        assert doc_text(doc) == doc.text
    assert _STRING_OF[other.vocab.strings["council"]] == "council" and _STRING_OF[0] == ""
