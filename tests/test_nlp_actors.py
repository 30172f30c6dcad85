"""Actor-layer rules on hand-built Docs (no model): each test names the rule it checks."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kingmaker.nlp.actors import document_states


def make_doc(words: list[str], pos: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_a_place_whose_adjective_governs_an_army_is_a_state():
    doc = make_doc(["Troops", "entered", "Ostravia", ".", "The", "Ostravian", "army", "said", "so", "."],
                   ["NOUN", "VERB", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "ADV", "PUNCT"],
                   [(2, 3, "GPE")])
    states = document_states(doc)
    assert states["ostravia"] == "Ostravia"
    assert states["ostravian"] == "Ostravia"


def test_an_adjective_is_added_only_before_a_noun_and_only_for_its_own_state():
    from kingmaker.nlp.actors import _used_adjectives
    doc = make_doc(["Two", "Vorlessan", "soldiers", "and", "the", "Vorlessan", "Rally", "met", "Kemran", "envoys", "."],
                   ["NUM", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "PROPN", "VERB", "ADJ", "NOUN", "PUNCT"], [])
    assert _used_adjectives(doc, {"vorlessa": "Vorlessa"}) == {"vorlessan": "Vorlessa"}
    assert _used_adjectives(doc, {"vorlessa": "Vorlessa", "kemra": "Kemra"}) == {
        "vorlessan": "Vorlessa", "kemran": "Kemra"}
    assert _used_adjectives(doc, {"tarvel": "Tarvel"}) == {}  # derives nothing the text uses


def test_a_possessive_before_a_numbered_legislature_is_a_state():
    doc = make_doc(["Velmar", "'s", "120", "-", "seat", "parliament", "met", "."],
                   ["PROPN", "PART", "NUM", "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"], [(0, 1, "GPE")])
    states = document_states(doc)
    assert states["velmar"] == "Velmar"
    assert states["velmari"] == "Velmar"  # its adjective too


def test_a_town_without_state_evidence_stays_a_place():
    doc = make_doc(["Fighters", "entered", "Dunmara", "and", "Dunmara", "'s", "market", "."],
                   ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PART", "NOUN", "PUNCT"], [(2, 3, "GPE"), (4, 5, "GPE")])
    assert document_states(doc) == {}


def test_a_persons_surname_is_no_state():
    doc = make_doc(["Marek", "Tolvan", "spoke", ".", "The", "Tolvan", "government", "fell", "in", "Tolvan", "."],
                   ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
                   [(0, 2, "PERSON"), (9, 10, "GPE")])
    assert document_states(doc) == {}


def test_a_partys_officials_do_not_make_it_a_state():
    doc = make_doc(["Dunmara", "officials", "said", "so", "."], ["PROPN", "NOUN", "VERB", "ADV", "PUNCT"],
                   [(0, 1, "GPE")])
    assert document_states(doc) == {}


def test_bracketed_acronyms_fit_translated_and_foreign_names():
    from kingmaker.nlp.actors import _acronym_fits

    assert _acronym_fits("CDP", "Crimson Dawn Party")
    assert _acronym_fits("CTRN", "Transitional Council for National Renewal")  # initials of the original order
    assert _acronym_fits("FACL", "Frente Amplio de Campesinos Libres")  # a foreign particle skipped
    assert not _acronym_fits("XYZ", "Crimson Dawn Party")


def test_upper_case_label_lines_and_menus_are_page_furniture():
    from kingmaker.nlp.actors import _page_furniture

    nlp = spacy.blank("en")
    doc = nlp("Home | World | Login\nREACTION\nMarek Tolvan spoke in Vesk.")
    furniture = {doc[i].text for i in _page_furniture(doc)}
    assert {"Home", "World", "Login", "REACTION"} <= furniture
    assert not furniture & {"Marek", "Tolvan", "Vesk"}


def test_the_president_of_an_unknown_name_makes_it_a_state():
    doc = make_doc(["Marek", "Tolvan", "is", "president", "of", "Velmaria", "."],
                   ["PROPN", "PROPN", "AUX", "NOUN", "ADP", "PROPN", "PUNCT"], [(0, 2, "PERSON")])
    assert document_states(doc)["velmaria"] == "Velmaria"


def test_a_place_owning_a_named_armed_group_is_a_state():
    doc = make_doc(["Freedonia", "'s", "Falcon", "Brigade", "attacked", "."],
                   ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PUNCT"], [(0, 1, "GPE"), (2, 4, "ORG")])
    assert document_states(doc)["freedonia"] == "Freedonia"


def test_a_country_like_name_tagged_as_an_organisation_is_a_state_when_it_owns_an_armed_group():
    doc = make_doc(["Kessaria", "'s", "Iron", "Guard", "shelled", "Vesk", "."],
                   ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"], [(0, 4, "ORG"), (5, 6, "GPE")])
    states = document_states(doc)
    assert states["kessaria"] == "Kessaria"
    assert "vesk" not in states


def test_a_name_tagged_as_a_person_that_owns_a_capital_or_a_general_election_is_a_state():
    doc = make_doc(["Kessmora", "'s", "capital", "was", "calm", ".", "Drevania", "'s", "general", "election", "ended",
                    "."],
                   ["PROPN", "PART", "NOUN", "AUX", "ADJ", "PUNCT", "PROPN", "PART", "ADJ", "NOUN", "VERB", "PUNCT"],
                   [(0, 1, "PERSON"), (6, 7, "ORG")])
    states = document_states(doc)
    assert states["kessmora"] == "Kessmora"
    assert states["drevania"] == "Drevania"


def test_a_name_tagged_as_a_person_that_owns_a_government_stays_a_name():
    doc = make_doc(["Kessmora", "'s", "government", "fell", "."], ["PROPN", "PART", "NOUN", "VERB", "PUNCT"],
                   [(0, 1, "PERSON")])
    assert document_states(doc) == {}


def test_the_people_or_government_of_a_name_tagged_as_a_person_make_it_a_state():
    doc = make_doc(["The", "people", "of", "Marvessa", "voted", "."], ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                   [(3, 4, "PERSON")])
    assert document_states(doc)["marvessa"] == "Marvessa"
    doc = make_doc(["The", "government", "of", "Marvessa", "fell", "."],
                   ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], [(3, 4, "PERSON")])
    assert document_states(doc)["marvessa"] == "Marvessa"


def test_the_government_of_a_name_the_text_calls_a_person_stays_a_name():
    doc = make_doc(["Mr", "Dastrel", "spoke", ".", "The", "government", "of", "Dastrel", "fell", "."],
                   ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
                   [(1, 2, "PERSON"), (7, 8, "PERSON")])
    assert document_states(doc) == {}


def test_a_name_tagged_as_a_person_owning_a_new_constitution_is_a_state():
    doc = make_doc(["Kessmora", "'s", "new", "constitution", "passed", "."],
                   ["PROPN", "PART", "ADJ", "NOUN", "VERB", "PUNCT"], [(0, 1, "PERSON")])
    assert document_states(doc)["kessmora"] == "Kessmora"


def test_a_name_tagged_as_an_organisation_or_a_person_called_a_country_is_a_state():
    for label in ("ORG", "PERSON"):
        doc = make_doc(["Kestrin", ",", "a", "country", "of", "9", "million", ",", "voted", "."],
                       ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "NUM", "NUM", "PUNCT", "VERB", "PUNCT"],
                       [(0, 1, label)])
        assert document_states(doc)["kestrin"] == "Kestrin"
    doc = make_doc(["Ms", "Kestrin", "spoke", ".", "Kestrin", ",", "a", "country", "singer", ",", "sang", "."],
                   ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB",
                    "PUNCT"], [(1, 2, "PERSON"), (4, 5, "PERSON")])
    assert document_states(doc) == {}
    doc = make_doc(["Kestrin", ",", "a", "country", "singer", ",", "sang", "."],
                   ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"], [(0, 1, "PERSON")])
    assert document_states(doc) == {}


def test_an_adjective_tagged_as_a_person_governing_a_government_is_a_state_when_its_place_is_named():
    words = ["Talks", "with", "Dorvassa", "stalled", ".", "The", "Dorvassan", "government", "said", "."]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT"]
    states = document_states(make_doc(words, pos, [(6, 7, "PERSON")]))
    assert states["dorvassan"] == "Dorvassa"
    assert states["dorvassa"] == "Dorvassa"
    # the adjective alone (a surname from a place, a people) needs a state's institution, not a government
    assert document_states(make_doc(words[5:], pos[5:], [(1, 2, "PERSON")])) == {}
    # a word of a person's full name is his
    words2 = ["Talks", "with", "Dorvassa", "stalled", ".", "Omar", "Dorvassan", "government", "said", "."]
    assert document_states(make_doc(words2, pos, [(5, 7, "PERSON")])) == {}


def test_a_word_of_a_persons_name_is_no_state_even_owning_a_capital_but_its_adjective_proves_one():
    doc = make_doc(["Marek", "Tolvan", "spoke", ".", "Tolvan", "'s", "capital", "fell", "."],
                   ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
                   [(0, 2, "PERSON"), (4, 5, "GPE")])
    assert document_states(doc) == {}
    doc = make_doc(["Forward", "Brelovia", "won", "in", "Brelovia", ".", "The", "Brelovian", "parliament", "met", "."],
                   ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT"],
                   [(0, 2, "PERSON"), (4, 5, "ORG")])
    assert document_states(doc)["brelovian"] == "Brelovia"


def test_a_first_name_the_ner_took_for_a_place_joins_the_surnames_it_is_a_compound_of():
    from kingmaker.nlp.actors import _candidates

    nlp = spacy.blank("en")
    words = ["a", "clan", "run", "by", "Marisela", "Quintero", "Bañuelos", "from", "the", "port", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
              heads=[1, 1, 1, 2, 6, 6, 3, 2, 9, 7, 1],
              deps=["det", "ROOT", "acl", "agent", "compound", "compound", "pobj", "prep", "det", "pobj", "punct"])
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    assert (4, 7, "EXT:PERSON") in _candidates(doc)
    # a place with a place noun after it stays a place
    words = ["troops", "left", "Dunmara", "Valley", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT"], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "compound", "dobj", "punct"])
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    assert not any(lab == "EXT:PERSON" for _, _, lab in _candidates(doc))


def test_what_a_leader_leads_is_voted_a_body_even_when_tagged_as_a_person():
    from kingmaker.nlp.actors import _votes

    nlp = spacy.blank("en")
    words = ["the", "leader", "of", "Onward", "Brelovia", "spoke", "."]
    doc = Doc(nlp.vocab, words=words, pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"],
              heads=[1, 5, 1, 4, 2, 5, 5], deps=["det", "nsubj", "prep", "compound", "pobj", "ROOT", "punct"],
              lemmas=["the", "leader", "of", "Onward", "Brelovia", "speak", "."])
    v = _votes(doc, 3, 5, "PERSON")
    assert v["organization"] > v["person"]


def test_a_state_named_only_by_its_adjective_before_its_parliament_is_found():
    doc = make_doc(["The", "Freedonian", "parliament", "met", "."], ["DET", "ADJ", "NOUN", "VERB", "PUNCT"],
                   [(1, 2, "NORP")])
    states = document_states(doc)
    assert states["freedonian"] == "Freedonia"
    assert states["freedonia"] == "Freedonia"


def test_an_adjective_before_a_government_or_a_leaders_surname_is_no_state():
    doc = make_doc(["A", "Kelmari", "government", "and", "a", "Maronite", "president", "."],
                   ["DET", "ADJ", "NOUN", "CCONJ", "DET", "ADJ", "NOUN", "PUNCT"], [(1, 2, "NORP"), (5, 6, "NORP")])
    assert document_states(doc) == {}
    doc = make_doc(["Vlado", "Petrovski", "won", ".", "A", "Petrovski", "army", "."],
                   ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT"], [(0, 2, "PERSON")])
    assert document_states(doc) == {}


def test_the_commander_named_in_apposition_after_by_is_voted_a_person():
    from kingmaker.nlp.actors import _votes

    nlp = spacy.blank("en")
    words = ["a", "force", "commanded", "by", "a", "major", ",", "Octavo", "Ruiz", "Vela", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"],
              heads=[1, 1, 1, 2, 5, 3, 5, 9, 9, 5, 1],
              deps=["det", "ROOT", "acl", "agent", "det", "pobj", "punct", "compound", "compound", "appos", "punct"],
              lemmas=["a", "force", "command", "by", "a", "major", ",", "Octavo", "Ruiz", "Vela", "."])
    v = _votes(doc, 7, 10, "ORG")
    assert v["person"] > v["organization"]


def test_a_name_in_apposition_to_an_alliance_is_voted_a_body_even_when_tagged_as_a_person():
    from kingmaker.nlp.actors import _votes

    nlp = spacy.blank("en")
    words = ["Unity", "Framework", ",", "the", "alliance", "of", "parties", ",", "said", "so", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"],
              heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 8, 8],
              deps=["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "ROOT", "advmod", "punct"],
              lemmas=["Unity", "Framework", ",", "the", "alliance", "of", "party", ",", "say", "so", "."])
    v = _votes(doc, 0, 2, "PERSON")
    assert v["organization"] > v["person"]


def test_a_name_tagged_as_an_organisation_owning_a_president_or_capital_stays_a_name():
    doc = make_doc(["Zentragaz", "'s", "president", "spoke", ".", "Zentragaz", "'s", "capital", "rose", "."],
                   ["PROPN", "PART", "NOUN", "VERB", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PUNCT"],
                   [(0, 1, "ORG"), (5, 6, "PERSON")])
    assert document_states(doc) == {}
    doc = make_doc(["Zentragaz", "'s", "federal", "government", "spoke", "."],
                   ["PROPN", "PART", "ADJ", "NOUN", "VERB", "PUNCT"], [(0, 1, "ORG")])
    assert document_states(doc)["zentragaz"] == "Zentragaz"


def _orgs(*names_per_actor):
    from collections import Counter

    from kingmaker.nlp.actors import LocalActor
    return [LocalActor(i, "organization", None, f"org:{i}", names=Counter(ns)) for i, ns in enumerate(names_per_actor)]


def test_an_org_name_fitting_two_organisations_joins_neither():
    from kingmaker.nlp.actors import _match_org
    orgs = _orgs(["Green Party"], ["Green League"])
    assert _match_org("Greens", orgs) is None
    assert _match_org("Green Party", orgs) is orgs[0]


def test_a_shared_alias_does_not_bring_a_body_of_the_same_stem_into_an_organisation():
    from kingmaker.nlp.actors import _match_org
    orgs = _orgs(["Greens", "Green Party"])  # "the Greens" read first, then the party's name
    assert _match_org("Green League", orgs) is None
    orgs = _orgs(["Tarsi", "Tarsi Movement"])
    assert _match_org("Tarsi Brigades", orgs) is None
    assert _match_org("Tarsi movement", orgs) is orgs[0]


def test_a_lone_first_name_that_is_also_another_persons_inner_name_stays_apart():
    from collections import Counter

    from kingmaker.nlp.actors import LocalActor, _match_person
    persons = [LocalActor(0, "person", None, "person:idris karan velo", names=Counter(["Idris Karan Velo"])),
               LocalActor(1, "person", None, "person:karan oduya", names=Counter(["Karan Oduya"]))]
    assert _match_person("karan", persons) is None  # the first one's father's name, or the second's given name
    assert _match_person("oduya", persons) is persons[1]
    assert _match_person("idris", persons) is persons[0]


def test_a_full_name_sharing_only_the_initials_of_an_organisation_is_another():
    from kingmaker.nlp.actors import _match_org
    orgs = _orgs(["Karsk Liberation Movement", "KLM"])
    assert _match_org("Karsk Labour Movement", orgs) is None
    assert _match_org("KLM", orgs) is orgs[0]
    orgs = _orgs(["KLM"])  # the initials alone met first: the full name spells them out
    assert _match_org("Karsk Labour Movement", orgs) is orgs[0]


def test_father_and_son_of_one_name_stay_apart():
    from collections import Counter

    from kingmaker.nlp.actors import LocalActor, _match_person
    persons = [LocalActor(0, "person", None, "person:ahmed karsi senior", names=Counter(["Ahmed Karsi Senior"]))]
    assert _match_person("ahmed karsi", persons) is None


def test_one_core_under_two_capitalised_heads_is_two_bodies_in_one_text():
    from kingmaker.nlp.actors import _match_org
    orgs = _orgs(["Dawn Movement"])
    assert _match_org("Dawn Party", orgs) is None
    assert _match_org("Dawn party", orgs) is orgs[0]  # a description of the movement


def test_places_without_a_key_stay_one_actor_per_name():
    import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
    from kingmaker.nlp.actors import MentionInfo, _cluster
    doc = make_doc(["Puntvale", "and", "Somvale", "cut", "ties", "."],
                   ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"], [(0, 1, "GPE"), (2, 3, "GPE")])
    mentions = [MentionInfo(0, 1, "Puntvale", "Puntvale", "GPE", "place"),
                MentionInfo(2, 3, "Somvale", "Somvale", "GPE", "place")]
    actors = _cluster(doc, mentions)
    assert len(actors) == 2 and mentions[0].actor != mentions[1].actor


def test_a_defined_acronym_the_tagger_missed_is_the_organisation():
    import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
    from kingmaker.nlp.actors import MentionInfo, _acronym_definitions
    doc = make_doc(["The", "Vell", "Army", "(", "VA", ")", "attacked", ".", "The", "VA", "fled", "."],
                   ["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB",
                    "PUNCT"], [(1, 3, "ORG")])
    mentions = [MentionInfo(1, 3, "Vell Army", "Vell Army", "ORG", "organization")]
    _acronym_definitions(doc, mentions)
    later = [m for m in mentions if m.start == 9]
    assert len(later) == 1 and later[0].key == "acr->0" and later[0].kind == "organization"


def test_a_word_after_a_person_cue_or_in_a_sentence_with_he_is_named_as_a_person():
    from kingmaker.nlp.actors import _named_as_person

    words = ["Gen", ".", "Marvessa", "spoke", ".", "Ostravia", "said", "he", "left", ".", "Marn", "waited", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[True, False, False, False, False, True, False, False, False, False, True, False, False])
    assert _named_as_person(doc, "marvessa")  # after a title (the full stop skipped)
    assert _named_as_person(doc, "ostravia")  # in the sentence of "he"
    assert not _named_as_person(doc, "marn")


def test_a_name_joined_by_a_comma_to_a_state_is_cut_there():
    from kingmaker.nlp.actors import _split_possessive

    blank = spacy.blank("en")
    doc = blank("in the National Veche, Kuwait parliament")
    assert _split_possessive(doc, 2, 6) == [(2, 4), (5, 6)]
    doc = blank("in the National Veche, Tarsk Region")  # a place that is no state: left alone
    assert _split_possessive(doc, 2, 7) == [(2, 7)]


def test_a_title_case_headline_holds_no_name_the_body_does_not_repeat():
    from kingmaker.nlp.actors import _title_case_headline

    doc = spacy.blank("en")("Assembly Renews Karvel Mandate for Two Years, as Delegates Deplore Attack on Envoys\n\n"
                            "The Karvel Unity Party said the Assembly acted. Karvel Unity Party members left.")
    words = [t.text for t in doc]
    delegates = words.index("Delegates")
    assert _title_case_headline(doc, delegates, delegates + 3)  # "Delegates Deplore Attack"
    assert _title_case_headline(doc, 0, 3)  # "Assembly Renews Karvel"
    party = words.index("Unity") - 1
    assert not _title_case_headline(doc, party, party + 3)  # a sentence, not a headline
    doc = spacy.blank("en")("Chair of the Karvel Women's Association and of its Youth Wing: Tomas Vendrel")
    assert not _title_case_headline(doc, 3, 6)  # a label line ("Chair ...: name")


def test_a_sentences_opening_participle_and_article_are_no_part_of_the_name():
    from kingmaker.nlp.actors import _trim_at

    doc = Doc(spacy.blank("en").vocab, words=["Addressing", "the", "Assembly", "after", "the", "debate"],
              pos=["VERB", "DET", "PROPN", "ADP", "DET", "NOUN"])
    assert _trim_at(doc, 0, 3) == (2, 3)
    doc = Doc(spacy.blank("en").vocab, words=["the", "Shining", "Path"], pos=["DET", "PROPN", "PROPN"])
    assert _trim_at(doc, 0, 3) == (1, 3)  # a name's own word in -ing stays


def test_a_party_of_a_titled_leader_stops_before_the_title():
    from kingmaker.nlp.actors import _join_of_names, _titled_leader_after_of

    doc = Doc(spacy.blank("en").vocab,
              words=["the", "Green", "Movement", "of", "Parliament", "Speaker", "Tomas", "Vendrel", "said"],
              pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    assert _titled_leader_after_of(doc, 3, 5)  # "Parliament" qualifies the title "Speaker"
    assert not _titled_leader_after_of(doc, 3, 4)  # "of" and no word before the title
    assert _join_of_names(doc, [(1, 3, "ORG"), (4, 6, ""), (6, 8, "PERSON")]) == \
        [(1, 3, "ORG"), (4, 6, ""), (6, 8, "PERSON")]
    doc = Doc(spacy.blank("en").vocab, words=["the", "Green", "Movement", "of", "Karvel", "said"],
              pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"])
    assert _join_of_names(doc, [(1, 3, "ORG")]) == [(1, 5, "EXT:ORG")]  # no title: one name


def test_a_name_with_to_the_in_apposition_to_a_group_noun_is_one_name():
    from kingmaker.nlp.actors import _join_to_names

    doc = spacy.blank("en")("The party's parliamentary bloc, Loyalty to the Homeland, headed by Tomas Vendrel, voted.")
    words = [t.text for t in doc]
    s = words.index("Loyalty")
    assert _join_to_names(doc, [(s, s + 1, "PERSON")]) == [(s, s + 4, "EXT:ORG")]
    doc = spacy.blank("en")("Tomas Vendrel, Loyalty to the Homeland, said so.")  # no group noun before it
    assert _join_to_names(doc, [(3, 4, "")]) == [(3, 4, "")]


def test_a_foreign_name_with_its_own_particle_joins_the_name_after_the_next():
    from kingmaker.nlp.actors import _join_foreign_names

    doc = spacy.blank("en")("from its French name Front de salut du Karvelo )")
    assert _join_foreign_names(doc, [(4, 7, "ORG"), (8, 9, "GPE")]) == [(4, 9, "EXT:ORG")]
    doc = spacy.blank("en")("the Karvel Front and Ostravia")  # an English name and "and": apart
    assert _join_foreign_names(doc, [(1, 3, "ORG"), (4, 5, "GPE")]) == [(1, 3, "ORG"), (4, 5, "GPE")]


def test_the_name_after_border_with_is_a_state():
    doc = make_doc(["Clashes", "spread", "along", "the", "border", "with", "Karvelia", "."],
                   ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], [(6, 7, "GPE")])
    assert document_states(doc).get("karvelia") == "Karvelia"
    doc = make_doc(["Clashes", "spread", "along", "the", "border", "with", "Karvelia", "province", "."],
                   ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT"], [(6, 7, "GPE")])
    assert "karvelia" not in document_states(doc)  # a province's name


def test_a_person_of_a_body_is_not_joined_to_it():
    from kingmaker.nlp.actors import _join_of_names

    doc = spacy.blank("en")("said Tomas Vendrel of the Karvel Peace Institute .")
    assert _join_of_names(doc, [(1, 3, "ORG"), (5, 8, "ORG")]) == [(1, 3, "ORG"), (5, 8, "ORG")]
    doc = spacy.blank("en")("the Unity Front of the Karvel Peace Institute .")  # a body's name: joined
    assert _join_of_names(doc, [(1, 3, "ORG"), (5, 8, "ORG")]) == [(1, 8, "EXT:ORG")]


def test_a_place_run_into_a_persons_name_after_of_is_cut():
    from kingmaker.nlp.actors import _place_then_person

    doc = make_doc(["Voters", "in", "Velmar", "left", ".", "led", "by", "former", "governor", "of", "Velmar", "Odeta",
                    "Dravik", ","], ["NOUN", "ADP", "PROPN", "VERB", "PUNCT", "VERB", "ADP", "ADJ", "NOUN", "ADP",
                                     "PROPN", "PROPN", "PROPN", "PUNCT"], [(2, 3, "GPE"), (10, 13, "ORG")])
    assert _place_then_person(doc, 10, 13, "ORG")
    doc = make_doc(["led", "by", "former", "governor", "of", "Velmar", "Odeta", "Dravik", ","],
                   ["VERB", "ADP", "ADJ", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT"], [(5, 8, "ORG")])
    assert not _place_then_person(doc, 5, 8, "ORG")  # the text never names "Velmar" as a place alone


def _parsed(words, spaces, pos, heads, deps, ents):
    import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_a_lower_case_word_the_tagger_took_for_a_proper_noun_does_not_extend_a_name():
    from kingmaker.nlp.actors import _candidates

    # "before the KUP congress in December": the party's meeting, not a body called "KUP congress"
    doc = _parsed(["before", "the", "KUP", "congress", "in", "December", "."], None,
                  ["SCONJ", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"], [3, 3, 3, 3, 3, 4, 3],
                  ["mark", "det", "compound", "ROOT", "prep", "pobj", "punct"], [(2, 3, "ORG")])
    assert (2, 3, "ORG") in _candidates(doc)


def test_a_persons_name_cut_after_its_articles_hyphen_runs_to_the_surname():
    from kingmaker.nlp.actors import _candidates

    # "and Tarik al-Dravani's alliance rejected it ." with only "Tarik al-" tagged
    doc = _parsed(["and", "Tarik", "al", "-", "Dravani", "'s", "alliance", "rejected", "it", "."],
                  [True, True, False, False, False, True, True, True, False, False],
                  ["CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "PART", "NOUN", "VERB", "PRON", "PUNCT"],
                  [6, 4, 4, 4, 6, 4, 7, 7, 7, 7],
                  ["cc", "compound", "compound", "punct", "poss", "case", "nsubj", "ROOT", "dobj", "punct"],
                  [(1, 4, "PERSON")])
    assert _candidates(doc) == [(1, 5, "EXT:PERSON")]


def test_a_quoted_name_before_a_group_noun_is_a_body():
    from kingmaker.nlp.actors import _quoted_units

    doc = Doc(spacy.blank("en").vocab, words=["its", '"', "Lions", "of", "the", "Hills", '"', "unit", "struck"],
              pos=["PRON", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert _quoted_units(doc, [False] * len(doc)) == [(2, 6)]
    doc = Doc(spacy.blank("en").vocab, words=["a", '"', "Lions", "of", "the", "Hills", '"', "song", "played"],
              pos=["DET", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PUNCT", "NOUN", "VERB"])
    assert _quoted_units(doc, [False] * len(doc)) == []  # a song is no group


def test_names_coordinated_before_one_plural_group_noun_are_all_bodies():
    from kingmaker.nlp.actors import MentionInfo, _shared_group_nouns

    doc = Doc(spacy.blank("en").vocab, words=["its", "Iron", "Belt", "and", "Falcon", "Brigades", "units", "fought"],
              pos=["PRON", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "NOUN", "VERB"],
              tags=["PRP$", "NNP", "NNP", "CC", "NNP", "NNPS", "NNS", "VBD"])
    belt = MentionInfo(1, 3, "Iron Belt", "Iron Belt", "FAC", "place")
    brigades = MentionInfo(4, 6, "Falcon Brigades", "Falcon Brigades", "ORG", "organization", "armed_group")
    _shared_group_nouns(doc, [belt, brigades])
    assert belt.kind == "organization"
    doc = Doc(spacy.blank("en").vocab, words=["in", "Marn", "and", "Falcon", "Brigades", "territory", "."],
              pos=["ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "NOUN", "PUNCT"],
              tags=["IN", "NNP", "CC", "NNP", "NNPS", "NN", "."])
    marn = MentionInfo(1, 2, "Marn", "Marn", "GPE", "place")
    _shared_group_nouns(doc, [marn, MentionInfo(3, 5, "Falcon Brigades", "Falcon Brigades", "ORG", "organization")])
    assert marn.kind == "place"  # no group noun after the list


def test_a_long_name_in_an_upper_case_heading_is_a_state():
    doc = make_doc(["CHAMBER", "OF", "DEPUTIES", "OF", "THE", "REPUBLIC", "OF", "KARVELIA", "\n", "The", "Speaker", "sat"],
                   ["PROPN", "ADP", "NOUN", "ADP", "DET", "PROPN", "ADP", "NOUN", "SPACE", "DET", "PROPN", "VERB"], [])
    assert document_states(doc).get("karvelia") == "Karvelia"
    doc = make_doc(["REPUBLIC", "OF", "NORTH", "KARVELIA", "\n", "The", "Speaker", "sat"],
                   ["PROPN", "ADP", "PROPN", "PROPN", "SPACE", "DET", "PROPN", "VERB"], [])
    assert document_states(doc) == {}  # two words in capitals: their case is a guess


def test_a_name_without_the_generic_words_inside_another_is_that_body():
    from kingmaker.nlp.actors import LocalActor, _match_org

    front = LocalActor(0, "organization", "coalition", "")
    front.names["Karvel People's Front"] += 1
    assert _match_org("Karvel Front", [front]) is front
    short = LocalActor(0, "organization", "coalition", "")
    short.names["Karvel Front"] += 1
    assert _match_org("Karvel People's Front", [short]) is short  # the short form met first (a headline)
    other = LocalActor(0, "organization", "coalition", "")
    other.names["Karvel Liberation Army"] += 1
    assert _match_org("Karvel Front", [other]) is None  # another head noun: another body


def test_the_one_named_legislature_beside_a_states_parliament_is_that_parliament():
    from kingmaker.nlp.actors import MentionInfo, _named_legislature

    words = ["Karvelia", "'s", "parliament", ",", "the", "Chamber", "of", "Councillors", ",", "met", ".",
             "It", "adjourned", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * 10 + [True, False, False])

    def mentions():
        return [MentionInfo(0, 1, "Karvelia", "Karvelia", "GPE", "country", "state", key="country:Karvelia"),
                MentionInfo(0, 3, "Karvelia's parliament", "Karvelia parliament", "GPE", "organization",
                            "legislature", key="inst:Karvelia:parliament"),
                MentionInfo(5, 8, "Chamber of Councillors", "Chamber of Councillors", "ORG", "organization")]
    ms = mentions()
    _named_legislature(doc, ms)
    assert ms[2].key == "inst:Karvelia:parliament"
    ms = mentions()
    ms[1].start, ms[1].end = 11, 12  # the state's parliament only in another sentence: left apart
    _named_legislature(doc, ms)
    assert ms[2].key == ""


def test_the_first_item_in_brackets_after_a_members_name_is_her_party():
    import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
    from kingmaker.nlp.actors import _votes

    words = ["Mrs", "Odeta", "Vendrel", "(", "Karvelian", "Labour", ",", "Northvale", ")", "asked", "."]
    doc = make_doc(words, ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB",
                           "PUNCT"], [(0, 3, "PERSON")])
    assert _votes(doc, 4, 6, "")["organization"] >= 1
    doc = make_doc(["Karvelian", "Labour", ",", "Northvale", "asked", "."],
                   ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"], [])
    assert _votes(doc, 0, 2, "")["organization"] == 0  # no member's name before a bracket


def test_a_name_after_a_quoted_title_the_ner_took_for_a_work_is_a_person():
    from kingmaker.nlp.actors import _candidates

    # 'uses the nom de guerre " Major " Ivo Dravik ,' with 'Major" Ivo Dravik' tagged as the title of a work
    doc = _parsed(["uses", "the", "name", '"', "Major", '"', "Ivo", "Dravik", ",", "he", "said"], None,
                  ["VERB", "DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PRON", "VERB"],
                  [0, 2, 0, 4, 2, 4, 7, 2, 0, 10, 10],
                  ["ROOT", "det", "dobj", "punct", "appos", "punct", "compound", "appos", "punct", "nsubj", "ROOT"],
                  [(4, 8, "WORK_OF_ART")])
    assert (6, 8, "PERSON") in _candidates(doc)
    doc = _parsed(["read", '"', "War", '"', "and", "Peace", "twice"], None,
                  ["VERB", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "ADV"], [0, 2, 0, 2, 2, 2, 0],
                  ["ROOT", "punct", "dobj", "punct", "cc", "conj", "advmod"], [(2, 6, "WORK_OF_ART")])
    assert not any(lab == "PERSON" for _, _, lab in _candidates(doc))


def test_a_bracket_giving_a_names_origin_opens_the_other_name():
    from kingmaker.nlp.actors import _known_as

    doc = spacy.blank("en")("the Karvel Salvation Front (FSK, from its French name Front de salut du Karvel) said")
    words = [t.text for t in doc]
    assert _known_as(doc, words.index("(")) == words.index("name") + 1
    doc = spacy.blank("en")("the Karvel Salvation Front (FSK, from Tuesday) said")  # no name: nothing
    assert _known_as(doc, 4) is None


def test_the_name_after_a_post_and_a_colon_is_voted_a_person_even_when_tagged_as_a_body():
    # "- Tarvo Party - regional; leader: Ajith Morek" (a list line): the holder of the post
    from kingmaker.nlp.actors import _votes

    nlp = spacy.blank("en")
    words = ["regional", ";", "leader", ":", "Ajith", "Morek"]
    doc = Doc(nlp.vocab, words=words, pos=["ADJ", "PUNCT", "NOUN", "PUNCT", "PROPN", "PROPN"],
              heads=[0, 0, 0, 2, 5, 0], deps=["ROOT", "punct", "conj", "punct", "compound", "conj"],
              lemmas=["regional", ";", "leader", ":", "Ajith", "Morek"])
    v = _votes(doc, 4, 6, "ORG")
    assert v["person"] > v["organization"]
    # a transcript's speaker label, capitalised, says nothing of what follows: "Hon. Members: Uproar!"
    doc = Doc(nlp.vocab, words=["Members", ":", "Uproar", "!"], pos=["NOUN", "PUNCT", "PROPN", "PUNCT"],
              heads=[0, 0, 0, 0], deps=["ROOT", "punct", "appos", "punct"], lemmas=["member", ":", "Uproar", "!"])
    assert _votes(doc, 2, 3, "ORG")["person"] < 1


def test_a_line_break_ending_a_name_is_trimmed():
    from kingmaker.nlp.actors import _trim

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["leader", ":", "Ajith", "Morek", "\n\n", "Former"],
              spaces=[False, True, True, False, False, False],
              pos=["NOUN", "PUNCT", "PROPN", "PROPN", "SPACE", "ADJ"])
    assert _trim(doc, 2, 5) == (2, 4)


def test_untagged_capitalised_words_after_the_are_voted_a_body_unless_a_place_or_a_law():
    # "the Tarvo Sector controls the crossings": a name the NER left untagged takes an article, so it is a body
    from kingmaker.nlp.actors import _votes

    nlp = spacy.blank("en")

    def votes(last: str):
        words = ["the", "Tarvo", last, "controls", "the", "crossings"]
        doc = Doc(nlp.vocab, words=words, pos=["DET", "PROPN", "PROPN", "VERB", "DET", "NOUN"],
                  heads=[2, 2, 3, 3, 5, 3], deps=["det", "compound", "nsubj", "ROOT", "det", "dobj"],
                  lemmas=["the", "Tarvo", last, "control", "the", "crossing"])
        return _votes(doc, 1, 3, "")

    v = votes("Sector")
    assert v["organization"] > v["person"]
    assert votes("Valley")["organization"] < 1  # a place
    assert votes("Act")["organization"] < 1  # a text of law


def test_a_party_named_by_its_members_of_a_person_is_the_party_then_its_leader():
    # "the Greens of Olivia Varnez won six": a given name ending like a state's ("-ia") is still a given name
    from kingmaker.nlp.actors import _leader_after_of

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=["the", "Greens", "of", "Olivia", "Varnez", "won", "six"],
              pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "NUM"])
    assert _leader_after_of(doc, 2, 5)
    doc = Doc(nlp.vocab, words=["the", "Greens", "of", "Upper", "Drelkia", "won", "six"],
              pos=["DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "NUM"])
    assert not _leader_after_of(doc, 2, 5)  # a place's name ends it


def test_the_name_after_a_party_s_bracketed_short_form_and_of_is_its_leader():
    # "the Bright Order Alliance (BOA) of Tomas Varnez Quell won": the party's leader, a person
    from kingmaker.nlp.actors import _leader_after_bracket_of

    nlp = spacy.blank("en")
    words = ["the", "Bright", "Order", "Alliance", "(", "BOA", ")", "of", "Tomas", "Varnez", "Quell", "won"]
    doc = Doc(nlp.vocab, words=words)
    assert _leader_after_bracket_of(doc, 8, 11)
    words[3] = "Institute"  # "the Bright Order Institute (BOI) of X Y": not a party's leader
    assert not _leader_after_bracket_of(Doc(nlp.vocab, words=words), 8, 11)


def test_a_ministers_portfolio_is_no_state():
    # "the Minister of Finance" reads like "the president of Ostravia"; the portfolio (countries.yaml not_states)
    # names no state
    doc = make_doc(["The", "Minister", "of", "Finance", ",", "Tomas", "Vendrel", ",", "spoke", "."],
                   ["DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
                   [(5, 7, "PERSON")])
    assert "finance" not in document_states(doc)
    doc = make_doc(["The", "president", "of", "Ostravia", "spoke", "."],
                   ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], [])
    assert document_states(doc).get("ostravia") == "Ostravia"  # (a state so named still is one)


def test_a_personal_name_given_to_a_noun_is_a_person_whatever_the_ner_tagged():
    from kingmaker.nlp.actors import _candidates

    words = ["We", "met", "a", "guy", "called", "Tomas", "Vendrel", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"]
    assert (5, 7, "PERSON") in _candidates(make_doc(words, pos, [(5, 7, "PRODUCT")]))
    words[3] = "group"  # "a group called Crimson Dawn": a body's name, left to the rest of the layer
    assert (5, 7, "PERSON") not in _candidates(make_doc(words, pos, [(5, 7, "PRODUCT")]))


def test_a_name_then_a_party_in_brackets_is_a_person_and_the_party():
    from kingmaker.nlp.actors import _person_then_body

    doc = spacy.blank("en")("Petra Dunavec (Karvel Farmers League) 8,421 . Dunavec conceded .")
    assert _person_then_body(doc, 0, 2, 6)  # a group noun in the bracket, the surname used again
    doc = spacy.blank("en")("Anto Merovic (Social Renewal) 3,764 . Merovic and the Social Renewal lost .")
    assert _person_then_body(doc, 0, 2, 5)  # the bracket's name used again outside it
    doc = spacy.blank("en")("Anto Merovic (Social Renewal) 3,764 . Nobody else spoke .")
    assert not _person_then_body(doc, 0, 2, 5)  # nothing says the name is a person's
    doc = make_doc(["the", "Honour", "(", "Sharaf", "Front", ")", "won", ".", "Honour", "lost", "."],
                   ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], [])
    assert not _person_then_body(doc, 1, 2, 5)  # an article: a body's name and its translation


def test_members_written_after_a_name_are_cut_off_it():
    from kingmaker.nlp.actors import _candidates, _member_plural

    assert _member_plural("MPs") and _member_plural("lawmakers") and _member_plural("deputies")
    assert not _member_plural("Volunteers")  # a capitalised word of a name ("the Karvel Volunteers")
    assert not _member_plural("MP") and not _member_plural("seats")
    doc = make_doc(["Four", "Takdar", "MPs", "quit", "for", "the", "Ozm", "."],
                   ["NUM", "PROPN", "PROPN", "VERB", "ADP", "DET", "PROPN", "PUNCT"], [])
    names = [doc[s:e].text for s, e, _ in _candidates(doc)]
    assert "Takdar" in names and "Takdar MPs" not in names


def test_a_word_opening_a_bodys_name_used_alone_is_the_body():
    from collections import Counter

    from kingmaker.nlp.actors import _short_org_votes

    votes = {"ozm alliance": Counter(organization=4, mentions=1),
             "ozm": Counter(unknown=3.5, place=0.8, person=0.6, organization=1.9, mentions=7),
             "velnor front": Counter(organization=3, mentions=1),
             "velnor": Counter(person=3, mentions=2),  # a person's cues speak louder: left alone
             "dravik": Counter(unknown=1, mentions=2)}  # no body's name opens with it: left alone
    _short_org_votes(votes)
    assert votes["ozm"]["organization"] > votes["ozm"]["unknown"]
    assert votes["velnor"]["organization"] == 0 and votes["dravik"]["organization"] == 0


def test_a_known_bodys_name_cut_at_a_small_word_is_joined():
    from kingmaker.nlp.actors import _join_known_names

    doc = make_doc(["Envoys", "of", "the", "Commonwealth", "of", "Independent", "States", "met", "."],
                   ["NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PUNCT"], [])
    assert _join_known_names(doc, [(3, 4, "ORG"), (5, 7, "NORP")]) == [(3, 7, "EXT:ORG")]
    # pieces that together are no known name stay apart
    assert _join_known_names(doc, [(0, 1, "ORG"), (3, 4, "ORG")]) == [(0, 1, "ORG"), (3, 4, "ORG")]


def test_members_of_a_body_before_its_name_are_not_part_of_it():
    from kingmaker.nlp.actors import _join_of_names

    for plural in ("Delegates", "Members", "Lawmakers"):
        doc = make_doc([plural, "of", "the", "Karvel", "Union", "elected", "a", "chairman", "."],
                       ["PROPN", "ADP", "DET", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"], [(3, 5, "ORG")])
        assert _join_of_names(doc, [(0, 1, ""), (3, 5, "ORG")]) == [(0, 1, ""), (3, 5, "ORG")]


def test_a_verdict_in_capitals_after_a_name_is_no_part_of_it(monkeypatch):
    import kingmaker.nlp.actors as actors

    monkeypatch.setattr(actors, "VERBS", {"hold", "gain"})
    assert actors._shouted_word("HOLD") and not actors._shouted_word("Hold") and not actors._shouted_word("KDF")
    doc = make_doc(["Unity", "HOLD", ".", "Majority", "1,307", "."],
                   ["PROPN", "PROPN", "PUNCT", "NOUN", "NUM", "PUNCT"], [(0, 2, "PERSON")])
    assert actors._trim(doc, 0, 2) == (0, 1)
    assert actors._join_adjacent_persons(doc, [(0, 1, "PERSON"), (1, 2, "")]) == [(0, 1, "PERSON"), (1, 2, "")]
    assert actors._capitals_label(doc, 1, 2, "HOLD", "hold")


def test_a_ministers_portfolio_before_the_title_and_name_is_no_body():
    from kingmaker.nlp.actors import _portfolio_titles

    doc = make_doc(["Ostravian", "Trade", "and", "Industry", "Minister", "Tomas", "Vendrel", "spoke", "."],
                   ["ADJ", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [])
    assert _portfolio_titles(doc, [(0, 5, "ORG"), (5, 7, "PERSON")]) == [(5, 7, "PERSON")]
    assert _portfolio_titles(doc, [(0, 4, "ORG"), (5, 7, "PERSON")]) == [(5, 7, "PERSON")]  # title left out
    doc = make_doc(["Unity", "Front", "Leader", "Anto", "Merovic", "spoke", "."],
                   ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [])
    assert _portfolio_titles(doc, [(0, 3, ""), (3, 5, "PERSON")]) == [(0, 3, ""), (3, 5, "PERSON")]  # a body's


def test_a_name_with_to_the_before_its_group_noun_is_one_name():
    from kingmaker.nlp.actors import _join_to_names

    doc = make_doc(["Karvel", "'s", "Loyalty", "to", "the", "Homeland", "bloc", "voted", "."],
                   ["PROPN", "PART", "PROPN", "ADP", "DET", "PROPN", "NOUN", "VERB", "PUNCT"], [])
    assert _join_to_names(doc, [(0, 1, "GPE"), (2, 3, "ORG"), (5, 6, "ORG")]) == [(0, 1, "GPE"), (2, 6, "EXT:ORG")]
    doc = make_doc(["Vendrel", "went", "to", "the", "Homeland", "hotel", "."],
                   ["PROPN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"], [])
    assert _join_to_names(doc, [(0, 1, "PERSON"), (4, 5, "ORG")]) == [(0, 1, "PERSON"), (4, 5, "ORG")]


def test_two_names_joined_by_and_stay_two_when_the_second_is_one_word(monkeypatch):
    from kingmaker.knowledge import knowledge
    from kingmaker.nlp.actors import _name_after_and

    # a one-word name that is also a group noun of the lexicon (as some transliterated names are)
    monkeypatch.setitem(knowledge().org_nouns, "dravik", "movement")
    doc = make_doc(["Velnor", "and", "Dravik", ",", "allies", "for", "decades", ",", "voted", "."],
                   ["PROPN", "CCONJ", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "VERB", "PUNCT"],
                   [(2, 3, "ORG")])
    assert _name_after_and(doc, 0, 1, "", {e.start: e for e in doc.ents}) == 1
    doc = make_doc(["the", "Velnor", "Peace", "and", "Mediation", "Council", "met", "."],
                   ["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"], [(1, 3, "ORG"), (4, 6, "ORG")])
    assert _name_after_and(doc, 1, 3, "ORG", {e.start: e for e in doc.ents}) == 6


def test_a_state_after_a_word_that_with_it_names_a_body_is_that_body():
    from kingmaker.nlp.actors import MentionInfo, _named_after_state

    words = ["The", "True", "Karvel", "party", "won", ".", "True", "Karvel", "has", "opposed", "it", ".",
             "Karvel", "objected", "."]
    doc = make_doc(words, ["DET", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT", "ADJ", "PROPN", "AUX", "VERB", "PRON",
                           "PUNCT", "PROPN", "VERB", "PUNCT"], [])
    party = MentionInfo(1, 4, "True Karvel party", "True Karvel party", "ORG", "organization", "party")
    second = MentionInfo(7, 8, "Karvel", "Karvel", "GPE", "country", "state", key="country:Karvel")
    third = MentionInfo(12, 13, "Karvel", "Karvel", "GPE", "country", "state", key="country:Karvel")
    _named_after_state(doc, [party, second, third])
    assert (second.start, second.kind, second.name) == (6, "organization", "True Karvel")
    assert third.kind == "country"  # no capitalised word before it: the state


def test_a_missions_acronym_may_follow_another_languages_word_order():
    from kingmaker.nlp.actors import _acronym_fits_mission, _acronym_fits_posted

    assert _acronym_fits_mission("SMDRE", "Support Mission", "Drevania")  # in order, as before
    assert _acronym_fits_mission("MINUSKA", "UN Integrated Security Mission", "Karvel")  # French order
    assert _acronym_fits_mission("MINUTDRE", "UN Integrated Transition Mission", "Drevania")
    assert not _acronym_fits_mission("KDF", "UN Integrated Security Mission", "Karvel")  # too short, no place
    assert not _acronym_fits_mission("ZORBAX", "UN Integrated Security Mission", "Karvel")  # letters not there
    assert _acronym_fits_posted("MONUTA", "UN peacekeeping mission in Tarvia")
    assert _acronym_fits_posted("KUF", "Karvel Unity Front")
    assert not _acronym_fits_posted("ZORBAX", "UN peacekeeping mission in Tarvia")


def test_a_size_glued_to_a_noun_before_a_house_names_the_house():
    from kingmaker.nlp.actors import _size_glued_before

    doc = spacy.blank("en")("the 140-member parliament and 22 of the 120 seats in the parliament")
    assert _size_glued_before(doc, 4)  # "the 140-member parliament"
    assert not _size_glued_before(doc, len(doc) - 1)  # "22 of the 120 seats in the parliament": a count of seats


def test_a_word_ending_a_full_personal_name_is_a_surname_before_a_gazetteer_place():
    from kingmaker.nlp.actors import _surname_of_named

    assert _surname_of_named("figuig", {"figuig", "vendrel"})
    assert not _surname_of_named("figuig", {"vendrel"})
    assert not _surname_of_named("new figuig", {"figuig"})


def _coord_doc(words, pos, heads, deps, ents):
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_a_name_coordinated_with_a_proved_state_is_a_state():
    # "Drennia's president met Drennia and Korvath ." : Drennia owns a president; Korvath is joined to it
    words = ["Drennia", "'s", "president", "met", "Drennia", "and", "Korvath", "."]
    pos = ["PROPN", "PART", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    heads = [2, 0, 3, 3, 3, 4, 4, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "dobj", "cc", "conj", "punct"]
    states = document_states(_coord_doc(words, pos, heads, deps, [(0, 1, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")]))
    assert states["korvath"] == "Korvath"
    # the same name with no "and" to a proved state stays a place
    words2 = ["Drennia", "'s", "president", "visited", "Korvath", "."]
    pos2 = ["PROPN", "PART", "NOUN", "VERB", "PROPN", "PUNCT"]
    states2 = document_states(_coord_doc(words2, pos2, [2, 0, 3, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "dobj",
                                                                       "punct"], [(0, 1, "GPE"), (4, 5, "GPE")]))
    assert "korvath" not in states2


def test_a_name_coordinated_with_a_local_place_or_an_unproved_name_stays_a_place():
    # "Korvath province": a place the text calls local; "Halmora and Korvath": neither proved a state
    words = ["Halmora", "and", "Korvath", "met", "in", "Korvath", "province", "."]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"]
    heads = [3, 0, 0, 3, 3, 6, 4, 3]
    deps = ["nsubj", "cc", "conj", "ROOT", "prep", "compound", "pobj", "punct"]
    assert document_states(_coord_doc(words, pos, heads, deps, [(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE")])) == {}


def test_an_upper_case_country_heading_names_its_state():
    from kingmaker.nlp.actors import _shouted_long_name_at

    nlp = spacy.blank("en")
    for text, name in [("COUNTRY RISK BRIEF - KORVATH\nPresident Anders Kreel won.", "KORVATH"),
                       ("COUNTRY PROFILE: MARSENNA\nThe president spoke.", "MARSENNA"),
                       ("Weekly digest\nDRENNIA: COUNTRY REPORT\nThe president spoke.", "DRENNIA")]:
        doc = nlp(text)
        assert [doc[j].text for j in _shouted_long_name_at(doc)] == [name], text
    # a heading that only mentions a country in a phrase, or a name with more words after it, is no label
    for text in ("COUNTRY MUSIC FESTIVAL OPENS IN KORVATH TODAY\nCrowds came.",
                 "COUNTRY RISK BRIEF - KORVATH AND MARSENNA\nThe president spoke."):
        doc = nlp(text)
        assert _shouted_long_name_at(doc) == [], text


def test_a_place_in_apposition_to_a_proved_states_ally_is_a_state():
    # "the government of Drennia ; Drennia 's ally Korvath sent ships ." : Korvath is the ally of a proved state
    words = ["the", "government", "of", "Drennia", ";", "Drennia", "'s", "ally", "Korvath", "sent", "ships", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "PROPN", "VERB", "NOUN", "PUNCT"]
    heads = [1, 9, 1, 2, 9, 7, 5, 9, 7, 9, 9, 9]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "poss", "case", "nsubj", "appos", "ROOT", "dobj", "punct"]
    ents = [(3, 4, "GPE"), (5, 6, "GPE"), (8, 9, "GPE")]
    assert document_states(_coord_doc(words, pos, heads, deps, ents))["korvath"] == "Korvath"
    # the owner of the ally not proved a state: nothing follows
    words2 = ["Drennia", "'s", "ally", "Korvath", "sent", "ships", "."]
    pos2 = ["PROPN", "PART", "NOUN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc2 = _coord_doc(words2, pos2, [2, 0, 4, 2, 4, 4, 4], ["poss", "case", "nsubj", "appos", "ROOT", "dobj", "punct"],
                      [(0, 1, "GPE"), (3, 4, "GPE")])
    assert "korvath" not in document_states(doc2)


def test_the_one_place_a_text_calls_the_country_is_a_state():
    # "Ana spoke in Korvath . The country 's army ..." : one unknown place, no known state before it
    words = ["Ana", "spoke", "in", "Korvath", ".", "the", "country", "'s", "army", "left", "."]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "VERB", "PUNCT"]
    heads = [1, 1, 1, 2, 1, 6, 8, 6, 9, 9, 9]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "det", "poss", "case", "nsubj", "ROOT", "punct"]
    ents = [(0, 1, "PERSON"), (3, 4, "GPE")]
    assert document_states(_coord_doc(words, pos, heads, deps, ents))["korvath"] == "Korvath"
    # a known state named first: "the country" is that state's, the place stays a place
    words2 = ["Iraq", "spoke", "in", "Korvath", ".", "the", "country", "'s", "army", "left", "."]
    ents2 = [(0, 1, "GPE"), (3, 4, "GPE")]
    assert "korvath" not in document_states(_coord_doc(words2, pos, heads, deps, ents2))



def test_an_e_mail_subject_s_tags_and_a_section_s_roman_number_are_labels_not_names():
    import kingmaker.nlp.actors as actors

    doc = make_doc(["Subject", ":", "RE", ":", "FW", ":", "Velo", "talks", "\n", "IV", ".", "Findings", "\n",
                    "Fwd", ":", "notes"],
                   ["NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "NOUN", "SPACE", "PROPN", "PUNCT",
                    "NOUN", "SPACE", "PROPN", "PUNCT", "NOUN"], [])
    assert actors._capitals_label(doc, 2, 3, "RE", "re") and actors._capitals_label(doc, 4, 5, "FW", "fw")
    assert actors._capitals_label(doc, 13, 14, "Fwd", "fwd")
    assert actors._capitals_label(doc, 9, 10, "IV", "iv")  # a numbered section's head
    words = make_doc(["The", "Velo", "Front", "met", "Karl", "IV", "."],
                     ["DET", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"], [])
    assert not actors._capitals_label(words, 5, 6, "IV", "iv")  # not opening its line: a regnal number


def test_a_state_s_office_of_the_state_is_the_state():
    from kingmaker.nlp.actors import _DOC_STATES, _state_office_of

    token = _DOC_STATES.set({"karvel": "Karvel"})  # a state the text shows ("the Karvel army")
    try:
        doc = make_doc(["the", "Embassy", "of", "Karvel", "in", "Velo"],
                       ["DET", "PROPN", "ADP", "PROPN", "ADP", "PROPN"],
                       [(3, 4, "GPE")])
        assert _state_office_of(doc, 3, 4, "GPE", [False] * 6) == (1, 2)  # the state's name tagged alone
        doc = make_doc(["the", "Consulate", "General", "of", "Karvel"], ["DET", "PROPN", "PROPN", "ADP", "PROPN"],
                       [(1, 5, "ORG")])
        assert _state_office_of(doc, 1, 5, "ORG", [False] * 5) == (1, 3)  # the whole name tagged
        doc = make_doc(["the", "Permanent", "Mission", "of", "Karvel", "to", "the", "Assembly"],
                       ["DET", "PROPN", "PROPN", "ADP", "PROPN", "ADP", "DET", "PROPN"], [(1, 5, "ORG")])
        assert _state_office_of(doc, 1, 5, "ORG", [False] * 8) == (1, 3)  # the state's office abroad
        doc = make_doc(["the", "Bank", "of", "Karvel"], ["DET", "PROPN", "ADP", "PROPN"], [(1, 4, "ORG")])
        assert _state_office_of(doc, 1, 4, "ORG", [False] * 4) is None  # a body of its own, not the state's office
        doc = make_doc(["a", "visit", "of", "Karvel"], ["DET", "NOUN", "ADP", "PROPN"], [(3, 4, "GPE")])
        assert _state_office_of(doc, 3, 4, "GPE", [False] * 4) is None
    finally:
        _DOC_STATES.reset(token)



def test_a_states_styled_name_proves_a_state_the_ner_took_for_a_person():
    # "The King of Belvar spoke . The envoy of the Kingdom of Belvar left ." ("The King of Belvar" tagged a person)
    words = ["The", "King", "of", "Belvar", "spoke", ".", "The", "envoy", "of", "the", "Kingdom", "of", "Belvar",
             "left", "."]
    pos = ["DET", "PROPN", "ADP", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN",
           "VERB", "PUNCT"]
    assert document_states(make_doc(words, pos, [(0, 4, "PERSON"), (9, 13, "GPE")])).get("belvar") == "Belvar"
    words[10] = "Museum"  # "the envoy of the Museum of Belvar": no state's styled name
    assert "belvar" not in document_states(make_doc(words, pos, [(0, 4, "PERSON"), (9, 13, "ORG")]))


def _tagged(words, pos, tags, ents=()):
    """A hand-built Doc with parts of speech, fine tags and entities (no parse)."""
    import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, tags=tags)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


@pytest.mark.parametrize("words, left, right", [
    (["the", "Varnok", "Labourers", "'", "Front", "ruled"], (1, 3, "ORG"), (4, 5, "")),
    (["the", "Dunmere", "Tanners", "'", "Union", "struck"], (1, 3, ""), (4, 5, "ORG")),
    (["the", "Veterans", "'", "Patriotic", "League", "met"], (1, 2, "NORP"), (3, 5, "")),
    (["the", "Dunmere", "Pensioners", "'", "Front", "won"], (1, 4, ""), None),  # the run kept the apostrophe
])
def test_a_plurals_possessive_inside_a_name_joins_its_pieces(words, left, right):
    from kingmaker.nlp.actors import _join_plural_possessives

    doc = _tagged(words, ["DET"] + ["PROPN"] * (len(words) - 2) + ["VERB"],
                  ["DT"] + ["NNP"] * (len(words) - 2) + ["VBD"])
    apos = words.index("'")
    doc[apos].pos_, doc[apos].tag_ = "PART", "POS"
    doc[apos + 1].pos_ = "NOUN" if right is None else "PROPN"  # (the tagger's common noun: "Front" untagged)
    cands = [left] + ([right] if right else [])
    assert _join_plural_possessives(doc, cands) == [(left[0], len(words) - 1, "EXT:ORG")]


def test_a_states_possessive_or_a_bodys_own_unit_is_no_joined_name():
    from kingmaker.nlp.actors import _join_plural_possessives

    # "the Brigades' Falcon Unit": a body's own unit (its owner ends in a group noun)
    doc = _tagged(["the", "Brigades", "'", "Falcon", "Unit", "struck"],
                  ["DET", "PROPN", "PART", "PROPN", "PROPN", "VERB"], ["DT", "NNPS", "POS", "NNP", "NNP", "VBD"])
    assert _join_plural_possessives(doc, [(1, 2, "ORG"), (3, 5, "")]) == [(1, 2, "ORG"), (3, 5, "")]
    # "Ostravia and the Tanners' Union": two names, nothing between them is a possessive
    doc = _tagged(["Ostravia", "and", "the", "Tanners", "'", "Union", "met"],
                  ["PROPN", "CCONJ", "DET", "PROPN", "PART", "PROPN", "VERB"],
                  ["NNP", "CC", "DT", "NNPS", "POS", "NNP", "VBD"])
    assert _join_plural_possessives(doc, [(0, 1, "GPE"), (3, 6, "ORG")]) == [(0, 1, "GPE"), (3, 6, "ORG")]


@pytest.mark.parametrize("words, left, right", [
    (["the", "Sons", "of", "the", "Saltfen", "struck"], (1, 2, ""), (4, 5, "PERSON")),
    (["the", "Heirs", "of", "the", "Kovask", "struck"], (1, 2, ""), (4, 5, "PERSON")),
    (["the", "Martyrs", "of", "Dunmere", ",", "a", "militia"], (1, 2, "PERSON"), (3, 4, "GPE")),
])
def test_a_plural_of_a_place_is_one_name_whatever_the_ner_called_its_pieces(words, left, right):
    from kingmaker.nlp.actors import _join_of_names

    pos = ["DET", "PROPN", "ADP"] + (["DET"] if words[3] == "the" else []) + ["PROPN"]
    pos += ["PUNCT", "DET", "NOUN"] if "," in words else ["VERB"]
    tags = [{"DET": "DT", "PROPN": "NNP", "ADP": "IN", "VERB": "VBD", "PUNCT": ",", "NOUN": "NN"}[p] for p in pos]
    tags[1] = "NNPS"
    doc = _tagged(words, pos, tags)
    assert _join_of_names(doc, [left, right]) == [(left[0], right[1], "EXT:ORG")]


def test_a_persons_name_after_of_without_an_article_stays_a_person():
    from kingmaker.nlp.actors import _join_of_names

    # "the Heirs of Tomas Vendrel": the body and a person (no article before a person's name)
    doc = _tagged(["the", "Heirs", "of", "Tomas", "Vendrel", "spoke"], ["DET", "PROPN", "ADP", "PROPN", "PROPN", "VERB"],
                  ["DT", "NNPS", "IN", "NNP", "NNP", "VBD"])
    got = _join_of_names(doc, [(1, 2, ""), (3, 5, "PERSON")])
    assert (3, 5, "PERSON") in got, got


@pytest.mark.parametrize("words", [
    ["the", "Loyalty", "to", "the", "Kovask", "Party", "won"],
    ["the", "Return", "to", "the", "Homeland", "Movement", "won"],
    ["the", "Fidelity", "to", "the", "Coast", "Front", "won"],
])
def test_a_word_to_the_bodys_name_is_one_name(words):
    from kingmaker.nlp.actors import _join_to_names

    doc = _tagged(words, ["DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "VERB"],
                  ["DT", "NNP", "IN", "DT", "NNP", "NNP", "VBD"])
    assert _join_to_names(doc, [(1, 2, "PERSON"), (4, 6, "ORG")]) == [(1, 6, "EXT:ORG")]


def test_a_state_losing_to_a_body_is_no_name():
    from kingmaker.nlp.actors import _join_to_names

    doc = _tagged(["Ostravia", "lost", "to", "the", "Kovask", "Party"], ["PROPN", "VERB", "ADP", "DET", "PROPN", "PROPN"],
                  ["NNP", "VBD", "IN", "DT", "NNP", "NNP"])
    assert _join_to_names(doc, [(0, 1, "GPE"), (4, 6, "ORG")]) == [(0, 1, "GPE"), (4, 6, "ORG")]
    doc = _tagged(["they", "lost", "Vendrel", "to", "the", "Kovask", "Party"],
                  ["PRON", "VERB", "PROPN", "ADP", "DET", "PROPN", "PROPN"], ["PRP", "VBD", "NNP", "IN", "DT", "NNP", "NNP"])
    assert _join_to_names(doc, [(2, 3, "PERSON"), (5, 7, "ORG")]) == [(2, 3, "PERSON"), (5, 7, "ORG")]


@pytest.mark.parametrize("place, plural", [("Morvel", "Democrats"), ("Kessen", "Greens"), ("Haldra", "Socialists")])
def test_a_place_before_a_partys_plural_opens_its_name(place, plural):
    from kingmaker.nlp.actors import _join_party_plurals

    doc = _tagged(["while", "the", place, plural, "won"], ["SCONJ", "DET", "PROPN", "PROPN", "VERB"],
                  ["IN", "DT", "NNP", "NNPS", "VBD"])
    assert _join_party_plurals(doc, [(2, 3, ""), (3, 4, "NORP")]) == [(2, 4, "EXT:ORG")]


def test_a_states_name_before_a_partys_plural_is_the_state():
    from kingmaker.nlp.actors import _join_party_plurals

    doc = _tagged(["while", "the", "Russian", "Democrats", "won"], ["SCONJ", "DET", "ADJ", "PROPN", "VERB"],
                  ["IN", "DT", "JJ", "NNPS", "VBD"])
    assert _join_party_plurals(doc, [(2, 3, "NORP"), (3, 4, "NORP")]) == [(2, 3, "NORP"), (3, 4, "NORP")]


@pytest.mark.parametrize("words, cands, whole", [
    # the name written whole once, cut at "in" later
    (["the", "Islamic", "Front", "in", "Karvel", "struck", ";", "the", "Islamic", "Front", "in", "Karvel", "won"],
     [(1, 5, "ORG"), (8, 10, "ORG"), (11, 12, "GPE")], [(1, 5, "ORG"), (8, 12, "EXT:ORG")]),
    (["the", "Popular", "Resistance", "in", "Brellin", "spoke", "and", "the", "Popular", "Resistance", "in", "Brellin",
      "fought"], [(1, 5, "ORG"), (8, 10, "ORG"), (11, 12, "LOC")], [(1, 5, "ORG"), (8, 12, "EXT:ORG")]),
    (["the", "Tervik", "Movement", "in", "Saltfen", "(", "TMS", ")", "and", "the", "Tervik", "Movement", "in",
      "Saltfen"], [(1, 5, "ORG"), (6, 7, "ORG"), (10, 12, "ORG"), (13, 14, "GPE")],
     [(1, 5, "ORG"), (6, 7, "ORG"), (10, 14, "EXT:ORG")]),
])
def test_a_body_named_with_its_place_is_one_name(words, cands, whole):
    from kingmaker.nlp.actors import _join_named_places

    doc = _tagged(words, ["PROPN"] * len(words), ["NNP"] * len(words))
    assert _join_named_places(doc, cands) == whole


def test_a_known_body_naming_its_branches_by_place_names_a_new_branch(monkeypatch):
    from kingmaker.knowledge import knowledge
    from kingmaker.nlp.actors import _join_named_places

    known = knowledge().known_orgs
    monkeypatch.setitem(known, "varnok brotherhood", ("Varnok Brotherhood", "armed_group"))
    monkeypatch.setitem(known, "varnok brotherhood in the eastern hills", ("Varnok Brotherhood in the Eastern Hills",
                                                                          "armed_group"))
    doc = _tagged(["a", "commander", "of", "the", "Varnok", "Brotherhood", "in", "Ostravia", "said"],
                  ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"],
                  ["DT", "NN", "IN", "DT", "NNP", "NNP", "IN", "NNP", "VBD"])
    assert _join_named_places(doc, [(4, 6, "ORG"), (7, 8, "GPE")]) == [(4, 8, "EXT:ORG")]


def test_a_body_and_where_it_acts_stay_two(monkeypatch):
    from kingmaker.knowledge import knowledge
    from kingmaker.nlp.actors import _join_named_places

    monkeypatch.setitem(knowledge().known_orgs, "varnok brotherhood", ("Varnok Brotherhood", "armed_group"))
    doc = _tagged(["the", "Varnok", "Brotherhood", "in", "Ostravia", "rebuilt", "its", "arsenal"],
                  ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PRON", "NOUN"],
                  ["DT", "NNP", "NNP", "IN", "NNP", "VBD", "PRP$", "NN"])
    assert _join_named_places(doc, [(1, 3, "ORG"), (4, 5, "GPE")]) == [(1, 3, "ORG"), (4, 5, "GPE")]


@pytest.mark.parametrize("words, at", [
    (["Review", "of", "Dunmere", "Affairs", ",", "Vol", ".", "7", ",", "No", ".", "2"], 5),
    (["(", "see", "Fig", ".", "2", ")"], 2),
    (["as", "set", "out", "in", "Sec", ".", "4", "."], 4),
])
def test_a_short_abbreviation_labelling_a_number_is_no_name(words, at):
    from kingmaker.nlp.actors import _number_label

    spaces = [not (i + 1 < len(words) and words[i + 1] == ".") for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    assert _number_label(doc, at, at + 1)


def test_a_short_name_ending_a_sentence_before_a_number_is_a_name():
    from kingmaker.nlp.actors import _number_label

    doc = Doc(spacy.blank("en").vocab, words=["claimed", "by", "Kovask", ".", "14", "people", "died"],
              spaces=[True, True, False, True, True, True, False])
    assert not _number_label(doc, 2, 3)


@pytest.mark.parametrize("first, second, body", [("Iraqi", "Turkish", ["Border", "Commission"]),
                                                 ("Omani", "Palestinian", ["Water", "Committee"]),
                                                 ("Russian", "Syrian", ["Joint", "Council"])])
def test_two_adjectives_joined_by_a_hyphen_open_a_shared_bodys_name(first, second, body):
    from kingmaker.nlp.actors import _joint_bodies

    words = ["the", first, "-", second, *body, "met"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, False, False, True, True, True, False],
              pos=["DET", "ADJ", "PUNCT", "ADJ", "PROPN", "PROPN", "VERB"])
    assert _joint_bodies(doc, [(1, 2, "NORP"), (4, 6, "")]) == [(1, 2, "NORP"), (4, 6, "PFX3:")]


def test_a_hyphen_between_spaces_or_a_body_without_a_group_noun_opens_no_shared_name():
    from kingmaker.nlp.actors import _joint_bodies

    doc = Doc(spacy.blank("en").vocab, words=["Iraqi", "-", "Turkish", "Border", "Commission"],
              spaces=[True, True, True, True, False])
    assert _joint_bodies(doc, [(3, 5, "")]) == [(3, 5, "")]  # "Iraqi - Turkish Border Commission": a heading's dash
    doc = Doc(spacy.blank("en").vocab, words=["Iraqi", "-", "Turkish", "Tomas", "Vendrel"],
              spaces=[False, False, True, True, False])
    assert _joint_bodies(doc, [(3, 5, "PERSON")]) == [(3, 5, "PERSON")]


@pytest.mark.parametrize("party", [["Orlane", "Greens"], ["Sarvane", "Democrats"], ["Vesk", "Republicans"]])
def test_an_untagged_party_of_its_leader_is_the_party_then_the_person(party):
    from kingmaker.nlp.actors import _candidates

    words = ["while", "the", *party, "of", "Ilse", "Marnow", "took", "38", "."]
    doc = _tagged(words, ["SCONJ", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "NUM", "PUNCT"],
                  ["IN", "DT", "NNP", "NNPS", "IN", "NNP", "NNP", "VBD", "CD", "."])
    got = [(s, e) for s, e, _ in _candidates(doc)]
    assert (2, 4) in got and (5, 7) in got, got


def test_a_short_form_ending_several_names_is_the_one_named_before_its_first_use():
    """'the Military Council for X (first) ... the Council ... the UN Security Council ... the Council': the short form
    stands for the name met last before its first use, and keeps that referent afterwards; with one name it is that
    one; with none named before its first use it is none."""
    from kingmaker.nlp.actors import _short_referent

    longer = {"council": {"supreme council for renewal", "security council"}, "front": {"dunmere front"}}
    named = {"supreme council for renewal": [3], "security council": [40], "dunmere front": [90]}
    bound: dict[str, str] = {}
    assert _short_referent("council", 20, longer, named, bound) == "supreme council for renewal"
    assert _short_referent("council", 60, longer, named, bound) == "supreme council for renewal"  # kept
    assert _short_referent("front", 10, longer, named, {}) == "dunmere front"  # one name: that one, anywhere
    assert _short_referent("council", 2, longer, named, {}) is None  # none named before it
    assert _short_referent("council", 50, longer, named, {}) == "security council"  # the nearer one before
    assert _short_referent("union", 50, longer, named, {}) is None


@pytest.mark.parametrize("words, first, second, joined", [
    (["the", "Harmony", "and", "Willow", "Party", "won"], (1, 2, "ORG"), (3, 5, ""), True),
    (["the", "Bread", "and", "Saffron", "Front", "won"], (1, 2, "NORP"), (3, 5, "ORG"), True),
    (["Vendrel", "'s", "Granite", "and", "Willow", "Movement", "won"], (2, 3, ""), (4, 6, "ORG"), True),
    (["the", "Ostravia", "and", "Willow", "Party", "won"], (1, 2, "GPE"), (3, 5, "ORG"), False),  # a state
    (["the", "Granite", "Front", "and", "Willow", "Party", "won"], (1, 3, "ORG"), (4, 6, "ORG"), False),  # a body
    (["met", "Granite", "and", "Willow", "Party", "men"], (1, 2, ""), (3, 5, "ORG"), False),  # no article
])
def test_words_and_a_bodys_name_after_an_article_are_one_name(words, first, second, joined):
    from kingmaker.nlp.actors import _join_and_names

    tags = ["POS" if w == "'s" else "DT" if w == "the" else "CC" if w == "and" else "NNP" if w[:1].isupper()
            else "VBD" for w in words]
    pos = {"POS": "PART", "DT": "DET", "CC": "CCONJ", "NNP": "PROPN", "VBD": "VERB"}
    doc = _tagged(words, [pos[t] for t in tags], tags)
    got = _join_and_names(doc, [first, second])
    assert got == ([(first[0], second[1], "EXT:ORG")] if joined else [first, second])


def test_the_short_form_of_a_name_joined_by_and_is_joined_too():
    from kingmaker.nlp.actors import _join_and_names

    words = ["the", "Harmony", "and", "Willow", "Party", "won", ".", "Harmony", "and", "Willow", "left"]
    tags = ["DT", "NNP", "CC", "NNP", "NNP", "VBD", ".", "NNP", "CC", "NNP", "VBD"]
    doc = _tagged(words, ["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "CCONJ", "PROPN",
                          "VERB"], tags)
    got = _join_and_names(doc, [(1, 2, "ORG"), (3, 5, ""), (7, 8, "ORG"), (9, 10, "")])
    assert got == [(1, 5, "EXT:ORG"), (7, 10, "EXT:ORG")]


@pytest.mark.parametrize("words, joined", [
    (["its", "bloc", "Devotion", "to", "the", "Marshes", ",", "said"], True),
    (["the", "list", "Faithful", "to", "the", "Valleys", "won"], True),
    (["they", "sent", "Vendrel", "to", "the", "Marshes", "."], False),  # no group noun before the name
])
def test_a_name_with_to_the_right_after_its_group_noun(words, joined):
    from kingmaker.nlp.actors import _join_to_names

    doc = spacy.blank("en")(" ".join(words))
    s = 2
    got = _join_to_names(doc, [(s, s + 1, "PERSON")])
    assert got == ([(s, s + 4, "EXT:ORG")] if joined else [(s, s + 1, "PERSON")])



def test_a_quoted_title_opening_with_the_is_a_work_not_a_body():
    from kingmaker.nlp.actors import _quoted_title
    nlp = spacy.blank("en")
    doc = nlp('From "The Silent Harbour", the memoirs of Tomas Vendrel.')
    assert _quoted_title(doc, 3, 5)  # Silent Harbour
    doc = nlp('"The Long Winter: A History of the Orvenna Front" by Tomas Vendrel.')
    assert _quoted_title(doc, 2, 4)  # Long Winter, before the subtitle
    assert not _quoted_title(doc, 9, 11)  # Orvenna Front, a body named inside the subtitle
    doc = nlp('The Dorvan Union said "the Karvel Front" had fired first.')
    assert not _quoted_title(doc, 6, 8)  # a lower-case article inside the quotation: a name quoted, not a title


def test_a_people_noun_of_a_state_the_text_names_is_no_bodys_members():
    # "all Quillanians", "Ostravians voted", "most Zelvorans": the people, not the body named with the adjective
    from kingmaker.nlp.actors import _match_org
    for people, body, state in [("Quillanians", "Quillanian Stevedores' Federation", "quillanian"),
                                ("Ostravians", "Ostravian Farmers' Union", "ostravian"),
                                ("Zelvorans", "Zelvoran Teachers' League", "zelvoran")]:
        orgs = _orgs([body])
        assert _match_org(people, orgs, frozenset({state})) is None
        assert _match_org(people, orgs) is orgs[0]  # no state of that name in the text: the body's members
    assert _match_org("Ruralists", _orgs(["Ruralist People's Party"]), frozenset({"ostravian"})) is not None


def test_a_people_noun_joins_the_state_whatever_kind_the_state_was_given():
    from kingmaker.nlp.actors import MentionInfo, _peoples_to_states
    for state, kind, people in [("Quillan", "country", "Quillanians"), ("Ostravia", "organization", "Ostravians"),
                                ("Zelvora", "place", "Zelvorans")]:
        ms = [MentionInfo(0, 1, state, state, "GPE", kind), MentionInfo(5, 6, people, people, "NORP", "organization")]
        _peoples_to_states(ms)
        assert (ms[1].kind, ms[1].key, ms[1].label) == ("country", "acr->0", "ALIAS")
    ms = [MentionInfo(0, 1, "Quillan", "Quillan", "GPE", "country"),
          MentionInfo(5, 6, "Ruralists", "Ruralists", "ORG", "organization")]
    _peoples_to_states(ms)
    assert ms[1].key == ""


def test_a_state_the_text_names_is_not_the_first_name_of_a_person_typed_name():
    from collections import Counter

    from kingmaker.nlp.actors import LocalActor, _state_word_of_name
    for full, word in [("ostravia reborn", "ostravia"), ("quillan forward", "quillan"), ("zelvora awakening", "zelvora")]:
        a = LocalActor(0, "person", None, f"person:{full}", names=Counter([full.title()]))
        assert _state_word_of_name(word, a, frozenset({word}))
        assert not _state_word_of_name(word, a, frozenset())  # a given name where the text names no such state
    a = LocalActor(0, "person", None, "person:tomas vendrel", names=Counter(["Tomas Vendrel"]))
    assert not _state_word_of_name("vendrel", a, frozenset({"vendrel"}))  # the surname is still his


def test_a_heading_in_capitals_naming_another_body_makes_the_short_form_ambiguous():
    from kingmaker.nlp.actors import _headed_other_bodies
    nlp = spacy.blank("en")
    for text, word, core in [("DRAVOS HILLS FRONT\n\nThe Front attacked.", "front", "zelvora unity"),
                             ("THE NORTHERN RIVER MOVEMENT\n\nThe Movement denies it.", "movement", "ostravia civic"),
                             ("THE AMBER HILLS LEAGUE\n\nThe League raids villages.", "league", "zelvora farmers")]:
        assert _headed_other_bodies(nlp(text), {word: {core}}) == {word}
    # the heading names the body the text names in full: the short form stays its own
    assert _headed_other_bodies(nlp("THE ZELVORA UNITY FRONT\n\nThe Front won."), {"front": {"zelvora unity"}}) == set()



def test_a_finite_verb_the_ner_took_into_a_name_splits_it_when_names_stand_on_both_sides():
    from kingmaker.nlp.actors import _candidates

    nlp = spacy.blank("en")
    words = ["Relko", "accused", "Darvin", "of", "lying", "."]
    tags = ["NNP", "VBD", "NNP", "IN", "VBG", "."]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "VERB", "PUNCT"]
    heads = [1, 1, 1, 1, 3, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "punct"]
    # "Relko accused" tagged as a person, "Darvin" as another: two people, no verb in either name
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 2, 3, label="PERSON")]
    got = [(s, e) for s, e, _ in _candidates(doc)]
    assert (0, 1) in got and (2, 3) in got and not any(s <= 1 < e for s, e in got)
    # the whole clause tagged as one person: the same two names
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    got = [(s, e) for s, e, _ in _candidates(doc)]
    assert (0, 1) in got and (2, 3) in got
    # no name after the verb: nothing is cut
    words = ["Relko", "Darvin", "says", "no", "."]
    doc = Doc(nlp.vocab, words=words, tags=["NNP", "NNP", "VBZ", "DT", "."],
              pos=["PROPN", "PROPN", "VERB", "DET", "PUNCT"], heads=[1, 2, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "dobj", "punct"])
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert _candidates(doc) and all(s == 0 for s, _, _ in _candidates(doc))


# ---------------------------------------------------------------------------------------------
# cue lists read from roles.yaml (not_actor_heads, place_nouns, not_person_words, state_body_nouns,
# adjective_state_cues, joined_nouns, not_place_heads, month_names, surname_particles, locative_preps, place_preps,
# rest_preps, company_owns, front_preps, where_preps, bloc_nouns, seat_winning_verbs): loaded into
# the knowledge, merged from a user lexicon,
# and read by their rules (one word fewer changes the reading)


def _spaced_doc(words: list[str], spaces: list[bool], pos: list[str] | None = None, heads=None, deps=None,
                ents=()) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_moved_actor_cue_lists_are_loaded():
    from kingmaker.knowledge import knowledge

    kb = knowledge()
    assert {"refinery", "rockets", "commemorations", "minority"} <= kb.not_actor_heads
    assert {"town", "suburb", "governorate"} <= kb.place_nouns
    assert {"times", "republic", "valley"} <= kb.not_person_words
    assert {"army", "service", "directorate"} <= kb.state_body_nouns
    assert {"parliament", "armed forces", "foreign minister"} <= kb.adjective_state_cues
    assert {"alliance", "talks", "tensions"} <= kb.joined_nouns
    assert {"rift", "stake", "seats"} <= kb.not_place_heads
    assert {"march", "oct", "sept"} <= kb.month_names
    assert {"von", "der", "bin"} <= kb.surname_particles
    assert {"near", "toward", "outside"} <= kb.locative_preps
    assert {"currency", "president"} <= kb.company_owns and {"along", "on"} <= kb.front_preps
    assert "in" in kb.where_preps and "at" not in kb.where_preps  # ("analysts at X" work there)
    assert "grouping" in kb.bloc_nouns and "garner" in kb.seat_winning_verbs


def test_a_user_lexicon_adds_to_a_moved_actor_cue_list(tmp_path, clean_lexicons):
    from kingmaker.knowledge import knowledge
    from kingmaker.knowledge.lexicons import set_lexicons
    from kingmaker.nlp.actors import _split_joined

    doc = Doc(spacy.blank("en").vocab, words=["the", "Sarn", "-", "Velta", "compact", "held", "."],
              spaces=[True, False, False, True, True, False, False])
    assert _split_joined(doc, [(1, 4)]) == [(1, 4)]
    mine = tmp_path / "mine.yaml"
    mine.write_text("roles:\n  joined_nouns: [compact]\n", encoding="utf-8")
    set_lexicons([mine])
    assert {"compact", "alliance"} <= knowledge().joined_nouns
    assert _split_joined(doc, [(1, 4)]) == [(1, 2), (3, 4)]  # two actors tied by a compact


def _fewer(monkeypatch, key: str, word: str) -> None:
    from kingmaker.knowledge import knowledge

    kb = knowledge()
    assert word in getattr(kb, key)
    monkeypatch.setattr(kb, key, getattr(kb, key) - {word})


def test_a_hyphen_before_a_joined_noun_splits_two_actors(monkeypatch):
    from kingmaker.nlp.actors import _split_joined

    doc = Doc(spacy.blank("en").vocab, words=["the", "Sarn", "-", "Velta", "alliance", "met", "."],
              spaces=[True, False, False, True, True, False, False])
    assert _split_joined(doc, [(1, 4)]) == [(1, 2), (3, 4)]
    _fewer(monkeypatch, "joined_nouns", "alliance")
    assert _split_joined(doc, [(1, 4)]) == [(1, 4)]


@pytest.mark.parametrize("key, word, words", [
    ("not_actor_heads", "refinery", ["the", "Kessa", "Refinery", "burned", "."]),
    ("place_nouns", "suburb", ["the", "Kessa", "Suburb", "voted", "."]),
])
def test_a_place_or_facility_head_makes_no_untagged_body_name(monkeypatch, key, word, words):
    from kingmaker.nlp.actors import _untagged_body_name

    assert not _untagged_body_name(make_doc(words, ["DET", "PROPN", "PROPN", "VERB", "PUNCT"], []), 1, 3)
    _fewer(monkeypatch, key, word)
    assert _untagged_body_name(make_doc(words, ["DET", "PROPN", "PROPN", "VERB", "PUNCT"], []), 1, 3)


def test_a_word_no_person_holds_votes_against_a_persons_name(monkeypatch):
    from kingmaker.nlp.actors import _votes

    def person_vote() -> float:
        doc = make_doc(["Velbor", "Times", "said", "so", "."], ["PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
                       [(0, 2, "PERSON")])
        return _votes(doc, 0, 2, "PERSON")["person"]

    before = person_vote()
    _fewer(monkeypatch, "not_person_words", "times")
    assert person_vote() > before


def test_an_organisation_ending_in_a_state_body_noun_names_its_state(monkeypatch):
    from kingmaker.nlp.actors import _candidates

    def candidates():
        doc = make_doc(["The", "Peruvian", "National", "Security", "Service", "said", "."],
                       ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(1, 5, "ORG")])
        return _candidates(doc)

    assert (1, 2, "GPE") in candidates()
    _fewer(monkeypatch, "state_body_nouns", "service")
    assert candidates() == [(1, 5, "ORG")]


def test_an_adjective_before_a_state_cue_makes_a_state(monkeypatch):
    def states():
        return document_states(make_doc(["The", "Freedonian", "parliament", "met", "."],
                                        ["DET", "ADJ", "NOUN", "VERB", "PUNCT"], []))

    assert states()["freedonian"] == "Freedonia"
    _fewer(monkeypatch, "adjective_state_cues", "parliament")
    assert states() == {}


def test_a_name_used_only_after_a_rift_in_is_no_place(monkeypatch):
    from kingmaker.nlp.actors import _only_where

    def where() -> bool:
        doc = _spaced_doc(["A", "rift", "in", "Harsk", "grew", "."], [True] * 5 + [False],
                          ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], heads=[1, 4, 1, 2, 4, 4],
                          deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"], ents=[(3, 4, "ORG")])
        return _only_where(doc, doc[3])

    assert not where()  # "a rift in Harsk": Harsk is a body
    _fewer(monkeypatch, "not_place_heads", "rift")
    assert where()


def test_a_month_after_a_datelines_place_makes_no_state(monkeypatch):
    from kingmaker.nlp.actors import _dateline_state

    def dateline():
        doc = Doc(spacy.blank("en").vocab, words=["VELBOR", ",", "March", "-", "The", "convoy", "left", "."],
                  spaces=[False, True, True, True, True, True, False, False])
        return _dateline_state(doc, set())

    assert dateline() is None  # "VELBOR, March -": a date
    _fewer(monkeypatch, "month_names", "march")
    assert dateline() == ("march", "March")


def test_a_persons_name_cut_after_a_surname_particle_goes_on(monkeypatch):
    from kingmaker.nlp.actors import _candidates

    def candidates():
        return _candidates(make_doc(["Ilse", "von", "der", "Marken", "spoke", "."],
                                    ["PROPN", "ADP", "DET", "PROPN", "VERB", "PUNCT"], [(0, 3, "PERSON")]))

    assert candidates() == [(0, 4, "EXT:PERSON")]
    _fewer(monkeypatch, "surname_particles", "der")
    assert (0, 3, "PERSON") in candidates()


def test_a_name_after_a_preposition_of_place_is_shown_as_a_place(monkeypatch):
    from kingmaker.nlp.actors import _shown_as_place

    doc = make_doc(["Troops", "massed", "near", "Harsk", "."], ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], [])
    assert _shown_as_place(doc, "harsk")
    _fewer(monkeypatch, "locative_preps", "near")
    assert not _shown_as_place(make_doc(["Troops", "massed", "near", "Harsk", "."],
                                        ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], []), "harsk")


def test_a_state_after_a_preposition_of_place_or_of_rest_is_used_as_a_place(monkeypatch):
    # roles.yaml place_preps and rest_preps (to_model._as_place, _city_or_language): "a tribunal in Paris"
    from kingmaker.knowledge import knowledge
    from kingmaker.nlp.to_model import _as_place, _city_or_language

    def doc():
        return _spaced_doc(["A", "tribunal", "in", "Paris", "ruled", "."], [True] * 5 + [False],
                           ["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"], heads=[1, 4, 1, 2, 4, 4],
                           deps=["det", "nsubj", "prep", "pobj", "ROOT", "punct"], ents=[(3, 4, "GPE")])

    assert {"in", "from", "to"} <= knowledge().place_preps and {"in", "at"} <= knowledge().rest_preps
    assert "from" not in knowledge().rest_preps
    d = doc()
    assert _as_place(d[3]) and _city_or_language(d[3:4])
    _fewer(monkeypatch, "rest_preps", "in")  # a place still, but no longer where something happens
    d = doc()
    assert _as_place(d[3]) and not _city_or_language(d[3:4])
    _fewer(monkeypatch, "place_preps", "in")
    assert not _as_place(doc()[3])


def test_what_a_company_owns_too_proves_no_state_of_an_organisations_name(monkeypatch):
    def states():
        return document_states(make_doc(["Zentragaz", "'s", "currency", "fell", "."],
                                        ["PROPN", "PART", "NOUN", "VERB", "PUNCT"], [(0, 1, "ORG")]))

    assert states() == {}
    _fewer(monkeypatch, "company_owns", "currency")
    assert states()["zentragaz"] == "Zentragaz"


def test_a_front_noun_after_a_preposition_of_a_front_line_is_no_body(monkeypatch):
    from kingmaker.nlp.actors import _front_line

    def front() -> bool:
        doc = make_doc(["Troops", "advanced", "on", "the", "Vesk", "front", "."],
                       ["NOUN", "VERB", "ADP", "DET", "PROPN", "NOUN", "PUNCT"], [])
        return _front_line(doc, 5, "ORG")

    assert front()
    _fewer(monkeypatch, "front_preps", "on")
    assert not front()


def test_a_name_used_only_after_a_preposition_of_where_is_a_place(monkeypatch):
    from kingmaker.nlp.actors import _only_where

    def where() -> bool:
        doc = _spaced_doc(["Voters", "in", "Harsk", "cheered", "."], [True] * 4 + [False],
                          ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"], heads=[3, 0, 1, 3, 3],
                          deps=["nsubj", "prep", "pobj", "ROOT", "punct"], ents=[(2, 3, "ORG")])
        return _only_where(doc, doc[2])

    assert where()
    _fewer(monkeypatch, "where_preps", "in")
    assert not where()


@pytest.mark.parametrize("key, word", [("bloc_nouns", "coalition"), ("seat_winning_verbs", "win")])
def test_a_bloc_described_as_winning_seats_is_an_actor(monkeypatch, key, word):
    from kingmaker.nlp.actors import _described_blocs

    def blocs() -> list[str]:
        words = ["A", "coalition", "of", "religious", "parties", "won", "seventy", "seats", "."]
        doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False, False],
                  lemmas=["a", "coalition", "of", "religious", "party", "win", "seventy", "seat", "."],
                  pos=["DET", "NOUN", "ADP", "ADJ", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                  heads=[1, 5, 1, 4, 2, 5, 7, 5, 5],
                  deps=["det", "nsubj", "prep", "amod", "pobj", "ROOT", "nummod", "dobj", "punct"])
        mentions = []
        _described_blocs(doc, mentions)
        return [m.name for m in mentions]

    assert blocs() == ["coalition of religious parties"]
    _fewer(monkeypatch, key, word)
    assert blocs() == []


def test_segment_starts_mark_sentence_line_and_bracket_openers():
    """``_segment_starts`` (the per-Doc table ``_starts_segment`` reads): the first token, a sentence's first, and
    a token after an opening mark or a line break; a word after a plain space or a comma opens nothing."""
    from kingmaker.nlp.actors import _segment_starts, _starts_segment

    words = ["Talks", "with", "Varn", "Front", "ended", ".", "Then", "Kessa", "(", "Ruvel", ")", "said", ":",
             "Dorn", "\n", "Velm", ",", "Osk", "wept"]
    starts = [True] + [False] * 5 + [True] + [False] * 12
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    expected = [True, False, False, False, False, False, True, False, False, True, False, False, False, True,
                False, True, False, False, False]
    assert _segment_starts(doc) == expected
    assert [_starts_segment(doc, i) for i in range(len(doc))] == expected
