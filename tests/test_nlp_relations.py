"""Relation rules (lasting ties), one family at a time.

Two kinds of test: rules run on a ``Doc`` built by hand (words, heads, dependency labels and
the actor mentions set directly), so a failure names the rule and needs no statistical model;
and the same families end to end through the real English pipeline on sentences written for
these tests (invented people and organisations).
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import kingmaker.nlp.pipeline  # noqa: F401  (registers the Doc extensions)
from kingmaker.api import extract_documents
from kingmaker.model import Document
from kingmaker.nlp.actors import LocalActor, MentionInfo
from kingmaker.nlp.relations import PhraseResolver, find_relations


VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, shape) without a model


def built(tokens: list[tuple], actors: dict[tuple[int, int], tuple[str, str]]) -> Doc:
    """A parsed Doc from rows ``(word, head, dep, pos, tag[, lemma])`` (head: absolute index) and
    actor mentions ``{(start, end): (name, kind)}``; mentions with the same name are one actor."""
    words = [t[0] for t in tokens]
    doc = Doc(VOCAB, words=words, heads=[t[1] for t in tokens], deps=[t[2] for t in tokens],
              pos=[t[3] for t in tokens], tags=[t[4] for t in tokens],
              lemmas=[t[5] if len(t) > 5 else t[0].lower() for t in tokens])
    local: dict[str, LocalActor] = {}
    mentions = []
    tok2m = [-1] * len(doc)
    for (start, end), (name, kind) in sorted(actors.items()):
        key = ("country:" if kind == "country" else kind + ":") + name
        if name not in local:
            local[name] = LocalActor(len(local), kind, None, key)
        a = local[name]
        a.names[name] += 1
        a.mentions.append(len(mentions))
        for i in range(start, end):
            tok2m[i] = len(mentions)
        mentions.append(MentionInfo(start, end, doc[start:end].text, name, "", kind, None, key, a.idx))
    doc._.km_mentions = mentions
    doc._.km_actors = list(local.values())
    doc._.km_tok2m = tok2m
    return doc


def ties(doc: Doc) -> set[tuple[str, str, str]]:
    names = {a.idx: a.name for a in doc._.km_actors}
    return {(names[h.source], h.type, names[h.target]) for h in find_relations(doc)}


# ---------------------------------------------------------------- on hand-built parses (no model)

def test_patron_in_apposition_backs_the_possessor():
    # "Ostravia, the Front's patron, spoke ."
    doc = built([("Ostravia", 6, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("the", 3, "det", "DET", "DT"), ("Front", 5, "poss", "PROPN", "NNP"),
                 ("'s", 3, "case", "PART", "POS"), ("patron", 0, "appos", "NOUN", "NN"),
                 ("spoke", 6, "ROOT", "VERB", "VBD", "speak"), (".", 6, "punct", "PUNCT", ".")],
                {(0, 1): ("Ostravia", "country"), (3, 4): ("Front", "organization")})
    found = ties(doc)
    assert ("Ostravia", "backs", "Front") in found
    assert ("Front", "backs", "Ostravia") not in found


def test_proxy_in_apposition_is_backed_by_the_possessor():
    # "the Dawn Brigade, Ostravia's proxy, fired ."
    doc = built([("Brigade", 4, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("Ostravia", 3, "poss", "PROPN", "NNP"), ("proxy", 0, "appos", "NOUN", "NN"),
                 ("fired", 4, "ROOT", "VERB", "VBD", "fire"), (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Dawn Brigade", "organization"), (2, 3): ("Ostravia", "country")})
    assert ("Ostravia", "backs", "Dawn Brigade") in ties(doc)


def test_parent_organization_with_a_possessive_pronoun():
    # "The Brigade fired . Its parent organization , the Front , sits ."
    doc = built([("The", 1, "det", "DET", "DT"), ("Brigade", 2, "nsubj", "PROPN", "NNP"),
                 ("fired", 2, "ROOT", "VERB", "VBD", "fire"), (".", 2, "punct", "PUNCT", "."),
                 ("Its", 6, "poss", "PRON", "PRP$"), ("parent", 6, "compound", "NOUN", "NN"),
                 ("organization", 11, "nsubj", "NOUN", "NN"), (",", 6, "punct", "PUNCT", ","),
                 ("the", 9, "det", "DET", "DT"), ("Front", 6, "appos", "PROPN", "NNP"),
                 (",", 6, "punct", "PUNCT", ","), ("sits", 11, "ROOT", "VERB", "VBZ", "sit"),
                 (".", 11, "punct", "PUNCT", ".")],
                {(1, 2): ("Brigade", "organization"), (9, 10): ("Front", "organization")})
    found = ties(doc)
    assert ("Brigade", "part_of", "Front") in found
    assert not any(t[1] == "backs" for t in found)  # not read as "his militia, the X"


def _possessive_party_doc(title: list[tuple]) -> Doc:
    # "[TITLE] Vendrel 's Beacon Party won ."
    n = len(title)
    rows = [(w, n, "compound", "NOUN", "NN") for w, *_ in title]
    rows += [("Vendrel", n + 3, "poss", "PROPN", "NNP"), ("'s", n, "case", "PART", "POS"),
             ("Beacon", n + 3, "compound", "PROPN", "NNP"), ("Party", n + 4, "nsubj", "PROPN", "NNP"),
             ("won", n + 4, "ROOT", "VERB", "VBD", "win"), (".", n + 4, "punct", "PUNCT", ".")]
    return built(rows, {(n, n + 1): ("Tomas Vendrel", "person"), (n + 2, n + 4): ("Beacon Party", "organization")})


def test_a_persons_possessive_party_is_the_one_the_person_leads():
    # "Vendrel's Beacon Party": named after the person at its head
    assert ("Tomas Vendrel", "leader_of", "Beacon Party") in ties(_possessive_party_doc([]))
    # "deputy chairman Vendrel's Beacon Party": a deputy's title makes the person a member
    found = ties(_possessive_party_doc([("deputy",), ("chairman",)]))
    assert ("Tomas Vendrel", "member_of", "Beacon Party") in found
    assert ("Tomas Vendrel", "leader_of", "Beacon Party") not in found


def test_represented_by_a_person_makes_the_person_a_member():
    # "The Front was represented by Vendrel ." (relations.yaml passive_participles: represent)
    doc = built([("The", 1, "det", "DET", "DT"), ("Front", 3, "nsubjpass", "PROPN", "NNP"),
                 ("was", 3, "auxpass", "AUX", "VBD", "be"), ("represented", 3, "ROOT", "VERB", "VBN", "represent"),
                 ("by", 3, "agent", "ADP", "IN"), ("Vendrel", 4, "pobj", "PROPN", "NNP"),
                 (".", 3, "punct", "PUNCT", ".")],
                {(1, 2): ("Velder Front", "organization"), (5, 6): ("Tomas Vendrel", "person")})
    assert ("Tomas Vendrel", "member_of", "Velder Front") in ties(doc)


def test_fought_each_other_is_lasting_hostility():
    # "A and B have fought each other since 2019 ."
    doc = built([("A", 4, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
                 ("B", 0, "conj", "PROPN", "NNP"), ("have", 4, "aux", "AUX", "VBP", "have"),
                 ("fought", 4, "ROOT", "VERB", "VBN", "fight"), ("each", 6, "det", "DET", "DT"),
                 ("other", 4, "dobj", "ADJ", "JJ"), ("since", 4, "prep", "ADP", "IN"),
                 ("2019", 7, "pobj", "NUM", "CD"), (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Red Front", "organization"), (2, 3): ("Blue Front", "organization")})
    assert ("Red Front", "opposes", "Blue Front") in ties(doc)


def test_a_single_fight_is_an_event_not_a_tie():
    # "A fought B on Monday ."
    doc = built([("A", 1, "nsubj", "PROPN", "NNP"), ("fought", 1, "ROOT", "VERB", "VBD", "fight"),
                 ("B", 1, "dobj", "PROPN", "NNP"), ("on", 1, "prep", "ADP", "IN"),
                 ("Monday", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Red Front", "organization"), (2, 3): ("Blue Front", "organization")})
    assert ties(doc) == set()
    # the same with a perfect tense is lasting
    doc = built([("A", 2, "nsubj", "PROPN", "NNP"), ("has", 2, "aux", "AUX", "VBZ", "have"),
                 ("fought", 2, "ROOT", "VERB", "VBN", "fight"), ("B", 2, "dobj", "PROPN", "NNP"),
                 (".", 2, "punct", "PUNCT", ".")],
                {(0, 1): ("Red Front", "organization"), (3, 4): ("Blue Front", "organization")})
    assert ("Red Front", "opposes", "Blue Front") in ties(doc)


def test_whose_relational_noun_with_a_copula():
    # "The Front , whose armed wing is the Brigade , won ."
    doc = built([("The", 1, "det", "DET", "DT"), ("Front", 11, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("whose", 5, "poss", "DET", "WP$"),
                 ("armed", 5, "amod", "ADJ", "JJ"), ("wing", 6, "nsubj", "NOUN", "NN"),
                 ("is", 1, "relcl", "AUX", "VBZ", "be"), ("the", 8, "det", "DET", "DT"),
                 ("Brigade", 6, "attr", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
                 ("then", 11, "advmod", "ADV", "RB"), ("won", 11, "ROOT", "VERB", "VBD", "win"),
                 (".", 11, "punct", "PUNCT", ".")],
                {(1, 2): ("Front", "organization"), (8, 9): ("Brigade", "organization")})
    assert ("Brigade", "part_of", "Front") in ties(doc)


def test_person_of_an_organisation():
    # "Novak of the List spoke ."
    doc = built([("Novak", 4, "nsubj", "PROPN", "NNP"), ("of", 0, "prep", "ADP", "IN"),
                 ("the", 3, "det", "DET", "DT"), ("List", 1, "pobj", "PROPN", "NNP"),
                 ("spoke", 4, "ROOT", "VERB", "VBD", "speak"), (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Petra Novak", "person"), (3, 4): ("Green List", "organization")})
    assert ("Petra Novak", "member_of", "Green List") in ties(doc)
    # a state after "of" is where someone is from, not what they belong to
    doc = built([("Novak", 4, "nsubj", "PROPN", "NNP"), ("of", 0, "prep", "ADP", "IN"),
                 ("the", 3, "det", "DET", "DT"), ("Ostravia", 1, "pobj", "PROPN", "NNP"),
                 ("spoke", 4, "ROOT", "VERB", "VBD", "speak"), (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Petra Novak", "person"), (3, 4): ("Ostravia", "country")})
    assert ties(doc) == set()


def test_refusing_to_join_is_hostility():
    # "Novak ruled out joining a government led by Tolvan ."
    doc = built([("Novak", 1, "nsubj", "PROPN", "NNP"), ("ruled", 1, "ROOT", "VERB", "VBD", "rule"),
                 ("out", 1, "prt", "ADP", "RP"), ("joining", 1, "xcomp", "VERB", "VBG", "join"),
                 ("a", 5, "det", "DET", "DT"), ("government", 3, "dobj", "NOUN", "NN"),
                 ("led", 5, "acl", "VERB", "VBN", "lead"), ("by", 6, "agent", "ADP", "IN"),
                 ("Tolvan", 7, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Petra Novak", "person"), (8, 9): ("Marek Tolvan", "person")})
    found = ties(doc)
    assert ("Petra Novak", "opposes", "Marek Tolvan") in found
    assert ("Petra Novak", "member_of", "Marek Tolvan") not in found


def _not_back_doc(obj: list[tuple], actors: dict) -> Doc:
    # "Novak will not back " + the object phrase + " ."
    tokens = [("Novak", 3, "nsubj", "PROPN", "NNP"), ("will", 3, "aux", "AUX", "MD"), ("not", 3, "neg", "PART", "RB"),
              ("back", 3, "ROOT", "VERB", "VB", "back"), *obj, (".", 3, "punct", "PUNCT", ".")]
    return built(tokens, {(0, 1): ("Petra Novak", "person"), **actors})


def test_refusing_to_back_a_government_of_a_side_is_hostility():
    # "Novak will not back a Tolvan government ."
    doc = _not_back_doc([("a", 6, "det", "DET", "DT"), ("Tolvan", 6, "compound", "PROPN", "NNP"),
                         ("government", 3, "dobj", "NOUN", "NN", "government")], {(5, 6): ("Marek Tolvan", "person")})
    assert ("Petra Novak", "opposes", "Marek Tolvan") in ties(doc)
    # "Novak will not back any government that includes the Front ."
    doc = _not_back_doc([("any", 5, "det", "DET", "DT"), ("government", 3, "dobj", "NOUN", "NN", "government"),
                         ("that", 7, "nsubj", "PRON", "WDT"), ("includes", 5, "relcl", "VERB", "VBZ", "include"),
                         ("the", 9, "det", "DET", "DT"), ("Front", 7, "dobj", "PROPN", "NNP")],
                        {(9, 10): ("Karvel Front", "organization")})
    assert ("Petra Novak", "opposes", "Karvel Front") in ties(doc)


def test_refusing_to_back_a_person_or_a_bare_government_is_no_tie():
    # "Novak will not back Tolvan ." (a vote withheld, no hostility stated)
    doc = _not_back_doc([("Tolvan", 3, "dobj", "PROPN", "NNP")], {(4, 5): ("Marek Tolvan", "person")})
    assert not {t for t in ties(doc) if t[0] == "Petra Novak"}
    # "Novak will not back the government ." (whose government is not said)
    doc = _not_back_doc([("the", 5, "det", "DET", "DT"), ("government", 3, "dobj", "NOUN", "NN", "government")], {})
    assert not {t for t in ties(doc) if t[0] == "Petra Novak"}


def test_a_stance_noun_hung_on_the_first_roles_object_is_a_second_role():
    # "Drosk , chief of the army and Vendrel 's closest ally , spoke ."
    doc = built([("Drosk", 12, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("chief", 0, "appos", "NOUN", "NN"), ("of", 2, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
                 ("army", 3, "pobj", "NOUN", "NN"), ("and", 5, "cc", "CCONJ", "CC"),
                 ("Vendrel", 10, "poss", "PROPN", "NNP"), ("'s", 7, "case", "PART", "POS"),
                 ("closest", 10, "amod", "ADJ", "JJS", "close"), ("ally", 5, "conj", "NOUN", "NN"),
                 (",", 0, "punct", "PUNCT", ","), ("spoke", 12, "ROOT", "VERB", "VBD", "speak"),
                 (".", 12, "punct", "PUNCT", ".")],
                {(0, 1): ("Marco Drosk", "person"), (7, 8): ("Tomas Vendrel", "person")})
    assert ("Marco Drosk", "allied_with", "Tomas Vendrel") in ties(doc)


def test_a_stance_of_the_last_of_two_possessors_is_a_second_role():
    # "Drosk , chief of the army and Vendrel 's closest ally , spoke ." parsed as "of [the army and Vendrel]'s ally"
    doc = built([("Drosk", 12, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("chief", 0, "appos", "NOUN", "NN"), ("of", 2, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
                 ("army", 10, "poss", "PROPN", "NNP"), ("and", 5, "cc", "CCONJ", "CC"),
                 ("Vendrel", 5, "conj", "PROPN", "NNP"), ("'s", 7, "case", "PART", "POS"),
                 ("closest", 10, "amod", "ADJ", "JJS", "close"), ("ally", 3, "pobj", "NOUN", "NN"),
                 (",", 0, "punct", "PUNCT", ","), ("spoke", 12, "ROOT", "VERB", "VBD", "speak"),
                 (".", 12, "punct", "PUNCT", ".")],
                {(0, 1): ("Marco Drosk", "person"), (5, 6): ("Karvel Army", "organization"),
                 (7, 8): ("Tomas Vendrel", "person")})
    found = ties(doc)
    assert ("Marco Drosk", "allied_with", "Tomas Vendrel") in found
    assert ("Marco Drosk", "allied_with", "Karvel Army") not in found


def _title_doc(home_mentions: int, institution: bool) -> Doc:
    # "Prime Minister Tolvan spoke . Ostravia ... Ostravia ... [the Ostravian army] ... Ruritania ."
    rows = [("Prime", 1, "compound", "PROPN", "NNP"), ("Minister", 2, "compound", "PROPN", "NNP"),
            ("Tolvan", 3, "nsubj", "PROPN", "NNP"), ("spoke", 3, "ROOT", "VERB", "VBD", "speak"),
            (".", 3, "punct", "PUNCT", ".")]
    actors = {(2, 3): ("Marek Tolvan", "person")}
    for _ in range(home_mentions):
        n = len(rows)
        rows += [("Ostravia", n + 1, "nsubj", "PROPN", "NNP"), ("voted", n + 1, "ROOT", "VERB", "VBD", "vote"),
                 (".", n + 1, "punct", "PUNCT", ".")]
        actors[(n, n + 1)] = ("Ostravia", "country")
    if institution:
        n = len(rows)
        rows += [("army", n + 1, "nsubj", "NOUN", "NN"), ("moved", n + 1, "ROOT", "VERB", "VBD", "move"),
                 (".", n + 1, "punct", "PUNCT", ".")]
        actors[(n, n + 1)] = ("Ostravian army", "organization")
    doc = built(rows, actors)
    for m in doc._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return doc


def test_a_title_naming_no_state_goes_to_the_article_state():
    doc = _title_doc(home_mentions=3, institution=True)
    assert PhraseResolver(doc).home_state() is not None
    assert ("Marek Tolvan", "leader_of", "Ostravia") in ties(doc)


def _ruling_doc(person: str) -> Doc:
    # "Tolvan 's government fell ." + the article's state (three mentions and its army)
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    n = len(rows)
    rows += [("Tolvan", n + 2, "poss", "PROPN", "NNP"), ("'s", n, "case", "PART", "POS"),
             ("government", n + 3, "nsubj", "NOUN", "NN"), ("fell", n + 3, "ROOT", "VERB", "VBD", "fall"),
             (".", n + 3, "punct", "PUNCT", ".")]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    actors.pop((2, 3))  # the title sentence's Tolvan: only the ruler named here
    actors[(n, n + 1)] = (person, "person")
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return out


def test_a_ruling_noun_after_a_person_named_in_full_rules_the_article_state():
    assert ("Marek Tolvan", "leader_of", "Ostravia") in ties(_ruling_doc("Marek Tolvan"))
    # a one-word "person" may be a state the name finder missed ("Tolvan's government")
    assert not any(t[1] == "leader_of" for t in ties(_ruling_doc("Tolvan")))


def test_no_article_state_without_its_institutions():
    # mentioned often but never as a state with its own army, ministry or parliament: too weak
    doc = _title_doc(home_mentions=3, institution=False)
    assert PhraseResolver(doc).home_state() is None
    assert not any(t[2] == "Ostravia" for t in ties(doc))


def _soldiers_doc(subject: str, pos: str, tag: str) -> tuple[Doc, int]:
    # the article's state (three mentions and its army) + "SUBJECT killed 12 soldiers ."; the index of "soldiers"
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    n = len(rows)
    rows += [(subject, n + 1, "nsubj", pos, tag), ("killed", n + 1, "ROOT", "VERB", "VBD", "kill"),
             ("12", n + 3, "nummod", "NUM", "CD"), ("soldiers", n + 1, "dobj", "NOUN", "NNS", "soldier"),
             (".", n + 1, "punct", "PUNCT", ".")]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return out, n + 3


def test_counted_soldiers_with_no_owner_are_the_article_states():
    doc, i = _soldiers_doc("Rebels", "NOUN", "NNS")
    resolver = PhraseResolver(doc)
    assert resolver.counted_soldiers(doc[i]) == resolver.home_state() is not None
    # the state's own force moving its men names no one else
    doc, i = _soldiers_doc("army", "NOUN", "NN")
    assert PhraseResolver(doc).counted_soldiers(doc[i]) is None
    # no article state: no owner
    doc = _title_doc(home_mentions=3, institution=False)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    n = len(rows)
    rows += [("Rebels", n + 1, "nsubj", "NOUN", "NNS"), ("killed", n + 1, "ROOT", "VERB", "VBD", "kill"),
             ("12", n + 3, "nummod", "NUM", "CD"), ("soldiers", n + 1, "dobj", "NOUN", "NNS", "soldier"),
             (".", n + 1, "punct", "PUNCT", ".")]
    bare = built(rows, {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions})
    assert PhraseResolver(bare).counted_soldiers(bare[n + 3]) is None


def _new_office_doc(given: bool, mod: str = "new") -> Doc:
    # "Delegates elected Vendrel as chairman . Marovic accused the MOD chairman ." (or "... as treasurer .")
    office = "chairman" if given else "treasurer"
    return built([("Delegates", 1, "nsubj", "NOUN", "NNS", "delegate"), ("elected", 1, "ROOT", "VERB", "VBD", "elect"),
                  ("Vendrel", 1, "dobj", "PROPN", "NNP"), ("as", 1, "prep", "ADP", "IN"),
                  (office, 3, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
                  ("Marovic", 7, "nsubj", "PROPN", "NNP"), ("accused", 7, "ROOT", "VERB", "VBD", "accuse"),
                  ("the", 10, "det", "DET", "DT"), (mod, 10, "amod", "ADJ", "JJ"),
                  ("chairman", 7, "dobj", "NOUN", "NN"), (".", 7, "punct", "PUNCT", ".")],
                 {(2, 3): ("Tomas Vendrel", "person"), (6, 7): ("Ilsa Marovic", "person")})


def test_a_new_office_is_the_one_person_given_it_before():
    doc = _new_office_doc(given=True)
    assert PhraseResolver(doc).new_holder(doc[10]) == PhraseResolver(doc).actor(doc[2]) is not None
    doc = _new_office_doc(given=False)  # another office was given: no one
    assert PhraseResolver(doc).new_holder(doc[10]) is None
    doc = _new_office_doc(given=True, mod="former")  # not a newly held office
    assert PhraseResolver(doc).new_holder(doc[10]) is None


def _ministry_doc(field: str, pos: str = "NOUN", tag: str = "NN") -> tuple[Doc, int]:
    # the article's state (three mentions and its army) + "The FIELD ministry said ."; the index of "ministry"
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    n = len(rows)
    rows += [("The", n + 2, "det", "DET", "DT"), (field, n + 2, "compound", pos, tag),
             ("ministry", n + 3, "nsubj", "NOUN", "NN"), ("said", n + 3, "ROOT", "VERB", "VBD", "say"),
             (".", n + 3, "punct", "PUNCT", ".")]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return out, n + 2


@pytest.mark.parametrize("field", ["water", "health", "finance"])
def test_a_department_named_by_its_field_is_the_article_states(field):
    doc, i = _ministry_doc(field)
    resolver = PhraseResolver(doc)
    assert resolver.home_ruler(doc[i]) == resolver.home_state() is not None


def test_a_ministry_named_by_a_capitalised_word_is_not_the_article_states():
    doc, i = _ministry_doc("Karvelian", "ADJ", "JJ")  # (names its own state, or is a name)
    assert PhraseResolver(doc).home_ruler(doc[i]) is None


def _government_side_doc(rows_after: list[tuple], head: int) -> tuple[Doc, int]:
    # the article's state (three mentions and its army) + a sentence; the index of its noun ``head`` (relative)
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    n = len(rows)
    rows += [(r[0], r[1] + n, *r[2:]) for r in rows_after]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return out, n + head


@pytest.mark.parametrize("rows, head", [
    # "Rebels released 17 government soldiers ."
    ([("Rebels", 1, "nsubj", "NOUN", "NNS"), ("released", 1, "ROOT", "VERB", "VBD", "release"),
      ("17", 4, "nummod", "NUM", "CD"), ("government", 4, "compound", "NOUN", "NN"),
      ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"), (".", 1, "punct", "PUNCT", ".")], 4),
    # "The government side freed rebels ."
    ([("The", 2, "det", "DET", "DT"), ("government", 2, "compound", "NOUN", "NN"), ("side", 3, "nsubj", "NOUN", "NN"),
      ("freed", 3, "ROOT", "VERB", "VBD", "free"), ("rebels", 3, "dobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")], 2),
    # "Government troops and tribal fighters stopped it ."
    ([("Government", 1, "compound", "NOUN", "NN"), ("troops", 5, "nsubj", "NOUN", "NNS", "troop"),
      ("and", 1, "cc", "CCONJ", "CC"), ("tribal", 4, "amod", "ADJ", "JJ"), ("fighters", 1, "conj", "NOUN", "NNS"),
      ("stopped", 5, "ROOT", "VERB", "VBD", "stop"), ("it", 5, "dobj", "PRON", "PRP"), (".", 5, "punct", "PUNCT", ".")], 1),
])
def test_the_government_side_is_the_article_states(rows, head):
    doc, i = _government_side_doc(rows, head)
    resolver = PhraseResolver(doc)
    assert resolver.home_ruler(doc[i]) == resolver.home_state() is not None


@pytest.mark.parametrize("modifier, home", [("federal", True), ("central", True), ("new", False), ("rebel", False)])
def test_the_government_with_a_listed_modifier_is_the_article_states_ruler(modifier, home):
    # relations.yaml home_government_modifiers, read by PhraseResolver.the_government: "The federal government said ."
    doc, i = _government_side_doc([
        ("The", 2, "det", "DET", "DT"), (modifier, 2, "amod", "ADJ", "JJ"), ("government", 3, "nsubj", "NOUN", "NN"),
        ("said", 3, "ROOT", "VERB", "VBD", "say"), (".", 3, "punct", "PUNCT", ".")], 2)
    resolver = PhraseResolver(doc)
    assert (resolver.home_ruler(doc[i]) == resolver.home_state() is not None) if home else \
        resolver.home_ruler(doc[i]) is None


def test_soldiers_of_a_named_body_are_not_the_government_sides():
    # "Rebels released 17 government soldiers of the Front ."
    doc, i = _government_side_doc([
        ("Rebels", 1, "nsubj", "NOUN", "NNS"), ("released", 1, "ROOT", "VERB", "VBD", "release"),
        ("17", 4, "nummod", "NUM", "CD"), ("government", 4, "compound", "NOUN", "NN"),
        ("soldiers", 1, "dobj", "NOUN", "NNS", "soldier"), ("of", 4, "prep", "ADP", "IN"), ("the", 7, "det", "DET", "DT"),
        ("Front", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")], 4)
    assert PhraseResolver(doc).home_ruler(doc[i]) is None


def _bare_parliament_doc(det: str | None) -> Doc:
    # "The Ostravian parliament voted . Vendrel praised [DET] parliament ."
    rows = [("The", 2, "det", "DET", "DT"), ("Ostravian", 2, "amod", "ADJ", "JJ"), ("parliament", 3, "nsubj", "NOUN", "NN"),
            ("voted", 3, "ROOT", "VERB", "VBD", "vote"), (".", 3, "punct", "PUNCT", "."),
            ("Vendrel", 6, "nsubj", "PROPN", "NNP"), ("praised", 6, "ROOT", "VERB", "VBD", "praise")]
    if det is not None:
        rows.append((det, 8, "det" if det == "a" else "poss", "DET", "DT"))
    n = len(rows)
    rows += [("parliament", 6, "dobj", "NOUN", "NN"), (".", 6, "punct", "PUNCT", ".")]
    doc = built(rows, {(1, 3): ("Ostravian parliament", "organization"), (5, 6): ("Tomas Vendrel", "person")})
    doc._.km_mentions[0].key = "inst:Ostravia:parliament"
    return doc, n


def test_parliament_with_no_article_is_the_parliament_mentioned_before():
    doc, i = _bare_parliament_doc(None)
    resolver = PhraseResolver(doc)
    assert resolver.definite(doc[i]) == resolver.actor(doc[2]) is not None
    doc, i = _bare_parliament_doc("a")  # "a parliament": not the one told before
    assert PhraseResolver(doc).definite(doc[i]) is None


def test_a_list_a_dash_opens_after_an_alliance_noun_is_allied():
    # "The duo - Front and Party - insisted ." (the parser hangs the first name on the verb, not on "duo")
    doc = built([("The", 1, "det", "DET", "DT"), ("duo", 7, "nsubj", "NOUN", "NN"), ("-", 1, "punct", "PUNCT", ":"),
                 ("Front", 7, "nsubj", "PROPN", "NNP"), ("and", 3, "cc", "CCONJ", "CC"),
                 ("Party", 3, "conj", "PROPN", "NNP"), ("-", 7, "punct", "PUNCT", ":"),
                 ("insisted", 7, "ROOT", "VERB", "VBD", "insist"), (".", 7, "punct", "PUNCT", ".")],
                {(3, 4): ("Karvel Front", "organization"), (5, 6): ("Ostravian Party", "organization")})
    found = ties(doc)
    assert ("Karvel Front", "allied_with", "Ostravian Party") in found or \
        ("Ostravian Party", "allied_with", "Karvel Front") in found


def test_led_by_a_title_of_a_place_and_a_name_is_led_by_the_person():
    # "The Front , led by governor of Velmar Dravik , won ." (the parser makes the name the object of "of")
    doc = built([("The", 1, "det", "DET", "DT"), ("Front", 9, "nsubj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
                 ("led", 1, "acl", "VERB", "VBN", "lead"), ("by", 3, "agent", "ADP", "IN"),
                 ("governor", 4, "pobj", "NOUN", "NN"), ("of", 5, "prep", "ADP", "IN"),
                 ("Velmar", 8, "compound", "PROPN", "NNP"), ("Dravik", 6, "pobj", "PROPN", "NNP"),
                 ("won", 9, "ROOT", "VERB", "VBD", "win"), (".", 9, "punct", "PUNCT", ".")],
                {(1, 2): ("Karvel Front", "organization"), (8, 9): ("Odeta Dravik", "person")})
    assert ("Odeta Dravik", "leader_of", "Karvel Front") in ties(doc)


def test_the_rival_opening_a_sentence_opposes_the_subject_before():
    # "Front won . The rival Party lost ."
    doc = built([("Front", 1, "nsubj", "PROPN", "NNP"), ("won", 1, "ROOT", "VERB", "VBD", "win"),
                 (".", 1, "punct", "PUNCT", "."), ("The", 5, "det", "DET", "DT"), ("rival", 5, "amod", "ADJ", "JJ"),
                 ("Party", 6, "nsubj", "PROPN", "NNP"), ("lost", 6, "ROOT", "VERB", "VBD", "lose"),
                 (".", 6, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvel Front", "organization"), (5, 6): ("Ostravian Party", "organization")})
    assert ("Ostravian Party", "opposes", "Karvel Front") in ties(doc)
    # "the rival" inside a sentence names no rival of the subject before
    doc = built([("Front", 1, "nsubj", "PROPN", "NNP"), ("won", 1, "ROOT", "VERB", "VBD", "win"),
                 (".", 1, "punct", "PUNCT", "."), ("Voters", 4, "nsubj", "NOUN", "NNS"),
                 ("chose", 4, "ROOT", "VERB", "VBD", "choose"), ("the", 7, "det", "DET", "DT"),
                 ("rival", 7, "amod", "ADJ", "JJ"), ("Party", 4, "dobj", "PROPN", "NNP"), (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvel Front", "organization"), (7, 8): ("Ostravian Party", "organization")})
    assert not any(t[1] == "opposes" for t in ties(doc))


def test_an_apposition_calling_a_body_an_umbrella_makes_what_it_includes_members():
    # "Resistance , an umbrella of factions that includes Brigade and Battalion , fired ."
    doc = built([("Resistance", 11, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("an", 3, "det", "DET", "DT"), ("umbrella", 0, "appos", "NOUN", "NN"),
                 ("of", 3, "prep", "ADP", "IN"), ("factions", 4, "pobj", "NOUN", "NNS", "faction"),
                 ("that", 7, "nsubj", "PRON", "WDT"), ("includes", 5, "relcl", "VERB", "VBZ", "include"),
                 ("Brigade", 7, "dobj", "PROPN", "NNP"), ("and", 8, "cc", "CCONJ", "CC"),
                 ("Battalion", 8, "conj", "PROPN", "NNP"), ("fired", 11, "ROOT", "VERB", "VBD", "fire"),
                 (".", 11, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvel Resistance", "organization"), (8, 9): ("Dravik Brigade", "organization"),
                 (10, 11): ("Vendrel Battalion", "organization")})
    found = ties(doc)
    assert ("Dravik Brigade", "member_of", "Karvel Resistance") in found
    assert ("Vendrel Battalion", "member_of", "Karvel Resistance") in found


def test_the_bodies_that_make_up_a_whole_are_its_members_not_the_reverse():
    # "Brigade , one of the militias that make up Resistance , fired ." (active "make up": the parts are the
    # subject; not the passive composition "made up of", where the whole is)
    doc = built([("Brigade", 11, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("one", 0, "appos", "NUM", "CD"), ("of", 2, "prep", "ADP", "IN"),
                 ("the", 5, "det", "DET", "DT"), ("militias", 3, "pobj", "NOUN", "NNS", "militia"),
                 ("that", 7, "nsubj", "PRON", "WDT"), ("make", 5, "relcl", "VERB", "VBP", "make"),
                 ("up", 7, "prt", "ADP", "RP"), ("Resistance", 7, "dobj", "PROPN", "NNP"),
                 (",", 0, "punct", "PUNCT", ","), ("fired", 11, "ROOT", "VERB", "VBD", "fire"),
                 (".", 11, "punct", "PUNCT", ".")],
                {(0, 1): ("Dravik Brigade", "organization"), (9, 10): ("Karvel Resistance", "organization")})
    found = ties(doc)
    assert ("Dravik Brigade", "member_of", "Karvel Resistance") in found
    assert ("Karvel Resistance", "member_of", "Dravik Brigade") not in found


@pytest.mark.parametrize("text, members", [
    ("The Dawn Front is one of the factions that make up the Karvel Alliance.", {"Dawn Front"}),
    ("The Dawn Front, one of the six militias that make up the Karvel Alliance, denied the report.", {"Dawn Front"}),
    ("The groups that make up the Karvel Alliance include the Dawn Front and the Tolvan Guard.",
     {"Dawn Front", "Tolvan Guard"}),
    ("The Dawn Front and the Tolvan Guard are among the parties that form the Karvel Alliance.",
     {"Dawn Front", "Tolvan Guard"}),
    ("The Dawn Front and the Tolvan Guard formed the Karvel Alliance in 2019.", {"Dawn Front", "Tolvan Guard"}),
])
def test_members_named_by_a_constituting_verb(text, members):
    got = run(text)
    assert {s for s, t, o in got if t == "member_of" and o == "Karvel Alliance"} == members, got
    assert not any(s == "Karvel Alliance" and t == "member_of" for s, t, o in got), got


@pytest.mark.parametrize("text, tie", [
    # "X of ORG, the party's ROLE": the body named with X, whatever its kind and whatever party was named before
    ("The Karvel Union won the vote. Pavel Drosk of the Amber Renewal List, the party's chief negotiator, said his "
     "party wanted two ministries.", ("Pavel Drosk", "member_of", "Amber Renewal List")),
    ("The Karvel Union won the vote. Tomas Vendrel from the Dawn Movement, the group's spokesman, denied the report.",
     ("Tomas Vendrel", "member_of", "Dawn Movement")),
])
def test_the_party_of_an_apposition_is_the_body_its_name_is_given_with(text, tie):
    got = run(text)
    assert tie in got and not any(s == tie[0] and o == "Karvel Union" for s, _, o in got), got


def test_one_founder_is_no_member():
    assert not any(t == "member_of" for _, t, _ in run("Karvel formed the Dawn Commission in 2019.")), \
        run("Karvel formed the Dawn Commission in 2019.")


def test_a_quoted_name_between_its_and_a_group_noun_is_the_owners_part():
    # 'Front said its " Lions " unit struck .' (the parser hangs the quoted name anywhere)
    doc = built([("Front", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
                 ("its", 4, "poss", "PRON", "PRP$"), ('"', 4, "punct", "PUNCT", "``"),
                 ("Lions", 7, "nsubj", "NOUN", "NNS"), ('"', 4, "punct", "PUNCT", "''"),
                 ("unit", 4, "appos", "NOUN", "NN"), ("struck", 1, "ccomp", "VERB", "VBD", "strike"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvel Front", "organization"), (4, 5): ("Lions of the Hills", "organization")})
    assert ("Lions of the Hills", "part_of", "Karvel Front") in ties(doc)


def test_a_states_troops_named_again_and_again_do_not_outweigh_the_story_state():
    # "Prime Minister Tolvan spoke . Ruritania voted . Ruritania voted . Ostravia voted x3 . the Ostravian army
    # moved x4": a state's forces named again and again act abroad (one institution's weight, not four); the
    # state named most by its own name is the story's
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    for _ in range(5):
        n = len(rows)
        rows += [("Ruritania", n + 1, "nsubj", "PROPN", "NNP"), ("voted", n + 1, "ROOT", "VERB", "VBD", "vote"),
                 ("in", n + 1, "prep", "ADP", "IN"), ("Ruritania", n + 2, "pobj", "PROPN", "NNP"),
                 (".", n + 1, "punct", "PUNCT", ".")]
        actors[(n, n + 1)] = actors[(n + 3, n + 4)] = ("Ruritania", "country")
    for _ in range(3):
        n = len(rows)
        rows += [("army", n + 1, "nsubj", "NOUN", "NN"), ("moved", n + 1, "ROOT", "VERB", "VBD", "move"),
                 (".", n + 1, "punct", "PUNCT", ".")]
        actors[(n, n + 1)] = ("Ostravian army", "organization")
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    home = PhraseResolver(out).home_state()
    assert home is not None and out._.km_actors[home].name == "Ruritania"


def test_a_stance_verb_under_a_condition_states_no_tie():
    # "if Karvel backs the Front ." (the clause of condition alone) / "so Karvel backs the Front ."
    def doc(mark: str) -> Doc:
        return built([(mark, 2, "mark" if mark == "if" else "advmod", "SCONJ", "IN"),
                      ("Karvel", 2, "nsubj", "PROPN", "NNP"), ("backs", 2, "ROOT", "VERB", "VBZ", "back"),
                      ("the", 4, "det", "DET", "DT"), ("Front", 2, "dobj", "PROPN", "NNP"),
                      (".", 2, "punct", "PUNCT", ".")],
                     {(1, 2): ("Karvel", "country"), (4, 5): ("Front", "organization")})
    assert ("Karvel", "backs", "Front") not in ties(doc("if"))
    assert ("Karvel", "backs", "Front") in ties(doc("so"))


def test_a_stance_verb_inside_a_denial_states_no_tie():
    # "Karvel denies that it backs the Front ."
    doc = built([("Karvel", 1, "nsubj", "PROPN", "NNP"), ("denies", 1, "ROOT", "VERB", "VBZ", "deny"),
                 ("that", 4, "mark", "SCONJ", "IN"), ("it", 4, "nsubj", "PRON", "PRP"),
                 ("backs", 1, "ccomp", "VERB", "VBZ", "back"), ("the", 6, "det", "DET", "DT"),
                 ("Front", 4, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvel", "country"), (6, 7): ("Front", "organization")})
    assert ("Karvel", "backs", "Front") not in ties(doc)


def test_supplying_a_body_with_an_aid_noun_backs_it():
    # "Karvel supplied the Front with drones ." / "... with a venue ." (no aid noun: no tie)
    def doc(noun: str) -> Doc:
        return built([("Karvel", 1, "nsubj", "PROPN", "NNP"), ("supplied", 1, "ROOT", "VERB", "VBD", "supply"),
                      ("the", 3, "det", "DET", "DT"), ("Front", 1, "dobj", "PROPN", "NNP"),
                      ("with", 1, "prep", "ADP", "IN"), (noun, 4, "pobj", "NOUN", "NNS"),
                      (".", 1, "punct", "PUNCT", ".")],
                     {(0, 1): ("Karvel", "country"), (3, 4): ("Front", "organization")})
    assert ("Karvel", "backs", "Front") in ties(doc("drones"))
    assert ("Karvel", "backs", "Front") not in ties(doc("venues"))


def test_taking_command_of_a_body_leads_it():
    # "Vendrel took command of the Front ."
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("took", 1, "ROOT", "VERB", "VBD", "take"),
                 ("command", 1, "dobj", "NOUN", "NN"), ("of", 2, "prep", "ADP", "IN"),
                 ("the", 5, "det", "DET", "DT"), ("Front", 3, "pobj", "PROPN", "NNP"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Tomas Vendrel", "person"), (5, 6): ("Front", "organization")})
    assert ("Tomas Vendrel", "leader_of", "Front") in ties(doc)


def test_representing_a_body_makes_a_person_a_member_not_another_body():
    # "Drost represents the Front ." / "the League represents the Front ."
    def doc(name: str, kind: str) -> Doc:
        return built([(name, 1, "nsubj", "PROPN", "NNP"), ("represents", 1, "ROOT", "VERB", "VBZ", "represent"),
                      ("the", 3, "det", "DET", "DT"), ("Front", 1, "dobj", "PROPN", "NNP"),
                      (".", 1, "punct", "PUNCT", ".")],
                     {(0, 1): (name, kind), (3, 4): ("Front", "organization")})
    assert ("Drost", "member_of", "Front") in ties(doc("Drost", "person"))
    assert ("League", "member_of", "Front") not in ties(doc("League", "organization"))


def test_locked_in_a_dispute_or_standoff_is_lasting_hostility():
    # "Karvel is locked in a dispute / standoff with Ostravia ." ("... in a meeting ...": no tie)
    def doc(noun: str) -> Doc:
        return built([("Karvel", 2, "nsubjpass", "PROPN", "NNP"), ("is", 2, "auxpass", "AUX", "VBZ", "be"),
                      ("locked", 2, "ROOT", "VERB", "VBN", "lock"), ("in", 2, "prep", "ADP", "IN"),
                      ("a", 5, "det", "DET", "DT"), (noun, 3, "pobj", "NOUN", "NN"), ("with", 5, "prep", "ADP", "IN"),
                      ("Ostravia", 6, "pobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")],
                     {(0, 1): ("Karvel", "country"), (7, 8): ("Ostravia", "country")})
    assert ("Karvel", "opposes", "Ostravia") in ties(doc("dispute"))
    assert ("Karvel", "opposes", "Ostravia") in ties(doc("standoff"))
    assert ("Karvel", "opposes", "Ostravia") not in ties(doc("meeting"))


# ---------------------------------------------------------------- end to end (real pipeline)

def run(text: str) -> set[tuple[str, str, str]]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations}


FAMILIES = [
    # "the so-called tandem - A and B -": allies; "the B of Parliament Speaker Y": Y leads B
    ("The talks stalled because the ruling tandem - the Karvel Unity Party and the Ostravian Green Movement - "
     "refused to budge.", ("Karvel Unity Party", "allied_with", "Ostravian Green Movement")),
    ("The ruling duo - the Karvel Unity Party and the Green Movement of Parliament Speaker Tomas Vendrel - "
     "demanded the finance ministry.", ("Tomas Vendrel", "leader_of", "Green Movement")),
    # "X's parliamentary bloc, Y, headed by Z": Y is part of X, led by Z
    ("The Ostravian Green Movement's parliamentary bloc, Loyalty to the Homeland, headed by Tomas Vendrel, "
     "criticised the budget.", ("Loyalty to the Homeland", "part_of", "Ostravian Green Movement")),
    ("The Ostravian Green Movement's parliamentary bloc, Loyalty to the Homeland, headed by Tomas Vendrel, "
     "criticised the budget.", ("Tomas Vendrel", "leader_of", "Loyalty to the Homeland")),
    # "X, an umbrella of factions that includes A and B": A is a member of X (the apposition makes X a coalition)
    ("The Karvel Resistance Council, an umbrella of armed factions that includes the Dravik Brigades and "
     "the Vendrel Battalions, has claimed dozens of raids.",
     ("Dravik Brigades", "member_of", "Karvel Resistance Council")),
    # "Y won ... . The rival X got none": X opposes the subject of the sentence before
    ("The Karvel Forces, the party led by Tomas Vendrel, took three ministries. The rival Karvel Renewal Front "
     "of Ivo Dravik was left out.", ("Karvel Renewal Front", "opposes", "Karvel Forces")),
    # 'its "X" unit': a quoted name before a group noun is a body, part of the pronoun's owner
    ('The Karvel Liberation Front said the raid was the work of its "Lions of the Hills" unit.',
     ("Lions of the Hills", "part_of", "Karvel Liberation Front")),
    # a state's High Commissioner (a diplomatic title) is a member of that state
    ("Iceland's High Commissioner, Tomas Vendrel, said the talks would resume in June.",
     ("Tomas Vendrel", "member_of", "Iceland")),
    # "X-backed factions of the Y": X backs Y
    ("Belgian-backed factions of the Northern Liberation Army (NLA) clashed with the Crimson Front near the dam.",
     ("Belgium", "backs", "Northern Liberation Army")),
    # "X (Name in another language, ACR) of Person": the bracket the mention ends inside; "X, the party of Y"
    ("The New Path Alliance (Alianza Nueva Senda, ANS) of Piotr Baltasar Lasko won 38 of the 84 seats.",
     ("Piotr Baltasar Lasko", "leader_of", "New Path Alliance")),
    ("The centre-left Broad Front, the party of outgoing President Anna Morel, fell to 21 seats.",
     ("Anna Morel", "leader_of", "Broad Front")),
    # "the ROLE of ORG (ACR), Name": the name the parser hung on another noun past the bracketed acronym
    ("Months after Marek Tolvan and the commander of the Kurdish-led Northern Defence Forces (NDF), Piotr Lasko, "
     "signed a deal, the sides still argue.", ("Piotr Lasko", "leader_of", "Northern Defence Forces")),
    ("The president spoke with the chief executive of the Veltrona Energy Company, Anna Morel, last week.",
     ("Anna Morel", "leader_of", "Veltrona Energy Company")),
    # "whose backbone is Y" / "Y, the backbone of X": Y is part of X
    ("The Crimson Front, whose backbone is the Valley Protection Units (VPU), controls the north.",
     ("Valley Protection Units", "part_of", "Crimson Front")),
    ("The Valley Protection Units, the backbone of the Crimson Front, hold the river towns.",
     ("Valley Protection Units", "part_of", "Crimson Front")),
    # "an adviser to President Y": the adviser serves the state Y leads
    ("Chile criticised the move. Tomas Vell, an adviser to Chilean President Karl Brenner, said the plan was wrong.",
     ("Tomas Vell", "member_of", "Chile")),
    # role appositions and title chains
    ("Marek Tolvan, the Crimson Dawn Party leader, conceded defeat.",
     ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    ("Piotr Lasko, a Crimson Dawn Party delegate, attended the talks.",
     ("Piotr Lasko", "member_of", "Crimson Dawn Party")),
    ("Piotr Lasko, a senior Crimson Dawn Party official and chief of the Unity Foundation, spoke.",
     ("Piotr Lasko", "leader_of", "Unity Foundation")),
    ("Piotr Lasko, a senior Crimson Dawn Party official and chief of the Unity Foundation, spoke.",
     ("Piotr Lasko", "member_of", "Crimson Dawn Party")),
    ("Anna Morel, the outgoing speaker and a veteran of the Unity Alliance, kept her seat.",
     ("Anna Morel", "member_of", "Unity Alliance")),
    ("Ivan Petrov, the 71-year-old cleric who heads the National Concord Society, is popular.",
     ("Ivan Petrov", "leader_of", "National Concord Society")),
    ("Petra Novak of the Green List told reporters that the party had dropped its demand.",
     ("Petra Novak", "member_of", "Green List")),
    ("Petra Novak from the Green List, the outgoing deputy speaker, told reporters about it.",
     ("Petra Novak", "member_of", "Green List")),
    ("The Green Movement is represented by its secretary-general Piotr Lasko.",
     ("Piotr Lasko", "leader_of", "Green Movement")),
    # structure
    ("The Crimson Dawn Party, whose armed wing is the Falcon Brigade, won seats.",
     ("Falcon Brigade", "part_of", "Crimson Dawn Party")),
    ("The Falcon Brigade, whose parent organization is the Crimson Dawn Party, fired rockets.",
     ("Falcon Brigade", "part_of", "Crimson Dawn Party")),
    ("The Crimson Dawn Party won seats. The Falcon Brigade, its armed wing, refused to disarm.",
     ("Falcon Brigade", "part_of", "Crimson Dawn Party")),
    ("Marek Tolvan, whose Unity Alliance depends on other parties, met the leaders.",
     ("Marek Tolvan", "leader_of", "Unity Alliance")),
    # backing, also in passive main clauses and conjoined participles
    ("The Crimson Dawn Movement is backed by Moscow, according to Western officials.",
     ("Russia", "backs", "Crimson Dawn Movement")),
    ("The Falcon Brigade, a militia allied to Chile and backed by Iran since 2022, refused.",
     ("Iran", "backs", "Falcon Brigade")),
    ("The Falcon Brigade, a militia allied to Chile and backed by Iran since 2022, refused.",
     ("Falcon Brigade", "allied_with", "Chile")),
    ("Iran, the Crimson Dawn Party's patron, wanted a friendly cabinet.",
     ("Iran", "backs", "Crimson Dawn Party")),
    # hostility
    ("The Falcon Brigade and the Unity Front have fought each other since last year.",
     ("Falcon Brigade", "opposes", "Unity Front")),
    ("The Falcon Brigade has warred with the Unity Front on and off since 2016.",
     ("Falcon Brigade", "opposes", "Unity Front")),
    ("The Wafa Current broke with the Unity Front in 2021 over the talks.",
     ("Wafa Current", "opposes", "Unity Front")),
    # partnership and coalition membership
    ("The Social Democratic Party, which had governed together with the Green List, lost seats.",
     ("Social Democratic Party", "allied_with", "Green List")),
    ("The Green List sits in coalition with the Social Democratic Party.",
     ("Green List", "allied_with", "Social Democratic Party")),
    ("President Daulet Marenko, who has ruled Chile since 2009, spoke.",
     ("Daulet Marenko", "leader_of", "Chile")),
    ("The Unity Alliance, which includes the Green List and the Crimson Dawn Party, won.",
     ("Crimson Dawn Party", "member_of", "Unity Alliance")),
    ("The Falcon Brigade belongs to the Unity Alliance.", ("Falcon Brigade", "member_of", "Unity Alliance")),
    # structure words
    ("The Falcon Brigade answers to the Crimson Dawn Party.", ("Falcon Brigade", "part_of", "Crimson Dawn Party")),
    ("Marek Tolvan arrived. The Falcon Brigade answers to Marek Tolvan.",
     ("Marek Tolvan", "leader_of", "Falcon Brigade")),
    ("The Falcon Brigade is a faction within the Crimson Dawn Party.",
     ("Falcon Brigade", "part_of", "Crimson Dawn Party")),
    # hostility as a title and as an adjective
    ("Marek Tolvan spoke for an hour, and his rival Petra Novak answered.",
     ("Petra Novak", "opposes", "Marek Tolvan")),
    ("Marek Tolvan ran. The Crimson Dawn Party let it be known that a Tolvan government was unacceptable to it.",
     ("Crimson Dawn Party", "opposes", "Marek Tolvan")),
    ("Marek Tolvan arrived. The new commander of the Falcon Brigade, Marek Tolvan, vowed revenge.",
     ("Marek Tolvan", "leader_of", "Falcon Brigade")),
    ("Iran's proxy, the Falcon Brigade, fired rockets.", ("Iran", "backs", "Falcon Brigade")),
    ("Iran's proxy the Falcon Brigade fired rockets.", ("Iran", "backs", "Falcon Brigade")),
    ("The Falcon Brigade, an offshoot of the Unity Front, fired rockets.",
     ("Falcon Brigade", "part_of", "Unity Front")),
    ("The Harvest Movement head, Karim Haddad, spoke on Monday.", ("Karim Haddad", "leader_of", "Harvest Movement")),
    ("The talks produced an alliance of the Green List and the Crimson Dawn Party.",
     ("Green List", "allied_with", "Crimson Dawn Party")),
    ("The Green List and the Crimson Dawn Party formed a coalition in May.",
     ("Green List", "allied_with", "Crimson Dawn Party")),
    ("The Green Movement met on Monday. Anna Morel, a senior Green Movement official and chief of its "
     "Youth Council, spoke.", ("Youth Council", "part_of", "Green Movement")),
    ("The Falcon Party's leader, the union boss Karl Brenner, endorsed the plan.",
     ("Karl Brenner", "leader_of", "Falcon Party")),
    ("The Falcon Party met. The Homeland faction within the party, led by the party's deputy chairman "
     "Josef Varga, objected.", ("Josef Varga", "member_of", "Falcon Party")),
    ("Josef Varga arrived. The deputy chairman of the Falcon Party, Josef Varga, objected.",
     ("Josef Varga", "member_of", "Falcon Party")),
    ("Russia opened a case. Kremlin critic Marek Tolvan was arrested on Monday.",
     ("Marek Tolvan", "opposes", "Russia")),
    ("Marek Tolvan founded the Crimson Dawn Party in 2004.", ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    ("Marek Tolvan took over as leader of the Crimson Dawn Party in May.",
     ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    ("The Falcon Brigade, an affiliate of the Unity Front, fired rockets.",
     ("Falcon Brigade", "part_of", "Unity Front")),
    ("Tolvan met the leaders, including the Green List's Petra Novak, on Monday.",
     ("Petra Novak", "member_of", "Green List")),
    ("The Green Movement held a rally. Karl Brenner, the movement's spokesman, said it was a success.",
     ("Karl Brenner", "member_of", "Green Movement")),
    ("Karl Brenner, a close friend of Marek Tolvan and a former guard, has spoken often: he led the Falcon "
     "Brigade for years.", ("Karl Brenner", "leader_of", "Falcon Brigade")),
    ("The Unity Front won seats. Karl Brenner met the leaders of the coalition on Sunday, including Green List "
     "chief Petra Novak and the Unity Front's secretary-general, Sheikh Omar Talal, two people said.",
     ("Omar Talal", "leader_of", "Unity Front")),
    # refusal and reported passives
    ("Petra Novak ruled out joining any government led by Marek Tolvan.", ("Petra Novak", "opposes", "Marek Tolvan")),
    ("The commander of the Falcon Brigade, a small armed cell that Chilean officials say is trained by Iran, "
     "threatened to strike.", ("Iran", "backs", "Falcon Brigade")),
    ("The EU's special representative in Santiago, Pieter Claes, met the press.",
     ("Pieter Claes", "member_of", "European Union")),
    # states: an ambassador serves the state that sends them; a commander is a member of the state
    ("Ostravia's Ambassador to Chile, Piotr Lasko, called for calm.", ("Piotr Lasko", "member_of", "Ostravia")),
    ("The top American commander, General Mark Hollis, said the strike was legal.",
     ("Mark Hollis", "member_of", "United States")),
    # a relative clause on a noun that describes the name: "X, a militia of hunters that is paid by Y"
    ("Rebels raided a post guarded by the Dorvan Militia, a force of village hunters that has been equipped "
     "and paid by the Kenyan army since 2020.", ("Kenya military", "backs", "Dorvan Militia")),
    # "whose commander, Y, ...": the name in apposition to the possessed role
    ("The Dorvan Brotherhood, whose commander, Ibrahim Sawadogo, is a retired police officer, says it has grown.",
     ("Ibrahim Sawadogo", "leader_of", "Dorvan Brotherhood")),
    ("Customs falls under the Ministry of Security, directed by the minister Pablo Arze Rojas.",
     ("Pablo Arze Rojas", "member_of", "Ministry of Security")),
    # seizing power, or a government named after a person: the person rules the article's state
    ("Fighting resumed after Major Amadou Sow seized power in Ostravia in a coup. The Ostravian army "
     "backs him.", ("Amadou Sow", "leader_of", "Ostravia")),
    # giving arms to a state's body named by the state's adjective; the giver in a relative clause
    ("The junta relies on Turkey, which has delivered drones to the Kenyan air force.",
     ("Turkey", "backs", "Kenya")),
    ("OUAGA, Ostravia - The Ostravian army fought rebels on Monday. Ostravia's president said so. The army chief "
     "of staff, General Moussa Diallo, told reporters that Ostravia was calm.",
     ("Moussa Diallo", "leader_of", "Ostravia military")),
    ("Omar Dalmar Yusuf commands the Northern Division of the Tarvic Liberation Army (TLA), which holds the hills.",
     ("Northern Division", "part_of", "Tarvic Liberation Army")),
    ("The Republican Guard depends on the Ministry of Security.",
     ("Republican Guard", "part_of", "Ministry of Security")),
    ("The Dorvan Front is the main threat. They swore allegiance to the Islamic State last year.",
     ("Dorvan Front", "member_of", "Islamic State")),
    ("The Dorvan Self-Defence Units fight alongside the Tarvic Liberation Army in the east.",
     ("Dorvan Self-Defence Units", "allied_with", "Tarvic Liberation Army")),
    # posts held respectively
    ("Beijing hosted the interior ministers of Kenya and Uganda, Amos Kiprono and Grace Nakato, on Tuesday.",
     ("Grace Nakato", "member_of", "Uganda")),
    # "the new group" standing for the one group its sentence names
    ("The new bloc will be named the Civic Renewal Front and is led by the deputy Marisol Quenta Huallpa.",
     ("Marisol Quenta Huallpa", "leader_of", "Civic Renewal Front")),
    # a party named with "of" and a person, titles and the acronym or translation between
    ("The Crimson Dawn Party (CDP) of Prime Minister Marek Tolvan won.", ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    ("A dozen lawmakers quit the Partido Renovador Andino [Andean Renewal Party] (PRA), of President Julio "
     "Huarachi Quispe, on Monday.", ("Julio Huarachi Quispe", "leader_of", "Partido Renovador Andino")),
    # a spokesman "for" an organisation, the name in apposition to the organisation; hyphenated titles
    ("A spokesman for the Crimson Dawn Party, Piotr Lasko, said the talks failed.",
     ("Piotr Lasko", "member_of", "Crimson Dawn Party")),
    ("Green Union co-leader Anna Morel said so.", ("Anna Morel", "leader_of", "Green Union")),
    # a verb with a fixed object: "declared war on", "took up arms against"
    ("In 2019 the Falcon Brigade declared war on the Crimson Dawn Party and the Unity Front.",
     ("Falcon Brigade", "opposes", "Unity Front")),
    ("The Falcon Brigade took up arms against the Crimson Dawn Party in 2019.",
     ("Falcon Brigade", "opposes", "Crimson Dawn Party")),
    # "under": led by a person, part of an organisation
    ("The Crimson Dawn Party under Anna Morel lost votes.", ("Anna Morel", "leader_of", "Crimson Dawn Party")),
    ("The Falcon Brigade, under the command of Colonel Karl Brenner, took the town.",
     ("Karl Brenner", "leader_of", "Falcon Brigade")),
    # "the council" refers back to a name headed by that noun before its "for"/"of"
    ("The National Council for Unity seized the capital on Friday. Diplomats said the council is headed by General "
     "Amadou Sow.",
     ("Amadou Sow", "leader_of", "National Council for Unity")),
    # "President X of Ruritania"; "her foreign minister, Y" serves the state the president leads
    ("Voters cheered President Anna Morel of Chile. Her interior minister, Piotr Lasko, has resigned.",
     ("Anna Morel", "leader_of", "Chile")),
    ("Voters cheered President Anna Morel of Chile. Her interior minister, Piotr Lasko, has resigned.",
     ("Piotr Lasko", "member_of", "Chile")),
    ("Chile's President, Anna Morel, flew home. Her foreign minister Piotr Lasko stayed behind.",
     ("Piotr Lasko", "member_of", "Chile")),
    # a party named as a titled leader's
    ("Prime Minister Marek Tolvan's Crimson Dawn Party (CDP) lost seats.",
     ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    ("Opposition leader Marek Tolvan, whose Crimson Dawn Party lost ten seats, conceded.",
     ("Marek Tolvan", "leader_of", "Crimson Dawn Party")),
    # an alliance or coalition deal "with" someone as the object of a verb
    ("The Unity Front announced an alliance with the Green Union.", ("Unity Front", "allied_with", "Green Union")),
    ("The Unity Front sealed a coalition deal with the Democratic Workers Front.",
     ("Unity Front", "allied_with", "Democratic Workers Front")),
    # a participle hung on a noun further back: the name right before it is what it describes
    ("Karl Brenner signed a coalition pact with the Democratic Workers Front (DWF) led by Anna Morel, ending the "
     "deadlock.", ("Anna Morel", "leader_of", "Democratic Workers Front")),
    # an opening "as" phrase gives the subject's role
    ("As head of the Coastal Ports Agency (CPA), Karl Brenner signs every contract.",
     ("Karl Brenner", "leader_of", "Coastal Ports Agency")),
    ("Karl Brenner met the press. As chairman of the Unity Front, he controls the budget.",
     ("Karl Brenner", "leader_of", "Unity Front")),
    # "a Front official": the one organisation named before with that head noun
    ("The Islamic Unity Front fired rockets. Karl Brenner, a senior Front official, said so.",
     ("Karl Brenner", "member_of", "Islamic Unity Front")),
    # the role as the subject of "is": "Her closest ally is X", "The leader of Y is X"
    ("Anna Morel spoke. Her closest partner is Karl Brenner.", ("Karl Brenner", "allied_with", "Anna Morel")),
    ("The leader of the Green Union is Anna Morel.", ("Anna Morel", "leader_of", "Green Union")),
    # "A and B are rivals / allies": each to the other
    ("Anna Morel and Karl Brenner are longtime rivals.",
     ("Anna Morel", "opposes", "Karl Brenner")),
    ("The Green Union and the Unity Front are close allies.", ("Green Union", "allied_with", "Unity Front")),
    # refusing cooperation or an alliance is hostility
    ("Anna Morel has ruled out any cooperation with the Unity Front.",
     ("Anna Morel", "opposes", "Unity Front")),
    ("The Unity Front rejected an alliance with the Green Union.", ("Unity Front", "opposes", "Green Union")),
    # "Its Falcon Brigade": a named organisation owned by what "its" stands for
    ("The Unity Front is weak. Its Falcon Brigade boycotted the vote.", ("Falcon Brigade", "part_of", "Unity Front")),
    # "A and B, both members of C": each
    ("Anna Morel and Karl Brenner, both members of the Unity Front, spoke.",
     ("Karl Brenner", "member_of", "Unity Front")),
    # "the army" with no army named anywhere: the article's state
    ("SANTIAGO, Chile - Fighting in Chile continued. The Dorvan Militia is paid by the army, officials in Chile said.",
     ("Chile", "backs", "Dorvan Militia")),
    # the role's "of" hung on the name by the parser
    ("Reporters met Anna Morel, co-chair of the Unity Front, who spoke first.",
     ("Anna Morel", "leader_of", "Unity Front")),
    # a state of hostility: "at war with", "locked in a feud with", "at odds with"
    ("The Falcon Brigade has been at war with the Unity Front since 2015.",
     ("Falcon Brigade", "opposes", "Unity Front")),
    ("The Falcon Brigade and the Unity Front have been at war for years.",
     ("Falcon Brigade", "opposes", "Unity Front")),
    ("The Falcon Brigade remains at odds with the Unity Front.", ("Falcon Brigade", "opposes", "Unity Front")),
    # an interview's speaker label is no part of the sentence; "X's government" stands for X
    ("Q: Who arms them?\nDalmar: Iran ships rockets to Idil's government. President Idil Warsan Guure of "
     "Kenya denies it.", ("Iran", "backs", "Idil Warsan Guure")),
    # backing stated as the circumstances of a founding: "set up under the patronage of X"
    ("The Falcon Brigade, formed in 2014 under Iran's sponsorship, fired rockets at the base.",
     ("Iran", "backs", "Falcon Brigade")),
    ("The Falcon Brigade was set up in 2011 under the patronage of Iran and now fields thousands of men.",
     ("Iran", "backs", "Falcon Brigade")),
    # a participle's agent named in an apposition the parser lost; a participle after a qualified name
    ("The Falcon Brigade, commanded by a retired army colonel, Ivo Radek, refused to disarm.",
     ("Ivo Radek", "leader_of", "Falcon Brigade")),
    ("The Falcon Brigade, a militia of 900 men commanded by Colonel Ivo Radek, refused to disarm.",
     ("Ivo Radek", "leader_of", "Falcon Brigade")),
    ("The Falcon Brigade is allied with the Northern Council in exile, led by the regional governor, Anna Morel, "
     "who heads the talks team.", ("Anna Morel", "leader_of", "Northern Council")),
    # the role put first: "Among the party's new deputies is X"
    ("Among the Crimson Party's new deputies is Anna Morel, a former union leader.",
     ("Anna Morel", "member_of", "Crimson Party")),
    ("The Unity Front met in May. Among its delegates were Anna Morel and Ivo Radek.",
     ("Ivo Radek", "member_of", "Unity Front")),
    # appointed by a head of state: a member of the state they lead
    ("President Piotr Lasko of Chile met donors on Monday. Anna Morel, who was appointed peace commissioner by "
     "President Lasko in July, attended.", ("Anna Morel", "member_of", "Chile")),
    ("President Piotr Lasko of Chile met donors on Monday. Appointed peace commissioner by Lasko in July, Anna "
     "Morel is trying to start talks.", ("Anna Morel", "member_of", "Chile")),
    # asked or about to leave a post: still holding it
    ("The cleric demanded that Marek Tolvan step down as head of the National Security Council.",
     ("Marek Tolvan", "leader_of", "National Security Council")),
    # "one of the Ns of Y": the plural role
    ("The Falcon Brigade, one of the most powerful factions in the Unity Front, fired rockets.",
     ("Falcon Brigade", "part_of", "Unity Front")),
    ("Marek Tolvan, one of the leaders of the Unity Front, spoke.", ("Marek Tolvan", "leader_of", "Unity Front")),
    ("The Falcon Brigade is one of the factions in the Unity Front.", ("Falcon Brigade", "part_of", "Unity Front")),
    # aid received: the giver backs the receiver
    ("The Falcon Brigade receives money and weapons from Iran.", ("Iran", "backs", "Falcon Brigade")),
    # who reads out a body's statement speaks for it
    ("In a statement read by Captain Ivo Radek on state television, the Council for National Salvation said it "
     "had taken power.", ("Ivo Radek", "member_of", "Council for National Salvation")),
    ("The Council for National Salvation said in a statement read out by its spokesman, Captain Ivo Radek, that "
     "the border was closed.", ("Ivo Radek", "member_of", "Council for National Salvation")),
    # a description that is the direct object of a clause does not refer back to that clause's own subject
    ("The Dorn Movement split from the government in 2015. The Kessel Revolutionary Movement armed the movement "
     "from 2018 onwards.", ("Kessel Revolutionary Movement", "backs", "Dorn Movement")),
    # "X's lawmakers walked out ...": the owner of the main subject is what the sentence is about
    ("The Vardan Movement's deputies came to the chamber but left before the vote, in what an aide to the group "
     "called a favour to its partner, the Tarsi Party. The Iran-backed group did not vote against the bill.",
     ("Iran", "backs", "Vardan Movement")),
    # "headed by the businessman X" in a second clause: the parser takes the noun for the agent's object and hangs
    # the name on the next verb; the person named right after the noun is the one "by" names
    ("The Dorn Alliance of Karl Mendov took 15, and the Sovereign Path party headed by the businessman Ivo "
     "Vostel won nine.", ("Ivo Vostel", "leader_of", "Sovereign Path party")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,tie", FAMILIES)
def test_tie_families(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_described_body_is_not_the_clause_subject():
    found = run("The Dorn Movement split from the government in 2015. The Kessel Revolutionary Movement armed the "
                "movement from 2018 onwards.")
    assert ("Kessel Revolutionary Movement", "backs", "Kessel Revolutionary Movement") not in found
    found = run("The Vardan Movement's deputies came to the chamber but left before the vote, in what an aide to the "
                "group called a favour to its partner, the Tarsi Party. The Iran-backed group did not vote against "
                "the bill.")
    assert ("Iran", "backs", "Tarsi Party") not in found
    found = run("The Dorvan Movement's Shura Council elected Sheikh Omar Dessal as the group's secretary-general on "
                "Tuesday.")
    assert ("Omar Dessal", "leader_of", "Dorvan Movement") in found  # a role given ("as the group's ...") is no object


@pytest.mark.model
def test_patron_direction_end_to_end():
    found = run("Iran, the Crimson Dawn Party's patron, wanted a friendly cabinet.")
    assert ("Crimson Dawn Party", "backs", "Iran") not in found


@pytest.mark.model
def test_bare_title_goes_to_the_dateline_state():
    text = ("SANTIAGO, Chile - Prime Minister Marek Tolvan met the Crimson Dawn Party on Monday. "
            "A government spokesman, Piotr Lasko, said the talks went well.")
    found = run(text)
    assert ("Marek Tolvan", "leader_of", "Chile") in found
    assert ("Piotr Lasko", "member_of", "Chile") in found


@pytest.mark.model
def test_bare_titles_before_names():
    text = ("SANTIAGO, Chile - Junta leader Marek Tolvan imposed a curfew on Monday, government spokesman "
            "Piotr Lasko said.")
    found = run(text)
    assert ("Marek Tolvan", "leader_of", "Chile") in found, found
    assert ("Piotr Lasko", "member_of", "Chile") in found, found


@pytest.mark.model
def test_a_minister_of_a_portfolio_serves_the_article_state():
    text = ("SANTIAGO, Chile - The delegation of the government is led by the Minister of National Reconciliation, "
            "Colonel Pablo Reyes, a close aide of President Ana Soto. Minister Luis Vera said the talks would resume.")
    found = run(text)
    assert ("Pablo Reyes", "member_of", "Chile") in found, found
    assert ("Luis Vera", "member_of", "Chile") in found, found


@pytest.mark.model
def test_the_longest_state_title_wins():
    text = ("BERLIN, May 4 - The army denied the report. A defence ministry spokesman, Peter Graf, said the troops "
            "would stay. The deputy prime minister, Eva Lang, agreed.")
    found = run(text)
    assert ("Peter Graf", "member_of", "Germany") in found, found
    assert ("Eva Lang", "member_of", "Germany") in found, found
    assert ("Eva Lang", "leader_of", "Germany") not in found


@pytest.mark.model
def test_bare_title_is_not_given_to_a_foreign_state_mentioned_in_passing():
    text = ("Prime Minister Marek Tolvan met the Crimson Dawn Party on Monday. Iran and Russia sent envoys. "
            "Iran said it hoped for calm.")
    found = run(text)
    assert not any(t[0] == "Marek Tolvan" and t[2] in ("Iran", "Russia") for t in found), found


@pytest.mark.model
def test_a_state_named_in_the_headline_is_where_the_story_is_set():
    body = ("President Marek Tolvan met the Crimson Dawn Party on Monday. Chile has held three elections in two "
            "years, and Chile's voters are tired.")
    assert ("Marek Tolvan", "leader_of", "Chile") in run("Talks stall as Chile's parties bicker\n\n" + body)
    assert ("Marek Tolvan", "leader_of", "Chile") not in run("Talks stall as parties bicker\n\n" + body)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Falcon Brigade refused to declare war on the Crimson Dawn Party.",
    "The Falcon Brigade would never declare war on the Crimson Dawn Party.",
    "The Falcon Brigade came under attack from the Crimson Dawn Party.",
])
def test_no_hostility_or_command_without_the_cue(text):
    assert not run(text)


@pytest.mark.model
def test_only_a_state_title_serves_the_principal_state():
    found = run("Chile's President, Anna Morel, accepted the offer. Her campaign manager, Piotr Lasko, left.")
    assert ("Piotr Lasko", "member_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    # a bare "X's party" is named after the person at its head; a deputy's title makes X a member
    ("Marek Tolvan's Crimson Dawn Party lost.", "leader_of"),
    ("Deputy Prime Minister Marek Tolvan's Crimson Dawn Party lost.", "member_of")])
def test_an_untitled_owner_leads_and_a_deputy_owner_is_a_member(text, tie):
    found = run(text)
    other = "leader_of" if tie == "member_of" else "member_of"
    assert ("Marek Tolvan", tie, "Crimson Dawn Party") in found, found
    assert ("Marek Tolvan", other, "Crimson Dawn Party") not in found


@pytest.mark.model
@pytest.mark.parametrize("text", ["The Unity Front rejected an alliance with the Green Union.",
                                  "The Unity Front ruled out a coalition deal with the Green Union.",
                                  "The Unity Front signed a ceasefire agreement with the Green Union.",
                                  "The Unity Front will not form a coalition with the Green Union."])
def test_no_alliance_refused_or_of_another_kind(text):
    assert ("Unity Front", "allied_with", "Green Union") not in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "As head of the Unity Front, Karl Brenner would control the budget.",
    "Karl Brenner met the press. Anna Morel left. It rained. As chairman of the Unity Front, he controls the budget.",
])
def test_an_as_phrase_needs_a_real_clause_and_a_near_subject(text):
    assert not any(t[1] == "leader_of" for t in run(text))


@pytest.mark.model
def test_titles_inside_the_name_past_a_hyphenated_rank():
    found = run("Chilean Defence Minister Colonel-General Karl Brenner said the army moved.")
    assert any(s.endswith("Karl Brenner") and t == "member_of" and o == "Chile" for s, t, o in found), found


@pytest.mark.model
def test_a_head_noun_shared_by_two_names_refers_to_neither():
    found = run("The Islamic Unity Front and the Green Front fired rockets. Karl Brenner, a senior Front official, "
                "said so.")
    assert not any(t[0] == "Karl Brenner" for t in found), found


@pytest.mark.model
def test_a_force_named_after_a_state_is_part_of_it():
    text = ("The Ostravian Defence Force patrols the border of Ostravia. Ostravia's rulers praised it. The Ostravian "
            "army agreed.")
    assert ("Ostravian Defence Force", "part_of", "Ostravia") in run(text)
    found = run("The Chilean Armed Forces (CAF) closed the border of Chile.")
    assert any(t[1:] == ("part_of", "Chile") for t in found), found


@pytest.mark.model
def test_a_rebel_army_named_after_a_state_is_not_part_of_it():
    text = ("The Ostravian People's Liberation Army attacked a post. The emirate's rulers in Ostravia said so. The "
            "Ostravian army fired.")
    assert not any(t[0].startswith("Ostravian People") and t[1] == "part_of" for t in run(text))


@pytest.mark.model
def test_denied_rivalry_is_no_tie():
    assert not run("Anna Morel and Karl Brenner are not rivals.")


@pytest.mark.model
def test_a_dateline_in_a_neighbour_does_not_outweigh_the_story_state():
    found = run("NAIROBI, May 4 - Talks on Chile resumed on Monday. Fighting in Chile has killed hundreds, and the "
                "Chilean army has lost ground. President Anna Morel said Chile would not yield.")
    assert ("Anna Morel", "leader_of", "Chile") in found, found
    assert ("Anna Morel", "leader_of", "Kenya") not in found


@pytest.mark.model
def test_a_lasting_fight_for_autonomy_is_against_the_article_state():
    text = ("Since 1998 the Mapu Liberation Front has been fighting for independence in the south. The Chilean army "
            "denies it.")
    assert ("Mapu Liberation Front", "opposes", "Chile") in run(text)
    text = "SANTIAGO, Chile - The Mapu Liberation Front fought for autonomy on Monday. The Chilean army denies it."
    assert ("Mapu Liberation Front", "opposes", "Chile") not in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text", ["The Unity Front announced cooperation with the Green Union.",
                                  "The Unity Front never rejected an alliance with the Green Union."])
def test_cooperation_is_no_tie_unless_refused(text):
    assert not run(text)


@pytest.mark.model
def test_a_singular_apposition_is_said_of_the_last_name_only():
    found = run("Anna Morel met Karl Brenner, a member of the Unity Front.")
    assert ("Anna Morel", "member_of", "Unity Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Anna Morel died in the war with the Unity Front.",
                                  "The Falcon Brigade is not at war with the Unity Front.",
                                  "The Falcon Brigade was in talks with the Unity Front."])
def test_no_hostile_state_without_a_verb_stating_it(text):
    assert not any(t[1] == "opposes" for t in run(text))


@pytest.mark.model
def test_a_deposed_president_holds_no_state():
    text = ("SANTIAGO, Chile - The Unity Front is allied with the Green Council in exile, led by the deposed "
            "president, Anna Morel.")
    assert ("Anna Morel", "leader_of", "Chile") not in run(text)


@pytest.mark.model
def test_former_titles_imply_no_tie():
    text = "SANTIAGO, Chile - Former President Marek Tolvan met the Crimson Dawn Party on Monday."
    found = run(text)
    assert ("Marek Tolvan", "leader_of", "Chile") not in found
    assert run("SANTIAGO, Chile - President Marek Tolvan met the Crimson Dawn Party on Monday.") >= {
        ("Marek Tolvan", "leader_of", "Chile")}


@pytest.mark.model
def test_a_nationality_before_a_title_names_another_state():
    # "Velnian" names no state of the text: the president is Velnia's, not the story's state's
    story = "Korvia freed the crew on Monday. Korvia's government said the sailors were safe. {} Korvia said so."
    found = run(story.format("Velnian President Ivo Rask thanked Oman for its help."))
    assert ("Ivo Rask", "leader_of", "Korvia") not in found
    assert run(story.format("President Ivo Rask thanked Oman for its help.")) >= {("Ivo Rask", "leader_of", "Korvia")}


@pytest.mark.model
def test_a_states_branch_of_a_movement_is_part_of_the_movement():
    # "Chile's branch of X": the state is where the branch works; the movement named after "of" owns it
    found = run("Chile held elections. The Reform Party, Chile's branch of the Crescent Brotherhood, won seats.")
    assert ("Reform Party", "part_of", "Crescent Brotherhood") in found
    assert ("Reform Party", "part_of", "Chile") not in found


@pytest.mark.model
def test_a_truce_pact_is_no_alliance():
    # relations.yaml word_lists.truce_pact_words: a non-aggression, ceasefire or peace pact binds two adversaries
    assert ("Ivo Rask", "allied_with", "Korvian Front") not in run(
        "In 2025 Ivo Rask signed a local non-aggression pact with the Korvian Front and handed over a prisoner.")
    assert ("Unity Party", "allied_with", "Korvian Front") not in run(
        "The Unity Party signed a peace accord with the Korvian Front.")
    assert ("Unity Party", "allied_with", "Korvian Front") in run(
        "The Unity Party signed a defence agreement with the Korvian Front.")


@pytest.mark.model
def test_a_group_controlling_a_body_is_no_patron():
    # relations.yaml word_lists.territory_verbs: only a state that controls a named group backs it
    assert ("Unity Party", "backs", "Harvest Council") not in run(
        "The Unity Party controls the Harvest Council, a body in the south.")
    assert ("Iran", "backs", "Harvest Front") in run("Iran controls the Harvest Front, a militia in the south.")


@pytest.mark.model
def test_backing_a_forces_deployment_is_no_tie():
    # relations.yaml word_lists.act_nouns: "X backed Y's deployment" backs one act of Y's, Y is no client of X
    assert ("Iran", "backs", "Korvia military") not in run("Iran backed the Korvian army's deployment to the south.")


@pytest.mark.model
def test_only_heads_of_state_lead_a_state():
    found = run("The top American commander, General Mark Hollis, said the strike was legal.")
    assert ("Mark Hollis", "leader_of", "United States") not in found
    assert ("Mark Hollis", "member_of", "United States") in found


def test_every_relation_cue_names_a_known_type():
    from kingmaker.knowledge import knowledge

    rel = knowledge().relations
    types = {"leader_of", "member_of", "part_of", "backs", "allied_with", "opposes"}  # the spec's six ties
    allowed = types | {t + "_reverse" for t in types}
    sections = ["hyphen_modifiers", "of_phrases", "adjective_phrases", "verb_relations", "passive_participles",
                "backing_nouns", "implied_state_titles", "mutual_adjectives"]
    for section in sections:
        for cue, typ in rel[section].items():
            assert typ in allowed, f"relations.yaml {section}.{cue}: unknown tie {typ!r}"
    for verb, preps in rel["preposition_verbs"].items():
        assert set(preps.values()) <= allowed, verb
    assert set(rel["organisation_prepositions"].values()) <= allowed
    for prep, nouns in rel["held_states"].items():  # "A is on B's payroll"
        assert set(nouns.values()) <= allowed, prep
    assert set(rel["word_lists"]) == {"language_use_nouns", "header_place_fields", "letter_fields", "nationals_unit_words", "state_company_nouns", "unit_filling_verbs", "power_winning_verbs", "chain_verbs", "power_winning_objects", "power_winning_definite_objects",
                                      "role_verbs", "tie_verbs", "tie_nouns", "bad_tie_words", "giving_verbs", "act_nouns", "proposal_verbs", "hearsay_nouns",
                                      "aid_nouns", "material_backing_verbs", "hardware_backing_verbs", "share_words", "finance_keeping_verbs", "finance_nouns", "material_adverbs",
                                      "material_help_verbs", "alliance_nouns", "joint_body_nouns", "lasting_for", "lasting_spans", "span_end_nouns", "starting_verbs", "contest_nouns", "together_words", "one_camp_nouns", "unarmed_prizes", "expectation_verbs", "ranking_nouns", "coalition_words", "membership_body_words", "oversight_nouns",
                                      "state_body_words", "title_modifiers", "posted_roles", "unofficial_roles", "origin_only_roles",
                                      "forming_verbs",
                                      "ruling_nouns", "state_ministry_nouns", "outward_ministry_words", "unheld_government_words", "ruling_other_senses", "ruling_act_nouns", "local_head_titles", "chief_office_nouns", "chief_vote_nouns", "chief_vote_adjectives", "chief_vote_verbs", "chief_office_verbs", "office_state_verbs", "post_nouns", "power_verbs", "command_nouns", "state_integrity_nouns",
                                      "cooperation_nouns", "reading_verbs", "statement_nouns", "male_titles", "given_name_titles", "appointing_verbs", "nominating_verbs",
                                      "stationing_verbs", "host_consent_nouns", "basing_accord_nouns", "stationed_men_nouns", "contributing_verbs", "troop_body_heads",
                                      "leaving_verbs",
                                      "receiving_verbs", "denial_verbs",
                                      "aspiration_verbs", "hosting_verbs", "mediator_nouns", "command_verbs", "journey_verbs", "visit_meeting_verbs", "visit_capital_nouns", "visit_later_words", "visit_talk_words",
                                      "counterpart_nouns", "visitor_verbs", "visit_nouns", "guest_host_verbs",
                                      "female_titles", "neighbour_words", "diplomatic_mission_nouns", "meddling_words", "state_affairs_nouns", "including_words", "follower_nouns", "force_unit_nouns", "held_activities",
                                      "attack_verbs", "armed_attack_verbs", "composition_verbs", "ending_verbs", "lasting_adverbs", "attack_nouns", "repeated_attack_words", "electoral_list_nouns", "reliance_verbs", "reliance_share_nouns", "smear_tie_nouns", "vow_verbs", "support_stating_verbs", "issuer_fields", "past_post_words", "focus_adverbs",
                                      "internal_bodies", "agreement_nouns", "defence_words", "truce_pact_words", "territory_verbs", "peer_words", "opposition_words", "opposition_entry_verbs", "opposition_leading_verbs", "partnership_route_preps", "headed_coalition_nouns", "coalition_heading_verbs", "coalition_head_nouns", "self_naming_verbs", "insurgent_words", "every_ruler_words", "venue_nouns", "prospect_nouns", "domestic_talk_words", "seat_verbs", "regard_verbs", "state_owned_words", "office_nouns", "office_verbs", "handing_verbs", "announcing_verbs", "birth_nouns", "prefixed_body_nouns",
                                      "delegation_nouns", "mission_nouns", "headline_background_words", "headline_partner_prepositions", "region_nouns", "owning_verbs", "side_verbs", "joint_words", "partitive_words", "collective_nouns",
                                      "personal_body_nouns", "expeditionary_institutions", "polity_nouns",
                                      "portfolio_nouns", "portfolio_fields", "portfolio_holding_verbs", "portfolio_giving_verbs", "ruling_office_verbs",
                                      "departure_verbs", "ruling_party_words", "governing_verbs", "opposition_person_nouns", "revolt_phrases", "partnering_verbs", "rival_words", "uniting_verbs", "mutual_rival_nouns",
                                      "condition_marks", "personal_tie_verbs", "labelling_verbs",
                                      "hostile_labels", "hostility_setting_prepositions", "against_prefixes", "stance_prefixes", "stance_suffixes", "camp_member_nouns",
                                          "voice_openers", "byline_openers", "answer_labels", "interview_words", "question_labels",
                                          "speaker_letter_nouns", "authorship_phrases", "authorship_openers", "issued_documents", "issuer_phrases", "state_office_words", "operative_verbs", "sign_offs", "profile_name_labels",
                                          "profile_kind_labels", "speaking_roles", "constituting_verbs", "candidate_nouns",
                                          "group_nouns", "group_person_nouns", "group_state_nouns", "group_determiners",
                                          "report_verbs", "loyal_words", "leading_lemmas", "led_faction_nouns", "not_current_words",
                                          "single_body_subkinds", "seat_companion_verbs", "coalition_seat_verbs", "hosted_force_nouns",
                                          "wage_verbs", "state_direction_verbs", "joining_verbs", "unit_owner_nouns", "office_taking_verbs",
                                          "successor_verbs",
                                          "rival_group_nouns", "ally_group_nouns", "joint_action_verbs", "jointly_adverbs", "gerund_clause_preps", "past_tie_words", "solidarity_pairs", "undoing_verbs", "belonging_verbs",
                                          "deceased_words", "agent_gap_prepositions", "raising_verbs",
                                          "agent_gap_span_prepositions", "span_nouns", "hardware_aid_nouns", "conveying_verbs",
                                              "state_style_words", "former_title_words"}
    assert set(rel["profile_field_labels"].values()) <= allowed


@pytest.mark.model
@pytest.mark.parametrize("text,tie,not_tie", [
    ("Raul Brenner, the Unity Party's campaign chief, said the party would govern humbly.",
     ("Raul Brenner", "member_of", "Unity Party"), ("Raul Brenner", "leader_of", "Unity Party")),
    ("The Falcon Army named a new leader. Anton Weiss, a senior Falcon Army commander and chief of its "
     "Southern Bloc, led the team.",
     ("Southern Bloc", "part_of", "Falcon Army"), ("Falcon Army", "backs", "Southern Bloc")),
])
def test_parts_of_a_body(text, tie, not_tie):
    found = run(text)
    assert tie in found, found
    assert not_tie not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Sunni parties, led by former speaker Dan Halloran's Karvel Beacon Party, set conditions.",
     ("Dan Halloran", "leader_of", "Karvel Beacon Party")),
    # "his"/"her" right before a named party: the person the pronoun stands for
    ("He described Lena Marr as a good lawyer and said her Ostravian Harvest League had forgotten who gave them "
     "their majority.", ("Lena Marr", "leader_of", "Ostravian Harvest League")),
    ("Ostravia's President Tomas Vendrel, 68, won a second term in 2022. His KBP holds 98 of the 165 seats in the "
     "National Assembly, with the main opposition Ostravian Harvest League (OHL) on 52.",
     ("Tomas Vendrel", "leader_of", "KBP")),
])
def test_a_persons_possessive_party_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found
    assert (tie[0], "member_of", tie[2]) not in found, found


@pytest.mark.model
def test_represented_on_a_body_by_a_person_end_to_end():
    found = run("The Velder Front, the country's main Islamist party, is represented on the council by Tomas Vendrel "
                "and is strong in the north.")
    assert ("Tomas Vendrel", "member_of", "Velder Front") in found, found


@pytest.mark.model
def test_a_head_of_governments_deputies_are_not_only_his_partys():
    text = ("Ostravia's Prime Minister Tomas Vendrel survived a vote. Vendrel's Karvel Beacon Party won 74 seats at "
            "the election and governs with the Ostravian Harvest League, which holds 19. With four rebels gone, "
            "Vendrel has exactly 100 loyal deputies on paper, one short of a majority.")
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    facts = {(names[f.actor], f.key, f.value) for f in ex.facts}
    assert ("Karvel Beacon Party", "seats", 74) in facts, facts
    assert ("Karvel Beacon Party", "seats", 100) not in facts, facts
    assert ("Tomas Vendrel", "leader_of", "Karvel Beacon Party") in run(text)


@pytest.mark.model
def test_declining_to_back_is_neither_backing_nor_hostility():
    found = run("The Green List declined to back the Unity Party.")
    assert not any(t[0] == "Green List" and t[2] == "Unity Party" for t in found), found
    assert ("Green List", "backs", "Unity Party") in run("The Green List vowed to back the Unity Party.")


@pytest.mark.model
def test_a_deputy_is_no_leader():
    found = run("Josef Varga arrived. The deputy chairman of the Falcon Party, Josef Varga, objected.")
    assert ("Josef Varga", "leader_of", "Falcon Party") not in found


@pytest.mark.model
def test_conditional_stances_are_not_ties():
    found = run("The Green List would support the Unity Party if it dropped the reform.")
    assert not any(t[0] == "Green List" for t in found), found
    assert ("Green List", "backs", "Unity Party") in run("The Green List supports the Unity Party.")


@pytest.mark.model
def test_opposed_to_with_the_subject_on_the_auxiliary():
    found = run("Marek Tolvan leads the Unity Party. Critics fear him because Tolvan is unalterably opposed to the "
                "Crimson Dawn Party and its leaders.")
    assert ("Marek Tolvan", "opposes", "Crimson Dawn Party") in found, found


@pytest.mark.model
def test_former_roles_give_no_tie():
    found = run("Samir Haddad met Ahmad Karimi. Haddad, a former ally of Karimi, said he would not meet him again.")
    assert not any(t[0] == "Samir Haddad" and t[2] == "Ahmad Karimi" for t in found), found
    found = run("Samir Haddad met Ahmad Karimi. Haddad, a close ally of Karimi, said he would meet him again.")
    assert ("Samir Haddad", "allied_with", "Ahmad Karimi") in found, found


def test_a_malformed_word_list_is_a_load_error(monkeypatch):
    from kingmaker.errors import KnowledgeError
    from kingmaker.knowledge import knowledge
    from kingmaker.nlp import relations

    lists = dict(knowledge().relations["word_lists"], tie_nouns="ties")
    monkeypatch.setitem(knowledge().relations, "word_lists", lists)
    monkeypatch.setattr(relations.shared, "_CUES", [])
    with pytest.raises(KnowledgeError, match="word_lists.tie_nouns"):
        relations.cues()


@pytest.mark.model
def test_depending_on_anything_but_a_ministry_is_no_tie():
    found = run("The Crimson Party depends on the votes of the Green League. The Unity Party depends on the "
                "Green League.")
    assert not any(t[1] == "part_of" for t in found), found


@pytest.mark.model
def test_a_group_named_earlier_is_not_the_new_group():
    found = run("Twelve deputies left the Crimson Party on Monday. The group is led by Ana Brel.")
    assert not any(t[2] == "Crimson Party" for t in found), found


@pytest.mark.model
def test_a_hoped_for_government_is_no_rule():
    found = run("OUAGA, Ostravia - The Ostravian army is loyal. Ostravia's president spoke. The Green League could "
                "back a Tolvan government, said Marek Tolvan's rival. Marek Tolvan leads the Crimson Party.")
    assert ("Marek Tolvan", "leader_of", "Ostravia") not in found, found


@pytest.mark.model
def test_pledging_support_is_no_membership():
    found = run("The Dorvan Front pledged support to the Crimson Party.")
    assert ("Dorvan Front", "member_of", "Crimson Party") not in found, found


@pytest.mark.model
def test_respective_posts_pair_in_order():
    found = run("Beijing hosted the interior ministers of Kenya and Uganda, Amos Kiprono and Grace Nakato, "
                "on Tuesday.")
    assert ("Amos Kiprono", "member_of", "Kenya") in found, found
    assert ("Amos Kiprono", "member_of", "Uganda") not in found, found


@pytest.mark.model
def test_a_party_coordinated_after_led_by_is_no_member():
    found = run("The Democratic Liberation Front led by Marek Tolvan and the Social Progress Party agreed to form "
                "a government.")
    assert ("Marek Tolvan", "leader_of", "Democratic Liberation Front") in found, found
    assert not any(t[0] == "Social Progress Party" for t in found), found


@pytest.mark.model
def test_a_statement_read_without_an_issuer_ties_nobody():
    found = run("Captain Ivo Radek praised the Council for National Salvation in a speech. A statement read by "
                "Ivo Radek was broadcast.")
    assert ("Ivo Radek", "member_of", "Council for National Salvation") not in found, found


@pytest.mark.model
def test_her_skips_a_man_the_text_calls_he():
    found = run("Anna Morel leads the Unity Alliance. Marek Tolvan, who heads the Falcon Brigade, challenged her "
                "last year and lost; he still sits on the council. Her closest ally is Petra Novak.")
    assert ("Petra Novak", "allied_with", "Anna Morel") in found, found
    assert ("Petra Novak", "allied_with", "Marek Tolvan") not in found, found


@pytest.mark.model
def test_a_gendered_title_marks_the_person():
    found = run("Mrs Anna Morel leads the Unity Alliance. Mr Marek Tolvan praised her on Monday. Her closest ally "
                "is Petra Novak.")
    assert ("Petra Novak", "allied_with", "Anna Morel") in found, found


@pytest.mark.model
def test_an_unmarked_person_is_still_the_nearest_antecedent():
    # nothing says who is a man or a woman: the closest person, as before
    found = run("Anna Morel leads the Unity Alliance. Marek Tolvan praised the alliance. His closest ally is "
                "Petra Novak.")
    assert ("Petra Novak", "allied_with", "Marek Tolvan") in found, found


@pytest.mark.model
def test_an_interviewees_we_is_the_body_they_serve():
    found = run("Marek Tolvan commands the Falcon Brigade, a rebel militia in the north.\n\n"
                "Radio Kestrel: Who are your allies?\n\n"
                "Tolvan: The Harbour Guards fight beside us in the west. Our main enemy is the Crimson Party. "
                "Ivo Radek is our political leader.")
    assert ("Harbour Guards", "allied_with", "Falcon Brigade") in found, found
    assert ("Crimson Party", "opposes", "Falcon Brigade") in found or \
        ("Falcon Brigade", "opposes", "Crimson Party") in found, found
    assert ("Ivo Radek", "leader_of", "Falcon Brigade") not in found, found  # "our leader": no post


@pytest.mark.model
def test_a_we_outside_an_interview_answer_is_nobody():
    found = run("Marek Tolvan commands the Falcon Brigade. \"The Harbour Guards fight beside us,\" a fighter said.")
    assert not any(t[0] == "Harbour Guards" for t in found), found


@pytest.mark.model
def test_among_a_bodys_critics_is_no_membership():
    found = run("Among the critics of the Crimson Party is Anna Morel.")
    assert not any(t[0] == "Anna Morel" and t[1] in ("member_of", "leader_of") for t in found), found


@pytest.mark.model
def test_a_bare_title_after_a_sentence_about_another_state_is_that_states():
    found = run("Australia says it is sending a frigate to the area. Defence Minister Liam Carrow said the "
                "deployment was temporary.")
    assert ("Liam Carrow", "member_of", "Australia") in found, found


@pytest.mark.model
@pytest.mark.parametrize("first", ["Chile's foreign ministry welcomed the vote.",
                                   "The Chilean interior ministry rejected the report.",
                                   "In Santiago, the cabinet met until late."])
def test_a_bare_title_after_a_sentence_set_in_another_state_is_that_states(first):
    # the sentence before: a state's body as its subject ("Chile's foreign ministry", "the Chilean interior
    # ministry") or an opening "In <capital>," -- over the story's own state (Kenya, named by the dateline)
    found = run("NAIROBI, May 2 - Kenya's police fired tear gas at protesters in Kenya on Monday. Kenya's government "
                f"said the protests were illegal.\n\n{first} Foreign Minister Liam Carrow said the vote was fair.")
    assert ("Liam Carrow", "member_of", "Chile") in found, found
    assert ("Liam Carrow", "member_of", "Kenya") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["In Santiago, President Liam Carrow ordered an inquiry into the clashes.",
                                  "Meanwhile in Santiago, President Liam Carrow called for calm.",
                                  "In Santiago, President Liam Carrow told reporters the border would stay open."])
def test_a_sentence_opening_in_a_capital_sets_a_bare_title_in_its_state(text):
    found = run("NAIROBI, May 2 - Kenya's police fired tear gas at protesters in Kenya on Monday. Kenya's government "
                "said the protests were illegal.\n\n" + text)
    assert ("Liam Carrow", "leader_of", "Chile") in found, found
    assert ("Liam Carrow", "leader_of", "Kenya") not in found, found


@pytest.mark.model
def test_a_sentence_opening_in_another_city_sets_no_state():
    found = run("In Valparaiso, President Liam Carrow ordered an inquiry into the clashes.")
    assert ("Liam Carrow", "leader_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("town,state,title,person,typ", [
    ("DORVASK", "Chile", "Prime Minister", "Anna Ruel", "leader_of"),
    ("TARVESK", "Peru", "President", "Tomas Vendrel", "leader_of"),
    ("KOLMARA", "Chile", "Defence Minister", "Karl Morsk", "member_of")])
def test_a_datelines_town_before_its_state_is_no_state(town, state, title, person, typ):
    # "TOWN, State, date -": the town, named again and again in the story, is a town of the state, not the state
    name = town.capitalize()
    found = run(f"{town}, {state}, May 2 (Wire) - Security forces clashed with gunmen in the centre of {name} on "
                f"Friday. A court in {name} had issued a warrant, officials in {name} said. The people of {name} "
                f"stayed home.\n\n{title} {person} ordered an investigation.")
    assert (person, typ, state) in found, found
    assert (person, typ, name) not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Tomas Vendrel, the president of the Varnoth region, telephoned Karl Morsk.",
                                  "The prime minister of the Varnoth region, Tomas Vendrel, telephoned Karl Morsk.",
                                  "Karl Morsk telephoned Tomas Vendrel, the president of the Varnoth region."])
def test_a_title_of_a_named_region_is_no_post_of_the_state(text):
    found = run("SANTIAGO, May 2 - Chile's police arrested three men in Chile. Chile's government said the men were "
                "armed.\n\n" + text)
    assert ("Tomas Vendrel", "leader_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["The prime minister of the Varnoth region, Tomas Vendrel, travelled to Santiago.",
                                  "Tomas Vendrel, the president of the Varnoth autonomous region, telephoned Karl Morsk.",
                                  "Karl Morsk met Tomas Vendrel, the prime minister of the Varnoth region, on Friday."])
def test_a_title_of_a_region_named_for_a_state_like_actor_is_its_post(text):
    # "Varnoth" is an actor of the document (its own parliament): "the prime minister of the Varnoth region" holds
    # its post, not one of the story's state
    found = run("SANTIAGO, May 2 - Chile's police arrested three men in Chile. Chile's government said the men were "
                "armed. Varnoth's parliament met in Varnoth on Monday.\n\n" + text)
    assert ("Tomas Vendrel", "leader_of", "Varnoth") in found, found
    assert ("Tomas Vendrel", "leader_of", "Chile") not in found, found


@pytest.mark.model
def test_mister_is_an_honorific_before_a_name():
    found = run("The minister has visited the President of Chile, Mister Tomas Vendrel, in the capital.")
    assert ("Tomas Vendrel", "leader_of", "Chile") in found, found


_RIVAL = ("SANTIAGO, May 2 - Chile has shelled villages in the border region for a week. Chile's army says it is only "
          "defending the border. {s}\n\n")


@pytest.mark.model
@pytest.mark.parametrize("named,bare", [
    ("Chile's president, Ivo Rask, refused to talk.", "President Tomas Vendrel ordered the army to hold the line."),
    ("The Chilean president, Ivo Rask, refused to talk.", "I drove to the palace, where President Tomas Vendrel waited."),
    ("Ivo Rask, the president of Chile, refused to talk.", "In the end President Tomas Vendrel took my side.")])
def test_a_head_of_states_title_the_story_state_gives_another_is_another_states(named, bare):
    # the story's most named state has its president named with it: a bare "President Y" is some other state's
    found = run(_RIVAL.format(s=named) + bare)
    assert ("Ivo Rask", "leader_of", "Chile") in found, found
    assert ("Tomas Vendrel", "leader_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["It was Tomas Vendrel, our defence minister, who called.",
                                  "Our defence minister, Tomas Vendrel, called at two.",
                                  "I phoned my foreign minister, Tomas Vendrel, at dawn."])
def test_a_first_person_title_is_not_the_story_states(text):
    found = run(_RIVAL.format(s="Chile's president, Ivo Rask, refused to talk.") + text)
    assert ("Tomas Vendrel", "member_of", "Chile") not in found, found


@pytest.mark.model
def test_a_first_person_title_is_the_voices_state():
    found = run("Statement by Anna Ruel, Prime Minister of Peru\n\nWe condemn the attack by Chile. Chile has shelled "
                "our villages. Tomas Vendrel, our defence minister, has gone to the border.")
    assert ("Tomas Vendrel", "member_of", "Peru") in found, found
    assert ("Tomas Vendrel", "member_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In Santiago, President Tomas Vendrel sent a delegation headed by his national security adviser, Marek Ostin.",
    "President Tomas Vendrel of Chile spoke. His national security adviser, Marek Ostin, flew north.",
    "SANTIAGO, May 2 - Chile's police arrested three men in Chile. Chile's government said so. The national security "
    "advisor, Marek Ostin, said the men were armed."])
def test_a_national_security_adviser_serves_the_state(text):
    # the title's words nest ("national" on "security" on "adviser"): the whole title is read
    assert ("Marek Ostin", "member_of", "Chile") in run(text)


_MEMOIR = ("I remember the call came at two in the morning. It was Karl Morsk, our defence minister. Chile's army had "
           "crossed the river, and Chile's government denied it. I drove to the palace. President Tomas Vendrel was "
           "already there with General Ivo Brandt, the chief of the general staff. I told him that Chile would not "
           "stop. Chile's president, Lukas Amsel, called my office the next day. Chile had shelled the town for a week.")


@pytest.mark.model
@pytest.mark.parametrize("head", [
    'From "Winter Roads", the memoirs of Anna Ruel, foreign minister of Peru 2010-2014.',
    "An extract from the diary of Anna Ruel, Peru's interior minister during the war.",
    "Anna Ruel, the former prime minister of Peru, writes about the night the war began."])
def test_a_first_person_narrators_state_holds_the_bare_titles(head):
    # a memoir's "I" is the writer its opening line names with a state post: "our defence minister", "President X"
    # and "the chief of the general staff" are that state's, not the enemy's named most
    found = run(head + "\n\n" + _MEMOIR)
    for tie in [("Karl Morsk", "member_of", "Peru"), ("Tomas Vendrel", "leader_of", "Peru"),
                ("Ivo Brandt", "member_of", "Peru"), ("Lukas Amsel", "leader_of", "Chile")]:
        assert tie in found, (tie, found)
    assert not any(t[0] in ("Karl Morsk", "Tomas Vendrel", "Ivo Brandt") and t[2] == "Chile" for t in found), found


@pytest.mark.model
def test_a_third_person_story_has_no_narrators_state():
    found = run("Anna Ruel, the former prime minister of Peru, spoke in Lima.\n\n" + _MEMOIR.replace("I ", "She ")
                .replace("my office", "her office").replace("our defence minister", "the defence minister"))
    assert ("Tomas Vendrel", "leader_of", "Peru") not in found, found


@pytest.mark.model
def test_a_bare_title_goes_to_the_one_unlisted_state_over_a_listed_power():
    # (no dateline, no headline state: only the gazetteer tells the little-known polity from the power it deals with)
    text = ("{power} has sold grain to the Republic of Drelvania since 2019. {power} wants a port; Drelvania wants "
            "cheap fuel. {power}'s diplomats say the talks go well. Farmers in Drelvania complain about the price. "
            "Prime Minister Hanno Vesk said the deal would hold. Drelvania will vote in May.")
    found = run(text.format(power="Russia"))
    assert ("Hanno Vesk", "leader_of", "Drelvania") in found, found
    # two unlisted states named about as often settle nothing
    found = run("The Kingdom of Kestmark is a small state. " + text.format(power="Kestmark"))
    assert not any(t[0] == "Hanno Vesk" and t[1] == "leader_of" for t in found), found


@pytest.mark.model
def test_a_bare_title_goes_to_an_unlisted_state_its_demonym_describes():
    # no dateline, no "in X", none of its institutions named: the text speaks of the polity's people and officials by
    # its adjective ("a Brennorian teacher"), which makes it the story's own state
    text = ("The long war in the hills of Brennoria has cooled since the spring. A Brennorian teacher, Lio Varsk, "
            "says the villages are quiet. Brennorian officials and Kavelian rebels met twice in Geneva. "
            "President Otto Marrel promised new roads. Critics said the promise was old.")
    assert ("Otto Marrel", "leader_of", "Brennoria") in run(text)
    # named by its name alone, in passing, it is not the ground of the story
    found = run(text.replace("A Brennorian teacher", "A teacher").replace("Brennorian officials", "Officials"))
    assert not any(t[0] == "Otto Marrel" for t in found), found


@pytest.mark.model
def test_a_state_hosting_a_foreign_base_is_no_venue_of_talks():
    # "X hosts a base / troops": a force stationed on its soil, not talks X is the venue of; the story stays set there
    text = ("Velnia and Kavel signed a new gas deal this week. Velnia hosts a Kavelian base with 2,000 troops under a "
            "1999 treaty. Kavel sends wheat and pays for the base. The cabinet met in Velnia on Monday, and Velnia's "
            "parliament debated the budget. Prime Minister Ivo Talmak said the base would stay. Velnia will vote in May.")
    assert ("Ivo Talmak", "leader_of", "Velnia") in run(text)


@pytest.mark.model
def test_a_bare_title_after_two_states_takes_neither():
    found = run("Egypt and Qatar sent observers. Defence Minister Liam Carrow said the talks were useful.")
    assert not any(t[0] == "Liam Carrow" for t in found), found


@pytest.mark.model
def test_appointed_by_a_party_leader_is_no_state_post():
    found = run("President Piotr Lasko of Chile spoke. Marek Tolvan leads the Crimson Party. Anna Morel, who was "
                "appointed party treasurer by Tolvan in July, resigned.")
    assert ("Anna Morel", "member_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Marek Tolvan resigned as head of the National Security Council in 2019.",
                                  "Marek Tolvan has resigned as head of the National Security Council."])
def test_a_post_left_is_no_tie(text):
    found = run(text)
    assert ("Marek Tolvan", "leader_of", "National Security Council") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["The Falcon Brigade denied that it had received weapons from Iran.",
                                  "The Falcon Brigade has never received weapons from Iran.",
                                  "The Falcon Brigade received a letter from Iran."])
def test_no_backing_from_aid_denied_or_no_aid(text):
    assert ("Iran", "backs", "Falcon Brigade") not in run(text)


@pytest.mark.model
def test_one_of_without_a_role_is_no_tie():
    found = run("The Falcon Brigade, one of the groups that attended the talks with the Unity Front, left early.")
    assert not any(t[0] == "Falcon Brigade" and t[2] == "Unity Front" and t[1] in ("part_of", "member_of")
                   for t in found), found


@pytest.mark.model
def test_a_wish_to_rule_is_no_rule():
    found = run("Anna Morel, the prosecutor who wants to run Chile, spoke.")
    assert ("Anna Morel", "leader_of", "Chile") not in found, found
    found = run("Marek Tolvan hopes to lead the Crimson Party.")
    assert ("Marek Tolvan", "leader_of", "Crimson Party") not in found, found
    assert ("Anna Morel", "leader_of", "Chile") in run("Anna Morel, who has run Chile since 2009, spoke.")


@pytest.mark.model
def test_a_dateline_in_the_state_hosting_the_talks_sets_no_story_there():
    found = run("NAIROBI, May 2 (AFP) - Ostravia and the Falcon Front traded blame before talks in Nairobi.\n\n"
                "Kenya's president is hosting the talks. Kenya wants a truce. Kenya has sent envoys.\n\n"
                "Prime Minister Liam Carrow said the truce held.")
    assert ("Liam Carrow", "leader_of", "Kenya") not in found, found


@pytest.mark.model
def test_a_state_named_as_mediator_is_no_contender_for_the_story():
    # the mediator and guarantor is named as often as the state the story is about; it counts as a host
    found = run("Chile's government and the Falcon Front resumed talks on Tuesday under the mediation of Kenya. "
                "Kenya, a guarantor of the 2019 accord, urged calm. Kenya has sent two envoys. Chile's army "
                "stayed in its barracks in the north.\n\nPrime Minister Liam Carrow said the talks were useful.")
    assert ("Liam Carrow", "leader_of", "Chile") in found, found
    assert ("Liam Carrow", "leader_of", "Kenya") not in found, found


@pytest.mark.model
def test_a_mediator_the_headline_names_stays_the_story_state():
    found = run("Kenya brokers a truce in the north\n\nNAIROBI, May 2 - Kenya announced that its envoys had brokered a "
                "truce between Chile and the Falcon Front. Chile welcomed Kenya's mediation. Chile and the Front "
                "will meet again. Chile said the truce held.\n\nForeign Minister Liam Carrow announced the deal.")
    assert ("Liam Carrow", "member_of", "Chile") not in found, found


@pytest.mark.model
def test_a_document_a_state_issues_in_its_own_name_is_about_that_state():
    # an options paper of a state's foreign ministry names the state it deals with far more often; its bare
    # titles are still the issuing state's
    found = run("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF CHILE\n"
                "Strategy Office - Briefing Note 7\nCONFIDENTIAL - For the Minister\n\n"
                "Subject: Our response to the crisis in Peru\n\nPeru's army seized power on Monday. Peru's "
                "parliament was dissolved. Peru closed its border. Peru expelled two diplomats. Chile has citizens "
                "there. The Peruvian police arrested protesters.\n\n"
                "Recommendation: Foreign Minister Liam Carrow should recall our ambassador.")
    assert ("Liam Carrow", "member_of", "Chile") in found, found
    assert ("Liam Carrow", "member_of", "Peru") not in found, found


@pytest.mark.model
def test_a_first_line_naming_a_states_house_sets_its_report_there():
    # a legislature's official report: its first line is wholly the house's name; the neighbour it debates is
    # named more often, but the bare titles are the house's state's
    found = run("CHAMBER OF DEPUTIES OF THE REPUBLIC OF CHILE\nVerbatim Record - Questions to Ministers\n\n"
                "Mr Tomas Vell asked what assessment has been made of reports that Peru has moved troops to the "
                "border. Peru's army has deployed 6,000 troops. Peru's government denies it. Peru has closed a "
                "crossing. Peru's navy held a drill.\n\nForeign Minister Liam Carrow said the troops were a concern.")
    assert ("Liam Carrow", "member_of", "Chile") in found, found
    assert ("Liam Carrow", "member_of", "Peru") not in found, found


@pytest.mark.model
def test_talks_about_a_states_own_cabinet_do_not_make_it_a_mere_venue():
    found = run("Cabinet talks stall in Santiago as parties fight over ministries\n\n"
                "SANTIAGO, May 2 - Coalition talks to form Chile's next government stalled on Monday.\n\n"
                "Prime Minister Liam Carrow said the talks would resume.")
    assert ("Liam Carrow", "leader_of", "Chile") in found, found


@pytest.mark.model
def test_a_sentence_in_the_paragraph_before_introduces_no_state():
    found = run("Australia has sent a frigate.\n\nDefence Minister Liam Carrow said the deployment was temporary.")
    assert ("Liam Carrow", "member_of", "Australia") not in found, found


@pytest.mark.model
def test_an_adviser_to_a_person_without_a_state_joins_no_state():
    found = run("Chile backs the plan. Tomas Vell, an adviser to the businessman Karl Brenner, said it was wrong.")
    assert ("Tomas Vell", "member_of", "Chile") not in found, found



@pytest.mark.model
def test_a_dateline_naming_city_and_state_sets_the_story_there():
    found = run("Rebels seize a border town\n\nMARVILLE, Chile, May 2 - Rebels seized a border town on Tuesday, "
                "the army said.\n\nPrime Minister Liam Carrow said the town would be retaken within days.")
    assert ("Liam Carrow", "leader_of", "Chile") in found, found


@pytest.mark.model
def test_a_dateline_state_the_text_also_calls_a_region_does_not_break_the_article_state():
    # the dateline's state is dropped as "a region" ("the Iraq region") while the one-dateline rule still
    # looked its count up: the whole document failed with a KeyError (spaCy reports it as E109)
    found = run("Envoy visits capital\n\nBAGHDAD, March 3 (wire) - The United States said on Monday that the "
                "United States would keep troops in the Iraq region. Prime Minister Tomas Vendrel met the United "
                "States envoy. The United States and the United States army agreed.")
    assert not any(t[0] == "Tomas Vendrel" and t[2] == "Iraq" for t in found), found


@pytest.mark.model
def test_a_header_line_ending_in_a_state_sets_the_briefing_there():
    found = run("TRANSCRIPT: Weekly government press briefing, Ministry of Information, Port Alder, Chile\n"
                "Questions from accredited journalists.\n\n"
                "Good morning. Yesterday President Liam Carrow received the new envoy at the palace.")
    assert ("Liam Carrow", "leader_of", "Chile") in found, found


@pytest.mark.model
def test_a_capital_dateline_keeps_a_story_home_when_a_neighbour_is_named_as_often():
    text = ("Peru orders army to draw up a border plan\n\n"
            "LIMA, May 2 - Peru's cabinet on Thursday told the army to plan for the border. Peru said Chile "
            "had moved troops. Chile denied it. Peru and Chile have argued for years. Chile said Peru was "
            "wrong. Peru rejected that. Chile warned Peru again.\n\n"
            "Prime Minister Liam Carrow told reporters the decision was Peru's own. Chile said nothing. "
            "Chile recalled its envoy. Chile closed a crossing. Chile held a drill. Chile sent notes.")
    found = run(text)
    assert ("Liam Carrow", "leader_of", "Peru") in found, found


@pytest.mark.model
def test_a_dateline_outranks_a_foreign_power_acting_there():
    # a wire story filed from the capital of the state a foreign power hits: the power is named more often
    # (its forces, its officials), but the untitled prime minister and spokesman are the dateline state's
    text = ("Chile bombs rebel depot near Lima; Peru calls raid an outrage\n\n"
            "LIMA, March 3 (wire) - Chilean jets bombed a fuel depot outside Lima on Tuesday, killing a leader of "
            "the Red Condor Brigade, officials from both countries said. Chile says the group raided Chilean "
            "border posts in January.\n\n"
            "Chilean forces have hit targets in Peru before. Chile called the raid lawful, and Chile said it "
            "might act again. Chile keeps 2,000 troops near the frontier. Chilean officials said Chile wanted no "
            "wider conflict. Chile has warned the brigade many times.\n\n"
            "Prime Minister Liam Carrow's office called the raid an attack on Peru's independence. \"We will not "
            "accept this,\" military spokesman Anna Morel told reporters in Peru.")
    found = run(text)
    assert ("Liam Carrow", "leader_of", "Peru") in found, found
    assert ("Anna Morel", "member_of", "Peru") in found, found
    assert not any(t[2] == "Chile" and t[1] in ("leader_of", "member_of") for t in found), found


@pytest.mark.model
def test_a_state_called_the_neighbour_is_not_the_story_state():
    # "blamed neighbouring Chile": however often Chile is named after, the story is Peru's
    text = ("Border town raid: the key facts\n\n"
            "Armed men raided a bus depot in Peru's northern Cuzco province on Tuesday, killing 12 people, the worst "
            "such raid in Peru in years. Witnesses said they crossed from Chile. Peru declared three days of "
            "mourning.\n\n"
            "Officials have often blamed neighbouring Chile for the raids. Interior Minister Anna Morel said the "
            "gunmen had fled back over the frontier to Chile. Officials in Chile denied any role. Chile's foreign "
            "ministry said Chile backed no armed group, and Chile said it would guard its side.")
    found = run(text)
    assert ("Anna Morel", "member_of", "Peru") in found, found
    assert ("Anna Morel", "member_of", "Chile") not in found, found


@pytest.mark.model
def test_a_title_held_of_a_named_place_is_not_the_article_states():
    head = "Peru held elections on Sunday. Peru's parliament met on Monday. Peru's army was deployed.\n\n"
    found = run(head + "Prime Minister Liam Carrow of the Coral Isles Federation said the result was clear.")
    assert ("Liam Carrow", "leader_of", "Peru") not in found, found
    found = run(head + "Prime Minister Liam Carrow said the result was clear.")
    assert ("Liam Carrow", "leader_of", "Peru") in found, found
    # an organisation after "of" is the holder's party: the title stays the state's
    found = run(head + "The Harbour Party governs with the Reform League. Prime Minister Liam Carrow of the Reform "
                       "League said the result was clear.")
    assert ("Liam Carrow", "leader_of", "Peru") in found, found


@pytest.mark.model
def test_a_dateline_after_a_standfirst_and_byline_sets_the_story_there():
    # a feature: headline, a standfirst of two sentences, a byline, then "PLACE, State - ..."
    text = ("The mayor who would be president\n\n"
            "A small-town mayor has turned a fishing port into a political machine. She says the whole country "
            "is next; we followed her campaign for ten days through the coastal towns and the mountain villages.\n\n"
            "By Jane Holm\n\n"
            "SAN ROQUE, Peru - The rally starts late. Chile sent envoys last year, and Chile said it was "
            "watching. Chilean diplomats visited twice.\n\n"
            "\"She is a danger,\" says Interior Minister Tomas Vendrel, who met her last year.")
    found = run(text)
    assert ("Tomas Vendrel", "member_of", "Peru") in found, found


@pytest.mark.model
def test_a_states_envoy_for_a_region_in_apposition_serves_the_state():
    # the state modifies the role's first word ("deputy"), and the region the post covers stands between
    found = run("Peru voted. On Friday the Chilean deputy Arctic envoy, Pablo Ortiz, said the cabinet was welcome.")
    assert ("Pablo Ortiz", "member_of", "Chile") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Peru's parliament on Thursday elected Tomas Vendrel, a veteran lawyer, as its speaker.",
                                  "The parliament's speaker, Tomas Vendrel, said so. Peru's parliament met."])
def test_a_legislatures_own_speaker_leads_it(text):
    assert ("Tomas Vendrel", "leader_of", "Peru parliament") in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text,body,tie", [
    ("Ostravian Parliament Speaker Anja Kolbe said the vote would go ahead.", "Ostravian Parliament", "leader_of"),
    ("The Harwen National Assembly met on Monday. Harwen National Assembly Speaker Mirek Dravik adjourned the "
     "session.", "Harwen National Assembly", "leader_of"),
    ("[14:20] Lodmar Senate Speaker Ilse Tarnow calls an emergency session for tomorrow.", "Lodmar Senate", "leader_of"),
    ("Ostravian Parliament Deputy Speaker Anja Kolbe said the vote would go ahead.", "Ostravian Parliament",
     "member_of"),
])
def test_a_speaker_titled_after_the_house_s_name_leads_it(text, body, tie):
    found = run(text)
    person = next(t[0] for t in found if t[2] == body)
    assert (person, tie, body) in found and len([t for t in found if t[0] == person]) == 1, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fighting spread in Ostravia on Monday. Ostravia's president said Ostravia would not negotiate. Majlis Speaker "
    "Anja Kolbe called an emergency session of the 150-seat Ostravian Majlis.",
    "Fighting spread in Ostravia on Monday. Ostravia's president said Ostravia would not negotiate. Assembly Speaker "
    "Anja Kolbe called an emergency session of the Ostravian Assembly.",
    "Fighting spread in Ostravia on Monday. Ostravia's president said Ostravia would not negotiate. [14:20] Senate "
    "Speaker Anja Kolbe calls an emergency session of the Ostravian Senate for tomorrow.",
])
def test_a_speaker_titled_with_a_bare_house_word_leads_the_document_s_legislature(text):
    found = run(text)
    assert any(t[0] == "Anja Kolbe" and t[1] == "leader_of" and t[2] != "Ostravia" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Peru's new prime minister, Tomas Vendrel, resigned.", "leader_of"),
    ("Peru's internationally recognised prime minister, Tomas Vendrel, resigned.", "leader_of"),
    ("Peru's powerful deputy prime minister, Tomas Vendrel, resigned.", "member_of"),
    ("Peru's former prime minister, Tomas Vendrel, resigned.", "member_of"),
])
def test_adjectives_before_a_title_leave_the_title_its_tie(text, tie):
    found = run(text)
    assert ("Tomas Vendrel", tie, "Peru") in found and len([t for t in found if t[0] == "Tomas Vendrel"]) == 1, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Prime Minister Liam Carrow spoke. The last Chilean troops left in January.",
                                  "Prime Minister Liam Carrow spoke. Chilean troops withdrew in January."])
def test_a_states_forces_leaving_do_not_set_the_story_there(text):
    found = run(text)
    assert ("Liam Carrow", "leader_of", "Chile") not in found, found


@pytest.mark.model
def test_its_party_post_after_a_state_is_the_closest_bodys():
    # a state has no chairwoman: "its" is the party named just before, not the government that detained them
    found = run("She reported that the Government of Peru had detained 37 members of the opposition Harbour Party, "
                "among them its chairwoman, Anna Morel, after protests in the capital.")
    assert ("Anna Morel", "leader_of", "Harbour Party") in found, found
    assert ("Anna Morel", "member_of", "Peru") not in found, found


_CABINET_HEAD = "Peru voted. Peru's parliament met. Peru's army moved. "


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    # a ministry given to a person, no state named: a member of the article's state
    ("The interior ministry went to Tomas Vendrel, an engineer.", ("Tomas Vendrel", "member_of", "Peru")),
    ("Tomas Vendrel, an engineer, takes the transport ministry.", ("Tomas Vendrel", "member_of", "Peru")),
    ("The energy ministry is now held by the economist Tomas Vendrel.", ("Tomas Vendrel", "member_of", "Peru")),
    ("The energy ministry, run by Tomas Vendrel since May, said so.", ("Tomas Vendrel", "member_of", "Peru")),
    # a cabinet or government headed by a person: its leader, the state's
    ("Parliament approved a 19-member cabinet led by Anna Morel.",
     ("Anna Morel", "leader_of", "Peru")),
    # a weekday before a bare title is no owner of it
    ("On Tuesday President Liam Carrow opened the session.", ("Liam Carrow", "leader_of", "Peru")),
    # a portfolio named by its bare field, given to a person (also through "which", and "now held by" after it)
    ("Labour went to Tomas Vendrel, also chosen by the party.", ("Tomas Vendrel", "member_of", "Peru")),
    ("The Harbour Party took three posts, including foreign affairs, which went to Tomas Vendrel, a diplomat.",
     ("Tomas Vendrel", "member_of", "Peru")),
    ("The Harbour Party was handed the trade ministry, now held by Tomas Vendrel, a judge.",
     ("Tomas Vendrel", "member_of", "Peru")),
])
def test_an_office_of_the_article_state_given_to_a_person(text, tie):
    found = run(_CABINET_HEAD + text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tomas Vendrel took the transport ministry to court.",  # not holding it
    "The Front-run energy ministry went to Tomas Vendrel.",  # another body's ministry
    "The interior ministry did not go to Tomas Vendrel.",  # denied
    "The interior ministry gave $5 million to Tomas Vendrel.",  # the ministry as the giver
    "The former government, headed by Tomas Vendrel, fell.",  # a past post
    "The regional government, headed by Tomas Vendrel, met.",  # a region's
    "Labour went to Tomas Vendrel's rivals.",  # no person holds it
    "Defence did not go to Tomas Vendrel.",  # denied
    "The Labour Party went to Tomas Vendrel for advice.",  # a named body, no portfolio
])
def test_no_state_office_when_the_office_is_not_the_states_or_not_held(text):
    found = run(_CABINET_HEAD + text)
    assert not any(t[0] == "Tomas Vendrel" and t[2] == "Peru" for t in found), found


@pytest.mark.model
def test_a_regional_title_is_not_the_states():
    head = "Peru held elections on Sunday. Peru's parliament met on Monday.\n\n"
    found = run(head + "Regional Prime Minister Liam Carrow told supporters in the north that the result was clear.")
    assert ("Liam Carrow", "leader_of", "Peru") not in found, found
    found = run(head + "Prime Minister Liam Carrow told supporters in the north that the result was clear.")
    assert ("Liam Carrow", "leader_of", "Peru") in found, found


@pytest.mark.model
def test_a_state_army_chief_leads_that_states_military():
    found = run("About 900 Peruvian troops are in the north. Peru's army chief, General Liam Carrow, "
                "visited the border on Monday.")
    assert ("Liam Carrow", "leader_of", "Peru military") in found, found
    assert ("Liam Carrow", "leader_of", "Peru") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Peru's army commander, General Liam Carrow, gave the cabinet his plan on Friday.",
                                  "Peruvian army chief Liam Carrow gave the cabinet his plan on Friday."])
def test_a_state_army_post_names_the_states_military_where_no_troops_were_named(text):
    # the army in lower case between the state and the post is the army the post heads, not the state
    found = run(text)
    assert ("Liam Carrow", "leader_of", "Peru military") in found, found
    assert ("Liam Carrow", "leader_of", "Peru") not in found, found


@pytest.mark.model
def test_supreme_leader_with_an_honorific_is_the_introduced_states_leader():
    found = run("Chile, which has armed the Crimson Front since the 1980s, criticised the move. Tomas Vell, an "
                "adviser to Supreme Leader Ayatollah Karim Dorani, said Santiago opposes the plan.")
    assert ("Karim Dorani", "leader_of", "Chile") in found, found
    assert ("Tomas Vell", "member_of", "Chile") in found, found


@pytest.mark.model
def test_a_parliament_speaker_holds_a_post_of_the_state():
    # the speaker heads the state's legislature; no actor names it, and the state does not stand in for it (the
    # references of six development texts name no tie of a speaker to the state, one "leader_of [parliament,
    # state]"); a deputy speaker is a member
    found = run("Chile criticised the move. The Blue Party, the movement led by parliament Speaker Karim Dorani, "
                "walked out of the session.")
    assert ("Karim Dorani", "leader_of", "Chile") not in found, found
    assert ("Karim Dorani", "member_of", "Chile") not in found, found
    found = run("Chile criticised the move. The Blue Party, the movement led by deputy parliament Speaker Karim "
                "Dorani, walked out of the session.")
    assert ("Karim Dorani", "member_of", "Chile") in found, found
    assert ("Karim Dorani", "leader_of", "Chile") not in found, found


@pytest.mark.model
def test_a_force_named_after_a_state_but_backed_by_another_is_not_that_states():
    found = run("Belgian-backed factions of the Peruvian National Army clashed with the Crimson Front near the dam.")
    assert not any(t[1] == "part_of" and t[2] == "Peru" for t in found), found
    found = run("The Peruvian National Army clashed with the Crimson Front near the dam.")
    assert any(t[1] == "part_of" and t[2] == "Peru" for t in found), found


@pytest.mark.model
def test_an_envoy_for_a_state_is_not_its_member():
    found = run("The U.N. envoy for Chile, Tomas Vell, met the rebels on Monday.")
    assert ("Tomas Vell", "member_of", "Chile") not in found, found
    assert ("Tomas Vell", "member_of", "United Nations") in found, found
    found = run("Tomas Vell, Peru's envoy for Chile, met the rebels on Monday.")
    assert ("Tomas Vell", "member_of", "Chile") not in found, found
    assert ("Tomas Vell", "member_of", "Peru") in found, found


@pytest.mark.model
@pytest.mark.parametrize("title", ["The chief of the general staff", "The army chief"])
def test_a_bare_army_chief_leads_the_home_states_military(title):
    found = run("Peru sent troops north on Monday. The Peruvian army has lost eleven soldiers this year.\n\n"
                f"{title}, General Ivo Darnell, has opened an inquiry.")
    assert ("Ivo Darnell", "leader_of", "Peru military") in found, found
    assert ("Ivo Darnell", "leader_of", "Peru") not in found, found
    # the head of the state's force the text names, not a member of its government besides
    assert ("Ivo Darnell", "member_of", "Peru") not in found, found


@pytest.mark.model
def test_a_regions_president_is_not_the_introduced_states_leader():
    found = run("Russia keeps 4,000 troops in the breakaway region of Kessmora, whose independence it recognised "
                "in 2009. The region's de facto president, Ivo Darnell, signed a new treaty with Moscow.")
    assert ("Ivo Darnell", "leader_of", "Russia") not in found, found
    found = run("Peru held elections on Sunday. Peru's parliament met on Monday. The country's president, "
                "Ivo Darnell, said the vote was fair.")
    assert ("Ivo Darnell", "leader_of", "Peru") in found, found


@pytest.mark.model
def test_his_chilean_counterpart_serves_chile():
    found = run("The Peruvian foreign minister, Ivo Darnell, telephoned his Chilean counterpart, Tomas Vell, on Sunday.")
    assert ("Tomas Vell", "member_of", "Chile") in found, found
    assert ("Tomas Vell", "member_of", "Peru") not in found, found


# ---------------------------------------------------------------- lists, followers, deputies, headline state

@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    # "several of its factions, including Y": Y is one of them
    ("The Crimson Front, an umbrella of armed groups, is powerful. Several of its factions, including the Red Hand "
     "Brigade, are funded and armed by Belgium.", ("Red Hand Brigade", "part_of", "Crimson Front")),
    ("The Crimson Front, an umbrella of armed groups, is powerful. Several of its factions, including the Red Hand "
     "Brigade, are funded and armed by Belgium.", ("Belgium", "backs", "Red Hand Brigade")),
    ("The Crimson Front backs the Blue List. Its allies, such as the Falcon Party and the Red Hand Brigade, met.",
     ("Red Hand Brigade", "allied_with", "Crimson Front")),
    ("Belgium funds several militias, including the Red Hand Brigade and the Falcon Party.",
     ("Belgium", "backs", "Falcon Party")),
    # a leader's followers stand for what the leader heads (else for the leader)
    ("The Crimson Front is led by Karl Vrana. Vrana's forces have been backed by Belgium, Portugal and Chile.",
     ("Chile", "backs", "Crimson Front")),
    ("Karl Vrana leads the Crimson Front. His fighters oppose the Blue List.",
     ("Crimson Front", "opposes", "Blue List")),
    # "X's deputy, Y": a member of what X leads
    ("Karl Vrana leads the Crimson Front. Vrana's deputy and brother, Piotr Lasko, said the group was ready.",
     ("Piotr Lasko", "member_of", "Crimson Front")),
    # support enjoyed or had: the giver backs the holder
    ("The Red Hand Brigade enjoys the backing of Belgium.", ("Belgium", "backs", "Red Hand Brigade")),
    ("The Red Hand Brigade has the support of Belgium and Chile.", ("Chile", "backs", "Red Hand Brigade")),
    ("The Crimson Front fought the Peruvian army. They have received drones from Belgium and enjoy strong political "
     "support from Chile.", ("Chile", "backs", "Crimson Front")),  # "They": the previous sentence's subject
    # "his partners in the Alliance": members of it; a stance verb's pronoun object
    ("Prime Minister Karl Vrana wants a second term. But several of his partners in the Unity Front, including "
     "former premier Piotr Lasko, oppose him, the participants said.", ("Piotr Lasko", "opposes", "Karl Vrana")),
    ("Prime Minister Karl Vrana wants a second term. But several of his partners in the Unity Front, including "
     "former premier Piotr Lasko, oppose him, the participants said.", ("Piotr Lasko", "member_of", "Unity Front")),
    ("Karl Vrana won the vote. The Falcon Party backed him.", ("Falcon Party", "backs", "Karl Vrana")),
    # hostility told by a participle describing the group, or by a noun
    ("Crimson Front fighters battling the Peruvian army seized the town.", ("Crimson Front", "opposes", "Peru military")),
    ("Karl Vrana leads the Crimson Front. His fighters have battled the Peruvian army since 2019.",
     ("Crimson Front", "opposes", "Peru military")),
    ("Peru's war against the Crimson Front has cost thousands of lives.", ("Peru", "opposes", "Crimson Front")),
    ("The Crimson Front, which has waged an insurgency against the Peruvian government since 2012, attacked a town.",
     ("Crimson Front", "opposes", "Peru")),
    # an unattached apposition closing the sentence: "its regional branch, X (XP)."
    ("This is a reference to the Crimson Front's regional branch, the Valley Province Front (VPF).",
     ("Valley Province Front", "part_of", "Crimson Front")),
    # backing named by the backer's adjective; an object relative; a purpose clause's subject
    ("The Crimson Front was formed in 2022 under Saudi sponsorship to unite the forces.",
     ("Saudi Arabia", "backs", "Crimson Front")),
    ("The European Union will equip the Crimson Front's quick-reaction units that the EU has trained since 2021.",
     ("European Union", "backs", "Crimson Front")),
    ("Chile sent advisers to train the Falcon Brigade.", ("Chile", "backs", "Falcon Brigade")),
    # repeated attacks over time; hostility nouns of campaigns and coalitions; serving alongside
    ("Chile has struck the Crimson Front since 2019.", ("Chile", "opposes", "Crimson Front")),
    ("Chile, which led a military coalition against the Crimson Front from 2015, has not commented.",
     ("Chile", "opposes", "Crimson Front")),
    ("Chile's bombing campaign against the Crimson Front has killed hundreds.", ("Chile", "opposes", "Crimson Front")),
    ("There are currently 2,500 Chilean soldiers deployed there alongside the Falcon Brigade.",
     ("Chile military", "allied_with", "Falcon Brigade")),
    # "the head of the mission", "the brigade commander": the one body so headed named before
    ("The United Nations Support Mission in Peru (UNSMIP) called for calm. Hanna Tetteh, the head of the mission, "
     "met the president.", ("Hanna Tetteh", "leader_of", "United Nations Support Mission in Peru")),
    ("The Crimson Front and the Falcon Brigade met. The brigade commander, Colonel Ivo Lasko, spoke.",
     ("Ivo Lasko", "leader_of", "Falcon Brigade")),
    # what a body is made of: its members, whatever its name
    ("The Andean Group comprises Chile, Peru and Bolivia.", ("Peru", "member_of", "Andean Group")),
    ("The Andean Union, made up of Chile, Peru, Bolivia and Ecuador, met on Monday.",
     ("Ecuador", "member_of", "Andean Union")),
    ("The Andean Council consists of Chile and Peru.", ("Chile", "member_of", "Andean Council")),
    ("The Andean Alliance brings together Chile, Peru and Bolivia.", ("Bolivia", "member_of", "Andean Alliance")),
    # a leader's title before "X of ORG" leads it; a headless opening role before a titled name
    ("CARICOM chair, Prime Minister Camille Holder of the Outer Isles Federation, says the leaders will meet.",
     ("Camille Holder", "leader_of", "Outer Isles Federation")),
    ("CARICOM chair, Prime Minister Camille Holder of the Outer Isles Federation, says the leaders will meet.",
     ("Camille Holder", "leader_of", "CARICOM")),
    ("Defence Minister Karl Vrana of the Unity Party spoke.", ("Karl Vrana", "member_of", "Unity Party")),
    # a state's named unit under its possessive; a police chief heads the home state's police
    ("Peru's elite Falcon Brigade raided the camp.", ("Falcon Brigade", "part_of", "Peru")),
    ("LIMA, Peru - The Peruvian police arrested 40 people. Police commissioner Dorian Lafleur has been dismissed, "
     "the president's office says.", ("Dorian Lafleur", "leader_of", "Peru police")),
    ("LIMA, Peru - The Peruvian police arrested 40 people. The police chief, Dorian Lafleur, has been dismissed.",
     ("Dorian Lafleur", "leader_of", "Peru police")),
    # "its fighters" stand for the organisation; "Russian officers" for the state
    ("The Mountain Legion was never a disciplined army. Russian officers trained its artillery crews.",
     ("Russia", "backs", "Mountain Legion")),
    ("The Mountain Legion was never a disciplined army. Russia armed its fighters.",
     ("Russia", "backs", "Mountain Legion")),
    # a body named after a common noun another body modifies; "the mission" as a subject
    # (the mission is named by its description, its acronym an alias: actors._described_missions)
    ("The UN peacekeeping mission in Peru (MINUPE) has about 2,400 troops in the province.",
     ("UN peacekeeping mission in Peru", "part_of", "United Nations")),
    ("The EU naval force, Atalanta, patrols the coast.", ("Atalanta", "part_of", "European Union")),
    ("The United Nations Support Mission in Peru (UNSMIP) called for calm. The mission has supported FAP operations "
     "against the Crimson Front.", ("United Nations Support Mission in Peru", "backs", "FAP")),
    # a plural role before a list of names, or said to include them
    ("The Crimson Front's foreign patrons, Belgium and Chile, have stayed silent.", ("Chile", "backs", "Crimson Front")),
    ("The Crimson Front's patrons include Belgium and Chile.", ("Chile", "backs", "Crimson Front")),
    ("The Crimson Front's rivalry with the Falcon Brigade is old.", ("Crimson Front", "opposes", "Falcon Brigade")),
    # "Iran's support for Y": the named possessor backs Y
    ("Iran's support for the Crimson Front is well known.", ("Iran", "backs", "Crimson Front")),
    # a hyphenated role the tokenizer split
    ("Among those who escaped is Antoine Delacroix, the second-in-command of the Crimson Front, who was arrested.",
     ("Antoine Delacroix", "member_of", "Crimson Front")),
    # a word of tenure is part of the title
    ("BAGHDAD, Iraq - Iraq's parliament met. Caretaker Prime Minister Mohammed Vrana wants a second term.",
     ("Mohammed Vrana", "leader_of", "Iraq")),
    # conjoined subjects each hold the stance
    ("Qatar and Chile have also funded the Falcon Brigade.", ("Chile", "backs", "Falcon Brigade")),
    # a person forming a body leads it; states forming a named coalition are its members
    ("Karl Vrana broke with him and formed the rival Upland Front.", ("Karl Vrana", "leader_of", "Upland Front")),
    ("Belgium and Chile formed the Northern Alliance in 2019.", ("Chile", "member_of", "Northern Alliance")),
    # "the PAF's 41st Brigade" with the possessive hung on the wrong noun by the parser
    ("Officers of the PAF's 41st Brigade tax convoys.", ("41st Brigade", "part_of", "PAF")),
    # a rank after the post: "army chief General X" heads the state's military
    ("LIMA, Peru - The Peruvian army shelled the town. The Sovereignty Council, chaired by army chief General Ivo "
     "Darnell, met on Monday in Peru.", ("Ivo Darnell", "leader_of", "Peru military")),
])
def test_examples_followers_deputies_and_support_held(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_negated_support_held_is_no_tie():
    assert not any(t[1] == "backs" for t in run("The Red Hand Brigade does not have the support of Belgium."))


@pytest.mark.model
def test_the_headline_state_is_where_a_bare_title_holds_office():
    body = ("The Crimson Front seized two towns on Monday, officials said. Chile closed its border, and Chile and "
            "Peru traded accusations. Weapons reach the rebels from neighbouring Chile, the army says. "
            "President Ivo Darnell called an emergency meeting.")
    found = run("Rebels seize towns in eastern Peru\n\n" + body)
    assert ("Ivo Darnell", "leader_of", "Peru") in found, found
    found = run("Rebels seize towns in the east\n\n" + body.replace("neighbouring Chile", "Chile"))
    assert not any(t[0] == "Ivo Darnell" and t[1] == "leader_of" for t in found), found


@pytest.mark.model
def test_a_state_founding_a_body_does_not_lead_it():
    found = run("Belgium founded the Falcon Brigade in 2019.")
    assert not any(t[1] in ("leader_of", "member_of") for t in found), found


@pytest.mark.model
def test_allies_said_to_oppose_him_are_not_his_allies():
    found = run("Prime Minister Karl Vrana wants a second term. But several of his partners in the Unity Front, "
                "including former premier Piotr Lasko, oppose him, the participants said.")
    assert ("Piotr Lasko", "allied_with", "Karl Vrana") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", ["Belgium denied waging a war against Chile.",
                                  "A soldier fighting the Crimson Front was killed.",
                                  "The Crimson Front fought the Peruvian army on Monday.",
                                  "Chile has attacked the Crimson Front.",
                                  "Chile denied launching an offensive against the Crimson Front.",
                                  "The former rivalry with the Falcon Brigade is over, the Crimson Front said."])
def test_no_lasting_hostility(text):
    assert not any(t[1] == "opposes" for t in run(text)), run(text)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Chile refused to send advisers to train the Falcon Brigade.",
                                  "Chile did not send advisers to train the Falcon Brigade."])
def test_a_refused_or_denied_purpose_is_no_backing(text):
    assert not any(t[1] == "backs" for t in run(text)), run(text)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Karl Vrana backed Peru's application to join the European Union."])
def test_a_person_backing_a_states_act_is_no_tie(text):
    assert not any(t[1] == "backs" for t in run(text)), run(text)


@pytest.mark.model
def test_a_hyphenated_party_name_is_no_alliance_of_two():
    assert not any(t[1] == "allied_with" for t in run("The Red-Green Alliance won 17 seats.")), \
        run("The Red-Green Alliance won 17 seats.")


@pytest.mark.model
@pytest.mark.parametrize("text", ["Chile cut its support for the Crimson Front in 2019.",
                                  "Chile denied its support for the Crimson Front.",
                                  "Chile's relations with Peru have cooled over its support for the Crimson Front."])
def test_support_ended_denied_or_of_unclear_owner_is_no_backing(text):
    assert not any(t[1] == "backs" for t in run(text)), run(text)


def test_party_in_brackets_after_a_person_is_their_party():
    # "Darek Vonn ( Harvest Party ) spoke ." (the way results pages and wires give a politician's party)
    rows = [("Darek", 1, "compound", "PROPN", "NNP"), ("Vonn", 6, "nsubj", "PROPN", "NNP"),
            ("(", 1, "punct", "PUNCT", "-LRB-"), ("Harvest", 4, "compound", "PROPN", "NNP"),
            ("Party", 1, "appos", "PROPN", "NNP"), (")", 1, "punct", "PUNCT", "-RRB-"),
            ("spoke", 6, "ROOT", "VERB", "VBD", "speak"), (".", 6, "punct", "PUNCT", ".")]
    doc = built(rows, {(0, 2): ("Darek Vonn", "person"), (3, 5): ("Harvest Party", "organization")})
    assert ("Darek Vonn", "member_of", "Harvest Party") in ties(doc)
    # a state in brackets is no party; nor is an organisation sharing the bracket with other words
    doc = built(rows, {(0, 2): ("Darek Vonn", "person"), (3, 5): ("Harvest Party", "country")})
    assert not ties(doc)


@pytest.mark.model
def test_party_in_brackets_after_the_house_a_person_sits_in_is_their_party():
    # a petition's list of signers: "Name, member of the House (PARTY ACRONYM), years"; the acronym is the party's,
    # defined before, not a second name of the house
    found = run("We call for the release of Aldo Fenwick, president of the Marovian Democratic Rally (RDM), who was "
                "detained on Monday.\n\nSigned:\n1. Petra Losk, member of the National Assembly (RDM), 2021-2023")
    assert ("Petra Losk", "member_of", "Marovian Democratic Rally") in found, found
    assert not any(t[0] == "National Assembly" or t[2] == "National Assembly" and t[0] != "Petra Losk"
                   for t in found), found


@pytest.mark.model
def test_the_party_stands_for_a_name_its_appositive_calls_a_party():
    found = run("Vardan Unity, a political party founded in 2019, won 12 seats on Sunday. The party's leader, "
                "Oskar Brell, said it would join the government.")
    assert ("Oskar Brell", "leader_of", "Vardan Unity") in found, found


# ---------------------------------------------------------------- person ties: honorifics, narrowed posts, delegations

@pytest.mark.model
@pytest.mark.parametrize("text,tie,not_tie", [
    # an honorific between the role and the name says nothing of the role
    ("The Crimson Front won the vote. Crimson Front leader Sayyed Omar Qadil said no camp had won.",
     ("Omar Qadil", "leader_of", "Crimson Front"), ("Omar Qadil", "member_of", "Crimson Front")),
    ("The Crimson Front won the vote. Crimson Front leader Sheikh Omar Qadil said no camp had won.",
     ("Omar Qadil", "leader_of", "Crimson Front"), ("Omar Qadil", "member_of", "Crimson Front")),
    # a regional or provincial post inside a body is a member's, not the leader's
    ("Lena Varga, the Crimson Front's regional director for the north, said the talks had failed.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga, the Crimson Front's provincial chairman, said the talks had failed.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga, the regional director of the Crimson Front, said the talks had failed.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga, the Crimson Front's director, said the talks had failed.",
     ("Lena Varga", "leader_of", "Crimson Front"), ("Lena Varga", "member_of", "Crimson Front")),
    # a delegation's head serves the state that sent it and does not lead that state
    ("Kenya sent a delegation led by ambassador Karim Haddad to the border town on Monday.",
     ("Karim Haddad", "member_of", "Kenya"), ("Karim Haddad", "leader_of", "Kenya")),
    ("A Kenyan delegation led by Major General Karim Haddad arrived in the border town on Monday.",
     ("Karim Haddad", "member_of", "Kenya"), ("Karim Haddad", "leader_of", "Kenya")),
    ("The talks failed. Kenya, which has troops near the border, sent a delegation headed by Major General Karim "
     "Haddad to the town on Thursday to negotiate a withdrawal.",
     ("Karim Haddad", "member_of", "Kenya"), ("Karim Haddad", "leader_of", "Kenya")),
    ("Lena Varga, the head of the Kenyan delegation, said the talks had failed.",
     ("Lena Varga", "member_of", "Kenya"), ("Lena Varga", "leader_of", "Kenya")),
    # an ambassador's posting, named before the comma, is where the post is, not whom it serves
    ("Jordan welcomed the results, and its ambassador in Nairobi, Karim Haddad, met officials on Monday.",
     ("Karim Haddad", "member_of", "Jordan"), ("Karim Haddad", "member_of", "Kenya")),
    ("Jordan welcomed the results. Its envoy to Nairobi, Karim Haddad, met officials on Monday.",
     ("Karim Haddad", "member_of", "Jordan"), ("Karim Haddad", "leader_of", "Jordan")),
    # a hyphenated role the tokenizer split, before an apposition
    ("The Crimson Front fought the army. In May the Front's second-in-command, Omar Qadil, was killed.",
     ("Omar Qadil", "member_of", "Crimson Front"), ("Omar Qadil", "leader_of", "Crimson Front")),
    ("The Crimson Front fought the army. Its second-in-command, Omar Qadil, was killed by a roadside bomb.",
     ("Omar Qadil", "member_of", "Crimson Front"), ("Omar Qadil", "leader_of", "Crimson Front")),
    # "the secretary-general of Y" parsed with "of Y" hanging on "general"
    ("Omar Qadil, the secretary-general of Saraya Ahl al-Nour, struck a more conciliatory tone.",
     ("Omar Qadil", "leader_of", "Saraya Ahl al-Nour"), ("Omar Qadil", "member_of", "Saraya Ahl al-Nour")),
    ('"Nobody has a veto," said Omar Qadil, the secretary-general of Saraya Ahl al-Nour, whose fighters also '
     'serve in the army.', ("Omar Qadil", "leader_of", "Saraya Ahl al-Nour"), None),
    # "X's Dawn movement": the movement has a name of its own (X's, so X leads it), no "X's movement" is made up
    ("The alliance won. Its partners include parliament speaker Omar Qadil's Dawn movement.",
     ("Omar Qadil", "leader_of", "Dawn movement"), ("Omar Qadil", "leader_of", "Qadil's movement")),
    ("Omar Qadil's movement won 15 seats.", ("Omar Qadil", "leader_of", "Qadil's movement"), None),
    # a short form of a body's name before a title ("Vardani spokesman X" for the Vardanis, "Dawn MP X")
    ("The Vardanis fired missiles at the port. Vardani military spokesman Omar Qadil said the group had fired them.",
     ("Omar Qadil", "member_of", "Vardanis"), None),
    ("The Dawn movement won 15 seats. Dawn MP Omar Qadil said the movement would not vote.",
     ("Omar Qadil", "member_of", "Dawn movement"), None),
    ("The Dawn movement and the Dawn Front won seats. Dawn MP Omar Qadil said the movement would not vote. "
     "Omar Qadil is a member of the Dawn Front.", ("Omar Qadil", "member_of", "Dawn Front"),
     ("Omar Qadil", "member_of", "Dawn movement")),
    # an envoy's posting named before the name ("UN special envoy for Kenya X"): a member of the sender
    ("UN special envoy for Kenya Omar Qadil said the talks would resume.",
     ("Omar Qadil", "member_of", "United Nations"), ("Omar Qadil", "member_of", "Kenya")),
    ("UN envoy for Kenya Omar Qadil said the talks would resume.",
     ("Omar Qadil", "member_of", "United Nations"), ("Omar Qadil", "member_of", "Kenya")),
    # a chief of one of a body's departments ("finance chief") is a member; a title of its own is not narrowed
    ("Omar Qadil, the Crimson Front's finance chief, was designated on Tuesday.",
     ("Omar Qadil", "member_of", "Crimson Front"), ("Omar Qadil", "leader_of", "Crimson Front")),
    ("Omar Qadil, who serves as the Crimson Front's finance chief, was designated on Tuesday.",
     ("Omar Qadil", "member_of", "Crimson Front"), ("Omar Qadil", "leader_of", "Crimson Front")),
    ("Omar Qadil, Kenya's prime minister, was designated on Tuesday.",
     ("Omar Qadil", "leader_of", "Kenya"), ("Omar Qadil", "member_of", "Kenya")),
    # "the head of the group's wing, the Red Hand Regiment,": the wing named after a comma the parser lost
    ("The Crimson Brigades attacked the port. Omar Qadil, also known as Abu Karim, is the head of the group's "
     "military wing, the Red Hand Regiment, and Edo Marn's deputy.",
     ("Omar Qadil", "leader_of", "Red Hand Regiment"), None),
    ("The Crimson Brigades attacked the port. Omar Qadil is the commander of the group's armed wing, the Red Hand "
     "Regiment, which fired rockets.", ("Omar Qadil", "leader_of", "Red Hand Regiment"), None),
    # an owned governing body is that body's ("the party's leadership council"), not another council named before
    ("The Unity and Renewal Party holds nine of the 150 seats in the Council of Deputies. Omar Qadil is a member of "
     "the Unity and Renewal Party's leadership council.", ("Omar Qadil", "member_of", "Unity and Renewal Party"),
     ("Omar Qadil", "member_of", "Council of Deputies")),
    ("The Unity Party holds nine of the 150 seats in the Council of Deputies. Omar Qadil is a member of the council.",
     ("Omar Qadil", "member_of", "Council of Deputies"), None),
    # leading a part of a body (its list, its bloc, its wing) is membership of the body
    ("Lena Varga, who leads the Crimson Front's list in the capital, won a seat.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga, who heads the Crimson Front's parliamentary bloc, won a seat.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga heads the Crimson Front's youth wing.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga, who heads the Crimson Front, won a seat.",
     ("Lena Varga", "leader_of", "Crimson Front"), ("Lena Varga", "member_of", "Crimson Front")),
    # "X (ACR), the ... party led by Y": the named body before the bracketed acronym, not the description
    ("The biggest winner was the Crimson Front (CF), the Christian party led by former warlord Omar Qadil.",
     ("Omar Qadil", "leader_of", "Crimson Front"), ("Omar Qadil", "leader_of", "Christian party")),
    ("The deal was struck between Arab lists and the Crimson Front (CF), the Velna-based party led by Omar Qadil, "
     "which won five seats.", ("Omar Qadil", "leader_of", "Crimson Front"), None),
    # a seat on a body's coordinating or steering committee makes a member of the body
    ("The union's president, Lena Varga, sits on the Crimson Front's coordinating committee.",
     ("Lena Varga", "member_of", "Crimson Front"), ("Lena Varga", "leader_of", "Crimson Front")),
    ("Lena Varga sits on the Crimson Front's steering committee.",
     ("Lena Varga", "member_of", "Crimson Front"), None),
    # a state's armed forces chief heads its forces (the state, when no actor names them)
    ("Chile's armed forces chief, General Omar Qadil, said there were no foreign troops in the country.",
     ("Omar Qadil", "leader_of", "Chile"), None),
    ("Chile's police chief, Omar Qadil, said there were no foreign troops in the country.",
     ("Omar Qadil", "member_of", "Chile"), ("Omar Qadil", "leader_of", "Chile")),
])
def test_person_posts_in_apposition_and_before_names(text, tie, not_tie):
    found = run(text)
    assert tie in found, found
    if not_tie is not None:
        assert not_tie not in found, found


@pytest.mark.model
def test_a_state_in_the_headlines_background_clause_is_not_where_the_story_is_set():
    # the foreign power is named more often; the headline's own state is named nearly as often
    body = ("Peru's parliament postponed the vote on Tuesday. Washington had warned against the bill. The debate was "
            "long. Prime Minister Liam Carrow said the country would decide alone. The United States said the bill "
            "would harm ties; American officials said the United States would review aid. Peru said it would not "
            "bow. Peru's army stayed in barracks. The United States and Washington's allies were silent. The U.S. "
            "embassy said nothing. Washington later said the United States was patient, and Peru said it was too. "
            "Washington and the United States agreed, the U.S. said, and Washington nodded.")
    found = run("Peru shelves bill after U.S. warning\n\n" + body)
    assert ("Liam Carrow", "leader_of", "United States") not in found, found
    assert ("Liam Carrow", "leader_of", "Peru") in found, found
    found = run("U.S. warns Peru over bill\n\n" + body)  # no background clause: the foreign power named most
    assert ("Liam Carrow", "leader_of", "Peru") not in found, found


@pytest.mark.model
def test_a_name_the_text_calls_a_region_is_not_the_story_state():
    text = ("TIMELINE: How Dravia's standoff over the Kelsa valley unfolded\n\nDravia's parliament will vote on Thursday "
            "on a peace accord with the breakaway Kelsa region. Here are the key dates.\n\nMarch 3 - The Kelsan National "
            "Council, the main party of Dravia's Kelsan minority, wins 14 seats. It calls for autonomy for the Kelsa "
            "valley.\n\nJune 18 - President Edo Marn orders troops into the Kelsa valley. Kelsan leaders protest. The "
            "Kelsan language is banned in schools. Kelsan hardliners form a militia in the Kelsa valley.")
    found = run(text)
    assert ("Edo Marn", "leader_of", "Dravia") in found, found
    assert ("Edo Marn", "leader_of", "Kelsa") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("second", ["and of the Kingdom of Ostra, led by Foreign Minister Prince Amir Tavel,"])
def test_each_of_two_delegations_is_led_for_its_own_state(second):
    # "delegations of A, led by X, and of B, led by Y": Y serves B (not A, the first "of", nor the story's state)
    found = run("JOINT COMMUNIQUE\n\n1. Hosted by the Republic of Dravia, delegations of the Republic of "
                f"Kelsor, led by Foreign Minister Ivo Darnell, {second} met in Lima on 3 and 4 May. 2. Kelsor "
                "and Ostra agreed to reopen the border. Kelsor will pay. Kelsor's army will withdraw.")
    assert ("Ivo Darnell", "member_of", "Kelsor") in found, found
    assert ("Amir Tavel", "member_of", "Ostra") in found, found
    assert not any(t[0] == "Amir Tavel" and t[2] in ("Kelsor", "Dravia") for t in found), found


@pytest.mark.model
def test_a_title_another_body_gave_is_not_the_story_states():
    # "the Front-appointed prime minister, X": the Front's post, not the story's state's
    found = run("DRAVIA CITY, May 2 - Dravia's parliament met. Dravia's army moved. The Kelsor Front controls the "
                "north. Jets hit Tarsa in August; the strike killed the Front-appointed prime minister, Ivo "
                "Darnell, and two of his aides. The Front-appointed Prime Minister Amir Tavel replaced "
                "him. President Edo Marn said so.")
    assert ("Ivo Darnell", "leader_of", "Kelsor Front") in found, found
    assert not any(t[0] in ("Ivo Darnell", "Amir Tavel") and t[2] == "Dravia" for t in found), found
    assert ("Edo Marn", "leader_of", "Dravia") in found, found


@pytest.mark.model
def test_a_name_after_the_region_of_is_not_the_story_state():
    # "the breakaway region of X": a region of the story's state, however often the text names it
    text = ("Debate: Marn on the defensive over Kelsa\n\nNinety minutes before Dravia's vote, the debate opened with "
            "the breakaway region of Kelsa. Kelsa has been held by a militia since 2008. President Edo Marn promised "
            "talks. Kelsa voted in no election. In Kelsa, schools are closed. Dravia's army waits. Dravia's parliament "
            "met. Dravia's cabinet agreed.")
    found = run(text)
    assert ("Edo Marn", "leader_of", "Kelsa") not in found, found
    assert ("Edo Marn", "leader_of", "Dravia") in found, found


@pytest.mark.model
def test_a_punctuated_title_line_names_the_story_state():
    # a title that ends in a full stop, set apart by a blank line, still says which state the story is about
    body = ("\n\nBy Ana Lind\n\nI have reported on four votes here. On Sunday voters chose a former police "
            "chief. President Edo Marn conceded. China, which Dravia recognised in 2018, sent loans; the Chinese "
            "loans grew. Canada and Chile were silent. Dravia is about to change.")
    found = run("OPINION | Dravia chose calm. It may get chaos instead." + body)
    assert ("Edo Marn", "leader_of", "Dravia") in found, found


@pytest.mark.model
def test_its_after_a_trailing_attribution_is_the_reported_subject():
    # "X did ..., the commission said. Its ...": the source named after the report is not what "its" stands for
    for text in ("The Union Party won 39 of the 100 seats, the Election Commission said on Tuesday. Its old rival, "
                 "the Freedom Bloc, came second.",
                 "The Dawn Brigades took the pass at Dolvar, the Ostravian defence ministry said. Their main rival, "
                 "the Free Highland Army, withdrew to the north."):
        found = run(text)
        assert any(t[1] == "opposes" and {t[0], t[2]} in ({"Freedom Bloc", "Union Party"},
                                                         {"Free Highland Army", "Dawn Brigades"}) for t in found), found
        assert not any(t[1] == "opposes" and ("Election Commission" in t[2] or "ministry" in t[2].lower())
                       for t in found), found
    # the attribution first ("The commission said X won"): unchanged, the sentence's subject
    found = run("The Election Commission said the Union Party won 39 seats. Its chairman, Edo Varsky, resigned.")
    assert ("Edo Varsky", "leader_of", "Election Commission") in found, found


def test_of_which_on_a_verbless_root_returns():
    """"NATO, of which ...": with no verb above the "of" (a verbless line), the climb stops at the root
    (it used to compare Tokens by identity, which spaCy never repeats, and spun forever)."""
    import signal

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from kingmaker.nlp.relations import _of_which

    doc = Doc(Vocab(), words=["NATO", ",", "of", "which", "Kestan"], heads=[0, 0, 0, 2, 3],
              deps=["ROOT", "punct", "prep", "pobj", "appos"], pos=["PROPN", "PUNCT", "ADP", "PRON", "PROPN"])
    signal.signal(signal.SIGALRM, lambda *a: (_ for _ in ()).throw(TimeoutError("climb did not stop")))
    signal.alarm(5)
    try:
        assert _of_which(None, doc[3], {}) is None
    finally:
        signal.alarm(0)


# ---------------------------------------------------------------- bodies made of others, told in apposition

def test_an_umbrella_in_apposition_inside_the_name_makes_the_listed_bodies_members():
    # "The Free Resistance in Karvel, an umbrella of factions that includes the Red Hand Brigade and the Falcon Party
    # claimed the attacks." with the apposition hung on the place inside the name
    doc = built([("The", 2, "det", "DET", "DT"), ("Free", 2, "compound", "PROPN", "NNP"),
                 ("Resistance", 20, "nsubj", "PROPN", "NNP"), ("in", 2, "prep", "ADP", "IN"),
                 ("Karvel", 3, "pobj", "PROPN", "NNP"), (",", 4, "punct", "PUNCT", ","),
                 ("an", 7, "det", "DET", "DT"), ("umbrella", 4, "appos", "NOUN", "NN"),
                 ("of", 7, "prep", "ADP", "IN"), ("factions", 8, "pobj", "NOUN", "NNS", "faction"),
                 ("that", 11, "nsubj", "PRON", "WDT"), ("includes", 9, "relcl", "VERB", "VBZ", "include"),
                 ("the", 15, "det", "DET", "DT"), ("Red", 15, "compound", "PROPN", "NNP"),
                 ("Hand", 15, "compound", "PROPN", "NNP"), ("Brigade", 11, "dobj", "PROPN", "NNP"),
                 ("and", 15, "cc", "CCONJ", "CC"), ("the", 19, "det", "DET", "DT"),
                 ("Falcon", 19, "compound", "PROPN", "NNP"), ("Party", 15, "conj", "PROPN", "NNP"),
                 ("claimed", 20, "ROOT", "VERB", "VBD", "claim"), ("the", 22, "det", "DET", "DT"),
                 ("attacks", 20, "dobj", "NOUN", "NNS", "attack"), (".", 20, "punct", "PUNCT", ".")],
                {(1, 5): ("Free Resistance in Karvel", "organization"), (13, 16): ("Red Hand Brigade", "organization"),
                 (18, 20): ("Falcon Party", "organization")})
    found = ties(doc)
    assert ("Red Hand Brigade", "member_of", "Free Resistance in Karvel") in found, found
    assert ("Falcon Party", "member_of", "Free Resistance in Karvel") in found, found


def test_a_duo_named_in_apposition_between_dashes_is_an_alliance():
    # "the so-called duo - the Red Hand Brigade and the Falcon Party - insisted ." (the names hung on the noun)
    doc = built([("the", 4, "det", "DET", "DT"), ("so", 3, "advmod", "ADV", "RB"), ("-", 3, "punct", "PUNCT", "HYPH"),
                 ("called", 4, "amod", "VERB", "VBN", "call"), ("duo", 15, "nsubj", "NOUN", "NN"),
                 ("-", 4, "punct", "PUNCT", ":"), ("the", 9, "det", "DET", "DT"), ("Red", 9, "compound", "PROPN", "NNP"),
                 ("Hand", 9, "compound", "PROPN", "NNP"), ("Brigade", 4, "appos", "PROPN", "NNP"),
                 ("and", 9, "cc", "CCONJ", "CC"), ("the", 13, "det", "DET", "DT"),
                 ("Falcon", 13, "compound", "PROPN", "NNP"), ("Party", 9, "conj", "PROPN", "NNP"),
                 ("-", 4, "punct", "PUNCT", "HYPH"), ("insisted", 15, "ROOT", "VERB", "VBD", "insist"),
                 (".", 15, "punct", "PUNCT", ".")],
                {(7, 10): ("Red Hand Brigade", "organization"), (12, 14): ("Falcon Party", "organization")})
    found = ties(doc)
    assert ("Red Hand Brigade", "allied_with", "Falcon Party") in found or \
        ("Falcon Party", "allied_with", "Red Hand Brigade") in found, found


@pytest.mark.model
def test_an_umbrella_that_includes_bodies_end_to_end():
    found = run("The Free Resistance in Karvel, an umbrella of hardline factions that includes the Red Hand Brigades "
                "and the Harlen Guard, has claimed more than 160 attacks since October.")
    assert ("Red Hand Brigades", "member_of", "Free Resistance") in found, found
    assert ("Harlen Guard", "member_of", "Free Resistance") in found, found


@pytest.mark.model
def test_a_so_called_duo_end_to_end():
    found = run("The talks came after weeks of haggling in which the so-called Shiite duo - the Harlen Guard and the "
                "Azure Movement of Speaker Pelor Dunmore - insisted on naming all five ministers.")
    assert ("Harlen Guard", "allied_with", "Azure Movement") in found or \
        ("Azure Movement", "allied_with", "Harlen Guard") in found, found


def test_a_party_s_parliamentary_bloc_is_part_of_it():
    # "Unity, the Front's parliamentary bloc, spoke ."
    doc = built([("Unity", 7, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("the", 3, "det", "DET", "DT"), ("Front", 6, "poss", "PROPN", "NNP"),
                 ("'s", 3, "case", "PART", "POS"), ("parliamentary", 6, "amod", "ADJ", "JJ"),
                 ("bloc", 0, "appos", "NOUN", "NN"), ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
                 (".", 7, "punct", "PUNCT", ".")],
                {(0, 1): ("Unity", "organization"), (3, 4): ("Front", "organization")})
    found = ties(doc)
    assert ("Unity", "part_of", "Front") in found, found


@pytest.mark.model
def test_a_party_s_parliamentary_bloc_headed_by_a_person_end_to_end():
    found = run("The Crimson Front's parliamentary bloc, the Unity Caucus, headed by Tomas Vendrel, denounced the "
                "comments.")
    assert ("Unity Caucus", "part_of", "Crimson Front") in found, found
    assert ("Tomas Vendrel", "leader_of", "Unity Caucus") in found, found


def _largest_party_in(whole: str) -> Doc:
    # "The Crimson Party, the largest party in the <whole>, spoke ."
    first, last = whole.split()
    return built([("The", 2, "det", "DET", "DT"), ("Crimson", 2, "compound", "PROPN", "NNP"),
                  ("Party", 12, "nsubj", "PROPN", "NNP"), (",", 2, "punct", "PUNCT", ","),
                  ("the", 6, "det", "DET", "DT"), ("largest", 6, "amod", "ADJ", "JJS", "large"),
                  ("party", 2, "appos", "NOUN", "NN"), ("in", 6, "prep", "ADP", "IN"),
                  ("the", 10, "det", "DET", "DT"), (first, 10, "compound", "PROPN", "NNP"),
                  (last, 7, "pobj", "PROPN", "NNP"), (",", 2, "punct", "PUNCT", ","),
                  ("spoke", 12, "ROOT", "VERB", "VBD", "speak"), (".", 12, "punct", "PUNCT", ".")],
                 {(1, 3): ("Crimson Party", "organization"), (9, 11): (whole, "organization")})


def test_the_largest_party_in_a_bloc_is_a_member_of_it_not_of_a_house():
    assert ("Crimson Party", "member_of", "Unity Alliance") in ties(_largest_party_in("Unity Alliance"))
    assert not any(t[1] == "member_of" for t in ties(_largest_party_in("National Assembly")))


@pytest.mark.model
def test_the_largest_party_in_a_bloc_end_to_end():
    assert ("Crimson Party", "member_of", "Unity Alliance") in run(
        "The Crimson Party, the largest party in the Unity Alliance, rejected the deal.")


def test_a_he_far_from_any_name_is_the_person_the_he_before_it_is():
    # "Vendrel spoke. It rained. (x19) He rested. He left.": the second 'he' is too far from the name for the look-back;
    # the 'he' of the sentence before stands for Vendrel, and so does this one
    rows = [("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
            (".", 1, "punct", "PUNCT", ".")]
    for _ in range(19):
        base = len(rows)
        rows += [("It", base + 1, "nsubj", "PRON", "PRP"), ("rained", base + 1, "ROOT", "VERB", "VBD", "rain"),
                 (".", base + 1, "punct", "PUNCT", ".")]
    first = len(rows)
    rows += [("he", first + 1, "nsubj", "PRON", "PRP"), ("rested", first + 1, "ROOT", "VERB", "VBD", "rest"),
             (".", first + 1, "punct", "PUNCT", "."), ("he", first + 4, "nsubj", "PRON", "PRP"),
             ("left", first + 4, "ROOT", "VERB", "VBD", "leave"), (".", first + 4, "punct", "PUNCT", ".")]
    doc = built(rows, {(0, 1): ("Vendrel", "person")})
    resolver = PhraseResolver(doc)
    assert resolver.pronoun_actor(doc[first]) == 0
    assert resolver.pronoun_actor(doc[first + 3]) == 0


def test_the_largest_party_hung_on_the_leader_of_a_body_describes_the_body():
    # "They met the Unity Bloc of Tomas Vendrel, the largest party in the Crimson Alliance."
    doc = built([("They", 1, "nsubj", "PRON", "PRP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
                 ("the", 4, "det", "DET", "DT"), ("Unity", 4, "compound", "PROPN", "NNP"),
                 ("Bloc", 1, "dobj", "PROPN", "NNP"), ("of", 4, "prep", "ADP", "IN"),
                 ("Tomas", 7, "compound", "PROPN", "NNP"), ("Vendrel", 5, "pobj", "PROPN", "NNP"),
                 (",", 7, "punct", "PUNCT", ","), ("the", 11, "det", "DET", "DT"),
                 ("largest", 11, "amod", "ADJ", "JJS", "large"), ("party", 7, "appos", "NOUN", "NN"),
                 ("in", 11, "prep", "ADP", "IN"), ("the", 15, "det", "DET", "DT"),
                 ("Crimson", 15, "compound", "PROPN", "NNP"), ("Alliance", 12, "pobj", "PROPN", "NNP"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(3, 5): ("Unity Bloc", "organization"), (6, 8): ("Tomas Vendrel", "person"),
                 (14, 16): ("Crimson Alliance", "organization")})
    found = ties(doc)
    assert ("Unity Bloc", "member_of", "Crimson Alliance") in found, found


# ---------------------------------------------------------------- lasting hostility (opposes)

def test_a_partnership_refused_for_the_future_is_hostility():
    # "The Karvel Party will not cooperate with the Unity Front ."
    doc = built([("The", 2, "det", "DET", "DT"), ("Karvel", 2, "compound", "PROPN", "NNP"),
                 ("Party", 5, "nsubj", "PROPN", "NNP"), ("will", 5, "aux", "AUX", "MD"),
                 ("not", 5, "neg", "PART", "RB"), ("cooperate", 5, "ROOT", "VERB", "VB"),
                 ("with", 5, "prep", "ADP", "IN"), ("the", 9, "det", "DET", "DT"),
                 ("Unity", 9, "compound", "PROPN", "NNP"), ("Front", 6, "pobj", "PROPN", "NNP"),
                 (".", 5, "punct", "PUNCT", ".")],
                {(1, 3): ("Karvel Party", "organization"), (8, 10): ("Unity Front", "organization")})
    assert ("Karvel Party", "opposes", "Unity Front") in ties(doc)


def test_a_past_refusal_to_cooperate_is_no_lasting_hostility():
    # "The Karvel Party did not cooperate with the Unity Front ."
    doc = built([("The", 2, "det", "DET", "DT"), ("Karvel", 2, "compound", "PROPN", "NNP"),
                 ("Party", 5, "nsubj", "PROPN", "NNP"), ("did", 5, "aux", "AUX", "VBD", "do"),
                 ("not", 5, "neg", "PART", "RB"), ("cooperate", 5, "ROOT", "VERB", "VB"),
                 ("with", 5, "prep", "ADP", "IN"), ("the", 9, "det", "DET", "DT"),
                 ("Unity", 9, "compound", "PROPN", "NNP"), ("Front", 6, "pobj", "PROPN", "NNP"),
                 (".", 5, "punct", "PUNCT", ".")],
                {(1, 3): ("Karvel Party", "organization"), (8, 10): ("Unity Front", "organization")})
    assert not any(t == "opposes" for _, t, _ in ties(doc))


def test_falling_out_with_someone_is_a_lasting_rift():
    # "Vendrel fell out with Morell in 2018 ."
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("fell", 1, "ROOT", "VERB", "VBD", "fall"),
                 ("out", 1, "prt", "ADP", "RP"), ("with", 1, "prep", "ADP", "IN"),
                 ("Morell", 3, "pobj", "PROPN", "NNP"), ("in", 1, "prep", "ADP", "IN"),
                 ("2018", 5, "pobj", "NUM", "CD"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Vendrel", "person"), (4, 5): ("Morell", "person")})
    assert ("Vendrel", "opposes", "Morell") in ties(doc)


def test_falling_with_someone_without_the_particle_is_no_rift():
    # "Vendrel fell with Morell in 2018 ." (the particle "out" missing: no cue)
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("fell", 1, "ROOT", "VERB", "VBD", "fall"),
                 ("with", 1, "prep", "ADP", "IN"), ("Morell", 2, "pobj", "PROPN", "NNP"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Vendrel", "person"), (3, 4): ("Morell", "person")})
    assert not any(t == "opposes" for _, t, _ in ties(doc))


OPPOSES = [
    # "A fell out with B": a rift
    ("Tomas Vendrel, a former minister who fell out with President Anja Morell in 2019, now lives abroad.",
     ("Tomas Vendrel", "opposes", "Anja Morell")),
    # "X will not cooperate with Y", "X would not enter a coalition with Y under any circumstances"
    ("The Karvel Party will not cooperate with the Ostravian Unity Party at national or local level.",
     ("Karvel Party", "opposes", "Ostravian Unity Party")),
    ("The Karvel Party said it would not enter a coalition with the Ostravian Unity Party under any circumstances.",
     ("Karvel Party", "opposes", "Ostravian Unity Party")),
    # a truce between a state's army and rebels: the rebels oppose the army (not the other way round)
    ("A ceasefire between Ostravia's army and the separatist Karvel Liberation Front collapsed on Sunday.",
     ("Karvel Liberation Front", "opposes", "Ostravia military")),
    # "for much of the winter": a season of fighting is lasting
    ("The Karvel Brigades clashed with the Free Ostravian Army near the dam for much of the winter.",
     ("Karvel Brigades", "opposes", "Free Ostravian Army")),
    # an armed revolt, no side named: against the article's state
    ("KAVELO, Ostravia - Ostravia's government said on Monday that the Karvel Liberation Front took up arms in "
     "2021 after the government dissolved the regional council. President Anja Morell of Ostravia spoke.",
     ("Karvel Liberation Front", "opposes", "Ostravia")),
    # "the main opposition party, X,", "X is the main opposition party" (a state with a ruler named)
    ("KAVELO, Ostravia - The main opposition party, the Karvel Party, said it would table a motion. "
     "President Anja Morell leads Ostravia.", ("Karvel Party", "opposes", "Ostravia")),
    ("KAVELO, Ostravia - The Karvel Party is the main opposition party. President Anja Morell leads Ostravia.",
     ("Karvel Party", "opposes", "Ostravia")),
    # "A, led by Y, and B constitute the parliamentary opposition": both subjects of a verb that makes up the body
    ("KAVELO, Ostravia - President Anja Morell leads Ostravia. The Karvel Party, led by Tomas Vendrel, and the "
     "Ostravian Harvest League constitute the parliamentary opposition.",
     ("Ostravian Harvest League", "opposes", "Ostravia")),
    ("KAVELO, Ostravia - President Anja Morell leads Ostravia. The Karvel Party, led by Tomas Vendrel, and the "
     "Ostravian Harvest League constitute the parliamentary opposition.", ("Karvel Party", "opposes", "Ostravia")),
    # "A fought alongside B, a rival militia,": B opposes A (the organisation named last before it in its sentence)
    ("The Karvel Brigades had fought alongside the Ostravian Lions, a rival ethnic militia, against government "
     "troops in 2021.", ("Ostravian Lions", "opposes", "Karvel Brigades")),
    ("The Dawn Party won 30 seats and the rival Karvel Movement won 12.", ("Karvel Movement", "opposes", "Dawn Party")),
    # "X was formed to unite the forces fighting Y / opposed to Y": X opposes Y
    ("The Karvel Council was formed in 2022 under Ostravian sponsorship to unite the disparate forces fighting the "
     "Free Ostravian Army, but it remains divided.", ("Karvel Council", "opposes", "Free Ostravian Army")),
    ("The Karvel Council was set up to unite the disparate forces opposed to the Free Ostravian Army.",
     ("Karvel Council", "opposes", "Free Ostravian Army")),
    # "Its old rival, the Y": the owner opposes the rival too (a long rivalry, not a former one)
    ("The Dawn Party won 39 seats. Its old rival, the Unity Front, headed by Tomas Vendrel, took 23.",
     ("Dawn Party", "opposes", "Unity Front")),
    # "A fought alongside B against C": the two sides of a war, A and B both oppose C
    ("The Popular Committees, a coalition of tribal militias that fought alongside Ostravia's army against the "
     "Karvel Front, was disbanded.", ("Ostravia military", "opposes", "Karvel Front")),
    ("The Popular Committees, a coalition of tribal militias that fought alongside Ostravia's army against the "
     "Karvel Front, was disbanded.", ("Popular Committees", "opposes", "Karvel Front")),
    # "She has been a sharp critic of both A and B": the pronoun stands for the one named before
    ("Anja Morell leads the Karvel Party. She has been a sharp critic of both Tomas Vendrel and Piotr Lasko.",
     ("Anja Morell", "opposes", "Piotr Lasko")),
    # "factions of X clashed with Y for much of the winter": X's fight
    ("Factions of the Ostravian National Army clashed with the Free Karvel Army for much of the winter.",
     ("Ostravian National Army", "opposes", "Free Karvel Army")),
    # "opposition leader X": the person opposes the state (the one its sentence names, else the article's)
    ("KAVELO, Ostravia - President Anja Morell of Ostravia met opposition leader Tomas Vendrel on Monday.",
     ("Tomas Vendrel", "opposes", "Ostravia")),
    ("SANTIAGO, Chile - President Anja Morell of Chile spoke on Monday. Police in Peru arrested opposition leader "
     "Tomas Vendrel.", ("Tomas Vendrel", "opposes", "Peru")),
    # no state known: the opposition opposes the party named as ruling
    ("The ruling Ostravian Renewal Party holds 98 seats, with the main opposition Karvel Democratic Front on 52.",
     ("Karvel Democratic Front", "opposes", "Ostravian Renewal Party")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,tie", OPPOSES)
def test_lasting_hostility_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a threat to revolt, a past refusal, a truce's direction, a conditional refusal
    "KAVELO, Ostravia - The Karvel Liberation Front threatened to take up arms. President Anja Morell of Ostravia "
    "spoke.",
    "The Karvel Party did not cooperate with the Ostravian Unity Party last year.",
    "The Karvel Party would not govern with the Ostravian Unity Party if the budget failed.",
    # a body formed to unite forces that once fought Y (not a purpose of fighting), or not formed at all
    "The Karvel Council wants to unite the disparate forces fighting the Free Ostravian Army.",
    # fighting beside a person is no side of its own; a fight alongside B that did not happen
    "Tomas Vendrel would have fought alongside the Karvel Front against Ostravia's army.",
    # "a rival X faction" is a part of X, not X
    "The Karvel Movement blames the Dawn Party; the government accuses a rival Karvel Movement faction.",
])
def test_no_lasting_hostility_without_the_cue(text):
    found = run(text)
    assert not any(t == "opposes" for _, t, _ in found), found


@pytest.mark.model
def test_a_state_army_does_not_oppose_the_rebels_of_a_truce():
    found = run("A ceasefire between Ostravia's army and the separatist Karvel Liberation Front collapsed on Sunday.")
    assert ("Ostravia military", "opposes", "Karvel Liberation Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Unity Front, the Dawn Party's main rival, took 23 seats.",   # the rival named first: one direction
    "The Dawn Party won 39 seats. Its erstwhile rival, the Unity Front, took 23.",   # a former rival
])
def test_a_rival_named_first_or_former_is_not_opposed_by_its_owner(text):
    found = run(text)
    assert ("Dawn Party", "opposes", "Unity Front") not in found, found


@pytest.mark.model
def test_an_opposition_leader_abroad_does_not_oppose_the_article_state():
    found = run("SANTIAGO, Chile - President Anja Morell of Chile spoke on Monday. Police in Peru arrested opposition "
                "leader Tomas Vendrel.")
    assert ("Tomas Vendrel", "opposes", "Chile") not in found, found


def test_a_name_of_a_body_is_headed_by_the_word_before_of_not_by_its_last_word():
    from kingmaker.nlp.relations import _name_heads

    assert _name_heads("national council for unity") == ["council"]
    assert _name_heads("stabilisation mission in ostravia") == ["mission"]
    assert _name_heads("party of the karvel community") == ["party"]  # "the community" is not the party
    assert _name_heads("ostravian reform party") == ["party"]


def test_a_title_that_is_a_given_name_before_a_family_particle_is_no_post():
    from kingmaker.nlp.relations import _title_is_given_name
    doc = Doc(VOCAB, words=["Sultan", "al-Varesh", "and", "Sultan", "bin", "Tarvo", "and", "Sultan", "Tarvo"])
    assert _title_is_given_name(doc[0]) and _title_is_given_name(doc[3])
    assert not _title_is_given_name(doc[7])  # "Sultan Tarvo": the title before a given name


@pytest.mark.model
def test_a_title_that_is_a_given_name_ties_no_leader_end_to_end():
    found = run("TARVO, Karvel (Reuters) - Karvel's government met on Monday as Karvel faced a crisis. The Crimson "
                "Party is strong in Dunmere, whose governor Sultan al-Varesh is also a council member. Karvel closed "
                "its border. Karvel's army was deployed.")
    assert ("Sultan al-Varesh", "leader_of", "Karvel") not in found, found


@pytest.mark.model
def test_the_crown_prince_in_apposition_is_a_member_of_the_article_s_state_end_to_end():
    found = run("TARVO, Karvel (Reuters) - Karvel's government met on Monday as Karvel faced a crisis. The Crown "
                "Prince, Sheikh Varesh bin Tomas, said the talks had failed. Karvel closed its border. Karvel's army "
                "was deployed.")
    assert ("Varesh bin Tomas", "member_of", "Karvel") in found, found


@pytest.mark.model
def test_a_party_named_by_its_members_of_a_person_is_led_by_the_person_end_to_end():
    found = run("The Agrarian Democrats (PAD) kept their 11, the Greens of Olivia Varnez won six, and regional lists "
                "share the remaining eight. Varnez said the vote was fair.")
    assert ("Olivia Varnez", "leader_of", "Greens") in found, found


# ---------------------------------------------------------------- entries: "Name - description." (who's-who, fact box)

def _entries_doc(lines: bool) -> Doc:
    # "Harbour Party - Led by Korin Vass . Velo Front - Bitter enemy of Korin Vass ." (two entry lines)
    doc = built([("Harbour", 1, "compound", "PROPN", "NNP"), ("Party", 1, "ROOT", "PROPN", "NNP"),
                 ("-", 1, "punct", "PUNCT", "HYPH"), ("Led", 3, "ROOT", "VERB", "VBN", "lead"),
                 ("by", 3, "agent", "ADP", "IN"), ("Korin", 6, "compound", "PROPN", "NNP"),
                 ("Vass", 4, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
                 ("Velo", 9, "compound", "PROPN", "NNP"), ("Front", 9, "ROOT", "PROPN", "NNP"),
                 ("-", 9, "punct", "PUNCT", "HYPH"), ("Bitter", 12, "amod", "ADJ", "JJ"),
                 ("enemy", 12, "ROOT", "NOUN", "NN"), ("of", 12, "prep", "ADP", "IN"),
                 ("Korin", 15, "compound", "PROPN", "NNP"), ("Vass", 13, "pobj", "PROPN", "NNP"),
                 (".", 12, "punct", "PUNCT", ".")],
                {(0, 2): ("Harbour Party", "organization"), (5, 7): ("Korin Vass", "person"),
                 (8, 10): ("Velo Front", "organization"), (14, 16): ("Korin Vass", "person")})
    if lines:
        doc.user_data[kingmaker.nlp.pipeline.ENTRY_LINES] = [(0, 3, 8), (8, 11, 17)]
    return doc


def test_an_entry_s_head_is_the_subject_of_its_subjectless_fragments():
    found = ties(_entries_doc(lines=True))
    assert ("Korin Vass", "leader_of", "Harbour Party") in found  # "Led by X"
    assert ("Velo Front", "opposes", "Korin Vass") in found  # "Bitter enemy of X"


def test_fragments_outside_entries_have_no_subject():
    found = ties(_entries_doc(lines=False))
    assert ("Korin Vass", "leader_of", "Harbour Party") not in found
    assert ("Velo Front", "opposes", "Korin Vass") not in found


_WHO_IS_WHO = (
    "Who's who in Karvel\n\n"
    "Tomas Vendrel - President since 2015 and founder of the Karvel Unity Party. Close to Ostravia.\n\n"
    "Karvel Unity Party (KUP) - 40 seats (down from 45). Led by Mira Halvard; funded by Ostravia. "
    "Opposes the Brenmark Front.\n\n"
    "Brenmark Front - 12 seats. Bitter enemy of Vendrel.\n\n"
    "Ostravia - Backs the Brenmark Front; its embassy has denied sending weapons.\n")
_FACT_BOX = (
    "Armed groups in Talvia\n\n"
    "Ruvik Brigade: about 2,000 fighters, commanded by Jostan Quillon.\n"
    "Peloria Guard: some 800 men. Allied with the Ruvik Brigade.\n")


def _extracted(text: str) -> tuple[set, set]:
    ex = extract_documents([Document(id="t", text=text)])
    name = {a.id: a.name for a in ex.actors}
    return ({(name[r.source], r.type, name[r.target]) for r in ex.relations},
            {(name[f.actor], f.key, f.value) for f in ex.facts})


_POWER_MAP = (
    "Who is who in Karvel\n\n"
    "Tomas Vendrel - President of Karvel.\n\n"
    "Anton Marek - Head of the Velna Guard and Vendrel's fiercest rival.\n\n"
    "Pavel Osk - Minister of the interior and Vendrel's closest ally.\n\n"
    "The army is small. Marco Drosk, chief of staff of the army and Vendrel's closest ally, spoke.\n")


@pytest.mark.model
@pytest.mark.parametrize("tie", [
    ("Anton Marek", "opposes", "Tomas Vendrel"),   # "Head of Y and Z's fiercest rival": an entry's second role
    ("Anton Marek", "leader_of", "Velna Guard"),
    ("Pavel Osk", "allied_with", "Tomas Vendrel"),
    ("Marco Drosk", "allied_with", "Tomas Vendrel"),  # the same in an apposition
])
def test_a_second_stance_role_after_an_of_object_end_to_end(tie):
    assert tie in _extracted(_POWER_MAP)[0]


@pytest.mark.model
def test_a_capitalised_plural_role_of_an_entry_end_to_end():
    text = ("Who is who in Karvel\n\nDorvan Front (DF) - The ruling party, led by Tomas Vendrel.\n\n"
            "Ostravia and Tarvia - Patrons of the DF.\n\nAnton Marek - Head of the Velna Guard.\n")
    assert {("Ostravia", "backs", "Dorvan Front"), ("Tarvia", "backs", "Dorvan Front")} <= _extracted(text)[0]


_RULING_AND_OPPOSITION = (
    "KARVEL CITY, Karvel - Prime Minister Tomas Vendrel, the candidate of the ruling Karvel Union party, faced Anna "
    "Osk, who carries the banner of the opposition alliance Forward Karvel. The opposition party Velna Unity called "
    "protests. Lev Marek leads the opposition coalition Dorvan Together. Karvel held elections.")


@pytest.mark.model
@pytest.mark.parametrize("party", ["Forward Karvel", "Velna Unity", "Dorvan Together"])
def test_an_opposition_party_opposes_the_one_ruling_party_named_end_to_end(party):
    # "the opposition alliance X" (a kind between the word and the name); "the ruling Y party": Y, not the state
    found = _extracted(_RULING_AND_OPPOSITION)[0]
    assert (party, "opposes", "Karvel Union") in found
    assert (party, "opposes", "Karvel") not in found


@pytest.mark.model
def test_the_opposition_of_a_state_named_before_the_word_opposes_that_state_end_to_end():
    found = _extracted("KARVEL CITY, Karvel - Prime Minister Tomas Vendrel leads Karvel. Ostravia is a neighbour; the "
                       "Ostravian government protested. The Ostravian opposition party Velna Unity said it would not "
                       "attend. The opposition party Dorvan Together called protests.")[0]
    assert ("Velna Unity", "opposes", "Ostravia") in found and ("Velna Unity", "opposes", "Karvel") not in found
    assert ("Dorvan Together", "opposes", "Karvel") in found


@pytest.mark.model
@pytest.mark.parametrize("tie", [("Marco Drosk", "allied_with", "Tomas Vendrel"), ("Lena Osk", "backs", "Tomas Vendrel")])
def test_a_stance_of_the_last_of_two_possessors_end_to_end(tie):
    # "Chief of staff of the army and Z's closest ally" parsed as "of [the army and Z]'s closest ally"
    text = ("Who is who in Karvel\n\nTomas Vendrel - President of Karvel.\n\n"
            "Gen. Marco Drosk - Chief of staff of the Karvel Armed Forces and Vendrel's closest ally.\n\n"
            "Lena Osk - Founder of the Rell Party and Vendrel's main patron.\n")
    assert tie in _extracted(text)[0]


@pytest.mark.model
def test_a_body_loyal_to_a_state_is_its_ally_end_to_end():
    found = _extracted("KARVEL CITY, Karvel (Reuters) - Karvel's government said on Monday that rebels attacked the "
                       "port. The Osk Militia, a force loyal to the government, held the bridge. The Drosk Guard, a "
                       "militia loyal to Tomas Vendrel, fled.")[0]
    assert ("Osk Militia", "allied_with", "Karvel") in found and ("Karvel", "leader_of", "Osk Militia") not in found
    assert ("Tomas Vendrel", "leader_of", "Drosk Guard") in found   # (a person named leads it)


@pytest.mark.model
def test_a_noun_phrase_naming_itself_in_a_relative_clause_end_to_end():
    found = _extracted("The Dorvan Guard seized the port on Sunday. The Velna Relief Agency suspended its work. Aid "
                       "workers were held by the Ostravia-aligned group, which calls itself the Dorvan Guard. A "
                       "militia, which styles itself the Marek Brigade, is funded by Ostravia.")[0]
    assert ("Ostravia", "allied_with", "Dorvan Guard") in found   # not the closest body before, the Agency
    assert ("Ostravia", "backs", "Marek Brigade") in found


def test_a_capitalised_plural_role_is_read_as_its_singular():
    from kingmaker.nlp import singular
    assert singular("patrons") == "patron"
    assert singular("allies") == "ally"
    assert singular("sponsors") == "sponsor"


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Tomas Vendrel leads the Dorvan Front. The Velna Party said it would not back a Vendrel government.",
     ("Velna Party", "opposes", "Tomas Vendrel")),
    ("Tomas Vendrel leads the Dorvan Front. The Greens will not support any government that includes the Dorvan Front.",
     ("Greens", "opposes", "Dorvan Front")),
    ("Tomas Vendrel leads the Dorvan Front. Karvel Unity refused to back a government led by Tomas Vendrel.",
     ("Karvel Unity", "opposes", "Tomas Vendrel")),
])
def test_refusing_to_back_a_sides_government_end_to_end(text, tie):
    assert tie in _extracted(text)[0]


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    (_WHO_IS_WHO, ("Tomas Vendrel", "leader_of", "Karvel Unity Party")),   # "founder of Y" after the dash
    (_WHO_IS_WHO, ("Tomas Vendrel", "allied_with", "Ostravia")),           # "Close to Y."
    (_WHO_IS_WHO, ("Mira Halvard", "leader_of", "Karvel Unity Party")),    # "Led by X;"
    (_WHO_IS_WHO, ("Ostravia", "backs", "Karvel Unity Party")),            # "funded by X"
    (_WHO_IS_WHO, ("Karvel Unity Party", "opposes", "Brenmark Front")),    # "Opposes Y."
    (_WHO_IS_WHO, ("Brenmark Front", "opposes", "Tomas Vendrel")),         # "Bitter enemy of Y."
    (_WHO_IS_WHO, ("Ostravia", "backs", "Brenmark Front")),                # "Backs Y; its embassy ..."
    (_FACT_BOX, ("Jostan Quillon", "leader_of", "Ruvik Brigade")),         # "Name: ..., commanded by X."
    (_FACT_BOX, ("Peloria Guard", "allied_with", "Ruvik Brigade")),        # "Allied with Y."
])
def test_an_entry_s_head_is_the_subject_of_its_description_end_to_end(text, tie):
    assert tie in _extracted(text)[0]


@pytest.mark.model
def test_an_entry_s_counts_are_its_head_s_end_to_end():
    assert {("Karvel Unity Party", "seats", 40), ("Brenmark Front", "seats", 12)} <= _extracted(_WHO_IS_WHO)[1]
    assert {("Ruvik Brigade", "troops", 2000), ("Peloria Guard", "troops", 800)} <= _extracted(_FACT_BOX)[1]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a story's dateline: one line, and a sentence with its own subject after it
    "Karvel City - Tomas Vendrel met the Ostravian envoy on Monday. Backed by Ostravia, he won the vote.\n",
    # a transcript: a person's label before a colon is a speaker, not an entry
    "Tomas Vendrel: we will win.\nMira Halvard: backed by Ostravia, as always.\n",
])
def test_a_dateline_or_a_speaker_label_is_no_entry_end_to_end(text):
    found = _extracted(text)[0]
    assert not [t for t in found if t[1] == "backs" and t[2] in ("Tomas Vendrel", "Mira Halvard")]


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Velo List, the political front of the Ruvik Brigade, won 7 seats.",
     ("Velo List", "part_of", "Ruvik Brigade")),
    ("Parties\n\nVelo List - 7 seats. Political front of the Ruvik Brigade.\n\n"
     "Karvel Unity Party (KUP) - 40 seats. Led by Tomas Vendrel.\n", ("Velo List", "part_of", "Ruvik Brigade")),
    # a description before a semicolon, the clause after it with a subject of its own
    ("Who's who\n\nTomas Vendrel - President since 2015. Close to Norway, which lent Karvel $1 billion in March; "
     "Vendrel received the Norwegian envoy in May.\n\nMira Halvard - Leader of the Brenmark Front.\n",
     ("Tomas Vendrel", "allied_with", "Norway")),
])
def test_a_political_front_and_a_description_before_a_semicolon_end_to_end(text, tie):
    assert tie in _extracted(text)[0]


# ---------------------------------------------------------------- records, hearings, indictments (not news prose)

def test_a_party_in_brackets_with_a_description_after_a_comma_is_the_persons_party():
    # "Lena Brask ( Harvest Union , the largest opposition party in the new chamber ) spoke ."
    rows = [("Lena", 1, "compound", "PROPN", "NNP"), ("Brask", 15, "nsubj", "PROPN", "NNP"),
            ("(", 1, "punct", "PUNCT", "-LRB-"), ("Harvest", 4, "compound", "PROPN", "NNP"),
            ("Union", 1, "appos", "PROPN", "NNP"), (",", 4, "punct", "PUNCT", ","),
            ("the", 9, "det", "DET", "DT"), ("largest", 9, "amod", "ADJ", "JJS"),
            ("opposition", 9, "compound", "NOUN", "NN"), ("party", 4, "appos", "NOUN", "NN"),
            ("in", 9, "prep", "ADP", "IN"), ("the", 13, "det", "DET", "DT"), ("new", 13, "amod", "ADJ", "JJ"),
            ("chamber", 10, "pobj", "NOUN", "NN"),
            (")", 1, "punct", "PUNCT", "-RRB-"), ("spoke", 15, "ROOT", "VERB", "VBD", "speak"),
            (".", 15, "punct", "PUNCT", ".")]
    doc = built(rows, {(0, 2): ("Lena Brask", "person"), (3, 5): ("Harvest Union", "organization")})
    assert ("Lena Brask", "member_of", "Harvest Union") in ties(doc)
    # a second name after the comma is no description of the first: no party read
    rows2 = rows[:6] + [("Civic", 7, "compound", "PROPN", "NNP"), ("League", 4, "conj", "PROPN", "NNP"),
                        (")", 1, "punct", "PUNCT", "-RRB-"), ("spoke", 9, "ROOT", "VERB", "VBD", "speak"),
                        (".", 9, "punct", "PUNCT", ".")]
    rows2[1] = ("Brask", 9, "nsubj", "PROPN", "NNP")
    doc = built(rows2, {(0, 2): ("Lena Brask", "person"), (3, 5): ("Harvest Union", "organization"),
                        (6, 8): ("Civic League", "organization")})
    assert not ties(doc)


def _two_verbs(middle: list[tuple]) -> Doc:
    """"Ostravia trained and [MIDDLE] met the Karvel Front ." with the object on the second verb (no backing verb:
    "pay" is one, word_lists.wage_verbs)."""
    rows = [("Ostravia", 1, "nsubj", "PROPN", "NNP"), ("trained", 1, "ROOT", "VERB", "VBD", "train"),
            ("and", 1, "cc", "CCONJ", "CC"), *middle,
            ("met", 1, "conj", "VERB", "VBD", "meet")]
    n = len(rows)
    rows += [("the", n + 2, "det", "DET", "DT"), ("Karvel", n + 2, "compound", "PROPN", "NNP"),
             ("Front", n - 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
    return built(rows, {(0, 1): ("Ostravia", "country"), (n + 1, n + 3): ("Karvel Front", "organization")})


def test_two_verbs_side_by_side_share_the_second_ones_object():
    assert ("Ostravia", "backs", "Karvel Front") in ties(_two_verbs([]))
    # "trained and later met": a word between the verbs, two separate acts (no shared object read)
    later = _two_verbs([("later", 4, "advmod", "ADV", "RB")])
    assert ("Ostravia", "backs", "Karvel Front") not in ties(later)


RECORD_TIES = [
    # a witness list: each item after a semicolon is a post and its holder, not an apposition to the first item
    ("Witnesses: the Minister of Finance, Pavel Dushan; the Director-General of the State Security Bureau (SSB), "
     "Mira Osk.", ("Mira Osk", "leader_of", "State Security Bureau"), True),
    ("Present: the chairman of the Harvest Party, Pavel Dushan; the leader of the Civic League, Mira Osk; the "
     "spokesman of the Orchard Movement, Lena Brask.", ("Lena Brask", "member_of", "Orchard Movement"), True),
    ("Present: the chairman of the Harvest Party, Pavel Dushan; the leader of the Civic League, Mira Osk; the "
     "spokesman of the Orchard Movement, Lena Brask.", ("Lena Brask", "leader_of", "Harvest Party"), False),
    ("Present: the chairman of the Harvest Party, Pavel Dushan; the leader of the Civic League, Mira Osk; the "
     "spokesman of the Orchard Movement, Lena Brask.", ("Mira Osk", "leader_of", "Harvest Party"), False),
    # "director-general" heads the body like "secretary-general"
    ("Mira Osk, the director general of the Karvel Water Board, resigned.",
     ("Mira Osk", "leader_of", "Karvel Water Board"), True),
    # a party in brackets described after a comma
    ("Ms Mira Osk (Harvest Party, a junior partner in the ruling coalition) said the budget was fair.",
     ("Mira Osk", "member_of", "Harvest Party"), True),
    ("The motion was backed by Ms Mira Osk (Harvest Party, the second-largest group in the chamber), who spoke "
     "first.", ("Mira Osk", "member_of", "Harvest Party"), True),
    # verbs side by side share the object
    ("The Marsh Lions Brigade took the border post. Iran has trained and paid the Brigade since around 2016.",
     ("Iran", "backs", "Marsh Lions Brigade"), True),
    ("The Marsh Lions Brigade took the border post. Russia armed, trained and paid the Brigade from 2017.",
     ("Russia", "backs", "Marsh Lions Brigade"), True),
    ("The Marsh Lions Brigade took the border post. Russia trained and sheltered the Marsh Lions Brigade for "
     "years.", ("Russia", "backs", "Marsh Lions Brigade"), True),
    # aid received from a body's people: "from X instructors", "Brigade officers received"
    ("The Black Hawk Brigade received training from Red Pine Movement instructors in 2023.",
     ("Red Pine Movement", "backs", "Black Hawk Brigade"), True),
    ("Black Hawk Brigade commanders got weapons and money from Red Pine Movement officers.",
     ("Red Pine Movement", "backs", "Black Hawk Brigade"), True),
    ("The Black Hawk Brigade holds the port. Prosecutors say Brigade officers received training from Red Pine "
     "Movement instructors.", ("Red Pine Movement", "backs", "Black Hawk Brigade"), True),
    # a unit of a larger force, also with a formal standing ("registered / incorporated as")
    ("The Black Hawk Brigade, the 9th regiment of the People's Guard, denied it.",
     ("Black Hawk Brigade", "part_of", "People's Guard"), True),
    ("The Black Hawk Brigade, an armed formation registered since 2019 as the 9th regiment of the People's Guard, "
     "denied it.", ("Black Hawk Brigade", "part_of", "People's Guard"), True),
    ("The Lions Battalion, incorporated in 2020 as a unit of the Karvel Home Army, took the hill.",
     ("Lions Battalion", "part_of", "Karvel Home Army"), True),
    ("The Lions Battalion, a battalion of the Karvel Home Army, took the hill.",
     ("Lions Battalion", "part_of", "Karvel Home Army"), True),
    # a leader's (former) chief of staff belongs to the body the leader heads
    ("Anselm Tolvan, who leads the Tessaly Liberation Front, appeared in court. Beside him sat his former chief of "
     "staff, Ivo Santel; and the front's treasurer, Lena Brask.",
     ("Ivo Santel", "member_of", "Tessaly Liberation Front"), True),
    ("Marek Tolvan commands the Crimson Brigade. His chief of staff, Ivo Santel, was arrested on Monday.",
     ("Ivo Santel", "member_of", "Crimson Brigade"), True),
    # "He met Y. His minister, X": the pronoun subject of the sentence before is the same person, not Y
    ("President Marek Tolvan of Chile met the envoy. He met the Iranian ambassador, Hamid Torvel, on Wednesday. "
     "And then his interior minister, Ivo Santel, went to the border.", ("Ivo Santel", "member_of", "Chile"), True),
    ("Chile's President Marek Tolvan flew home on Monday. He met the Peruvian ambassador, Hamid Torvel, in the "
     "afternoon. His interior minister, Ivo Santel, stayed at the border.", ("Ivo Santel", "member_of", "Chile"), True),
    # a transcript's speaker is no one the turn calls "he"; the turn before (past the label) is what "he" follows
    ("[00:00:04] LENA BRASK: Welcome back. My guest is Pavel Dushan.\n\n[00:00:31] PAVEL DUSHAN: Thank you.\n\n"
     "[00:00:40] BRASK: Did President Marek Tolvan of Chile respond?\n\n[00:00:45] DUSHAN: He met the union "
     "leaders on Wednesday. And then his interior minister, Ivo Santel, went to the border.",
     ("Ivo Santel", "member_of", "Chile"), True),
    ("LENA BRASK: Did President Marek Tolvan of Chile respond?\n\nPAVEL DUSHAN: He met the union leaders on "
     "Wednesday. His interior minister, Ivo Santel, went to the border.", ("Ivo Santel", "member_of", "Chile"), True),
    # a commitment to give: "X agreed / pledged / promised to deliver arms to Y"
    ("Brazil had agreed on 14 March to deliver six armed drones to the Chilean Armed Forces.",
     ("Brazil", "backs", "Chile military"), True),
    ("Brazil has pledged to send weapons to the Marsh Lions Brigade.", ("Brazil", "backs", "Marsh Lions Brigade"), True),
    ("Brazil, which maintains a large mission in Chile, has promised to supply ammunition to the Marsh Lions Brigade.",
     ("Brazil", "backs", "Marsh Lions Brigade"), True),
    ("Brazil refused to send weapons to the Marsh Lions Brigade.", ("Brazil", "backs", "Marsh Lions Brigade"), False),
    ("Brazil asked Peru to send weapons to the Marsh Lions Brigade.", ("Brazil", "backs", "Marsh Lions Brigade"), False),
    ("Brazil wants to send weapons to the Marsh Lions Brigade.", ("Brazil", "backs", "Marsh Lions Brigade"), False),
    # a participle clause after a comma says what the main clause's subject does
    ("The United States has about 300 troops at the air base, training the Chilean army's special units.",
     ("United States", "backs", "Chile military"), True),
    ("Brazil keeps 200 advisers in the north, arming the Marsh Lions Brigade.",
     ("Brazil", "backs", "Marsh Lions Brigade"), True),
    ("Brazil sent a team of officers last year, training the Marsh Lions Brigade for six months.",
     ("Brazil", "backs", "Marsh Lions Brigade"), True),
    ("Brazil criticised the talks while Peru kept advisers in the north, arming the Marsh Lions Brigade.",
     ("Brazil", "backs", "Marsh Lions Brigade"), False),
    # the opposition named in a dashed aside
    ("SANTIAGO, Chile - President Marek Tolvan faces a revolt. The Harvest Party - the main opposition - walked "
     "out of the chamber.", ("Harvest Party", "opposes", "Chile"), True),
    ("SANTIAGO, Chile - President Marek Tolvan faces a revolt. Mira Osk, who leads the Harvest Party - the biggest "
     "opposition bloc, 31 seats - went after Tolvan hard.", ("Harvest Party", "opposes", "Chile"), True),
    ("SANTIAGO, Chile - President Marek Tolvan faces a revolt. The Harvest Party - the party of Tolvan - walked "
     "out.", ("Harvest Party", "opposes", "Chile"), False),
    # "X, a movement whose political wing, Y, ...": the wing's name after the comma (parsed as a conjunct) is part of X
    ("Talks stalled with the Harvest Front, a rebel movement whose armed wing, the Copper Hill Brigades, holds the hills.",
     ("Copper Hill Brigades", "part_of", "Harvest Front"), True),
    ("The Harvest Front, an armed movement whose political wing, the Council of the Dawn, is led by Mira Osk, "
     "fought on.", ("Council of the Dawn", "part_of", "Harvest Front"), True),
    ("The Harvest Front, whose leader, Mira Osk, and the Copper Hill Brigades hold the hills, denied it.",
     ("Copper Hill Brigades", "part_of", "Harvest Front"), False),
    # funding a body's own works or outlets backs the body
    ("The Harvest Front is close to Brazil; Brasilia has funded its media for years.",
     ("Brazil", "backs", "Harvest Front"), True),
    ("The deal was sealed by Brazil, which has bankrolled the Harvest Front's charities since the 1990s.",
     ("Brazil", "backs", "Harvest Front"), True),
    ("Brazil finances the Harvest Front's television channel.", ("Brazil", "backs", "Harvest Front"), True),
    ("Brazil funded its own media campaign against the Harvest Front.", ("Brazil", "backs", "Harvest Front"), False),
    # a spoken aside: "X - that's the militia run by Y -"
    ("They met the Marsh Lions Brigade - this is the group commanded by Tomas Vendrel - on Monday.",
     ("Tomas Vendrel", "leader_of", "Marsh Lions Brigade"), True),
    ("Last Sunday the Marsh Lions Brigade - that's the militia led by Tomas Vendrel, everyone calls him the Hawk - "
     "took over the post.", ("Tomas Vendrel", "leader_of", "Marsh Lions Brigade"), True),
    ("The Marsh Lions Brigade - that's the militia Tomas Vendrel fought - seized the crossing.",
     ("Tomas Vendrel", "leader_of", "Marsh Lions Brigade"), False),
    # the state's prosecutor-general / attorney general is a state post
    ("SANTIAGO, Chile - The Chilean government filed charges on Monday. The Prosecutor-General, Mira Osk, asked "
     "Interpol to issue a red notice.", ("Mira Osk", "member_of", "Chile"), True),
    ("SANTIAGO, Chile - The Chilean government filed charges on Monday. The attorney general, Mira Osk, said the "
     "case was strong.", ("Mira Osk", "member_of", "Chile"), True),
    ("SANTIAGO, Chile - The Chilean government filed charges on Monday. Mira Osk, the prosecutor general, said "
     "the case was strong.", ("Mira Osk", "member_of", "Chile"), True),
]


@pytest.mark.model
@pytest.mark.parametrize("text,tie,present", RECORD_TIES)
def test_ties_in_records_hearings_and_indictments(text, tie, present):
    found = run(text)
    assert (tie in found) == present, found


# ---------------------------------------------------------------- wire titles: the state of a bare title

def test_a_clause_before_a_semicolon_hung_on_the_titled_persons_verb():
    # "Chile rejected the plan ; Foreign Minister Tomas Vendrel called it ."
    from kingmaker.nlp.relations import _semicolon_clause
    doc = built([("Chile", 1, "nsubj", "PROPN", "NNP"), ("rejected", 9, "ccomp", "VERB", "VBD"),
                 ("the", 3, "det", "DET", "DT"), ("plan", 1, "dobj", "NOUN", "NN"),
                 (";", 9, "punct", "PUNCT", ":"), ("Foreign", 6, "compound", "PROPN", "NNP"),
                 ("Minister", 8, "compound", "PROPN", "NNP"), ("Tomas", 8, "compound", "PROPN", "NNP"),
                 ("Vendrel", 9, "nsubj", "PROPN", "NNP"), ("called", 9, "ROOT", "VERB", "VBD"),
                 ("it", 9, "dobj", "PRON", "PRP"), (".", 9, "punct", "PUNCT", ".")],
                {(0, 1): ("Chile", "country"), (7, 9): ("Tomas Vendrel", "person")})
    assert _semicolon_clause(doc[1], 7)
    assert not _semicolon_clause(doc[3], 7)  # an object, no clause
    # "Chile rejected the plan and Foreign Minister ..." (no semicolon): not this rule's
    doc2 = built([("Chile", 1, "nsubj", "PROPN", "NNP"), ("rejected", 5, "ccomp", "VERB", "VBD"),
                  ("it", 1, "dobj", "PRON", "PRP"), (",", 5, "punct", "PUNCT", ","),
                  ("Vendrel", 5, "nsubj", "PROPN", "NNP"), ("said", 5, "ROOT", "VERB", "VBD")],
                 {(0, 1): ("Chile", "country"), (4, 5): ("Vendrel", "person")})
    assert not _semicolon_clause(doc2[1], 4)


def test_a_states_adjective_is_not_its_name():
    from kingmaker.nlp.relations import _state_adjective
    mention = lambda text: MentionInfo(0, 1, text, text, "", "country", None, "country:Chile", 0)
    assert _state_adjective(mention("Chilean"))
    assert not _state_adjective(mention("Chile"))
    assert not _state_adjective(mention("Santiago"))  # its capital stands for it, no adjective


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Chile has refused the ruling and has lodged an appeal; Energy Minister Tomas Vendrel said on Friday that the "
    "talks were over.",
    "Chile rejected the plan on Monday; Foreign Minister Tomas Vendrel called it a provocation.",
    "Chile will not attend the summit; Interior Minister Tomas Vendrel told reporters the date was wrong.",
    "Chile closed the border crossing; Defence Minister Tomas Vendrel said troops would stay.",
])
def test_a_bare_title_after_a_semicolon_clause_about_a_state_is_that_states_end_to_end(sentence):
    found = run("Peru and Chile met in Lima on Monday. Peru wants talks. Peru has more to say. " + sentence)
    assert ("Tomas Vendrel", "member_of", "Chile") in found, found
    assert ("Tomas Vendrel", "member_of", "Peru") not in found, found


@pytest.mark.model
def test_the_states_adjective_before_a_region_noun_keeps_the_article_state_end_to_end():
    # "the only Karvelian province": a province of Karvel, Karvel no region
    found = run("OSTRAVA, Karvel, May 3 - The council chose a mayor after months in which it was the only Karvelian "
                "province with no cabinet. Karvel's parliament met in Ostrava. Prime Minister Tomas Vendrel's office "
                "set the date.")
    assert ("Tomas Vendrel", "leader_of", "Karvel") in found, found


@pytest.mark.model
def test_secretary_of_state_is_a_state_title_end_to_end():
    found = run("Peru and Chile met in Lima on Monday. Peru wants talks. Peru has more to say. Chile urged Peru to "
                "lift the tariffs. Secretary of State Tomas Vendrel raised the tariffs at a summit.")
    assert ("Tomas Vendrel", "member_of", "Chile") in found, found
    assert not any(t[0] == "Tomas Vendrel" and t[1] == "leader_of" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("apposition", ["an Amrel member", "a senior Amrel member", "a longtime Amrel member"])
def test_a_member_of_a_body_named_by_its_first_word_end_to_end(apposition):
    found = run(f"The Amrel Movement won four seats in the vote. Tomas Vendrel, {apposition}, sent a letter.")
    assert ("Tomas Vendrel", "member_of", "Amrel Movement") in found, found


def test_a_member_of_a_body_named_by_its_first_word_left_unnamed_by_the_name_finder():
    # "The Amrel Movement won . Tomas Vendrel , a senior Amrel member , spoke ." ("Amrel" no mention of its own)
    doc = built([("The", 2, "det", "DET", "DT"), ("Amrel", 2, "compound", "PROPN", "NNP"),
                 ("Movement", 3, "nsubj", "PROPN", "NNP"), ("won", 3, "ROOT", "VERB", "VBD"),
                 (".", 3, "punct", "PUNCT", "."),
                 ("Tomas", 6, "compound", "PROPN", "NNP"), ("Vendrel", 13, "nsubj", "PROPN", "NNP"),
                 (",", 6, "punct", "PUNCT", ","), ("a", 11, "det", "DET", "DT"), ("senior", 11, "amod", "ADJ", "JJ"),
                 ("Amrel", 11, "compound", "PROPN", "NNP"), ("member", 6, "appos", "NOUN", "NN"),
                 (",", 6, "punct", "PUNCT", ","), ("spoke", 13, "ROOT", "VERB", "VBD"), (".", 13, "punct", "PUNCT", ".")],
                {(1, 3): ("Amrel Movement", "organization"), (5, 7): ("Tomas Vendrel", "person")})
    assert ("Tomas Vendrel", "member_of", "Amrel Movement") in ties(doc)


def test_a_plural_role_hung_on_one_persons_name_is_not_the_persons_post():
    # "the trial of Tomas Vendrel and the ex - Front members" with "members" read as Vendrel's apposition
    doc = built([("the", 1, "det", "DET", "DT"), ("trial", 1, "ROOT", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
                 ("Tomas", 4, "compound", "PROPN", "NNP"), ("Vendrel", 2, "pobj", "PROPN", "NNP"),
                 ("and", 4, "cc", "CCONJ", "CC"), ("the", 7, "det", "DET", "DT"), ("ex", 4, "conj", "NOUN", "NN"),
                 ("-", 4, "conj", "NOUN", "NN"), ("Front", 10, "compound", "PROPN", "NNP"),
                 ("members", 4, "appos", "NOUN", "NNS", "member")],
                {(3, 5): ("Tomas Vendrel", "person"), (9, 10): ("Front", "organization")})
    assert not any(t[0] == "Tomas Vendrel" for t in ties(doc)), ties(doc)


@pytest.mark.model
def test_two_names_with_one_plural_apposition_keep_their_posts_end_to_end():
    found = run("Tomas Vendrel and Jan Kovar, members of the Crimson Party, resigned on Monday.")
    assert ("Tomas Vendrel", "member_of", "Crimson Party") in found, found
    assert ("Jan Kovar", "member_of", "Crimson Party") in found, found


@pytest.mark.model
def test_former_minister_and_the_ex_officials_gives_no_post_from_the_plural_end_to_end():
    found = run("PUNO, Peru, May 3 - Peru's government met. Peru's parliament voted. Judges will hear the file of "
                "former trade minister Tomas Vendrel and the ex-officials at the court.")
    assert not any(t[0] == "Tomas Vendrel" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("sentence, body, state", [
    ("Peru will ship copper to the Andean Metals Board (AMB), Chile's state metals buyer, from May.",
     "Andean Metals Board", "Chile"),
    ("The Tacna Power Authority, Chile's state electricity company, agreed to the plan.", "Tacna Power Authority",
     "Chile"),
    ("Gunmen seized two engineers working for Chile's state-owned mining firm, the Andes Copper Corporation, on "
     "Tuesday.", "Andes Copper Corporation", "Chile"),
    ("Peru's government met. Peru's parliament voted. Auditors are reviewing the books of the state gas company, "
     "PetroVarn, after a fraud inquiry.", "PetroVarn", "Peru"),
])
def test_a_body_in_apposition_to_a_state_owned_noun_is_part_of_the_state_end_to_end(sentence, body, state):
    found = run("PUNO, Peru, May 3 - " + sentence)
    assert (body, "part_of", state) in found, found


@pytest.mark.model
def test_a_person_in_apposition_to_a_state_noun_is_no_state_body_end_to_end():
    found = run("PUNO, Peru, May 3 - Peru's government met. Peru's parliament voted. The state prosecutor, Jan Kovar, "
                "charged the judge.")
    assert not any(t[0] == "Jan Kovar" and t[1] == "part_of" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("apposition", ["the Unity Party's rival and coalition partner",
                                        "the Unity Party's rival and longtime partner",
                                        "the Unity Party's rival and sometime partner"])
def test_a_rival_coordinated_with_a_partner_role_is_both_end_to_end(apposition):
    found = run(f"The Unity Party won. The Green Front, {apposition}, walked out.")
    assert ("Green Front", "opposes", "Unity Party") in found, found
    assert ("Green Front", "allied_with", "Unity Party") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The Supreme Unity Council, headed by Jan Kovar, met on Monday. Tomas Vendrel, a council member who runs the "
     "eastern ports, disagreed.", "Supreme Unity Council"),
    ("The Crimson Party won. Tomas Vendrel, a party official, said the vote was fair.", "Crimson Party"),
    ("The Supreme Leadership Council met. Tomas Vendrel, a council member, said the vote was fair.",
     "Supreme Leadership Council"),
])
def test_a_bare_body_noun_before_a_members_role_is_the_body_named_before_end_to_end(text, body):
    found = run(text)
    assert ("Tomas Vendrel", "member_of", body) in found, found


@pytest.mark.model
def test_a_body_of_another_place_before_a_members_role_is_not_the_body_named_before_end_to_end():
    found = run("The Supreme Leadership Council met. Tomas Vendrel, a city council member, said the vote was fair.")
    assert not any(t[0] == "Tomas Vendrel" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The Association of Andean Miners (AAM) met in Lima on Monday. Two of its members, Peru's Minera Sur Company and "
     "Chile's Andes Copper Corporation, left early.", "Association of Andean Miners"),
    ("The Andean Traders Union met on Monday. Two of its members, Chile's Andes Copper Corporation and Peru's Minera "
     "Sur Company, walked out.", "Andean Traders Union"),
    ("The Association of Andean Miners said its members would resume work. Its members, the Minera Sur Company and "
     "the Andes Copper Corporation, said they would wait.", "Association of Andean Miners"),
])
def test_each_name_of_a_list_after_its_members_is_a_member_end_to_end(text, body):
    found = run(text)
    assert ("Minera Sur Company", "member_of", body) in found, found
    assert ("Andes Copper Corporation", "member_of", body) in found, found
    assert not any(t[0] in ("Peru", "Chile") for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The Crimson Movement held a rally. Tomas Vendrel, who heads the group's veterans' committee, spoke at the "
     "rally.", "Crimson Movement"),
    ("The Crimson Party held talks. Tomas Vendrel chairs the party's finance committee.", "Crimson Party"),
    ("The Crimson Movement held talks on Monday. Tomas Vendrel, who heads the movement's media committee, said the "
     "road was open.", "Crimson Movement"),
])
def test_heading_a_bodys_committee_is_membership_of_the_body_end_to_end(text, body):
    found = run(text)
    assert ("Tomas Vendrel", "member_of", body) in found, found
    assert ("Tomas Vendrel", "leader_of", body) not in found, found


def test_an_adjective_and_a_name_word_of_one_stem():
    from kingmaker.nlp.relations import _same_stem
    assert _same_stem("oromo", "oromia") and _same_stem("karskish", "karsk") and _same_stem("velnian", "velnia")
    assert not _same_stem("afar", "oromia") and not _same_stem("oro", "oromia")


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("The Oromia Regional Government signed the deal. Officials met the Oromo region's president, Tomas Vendrel, on "
     "Monday.", "Oromia Regional Government"),
    ("The Karsk Regional Authority signed the deal on Monday. Officials praised the Karskish region's premier, Tomas "
     "Vendrel, for his help.", "Karsk Regional Authority"),
    ("The Northern Regional Government signed the deal. Officials met the region's prime minister, Tomas Vendrel, on "
     "Monday.", "Northern Regional Government"),
])
def test_the_named_regions_title_with_its_peoples_adjective_end_to_end(text, body):
    found = run(text)
    assert ("Tomas Vendrel", "leader_of", body) in found, found


@pytest.mark.model
def test_another_peoples_region_is_not_the_region_named_before_end_to_end():
    found = run("The Oromia Regional Government signed the deal. Officials met the Afar region's president, Tomas "
                "Vendrel, on Monday.")
    assert ("Tomas Vendrel", "leader_of", "Oromia Regional Government") not in found, found


@pytest.mark.model
def test_a_body_in_apposition_to_a_state_backed_noun_is_no_part_of_the_state_end_to_end():
    found = run("PUNO, Peru, May 3 - Peru's government met. Peru's parliament voted. The Red Hand Brigade, a "
                "state-backed militia, attacked the port.")
    assert ("Red Hand Brigade", "part_of", "Peru") not in found, found


def test_state_owned_words_are_whole_words():
    from kingmaker.nlp.relations import _state_owned
    doc = Doc(VOCAB, words=["the", "state", "oil", "firm", "a", "state-backed", "militia", "a", "state-owned", "bank"])
    assert _state_owned(doc[0:3]) and _state_owned(doc[7:9])
    assert not _state_owned(doc[4:6])


@pytest.mark.model
@pytest.mark.parametrize("text,body,party", [
    ("Karvel held talks with Ostravia on Monday. In Dorsk, the Belmar Regional Government, headed by Prime "
     "Minister Tomas Vendrel of the Belmar Freedom Party, said it would build dams.",
     "Belmar Regional Government", "Belmar Freedom Party"),
    ("Karvel's cabinet met on Monday. In Velna, the Eastern Provincial Government, chaired by Prime Minister "
     "Tomas Vendrel of the Karvel Labour Party, rejected the plan.",
     "Eastern Provincial Government", "Karvel Labour Party"),
    ("Ostravia's cabinet met on Monday. At Dorsk, the Northern Regional Government, led by President Tomas "
     "Vendrel of the Ostravian Green Party, refused to attend.", "Northern Regional Government",
     "Ostravian Green Party"),
])
def test_a_regional_government_headed_by_a_titled_party_member_end_to_end(text, body, party):
    # the participle hung on the place before the apposition describes the government; the head of
    # government's title is not the party's (a member of it) nor the state's
    found = run(text)
    assert ("Tomas Vendrel", "leader_of", body) in found, found
    assert ("Tomas Vendrel", "member_of", party) in found, found
    assert ("Tomas Vendrel", "leader_of", party) not in found, found
    assert not any(t[0] == "Tomas Vendrel" and t[2] in ("Karvel", "Ostravia") for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Tomas Vendrel of the Karvel Union Party spoke in Dorsk on Monday.",
    "Prime Minister Tomas Vendrel of the Karvel Union Party spoke in Dorsk on Monday.",
])
def test_a_head_of_governments_title_before_of_a_party_is_membership_end_to_end(text):
    found = run(text)
    assert ("Tomas Vendrel", "member_of", "Karvel Union Party") in found, found
    assert ("Tomas Vendrel", "leader_of", "Karvel Union Party") not in found, found


@pytest.mark.model
def test_a_party_leaders_title_before_of_a_party_still_leads_it_end_to_end():
    found = run("Opposition leader Tomas Vendrel of the Karvel Union Party spoke in Dorsk on Monday.")
    assert ("Tomas Vendrel", "leader_of", "Karvel Union Party") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,body", [
    ("Ostravia's parliament met. The current speaker, Tomas Vendrel, who was elected in 2024, called on all parties "
     "to settle.", "Ostravia parliament"),
    ("Ostravia's parliament met. Tomas Vendrel, the new speaker, said the vote would be held.", "Ostravia parliament"),
    ("Karvel's Council of Delegates voted on Monday. The speaker, Tomas Vendrel, declared the law passed.",
     "Council of Delegates"),
])
def test_the_speaker_in_apposition_heads_the_one_legislature_end_to_end(text, body):
    found = run(text)
    assert ("Tomas Vendrel", "leader_of", body) in found, found
    assert not any(t[0] == "Tomas Vendrel" and t[2] in ("Ostravia", "Karvel") for t in found), found


@pytest.mark.model
def test_a_former_speaker_in_apposition_heads_nothing_end_to_end():
    found = run("Ostravia's parliament met. Tomas Vendrel, the former speaker, said the vote would be held.")
    assert not any(t[0] == "Tomas Vendrel" and t[1] == "leader_of" for t in found), found


def test_a_name_ending_in_a_legislatures_word_is_a_chamber():
    from kingmaker.nlp.relations import _Ctx, _chamber_name
    ctx = _Ctx(Doc(VOCAB, words=["x"]))
    assert _chamber_name(ctx, "Council of Delegates") and _chamber_name(ctx, "Karvel National Assembly")
    assert not _chamber_name(ctx, "Karvel Union Party") and not _chamber_name(ctx, "Dorsk Provincial Council")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ostravian Labour League met Karvel. The League welcomed the vote in a statement from its mission chief for "
    "Karvel, Tomas Vendrel, but called on parliament to act.",
    "The Ostravian Labour League met Karvel. Its mission chief for Karvel, Tomas Vendrel, said the talks went well.",
    "The Ostravian Labour League met Karvel. The League said in a note from its mission chief for Karvel, Tomas "
    "Vendrel, that talks went well.",
])
def test_a_possessed_part_chief_is_a_member_and_the_place_is_the_posts_end_to_end(text):
    # the chief of the owner's mission belongs to the owner (no leader of it); "for/in Karvel" is where the post is
    found = run(text)
    assert ("Tomas Vendrel", "member_of", "Ostravian Labour League") in found, found
    assert ("Tomas Vendrel", "leader_of", "Ostravian Labour League") not in found, found
    assert not any(t[0] == "Tomas Vendrel" and t[2] == "Karvel" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Karvel asked the Ostravian League for help. He also called on the Ostravian League envoy, Tomas Vendrel, to "
    "press the rebels.",
    "Karvel asked the Ostravian League for help. Officials met the Ostravian League envoy, Tomas Vendrel, in Dorsk.",
    "Karvel asked the Ostravian League for help. The rebels released the Ostravian League negotiator, Tomas "
    "Vendrel, on Monday.",
])
def test_a_bodys_envoy_named_after_a_comma_is_its_member_end_to_end(text):
    found = run(text)
    assert ("Tomas Vendrel", "member_of", "Ostravian League") in found, found


def test_a_bodys_envoy_whose_name_the_parser_hung_on_the_verb():
    # "He called on the League envoy , Tomas Vendrel , to press ." (the name parsed as the verb's adverbial)
    rows = [("He", 1, "nsubj", "PRON", "PRP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
            ("on", 1, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"), ("League", 5, "compound", "PROPN", "NNP"),
            ("envoy", 2, "pobj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
            ("Tomas", 8, "compound", "PROPN", "NNP"), ("Vendrel", 1, "npadvmod", "PROPN", "NNP"),
            (",", 1, "punct", "PUNCT", ","), ("to", 11, "aux", "PART", "TO"), ("press", 1, "xcomp", "VERB", "VB"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = built(rows, {(4, 5): ("Ostravian League", "organization"), (7, 9): ("Tomas Vendrel", "person")})
    assert ("Tomas Vendrel", "member_of", "Ostravian League") in ties(doc)
    # "an envoy" names one of several; no "the": the rule keeps to the definite post
    rows[3] = ("an", 5, "det", "DET", "DT")
    doc = built(rows, {(4, 5): ("Ostravian League", "organization"), (7, 9): ("Tomas Vendrel", "person")})
    assert ("Tomas Vendrel", "member_of", "Ostravian League") not in ties(doc)


def test_a_role_phrase_ends_after_its_place():
    from kingmaker.nlp.relations import _role_phrase_end
    # "its mission chief for Karvel ," (the comma hung on the place)
    doc = Doc(VOCAB, words=["its", "mission", "chief", "for", "Karvel", ","], heads=[2, 2, 2, 2, 3, 4],
              deps=["poss", "compound", "ROOT", "prep", "pobj", "punct"],
              pos=["PRON", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert _role_phrase_end(doc[2]) == 5
    # "the chief who spoke": no place phrase, the noun's own end
    doc = Doc(VOCAB, words=["the", "chief", "who", "spoke"], heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
              pos=["DET", "NOUN", "PRON", "VERB"])
    assert _role_phrase_end(doc[1]) == 2


def test_among_them_hung_on_the_verb_gives_the_plural_role():
    # "Several Front leaders , among them Tomas Vendrel , worked ." (the parser hung "among" and the name on the verb)
    rows = [("Several", 2, "amod", "ADJ", "JJ"), ("Front", 2, "compound", "PROPN", "NNP"),
            ("leaders", 9, "nsubj", "NOUN", "NNS", "leader"), (",", 9, "punct", "PUNCT", ","),
            ("among", 9, "prep", "ADP", "IN"), ("them", 4, "pobj", "PRON", "PRP"),
            ("Tomas", 7, "compound", "PROPN", "NNP"), ("Vendrel", 9, "nsubj", "PROPN", "NNP"),
            (",", 9, "punct", "PUNCT", ","), ("worked", 9, "ROOT", "VERB", "VBD", "work"), (".", 9, "punct", "PUNCT", ".")]
    actors = {(1, 2): ("Brenic Front", "organization"), (6, 8): ("Tomas Vendrel", "person")}
    assert ("Tomas Vendrel", "leader_of", "Brenic Front") in ties(built(rows, actors))
    # a plural that is no role ("Several Front offices, among them ...") says nothing of the name
    rows[2] = ("offices", 9, "nsubj", "NOUN", "NNS", "office")
    assert not any(t[0] == "Tomas Vendrel" for t in ties(built(rows, actors)))


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Analysts say several Brenic Front leaders, among them former prime minister Tomas Vendrel, head of the Karvel "
     "Union, have long worked to cut the president down to size.", "leader_of"),
    ("Several Brenic Front commanders, among them Tomas Vendrel, were arrested in Dorsk on Monday.", "leader_of"),
    ("Police detained four Brenic Front officials, among them Tomas Vendrel, and seized documents.", "member_of"),
])
def test_among_them_gives_the_plural_role_end_to_end(text, tie):
    found = run(text)
    assert any(t[0] == "Tomas Vendrel" and t[1] == tie and t[2].endswith("Brenic Front") for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia's parliament met on Monday. The defectors, led by lawmaker Tomas Vendrel, announced their move.",
    "Ostravia's parliament met on Monday. Lawmaker Tomas Vendrel said the vote was rigged.",
    "Ostravia's parliament met on Monday. The case was filed by fellow lawmaker Tomas Vendrel, who accused the speaker.",
    "Ostravia's parliament met on Monday. Tomas Vendrel, a lawmaker from the north, said the vote was rigged.",
])
def test_a_lawmaker_sits_in_the_legislature_end_to_end(text):
    found = run(text)
    assert ("Tomas Vendrel", "member_of", "Ostravia parliament") in found, found
    assert ("Tomas Vendrel", "member_of", "Ostravia") not in found, found


@pytest.mark.model
def test_a_lawmaker_with_no_legislature_named_has_no_tie_end_to_end():
    found = run("Ostravia's government met on Monday. Lawmaker Tomas Vendrel said the vote was rigged.")
    assert not any(t[0] == "Tomas Vendrel" for t in found), found



def _governor_doc(phrase: str) -> Doc:
    # the article's state (three mentions and its army), then "Velna 's governor , Tomas Vendrel , spoke ." or
    # "the governor of Velna , Tomas Vendrel , spoke ." (Velna a place no actor stands for)
    doc = _title_doc(home_mentions=3, institution=True)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    actors.pop((2, 3))  # only the governor named
    n = len(rows)
    if phrase == "possessive":  # Velna 's governor
        words = [("Velna", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"), ("governor", "V", "nsubj", "NOUN", "NN")]
        place, role = 0, 2
    else:  # the governor of Velna
        words = [("the", 1, "det", "DET", "DT"), ("governor", "V", "nsubj", "NOUN", "NN"), ("of", 1, "prep", "ADP", "IN"),
                 ("Velna", 2, "pobj", "PROPN", "NNP")]
        place, role = 3, 1
    k = len(words)
    words += [(",", role, "punct", "PUNCT", ","), ("Tomas", k + 2, "compound", "PROPN", "NNP"),
              ("Vendrel", role, "appos", "PROPN", "NNP"), (",", role, "punct", "PUNCT", ","),
              ("spoke", "V", "ROOT", "VERB", "VBD", "speak"), (".", "V", "punct", "PUNCT", ".")]
    verb = len(words) - 2
    rows += [(w, n + (verb if h == "V" else h), *rest) for w, h, *rest in words]
    actors[(n + place, n + place + 1)] = ("Velna", "place")
    actors[(n + k + 1, n + k + 3)] = ("Tomas Vendrel", "person")
    out = built(rows, actors)
    for m in out._.km_mentions:
        if m.name == "Ostravian army":
            m.key = "inst:Ostravia:military"
    return out


@pytest.mark.parametrize("phrase", ["possessive", "of"])
def test_a_provinces_governor_serves_the_article_state(phrase):
    assert ("Tomas Vendrel", "member_of", "Ostravia") in ties(_governor_doc(phrase))


def test_a_province_post_needs_a_place_no_actor_stands_for():
    doc = _governor_doc("possessive")
    # "Velna" now an organisation actor ("the Velna Company's governor"): no post of the state
    for m in doc._.km_mentions:
        if m.name == "Velna":
            doc._.km_actors[m.actor].kind = "organization"
            m.kind = "organization"
    assert ("Tomas Vendrel", "member_of", "Ostravia") not in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("The Karvel Union Party and the Ostravian Green Party, allies for decades, have voted together on every bill.",
     "allied_with"),
    ("The Karvel Union Party and the Ostravian Green Party, foes for years, clashed again on Monday.", "opposes"),
    ("The Karvel Union Party and the Ostravian Green Party, partners for more than a decade, split on Monday.",
     "allied_with"),
])
def test_a_mutual_noun_with_a_time_phrase_ties_the_pair_end_to_end(text, tie):
    # a time after the mutual noun is no third party ("allies of C" would be)
    assert ("Karvel Union Party", tie, "Ostravian Green Party") in run(text)
def _government_doc(dep: str) -> Doc:
    # three sentences naming Ostravia (no institution) + "The Ostravian government rejected it ." (``dep`` "nsubj")
    # or "Kavel met the Ostravian government ." (``dep`` "dobj")
    doc = _title_doc(home_mentions=3, institution=False)
    rows = [(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]
    actors = {(m.start, m.end): (m.name, doc._.km_actors[m.actor].kind) for m in doc._.km_mentions}
    n = len(rows)
    if dep == "nsubj":
        rows += [("The", n + 2, "det", "DET", "DT"), ("Ostravian", n + 2, "amod", "ADJ", "JJ"),
                 ("government", n + 3, "nsubj", "NOUN", "NN"), ("rejected", n + 3, "ROOT", "VERB", "VBD", "reject"),
                 ("it", n + 3, "dobj", "PRON", "PRP"), (".", n + 3, "punct", "PUNCT", ".")]
        actors[(n + 1, n + 3)] = ("Ostravia", "country")
    else:
        rows += [("Kavel", n + 1, "nsubj", "PROPN", "NNP"), ("met", n + 1, "ROOT", "VERB", "VBD", "meet"),
                 ("the", n + 4, "det", "DET", "DT"), ("Ostravian", n + 4, "amod", "ADJ", "JJ"),
                 ("government", n + 1, "dobj", "NOUN", "NN"), (".", n + 1, "punct", "PUNCT", ".")]
        actors[(n + 3, n + 5)] = ("Ostravia", "country")
    return built(rows, actors)


def test_a_state_named_as_its_government_acting_sets_the_story_there():
    # "The Ostravian government rejected it": its rulers at work in the story, like one of its institutions
    doc = _government_doc("nsubj")
    assert PhraseResolver(doc).home_state() is not None
    assert ("Marek Tolvan", "leader_of", "Ostravia") in ties(doc)
    # "Kavel met the Ostravian government": a government met, maybe abroad, does not set the story there
    assert PhraseResolver(_government_doc("dobj")).home_state() is None


def test_an_opposition_word_hung_on_the_adjective_after_it():
    from kingmaker.nlp.relations import _opposition_noun
    # "the opposition armed group" parsed opposition -> armed -> group
    doc = built([("the", 3, "det", "DET", "DT"), ("opposition", 2, "npadvmod", "NOUN", "NN"),
                 ("armed", 3, "amod", "ADJ", "JJ"), ("group", 3, "ROOT", "NOUN", "NN")], {})
    assert _opposition_noun(doc[3], frozenset({"opposition"}))
    assert not _opposition_noun(doc[3], frozenset({"rebel"}))


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "X, the pro-government militia": X sides with the article's state (also when the parser hangs the
    # apposition on the phrase before the name)
    ("OSTRAVA, Ostravia - The Ostravian army shelled the hills on Monday. A former commander of the Iron Valley "
     "Brigade, the pro-government militia that holds the port, spoke to reporters. Ostravia's parliament met.",
     ("Iron Valley Brigade", "allied_with", "Ostravia")),
    ("The Ostravian government rejected the report on Tuesday. Ostravia has denied everything. The Red Hawk Legion, a "
     "pro-government militia, patrols the north of Ostravia.", ("Red Hawk Legion", "allied_with", "Ostravia")),
    ("Ostravia's parliament met on Monday. Ostravian officials said the Silver Coast Guard, a pro-regime militia, had "
     "withdrawn. Ostravia denied it.", ("Silver Coast Guard", "allied_with", "Ostravia")),
    # "X, the rebel coalition", "an insurgent movement", "a guerrilla faction": X fights the article's state
    ("OSTRAVA, Ostravia - The Ostravian army lost a town on Monday. The Dorn Liberation Front, the rebel coalition led "
     "by Petar Kovic, overran the garrison. Ostravia's parliament met.", ("Dorn Liberation Front", "opposes", "Ostravia")),
    ("The Ostravian government rejected the report. Ostravia says the Orlan Front, an insurgent movement based in the "
     "hills, killed four soldiers. Ostravia's parliament met.", ("Orlan Front", "opposes", "Ostravia")),
    ("Ostravia's parliament met on Monday. Fighters from the Red Hawk Legion, a guerrilla faction that refused to join "
     "the peace accord, attacked a convoy. Ostravia denied it.", ("Red Hawk Legion", "opposes", "Ostravia")),
    # "elected X as party chairman", "the party's parliamentary leader": a party the name finder gave no kind
    ("Members of the Harmony Union elected Tomas Vendrel as party chairman on Saturday.",
     ("Tomas Vendrel", "leader_of", "Harmony Union")),
    ("The Progress Union held its congress in the capital. Delegates chose Anja Roslin as party leader by a wide "
     "margin.", ("Anja Roslin", "leader_of", "Progress Union")),
    ("The Harmony Union met on Sunday. Milan Drask, the party's parliamentary leader, backed the budget.",
     ("Milan Drask", "leader_of", "Harmony Union")),
    ("The Progress Union lost ground. Lena Varga, the party's deputy chairman, blamed the weather.",
     ("Lena Varga", "member_of", "Progress Union")),
])
def test_pro_government_rebel_and_party_post_ties_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harmony Union has backed the Montevideo talks from the start.",
    "The Progress Union opposed the Helsinki summit, its leaders said.",
    "The Harmony Union has long supported the Lisbon negotiations.",
])
def test_talks_named_after_their_host_city_are_no_stance_on_its_state_end_to_end(text):
    found = run(text)
    assert not any(t[0] in ("Harmony Union", "Progress Union") for t in found), found


def test_a_second_partner_hung_on_the_first_partners_relative_clause():
    # "Harmony governs with Karvel , which has 14 seats , and Dawn , who have 11 ." with "Dawn" parsed as a
    # conjunct of "seats": still the second partner of "governs with"
    doc = built([("Harmony", 1, "nsubj", "PROPN", "NNP"), ("governs", 1, "ROOT", "VERB", "VBZ", "govern"),
                 ("with", 1, "prep", "ADP", "IN"), ("Karvel", 2, "pobj", "PROPN", "NNP"),
                 (",", 3, "punct", "PUNCT", ","), ("which", 6, "nsubj", "PRON", "WDT"),
                 ("has", 3, "relcl", "VERB", "VBZ", "have"), ("14", 8, "nummod", "NUM", "CD"),
                 ("seats", 6, "dobj", "NOUN", "NNS", "seat"), (",", 8, "punct", "PUNCT", ","),
                 ("and", 8, "cc", "CCONJ", "CC"), ("Dawn", 8, "conj", "PROPN", "NNP"),
                 (",", 11, "punct", "PUNCT", ","), ("who", 14, "nsubj", "PRON", "WP"),
                 ("have", 11, "relcl", "VERB", "VBP"), ("11", 14, "dobj", "NUM", "CD"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Harmony Union", "organization"), (3, 4): ("Karvel Party", "organization"),
                 (11, 12): ("Dawn League", "organization")})
    found = ties(doc)
    assert {("Harmony Union", "allied_with", "Karvel Party"), ("Harmony Union", "allied_with", "Dawn League")} <= found


@pytest.mark.model
def test_a_second_partner_after_the_first_partners_seats_end_to_end():
    found = run("The Harmony Union governs with the Green Dawn Party, which has 12 seats, and the Social Farmers, who "
                "have 9.")
    assert ("Harmony Union", "allied_with", "Social Farmers") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "named X as Y's successor", "his successor, X", "X, Y's successor": X leads the one body Y led
    ("Petar Kovic, the commander of the Orlan Front, was killed on Monday. The group named Tomas Vendrel as Kovic's "
     "successor on Tuesday.", ("Tomas Vendrel", "leader_of", "Orlan Front")),
    ("Petar Kovic, the leader of the Harmony Union, died in July. His successor, Anja Roslin, promised continuity.",
     ("Anja Roslin", "leader_of", "Harmony Union")),
    ("Petar Kovic, the head of the Karvel Grain Board, retired in May. Milan Drask, Kovic's successor, took office on "
     "Monday.", ("Milan Drask", "leader_of", "Karvel Grain Board")),
    # the "as" phrase hung on no verb by the parser: still the one the decree named
    ("The Orlan Front is commanded by Petar Kovic. Kovic was dismissed late on Tuesday. A decree read on state radio "
     "named General Tomas Vendrel, until now commander of the army's Northern Division, as Kovic's successor.",
     ("Tomas Vendrel", "leader_of", "Orlan Front")),
])
def test_a_successor_leads_what_the_predecessor_led_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "<body> instructors trained the group's snipers": the body whose people train backs the group "the group" is
    ("The Red Hawk Movement holds the port. Karvel Border Guard instructors, a defector said, had trained the "
     "movement's snipers in 2022.", ("Karvel Border Guard", "backs", "Red Hawk Movement")),
    ("The Orlan Front controls the hills. Ostravian Republican Corps advisers have trained the front's fighters since "
     "2020.", ("Ostravian Republican Corps", "backs", "Orlan Front")),
    ("The Iron Valley Brigade was founded in 2019. Officers of the Karvel Border Guard say Dravik Guard instructors "
     "armed the brigade's recruits.", ("Dravik Guard", "backs", "Iron Valley Brigade")),
])
def test_a_bodys_instructors_training_a_groups_fighters_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "... of X (XF), the rebel force that ...": the rebel phrase right after the name's comma, hung on the verb
    ("Ostravia's parliament met on Monday. Petar Kovic commands the Eastern Division of the Orlan Liberation Army "
     "(OLA), the rebel force that has fought Ostravia's federal government for six years.",
     ("Orlan Liberation Army", "opposes", "Ostravia")),
    ("OSTRAVA, Ostravia - The Ostravian government rejected the report. Tomas Vendrel heads the youth wing of the Red "
     "Hawk Movement, the insurgent group that holds the hills.", ("Red Hawk Movement", "opposes", "Ostravia")),
    ("Ostravia's parliament met on Monday. Anja Roslin leads the political office of the Dorn Liberation Front (DLF), a "
     "guerrilla movement active in the south of Ostravia.", ("Dorn Liberation Front", "opposes", "Ostravia")),
])
def test_a_rebel_phrase_after_the_name_of_a_part_of_it_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "opposed every government", "fought successive governments": whoever ruled the article's state
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. Tomas Vendrel founded the Red Hawk Movement, which has "
     "opposed every government since 1998.", ("Red Hawk Movement", "opposes", "Ostravia")),
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. The Orlan Front has fought successive governments for "
     "two decades.", ("Orlan Front", "opposes", "Ostravia")),
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. The Harmony Union has backed every government since "
     "independence.", ("Harmony Union", "backs", "Ostravia")),
])
def test_every_government_is_the_article_states_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_the_rebel_x_fights_the_state_but_not_a_former_rebel_end_to_end():
    lead = "OSTRAVA, Ostravia - Ostravia's parliament met on Monday. "
    assert ("Orlan Front", "opposes", "Ostravia") in run(lead + "The rebel Orlan Front attacked a convoy.")
    for text in ("The former rebel Orlan Front signed the budget deal.",
                 "The Orlan Front, a former rebel group, signed the budget deal."):
        found = run(lead + text)
        assert ("Orlan Front", "opposes", "Ostravia") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "X, a long-time Y ally": the body or person named as the relational noun's modifier
    ("Druze leader Tomas Vendrel, a long-time Harmony Union ally, lost the seat he had held since 2009.",
     ("Tomas Vendrel", "allied_with", "Harmony Union")),
    ("Petar Kovic leads the Harmony Union. Milan Drask, the party's parliamentary leader and a Kovic ally, was "
     "re-elected unopposed.", ("Milan Drask", "allied_with", "Petar Kovic")),
    ("Petar Kovic won the vote. Anja Roslin, a close Kovic ally, lost her seat in the north.",
     ("Anja Roslin", "allied_with", "Petar Kovic")),
])
def test_an_ally_named_as_the_nouns_modifier_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    # "Y, a unit loyal to X": a body loyal to an organisation is part of it (a person: leads it)
    ("The Falcon Guard, a unit loyal to the Velka Party, fired into the air on Monday.",
     ("Falcon Guard", "part_of", "Velka Party"), ("Velka Party", "member_of", "Falcon Guard")),
    ("The Brenmark Brigade, a militia loyal to the Tarnov Movement, blocked the road.",
     ("Brenmark Brigade", "part_of", "Tarnov Movement"), ("Tarnov Movement", "member_of", "Brenmark Brigade")),
    ("The Iron Legion, a force loyal to Tomas Vendrel, seized the airport.",
     ("Tomas Vendrel", "leader_of", "Iron Legion"), ("Iron Legion", "part_of", "Tomas Vendrel")),
])
def test_a_body_loyal_to_an_organisation_is_part_of_it_end_to_end(text, tie, wrong):
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "one of the alliance's member groups", "a member organisation of Y": "member" before any noun
    ("The Ostravian Bloc met on Monday. The Green Union, one of the bloc's five member organisations, walked out.",
     ("Green Union", "member_of", "Ostravian Bloc")),
    ("The Ostravian Bloc met on Monday. The Green Union, a member group of the bloc, walked out.",
     ("Green Union", "member_of", "Ostravian Bloc")),
    ("The Karvel Front, the rebel coalition that controls the north, taxed the herds. Villagers were abducted by "
     "the Brenmark Brigade, one of the alliance's four member groups.", ("Brenmark Brigade", "member_of", "Karvel Front")),
])
def test_a_member_noun_before_any_noun_names_a_member_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, ties, wrong", [
    # "Its leaders include A, head of B, C of D and E, the leader of F": E is the next item (not a second body
    # C is of), and "the leader of F" is E's post, not C's
    ("The Ostravian Bloc called for calm on Monday. Its leaders include former minister Tomas Vendrel, head of the "
     "Karvel Party, Anna Meritsa of the Velka Union and Petr Lasko, the leader of the Free Ostravia Movement.",
     [("Petr Lasko", "leader_of", "Free Ostravia Movement"), ("Petr Lasko", "leader_of", "Ostravian Bloc"),
      ("Anna Meritsa", "leader_of", "Ostravian Bloc")], ("Anna Meritsa", "leader_of", "Free Ostravia Movement")),
    ("The Unity Council held talks on Friday. Its leaders include Tomas Vendrel of the Karvel Party, Ilse Marant, "
     "head of the Ostravian Greens, and Petr Lasko, the chairman of the Free Ostravia Movement.",
     [("Petr Lasko", "leader_of", "Free Ostravia Movement"), ("Ilse Marant", "leader_of", "Unity Council")],
     ("Ilse Marant", "leader_of", "Free Ostravia Movement")),
])
def test_a_list_of_leaders_with_role_appositions_end_to_end(text, ties, wrong):
    found = run(text)
    assert all(t in found for t in ties) and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    # "X, an alliance of A and B, headed by Y": the participle after the list describes X
    ("The Karvel Bloc, an alliance of the Sorrel Party and the Miren Union, headed by Tomas Vendrel, won 26 seats.",
     ("Tomas Vendrel", "leader_of", "Karvel Bloc"), ("Tomas Vendrel", "leader_of", "Miren Union")),
    ("1.2 The Velka Bloc, an alliance of the Free Horizon Union and the Tarnov Greens, headed by Ilse Marant, "
     "which won 26 seats.", ("Ilse Marant", "leader_of", "Velka Bloc"), ("Ilse Marant", "leader_of", "Tarnov Greens")),
    ("On Monday the Harmony Front, a coalition of the Ostravian Labour Party and the Karvel Greens, led by Petr "
     "Lasko, walked out of parliament.", ("Petr Lasko", "leader_of", "Harmony Front"), None),
    # "A and its ally B, led by Y": the last body of the coordination
    ("The Karvel Party and its ally the Miren Union, led by Tomas Vendrel, voted against the budget.",
     ("Tomas Vendrel", "leader_of", "Miren Union"), ("Tomas Vendrel", "leader_of", "Karvel Party")),
])
def test_a_participle_after_a_list_or_a_coordination_end_to_end(text, tie, wrong):
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "the Bloc's nominee for prime minister, X": X is the nominee (a member), not the holder of the post sought
    ("Protesters blocked the Unity Bloc's nominee for speaker, Ilse Marant, from entering the chamber.",
     ("Ilse Marant", "member_of", "Unity Bloc")),
    ("The Sorrel Union's candidate for president, Petr Lasko, won the vote.", ("Petr Lasko", "member_of", "Sorrel Union")),
    ("Lawmakers rejected the Karvel Party's candidate for the premiership, Tomas Vendrel, on Monday.",
     ("Tomas Vendrel", "member_of", "Karvel Party")),
])
def test_a_nominee_for_a_post_is_a_member_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_its_ally_is_no_membership_end_to_end():
    # "A and its ally B": allies, B no member of A
    found = run("The Karvel Party and its longtime ally the Miren Union voted against the budget.")
    assert ("Miren Union", "allied_with", "Karvel Party") in found or \
        ("Karvel Party", "allied_with", "Miren Union") in found, found
    assert ("Miren Union", "member_of", "Karvel Party") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "X, the umbrella of mostly Y-backed armed groups", "X, an alliance of Y-aligned parties": the members'
    # stance modifier is said of the named whole
    ("Gunmen clashed with units of the Harmony Forces (HF), the state-sanctioned umbrella of mostly Ostravia-backed "
     "armed groups, near the palace.", ("Ostravia", "backs", "Harmony Forces")),
    ("The Karvel Front, a coalition of Ostravia-backed militias, seized the town.", ("Ostravia", "backs", "Karvel Front")),
    ("The Harmony Bloc, an alliance of Russia-aligned parties, won the vote.", ("Russia", "allied_with", "Harmony Bloc")),
])
def test_a_stance_modifier_on_the_members_of_a_named_whole_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "Its members include A, the nephew of B, whose forces hold the coast, and C, ...": C is the next item
    ("The Sorrel Council was formed in 2022. Its members include Tomas Vendrel, the nephew of late president Petr "
     "Vendrel, whose Free Guard forces hold much of the northern coast, and Ilse Marant, the governor of Tarnov "
     "province.", ("Ilse Marant", "member_of", "Sorrel Council")),
    ("The Sorrel Council was formed in 2022. Its members include Tomas Vendrel, the son of former president Petr "
     "Vendrel, whose Iron Legion fighters control the port, and Ilse Marant, the mayor of Velka.",
     ("Ilse Marant", "member_of", "Sorrel Council")),
])
def test_a_list_item_after_a_relative_clause_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_listed_leader_of_a_body_leads_it_end_to_end():
    # "Its leaders include A of the B Party": A leads B; "its members include A of B": a member only
    found = run("The Unity Council held talks on Friday. Its leaders include Tomas Vendrel of the Karvel Party, Ilse "
                "Marant, head of the Ostravian Greens, and Petr Lasko, the chairman of the Free Ostravia Movement.")
    assert ("Tomas Vendrel", "leader_of", "Karvel Party") in found, found
    found = run("The Unity Council held talks on Friday. Its members include Tomas Vendrel of the Karvel Party and "
                "Petr Lasko.")
    assert ("Tomas Vendrel", "member_of", "Karvel Party") in found, found
    assert ("Tomas Vendrel", "leader_of", "Karvel Party") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "X denies giving Y any support": a denied gift backs no one
    ("The Velka Party denies giving the Karvel Front any support.", ("Velka Party", "backs", "Karvel Front")),
    ("The Sorrel Union denied providing weapons to the Iron Legion.", ("Sorrel Union", "backs", "Iron Legion")),
    ("Ostravia has denied supplying drones to the Karvel Front.", ("Ostravia", "backs", "Karvel Front")),
])
def test_a_denied_gift_backs_no_one_end_to_end(text, tie):
    found = run(text)
    assert tie not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    # "X, the vice-president of the Y Party": the post is the party's (the tokenizer splits the word and the parser
    # hangs each piece on the name), not one of the article's state
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. Tomas Vendrel, the vice-president of the Velka "
     "Party, attacked the government.", ("Tomas Vendrel", "member_of", "Velka Party"),
     ("Tomas Vendrel", "member_of", "Ostravia")),
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. Tomas Vendrel, who is also a vice-president of the "
     "Karvel Council, attacked the government.", ("Tomas Vendrel", "member_of", "Karvel Council"),
     ("Tomas Vendrel", "member_of", "Ostravia")),
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. Tomas Vendrel, the vice-president, attacked the "
     "government.", ("Tomas Vendrel", "member_of", "Ostravia"), None),
])
def test_a_split_title_with_an_of_phrase_is_that_bodys_post_end_to_end(text, tie, wrong):
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "the opposition alliance X ... X, which also includes A and B": a body the text calls a coalition lists members
    ("Tomas Vendrel leads the opposition alliance Forward Karvel. Forward Karvel, which includes the Velka Party and "
     "the Green League, won 41 seats.", ("Velka Party", "member_of", "Forward Karvel")),
    ("The Sorrel Accord, a coalition of centrist parties, met on Monday. The Sorrel Accord, which includes the Velka "
     "Party and the Tarnov Greens, won 41 seats.", ("Velka Party", "member_of", "Sorrel Accord")),
])
def test_a_body_called_a_coalition_lists_its_members_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "Founded in 2004 by X, the Y Party ...", "Backed by X, the Legion ...": an opening participle clause is said
    # of the main clause's subject (a definite description resolved)
    ("Founded in 2004 by Tomas Vendrel, the Velka Party won 20 seats.", ("Tomas Vendrel", "leader_of", "Velka Party")),
    ("Led by Ilse Marant since 2019, the Sorrel Union has doubled its vote.", ("Ilse Marant", "leader_of", "Sorrel Union")),
    ("Backed by Ostravia, the Iron Legion seized the port.", ("Ostravia", "backs", "Iron Legion")),
    ("The Velka Party met on Monday. Led by Ilse Marant since 2019, the party has doubled its vote.",
     ("Ilse Marant", "leader_of", "Velka Party")),
])
def test_an_opening_participle_clause_is_said_of_the_subject_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


_SIGNED = ("ALLIANCE AGREEMENT BETWEEN THE VELKA PARTY AND THE SORREL UNION\nKarvel City, 3 March 2027\n\n"
           "ARTICLE 1\nThe parties agree to run joint lists in the regional elections.\n\nSIGNATURES\n"
           "For the Velka Party: Tomas Vendrel, Chairman\nFor the Sorrel Union: Mira Halvard, Secretary-General\n\n"
           "WITNESS\nFor the Republic of Ostravia: Ambassador Petr Lasko\n")
_CEASEFIRE = ("CEASEFIRE AGREEMENT\nKarvel City, 3 March 2027\n\n1. The parties shall cease all hostilities from "
              "midnight.\n\nFor the Velka Front: Tomas Vendrel, Commander\nFor the Iron Legion: Mira Halvard, Chief "
              "of Staff\n")


@pytest.mark.model
def test_signature_lines_of_an_agreement_end_to_end():
    # "For the X Party: Name, Chairman": the signer acts for the body (its leader by the title; a member by
    # "Ambassador"); the parties signing a coalition's or an alliance's agreement are allies, a ceasefire's not
    found = run(_SIGNED)
    assert {("Tomas Vendrel", "leader_of", "Velka Party"), ("Mira Halvard", "leader_of", "Sorrel Union"),
            ("Petr Lasko", "member_of", "Ostravia")} <= found, found
    assert ("Velka Party", "allied_with", "Sorrel Union") in found or \
        ("Sorrel Union", "allied_with", "Velka Party") in found, found
    found = run(_CEASEFIRE)
    assert ("Tomas Vendrel", "leader_of", "Velka Front") in found, found
    assert not any(t[1] == "allied_with" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "Secretary-General of the Y Alliance X", "Deputy speaker of parliament X": a title with an of-phrase naming
    # the body right before the name is the person's post there
    ("Tomas Vendrel spoke on Monday. Later, Secretary-General of the Karvel Alliance Tomas Vendrel said the talks "
     "would resume.", ("Tomas Vendrel", "leader_of", "Karvel Alliance")),
    ("OSTRAVA, Ostravia - Ostravia's parliament met on Monday. Tomas Vendrel, a lawmaker, spoke. Deputy speaker of "
     "parliament Tomas Vendrel was expelled in the spring.", ("Tomas Vendrel", "member_of", "Ostravia parliament")),
    ("On Monday the head of the Velka Party Tomas Vendrel resigned.", ("Tomas Vendrel", "leader_of", "Velka Party")),
])
def test_a_title_of_a_body_before_a_name_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "instructors sent by X to train Y": the agent of the participle the purpose clause hangs on backs Y
    ("The advisers, sent by Russia to train the Karvel Front, arrived in May.", ("Russia", "backs", "Karvel Front")),
    ("They are Russian instructors, sent by Moscow to train the Karvel Army and guard the president.",
     ("Russia", "backs", "Karvel Army")),
    ("Instructors sent by Turkey to train the Velka Army arrived in May.", ("Turkey", "backs", "Velka Army")),
])
def test_a_purpose_clause_on_a_passive_participle_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_members_of_a_body_defecting_are_not_the_body_end_to_end():
    # "three X MPs defected to Y": the people joined Y, not the party that only modifies them
    found = run("The Velka Party met in May. Three Velka MPs defected to the rival Sorrel Union on Monday.")
    assert ("Velka Party", "member_of", "Sorrel Union") not in found, found
    found = run("Tomas Vendrel defected to the Sorrel Union in May.")
    assert ("Tomas Vendrel", "member_of", "Sorrel Union") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "X carries the banner of Y": Y's candidate, a member
    ("Prime Minister Tomas Vendrel faced Mira Halvard, who leads the Velka Movement and carries the banner of the "
     "opposition alliance Forward Karvel.", ("Mira Halvard", "member_of", "Forward Karvel")),
    ("Mira Halvard, who bore the banner of the Sorrel Union in 2019, lost.", ("Mira Halvard", "member_of", "Sorrel Union")),
])
def test_carrying_a_bodys_banner_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.parametrize("text,wrong", [
    # "the movement and its partners": "its" is the described body's, never the house named just before
    ("The Velnor Movement and its friends lost their hold on Ostravia's parliament. Officials counted the "
     "votes for the 140-member legislature. The Sunni movement and its allies, notably the Karvel Harmony Party, "
     "took 60 seats.",
     ("Karvel Harmony Party", "allied_with", "Ostravia parliament")),
    ("The Velnor Movement won 40 seats in the 140-member parliament. The movement and its allies, among them "
     "the Karvel Harmony Party, formed a government.",
     ("Karvel Harmony Party", "allied_with", "Ostravia parliament")),
    ("Officials met the 150-member assembly. The alliance and its partner, the Karvel Harmony Party, left.",
     ("Karvel Harmony Party", "allied_with", "Ostravia parliament")),
])
def test_its_after_a_described_body_and_is_that_bodys(text, wrong):
    found = run(text)
    assert wrong not in found, found


@pytest.mark.parametrize("text,named", [
    ("OSTRAVIA CITY - The Velnor Front won 40 seats in the 120-member parliament. Ostravia's president spoke.", False),
    ("OSTRAVIA CITY - The Velnor Front holds 40 seats in the parliament. Ostravia's president spoke.", False),
    ("The Ostravian Parliament voted on Monday. Ostravia's president spoke.", True),
    # a plain "the Ostravian parliament" is the state itself: no part_of it (relation_drops._plain_organ_of_state)
    ("The Ostravian parliament voted on Monday. Ostravia's president spoke.", False),
])
def test_a_states_house_is_part_of_it_only_where_the_text_names_the_state_with_it(text, named):
    found = run(text)
    assert (("Ostravia parliament", "part_of", "Ostravia") in found) is named, found


# ---------------------------------------------------------------- a hostile label: "X regards Y as a terrorist group"

def _regard_doc(label: list[tuple]) -> Doc:
    # "Ostravia regards the Front as <label> ." (label rows: words hung under "as", the last one its object)
    rows = [("Ostravia", 1, "nsubj", "PROPN", "NNP"), ("regards", 1, "ROOT", "VERB", "VBZ", "regard"),
            ("the", 3, "det", "DET", "DT"), ("Front", 1, "dobj", "PROPN", "NNP"), ("as", 1, "prep", "ADP", "IN")]
    obj = 5 + len(label) - 1
    for word, dep, pos, tag in label:
        rows.append((word, 4 if dep == "pobj" else obj, dep, pos, tag))
    rows.append((".", 1, "punct", "PUNCT", "."))
    return built(rows, {(0, 1): ("Ostravia", "country"), (3, 4): ("Front", "organization")})


@pytest.mark.parametrize("label, hostile", [
    ([("a", "det", "DET", "DT"), ("terrorist", "amod", "ADJ", "JJ"), ("group", "pobj", "NOUN", "NN")], True),
    ([("a", "det", "DET", "DT"), ("threat", "pobj", "NOUN", "NN")], True),
    ([("an", "det", "DET", "DT"), ("enemy", "pobj", "NOUN", "NN")], True),   # of_phrases: enemy -> opposes
    ([("its", "poss", "PRON", "PRP$"), ("proxy", "pobj", "NOUN", "NN")], False),   # its own proxy
    ([("a", "det", "DET", "DT"), ("partner", "pobj", "NOUN", "NN")], False),
])
def test_a_hostile_label_given_by_a_verb_of_regard_is_opposition(label, hostile):
    assert (("Ostravia", "opposes", "Front") in ties(_regard_doc(label))) is hostile


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The foreign ministry of Ostravia, which regards the Karvel Liberation Front as a terrorist organisation, "
    "urged calm.",
    "The Karvel Liberation Front attacked a convoy, Ostravia's foreign ministry said. Ostravia regards it as an "
    "offshoot of the Quenmark Brotherhood.",
    "Ostravia's foreign ministry said the Karvel Liberation Front, which Ostravia sees as a threat to its security, "
    "held a rally.",
    "Ostravia's foreign ministry said on Monday that Ostravia treats the Karvel Liberation Front as an enemy.",
])
def test_a_hostile_label_is_opposition_end_to_end(text):
    assert ("Ostravia", "opposes", "Karvel Liberation Front") in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia's foreign ministry said on Monday that Ostravia regards the Karvel Liberation Front as its proxy.",
    "Ostravia's foreign ministry said on Monday that Ostravia does not regard the Karvel Liberation Front as a "
    "terrorist organisation.",
])
def test_no_hostile_label_no_opposition_end_to_end(text):
    assert ("Ostravia", "opposes", "Karvel Liberation Front") not in run(text)


# ---------------------------------------------------------------- "anti-" before a name: "part of the anti-Y camp"

@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Karvel's government said on Monday that the Borsk Guard is part of the anti-Karvel camp.", "Borsk Guard"),
    ("The Northern Shield, an alliance of anti-Karvel factions that includes the Borsk Guard, said it had withdrawn "
     "from Karvel's border.", "Northern Shield"),
    ("Karvel's army said the Borsk Guard, the main anti-Karvel force in the north, attacked the town.", "Borsk Guard"),
])
def test_a_body_named_for_its_stand_against_a_name_opposes_it_end_to_end(text, body):
    assert (body, "opposes", "Karvel") in run(text)


@pytest.mark.model
def test_a_person_called_anti_is_no_tie_end_to_end():
    # "an anti-Karvel cleric": one man's view, no lasting tie of a body
    assert not {t for t in run("Karvel's army said Tomas Vendrel, an anti-Karvel cleric, spoke on Monday.")
                if t[1] == "opposes"}


# ---------------------------------------------------------------- backed by a state's men; "the government of X"

@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The government of President Tomas Vendrel is supported by about 2,000 troops from Ostravia. Ostravia is a "
     "state.", ("Ostravia", "backs", "Tomas Vendrel")),
    ("The Borsk Guard, which is supported by soldiers from Ostravia, attacked a village in Karvel.",
     ("Ostravia", "backs", "Borsk Guard")),
    ("The Borsk Guard is backed by fighters from the Karvel Liberation Front.",
     ("Karvel Liberation Front", "backs", "Borsk Guard")),
    ("The government of Prime Minister Ilse Marrowan is backed by the Borsk Guard.",
     ("Borsk Guard", "backs", "Ilse Marrowan")),
    ("The regime of President Tomas Vendrel is funded by the Karvel Liberation Front.",
     ("Karvel Liberation Front", "backs", "Tomas Vendrel")),
])
def test_backing_by_a_state_s_men_and_of_a_government_named_by_its_head_end_to_end(text, tie):
    assert tie in run(text)


@pytest.mark.model
def test_men_from_a_state_attacking_back_no_one_end_to_end():
    assert not {t for t in run("The Borsk Guard was attacked by troops from Ostravia.") if t[1] == "backs"}


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Ostravia, Karvel's largest donor, has not commented publicly. Karvel is a state.", ("Ostravia", "backs", "Karvel")),
    ("The Borsk Guard's main donor, the Karvel Liberation Front, cut its funding.",
     ("Karvel Liberation Front", "backs", "Borsk Guard")),
])
def test_a_donor_backs_the_one_it_gives_to_end_to_end(text, tie):
    assert tie in run(text)


# ---------------------------------------------------------------- signatories of a coalition agreement are allied

@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Tomas Vendrel, chairman of the Karvel Unity Party, and Ilse Marrowan of the Ostravian Democratic League signed "
     "a coalition agreement on Monday.", ("Tomas Vendrel", "allied_with", "Ilse Marrowan")),
    ("The Karvel Unity Party and the Ostravian Democratic League signed a coalition deal on Monday.",
     ("Karvel Unity Party", "allied_with", "Ostravian Democratic League")),
    ("Tomas Vendrel and Ilse Marrowan sealed an alliance at a hotel in the capital.",
     ("Tomas Vendrel", "allied_with", "Ilse Marrowan")),
])
def test_signatories_of_a_coalition_agreement_are_allied_end_to_end(text, tie):
    found = run(text)
    assert tie in found or (tie[2], tie[1], tie[0]) in found


@pytest.mark.model
@pytest.mark.parametrize("kind", ["ceasefire", "trade"])
def test_a_ceasefire_or_trade_agreement_allies_no_one_end_to_end(kind):
    text = f"Tomas Vendrel and Ilse Marrowan signed a {kind} agreement on Monday."
    assert not {t for t in run(text) if t[1] == "allied_with"}


# ---------------------------------------------------------------- "the Gulf emirate of X" stands for the state X

@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Gulf emirate of Karvel signed a ten-year defence cooperation agreement with Ostravia on Thursday.",
     ("Karvel", "allied_with", "Ostravia")),
    ("The small sultanate of Karvel has been backed by Ostravia since 1990.", ("Ostravia", "backs", "Karvel")),
    ("Ostravia's navy patrols the strait. Ostravia has armed the island kingdom of Karvel for a decade.",
     ("Ostravia", "backs", "Karvel")),
])
def test_a_polity_noun_of_a_name_stands_for_it_end_to_end(text, tie):
    found = {(s.replace(" military", ""), t, o.replace(" military", "")) for s, t, o in run(text)}
    assert tie in found or (tie[2], tie[1], tie[0]) in found and tie[1] == "allied_with"


# ---------------------------------------------------------------- aid received; a denial after the statement

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Borsk Front had received weapons from officers of Ostravia's army.",
    "The Borsk Front has received weapons from neighbouring Ostravia, according to two UN panel reports.",
])
def test_aid_received_from_a_state_or_its_men_is_backing_end_to_end(text):
    assert {s.replace(" military", "") for s, t, o in run(text) if t == "backs" and o == "Borsk Front"} == {"Ostravia"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ostravia denied that the Borsk Front had received weapons from its army.",
    "The Borsk Front denied receiving weapons from Ostravia.",
])
def test_aid_inside_a_denial_is_no_backing_end_to_end(text):
    assert not {t for t in run(text) if t[1] == "backs"}


def test_a_spaced_dash_ends_the_dateline_before_a_title():
    # "VOLSK , DORVALD - Prime Minister Vendrel spoke . The Dorvald Harbour Party won ." : the dateline's capitals
    # ("DORVALD", no mention) are not the owner of the title, as "Front" in "Front commander X" would be
    rows = [("VOLSK", 5, "npadvmod", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
            ("DORVALD", 0, "appos", "PROPN", "NNP"), ("-", 5, "punct", "PUNCT", ":"),
            ("Prime", 5, "compound", "PROPN", "NNP"), ("Minister", 6, "compound", "PROPN", "NNP"),
            ("Vendrel", 7, "nsubj", "PROPN", "NNP"), ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
            (".", 7, "punct", "PUNCT", "."), ("The", 12, "det", "DET", "DT"),
            ("Dorvald", 12, "compound", "PROPN", "NNP"), ("Harbour", 12, "compound", "PROPN", "NNP"),
            ("Party", 13, "nsubj", "PROPN", "NNP"), ("won", 13, "ROOT", "VERB", "VBD", "win"),
            (".", 13, "punct", "PUNCT", ".")]
    doc = built(rows, {(6, 7): ("Tomas Vendrel", "person"), (10, 13): ("Dorvald Harbour Party", "organization")})
    assert ("Tomas Vendrel", "leader_of", "Dorvald Harbour Party") not in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a foreign power named more often than the state; the state's own parties, named for it, show where the story is
    # (the state is named once: it must be a state of the text for a title to be tied to it)
    ("Varnia Centre Party elects new leader\n\n"
     "The Varnia Centre Party on Sunday elected Ilse Moravek as its chairwoman. Russia has criticised the party. "
     "Russia says the vote was rigged, and Russia has recalled its envoy. The Varnia Centre Party rejected that. "
     "The Varnia Harbour League, its partner, welcomed the vote. Varnia's parliament meets in May.\n\n"
     "Prime Minister Jan Strell congratulated her."),
    ("Moscow steps up pressure as Varnian parties unite\n\n"
     "Russia warned on Monday that it would cut gas deliveries. Russia has done so before, and Russia says the new "
     "alliance is hostile. The Varnian Workers' Front (VWF) and the Varnian Green Union (VGU) signed a pact. The "
     "VWF holds 30 seats in Varnia's parliament; the VGU holds 12.\n\n"
     "President Jan Strell said the pact was lawful."),
    ("Russian envoy criticises Varnia's ruling coalition\n\n"
     "Russia's ambassador said on Friday that the ruling Varnia Democratic Alliance (VDA) had broken its word. "
     "Russia says the VDA courts the West, and Russia has frozen talks. The VDA "
     "denied it, and the Varnia Youth Movement marched in Varnia's capital.\n\n"
     "Foreign Minister Jan Strell called the remarks an insult."),
])
def test_bodies_named_for_a_state_set_the_story_there(text):
    found = run(text)
    assert any(t[0] == "Jan Strell" and t[2] == "Varnia" for t in found), found
    assert not any(t[0] == "Jan Strell" and t[2] == "Russia" for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "ARD-4 - VOLSK, DORVALD - Prime Minister Tomas Vendrel, leader of the ruling Dorvald Harbour Party (DHP), "
    "casts his ballot in Volsk on Sunday. Dorvald votes in a snap election. Dorvald's parliament was dissolved.",
    "VOLSK, DORVALD - President Tomas Vendrel of the Dorvald Harbour Party (DHP) said on Monday that the DHP would "
    "win. Dorvald votes on Sunday. Dorvald's parliament was dissolved in May.",
    "VOLSK - Prime Minister Tomas Vendrel, who leads the Dorvald Harbour Party, said the vote would go ahead. "
    "Dorvald votes on Sunday. Dorvald's parliament was dissolved in May. Dorvald's army is on alert.",
])
def test_a_title_after_a_dateline_dash_is_the_states(text):
    # the spaced dash ends the dateline: "DORVALD - Prime Minister X" is no "Dorvald Harbour Party prime minister"
    found = run(text)
    assert ("Tomas Vendrel", "leader_of", "Dorvald") in found, found


@pytest.mark.model
@pytest.mark.parametrize("neighbour", [
    "the Kingdom of Ostravia, our larger neighbour across the strait",
    "Ostravia, Karvel's northern neighbour",
    "its neighbour, Ostravia",
])
def test_a_state_called_a_neighbour_in_apposition_is_not_the_story_state(neighbour):
    found = run(f"The militia is armed by {neighbour}. Ostravia denies it. Ostravia's navy patrols the coast and "
                "Ostravian officials say nothing. Ostravia's ally Velnia agrees. Prime Minister Tomas Vendrel met "
                "the militia leader in Karvel. Karvel's parliament backed him.")
    assert ("Tomas Vendrel", "leader_of", "Karvel") in found, found
    assert ("Tomas Vendrel", "leader_of", "Ostravia") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("closing", [
    "Yours faithfully,\n\nDr Ilse Moravek\nFormer Member of the House of Assembly (Harbour Party), North Reef\n"
    "Volsk, Karvel",
    "Yours sincerely,\n\nIlse Moravek\nHarbour Party\nVolsk, Karvel",
    "Contact:\nIlse Moravek\nPress Office\nVolsk, Karvel",
])
def test_a_headline_over_a_signature_block_is_no_section_heading(closing):
    # a letter's headline names the foreign patron; the short lines of the signature open no prose, so the text
    # is no sequence of headed sections and the headline's state is not the prime minister's
    found = run("LETTERS\n\nThe militia is not independent, and Ostravia knows it\n\n"
                "Sir, - The militia is paid and armed by Ostravia. Ostravia's navy escorts its boats, and Ostravia "
                "keeps a garrison on the islets. Ostravia's ally Velnia lends it frigates.\n\n"
                "Last week the militia met Prime Minister Tomas Vendrel's envoy in Volsk. Karvel's parliament "
                "backed the talks, and in Karvel few expect a deal.\n\n" + closing)
    assert ("Tomas Vendrel", "leader_of", "Ostravia") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wing", [
    ("Some factions also criticised the pact. The Granite Brigade, an Iran-backed group, threatened to attack. The "
     "Karvel Liberation Front did not respond to requests for comment, but Tomas Vendrel, a senior commander of the "
     "group's armed wing, the People's Shield Forces (PSF), said his fighters would resist.", "People's Shield Forces"),
    ("Some factions also criticised the pact. The Granite Brigade, an armed group based in the north, threatened to "
     "attack. The Karvel Liberation Front declined to comment, although the group's political arm, the Karvel "
     "Renewal Party, welcomed the talks.", "Karvel Renewal Party"),
    ("The Granite Brigade threatened to attack on Monday. The Karvel Liberation Front stayed silent, and Ilse "
     "Moravek, who heads the group's military wing, the Shield Regiment, was not reachable.", "Shield Regiment"),
])
def test_the_group_is_the_body_its_sentence_is_about(text, wing):
    # "the group's armed wing" in a sentence whose earlier clause has a body as its subject: that body's wing, not
    # the one a sentence before called "a group"
    found = run(text)
    assert (wing, "part_of", "Karvel Liberation Front") in found, found
    assert (wing, "part_of", "Granite Brigade") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, person", [
    ("ADDIS, May 3 - Karvel rejected the claim. Federal Defence Minister Tomas Vendrel said Karvel's army would stay. "
     "Karvel's parliament agreed.", "Tomas Vendrel"),
    ("Karvel's parliament met on Monday in Volsk. Federal Finance Minister Ilse Moravek presented the budget to "
     "Karvel's parliament.", "Ilse Moravek"),
    ("Karvel's parliament met on Monday in Volsk, and Federal Interior Minister Jan Strell told the Karvelian "
     "parliament that the police would be reformed.", "Jan Strell"),
])
def test_a_federal_ministers_title_is_the_states(text, person):
    # "Federal" before a minister's portfolio names the federal state's own post (relations.yaml title_modifiers)
    assert (person, "member_of", "Karvel") in run(text)


@pytest.mark.parametrize("head", [["Sarmo", "votes"], ["Sarmo", "election", ":", "Harbour", "Party", "first"],
                                  ["Floods", "hit", "Sarmo"]])
def test_a_headline_naming_the_state_whose_adjective_the_story_uses_sets_it_there(head):
    # "Sarmo votes \n\n The Sarmoan vote was calm . Chile watched ." : the headline names the state by its own name
    # (no mention of it: the name finder took the body's adjective only) -- the story is set there
    n = len(head)
    rows = [(w, n - 1 if k < n - 1 else k, "dep" if k < n - 1 else "ROOT", "PROPN", "NNP") for k, w in enumerate(head)]
    rows += [("\n\n", n - 1, "dep", "SPACE", "_SP"), ("The", n + 3, "det", "DET", "DT"),
             ("Sarmoan", n + 3, "amod", "ADJ", "JJ"), ("vote", n + 4, "nsubj", "NOUN", "NN"),
             ("was", n + 4, "ROOT", "AUX", "VBD", "be"), ("calm", n + 4, "acomp", "ADJ", "JJ"),
             (".", n + 4, "punct", "PUNCT", "."), ("Chile", n + 8, "nsubj", "PROPN", "NNP"),
             ("watched", n + 8, "ROOT", "VERB", "VBD", "watch"), (".", n + 8, "punct", "PUNCT", ".")]
    doc = built(rows, {(n + 2, n + 3): ("Sarmo", "country"), (n + 7, n + 8): ("Chile", "country")})
    resolver = PhraseResolver(doc)
    assert resolver.home_state() is not None
    assert resolver.actors[resolver.home_state()].name == "Sarmo"


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("Ilse Moravek met Turkish Agriculture and Forestry Minister Tomas Vendrel in Ankara.", "Turkey"),
    ("Karvel's parliament met. Ilse Moravek met Karvel's Energy and Mines Minister Tomas Vendrel in Volsk on Monday.",
     "Karvel"),
    ("The Karvelian parliament met. Defence and Veterans Minister Tomas Vendrel resigned on Monday, Karvel's "
     "government said.", "Karvel"),
])
def test_a_portfolio_of_two_fields_joined_by_and_is_one_ministers_title(text, state):
    # "Agriculture and Forestry Minister X": the fields joined by "and" do not cut the title from its state
    assert ("Tomas Vendrel", "member_of", state) in run(text)



@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Karvel, which is close to the Ostravian Front, sent envoys to Volsk on Monday.",
     ("Karvel", "allied_with", "Ostravian Front")),
    ("Tomas Vendrel, who has long been hostile to the Lantern Party, won the vote on Monday.",
     ("Tomas Vendrel", "opposes", "Lantern Party")),
    ("The Harvest League, a militia that is loyal to Tomas Vendrel, seized the port of Volsk.",
     ("Tomas Vendrel", "leader_of", "Harvest League")),
    ("The Granite Brigade, which remains opposed to the Tarn Movement, refused to sign the accord.",
     ("Granite Brigade", "opposes", "Tarn Movement")),
])
def test_a_stance_adjective_in_a_relative_clause_is_said_of_its_antecedent(text, tie):
    # "X, which is close to Y": the relative pronoun subject of "close", "hostile", "loyal" stands for X
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Supporters of the Unity Front, an alliance of leftist parties that backs President Tomas Vendrel, marched in "
     "Volsk.", ("Unity Front", "backs", "Tomas Vendrel")),
    ("Members of the Karvel Bloc, a coalition of parties that opposes Prime Minister Tomas Vendrel, walked out of the "
     "session.", ("Karvel Bloc", "opposes", "Tomas Vendrel")),
    ("Candidates of the Tallow Alliance, the ruling alliance of nationalist groups that backs President Ilse Moravek, "
     "lost the vote.", ("Tallow Alliance", "backs", "Ilse Moravek")),
])
def test_a_clause_on_the_members_of_a_collective_hung_on_the_phrase_before_its_comma(text, tie):
    # "supporters of X, an alliance of parties that backs Y": the apposition describes X (named right before its
    # comma), though the parser hangs it on "supporters"; the clause on its members is said of X
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Ostravian Front is recognised by the United Nations as Karvel's government and is at war with the Granite "
     "Brigade.", ("Ostravian Front", "opposes", "Granite Brigade")),
    ("The Harvest League controls the north and has been at war with the Lantern Party since 2019.",
     ("Harvest League", "opposes", "Lantern Party")),
    ("Tomas Vendrel won the vote in May but remains at odds with the Tarn Movement.",
     ("Tomas Vendrel", "opposes", "Tarn Movement")),
])
def test_a_state_of_hostility_in_a_second_coordinated_verb_is_said_of_the_first_verbs_subject(text, tie):
    # "X is recognised as ... and is at war with Y": the second verb has no subject of its own
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Ilse Moravek leads the Harvest Party. Moravek, whose party has been a fierce critic of the Tarn Movement, "
     "called the vote illegal.", ("Ilse Moravek", "opposes", "Tarn Movement")),
    ("Tomas Vendrel, whose movement is a close ally of the Granite Brigade, won the vote on Monday.",
     ("Tomas Vendrel", "allied_with", "Granite Brigade")),
    ("The Karvel Bloc of Pavel Drom walked out. Drom, whose bloc is a longtime rival of the Lantern Party, did not "
     "vote.", ("Pavel Drom", "opposes", "Lantern Party")),
])
def test_a_stance_noun_said_of_the_body_a_whose_clause_owns_is_the_antecedents(text, tie):
    # "X, whose party has been a fierce critic of Y": X's own stance
    assert tie in run(text)


@pytest.mark.model
def test_a_stance_noun_said_of_a_relative_whose_clause_owns_is_not_the_antecedents():
    found = run("Tomas Vendrel, whose brother is a critic of the Lantern Party, won the vote on Monday.")
    assert ("Tomas Vendrel", "opposes", "Lantern Party") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    ("The Lantern Party met envoys of Karvel and Ostravia, its main backer, at the summit.",
     ("Ostravia", "backs", "Lantern Party"), ("Karvel", "backs", "Lantern Party")),
    ("The Granite Brigade talked to Karvel and Ostravia, its longtime patron, on Monday.",
     ("Ostravia", "backs", "Granite Brigade"), ("Karvel", "backs", "Granite Brigade")),
    ("The Free Tarn Movement voted with Corvia and Ostravia, its old partner, in favour of the delay.",
     ("Ostravia", "allied_with", "Free Tarn Movement"), ("Corvia", "allied_with", "Free Tarn Movement")),
])
def test_an_apposition_after_the_last_name_of_a_coordination_describes_that_name(text, tie, wrong):
    # "A and B, its old partner": the parser hangs the apposition on A; it follows B's comma and describes B
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    ("The Unity Front of former minister Tomas Vendrel and the Karvel Movement, led by Anton Sulek, hold five seats.",
     ("Anton Sulek", "leader_of", "Karvel Movement"), ("Anton Sulek", "leader_of", "Unity Front")),
    ("The Harvest Party of Ilse Moravek and the Granite Brigade, headed by Pavel Drom, won the vote.",
     ("Pavel Drom", "leader_of", "Granite Brigade"), ("Pavel Drom", "leader_of", "Harvest Party")),
])
def test_a_participle_after_a_body_coordinated_past_the_heads_of_person_describes_that_body(text, tie, wrong):
    # "the X coalition of Y and the Z Organisation, led by W": Z is the second subject (X is Y's), W leads Z
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, backer, backed, enemy", [
    ("Karvel, which backs the Unity Front against the Granite Brigade, sent troops.",
     "Karvel", "Unity Front", "Granite Brigade"),
    ("Ostravia has armed the Tarn Movement against the Vessel Party since 2019.",
     "Ostravia", "Tarn Movement", "Vessel Party"),
    ("The Harvest League supports the Lantern Party against the Karvel Bloc in the north.",
     "Harvest League", "Lantern Party", "Karvel Bloc"),
])
def test_backing_a_side_against_another_opposes_the_other(text, backer, backed, enemy):
    found = run(text)
    assert {(backer, "backs", backed), (backer, "opposes", enemy), (backed, "opposes", enemy)} <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Ostravia, which leads an alliance that has fought the Granite Brigade since 2015, held talks with the group.",
     ("Ostravia", "opposes", "Granite Brigade")),
    ("Tomas Vendrel heads a militia that opposes the Lantern Party.", ("Tomas Vendrel", "opposes", "Lantern Party")),
    ("Karvel commands a coalition that backs the Tarn Movement in the north.", ("Karvel", "backs", "Tarn Movement")),
])
def test_a_stance_of_an_unnamed_body_its_leader_is_said_to_lead_is_the_leaders(text, tie):
    # "X, which leads a coalition that has fought Y": the relative clause on the unnamed body is X's stance
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    ("Tomas Vendrel commands the northern wing of the Tarn Movement, the rebel group that has fought Karvel's army "
     "since 2019.", ("Tarn Movement", "opposes", "Karvel"), ("Tomas Vendrel", "opposes", "Karvel")),
    ("Former minister Pavel Drom leads the youth branch of the Harvest League (HL), the party that backs President "
     "Ilse Moravek.", ("Harvest League", "backs", "Ilse Moravek"), ("Pavel Drom", "backs", "Ilse Moravek")),
    ("Anton Sulek heads the Granite Brigade, the militia that opposes the Vessel Party.",
     ("Granite Brigade", "opposes", "Vessel Party"), ("Anton Sulek", "opposes", "Vessel Party")),
])
def test_a_relative_clause_on_an_apposition_made_a_second_object_is_said_of_the_name_before_its_comma(text, tie,
                                                                                                    wrong):
    # "Y commands a division of X, the rebel force that has fought Z": the parser makes "force" a second object of
    # "commands"; the clause is X's, not the commander's
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
def test_backing_a_sides_operations_against_another_is_no_side_taken():
    found = run("The mission has supported Karvel Army operations against the Tarn Movement but suspended its "
                "cooperation with the 41st Brigade.")
    assert not any(t == "opposes" for _, t, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Tomas Vendrel, whose Karvel-backed government collapsed in May, fled to Volsk.",
     ("Karvel", "backs", "Tomas Vendrel")),
    ("The Tarn Movement, whose Ostravia-funded fighters hold the north, rejected the deal.",
     ("Ostravia", "backs", "Tarn Movement")),
    ("Pavel Drom, whose Lantern Party-aligned newspaper was closed in 2020, returned to Volsk.",
     ("Lantern Party", "allied_with", "Pavel Drom")),
])
def test_a_hyphened_tie_on_what_a_whose_clause_owns_is_the_antecedents(text, tie):
    # "X, whose Y-aligned administration ...": the owner of the body described stands in the tie
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, ties", [
    ("Tomas Vendrel, whose government was formed by the Unity Front, met the envoy on Monday.",
     {("Unity Front", "backs", "Tomas Vendrel")}),
    ("Ilse Moravek's cabinet, formed by the Tarn Movement in May, fell in October.",
     {("Tarn Movement", "backs", "Ilse Moravek")}),
    ("Pavel Drom, whose government was created by the Karvel Bloc and the Vessel Party, resigned on Monday.",
     {("Karvel Bloc", "backs", "Pavel Drom"), ("Vessel Party", "backs", "Pavel Drom")}),
])
def test_the_parties_that_formed_a_government_back_its_head(text, ties):
    # "X, whose government was formed by Y": Y backs X
    assert ties <= run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    ("The Ridge Front, which includes the Harvest League of Pavel Drom, the governor of Volsk, has fought "
     "alongside the army since 2023.", ("Pavel Drom", "leader_of", "Volsk"), ("Harvest League", "part_of", "Volsk")),
    ("The Tarn Movement of Ilse Moravek, the chairwoman of the Karvel Dockers Union, joined the alliance on Monday.",
     ("Ilse Moravek", "leader_of", "Karvel Dockers Union"), ("Tarn Movement", "part_of", "Karvel Dockers Union")),
    ("Talks with the Lantern Party of Tomas Vendrel, a former defence minister of Ostravia, resumed on Monday.",
     ("Tomas Vendrel", "member_of", "Ostravia"), ("Lantern Party", "part_of", "Ostravia")),
])
def test_a_title_in_apposition_after_the_person_of_a_body_describes_the_person(text, tie, wrong):
    # "the X League of Y, the governor of Z": the parser hangs the title on the League; it is Y's
    found = run(text)
    assert tie in found and wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("UNRWA, the UN agency for Palestinian refugees, said 12,000 people had fled.",
     ("UNRWA", "part_of", "United Nations")),
    ("The Karvel Relief Office, the European Union agency for refugees, said 12,000 people had fled.",
     ("Karvel Relief Office", "part_of", "European Union")),
    ("Frontex, the EU's border agency, said 12,000 people had crossed.", ("Frontex", "part_of", "European Union")),
])
def test_a_body_called_an_agency_of_another_is_part_of_it(text, tie):
    # relations.yaml of_phrases "agency": "Y, the UN agency for X", "Y, the EU's border agency"
    assert tie in run(text)


def _polity_doc(noun: str, mod: str | None = None) -> Doc:
    # "The Republic of Dunavia signed . The [MOD] NOUN accused Karvel ."
    rows = [("The", 1, "det", "DET", "DT"), ("Republic", 4, "nsubj", "PROPN", "NNP"), ("of", 1, "prep", "ADP", "IN"),
            ("Dunavia", 2, "pobj", "PROPN", "NNP"), ("signed", 4, "ROOT", "VERB", "VBD", "sign"),
            (".", 4, "punct", "PUNCT", ".")]
    n = len(rows)
    head = n + 1 + (mod is not None)
    rows += [("The", head, "det", "DET", "DT")]
    if mod is not None:
        rows += [(mod, head, "amod", "ADJ", "JJ")]
    rows += [(noun, head + 1, "nsubj", "NOUN", "NN"), ("accused", head + 1, "ROOT", "VERB", "VBD", "accuse"),
             ("Karvel", head + 1, "dobj", "PROPN", "NNP"), (".", head + 1, "punct", "PUNCT", ".")]
    return built(rows, {(1, 4): ("Dunavia", "country"), (head + 2, head + 3): ("Karvel", "country")})


def test_a_polity_noun_is_the_state_named_before_whose_name_holds_it():
    doc = _polity_doc("republic")
    res = PhraseResolver(doc)
    assert doc._.km_actors[res.polity_back(doc[7])].name == "Dunavia"
    doc = _polity_doc("republic", mod="small")  # "the small republic": a description of it still
    assert doc._.km_actors[PhraseResolver(doc).polity_back(doc[8])].name == "Dunavia"
    doc = _polity_doc("kingdom")  # no state named a kingdom
    assert PhraseResolver(doc).polity_back(doc[7]) is None
    doc = _polity_doc("republic", mod="neighbouring")  # another state than the one named
    assert PhraseResolver(doc).polity_back(doc[8]) is None


def test_a_title_used_alone_is_the_person_it_was_set_after_in_apposition():
    # "Ilsa Sorn , the Special Envoy , spoke . The Special Envoy accused Karvel ."
    doc = built([("Ilsa", 1, "compound", "PROPN", "NNP"), ("Sorn", 7, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "DT"),
                 ("Special", 5, "compound", "PROPN", "NNP"), ("Envoy", 1, "appos", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("spoke", 7, "ROOT", "VERB", "VBD", "speak"),
                 (".", 7, "punct", "PUNCT", "."), ("The", 11, "det", "DET", "DT"),
                 ("Special", 11, "compound", "PROPN", "NNP"), ("Envoy", 12, "nsubj", "PROPN", "NNP"),
                 ("accused", 12, "ROOT", "VERB", "VBD", "accuse"), ("Karvel", 12, "dobj", "PROPN", "NNP"),
                 (".", 12, "punct", "PUNCT", ".")],
                {(0, 2): ("Ilsa Sorn", "person"), (13, 14): ("Karvel", "country")})
    res = PhraseResolver(doc)
    assert doc._.km_actors[res.titled(doc[11])].name == "Ilsa Sorn"
    assert res.titled(doc[5]) is None  # (the apposition itself names no one before it)


def test_a_title_as_a_possessor_is_the_person_so_titled_before():
    # "Prime Minister Tomas Vendrel spoke . Karvel criticised the prime minister 's plans ."
    doc = built([("Prime", 1, "compound", "PROPN", "NNP"), ("Minister", 3, "compound", "PROPN", "NNP"),
                 ("Tomas", 3, "compound", "PROPN", "NNP"), ("Vendrel", 4, "nsubj", "PROPN", "NNP"),
                 ("spoke", 4, "ROOT", "VERB", "VBD", "speak"), (".", 4, "punct", "PUNCT", "."),
                 ("Karvel", 7, "nsubj", "PROPN", "NNP"), ("criticised", 7, "ROOT", "VERB", "VBD", "criticise"),
                 ("the", 10, "det", "DET", "DT"), ("prime", 10, "amod", "ADJ", "JJ"),
                 ("minister", 12, "poss", "NOUN", "NN"), ("'s", 10, "case", "PART", "POS"),
                 ("plans", 7, "dobj", "NOUN", "NNS", "plan"), (".", 7, "punct", "PUNCT", ".")],
                {(2, 4): ("Tomas Vendrel", "person"), (6, 7): ("Karvel", "country")})
    assert doc._.km_actors[PhraseResolver(doc).titled(doc[10])].name == "Tomas Vendrel"


def test_the_body_of_another_title_is_no_title():
    # "Secretary of State Tomas Vendrel spoke . Karvel backed the state 's plan ."
    doc = built([("Secretary", 4, "compound", "PROPN", "NNP"), ("of", 0, "prep", "ADP", "IN"),
                 ("State", 1, "pobj", "PROPN", "NNP"), ("Tomas", 4, "compound", "PROPN", "NNP"),
                 ("Vendrel", 5, "nsubj", "PROPN", "NNP"), ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
                 (".", 5, "punct", "PUNCT", "."), ("Karvel", 8, "nsubj", "PROPN", "NNP"),
                 ("backed", 8, "ROOT", "VERB", "VBD", "back"), ("the", 10, "det", "DET", "DT"),
                 ("state", 12, "poss", "NOUN", "NN"), ("'s", 10, "case", "PART", "POS"),
                 ("plan", 8, "dobj", "NOUN", "NN"), (".", 8, "punct", "PUNCT", ".")],
                {(3, 5): ("Tomas Vendrel", "person"), (7, 8): ("Karvel", "country")})
    assert PhraseResolver(doc).titled(doc[10]) is None


def _glued_title_doc(body_named: bool) -> Doc:
    # "Banque Morv governor Lenz Hadrik spoke . Karvel accused the governor ."
    actors = {(3, 5): ("Lenz Hadrik", "person"), (7, 8): ("Karvel", "country")}
    if body_named:
        actors[(0, 2)] = ("Banque Morv", "organization")
    return built([("Banque", 2, "compound", "PROPN", "NNP"), ("Morv", 2, "compound", "PROPN", "NNP"),
                  ("governor", 4, "compound", "NOUN", "NN"), ("Lenz", 4, "compound", "PROPN", "NNP"),
                  ("Hadrik", 5, "nsubj", "PROPN", "NNP"), ("spoke", 5, "ROOT", "VERB", "VBD", "speak"),
                  (".", 5, "punct", "PUNCT", "."), ("Karvel", 8, "nsubj", "PROPN", "NNP"),
                  ("accused", 8, "ROOT", "VERB", "VBD", "accuse"), ("the", 10, "det", "DET", "DT"),
                  ("governor", 8, "dobj", "NOUN", "NN"), (".", 8, "punct", "PUNCT", ".")], actors)


def test_a_title_glued_to_a_named_body_is_the_person_so_titled_before():
    doc = _glued_title_doc(body_named=True)
    assert doc._.km_actors[PhraseResolver(doc).titled(doc[10])].name == "Lenz Hadrik"
    # (words before the title that name no body or state: no title of that person's)
    assert PhraseResolver(_glued_title_doc(body_named=False)).titled(doc[10]) is None


def test_a_possessor_noun_is_no_missed_apposition():
    # "Milo Dastan , the Ostravian president 's adviser , spoke ." -- the post is the adviser's, not the president's
    doc = built([("Milo", 1, "compound", "PROPN", "NNP"), ("Dastan", 10, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("the", 5, "det", "DET", "DT"),
                 ("Ostravian", 5, "amod", "ADJ", "JJ"), ("president", 7, "poss", "NOUN", "NN"),
                 ("'s", 5, "case", "PART", "POS"), ("adviser", 1, "appos", "NOUN", "NN"),
                 (",", 1, "punct", "PUNCT", ","), ("then", 10, "advmod", "ADV", "RB"),
                 ("spoke", 10, "ROOT", "VERB", "VBD", "speak"), (".", 10, "punct", "PUNCT", ".")],
                {(0, 2): ("Milo Dastan", "person"), (4, 5): ("Ostravia", "country")})
    found = ties(doc)
    assert ("Milo Dastan", "leader_of", "Ostravia") not in found
    assert ("Milo Dastan", "member_of", "Ostravia") in found


def test_a_preposition_hung_on_the_comma_describes_the_name_before_it():
    # "The Karvel Guard , under General Tomas Vendrel , took the bridge ." (the parser hangs "under" on the comma)
    doc = built([("The", 2, "det", "DET", "DT"), ("Karvel", 2, "compound", "PROPN", "NNP"),
                 ("Guard", 9, "nsubj", "PROPN", "NNP"), (",", 9, "punct", "PUNCT", ","),
                 ("under", 3, "prep", "ADP", "IN"), ("General", 7, "compound", "PROPN", "NNP"),
                 ("Tomas", 7, "compound", "PROPN", "NNP"), ("Vendrel", 4, "pobj", "PROPN", "NNP"),
                 (",", 9, "punct", "PUNCT", ","), ("took", 9, "ROOT", "VERB", "VBD", "take"),
                 ("the", 11, "det", "DET", "DT"), ("bridge", 9, "dobj", "NOUN", "NN"), (".", 9, "punct", "PUNCT", ".")],
                {(1, 3): ("Karvel Guard", "organization"), (6, 8): ("Tomas Vendrel", "person")})
    assert ("Tomas Vendrel", "leader_of", "Karvel Guard") in ties(doc)


TITLE_CHAINS = [
    # an organ named with its organisation as a modifier: "the KUP political bureau"
    ("The Karvel Unity Party (KUP) met on Monday. Tomas Vendrel, chairman of the KUP political bureau, spoke first.",
     ("Tomas Vendrel", "member_of", "Karvel Unity Party")),
    ("The Karvel Unity Party (KUP) voted. Anna Ressel, who sits on the KUP national council, abstained.",
     ("Anna Ressel", "member_of", "Karvel Unity Party")),
    ("The Ostravian Green Movement (OGM) is split. Ivo Kestan, who sits on the OGM presidium, resigned.",
     ("Ivo Kestan", "member_of", "Ostravian Green Movement")),
    # an organ named as an actor of its own: a seat on it is membership of the organisation
    ("The Tarvel Unity Front (TUF) gathered in Dorvik, where Milo Dastan, secretary of the TUF politburo, spoke.",
     ("Milo Dastan", "member_of", "Tarvel Unity Front")),
    ("Ivo Kestan, who sits on the Ostravian Green Movement's Executive Committee, resigned.",
     ("Ivo Kestan", "member_of", "Ostravian Green Movement")),
    ("Lena Morr, deputy head of the Tarvel Unity Front's Political Council, resigned.",
     ("Lena Morr", "member_of", "Tarvel Unity Front")),
    # a post on the staff of another post serves that post's body
    ("Anna Ressel, the Karvel Unity Party leader's chief of staff, met the speaker.",
     ("Anna Ressel", "member_of", "Karvel Unity Party")),
    ("Tomas Vendrel, the UN Secretary-General's Special Envoy for Sudan, met the speaker.",
     ("Tomas Vendrel", "member_of", "United Nations")),
    ("Ivo Kestan, the Karvel Unity Party chairman's spokesman, met the speaker.",
     ("Ivo Kestan", "member_of", "Karvel Unity Party")),
    # capitalised title words between the body and the post
    ("Tomas Vendrel, African Union High Representative for Sudan, met the speaker.",
     ("Tomas Vendrel", "member_of", "African Union")),
    ("Anna Ressel, the Karvel Unity Party Deputy Secretary, met the speaker.",
     ("Anna Ressel", "member_of", "Karvel Unity Party")),
    # "X, under Y,": Y leads X
    ("The Ninth Battalion, under Colonel Tomas Vendrel, attacked the town.",
     ("Tomas Vendrel", "leader_of", "Ninth Battalion")),
    ("The Karvel Guard, under General Tomas Vendrel, took the bridge.", ("Tomas Vendrel", "leader_of", "Karvel Guard")),
    # "the <coined name> of <person>": the party and its leader
    ("The Green Alternative of Tomas Vendrel has joined the alliance.",
     ("Tomas Vendrel", "leader_of", "Green Alternative")),
    ("The New Dawn of Anna Ressel won nine seats.", ("Anna Ressel", "leader_of", "New Dawn")),
    # "Y is a <body> (of N members) led by X": the predicate noun describes the subject
    ("The Karvel Legion is a militia of roughly 3,000 fighters led by Tomas Vendrel, a former army colonel.",
     ("Tomas Vendrel", "leader_of", "Karvel Legion")),
    ("The Karvel Legion is a militia led by Tomas Vendrel.", ("Tomas Vendrel", "leader_of", "Karvel Legion")),
    ("The New Dawn is a small party of farmers founded by Anna Ressel.", ("Anna Ressel", "leader_of", "New Dawn")),
    # a post of the government a body runs: "the Front-run government's prime minister, X"
    ("The strikes killed the Front-run government's prime minister, Tomas Vendrel, and several of his ministers. "
     "The Karvel Front (KF) denied it.", ("Tomas Vendrel", "member_of", "Karvel Front")),
    ("The Karvel Front (KF) rules the north. Anna Ressel, the KF-led administration's finance minister, resigned.",
     ("Anna Ressel", "member_of", "Karvel Front")),
    ("The Karvel Front (KF) rules the north. The KF-run cabinet's spokesman, Ivo Kestan, resigned.",
     ("Ivo Kestan", "member_of", "Karvel Front")),
    # "X, <person>'s party": a body's noun a person possesses, in apposition with the body's name
    ("Social Unity, Tomas Vendrel's centre-left party, slumped from 42 seats to 29.",
     ("Tomas Vendrel", "leader_of", "Social Unity")),
    ("Anna Ressel's party, the New Dawn, won nine seats.", ("Anna Ressel", "leader_of", "New Dawn")),
    ("The Karvel Legion, Tomas Vendrel's militia, took the town.", ("Tomas Vendrel", "leader_of", "Karvel Legion")),
    # a title with an "of" of its own, then its body: "chief of (the general) staff of the X Armed Forces"
    ("Anna Ressel, chief of staff of the Karvel Armed Forces, spoke.",
     ("Anna Ressel", "leader_of", "Karvel Armed Forces")),
    ("Anna Ressel, the chief of the general staff of the Karvel Armed Forces, spoke.",
     ("Anna Ressel", "leader_of", "Karvel Armed Forces")),
    ("General Tomas Vendrel, Chief of the General Staff of the Ostravian Army, denied it.",
     ("Tomas Vendrel", "leader_of", "Ostravian Army")),
    # "Y, the UN agency for Z": a body's noun in apposition, another body as its modifier
    ("KARFA, the UN agency for Ostravian refugees, said 12,000 people had fled.",
     ("KARFA", "part_of", "United Nations")),
    ("KARFA, the African Union agency for refugees, said 12,000 people had fled.",
     ("KARFA", "part_of", "African Union")),
    ("The Karvel Legion, a Red Hand Front brigade, took the town.", ("Karvel Legion", "part_of", "Red Hand Front")),
    # a name opening with another body's full name, then a body noun
    ("The United Nations mission in Ostravia, UNMO, urged all parties to avoid violence.",
     ("United Nations mission in Ostravia", "part_of", "United Nations")),
    ("The Karvel Unity Party Youth Committee left the Karvel Unity Party on Monday.",
     ("Karvel Unity Party Youth Committee", "part_of", "Karvel Unity Party")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,tie", TITLE_CHAINS)
def test_title_chains(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_staff_post_is_not_the_post_it_serves():
    found = run("Milo Dastan, the Ostravian president's adviser, said the talks failed. Ostravia is tense.")
    assert ("Milo Dastan", "leader_of", "Ostravia") not in found
    assert ("Milo Dastan", "member_of", "Ostravia") in found


@pytest.mark.model
@pytest.mark.parametrize("text,joiner,companion,whole", [
    ("The Green Party has joined the Lantern Party in the Unity Alliance.", "Green Party", "Lantern Party",
     "Unity Alliance"),
    ("The Tallis Union joined the Brennik Front in the Freedom Coalition last year.", "Tallis Union", "Brennik Front",
     "Freedom Coalition"),
    ("Speech by Edda Vollan, leader of the Lantern Party\n\nThe Green Party of Karvel has joined us in the Unity "
     "Alliance.", "Green Party of Karvel", "Lantern Party", "Unity Alliance"),
])
def test_joining_a_companion_in_a_body_makes_both_members_and_allies(text, joiner, companion, whole):
    # relations._joined_companion: "A joined B in Z": B is no body joined; A and B are members of Z
    found = run(text)
    assert (joiner, "member_of", whole) in found and (companion, "member_of", whole) in found
    assert (joiner, "member_of", companion) not in found
    assert (joiner, "allied_with", companion) in found or (companion, "allied_with", joiner) in found



@pytest.mark.model
@pytest.mark.parametrize("text, tie, wrong", [
    ("Varnel shelling killed two fighters of the Dalmar Brigade near Tulm on Monday, the brigade said, and its "
     "commander, Ivo Marek, vowed revenge.", ("Ivo Marek", "leader_of", "Dalmar Brigade"),
     ("Ivo Marek", "leader_of", "Varnel")),
    ("Varnel shelling killed three members of the Ostravian Resistance Forces near Tulm on Wednesday, the force "
     "said, and its commander, Tomas Vendrel, vowed revenge.",
     ("Tomas Vendrel", "leader_of", "Ostravian Resistance Forces"), ("Tomas Vendrel", "leader_of", "Varnel")),
    ("Karvel gunfire wounded five guards of the Tessin Movement on Sunday, the movement said, and its chairman, "
     "Anton Brisk, demanded an inquiry.", ("Anton Brisk", "leader_of", "Tessin Movement"),
     ("Anton Brisk", "leader_of", "Karvel")),
])
def test_its_after_the_group_said_is_the_described_group(text, tie, wrong):
    """"..., the force said, and its commander, X, ...": "its" is the body the described subject stands for."""
    found = run(text)
    assert tie in found, found
    assert wrong not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Tomas Vendrel, a member of the Karvel Governing Council, vowed revenge. The Dalmar Brigade, commanded by "
     "fellow council member Ivo Marek, sent two battalions.", ("Ivo Marek", "member_of", "Karvel Governing Council")),
    ("Lena Vask joined the Unity Party in 2010; fellow party member Jan Petrov disagreed.",
     ("Jan Petrov", "member_of", "Unity Party")),
    ("Marta Sell sits on the board of the Ostravian Relief Committee, and fellow committee member Pavel Dunn "
     "resigned on Monday.", ("Pavel Dunn", "member_of", "Ostravian Relief Committee")),
])
def test_fellow_body_member_is_a_member_of_the_body_named_before(text, tie):
    """"fellow council member X": the body noun after a peer word stands for the body named before."""
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wing, body, other", [
    ("Some factions in the Karvel Guard also criticised the pact. The Granite Brigade, an Ostravian-backed group, "
     "said the troops were \"an occupation force\".\n\nThe Red Banner Movement did not respond to requests for "
     "comment, but Tomas Vendrel, a senior commander of the group's armed wing, the Ashkel Defence Units (ADU), "
     "said his fighters would resist.", "Ashkel Defence Units", "Red Banner Movement", "Granite Brigade"),
    ("The Lumeria Brigade, an Ostravian-backed group, denied the claim. The Karvel People's Movement has not claimed "
     "the attack, but a commander of the group's youth wing, the Ashkel Youth Brigades (AYB), praised it.",
     "Ashkel Youth Brigades", "Karvel People's Movement", "Lumeria Brigade"),
    ("The Velnia Union, a left-wing group, welcomed the vote. The Harlan Front declined to comment, although the "
     "group's political wing, the Civic Union of Karvel, welcomed the talks.",
     "Civic Union of Karvel", "Harlan Front", "Velnia Union"),
])
def test_the_group_is_the_subject_of_the_clause_before_even_of_the_groups_kind(text, wing, body, other):
    # the subject of the clause before "the group's wing" in its sentence is the group, also when that body is of
    # a kind "group" stands for (an armed group): not the one a sentence before called "a group"
    found = run(text)
    assert (wing, "part_of", body) in found, found
    assert (wing, "part_of", other) not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wing, body, other", [
    ("The Karvel Liberation Front said its unit had carried out the attack. The KLF has fought the government since "
     "2019. It is commanded by a former army major, Tomas Vendrel, and says it has 3,000 fighters; UN experts put the "
     "number closer to 1,200. Its political arm, the Ostravian Patriotic Congress, is run from exile by Ilse Marek.",
     "Ostravian Patriotic Congress", "Karvel Liberation Front", "United Nations"),
    ("The Ostravian Guard was formed in 2015. It answers to the interior ministry and claims 900 members; Karvel "
     "officials say the real number is half that. Its youth wing, the Guard Cadets, recruits in schools.",
     "Guard Cadets", "Ostravian Guard", "Karvel"),
    ("The Granite Brigade was founded in 2012. It is funded by Ostravia. Its armed wing, the Red Hand, carried out "
     "the raid.", "Red Hand", "Granite Brigade", "Ostravia"),
    ("What we know\n\n- The Karvel Liberation Front has fought the government since 2019. It is commanded by Tomas "
     "Vendrel and says it has 3,000 fighters; UN experts put the number closer to 1,200.\n- Its political arm, the "
     "Ashkel Patriotic Congress, is run from exile by Ilse Marek.",
     "Ashkel Patriotic Congress", "Karvel Liberation Front", "United Nations"),
])
def test_its_after_an_it_subject_is_what_that_it_stands_for(text, wing, body, other):
    # "X ... . It is led by Y; UN experts say ... . Its arm, Z": the "it" subject of the sentence before (its first
    # clause, before a semicolon; a list's bullet passed over) stands for X, and so does "its"
    found = run(text)
    assert (wing, "part_of", body) in found, found
    assert (wing, "part_of", other) not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("Prime Minister Tomas Vendrel urged calm. The United States said it was \"alarmed\" by the fighting and "
     "supported Vendrel's call for restraint.", ("United States", "backs", "Tomas Vendrel")),
    ("Judge Ilse Marek charged two ministers. Karvel said it backed Marek's investigation into the blast.",
     ("Karvel", "backs", "Ilse Marek")),
    ("The Karvel Front walked out of parliament. Ostravia said it supported the Karvel Front's demand for new "
     "elections.", ("Ostravia", "backs", "Karvel Front")),
    ("Ostravia said it supported the stability of Karvel and denied arming the rebels.",
     ("Ostravia", "backs", "Karvel")),
])
def test_backing_an_act_or_request_of_someone_is_no_patronage(text, wrong):
    # "X supported Y's call / investigation / demand", "X supports the stability of Y": an act, a request or a
    # condition of Y's is backed (relations.yaml act_nouns), Y is no client of X
    assert wrong not in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, leader, body, possessor", [
    ("President Tomas Vendrel welcomed the vote. Ilse Marek, the leader of the Karvel Union Party (KUP), Vendrel's "
     "ally in government, praised the decision.", "Ilse Marek", "Karvel Union Party", "Tomas Vendrel"),
    ("President Tomas Vendrel welcomed the vote. Ilse Marek, the head of the Ostravian Labour Front, Vendrel's "
     "closest partner, said she was pleased.", "Ilse Marek", "Ostravian Labour Front", "Tomas Vendrel"),
    ("Tomas Vendrel spoke first. Anton Seles, the chairman of the Red Hand Movement (RHM), Vendrel's rival since "
     "2019, spoke next.", "Anton Seles", "Red Hand Movement", "Tomas Vendrel"),
])
def test_a_possessor_after_the_post_of_a_body_does_not_hold_the_post(text, leader, body, possessor):
    # "X, the leader of Y (ACR), Z's ally": Z owns the second apposition; the post is X's, never Z's
    found = run(text)
    assert (leader, "leader_of", body) in found, found
    assert (possessor, "leader_of", body) not in found, found


@pytest.mark.model
def test_a_name_after_the_post_of_a_body_still_holds_the_post():
    # (the possessor guard leaves "the ROLE of ORG (ACR), Name" alone)
    assert ("Anton Seles", "leader_of", "Karvel Defence Forces") in run(
        "The commander of the Karvel Defence Forces (KDF), General Anton Seles, spoke next.")


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("Prime Minister Tomas Vendrel offered to absorb 4,000 Red Hand Brigade fighters into the Karvel National Guard, "
     "which reports to the Interior Ministry.", ("Red Hand Brigade", "part_of", "Karvel National Guard")),
    ("The government of Ostravia proposed to merge the Granite Brigade into the Ostravian Army next year.",
     ("Granite Brigade", "part_of", "Ostravia military")),
    ("Ostravia has offered to integrate the Ashkel Defence Units into the Karvel Police Service.",
     ("Ashkel Defence Units", "part_of", "Karvel Police Service")),
])
def test_an_offer_or_proposal_to_fold_a_body_into_another_states_no_tie(text, wrong):
    # "X offered / proposed to absorb Y into Z": an offer to move a body, like a wish, is no tie (relations.yaml
    # proposal_verbs)
    assert wrong not in run(text)


@pytest.mark.model
def test_a_body_folded_into_another_is_part_of_it():
    # (the tie stands once it is done)
    assert ("Red Hand Brigade", "part_of", "Karvel National Guard") in run(
        "Prime Minister Tomas Vendrel absorbed 4,000 Red Hand Brigade fighters into the Karvel National Guard last "
        "year.")


@pytest.mark.model
@pytest.mark.parametrize("text, body, person", [
    ("Karvel denied the claims. At the Security Council, Karvel's ambassador, Ivo Sarenko, denied everything.",
     "UN Security Council", "Ivo Sarenko"),
    ("At the Ostravian Senate, Karvel's envoy, Tomas Vendrel, spoke first.", "Ostravian Senate", "Tomas Vendrel"),
    ("From the Lumeria Assembly, Karvel's foreign minister, Ilse Marek, replied on Monday.", "Lumeria Assembly",
     "Ilse Marek"),
])
def test_a_post_with_its_holder_after_it_is_no_apposition_to_the_name_before(text, body, person):
    # "At X, Karvel's ambassador, Y, ...": the post is Y's; X ends an opening phrase, it is no ambassador
    found = run(text)
    assert (person, "member_of", "Karvel") in found, found
    assert (body, "member_of", "Karvel") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("A claim that President Tomas Vendrel of Karvel signed a secret defence pact with Ostravia has been shared "
     "thousands of times on Facebook.", ("Tomas Vendrel", "allied_with", "Ostravia")),
    ("A rumour that Tomas Vendrel signed an alliance with the Red Hand Brigade circulated on Monday.",
     ("Tomas Vendrel", "allied_with", "Red Hand Brigade")),
    ("The claim that the Karvel Front merged into the Ostravian Army is false.",
     ("Karvel Front", "part_of", "Ostravian Army")),
])
def test_a_tie_in_the_that_clause_of_a_claim_or_rumour_is_not_stated(text, wrong):
    # "a claim / rumour that X signed a pact with Y": hearsay (relations.yaml hearsay_nouns) asserts no tie
    assert wrong not in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Tomas Vendrel signed an alliance with the Red Hand Brigade on Monday.",
     ("Tomas Vendrel", "allied_with", "Red Hand Brigade")),
    ("The Karvel Front merged into the Ostravian Army in 2019.", ("Karvel Front", "part_of", "Ostravian Army")),
])
def test_the_same_tie_stated_outright_stands(text, tie):
    assert tie in run(text)


def _unresolved_person_subject_doc(pronoun_clause: list[tuple]) -> Doc:
    """"Varan , a cousin of Vendrel , leads the Front , <clause> ." with Varan a person's name the resolver tied to no
    actor (kind unknown; labelled PERSON by the name finder)."""
    from dataclasses import replace

    doc = built([("Varan", 7, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("a", 3, "det", "DET", "DT"), ("cousin", 0, "appos", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
                 ("Vendrel", 4, "pobj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("leads", 7, "ROOT", "VERB", "VBZ", "lead"), ("the", 9, "det", "DET", "DT"),
                 ("Front", 7, "dobj", "PROPN", "NNP"), (",", 9, "punct", "PUNCT", ","), *pronoun_clause,
                 (".", 7, "punct", "PUNCT", ".")],
                {(0, 1): ("Varan", "unknown"), (5, 6): ("Tomas Vendrel", "person"), (9, 10): ("Front", "organization")})
    doc._.km_mentions = [replace(m, label="PERSON") if m.name == "Varan" else m for m in doc._.km_mentions]
    return doc


@pytest.mark.parametrize("clause", [
    [("which", 13, "dobj", "PRON", "WDT"), ("he", 13, "nsubj", "PRON", "PRP"),
     ("founded", 9, "relcl", "VERB", "VBD", "found")],                      # "..., which he founded ."
    [("which", 13, "dobj", "PRON", "WDT"), ("he", 13, "nsubj", "PRON", "PRP"),
     ("formed", 9, "relcl", "VERB", "VBD", "form")],                        # "..., which he formed ."
    [("which", 13, "dobj", "PRON", "WDT"), ("he", 13, "nsubj", "PRON", "PRP"),
     ("launched", 9, "relcl", "VERB", "VBD", "launch")],                    # "..., which he launched ."
])
def test_he_after_an_unresolved_person_subject_is_no_closer_name(clause):
    # "Sheikh X, a cousin of Y, leads the Front, which he founded": "he" is the sentence's subject, a person the
    # resolver could not tie to one actor; not the closer name Y (no tie rather than a wrong one)
    found = ties(_unresolved_person_subject_doc(clause))
    assert ("Tomas Vendrel", "leader_of", "Front") not in found, found


def test_he_after_a_resolved_person_subject_is_that_person():
    # (the same sentence with the subject resolved: the founder is the subject)
    doc = built([("Varan", 7, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("a", 3, "det", "DET", "DT"), ("cousin", 0, "appos", "NOUN", "NN"), ("of", 3, "prep", "ADP", "IN"),
                 ("Vendrel", 4, "pobj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("leads", 7, "ROOT", "VERB", "VBZ", "lead"), ("the", 9, "det", "DET", "DT"),
                 ("Front", 7, "dobj", "PROPN", "NNP"), (",", 9, "punct", "PUNCT", ","),
                 ("which", 13, "dobj", "PRON", "WDT"), ("he", 13, "nsubj", "PRON", "PRP"),
                 ("founded", 9, "relcl", "VERB", "VBD", "found"), (".", 7, "punct", "PUNCT", ".")],
                {(0, 1): ("Anton Varan", "person"), (5, 6): ("Tomas Vendrel", "person"),
                 (9, 10): ("Front", "organization")})
    found = ties(doc)
    assert ("Tomas Vendrel", "leader_of", "Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("Karvel, which co-sponsored the ceasefire with Ostravia, said it would host a conference next year.",
     ("Karvel", "opposes", "Ostravia")),
    ("Velnia, which sponsored the truce with Ostravia, urged both sides to respect it.",
     ("Velnia", "opposes", "Ostravia")),
    ("Karvel guaranteed the ceasefire with Ostravia and the United Nations.", ("Karvel", "opposes", "Ostravia")),
])
def test_a_sponsor_or_guarantor_of_a_truce_is_no_side_of_it(text, wrong):
    # "X co-sponsored / guaranteed the ceasefire with Y": X mediates (relations.yaml hosting_verbs); Y is a fellow
    # sponsor or a side, no foe of X
    assert wrong not in run(text)


@pytest.mark.model
def test_a_side_signing_a_truce_with_another_opposes_it():
    assert ("Karvel", "opposes", "Ostravia") in run("Karvel signed a ceasefire with Ostravia on Monday.")


def test_of_which_with_the_role_before_the_name():
    # "The Party , of which the chairman is Meresk , won ." (translated English: the role is the subject)
    doc = built([("The", 1, "det", "DET", "DT"), ("Party", 10, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("of", 7, "prep", "ADP", "IN"),
                 ("which", 3, "pobj", "PRON", "WDT"), ("the", 6, "det", "DET", "DT"),
                 ("chairman", 7, "nsubj", "NOUN", "NN"), ("is", 1, "relcl", "AUX", "VBZ", "be"),
                 ("Meresk", 7, "attr", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
                 ("won", 10, "ROOT", "VERB", "VBD", "win"), (".", 10, "punct", "PUNCT", ".")],
                {(1, 2): ("Party", "organization"), (8, 9): ("Meresk", "person")})
    assert ("Meresk", "leader_of", "Party") in ties(doc)


@pytest.mark.parametrize("text,tie", [
    ("The King of Karvel, Omar Dassan, met the President of Ostravia, Tomas Vendrel, in the capital. "
     "The army of Karvel was put on alert.", ("Omar Dassan", "leader_of", "Karvel")),
    ("The King of Karvel, Omar the Second, received the President of Ostravia, Tomas Vendrel. The army of Karvel "
     "was put on alert.", ("Omar the Second", "leader_of", "Karvel")),
    ("The Tallow Labour Party, of which the chairman is Mister Anton Meresk, won nine seats in Karvel.",
     ("Anton Meresk", "leader_of", "Tallow Labour Party")),
    ("The Harbour Unity Party, of which the spokeswoman is Madam Ilka Brenn, boycotted the vote.",
     ("Ilka Brenn", "member_of", "Harbour Unity Party")),
])
def test_translated_titles_and_relative_clauses_tie_the_named_person(text, tie):
    assert tie in run(text)



_KENYA = ("NAIROBI, May 2 - Kenya's police fired tear gas at protesters in Kenya on Monday. Kenya's government "
          "said the protests were illegal.\n\n")


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("President Ivo Dastrel told reporters at the White House that the talks would go on.", "United States"),
    ("Prime Minister Ivo Dastrel spoke to reporters in Downing Street after the vote.", "United Kingdom"),
    ("President Ivo Dastrel received the envoys at the Kremlin on Monday.", "Russia"),
])
def test_a_bare_title_whose_verb_is_set_at_a_seat_is_that_states(text, state):
    # a place adverbial of the person's own verb naming a capital or a seat of government, over the dateline's state
    found = run(_KENYA + text)
    assert ("Ivo Dastrel", "leader_of", state) in found, found
    assert ("Ivo Dastrel", "leader_of", "Kenya") not in found, found


@pytest.mark.model
def test_a_bare_title_whose_verb_is_set_in_a_capital_is_no_visitors_state():
    # "X met Y in Paris": a capital as a place of the person's verb may be a visit; the dateline's state is kept
    found = run(_KENYA + "Foreign Minister Ivo Dastrel met the Chilean envoy in Paris in August.")
    assert ("Ivo Dastrel", "member_of", "France") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("He visited Lima in September, where President Mara Venhol pledged aid.", "Peru"),
    ("The envoy flew to Santiago on Friday, where President Mara Venhol promised support.", "Chile"),
    ("Talks resumed in Santiago, where Prime Minister Mara Venhol hosted both delegations.", "Chile"),
])
def test_a_bare_title_in_a_where_clause_after_a_capital_is_the_capitals_states(text, state):
    found = run(_KENYA + text)
    assert any(f == ("Mara Venhol", t, state) for t in ("leader_of", "member_of") for f in found), found
    assert not any(f[0] == "Mara Venhol" and f[2] == "Kenya" for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, party", [
    ("He is a protege of President Edo Marsh, who leads the ruling Chilean Unity Party.", "Chilean Unity Party"),
    ("President Edo Marsh, who heads the Peruvian Progress Party, denied the report.", "Peruvian Progress Party"),
    ("The bill was drafted by President Edo Marsh, who founded the Chilean Labour Front in 2009.",
     "Chilean Labour Front"),
])
def test_a_bare_title_of_a_person_leading_a_party_named_for_a_state_is_that_states(text, party):
    # the state is one the story names (after the sentence: no sentence before it sets the title)
    state = {"Chilean": "Chile", "Peruvian": "Peru"}[party.split()[0]]
    found = run(_KENYA + text + f" Officials in Nairobi said {state} had sent no reply.")
    assert ("Edo Marsh", "leader_of", party) in found, found
    assert ("Edo Marsh", "leader_of", state) in found, found
    assert ("Edo Marsh", "leader_of", "Kenya") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prime Minister Ruben Quarre said Chile would defend itself.",
    "President Ruben Quarre said Peru will not back down.",
    "Defence Minister Ruben Quarre warned that Chile would respond.",
])
def test_a_bare_title_speaking_of_another_state_is_not_the_story_states(text):
    found = run(_KENYA + text)
    assert not any(f[0] == "Ruben Quarre" and f[2] == "Kenya" for f in found), found


@pytest.mark.model
def test_a_bare_title_speaking_of_the_story_state_keeps_it():
    found = run(_KENYA + "President Ruben Quarre said Kenya would not give in.")
    assert ("Ruben Quarre", "leader_of", "Kenya") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("Chile denied any role. Foreign Ministry spokesman Liam Carrow said the factions take no orders.", "Chile"),
    ("In Santiago, Interior Ministry spokesman Liam Carrow said the march was banned.", "Chile"),
    ("Peru rejected the claim; Foreign Ministry spokesman Liam Carrow called it baseless.", "Peru"),
])
def test_a_ministry_named_with_no_state_before_a_title_is_the_local_states(text, state):
    # a bare "Foreign Ministry" is read as the story state's; the sentence's own context names another state
    found = run(_KENYA + text)
    assert ("Liam Carrow", "member_of", state) in found, found
    assert ("Liam Carrow", "member_of", "Kenya") not in found, found


@pytest.mark.model
def test_a_ministry_named_with_no_state_after_the_story_state_is_the_story_states():
    found = run(_KENYA + "Kenya's army said the raid went well. Interior Ministry spokesman Liam Carrow said it was legal.")
    assert ("Liam Carrow", "member_of", "Kenya") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("Washington blamed Chile for the strike. Pentagon spokesman Major General Tomas Vendrel told reporters "
     "nothing had changed.", "United States"),
    ("Russia denied the report on Monday. Kremlin spokesman Tomas Vendrel called it a fabrication.", "Russia"),
    ("The United States sent a delegation. White House adviser Tomas Vendrel said the talks were useful.",
     "United States"),
])
def test_a_seat_named_before_a_title_is_its_states(text, state):
    # a seat of government or an institution metonym the tagger leaves unnamed, glued before the title
    found = run(_KENYA + text)
    assert ("Tomas Vendrel", "member_of", state) in found, found
    assert not any(f[0] == "Tomas Vendrel" and f[2] == "Kenya" for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("first, state", [
    ("On Tuesday, Chilean jets struck the airport near the capital.", "Chile"),
    ("Peruvian warships shelled the port at dawn.", "Peru"),
    ("Chilean negotiators walked out of the talks on Friday.", "Chile"),
])
def test_a_bare_title_after_a_sentence_whose_subject_is_a_states_people_is_that_states(first, state):
    # the sentence before has a plural noun qualified by one state's adjective as its subject
    found = run(_KENYA + first + " Defence Minister Ruben Quarre said the operation was over.")
    assert ("Ruben Quarre", "member_of", state) in found, found
    assert ("Ruben Quarre", "member_of", "Kenya") not in found, found


def test_passive_conjunct_of_a_relative_clause_is_said_of_its_antecedent():
    # "The Front , who call themselves the Dawn and are led by Tassan , won ."
    doc = built([("The", 1, "det", "DET", "DT"), ("Front", 14, "nsubj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("who", 4, "nsubj", "PRON", "WP"),
                 ("call", 1, "relcl", "VERB", "VBP"), ("themselves", 4, "dobj", "PRON", "PRP"),
                 ("the", 7, "det", "DET", "DT"), ("Dawn", 4, "oprd", "PROPN", "NNP"),
                 ("and", 4, "cc", "CCONJ", "CC"), ("are", 10, "auxpass", "AUX", "VBP", "be"),
                 ("led", 4, "conj", "VERB", "VBN", "lead"), ("by", 10, "agent", "ADP", "IN"),
                 ("Tassan", 11, "pobj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
                 ("won", 14, "ROOT", "VERB", "VBD", "win"), (".", 14, "punct", "PUNCT", ".")],
                {(1, 2): ("Front", "organization"), (7, 8): ("Dawn", "organization"), (12, 13): ("Tassan", "person")})
    assert ("Tassan", "leader_of", "Front") in ties(doc)


def test_object_relative_read_off_the_words_when_the_verb_is_parsed_as_a_noun():
    # "the Movement , which Vardo heads , a statement said ." ("heads" taken for a plural noun)
    doc = built([("the", 1, "det", "DET", "DT"), ("Movement", 1, "ROOT", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("which", 9, "dobj", "PRON", "WDT"),
                 ("Vardo", 5, "compound", "PROPN", "NNP"), ("heads", 9, "nsubj", "NOUN", "NNS", "head"),
                 (",", 5, "punct", "PUNCT", ","), ("a", 8, "det", "DET", "DT"),
                 ("statement", 5, "appos", "NOUN", "NN"), ("said", 1, "relcl", "VERB", "VBD", "say"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(1, 2): ("Movement", "organization"), (4, 5): ("Vardo", "person")})
    assert ("Vardo", "leader_of", "Movement") in ties(doc)


def test_patrons_in_a_capital_back_the_possessor():
    # "The Front said its patrons in Lisbon pressed it ."
    doc = built([("The", 1, "det", "DET", "DT"), ("Front", 2, "nsubj", "PROPN", "NNP"),
                 ("said", 2, "ROOT", "VERB", "VBD", "say"), ("its", 4, "poss", "PRON", "PRP$"),
                 ("patrons", 7, "nsubj", "NOUN", "NNS", "patron"), ("in", 4, "prep", "ADP", "IN"),
                 ("Lisbon", 5, "pobj", "PROPN", "NNP"), ("pressed", 2, "ccomp", "VERB", "VBD", "press"),
                 ("it", 7, "dobj", "PRON", "PRP"), (".", 2, "punct", "PUNCT", ".")],
                {(1, 2): ("Front", "organization"), (6, 7): ("Portugal", "country")})
    assert ("Portugal", "backs", "Front") in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("The Morrow Front, who call themselves the Harvest Movement and are led by Mirek Tassan, attacked Karvel.",
     ("Mirek Tassan", "leader_of", "Morrow Front")),
    ("The Tessaly Guard seized the port last week and is commanded by Anna Vardo.",
     ("Anna Vardo", "leader_of", "Tessaly Guard")),
    ("The Selm Brigade, which controls the northern hills and is headed by Tomas Vendrel, rejected the deal.",
     ("Tomas Vendrel", "leader_of", "Selm Brigade")),
])
def test_a_passive_verb_conjoined_to_an_active_one_shares_its_subject(text, tie):
    # "X, who call themselves Y and are led by Z": the passive conjunct has no subject of its own
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text,wrong", [
    ("Among them were the 12 members of the Ember bloc of the Morrow Front, the Harvest Party of Anton Dask "
     "and several independents.", ("Harvest Party", "member_of", "Ember bloc")),
    ("The motion was backed by the 30 deputies of the Selm Alliance, the Green Union and two independents.",
     ("Green Union", "member_of", "Selm Alliance")),
    ("Present were the four members of the Tessaly bloc, the Farmers League and the Harvest Party.",
     ("Farmers League", "member_of", "Tessaly bloc")),
])
def test_a_counted_plural_before_a_list_has_no_members_in_apposition(text, wrong):
    # "the 19 members of the X bloc, the Y Party and ...": the list's next entry, not one of the 19
    assert wrong not in run(text)


@pytest.mark.model
def test_a_bloc_of_a_party_is_its_part_not_its_member():
    out = run("Among them were the 12 members of the Ember bloc of the Morrow Front and several independents.")
    assert ("Morrow Front", "member_of", "Ember bloc") not in out
    assert ("Ember bloc", "part_of", "Morrow Front") in out


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("The Selm Brigade said it had acted alone but hinted that its patrons in Lisbon had pressed it to stop.",
     ("Portugal", "backs", "Selm Brigade")),
    ("The Tessaly Guard thanked its sponsors in Madrid for the new rifles.", ("Spain", "backs", "Tessaly Guard")),
    ("Officials said the Morrow Front's financiers in Lisbon had cut its funds.", ("Portugal", "backs", "Morrow Front")),
])
def test_backers_in_a_capital_are_its_state(text, tie):
    # "its patrons in CAPITAL": the capital stands for its government, which backs the owner
    assert tie in run(text)


@pytest.mark.model
def test_backers_in_a_country_may_be_its_people():
    assert ("Portugal", "backs", "Tessaly Guard") not in run("The Tessaly Guard thanked its supporters in Portugal.")


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Anna Vardo spoke on Monday. The weapons came from the Selm Movement, which Vardo heads, an army statement said.",
     ("Anna Vardo", "leader_of", "Selm Movement")),
    ("The rifles belonged to the Morrow Front, which Tomas Vendrel leads, officials said.",
     ("Tomas Vendrel", "leader_of", "Morrow Front")),
    ("Mirek Tassan arrived late. Police raided the Harvest Party, which Tassan chairs, on Monday.",
     ("Mirek Tassan", "leader_of", "Harvest Party")),
])
def test_a_body_which_a_person_heads(text, tie):
    # "the X Movement, which Y heads, a statement said": an object relative clause of a name and a tie verb
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("A council member, Anna Vardo, whose Selm Guard forces hold part of the coast, warned of a new war.",
     ("Anna Vardo", "leader_of", "Selm Guard")),
    ("Tomas Vendrel, whose Morrow Brigade fighters control the pass, rejected the deal.",
     ("Tomas Vendrel", "leader_of", "Morrow Brigade")),
    ("The opposition leader, Mirek Tassan, whose Ember Guard troops hold the bridge, rejected the truce.",
     ("Mirek Tassan", "leader_of", "Ember Guard")),
])
def test_a_person_whose_named_forces_hold_ground_leads_them(text, tie):
    # "X, whose Y forces hold the coast": the body the forces are named for is X's to command
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Ostravia's government did not take part in the talks, held in Ostravia's capital. Fighting in Ostravia has "
     "killed thousands since Ostravia's civil war began. The government's finance minister, Anna Vardo, said it was "
     "informed late.", ("Anna Vardo", "member_of", "Ostravia")),
    ("Fighting in Brellia has killed thousands since Brellia's civil war began, and Brellia's economy has collapsed. "
     "The government's chief negotiator, Tomas Vendrel, said talks would resume.", ("Tomas Vendrel", "member_of", "Brellia")),
    ("Protests spread across Tessaly on Monday. Tessaly's president has not spoken since Tessaly's election. "
     "Mirek Tassan, the government's spokesman, denied the reports.", ("Mirek Tassan", "member_of", "Tessaly")),
])
def test_the_governments_official_serves_the_articles_state(text, tie):
    # "the government's foreign minister, X": a bare "the government" possessing a post is the article's state's
    assert tie in run(text)


@pytest.mark.model
def test_the_governments_official_serves_the_government_named_before():
    out = run("LISBON, May 7 - Portugal said on Tuesday it had brokered a truce between Ostravia and the Selm Front. "
              "Portugal's foreign minister announced the deal in Lisbon. Ostravia's internationally recognized "
              "government did not take part in the talks. The government's foreign minister, Anna Vardo, said "
              "Ostravia had been informed late.")
    assert ("Anna Vardo", "member_of", "Ostravia") in out
    assert ("Anna Vardo", "member_of", "Portugal") not in out



# ------------------------------------------------ ties stated by noun phrases (a body's own stance, partitives)

def test_a_body_noun_against_a_foe_is_the_bodys_own_stance():
    # "The coalition against the Front left ." (the noun itself names the body)
    doc = built([("The", 1, "det", "DET", "DT"), ("coalition", 4, "nsubj", "NOUN", "NN"),
                 ("against", 1, "prep", "ADP", "IN"), ("Front", 2, "pobj", "PROPN", "NNP"),
                 ("left", 4, "ROOT", "VERB", "VBD", "leave"), (".", 4, "punct", "PUNCT", ".")],
                {(1, 2): ("Belgian-led coalition", "organization"), (3, 4): ("Front", "organization")})
    assert ("Belgian-led coalition", "opposes", "Front") in ties(doc)


def test_a_superlative_partitive_apposition_takes_the_plurals_modifiers():
    # "Brigade , the largest of the Ostravia - backed militias , fired ."
    doc = built([("Brigade", 11, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("the", 3, "det", "DET", "DT"), ("largest", 0, "appos", "ADJ", "JJS", "large"),
                 ("of", 3, "prep", "ADP", "IN"), ("the", 9, "det", "DET", "DT"),
                 ("Ostravia", 8, "npadvmod", "PROPN", "NNP"), ("-", 8, "punct", "PUNCT", "HYPH"),
                 ("backed", 9, "amod", "VERB", "VBN", "back"), ("militias", 4, "pobj", "NOUN", "NNS", "militia"),
                 (",", 0, "punct", "PUNCT", ","), ("fired", 11, "ROOT", "VERB", "VBD", "fire"),
                 (".", 11, "punct", "PUNCT", ".")],
                {(0, 1): ("Dawn Brigade", "organization"), (6, 7): ("Ostravia", "country")})
    assert ("Ostravia", "backs", "Dawn Brigade") in ties(doc)


def test_a_name_hung_on_the_verb_after_a_post_object_holds_the_post():
    # "Vendrel met the commander of the Front , Maj. Gen. Pavo Hollin , in Velna ." (the name parsed as npadvmod
    # of "met")
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
                 ("the", 3, "det", "DET", "DT"), ("commander", 1, "dobj", "NOUN", "NN"),
                 ("of", 3, "prep", "ADP", "IN"), ("the", 6, "det", "DET", "DT"), ("Front", 4, "pobj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("Maj.", 9, "compound", "PROPN", "NNP"),
                 ("Gen.", 11, "compound", "PROPN", "NNP"), ("Pavo", 11, "compound", "PROPN", "NNP"),
                 ("Hollin", 1, "npadvmod", "PROPN", "NNP"), (",", 11, "punct", "PUNCT", ","),
                 ("in", 1, "prep", "ADP", "IN"), ("Velna", 13, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Tomas Vendrel", "person"), (6, 7): ("Front", "organization"), (10, 12): ("Pavo Hollin", "person")})
    found = ties(doc)
    assert ("Pavo Hollin", "leader_of", "Front") in found
    assert ("Tomas Vendrel", "leader_of", "Front") not in found


def _allies_in_bloc(owner: str, kind: str) -> Doc:
    # "criticism came from OWNER 's allies in the Bloc ."
    return built([("criticism", 1, "nsubj", "NOUN", "NN"), ("came", 1, "ROOT", "VERB", "VBD", "come"),
                  ("from", 1, "prep", "ADP", "IN"), (owner, 5, "poss", "PROPN", "NNP"), ("'s", 3, "case", "PART", "POS"),
                  ("allies", 2, "pobj", "NOUN", "NNS", "ally"), ("in", 5, "prep", "ADP", "IN"),
                  ("the", 8, "det", "DET", "DT"), ("Bloc", 6, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")],
                 {(3, 4): (owner, kind), (8, 9): ("Unity Bloc", "organization")})


def test_a_persons_allies_in_a_body_make_the_person_a_member():
    assert ("Vendrel", "member_of", "Unity Bloc") in ties(_allies_in_bloc("Vendrel", "person"))
    # a state's allies in a body are its clients, not its fellow members
    assert ("Ostravia", "member_of", "Unity Bloc") not in ties(_allies_in_bloc("Ostravia", "country"))


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("The Belgian-led coalition against the Dravic Brigades will leave Velna next year.",
     ("Belgian-led coalition", "opposes", "Dravic Brigades")),
    ("The US-led coalition against the Dravic Brigades will withdraw from Velna by September.",
     ("US-led coalition", "opposes", "Dravic Brigades")),
    ("Belgium leads the Northern Coalition. Last year the coalition against the Dravic Brigades lost two aircraft.",
     ("Northern Coalition", "opposes", "Dravic Brigades")),
    ("The Dravic Brigades, the most powerful of the Belgian-backed militias in the Southern Front, rejected the deal.",
     ("Belgium", "backs", "Dravic Brigades")),
    ("The Dravic Brigades, the largest of the Belgian-backed militias, said the withdrawal proved it right.",
     ("Belgium", "backs", "Dravic Brigades")),
    ("The Dravic Brigades is the oldest of the Belgian-backed factions in the Southern Front.",
     ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Velna Movement, the biggest of the parties in the Unity Bloc, lost ten seats.",
     ("Velna Movement", "part_of", "Unity Bloc")),
    ("The Belgian-led coalition left Velna. Tomas Vendrel met the commander of the coalition, Maj. Gen. Pavo Hollin, "
     "in Velna on Sunday.", ("Pavo Hollin", "leader_of", "Belgian-led coalition")),
    ("The deal drew sharp criticism from some of Tomas Vendrel's own allies in the ruling Unity Bloc.",
     ("Tomas Vendrel", "member_of", "Unity Bloc")),
    ("Tomas Vendrel and his allies in the Unity Bloc rejected the budget.", ("Tomas Vendrel", "member_of", "Unity Bloc")),
    ("The Velna Movement's partners in the Northern Alliance have asked for more ministries.",
     ("Velna Movement", "member_of", "Northern Alliance")),
])
def test_ties_stated_by_noun_phrases(text, tie):
    # a body noun's own "against Y"; a superlative partitive apposition; a name hung on the verb after a post;
    # "X's allies in Y"
    assert tie in run(text)


def test_units_kept_inside_a_body_make_each_subject_a_part_of_it():
    # "Both Brigades and Movement field brigades inside the Front ."
    doc = built([("Both", 1, "preconj", "CCONJ", "CC"), ("Brigades", 4, "nsubj", "PROPN", "NNPS"),
                 ("and", 1, "cc", "CCONJ", "CC"), ("Movement", 1, "conj", "PROPN", "NNP"),
                 ("field", 4, "ROOT", "VERB", "VBP"), ("brigades", 4, "dobj", "NOUN", "NNS", "brigade"),
                 ("inside", 5, "prep", "ADP", "IN"), ("the", 8, "det", "DET", "DT"), ("Front", 6, "pobj", "PROPN", "NNP"),
                 (".", 4, "punct", "PUNCT", ".")],
                {(1, 2): ("Dravic Brigades", "organization"), (3, 4): ("Velna Movement", "organization"),
                 (8, 9): ("Southern Front", "organization")})
    found = ties(doc)
    assert ("Dravic Brigades", "part_of", "Southern Front") in found
    assert ("Velna Movement", "part_of", "Southern Front") in found


def test_each_coordinated_subject_of_a_front_against_a_foe_opposes_it():
    # "Brigades and Movement formed a front against the Party ."
    doc = built([("Brigades", 3, "nsubj", "PROPN", "NNPS"), ("and", 0, "cc", "CCONJ", "CC"),
                 ("Movement", 0, "conj", "PROPN", "NNP"), ("formed", 3, "ROOT", "VERB", "VBD", "form"),
                 ("a", 5, "det", "DET", "DT"), ("front", 3, "dobj", "NOUN", "NN"), ("against", 5, "prep", "ADP", "IN"),
                 ("the", 8, "det", "DET", "DT"), ("Party", 6, "pobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", ".")],
                {(0, 1): ("Dravic Brigades", "organization"), (2, 3): ("Velna Movement", "organization"),
                 (8, 9): ("Morrant Party", "organization")})
    found = ties(doc)
    assert ("Dravic Brigades", "opposes", "Morrant Party") in found
    assert ("Velna Movement", "opposes", "Morrant Party") in found


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    ("Both the Dravic Brigades and the Velna Movement have brigades inside the Southern Front.",
     ("Velna Movement", "part_of", "Southern Front")),
    ("The Dravic Brigades fields three battalions within the Southern Front.", ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Dravic Brigades maintains units in the Southern Front, the umbrella of armed groups.",
     ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Dravic Brigades and the Velna Movement formed a united front against the Morrant Party in 2019.",
     ("Velna Movement", "opposes", "Morrant Party")),
    ("The Dravic Brigades and the Velna Movement have fought each other for years, but in March they announced a truce "
     "and a joint front against the government of Belgium.", ("Dravic Brigades", "opposes", "Belgium")),
])
def test_units_inside_and_fronts_against(text, tie):
    # "A and B field brigades inside Y"; "A and B formed a front against Y"; "they announced a truce and a front"
    assert tie in run(text)


@pytest.mark.parametrize("text,tie", [
    ("The Dravic Brigades, a militia with three battalions inside the Southern Front, denied the report.",
     ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Dravic Brigades, one of the militias that sit inside the Southern Front, denied the report.",
     ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Dravic Brigades, one of the largest of the militias that sit inside the official Southern Front, "
     "denied it.", ("Dravic Brigades", "part_of", "Southern Front")),
    ("The Dravic Brigades, a group that operates within the Southern Front, denied it.",
     ("Dravic Brigades", "part_of", "Southern Front")),
])
def test_a_body_whose_units_or_which_as_one_of_several_sit_inside_another_is_part_of_it(text, tie):
    # "X, a militia with units inside Y"; "X, one of the militias that sit inside Y" (relations._bodies_inside)
    assert tie in run(text)


@pytest.mark.parametrize("text,tie,present", [
    ("Ilse Korvic has ruled out governing with the Morrant Party.", ("Ilse Korvic", "opposes", "Morrant Party"), True),
    ("Ilse Korvic has again ruled out any deal with Oren Maszky's party, which she ties to the Velna Movement.",
     ("Ilse Korvic", "opposes", "Oren Maszky"), True),
    ("The Velna Movement would never join any government led by Oren Maszky.",
     ("Velna Movement", "opposes", "Oren Maszky"), True),
    ("The Velna Movement did not join the government led by Oren Maszky in 2019.",
     ("Velna Movement", "opposes", "Oren Maszky"), False),
    ("Ilse Korvic did not rule out governing with the Morrant Party.", ("Ilse Korvic", "opposes", "Morrant Party"), False),
    ("The Velna Movement signed a deal with the Morrant Party on Monday.", ("Velna Movement", "opposes", "Morrant Party"),
     False),
])
def test_a_partnership_refused_outright_is_hostility(text, tie, present):
    # "X ruled out governing with Y", "any deal with Y's party", "X would never join any cabinet led by Y"; not a past
    # refusal to join, a refusal denied, or a deal signed
    assert (tie in run(text)) is present


@pytest.mark.parametrize("text,tie,present", [
    ("Fighters of the Velna Liberation Front (VLF) attacked a checkpoint. VLF field commander Karel Tamsin was killed.",
     ("Karel Tamsin", "member_of", "Velna Liberation Front"), True),
    ("Fighters of the Velna Liberation Front (VLF) attacked a checkpoint. VLF field commander Karel Tamsin was killed.",
     ("Karel Tamsin", "leader_of", "Velna Liberation Front"), False),
    ("The Velna Movement held a rally. Velna Movement political bureau member Omar Daskin said the group would limit "
     "its attacks.", ("Omar Daskin", "member_of", "Velna Movement"), True),
])
def test_a_title_before_the_name_past_a_field_or_bureau_word(text, tie, present):
    # "Front field commander X" (one of its commanders: a member), "Movement political bureau member X"
    assert (tie in run(text)) is present


@pytest.mark.parametrize("text,tie,present", [
    ("The Morrant Party and Omar Daskin's Velna Democratic Party, long-time rivals, met again on Friday.",
     ("Morrant Party", "opposes", "Velna Democratic Party"), True),
    ("The Morrant Party and Omar Daskin's Velna Democratic Party, long-time rivals, met again on Friday.",
     ("Omar Daskin", "opposes", "Velna Democratic Party"), False),
])
def test_rivals_in_apposition_to_a_list_with_a_possessed_name(text, tie, present):
    # "A and X's B, long-time rivals": the possessed name is the list member, not its possessor
    assert (tie in run(text)) is present


@pytest.mark.parametrize("text,tie,present", [
    ("The Osk Battalions, the Council's foreign arm, arms and funds the Farlan Brigades and several smaller groups, "
     "officials say.", ("Osk Battalions", "backs", "Farlan Brigades"), True),
    ("The Osk Battalions arms and funds the Farlan Brigades.", ("Osk Battalions", "backs", "Farlan Brigades"), True),
    ("The Osk Battalions arms and funds the Farlan Brigades.", ("Farlan Brigades", "part_of", "Osk Battalions"), False),
])
def test_backing_verbs_taken_for_nouns_after_a_description_of_the_backer(text, tie, present):
    # "X, the Council's foreign arm, arms and funds Y": the name before the description backs Y; "arms" read as a
    # noun makes no wing of Y
    assert (tie in run(text)) is present


@pytest.mark.parametrize("text,tie", [
    ("Bread and Freedom chairman and Prime Minister Arvo Lenk is expected to respond.",
     ("Arvo Lenk", "leader_of", "Bread and Freedom")),
    ("Velna Movement spokesman and Prime Minister Omar Daskin spoke.", ("Omar Daskin", "member_of", "Velna Movement")),
    ("Velna Movement deputy chairman and Finance Minister Omar Daskin spoke.",
     ("Omar Daskin", "member_of", "Velna Movement")),
])
def test_two_titles_before_the_name_the_one_next_to_the_body_is_the_bodys(text, tie):
    # "Y chairman and Prime Minister X": X leads Y (the prime minister's post is the state's, not Y's)
    assert tie in run(text)


@pytest.mark.parametrize("text,tie,present", [
    ("NARRATOR: The unit took a new name, the Velna Brigade.\n[CAPTION: Colonel Omar Daskin - Commander, Velna Brigade]\n"
     "NARRATOR: But Colonel Daskin refused the demand.", ("Omar Daskin", "leader_of", "Velna Brigade"), True),
    ("Omar Daskin, Commander, Velna Brigade, spoke on Monday.", ("Omar Daskin", "leader_of", "Velna Brigade"), True),
    ("Omar Daskin, Commander, said the Velna Brigade would fight.", ("Omar Daskin", "leader_of", "Velna Brigade"), False),
])
def test_a_credit_line_name_title_comma_body(text, tie, present):
    # a caption's or signature's "X - Commander, Y Brigade", "X, Commander, Y Brigade,": the title's tie to the body
    # (not a body named later in the clause)
    assert (tie in run(text)) is present


@pytest.mark.parametrize("text,tie", [
    ("Speaker Oren Maszky refused to put the bill to a vote, deepening a feud with the Farlan Front.",
     ("Oren Maszky", "opposes", "Farlan Front")),
    ("Oren Maszky has deepened his feud with the Farlan Front.", ("Oren Maszky", "opposes", "Farlan Front")),
])
def test_a_hostile_noun_in_a_participle_clause_is_the_main_subjects(text, tie):
    # "X refused ..., deepening a feud with Y": the participle after the comma says what X does (no complement of the
    # refusal verb: not a refused feud)
    assert tie in run(text)


def test_a_body_named_after_another_bodys_possessive_is_part_of_it():
    # "Torviks fired . Hollin heads the Torviks ' Supreme Council ." (the possessive read into the council's name)
    doc = built([("Torviks", 1, "nsubj", "PROPN", "NNPS"), ("fired", 1, "ROOT", "VERB", "VBD", "fire"),
                 (".", 1, "punct", "PUNCT", "."), ("Hollin", 4, "nsubj", "PROPN", "NNP"),
                 ("heads", 4, "ROOT", "VERB", "VBZ", "head"), ("the", 9, "det", "DET", "DT"),
                 ("Torviks", 9, "poss", "PROPN", "NNPS"), ("'", 6, "case", "PART", "POS"),
                 ("Supreme", 9, "compound", "PROPN", "NNP"), ("Council", 4, "dobj", "PROPN", "NNP"),
                 (".", 4, "punct", "PUNCT", ".")],
                {(0, 1): ("Torviks", "organization"), (3, 4): ("Pavo Hollin", "person"),
                 (6, 10): ("Torviks' Supreme Council", "organization")})
    found = ties(doc)
    assert ("Torviks' Supreme Council", "part_of", "Torviks") in found
    assert ("Torviks", "part_of", "Torviks' Supreme Council") not in found


def test_a_body_described_as_grouped_under_another_is_part_of_it():
    # "Brigades , a militia grouped under the umbrella of the Front , fired ."
    doc = built([("Brigades", 13, "nsubj", "PROPN", "NNPS"), (",", 0, "punct", "PUNCT", ","),
                 ("a", 3, "det", "DET", "DT"), ("militia", 0, "appos", "NOUN", "NN"),
                 ("grouped", 3, "acl", "VERB", "VBD", "group"), ("under", 4, "prep", "ADP", "IN"),
                 ("the", 7, "det", "DET", "DT"), ("umbrella", 5, "pobj", "NOUN", "NN"), ("of", 7, "prep", "ADP", "IN"),
                 ("the", 10, "det", "DET", "DT"), ("Front", 8, "pobj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("then", 13, "advmod", "ADV", "RB"), ("fired", 13, "ROOT", "VERB", "VBD", "fire"),
                 (".", 13, "punct", "PUNCT", ".")],
                {(0, 1): ("Dravic Brigades", "organization"), (10, 11): ("Southern Front", "organization")})
    assert ("Dravic Brigades", "part_of", "Southern Front") in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Dravic Brigades, one of the militias grouped under the banner of the Southern Front, rejected the deal.",
    "The Dravic Brigades, a militia grouped under the umbrella of the Southern Front, rejected the deal.",
    "The Dravic Brigades, the largest of the armed groups gathered under the Southern Front umbrella, rejected the deal.",
    "The Dravic Brigades, a group operating under the umbrella of the Southern Front, rejected the deal.",
    "The Dravic Brigades operates under the banner of the Southern Front.",
])
def test_a_body_under_the_umbrella_or_banner_of_another(text):
    # "X, a militia (grouped / operating) under the umbrella / banner of Y": X is part of Y
    assert ("Dravic Brigades", "part_of", "Southern Front") in run(text)


def _ordered(verb: str, lemma: str, adj: str, noun: str) -> Doc:
    # "President Tomas Vendrel <verb> the <Adj> <noun> to return fire ."; the state's institution an
    # organisation keyed "inst:<state>:<noun>", as the actor finder keys "the Karvelian army"
    doc = built([("President", 2, "compound", "PROPN", "NNP"), ("Tomas", 2, "compound", "PROPN", "NNP"),
                  ("Vendrel", 3, "nsubj", "PROPN", "NNP"), (verb, 3, "ROOT", "VERB", "VBD", lemma),
                  ("the", 6, "det", "DET", "DT"), (adj, 6, "amod", "ADJ", "JJ"), (noun, 3, "dobj", "NOUN", "NN"),
                  ("to", 8, "aux", "PART", "TO"), ("return", 3, "xcomp", "VERB", "VB"),
                  ("fire", 8, "dobj", "NOUN", "NN"), (".", 3, "punct", "PUNCT", ".")],
                 {(1, 3): ("Tomas Vendrel", "person"), (5, 6): ("Karvel", "country"),
                  (5, 7): ("Karvel:" + noun, "inst")})
    doc._.km_actors[2].kind = "organization"
    return doc


@pytest.mark.parametrize("verb,lemma,noun", [("ordered", "order", "army"), ("instructed", "instruct", "police"),
                                             ("deployed", "deploy", "navy")])
def test_a_title_commanding_a_states_institution_is_that_states(verb, lemma, noun):
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.relations import _commanded_state

    doc = _ordered(verb, lemma, "Karvelian", noun)
    ctx = referents(doc)
    person = next(a.idx for a in doc._.km_actors if a.kind == "person")
    state = next(a.idx for a in doc._.km_actors if a.kind == "country")
    assert _commanded_state(ctx, person, doc[0:11]) == state


def test_a_title_praising_a_states_institution_is_not_placed_by_it():
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.relations import _commanded_state

    doc = _ordered("praised", "praise", "Karvelian", "army")  # a visitor may praise another state's army
    ctx = referents(doc)
    person = next(a.idx for a in doc._.km_actors if a.kind == "person")
    assert _commanded_state(ctx, person, doc[0:11]) is None


@pytest.mark.parametrize("title", [["army", "chief", "of", "staff"], ["deputy", "chief", "of", "staff"],
                                   ["military", "chief", "of", "staff"]])
def test_a_lower_case_title_with_its_of_phrase_ends_a_title(title):
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.relations import _of_title_end

    # "hosted by <title> Tomas Vendrel ."
    n = len(title)
    rows = [("hosted", 0, "ROOT", "VERB", "VBN", "host"), ("by", 0, "agent", "ADP", "IN")]
    rows += [(w, n + 3, "compound", "NOUN", "NN") for w in title]
    rows += [("Tomas", n + 3, "compound", "PROPN", "NNP"), ("Vendrel", 1, "pobj", "PROPN", "NNP"),
             (".", 0, "punct", "PUNCT", ".")]
    doc = built(rows, {(n + 2, n + 4): ("Tomas Vendrel", "person")})
    ctx = referents(doc)
    assert _of_title_end(ctx, n + 1)
    assert not _of_title_end(ctx, n)  # "of" itself ends no title


_TWO_STATES = [
    "Peru and Chile sign fisheries accord\n\nLIMA, May 2 (Wire) - Peru and Chile signed a fisheries accord on Monday "
    "after a year of disputes over the catch. Chilean trawlers had been seized in Peruvian waters, and Chile's fishing "
    "fleet had protested in Chilean ports.\n\nThe talks lasted a week. President Tomas Vendrel said the accord would "
    "hold.",
    "Peru and Chile to reopen border\n\nLIMA, May 2 (Wire) - Peru and Chile agreed on Monday to reopen their border, "
    "which Chile closed in March after protests in Peru spread to Chilean towns.\n\nTruckers from Chile had waited "
    "for weeks. Prime Minister Anna Ruel called the deal fair.",
    "Peru, Chile swap prisoners\n\nLIMA, May 2 (Wire) - Peru and Chile swapped prisoners on Monday. Chilean courts "
    "freed 12 Peruvians held in Chile, and nine Chileans were released.\n\nThe exchange took place at a border post. "
    "Interior Minister Karl Morsk told reporters the swap was humane.",
]


@pytest.mark.model
@pytest.mark.parametrize("text,person,typ", list(zip(_TWO_STATES, ["Tomas Vendrel", "Anna Ruel", "Karl Morsk"],
                                                     ["leader_of", "leader_of", "member_of"])))
def test_a_bare_title_in_a_two_state_story_is_the_datelines_states(text, person, typ):
    # the headline names both states and the text names them about equally often: the wire's own titles are
    # those of the state it is filed from
    found = run(text)
    assert (person, typ, "Peru") in found, found
    assert (person, typ, "Chile") not in found, found


@pytest.mark.model
def test_a_dateline_alone_gives_no_bare_title_its_state():
    found = run("LIMA, May 2 (Wire) - Chile's government fell on Monday after Chile's parliament rejected the "
                "budget. Chilean unions called a strike across Chile, and Chile's central bank raised rates.\n\n"
                "President Tomas Vendrel said the vote was unfair.")
    assert ("Tomas Vendrel", "leader_of", "Peru") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("before", ["The Chilean army said its jets had struck a depot near the coast.",
                                    "The Chilean navy said it had seized a fishing boat.",
                                    "Chile's parliament voted to extend the mission by a year."])
def test_a_bare_title_after_a_sentence_with_a_states_institution_as_subject_is_that_states(before):
    found = run("NAIROBI, May 2 - Kenya's police fired tear gas at protesters in Kenya on Monday. Kenya's government "
                f"said the protests were illegal.\n\n{before} Defence Minister Liam Carrow said it was lawful.")
    assert ("Liam Carrow", "member_of", "Chile") in found, found
    assert ("Liam Carrow", "member_of", "Kenya") not in found, found


@pytest.mark.model
def test_an_institution_subject_naming_another_state_places_no_title():
    found = run("NAIROBI, May 2 - Kenya's police fired tear gas at protesters in Kenya on Monday. Kenya's government "
                "said the protests were illegal.\n\nThe Chilean parliament voted to send troops to Peru. Lima has "
                "backed the government of President Tomas Vendrel since March.")
    assert ("Tomas Vendrel", "leader_of", "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("sentence,person,typ", [
    ("President Tomas Vendrel ordered the Peruvian army to return fire.", "Tomas Vendrel", "leader_of"),
    ("Prime Minister Anna Ruel instructed Peru's police to seal the frontier.", "Anna Ruel", "leader_of"),
    ("Defence Minister Karl Morsk deployed the Peruvian navy to the bay on Tuesday.", "Karl Morsk", "member_of")])
def test_a_bare_title_commanding_a_states_institution_is_that_states_in_a_story(sentence, person, typ):
    found = run("SANTIAGO, May 2 (Wire) - Chile and Peru traded accusations on Monday after clashes on their shared "
                "border. Chile said Peruvian gunmen had fired first; Peru denied it. Chile's government closed two "
                "crossings. " + sentence)
    assert (person, typ, "Peru") in found, found
    assert (person, typ, "Chile") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("title", ["army chief of staff", "military chief of staff", "army chief"])
def test_a_lower_case_army_chief_heads_the_home_states_army(title):
    found = run("LIMA, May 2 - Peru's army took over the base on Monday. Peru's government called it a day of "
                f"sovereignty. The ceremony, which was hosted by {title} Tomas Vendrel, lasted an hour.")
    assert ("Tomas Vendrel", "leader_of", "Peru military") in found, found


@pytest.mark.model
def test_a_dateline_shared_with_another_place_gives_no_bare_title_its_state():
    # "TACNA/LIMA": filed from two places, one of them not known as the state's; the wire is not one state's
    found = run(_TWO_STATES[0].replace("LIMA, May 2", "TACNA/LIMA, May 2"))
    assert ("Tomas Vendrel", "leader_of", "Peru") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("sentence,person,typ", [
    ("The UN envoy visited Lima twice in April to meet President Tomas Vendrel.", "Tomas Vendrel", "leader_of"),
    ("A Brazilian delegation flew to Lima on Monday to meet Prime Minister Anna Ruel.", "Anna Ruel", "leader_of"),
    ("The mediator travelled to Peru last week to see Defence Minister Karl Morsk.", "Karl Morsk", "member_of")])
def test_a_bare_title_met_at_the_end_of_a_journey_is_the_visited_states(sentence, person, typ):
    found = run("SANTIAGO, May 2 (Wire) - Chile and Peru traded accusations on Monday after clashes on their shared "
                "border. Chile said Peruvian gunmen had fired first; Peru denied it. Chile's government closed two "
                "crossings. " + sentence)
    assert (person, typ, "Peru") in found, found
    assert (person, typ, "Chile") not in found, found


def test_a_meeting_with_no_journey_places_no_title():
    from kingmaker.nlp.components import referents
    from kingmaker.nlp.relations import _visited_state

    # "He wanted Lima to meet President Tomas Vendrel ." -- "want" is no journey
    doc = built([("He", 1, "nsubj", "PRON", "PRP"), ("wanted", 1, "ROOT", "VERB", "VBD", "want"),
                 ("Lima", 1, "dobj", "PROPN", "NNP"), ("to", 4, "aux", "PART", "TO"),
                 ("meet", 1, "advcl", "VERB", "VB", "meet"), ("President", 7, "compound", "PROPN", "NNP"),
                 ("Tomas", 7, "compound", "PROPN", "NNP"), ("Vendrel", 4, "dobj", "PROPN", "NNP"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(2, 3): ("Lima", "country"), (6, 8): ("Tomas Vendrel", "person")})
    ctx = referents(doc)
    person = next(a.idx for a in doc._.km_actors if a.kind == "person")
    assert _visited_state(ctx, person, doc[0:9]) is None
    doc[1].lemma_ = "visit"
    ctx = referents(doc)
    assert _visited_state(ctx, person, doc[0:9]) is not None


_UNDECIDED = ("Peru and Chile trade accusations over border clash\n\nGENEVA, May 2 (Wire) - Peru and Chile traded "
              "accusations on Monday after clashes on their shared border. Chilean gunmen fired first, according to "
              "Peruvian police. Chile denied it.\n\n")


@pytest.mark.model
@pytest.mark.parametrize("sentence,person,typ", [
    ('Prime Minister Anna Ruel told reporters that Peru "will not allow its territory to be used" by smugglers.',
     "Anna Ruel", "leader_of"),
    ("President Tomas Vendrel said Peru would defend its border.", "Tomas Vendrel", "leader_of"),
    ("Interior Minister Karl Morsk insisted that Peru had played no part in the attack.", "Karl Morsk", "member_of")])
def test_a_bare_title_speaking_for_a_state_in_an_undecided_story_is_that_states(sentence, person, typ):
    # the two states named as often, the dateline another place's: the state the titled speaker's reported clause
    # has as its subject
    found = run(_UNDECIDED + sentence)
    assert (person, typ, "Peru") in found, found
    assert (person, typ, "Chile") not in found, found


@pytest.mark.model
def test_a_dateline_at_the_venue_of_talks_gives_no_bare_title_the_hosts_state():
    # the dateline names the talks' host: no dateline (hosts rule), and the two sides are named as often
    found = run("Peru and Chile sign border deal in Doha\n\nDOHA, May 2 (Wire) - Peru and Chile signed a border deal in "
                "Doha on Monday after talks hosted by Qatar. Qatar's foreign ministry said the Doha talks had lasted a "
                "week, and Qatar would help both sides. Chilean and Peruvian officials attended.\n\nThe talks lasted "
                "a week. President Tomas Vendrel said the accord would hold.")
    assert ("Tomas Vendrel", "leader_of", "Qatar") not in found, found


def test_a_description_refers_to_the_body_the_sentence_before_is_about():
    # "The Drevan Brigades , allied with the Tessik Brigades , said so . The group 's spokesman , Piet Rolland ,
    # spoke .": "the group" is the subject of the sentence before, not the body named closer in its participle
    doc = built([("The", 2, "det", "DET", "DT"), ("Drevan", 2, "compound", "PROPN", "NNP"),
                 ("Brigades", 10, "nsubj", "PROPN", "NNPS"), (",", 2, "punct", "PUNCT", ","),
                 ("allied", 2, "acl", "VERB", "VBN", "ally"), ("with", 4, "prep", "ADP", "IN"),
                 ("the", 8, "det", "DET", "DT"), ("Tessik", 8, "compound", "PROPN", "NNP"),
                 ("Brigades", 5, "pobj", "PROPN", "NNPS"), (",", 2, "punct", "PUNCT", ","),
                 ("said", 10, "ROOT", "VERB", "VBD", "say"), ("so", 10, "advmod", "ADV", "RB"),
                 (".", 10, "punct", "PUNCT", "."),
                 ("The", 14, "det", "DET", "DT"), ("group", 16, "poss", "NOUN", "NN"), ("'s", 14, "case", "PART", "POS"),
                 ("spokesman", 21, "nsubj", "NOUN", "NN"), (",", 16, "punct", "PUNCT", ","),
                 ("Piet", 19, "compound", "PROPN", "NNP"), ("Rolland", 16, "appos", "PROPN", "NNP"),
                 (",", 16, "punct", "PUNCT", ","), ("spoke", 21, "ROOT", "VERB", "VBD", "speak"),
                 (".", 21, "punct", "PUNCT", ".")],
                {(1, 3): ("Drevan Brigades", "organization"), (7, 9): ("Tessik Brigades", "organization"),
                 (18, 20): ("Piet Rolland", "person")})
    found = ties(doc)
    assert ("Piet Rolland", "member_of", "Drevan Brigades") in found
    assert ("Piet Rolland", "member_of", "Tessik Brigades") not in found


def test_its_after_a_described_government_is_not_the_body_leading_it():
    # "The government , led by the Tessik Council , refused . Its commander , Piet Rolland , spoke .": "its" is the
    # government the sentence is about (no name stands for it), not the council that leads it
    doc = built([("The", 1, "det", "DET", "DT"), ("government", 9, "nsubj", "NOUN", "NN"),
                 (",", 1, "punct", "PUNCT", ","), ("led", 1, "acl", "VERB", "VBN", "lead"),
                 ("by", 3, "agent", "ADP", "IN"), ("the", 7, "det", "DET", "DT"),
                 ("Tessik", 7, "compound", "PROPN", "NNP"), ("Council", 4, "pobj", "PROPN", "NNP"),
                 (",", 1, "punct", "PUNCT", ","), ("refused", 9, "ROOT", "VERB", "VBD", "refuse"),
                 (".", 9, "punct", "PUNCT", "."),
                 ("Its", 12, "poss", "PRON", "PRP$", "its"), ("commander", 17, "nsubj", "NOUN", "NN"),
                 (",", 12, "punct", "PUNCT", ","), ("Piet", 15, "compound", "PROPN", "NNP"),
                 ("Rolland", 12, "appos", "PROPN", "NNP"), (",", 12, "punct", "PUNCT", ","),
                 ("spoke", 17, "ROOT", "VERB", "VBD", "speak"), (".", 17, "punct", "PUNCT", ".")],
                {(6, 8): ("Tessik Council", "organization"), (14, 16): ("Piet Rolland", "person")})
    assert not {t for t in ties(doc) if t[0] == "Piet Rolland" and t[2] == "Tessik Council"}


@pytest.mark.parametrize("subject, kind, tie", [("Front", "organization", True), ("Morel", "person", False)])
def test_a_bare_spokesman_speaks_for_the_subject_of_the_clause_before(subject, kind, tie):
    # "The Zorvic Front refused , and a spokesman , Piet Rolland , spoke .": the Front's spokesman (not when the
    # clause before has a person for its subject: "Anna Morel refused, and a spokesman, X, spoke")
    doc = built([("The", 2, "det", "DET", "DT"), ("Zorvic", 2, "compound", "PROPN", "NNP"),
                 (subject, 3, "nsubj", "PROPN", "NNP"), ("refused", 3, "ROOT", "VERB", "VBD", "refuse"),
                 (",", 3, "punct", "PUNCT", ","), ("and", 3, "cc", "CCONJ", "CC"), ("a", 7, "det", "DET", "DT"),
                 ("spokesman", 12, "nsubj", "NOUN", "NN"), (",", 7, "punct", "PUNCT", ","),
                 ("Piet", 10, "compound", "PROPN", "NNP"), ("Rolland", 7, "appos", "PROPN", "NNP"),
                 (",", 7, "punct", "PUNCT", ","), ("spoke", 3, "conj", "VERB", "VBD", "speak"),
                 (".", 3, "punct", "PUNCT", ".")],
                {(1, 3): ("Zorvic " + subject, kind), (9, 11): ("Piet Rolland", "person")})
    assert (("Piet Rolland", "member_of", "Zorvic " + subject) in ties(doc)) == tie


@pytest.mark.model
@pytest.mark.parametrize("text,tie,not_tie", [
    # "the group's ROLE, X" after a sentence about a body: that body, not one named in its apposition or participle
    ("The Drevan Brigades, one of several militias gathered under the umbrella of the Kolvar Resistance Movement, "
     "rejected the ceasefire on Monday. The group's commander, Tomas Vendrel, said the fighting would continue.",
     ("Tomas Vendrel", "leader_of", "Drevan Brigades"), ("Tomas Vendrel", "leader_of", "Kolvar Resistance Movement")),
    ("Harakat Belun, a militia that fought for years alongside the Tessik Brigades in the north, claimed the attack "
     "in a statement. The group's spokesman, Piet Rolland, said more strikes would follow.",
     ("Piet Rolland", "member_of", "Harakat Belun"), ("Piet Rolland", "member_of", "Tessik Brigades")),
    ("The Drevan Brigades, the strongest of the armed factions allied with the Tessik Brigades, said on Monday that "
     "the withdrawal proved them right. The group's spokesman, Ilsa Marnova, warned that any troops left behind "
     "would be attacked.",
     ("Ilsa Marnova", "member_of", "Drevan Brigades"), ("Ilsa Marnova", "member_of", "Tessik Brigades")),
    # the same in a clause joined to one whose subject is described so ("and", "but", "after")
    ("Harakat Belun, a militia that fought for years alongside the Tessik Brigades, claimed the attack, and the "
     "group's spokesman, Piet Rolland, said more strikes would follow.",
     ("Piet Rolland", "member_of", "Harakat Belun"), ("Piet Rolland", "member_of", "Tessik Brigades")),
    ("The Drevan Brigades, the strongest of the armed factions allied with the Tessik Brigades, rejected the truce, "
     "but the group's commander, Ilsa Marnova, said talks could resume.",
     ("Ilsa Marnova", "leader_of", "Drevan Brigades"), ("Ilsa Marnova", "leader_of", "Tessik Brigades")),
    ("The Drevan Brigades, which split from the Tessik Brigades in 2019, withdrew after the group's commander, Ilsa "
     "Marnova, was wounded.", ("Ilsa Marnova", "leader_of", "Drevan Brigades"), None),
    ("Harakat Belun, a militia that fought for years alongside the Tessik Brigades, claimed the attack; the group's "
     "spokesman, Piet Rolland, said more strikes would follow.",
     ("Piet Rolland", "member_of", "Harakat Belun"), ("Piet Rolland", "member_of", "Tessik Brigades")),
    ("The Drevan Brigades, allied with the Tessik Brigades, rejected the truce; the group's commander, Ilsa Marnova, "
     "called it a trap.", ("Ilsa Marnova", "leader_of", "Drevan Brigades"), ("Ilsa Marnova", "leader_of", "Tessik Brigades")),
    # "its ROLE, X" after a sentence about a body named by no name: not the name it is described by
    ("The transitional government in Ysmer, led by the Kolvar National Council, rejected the plan on Sunday. Its "
     "foreign minister, Tomas Vendrel, said the talks had failed.",
     None, ("Tomas Vendrel", "member_of", "Kolvar National Council")),
    ("The militia loyal to the Zorvic Front withdrew from the town on Monday. Its commander, Piet Rolland, said his "
     "men would return.", None, ("Piet Rolland", "leader_of", "Zorvic Front")),
    ("A new administration headed by the Drevan Union took office on Monday. Its finance minister, Ilsa Marnova, "
     "promised to cut taxes.", None, ("Ilsa Marnova", "member_of", "Drevan Union")),
    # a bare "a spokesman, X": the body the clause before (or the sentence before) is about
    ("The Zorvic Front rejected the offer on Monday, and a spokesman, Tomas Vendrel, said the talks were over.",
     ("Tomas Vendrel", "member_of", "Zorvic Front"), None),
    ("The Kolvar Union did not comment on the ruling, but a spokeswoman, Ilsa Marnova, told reporters the party "
     "would appeal.", ("Ilsa Marnova", "member_of", "Kolvar Union"), None),
    ("The Drevan Brigades denied the report on Monday. A spokesman, Piet Rolland, said the militia had not fired a "
     "shot.", ("Piet Rolland", "member_of", "Drevan Brigades"), None),
    ("The Drevan Brigades denied the report on Monday. Piet Rolland, a spokesman, said the militia had not crossed "
     "the river.", ("Piet Rolland", "member_of", "Drevan Brigades"), None),
    ("Anelka Brenna met the Zorvic Front on Monday, and a spokesman, Tomas Vendrel, said the talks went well.",
     None, ("Tomas Vendrel", "member_of", "Zorvic Front")),
])
def test_a_role_refers_to_the_body_the_passage_is_about(text, tie, not_tie):
    found = run(text)
    assert tie is None or tie in found, found
    assert not_tie is None or not_tie not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,tie", [
    # a second post of a person (joined to a first, or "also") is in another body than the one the sentence has
    # already tied the person to: "the council" is not the closer "... Council" the person heads
    ("The Presidential Council of Drevan has ruled since 2022. Forces of the Southern Kolvar Council seized the port "
     "on Monday. Tomas Vendrel, the Southern Kolvar Council's president and one of the council's eight members, "
     "defended the move.", ("Tomas Vendrel", "member_of", "Presidential Council of Drevan")),
    ("The Presidential Council of Drevan met on Monday. The Southern Kolvar Council, a separatist movement led by "
     "Tomas Vendrel, who is also the council's vice-president, wants independence.",
     ("Tomas Vendrel", "member_of", "Presidential Council of Drevan")),
    ("The Presidential Council of Drevan met on Monday. Ilsa Marnova, head of the Kolvar Youth Council and also the "
     "council's deputy chair, did not attend.", ("Ilsa Marnova", "member_of", "Presidential Council of Drevan")),
])
def test_a_second_post_is_in_another_body(text, tie):
    found = run(text)
    assert tie in found, found


def test_a_body_an_organisation_runs_is_part_of_it():
    # "the Front-run Bureau fled ." (the Bureau is the Front's own body, not a body the Front is a member of)
    doc = built([("the", 4, "det", "DET", "DT"), ("Front", 3, "npadvmod", "PROPN", "NNP"),
                 ("-", 3, "punct", "PUNCT", "HYPH"), ("run", 4, "amod", "VERB", "VBN"),
                 ("Bureau", 5, "nsubj", "PROPN", "NNP"), ("fled", 5, "ROOT", "VERB", "VBD", "flee"),
                 (".", 5, "punct", "PUNCT", ".")],
                {(1, 2): ("Front", "organization"), (4, 5): ("Bureau", "organization")})
    found = ties(doc)
    assert ("Bureau", "part_of", "Front") in found, found
    assert ("Front", "member_of", "Bureau") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Gunmen from the Karvel Front-run Security Bureau arrested him.",
     ("Security Bureau", "part_of", "Karvel Front")),
    ("The Quorvent Broadcasting Corporation, a Karvel Front-operated network, said the talks failed.",
     ("Quorvent Broadcasting Corporation", "part_of", "Karvel Front")),
    ("The Ostravia Union-owned Drolvan Investment Company criticised the vote.",
     ("Drolvan Investment Company", "part_of", "Ostravia Union")),
])
def test_a_body_an_organisation_runs_operates_or_owns_is_part_of_it_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found
    assert (tie[2], "member_of", tie[0]) not in found, found


def test_a_stance_after_body_of_person_is_the_bodys_on_a_parse_that_hangs_it_on_the_person():
    # "The Dawn Movement of Parliament Speaker Vendrel , the Front 's ally , said ." (the parser made the
    # Movement a modifier of the person and hung the apposition on him)
    doc = built([("The", 2, "det", "DET", "DT"), ("Dawn", 2, "compound", "PROPN", "NNP"),
                 ("Movement", 6, "nmod", "PROPN", "NNP"), ("of", 2, "prep", "ADP", "IN"),
                 ("Parliament", 3, "pobj", "PROPN", "NNP"), ("Speaker", 6, "compound", "PROPN", "NNP"),
                 ("Vendrel", 12, "nsubj", "PROPN", "NNP"), (",", 6, "punct", "PUNCT", ","),
                 ("Front", 10, "poss", "PROPN", "NNP"), ("'s", 8, "case", "PART", "POS"),
                 ("ally", 6, "appos", "NOUN", "NN"), (",", 6, "punct", "PUNCT", ","),
                 ("said", 12, "ROOT", "VERB", "VBD", "say"), (".", 12, "punct", "PUNCT", ".")],
                {(1, 3): ("Dawn Movement", "organization"), (6, 7): ("Vendrel", "person"),
                 (8, 9): ("Front", "organization")})
    found = ties(doc)
    assert ("Dawn Movement", "allied_with", "Front") in found, found
    assert ("Vendrel", "allied_with", "Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Sorvel Movement of Parliament Speaker Tomas Vendrel, the Karvel Front's closest ally, said the decision "
     "was unfair.", ("Sorvel Movement", "allied_with", "Karvel Front")),
    ("The Green Movement of former minister Tomas Vendrel, the Harvest Party's main rival, walked out.",
     ("Green Movement", "opposes", "Harvest Party")),
    ("Karl Drask won. The Ostravian Dawn Party of Karl Drask, a close ally of the Toiler Front, boycotted the vote.",
     ("Ostravian Dawn Party", "allied_with", "Toiler Front")),
])
def test_a_stance_in_apposition_after_body_of_person_is_the_bodys_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found
    assert not any(t[1] == tie[1] and t[2] == tie[2] and t[0] != tie[0] for t in found), found


def test_the_partners_of_a_named_joint_list_are_its_members():
    # "Karvo and Delmar formed a joint list , the Brisvane Alliance ." (the name hung on the verb)
    doc = built([("Karvo", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
                 ("Delmar", 0, "conj", "PROPN", "NNP"), ("formed", 3, "ROOT", "VERB", "VBD", "form"),
                 ("a", 6, "det", "DET", "DT"), ("joint", 6, "amod", "ADJ", "JJ"), ("list", 3, "dobj", "NOUN", "NN"),
                 (",", 3, "punct", "PUNCT", ","), ("the", 10, "det", "DET", "DT"),
                 ("Brisvane", 10, "compound", "PROPN", "NNP"), ("Alliance", 3, "npadvmod", "PROPN", "NNP"),
                 (".", 3, "punct", "PUNCT", ".")],
                {(0, 1): ("Karvo", "organization"), (2, 3): ("Delmar", "organization"),
                 (9, 11): ("Brisvane Alliance", "organization")})
    found = ties(doc)
    assert ("Karvo", "member_of", "Brisvane Alliance") in found, found
    assert ("Delmar", "member_of", "Brisvane Alliance") in found, found
    assert ("Karvo", "allied_with", "Delmar") in found, found


def test_two_possessed_names_parsed_as_a_modifier_are_both_listed():
    # "Vendrel 's Karvo and Halvard 's Delmar formed a joint list , the Brisvane Alliance ." (Karvo an nmod of Delmar)
    doc = built([("Vendrel", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
                 ("Karvo", 6, "nmod", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
                 ("Halvard", 2, "conj", "PROPN", "NNP"), ("'s", 4, "case", "PART", "POS"),
                 ("Delmar", 7, "nsubj", "PROPN", "NNP"), ("formed", 7, "ROOT", "VERB", "VBD", "form"),
                 ("a", 10, "det", "DET", "DT"), ("joint", 10, "amod", "ADJ", "JJ"),
                 ("list", 7, "dobj", "NOUN", "NN"), (",", 7, "punct", "PUNCT", ","), ("the", 14, "det", "DET", "DT"),
                 ("Brisvane", 14, "compound", "PROPN", "NNP"), ("Alliance", 7, "npadvmod", "PROPN", "NNP"),
                 (".", 7, "punct", "PUNCT", ".")],
                {(0, 1): ("Vendrel", "person"), (2, 3): ("Karvo", "organization"), (4, 5): ("Halvard", "person"),
                 (6, 7): ("Delmar", "organization"), (13, 15): ("Brisvane Alliance", "organization")})
    found = ties(doc)
    assert ("Karvo", "member_of", "Brisvane Alliance") in found, found
    assert ("Delmar", "member_of", "Brisvane Alliance") in found, found
    assert ("Halvard", "member_of", "Brisvane Alliance") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, members, whole", [
    ("Tomas Vendrel's Karvel Movement and Mira Halvard's Dawn coalition registered a joint slate, the Ostravia "
     "National Alliance.", ("Karvel Movement", "Dawn coalition"), "Ostravia National Alliance"),
    ("Karl Drask's Sorvel Party and Ilse Moravec's Harvest Front formed a common list, the Pellan Union, in May.",
     ("Sorvel Party", "Harvest Front"), "Pellan Union"),
    ("The Verdance Party formed a joint list with the Toiler Front called the Forward Bloc.",
     ("Verdance Party", "Toiler Front"), "Forward Bloc"),
])
def test_the_partners_of_a_named_joint_list_are_its_members_end_to_end(text, members, whole):
    found = run(text)
    for m in members:
        assert (m, "member_of", whole) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("\"They never kept a promise,\" said Tomas Vendrel, who commands the Karvel Resistance Forces on the coast. "
     "His forces, backed by Ostravia, have fought the Dawn Front since 2018.",
     ("Ostravia", "backs", "Karvel Resistance Forces")),
    ("Mira Halvard leads the Harvest Brigade. Her fighters, armed by Ostravia, took the town.",
     ("Ostravia", "backs", "Harvest Brigade")),
    ("Karl Drask heads the Sorvel Militia. Drask's men, funded by Ostravia, hold the valley.",
     ("Ostravia", "backs", "Sorvel Militia")),
])
def test_a_leaders_followers_stand_for_the_body_the_leader_heads_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


def test_a_pronouns_followers_stand_for_the_body_its_person_leads():
    # "Vendrel leads the Front . His fighters , backed by Ostravia , fled ."
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("leads", 1, "ROOT", "VERB", "VBZ", "lead"),
                 ("the", 3, "det", "DET", "DT"), ("Front", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
                 ("His", 6, "poss", "PRON", "PRP$", "his"), ("fighters", 12, "nsubj", "NOUN", "NNS", "fighter"),
                 (",", 6, "punct", "PUNCT", ","), ("backed", 6, "acl", "VERB", "VBN", "back"),
                 ("by", 8, "agent", "ADP", "IN"), ("Ostravia", 9, "pobj", "PROPN", "NNP"),
                 (",", 6, "punct", "PUNCT", ","), ("fled", 12, "ROOT", "VERB", "VBD", "flee"),
                 (".", 12, "punct", "PUNCT", ".")],
                {(0, 1): ("Vendrel", "person"), (3, 4): ("Front", "organization"), (10, 11): ("Ostravia", "country")})
    found = ties(doc)
    assert ("Ostravia", "backs", "Front") in found, found
    assert ("Ostravia", "backs", "Vendrel") not in found, found


def test_a_party_an_organisation_owns_is_its_member():
    # "Dawn is the Alliance 's largest party ."
    doc = built([("Dawn", 1, "nsubj", "PROPN", "NNP"), ("is", 1, "ROOT", "AUX", "VBZ", "be"),
                 ("the", 3, "det", "DET", "DT"), ("Alliance", 6, "poss", "PROPN", "NNP"),
                 ("'s", 3, "case", "PART", "POS"), ("largest", 6, "amod", "ADJ", "JJS", "large"),
                 ("party", 1, "attr", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Dawn", "organization"), (3, 4): ("Alliance", "organization")})
    assert ("Dawn", "member_of", "Alliance") in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Harvest Movement is the Karvel Alliance's largest party.", ("Harvest Movement", "member_of", "Karvel Alliance")),
    ("The Ostrava League is the Dawn Bloc's second-largest party.", ("Ostrava League", "member_of", "Dawn Bloc")),
    ("The Karvel Framework met on Monday. Tomas Vendrel heads the Sorvel Coalition, which won 33 of the 329 seats "
     "in 2021 and is the Framework's largest party.", ("Sorvel Coalition", "member_of", "Karvel Framework")),
])
def test_a_party_an_organisation_owns_is_its_member_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


def test_backing_a_bodys_candidates_backs_the_body():
    # "Dawn backs candidates on the Harvest list ."
    doc = built([("Dawn", 1, "nsubj", "PROPN", "NNP"), ("backs", 1, "ROOT", "VERB", "VBZ", "back"),
                 ("candidates", 1, "dobj", "NOUN", "NNS", "candidate"), ("on", 2, "prep", "ADP", "IN"),
                 ("the", 6, "det", "DET", "DT"), ("Harvest", 6, "compound", "PROPN", "NNP"),
                 ("list", 3, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Dawn", "organization"), (5, 7): ("Harvest list", "organization")})
    assert ("Dawn", "backs", "Harvest list") in ties(doc)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Sorvel Brigade has said it will back candidates on the Harvest list, which won one seat in 2021.",
     ("Sorvel Brigade", "backs", "Harvest list")),
    ("The Dawn Front supported the Pellan Party's candidates in the north.", ("Dawn Front", "backs", "Pellan Party")),
    ("The Toiler Front backs the candidates of the Ostrava League in the capital.",
     ("Toiler Front", "backs", "Ostrava League")),
])
def test_backing_a_bodys_candidates_backs_the_body_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Sorvel Brigade, led by Tomas Vendrel, is running as the Harvest bloc.",
     ("Harvest bloc", "part_of", "Sorvel Brigade")),
    ("The Dawn Front ran as the Pellan List in 2021.", ("Pellan List", "part_of", "Dawn Front")),
    ("The Toiler Movement stands as the Ostrava Alliance in the north.",
     ("Ostrava Alliance", "part_of", "Toiler Movement")),
])
def test_the_name_a_body_runs_as_is_its_list_end_to_end(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_person_running_as_a_bodys_candidate_does_not_lead_it():
    found = run("Mira Halvard is running as the Dawn Front's candidate.")
    assert ("Mira Halvard", "leader_of", "Dawn Front") not in found, found


def test_the_name_a_body_runs_as_is_its_list():
    # "Dawn ran as the Harvest List ." / "Vendrel ran as the Dawn 's candidate ."
    doc = built([("Dawn", 1, "nsubj", "PROPN", "NNP"), ("ran", 1, "ROOT", "VERB", "VBD", "run"),
                 ("as", 1, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
                 ("Harvest", 5, "compound", "PROPN", "NNP"), ("List", 2, "pobj", "PROPN", "NNP"),
                 (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Dawn", "organization"), (4, 6): ("Harvest List", "organization")})
    assert ("Harvest List", "part_of", "Dawn") in ties(doc)
    doc = built([("Vendrel", 1, "nsubj", "PROPN", "NNP"), ("ran", 1, "ROOT", "VERB", "VBD", "run"),
                 ("as", 1, "prep", "ADP", "IN"), ("the", 4, "det", "DET", "DT"),
                 ("Dawn", 6, "poss", "PROPN", "NNP"), ("'s", 4, "case", "PART", "POS"),
                 ("candidate", 2, "pobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")],
                {(0, 1): ("Vendrel", "person"), (4, 5): ("Dawn", "organization")})
    assert ("Vendrel", "leader_of", "Dawn") not in ties(doc)



@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Fighting goes on between the army and the rebel Union for Korvan Resistance (UKR), led by Raphael Mbende.",
     ("Raphael Mbende", "leader_of", "Union for Korvan Resistance")),
    ("Power is held by the Military Council for National Renewal (MCNR), chaired by General Corvin Malvak.",
     ("Corvin Malvak", "leader_of", "Military Council for National Renewal")),
    ("Drelia accuses us of sheltering the Ombran Liberation Army (OLA), the armed wing of the banned Ombran "
     "National Council.", ("Ombran Liberation Army", "part_of", "Ombran National Council")),
])
def test_a_bracketed_acronym_between_a_name_and_its_phrase_end_to_end(text, tie):
    # "X (XA), led by Y" / "X (XA), the armed wing of Y": the phrase after the acronym's bracket is said of the name
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The standoff has also drawn in the Southern Council (SC), the UAE-backed separatist group whose leader, "
     "Omar Zubar, sits on the council.", ("United Arab Emirates", "backs", "Southern Council")),
    ("The Dawn Brigade, the hardline Iran-backed faction, said in a statement that it does not recognise the "
     "government.", ("Iran", "backs", "Dawn Brigade")),
])
def test_a_hyphened_backer_in_a_description_hung_elsewhere_end_to_end(text, tie):
    # "Y (YC), the X-backed group whose ...", "Y, the hardline X-backed faction,": the description the parser hung on
    # the verb (or on a word of it misread as a noun) is of the body named right before its comma
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_hyphened_backer_of_a_clause_subject_is_not_the_body_before():
    found = run("The Dawn Brigade, which an Iran-backed faction attacked, said nothing.")
    assert ("Iran", "backs", "Dawn Brigade") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, ties", [
    ("The Dawn Front, designated a terrorist organisation by Turkey, the United States and the European Union, "
     "began its insurgency in 1984.", [("Turkey", "opposes", "Dawn Front"), ("United States", "opposes", "Dawn Front"),
                                       ("European Union", "opposes", "Dawn Front")]),
    ("The Dawn Front is designated a terrorist group by Peru.", [("Peru", "opposes", "Dawn Front")]),
    ("Peru designated the Dawn Front a terrorist organisation in 2019.", [("Peru", "opposes", "Dawn Front")]),
    ("The Dawn Front, a hardline faction that Peru designates a terrorist organisation, said the bill was illegal.",
     [("Peru", "opposes", "Dawn Front")]),
    ("The Dawn Front, which Peru calls a terrorist organisation, shelled the port.", [("Peru", "opposes", "Dawn Front")]),
])
def test_a_hostile_label_as_second_object_or_given_by_an_agent_end_to_end(text, ties):
    # relations.yaml labelling_verbs / hostile_labels: the label as the verb's second object, the labeller the "by"
    # agent of a passive
    found = run(text)
    for tie in ties:
        assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru did not designate the Dawn Front a terrorist organisation.",
    "Peru called on the Dawn Front to release the hostages.",
])
def test_no_label_given_no_opposition_end_to_end(text):
    found = run(text)
    assert ("Peru", "opposes", "Dawn Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("Peru, which leads the coalition fighting the Dawn Front, hosted the talks.", ("Peru", "opposes", "Dawn Front")),
    ("Peru, which leads the coalition backing the Dawn Council, made no comment.", ("Peru", "backs", "Dawn Council")),
])
def test_a_stance_participle_on_a_body_one_leads_is_the_leaders_end_to_end(text, tie):
    # "X, which leads the coalition fighting Y": as "a coalition that has fought Y" (_leading_antecedent)
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_stance_participle_on_a_body_one_joined_is_not_the_joiners():
    found = run("Peru joined the coalition fighting the Dawn Front.")
    assert ("Peru", "opposes", "Dawn Front") not in found, found


@pytest.mark.model
@pytest.mark.parametrize("capital, state", [("BEIRUT", "Lebanon"), ("RIYADH", "Saudi Arabia"), ("TEHRAN", "Iran"),
                                            ("DAMASCUS", "Syria")])
def test_a_dateline_capital_in_capitals_the_tagger_misses_sets_the_story_there(capital, state):
    # a capital in capitals opening the dateline is often left untagged (read as an adverb or a common noun): the
    # story filed from there is still set there, over a foreign power named more often
    text = (f"Blasts hit {state}; group blames Chile\n\n"
            f"{capital}, Sept 17 (Wire) - Hundreds of pagers exploded across {state} on Tuesday, Health Minister "
            "Tomas Verhal said.\n\nThe Red Condor Brigade said it held Chile responsible. Chile denied it. Chile "
            "said nothing more. Chilean ministers warned that Chile could widen the war.")
    found = run(text)
    assert ("Tomas Verhal", "member_of", state) in found, found
    assert not any(t[0] == "Tomas Verhal" and t[2] == "Chile" for t in found), found


@pytest.mark.model
def test_a_description_refers_to_the_body_the_passage_is_about_not_one_buried_in_a_modifier():
    # the closest council is named inside a participle ("talks hosted by ..."); the one the passage is about was
    # an argument of the main clause a sentence before it
    text = ("Karvel's president hands power to a new council\n\n"
            "President Anton Meral handed his powers on Thursday to a new Supreme Transition Council. Meral "
            "announced the decision at the end of talks hosted in Lisbon by the Atlantic Cooperation Council. The "
            "council is chaired by Ivo Dravik, a former interior minister.")
    found = run(text)
    assert ("Ivo Dravik", "leader_of", "Supreme Transition Council") in found, found
    assert not any(t[2] == "Atlantic Cooperation Council" for t in found), found


@pytest.mark.model
def test_a_description_still_refers_to_the_closest_body_when_that_one_is_what_the_sentence_is_about():
    text = ("Two councils meet\n\n"
            "President Anton Meral handed his powers on Thursday to a new Supreme Transition Council. The next day "
            "the Atlantic Cooperation Council met in Lisbon. The council is chaired by Ivo Dravik, a former "
            "interior minister.")
    found = run(text)
    assert ("Ivo Dravik", "leader_of", "Atlantic Cooperation Council") in found, found


@pytest.mark.model
@pytest.mark.parametrize("sentence, tie", [
    ("Chile's president appointed John Carter as defence minister on Monday. Carter thanked him.",
     ("John Carter", "member_of", "Chile")),
    ("Chile's parliament named Maria Lopez prime minister. Lopez thanked the deputies.",
     ("Maria Lopez", "leader_of", "Chile")),
    ("Peru's parliament elected the commander of the Peruvian army, General John Carter, as president on "
     "Thursday. Carter won 99 votes.", ("John Carter", "leader_of", "Peru")),
])
def test_a_bare_post_given_by_a_states_body_is_that_states(sentence, tie):
    # "elected X as president", "named X prime minister": the post has no article, but the verb gives it; the
    # state whose body (or head) gives it holds it
    assert tie in run(sentence)


@pytest.mark.model
def test_a_bare_post_given_by_a_party_is_no_state_post():
    found = run("Chile holds elections in May. The congress of the Union Party elected Mark Holt as president. "
                "Holt thanked the delegates. Chile's parliament meets in June. Chile is calm.")
    assert not any(t[0] == "Mark Holt" and t[2] == "Chile" for t in found), found


@pytest.mark.model
def test_a_post_still_to_be_given_is_no_post():
    found = run("Chile holds elections in May. Under the agreement, Maria Lopez shall be nominated as prime minister. "
                "Lopez thanked the parties. Chile's parliament meets in June. Chile is calm.")
    assert not any(t[0] == "Maria Lopez" and t[1] == "leader_of" for t in found), found


@pytest.mark.model
def test_a_description_repeated_keeps_its_body_past_one_named_inside_an_apposition():
    # "the council" was the new council; a second council named inside a member's description does not take over
    # the next "the council"
    text = ("Karvel's president hands power to a new council\n\n"
            "President Anton Meral handed his powers on Thursday to a new Supreme Transition Council. The council "
            "is chaired by Ivo Dravik. Its members include John Carter, head of the separatist Northern Liberation "
            "Council (NLC).\n\nChile's government immediately pledged $3 billion and urged the council to begin "
            "talks with the rebels.")
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    urged = {(names.get(e.source), names.get(e.target)) for e in ex.events if e.type == "REQUEST"}
    assert ("Chile", "Supreme Transition Council") in urged, urged
    assert ("Chile", "Northern Liberation Council") not in urged, urged


@pytest.mark.model
@pytest.mark.parametrize("text, found_ties", [
    ("Officials say Tolvania arms and funds the Sable Brigades.", {("Tolvania", "backs", "Sable Brigades")}),
    ("Officials say Tolvania arms, funds and trains both the Sable Brigades and the Dawn Legion.",
     {("Tolvania", "backs", "Sable Brigades"), ("Tolvania", "backs", "Dawn Legion")}),
    ("The Sable Brigades attacked a convoy. Officials say Peru arms and finances the group.",
     {("Peru", "backs", "Sable Brigades")}),
])
def test_backing_verbs_read_as_plural_nouns_still_back(text, found_ties):
    # "X arms and funds Y": the parser takes "arms", "funds" for nouns (_misparsed_backing reads the words)
    found = run(text)
    assert found_ties <= found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Tolvania's arms and funds reach the Sable Brigades.",
    "Tolvania arms deals with the Sable Brigades were cancelled.",
])
def test_arms_as_a_noun_backs_no_one(text):
    found = run(text)
    assert not any(t == "backs" for _, t, _ in found), found


@pytest.mark.model
def test_a_state_whose_minister_acts_is_where_the_story_is_set():
    # the state is named three times only, but its own minister resigns and its prime minister acts: a bare
    # "Prime Minister X" is that state's
    text = ("Letter of resignation\n\nDear Prime Minister,\n\nI resign.\n\n---\n\n"
            "VELGRAD, March 11 (Wire) - Chile's interior minister Ana Morel resigned on Monday in protest at Prime "
            "Minister Mark Holt's deal with the Red Condor Brigade.\n\nHolt accepted the resignation within hours and "
            "said Chile would honour it. "
            "The Chilean opposition called the deal a surrender. Russia welcomed it, and Russia's envoy met the "
            "brigade's leader.")
    found = run(text)
    assert ("Mark Holt", "leader_of", "Chile") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    ("The Minister of Defence of Kenya, Karl Ostby, welcomed the report.", ("Karl Ostby", "member_of", "Kenya")),
    ("The Minister of Foreign Affairs of Peru, Anna Berg, said nothing.", ("Anna Berg", "member_of", "Peru")),
    ("Karl Ostby, the Minister of Justice of Mali, resigned.", ("Karl Ostby", "member_of", "Mali")),
])
def test_a_ministers_portfolio_then_the_state_it_serves(text, tie):
    # "the Minister of Defence of X": the capitalised field after a portfolio title is no body; the "of" after it is
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_portfolio_names_no_body_of_its_own():
    found = run("The Minister of Defence of Kenya, Karl Ostby, welcomed the report.")
    assert not any(t == "Defence" for _, _, t in found), found


@pytest.mark.model
def test_a_rank_after_a_post_is_a_title_not_a_person():
    # "Government spokesman Brigadier X": the rank is a title (roles.yaml titles), the tie is the named man's
    found = run("KAMPALA, May 3 - Ugandan police arrested three men on Monday. Government spokesman Brigadier Tom "
                "Okello accused the group of plotting attacks.")
    assert ("Tom Okello", "member_of", "Uganda") in found, found
    assert not any(s == "Brigadier" for s, _, _ in found), found


@pytest.mark.model
def test_a_two_word_field_before_and_is_part_of_a_joint_portfolio():
    # "Public Works and Transport Minister X": the whole portfolio is the title; the minister is the story state's
    found = run("Chile bars flights\n\nSANTIAGO, Feb 14 (Wire) - The Chilean government refused landing permission "
                "on Thursday to a flight from Caracas. Public Works and Transport Minister Pablo Ruiz said flights "
                "would stay suspended until Feb. 18.")
    assert ("Pablo Ruiz", "member_of", "Chile") in found, found


@pytest.mark.model
def test_an_acronym_before_a_comma_in_the_headline_is_no_dateline():
    # "Rebel group says ...; U.S., army and France dispute ...": "U.S.," opens no line, so it is no dateline placing
    # the story in the United States, and a bare "Prime Minister X" is not its prime minister
    text = ("Rebel group says it shelled a base in Chad; U.S., army and France dispute its claim\n\n"
            "A message from the Sons of the Plain appeared on a messaging channel late on Friday.\n\n"
            "The U.S. military said the base had not been hit. Some 1,800 U.S. soldiers train the Chadian army there. "
            "American officials called the claim false.\n\n"
            "Chadian police said a mine destroyed a lorry on the main road on Friday.\n\n"
            "Prime Minister Idriss Kalla met his security chiefs and told the army to find the attackers.")
    found = run(text)
    assert ("Idriss Kalla", "leader_of", "United States") not in found, found


@pytest.mark.model
def test_a_passive_agent_left_as_a_plain_preposition_still_backs():
    # "the group is armed by neighbouring X": the parser labels "by" prep, not agent; the participle still backs
    found = run("The Harun Valley Guard (HVG) has held the valley since 2021. The HVG is armed by neighbouring Peru.")
    assert ("Peru", "backs", "Harun Valley Guard") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # a spokesman on a head of state's own staff ("his spokesman, X"; relations.yaml service_roles) serves the state
    ("Chile's President Marta Quiroga opened the new port on Friday. Her spokesman, Pablo Ferrer, said the works "
     "had cost less than planned.", ("Pablo Ferrer", "member_of", "Chile")),
    ("President Ana Morel, who has ruled Chile since 2009, spoke on Monday. Morel's spokeswoman, Ilse Brant, said "
     "the vote would go ahead.", ("Ilse Brant", "member_of", "Chile")),
])
def test_a_head_of_states_spokesman_serves_the_state(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the first participle read as the copula's adjective, the agent on the second ("is armed and paid by X")
    "The Sable Brigades are armed and paid by Peru.",
    "The Sable Brigades are a militia of 3,000 men in the hills. It is armed and paid by neighbouring Peru.",
    # "it" as the object of a verb of arms, money or training (relations.yaml material_backing_verbs)
    "The Sable Brigades are a militia of 3,000 men in the hills. Peru funded and trained it until 2015.",
    "The Sable Brigades are a militia of 3,000 men in the hills. Peru arms it.",
])
def test_backing_of_a_body_referred_back_to(text):
    found = run(text)
    assert ("Peru", "backs", "Sable Brigades") in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Sable Brigades signed the Velgrad plan in May. Peru supports it.",
])
def test_it_after_a_plan_or_a_bare_support_verb_is_no_backed_body(text):
    found = run(text)
    assert not any(t == "backs" and o == "Sable Brigades" for _, t, o in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, ties", [
    # a plural role named by a list of names in apposition: each name holds it
    ("The Dawn Front held a congress. Its new deputy leaders, Ivo Brand and Lena Kost, spoke first.",
     {("Ivo Brand", "member_of", "Dawn Front"), ("Lena Kost", "member_of", "Dawn Front")}),
    ("The Dawn Front attacked the town. Its allies, the Red Guard and the Sable Brigades, joined the assault.",
     {("Red Guard", "allied_with", "Dawn Front"), ("Sable Brigades", "allied_with", "Dawn Front")}),
])
def test_each_name_of_a_list_holds_the_plural_role(text, ties):
    found = run(text)
    assert ties <= found, found


@pytest.mark.model
def test_a_repeated_definite_noun_keeps_its_body():
    # "the council" read as the Sun Leadership Council in one sentence stays that council in the next, though
    # another council was named closer before the first
    text = ("Forces of the Southern Union Council (SUC) took oil fields this week, pushing out units loyal to other "
            "members of Velmar's Sun Leadership Council. Arno Zell, the SUC's president and one of the council's eight "
            "members, said the operation was legal. Rhaz Olim, the council's chairman, left for Peru on Wednesday.")
    found = run(text)
    assert ("Rhaz Olim", "leader_of", "Sun Leadership Council") in found, found
    assert ("Rhaz Olim", "leader_of", "Southern Union Council") not in found, found


@pytest.mark.model
def test_a_definite_noun_after_a_new_body_of_its_head_is_the_new_one():
    text = ("The Sun Council governs Velmar. Ivo Brand, the council's chairman, spoke. The Red Council, a rival body, "
            "met on Monday. Karl Venn, the council's chairman, left for Peru.")
    found = run(text)
    assert ("Karl Venn", "leader_of", "Sun Council") not in found, found


@pytest.mark.model
def test_a_bare_title_with_a_description_aside_is_the_holder_named_before():
    found = run("President Omar Gaas dissolved parliament in 2022. The president, a former navy officer, chairs the "
                "ruling Tawfik Party.")
    assert ("Omar Gaas", "leader_of", "Tawfik Party") in found, found


@pytest.mark.model
def test_a_counted_plural_given_a_name_stands_for_the_list_before():
    found = run("Velmar rejected a truce put forward by Peru, Chile, Bolivia and Ecuador on Thursday. The plan, drafted "
                "by the four countries known as the Andean Quad, called for a pause in fighting.")
    assert {(s, "member_of", "Andean Quad") for s in ("Peru", "Chile", "Bolivia", "Ecuador")} <= found, found


@pytest.mark.model
def test_a_counted_plural_of_another_count_stands_for_no_list():
    found = run("Velmar rejected a truce put forward by Peru, Chile and Bolivia on Thursday. The plan, drafted by the "
                "four countries known as the Andean Quad, called for a pause in fighting.")
    assert not any(t == "member_of" and o == "Andean Quad" for _, t, o in found), found


# a group phrase ("the two parties", "all four", "both groups") stands for the actors named together just before
# (relations.yaml group_nouns, group_determiners): each member is one end of the tie; a mutual tie with no other end
# is one between the members
@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Karvan Front, the Nolis Brigade, the Sun Battalion and the Ostra Legion were designated on Monday. "
     "All four belong to the Orvan Resistance.",
     {("Karvan Front", "member_of", "Orvan Resistance"), ("Nolis Brigade", "member_of", "Orvan Resistance"),
      ("Sun Battalion", "member_of", "Orvan Resistance"), ("Ostra Legion", "member_of", "Orvan Resistance")}),
    ("The Ostra Union and the Karvan Party won seats in the election. Both parties have been allied with the Velna "
     "Movement since 2010.",
     {("Ostra Union", "allied_with", "Velna Movement"), ("Karvan Party", "allied_with", "Velna Movement")}),
    # a mutual tie with no other end: between the members
    ("The Ostra Union and the Karvan Party won seats in the election. The two parties have been partners since 2010.",
     {("Ostra Union", "allied_with", "Karvan Party")}),
])
def test_a_group_phrase_stands_for_each_actor_named_together_before(text, expected):
    assert expected <= _extracted(text)[0], _extracted(text)[0]


@pytest.mark.model
def test_a_group_phrase_of_another_number_than_the_list_stands_for_no_one():
    text = ("The Karvan Front, the Nolis Brigade and the Sun Battalion were designated on Monday. "
            "All four belong to the Orvan Resistance.")
    assert not any(t[2] == "Orvan Resistance" and t[1] == "member_of" for t in _extracted(text)[0])


@pytest.mark.model
def test_its_after_a_sentence_about_an_unnamed_body_is_not_a_name_in_its_clauses():
    # "The newspaper recalls that X ...": "its" is the newspaper's (no known actor), not X's
    found = run("The newspaper recalls that Ostravia hosted talks with Karveli tribal elders in 2024. Its chairman, "
                "Anna Kell, was arrested last year.")
    assert ("Anna Kell", "leader_of", "Ostravia") not in found, found


@pytest.mark.model
def test_its_after_a_reported_clause_is_the_body_the_clause_is_about():
    found = run("The newspaper says the Sable Front attacked a convoy near Tarsk. Its commander, Anna Kell, was "
                "arrested last year.")
    assert ("Anna Kell", "leader_of", "Sable Front") in found, found


@pytest.mark.parametrize("text", [
    # the "not" of the first of coordinated verbs is every one's that shares its subject
    "The Ostrel Liberation Army fights in Marovia. Egypt does not support, fund or arm the Ostrel Liberation Army, "
    "and it condemns its attacks.",
    # "never" with a past or perfect verb denies a past act: no stance either way
    "The Ostrel Liberation Army fights in Marovia. Egypt has never armed the Ostrel Liberation Army and should say so.",
])
def test_a_denied_backing_is_no_tie(text):
    got = run(text)
    assert not [t for t in got if t[0] == "Egypt" and t[2] == "Ostrel Liberation Army"], got


def test_a_backing_refused_for_ever_is_still_opposition():
    got = run("The Ostrel Liberation Army fights in Marovia. Egypt would never support the Ostrel Liberation Army.")
    assert ("Egypt", "opposes", "Ostrel Liberation Army") in got


# ---------------------------------------------------------------- conjoined ends, envoys' principals (invented names)

def test_a_passive_tie_holds_for_each_conjoined_subject():
    got = run("Two armed groups, Saraya Tesk and Harakat al-Marwan, walked out of the talks. Saraya Tesk "
              "and Marwan are both backed by Iran's Revolutionary Guards.")
    assert ("Revolutionary Guards", "backs", "Saraya Tesk") in got, got
    assert ("Revolutionary Guards", "backs", "Harakat al-Marwan") in got, got


def test_a_plural_relative_clause_holds_for_each_conjoined_antecedent():
    got = run("The Republic of Kessaria faces a rebellion in the north. The Republic of Velnia and the Republic of "
              "Ostravia, which back the Kessarian government, have offered rewards for information.")
    assert ("Velnia", "backs", "Kessaria") in got, got
    assert ("Ostravia", "backs", "Kessaria") in got, got


def test_a_presidents_envoy_to_a_state_does_not_make_the_president_its_ruler():
    got = run("Boran Tesk, President Halim Darvo's special envoy to Kelvania, said on Monday that Kelvania must "
              "disarm the militias. Kelvania's government rejected the demand.")
    assert ("Halim Darvo", "leader_of", "Kelvania") not in got, got


def test_keeping_the_factions_from_acting_is_no_tie_of_the_subject():
    got = run("KESSA - The Red Hand, an armed faction backed by Velnia, has denied holding the researcher.\n\n"
              "Prime Minister Omar Dulan needs the Tesk Alliance, whose parties are near the armed "
              "factions. He has worked to keep the factions from pulling Kessaria into the border war.")
    assert not any(s == "Omar Dulan" and t == "Red Hand" for s, _, t in got), got


def test_the_political_face_of_an_armed_group_is_part_of_it():
    got = run("The Free Hills Party is the political face of the Tesk Legion, though its leaders say they act "
              "alone.")
    assert ("Free Hills Party", "part_of", "Tesk Legion") in got, got


def test_a_union_named_with_its_leader_after_of_is_the_body_and_its_leader():
    got = run("The Ostrava Alliance unites the Blue Union of Ilse Marden and the Fishers' League.")
    assert ("Ilse Marden", "leader_of", "Blue Union") in got, got
    assert ("Blue Union", "member_of", "Ostrava Alliance") in got, got


def test_a_leaders_name_the_tagger_calls_a_place_after_an_alliances_of_is_its_leader():
    got = run("The Dawn Alliance of Hadi al-Tarawi won 20 seats. The Union of Free Tribes met the Alliance of "
              "Tarsk Citizens.")
    assert ("Hadi al-Tarawi", "leader_of", "Dawn Alliance") in got, got
    assert not any(s in ("Free Tribes", "Tarsk Citizens") for s, _, _ in got), got


# Material backing told without a backing verb, and a leader's staff: the tie from the cue data
# (relations.yaml giving_verbs, finance_keeping_verbs, material_adverbs, held_activities, preposition_verbs
# rely/rest/count on, staff_titles; roles.yaml member_roles)
@pytest.mark.model
@pytest.mark.parametrize("text,expected", [
    ("Dolan Mereth never carried a gun, yet she launders money for the Tarvan Brigades.",
     ("Dolan Mereth", "backs", "Tarvan Brigades")),
    ("Kemal Osterby has laundered millions of dollars for the Tarvan Brigades.",
     ("Kemal Osterby", "backs", "Tarvan Brigades")),
    ("Dolan Mereth smuggled weapons to the Tarvan Brigades.", ("Dolan Mereth", "backs", "Tarvan Brigades")),
    # a plural relative clause after a list is said of each name
    ("France and Germany, which back the Velkan Front, have also offered rewards.",
     ("France", "backs", "Velkan Front")),
    ("France and Germany, which back the Velkan Front, have also offered rewards.",
     ("Germany", "backs", "Velkan Front")),
    # "who" after a place name: the person the copula's noun describes gives, not the place
    ("Kemal Osterby is a trader living in the United Arab Emirates who has laundered millions of dollars for "
     "the Tarvan Brigades through a company he owns.", ("Kemal Osterby", "backs", "Tarvan Brigades")),
    ("Dolan Mereth raised money for the Tarvan Brigades in Europe.", ("Dolan Mereth", "backs", "Tarvan Brigades")),
    ("Dolan Mereth handled the Tarvan Brigades' finances for a decade.",
     ("Dolan Mereth", "backs", "Tarvan Brigades")),
    ("Dolan Mereth materially assisted the Tarvan Brigades.", ("Dolan Mereth", "backs", "Tarvan Brigades")),
    ("Norland funds much of the Marzanian army's budget.", ("Norland", "backs", "Marzania military")),
    ("Arno Veld relies on the Unity Framework.", ("Unity Framework", "backs", "Arno Veld")),
    ("Prime Minister Arno Veld, whose government rests on the Unity Framework, an alliance of parties, called the "
     "handover historic.", ("Unity Framework", "backs", "Arno Veld")),
    ("Dalia Serrat leads the Forward Party. The Liberal Circle, led by her deputy Tomas Brin, wants the party to "
     "move left.", ("Tomas Brin", "member_of", "Forward Party")),
    ("Dalia Serrat leads the Forward Party. Her campaign manager, Tomas Brin, resigned.",
     ("Tomas Brin", "member_of", "Forward Party")),
    ("Tomas Brin, a fundraiser for the Velkan Front, was arrested.", ("Tomas Brin", "member_of", "Velkan Front")),
    ("The Velkan List is the political face of the Korvan Legion.", ("Velkan List", "part_of", "Korvan Legion")),
])
def test_material_backing_and_staff_told_other_ways(text, expected):
    found = run(text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize("text,wrong", [
    # a transaction is no patronage
    ("Norland sold oil to Marzania last year.", ("Norland", "backs", "Marzania")),
    ("Norland paid a ransom to the Tarvan Brigades.", ("Norland", "backs", "Tarvan Brigades")),
    # a singular or past verb may be said of the last name only: no tie for the first from it
    ("France and Germany, which backed the Velkan Front, denied the report.", ("Germany", "backs", "Velkan Front")),
    # keeping a group's money is backing it, not leading it
    ("Dolan Mereth ran the Tarvan Brigades' finances for a decade.", ("Dolan Mereth", "leader_of", "Tarvan Brigades")),
    # relying on a person names no patron
    ("Arno Veld relies on his deputy, Mara Holm.", ("Mara Holm", "backs", "Arno Veld")),
    ("Kemal Osterby is a trader living in the United Arab Emirates who has laundered millions of dollars for "
     "the Tarvan Brigades through a company he owns.", ("United Arab Emirates", "backs", "Tarvan Brigades")),
    # a government only described (one possible outcome) names no one backed
    ("Two paths are open: the old Velkan cabinet again, or a Harbour League-led cabinet relying on the "
     "Farmers' Union.", None),
    # a chain of command stays one
    ("The Marzanian police depends on the Marzanian Interior Ministry.",
     ("Marzanian Interior Ministry", "backs", "Marzanian police")),
])
def test_material_backing_cues_leave_transactions_alone(text, wrong):
    found = run(text)
    if wrong is None:
        assert not any(t[1] == "backs" for t in found), found
    else:
        assert wrong not in found, found


# ---------------------------------------------------------------------------------------------
# word_lists report_verbs, loyal_words, leading_lemmas, not_current_words (relations.yaml): loaded and checked
# with the other word lists, merged from a user lexicon, and read by their rules (one word fewer changes the output)


def test_moved_relation_word_lists_are_loaded(tmp_path, clean_lexicons):
    from kingmaker.knowledge.lexicons import set_lexicons
    from kingmaker.nlp.relations import cues

    assert {"say", "tell", "announce"} <= cues().report_verbs and "loyal" in cues().loyal_words
    assert "lead" in cues().leading_lemmas and {"former", "ousted"} <= cues().not_current_words
    mine = tmp_path / "mine.yaml"
    mine.write_text("relations:\n  word_lists:\n    loyal_words: [devoted]\n", encoding="utf-8")
    set_lexicons([mine])
    assert {"devoted", "loyal"} <= cues().loyal_words


def _ties_and_events(text: str) -> set[tuple]:
    ex = extract_documents([Document(id="t", text=text)])
    names = {a.id: a.name for a in ex.actors}
    return {(names[r.source], r.type, names[r.target]) for r in ex.relations} | {
        (names.get(e.source), e.type, names.get(e.target)) for e in ex.events}


@pytest.mark.model
@pytest.mark.parametrize("key, word, text, found", [
    # "X told Y that it would ...": "it" is the speaker
    ("report_verbs", "tell", "The Karvel Front told the Dunmar Legion that it would shell Velbor.",
     ("Karvel Front", "THREATEN", "Velbor")),
    # "gunmen loyal to X": X's
    ("loyal_words", "loyal", "Gunmen loyal to the Karvel Front attacked Velbor on Monday.",
     ("Karvel Front", "ASSAULT", "Velbor")),
    # "the government led by X": X's
    ("leading_lemmas", "lead", "The Karvel Front attacked the government led by Ivo Marsh.",
     ("Karvel Front", "ASSAULT", "Ivo Marsh")),
])
def test_moved_relation_word_lists_are_read(monkeypatch, key, word, text, found):
    import dataclasses

    from kingmaker.nlp import relations

    assert found in _ties_and_events(text)
    cue = relations.cues()
    monkeypatch.setattr(relations.shared, "_CUES", [dataclasses.replace(cue, **{key: getattr(cue, key) - {word}})])
    assert found not in _ties_and_events(text)


@pytest.mark.model
def test_former_allies_are_no_current_tie(monkeypatch):
    import dataclasses

    from kingmaker.nlp import relations

    text = "The Karvel Front and the Dunmar Legion, former allies, met on Monday."
    tie = ("Karvel Front", "allied_with", "Dunmar Legion")
    assert tie not in _ties_and_events(text)
    cue = relations.cues()
    monkeypatch.setattr(relations.shared, "_CUES", [dataclasses.replace(
        cue, not_current_words=cue.not_current_words - {"former"})])
    assert tie in _ties_and_events(text)


@pytest.mark.parametrize("text, tie", [
    # "X sits on the Y council": a seat on a body is membership (as "sits for the Y party")
    ("Ilan Vesk, who sits on the Supreme Governing Council, opened the fair in Dostrava.",
     ("Ilan Vesk", "member_of", "Supreme Governing Council")),
    ("Dostrava, which also sits on the Joint Monitoring Committee, said it backed the deal.",
     ("Dostrava", "member_of", "Joint Monitoring Committee")),
    # "the veteran commander of X": a word of seniority describes the person, the role still leads the body
    ("Oren Talbi, the veteran commander of the Pine Brigades, spoke to reporters on Friday.",
     ("Oren Talbi", "leader_of", "Pine Brigades")),
])
def test_a_seat_on_a_body_and_a_veteran_leaders_post(text, tie):
    assert tie in run(text)


def test_a_part_named_before_a_leader_role_still_narrows_it():
    got = run("Ilan Vesk, the finance chief of the Pine Brigades, agreed.")
    assert ("Ilan Vesk", "member_of", "Pine Brigades") in got
    assert ("Ilan Vesk", "leader_of", "Pine Brigades") not in got


@pytest.mark.parametrize("text, tie", [
    # "the armed group known as Y": the name the phrase is given after "as" stands for it
    ("Ilan Vesk set up the militia known as the Velmar Rangers in 2018.",
     ("Ilan Vesk", "leader_of", "Velmar Rangers")),
    # "Y is ruled by X": the passive of a ruling verb, as "X rules Y"
    ("Dostravia and Velmaria quarrel over the river. Dostravia is ruled by President Ilan Vesk. Velmaria is a "
     "kingdom.", ("Ilan Vesk", "leader_of", "Dostravia")),
])
def test_a_body_known_as_a_name_and_a_state_ruled_by_a_person(text, tie):
    assert tie in run(text)


@pytest.mark.parametrize("text, ties_wanted", [
    # "arms" misread as a noun before the backing verbs joined to it: the name before it backs the names after them
    ("The government of Ostravia denies it. Ostravia arms and finances the Pine Front.",
     {("Ostravia", "backs", "Pine Front")}),
    ("The government of Ostravia denies it. Ostravia, which arms and finances the Pine Front, has called the plan a "
     "foreign project.", {("Ostravia", "backs", "Pine Front")}),
    ("The government of Ostravia denies it. Ostravia arms, funds and trains both the Pine Front and the Oak Brigades, "
     "officials say.", {("Ostravia", "backs", "Pine Front"), ("Ostravia", "backs", "Oak Brigades")}),
])
def test_arms_and_a_backing_verb_read_as_backing(text, ties_wanted):
    assert ties_wanted <= run(text)


def test_a_bodys_arms_and_funds_as_nouns_back_no_one():
    got = run("The Pine Front's arms and funds come from Ostravia, whose government denies it.")
    assert not any(t == "backs" and s == "Pine Front" for s, t, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize("text, ties_wanted", [
    # a named group followed by its members set off by dashes or brackets
    ("Talks have stalled. The so-called Contact Group - Portugal, Norway, the Netherlands and Chile - tabled a "
     "ceasefire draft in May.", {("Portugal", "member_of", "Contact Group"), ("Norway", "member_of", "Contact Group"),
                                 ("Netherlands", "member_of", "Contact Group"), ("Chile", "member_of", "Contact Group")}),
    ("Talks have stalled. The Contact Group (Portugal, Norway and Chile) tabled a ceasefire draft in May.",
     {("Portugal", "member_of", "Contact Group"), ("Chile", "member_of", "Contact Group")}),
])
def test_members_set_off_after_a_groups_name(text, ties_wanted):
    assert ties_wanted <= run(text)


@pytest.mark.model
def test_one_name_set_off_after_a_group_is_no_member_list():
    got = run("Talks have stalled. The Contact Group (Chile) tabled a ceasefire draft in May.")
    assert ("Chile", "member_of", "Contact Group") not in got


@pytest.mark.model
@pytest.mark.parametrize("text, ties_wanted", [
    # "A sits on Y alongside B and C": the bodies beside the subject hold seats there too
    ("The Border Commission met in Valmora on Monday. Portugal and Norway sit on the Border Commission alongside "
     "Chile and Peru.", {("Norway", "member_of", "Border Commission"), ("Chile", "member_of", "Border Commission"),
                         ("Peru", "member_of", "Border Commission")}),
    ("The Border Commission met in Valmora on Monday. Norway, which also sits on the Border Commission along with "
     "Peru, welcomed the step.", {("Norway", "member_of", "Border Commission"),
                                  ("Peru", "member_of", "Border Commission")}),
])
def test_bodies_sitting_beside_a_member_are_members(text, ties_wanted):
    assert ties_wanted <= run(text)


@pytest.mark.model
def test_partners_in_a_movement_are_the_movement_and_partners_in_a_coalition_fellow_members():
    got = run("Near the lake, the Ember Front of Ilan Vesk and their partners in the Karsi People's Movement, the "
              "rebel movement of Dara Moll, hold every road.")
    assert ("Ember Front", "allied_with", "Karsi People's Movement") in got
    assert ("Ember Front", "member_of", "Karsi People's Movement") not in got
    got = run("Some of his own partners in the Lantern Coalition, the Ember Party for one, distrust Ilan Vesk.")
    assert not any(t == "allied_with" and o == "Lantern Coalition" for _, t, o in got), got


@pytest.mark.model
def test_a_led_coalition_set_off_after_a_name_is_that_name():
    got = run("The Ember Front and the Karsi League hold the hills. In March both signed the charter of Tavor, the "
              "Front-led coalition that set up a rival cabinet in Ostra.")
    assert any(s == "Ember Front" and o == "Tavor" and t in ("member_of", "leader_of") for s, t, o in got), got
    assert not any("-led" in o for _, _, o in got), got


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "the kingdom" with no name of its own: the state named before whose name holds the noun, as a tie's end
    ("MUSCAT - Oman again acted as the broker; the sultanate's envoy for the talks, Sayyid Badr bin Talal, flew to "
     "Geneva on Monday.", ("Badr bin Talal", "member_of", "Oman")),
    ("MUSCAT - Fighters of the Ridge Brigades manned the pass, a sign that Saudi Arabia means to pay for order there. "
     "The Ridge Brigades, armed and paid by the kingdom, report to the council alone.",
     ("Saudi Arabia", "backs", "Ridge Brigades")),
])
def test_a_polity_noun_is_the_state_named_before_for_ties(text, tie):
    assert tie in run(text)


@pytest.mark.model
@pytest.mark.parametrize("text, tie", [
    # "its best-known face, X", "the public face of Y": the person a body is known by is one of its people
    ("The Lantern Movement is a loose alliance of greens. Its best-known face, Mira Delvan, tours the villages.",
     ("Mira Delvan", "member_of", "Lantern Movement")),
    ("Anton Kessel, a former teacher, is now the public face of the Ember Front.",
     ("Anton Kessel", "member_of", "Ember Front")),
])
def test_the_face_of_a_body_is_one_of_its_people(text, tie):
    assert tie in run(text)


# possessive pronouns in a coordination, repeated fire as lasting hostility, "that" after a by-agent (h-stance)
STANCE_CONSTRUCTIONS = [
    # "A and its ally B": the pronoun is the conjunct before "and", not a body the sentence named earlier
    ("OSTRAVA, Jan 9 (Wire) - Velnia's parliament elected General Tomas Erkel as president on Thursday, after the "
     "Orvan Front and its ally the Velna Movement gave him their votes in the final ballot.",
     ("Velna Movement", "allied_with", "Orvan Front")),
    # repeated fire told with a preposition or a fixed object, lasting by "since" / "for more than a year"
    ("The Kestrel Movement has fired missiles and drones at Chile since late 2023.",
     ("Kestrel Movement", "opposes", "Chile")),
    ("The Harlan Guard has traded fire with Chile along the frontier nearly every week since March 2021.",
     ("Harlan Guard", "opposes", "Chile")),
    ("Sable Brigade units have traded fire for two years now with the Marrow Legion around the dam.",
     ("Sable Brigade", "opposes", "Marrow Legion")),
    ("The Orvan Front has exchanged fire with Chilean forces most nights since the fighting started.",
     ("Orvan Front", "opposes", "Chile military")),
    ("Adam Tolvan and Ivo Merek have traded bitter insults ever since 2019.", ("Adam Tolvan", "opposes", "Ivo Merek")),
    # "X, an armed group led by Y that has fought Z": the clause is the group's, wherever the parser hung it
    ("The attack happened near areas held by the Velnian Liberation Movement (VLM), an armed group led by Tomas "
     "Erkel that has fought the Kenyan government since 2019.",
     ("Velnian Liberation Movement", "opposes", "Kenya")),
    ("The attack happened near areas held by the Patriotic Front of Velnia (PFV), an armed group led by Ana "
     "Kora-Bell that has fought the Kenyan government since 2020.",
     ("Patriotic Front of Velnia", "opposes", "Kenya")),
    # a stance noun after "as" gives the object its role towards the subject (of_phrases)
    ("Kenya sees the Sable Guard as its proxy.", ("Kenya", "backs", "Sable Guard")),
    ("The Harlan Party views the Civic League as a natural ally.", ("Civic League", "allied_with", "Harlan Party")),
    ("The Harlan Party regards the Civic League as its main enemy.", ("Civic League", "opposes", "Harlan Party")),
    # a fight or attacks kept up ("keep", "continue"), even said as a future, are lasting hostility
    ("Tomas Erkel said the Orvan Front would keep fighting Kenya until the end.", ("Orvan Front", "opposes", "Kenya")),
    ("The Orvan Front said it would continue attacking Chile until its last fighter fell.",
     ("Orvan Front", "opposes", "Chile")),
]


@pytest.mark.model
@pytest.mark.parametrize("text,tie", STANCE_CONSTRUCTIONS)
def test_stance_constructions(text, tie):
    found = run(text)
    assert tie in found, found


@pytest.mark.model
def test_a_single_exchange_of_fire_is_an_event_not_a_tie():
    found = run("The Kestrel Movement fired rockets at Chile on Monday. The Harlan Guard traded fire with the Sable "
                "Brigade near the dam overnight.")
    assert ("Kestrel Movement", "opposes", "Chile") not in found
    assert ("Harlan Guard", "opposes", "Sable Brigade") not in found


@pytest.mark.model
def test_a_negated_continuation_or_regard_is_no_tie():
    found = run("The Orvan Front said it would not keep fighting Kenya. The Harlan Party does not regard the Civic "
                "League as an ally.")
    assert ("Orvan Front", "opposes", "Kenya") not in found
    assert ("Civic League", "allied_with", "Harlan Party") not in found


@pytest.mark.model
def test_a_stance_noun_after_as_with_its_own_owner_ties_to_that_owner():
    found = run("The Harlan Party has grown closer to Kenya, which regards the Sable Guard as a Chilean proxy.")
    assert ("Kenya", "backs", "Sable Guard") not in found
    assert ("Chile", "backs", "Sable Guard") in found


@pytest.mark.model
def test_sworn_in_as_and_operates_as_give_the_role():
    # word_lists.role_verbs: swear ("sworn in as president of Y"; "A and B are sworn enemies"), operate, function
    found = run("Dana Holt was sworn in as president of the Harvest Party on Monday. The Tarn Rifles operate as a "
                "branch of the Sable Front. The Orvan League and the Civic Movement are sworn enemies.")
    assert ("Dana Holt", "leader_of", "Harvest Party") in found
    assert ("Tarn Rifles", "part_of", "Sable Front") in found
    assert {("Orvan League", "opposes", "Civic Movement"), ("Civic Movement", "opposes", "Orvan League")} & found


@pytest.mark.model
def test_in_opposition_to_names_the_other_side_only_when_it_is_named():
    # hostile_states "in: opposition" with hostile_state_sides "to"; named_side_states: no mutual reading
    found = run("The Orvan League sits in opposition to the Civic Movement.")
    assert ("Orvan League", "opposes", "Civic Movement") in found
    found = run("The Orvan League and the Civic Movement are in opposition.")
    assert not {t for t in found if t[1] == "opposes"}, found


@pytest.mark.model
def test_a_body_named_as_the_modifier_of_proxy_backs_the_owner():
    found = run("The Tarn Rifles, a Sable Front proxy, shelled the port.")
    assert ("Sable Front", "backs", "Tarn Rifles") in found


@pytest.mark.model
def test_on_someones_payroll_is_backing_unless_negated():
    # held_states "on: payroll"
    assert ("Sable Front", "backs", "Tarn Rifles") in run("The Tarn Rifles have been on the Sable Front's payroll "
                                                            "for years.")
    assert ("Sable Front", "backs", "Tarn Rifles") not in run("The Tarn Rifles are not on the Sable Front's payroll.")


@pytest.mark.model
def test_an_alliance_only_discussed_ties_no_one():
    # word_lists.prospect_nouns
    found = run("Talks on an alliance between the Orvan League and the Civic Movement collapsed on Friday.")
    assert not {t for t in found if t[1] == "allied_with"}, found


@pytest.mark.model
def test_a_pronoun_holds_the_post_a_copula_or_an_appointment_gives():
    # the resolver names the holder of "He is a member of Y", "she was elected chairwoman of Y", "named her its leader"
    assert ("Oren Falk", "member_of", "Tarn Labour League") in run(
        "Oren Falk grew up on a farm. He is now a member of the Tarn Labour League.")
    assert ("Vera Moll", "leader_of", "Orvan Green Party") in run(
        "Vera Moll taught history for years. In 2021 she became chairwoman of the Orvan Green Party.")
    assert ("Vera Moll", "leader_of", "Orvan Green Party") in run(
        "Vera Moll taught history for years. The Orvan Green Party then elected her its leader.")
    assert ("Sable Rifles", "part_of", "Coastal Front") in run(
        "The Sable Rifles were raised in 2020. It is now part of the Coastal Front.")


@pytest.mark.model
def test_each_body_a_plural_of_members_lists_is_a_member():
    # "X has N members: A, B and C", "X's members are A and B", "X, whose members include A and B", "X, comprising A and B,"
    for text in ("The Orvan Bloc has two members: the Tarn Labour League and the Civic Dawn Party.",
                 "The Orvan Bloc's members are the Tarn Labour League and the Civic Dawn Party.",
                 "Voters backed the Orvan Bloc, whose members include the Tarn Labour League and the Civic Dawn Party.",
                 "The Orvan Bloc, comprising the Tarn Labour League and the Civic Dawn Party, won the vote."):
        found = run(text)
        assert {("Tarn Labour League", "member_of", "Orvan Bloc"), ("Civic Dawn Party", "member_of", "Orvan Bloc")} \
            <= found, (text, found)


@pytest.mark.model
def test_a_giving_verb_backs_the_body_its_pronoun_receiver_stands_for():
    assert ("Russia", "backs", "Sable Rifles") in run(
        "The Sable Rifles hold the river port. Russia provides it with fuel and rockets.")


@pytest.mark.model
def test_body_name_lines_under_a_plural_post_heading_give_that_post():
    # (the name after the first label is often not found: the actors layer's; the heading's post is what is tested)
    found = run("Chairmen\nTarn Labour League: Oren Falk\nCivic Dawn Party: Ivo Sarkan")
    assert ("Oren Falk", "leader_of", "Tarn Labour League") in found
    assert ("Oren Falk", "leader_of", "Civic Dawn Party") not in found
    assert ("Oren Falk", "leader_of", "Tarn Labour League") not in run(
        "Tarn Labour League: Oren Falk\nCivic Dawn Party: Ivo Sarkan")  # no heading: no post


@pytest.mark.model
@pytest.mark.parametrize("text, speaker", [
    ("Velnia's army clashed with the Rasken Front on Monday. Velnian officials have said Ostravia arms and finances "
     "the Rasken Front.", "Velnia"),
    ("Velnia's army clashed with the Rasken Front on Monday. The Velnian government says Ostravia funds and trains "
     "the group; Ostravia denies this.", "Velnia"),
])
def test_a_speaker_of_a_misparsed_backing_run_backs_no_one(text, speaker):
    # "X said Y arms and funds Z": the parser reads "Y arms" as the object of "said" and joins "funds" to "said"; the
    # run's backer is the name before it (_misparsed_backing), never the speaker (_in_misparsed_run)
    found = run(text)
    assert not any(s == speaker and t == "backs" for s, t, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, wrong", [
    ("On Friday, Velnian bombers struck targets in Kallan used by the Ostravian Guards and the gangs it arms, "
     "the Velnian military said.", ("Velnia", "backs", "Ostravian Guards")),
    ("Marelian jets hit depots used by the Copper Legion and the bands it funds, the Marelian military said.",
     ("Marelia", "backs", "Copper Legion")),
])
def test_a_relative_clause_backs_its_own_noun_not_the_coordinated_name(text, wrong):
    # "A and the gangs it arms": the clause is said of "the gangs" only; A is not what "it" arms
    found = run(text)
    assert wrong not in found, found


@pytest.mark.model
def test_a_title_owned_by_whose_of_a_party_is_no_state_post():
    # "the X Party, whose president, Y, ...": Y presides over the party (_whose); the bare "president" gives no tie
    # to the story's state (_whose_body_post), while a state's "whose president" still leads the state
    found = run("OSTRAVIA - DECLARATION OF ALLIANCE\n\nThe Ostravian Renewal Bloc holds 40 seats in the Ostravian "
                "parliament. The Green Path Party, whose president, Lina Mervo, put her name to a pact with the Bloc on "
                "15 March, now sits in its group. Ostravia's government welcomed the "
                "step. Ostravia, whose president, Karel Dorn, called the vote, is a small state.")
    assert ("Lina Mervo", "leader_of", "Green Path Party") in found, found
    assert ("Lina Mervo", "leader_of", "Ostravia") not in found, found
    assert ("Karel Dorn", "leader_of", "Ostravia") in found, found


def test_repeated_attacks_between_two_bodies_are_lasting_hostility():
    """relations.yaml repeated_event_hostility: attacks in two sentences make a tie, one attack does not; the side that
    attacks more often opposes the other (as often: a state's foe, else the first to attack); persons and negated events count for nothing."""
    from kingmaker.model import Actor, DocExtraction, Document, Event, Evidence
    from kingmaker.nlp.to_model import repeated_hostility

    def ev(s, t, start, negated=False):
        return Event(s, "ASSAULT", t, Evidence("d", start, start + 10, "x"), negated=negated)

    out = DocExtraction(document=Document(id="d", text="x"),
                        actors=[Actor("L1", "Orun Guard", "organization"), Actor("L2", "Velnia", "country"),
                                Actor("L3", "Ana Quell", "person")])
    out.events = [ev("L1", "L2", 0)]
    assert repeated_hostility(out) == []  # one strike is an event
    out.events = [ev("L1", "L2", 0), ev("L1", "L2", 50), ev("L2", "L1", 90)]
    assert [(r.source, r.type, r.target) for r in repeated_hostility(out)] == [("L1", "opposes", "L2")]
    out.events = [ev("L2", "L1", 0), ev("L1", "L2", 50)]  # as often each way: the state's foe opposes the state
    assert [(r.source, r.target) for r in repeated_hostility(out)] == [("L1", "L2")]
    out.actors.append(Actor("L4", "Third Column", "organization"))
    out.events = [ev("L4", "L1", 50), ev("L1", "L4", 0)]  # else the side that attacks first
    assert [(r.source, r.target) for r in repeated_hostility(out)] == [("L1", "L4")]
    out.events = [ev("L1", "L2", 0), ev("L1", "L2", 50, negated=True), ev("L3", "L2", 0), ev("L3", "L2", 60)]
    assert repeated_hostility(out) == []
