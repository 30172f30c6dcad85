"""The pipeline's stages are spaCy components: each declares what it needs and sets, in order, and the
stages after the actors share one phrase and pronoun resolver per document (real English pipeline)."""
from __future__ import annotations

import pytest

from kingmaker.nlp.components import STAGES
from kingmaker.nlp.relations import PhraseResolver

pytestmark = pytest.mark.model

TEXT = ("Hassan Darwish, the head of the Free Homeland Movement, met Tolvan officials in Ostravia on Monday. "
        "He said the movement would attack the Brenn Front. The Unity Party won forty-one seats.")


def test_stages_are_components_in_order_with_requires_and_assigns(nlp):
    names = nlp.pipe_names
    assert STAGES == ("kingmaker_referents", "kingmaker_relations", "kingmaker_events", "kingmaker_learned_pairs",
                      "kingmaker_facts")
    assert names.index("ner") < names.index("kingmaker_actors")
    assert names[names.index("kingmaker_actors"):] == ["kingmaker_actors", *STAGES]
    meta = {n: nlp.get_pipe_meta(n) for n in ["kingmaker_actors", *STAGES]}
    assert "doc._.km_actors" in meta["kingmaker_actors"].assigns
    assert "doc._.km_mentions" in meta["kingmaker_referents"].requires
    assert meta["kingmaker_referents"].assigns == ["doc._.km_resolver"]
    for stage, attr in (("kingmaker_relations", "km_relations"), ("kingmaker_events", "km_events"),
                        ("kingmaker_facts", "km_facts")):
        assert "doc._.km_resolver" in meta[stage].requires
        assert meta[stage].assigns == [f"doc._.{attr}"]
    # the learned stage reads what the rules found and adds to it
    assert meta["kingmaker_learned_pairs"].requires == ["doc._.km_relations", "doc._.km_events"]
    assert meta["kingmaker_learned_pairs"].assigns == ["doc._.km_relations", "doc._.km_events"]
    # spaCy's own check: every attribute a component requires is set by one before it
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_one_resolver_per_document_shared_by_the_stages(nlp, monkeypatch):
    built = []
    real_init = PhraseResolver.__init__

    def counting(self, doc):
        built.append(self)
        real_init(self, doc)

    monkeypatch.setattr(PhraseResolver, "__init__", counting)
    docs = list(nlp.pipe([TEXT, "Iran met Iraq. It said it backs the Brenn Front."]))
    assert len(built) == 2
    assert [d._.km_resolver for d in docs] == built


def test_stage_results_are_on_the_doc_and_become_the_extraction(nlp):
    from kingmaker.model import Document
    from kingmaker.nlp.to_model import doc_to_extraction

    doc = nlp(TEXT)
    actors = doc._.km_actors
    names = {(actors[h.source].name, h.type, actors[h.target].name) for h in doc._.km_relations}
    assert ("Hassan Darwish", "leader_of", "Free Homeland Movement") in names
    assert any(h.type == "THREATEN" for h in doc._.km_events)
    assert ("Unity Party", "seats", 41) in {(actors[f.actor].name, f.key, f.value) for f in doc._.km_facts}
    ex = doc_to_extraction(Document(id="t", text=TEXT), doc)
    by_id = {a.id: a.name for a in ex.actors}
    assert ("Hassan Darwish", "leader_of", "Free Homeland Movement") in {
        (by_id[r.source], r.type, by_id[r.target]) for r in ex.relations}
    assert ("Unity Party", "seats", 41) in {(by_id[f.actor], f.key, f.value) for f in ex.facts}
    assert any(e.type == "THREATEN" for e in ex.events)


def test_a_bare_title_in_an_event_is_the_one_person_named_with_it(nlp):
    from kingmaker.model import Document
    from kingmaker.nlp.to_model import doc_to_extraction

    text = ("OSTRAVA, May 5 - President Lena Varga received General Arno Brisk, Norway's defence minister, on "
            "Monday. The President spoke by telephone with the chief executive of Nordplast, Karl Ulven, on Thursday.")
    ex = doc_to_extraction(Document(id="t", text=text), nlp(text))
    by_id = {a.id: a.name for a in ex.actors}
    spoke = [e for e in ex.events if e.trigger == "spoke"]
    assert spoke and by_id.get(spoke[0].source) == "Lena Varga"
    # two presidents named before: "the President" stays unknown
    text = ("President Lena Varga met President Karl Ulven in Ostrava on Monday. The President spoke by "
            "telephone with the chief executive of Nordplast, Arno Brisk, on Thursday.")
    ex = doc_to_extraction(Document(id="t", text=text), nlp(text))
    assert all(e.source is None for e in ex.events if e.trigger == "spoke")


def test_a_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before(nlp):
    from kingmaker.nlp.components import referents
    doc = nlp("The Vell Liberation Army took up arms in 2023 after the government dissolved the Vell Regional "
              "Council. Its commander, Colonel Omar Tahir, lives in exile.")
    res = referents(doc)
    its = next(t for t in doc if t.text == "Its")
    assert doc._.km_actors[res.pronoun_actor(its)].name == "Vell Liberation Army"


def test_the_resolver_finds_what_a_described_phrase_points_to(nlp):
    from kingmaker.nlp.components import referents
    doc = nlp("President Ivo Dren met the envoys on Monday. Fighters loyal to Omar Tahir shelled the town, and "
              "a government led by Dren protested. The President said he would respond.")
    res = referents(doc)
    fighters = next(t for t in doc if t.text == "Fighters")
    government = next(t for t in doc if t.text == "government")
    assert res.described_owner(fighters).text == "Tahir"
    assert res.described_owner(government).text == "Dren"
    president = [t for t in doc if t.text == "President"][-1]
    assert doc._.km_actors[res.titled(president)].name == "Ivo Dren"


def test_the_resolver_finds_the_speaker_a_reported_pronoun_stands_for(nlp):
    from kingmaker.nlp.components import referents
    doc = nlp("The Dawn Movement said it rejected the offer made by Kelmar.")
    res = referents(doc)
    it = next(t for t in doc if t.text == "it")
    assert res.reported_speaker(it).text == "Movement"


def test_noun_phrases_resolve_alike_for_every_layer(nlp):
    from kingmaker.nlp.components import referents
    doc = nlp("President Ivo Dren met the envoys on Monday. Fighters loyal to Omar Tahir shelled the town. "
              "The President said he would respond.")
    res = referents(doc)
    fighters = next(t for t in doc if t.text == "Fighters")
    president = [t for t in doc if t.text == "President"][-1]
    assert doc._.km_actors[res.np_actor(fighters)].name == "Omar Tahir"
    assert doc._.km_actors[res.np_actor(president)].name == "Ivo Dren"


def test_a_partitive_object_is_the_count_the_noun_completes():
    """"two of their positions": the counted noun's owner owns the count (constructed parse, no model)."""
    import spacy
    from spacy.tokens import Doc

    from kingmaker.nlp.components import partitive_object

    words = ["Rebels", "shelled", "two", "of", "their", "positions", "and", "the", "trucks"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 1, 8, 1],
              deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "cc", "det", "conj"],
              pos=["NOUN", "VERB", "NUM", "ADP", "PRON", "NOUN", "CCONJ", "DET", "NOUN"])
    assert partitive_object(doc[5]).i == 2
    assert partitive_object(doc[8]).i == 8  # no count: the noun itself
    assert partitive_object(doc[2]).i == 2
